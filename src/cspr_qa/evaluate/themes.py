"""`cspr-qa eval themes`: micro and macro F1 of paragraph theme tags against labels."""

from __future__ import annotations

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
