"""Readability and accessibility: reading ease by section (textstat), stricter for summary
and family-facing sections; very long sentences; acronyms used before they are explained."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import CheckContext
from ..elements.readability import reading_scores
from ..findings import Finding
from ..ingest.model import BlockKind
from ..nlp import block_sentences
from ..pii.labels import inside_placeholder
from .registry import Check, register

_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,5}s?(?![\w-])")
_PSEUDONYM_BEFORE = re.compile(
    r"(?:Child|Baby|Sibling|Young Person|Adult|Male|Female|Mother|Father|Family)\s+$"
)
_GLOSSARY = re.compile(r"glossary|abbreviations|acronyms|terms used", re.IGNORECASE)


@register
class Readability(Check):
    name = "readability"

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._sections(ctx)
        yield from self._long_sentences(ctx)
        yield from self._acronyms(ctx)

    def _sections(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        limits = ctx.explanation.thresholds
        family_facing = re.compile("|".join(limits["family_section_headings"]), re.IGNORECASE)
        for section in document.sections:
            text = " ".join(
                b.text for b in document.section_blocks(section) if b.index != section.heading_block
            )
            scores = reading_scores(text) if section.heading_block is not None else None
            if scores is None or section.heading_block is None:
                continue
            ease, grade = scores
            facing = bool(family_facing.search(section.title))
            limit = limits["family_section_flesch"] if facing else limits["hard_section_flesch"]
            if ease < limit:
                kind = "a summary or family-facing section" if facing else "this section"
                yield ctx.rule("readability.hard-section").at_block(
                    document,
                    document.blocks[section.heading_block],
                    title=section.title,
                    ease=ease,
                    grade=grade,
                    kind=kind,
                    limit=limit,
                )
        scores = ctx.readability
        if scores is not None:
            yield ctx.rule("readability.scores").on_document(ease=scores[0], grade=scores[1])

    def _long_sentences(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        limit = int(ctx.explanation.thresholds["long_sentence_words"])
        for block in document.body_blocks():
            for sentence in block_sentences(ctx.doc, block.start, block.end):
                words = len(sentence.text.split())
                if words > limit:
                    yield ctx.rule("readability.long-sentence").at_span(
                        document, sentence.start_char, sentence.end_char, words=words
                    )

    def _acronyms(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        known = set(ctx.explanation.lists["known_acronyms"])
        glossary = " ".join(
            b.text
            for s in document.sections
            if _GLOSSARY.search(s.title)
            for b in document.section_blocks(s)
        )
        seen: set[str] = set()
        for block in document.body_blocks():
            if block.kind is BlockKind.HEADING:
                continue
            for match in _ACRONYM.finditer(block.text):
                acronym = (
                    match.group(0).rstrip("s") if match.group(0).endswith("s") else match.group(0)
                )
                if acronym in seen or acronym in known or len(acronym) < 2:
                    continue
                if inside_placeholder(block.text, match.start(), match.end()):
                    continue
                seen.add(acronym)
                before = block.text[: match.start()]
                if _PSEUDONYM_BEFORE.search(before) or re.search(
                    rf"\b{re.escape(acronym)}\b", glossary
                ):
                    continue
                around = block.text[max(0, match.start() - 2) : match.end() + 2]
                expanded = "(" + acronym in around or re.search(
                    rf"{re.escape(acronym)}\s*\(", block.text[match.start() :]
                )
                if expanded:
                    continue
                yield ctx.rule("readability.acronym").at_span(
                    document,
                    block.start + match.start(),
                    block.start + match.start() + len(acronym),
                    acronym=acronym,
                )
