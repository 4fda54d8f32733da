"""Draft hygiene rules fire on what they describe and stay quiet on near misses."""

from __future__ import annotations

from pathlib import Path

from cspr_qa.checks import CheckContext, run_checks
from cspr_qa.findings import Severity
from cspr_qa.ingest import load_document
from cspr_qa.profile import load_profile
from docx_parts import add_tracked_deletion, add_tracked_insertion

from builders import make_docx


def _findings(path: Path) -> list[tuple[str, str]]:
    ctx = CheckContext(load_document(path), load_profile())
    return [(f.rule, f.evidence) for f in run_checks(ctx) if f.family == "hygiene"]


def _md(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "d.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_placeholders_fire_and_near_misses_do_not(tmp_path: Path) -> None:
    text = (
        "# Introduction\n\n"
        "Published on [insert date]. Lead: TBC. Born dd/mm/yyyy. See <<appendix>>. XXX\n\n"
        "The TBCX protocol, the Texas office and a review of 'tbca' are not placeholders.\n"
    )
    found = [e for r, e in _findings(_md(tmp_path, text)) if r == "hygiene.placeholder"]
    assert found == ["[insert date]", "TBC", "dd/mm/yyyy", "<<appendix>>", "XXX"]


def test_comments_and_tracked_changes_each_reported_with_author(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Analysis", level=1)
        p = d.add_paragraph("Staff were stretched.")
        add_tracked_insertion(p, " Two posts were vacant.", "Editor One")
        add_tracked_deletion(p, " Nobody cared.", "Editor Two")
        d.add_comment(p.runs, text="Source?", author="Chair", initials="C")

    document = load_document(make_docx(tmp_path / "c.docx", build))
    findings = [
        f for f in run_checks(CheckContext(document, load_profile())) if f.family == "hygiene"
    ]
    messages = sorted(f.message for f in findings)
    assert messages == [
        "A comment by Chair is still in the file.",
        "Tracked deletion by Editor Two is still in the file.",
        "Tracked insertion by Editor One is still in the file.",
    ]
    insertion = next(f for f in findings if "insertion" in f.message)
    assert insertion.evidence == "Two posts were vacant."
    assert insertion.location.section == "Analysis"
    assert all(f.severity is Severity.WARNING for f in findings)


def test_clean_draft_has_no_hygiene_findings(tmp_path: Path) -> None:
    def build(d):  # type: ignore[no-untyped-def]
        d.add_heading("Analysis", level=1)
        d.add_paragraph("Staff were stretched because two posts were vacant.")

    assert _findings(make_docx(tmp_path / "clean.docx", build)) == []


def test_structure_rules(tmp_path: Path) -> None:
    flat = _md(tmp_path, "just one paragraph of text with no heading at all.\n")
    assert [r for r, _ in _findings(flat)] == ["hygiene.no-headings"]
    empty = _md(tmp_path, "# Review\n\n## Background\n\n## Analysis\n\nWhy it happened.\n")
    assert _findings(empty) == [("hygiene.empty-section", "Background")]


def test_headings_stacked_over_the_first_text_are_the_title_page(tmp_path: Path) -> None:
    stacked = (
        "NORTHTOWN SAFEGUARDING CHILDREN BOARD\n\nSERIOUS CASE REVIEW: CHILD H\n\n"
        "1. INTRODUCTION\n---------------\n\nThis review concerns Child H.\n\n"
        "2. BACKGROUND\n-------------\n\n3. ANALYSIS\n-----------\n\nWhy it happened.\n"
    )
    path = tmp_path / "t.txt"
    path.write_text(stacked, encoding="utf-8")
    assert _findings(path) == [("hygiene.empty-section", "2. BACKGROUND")]
    parts = _md(tmp_path, "# Review\n\n## 5. Analysis\n\n### 5.1 Birth\n\nWhy it happened.\n")
    assert _findings(parts) == []  # a heading over sub-parts with text is not empty


def test_a_typed_table_of_contents_is_no_run_of_empty_sections(tmp_path: Path) -> None:
    toc = _md(
        tmp_path,
        "# Review\n\nDraft 0.4.\n\n## Contents\n\n## 1. Introduction\n\n## 2. Analysis\n\n"
        "## 1. INTRODUCTION\n\nThis review concerns Child E.\n\n## 2. ANALYSIS\n\nWhy it "
        "happened.\n\n## 3. Background\n",
    )
    assert _findings(toc) == [("hygiene.empty-section", "3. Background")]
