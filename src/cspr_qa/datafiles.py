"""Rules and word lists are TOML data files in ``cspr_qa/data``. A partnership extends them
without editing the package: a file with the same relative path under the folder named by
``CSPR_QA_DATA_DIR`` is merged in (lists are appended to, tables merged, other values
replaced), e.g. ``$CSPR_QA_DATA_DIR/smart/criteria.toml`` holding ``owners = ["the Hub"]``."""

from __future__ import annotations

import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError

DATA_ENV = "CSPR_QA_DATA_DIR"


def extend(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = extend(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *extra]
    return extra


def load_toml(relative: str) -> dict[str, Any]:
    """A data file, with the partnership's additions from ``CSPR_QA_DATA_DIR`` merged in."""
    data = tomllib.loads((resources.files("cspr_qa") / "data" / relative).read_text("utf-8"))
    folder = os.environ.get(DATA_ENV, "").strip()
    override = Path(folder) / relative if folder else None
    if override is not None and override.is_file():
        try:
            data = extend(data, tomllib.loads(override.read_text("utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(override, f"is not valid TOML ({exc})", "Fix the data file") from exc
    return data
