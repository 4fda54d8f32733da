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

from ..datafiles import DataFiles
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
    "document_tag_counts",
    "document_themes",
    "fit",
    "learned_vs_taxonomy",
    "model_path",
    "recurrent",
    "report",
    "review_evidence",
    "review_tags",
    "tag",
    "taxonomy",
    "topic_map",
]


#: A published review carries a theme when at least this many of its paragraphs do (on the
#: generated sample corpus, with the tagger trained on eight blind writers: 1 paragraph gave
#: review-level precision 0.41, 2 gave 0.58 and 3 gave 0.79, recall 1.00, 0.995 and 0.98; its
#: reviews hold three paragraphs a theme by construction, so 3 would fit the generator, not
#: reviews).
DOCUMENT_MIN_PARAGRAPHS = 2
#: Fewer analysis paragraphs than this cannot support learned themes.
MIN_FIT_PARAGRAPHS = 20
#: A learned theme is named after a taxonomy theme that at least this share of its most
#: representative paragraphs carry.
MATCH_SHARE = 0.5


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


def _tag_corpus(index: CorpusIndex) -> None:
    """Tag every analysis paragraph of the index with the taxonomy, keeping the scores."""
    rows = index.paragraphs()
    found = ThemeTagger().tag_scored([text for _, _, text in rows])
    index.set_tags({pid: f for (pid, _, _), f in zip(rows, found, strict=True)})


def tag(db: str | Path | None = None) -> dict[str, int]:
    """Tag every analysis paragraph with the taxonomy; returns documents per theme."""
    index = CorpusIndex(db)
    try:
        _tag_corpus(index)
        counts: dict[str, int] = dict.fromkeys(taxonomy(DataFiles()), 0)
        for found in document_theme_table(index).values():
            for theme in found:
                counts[theme] += 1
        return counts
    finally:
        index.close()


def review_tags(db: str | Path | None = None) -> list[dict[str, Any]]:
    """Each review's themes with the evidence behind each (see :func:`review_evidence`)."""
    index = CorpusIndex(db)
    try:
        return review_evidence(index)
    finally:
        index.close()


def review_evidence(index: CorpusIndex) -> list[dict[str, Any]]:
    """Each review's themes with the evidence behind each: how many of its paragraphs carry
    the theme and the quoted paragraph that carries it most surely."""
    table = document_theme_table(index)
    evidence = index.evidence()
    names = taxonomy(DataFiles())
    out = []
    for doc in index.documents():
        found = table.get(doc["id"], {})
        themes = [
            {
                "id": theme,
                "name": names.get(theme, theme),
                "paragraphs": found[theme],
                "score": round(evidence[doc["id"]][theme][0], 3),
                "quote": evidence[doc["id"]][theme][1],
            }
            for theme in names
            if theme in found
        ]
        out.append(
            {**{k: doc[k] for k in ("title", "partnership", "year", "path")}, "themes": themes}
        )
    return out


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


def _taxonomy_shares(
    top: list[int], tags: list[list[str]], base: dict[str, float]
) -> list[dict[str, Any]]:
    """The taxonomy themes most often tagged among ``top`` paragraphs: share and lift (the
    share over the theme's rate in the whole corpus)."""
    counts: dict[str, int] = {}
    for i in top:
        for theme in tags[i]:
            counts[theme] = counts.get(theme, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return [
        {"id": k, "share": round(v / len(top), 2), "lift": round(v / len(top) / base[k], 1)}
        for k, v in ranked
    ]


def topic_map(
    model: ThemeModel, paragraphs: list[str], tags: list[list[str]]
) -> list[dict[str, Any]]:
    """Each learned theme against the taxonomy: the tag shares among the paragraphs that weigh
    most on it, its coherence on these paragraphs, and a readable label (the taxonomy theme it
    matches, when at least MATCH_SHARE of them carry it and twice as often as the corpus does,
    then its top terms)."""
    names = taxonomy(DataFiles())
    weights = model.transform(paragraphs)
    base = {t: sum(t in found for found in tags) / len(tags) for t in names}
    coherence = model.coherence(paragraphs)
    out = []
    for t, terms in enumerate(model.top_terms()):
        top = [
            int(i)
            for i in weights[:, t].argsort()[::-1][: max(5, len(paragraphs) // (model.k * 2))]
        ]
        shares = _taxonomy_shares(top, tags, base)
        best = shares[0] if shares else None
        matched = (
            best["id"] if best and best["share"] >= MATCH_SHARE and best["lift"] >= 2 else None
        )
        words = ", ".join(terms[:3])
        out.append(
            {
                "label": f"{names[matched]}: {words}" if matched else f"Unmatched: {words}",
                "matched": matched,
                "coherence": coherence[t],
                "top_terms": terms,
                "taxonomy": [{**x, "name": names.get(x["id"], x["id"])} for x in shares],
                "example": paragraphs[top[0]] if top else "",
            }
        )
    return out


def report(db: str | Path | None = None, output: str | Path = "themes-report.html") -> Path:
    from .html_report import write_report

    return write_report(db, Path(output))


def recurrent(draft: str | Path, db: str | Path | None = None, nearest: int = 5) -> dict[str, Any]:
    from .nearest import recurrent_themes

    return recurrent_themes(Path(draft), db, nearest)


def document_tag_counts(index: CorpusIndex) -> dict[int, dict[str, int]]:
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
        _tag_corpus(index)
    return {
        doc_id: {t: n for t, n in counts.items() if n >= DOCUMENT_MIN_PARAGRAPHS}
        for doc_id, counts in document_tag_counts(index).items()
    }
