"""SQL repository of access links (which principal may act for which senior)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping_access as m
from mhealth.adapters.sql.repositories._base import SessionRunner, affected, insert_rows
from mhealth.adapters.sql.rows import AccessLinkRow
from mhealth.domain.model import AccessLink
from mhealth.ports.repositories import AccessLinkRepository


class SqlAccessLinkRepository(AccessLinkRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, link: AccessLink) -> bool:
        row = m.link_to_row(link)

        def work(s: Session) -> bool:
            if s.get(AccessLinkRow, (link.principal_id, link.senior_id)) is not None:
                return False
            insert_rows(s, [row])
            return True

        return await self._tx.run(work)

    async def remove(self, principal_id: str, senior_id: str) -> bool:
        statement = delete(AccessLinkRow).where(
            AccessLinkRow.principal_id == principal_id, AccessLinkRow.senior_id == senior_id
        )

        def work(s: Session) -> bool:
            removed = affected(s, statement) > 0
            s.expunge_all()
            return removed

        return await self._tx.run(work)

    async def seniors_for(self, principal_id: str) -> list[str]:
        query = (
            select(AccessLinkRow.senior_id)
            .where(AccessLinkRow.principal_id == principal_id)
            .order_by(AccessLinkRow.senior_id)
        )
        return await self._tx.run(lambda s: list(s.scalars(query)))

    async def principals_for(self, senior_id: str) -> list[str]:
        query = (
            select(AccessLinkRow.principal_id)
            .where(AccessLinkRow.senior_id == senior_id)
            .order_by(AccessLinkRow.principal_id)
        )
        return await self._tx.run(lambda s: list(s.scalars(query)))
