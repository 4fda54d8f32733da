"""Tag paragraphs and documents with the fixed theme taxonomy (EVAL-FORMATS.md section 4):
seed lexicons (data/themes/lexicon.toml) plus a scikit-learn classifier trained on labelled
paragraphs (models/themes_tagger.joblib, rebuilt by models/train_theme_model.py)."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..datafiles import load_toml
from ..textmodel import load_classifier

MODEL_NAME = "themes_tagger"
THEMES = (
    "child_daily_life",
    "reluctant_engagement",
    "critical_thinking",
    "changing_risk",
    "information_sharing",
    "leadership_culture",
    "domestic_abuse",
    "parental_mental_health",
    "substance_misuse",
    "neglect",
    "physical_abuse_babies",
    "sudi_safer_sleep",
    "sexual_abuse",
    "extrafamilial_harm",
    "child_mental_health",
    "disability_health",
    "education_absence",
    "race_culture",
    "men_fathers",
)


@functools.cache
def _lexicon() -> dict[str, Any]:
    return load_toml("themes/lexicon.toml")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        theme: re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
        for theme, cues in _lexicon()["lexicon"].items()
    }


def lexicon_score(theme: str, text: str) -> float:
    hits = len({m.group(0).lower() for m in _patterns()[theme].finditer(text)})
    return 0.0 if hits == 0 else 0.5 if hits == 1 else 0.7


def tag_paragraphs(texts: list[str]) -> list[list[str]]:
    """The themes of each paragraph."""
    threshold = float(_lexicon()["threshold"])
    probabilities = load_classifier(MODEL_NAME).predict(texts)
    tags = []
    for i, text in enumerate(texts):
        found = []
        for theme in THEMES:
            score = max(float(probabilities[theme][i]), lexicon_score(theme, text))
            if score >= threshold:
                found.append(theme)
        tags.append(found)
    return tags


def document_themes(paragraph_tags: list[list[str]], min_paragraphs: int = 1) -> dict[str, int]:
    """Themes of a document: theme -> number of its paragraphs carrying it."""
    counts: dict[str, int] = {}
    for tags in paragraph_tags:
        for theme in tags:
            counts[theme] = counts.get(theme, 0) + 1
    return {t: n for t, n in counts.items() if n >= min_paragraphs}
