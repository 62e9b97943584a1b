"""SQL repository of long-recording jobs, claimed by workers under leases (the outbox's claim helper)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql.repositories._base import MAX_ERROR_CHARS, SessionRunner, affected, insert_rows
from mhealth.adapters.sql.repositories._lease import claim_rows
from mhealth.adapters.sql.rows import JobRow
from mhealth.domain.model import Job, JobStatus
from mhealth.ports.repositories import JobRepository

_FIELDS = tuple(f for f in Job.__struct_fields__ if f != "status")


def _to_row(job: Job) -> JobRow:
    return JobRow(status=job.status.value, **{f: getattr(job, f) for f in _FIELDS})


def _to_domain(row: JobRow) -> Job:
    values: dict[str, Any] = {f: getattr(row, f) for f in _FIELDS}
    return Job(status=JobStatus(row.status), **values)


class SqlJobRepository(JobRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, job: Job) -> None:
        row = _to_row(job)
        await self._tx.run(lambda s: insert_rows(s, [row]))

    async def get(self, job_id: str, *, senior_ids: Collection[str] | None = None) -> Job | None:
        # One statement with the visibility filter: a hidden job costs what a missing one costs.
        query = select(JobRow).where(JobRow.id == job_id)
        if senior_ids is not None:
            query = query.where(JobRow.senior_id.in_(sorted(senior_ids) or [""]))

        def work(s: Session) -> Job | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return _to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def senior_of(self, job_id: str) -> str | None:
        query = select(JobRow.senior_id).where(JobRow.id == job_id)
        return await self._tx.run(lambda s: s.scalars(query).first())

    async def find_by_idempotency_key(self, senior_id: str, key: str) -> Job | None:
        query = select(JobRow).where(JobRow.senior_id == senior_id, JobRow.idempotency_key == key)

        def work(s: Session) -> Job | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return _to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def claim(self, owner: str, now: datetime, *, lease: timedelta, limit: int = 1) -> Sequence[Job]:
        if not owner or len(owner) > 64:
            raise ValueError("owner must be 1 to 64 characters")
        queued = and_(
            JobRow.status == JobStatus.QUEUED.value,
            or_(JobRow.next_attempt_at.is_(None), JobRow.next_attempt_at <= now),
        )
        runnable = or_(queued, JobRow.status == JobStatus.RUNNING.value)  # running: only with an expired lease

        def work(s: Session) -> list[Job]:
            rows = claim_rows(
                s,
                JobRow,
                owner=owner,
                now=now,
                lease_until=now + lease,
                where=[runnable],
                order_by=[JobRow.created_at, JobRow.id],
                limit=limit,
            )
            if not rows:
                return []
            ids = [r.id for r in rows]
            s.execute(
                update(JobRow)
                .where(JobRow.id.in_(ids))
                .values(status=JobStatus.RUNNING.value, attempts=JobRow.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            for r in rows:
                r.status, r.attempts, r.updated_at = JobStatus.RUNNING.value, r.attempts + 1, now
            return [_to_domain(r) for r in rows]

        return await self._tx.run(work)

    async def renew(self, job_id: str, *, owner: str, until: datetime) -> bool:
        statement = (
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.lease_owner == owner, JobRow.status == JobStatus.RUNNING.value)
            .values(lease_until=until)
        )
        return await self._tx.run(lambda s: affected(s, statement) > 0)

    async def finish(
        self,
        job_id: str,
        *,
        owner: str,
        status: JobStatus,
        now: datetime,
        check_in_id: str | None = None,
        error_code: str | None = None,
        error_detail: str | None = None,
        next_attempt_at: datetime | None = None,
    ) -> bool:
        statement = (
            update(JobRow)
            .where(JobRow.id == job_id, JobRow.lease_owner == owner)
            .values(
                status=status.value,
                updated_at=now,
                check_in_id=check_in_id,
                error_code=error_code,
                error_detail=error_detail[:MAX_ERROR_CHARS] if error_detail else error_detail,
                next_attempt_at=next_attempt_at,
                lease_owner=None,
                lease_until=None,
            )
        )

        def work(s: Session) -> bool:
            hit = affected(s, statement) > 0
            s.expire_all()
            return hit

        return await self._tx.run(work)

    async def blob_keys_pending(self, *, senior_id: str | None = None) -> set[str]:
        query = select(JobRow.blob_key).where(JobRow.status.in_([JobStatus.QUEUED.value, JobStatus.RUNNING.value]))
        if senior_id is not None:
            query = query.where(JobRow.senior_id == senior_id)
        return await self._tx.run(lambda s: set(s.scalars(query.distinct())))
