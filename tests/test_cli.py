"""The check and outline commands: formats, outputs, profiles, exit codes."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from cspr_qa.checks import all_checks
from cspr_qa.cli import main


def _schema() -> dict[str, object]:
    text = (resources.files("cspr_qa") / "data" / "schema" / "check-report-2.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


def test_json_output_follows_the_published_schema(
    sample_docx: Path, sample_md: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(sample_docx), str(sample_md), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, _schema())
    assert report["schema_version"] == 2
    docx_file = report["files"][0]
    assert docx_file["verdict"] == {
        "ready": False,
        "reasons": ["4 identifying details to remove"],
    }
    rules = {f["rule"] for f in docx_file["findings"]}
    assert {
        "hygiene.comment",
        "hygiene.tracked-change",
        "hygiene.placeholder",
        "identifiers.date",
        "identifiers.person",
        "content.found",
        "content.proportionality",
    } <= rules
    assert {r.split(".")[0] for r in rules} <= {c.name for c in all_checks()}
    for finding in docx_file["findings"]:
        assert finding["message"] and finding["suggestion"]
        if finding["location"]["part"] == "body":
            assert finding["location"]["section"], finding
    placeholder = next(f for f in docx_file["findings"] if "insert" in f["evidence"])
    assert placeholder["location"]["section"] == "1. Introduction"
    assert placeholder["evidence"] == "[insert date of publication]"


def test_text_output_groups_by_section_with_a_summary(
    sample_docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(sample_docx)]) == 1
    out = capsys.readouterr().out
    assert "§ 5. Analysis" in out
    assert "fix:" in out
    assert re.fullmatch(
        r"4 error\(s\), \d+ warning\(s\), \d+ info in 1 file\(s\) checked",
        out.strip().splitlines()[-1],
    )


def test_output_file_is_new_and_never_an_input(
    sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    assert main(["check", str(sample_docx), "--format", "html", "-o", str(out)]) == 1
    html = out.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "Sensitive" in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "no external resources"
    assert "<script" not in html
    assert "hygiene.placeholder" in html
    assert list(tmp_path.iterdir()) == [out], "no temporary files left behind"

    copy = tmp_path / "draft.md"
    copy.write_text("# Title\n\nText TBC.\n", encoding="utf-8")
    before = copy.read_bytes()
    assert main(["check", str(copy), "-o", str(copy)]) == 2
    assert "is one of the input files" in capsys.readouterr().err
    assert copy.read_bytes() == before


ONLY_HYGIENE = (
    '[rules]\ncontent = "off"\nanalysis = "off"\nreadability = "off"\nidentifiers = "off"\n'
    'smart = "off"\n'
)


def test_fail_on_levels(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("# Title\n\nText TBC.\n", encoding="utf-8")  # one hygiene warning
    hygiene = tmp_path / "hygiene.toml"
    hygiene.write_text('extends = "wt2023"\n' + ONLY_HYGIENE)
    assert main(["check", str(draft), "--profile", str(hygiene)]) == 0
    assert main(["check", str(draft), "--profile", str(hygiene), "--fail-on", "warning"]) == 1
    escalate = tmp_path / "strict.toml"
    escalate.write_text(f'extends = "{hygiene}"\n[rules]\n"hygiene.placeholder" = "error"\n')
    assert main(["check", str(draft), "--profile", str(escalate)]) == 1
    assert main(["check", str(draft), "--profile", str(escalate), "--fail-on", "never"]) == 0
    assert main(["check", str(draft)]) == 1  # the default profile requires content it lacks


def test_profiles_override_and_switch_off_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("# Title\n\nText TBC and [insert name].\n", encoding="utf-8")
    quiet = tmp_path / "quiet.toml"
    quiet.write_text(
        'extends = "wt2018"\n[profile]\nname = "local"\n' + ONLY_HYGIENE + 'hygiene = "off"\n'
    )
    capsys.readouterr()
    main(["check", str(draft), "--profile", str(quiet), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["profile"]["name"] == "local"
    assert report["files"][0]["findings"] == []

    extra = tmp_path / "extra.toml"
    extra.write_text(
        'extends = "wt2023"\n'
        + ONLY_HYGIENE
        + '[hygiene]\nplaceholders = ["\\\\bDRAFTING NOTE\\\\b"]\n'
    )
    draft.write_text("# Title\n\nDRAFTING NOTE: finish.\n", encoding="utf-8")
    main(["check", str(draft), "--profile", str(extra), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert [f["evidence"] for f in report["files"][0]["findings"]] == ["DRAFTING NOTE"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "is neither a built-in profile nor a profile file"),
        ("[rules\n", "is not valid TOML"),
        ('[rules]\n"hygiene.comment" = "loud"\n', "sets rule 'hygiene.comment' to 'loud'"),
        ('extends = "loop.toml"\n', "extends itself in a loop"),
    ],
)
def test_bad_profiles_are_clean_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "d.md"
    draft.write_text("# Title\n\nText.\n", encoding="utf-8")
    profile = tmp_path / "loop.toml"
    if content is not None:
        profile.write_text(content, encoding="utf-8")
    spec = "loop.toml" if content is not None else "no-such-profile"
    assert main(["check", str(draft), "--profile", spec]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_outline_shows_detected_structure(
    sample_docx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outline", str(sample_docx), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    titles = [(s["title"], s["detected_by"]) for s in data["sections"]]
    assert ("What went well", "bold") in titles
    assert ("7. Recommendations", "style") in titles
    assert data["other_parts"]["comment"] == 1
    assert main(["outline", str(sample_docx)]) == 0
    text = capsys.readouterr().out
    assert "What went well" in text and "bold" in text
    assert "comment: 1" in text
