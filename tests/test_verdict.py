"""The approver's verdict: ready means no finding at error level; reasons in reviewer's words."""

from __future__ import annotations

from pathlib import Path

from cspr_qa.datafiles import DataFiles
from cspr_qa.errors import InputError
from cspr_qa.findings import Finding, Severity, document_finding
from cspr_qa.verdict import judge


def _finding(rule: str, severity: Severity, message: str = "m") -> Finding:
    return document_finding(rule, severity, message, "fix")


def _card(*elements: tuple[str, str]) -> dict[str, object]:
    return {"elements": [{"id": i, "title": t} for i, t in elements]}


def test_a_draft_with_only_warnings_and_info_is_ready() -> None:
    found = [
        _finding("hygiene.placeholder", Severity.WARNING),
        _finding("smart.summary", Severity.INFO),
    ]
    verdict = judge(found, None, DataFiles())
    assert verdict.ready and verdict.reasons == ()
    assert verdict.to_dict() == {"ready": True, "reasons": []}
    assert verdict.line().startswith("Ready")


def test_reasons_name_missing_elements_and_count_identifiers() -> None:
    card = _card(("family_views", "The family's views, or why they were not included"))
    found = [
        _finding(
            "content.missing",
            Severity.ERROR,
            "Missing: The family's views, or why they were not included (required; x).",
        ),
        _finding("identifiers.person", Severity.ERROR),
        _finding("identifiers.date", Severity.ERROR),
        _finding("identifiers.address", Severity.ERROR),
        _finding("content.missing", Severity.WARNING, "Missing: something expected."),
    ]
    verdict = judge(found, card, DataFiles())
    assert not verdict.ready
    assert verdict.reasons == ("family views statement missing", "3 identifying details to remove")
    assert verdict.line() == (
        "Not ready: family views statement missing; 3 identifying details to remove"
    )


def test_a_rule_raised_to_error_by_a_profile_is_worded_by_the_default() -> None:
    found = [_finding("readability.long-sentence", Severity.ERROR, "A sentence of 61 words.")]
    assert judge(found, None, DataFiles()).reasons == ("A sentence of 61 words.",)


def test_an_unreadable_file_is_not_ready() -> None:
    error = InputError(Path("x.pdf"), "is password-protected", "Remove the password")
    verdict = judge([], None, DataFiles(), error)
    assert verdict.reasons == ("could not be read: is password-protected",)
