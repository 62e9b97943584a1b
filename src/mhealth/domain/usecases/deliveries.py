"""Delivering the outbox: claim due rows under a lease, send each, record the outcome.

``deliver(owner)`` is what every worker (``mhealth worker``, the API's embedded loop, Cloud Scheduler's
``POST /v1/tasks/deliver:run``) and the check-in's fast first try run. Rows are claimed with a database
lease first (:meth:`~mhealth.ports.repositories.OutboxRepository.claim`), so however many of them run,
one row is sent by one of them at a time; a worker that dies leaves its rows to another once the lease
expires (at least once; receivers deduplicate by ``delivery_id``).

Outcomes of a notification, each recorded as a :class:`~mhealth.domain.model.DeliveryAttempt` on its alert:

* delivered: the row is removed;
* a transient failure (``ProviderUnavailable``, or anything unexpected): retried with exponential backoff
  and jitter (:class:`DeliveryPolicy`); past ``give_up_after`` since the row was queued, failed for good;
* a permanent failure (``DeliveryRejected``) or a channel with no active notifier
  (``channel_not_configured``): failed for good, the row removed (never silently dropped: the attempt shows).

Analytics rows take the same claim and backoff and are never given up (they are de-identified data the
sink must end up with).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime, timedelta

import msgspec

from mhealth.domain.errors import DatabaseUnavailable, DeliveryRejected, NotFound, ProviderUnavailable
from mhealth.domain.model import (
    AnalyticsEvent,
    ChannelKind,
    DeliveryAttempt,
    DeliveryOutcome,
    Notification,
    PendingDelivery,
    new_id,
)
from mhealth.domain.rules.routing import mask_recipient
from mhealth.ports.analytics import Analytics
from mhealth.ports.clock import Clock
from mhealth.ports.notifier import Notifier
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger("mhealth.deliveries")

ANALYTICS = "analytics"
CHANNEL_NOT_CONFIGURED = "channel_not_configured"


class DeliveryPolicy(msgspec.Struct, frozen=True, kw_only=True):
    """Retry schedule and claiming knobs.

    The n-th retry waits ``min(cap, base * factor**(n-1))`` plus up to ``jitter`` of that (random), so
    receivers that came back are not hit by every worker at once. ``lease`` must outlast a batch's sends.
    """

    base: timedelta = timedelta(seconds=5)
    factor: float = 2.0
    cap: timedelta = timedelta(minutes=5)
    jitter: float = 0.25
    give_up_after: timedelta = timedelta(hours=24)
    lease: timedelta = timedelta(minutes=2)
    batch: int = 50
    concurrency: int = 8  # sends at once within a batch

    def __post_init__(self) -> None:
        if self.base <= timedelta(0) or self.factor < 1 or self.cap < self.base or not 0 <= self.jitter <= 1:
            raise ValueError("DeliveryPolicy needs base > 0, factor >= 1, cap >= base and 0 <= jitter <= 1")
        if self.batch < 1 or self.concurrency < 1 or self.lease <= timedelta(0):
            raise ValueError("DeliveryPolicy needs batch, concurrency and lease above zero")

    def backoff(self, failures: int, draw: float) -> timedelta:
        """The wait after the ``failures``-th failed attempt (1 = the first), ``draw`` in [0, 1)."""
        exponent = min(max(failures, 1) - 1, 32)
        delay = min(self.cap, self.base * (self.factor**exponent))
        return delay + delay * (self.jitter * draw)


class DeliveryReport(msgspec.Struct, frozen=True, kw_only=True):
    """What one ``deliver`` pass did."""

    claimed: int = 0
    delivered: int = 0
    retrying: int = 0
    failed: int = 0


class _Result(msgspec.Struct, frozen=True, kw_only=True):
    delivery: PendingDelivery
    outcome: DeliveryOutcome
    error: str
    latency_ms: int
    notification: Notification | None


def default_owner(prefix: str = "mh") -> str:
    """A lease owner unique to this process and use (at most 64 characters)."""
    return f"{prefix}-{new_id()}"[:64]


class Deliveries:
    """Sends claimed outbox rows through the notifier of each channel's kind (or the analytics sink).

    Args:
        notifiers: the active notifier of each channel kind (``build_notifiers``); a kind missing here is
            ``channel_not_configured``.
        draw: the jitter's random source (tests pass a fixed one).
    """

    def __init__(
        self,
        *,
        uow: UnitOfWork,
        notifiers: Mapping[ChannelKind, Notifier],
        analytics: Analytics,
        clock: Clock,
        policy: DeliveryPolicy = DeliveryPolicy(),
        draw: Callable[[], float] = random.random,
    ) -> None:
        self.uow = uow
        self.notifiers = dict(notifiers)
        self.analytics = analytics
        self.clock = clock
        self.policy = policy
        self.draw = draw

    async def deliver(
        self, owner: str, *, limit: int | None = None, ids: Collection[str] | None = None
    ) -> DeliveryReport:
        """Claim up to ``limit`` due rows (default: the policy's batch) for ``owner``, send them, record.

        ``ids``: only among these rows (the check-in's fast first try of its own rows). Never raises for a
        sink's failure; database errors propagate (nothing is lost: the lease runs out, another pass claims).
        """
        async with self.uow.begin() as tx:
            claimed = await tx.outbox.claim(
                owner, self.clock.now(), lease=self.policy.lease, limit=limit or self.policy.batch, ids=ids
            )
            await tx.commit()
        if not claimed:
            return DeliveryReport()
        gate = asyncio.Semaphore(self.policy.concurrency)

        async def one(d: PendingDelivery) -> _Result:
            async with gate:
                return await self._send(d)

        # Analytics rows go to the sink in one call (one write for a batch; the sink ignores repeats), each
        # notification on its own.
        events = [d for d in claimed if d.kind == ANALYTICS]
        sends = [one(d) for d in claimed if d.kind != ANALYTICS]
        analytics, sent = await asyncio.gather(self._send_analytics(events), asyncio.gather(*sends))
        results: list[_Result] = [*analytics, *sent]
        await self._record(owner, results)
        count = {o: sum(1 for r in results if r.outcome is o) for o in DeliveryOutcome}
        return DeliveryReport(
            claimed=len(claimed),
            delivered=count[DeliveryOutcome.DELIVERED],
            retrying=count[DeliveryOutcome.RETRYING],
            failed=count[DeliveryOutcome.FAILED],
        )

    async def deliver_all(self, owner: str, *, max_batches: int = 100) -> DeliveryReport:
        """:meth:`deliver` until nothing due is left (at most ``max_batches`` passes); the totals."""
        total = DeliveryReport()
        for _ in range(max_batches):
            report = await self.deliver(owner)
            total = DeliveryReport(
                claimed=total.claimed + report.claimed,
                delivered=total.delivered + report.delivered,
                retrying=total.retrying + report.retrying,
                failed=total.failed + report.failed,
            )
            if report.claimed < self.policy.batch:
                break
        return total

    async def _send_analytics(self, rows: Sequence[PendingDelivery]) -> list[_Result]:
        """Analytics rows in one ``record`` call; a row that cannot be decoded fails alone (retried)."""
        if not rows:
            return []
        started = time.monotonic()
        results: list[_Result] = []
        sendable: list[PendingDelivery] = []
        events: list[AnalyticsEvent] = []
        for d in rows:
            try:
                events.append(msgspec.json.decode(d.payload, type=AnalyticsEvent))
                sendable.append(d)
            except Exception as exc:
                results.append(self._result(d, DeliveryOutcome.RETRYING, type(exc).__name__, started, None))
        if not sendable:
            return results
        try:
            await self.analytics.record(events)
        except DeliveryRejected as exc:
            return results + [self._result(d, DeliveryOutcome.FAILED, exc.detail, started, None) for d in sendable]
        except Exception as exc:  # the sink's failure: every row of the call is retried with backoff
            error = exc.detail if isinstance(exc, ProviderUnavailable) else type(exc).__name__
            return results + [self._result(d, DeliveryOutcome.RETRYING, error, started, None) for d in sendable]
        return results + [self._result(d, DeliveryOutcome.DELIVERED, "", started, None) for d in sendable]

    async def _send(self, d: PendingDelivery) -> _Result:
        """One notification through its channel's notifier."""
        started = time.monotonic()
        notification: Notification | None = None
        try:
            notification = msgspec.json.decode(d.payload, type=Notification)
            notifier = self.notifiers.get(notification.channel.kind)
            if notifier is None:
                return self._result(d, DeliveryOutcome.FAILED, CHANNEL_NOT_CONFIGURED, started, notification)
            await notifier.send(notification)
        except DeliveryRejected as exc:
            return self._result(d, DeliveryOutcome.FAILED, exc.detail, started, notification)
        except Exception as exc:  # a sink's failure (or bug) never stops the others: retried with backoff
            error = exc.detail if isinstance(exc, ProviderUnavailable) else type(exc).__name__
            outcome = DeliveryOutcome.RETRYING
            if self.clock.now() - d.created_at >= self.policy.give_up_after:
                outcome, error = DeliveryOutcome.FAILED, f"gave up after {d.attempts + 1} attempts: {error}"
            return self._result(d, outcome, error, started, notification)
        return self._result(d, DeliveryOutcome.DELIVERED, "", started, notification)

    @staticmethod
    def _result(
        d: PendingDelivery, outcome: DeliveryOutcome, error: str, started: float, n: Notification | None
    ) -> _Result:
        latency = int((time.monotonic() - started) * 1000)
        return _Result(delivery=d, outcome=outcome, error=error[:500], latency_ms=latency, notification=n)

    async def _record(self, owner: str, results: Sequence[_Result]) -> None:
        """Record what the sends did. Retried on a database blip (a deadlock victim, a timeout: rolled back
        whole): the sends already happened, and a row left leased would be sent again once its lease ran out."""
        for attempt in range(3):
            try:
                await self._record_once(owner, results)
                return
            except DatabaseUnavailable:
                if attempt == 2:
                    raise
                log.warning("recording %d delivery outcomes failed; trying again", len(results))
                await asyncio.sleep(0.2 * (attempt + 1))

    async def _record_once(self, owner: str, results: Sequence[_Result]) -> None:
        now = self.clock.now()
        async with self.uow.begin() as tx:
            # Delivered and given-up rows leave the outbox in one statement.
            await tx.outbox.done_all(
                [r.delivery.id for r in results if r.outcome is not DeliveryOutcome.RETRYING], owner=owner
            )
            for r in results:
                d = r.delivery
                if r.outcome is DeliveryOutcome.RETRYING:
                    next_at = now + self.policy.backoff(d.attempts + 1, self.draw())
                    await tx.outbox.retry_later(d.id, error=r.error, next_attempt_at=next_at, owner=owner)
                    log.warning("delivery %s (%s) failed, retry at %s: %s", d.id, d.kind, next_at.isoformat(), r.error)
                elif r.outcome is DeliveryOutcome.FAILED:
                    log.error("delivery %s (%s) failed for good: %s", d.id, d.kind, r.error)
                n = r.notification
                if n is not None:
                    await self._attempt(tx, n, d, r, now)
            await tx.commit()

    @staticmethod
    async def _attempt(tx: Transaction, n: Notification, d: PendingDelivery, r: _Result, now: datetime) -> None:
        try:
            await tx.attempts.add(
                DeliveryAttempt(
                    id=new_id(),
                    delivery_id=n.delivery_id,
                    alert_id=n.alert_id,
                    senior_id=n.senior_id,
                    event=n.event,
                    channel=n.channel.kind.value,
                    recipient=mask_recipient(n.channel),
                    attempt=d.attempts + 1,
                    outcome=r.outcome,
                    at=now,
                    latency_ms=r.latency_ms,
                    member_position=n.member_position,
                    error=r.error,
                )
            )
        except NotFound:  # the senior was deleted meanwhile (with their alerts): nothing to show it on
            log.info("delivery %s: its senior is gone; attempt not recorded", d.id)


def retry_times(policy: DeliveryPolicy, start: datetime, failures: int, draw: float = 0.0) -> list[datetime]:
    """When each of ``failures`` consecutive failed attempts is retried (for docs and tests)."""
    times, at = [], start
    for n in range(1, failures + 1):
        at = at + policy.backoff(n, draw)
        times.append(at)
    return times
