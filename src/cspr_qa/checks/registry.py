"""A small registry of checks, in the spirit of spaCy's component factories."""

from __future__ import annotations

import importlib
import pkgutil
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import replace
from typing import ClassVar

from ..context import CheckContext
from ..findings import Finding


class Check(ABC):
    """One check family: turns a document into findings. Its rules (ids, levels, messages)
    are data: ``data/rules/NAME.toml``."""

    name: ClassVar[str]

    @abstractmethod
    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        """Yield findings for the document."""


_REGISTRY: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator adding a check to the registry under its ``name``."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise ValueError(f"two checks are named {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def all_checks() -> list[type[Check]]:
    """Every check module in this package, imported so it registers itself."""
    package = importlib.import_module(__package__ or "cspr_qa.checks")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name != "registry":
            importlib.import_module(f"{package.__name__}.{module.name}")
    return [_REGISTRY[name] for name in sorted(_REGISTRY)]


def run_checks(ctx: CheckContext) -> list[Finding]:
    """Run every registered check, apply the profile's severities, sort by position."""
    findings: list[Finding] = []
    for check_cls in all_checks():
        for finding in check_cls().run(ctx):
            severity = ctx.profile.severity_for(finding.rule, finding.severity)
            if severity is None:
                continue
            findings.append(replace(finding, severity=severity))
    findings.sort(
        key=lambda f: (
            f.location.start if f.location.start is not None else -1,
            -f.severity.rank,
            f.rule,
        )
    )
    return findings
