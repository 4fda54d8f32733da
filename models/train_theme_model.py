"""Rebuild cspr_qa/data/models/themes_tagger.joblib: the paragraph classifier for the fixed theme
taxonomy, trained on paragraphs written blind to the code (corpora/blind/themes/train-*.jsonl;
never the dev or sealed parts), with calibrated probabilities and per-theme thresholds chosen
by cross-validation on the training paragraphs alone.

The tagger's score is the larger of the calibrated probability and the seed lexicon's score
(cspr_qa.themes.tagger.combined_scores); each theme's threshold maximises F-beta (beta > 1:
recall first) over that score's out-of-fold values.

Run: .venv/bin/python models/train_theme_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.datafiles import DataFiles
from cspr_qa.textmodel import save_classifier
from cspr_qa.themes.tagger import MODEL_NAME, combined_scores, taxonomy

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent / "corpora" / "blind" / "themes"
DATA = [BLIND / "train-1.jsonl", BLIND / "train-2.jsonl"]
RANDOM_STATE = 0
FOLDS = 5
#: F-beta with beta 2 weighs recall four times as much as precision.
BETA = 2.0
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)


def build_pipeline() -> Any:
    """TF-IDF over word 1-2-grams and, per theme, a balanced logistic regression whose
    probabilities are calibrated (Platt scaling on internal folds)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    base = LogisticRegression(
        C=8.0, class_weight="balanced", max_iter=2000, random_state=RANDOM_STATE
    )
    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            ("clf", OneVsRestClassifier(CalibratedClassifierCV(base, method="sigmoid", cv=3))),
        ]
    )


def read_rows(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for path in paths:
        lines = path.read_text("utf-8").splitlines()
        rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def out_of_fold_scores(texts: list[str], y: np.ndarray, themes: list[str]) -> np.ndarray:
    """The tagger's score for each training paragraph from a model that did not see it."""
    folds = KFold(FOLDS, shuffle=True, random_state=RANDOM_STATE)
    probabilities = cross_val_predict(build_pipeline(), texts, y, cv=folds, method="predict_proba")
    return combined_scores(np.asarray(probabilities), texts, themes, DataFiles())


def fbeta(tp: int, fp: int, fn: int, beta: float) -> float:
    b2 = beta * beta
    denominator = (1 + b2) * tp + b2 * fn + fp
    return (1 + b2) * tp / denominator if denominator else 0.0


def choose_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, dict[str, float]]:
    """The threshold with the best out-of-fold F-beta (the lowest on ties: recall first)."""
    best: tuple[float, float] = (-1.0, 0.5)
    for threshold in THRESHOLDS:
        got = scores >= threshold
        tp, fp, fn = int((got & truth).sum()), int((got & ~truth).sum()), int((~got & truth).sum())
        value = fbeta(tp, fp, fn, BETA)
        if value > best[0] + 1e-12:
            best = (value, float(threshold))
    threshold = best[1]
    got = scores >= threshold
    tp, fp, fn = int((got & truth).sum()), int((got & ~truth).sum()), int((~got & truth).sum())
    return threshold, {
        "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "support": int(truth.sum()),
    }


def main() -> int:
    rows = read_rows(DATA)
    texts = [r["text"] for r in rows]
    themes = list(taxonomy(DataFiles()))
    y = MultiLabelBinarizer(classes=themes).fit_transform([r["themes"] for r in rows])
    scores = out_of_fold_scores(texts, y, themes)
    thresholds, cross_validated = {}, {}
    for j, theme in enumerate(themes):
        thresholds[theme], cross_validated[theme] = choose_threshold(
            scores[:, j], y[:, j].astype(bool)
        )
    pipeline = build_pipeline().fit(texts, y)
    extra = {
        "n_paragraphs": len(rows),
        "random_state": RANDOM_STATE,
        "calibration": "sigmoid (Platt), 3 internal folds",
        "threshold_rule": f"max out-of-fold F{BETA:g} over {FOLDS} folds of the training data",
        "thresholds": thresholds,
        "cross_validated_on_training": cross_validated,
    }
    meta = save_classifier(MODEL_NAME, pipeline, themes, DATA, extra, HERE.parent)
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
