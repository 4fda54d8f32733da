"""Quality of the analysis (seed 004 sections 8.2 and 8.11): explanation rather than
narration, labels that are not explained, and hindsight or blaming language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..context import CheckContext
from ..elements.explain import Balance, Explanation, quoted_spans
from ..findings import Finding
from ..ingest.model import Document, Section
from ..ingest.roles import TextRole
from ..nlp import block_sentences
from .registry import Check, register

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_RECOMMEND = re.compile(r"\brecommend", re.IGNORECASE)

#: Elements whose sections should analyse rather than narrate.
_ANALYTIC = ("why_analysis", "multi_agency", "learning")
#: An analytic section with fewer sentences of its own than this is judged with its sub-sections.
_OWN_SENTENCES = 3
#: Elements whose sections describe the review itself, not practice.
_METHOD = ("methodology",)


_PRESENT = frozenset({"VBZ", "VBP"})
_INDEFINITE = frozenset({"a", "an", "any", "every", "each"})


def _analytic_sections(ctx: CheckContext) -> set[int]:
    """Sections that should analyse: headed as analysis or findings (or under such a heading),
    whatever their verdict, and those the analytic elements were found in. The report's title
    ("Child J: Learning Briefing") names the whole report, not an analytic part of it."""
    document = ctx.document
    headed = ctx.explanation.patterns["analytic_headings"]
    title = ctx.roles.title_section()
    chosen = {i for r in ctx.elements if r.spec.id in _ANALYTIC for i in r.sections}
    for section in document.sections:
        index: int | None = section.index
        while index is not None and index != title:
            if headed.search(document.sections[index].title):
                chosen.add(section.index)
                break
            index = document.sections[index].parent
    return {i for i in chosen - {title} if document.sections[i].heading_block is not None}


def _narrates(mix: Balance, limits: dict[str, Any], dates_only: bool = False) -> bool:
    """Whether a passage mostly narrates events: most sentences (or, unless ``dates_only``,
    paragraphs) open with a date and few explain; or (unless ``dates_only``), at length, many
    sentences carry a time anchor anywhere ("By the time of the third visit", "Early March:")
    and hardly any comment on what happened or explain it. A sub-section judged alone is judged on its
    sentences: an episode's paragraph opens with its date by nature."""
    led = mix.chronology_share >= limits["section_chronology_share"] or (
        not dates_only and mix.dated_paragraph_share >= limits["section_dated_paragraphs"]
    )
    if led and mix.explained_share < limits["min_explained_share"]:
        return True
    # unexplained: comment on events (restated guidance, judgements) explains none of them
    return not dates_only and (
        mix.sentences >= int(limits["narrated_min_sentences"])
        and mix.anchored_share >= float(limits["anchored_share"])
        and (
            mix.commentary_share < float(limits["max_commentary_share"])
            or (
                mix.explained_share < float(limits["unexplained_share"])
                and mix.sentences >= int(limits["unexplained_min_sentences"])
            )
        )
    )


def _prose(ctx: CheckContext, section: Section) -> list[tuple[str, list[Span]]]:
    """A section's own prose paragraphs, each its text and its sentences."""
    return [
        (b.text, list(block_sentences(ctx.doc, b.start, b.end)))
        for b in ctx.document.section_blocks(section)
        if b.index != section.heading_block and ctx.roles.of(b) is TextRole.PROSE
    ]


def _analytic_passages(
    ctx: CheckContext,
) -> Iterator[tuple[Section, list[tuple[str, list[Span]]], bool]]:
    """Each analytic section with the prose it is judged on: its own, or, when it has little
    of its own ("Key Practice Episodes" over "Episode 1", "Episode 2"), its sub-sections' too,
    judged there together; a sub-section so judged is judged again alone (flagged True) only
    on its dates (an agency's sub-section of dated entries inside an analysis that explains
    elsewhere), since an episode alone narrates by nature."""
    document = ctx.document
    covered: set[int] = set()
    for index in sorted(_analytic_sections(ctx)):
        section = document.sections[index]
        paragraphs = _prose(ctx, section)
        below = _descendants(document, index)
        if below and sum(len(sentences) for _, sentences in paragraphs) < _OWN_SENTENCES:
            paragraphs += [p for i in below for p in _prose(ctx, document.sections[i])]
            covered.update(below)
        yield section, paragraphs, index in covered


