"""Redaction writes a new, clean copy; the draft is untouched."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import docx
import pytest

from cspr_qa.cli import main
from cspr_qa.ingest import BlockKind, load_document
from cspr_qa.pii.labels import DETAIL_RULES
from docx_parts import (
    add_tracked_deletion,
    add_tracked_insertion,
    set_custom_property,
)

from builders import PdfLine, make_docx, make_pdf


def _draft(tmp_path: Path) -> Path:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Background", level=1)
        p = d.add_paragraph("The family lived with ")
        bold = p.add_run("Kay")
        bold.bold = True
        p.add_run("leigh Smith")  # the name is split over two runs with different formatting
        p.add_run(" at 14 Acacia Road, Leeds.")
        add_tracked_insertion(p, " Kayleigh was two.", "Tom Baxter")
        add_tracked_deletion(p, " Her GP was Dr Patel.", "Tom Baxter")
        d.add_paragraph("Later Kayleigh's nursery raised a concern.")
        d.add_comment(p.runs, text="Name?", author="Anna Ruiz", initials="AR")
        d.sections[0].footer.paragraphs[0].text = "Draft about Kayleigh Smith"
        d.core_properties.author = "Anna Ruiz"
        set_custom_property(d, "Case number", "CS-2019-04417")

    return make_docx(tmp_path / "draft.docx", build)


def test_docx_redaction(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _draft(tmp_path)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "redacted.docx"
    assert main(["redact", str(source), "-o", str(out)]) == 0
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert not (tmp_path / "redaction-log.csv").exists()

    document = load_document(out)
    body = document.body_text
    assert "Kayleigh" not in document.text and "Smith" not in document.text
    assert "Acacia" not in document.text
    assert "The family lived with [PERSON 1] at [ADDRESS 1]. [PERSON 1] was two." in body
    assert "Later [PERSON 1]'s nursery raised a concern." in body
    assert not document.blocks_of(BlockKind.COMMENT)
    assert not document.blocks_of(BlockKind.DELETION)
    assert all(not b.revisions for b in document.blocks)
    assert "Dr Patel" not in document.text
    props = {b.provenance.name: b.text for b in document.blocks_of(BlockKind.PROPERTY)}
    assert "author" not in props and "custom: Case number" not in props
    (footer,) = [b.text for b in document.blocks_of(BlockKind.FOOTER)]
    assert footer.endswith("about [PERSON 1]")
    # The run that held the start of the name keeps its bold formatting.
    runs = docx.Document(str(out)).paragraphs[1].runs
    assert any(r.bold and r.text == "[PERSON 1]" for r in runs)
    # A second check of the copy finds nothing left to redact.
    capsys.readouterr()
    main(["check", str(out), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    left = [f["evidence"] for f in report["files"][0]["findings"] if f["rule"] in DETAIL_RULES]
    assert left == []


def test_log_and_pseudonyms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _draft(tmp_path)
    names = tmp_path / "names.csv"
    names.write_text("original,replacement\nKayleigh Smith,Child K\n", encoding="utf-8")
    out, log = tmp_path / "r.docx", tmp_path / "log.csv"
    args = ["redact", str(source), "-o", str(out), "--pseudonyms", str(names), "--log", str(log)]
    assert main(args) == 0
    assert "Child K" in load_document(out).body_text
    text = log.read_text("utf-8")
    assert text.startswith("# SENSITIVE")
    assert "Child K,Kayleigh Smith,PERSON" in text


def test_text_redaction_and_pdf_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = tmp_path / "d.md"
    md.write_text("# Review\n\nDr Patel saw\nthe baby on 3 May 2021.\n", encoding="utf-8")
    out = tmp_path / "d-redacted.md"
    assert main(["redact", str(md), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == "# Review\n\n[PERSON 1] saw\nthe baby on [DATE 1].\n"
    pdf = make_pdf(tmp_path / "d.pdf", [[PdfLine("Dr Patel saw the baby.")]])
    assert main(["redact", str(pdf), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "cannot be redacted safely" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert main(["redact", str(md), "-o", str(md)]) == 2


def test_identifiers_planted_in_every_part_leave_no_trace(tmp_path: Path) -> None:
    from docx_parts import (
        add_footnote,
        add_hyperlink,
        add_picture_with_alt_text,
        add_textbox,
        add_thumbnail_and_custom_xml,
        set_company,
    )

    name = "Kayleigh Wojcik"

    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Review of services for Kayleigh Wojcik", level=1)
        p = d.add_paragraph("Kayleigh Wojcik was seen at home on 3 March 2021.")
        add_tracked_insertion(p, " Kayleigh Wojcik's sister was present.", "Tom Baxter")
        add_tracked_deletion(p, " Kayleigh Wojcik cried.", "Tom Baxter")
        add_footnote(d, p, "Kayleigh Wojcik's school confirmed the date.")
        add_textbox(d.add_paragraph("Box: "), "Kayleigh Wojcik, aged 4")
        add_hyperlink(
            d.add_paragraph("See "), "the minutes", "https://example.org/Wojcik_minutes.pdf"
        )
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Kayleigh Wojcik"
        d.add_comment(p.runs, text="Is Kayleigh Wojcik right?", author="Anna Ruiz", initials="AR")
        d.sections[0].header.paragraphs[0].text = "Kayleigh Wojcik review"
        d.sections[0].footer.paragraphs[0].text = "Kayleigh Wojcik draft"
        core = d.core_properties
        core.title = core.subject = core.keywords = core.comments = core.category = name
        core.author = core.last_modified_by = "Anna Ruiz"
        set_company(d, "Wojcik Family Trust")
        set_custom_property(d, "Client", name)
        add_picture_with_alt_text(d, "Photograph of Kayleigh Wojcik")
        add_thumbnail_and_custom_xml(d, name)

    source = make_docx(tmp_path / "planted.docx", build)
    out = tmp_path / "redacted.docx"
    assert main(["redact", str(source), "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert not [n for n in names if "thumbnail" in n or n.startswith("customXml")]
        for part in names:
            data = package.read(part).decode("utf-8", errors="ignore")
            for leak in ("Wojcik", "Kayleigh", "Anna Ruiz", "Tom Baxter"):
                assert leak not in data, (part, leak)
    body = load_document(out).body_text
    assert "[PERSON 1] was seen at home on [DATE 1]" in body


def test_people_who_share_a_surname_keep_their_own_placeholders(tmp_path: Path) -> None:
    md = tmp_path / "d.md"
    md.write_text(
        "# Review\n\nKayleigh Smith lived with John Smith in March 2021. Kayleigh was two.\n",
        encoding="utf-8",
    )
    out = tmp_path / "d-redacted.md"
    assert main(["redact", str(md), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert "[PERSON 1] lived with [PERSON 2] in March 2021. [PERSON 1] was two." in text


def test_redacting_an_anonymised_draft_puts_in_no_placeholder(tmp_path: Path) -> None:
    md = tmp_path / "clean.md"
    md.write_text(
        "# Methodology\n\nChild M lived with Mother and Adult Male 1 in Northtown. In November "
        "2021 the Health Visitor, the GP and Children's Social Care met under Working Together "
        "2023.\n",
        encoding="utf-8",
    )
    out = tmp_path / "clean-redacted.md"
    assert main(["redact", str(md), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == md.read_text("utf-8")
