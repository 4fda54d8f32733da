"""Is this capitalised word a person's name, in this draft? A first-name and surname gazetteer
(data/pii/names/, built from names-dataset by scripts/build_name_gazetteer.py) gives the
evidence; what the draft itself says decides: the pseudonyms it declares ("referred to as
Reece; that is not his real name", a pseudonym table), the places and groups its language
model tags, the words it also uses in lower case, and the role of the text (a heading or a
glossary line is not a sentence about a person)."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..datafiles import DataFiles
from ..ingest.model import BlockKind, Document
from ..ingest.roles import Roles, TextRole
from ..nlp import english_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A sentence that declares the names it uses are not real.
_DECLARES = re.compile(
    r"\bpseudonyms?\b|\bnot (?:his|her|their|its|the child's) real names?\b"
    r"|\bnames? (?:that |which )?(?:(?:she|he|they|the family|the child|the young person|"
    r"(?:his|her|their) (?:mother|father|parents|family)) )?(?:chose|chosen|has chosen|agreed)\b"
    r"|\b(?:asked|chose|wanted) to be (?:called|known as)\b"
    r"|\b(?:whom |who |that )?we (?:call|have called|are calling|will call|refer to as)\b"
    r"|\b(?:is|are|be|will be|has been|have been) (?:referred to|known) (?:here )?as\b"
    r"|\bpseudonymi[sz]ed\b|\banonymi[sz]ed as\b|\bgiven the (?:name|pseudonym)\b"
    r"|\bnames? (?:(?:has|have) been )?changed\b"
    r"|\b(?:in|throughout|for) (?:this|the) (?:report|review|briefing|summary|document)\b"
    r"[^.]{0,40}\b(?:referred to|known|called|named)\b"
    r"|\b(?:chose|chosen|choose|picked|gave|agreed)\s+(?:the\s+|these\s+|this\s+)?names?\b"
    r"|\bnames? (?:used|chosen) (?:in|for|by)\b"
    r"|\b(?:referred to|known|called|named)\b[^.]{0,40}\b(?:in|throughout|for the purposes of)"
    r" (?:this|the) (?:report|review|briefing|summary|document)\b",
    re.IGNORECASE,
)
#: The words after which a declaration gives the names ("referred to throughout as Reece").
_INTRODUCES = re.compile(
    r"\b(?:referred to|known|called|call|named|pseudonyms?)\b(?:\s+(?:in|throughout|for)"
    r"(?:\s+(?:this|the)\s+(?:report|review|briefing|summary))?)?(?:\s+as)?\s*:?\s+",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[\w]")
#: A name of two or three capitalised words after "in" or "near": somewhere, not someone
#: ("lived in Kingsley Cross", "a clinic in Fennick Market"), unless it owns something.
_LOCATED = re.compile(
    r"\b(?:in|near|around|outside)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\b(?![\w'’])"
)
_SURNAME = r"[A-Z][\w'’-]+"
_AUTHORS = (
    rf"{_SURNAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_SURNAME})*"
    r"(?:\s+et\s+al\.?|\s+and\s+(?:colleagues|co-?authors|others))?"
)
_YEAR = r"(?:19|20)\d{2}[a-z]?"
#: Authors of published work the draft cites: "(Munro, 2011; Reder and Duncan, 2003)",
#: "Brandon et al. (2020)", "Ferguson's later work on home visits (2011)", "Brandon and
#: colleagues"; not people of this case.
_CITED = re.compile(
    rf"(?:\(|;\s*)({_AUTHORS}),?\s+{_YEAR}\b"
    rf"|({_AUTHORS})(?:['’]s?(?:\s+[a-z]+){{0,5}})?\s*\({_YEAR}\)"
    rf"|({_SURNAME})\s+(?:et\s+al\b|and\s+(?:colleagues|co-?authors)\b)"
)
#: An entry of a reference list: "Reder, P., Duncan, S. and Gray, M. (1993) Beyond Blame".
_REFERENCE_AUTHOR = re.compile(rf"(?:^|,\s+|\band\s+|&\s+)({_SURNAME}),\s+(?:[A-Z]\.\s?){{1,3}}")
_REFERENCE_YEAR = re.compile(rf"\({_YEAR}\)")
#: A report's title ending in the name it gives the review, and how far into the file it is.
_TITLE_NAME = re.compile(
    r"(?i:\b(?:review|briefing|report)\b)[^:\n]{0,40}[:–—-][ \t]*['‘\"“]?(?P<name>[A-Z][a-z'’-]+)"
    r"['’\"”]?[ \t]*$"
)
_TITLE_BLOCKS = 12
_BRACKETED = re.compile(r"\([^)]*\)")
_PSEUDONYM_COLUMN = re.compile(r"pseudonym|name used|referred to as", re.IGNORECASE)
#: Capitalised words just before a body or service name the draft's area ("Wiltshire Police",
#: "Stoke-on-Trent Safeguarding Children Partnership").
_AREA = re.compile(
    r"((?:[A-Z][\w'’]+(?:-on-|-upon-|-under-|\s+and\s+|\s+&\s+|\s+|-))+)"
    r"(?=(?:Safeguarding|Police|Constabulary|County|City|Borough|Metropolitan|District|Council|"
    r"Children's|Childrens|ICB|Integrated Care|Youth Justice|Adults Board|NHS|Community Health|"
    r"Partnership|LSCB|SCP|Clinical Commissioning)\b)"
)
#: A group of people, a nationality or a language, as the sentence uses it.
_GROUP = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=[\s-]+(?:heritage|origin|descent|background|communit(?:y|ies)|"
    r"nationals?|speakers?|speaking|language|interpreter|culture|cultural|Travellers?)\b)"
    r"|\b(?:speaks|spoke|speak|speaking|fluent in|interpreting in|interpreter in)\s+"
    r"([A-Z][a-z]+)(?:\s+(?:and|or)\s+([A-Z][a-z]+))?"
)
#: An acronym of capitals (not a title): no one's name starts with one.
_ACRONYM = re.compile(r"[A-Z]{2,}s?")
#: A name written with an initial: "R. Patel", "Patel, R."
_INITIALLED = re.compile(r"[A-Z]\.?\s*[A-Z][\w'’-]+|[A-Z][\w'’-]+,\s*[A-Z]\.?")
#: An initial (or two) and a name, dotted: "K. Brierley", "J.R. Okafor".
_INITIAL_AND_NAME = re.compile(r"(?:[A-Z]\.\s?){1,2}[A-Z][a-z][\w'’-]*")
#: A number after a label ("Page 1"), not a date after a name ("R. Bhatt 12/10/2020").
_LABEL_NUMBER = re.compile(r"[ \t]*\d(?!\d?[/.-]\d\d?[/.-]\d)")
#: Month and day names: never a name on their own.
CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])
#: Entity types the language model gives places and groups of people.
PLACE_OR_GROUP = frozenset({"GPE", "LOC", "NORP", "FAC", "LANGUAGE"})


def fold(word: str) -> str:
    """A word without accents, in lower case, for matching ('Wiśniewski' -> 'wisniewski')."""
    if word.isascii():  # nothing to decompose: the same as the general case, faster
        return word.lower()
    bare = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return bare.casefold()


#: Particles inside surnames from many traditions ("Ní Mhurchú", "van der Berg", "bin Said").
PARTICLES = frozenset(
    [
        "ni",
        "nic",
        "mac",
        "mc",
        "o",
        "ua",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "ben",
    ]
)


@dataclass(frozen=True)
class NameGazetteer:
    """First names and surnames from many backgrounds, accents folded."""

    first: frozenset[str]
    last: frozenset[str]

    @classmethod
    def of(cls, files: DataFiles) -> NameGazetteer:
        def build() -> NameGazetteer:
            first = {fold(n) for n in files.lines("pii/names/first.txt")}
            last = {fold(n) for n in files.lines("pii/names/last.txt")}
            return cls(frozenset(first), frozenset(last))

        return files.derived("pii.names", build)

    def is_first(self, word: str) -> bool:
        """A first name, or a hyphenated one of first names and short second parts
        ("Elsie-Mae", "Lacey-Jo")."""
        if fold(word) in STOP_WORDS:
            return False
        parts = [p for p in fold(word).split("-") if p]
        return fold(word) in self.first or (
            len(parts) > 1
            and parts[0] in self.first
            and all(p in self.first or len(p) <= 3 for p in parts[1:])
        )

    def is_surname(self, word: str, after_first: bool = False) -> bool:
        """A surname, or a double-barrelled one whose every part is a name ("Thornton-Bell");
        after a first name, one that ends in a surname is enough ("Oyelaran-Price")."""
        if fold(word) in STOP_WORDS:
            return False
        parts = [p for p in re.split(r"[-'’]", fold(word)) if p]
        if fold(word) in self.last:
            return True
        if after_first and len(parts) > 1 and parts[-1] in self.last:
            return True
        return len(parts) > 1 and all(p in self.last or p in self.first for p in parts)

    def is_particle(self, word: str) -> bool:
        return fold(word) in PARTICLES

    def is_name(self, word: str) -> bool:
        return self.is_first(word) or self.is_surname(word)


@dataclass(frozen=True)
class Places:
    """Places in the UK and Ireland (data/pii/places.txt), countries (countries.txt) and the
    groups of people reviews name (groups.txt), one word or several, and the last words of
    place names ("Bridge", "Vale")."""

    names: frozenset[str]
    heads: frozenset[str] = frozenset()

    @classmethod
    def of(cls, files: DataFiles, heads: list[str] | tuple[str, ...] = ()) -> Places:
        def build() -> Places:
            names = [
                *files.lines("pii/places.txt"),
                *files.lines("pii/countries.txt"),
                *files.lines("pii/groups.txt"),
            ]
            return cls(frozenset(names), frozenset(heads))

        return files.derived("pii.places", build)


@dataclass
class DraftKnowledge:
    """What a draft itself says about the capitalised words it uses."""

    #: Words the draft declares it uses instead of real names.
    pseudonyms: set[str] = field(default_factory=set)
    #: Words the language model tags as a place or a group at least twice more than as a person.
    places_and_groups: set[str] = field(default_factory=set)
    #: Words the draft also writes in lower case in mid-sentence (so common words).
    lower_words: set[str] = field(default_factory=set)
    #: Surnames of the authors whose published work the draft cites.
    cited: set[str] = field(default_factory=set)
    #: Words naming the draft's area, or a group, a nationality or a language.
    areas_and_groups: set[str] = field(default_factory=set)
    #: Names of several words the draft uses as places ("in Kingsley Cross").
    located: set[str] = field(default_factory=set)
    #: Where the header cells of tables are (column labels, not sentences about anyone).
    header_cells: list[tuple[int, int]] = field(default_factory=list)
    #: The role of the text at a character offset (prose for a plain text).
    role_at: Callable[[int], TextRole] = field(default=lambda offset: TextRole.PROSE)

    @classmethod
    def learn(
        cls, text: str, doc: Doc, document: Document | None = None, roles: Roles | None = None
    ) -> DraftKnowledge:
        knowledge = cls(role_at=roles.at if roles is not None else (lambda o: TextRole.PROSE))
        knowledge.pseudonyms |= declared_pseudonyms(doc)
        if document is not None:
            knowledge.pseudonyms |= _pseudonym_table(document) | _titled(document)
            knowledge.header_cells = [
                (b.start, b.end)
                for b in document.blocks_of(BlockKind.TABLE_CELL)
                if b.provenance.table and b.provenance.table[1] == 1
            ]
        votes: Counter[str] = Counter()
        for token in doc:
            if token.ent_type_ in PLACE_OR_GROUP:
                votes[token.text] += 1
            elif token.ent_type_ == "PERSON":
                votes[token.text] -= 1
            if token.is_lower and token.is_alpha and not token.is_sent_start:
                knowledge.lower_words.add(token.text)
        knowledge.places_and_groups = {word for word, n in votes.items() if n > 1}
        for match in _AREA.finditer(text):
            knowledge.areas_and_groups |= set(re.findall(r"[A-Z][\w'’]+", match.group(1)))
        for match in _GROUP.finditer(text):
            knowledge.areas_and_groups |= {w for g in match.groups() if g for w in g.split()}
        knowledge.located = {m.group(1) for m in _LOCATED.finditer(text)}
        knowledge.cited = _cited(text)
        return knowledge

    def stands_in(self, word: str) -> bool:
        """The draft uses the word for someone who is not a person of this case: a pseudonym
        it declares, or an author it cites."""
        return word in self.pseudonyms or word in self.cited

    def is_common_word(self, word: str) -> bool:
        return word.lower() in self.lower_words

    def in_header_cell(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.header_cells)


def _cited(text: str) -> set[str]:
    """Surnames the draft cites as authors, in the text or in its reference list."""
    groups = [g for m in _CITED.finditer(text) for g in m.groups() if g]
    for line in text.splitlines():
        if _REFERENCE_YEAR.search(line):
            groups += [m.group(1) for m in _REFERENCE_AUTHOR.finditer(line)]
    return {w for g in groups for w in _CAPITALISED.findall(g)} - {"And"}


def declared_pseudonyms(doc: Doc) -> frozenset[str]:
    """The capitalised words the draft declares it uses instead of real names ("a young man
    we call Kai", "referred to as Child M"); read once per parse, for the identifier and the
    required-content analyses alike."""
    cached: frozenset[str] | None = doc.user_data.get(_PSEUDONYMS_KEY)
    if cached is not None:
        return cached
    sentences = [s.text for s in doc.sents]
    names: set[str] = set()
    for i, sentence in enumerate(sentences):
        follow = sentences[i + 1] if i + 1 < len(sentences) else ""
        if _DECLARES.search(sentence) or re.search(r"\breal names?\b", follow, re.I):
            names |= _declared(sentence)
    found = frozenset(n for n in names if fold(n) not in STOP_WORDS)  # not "This", "Their"
    doc.user_data[_PSEUDONYMS_KEY] = found
    return found


_PSEUDONYMS_KEY = "cspr_qa.declared_pseudonyms"
#: What follows a field label's first word: a few lower-case words and a colon ("of death:").
_FIELD_LABEL = re.compile(r"(?:[ \t]+[a-z]+){0,3}[ \t]*:")
#: What follows a recognizer's context word used as a field label: a colon, perhaps after a
#: bracketed qualifier.
_CUE_LABEL = re.compile(r"[ \t]*(?:\([^)\n]*\))?[ \t]*:")


def _declared(sentence: str) -> set[str]:
    """The capitalised words a declaring sentence gives as the names it uses."""
    introduced = _INTRODUCES.search(sentence)
    tail = sentence[introduced.end() :] if introduced else sentence
    words = {m.group(0) for m in _CAPITALISED.finditer(tail)}
    opener = sentence.split()[0] if sentence.split() else ""
    if not introduced and fold(opener) in STOP_WORDS:
        words.discard(opener)  # "The", "Their": the sentence's own first word
    return words


def _pseudonym_table(document: Document) -> set[str]:
    """Cells of a table column headed 'Pseudonym' or 'Name used', and the first cell of a row
    whose other cells declare it ("Shay | Kai's older sister; a name she chose")."""
    columns: dict[int, set[int]] = {}
    cells = document.blocks_of(BlockKind.TABLE_CELL)
    declared_rows = set()
    for block in cells:
        table = block.provenance.table
        if table and table[1] == 1 and _PSEUDONYM_COLUMN.search(block.text):
            columns.setdefault(table[0], set()).add(table[2])
        if table and table[2] > 1 and _DECLARES.search(block.text):
            declared_rows.add(table[:2])
    words: set[str] = set()
    for block in cells:
        table = block.provenance.table
        if table and (
            (table[1] > 1 and table[2] in columns.get(table[0], set()))
            or (table[2] == 1 and table[:2] in declared_rows)
        ):
            # 'Child H (Harley Whitworth)': what the brackets give is the real name
            declared = _BRACKETED.sub(" ", block.text)
            words |= {m.group(0) for m in _CAPITALISED.finditer(declared)}
    return words


def _titled(document: Document) -> set[str]:
    """The one name a report's title gives the review ("Local Child Safeguarding Practice
    Review: Kai"): published reviews are named by the child's pseudonym."""
    return {
        m.group("name")
        for b in document.blocks[:_TITLE_BLOCKS]
        if b.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and b.provenance.part == "body"
        for m in [_TITLE_NAME.search(b.text)]
        if m
    }


#: Where a name comes from strong evidence: a title, a cue, a gazetteer full name, the
#: reviewer's deny list, a document property naming a person, or a lower-case name in a quoted
#: message.
STRONG_SOURCES = frozenset(
    {
        "TitledNameRecognizer",
        "CuedNameRecognizer",
        "DenyList",
        "DocumentProperty",
        "RecordUserRecognizer",
        "LowerCaseNameRecognizer",
    }
)


#: The language model's own tag for a person.
NER_PERSON = "SpacyRecognizer"
#: Sources that guess a name from the language model or the parse alone.
MODEL_GUESSES = frozenset({"SpacyRecognizer", "ProperNounNameRecognizer"})


@dataclass(frozen=True)
class JudgeWords:
    """The word lists a name judge reads (data/pii/recognizers.toml)."""

    titles: frozenset[str]
    organisation_heads: frozenset[str] = frozenset()
    vehicle_makes: frozenset[str] = frozenset()
    role_heads: frozenset[str] = frozenset()
    thing_heads: frozenset[str] = frozenset()
    #: Plural nouns for people after which a capitalised phrase describes them ("Young Black
    #: boys", "White British families").
    group_nouns: frozenset[str] = frozenset()
    #: The recognizers' context words ("tel", "mobile"), field labels before a colon.
    cue_words: frozenset[str] = frozenset()
    #: Kin words and what qualifies them ("mother", "partner", "maternal"): a capitalised
    #: phrase of them alone is a role label.
    kin_words: frozenset[str] = frozenset()


class NameJudge:
    """Decides, for one draft, whether a span flagged as a person is one."""

    def __init__(
        self,
        gazetteer: NameGazetteer,
        draft: DraftKnowledge,
        lists: JudgeWords,
        places: Places = Places(frozenset()),
    ) -> None:
        self.lists = lists
        self.places = places
        self.gazetteer = gazetteer
        self.draft = draft
        self.titles = lists.titles
        self.organisation_heads = lists.organisation_heads
        nouns = "|".join(map(re.escape, sorted(lists.group_nouns))) or "(?!)"
        self._described = re.compile(rf"[ \t]+(?:{nouns})\b")

    def words(self, text: str) -> list[str]:
        """The capitalised words of a span, without titles ("Dr", "Mrs")."""
        return [w for w in _CAPITALISED.findall(text) if w.rstrip(".") not in self.titles]

    def supports(self, word: str, beside_a_name: bool = False) -> bool:
        """The gazetteer knows it as a name, and the draft does not use it as something else
        (a pseudonym, a word it writes in lower case, its area, a group, a place); a place
        that is also a first name ("Shannon", "Chester") counts only beside another name."""
        draft = self.draft
        if draft.stands_in(word) or draft.is_common_word(word) or word in draft.areas_and_groups:
            return False
        if word in draft.places_and_groups or word in self.places.names:
            return beside_a_name and self.gazetteer.is_first(word)
        return self.gazetteer.is_name(word)

    def _not_other(self, word: str) -> bool:
        """Nothing in the draft says the word is something other than a name."""
        draft = self.draft
        return not (
            draft.is_common_word(word)
            or word in draft.areas_and_groups
            or word in draft.places_and_groups
            or word in self.places.names
            or word in self.organisation_heads
        )

    def is_person(self, text: str, source: str, start: int, following: str = "") -> bool:
        """Whether ``text`` (at ``start``, with ``following`` the text after it) names a person,
        given what found it."""
        words = self.words(text)
        if not words:
            return False
        rest = [w for w in words if not self.draft.stands_in(w)]
        if len(rest) < len(words) and not (
            rest
            and all(self.gazetteer.is_surname(w) and w.lower() not in english_words() for w in rest)
        ):
            return False  # a pseudonym or a cited author; beside a surname that is no English
            # word it still names someone ("teddy-kowalczyk" in a link, not "Dear Kai")
        titled = text.split()[0].rstrip(".") in self.titles
        if titled and (
            (len(words) > 1 and all(self.draft.is_common_word(w) for w in words))
            or words[-1] in self.lists.role_heads
        ):
            return False  # an office after a title word ("Nurse Safeguarding Adults", "Nurse
            # Adviser")
        if (
            len(words) == 1
            and words[0].lower() in self.lists.cue_words
            and _CUE_LABEL.match(following)
        ):
            return False  # the label of a contact line ("Tel: 0161 ...", "Mobile (work): ...")
        if all(re.sub(r"['’]s$", "", w).lower() in self.lists.kin_words for w in words):
            return False  # a role label of kin words ("Mother's Partner", "Maternal Aunt")
        place = len(words) == 1 and words[0] in self.places.names
        if place and not titled and not self.gazetteer.is_first(words[0]):
            return False  # a place or a people, whatever cue stands before it ("formerly called
            # Mongolian blue spot")
        if source in STRONG_SOURCES or titled:
            return True
        if source in MODEL_GUESSES and all(
            w.lower() in english_words() and not self.gazetteer.is_first(w) for w in words
        ):
            if len(words) > 1 and not any(
                self.gazetteer.is_surname(w) or len(w) < 3 for w in words
            ):
                return False  # English words a guess took for a name ("Strategy Meeting -
                # attendees"); a known or a short name among them is evidence ("Li Na")
            if _FIELD_LABEL.match(following):
                return False  # a form's field label ("Place of death: home address")
        if _ACRONYM.fullmatch(text.split()[0]):
            return False  # a body named by its acronym first ("NHS Harrowdale", "CAMHS Duty")
        if " ".join(words) in self.draft.located:
            return False  # somewhere the draft says things happen in ("in Kingsley Cross")
        if self.draft.in_header_cell(start) and not (
            len(words) > 1 and self.gazetteer.is_first(words[0])
        ):
            return False  # a column label ("Age", "Name"), not a first name and surname heading
            # a table that has no header row
        if any(w in CALENDAR_WORDS for w in words):
            return False
        if words[0] in self.lists.vehicle_makes and len(words) > 1:
            return False  # a car ("Ford Focus")
        if (
            len(words) > 1
            and words[-1] in self.places.heads
            and not self.gazetteer.is_first(words[0])
        ):
            return False  # a place ("Rawley Bridge")
        if words[
            -1
        ] in self.organisation_heads | self.lists.role_heads | self.lists.thing_heads or re.search(
            r"(?<!\b[A-Z])[.!?]\s+[A-Z]", text
        ):
            return False  # a body ("Safeguarding Adults Board"), an office ("Independent
            # Reviewing Officer"), a club or a therapy, or a span across sentences
        if len(words) > 1 and (
            " ".join(words) in self.places.names or all(w in self.places.names for w in words)
        ):
            return False  # a place whose words are names ("Hong Kong", "Saint Lucia"), or
            # groups and places side by side ("British Bangladeshi", "Slovak Roma")
        if _LABEL_NUMBER.match(following):
            return False  # a label before a number ("Page 1", "Appendix 2"), not a date
        if self._described.match(following) and any(w in self.places.names for w in words):
            return False  # a description of people ("Young Black boys", "Irish Traveller men")
        supported = [w for w in words if self.supports(w, beside_a_name=len(words) > 1)]
        if (
            not supported
            and source == NER_PERSON
            and (len(words) > 1 or _INITIAL_AND_NAME.fullmatch(text.strip()))
        ):
            # the model's own full name ("K. Brierley"), unknown to the gazetteer: nothing
            # says otherwise
            supported = [w for w in words if self._not_other(w)]
        if not supported:
            return False
        if self.draft.role_at(start).is_apparatus:  # a heading or glossary line: a whole
            # name of known words, a first name among them ("Key Learning" is none)
            return (
                len(words) > 1
                and all(
                    w in supported
                    or self.gazetteer.is_particle(w)
                    or (i > 0 and self.gazetteer.is_particle(words[i - 1]))
                    for i, w in enumerate(words)
                )
                and any(self.gazetteer.is_first(w) for w in supported)
            )  # a particle and the surname it opens need no support ("Róisín Ní Dhomhnaill")
        return True

    def names_someone(self, text: str) -> bool:
        """A value that names a person (a document's author, a comment's author) rather than
        a role or a team: a known first name, or an initial with a surname ("R. Patel")."""
        words = self.words(text)
        if any(w in self.organisation_heads for w in words):
            return False
        if any(self.gazetteer.is_first(w) and not self.draft.stands_in(w) for w in words):
            return True
        return bool(_INITIALLED.fullmatch(text.strip()))

    def parts(self, text: str) -> list[str]:
        """The whole name and each of its parts that is a name in its own right, to find
        elsewhere in the draft."""
        words = self.words(text)
        kept = [w for w in words if self.supports(w)]
        whole = " ".join(words)
        return list(dict.fromkeys([whole, *kept] if len(words) > 1 else kept))
