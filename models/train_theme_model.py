"""Rebuild cspr_qa/data/models/themes_tagger.joblib: the paragraph classifier for the fixed theme
taxonomy, trained on corpora/generated/themes/train.jsonl (the *train* sentence pools; the labelled
evaluation set is built from separate pools).

Run: .venv/bin/python models/train_theme_model.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sklearn.preprocessing import MultiLabelBinarizer

from cspr_qa.datafiles import DataFiles
from cspr_qa.textmodel import build_pipeline, save_classifier
from cspr_qa.themes.tagger import MODEL_NAME, taxonomy

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "corpora" / "generated" / "themes" / "train.jsonl"


def main() -> int:
    raw = DATA.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    themes = list(taxonomy(DataFiles()))
    y = MultiLabelBinarizer(classes=themes).fit_transform([r["themes"] for r in rows])
    pipeline = build_pipeline(random_state=0).fit([r["text"] for r in rows], y)
    meta = save_classifier(
        MODEL_NAME, pipeline, themes, DATA, {"n_paragraphs": len(rows)}, HERE.parent
    )
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
