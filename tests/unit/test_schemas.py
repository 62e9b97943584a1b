"""The HTTP response structs are built positionally on the hot path: every value must sit under its own name."""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec

from mhealth.adapters.memory import assessment_from_labels
from mhealth.domain.model import Labels, RiskLevel
from mhealth.domain.rules.safety.floor import apply_safety_floor
from mhealth.entrypoints.http.schemas import AnalysisResponse, analysis_response, crisis_for

RENAMED = {"assessment_id": "id"}
DERIVED = {"timestamp", "crisis"}


def _assessment():
    raw = assessment_from_labels(Labels(depression=2, anxiety=1, loneliness=1))
    raw = msgspec.structs.replace(raw, timestamp=datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    return apply_safety_floor(raw, "요즘 혼자 있으니 죽고 싶다는 생각이 들어", assessment_id="a1")


def test_every_response_value_sits_under_its_own_name():
    a = _assessment()
    response = analysis_response(a)
    for name in AnalysisResponse.__struct_fields__:
        if name in DERIVED:
            continue
        assert getattr(response, name) == getattr(a, RENAMED.get(name, name)), name
    assert response.timestamp == "2026-11-26T09:30:00+00:00"
    assert response.crisis == crisis_for(a.risk_level) and response.crisis.level is a.risk_level


def test_the_crisis_block_follows_every_level():
    for level in RiskLevel:
        crisis = crisis_for(level)
        assert crisis.level is level
        assert crisis.needed is (level in (RiskLevel.HIGH, RiskLevel.CRITICAL))
        assert crisis.immediate is (level is RiskLevel.CRITICAL)
