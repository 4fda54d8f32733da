"""Required content and the quality of the analysis: each check fires on realistic text and
stays quiet on near misses."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from cspr_qa.checks import CheckContext, run_checks
from cspr_qa.checks.summary import scorecard
from cspr_qa.cli import main
from cspr_qa.elements.detect import specs_for
from cspr_qa.findings import Finding
from cspr_qa.ingest import load_document
from cspr_qa.profile import load_profile
from cspr_qa.textmodel import load_classifier

from builders import make_docx

ROOT = Path(__file__).resolve().parent.parent

WHY = (
    "The health visitor did not refer the bruise because the protocol suggested it applied "
    "only to babies who were not mobile. This is understandable in the context of a team "
    "carrying vacancies, where supervision was often cancelled."
)
CHRONOLOGY = (
    "On 3 March the health visitor visited the home. On 17 March the GP saw the baby with a "
    "rash. On 2 April the nursery rang the health visitor because of a mark on the ear. "
    "Two weeks later the family moved. On 30 April the baby was admitted to hospital."
)
BASE = {
    "Introduction": "This review concerns a baby who was admitted to hospital with fractures. "
    "The household consisted of the mother and her partner.",
    "Methodology": "The review covered the year before the injury and used a systems approach, "
    "with a learning event for practitioners.",
    "Multi-agency working": "Information held by the police was not shared with health, and "
    "there was no multi-agency meeting to bring the concerns together.",
    "Good practice": "The emergency department acted promptly and the paediatric assessment was "
    "thorough, which is good practice.",
    "Findings": "Finding 1: the bruising protocol is not consistently understood, and this is a "
    "feature of practice in general.",
    "Recommendations": "Recommendation 1: the partnership should revise the bruising protocol "
    "and audit its use within six months.",
}


def _quoted(finding: Finding) -> str:
    """The phrase a finding's message quotes ("'should have' judges with hindsight")."""
    return finding.message.split("'")[1]


def _report(tmp_path: Path, sections: dict[str, str], name: str = "r.md") -> Path:
    text = "# Review of Child B\n\n" + "".join(
        f"## {h}\n\n{body}\n\n" for h, body in sections.items()
    )
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _findings(path: Path, profile: str | None = None) -> list[Finding]:
    return run_checks(CheckContext(load_document(path), load_profile(profile)))


def _missing(findings: list[Finding]) -> dict[str, str]:
    return {
        f.message.removeprefix("Missing: ").split(" (")[0]: f.severity.value
        for f in findings
        if f.rule == "content.missing"
    }


def test_complete_report_has_no_missing_elements(tmp_path: Path) -> None:
    sections = {
        **BASE,
        "Analysis": WHY,
        "Family involvement": "The mother met the lead reviewer and said she felt judged.",
    }
    findings = _findings(_report(tmp_path, sections))
    assert [
        f for f in findings if f.rule == "content.missing" and f.severity.value == "error"
    ] == []
    found = [f.message for f in findings if f.rule == "content.found"]
    assert any(
        m.startswith("The family's views, or why they were not included (views)") for m in found
    )


def test_family_statement_of_reasons_counts_and_says_so(tmp_path: Path) -> None:
    sections = {
        **BASE,
        "Analysis": WHY,
        "Engagement of the parents in the review process": "The father declined to take part "
        "because criminal proceedings were under way.",
    }
    found = [f.message for f in _findings(_report(tmp_path, sections)) if f.rule == "content.found"]
    assert any("(not-included statement)" in m for m in found)


def test_an_open_inquest_is_a_reason_for_the_family_s_absence(tmp_path: Path) -> None:
    sections = {
        **BASE,
        "Analysis": WHY,
        "Why the family did not contribute": "H.M. Coroner opened an inquest into the baby's "
        "death and it has not yet concluded. The review will wait to meet the parents until "
        "after the inquest.",
    }
    found = [f.message for f in _findings(_report(tmp_path, sections)) if f.rule == "content.found"]
    assert any("(not-included statement)" in m for m in found)


def test_elements_said_in_the_ways_reviews_say_them(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k != "Good practice"},
        "Analysis": WHY,
        "Family involvement": "The mother met the lead reviewer and said she felt judged.",
        "About this report": "This report is about a young man we call Kai. Kai chose this "
        "name himself for the review.",
        "Kai": "Kai met the reviewer at a cafe. He said that after he was excluded he "
        '"didn\'t belong anywhere".',
        "Theme A": "What went well. The family support worker built a relationship with the "
        "mother over eighteen months and visited every week.",
    }
    found = {
        f.message.split(":")[0]
        for f in _findings(_report(tmp_path, sections))
        if f.rule == "content.found"
    }
    assert {"The child's daily life, voice or perspective", "Examples of good practice"} <= found


