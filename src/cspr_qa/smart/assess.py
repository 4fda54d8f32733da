"""Every recommendation in a document with its SMART verdicts and the finding it answers.

Traceability works on the draft's own findings when it numbers them ('Finding 2: ...' as a
heading or as the opening of a paragraph): a recommendation answers the finding it names
('Finding 2', 'F2'), else the finding whose section it sits in, else the finding it is
closest to in what it addresses. Drafts that number no findings fall back to the paragraphs
of their findings and analysis sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..datafiles import DataFiles
from ..elements.detect import ElementResult
from ..ingest.model import Block, BlockKind, Document
from ..textmodel import tfidf_cosine
from .extract import PARAGRAPH_NUMBER, Recommendation, RecSource, extract
from .score import Criteria, Shortfall, SmartScore, Verdict, score

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Elements whose passages are the findings a recommendation should answer.
FINDING_ELEMENTS = ("learning", "why_analysis", "multi_agency")
# The document role "numbered finding" is read here from headings and paragraph openings, not
# from elements/ (whose structure detection is being reworked): keep it local to smart/.
_FINDING = re.compile(
    r"^\W*(?:[\d.]+\s+)?(?:key\s+)?(?:finding|learning(?: point)?|lesson)\s*(\d{1,2})\b",
    re.IGNORECASE,
)
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}\.)?(\d{1,2})[.)]?\s+\D")
#: A run-in head of up to six words before the paragraph's first sentence ('Mr X. Across ...').
_RUN_IN = re.compile(r"^\W*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\.\s+[A-Z]")
_MIN_RUN_IN = 3
#: An unnumbered sub-heading that states a finding: a clause, not a label ('Maternity service').
_TITLED = re.compile(r"^\W*\w+(?:\s+\S+){4,}")
_NUMBERED_PARAGRAPH = re.compile(rf"^\s*(?:{PARAGRAPH_NUMBER}|[•\-–*])\s+\S")
_REFERENCE = re.compile(r"\bfindings?\s*(\d+)\b|\(F(\d+)\)", re.IGNORECASE)
# a quoted term of two words or more ('extend "was not brought" policies')
_QUOTED = re.compile(r"(?<!\w)[\"“‘']([A-Za-z][\w\s'’-]*?\s[\w'’-]*\w)[\"”’'](?!\w)")


@dataclass
class DraftFinding:
    """One of the draft's numbered findings: its number, heading and the blocks it spans."""

    number: int
    heading: Block
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(b.text for b in [self.heading, *self.blocks])


@dataclass
class Assessed:
    """A recommendation, its SMART verdicts and whether a finding supports it."""

    rec: Recommendation
    score: SmartScore
    relevant: Verdict
    finding: Block | None = None  # the finding passage it answers


def numbered_findings(document: Document, criteria: Criteria, title: int = 0) -> list[DraftFinding]:
    """The draft's findings: 'Finding 1: ...' headings (with their sub-sections), paragraphs
    that open with it (with the paragraphs after them in the same section) or numbered
    sub-headings of a findings or analysis section; failing two of those, the listed items
    ('6.2 ...', bullets) of a section headed as findings or learning. ``title`` is the
    section the report's title heads, whose words ('Learning summary') name no findings."""
    headed = _headed_findings(document, criteria.patterns["finding_sections"], title)
    if len(headed) > 1:
        return headed
    listed = _listed_findings(document, criteria)
    if len(listed) < _MIN_RUN_IN:
        run_in = _run_in_findings(document, criteria)
        listed = run_in if len(run_in) > len(listed) else listed
    return listed if len(listed) > len(headed) else headed


def _run_in_findings(document: Document, criteria: Criteria) -> list[DraftFinding]:
    """Paragraphs of a findings section that open with a run-in head ('The grandmother's call.
    In September 2009 ...', 'Health. The health visiting service ...'): one finding each,
    when most of the section's paragraphs are written so."""
    p = criteria.patterns
    found: list[DraftFinding] = []
    for section in document.sections:
        if not p["listed_finding_sections"].search(section.title) or p[
            "recommendation_sections"
        ].search(section.title):
            continue
        blocks = [
            document.blocks[i]
            for i in section.block_indices
            if document.blocks[i].kind is BlockKind.PARAGRAPH
        ]
        headed = [b for b in blocks if _RUN_IN.match(b.text)]
        if len(headed) >= _MIN_RUN_IN and 2 * len(headed) > len(blocks):
            found += [DraftFinding(len(found) + i + 1, b) for i, b in enumerate(headed)]
    return found


