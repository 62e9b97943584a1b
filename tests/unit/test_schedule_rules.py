"""Schedule rules: weekly slots in the senior's zone (DST-safe), missed slots with a grace window either side,
consecutive misses that reset at any check-in."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import ScheduleTime
from mhealth.domain.rules.schedule import (
    evaluation_window,
    miss_streak,
    missed_slots,
    next_slot,
    slots_between,
    streak_reached_at,
    validate_times,
    weekly_times,
)

KST = timezone(timedelta(hours=9))
NY = "America/New_York"


def at(weekday: str, hhmm: str) -> ScheduleTime:
    return ScheduleTime(weekday=weekday, time=hhmm)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# -- slots --------------------------------------------------------------------------------------------------


def test_slots_are_local_times_of_the_seniors_zone_as_utc_instants():
    # 2026-03-02 is a Monday. Seoul is UTC+9 all year.
    times = [at("mon", "09:00"), at("thu", "18:30")]
    slots = slots_between(times, "Asia/Seoul", datetime(2026, 3, 2, tzinfo=KST), datetime(2026, 3, 9, tzinfo=KST))
    assert slots == [utc(2026, 3, 2, 0, 0), utc(2026, 3, 5, 9, 30)]
    assert all(s.tzinfo is UTC for s in slots)


def test_the_span_includes_its_start_and_excludes_its_end():
    times = [at("mon", "09:00")]
    slot = datetime(2026, 3, 2, 9, 0, tzinfo=KST)
    assert slots_between(times, "Asia/Seoul", slot, slot + timedelta(seconds=1)) == [slot]
    assert slots_between(times, "Asia/Seoul", slot - timedelta(days=1), slot) == []
    assert slots_between(times, "Asia/Seoul", slot, slot) == []
    assert slots_between(times, "Asia/Seoul", slot, slot - timedelta(days=3)) == []


def test_a_local_day_that_starts_on_the_previous_utc_day_is_found():
    # Monday 01:00 in Seoul is Sunday 16:00 UTC: a span given in UTC on Sunday must find it.
    slots = slots_between([at("mon", "01:00")], "Asia/Seoul", utc(2026, 3, 1, 15, 0), utc(2026, 3, 1, 17, 0))
    assert slots == [utc(2026, 3, 1, 16, 0)]


def test_the_same_time_listed_twice_gives_one_slot_and_an_empty_schedule_none():
    times = [at("mon", "09:00"), at("mon", "09:00")]
    week = (utc(2026, 3, 1), utc(2026, 3, 8))
    assert len(slots_between(times, "Asia/Seoul", *week)) == 1
    assert slots_between([], "Asia/Seoul", *week) == []
    assert weekly_times(times) == {0: [datetime(2026, 1, 1, 9).time()]}


def test_wall_clock_time_is_kept_across_daylight_saving_changes():
    # New York: EST (UTC-5) until 2026-03-08 02:00, then EDT (UTC-4); back to EST on 2026-11-01 02:00.
    times = [at("sun", "09:00")]
    spring = slots_between(times, NY, utc(2026, 3, 1), utc(2026, 3, 9))
    assert spring == [utc(2026, 3, 1, 14, 0), utc(2026, 3, 8, 13, 0)]
    autumn = slots_between(times, NY, utc(2026, 10, 25), utc(2026, 11, 2))
    assert autumn == [utc(2026, 10, 25, 13, 0), utc(2026, 11, 1, 14, 0)]


def test_a_time_skipped_by_the_clocks_going_forward_falls_at_the_shifted_instant_once():
    # 02:30 does not exist on 2026-03-08 in New York: read with the old offset, it is 07:30 UTC (03:30 EDT).
    slots = slots_between([at("sun", "02:30")], NY, utc(2026, 3, 8), utc(2026, 3, 9))
    assert slots == [utc(2026, 3, 8, 7, 30)]
    assert slots[0].astimezone(ZoneInfo(NY)).strftime("%H:%M") == "03:30"


def test_a_time_repeated_by_the_clocks_going_back_is_one_slot_at_its_first_occurrence():
    # 01:30 happens twice on 2026-11-01 in New York (EDT, then EST): one slot, at 05:30 UTC.
    slots = slots_between([at("sun", "01:30")], NY, utc(2026, 11, 1), utc(2026, 11, 2))
    assert slots == [utc(2026, 11, 1, 5, 30)]


@pytest.mark.parametrize("tz", ["Asia/Seoul", NY, "Europe/Berlin", "Australia/Lord_Howe", "America/Santiago"])
def test_a_year_of_slots_has_one_slot_per_scheduled_day_at_the_scheduled_local_time(tz):
    times = [at("mon", "09:00"), at("fri", "20:15")]
    slots = slots_between(times, tz, utc(2026, 1, 1), utc(2027, 1, 1))
    local = [s.astimezone(ZoneInfo(tz)) for s in slots]
    assert all((d.strftime("%a %H:%M") in ("Mon 09:00", "Fri 20:15")) for d in local)
    days = [d.date() for d in local]
    assert len(days) == len(set(days))  # never two slots on one local day
    # 2026 has 52 Mondays and 52 Fridays (Jan 1 is a Thursday); a zone may shift at most one across the edges.
    assert 103 <= len(slots) <= 105
    assert slots == sorted(slots)


def test_naive_instants_unknown_zones_and_overlong_spans_are_refused():
    with pytest.raises(InvalidInput):
        slots_between([at("mon", "09:00")], "Asia/Seoul", datetime(2026, 3, 1), utc(2026, 3, 8))
    with pytest.raises(InvalidInput) as caught:
        slots_between([at("mon", "09:00")], "Mars/Olympus", utc(2026, 3, 1), utc(2026, 3, 8))
    assert caught.value.field == "timezone"
    with pytest.raises(InvalidInput):
        slots_between([at("mon", "09:00")], "Asia/Seoul", utc(2026, 1, 1), utc(2028, 1, 1))


# -- missed slots -------------------------------------------------------------------------------------------

SLOT = utc(2026, 3, 2, 0, 0)
GRACE = timedelta(minutes=60)


@pytest.mark.parametrize(
    ("offset", "missed"),
    [
        (timedelta(0), False),
        (-GRACE, False),  # the window's start is included
        (GRACE, False),  # and its end
        (-GRACE - timedelta(seconds=1), True),
        (GRACE + timedelta(seconds=1), True),
        (timedelta(minutes=-30), False),
    ],
)
def test_a_slot_is_kept_by_a_check_in_within_the_grace_either_side(offset, missed):
    assert missed_slots([SLOT], [SLOT + offset], GRACE) == ([SLOT] if missed else [])


def test_a_slot_without_any_check_in_is_missed_and_check_ins_may_come_in_any_order_and_zone():
    slots = [SLOT + timedelta(days=d) for d in (3, 0, 1)]
    check_ins = [(SLOT + timedelta(days=1, minutes=10)).astimezone(KST), SLOT - timedelta(days=10)]
    assert missed_slots(slots, check_ins, GRACE) == [SLOT, SLOT + timedelta(days=3)]
    assert missed_slots(slots, [], GRACE) == sorted(slots)
    assert missed_slots([], check_ins, GRACE) == []


def test_one_check_in_keeps_two_slots_closer_than_two_grace_windows():
    slots = [SLOT, SLOT + timedelta(minutes=60)]
    assert missed_slots(slots, [SLOT + timedelta(minutes=20)], GRACE) == []
    assert missed_slots(slots, [SLOT + timedelta(minutes=20)], timedelta(minutes=30)) == [slots[1]]


def test_a_negative_grace_is_refused():
    with pytest.raises(InvalidInput):
        missed_slots([SLOT], [], timedelta(minutes=-1))


# -- streaks ------------------------------------------------------------------------------------------------

DAYS = [SLOT + timedelta(days=d) for d in range(6)]


def test_consecutive_misses_are_the_misses_after_the_latest_check_in():
    assert miss_streak(DAYS[:3], []) == DAYS[:3]
    assert miss_streak(DAYS[:3], [DAYS[0] + timedelta(hours=5)]) == DAYS[1:3]
    assert miss_streak(DAYS[:3], [DAYS[2] + timedelta(hours=5)]) == []  # any check-in resets, even off-schedule
    assert miss_streak(reversed(DAYS[:3]), [DAYS[0] - timedelta(hours=5)]) == DAYS[:3]


def test_the_streak_reaches_its_threshold_at_its_nth_miss_once():
    assert streak_reached_at(DAYS[:1], [], 2) is None
    assert streak_reached_at(DAYS[:2], [], 2) == DAYS[1]
    assert streak_reached_at(DAYS[:5], [], 2) == DAYS[1]  # a third, fourth miss: still the same streak
    reset = [DAYS[2] + timedelta(hours=3)]
    assert streak_reached_at(DAYS[:4], reset, 2) is None  # the check-in started a new streak: one miss so far
    assert streak_reached_at(DAYS[:5], reset, 2) == DAYS[4]  # a new streak, a new alert slot
    assert streak_reached_at(DAYS[:1], [], 1) == DAYS[0]
    with pytest.raises(InvalidInput):
        streak_reached_at(DAYS, [], 0)


# -- evaluation window and validation -----------------------------------------------------------------------


def test_the_window_runs_from_the_watermark_through_now_minus_grace_in_bounded_steps():
    now = utc(2026, 3, 10, 12, 0)
    tick = timedelta(microseconds=1)
    assert evaluation_window(now - timedelta(hours=3), now, GRACE) == (now - timedelta(hours=3), now - GRACE + tick)
    # A slot exactly at now - grace has just closed its window: it is judged (the window's end is exclusive).
    assert evaluation_window(now - GRACE, now, GRACE) == (now - GRACE, now - GRACE + tick)
    times = [at("tue", "20:00")]  # 2026-03-10 is a Tuesday; 20:00 in Seoul is 11:00 UTC = now - GRACE
    assert slots_between(times, "Asia/Seoul", *evaluation_window(now - GRACE, now, GRACE)) == [now - GRACE]
    assert evaluation_window(now - GRACE + tick, now, GRACE) is None
    assert evaluation_window(now, now, GRACE) is None
    long_ago = now - timedelta(days=100)
    assert evaluation_window(long_ago, now, GRACE) == (long_ago, long_ago + timedelta(days=31))
    with pytest.raises(InvalidInput):
        evaluation_window(datetime(2026, 3, 1), now, GRACE)


def test_a_time_listed_twice_is_refused_with_its_position():
    validate_times([at("mon", "09:00"), at("tue", "09:00")])
    with pytest.raises(InvalidInput) as caught:
        validate_times([at("mon", "09:00"), at("tue", "09:00"), at("mon", "09:00")])
    assert caught.value.field == "times[2]"


def test_the_next_slot_is_the_first_at_or_after_an_instant():
    times = [at("mon", "09:00"), at("thu", "18:30")]
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=KST)
    assert next_slot(times, "Asia/Seoul", monday) == monday
    assert next_slot(times, "Asia/Seoul", monday + timedelta(seconds=1)) == datetime(2026, 3, 5, 18, 30, tzinfo=KST)
    assert next_slot([at("mon", "09:00")], "Asia/Seoul", monday + timedelta(minutes=1)) == monday + timedelta(days=7)
    assert next_slot([], "Asia/Seoul", monday) is None
