"""The PDF reader on real PDFs drawn with reportlab."""

from __future__ import annotations

from pathlib import Path

from cspr_qa.ingest import BlockKind, load_document
from cspr_qa.ingest.pdf_reader import BULLETS, _Line, _PdfReader

from builders import PdfLine, make_pdf


def _report(tmp_path: Path) -> Path:
    page1 = [
        PdfLine("Child R: practice review", size=18, bold=True, gap=0),
        PdfLine("1. Introduction", size=14, bold=True, gap=12),
        PdfLine("This review concerns a baby who lived with his mother and her part-"),
        PdfLine("ner in a flat. The health visitor saw him often at home."),
        PdfLine("• First learning point about bruising", gap=10),
        PdfLine("Analysis", bold=True, gap=14),
        PdfLine("Why did practitioners act as they did? Workload was high and the"),
    ]
    page2 = [
        PdfLine("supervision records were thin, so the concern was not tested.", gap=0),
        PdfLine("Recommendations", bold=True, gap=14),
        PdfLine("The partnership will audit thirty files by March 2027.", gap=4),
    ]
    return make_pdf(
        tmp_path / "r.pdf",
        [page1, page2],
        header="Child R review - DRAFT",
        footer="OFFICIAL-SENSITIVE",
        table=(2, [["Recommendation", "Lead"], ["Audit thirty files", "ICB"]]),
        author="Jane Smith",
    )


def test_headings_paragraphs_and_pages(tmp_path: Path) -> None:
    document = load_document(_report(tmp_path))
    assert document.format == "pdf"
    assert document.page_count == 2
    sections = [(s.title, s.detected_by) for s in document.sections]
    assert sections == [
        ("Child R: practice review", "font-size"),
        ("1. Introduction", "numbered"),
        ("Analysis", "bold"),
        ("Recommendations", "bold"),
    ]
    texts = [b.text for b in document.body_blocks()]
    # Hyphenated line break joined; lines of one paragraph joined with a space.
    assert (
        "This review concerns a baby who lived with his mother and her partner in a flat. "
        "The health visitor saw him often at home." in texts
    )
    # A paragraph running over the page break is one block.
    assert (
        "Why did practitioners act as they did? Workload was high and the supervision "
        "records were thin, so the concern was not tested." in texts
    )
    bullet = next(b for b in document.body_blocks() if b.kind is BlockKind.LIST_ITEM)
    assert bullet.text == "• First learning point about bruising"
    rec = next(b for b in document.body_blocks() if b.text.startswith("The partnership will"))
    assert rec.provenance.page == 2
    assert rec.provenance.line is not None


def test_running_headers_footers_and_page_numbers_leave_the_body(tmp_path: Path) -> None:
    document = load_document(_report(tmp_path))
    body = document.body_text
    assert "DRAFT" not in body
    assert "OFFICIAL-SENSITIVE" not in body
    assert "Page 1 of 2" not in body
    assert [b.text for b in document.blocks_of(BlockKind.HEADER)] == ["Child R review - DRAFT"]
    footers = [b.text for b in document.blocks_of(BlockKind.FOOTER)]
    assert footers and footers[0].startswith("OFFICIAL-SENSITIVE")
    props = {b.provenance.name: b.text for b in document.blocks_of(BlockKind.PROPERTY)}
    assert props["Author"] == "Jane Smith"


def test_tables_become_cells(tmp_path: Path) -> None:
    document = load_document(_report(tmp_path))
    cells = {b.provenance.table: b.text for b in document.blocks_of(BlockKind.TABLE_CELL)}
    assert cells == {
        (1, 1, 1): "Recommendation",
        (1, 1, 2): "Lead",
        (1, 2, 1): "Audit thirty files",
        (1, 2, 2): "ICB",
    }
    assert "Audit thirty files" not in [
        b.text for b in document.body_blocks() if b.kind is not BlockKind.TABLE_CELL
    ]


def test_symbol_font_bullets_are_normalised(tmp_path: Path) -> None:
    reader = _PdfReader.__new__(_PdfReader)
    from cspr_qa.ingest.model import DocumentBuilder

    reader.builder = DocumentBuilder(tmp_path / "x.pdf", "pdf")
    reader.body_size = 11.0
    assert "\uf0b7" in BULLETS
    reader._flush([_Line(1, 1, "\uf0b7 Information was not shared", 100, 112, 72, 11, False)])
    (block,) = reader.builder.blocks
    assert block.kind is BlockKind.LIST_ITEM
    assert block.text == "• Information was not shared"


def test_numbered_and_wrapped_headings_in_a_heading_font(tmp_path: Path) -> None:
    body = "The review met the practitioners and read the records of every agency involved."
    page = [
        PdfLine("3. The family", size=14, bold=True, gap=12),
        PdfLine(body),
        PdfLine(
            "Finding 3: The language used about the child placed responsibility",
            size=13,
            bold=True,
            gap=12,
        ),
        PdfLine("on her, and her identity was seen through a", size=13, bold=True),
        PdfLine("narrow lens", size=13, bold=True),
        PdfLine(body),
        PdfLine("Key lines of enquiry", size=14, bold=True, gap=12),
        PdfLine("3. How did health services respond to the missed appointments?", gap=6),
        PdfLine(body, gap=6),
    ]
    document = load_document(make_pdf(tmp_path / "h.pdf", [page]))
    titles = [s.title for s in document.sections]
    assert titles[0] == "3. The family"
    assert titles[1].startswith("Finding 3:") and titles[1].endswith("narrow lens")
    assert titles[2:] == ["Key lines of enquiry"]  # a numbered question in body type is not
