"""Check-ins against a real database under races, pool exhaustion and a database that stops answering.

MariaDB (real, on 127.0.0.1) and SQLite. The blackhole is a loopback TCP proxy in this file that can stop
forwarding (packets dropped, not refused: the client sees silence, as with a dead network path).
No test here measures time: the bounds below only turn a hang into a failure instead of a stuck suite.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url

from mhealth.adapters.filesystem.blobs import FileBlobStore
from mhealth.adapters.memory import InMemoryUnitOfWork
from mhealth.adapters.sql.rows import AuditRow, CheckInRow
from mhealth.adapters.sql.testing import sample_check_in
from mhealth.adapters.sql.uow import BREAKER_S, SqlUnitOfWork
from mhealth.domain.errors import DatabaseUnavailable, NotFound, OutcomeUnknown, Overloaded, StorageUnavailable
from mhealth.domain.usecases.checkins import CheckInPolicy, CheckInResult
from tests.checkins_harness import WHO, GatedAnalyzer, check_ins, tone_wav

TEXT = "요즘 잠이 잘 안 와요. 그래도 복지관에 가면 좋아요"
HANG = 60  # seconds: far beyond every bound under test; reaching it means something hangs


def rows(uow: SqlUnitOfWork, table: type, **where: str) -> int:
    with uow.engine.connect() as connection:
        query = select(func.count()).select_from(table)
        for column, value in where.items():
            query = query.where(getattr(table, column) == value)
        return int(connection.execute(query).scalar_one())


async def test_racing_check_ins_with_one_key_store_one_and_replay_it(database_url: str) -> None:
    """Five requests with one key, all analysed before any persists. The first insert takes the unique
    (senior, key) index; the others' inserts wait for its commit, conflict, roll back and replay it: 200
    replayed, never a 409, one row."""
    uow = SqlUnitOfWork(database_url, max_workers=4)
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=5))
    senior = await ci.create_senior(display_name="김순자")
    results = await asyncio.wait_for(
        asyncio.gather(*(ci.check_in_text(senior.id, TEXT, idempotency_key="race-1", audit=WHO) for _ in range(5))),
        HANG,
    )
    assert len({r.check_in.id for r in results}) == 1
    assert sorted(r.replayed for r in results) == [False, True, True, True, True]
    assert rows(uow, CheckInRow, senior_id=senior.id) == 1
    assert rows(uow, AuditRow, senior_id=senior.id) == 5  # each answer audited in its own transaction
    await uow.aclose()


async def test_a_text_check_in_is_two_thread_hops_and_its_rows_travel_with_the_commit(database_url: str) -> None:
    """The check-in's rows, its outbox row and its audit entry are deferred inserts (any failure rolls the
    transaction back anyway): no SAVEPOINT pair, no hop of their own; they go in the commit's thread hop, parents
    first. The only other hop reads the analytics consent."""
    uow = SqlUnitOfWork(database_url, max_workers=2)
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")
    hops: list[list[str]] = []  # the statements of each thread hop, in order
    submit = uow.submit

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        hops[-1].append(statement.split(None, 3)[2] if statement.startswith("INSERT") else statement)

    def counted(fn: Any) -> Any:
        def run() -> Any:
            hops.append([])  # one request, so its hops never overlap
            return fn()

        return submit(run)

    event.listen(uow.engine, "before_cursor_execute", seen)
    uow.submit = counted  # type: ignore[method-assign]
    try:
        result = await ci.check_in_text(senior.id, TEXT, idempotency_key="shape-1", audit=WHO)
    finally:
        uow.submit = submit  # type: ignore[method-assign]
        event.remove(uow.engine, "before_cursor_execute", seen)
    assert not result.replayed
    sent = [statement for hop in hops for statement in hop]
    assert not [statement for statement in sent if "SAVEPOINT" in statement.upper()]
    # a low result raises no alert, so the senior's recent alerts are not read
    assert not [statement for statement in sent if statement.startswith("SELECT") and "FROM alerts" in statement]
    # hop 1 reads the consent (SQLite's BEGIN IMMEDIATE first), hop 2 sends the rows and commits; the hops after
    # those are the analytics delivery's
    assert next(st for st in hops[0] if not st.startswith("BEGIN")).startswith("SELECT consent_records.")
    assert len(hops[0]) <= 2
    inserted = hops[1]
    assert sorted(inserted) == ["assessments", "audit_log", "check_ins", "outbox", "transcripts"]
    assert inserted.index("check_ins") < min(inserted.index("transcripts"), inserted.index("assessments"))
    assert rows(uow, CheckInRow, senior_id=senior.id) == 1
    assert rows(uow, AuditRow, senior_id=senior.id) == 1
    await uow.aclose()


@pytest.mark.parametrize("first_ends", ["commit", "rollback"])
async def test_a_check_in_whose_key_another_transaction_holds_waits_for_it(database_url: str, first_ends: str) -> None:
    """No lock but the unique (senior, key) index: a check-in whose key another open transaction has just
    inserted waits for that transaction. Committed: 200 replayed with its check-in (never a 409, never a
    second row). Rolled back: this one is stored."""
    uow = SqlUnitOfWork(database_url, max_workers=4)
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="이말순")
    first = sample_check_in(senior.id, idempotency_key="held")
    async with uow.begin() as tx:
        await tx.check_ins.add(first)
        second = asyncio.create_task(ci.check_in_text(senior.id, TEXT, idempotency_key="held", audit=WHO))
        await asyncio.sleep(0.3)  # let it reach the wait (it must not finish while the first is open)
        assert not second.done()
        if first_ends == "commit":
            await tx.commit()
    result = await asyncio.wait_for(second, HANG)
    assert result.replayed == (first_ends == "commit")
    assert (result.check_in.id == first.id) == (first_ends == "commit")
    assert rows(uow, CheckInRow, senior_id=senior.id) == 1
    assert rows(uow, AuditRow, senior_id=senior.id) == 1  # replayed or stored: audited once either way
    await uow.aclose()


async def test_racing_audio_check_ins_with_one_key_store_one(database_url: str, tmp_path: Path) -> None:
    uow = SqlUnitOfWork(database_url, max_workers=4)
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=3))
    senior = await ci.create_senior(display_name="박영호")
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"{i}.wav")
        paths[-1].write_bytes(tone_wav(freq=200.0 + 10 * i))  # different audio: only the key ties them
    results = await asyncio.wait_for(
        asyncio.gather(*(ci.check_in_audio(senior.id, p, idempotency_key="audio-race") for p in paths)), HANG
    )
    assert len({r.check_in.id for r in results}) == 1 and sorted(r.replayed for r in results) == [False, True, True]
    assert rows(uow, CheckInRow, senior_id=senior.id) == 1
    await uow.aclose()


async def test_a_small_pool_under_a_burst_answers_everyone_and_stays_healthy(database_url: str) -> None:
    """Pool of 2, 20 check-ins at once (and as many reads): every one answers, stored or refused with
    ``Overloaded``; nothing hangs, nothing is half-written or duplicated, and the service is healthy after."""
    uow = SqlUnitOfWork(database_url, max_workers=2, pool_timeout_s=1.0)
    ci = check_ins(uow, policy=CheckInPolicy(max_in_flight=12))
    senior = await ci.create_senior(display_name="김순자")

    async def one(i: int) -> str:
        try:
            await ci.check_in_text(senior.id, f"{TEXT} {i}", idempotency_key=f"burst-{i}", audit=WHO)
        except Overloaded:
            return "overloaded"
        return "stored"

    async def read() -> str:
        try:
            await ci.list_assessments(senior.id, limit=5)
        except Overloaded:
            return "overloaded"
        return "read"

    outcomes = await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(20)), *(read() for _ in range(20))), HANG)
    stored = outcomes[:20].count("stored")
    assert set(outcomes) <= {"stored", "overloaded", "read"}
    assert stored >= 1, outcomes
    assert rows(uow, CheckInRow, senior_id=senior.id) == stored  # none lost, none duplicated
    assert rows(uow, AuditRow, senior_id=senior.id) == stored  # every stored one audited with it
    assert uow.permits.free == uow.permits.size  # every connection back
    assert (await uow.readiness()).state == "ready"
    after = await ci.check_in_text(senior.id, "다 끝나고 한 번 더", audit=WHO)
    assert not after.replayed
    await uow.aclose()


# ------------------------------------------------------------------------------------------ blackhole


class Blackhole:
    """A loopback TCP proxy in a thread of its own; ``drop = True`` swallows every byte both ways."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.drop = False
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def __enter__(self) -> Blackhole:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *_: object) -> None:
        self._loop.call_soon_threadsafe(self._stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.close()

    def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        tasks = [t for t in asyncio.all_tasks(self._loop) if not t.done()]
        for task in tasks:
            task.cancel()
        done = asyncio.gather(*tasks, return_exceptions=True)
        done.add_done_callback(lambda _: self._loop.stop())

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, asyncio.CancelledError):
                while data := await src.read(65536):
                    if self.drop:
                        continue  # swallowed: no answer, no reset
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


