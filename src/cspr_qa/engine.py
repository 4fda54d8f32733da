"""Run the checks over files: load, parse once, check, collect results or clean errors.

A batch of more than one file is checked in worker processes (one per core, each loading the
language model once); results come back in input order. The heavy analysers are imported only
when a file is checked, so commands that check nothing start fast.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .chatter import reader_complaints
from .errors import InputError
from .findings import Finding, Severity
from .verdict import WORDING, Verdict, judge

if TYPE_CHECKING:
    from .context import CheckContext, CheckOptions
    from .ingest import Document
    from .profile import Profile

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
    #: None for a result checked in a worker process of a batch.
    context: CheckContext | None = field(default=None, repr=False)

    def counts(self) -> dict[str, int]:
        tally = Counter(f.severity.value for f in self.findings)
        return {s.value: tally.get(s.value, 0) for s in Severity}


def check_path(
    path: str | Path, profile: Profile, options: CheckOptions | None = None
) -> FileResult:
    """Check one file; an unreadable file gives a result carrying its error (and loads no
    language model)."""
    from .ingest import load_document

    path = Path(path)
    notes: list[str] = []
    try:
        with reader_complaints() as complaints:
            document = load_document(path)
        if complaints.count:
            notes.append(profile.files.load(WORDING)["partial"].format(n=complaints.count))
        from .checks import run_checks
        from .checks.summary import scorecard
        from .context import CheckContext

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


#: What a batch's worker process checks with, set once when the worker starts.
_WORKER_RUN: dict[str, tuple[Profile, CheckOptions | None]] = {}


def _load_model() -> None:
    """Load the language model now (a missing model is reported per file by check_path)."""
    from .nlp import get_nlp

    with contextlib.suppress(InputError):
        get_nlp()


def _start_worker(profile: Profile, options: CheckOptions | None) -> None:
    """Set up a new worker process: the run's profile and options, and the model, once."""
    _WORKER_RUN["run"] = (profile, options)
    _load_model()


def _check_in_worker(path: Path) -> FileResult:
    """Check one file in a worker; the context (its parse) stays behind in the worker."""
    profile, options = _WORKER_RUN["run"]
    return replace(check_path(path, profile, options), context=None)


def batch_workers(files: int) -> int:
    """How many worker processes a batch of ``files`` uses: one per core, at most one a file."""
    return max(1, min(files, os.cpu_count() or 1))


def check_paths(
    paths: Sequence[str | Path],
    profile: Profile,
    options: CheckOptions | None = None,
    workers: int | None = None,
) -> list[FileResult]:
    """Check several files, in input order; more than one file is checked in parallel
    processes (``workers``, default one per core). Results from workers carry no context.

    Where workers are forked, the model is loaded here first and shared with every worker
    (copy on write) instead of being loaded in each."""
    files = [Path(p) for p in paths]
    count = batch_workers(len(files)) if workers is None else max(1, min(workers, len(files)))
    if count < 2:
        return [check_path(p, profile, options) for p in files]
    if multiprocessing.get_start_method() == "fork":
        _load_model()
    with ProcessPoolExecutor(
        max_workers=count, initializer=_start_worker, initargs=(profile, options)
    ) as pool:
        return list(pool.map(_check_in_worker, files))


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
