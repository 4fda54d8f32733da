"""Quality of the analysis (seed 004 sections 8.2 and 8.11): explanation rather than
narration, labels that are not explained, and hindsight or blaming language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from ..context import CheckContext
from ..elements.explain import analysis_lists, balance, explains, patterns
from ..findings import Finding, Severity, block_finding, document_finding, span_finding
from ..nlp import block_sentences
from .registry import Check, register

#: Elements whose sections should analyse rather than narrate.
_ANALYTIC = ("why_analysis", "multi_agency", "learning")


@register
class AnalysisQuality(Check):
    name = "analysis"
    description = "Why, not only what: chronology, unexplained labels, hindsight and blame."
    rules: ClassVar[dict[str, tuple[str, str]]] = {
        "analysis.chronology-section": ("warning", "An analysis section mostly narrates events"),
        "analysis.chronology-report": ("warning", "Date-led narrative dominates the report"),
        "analysis.unexplained-label": (
            "warning",
            "A label such as 'missed opportunity' with no why",
        ),
        "analysis.hindsight": ("warning", "Hindsight or blaming language"),
    }

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._chronology(ctx)
        yield from self._labels(ctx)
        yield from self._hindsight(ctx)

    def _chronology(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        limits = analysis_lists()["thresholds"]
        analytic_sections = {i for r in ctx.elements if r.spec.id in _ANALYTIC for i in r.sections}
        for index in sorted(analytic_sections):
            section = document.sections[index]
            sentences = [
                s.text
                for b in document.section_blocks(section)
                if b.index != section.heading_block
                for s in block_sentences(ctx.doc, b.start, b.end)
            ]
            mix = balance(sentences)
            if (
                mix.sentences >= 3
                and mix.chronology_share >= limits["section_chronology_share"]
                and mix.explained_share < limits["min_explained_share"]
            ):
                heading = document.blocks[section.heading_block]  # type: ignore[index]
                yield block_finding(
                    document,
                    heading,
                    "analysis.chronology-section",
                    Severity.WARNING,
                    f"Section '{section.title}' is mostly chronology: {mix.date_led} of "
                    f"{mix.sentences} sentences narrate dated events and {mix.explained} explain why.",
                    "For each key episode, say why practitioners acted as they did and what in the "
                    "system (workload, supervision, policy, culture) shaped it; move the dated "
                    "narrative to a short background section or an appendix.",
                )
        whole = ctx.balance
        share = whole.date_led_words / whole.words if whole.words else 0.0
        if share >= limits["report_chronology_share"]:
            yield document_finding(
                "analysis.chronology-report",
                Severity.WARNING,
                f"{share:.0%} of the report's words are in date-led sentences.",
                "The Panel asks for proportionate reviews that are not dominated by detailed "
                "chronology: summarise events and spend the words on why they happened.",
            )

    def _labels(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        window = int(analysis_lists()["thresholds"]["explain_window"])
        labels = patterns()["labels"]
        for block in document.body_blocks():
            sentences = block_sentences(ctx.doc, block.start, block.end)
            for i, sentence in enumerate(sentences):
                match = labels.search(sentence.text)
                if not match:
                    continue
                following = [s.text for s in sentences[i : i + 1 + window]]
                if any(explains(text) for text in following):
                    continue
                start = sentence.start_char + match.start()
                yield span_finding(
                    document,
                    "analysis.unexplained-label",
                    Severity.WARNING,
                    f"'{match.group(0)}' names what went wrong but the text does not say why.",
                    "Ask the second question: what got in the way (time, knowledge, systems, "
                    "relationships, fear of the family)? Say that, or drop the label.",
                    start,
                    start + len(match.group(0)),
                )

    def _hindsight(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        pattern = patterns()["hindsight"]
        for block in document.body_blocks():
            for match in pattern.finditer(block.text):
                if re.search(r"\brecommend", block.text, re.IGNORECASE):
                    continue  # 'should' belongs in recommendations
                yield span_finding(
                    document,
                    "analysis.hindsight",
                    Severity.WARNING,
                    f"'{match.group(0)}' judges with hindsight or blames.",
                    "Describe what was known at the time and the conditions practitioners were "
                    "working in, rather than what they should have done.",
                    block.start + match.start(),
                    block.start + match.end(),
                )
