"""The safety floor's gate words found in one pass of a compiled Aho-Corasick automaton (``ahocorasick-rs``).

The floor's gate (:mod:`mhealth.domain.rules.safety.gate`) asks which of ~1,900 literal words a check-in
contains before it runs any crisis pattern. The standard-library index answers in ~13 us for the benchmark's
200-character text; this automaton (Rust, a DFA over UTF-8 bytes) in ~3 us. It is injected at start-up
(:func:`install`, called by the composition root); the domain stays standard-library only and keeps its own
index as the reference and the fallback.

Why bytes: the text is encoded as UTF-8 with ``surrogatepass``, so a lone surrogate (which JSON can carry)
is read like any other character instead of refusing the text; UTF-8 is self-synchronising, so a word found
in the bytes is a word found in the text, and nothing else. tests/unit/test_safety_word_finder.py holds
this matcher to the standard-library index (every gate of every text of the golden file, and fuzzed text).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.gate import WordFinder

log = logging.getLogger(__name__)


def available() -> bool:
    """True when ``ahocorasick-rs`` is installed (a base dependency; absent only in a trimmed environment)."""
    try:
        import ahocorasick_rs  # noqa: F401
    except ImportError:
        return False
    return True


class AhoCorasickWords:
    """A :class:`~mhealth.domain.rules.safety.gate.WordFinder`: positions of the words a text contains."""

    __slots__ = ("_automaton", "_empty", "_positions")

    def __init__(self, words: Sequence[str]) -> None:
        import ahocorasick_rs

        # An empty word is in every text ("" in text): listed apart rather than left to the automaton.
        self._empty = [position for position, word in enumerate(words) if not word]
        self._positions = [position for position, word in enumerate(words) if word]
        encoded = [words[position].encode("utf-8", "surrogatepass") for position in self._positions]
        self._automaton = ahocorasick_rs.BytesAhoCorasick(encoded, implementation=ahocorasick_rs.Implementation.DFA)

    def __call__(self, text: str) -> Iterable[int] | None:
        found = self._automaton.find_matches_as_indexes(text.encode("utf-8", "surrogatepass"), overlapping=True)
        if not self._empty:  # the automaton's patterns are the words themselves, in order
            return [match[0] for match in found]
        positions = self._positions
        return [*self._empty, *(positions[pattern] for pattern, _start, _end in found)]


def word_finder(words: Sequence[str]) -> WordFinder:
    """The :data:`~mhealth.domain.rules.safety.gate.WordFinders` this adapter offers."""
    return AhoCorasickWords(words)


def install() -> bool:
    """Give the safety floor's gate this matcher when ``ahocorasick-rs`` is installed; True when it did."""
    if not available():
        log.info("ahocorasick-rs is not installed: the safety floor's gate uses the standard-library index")
        return False
    engine.use_word_finder(word_finder)
    return True
