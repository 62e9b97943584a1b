"""Alerts after they are raised: routing into the outbox, the escalation ladder, acknowledge, resolve, read.

Every event becomes one outbox row per destination (one :class:`~mhealth.domain.model.Notification` each),
written in the transaction that changes the alert: an alert is never stored without its notifications, and
a notification never goes out for an alert that was not stored. The worker delivers the rows
(:mod:`mhealth.domain.usecases.deliveries`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from datetime import datetime

import msgspec

from mhealth.domain.errors import InvalidInput, NotFound, NotVisible
from mhealth.domain.model import (
    AckOutcome,
    Alert,
    AlertEvent,
    AlertStatus,
    CareTeam,
    CareTeamMember,
    Channel,
    ChannelKind,
    DeliveryAttempt,
    Notification,
    PendingDelivery,
    Senior,
    new_id,
)
from mhealth.domain.rules.routing import (
    Destination,
    EscalationLadder,
    member_destinations,
    org_destinations,
)
from mhealth.ports.clock import Clock
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger("mhealth.alerts")

NOTIFICATION = "notification"  # the outbox kind of a notification row
TeamLookup = Callable[[Transaction, str], Awaitable[CareTeam | None]]


class AlertRouting(msgspec.Struct, frozen=True, kw_only=True):
    """Where alert events go besides the care team, and the ladder that climbs the team.

    ``org_channels``: organisation-wide destinations of every event (``Channel(LOG, "")`` when the log
    notifier is active, ``Channel(WEBHOOK, MHEALTH_WEBHOOK_URL)`` when that is set). ``public_url``: the
    base of the link a message carries (``<public_url>/app/alerts/<id>``: the alert in the web app, behind
    a sign-in).
    """

    ladder: EscalationLadder = EscalationLadder()
    org_channels: tuple[Channel, ...] = (Channel(kind=ChannelKind.LOG, address=""),)
    public_url: str | None = None


class AlertDetail(msgspec.Struct, frozen=True, kw_only=True):
    """An alert with every delivery attempt made for it, oldest first."""

    alert: Alert
    deliveries: tuple[DeliveryAttempt, ...]


async def care_team_in(tx: Transaction, senior_id: str) -> CareTeam | None:
    """The senior's care team from ``tx.care_teams`` (the care-team repository), when the transaction has one."""
    repository = getattr(tx, "care_teams", None)
    if repository is None:
        return None
    team: CareTeam | None = await repository.get(senior_id)
    return team


def _missing(owner: str | None) -> NotFound:
    if owner is not None:
        return NotVisible("no such alert", senior_id=owner, detail_ko="해당 알림을 찾을 수 없습니다")
    return NotFound("no such alert", detail_ko="해당 알림을 찾을 수 없습니다")


def _note(note: str) -> str:
    note = note.strip()
    if len(note) > 2000:
        raise InvalidInput("note is at most 2000 characters", field="note", detail_ko="메모는 2000자 이내입니다")
    return note


