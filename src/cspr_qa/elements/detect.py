"""Find the required-content elements wherever they are and whatever their heading says:
heading phrasings (data/elements/elements.toml plus the profile's), a paragraph classifier
(models/content_elements.joblib) and sentence rules (what the text does: explains why, critiques
joint working, gives the family's views or says why they are absent). Only the report's own prose
is evidence: title, headings, glossary, references, appendices, action plans and boilerplate
(ingest/roles.py) never are. Every verdict keeps its place and the sentence it rests on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..datafiles import DataFiles
from ..ingest.model import Block, BlockKind, Document, Section
from ..ingest.roles import Roles, TextRole
from ..nlp import block_sentences, english_words
from ..pii.names import declared_pseudonyms
from ..profile import Profile
from ..textmodel import load_classifier
from .explain import Explanation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CLASSIFIED = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL})
#: Elements whose sections frame the review (its purpose, the case, the method) rather than
#: analyse it: evidence for another element is quoted from them only when nothing else has it.
_FRAMING = ("overview", "methodology")
_MIN_WORDS = 6
_QUOTE_CHARS = 240
#: A paragraph's reading as an element that counts even under another element's heading.
_STRONG = 0.5
#: A paragraph shorter than this (a finding's title, a sign-off line) is too little text for
#: the classifier's weak reading of it to count; a strong one (``_STRONG``) still does.
_SHORT_WORDS = 12
#: A sentence worth quoting has a word in it (not a bullet or a paragraph number alone).
_WORDY = re.compile(r"[A-Za-z]{2}")
#: Between a source and what it gave the review, a clause break means another actor may speak
#: ("the family, but practitioners told the review").
_CLAUSE_BREAK = re.compile(r"[,;:()]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


class Level(StrEnum):
    """How a profile treats an element: its absence is an error, a warning, or not checked."""

    REQUIRED = "required"
    EXPECTED = "expected"
    OFF = "off"


_PARAGRAPH_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class SentenceRule:
    """What a sentence must do to count for an element: every group of patterns matches, the
    first ``distinct`` times with different words (two agencies, say) or once with a
    ``collective`` phrase that names several on its own ("other agencies", "each other"), in
    ``min_sentences`` sentences of the report's prose."""

    groups: tuple[re.Pattern[str], ...]
    distinct: int
    min_sentences: int
    collective: re.Pattern[str] | None = None

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> SentenceRule | None:
        if not raw:
            return None
        groups = tuple(p for p in (_alternation(g) for g in raw["groups"]) if p is not None)
        return cls(
            groups,
            int(raw.get("distinct", 1)),
            int(raw.get("min_sentences", 1)),
            _alternation(raw.get("collective", [])),
        )

    def holds(self, sentence: str) -> bool:
        first, *rest = self.groups
        words = {m.group(0).lower() for m in first.finditer(sentence)}
        several = len(words) >= self.distinct or bool(
            self.collective and self.collective.search(sentence)
        )
        return several and all(g.search(sentence) for g in rest)


