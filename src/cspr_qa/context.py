"""What a check sees: the document, its one shared parse, the profile, the options, and the
analyses that more than one check (or output) needs, each computed once, on first use, by its
analyser package (``elements``, ``pii``, ``smart``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from . import nlp
from .elements.detect import ElementResult, detect_elements
from .elements.explain import Balance, Explanation
from .elements.readability import reading_scores
from .ingest.model import Document
from .ingest.roles import RoleRules, Roles
from .pii.detector import Detection, detect_document
from .profile import Profile
from .rules import Rule
from .smart.assess import Assessed, DraftFinding, assess, numbered_findings
from .smart.score import Criteria

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class CheckOptions:
    """Per-run choices that are not part of a profile: the reviewer's own term lists."""

    #: Terms never flagged as identifying (a partnership's place names, say).
    allow_terms: tuple[str, ...] = ()
    #: Terms always flagged (names the reviewer knows are in the draft).
    deny_terms: tuple[str, ...] = ()


class CheckContext:
    """One document under check, with its shared parse and analyses."""

    def __init__(
        self, document: Document, profile: Profile, options: CheckOptions | None = None
    ) -> None:
        self.document = document
        self.profile = profile
        self.options = options or CheckOptions()

    @cached_property
    def doc(self) -> Doc:
        """The spaCy parse of ``document.text``, made once and shared by every check."""
        return nlp.parse(self.document.text)

    def rule(self, rule_id: str) -> Rule:
        """A rule of the profile's rule book (``data/rules``)."""
        return self.profile.book[rule_id]

    def parse(self) -> None:
        """Make the shared parse now (the engine does, so timing and errors come first)."""
        _ = self.doc

    @cached_property
    def roles(self) -> Roles:
        """What each block is: heading, title page, glossary, references, action plan,
        boilerplate, appendix or the report's own prose."""
        rules = RoleRules.of(self.profile.files, self.profile.data.get("roles"))
        return Roles(self.document, rules)

    @cached_property
    def elements(self) -> list[ElementResult]:
        """Each required-content element the profile asks for: present or not, and where."""
        return detect_elements(self.document, self.doc, self.profile, self.roles)

    @cached_property
    def explanation(self) -> Explanation:
        """The analysis word lists of this run, compiled: what explains, what narrates."""
        return Explanation.of(self.profile.files)

    @cached_property
    def balance(self) -> Balance:
        """Explanation against date-led narration over the body text."""
        return self.explanation.document_balance(self.document, self.doc)

    @cached_property
    def identifiers(self) -> list[Detection]:
        """Identifying details in every part of the file (shared by check and redaction)."""
        return detect_document(
            self.document,
            self.doc,
            self.profile.files,
            self.roles,
            self.options.allow_terms,
            self.options.deny_terms,
        )

    @cached_property
    def draft_findings(self) -> list[DraftFinding]:
        """The draft's numbered findings, which recommendations are traced to."""
        title = self.roles.title_section()
        return numbered_findings(
            self.document, Criteria.of(self.profile.files), 0 if title is None else title
        )

    @cached_property
    def recommendations(self) -> list[Assessed]:
        """Every recommendation with its SMART verdicts and the finding it answers."""
        return assess(
            self.document, self.doc, self.elements, self.draft_findings, self.profile.files
        )

    @cached_property
    def readability(self) -> tuple[float, float] | None:
        """Flesch reading ease and grade of the body text (None when it is too short)."""
        return reading_scores(self.document.body_text)
