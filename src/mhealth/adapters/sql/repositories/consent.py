"""SQL repository of consent records (append-only history)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping_access as m
from mhealth.adapters.sql.repositories._base import SessionRunner, insert_rows
from mhealth.adapters.sql.rows import ConsentRecordRow
from mhealth.domain.model import ConsentRecord, ConsentScope
from mhealth.ports.repositories import ConsentRepository

# Every check-in asks this: built once (building and keying a statement costs more than running it here).
_CURRENT = (
    select(ConsentRecordRow)
    .where(ConsentRecordRow.senior_id == bindparam("senior_id"), ConsentRecordRow.scope == bindparam("scope"))
    .order_by(ConsentRecordRow.recorded_at.desc(), ConsentRecordRow.id.desc())
    .limit(1)
)


class SqlConsentRepository(ConsentRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, record: ConsentRecord) -> None:
        row = m.consent_to_row(record)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def history(self, senior_id: str) -> Sequence[ConsentRecord]:
        query = (
            select(ConsentRecordRow)
            .where(ConsentRecordRow.senior_id == senior_id)
            .order_by(ConsentRecordRow.recorded_at, ConsentRecordRow.id)
        )
        return await self._tx.run(lambda s: [m.consent_to_domain(r) for r in s.scalars(query)])

    async def current(self, senior_id: str, scope: ConsentScope) -> ConsentRecord | None:
        values = {"senior_id": senior_id, "scope": scope.value}

        def work(s: Session) -> ConsentRecord | None:
            row = s.scalars(_CURRENT, values).first()
            return m.consent_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def current_many(self, senior_ids: Collection[str], scope: ConsentScope) -> dict[str, ConsentRecord]:
        wanted = sorted(set(senior_ids))
        if not wanted:
            return {}
        # Every record of these seniors in this scope, oldest first (a senior has a handful): the last one wins.
        query = (
            select(ConsentRecordRow)
            .where(ConsentRecordRow.senior_id.in_(wanted), ConsentRecordRow.scope == scope.value)
            .order_by(ConsentRecordRow.recorded_at, ConsentRecordRow.id)
        )

        def work(s: Session) -> dict[str, ConsentRecord]:
            return {row.senior_id: m.consent_to_domain(row) for row in s.scalars(query)}

        return await self._tx.run(work)