@dataclass(frozen=True)
class VoiceRule:
    """A sentence in which a speaker (the child, "Child T") is the active subject of a verb of
    saying ("Child T told her teacher that ...", not "Child T could not tell anyone"), read on
    the parse. ``speakers`` match the whole subject phrase, case-sensitively."""

    speakers: re.Pattern[str]
    verbs: frozenset[str]

    @classmethod
    def of(cls, raw: dict[str, Any] | None) -> VoiceRule | None:
        if not raw:
            return None
        speakers = re.compile("|".join(f"(?:{p})" for p in raw["speakers"]))
        return cls(speakers, frozenset(raw["verbs"]))

    def speaks(self, sentence: Span, names: frozenset[str] = frozenset()) -> bool:
        """``names``: the pseudonyms the draft declares ("a young man we call Kai") speak too."""
        for verb in sentence:
            if verb.lemma_.lower() not in self.verbs or verb.pos_ not in ("VERB", "AUX"):
                continue
            children = list(verb.children)
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in children):
                continue  # not said, or only could have been
            for child in children:
                words = [t.text for t in child.subtree]
                while words and _PARAGRAPH_NUMBER.fullmatch(words[0]):
                    words.pop(0)  # '3.3 Child J described...': the paragraph's number
                subject = " ".join(words)
                if child.dep_ == "nsubj" and (self.speakers.fullmatch(subject) or subject in names):
                    return True
        return False


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class ElementSpec:
    id: str
    title: str
    headings: re.Pattern[str]
    cues: re.Pattern[str] | None
    single_cue: float
    threshold: float
    level: Level
    local: bool = False  # a section the profile adds; found by heading only
    sentences: SentenceRule | None = None
    #: Sentences in which the element's speaker speaks (the child's own words).
    voice: VoiceRule | None = None
    #: Whether the classifier's reading of a paragraph counts (family views: rules only).
    classified: bool = True
    #: Elements whose paragraphs may count for this one too (practitioners explaining why).
    shares_with: frozenset[str] = frozenset()
    #: Whether the paragraphs under its heading are its own (the family's views).
    exclusive: bool = False
    #: Whether an appendix headed as the element counts ("Appendix 1: Terms of reference").
    in_appendices: bool = False
    #: Sentences saying the report has no such element ("rather than make recommendations").
    absent: re.Pattern[str] | None = None
    #: Sentences whose cues do not count (what research found, not this child's life).
    ignore: re.Pattern[str] | None = None

    def cue_score(self, text: str) -> float:
        """Rule evidence for a paragraph: ``single_cue`` for one distinct cue, 0.5 for more."""
        if self.cues is None:
            return 0.0
        if self.ignore is not None:
            text = " ".join(s for s in _SENTENCE_END.split(text) if not self.ignore.search(s))
        hits = len({m.group(0).lower() for m in self.cues.finditer(text)})
        return 0.0 if hits == 0 else self.single_cue if hits == 1 else max(0.5, self.single_cue)


@dataclass
class ElementResult:
    """Whether an element is present, how sure the tool is, and what satisfied it."""

    spec: ElementSpec
    present: bool
    confidence: float
    how: str
    sections: list[int] = field(default_factory=list)
    blocks: list[int] = field(default_factory=list)
    mode: str = ""  # family views: "views" or "not-included statement"
    #: The block the verdict rests on (its place) and the sentence quoted from it.
    evidence: int | None = None
    quote: str = ""


def specs_for(profile: Profile) -> list[ElementSpec]:
    """The elements to look for, with the profile's levels, headings and local sections."""
    data = profile.files.load("elements/elements.toml")["elements"]
    content = profile.data.get("content", {})
    levels: dict[str, str] = content.get("elements", {})
    extra_headings: dict[str, list[str]] = content.get("headings", {})
    specs = []
    for element_id, spec in data.items():
        headings = _alternation([*spec["headings"], *extra_headings.get(element_id, [])])
        assert headings is not None
        specs.append(
            ElementSpec(
                id=element_id,
                title=spec["title"],
                headings=headings,
                cues=_alternation(spec.get("cues", [])),
                single_cue=float(spec.get("single_cue", 0.3)),
                threshold=float(spec["threshold"]),
                level=Level(levels.get(element_id, Level.EXPECTED)),
                sentences=SentenceRule.of(spec.get("sentences")),
                voice=VoiceRule.of(spec.get("voice")),
                classified=bool(spec.get("classified", True)),
                shares_with=frozenset(spec.get("shares_with", [])),
                exclusive=bool(spec.get("exclusive", False)),
                in_appendices=bool(spec.get("in_appendices", False)),
                absent=_alternation(spec.get("absent", [])),
                ignore=_alternation(spec.get("ignore", [])),
            )
        )
    for name, local in content.get("extra_sections", {}).items():
        headings = _alternation(local["headings"])
        assert headings is not None
        specs.append(
            ElementSpec(
                id=name,
                title=str(local.get("title", name)),
                headings=headings,
                cues=None,
                single_cue=0.0,
                threshold=1.0,
                level=Level(local.get("level", Level.EXPECTED)),
                local=True,
            )
        )
    return specs


