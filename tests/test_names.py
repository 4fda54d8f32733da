"""Names judged by what the draft says: declared pseudonyms, the partnership's area, groups
and languages, common words and document roles are not names; names from many backgrounds
are, wherever they stand and in every part of the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cspr_qa import nlp
from cspr_qa.checks import CheckContext
from cspr_qa.datafiles import DataFiles
from cspr_qa.ingest import load_document
from cspr_qa.pii.detector import IdentifierDetector
from cspr_qa.profile import load_profile


def flagged(text: str) -> set[str]:
    return {d.text for d in IdentifierDetector(DataFiles()).detect(text, nlp.parse(text))}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kacper was admitted to hospital with a head injury.", {"Kacper"}),
        ("Jamal (7) and Sami (4) told the social worker they were scared.", {"Jamal", "Sami"}),
        ("Elsie-Mae Thornton-Bell was known to the paediatrician.", {"Elsie-Mae Thornton-Bell"}),
        ("Claimant: Shauna McBride", {"Shauna McBride"}),
        ("Mrs Wiza from the surgery wrote to the GP.", {"Mrs Wiza"}),
        ("Aoife was a pupil at the high school.", {"Aoife"}),
        ("Prepared by Dr Helena Szymańska-Ward, lead reviewer.", {"Dr Helena Szymańska-Ward"}),
        ("Grace was seen by the health visitor at home.", {"Grace"}),
        ("At Marshgate Pupil Referral Unit, Jack White taught him.", {"Jack White"}),
        ("The review includes the Aldergrove House placement.", {"Aldergrove House"}),
    ],
)
def test_names_from_many_backgrounds_are_found(text: str, names: set[str]) -> None:
    assert names <= flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adult Male 1 was arrested; Half Sibling 2 stayed with Ms Y.",
        "The family is Gypsy/Roma/Traveller and Mother speaks Romanian and Romani.",
        "A silver Ford Focus was seen outside the house in October.",
        "The Detective Sergeant reviewed the case against Adult Male 2.",
        "Child N. was not seen alone; see Page 4 of the Wiltshire Safeguarding Adults Board report.",
        "5.1 February 2024: Child L moved. 7.2.10 In December 2012 the plan changed.",
        "Hope is not a plan. Summer was the best time for the family, Mother said.",
        "The family lived in Kingsley Cross. Kingsley Cross had no children's centre.",
        "Young Black boys are more often seen as older than they are.",
        "At the Pupil Referral Unit he was taught in a group of four.",
        "Learning point 5: Hope is not a plan. Nani would just say she was tired.",
        "The couple spent Eid al-Fitr with her parents and went to Mass at Christmas.",
        "NHS Harrowdale held the contract. The Child Protection Nurse Adviser was told.",
        "She attended a group at the Nursery and Family Hub. Early in December the Family Hub "
        "closed.",
    ],
)
def test_pseudonyms_groups_places_and_labels_are_not_flagged(text: str) -> None:
    assert flagged(text) == set()


def test_numbers_in_many_shapes() -> None:
    text = (
        "Father gave his Romanian mobile, +40 721 384 556. Duty log 2021-03-09T08:15:00: call "
        "received. Case SSCP-CSPR-2023-04 and hospital number CRI-778120 were quoted. The "
        "unique pupil number for Child E (H801200001234) traced her; he was given prison "
        "number A4471CV."
    )
    found = flagged(text)
    assert {"+40 721 384 556", "2021-03-09T08:15:00", "SSCP-CSPR-2023-04", "CRI-778120"} <= found
    assert {"H801200001234", "A4471CV"} <= found


DRAFT = """# Local Child Safeguarding Practice Review: Reece

Northtown Safeguarding Children Partnership

## 1. Introduction

1.1 This report concerns a boy who is referred to throughout as Reece. It is not his real name.
Reece lived in Northtown with his mother. Northtown Police knew the family.

## 2. Glossary

Strategy Discussion: a meeting between agencies.

## 3. Involvement

When Reece was twelve his teacher, Shannon Hargreaves, raised a concern.

The minutes are at https://example.org/sites/LCSPR/Kowalczyk_minutes.pdf for reference.
"""


def test_authors_the_draft_cites_are_not_people_of_the_case() -> None:
    text = (
        "As Brandon and colleagues found, older children are seen as less vulnerable (Hanson "
        "and Holmes, 2014; Munro, 2011). Duncan (2003) called this a fixed view. Brandon's "
        "later analysis (2020) agreed. Kacper Nowak (34) had moved in.\n\n"
        "References\nReder, P., Duncan, S. and Gray, M. (1993) Beyond Blame. London."
    )
    assert flagged(text) == {"Kacper Nowak"}


def test_a_draft_teaches_its_own_pseudonyms_and_area(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    ctx = CheckContext(load_document(path), load_profile())
    found = {d.text for d in ctx.identifiers}
    assert "Shannon Hargreaves" in found and "Kowalczyk" in found
    assert not {"Reece", "Northtown", "Strategy Discussion", "Glossary"} & found


def test_a_title_and_a_table_row_name_the_review_s_pseudonyms(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "# Local Child Safeguarding Practice Review: Kai\n\n"
        "| How they are described | Who they are |\n| --- | --- |\n"
        "| Shay | Kai's older sister; a name she chose for this report |\n\n"
        "## What happened\n\nKai's mother met the reviewer. Shay told me that Kai changed. "
        "Approved by: Declan O'Rourke-Mahon, Independent Chair.\n",
        encoding="utf-8",
    )
    found = {d.text for d in CheckContext(load_document(path), load_profile()).identifiers}
    assert found == {"Declan O'Rourke-Mahon"}


def test_a_real_name_in_brackets_in_a_pseudonym_table_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "# Review\n\n| Name used in report | Relationship |\n| --- | --- |\n"
        "| Child H (Harley Whitworth) | Subject of the review |\n\n"
        "## What happened\n\nChild H lived with his mother. CSC case reference for the "
        "family: 2013/04417.\n",
        encoding="utf-8",
    )
    found = {d.text for d in CheckContext(load_document(path), load_profile()).identifiers}
    assert {"Harley Whitworth", "2013/04417"} <= found
    assert "Child H" not in found
