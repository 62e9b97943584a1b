"""Migrations: from an empty database to head on SQLite and MariaDB, and the start-up policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from mhealth.adapters.sql.engine import create_engine_for, normalise_url
from mhealth.adapters.sql.rows import Base
from mhealth.adapters.sql.schema import VERSION_TABLE, current, ensure_schema, head, is_up_to_date, upgrade
from mhealth.adapters.sql.testing import must_have_mysql, mysql_unreachable_reason, scratch_mysql_database
from mhealth.domain.errors import ConfigurationError


@pytest.fixture(params=["sqlite", "mariadb"])
def empty_database(request, tmp_path: Path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    reason = mysql_unreachable_reason()
    if reason is not None:
        if must_have_mysql():
            pytest.fail(f"CI=true and the MariaDB tests cannot run: {reason}")
        pytest.skip(reason)
    with scratch_mysql_database(prefix="mhealth_migr") as url:
        yield url


def test_an_empty_database_upgrades_to_head_and_matches_the_models(empty_database):
    assert current(empty_database) is None
    assert not is_up_to_date(empty_database)

    upgrade(empty_database)

    assert current(empty_database) == head()
    assert is_up_to_date(empty_database)
    engine = create_engine_for(empty_database, pool_size=1)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = [d for d in compare_metadata(context, Base.metadata) if VERSION_TABLE not in str(d)]
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert differences == []  # the migration builds exactly what the rows describe
    assert set(Base.metadata.tables) <= tables


def test_upgrading_twice_is_harmless(empty_database):
    upgrade(empty_database)
    upgrade(empty_database)
    assert is_up_to_date(empty_database)


def test_a_server_database_behind_head_refuses_to_start_naming_the_command(empty_database):
    with pytest.raises(ConfigurationError) as refused:
        ensure_schema(empty_database, auto_upgrade=False)

    assert "mhealth db upgrade" in refused.value.detail
    assert current(empty_database) is None  # nothing was done behind the operator's back


def test_the_embedded_default_upgrades_itself(empty_database):
    ensure_schema(empty_database, auto_upgrade=True)
    assert is_up_to_date(empty_database)
    ensure_schema(empty_database, auto_upgrade=False)  # up to date: starts


def test_an_unreachable_server_is_a_configuration_error_without_the_password():
    url = "mysql+pymysql://mhealth:s3cret-pw@127.0.0.1:1/nowhere"
    with pytest.raises(ConfigurationError) as failed:
        ensure_schema(url, auto_upgrade=False)
    assert "MHEALTH_DATABASE_URL" in failed.value.detail
    assert "s3cret-pw" not in failed.value.detail
    assert "127.0.0.1:1" in failed.value.detail


def test_mysql_tables_are_utf8mb4_with_exact_comparison():
    reason = mysql_unreachable_reason()
    if reason is not None:
        if must_have_mysql():
            pytest.fail(reason)
        pytest.skip(reason)
    with scratch_mysql_database(prefix="mhealth_migr") as url:
        upgrade(url)
        engine = create_engine_for(url, pool_size=1)
        try:
            with engine.connect() as connection:
                collations = dict(
                    connection.execute(
                        text(
                            "SELECT table_name, table_collation FROM information_schema.tables "
                            "WHERE table_schema = DATABASE()"
                        )
                    ).all()
                )
                charset = connection.execute(text("SELECT @@character_set_connection")).scalar_one()
        finally:
            engine.dispose()
    assert charset == "utf8mb4"
    assert {collations[name] for name in Base.metadata.tables} == {"utf8mb4_bin"}


def test_mysql_urls_get_utf8mb4_and_refuse_another_charset():
    assert normalise_url("mysql://u@h/db").query["charset"] == "utf8mb4"
    assert normalise_url("mysql+pymysql://u@h/db").drivername == "mysql+pymysql"
    with pytest.raises(ConfigurationError, match="utf8mb4"):
        normalise_url("mysql+pymysql://u@h/db?charset=utf8")
    with pytest.raises(ConfigurationError, match="MHEALTH_DATABASE_URL"):
        normalise_url("postgresql://u@h/db")
