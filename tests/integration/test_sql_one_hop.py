"""A check-in's transaction reaches the SQL worker threads once (``UnitOfWork.transact``), on SQLite and MariaDB:
its reads, its inserts, its audit entry, its outbox rows (and an alert's) and its commit in one hand-off."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select

from mhealth.adapters.sql.rows import AlertRow, AuditRow, CheckInRow, OutboxRow
from mhealth.adapters.sql.uow import SqlUnitOfWork
from tests.checkins_harness import WHO, check_ins

R = TypeVar("R")
HANG = 60  # seconds: far beyond every bound; reaching it means something hangs


def rows(uow: SqlUnitOfWork, table: type, **where: str) -> int:
    with uow.engine.connect() as connection:
        query = select(func.count()).select_from(table)
        for column, value in where.items():
            query = query.where(getattr(table, column) == value)
        return int(connection.execute(query).scalar_one())


def count_hops(uow: SqlUnitOfWork, monkeypatch: pytest.MonkeyPatch) -> list[asyncio.Task[Any] | None]:
    """The task of every function handed to the worker threads from now on (the background flusher's own
    hand-offs are told apart by their task)."""
    hops: list[asyncio.Task[Any] | None] = []
    submit = uow.submit

    def counted(fn: Callable[[], Any]) -> asyncio.Future[Any]:
        hops.append(asyncio.current_task())
        return submit(fn)

    monkeypatch.setattr(uow, "submit", counted)
    return hops


async def in_task(coroutine: Coroutine[Any, Any, R]) -> tuple[R, asyncio.Task[R]]:
    task = asyncio.ensure_future(coroutine)
    return await asyncio.wait_for(asyncio.shield(task), HANG), task


@pytest.mark.parametrize(
    ("text", "alerts"), [("오늘은 손주들이 와서 즐거웠어요", 0), ("번개탄 사다 놨어. 애들한테는 말하지 마", 1)]
)
async def test_a_check_in_is_one_hop_with_everything_committed_together(
    database_url: str, monkeypatch: pytest.MonkeyPatch, text: str, alerts: int
) -> None:
    uow = SqlUnitOfWork(database_url, max_workers=2)
    try:
        ci = check_ins(uow, background=64)  # deliveries after answering: the answer waits for the commit only
        senior = await ci.create_senior(display_name="김순자")
        hops = count_hops(uow, monkeypatch)
        result, task = await in_task(ci.check_in_text(senior.id, text, idempotency_key="one", audit=WHO))
        assert hops.count(task) == 1  # (the five before: two reads, the insert, the audit entry, the commit)
        assert (result.alert is not None) == bool(alerts)
        assert await ci.drain(HANG) == 0  # the flusher's deliveries (they hold SQLite's lock while they run)
        assert rows(uow, CheckInRow, senior_id=senior.id) == 1
        assert rows(uow, AuditRow, senior_id=senior.id) == 1
        assert rows(uow, AlertRow, senior_id=senior.id) == alerts
        assert rows(uow, OutboxRow) == 0  # analytics (and the alert's notifications) delivered after the commit

        # A retry with the key: the insert conflicts (rolled back in its hop), the replay is one hop more.
        again, task = await in_task(ci.check_in_text(senior.id, text, idempotency_key="one", audit=WHO))
        assert again.replayed and again.check_in.id == result.check_in.id
        assert hops.count(task) == 2
        assert await ci.drain(HANG) == 0
        assert rows(uow, CheckInRow, senior_id=senior.id) == 1
        assert rows(uow, AuditRow, senior_id=senior.id) == 2  # the replay is audited too
        assert uow.permits.free == uow.permits.size  # every connection back
    finally:
        await uow.aclose()
