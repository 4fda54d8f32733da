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

#: The word that labels a recommendation: "Recommendation 3", "Rec 3", "R3:" (a summary's
#: short form).
LABEL_WORD = r"(?:recommendation|rec\.?|R(?=\s?\d{1,2}[a-z]?\s*[:.)]))"
_LABEL_PREFIX = re.compile(rf"^\s*{LABEL_WORD}\s*\d+[a-z]?\s*[.:)\-–]?\s*", re.IGNORECASE)
CRITERIA = ("specific", "measurable", "achievable", "time_bound")


class Criteria:
    """The SMART word lists of one run (data/smart/criteria.toml), compiled once."""

    def __init__(self, files: DataFiles) -> None:
        self.lists: dict[str, Any] = files.load("smart/criteria.toml")
        self.weak = frozenset(self.lists["weak_verbs"])
        self.patterns = {
            key: self._alternation(key)
            for key in (
                "deliverables",
                "evidence",
                "deadlines",
                "dates",
                "no_timescale",
                "frequencies",
                "open_aims",
                "standing",
                "national_actions",
                "outside_conditions",
                "unbounded",
                "weak_phrases",
                "national_bodies",
                "national_scope",
                "measure_words",
                "finding_sections",
                "listed_finding_sections",
                "dated_openings",
                "accompaniment",
                "states",
                "ensured_states",
                "figures",
                "guidance_titles",
                "review_wide",
            )
        }
        self.patterns["recommendation_sections"] = self._alternation("headings")
        # what says the report makes none: the recommendations element's own statements
        elements = files.load("elements/elements.toml")["elements"]
        absent = "|".join(f"(?:{p})" for p in elements["recommendations"]["absent"])
        self.patterns["no_recommendations"] = re.compile(absent, re.IGNORECASE)
        self.generic = frozenset(self.lists["generic_owners"])
        self.owner_heads = frozenset(self.lists["owner_heads"])
        self.creation = frozenset(self.lists["creation_verbs"])
        self.non_creation = frozenset(self.lists["non_creation_verbs"])
        self.request_verbs = frozenset(self.lists["request_verbs"])
        self.action_verbs = frozenset(self.lists["action_verbs"])
        self.weighing = frozenset(self.lists["weighing_verbs"])
        self.hoping = frozenset(self.lists["hoping_verbs"])
        self.use_nouns = frozenset(self.lists["use_nouns"])
        self.insertion = frozenset(self.lists["insertion_verbs"])
        #: English stop words (``data/smart/stop_words.toml``), scikit-learn's list.
        stop = files.load("smart/stop_words.toml")
        self.stop_words = frozenset(stop["words"])
        #: Words the TF-IDF similarity leaves out: the English ones and the review's own.
        self.similarity_stop_words = self.stop_words | frozenset(stop["domain"])
        owners = "|".join(self.lists["owners"])
        self.patterns["owners"] = re.compile(rf"\b(?:{owners})\b", re.IGNORECASE)
        # An owner opening the recommendation, and the verb that follows it: 'X should do',
        # after a time phrase or a purpose ('So that 80% of ..., X should'), or 'we recommend
        # that X does', 'we want X to do', 'That X does' (the verb is one of the known ones).
        known = "|".join(
            sorted(
                {
                    v
                    for v in self.creation
                    | self.non_creation
                    | self.request_verbs
                    | self.weak
                    | self.action_verbs
                    if " " not in v
                },
                key=len,
                reverse=True,
            )
        )
        self.patterns["opening"] = re.compile(
            r"^\s*(?:(?:(?:it is recommended|we recommend|the review recommends) that|that|"
            r"we (?:want|would like|ask|expect))\s+"
            r"(?P<asked>(?:(?!\b(?:is|are|be|been|was|were|has|have)\b)[^,;:]){2,80}?)\s+(?:to\s+)?"
            rf"(?=(?:{known})(?:s|es)?\b)|"
            r"(?:[^,;:.]{2,60}:\s+)?"  # a label: 'Rapid review action 1: MASH managers to ...'
            # a time phrase first, its comma left out before 'the' or an acronym ('Within six
            # months the Acute Trust should')
            r"(?:(?:by|from|over|in|during|within|before|after)\b[^,;:]{1,40}"
            r"(?:,\s*|\s+(?=(?-i:[Tt]he\s+[A-Z]|[A-Z]{2,}\b)))"
            r"|(?:so that|once)\b[^,;:]{1,140},\s*)?"
            rf"(?!(?:{known})\b)"  # not an imperative ('Remind officers of the need to...')
            r"(?P<owner>[^,;:]{2,80}?)\s+"
            r"(?P<modal>should|will|must|shall|is to|are to|to|needs? to)(?:,[^,;:]{1,40},)?\s+)"
            r"(?:(?:also|always|\w+ly)\s+)?(?:\((?:[a-h]|i{1,3}|iv|v)\)\s*)?"  # '(a) appoint ...'
            r"(?P<verb>[a-z]+)\b",
            re.IGNORECASE,
        )
        # A list item that opens with a known verb once its owner label and time phrase are
        # set aside: '**(ICB)** By March 2026, add a question to...', 'BSCP: commission ...'
        openers = "|".join(map(re.escape, self.lists["list_openers"]))
        self.patterns["imperative"] = re.compile(
            r"^\s*(?:\(?\d{1,2}[.)]|[-•*▪])?\s*(?:\*\*)?"
            r"(?:\([^)]{1,60}\)|[A-Z][^:.;\n]{0,50}?(?:\([^)]{1,30}\))?:(?=\s))?(?:\*\*)?[\s:]*"
            r"(?:(?i:by|from|over|in|during|within|before|after)\b[^,.;]{1,40},\s*)?"
            rf"(?![A-Z]{{2}})(?i:{openers}|{known})\b"  # not an acronym ('SEND')
        )

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
    UNBOUNDED = "unbounded"


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
    action_phrase: str = ""
    #: Every concrete action the recommendation asks for, each as its phrase.
    actions: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    def as_labels(self) -> dict[str, bool]:
        return {name: bool(getattr(self, name).met) for name in CRITERIA}


def strip_label(text: str) -> int:
    """Length of a leading 'Recommendation 3:' label (0 if none)."""
    match = _LABEL_PREFIX.match(text)
    return match.end() if match else 0


_INLINE_COLUMN = re.compile(
    r"\b((?:smart )?action|recommendation|lead(?: agency| officer)?|owner|responsible|timescale|"
    r"target(?: date)?|by when|by|deadline|completion|due|measure(?: of (?:impact|success))?|"
    r"evidence(?: of (?:completion|impact|success))?|outcome)"
    r"\s*:\s*((?:(?!\s[—–]\s)[^.|;])+)",  # a cell ends at a bar or a spaced dash
    re.IGNORECASE,
)


def columns_from_text(text: str, c: Criteria) -> dict[str, str]:
    """'Action: ... Lead: ... Timescale: ...' written in one paragraph, or an action-plan row
    written with bars ('Action 4 | CAMHS | Introduce ... | Q2 2025 | Pathway published'), as
    columns."""
    named = {m.group(1).lower(): m.group(2).strip() for m in _INLINE_COLUMN.finditer(text)}
    cells = [cell.strip() for cell in text.split("|")]
    if named and len(cells) >= 3 and not any(k.endswith("action") for k in named):
        # 'Action 6 | Dip sample 10 cases | Lead: ...': the longest unlabelled cell is the action
        bare = [c for c in cells if ":" not in c and len(c.split()) > 1]
        action = max((c for c in bare if not _ROW_LABEL.fullmatch(c)), key=len, default="")
        return {"action": action, **named} if action else named
    if named or len(cells) < 3:
        return named
    columns: dict[str, str] = {}
    for cell in cells:
        if not cell or _ROW_LABEL.fullmatch(cell):
            continue
        words = len(cell.split())
        if (
            "lead" not in columns
            and words <= 6
            and "action" not in columns
            and named_owner(cell, c)
        ):
            columns["lead"] = cell
        elif "timescale" not in columns and words <= 5 and _timescale_cell(cell, c):
            columns["timescale"] = cell
        elif "action" not in columns:
            columns["action"] = cell
        elif "measure" not in columns:
            columns["measure"] = cell
    return columns


_ROW_LABEL = re.compile(
    r"(?:action|recommendation|rec\.?|no\.?)?\s*\d+(?:\.\d+)*[a-z]?\.?", re.IGNORECASE
)


def _timescale_cell(cell: str, c: Criteria) -> bool:
    """A cell that gives a timescale, or says there is none ('Ongoing', 'TBC')."""
    p = c.patterns
    return bool(
        p["deadlines"].search(cell)
        or p["dates"].search(cell)
        or p["no_timescale"].fullmatch(cell.strip(" .").lower())
    )


def _is_weak(token: Token, c: Criteria) -> bool:
    """A verb that commits no one to act: a weak lemma, 'be aware', 'hold agencies to
    account', 'consideration should be given', or an 'ensure that...' whose only change is a
    state ('plans are specific', 'there is funding') or a weak verb ('learning is embedded')."""
    weak = c.weak
    lemma = token.lemma_.lower()
    following = " ".join(t.lemma_.lower() for t in token.doc[token.i : token.i + 2])
    if lemma in weak or following in weak or lemma == "be":
        return True
    if lemma in c.lists["outcome_verbs"]:  # 'reduce reliance', not 'reduce caseloads to 18'
        return not c.patterns["figures"].search(token.doc[token.i : token.sent.end].text)
    if any(f"{lemma} {c.lemma_.lower()}" in weak for c in token.children if c.dep_ == "dobj"):
        return True
    phrase = token.doc[token.i : min(token.i + 10, token.sent.end)].text
    if c.patterns["weak_phrases"].match(phrase) or c.patterns["states"].match(phrase):
        return True
    if any(ch.lemma_.lower() in _PONDERING for ch in token.children if ch.dep_ in _SUBJECTS):
        return True
    if lemma not in c.lists["ensure_verbs"]:
        return False
    inner = [ch for ch in token.children if ch.dep_ == "ccomp"]
    return any(
        t.lemma_.lower() in ("aware", "mindful", "alert") and t.dep_ in ("acomp", "ccomp")
        for t in token.subtree
    ) or any(
        (bool({v.lemma_.lower(), v.lower_} & weak) and v.lemma_.lower() not in c.weighing)
        or _only_a_state(v, c)
        for v in inner  # the lemmatiser reads 'embed' as 'embe
    )


