"""Masking for reports that may be shared: each detected identifying detail becomes its first
letter, dots and its kind ("K••••••• (person)"), so an approver can still triage it. Only the
detected details are masked, wherever the draft's own text is quoted; headings and the tool's
own messages are left as they are."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from ..pii.labels import DETAIL_RULES

DOT = "•"

Mask = Callable[[str], str]


def _is_detail(finding: dict[str, Any]) -> bool:
    rule = str(finding["rule"])
    return rule in DETAIL_RULES and bool(finding["evidence"])


def masked_form(text: str, kind: str) -> str:
    """A detail as a masked report shows it: first letter, a dot a character, its kind."""
    return f"{text[:1]}{DOT * max(len(text) - 1, 1)} ({kind})"


def masker(findings: list[dict[str, Any]]) -> Mask:
    """A function masking, as whole words, every identifying detail these findings detected."""
    labels: dict[str, str] = {}
    for finding in findings:
        if _is_detail(finding):
            kind = str(finding["rule"]).split(".", 1)[1].replace("-", " ")
            labels[finding["evidence"]] = masked_form(finding["evidence"], kind)
    if not labels:
        return lambda text: text
    alternatives = "|".join(re.escape(t) for t in sorted(labels, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    return lambda text: pattern.sub(lambda m: labels[m.group(0)], text) if text else text


def mask_findings(findings: list[dict[str, Any]], mask: Mask) -> list[dict[str, Any]]:
    """Copies of the findings with the draft's text masked: every quote, and the messages of
    identifier findings (which repeat the detail)."""
    masked = copy.deepcopy(findings)
    for finding in masked:
        finding["evidence"] = mask(finding["evidence"])
        if _is_detail(finding):
            finding["message"] = mask(finding["message"])
    return masked


def mask_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """A copy of one file's report entry with its identifying details masked."""
    mask = masker(entry["findings"])
    shown = dict(entry)
    shown["findings"] = mask_findings(entry["findings"], mask)
    if entry.get("scorecard"):
        shown["scorecard"] = copy.deepcopy(entry["scorecard"])
        for rec in shown["scorecard"]["recommendations"]:
            rec["text"] = mask(rec["text"])
            rec["owner"] = mask(rec["owner"])
    return shown


def mask_comparison(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of a comparison of two drafts with the details either draft's findings named
    masked in every list."""
    keys = ("resolved", "new_findings", "remaining")
    mask = masker([f for key in keys for f in data[key]])
    shown = dict(data)
    for key in keys:
        shown[key] = mask_findings(data[key], mask)
    return shown
