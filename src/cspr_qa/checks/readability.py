"""Readability and accessibility: reading ease by section (textstat's Flesch formulas),
stricter for summary and family-facing sections; very long sentences; acronyms used before
they are explained."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import CheckContext
from ..elements.readability import reading_scores
from ..findings import Finding
from ..ingest.model import BlockKind
from ..ingest.roles import TextRole
from ..nlp import block_sentences
from ..pii.labels import inside_placeholder
from .registry import Check, register

_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,5}s?(?![\w-])")
_PSEUDONYM_BEFORE = re.compile(
    r"(?:Child|Baby|Sibling|Young Person|Adult|Male|Female|Mother|Father|Family)\s+$"
)
_GLOSSARY = re.compile(r"glossary|abbreviations|acronyms|terms used", re.IGNORECASE)
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z'’&-]*[A-Z]\W{1,3}$")
_CAPS_WORD_AFTER = re.compile(r"^\W{1,3}[A-Z][A-Z'’&-]*[A-Z](?![\w-])")
#: Blocks that are not running text: an acronym there is not "used" before it is explained.
_NOT_RUNNING_TEXT = frozenset(
    {
        TextRole.HEADING,
        TextRole.TITLE,
        TextRole.CONTENTS,
        TextRole.GLOSSARY,
        TextRole.REFERENCES,
        TextRole.BOILERPLATE,
    }
)


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
            # Reading ease is a measure of running prose: table cells and apparatus are not.
            text = " ".join(
                b.text
                for b in document.section_blocks(section)
                if b.kind is not BlockKind.TABLE_CELL and not ctx.roles.of(b).is_apparatus
            )
            scores = reading_scores(text) if section.heading_block is not None else None
            if scores is None or section.heading_block is None:
                continue
            ease, grade = scores
            facing = bool(family_facing.search(section.title))
            limit = limits["family_section_flesch"] if facing else limits["hard_section_flesch"]
            if round(ease) < limit:  # as the message shows it: "scores 30" is not below 30
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
            for b in document.body_blocks()
            if ctx.roles.of(b) is TextRole.GLOSSARY
            or (b.section is not None and _GLOSSARY.search(document.sections[b.section].title))
        )
        # A word the draft also writes in lower case is an English word set in capitals.
        words = {t.lower_ for t in ctx.doc if t.is_alpha and not t.is_upper}
        # Capitals inside an identifying detail (a registration, initials) are no acronym.
        identifiers = [(d.start, d.end) for d in ctx.identifiers]
        seen: set[str] = set()
        for block in document.body_blocks():
            if ctx.roles.of(block) in _NOT_RUNNING_TEXT:
                continue
            for match in _ACRONYM.finditer(block.text):
                acronym = (
                    match.group(0).rstrip("s") if match.group(0).endswith("s") else match.group(0)
                )
                if acronym in seen or acronym in known or len(acronym) < 2:
                    continue
                at = block.start + match.start()
                if inside_placeholder(block.text, match.start(), match.end()) or any(
                    start <= at < end for start, end in identifiers
                ):
                    continue
                if acronym.lower() in words or _in_capitals_run(block.text, match):
                    continue
                if _spelled_out(document.body_text, acronym):
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


def _spelled_out(text: str, acronym: str) -> bool:
    """Whether the draft writes the words the acronym stands for, capitalised, anywhere
    ("Local Child Safeguarding Practice Review" for LCSPR)."""
    letters = [ch for ch in acronym if ch.isalpha()]
    if len(letters) < 2:
        return False
    pattern = r"[\s-]+".join(rf"{ch}[a-z]+" for ch in letters)
    return re.search(rf"\b{pattern}\b", text) is not None


def _in_capitals_run(text: str, match: re.Match[str]) -> bool:
    """Whether the word sits in a phrase set in capitals ("WHAT WORKED WELL"): emphasis or a
    heading, not an acronym."""
    before = _CAPS_WORD_BEFORE.search(text[: match.start()])
    after = _CAPS_WORD_AFTER.match(text[match.end() :])
    return bool(before or after)