# 'give consideration to', 'further thought should be given to': weighing, not acting.
_PONDERING = frozenset({"consideration", "thought"})


def _only_a_state(verb: Token, c: Criteria) -> bool:
    """'there is sufficient funding', 'services have the capacity': a state to ensure, with
    no post, role or deliverable in it ('every ICB has a named lead' is one)."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        return any(ch.dep_ == "expl" for ch in verb.children)
    if lemma != "have":
        return False
    objects = [_phrase(ch) for ch in verb.children if ch.dep_ == "dobj"]
    return not any(
        c.patterns["deliverables"].search(o) or set(o.lower().split()) & c.owner_heads
        for o in objects
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _stem(token: Token, c: Criteria) -> Token:
    """The verb of a word the tokenizer splits at a prefix's hyphen ('re', '-', 'launch'):
    the prefix or the hyphen stand for the word after them; any other token for itself."""
    doc = token.doc
    start = token.i - 1 if token.text == "-" else token.i
    if (
        start + 2 < len(doc)
        and doc[start].lower_ in c.lists["hyphen_prefixes"]
        and doc[start + 1].text == "-"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
        and doc[start + 2].is_alpha
    ):
        return doc[start + 2]
    return token


def _prefix(token: Token, c: Criteria) -> str:
    """The prefix a split word's verb carries ('re-' before 'launch'), or ''."""
    if token.i >= 2 and _stem(token.doc[token.i - 2], c).i == token.i:
        return token.doc[token.i - 2 : token.i].text
    return ""


def _predicates(span: Span, c: Criteria) -> list[Token]:
    """The main verbs: the root and every verb co-ordinated with it; 'it is recommended that
    X does Y' and 'the review recommends that...' descend to what is recommended; 'by
    appointing..., introducing... and publishing...' are the actions of 'strengthen'; a
    prefix split from its verb ('re-launch') stands for the verb."""
    verbs = _main_verbs(span)
    stems = [_stem(v, c) for v in verbs]
    return [v for i, v in enumerate(stems) if v not in stems[:i]]


def _main_verbs(span: Span) -> list[Token]:
    root = span.root
    if root.lemma_.lower() in _FRAMING | _OBLIGING:
        inner = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        if inner:
            root = inner[0]
    verbs = [root, *[c for c in root.conjuncts if c.pos_ in ("VERB", "AUX")]]
    grew = True
    while grew:
        extra = [
            t
            for t in span
            if t not in verbs
            and t.pos_ == "VERB"
            and (
                (t.dep_ == "conj" and t.head in verbs)
                or (t.dep_ == "pcomp" and t.head.lower_ == "by" and _near(t.head, verbs))
                or (t.dep_ == "xcomp" and t.head in verbs and _passive(t.head))
                or (t.dep_ == "xcomp" and _framing(t.head, verbs))
            )
        ]
        verbs += extra
        grew = bool(extra)
    return verbs


# 'We recommend that X does', 'We want X to do': the writer's framing of the action.
_FRAMING = frozenset({"recommend", "want"})
# 'GPs need to be alert': an obligation, as 'should' is; the action is what follows.
_OBLIGING = frozenset({"need"})


def _framing(head: Token, verbs: list[Token]) -> bool:
    """Does ``head`` only frame the action ('work together to develop', 'be able to show')?"""
    if head.dep_ == "acomp" and head.lemma_.lower() == "able":
        return head.head in verbs
    return head in verbs and head.lemma_.lower() == "work"


def _near(token: Token, verbs: list[Token]) -> bool:
    """Is ``token`` attached to one of ``verbs`` within two steps (the parse often hangs 'by
    ...ing' on the object instead of the verb)?"""
    heads = {token.head.i, token.head.head.i}
    return any(v.i in heads for v in verbs)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _phrase(token: Token) -> str:
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text


def _subjects(pred: Token, c: Criteria) -> list[str]:
    """Who does ``pred``: its subject, in the passive its 'by' agent, and for 'X are asked
    to do Y' X (the one asked is the one who acts). Several subjects come nearest the verb
    first ('Health: midwives... should'; 'The LADO service should, within 12 weeks, issue
    written...', where the parse takes 'issue' for a second subject)."""
    own = any(ch.dep_ in ("nsubj", "csubj") for ch in pred.children)
    if not own and pred.head is not pred and _stem(pred.head, c) is pred:
        return _subjects(pred.head, c)  # 'The OSCP should re-launch': the prefix has them
    passive = _passive(pred)
    for child in pred.children:
        if child.dep_ == "agent" or (passive and child.dep_ == "prep" and child.lower_ == "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return [_phrase(objects[0])]
    subjects = [child for child in pred.children if child.dep_ in ("nsubj", "csubj")]
    if subjects:
        return [_phrase(s) for s in reversed(subjects)]
    head = pred.head
    if pred.dep_ == "xcomp" and head.lemma_.lower() in _FRAMING:  # 'we want X to do'
        return [_phrase(c) for c in head.children if c.dep_ == "dobj"][:1]
    if pred.dep_ == "xcomp" and _passive(head):
        return [_phrase(c) for c in head.children if c.dep_ == "nsubjpass"][:1]
    if pred.dep_ in ("conj", "xcomp", "pcomp") and head is not pred:
        return _subjects(head if pred.dep_ != "pcomp" else head.head, c)
    return []


_CUT = re.compile(r"\s(?:by|across|in|for|at|within|from|of|with|on|to|who|that|,|:|\()\s", re.I)


def named_owner(phrase: str, c: Criteria) -> bool:
    """Does ``phrase`` name who acts (an organisation, partnership or role), not a generic
    group? The head part (before 'across', 'in', a comma...) decides: the gazetteer, an
    acronym or a capitalised name, or an organisational head word."""
    head = _CUT.split(f" {phrase} ", maxsplit=1)[0].strip(" ,;:")
    if not head or c.patterns["dates"].search(head):  # 'audited by 31 May 2016'
        return False
    if c.patterns["owners"].search(head):
        return True
    words = re.findall(r"[\w'’-]+", head)
    content = [w for w in words if w.lower().strip("'’s") not in c.generic]
    if not content or _made_thing(words[-1], c):
        return False
    heads = c.owner_heads
    return any(
        re.fullmatch(r"(?=.*[A-Z])[A-Z0-9]{2,}s?", w)
        or w.lower() in heads
        or (w[:1].isupper() and i > 0)
        for i, w in enumerate(words)
        if w in content
    )


def _made_thing(word: str, c: Criteria) -> bool:
    """Is ``word`` a deliverable rather than who delivers it ('A revised MARAC referral form')?"""
    return word.lower() not in c.owner_heads and bool(c.patterns["deliverables"].fullmatch(word))


# A heading that names whom its list is for ('Recommendations for the Local Authority: 1. ...').
_HEADED = re.compile(
    r"^\s*(?:recommendations?|actions?|learning) for (?P<owner>[^:.;]{2,50}?)\s*:\s+", re.I
)
# An owner prefix, bare or in brackets after a label ('Recommendation 4 (Police): ...').
_PREFIX = re.compile(r"^\s*(?P<open>\()?(?P<owner>[A-Z][^:.;]{1,50}?)(?(open)\))\s*:\s+(?=\S)")
_COLUMN_WORDS = re.compile(
    r"\b(?:action|recommendation|lead|owner|timescale|measure|evidence|outcome|target|smart|"
    r"responsible|by|status|finding|learning)\b",
    re.IGNORECASE,
)


def list_prefix(text: str) -> str:
    """An owner written as a list prefix ('Both partnerships: ...', 'Health partners: ...'),
    not a column label ('Action: ...')."""
    return _list_prefix(text)[0]


def _list_prefix(text: str) -> tuple[str, int]:
    """A list prefix's owner and where the text after it starts (``("", 0)`` if none)."""
    match = _HEADED.match(text)
    if match:
        return match.group("owner"), match.end()
    match = _PREFIX.match(text)
    if not match or _COLUMN_WORDS.search(match.group("owner")):
        return "", 0
    owner = match.group("owner")
    return (owner, match.end()) if len(owner.split()) <= 6 else ("", 0)


def _modal_sentences(sentences: list[Span]) -> list[Span]:
    """The sentences that recommend (a modal, an instruction or an infinitive), not the
    finding restated before them; all of them if none does."""
    modal = [
        s
        for s in sentences
        if any(_modal(t) for t in s) or s[0].tag_ in ("VB", "TO") or s.root.tag_ == "VB"
    ]
    return modal or sentences


_MODALS = frozenset({"should", "will", "must", "shall", "to", "need", "needs", "recommends"})


def _modal(token: Token) -> bool:
    """A modal, an infinitive's 'to' or the verb 'need', not the preposition ('linked to the
    risk') or the noun ('special educational needs')."""
    if token.lower_ == "to":
        return token.dep_ == "aux"
    if token.lower_ in ("need", "needs"):
        return token.pos_ in ("VERB", "AUX")
    return token.lower_ in _MODALS


def _token_at(span: Span, char: int) -> Token | None:
    return next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1), None)


