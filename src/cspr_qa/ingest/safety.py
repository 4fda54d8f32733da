"""Checks made before a parser touches a file: type sniffing and zip-bomb limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .. import config
from ..errors import InputError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"

_RESAVE = "Open it in Word and save a fresh copy as .docx"


def sniff(path: Path) -> str:
    """What the first bytes say the file is: 'zip', 'ole', 'pdf' or 'other'."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if PDF_MAGIC in head:
        return "pdf"
    return "other"


def check_zip_package(path: Path) -> None:
    """Refuse corrupt packages and zip bombs before anything is decompressed."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(
            path, "is corrupt or truncated (not a valid .docx package)", _RESAVE
        ) from exc
    if len(infos) > config.MAX_ZIP_ENTRIES:
        raise InputError(
            path,
            f"holds {len(infos)} packed files, more than a Word document ever needs",
            "Refused as unsafe; " + _RESAVE.lower(),
        )
    unpacked = sum(info.file_size for info in infos)
    if unpacked > config.MAX_UNPACKED_MB * 1024 * 1024:
        raise InputError(
            path,
            f"would unpack to {unpacked // (1024 * 1024)} MB (over the "
            f"{config.MAX_UNPACKED_MB} MB safety limit; possibly a zip bomb)",
            "Refused as unsafe; " + _RESAVE.lower(),
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > config.MAX_COMPRESSION_RATIO:
            raise InputError(
                path,
                f"contains {info.filename!r} compressed {ratio:.0f}:1 (possibly a zip bomb)",
                "Refused as unsafe; " + _RESAVE.lower(),
            )
    if "word/document.xml" not in names:
        raise InputError(
            path,
            "is a zip package but not a Word document (no word/document.xml)",
            "Check it is the right file; save the draft from Word as .docx",
        )
