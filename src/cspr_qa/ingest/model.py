"""One document model for every input format.

A :class:`Document` holds a single text (``Document.text``) made of ordered :class:`Block` s,
each with character offsets into that text and its provenance (which part of the file,
paragraph, page, line, table cell), grouped into :class:`Section` s by detected headings.
Blocks of the report body come first, in reading order; the other parts of the file
(notes, comments, headers and footers, properties) follow, each anchored to a section
where the file says where it belongs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

BLOCK_SEPARATOR = "\n\n"
#: A heading's outline number ("5", "5.1", "5.1.2").
_OUTLINE_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|\s)")
#: A member of a labelled series of headings ("Episode 1:", "KPE 2", "Finding 3 -"); a
#: document division ("Part 1", "Appendix A") is not one.
_SERIES = re.compile(
    r"^\s*([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+(\d{1,2}|[A-Z])\b\s*[:.\-–)]?"
)
_DIVISIONS = frozenset({"part", "section", "chapter", "appendix", "annex", "annexe", "volume"})


class DocFormat(StrEnum):
    """The kind of file a document was read from."""

    DOCX = "docx"
    PDF = "pdf"
    TXT = "txt"
    MD = "md"


class HeadingSource(StrEnum):
    """How a heading was recognised (shown by ``cspr-qa outline``)."""

    STYLE = "style"
    OUTLINE_LEVEL = "outline-level"
    TITLE = "title"
    NUMBERED = "numbered"
    FONT_SIZE = "font-size"
    BOLD = "bold"
    CAPS = "caps"
    MARKDOWN = "markdown"
    PREAMBLE = "preamble"


class BlockKind(StrEnum):
    """What a block is, and so which part of the file it came from."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"
    TEXTBOX = "textbox"
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    COMMENT = "comment"
    HEADER = "header"
    FOOTER = "footer"
    DELETION = "deletion"
    HYPERLINK = "hyperlink"
    PROPERTY = "property"
    ANNOTATION = "annotation"


#: Blocks a reader of the published report sees as its running text.
BODY_KINDS = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE_CELL,
        BlockKind.TEXTBOX,
    }
)


@dataclass(frozen=True)
class Revision:
    """A tracked insertion inside a block's text (offsets relative to the block)."""

    start: int
    end: int
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where a block came from in the source file."""

    part: str
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None
    table: tuple[int, int, int] | None = None
    author: str | None = None
    name: str | None = None
    #: .docx body: position of the block's (first) w:p among all w:p of the body, in
    #: document order, so an annotated copy can find the paragraph again.
    anchor: int | None = None


@dataclass
class Block:
    """A unit of text with its place in the document text and in the file."""

    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    provenance: Provenance
    section: int | None = None
    heading_level: int | None = None
    style: str | None = None
    revisions: tuple[Revision, ...] = ()

    @property
    def is_body(self) -> bool:
        return self.kind in BODY_KINDS


@dataclass
class Section:
    """A heading and the body blocks under it (up to the next heading)."""

    index: int
    title: str
    level: int
    detected_by: HeadingSource
    parent: int | None
    heading_block: int | None
    block_indices: list[int] = field(default_factory=list)


@dataclass
class Document:
    """A parsed report in any format."""

    source: Path
    format: DocFormat
    text: str
    blocks: list[Block]
    sections: list[Section]
    page_count: int | None = None
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [b.start for b in self.blocks]

    # -- navigation -------------------------------------------------------------------
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_body]

    def blocks_of(self, *kinds: BlockKind) -> list[Block]:
        wanted = set(kinds)
        return [b for b in self.blocks if b.kind in wanted]

    def section_blocks(self, section: Section) -> list[Block]:
        return [self.blocks[i] for i in section.block_indices]

    def section_path(self, index: int | None) -> str:
        """Heading titles from the top level down, joined with ' > '."""
        titles: list[str] = []
        while index is not None:
            section = self.sections[index]
            titles.append(section.title)
            index = section.parent
        return " > ".join(reversed(titles))

    def block_at(self, offset: int) -> Block | None:
        """The block containing a character offset of ``text``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        block = self.blocks[i]
        return block if block.start <= offset <= block.end else None

    @property
    def body_text(self) -> str:
        return BLOCK_SEPARATOR.join(b.text for b in self.body_blocks())

    @property
    def word_count(self) -> int:
        return sum(len(b.text.split()) for b in self.body_blocks())

    @property
    def headings_detected(self) -> bool:
        return any(s.heading_block is not None for s in self.sections)


