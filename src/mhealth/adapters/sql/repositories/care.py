"""SQL repositories of care: care teams (members as one msgspec JSON document), schedules and missed check-ins.

Schedules are claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` on MySQL/MariaDB: two workers checking
schedules at once each get different seniors, and neither waits for the other. On SQLite SQLAlchemy leaves
the clause out; every transaction there begins with ``BEGIN IMMEDIATE`` (one writer at a time), which makes
a claim exclusive too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import msgspec
from sqlalchemy import delete, exists, func, literal_column, or_, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql.repositories._base import SessionRunner, affected, insert_rows, page_size
from mhealth.adapters.sql.rows import CareTeamRow, MissedCheckInRow, ScheduleRow, SeniorRow, UtcDateTime
from mhealth.domain.errors import Conflict, NotFound
from mhealth.domain.model import CareTeam, CareTeamMember, MissedCheckIn, Schedule, ScheduleTime
from mhealth.ports.care import CareTeamRepository, MissedCheckInRepository, ScheduleRepository

MIN_GRACE = timedelta(minutes=5)  # Schedule.grace_minutes is at least 5
_encoder = msgspec.json.Encoder()
_members = msgspec.json.Decoder(tuple[CareTeamMember, ...])
_times = msgspec.json.Decoder(tuple[ScheduleTime, ...])


def _senior_exists(s: Session, senior_id: str) -> bool:
    return s.scalar(select(exists().where(SeniorRow.id == senior_id))) is True


def _team(row: CareTeamRow) -> CareTeam:
    return CareTeam(
        senior_id=row.senior_id,
        members=_members.decode(row.members_json),
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def _schedule(row: ScheduleRow) -> Schedule:
    return Schedule(
        senior_id=row.senior_id,
        times=_times.decode(row.times_json),
        grace_minutes=row.grace_minutes,
        updated_at=row.updated_at,
        checked_until=row.checked_until,
    )


def _missed(row: MissedCheckInRow) -> MissedCheckIn:
    return MissedCheckIn(id=row.id, senior_id=row.senior_id, slot_at=row.slot_at, recorded_at=row.recorded_at)


class SqlCareTeamRepository(CareTeamRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def get(self, senior_id: str) -> CareTeam | None:
        query = select(CareTeamRow).where(CareTeamRow.senior_id == senior_id)

        def work(s: Session) -> CareTeam | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return _team(row) if row is not None else None

        return await self._tx.run(work)

    async def put(self, team: CareTeam) -> None:
        values = {
            "members_json": _encoder.encode(team.members).decode(),
            "updated_at": team.updated_at,
            "updated_by": team.updated_by[:255],
        }

        def work(s: Session) -> None:
            if not _senior_exists(s, team.senior_id):
                raise NotFound(f"senior {team.senior_id} does not exist")
            statement = update(CareTeamRow).where(CareTeamRow.senior_id == team.senior_id).values(**values)
            if affected(s, statement) == 0:
                insert_rows(s, [CareTeamRow(senior_id=team.senior_id, **values)])
            s.expire_all()

        await self._tx.run(work)

    async def delete(self, senior_id: str) -> bool:
        statement = delete(CareTeamRow).where(CareTeamRow.senior_id == senior_id)
        return await self._tx.run(lambda s: affected(s, statement) > 0)


class SqlScheduleRepository(ScheduleRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def get(self, senior_id: str) -> Schedule | None:
        query = select(ScheduleRow).where(ScheduleRow.senior_id == senior_id)

        def work(s: Session) -> Schedule | None:
            row = s.scalars(query.execution_options(populate_existing=True)).first()
            return _schedule(row) if row is not None else None

        return await self._tx.run(work)

    async def put(self, schedule: Schedule) -> None:
        values = {
            "times_json": _encoder.encode(schedule.times).decode(),
            "grace_minutes": schedule.grace_minutes,
            "updated_at": schedule.updated_at,
            "checked_until": schedule.checked_until,
        }

        def work(s: Session) -> None:
            if not _senior_exists(s, schedule.senior_id):
                raise NotFound(f"senior {schedule.senior_id} does not exist")
            statement = update(ScheduleRow).where(ScheduleRow.senior_id == schedule.senior_id).values(**values)
            if affected(s, statement) == 0:
                insert_rows(s, [ScheduleRow(senior_id=schedule.senior_id, **values)])
            s.expire_all()

        await self._tx.run(work)

    async def delete(self, senior_id: str) -> bool:
        statement = delete(ScheduleRow).where(ScheduleRow.senior_id == senior_id)
        return await self._tx.run(lambda s: affected(s, statement) > 0)

    async def claim_due(self, now: datetime, *, limit: int = 50) -> Sequence[Schedule]:
        n = page_size(limit)
        # The index on checked_until narrows the scan (no grace is shorter than MIN_GRACE); the exact test adds
        # each schedule's own grace. NULL (never checked) sorts first on MySQL/MariaDB and SQLite alike, and
        # ordering by the indexed column lets InnoDB stop after the rows it hands out.
        query = (
            select(ScheduleRow)
            .where(or_(ScheduleRow.checked_until.is_(None), ScheduleRow.checked_until <= now - MIN_GRACE))
            .order_by(ScheduleRow.checked_until, ScheduleRow.senior_id)
        )

        def work(s: Session) -> list[Schedule]:
            if s.get_bind().dialect.name in ("mysql", "mariadb"):
                due_at = func.timestampadd(
                    literal_column("MINUTE"), ScheduleRow.grace_minutes, ScheduleRow.checked_until, type_=UtcDateTime()
                )
                q = query.where(or_(ScheduleRow.checked_until.is_(None), due_at <= now))
                locked = q.limit(n).with_for_update(skip_locked=True).execution_options(populate_existing=True)
                return [_schedule(r) for r in s.scalars(locked)]
            # SQLite: one writer at a time (BEGIN IMMEDIATE), so reading a few rows more and testing the grace
            # here holds nothing back from anyone.
            rows = s.scalars(query.execution_options(populate_existing=True)).all()
            due = [
                r
                for r in rows
                if r.checked_until is None or r.checked_until + timedelta(minutes=r.grace_minutes) <= now
            ]
            return [_schedule(r) for r in due[:n]]

        return await self._tx.run(work)

    async def advance(self, senior_id: str, checked_until: datetime) -> None:
        def work(s: Session) -> None:
            statement = (
                update(ScheduleRow)
                .where(
                    ScheduleRow.senior_id == senior_id,
                    or_(ScheduleRow.checked_until.is_(None), ScheduleRow.checked_until < checked_until),
                )
                .values(checked_until=checked_until)
            )
            if affected(s, statement) == 0 and s.get(ScheduleRow, senior_id, populate_existing=True) is None:
                raise NotFound(f"schedule of senior {senior_id} does not exist")
            s.expire_all()

        await self._tx.run(work)


class SqlMissedCheckInRepository(MissedCheckInRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, missed: MissedCheckIn) -> bool:
        row = MissedCheckInRow(
            id=missed.id, senior_id=missed.senior_id, slot_at=missed.slot_at, recorded_at=missed.recorded_at
        )

        def exists_already(s: Session) -> bool:
            same = (MissedCheckInRow.senior_id == missed.senior_id, MissedCheckInRow.slot_at == missed.slot_at)
            query = select(exists().where(*same))
            return s.scalar(query) is True

        def work(s: Session) -> bool:
            if exists_already(s):
                return False
            insert_rows(s, [row])  # a savepoint: a racing duplicate undoes only this insert
            return True

        try:
            return await self._tx.run(work)
        except Conflict:
            # Inserted by another transaction since the check (the unique key on senior + slot held).
            return False

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 500,
        newest_first: bool = False,
    ) -> Sequence[MissedCheckIn]:
        n = page_size(limit)
        order = MissedCheckInRow.slot_at.desc() if newest_first else MissedCheckInRow.slot_at
        query = select(MissedCheckInRow).where(MissedCheckInRow.senior_id == senior_id).order_by(order).limit(n)
        if start is not None:
            query = query.where(MissedCheckInRow.slot_at >= start)
        if end is not None:
            query = query.where(MissedCheckInRow.slot_at < end)
        return await self._tx.run(lambda s: [_missed(r) for r in s.scalars(query)])


__all__ = ["SqlCareTeamRepository", "SqlMissedCheckInRepository", "SqlScheduleRepository"]
