"""Required content (seed 004 sections 9.1.3 and 9.1.5): each element the profile asks for,
found wherever it is, with what satisfied it and how sure the tool is; and the report's
proportions for context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..context import CheckContext
from ..elements.detect import Level
from ..findings import Finding, Severity
from .registry import Check, register


@register
class RequiredContent(Check):
    name = "content"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        missing, found = ctx.rule("content.missing"), ctx.rule("content.found")
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
            where = [document.sections[i].title for i in result.sections]
            fields: dict[str, Any] = {
                "title": spec.title,
                "mode": f" ({result.mode})" if result.mode else "",
                "how": result.how,
                "where": f" under '{where[0]}'" if where else "",
                "confidence": result.confidence,
            }
            anchor = (
                document.sections[result.sections[0]].heading_block
                if result.sections
                else (result.blocks[0] if result.blocks else None)
            )
            if anchor is None:
                yield found.on_document(**fields)
            else:
                yield found.at_block(document, document.blocks[anchor], **fields)
        yield self._proportionality(ctx)

    def _proportionality(self, ctx: CheckContext) -> Finding:
        document = ctx.document
        body = ctx.balance
        recs = next((r for r in ctx.elements if r.spec.id == "recommendations"), None)
        count = len(recs.blocks) if recs and recs.present else 0
        pages = f", {document.page_count} pages" if document.page_count else ""
        share = body.date_led_words / body.words if body.words else 0.0
        return ctx.rule("content.proportionality").on_document(
            words=document.word_count, pages=pages, share=share, count=count
        )
