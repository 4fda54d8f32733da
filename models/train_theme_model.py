"""Rebuild cspr_qa/data/models/themes_tagger.joblib: the paragraph classifier for the fixed theme
taxonomy, trained on paragraphs written blind to the code by eight writers (corpora/blind/themes/
train-*.jsonl, six writers, and the round-6 and round-7 writers' dev-6.jsonl and dev-7.jsonl;
never the round-1 dev or sealed parts, dev-4 or dev-5), with calibrated probabilities and
per-theme thresholds chosen by cross-validation on the training paragraphs alone.

The tagger's score is the classifier's calibrated probability and the seed lexicon's score
weighed 0.7 to 0.3 (cspr_qa.themes.tagger.combined_scores). Each theme's threshold maximises
F-beta over that score's out-of-fold values, the folds being the writers: each writer's
paragraphs are scored by a model trained on the other writers' only, as the tagger will meet
prose by writers it never saw. Beta is 1.5, recall first: writers differ in how readily they tag
a theme, and with F1 a held-out writer who tags more readily than the others lost most of a
theme's paragraphs (on ties the lowest threshold wins too).

The honest figures are nested leave-one-writer-out over ten writers, the eight and the writers
of rounds 4 and 5 (dev-4.jsonl and dev-5.jsonl, measured only): each writer's paragraphs are
tagged by a model trained on the other nine with thresholds chosen on those nine alone (each
scored by a model trained on the other eight). The pooled micro F1 and recall of those held-out
tags, and each writer's micro F1, are saved as ``held_out_writers``.

Which writers train the model was measured on the parts no candidate trained on (tuning figures):
with rounds 6 and 7 added to the six, round 1's dev part read 0.791 against 0.786 (the child's
daily life recall 0.82 against 0.71), dev-4 0.712 against 0.709 (daily life 0.74 against 0.61) and
dev-5 0.812 against 0.813; round 7 alone added read dev-4 worse (0.701). Earlier: dev-4 as a
training writer read round 1's dev part no better and the sample corpus's reviews worse (the
round-4 writer tags more readily than the six), and dev-5 (labelling strictly) no better either;
both stay held-out measures.

Choices measured this way (pooled held-out micro F1 over the seven writers; the round-1 dev part
from a final model trained on all seven): weights 0.5 / 0.6 / 0.7 / 0.8 / 1.0 gave 0.734 / 0.748 /
0.750 / 0.745 / 0.741 (dev 0.770 / 0.786 / 0.787 / 0.782 / 0.786). Kept out: character 3-5-grams
beside the words (0.752 at weight 0.7, dev 0.776, four times the fitting time; averaged with the
words-only model, 0.757, dev 0.779), C 8 (0.747 at 0.7) and 2 (0.723 at 0.5), uncalibrated
probabilities (0.743 at 0.7 with C 8), scores max-pooled over a paragraph's sentences (0.703) or
averaged with the paragraph's (0.721), a stacked regression over all themes' probabilities and cues
(0.754, dev 0.783), beta 1.25 (0.759 but recall 0.45 on dev-4's critical thinking) or 2 (0.698),
thresholds shrunk towards the themes' shared F-beta curve, and tagging a paragraph's best theme
when it has none.

Run: .venv/bin/python models/train_theme_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.datafiles import DataFiles
from cspr_qa.textmodel import save_classifier
from cspr_qa.themes.tagger import MODEL_NAME, combined_scores, taxonomy

#: The classifier's share of the score (the lexicon has the rest).
WEIGHT = 0.7

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent / "corpora" / "blind" / "themes"
DATA = [*sorted(BLIND.glob("train-*.jsonl")), BLIND / "dev-6.jsonl", BLIND / "dev-7.jsonl"]
#: Writers who are only held out, to measure: never in the shipped model's training.
MEASURED = [BLIND / "dev-4.jsonl", BLIND / "dev-5.jsonl"]
WRITERS = [*DATA, *MEASURED]
RANDOM_STATE = 0
#: F-beta's beta for the thresholds (above 1: recall weighs more than precision).
BETA = 1.5
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
THEMES = list(taxonomy(DataFiles()))


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


class WriterFolds:
    """The paragraphs of every writer, and the tagger's scores for held-out writers' paragraphs
    from models trained on the other writers (each model fitted once)."""

    def __init__(self, rows: list[dict[str, Any]], groups: list[int]) -> None:
        self.texts = [r["text"] for r in rows]
        self.groups = np.array(groups)
        self.y = MultiLabelBinarizer(classes=THEMES).fit_transform([r["themes"] for r in rows]) > 0
        self.fitted: dict[frozenset[int], dict[int, np.ndarray]] = {}

    def labels(self, writer: int) -> np.ndarray:
        return np.asarray(self.y[self.groups == writer])

    def pipeline(self, without: set[int]) -> Any:
        """The classifier trained on every writer's paragraphs but those ``without``."""
        keep = ~np.isin(self.groups, list(without))
        texts = [t for t, k in zip(self.texts, keep, strict=True) if k]
        return build_pipeline().fit(texts, self.y[keep].astype(int))

    def scores(self, writer: int, without: set[int]) -> np.ndarray:
        """``writer``'s scores from the model trained without ``writer`` and ``without``."""
        held_out = frozenset({writer, *without})
        if held_out not in self.fitted:
            pipeline = self.pipeline(set(held_out))
            self.fitted[held_out] = {}
            for w in sorted(held_out):
                own = [t for t, g in zip(self.texts, self.groups, strict=True) if g == w]
                probabilities = pipeline.predict_proba(own)
                self.fitted[held_out][w] = combined_scores(
                    probabilities, own, THEMES, DataFiles(), WEIGHT
                )
        return self.fitted[held_out][writer]


