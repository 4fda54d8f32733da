"""Theme mining: the corpus index, deterministic learned themes, taxonomy tags, the report,
recurrent themes for a draft, the eval contract and the notebook."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from cspr_qa import themes
from cspr_qa.cli import main
from cspr_qa.themes.index import CorpusIndex
from cspr_qa.themes.topics import ThemeModel

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "corpora" / "generated" / "themes" / "reports"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "corpus.sqlite"
    summary = themes.add([REPORTS], db=db)
    assert summary.added == 64 and not summary.failed
    return db


def test_index_is_incremental_with_metadata(corpus: Path, tmp_path: Path) -> None:
    again = themes.add([REPORTS], db=corpus)
    assert (again.added, again.skipped) == (0, 64)
    index = CorpusIndex(corpus)
    docs = {Path(d["path"]).name: d for d in index.documents()}
    manifest = {
        r["file"]: r
        for r in csv.DictReader((ROOT / "corpora/generated/themes/manifest.csv").open())
    }
    for name, row in manifest.items():
        assert docs[name]["partnership"] == row["partnership"]
        assert docs[name]["year"] == int(row["year"])
    assert {d["format"] for d in docs.values()} == {"md", "txt", "docx", "pdf"}
    fix = tmp_path / "fix.csv"
    fix.write_text("file,year\nreview-0001.md,2018\n", encoding="utf-8")
    assert index.correct_metadata(fix) == 1
    assert (
        next(d for d in index.documents() if d["path"].endswith("review-0001.md"))["year"] == 2018
    )
    index.close()


def test_unreadable_files_are_summarised_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(REPORTS / "review-0001.md", folder)
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 nope")
    assert main(["corpus", "add", str(folder), "--db", str(tmp_path / "c.sqlite")]) == 2
    captured = capsys.readouterr()
    assert "1 added" in captured.out and "1 could not be read" in captured.out
    assert "broken.docx" in captured.err


def test_learned_themes_are_deterministic_and_reloadable(corpus: Path, tmp_path: Path) -> None:
    paragraphs = [t for _, _, t in CorpusIndex(corpus).paragraphs()]
    first = ThemeModel(n_themes=8).fit(paragraphs)
    second = ThemeModel(n_themes=8).fit(paragraphs)
    assert first.top_terms() == second.top_terms()
    first.save(tmp_path / "m.joblib")
    again = ThemeModel.load(tmp_path / "m.joblib")
    assert again.top_terms() == first.top_terms()
    auto = themes.fit(db=corpus)
    assert 4 <= auto.k <= 12 and auto.k in auto.coherence_
    assert auto.coherence_[auto.k] == max(auto.coherence_.values())
    assert all("review" not in terms and "safeguarding" not in terms for terms in auto.top_terms())


def test_tags_report_and_recurrent(corpus: Path, tmp_path: Path) -> None:
    themes.fit(db=corpus, n_themes=6)  # the report's learned themes need a fitted model
    counts = themes.tag(db=corpus)
    assert sum(counts.values()) > 64
    output = themes.report(db=corpus, output=tmp_path / "t" / "themes.html")
    html = output.read_text("utf-8")
    assert "<svg" in html and "<script" not in html
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert "Learned themes" in html
    prevalence = list(csv.reader((tmp_path / "t" / "themes-prevalence.csv").open()))
    assert prevalence[0] == ["theme", "name", "documents"] and len(prevalence) == 20
    assert main(["themes", "tag", "--db", str(corpus)]) == 0
    assert main(["themes", "report", "--db", str(corpus), "-o", str(tmp_path / "cli.html")]) == 0
    result = themes.recurrent(ROOT / "corpora/samples/child-r-draft.docx", db=corpus)
    assert result["corpus_documents"] == 64
    found = {t["theme"]: t for t in result["themes"]}
    assert "physical_abuse_babies" in found
    assert found["physical_abuse_babies"]["reviews_sharing"] >= 1
    assert found["physical_abuse_babies"]["nearest"]
    assert len(result["nearest_reviews"]) == 5


def test_fit_on_too_small_a_corpus_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "small.sqlite"
    assert main(["themes", "fit", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "learning themes needs at least 20" in err and "internal error" not in err


def test_eval_themes_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "themes", str(ROOT / "corpora/generated/themes/dev.jsonl"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"n", "micro_f1", "macro_f1", "per_theme"}
    assert result["n"] >= 300
    assert result["micro_f1"] >= 0.8
    assert set(result["per_theme"]["neglect"]) == {"precision", "recall", "f1", "support"}


def test_the_notebook_runs(tmp_path: Path) -> None:
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(ROOT / "notebooks" / "themes.ipynb", as_version=4)
    NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    outputs = [
        o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])
    ]
    assert not [o for o in outputs if o.get("output_type") == "error"]
