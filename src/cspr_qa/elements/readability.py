"""Reading ease of a passage (textstat's Flesch scores), for the report and its sections."""

from __future__ import annotations

import textstat

#: Passages shorter than this are not scored: the formulas mean little on a few sentences.
MIN_WORDS = 80


def reading_scores(text: str) -> tuple[float, float] | None:
    """Flesch reading ease and Flesch-Kincaid grade, or None for a passage too short to score."""
    if len(text.split()) < MIN_WORDS:
        return None
    return float(textstat.flesch_reading_ease(text)), float(textstat.flesch_kincaid_grade(text))
