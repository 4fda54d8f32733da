"""Tag paragraphs and documents with the fixed theme taxonomy (EVAL-FORMATS.md section 4):
seed lexicons (data/themes/lexicon.toml) plus a scikit-learn classifier trained on labelled
paragraphs (data/models/themes_tagger.joblib, rebuilt by models/train_theme_model.py); the taxonomy
is data/themes/taxonomy.toml."""

from __future__ import annotations

import re

from ..datafiles import DataFiles
from ..textmodel import load_classifier

MODEL_NAME = "themes_tagger"


def taxonomy(files: DataFiles) -> dict[str, str]:
    """The fixed theme taxonomy: id -> name, in report order (data/themes/taxonomy.toml)."""
    return dict(files.load("themes/taxonomy.toml")["themes"])


class ThemeTagger:
    """Paragraph tags from the lexicon and the classifier: a theme when the larger of the two
    scores reaches the lexicon file's threshold."""

    def __init__(self, files: DataFiles | None = None) -> None:
        files = files or DataFiles()
        self.themes = taxonomy(files)
        lexicon = files.load("themes/lexicon.toml")
        self.threshold = float(lexicon["threshold"])
        self.patterns = {
            theme: re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE)
            for theme, cues in lexicon["lexicon"].items()
        }

    def lexicon_score(self, theme: str, text: str) -> float:
        pattern = self.patterns.get(theme)
        hits = len({m.group(0).lower() for m in pattern.finditer(text)}) if pattern else 0
        return 0.0 if hits == 0 else 0.5 if hits == 1 else 0.7

    def tag(self, texts: list[str]) -> list[list[str]]:
        """The themes of each paragraph."""
        probabilities = load_classifier(MODEL_NAME).predict(texts)
        tags = []
        for i, text in enumerate(texts):
            found = []
            for theme in self.themes:
                model = probabilities.get(theme)
                score = max(
                    float(model[i]) if model is not None else 0.0, self.lexicon_score(theme, text)
                )
                if score >= self.threshold:
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