def _descendants(document: Document, index: int) -> list[int]:
    """The sub-sections of a section, at every depth, in document order."""
    found: set[int] = {index}
    for section in document.sections[index + 1 :]:
        if section.parent in found:
            found.add(section.index)
    return sorted(found - {index})


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
        for section, paragraphs, alone in _analytic_passages(ctx):
            mix = ctx.explanation.passage_balance(paragraphs)
            if mix.sentences >= 3 and _narrates(mix, limits, dates_only=alone):
                heading = document.blocks[section.heading_block]  # type: ignore[index]
                yield ctx.rule("analysis.chronology-section").at_block(
                    document,
                    heading,
                    title=section.title,
                    dated=mix.dated_paragraphs,
                    paragraphs=mix.paragraphs,
                    date_led=mix.date_led,
                    sentences=mix.sentences,
                    explained=mix.explained,
                    anchored=mix.anchored,
                    commentary=mix.commentary,
                )
        whole = ctx.balance
        share = whole.date_led_words / whole.words if whole.words else 0.0
        if share >= limits["report_chronology_share"]:
            yield ctx.rule("analysis.chronology-report").on_document(share=share)

    def _labels(self, ctx: CheckContext) -> Iterator[Finding]:
        """A label is explained when its paragraph, or the paragraph before or after it in its
        section, gives a cause or a condition of practice."""
        document = ctx.document
        labels = ctx.explanation.patterns["labels"]
        skip = _not_analysis(ctx)
        for section in document.sections:
            blocks = [b for b in document.section_blocks(section) if b.index not in skip]
            sentences = [block_sentences(ctx.doc, b.start, b.end) for b in blocks]
            for i, block_sentences_ in enumerate(sentences):
                for sentence in block_sentences_:
                    match = labels.search(sentence.text)
                    if (
                        not match
                        or _negated(sentence, match)
                        or _generic(sentence, match, ctx.explanation)
                    ):
                        continue  # "not one of a single missed opportunity"
                    near = [s.text for part in sentences[max(0, i - 1) : i + 2] for s in part]
                    if any(ctx.explanation.explains(text) for text in near):
                        continue
                    # the whole sentence is the evidence: the label alone cannot be judged
                    yield ctx.rule("analysis.unexplained-label").at_span(
                        document, sentence.start_char, sentence.end_char, label=match.group(0)
                    )

    def _hindsight(self, ctx: CheckContext) -> Iterator[Finding]:
        document = ctx.document
        skip = _not_analysis(ctx)
        carried, section = False, None  # a quotation running on from the paragraph before
        for block in document.body_blocks():
            if block.section != section:
                carried, section = False, block.section
            closes, ends_inside = _quotation_run(block.text, carried)
            was_carried, carried = carried, ends_inside
            if block.index in skip or _RECOMMEND.search(block.text):
                continue  # 'should' belongs in recommendations
            # someone's words: quotations in the paragraph, or a paragraph that is one
            words = block.text.strip()
            block_quote = words[:1] in ('"', "“") and words.rstrip(".")[-1:] in ('"', "”")
            quoted = [(block.start, block.end)] if block_quote else []
            quoted += quoted_spans(block.text, block.start)
            if was_carried:
                quoted.append((block.start, block.start + closes))
            for sentence in block_sentences(ctx.doc, block.start, block.end):
                for start, end in _hindsight_spans(sentence, ctx.explanation, quoted):
                    yield ctx.rule("analysis.hindsight").at_span(
                        document,
                        sentence.start_char,
                        sentence.end_char,
                        phrase=document.text[start:end],
                    )


