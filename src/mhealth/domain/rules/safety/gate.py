"""Literal gates for regular expressions: skip a pattern when the text cannot possibly match it.

A gate is a set of strings such that every match of the pattern contains at least one of them. It is
derived from the pattern itself (so it can never drift out of date) and is a *necessary* condition
only: when ``passes(gate, text)`` is False the pattern has no match in ``text``; when True the pattern
still has to run. ``None`` means no gate could be derived and the pattern always runs.

Scanning a text for tens of crisis patterns costs one ``str`` containment test per gate string
instead of one regex pass per pattern — most check-ins contain none of the trigger words.

Two speed tricks live here and nowhere else, each with a plain fallback that gives the same result:
reading a regex with the stdlib's private parser (:func:`_regex_parser`; without it no gate is derived and
every pattern runs) and reading a text's character pairs from a UTF-16 view (:class:`GateIndex`,
``fast_pairs``; without it the pairs are sliced as strings). A third comes from outside: a compiled
multi-pattern matcher an adapter may inject (:class:`WordFinder`, DESIGN.md); without one, or when it
cannot read a text, the standard-library index answers, with the same result.
"""

from __future__ import annotations

import copy
import importlib
import itertools
import operator
import re
import struct
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal, Protocol


def _regex_parser() -> Any:
    """The standard library's own regex parser (``re._parser``, private, 3.11+), or None.

    Why a private module: the stdlib offers no public syntax tree of a regex, and a home-made parser could
    read a pattern differently from the one ``re.compile`` uses (an unsound gate would silently skip a
    crisis pattern). Reading the pattern with the very parser that compiles it cannot disagree. The
    fallback is safe: without the parser (another Python, a changed shape) :func:`derive` returns None and
    every pattern runs, slower but with the same result.
    """
    try:
        parser = importlib.import_module("re._parser")
        for name in ("parse", "LITERAL", "IN", "RANGE", "NEGATE", "SUBPATTERN", "BRANCH", "MAX_REPEAT", "MIN_REPEAT"):
            getattr(parser, name)
    except (ImportError, AttributeError):  # pragma: no cover - another Python's internals
        return None
    return parser


_sre = _regex_parser()
_NONE = object()  # never an opcode: with no parser, derive() returns before comparing any
_LITERAL = getattr(_sre, "LITERAL", _NONE)
_IN = getattr(_sre, "IN", _NONE)
_RANGE = getattr(_sre, "RANGE", _NONE)
_NEGATE = getattr(_sre, "NEGATE", _NONE)
_SUBPATTERN = getattr(_sre, "SUBPATTERN", _NONE)
_BRANCH = getattr(_sre, "BRANCH", _NONE)
_REPEATS = (getattr(_sre, "MAX_REPEAT", _NONE), getattr(_sre, "MIN_REPEAT", _NONE))
_MAX_SET = 64  # a character class or a product of fixed parts wider than this is not spelled out
_MAX_UNION = 1024  # alternatives of a branch: the index makes many words cheap

Gate = frozenset[str] | None


def _in_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            chars.add(chr(av))
        elif op is _RANGE:
            low, high = av
            if high - low > _MAX_SET:
                return None
            chars.update(chr(c) for c in range(low, high + 1))
        else:  # NEGATE, categories (\d, \w ...): unbounded
            return None
    return frozenset(chars) if len(chars) <= _MAX_SET else None


def _union(branches: Iterable[Any], of: Callable[[Any], frozenset[str] | None], cap: int) -> frozenset[str] | None:
    """The union of ``of(branch)`` over an alternation's branches; None if any branch has none."""
    union: set[str] = set()
    for branch in branches:
        found = of(branch)
        if found is None:
            return None
        union |= found
    return frozenset(union) if len(union) <= cap else None


def _element(op: Any, av: Any) -> frozenset[str] | None:
    """Strings one of which every match of this element contains, or None."""
    if op is _SUBPATTERN:
        return _sequence(av[-1])
    if op is _LITERAL or op is _IN:
        return _exact(op, av)
    if op is _BRANCH:
        return _union(av[1], _sequence, _MAX_UNION)
    if op in _REPEATS:
        low, _high, item = av
        return _sequence(item) if low >= 1 else None
    return None


