"""Check-in schedules: pure rules, no I/O (the schedule check in :mod:`mhealth.domain.usecases.care` drives them).

* **Slots.** A schedule is a set of weekly local times (``mon 09:00``) in the senior's time zone. The slots
  between two instants are computed day by day in that zone with :mod:`zoneinfo`, so they follow daylight
  saving time: ``09:00`` stays 09:00 on the wall clock on both sides of a change. A local time that does not
  exist on the day clocks go forward (02:30 in New York on the second Sunday of March) falls at the instant the
  wall clock would show it with the old offset, i.e. 03:30 new time; a local time that happens twice on the
  day clocks go back is its first occurrence. Either way each weekly time gives exactly one slot a day.
* **Missed.** A slot is *kept* when at least one check-in was made within ``grace`` before or after it
  (both ends included); otherwise it is *missed*. One check-in may keep two slots that are closer than two
  grace windows (a senior who talked at 09:20 did check in for both 09:00 and 10:00 with a 60-minute grace).
  A slot can only be judged once its grace window has passed: callers evaluate slots before ``now - grace``.
* **Streak.** The consecutive misses of a senior are the missed slots after their latest check-in: any
  check-in, on schedule or not, resets the count (the senior was heard from).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time, timedelta

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import WEEKDAYS, ScheduleTime
from mhealth.domain.model.care import parse_hhmm
from mhealth.domain.rules.trend import zone

RESOLUTION = timedelta(microseconds=1)  # the finest instant stored (DATETIME(6))
MAX_SPAN = timedelta(days=400)  # one call never enumerates more than this (callers evaluate in steps)


def _require_aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(f"{name} must be timezone-aware", field=name)


def weekly_times(times: Iterable[ScheduleTime]) -> dict[int, list[time]]:
    """The schedule's local times by weekday index (0 = Monday), sorted and without duplicates."""
    by_day: dict[int, set[time]] = {}
    for t in times:
        by_day.setdefault(WEEKDAYS.index(t.weekday), set()).add(parse_hhmm(t.time, "time"))
    return {day: sorted(values) for day, values in by_day.items()}


def slots_between(times: Iterable[ScheduleTime], timezone: str, start: datetime, end: datetime) -> list[datetime]:
    """The instants (aware, UTC) of every scheduled slot with ``start <= slot < end``, oldest first.

    Raises:
        InvalidInput: an unknown time zone, naive instants, or a span longer than :data:`MAX_SPAN`.
    """
    _require_aware(start, "start")
    _require_aware(end, "end")
    tz = zone(timezone)
    if end <= start:
        return []
    if end - start > MAX_SPAN:
        raise InvalidInput(f"a span of slots is at most {MAX_SPAN.days} days", field="end")
    by_day = weekly_times(times)
    if not by_day:
        return []
    # One day either side: a local day overlaps the UTC span at both ends whatever the zone's offset.
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    found: set[datetime] = set()
    day = first
    while day <= last:
        for t in by_day.get(day.weekday(), ()):
            # fold=0: the first of two equal wall-clock times when clocks go back; a wall-clock time that does
            # not exist (clocks go forward) is read with the offset before the change (zoneinfo's rule).
            instant = datetime.combine(day, t, tzinfo=tz).astimezone(UTC)
            if start <= instant < end:
                found.add(instant)
        day += timedelta(days=1)
    return sorted(found)


def next_slot(times: Iterable[ScheduleTime], timezone: str, since: datetime) -> datetime | None:
    """The first slot at or after ``since`` (within eight days: every weekly time recurs within seven), or None
    for a schedule with no times. A schedule check moves its watermark there: nothing before it is left to judge.
    """
    found = slots_between(times, timezone, since, since + timedelta(days=8))
    return found[0] if found else None


def missed_slots(slots: Iterable[datetime], check_ins: Iterable[datetime], grace: timedelta) -> list[datetime]:
    """The slots with no check-in within ``grace`` either side (inclusive), oldest first."""
    if grace < timedelta(0):
        raise InvalidInput("grace must not be negative", field="grace_minutes")
    made = sorted(c.astimezone(UTC) for c in check_ins)
    missed: list[datetime] = []
    for slot in sorted(slots):
        i = bisect.bisect_left(made, slot - grace)  # the first check-in not before the window opens
        if i == len(made) or made[i] > slot + grace:
            missed.append(slot)
    return missed


def miss_streak(missed: Iterable[datetime], check_ins: Iterable[datetime]) -> list[datetime]:
    """The current run of consecutive misses: the missed slots after the latest check-in, oldest first."""
    latest = max(check_ins, default=None)
    return sorted(m for m in missed if latest is None or m > latest)


def streak_reached_at(missed: Iterable[datetime], check_ins: Iterable[datetime], after: int) -> datetime | None:
    """The slot at which the current streak of misses reached ``after`` (its ``after``-th miss), or None when the
    current streak is shorter. An alert is due when this slot is one of the slots just recorded: each slot is
    recorded once, so each streak raises its alert once, and a check-in starts a new streak."""
    if after < 1:
        raise InvalidInput("the number of misses before an alert is at least 1", field="missed_alert_after")
    streak = miss_streak(missed, check_ins)
    return streak[after - 1] if len(streak) >= after else None


def evaluation_window(
    checked_until: datetime, now: datetime, grace: timedelta, *, step: timedelta = timedelta(days=31)
) -> tuple[datetime, datetime] | None:
    """The span ``[start, end)`` of slots a schedule check may judge now: from the watermark through
    ``now - grace`` inclusive (a slot is judged once its grace window has closed, ``slot + grace <= now``; a later
    one's is still open), at most ``step`` long (a long outage is caught up in steps); None when nothing is due.
    """
    _require_aware(checked_until, "checked_until")
    _require_aware(now, "now")
    end = min(now - grace + RESOLUTION, checked_until + step)
    return (checked_until, end) if end > checked_until else None


def validate_times(times: Sequence[ScheduleTime]) -> None:
    """Refuse a schedule that names the same weekday and time twice (a mistake, not two slots)."""
    seen: set[tuple[str, str]] = set()
    for i, t in enumerate(times):
        key = (t.weekday, t.time)
        if key in seen:
            raise InvalidInput(f"{t.weekday} {t.time} is listed twice", field=f"times[{i}]")
        seen.add(key)
