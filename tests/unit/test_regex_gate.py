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
