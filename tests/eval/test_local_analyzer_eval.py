"""The local analyzer on the labelled dev set and the independent held-out set: the targets SCREENING.md
ranks first must hold on both (the held-out set was written apart from the rules, so it measures
generalisation, not memorisation)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scorer import load_dataset, score

from mhealth.adapters.local.analyzer import LocalAnalyzer

_HERE = Path(__file__).parent
SETS = {"dev": _HERE / "ko_dev.jsonl", "holdout": _HERE / "ko_holdout.jsonl"}


@pytest.fixture(scope="module")
def analyzer() -> LocalAnalyzer:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    return analyzer


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request, analyzer):  # type: ignore[no-untyped-def]
    path = SETS[request.param]
    if not path.exists():
        pytest.skip(f"{path.name} not present")
    result = score(load_dataset(path), analyzer.label)
    print(f"== {path.name}\n{result.format()}")
    return result


def test_every_critical_case_is_caught(report) -> None:  # type: ignore[no-untyped-def]
    assert report.critical_recall == 1.0, report.missed_critical_ids


def test_no_critical_case_comes_out_below_high(report) -> None:  # type: ignore[no-untyped-def]
    assert len(report.critical_below_high) == 0, report.critical_below_high


def test_tricky_negatives_rarely_come_out_critical(report) -> None:  # type: ignore[no-untyped-def]
    assert report.false_critical_rate_tricky <= 0.05, report.false_critical_tricky_ids


def test_risk_macro_f1_is_at_least_0_80(report) -> None:  # type: ignore[no-untyped-def]
    assert report.risk_macro_f1 >= 0.80
