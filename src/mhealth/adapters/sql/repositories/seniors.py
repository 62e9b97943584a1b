"""SQL repository of seniors (erasing one removes everything stored about them)."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.repositories._base import SessionRunner, affected, insert_rows, page_size
from mhealth.adapters.sql.rows import (
    AccessLinkRow,
    AlertRow,
    AssessmentRow,
    CheckInRow,
    ConsentRecordRow,
    DeliveryAttemptRow,
    OutboxRow,
    RecordingRow,
    SeniorRow,
    TranscriptRow,
)
from mhealth.domain.errors import NotFound
from mhealth.domain.model import Senior
from mhealth.ports.repositories import Page, SeniorRepository


class SqlSeniorRepository(SeniorRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, senior: Senior) -> None:
        row = mapping.senior_to_row(senior)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get(self, senior_id: str, *, for_update: bool = False) -> Senior | None:
        query = select(SeniorRow).where(SeniorRow.id == senior_id)
        if for_update:
            # MySQL/MariaDB: a row lock held to the end of the transaction (SQLite: BEGIN IMMEDIATE already
            # serialises writers, and SQLAlchemy leaves FOR UPDATE out there).
            query = query.with_for_update()

        def work(s: Session) -> Senior | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return mapping.senior_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        n = page_size(limit)

        def work(s: Session) -> Page[Senior]:
            query = select(SeniorRow).order_by(SeniorRow.id).limit(n + 1)
            if after is not None:
                query = query.where(SeniorRow.id > after)
            rows = s.scalars(query).all()
            items = tuple(mapping.senior_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)

    async def delete(self, senior_id: str) -> bool:
        def work(s: Session) -> bool:
            check_ins = select(CheckInRow.id).where(CheckInRow.senior_id == senior_id)
            alerts = select(AlertRow.id).where(AlertRow.senior_id == senior_id)
            assessments = select(AssessmentRow.assessment_id).where(AssessmentRow.senior_id == senior_id)
            removed = 0
            # Children first: the result does not depend on the database honouring ON DELETE CASCADE.
            for statement in (
                delete(OutboxRow).where(
                    OutboxRow.ref_id.in_(check_ins) | OutboxRow.ref_id.in_(alerts) | OutboxRow.ref_id.in_(assessments)
                ),
                delete(DeliveryAttemptRow).where(DeliveryAttemptRow.senior_id == senior_id),
                delete(AlertRow).where(AlertRow.senior_id == senior_id),
                delete(AccessLinkRow).where(AccessLinkRow.senior_id == senior_id),
                delete(ConsentRecordRow).where(ConsentRecordRow.senior_id == senior_id),
                delete(AssessmentRow).where(AssessmentRow.check_in_id.in_(check_ins)),
                delete(TranscriptRow).where(TranscriptRow.check_in_id.in_(check_ins)),
                delete(RecordingRow).where(RecordingRow.check_in_id.in_(check_ins)),
                delete(CheckInRow).where(CheckInRow.senior_id == senior_id),
                delete(SeniorRow).where(SeniorRow.id == senior_id),
            ):
                removed += affected(s, statement)
            s.expunge_all()
            return removed > 0

        return await self._tx.run(work)

    async def update(self, senior: Senior) -> None:
        values = {
            c: getattr(senior, c) for c in ("display_name", "timezone", "birth_year", "external_ref", "consent_audio")
        }

        def work(s: Session) -> None:
            statement = update(SeniorRow).where(SeniorRow.id == senior.id).values(**values)
            if affected(s, statement) == 0:
                raise NotFound(f"senior {senior.id} does not exist")
            s.expire_all()

        await self._tx.run(work)
