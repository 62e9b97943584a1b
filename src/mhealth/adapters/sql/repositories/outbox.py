"""SQL repository of the outbox: deliveries written in the check-in's transaction, claimed under leases."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.repositories._base import (
    MAX_ERROR_CHARS,
    SessionRunner,
    affected,
    insert_rows,
    page_size,
)
from mhealth.adapters.sql.repositories._lease import claim_rows
from mhealth.adapters.sql.rows import DeliveryAttemptRow, OutboxRow
from mhealth.domain.model import DeliveryAttempt, PendingDelivery
from mhealth.ports.repositories import DeliveryAttemptRepository, OutboxRepository


def _held_by(owner: str | None) -> list[ColumnElement[bool]]:
    return [] if owner is None else [OutboxRow.lease_owner == owner]


class SqlOutboxRepository(OutboxRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, delivery: PendingDelivery) -> None:
        row = mapping.delivery_to_row(delivery)
        await self._tx.defer_insert([row])  # with the next statement or the commit

    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        query = (
            select(OutboxRow)
            .where(OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(page_size(limit))
        )
        return await self._tx.run(lambda s: [mapping.delivery_to_domain(r) for r in s.scalars(query)])

    async def done(self, delivery_id: str, *, owner: str | None = None) -> bool:
        statement = delete(OutboxRow).where(OutboxRow.id == delivery_id, *_held_by(owner))

        def work(s: Session) -> bool:
            removed = affected(s, statement)
            s.expire_all()
            return removed > 0

        return await self._tx.run(work)

    async def done_all(self, delivery_ids: Collection[str], *, owner: str | None = None) -> int:
        if not delivery_ids:
            return 0
        statement = delete(OutboxRow).where(OutboxRow.id.in_(sorted(delivery_ids)), *_held_by(owner))

        def work(s: Session) -> int:
            removed = affected(s, statement)
            s.expire_all()
            return removed

        return await self._tx.run(work)

    async def retry_later(
        self, delivery_id: str, *, error: str, next_attempt_at: datetime, owner: str | None = None
    ) -> None:
        statement = (
            update(OutboxRow)
            .where(OutboxRow.id == delivery_id, *_held_by(owner))
            .values(
                attempts=OutboxRow.attempts + 1,
                last_error=error[:MAX_ERROR_CHARS],
                next_attempt_at=next_attempt_at,
                lease_owner=None,
                lease_until=None,
            )
        )

        def work(s: Session) -> None:
            affected(s, statement)
            s.expire_all()

        await self._tx.run(work)

    async def claim(
        self,
        owner: str,
        now: datetime,
        *,
        lease: timedelta,
        limit: int = 50,
        ids: Collection[str] | None = None,
    ) -> Sequence[PendingDelivery]:
        if not owner or len(owner) > 64:
            raise ValueError("owner must be 1 to 64 characters")
        where: list[ColumnElement[bool]] = [OutboxRow.next_attempt_at <= now]
        if ids is not None:
            if not ids:
                return []
            where.append(OutboxRow.id.in_(sorted(ids)))

        def work(s: Session) -> list[PendingDelivery]:
            rows = claim_rows(
                s,
                OutboxRow,
                owner=owner,
                now=now,
                lease_until=now + lease,
                where=where,
                order_by=(OutboxRow.next_attempt_at, OutboxRow.id),
                limit=page_size(limit),
            )
            return [mapping.delivery_to_domain(r) for r in rows]

        return await self._tx.run(work)

    async def depth(self) -> int:
        query = select(func.count()).select_from(OutboxRow)
        return await self._tx.run(lambda s: int(s.execute(query).scalar_one()))


class SqlDeliveryAttemptRepository(DeliveryAttemptRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, attempt: DeliveryAttempt) -> None:
        row = mapping.attempt_to_row(attempt)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def list_for_alert(self, alert_id: str, *, limit: int = 500) -> Sequence[DeliveryAttempt]:
        query = (
            select(DeliveryAttemptRow)
            .where(DeliveryAttemptRow.alert_id == alert_id)
            .order_by(DeliveryAttemptRow.at.desc(), DeliveryAttemptRow.id.desc())
            .limit(page_size(limit))
        )
        return await self._tx.run(lambda s: [mapping.attempt_to_domain(r) for r in s.scalars(query)][::-1])


__all__ = ["SqlDeliveryAttemptRepository", "SqlOutboxRepository"]
