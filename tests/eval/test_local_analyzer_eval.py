"""The local analyzer (rules + statistical model) on every labelled set present: the targets SCREENING.md ranks
first must hold on each.

Every set here (ko_dev, ko_holdout, ko_test3, ko_train_a..e) is TRAINING DATA for the shipped statistical model
(scripts/train_local_model.py), and dev/holdout were also used to tune the rules, so passing these tests shows
the analyzer fits its data, not that it generalises. The honest estimate for unseen phrasing is the
leave-one-set-out run recorded in the model card (models/local_model.card.json, "loso_estimate": each file
scored by rules + a model fitted without it); tests/eval/test_model_card.py checks it is there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scorer import load_dataset, score

from mhealth.adapters.local.analyzer import LocalAnalyzer

_HERE = Path(__file__).parent
SETS = {p.stem.removeprefix("ko_"): p for p in sorted(_HERE.glob("ko_*.jsonl"))}

# Targets the shipped analyzer does NOT yet meet on a set (even though the model was trained on it): kept as
# strict xfails so the gap stays visible and closing it turns the test red until the entry is removed.
# Measured 2026-11-26 with the shipped model (card version 2026-11-26-351026f5462b, trained on all eight sets).
# The rules alone already put 9/114 train_c and 14/166 train_d tricky negatives at critical (the model only raises).
# Leave-one-set-out numbers (the honest ones) are in the card and docs/clinical-rules.md §4.8.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("test3", "recall"): "critical recall 75/78 (96.2%)",
    ("train_a", "recall"): "critical recall 142/177 (80.2%)",
    ("train_b", "recall"): "critical recall 72/76 (94.7%)",
    ("train_b", "below_high"): "1 of 76 critical cases below high",
    ("train_c", "recall"): "critical recall 87/98 (88.8%)",
    ("train_c", "false_critical"): "false-critical 9/114 (7.9%), all from the rules",
    ("train_d", "recall"): "critical recall 138/181 (76.2%)",
    ("train_d", "false_critical"): "false-critical 14/166 (8.4%), all from the rules",
    ("train_e", "recall"): "critical recall 82/83 (98.8%)",
}


def _known_gap(request, target: str) -> None:  # type: ignore[no-untyped-def]
    name = request.node.callspec.params["report"]
    if (name, target) in KNOWN_GAPS:
        reason = f"known gap on {name}: {target}: {KNOWN_GAPS[name, target]}"
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


@pytest.fixture(scope="module")
def analyzer() -> LocalAnalyzer:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    assert analyzer.model_error is None, analyzer.model_error
    return analyzer


@pytest.fixture(scope="module", params=sorted(SETS))
def report(request, analyzer):  # type: ignore[no-untyped-def]
    path = SETS[request.param]  # every set is in the repository: a missing one fails here
    result = score(load_dataset(path), analyzer.label)
    print(f"== {path.name}\n{result.format()}")
    return result


def test_every_critical_case_is_caught(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "recall")
    assert report.critical_recall == 1.0, report.missed_critical_ids


def test_no_critical_case_comes_out_below_high(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "below_high")
    assert len(report.critical_below_high) == 0, report.critical_below_high


def test_tricky_negatives_rarely_come_out_critical(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "false_critical")
    assert report.false_critical_rate_tricky <= 0.05, report.false_critical_tricky_ids


def test_risk_macro_f1_is_at_least_0_80(report, request) -> None:  # type: ignore[no-untyped-def]
    _known_gap(request, "f1")
    assert report.risk_macro_f1 >= 0.80
