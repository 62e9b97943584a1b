"""Integration fixtures: the generated audio files (session-scoped, generated once)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests.* helpers (until pytest pythonpath has ".")

from tests.audio_fixtures import AudioFixtures, ensure_audio_fixtures


@pytest.fixture(scope="session")
def audio_fixtures() -> AudioFixtures:
    """Every generated audio fixture (derived from the committed espeak-ng recordings)."""
    return ensure_audio_fixtures()


@pytest.fixture(scope="module")
def mariadb_url() -> Iterator[str]:
    """A fresh MariaDB database migrated to head for one test module (tests that count rows have it to
    themselves). Unreachable, it skips with the reason, except under CI=true where it fails."""
    from mhealth.adapters.sql.schema import upgrade
    from mhealth.adapters.sql.testing import scratch_mysql_database
    from tests.contract.conftest_storage import require_mysql

    require_mysql()
    with scratch_mysql_database() as url:
        upgrade(url)
        yield url


@pytest.fixture(params=["sqlite", "mariadb"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each SQL backend's URL, migrated: a fresh SQLite file, or this module's MariaDB database."""
    if request.param == "mariadb":
        return str(request.getfixturevalue("mariadb_url"))
    from mhealth.adapters.sql.schema import upgrade

    url = f"sqlite:///{tmp_path / 'mhealth.db'}"
    upgrade(url)
    return url
