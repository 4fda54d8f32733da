"""Explanation versus narration: which sentences explain why (causes, conditions, systems)
and which narrate events led by a date (chronology)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..datafiles import load_toml
from ..ingest.model import Document
from ..nlp import block_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc


@functools.cache
def analysis_lists() -> dict[str, Any]:
    return load_toml("elements/analysis.toml")


def _compile(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in analysis_lists()[key]), re.IGNORECASE)


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    return {
        key: _compile(key) for key in ("causal", "systems", "chronology", "labels", "hindsight")
    }


def is_date_led(sentence: str) -> bool:
    """A sentence that opens with a date or a time step ("On 14 March...", "Two weeks later")."""
    return bool(patterns()["chronology"].search(sentence.strip()))


def explains(sentence: str) -> bool:
    """A sentence that gives a cause or a condition of practice, not only an event."""
    p = patterns()
    causal = len(p["causal"].findall(sentence))
    systems = len(p["systems"].findall(sentence))
    return causal >= 1 and (systems >= 1 or causal >= 2 or not is_date_led(sentence))


@dataclass(frozen=True)
class Balance:
    """How much of a passage explains and how much narrates."""

    sentences: int
    explained: int
    date_led: int
    words: int
    date_led_words: int

    @property
    def explained_share(self) -> float:
        return self.explained / self.sentences if self.sentences else 0.0

    @property
    def chronology_share(self) -> float:
        return self.date_led / self.sentences if self.sentences else 0.0


def balance(sentences: list[str]) -> Balance:
    explained = date_led = words = date_words = 0
    for sentence in sentences:
        n = len(sentence.split())
        words += n
        if is_date_led(sentence):
            date_led += 1
            date_words += n
        if explains(sentence):
            explained += 1
    return Balance(len(sentences), explained, date_led, words, date_words)


def document_balance(document: Document, doc: Doc) -> Balance:
    """Explanation and date-led narration across the body text of ``document``."""
    return balance(
        [
            s.text
            for block in document.body_blocks()
            for s in block_sentences(doc, block.start, block.end)
        ]
    )
