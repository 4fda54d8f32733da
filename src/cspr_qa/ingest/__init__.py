"""Readers that turn .docx, .pdf, .txt and .md files into one :class:`Document` model.

:func:`load_document` is the only entry point: it validates the path, sniffs the content,
dispatches to a reader, and turns every failure into an :class:`InputError` with one clear line.
"""

from __future__ import annotations

from pathlib import Path

from .. import config
from ..errors import InputError
from .model import (
    BODY_KINDS,
    Block,
    BlockKind,
    DocFormat,
    Document,
    HeadingSource,
    Provenance,
    Revision,
    Section,
)
from .safety import sniff

__all__ = [
    "BODY_KINDS",
    "SUPPORTED_SUFFIXES",
    "Block",
    "BlockKind",
    "DocFormat",
    "Document",
    "HeadingSource",
    "InputError",
    "Provenance",
    "Revision",
    "Section",
    "load_document",
]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md")
_SAVE_AS = "Save the draft as .docx, .pdf, .txt or .md"


def _validate(path: Path) -> DocFormat:
    """Check the path and content type; return the reader to use."""
    if not path.exists():
        raise InputError(path, "file not found", "Check the path and the file name")
    if path.is_dir():
        raise InputError(
            path, "is a folder, not a file", "Name the report files inside it (e.g. folder/*.docx)"
        )
    size = path.stat().st_size
    limit = config.max_file_bytes()
    if size > limit:
        raise InputError(
            path,
            f"is {size / 1048576:.1f} MB, over the {limit / 1048576:.0f} MB limit",
            f"Compress its images, or raise the limit with {config.MAX_FILE_MB_ENV}=<megabytes>",
        )
    if size == 0:
        raise InputError(
            path, "is empty (0 bytes)", "Check that the draft was saved before checking it"
        )
    suffix = path.suffix.lower()
    kind = sniff(path)
    if suffix == ".doc":
        raise InputError(
            path,
            "is a legacy Word 97-2003 .doc file",
            "Open it in Word and use Save As > Word Document (.docx)",
        )
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, f"has an unsupported file type {suffix or '(none)'!r}", _SAVE_AS)
    if suffix == ".docx":
        if kind == "ole":
            raise InputError(
                path,
                "is password-protected or encrypted",
                "Remove the password in Word (File > Info > Protect Document), save, and try again",
            )
        if kind == "pdf":
            raise InputError(path, "is a PDF with a .docx extension", "Rename it to end in .pdf")
        if kind != "zip":
            raise InputError(
                path, "is not a Word .docx file (its content does not match)", _SAVE_AS
            )
        return DocFormat.DOCX
    if suffix == ".pdf":
        if kind == "zip":
            raise InputError(
                path,
                "is a zip package (perhaps a .docx) with a .pdf extension",
                "Rename it to .docx",
            )
        if kind != "pdf":
            raise InputError(path, "is not a PDF file (no PDF header)", _SAVE_AS)
        return DocFormat.PDF
    if kind in ("zip", "ole", "pdf"):
        raise InputError(path, f"is a binary {kind} file with a {suffix} extension", _SAVE_AS)
    return DocFormat(suffix.lstrip("."))


def _read(path: Path, reader: DocFormat) -> Document:
    if reader is DocFormat.DOCX:
        from .docx_reader import read_docx

        return read_docx(path)
    if reader is DocFormat.PDF:
        from .pdf_reader import read_pdf

        return read_pdf(path)
    from .text_reader import read_text

    return read_text(path, reader)


def load_document(path: str | Path) -> Document:
    """Read a report; every problem with the file is raised as :class:`InputError`."""
    path = Path(path)
    try:
        reader = _validate(path)
        document = _read(path, reader)
    except InputError:
        raise
    except PermissionError as exc:
        raise InputError(
            path, "cannot be read (permission denied)", "Check the file's permissions"
        ) from exc
    except (MemoryError, RecursionError) as exc:
        raise InputError(
            path, "is too large or too deeply nested to read safely", "Save a simpler copy"
        ) from exc
    except Exception as exc:
        raise InputError(
            path,
            f"could not be read: it looks corrupt or truncated ({type(exc).__name__})",
            "Open it in its program and save a fresh copy",
        ) from exc
    if not any(b.kind in BODY_KINDS for b in document.blocks):
        raise InputError(
            path, "contains no text", "Check that this is the right file and that it was saved"
        )
    return document