@contextlib.asynccontextmanager
async def behind_a_blackhole(mariadb_url: str, timeout_s: float) -> AsyncIterator[tuple[SqlUnitOfWork, Blackhole]]:
    url = make_url(mariadb_url)
    with Blackhole(url.host or "127.0.0.1", url.port or 3306) as proxy:
        proxied = url.set(host="127.0.0.1", port=proxy.port)
        uow = SqlUnitOfWork(proxied, max_workers=2, timeout_s=timeout_s, pool_timeout_s=0.5)
        try:
            yield uow, proxy
        finally:
            proxy.drop = False
            await uow.aclose()


async def test_a_database_that_stops_answering_fails_fast_and_recovers(mariadb_url: str) -> None:
    async with behind_a_blackhole(mariadb_url, timeout_s=1.0) as (uow, proxy):
        ci = check_ins(uow)
        senior = await ci.create_senior(display_name="김순자")
        proxy.drop = True
        with pytest.raises(DatabaseUnavailable) as down:
            await asyncio.wait_for(ci.check_in_text(senior.id, TEXT), HANG)
        assert down.value.retry_after > 0 and down.value.code == "database_unavailable"
        health = await asyncio.wait_for(uow.readiness(), HANG)
        assert health.state == "unavailable"
        with pytest.raises(DatabaseUnavailable):  # the breaker: refused at once, no new wait for a timeout
            await asyncio.wait_for(ci.get_senior(senior.id), HANG)
        proxy.drop = False
        await asyncio.sleep(BREAKER_S)
        assert (await asyncio.wait_for(ci.get_senior(senior.id), HANG)).id == senior.id
        assert not (await ci.check_in_text(senior.id, TEXT)).replayed
        assert (await uow.readiness()).state == "ready"


