"""The theme report: one self-contained HTML file (charts as inline SVG from matplotlib, no
external scripts, fonts or CDNs) with prevalence, trend by year, co-occurrence, the view by
partnership, learned themes and representative passages, plus CSV exports of the tables."""

from __future__ import annotations

import csv
import io
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..datafiles import DataFiles
from ..report.output import write_atomic
from . import document_theme_table, model_path, topic_map
from .index import CorpusIndex
from .tagger import taxonomy
from .topics import ThemeModel


def _svg(fig: Any) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _charts(
    prevalence: dict[str, int], trend: dict[int, dict[str, float]], n_docs: int
) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "cspr-qa"
    ordered = sorted(prevalence.items(), key=lambda kv: kv[1])
    fig, ax = plt.subplots(figsize=(7, 6))
    ax.barh(
        [k for k, _ in ordered], [100 * v / max(n_docs, 1) for _, v in ordered], color="#1d4f91"
    )
    ax.set_xlabel("% of reviews")
    ax.set_title("Theme prevalence")
    charts = {"prevalence": _svg(fig)}
    top = [k for k, _ in sorted(prevalence.items(), key=lambda kv: -kv[1])[:6]]
    fig, ax = plt.subplots(figsize=(7, 4))
    years = sorted(trend)
    for theme in top:
        ax.plot(years, [100 * trend[y].get(theme, 0.0) for y in years], marker="o", label=theme)
    ax.set_ylabel("% of that year's reviews")
    ax.set_title("Most common themes by year")
    ax.legend(fontsize=7)
    charts["trend"] = _svg(fig)
    return charts


def build(index: CorpusIndex) -> dict[str, Any]:
    """The report's tables as data."""
    docs = {d["id"]: d for d in index.documents()}
    table = document_theme_table(index)
    prevalence = Counter(theme for themes in table.values() for theme in themes)
    by_year: dict[int, Counter[str]] = {}
    per_year = Counter(d["year"] for d in docs.values() if d["year"])
    for doc_id, themes in table.items():
        year = docs[doc_id]["year"]
        if year:
            by_year.setdefault(year, Counter()).update(themes)
    trend = {
        y: {t: c / per_year[y] for t, c in by_year.get(y, Counter()).items()}
        for y in sorted(per_year)
    }
    co = Counter(pair for themes in table.values() for pair in combinations(sorted(themes), 2))
    partnerships: dict[str, Counter[str]] = {}
    for doc_id, themes in table.items():
        partnerships.setdefault(docs[doc_id]["partnership"] or "(unknown)", Counter()).update(
            themes
        )
    ids = list(taxonomy(DataFiles()))
    rows = index.paragraphs()
    texts = [t for _, _, t in rows]
    tags = index.paragraph_tags(rows)
    passages = {
        theme: [texts[i] for i in range(len(texts)) if theme in tags[i]][:2] for theme in ids
    }
    saved = model_path(index)
    learned = topic_map(ThemeModel.load(saved), texts, tags) if saved.exists() else []
    return {
        "n_docs": len(docs),
        "prevalence": {t: prevalence.get(t, 0) for t in ids},
        "trend": trend,
        "cooccurrence": [{"a": a, "b": b, "documents": n} for (a, b), n in co.most_common(25)],
        "partnerships": {p: dict(c) for p, c in sorted(partnerships.items())},
        "passages": passages,
        "learned": learned,
    }


def _csv(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


def write_report(db: str | Path | None, output: Path) -> Path:
    index = CorpusIndex(db)
    try:
        data = build(index)
    finally:
        index.close()
    themes = list(data["prevalence"])  # taxonomy order
    charts = _charts(data["prevalence"], data["trend"], data["n_docs"])
    env = Environment(
        loader=PackageLoader("cspr_qa", "templates"), autoescape=select_autoescape(["j2"])
    )
    html = env.get_template("themes.html.j2").render(data=data, charts=charts, themes=themes)
    output.parent.mkdir(parents=True, exist_ok=True)
    written = write_atomic(output, html)
    stem = written.with_suffix("")
    write_atomic(
        f"{stem}-prevalence.csv", _csv([["theme", "documents"], *data["prevalence"].items()])
    )
    years = sorted(data["trend"])
    write_atomic(
        f"{stem}-trend.csv",
        _csv(
            [
                ["theme", *years],
                *[[t, *[round(data["trend"][y].get(t, 0.0), 4) for y in years]] for t in themes],
            ]
        ),
    )
    write_atomic(
        f"{stem}-cooccurrence.csv",
        _csv(
            [
                ["theme_a", "theme_b", "documents"],
                *[[r["a"], r["b"], r["documents"]] for r in data["cooccurrence"]],
            ]
        ),
    )
    write_atomic(
        f"{stem}-partnerships.csv",
        _csv(
            [
                ["partnership", *themes],
                *[[p, *[c.get(t, 0) for t in themes]] for p, c in data["partnerships"].items()],
            ]
        ),
    )
    return written
