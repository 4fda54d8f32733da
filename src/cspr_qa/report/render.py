"""Render a batch of :class:`FileResult` s as text, JSON or HTML."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from .. import __version__, config
from ..engine import FileResult
from ..findings import Finding, Severity
from ..profile import Profile
from ..verdict import Verdict, judge

SCHEMA = "cspr-qa/check-report"
SCHEMA_VERSION = 2
FORMATS = ("text", "json", "html")
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _totals(results: list[FileResult]) -> dict[str, int]:
    totals = {s.value: 0 for s in Severity}
    for result in results:
        for key, value in result.counts().items():
            totals[key] += value
    return totals


def verdict(result: FileResult, profile: Profile) -> Verdict:
    """The result's verdict (judged now for a result built without one)."""
    if result.verdict is not None:
        return result.verdict
    return judge(result.findings, result.scorecard, profile.files, result.error)


def to_dict(results: list[FileResult], profile: Profile) -> dict[str, Any]:
    """The JSON report (schema ``cspr-qa/check-report`` version 2)."""
    files = []
    for r in results:
        doc = r.document
        files.append(
            {
                "path": str(r.path),
                "status": "unreadable" if r.error else "checked",
                "verdict": verdict(r, profile).to_dict(),
                "notes": list(r.notes),
                "format": doc.format if doc else None,
                "error": (
                    {
                        "problem": r.error.problem,
                        "remedy": r.error.remedy,
                        "message": r.error.line(),
                    }
                    if r.error
                    else None
                ),
                "stats": (
                    {
                        "words": doc.word_count,
                        "pages": doc.page_count,
                        "sections": len(doc.sections),
                        "blocks": len(doc.blocks),
                    }
                    if doc
                    else None
                ),
                "counts": r.counts(),
                "scorecard": r.scorecard,
                "findings": [f.to_dict() for f in r.findings],
            }
        )
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "tool": {
            "name": "cspr-qa",
            "version": __version__,
            "spacy_model": config.spacy_model_name(),
        },
        "profile": {"name": profile.name, "source": profile.source},
        "files": files,
        "summary": {
            "files": len(results),
            "checked": sum(1 for r in results if not r.error),
            "unreadable": sum(1 for r in results if r.error),
            "ready": sum(1 for r in results if verdict(r, profile).ready),
            "findings": _totals(results),
        },
    }


def _by_section(findings: list[Finding]) -> dict[str, list[Finding]]:
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[finding.location.section or "(whole document)"].append(finding)
    return grouped


def summary_line(results: list[FileResult]) -> str:
    totals = _totals(results)
    unreadable = sum(1 for r in results if r.error)
    checked = len(results) - unreadable
    line = (
        f"{totals['error']} error(s), {totals['warning']} warning(s), {totals['info']} info "
        f"in {checked} file(s) checked"
    )
    if unreadable:
        line += f"; {unreadable} file(s) could not be read"
    return line


def render_text(results: list[FileResult], console: Console) -> None:
    """Findings grouped by file and section, each with evidence and a fix, then a summary."""
    for result in results:
        if result.error:
            continue
        doc = result.document
        assert doc is not None
        if result.verdict is not None:
            style = "bold green" if result.verdict.ready else "bold red"
            console.print(
                Text.assemble((f"{result.path}: ", "bold"), (result.verdict.line(), style))
            )
        notes = "".join(f"; {note}" for note in result.notes)
        console.print(
            Text.assemble(
                (str(result.path), "bold"), f"  ({doc.format}, {doc.word_count} words{notes})"
            )
        )
        if not result.findings:
            console.print("  No findings.", style="green")
        for section, findings in _by_section(result.findings).items():
            console.print(Text(f"  § {section}", style="bold blue"))
            for f in findings:
                console.print(
                    f"    [{_STYLE[f.severity]}]{f.severity.value:<7}[/] "
                    f"[dim]{escape(f.rule)}[/]  {escape(f.message)}"
                )
                console.print(f"            [dim]at {escape(f.location.describe())}[/]")
                if f.evidence:
                    console.print(f"            “{escape(f.evidence)}”", style="italic")
                console.print(f"            [green]fix:[/] {escape(f.suggestion)}")
        console.print()
    console.print(Text(summary_line(results), style="bold"))


def render(
    results: list[FileResult],
    fmt: str,
    profile: Profile,
    *,
    width: int = 100,
    show_identifiers: bool = False,
) -> str:
    """Render to a string (for files and for piping)."""
    if fmt == "json":
        return json.dumps(to_dict(results, profile), indent=2, ensure_ascii=False) + "\n"
    if fmt == "html":
        from .html import render_html

        return render_html(to_dict(results, profile), show_identifiers=show_identifiers)
    buffer = io.StringIO()
    render_text(
        results, Console(file=buffer, width=width, no_color=True, highlight=False, soft_wrap=False)
    )
    return buffer.getvalue()
