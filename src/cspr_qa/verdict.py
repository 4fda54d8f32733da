"""The approver's verdict on one file: ready when no finding is at error level under the
profile, with the reasons that block it in a reviewer's words (wording in
``data/report/verdict.toml``). Every output (JSON, terminal, HTML, the Word copy, the web
page) shows this one verdict."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from .datafiles import DataFiles
from .errors import InputError
from .findings import Finding, Severity

WORDING = "report/verdict.toml"


@dataclass(frozen=True)
class Verdict:
    """Whether the draft is ready for approval, and why not."""

    ready: bool
    reasons: tuple[str, ...]
    headline: str

    def line(self) -> str:
        """The verdict as one line: the headline, then the reasons."""
        return self.headline + (": " + "; ".join(self.reasons) if self.reasons else "")

    def to_dict(self) -> dict[str, Any]:
        return {"ready": self.ready, "reasons": list(self.reasons)}


def _group_key(finding: Finding, groups: dict[str, Any]) -> str:
    if finding.rule in groups:
        return finding.rule
    return finding.family if finding.family in groups else finding.rule


def _missing_name(finding: Finding, scorecard: dict[str, Any] | None, names: dict[str, str]) -> str:
    """The missing element a content finding is about (the longest title its message names),
    by its short name."""
    named = [e for e in (scorecard or {}).get("elements", []) if e["title"] in finding.message]
    if not named:
        return finding.message
    element = max(named, key=lambda e: len(e["title"]))
    return names.get(element["id"], str(element["title"]).lower())


def _worded(
    key: str, found: list[Finding], wording: dict[str, Any], scorecard: dict[str, Any] | None
) -> list[str]:
    template = wording["groups"].get(key, wording["default"])
    if "each" in template:
        names = wording.get("names", {})
        return [template["each"].format(name=_missing_name(f, scorecard, names)) for f in found]
    chosen = template["one"] if len(found) == 1 else template["many"]
    return [chosen.format(n=len(found), rule=found[0].rule, message=found[0].message)]


def judge(
    findings: list[Finding],
    scorecard: dict[str, Any] | None,
    files: DataFiles,
    error: InputError | None = None,
) -> Verdict:
    """The verdict on a checked file's findings (or on a file that could not be read)."""
    wording = files.load(WORDING)
    if error is not None:
        reason = wording["unreadable"].format(problem=error.problem)
        return Verdict(False, (reason,), wording["not_ready"])
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        if finding.severity is Severity.ERROR:
            grouped[_group_key(finding, wording["groups"])].append(finding)
    reasons = [
        reason
        for key, found in grouped.items()
        for reason in _worded(key, found, wording, scorecard)
    ]
    if not reasons:
        return Verdict(True, (), wording["ready"])
    return Verdict(False, tuple(reasons), wording["not_ready"])
