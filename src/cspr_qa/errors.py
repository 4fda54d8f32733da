"""Errors that are the user's to fix, reported as one clear line (exit code 2)."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file (or option) the tool cannot use, with what is wrong and what to do."""

    def __init__(self, source: str | Path, problem: str, remedy: str) -> None:
        self.source = str(source)
        self.problem = problem
        self.remedy = remedy
        super().__init__(self.line())

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, str]]:
        """Pickle by the three parts (a batch checks files in worker processes)."""
        return (type(self), (self.source, self.problem, self.remedy))

    def line(self) -> str:
        """The one-line message shown on stderr."""
        remedy = self.remedy if self.remedy.endswith((".", ")")) else self.remedy + "."
        return f"{self.source}: {self.problem}. {remedy}"
