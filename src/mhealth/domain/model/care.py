"""Care: who is told about a senior (the ordered care team and its channels) and when a senior is expected
to check in (the schedule). Validation of addresses lives here so every entry point refuses the same input.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime, time

import msgspec

from mhealth.domain.model.common import require, require_aware


class ChannelKind(enum.StrEnum):
    """How a person is reached. ``sms`` and ``kakao`` (KakaoTalk Alimtalk) go to a phone number."""

    EMAIL = "email"
    SMS = "sms"
    KAKAO = "kakao"
    WEBHOOK = "webhook"
    PUSH = "push"
    LOG = "log"  # the service log: ids and codes only, never a person's contact


class MemberRole(enum.StrEnum):
    GUARDIAN = "guardian"
    SOCIAL_WORKER = "social_worker"
    ON_CALL = "on_call"


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
# Korean mobile numbers (010-1234-5678, 01012345678) or E.164 (+821012345678, +15551234567).
_KR_MOBILE = re.compile(r"^01[016789]\d{7,8}$")
_E164 = re.compile(r"^\+[1-9]\d{7,14}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def normalise_phone(raw: str) -> str:
    """Digits of a phone number, with a leading ``+`` kept; separators (space, -, ., parentheses) dropped."""
    s = raw.strip()
    plus = s.startswith("+")
    digits = re.sub(r"[\s\-.()]", "", s[1:] if plus else s)
    return ("+" if plus else "") + digits


def valid_phone(number: str) -> bool:
    """A Korean mobile number (``01X...``) or an E.164 number (``+<country><number>``)."""
    return bool(_KR_MOBILE.fullmatch(number) or _E164.fullmatch(number))


def parse_hhmm(value: str, field: str) -> time:
    m = _HHMM.fullmatch(value)
    require(m is not None, f"{field} must be a time as HH:MM (00:00-23:59)", field)
    assert m is not None
    return time(int(m.group(1)), int(m.group(2)))


class Channel(msgspec.Struct, frozen=True, kw_only=True):
    """One way to reach a member. Webhook URLs are checked for shape here; whether their host may be a
    private address is an adapter's decision (request forgery), checked on entry and again on sending."""

    kind: ChannelKind
    address: str

    def __post_init__(self) -> None:
        require(len(self.address) <= 2048, "address is at most 2048 characters", "address")
        if self.kind is ChannelKind.EMAIL:
            require(bool(_EMAIL.fullmatch(self.address)), "email address is not valid", "address")
        elif self.kind in (ChannelKind.SMS, ChannelKind.KAKAO):
            require(
                valid_phone(self.address),
                "phone number must be a Korean mobile number (010...) or E.164 (+82...), digits only",
                "address",
            )
        elif self.kind is ChannelKind.WEBHOOK:
            require(
                self.address.startswith(("https://", "http://")) and " " not in self.address,
                "webhook address must be an http(s) URL",
                "address",
            )
        elif self.kind is ChannelKind.PUSH:
            require(
                0 < len(self.address) <= 4096 and self.address.isprintable(),
                "push token must not be blank",
                "address",
            )


class QuietHours(msgspec.Struct, frozen=True, kw_only=True):
    """Local times (the senior's time zone) when a member is not disturbed, except for a crisis.
    ``start > end`` wraps midnight (22:00-07:00)."""

    start: str
    end: str

    def __post_init__(self) -> None:
        a = parse_hhmm(self.start, "quiet_hours.start")
        b = parse_hhmm(self.end, "quiet_hours.end")
        require(a != b, "quiet_hours.start and end must differ", "quiet_hours")

    def contains(self, local: time) -> bool:
        a, b = parse_hhmm(self.start, "start"), parse_hhmm(self.end, "end")
        return a <= local < b if a < b else (local >= a or local < b)


class CareTeamMember(msgspec.Struct, frozen=True, kw_only=True):
    """A person told about a senior's alerts, in the team's order. Either a user of mhealth (``user_id``)
    or an external contact (``name`` only, e.g. an on-call service)."""

    role: MemberRole
    channels: tuple[Channel, ...]
    user_id: str | None = None
    name: str = ""
    quiet_hours: QuietHours | None = None
    language: str = "ko"

    def __post_init__(self) -> None:
        require(self.user_id is not None or bool(self.name.strip()), "a member needs a user_id or a name", "name")
        require(len(self.name) <= 100, "name is at most 100 characters", "name")
        require(1 <= len(self.channels) <= 10, "a member needs 1 to 10 channels", "channels")
        require(self.language in ("ko", "en"), "language must be ko or en", "language")


class CareTeam(msgspec.Struct, frozen=True, kw_only=True):
    """A senior's ordered care team: alerts climb it from the first member (see the escalation ladder)."""

    senior_id: str
    members: tuple[CareTeamMember, ...]
    updated_at: datetime
    updated_by: str = ""

    def __post_init__(self) -> None:
        require(len(self.members) <= 20, "a care team has at most 20 members", "members")
        require_aware(self.updated_at, "updated_at")


class ScheduleTime(msgspec.Struct, frozen=True, kw_only=True):
    """A weekly expected check-in: ``weekday`` (mon..sun) at ``time`` (HH:MM, the senior's time zone)."""

    weekday: str
    time: str

    def __post_init__(self) -> None:
        require(self.weekday in WEEKDAYS, "weekday must be one of mon, tue, wed, thu, fri, sat, sun", "weekday")
        parse_hhmm(self.time, "time")


class Schedule(msgspec.Struct, frozen=True, kw_only=True):
    """When a senior is expected to check in. A slot with no check-in within ``grace_minutes`` either side
    is a missed check-in; ``missed_alert_after`` consecutive misses raise a ``missed_check_ins`` alert."""

    senior_id: str
    times: tuple[ScheduleTime, ...]
    grace_minutes: int = 60
    updated_at: datetime
    checked_until: datetime | None = None  # slots up to here have been evaluated

    def __post_init__(self) -> None:
        require(len(self.times) <= 100, "a schedule has at most 100 times", "times")
        require(1 <= self.grace_minutes <= 720, "grace_minutes must be between 1 and 720", "grace_minutes")
        require_aware(self.updated_at, "updated_at")
        if self.checked_until is not None:
            require_aware(self.checked_until, "checked_until")


class MissedCheckIn(msgspec.Struct, frozen=True, kw_only=True):
    """A scheduled slot that passed its grace window with no check-in (an event; trends show them)."""

    id: str
    senior_id: str
    slot_at: datetime
    recorded_at: datetime
