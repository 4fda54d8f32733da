"""Paragraph classifiers (scikit-learn) shipped inside the package (``cspr_qa/data/models``) and
rebuilt by the scripts in the checkout's ``models/`` folder: required-content elements
(``models/train_content_model.py``) and theme tags (``models/train_theme_model.py``).

A TF-IDF + one-vs-rest logistic regression (``build_pipeline``) is also saved as plain arrays
(``NAME.npz``) and applied by ``LinearTfidfModel`` with the same arithmetic, so a check need not
import scikit-learn (a second or more of start-up); other pipelines load from ``NAME.joblib``.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import os
import re
from collections import Counter
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


#: scikit-learn's default token pattern: words of two or more word characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def _l2(values: np.ndarray) -> np.ndarray:
    """A row scaled to unit length, summing squares in order as scikit-learn does."""
    total = 0.0
    for v in values.tolist():
        total += v * v
    if total != 0.0:
        values /= math.sqrt(total)
    return values


def _dot(left: dict[int, float], right: dict[int, float]) -> float:
    """Two sparse rows' dot product, summed in feature order as scikit-learn's sparse product."""
    total = 0.0
    for j in sorted(left.keys() & right.keys()):
        total += left[j] * right[j]
    return total


def tfidf_cosine(
    left: list[str], right: list[str], stop_words: frozenset[str]
) -> list[list[float]]:
    """The cosine similarity of each text in ``left`` with each in ``right`` under a TF-IDF
    (sublinear counts, smoothed idf) fitted on both lists: scikit-learn's
    ``cosine_similarity`` of ``TfidfVectorizer(stop_words=..., sublinear_tf=True)``, to the bit;
    texts with no word but stop words are like nothing (0.0), where scikit-learn would raise."""
    docs = [[w for w in _TOKEN.findall(t.lower()) if w not in stop_words] for t in left + right]
    terms = sorted({w for words in docs for w in words})
    if not terms:
        return [[0.0] * len(right) for _ in left]
    index = {term: i for i, term in enumerate(terms)}
    counted = [Counter(index[w] for w in words) for words in docs]
    frequency = np.zeros(len(terms))
    for counts in counted:
        frequency[list(counts)] += 1
    idf = np.log((len(docs) + 1) / (frequency + 1.0)) + 1
    rows = []
    for counts in counted:
        columns = sorted(counts)
        values = np.log(np.array([counts[j] for j in columns], dtype=np.float64)) + 1.0
        values = _l2(_l2(values * idf[columns]))  # transform, then cosine_similarity normalises
        rows.append(dict(zip(columns, values.tolist(), strict=True)))
    return [[_dot(a, b) for b in rows[len(left) :]] for a in rows[: len(left)]]


class LinearTfidfModel:
    """A fitted ``build_pipeline`` as arrays: ``predict_proba`` gives the same figures as the
    scikit-learn pipeline, operation for operation (word 1-2-grams of the lower-cased text,
    1 + log of the counts, times idf, l2-normalised, dotted with each label's coefficients in
    feature order, plus the intercept, through 1 / (1 + exp(-x)))."""

    def __init__(
        self, terms: list[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray
    ) -> None:
        self.index = {term: i for i, term in enumerate(terms)}
        self.idf = idf
        self.coef = coef
        self.intercept = intercept

    @classmethod
    def load(cls, path: Path) -> LinearTfidfModel:
        with np.load(path) as arrays:
            return cls(
                [str(t) for t in arrays["terms"]],
                arrays["idf"],
                arrays["coef"],
                arrays["intercept"],
            )

    def _features(self, text: str) -> tuple[list[int], np.ndarray]:
        """One text's TF-IDF row: the feature indices in order and their l2-normalised values."""
        words = _TOKEN.findall(text.lower())
        counts: dict[int, int] = {}
        for gram in [*words, *(" ".join(pair) for pair in itertools.pairwise(words))]:
            j = self.index.get(gram)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        columns = sorted(counts)
        values = np.log(np.array([counts[j] for j in columns], dtype=np.float64)) + 1.0
        return columns, _l2(values * self.idf[columns])

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.intercept)))
        for row, text in enumerate(texts):
            columns, values = self._features(text)
            weights = self.coef[:, columns].tolist()
            for label, (w, b) in enumerate(zip(weights, self.intercept.tolist(), strict=True)):
                score = 0.0
                for value, weight in zip(values.tolist(), w, strict=True):
                    score += value * weight
                out[row, label] = 1.0 / (1.0 + math.exp(-(score + b)))
        return out


def linear_arrays(pipeline: Any) -> dict[str, np.ndarray] | None:
    """The arrays of a fitted ``build_pipeline`` (None for any other kind of pipeline)."""
    steps = getattr(pipeline, "named_steps", {})
    tfidf, clf = steps.get("tfidf"), steps.get("clf")
    estimators = getattr(clf, "estimators_", None)
    if tfidf is None or not getattr(clf, "multilabel_", False) or estimators is None:
        return None
    if not all(hasattr(e, "coef_") for e in estimators):
        return None
    terms = sorted(tfidf.vocabulary_, key=tfidf.vocabulary_.get)
    return {
        "terms": np.array(terms),
        "idf": np.asarray(tfidf.idf_, dtype=np.float64),
        "coef": np.vstack([e.coef_[0] for e in estimators]),
        "intercept": np.array([float(e.intercept_[0]) for e in estimators]),
    }


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
    """A trained classifier with its ``NAME.json`` metadata: ``NAME.npz`` where it was saved
    as arrays (no scikit-learn import), else ``NAME.joblib``."""
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
    arrays = path.with_suffix(".npz")
    if arrays.is_file():
        return TextClassifier(LinearTfidfModel.load(arrays), list(meta["classes"]), meta)
    import joblib

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
    the checkout ``root`` and its hash, library version) into the package, and ``NAME.npz``
    when the pipeline is a ``build_pipeline``; return the metadata. Several training files give
    lists of paths and hashes."""
    import hashlib

    import joblib
    import sklearn

    folder = packaged_models_dir()
    joblib.dump(pipeline, folder / f"{name}.joblib", compress=3)
    arrays = linear_arrays(pipeline)
    if arrays is not None:
        np.savez_compressed(
            folder / f"{name}.npz",
            terms=arrays["terms"],
            idf=arrays["idf"],
            coef=arrays["coef"],
            intercept=arrays["intercept"],
        )
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
