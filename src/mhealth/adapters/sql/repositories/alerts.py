"""SQL repository of alerts."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.repositories._base import SessionRunner, affected, after_cursor, insert_rows, page_size
from mhealth.adapters.sql.repositories._lease import lock_rows
from mhealth.adapters.sql.rows import AlertRow
from mhealth.domain.errors import NotFound
from mhealth.domain.model import Alert, AlertStatus
from mhealth.ports.repositories import AlertRepository, Page

# Every check-in asks this: built once (building and keying a statement costs more than running it here).
_RECENT = (
    select(AlertRow)
    .where(AlertRow.senior_id == bindparam("senior_id"), AlertRow.created_at >= bindparam("since"))
    .order_by(AlertRow.created_at.desc(), AlertRow.id.desc())
)


class SqlAlertRepository(AlertRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, alert: Alert) -> None:
        row = mapping.alert_to_row(alert)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get(
        self, alert_id: str, *, senior_ids: Collection[str] | None = None, for_update: bool = False
    ) -> Alert | None:
        # One statement with the visibility filter: an alert that exists but may not be seen costs what an
        # alert that does not exist costs.
        query = select(AlertRow).where(AlertRow.id == alert_id)
        if senior_ids is not None:
            query = query.where(AlertRow.senior_id.in_(sorted(senior_ids) or [""]))
        if for_update:
            query = query.with_for_update()

        def work(s: Session) -> Alert | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return mapping.alert_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def update(self, alert: Alert) -> None:
        values = mapping.alert_values(alert)
        del values["id"]

        def work(s: Session) -> None:
            statement = update(AlertRow).where(AlertRow.id == alert.id).values(**values)
            matched = affected(s, statement)
            if matched == 0:
                raise NotFound(f"alert {alert.id} does not exist")
            s.expire_all()

        await self._tx.run(work)

    async def list(
        self,
        *,
        senior_id: str | None = None,
        status: AlertStatus | None = None,
        limit: int = 50,
        after: str | None = None,
        senior_ids: Collection[str] | None = None,
        unresolved: bool = False,
    ) -> Page[Alert]:
        n = page_size(limit)
        query = select(AlertRow).order_by(AlertRow.created_at.desc(), AlertRow.id.desc()).limit(n + 1)
        if senior_id is not None:
            query = query.where(AlertRow.senior_id == senior_id)
        if senior_ids is not None:
            query = query.where(AlertRow.senior_id.in_(sorted(senior_ids)))
        if status is not None:
            query = query.where(AlertRow.status == status.value)
        if unresolved:
            query = query.where(AlertRow.status != AlertStatus.RESOLVED.value)
        if after is not None:
            query = query.where(after_cursor(AlertRow, AlertRow.created_at, AlertRow.id, after, descending=True))

        def work(s: Session) -> Page[Alert]:
            rows = s.scalars(query).all()
            items = tuple(mapping.alert_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)

    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        values = {"senior_id": senior_id, "since": since}
        return await self._tx.run(lambda s: [mapping.alert_to_domain(r) for r in s.scalars(_RECENT, values)])

    async def for_check_in(self, check_in_id: str) -> Alert | None:
        query = select(AlertRow).where(AlertRow.check_in_id == check_in_id).order_by(AlertRow.id).limit(1)

        def work(s: Session) -> Alert | None:
            row = s.scalars(query).first()
            return mapping.alert_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def claim_escalations(self, now: datetime, *, limit: int = 100) -> Sequence[Alert]:
        where = [AlertRow.next_escalation_at <= now, AlertRow.status == AlertStatus.OPEN.value]
        order = (AlertRow.next_escalation_at, AlertRow.id)

        def work(s: Session) -> list[Alert]:
            rows = lock_rows(s, AlertRow, where=where, order_by=order, limit=page_size(limit))
            return [mapping.alert_to_domain(r) for r in rows]

        return await self._tx.run(work)
