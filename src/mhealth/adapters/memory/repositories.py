"""In-memory unit of work: transactional (copy-on-begin, swap-on-commit), for tests and offline runs."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Sequence
from datetime import datetime

import msgspec

from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import Alert, AlertStatus, CheckIn, PendingDelivery, Senior
from mhealth.ports.repositories import (
    AlertRepository,
    CheckInRepository,
    OutboxRepository,
    Page,
    SeniorRepository,
    Transaction,
    UnitOfWork,
)


class _State(msgspec.Struct, kw_only=True):
    seniors: dict[str, Senior] = msgspec.field(default_factory=dict)
    check_ins: dict[str, CheckIn] = msgspec.field(default_factory=dict)
    alerts: dict[str, Alert] = msgspec.field(default_factory=dict)
    outbox: dict[str, PendingDelivery] = msgspec.field(default_factory=dict)

    def clone(self) -> _State:
        # Domain objects are frozen: copying the dicts is a full snapshot.
        return _State(
            seniors=dict(self.seniors),
            check_ins=dict(self.check_ins),
            alerts=dict(self.alerts),
            outbox=dict(self.outbox),
        )


def _page(items: list, limit: int) -> Page:
    if len(items) > limit:
        return Page(items=tuple(items[:limit]), next_cursor=items[limit - 1].id)
    return Page(items=tuple(items), next_cursor=None)


class _Seniors(SeniorRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, senior: Senior) -> None:
        if senior.id in self._s.seniors:
            raise Conflict(f"senior {senior.id} already exists", field="id")
        self._s.seniors[senior.id] = senior

    async def get(self, senior_id: str) -> Senior | None:
        return self._s.seniors.get(senior_id)

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        items = sorted((s for s in self._s.seniors.values() if after is None or s.id > after), key=lambda s: s.id)
        return _page(items, limit)

    async def delete(self, senior_id: str) -> bool:
        if self._s.seniors.pop(senior_id, None) is None:
            return False
        for cid in [c.id for c in self._s.check_ins.values() if c.senior_id == senior_id]:
            del self._s.check_ins[cid]
        for aid in [a.id for a in self._s.alerts.values() if a.senior_id == senior_id]:
            del self._s.alerts[aid]
        return True


class _CheckIns(CheckInRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, check_in: CheckIn) -> None:
        if check_in.id in self._s.check_ins:
            raise Conflict(f"check-in {check_in.id} already exists", field="id")
        if check_in.idempotency_key is not None and await self.find_by_idempotency_key(
            check_in.senior_id, check_in.idempotency_key
        ):
            raise Conflict("a check-in with this Idempotency-Key already exists", field="idempotency_key")
        self._s.check_ins[check_in.id] = check_in

    async def get(self, check_in_id: str) -> CheckIn | None:
        return self._s.check_ins.get(check_in_id)

    async def get_by_assessment(self, assessment_id: str) -> CheckIn | None:
        return next((c for c in self._s.check_ins.values() if c.assessment.id == assessment_id), None)

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        items = sorted(
            (
                c
                for c in self._s.check_ins.values()
                if c.senior_id == senior_id
                and (start is None or c.created_at >= start)
                and (end is None or c.created_at < end)
                and (after is None or c.id > after)
            ),
            key=lambda c: c.id,
        )
        return _page(items, limit)

    async def find_by_idempotency_key(self, senior_id: str, key: str) -> CheckIn | None:
        return next(
            (c for c in self._s.check_ins.values() if c.senior_id == senior_id and c.idempotency_key == key), None
        )

    async def find_recent_by_sha256(self, senior_id: str, sha256: str, since: datetime) -> CheckIn | None:
        found = [
            c
            for c in self._s.check_ins.values()
            if c.senior_id == senior_id
            and c.recording is not None
            and c.recording.audio.sha256 == sha256
            and c.created_at >= since
        ]
        return max(found, key=lambda c: c.id) if found else None

    async def blob_keys_in_use(self) -> set[str]:
        return {c.recording.blob_key for c in self._s.check_ins.values() if c.recording is not None}


class _Alerts(AlertRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, alert: Alert) -> None:
        if alert.id in self._s.alerts:
            raise Conflict(f"alert {alert.id} already exists", field="id")
        self._s.alerts[alert.id] = alert

    async def get(self, alert_id: str) -> Alert | None:
        return self._s.alerts.get(alert_id)

    async def update(self, alert: Alert) -> None:
        if alert.id not in self._s.alerts:
            raise NotFound(f"alert {alert.id} does not exist")
        self._s.alerts[alert.id] = alert

    async def list(
        self,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[Alert]:
        items = sorted(
            (
                a
                for a in self._s.alerts.values()
                if (senior_id is None or a.senior_id == senior_id)
                and (status is None or a.status is status)
                and (after is None or a.id < after)
            ),
            key=lambda a: a.id,
            reverse=True,
        )
        return _page(items, limit)

    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        return [a for a in self._s.alerts.values() if a.senior_id == senior_id and a.created_at >= since]


class _Outbox(OutboxRepository):
    def __init__(self, state: _State) -> None:
        self._s = state

    async def add(self, delivery: PendingDelivery) -> None:
        self._s.outbox[delivery.id] = delivery

    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        items = sorted((d for d in self._s.outbox.values() if d.next_attempt_at <= now), key=lambda d: d.id)
        return items[:limit]

    async def done(self, delivery_id: str) -> None:
        self._s.outbox.pop(delivery_id, None)

    async def retry_later(self, delivery_id: str, *, error: str, next_attempt_at: datetime) -> None:
        current = self._s.outbox.get(delivery_id)
        if current is not None:
            self._s.outbox[delivery_id] = msgspec.structs.replace(
                current, attempts=current.attempts + 1, last_error=error[:500], next_attempt_at=next_attempt_at
            )


class _Tx(Transaction):
    def __init__(self, uow: InMemoryUnitOfWork) -> None:
        self._uow = uow
        self._working: _State | None = None
        self._finished = False

    async def __aenter__(self) -> Transaction:
        await self._uow._lock.acquire()
        self._working = self._uow.state.clone()
        self.seniors = _Seniors(self._working)
        self.check_ins = _CheckIns(self._working)
        self.alerts = _Alerts(self._working)
        self.outbox = _Outbox(self._working)
        return self

    async def commit(self) -> None:
        if self._finished or self._working is None:
            return
        if self._uow.fail_next_commit is not None:
            error, self._uow.fail_next_commit = self._uow.fail_next_commit, None
            raise error
        self._uow.state = self._working
        self._uow.commits += 1
        self._finished = True

    async def rollback(self) -> None:
        self._finished = True

    async def __aexit__(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        await self.rollback()
        self._uow._lock.release()


class InMemoryUnitOfWork(UnitOfWork):
    """A transactional in-memory store. Transactions are serialised; a rollback discards every write.

    Test hooks: ``commits`` counts successful commits; set ``fail_next_commit`` to an exception to make
    the next commit raise it (fault injection).
    """

    name = "memory"

    def __init__(self) -> None:
        self.state = _State()
        self.commits = 0
        self.fail_next_commit: Exception | None = None
        self._lock = asyncio.Lock()

    def begin(self) -> Transaction:
        return _Tx(self)

    def snapshot(self) -> _State:
        """A deep copy of everything committed (for assertions)."""
        return copy.deepcopy(self.state)