def test_missing_family_views_and_why_analysis_are_errors(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis": CHRONOLOGY}
    findings = _findings(_report(tmp_path, sections))
    missing = _missing(findings)
    assert missing["The family's views, or why they were not included"] == "error"
    assert missing["Analysis of why decisions were made and events happened"] == "error"
    # An 'Analysis' heading over dated narrative is flagged as chronology.
    chronology = [f for f in findings if f.rule == "analysis.chronology-section"]
    assert len(chronology) == 1 and "Analysis" in chronology[0].message


def test_elements_are_found_without_headings(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Review of Child B\n\n" + "\n\n".join([*BASE.values(), WHY]) + "\n\nIt was good practice "
        "that the school designated safeguarding lead followed up every absence promptly.\n",
        encoding="utf-8",
    )
    findings = _findings(path)
    found = {f.message.split(":")[0] for f in findings if f.rule == "content.found"}
    assert "Examples of good practice" in found
    assert "Analysis of why decisions were made and events happened (systems factors)" in found


def test_profiles_set_levels_and_local_sections(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis": WHY, "Family involvement": "The mother said she felt judged."}
    del sections["Multi-agency working"]
    path = _report(tmp_path, sections)
    assert (
        _missing(_findings(path, "wt2023"))["A critique of how agencies worked together"] == "error"
    )
    assert (
        _missing(_findings(path, "wt2018"))["A critique of how agencies worked together"]
        == "warning"
    )
    local = tmp_path / "local.toml"
    local.write_text(
        'extends = "wt2023"\n[content.elements]\nmulti_agency = "off"\n'
        '[content.extra_sections.action_plan]\ntitle = "Action plan"\n'
        "headings = ['action plan']\nlevel = \"required\"\n",
        encoding="utf-8",
    )
    missing = _missing(_findings(path, str(local)))
    assert "A critique of how agencies worked together" not in missing
    assert missing["Action plan"] == "error"


def test_unexplained_labels(tmp_path: Path) -> None:
    bare = "There was a lack of professional curiosity about the father. He visited often."
    explained = (
        "There was a lack of professional curiosity about the father. This was because the "
        "assessment form did not prompt questions about other adults."
    )
    for text, expected in ((bare, 1), (explained, 0)):
        path = _report(tmp_path, {"Analysis": text})
        hits = [f for f in _findings(path) if f.rule == "analysis.unexplained-label"]
        assert len(hits) == expected, text
    hit = [
        f
        for f in _findings(_report(tmp_path, {"Analysis": bare}))
        if f.rule == "analysis.unexplained-label"
    ]
    assert _quoted(hit[0]) == "lack of professional curiosity"
    assert hit[0].evidence == "There was a lack of professional curiosity about the father."


def test_hindsight_and_blame(tmp_path: Path) -> None:
    path = _report(
        tmp_path,
        {
            "Analysis": "The social worker should have visited again. It was obvious that the "
            "baby was at risk. Practitioners knew about the bruise at the time.",
            "Recommendations": "Recommendation 1: the partnership should review the protocol.",
        },
    )
    hits = [f for f in _findings(path) if f.rule == "analysis.hindsight"]
    assert [_quoted(f) for f in hits] == ["should have", "It was obvious"]
    assert hits[0].evidence == "The social worker should have visited again."  # the sentence


def test_a_chronology_with_one_because_is_still_a_chronology(tmp_path: Path) -> None:
    path = _report(tmp_path, {**BASE, "Analysis": CHRONOLOGY})
    assert any(f.rule == "analysis.chronology-section" for f in _findings(path))
    mixed = _report(tmp_path, {**BASE, "Analysis": WHY + " " + WHY}, "mixed.md")
    assert not any(f.rule == "analysis.chronology-section" for f in _findings(mixed))


def test_readability_and_acronyms(tmp_path: Path) -> None:
    dense = " ".join(
        [
            "Notwithstanding the multiplicity of organisational interdependencies, institutional "
            "accountability mechanisms demonstrated considerable inconsistency regarding "
            "interprofessional communication methodologies."
        ]
        * 12
    )
    path = _report(
        tmp_path,
        {
            "Executive summary": dense,
            "Analysis": "The MASH received the referral. The multi-agency risk assessment "
            "conference (MARAC) met. The ICB agreed. A car, registration EY19 KPF, was seen.",
            "Glossary": "ICB: integrated care board.",
        },
    )
    findings = _findings(path)
    hard = [f for f in findings if f.rule == "readability.hard-section"]
    assert hard and "Executive summary" in hard[0].message
    acronyms = [f.evidence for f in findings if f.rule == "readability.acronym"]
    assert acronyms == ["MASH"]


def test_reading_ease_is_not_measured_on_tables(tmp_path: Path) -> None:
    cells = ["Integrated Care Board commissioning", "Interprofessional safeguarding"] * 20

    def build(d: docx.document.Document) -> None:
        d.add_heading("Agencies involved", level=1)
        table = d.add_table(rows=len(cells) // 2, cols=2)
        for i, text in enumerate(cells):
            table.cell(i // 2, i % 2).text = text
        d.add_heading("Analysis", level=1)
        for _ in range(8):
            d.add_paragraph("The nurse saw the baby at home. She was worried and told the GP.")

    findings = _findings(make_docx(tmp_path / "t.docx", build))
    assert "readability.scores" in {f.rule for f in findings}
    assert not [f for f in findings if f.rule == "readability.hard-section"]


def test_the_identifier_check_says_what_it_found_and_where_it_looked(tmp_path: Path) -> None:
    findings = _findings(_report(tmp_path, {"Analysis": "Child R was seen at home by Jo Pike."}))
    summary = next(f for f in findings if f.rule == "identifiers.summary")
    assert summary.message.startswith("1 possible identifying detail(s) found")
    assert "heading" in summary.suggestion and "paragraph" in summary.suggestion


def test_model_and_data_agree_on_elements() -> None:
    model = load_classifier("content_elements")
    ids = [s.id for s in specs_for(load_profile())]
    assert model.classes == ids
    probabilities = model.predict(["The review covered two years and held a learning event."])
    assert set(probabilities) == set(ids)


def test_eval_sections_contract_and_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["eval", "sections", str(ROOT / "corpora/generated/elements/dev.jsonl"), "--json"])
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"n_docs", "accuracy", "per_element"}
    assert result["n_docs"] >= 20
    assert result["accuracy"] >= 0.9
    assert set(result["per_element"]["why_analysis"]) == {"precision", "recall", "f1", "support"}


def test_development_set_covers_formats() -> None:
    gold = [json.loads(line) for line in (ROOT / "corpora/generated/elements/dev.jsonl").open()]
    suffixes = {Path(g["file"]).suffix for g in gold}
    assert suffixes == {".docx", ".pdf", ".md", ".txt"}
    assert all(len(g["elements"]) == 10 for g in gold)
    assert any(not all(g["elements"].values()) for g in gold)


def _found(findings: list[Finding]) -> dict[str, Finding]:
    return {
        f.message.split(":")[0].split(" (")[0]: f for f in findings if f.rule == "content.found"
    }


FAMILY = "The family's views, or why they were not included"


def test_family_views_need_the_family_as_source_or_a_reason(tmp_path: Path) -> None:
    not_views = {
        **BASE,
        "Analysis": WHY,
        "What happened": "Child B told his teacher that he was hungry. The mother and her "
        "partner were later convicted and the criminal trial has now concluded.",
        "What practitioners told us": "The health visitor said that the family seemed to be "
        "on the up and that she felt reassured.",
    }
    assert FAMILY in _missing(_findings(_report(tmp_path, not_views)))
    views = {
        **not_views,
        "Background": "The mother met the lead reviewer twice and said she "
        "had felt judged by the health visitor.",
    }
    found = _found(_findings(_report(tmp_path, views, "v.md")))[FAMILY]
    assert "(views)" in found.message
    assert found.evidence.startswith("The mother met the lead reviewer twice")
    assert found.location.section.endswith("Background") and found.location.paragraph is not None
    declined = {
        **not_views,
        "Background": "The father was invited to contribute to the "
        "review but declined because criminal proceedings were under way.",
    }
    found = _found(_findings(_report(tmp_path, declined, "d.md")))[FAMILY]
    assert "(not-included statement)" in found.message and "declined" in found.evidence


def test_apparatus_is_never_evidence_for_an_element(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k not in ("Multi-agency working", "Findings")},
        "Analysis": WHY,
        "Family involvement": "The mother met the lead reviewer and said she felt judged.",
        "Glossary": "Strategy discussion: a discussion between agencies, including the police "
        "and children's social care, held when information is shared about a child at risk "
        "and agencies need to decide whether to start enquiries together.",
    }
    path = tmp_path / "r.md"
    path.write_text(
        "# Northtown rapid learning review: findings and learning\n\n"
        + "".join(f"## {h}\n\n{body}\n\n" for h, body in sections.items()),
        encoding="utf-8",
    )
    missing = _missing(_findings(path))
    assert "A critique of how agencies worked together" in missing
    assert (
        "Findings and learning, including whether issues are features of practice in general"
        in missing
    )


def test_headings_as_reviews_write_them(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k != "Good practice"},
        "What worked well": "The school nurse listened to the child and wrote down his words.",
        "A day in the life of Child B": "Child B woke early and made his own breakfast before "
        "walking his sister to school.",
    }
    found = _found(_findings(_report(tmp_path, sections)))
    assert found["Examples of good practice"].location.section.endswith("What worked well")
    assert "The child's daily life, voice or perspective" in found


