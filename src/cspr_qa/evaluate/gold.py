"""Reading gold files: JSON Lines, one record a line, with clean errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError


def read_gold(path: str | Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    """Records of a JSONL gold file; each must be an object holding the ``required`` keys."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "gold file not found", "Check the path to the .jsonl file")
    records = []
    try:
        lines = path.read_text("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(
            path, "is not UTF-8 text", "Save the gold file as UTF-8 JSON Lines"
        ) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}:{number}", f"is not valid JSON ({exc.msg})", "Fix or remove that line"
            ) from exc
        missing = [k for k in required if not isinstance(record, dict) or k not in record]
        if missing:
            raise InputError(
                f"{path}:{number}",
                f"lacks {', '.join(missing)}",
                "See EVAL-FORMATS.md for the format",
            )
        records.append(record)
    if not records:
        raise InputError(path, "holds no records", "Add one JSON object per line")
    return records


def gold_root(path: str | Path, root: str | Path | None) -> Path:
    """Folder that relative paths inside a gold file are resolved against."""
    return Path(root) if root else Path(path).resolve().parent