async def test_a_commit_lost_in_the_blackhole_is_outcome_unknown_and_a_retry_with_its_key_settles_it(
    mariadb_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with behind_a_blackhole(mariadb_url, timeout_s=1.0) as (uow, proxy):
        ci = check_ins(uow)
        senior = await ci.create_senior(display_name="김순자")
        persist = ci._persist_once
        armed = [False]

        def commit_into_the_void(conn: Any) -> None:
            # the engine's "commit" event: the writes (sent in this hop, ahead of it) went through; the COMMIT (or
            # its answer) is lost
            if armed[0]:
                armed[0] = False
                proxy.drop = True

        async def persist_then_lose_the_commit(*args: Any, **kwargs: Any) -> CheckInResult:
            armed[0] = True  # only the persisting transaction's commit goes into the void
            return await persist(*args, **kwargs)

        event.listen(uow.engine, "commit", commit_into_the_void)
        monkeypatch.setattr(ci, "_persist_once", persist_then_lose_the_commit)
        try:
            with pytest.raises(OutcomeUnknown) as unknown:
                await asyncio.wait_for(ci.check_in_text(senior.id, TEXT, audit=WHO), HANG)
        finally:
            event.remove(uow.engine, "commit", commit_into_the_void)
        key = unknown.value.idempotency_key
        assert key
        proxy.drop = False
        monkeypatch.setattr(ci, "_persist_once", persist)
        await asyncio.sleep(BREAKER_S)
        settled = await asyncio.wait_for(ci.check_in_text(senior.id, TEXT, idempotency_key=key, audit=WHO), HANG)
        assert settled.idempotency_key == key
        assert rows(uow, CheckInRow, senior_id=senior.id) == 1  # stored once, whatever the lost commit did


async def test_an_unwritable_blob_store_is_storage_unavailable_and_stores_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "blobs"
    blocked.write_text("a file where the store's folder should be")  # unwritable even for root
    uow = InMemoryUnitOfWork()
    ci = check_ins(uow, blobs=FileBlobStore(blocked))
    senior = await ci.create_senior(display_name="박영호")
    audio = tmp_path / "a.wav"
    audio.write_bytes(tone_wav())
    with pytest.raises(StorageUnavailable) as refused:
        await ci.check_in_audio(senior.id, audio, filename="a.wav")
    assert refused.value.code == "storage_unavailable" and refused.value.retry_after > 0
    assert not uow.state.check_ins


async def test_check_ins_arriving_together_are_one_transaction_with_one_insert_per_table(database_url: str) -> None:
    """Group commit on a real database: eight check-ins released at once (two with one key, one for a senior that
    does not exist). The first group is refused (which member is not known), so each is written on its own: the
    six are stored and audited once each, the key's second request replays, the unknown senior is 404. The next
    group, all valid, goes in one transaction: one multi-row INSERT per table, not one per check-in."""
    uow = SqlUnitOfWork(database_url, max_workers=4)
    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=8))
    senior = await ci.create_senior(display_name="김순자")
    keys = ["g-same", "g-1", "g-same", "g-2", "g-3", "g-4", "g-5", "g-6"]
    targets = [senior.id] * 7 + ["nobody"]
    results = await asyncio.wait_for(
        asyncio.gather(
            *(ci.check_in_text(t, TEXT, idempotency_key=k, audit=WHO) for t, k in zip(targets, keys, strict=True)),
            return_exceptions=True,
        ),
        HANG,
    )
    assert isinstance(results[7], NotFound)
    stored = [r for r in results if isinstance(r, CheckInResult)]
    assert len(stored) == 7 and results[0].check_in.id == results[2].check_in.id  # type: ignore[union-attr]
    assert sorted(r.replayed for r in stored) == [False] * 6 + [True]
    assert rows(uow, CheckInRow, senior_id=senior.id) == 6
    assert rows(uow, AuditRow, senior_id=senior.id) == 7  # six stored, one replayed: each answer audited once

    inserts: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("INSERT INTO check_ins"):
            inserts.append(statement)

    ci = check_ins(uow, analyzer=GatedAnalyzer(parties=6))
    event.listen(uow.engine, "before_cursor_execute", seen)
    try:
        more = await asyncio.wait_for(
            asyncio.gather(*(ci.check_in_text(senior.id, TEXT, audit=WHO) for _ in range(6))), HANG
        )
    finally:
        event.remove(uow.engine, "before_cursor_execute", seen)
    assert ci._group.batches <= 2 and len(inserts) == ci._group.batches  # one INSERT per transaction
    assert rows(uow, CheckInRow, senior_id=senior.id) == 12 and len({r.check_in.id for r in more}) == 6
    assert rows(uow, AuditRow, senior_id=senior.id) == 13
    await uow.aclose()


