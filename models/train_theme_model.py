"""Rebuild models/themes_tagger.joblib: the paragraph classifier for the fixed theme
taxonomy, trained on corpora/themes/train.jsonl (the *train* sentence pools; the labelled
evaluation set is built from separate pools).

Run: .venv/bin/python models/train_theme_model.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import joblib
import sklearn
from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.textmodel import build_pipeline
from cspr_qa.themes.tagger import MODEL_NAME, THEMES

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "corpora" / "themes" / "train.jsonl"


def main() -> int:
    raw = DATA.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    y = MultiLabelBinarizer(classes=list(THEMES)).fit_transform([r["themes"] for r in rows])
    pipeline = build_pipeline(random_state=0).fit([r["text"] for r in rows], y)
    joblib.dump(pipeline, HERE / f"{MODEL_NAME}.joblib")
    meta = {
        "classes": list(THEMES),
        "trained_on": str(DATA.relative_to(HERE.parent)),
        "training_sha256": hashlib.sha256(raw).hexdigest(),
        "n_paragraphs": len(rows),
        "scikit_learn": sklearn.__version__,
    }
    (HERE / f"{MODEL_NAME}.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
