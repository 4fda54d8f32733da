"""Roles of text: what each body block of a document IS (a heading, the title page, contents,
glossary, references, an appendix, an action-plan table, statutory boilerplate, or the report's
own prose), from its kind, its section's headings and its words (data/ingest/roles.toml, plus
a profile's ``[roles]``)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..datafiles import DataFiles, extend
from .model import Block, BlockKind, Document, HeadingSource


class TextRole(StrEnum):
    """What a passage is, in the order a block takes the first that applies."""

    HEADING = "heading"
    TITLE = "title"
    CONTENTS = "contents"
    GLOSSARY = "glossary"
    REFERENCES = "references"
    ACTION_PLAN = "action_plan"
    BOILERPLATE = "boilerplate"
    APPENDIX = "appendix"
    PROSE = "prose"
    #: Not body text: comments, notes, headers, properties, link targets...
    OTHER_PART = "other_part"

    @property
    def is_apparatus(self) -> bool:
        """Text that frames the report (headings, title, lists of terms and sources, tables of
        actions, boilerplate) rather than saying something about this case."""
        return self not in (TextRole.PROSE, TextRole.APPENDIX, TextRole.OTHER_PART)


_SENTENCE_END = (".", "!", "?", ":", ";")
_SECTION_ROLES = (TextRole.CONTENTS, TextRole.GLOSSARY, TextRole.REFERENCES, TextRole.APPENDIX)


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@dataclass(frozen=True)
class RoleRules:
    """The compiled role patterns of one run."""

    sections: dict[TextRole, re.Pattern[str] | None]
    action_columns: re.Pattern[str] | None
    boilerplate: re.Pattern[str] | None
    title_words: int

    @classmethod
    def of(cls, files: DataFiles, profile_roles: dict[str, Any] | None = None) -> RoleRules:
        data = extend(files.load("ingest/roles.toml"), profile_roles or {})
        return cls(
            sections={r: _alternation(data["sections"].get(r.value, [])) for r in _SECTION_ROLES},
            action_columns=_alternation(data["action_plan"]["columns"]),
            boilerplate=_alternation(data["boilerplate"]["patterns"]),
            title_words=int(data["title"]["max_words"]),
        )


class Roles:
    """The role of every block of one document."""

    def __init__(self, document: Document, rules: RoleRules) -> None:
        self.document = document
        self._rules = rules
        self._section_role = {s.index: self._role_of_section(s.index) for s in document.sections}
        self._plan_tables = self._action_plan_tables()
        self._tabled_glossaries = {
            b.section
            for b in document.blocks_of(BlockKind.TABLE_CELL)
            if b.section is not None and self._section_role.get(b.section) is TextRole.GLOSSARY
        }
        self._roles = [self._classify(b) for b in document.blocks]

    def of(self, block: Block) -> TextRole:
        return self._roles[block.index]

    def at(self, offset: int) -> TextRole:
        """The role of the block holding a character offset of the document text."""
        block = self.document.block_at(offset)
        return self._roles[block.index] if block is not None else TextRole.OTHER_PART

    def blocks(self, *roles: TextRole) -> list[Block]:
        wanted = set(roles)
        return [b for b in self.document.blocks if self._roles[b.index] in wanted]

    def title_section(self) -> int | None:
        """The section headed by the report's title: the one top-level heading that holds
        sub-sections, when no other top-level section holds prose of its own (a masthead line
        above it, say). Its words name the whole report ("... learning briefing"), no part."""
        sections = self.document.sections
        parents = {s.parent for s in sections if s.parent is not None}
        tops = [s for s in sections if s.parent is None and s.heading_block is not None]
        holders = [s for s in tops if s.index in parents]
        if len(holders) != 1:
            return None
        others = [s for s in tops if s is not holders[0]]
        prose = any(
            self._roles[i] is TextRole.PROSE
            and self.document.blocks[i].kind is not BlockKind.HEADING
            for s in others
            for i in s.block_indices
        )
        return None if prose else holders[0].index

    def _role_of_section(self, index: int | None) -> TextRole | None:
        """The role a section's heading, or the nearest ancestor's, gives its text."""
        while index is not None:
            section = self.document.sections[index]
            for role, pattern in self._rules.sections.items():
                if pattern is not None and pattern.search(section.title):
                    return role
            index = section.parent
        return None

    def _action_plan_tables(self) -> set[int]:
        if self._rules.action_columns is None:
            return set()
        header: dict[int, list[str]] = defaultdict(list)
        for block in self.document.blocks_of(BlockKind.TABLE_CELL):
            table = block.provenance.table
            if table and table[1] == 1:
                header[table[0]].append(block.text)
        pattern = self._rules.action_columns
        return {
            t for t, cells in header.items() if sum(bool(pattern.search(c)) for c in cells) >= 2
        }

    def _beside_a_glossary_table(self, block: Block) -> bool:
        """A sentence outside the table of a glossary set out as one."""
        return (
            block.kind is BlockKind.PARAGRAPH
            and block.section in self._tabled_glossaries
            and block.text.rstrip().endswith(_SENTENCE_END[:3])
        )

    def _classify(self, block: Block) -> TextRole:
        if not block.is_body:
            return TextRole.OTHER_PART
        section = self.document.sections[block.section] if block.section is not None else None
        if block.kind is BlockKind.HEADING:
            titled = section is not None and section.detected_by is HeadingSource.TITLE
            return TextRole.TITLE if titled else TextRole.HEADING
        if (
            section is not None
            and section.detected_by is HeadingSource.PREAMBLE
            and len(block.text.split()) <= self._rules.title_words
            and not block.text.rstrip().endswith(_SENTENCE_END)
        ):
            return TextRole.TITLE  # a title-page line, not a sentence
        by_section = self._section_role.get(block.section) if block.section is not None else None
        if by_section is TextRole.GLOSSARY and self._beside_a_glossary_table(block):
            return TextRole.PROSE  # a footnote or a note after a glossary laid out as a table
        if by_section in (TextRole.CONTENTS, TextRole.GLOSSARY, TextRole.REFERENCES):
            return by_section
        table = block.provenance.table
        if block.kind is BlockKind.TABLE_CELL and table and table[0] in self._plan_tables:
            return TextRole.ACTION_PLAN
        if self._rules.boilerplate is not None and self._rules.boilerplate.search(block.text):
            return TextRole.BOILERPLATE
        return by_section or TextRole.PROSE
