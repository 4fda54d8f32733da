"""Heading detection shared by every reader.

Many drafts have no heading styles, so a line is also taken as a heading from its shape:
numbering ("3.", "3.2", "Section 4"), a short line set wholly in bold or in a larger font,
or a short line in capitals. Each result says how it was detected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import HeadingSource, series_member

MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 14
#: A line set larger than the body text (a PDF's heading font) may wrap over several lines.
MAX_LARGE_HEADING_CHARS = 200
MAX_LARGE_HEADING_WORDS = 30

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(\S.*)$")
_NAMED_PART = re.compile(
    r"^(?:section|part|chapter|appendix|annex)\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4})\b[.:\-–]?\s*(.*)$",
    re.IGNORECASE,
)
_SENTENCE_END = (".", ";", ",")
#: Words at most in a question that is a chapter heading, not a key line of enquiry.
_MAX_CHAPTER_QUESTION = 5
#: Numbered list items rather than headings often open with these words.
_LIST_OPENERS = frozenset({"the", "a", "an", "that", "it", "there", "this", "all", "each"})


@dataclass(frozen=True)
class LineShape:
    """What a reader knows about a short line of text."""

    text: str
    bold: bool = False
    size_ratio: float = 1.0  # font size relative to the body text
    style_level: int | None = None  # from a heading style or outline level


def classify_heading(shape: LineShape) -> tuple[int, HeadingSource] | None:
    """Return ``(level, detected_by)`` if the line reads as a heading, else None."""
    text = " ".join(shape.text.split())
    if shape.style_level is not None and text:
        return shape.style_level, HeadingSource.STYLE
    words = text.split()
    large = shape.size_ratio >= 1.15
    # A bold finding title may run long when a series label opens it ("Finding 2: The mark on
    # Baby T's cheek was not treated as a possible bruise in a non-mobile baby").
    labelled = shape.bold and series_member(text, separated=True) is not None
    max_chars, max_words = (
        (MAX_LARGE_HEADING_CHARS, MAX_LARGE_HEADING_WORDS)
        if large or labelled
        else (MAX_HEADING_CHARS, MAX_HEADING_WORDS)
    )
    if not words or len(text) > max_chars or len(words) > max_words:
        return None
    if text.endswith(_SENTENCE_END) and not text.endswith("etc."):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    if _NAMED_PART.match(text):
        return 1, HeadingSource.NUMBERED
    numbered = _NUMBERED.match(text)
    if numbered:
        rest = numbered.group(2)
        first = rest.split()[0]
        titled = first[:1].isupper() and first.lower() not in _LIST_OPENERS
        # A numbered question in body type is a list item (key lines of enquiry); a numbered
        # line set in a heading font is a heading whatever its first word ("3. The family").
        # A short question under a top-level number is a chapter ("3. Why did this happen?").
        chapter = "." not in numbered.group(1) and len(rest.split()) <= _MAX_CHAPTER_QUESTION
        asks = text.endswith("?")
        if (titled and len(rest.split()) <= 10 and (not asks or chapter)) or large or shape.bold:
            return numbered.group(1).count(".") + 1, HeadingSource.NUMBERED
    if large:
        return (1 if shape.size_ratio >= 1.4 else 2), HeadingSource.FONT_SIZE
    if shape.bold and (len(words) <= 12 or labelled):
        return 2, HeadingSource.BOLD
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(words) <= 10:
        return 1, HeadingSource.CAPS
    return None
