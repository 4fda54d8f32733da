"""The approver's scorecard: the structured results behind the findings (required content,
every recommendation's SMART verdicts, identifying details by kind and part, readability)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..context import CheckContext
from ..elements.detect import ElementResult
from ..ingest.model import Document


def _mark(met: bool | None, partial: bool = False) -> str:
    return "partial" if partial else ("yes" if met else "no")


def _places(document: Document, result: ElementResult) -> list[int]:
    """The sections an element was found in: those its heading names, or failing that those
    of the paragraphs that showed it (an approver can go and check either)."""
    if result.sections:
        return result.sections
    found = (document.blocks[i].section for i in result.blocks)
    return list(dict.fromkeys(i for i in found if i is not None))


def scorecard(ctx: CheckContext) -> dict[str, Any]:
    document = ctx.document
    found = ctx.identifiers
    by_part: Counter[str] = Counter()
    for d in found:
        block = document.block_at(d.start)
        by_part["body" if block is None or block.is_body else block.kind.value] += 1
    scores = ctx.readability
    return {
        "elements": [
            {
                "id": r.spec.id,
                "title": r.spec.title,
                "level": r.spec.level,
                "present": r.present,
                "confidence": r.confidence,
                "how": r.how,
                "mode": r.mode,
                "where": [document.section_path(i) for i in _places(document, r)],
            }
            for r in ctx.elements
        ],
        "recommendations": [
            {
                "number": a.rec.number,
                "text": a.rec.text,
                "source": a.rec.source,
                "section": document.section_path(a.rec.block.section),
                "owner": a.score.owner,
                "specific": _mark(a.score.specific.met),
                "measurable": _mark(a.score.measurable.met),
                "achievable": _mark(a.score.achievable.met),
                "relevant": _mark(a.relevant.met),
                "time_bound": _mark(a.score.time_bound.met, a.score.time_bound.partial),
            }
            for a in ctx.recommendations
        ],
        "identifiers": {
            "total": len(found),
            "by_label": dict(sorted(Counter(d.label.value for d in found).items())),
            "by_part": dict(sorted(by_part.items())),
        },
        "readability": (
            {
                "flesch_reading_ease": round(scores[0], 1),
                "flesch_kincaid_grade": round(scores[1], 1),
            }
            if scores
            else None
        ),
    }
