"""Identifying details that must not reach a published review (seed 004 section 9.1.4), in
every part of the file, plus jigsaw risks: details that identify a child in combination."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..context import CheckContext
from ..findings import Finding
from ..ingest.model import BlockKind
from ..pii.detector import Detection, pii_data
from ..pii.labels import Label
from .registry import Check, register

_AGE = re.compile(
    r"\b(?:aged|age)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b\d+[- ](?:year|month|week|day)s?[- ]old\b",
    re.IGNORECASE,
)
_PLACES = frozenset({Label.ADDRESS, Label.POSTCODE, Label.INSTITUTION})


def _rare_conditions(ctx: CheckContext) -> re.Pattern[str]:
    def build() -> re.Pattern[str]:
        terms = pii_data("jigsaw.toml", ctx.profile.files)["rare_conditions"]
        ordered = sorted(terms, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in ordered) + r")\b", re.I)

    return ctx.profile.files.derived("identifiers.rare_conditions", build)


@register
class Identifiers(Check):
    name = "identifiers"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        found = ctx.identifiers
        for d in found:
            block = document.block_at(d.start)
            kind = block.kind if block is not None else None
            yield ctx.rule(d.label.rule_id).at_span(
                document,
                d.start,
                d.end,
                variant="property" if kind is BlockKind.PROPERTY else None,
                text=d.text,
                reason=d.reason,
            )
        kinds = Counter(b.kind for b in document.blocks)
        parts = ", ".join(_counted(n, kind.value.replace("_", " ")) for kind, n in kinds.items())
        yield ctx.rule("identifiers.summary").on_document(
            count=len(found), passages=len(document.blocks), parts=parts
        )
        yield from self._jigsaw(ctx, found)

    def _jigsaw(self, ctx: CheckContext, found: list[Detection]) -> Iterator[Finding]:
        document = ctx.document
        rule = ctx.rule("identifiers.jigsaw")
        # The model's places, as token ranges, once (``Span.ents`` walks every entity of the
        # document each time it is read).
        places = [(ent.start, ent.end) for ent in ctx.doc.ents if ent.label_ == "GPE"]
        for block in document.body_blocks():
            inside = [d for d in found if block.start <= d.start < block.end]
            age = _AGE.search(block.text)
            has_date = any(d.label is Label.DATE for d in inside)
            span = ctx.doc.char_span(block.start, block.end, alignment_mode="expand")
            has_place = any(d.label in _PLACES for d in inside) or (
                span is not None and any(span.start <= i and j <= span.end for i, j in places)
            )
            if age and has_date and has_place:
                yield rule.at_span(document, block.start + age.start(), block.start + age.end())
            condition = _rare_conditions(ctx).search(block.text)
            if condition and (age or has_date or has_place):
                yield rule.at_span(
                    document,
                    block.start + condition.start(),
                    block.start + condition.end(),
                    variant="condition",
                    condition=condition.group(0),
                )


def _counted(n: int, word: str) -> str:
    """'1 comment', '8 properties'."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"
