"""Profiles: data files that say which rules apply and how severe they are.

A profile is TOML. Built-in profiles live in ``data/profiles``; a user profile is any
``.toml`` file and may ``extends = "wt2023"`` to change only what differs (merged as the data
files are: tables merged, lists appended, other values replaced). Checks read their own tables
from ``Profile.data`` (for example the required-content elements) and their rules from
``Profile.book``, loaded with the profile and validated against its ``[rules]`` settings.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .datafiles import DataFiles, extend
from .errors import InputError
from .findings import Severity
from .rules import RuleBook, load_rules

DEFAULT_PROFILE = "wt2023"
OFF = "off"


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    source: str
    book: RuleBook = field(compare=False)
    #: The data files as this profile's run sees them (built in, then CSPR_QA_DATA_DIR).
    files: DataFiles = field(compare=False)
    #: Levels the profile sets, by rule id or family name.
    levels: dict[str, str] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)

    def severity_for(self, rule: str, default: Severity) -> Severity | None:
        """The severity to report ``rule`` at, or None when the profile turns it off.

        A key may name a rule (``hygiene.placeholder``) or a whole family (``hygiene``).
        """
        setting = self.levels.get(rule, self.levels.get(rule.split(".", 1)[0]))
        if setting is None:
            return default
        return None if setting == OFF else Severity(setting)


def builtin_profiles() -> list[str]:
    folder = resources.files("cspr_qa") / "data" / "profiles"
    return sorted(
        p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml")
    )


def _read(spec: str, seen: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    if spec in seen:
        raise InputError(spec, "profile extends itself in a loop", "Fix the 'extends' settings")
    if spec in builtin_profiles():
        text = (resources.files("cspr_qa") / "data" / "profiles" / f"{spec}.toml").read_text(
            "utf-8"
        )
        source = f"built-in:{spec}"
    else:
        path = Path(spec)
        if not path.is_file():
            names = ", ".join(builtin_profiles())
            raise InputError(
                spec,
                "is neither a built-in profile nor a profile file",
                f"Use one of {names}, or a .toml path",
            )
        text = path.read_text("utf-8")
        source = str(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(source, f"is not valid TOML ({exc})", "Fix the profile file") from exc
    parent = raw.get("extends")
    if isinstance(parent, str):
        base, _ = _read(parent, (*seen, spec))
        raw = extend(base, {k: v for k, v in raw.items() if k != "extends"})
    return raw, source


def load_profile(spec: str | None = None) -> Profile:
    """Load a built-in profile by name or a profile file by path."""
    spec = spec or DEFAULT_PROFILE
    raw, source = _read(spec, ())
    files = DataFiles()
    book = load_rules(files)
    levels = raw.get("rules", {})
    _validate_levels(source, levels, book)
    meta = raw.get("profile", {})
    return Profile(
        name=str(meta.get("name", Path(spec).stem)),
        description=str(meta.get("description", "")),
        source=source,
        book=book,
        files=files,
        levels=dict(levels),
        data=raw,
    )


def _validate_levels(source: str, levels: dict[str, Any], book: RuleBook) -> None:
    """Every key names a rule or a family, and every value is a level or ``off``."""
    valid = {s.value for s in Severity} | {OFF}
    for rule, setting in levels.items():
        if rule not in book and rule not in book.families:
            nearest = book.nearest(rule)
            hint = f"Did you mean {nearest!r}?" if nearest else "Run 'cspr-qa rules' to list them"
            raise InputError(source, f"sets an unknown rule {rule!r}", hint)
        if setting not in valid:
            raise InputError(
                source,
                f"sets rule {rule!r} to {setting!r}",
                f"Use one of: {', '.join(sorted(valid))}",
            )
