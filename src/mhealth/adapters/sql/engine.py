"""Engines for the two supported databases, with the settings each one needs.

* MySQL / MariaDB (Cloud SQL): ``mysql+pymysql://`` with ``charset=utf8mb4`` enforced (MySQL's ``utf8`` is
  3-byte and silently mangles emoji), strict SQL mode, ``pool_pre_ping`` and ``pool_recycle=1800`` so
  connections closed by Cloud SQL's proxy or ``wait_timeout`` are replaced instead of failing a request.
  Every wait is bounded: connect, read and write timeouts in PyMySQL (a database that stops answering —
  packets dropped, not refused — fails the statement instead of hanging it), InnoDB's lock wait, and the
  pool checkout. The pool has no overflow: the unit of work never asks for more connections than it has.
* SQLite (embedded default): WAL journal, foreign keys on, a bounded busy timeout, ``synchronous=FULL`` (these are
  health records: a committed check-in survives a power cut), and ``BEGIN IMMEDIATE`` so a transaction that
  reads then writes cannot dead-end in ``database is locked``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from mhealth.domain.errors import ConfigurationError

MYSQL_DRIVERS = ("mysql", "mysql+pymysql", "mariadb", "mariadb+pymysql")
DEFAULT_TIMEOUT_S = 5.0
_MYSQL_SQL_MODE = "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"


def redacted(url: str | URL) -> str:
    """The URL with its password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def normalise_url(url: str | URL) -> URL:
    """Validate a database URL and pin the MySQL driver and charset.

    Raises:
        ConfigurationError: an unsupported scheme, or a MySQL charset other than utf8mb4.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy.exc.ArgumentError, ValueError
        raise ConfigurationError(
            "MHEALTH_DATABASE_URL is not a valid database URL; use sqlite:///PATH or "
            "mysql+pymysql://USER:PASSWORD@HOST:PORT/DATABASE?charset=utf8mb4",
            field="MHEALTH_DATABASE_URL",
        ) from exc
    if parsed.drivername in MYSQL_DRIVERS:
        backend = parsed.get_backend_name()
        charset = parsed.query.get("charset", "utf8mb4")
        if charset != "utf8mb4":
            raise ConfigurationError(
                f"MHEALTH_DATABASE_URL asks for charset={charset}; mhealth stores Korean text and emoji and "
                "needs charset=utf8mb4 (MySQL's utf8 is 3-byte): change the URL to ?charset=utf8mb4",
                field="MHEALTH_DATABASE_URL",
            )
        return parsed.set(drivername=f"{backend}+pymysql").update_query_dict({"charset": "utf8mb4"})
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        return parsed
    raise ConfigurationError(
        f"MHEALTH_DATABASE_URL has the unsupported scheme {parsed.drivername!r}; "
        "use sqlite:///PATH or mysql+pymysql://...?charset=utf8mb4",
        field="MHEALTH_DATABASE_URL",
    )


def is_sqlite(url_or_engine: str | URL | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    return url.get_backend_name() == "sqlite"


def create_engine_for(
    url: str | URL,
    *,
    pool_size: int = 8,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    pool_timeout_s: float = 2.0,
    echo: bool = False,
    **kwargs: Any,
) -> Engine:
    """An engine configured for mhealth's use of ``url``.

    Args:
        url: ``sqlite:///PATH`` or ``mysql+pymysql://...`` (``charset=utf8mb4`` is added when missing).
        pool_size: connections kept open (MySQL), and the most there will ever be (no overflow); size it
            to the unit of work's worker threads.
        timeout_s: connect, read and write timeout of the driver and InnoDB's lock wait (MySQL); the busy
            timeout (SQLite). A statement that runs longer fails (``DatabaseUnavailable``).
        pool_timeout_s: the longest wait for a pooled connection.
        echo: log SQL statements.
        **kwargs: passed to :func:`sqlalchemy.create_engine` (overrides).
    """
    if timeout_s <= 0 or pool_timeout_s <= 0:
        raise ValueError("timeouts must be positive")
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, echo=echo, busy_timeout_s=timeout_s, **kwargs)
    seconds = max(1, round(timeout_s))  # PyMySQL and InnoDB take whole seconds
    init = f"SET SESSION sql_mode='{_MYSQL_SQL_MODE}', SESSION innodb_lock_wait_timeout={seconds}"
    options: dict[str, Any] = {
        "pool_pre_ping": True,
        "pool_recycle": 1800,
        "pool_size": pool_size,
        "max_overflow": 0,
        "pool_timeout": pool_timeout_s,
        "connect_args": {
            "init_command": init,
            "connect_timeout": seconds,
            "read_timeout": seconds,
            "write_timeout": seconds,
        },
        "echo": echo,
    }
    options.update(kwargs)
    return create_engine(parsed, **options)


def _sqlite_engine(url: URL, *, echo: bool, busy_timeout_s: float, **kwargs: Any) -> Engine:
    busy_ms = int(busy_timeout_s * 1000)
    options: dict[str, Any] = {
        # Worker threads take turns on a connection (one transaction at a time); the unit of work serialises.
        "connect_args": {"check_same_thread": False, "timeout": busy_timeout_s},
        "echo": echo,
    }
    if url.database in (None, "", ":memory:"):
        from sqlalchemy.pool import StaticPool

        options["poolclass"] = StaticPool
    options.update(kwargs)
    engine = create_engine(url, **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite (it would otherwise BEGIN lazily and break SAVEPOINTs).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
