"""`cspr-qa eval sections`: are the ten required-content elements found in each report?

Accuracy is over every labelled (report, element) pair; per element, precision, recall and F1
treat "present" as the positive class, and support counts the reports labelled present."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..context import CheckContext
from ..elements.detect import specs_for
from ..errors import InputError
from ..ingest import load_document
from ..profile import Profile, load_profile
from .metrics import prf


@dataclass
class ElementTally:
    """Running counts of element verdicts against labels, over many reports."""

    known: frozenset[str]
    counts: dict[str, list[int]] = field(default_factory=dict)  # id -> [tp, fp, fn, support]
    correct: int = 0
    total: int = 0

    @classmethod
    def for_profile(cls, profile: Profile) -> ElementTally:
        return cls(frozenset(s.id for s in specs_for(profile)))

    def add(self, source: str, labels: dict[str, bool | None], found: dict[str, bool]) -> None:
        """Score one report's verdicts (``found``) against its labels."""
        unknown = set(labels) - self.known
        if unknown:
            raise InputError(
                source, f"has unknown element ids {sorted(unknown)}", "See EVAL-FORMATS.md"
            )
        for element, gold in labels.items():
            if gold is None:
                continue
            predicted = found[element]
            row = self.counts.setdefault(element, [0, 0, 0, 0])
            row[0] += predicted and gold
            row[1] += predicted and not gold
            row[2] += gold and not predicted
            row[3] += bool(gold)
            self.correct += predicted == gold
            self.total += 1

    def result(self) -> dict[str, Any]:
        """Accuracy over labelled pairs and per-element precision, recall and F1."""
        return {
            "accuracy": round(self.correct / self.total, 4) if self.total else None,
            "per_element": {e: prf(*row, empty=1.0) for e, row in sorted(self.counts.items())},
        }


def evaluate(records: list[dict[str, Any]], root: Path) -> dict[str, Any]:
    profile = load_profile()
    tally = ElementTally.for_profile(profile)
    for record in records:
        document = load_document(root / record["file"])
        ctx = CheckContext(document, profile)
        tally.add(record["file"], record["elements"], {r.spec.id: r.present for r in ctx.elements})
    return {"n_docs": len(records), **tally.result()}


def element_lines(result: dict[str, Any]) -> list[str]:
    """One line per element: precision, recall, F1 and support."""
    return [
        f"  {element:<24} P {row['precision']:.2f}  R {row['recall']:.2f}  "
        f"F1 {row['f1']:.2f}  (support {row['support']})"
        for element, row in result["per_element"].items()
    ]


def summary(result: dict[str, Any]) -> list[str]:
    """Human-readable lines for the terminal."""
    return [
        f"{result['n_docs']} reports, accuracy {result['accuracy']:.3f}",
        *element_lines(result),
    ]
