"""`cspr-qa eval sections`: are the ten required-content elements found in each report?

Accuracy is over every labelled (report, element) pair; per element, precision, recall and F1
treat "present" as the positive class, and support counts the reports labelled present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..checks.content import elements
from ..checks.registry import CheckContext
from ..content.elements import specs_for
from ..errors import InputError
from ..ingest import load_document
from ..profile import load_profile
from .metrics import prf


def evaluate(records: list[dict[str, Any]], root: Path) -> dict[str, Any]:
    profile = load_profile()
    known = {s.id for s in specs_for(profile)}
    counts: dict[str, list[int]] = {}  # element -> [tp, fp, fn, support]
    correct = total = 0
    for record in records:
        labels = record["elements"]
        unknown = set(labels) - known
        if unknown:
            raise InputError(
                record["file"], f"has unknown element ids {sorted(unknown)}", "See EVAL-FORMATS.md"
            )
        document = load_document(root / record["file"])
        ctx = CheckContext(document, profile)
        found = {r.spec.id: r.present for r in elements(ctx)}
        for element, gold in labels.items():
            if gold is None:
                continue
            predicted = found[element]
            tp_fp_fn_s = counts.setdefault(element, [0, 0, 0, 0])
            tp_fp_fn_s[0] += predicted and gold
            tp_fp_fn_s[1] += predicted and not gold
            tp_fp_fn_s[2] += gold and not predicted
            tp_fp_fn_s[3] += bool(gold)
            correct += predicted == gold
            total += 1
    per_element = {element: prf(*row, empty=1.0) for element, row in counts.items()}
    return {
        "n_docs": len(records),
        "accuracy": round(correct / total, 4) if total else None,
        "per_element": per_element,
    }


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    lines = [f"{result['n_docs']} reports, accuracy {result['accuracy']:.3f}"]
    for element, row in result["per_element"].items():
        lines.append(
            f"  {element:<24} P {row['precision']:.2f}  R {row['recall']:.2f}  "
            f"F1 {row['f1']:.2f}  (support {row['support']})"
        )
    return lines
