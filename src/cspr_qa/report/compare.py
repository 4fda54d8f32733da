"""Compare the findings of two versions of a report: which were resolved, which are new and
which remain, for the workstream's second look. Findings match on rule and evidence (the
message when there is no evidence), so they follow text that moved."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..engine import FileResult
from ..findings import Finding


def _key(finding: Finding) -> tuple[str, str]:
    """Rule and evidence; without evidence, the message with its figures blanked (a word
    count that changed does not make a finding new)."""
    text = finding.evidence or re.sub(r"\d+(?:\.\d+)?", "#", finding.message)
    return finding.rule, " ".join(text.lower().split())


def compare(old: FileResult, new: FileResult) -> dict[str, Any]:
    """The comparison as data (schema ``cspr-qa/compare`` version 1)."""
    waiting: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in old.findings:
        waiting[_key(finding)].append(finding)
    remaining, added = [], []
    for finding in new.findings:
        matches = waiting.get(_key(finding))
        if matches:
            matches.pop(0)
            remaining.append(finding)
        else:
            added.append(finding)
    resolved = [f for group in waiting.values() for f in group]
    return {
        "schema": "cspr-qa/compare",
        "schema_version": 1,
        "old": str(old.path),
        "new": str(new.path),
        "summary": {"resolved": len(resolved), "new": len(added), "remaining": len(remaining)},
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
    s = data["summary"]
    lines.append(f"\n{s['resolved']} resolved, {s['new']} new, {s['remaining']} remaining")
    return "\n".join(lines) + "\n"
