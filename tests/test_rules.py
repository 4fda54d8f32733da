"""Rules are data: every rule a check can raise is in the rule book, every rule in the book is
raised by some check, the README's table is the book's, and profiles are validated against it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT
from cspr_qa.checks import CheckContext, all_checks, run_checks
from cspr_qa.cli import main
from cspr_qa.errors import InputError
from cspr_qa.ingest import load_document
from cspr_qa.pii.labels import Label
from cspr_qa.profile import load_profile
from cspr_qa.report.rules import README_END, README_START, rules_markdown
from cspr_qa.rules import load_rules

CHECKS = ROOT / "src" / "cspr_qa" / "checks"


def _rule_ids_in_checks() -> set[str]:
    """Rule ids the check modules name: literal ``ctx.rule("...")`` calls, one rule per kind of
    identifying detail, and the SMART criteria the smart check reports under ``smart.NAME``."""
    ids: set[str] = set()
    for module in CHECKS.glob("*.py"):
        ids |= set(re.findall(r'ctx\.rule\("([a-z-]+\.[a-z-]+)"\)', module.read_text("utf-8")))
    ids |= {label.rule_id for label in Label}
    smart = (CHECKS / "smart.py").read_text("utf-8")
    (criteria,) = re.findall(r"_CRITERIA = \(([^)]*)\)", smart)
    ids |= {f"smart.{name}" for name in re.findall(r'"([a-z-]+)"', criteria)}
    return ids


def test_every_rule_a_check_raises_is_in_the_book_and_back() -> None:
    book = load_rules()
    named = _rule_ids_in_checks()
    assert named == {r.id for r in book}
    families = {check.name for check in all_checks()}
    assert families == set(book.families)
    for rule in book:
        assert rule.summary and rule.message and rule.fix and rule.guidance, rule.id


def test_findings_on_the_sample_carry_only_book_rules(sample_docx: Path) -> None:
    profile = load_profile()
    findings = run_checks(CheckContext(load_document(sample_docx), profile))
    assert findings
    assert {f.rule for f in findings} <= {r.id for r in profile.book}


def test_readme_rules_table_is_the_rule_book() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme.split(README_START, 1)[1].split(README_END, 1)[0]
    assert table.strip() == rules_markdown(load_rules()).strip()


def test_profile_with_a_misspelt_rule_names_the_nearest(tmp_path: Path) -> None:
    profile = tmp_path / "local.toml"
    profile.write_text('extends = "wt2023"\n[rules]\n"hygiene.placeholdr" = "error"\n', "utf-8")
    with pytest.raises(
        InputError, match=r"unknown rule 'hygiene\.placeholdr'.*'hygiene\.placeholder'"
    ):
        load_profile(str(profile))
    profile.write_text('extends = "wt2023"\n[rules]\nhygiene = "error"\n', "utf-8")
    assert (
        load_profile(str(profile)).severity_for(
            "hygiene.comment", load_rules()["hygiene.comment"].level
        )
        == "error"
    )


def test_rules_command_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    listed = {r["id"] for family in data.values() for r in family["rules"]}
    assert listed == {r.id for r in load_rules()}
