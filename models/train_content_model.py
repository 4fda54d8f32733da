"""Rebuild cspr_qa/data/models/content_elements.joblib (and the same weights as arrays, .npz):
the paragraph classifier for the ten required-content elements, trained on
corpora/generated/elements/paragraphs.jsonl (the *train* sentence pools; the reports it is
measured on are built from separate pools).

Run: .venv/bin/python models/train_content_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sklearn.model_selection import cross_val_score
from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.textmodel import build_pipeline, save_classifier

MODEL_NAME = "content_elements"

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "corpora" / "generated" / "elements" / "paragraphs.jsonl"
ELEMENTS = [
    "overview",
    "methodology",
    "child_lived_experience",
    "family_views",
    "practitioner_views",
    "why_analysis",
    "multi_agency",
    "good_practice",
    "learning",
    "recommendations",
]


def main() -> int:
    raw = DATA.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    texts = [r["text"] for r in rows]
    binarizer = MultiLabelBinarizer(classes=ELEMENTS)
    y = binarizer.fit_transform([r["elements"] for r in rows])
    pipeline = build_pipeline(random_state=0)
    scores = cross_val_score(build_pipeline(random_state=0), texts, y, cv=5, scoring="f1_micro")
    pipeline.fit(texts, y)
    meta = save_classifier(
        MODEL_NAME,
        pipeline,
        ELEMENTS,
        DATA,
        {"n_paragraphs": len(rows), "cv5_micro_f1": round(float(scores.mean()), 4)},
        HERE.parent,
    )
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
