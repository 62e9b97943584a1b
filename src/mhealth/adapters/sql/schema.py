"""Schema migrations (Alembic, shipped in the package) and the start-up policy.

``upgrade(url)`` / ``current(url)`` back the ``mhealth db upgrade`` / ``mhealth db current`` commands;
``ensure_schema(url, auto_upgrade=...)`` is the start-up check: the embedded SQLite default upgrades
itself, a shared server (MySQL / Cloud SQL) refuses to start on an out-of-date schema, because its
migration is an operator's decision (backups, other running versions).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mhealth.domain.errors import ConfigurationError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine
    from sqlalchemy.engine import URL

VERSION_TABLE = "mhealth_alembic_version"
MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("version_table", VERSION_TABLE)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


MIGRATION_TIMEOUT_S = 600.0


def _engine(url: str | URL | Engine) -> tuple[Engine, bool]:
    from sqlalchemy import Engine

    from mhealth.adapters.sql.engine import create_engine_for

    if isinstance(url, Engine):
        return url, False
    # Migrations may rebuild large tables: bounded, but not by the request-sized timeout.
    return create_engine_for(url, pool_size=1, timeout_s=MIGRATION_TIMEOUT_S, pool_timeout_s=30), True


def head() -> str:
    """The revision this version of mhealth needs."""
    from alembic.script import ScriptDirectory

    revision = ScriptDirectory.from_config(_config()).get_current_head()
    if revision is None:  # pragma: no cover - the package always ships its migrations
        raise RuntimeError("no migrations found")
    return revision


def current(url: str | URL | Engine) -> str | None:
    """The database's revision, or None when it has no mhealth schema yet."""
    from alembic.runtime.migration import MigrationContext

    engine, owned = _engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
            return context.get_current_revision()
    finally:
        if owned:
            engine.dispose()


def upgrade(url: str | URL | Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (the newest by default); a no-op when already there."""
    from alembic import command

    engine, owned = _engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(_config(connection), revision)
    finally:
        if owned:
            engine.dispose()


def is_up_to_date(url: str | URL | Engine) -> bool:
    """Whether the database is at :func:`head`."""
    return current(url) == head()


def ensure_schema(url: str | URL | Engine, *, auto_upgrade: bool) -> None:
    """Make sure the schema matches this version of mhealth before serving.

    Args:
        url: the database.
        auto_upgrade: migrate when behind (the embedded SQLite default); otherwise refuse.

    Raises:
        ConfigurationError: the schema is behind (or unknown) and ``auto_upgrade`` is false; the message
            names ``mhealth db upgrade``.
    """
    from sqlalchemy.exc import DBAPIError

    from mhealth.adapters.sql.engine import redacted

    where = redacted(url.url if hasattr(url, "url") else url)  # type: ignore[union-attr]
    try:
        found = current(url)
    except DBAPIError as exc:
        raise ConfigurationError(
            f"The database {where} cannot be reached ({type(exc.orig).__name__}); check MHEALTH_DATABASE_URL, "
            "the server and its credentials.",
            field="MHEALTH_DATABASE_URL",
        ) from exc
    needed = head()
    if found == needed:
        return
    if auto_upgrade:
        upgrade(url)
        return
    state = "has no mhealth schema" if found is None else f"is at schema revision {found}"
    raise ConfigurationError(
        f"The database {where} {state}, but this version of mhealth needs revision {needed}. "
        "Run `mhealth db upgrade` (with the same MHEALTH_DATABASE_URL) to migrate it, then start again.",
        field="MHEALTH_DATABASE_URL",
        detail_ko=(
            f"데이터베이스 스키마가 최신이 아닙니다(필요한 버전: {needed}). "
            "`mhealth db upgrade`를 실행한 뒤 다시 시작하세요."
        ),
    )
