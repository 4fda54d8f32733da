"""SMART recommendations: per recommendation, whether it names who acts and what
(Specific), how completion is evidenced (Measurable), whether it is one bounded action the
owner controls (Achievable), whether it follows from a finding (Relevant) and by when
(Time-bound); and report-level notes the Panel's guidance points to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ..context import CheckContext
from ..findings import Finding, Severity, block_finding, document_finding, span_finding
from ..smart.assess import Assessed, similarity
from ..smart.score import Verdict, criteria_lists
from .registry import Check, register

_SUGGEST = {
    "specific": "Name who will act and what they will do with a concrete verb, e.g. 'The "
    "Safeguarding Partnership will revise...', not 'agencies should consider...'.",
    "measurable": "Say how completion or impact will be evidenced: a deliverable (protocol, "
    "briefing, pathway) or an assurance measure (an audit of 30 cases reported to the partnership).",
    "time_bound": "Add a deadline: 'by March 2027' or 'within 12 weeks of publication'.",
    "relevant": "Link it to a finding: say which finding it answers, or add the analysis that "
    "supports it.",
}


def _mark(verdict: Verdict) -> str:
    return "~" if verdict.partial else ("✓" if verdict.met else "✗")


@register
class SmartRecommendations(Check):
    name = "smart"
    description = "Each recommendation: Specific, Measurable, Achievable, Relevant, Time-bound."
    rules: ClassVar[dict[str, tuple[str, str]]] = {
        "smart.recommendation": ("info", "A recommendation and its SMART verdicts"),
        "smart.specific": ("warning", "No named owner, or no concrete action"),
        "smart.measurable": ("warning", "No deliverable or evidence of completion"),
        "smart.achievable": (
            "warning",
            "A bundle, an exhortation, or an action only another body can take",
        ),
        "smart.relevant": ("warning", "Not linked to any finding in the report"),
        "smart.time-bound": ("warning", "No deadline (a bare frequency is partial)"),
        "smart.summary": ("info", "Number of recommendations, with the Panel's context"),
        "smart.duplicate": ("info", "Two recommendations that say nearly the same"),
        "smart.weak-action": ("info", "A training-only or reminder-only action"),
        "smart.unaddressed-finding": ("info", "A finding that no recommendation answers"),
    }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        assessed = ctx.recommendations
        weeks = criteria_lists()["thresholds"]["achievable_weeks"]
        for item in assessed:
            rec, smart = item.rec, item.score
            verdicts = {
                "S": smart.specific,
                "M": smart.measurable,
                "A": smart.achievable,
                "R": item.relevant,
                "T": smart.time_bound,
            }
            marks = " ".join(f"{k}{_mark(v)}" for k, v in verdicts.items())
            owner = f"; owner: {smart.owner}" if smart.owner else ""
            linked = f"; {item.relevant.reason}" if item.relevant.met else ""
            yield span_finding(
                document,
                "smart.recommendation",
                Severity.INFO,
                f"Recommendation {rec.number} ({rec.source}): {marks}{owner}{linked}.",
                "See the warnings for any criterion marked ✗ or ~.",
                rec.start,
                rec.end,
            )
            for name, verdict in (
                ("specific", smart.specific),
                ("measurable", smart.measurable),
                ("relevant", item.relevant),
                ("time_bound", smart.time_bound),
            ):
                if not verdict.met:
                    partial = " (partial)" if verdict.partial else ""
                    suggestion = _SUGGEST[name]
                    if verdict.partial:
                        suggestion = "A frequency says how often, not by when: add the date the first cycle completes."
                    yield span_finding(
                        document,
                        f"smart.{name.replace('_', '-')}",
                        Severity.WARNING,
                        f"Recommendation {rec.number} is not {name.replace('_', '-')}{partial}: {verdict.reason}.",
                        suggestion,
                        rec.start,
                        rec.end,
                    )
            if not smart.achievable.met:
                reason = smart.achievable.reason
                if reason.startswith("only"):
                    fix = "Make the local action one the owner can take (e.g. write to the national body with the learning) and record the national implication separately."
                elif reason.startswith("a bundle"):
                    fix = "Split it into separate recommendations, each one bounded action with its own owner."
                else:
                    fix = "Replace the exhortation with a specific change the owner can make and check."
                yield span_finding(
                    document,
                    "smart.achievable",
                    Severity.WARNING,
                    f"Recommendation {rec.number} may not be achievable: {reason}.",
                    f"{fix} The Kirklees process expects actions achievable within {weeks} weeks of publication.",
                    rec.start,
                    rec.end,
                )
        yield from self._report_level(ctx, assessed)

    def _report_level(self, ctx: CheckContext, assessed: list[Assessed]) -> Iterator[Finding]:
        document = ctx.document
        limits = criteria_lists()["thresholds"]
        n = len(assessed)
        many = n > int(limits["many_recommendations"])
        yield document_finding(
            "smart.summary",
            Severity.INFO,
            f"{n} recommendation(s) found"
            + (f"; that is more than {limits['many_recommendations']}." if many else "."),
            "The Panel favours few, focused recommendations that translate into specific actions "
            "with accountable owners.",
        )
        texts = [a.rec.text for a in assessed]
        pairs = similarity(texts, texts)
        for i in range(n):
            for j in range(i + 1, n):
                if pairs[i][j] >= float(limits["duplicate_similarity"]):
                    yield span_finding(
                        document,
                        "smart.duplicate",
                        Severity.INFO,
                        f"Recommendations {assessed[i].rec.number} and {assessed[j].rec.number} are "
                        f"nearly the same (similarity {pairs[i][j]:.2f}).",
                        "Merge them, or make the difference explicit.",
                        assessed[j].rec.start,
                        assessed[j].rec.end,
                    )
        lists = criteria_lists()
        training = re.compile("|".join(lists["training_only"]), re.IGNORECASE)
        reminder = re.compile("|".join(lists["reminder_only"]), re.IGNORECASE)
        for item in assessed:
            kind = (
                "training"
                if training.search(item.rec.text)
                else "a reminder"
                if reminder.search(item.rec.text)
                else ""
            )
            if kind and not re.search(
                r"\baudit|evaluat|assurance|measure", item.rec.text, re.IGNORECASE
            ):
                yield span_finding(
                    document,
                    "smart.weak-action",
                    Severity.INFO,
                    f"Recommendation {item.rec.number} relies on {kind} alone.",
                    "Training and reminders rarely change practice on their own: pair them with a "
                    "change to the system (a tool, a process) and a check that it worked.",
                    item.rec.start,
                    item.rec.end,
                )
        yield from self._unaddressed(ctx, assessed)

    def _unaddressed(self, ctx: CheckContext, assessed: list[Assessed]) -> Iterator[Finding]:
        document = ctx.document
        stated = [
            b
            for b in document.body_blocks()
            if re.match(r"\s*(?:key\s+)?finding\s*\d+", b.text, re.IGNORECASE)
        ]
        if not stated or not assessed:
            return
        scores = similarity([b.text for b in stated], [a.rec.text for a in assessed])
        threshold = float(criteria_lists()["thresholds"]["relevant_similarity"])
        for block, row in zip(stated, scores, strict=True):
            if max(row, default=0.0) < threshold:
                yield block_finding(
                    document,
                    block,
                    "smart.unaddressed-finding",
                    Severity.INFO,
                    "No recommendation appears to answer this finding.",
                    "Add a recommendation for it, or say why none is needed.",
                )
