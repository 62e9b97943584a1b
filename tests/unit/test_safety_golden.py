"""The crisis scan and the floor decide exactly what the golden file recorded, text for text, hit for hit.

The golden file (made by scripts/make_safety_golden.py) holds ~13,000 texts: every evaluation text, the
unit tests' Korean literals, texts spelled from every row's regex and guards, and seeded perturbations
(whitespace of every kind, concatenations across sentence boundaries, slices, astral characters, lone
surrogates, 2,000-character check-ins). It was made by the engine before the floor became data + engine
(main at eaaf942); the restructured engine reproduces it byte for byte. A change to
the floor's structure must leave every hit and every floor decision as it was; a change to a pattern's
content must regenerate the file on purpose (and bump PATTERNS_VERSION). Each check runs twice: with the
standard-library gate index and with the compiled matcher the service injects (adapters/matching).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mhealth.adapters.matching import aho_corasick
from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import Labels
from mhealth.domain.rules.safety import engine
from mhealth.domain.rules.safety.engine import scan
from mhealth.domain.rules.safety.floor import apply_safety_floor

GOLDEN = Path(__file__).resolve().parent / "data" / "safety_golden.json.gz"


@pytest.fixture(params=["stdlib", "aho-corasick"])
def gate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each golden test runs with the standard-library gate index and with the compiled matcher (an adapter)."""
    index = engine._STDLIB_GATES
    if request.param == "aho-corasick":
        index = index.with_words(aho_corasick.word_finder)
        assert index._finder is not None
    monkeypatch.setattr(engine, "_GATES", index)
    engine._scanned.cache_clear()
    yield request.param
    engine._scanned.cache_clear()


@pytest.fixture(scope="module")
def golden() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(gzip.decompress(GOLDEN.read_bytes()).decode("utf-8", "surrogatepass"))
    return document


def _expected(golden: dict[str, Any], hits: list[list[int]], text: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for label, start, end in hits:
        kind, code, label_ko, label_en = golden["labels"][label]
        rows.append((kind, code, label_ko, label_en, start, end, text[start:end]))
    return rows


def test_the_golden_file_exercises_every_kind_of_input(golden: dict[str, Any]) -> None:
    cases = golden["cases"]
    texts = [case[0] for case in cases]
    assert len(cases) > 12000
    assert sum(1 for case in cases if case[1]) > 2000
    assert any(len(text) >= 2000 for text in texts)
    for odd in ("\t", "\n", "\u3000", "\xa0", "\u200b", "😀", "\ud800"):
        assert any(odd in text for text in texts), repr(odd)
    assert {kind for kind, *_ in golden["labels"]} == {"active", "passive", "abuse"}


def test_every_text_gives_exactly_the_recorded_hits(golden: dict[str, Any], gate: str) -> None:
    mismatches = []
    for text, hits, _decisions in golden["cases"]:
        found = [(h.kind, h.code, h.label_ko, h.label_en, h.start, h.end, h.quote) for h in scan(text)]
        if found != _expected(golden, hits, text):
            mismatches.append(text)
    assert not mismatches, f"{len(mismatches)} texts scan differently, e.g. {mismatches[:3]!r}"


def test_the_floor_decides_exactly_as_recorded(golden: dict[str, Any], gate: str) -> None:
    baselines = (assessment_from_labels(Labels()), assessment_from_labels(Labels(depression=2)))
    mismatches = []
    with_hits = [case for case in golden["cases"] if case[1]]
    assert len(with_hits) > 2000
    for text, _hits, decisions in with_hits[::4]:  # a sample: the floor is a thin layer over scan()
        for baseline, recorded in zip(baselines, decisions, strict=True):
            result = apply_safety_floor(baseline, text)
            decided = [
                result.risk_level.value,
                result.labels.suicidal_ideation,
                int(result.safety.passive_ideation),
                int(result.safety.active_ideation),
                int(result.safety.safeguarding),
                int(result.provenance.safety_floor_raised),
                [c.code for c in result.concerns],
            ]
            if decided != recorded:
                mismatches.append(text)
    assert not mismatches, f"{len(mismatches)} floor decisions differ, e.g. {mismatches[:3]!r}"


def test_texts_without_hits_leave_the_floor_quiet(golden: dict[str, Any], gate: str) -> None:
    quiet = [case for case in golden["cases"] if not case[1]][::25]
    assert len(quiet) > 100
    for text, _hits, decisions in quiet:
        for labels, recorded in zip((Labels(), Labels(depression=2)), decisions, strict=True):
            result = apply_safety_floor(assessment_from_labels(labels), text)
            assert [result.risk_level.value, result.labels.suicidal_ideation, int(result.safety.active_ideation)] == [
                recorded[0],
                recorded[1],
                recorded[3],
            ], text
