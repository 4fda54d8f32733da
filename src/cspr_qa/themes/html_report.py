"""The theme report: one self-contained HTML file (charts as inline SVG from matplotlib, no
external scripts, fonts or CDNs) with prevalence, trend by year (a share of each year's
reviews), co-occurrence, the view by partnership, learned themes, each review's themes with
the paragraph behind each, and representative passages, plus CSV exports of the tables."""

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
from . import document_theme_table, model_path, review_evidence, topic_map
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


#: A year with fewer reviews than this is marked as small: its shares move a lot with one review.
SMALL_YEAR = 5
#: The trend chart follows this many of the most prevalent themes.
TREND_THEMES = 6


def _prevalence_chart(ordered: list[tuple[str, int]], names: dict[str, str], n_docs: int) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 0.3 * len(ordered) + 1.2))
    ax.barh(
        [names[t] for t, _ in ordered],
        [100 * v / max(n_docs, 1) for _, v in ordered],
        color="#1d4f91",
    )
    ax.invert_yaxis()  # the most prevalent first, as in the table
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"% of the {n_docs} reviews")
    ax.set_title("Theme prevalence")
    return _svg(fig)


def _trend_chart(data: dict[str, Any], names: dict[str, str]) -> str:
    """Each year's share of reviews carrying each of the most prevalent themes (0-100%), with
    the year's number of reviews under it; small years are shaded and their points hollow."""
    import matplotlib.pyplot as plt

    years = [row["year"] for row in data["years"]]
    small = [row["reviews"] < SMALL_YEAR for row in data["years"]]
    fig, ax = plt.subplots(figsize=(7.5, 4))
    for x, is_small in zip(years, small, strict=True):
        if is_small:
            ax.axvspan(x - 0.5, x + 0.5, color="#eeeeee", zorder=0)
    for theme in data["order"][:TREND_THEMES]:
        shares = [100 * data["trend"][y].get(theme, 0.0) for y in years]
        (line,) = ax.plot(years, shares, marker="o", label=names[theme])
        hollow = [(x, v) for x, v, s in zip(years, shares, small, strict=True) if s]
        if hollow:
            ax.plot(*zip(*hollow, strict=True), "o", mfc="white", color=line.get_color())
    ax.set_ylim(0, 100)
    ax.set_ylabel("% of that year's reviews")
    ax.set_xticks(years)
    ax.set_xticklabels(
        [
            f"{r['year']}\n{r['reviews']} review{'s' if r['reviews'] != 1 else ''}"
            for r in data["years"]
        ],
        fontsize=7,
    )
    title = "Most common themes by year"
    if any(small):
        title += f" (shaded: fewer than {SMALL_YEAR} reviews)"
    ax.set_title(title)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    return _svg(fig)


def _charts(data: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "cspr-qa"
    ordered = [(t, data["prevalence"][t]) for t in data["order"]]
    charts = {"prevalence": _prevalence_chart(ordered, names, data["n_docs"])}
    charts["trend"] = _trend_chart(data, names) if data["years"] else ""
    return charts


def _by_year(docs: dict[int, dict[str, Any]], table: dict[int, dict[str, int]]) -> dict[str, Any]:
    """Reviews per year and, per year, the share of them carrying each theme (at most 1)."""
    per_year = Counter(d["year"] for d in docs.values() if d["year"])
    by_year: dict[int, Counter[str]] = {}
    for doc_id, found in table.items():
        year = docs[doc_id]["year"]
        if year:
            by_year.setdefault(year, Counter()).update(set(found))
    return {
        "years": [
            {"year": y, "reviews": per_year[y], "small": per_year[y] < SMALL_YEAR}
            for y in sorted(per_year)
        ],
        "trend": {
            y: {t: c / per_year[y] for t, c in by_year.get(y, Counter()).items()}
            for y in sorted(per_year)
        },
    }


def build(index: CorpusIndex) -> dict[str, Any]:
    """The report's tables as data."""
    docs = {d["id"]: d for d in index.documents()}
    table = document_theme_table(index)
    prevalence = Counter(theme for found in table.values() for theme in found)
    co = Counter(pair for found in table.values() for pair in combinations(sorted(found), 2))
    partnerships: dict[str, Counter[str]] = {}
    for doc_id, found in table.items():
        partnership = docs[doc_id]["partnership"] or "(unknown)"
        partnerships.setdefault(partnership, Counter()).update(set(found))
    ids = list(taxonomy(DataFiles()))
    rows = index.paragraphs()
    texts = [t for _, _, t in rows]
    tags = index.paragraph_tags(rows)
    passages = {
        theme: [texts[i] for i in range(len(texts)) if theme in tags[i]][:2] for theme in ids
    }
    saved = model_path(index)
    learned = topic_map(ThemeModel.load(saved), texts, tags) if saved.exists() and texts else []
    return {
        "n_docs": len(docs),
        "prevalence": {t: prevalence.get(t, 0) for t in ids},
        "order": sorted(ids, key=lambda t: (-prevalence.get(t, 0), ids.index(t))),
        **_by_year(docs, table),
        "cooccurrence": [{"a": a, "b": b, "documents": n} for (a, b), n in co.most_common(25)],
        "partnerships": {p: dict(c) for p, c in sorted(partnerships.items())},
        "passages": passages,
        "learned": learned,
        "reviews": review_evidence(index),
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
    names = taxonomy(DataFiles())
    themes = list(names)  # taxonomy order, for the CSV tables
    charts = _charts(data, names)
    env = Environment(
        loader=PackageLoader("cspr_qa", "templates"), autoescape=select_autoescape(["j2"])
    )
    html = env.get_template("themes.html.j2").render(
        data=data, charts=charts, names=names, small_year=SMALL_YEAR
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    written = write_atomic(output, html)
    stem = written.with_suffix("")
    write_atomic(
        f"{stem}-prevalence.csv",
        _csv(
            [
                ["theme", "name", "documents"],
                *[[t, names[t], data["prevalence"][t]] for t in data["order"]],
            ]
        ),
    )
    years = sorted(data["trend"])
    write_atomic(
        f"{stem}-trend.csv",
        _csv(
            [
                ["theme", *years],
                ["(reviews that year)", *[r["reviews"] for r in data["years"]]],
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