def _heading_owners(
    title: str, specs: list[ElementSpec], pseudonyms: frozenset[str] = frozenset()
) -> set[str]:
    """Elements a heading names; when several match, the longest match wins
    ("The practitioner learning event" is about practitioners, not findings). A heading that
    is only a declared pseudonym ("Kai", "About Kit") names the child's own section, the
    element whose speakers the child is."""
    spans: dict[str, tuple[int, int]] = {}
    bare = _NAMED_HEADING.sub("", title).strip(" :.-–?")
    for spec in specs:
        match = spec.headings.search(title)
        if match:
            spans[spec.id] = match.span()
        elif spec.voice is not None and bare in pseudonyms:
            spans[spec.id] = (0, len(title))
    if not spans:
        return set()
    best = max(b - a for a, b in spans.values())
    owners = {e for e, (a, b) in spans.items() if b - a == best}
    # "Lessons learned and recommendations": each side of an 'and' names its own element
    joined = {
        e
        for e, (a, b) in spans.items()
        for o in owners
        if _JOINED.fullmatch(title[min(b, spans[o][1]) : max(a, spans[o][0])])
    }
    return owners | joined


#: What joins two elements a heading names ("Lessons learned and recommendations").
_JOINED = re.compile(r"\W*(?:\w+\W+)?(?:and|&)\W+", re.I)

#: What may come before the name in a heading about someone ("4.", "About", "Who was").
_NAMED_HEADING = re.compile(
    rf"^\W*(?:{_PARAGRAPH_NUMBER.pattern}\s+)?(?:(?:about|who (?:is|was))\s+)?", re.I
)


def _substantial_sections(document: Document, roles: Roles) -> list[Section]:
    """Sections whose heading may name an element: a heading over prose or an action plan (the
    substance of a recommendations section), in the section itself or in its sub-sections
    ("What we found" over "Finding 1", "Finding 2"), not only apparatus. A heading over the
    whole report is its title ("... rapid learning review"), whatever it holds."""
    substance = {
        b.section
        for b in document.body_blocks()
        if roles.of(b) in (TextRole.PROSE, TextRole.ACTION_PLAN)
        and b.kind is not BlockKind.HEADING
        and b.section is not None
    }
    held: set[int] = set()
    for index in substance:
        parent = document.sections[index].parent
        while parent is not None and parent not in held:
            held.add(parent)
            parent = document.sections[parent].parent
    headed = [s for s in document.sections if s.heading_block is not None]
    tops = [s for s in headed if s.parent is None]
    whole = {tops[0].index} if len(tops) == 1 and len(headed) > 1 else set()
    return [
        section
        for section in headed
        if (section.index in substance or section.index in held - whole)
        and roles.of(document.blocks[section.heading_block or 0]) is TextRole.HEADING
    ]