def _headed_findings(
    document: Document, sections: re.Pattern[str], title: int
) -> list[DraftFinding]:
    found: list[DraftFinding] = []
    current: DraftFinding | None = None
    owner: dict[int, DraftFinding] = {}  # section -> the finding it belongs to
    for block in document.body_blocks():
        if block.section is None:
            continue
        section = document.sections[block.section]
        match = _FINDING.match(block.text) if block.kind is not BlockKind.TABLE_CELL else None
        number = int(match.group(1)) if match else 0
        if not match and block.kind is BlockKind.HEADING and section.parent is not None:
            parent = document.sections[section.parent].title  # '2. Transition planning was...'
            # under an analysis or findings heading, not under the report's title ('Learning
            # briefing: ...' over '1. Why we carried out this review')
            if sections.search(parent) and section.parent != title:
                match = _NUMBERED_HEADING.match(block.text)
                number = int(match.group(1)) if match else 0
                # an unnumbered finding ('Alcohol use was asked about, but not explored')
                if not match and _TITLED.match(block.text):
                    number = len(found) + 1
        if number and not any(f.number == number for f in found):
            current = DraftFinding(number, block)
            found.append(current)
            owner[block.section] = current
            continue
        if block.section not in owner and section.parent in owner:
            owner[block.section] = owner[section.parent]
        home = owner.get(block.section)
        if home is not None and block.kind is not BlockKind.HEADING:
            home.blocks.append(block)
        elif home is None and current is not None and block.kind is BlockKind.HEADING:
            current = None
    return found


def _listed_findings(document: Document, criteria: Criteria) -> list[DraftFinding]:
    """Each listed item of a findings or learning section is a finding; the unnumbered
    paragraphs after an item explain it. An item that introduces a list (ends with ':') or
    narrates a dated event ('7.1.1 In January 2011 ...') is not one; an item that runs several
    sentences together with dashes ('... agencies. - Weight loss ...') is one per sentence."""
    p = criteria.patterns
    found: list[DraftFinding] = []
    recommending = {
        s.index for s in document.sections if p["recommendation_sections"].search(s.title)
    }
    for section in document.sections:
        # a section headed for recommendations holds findings only when its recommendations
        # have a sub-section of their own ('4. What needs to change' over '4.6 Recommendations')
        apart = any(s.parent == section.index for s in document.sections if s.index in recommending)
        if not p["listed_finding_sections"].search(section.title) or (
            section.index in recommending and not apart
        ):
            continue
        current: DraftFinding | None = None
        for index in section.block_indices:
            block = document.blocks[index]
            if block.kind is BlockKind.HEADING:
                continue
            listed = block.kind is BlockKind.LIST_ITEM or _NUMBERED_PARAGRAPH.match(block.text)
            if listed and p["dated_openings"].match(block.text):
                current = None
            elif listed and not block.text.rstrip().endswith(":"):
                for part in _run_together(block):
                    current = DraftFinding(len(found) + 1, part)
                    found.append(current)
            elif current is not None:
                current.blocks.append(block)
    return found


_RUN_TOGETHER = re.compile(r"(?<=[.;])\s+[-–]\s+(?=[A-Z])")


def _run_together(block: Block) -> list[Block]:
    """The items of a list written into one block with dashes between them (each a copy of
    ``block`` holding its own text), or the block itself."""
    cuts = [0, *(m.end() for m in _RUN_TOGETHER.finditer(block.text))]
    if len(cuts) < 3:
        return [block]
    ends = [m.start() for m in _RUN_TOGETHER.finditer(block.text)] + [len(block.text)]
    return [
        replace(block, text=block.text[a:b], start=block.start + a, end=block.start + b)
        for a, b in zip(cuts, ends, strict=True)
    ]


def assess(
    document: Document,
    doc: Doc,
    elements: list[ElementResult],
    findings: list[DraftFinding],
    files: DataFiles,
) -> list[Assessed]:
    """Every recommendation with its verdicts and the finding (of ``numbered_findings``) it
    answers."""
    criteria = Criteria.of(files)
    recs = extract(document, criteria)
    passages = _closest_passages(document, elements, recs, criteria)
    traced = _trace(findings, recs, criteria) or passages
    # No numbered finding close enough: the analysis passage it follows from, if any.
    links = [t if t[0] is not None else p for t, p in zip(traced, passages, strict=True)]
    assessed = []
    for rec, (block, why) in zip(recs, links, strict=True):
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        smart = score(span if span is not None else doc[:0], criteria, rec.columns)
        wide = criteria.patterns["review_wide"].search(rec.text)
        if wide and not _named(_read(rec)):
            # the review's learning as a whole: it answers the report, not one finding
            relevant = Verdict(True, f"it takes forward the review as a whole ('{wide[0]}')")
            block = None
        elif block is not None:
            relevant = Verdict(True, f"{why}: '{block.text[:120]}'", block.text)
        else:
            relevant = Verdict(
                False,
                "no finding or analysis passage in the report supports it",
                shortfall=Shortfall.NO_FINDING,
            )
        assessed.append(Assessed(rec, smart, relevant, block))
    return assessed


