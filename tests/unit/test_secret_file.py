"""The embedded default's generated secrets (entrypoints/secrets.py): one secret per data dir, even when two
processes start on it at the same moment (the API and a worker: a CI run once saw the worker die with
FileExistsError on ``pseudonym-key``)."""

from __future__ import annotations

import multiprocessing
import stat
from pathlib import Path

import pytest

from mhealth.entrypoints.secrets import secret_file
from mhealth.entrypoints.settings import load_settings


def _settings(data: Path):  # type: ignore[no-untyped-def]
    return load_settings({"MHEALTH_DATA_DIR": str(data), "MHEALTH_AUTH": "off"})


def test_a_secret_is_generated_once_owner_only_and_read_back(tmp_path: Path) -> None:
    settings = _settings(tmp_path / "data")
    first = secret_file(settings, "pseudonym-key")
    assert len(first) >= 32
    assert secret_file(settings, "pseudonym-key") == first
    path = tmp_path / "data" / "pseudonym-key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["pseudonym-key"]  # no private file left behind


def test_a_process_that_loses_the_race_takes_the_winners_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both saw no file; the other wrote first. The loser must return the winner's secret, not fail or differ."""
    settings = _settings(tmp_path / "data")
    winner = secret_file(settings, "pseudonym-key")
    monkeypatch.setattr(Path, "exists", lambda self: False)  # the moment both processes looked
    assert secret_file(settings, "pseudonym-key") == winner
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["pseudonym-key"]


def _generate(data: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    out.put(secret_file(_settings(Path(data)), "pseudonym-key"))


def test_processes_starting_together_agree_on_one_secret(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_generate, args=(str(tmp_path / "data"), out)) for _ in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    assert [p.exitcode for p in procs] == [0] * 8
    values = {out.get(timeout=5) for _ in procs}
    assert values == {(tmp_path / "data" / "pseudonym-key").read_text().strip()}
