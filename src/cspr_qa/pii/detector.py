"""Find identifying details in a document text: presidio recognizers on the shared spaCy
parse, then the project's own steps: allow list, towns joined to addresses, names propagated
to every occurrence and variant, the reviewer's deny list, and overlaps resolved."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.lang.en.stop_words import STOP_WORDS

from .. import nlp
from ..adapters.presidio import nlp_artifacts
from ..datafiles import DataFiles
from ..errors import InputError
from ..ingest.model import BlockKind, Document
from ..ingest.roles import Roles
from .labels import PRESIDIO_TO_LABEL, Label
from .names import (
    CALENDAR_WORDS,
    MODEL_GUESSES,
    PLACE_OR_GROUP,
    DraftKnowledge,
    JudgeWords,
    NameGazetteer,
    NameJudge,
    Places,
)
from .recognizers import (
    RECOGNIZERS,
    EmailAddressRecognizer,
    FamilyNameRecognizer,
    FirstNameRecognizer,
    FullNameRecognizer,
    InitialledNameRecognizer,
    LinkNameRecognizer,
    LowerCaseNameRecognizer,
    RecordUserRecognizer,
    UnlistedSurnameRecognizer,
    WordLists,
    uk_recognizers,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

SCORE_THRESHOLD = 0.4
#: When two details of different kinds overlap, the more specific one is kept.
PRIORITY = (
    Label.NHS_NUMBER,
    Label.NI_NUMBER,
    Label.EMAIL,
    Label.POSTCODE,
    Label.PHONE,
    Label.DATE,
    Label.ID_NUMBER,
    Label.ADDRESS,
    Label.INSTITUTION,
    Label.PERSON,
)
_POSSESSIVE = re.compile(r"['’]s?$")
#: The capitalised words just before a place in the text, and the article before them.
_WORDS_BEFORE = re.compile(
    r"(?:(?P<article>\b(?:the|The|a|an)[ \t]+))?(?P<caps>(?:[A-Z][\w'’-]*[ \t]+)+)$"
)
#: Words after an area's name that make it the name of the area's body ("Wyvernshire Council").
_AREA_BODY = (
    r"[ \t]+(?:Safeguarding|Police|Constabulary|County|City|Borough|Metropolitan|Council|"
    r"Partnership|ICB|NHS|Children's Services|Community Health)\b"
)
_INITIAL_THEN_WORD = re.compile(r"\b[A-Z]\.(?=\s+([\w'’]+))")


@dataclass(frozen=True)
class Detection:
    """One identifying detail: where, what kind, and why it was flagged."""

    start: int
    end: int
    label: Label
    text: str
    score: float
    source: str
    reason: str


def pii_data(name: str, files: DataFiles) -> dict[str, Any]:
    """A word-list file of the identifiers analyser (``data/pii/NAME``)."""
    return files.load(f"pii/{name}")


def word_lists(files: DataFiles) -> WordLists:
    """The recognizers' word lists for this run."""
    return files.derived(
        "pii.word_lists", lambda: WordLists.from_dict(pii_data("recognizers.toml", files))
    )


def parse_terms(text: str) -> list[str]:
    """Terms of an allow or deny list: one a line, blank lines and '#' comments skipped."""
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