Link = tuple[Block | None, str]


def _trace(
    findings: list[DraftFinding], recs: list[Recommendation], criteria: Criteria
) -> list[Link]:
    """Each recommendation's finding: named, enclosing, or closest ([] when the draft sets
    out no findings)."""
    closest = float(criteria.thresholds["finding_similarity"])
    if not findings:
        return []
    by_number = {f.number: f for f in findings}
    texts = [_read(r) for r in recs]
    scores = similarity(texts, [f.text for f in findings], criteria)
    threshold = float(criteria.thresholds["relevant_similarity"])
    links: list[Link] = []
    for i, rec in enumerate(recs):
        named = _named(texts[i])
        enclosing = next(
            (f for f in findings if rec.block.index in {b.index for b in f.blocks}), None
        )
        best = max(range(len(findings)), key=lambda j: scores[i][j])
        inside = scores[i][findings.index(enclosing)] if enclosing is not None else 0.0
        quoting = _quoting(rec.text, findings)
        if named and named[0] in by_number:
            links.append((by_number[named[0]].heading, f"answers Finding {named[0]}, named"))
        elif enclosing is not None and scores[i][best] < 2 * inside + threshold:
            links.append((enclosing.heading, f"answers Finding {enclosing.number}, under it"))
        elif quoting is not None:
            links.append((quoting.heading, f"answers Finding {quoting.number}, by its term"))
        elif scores[i][best] >= closest:
            links.append((findings[best].heading, f"closest finding, {findings[best].number}"))
        else:
            links.append((None, ""))
    return links


def _read(rec: Recommendation) -> str:
    """A recommendation's text with its action-plan cells, as traceability reads it."""
    return " ".join([rec.text, *rec.columns.values()])


def _named(text: str) -> list[int]:
    """The findings a text names by number ('Finding 2', '(F3)')."""
    return [int(a or b) for a, b in _REFERENCE.findall(text)]


def _quoting(text: str, findings: list[DraftFinding]) -> DraftFinding | None:
    """The one finding that quotes a term the recommendation quotes, else the one whose text
    holds it ('extend "was not brought" policies' for 'Finding 3: ... had been "not
    brought"')."""
    for term in _QUOTED.findall(text):
        term = term.lower()
        for holds in (_quotes, lambda f, t: t in f.lower()):
            holding = [f for f in findings if holds(f.text, term)]
            if len(holding) == 1:
                return holding[0]
    return None


def _quotes(text: str, term: str) -> bool:
    """Whether ``text`` quotes a term of two words or more that ``term`` contains."""
    return any(q.lower() in term for q in _QUOTED.findall(text))


def _closest_passages(
    document: Document,
    elements: list[ElementResult],
    recs: list[Recommendation],
    criteria: Criteria,
) -> list[Link]:
    """The closest findings or analysis paragraph of each recommendation, if close enough."""
    passages = finding_blocks(document, elements, recs)
    scores = similarity([r.text for r in recs], [b.text for b in passages], criteria)
    threshold = float(criteria.thresholds["relevant_similarity"])
    links: list[Link] = []
    for i in range(len(recs)):
        best = max(range(len(passages)), key=lambda j: scores[i][j], default=None)
        if best is not None and scores[i][best] >= threshold:
            links.append((passages[best], "closest finding"))
        else:
            links.append((None, ""))
    return links


def finding_blocks(
    document: Document, elements: list[ElementResult], recs: list[Recommendation]
) -> list[Block]:
    """Paragraphs of the findings and analysis (not the recommendations themselves)."""
    rec_blocks = {r.block.index for r in recs if r.source is not RecSource.INLINE}
    indices: set[int] = set()
    for result in elements:
        if result.spec.id in FINDING_ELEMENTS:  # headed sections count even if thin
            indices.update(result.blocks)
            for section in result.sections:
                indices.update(document.sections[section].block_indices)
    return [
        document.blocks[i]
        for i in sorted(indices - rec_blocks)
        if document.blocks[i].kind is not BlockKind.HEADING
        and len(document.blocks[i].text.split()) >= 6
    ]


def similarity(left: list[str], right: list[str], criteria: Criteria) -> list[list[float]]:
    """TF-IDF cosine similarity of every text in ``left`` with every text in ``right`` (the
    criteria's similarity stop words left out: English and the review's own)."""
    if not left or not right:
        return [[0.0] * len(right) for _ in left]
    return tfidf_cosine(left, right, criteria.similarity_stop_words)