def test_multi_agency_critique_found_by_what_the_text_does(tmp_path: Path) -> None:
    sections = {k: v for k, v in BASE.items() if k != "Multi-agency working"}
    sections["Background"] = (
        "The police knew about the incident, but the notification did not reach the health "
        "visitor or the school. Children's social care and the GP held different parts of the "
        "picture, and there was no meeting at which the information was shared."
    )
    found = _found(_findings(_report(tmp_path, sections)))
    assert "A critique of how agencies worked together" in found


DATED = (
    "5.1 February 2024: Child L moved into the children's home. The plan recorded a risk.",
    "5.2 In 2024 the police found Child L in another town. She returned the next morning.",
    "5.3 On the 3rd the social worker visited. The visit was recorded.",
    "5.4 Two days later a strategy discussion was held. Actions were agreed.",
)


def test_every_analysis_section_is_checked_for_chronology(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis": WHY + " " + WHY, "Key practice episodes": "\n\n".join(DATED)}
    findings = _findings(_report(tmp_path, sections))
    chronology = [f for f in findings if f.rule == "analysis.chronology-section"]
    assert [f.location.section.split(" > ")[-1] for f in chronology] == ["Key practice episodes"]
    assert "4 of 4 paragraphs open with a date" in chronology[0].message
    honest = {**BASE, "Analysis": WHY + " " + WHY, "Background": "\n\n".join(DATED)}
    assert not any(
        f.rule.startswith("analysis.chronology") for f in _findings(_report(tmp_path, honest))
    )


def test_seasons_and_ages_with_no_year_date_a_narrated_findings_section(
    tmp_path: Path,
) -> None:
    entries = [
        "In the spring the mother registered with the GP. She gave her new address.",
        "By the summer the family had moved twice. The nursery place was not taken up.",
        "At nine months the baby was weighed at the clinic. Her weight had dropped.",
        "In the winter the case was closed. The closure letter went to the mother.",
    ]
    sections = {**BASE, "Analysis": WHY + " " + WHY, "Findings": "\n\n".join(entries)}
    chronology = [
        f for f in _findings(_report(tmp_path, sections)) if f.rule == "analysis.chronology-section"
    ]
    assert [f.location.section.split(" > ")[-1] for f in chronology] == ["Findings"]


def test_hindsight_reads_what_the_clause_does(tmp_path: Path) -> None:
    quiet = (
        "The purpose of this review is not to apportion blame. It is about learning rather "
        "than blame. The reviewer does not suggest that the report should have been shared. "
        "The nurse recorded her concern clearly. The family said clearly that she was not to "
        "blame. Practitioners told us that there is an expectation to give families a chance "
        "where a parent is clearly trying."
    )
    loud = "The baby was clearly at risk. The transition should have been planned earlier."
    hits = [
        _quoted(f)
        for f in _findings(_report(tmp_path, {"Introduction": quiet, "Analysis": loud}))
        if f.rule == "analysis.hindsight"
    ]
    assert hits == ["clearly", "should have"]


def test_a_label_explained_in_the_paragraph_before_is_explained(tmp_path: Path) -> None:
    text = (
        "The MASH had a high volume of contacts and the guidance did not distinguish a new "
        "partner, because the procedures were written for parents.\n\n"
        "The panel considers that this was a significant missed opportunity."
    )
    findings = _findings(_report(tmp_path, {"Finding 2": text}))
    assert not any(f.rule == "analysis.unexplained-label" for f in findings)


def test_capitals_and_glossary_entries_are_not_unexplained_acronyms(tmp_path: Path) -> None:
    path = tmp_path / "caps.md"
    path.write_text(
        "# Review\n\n## Summary\n\nDRAFT for the panel. THE FAMILY WAS NOT SEEN. This is a "
        "draft. The LADO was told and the CAMHS team saw the child. This Local Child "
        "Safeguarding Practice Review went to the LCSPR group.\n\n"
        "## Appendix 2: References\n\nHM Government (2023) Working Together.\n\n## Glossary\n\n"
        "| Term | Meaning |\n|---|---|\n| LADO | Local authority designated officer |\n",
        encoding="utf-8",
    )
    acronyms = [f.evidence for f in _findings(path) if f.rule == "readability.acronym"]
    assert acronyms == ["CAMHS"]


def test_a_recommendations_heading_with_no_recommendation_is_an_error(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis": WHY}
    sections["Recommendations"] = (
        "The partnership discussed the findings of this review at length with the panel."
    )
    empty = [
        f
        for f in _findings(_report(tmp_path, sections))
        if f.rule == "content.empty-recommendations"
    ]
    assert len(empty) == 1 and "'Recommendations'" in empty[0].message
    assert empty[0].severity.value == "error"


WHY_TITLE = "Analysis of why decisions were made and events happened"


def test_an_invitation_is_not_a_view_what_follows_it_is(tmp_path: Path) -> None:
    invited = "The parents were invited to contribute to the review by letter and by telephone."
    cases = {
        "declined": " The parents told the advocate that they did not wish to take part.",
        "met": " She met the lead reviewer twice and said she had felt judged.",
    }
    base = {k: v for k, v in BASE.items()}
    alone = _findings(_report(tmp_path, {**base, "Analysis": WHY, "The family": invited}))
    assert FAMILY in _missing(alone)
    for name, after in cases.items():
        sections = {**base, "Analysis": WHY, "The family": invited + after}
        found = _found(_findings(_report(tmp_path, sections, f"{name}.md")))[FAMILY]
        assert found.evidence.strip() == after.strip().split(" and said")[0] + (
            "" if name == "declined" else " and said she had felt judged."
        )
        mode = "(not-included statement)" if name == "declined" else "(views)"
        assert mode in found.message


def test_why_analysis_rests_on_the_reviews_own_explanations(tmp_path: Path) -> None:
    not_why = {
        "Introduction": "The Partnership decided that the criteria for a review were met "
        "because the child had been seriously harmed and several agencies were involved.",
        "The child": 'He told his teacher he did not want to go home "because the policy of '
        'the house is that nobody talks to me", and said the system at home was to stay quiet.',
        "Questions for your practice": "Why might a procedure that works for adults fail a "
        "child who is not brought to appointments?",
    }
    sections = {k: v for k, v in BASE.items()}
    assert WHY_TITLE in _missing(_findings(_report(tmp_path, {**sections, **not_why})))
    reasons = {
        "What practitioners told us": "Social workers told the review that they did not refer "
        "to the pathway because the procedure was forty pages long. Managers said that "
        "supervision was cancelled because of vacancies, which meant that nobody reviewed "
        "the plan."
    }
    found = _found(_findings(_report(tmp_path, {**sections, **not_why, **reasons}, "w.md")))
    assert found[WHY_TITLE].evidence.startswith("Social workers told the review")


def test_a_heading_names_an_element_over_its_sub_sections(tmp_path: Path) -> None:
    sections = {k: v for k, v in BASE.items() if k != "Findings"}
    path = tmp_path / "f.md"
    path.write_text(
        "# Review of Child B\n\n"
        + "".join(f"## {h}\n\n{body}\n\n" for h, body in sections.items())
        + "## What we found\n\n### Finding 1: the protocol was read narrowly\n\n"
        + WHY
        + "\n\n",
        encoding="utf-8",
    )
    learning = "Findings and learning, including whether issues are features of practice in general"
    found = _found(_findings(path))[learning]
    assert "What we found" in found.message


def test_hindsight_is_the_reviews_own_judgement_of_an_act(tmp_path: Path) -> None:
    quiet = (
        "Were there issues of culture that should have been considered? The child said: "
        '"Somebody should have knocked on the door." GP practices should have a system for '
        "letters. She was past the age at which she should have been eating solid food. The "
        "manager accepted that, in hindsight, the referral should have prompted a visit. "
        "Nothing in this report is intended to blame any practitioner. Her manager accepted "
        "that the plan should not have been closed. The forums that should have brought it "
        "together were not held. It did not happen because any one practitioner failed to "
        "care. Father pleaded guilty to manslaughter by gross negligence. Mother spoke of "
        "being blamed. The marks were not obviously bruises. It was harder than it should "
        "have been. Her challenge is clearly recorded. The treatment, clearly recorded in 2008, "
        "was missed. The review has not sought to establish whether anyone should have acted "
        "differently."
    )
    loud = (
        "A strategy discussion should have been held. The agencies did not work together as "
        "well as they should have."
    )
    hits = [
        _quoted(f)
        for f in _findings(_report(tmp_path, {"Introduction": quiet, "Analysis": loud}))
        if f.rule == "analysis.hindsight"
    ]
    assert hits == ["should have", "should have"]


def test_a_quoted_paragraph_and_a_negated_label_are_not_the_reviews_judgement(
    tmp_path: Path,
) -> None:
    quote = '"The teacher was kind. But they should have told someone who could help."'
    label = "Her story is not one of a single missed opportunity. It began early."
    findings = _findings(_report(tmp_path, {"Analysis": quote + "\n\n" + label}))
    assert not [f for f in findings if f.rule.startswith("analysis.hindsight")]
    assert not [f for f in findings if f.rule == "analysis.unexplained-label"]


def test_a_general_statement_in_the_present_is_not_a_judgement_of_the_case(
    tmp_path: Path,
) -> None:
    general = (
        "For a disabled child, a missed appointment is a missed opportunity to be seen. "
        "Overshadowing is common: a disability becomes the explanation for signs that should "
        "have led to questions."
    )
    case = "A bruise that should have prompted an assessment was explained away."
    findings = _findings(_report(tmp_path, {"Analysis": general + "\n\n" + case}))
    hits = [_quoted(f) for f in findings if f.rule == "analysis.hindsight"]
    assert hits == ["should have"]
    assert not [f for f in findings if f.rule == "analysis.unexplained-label"]


def test_a_quotation_over_several_paragraphs_is_someone_elses_words(tmp_path: Path) -> None:
    quote = (
        '"The meetings were the worst bit. Nobody asked me.\n\n'
        'His worker texted him on Fridays. But somebody should have been in charge of it." '
        "The review agrees that a strategy discussion should have been held."
    )
    findings = _findings(_report(tmp_path, {"Analysis": quote}))
    hits = [f.evidence for f in findings if f.rule == "analysis.hindsight"]
    assert len(hits) == 1 and hits[0].startswith("The review agrees")


def test_a_family_heading_supplies_whose_absence_is_explained(tmp_path: Path) -> None:
    base = {**BASE, "Analysis": WHY}
    refused = "He declined on legal advice while criminal proceedings are ongoing."
    assert FAMILY in _missing(_findings(_report(tmp_path, {**base, "Next steps": refused})))
    for heading in ("The family's views", "Involvement of Adult A and her family"):
        found = _found(_findings(_report(tmp_path, {**base, heading: refused}, "h.md")))[FAMILY]
        assert "(not-included statement)" in found.message
        assert found.evidence.startswith("He declined")


def test_the_family_section_is_not_the_childs_experience(tmp_path: Path) -> None:
    child = "The child's daily life, voice or perspective"
    views = (
        "Mother said that she expected a social worker to contact her. She thought the school "
        "gave up on him in weeks and she felt that nobody listened."
    )
    assert child in _missing(_findings(_report(tmp_path, {**BASE, "Mother's perspective": views})))
    described = "Nursery staff describe Child T as a sociable child who loves the sand tray."
    assert child in _found(_findings(_report(tmp_path, {**BASE, "Background": described}, "d.md")))


def test_joint_working_judged_with_collective_bodies(tmp_path: Path) -> None:
    agencies = "A critique of how agencies worked together"
    plain = {k: v for k, v in BASE.items() if k != "Multi-agency working"}
    critique = (
        "The paediatrician discharged her under a policy that did not require a check with "
        "other agencies.\n\nThe adult and children's systems did not speak to each other."
    )
    assert agencies in _found(_findings(_report(tmp_path, {**plain, "Detail": critique})))
    alone = "The paediatrician discharged her after two missed appointments."
    assert agencies in _missing(_findings(_report(tmp_path, {**plain, "Detail": alone}, "a.md")))


def test_one_sentence_that_says_agencies_worked_apart_is_a_critique(tmp_path: Path) -> None:
    agencies = "A critique of how agencies worked together"
    plain = {k: v for k, v in BASE.items() if k != "Multi-agency working"}
    for i, said in enumerate(
        (
            "Agencies largely worked in parallel: the two plans were never brought together.",
            "In short, three agencies each held one small piece of the picture.",
        )
    ):
        found = _found(_findings(_report(tmp_path, {**plain, "Summary": said}, f"s{i}.md")))
        assert agencies in found


def test_a_report_that_sets_out_learning_instead_has_no_recommendations(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis": WHY}
    sections["Recommendations"] = (
        "The Board has chosen to set out the learning rather than a list of recommendations."
    )
    assert "Recommended improvements" in _missing(_findings(_report(tmp_path, sections)))


def test_a_sentence_saying_there_was_good_practice_counts(tmp_path: Path) -> None:
    good = "Examples of good practice"
    plain = {k: v for k, v in BASE.items() if k != "Good practice"}
    said = {**plain, "Finding 3": "There was good practice here too. The worker noticed it."}
    assert good in _found(_findings(_report(tmp_path, said)))
    for text in ("There was no good practice to report.", "The good practice guidance is old."):
        assert good in _missing(_findings(_report(tmp_path, {**plain, "Detail": text}, "n.md")))


def test_speaking_to_the_family_is_not_practitioners_views(tmp_path: Path) -> None:
    staff = "Practitioners' involvement or perspectives"
    plain = {k: v for k, v in BASE.items() if k != "Methodology"}
    event = {**plain, "Events": "Officers spoke to Mother in the kitchen and then left."}
    assert staff in _missing(_findings(_report(tmp_path, event)))


DISGUISED = (
    "Early March: the health visitor carried out the new birth visit. Father was at work.",
    "Over the following fortnight the midwife visited three times. Mother said things were "
    '"fine now".',
    "By the time of the third visit the mark had faded. The health visitor booked a check.",
    "At eight weeks the baby was seen by the GP with a cold. A card was left at the home.",
    "Late March, just before Easter: the baby was brought to hospital by ambulance. The "
    "police were informed the same day.",
)


def test_narrated_analysis_is_found_whatever_shape_its_dates_take(tmp_path: Path) -> None:
    sections = {**BASE, "Analysis of practice": "\n\n".join(DISGUISED)}
    findings = _findings(_report(tmp_path, sections))
    chronology = [f for f in findings if f.rule == "analysis.chronology-section"]
    assert [f.location.section.split(" > ")[-1] for f in chronology] == ["Analysis of practice"]
    assert "place an event in time" in chronology[0].message
    # The same events with the review's comment on each are analysis, not chronology.
    commented = [p + " " + WHY for p in DISGUISED]
    analysed = {**BASE, "Analysis of practice": "\n\n".join(commented)}
    assert not any(
        f.rule.startswith("analysis.chronology") for f in _findings(_report(tmp_path, analysed))
    )


def test_sub_parts_of_an_analysis_are_judged_with_it(tmp_path: Path) -> None:
    body = "".join(f"**5.{i} Part {i}**\n\n{p}\n\n" for i, p in enumerate(DISGUISED, start=1))
    text = "# Review\n\n## 5. Analysis of practice\n\n" + body + "## 6. Conclusion\n\nEnd.\n"
    path = tmp_path / "parts.md"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    analysis = next(s for s in document.sections if s.title == "5. Analysis of practice")
    parts = [s for s in document.sections if s.title.startswith("5.") and s is not analysis]
    assert {s.parent for s in parts} == {analysis.index}
    chronology = [f for f in _findings(path) if f.rule == "analysis.chronology-section"]
    assert [f.location.section.split(" > ")[-1] for f in chronology] == [analysis.title]


def test_the_reports_title_is_not_an_analysis_heading(tmp_path: Path) -> None:
    # "Learning briefing" titles the whole report: its honest "What happened" is no analysis,
    # and its own "Key practice episodes" is judged alone, not drowned in the whole report.
    parts = {**BASE, "What happened": "\n\n".join(DISGUISED)}
    body = "".join(f"## {h}\n\n{text}\n\n" for h, text in parts.items())
    path = tmp_path / "briefing.md"
    path.write_text("# Child B: Learning Briefing\n\n" + body, encoding="utf-8")
    assert not any(f.rule.startswith("analysis.chronology") for f in _findings(path))
    parts = {**parts, "Key practice episodes": "\n\n".join(DISGUISED), "Notes": WHY * 4}
    body = "".join(f"## {h}\n\n{text}\n\n" for h, text in parts.items())
    path.write_text("# Child B: Learning Briefing\n\nA short briefing.\n\n" + body, "utf-8")
    chronology = [f for f in _findings(path) if f.rule == "analysis.chronology-section"]
    assert [f.location.section.split(" > ")[-1] for f in chronology] == ["Key practice episodes"]


def test_a_heading_introducing_the_review_is_not_analysis(tmp_path: Path) -> None:
    sections = {**BASE, "Why this case was reviewed": "\n\n".join(DATED)}
    assert not any(
        f.rule.startswith("analysis.chronology") for f in _findings(_report(tmp_path, sections))
    )


def test_family_views_in_the_reviewers_own_voice_and_a_siblings(tmp_path: Path) -> None:
    base = {**BASE, "Analysis": WHY}
    cases = {
        "Background": "Father told me that nobody ever asked how he was managing.",
        "Meetings": "Mum shared her reflections with the reviewer and agreed we could use them.",
        "What did Teddy's mum tell us?": "She said nobody had talked to her about crying.",
        "Her sister's reflections": "She said that everyone thought her sister was fine.",
    }
    for heading, text in cases.items():
        found = _found(_findings(_report(tmp_path, {**base, heading: text}, "s.md")))[FAMILY]
        assert "(views)" in found.message and found.evidence == text.split(". ")[0]
    offered = {**base, "Her sister's reflections": "A meeting was offered to her sister."}
    assert FAMILY in _missing(_findings(_report(tmp_path, offered)))
    unable = {**base, "Process": "The parents felt unable to take part in this review."}
    found = _found(_findings(_report(tmp_path, unable)))[FAMILY]
    assert "(not-included statement)" in found.message


def test_why_analysis_is_the_reviews_own_under_its_heading(tmp_path: Path) -> None:
    # Under an analysis heading, words another element's cues know ("prompt", "persistent")
    # do not take the paragraph away from the analysis.
    analysis = (
        "The attendance system offered no prompt to consider caring because the young carers "
        "register had lapsed. Persistent lateness was punished because the policy set targets."
    )
    assert WHY_TITLE in _found(_findings(_report(tmp_path, {**BASE, "Analysis": analysis})))
    # The mother's account, set out in her words, is hers: it explains nothing for the review.
    words = (
        "She said nobody visited because the service had vacancies. She felt the workload "
        "meant her worries were not heard, and that the system did not work for her."
    )
    account = {**BASE, "The mother's account": words}
    assert WHY_TITLE in _missing(_findings(_report(tmp_path, account, "m.md")))


def test_a_concluded_trial_is_no_reason_for_the_familys_absence(tmp_path: Path) -> None:
    base = {**BASE, "Analysis": WHY}
    offered = (
        "The lead reviewer wrote to both parents to offer a meeting. The criminal trial "
        "concluded in late 2019."
    )
    assert FAMILY in _missing(_findings(_report(tmp_path, {**base, "The family's views": offered})))
    waiting = "The parents were not approached while the criminal trial was pending."
    found = _found(_findings(_report(tmp_path, {**base, "The family's views": waiting})))
    assert "(not-included statement)" in found[FAMILY].message


def test_a_multi_agency_forum_is_agencies_meeting(tmp_path: Path) -> None:
    agencies = "A critique of how agencies worked together"
    plain = {k: v for k, v in BASE.items() if k != "Multi-agency working"}
    forum = (
        "At the MARAC, the school was not represented because the referral form gave an old "
        "address. The action plan was shared with the police but not with the school or the GP."
    )
    assert agencies in _found(_findings(_report(tmp_path, {**plain, "Detail": forum})))
    held = "Three strategy meetings were held. Each one agreed a list of actions."
    assert agencies in _missing(_findings(_report(tmp_path, {**plain, "Detail": held}, "h.md")))


def test_an_overview_says_what_happened_to_the_child(tmp_path: Path) -> None:
    overview = "Overview of what happened and the case context"
    plain = {k: v for k, v in BASE.items() if k != "Introduction"}
    said = "This briefing concerns Child J, a fifteen-year-old boy who was seriously injured."
    assert overview in _found(_findings(_report(tmp_path, {**plain, "Why it matters": said})))
    purpose = "This briefing is for teams across the partnership to read together."
    missing = _missing(_findings(_report(tmp_path, {**plain, "Why it matters": purpose}, "p.md")))
    assert overview in missing


def test_a_heading_on_how_the_learning_was_gathered_is_the_method(tmp_path: Path) -> None:
    method = "Scope, terms of reference and how the review was done"
    plain = {k: v for k, v in BASE.items() if k != "Methodology"}
    gathered = "Agencies completed information forms and two conversations were held."
    found = _found(
        _findings(_report(tmp_path, {**plain, "How the learning was gathered": gathered}))
    )
    assert found[method].location.section.endswith("How the learning was gathered")


def test_the_childs_own_words_are_the_childs_voice(tmp_path: Path) -> None:
    child = "The child's daily life, voice or perspective"
    said = "In the autumn the school made a referral after Child R said at school that he ate once."
    found = _found(_findings(_report(tmp_path, {**BASE, "Events": said})))[child]
    assert found.evidence.startswith("In the autumn the school made a referral")
    for text in (
        "Child R could not tell anyone what was happening at home, and nobody asked.",
        "The social worker said that Child R seemed settled at the time of the visit.",
    ):
        assert child in _missing(_findings(_report(tmp_path, {**BASE, "Events": text}, "n.md")))


def test_a_numbered_paragraph_and_a_heading_named_for_the_child_give_the_childs_voice(
    tmp_path: Path,
) -> None:
    child = "The child's daily life, voice or perspective"
    numbered = "3.3 Child J described this period to the reviewer through his social worker."
    found = _findings(_report(tmp_path, {**BASE, "Events": numbered}))
    assert child not in _missing(found)
    about = "He lived with his mother above a shop and went to the park on Sundays."
    assert child not in _missing(_findings(_report(tmp_path, {**BASE, "About Baby T": about})))


def test_recommendations_deferred_to_a_later_meeting_are_none(tmp_path: Path) -> None:
    recs = "Recommended improvements"
    note = (
        "The Executive has agreed that formal recommendations will be drawn up at its next "
        "meeting. These learning points are offered to help that discussion.\n\n"
        "Learning point 1: A carer's own needs can hide the child's."
    )
    sections = {**BASE, "Recommendations": note}
    findings = _findings(_report(tmp_path, sections))
    assert "says it has none" in next(f for f in findings if recs in f.message).message
    path = _report(tmp_path, sections, "b.md")
    assert CheckContext(load_document(path), load_profile()).recommendations == []


def test_a_note_that_no_recommendations_are_made_is_none(tmp_path: Path) -> None:
    recs = "Recommended improvements"
    plain = {k: v for k, v in BASE.items() if k != "Recommendations"}
    note = (
        "The Partnership has chosen to share learning points rather than make recommendations "
        "in this briefing. The learning will be considered by the Health Subgroup."
    )
    findings = _findings(_report(tmp_path, {**plain, "A note on recommendations": note}))
    assert "says it has none" in next(f for f in findings if recs in f.message).message
    assert not any(f.rule == "content.empty-recommendations" for f in findings)
    path = _report(tmp_path, {**plain, "A note on recommendations": note}, "b.md")
    assert CheckContext(load_document(path), load_profile()).recommendations == []


def test_a_practitioner_recording_what_a_parent_said_is_not_their_view(tmp_path: Path) -> None:
    staff = "Practitioners' involvement or perspectives"
    plain = {k: v for k, v in BASE.items() if k != "Methodology"}
    event = (
        "Late January: the health visitor carried out the new birth visit. The health visitor "
        "recorded a small red mark on the baby's cheek, which Mother said was from a scratch."
    )
    assert staff in _missing(_findings(_report(tmp_path, {**plain, "Events": event})))
    told = "The health visitor told the review that she had felt reassured by the visit."
    assert staff in _found(_findings(_report(tmp_path, {**plain, "Events": told}, "t.md")))


def test_evidence_is_quoted_from_the_analysis_before_the_purpose(tmp_path: Path) -> None:
    why = "Analysis of why decisions were made and events happened"
    purpose = (
        BASE["Introduction"] + "\n\nThe review is not intended to find fault with individuals. "
        "It aims to understand why the system responded as it did, given the workload and "
        "supervision practitioners had, and what would help practitioners next time."
    )
    analysis = (
        "Because the family lived on a holiday park, they did not appear on housing records "
        "at that address. The licensing team treated this as a planning matter because its "
        "policy said nothing about children, and workload left no time to ask."
    )
    sections = {**BASE, "Introduction": purpose, "Analysis": analysis}
    found = _found(_findings(_report(tmp_path, sections)))[why]
    assert found.location.section.endswith("Analysis"), found.location.section


def test_what_a_family_member_told_others_at_the_time_is_not_their_view(tmp_path: Path) -> None:
    sections = {
        **BASE,
        "Analysis": WHY,
        "Family involvement": "At a parents' evening in Year 9, the mother told his tutor that "
        "he had always been a worrier. The grandparents were described in midwifery records "
        "as supportive.",
    }
    assert (
        _missing(_findings(_report(tmp_path, sections)))[
            "The family's views, or why they were not included"
        ]
        == "error"
    )


def test_an_analysis_heading_about_a_parents_accounts_is_not_the_familys_views(
    tmp_path: Path,
) -> None:
    sections = {
        **BASE,
        "Analysis": WHY,
        "Why the father's accounts were believed": "His reports that the rent was paid were "
        "never checked, and the cot for Child K that was said to have been bought was not seen.",
    }
    assert (
        _missing(_findings(_report(tmp_path, sections)))[
            "The family's views, or why they were not included"
        ]
        == "error"
    )


def test_elements_in_the_shapes_of_a_learning_summary(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k not in ("Findings",)},
        "What got in the way": "The attendance policy counts late marks and escalates by "
        "number, and staff under pressure to improve figures followed the steps in front of "
        "them. Several conditions made this likely: the assessment form has no question that "
        "asks whether the carer is a child.",
        "The family and the review": "The police advised that contact might prejudice a trial, "
        "so the family have therefore not contributed to this review.",
        "Background: who Jess was": "Jess loved baking and K-pop, and she walked her brother to "
        "school each morning before caring for her mother.",
        "Even better if": "LEARNING POINT: a child who seems very mature may be caring for an "
        "adult, and nobody may be asking who looks after them.",
    }
    findings = _findings(_report(tmp_path, sections))
    missing = _missing(findings)
    for element in (
        "Analysis of why decisions were made and events happened",
        "The family's views, or why they were not included",
        "The child's daily life, voice or perspective",
        "Findings and learning, including whether issues are features of practice in general",
    ):
        assert element not in missing


def test_elements_in_appendices_joined_headings_and_single_sentences(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k not in ("Methodology", "Good practice")},
        "Why are faith settings on the edge of the system?": "Under those conditions a "
        "helpful father becomes the path of least resistance, and the procedure offered no "
        "prompt to ask about the church. The effect was that the supervision policy was "
        "never tested against what the church knew.",
        "The family": "The lead reviewer wrote to Mother three times through her solicitor. "
        "No reply was received to any of the letters.",
        "Working together": "Each agency held part of the picture, but the GP, the school and "
        "the mental health team never put those parts together. To its credit, the school "
        "referred the same day.",
        "Lessons learned and recommendations": "The review found that the bruising protocol "
        "was applied unevenly.",
        "Appendix 1: Terms of reference": "The review covered the year before the injury and "
        "used a systems approach with a learning event.",
    }
    missing = _missing(_findings(_report(tmp_path, sections)))
    for element in (
        "Scope, terms of reference and how the review was done",
        "Analysis of why decisions were made and events happened",
        "The family's views, or why they were not included",
        "A critique of how agencies worked together",
        "Examples of good practice",
        "Findings and learning, including whether issues are features of practice in general",
    ):
        assert element not in missing, element


def test_a_procedural_ground_is_not_an_explanation() -> None:
    from cspr_qa.datafiles import DataFiles
    from cspr_qa.elements.explain import Explanation

    explanation = Explanation.of(DataFiles())
    assert not explanation.explains_practice(
        "An initial child protection conference was not required because the child was "
        "by then accommodated."
    )
    assert not explanation.explains_practice("The checklist was only partly completed.")
    assert explanation.explains_practice(
        "The referral was not made because the protocol was unclear."
    )


def test_family_heard_by_the_reviewer_and_practitioners_not_heard(tmp_path: Path) -> None:
    sections = {
        **{k: v for k, v in BASE.items() if k != "Methodology"},
        "Analysis": WHY,
        "Part 7: The family's voice": "I visited the father in prison in August. He said he "
        "wished someone had told him how serious things were.",
        "How the review was done": "The review used agency records only. No practitioners "
        "were interviewed and no learning event was held.",
    }
    findings = _findings(_report(tmp_path, sections))
    missing = _missing(findings)
    assert "The family's views, or why they were not included" not in missing
    assert "Practitioners' involvement or perspectives" in missing


def test_a_sub_section_of_dated_entries_inside_an_analysis_is_a_chronology(
    tmp_path: Path,
) -> None:
    dated = " ".join(
        f"In {m} 2012 the family {e}."
        for m, e in [
            ("March", "applied as homeless"),
            ("April", "moved to temporary accommodation"),
            ("June", "was offered a tenancy"),
            ("July", "moved to the flat"),
        ]
    )
    text = (
        "# Review\n\n## 3. Analysis of agency involvement\n\n"
        "### 3.1 Health\n\n" + WHY + " " + WHY + "\n\n"
        "### 3.2 Housing\n\n" + dated + "\n"
    )
    path = tmp_path / "sub.md"
    path.write_text(text, encoding="utf-8")
    flagged = [f for f in _findings(path) if f.rule == "analysis.chronology-section"]
    assert [f.message.count("3.2 Housing") for f in flagged] == [1]


def test_an_element_found_by_its_heading_is_quoted_under_that_heading(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "# Review\n\n## 5. Findings\n\nIt is good practice that the nurse visited promptly, "
        "and her thorough notes are to be commended.\n\n## 7. What went well\n\n"
        "The review noted strengths in each finding, summarised here.\n",
        encoding="utf-8",
    )
    document = load_document(path)
    found = {e.spec.id: e for e in CheckContext(document, load_profile()).elements}
    good = found["good_practice"]
    assert good.present and good.evidence is not None
    section = document.blocks[good.evidence].section
    assert section is not None and document.sections[section].title == "7. What went well"


def test_an_element_found_from_paragraphs_names_their_sections(tmp_path: Path) -> None:
    sections = {
        **BASE,
        "Other matters": "Practitioners told the review that they felt "
        "unable to challenge the decision, and several said that supervision was rushed.",
    }
    ctx = CheckContext(load_document(_report(tmp_path, sections)), load_profile())
    card = {e["id"]: e for e in scorecard(ctx)["elements"]}
    for element in card.values():
        if element["present"]:
            assert element["where"], element["id"]


def test_the_reviews_learning_points_under_a_recommendations_heading_count_none(
    tmp_path: Path,
) -> None:
    sections = {**BASE, "Analysis": WHY}
    sections["Recommendations"] = (
        "The review's learning points for all practitioners are:\n\n"
        "- Look at the whole history, not only the newest worry.\n"
        "- Weigh the child at every health contact."
    )
    path = _report(tmp_path, sections)
    assert CheckContext(load_document(path), load_profile()).recommendations == []


def test_a_measure_well_below_a_line_judges_no_joint_working(tmp_path: Path) -> None:
    plain = {k: v for k, v in BASE.items() if k != "Multi-agency working"}
    text = (
        "Her weight, recorded by the school nursing service at the check, was well below the "
        "line. Her height, measured by the school nursing service at that check, was well below "
        "it too."
    )
    sections = {**plain, "Analysis": WHY, "Growth": text}
    missing = _missing(_findings(_report(tmp_path, sections)))
    assert "A critique of how agencies worked together" in missing


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (  # what the parents said to professionals at the time, as the records have it
            "The parents' account at the time",
            "The records contain things the parents said to professionals during the "
            "pregnancy. They are set out here because they show what practitioners were told. "
            "The health visitor recorded Mother as saying that the baby slept in his basket.",
        ),
        (  # history, and a meeting still to come
            "Family involvement",
            "Ms H left school at sixteen. Ms H and Mr K will be invited to meet the lead "
            "reviewer before publication.",
        ),
        (  # what a parent said at a meeting of the time
            "The family's views",
            "At the child protection conference, Mother said she would not let Mr X back into "
            "the house.",
        ),
        (  # consent to share records
            "Involvement of the family",
            "The parents gave consent for their records to be shared with the review.",
        ),
    ],
)
def test_decoys_of_a_family_statement_are_not_one(tmp_path: Path, heading: str, body: str) -> None:
    # a missed GP review appointment is no reason for the family's absence from the review
    events = (
        "Ms H did not attend the review appointment. The practice sent a letter offering a "
        "further appointment, which she did not take up."
    )
    sections = {**BASE, "Analysis": WHY, "Key events": events, heading: body}
    missing = _missing(_findings(_report(tmp_path, sections)))
    assert missing["The family's views, or why they were not included"] == "error"


