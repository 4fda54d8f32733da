"""Check families. Each module registers one or more :class:`Check` classes; the CLI runs
every registered check, so a new family plugs in by adding a module here."""

from ..context import CheckContext
from .registry import Check, all_checks, register, run_checks

__all__ = ["Check", "CheckContext", "all_checks", "register", "run_checks"]
