"""SQL repository of check-ins: recording metadata, transcript and assessment, stored together."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timezone
from typing import Any

import msgspec
from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.repositories._base import (
    SessionRunner,
    after_cursor,
    insert_rows,
    page_size,
)
from mhealth.adapters.sql.rows import (
    AlertRow,
    AssessmentRow,
    CheckInRow,
    OutboxRow,
    RecordingRow,
    SeniorRow,
    TranscriptRow,
)
from mhealth.domain.model import CheckIn, Recording, RiskLevel
from mhealth.domain.rules.trend import ScorePoint
from mhealth.ports.repositories import CheckInRepository, Page


def _check_in_query() -> Select[*tuple[Any, ...]]:
    return (
        select(*mapping.CHECK_IN_COLUMNS)
        .join(TranscriptRow, TranscriptRow.check_in_id == CheckInRow.id)
        .join(AssessmentRow, AssessmentRow.check_in_id == CheckInRow.id)
        .outerjoin(RecordingRow, RecordingRow.check_in_id == CheckInRow.id)
    )


def _visible(query: Select[*tuple[Any, ...]], senior_ids: Collection[str] | None) -> Select[*tuple[Any, ...]]:
    """Only rows of ``senior_ids`` (None: every senior), in the same statement as the lookup itself, so a
    row that exists but may not be seen costs what a row that does not exist costs."""
    if senior_ids is None:
        return query
    return query.where(CheckInRow.senior_id.in_(sorted(senior_ids) or [""]))


def _first_check_in(s: Session, query: Select[*tuple[Any, ...]]) -> CheckIn | None:
    found = s.execute(query.limit(1)).first()
    return mapping.check_in_from_columns(found) if found is not None else None


def _utc(value: str) -> datetime:
    """A stored naive-UTC timestamp as text ('2025-01-01 09:00:00.000000') -> an aware UTC datetime."""
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)


class SqlCheckInRepository(CheckInRepository):
    def __init__(self, tx: SessionRunner) -> None:
        self._tx = tx

    async def add(self, check_in: CheckIn, *, deferred: bool = False) -> None:
        rows = mapping.check_in_to_rows(check_in)
        if deferred:
            # Sent first in the next statement's thread hop (or the commit's), with whatever else was queued (one
            # multi-row INSERT per table) and no SAVEPOINT pair: a failure there fails the transaction for good,
            # which is what the caller asked for.
            await self._tx.defer_insert(rows)
            return
        await self._tx.run(lambda s: insert_rows(s, rows, plain=True))

    async def get(self, check_in_id: str, *, senior_ids: Collection[str] | None = None) -> CheckIn | None:
        query = _visible(_check_in_query().where(CheckInRow.id == check_in_id), senior_ids)
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def get_by_assessment(
        self, assessment_id: str, *, senior_ids: Collection[str] | None = None
    ) -> CheckIn | None:
        # No shortcut for an empty id: absent, invisible and malformed ids cost the same statement.
        query = _visible(_check_in_query().where(AssessmentRow.assessment_id == assessment_id), senior_ids)
        return await self._tx.run(lambda s: _first_check_in(s, query))

    async def senior_of(self, *, check_in_id: str | None = None, assessment_id: str | None = None) -> str | None:
        # An aggregate: exactly one row comes back (NULL when there is none), found or not.
        if check_in_id is not None:
            query = select(func.max(CheckInRow.senior_id)).where(CheckInRow.id == check_in_id)
        else:
            query = select(func.max(AssessmentRow.senior_id)).where(
                AssessmentRow.assessment_id == (assessment_id or "")
            )
        return await self._tx.run(lambda s: s.scalar(query))

    async def list_for_senior(
        self,
        senior_id: str,
        *,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 50,
        after: str | None = None,
    ) -> Page[CheckIn]:
        n = page_size(limit)
        query = _check_in_query().where(CheckInRow.senior_id == senior_id)
        if start is not None:
            query = query.where(CheckInRow.created_at >= start)
        if end is not None:
            query = query.where(CheckInRow.created_at < end)
        if after is not None:
            query = query.where(after_cursor(CheckInRow, CheckInRow.created_at, CheckInRow.id, after))
        # Ids sort by time only to the millisecond (and per process): time first, the id breaks ties.
        query = query.order_by(CheckInRow.created_at, CheckInRow.id).limit(n + 1)

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
                    for at, d, a, c, level in s.execute(joined.order_by(CheckInRow.created_at, CheckInRow.id))
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
            .limit(page_size(limit))
        )
        return await self._tx.run(lambda s: [mapping.recording_to_domain(r) for r in s.scalars(query)])

    async def mark_blob_deleted(self, recording_id: str, at: datetime) -> None:
        statement = update(RecordingRow).where(RecordingRow.id == recording_id).values(blob_deleted_at=at)

        def work(s: Session) -> None:
            s.execute(statement.execution_options(synchronize_session=False))
            s.expire_all()

        await self._tx.run(work)

    async def delete_created_before(self, before: datetime, *, limit: int = 500) -> int:
        n = page_size(limit)

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
