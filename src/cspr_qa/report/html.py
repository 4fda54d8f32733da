"""Self-contained HTML report (no external scripts, fonts or styles): the approver's
scorecard first, then every finding grouped by section. Identifying details are masked
unless the caller asks to show them."""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

IDENTIFIER_RULE = "identifiers."


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("cspr_qa", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _masker(entry: dict[str, Any]) -> Any:
    """A function replacing every detected identifying detail with its kind, e.g. [NAME]."""
    labels = {}
    for finding in entry["findings"]:
        rule = finding["rule"]
        if (
            rule.startswith(IDENTIFIER_RULE)
            and rule != "identifiers.jigsaw"
            and finding["evidence"]
        ):
            kind = rule.removeprefix(IDENTIFIER_RULE).upper().replace("-", " ")
            labels[finding["evidence"]] = f"[{kind}]"
    if not labels:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(t) for t in sorted(labels, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: labels[m.group(0)], text) if text else text


def _masked(entry: dict[str, Any]) -> dict[str, Any]:
    mask = _masker(entry)
    entry = copy.deepcopy(entry)
    for finding in entry["findings"]:
        finding["evidence"] = mask(finding["evidence"])
        finding["message"] = mask(finding["message"])
    if entry.get("scorecard"):
        for rec in entry["scorecard"]["recommendations"]:
            rec["text"] = mask(rec["text"])
            rec["owner"] = mask(rec["owner"])
    return entry


def render_html(report: dict[str, Any], *, show_identifiers: bool = False) -> str:
    """Render the JSON report data as one HTML page."""
    files: list[tuple[dict[str, Any], dict[str, list[dict[str, Any]]], dict[str, str]]] = []
    for entry in report["files"]:
        shown = entry if show_identifiers else _masked(entry)
        sections: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for finding in shown["findings"]:
            sections[finding["location"]["section"] or "(whole document)"].append(finding)
        anchors = {name: f"f{len(files)}-s{i}" for i, name in enumerate(sections)}
        files.append((shown, dict(sections), anchors))
    return (
        _environment()
        .get_template("report.html.j2")
        .render(report=report, files=files, masked=not show_identifiers)
    )


def render_compare_html(data: dict[str, Any]) -> str:
    """The comparison of two drafts as one HTML page."""
    return _environment().get_template("compare.html.j2").render(data=data)
