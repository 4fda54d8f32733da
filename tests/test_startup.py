"""Fast start and batches: commands that check nothing load no language model, and a batch
checked in worker processes gives the same report, in input order, as one by one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cspr_qa
from cspr_qa import cli
from cspr_qa.engine import check_paths
from cspr_qa.evaluate.pii import ENGINES
from cspr_qa.profile import load_profile
from cspr_qa.report import render

HEAVY = ("spacy", "presidio_analyzer", "thinc")

_PROBE = """
import json, sys
from cspr_qa.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "heavy": [m for m in %r if m in sys.modules]}))
"""


def _imports_of(*argv: str, watch: tuple[str, ...] = HEAVY) -> dict[str, object]:
    """Run the CLI in a fresh interpreter and report which ``watch`` modules it imported."""
    src = str(Path(cspr_qa.__file__).resolve().parents[1])
    result = subprocess.run(
        [sys.executable, "-c", _PROBE % (watch,), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"},
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("check", "--help"),
        ("rules",),
        ("corpus", "--help"),
        ("check", "missing-draft.docx"),
        ("check", "--profile", "no-such-profile", "x.docx"),
    ],
)
def test_commands_that_check_nothing_load_no_language_model(argv: tuple[str, ...]) -> None:
    assert _imports_of(*argv)["heavy"] == []


def test_outline_loads_no_language_model(sample_docx: Path) -> None:
    probe = _imports_of("outline", str(sample_docx), "--json")
    assert probe == {"code": 0, "heavy": []}


def test_check_does_load_the_model(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("INTRODUCTION\n\nThe review looked at the family's contact.\n")
    probe = _imports_of("check", str(draft), "--fail-on", "never")
    assert probe["code"] == 0
    assert "spacy" in probe["heavy"]  # type: ignore[operator]


def test_check_imports_no_scikit_learn_nor_textstat(sample_md: Path) -> None:
    """The content classifier, the similarity and the reading scores run without them (a
    second or more of start-up each)."""
    watch = ("sklearn", "scipy", "textstat", "joblib")
    probe = _imports_of("check", str(sample_md), "--fail-on", "never", watch=watch)
    assert probe == {"code": 0, "heavy": []}


def test_eval_engines_named_in_the_parser_are_the_evaluators() -> None:
    assert cli.EVAL_ENGINES == ENGINES


def test_parallel_batch_matches_one_by_one_in_input_order(
    sample_docx: Path, sample_md: Path, tmp_path: Path
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("INTRODUCTION\n\nJohn Smith met the health visitor on 3 May 2021.\n")
    files = [sample_md, short, sample_docx]
    profile = load_profile()
    serial = check_paths(files, profile, workers=1)
    parallel = check_paths(files, profile, workers=2)
    assert [r.path for r in parallel] == files
    assert all(r.context is None for r in parallel)
    assert render(parallel, "json", profile) == render(serial, "json", profile)


def test_bad_file_in_a_parallel_batch_gives_one_line_and_exit_2(
    sample_docx: Path, sample_md: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 this is not really a zip")
    files = [str(sample_docx), str(bad), str(sample_md)]
    assert cli.main(["check", *files, "--format", "json", "--fail-on", "never"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"cspr-qa: error: {bad}: ")
    report = json.loads(captured.out)
    assert [f["path"] for f in report["files"]] == files
    assert [f["status"] for f in report["files"]] == ["checked", "unreadable", "checked"]
