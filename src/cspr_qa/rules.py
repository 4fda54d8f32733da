"""Rules as data, in the spirit of Vale: one TOML file per rule family in ``data/rules`` gives
each rule its id, default level, one-line summary, message and fix templates and the guidance
it rests on. Checks hold the logic and fill the templates' ``{fields}``; a partnership changes
the prose or adds fields through ``CSPR_QA_DATA_DIR`` and the levels through a profile."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from .datafiles import DataFiles
from .findings import Finding, Severity, block_finding, document_finding, span_finding
from .ingest.model import Block, Document


@dataclass(frozen=True)
class Rule:
    """One rule: what it flags, how loudly by default, and what it tells the reviewer."""

    id: str
    level: Severity
    summary: str
    message: str
    fix: str
    guidance: str
    #: Further tables: variants with their own message or fix, or lists of advice by key.
    tables: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def _texts(self, variant: str | None, fields: Mapping[str, Any]) -> tuple[str, str]:
        table = self.tables.get(variant, {}) if variant else {}  # no variant: the defaults
        message = table.get("message", self.message)
        fix = table.get("fix", self.fix)
        return message.format(**fields), fix.format(**fields)

    def at_span(
        self,
        document: Document,
        start: int,
        end: int,
        *,
        variant: str | None = None,
        level: Severity | None = None,
        **fields: Any,
    ) -> Finding:
        """A finding on a span of the document text, quoting it."""
        message, fix = self._texts(variant, fields)
        return span_finding(document, self.id, level or self.level, message, fix, start, end)

    def at_block(
        self,
        document: Document,
        block: Block,
        *,
        variant: str | None = None,
        level: Severity | None = None,
        **fields: Any,
    ) -> Finding:
        """A finding on a whole block (a heading, a comment), quoting it."""
        message, fix = self._texts(variant, fields)
        return block_finding(document, block, self.id, level or self.level, message, fix)

    def on_document(
        self,
        *,
        variant: str | None = None,
        level: Severity | None = None,
        section: str = "",
        evidence: str = "",
        **fields: Any,
    ) -> Finding:
        """A finding about the document (or a section) as a whole."""
        message, fix = self._texts(variant, fields)
        return document_finding(
            self.id, level or self.level, message, fix, section=section, evidence=evidence
        )


@dataclass(frozen=True)
class Family:
    """A rule family: its description and rules, as one data file gives them."""

    name: str
    description: str
    rules: tuple[Rule, ...]


class RuleBook:
    """Every rule family and rule, read from the data files once per loaded profile."""

    def __init__(self, families: list[Family]) -> None:
        self.families = {f.name: f for f in families}
        self._rules = {r.id: r for f in families for r in f.rules}

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def nearest(self, name: str) -> str | None:
        """The rule id or family closest to a misspelt one, if any is close."""
        match = difflib.get_close_matches(name, [*self._rules, *self.families], n=1, cutoff=0.6)
        return match[0] if match else None


def _rule(family: str, name: str, raw: Mapping[str, Any]) -> Rule:
    tables = {k: v for k, v in raw.items() if isinstance(v, dict)}
    return Rule(
        id=f"{family}.{name}",
        level=Severity(raw["level"]),
        summary=str(raw["summary"]),
        message=str(raw["message"]),
        fix=str(raw["fix"]),
        guidance=str(raw.get("guidance", "")),
        tables=tables,
    )


def rule_files() -> list[str]:
    """The built-in rule family files, relative to the data folder."""
    folder = resources.files("cspr_qa") / "data" / "rules"
    return sorted(f"rules/{p.name}" for p in folder.iterdir() if p.name.endswith(".toml"))


def load_rules(files: DataFiles | None = None) -> RuleBook:
    """Every rule family file, with the partnership's additions merged in."""
    files = files or DataFiles()
    families = []
    for relative in rule_files():
        data = files.load(relative)
        name = str(data["family"])
        rules = tuple(_rule(name, key, raw) for key, raw in data.get("rules", {}).items())
        families.append(Family(name, str(data.get("description", "")), rules))
    return RuleBook(families)
