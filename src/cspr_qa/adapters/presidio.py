"""Presidio 2.2: analyse an already-parsed spaCy ``Doc`` instead of parsing the text again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


def nlp_artifacts(engine: Any, doc: Doc, language: str = "en") -> Any:
    """Presidio's NLP artifacts for ``doc`` (private ``SpacyNlpEngine._doc_to_nlp_artifact``),
    so one spaCy pass serves the analyser and every check."""
    return engine.nlp_engine._doc_to_nlp_artifact(doc, language)
