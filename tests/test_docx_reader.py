"""The .docx reader: body order, headings, tables, and every other part of the package."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from cspr_qa.ingest import BlockKind, load_document
from docx_parts import (
    add_footnote,
    add_hyperlink,
    add_textbox,
    add_tracked_deletion,
    add_tracked_insertion,
    set_company,
    set_custom_property,
)

from builders import make_docx


def _sections(document):  # type: ignore[no-untyped-def]
    return [(s.title, s.level, s.detected_by) for s in document.sections]


def test_heading_styles_numbering_bold_and_caps(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_paragraph("Review of Child T", style="Title")
        d.add_heading("Introduction", level=1)
        d.add_paragraph("Opening paragraph of the introduction.")
        d.add_heading("Scope", level=2)
        d.add_paragraph("The review covered two years.")
        d.add_paragraph("3. Analysis")  # typed numbering, no style
        d.add_paragraph("Why practitioners acted as they did.")
        bold = d.add_paragraph().add_run("Good practice")
        bold.bold = True
        d.add_paragraph("The school acted quickly.")
        d.add_paragraph("RECOMMENDATIONS")
        d.add_paragraph("The partnership will audit files.")
        big = d.add_paragraph().add_run("Appendix: glossary of terms")
        big.font.size = Pt(16)
        d.add_paragraph("MASH: multi-agency safeguarding hub.")

    document = load_document(make_docx(tmp_path / "h.docx", build))
    assert _sections(document) == [
        ("Review of Child T", 1, "title"),
        ("Introduction", 1, "style"),
        ("Scope", 2, "style"),
        ("3. Analysis", 1, "numbered"),
        ("Good practice", 2, "bold"),
        ("RECOMMENDATIONS", 1, "caps"),
        ("Appendix: glossary of terms", 1, "font-size"),
    ]
    scope = document.sections[2]
    assert document.section_path(scope.index) == "Introduction > Scope"
    texts = [b.text for b in document.section_blocks(scope)]
    assert texts == ["Scope", "The review covered two years."]


def test_sentences_and_numbered_list_items_are_not_headings(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Recommendations", level=1)
        d.add_paragraph("1. The partnership will audit thirty case files.")
        d.add_paragraph("The health visitor visited on 3 March.")
        d.add_paragraph("Short line without bold")

    document = load_document(make_docx(tmp_path / "n.docx", build))
    assert [s.title for s in document.sections] == ["Recommendations"]


def test_body_before_first_heading_gets_a_preamble_section(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_paragraph("This draft is confidential.")
        d.add_heading("Introduction", level=1)
        d.add_paragraph("Text.")

    document = load_document(make_docx(tmp_path / "p.docx", build))
    assert document.sections[0].detected_by == "preamble"
    assert document.sections[1].parent is None


def test_table_cells_in_body_order_with_provenance(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Action plan", level=1)
        d.add_paragraph("Before the table.")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Recommendation"
        table.cell(0, 1).text = "Lead"
        table.cell(1, 0).text = "Audit files"
        table.cell(1, 1).text = "ICB"
        d.add_paragraph("After the table.")

    document = load_document(make_docx(tmp_path / "t.docx", build))
    body = [(b.kind, b.text) for b in document.body_blocks()]
    assert body[1:] == [
        (BlockKind.PARAGRAPH, "Before the table."),
        (BlockKind.TABLE_CELL, "Recommendation"),
        (BlockKind.TABLE_CELL, "Lead"),
        (BlockKind.TABLE_CELL, "Audit files"),
        (BlockKind.TABLE_CELL, "ICB"),
        (BlockKind.PARAGRAPH, "After the table."),
    ]
    cell = next(b for b in document.blocks if b.text == "ICB")
    assert cell.provenance.table == (1, 2, 2)
    assert document.sections[cell.section].title == "Action plan"  # type: ignore[index]
    assert document.text[cell.start : cell.end] == "ICB"


def test_every_part_of_the_package_is_read(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.sections[0].header.paragraphs[0].text = "Draft prepared by Jane Smith"
        d.sections[0].footer.paragraphs[0].text = "Sunnybank Partnership"
        d.add_heading("Introduction", level=1)
        d.add_paragraph("Plain opening text.")
        d.add_heading("Analysis", level=1)
        p = d.add_paragraph("The family moved.")
        add_tracked_insertion(p, " They moved to Leeds.", "Ann Editor")
        add_tracked_deletion(p, " Kayleigh was unhappy.", "Ann Editor")
        add_footnote(d, p, "Records from Greenfield Primary School.")
        add_textbox(p, "Box: Kayleigh's timeline")
        add_hyperlink(p, " link", "https://example.org/family-page")
        d.add_comment(p.runs, text="Is Dr Patel's name needed?", author="Bob Chair", initials="BC")
        d.core_properties.author = "Jane Smith"
        d.core_properties.last_modified_by = "Bob Chair"
        set_company(d, "Northtown Council")
        set_custom_property(d, "Case number", "CS-1234")

    document = load_document(make_docx(tmp_path / "all.docx", build))
    by_kind: dict[BlockKind, list[str]] = {}
    for block in document.blocks:
        by_kind.setdefault(block.kind, []).append(block.text)

    para = next(b for b in document.blocks if b.text.startswith("The family moved."))
    assert para.text == "The family moved. They moved to Leeds. link"
    (revision,) = para.revisions
    assert para.text[revision.start : revision.end] == " They moved to Leeds."
    assert revision.author == "Ann Editor"
    assert by_kind[BlockKind.DELETION] == ["Kayleigh was unhappy."]
    assert by_kind[BlockKind.FOOTNOTE] == ["Records from Greenfield Primary School."]
    assert by_kind[BlockKind.TEXTBOX] == ["Box: Kayleigh's timeline"]
    assert by_kind[BlockKind.HYPERLINK] == ["https://example.org/family-page"]
    assert by_kind[BlockKind.COMMENT] == ["Is Dr Patel's name needed?"]
    assert by_kind[BlockKind.HEADER] == ["Draft prepared by Jane Smith"]
    assert by_kind[BlockKind.FOOTER] == ["Sunnybank Partnership"]
    props = {b.provenance.name: b.text for b in document.blocks_of(BlockKind.PROPERTY)}
    assert props["author"] == "Jane Smith"
    assert props["last_modified_by"] == "Bob Chair"
    assert props["Company"] == "Northtown Council"
    assert props["custom: Case number"] == "CS-1234"

    analysis = next(s for s in document.sections if s.title == "Analysis")
    for kind in (BlockKind.FOOTNOTE, BlockKind.COMMENT, BlockKind.DELETION, BlockKind.TEXTBOX):
        block = document.blocks_of(kind)[0]
        assert block.section == analysis.index, kind
    comment = document.blocks_of(BlockKind.COMMENT)[0]
    assert comment.provenance.author == "Bob Chair"
    assert comment.provenance.paragraph == para.provenance.paragraph
    # Offsets map every block back into the single document text.
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
        assert document.block_at(block.start) is block
    # Body text leaves out comments, deletions, properties.
    assert "Kayleigh was unhappy" not in document.body_text
    assert "Is Dr Patel" not in document.body_text


def test_pages_follow_page_breaks(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("One", level=1)
        d.add_paragraph("First page.").add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph("Second page.")

    document = load_document(make_docx(tmp_path / "pages.docx", build))
    pages = {b.text: b.provenance.page for b in document.body_blocks()}
    assert pages == {"One": 1, "First page.": 1, "Second page.": 2}
    assert document.page_count == 2


@pytest.mark.parametrize("level", [1, 2, 3])
def test_outline_level_marks_headings(tmp_path: Path, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):  # type: ignore[no-untyped-def]
        p = d.add_paragraph("Custom styled heading")
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level - 1}"/>')
        )
        d.add_paragraph("Body text under it.")

    document = load_document(make_docx(tmp_path / "o.docx", build))
    assert _sections(document) == [("Custom styled heading", level, "outline-level")]
