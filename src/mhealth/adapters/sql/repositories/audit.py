"""SQL repository of the audit log: ``append`` and ``query`` only; nothing here updates or deletes a row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping_access as m
from mhealth.adapters.sql.repositories._base import SessionRunner, after_cursor, insert_one, page_size
from mhealth.adapters.sql.rows import AuditRow
from mhealth.domain.model import AuditEntry
from mhealth.ports.repositories import AuditRepository, Page


class SqlAuditRepository(AuditRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def append(self, entry: AuditEntry, *, deferred: bool = False) -> None:
        row = m.audit_to_row(entry)
        if deferred:
            await self._tx.defer_insert([row])  # with the next statement or the commit
            return
        await self._tx.run(lambda s: insert_one(s, row))  # a duplicate raises; the transaction goes on

    async def query(
        self,
        *,
        senior_id: str | None = None,
        actor: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[AuditEntry]:
        n = page_size(limit)
        query = select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(n + 1)
        if senior_id is not None:
            query = query.where(AuditRow.senior_id == senior_id)
        if actor is not None:
            query = query.where(AuditRow.actor == actor)
        if since is not None:
            query = query.where(AuditRow.at >= since)
        if after is not None:
            query = query.where(after_cursor(AuditRow, AuditRow.at, AuditRow.id, after, descending=True))

        def work(s: Session) -> Page[AuditEntry]:
            rows = s.scalars(query).all()
            items = tuple(m.audit_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)
