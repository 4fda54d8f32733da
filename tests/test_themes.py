"""Theme mining: the corpus index, deterministic learned themes, taxonomy tags, the report,
recurrent themes for a draft, the eval contract and the notebook."""

from __future__ import annotations

import csv
import html as html_lib
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
    # A regression floor: the tagger is trained on blind prose, not on these templates.
    assert result["micro_f1"] >= 0.7
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


def test_report_reads_as_an_analyst_reads_it(corpus: Path, tmp_path: Path) -> None:
    from cspr_qa.datafiles import DataFiles
    from cspr_qa.themes.html_report import build

    themes.fit(db=corpus, n_themes=6)
    themes.tag(db=corpus)
    names = themes.taxonomy(DataFiles())
    index = CorpusIndex(corpus)
    data = build(index)
    index.close()
    assert all(0.0 <= share <= 1.0 for year in data["trend"].values() for share in year.values())
    assert sum(y["reviews"] for y in data["years"]) == data["n_docs"]
    counts = [data["prevalence"][t] for t in data["order"]]
    assert counts == sorted(counts, reverse=True)
    html = themes.report(db=corpus, output=tmp_path / "themes.html").read_text("utf-8")
    table = html[
        html.index('id="prevalence"') : html.index("</table>", html.index('id="prevalence"'))
    ]
    rows = re.findall(r"<tr><td>([^<]+)</td><td class=\"n\">(\d+)</td>", table)
    assert [html_lib.unescape(name) for name, _ in rows] == [names[t] for t in data["order"]]
    written = list(csv.reader((tmp_path / "themes-prevalence.csv").open()))
    assert [r[0] for r in written[1:]] == data["order"]
    visible = html_lib.unescape(re.sub(r"<svg.*?</svg>|<[^>]+>", " ", html, flags=re.S))
    assert not [t for t in names if "_" in t and t in visible]  # names in words, never ids
    assert "Domestic abuse" in visible and "share of that year's reviews" in visible


def test_small_years_are_marked_and_shares_count_reviews_once() -> None:
    from cspr_qa.themes.html_report import SMALL_YEAR, _by_year

    docs = {i: {"year": 2020 if i < SMALL_YEAR else 2021} for i in range(SMALL_YEAR + 2)}
    table = {i: {"neglect": 7, "domestic_abuse": 2} for i in docs}  # many paragraphs each
    data = _by_year(docs, table)
    assert data["years"] == [
        {"year": 2020, "reviews": SMALL_YEAR, "small": False},
        {"year": 2021, "reviews": 2, "small": True},
    ]
    assert data["trend"][2021] == {"neglect": 1.0, "domestic_abuse": 1.0}


