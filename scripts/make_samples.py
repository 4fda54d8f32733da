"""Build the bundled sample draft (corpora/samples/), a wholly fictional LCSPR draft.

The .docx carries what real drafts carry on the night before a deadline: Word heading
styles on most sections but a bold-only heading on one, a reviewer comment, tracked changes,
a footnote, a text box, a header and footer, a table, a placeholder and document properties.
The .md file holds the same report as plain Markdown.

Run: .venv/bin/python scripts/make_samples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from docx_parts import (
    add_footnote,
    add_hyperlink,
    add_textbox,
    add_tracked_deletion,
    add_tracked_insertion,
    set_company,
    set_custom_property,
)

OUT = Path(__file__).resolve().parent.parent / "corpora" / "samples"

TITLE = "Local Child Safeguarding Practice Review: Child R"

# (heading, level, bold_only, paragraphs). Every name, place and event is invented.
SECTIONS: list[tuple[str, int, bool, list[str]]] = [
    (
        "1. Introduction",
        1,
        False,
        [
            "This review concerns Child R, a boy aged 14 months, who was admitted to hospital with "
            "a head injury and fractures of different ages. The Safeguarding Partnership agreed "
            "that the criteria for a local review were met and appointed an independent lead "
            "reviewer. The report will be published on [insert date of publication].",
            "Child R lived with Mother and her partner, Adult Male 1. Child R has an older "
            "half-sibling, Sibling 1, aged six, who lived in the same household.",
        ],
    ),
    (
        "2. Scope and methodology",
        1,
        False,
        [
            "The review covered the period from the booking appointment in pregnancy to the "
            "admission. Agencies provided chronologies and short reports. A learning event was "
            "held with twelve practitioners from health, early help, children's social care, "
            "education and the police, and the lead reviewer met front-line managers separately.",
            "The review used a systems approach: it asks why practice happened as it did, in the "
            "conditions practitioners were working in, rather than only what happened.",
        ],
    ),
    (
        "3. Involvement of the family",
        1,
        False,
        [
            "Mother met the lead reviewer twice. She described feeling judged at early contacts "
            "and said she did not tell the health visitor about Adult Male 1 because she feared "
            "Child R would be removed. Her views are reflected in the analysis below.",
            "Adult Male 1 declined to take part because criminal proceedings were under way.",
        ],
    ),
    (
        "4. Background",
        1,
        False,
        [
            "Mother had received early help support for Sibling 1 when she was a care leaver. "
            "During the pregnancy she moved address twice. The GP practice, the health visiting "
            "service and the nursery each held part of the picture of the household.",
            "At the 8-month check on 14 March 2024 the health visitor recorded a small bruise to "
            "Child R's cheek, "
            "explained by Mother as a fall against a cot. Two months later the nursery noticed a "
            "mark on the ear and contacted the health visitor rather than the front door.",
        ],
    ),
    (
        "5. Analysis",
        1,
        False,
        [
            "Why was the bruise at eight months not referred? The health visitor knew the "
            "partnership's bruising protocol but told the review that she understood it to apply "
            "to children who were not yet mobile. Child R was crawling. The protocol wording "
            "allowed that reading, and training had not tested it against cases like this one.",
            "Practitioners did not know that Adult Male 1 was living in the household. Because "
            "each agency recorded only the adults it met, no single record showed the change in "
            "the household, and no agency routinely asked who else lived at the address. "
            "Mother's account explains part of this: she feared what disclosure would lead to.",
            "The nursery's call to the health visitor rather than to the front door reflected a "
            "local culture in which early years staff saw health colleagues as the safer route "
            "for a concern that felt uncertain. Supervision arrangements in the nursery did not "
            "give staff a place to test that judgement.",
        ],
    ),
    (
        "What went well",
        2,
        True,
        [
            "The emergency department identified the possibility of non-accidental injury "
            "quickly and made a timely referral. The strategy discussion took place within hours "
            "and included the GP practice, which is not always the case.",
        ],
    ),
    (
        "6. Findings and learning",
        1,
        False,
        [
            "Finding 1: the bruising protocol is open to a reading that excludes mobile babies; "
            "this is a feature of practice in general and not unique to this case.",
            "Finding 2: agencies do not routinely ask about, or share, who lives in a baby's "
            "household, so men in the household remain unseen.",
        ],
    ),
    (
        "7. Recommendations",
        1,
        False,
        [
            "Recommendation 1: The Safeguarding Partnership will revise the bruising protocol so "
            "that it applies to all children under two, and will audit 30 referrals within six "
            "months of publication to test its use.",
            "Recommendation 2: Agencies should consider how they share information about adults "
            "in the household.",
        ],
    ),
]


def build_docx(path: Path) -> None:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    document.add_paragraph(TITLE, style="Title")
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE: DRAFT v0.3 for workstream"
    section.footer.paragraphs[0].text = "Fictional sample report produced for cspr-qa"
    for heading, level, bold_only, paragraphs in SECTIONS:
        if bold_only:
            run = document.add_paragraph().add_run(heading)
            run.bold = True
        else:
            document.add_heading(heading, level=level)
        for text in paragraphs:
            paragraph = document.add_paragraph(text)
            if text.startswith("Why was the bruise"):
                add_footnote(
                    document,
                    paragraph,
                    "The protocol in force at the time was version 2 (2023).",
                )
            if text.startswith("Practitioners did not know"):
                add_tracked_insertion(paragraph, " Records were not linked.", "R. Reviewer")
                add_tracked_deletion(
                    paragraph, " The GP, Dr Okafor, should have known.", "R. Reviewer"
                )
                document.add_comment(
                    paragraph.runs,
                    text="Check with Dr Okafor whether the practice held the new address.",
                    author="Workstream chair",
                    initials="WC",
                )
            if text.startswith("The review used a systems approach"):
                add_textbox(paragraph, "Key question: why did practice happen as it did?")
                add_hyperlink(paragraph, " (guidance)", "https://example.org/lcspr-guidance")
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ("Recommendation", "Lead", "Timescale", "Measure of impact"),
            ("1", "Safeguarding Partnership", "Six months", "Audit of 30 referrals"),
            ("2", "All agencies", "TBC", ""),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    props = document.core_properties
    props.author = "Lead Reviewer"
    props.title = TITLE
    props.last_modified_by = "Workstream chair"
    set_company(document, "Fictional Safeguarding Partnership")
    set_custom_property(document, "Review reference", "LCSPR-2026-R")
    document.save(str(path))


def build_markdown(path: Path) -> None:
    lines = [f"# {TITLE}", ""]
    for heading, level, bold_only, paragraphs in SECTIONS:
        lines += [f"**{heading}**" if bold_only else f"{'#' * (level + 1)} {heading}", ""]
        for text in paragraphs:
            lines += [text, ""]
    lines += [
        "| Recommendation | Lead | Timescale | Measure of impact |",
        "|---|---|---|---|",
        "| 1 | Safeguarding Partnership | Six months | Audit of 30 referrals |",
        "| 2 | All agencies | TBC | |",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    build_docx(OUT / "child-r-draft.docx")
    build_markdown(OUT / "child-r-draft.md")
    (OUT / "README.md").write_text(
        "# Sample drafts\n\nWholly fictional review drafts for the demo and the tests, built by "
        "`scripts/make_samples.py`. No real child, family, practitioner or place is described.\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
