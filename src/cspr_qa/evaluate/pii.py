"""`cspr-qa eval pii`: recall-first scoring of identifying-detail detection.

A gold span is found if any flagged span overlaps it (whatever its label); a flagged span
that overlaps no gold span is a false positive; label accuracy is the share of found gold
spans whose best-overlapping flag has the same label.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .. import nlp
from ..adapters.presidio import nlp_artifacts
from ..datafiles import DataFiles
from ..errors import InputError
from ..pii.detector import IdentifierDetector
from ..pii.labels import PRESIDIO_TO_LABEL, Label

ENGINES = ("cspr", "presidio")
Flag = tuple[int, int, str]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _cspr_flags(detector: IdentifierDetector) -> Callable[[str, Any], list[Flag]]:
    def flags(text: str, doc: Any) -> list[Flag]:
        return [(d.start, d.end, d.label.value) for d in detector.detect(text, doc)]

    return flags


def _presidio_flags(text: str, doc: Any) -> list[Flag]:
    """Vanilla presidio: default recognizers, default threshold, same spaCy model."""
    engine = nlp.presidio_analyzer()
    artifacts = nlp_artifacts(engine, doc)
    results = engine.analyze(text=text, language="en", nlp_artifacts=artifacts)
    return [
        (r.start, r.end, PRESIDIO_TO_LABEL.get(r.entity_type, Label.ID_NUMBER).value)
        for r in results
    ]


def score(records: list[dict[str, Any]], predictions: Iterable[list[Flag]]) -> dict[str, Any]:
    """The EVAL-FORMATS.md section 2 figures for gold records and their flags."""
    found = total = flagged = false_pos = same_label = 0
    per_label: dict[str, list[int]] = {label.value: [0, 0] for label in Label}
    for record, flags in zip(records, predictions, strict=True):
        gold = [(s["start"], s["end"], s["label"]) for s in record["spans"]]
        for g_start, g_end, g_label in gold:
            total += 1
            per_label.setdefault(g_label, [0, 0])[1] += 1
            overlaps = [(f, _overlap((g_start, g_end), f[:2])) for f in flags]
            overlaps = [(f, o) for f, o in overlaps if o > 0]
            if overlaps:
                found += 1
                per_label[g_label][0] += 1
                best = max(overlaps, key=lambda fo: fo[1])[0]
                same_label += best[2] == g_label
        for flag in flags:
            flagged += 1
            if not any(_overlap(flag[:2], (s, e)) for s, e, _ in gold):
                false_pos += 1
    recall = found / total if total else 1.0
    precision = (flagged - false_pos) / flagged if flagged else 1.0
    f2 = 5 * precision * recall / (4 * precision + recall) if precision + recall else 0.0
    return {
        "n_texts": len(records),
        "recall": round(recall, 4),
        "precision": round(precision, 4),
        "f2": round(f2, 4),
        "per_label": {
            label: {"recall": round(hit / sup, 4) if sup else None, "support": sup}
            for label, (hit, sup) in per_label.items()
        },
        "label_accuracy": round(same_label / found, 4) if found else None,
    }


def evaluate(records: list[dict[str, Any]], engine: str = "cspr") -> dict[str, Any]:
    """Run a detector over every gold text (one shared parse each) and score it."""
    for i, record in enumerate(records, start=1):
        if not isinstance(record["text"], str) or not isinstance(record["spans"], list):
            raise InputError(f"record {i}", "has a non-text 'text' or non-list 'spans'", "Fix it")
        for span in record["spans"]:
            if not (0 <= span["start"] < span["end"] <= len(record["text"])):
                raise InputError(f"record {i}", f"has a span outside its text: {span}", "Fix it")
    flags = (
        _presidio_flags if engine == "presidio" else _cspr_flags(IdentifierDetector(DataFiles()))
    )
    texts = [r["text"] for r in records]
    docs = nlp.get_nlp().pipe(texts, batch_size=64)
    return score(records, (flags(text, doc) for text, doc in zip(texts, docs, strict=True)))


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    lines = [
        f"{result['n_texts']} texts: recall {result['recall']:.3f}   precision "
        f"{result['precision']:.3f}   F2 {result['f2']:.3f}   label accuracy {result['label_accuracy']}"
    ]
    for label, row in result["per_label"].items():
        if row["support"]:
            lines.append(f"  {label:<12} recall {row['recall']:.3f}  (support {row['support']})")
    return lines
