"""Self-contained HTML report (no external scripts, fonts or styles)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("cspr_qa", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: dict[str, Any]) -> str:
    """Render the JSON report data as one HTML page, findings grouped by section."""
    grouped = []
    for entry in report["files"]:
        sections: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for finding in entry["findings"]:
            sections[finding["location"]["section"] or "(whole document)"].append(finding)
        grouped.append((entry, dict(sections)))
    return _environment().get_template("report.html.j2").render(report=report, files=grouped)
