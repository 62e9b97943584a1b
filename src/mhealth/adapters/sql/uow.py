"""The SQL unit of work: one SQLAlchemy session (one connection) per transaction, run in worker threads."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from mhealth.adapters.sql.engine import create_engine_for
from mhealth.domain.errors import Conflict, NotFound, ProviderUnavailable
from mhealth.ports.readiness import Readiness
from mhealth.ports.repositories import Transaction, UnitOfWork

log = logging.getLogger(__name__)
R = TypeVar("R")

_MYSQL_DUPLICATE = 1062
_MYSQL_FK_FAILED = (1216, 1452)


def translate(exc: SQLAlchemyError) -> Exception:
    """A domain error for a database error (duplicates, missing parents, an unreachable server)."""
    if isinstance(exc, IntegrityError):
        orig = exc.orig
        code = orig.args[0] if orig is not None and orig.args else None
        message = str(orig)
        if code in _MYSQL_FK_FAILED or "FOREIGN KEY constraint failed" in message:
            return NotFound("a record this one refers to does not exist")
        return Conflict("a record with the same id or idempotency key already exists")
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated or type(exc).__name__ == "OperationalError"):
        return ProviderUnavailable("the database is unavailable; try again shortly", retry_after=5)
    return exc


class SqlUnitOfWork(UnitOfWork):
    """:class:`UnitOfWork` over SQLAlchemy (MySQL/MariaDB or SQLite).

    Every database call runs in a dedicated, bounded :class:`ThreadPoolExecutor`, never on the event
    loop. A transaction owns one :class:`~sqlalchemy.orm.Session`, hence one connection, from its first
    statement to its commit or rollback; its calls run one at a time even when awaited concurrently.

    Args:
        engine_or_url: an engine (not disposed on close) or a URL (the engine is built and owned here).
        max_workers: worker threads, and the MySQL connection pool size.
    """

    name = "sql"

    def __init__(self, engine_or_url: Engine | str | URL, *, max_workers: int = 8) -> None:
        if isinstance(engine_or_url, Engine):
            self.engine = engine_or_url
            self._owns_engine = False
        else:
            self.engine = create_engine_for(engine_or_url, pool_size=max_workers)
            self._owns_engine = True
        self._executor = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="mhealth-sql")
        self._closed = False

    def begin(self) -> SqlTransaction:
        if self._closed:
            raise RuntimeError("this unit of work is closed")
        return SqlTransaction(self)

    async def run(self, fn: Callable[..., R], *args: Any) -> R:
        """Run a blocking function in this unit of work's worker threads."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

    async def readiness(self) -> Readiness:
        def ping() -> None:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))

        try:
            await self.run(ping)
        except Exception as exc:
            log.warning("database not ready: %s", type(exc).__name__)
            return Readiness(state="unavailable", detail=f"database unreachable ({type(exc).__name__})")
        return Readiness()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        await asyncio.get_running_loop().run_in_executor(None, self._executor.shutdown, True)
        if self._owns_engine:
            self.engine.dispose()


class SqlTransaction(Transaction):
    """One database transaction; see :class:`SqlUnitOfWork`."""

    def __init__(self, uow: SqlUnitOfWork) -> None:
        from mhealth.adapters.sql.repositories import (
            SqlAlertRepository,
            SqlCheckInRepository,
            SqlOutboxRepository,
            SqlSeniorRepository,
        )

        self._uow = uow
        self._session: Session | None = None
        self._lock = asyncio.Lock()
        self._inflight: asyncio.Future[Any] | None = None
        self._state = "open"
        self.seniors = SqlSeniorRepository(self)
        self.check_ins = SqlCheckInRepository(self)
        self.alerts = SqlAlertRepository(self)
        self.outbox = SqlOutboxRepository(self)
        from mhealth.adapters.sql.repositories_access import (
            SqlAccessLinkRepository,
            SqlAuditRepository,
            SqlConsentRepository,
            SqlLoginThrottleRepository,
            SqlRefreshTokenRepository,
            SqlServiceClientRepository,
            SqlUserRepository,
        )

        self.users = SqlUserRepository(self)
        self.clients = SqlServiceClientRepository(self)
        self.links = SqlAccessLinkRepository(self)
        self.refresh_tokens = SqlRefreshTokenRepository(self)
        self.consents = SqlConsentRepository(self)
        self.audit = SqlAuditRepository(self)
        self.login_throttle = SqlLoginThrottleRepository(self)

    async def __aenter__(self) -> SqlTransaction:
        return self

    def _in_session(self, fn: Callable[[Session], R]) -> R:
        if self._session is None:
            self._session = Session(self._uow.engine, autoflush=False, expire_on_commit=False)
        return fn(self._session)

    async def _exclusive(self, fn: Callable[[], R]) -> R:
        async with self._lock:
            if self._inflight is not None and not self._inflight.done():
                # A caller was cancelled while its statement kept running in the worker thread: the
                # session is still in use until that statement ends.
                await asyncio.wait([self._inflight])
            loop = asyncio.get_running_loop()
            self._inflight = loop.run_in_executor(self._uow._executor, fn)
            return await self._inflight

    async def run(self, fn: Callable[[Session], R]) -> R:
        """Run ``fn(session)`` in a worker thread, inside this transaction.

        Raises:
            RuntimeError: the transaction was already committed or rolled back.
            Conflict / NotFound / ProviderUnavailable: see :func:`translate`.
        """
        if self._state != "open":
            raise RuntimeError(f"this transaction is {self._state}")
        try:
            return await self._exclusive(functools.partial(self._in_session, fn))
        except SQLAlchemyError as exc:
            raise translate(exc) from exc

    async def commit(self) -> None:
        if self._state != "open":
            raise RuntimeError(f"this transaction is {self._state}")
        try:
            await self._exclusive(self._commit_now)
        except SQLAlchemyError as exc:
            self._state = "rolled back"
            raise translate(exc) from exc
        self._state = "committed"

    async def rollback(self) -> None:
        if self._state != "open":
            return  # after a commit (or a failed one) there is nothing left to discard
        self._state = "rolled back"
        await self._exclusive(self._rollback_now)

    def _commit_now(self) -> None:
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
