"""Library chatter stays out of the user's output; a PDF read only in part says so."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cspr_qa import ingest
from cspr_qa.chatter import DEBUG_ENV, quiet_libraries, reader_complaints
from cspr_qa.cli import main
from cspr_qa.ingest import Document, load_document


def test_library_warnings_reach_the_debug_log_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DEBUG_ENV, raising=False)
    quiet_libraries()
    logging.getLogger("presidio-analyzer").warning("Entity CARDINAL is not mapped")
    assert "CARDINAL" not in capsys.readouterr().err
    monkeypatch.setenv(DEBUG_ENV, "1")
    quiet_libraries()
    logging.getLogger("pdfminer.pdffont").warning("Cannot render horizontal string")
    assert "cspr-qa debug: pdfminer.pdffont: Cannot render" in capsys.readouterr().err
    monkeypatch.delenv(DEBUG_ENV)
    quiet_libraries()


def test_reader_complaints_are_counted_while_a_file_is_read() -> None:
    quiet_libraries()
    with reader_complaints() as complaints:
        logging.getLogger("pdfminer.pdfinterp").warning("Cannot render horizontal string")
        logging.getLogger("pdfminer.pdfinterp").info("not a complaint")
    logging.getLogger("pdfminer").warning("after the file: not counted")
    assert complaints.count == 1


def test_a_file_read_in_part_says_so_on_its_own_line(
    sample_md: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def damaged(path: Path) -> Document:
        for _ in range(3):
            logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox")
        return load_document(path)

    monkeypatch.setattr(ingest, "load_document", damaged)  # the engine reads it when it checks
    main(["check", str(sample_md), "--fail-on", "never"])
    out = capsys.readouterr()
    line = next(t for t in out.out.splitlines() if t.startswith(str(sample_md) + "  ("))
    assert "read only in part: 3 passage(s)" in line
    assert "FontBBox" not in out.out + out.err
