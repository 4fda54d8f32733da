"""PDF reader (pdfplumber): lines in reading order with font size and weight, paragraphs
rebuilt from line spacing, headings from size/bold/numbering, tables as cells, running
headers/footers and page-number lines taken out of the body, hyphenated breaks joined."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import InputError
from .headings import LineShape, classify_heading
from .model import BlockKind, DocFormat, Document, DocumentBuilder, Provenance

#: Bullet glyphs seen in exported drafts (Symbol-font private-use points included).
BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc•▪◦●‣∙■□➢►–")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.IGNORECASE
)
#: pdfminer writes a glyph with no Unicode mapping as "(cid:N)"; at a line start it is a bullet.
_CID_BULLET = re.compile(r"^\(cid:\d+\)\s*")
_MARGIN = 0.09  # share of the page height counted as header/footer band
_METADATA_KEYS = ("Author", "Title", "Subject", "Keywords", "Creator")


@dataclass
class _Line:
    page: int
    number: int  # 1-based line number on the page
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


def _is_bold(fontname: str) -> bool:
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", ",b", "-b", "semibold"))


def _line_from(page_no: int, number: int, raw: dict[str, Any]) -> _Line:
    chars = [c for c in raw.get("chars", []) if str(c.get("text", "")).strip()]
    sizes = [round(float(c.get("size", 0.0)), 1) for c in chars] or [0.0]
    bold_share = sum(_is_bold(str(c.get("fontname", ""))) for c in chars) / max(len(chars), 1)
    return _Line(
        page=page_no,
        number=number,
        text=str(raw["text"]),
        top=float(raw["top"]),
        bottom=float(raw["bottom"]),
        x0=float(raw["x0"]),
        size=statistics.median(sizes),
        bold=bold_share >= 0.8,
    )


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _inside(line: _Line, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    middle = (line.top + line.bottom) / 2
    return top - 1 <= middle <= bottom + 1 and x0 - 1 <= line.x0 <= x1


class _PdfReader:
    def __init__(self, path: Path, pdf: Any) -> None:
        self.path = path
        self.pdf = pdf
        self.builder = DocumentBuilder(path, DocFormat.PDF)
        self.builder.page_count = len(pdf.pages)
        self.tables = 0

    def read(self) -> Document:
        pages: list[tuple[list[_Line], list[tuple[float, list[list[str | None]], Any]]]] = []
        margin_counts: Counter[str] = Counter()
        margin_lines: list[tuple[str, _Line, bool]] = []
        any_chars = False
        for page_no, page in enumerate(self.pdf.pages, start=1):
            any_chars = any_chars or bool(page.chars)
            tables = [(t.bbox[1], t.extract(), t.bbox) for t in page.find_tables()]
            lines: list[_Line] = []
            keys_here: set[str] = set()
            for number, raw in enumerate(page.extract_text_lines(strip=True), start=1):
                line = _line_from(page_no, number, raw)
                if not line.text.strip() or any(_inside(line, t[2]) for t in tables):
                    continue
                height = float(page.height)
                in_margin = line.bottom < height * _MARGIN or line.top > height * (1 - _MARGIN)
                if _PAGE_NUMBER.match(line.text.strip()):
                    continue
                if in_margin:
                    key = _margin_key(line.text)
                    if key not in keys_here:
                        keys_here.add(key)
                        margin_counts[key] += 1
                    margin_lines.append((key, line, line.top < height / 2))
                lines.append(line)
            pages.append((lines, tables))
        if not any_chars and self.pdf.pages:
            raise InputError(
                self.path,
                "has no text layer (it looks like a scanned image)",
                "Export the PDF again from the original Word file, or run OCR on it first",
            )
        repeated = {k for k, n in margin_counts.items() if n >= max(2, len(pages) // 2)}
        running = {id(line) for key, line, _ in margin_lines if key in repeated}
        body_sizes = Counter(
            round(line.size) for lines, _ in pages for line in lines if id(line) not in running
        )
        self.body_size = float(body_sizes.most_common(1)[0][0]) if body_sizes else 11.0
        self._emit_body(pages, running)
        self._emit_running(margin_lines, repeated)
        self._emit_metadata_and_annotations()
        return self.builder.build()

    # -- body ---------------------------------------------------------------------------
    def _emit_body(
        self,
        pages: list[tuple[list[_Line], list[tuple[float, list[list[str | None]], Any]]]],
        running: set[int],
    ) -> None:
        paragraph: list[_Line] = []
        for lines, tables in pages:
            items: list[tuple[float, _Line | None, Any]] = [
                (ln.top, ln, None) for ln in lines if id(ln) not in running
            ]
            items += [(top, None, rows) for top, rows, _ in tables]
            items.sort(key=lambda item: item[0])
            for _, line, rows in items:
                if line is None:
                    self._flush(paragraph)
                    paragraph = []
                    self._table(rows, page=lines[0].page if lines else None)
                    continue
                if paragraph and self._breaks(paragraph[-1], line):
                    self._flush(paragraph)
                    paragraph = []
                paragraph.append(line)
        self._flush(paragraph)

    def _starts_item(self, line: _Line) -> bool:
        text = line.text.lstrip()
        if not text:
            return False
        if text[0] in BULLETS or _CID_BULLET.match(text):
            return True
        return re.match(r"^\(?\d{1,2}(\.\d{1,2})*[.)]\s", text) is not None

    def _breaks(self, prev: _Line, line: _Line) -> bool:
        """Whether ``line`` starts a new paragraph after ``prev``."""
        if line.page != prev.page:
            ended = prev.text.rstrip().endswith((".", ":", "?", "!"))
            return ended or not line.text[:1].islower()
        if abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
            return True
        if self._starts_item(line):
            return True
        gap = line.top - prev.bottom
        return gap > 0.6 * prev.height

    def _flush(self, lines: list[_Line]) -> None:
        if not lines:
            return
        text = lines[0].text.strip()
        for line in lines[1:]:
            nxt = line.text.strip()
            if re.search(r"[A-Za-z]-$", text) and nxt[:1].islower():
                text = text[:-1] + nxt
            else:
                text = f"{text} {nxt}"
        kind = BlockKind.PARAGRAPH
        cid = _CID_BULLET.match(text)
        if cid or text[:1] in BULLETS:
            text = "• " + (text[cid.end() :] if cid else text[1:]).lstrip()
            kind = BlockKind.LIST_ITEM
        heading = None
        if len(lines) <= 3 and kind is BlockKind.PARAGRAPH:
            heading = classify_heading(
                LineShape(
                    text=text,
                    bold=all(ln.bold for ln in lines),
                    size_ratio=max(ln.size for ln in lines) / self.body_size,
                )
            )
        first = lines[0]
        self.builder.add_body(
            kind,
            text,
            page=first.page,
            line=first.number,
            heading=heading,
        )

    def _table(self, rows: list[list[str | None]], page: int | None) -> None:
        self.tables += 1
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row, start=1):
                text = " ".join((cell or "").split())
                if not text:
                    continue
                self.builder.add_body(
                    BlockKind.TABLE_CELL, text, page=page, table=(self.tables, r, c)
                )

    # -- the rest of the file -------------------------------------------------------------
    def _emit_running(
        self, margin_lines: list[tuple[str, _Line, bool]], repeated: set[str]
    ) -> None:
        seen: set[str] = set()
        for key, line, top_half in margin_lines:
            if key in repeated and key not in seen:
                seen.add(key)
                kind = BlockKind.HEADER if top_half else BlockKind.FOOTER
                self.builder.add(
                    kind, line.text, Provenance("running header/footer", page=line.page)
                )

    def _emit_metadata_and_annotations(self) -> None:
        metadata = self.pdf.metadata or {}
        for key in _METADATA_KEYS:
            value = metadata.get(key)
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            if isinstance(value, str) and value.strip():
                self.builder.add(BlockKind.PROPERTY, value, Provenance("PDF metadata", name=key))
        for page_no, page in enumerate(self.pdf.pages, start=1):
            for annot in page.annots:
                uri = annot.get("uri")
                contents = annot.get("contents")
                if uri:
                    self.builder.add(
                        BlockKind.HYPERLINK, str(uri), Provenance("link annotation", page=page_no)
                    )
                if isinstance(contents, str) and contents.strip():
                    author = annot.get("title")
                    self.builder.add(
                        BlockKind.ANNOTATION,
                        contents,
                        Provenance(
                            "PDF annotation",
                            page=page_no,
                            author=author if isinstance(author, str) else None,
                        ),
                    )


def read_pdf(path: Path) -> Document:
    """Read a .pdf file into a :class:`Document`."""
    try:
        with pdfplumber.open(path) as pdf:
            return _PdfReader(path, pdf).read()
    except InputError:
        raise
    except (PdfminerException, PDFPasswordIncorrect) as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise InputError(
                path,
                "is password-protected",
                "Save an unprotected copy (or export again from Word) and check that",
            ) from exc
        raise InputError(
            path,
            "is not a readable PDF (corrupt or truncated)",
            "Export the PDF again from the original document",
        ) from exc
