"""Draft hygiene: comments, tracked changes and placeholders left in a draft, and structure
the other checks depend on (detected headings, empty sections)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..context import CheckContext
from ..findings import Finding
from ..ingest.model import BlockKind, HeadingSource
from ..pii.labels import inside_placeholder
from .registry import Check, register


def _settings(ctx: CheckContext) -> dict[str, Any]:
    return ctx.profile.files.load("rules/hygiene.toml")


def _placeholder_pattern(ctx: CheckContext, extra: Iterable[str]) -> re.Pattern[str]:
    patterns = [*_settings(ctx)["placeholder"]["patterns"], *extra]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@register
class DraftHygiene(Check):
    name = "hygiene"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._comments(ctx)
        yield from self._tracked_changes(ctx)
        yield from self._placeholders(ctx)
        yield from self._structure(ctx)

    def _comments(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        rule = ctx.rule("hygiene.comment")
        for block in document.blocks_of(BlockKind.COMMENT, BlockKind.ANNOTATION):
            who = f" by {block.provenance.author}" if block.provenance.author else ""
            yield rule.at_block(document, block, kind=block.kind.value, who=who)

    def _tracked_changes(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        rule = ctx.rule("hygiene.tracked-change")
        for block in document.blocks:
            if block.kind is BlockKind.DELETION:
                who = f" by {block.provenance.author}" if block.provenance.author else ""
                yield rule.at_block(document, block, change="deletion", who=who)
            for revision in block.revisions:
                who = f" by {revision.author}" if revision.author else ""
                yield rule.at_span(
                    document,
                    block.start + revision.start,
                    block.start + revision.end,
                    change="insertion",
                    who=who,
                )

    def _placeholders(self, ctx: CheckContext) -> Iterator[Finding]:
        extra = ctx.profile.data.get("hygiene", {}).get("placeholders", [])
        pattern = _placeholder_pattern(ctx, extra)
        document = ctx.document
        rule = ctx.rule("hygiene.placeholder")
        for block in document.blocks:
            if not block.is_body:
                continue
            for match in pattern.finditer(block.text):
                if inside_placeholder(block.text, match.start(), match.end()):
                    continue
                yield rule.at_span(
                    document,
                    block.start + match.start(),
                    block.start + match.end(),
                    text=match.group(0),
                )

    def _structure(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        if not document.headings_detected:
            yield ctx.rule("hygiene.no-headings").on_document()
            return
        min_words = int(_settings(ctx)["empty_section"]["min_words"])
        parents = {s.parent for s in document.sections}
        opening = next(
            (b.index for b in document.body_blocks() if b.kind is not BlockKind.HEADING), 0
        )
        # A table of contents typed as lines reads as empty headings: each entry's title
        # recurs as a later heading, and the heading over them has only entries under it.
        sections = document.sections
        last = {" ".join(s.title.lower().split()): s.index for s in sections}
        listed = {s.index for s in sections if last[" ".join(s.title.lower().split())] > s.index}
        listed |= {s.index for s in sections if s.index + 1 in listed}
        title_page = True
        for section in document.sections:
            if section.heading_block is None or section.detected_by is HeadingSource.TITLE:
                continue
            # Flat headings stacked before the report's first text are its title page
            # ("Carrowmere Safeguarding Children Board" over "Serious Case Review ...").
            title_page = title_page and section.heading_block < opening
            title_page = title_page and section.parent is None and section.index not in parents
            words = sum(
                len(document.blocks[i].text.split())
                for i in section.block_indices
                if i != section.heading_block
            )
            if (
                words < min_words
                and section.index not in parents
                and not title_page
                and section.index not in listed
            ):
                yield ctx.rule("hygiene.empty-section").at_block(
                    document, document.blocks[section.heading_block], title=section.title
                )
