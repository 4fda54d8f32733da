"""Explanation versus narration: which sentences explain why (causes, conditions, systems)
and which narrate events led by a date (chronology). Word lists: data/elements/analysis.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..datafiles import DataFiles
from ..ingest.model import Document
from ..nlp import block_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Word lists the hindsight and label checks look words up in, as sets.
_WORD_KEYS = ("reporting_verbs", "review_voice", "purpose_nouns", "hindsight_adverbs")
_PATTERN_KEYS = (
    "causal",
    "systems",
    "chronology",
    "labels",
    "hindsight",
    "analytic_headings",
    "blame",
    "negation",
    "review_process",
    "procedural",
    "review_apparatus",
    "hindsight_named",
    "time_anchors",
    "commentary",
)
#: Verb tags of a sentence that comments (a present tense, a modal) rather than narrates.
_COMMENTING_TAGS = frozenset({"VBZ", "VBP", "MD"})
#: A passage in quotation marks (straight or curly): what someone said, not the review's analysis.
QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def quoted_spans(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Where ``text`` (starting at offset ``base``) is inside quotation marks."""
    return [(base + m.start(), base + m.end()) for m in QUOTED.finditer(text)]


@dataclass(frozen=True)
class Balance:
    """How much of a passage explains and how much narrates."""

    sentences: int
    explained: int
    date_led: int
    words: int
    date_led_words: int
    paragraphs: int = 0
    dated_paragraphs: int = 0
    #: Sentences with a time anchor anywhere, and sentences that comment on what happened.
    anchored: int = 0
    commentary: int = 0

    @property
    def explained_share(self) -> float:
        return self.explained / self.sentences if self.sentences else 0.0

    @property
    def chronology_share(self) -> float:
        return self.date_led / self.sentences if self.sentences else 0.0

    @property
    def dated_paragraph_share(self) -> float:
        return self.dated_paragraphs / self.paragraphs if self.paragraphs else 0.0

    @property
    def anchored_share(self) -> float:
        return self.anchored / self.sentences if self.sentences else 0.0

    @property
    def commentary_share(self) -> float:
        return self.commentary / self.sentences if self.sentences else 0.0


class Explanation:
    """The analysis word lists of one run, compiled once, and the judgements made with them."""

    def __init__(self, files: DataFiles) -> None:
        self.lists: dict[str, Any] = files.load("elements/analysis.toml")
        self.patterns = {
            key: re.compile("|".join(f"(?:{p})" for p in self.lists[key]), re.IGNORECASE)
            for key in _PATTERN_KEYS
        }
        self.prefix = re.compile(self.lists["chronology_prefix"], re.IGNORECASE)
        self.words = {key: frozenset(w.lower() for w in self.lists[key]) for key in _WORD_KEYS}

    @classmethod
    def of(cls, files: DataFiles) -> Explanation:
        """The one instance for ``files``."""
        return files.derived("elements.explanation", lambda: cls(files))

    @property
    def thresholds(self) -> dict[str, Any]:
        return dict(self.lists["thresholds"])

    def is_date_led(self, sentence: str) -> bool:
        """A sentence that opens with a date or a time step ("On 14 March...", "Two weeks later",
        "February 2024:", "In 2021"), after any paragraph number or bullet."""
        return bool(self.patterns["chronology"].search(self.prefix.sub("", sentence.strip())))

    def explains(self, sentence: str) -> bool:
        """A sentence that gives a cause or a condition of practice, not only an event."""
        causal = len(self.patterns["causal"].findall(sentence))
        systems = len(self.patterns["systems"].findall(sentence))
        return causal >= 1 and (systems >= 1 or causal >= 2 or not self.is_date_led(sentence))

    def explains_practice(self, sentence: str) -> bool:
        """A sentence in the review's own words that explains practice: quoted speech ("because
        it's hot"), questions ("Why might ...?") and the review's account of its own decisions
        ("the Partnership decided ... because") do not count."""
        if (
            sentence.rstrip().endswith("?")
            or self.patterns["procedural"].search(sentence)
            or (
                self.patterns["review_process"].search(sentence)
                and self.patterns["review_apparatus"].search(sentence)
            )
        ):
            return False
        return self.explains(QUOTED.sub(" ", sentence))

    def balance(self, sentences: list[str]) -> Balance:
        explained = date_led = words = date_words = 0
        for sentence in sentences:
            n = len(sentence.split())
            words += n
            if self.is_date_led(sentence):
                date_led += 1
                date_words += n
            if self.explains(sentence):
                explained += 1
        return Balance(len(sentences), explained, date_led, words, date_words)

    def passage_balance(self, paragraphs: list[tuple[str, list[Span]]]) -> Balance:
        """As :meth:`balance` over the sentences of ``paragraphs`` (each its text and its
        sentences), counting too the paragraphs that open with a date (a dated entry narrates
        even when its later sentences do not repeat the date), the sentences that place an
        event in time, and those that comment on what happened."""
        sentences = [s for _, spans in paragraphs for s in spans]
        mix = self.balance([s.text for s in sentences])
        dated = sum(1 for text, _ in paragraphs if self.is_date_led(text))
        anchored = sum(1 for s in sentences if self.patterns["time_anchors"].search(s.text))
        return Balance(
            mix.sentences,
            mix.explained,
            mix.date_led,
            mix.words,
            mix.date_led_words,
            len(paragraphs),
            dated,
            anchored,
            sum(1 for s in sentences if self.comments(s)),
        )

    def comments(self, sentence: Span) -> bool:
        """A sentence in which the review comments (judges, contrasts, generalises, explains)
        rather than narrates an event: words of judgement, or a verb in the present tense or
        a modal, outside quotation marks ("Mother said things were 'fine'" narrates)."""
        base = sentence.start_char
        quoted = quoted_spans(sentence.text, base)
        own = QUOTED.sub(" ", sentence.text)
        if self.explains(own) or self.patterns["commentary"].search(own):
            return True
        return any(
            token.tag_ in _COMMENTING_TAGS and not any(a <= token.idx < b for a, b in quoted)
            for token in sentence
        )

    def document_balance(self, document: Document, doc: Doc) -> Balance:
        """Explanation and date-led narration across the body text of ``document``."""
        return self.balance(
            [
                s.text
                for block in document.body_blocks()
                for s in block_sentences(doc, block.start, block.end)
            ]
        )
