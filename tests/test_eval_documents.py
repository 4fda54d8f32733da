"""`eval documents` on a few blind-written dev drafts: the figures may not fall back past the
recorded baseline (tests/baselines/eval-documents.json). When a change improves them, record
the new figures with CSPR_QA_UPDATE_BASELINE=1 and commit the file with the change."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import ROOT
from cspr_qa.cli import main
from cspr_qa.evaluate.documents import evaluate

DEV = ROOT / "corpora" / "blind" / "documents" / "dev"
BASELINE = Path(__file__).parent / "baselines" / "eval-documents.json"
#: One of each format, clean and planted, with and without a chronology section.
DRAFTS = ("B/B07.txt", "E/E08.md", "C/C04.docx", "B/B05.pdf", "D/D04.docx")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (DEV / "gold.jsonl").read_text("utf-8").splitlines()]
    chosen = [r for r in rows if r["file"] in DRAFTS]
    assert len(chosen) == len(DRAFTS)
    return chosen


def _figures(result: dict[str, object]) -> dict[str, float]:
    ids, chron = result["identifiers"], result["chronology"]
    assert isinstance(ids, dict) and isinstance(chron, dict)
    elements = result["elements"]
    assert isinstance(elements, dict)
    return {
        "element_accuracy": float(elements["accuracy"]),
        "identifier_recall": float(ids["recall"]),
        "false_alarms_per_1000_words": float(ids["false_alarms_per_1000_words"]),
        "chronology_recall": float(chron["recall"] or 0.0),
    }


def test_figures_do_not_regress_past_the_baseline(records: list[dict[str, object]]) -> None:
    now = _figures(evaluate(records, DEV))
    if os.environ.get("CSPR_QA_UPDATE_BASELINE"):
        BASELINE.write_text(json.dumps(now, indent=2) + "\n", "utf-8")
    baseline = json.loads(BASELINE.read_text("utf-8"))
    assert now["false_alarms_per_1000_words"] <= baseline["false_alarms_per_1000_words"], now
    for higher_is_better in ("element_accuracy", "identifier_recall", "chronology_recall"):
        assert now[higher_is_better] >= baseline[higher_is_better], (higher_is_better, now)


def test_json_output_is_the_contract(
    records: list[dict[str, object]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records[:2]) + "\n", "utf-8")
    assert main(["eval", "documents", str(gold), "--root", str(DEV), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {
        "n_docs",
        "words",
        "elements",
        "identifiers",
        "chronology",
        "recommendations",
    }
    assert set(out["identifiers"]) == {
        "recall",
        "found",
        "total",
        "false_alarms",
        "false_alarms_per_1000_words",
        "distinct_false_alarms",
    }
    assert out["n_docs"] == 2 and out["words"] > 1000


def test_a_missing_draft_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"file": "nope.docx", "identifiers": [], "recommendations": 0}) + "\n"
    )
    assert main(["eval", "documents", str(gold)]) == 2
    err = capsys.readouterr().err
    assert "nope.docx" in err and "Traceback" not in err
