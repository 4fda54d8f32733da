"""Paragraph classifiers (scikit-learn) shipped inside the package (``cspr_qa/data/models``) and
rebuilt by the scripts in the checkout's ``models/`` folder: required-content elements
(``models/train_content_model.py``) and theme tags (``models/train_theme_model.py``)."""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError

MODELS_ENV = "CSPR_QA_MODELS_DIR"


def packaged_models_dir() -> Path:
    """Where the trained classifiers ship: ``cspr_qa/data/models`` in the installed package."""
    return Path(str(resources.files("cspr_qa") / "data" / "models"))


def models_dir() -> Path:
    """The models folder: the setting, else the one inside the package."""
    configured = os.environ.get(MODELS_ENV, "").strip()
    return Path(configured) if configured else packaged_models_dir()


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
    """Per-label probabilities for paragraphs, with the metadata saved beside the model."""

    def __init__(
        self, pipeline: Any, classes: list[str], meta: dict[str, Any] | None = None
    ) -> None:
        self.pipeline = pipeline
        self.classes = classes
        self.meta = meta or {}

    def predict(self, texts: list[str]) -> dict[str, np.ndarray]:
        if not texts:
            return {c: np.zeros(0) for c in self.classes}
        probabilities = self.pipeline.predict_proba(texts)
        return {c: probabilities[:, i] for i, c in enumerate(self.classes)}


@functools.cache
def load_classifier(name: str) -> TextClassifier:
    """A trained classifier ``NAME.joblib`` with its ``NAME.json`` metadata."""
    import joblib

    folder = models_dir()
    path = folder / f"{name}.joblib"
    meta_path = folder / f"{name}.json"
    if not path.is_file() or not meta_path.is_file():
        raise InputError(
            path,
            f"the {name} model is missing",
            f"Reinstall cspr-qa, rebuild it with the script in models/, or set {MODELS_ENV}",
        )
    meta = json.loads(meta_path.read_text("utf-8"))
    return TextClassifier(joblib.load(path), list(meta["classes"]), meta)


def save_classifier(
    name: str,
    pipeline: Any,
    classes: list[str],
    data: Path | list[Path],
    extra: dict[str, Any],
    root: Path,
) -> dict[str, Any]:
    """Write ``NAME.joblib`` and its ``NAME.json`` metadata (classes, training data relative to
    the checkout ``root`` and its hash, library version) into the package; return the metadata.
    Several training files give lists of paths and hashes."""
    import hashlib

    import joblib
    import sklearn

    folder = packaged_models_dir()
    joblib.dump(pipeline, folder / f"{name}.joblib", compress=3)
    files = data if isinstance(data, list) else [data]
    names = [f.relative_to(root).as_posix() for f in files]
    hashes = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    meta = {
        "classes": classes,
        "trained_on": names if isinstance(data, list) else names[0],
        "training_sha256": hashes if isinstance(data, list) else hashes[0],
        **extra,
        "scikit_learn": sklearn.__version__,
    }
    (folder / f"{name}.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    return meta
