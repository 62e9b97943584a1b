"""Literal gates never skip a pattern that could match: the crisis scan finds exactly what it found before."""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

import msgspec
import pytest

from mhealth.domain.rules.safety import engine as crisis_engine
from mhealth.domain.rules.safety import gate as regex_gate
from mhealth.domain.rules.safety import patterns as crisis_patterns

DEV = Path(__file__).resolve().parents[1] / "eval" / "ko_dev.jsonl"


@pytest.mark.parametrize(
    ("regex", "gate"),
    [
        (r"죽고싶", {"죽고싶"}),
        (r"(빨리|얼른)?죽어야", {"죽어야"}),
        (r"(수면제|약)을?(모아|모으)", {"모아", "모으"}),  # the longest required part wins
        (r"a(b|c)", {"ab", "ac"}),
        (r"(ab|cd)x?", {"ab", "cd"}),
        (r"x*", None),
        (r"[^.]+", None),
    ],
)
def test_gates_are_derived_from_the_pattern(regex, gate):
    derived = regex_gate.derive(re.compile(regex))
    assert (None if derived is None else set(derived)) == gate


def _texts():
    texts = [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(20261126)
    fragments = [t[i : i + rng.randint(2, 14)] for t in texts for i in range(0, len(t), 5)]
    mixed = [" ".join(rng.choice(fragments) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    return texts + mixed


def test_no_pattern_ever_matches_a_text_its_gate_refused():
    texts = _texts()
    for rule in crisis_engine._RULES:
        for text in texts:
            compact, _ = crisis_engine._normalise(text)
            if rule.pattern.search(compact):
                assert regex_gate.passes(rule.gate, compact), (rule.code, text)


def test_no_concept_ever_matches_a_text_its_gate_refused():
    texts = _texts()
    for concept in crisis_engine._CONCEPTS:
        gate = regex_gate.derive(concept)
        for text in texts:
            compact, _ = crisis_engine._normalise(text)
            if concept.search(compact):
                assert regex_gate.passes(gate, compact), (concept.pattern[:40], text)


def test_the_index_opens_exactly_the_gates_that_pass():
    """The pair index is an exact, faster ``passes`` over many gates, whatever the text holds."""
    gates = [rule.gate for rule in crisis_engine._RULES] + [frozenset({"😀죽", "a"}), None, frozenset({"x😀"})]
    fast = regex_gate.GateIndex(gates, common=crisis_patterns.COMMON_SYLLABLES)
    plain = regex_gate.GateIndex(gates, common=crisis_patterns.COMMON_SYLLABLES, fast_pairs=False)
    assert fast._fast and not plain._fast  # both ways are really exercised here
    rng = random.Random(5)
    texts = [*_texts(), "", "죽", "😀죽고싶", "x😀", "\ud800죽고싶\udfff", "죽고싶😀", "a", "죽\ud800\udc00고싶"]
    texts += ["".join(rng.choice("죽고싶다약😀 \ud800\udc00ax") for _ in range(rng.randint(1, 9))) for _ in range(2000)]
    for text in texts:
        expected = [regex_gate.passes(gate, text) for gate in gates]
        assert fast.open(text) == expected, text
        assert plain.open(text) == expected, text


@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "죽고싶다", "😀", "a😀b", "\ud800x", "가나다라마"])
def test_text_pairs_are_every_adjacent_pair_of_utf16_units(text):
    units = text.encode("utf-16-le", "surrogatepass")
    codes = [int.from_bytes(units[i : i + 2], "little") for i in range(0, len(units), 2)]
    expected = {regex_gate._pair_key(chr(a), chr(b)) for a, b in itertools.pairwise(codes)}
    even, odd = regex_gate.text_pairs(text)
    assert {*even, *odd} == expected


def test_the_gated_scan_finds_exactly_what_the_ungated_scan_finds(monkeypatch):
    texts = _texts()
    gated = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    slots = len(crisis_engine._GATES._gates)  # rows, concepts, discourse cues and the named-means slot
    monkeypatch.setattr(crisis_engine, "_GATES", regex_gate.GateIndex([None] * slots))
    crisis_engine._scanned.cache_clear()  # the scan of a text is cached: rescan under the new gates
    ungated = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    assert gated == ungated
    assert sum(map(len, gated)) > 100  # the corpus really exercises the patterns


@pytest.mark.parametrize(
    "text",
    [
        "죽고 싶다",
        "죽고\n싶다",
        "죽고\t싶다",
        "죽고\u3000싶다",
        "죽고\xa0싶다",
        "죽고\u200b싶다",
        " \x85죽고  싶다\r\n",
        "",
    ],
)
def test_the_compact_text_drops_exactly_the_whitespace_split_drops(text):
    assert crisis_engine._normalise(text)[0] == "".join(text.split())


def test_without_the_stdlib_regex_parser_every_pattern_runs_and_finds_the_same(monkeypatch):
    """The private ``re._parser`` only makes the scan faster: with none, no gate is derived and the scan agrees."""
    texts = _texts()[::3]
    before = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    monkeypatch.setattr(regex_gate, "_sre", None)
    assert all(regex_gate.derive(rule.pattern) is None for rule in crisis_engine._RULES)
    rules, concepts = crisis_engine._compile(crisis_patterns.PATTERNS)
    assert all(rule.gate is None for rule in rules)
    index = crisis_engine._gate_index(rules, concepts, fast_pairs=False)
    monkeypatch.setattr(crisis_engine, "_RULES", rules)
    monkeypatch.setattr(crisis_engine, "_GATES", index)
    crisis_engine._scanned.cache_clear()
    after = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    assert after == before
    assert sum(map(len, before)) > 30


def test_the_stdlib_regex_parser_is_there_on_the_supported_pythons():
    """A silent fallback would only cost speed; this says so when a new Python takes ``re._parser`` away."""
    assert regex_gate._sre is not None
    assert all(rule.gate is not None for rule in crisis_engine._RULES)


# --- Starts: a pattern tried only where a match can start ----------------------------------------------------------


def _same_matches(pattern: re.Pattern[str], starts: regex_gate.Starts, text: str) -> None:
    expected = [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in starts.finditer(text)] == expected, (pattern.pattern[:60], text)
    first = pattern.search(text)
    found = starts.search(text)
    assert (found and (found.span(), found.group())) == (first and (first.span(), first.group()))


def test_starts_finds_exactly_what_finditer_finds_for_every_row_finder_and_lexicon_rule():
    from mhealth.adapters.local import lexicon
    from mhealth.domain.rules.safety import discourse

    patterns = [rule.pattern for rule in crisis_engine._RULES]
    patterns += [finder for _kind, finder in discourse.FINDERS]
    patterns += [discourse._PREP_ACT, discourse._FUNERAL, discourse._GIVEN_AWAY]
    patterns += [rule.pattern for group in (lexicon.DEPRESSION, lexicon.ANXIETY, lexicon.LONELINESS) for rule in group]
    patterns += [rule.pattern for rule in (*lexicon.PHYSICAL, *lexicon.COGNITIVE)]
    compact = [crisis_engine._normalise(text)[0] for text in _texts()]
    modes = {"table": 0, "skip": 0, "plain": 0}
    for pattern in patterns:
        starts = regex_gate.Starts(pattern).prepare()
        modes["table" if starts._table else "skip" if starts._starts else "plain"] += 1
        for text in compact:
            _same_matches(pattern, starts, text)
    assert modes["table"] >= 50 and modes["skip"] >= 5  # the fast ways are really exercised


@pytest.mark.parametrize(
    ("source", "parts"),
    [
        ("a|b", ["a", "b"]),
        ("(a|b)c|d", ["(a|b)c", "d"]),
        (r"a\|b|c", [r"a\|b", "c"]),
        ("[|]a|b", ["[|]a", "b"]),
        ("[]|]a|b", ["[]|]a", "b"]),
        ("[^]|]a|b", ["[^]|]a", "b"]),
        ("(?<!x|y)a|(?:b|c)", ["(?<!x|y)a", "(?:b|c)"]),
        ("abc", ["abc"]),
    ],
)
def test_top_level_alternatives_are_split_at_the_bars_outside_groups_and_classes(source, parts):
    assert regex_gate.split_alternatives(source) == parts
    assert "|".join(parts) == source


@pytest.mark.parametrize(
    ("regex", "mode"),
    [
        ("(가|나)?다|라", "table"),
        ("(?<!x)(가|나)다", "skip"),
        ("가나|다라", "plain"),  # the engine skips to 가 or 다 itself
        ("[가나]다", "plain"),
        ("x*", "plain"),  # can match the empty string
        ("(?:a|)b?", "plain"),
        ("(?i)a|b", "plain"),  # flags are not read
        (".a|b", "plain"),  # can start anywhere
        ("[^a]b|c", "plain"),
        (r"(a)\1b|c", "skip"),  # a back-reference: the alternatives are never compiled apart
        (r"(a)?\1b|c", "plain"),  # (and where it may come first, where a match starts is not known)
    ],
)
def test_starts_chooses_its_way_from_the_pattern(regex, mode):
    starts = regex_gate.Starts(re.compile(regex)).prepare()
    assert ("table" if starts._table else "skip" if starts._starts else "plain") == mode


def _random_regex(rng: random.Random, depth: int = 0) -> str:
    atoms = ["가", "나", "다", "a", "b", "[가a]", "[나-다]", "."]
    parts = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if roll < 0.15 and depth < 3:
            parts.append("(" + "|".join(_random_regex(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")")
        elif roll < 0.25 and depth < 3:
            # (bounded repeats only: nested unbounded ones can backtrack for minutes)
            parts.append("(?:" + _random_regex(rng, depth + 1) + ")" + rng.choice(["?", "{0,2}", "{1,2}", "??"]))
        elif roll < 0.32:
            parts.append(rng.choice(["(?<!가)", "(?<![나b])", "(?=다)", "(?!a)", "(?<=나)", "$", "^"]))
        else:
            parts.append(rng.choice(atoms) + rng.choice(["", "", "", "?", "{1,2}", "{0,3}"]))
    return "".join(parts)


def test_starts_agrees_with_finditer_on_random_patterns_and_texts():
    rng = random.Random(20261206)
    alphabet = "가나다라ab."
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(60)]
    fast = 0
    for _ in range(1500):
        source = "|".join(_random_regex(rng) for _ in range(rng.randint(1, 4)))
        pattern = re.compile(source)
        starts = regex_gate.Starts(pattern).prepare()
        fast += starts._starts is not None
        for text in texts:
            _same_matches(pattern, starts, text)
    assert fast > 300  # most random patterns took a fast way


def test_without_the_stdlib_regex_parser_starts_searches_the_pattern_as_it_is(monkeypatch):
    monkeypatch.setattr(regex_gate, "_sre", None)
    starts = regex_gate.Starts(re.compile("(가|나)?다|라")).prepare()
    assert starts._starts is None and starts._table is None
    assert [m.span() for m in starts.finditer("가다라나다")] == [(0, 2), (2, 3), (3, 5)]


def test_starts_reads_its_pattern_on_first_use_or_when_prepared():
    lazy = regex_gate.Starts(re.compile("(가|나)?다|라"))
    assert not lazy._ready
    assert [m.span() for m in lazy.finditer("가다라")] == [(0, 2), (2, 3)]
    assert lazy._ready and lazy._table is not None
    crisis_engine.prepare()
    assert all(rule.starts._ready for rule in crisis_engine._RULES)