class Alerts:
    """Raise (into a caller's transaction), escalate, acknowledge, resolve and read alerts.

    Args:
        teams: reads a senior's care team inside a transaction (default: ``tx.care_teams.get``); a senior
            without a team is told through the organisation-wide channels only, and nothing escalates.
    """

    def __init__(
        self,
        *,
        uow: UnitOfWork,
        clock: Clock,
        routing: AlertRouting = AlertRouting(),
        teams: TeamLookup | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.routing = routing
        self.teams = teams or care_team_in

    # ------------------------------------------------------------------ raising

    async def raise_in(self, tx: Transaction, alert: Alert) -> None:
        """Store ``alert`` and queue its ``alert.created`` notifications in ``tx`` (the caller commits).

        A suppressed alert (inside the cooldown) is stored and told to nobody. The first care-team member is
        told at once when the ladder's first delay is zero; the next step is scheduled on the alert.
        """
        await self.queue(tx, alert)

    async def queue(self, tx: Transaction, alert: Alert) -> tuple[Alert, list[PendingDelivery]]:
        """:meth:`raise_in`, returning the alert as stored and the outbox rows queued for it."""
        if alert.suppressed:
            await tx.alerts.add(alert)
            return alert, []
        now = alert.created_at
        senior = await tx.seniors.get(alert.senior_id)
        team = await self.teams(tx, alert.senior_id)
        members = team.members if team is not None else ()
        destinations = org_destinations(self.routing.org_channels, now)
        step, next_at = 0, None
        if members:
            first_delay = self.routing.ladder.delay_before(alert.level, 0)
            if first_delay:
                next_at = now + first_delay
            else:
                destinations += self._member(senior, alert, members, 0, now)
                step = 1
                if len(members) > 1:
                    next_at = now + self.routing.ladder.delay_before(alert.level, 1)
        stored = msgspec.structs.replace(alert, escalation_step=step, next_escalation_at=next_at)
        await tx.alerts.add(stored)
        rows = await self._enqueue(tx, senior, stored, AlertEvent.CREATED, destinations, now)
        return stored, rows

    @staticmethod
    def _member(
        senior: Senior | None, alert: Alert, members: Sequence[CareTeamMember], position: int, at: datetime
    ) -> list[Destination]:
        timezone = senior.timezone if senior is not None else "Asia/Seoul"
        return member_destinations(members[position], position, level=alert.level, at=at, timezone=timezone)

    async def _enqueue(
        self,
        tx: Transaction,
        senior: Senior | None,
        alert: Alert,
        event: AlertEvent,
        destinations: Sequence[Destination],
        at: datetime,
    ) -> list[PendingDelivery]:
        link = f"{self.routing.public_url.rstrip('/')}/app/alerts/{alert.id}" if self.routing.public_url else None
        rows = []
        for d in destinations:
            notification = Notification(
                delivery_id=new_id(),
                event=event,
                channel=d.channel,
                senior_id=alert.senior_id,
                at=at,
                alert_id=alert.id,
                senior_name=senior.display_name if senior is not None else "",
                level=alert.level,
                reason_code=alert.reason_code,
                reason=alert.reason,
                reason_ko=alert.reason_ko,
                link=link,
                language=d.language,
                recipient_name=d.recipient_name,
                member_position=d.member_position,
            )
            row = PendingDelivery(
                id=notification.delivery_id,
                kind=NOTIFICATION,
                ref_id=alert.id,
                payload=msgspec.json.encode(notification),
                attempts=0,
                last_error="",
                created_at=at,
                next_attempt_at=d.not_before,
            )
            await tx.outbox.add(row)
            rows.append(row)
        return rows

    # ------------------------------------------------------------------ the ladder

    async def escalate(self, *, limit: int = 100) -> int:
        """Take every due step of every open alert's ladder (once, whatever the number of workers).

        Returns how many steps were taken. A step tells the next care-team member (``alert.escalated``, also
        to the organisation-wide channels) and schedules the one after, if any.
        """
        now = self.clock.now()
        taken = 0
        async with self.uow.begin() as tx:
            for alert in await tx.alerts.claim_escalations(now, limit=limit):
                team = await self.teams(tx, alert.senior_id)
                members = team.members if team is not None else ()
                position = alert.escalation_step
                if position >= len(members):  # the team shrank: nobody left to tell
                    await tx.alerts.update(msgspec.structs.replace(alert, next_escalation_at=None))
                    continue
                senior = await tx.seniors.get(alert.senior_id)
                destinations = self._member(senior, alert, members, position, now)
                event = AlertEvent.CREATED
                if position > 0:
                    event = AlertEvent.ESCALATED
                    destinations = org_destinations(self.routing.org_channels, now) + destinations
                nxt = position + 1
                next_at = now + self.routing.ladder.delay_before(alert.level, nxt) if nxt < len(members) else None
                updated = msgspec.structs.replace(alert, escalation_step=nxt, next_escalation_at=next_at)
                await tx.alerts.update(updated)
                await self._enqueue(tx, senior, updated, event, destinations, now)
                taken += 1
            await tx.commit()
        if taken:
            log.info("escalated %d alert step(s)", taken)
        return taken

    # ------------------------------------------------------------------ people act

    async def _tell_told(self, tx: Transaction, alert: Alert, event: AlertEvent, at: datetime) -> None:
        """Tell the organisation-wide channels and every member told so far (they hear how it ends)."""
        senior = await tx.seniors.get(alert.senior_id)
        destinations = org_destinations(self.routing.org_channels, at)
        team = await self.teams(tx, alert.senior_id)
        members = team.members if team is not None else ()
        for position in range(min(alert.escalation_step, len(members))):
            destinations += self._member(senior, alert, members, position, at)
        await self._enqueue(tx, senior, alert, event, destinations, at)

    async def _locked(self, tx: Transaction, alert_id: str, visible: Collection[str] | None) -> Alert:
        alert = await tx.alerts.get(alert_id, senior_ids=visible, for_update=True)
        if alert is None:
            owner = None
            if visible is not None:
                hidden = await tx.alerts.get(alert_id)
                owner = hidden.senior_id if hidden is not None else None
            raise _missing(owner)
        return alert

    async def acknowledge(
        self,
        alert_id: str,
        *,
        by: str,
        outcome: AckOutcome | str,
        note: str = "",
        visible: Collection[str] | None = None,
    ) -> Alert:
        """Someone took the alert on: the climb stops, everyone told so far hears ``alert.acknowledged``.

        Idempotent: a second acknowledgement keeps the first one's time, person and outcome. A resolved alert
        stays resolved. Every member keeps seeing the alert until it is resolved.

        Raises:
            InvalidInput: ``outcome`` is not reached, visited, emergency_services or false_alarm.
            NotFound: no such alert (``NotVisible`` when it is about a senior outside ``visible``).
        """
        try:
            outcome = AckOutcome(outcome)
        except ValueError:
            raise InvalidInput(
                "outcome must be one of: " + ", ".join(o.value for o in AckOutcome),
                field="outcome",
                detail_ko="outcome 은 reached, visited, emergency_services, false_alarm 중 하나여야 합니다",
            ) from None
        note = _note(note)
        async with self.uow.begin() as tx:
            alert = await self._locked(tx, alert_id, visible)
            if alert.status is not AlertStatus.OPEN:
                return alert
            now = self.clock.now()
            updated = msgspec.structs.replace(
                alert,
                status=AlertStatus.ACKNOWLEDGED,
                acknowledged_at=now,
                acknowledged_by=by[:200],
                ack_outcome=outcome,
                ack_note=note,
                next_escalation_at=None,
            )
            await tx.alerts.update(updated)
            if not alert.suppressed:
                await self._tell_told(tx, updated, AlertEvent.ACKNOWLEDGED, now)
            await tx.commit()
            return updated

    async def resolve(self, alert_id: str, *, by: str, note: str = "", visible: Collection[str] | None = None) -> Alert:
        """Close the alert (it leaves the unresolved lists); everyone told so far hears ``alert.resolved``.

        Idempotent: resolving twice keeps the first time and person. Errors as :meth:`acknowledge`.
        """
        note = _note(note)
        async with self.uow.begin() as tx:
            alert = await self._locked(tx, alert_id, visible)
            if alert.status is AlertStatus.RESOLVED:
                return alert
            now = self.clock.now()
            updated = msgspec.structs.replace(
                alert,
                status=AlertStatus.RESOLVED,
                resolved_at=now,
                resolved_by=by[:200],
                resolve_note=note,
                next_escalation_at=None,
            )
            await tx.alerts.update(updated)
            if not alert.suppressed:
                await self._tell_told(tx, updated, AlertEvent.RESOLVED, now)
            await tx.commit()
            return updated

    async def get(self, alert_id: str, *, visible: Collection[str] | None = None) -> AlertDetail:
        """The alert with its delivery attempts (errors as :meth:`acknowledge`)."""
        async with self.uow.begin() as tx:
            alert = await tx.alerts.get(alert_id, senior_ids=visible)
            if alert is None:
                owner = None
                if visible is not None:
                    hidden = await tx.alerts.get(alert_id)
                    owner = hidden.senior_id if hidden is not None else None
                raise _missing(owner)
            attempts = await tx.attempts.list_for_alert(alert_id)
        return AlertDetail(alert=alert, deliveries=tuple(attempts))