async def test_queued_inserts_that_fail_before_the_commit_are_a_known_failure_not_an_unknown_outcome(
    database_url: str,
) -> None:
    """Rows queued for the commit's thread hop are sent before COMMIT: if the link fails while they are sent, nothing
    is stored and the caller is told so (503 database_unavailable), not ``OutcomeUnknown`` (which is only for a
    failure of the COMMIT itself)."""
    from sqlalchemy.exc import OperationalError

    uow = SqlUnitOfWork(database_url, max_workers=2)
    ci = check_ins(uow)
    senior = await ci.create_senior(display_name="김순자")

    def lost(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("INSERT INTO check_ins"):
            raise OperationalError(statement, {}, ConnectionResetError("link lost while sending"))

    event.listen(uow.engine, "before_cursor_execute", lost)
    try:
        with pytest.raises(DatabaseUnavailable):
            await ci.check_in_text(senior.id, TEXT, idempotency_key="known-1", audit=WHO)
    finally:
        event.remove(uow.engine, "before_cursor_execute", lost)
    await asyncio.sleep(BREAKER_S)  # the breaker the failure opened
    assert rows(uow, CheckInRow, senior_id=senior.id) == 0
    stored = await ci.check_in_text(senior.id, TEXT, idempotency_key="known-1", audit=WHO)
    assert not stored.replayed and rows(uow, CheckInRow, senior_id=senior.id) == 1
    await uow.aclose()