class _Evidence:
    """The report's own prose (the only evidence an element may rest on), its sentences, and
    which sections each element's headings name."""

    def __init__(self, document: Document, doc: Doc, roles: Roles, specs: list[ElementSpec]):
        self.document, self.doc = document, doc
        self.prose = [
            b
            for b in document.body_blocks()
            if b.kind in _CLASSIFIED
            and roles.of(b) is TextRole.PROSE
            and len(b.text.split()) >= _MIN_WORDS
        ]
        self.spans = {b.index: block_sentences(doc, b.start, b.end) for b in self.prose}
        self.sentences = {i: [s.text for s in spans] for i, spans in self.spans.items()}
        self.exclusive = {spec.id for spec in specs if spec.exclusive}
        #: Names the draft declares it gives people instead of their own ("a young man we call
        #: Kai"), not words that are also roles or things ("Mother", "Kit").
        english = english_words()
        self.pseudonyms = frozenset(w for w in declared_pseudonyms(doc) if w.lower() not in english)
        self.owners: dict[int, set[str]] = {
            section.index: _heading_owners(section.title, specs, self.pseudonyms)
            for section in _substantial_sections(document, roles)
        }
        #: Each appendix section's first paragraph, for the elements an appendix may hold.
        self.appendices: dict[int, Block] = {}
        for block in document.body_blocks():
            appendix = roles.of(block) is TextRole.APPENDIX and block.kind is not BlockKind.HEADING
            if appendix and block.section is not None:
                self.appendices.setdefault(block.section, block)
        for index in self.appendices:
            title = document.sections[index].title
            named = {s.id for s in specs if s.in_appendices and s.headings.search(title)}
            if named and not self.owners.get(index):
                self.owners[index] = named

    def sections_of(self, spec: ElementSpec) -> list[int]:
        return self.sections_of_id(spec.id)

    def sections_of_id(self, element_id: str) -> list[int]:
        return [i for i, ids in self.owners.items() if element_id in ids]

    def in_sections(self, sections: list[int]) -> list[Block]:
        """The prose under these sections' headings, their sub-sections' included."""
        wanted = set(sections)
        return [b for b in self.prose if wanted & self._lineage(b.section)]

    def held_by_other(self, spec: ElementSpec, block: Block) -> bool:
        """Whether a heading over the block names an exclusive element other than ``spec``."""
        named = set().union(*(self.owners.get(i, set()) for i in self._lineage(block.section)))
        return spec.id not in named and bool(named & self.exclusive)

    def by_place(self, spec: ElementSpec, blocks: list[int]) -> list[int]:
        """``blocks`` with those under the element's own headings first and those under the
        report's purpose or method (its introduction, overview, methodology) last, so the
        quoted evidence comes from the review's own analysis ("They ask what happened, why
        ..." in the purpose is not the analysis of why)."""
        own = set(self.sections_of(spec))
        framing = {i for e in _FRAMING if e != spec.id for i in self.sections_of_id(e)}

        def rank(index: int) -> int:
            lineage = self._lineage(self.document.blocks[index].section)
            return 0 if lineage & own else 2 if lineage & framing else 1

        return sorted(blocks, key=rank)

    def _lineage(self, index: int | None) -> set[int]:
        """A section and every section above it."""
        found: set[int] = set()
        while index is not None:
            found.add(index)
            index = self.document.sections[index].parent
        return found

    def matching(self, blocks: list[Block], test: Any) -> list[tuple[Block, str]]:
        """Each block's first sentence that passes ``test``."""
        found = []
        for block in blocks:
            hit = next((s for s in self.sentences[block.index] if test(s)), None)
            if hit is not None:
                found.append((block, hit))
        return found

    def every_matching(self, blocks: list[Block], test: Any) -> list[tuple[Block, str]]:
        """Every sentence of the blocks that passes ``test``, with its block."""
        return [(b, s) for b in blocks for s in self.sentences[b.index] if test(s)]

    def asks(self, block: Block) -> bool:
        """Whether the paragraph only puts questions (to the reader, or lines of enquiry)."""
        sentences = [s.strip() for s in self.sentences.get(block.index, []) if _WORDY.search(s)]
        return bool(sentences) and all(s.endswith("?") for s in sentences)

    def quote(self, block: Block, pattern: re.Pattern[str] | None = None) -> str:
        sentences = [s for s in self.sentences.get(block.index, []) if _WORDY.search(s)]
        sentences = sentences or [block.text]
        chosen = next((s for s in sentences if pattern and pattern.search(s)), sentences[0])
        chosen = " ".join(chosen.split())
        return chosen if len(chosen) <= _QUOTE_CHARS else chosen[: _QUOTE_CHARS - 3] + "..."


def detect_elements(
    document: Document, doc: Doc, profile: Profile, roles: Roles
) -> list[ElementResult]:
    specs = [s for s in specs_for(profile) if s.level is not Level.OFF]
    evidence = _Evidence(document, doc, roles, specs)
    model = load_classifier("content_elements")
    probabilities = model.predict([b.text for b in evidence.prose])
    scores: dict[str, list[float]] = {}
    for spec in specs:
        model_scores = probabilities.get(spec.id) if spec.classified else None
        scores[spec.id] = [
            max(_model_score(model_scores, i, block), spec.cue_score(block.text))
            for i, block in enumerate(evidence.prose)
        ]
    explanation = Explanation.of(profile.files)
    results = []
    for spec in specs:
        content = [
            (block, score)
            for block, score in zip(evidence.prose, scores[spec.id], strict=True)
            if score >= spec.threshold
        ]
        if spec.id == "why_analysis":
            others = [o for o in scores if o != spec.id and o not in spec.shares_with]
            claimed = [
                any(scores[other][i] >= 0.5 for other in others) for i in range(len(evidence.prose))
            ]
            # Under a heading that names the analysis, a paragraph does the analysis's work
            # whatever else its words suggest ("no prompt", "persistent absence").
            analysed = {b.index for b in evidence.in_sections(evidence.sections_of(spec))}
            free = [
                b
                for b, taken in zip(evidence.prose, claimed, strict=True)
                if not taken or b.index in analysed
            ]
            results.append(_decide_why(spec, evidence, content, free, explanation))
        elif spec.id == "family_views":
            results.append(_decide_family(spec, evidence, profile.files))
        else:
            results.append(_decide(spec, evidence, content, explanation))
    return results


