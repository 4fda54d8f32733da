"""Find every recommendation in a report: items in recommendation sections (any heading
variant, several numbered items in one paragraph split apart), 'Recommendation 1:'
paragraphs and boxed table cells anywhere, action-plan table rows and inline ones ('It is
recommended that...'). One recommendation is one entry: an action-plan row or a summary
line that restates an earlier recommendation (by its number, or failing that by what it
says) is merged into it, its Lead / Timescale / Measure columns kept as evidence."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from ..ingest.model import Block, BlockKind, Document
from .score import LABEL_WORD, Criteria, list_prefix, named_owner, strip_label

#: A paragraph's own number ("8.2", "6.1."), not a recommendation's.
PARAGRAPH_NUMBER = r"\d{1,2}(?:\.\d{1,2})+\.?"
#: What may stand before a recommendation's label: a bullet, or the paragraph's own number
#: ("8.2 Recommendation 1: ...").
_LEAD_IN = re.compile(
    rf"\s*[•\-–]\s+|\s*{PARAGRAPH_NUMBER}\s+(?=\**{LABEL_WORD}\s*\d)", re.IGNORECASE
)
#: A recommendation's label and its number, after a lead-in or not.
_LABELLED = re.compile(
    rf"^(?:{_LEAD_IN.pattern})?\s*\**{LABEL_WORD}\s*(\d+)[a-z]?\b", re.IGNORECASE
)
_NUMBERED = re.compile(r"^\s*\(?(\d{1,2})[.)]?\s+(?=\S)")
_ITEM = re.compile(r"(?:^|(?<=[.;:]))\s*(\d{1,2})\.\s+(?=[A-Z])")
#: The label a draft gives a recommendation, as written: "Recommendation 2a:", "1a.", "CSC 1.",
#: "3." (not a bare paragraph number such as "4.2").
_OWN_LABEL = re.compile(
    r"^\s*\**(?:(?:recommendation|rec\.?)\s*)?(\d{1,2}[a-h]?|[A-Z]{2,6}\s?\d{1,2}[a-z]?)(?:[.:)]|\s)(?!\d)",
    re.IGNORECASE,
)
#: An owner in brackets before the action ("**(ICB)** Work with GP practices to...").
_BRACKETED_OWNER = re.compile(r"^\**\(([^()]{2,60})\)\**\s*[:\-–]?\s*")
#: A line that names the recommendation it restates at its end ("Secure route (Rec 3)").
_TRAILING_REFERENCE = re.compile(r"\((?:Rec\.?|Recommendation)\s*(\d{1,2})\)\W*$", re.IGNORECASE)
#: An item whose owner opens it before an infinitive ("FVSCP to commission ...").
_OWNER_TO = re.compile(r"^\W*(?P<owner>[A-Z][\w'’&()/-]*(?:\s+[\w'’&()/-]+){0,5}?)\s+to\s+[a-z]+\b")
#: A label that opens a recommendation inside a paragraph of commentary ('4.5 Call grading
#: should start from risk. **Recommendation 1 (Police):** By March 2024 the Police will ...').
_MID_LABEL = re.compile(
    r"(?<=[.!?])\s+\**(?:recommendation|rec\.?)\s*\d{1,2}[a-z]?(?:\s*\([^()]{2,60}\))?\**\s*:",
    re.IGNORECASE,
)
_SUBITEM = re.compile(r"(?:^|(?<=[.;:]))\s*(\d{1,2})([a-h])[.)]\s+(?=[A-Z])")
_ACTION = re.compile(
    r"\b(?:should|will|must|shall|to be|is recommended|recommends?|are asked to|needs? to)\b",
    re.IGNORECASE,
)
_INLINE = re.compile(  # outside a recommendations section, a sentence must say it recommends
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][^.,;]{0,80},\s*)?"
    r"(?P<rec>(?:it is recommended that|the review recommends|we recommend|"
    # the body asked is the subject ('the Board is asked to'), not a clause's ('the
    # recommendations are set out by the organisation that is asked to act')
    r"the (?:(?!\b(?:is|are|was|were|that|which|who)\b)[^.,;]){2,80}? (?:is|are) (?:asked|invited) to\b"
    # not a request to report on the recommendations' progress
    r"(?! report (?:back )?(?:to [^.]{1,60}? )?on (?:progress|implementation)))\b[^.]*\.)",
    re.IGNORECASE,
)
# Sentences about the recommendations rather than recommendations ('The review makes six
# recommendations', 'The table below shows how recommendations 1 to 6...'), and notes ('Note
# for the Sub-Group: ...').
_INTRO = re.compile(
    r":\s*$|^\W*(?:note|nb|n\.b\.)\b[^:]{0,40}:|^(?:[\d.]+\s+)?(?:the|this) (?:review|report|action plan|panel) (?:makes|restates|"
    r"sets out|contains)|^(?:[\d.]+\s+)?the following|^(?:[\d.]+\s+)?there are \w+ recommendations|"
    r"\btable below\b|\bthe following (?:\w+ )?(?:asks|recommendations|actions)\b|\b(?:recommendations?|actions?) (?:below|that follow|which follow)\b|\brestate[sd]?\b|\b(?:send|share|forward)\w* (?:this|the) (?:report|review)\b|\brecommendations? \(?\d+\s*(?:to|-|–)\s*\d+",
    re.IGNORECASE,
)
_LEADS_LIST = re.compile(
    r"\brecommendations?\b[^.]*:\s*$|\bshould:\s*$|\brecommends?(?: that)?:\s*$"
    r"|\basks? (?:the )?[\w'’ ]{2,40}? to:\s*$|\b(?:is|are) (?:asked|invited) to:\s*$",
    re.IGNORECASE,
)
#: What may open a list's lead line before its owner ("In light of these findings the
#: Partnership is asked to:").
_LIST_LEAD_IN = re.compile(
    r"^(?:in (?:the )?(?:light|view) of|following|given|as a result of|based on)\b[^,]*?[, ]+(?=the\b)",
    re.IGNORECASE,
)
#: A line opening a list of lessons or findings ("The lessons from this review are:"): its
#: items say what was learned, whatever their modal verbs.
_LESSONS_LIST = re.compile(
    r"^\W*(?:[\d.]+\s+)?(?:the\s+|this\s+)?(?:review['’]s\s+)?(?:main\s+|key\s+)?"
    r"(?:lessons?|learning(?: points?)?|findings?|themes?|messages?)\b[^.:]*:\s*$",
    re.IGNORECASE,
)
_HEADED = re.compile(
    r"^\s*(?P<owner>[^.:]{2,80}?)\s+(?:should|will|must|is asked to|are asked to):\s*$"
)
_AGENCY_LABEL = re.compile(
    r"^(?P<agency>(?:[A-Z]{1,6}|(?!(?:Finding|Learning|Page|Section|Appendix|Table|Figure|"
    r"Episode|Question|Theme|Part|Step|Stage|Phase|Year|Week|Day|Key)\b)[A-Z][a-z]+(?:['’]s)?)"
    # 'Children's Social Care 2: ...', 'NHS Northshire 1.', 'Health visiting 3.'
    r"(?: (?:[A-Z][a-z]+|[A-Z]{2,6}|(?!(?:episode|point|finding|question|theme|step|stage|area|ask)\b)"
    r"[a-z]{2,}))"
    r"{0,4})\s?\d{1,2}[a-z]?[.:)]\s+"
    r"|^(?P<code>[A-Z]{2,6})\d{1,2}[a-z]?\s+(?=[A-Z])"  # an agency's code alone: 'CSC1 The team ...'
)
#: The number or bullet that opens a list item ("1. ", "(b) ", "- ").
_MARKED_PREFIX = re.compile(r"^\s*(?:[-•–*▪]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+")
_MARKED = re.compile(_MARKED_PREFIX.pattern + r"\S")
#: A paragraph's own number or label before its text ('2. ', 'Recommendation 3: ').
_LABEL_PREFIX = re.compile(
    r"^\s*(?:(?:recommendation|rec\.?)\s*)?\d{1,2}[a-h]?[.):]?\s+", re.IGNORECASE
)
#: A lettered part that names who acts ("(b) Northshire Police should issue ...").
_OWNED_PART = re.compile(
    r"(?:^|(?<=[\s:;.]))\((?P<letter>[a-h])\)\s+(?P<owner>\w[^,;:()]{1,80}?)\s+"
    r"(?:should|will|must|shall|(?:is|are) asked to)\b"
)
#: A lettered part of the item above it ("(a) reduce ...", "- b) publish ...").
_LETTERED_PART = re.compile(r"^\s*(?:[-•–*▪]\s+)?\(?[a-h]\)\s+\S")
_REC_COLUMN = re.compile(r"recommend|action", re.IGNORECASE)
_NOT_REC_COLUMN = re.compile(r"\btaken\b|\bcompleted\b|\balready\b", re.IGNORECASE)
_NUMBER_COLUMN = re.compile(r"^\s*(?:rec(?:ommendation)?\.?|no\.?|number|#|ref\.?)\s*$", re.I)
#: A cell holding only a paragraph number ("6.1"): the row's label, not its text.
_NUMBER_CELL = re.compile(rf"\s*{PARAGRAPH_NUMBER}\s*")
_REFERENCE = re.compile(r"\s*(?:R|Rec\.?\s*|Recommendation\s*)?(\d+)[a-z]?\s*", re.IGNORECASE)
# '1. Safe storage standard': a number and a short title naming an earlier recommendation.
_TITLED_REFERENCE = re.compile(r"\s*(?:R|Rec\.?\s*|Recommendation\s*)?(\d+)[.):]\s+(?:\S+\s*){1,6}")


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
    label: int = 0  # the number the draft gives it (0 when unnumbered)
    drafted: str = ""  # the draft's own label as written ("2a", "CSC 1", "3"; "" when none)
    restated: list[Block] = field(default_factory=list)  # rows and lines that restate it


def _rec_sections(document: Document, criteria: Criteria) -> set[int]:
    """Recommendation sections. A heading about recommendations ('Recommendations for the
    partnership', 'Single agency recommendations') brings its sub-sections; one that names
    them among other subjects ('Conclusions, learning and recommendations') is a section of
    its own, its sub-sections judged by their titles; so is the list under a line such as
    'The Partnership should:' that the reader took for a heading."""
    headings = criteria.patterns["recommendation_sections"]
    found: set[int] = set()
    leading: set[int] = set()
    for s in document.sections:
        if s.heading_block is None:
            continue
        if _HEADED.match(s.title):  # a bold 'The Partnership should:' read as a heading
            found.add(s.index)
        match = headings.search(s.title)
        if match:
            found.add(s.index)
            head = re.sub(r"^[\w.]*\d[\w.]*\s+|^(?:part|section|appendix) \w+[:.]?\s*", "", s.title)
            before = head[: max(head.lower().find(match.group(0).lower()), 0)]
            if not re.search(r",|&|\band\b", before, re.IGNORECASE):
                leading.add(s.index)  # about recommendations, not one of several subjects
    changed = True
    while changed:
        changed = False
        for s in document.sections:
            if s.parent in leading and s.index not in leading:
                found.add(s.index)
                leading.add(s.index)
                changed = True
    return found


def _tables(document: Document) -> dict[int, dict[int, dict[int, Block]]]:
    tables: dict[int, dict[int, dict[int, Block]]] = defaultdict(lambda: defaultdict(dict))
    for block in document.blocks_of(BlockKind.TABLE_CELL):
        if block.provenance.table:
            table, row, col = block.provenance.table
            tables[table][row][col] = block
    return tables


def _items(block: Block) -> list[tuple[int, int]]:
    """(start, end) offsets within ``block`` of the numbered items it runs together
    ('1. The CCG should... 2. The Board should...') or of the lettered parts of one
    recommendation ('Recommendation 1: Transfers. 1a. ... 1b. ...'); the whole block if it
    holds one. A paragraph that labels a recommendation after its commentary holds that
    recommendation, from its label on."""
    labels = list(_MID_LABEL.finditer(block.text))
    if labels:
        ends = [m.start() for m in labels[1:]] + [len(block.text)]
        return [(m.start(), end) for m, end in zip(labels, ends, strict=True)]
    marks = list(_ITEM.finditer(block.text))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        marks = list(_SUBITEM.finditer(block.text))
        letters = "".join(m.group(2) for m in marks)
        lettered = "abcdefgh".startswith(letters)  # 'a', 'b', 'c' in order
        if len(marks) < 2 or len({m.group(1) for m in marks}) > 1 or not lettered:
            marks = _owned_parts(block.text)
            if not marks:
                return [(0, len(block.text))]
    ends = [m.start() for m in marks[1:]] + [len(block.text)]
    return [(m.start(), end) for m, end in zip(marks, ends, strict=True)]


def _owned_parts(text: str) -> list[re.Match[str]]:
    """The lettered parts of one recommendation when each names a different body ('(a)
    Children's Social Care should ... (b) Northshire Police should ...'): one each."""
    marks = list(_OWNED_PART.finditer(text))
    letters = "".join(m.group("letter") for m in marks)
    owners = {" ".join(m.group("owner").lower().split()) for m in marks}
    if len(marks) < 2 or not "abcdefgh".startswith(letters) or len(owners) < len(marks):
        return []
    return marks


def _paragraphs(document: Document, sections: set[int], criteria: Criteria) -> list[Recommendation]:
    """Recommendations written as paragraphs: labelled ones anywhere, items of a
    recommendations section that recommend, and every item of a list that a line such as
    'The Partnership should:' heads (its owner becomes the items' Lead); never a paragraph
    saying that the report makes none."""
    found: list[Recommendation] = []
    listed = False  # inside the list a 'makes the following recommendations:' line opens
    lessons = False  # inside the list a 'The lessons from this review are:' line opens
    lead: dict[str, str] = {}
    counted = _counted_sections(document, sections)
    # a numbered item ending ':' ('5. Review the procedure, and:'), a recommendation once a
    # lettered part of it follows ('(a) reduce the stages ...')
    opening: Recommendation | None = None
    whole: Recommendation | None = None
    for block in document.body_blocks():
        if block.kind is BlockKind.HEADING:
            # a bold line read as a heading may head a list ('**The Partnership should:**')
            headed = _HEADED.match(block.text)
            listed, lessons = bool(headed), False
            lead = {"Lead": _LIST_LEAD_IN.sub("", headed.group("owner"))} if headed else lead
            opening = whole = None
            continue
        if opening is not None and _LETTERED_PART.match(block.text):
            found.append(opening)
            whole, opening = opening, None
        if whole is not None and _LETTERED_PART.match(block.text):
            whole.end = block.end
            whole.text = f"{whole.text} {block.text.strip()}"
            continue
        opening = whole = None
        if criteria.patterns["no_recommendations"].search(block.text):
            continue
        item = block.kind is BlockKind.LIST_ITEM or bool(_MARKED.match(block.text))
        opens = bool(_LEADS_LIST.search(block.text))
        lessons = (lessons and item) or (not opens and bool(_LESSONS_LIST.search(block.text)))
        if lessons and item:
            continue
        if opens:
            headed = _HEADED.match(block.text)
            lead = {"Lead": _LIST_LEAD_IN.sub("", headed.group("owner"))} if headed else {}
        listed = opens or (listed and item)
        labelled = _LABELLED.match(block.text)
        if block.kind is BlockKind.TABLE_CELL and not (
            labelled and len(block.text) > len(labelled.group(0)) + 20
        ):
            continue  # boxed 'Recommendation 2: ...' cells count; other cells are rows
        in_section = block.section in sections or listed
        if counted and in_section and not (item or labelled or _counts(block.text)):
            # Where a draft numbers its recommendations, an unnumbered paragraph in any
            # recommendations section introduces them or says what needs to change in general.
            in_section = listed
        pieces = _items(block)
        # what parts share ('Checks on new adults in the household: (a) ... (b) ...'): the
        # topic each answers, kept beside it for tracing
        shared = (
            _LABEL_PREFIX.sub("", block.text[: pieces[0][0]]).strip(" :") if len(pieces) > 1 else ""
        )
        topic = {"Topic": shared} if len(shared.split()) >= 2 else {}
        for start, end in pieces:
            text = block.text[start:end]
            if text.rstrip().endswith("?") and not _LABELLED.match(text):
                continue  # a question for the partnership, not a recommendation
            under_lead = listed and not opens and item
            label = _AGENCY_LABEL.match(text)  # 'CSC 1. Ensure that...', 'Police 2. Remind...'
            bare = text[label.end() :] if label else text
            unmarked = _MARKED_PREFIX.sub("", bare)
            acts = _ACTION.search(text) or (
                (item or label)
                and (  # 'BSCP: commission training ...', 'MPS (Central BCU): all searches ...'
                    criteria.patterns["imperative"].match(bare)
                    or named_owner(list_prefix(unmarked), criteria)
                    or named_owner(_owner_before_to(unmarked), criteria)
                )
            )
            part = bool(labelled) and len(pieces) > 1  # '1b.' of a labelled recommendation
            if listed and _NUMBERED.match(text) and text.rstrip().endswith(":"):
                opening = _make(block, RecSource.SECTION, start, end, lead)
                continue
            if (
                _LABELLED.match(text)
                or part
                or (in_section and (under_lead or acts) and not _INTRO.search(text))
            ):
                source = RecSource.NUMBERED if _LABELLED.match(text) or part else RecSource.SECTION
                columns = {**(lead if under_lead else {}), **topic}
                found.append(_make(block, source, start, end, columns or None))
    return found


def _owner_before_to(text: str) -> str:
    """The owner an item opens with before an infinitive ("Police to introduce ...")."""
    match = _OWNER_TO.match(text)
    return match.group("owner") if match else ""


def _counts(text: str) -> bool:
    """Whether a paragraph opens with a number or label ("1.", "POL 1.")."""
    return bool(_NUMBERED.match(text) or _AGENCY_LABEL.match(text))


def _counted_sections(document: Document, sections: set[int]) -> set[int]:
    """Recommendation sections that number or label their recommendations ("Recommendation
    1:", "1.", bullets): where any does, an unnumbered paragraph introduces or comments."""
    return {
        block.section
        for block in document.body_blocks()
        if block.section in sections
        and block.kind is not BlockKind.HEADING
        and (
            _LABELLED.match(block.text)
            or _counts(block.text)
            or block.kind is BlockKind.LIST_ITEM
            or _MARKED.match(block.text)
        )
    }


def extract(document: Document, criteria: Criteria) -> list[Recommendation]:
    """Every recommendation in ``document``, numbered in reading order."""
    found = _paragraphs(document, _rec_sections(document, criteria), criteria)
    used = {r.block.index for r in found}
    found = _merge_restated(found, criteria)
    found += _table_rows(document, found, used, criteria)
    used |= {r.block.index for r in found}
    listed = list(found)
    for block in document.body_blocks():
        if block.index in used or block.kind is BlockKind.HEADING:
            continue
        for match in _INLINE.finditer(block.text):
            text = match.group("rec").strip()
            if _INTRO.search(text):  # 'The Executive is asked to agree the following asks.'
                continue
            same = _restates(text, listed, criteria)
            if same is not None:  # said in the analysis, then set out as a recommendation
                listed[same].restated.append(block)
                continue
            found.append(
                Recommendation(
                    0,
                    text,
                    block.start + match.start("rec"),
                    block.start + match.end("rec"),
                    block,
                    RecSource.INLINE,
                )
            )
    found.sort(key=lambda r: r.start)
    for i, rec in enumerate(found, start=1):
        rec.number = i
    return found


def _restates(text: str, earlier: list[Recommendation], criteria: Criteria) -> int | None:
    """The index of the earlier recommendation that ``text`` restates, if one is close."""
    from .assess import similarity

    if not earlier:
        return None
    scores = similarity([text], [r.text for r in earlier], criteria)[0]
    best = max(range(len(earlier)), key=lambda i: scores[i])
    threshold = float(criteria.thresholds["restated_similarity"])
    return best if scores[best] >= threshold else None


def _merge_restated(found: list[Recommendation], criteria: Criteria) -> list[Recommendation]:
    """A later line with the number of an earlier recommendation, or one that says nearly
    the same, restates it (a summary list after the findings): one entry, not two, read from
    the fuller text when an earlier line only summarised it."""
    kept: list[Recommendation] = []
    for rec in sorted(found, key=lambda r: r.start):
        same = next((k for k in kept if rec.label and k.label == rec.label), None)
        # Two recommendations the draft numbers or labels differently are two, however
        # alike ("CHT 3" beside the partnership's "Recommendation 5").
        others = [k for k in kept if not ((rec.label and k.label) or (rec.drafted and k.drafted))]
        index = None if same else _restates(rec.text, others, criteria)
        target = same or (others[index] if index is not None else None)
        if target is not None and target.block.section != rec.block.section:
            if _ACTION.search(rec.text) and not _ACTION.search(target.text):
                # the full text after a summary's short line ("R1: a joint transition
                # protocol") is the recommendation; the short line restates it
                rec.restated = [*target.restated, target.block]
                rec.columns = {**target.columns, **rec.columns}
                kept[kept.index(target)] = rec
            else:
                target.restated.append(rec.block)
            continue
        kept.append(rec)
    return kept


def _table_rows(
    document: Document, found: list[Recommendation], used: set[int], criteria: Criteria
) -> list[Recommendation]:
    """Action-plan rows: merged into the recommendation they restate, else new ones."""
    by_label = {r.label: r for r in found if r.label}
    ordinal = {i: r for i, r in enumerate(found, start=1)}
    added: list[Recommendation] = []
    for table in _tables(document).values():
        header = table.get(1, {})
        rec_cols = [
            c
            for c, cell in header.items()
            if _REC_COLUMN.search(re.sub(r"\s+", "", cell.text))  # 'Recommen dation' (PDF)
            and not _NOT_REC_COLUMN.search(cell.text)
        ]
        number_cols = [c for c, cell in header.items() if _NUMBER_COLUMN.match(cell.text)]
        if not rec_cols and not number_cols:
            continue
        for row_no in sorted(r for r in table if r > 1):
            cells = table[row_no]
            columns = {header[c].text: cells[c].text for c in cells if c in header}
            texts = [cells[c] for c in rec_cols + number_cols if c in cells]
            rec_cell = next(
                (
                    b
                    for b in texts
                    if b.text.strip(" -–")
                    and not _REFERENCE.fullmatch(b.text)
                    and not _NUMBER_CELL.fullmatch(b.text)
                ),
                None,
            )
            number = next(
                (int(m.group(1)) for b in texts if (m := _REFERENCE.fullmatch(b.text))), None
            ) or next(
                (
                    int(m.group(1))
                    for b in texts
                    if (
                        m := _TITLED_REFERENCE.fullmatch(b.text)
                        or _TRAILING_REFERENCE.search(b.text)
                    )
                ),
                None,
            )
            target = by_label.get(number) or ordinal.get(number) if number else None
            if target is None and rec_cell is not None and rec_cell.index not in used:
                index = _restates(rec_cell.text, found, criteria)
                target = found[index] if index is not None else None
            if target is not None:
                target.columns.update(columns)  # the plan row of a recommendation
                target.restated.append(rec_cell or texts[0])
            elif rec_cell is not None and rec_cell.index not in used and rec_cols:
                added.append(_make(rec_cell, RecSource.TABLE_ROW, columns=columns))
    return added


def _make(
    block: Block,
    source: RecSource,
    start: int = 0,
    end: int | None = None,
    columns: dict[str, str] | None = None,
) -> Recommendation:
    lead_in = _LEAD_IN.match(block.text, start, end if end is not None else len(block.text))
    start = lead_in.end() if lead_in else start  # '• R1: a joint...', '8.2 Recommendation 1:'
    piece = block.text[start:end]
    labelled = _LABELLED.match(piece)
    numbered = _NUMBERED.match(piece)
    offset = strip_label(piece.lstrip("*")) + (len(piece) - len(piece.lstrip("*")))
    text = re.sub(
        r"^\s*\**\s*(?:[•\-–*]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\(?\d{1,2}[a-h]?[.)]|\d{1,2}\s)?\s*\**:?\s*",
        "",
        piece[offset:],
    )
    text = re.sub(
        r"^\(?(?:national|local)\)?(?: recommendation)?[.:)]?\**:?\s+",
        "",
        text.rstrip(),
        flags=re.I,
    )
    agency = _AGENCY_LABEL.match(text)  # 'POL 1. The Police should...', 'CSC 1. Ensure...'
    text = text[agency.end() :] if agency else text
    owner = _BRACKETED_OWNER.match(text)  # '(ICB) By March 2026, add...': the owner, as a Lead
    code = (agency.group("agency") or agency.group("code")) if agency else ""
    # the owner in brackets, else the agency's code (not a single letter: 'P1.', 'H1.')
    lead = owner.group(1) if owner else (code if len(code) > 1 else "")
    columns = {**({"Lead": lead} if lead else {}), **(columns or {})}
    text = text[owner.end() :] if owner else text
    stop = block.start + start + len(piece.rstrip())
    label = labelled or numbered or _TRAILING_REFERENCE.search(piece)
    own = _OWN_LABEL.match(piece)
    return Recommendation(
        int(labelled.group(1)) if labelled else 0,
        text,
        stop - len(text),
        stop,
        block,
        source,
        columns,
        label=int(label.group(1)) if label else 0,
        drafted=" ".join(own.group(1).split())
        if own
        else agency.group(0).rstrip(" .:)")
        if agency
        else "",
    )
