"""Score one recommendation against Specific, Measurable, Achievable and Time-bound, with
the evidence and the reason for each verdict. Who acts and what they do come from spaCy's
dependency parse (the subject, or the passive agent, of the main verb), not from word
spotting alone; word lists live in data/smart/criteria.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..datafiles import DataFiles

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_LABEL_PREFIX = re.compile(
    r"^\s*(?:recommendation|rec\.?)\s*\d+[a-z]?\s*[.:)\-–]?\s*", re.IGNORECASE
)
_CLAUSE_DEPS = frozenset({"conj", "ccomp", "xcomp", "advcl"})
CRITERIA = ("specific", "measurable", "achievable", "time_bound")


class Criteria:
    """The SMART word lists of one run (data/smart/criteria.toml), compiled once."""

    def __init__(self, files: DataFiles) -> None:
        self.lists: dict[str, Any] = files.load("smart/criteria.toml")
        self.weak = frozenset(self.lists["weak_verbs"])
        self.patterns = {
            key: self._alternation(key)
            for key in ("deliverables", "evidence", "deadlines", "frequencies", "exhortations")
        }
        owners = "|".join(self.lists["owners"])
        national = "|".join(self.lists["national_owners"])
        self.patterns["owners"] = re.compile(rf"\b(?:{owners})\b", re.IGNORECASE)
        # An owner opening the recommendation, and the verb that follows it.
        self.patterns["opening"] = re.compile(
            r"^\s*(?:it is recommended that |we recommend that |the review recommends that )?"
            rf"(?P<owner>(?:the |each |all )?(?:{owners}))\s+"
            r"(?:should |will |must |shall |is to |are to )?(?:also )?(?P<verb>[a-z]+)\b",
            re.IGNORECASE,
        )
        self.patterns["national"] = re.compile(rf"\b(?:{national})\b", re.IGNORECASE)

    @classmethod
    def of(cls, files: DataFiles) -> Criteria:
        """The one instance for ``files``."""
        return files.derived("smart.criteria", lambda: cls(files))

    @property
    def thresholds(self) -> dict[str, Any]:
        return dict(self.lists["thresholds"])

    def _alternation(self, key: str) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{i})" for i in self.lists[key]), re.IGNORECASE)


class Shortfall(StrEnum):
    """Why a criterion is not met: picks the fix the reviewer is shown."""

    NO_OWNER = "no-owner"
    WEAK_ACTION = "weak-action"
    NO_EVIDENCE = "no-evidence"
    NATIONAL = "national"
    EXHORTATION = "exhortation"
    BUNDLE = "bundle"
    NO_DEADLINE = "no-deadline"
    FREQUENCY_ONLY = "frequency-only"
    NO_FINDING = "no-finding"


@dataclass
class Verdict:
    """One criterion: met (True/False, or None when not applicable), why, and the evidence."""

    met: bool | None
    reason: str
    evidence: str = ""
    partial: bool = False
    shortfall: Shortfall | None = None


@dataclass
class SmartScore:
    specific: Verdict
    measurable: Verdict
    achievable: Verdict
    time_bound: Verdict
    owner: str = ""
    action: str = ""
    notes: list[str] = field(default_factory=list)

    def as_labels(self) -> dict[str, bool]:
        return {name: bool(getattr(self, name).met) for name in CRITERIA}


def strip_label(text: str) -> int:
    """Length of a leading 'Recommendation 3:' label (0 if none)."""
    match = _LABEL_PREFIX.match(text)
    return match.end() if match else 0


_INLINE_COLUMN = re.compile(
    r"\b(action|recommendation|lead|owner|timescale|by when|deadline|measure(?: of impact)?|evidence|outcome)"
    r"\s*:\s*([^.|;]+)",
    re.IGNORECASE,
)


def columns_from_text(text: str) -> dict[str, str]:
    """'Action: ... Lead: ... Timescale: ...' written in one paragraph, as columns."""
    return {m.group(1).lower(): m.group(2).strip() for m in _INLINE_COLUMN.finditer(text)}


def _is_weak_phrase(phrase: str, c: Criteria) -> bool:
    words = phrase.lower().split()
    weak = c.weak
    return bool(words) and (words[0] in weak or " ".join(words[:2]) in weak)


def _is_weak(token: Token, c: Criteria) -> bool:
    weak = c.weak
    lemma = token.lemma_.lower()
    if lemma in weak:
        return True
    following = " ".join(t.lemma_.lower() for t in token.doc[token.i : token.i + 2])
    if following in weak:
        return True
    if lemma == "be":  # "be aware", "be curious": a state, not an action
        return True
    return any(f"{lemma} {c.lemma_.lower()}" in weak for c in token.children if c.dep_ == "dobj")


def _predicates(span: Span) -> list[Token]:
    """The main verbs: the root and every verb co-ordinated with it; 'it is recommended that
    X does Y' and 'the review recommends that...' descend to what is recommended."""
    root = span.root
    if root.lemma_.lower() == "recommend":
        inner = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        if inner:
            root = inner[0]
    verbs = [root, *[c for c in root.conjuncts if c.pos_ in ("VERB", "AUX")]]
    # Verbs co-ordinated with a predicate further down ("develop, implement and embed").
    grew = True
    while grew:
        extra = [
            t
            for t in span
            if t.dep_ == "conj" and t.pos_ == "VERB" and t.head in verbs and t not in verbs
        ]
        verbs += extra
        grew = bool(extra)
    return verbs


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _subject(pred: Token) -> str:
    """Who does ``pred``: its subject, or in the passive its 'by' agent."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children)
    for child in pred.children:
        if child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ == "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
    for child in pred.children:
        if child.dep_ in ("nsubj", "csubj"):
            return _phrase(child)
    if pred.dep_ in ("conj", "xcomp") and pred.head is not pred:
        return _subject(pred.head)
    return ""


@dataclass(frozen=True)
class _Reading:
    """What the parse says of one recommendation, shared by the four criteria."""

    text: str
    columns: dict[str, str]
    sentences: list[Span]
    owner: str
    actions: list[Token]
    weak: list[Token]
    main: Span
    criteria: Criteria

    def column(self, pattern: str) -> str:
        return _column(self.columns, pattern)


def _column(columns: dict[str, str], pattern: str) -> str:
    """The first action-plan cell whose header matches ``pattern`` ('' if none)."""
    return next((v for k, v in columns.items() if re.search(pattern, k)), "")


def _read(span: Span, columns: dict[str, str] | None, c: Criteria) -> _Reading:
    text = span.text
    cells = {
        k.lower(): v
        for k, v in {**columns_from_text(text), **(columns or {})}.items()
        if v and v.strip()
    }
    p = c.patterns
    sentences = [s for s in span.sents if s.text.strip()]  # type: ignore[attr-defined]
    main = max(sentences, key=lambda s: len(s), default=span) if sentences else span
    preds = [t for s in sentences for t in _predicates(s)] or [span.root]
    actions = [t for t in preds if t.pos_ in ("VERB", "AUX") and not _is_weak(t, c)]
    weak = [t for t in preds if _is_weak(t, c)]
    owner = next((_subject(t) for t in preds if p["owners"].search(_subject(t))), "")
    if not owner:  # the parse missed the subject: an owner opening the sentence still acts
        opening = p["opening"].match(text)
        if opening:
            owner, verb = opening.group("owner"), opening.group("verb")
            if not actions and not _is_weak_phrase(verb, c):
                actions = [t for t in span if t.text == verb][:1]
    lead = _column(cells, r"lead|owner|responsib|who")
    if not owner and lead and p["owners"].search(lead):
        owner = lead
    action_col = _column(cells, r"action|recommend")
    if not actions and action_col and not _is_weak_phrase(action_col, c):
        actions = [t for t in span if t.text == action_col.split()[0]][:1] or actions
    reporting = p["evidence"].search(text)
    if owner and not actions and reporting:  # "...and report the findings to the partnership"
        actions = [t for t in span if t.idx >= span.start_char + reporting.start()][:1]
    return _Reading(text, cells, sentences, owner, actions, weak, main, c)


def _specific(r: _Reading) -> Verdict:
    if r.owner and r.actions:
        return Verdict(True, f"'{r.owner}' is to {r.actions[0].lemma_}", r.owner)
    if not r.owner:
        return Verdict(
            False,
            "no organisation, partnership or role is named as the one who acts",
            "",
            shortfall=Shortfall.NO_OWNER,
        )
    verb = r.weak[0].lemma_ if r.weak else r.main.root.lemma_
    return Verdict(False, f"the action is only to {verb}", verb, shortfall=Shortfall.WEAK_ACTION)


def _measurable(r: _Reading) -> Verdict:
    p = r.criteria.patterns
    measure_col = r.column(r"measure|impact|evidence|outcome|success")
    found = p["evidence"].search(r.text) or p["deliverables"].search(r.text)
    if found or (measure_col and measure_col.strip(" -–").lower() not in ("tbc", "n/a")):
        what = found.group(0) if found else measure_col
        return Verdict(True, f"completion can be evidenced by '{what}'", what)
    return Verdict(
        False,
        "nothing says how completion or impact will be evidenced",
        shortfall=Shortfall.NO_EVIDENCE,
    )


def _achievable(r: _Reading) -> Verdict:
    p = r.criteria.patterns
    national = p["national"].search(r.owner) if r.owner else None
    exhortation = p["exhortations"].search(r.text)
    action_sentences = sum(1 for s in r.sentences if any(t in r.actions for t in _predicates(s)))
    if national:
        return Verdict(
            False,
            f"only {national.group(0)} can carry it out",
            national.group(0),
            shortfall=Shortfall.NATIONAL,
        )
    if exhortation:
        return Verdict(
            False,
            "an 'always/all' exhortation cannot be completed",
            exhortation.group(0),
            shortfall=Shortfall.EXHORTATION,
        )
    if len(r.actions) >= 3 or action_sentences >= 3 or r.text.count(";") >= 2:
        return Verdict(
            False,
            f"a bundle of {max(len(r.actions), action_sentences)} actions",
            "",
            shortfall=Shortfall.BUNDLE,
        )
    return Verdict(True, "one bounded action for the named owner")


def _time_bound(r: _Reading) -> Verdict:
    p = r.criteria.patterns
    time_col = r.column(r"time|date|deadline|by when")
    deadline = p["deadlines"].search(r.text) or (
        p["deadlines"].search(time_col) if time_col else None
    )
    frequency = p["frequencies"].search(r.text) or (
        p["frequencies"].search(time_col) if time_col else None
    )
    if deadline:
        return Verdict(True, f"deadline '{deadline.group(0)}'", deadline.group(0))
    if time_col and not frequency and time_col.strip().lower() not in ("tbc", "tba", "-", "n/a"):
        return Verdict(True, f"timescale '{time_col}'", time_col)
    if frequency:
        return Verdict(
            False,
            f"'{frequency.group(0)}' is a frequency, not a deadline",
            frequency.group(0),
            partial=True,
            shortfall=Shortfall.FREQUENCY_ONLY,
        )
    return Verdict(False, "no deadline or timescale", shortfall=Shortfall.NO_DEADLINE)


def score(span: Span, criteria: Criteria, columns: dict[str, str] | None = None) -> SmartScore:
    """Verdicts for one recommendation (``span`` is its parse; ``columns`` are the cells of an
    action-plan row it came from: Lead, Timescale, Measure...)."""
    r = _read(span, columns, criteria)
    return SmartScore(
        _specific(r),
        _measurable(r),
        _achievable(r),
        _time_bound(r),
        r.owner,
        r.actions[0].lemma_ if r.actions else "",
    )
