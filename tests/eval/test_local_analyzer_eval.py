"""The local analyzer on the labelled dev set: the targets SCREENING.md ranks first must hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scorer import DEFAULT_DATA, load_dataset, score

from mhealth.adapters.local.analyzer import LocalAnalyzer


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    if not DEFAULT_DATA.exists():
        pytest.skip("dev set not present")
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    result = score(load_dataset(DEFAULT_DATA), analyzer.label)
    print(result.format())
    return result


def test_every_critical_case_is_caught(report) -> None:  # type: ignore[no-untyped-def]
    assert report.critical_recall == 1.0, report.missed_critical_ids


def test_no_critical_case_comes_out_below_high(report) -> None:  # type: ignore[no-untyped-def]
    assert len(report.critical_below_high) == 0


def test_tricky_negatives_rarely_come_out_critical(report) -> None:  # type: ignore[no-untyped-def]
    assert report.false_critical_rate_tricky <= 0.05, report.false_critical_tricky_ids


def test_risk_macro_f1_is_at_least_0_80(report) -> None:  # type: ignore[no-untyped-def]
    assert report.risk_macro_f1 >= 0.80
