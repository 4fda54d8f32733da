"""SMART recommendations: per recommendation, whether it names who acts and what
(Specific), how completion is evidenced (Measurable), whether it is one bounded action the
owner controls (Achievable), whether it follows from a finding (Relevant) and by when
(Time-bound); and report-level notes the Panel's guidance points to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import CheckContext
from ..findings import Finding
from ..smart.assess import Assessed, similarity
from ..smart.extract import Recommendation
from ..smart.score import Criteria, Verdict
from .registry import Check, register

#: Criteria reported as warnings when not met, with their rule names.
_CRITERIA = ("specific", "measurable", "achievable", "relevant", "time-bound")


def _mark(verdict: Verdict) -> str:
    return "~" if verdict.partial else ("✓" if verdict.met else "✗")


def _verdicts(item: Assessed) -> dict[str, Verdict]:
    smart = item.score
    return {
        "specific": smart.specific,
        "measurable": smart.measurable,
        "achievable": smart.achievable,
        "relevant": item.relevant,
        "time-bound": smart.time_bound,
    }


def example(item: Assessed, weeks: int, requests: frozenset[str] = frozenset()) -> str:
    """A rewrite of this recommendation from its own owner and action: who, a concrete
    action, the evidence and a deadline ('The ICB will revise the pathway, report an audit
    of 20 cases to the partnership, within 12 weeks of publication'). Its own deadline and
    evidence are kept; a request ('ask X to...', lemmas in ``requests``) reports the reply."""
    smart = item.score
    owner = smart.owner or "[the named body, e.g. the Safeguarding Partnership]"
    owner = owner[0].upper() + owner[1:]
    action = smart.action_phrase or _restated_action(item.rec.text)
    when = _own_deadline(smart.time_bound) or f"within {weeks} weeks of publication"
    if smart.time_bound.met and smart.time_bound.evidence.strip().lower() in action.lower():
        when = ""  # the action already says when ('ensure that, within 12 weeks, ...')
    asks = smart.action in requests
    evidence = (
        ""
        if smart.measurable.met
        else ", and report the reply to the partnership"
        if asks
        else ", and report an audit of the change to the partnership"
    )
    return f"'{owner} will {' '.join(filter(None, (action, when)))}{evidence}'"


def _called(rec: Recommendation) -> str:
    """How a finding names a recommendation: its place in reading order, and the draft's own
    label when that differs ("3 (the draft's 2a)"), so an edit lands on the right one."""
    own = rec.drafted
    return (
        f"{rec.number} (the draft's {own})" if own and own != str(rec.number) else str(rec.number)
    )


def _own_deadline(verdict: Verdict) -> str:
    """The recommendation's own deadline, as a phrase to keep ('by March 2026', 'by Q4')."""
    if not verdict.met or not verdict.evidence:
        return ""
    when = verdict.evidence.strip()
    if re.match(r"(?:by|within|before|in|during|from|when|once|immediately)\b", when, re.I):
        return when[0].lower() + when[1:]
    if re.fullmatch(r"\w+\s+(?:days?|weeks?|months?|years?)", when, re.I):
        return f"within {when}"  # a bare duration ('12 weeks')
    return f"by {when}"


def _restated_action(text: str) -> str:
    """The recommendation's own words after its modal ('should consider how...'), as the
    action to make concrete."""
    match = re.search(r"\b(?:should|will|must|to)\s+(?:be\s+)?(.{8,90}?)(?:[.;,]|$)", text)
    return f"[replace with a concrete action for: {match.group(1) if match else text[:80]}]"


@register
class SmartRecommendations(Check):
    name = "smart"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        criteria = Criteria.of(ctx.profile.files)
        weeks = criteria.thresholds["achievable_weeks"]
        for item in ctx.recommendations:
            rec, smart = item.rec, item.score
            verdicts = _verdicts(item)
            yield ctx.rule("smart.recommendation").at_span(
                document,
                rec.start,
                rec.end,
                number=_called(rec),
                source=rec.source.value,
                marks=" ".join(f"{k[0].upper()}{_mark(v)}" for k, v in verdicts.items()),
                owner=f"; owner: {smart.owner}" if smart.owner else "",
                linked=f"; {item.relevant.reason}" if item.relevant.met else "",
            )
            for name in _CRITERIA:
                verdict = verdicts[name]
                if verdict.met:
                    continue
                yield ctx.rule(f"smart.{name}").at_span(
                    document,
                    rec.start,
                    rec.end,
                    variant=verdict.shortfall.value if verdict.shortfall else None,
                    number=_called(rec),
                    reason=verdict.reason,
                    weeks=weeks,
                    example=example(item, weeks, criteria.request_verbs),
                )
        yield from self._report_level(ctx, ctx.recommendations)

    def _report_level(self, ctx: CheckContext, assessed: list[Assessed]) -> Iterator[Finding]:
        document = ctx.document
        limits = Criteria.of(ctx.profile.files).thresholds
        n = len(assessed)
        many = n > int(limits["many_recommendations"])
        yield ctx.rule("smart.summary").on_document(
            count=n, many=f"; that is more than {limits['many_recommendations']}" if many else ""
        )
        texts = [a.rec.text for a in assessed]
        pairs = similarity(texts, texts, Criteria.of(ctx.profile.files))
        for i in range(n):
            for j in range(i + 1, n):
                if pairs[i][j] >= float(limits["duplicate_similarity"]):
                    yield ctx.rule("smart.duplicate").at_span(
                        document,
                        assessed[j].rec.start,
                        assessed[j].rec.end,
                        first=_called(assessed[i].rec),
                        second=_called(assessed[j].rec),
                        similarity=pairs[i][j],
                    )
        lists = Criteria.of(ctx.profile.files).lists
        kinds = [
            (label, re.compile("|".join(lists[key]), re.IGNORECASE))
            for label, key in (
                ("training", "training_only"),
                ("a reminder", "reminder_only"),
                ("raising awareness", "awareness_only"),
                ("consideration", "consider_only"),
            )
        ]
        checked = re.compile("|".join(lists["remedy_checks"]), re.IGNORECASE)
        for item in assessed:
            kind = next((label for label, p in kinds if p.search(item.rec.text)), "")
            # 'alone': every concrete action it asks for is itself of a weak kind ('deliver
            # ICON messages ..., and the HSCP should consider how' asks for more).
            alone = all(any(p.search(a) for _, p in kinds) for a in item.score.actions)
            if kind and alone and not checked.search(item.rec.text):
                yield ctx.rule("smart.weak-action").at_span(
                    document, item.rec.start, item.rec.end, number=_called(item.rec), kind=kind
                )
        yield from self._unaddressed(ctx, assessed)

    def _unaddressed(self, ctx: CheckContext, assessed: list[Assessed]) -> Iterator[Finding]:
        """A numbered finding no recommendation answers: none names it, sits under it or
        was traced to it, and none is close to it in what it addresses."""
        document = ctx.document
        criteria = Criteria.of(ctx.profile.files)
        findings = ctx.draft_findings
        if not findings or not assessed:
            return
        answered = {a.finding.index for a in assessed if a.finding is not None}
        scores = similarity([f.text for f in findings], [a.rec.text for a in assessed], criteria)
        threshold = float(criteria.thresholds["relevant_similarity"])
        for finding, row in zip(findings, scores, strict=True):
            if finding.heading.index not in answered and max(row, default=0.0) < threshold:
                yield ctx.rule("smart.unaddressed-finding").at_block(document, finding.heading)
