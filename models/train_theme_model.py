"""Rebuild cspr_qa/data/models/themes_tagger.joblib: the paragraph classifier for the fixed theme
taxonomy, trained on paragraphs written blind to the code (corpora/blind/themes/train-*.jsonl,
six writers; never the dev or sealed parts), with calibrated probabilities and per-theme
thresholds chosen by cross-validation on the training paragraphs alone.

The tagger's score is the mean of the calibrated probability and the seed lexicon's score
(cspr_qa.themes.tagger.combined_scores). Each theme's threshold maximises F-beta over that
score's out-of-fold values, the folds being the writers: each writer's paragraphs are scored by
a model trained on the other writers' only, as the tagger will meet prose by writers it never
saw. Beta is 1.5, recall first: writers differ in how readily they tag a theme, and with F1 a
held-out writer who tags more readily than the others lost most of a theme's paragraphs (on
ties the lowest threshold wins too).

Run: .venv/bin/python models/train_theme_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.datafiles import DataFiles
from cspr_qa.textmodel import save_classifier
from cspr_qa.themes.tagger import MODEL_NAME, combined_scores, taxonomy

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent / "corpora" / "blind" / "themes"
DATA = sorted(BLIND.glob("train-*.jsonl"))
RANDOM_STATE = 0
#: F-beta's beta for the thresholds (above 1: recall weighs more than precision).
BETA = 1.5
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)


def build_pipeline() -> Any:
    """TF-IDF over word 1-2-grams seen at least twice and, per theme, a balanced logistic
    regression whose probabilities are calibrated (Platt scaling fitted on 3 internal folds'
    held-out scores, then one regression on all the paragraphs)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline

    base = LogisticRegression(
        C=32.0, class_weight="balanced", solver="liblinear", dual=True, random_state=RANDOM_STATE
    )
    return Pipeline(
        [
            ("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)),
            (
                "clf",
                OneVsRestClassifier(
                    CalibratedClassifierCV(base, method="sigmoid", cv=3, ensemble=False)
                ),
            ),
        ]
    )


def read_rows(paths: list[Path]) -> tuple[list[dict[str, Any]], list[int]]:
    """The paragraphs of every file, and the file (writer) each came from."""
    rows, groups = [], []
    for number, path in enumerate(paths):
        lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
        rows.extend(json.loads(line) for line in lines)
        groups.extend([number] * len(lines))
    return rows, groups


def out_of_fold_scores(
    texts: list[str], y: np.ndarray, groups: list[int], themes: list[str]
) -> np.ndarray:
    """The tagger's score for each training paragraph from a model trained on the other
    writers' paragraphs only."""
    probabilities = cross_val_predict(
        build_pipeline(),
        texts,
        y,
        cv=GroupKFold(len(set(groups))),
        groups=groups,
        method="predict_proba",
    )
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
    rows, groups = read_rows(DATA)
    texts = [r["text"] for r in rows]
    themes = list(taxonomy(DataFiles()))
    y = MultiLabelBinarizer(classes=themes).fit_transform([r["themes"] for r in rows])
    scores = out_of_fold_scores(texts, y, groups, themes)
    thresholds, cross_validated = {}, {}
    for j, theme in enumerate(themes):
        thresholds[theme], cross_validated[theme] = choose_threshold(
            scores[:, j], y[:, j].astype(bool)
        )
    pipeline = build_pipeline().fit(texts, y)
    extra = {
        "n_paragraphs": len(rows),
        "random_state": RANDOM_STATE,
        "calibration": "sigmoid (Platt) on 3 internal folds' held-out scores",
        "threshold_rule": f"max out-of-fold F{BETA:g}, one fold per training writer",
        "thresholds": thresholds,
        "cross_validated_across_writers": cross_validated,
    }
    meta = save_classifier(MODEL_NAME, pipeline, themes, DATA, extra, HERE.parent)
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
