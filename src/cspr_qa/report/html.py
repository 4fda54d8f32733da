"""Self-contained HTML report (no external scripts, fonts or styles): for each file the
approver's verdict first, then the scorecard, then errors, warnings and (folded away) info,
each finding once. Identifying details are masked unless the caller asks to show them."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from .mask import mask_comparison, mask_entry

FOUND_RULE = "content.found"


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("cspr_qa", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass
class FileView:
    """One file as the page shows it: its (masked) entry, findings by level, and for each
    required-content element the finding that reports it."""

    entry: dict[str, Any]
    prefix: str
    levels: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    elements: dict[str, dict[str, Any]] = field(default_factory=dict)


def _found_finding(title: str, findings: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The finding that says where an element was found (its message opens with the title)."""
    for finding in findings:
        message = str(finding["message"])
        opens = message.startswith(title) and message[len(title) : len(title) + 1] in (" ", ":")
        if finding["rule"] == FOUND_RULE and opens:
            return finding
    return None


def _view(entry: dict[str, Any], index: int) -> FileView:
    view = FileView(entry=entry, prefix=f"f{index}")
    view.levels = {level: [] for level in ("error", "warning", "info")}
    for number, finding in enumerate(entry["findings"]):
        finding["anchor"] = f"f{index}-{number}"
        view.levels[finding["severity"]].append(finding)
    card = entry.get("scorecard") or {"elements": []}
    for element in card["elements"]:
        found = _found_finding(element["title"], entry["findings"])
        if found is not None:
            view.elements[element["id"]] = found
    return view


def render_html(report: dict[str, Any], *, show_identifiers: bool = False) -> str:
    """Render the JSON report data as one HTML page."""
    views = [
        _view(copy.deepcopy(entry) if show_identifiers else mask_entry(entry), i)
        for i, entry in enumerate(report["files"])
    ]
    return (
        _environment()
        .get_template("report.html.j2")
        .render(report=report, files=views, masked=not show_identifiers)
    )


def render_compare_html(data: dict[str, Any], *, show_identifiers: bool = False) -> str:
    """The comparison of two drafts as one HTML page, masked unless asked otherwise."""
    shown = data if show_identifiers else mask_comparison(data)
    return (
        _environment()
        .get_template("compare.html.j2")
        .render(data=shown, masked=not show_identifiers)
    )
