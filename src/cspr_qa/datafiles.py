"""Rules and word lists are TOML data files in ``cspr_qa/data``. A partnership extends them
without editing the package: a file with the same relative path under the folder named by
``CSPR_QA_DATA_DIR`` is merged in (lists are appended to, tables merged, other values
replaced), e.g. ``$CSPR_QA_DATA_DIR/smart/criteria.toml`` holding ``owners = ["the Hub"]``.
A profile is merged over the built-in one the same way (``extends``).

One :class:`DataFiles` holds the files as one run sees them (built in, then the partnership's
additions) and what analysers compile from them; a loaded profile owns one, so a new profile
sees edited files and nothing is cached for the life of the process."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import InputError

DATA_ENV = "CSPR_QA_DATA_DIR"
T = TypeVar("T")


def extend(base: Any, extra: Any) -> Any:
    """``extra`` merged over ``base``: tables merged, lists appended, other values replaced."""
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = extend(base[key], value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *extra]
    return extra


def load_toml(relative: str, additions: Path | None = None) -> dict[str, Any]:
    """A built-in data file, with the same-named file under ``additions`` merged in."""
    data = tomllib.loads((resources.files("cspr_qa") / "data" / relative).read_text("utf-8"))
    override = additions / relative if additions is not None else None
    if override is not None and override.is_file():
        try:
            data = extend(data, tomllib.loads(override.read_text("utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(override, f"is not valid TOML ({exc})", "Fix the data file") from exc
    return data


def additions_dir() -> Path | None:
    """The partnership's folder of additions (``CSPR_QA_DATA_DIR``), if set."""
    folder = os.environ.get(DATA_ENV, "").strip()
    return Path(folder) if folder else None


class DataFiles:
    """The data files as one run sees them, each read once, and what is compiled from them."""

    def __init__(self, additions: Path | None = None) -> None:
        self.additions = additions if additions is not None else additions_dir()
        self._files: dict[str, dict[str, Any]] = {}
        self._derived: dict[str, Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the files read, not what was compiled from them (analysers tied to this
        process's model): a batch's worker processes rebuild those once each."""
        return {**self.__dict__, "_derived": {}}

    def load(self, relative: str) -> dict[str, Any]:
        """A data file (``"smart/criteria.toml"``) with the partnership's additions."""
        if relative not in self._files:
            self._files[relative] = load_toml(relative, self.additions)
        return self._files[relative]

    def lines(self, relative: str) -> list[str]:
        """A plain list file (one entry a line, '#' comments skipped), with the same-named
        file under the partnership's folder appended."""
        key = f"lines:{relative}"
        if key not in self._derived:
            text = (resources.files("cspr_qa") / "data" / relative).read_text("utf-8")
            extra = self.additions / relative if self.additions is not None else None
            if extra is not None and extra.is_file():
                text += "\n" + extra.read_text("utf-8")
            self._derived[key] = [
                line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"
            ]
        lines: list[str] = self._derived[key]
        return lines

    def derived(self, key: str, build: Callable[[], T]) -> T:
        """Something compiled from the files (patterns, a recognizer registry), built once."""
        if key not in self._derived:
            self._derived[key] = build()
        value: T = self._derived[key]
        return value