def _model_score(scores: Any, i: int, block: Block) -> float:
    """The classifier's reading of the ``i``-th prose block, when it may count."""
    if scores is None:
        return 0.0
    score = float(scores[i])
    return score if score >= _STRONG or len(block.text.split()) >= _SHORT_WORDS else 0.0


def _decide_why(
    spec: ElementSpec,
    evidence: _Evidence,
    content: list[tuple[Block, float]],
    paragraphs: list[Block],
    explanation: Explanation,
) -> ElementResult:
    """A heading is not enough: the text must explain causes and conditions of practice.
    Paragraphs that read as another element (the child's words, say), questions put to the
    reader, the method and recommendations sections, and what is set out under the family's
    heading (their words, "because of what happened") do not count."""
    heading_sections = evidence.sections_of(spec)
    content = [
        (b, p)
        for b, p in content
        if not evidence.asks(b) and (p >= _STRONG or not evidence.held_by_other(spec, b))
    ]
    apart = {
        i
        for e in ("overview", "methodology", "recommendations")
        for i in evidence.sections_of_id(e)
    }
    explaining = [
        (b, sum(explanation.explains_practice(s) for s in evidence.sentences[b.index]))
        for b in paragraphs
        if b.section not in apart
        and not evidence.held_by_other(spec, b)
        and explanation.patterns["systems"].search(b.text)
    ]
    explaining = [(b, n) for b, n in explaining if n]
    sentences = sum(n for _, n in explaining)
    if len(content) == 1 and content[0][1] < _STRONG and sentences < 2:
        content = []  # one paragraph read weakly is not enough, nor is one explaining sentence
    if not (content or sentences >= 2):
        return ElementResult(spec, False, 0.0, "no paragraph explains why", heading_sections)
    best = max((p for _, p in content), default=0.0)
    confidence = best if content else min(0.5 + 0.1 * sentences, 0.9)
    how = (
        f"{len(content)} paragraph(s) read as analysis of why"
        if content
        else f"{sentences} sentence(s) explain causes and conditions of practice"
    )
    blocks = [b.index for b, _ in content] or [b.index for b, _ in explaining]
    blocks = evidence.by_place(spec, blocks)
    first = evidence.document.blocks[blocks[0]]
    quote = next(
        (s for s in evidence.sentences[first.index] if explanation.explains_practice(s)), ""
    ) or evidence.quote(first)
    return ElementResult(
        spec,
        True,
        round(confidence, 2),
        how,
        heading_sections,
        blocks,
        "",
        first.index,
        " ".join(quote.split())[:_QUOTE_CHARS],
    )


