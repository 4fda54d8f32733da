"""The lean pass computes what the libraries it replaces compute, to the bit: the content
classifier's arrays against its scikit-learn pipeline, the TF-IDF similarity against
scikit-learn's, the reading scores against textstat's, and the context enhancer's token look-up
against presidio's walk."""

from __future__ import annotations

import json
import random
from pathlib import Path

import joblib
import numpy as np
import pytest
import textstat
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from cspr_qa.adapters.presidio import match_token_index
from cspr_qa.elements.readability import reading_scores
from cspr_qa.ingest import load_document
from cspr_qa.nlp import parse
from cspr_qa.profile import load_profile
from cspr_qa.smart.score import Criteria
from cspr_qa.textmodel import LinearTfidfModel, linear_arrays, packaged_models_dir, tfidf_cosine

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS = ROOT / "corpora" / "generated" / "elements" / "paragraphs.jsonl"
ODD = [
    "",
    "a",
    "The the THE",
    "Don't won't it's 'quoted' rock'n'roll, the child's view. " * 12,
    "Ünïcödé façade naïve café: the review's façade. " * 20,
    "x " * 100,
    "... !!! ? " * 30,
]


def _paragraphs() -> list[str]:
    rows = [json.loads(line) for line in PARAGRAPHS.read_text("utf-8").splitlines() if line]
    return [r["text"] for r in rows] + ODD


def _sample_blocks(sample_docx: Path, sample_md: Path) -> list[str]:
    return [b.text for path in (sample_docx, sample_md) for b in load_document(path).blocks]


def test_content_arrays_give_the_pipeline_figures_exactly() -> None:
    folder = packaged_models_dir()
    pipeline = joblib.load(folder / "content_elements.joblib")
    texts = _paragraphs()
    ours = LinearTfidfModel.load(folder / "content_elements.npz").predict_proba(texts)
    assert np.array_equal(ours, pipeline.predict_proba(texts))


def test_shipped_arrays_are_the_shipped_pipeline() -> None:
    folder = packaged_models_dir()
    arrays = linear_arrays(joblib.load(folder / "content_elements.joblib"))
    assert arrays is not None
    with np.load(folder / "content_elements.npz") as shipped:
        assert all(np.array_equal(shipped[key], value) for key, value in arrays.items())


def test_theme_tagger_is_not_taken_for_a_linear_pipeline() -> None:
    assert linear_arrays(joblib.load(packaged_models_dir() / "themes_tagger.joblib")) is None


def test_stop_words_are_scikit_learns() -> None:
    assert Criteria.of(load_profile().files).stop_words == ENGLISH_STOP_WORDS


def test_similarity_is_scikit_learns_exactly(sample_docx: Path, sample_md: Path) -> None:
    blocks = [b for b in _sample_blocks(sample_docx, sample_md) if len(b.split()) > 3]
    stop = Criteria.of(load_profile().files).stop_words
    rng = random.Random(0)
    for _ in range(20):
        left = rng.sample(blocks, rng.randint(1, 10))
        right = rng.sample(blocks, rng.randint(1, 30))
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(left + right)
        expected = cosine_similarity(vectorizer.transform(left), vectorizer.transform(right))
        assert np.array_equal(np.array(tfidf_cosine(left, right, stop)), expected)


def test_texts_of_stop_words_only_are_like_nothing() -> None:
    # scikit-learn raises on an empty vocabulary; a recommendation read as "6.1" must not
    # stop the whole check (round 9's V03), so every pair scores 0.0
    assert tfidf_cosine(["the and of", "6.1"], ["it is"], ENGLISH_STOP_WORDS) == [[0.0], [0.0]]


def test_reading_scores_are_textstats(sample_docx: Path, sample_md: Path) -> None:
    texts = [load_document(p).body_text for p in (sample_docx, sample_md)]
    paragraphs = _paragraphs()
    texts += [" ".join(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4)]
    texts += _sample_blocks(sample_docx, sample_md)
    scored = 0
    for text in texts:
        ours = reading_scores(text)
        if ours is None:
            continue
        scored += 1
        assert ours == (textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text))
    assert scored > 50


def test_token_lookup_is_presidios(sample_md: Path) -> None:
    doc = parse(load_document(sample_md).text[:4000])
    indices = [t.idx for t in doc]
    walk = LemmaContextAwareEnhancer._find_index_of_match_token
    for start in range(len(doc.text)):
        assert match_token_index(start, doc, indices) == walk("w", start, doc, indices)
    with pytest.raises(ValueError):
        match_token_index(len(doc.text) + 5, doc, indices)