@dataclass(frozen=True)
class _Reading:
    """What the parse says of one recommendation, shared by the four criteria."""

    text: str
    columns: dict[str, str]
    body: Span
    sentences: list[Span]
    owner: str
    unnamed: str  # a generic subject ('all agencies') when no owner is named
    actions: list[Token]
    weak: list[Token]
    verbs: list[Token]
    criteria: Criteria
    start: int  # where the text starts in the parse

    def column(self, pattern: str) -> str:
        return _column(self.columns, pattern)


def _column(columns: dict[str, str], pattern: str) -> str:
    """The first action-plan cell whose header matches ``pattern`` ('' if none)."""
    return next((v for k, v in columns.items() if re.search(pattern, k)), "")


def _body(span: Span, cells: dict[str, str]) -> Span:
    """The recommending text: the Action cell of a row written in one paragraph, else the
    text after an owner prefix, else all of it."""
    action = _column(cells, r"^(?:smart )?action|recommend")
    start = span.text.find(action) if action else -1
    if start < 0:
        start = _list_prefix(span.text)[1]
        action = span.text[start:]
    base = span.start_char + start
    body = span.doc.char_span(base, base + len(action), alignment_mode="expand")
    return body if body is not None and len(body) else span


def _owner(
    span: Span, body: Span, preds: list[Token], cells: dict[str, str], c: Criteria
) -> tuple[str, str]:
    """Who acts, and failing that the generic subject: the parse's subject or passive agent,
    an owner opening the text (after a time phrase), a list prefix, a 'by' or 'from' agent of
    a noun phrase, the Lead cell. No one is named by 'X should be encouraged to...'."""
    subjects = [o for o in (_owner_text(s, c) for t in preds for s in _subjects(t, c)) if o]
    obliged = any(_obliged(t, c) for t in preds)
    candidates = [] if obliged else [*subjects]
    opening = c.patterns["opening"].match(body.text)
    if opening and not obliged and _opening_verb(body, opening, c):
        candidates.append(opening.group("owner") or opening.group("asked"))
    candidates.append(list_prefix(span.text))
    candidates += [
        _phrase(o)
        for t in body
        if (t.dep_ == "agent" and not _in_object(t, preds))
        or (t.lower_ == "by" and t.head.i == body.root.i)
        or (t.lower_ == "from" and t.head.i == body.root.i and body.root.pos_ == "NOUN")
        for o in t.children
        if o.dep_ == "pobj"
    ]
    candidates.append(_column(cells, r"lead|owner|responsib|who"))
    cleaned = (_owner_text(p, c) for p in candidates)
    named = next((p for p in cleaned if p and "|" not in p and named_owner(p, c)), "")
    return named, ("" if named else next(iter(subjects), ""))


_OWNER_LABEL = re.compile(
    r"^\s*(?:\(?(?:[a-h]|i{1,3}|iv|v|\d{1,2}(?:\.\d{1,2})*)[.)]\s+|\d{1,2}(?:\.\d{1,2})+\s+)"
)
_LEADING_DATE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)? )?[A-Z][a-z]+ (?:19|20)\d{2},? (?=[A-Z])")
_OWNER_END = re.compile(
    r"\s+(?:should|will|must|shall|would|is to|are to|needs? to)\b.*$", re.I | re.S
)


def _owner_text(phrase: str, c: Criteria) -> str:
    """An owner phrase without what the parse hung on it: a leading label ('Recommendation
    2:', '3.', '(i)'), a date the parse hung on it ('By 30 April 2021 Children's Services
    should'), what follows a modal ('The OSCP should re-', when the parse split 're-launch'), a
    trailing accompaniment (', working with the maternity service,')."""
    phrase = phrase[strip_label(phrase) :]
    phrase = _OWNER_LABEL.sub("", phrase)
    phrase = _LEADING_DATE.sub("", phrase)
    phrase = _OWNER_END.sub("", phrase)
    phrase = c.patterns["accompaniment"].split(phrase, maxsplit=1)[0]
    return phrase.strip(" ,;:")


def _in_object(token: Token, preds: list[Token]) -> bool:
    """Is ``token`` inside the object of a verb whose subject acts ('agencies must provide the
    information requested by the Partnership': the Partnership only asked), or inside the
    passive subject ('the form used by ambulance crews should be amended': crews use it)?"""
    return any(
        (a.dep_ == "dobj" and a.head in preds and any(ch.dep_ == "nsubj" for ch in a.head.children))
        or (a.dep_ == "nsubjpass" and a.head in preds)
        for a in token.ancestors
    )


def _obliged(pred: Token, c: Criteria) -> bool:
    """'Schools should be encouraged to use...', 'the Panel should be asked to', 'will be
    expected to': an obligation or a request someone is yet to make, with no agent, names
    no one who acts. 'The Panel is asked to note' is the review asking: the Panel acts."""
    head = pred.head if pred.dep_ == "xcomp" else pred
    return (
        _addressed(head, c)
        and any(ch.dep_ == "aux" and ch.tag_ in ("MD", "TO") for ch in head.children)
        and not any(ch.dep_ == "agent" for ch in head.children)
    )


def _addressed(verb: Token, c: Criteria) -> bool:
    """Is ``verb`` a passive request or obligation ('is asked to', 'should be encouraged to')?"""
    lemma = verb.lemma_.lower()
    return _passive(verb) and (lemma in c.lists["obligation_verbs"] or lemma in c.request_verbs)


def _framed(verbs: list[Token], c: Criteria) -> list[Token]:
    """The verbs without a passive request that only frames the action asked for ('The
    Executive is asked to note ...': the action is 'note')."""
    return [
        v
        for v in verbs
        if not (_addressed(v, c) and any(x.dep_ == "xcomp" and x in verbs for x in v.children))
    ]


def _opening_verb(body: Span, opening: re.Match[str], c: Criteria) -> bool:
    """Is the word after 'X should' / 'X to' a verb ('subject to child protection' is not)?"""
    word = opening.group("verb").lower()
    if word == "be":
        return False
    if opening.group("modal") and opening.group("modal").lower() != "to":
        return True
    token = _token_at(body, body.start_char + opening.start("verb"))
    known = c.creation | c.non_creation | c.request_verbs | c.weak | c.action_verbs
    return token is not None and (token.pos_ in ("VERB", "AUX") or word in known)


_ITEM_MARK = re.compile(r"[(\[]?(?:[a-h]|i{1,3}|iv|v|\d{1,2})?[.)\]:]?|[(\[]")


def _fallback_verbs(body: Span, c: Criteria, cell: bool) -> list[Token]:
    """Verbs the parse took for nouns: an action cell's first word ('Deliver training...',
    'Screen all contacts'), the verb after 'X should' or 'X to'."""
    known = c.creation | c.non_creation | c.request_verbs | c.weak | c.action_verbs
    opening = c.patterns["opening"].match(body.text)
    words = {opening.group("verb").lower()} if opening else set()
    first = next((t for t in body if not _ITEM_MARK.fullmatch(t.text)), body[0])  # '(a) audit'
    words.add(first.lower_)
    return [
        t
        for t in body
        if (t.lower_ in words and t.lower_ in known)
        or (
            cell
            and t.i == first.i
            and (any(ch.dep_ == "dobj" for ch in t.children) or _opens_object(t))
        )
    ]


def _opens_object(word: Token) -> bool:
    """Is an action cell's first word followed by its object ('Screen all contacts', 'Map the
    referrals'), so an imperative the parse took for a noun, not 'Training on neglect'?"""
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    return after is not None and word.pos_ != "DET" and after.pos_ == "DET"


def _read(span: Span, columns: dict[str, str] | None, c: Criteria) -> _Reading:
    cells = {
        k.lower(): v
        for k, v in {**columns_from_text(span.text, c), **(columns or {})}.items()
        if v and v.strip()
    }
    body = _body(span, cells)
    # Each sentence clipped to the body: one the parse opened at 'Recommendation 2:' would
    # take that label for its root.
    clipped = [body.doc[max(s.start, body.start) : min(s.end, body.end)] for s in body.sents]  # type: ignore[attr-defined]
    sentences = _modal_sentences([s for s in clipped if s.text.strip()])
    preds = [t for s in sentences for t in _predicates(s, c)] or [body.root]
    verbs = _framed([t for t in preds if t.pos_ in ("VERB", "AUX")], c)
    actions = [t for t in verbs if not _is_weak(t, c)]
    weak = [t for t in verbs if t not in actions]
    if weak:  # 'consider whether..., and feed back to the panel': only the weighing is asked
        actions = [t for t in actions if t.lemma_.lower() not in c.lists["report_verbs"]]
    owner, unnamed = _owner(span, body, preds, cells, c)
    if owner and all(v.lemma_ == "be" and not _acomp(v) for v in verbs):
        # a noun phrase ('A commissioned service, funded by the ICB') or one that is to be in
        # place ('Children's Social Care: 2. A revised programme will be in place by ...')
        actions = [t for t in body if t.dep_ in ("amod", "acl") and _made_by(t, c)]
        if (
            not actions
            and body.root.pos_ in ("NOUN", "PROPN")
            and c.patterns["deliverables"].search(_phrase(body.root)[:60])
        ):
            actions = [body.root]  # 'A learning event ..., led by the LSCP': the deliverable
    if owner and not actions:  # the parse missed the verb: an imperative or 'X to do Y'
        fallback = _fallback_verbs(body, c, bool(_column(cells, r"^(?:smart )?action")))
        actions = [t for t in fallback if not _is_weak(t, c)][:1]
        weak = weak or [t for t in fallback if _is_weak(t, c)][:1]
    return _Reading(
        span.text, cells, body, sentences, owner, unnamed, actions, weak, verbs, c, span.start_char
    )


