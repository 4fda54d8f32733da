"""Shared fixtures. Every fixture file is built by code at test time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"


@pytest.fixture(scope="session")
def sample_docx() -> Path:
    return SAMPLES / "child-r-draft.docx"


@pytest.fixture(scope="session")
def sample_md() -> Path:
    return SAMPLES / "child-r-draft.md"