def _quotation_run(text: str, inside: bool) -> tuple[int, bool]:
    """Where a quotation carried in from the paragraph before (``inside``) ends in ``text``
    (its length when it runs on), and whether ``text`` ends inside a quotation. A quotation
    over several paragraphs re-opens each one with a mark and closes only at its end."""
    running = inside  # the carried quotation has not closed yet
    closes = 0
    lead = len(text) - len(text.lstrip())
    for mark in _QUOTE_MARK.finditer(text):
        if running and mark.start() == lead:
            continue  # the mark that re-opens a quotation running on
        opens = mark.group(0) == "“" or (mark.group(0) == '"' and not inside)
        if running and not opens:
            running, closes = False, mark.end()
        inside = opens
    return (len(text) if running else closes), inside


_QUOTE_MARK = re.compile('["“”]')


def _not_analysis(ctx: CheckContext) -> set[int]:
    """Blocks that are not the report's own analysis: apparatus (boilerplate, glossary, title,
    references, action plans), appendices, the recommendations themselves, and the account of
    how the review was done (its scope and terms of reference)."""
    method = {i for r in ctx.elements if r.spec.id in _METHOD for i in r.sections}
    skip = {
        b.index
        for b in ctx.document.body_blocks()
        if ctx.roles.of(b) is not TextRole.PROSE or b.section in method
    }
    return skip | {a.rec.block.index for a in ctx.recommendations}


def _label_span(sentence: Span, match: re.Match[str]) -> Span | None:
    """The tokens of the label ``match`` found in the sentence's text."""
    start = sentence.start_char + match.start()
    return sentence.doc.char_span(start, start + len(match.group(0)), alignment_mode="expand")


def _negated(sentence: Span, match: re.Match[str]) -> bool:
    """Whether the label ``match`` (in the sentence) sits under a verb negated outside it
    ("is not one of a single missed opportunity"; "was not shared" is the label itself)."""
    span = _label_span(sentence, match)
    if span is None:
        return False
    start, end = span.start_char, span.end_char
    word = span[0]
    while word.head.i != word.i:
        word = word.head
        if any(c.dep_ == "neg" and not start <= c.idx < end for c in word.children):
            return True
    return False


def _generic(sentence: Span, match: re.Match[str], explanation: Explanation) -> bool:
    """Whether the label ``match`` is said of practice in general, not of this case."""
    span = _label_span(sentence, match)
    return span is not None and _states_a_norm(span[0], explanation)


def _states_a_norm(token: Token, explanation: Explanation) -> bool:
    """Whether the clause holding ``token`` is a general statement in the present tense ("a
    missed appointment is a missed opportunity"; "signs that should have led to questions" in
    a definition), not a judgement of this case. The statement is general when its main verb
    is in the simple present and the words sit in a relative clause or follow an indefinite
    subject; words under a reporting verb ("the Panel considers that") are a judgement."""
    reporting = explanation.words["reporting_verbs"]
    relative = False
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.lemma_ in reporting:
            return False
        relative = relative or token.dep_ == "relcl"
        token = token.head
    if token.tag_ not in _PRESENT:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    indefinite = any(
        any(d.lower_ in _INDEFINITE for d in s.children if d.dep_ == "det")
        or (s.tag_ == "NNS" and not any(d.dep_ in ("det", "poss") for d in s.children))
        for s in subjects
    )
    return relative or indefinite


