"""Find the required-content elements wherever they are and whatever their heading says:
heading phrasings (data/elements/elements.toml plus the profile's) and a paragraph classifier
(models/content_elements.joblib), with rules for the 'why' analysis and for a statement of
why the family were not included."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ..datafiles import DataFiles
from ..ingest.model import Block, BlockKind, Document
from ..nlp import block_sentences
from ..profile import Profile
from ..textmodel import load_classifier
from .explain import Explanation

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CLASSIFIED = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL})
_MIN_WORDS = 6
_FAMILY_WORDS = re.compile(
    r"\b(?:famil(?:y|ies)|parents?|mother|father|mum|dad|carers?|grand(?:mother|father|parents?)|"
    r"aunt|uncle|sibling|brother|sister|relatives?)\b",
    re.IGNORECASE,
)


class Level(StrEnum):
    """How a profile treats an element: its absence is an error, a warning, or not checked."""

    REQUIRED = "required"
    EXPECTED = "expected"
    OFF = "off"


@dataclass(frozen=True)
class ElementSpec:
    id: str
    title: str
    headings: re.Pattern[str]
    cues: re.Pattern[str] | None
    single_cue: float
    threshold: float
    level: Level
    local: bool = False  # a section the profile adds; found by heading only

    def cue_score(self, text: str) -> float:
        """Rule evidence for a paragraph: ``single_cue`` for one distinct cue, 0.5 for more."""
        if self.cues is None:
            return 0.0
        hits = len({m.group(0).lower() for m in self.cues.finditer(text)})
        return 0.0 if hits == 0 else self.single_cue if hits == 1 else max(0.5, self.single_cue)


@dataclass
class ElementResult:
    """Whether an element is present, how sure the tool is, and what satisfied it."""

    spec: ElementSpec
    present: bool
    confidence: float
    how: str
    sections: list[int] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    mode: str = ""  # family views: "views" or "not-included statement"


def specs_for(profile: Profile) -> list[ElementSpec]:
    """The elements to look for, with the profile's levels, headings and local sections."""
    data = profile.files.load("elements/elements.toml")["elements"]
    content = profile.data.get("content", {})
    levels: dict[str, str] = content.get("elements", {})
    extra_headings: dict[str, list[str]] = content.get("headings", {})
    specs = []
    for element_id, spec in data.items():
        headings = [*spec["headings"], *extra_headings.get(element_id, [])]
        cues = spec.get("cues", [])
        specs.append(
            ElementSpec(
                id=element_id,
                title=spec["title"],
                headings=re.compile("|".join(f"(?:{h})" for h in headings), re.IGNORECASE),
                cues=re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE | re.MULTILINE)
                if cues
                else None,
                single_cue=float(spec.get("single_cue", 0.3)),
                threshold=float(spec["threshold"]),
                level=Level(levels.get(element_id, Level.EXPECTED)),
            )
        )
    for name, local in content.get("extra_sections", {}).items():
        specs.append(
            ElementSpec(
                id=name,
                title=str(local.get("title", name)),
                headings=re.compile("|".join(f"(?:{h})" for h in local["headings"]), re.IGNORECASE),
                cues=None,
                single_cue=0.0,
                threshold=1.0,
                level=Level(local.get("level", Level.EXPECTED)),
                local=True,
            )
        )
    return specs


def _heading_owners(title: str, specs: list[ElementSpec]) -> set[str]:
    """Elements a heading names; when several match, the longest match wins
    ("The practitioner learning event" is about practitioners, not findings)."""
    lengths = {}
    for spec in specs:
        match = spec.headings.search(title)
        if match:
            lengths[spec.id] = len(match.group(0))
    if not lengths:
        return set()
    best = max(lengths.values())
    return {element for element, length in lengths.items() if length == best}


def _not_included_statement(text: str, files: DataFiles) -> bool:
    statements = files.load("elements/elements.toml")["elements"]["family_views"]["not_included"]
    pattern = re.compile("|".join(f"(?:{s})" for s in statements), re.IGNORECASE)
    return bool(pattern.search(text)) and bool(_FAMILY_WORDS.search(text))