def _exact(op: Any, av: Any) -> frozenset[str] | None:
    """The strings this element matches when it can only match a few fixed strings, else None."""
    if op is _LITERAL:
        return frozenset({chr(av)})
    if op is _IN:
        return _in_chars(av)
    if op is _SUBPATTERN:
        return _exact_sequence(av[-1])
    if op is _BRANCH:
        return _union(av[1], _exact_sequence, _MAX_SET)
    return None


def _exact_sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    product: frozenset[str] = frozenset({""})
    for op, av in items:
        found = _exact(op, av)
        if found is None:
            return None
        product = frozenset(a + b for a in product for b in found)
        if len(product) > _MAX_SET:
            return None
    return product


def _sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective required part of a sequence: runs of fixed parts are joined into words."""
    best: frozenset[str] | None = None
    chain: frozenset[str] = frozenset({""})

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if not candidate or "" in candidate:
            return
        shortest = min(map(len, candidate))
        if (
            best is None
            or shortest > min(map(len, best))
            or (shortest == min(map(len, best)) and len(candidate) < len(best))
        ):
            best = candidate

    for op, av in items:
        exact = _exact(op, av)
        if exact is not None:
            joined = frozenset(a + b for a in chain for b in exact)
            if len(joined) <= _MAX_SET:
                chain = joined
                continue
            consider(chain)
            chain = exact
            continue
        consider(chain)
        chain = frozenset({""})
        consider(_element(op, av))
    consider(chain)
    return best


def derive(pattern: re.Pattern[str]) -> Gate:
    """The literal gate of ``pattern`` (None when the pattern can match without any fixed text)."""
    if _sre is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - parser internals changed
        return None
    return _sequence(list(parsed))


def passes(gate: Gate, text: str) -> bool:
    """False only when no match of the gated pattern can exist in ``text``."""
    return gate is None or any(word in text for word in gate)


# --- where a match can start -------------------------------------------------------------------------------------
#
# The standard library's regex engine skips to candidate positions only when a pattern starts with a literal, a
# character class or a branch of literals; a pattern opening with an optional group, a lookaround or a branch of
# groups is tried at every position of the text, every alternative in turn. The crisis rows are such patterns
# (hundreds of alternatives over a 2,000-character transcript), and searching them was a third of a transcript's
# scan. :class:`Starts` gives the same matches, in the same order, trying the pattern only where one can start.

# a back-reference would point elsewhere once the alternatives are compiled apart
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_ASSERTS = tuple(getattr(_sre, name, _NONE) for name in ("ASSERT", "ASSERT_NOT", "AT"))


def first_chars(items: Iterable[tuple[Any, Any]]) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of the parsed ``items`` can start with, and whether it can be empty (``None``: not
    known, e.g. a leading ``.``, a negated class, a back-reference)."""
    out: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            return frozenset(out | {chr(av)}), False
        if op is _IN:
            for kind, value in av:
                if kind is _LITERAL:
                    out.add(chr(value))
                elif kind is _RANGE:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None, False
            return frozenset(out), False
        if op is _SUBPATTERN or op is _BRANCH:
            if op is _SUBPATTERN and (av[1] & re.IGNORECASE or av[2]):
                return None, False  # (?i:...) or flags taken away: not read
            subs = [av[-1]] if op is _SUBPATTERN else av[1]
            nullable = False
            for sub in subs:
                chars, empty = first_chars(sub)
                if chars is None:
                    return None, False
                out |= chars
                nullable |= empty
            if not nullable:
                return frozenset(out), False
        elif op in _REPEATS:
            low, _high, sub = av
            chars, empty = first_chars(sub)
            if chars is None:
                return None, False
            out |= chars
            if low > 0 and not empty:
                return frozenset(out), False
        elif op not in _ASSERTS:  # a lookaround or an anchor consumes nothing; anything else is not read
            return None, False
    return frozenset(out), True


