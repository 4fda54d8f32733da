"""Learned themes: TF-IDF over analysis/findings/learning paragraphs and NMF, in the style of
a scikit-learn estimator (fit/transform, fixed random_state, deterministic output). With
``n_themes="auto"`` the number of themes is chosen by NPMI coherence over a range."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from ..datafiles import DataFiles

FORMAT_VERSION = 1


def domain_stop_words(files: DataFiles) -> frozenset[str]:
    """English stop words and the review vocabulary every review shares (data/themes)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | frozenset(files.load("themes/stopwords.toml")["words"])


def npmi_coherence(top_terms: list[list[int]], binary: Any) -> float:
    """Mean normalised PMI of each theme's top-term pairs, from paragraph co-occurrence."""
    scores = [s for terms in top_terms for s in _pair_npmi(terms, binary)]
    return float(np.mean(scores)) if scores else -1.0


def topic_npmi(terms: list[int], binary: Any) -> float:
    """One theme's coherence: the mean NPMI of its top-term pairs (-1 to 1)."""
    scores = _pair_npmi(terms, binary)
    return float(np.mean(scores)) if scores else -1.0


def _pair_npmi(terms: list[int], binary: Any) -> list[float]:
    n = binary.shape[0]
    doc_freq = np.asarray(binary.sum(axis=0)).ravel()
    scores = []
    columns = binary[:, terms]
    co = (columns.T @ columns).toarray()
    for a in range(len(terms)):
        for b in range(a + 1, len(terms)):
            joint = co[a, b] / n
            pa, pb = doc_freq[terms[a]] / n, doc_freq[terms[b]] / n
            if joint <= 0 or pa <= 0 or pb <= 0:
                scores.append(-1.0)
                continue
            pmi = math.log(joint / (pa * pb))
            scores.append(pmi / -math.log(joint) if joint < 1 else 1.0)
    return scores


@dataclass
class ThemeModel:
    """Topics learned from a corpus of paragraphs."""

    n_themes: int | str = "auto"
    k_range: tuple[int, int] = (4, 12)
    random_state: int = 0
    top_n: int = 10
    vectorizer_: Any = None
    nmf_: Any = None
    terms_: list[str] = field(default_factory=list)
    coherence_: dict[int, float] = field(default_factory=dict)

    def _vectorizer(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            stop_words=sorted(domain_stop_words(DataFiles())),
            min_df=2,
            max_df=0.5,
            sublinear_tf=True,
            token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]{2,}\b",
            max_features=20_000,
        )

    def _nmf(self, k: int, matrix: Any) -> Any:
        from sklearn.decomposition import NMF

        return NMF(
            n_components=k, init="nndsvda", random_state=self.random_state, max_iter=400
        ).fit(matrix)

    def fit(self, paragraphs: list[str]) -> ThemeModel:
        self.vectorizer_ = self._vectorizer()
        matrix = self.vectorizer_.fit_transform(paragraphs)
        self.terms_ = list(self.vectorizer_.get_feature_names_out())
        if self.n_themes == "auto":
            binary = (matrix > 0).astype(np.float64).tocsc()
            best = None
            low, high = self.k_range
            for k in range(low, min(high, matrix.shape[0] - 1) + 1):
                nmf = self._nmf(k, matrix)
                top = [list(np.argsort(row)[::-1][: self.top_n]) for row in nmf.components_]
                self.coherence_[k] = round(npmi_coherence(top, binary), 4)
                if best is None or self.coherence_[k] > self.coherence_[best[0]]:
                    best = (k, nmf)
            assert best is not None
            self.nmf_ = best[1]
        else:
            self.nmf_ = self._nmf(int(self.n_themes), matrix)
        return self

    def transform(self, paragraphs: list[str]) -> np.ndarray:
        weights: np.ndarray = self.nmf_.transform(self.vectorizer_.transform(paragraphs))
        return weights

    @property
    def k(self) -> int:
        return int(self.nmf_.n_components)

    def top_terms(self, n: int | None = None) -> list[list[str]]:
        n = n or self.top_n
        return [
            [self.terms_[i] for i in np.argsort(row)[::-1][:n]] for row in self.nmf_.components_
        ]

    def coherence(self, paragraphs: list[str]) -> list[float]:
        """Each learned theme's NPMI coherence on ``paragraphs`` (its top terms' co-occurrence)."""
        binary = (self.vectorizer_.transform(paragraphs) > 0).astype(np.float64).tocsc()
        top = [list(np.argsort(row)[::-1][: self.top_n]) for row in self.nmf_.components_]
        return [round(topic_npmi(terms, binary), 3) for terms in top]

    def labels(self) -> list[str]:
        return [" / ".join(terms[:3]) for terms in self.top_terms()]

    def representative(self, paragraphs: list[str], n: int = 3) -> list[list[int]]:
        """Indices of the paragraphs that weigh most on each theme."""
        weights = self.transform(paragraphs)
        return [list(np.argsort(weights[:, t])[::-1][:n]) for t in range(self.k)]

    def save(self, path: str | Path) -> None:
        import joblib

        path = Path(path)
        joblib.dump({"vectorizer": self.vectorizer_, "nmf": self.nmf_}, path)
        meta = {
            "format_version": FORMAT_VERSION,
            "cspr_qa": __version__,
            "k": self.k,
            "vocabulary_size": len(self.terms_),
            "random_state": self.random_state,
            "coherence": self.coherence_,
            "labels": self.labels(),
            "top_terms": self.top_terms(),
        }
        path.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")

    @classmethod
    def load(cls, path: str | Path) -> ThemeModel:
        import joblib

        path = Path(path)
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{path}: saved by an incompatible version of cspr-qa")
        parts = joblib.load(path)
        model = cls(n_themes=meta["k"], random_state=meta["random_state"])
        model.vectorizer_, model.nmf_ = parts["vectorizer"], parts["nmf"]
        model.terms_ = list(model.vectorizer_.get_feature_names_out())
        model.coherence_ = {int(k): v for k, v in meta["coherence"].items()}
        return model
