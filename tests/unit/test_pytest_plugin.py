"""The shipped pytest plugin (``mhealth.testing.pytest_plugin``) as a team that depends on mhealth runs it: in a
separate pytest process, under pytest-asyncio's strict mode (its default: async fixtures need its own decorator)
and its auto mode."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"

USER_TESTS = """
import pytest

from mhealth.domain.usecases.facade import MHealth


def test_the_settings_touch_nothing_outside(mhealth_settings):
    assert mhealth_settings.database_url == "memory://"
    assert mhealth_settings.analyzer == "memory"


@pytest.mark.asyncio
async def test_the_offline_facade_checks_in_a_senior(mhealth_offline):
    assert isinstance(mhealth_offline, MHealth)
    senior = await mhealth_offline.create_senior(display_name="김순자")
    result = await mhealth_offline.check_in_text(senior.id, "요즘 통 잠을 못 자요")
    assert result.check_in.senior_id == senior.id
"""


def _run_user_suite(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS), encoding="utf-8")
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", f"asyncio_mode={mode}"]
    args += ["-o", "asyncio_default_fixture_loop_scope=function"]
    if not any(ep.name == "mhealth" for ep in entry_points(group="pytest11")):
        args += ["-p", "mhealth.testing.pytest_plugin"]  # not installed (only on PYTHONPATH): load it by name
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [*args, "test_user.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180, check=False
    )


@pytest.mark.parametrize("mode", ["strict", "auto"])
def test_the_fixtures_work_under_pytest_asyncio(tmp_path: Path, mode: str) -> None:
    result = _run_user_suite(tmp_path, mode)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "2 passed" in result.stdout, result.stdout[-2000:]