def _clause_before(sentence: str, end: int) -> str:
    """The text of the clause before ``end``: from the last clause break (or the start)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, end)]
    return sentence[(breaks[-1] if breaks else 0) : end]


def _family_patterns(files: DataFiles) -> tuple[dict[str, re.Pattern[str]], int]:
    raw = files.load("elements/elements.toml")["elements"]["family_views"]
    keys = (
        "sources",
        "to_review",
        "not_included",
        "participation",
        "said",
        "pronouns",
        "invitation",
        "said_elsewhere",
        "heard",
        "consent",
        "other_speakers",
        "publication",
    )
    patterns = {key: _alternation(raw[key]) for key in keys}
    return {k: v for k, v in patterns.items() if v is not None}, int(raw["source_distance"])


class _FamilyRules:
    """What a sentence does about the family: gives their views to the review, says why they
    are absent, or reports what they said."""

    def __init__(self, files: DataFiles) -> None:
        self.p, self.distance = _family_patterns(files)

    def _pairs(self, source: re.Pattern[str], act: re.Pattern[str], sentence: str) -> list[str]:
        """The text between each ``source`` (a family member) and an ``act`` shortly after it
        (what they gave the review), within one clause."""
        acts = [m.start() for m in act.finditer(sentence)]
        return [
            gap
            for m in source.finditer(sentence)
            for a in acts
            if 0 <= a - m.end() <= self.distance
            and not _CLAUSE_BREAK.search(gap := sentence[m.end() : a])
            and not self.p["other_speakers"].search(_clause_before(sentence, m.start()) + gap)
        ]

    def gives(self, source: re.Pattern[str], act: re.Pattern[str], sentence: str) -> bool:
        """A family member gave the review something: "Mother met the lead reviewer", not "the
        head teacher told the review about the family", nor "Mother was invited to ..."."""
        return not self.p["consent"].search(sentence) and any(
            not self.p["invitation"].search(g) for g in self._pairs(source, act, sentence)
        )

    def invites(self, sentence: str) -> bool:
        """A family member was invited: "Mother was invited to contribute to the review"."""
        gaps = self._pairs(self.p["sources"], self.p["to_review"], sentence)
        return any(self.p["invitation"].search(g) for g in gaps)

    def absent(self, sentence: str) -> bool:
        return bool(self.p["sources"].search(sentence) and self.refused(sentence))

    def absent_after(self, sentences: list[str]) -> str | None:
        """The first sentence saying why a family member is absent, naming them or following
        one that does ("The reviewer wrote to Mother three times. No reply was received.")."""
        for before, sentence in zip(["", *sentences], sentences, strict=False):
            if self.refused(sentence) and (
                self.p["sources"].search(sentence) or self.p["sources"].search(before)
            ):
                return sentence
        return None

    def refused(self, sentence: str) -> bool:
        """A reason for absence, whoever it is about (under a family heading, the family)."""
        return any(
            not self.p["publication"].search(sentence[max(0, m.start() - 40) : m.end()])
            for m in self.p["not_included"].finditer(sentence)
        )

    def views(self, sentences: list[str]) -> str | None:
        """The first sentence of a paragraph giving the family's views to the review; right
        after an invitation, "she" or "they" is the one invited ("She met the reviewer")."""
        invited = False
        for sentence in sentences:
            sources = [self.p["sources"], *([self.p["pronouns"]] if invited else [])]
            if not self.absent(sentence) and (
                any(self.gives(source, self.p["to_review"], sentence) for source in sources)
                or self.p["heard"].search(sentence)
            ):
                return sentence
            invited = self.invites(sentence)
        return None

    def said(self, sentence: str) -> bool:
        """What a family member said, as the review heard it (not to someone else at the time,
        nor as records describe them)."""
        return not self.p["said_elsewhere"].search(sentence) and any(
            self.gives(self.p[k], self.p["said"], sentence) for k in ("sources", "pronouns")
        )


def _decide_family(spec: ElementSpec, evidence: _Evidence, files: DataFiles) -> ElementResult:
    """The family (or a surviving child) as the source of views given to the review, or a
    stated reason for their absence; in a section headed as the family's, what they said or
    why they did not ("He declined on legal advice")."""
    rules = _FamilyRules(files)
    sections = evidence.sections_of(spec)
    found = [
        (b, hit)
        for b in evidence.prose
        if (hit := rules.views(evidence.sentences[b.index])) is not None
    ] or evidence.matching(evidence.in_sections(sections), rules.said)
    mode, how = "views", "the family's views"
    if not found:
        about_review = [b for b in evidence.prose if rules.p["participation"].search(b.text)]
        found = [
            (b, hit)
            for b in about_review
            if (hit := rules.absent_after(evidence.sentences[b.index])) is not None
        ] or evidence.matching(evidence.in_sections(sections), rules.refused)
        mode, how = "not-included statement", "a statement of why the family were not included"
    if not found:
        return ElementResult(spec, False, 0.0, "no family views and no statement", sections)
    block, sentence = found[0]
    where = [block.section] if block.section is not None else []
    return ElementResult(
        spec,
        True,
        0.85,
        how,
        sorted(set(sections) | set(where)),
        [b.index for b, _ in found],
        mode,
        block.index,
        " ".join(sentence.split())[:_QUOTE_CHARS],
    )


