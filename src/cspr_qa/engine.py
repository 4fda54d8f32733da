"""Run the checks over files: load, parse once, check, collect results or clean errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .chatter import reader_complaints
from .checks import run_checks
from .checks.summary import scorecard
from .context import CheckContext, CheckOptions
from .errors import InputError
from .findings import Finding, Severity
from .ingest import Document, load_document
from .profile import Profile
from .verdict import WORDING, Verdict, judge

FAIL_ON = ("error", "warning", "never")


@dataclass
class FileResult:
    """The outcome for one input file: findings, or the error that stopped it."""

    path: Path
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    scorecard: dict[str, Any] | None = None
    #: What the reader could not do, in the reviewer's words ("read only in part: ...").
    notes: list[str] = field(default_factory=list)
    #: The approver's verdict under the profile (None only for a result built by hand).
    verdict: Verdict | None = None
    #: The checked document's context (its parse and shared analyses), for outputs made after.
    context: CheckContext | None = field(default=None, repr=False)

    def counts(self) -> dict[str, int]:
        tally = Counter(f.severity.value for f in self.findings)
        return {s.value: tally.get(s.value, 0) for s in Severity}


def check_path(
    path: str | Path, profile: Profile, options: CheckOptions | None = None
) -> FileResult:
    """Check one file; an unreadable file gives a result carrying its error."""
    path = Path(path)
    notes: list[str] = []
    try:
        with reader_complaints() as complaints:
            document = load_document(path)
        if complaints.count:
            notes.append(profile.files.load(WORDING)["partial"].format(n=complaints.count))
        ctx = CheckContext(document, profile, options)
        ctx.parse()  # the one spaCy pass, shared by every check
        findings = run_checks(ctx)
        summary = scorecard(ctx)
    except InputError as exc:
        return FileResult(path=path, error=exc, verdict=judge([], None, profile.files, exc))
    return FileResult(
        path=path,
        document=document,
        findings=findings,
        scorecard=summary,
        context=ctx,
        notes=notes,
        verdict=judge(findings, summary, profile.files),
    )


def exit_code(results: Iterable[FileResult], fail_on: str = "error") -> int:
    """Vale's convention: 2 if any file could not be checked, 1 if findings reach the
    ``fail_on`` level, else 0."""
    results = list(results)
    if any(r.error for r in results):
        return 2
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    if any(f.severity.rank >= threshold for r in results for f in r.findings):
        return 1
    return 0
