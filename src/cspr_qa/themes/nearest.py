"""Which themes a draft raises, how many published reviews share each, and the nearest
published reviews, so a reviewer can cite national learning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..datafiles import DataFiles
from ..ingest import load_document
from ..ingest.model import BlockKind
from . import document_theme_table
from .index import CorpusIndex
from .tagger import ThemeTagger, document_themes, taxonomy


def recurrent_themes(draft: Path, db: str | Path | None, nearest: int = 5) -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    document = load_document(draft)
    texts = [
        b.text
        for b in document.body_blocks()
        if b.kind is not BlockKind.HEADING and len(b.text.split()) >= 5
    ]
    draft_themes = document_themes(ThemeTagger().tag(texts))
    index = CorpusIndex(db)
    try:
        docs = index.documents()
        table = document_theme_table(index)
        bodies = {
            d["id"]: " ".join(t for _, doc_id, t in index.paragraphs(False) if doc_id == d["id"])
            for d in docs
        }
    finally:
        index.close()
    similarity: dict[int, float] = {}
    if docs:
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        matrix = vectorizer.fit_transform([bodies[d["id"]] for d in docs])
        scores = cosine_similarity(vectorizer.transform([" ".join(texts)]), matrix).ravel()
        similarity = {d["id"]: float(s) for d, s in zip(docs, scores, strict=True)}
    by_id = {d["id"]: d for d in docs}

    def describe(doc_id: int) -> dict[str, Any]:
        d = by_id[doc_id]
        return {
            "title": d["title"],
            "partnership": d["partnership"],
            "year": d["year"],
            "path": d["path"],
            "similarity": round(similarity.get(doc_id, 0.0), 3),
        }

    names = taxonomy(DataFiles())
    themes = []
    for theme, paragraphs in sorted(draft_themes.items(), key=lambda kv: -kv[1]):
        sharing = [doc_id for doc_id, found in table.items() if theme in found]
        closest = sorted(sharing, key=lambda i: -similarity.get(i, 0.0))[:3]
        themes.append(
            {
                "theme": theme,
                "name": names.get(theme, theme),
                "draft_paragraphs": paragraphs,
                "reviews_sharing": len(sharing),
                "share": round(len(sharing) / len(docs), 3) if docs else 0.0,
                "nearest": [describe(i) for i in closest],
            }
        )
    ranked = sorted(similarity, key=lambda i: -similarity[i])[:nearest]
    return {
        "draft": str(draft),
        "corpus_documents": len(docs),
        "themes": themes,
        "nearest_reviews": [describe(i) for i in ranked],
    }
