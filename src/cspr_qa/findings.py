"""Findings (Vale-style alerts): rule id, severity, message, location, evidence, suggestion."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from .ingest.model import Block, Document, outline_label

EVIDENCE_CHARS = 240


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True)
class Location:
    """Where a finding is: part of the file, section path, paragraph, page, line, offsets."""

    part: str
    section: str
    detail: str = ""
    paragraph: int | None = None
    page: int | None = None
    line: int | None = None
    table: tuple[int, int, int] | None = None
    start: int | None = None
    end: int | None = None
    block_kind: str | None = None
    #: The paragraph's own number in the draft ("2.6"), which the reader finds it by.
    numbered: str = ""

    def describe(self) -> str:
        bits = [self.section or "(whole document)"]
        if self.part != "body":
            bits.append(f"{self.part} ({self.detail})" if self.detail else self.part)
        if self.table:
            bits.append("table {}, row {}, column {}".format(*self.table))
        if self.paragraph is not None:
            own = f" ({self.numbered} in the draft)" if self.numbered else ""
            bits.append(f"para {self.paragraph}{own}")
        elif self.numbered:
            bits.append(f"para {self.numbered} in the draft")
        if self.line is not None:
            bits.append(f"line {self.line}")
        if self.page is not None:
            bits.append(f"page {self.page}")
        return " · ".join(bits)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    location: Location
    evidence: str
    suggestion: str

    @property
    def family(self) -> str:
        return self.rule.split(".", 1)[0]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        table = self.location.table
        data["location"]["table"] = list(table) if table else None
        return data


def quote(text: str) -> str:
    """Evidence as shown to the user: whitespace folded, long text shortened."""
    folded = " ".join(text.split())
    return folded if len(folded) <= EVIDENCE_CHARS else folded[: EVIDENCE_CHARS - 1] + "…"


def locate(document: Document, start: int, end: int) -> Location:
    """The location of a character span of ``document.text``."""
    block = document.block_at(start)
    if block is None:
        return Location(part="document", section="", start=start, end=end)
    return block_location(document, block, start, end)


def block_location(
    document: Document, block: Block, start: int | None = None, end: int | None = None
) -> Location:
    prov = block.provenance
    detail = [prov.name or "", f"by {prov.author}" if prov.author else "", prov.part]
    return Location(
        part="body" if block.is_body else block.kind.value,
        detail=", ".join(d for d in detail if d and d != "body"),
        section=document.section_path(block.section),
        paragraph=prov.paragraph,
        page=prov.page,
        line=prov.line,
        table=prov.table,
        start=block.start if start is None else start,
        end=block.end if end is None else end,
        block_kind=block.kind.value,
        # the paragraph's own number as drafts write it ("2.6 In July ..."), not a chapter's
        numbered=label if "." in (label := outline_label(block.text)) else "",
    )


def block_finding(
    document: Document, block: Block, rule: str, severity: Severity, message: str, suggestion: str
) -> Finding:
    """A finding about a whole block (a comment, a deletion), quoting it as evidence."""
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        location=block_location(document, block),
        evidence=quote(block.text),
        suggestion=suggestion,
    )


def span_finding(
    document: Document,
    rule: str,
    severity: Severity,
    message: str,
    suggestion: str,
    start: int,
    end: int,
) -> Finding:
    """A finding anchored on a span of the document text, quoting it as evidence."""
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        location=locate(document, start, end),
        evidence=quote(document.text[start:end]),
        suggestion=suggestion,
    )


def document_finding(
    rule: str,
    severity: Severity,
    message: str,
    suggestion: str,
    *,
    section: str = "",
    evidence: str = "",
) -> Finding:
    """A finding about the document (or a section) as a whole, with no text span."""
    return Finding(
        rule=rule,
        severity=severity,
        message=message,
        location=Location(part="document", section=section),
        evidence=quote(evidence),
        suggestion=suggestion,
    )
