"""The SQL unit of work: one connection per transaction, run in worker threads, every wait bounded.

No pool deadlock, by construction:

* A transaction takes a **permit** before its first statement and gives it back when its connection is
  back in the pool (commit, rollback). There are as many permits as pooled connections and as worker
  threads, so a transaction holding a permit always finds a connection and a thread: no thread ever
  blocks on the pool while the transaction that would free a connection waits for a thread.
* The wait for a permit is bounded (``pool_timeout_s``): past it the caller gets ``Overloaded`` (503 with
  Retry-After) instead of queueing until everything times out.
* A unit of work never takes a second connection while it holds one: everything a use case writes (the
  check-in, its alert, its outbox rows, its audit entry) goes through the one transaction.
* Driver waits are bounded too (see :func:`~mhealth.adapters.sql.engine.create_engine_for`): connect,
  read, write and lock waits. A connection-level failure opens a short **breaker**: for
  ``BREAKER_S`` seconds new transactions fail at once with ``DatabaseUnavailable`` instead of each one
  waiting for its own timeout against a database that is not answering.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from mhealth.adapters.sql.engine import DEFAULT_TIMEOUT_S, create_engine_for, is_sqlite
from mhealth.adapters.sql.repositories import (
    SqlAccessLinkRepository,
    SqlAlertRepository,
    SqlAuditRepository,
    SqlCareTeamRepository,
    SqlCheckInRepository,
    SqlConsentRepository,
    SqlDeliveryAttemptRepository,
    SqlJobRepository,
    SqlLoginThrottleRepository,
    SqlMissedCheckInRepository,
    SqlOutboxRepository,
    SqlRefreshTokenRepository,
    SqlScheduleRepository,
    SqlSeniorRepository,
    SqlServiceClientRepository,
    SqlUserRepository,
)
from mhealth.adapters.sql.repositories._base import insert_many
from mhealth.domain.errors import (
    Conflict,
    DatabaseUnavailable,
    MHealthError,
    NotFound,
    OutcomeUnknown,
    Overloaded,
)
from mhealth.ports.readiness import Readiness
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger(__name__)
R = TypeVar("R")

_MYSQL_DUPLICATE = 1062
_MYSQL_FK_FAILED = (1216, 1452)
_MYSQL_BUSY = (1205, 1213)  # lock wait timeout, deadlock: the server answers; retry soon
BREAKER_S = 1.0
HEALTH_TIMEOUT_S = 2.0


def _unavailable(retry_after: int = 2) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "the database is unavailable; try again shortly",
        retry_after=retry_after,
        detail_ko="데이터베이스를 사용할 수 없습니다. 잠시 후 다시 시도하세요",
    )


def _is_connection_failure(exc: SQLAlchemyError) -> bool:
    """The link to the server failed (unreachable, dropped, timed out), as opposed to a refusal it sent."""
    if isinstance(exc, PoolTimeout):
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    code = orig.args[0] if orig is not None and orig.args else None
    if isinstance(code, int) and code in _MYSQL_BUSY:
        return False
    name = type(orig).__name__ if orig is not None else ""
    if "locked" in str(orig) or "busy" in str(orig):  # SQLite: another writer holds the file
        return False
    return name in ("OperationalError", "InterfaceError") or type(exc).__name__ in (
        "OperationalError",
        "InterfaceError",
    )


def translate(exc: SQLAlchemyError) -> Exception:
    """A domain error for a database error (duplicates, missing parents, an unreachable or busy server)."""
    if isinstance(exc, IntegrityError):
        orig = exc.orig
        code = orig.args[0] if orig is not None and orig.args else None
        message = str(orig)
        if code in _MYSQL_FK_FAILED or "FOREIGN KEY constraint failed" in message:
            return NotFound("a record this one refers to does not exist")
        return Conflict("a record with the same id or idempotency key already exists")
    if _is_connection_failure(exc):
        return _unavailable()
    if isinstance(exc, DBAPIError) and type(exc).__name__ == "OperationalError":
        return _unavailable(retry_after=1)  # busy (lock wait, deadlock, SQLite locked): the server is there
    return exc


class _Waiter:
    __slots__ = ("future", "granted", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.future: asyncio.Future[None] = loop.create_future()
        self.granted = False


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class _Permits:
    """A counting semaphore that event loops in several threads may share (asyncio's binds to one loop).

    First come, first served; a released permit is handed to the oldest waiter directly.
    """

    def __init__(self, n: int) -> None:
        self.size = n
        self._free = n
        self._lock = threading.Lock()
        self._waiters: deque[_Waiter] = deque()

    @property
    def free(self) -> int:
        return self._free

    async def acquire(self, wait_s: float) -> bool:
        """Take a permit within ``wait_s`` seconds; False when none came."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._free > 0 and not self._waiters:
                self._free -= 1
                return True
            waiter = _Waiter(loop)
            self._waiters.append(waiter)
        try:
            await asyncio.wait_for(asyncio.shield(waiter.future), wait_s)
        except BaseException as exc:
            with self._lock:
                granted = waiter.granted
                if not granted:
                    self._waiters.remove(waiter)
            if granted:
                if isinstance(exc, TimeoutError):
                    return True  # the permit arrived as the wait ran out: keep it
                self.release()
            if isinstance(exc, TimeoutError):
                return False
            raise
        return True

    def release(self) -> None:
        with self._lock:
            while self._waiters:
                waiter = self._waiters.popleft()
                waiter.granted = True
                try:
                    waiter.loop.call_soon_threadsafe(_wake, waiter.future)
                except RuntimeError:  # its loop is closed: that waiter is gone, try the next one
                    continue
                return
            self._free += 1


class SqlUnitOfWork(UnitOfWork):
    """:class:`UnitOfWork` over SQLAlchemy (MySQL/MariaDB or SQLite).

    Every database call runs in a dedicated, bounded :class:`ThreadPoolExecutor`, never on the event
    loop. A transaction owns one :class:`~sqlalchemy.orm.Session`, hence one connection, from its first
    statement to its commit or rollback; its calls run one at a time even when awaited concurrently.
    At most ``max_workers`` transactions hold a connection at once (one on SQLite, where writers take
    turns anyway); the others wait for a permit, at most ``pool_timeout_s`` seconds.

    Args:
        engine_or_url: an engine (not disposed on close; its pool should hold ``max_workers``
            connections) or a URL (the engine is built and owned here, sized to ``max_workers``).
        max_workers: worker threads, connections in the pool, and transactions at once.
        timeout_s: driver timeouts (connect, read, write, lock wait; SQLite's busy timeout).
        pool_timeout_s: the longest wait for a connection before ``Overloaded``.
    """

    name = "sql"

    def __init__(
        self,
        engine_or_url: Engine | str | URL,
        *,
        max_workers: int = 8,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        pool_timeout_s: float = 2.0,
    ) -> None:
        if max_workers < 1:
            raise ValueError("max_workers must be at least 1")
        if isinstance(engine_or_url, Engine):
            self.engine = engine_or_url
            self._owns_engine = False
        else:
            self.engine = create_engine_for(
                engine_or_url, pool_size=max_workers, timeout_s=timeout_s, pool_timeout_s=pool_timeout_s
            )
            self._owns_engine = True
        # SQLite has one writer at a time and every transaction here is a writer (BEGIN IMMEDIATE): taking
        # turns in the event loop costs nothing, busy-waiting in threads costs threads and latency.
        connections = 1 if is_sqlite(self.engine) else max_workers
        self.permits = _Permits(connections)
        self.pool_timeout_s = pool_timeout_s
        self._executor = ThreadPoolExecutor(max_workers=connections, thread_name_prefix="mhealth-sql")
        self._down_until = 0.0
        self._health: asyncio.Future[None] | None = None
        self._closed = False

    def begin(self) -> SqlTransaction:
        if self._closed:
            raise RuntimeError("this unit of work is closed")
        return SqlTransaction(self)

    # ------------------------------------------------------------------ permits and the breaker

    async def acquire(self) -> None:
        """Take a connection permit (bounded wait).

        Raises:
            DatabaseUnavailable: the database failed a moment ago (the breaker is open).
            Overloaded: no connection came free within ``pool_timeout_s``.
        """
        self._check_breaker()
        if not await self.permits.acquire(self.pool_timeout_s):
            raise Overloaded(
                "the service is busy; try again shortly",
                retry_after=2,
                detail_ko="요청이 많아 처리할 수 없습니다. 잠시 후 다시 시도하세요",
            )
        try:
            self._check_breaker()
        except BaseException:
            self.permits.release()
            raise

    def _check_breaker(self) -> None:
        if time.monotonic() < self._down_until:
            raise _unavailable()

    def _failed(self, exc: SQLAlchemyError) -> None:
        if _is_connection_failure(exc):
            log.warning("database connection failed (%s); refusing new work for %.1f s", type(exc).__name__, BREAKER_S)
            self._down_until = time.monotonic() + BREAKER_S

    def submit(self, fn: Callable[[], R]) -> asyncio.Future[R]:
        """Run ``fn`` in a worker thread (the caller holds a permit), in a copy of the caller's context so that
        the request's log fields and trace span follow the statement into the thread."""
        return asyncio.get_running_loop().run_in_executor(self._executor, contextvars.copy_context().run, fn)

    async def run(self, fn: Callable[..., R], *args: Any) -> R:
        """Run a blocking function that uses one connection of :attr:`engine`, holding a permit for it.

        Raises:
            DatabaseUnavailable / Overloaded: see :meth:`acquire`; a failing database as ``DatabaseUnavailable``.
        """
        await self.acquire()
        try:
            future = self.submit(functools.partial(fn, *args))
        except BaseException:  # the executor is shut down
            self.permits.release()
            raise
        # The permit returns when the thread is done, even if the caller stops waiting (cancelled).
        future.add_done_callback(lambda _: self.permits.release())
        try:
            return await future
        except SQLAlchemyError as exc:
            self._failed(exc)
            raise translate(exc) from exc

    # ------------------------------------------------------------------ health

    async def readiness(self) -> Readiness:
        """``ready``, or ``unavailable`` within :data:`HEALTH_TIMEOUT_S` seconds whatever the database does.

        Callers at the same time share one ping (``/health`` asks every adapter, and database analytics asks
        this unit of work too).
        """

        def ping() -> None:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))

        loop = asyncio.get_running_loop()
        task = self._health
        if task is None or task.done() or task.get_loop() is not loop:
            # A task of its own: when the database hangs, the answer goes out on time and the ping finishes
            # (or times out in the driver) on its own, returning its permit.
            task = asyncio.ensure_future(self.run(ping))
            task.add_done_callback(lambda t: t.cancelled() or t.exception())  # retrieved: no warning
            self._health = task
        done, _ = await asyncio.wait({task}, timeout=HEALTH_TIMEOUT_S)
        if not done:
            return Readiness(state="unavailable", detail=f"database not answering within {HEALTH_TIMEOUT_S:g} s")
        exc = task.exception()
        if exc is not None:
            reason = exc.code if isinstance(exc, MHealthError) else type(exc).__name__
            log.warning("database not ready: %s", reason)
            return Readiness(state="unavailable", detail=f"database unreachable ({reason})")
        return Readiness()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown, True)
        if self._owns_engine:
            self.engine.dispose()