def split_alternatives(source: str) -> list[str]:
    """``source``'s top-level alternatives (``a|(b|c)|d`` -> ``a``, ``(b|c)``, ``d``): the bars outside any group,
    character class or escape. Joined with ``|`` they give ``source`` back."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            # a ']' right after '[' or '[^' is a literal member, not the end
            if source[index + 1 : index + 2] == "^":
                index += 1
            if source[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


def _start_chars(source: str) -> tuple[frozenset[str] | None, bool]:
    if _sre is None:
        return None, False
    try:
        return first_chars(list(_sre.parse(source)))
    except (re.error, AttributeError, TypeError, ValueError):  # pragma: no cover - parser internals changed
        return None, False


def _skips_natively(parsed: Any) -> bool:
    """Whether the engine itself skips to where ``parsed`` can start: it begins with a literal, a character class
    or a branch whose every alternative begins with a literal (``re._compiler``'s prefix and charset)."""
    items = list(parsed)
    while items and items[0][0] is _SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    if op is _LITERAL or op is _IN:
        return True
    return op is _BRANCH and all(len(sub) and sub[0][0] is _LITERAL for sub in av[1])


class Starts:
    """``pattern.finditer`` tried only where a match can start: the same matches (spans, groups of the whole
    match) in the same order, for a pattern that cannot match the empty string and whose first characters are
    known; any other pattern is searched as it is.

    Where a match can start comes from the pattern's own parse (:func:`first_chars`). When the pattern is one
    alternation at the top (``a|b|c``), each candidate position tries only the alternatives that can start with
    its character, in their order: the others cannot match there, so the first that matches is the one the whole
    alternation would take. Those matches come from a pattern of the alternatives kept, so only their span and
    ``group()`` are the original's; callers read nothing else.
    """

    __slots__ = ("_match", "_ready", "_starts", "_table", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._match = pattern.match
        self._starts: re.Pattern[str] | None = None
        self._table: dict[str, Callable[..., re.Match[str] | None]] | None = None
        # Built on first use (or by :meth:`prepare`, which the local analyzer's warm-up calls): reading hundreds of
        # alternatives costs a few milliseconds a pattern, which importing the scan should not pay.
        self._ready = False

    def prepare(self) -> Starts:
        """Read where the pattern's matches can start (once; later calls return at once)."""
        if not self._ready:
            self._starts, self._table = self._read()
            self._ready = True  # (set last: a thread that sees it ready sees both fields set)
        return self

    def _read(self) -> tuple[re.Pattern[str] | None, dict[str, Callable[..., re.Match[str] | None]] | None]:
        pattern = self.pattern
        if _sre is None or pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
            return None, None
        try:
            parsed = _sre.parse(pattern.pattern, pattern.flags)
        except (re.error, AttributeError, TypeError):  # pragma: no cover - parser internals changed
            return None, None
        chars, empty = first_chars(list(parsed))
        if chars is None or empty or not chars or _skips_natively(parsed):
            return None, None  # (the engine skips on its own to a pattern opening with a literal: faster than a loop)
        alternatives = [] if _GROUP_REFERENCE.search(pattern.pattern) else split_alternatives(pattern.pattern)
        items = list(parsed)
        if len(items) == 1 and items[0][0] is _BRANCH and len(items[0][1][1]) == len(alternatives) > 1:
            # the parse kept the alternatives one for one: read each from it instead of parsing it again
            firsts = [first_chars(branch) for branch in items[0][1][1]]
        else:
            firsts = [_start_chars(alternative) for alternative in alternatives]
        table: dict[str, Callable[..., re.Match[str] | None]] | None = None
        if len(alternatives) > 1 and all(c is not None and not e for c, e in firsts):
            # one regex per first character, of the alternatives that can start with it, in their order
            by_char: dict[str, list[str]] = {}
            for alternative, (start, _empty) in zip(alternatives, firsts, strict=True):
                for char in start or ():
                    by_char.setdefault(char, []).append(alternative)
            compiled: dict[tuple[str, ...], Callable[..., re.Match[str] | None]] = {}
            table = {}
            for char, alts in by_char.items():
                key = tuple(alts)
                if key not in compiled:  # (characters with the same alternatives share one regex)
                    compiled[key] = re.compile("|".join(alts), pattern.flags).match
                table[char] = compiled[key]
            chars = frozenset(table)  # every candidate has its entry
        return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]"), table

    def search(self, string: str) -> re.Match[str] | None:
        """The first match in ``string``, as ``pattern.search(string)`` finds it."""
        return next(self.finditer(string), None)

    def finditer(self, string: str) -> Iterator[re.Match[str]]:
        """The non-overlapping matches in ``string``, as ``pattern.finditer(string)`` finds them."""
        if not self._ready:
            self.prepare()
        starts = self._starts
        if starts is None:
            yield from self.pattern.finditer(string)
            return
        table, match = self._table, self._match
        at = 0
        for candidate in starts.finditer(string):
            position = candidate.start()
            if position < at:
                continue
            found = table[string[position]](string, position) if table is not None else match(string, position)
            if found is not None:
                yield found
                at = found.end()


class WordFinder(Protocol):
    """Which of a fixed list of words a text contains: a compiled multi-pattern matcher (Aho-Corasick, ...).

    Built once from the words (``WordFinders``); called with a text, it returns the positions in that list
    of every word that occurs in the text, in any order, repeats allowed — or None when it cannot read this
    text, and the standard-library index answers instead. It must find exactly the words ``word in text``
    finds (a test holds an adapter's finder to the standard-library one on every text of the golden file).
    """

    def __call__(self, text: str) -> Iterable[int] | None: ...


WordFinders = Callable[[Sequence[str]], WordFinder]
"""Builds a :class:`WordFinder` for a list of words (what an adapter injects into :class:`GateIndex`)."""


class GateIndex:
    """Many gates checked at once: which of them pass for a text.

    Each word of two or more characters is filed under one of its adjacent character pairs — the
    rarest in ordinary text, judged by ``common_pairs`` (pairs from most to least frequent, written one
    after the other) and then ``common`` (characters, likewise; absent ones count as rarest) — and a
    text is only tested for the words filed under a pair it contains. Single-character words are found
    by one character-class search. The frequency lists affect speed only, never the result. A word is
    tested once however many gates share it.

    Reading the text's pairs is the hot step. The fast way (``fast_pairs``, the default where the
    platform has a 32-bit ``memoryview`` format) reads them in C: the text is encoded as UTF-16 and viewed
    as 32-bit integers at both alignments (:func:`text_pairs`), so a 200-character text costs two casts
    and a set intersection instead of building a two-character string per position. The plain way slices
    the pairs as strings. Both find exactly the same pairs of the index (a test holds them to it); the
    plain way is the fallback, and the reference if the fast one is ever in doubt.

    ``words``: a compiled matcher's builder (:data:`WordFinders`, injected from an adapter). When given, one
    call of the matcher finds every gate word in the text and the index above only answers for a text the
    matcher cannot read. The result is the same either way.
    """

    def __init__(
        self,
        gates: Iterable[Gate],
        *,
        common: str = "",
        common_pairs: str = "",
        fast_pairs: bool = True,
        words: WordFinders | None = None,
    ) -> None:
        self._gates = list(gates)
        self._always = [gate is None for gate in self._gates]
        owners: dict[str, list[int]] = {}
        for index, gate in enumerate(self._gates):
            for word in gate or ():
                owners.setdefault(word, []).append(index)
        # The injected matcher: every word once, and the gates each word opens (by the word's position).
        self._words = tuple(owners)
        self._word_gates = tuple(tuple(indices) for indices in owners.values())
        self.words = words
        self._finder = words(self._words) if words is not None and self._words else None
        rank = {char: len(common) - position for position, char in enumerate(common)}  # higher: more common
        listed = [common_pairs[i : i + 2] for i in range(0, len(common_pairs) - 1, 2)]
        pair_rank = {pair: len(listed) - position for position, pair in enumerate(listed)}
        singles: dict[str, list[int]] = {}
        by_pair: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        loose: list[tuple[str, tuple[int, ...]]] = []
        for word, indices in owners.items():
            if len(word) == 1:  # present as soon as the character is
                singles.setdefault(word, []).extend(indices)
                continue
            pairs = [(a, b) for a, b in itertools.pairwise(word) if _one_unit(a) and _one_unit(b)]
            if not pairs:  # only characters outside the Basic Multilingual Plane: tested on every text
                loose.append((word, tuple(indices)))
                continue
            first, second = min(
                pairs,
                key=lambda pair: (
                    pair_rank.get(pair[0] + pair[1], 0),
                    rank.get(pair[0], 0) + rank.get(pair[1], 0),
                    pair,
                ),
            )
            by_pair.setdefault(first + second, []).append((word, tuple(indices)))
        self._singles = {char: tuple(indices) for char, indices in singles.items()}
        # One C-level pass finds which single-character words the text holds.
        self._single_chars = re.compile("[" + "".join(map(re.escape, sorted(singles))) + "]") if singles else None
        self._by_pair = {pair: tuple(words) for pair, words in by_pair.items()}
        self._pairs = frozenset(self._by_pair)
        self._fast = fast_pairs and _UINT32 is not None
        self._by_key = {_pair_key(pair[0], pair[1]): words for pair, words in self._by_pair.items()}
        self._keys = frozenset(self._by_key)
        self._loose = tuple(loose)

    def with_words(self, words: WordFinders | None) -> GateIndex:
        """This index with another matcher injected (None: the standard-library index alone), built once."""
        index = copy.copy(self)
        index.words = words
        index._finder = words(self._words) if words is not None and self._words else None
        return index

    def open(self, text: str) -> list[bool]:
        """For each gate (in order): False when its pattern cannot match ``text``."""
        mask = list(self._always)
        if self._finder is not None:
            found = self._finder(text)
            if found is not None:
                word_gates = self._word_gates
                for position in set(found):
                    for index in word_gates[position]:
                        mask[index] = True
                return mask
        if self._single_chars is not None:
            for char in set(self._single_chars.findall(text)):
                for index in self._singles[char]:
                    mask[index] = True
        candidates = [*self._loose]
        if self._fast:
            by_key = self._by_key
            even, odd = text_pairs(text)
            for key in self._keys.intersection(even) | self._keys.intersection(odd):
                candidates.extend(by_key[key])
        else:
            by_pair = self._by_pair
            for pair in self._pairs.intersection(map(operator.add, text, text[1:])):
                candidates.extend(by_pair[pair])
        for word, indices in candidates:
            if word in text:
                for index in indices:
                    mask[index] = True
        return mask


def text_pairs(text: str) -> tuple[memoryview, memoryview]:
    """Every adjacent pair of UTF-16 code units in ``text``, as the 32-bit integers they spell.

    Two views (even and odd alignment) over one encoding: iterating them yields the integers in C, so a
    caller can intersect them with a set of wanted pairs without building a set of the text's pairs. A
    pair of characters from the Basic Multilingual Plane (all of Hangul) is a pair of adjacent code
    units wherever it stands, so the two alignments see every such pair.
    """
    if _UINT32 is None:  # pragma: no cover - GateIndex takes the plain way on such a platform
        raise RuntimeError("no 32-bit memoryview format on this platform")
    units = memoryview(text.encode(_UTF16, "surrogatepass"))  # a lone surrogate from JSON must not raise
    size = len(units)
    even = units[: size - size % 4].cast(_UINT32)
    odd = units[2 : max(2, size - (size - 2) % 4)].cast(_UINT32)
    return even, odd


def _one_unit(char: str) -> bool:
    """True for a character that UTF-16 spells with one code unit (not a surrogate, not astral)."""
    code = ord(char)
    return code < 0xD800 or 0xE000 <= code < 0x10000


def _pair_key(first: str, second: str) -> int:
    """The integer ``text_pairs`` reads for these two characters (built the same way, so any byte order agrees)."""
    return int.from_bytes((first + second).encode(_UTF16, "surrogatepass"), sys.byteorder)


_UTF16 = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"  # native order: what a memoryview cast reads
# A 32-bit unsigned memoryview format: a C unsigned int nearly everywhere; None sends GateIndex the plain way.
_UINT32: Literal["I", "L"] | None = "I" if struct.calcsize("I") == 4 else "L" if struct.calcsize("L") == 4 else None
