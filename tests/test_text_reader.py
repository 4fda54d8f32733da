"""Plain text and Markdown: headings of every common shape, lists, tables, encodings."""

from __future__ import annotations

from pathlib import Path

import pytest

from cspr_qa.errors import InputError
from cspr_qa.ingest import BlockKind, Document, load_document

MARKDOWN = """\
# Review of Child K

Opening text that is a sentence.

## Family involvement

Mother took part and said she felt judged.
The line continues the same paragraph.

Analysis
--------

Why did this happen? Because the team had vacancies.

**Good practice**

The school escalated quickly.

3.2 Learning from the case

Section 4: Recommendations

- The ICB will audit thirty files by June 2027.
- The partnership will publish a briefing.

| Recommendation | Lead |
|---|---|
| Audit | ICB |

APPENDIX ONE

1. The review looked at two years.
"""


def test_markdown_structure(tmp_path: Path) -> None:
    path = tmp_path / "k.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load_document(path)
    assert [(s.title, s.level, s.detected_by) for s in document.sections] == [
        ("Review of Child K", 1, "markdown"),
        ("Family involvement", 2, "markdown"),
        ("Analysis", 2, "markdown"),
        ("Good practice", 3, "bold"),  # a bold line sits below the open Markdown heading
        ("3.2 Learning from the case", 2, "numbered"),
        ("Section 4: Recommendations", 1, "numbered"),
        ("APPENDIX ONE", 1, "caps"),
    ]
    family = next(b for b in document.blocks if b.text.startswith("Mother"))
    assert family.text.endswith("continues the same paragraph.")
    assert family.provenance.line == 7
    items = [b.text for b in document.blocks_of(BlockKind.LIST_ITEM)]
    assert items == [
        "- The ICB will audit thirty files by June 2027.",
        "- The partnership will publish a briefing.",
        "1. The review looked at two years.",
    ]
    cells = {b.provenance.table: b.text for b in document.blocks_of(BlockKind.TABLE_CELL)}
    assert cells[(1, 2, 2)] == "ICB"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16", b"")],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(bom + "INTRODUCTION\n\nThe child’s café visit – noted.\n".encode(encoding))
    document = load_document(path)
    assert document.body_blocks()[-1].text == "The child’s café visit – noted."


def test_binary_content_in_a_txt_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(InputError, match="binary"):
        load_document(path)


def test_numbered_setext_headings_in_a_plain_text_export(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(
        "1. INTRODUCTION\n===============\n\n1.1 This review concerns Child E.\n\n"
        "4.2 Joint working\n-----------------\n\nThe police did not share the log.\n\n"
        "- a bullet over a rule\n---\n",
        encoding="utf-8",
    )
    document = load_document(path)
    assert [(s.title, s.level) for s in document.sections] == [
        ("1. INTRODUCTION", 1),
        ("4.2 Joint working", 2),
    ]
    assert document.sections[0].block_indices[-1] == 1  # the paragraph sits under its heading


def _parents(document: Document) -> dict[str, str]:
    """Each section's title mapped to its parent's title."""
    return {
        s.title: document.sections[s.parent].title
        for s in document.sections
        if s.parent is not None
    }


def test_sub_parts_nest_under_the_heading_they_belong_to(tmp_path: Path) -> None:
    text = (
        "# Review\n\n## Key Practice Episodes\n\n**Episode 1: Health visiting**\n\nText one.\n\n"
        "**Episode 2: School**\n\nText two.\n\n## 5. Analysis\n\n**5.1 Pregnancy**\n\nText.\n\n"
        "## 6. Views of the family\n\nText.\n\n## Learning\n\n**Finding 2: Late**\n\nText.\n"
    )
    path = tmp_path / "parts.md"
    path.write_text(text, encoding="utf-8")
    parent = _parents(load_document(path))
    assert parent["Episode 1: Health visiting"] == "Key Practice Episodes"
    assert parent["Episode 2: School"] == "Key Practice Episodes"
    assert parent["5.1 Pregnancy"] == "5. Analysis"
    assert parent["6. Views of the family"] == "Review"
    # A line in bold sits below the Markdown heading open above it.
    assert parent["Finding 2: Late"] == "Learning"


def test_numbered_points_nest_under_an_unnumbered_setext_heading(tmp_path: Path) -> None:
    text = (
        "Review\n======\n\nAnalysis\n--------\n\n1. Why the plan drifted\n\nText.\n\n"
        "2. Why the school was not told\n\nText.\n\nStrengths\n---------\n\nText.\n"
    )
    path = tmp_path / "points.txt"
    path.write_text(text, encoding="utf-8")
    parent = _parents(load_document(path))
    assert parent["1. Why the plan drifted"] == "Analysis"
    assert parent["2. Why the school was not told"] == "Analysis"
    assert parent["Strengths"] == "Review"


def test_markdown_emphasis_marks_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "marks.md"
    path.write_text(
        "# Review\n\n- **Child Z** - the boy, on *Snapchat* as @zee_boy_07.\n\n"
        "The **Partnership** should revise the `was not brought` policy.\n",
        encoding="utf-8",
    )
    texts = [b.text for b in load_document(path).blocks]
    assert "- Child Z - the boy, on Snapchat as @zee_boy_07." in texts
    assert "The Partnership should revise the was not brought policy." in texts


def test_a_heading_underlined_with_spaced_dashes(tmp_path: Path) -> None:
    path = tmp_path / "spaced.txt"
    path.write_text(
        "7. ANALYSIS\n-----------\n\nTheme 2: Optimism\n- - - - - - - - -\n\nText of it.\n",
        encoding="utf-8",
    )
    titles = [s.title for s in load_document(path).sections]
    assert titles == ["7. ANALYSIS", "Theme 2: Optimism"]


def test_a_short_numbered_question_is_a_chapter_a_long_one_a_line_of_enquiry(
    tmp_path: Path,
) -> None:
    path = tmp_path / "export.txt"
    path.write_text(
        "2. What happened\n\nChild R left school.\n\n3. Why did this happen?\n\n"
        "The school sent letters.\n\n4. Was the risk to Child R understood by the agencies "
        "involved?\n\nIt was not.\n",
        encoding="utf-8",
    )
    titles = [s.title for s in load_document(path).sections]
    assert titles == ["2. What happened", "3. Why did this happen?"]