def _made_by(word: Token, c: Criteria) -> bool:
    """Is ``word`` a creation verb or its participle ('revised', tagged an adjective)?"""
    lower = word.lower_
    stems = {word.lemma_.lower(), lower[:-1], lower[:-2]} if lower.endswith("ed") else set()
    return bool({word.lemma_.lower(), *stems} & c.creation)


def _acomp(verb: Token) -> bool:
    return any(ch.dep_ == "acomp" for ch in verb.children)


def _governor(token: Token) -> Token | None:
    """The nearest verb above ``token`` (None in a verbless noun phrase)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _weighed(token: Token, c: Criteria) -> bool:
    """Is ``token`` only something to consider ('consider whether its framework needs...') or
    hope for ('be encouraged to adopt the model')? A weighing verb the parse took for a noun's
    modifier counts too ('explores options for providing a service')."""
    pondering = c.weighing | c.hoping
    return any(
        (a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in pondering)
        or a.lemma_.lower() in ("consideration", "aware")
        or any(
            ch.lemma_.lower() == "consideration"
            or (ch.dep_ == "compound" and ch.pos_ == "VERB" and ch.lemma_.lower() in c.weighing)
            for ch in a.children
        )
        for a in token.ancestors
    )


def _sent_back(token: Token, c: Criteria) -> bool:
    """Is ``token`` what another body is asked to send the owner ('ask each agency to report
    by June how it...', 'to submit its action plan')?"""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in c.lists["returning_verbs"]
        and _requested(token, c)
    )


def _requested(token: Token, c: Criteria) -> bool:
    """Is ``token`` part of what another body is asked to do ('ask the DfE to issue...')?"""
    return any(a.lemma_.lower() in c.request_verbs and not _passive(a) for a in token.ancestors)


def standing(r: _Reading) -> str:
    """A standard for every case ('ensure that every incident is notified', 'always record'):
    a universal over cases in the obligation itself, not in what a new deliverable is for
    ('revise the procedure so that every referral...')."""
    c = r.criteria
    imperative = bool(r.actions) and r.actions[0].i == r.body.start  # 'Screen all contacts'
    verbless = r.body.root.pos_ not in ("VERB", "AUX") and not imperative
    if verbless and not any(t.lower_ in _MODALS for t in r.body):
        return ""  # a noun phrase ('Flags on GP records for all children...') sets no standard
    condition = case_condition(r)
    if condition:
        return condition
    for match in c.patterns["standing"].finditer(r.body.text):
        token = _token_at(r.body, r.body.start_char + match.start())
        last = _token_at(r.body, r.body.start_char + match.end() - 1)
        if token is None or (last is not None and last.dep_ in ("compound", "amod")):
            continue  # 'every local child safeguarding practice review' is not about children
        nearest = _governor(token)
        above = [
            a
            for a in token.ancestors
            if a.pos_ in ("VERB", "AUX") and (nearest is None or a.i != nearest.i)
        ]
        if any(_makes_deliverable(a, c) or _titled_guidance(a, c) for a in above) or _scope(
            token, nearest, c
        ):
            continue
        if any(a.lemma_.lower() in c.lists["content_verbs"] for a in above):
            continue  # what a reminder or a requirement says ('remind officers to record
            # every child present', 'amend the guidance to require ... every pupil')
        if _marked(token, c):
            continue
        if any(a.lemma_.lower() in c.lists["assurance_words"] for a in token.ancestors):
            continue  # what an assurance is sought about ('seek assurance that every child
            # on remand is assessed'): the owner asks once; the standard is someone else's
        return match.group(0)
    return _ensured_universal(r)


def _marked(token: Token, c: Criteria) -> bool:
    """Is the universal at ``token`` whom a record marker is for ('a flag on the system for
    any child whose parent...')? Each flag is set once: the scope of one system change."""
    node = token.head if token.dep_ == "det" else token
    if not (node.dep_ == "pobj" and node.head.lower_ == "for"):
        return False
    markers = c.lists["record_markers"]
    held = node.head.head  # the marker, or the record it is on ('a flag on the system for')
    while held.dep_ == "pobj" and held.lemma_.lower() not in markers:
        held = held.head.head
    return held.lemma_.lower() in markers or any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in markers for ch in held.children
    )


def _scope(token: Token, verb: Token | None, c: Criteria) -> bool:
    """Is the universal at ``token`` only the scope of a one-off deliverable or check ('set
    up a register of all children with...', 'review all open cases in which...')?"""
    if verb is None:
        return False
    makes = _makes_deliverable(verb, c)
    if not (makes or verb.lemma_ in c.lists["check_verbs"]):
        return False
    node = token.head if token.dep_ == "det" else token
    # 'a register of all children', 'a flag on the record of any child'
    while node.dep_ == "pobj" and node.head.lower_ in ("of", "on"):
        node = node.head.head
    if node.i == verb.i and makes:
        return True  # 'set a flag on the record of any child', the parse hanging 'on' on 'set'
    if node.dep_ == "dobj" and node.head.i == verb.i:  # not 'a checklist for every case'
        return True
    # 'ensure that the form includes a section for the views of each child': whom what the
    # verb makes is for (the part before 'for' names the deliverable)
    made = next((a for a in token.ancestors if a.dep_ == "dobj" and a.head.i == verb.i), None)
    return (
        made is not None
        and verb.lemma_.lower() in c.creation
        and bool(c.patterns["deliverables"].search(_phrase(made).split(" for ")[0]))
    )


def _ensured_universal(r: _Reading) -> str:
    """'ensure that the child's wishes are recorded at every review': a universal inside what
    is to be ensured, or a state to keep for good ('that no child under 16 is placed', 'that
    the role is covered during leave'), unless what is ensured is a one-off deliverable
    ('ensure that every midwife completes the module')."""
    c = r.criteria
    for verb in r.verbs:
        for clause in _ensured(verb, c, ("ccomp", "xcomp", "dobj")):
            words = [t for t in clause.subtree if t.lower_ in ("every", "each", "all", "any")]
            text = _phrase(clause)
            if any(_none_of(s) for s in clause.children):  # 'that no child falls through'
                return text
            if c.patterns["deliverables"].search(text):
                continue
            if words:
                return _phrase(words[0].head)
            state = c.patterns["ensured_states"].search(text)
            if state:  # 'ensure that caseloads do not exceed 18', '... has sufficient capacity'
                return text
    return ""


def _every_body(r: _Reading) -> str:
    """What is to be ensured of every body of a kind ('ensure that every NHS trust has a named
    doctor'): the bodies, each of which must make the change."""
    c = r.criteria
    for verb in r.verbs:
        clauses = _ensured(verb, c, ("ccomp", "xcomp"))
        for subject in (s for cl in clauses for s in cl.children if s.dep_ == "nsubj"):
            every = _determined(subject, ("every", "each", "all"))
            if every and subject.lemma_.lower() in c.lists["local_bodies"]:
                return _phrase(subject)
    return ""


def _ensured(verb: Token, c: Criteria, deps: tuple[str, ...]) -> list[Token]:
    """What an 'ensure' or 'make sure' ``verb`` governs by ``deps`` (none for another verb)."""
    if verb.lemma_.lower() not in c.lists["ensure_verbs"]:
        return []
    heads = [verb, *(ch for ch in verb.children if ch.dep_ == "acomp")]  # 'make sure'
    return [ch for h in heads for ch in h.children if ch.dep_ in deps]


def _determined(noun: Token, words: tuple[str, ...]) -> bool:
    """Does one of ``words`` determine ``noun`` ('every concern', 'no child')?"""
    return any(d.dep_ == "det" and d.lower_ in words for d in noun.children)


def _none_of(subject: Token) -> bool:
    """Is ``subject`` 'no one' of a kind ('no child', 'no referral')?"""
    return subject.dep_ in ("nsubj", "nsubjpass") and _determined(subject, ("no",))


def _asked_for(r: _Reading, match: re.Match[str]) -> bool:
    """Is ``match`` what another body is asked for ('ask the Government to change the law')?"""
    token = _token_at(r.body, r.body.start_char + match.start())
    return token is not None and _requested(token, r.criteria)


def _makes_deliverable(verb: Token, c: Criteria) -> bool:
    """Does ``verb`` act on a deliverable ('review the procedure so that...', 'amend Working
    Together')?"""
    return any(
        ch.dep_ in ("dobj", "attr", "oprd", "dative")
        and not _universal(ch)
        and (c.patterns["deliverables"].search(_phrase(ch)) or _named_document(verb, ch, c))
        for ch in verb.children
    )


def _universal(noun: Token) -> bool:
    """Is ``noun`` every case of a kind ('every welfare concern on the system'), not a thing
    to make?"""
    return _determined(noun, ("every", "each", "all", "any"))


def _named_document(verb: Token, obj: Token, c: Criteria) -> bool:
    """A document known by its title that a creation verb changes ('amend Working Together')."""
    return verb.lemma_.lower() in c.creation and obj.dep_ == "dobj" and obj.pos_ == "PROPN"


