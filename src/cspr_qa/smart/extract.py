"""Find every recommendation in a report: items in recommendation sections (any heading
variant), 'Recommendation 1:' paragraphs anywhere, action-plan table rows (their Lead /
Timescale / Measure columns kept as evidence) and inline ones ('It is recommended that...')."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from ..ingest.model import Block, BlockKind, Document
from .score import Criteria

_LABELLED = re.compile(r"^\s*(?:recommendation|rec\.?)\s*(\d+)[a-z]?\b", re.IGNORECASE)
_ACTION = re.compile(
    r"\b(?:should|will|must|shall|to be|is recommended|recommends?|are asked to|needs? to)\b",
    re.IGNORECASE,
)
_INLINE = re.compile(
    r"[^.]*\b(?:it is recommended that|the review recommends|we recommend|"
    r"(?:the )?(?:safeguarding )?partnership should)\b[^.]*\.",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r":\s*$|^(?:the|this) review makes|^the following|^there are \w+ recommendations", re.IGNORECASE
)
_REC_COLUMN = re.compile(r"recommend|action", re.IGNORECASE)


class RecSource(StrEnum):
    """Where in the report a recommendation was found."""

    NUMBERED = "numbered paragraph"
    SECTION = "recommendations section"
    TABLE_ROW = "action plan table row"
    INLINE = "inline"


@dataclass
class Recommendation:
    number: int
    text: str
    start: int  # offsets into Document.text (the text after any 'Recommendation N:' label)
    end: int
    block: Block
    source: RecSource
    columns: dict[str, str] = field(default_factory=dict)


def _rec_sections(document: Document, criteria: Criteria) -> set[int]:
    headings = re.compile("|".join(criteria.lists["headings"]), re.IGNORECASE)
    found = {
        s.index
        for s in document.sections
        if s.heading_block is not None and headings.search(s.title)
    }
    # Sub-sections of a recommendations section belong to it.
    changed = True
    while changed:
        changed = False
        for s in document.sections:
            if s.parent in found and s.index not in found:
                found.add(s.index)
                changed = True
    return found


def _tables(document: Document) -> dict[int, dict[int, dict[int, Block]]]:
    tables: dict[int, dict[int, dict[int, Block]]] = defaultdict(lambda: defaultdict(dict))
    for block in document.blocks_of(BlockKind.TABLE_CELL):
        if block.provenance.table:
            table, row, col = block.provenance.table
            tables[table][row][col] = block
    return tables


def extract(document: Document, criteria: Criteria) -> list[Recommendation]:
    """Every recommendation in ``document``, numbered in reading order."""
    found: list[Recommendation] = []
    used: set[int] = set()
    sections = _rec_sections(document, criteria)
    for block in document.body_blocks():
        if block.kind in (BlockKind.HEADING, BlockKind.TABLE_CELL):
            continue
        labelled = _LABELLED.match(block.text)
        in_section = block.section in sections
        if labelled or (
            in_section and _ACTION.search(block.text) and not _INTRO.search(block.text)
        ):
            found.append(_make(block, RecSource.NUMBERED if labelled else RecSource.SECTION))
            used.add(block.index)
    by_number = {r.number: r for r in found}
    for table in _tables(document).values():
        header = table.get(1, {})
        rec_cols = [c for c, cell in header.items() if _REC_COLUMN.search(cell.text)]
        if not rec_cols:
            continue
        for row_no in sorted(r for r in table if r > 1):
            cells = table[row_no]
            columns = {header[c].text: cells[c].text for c in cells if c in header}
            rec_cell = next(
                (cells[c] for c in rec_cols if c in cells and cells[c].text.strip()), None
            )
            if rec_cell is None:
                continue
            reference = re.fullmatch(r"\s*(?:R|Rec\.?\s*)?(\d+)\s*", rec_cell.text)
            if reference and int(reference.group(1)) in by_number:
                by_number[int(reference.group(1))].columns.update(columns)  # the plan row of a rec
                continue
            if reference:
                continue
            found.append(_make(rec_cell, RecSource.TABLE_ROW, columns))
            used.add(rec_cell.index)
    for block in document.body_blocks():
        if block.index in used or block.kind is BlockKind.HEADING:
            continue
        for match in _INLINE.finditer(block.text):
            start = (
                block.start + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            )
            found.append(
                Recommendation(
                    0,
                    match.group(0).strip(),
                    start,
                    block.start + match.end(),
                    block,
                    RecSource.INLINE,
                )
            )
    found.sort(key=lambda r: r.start)
    for i, rec in enumerate(found, start=1):
        rec.number = i
    return found


def _make(block: Block, source: RecSource, columns: dict[str, str] | None = None) -> Recommendation:
    from .score import strip_label

    offset = strip_label(block.text)
    text = re.sub(r"^\s*(?:[•\-–*]|\(?\d{1,2}[.)])\s*", "", block.text[offset:])
    start = block.end - len(text)
    labelled = _LABELLED.match(block.text)
    return Recommendation(
        int(labelled.group(1)) if labelled else 0,
        text,
        start,
        block.end,
        block,
        source,
        dict(columns or {}),
    )
