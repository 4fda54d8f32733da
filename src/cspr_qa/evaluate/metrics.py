"""Shared scoring arithmetic for the eval commands."""

from __future__ import annotations


def prf(tp: int, fp: int, fn: int, support: int, *, empty: float = 0.0) -> dict[str, float | int]:
    """Precision, recall and F1 (rounded), with ``empty`` where a ratio has no denominator."""
    precision = tp / (tp + fp) if tp + fp else empty
    recall = tp / (tp + fn) if tp + fn else empty
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": support,
    }
