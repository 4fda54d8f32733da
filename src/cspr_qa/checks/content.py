"""Required content (seed 004 sections 9.1.3 and 9.1.5): each element the profile asks for,
found wherever it is, with what satisfied it and how sure the tool is; and the report's
proportions for context."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from ..context import CheckContext
from ..elements.detect import Level
from ..findings import Finding, Severity, block_finding, document_finding
from .registry import Check, register

_ADVICE = {
    "overview": "Add a brief account of what happened and the key circumstances of the case.",
    "methodology": "Say what the review covered (scope, period, terms of reference) and how it was done.",
    "child_lived_experience": "Describe what daily life was like for the child, in their own words where possible.",
    "family_views": "Include the family's views, or a short statement of why they were not included (9.1.5).",
    "practitioner_views": "Say how practitioners were involved and what they told the review.",
    "why_analysis": "Analyse why decisions were made and events happened, in the conditions practitioners worked in (8.2), not only what happened.",
    "multi_agency": "Critique how the agencies worked together, including any shortcomings.",
    "good_practice": "Give examples of good practice the review found.",
    "learning": "State the findings and learning, including whether the issues are features of practice in general.",
    "recommendations": "Set out what needs to happen so that agencies learn from this case.",
}


@register
class RequiredContent(Check):
    name = "content"
    description = "The minimum content of a review report, found by heading and by content."
    rules: ClassVar[dict[str, tuple[str, str]]] = {
        "content.missing": ("error", "A required element is missing (expected ones: warning)"),
        "content.found": ("info", "An element was found: where, how and how surely"),
        "content.proportionality": ("info", "Length, chronology share and recommendation count"),
    }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        for result in ctx.elements:
            spec = result.spec
            if not result.present:
                severity = Severity.ERROR if spec.level is Level.REQUIRED else Severity.WARNING
                yield document_finding(
                    "content.missing",
                    severity,
                    f"Missing: {spec.title} ({spec.level}; {result.how}).",
                    _ADVICE.get(spec.id, f"Add a section on {spec.title.lower()}."),
                )
                continue
            where = [document.sections[i].title for i in result.sections]
            mode = f" ({result.mode})" if result.mode else ""
            message = (
                f"{spec.title}{mode}: found by {result.how}"
                + (f" under '{where[0]}'" if where else "")
                + f" (confidence {result.confidence:.2f})."
            )
            anchor = (
                document.sections[result.sections[0]].heading_block
                if result.sections
                else (result.blocks[0] if result.blocks else None)
            )
            if anchor is None:
                yield document_finding("content.found", Severity.INFO, message, "No action needed.")
            else:
                yield block_finding(
                    document,
                    document.blocks[anchor],
                    "content.found",
                    Severity.INFO,
                    message,
                    "No action needed; if this is wrong, give the section a clearer heading.",
                )
        yield self._proportionality(ctx)

    def _proportionality(self, ctx: CheckContext) -> Finding:
        document = ctx.document
        body = ctx.balance
        recs = next((r for r in ctx.elements if r.spec.id == "recommendations"), None)
        count = len(recs.blocks) if recs and recs.present else 0
        pages = f", {document.page_count} pages" if document.page_count else ""
        share = body.date_led_words / body.words if body.words else 0.0
        return document_finding(
            "content.proportionality",
            Severity.INFO,
            f"{document.word_count} words{pages}; {share:.0%} of the text is date-led narrative; "
            f"about {count} recommendation paragraph(s).",
            "The national Panel asks for proportionate reviews that analyse rather than narrate, "
            "with few, focused recommendations.",
        )
