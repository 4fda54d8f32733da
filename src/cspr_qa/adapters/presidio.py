"""Presidio 2.2: analyse an already-parsed spaCy ``Doc`` instead of parsing the text again,
and find a result's token by bisection rather than by walking the document."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


def nlp_artifacts(engine: Any, doc: Doc, language: str = "en") -> Any:
    """Presidio's NLP artifacts for ``doc`` (private ``SpacyNlpEngine._doc_to_nlp_artifact``),
    so one spaCy pass serves the analyser and every check."""
    return engine.nlp_engine._doc_to_nlp_artifact(doc, language)


def match_token_index(start: int, tokens: Sequence[Any], indices: Sequence[int]) -> int:
    """The first token that ends after ``start`` (presidio's rule: the token at ``start`` or
    the one whose characters cover it), found by bisecting the token offsets."""
    last = bisect.bisect_right(indices, start) - 1
    if last >= 0 and indices[last] + len(tokens[last]) > start:
        return last
    if last + 1 >= len(indices):
        raise ValueError(f"no token at or after offset {start}")
    return last + 1


def context_enhancer() -> Any:
    """Presidio's lemma context enhancer, whose token look-up (a walk over every token of the
    document for each result) bisects instead; the context words it finds are the same."""
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class BisectingContextEnhancer(LemmaContextAwareEnhancer):
        @staticmethod
        def _find_index_of_match_token(
            word: str, start: int, tokens: Any, tokens_indices: list[int]
        ) -> int:
            return match_token_index(start, tokens, tokens_indices)

    return BisectingContextEnhancer()
