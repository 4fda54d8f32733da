"""Library chatter (pdfminer's font warnings, Presidio's entity-mapping notes, Python
warnings) kept away from the user: it goes to a debug log on stderr when ``CSPR_QA_DEBUG`` is
set, and nowhere otherwise. While a file is read, pdfminer's complaints are counted, so the
file's own line can say it was read only in part."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

DEBUG_ENV = "CSPR_QA_DEBUG"
#: The libraries whose logging is chatter to a reviewer (warnings arrive as "py.warnings").
LIBRARIES = (
    "pdfminer",
    "pdfplumber",
    "presidio-analyzer",
    "presidio-anonymizer",
    "spacy",
    "py.warnings",
)
#: The reader whose warnings mean text was lost.
PDF_READER = "pdfminer"


def debug_enabled() -> bool:
    return bool(os.environ.get(DEBUG_ENV))


def quiet_libraries() -> None:
    """Route the libraries' logging (and Python warnings) to the debug log, or drop it."""
    logging.captureWarnings(True)
    handler: logging.Handler = (
        logging.StreamHandler(sys.stderr) if debug_enabled() else logging.NullHandler()
    )
    handler.setFormatter(logging.Formatter("cspr-qa debug: %(name)s: %(message)s"))
    for name in LIBRARIES:
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.propagate = False
        if debug_enabled():
            logger.setLevel(logging.DEBUG)


@dataclass
class Complaints:
    """How many warnings the PDF reader gave while a file was read."""

    count: int = 0


class _Counter(logging.Handler):
    def __init__(self, complaints: Complaints) -> None:
        super().__init__(logging.WARNING)
        self.complaints = complaints

    def emit(self, record: logging.LogRecord) -> None:
        self.complaints.count += 1


@contextmanager
def reader_complaints() -> Iterator[Complaints]:
    """Count the PDF reader's warnings in the block (they mean text it could not decode)."""
    complaints = Complaints()
    counter = _Counter(complaints)
    logger = logging.getLogger(PDF_READER)
    logger.addHandler(counter)
    try:
        yield complaints
    finally:
        logger.removeHandler(counter)
