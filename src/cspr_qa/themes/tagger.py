"""Tag paragraphs and documents with the fixed theme taxonomy (EVAL-FORMATS.md section 4):
a scikit-learn classifier with calibrated probabilities (data/models/themes_tagger.joblib,
rebuilt by models/train_theme_model.py) weighed with the seed lexicons' scores
(data/themes/lexicon.toml), the classifier's share saved with the model. A paragraph carries a
theme when its score reaches that theme's threshold, chosen by cross-validation on the training
paragraphs and saved with the model; the taxonomy is data/themes/taxonomy.toml."""

from __future__ import annotations

import re

import numpy as np

from ..datafiles import DataFiles
from ..textmodel import load_classifier

MODEL_NAME = "themes_tagger"
#: The classifier's share of the score (the lexicon has the rest), unless the model says.
CLASSIFIER_WEIGHT = 0.5


def taxonomy(files: DataFiles) -> dict[str, str]:
    """The fixed theme taxonomy: id -> name, in report order (data/themes/taxonomy.toml)."""
    return dict(files.load("themes/taxonomy.toml")["themes"])


def lexicon_scores(patterns: dict[str, re.Pattern[str]], text: str) -> dict[str, float]:
    """Per theme: 0.5 for one distinct lexicon cue in the text, 0.7 for two or more."""
    out = {}
    for theme, pattern in patterns.items():
        hits = len({m.group(0).lower() for m in pattern.finditer(text)})
        out[theme] = 0.0 if hits == 0 else 0.5 if hits == 1 else 0.7
    return out


def lexicon_patterns(files: DataFiles) -> dict[str, re.Pattern[str]]:
    """One case-insensitive pattern per theme from the lexicon's cues."""
    lexicon = files.load("themes/lexicon.toml")
    return {
        theme: re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
        for theme, cues in lexicon["lexicon"].items()
    }


def combined_scores(
    probabilities: np.ndarray,
    texts: list[str],
    themes: list[str],
    files: DataFiles,
    weight: float = CLASSIFIER_WEIGHT,
) -> np.ndarray:
    """The tagger's score: the classifier's probability and the lexicon score weighed
    ``weight`` to ``1 - weight`` (rows are texts, columns ``themes``), so a cue raises a
    paragraph's score without tagging it alone. The training script chooses thresholds on it."""
    patterns = files.derived("themes.lexicon", lambda: lexicon_patterns(files))
    lexical = np.zeros((len(texts), len(themes)))
    for i, text in enumerate(texts):
        cues = lexicon_scores(patterns, text)
        lexical[i] = [cues.get(theme, 0.0) for theme in themes]
    return weight * np.asarray(probabilities, dtype=float) + (1.0 - weight) * lexical


class ThemeTagger:
    """Paragraph scores and tags: a theme when its score reaches the theme's threshold (the
    model's cross-validated one, else the lexicon file's default)."""

    def __init__(self, files: DataFiles | None = None) -> None:
        self.files = files or DataFiles()
        self.themes = taxonomy(self.files)
        default = float(self.files.load("themes/lexicon.toml")["threshold"])
        meta = load_classifier(MODEL_NAME).meta
        saved = meta.get("thresholds", {})
        self.thresholds = {t: float(saved.get(t, default)) for t in self.themes}
        self.weight = float(meta.get("classifier_weight", CLASSIFIER_WEIGHT))

    def scores(self, texts: list[str]) -> np.ndarray:
        """Scores of each text (rows) for each taxonomy theme (columns, taxonomy order)."""
        classifier = load_classifier(MODEL_NAME)
        probabilities = classifier.predict(texts)
        themes = list(self.themes)
        matrix = np.zeros((len(texts), len(themes)))
        for j, theme in enumerate(themes):
            if theme in probabilities:
                matrix[:, j] = probabilities[theme]
        return combined_scores(matrix, texts, themes, self.files, self.weight)

    def tag_scored(self, texts: list[str]) -> list[dict[str, float]]:
        """Each paragraph's themes with their scores, strongest first."""
        matrix = self.scores(texts)
        out = []
        for row in matrix:
            found = {
                theme: round(float(score), 4)
                for theme, score in zip(self.themes, row, strict=True)
                if score >= self.thresholds[theme]
            }
            out.append(dict(sorted(found.items(), key=lambda kv: -kv[1])))
        return out

    def tag(self, texts: list[str]) -> list[list[str]]:
        """The themes of each paragraph, in taxonomy order."""
        return [[t for t in self.themes if t in found] for found in self.tag_scored(texts)]


def document_themes(paragraph_tags: list[list[str]], min_paragraphs: int = 1) -> dict[str, int]:
    """Themes of a document: theme -> number of its paragraphs carrying it."""
    counts: dict[str, int] = {}
    for tags in paragraph_tags:
        for theme in tags:
            counts[theme] = counts.get(theme, 0) + 1
    return {t: n for t, n in counts.items() if n >= min_paragraphs}
