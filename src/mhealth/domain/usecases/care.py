"""Care: a senior's care team (who is told, in which order, how), their check-in schedule, and the schedule check
that turns silence into missed check-ins and, after enough of them in a row, an alert.

Who may edit: see :mod:`mhealth.domain.rules.access` (``manage_care``: admins, social workers and service clients
of the senior; guardians and seniors read). The use cases check it when given an ``actor`` (the HTTP layer passes
one); trusted in-process callers (the CLI, ``import mhealth``) pass none.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.errors import InvalidInput, MHealthError
from mhealth.domain.model import (
    MISSED_CHECK_INS,
    WEEKDAYS,
    AccessLink,
    Alert,
    AlertEvent,
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    MemberRole,
    MissedCheckIn,
    Notification,
    PendingDelivery,
    QuietHours,
    RiskLevel,
    Schedule,
    ScheduleTime,
    Senior,
    new_id,
    normalise_phone,
)
from mhealth.domain.rules.access import Action, Actor, may
from mhealth.domain.rules.schedule import (
    evaluation_window,
    miss_streak,
    missed_slots,
    next_slot,
    slots_between,
    streak_reached_at,
    validate_times,
)
from mhealth.domain.usecases.access import AccessControl, not_found_senior
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger("mhealth.care")

UrlCheck = Callable[[str], Awaitable[None]]
"""Checks a member's webhook URL before it is stored (request forgery: the host must not resolve to a private
address unless allowed); raises :class:`InvalidInput` (any ``field``: the path of the address replaces it)."""

OnAlert = Callable[[Transaction, Alert], Awaitable[None]]
"""Raises an alert inside the caller's transaction (stores it and queues its notifications)."""

MEMBER_KINDS = tuple(k.value for k in ChannelKind if k is not ChannelKind.LOG)
_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NAMES = {**{d: d for d in WEEKDAYS}, **dict(zip(_FULL_DAYS, WEEKDAYS, strict=True))}


# -- input (the shape of PUT bodies and of ``mhealth care-team set --file``) ------------------------------------


class ChannelInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``kind``: email, sms, kakao (KakaoTalk Alimtalk), webhook or push; ``address``: the e-mail address, the
    phone number (separators allowed), the https URL or the push token."""

    kind: str
    address: str


class QuietHoursInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Local times (HH:MM, the senior's time zone); ``start`` after ``end`` wraps midnight (22:00-07:00)."""

    start: str
    end: str


class MemberInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A care-team member: a user of mhealth (``user_id``) or an external contact (``name``)."""

    role: str
    channels: list[ChannelInput] = msgspec.field(default_factory=list)
    user_id: str | None = None
    name: str = ""
    quiet_hours: QuietHoursInput | None = None
    language: str = "ko"


class CareTeamInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A whole care team, in order: alerts climb it from the first member."""

    members: list[MemberInput]


class ScheduleTimeInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``weekday``: mon..sun (or the full English name); ``time``: HH:MM in the senior's time zone."""

    weekday: str
    time: str