def deliverable(r: _Reading) -> str:
    """A checkable deliverable of the owner's own: a deliverable noun that a creation verb
    governs ('revise the protocol'), a participle qualifies ('a revised policy', 'a
    commissioned service') or that stands alone ('A learning event for...'); not what
    another body is asked for, nor what is only reviewed or used."""
    c = r.criteria
    for match in c.patterns["deliverables"].finditer(r.body.text):
        start = r.body.start_char + match.start()
        span = r.body.doc.char_span(start, start + len(match.group(0)), alignment_mode="expand")
        if span is None or _weighed(span[-1], c):
            continue
        if _requested(span[-1], c) and span[-1].lemma_.lower() not in c.lists["returned"]:
            continue  # what another body is asked to make, unless it comes back to the owner
        noun = span[-1]
        if noun.pos_ == "VERB" and not match.group(0).lower().startswith("write"):
            continue  # 'review the guidance' is an action, not a review to deliver
        subject = noun.head if noun.dep_ == "conj" else noun  # 'The Panel and the Group'
        if (
            subject.dep_ == "nsubj"
            and subject.head.lemma_ != "be"
            and named_owner(_phrase(noun), c)
        ):
            continue  # 'The Panel recommends', 'the group agreed': who acts, not what is made
        qualified = any(  # 'a revised policy', 'a commissioned service', misparsed 'issue guidance'
            _made_by(ch, c) and ch.dep_ in ("amod", "acl", "compound") for ch in noun.children
        )
        if match.group(0).lower().startswith("write to") or qualified:
            return match.group(0)
        top = next((t for t in span if not span.start <= t.head.i < span.end), noun)
        verb = _object_of(top, c)  # the phrase's head: 'a local ... practice review' misparsed
        if verb == "" or verb in c.creation or _reviewed_to_change(top):
            return match.group(0)
        if top.dep_ == "pobj" and top.head.lower_ in ("through", "via") and not open_aim(r):
            return match.group(0)  # the means, itself a product: 'through a force-wide briefing'
    named = next(
        (_phrase(ch) for v in r.actions for ch in v.children if _named_document(v, ch, c)), ""
    )
    return named or next((t for v in r.actions if (t := _titled_guidance(v, c))), "")


_DETERMINER = re.compile(r"^(?:the|its|their)\s+", re.IGNORECASE)


def _titled_guidance(verb: Token, c: Criteria) -> str:
    """Guidance a creation verb makes or changes, known by its title ('amend Keeping Children
    Safe in Education', a title the parse splits into a verb and its object)."""
    if verb.lemma_.lower() not in c.creation:
        return ""
    after = verb.doc[verb.i + 1 : min(verb.i + 10, verb.sent.end)].text
    found = c.patterns["guidance_titles"].match(_DETERMINER.sub("", after))
    return found.group(0) if found else ""


