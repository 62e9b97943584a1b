"""Storage fixtures shared by the repository contract suite and the SQL integration tests.

Imported explicitly (``from tests.contract.conftest_storage import ...``) by the modules that need them; pytest then
registers the fixtures in those modules. MariaDB comes from ``MHEALTH_TEST_MYSQL_URL``: unreachable, its
parameters skip with the reason, except under ``CI=true`` where they fail.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from mhealth.adapters.sql.testing import (
    clear_tables,
    must_have_mysql,
    mysql_unreachable_reason,
    scratch_mysql_database,
)

UOW_IMPLEMENTATIONS = ["memory", "sqlite", "mariadb"]


def require_mysql() -> None:
    reason = mysql_unreachable_reason()
    if reason is not None:
        if must_have_mysql():
            pytest.fail(f"CI=true and the MariaDB tests cannot run: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def mariadb_url() -> Iterator[str]:
    """A fresh database (``mhealth_test_<random>``) migrated to head, dropped at the end of the session."""
    from mhealth.adapters.sql.schema import upgrade

    require_mysql()
    with scratch_mysql_database() as url:
        upgrade(url)
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating costs more than copying)."""
    from mhealth.adapters.sql.schema import upgrade

    path = tmp_path_factory.mktemp("sqlite-template") / "mhealth.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(params=UOW_IMPLEMENTATIONS)
async def uow(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[object]:
    """Every UnitOfWork implementation, empty."""
    if request.param == "memory":
        module = pytest.importorskip("mhealth.adapters.memory.repositories")
        yield module.InMemoryUnitOfWork()
        return
    from mhealth.adapters.sql.uow import SqlUnitOfWork

    if request.param == "sqlite":
        path = tmp_path / "mhealth.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("mariadb_url")
        clear_tables(url)
    unit = SqlUnitOfWork(url, max_workers=2)
    try:
        yield unit
    finally:
        await unit.aclose()
