"""Roles of text: headings, title page, glossary, references, action plans, boilerplate and
appendices are told apart from the report's own prose, from data a profile can extend."""

from __future__ import annotations

from pathlib import Path

from cspr_qa.checks import CheckContext
from cspr_qa.ingest import load_document
from cspr_qa.ingest.roles import TextRole
from cspr_qa.profile import load_profile

DRAFT = """Local Child Safeguarding Practice Review: Child M

Northtown Safeguarding Children Partnership

# 1. Introduction

The purpose of this review is to learn, not to apportion blame to any individual or agency.

Child M was three when the health visitor last saw her at home in the spring.

# 2. Glossary

MASH: the multi-agency safeguarding hub, where agencies share information about referrals.

# 3. Recommendations

| Recommendation | Lead | Timescale |
|---|---|---|
| Revise the neglect pathway | ICB | March 2027 |

# 4. References

Department for Education (2023) Working Together to Safeguard Children.

# Appendix A: terms of reference

The review covered the two years before the incident.
"""


def _roles(tmp_path: Path, text: str, profile: str | None = None) -> dict[str, TextRole]:
    path = tmp_path / "draft.md"
    path.write_text(text, encoding="utf-8")
    ctx = CheckContext(load_document(path), load_profile(profile))
    return {b.text: ctx.roles.of(b) for b in ctx.document.blocks}


def test_each_part_of_a_draft_has_its_role(tmp_path: Path) -> None:
    roles = _roles(tmp_path, DRAFT)
    assert roles["Local Child Safeguarding Practice Review: Child M"] is TextRole.TITLE
    assert roles["1. Introduction"] is TextRole.HEADING
    boilerplate = next(t for t in roles if t.startswith("The purpose of this review"))
    assert roles[boilerplate] is TextRole.BOILERPLATE
    assert roles[next(t for t in roles if t.startswith("Child M was three"))] is TextRole.PROSE
    assert roles[next(t for t in roles if t.startswith("MASH:"))] is TextRole.GLOSSARY
    assert roles[next(t for t in roles if t.startswith("Department for"))] is TextRole.REFERENCES
    assert roles[next(t for t in roles if t.startswith("The review covered"))] is TextRole.APPENDIX
    assert TextRole.GLOSSARY.is_apparatus and not TextRole.APPENDIX.is_apparatus


def test_a_profile_adds_its_own_headings(tmp_path: Path) -> None:
    text = "# Review\n\n## Jargon buster\n\nLADO: the local authority designated officer.\n"
    assert _roles(tmp_path, text)["LADO: the local authority designated officer."] is TextRole.PROSE
    profile = tmp_path / "local.toml"
    profile.write_text('extends = "wt2023"\n[roles.sections]\nglossary = ["jargon buster"]\n')
    roles = _roles(tmp_path, text, str(profile))
    assert roles["LADO: the local authority designated officer."] is TextRole.GLOSSARY


def test_a_note_after_a_glossary_table_is_prose(tmp_path: Path) -> None:
    text = (
        "# Review\n\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| MASH | Safeguarding hub |\n\n"
        "1 Child K was born in the spring. Nadia was the eldest of the children.\n"
    )
    roles = _roles(tmp_path, text)
    assert roles["MASH"] is TextRole.GLOSSARY
    assert roles[next(t for t in roles if t.startswith("1 Child K"))] is TextRole.PROSE