def _nothing(_: Session) -> None:
    return None


class _BeforeCommit(Exception):
    """The queued inserts failed in the commit's thread hop before COMMIT was sent: a failure whose outcome is
    known (nothing stored), unlike a failure of the COMMIT itself (``OutcomeUnknown``)."""

    def __init__(self, error: SQLAlchemyError) -> None:
        super().__init__(str(error))
        self.error = error


class SqlTransaction(Transaction):
    """One database transaction; see :class:`SqlUnitOfWork`."""

    def __init__(self, uow: SqlUnitOfWork) -> None:
        self._uow = uow
        self._session: Session | None = None
        self._holds_permit = False
        self._lock = asyncio.Lock()
        self._inflight: asyncio.Future[Any] | None = None
        self._state = "open"
        # Rows queued by ``defer_insert``: sent in the worker thread's next visit (a statement or the commit),
        # together (one multi-row INSERT per table), so a transaction's inserts cost no thread hop and no round
        # trip each. A failure among them fails the transaction for good.
        self._pending: list[Any] = []
        self._failed_write = False
        self.seniors = SqlSeniorRepository(self)
        self.check_ins = SqlCheckInRepository(self)
        self.alerts = SqlAlertRepository(self)
        self.outbox = SqlOutboxRepository(self)
        self.attempts = SqlDeliveryAttemptRepository(self)
        self.jobs = SqlJobRepository(self)
        self.users = SqlUserRepository(self)
        self.clients = SqlServiceClientRepository(self)
        self.links = SqlAccessLinkRepository(self)
        self.refresh_tokens = SqlRefreshTokenRepository(self)
        self.consents = SqlConsentRepository(self)
        self.audit = SqlAuditRepository(self)
        self.login_throttle = SqlLoginThrottleRepository(self)
        self.care_teams = SqlCareTeamRepository(self)
        self.schedules = SqlScheduleRepository(self)
        self.missed_check_ins = SqlMissedCheckInRepository(self)

    async def __aenter__(self) -> SqlTransaction:
        return self

    def _in_session(self, fn: Callable[[Session], R]) -> R:
        if self._session is None:
            self._session = Session(self._uow.engine, autoflush=False, expire_on_commit=False)
        if self._pending:
            pending, self._pending = self._pending, []
            try:
                insert_many(self._session, pending)
            except BaseException:
                self._failed_write = True  # some writes may have gone in: nothing but a rollback may follow
                raise
        return fn(self._session)

    async def defer_insert(self, rows: Sequence[Any]) -> None:
        """Queue rows to insert with the next :meth:`run` or the :meth:`commit`, which send everything queued
        first, in the same thread hop (parents first, one multi-row INSERT per table: see
        :func:`~mhealth.adapters.sql.repositories._base.insert_many`). Their errors (``Conflict``, ``NotFound``,
        ...) are raised there, and the transaction can then only be rolled back.

        Raises:
            RuntimeError: the transaction was already committed or rolled back.
        """
        self._check_usable()
        self._pending.extend(rows)

    def _check_usable(self) -> None:
        if self._state != "open":
            raise RuntimeError(f"this transaction is {self._state}")
        if self._failed_write:
            raise RuntimeError("a write of this transaction failed: roll it back")

    async def _exclusive(self, fn: Callable[[], R], *, finishing: bool = False) -> R:
        async with self._lock:
            if self._inflight is not None and not self._inflight.done():
                # A caller was cancelled while its statement kept running in the worker thread: the
                # session is still in use until that statement ends.
                await asyncio.wait([self._inflight])
            if not self._holds_permit:
                if finishing and not self._pending:
                    return fn()  # nothing was ever run: no session, no connection, nothing to finish
                await self._uow.acquire()
                self._holds_permit = True
            future = self._uow.submit(fn)
            if finishing:
                # The connection is back in the pool once this ends, even if nobody awaits it any more.
                self._holds_permit = False
                future.add_done_callback(lambda _: self._uow.permits.release())
            self._inflight = future
            return await future

    async def run(self, fn: Callable[[Session], R]) -> R:
        """Run ``fn(session)`` in a worker thread, inside this transaction.

        Raises:
            RuntimeError: the transaction was already committed or rolled back.
            Conflict / NotFound / DatabaseUnavailable / Overloaded: see :func:`translate`.
        """
        self._check_usable()
        try:
            return await self._exclusive(functools.partial(self._in_session, fn))
        except SQLAlchemyError as exc:
            self._uow._failed(exc)
            raise translate(exc) from exc

    async def commit(self) -> None:
        """Commit.

        Raises:
            OutcomeUnknown: the link failed while the commit was in flight: it may or may not be durable.
            Conflict / NotFound / DatabaseUnavailable: the commit was refused; nothing was written.
        """
        self._check_usable()
        try:
            await self._exclusive(self._commit_now, finishing=True)
        except _BeforeCommit as failed:
            self._state = "rolled back"
            self._uow._failed(failed.error)
            raise translate(failed.error) from failed.error
        except SQLAlchemyError as exc:
            self._state = "rolled back"
            self._uow._failed(exc)
            if _is_connection_failure(exc):
                raise OutcomeUnknown(
                    "the database link failed while the data was being committed; it may have been stored: "
                    "retry with the same Idempotency-Key to get the stored result",
                    detail_ko="저장 중 데이터베이스 연결이 끊겼습니다. 같은 Idempotency-Key 로 다시 시도하세요",
                ) from exc
            raise translate(exc) from exc
        self._state = "committed"

    async def rollback(self) -> None:
        if self._state != "open":
            return  # after a commit (or a failed one) there is nothing left to discard
        self._state = "rolled back"
        self._pending = []  # never sent
        await self._exclusive(self._rollback_now, finishing=True)

    def _commit_now(self) -> None:
        if self._pending:
            try:
                self._in_session(_nothing)
            except BaseException as exc:
                session, self._session = self._session, None
                if session is not None:
                    self._discard(session)
                if isinstance(exc, SQLAlchemyError):
                    # the queued inserts failed before COMMIT was sent: nothing is stored, the outcome is known
                    raise _BeforeCommit(exc) from exc
                raise
        session, self._session = self._session, None
        if session is None:
            return
        try:
            session.commit()
        except BaseException:
            self._discard(session)
            raise
        session.close()

    def _rollback_now(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            self._discard(session)

    @staticmethod
    def _discard(session: Session) -> None:
        try:
            session.rollback()
        except Exception:
            log.warning("rollback failed; the connection is dropped instead", exc_info=True)
            try:
                session.invalidate()
            except Exception:
                log.debug("invalidate failed", exc_info=True)
        finally:
            session.close()


__all__ = ["BREAKER_S", "HEALTH_TIMEOUT_S", "SqlTransaction", "SqlUnitOfWork", "translate"]