def read_term_file(path: str | Path) -> list[str]:
    """The terms of an allow or deny file."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError as exc:
        raise InputError(
            path, "list file not found", "Check the path to the allow/deny file"
        ) from exc
    except UnicodeDecodeError as exc:
        raise InputError(path, "is not UTF-8 text", "Save the list as plain UTF-8 text") from exc
    return parse_terms(text)


class AllowList:
    """Pseudonyms, roles, bodies and legislation that are never identifying."""

    def __init__(self, files: DataFiles, extra_terms: Iterable[str] = ()) -> None:
        data = pii_data("allow.toml", files)
        self._pseudonym = re.compile("|".join(f"(?:{p})" for p in data["pseudonym_patterns"]))
        terms = [*data["terms"], *extra_terms]
        self.terms = {t.lower() for t in terms}
        self.words = {w for t in self.terms for w in re.findall(r"[\w'’-]+", t)}
        by_length = sorted(terms, key=len, reverse=True)
        # Titles of legislation and guidance are capitalised ("Children Act 2004"): their
        # patterns are case-sensitive; the terms are matched in any case. One boundary test
        # around each alternation (the same matches as a test around each alternative, since
        # a failed test backtracks into the next one) is ten times faster.
        self._protected = [
            re.compile(
                r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])", flags
            )
            for patterns, flags in (
                (data["document_patterns"], 0),
                ([re.escape(t) for t in by_length], re.IGNORECASE),
            )
        ]
        # Pseudonym units ("Adult Male 1", "Ms Y", "Child M."): no part of one is a name.
        self._units = re.compile(
            "|".join(rf"(?<![\w-])(?:{p})(?![\w-])" for p in data["pseudonym_patterns"])
        )

    def allows(self, text: str) -> bool:
        """Whether a flagged text is, as a whole, a pseudonym, role, body or allowed term."""
        norm = " ".join(_POSSESSIVE.sub("", text).split()).rstrip(".")
        norm = re.sub(r"^(?:the|The)\s+", "", norm)
        if not norm or self._pseudonym.fullmatch(norm) or norm.lower() in self.terms:
            return True
        words = re.findall(r"[\w'’-]+", norm.lower())
        return bool(words) and all(w in self.words for w in words)

    def led_by_pseudonym(self, text: str) -> bool:
        """Does ``text`` open with a worded pseudonym unit ("Child S", "Adult Male 1"; not a
        bare "GP")?"""
        unit = self._units.match(text)
        return unit is not None and any(ch.islower() for ch in unit.group(0))

    def protected_spans(self, text: str) -> list[tuple[int, int]]:
        """Places in the text taken by allowed phrases (legislation, bodies, roles) and by
        pseudonym units."""
        spans = [m.span() for pattern in self._protected for m in pattern.finditer(text)]
        return spans + [m.span() for m in self._units.finditer(text)]


def _registry(files: DataFiles) -> Any:
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import (
        NhsRecognizer,
        SpacyRecognizer,
        UkNinoRecognizer,
    )

    lists = word_lists(files)
    names = NameGazetteer.of(files)
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=["PERSON", "LOCATION"]))
    registry.add_recognizer(NhsRecognizer())
    registry.add_recognizer(UkNinoRecognizer())
    registry.add_recognizer(EmailAddressRecognizer())
    for recognizer in RECOGNIZERS:
        registry.add_recognizer(recognizer(lists))
    registry.add_recognizer(FirstNameRecognizer(names, lists))
    for by_name in (
        FullNameRecognizer,
        InitialledNameRecognizer,
        LinkNameRecognizer,
    ):
        registry.add_recognizer(by_name(names))
    registry.add_recognizer(LowerCaseNameRecognizer(names, lists.text_speak))
    registry.add_recognizer(UnlistedSurnameRecognizer(names, lists.organisation_heads))
    registry.add_recognizer(FamilyNameRecognizer(names, lists.family_nouns))
    registry.add_recognizer(RecordUserRecognizer(names, lists.user_cues))
    for uk in uk_recognizers(lists):
        registry.add_recognizer(uk)
    return registry


def analyzer(files: DataFiles) -> Any:
    """The project's presidio analyzer for this run's word lists, on the shared pipeline."""
    return files.derived("pii.analyzer", lambda: nlp.analyzer_with(_registry(files)))


#: What each of Presidio's own recognizers saw, in a reviewer's words.
_PLAIN_REASONS = {
    "SpacyRecognizer": "the wording around it reads as a person's name or a place",
    "NhsRecognizer": "ten digits whose check digit is an NHS number's",
    "UkNinoRecognizer": "the letters and digits of a National Insurance number",
    "UkPostcodeRecognizer": "the shape of a UK postcode",
    "UkDrivingLicenceRecognizer": "the shape of a UK driving licence number",
    "UkPassportRecognizer": "the shape of a UK passport number",
    "UkVehicleRegistrationRecognizer": "the shape of a UK vehicle registration",
    "UkPhoneRecognizer": "the digits of a phone number",
    "EmailRecognizer": "the shape of an e-mail address",
}


def _explain(result: Any) -> tuple[str, str]:
    explanation = result.analysis_explanation
    source = (result.recognition_metadata or {}).get("recognizer_name") or (
        explanation.recognizer if explanation else "presidio"
    )
    reason = ""
    if explanation is not None:
        reason = explanation.textual_explanation or ""
    plain = _PLAIN_REASONS.get(source)
    if plain is not None:  # Presidio's own wording names its classes and patterns
        reason = plain
    elif not reason:
        reason = "its shape"
    if explanation is not None and explanation.supportive_context_word:
        reason += f" (near '{explanation.supportive_context_word}')"
    return source, reason


class IdentifierDetector:
    """Detect identifying details in text that the shared pipeline has parsed."""

    def __init__(
        self, files: DataFiles, allow_terms: Iterable[str] = (), deny_terms: Iterable[str] = ()
    ) -> None:
        self.files = files
        self.allow = AllowList(files, allow_terms)
        self.deny = list(deny_terms)
        lists = word_lists(files)
        self.titles = set(lists.titles)
        #: Words of a setting's name that say what kind of setting it is, not which one.
        self._generic_setting_words = {
            w.lower()
            for w in [*lists.generic_institution_words, *self.titles]
            + [w for kind in lists.institution_types for w in kind.split()]
        }
        self._place_before = re.compile(
            rf"(?<![\w-])(?:{'|'.join(map(re.escape, lists.place_prepositions))})[ \t]+$"
        )

    def detect(
        self,
        text: str,
        doc: Doc,
        known: Sequence[Detection] = (),
        draft: DraftKnowledge | None = None,
    ) -> list[Detection]:
        """Details in ``text`` (parsed as ``doc``); ``known`` ones found by other means (a
        document property naming a person) join before names are propagated; ``draft`` is
        what the whole draft says of its words (learned from ``text`` when not given)."""
        lists = word_lists(self.files)
        judge = NameJudge(
            NameGazetteer.of(self.files),
            draft or DraftKnowledge.learn(text, doc),
            JudgeWords(
                frozenset(self.titles),
                frozenset(lists.organisation_heads),
                frozenset(lists.vehicle_makes),
                frozenset(lists.role_heads),
                frozenset(lists.thing_heads),
                frozenset(lists.group_nouns),
                frozenset(w for cues in lists.context.values() for w in cues),
                frozenset([*lists.kin_nouns, *lists.kin_modifiers]),
            ),
            Places.of(self.files, lists.place_heads),
        )
        engine = analyzer(self.files)
        artifacts = nlp_artifacts(engine, doc)
        results = engine.analyze(
            text=text,
            language="en",
            nlp_artifacts=artifacts,
            score_threshold=SCORE_THRESHOLD,
            regex_flags=re.DOTALL | re.MULTILINE,
            return_decision_process=True,  # keeps each result's explanation
        )
        found: list[Detection] = []
        places: list[Detection] = []
        protected = self.allow.protected_spans(text)
        for result in results:
            detection = self._accept(result, text, doc, judge, protected)
            if detection is not None:
                (places if result.entity_type == "LOCATION" else found).append(detection)
        found += _towns_next_to_addresses(text, places, found)
        found += [k for k in known if not self.allow.allows(k.text) and judge.names_someone(k.text)]
        found += self._denied(text)
        found += self._propagate_names(text, found, judge)
        found += self._propagate_settings(text, found, judge)
        found += _same_shape_numbers(text, found)
        return resolve(text, found)

    def _denied(self, text: str) -> list[Detection]:
        out = []
        for term in self.deny:
            label = Label.PERSON
            if ":" in term and term.split(":", 1)[0].strip().upper() in Label.__members__:
                head, term = term.split(":", 1)
                label, term = Label(head.strip().upper()), term.strip()
            for m in re.finditer(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE):
                out.append(
                    Detection(
                        m.start(),
                        m.end(),
                        label,
                        m.group(0),
                        1.0,
                        "DenyList",
                        "listed in the review's deny file",
                    )
                )
        return out

    def _accept(
        self,
        result: Any,
        text: str,
        doc: Doc,
        judge: NameJudge,
        protected: list[tuple[int, int]],
    ) -> Detection | None:
        """A recognizer's result as a detection, or None when it is not identifying here
        (``text`` is ``doc.text``, which spaCy rebuilds from every token on each access)."""
        label = PRESIDIO_TO_LABEL.get(result.entity_type)
        if label is None or result.entity_type in ("DATE_TIME", "ORGANIZATION", "NRP"):
            return None
        source, reason = _explain(result)
        start, end = _tidy(text, result.start, result.end)
        if label is Label.PERSON and "\n" in text[start:end]:  # a name ends at a line break
            start, end = _tidy(text, start, text.index("\n", start))
        if label is Label.PERSON and source in TRIMMED:
            start, end = _tidy(text, *_trim_to_name(doc, start, end))
        if label is Label.PERSON:
            end = self._sentence_end(text, start, end, judge)
        if end <= start or self.allow.allows(text[start:end]):
            return None
        if any(p_start <= start and end <= p_end for p_start, p_end in protected):
            return None
        if label is Label.INSTITUTION and self.allow.led_by_pseudonym(text[start:end]):
            return None  # a pseudonym's setting ("Child S Primary school"), not its name
        if label is Label.PERSON and (
            # the model's span ran into a postcode; a system's user name may end in digits
            (
                source != RecordUserRecognizer.__name__
                and any(ch.isdigit() for ch in text[start:end])
            )
            or not self._is_person(judge, text, doc, start, end, source)
        ):
            return None
        return Detection(start, end, label, text[start:end], result.score, source, reason)

    def _sentence_end(self, text: str, start: int, end: int, judge: NameJudge) -> int:
        """Where a person span ends when an initial closes a sentence inside it: the next word
        is a common or an allowed word ("Mr B. The GP...", "Mr B. Mother's sister", "Mr K.
        Practitioners said"), or the initial ends a pseudonym that no title opens ("Child M.
        Outcome: ...")."""
        for m in _INITIAL_THEN_WORD.finditer(text, start, end):
            word = _POSSESSIVE.sub("", m.group(1))
            head = text[start : m.end()]
            untitled = len(head.split()) > 1 and head.split()[0].rstrip(".") not in self.titles
            common = judge.draft.is_common_word(word) and not judge.gazetteer.is_name(word)
            if word.lower() in STOP_WORDS or self.allow.allows(word) or common:
                return m.end()
            if untitled and self.allow.allows(head):
                return m.end()
        return end

    def _is_person(
        self, judge: NameJudge, text: str, doc: Doc, start: int, end: int, source: str
    ) -> bool:
        """A flagged person that the draft's own evidence bears out; the model's tag for a
        place or a group at this very place vetoes a guess."""
        span = doc.char_span(start, end, alignment_mode="expand")
        tags = {t.ent_type_ for t in span} if span is not None else set()
        if source in MODEL_GUESSES and tags & PLACE_OR_GROUP and "PERSON" not in tags:
            return False
        if (
            source in MODEL_GUESSES
            and span is not None
            and len(span) == 1
            and span[0].is_sent_start
            and span.text.lower() in nlp.english_words()
            and not judge.gazetteer.is_first(span.text)
        ):
            return False  # a word capitalised as a sentence's first ("Kitchen had no food")
        if source in _PLACE_LIKE and self._place_before.search(text, max(0, start - 30), start):
            if source == FirstNameRecognizer.__name__ and tags & {"GPE", "LOC"}:
                return False  # a place that is also a first name ("went back to India")
            if source == UnlistedSurnameRecognizer.__name__ and not text.startswith(
                ("'s", "’s"), end
            ):
                return False  # somewhere named like a person ("moved to Carlton Moorside")
        name = text[start:end]
        lowered = source in (
            LinkNameRecognizer.__name__,
            RecordUserRecognizer.__name__,
            LowerCaseNameRecognizer.__name__,
        )
        if lowered and (name.islower() or name.isupper()):  # a slug: "kerry-anne-doyle"
            name = " ".join(w.title() for w in re.split(r"[-._ \t,]+", name) if w)
        return judge.is_person(name, source, start, text[end : end + 12])

    def _inside_a_title(self, text: str, start: int, judge: NameJudge) -> bool:
        """An occurrence that is part of a capitalised name of a thing: after an article and
        capitalised words ("the Labour Ward"), or after a capitalised word that is neither a
        name nor a title ("Mental Health Ward")."""
        before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before is None:
            return False
        if before.group("article"):
            return True
        words = before.group("caps").split()
        opening = text[: before.start("caps")].rstrip(" \t")
        if not opening or opening[-1] in "\n.!?:;\"'“‘(":
            words = words[1:]  # a sentence's first word ("Later Kayleigh said")
        return bool(words) and not (words[-1] in self.titles or judge.gazetteer.is_name(words[-1]))

    def _setting_name(self, text: str, setting: str, judge: NameJudge) -> str | None:
        """The distinctive words that open a setting's name, by which the text may name it
        again ("Pinewood" of "Pinewood Children's Centre"); None when they are a place, an
        allowed term or words the draft uses otherwise."""
        generic = self._generic_setting_words
        words = setting.split()
        opening = list(itertools.takewhile(lambda w: w.lower() not in generic, words))
        if not opening or len(opening) == len(words):
            return None
        name = " ".join(opening)
        if (
            name in judge.places.names
            or any(judge.draft.is_common_word(w) or w in judge.places.names for w in opening)
            or re.search(rf"(?<![\w-]){re.escape(name)}{_AREA_BODY}", text)
            or name.lower() in STOP_WORDS
            or self.allow.allows(name)
        ):
            return None
        return name

    def _setting_initials(self, setting: str) -> list[str]:
        """The initials a draft may use for a setting after naming it ("KGH" of "Kingsmere
        General Hospital", "Bridge PRU" of "Bridge Pupil Referral Unit", "OLL" of "Our Lady
        of Lourdes RC Primary School"): three letters or more, and not an allowed term."""
        words = [w for w in setting.split() if w[:1].isupper()]
        generic = self._generic_setting_words
        opening = list(itertools.takewhile(lambda w: w.lower() not in generic, words))
        rest = words[len(opening) :]
        found = ["".join(w[0] for w in words)]
        if opening and len(rest) >= 2:
            found.append(" ".join([*opening, "".join(w[0] for w in rest)]))
        # the name before its kind, less any word in capitals ("OLL" of "Our Lady of Lourdes
        # RC Primary School")
        named = [i for i, w in enumerate(words) if w.lower() not in generic]
        core = words[: named[-1] + 1] if named else []
        found.append("".join(w[0] for w in core if not w.isupper()))
        return [f for f in found if len(f.replace(" ", "")) >= 3 and not self.allow.allows(f)]

    def _propagate_settings(
        self, text: str, found: list[Detection], judge: NameJudge
    ) -> list[Detection]:
        """Flag a setting named again, whole ("Staff at Brambleside") or by the opening words
        of its name standing alone ("Records from Pinewood were not migrated")."""
        origin: dict[str, Detection] = {}
        for detection in found:
            if detection.label is Label.INSTITUTION:
                origin.setdefault(detection.text, detection)
                name = self._setting_name(text, detection.text, judge)
                if name is not None:
                    origin.setdefault(name, detection)
                for short in self._setting_initials(detection.text):
                    origin.setdefault(short, detection)
        if not origin:
            return []
        alternation = "|".join(re.escape(v) for v in sorted(origin, key=len, reverse=True))
        return [
            Detection(
                m.start(),
                m.end(),
                Label.INSTITUTION,
                m.group(0),
                origin[m.group(0)].score,
                "SettingPropagation",
                f"the short name of '{origin[m.group(0)].text}' found elsewhere",
            )
            for m in re.finditer(
                rf"(?<![\w'’-])(?:{alternation})(?=['’]s\b|(?![\w'’-]|[ \t]+[A-Z]))", text
            )
            if not self._inside_a_title(text, m.start(), judge)
        ]

    def _name_variants(self, name: str, judge: NameJudge) -> list[str]:
        return [
            v
            for v in judge.parts(_POSSESSIVE.sub("", name))
            if v.lower() not in STOP_WORDS and v not in CALENDAR_WORDS and not self.allow.allows(v)
        ]

    def _propagate_names(
        self, text: str, found: list[Detection], judge: NameJudge
    ) -> list[Detection]:
        """Flag every occurrence of each confirmed name, whole or by its parts that are names
        in their own right."""
        origins: dict[str, list[Detection]] = {}
        for detection in found:
            if detection.label is Label.PERSON:
                for variant in self._name_variants(detection.text, judge):
                    origins.setdefault(variant, []).append(detection)
        # A lone word only the model guessed, once, is not yet a person to look for
        # everywhere: a second finding of it, or a stronger source, confirms it.
        origin = {
            v: next((d for d in ds if not _guessed(d)), ds[0])
            for v, ds in origins.items()
            if len(ds) >= 2 or not _guessed(ds[0])
        }
        if not origin:
            return []
        alternation = "|".join(re.escape(v) for v in sorted(origin, key=len, reverse=True))
        out = []
        for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", text):
            if self._inside_a_title(text, m.start(), judge):
                continue
            source = origin[m.group(0)]
            out.append(
                Detection(
                    m.start(),
                    m.end(),
                    Label.PERSON,
                    m.group(0),
                    source.score,
                    "NamePropagation",
                    f"the same name as '{source.text}' found elsewhere ({source.reason})",
                )
            )
        return out


def _shape(number: str) -> str:
    """A pattern for numbers written like ``number``: each digit a digit, each letter a letter
    of the same case, everything else itself ("K2281934": a capital and seven digits)."""
    return "".join(
        r"\d"
        if c.isdigit()
        else "[A-Z]"
        if c.isupper()
        else "[a-z]"
        if c.isalpha()
        else re.escape(c)
        for c in number
    )


def _same_shape_numbers(text: str, found: list[Detection]) -> list[Detection]:
    """A second reference number written exactly like one flagged beside it ("Mosaic ID 1187345
    (Child V) and 1187346 (Sibling 1)"): numbers of five digits or more only."""
    origin = {
        _shape(d.text): d
        for d in found
        if d.label is Label.ID_NUMBER and sum(c.isdigit() for c in d.text) >= 5
    }
    if not origin:
        return []
    return [
        Detection(
            m.start(),
            m.end(),
            Label.ID_NUMBER,
            m.group(0),
            d.score,
            "SameShapeNumber",
            f"a number written like the reference '{d.text}' found beside it",
        )
        for shape, d in origin.items()
        for m in re.finditer(rf"(?<![\w/.-]){shape}(?![\w/-]|\.\d)", text)
    ]


#: Sources whose names a place preposition before them may show to be places.
_PLACE_LIKE = frozenset({FirstNameRecognizer.__name__, UnlistedSurnameRecognizer.__name__})


def _guessed(detection: Detection) -> bool:
    """A one-word name that only the language model or the parse put forward."""
    return detection.source in MODEL_GUESSES and len(detection.text.split()) == 1


#: Person spans whose edges may carry words that are not names ("Later Kayleigh").
TRIMMED = MODEL_GUESSES | {
    FullNameRecognizer.__name__,
    UnlistedSurnameRecognizer.__name__,
    FirstNameRecognizer.__name__,
    InitialledNameRecognizer.__name__,
    "CuedNameRecognizer",
}


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace, trailing punctuation and a possessive ending from a span."""
    span = text[start:end]
    stripped = span.rstrip(" \t\n.,;:)")
    stripped = _POSSESSIVE.sub("", stripped) if re.search(r"\w['’]s?$", stripped) else stripped
    lead = len(stripped) - len(stripped.lstrip(" \t\n(\"'“"))
    return start + lead, start + len(stripped)


_NOT_NAME_POS = frozenset(
    {"ADV", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "PART", "PUNCT", "NUM"}
)


def _trim_to_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop words at the edges of a PERSON span that cannot be part of a name
    ("Later Kayleigh" -> "Kayleigh")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, end
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].pos_ in _NOT_NAME_POS:
        tokens.pop(0)
    while tokens and tokens[-1].pos_ in _NOT_NAME_POS:
        tokens.pop()
    if not tokens:  # nothing name-like left ("Draft" tagged as a verb)
        return start, start
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _towns_next_to_addresses(
    text: str, places: list[Detection], found: list[Detection]
) -> list[Detection]:
    """A place named beside an address or postcode is part of that address."""
    anchors = [d for d in found if d.label in (Label.ADDRESS, Label.POSTCODE)]
    out = []
    for place in places:
        for anchor in anchors:
            gap = (
                text[anchor.end : place.start]
                if place.start >= anchor.end
                else text[place.end : anchor.start]
            )
            if len(gap) <= 3 and re.fullmatch(r"[\s,]*", gap):
                out.append(
                    Detection(
                        place.start,
                        place.end,
                        Label.ADDRESS,
                        place.text,
                        place.score,
                        place.source,
                        "a town or place named beside an address",
                    )
                )
                break
    return out


def resolve(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """One detection per place: overlaps of the same kind merged, a detail inside a more
    specific one of another kind dropped; sorted by position."""
    rank = {label: i for i, label in enumerate(PRIORITY)}
    accepted: list[Detection] = []
    for d in sorted(detections, key=lambda d: (rank[d.label], d.start, -(d.end - d.start))):
        merged = False
        for i, kept in enumerate(accepted):
            if d.start >= kept.end or d.end <= kept.start:
                continue
            if kept.start <= d.start and d.end <= kept.end:
                merged = True
                break
            if kept.label is d.label:
                start, end = min(kept.start, d.start), max(kept.end, d.end)
                accepted[i] = Detection(
                    start,
                    end,
                    kept.label,
                    text[start:end],
                    max(kept.score, d.score),
                    kept.source,
                    kept.reason,
                )
                merged = True
                break
        if not merged:
            accepted.append(d)
    return sorted(accepted, key=lambda d: (d.start, d.end))


#: Document properties whose value is a person's name (or a role).
PERSON_PROPERTIES = frozenset(
    {"author", "last_modified_by", "Manager", "comment author", "revision author"}
)


def detect_document(
    document: Document,
    doc: Doc,
    files: DataFiles,
    roles: Roles | None = None,
    allow_terms: Iterable[str] = (),
    deny_terms: Iterable[str] = (),
) -> list[Detection]:
    """Identifying details in every part of ``document`` (parsed as ``doc``), including the
    document properties that name a person."""

    known = [
        Detection(
            b.start,
            b.end,
            Label.PERSON,
            b.text,
            1.0,
            "DocumentProperty",
            f"the '{b.provenance.name}' property names a person",
        )
        for b in document.blocks_of(BlockKind.PROPERTY)
        if b.provenance.name in PERSON_PROPERTIES
    ]
    detector = IdentifierDetector(files, allow_terms=allow_terms, deny_terms=deny_terms)
    draft = DraftKnowledge.learn(document.text, doc, document, roles)
    known += [  # kept when the judge finds it names someone (a first name, not a pseudonym)
        Detection(b.start, b.end, Label.PERSON, b.text, 0.9, "DeletedName", _DELETED_NAME)
        for b in document.blocks_of(BlockKind.DELETION)
        if _NAME_ONLY.fullmatch(b.text) and not CALENDAR_WORDS & set(b.text.split())
    ]
    return detector.detect(document.text, doc, known, draft)


#: A deleted text that is a name and nothing else ("Jaxon", "Kerry-Ann Doyle"): what a
#: reviewer's tracked change took out when a pseudonym went in.
_NAME_ONLY = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}")
_DELETED_NAME = "a name taken out in a tracked change (a pseudonym may have replaced it)"
