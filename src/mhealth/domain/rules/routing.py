"""Routing of alert events (pure): who is told, through which channels, from when, and the escalation ladder.

* Organisation-wide channels (the log, the organisation webhook) receive every event of every alert.
* An alert climbs the senior's care team in order: member 0 first, then the next member each time the
  ladder's delay passes without an acknowledgement. ``MHEALTH_ESCALATION_CRITICAL`` (``0s,10m,30m``) and
  ``MHEALTH_ESCALATION_HIGH`` (``0s,24h``) give the delay before each next member, counted from the previous
  step; members past the end of the ladder wait the ladder's last delay each.
* Quiet hours: a critical alert ignores them; any other event to a member inside their quiet hours waits
  until the quiet hours end (in the senior's time zone; DST-safe through :mod:`zoneinfo`).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import msgspec

from mhealth.domain.errors import InvalidInput
from mhealth.domain.model import Channel, ChannelKind, QuietHours, RiskLevel
from mhealth.domain.model.care import CareTeamMember, parse_hhmm

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_ladder(text: str, field: str) -> tuple[timedelta, ...]:
    """``"0s,10m,30m"`` -> the delays. Units: ms, s, m, h, d. At least one delay, none negative."""
    parts = [p for p in text.split(",") if p.strip()]
    if not parts:
        raise InvalidInput(f"{field} needs at least one delay, such as 0s,10m,30m", field=field)
    delays = []
    for part in parts:
        m = _DURATION.fullmatch(part)
        if m is None:
            raise InvalidInput(
                f"{field}: {part.strip()!r} is not a delay; write a number and a unit (ms, s, m, h, d), such as 10m",
                field=field,
            )
        delays.append(timedelta(seconds=float(m.group(1)) * _UNITS[m.group(2)]))
    if len(delays) > 50:
        raise InvalidInput(f"{field} has at most 50 delays", field=field)
    return tuple(delays)


class EscalationLadder(msgspec.Struct, frozen=True, kw_only=True):
    """The delay before each next care-team member is told, relative to the previous step, per level."""

    critical: tuple[timedelta, ...] = (timedelta(0), timedelta(minutes=10), timedelta(minutes=30))
    high: tuple[timedelta, ...] = (timedelta(0), timedelta(hours=24))

    def __post_init__(self) -> None:
        for name, delays in (("critical", self.critical), ("high", self.high)):
            if not delays or any(d < timedelta(0) for d in delays):
                raise InvalidInput(f"the {name} escalation ladder needs delays of zero or more", field=name)

    def delay_before(self, level: RiskLevel, position: int) -> timedelta:
        """How long after the previous step member ``position`` is told (position 0: after the alert)."""
        delays = self.critical if level is RiskLevel.CRITICAL else self.high
        return delays[min(position, len(delays) - 1)]


def quiet_until(quiet: QuietHours | None, at: datetime, timezone: str) -> datetime | None:
    """The instant ``quiet`` hours end when ``at`` falls inside them (local time in ``timezone``), else None."""
    if quiet is None:
        return None
    zone = ZoneInfo(timezone)
    local = at.astimezone(zone)
    if not quiet.contains(local.time().replace(tzinfo=None)):
        return None
    end: time = parse_hhmm(quiet.end, "quiet_hours.end")
    day = local.date()
    if local.time().replace(tzinfo=None) >= end:  # a window that wraps midnight ends tomorrow
        day += timedelta(days=1)
    ends = datetime.combine(day, end, tzinfo=zone)
    # A wall time that does not exist (spring forward) is normalised by the round trip through UTC.
    return ends.astimezone(at.tzinfo) if ends > at else at


class Destination(msgspec.Struct, frozen=True, kw_only=True):
    """One channel to tell, from ``not_before`` on."""

    channel: Channel
    not_before: datetime
    member_position: int | None = None  # None: an organisation-wide channel
    recipient_name: str = ""
    language: str = "ko"


def org_destinations(channels: tuple[Channel, ...], at: datetime) -> list[Destination]:
    return [Destination(channel=c, not_before=at) for c in channels]


def member_destinations(
    member: CareTeamMember, position: int, *, level: RiskLevel, at: datetime, timezone: str
) -> list[Destination]:
    """Every channel of one member; outside a crisis, held until the member's quiet hours end."""
    not_before = at
    if level is not RiskLevel.CRITICAL:
        not_before = quiet_until(member.quiet_hours, at, timezone) or at
    return [
        Destination(
            channel=c,
            not_before=not_before,
            member_position=position,
            recipient_name=member.name,
            language=member.language,
        )
        for c in member.channels
    ]


def mask_recipient(channel: Channel) -> str:
    """A recipient as shown on an alert: enough to tell channels apart, never the full address."""
    address = channel.address
    if channel.kind is ChannelKind.LOG:
        return "log"
    if channel.kind is ChannelKind.EMAIL:
        local, _, domain = address.partition("@")
        return f"{local[:1]}***@{domain}"
    if channel.kind in (ChannelKind.SMS, ChannelKind.KAKAO):
        return address[:3] + "*" * max(0, len(address) - 7) + address[-4:] if len(address) > 7 else "***"
    if channel.kind is ChannelKind.WEBHOOK:
        parts = urlsplit(address)
        return f"{parts.scheme}://{parts.hostname or ''}/…"  # paths and queries may hold secrets
    return address[:6] + "…"