def _hindsight_spans(
    sentence: Span, explanation: Explanation, quoted: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Hindsight phrases the review itself says (not framed by a negated verb or a reported
    view, not describing what a system was for); blame words in a sentence that does not
    disclaim blame; certainty adverbs that qualify a state rather than a manner, in the
    review's own judgement. A question
    (terms of reference, reflective questions), a sentence that names hindsight itself, and
    words inside ``quoted`` (document offsets: someone else's) are not the review judging."""
    text = sentence.text
    if text.rstrip().endswith("?") or explanation.patterns["hindsight_named"].search(text):
        return
    doc = sentence.doc
    base = sentence.start_char
    inside = [(a - base, b - base) for a, b in quoted]
    for start, end in _own_words(explanation, text, inside):
        span = doc.char_span(base + start, base + end, alignment_mode="expand")
        if (
            span is not None
            and _judges_an_act(span)
            and _the_reviews_judgement(span[0], explanation)
            and not _states_a_norm(span[0], explanation)
        ):
            yield base + start, base + end
    adverbs = explanation.words["hindsight_adverbs"]
    for token in sentence:
        within = any(a <= token.idx - base < b for a, b in inside)
        negated = token.i > 0 and doc[token.i - 1].lower_ == "not"  # "not obviously bruises"
        if (
            token.lower_ in adverbs
            and not within
            and not negated
            and _qualifies_a_state(token)
            and _the_reviews_judgement(token, explanation)  # not "Practitioners told us ..."
        ):
            yield token.idx, token.idx + len(token.text)


def _own_words(
    explanation: Explanation, text: str, quoted: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Hindsight phrases, and blame words when nothing disclaims them, outside quotations."""
    matches = list(explanation.patterns["hindsight"].finditer(text))
    if not explanation.patterns["negation"].search(text):
        matches += explanation.patterns["blame"].finditer(text)
    for match in matches:
        if not any(a <= match.start() < b for a, b in quoted):
            yield match.start(), match.end()


def _judges_an_act(span: Span) -> bool:
    """Whether "should have" names a done act ("should have referred", "should have been
    seen"), not a possession ("should have a system") nor a state ("should have been eating")."""
    words = list(span.doc[span.end : span.end + 2])
    if span[-1].lower_ != "have" or not words or words[0].is_punct:
        return True  # "failed to", or the act left understood ("as well as they should have")
    if words[0].lower_ == "been" and len(words) > 1:
        return words[1].tag_ != "VBG"
    return words[0].tag_ in ("VBN", "VBD")


def _qualifies_a_state(token: Token) -> bool:
    """Whether the adverb qualifies a state ("was clearly at risk", "clearly should have"),
    not a manner ("recorded it clearly", "is clearly recorded", "clearly written in 2008") nor
    a description ("an obviously broken arm")."""
    head = token.head
    if head.lemma_ == "be":
        return True
    if head.tag_ == "VBN" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False  # how something was done: a participle, not a modal judgement
    return token.i < head.i and head.pos_ in ("VERB", "AUX", "ADJ") and head.dep_ != "amod"


def _the_reviews_judgement(token: Token, explanation: Explanation) -> bool:
    """Whether the clause holding ``token`` is the review judging an act: not the complement
    or the reason of a negated verb, however far up ("does not suggest that ... should have",
    "has not sought to establish whether ... should have", "did not happen because anyone
    failed to"), not someone else's reported view ("Her manager accepted
    that ..."), not a relative clause saying what a system was for ("the forums that should
    have brought it together")."""
    reporting = explanation.words["reporting_verbs"]
    voice = explanation.words["review_voice"]
    purposes = explanation.words["purpose_nouns"]
    clause = False  # inside a clause a verb governs ('establish whether ... should have')
    while token.head.i != token.i:
        head = token.head
        reason = token.dep_ == "advcl" and any(c.lower_ == "because" for c in token.children)
        clause = clause or token.dep_ == "ccomp" or reason
        if clause and any(c.dep_ == "neg" for c in head.children):
            return False
        if token.dep_ == "ccomp" and head.lemma_ in reporting:
            subjects = [c.lemma_.lower() for c in head.children if c.dep_ == "nsubj"]
            if subjects and not voice & set(subjects):
                return False
        if token.dep_ == "relcl" and head.lemma_.lower() in purposes:
            return False
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children):
            return False  # a state of things ("harder than it should have been")
        token = head
    return True
