"""SqlAnalytics: de-identified analytics rows in the same database (``MHEALTH_ANALYTICS=database``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from mhealth.adapters.sql import mapping
from mhealth.adapters.sql.rows import AnalyticsEventRow
from mhealth.adapters.sql.uow import SqlUnitOfWork
from mhealth.domain.errors import MHealthError, ProviderUnavailable
from mhealth.domain.model import AnalyticsEvent
from mhealth.ports.analytics import Analytics
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)
_TABLE: Table = AnalyticsEventRow.__table__  # type: ignore[assignment]  # a declarative class always has a Table


class SqlAnalytics(Analytics):
    """Writes :class:`AnalyticsEvent` rows (and nothing else: no transcript, name or senior id) to
    ``analytics_events``. Idempotent by ``assessment_id``: a repeated event is ignored, never updated.

    Args:
        target: the :class:`SqlUnitOfWork` to share (its engine and worker threads), an engine, or a URL.
        max_workers: worker threads when ``target`` is an engine or a URL.
    """

    name = "database"

    def __init__(self, target: SqlUnitOfWork | Engine | str | URL, *, max_workers: int = 2) -> None:
        if isinstance(target, SqlUnitOfWork):
            self._uow, self._owns = target, False
        else:
            self._uow, self._owns = SqlUnitOfWork(target, max_workers=max_workers), True
        self._insert = self._insert_ignoring_duplicates()  # built once: building it costs more than running it

    def _insert_ignoring_duplicates(self) -> Any:
        dialect = self._uow.engine.dialect.name
        if dialect == "sqlite":
            return sqlite.insert(_TABLE).on_conflict_do_nothing(index_elements=["assessment_id"])
        statement = mysql.insert(_TABLE)
        # A no-op update: unlike INSERT IGNORE it does not also swallow other errors (truncation, ...).
        return statement.on_duplicate_key_update(assessment_id=statement.inserted.assessment_id)

    async def record(self, events: Sequence[AnalyticsEvent]) -> None:
        if not events:
            return
        values = [mapping.event_values(event) for event in events]
        statement = self._insert

        def work() -> None:
            with self._uow.engine.begin() as connection:
                connection.execute(statement, values)

        try:
            await self._uow.run(work)  # with a permit of the unit of work: one more connection, never a nested one
        except (SQLAlchemyError, MHealthError) as exc:
            log.warning("analytics rows not written: %s", getattr(exc, "code", type(exc).__name__))
            raise ProviderUnavailable("the analytics table cannot be written right now") from exc

    async def events(self, *, since: datetime | None = None, limit: int = 1000) -> list[AnalyticsEvent]:
        """Stored events, oldest first (for dashboards and tests)."""
        query = select(AnalyticsEventRow).order_by(AnalyticsEventRow.occurred_at, AnalyticsEventRow.assessment_id)
        if since is not None:
            query = query.where(AnalyticsEventRow.occurred_at >= since)
        query = query.limit(limit)

        def work() -> list[AnalyticsEvent]:
            from sqlalchemy.orm import Session

            with Session(self._uow.engine) as session:
                return [mapping.event_to_domain(row) for row in session.scalars(query)]

        return await self._uow.run(work)

    async def readiness(self) -> Readiness:
        return await self._uow.readiness()

    async def aclose(self) -> None:
        if self._owns:
            await self._uow.aclose()
