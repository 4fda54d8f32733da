"""Plain text and Markdown reader: markdown and setext headings, numbered and ALL-CAPS
heading lines, list items, pipe tables; paragraphs are runs of lines between blank lines."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from .headings import LineShape, classify_heading
from .model import BlockKind, DocFormat, Document, DocumentBuilder, HeadingSource

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# an underline of '=' or '-', or of spaced dashes in a plain-text export ("- - - -")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+|-(?: -)+)\s*$")
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,3}[.)]\s+")
_BULLET = re.compile(r"^\s*[-*+•]\s+")
_ITEM = re.compile(f"{_BULLET.pattern}|{_NUMBERED_ITEM.pattern}")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*$")
# inline emphasis and code marks in Markdown ("**Child Z** - the boy", "*was not brought*");
# an underscore inside a word (a handle, an e-mail) is not a mark
_INLINE_MARK = re.compile(
    r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"
    r"|(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"
    r"|(?<!\w)_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)"
    r"|`([^`]+)`"
)


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            path,
            "looks like a binary file, not text",
            "Check it is the right file; save the draft as .docx, .pdf, .txt or .md",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                path, "is not valid UTF-16 text", "Save it again as UTF-8 text"
            ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _setext_level(line: str, underline: str) -> tuple[int, HeadingSource]:
    """A line over '===' or '---' is a heading ("1. INTRODUCTION" over a rule too); its number,
    when it has one, gives the depth ("4.2 Multi-agency working" is level 2)."""
    numbered = classify_heading(LineShape(text=line))
    if numbered is not None and numbered[1] is HeadingSource.NUMBERED:
        return numbered[0], HeadingSource.MARKDOWN
    return (1 if underline.strip().startswith("=") else 2), HeadingSource.MARKDOWN


class _TextReader:
    def __init__(self, path: Path, text: str, fmt: DocFormat) -> None:
        self.builder = DocumentBuilder(path, fmt)
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.tables = 0

    def read(self) -> Document:
        i = 0
        lines = self.lines
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            atx = _ATX.match(line)
            if atx:
                self._emit(atx.group(2), i, heading=(len(atx.group(1)), HeadingSource.MARKDOWN))
                i += 1
                continue
            if i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and not _BULLET.match(line):
                self._emit(line.strip(), i, heading=_setext_level(line, lines[i + 1]))
                i += 2
                continue
            if line.lstrip().startswith("|"):
                i = self._table(i)
                continue
            i = self._paragraph(i)
        return self.builder.build()

    def _paragraph(self, start: int) -> int:
        lines = self.lines
        first = lines[start]
        is_item = _ITEM.match(first) is not None
        collected = [first.strip()]
        i = start + 1
        while i < len(lines) and lines[i].strip():
            nxt = lines[i]
            if _ATX.match(nxt) or nxt.lstrip().startswith("|") or _ITEM.match(nxt):
                break
            if i + 1 < len(lines) and _SETEXT.match(lines[i + 1]):
                break
            collected.append(nxt.strip())
            i += 1
        text = " ".join(collected)
        bold = _BOLD_LINE.match(text)
        shape = LineShape(text=bold.group(2) if bold else text, bold=bold is not None)
        # a numbered line beside another item is a list's item (a contents list), not a heading
        listed = is_item and any(
            0 <= j < len(lines) and _NUMBERED_ITEM.match(lines[j]) is not None
            for j in (start - 1, i)
        )
        heading = classify_heading(shape) if len(collected) == 1 and not listed else None
        if heading is not None:
            self._emit(shape.text, start, heading=heading)
        else:
            self._emit(text, start, kind=BlockKind.LIST_ITEM if is_item else BlockKind.PARAGRAPH)
        return i

    def _table(self, start: int) -> int:
        self.tables += 1
        i = start
        row = 0
        while i < len(self.lines) and self.lines[i].lstrip().startswith("|"):
            line = self.lines[i]
            if not _TABLE_RULE.match(line):
                row += 1
                cells = line.strip().strip("|").split("|")
                for col, cell in enumerate(cells, start=1):
                    self._emit(
                        cell.strip(), i, kind=BlockKind.TABLE_CELL, table=(self.tables, row, col)
                    )
            i += 1
        return i

    def _emit(
        self,
        text: str,
        line_index: int,
        *,
        kind: BlockKind = BlockKind.PARAGRAPH,
        heading: tuple[int, HeadingSource] | None = None,
        table: tuple[int, int, int] | None = None,
    ) -> None:
        if self.builder.format is DocFormat.MD:
            text = _INLINE_MARK.sub(lambda m: next(g for g in m.groups()[1:] if g), text)
        if not text.strip():
            return
        self.builder.add_body(kind, text, line=line_index + 1, table=table, heading=heading)


def read_text(path: Path, fmt: DocFormat) -> Document:
    """Read a .txt or .md file into a :class:`Document`."""
    return _TextReader(path, decode_text(path, path.read_bytes()), fmt).read()