class DocumentBuilder:
    """Assembles blocks into a :class:`Document`, tracking sections as headings arrive.

    Readers call :meth:`add` in reading order for the body, then for the other parts of the
    file, passing ``section=`` where the file anchors a part (a comment or footnote) to a place.
    """

    def __init__(self, source: Path, fmt: DocFormat) -> None:
        self.source = source
        self.format = fmt
        self._chunks: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        self.sections: list[Section] = []
        self._stack: list[int] = []  # open sections, outermost first
        self._body_paragraphs = 0
        self.page_count: int | None = None

    @property
    def current_section(self) -> int | None:
        return self._stack[-1] if self._stack else None

    def next_paragraph_number(self) -> int:
        """1-based number of the next body paragraph (headings and list items count)."""
        self._body_paragraphs += 1
        return self._body_paragraphs

    def add_body(
        self,
        kind: BlockKind,
        text: str,
        *,
        page: int | None = None,
        line: int | None = None,
        table: tuple[int, int, int] | None = None,
        heading: tuple[int, HeadingSource] | None = None,
    ) -> Block | None:
        """Append a body block, numbered as the next body paragraph."""
        provenance = Provenance(
            "body", paragraph=self.next_paragraph_number(), page=page, line=line, table=table
        )
        return self.add(kind, text, provenance, heading=heading)

    def add(
        self,
        kind: BlockKind,
        text: str,
        provenance: Provenance,
        *,
        heading: tuple[int, HeadingSource] | None = None,
        style: str | None = None,
        revisions: tuple[Revision, ...] = (),
        section: int | None = None,
    ) -> Block | None:
        """Append a block; empty text is skipped. ``heading`` is ``(level, detected_by)``."""
        stripped = text.strip()
        if not stripped:
            return None
        lead = len(text) - len(text.lstrip())
        text = stripped
        if lead or revisions:
            revisions = tuple(
                Revision(max(r.start - lead, 0), min(r.end - lead, len(text)), r.author, r.date)
                for r in revisions
                if r.end - lead > 0 and r.start - lead < len(text)
            )
        if self._chunks:
            self._chunks.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._chunks.append(text)
        self._length += len(text)
        index = len(self.blocks)
        if heading is not None:
            kind = BlockKind.HEADING
            self._open_section(text, heading[0], heading[1], index)
        elif kind in BODY_KINDS and not self._stack:
            self._open_section(
                "(opening text, before any heading)", 0, HeadingSource.PREAMBLE, None
            )
        anchor = (
            self.current_section if kind in BODY_KINDS or kind is BlockKind.DELETION else section
        )
        block = Block(
            index=index,
            kind=kind,
            text=text,
            start=start,
            end=start + len(text),
            provenance=provenance,
            section=anchor,
            heading_level=heading[0] if heading else None,
            style=style,
            revisions=revisions,
        )
        self.blocks.append(block)
        if anchor is not None and (kind in BODY_KINDS or kind is BlockKind.DELETION):
            self.sections[anchor].block_indices.append(index)
        return block

    def _open_section(self, title: str, level: int, how: HeadingSource, block: int | None) -> None:
        level = self._nested_level(title, level, how)
        while self._stack and (
            self.sections[self._stack[-1]].level >= level
            or self.sections[self._stack[-1]].detected_by is HeadingSource.PREAMBLE
        ):
            self._stack.pop()
        parent = self._stack[-1] if self._stack else None
        section = Section(
            index=len(self.sections),
            title=" ".join(title.split()),
            level=level,
            detected_by=how,
            parent=parent,
            heading_block=block,
        )
        self.sections.append(section)
        self._stack.append(section.index)

    def _nested_level(self, title: str, level: int, how: HeadingSource) -> int:
        """The level a heading takes from its neighbours, whatever its reader gave it: a
        numbered heading sits under the open heading whose number it extends ("5.1 Pregnancy"
        under "5. Analysis"); a line in bold under the open heading a style or mark-up made
        ("What we found" under "### Finding 1"); a heading numbered "1." under an open
        marked-up heading with no number ("1. Why ..." under "Analysis"), and its next points
        beside it; a labelled series ("Episode 1:", "Episode 2:") under the empty heading it
        opens straight after, its later members beside its first."""
        open_ = [self.sections[i] for i in self._stack]
        member = series_member(title)
        if how is HeadingSource.BOLD:
            # under a labelled bold line ("Finding 1: ..."), unless this is the next of them
            marked = [
                s
                for s in open_
                if s.detected_by in _MARKED_HEADINGS
                or (
                    member is None
                    and s.detected_by is HeadingSource.BOLD
                    and series_member(s.title) is not None
                )
            ]
            if marked:
                return max(level, marked[-1].level + 1)
        if _APPENDIX.match(title) and not any(_APPENDIX.match(s.title) for s in open_):
            # the first appendix after numbered chapters stands beside them, not under the
            # last ("Appendix: Glossary" after "7 Recommendations")
            chapters = [s.level for s in open_ if len(_outline_number(s.title) or ()) == 1]
            return min(level, *chapters) if chapters else level
        number = _outline_number(title)
        if how is HeadingSource.NUMBERED and number is not None and len(number) == 1:
            # a chapter's own numbered points ("1. Why ...", then "2. Why ...") under a
            # marked-up heading with no number ("Analysis" over dashes)
            before = (number[0] - 1,)
            previous = [s for s in open_ if _outline_number(s.title) == before]
            marked = [s for s in open_ if s.detected_by in _MARKED_HEADINGS]
            if previous and previous[-1].detected_by is HeadingSource.NUMBERED:
                return max(level, previous[-1].level)
            if number == (1,) and marked and _outline_number(marked[-1].title) is None:
                return max(level, marked[-1].level + 1)
        if number is not None:
            for section in reversed(open_):
                above = _outline_number(section.title)
                if above is not None and len(above) < len(number) and number[: len(above)] == above:
                    return max(level, section.level + 1)
        if member is None or not open_:
            return level
        top = open_[-1]
        above_member = series_member(top.title)
        if above_member is not None and above_member[0] == member[0]:
            return max(level, top.level)
        empty = top.heading_block is not None and top.heading_block == len(self.blocks) - 1
        return level + 1 if empty and top.level == level and member[1] in ("1", "A") else level

    def build(self) -> Document:
        return Document(
            source=self.source,
            format=self.format,
            text="".join(self._chunks),
            blocks=self.blocks,
            sections=self.sections,
            page_count=self.page_count,
        )


#: Headings whose level the writer set (a style, Markdown): a bold line sits below them.
_MARKED_HEADINGS = frozenset({HeadingSource.STYLE, HeadingSource.MARKDOWN})


_APPENDIX = re.compile(r"\s*(?:appendi(?:x|ces)|annexe?s?)\b", re.IGNORECASE)


def outline_label(text: str) -> str:
    """The outline number a heading or paragraph opens with, as written ("5.1" of "5.1
    Pregnancy"); "" when it has none."""
    match = _OUTLINE_NUMBER.match(text)
    return match.group(1) if match else ""


def _outline_number(title: str) -> tuple[int, ...] | None:
    label = outline_label(title)
    return tuple(int(n) for n in label.split(".")) if label else None


def series_member(title: str, *, separated: bool = False) -> tuple[str, str] | None:
    """The label and number of a series heading (("episode", "2") for "Episode 2: School");
    ``separated``: only when a colon or dash follows the number ("Finding 2: ...", not
    "Child M was seen")."""
    match = _SERIES.match(title)
    if match is None or (separated and not match.group(0).rstrip().endswith((":", "-", "–"))):
        return None
    label = " ".join(match.group(1).lower().split())
    return None if label.split()[0] in _DIVISIONS else (label, match.group(2))