def _decide(
    spec: ElementSpec,
    evidence: _Evidence,
    content: list[tuple[Block, float]],
    explanation: Explanation,
) -> ElementResult:
    # Under a heading that names an exclusive element ("The mother's perspective"), the
    # paragraphs do that element's work: a weak reading as this one does not count there.
    content = [(b, p) for b, p in content if p >= _STRONG or not evidence.held_by_other(spec, b)]
    heading_sections = _named(spec, evidence, {b.index for b, _ in content})
    blocks = [b.index for b, _ in sorted(content, key=lambda bp: -bp[1])]
    best = max((p for _, p in content), default=0.0)
    ruled = _ruled(spec, evidence, explanation)
    if ruled:
        blocks += list(dict.fromkeys(b.index for b, _ in ruled if b.index not in blocks))
        best = max(best, 0.6)
    if not (heading_sections or blocks):
        said = heading_sections != evidence.sections_of(spec)
        how = "the report says it has none" if said else "no heading or paragraph found"
        return ElementResult(spec, False, 0.0, how, [])
    blocks = evidence.by_place(spec, blocks)
    result = _found(spec, heading_sections, blocks, best, "")
    if blocks:
        block = evidence.document.blocks[blocks[0]]
        own = evidence.in_sections(heading_sections)
        if own and all(b.index != block.index for b in own):
            block = own[0]  # quote and place under the heading the verdict names
        rule_hit = next((s for b, s in ruled if b.index == block.index), "")
        result.quote = " ".join(rule_hit.split())[:_QUOTE_CHARS] or evidence.quote(block, spec.cues)
    else:
        first = evidence.in_sections(heading_sections) or [
            evidence.appendices[i] for i in heading_sections if i in evidence.appendices
        ]
        block = first[0] if first else evidence.document.blocks[0]
        result.quote = evidence.quote(block) if first else ""
    result.evidence = block.index if result.quote else None
    return result


def _named(spec: ElementSpec, evidence: _Evidence, read: set[int]) -> list[int]:
    """The sections whose heading names the element, less those whose prose says the report
    has none and none of whose paragraphs (``read``) reads as one."""
    named = evidence.sections_of(spec)
    if spec.absent is None:
        return named
    return [
        i
        for i in named
        if not (
            (blocks := evidence.in_sections([i]))
            and any(spec.absent.search(b.text) for b in blocks)
            and not any(b.index in read for b in blocks)
        )
    ]


def _ruled(
    spec: ElementSpec, evidence: _Evidence, explanation: Explanation
) -> list[tuple[Block, str]]:
    """The sentences that do the element's work by its sentence rule (when there are enough
    of them) and its voice rule, outside the recommendations."""
    # A recommendation says what should change; it is not itself evidence of the element.
    advice = set(evidence.sections_of_id("recommendations"))
    prose = [b for b in evidence.prose if b.section not in advice]
    rule, voice, found = spec.sentences, spec.voice, []
    if rule is not None:
        # A sentence led by a date narrates an event ("In May the school referred ..."); it
        # does not judge practice. Under a heading that names an exclusive element, the
        # paragraphs do that element's work: a father's account of the GP surgery, under the
        # family's views, is not the review's own judgement of joint working.
        judged = [b for b in prose if not evidence.held_by_other(spec, b)]
        held = evidence.every_matching(
            judged, lambda s: rule.holds(s) and not explanation.is_date_led(s)
        )
        found = held if len(held) >= rule.min_sentences else []
    if voice is not None:
        found += [
            (b, s.text)
            for b in prose
            for s in evidence.spans[b.index]
            if voice.speaks(s, evidence.pseudonyms)
        ]
    return found


def _found(
    spec: ElementSpec, sections: list[int], blocks: list[int], best: float, mode: str
) -> ElementResult:
    if sections and blocks:
        confidence, how = max(0.9, best), "a heading and its paragraphs"
    elif sections:
        confidence, how = 0.75, "a heading"
    else:
        confidence, how = best, f"{len(blocks)} paragraph(s), whatever their heading"
    return ElementResult(spec, True, round(confidence, 2), how, sections, blocks, mode)
