"""The shared NLP service: one spaCy pipeline per process, one parse per document.

The pipeline is loaded from installed package data only (never downloaded). A small
component marks block boundaries (blank lines in ``Document.text``) as sentence starts, so no
sentence runs from one paragraph, cell or comment into the next.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, cast

from . import config
from .errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

BOUNDARY_COMPONENT = "cspr_block_boundaries"


def _register_components() -> None:
    from spacy.language import Language

    if BOUNDARY_COMPONENT in Language.factories:
        return

    @Language.component(BOUNDARY_COMPONENT)
    def block_boundaries(doc: Doc) -> Doc:
        """Start a sentence after every blank line (the separator between blocks): after each
        white-space token holding one, found from where the text has them. No sentence starts
        straight after a word ("There | was also good practice"): only after punctuation, a
        symbol or a line break (a token of its own)."""
        import numpy as np
        from spacy.attrs import IDX, IS_ALPHA, SENT_START
        from thinc.types import Ints2d

        offsets = doc.to_array(IDX)
        # set at once (token by token is slow), as spaCy stores them: 1 starts, -1 does not
        starts = doc.to_array(SENT_START).view(np.int64)
        starts[1:][doc.to_array(IS_ALPHA)[:-1] == 1] = -1
        for blank in re.finditer(r"(?=\n\n)", doc.text):
            i = int(np.searchsorted(offsets, blank.start(), side="right")) - 1
            token = doc[i]
            if i < len(doc) - 1 and token.is_space and "\n\n" in token.text:
                starts[i + 1] = 1
        doc.from_array([SENT_START], cast(Ints2d, starts.view(np.uint64).reshape(-1, 1)))
        return doc


@functools.cache
def get_nlp() -> Language:
    """Load the configured spaCy pipeline once per process."""
    import spacy

    name = config.spacy_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise InputError(
            f"spaCy model {name!r}",
            "is not installed",
            f"Run 'make demo' to install the locked set, or set {config.MODEL_ENV} to an installed "
            "pipeline",
        ) from exc
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(BOUNDARY_COMPONENT, before="parser")
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp


@functools.cache
def english_words() -> frozenset[str]:
    """The words the pipeline's lemmatizer knows as English nouns, verbs, adjectives and
    adverbs (its WordNet index), in lower case."""
    nlp = get_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(word for words in index.values() for word in words)


def block_sentences(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences of one block of a parsed document text (blocks start sentences)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [s for s in span.sents if s.text.strip()]  # type: ignore[attr-defined]


def parse(text: str) -> Doc:
    """Run the shared pipeline over a text (callers cache the result per document)."""
    return get_nlp()(text)


def _shared_nlp_engine() -> Any:
    """A presidio spaCy engine whose pipeline is the shared one (presidio loads no model)."""
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class SharedSpacyNlpEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": get_nlp()}  # type: ignore[assignment]

    engine = SharedSpacyNlpEngine(models=[{"lang_code": "en", "model_name": "shared"}])
    engine.load()
    return engine


def _offline_tldextract() -> None:
    """Make tldextract (used by presidio's e-mail recognizer) use its bundled suffix list
    and never fetch one over the network or write a cache."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )


def analyzer_with(registry: Any) -> Any:
    """A presidio ``AnalyzerEngine`` with ``registry`` on the shared pipeline; it never
    loads another model and never fetches anything."""
    from presidio_analyzer import AnalyzerEngine

    from .adapters.presidio import context_enhancer

    _offline_tldextract()
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=_shared_nlp_engine(),
        supported_languages=["en"],
        context_aware_enhancer=context_enhancer(),
    )


@functools.cache
def presidio_analyzer() -> Any:
    """Vanilla presidio: its default recognizers, on the shared pipeline (the baseline)."""
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    return analyzer_with(registry)
