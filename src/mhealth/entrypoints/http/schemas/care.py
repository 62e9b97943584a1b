"""Wire schemas of care teams, check-in schedules and missed check-ins (under /v1/seniors/{id})."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import msgspec

from mhealth.domain.model import CareTeam, CareTeamMember, MissedCheckIn, Schedule, ScheduleTime
from mhealth.domain.rules.schedule import next_slot
from mhealth.domain.usecases.care import CareTeamInput, ScheduleInput

# The bodies of PUT are the use cases' own input shapes (also what `mhealth care-team set --file` reads).
CareTeamIn = CareTeamInput
ScheduleIn = ScheduleInput


class CareTeamOut(msgspec.Struct, kw_only=True):
    """A senior's ordered care team (alerts climb it from the first member). ``updated_at`` is null and
    ``members`` empty when no team was ever set."""

    senior_id: str
    members: list[CareTeamMember]
    updated_at: str | None = None
    updated_by: str | None = None


class ScheduleOut(msgspec.Struct, kw_only=True):
    """When the senior is expected to check in: ``times`` are weekday + HH:MM in ``timezone`` (the senior's).
    A slot with no check-in within ``grace_minutes`` either side is a missed check-in."""

    senior_id: str
    timezone: str
    times: list[ScheduleTime]
    grace_minutes: int
    updated_at: str | None = None
    next_check_at: str | None = None  # when the next slot's grace window closes (the slot is judged then)


class MissedCheckInOut(msgspec.Struct, kw_only=True):
    id: str
    slot_at: str  # the scheduled instant (UTC)
    slot_local: str  # the same instant in the senior's time zone
    recorded_at: str


class MissedCheckInsOut(msgspec.Struct, kw_only=True):
    """Newest first; for older ones pass the last item's ``slot_at`` as ``end``."""

    senior_id: str
    timezone: str
    items: list[MissedCheckInOut]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def care_team_out(senior_id: str, team: CareTeam | None) -> CareTeamOut:
    if team is None:
        return CareTeamOut(senior_id=senior_id, members=[])
    return CareTeamOut(
        senior_id=senior_id,
        members=list(team.members),
        updated_at=_iso(team.updated_at),
        updated_by=team.updated_by or None,
    )


def schedule_out(senior_id: str, timezone: str, schedule: Schedule | None) -> ScheduleOut:
    if schedule is None:
        return ScheduleOut(senior_id=senior_id, timezone=timezone, times=[], grace_minutes=60)
    next_check = None
    if schedule.checked_until is not None:
        upcoming = next_slot(schedule.times, timezone, schedule.checked_until)
        if upcoming is not None:
            next_check = _iso(upcoming + timedelta(minutes=schedule.grace_minutes))
    return ScheduleOut(
        senior_id=senior_id,
        timezone=timezone,
        times=list(schedule.times),
        grace_minutes=schedule.grace_minutes,
        updated_at=_iso(schedule.updated_at),
        next_check_at=next_check,
    )


def missed_out(senior_id: str, timezone: str, items: list[MissedCheckIn]) -> MissedCheckInsOut:
    tz = ZoneInfo(timezone)
    return MissedCheckInsOut(
        senior_id=senior_id,
        timezone=timezone,
        items=[
            MissedCheckInOut(
                id=m.id,
                slot_at=m.slot_at.isoformat(),
                slot_local=m.slot_at.astimezone(tz).isoformat(),
                recorded_at=m.recorded_at.isoformat(),
            )
            for m in items
        ],
    )