def _reviewed_to_change(noun: Token) -> bool:
    """Is ``noun`` reviewed for a stated result ('review the discharge procedure so that the
    health visitor is invited'): the revised document is the deliverable."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "review":
        return False
    return any(
        ch.dep_ == "advcl"
        and [m.lower_ for m in ch.children if m.dep_ == "mark"][:2] == ["so", "that"]
        for ch in verb.children
    )


_OBJECT_DEPS = frozenset(
    {"dobj", "pobj", "compound", "conj", "appos", "attr", "oprd", "ROOT", "dep"}
)
_OBJECT_PREPS = frozenset({"of", "through", "in", "via", "into", "as", "with"})


def _object_of(noun: Token, c: Criteria) -> str | None:
    """The lemma of the verb ``noun`` is the object of ('' in a verbless phrase; None when it
    only modifies something else, 'across children's services', or is only reviewed)."""
    token = noun
    while True:
        if token.i != noun.i and token.lemma_.lower() in c.non_creation:
            return None  # 'a review of the form'
        head = token.head
        if head.i == token.i:
            return ""
        if token.dep_ in ("nsubj", "nsubjpass"):
            verbs = [head, *(v for v in head.children if v.dep_ in ("advcl", "xcomp", "conj"))]
            found = [v.lemma_.lower() for v in verbs if v.lemma_.lower() in c.creation]
            return found[0] if found else None
        if token.dep_ not in _OBJECT_DEPS:
            return None
        if any(ch.dep_ == "expl" for ch in head.children):
            return ""  # 'There should be a single point of contact': the thing itself
        gerund = head.tag_ == "VBG" and head.dep_ in ("dobj", "pobj", "compound", "amod")
        if gerund:  # 'a multi-agency safeguarding dashboard' parsed as 'safeguarding' a dashboard
            token = head
            continue
        if head.pos_ in ("VERB", "AUX") or token.dep_ == "dobj":  # a verb tagged as an adjective
            return _sharing_verb(head, c)
        if head.dep_ == "prep":
            verb = _governor(head)  # 'add a question about X to the template'
            if head.lower_ == "to" and verb is not None and verb.lemma_ in c.insertion:
                return verb.lemma_
            if head.lower_ not in _OBJECT_PREPS:
                return None
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return head.lemma_.lower()
        token = head


def _sharing_verb(verb: Token, c: Criteria) -> str:
    """The lemma of ``verb``, or of a creation verb it shares its object with ('develop,
    implement and embed a strategy': the strategy is developed)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in c.creation:
            return node.lemma_.lower()
    return verb.lemma_.lower()


def bundle(r: _Reading) -> int:
    """How many separate deliverables the recommending sentence bundles: co-ordinated actions
    with their own object ('update the procedure and deliver training'), 'that' clauses of one
    'ensure', (a) (b) (c) items, or clauses between semicolons. One action with its own check
    ('issue guidance... and audit compliance') or done twice to one thing ('agree and
    implement a procedure', 'update the policy and re-issue it') is one; three verbs are
    several."""
    c = r.criteria
    main = r.sentences[0] if r.sentences else r.body
    known = c.creation | c.action_verbs | c.request_verbs | frozenset(c.lists["change_verbs"])
    verbs = [
        t
        for t in main
        if t.lemma_.lower() in known
        and (t.pos_ == "VERB" or (t.dep_ in ("dep", "conj") and t.head in r.verbs))
        and not _subordinate(t)
        and not _passive(t)
    ]
    # 'develop a standard, launch it ... and test its use': what is done again to the one
    # product ('it', 'its use') is no product of its own
    made = [v for v in verbs if not _checks(v, c) and not _refers_back(v, c)]
    many = len(verbs) if len(made) >= 3 else 0  # 'develop, implement and embed a strategy'
    parts = c.lists["part_verbs"]
    verbs = [t for t in verbs if _own_object(t) and not (t.dep_ == "conj" and t.lemma_ in parts)]
    checks = [v for v in verbs if _checks(v, c)]
    separate = len(verbs) - (len(checks) if len(checks) < len(verbs) else len(checks) - 1)
    clauses = max(
        (sum(1 for t in v.subtree if t.dep_ == "mark" and t.lower_ == "that") for v in verbs),
        default=0,
    )
    items = _lettered_actions(r.body.text, known, c)
    products = max((_products(v, c) for v in r.actions), default=0)
    products = max(products, _owners_acting(r))
    ensured = max((_ensured_clauses(v, c) for v in r.verbs), default=0)
    listed = _listed_actions(r, known | frozenset(c.lists["check_verbs"]))
    return max(
        separate,
        many,
        clauses,
        items,
        products,
        ensured,
        listed,
        _semicolon_actions(r),
        _means(main),
    )


def _means(span: Span) -> int:
    """How many steps an aim is to be reached by, when three or more ('strengthen the offer
    by appointing workers, introducing a protocol and publishing a directory'); two are one
    action and its check ('by repeating the survey and comparing the results')."""
    for by in (t for t in span if t.lower_ == "by"):
        first = next((ch for ch in by.children if ch.tag_ == "VBG"), None)
        if first is not None:
            steps = 1 + sum(
                1 for t in first.subtree if t.tag_ == "VBG" and t.dep_ in ("conj", "advcl")
            )
            if steps >= _MANY_MEANS:
                return steps
    return 0


_MANY_MEANS = 3
_CLAUSE_MARK = re.compile(
    r"^\s*(?:and\s+|or\s+)?(?:\(?(?:[a-h]|i{1,3}|iv|v|\d{1,2})[.)]\s*)?(?:to\s+)?"
)
_BACK = re.compile(r"\b(?:it|its|them|their use)\b", re.IGNORECASE)
#: What opens a list of what one product covers ("a toolkit which: (a) sets out ...").
_CONTENTS = re.compile(r"\b(?:which|including|covering|so that|recommended that)\s*:?\s*$", re.I)


def _semicolon_actions(r: _Reading) -> int:
    """Three or more clauses between semicolons are as many actions, unless they set out
    what one product covers ('a toolkit which: (a) sets out ...; (b) explains ...') or act
    again on what the first made ('compile a list; circulate it; update it')."""
    parts = r.body.text.split(";")
    if len(parts) < 3:
        return 0
    head = parts[0].rpartition(":")[0]
    again = sum(
        bool(_BACK.search(" ".join(_CLAUSE_MARK.sub("", p).split()[:4]))) for p in parts[1:]
    )
    if (head and _CONTENTS.search(head)) or again >= len(parts) - 2:
        return 0
    return len(parts)


_LETTERED = re.compile(r"\((?:[a-h]|i{1,3}|iv|v)\)\s*(?:to\s+)?([\w-]+)")


def _lettered_actions(text: str, known: frozenset[str], c: Criteria) -> int:
    """How many (a) (b) (c) items are actions of their own: each opens with a verb that is no
    check or passing-on of another ('(a) revise the guidance and (b) brief staff on it' is
    one); items that set out what one product covers ('(a) whether the patient has
    children') are none."""
    verbs = [m.group(1).lower() for m in _LETTERED.finditer(text)]
    own = [
        v
        for v in verbs
        if v in known
        and v not in c.lists["check_verbs"]
        and v not in c.lists["dissemination_verbs"]
    ]
    return len(own) if len(own) >= 2 else 0


_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|then\s+)?|\s+and\s+")


def _listed_actions(r: _Reading, known: frozenset[str]) -> int:
    """How many items of a list of actions ('update its policy, train staff, adapt the record
    and audit compliance') open with a verb, read from the words when the parse takes some
    for nouns; fewer than three are not counted here (one action and its check, or done
    twice to one thing)."""
    c = r.criteria
    opening = c.patterns["opening"].match(r.body.text)
    if opening is not None and opening.group("verb"):
        start = opening.start("verb")
    elif _column(r.columns, r"^(?:smart )?action"):
        start = 0
    elif r.actions and r.body.start_char <= r.actions[0].idx:
        start = r.actions[0].idx - r.body.start_char  # after the owner: 'X should develop ...'
    else:
        return 0
    text = re.split(r"[.;:]\s", r.body.text[start:], maxsplit=1)[0]
    count = 0
    for item in _LIST_SEPARATOR.split(text):
        words = item.split()
        first = words[0].lower() if len(words) >= 2 else ""
        prefix, hyphen, rest = first.partition("-")  # 're-audit' is 'audit'
        count += (rest if hyphen and prefix in c.lists["hyphen_prefixes"] else first) in known
    return count if count >= 3 else 0


def _owners_acting(r: _Reading) -> int:
    """How many different named owners have a clause of their own ('the ICB should revise
    ..., and the Police should train ...'); one subject naming two owners is one, and a
    second owner who only checks or reports on the change adds none. Only
    the recommendation's own words count: the parse may take the label before it ('8.9
    Recommendation 8:') for a second subject."""
    by_verb: dict[int, set[str]] = {}  # subjects of one verb are one joint owner ('Care, the
    # Police and the PCT should agree', which the parse may give two subjects)
    for v in r.actions:
        if by_verb and _checks(v, r.criteria):
            continue  # a second owner who checks or reports on it ('and the Named Nurse will
            # report the audit to the Board') makes nothing of their own
        for s in v.children:
            if (
                s.dep_ == "nsubj"
                and r.body.start <= s.i < r.body.end
                and named_owner(_phrase(s), r.criteria)
            ):
                by_verb.setdefault(v.i, set()).add(_phrase(s).lower())
    subjects = {" & ".join(sorted(names)) for names in by_verb.values()}
    if len(subjects) < 2:
        subjects = _each_owner(r)
    return len(subjects) if len(subjects) >= 2 else 0


def _each_owner(r: _Reading) -> set[str]:
    """The owners a distributive 'each' gives a clause of their own ('The Police, Health and
    Children's Social Care should each review ...'); none without one."""
    each = any(
        t.lower_ == "each" and t.dep_ in ("advmod", "nsubj", "appos") and t.head in r.actions
        for t in r.body
    )
    parts = {p.strip().lower() for p in re.split(r",|\band\b|&", r.owner) if p.strip()}
    return parts if each else set()


def _follow_up(verb: Token, c: Criteria) -> bool:
    """Does ``verb`` act on what another action produced ('receive the findings', 'circulate
    the slides and a summary of attendance', 'seek feedback'): a report-back, not a second
    deliverable?"""
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    nouns = [n for o in objects for n in (o, *o.conjuncts)]
    return any(n.lemma_.lower() in c.lists["result_nouns"] for n in nouns)


def _checks(verb: Token, c: Criteria) -> bool:
    """A check of what another action made ('monitor the return rate'), a report-back, or
    passing it on."""
    return (
        verb.lemma_.lower() in c.lists["check_verbs"] or _follow_up(verb, c) or _passes_on(verb, c)
    )


def _passes_on(verb: Token, c: Criteria) -> bool:
    """Does ``verb`` pass on what another action made ('brief the area teams on it', 'send
    the signed protocol to the LSCB', 'brief case managers on the revised guidance')?"""
    if verb.lemma_.lower() not in c.lists["dissemination_verbs"]:
        return False
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    targets = objects + [  # 'brief the teams on it': the parse may hang 'on it' on the teams
        o
        for head in (verb, *objects)
        for ch in head.children
        if ch.dep_ == "prep" and ch.lower_ in ("on", "about")
        for o in ch.children
    ]
    return any(
        t.pos_ == "PRON" or any(d.dep_ == "amod" and d.tag_ == "VBN" for d in t.children)
        for t in targets
    )


# Where a verb is not an action of its own: a clause describing something ('children who are
# not brought'), a noun the parse took for a verb ('GP reports'), or the content of another
# action ('guidance to require the officer to check and share').
_SUBORDINATE = frozenset(
    {
        "relcl",
        "acl",
        "amod",
        "pcomp",
        "advcl",
        "ccomp",
        "xcomp",
        "dobj",
        "pobj",
        "nsubj",
        "compound",
        "csubj",
    }
)


def _subordinate(verb: Token) -> bool:
    """Is ``verb``, or the verb it is co-ordinated with, in a subordinate role?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in _SUBORDINATE


def _products(verb: Token, c: Criteria) -> int:
    """How many different deliverables one action makes ('produce a 7-minute briefing and a
    podcast', 'share it through forums, training, its newsletter and a practice week'); an
    audit of the thing made is its check, not another product."""
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    objects += [o for ch in verb.children if ch.dep_ == "prep" for o in ch.children]
    best = 0
    for obj in objects:
        # 'a protocol, a training programme ..., and a tracker': the parse may hang the
        # second on the first as an apposition
        nouns = [obj, *obj.conjuncts, *(a for a in obj.children if a.dep_ == "appos")]
        made = {  # an audit of what is made checks it: not a second product
            n.lemma_.lower()
            for n in nouns
            if c.patterns["deliverables"].search(n.doc[n.left_edge.i : n.i + 1].text)
            and n.lemma_.lower() not in c.lists["check_verbs"]
            and n.left_edge.lower_ not in c.lists["check_verbs"]  # 'audit compliance' misparsed
        }
        if len(nouns) >= 2 and len(made) >= 2:
            best = max(best, len(nouns))
    return max(best, _components(verb, c))


def _components(verb: Token, c: Criteria) -> int:
    """How many products a made thing is to include ('develop a neglect strategy, including a
    graded care tool, a training programme, a champions network and an outcomes framework'):
    three or more are a programme of work. What a review or audit includes is its scope."""
    if verb.lemma_.lower() not in c.creation:
        return 0
    listed = [
        n
        for obj in verb.children
        if obj.dep_ == "dobj"
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for first in prep.children
        if first.dep_ == "pobj"
        for n in (first, *first.conjuncts)
    ]
    made = [n for n in listed if c.patterns["deliverables"].search(_phrase(n))]
    return len(listed) if len(made) >= 3 else 0


def _ensured_clauses(verb: Token, c: Criteria) -> int:
    """How many separate things one 'ensure' or 'make sure' asks for, each with its own
    subject ('make sure all officers complete... and that supervisors check...')."""
    if verb.lemma_.lower() not in c.lists["ensure_verbs"]:
        return 0
    heads = [verb, *(ch for ch in verb.children if ch.lemma_.lower() == "sure")]
    clauses = [ch for h in heads for ch in h.children if ch.dep_ == "ccomp" and ch not in heads]
    subjects = [
        v
        for cl in clauses
        for v in (cl, *cl.conjuncts)
        if any(s.dep_ == "nsubj" and not _named_before(s) for s in v.children)
    ]
    return len(subjects) if len(subjects) >= 2 else 0


def _refers_back(verb: Token, c: Criteria) -> bool:
    """Does ``verb`` act again on something already named ('launch it', 'test its use'), not
    on a thing of the owner's ('update its policy')?"""
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "PRON"
        or (
            o.lemma_.lower() in c.use_nouns
            and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in o.children)
        )
        for o in objects
    )


def _own_object(verb: Token) -> bool:
    """Does ``verb`` act on a thing of its own (not 'it', not an object it shares, not one
    already named: 'nominate a point of contact and publish the contact details')?"""
    objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "prt", "ccomp")]
    nouns = [o for o in objects if o.dep_ == "dobj"]
    return bool(objects) and not all(o.pos_ == "PRON" or _named_before(o) for o in nouns)


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _named_before(noun: Token) -> bool:
    """Is ``noun`` a definite mention of a thing the sentence named earlier ('a written
    procedure ..., and that the procedure is in place')?"""
    if not any(ch.dep_ == "det" and ch.lower_ in _DEFINITE for ch in noun.children):
        return False
    words = {noun.lemma_.lower()} | {
        ch.lemma_.lower() for ch in noun.children if ch.dep_ == "compound"
    }
    before = noun.doc[noun.sent.start : noun.left_edge.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in before)


def open_aim(r: _Reading) -> str:
    """An aim with no end ('seek to improve', 'explore ways of', 'reflect on how'), when no
    concrete action goes with it."""
    if r.actions:
        return ""
    for verb in r.weak or r.verbs:
        sentence = verb.sent
        phrase = verb.doc[verb.i : min(verb.i + 8, sentence.end)].text
        found = r.criteria.patterns["open_aims"].search(phrase)
        if found:
            return phrase
    return ""


def _pressed(r: _Reading) -> str:
    """Lobbying or pressing another body for a change ('lobby central government for', 'press
    the Home Office for'), or, when the owner is not national, requiring a national body to
    act ('require NHS England to add...'), ensuring that one acts ('ensure that the DfE
    changes...') or that something national changes ('ensure that statutory guidance
    requires...'); writing to or asking a body is the owner's own act."""
    c = r.criteria
    local = not _national_owner(r)
    for verb in r.verbs:
        lemma = verb.lemma_.lower()
        if lemma in c.lists["pressure_verbs"]:
            return verb.text
        if local and lemma in c.lists["content_verbs"]:  # 'require NHS England to add ...'
            told = (_phrase(o) for o in verb.children if o.dep_ == "dobj")
            national = next((t for t in told if c.patterns["national_bodies"].search(t)), "")
            if national:
                return f"{verb.text} {national}"
        if lemma in c.lists["ensure_verbs"]:
            for clause in (ch for ch in verb.children if ch.dep_ == "ccomp"):
                subject = next(
                    (_phrase(s) for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), ""
                )
                if subject and c.patterns["national_bodies"].search(subject):
                    return f"{verb.text} that {subject} {clause.text}"
                if subject and local and c.patterns["national_scope"].search(_phrase(clause)):
                    return f"{verb.text} {_phrase(clause)}"  # 'that statutory guidance...'
    return ""


def _exhortation(r: _Reading) -> str:
    """The only action is to ensure a state the owner cannot deliver itself ('ensure that
    there is sufficient funding', 'that all agencies embed an approach') or to 'hold agencies
    to account'. A reminder or a briefing on awareness is something the owner can do."""
    if r.actions:
        return ""
    c = r.criteria
    for verb in r.weak:
        phrase = verb.doc[verb.i : min(verb.i + 10, verb.sent.end)].text
        state = [ch for ch in verb.children if ch.dep_ == "acomp" and ch.pos_ == "ADJ"]
        if verb.lemma_ == "be" and state:  # 'Schools should be more alert', 'be ambitious'
            return f"be {_phrase(state[0])}"
        aware = any(t.lemma_.lower() in ("aware", "mindful", "alert") for t in verb.subtree)
        if (verb.lemma_.lower() in c.lists["ensure_verbs"] and not aware) or (
            c.patterns["weak_phrases"].match(phrase) and not aware
        ):
            return verb.text
    return ""


def _question(r: _Reading) -> bool:
    """Is the text a question ('Question for the Board: How can the LSCB be assured ...?')?"""
    return r.body.text.rstrip(" .\u201d\"'").endswith("?")


def _looks_back(r: _Reading) -> str:
    """What should have happened ('The school should have referred'), with no deadline that
    makes it a future perfect ('By 2013 the LSCB should have received')."""
    root = r.body.root
    auxes = [ch.lower_ for ch in root.children if ch.dep_ == "aux"]
    if root.tag_ != "VBN" or "have" not in auxes or _time_bound(r).met:
        return ""
    if not any(a in ("should", "could", "ought", "would", "must") for a in auxes):
        return ""
    first = min(ch.i for ch in root.children if ch.dep_ == "aux")
    return root.doc[first : root.i + 1].text


def _specific(r: _Reading) -> Verdict:
    if _question(r):
        return Verdict(False, "a question asks for no action", shortfall=Shortfall.WEAK_ACTION)
    past = _looks_back(r)
    if past:
        reason = f"'{past}' says what should have happened, not what is to be done"
        return Verdict(False, reason, past, shortfall=Shortfall.WEAK_ACTION)
    if r.owner and r.actions:
        word = _prefix(r.actions[0], r.criteria) + r.actions[0].lemma_
        return Verdict(True, f"'{r.owner}' is to {word}", r.owner)
    if not r.owner:
        reason = (
            f"'{r.unnamed}' is not a named organisation, partnership or role"
            if r.unnamed
            else "no organisation, partnership or role is named as the one who acts"
        )
        return Verdict(False, reason, r.unnamed, shortfall=Shortfall.NO_OWNER)
    verb = r.weak[0] if r.weak else r.body.root
    objects = [c.text for c in verb.children if c.dep_ == "dobj"][:1]
    named = " ".join([verb.lemma_, *objects])  # 'consider', 'give consideration'
    return Verdict(
        False, f"'{named}' is not a concrete action", verb.lemma_, shortfall=Shortfall.WEAK_ACTION
    )


def _checkable(cell: str, c: Criteria) -> bool:
    """A Measure cell that names evidence ('audit of 20 cases', 'letter sent'), not a hope
    ('improved practice') or a placeholder."""
    if cell.strip(" -–.").lower() in ("", "tbc", "tba", "n/a", "none"):
        return False
    p = c.patterns
    return bool(p["measure_words"].search(cell) or p["evidence"].search(cell))


def _measurable(r: _Reading) -> Verdict:
    p = r.criteria.patterns
    measure_col = r.column(r"measure|impact|evidence|outcome|success")
    if measure_col and _checkable(measure_col, r.criteria):
        return Verdict(True, f"completion can be evidenced by '{measure_col}'", measure_col)
    rule = standing(r)
    found = p["evidence"].search(r.text)
    if rule and not found:
        return Verdict(
            False,
            f"a standing standard ('{rule}') has no deliverable that shows it was done",
            rule,
            shortfall=Shortfall.NO_EVIDENCE,
        )
    what = found.group(0) if found else deliverable(r)
    if what:
        return Verdict(True, f"completion can be evidenced by '{what}'", what)
    back = next((t for t in r.body if _sent_back(t, r.criteria)), None)
    if back is not None:
        return Verdict(
            True, f"completion can be evidenced by what is sent back ('{back}')", back.text
        )
    asked = next((t for t in r.verbs if t.lemma_.lower() in r.criteria.request_verbs), None)
    reason = (
        f"it asks another body to act ('{asked.text}'): what that body does is not a deliverable"
        if asked is not None
        else "nothing says how completion or impact will be evidenced"
    )
    return Verdict(False, reason, shortfall=Shortfall.NO_EVIDENCE)


def _elsewhere(r: _Reading) -> Verdict | None:
    """Not achievable because the change rests with another body: one pressed to act, a
    decision or money the owner does not control, or a change only a national body can make."""
    p = r.criteria.patterns
    pressed = _pressed(r)
    if pressed:
        reason = f"'{pressed}': only the body pressed can make the change"
        return Verdict(False, reason, pressed, shortfall=Shortfall.NATIONAL)
    outside = p["outside_conditions"].search(r.text)
    if outside:
        reason = f"'{outside.group(0)}': delivery rests on another body's decision"
        return Verdict(False, reason, outside.group(0), shortfall=Shortfall.NATIONAL)
    national = next(
        (m for m in p["national_actions"].finditer(r.body.text) if not _asked_for(r, m)), None
    )
    if national:
        reason = f"'{national.group(0)}' is a change only Parliament or a national body can make"
        return Verdict(False, reason, national.group(0), shortfall=Shortfall.NATIONAL)
    bodies = _every_body(r) if _national_owner(r) else ""
    if bodies:
        reason = f"'{bodies}' must each make the change: the owner cannot deliver it alone"
        return Verdict(False, reason, bodies, shortfall=Shortfall.NATIONAL)
    made = _national_product(r)
    if made:
        reason = f"'{made}' is national: only a national body can make or change it"
        return Verdict(False, reason, made, shortfall=Shortfall.NATIONAL)
    return None


def _national_owner(r: _Reading) -> bool:
    """Is the owner a national body (a government department, NHS England, the Panel)?"""
    return bool(r.criteria.patterns["national_bodies"].search(r.owner))


def _national_product(r: _Reading) -> str:
    """A local owner making or changing what is national ('The Partnership should amend the
    statutory guidance', 'issue national guidance', 'change the national GP contract')."""
    c = r.criteria
    if _national_owner(r):
        return ""
    verbs = c.creation | frozenset(c.lists["change_verbs"])
    for verb in r.actions:
        if verb.lemma_.lower() not in verbs:
            continue
        for obj in (ch for ch in verb.children if ch.dep_ == "dobj"):
            end = obj.i + 1
            while obj.pos_ == "PROPN" and end < len(obj.doc) and obj.doc[end].is_title:
                end += 1  # a title the parse split ('Working Together to Safeguard Children')
            named = obj.doc[obj.left_edge.i : end].text
            if c.patterns["national_scope"].search(named):
                return f"{verb.text} {named}"
    return ""


def _achievable(r: _Reading) -> Verdict:
    if not r.owner:
        return Verdict(
            False,
            "no named owner who could deliver it",
            r.unnamed,
            shortfall=Shortfall.NO_OWNER,
        )
    if _question(r):
        reason = "a question for the reader, not an action to deliver"
        return Verdict(False, reason, shortfall=Shortfall.UNBOUNDED)
    past = _looks_back(r)
    if past:
        reason = f"'{past}' looks back at the case; nothing is left to deliver"
        return Verdict(False, reason, past, shortfall=Shortfall.UNBOUNDED)
    elsewhere = _elsewhere(r)
    if elsewhere is not None:
        return elsewhere
    rule = standing(r)
    if rule and not _checked_rollout(r, rule):
        return Verdict(
            False,
            f"a standing standard ('{rule}') cannot be completed",
            rule,
            shortfall=Shortfall.EXHORTATION,
        )
    practice = _everyday_practice(r)
    if practice:
        return Verdict(
            False,
            f"a standard of everyday practice for all {practice}, not one bounded action",
            practice,
            shortfall=Shortfall.EXHORTATION,
        )
    size = bundle(r)
    if size >= 2:
        return Verdict(False, f"a bundle of {size} actions", "", shortfall=Shortfall.BUNDLE)
    outcome = _outcome(r)
    if outcome:
        return Verdict(
            False,
            f"an outcome ('{outcome}') that depends on others, not one bounded action",
            outcome,
            shortfall=Shortfall.UNBOUNDED,
        )
    exhortation = _exhortation(r)
    if exhortation:
        return Verdict(
            False,
            f"an exhortation ('{exhortation}'), not a bounded action",
            exhortation,
            shortfall=Shortfall.EXHORTATION,
        )
    aim = open_aim(r)
    unbounded = r.criteria.patterns["unbounded"]
    ongoing = unbounded.search(r.body.text) or (None if _ends(r) else unbounded.search(r.text))
    if aim or ongoing:
        what = aim or ongoing.group(0)  # type: ignore[union-attr]
        return Verdict(False, f"an aim with no end ('{what}')", what, shortfall=Shortfall.UNBOUNDED)
    return Verdict(True, f"one bounded action for {r.owner}", r.owner)


def _outcome(r: _Reading) -> str:
    """The only action is an outcome to reach ('reduce re-referrals by 10%'): the phrase."""
    c = r.criteria
    acts = r.actions or r.weak
    if not acts or acts[0].lemma_.lower() not in c.lists["outcome_aims"]:
        return ""
    # a step of its own besides ('and introduce text reminders'); not what describes a noun
    # ('families re-referred', 'children not brought')
    if any(v.lemma_.lower() in c.creation for v in acts[1:]):
        return ""
    verb = acts[0]
    return verb.doc[verb.i : min(verb.i + 8, verb.sent.end)].text


def _everyday_practice(r: _Reading) -> str:
    """The owner is a class of practitioners or settings ('Midwives', 'GP practices') and
    nothing shows the action was done or dates it: a standard for everyday practice."""
    words = re.findall(r"[\w'’-]+", _CUT.split(f" {r.owner} ", maxsplit=1)[0])
    if not words or words[-1].lower() not in r.criteria.lists["practice_groups"]:
        return ""
    return "" if deliverable(r) or _measurable(r).met or _time_bound(r).met else r.owner


_SCOPE = re.compile(r"(?:every|each|all|any)\b", re.IGNORECASE)


def _checked_rollout(r: _Reading, rule: str) -> bool:
    """Is the universal only the scope of a change the owner brings in by a deadline and
    checks itself ('ensure that every new-birth contact includes ..., and report the audited
    proportion to the Executive by September 2025')? 'Always', 'whenever' and a case
    condition stay standards."""
    evidence = r.criteria.patterns["evidence"].search(r.text)
    return bool(_SCOPE.match(rule) and evidence and _time_bound(r).met)


def _ends(r: _Reading) -> bool:
    """Does the action end, whatever a cell says ('Timescale: Ongoing', 'Evidence: ongoing'):
    it has a date of its own, or it makes a deliverable ('Add a prompt to the template')?"""
    return bool(_time_bound(r).met or deliverable(r))


def _time_bound(r: _Reading) -> Verdict:
    p = r.criteria.patterns
    time_col = r.column(r"time|date|deadline|by when|^by$|target|completion|^due$")
    if time_col and p["no_timescale"].fullmatch(time_col.strip(" .").lower()):
        time_col = ""
    found = next((m for m in _deadlines(r) if not _practice_timescale(r, m)), None)
    if found is None and time_col:
        found = p["deadlines"].search(time_col) or p["dates"].search(time_col)
    if found:
        return Verdict(True, f"deadline '{found.group(0)}'", found.group(0))
    rest = p["frequencies"].sub("", time_col).strip(" ,.&-–") if time_col else ""
    rest = re.sub(r"^(?:and|or)\b|\b(?:and|or)$", "", rest).strip()
    if rest:
        return Verdict(True, f"timescale '{time_col}'", time_col)
    frequency = p["frequencies"].search(r.text) or (
        p["frequencies"].search(time_col) if time_col else None
    )
    if frequency:
        return Verdict(
            False,
            f"'{frequency.group(0)}' is a frequency, not a deadline",
            frequency.group(0),
            partial=True,
            shortfall=Shortfall.FREQUENCY_ONLY,
        )
    return Verdict(False, "no deadline or timescale", shortfall=Shortfall.NO_DEADLINE)


def _deadlines(r: _Reading) -> list[re.Match[str]]:
    """Every deadline, date or named occasion in the text, in order."""
    p = r.criteria.patterns
    found = [*p["deadlines"].finditer(r.text), *p["dates"].finditer(r.text)]
    labels = [  # a column's header, 'Target date: TBC'
        m for m in found if _COLUMN_LABEL.match(r.text, m.end()) and m[0].lower() in _HEADERS
    ]
    return sorted((m for m in found if m not in labels), key=lambda m: m.start())


_COLUMN_LABEL = re.compile(r"\s*[:|]")
_HEADERS = frozenset({"target date", "deadline"})


def _practice_timescale(r: _Reading, match: re.Match[str]) -> bool:
    """Is a 'within N' part of the practice standard ('notified within 24 hours', 'three
    referrals within 12 months'), not when the recommended work is due? Hours are; so is a
    period that counts events (a noun with a number) or times what must be ensured."""
    text = match.group(0).lower()
    if not text.startswith("within") or re.search(r"\bof (?:publication|this|the review)", text):
        return False
    if "hour" in text:
        return True
    token = _token_at(r.body.doc[:], r.start + match.start())
    if token is None:
        return False
    head = token.head
    if head.pos_ in ("NOUN", "PROPN"):
        return any(ch.dep_ == "nummod" for ch in head.children)
    if token.i == r.body.start:
        return False  # 'Within 18 months, the service should...'
    return _inner_clause(head, r.criteria) or _target(head, token) or bool(case_condition(r))


def _inner_clause(verb: Token, c: Criteria) -> bool:
    """Is ``verb`` inside what is required rather than the recommended action: a relative or
    clause, a condition ('when a child attends twice within a month'), what is ensured, or
    what a new rule requires ('amend X to require partners to publish ... within three
    months')?"""
    above = verb.head.lemma_.lower()
    marks = {ch.lower_ for ch in verb.children if ch.dep_ in ("mark", "advmod")}
    due = {ch.lower_ for ch in verb.children if ch.dep_ in ("aux", "auxpass")} >= {"to", "be"}
    return (
        (verb.dep_ == "relcl" and not due)  # '... guide, to be published within four months'
        or (verb.dep_ == "advcl" and bool(marks & _CONDITIONS))
        or (verb.dep_ == "ccomp" and above in c.lists["ensure_verbs"])
        or (verb.dep_ == "xcomp" and above in c.lists["obligation_verbs"])
    )


_CONDITIONS = frozenset({"when", "where", "if", "whenever", "once"})


def _target(verb: Token, within: Token) -> bool:
    """Does ``verb`` set a numeric target that ``within`` follows ('make 95% of its decisions
    within one working day', 'increase the proportion of visits completed within 14 days')?
    A time limit inside a target is part of it, not a deadline."""
    for obj in (ch for ch in verb.children if ch.dep_ == "dobj" and ch.i < within.i):
        if obj.lemma_.lower() in _TARGETS or any(t.text == "%" for t in obj.subtree):
            return True
    return any(a.lemma_.lower() in _TARGETS and a.dep_ == "dobj" for a in within.ancestors)


_TARGETS = frozenset({"proportion", "percentage", "rate", "number", "%", "percent"})


def case_condition(r: _Reading) -> str:
    """A leading condition on a case ('Where a child is electively home educated, ...', 'When
    a family moves into the area, ...'): what follows is a standard for every such case. A
    condition on one event ('If the national consultation goes ahead, ...') is not."""
    found = _CASE_CONDITION.match(r.body.text) or _PER_EVENT.search(r.body.text)
    if found:
        return found.group(0).rstrip(" ,")
    for verb in r.verbs:  # '..., when there is reasonable cause to suspect that a child ...'
        if _makes_deliverable(verb, r.criteria):
            continue  # 'issue guidance on ... when a child changes school': what it covers
        for clause in (ch for ch in verb.children if ch.dep_ == "advcl"):
            marks = {ch.lower_ for ch in clause.children if ch.dep_ in ("mark", "advmod")}
            if marks & _CONDITIONS and _indefinite_subject(clause):
                return _phrase(clause)
    return ""


def _indefinite_subject(clause: Token) -> bool:
    """'there is...', 'a child attends...', 'any agency has...': the clause is about any case."""
    return any(
        ch.dep_ == "expl"
        or (
            ch.dep_ in ("nsubj", "nsubjpass")
            and any(d.lower_ in ("a", "an", "any") for d in ch.children)
        )
        for ch in clause.children
    )


# A time limit counted from any such event: 'within five working days of becoming aware of a
# serious incident' (not 'within six months of the Board accepting the report').
_PER_EVENT = re.compile(
    r"\bwithin (?:[\w-]+ ){1,3}?(?:hours?|days?|weeks?|months?) of (?:[\w-]+ ){0,3}(?:a|an|any) [^,.;]+",
    re.I,
)
_CASE_CONDITION = re.compile(
    r"^\s*(?:where|when|whenever|if)\s+(?:[\w'-]+\s+){0,3}?(?:a|an|any)\s+[^,]{3,140},", re.I
)


def score(span: Span, criteria: Criteria, columns: dict[str, str] | None = None) -> SmartScore:
    """Verdicts for one recommendation (``span`` is its parse; ``columns`` are the cells of an
    action-plan row it came from: Lead, Timescale, Measure...)."""
    r = _read(span, columns, criteria)
    action = r.actions[0] if r.actions else None
    return SmartScore(
        _specific(r),
        _measurable(r),
        _achievable(r),
        _time_bound(r),
        r.owner,
        _prefix(action, criteria) + action.lemma_ if action is not None else "",
        action_phrase=_action_phrase(action, criteria) if action is not None else "",
        actions=tuple(_action_phrase(a, criteria) for a in r.actions),
    )


_ASKING = frozenset({"ask", "request", "invite", "urge", "commission", "require"})


def _action_phrase(verb: Token, c: Criteria) -> str:
    """The action and what it acts on ('revise the bruising protocol', 're-launch the
    protocol'), for a rewritten example."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "prt")]
    if verb.lemma_.lower() in _ASKING or not objects:
        # 'ask the Team to set up a register of ...', 'make sure that the visitor attends'
        objects += [
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "ccomp", "acomp", "oprd") and c.i > verb.i
        ]
    end = max((o.right_edge.i for o in objects), default=verb.i)
    rest = verb.doc[verb.i + 1 : end + 1].text  # the draft's own spacing ("non-mobile", "'s")
    word = _prefix(verb, c) + verb.lemma_
    return f"{word} {rest}" if rest else word
