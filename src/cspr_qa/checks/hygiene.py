"""Draft hygiene: comments, tracked changes and placeholders left in a draft, and structure
the other checks depend on (detected headings, empty sections)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import ClassVar

from ..context import CheckContext
from ..datafiles import load_toml
from ..findings import Finding, Severity, block_finding, document_finding, span_finding
from ..ingest.model import BlockKind
from ..pii.labels import inside_placeholder
from .registry import Check, register


@cache
def _settings() -> dict[str, object]:
    return load_toml("rules/hygiene.toml")


def _placeholder_pattern(extra: Iterable[str]) -> re.Pattern[str]:
    table = _settings()["placeholder"]
    assert isinstance(table, dict)
    patterns = [*table["patterns"], *extra]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@register
class DraftHygiene(Check):
    name = "hygiene"
    description = "Comments, tracked changes and placeholders left in the draft; structure."
    rules: ClassVar[dict[str, tuple[str, str]]] = {
        "hygiene.comment": ("warning", "A reviewer comment is still in the file"),
        "hygiene.tracked-change": ("warning", "Tracked changes are still in the file"),
        "hygiene.placeholder": ("warning", "Placeholder text (TBC, [insert date], XXX)"),
        "hygiene.no-headings": ("warning", "No headings were detected"),
        "hygiene.empty-section": ("info", "A heading with no text under it"),
    }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._comments(ctx)
        yield from self._tracked_changes(ctx)
        yield from self._placeholders(ctx)
        yield from self._structure(ctx)

    def _comments(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        for block in document.blocks_of(BlockKind.COMMENT, BlockKind.ANNOTATION):
            who = f" by {block.provenance.author}" if block.provenance.author else ""
            yield block_finding(
                document,
                block,
                "hygiene.comment",
                Severity.WARNING,
                f"A {block.kind.value}{who} is still in the file.",
                "Resolve it, then delete it (Review > Delete > Delete All Comments) "
                "before the draft leaves you: comments travel with the file.",
            )

    def _tracked_changes(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        suggestion = (
            "Accept or reject every change (Review > Accept > Accept All Changes) and switch "
            "Track Changes off; deleted text stays readable in the file until you do."
        )
        for block in document.blocks:
            if block.kind is BlockKind.DELETION:
                who = f" by {block.provenance.author}" if block.provenance.author else ""
                yield block_finding(
                    document,
                    block,
                    "hygiene.tracked-change",
                    Severity.WARNING,
                    f"Tracked deletion{who} is still in the file.",
                    suggestion,
                )
            for revision in block.revisions:
                who = f" by {revision.author}" if revision.author else ""
                yield span_finding(
                    document,
                    "hygiene.tracked-change",
                    Severity.WARNING,
                    f"Tracked insertion{who} is still in the file.",
                    suggestion,
                    block.start + revision.start,
                    block.start + revision.end,
                )

    def _placeholders(self, ctx: CheckContext) -> Iterator[Finding]:
        extra = ctx.profile.data.get("hygiene", {}).get("placeholders", [])
        pattern = _placeholder_pattern(extra)
        document = ctx.document
        for block in document.blocks:
            if not block.is_body:
                continue
            for match in pattern.finditer(block.text):
                if inside_placeholder(block.text, match.start(), match.end()):
                    continue
                yield span_finding(
                    document,
                    "hygiene.placeholder",
                    Severity.WARNING,
                    f"Placeholder text {match.group(0)!r} is still in the draft.",
                    "Replace it with the final wording, or delete it.",
                    block.start + match.start(),
                    block.start + match.end(),
                )

    def _structure(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        if not document.headings_detected:
            yield document_finding(
                "hygiene.no-headings",
                Severity.WARNING,
                "No headings were detected, so findings cannot be placed in sections and "
                "required sections cannot be found by their headings.",
                "Apply Word's Heading 1 / Heading 2 styles to section titles (or number them: "
                "'3. Analysis'). Run 'cspr-qa outline' to see what the tool detected.",
            )
            return
        table = _settings()["empty_section"]
        assert isinstance(table, dict)
        min_words = int(table["min_words"])
        for section in document.sections:
            if section.heading_block is None or section.detected_by == "title":
                continue
            words = sum(
                len(document.blocks[i].text.split())
                for i in section.block_indices
                if i != section.heading_block
            )
            has_children = any(s.parent == section.index for s in document.sections)
            if words < min_words and not has_children:
                yield block_finding(
                    document,
                    document.blocks[section.heading_block],
                    "hygiene.empty-section",
                    Severity.INFO,
                    f"Section {section.title!r} has no text under its heading.",
                    "Write the section, or remove the heading if it is not needed.",
                )
