"""Wire schemas of care teams, check-in schedules and missed check-ins (under /v1/seniors/{id})."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import msgspec

from mhealth.domain.model import (
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    MemberRole,
    MissedCheckIn,
    QuietHours,
    Schedule,
    ScheduleTime,
)
from mhealth.domain.rules.routing import mask_recipient
from mhealth.domain.rules.schedule import next_slot
from mhealth.domain.usecases.care import CareTeamInput, ScheduleInput

# The bodies of PUT are the use cases' own input shapes (also what `mhealth care-team set --file` reads).
CareTeamIn = CareTeamInput
ScheduleIn = ScheduleInput


class ChannelOut(msgspec.Struct, kw_only=True):
    kind: ChannelKind
    address: str  # masked (``j***@example.kr``, ``010****5678``) unless the caller may edit the team


class CareTeamMemberOut(msgspec.Struct, kw_only=True):
    role: MemberRole
    channels: list[ChannelOut]
    user_id: str | None = None
    name: str = ""
    quiet_hours: QuietHours | None = None
    language: str = "ko"


class CareTeamOut(msgspec.Struct, kw_only=True):
    """A senior's ordered care team (alerts climb it from the first member). ``updated_at`` is null and
    ``members`` empty when no team was ever set. Callers who may only read the team (guardians, the senior)
    see every address masked (``addresses_masked: true``): they need to know who is told and how, not
    another member's e-mail, phone number or webhook URL (whose path may hold a secret)."""

    senior_id: str
    members: list[CareTeamMemberOut]
    addresses_masked: bool = False
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


def _channel_out(channel: Channel, *, mask: bool) -> ChannelOut:
    return ChannelOut(kind=channel.kind, address=mask_recipient(channel) if mask else channel.address)


def _member_out(member: CareTeamMember, *, mask: bool) -> CareTeamMemberOut:
    return CareTeamMemberOut(
        role=member.role,
        channels=[_channel_out(c, mask=mask) for c in member.channels],
        user_id=member.user_id,
        name=member.name,
        quiet_hours=member.quiet_hours,
        language=member.language,
    )


def care_team_out(senior_id: str, team: CareTeam | None, *, mask: bool = False) -> CareTeamOut:
    """The team as answered; ``mask`` hides every address (for callers who may read but not edit it)."""
    if team is None:
        return CareTeamOut(senior_id=senior_id, members=[], addresses_masked=mask)
    return CareTeamOut(
        senior_id=senior_id,
        members=[_member_out(m, mask=mask) for m in team.members],
        addresses_masked=mask,
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
