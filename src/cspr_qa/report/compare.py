"""Compare the findings of two versions of a report: which were resolved, which are new and
which remain, for the workstream's second look. Findings match on rule and evidence (the
message when there is no evidence), so they follow text that moved."""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from typing import Any

from ..engine import FileResult
from ..findings import Finding


def _key(finding: Finding) -> tuple[str, str]:
    """Rule and evidence; without evidence, the message with its figures blanked (a word
    count that changed does not make a finding new)."""
    text = finding.evidence or re.sub(r"\d+(?:\.\d+)?", "#", finding.message)
    return finding.rule, " ".join(text.lower().split())


def _recommendation(finding: Finding) -> bool:
    """A finding about one recommendation (its evidence is the recommendation's text)."""
    return finding.rule.startswith("smart.") and bool(finding.evidence)


def _same_recommendation(old: Finding, new: Finding) -> bool:
    """The same recommendation in two drafts: the same rule and nearly the same text (adding
    a deadline or an owner does not make it another recommendation)."""
    if old.rule != new.rule:
        return False
    ratio = SequenceMatcher(None, old.evidence.lower(), new.evidence.lower()).ratio()
    return ratio >= _SAME_TEXT


_SAME_TEXT = 0.6
_MARKS = re.compile(r"\b([SMART])([✓✗~])")
_NAMES = {"S": "specific", "M": "measurable", "A": "achievable", "R": "relevant", "T": "time-bound"}


def _changes(old: Finding, new: Finding) -> list[str]:
    """Per criterion, what changed in one recommendation ('Recommendation 2: now time-bound')."""
    before = dict(_MARKS.findall(old.message))
    after = dict(_MARKS.findall(new.message))
    number = re.search(r"Recommendation (\d+)", new.message)
    label = f"Recommendation {number.group(1)}" if number else "A recommendation"
    lines = []
    for key, mark in after.items():
        if before.get(key, mark) != mark:
            state = "now" if mark == "✓" else "no longer" if before[key] == "✓" else "partly"
            lines.append(f"{label}: {state} {_NAMES[key]}")
    return lines


def compare(old: FileResult, new: FileResult) -> dict[str, Any]:
    """The comparison as data (schema ``cspr-qa/compare`` version 1). Findings about a
    recommendation follow the recommendation by its text, so an edit to it is a change to
    that recommendation, not one finding resolved and another new."""
    waiting: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in old.findings:
        waiting[_key(finding)].append(finding)
    remaining, added, changes = [], [], []
    for finding in new.findings:
        matches = waiting.get(_key(finding))
        if not matches and _recommendation(finding):
            matches = next(
                (
                    group
                    for group in waiting.values()
                    if group and _same_recommendation(group[0], finding)
                ),
                None,
            )
        if matches:
            before = matches.pop(0)
            remaining.append(finding)
            if finding.rule == "smart.recommendation":
                changes += _changes(before, finding)
        else:
            added.append(finding)
    resolved = [f for group in waiting.values() for f in group]
    return {
        "schema": "cspr-qa/compare",
        "schema_version": 1,
        "old": str(old.path),
        "new": str(new.path),
        "summary": {"resolved": len(resolved), "new": len(added), "remaining": len(remaining)},
        "recommendation_changes": changes,
        "resolved": [f.to_dict() for f in resolved],
        "new_findings": [f.to_dict() for f in added],
        "remaining": [f.to_dict() for f in remaining],
    }


def compare_text(data: dict[str, Any]) -> str:
    lines = [f"Comparing {data['old']} -> {data['new']}"]
    for title, key in (
        ("Resolved", "resolved"),
        ("New", "new_findings"),
        ("Remaining", "remaining"),
    ):
        items = data[key]
        lines.append(f"\n{title} ({len(items)})")
        for f in items:
            where = f["location"]["section"] or "(whole document)"
            evidence = f" “{f['evidence']}”" if f["evidence"] else ""
            lines.append(f"  {f['severity']:<7} {f['rule']}  {f['message']}{evidence}  [{where}]")
    if data.get("recommendation_changes"):
        lines.append("\nRecommendations changed")
        lines += [f"  {change}" for change in data["recommendation_changes"]]
    s = data["summary"]
    lines.append(f"\n{s['resolved']} resolved, {s['new']} new, {s['remaining']} remaining")
    return "\n".join(lines) + "\n"
