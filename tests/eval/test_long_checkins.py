"""Long check-ins through the whole local analyzer (rules + statistical model + safety floor).

tests/eval/discourse/long_checkins.jsonl: 1-3 minute transcripts written by the team (development data: the
discourse rules were written against them), the decisive sentences buried between meals and grandchildren.
Every crisis one must come out critical with its evidence quoting the decisive sentences; every benign twin
(a means for its everyday purpose, a drama, a friend's story, a resolved past, funeral wishes with plans)
must not come out critical.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mhealth.adapters.local.analyzer import LocalAnalyzer
from mhealth.domain.model import RiskLevel
from mhealth.domain.rules.safety.floor import apply_safety_floor

ITEMS = [
    json.loads(line)
    for line in (Path(__file__).with_name("discourse") / "long_checkins.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def analyzer() -> LocalAnalyzer:
    analyzer = LocalAnalyzer()
    assert analyzer.wait_until_loaded(timeout=60)
    return analyzer


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: str(i["id"]))
def test_long_check_ins(analyzer: LocalAnalyzer, item: dict[str, object]) -> None:
    text = str(item["text"])
    result = apply_safety_floor(analyzer.assess(text), text)
    for concern in result.concerns:
        for evidence in concern.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote
    if item["risk"] == "critical":
        assert result.risk_level is RiskLevel.CRITICAL
        assert result.safety.active_ideation
    else:
        assert result.risk_level is not RiskLevel.CRITICAL
        assert result.labels.suicidal_ideation == 0, [c.code for c in result.concerns]
