"""The compiled gate matcher (Aho-Corasick, an adapter) opens exactly the gates the standard-library index opens.

The safety floor's gate may be accelerated by a matcher injected from an adapter (DESIGN.md); the domain's own
index stays the reference. Both paths run here on the same texts: every text of the golden file (evaluation
texts, the tests' literals, texts spelled from every row's regex and guards, whitespace of every kind,
astral characters, lone surrogates, 2,000-character check-ins) and fuzzed text, and the golden hits are
replayed through each path.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import msgspec
import pytest

from mhealth.adapters.matching import aho_corasick
from mhealth.domain.rules.safety import engine as crisis_engine
from mhealth.domain.rules.safety import gate as regex_gate
from mhealth.domain.rules.safety import patterns as crisis_patterns

GOLDEN = Path(__file__).resolve().parent / "data" / "safety_golden.json.gz"


@pytest.fixture(scope="module")
def golden_texts() -> list[str]:
    document: dict[str, Any] = json.loads(gzip.decompress(GOLDEN.read_bytes()).decode("utf-8", "surrogatepass"))
    return [case[0] for case in document["cases"]]


def _fuzzed() -> list[str]:
    rng = random.Random(20261203)
    alphabet = "죽고싶다약농끝내살기싫어 .?!\n\t\u3000\xa0\u200b😀𠀀\ud800\udfff\udc00\ufeffa1ㅋ"
    texts = ["", "a", "😀", "\ud800", "죽\ud800고싶", "죽고싶😀", "😀죽고싶다", "약" * 50]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    return texts


def test_the_adapter_is_installed_by_the_composition_root() -> None:
    """``ahocorasick-rs`` is a base dependency: without it this test says so instead of a silent fallback."""
    assert aho_corasick.available()
    accelerated = crisis_engine._STDLIB_GATES.with_words(aho_corasick.word_finder)
    assert accelerated._finder is not None and crisis_engine._STDLIB_GATES._finder is None


def test_both_paths_open_the_same_gates_on_every_golden_and_fuzzed_text(golden_texts: list[str]) -> None:
    stdlib = crisis_engine._STDLIB_GATES
    accelerated = stdlib.with_words(aho_corasick.word_finder)
    differ = []
    opened = 0
    for text in [*golden_texts, *_fuzzed()]:
        for variant in (crisis_engine._normalise(text)[0], text):  # what the scan reads, and the raw text
            expected = stdlib.open(variant)
            if accelerated.open(variant) != expected:
                differ.append(variant)
            opened += sum(expected)
    assert not differ, f"{len(differ)} texts open different gates, e.g. {differ[:3]!r}"
    assert opened > 20000  # the texts really open gates (rows, concepts, cues)


def test_the_matcher_finds_exactly_the_words_in_the_text() -> None:
    """Word by word, against ``word in text``: odd words (astral, surrogate, single characters) included."""
    words = [*crisis_engine._STDLIB_GATES._words, "😀죽", "x😀", "\ud800죽", "a", "죽"]
    for listed in (words, [*words, ""]):  # an empty word (in every text) takes the automaton's other way
        finder = aho_corasick.word_finder(listed)
        for text in _fuzzed():
            found = finder(text)
            assert found is not None
            assert set(found) == {i for i, word in enumerate(listed) if word in text}, text


def test_an_index_built_with_the_matcher_agrees_with_passes() -> None:
    gates = [rule.gate for rule in crisis_engine._RULES] + [frozenset({"😀죽", "a"}), None, frozenset({"x😀"})]
    index = regex_gate.GateIndex(gates, common=crisis_patterns.COMMON_SYLLABLES, words=aho_corasick.word_finder)
    assert index._finder is not None
    for text in _fuzzed():
        assert index.open(text) == [regex_gate.passes(gate, text) for gate in gates], text


def test_a_text_the_matcher_cannot_read_goes_the_standard_library_way() -> None:
    class Refuses:
        def __init__(self, words: object) -> None:
            self.calls = 0

        def __call__(self, text: str) -> None:
            self.calls += 1
            return None

    stdlib = crisis_engine._STDLIB_GATES
    refusing = stdlib.with_words(Refuses)
    text = crisis_engine._normalise("요즘 잠도 못 자고 그냥 죽고 싶다는 생각만 들어요")[0]
    assert refusing.open(text) == stdlib.open(text)
    assert refusing._finder.calls == 1  # type: ignore[union-attr]


@pytest.mark.parametrize("accelerate", [False, True], ids=["stdlib", "aho-corasick"])
def test_the_scan_finds_the_same_hits_either_way(
    golden_texts: list[str], accelerate: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = golden_texts[::3]
    monkeypatch.setattr(crisis_engine, "_GATES", crisis_engine._STDLIB_GATES)
    crisis_engine._scanned.cache_clear()
    reference = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    crisis_engine.use_word_finder(aho_corasick.word_finder if accelerate else None)
    crisis_engine._scanned.cache_clear()
    assert (crisis_engine._GATES._finder is not None) is accelerate
    found = [[msgspec.structs.astuple(h) for h in crisis_engine.scan(t)] for t in texts]
    crisis_engine._scanned.cache_clear()
    assert found == reference
    assert sum(map(len, reference)) > 1000
