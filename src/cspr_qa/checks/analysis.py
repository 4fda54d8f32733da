"""Quality of the analysis (seed 004 sections 8.2 and 8.11): explanation rather than
narration, labels that are not explained, and hindsight or blaming language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import CheckContext
from ..findings import Finding
from ..nlp import block_sentences
from .registry import Check, register

#: Elements whose sections should analyse rather than narrate.
_ANALYTIC = ("why_analysis", "multi_agency", "learning")


@register
class AnalysisQuality(Check):
    name = "analysis"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._chronology(ctx)
        yield from self._labels(ctx)
        yield from self._hindsight(ctx)

    def _chronology(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        limits = ctx.explanation.thresholds
        analytic_sections = {i for r in ctx.elements if r.spec.id in _ANALYTIC for i in r.sections}
        for index in sorted(analytic_sections):
            section = document.sections[index]
            sentences = [
                s.text
                for b in document.section_blocks(section)
                if b.index != section.heading_block
                for s in block_sentences(ctx.doc, b.start, b.end)
            ]
            mix = ctx.explanation.balance(sentences)
            if (
                mix.sentences >= 3
                and mix.chronology_share >= limits["section_chronology_share"]
                and mix.explained_share < limits["min_explained_share"]
            ):
                heading = document.blocks[section.heading_block]  # type: ignore[index]
                yield ctx.rule("analysis.chronology-section").at_block(
                    document,
                    heading,
                    title=section.title,
                    date_led=mix.date_led,
                    sentences=mix.sentences,
                    explained=mix.explained,
                )
        whole = ctx.balance
        share = whole.date_led_words / whole.words if whole.words else 0.0
        if share >= limits["report_chronology_share"]:
            yield ctx.rule("analysis.chronology-report").on_document(share=share)

    def _labels(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        window = int(ctx.explanation.thresholds["explain_window"])
        labels = ctx.explanation.patterns["labels"]
        for block in document.body_blocks():
            sentences = block_sentences(ctx.doc, block.start, block.end)
            for i, sentence in enumerate(sentences):
                match = labels.search(sentence.text)
                if not match:
                    continue
                following = [s.text for s in sentences[i : i + 1 + window]]
                if any(ctx.explanation.explains(text) for text in following):
                    continue
                start = sentence.start_char + match.start()
                yield ctx.rule("analysis.unexplained-label").at_span(
                    document, start, start + len(match.group(0)), label=match.group(0)
                )

    def _hindsight(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        pattern = ctx.explanation.patterns["hindsight"]
        for block in document.body_blocks():
            for match in pattern.finditer(block.text):
                if re.search(r"\brecommend", block.text, re.IGNORECASE):
                    continue  # 'should' belongs in recommendations
                yield ctx.rule("analysis.hindsight").at_span(
                    document,
                    block.start + match.start(),
                    block.start + match.end(),
                    phrase=match.group(0),
                )