def fbeta(tp: int, fp: int, fn: int, beta: float) -> float:
    b2 = beta * beta
    denominator = (1 + b2) * tp + b2 * fn + fp
    return (1 + b2) * tp / denominator if denominator else 0.0


def choose_threshold(scores: np.ndarray, truth: np.ndarray) -> float:
    """The threshold with the best out-of-fold F-beta (the lowest on ties: recall first)."""
    best: tuple[float, float] = (-1.0, 0.5)
    for threshold in THRESHOLDS:
        got = scores >= threshold
        tp, fp, fn = int((got & truth).sum()), int((got & ~truth).sum()), int((~got & truth).sum())
        value = fbeta(tp, fp, fn, BETA)
        if value > best[0] + 1e-12:
            best = (value, float(threshold))
    return best[1]


def thresholds_for(scores: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Each theme's threshold (columns in taxonomy order)."""
    return np.array([choose_threshold(scores[:, j], y[:, j]) for j in range(len(THEMES))])


def figures(tagged: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Micro F1 of tags against labels and each theme's precision, recall and support."""
    tp, fp, fn = (tagged & y).sum(0), (tagged & ~y).sum(0), (~tagged & y).sum(0)
    micro = 2 * tp.sum() / (2 * tp.sum() + fp.sum() + fn.sum())
    per_theme = {
        theme: {
            "precision": round(float(tp[j] / (tp[j] + fp[j])), 3) if tp[j] + fp[j] else 0.0,
            "recall": round(float(tp[j] / (tp[j] + fn[j])), 3) if tp[j] + fn[j] else 0.0,
            "support": int(y[:, j].sum()),
        }
        for j, theme in enumerate(THEMES)
    }
    return {"micro_f1": round(float(micro), 4), "per_theme": per_theme}


def nested_figures(folds: WriterFolds) -> dict[str, Any]:
    """Each writer tagged by a model and thresholds that never saw that writer (the
    thresholds from the other writers' scores by models that saw neither)."""
    writers = list(range(len(WRITERS)))
    tagged, per_writer = [], {}
    for w in writers:
        others = [v for v in writers if v != w]
        chosen = thresholds_for(
            np.vstack([folds.scores(v, {w}) for v in others]),
            np.vstack([folds.labels(v) for v in others]),
        )
        tagged.append(folds.scores(w, set()) >= chosen)
        per_writer[WRITERS[w].name] = figures(tagged[-1], folds.labels(w))["micro_f1"]
    out = figures(np.vstack(tagged), np.vstack([folds.labels(w) for w in writers]))
    return {**out, "micro_f1_by_writer": per_writer}


def main() -> int:
    rows, groups = read_rows(WRITERS)
    folds = WriterFolds(rows, groups)
    training = list(range(len(DATA)))
    measured = set(range(len(DATA), len(WRITERS)))
    scores = np.vstack([folds.scores(w, measured) for w in training])
    y = np.vstack([folds.labels(w) for w in training])
    chosen = thresholds_for(scores, y)
    pipeline = folds.pipeline(measured)
    extra = {
        "n_paragraphs": len(y),
        "random_state": RANDOM_STATE,
        "calibration": "sigmoid (Platt) on 3 internal folds' held-out scores",
        "classifier_weight": WEIGHT,
        "threshold_rule": f"max out-of-fold F{BETA:g}, one fold per training writer",
        "thresholds": {t: float(v) for t, v in zip(THEMES, chosen, strict=True)},
        "cross_validated_across_writers": figures(scores >= chosen, y)["per_theme"],
        "held_out_writers": {
            "writers": [p.relative_to(HERE.parent).as_posix() for p in WRITERS],
            **nested_figures(folds),
        },
    }
    meta = save_classifier(MODEL_NAME, pipeline, THEMES, DATA, extra, HERE.parent)
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
