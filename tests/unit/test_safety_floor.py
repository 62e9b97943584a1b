"""The safety floor only ever raises; alerts follow the rules and the cooldown, never for a new critical."""

from datetime import datetime, timedelta, timezone

import msgspec

from mhealth.adapters.memory.analyzer import assessment_from_labels
from mhealth.domain.model import AlertStatus, Labels, RiskLevel
from mhealth.domain.rules.safety.floor import AlertPolicy, apply_safety_floor, decide_alert

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def test_an_analyzer_that_misses_active_ideation_is_overruled_by_the_floor():
    calm = assessment_from_labels(Labels())
    result = apply_safety_floor(calm, "요즘 수면제를 조금씩 모아두고 있어요")
    assert result.risk_level is RiskLevel.CRITICAL
    assert result.safety.active_ideation
    assert result.labels.suicidal_ideation == 2
    assert result.provenance.safety_floor_raised
    quote = next(e.quote for c in result.concerns for e in c.evidence)
    assert quote in "요즘 수면제를 조금씩 모아두고 있어요"


def test_passive_wish_with_depression_becomes_critical():
    sad = assessment_from_labels(Labels(depression=2))
    assert apply_safety_floor(sad, "빨리 죽어야지 뭐").risk_level is RiskLevel.CRITICAL


def test_the_floor_never_lowers_what_the_analyzer_said():
    alarmed = assessment_from_labels(Labels(suicidal_ideation=2))
    result = apply_safety_floor(alarmed, "오늘 날씨가 좋네요")
    assert result.risk_level is RiskLevel.CRITICAL
    assert result.labels.suicidal_ideation == 2
    assert not result.provenance.safety_floor_raised


def test_the_analyzers_own_higher_level_is_kept():
    labels = Labels()
    raised = msgspec.structs.replace(assessment_from_labels(labels), risk_level=RiskLevel.HIGH)
    assert apply_safety_floor(raised, "괜찮아요").risk_level is RiskLevel.HIGH


def test_a_critical_result_recommends_the_crisis_line():
    result = apply_safety_floor(assessment_from_labels(Labels()), "농약 마시고 싶다")
    assert any("109" in r for r in result.recommendations)


def _assessment(level_labels):
    return apply_safety_floor(assessment_from_labels(level_labels), "")


def test_low_and_moderate_results_raise_no_alert():
    for labels in (Labels(), Labels(depression=2)):
        assert decide_alert(_assessment(labels), senior_id="s", check_in_id="c", now=NOW, recent_alerts=()) is None


def test_a_high_result_within_the_cooldown_is_stored_but_suppressed():
    high = _assessment(Labels(suicidal_ideation=1))
    first = decide_alert(high, senior_id="s", check_in_id="c1", now=NOW, recent_alerts=())
    assert first is not None and not first.suppressed
    second = decide_alert(high, senior_id="s", check_in_id="c2", now=NOW + timedelta(hours=1), recent_alerts=[first])
    assert second is not None and second.suppressed
    later = decide_alert(
        high,
        senior_id="s",
        check_in_id="c3",
        now=NOW + timedelta(hours=7),
        recent_alerts=[first],
        policy=AlertPolicy(cooldown=timedelta(hours=6)),
    )
    assert later is not None and not later.suppressed


def test_a_new_critical_is_never_suppressed():
    critical = _assessment(Labels(suicidal_ideation=2))
    first = decide_alert(critical, senior_id="s", check_in_id="c1", now=NOW, recent_alerts=())
    second = decide_alert(
        critical, senior_id="s", check_in_id="c2", now=NOW + timedelta(minutes=5), recent_alerts=[first]
    )
    assert second is not None and not second.suppressed
    assert second.level is RiskLevel.CRITICAL
    assert "109" in second.recommended_action


def test_an_acknowledged_alert_does_not_suppress_the_next():
    high = _assessment(Labels(depression=3))
    first = decide_alert(high, senior_id="s", check_in_id="c1", now=NOW, recent_alerts=())
    acked = msgspec.structs.replace(first, status=AlertStatus.ACKNOWLEDGED)
    second = decide_alert(high, senior_id="s", check_in_id="c2", now=NOW, recent_alerts=[acked])
    assert not second.suppressed
