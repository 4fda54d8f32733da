"""`cspr-qa eval smart`: per criterion accuracy and Cohen's kappa against labelled
recommendations; exact match is the share of records whose every labelled criterion is right."""

from __future__ import annotations

from typing import Any

from .. import nlp
from ..datafiles import DataFiles
from ..smart.score import CRITERIA, Criteria, score, strip_label


def evaluate(records: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.metrics import cohen_kappa_score

    criteria = Criteria.of(DataFiles())
    texts = [r["text"][strip_label(r["text"]) :] for r in records]
    gold: dict[str, list[bool]] = {c: [] for c in CRITERIA}
    predicted: dict[str, list[bool]] = {c: [] for c in CRITERIA}
    exact = 0
    for record, doc in zip(records, nlp.get_nlp().pipe(texts, batch_size=64), strict=True):
        labels = score(doc[:], criteria).as_labels()
        all_right = True
        for criterion in CRITERIA:
            value = record.get(criterion)
            if value is None:
                continue
            gold[criterion].append(bool(value))
            predicted[criterion].append(labels[criterion])
            all_right = all_right and labels[criterion] == bool(value)
        exact += all_right
    per_criterion = {}
    for criterion in CRITERIA:
        g, p = gold[criterion], predicted[criterion]
        if not g:
            continue
        accuracy = sum(a == b for a, b in zip(g, p, strict=True)) / len(g)
        kappa = float(cohen_kappa_score(g, p)) if len(set(g) | set(p)) > 1 else 1.0
        per_criterion[criterion] = {
            "accuracy": round(accuracy, 4),
            "kappa": round(kappa, 4),
            "support": len(g),
        }
    return {
        "n": len(records),
        "per_criterion": per_criterion,
        "exact_match": round(exact / len(records), 4),
    }


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    lines = [f"{result['n']} recommendations, exact match {result['exact_match']:.3f}"]
    for criterion, row in result["per_criterion"].items():
        lines.append(
            f"  {criterion:<12} accuracy {row['accuracy']:.3f}  kappa {row['kappa']:.3f}  "
            f"(support {row['support']})"
        )
    return lines
