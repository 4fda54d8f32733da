"""Theme mining across a corpus of published reviews, as a Python API mirroring the CLI:

from cspr_qa import themes
themes.add(["reviews/"], db="corpus.sqlite")      # cspr-qa corpus add reviews/
model = themes.fit(db="corpus.sqlite")             # cspr-qa themes fit
themes.tag(db="corpus.sqlite")                     # cspr-qa themes tag
themes.report(db="corpus.sqlite", output="t.html") # cspr-qa themes report
themes.recurrent("draft.docx", db="corpus.sqlite") # cspr-qa themes recurrent draft.docx
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..errors import InputError
from .index import AddSummary, CorpusIndex
from .tagger import ThemeTagger, document_themes, taxonomy
from .topics import ThemeModel

__all__ = [
    "AddSummary",
    "CorpusIndex",
    "ThemeModel",
    "ThemeTagger",
    "add",
    "document_themes",
    "fit",
    "learned_vs_taxonomy",
    "model_path",
    "recurrent",
    "report",
    "tag",
    "taxonomy",
    "topic_map",
]


#: A published review carries a theme when at least this many of its paragraphs do (on the
#: sample corpus, 1 paragraph gave document-level precision 0.59, 2 gave 0.70, recall 1.0).
DOCUMENT_MIN_PARAGRAPHS = 2
#: Fewer analysis paragraphs than this cannot support learned themes.
MIN_FIT_PARAGRAPHS = 20


def model_path(index: CorpusIndex) -> Path:
    """Where the fitted theme model of a corpus is saved (beside its database)."""
    return index.path.with_suffix(".themes.joblib")


def add(
    paths: Iterable[str | Path],
    db: str | Path | None = None,
    *,
    workers: int = 2,
    layout: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> AddSummary:
    index = CorpusIndex(db)
    try:
        return index.add(paths, workers=workers, layout=layout, progress=progress)
    finally:
        index.close()


def fit(db: str | Path | None = None, n_themes: int | str = "auto") -> ThemeModel:
    """Learn themes from the corpus's analysis/findings/learning paragraphs and save them."""
    index = CorpusIndex(db)
    try:
        paragraphs = [text for _, _, text in index.paragraphs()]
        if len(paragraphs) < MIN_FIT_PARAGRAPHS:
            raise InputError(
                index.path,
                f"holds {len(paragraphs)} analysis paragraph(s); learning themes needs at least "
                f"{MIN_FIT_PARAGRAPHS}",
                "Add more published reviews with 'cspr-qa corpus add', then fit again",
            )
        model = ThemeModel(n_themes=n_themes).fit(paragraphs)
        model.save(model_path(index))
        return model
    finally:
        index.close()


def tag(db: str | Path | None = None) -> dict[str, int]:
    """Tag every analysis paragraph with the taxonomy; returns documents per theme."""
    index = CorpusIndex(db)
    try:
        rows = index.paragraphs()
        tagger = ThemeTagger()
        tags = tagger.tag([text for _, _, text in rows])
        index.set_tags({pid: found for (pid, _, _), found in zip(rows, tags, strict=True)})
        counts: dict[str, int] = dict.fromkeys(tagger.themes, 0)
        for found in document_theme_table(index).values():
            for theme in found:
                counts[theme] += 1
        return counts
    finally:
        index.close()


def learned_vs_taxonomy(db: str | Path | None = None) -> list[dict[str, Any]]:
    """For a corpus with a fitted model: each learned theme and the taxonomy themes it
    corresponds to (empty before 'themes fit')."""
    index = CorpusIndex(db)
    try:
        saved = model_path(index)
        if not saved.exists():
            return []
        document_theme_table(index)  # tags the corpus if needed
        rows = index.paragraphs()
        tags = index.paragraph_tags(rows)
        return topic_map(ThemeModel.load(saved), [t for _, _, t in rows], tags)
    finally:
        index.close()


def topic_map(
    model: ThemeModel, paragraphs: list[str], tags: list[list[str]]
) -> list[dict[str, Any]]:
    """Which taxonomy themes each learned theme corresponds to: the tag shares among the
    paragraphs that weigh most on it."""
    weights = model.transform(paragraphs)
    out = []
    for t, label in enumerate(model.labels()):
        top = weights[:, t].argsort()[::-1][: max(5, len(paragraphs) // (model.k * 2))]
        shares: dict[str, int] = {}
        for i in top:
            for theme in tags[i]:
                shares[theme] = shares.get(theme, 0) + 1
        ranked = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        out.append(
            {
                "theme": label,
                "top_terms": model.top_terms()[t],
                "taxonomy": [{"id": k, "share": round(v / len(top), 2)} for k, v in ranked],
                "example": paragraphs[int(top[0])] if len(top) else "",
            }
        )
    return out


def report(db: str | Path | None = None, output: str | Path = "themes-report.html") -> Path:
    from .html_report import write_report

    return write_report(db, Path(output))


def recurrent(draft: str | Path, db: str | Path | None = None, nearest: int = 5) -> dict[str, Any]:
    from .nearest import recurrent_themes

    return recurrent_themes(Path(draft), db, nearest)


def _document_tags(index: CorpusIndex) -> dict[int, dict[str, int]]:
    """Per document: theme -> number of tagged paragraphs."""
    rows = index.conn.execute(
        "SELECT p.document_id, t.theme FROM tags t JOIN paragraphs p ON p.id = t.paragraph_id"
    )
    out: dict[int, dict[str, int]] = {}
    for doc_id, theme in rows:
        out.setdefault(doc_id, {})
        out[doc_id][theme] = out[doc_id].get(theme, 0) + 1
    return out


def document_theme_table(index: CorpusIndex) -> dict[int, dict[str, int]]:
    """Each document's themes (theme -> tagged paragraphs, at least
    DOCUMENT_MIN_PARAGRAPHS), tagging the corpus first if it has no tags."""
    if not index.conn.execute("SELECT 1 FROM tags LIMIT 1").fetchone():
        rows = index.paragraphs()
        found = ThemeTagger().tag([text for _, _, text in rows])
        index.set_tags({pid: f for (pid, _, _), f in zip(rows, found, strict=True)})
    return {
        doc_id: {t: n for t, n in counts.items() if n >= DOCUMENT_MIN_PARAGRAPHS}
        for doc_id, counts in _document_tags(index).items()
    }