class ScheduleInput(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    times: list[ScheduleTimeInput]
    grace_minutes: int = 60


class SchedulePolicy(msgspec.Struct, frozen=True, kw_only=True):
    """``missed_alert_after`` consecutive misses raise one alert (MHEALTH_MISSED_ALERT_AFTER)."""

    missed_alert_after: int = 2
    batch: int = 10  # schedules claimed per transaction: short transactions (SQLite has one writer)
    catch_up_step: timedelta = timedelta(days=31)  # the longest span judged at once after an outage
    # A pause between batches: schedule checks are background work, and on SQLite (one writer at a time) a run
    # of back-to-back write transactions would starve a check-in waiting for the lock past its busy timeout.
    pause_between_batches: timedelta = timedelta(milliseconds=50)

    def __post_init__(self) -> None:
        if not 1 <= self.missed_alert_after <= 100:
            raise InvalidInput("missed_alert_after must be between 1 and 100", field="missed_alert_after")


class ScheduleCheckReport(msgspec.Struct, kw_only=True):
    """What one schedule check did."""

    schedules: int = 0  # schedules judged
    missed: int = 0  # missed slots recorded
    alerts: int = 0  # missed_check_ins alerts raised


# -- validation ---------------------------------------------------------------------------------------------


def _at(path: str, error: MHealthError) -> InvalidInput:
    """The same complaint as a 400 ``invalid_input`` naming the full path of the field at fault."""
    field = f"{path}.{error.field}" if error.field else path
    return InvalidInput(error.detail, field=field, detail_ko=error.detail_ko)


def _address(kind: ChannelKind, raw: str) -> str:
    address = raw.strip()
    if kind in (ChannelKind.SMS, ChannelKind.KAKAO):
        address = normalise_phone(address)
        if address.startswith("+820"):  # +82 010-...: the trunk 0 written after the country code
            address = "+82" + address[4:]
    return address


def _hhmm(value: str, field: str) -> str:
    """``HH:MM`` in ASCII digits (the model's pattern also matches other scripts' digits: ``٠٩:٠٠``)."""
    value = value.strip()
    if not value.isascii():
        raise InvalidInput("must be a time as HH:MM (00:00-23:59)", field=field)
    return value


def build_member(item: MemberInput, path: str) -> CareTeamMember:
    """A validated member from its input; errors name the field as ``<path>.channels[0].address``."""
    try:
        role = MemberRole(item.role)
    except ValueError:
        roles = ", ".join(r.value for r in MemberRole)
        raise InvalidInput(f"role must be one of {roles}", field=f"{path}.role") from None
    channels: list[Channel] = []
    for j, ch in enumerate(item.channels):
        where = f"{path}.channels[{j}]"
        if ch.kind not in MEMBER_KINDS:
            raise InvalidInput(f"kind must be one of {', '.join(MEMBER_KINDS)}", field=f"{where}.kind")
        kind = ChannelKind(ch.kind)
        try:
            channels.append(Channel(kind=kind, address=_address(kind, ch.address)))
        except InvalidInput as exc:
            raise _at(where, exc) from None
    seen = [(c.kind, c.address) for c in channels]
    for j, key in enumerate(seen):
        if key in seen[:j]:
            raise InvalidInput("the same channel is listed twice", field=f"{path}.channels[{j}]")
    user_id = item.user_id.strip() if item.user_id is not None else None
    if user_id == "":
        raise InvalidInput("user_id must not be blank (leave it out for an external contact)", field=f"{path}.user_id")
    try:
        quiet = None
        if item.quiet_hours is not None:
            start = _hhmm(item.quiet_hours.start, "quiet_hours.start")
            quiet = QuietHours(start=start, end=_hhmm(item.quiet_hours.end, "quiet_hours.end"))
        return CareTeamMember(
            role=role,
            channels=tuple(channels),
            user_id=user_id,
            name=item.name.strip(),
            quiet_hours=quiet,
            language=item.language,
        )
    except InvalidInput as exc:
        raise _at(path, exc) from None


def build_members(items: Sequence[MemberInput]) -> tuple[CareTeamMember, ...]:
    if len(items) > 20:
        raise InvalidInput("a care team has at most 20 members", field="members")
    members = tuple(build_member(item, f"members[{i}]") for i, item in enumerate(items))
    users = [m.user_id for m in members]
    for i, user_id in enumerate(users):
        if user_id is not None and user_id in users[:i]:
            raise InvalidInput("this user is already a member of the team", field=f"members[{i}].user_id")
    return members


def build_times(items: Sequence[ScheduleTimeInput]) -> tuple[ScheduleTime, ...]:
    if len(items) > 100:
        raise InvalidInput("a schedule has at most 100 times", field="times")
    times: list[ScheduleTime] = []
    for i, item in enumerate(items):
        day = _DAY_NAMES.get(item.weekday.strip().lower())
        if day is None:
            raise InvalidInput("weekday must be one of mon, tue, wed, thu, fri, sat, sun", field=f"times[{i}].weekday")
        try:
            times.append(ScheduleTime(weekday=day, time=_hhmm(item.time, "time")))
        except InvalidInput as exc:
            raise _at(f"times[{i}]", exc) from None
    validate_times(times)
    return tuple(times)


def _require(actor: Actor | None, action: Action, senior_id: str) -> None:
    if actor is not None:
        AccessControl.require(actor, action, senior_id)


async def _senior(tx: Transaction, senior_id: str) -> Senior:
    senior = await tx.seniors.get(senior_id)
    if senior is None:
        raise not_found_senior()
    return senior


# -- care teams ---------------------------------------------------------------------------------------------


class CareTeams:
    """Read and replace a senior's ordered care team.

    Validation on entry (400 ``invalid_input`` naming the field, e.g. ``members[1].channels[0].address``): roles,
    channel kinds, e-mail addresses, phone numbers (normalised: separators dropped, ``+82 010`` read as ``+82 10``;
    then a Korean mobile number or E.164), webhook URLs (shape here; ``url_check`` for where they point), quiet
    hours, languages; a member's ``user_id`` must name an active user. A member who is a user must also be able to
    open the alerts they are sent: an actor who manages accounts (an admin, or a trusted caller with no actor)
    links them to the senior in the same transaction; anyone else gets a clear error asking for the link first
    (linking is an admin's act, and editing a team must not grant access by the back door).
    """

    def __init__(self, *, uow: UnitOfWork, clock: Clock, url_check: UrlCheck | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.url_check = url_check

    async def get(self, senior_id: str, *, actor: Actor | None = None) -> CareTeam | None:
        """The senior's team, or None when none was ever set. Raises ``NotFound`` for an unknown senior."""
        _require(actor, Action.READ, senior_id)
        async with self.uow.begin() as tx:
            await _senior(tx, senior_id)
            return await tx.care_teams.get(senior_id)

    async def put(
        self, senior_id: str, members: Sequence[MemberInput], *, by: str, actor: Actor | None = None
    ) -> CareTeam:
        """Replace the senior's team (an empty list removes every member)."""
        _require(actor, Action.MANAGE_CARE, senior_id)
        built = build_members(members)
        if self.url_check is not None:
            # Outside the transaction: resolving a host must not hold a database connection.
            for i, member in enumerate(built):
                for j, channel in enumerate(member.channels):
                    if channel.kind is ChannelKind.WEBHOOK:
                        try:
                            await self.url_check(channel.address)
                        except InvalidInput as exc:
                            where = f"members[{i}].channels[{j}].address"
                            raise InvalidInput(exc.detail, field=where, detail_ko=exc.detail_ko) from None
        now = self.clock.now()
        may_link = actor is None or may(actor, Action.MANAGE_ACCOUNTS)
        team = CareTeam(senior_id=senior_id, members=built, updated_at=now, updated_by=by[:200])
        async with self.uow.begin() as tx:
            await _senior(tx, senior_id)
            linked = set(await tx.links.principals_for(senior_id))
            for i, member in enumerate(built):
                if member.user_id is None:
                    continue
                where = f"members[{i}].user_id"
                user = await tx.users.get(member.user_id)
                if user is None:
                    raise InvalidInput("no user has this id", field=where, detail_ko="해당 사용자가 없습니다")
                if user.disabled:
                    raise InvalidInput("this user is disabled", field=where, detail_ko="비활성화된 사용자입니다")
                if member.user_id in linked:
                    continue
                if not may_link:
                    raise InvalidInput(
                        "this user is not linked to the senior, so they could not open the alerts they are sent; "
                        "ask an admin to link them first",
                        field=where,
                        detail_ko="이 사용자는 어르신과 연결되어 있지 않습니다. 관리자에게 먼저 연결을 요청하세요",
                    )
                await tx.links.add(
                    AccessLink(principal_id=member.user_id, senior_id=senior_id, created_at=now, created_by=by[:200])
                )
            await tx.care_teams.put(team)
            await tx.commit()
        return team


# -- schedules and the schedule check -----------------------------------------------------------------------


async def store_alert_with_log_notice(tx: Transaction, alert: Alert) -> None:
    """The default ``on_alert`` until the alert router is wired (deliver's ``Alerts.raise_in``): store the alert
    and queue its ``alert.created`` notification on the service log, as check-ins do meanwhile, so that a
    missed-check-ins alert is never only a row nobody is told about."""
    await tx.alerts.add(alert)
    notice = Notification(
        delivery_id=new_id(),
        event=AlertEvent.CREATED,
        channel=Channel(kind=ChannelKind.LOG, address=""),
        senior_id=alert.senior_id,
        at=alert.created_at,
        alert_id=alert.id,
        level=alert.level,
        reason_code=alert.reason_code,
        reason=alert.reason,
        reason_ko=alert.reason_ko,
    )
    await tx.outbox.add(
        PendingDelivery(
            id=new_id(),
            kind="notification",
            ref_id=alert.id,
            payload=msgspec.json.encode(notice),
            attempts=0,
            last_error="",
            created_at=alert.created_at,
            next_attempt_at=alert.created_at,
        )
    )


def missed_alert(senior_id: str, count: int, now: datetime) -> Alert:
    """The ``missed_check_ins`` alert: high, raised by no check-in and no assessment, with no evidence."""
    return Alert(
        id=new_id(),
        senior_id=senior_id,
        check_in_id=None,
        assessment_id=None,
        level=RiskLevel.HIGH,
        reason_code=MISSED_CHECK_INS,
        reason=f"{count} consecutive scheduled check-ins missed",
        reason_ko=f"예정된 체크인을 {count}회 연속 놓쳤습니다",
        evidence=(),
        recommended_action="Call the senior now; if there is no answer, visit or ask someone nearby to check on them.",
        recommended_action_ko="지금 어르신께 전화해 보세요. 받지 않으시면 방문하거나 가까운 분께 확인을 부탁하세요.",
        created_at=now,
    )


class Schedules:
    """A senior's weekly check-in schedule, the missed check-ins it reveals, and the schedule check.

    ``check_schedules(now)`` (the worker's ``schedules`` task) claims the schedules whose next slot's grace window
    has closed (database leases: two workers never judge one senior at once), records each missed slot once, and
    when a senior's misses since their latest check-in reach ``policy.missed_alert_after`` raises one
    ``missed_check_ins`` alert for that streak through ``on_alert(tx, alert)`` in the same transaction; then moves
    the schedule's watermark to its next unjudged slot.
    """

    def __init__(
        self,
        *,
        uow: UnitOfWork,
        clock: Clock,
        policy: SchedulePolicy = SchedulePolicy(),
        on_alert: OnAlert | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.policy = policy
        self.on_alert: OnAlert = on_alert or store_alert_with_log_notice

    async def get(self, senior_id: str, *, actor: Actor | None = None) -> Schedule | None:
        """The senior's schedule, or None when none was set. Raises ``NotFound`` for an unknown senior."""
        _require(actor, Action.READ, senior_id)
        async with self.uow.begin() as tx:
            await _senior(tx, senior_id)
            return await tx.schedules.get(senior_id)

    async def put(
        self,
        senior_id: str,
        times: Sequence[ScheduleTimeInput],
        *,
        grace_minutes: int = 60,
        actor: Actor | None = None,
    ) -> Schedule:
        """Replace the senior's schedule (no times: no expectations). Slots before now are never judged against
        the new schedule; slots the old one still had pending (a worker behind) are judged against the new one."""
        _require(actor, Action.MANAGE_CARE, senior_id)
        built = build_times(times)
        now = self.clock.now()
        async with self.uow.begin() as tx:
            await _senior(tx, senior_id)
            current = await tx.schedules.get(senior_id)
            watermark = now
            if current is not None and current.checked_until is not None and current.checked_until < now:
                watermark = current.checked_until
            try:
                schedule = Schedule(
                    senior_id=senior_id,
                    times=built,
                    grace_minutes=grace_minutes,
                    updated_at=now,
                    checked_until=watermark,
                )
            except InvalidInput as exc:
                raise InvalidInput(exc.detail, field=exc.field, detail_ko=exc.detail_ko) from None
            await tx.schedules.put(schedule)
            await tx.commit()
        return schedule

    async def missed(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 100,
        actor: Actor | None = None,
    ) -> Sequence[MissedCheckIn]:
        """The senior's missed check-ins with ``start <= slot_at < end``, newest first."""
        _require(actor, Action.READ, senior_id)
        if not 1 <= limit <= 500:
            raise InvalidInput("limit must be between 1 and 500", field="limit")
        if start is not None and end is not None and end <= start:
            raise InvalidInput("end must be after start", field="end")
        async with self.uow.begin() as tx:
            await _senior(tx, senior_id)
            return await tx.missed_check_ins.list_for_senior(
                senior_id, start=start, end=end, limit=limit, newest_first=True
            )

    async def check_schedules(self, now: datetime | None = None) -> ScheduleCheckReport:
        """Judge every schedule that is due at ``now`` (default: the clock); see the class docstring.

        Each batch of claimed schedules is judged and committed in one transaction. A failure rolls its batch back
        (nothing recorded, the watermarks unmoved) and is raised: the next run judges those slots again.
        """
        now = now or self.clock.now()
        report = ScheduleCheckReport()
        seen: dict[str, datetime | None] = {}
        while True:
            async with self.uow.begin() as tx:
                due = await tx.schedules.claim_due(now, limit=self.policy.batch)
                fresh = [s for s in due if s.senior_id not in seen or seen[s.senior_id] != s.checked_until]
                if not fresh:
                    if due:  # claimed again without progress: never spin (a bug, or a clock running backwards)
                        log.warning("schedule check: %d schedules due without progress; stopping this run", len(due))
                    return report
                for schedule in fresh:
                    seen[schedule.senior_id] = schedule.checked_until
                    await self._check_one(tx, schedule, now, report)
                await tx.commit()
            if len(due) == self.policy.batch:  # more may be due: let other writers in first
                await asyncio.sleep(self.policy.pause_between_batches.total_seconds())

    async def _check_one(self, tx: Transaction, schedule: Schedule, now: datetime, report: ScheduleCheckReport) -> None:
        senior = await tx.seniors.get(schedule.senior_id)
        if senior is None:  # erased between the claim and now (the claim skips erased seniors)
            return
        grace = timedelta(minutes=schedule.grace_minutes)
        start = schedule.checked_until or schedule.updated_at
        window = evaluation_window(start, now, grace, step=self.policy.catch_up_step)
        if window is None:
            if schedule.checked_until is None:
                await tx.schedules.advance(schedule.senior_id, start)
            return
        report.schedules += 1
        slots = slots_between(schedule.times, senior.timezone, *window)
        upcoming = next_slot(schedule.times, senior.timezone, window[1])
        # No times: nothing to judge; look again in a day (a new schedule moves the watermark back to its start).
        watermark = upcoming if upcoming is not None else max(window[1], now) + timedelta(days=1)
        if slots:
            await self._judge(tx, senior, slots, grace, now, report)
        await tx.schedules.advance(schedule.senior_id, watermark)

    async def _judge(
        self,
        tx: Transaction,
        senior: Senior,
        slots: Sequence[datetime],
        grace: timedelta,
        now: datetime,
        report: ScheduleCheckReport,
    ) -> None:
        after = self.policy.missed_alert_after
        earlier = await tx.missed_check_ins.list_for_senior(senior.id, end=slots[0], limit=after, newest_first=True)
        since = min([slots[0], *(m.slot_at for m in earlier)]) - grace
        points = await tx.check_ins.score_points(senior.id, start=since, end=now + timedelta(microseconds=1))
        made = [p.at for p in points]
        found = missed_slots(slots, made, grace)
        recorded: set[datetime] = set()
        for slot in found:
            if await tx.missed_check_ins.add(
                MissedCheckIn(id=new_id(), senior_id=senior.id, slot_at=slot, recorded_at=now)
            ):
                recorded.add(slot)
        report.missed += len(recorded)
        if not recorded:
            return  # nothing new (already judged): its alert, if any, was raised then
        missed = [m.slot_at for m in earlier] + found
        reached = streak_reached_at(missed, made, after)
        if reached is not None and reached in recorded:
            count = len(miss_streak(missed, made))
            await self.on_alert(tx, missed_alert(senior.id, count, now))
            report.alerts += 1
            log.info("missed check-ins: alert raised for a streak of %d (senior %s)", count, senior.id)


__all__ = [
    "CareTeamInput",
    "CareTeams",
    "ChannelInput",
    "MemberInput",
    "OnAlert",
    "QuietHoursInput",
    "ScheduleCheckReport",
    "ScheduleInput",
    "SchedulePolicy",
    "ScheduleTimeInput",
    "Schedules",
    "UrlCheck",
    "build_members",
    "build_times",
    "missed_alert",
    "store_alert_with_log_notice",
]
