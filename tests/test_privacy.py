"""Nothing leaves the machine: a full check and presidio run with sockets blocked, and
the user's file is never modified."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path

import pytest

from cspr_qa import nlp
from cspr_qa.cli import main


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network blocked by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_full_check_runs_offline_and_leaves_the_input_untouched(
    no_network: list[str], sample_docx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nlp.get_nlp.cache_clear()
    nlp.presidio_analyzer.cache_clear()
    before = hashlib.sha256(sample_docx.read_bytes()).hexdigest()
    mtime = sample_docx.stat().st_mtime_ns
    out = tmp_path / "report.json"
    try:
        code = main(
            ["check", str(sample_docx), "--format", "json", "-o", str(out), "--fail-on", "never"]
        )
        analyzer = nlp.presidio_analyzer()
        results = analyzer.analyze(
            text="Contact Jane Smith at jane.smith@example.co.uk or 020 7946 0018.",
            language="en",
        )
    finally:
        nlp.presidio_analyzer.cache_clear()
    assert code == 0
    assert json.loads(out.read_text("utf-8"))["summary"]["checked"] == 1
    assert {r.entity_type for r in results} >= {"PERSON", "EMAIL_ADDRESS"}
    assert analyzer.nlp_engine.nlp["en"] is nlp.get_nlp()
    assert no_network == []
    assert hashlib.sha256(sample_docx.read_bytes()).hexdigest() == before
    assert sample_docx.stat().st_mtime_ns == mtime
    capsys.readouterr()
