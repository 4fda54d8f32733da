"""Write outputs as new files, atomically, never over an input."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError


def write_atomic(
    path: str | Path, data: str | bytes, *, protect: Iterable[str | Path] = ()
) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``protect`` lists input files: writing over one of them is refused.
    """
    target = Path(path)
    resolved = target.resolve()
    for source in protect:
        if Path(source).resolve() == resolved:
            raise InputError(target, "is one of the input files", "Choose a different output path")
    folder = resolved.parent
    if not folder.is_dir():
        raise InputError(
            target, "cannot be written: its folder does not exist", "Create the folder first"
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, resolved)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return resolved