def test_a_why_section_of_events_and_restated_guidance_is_a_chronology(tmp_path: Path) -> None:
    # no paragraph opens with a date, every one restates guidance, none explains
    events = [
        "The school noticed in the autumn of 2022 that attendance was falling. The guidance "
        "states that practitioners should be alert to neglect. The school sent letters. A "
        "meeting with the mother followed the next month.",
        "The school made a referral in the spring term. The front door spoke to the mother. "
        "The guidance says that the child must be seen. The contact was closed two days later.",
        "Child R did not start secondary school in September 2023. The mother wrote to "
        "deregister her the following month. The guidance sets out the duty to make enquiries. "
        "The annual review did not take place.",
        "The adviser assessed the provision as suitable in January 2024. The adviser did not "
        "see Child R. The statutory guidance gives no right to see the child. The adviser "
        "should have sought more information.",
        "The grandmother called in the summer of 2024. The team sent a letter. Working "
        "Together states that anyone with concerns should refer. The team wrote again some "
        "weeks later. No further action was taken. Nothing happened until May 2025.",
    ]
    path = _report(tmp_path, {**BASE, "Why did this happen?": "\n\n".join(events)})
    assert any(f.rule == "analysis.chronology-section" for f in _findings(path))


@pytest.mark.parametrize(
    "body",
    [
        "During a home visit by the reviewer, Grandmother said the family had asked for help.",
        "Mother agreed to take part and shared her views with the reviewer about her support.",
    ],
)
def test_views_given_to_the_review_at_a_meeting_still_count(tmp_path: Path, body: str) -> None:
    sections = {**BASE, "Analysis": WHY, "Family involvement": body}
    missing = _missing(_findings(_report(tmp_path, sections)))
    assert "The family's views, or why they were not included" not in missing