def detect_elements(document: Document, doc: Doc, profile: Profile) -> list[ElementResult]:
    specs = [s for s in specs_for(profile) if s.level is not Level.OFF]
    paragraphs = [
        b
        for b in document.body_blocks()
        if b.kind in _CLASSIFIED and len(b.text.split()) >= _MIN_WORDS
    ]
    model = load_classifier("content_elements")
    probabilities = model.predict([b.text for b in paragraphs])
    owners: dict[int, set[str]] = {}
    for section in document.sections:
        words = sum(
            len(document.blocks[i].text.split())
            for i in section.block_indices
            if i != section.heading_block
        )
        if section.heading_block is not None and words >= 5:
            owners[section.index] = _heading_owners(section.title, specs)
    scores: dict[str, list[float]] = {}
    for spec in specs:
        model_scores = probabilities.get(spec.id)
        scores[spec.id] = [
            max(
                float(model_scores[i]) if model_scores is not None else 0.0,
                spec.cue_score(block.text),
            )
            for i, block in enumerate(paragraphs)
        ]
    results = []
    for spec in specs:
        heading_sections = [i for i, ids in owners.items() if spec.id in ids]
        content = [
            (block, score)
            for block, score in zip(paragraphs, scores[spec.id], strict=True)
            if score >= spec.threshold
        ]
        if spec.id == "why_analysis":
            claimed = [
                any(scores[other][i] >= 0.5 for other in scores if other != spec.id)
                for i in range(len(paragraphs))
            ]
            free = [b for b, taken in zip(paragraphs, claimed, strict=True) if not taken]
            explanation = Explanation.of(profile.files)
            results.append(_decide_why(spec, heading_sections, content, free, doc, explanation))
        else:
            results.append(_decide(spec, heading_sections, content, paragraphs, profile.files))
    return results


def _decide_why(
    spec: ElementSpec,
    heading_sections: list[int],
    content: list[tuple[Block, float]],
    paragraphs: list[Block],
    doc: Doc,
    explanation: Explanation,
) -> ElementResult:
    """A heading is not enough: the text must explain causes and conditions of practice.
    Paragraphs that read as another element (practitioners' views, say) do not count."""
    explaining = [
        (b, sum(explanation.explains(s.text) for s in block_sentences(doc, b.start, b.end)))
        for b in paragraphs
        if explanation.patterns["systems"].search(b.text)
    ]
    explaining = [(b, n) for b, n in explaining if n]
    sentences = sum(n for _, n in explaining)
    if content or sentences >= 2:
        best = max((p for _, p in content), default=0.0)
        confidence = best if content else min(0.5 + 0.1 * sentences, 0.9)
        how = (
            f"{len(content)} paragraph(s) read as analysis of why"
            if content
            else f"{sentences} sentence(s) explain causes and conditions of practice"
        )
        blocks = [b.index for b, _ in content] or [b.index for b, _ in explaining]
        return ElementResult(spec, True, round(confidence, 2), how, heading_sections, blocks)
    return ElementResult(spec, False, 0.0, "no paragraph explains why", heading_sections)


def _decide(
    spec: ElementSpec,
    heading_sections: list[int],
    content: list[tuple[Block, float]],
    paragraphs: list[Block],
    files: DataFiles,
) -> ElementResult:
    blocks = [b.index for b, _ in sorted(content, key=lambda bp: -bp[1])]
    best = max((p for _, p in content), default=0.0)
    if spec.id == "family_views":
        statements = {b.index for b in paragraphs if _not_included_statement(b.text, files)}
        views = [i for i in blocks if i not in statements]
        if views or (heading_sections and not statements):
            return _found(spec, heading_sections, views, best, "views")
        if statements:
            return ElementResult(
                spec,
                True,
                0.85,
                "a statement of why the family were not included",
                heading_sections,
                sorted(statements),
                "not-included statement",
            )
        return ElementResult(spec, False, 0.0, "no family views and no statement", [])
    if heading_sections or content:
        return _found(spec, heading_sections, blocks, best, "")
    return ElementResult(spec, False, 0.0, "no heading or paragraph found", [])


def _found(
    spec: ElementSpec, sections: list[int], blocks: list[int], best: float, mode: str
) -> ElementResult:
    if sections and blocks:
        confidence, how = max(0.9, best), "a heading and its paragraphs"
    elif sections:
        confidence, how = 0.75, "a heading"
    else:
        confidence, how = best, f"{len(blocks)} paragraph(s), whatever their heading"
    return ElementResult(spec, True, round(confidence, 2), how, sections, blocks, mode)
