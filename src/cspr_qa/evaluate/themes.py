"""`cspr-qa eval themes`: micro and macro F1 of paragraph theme tags against labels; and
review-level precision and recall of a corpus's review tags against a manifest of each
review's themes (the sample corpus's ``manifest.csv``)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from ..themes.tagger import ThemeTagger
from .metrics import prf


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    tagger = ThemeTagger()
    predicted = tagger.tag([r["text"] for r in records])
    counts = {t: [0, 0, 0, 0] for t in tagger.themes}  # tp, fp, fn, support
    for record, tags in zip(records, predicted, strict=True):
        gold, got = set(record["themes"]), set(tags)
        for theme in tagger.themes:
            counts[theme][0] += theme in gold and theme in got
            counts[theme][1] += theme in got and theme not in gold
            counts[theme][2] += theme in gold and theme not in got
            counts[theme][3] += theme in gold
    per_theme = {theme: prf(*row) for theme, row in counts.items()}
    f1s = [float(row["f1"]) for row in per_theme.values() if row["support"]]
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    micro_p = tp / (tp + fp) if tp + fp else 0.0
    micro_r = tp / (tp + fn) if tp + fn else 0.0
    micro = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    return {
        "n": len(records),
        "micro_f1": round(micro, 4),
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "per_theme": per_theme,
    }


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    lines = [
        f"{result['n']} paragraphs, micro F1 {result['micro_f1']:.3f}, macro F1 {result['macro_f1']:.3f}"
    ]
    for theme, row in result["per_theme"].items():
        lines.append(
            f"  {theme:<24} P {row['precision']:.2f}  R {row['recall']:.2f}  F1 {row['f1']:.2f}  "
            f"(support {row['support']})"
        )
    return lines


def evaluate_reviews(
    db: str | Path, manifest: str | Path, min_paragraphs: tuple[int, ...] = (1, 2, 3)
) -> dict[int, dict[str, float]]:
    """Micro precision and recall over (review, theme) pairs when a review carries a theme
    with at least N tagged paragraphs, for each N; the manifest has 'file' and 'themes'
    (separated by ';') columns. The corpus is tagged first if it has no tags."""
    from ..themes import document_tag_counts, document_theme_table
    from ..themes.index import CorpusIndex

    with Path(manifest).open(encoding="utf-8", newline="") as fh:
        gold = {r["file"]: set(filter(None, r["themes"].split(";"))) for r in csv.DictReader(fh)}
    index = CorpusIndex(db)
    try:
        document_theme_table(index)
        names = {d["id"]: Path(d["path"]).name for d in index.documents()}
        counts = document_tag_counts(index)
    finally:
        index.close()
    out = {}
    for n in min_paragraphs:
        tp = fp = fn = 0
        for doc_id, name in names.items():
            if name not in gold:
                continue
            got = {t for t, c in counts.get(doc_id, {}).items() if c >= n}
            tp, fp, fn = (
                tp + len(got & gold[name]),
                fp + len(got - gold[name]),
                fn + len(gold[name] - got),
            )
        out[n] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        }
    return out
