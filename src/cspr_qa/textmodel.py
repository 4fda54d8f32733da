"""Paragraph classifiers (scikit-learn) stored in ``models/`` beside the scripts that rebuild
them: required-content elements (``models/train_content_model.py``) and theme tags
(``models/train_theme_model.py``)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError

MODELS_ENV = "CSPR_QA_MODELS_DIR"


def models_dir() -> Path:
    """The models folder: the setting, else ``models/`` at the top of the checkout."""
    configured = os.environ.get(MODELS_ENV, "").strip()
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "models"


def build_pipeline(random_state: int = 0) -> Any:
    """TF-IDF over word 1-2-grams (stop words kept: 'because' matters) and one balanced
    logistic regression per label."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            (
                "clf",
                OneVsRestClassifier(
                    LogisticRegression(
                        C=8.0, class_weight="balanced", max_iter=2000, random_state=random_state
                    )
                ),
            ),
        ]
    )


class TextClassifier:
    """Per-label probabilities for paragraphs."""

    def __init__(self, pipeline: Any, classes: list[str]) -> None:
        self.pipeline = pipeline
        self.classes = classes

    def predict(self, texts: list[str]) -> dict[str, np.ndarray]:
        if not texts:
            return {c: np.zeros(0) for c in self.classes}
        probabilities = self.pipeline.predict_proba(texts)
        return {c: probabilities[:, i] for i, c in enumerate(self.classes)}


@functools.cache
def load_classifier(name: str) -> TextClassifier:
    """A trained classifier from ``models/NAME.joblib`` with its ``NAME.json`` metadata."""
    import joblib

    folder = models_dir()
    path = folder / f"{name}.joblib"
    meta_path = folder / f"{name}.json"
    if not path.is_file() or not meta_path.is_file():
        raise InputError(
            path,
            f"the {name} model is missing",
            f"Rebuild it with the script in models/, or set {MODELS_ENV}",
        )
    meta = json.loads(meta_path.read_text("utf-8"))
    return TextClassifier(joblib.load(path), list(meta["classes"]))


def save_classifier(
    folder: Path, name: str, pipeline: Any, classes: list[str], data: Path, extra: dict[str, Any]
) -> dict[str, Any]:
    """Write ``NAME.joblib`` and its ``NAME.json`` metadata (classes, training data and its
    hash, library version); return the metadata."""
    import hashlib

    import joblib
    import sklearn

    joblib.dump(pipeline, folder / f"{name}.joblib")
    meta = {
        "classes": classes,
        "trained_on": str(data.relative_to(folder.parent)),
        "training_sha256": hashlib.sha256(data.read_bytes()).hexdigest(),
        **extra,
        "scikit_learn": sklearn.__version__,
    }
    (folder / f"{name}.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    return meta
