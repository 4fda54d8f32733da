"""The one service layer under the command line and the web app: check, redact and compare
drafts, and make the files a reviewer downloads. Neither front end orchestrates on its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .context import CheckContext, CheckOptions
from .engine import FileResult, check_path
from .errors import InputError
from .ingest import load_document
from .ingest.model import DocFormat, Document
from .pii.detector import Detection
from .pii.redact import RedactionPlan, plan_redaction, redacted_bytes
from .profile import Profile
from .report import render
from .report.annotate import annotate_docx
from .report.compare import compare
from .report.html import render_compare_html

#: Formats a redacted copy can be made of (a PDF must be redacted at its source).
REDACTABLE = frozenset({DocFormat.DOCX, DocFormat.TXT, DocFormat.MD})


@dataclass(frozen=True)
class Redaction:
    """A redacted copy, the plan behind it and the details it replaced."""

    data: bytes
    plan: RedactionPlan
    found: list[Detection]


def _redaction(
    source: Path, document: Document, found: list[Detection], pseudonyms: dict[str, str] | None
) -> Redaction:
    plan = plan_redaction(document, found, pseudonyms)
    return Redaction(redacted_bytes(source, document, plan), plan, found)


def redact_path(
    source: Path,
    profile: Profile,
    options: CheckOptions | None = None,
    pseudonyms: dict[str, str] | None = None,
) -> Redaction:
    """Redact one draft: the same detection as ``check``, without the other checks."""
    document = load_document(source)
    if document.format not in REDACTABLE:
        redacted_bytes(source, document, RedactionPlan())  # raises the format's explanation
    ctx = CheckContext(document, profile, options)
    return _redaction(source, document, ctx.identifiers, pseudonyms)


def redact_result(source: Path, result: FileResult) -> Redaction:
    """Redact a draft already checked, reusing the check's own detections."""
    if result.document is None or result.context is None:
        raise InputError(source, "was not checked", "Check it first")
    return _redaction(source, result.document, result.context.identifiers, None)


def compare_paths(
    old: str | Path, new: str | Path, profile: Profile, options: CheckOptions | None = None
) -> tuple[FileResult, FileResult, dict[str, Any] | None]:
    """Check two versions of a draft; the comparison is None when either could not be read."""
    earlier, later = check_path(old, profile, options), check_path(new, profile, options)
    if earlier.error or later.error:
        return earlier, later, None
    return earlier, later, compare(earlier, later)


def downloads(
    source: Path, result: FileResult, profile: Profile, comparison: dict[str, Any] | None = None
) -> dict[str, bytes]:
    """What a reviewer takes away from a check: the report (masked HTML and JSON), for Word
    and text drafts the annotated and redacted copies, and any comparison page."""
    files = {
        "report.html": render([result], "html", profile).encode("utf-8"),
        "report.json": render([result], "json", profile).encode("utf-8"),
    }
    if comparison is not None:
        files["compare.html"] = render_compare_html(comparison).encode("utf-8")
    document = result.document
    if document is None:
        return files
    if document.format is DocFormat.DOCX:
        files["annotated.docx"] = annotate_docx(source, result, profile.files)
    if document.format in REDACTABLE:
        files[f"redacted.{document.format}"] = redact_result(source, result).data
    return files
