"""Builders for test fixtures: Word files through python-docx, PDFs through reportlab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_docx(path: Path, build: Callable[[docx.document.Document], None]) -> Path:
    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


@dataclass
class PdfLine:
    text: str
    size: float = 11
    bold: bool = False
    gap: float = 4  # extra space above the line, in points


def make_pdf(
    path: Path,
    pages: Sequence[Sequence[PdfLine]],
    *,
    header: str | None = None,
    footer: str | None = None,
    page_numbers: bool = True,
    table: tuple[int, Sequence[Sequence[str]]] | None = None,
    encrypt: str | None = None,
    author: str | None = None,
) -> Path:
    """Draw lines top-down on A4 pages with real text; optional running header/footer,
    page numbers, a ruled table on page ``table[0]`` (1-based) and a user password."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if author:
        c.setAuthor(author)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 9)
            c.drawString(72, height - 40, header)
        if footer:
            c.setFont("Helvetica", 9)
            c.drawString(72, 30, footer)
        if page_numbers:
            c.setFont("Helvetica", 9)
            c.drawString(width - 100, 30, f"Page {number} of {len(pages)}")
        y = height - 90
        for line in lines:
            y -= line.gap + line.size * 1.2
            c.setFont("Helvetica-Bold" if line.bold else "Helvetica", line.size)
            c.drawString(72, y, line.text)
        if table and table[0] == number:
            rows = table[1]
            top = y - 30
            row_h, col_w = 20, 150
            for r, row in enumerate(rows):
                for col, cell in enumerate(row):
                    x0 = 72 + col * col_w
                    y0 = top - (r + 1) * row_h
                    c.rect(x0, y0, col_w, row_h)
                    c.setFont("Helvetica", 10)
                    c.drawString(x0 + 4, y0 + 6, cell)
        c.showPage()
    c.save()
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose page holds only drawing (no text layer), as a scan does."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillGray(0.5)
    c.rect(72, 400, 300, 200, fill=1)
    c.showPage()
    c.save()
    return path
