"""Recognizers for identifying details in review prose, one class each (Presidio style).

Each recognizer is a presidio ``EntityRecognizer``: it finds spans with a case-sensitive
pattern built from the word lists in ``data/pii/recognizers.toml``, gives each a score, and
carries context words that presidio's context enhancer uses to raise that score.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import EmailRecognizer, PhoneRecognizer
from spacy.lang.en.stop_words import STOP_WORDS

from .. import nlp
from .labels import Label
from .names import CALENDAR_WORDS, NameGazetteer, fold

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_DAY_MONTH = rf"{_DAY}/(?:0?[1-9]|1[0-2])\b"
#: Letters of names from many languages (Latin-1 and Latin Extended-A: "Szymańska", "Seán",
#: "Zoë"), not only ASCII.
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
#: A capitalised name, with an Irish or Scottish prefix ("O'Rourke-Mahon", "McDonagh").
_NAME = rf"(?:Ma?c(?=[{_UPPER}]))?[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:[-'’][{_UPPER}]?[{_LOWER}]+)?"
_CAP_WORD = rf"(?:[{_UPPER}][{_UPPER}{_LOWER}'’&.-]*[{_UPPER}{_LOWER}]|[{_UPPER}])"
#: Blocks of the document text (the reader separates them with a blank line).
_BLOCKS = re.compile(r"(?:[^\n]|\n(?!\n))+")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class WordLists:
    """The word lists from ``data/pii/recognizers.toml`` (plus any profile additions)."""

    street_suffixes: list[str]
    building_words: list[str]
    institution_types: list[str]
    institution_prefixes: list[str]
    ward_settings: list[str]
    home_kinds: list[str]
    thing_heads: list[str]
    generic_institution_words: list[str]
    titles: list[str]
    name_cues: list[str]
    relation_nouns: list[str]
    kin_nouns: list[str]
    person_nouns: list[str]
    person_verbs: list[str]
    plan_modals: list[str]
    kin_modifiers: list[str]
    reference_cues: list[str]
    organisation_heads: list[str]
    role_heads: list[str]
    place_heads: list[str]
    vehicle_makes: list[str]
    home_words: list[str]
    ward_words: list[str]
    placement_cues: list[str]
    setting_roles: list[str]
    short_setting_types: list[str]
    collar_titles: list[str]
    site_words: list[str]
    not_after_street: list[str]
    institution_complements: list[str]
    setting_labels: list[str]
    not_setting_heads: list[str]
    family_nouns: list[str]
    group_nouns: list[str]
    handle_cues: list[str]
    user_cues: list[str]
    text_speak: list[str]
    place_prepositions: list[str]
    context: dict[str, list[str]]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WordLists:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__})


def _result(
    recognizer: EntityRecognizer, label: Label, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    """A presidio result carrying its explanation and the recognizer's identity."""
    return RecognizerResult(
        entity_type=label.value,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=type(recognizer).__name__, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: type(recognizer).__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


class RegexRecognizer(EntityRecognizer):
    """Base for the project's recognizers: compiled patterns (a named group ``entity``, where
    present, holds the entity), a fixed score and a ``keep`` hook for checks a regex cannot
    make."""

    LABEL: ClassVar[Label]
    SCORE: ClassVar[float]
    EXPLANATION: ClassVar[str]

    def __init__(self, lists: WordLists) -> None:
        self.lists = lists
        self.patterns = [re.compile(p) for p in self.build(lists)]
        super().__init__(
            supported_entities=[self.LABEL.value],
            name=type(self).__name__,
            supported_language="en",
            context=lists.context.get(self.LABEL.value, []),
        )

    def build(self, lists: WordLists) -> list[str]:
        """The regular expressions (case-sensitive)."""
        raise NotImplementedError

    def keep(self, text: str, start: int, end: int) -> bool:
        """Second look at a match (validation that a regex cannot express)."""
        return True

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Adjust a kept match's span."""
        return start, end

    def load(self) -> None:
        """Nothing to load: patterns are compiled in ``__init__``."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for chunk in _BLOCKS.finditer(text):  # never match across a block boundary
            for pattern in self.patterns:
                results.extend(self._results(text, pattern, chunk.start(), chunk.end()))
        return results

    def _results(
        self, text: str, pattern: re.Pattern[str], pos: int, endpos: int
    ) -> list[RecognizerResult]:
        results = []
        for match in pattern.finditer(text, pos, endpos):
            start, end = match.span("entity" if "entity" in pattern.groupindex else 0)
            if start < 0 or not self.keep(text, start, end):
                continue
            start, end = self.trim(text, start, end)
            results.append(_result(self, self.LABEL, start, end, self.SCORE, self.EXPLANATION))
        return results


#: UK postcodes in all six formats (the shape presidio's UkPostcodeRecognizer uses).
POSTCODE = (
    r"\b(?:GIR ?0AA"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]? ?[0-9][ABD-HJLNP-UW-Z]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{2} ?[0-9][ABD-HJLNP-UW-Z]{2})\b"
)


class StreetAddressRecognizer(RegexRecognizer):
    """House number + street name + street type, flats in named buildings, and a street named
    after 'at/on/in' ("lived on Elm Street"), with a following town kept in the span."""

    LABEL = Label.ADDRESS
    SCORE = 0.7
    EXPLANATION = "looks like a street address (number, street name and street type)"

    def build(self, lists: WordLists) -> list[str]:
        suffix = _alternation(lists.street_suffixes)
        building = _alternation([*lists.building_words, *lists.site_words])
        self.station = re.compile(rf"\s+(?:{_alternation(lists.not_after_street)})\b")
        # "Harbeck Vale Police", "3 The Ashworth Vale Safeguarding Partnership": a street-like
        # name that ends in a body's head word names the body
        places = {*lists.street_suffixes, *lists.building_words, *lists.site_words}
        # "at Queen's Meadow Hospital": a street-like name that ends in a setting's type
        settings = {t.split()[-1] for t in lists.institution_types}
        self.bodies = (frozenset(lists.organisation_heads) | settings) - places
        street = rf"(?:{_CAP_WORD}\s+){{1,3}}(?:{suffix})\b\.?"
        # no town after a full stop ("33 Gladstone Terrace. Children seen")
        town = rf"(?:(?<!\.),?\s+(?!(?:{_MONTHS})\b){_NAME}(?:[ -]{_NAME}){{0,2}}(?=[,.;:)\s]|$))?"
        flat = r"(?:(?:Flat|Apartment|Apt|Unit|Room|Pitch|Plot)\s+\d+[A-Za-z]?,?\s+)"
        # not the last part of a paragraph number ("1.4 The Harbeck Vale partners")
        numbered = rf"{flat}?(?<!\d\.)\b\d{{1,4}}[A-Za-z]?,?\s+{street}"
        named_building = rf"{flat}(?:{_CAP_WORD}\s+){{1,2}}(?:{building})\b(?:,\s+{street})?"
        # a named building and its street, with no flat number ("Carlton Tower, Wellington Road")
        building_street = rf"(?:{_CAP_WORD}[ \t]+){{1,2}}(?:{building})\b,[ \t]+{street}"
        behind = "|".join(rf"(?<=\b{w} )" for w in ("on", "at", "off", "to", "of"))
        after_word = rf"(?:{behind})(?:{_CAP_WORD}\s+){{1,2}}(?:{suffix})\b"
        # after "in" or "the" only a street type that ends no place name: "lived in Ashworth
        # Vale" names a district as often as a street, "an address in Sycamore Drive" a street;
        # "on the Redmoor Lane site", but not "at the Coppice Lane Secondary School"
        street_only = _alternation([w for w in lists.street_suffixes if w not in lists.place_heads])
        the = "|".join(rf"(?<=\b{w} the )" for w in ("on", "at", "in", "off", "near", "to"))
        in_street = rf"(?<=\bin )(?:{_CAP_WORD}[ \t]+){{1,2}}(?:{street_only})\b"
        the_street = rf"(?:{the})(?:{_CAP_WORD}[ \t]+){{1,2}}(?:{street_only})\b(?=[ \t]+[a-z])"
        postcode = POSTCODE
        house = rf"\b\d{{1,4}}[A-Z]?,?\s+(?:{_CAP_WORD}\s+){{0,2}}{_CAP_WORD}"
        cue = "|".join(rf"(?<=\b{w} )" for w in ("at", "from", "to"))
        return [
            rf"(?:{numbered}|{named_building}|{building_street}|{after_word}|{in_street}){town}",
            the_street,
            rf"{house}(?=,?\s+{postcode})",  # any street type, when a postcode follows
            rf"(?:{cue}){house}(?=[,.;]|\s+(?:in|from|on|until|and|with)\b)",
        ]

    def keep(self, text: str, start: int, end: int) -> bool:
        """Not a year before capitalised words, not a station named after its street and not
        a body named after its area."""
        words = text[start:end].split()
        first = words[0]
        if len(first) == 4 and first.isdigit() and first.startswith(("19", "20")):
            return False
        return not self.station.match(text, end) and words[-1].strip(",.") not in self.bodies

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        span = text[start:end]
        return start, start + len(span.rstrip(" ,."))


#: Small words a setting's name may hold between its capitalised words.
_JOINERS = frozenset({"of", "and", "&", "upon", "on", "in", "the"})


#: A district after a name makes it a place ("the Canal Ward area", "the Moorside estate").
_AREA_AFTER = re.compile(r"[ \t]+(?:area|areas|estate|district|locality|neighbourhood)\b")


class InstitutionRecognizer(RegexRecognizer):
    """Named schools, nurseries, hospitals, GP practices, children's homes and similar
    settings ("Greenfield Primary School", "St Mary's Catholic Academy")."""

    LABEL = Label.INSTITUTION
    SCORE = 0.7
    EXPLANATION = "names a local setting (school, nursery, hospital, GP practice, home)"
    #: Words that open a sentence before a setting, not its name ("At the Pupil Referral Unit").
    _LEADING = re.compile(
        r"(?:(?:The|A|An|His|Her|Their|Both|Each|This|That|At|In|From|To|For|By|With|On|"
        r"Within|After|Before|During)\s+)+"
    )

    def build(self, lists: WordLists) -> list[str]:
        types = _alternation(lists.institution_types)
        self.generic = {w.lower() for w in lists.generic_institution_words}
        self.complement = re.compile(rf"\s+(?:{_alternation(lists.institution_complements)})\s")
        self.not_settings = tuple(lists.not_setting_heads)
        heads = _alternation([h for h in lists.organisation_heads if h not in lists.building_words])
        self._body_after = re.compile(rf"[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:{heads})\b")
        # a plural possessive is part of a name ("Parkway Girls' School"); a name does not run
        # across a line break (the cells of a table's row)
        joiner = _alternation(list(_JOINERS))
        word = rf"{_CAP_WORD}(?:(?<=s)['’])?(?:[ \t]+(?:{joiner})(?=[ \t]+[A-Z]))?"
        complement = (
            rf"(?:\s+(?:{_alternation(lists.institution_complements)})(?:\s+{_CAP_WORD}){{1,3}})?"
        )
        labels = _alternation(lists.setting_labels)
        prefixes = _alternation(lists.institution_prefixes)
        ward_settings = _alternation(lists.ward_settings)
        kinds = _alternation(lists.home_kinds)
        homes = _alternation(lists.home_words)
        # after a cue alone, not a word that also heads bodies ("at Leeds Crown Court")
        placed = _alternation([w for w in lists.home_words if w not in lists.organisation_heads])
        behind = "|".join(rf"(?<=\b{w} )" for w in lists.placement_cues)
        wards = _alternation(lists.ward_words)
        short = _alternation(lists.short_setting_types)
        roles = rf"\b(?i:{_alternation(lists.setting_roles)})"
        on_ward = "|".join(rf"(?<=\b{w} )" for w in ("on", "onto", "to", "from", "off"))
        return [
            # (three spaces or more part the columns of a plain-text table)
            rf"\b(?:(?:St\.?|Saint)\s+)?(?:{word}[ \t]{{1,2}}){{1,6}}(?:{types})\b{complement}",
            # a prison ("HMP Greyfriars Moor")
            rf"\b(?:{prefixes})[ \t]+{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}",
            # a numbered ward of a named hospital, with the hospital ("Ward 22 at Northbeck
            # General Hospital", "Ward 7B (Paediatrics), Ravensmoor Hospital")
            rf"\b(?:{wards})[ \t]+\d{{1,3}}[A-Z]?\b(?:[ \t]*\([^)\n]{{1,30}}\))?(?:,|[ \t]+(?:at|of|in))"
            rf"[ \t]+(?:(?:St\.?|Saint)[ \t]+)?(?:{word}[ \t]+){{1,5}}(?:{ward_settings})\b",
            # the kind of home before its name ("The children's home, Foxglove House, ...")
            rf"(?i:\b(?:{kinds}))[,:]?[ \t]+(?:(?:called|named|known as)[ \t]+)?"
            rf"(?P<entity>(?:{_CAP_WORD}[ \t]+){{1,3}}(?:{homes}))\b",
            # a form label's value ("Ward: Starlight (paediatric HDU)")
            rf"(?<![\w-])(?:{labels})[ \t]*:[ \t]*(?P<entity>[A-Z][a-z][\w'’-]*(?:[ \t]+{_CAP_WORD}){{0,3}})",
            # "the Riverside Practice" (a GP practice), "Kestrel House children's home"
            rf"(?<=\b[Tt]he\s)(?:{_CAP_WORD}\s+){{1,3}}(?:Practice|Surgery)\b(?![ \t]+[A-Z])",
            rf"\b(?:{_CAP_WORD}\s+){{1,3}}(?:{homes})\b(?=,?\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:children's|childrens|residential|private|care)\s+"
            r"(?:children's\s+)?home|\s+(?:residential\s+)?placements?\b)",
            # a named house where a child is placed or from which one is collected
            rf"(?:{behind})(?:{_CAP_WORD}\s+){{1,2}}(?:{placed})\b(?![ \t]+[A-Z])",
            # a name that an apposition says is a setting ("to Brambleside, a two-bed home",
            # "at The Beacon, the town's pupil referral unit", "The Laurels, the residential
            # short-break unit, ...", "Lighthouse, the drop-in run by ..."); not an item of a
            # list ("the Youth Justice Service, Brackenshire Police, the secondary school")
            rf"(?<![\w'’-])(?<!,[ \t])(?:The[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}}(?=,[ \t]+(?:an?|the)[ \t]+"
            r"(?:(?!(?:with|of|in|for|near|and|where|which)\b)[\w'’-]+[ \t]+){0,4}?"
            r"(?:children['’]s home|home|pupil referral unit|hostel|refuge|unit|drop-in|"
            r"(?<!town )(?<!city )(?<!shopping )centre|"
            r"nursery|school|academy|placement|hotel)(?=[ \t]*[,.;:)]|[ \t]+(?:run|for|in|on|at|"
            r"where|which|that|who|with|near)\b))",
            # a named unit a child is admitted to ("admitted informally to the Larkspur Unit")
            rf"(?<=\badmitted )(?:[a-z]+[ \t]+)?to[ \t]+(?:the[ \t]+)?"
            rf"(?P<entity>(?:{_CAP_WORD}[ \t]+){{1,2}}(?:Unit|Ward|Suite))\b",
            # a saint's name alone, as drafts name a school or church after the full name
            # ("transferred from St Bede's to Brindley Park Academy")
            r"\bSt\.?[ \t]+[A-Z][a-z]+['’]s\b(?![ \t]+[A-Z\d])",
            # a named unit of a named hospital ("the Robin Unit at St Aldhelm's Hospital")
            rf"\b(?:{_CAP_WORD}[ \t]+){{1,2}}(?:Unit|Suite)\b(?=,?[ \t]+(?:at|of|in)[ \t]+(?:the[ \t]+)?"
            rf"(?:(?:St\.?|Saint)[ \t]+)?(?:{word}[ \t]+){{1,4}}(?:{ward_settings})\b)",
            # a named house whose staff act, as a children's home's do ("Oakleigh House
            # reported Jordan missing", "Kestrel Lodge staff rang the police")
            rf"\b(?:{_CAP_WORD}\s+){{1,2}}(?:{placed})\b(?=[ \t]+(?:staff[ \t]+|managers?[ \t]+)?"
            r"(?:reported|rang|phoned|called|contacted|told|informed|notified|raised|e-?mailed)\b)",
            # a hospital or school by its short name after a cue ("to Kettlewick General"), a
            # named house before its address ("at The Beeches, 3 Orchard Lane")
            rf"(?:{behind})(?:the[ \t]+)?{_CAP_WORD}[ \t]+(?:{short})\b(?![ \t]+[A-Z])",
            rf"(?<=\bat )(?:The[ \t]+)?{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?"
            rf"(?=,[ \t]+\d{{1,4}}[A-Za-z]?[ \t]+[A-Z][a-z]+[ \t]+[A-Z])",
            # a setting known by its people ("staff at Larkspur", "registered at the Gables")
            rf"(?:{roles})[ \t]+at[ \t]+(?:the[ \t]+)?"
            rf"(?P<entity>{_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})\b(?![ \t]+[A-Z])",
            # a named ward a child is cared for on ("six days on Kestrel Ward")
            rf"(?:{on_ward})(?:{_CAP_WORD}\s+){{1,2}}(?:{wards})\b",
            # a numbered ward on its own ("transferred the same night to Ward 32")
            rf"\b(?:{wards})[ \t]+\d{{1,3}}[A-Z]?\b",
        ]

    def keep(self, text: str, start: int, end: int) -> bool:
        """Not only generic words before any complement ("the National Centre for Social
        Research"), not a place ("Leeds Town Centre"), and not a service or team ("Inclusion
        Service and Virtual School")."""
        head = self._LEADING.match(text, start, end)
        span = text[self._past_calendar(text, head.end() if head else start, end) : end]
        if re.fullmatch(r"[A-Z][a-z]+ \d{1,3}[A-Z]?", span):
            return True  # a numbered ward ("Ward 32"): its number names it
        if span.endswith(self.not_settings) or self._body_after.match(text, end):
            return False  # ... or a body whose name runs on ("Eastwold Primary Care Trust")
        if _AREA_AFTER.match(text, end):
            return False  # an electoral ward or a district ("the Canal Ward area")
        words = re.findall(r"[A-Za-z][A-Za-z'’&.-]*", self.complement.split(span, 1)[0])
        words = [w for w in words if w not in _JOINERS]  # "Nursery and Family Hub" is generic
        # a building's name inside a setting's is no body's head ("Marlowe Court Hostel")
        heads = set(self.lists.organisation_heads) - set(self.lists.building_words)
        if words and words[0].rstrip(".") in self.lists.titles:
            # a person ("Dr Ward"), or a person of a setting ("Dr Helen Marsden of Abbey View
            # Medical Practice"): the setting after 'of'
            after = self._after_person(text, start, end)
            return after is not None and self.keep(text, after, end)
        return any(w.lower() not in self.generic for w in words) and not heads & set(words[:-1])

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        start = self._after_person(text, start, end) or start
        head = self._LEADING.match(text, start, end)
        return self._past_calendar(text, head.end() if head else start, end), end

    @staticmethod
    def _past_calendar(text: str, start: int, end: int) -> int:
        """Where a setting's name starts after a month or a day the match ran over ("Early in
        December the Family Hub")."""
        cut = start
        for word in re.finditer(r"[A-Z][a-z]+", text[start:end]):
            if word.group(0) in CALENDAR_WORDS:
                cut = start + word.end()
        if cut == start:
            return start
        joiners = re.match(r"(?:[ \t]+(?:the|of|and|in|on|at))*[ \t]+", text[cut:end])
        return cut + (joiners.end() if joiners else 0)

    def _after_person(self, text: str, start: int, end: int) -> int | None:
        """Where the setting starts in a match opened by a titled person, if it names one."""
        words = text[start:end].split()
        if not words or words[0].rstrip(".") not in self.lists.titles:
            return None
        cut = text.find(" of ", start, end)
        return cut + 4 if cut > 0 else None


class DayDateRecognizer(RegexRecognizer):
    """Day-level dates in UK formats (03/02/2019, 3rd February 2019, 3 Feb 2019, 2019-02-03,
    Monday 3 February); a month and year alone is not matched."""

    LABEL = Label.DATE
    SCORE = 0.7
    EXPLANATION = "an exact (day-level) date"

    def build(self, lists: WordLists) -> list[str]:
        weekday = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?"
        ordinal = r"(?:st|nd|rd|th)?"
        year = r"(?:,?\s+(?:19|20)\d{2})?"
        return [
            # not a paragraph number before a month ("5.1 February 2024: ...")
            rf"(?<![\d.])\b{weekday}{_DAY}{ordinal}(?:\s+of)?\s+(?:{_MONTHS})\b\.?{year}",
            rf"\b{weekday}(?:{_MONTHS})\.?\s+{_DAY}{ordinal}\b(?!\s*(?:years?|months?|weeks?|days?|children|%))"
            rf"{year}",
            # as a case note types it, with its year ("wednesday 17th august 2016")
            rf"(?<![\d.])(?i:\b{weekday}{_DAY}{ordinal}(?:\s+of)?\s+(?:{_MONTHS})\.?,?\s+(?:19|20)\d{{2}}\b)",
            rf"\b{_DAY}[/-](?:0?[1-9]|1[0-2])[/-](?:(?:19|20)\d{{2}}|\d{{2}})\b",
            # a system's date, the month abbreviated ("11-Aug-2016", "03-FEB-19")
            rf"(?<![\d.])\b{_DAY}-(?i:{_MONTHS})-(?:(?:19|20)\d{{2}}|\d{{2}})\b",
            # a feast day with its year ("on Boxing Day 2022")
            r"\b(?:Christmas|Boxing|New Year['’]s) Day,?\s+(?:19|20)\d{2}\b",
            # dotted: four-digit years only ("7.2.10" is a paragraph number)
            rf"(?<![\d.])\b{_DAY}\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{{2}}\b(?!\.\d)",
            r"\b(?:19|20)\d{2}[-.](?:0[1-9]|1[0-2])[-.](?:0[1-9]|[12][0-9]|3[01])"
            r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d|\.\d)",
            # a dotted date with a two-digit year stamped with a time ("21.03.22 23:14")
            rf"(?<![\d.])\b{_DAY}\.(?:0?[1-9]|1[0-2])\.\d{{2}},?\s+(?:[01]?\d|2[0-3]):[0-5]\d\b",
            # a dotted date with a two-digit year and a zero no paragraph number has
            # ("02.02.22", "16.02.22")
            r"(?<![\d.])\b(?:0[1-9]\.(?:0[1-9]|1[0-2])|(?:[12][0-9]|3[01])\.0[1-9])\.\d{2}\b(?!\.\d)",
            # one opening a chronology line before a separator ("5.4.19 | Health visiting")
            rf"(?m:^)[ \t]*(?P<entity>{_DAY}\.(?:0?[1-9]|1[0-2])\.\d{{2}})(?=[ \t]*[|–—-][ \t])",
            # a dotted date with a two-digit year where a date is expected ("on 23.09.19")
            rf"\b(?:on|of|dated|from|until|to|DOB|born)\s+(?P<entity>{_DAY}\.(?:0?[1-9]|1[0-2])\.\d{{2}})\b",
            # days and months with no year where a date is expected, with any listed after
            # them ("on 14/01, 28/01 and 19/02")
            rf"\b(?:on|dated|from|until|DOB|born)\s+(?P<entity>{_DAY_MONTH}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_DAY_MONTH})*)(?![/\d])",
        ]


class TitledNameRecognizer(RegexRecognizer):
    """A courtesy or professional title followed by a name ("Dr Patel", "Mrs J. Smith")."""

    LABEL = Label.PERSON
    SCORE = 0.85
    EXPLANATION = "a title (Dr, Mr, Mrs, Ms...) followed by a name"

    def build(self, lists: WordLists) -> list[str]:
        titles = _alternation(lists.titles)
        collar = _alternation(lists.collar_titles)
        return [
            rf"\b(?:{titles})\.?\s+(?:[A-Z]\.\s*)?{_NAME}(?:\s+{_NAME})?",
            # an officer named with a collar number before the name ("PC 4471 Hollins")
            rf"\b(?:{collar})[ \t]+\d{{3,6}}[ \t]+(?P<entity>{_NAME}(?:[ \t]+{_NAME})?)",
        ]


class CuedNameRecognizer(RegexRecognizer):
    """A capitalised word that the sentence marks as a name: after 'named/called/known as',
    before ', aged 3', or as the owner of a relation ("Kayleigh's mother")."""

    LABEL = Label.PERSON
    SCORE = 0.9  # above the model's guess of the same words, which would otherwise replace it
    EXPLANATION = "a word the sentence marks as a name (named/called, 'aged N', 'X's mother')"

    def build(self, lists: WordLists) -> list[str]:
        cues = _alternation(lists.name_cues)
        signed = _alternation([c for c in lists.name_cues if c.endswith(" by")])
        relations = _alternation(lists.relation_nouns)
        kin = _alternation(lists.kin_nouns)
        name = rf"(?P<entity>{_NAME}(?:\s+{_NAME})?)"
        return [
            # (who signed the draft may open a line: "Prepared by", not "Named Nurse")
            rf"(?:\b(?:{cues})|(?i:\b(?:{signed}))):?\s+['‘\"“]?{name}",
            rf"\b{name}(?=,?\s+\(?(?:aged|age)\s+\d)",
            rf"\b{name}(?=['’]s\s+(?:{relations})\b)",
            # a relative named after a possessive ("her twin brother Zephyr"), not a
            # pseudonym scheme ("her partner Adult Male 1")
            rf"\b(?i:(?:her|his|their|my|your)\s+(?:(?:twin|older|younger|elder|baby|little|big|"
            rf"half|step)[- ]?)?(?:{kin}))\s+{name}\b(?![ \t]+(?:[A-Z0-9]{{1,3}}|[A-Z][a-z]+ \d)\b)",
            # a person named in apposition to their role ("The foster carer, Nevaeh, said")
            rf"\b(?i:(?:the|an?|her|his|their)\s+(?:[a-z-]+\s+)?(?:{relations}))\s*,\s+{name}(?=\s*,)",
            # a nickname given in quotes ("her mother called her 'Tink'", "'Mo' to his friends")
            rf"\b(?i:(?:called|calls|call|named|nicknamed)\s+(?:him|her|them)\s+)['‘\"“]{name}['’\"”]",
            rf"['‘\"“]{name}['’\"”](?=\s+(?i:to (?:his|her|their) (?:friends|family|mates)))",
            # known in quotes by a phrase ("known locally as 'Deano'", "known in the family as
            # 'Bubba'"), or bracketed after a full name ("Ruby Stone ('Rubes')") unless it
            # repeats a word of it, as a defined short form does ("Safeguarding Partnership
            # ('Partnership')")
            rf"\bknown(?:[ \t]+[a-z]+){{1,4}}[ \t]+as[ \t]+['‘\"“]{name}['’\"”]",
            rf"\b(?P<first>{_NAME})[ \t]+(?P<last>{_NAME})[ \t]+\(['‘\"“](?!(?P=first)|(?P=last))"
            rf"(?P<entity>{_NAME})['’\"”]\)",
            # a sign-off ("Thanks Suni", "Regards, Kemi", "Jo x")
            rf"(?im:\b(?:thanks|many thanks|thank you|regards|kind regards|best wishes|cheers)[,!]?"
            rf"[ \t]+)(?-i:{name})(?=[ \t]*(?:x{{1,3}})?[ \t]*$)",
            rf"(?m:^[ \t]*|(?<=[.!?][ \t]))(?P<entity>{_NAME})(?=[ \t]+x{{1,3}}[ \t]*$)",
            # a record's name field ("SURNAME: NOWAK-BIELSKA", "Forename(s): Zofia Maria")
            rf"(?i:\b(?:surname|family name|last name|forenames?|first names?|given names?|"
            rf"full name)(?:\(s\))?[ \t]*:[ \t]*)(?P<entity>{_NAME}(?:[ \t]+{_NAME}){{0,2}}|"
            rf"[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){{0,2}})(?![\w'’-])",
            # a name before its date of birth ("Jaxon (DOB 01/04/2013)")
            rf"\b{name}(?=[ \t]*\((?i:dob|d\.o\.b\.?|born|b\.)[ \t:])",
        ]


def _opens_clause(token: Any) -> bool:
    """The token is capitalised by its place: it opens a sentence or follows a colon
    ("Learning point 5: Hope is not a plan")."""
    return bool(token.is_sent_start) or (token.i > 0 and token.doc[token.i - 1].text == ":")


class ProperNounNameRecognizer(EntityRecognizer):
    """A capitalised proper noun that the dependency parse uses as a person would be used
    (subject, possessor, object, conjunct) and that the NER tagged as nothing else: catches
    first names the small model's NER misses ("Janice was registered...")."""

    LABEL = Label.PERSON
    SCORE = 0.5
    DEPS = frozenset({"nsubj", "nsubjpass", "poss", "conj", "appos", "dobj", "pobj"})

    def __init__(self, lists: WordLists) -> None:
        super().__init__(supported_entities=[self.LABEL.value], name=type(self).__name__)

    def load(self) -> None:
        """Uses the shared parse; nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results = []
        for token in nlp_artifacts.tokens:
            if token.pos_ != "PROPN" or not token.is_title or token.dep_ not in self.DEPS:
                continue
            # The small model often tags a lone first name as ORG or GPE; a multi-word
            # ORG/GPE ("Leeds City Council") is left to the NER.
            lone = token.ent_iob_ == "B" and (
                token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
            )
            if token.ent_type_ not in ("", "PERSON") and not lone:
                continue
            if _opens_clause(token) and token.ent_type_ != "PERSON":
                continue  # a capitalised common word opening a sentence ("Records held...",
                # "House cluttered but warm")
            if any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children):
                continue  # a thing with an article ("Where is the Hope in your practice?")
            first = token
            for child in token.lefts:
                if child.dep_ == "compound" and child.pos_ == "PROPN" and child.is_title:
                    first = child if child.i < first.i else first
            why = f"a proper noun used as a person ({token.dep_}) in the parse"
            end = token.idx + len(token.text)
            results.append(_result(self, self.LABEL, first.idx, end, self.SCORE, why))
        return results


class GazetteerRecognizer(EntityRecognizer):
    """Base for the recognizers that look names up in the run's name gazetteer."""

    LABEL: ClassVar[Label]

    def __init__(self, names: NameGazetteer) -> None:
        self.names = names
        super().__init__(supported_entities=[self.LABEL.value], name=type(self).__name__)

    def load(self) -> None:
        """The gazetteer is loaded with the run's data files."""


class FullNameRecognizer(GazetteerRecognizer):
    """A known first name followed by one or two known surnames, each capitalised
    ("Shannon Hargreaves", "Precious Adeyemi-Clarke", "Siobhán Ní Mhurchú"), wherever it
    stands in a sentence."""

    LABEL = Label.PERSON
    SCORE = 0.75
    _SEQUENCE = re.compile(
        r"(?<![\w-])[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_]*(?:[-'’][A-Z][^\W\d_]+)?"
        r"(?:[ \t]+(?:Ó[ \t]+)?[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)?){1,2}"
        r"(?![\w-])"  # the Irish particle 'Ó' has no lower-case letter ("Pádraig Ó Floinn")
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        english = nlp.english_words()
        match, inside = self._SEQUENCE.search(text), False
        while match is not None:
            words = match.group(0).split()
            rest = [w for w in words[1:] if not self.names.is_particle(w)]
            particle = len(rest) < len(words) - 1
            if (
                self.names.is_first(words[0])
                and not (inside and words[0].lower() in english)
                and rest
                and (all(self.names.is_surname(w, after_first=True) for w in rest) or particle)
            ):
                why = "a known first name and surname"
                results.append(_result(self, self.LABEL, *match.span(), self.SCORE, why))
                match, inside = self._SEQUENCE.search(text, match.end()), False
            else:  # the name may start at the next word ("Team Manager Anjali Mistry"), if
                # that is no English word ("Birmingham New Street")
                match, inside = self._SEQUENCE.search(text, match.start() + len(words[0])), True
        return results


class UnlistedSurnameRecognizer(GazetteerRecognizer):
    """A known first name followed by one capitalised word that no list knows, neither as a
    surname nor as an English word ("Beverley Nkemelu", "Rachel Thornber"): many families'
    surnames are too rare for any gazetteer. The name judge still weighs the place."""

    LABEL = Label.PERSON
    SCORE = 0.6

    def __init__(self, names: NameGazetteer, organisation_heads: list[str]) -> None:
        super().__init__(names)
        self._head_after = re.compile(rf"[ \t]+(?:{_alternation(organisation_heads)})\b")

    _WORD = r"[A-Z][^\W\d_]*[a-zà-ÿ][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)?"
    _PAIRS = re.compile(rf"(?<![\w-])(?=(?P<first>{_WORD})[ \t]+(?P<last>{_WORD})(?![\w-]))")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        english = nlp.english_words()
        results = []
        for match in self._PAIRS.finditer(text):  # every pair ("Detective Sergeant Priya Raju")
            if self._head_after.match(text, match.end("last")):
                continue  # a body named after someone ("the Lucy Faithfull Foundation")
            words = [match.group("first"), re.sub(r"['’]s$", "", match.group("last"))]
            if (
                self.names.is_first(words[0])
                and not self.names.is_surname(words[1], after_first=True)
                and len(words[1]) >= 3
                and not words[1].isupper()
                and not _english_form(fold(words[1]), english)
                and words[1] not in CALENDAR_WORDS
            ):
                why = "a known first name and a surname no list knows (no English word)"
                start = match.start("first")
                end = match.start("last") + len(words[1])
                results.append(_result(self, self.LABEL, start, end, self.SCORE, why))
        return results


def _english_form(word: str, english: frozenset[str]) -> bool:
    """An English word or its plural ("Activities", "Services")."""
    singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word.removesuffix("s")
    return word in english or singular in english


_ARTICLES = ("the", "a", "an")


class FamilyNameRecognizer(GazetteerRecognizer):
    """A known surname naming a family ("the Hargreaves children", "The Okafor family"),
    unless the model reads the word as a nationality or a place ("the Irish family")."""

    LABEL = Label.PERSON
    SCORE = 0.6

    def __init__(self, names: NameGazetteer, family_nouns: list[str]) -> None:
        super().__init__(names)
        self._shape = re.compile(
            rf"(?<![\w-])[Tt]he[ \t]+({_NAME})(?=[ \t]+(?:{_alternation(family_nouns)})\b)"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        tokens = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = []
        for match in self._shape.finditer(text):
            if not self.names.is_surname(match.group(1)):
                continue
            span = tokens.char_span(*match.span(1)) if tokens is not None else None
            if span is not None and any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in span):
                continue
            why = "a known surname naming a family"
            results.append(_result(self, self.LABEL, *match.span(1), self.SCORE, why))
        return results


class InitialledNameRecognizer(GazetteerRecognizer):
    """An initial and a known surname ("Entered by K. Brierley", "seen by J.R. Okafor") where
    no capitalised word stands before the initial (a pseudonym "Child M." is no initial)."""

    LABEL = Label.PERSON
    SCORE = 0.6
    _SHAPE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s?){1,2}([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
    _BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for match in self._SHAPE.finditer(text):
            before = self._BEFORE.search(text, max(0, match.start() - 30), match.start())
            if before and before.group(1)[0].isupper():
                continue
            if self.names.is_surname(match.group(1)):
                why = "an initial and a known surname"
                results.append(_result(self, self.LABEL, *match.span(), self.SCORE, why))
        return results


class FirstNameRecognizer(GazetteerRecognizer):
    """A known first name standing alone where the sentence uses it as a person: a proper
    noun, or a word followed by what people do ("Kacper was admitted", "Jamal (7) and
    Sami (4)", "Chloe and Megan Ridley")."""

    LABEL = Label.PERSON
    SCORE = 0.55

    def __init__(self, names: NameGazetteer, lists: WordLists) -> None:
        super().__init__(names)
        self.kin = frozenset(lists.kin_nouns)
        self.person_nouns = frozenset(lists.person_nouns)
        self.person_verbs = frozenset(lists.person_verbs)
        self.plan_modals = frozenset(lists.plan_modals)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results = []
        for token in nlp_artifacts.tokens:
            if self._used_as_person(token):
                end = token.idx + len(token.text)
                why = "a known first name used as a person in the sentence"
                results.append(_result(self, self.LABEL, token.idx, end, self.SCORE, why))
        return results

    def _used_as_person(self, token: Any) -> bool:
        if not (token.is_title and token.is_alpha and len(token) >= 3):
            return False
        if not self.names.is_first(token.text) or self._in_a_title(token):
            return False
        if token.dep_ == "compound" and token.head.pos_ != "PROPN":
            return False  # "Autumn term"
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is None:
            return bool(token.pos_ == "PROPN")
        if after.text == ":":
            return False  # a form label ("Tel: ...", "Age: 4")
        marked = (
            after.text in ("(", "'s", "’s")
            or after.pos_ == "VERB"
            or (after.pos_ == "AUX" and after.dep_ in ("aux", "auxpass"))
            or (
                after.lower_ == "and"
                and token.i + 2 < len(token.doc)
                and token.doc[token.i + 2].is_title
            )
        )
        if token.lower_ in nlp.english_words():
            if self._said_to_be_someone(token):
                return True
            if _opens_clause(token):
                # Capitalised by its place: an English word that is also a name ("Hope is not
                # a plan", "Summer was the best time") is a person only by what it does, and
                # not before the modal of a plan ("Progress will be reported").
                return marked and after.lower_ not in self.plan_modals
        return bool(marked or token.pos_ == "PROPN" or token.dep_ in ("nsubj", "nsubjpass"))

    def _said_to_be_someone(self, token: Any) -> bool:
        """The words around a name that is also an English word make it someone: an age or a
        person after 'was' ("River was nine", "Sunny was a quiet boy"), a relative after 'and'
        ("Chase and his brother"), or a verb done to people before it ("Nobody asked Will",
        "Spoke to Precious alone")."""
        doc, i = token.doc, token.i
        after = [t.lower_ for t in doc[i + 1 : i + 7]]
        if after[:1] in (["was"], ["is"]) and len(after) > 1:
            if doc[i + 2].like_num or after[1] == "aged":
                return True
            if after[1] in ("a", "an"):
                nouns = [t for t in doc[i + 3 : i + 7] if t.pos_ in ("NOUN", "PROPN")]
                return bool(nouns) and nouns[0].lower_ in self.person_nouns
        if after[:2] in (["and", "his"], ["and", "her"], ["and", "their"]):
            return len(after) > 2 and after[2] in self.kin
        before = doc[i - 2 : i] if i > 1 else doc[:i]
        if before and before[-1].lower_ in ("to", "with"):
            before = before[:-1]
        return bool(before) and before[-1].lemma_.lower() in self.person_verbs

    def _in_a_title(self, token: Any) -> bool:
        """The word is part of a capitalised name of a thing: after an article ("the Labour
        Ward", "the United Kingdom"), or before a capitalised word that is no name ("Key
        Practice Episode")."""
        doc = token.doc
        if any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children):
            return True  # a common noun ("a practising Muslim")
        i = token.i
        while i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
            i -= 1
        if i > 0 and doc[i - 1].lower_ in _ARTICLES:
            return True
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.is_title and not before.is_sent_start:
            # a first name only opens a name: "Ashworth Vale" is a place
            return not self.names.is_first(before.text)
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return bool(
            after is not None
            and after.is_title
            and after.is_alpha
            and not self.names.is_name(after.text)
        )


class LowerCaseNameRecognizer(GazetteerRecognizer):
    """A known first name written in lower case where people write names so: inside quoted
    messages ("'tell darren he owes me'") or before an age ("kayden (11) wrote ..."). Only
    names of three letters or more that are no English word ("bro", "will", "tyler" are).
    It outscores the language model's tag of the same word, which the judge would weigh as a
    capitalised name."""

    LABEL = Label.PERSON
    SCORE = 0.9

    def __init__(self, names: NameGazetteer, text_speak: list[str]) -> None:
        super().__init__(names)
        self.text_speak = frozenset(text_speak)

    _QUOTED = re.compile(r"(?<!\w)['‘\"“][^'’\"”\n]{1,200}?['’\"”](?!\w)")
    _AGE = re.compile(r"[ \t]*\(\d{1,2}\)")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        english = nlp.english_words()
        quoted = [m.span() for m in self._QUOTED.finditer(text)]
        results = []
        for token in nlp_artifacts.tokens:
            end = token.idx + len(token.text)
            if not (
                token.is_lower
                and token.is_alpha
                and len(token) >= 3
                and token.text not in english
                and token.lemma_ not in english  # 'met', 'ran'
                and token.text not in self.text_speak
                and self.names.is_first(token.text.capitalize())
            ):
                continue
            aged = self._AGE.match(text, end) is not None
            if aged or any(a < token.idx and end < b for a, b in quoted):
                why = "a known first name in lower case, in a quoted message or before an age"
                results.append(_result(self, self.LABEL, token.idx, end, self.SCORE, why))
        return results


class LinkNameRecognizer(GazetteerRecognizer):
    """A name inside a web address or file path: link targets and file names carry names that
    the visible text does not. A capitalised known name ("/BabyR_Nowicki_minutes.pdf"), or a
    lower-case slug that is a first name and surname ("rapid-review-kerry-anne-doyle.pdf",
    "/personal/kwame.asante_council_gov_uk/")."""

    LABEL = Label.PERSON
    SCORE = 0.6
    _LINK = re.compile(r"(?:https?://|www\.|file:|[A-Za-z]:\\)\S+")
    _PART = re.compile(r"[A-Z][a-zà-ÿ'’]{2,}")
    #: Lower-case words joined by the separators of slugs and user names.
    _SLUG = re.compile(r"(?<![a-z])[a-z]{2,}(?:[-._][a-z]{2,})+(?![a-z])")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        results = []
        for link in self._LINK.finditer(text):
            spans = [
                part.span()
                for part in self._PART.finditer(text, link.start(), link.end())
                if self.names.is_name(part.group(0))
            ]
            for slug in self._SLUG.finditer(text, link.start(), link.end()):
                spans += self._slug_names(slug.group(0), slug.start())
            for span in spans:
                why = "a name inside a web address or file path"
                results.append(_result(self, self.LABEL, *span, self.SCORE, why))
        return results

    def _slug_names(self, slug: str, offset: int) -> list[tuple[int, int]]:
        """Runs of a slug's words that open with a first name and end in a surname: one the
        gazetteer knows, or, right after the first name, a word of four letters or more that is
        no English word ("leanne_skerritt_ravensmoor_gov_uk", not "nice.org")."""
        english = nlp.english_words()
        words = [(m.start(), m.end()) for m in re.finditer(r"[a-z]+", slug)]
        out = []
        i = 0
        while i < len(words) - 1:
            j = i
            if self.names.is_first(slug[slice(*words[i])]):
                while j + 1 < len(words) and (
                    self.names.is_surname(word := slug[slice(*words[j + 1])])
                    or (j == i and len(word) > 3 and word not in english and word not in STOP_WORDS)
                ):
                    j += 1
            if j > i:
                out.append((offset + words[i][0], offset + words[j][1]))
            i = j + 1
        return out


class RecordUserRecognizer(GazetteerRecognizer):
    """A person as a case-record system writes them: a lower-case user name after a field
    label ("Worker: atherton-lowe r", "entered by jmcdonagh", "Lead Professional:
    mariam.chaudhry"), a surname in capitals before a known first name ("KOVALENKO,
    OKSANA") or a whole name in capitals ("KAI BRENNAN-HUGHES")."""

    LABEL = Label.PERSON
    SCORE = 0.9  # above the model's guess of the same words, which would otherwise replace it

    def __init__(self, names: NameGazetteer, user_cues: list[str]) -> None:
        super().__init__(names)
        by = _alternation([c for c in user_cues if c.endswith(" by")])
        labels = _alternation([c for c in user_cues if not c.endswith(" by")])
        self._user = re.compile(  # a label's value after its colon; 'entered by' needs none
            rf"(?:(?i:\b(?:{labels}))[ \t]*:|(?i:\b(?:{by}))[ \t]*:?)[ \t]*"
            r"(?P<entity>[a-z][a-z'’]+(?:[-._][a-z][a-z'’]*)*(?:[ \t][a-z]\b|\d{1,3})?)(?![\w@.-])"
        )
        self._listed = re.compile(  # not a glossary line ("SIO      Senior Investigating Officer")
            rf"\b(?P<surname>[{_UPPER}][{_UPPER}'’-]{{3,}})(?P<comma>,?) (?P<first>[{_UPPER}][{_UPPER}{_LOWER}'’-]+|[A-Z](?=\.|\s|$))\b"
            r"(?![ \t]+[A-Z][a-z])"
        )
        self._capitals = re.compile(  # a first name and a surname in capitals ("KAI BRENNAN-HUGHES")
            r"\b(?P<first>[A-Z][A-Z’]+)[ \t]+(?P<surname>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?)\b(?![a-z'’])"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        english = nlp.english_words()
        results = []
        for match in self._user.finditer(text):
            name = match.group("entity")
            parts = [p for p in re.split(r"[-._ \t]", name) if len(p) > 1]
            if not any(self._name_part(p) for p in parts) or all(
                p in english or fold(p) in STOP_WORDS for p in parts
            ):
                continue  # a value, not a user ("Worker: unallocated", "User: social worker")
            why = "a user name after a case-record field"
            results.append(_result(self, self.LABEL, *match.span("entity"), self.SCORE, why))
        for match in self._listed.finditer(text):
            surname, first = match.group("surname").title(), match.group("first").title()
            # a record's "SURNAME, First" may be an English word ("THOMPSON, Alfie"); an
            # initial needs the comma and a surname that is no English word ("KILBRIDE, B")
            comma, worded = bool(match.group("comma")), surname.lower() in english
            if len(first) == 1:
                named = comma and not worded
            else:
                named = (comma or not worded) and self.names.is_first(first)
            if not (named and self.names.is_surname(surname)):
                continue
            why = "a surname in capitals before a known first name, as records list people"
            results.append(_result(self, self.LABEL, *match.span(), self.SCORE, why))
        for match in self._capitals.finditer(text):
            first, surname = match.group("first").title(), match.group("surname").title()
            parts = surname.split("-")
            if (
                not self.names.is_first(first)
                or not all(self.names.is_surname(part) for part in parts)
                or all(w.lower() in english for w in (first, *parts))
            ):
                continue  # not a heading of English words ("GRACE HILL", "ROSE COTTAGE")
            why = "a first name and a surname in capitals, as records and headings write them"
            results.append(_result(self, self.LABEL, *match.span(), self.SCORE, why))
        return results

    def _name_part(self, part: str) -> bool:
        """A user name's part made of a name, or of an initial and a surname ("jmcdonagh",
        "jbrennan2")."""
        part = part.rstrip("0123456789")
        word = part.title()
        return (
            self.names.is_first(word)
            or self.names.is_surname(word)
            or (len(part) > 3 and self.names.is_surname(part[1:].title()))
        )


class CaseReferenceRecognizer(RegexRecognizer):
    """Case, crime and record reference numbers, after a cue word ("case ref: 1234567") or
    in a shape that only reference numbers have ("CS-2019-04417", "14/123456/19")."""

    LABEL = Label.ID_NUMBER
    SCORE = 0.65
    EXPLANATION = "a case, crime or record reference number"

    def build(self, lists: WordLists) -> list[str]:
        cues = _alternation(lists.reference_cues)
        ref = r"(?:[A-Z]{1,6} )?(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]{2,}[A-Z0-9]"
        collar = _alternation(lists.collar_titles)
        return [
            rf"(?i:\b(?:{cues})\b)\.?\s*(?:(?i:no|number|ref|reference|id)\.?\s*)?"
            r"(?:(?:was|is|of)\s+)?(?:[:#,]\s*)?(?:(?i:number|no)\.?\s+)?"
            rf"(?P<entity>{ref})\b",
            # the cue's clause runs on before the number ("the case number on the system was
            # 7731046", "the Ofsted URN for Brook Lodge is 2654831")
            rf"(?i:\b(?:{cues})\b)(?:[ \t]+[\w'’]+){{1,6}}?[ \t]+(?:was|is)[ \t]+"
            rf"(?P<entity>{ref})\b",
            # the number in brackets or after a colon, after whose it is ("the Unique Pupil
            # Number for Child E (H801200001234)", "case reference for the family: 2013/04417")
            rf"(?i:\b(?:{cues})\b)[ \t]+(?:for|of)[ \t]+(?:[\w'’.]+[ \t]+){{0,2}}[\w'’.]+[ \t]*\("
            rf"(?P<entity>{ref})\)",
            rf"(?i:\b(?:{cues})\b)[ \t]+(?:for|of)[ \t]+(?:[\w'’.]+[ \t]+){{0,2}}[\w'’.]+[ \t]*:"
            rf"[ \t]*(?P<entity>{ref})\b",
            rf"\b(?:{collar})[ \t]+(?P<entity>\d{{3,6}})\b",  # a police collar number
            # a collar number after the officer's name ("DC Owen Llewellyn-Price 7712")
            rf"\b(?:{collar})[ \t]+{_NAME}(?:[ \t]+{_NAME})?[ \t]+(?P<entity>\d{{3,6}})\b",
            # the cue's words run on to "no." ("passport (Polish, no. EH 4021937)")
            rf"(?i:\b(?:{cues})\b)[ \t]*\(?(?:[\w'’-]+,?[ \t]+){{0,3}}?(?i:no\.|number)[ \t]*:?[ \t]*"
            rf"(?P<entity>{ref})\b",
            r"\b(?:[A-Z]{1,5}[-/]\d{2,4}[-/]\d{3,8}|(?:[A-Z]{1,5}/)?\d{2}/\d{4,8}/\d{2}|[A-Z]{1,5}/\d{4,8}/\d{2}"
            r"|[A-Z]{2,4}\d{6,10})\b",
            r"\b(?:[A-Z]{2,6}-){1,3}(?:19|20)\d{2}-\d{2,8}\b",  # "SSCP-CSPR-2023-04"
            r"\b[A-Z]{2,5}-\d{5,9}\b",  # "CRI-778120"
        ]

    _NUMBERED = re.compile(r"(?i:\bno\.?|\bnumber|#)\s*$")

    def keep(self, text: str, start: int, end: int) -> bool:
        """Four digits or more, and not a year unless the text says it is a number."""
        span = text[start:end]
        digits = sum(ch.isdigit() for ch in span)
        year = re.fullmatch(r"(?:19|20)\d{2}", span)
        return digits >= 4 and (not year or bool(self._NUMBERED.search(text, 0, start)))


class CuedNhsNumberRecognizer(RegexRecognizer):
    """Ten digits written as an NHS number after 'NHS' ("NHS No: 485 777 3456") whose check
    digit is wrong: presidio's NhsRecognizer rejects them, yet a mistyped or invented NHS
    number in a draft still points at a record."""

    LABEL = Label.NHS_NUMBER
    SCORE = 0.6
    EXPLANATION = "ten digits given as an NHS number (after 'NHS')"

    def build(self, lists: WordLists) -> list[str]:
        return [
            r"\bNHS(?:[ \t]+(?i:no|number|num)\.?)?(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*"
            r"(?P<entity>\d{3}(?P<sep>[ -]?)\d{3}(?P=sep)\d{4})(?![\d-])"
        ]


class HandleRecognizer(RegexRecognizer):
    """The name of an online account: quoted after a platform or account cue and shaped as
    user names are (no spaces, with a digit, dot or underscore: "a Snapchat account under the
    name 'hamza.x.07'"), or written with an at sign ("@kay_b2009")."""

    LABEL = Label.ID_NUMBER
    SCORE = 0.6
    EXPLANATION = "the name of an online account (a user name or handle)"

    def build(self, lists: WordLists) -> list[str]:
        cues = _alternation(lists.handle_cues)
        handle = r"@?(?=[\w.-]*[\d._])[A-Za-z0-9][\w.-]{1,28}[A-Za-z0-9]"
        return [
            rf"(?i:\b(?:{cues})\b)[^.\n]{{0,50}}?['‘\"“](?P<entity>{handle})['’\"”]",
            r"(?<![\w@.])@[A-Za-z0-9_][\w.]{2,29}(?<!\.)(?![\w@])",
            # unquoted, when no word is shaped so: an underscore in it ("used the name
            # kingzzz_lyfe99")
            rf"(?i:\b(?:{cues}|the name)\b)[^.\n]{{0,50}}?(?<![\w.@-])"
            r"(?P<entity>[A-Za-z0-9][\w.]*_[\w.]*[A-Za-z0-9])(?![\w@-])",
        ]


#: An extension after a number ("0113 496 0821 ext 2217"): not one of its digits.
_EXTENSION = re.compile(r"\s*(?:ext\.?|extn\.?|extension|x)\s*(?=\d)", re.IGNORECASE)


class UkPhoneRecognizer(PhoneRecognizer):
    """Telephone numbers (presidio's libphonenumber recognizer): UK numbers in national or
    international form, and any number written in international form (+40 ..., 00353 ...),
    which libphonenumber reads whatever the country."""

    def __init__(self, lists: WordLists) -> None:
        super().__init__(
            supported_regions=("GB",),
            supported_entity=Label.PHONE.value,
            leniency=0,  # "possible" numbers too: Ofcom's drama ranges are not "valid"
            context=lists.context.get(Label.PHONE.value, []),
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Keep numbers written as phone numbers are (0... with 10-11 digits, or +/00 and a
        country code): 'possible' matching alone also takes years and reference fragments."""
        kept = []
        for result in super().analyze(text, entities, nlp_artifacts):
            if text.startswith("(+", result.start):
                result.start += 1
            span = text[result.start : result.end]
            digits = sum(ch.isdigit() for ch in _EXTENSION.split(span, maxsplit=1)[0])
            national = re.match(r"\(?0[1-9]", span) and 10 <= digits <= 11
            international = re.match(r"(?:\+|00)\s?[1-9]", span) and 9 <= digits <= 15
            if national or international:
                kept.append(result)
        return kept


class EmailAddressRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, reported under its own name, also taking addresses whose
    whole domain is a public suffix of its own: English schools' domains
    ("name@harlow-park.sch.uk") sit under the wildcard suffix ``*.sch.uk``, which presidio's
    check reads as no domain at all."""

    def __init__(self) -> None:
        super().__init__(name="EmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        import tldextract

        parts = tldextract.extract(pattern_text)
        return bool(parts.fqdn or "." in parts.suffix)


def uk_recognizers(lists: WordLists) -> list[EntityRecognizer]:
    """Presidio's own UK recognizers, scored for review prose: a postcode and a current-format
    vehicle registration are distinctive enough alone; older plate formats, passports (old
    two letters and seven digits, or nine digits) and driving licences need their context."""
    from presidio_analyzer import Pattern
    from presidio_analyzer.predefined_recognizers import (
        UkDrivingLicenceRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
    )

    plate_patterns: list[Pattern] = list(UkVehicleRegistrationRecognizer.PATTERNS)
    current, *older = plate_patterns
    passport_context = [*UkPassportRecognizer.CONTEXT, *lists.context.get("PASSPORT", [])]
    plates = UkVehicleRegistrationRecognizer(
        patterns=[Pattern(current.name, current.regex, 0.6), *older]
    )
    # Plates are written in capitals: matched without regard to case, "Child H2 was"
    # reads as a prefix-format plate.
    plates.global_regex_flags = re.DOTALL | re.MULTILINE
    return [
        UkPostcodeRecognizer(patterns=[Pattern("UK postcode", POSTCODE, 0.75)]),
        plates,
        UkDrivingLicenceRecognizer(),
        UkPassportRecognizer(
            patterns=[
                *UkPassportRecognizer.PATTERNS,
                Pattern("UK passport (nine digits)", r"\b\d{9}\b", 0.1),
            ],
            context=passport_context,
        ),
    ]


#: The project's recognizers, in the order they are registered.
RECOGNIZERS: tuple[Callable[[WordLists], EntityRecognizer], ...] = (
    StreetAddressRecognizer,
    InstitutionRecognizer,
    DayDateRecognizer,
    TitledNameRecognizer,
    CuedNameRecognizer,
    ProperNounNameRecognizer,
    CaseReferenceRecognizer,
    CuedNhsNumberRecognizer,
    HandleRecognizer,
    UkPhoneRecognizer,
)
