"""Required content (seed 004 sections 9.1.3 and 9.1.5): each element the profile asks for,
found wherever it is, with what satisfied it and how sure the tool is; and the report's
proportions for context."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..context import CheckContext
from ..elements.detect import ElementResult, Level
from ..findings import Finding, Severity
from ..ingest.model import Document
from .registry import Check, register

_WORD = re.compile(r"[a-z]{4,}")
#: A paragraph restates a recommendation when it shares this share of the shorter one's words.
_RESTATED = 0.5


@register
class RequiredContent(Check):
    name = "content"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        missing = ctx.rule("content.missing")
        advice = missing.tables["advice"]
        for result in ctx.elements:
            spec = result.spec
            if not result.present:
                yield missing.on_document(
                    level=Severity.ERROR if spec.level is Level.REQUIRED else Severity.WARNING,
                    title=spec.title,
                    level_name=spec.level.value,
                    how=result.how,
                    advice=advice.get(spec.id, advice["local"]).format(
                        title_lower=spec.title.lower()
                    ),
                )
                continue
            yield self._found(ctx, result)
        yield from self._empty_recommendations(ctx)
        yield self._proportionality(ctx)

    def _found(self, ctx: CheckContext, result: ElementResult) -> Finding:
        """A found element, placed on the sentence it rests on (quoted), else its heading."""
        document, found = ctx.document, ctx.rule("content.found")
        where = [document.sections[i].title for i in _places(document, result)]
        fields: dict[str, Any] = {
            "title": result.spec.title,
            "mode": f" ({result.mode})" if result.mode else "",
            "how": result.how,
            "where": f" under '{where[0]}'" if where else "",
            "confidence": result.confidence,
            "quote": f': "{result.quote}"' if result.quote else "",
        }
        if result.evidence is not None and result.quote:
            block = document.blocks[result.evidence]
            offset = block.text.find(result.quote.removesuffix("..."))
            if offset >= 0:
                start = block.start + offset
                end = start + len(result.quote.removesuffix("..."))
                return found.at_span(document, start, end, **fields)
            return found.at_block(document, block, **fields)
        heading = document.sections[result.sections[0]].heading_block if result.sections else None
        if heading is None:
            return found.on_document(**fields)
        return found.at_block(document, document.blocks[heading], **fields)

    def _empty_recommendations(self, ctx: CheckContext) -> Iterator[Finding]:
        """A section headed as recommendations that yields none: none was found in it (or in
        its sub-sections), and none of its paragraphs restates one found elsewhere."""
        document = ctx.document
        result = next((r for r in ctx.elements if r.spec.id == "recommendations"), None)
        if result is None:
            return
        recs = [a.rec for a in ctx.recommendations]
        held = {r.block.section for r in recs if r.block.section is not None}
        found_words = [_words(r.text) for r in recs]
        for index in result.sections:
            if any(_within(document, s, index) for s in held):
                continue
            blocks = [
                b
                for b in document.body_blocks()
                if b.section is not None and _within(document, b.section, index)
            ]
            if any(_restates(_words(b.text), words) for b in blocks for words in found_words):
                continue
            heading = document.sections[index].heading_block
            if heading is not None:
                yield ctx.rule("content.empty-recommendations").at_block(
                    document, document.blocks[heading], title=document.sections[index].title
                )

    def _proportionality(self, ctx: CheckContext) -> Finding:
        document = ctx.document
        body = ctx.balance
        count = len(ctx.recommendations)  # the same count the SMART summary gives
        pages = f", {document.page_count} pages" if document.page_count else ""
        share = body.date_led_words / body.words if body.words else 0.0
        return ctx.rule("content.proportionality").on_document(
            words=document.word_count, pages=pages, share=share, count=count
        )


def _within(document: Document, section: int, ancestor: int) -> bool:
    index: int | None = section
    while index is not None:
        if index == ancestor:
            return True
        index = document.sections[index].parent
    return False


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _restates(block: set[str], rec: set[str]) -> bool:
    shorter = min(len(block), len(rec))
    return shorter >= 3 and len(block & rec) >= _RESTATED * shorter


def _places(document: Document, result: ElementResult) -> list[int]:
    """Where the element is: the section of the quoted sentence, or the outermost of the
    element's sections that holds it ('What we found' over 'Finding 1'); with no quote, its sections."""
    quoted = document.blocks[result.evidence].section if result.evidence is not None else None
    line, held = quoted, None
    while line is not None:
        if line in result.sections:
            held = line
        line = document.sections[line].parent
    if held is not None:
        return [held]
    return [quoted] if quoted is not None else result.sections
