"""Identifying details that must not reach a published review (seed 004 section 9.1.4), in
every part of the file, plus jigsaw risks: details that identify a child in combination."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import ClassVar

from ..context import CheckContext
from ..findings import Finding, Severity, span_finding
from ..pii.detector import Detection, pii_data
from ..pii.labels import Label
from .registry import Check, register

_AGE = re.compile(
    r"\b(?:aged|age)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b\d+[- ](?:year|month|week|day)s?[- ]old\b",
    re.IGNORECASE,
)
_PLACES = frozenset({Label.ADDRESS, Label.POSTCODE, Label.INSTITUTION})


@functools.cache
def _advice() -> dict[str, dict[str, str]]:
    return pii_data("advice.toml")


@functools.cache
def _rare_conditions() -> re.Pattern[str]:
    terms = sorted(pii_data("jigsaw.toml")["rare_conditions"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)


@register
class Identifiers(Check):
    name = "identifiers"
    description = "Names, addresses, dates, numbers and settings that identify the family."
    rules: ClassVar[dict[str, tuple[str, str]]] = {
        **{
            f"identifiers.{label.value.lower().replace('_', '-')}": (
                "error",
                f"A possible {_advice()['label_name'][label.value]} in any part of the file",
            )
            for label in Label
        },
        "identifiers.jigsaw": ("info", "Details that identify a child in combination"),
    }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        found = ctx.identifiers
        advice = _advice()
        for d in found:
            name = advice["label_name"][d.label.value]
            yield span_finding(
                document,
                f"identifiers.{d.label.value.lower().replace('_', '-')}",
                Severity.ERROR,
                f"Possible {name} '{d.text}': {d.reason}.",
                advice["label"][d.label.value],
                d.start,
                d.end,
            )
        yield from self._jigsaw(ctx, found)

    def _jigsaw(self, ctx: CheckContext, found: list[Detection]) -> Iterator[Finding]:
        document = ctx.document
        for block in document.body_blocks():
            inside = [d for d in found if block.start <= d.start < block.end]
            age = _AGE.search(block.text)
            has_date = any(d.label is Label.DATE for d in inside)
            span = ctx.doc.char_span(block.start, block.end, alignment_mode="expand")
            has_place = any(d.label in _PLACES for d in inside) or (
                span is not None and any(ent.label_ == "GPE" for ent in span.ents)
            )
            if age and has_date and has_place:
                yield span_finding(
                    document,
                    "identifiers.jigsaw",
                    Severity.INFO,
                    "An exact age, an exact date and a place together can identify a child "
                    "even when no name is given.",
                    "Keep at most one of these precise; give the others loosely "
                    "('in the spring', 'a town in the area').",
                    block.start + age.start(),
                    block.start + age.end(),
                )
            condition = _rare_conditions().search(block.text)
            if condition and (age or has_date or has_place):
                yield span_finding(
                    document,
                    "identifiers.jigsaw",
                    Severity.INFO,
                    f"A rare condition ('{condition.group(0)}') named beside other details "
                    "can identify the child.",
                    "Describe the condition generally ('a lifelong health condition') unless "
                    "the learning depends on it.",
                    block.start + condition.start(),
                    block.start + condition.end(),
                )
