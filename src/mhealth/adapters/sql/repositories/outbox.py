"""SQL repository of the outbox: deliveries written in the check-in's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.repositories._base import MAX_ERROR_CHARS, SessionRunner, insert_rows, page_size
from mhealth.adapters.sql.rows import OutboxRow
from mhealth.domain.model import PendingDelivery
from mhealth.ports.repositories import OutboxRepository


class SqlOutboxRepository(OutboxRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, delivery: PendingDelivery) -> None:
        row = mapping.delivery_to_row(delivery)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        query = (
            select(OutboxRow)
            .where(OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(page_size(limit))
        )
        return await self._tx.run(lambda s: [mapping.delivery_to_domain(r) for r in s.scalars(query)])

    async def done(self, delivery_id: str) -> None:
        statement = delete(OutboxRow).where(OutboxRow.id == delivery_id)

        def work(s: Session) -> None:
            s.execute(statement.execution_options(synchronize_session=False))
            s.expire_all()

        await self._tx.run(work)

    async def retry_later(self, delivery_id: str, *, error: str, next_attempt_at: datetime) -> None:
        statement = (
            update(OutboxRow)
            .where(OutboxRow.id == delivery_id)
            .values(
                attempts=OutboxRow.attempts + 1,
                last_error=error[:MAX_ERROR_CHARS],
                next_attempt_at=next_attempt_at,
            )
        )

        def work(s: Session) -> None:
            s.execute(statement.execution_options(synchronize_session=False))
            s.expire_all()

        await self._tx.run(work)

    async def depth(self) -> int:
        query = select(func.count()).select_from(OutboxRow)
        return await self._tx.run(lambda s: int(s.execute(query).scalar_one()))
