"""Routing rules: the escalation ladder, quiet hours (DST-safe), masked recipients."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import CareTeamMember, Channel, ChannelKind, MemberRole, QuietHours, RiskLevel
from mhealth.domain.rules.routing import (
    EscalationLadder,
    mask_recipient,
    member_destinations,
    parse_ladder,
    quiet_until,
)

SEOUL = ZoneInfo("Asia/Seoul")


def test_the_default_ladders_are_the_documented_ones():
    ladder = EscalationLadder(
        critical=parse_ladder("0s,10m,30m", "MHEALTH_ESCALATION_CRITICAL"),
        high=parse_ladder("0s,24h", "MHEALTH_ESCALATION_HIGH"),
    )
    assert ladder == EscalationLadder()
    assert [ladder.delay_before(RiskLevel.CRITICAL, i) for i in range(4)] == [
        timedelta(0),
        timedelta(minutes=10),
        timedelta(minutes=30),
        timedelta(minutes=30),  # members past the ladder's end wait its last delay
    ]
    assert ladder.delay_before(RiskLevel.HIGH, 1) == timedelta(hours=24)


@pytest.mark.parametrize("text", ["", "10", "0s,soon", "-5m", "1w"])
def test_a_ladder_that_is_not_delays_is_refused_with_the_key(text):
    with pytest.raises(InvalidInput) as info:
        parse_ladder(text, "MHEALTH_ESCALATION_HIGH")
    assert info.value.field == "MHEALTH_ESCALATION_HIGH"


def test_parse_ladder_units():
    assert parse_ladder("500ms, 2s,1.5m,1h,1d", "k") == (
        timedelta(milliseconds=500),
        timedelta(seconds=2),
        timedelta(seconds=90),
        timedelta(hours=1),
        timedelta(days=1),
    )


def test_quiet_hours_that_wrap_midnight_end_the_next_morning():
    quiet = QuietHours(start="22:00", end="07:00")
    late = datetime(2026, 3, 2, 23, 30, tzinfo=SEOUL)
    early = datetime(2026, 3, 3, 2, 0, tzinfo=SEOUL)
    day = datetime(2026, 3, 3, 12, 0, tzinfo=SEOUL)

    assert quiet_until(quiet, late, "Asia/Seoul") == datetime(2026, 3, 3, 7, 0, tzinfo=SEOUL)
    assert quiet_until(quiet, early, "Asia/Seoul") == datetime(2026, 3, 3, 7, 0, tzinfo=SEOUL)
    assert quiet_until(quiet, day, "Asia/Seoul") is None
    assert quiet_until(None, late, "Asia/Seoul") is None


def test_quiet_hours_end_at_the_right_instant_across_a_dst_change():
    # New York springs forward on 2026-03-08 at 02:00: 22:00 EST -> 07:00 EDT is 8 hours, not 9.
    quiet = QuietHours(start="22:00", end="07:00")
    at = datetime(2026, 3, 7, 22, 0, tzinfo=ZoneInfo("America/New_York")).astimezone(UTC)
    ends = quiet_until(quiet, at, "America/New_York")
    assert ends is not None
    assert ends - at == timedelta(hours=8)
    assert ends.astimezone(ZoneInfo("America/New_York")).hour == 7


def test_a_crisis_ignores_quiet_hours_other_levels_wait_until_they_end():
    member = CareTeamMember(
        role=MemberRole.GUARDIAN,
        name="딸",
        channels=(Channel(kind=ChannelKind.SMS, address="01012345678"),),
        quiet_hours=QuietHours(start="22:00", end="07:00"),
    )
    at = datetime(2026, 3, 2, 23, 0, tzinfo=SEOUL)
    (critical,) = member_destinations(member, 0, level=RiskLevel.CRITICAL, at=at, timezone="Asia/Seoul")
    (high,) = member_destinations(member, 0, level=RiskLevel.HIGH, at=at, timezone="Asia/Seoul")
    assert critical.not_before == at
    assert high.not_before == datetime(2026, 3, 3, 7, 0, tzinfo=SEOUL)
    assert high.member_position == 0 and high.recipient_name == "딸"


@pytest.mark.parametrize(
    ("kind", "address", "shown"),
    [
        (ChannelKind.EMAIL, "guardian@example.kr", "g***@example.kr"),
        (ChannelKind.SMS, "01012345678", "010****5678"),
        (ChannelKind.KAKAO, "+821012345678", "+82******5678"),
        (ChannelKind.WEBHOOK, "https://hooks.example.kr/secret-path?token=abc", "https://hooks.example.kr/…"),
        (ChannelKind.PUSH, "fcm-token-abcdefghijklmnop", "fcm-to…"),
        (ChannelKind.LOG, "", "log"),
    ],
)
def test_recipients_are_masked(kind, address, shown):
    assert mask_recipient(Channel(kind=kind, address=address)) == shown
