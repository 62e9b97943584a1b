"""Repositories of the SQL unit of work. Each method runs its statements in the transaction's session.

Inserts run inside a SAVEPOINT so that a duplicate (``Conflict``) undoes only that insert: the caller's
transaction stays usable, as it does with the in-memory fake.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import msgspec
from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.rows import (
    AccessLinkRow,
    AlertRow,
    AssessmentRow,
    CheckInRow,
    ConsentRecordRow,
    OutboxRow,
    RecordingRow,
    SeniorRow,
    TranscriptRow,
)
from mhealth.domain.errors import NotFound
from mhealth.domain.model import Alert, AlertStatus, CheckIn, PendingDelivery, Recording, RiskLevel, Senior
from mhealth.domain.rules.trend import ScorePoint
from mhealth.ports.repositories import (
    AlertRepository,
    CheckInRepository,
    OutboxRepository,
    Page,
    SeniorRepository,
)

if TYPE_CHECKING:
    from mhealth.adapters.sql.uow import SqlTransaction

MAX_PAGE = 1000
MAX_ERROR_CHARS = 2000


def _limit(limit: int) -> int:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return min(limit, MAX_PAGE)


def _insert(session: Session, rows: Sequence[Any]) -> None:
    """Insert ``rows`` (parent first) in a savepoint; the rows have no ORM relationships, so the
    parent is flushed on its own before its children (their foreign keys need it)."""
    with session.begin_nested():
        session.add(rows[0])
        if len(rows) > 1:
            session.flush()
            session.add_all(rows[1:])


class SqlSeniorRepository(SeniorRepository):
    def __init__(self, tx: SqlTransaction) -> None:
        self._tx = tx

    async def add(self, senior: Senior) -> None:
        row = mapping.senior_to_row(senior)
        await self._tx.run(lambda s: _insert(s, [row]))

    async def get(self, senior_id: str) -> Senior | None:
        def work(s: Session) -> Senior | None:
            row = s.get(SeniorRow, senior_id)
            return mapping.senior_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def list(self, *, limit: int = 50, after: str | None = None) -> Page[Senior]:
        n = _limit(limit)

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
                delete(AlertRow).where(AlertRow.senior_id == senior_id),
                delete(AccessLinkRow).where(AccessLinkRow.senior_id == senior_id),
                delete(ConsentRecordRow).where(ConsentRecordRow.senior_id == senior_id),
                delete(AssessmentRow).where(AssessmentRow.check_in_id.in_(check_ins)),
                delete(TranscriptRow).where(TranscriptRow.check_in_id.in_(check_ins)),
                delete(RecordingRow).where(RecordingRow.check_in_id.in_(check_ins)),
                delete(CheckInRow).where(CheckInRow.senior_id == senior_id),
                delete(SeniorRow).where(SeniorRow.id == senior_id),
            ):
                removed += s.execute(statement.execution_options(synchronize_session=False)).rowcount
            s.expunge_all()
            return removed > 0

        return await self._tx.run(work)

    async def update(self, senior: Senior) -> None:
        values = {
            c: getattr(senior, c) for c in ("display_name", "timezone", "birth_year", "external_ref", "consent_audio")
        }

        def work(s: Session) -> None:
            statement = update(SeniorRow).where(SeniorRow.id == senior.id).values(**values)
            if s.execute(statement.execution_options(synchronize_session=False)).rowcount == 0:
                raise NotFound(f"senior {senior.id} does not exist")
            s.expire_all()

        await self._tx.run(work)


def _check_in_query() -> Select[Any]:
    return (
        select(*mapping.CHECK_IN_COLUMNS)
        .join(TranscriptRow, TranscriptRow.check_in_id == CheckInRow.id)
        .join(AssessmentRow, AssessmentRow.check_in_id == CheckInRow.id)
        .outerjoin(RecordingRow, RecordingRow.check_in_id == CheckInRow.id)
    )


def _first_check_in(s: Session, query: Select[Any]) -> CheckIn | None:
    found = s.execute(query.limit(1)).first()
    return mapping.check_in_from_columns(found) if found is not None else None


def _utc(value: str) -> datetime:
    """A stored naive-UTC timestamp as text ('2025-01-01 09:00:00.000000') -> an aware UTC datetime."""
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


class SqlCheckInRepository(CheckInRepository):
    def __init__(self, tx: SqlTransaction) -> None:
        self._tx = tx

    async def add(self, check_in: CheckIn) -> None:
        rows = mapping.check_in_to_rows(check_in)
        await self._tx.run(lambda s: _insert(s, rows))

    async def get(self, check_in_id: str) -> CheckIn | None:
        query = _check_in_query().where(CheckInRow.id == check_in_id)
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def get_by_assessment(self, assessment_id: str) -> CheckIn | None:
        if not assessment_id:
            return None
        query = _check_in_query().where(AssessmentRow.assessment_id == assessment_id)
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        n = _limit(limit)
        query = _check_in_query().where(CheckInRow.senior_id == senior_id)
        if start is not None:
            query = query.where(CheckInRow.created_at >= start)
        if end is not None:
            query = query.where(CheckInRow.created_at < end)
        if after is not None:
            query = query.where(CheckInRow.id > after)
        # Ids are time-sortable (new_id): id order is creation order, and the id is the cursor.
        query = query.order_by(CheckInRow.id).limit(n + 1)

        def work(s: Session) -> Page[CheckIn]:
            found = s.execute(query).all()
            items = tuple(mapping.check_in_from_columns(row) for row in found[:n])
            return Page(items=items, next_cursor=items[-1].id if len(found) > n else None)

        return await self._tx.run(work)

    async def find_by_idempotency_key(self, senior_id: str, key: str) -> CheckIn | None:
        query = _check_in_query().where(CheckInRow.senior_id == senior_id, CheckInRow.idempotency_key == key)
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def find_recent_by_sha256(self, senior_id: str, sha256: str, since: datetime) -> CheckIn | None:
        query = (
            _check_in_query()
            .where(
                RecordingRow.senior_id == senior_id,
                RecordingRow.sha256 == sha256,
                CheckInRow.created_at >= since,
            )
            .order_by(CheckInRow.created_at.desc(), CheckInRow.id.desc())
        )
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def score_points(self, senior_id: str, *, start: datetime, end: datetime) -> list[ScorePoint]:
        """The scores of a senior's check-ins with ``start <= created_at < end``, oldest first.

        What a trend needs, read from the assessment's query columns (no JSON decoding of assessments).
        On MySQL/MariaDB the server folds the rows into one JSON array (JSON_ARRAYAGG), so pymysql parses
        one value instead of a row per check-in: its per-row cost dominated a year of scores.
        """
        where = (CheckInRow.senior_id == senior_id, CheckInRow.created_at >= start, CheckInRow.created_at < end)
        columns = (
            CheckInRow.created_at,
            AssessmentRow.depression_score,
            AssessmentRow.anxiety_score,
            AssessmentRow.cognitive_score,
            AssessmentRow.risk_level,
        )
        joined = select(*columns).join(AssessmentRow, AssessmentRow.check_in_id == CheckInRow.id).where(*where)

        def work(s: Session) -> list[ScorePoint]:
            if s.get_bind().dialect.name not in ("mysql", "mariadb"):
                # SQLite runs in process (no driver parsing to save), and its JSON would round the floats.
                return [
                    ScorePoint(at=at, depression=d, anxiety=a, cognitive=c, risk_level=RiskLevel(level))
                    for at, d, a, c, level in s.execute(joined.order_by(CheckInRow.id))
                ]
            inner = joined.subquery()
            row = func.json_array(
                inner.c.created_at,
                inner.c.depression_score,
                inner.c.anxiety_score,
                inner.c.cognitive_score,
                inner.c.risk_level,
            )
            raw = s.execute(select(func.json_arrayagg(row))).scalar()
            points = [
                ScorePoint(
                    at=_utc(at),
                    depression=float(d),
                    anxiety=float(a),
                    cognitive=float(c),
                    risk_level=RiskLevel(level),
                )
                for at, d, a, c, level in (msgspec.json.decode(raw) if raw else [])
            ]
            points.sort(key=lambda p: p.at)
            return points

        return await self._tx.run(work)

    async def blob_keys_in_use(self) -> set[str]:
        query = select(RecordingRow.blob_key).where(RecordingRow.blob_deleted_at.is_(None)).distinct()
        return await self._tx.run(lambda s: set(s.scalars(query)))

    async def blob_keys_for_senior(self, senior_id: str) -> set[str]:
        query = (
            select(RecordingRow.blob_key)
            .where(RecordingRow.senior_id == senior_id, RecordingRow.blob_deleted_at.is_(None))
            .distinct()
        )
        return await self._tx.run(lambda s: set(s.scalars(query)))

    async def recordings_due_for_deletion(self, received_before: datetime, *, limit: int = 500) -> Sequence[Recording]:
        withdrawn = select(SeniorRow.id).where(SeniorRow.consent_audio.is_(False))
        query = (
            select(RecordingRow)
            .where(
                RecordingRow.blob_deleted_at.is_(None),
                (RecordingRow.received_at < received_before) | RecordingRow.senior_id.in_(withdrawn),
            )
            .order_by(RecordingRow.received_at, RecordingRow.id)
            .limit(_limit(limit))
        )
        return await self._tx.run(lambda s: [mapping.recording_to_domain(r) for r in s.scalars(query)])

    async def mark_blob_deleted(self, recording_id: str, at: datetime) -> None:
        statement = update(RecordingRow).where(RecordingRow.id == recording_id).values(blob_deleted_at=at)

        def work(s: Session) -> None:
            s.execute(statement.execution_options(synchronize_session=False))
            s.expire_all()

        await self._tx.run(work)

    async def delete_created_before(self, before: datetime, *, limit: int = 500) -> int:
        n = _limit(limit)

        def work(s: Session) -> int:
            ids = list(
                s.scalars(select(CheckInRow.id).where(CheckInRow.created_at < before).order_by(CheckInRow.id).limit(n))
            )
            if not ids:
                return 0
            alerts = select(AlertRow.id).where(AlertRow.check_in_id.in_(ids))
            assessments = select(AssessmentRow.assessment_id).where(AssessmentRow.check_in_id.in_(ids))
            for statement in (
                delete(OutboxRow).where(OutboxRow.ref_id.in_(alerts) | OutboxRow.ref_id.in_(assessments)),
                delete(AlertRow).where(AlertRow.check_in_id.in_(ids)),
                delete(AssessmentRow).where(AssessmentRow.check_in_id.in_(ids)),
                delete(TranscriptRow).where(TranscriptRow.check_in_id.in_(ids)),
                delete(RecordingRow).where(RecordingRow.check_in_id.in_(ids)),
                delete(CheckInRow).where(CheckInRow.id.in_(ids)),
            ):
                s.execute(statement.execution_options(synchronize_session=False))
            s.expunge_all()
            return len(ids)

        return await self._tx.run(work)


class SqlAlertRepository(AlertRepository):
    def __init__(self, tx: SqlTransaction) -> None:
        self._tx = tx

    async def add(self, alert: Alert) -> None:
        row = mapping.alert_to_row(alert)
        await self._tx.run(lambda s: _insert(s, [row]))

    async def get(self, alert_id: str) -> Alert | None:
        def work(s: Session) -> Alert | None:
            row = s.get(AlertRow, alert_id)
            return mapping.alert_to_domain(row) if row is not None else None

        return await self._tx.run(work)

    async def update(self, alert: Alert) -> None:
        values = mapping.alert_values(alert)
        del values["id"]

        def work(s: Session) -> None:
            statement = update(AlertRow).where(AlertRow.id == alert.id).values(**values)
            matched = s.execute(statement.execution_options(synchronize_session=False)).rowcount
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
    ) -> Page[Alert]:
        n = _limit(limit)
        query = select(AlertRow).order_by(AlertRow.id.desc()).limit(n + 1)
        if senior_id is not None:
            query = query.where(AlertRow.senior_id == senior_id)
        if senior_ids is not None:
            query = query.where(AlertRow.senior_id.in_(sorted(senior_ids)))
        if status is not None:
            query = query.where(AlertRow.status == status.value)
        if after is not None:
            query = query.where(AlertRow.id < after)

        def work(s: Session) -> Page[Alert]:
            rows = s.scalars(query).all()
            items = tuple(mapping.alert_to_domain(r) for r in rows[:n])
            return Page(items=items, next_cursor=items[-1].id if len(rows) > n else None)

        return await self._tx.run(work)

    async def recent_for_senior(self, senior_id: str, since: datetime) -> Sequence[Alert]:
        query = (
            select(AlertRow)
            .where(AlertRow.senior_id == senior_id, AlertRow.created_at >= since)
            .order_by(AlertRow.created_at.desc(), AlertRow.id.desc())
        )
        return await self._tx.run(lambda s: [mapping.alert_to_domain(r) for r in s.scalars(query)])


class SqlOutboxRepository(OutboxRepository):
    def __init__(self, tx: SqlTransaction) -> None:
        self._tx = tx

    async def add(self, delivery: PendingDelivery) -> None:
        row = mapping.delivery_to_row(delivery)
        await self._tx.run(lambda s: _insert(s, [row]))

    async def due(self, now: datetime, *, limit: int = 100) -> Sequence[PendingDelivery]:
        query = (
            select(OutboxRow)
            .where(OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(_limit(limit))
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
