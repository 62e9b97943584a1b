"""Trend: daily aggregates in the senior's zone, 7-day average, change against the 30-day baseline."""

from datetime import datetime, timedelta, timezone

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import RiskLevel
from mhealth.domain.rules.trend import ScorePoint, TrendPolicy, compute_trend

NOW = datetime(2026, 11, 26, 3, 0, tzinfo=timezone.utc)  # 12:00 in Seoul


def point(days_ago, dep, anx=10.0, cog=90.0, level=RiskLevel.LOW, hour=3):
    at = NOW - timedelta(days=days_ago)
    return ScorePoint(at=at.replace(hour=hour), depression=dep, anxiety=anx, cognitive=cog, risk_level=level)


def test_days_are_counted_in_the_seniors_time_zone():
    # 16:00 UTC on the 25th is 01:00 on the 26th in Seoul: the same day as NOW there.
    late = ScorePoint(
        at=datetime(2026, 11, 25, 16, 0, tzinfo=timezone.utc),
        depression=50,
        anxiety=0,
        cognitive=100,
        risk_level=RiskLevel.HIGH,
    )
    trend = compute_trend("s", [late, point(0, 10)], now=NOW)
    assert [p.day for p in trend.points] == ["2026-11-26"]
    assert trend.points[0].count == 2
    assert trend.points[0].depression == 30
    assert trend.points[0].worst_risk is RiskLevel.HIGH


def test_rising_depression_against_the_baseline_flags_worsening():
    baseline = [point(d, 20) for d in range(8, 38)]
    recent = [point(d, 35, level=RiskLevel.MODERATE) for d in range(0, 7)]
    trend = compute_trend("s", baseline + recent, now=NOW)
    assert trend.baseline_depression == 20
    assert trend.recent_depression == 35
    assert trend.change_depression == 15
    assert trend.worsening and "depression_rising" in trend.worsening_reasons
    assert trend.worst_risk is RiskLevel.MODERATE


def test_small_changes_do_not_flag_worsening():
    trend = compute_trend("s", [point(d, 20) for d in range(8, 38)] + [point(d, 25) for d in range(7)], now=NOW)
    assert not trend.worsening


def test_no_baseline_means_no_change_and_no_flag():
    trend = compute_trend("s", [point(0, 80)], now=NOW)
    assert trend.change_depression is None and not trend.worsening


def test_moving_average_covers_the_last_seven_days_with_data():
    trend = compute_trend("s", [point(2, 10), point(1, 20), point(0, 60)], now=NOW)
    assert trend.points[-1].depression_ma7 == 30


def test_points_outside_the_window_are_not_listed():
    trend = compute_trend("s", [point(100, 10), point(0, 10)], now=NOW, policy=TrendPolicy(window_days=90))
    assert len(trend.points) == 1


def test_an_unknown_time_zone_is_a_clear_error():
    with pytest.raises(InvalidInput) as info:
        compute_trend("s", [], now=NOW, timezone="Mars/Olympus")
    assert info.value.field == "timezone"


def test_missed_check_ins_are_counted_per_day_in_the_seniors_zone_within_the_window():
    # 15:30 UTC on the 25th is 00:30 on the 26th in Seoul; 100 days ago is outside the 90-day window.
    missed = [
        datetime(2026, 11, 25, 15, 30, tzinfo=timezone.utc),
        datetime(2026, 11, 26, 0, 0, tzinfo=timezone.utc),
        datetime(2026, 11, 24, 0, 0, tzinfo=timezone.utc),
        NOW - timedelta(days=100),
    ]
    trend = compute_trend("s", [point(0, 10)], now=NOW, missed=missed)
    assert [(d.day, d.count) for d in trend.missed_days] == [("2026-11-24", 1), ("2026-11-26", 2)]
    assert trend.missed_total == 3
    assert trend.missed_check_ins == tuple(sorted(missed[:3]))
    assert [p.day for p in trend.points] == ["2026-11-26"]  # the score points are unchanged


def test_a_trend_without_missed_check_ins_has_empty_missed_fields():
    trend = compute_trend("s", [point(0, 10)], now=NOW)
    assert (trend.missed_days, trend.missed_check_ins, trend.missed_total) == ((), (), 0)
