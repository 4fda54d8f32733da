"""Every recommendation in a document with its SMART verdicts and the finding it answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..datafiles import DataFiles
from ..elements.detect import ElementResult
from ..ingest.model import Block, BlockKind, Document
from .extract import Recommendation, RecSource, extract
from .score import Criteria, Shortfall, SmartScore, Verdict, score

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Elements whose passages are the findings a recommendation should answer.
FINDING_ELEMENTS = ("learning", "why_analysis", "multi_agency")


@dataclass
class Assessed:
    """A recommendation, its SMART verdicts and whether a finding supports it."""

    rec: Recommendation
    score: SmartScore
    relevant: Verdict


def assess(
    document: Document, doc: Doc, elements: list[ElementResult], files: DataFiles
) -> list[Assessed]:
    """Every recommendation with its verdicts; relevant when a finding passage is close."""
    criteria = Criteria.of(files)
    recs = extract(document, criteria)
    findings = finding_blocks(document, elements, recs)
    scores = similarity([r.text for r in recs], [b.text for b in findings])
    threshold = float(criteria.thresholds["relevant_similarity"])
    assessed = []
    for i, rec in enumerate(recs):
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        smart = score(span if span is not None else doc[:0], criteria, rec.columns)
        best = max(range(len(findings)), key=lambda j: scores[i][j], default=None)
        if best is not None and scores[i][best] >= threshold:
            quote = findings[best].text
            relevant = Verdict(True, f"closest finding: '{quote[:120]}'", quote)
        else:
            relevant = Verdict(
                False,
                "no finding or analysis passage in the report supports it",
                shortfall=Shortfall.NO_FINDING,
            )
        assessed.append(Assessed(rec, smart, relevant))
    return assessed


def finding_blocks(
    document: Document, elements: list[ElementResult], recs: list[Recommendation]
) -> list[Block]:
    """Paragraphs of the findings and analysis (not the recommendations themselves)."""
    rec_blocks = {r.block.index for r in recs if r.source is not RecSource.INLINE}
    indices: set[int] = set()
    for result in elements:
        if result.spec.id in FINDING_ELEMENTS:  # headed sections count even if thin
            indices.update(result.blocks)
            for section in result.sections:
                indices.update(document.sections[section].block_indices)
    return [
        document.blocks[i]
        for i in sorted(indices - rec_blocks)
        if document.blocks[i].kind is not BlockKind.HEADING
        and len(document.blocks[i].text.split()) >= 6
    ]


def similarity(left: list[str], right: list[str]) -> list[list[float]]:
    """TF-IDF cosine similarity of every text in ``left`` with every text in ``right``."""
    if not left or not right:
        return [[0.0] * len(right) for _ in left]
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(left + right)
    matrix = cosine_similarity(vectorizer.transform(left), vectorizer.transform(right))
    return [[float(v) for v in row] for row in matrix]