def test_each_review_tag_quotes_its_paragraph(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cspr_qa.themes.tagger import ThemeTagger

    themes.tag(db=corpus)
    reviews = themes.review_tags(db=corpus)
    index = CorpusIndex(corpus)
    own = {d["path"]: d["id"] for d in index.documents()}
    by_doc: dict[int, list[str]] = {}
    for _, doc_id, text in index.paragraphs():
        by_doc.setdefault(doc_id, []).append(text)
    index.close()
    tagged = [(r, t) for r in reviews for t in r["themes"]]
    assert len(tagged) > 64
    tagger = ThemeTagger()
    for review, theme in tagged[:40]:
        assert theme["quote"] in by_doc[own[review["path"]]]
        assert theme["id"] in tagger.tag([theme["quote"]])[0]
        assert theme["paragraphs"] >= themes.DOCUMENT_MIN_PARAGRAPHS
    assert main(["themes", "tag", "--db", str(corpus)]) == 0
    out = capsys.readouterr().out
    review, theme = tagged[0]
    assert review["title"] in out and theme["name"] in out
    assert '"' + " ".join(theme["quote"].split()[:8]) in " ".join(out.split())


def test_learned_themes_have_readable_labels_and_coherence(corpus: Path) -> None:
    from cspr_qa.datafiles import DataFiles

    themes.fit(db=corpus, n_themes=8)
    names = set(themes.taxonomy(DataFiles()).values())
    learned = themes.learned_vs_taxonomy(db=corpus)
    assert len(learned) == 8
    assert all(-1.0 <= row["coherence"] <= 1.0 for row in learned)
    matched = [row for row in learned if row["matched"]]
    assert len(matched) >= 6
    for row in matched:
        name, _, terms = row["label"].partition(": ")
        assert name in names and terms == ", ".join(row["top_terms"][:3])
    assert themes.learned_vs_taxonomy(db=corpus) == learned  # deterministic


def test_recurrent_shows_whole_titles(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = ROOT / "corpora/samples/child-r-draft.docx"
    assert main(["themes", "recurrent", str(draft), "--db", str(corpus)]) == 0
    out = capsys.readouterr().out
    titles = {d["title"] for d in CorpusIndex(corpus).documents()}
    shown = re.findall(r"e\.g\. (.+) \([^()]+, \d{4}\)$", out, flags=re.M)
    assert shown and all(title in titles for title in shown)
    assert all(title.endswith(")") for title in shown)  # "(... Partnership, published 2023)"
    pdf_title = next(t for t in titles if "Child C " in t)
    assert "Introduction" not in pdf_title


def test_an_index_from_before_tag_scores_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE tags (paragraph_id INTEGER NOT NULL, theme TEXT NOT NULL)")
    conn.execute("INSERT INTO tags VALUES (1, 'neglect')")
    conn.commit()
    conn.close()
    index = CorpusIndex(db)
    columns = {row[1] for row in index.conn.execute("PRAGMA table_info(tags)")}
    index.close()
    assert "score" in columns


def test_review_level_precision_and_recall_on_the_sample_corpus(corpus: Path) -> None:
    from cspr_qa.evaluate.themes import evaluate_reviews

    figures = evaluate_reviews(corpus, ROOT / "corpora/generated/themes/manifest.csv")
    at_rule = figures[themes.DOCUMENT_MIN_PARAGRAPHS]
    # 0.58 since rounds 6 and 7 train the tagger (0.62 before): it tags more paragraphs of
    # the generated reviews, as it reads more blind paragraphs right
    assert at_rule["recall"] >= 0.95 and at_rule["precision"] >= 0.55
    assert figures[1]["recall"] >= figures[3]["recall"]


def test_the_tagger_is_trained_on_blind_training_prose_only() -> None:
    import hashlib

    from cspr_qa.datafiles import DataFiles
    from cspr_qa.textmodel import load_classifier
    from cspr_qa.themes.tagger import MODEL_NAME

    meta = load_classifier(MODEL_NAME).meta
    assert meta["trained_on"] == [
        *(f"corpora/blind/themes/train-{n}.jsonl" for n in range(1, 7)),
        "corpora/blind/themes/dev-6.jsonl",
        "corpora/blind/themes/dev-7.jsonl",
    ]
    for name, digest in zip(meta["trained_on"], meta["training_sha256"], strict=True):
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest
    assert set(meta["thresholds"]) == set(themes.taxonomy(DataFiles()))
    assert all(0.0 < t < 1.0 for t in meta["thresholds"].values())
    held_out = meta["held_out_writers"]
    measured = [f"corpora/blind/themes/dev-{n}.jsonl" for n in (4, 5)]
    assert held_out["writers"] == [*meta["trained_on"], *measured]
    assert set(held_out["micro_f1_by_writer"]) == {Path(n).name for n in held_out["writers"]}
    assert 0.0 < held_out["micro_f1"] < 1.0


def test_scores_weigh_the_classifier_as_the_model_says() -> None:
    import numpy as np

    from cspr_qa.datafiles import DataFiles
    from cspr_qa.textmodel import load_classifier
    from cspr_qa.themes.tagger import MODEL_NAME, ThemeTagger, lexicon_patterns, lexicon_scores

    tagger = ThemeTagger()
    assert tagger.weight == load_classifier(MODEL_NAME).meta["classifier_weight"]
    text = "The baby was found face down in the adult bed after the parents had been drinking."
    probabilities = load_classifier(MODEL_NAME).predict([text])
    cues = lexicon_scores(lexicon_patterns(DataFiles()), text)
    expected = [
        tagger.weight * float(probabilities[t][0]) + (1 - tagger.weight) * cues.get(t, 0.0)
        for t in tagger.themes
    ]
    assert np.allclose(tagger.scores([text])[0], expected)
    assert cues["sudi_safer_sleep"] > 0 and "sudi_safer_sleep" in tagger.tag([text])[0]


def test_blind_dev_paragraphs_regression_floor(capsys: pytest.CaptureFixture[str]) -> None:
    """Recall first: every theme with support of at least 5 above 0.6 on the dev part."""
    assert main(["eval", "themes", str(ROOT / "corpora/blind/themes/dev.jsonl"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["micro_f1"] >= 0.76
    low = [
        t for t, row in result["per_theme"].items() if row["support"] >= 5 and row["recall"] <= 0.6
    ]
    assert not low
