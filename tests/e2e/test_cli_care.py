"""`mhealth care-team` and `mhealth schedule` as an operator runs them, on the embedded SQLite."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import mhealth
from mhealth.entrypoints.settings import load_settings


def run(*args: str, tmp_path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update(
        {"MHEALTH_DATA_DIR": str(tmp_path / "data"), "MHEALTH_SPEECH": "memory", "MHEALTH_ANALYZER": "memory"}
    )
    return subprocess.run(
        [sys.executable, "-m", "mhealth.entrypoints.cli", *args],
        capture_output=True,
        text=True,
        env=environ,
        input=stdin,
        timeout=120,
    )


def senior(tmp_path) -> str:
    env = {"MHEALTH_DATA_DIR": str(tmp_path / "data"), "MHEALTH_SPEECH": "memory", "MHEALTH_ANALYZER": "memory"}

    async def make() -> str:
        async with mhealth.build(load_settings(env)) as mh:
            return (await mh.create_senior(display_name="김순자")).id

    return asyncio.run(make())


def test_an_operator_sets_and_shows_a_care_team_and_a_schedule(tmp_path):
    assert run("db", "upgrade", tmp_path=tmp_path).returncode == 0
    sid = senior(tmp_path)
    for command in (["care-team"], ["care-team", "set"], ["schedule"], ["schedule", "set"], ["schedule", "check"]):
        helped = run(*command, "--help", tmp_path=tmp_path)
        assert helped.returncode == 0 and "usage: mhealth" in helped.stdout

    shown = run("care-team", "show", "--senior", sid, tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["members"] == []

    team = {
        "members": [
            {"role": "guardian", "name": "아들", "channels": [{"kind": "sms", "address": "010-1234-5678"}]},
            {"role": "on_call", "name": "상황실", "channels": [{"kind": "email", "address": "oncall@example.kr"}]},
        ]
    }
    path = tmp_path / "team.json"
    path.write_text(json.dumps(team, ensure_ascii=False), encoding="utf-8")
    put = run("care-team", "set", "--senior", sid, "--file", str(path), tmp_path=tmp_path)
    assert put.returncode == 0, put.stderr
    shown = json.loads(run("care-team", "show", "--senior", sid, tmp_path=tmp_path).stdout)
    assert [m["name"] for m in shown["members"]] == ["아들", "상황실"]
    assert shown["members"][0]["channels"][0]["address"] == "01012345678"
    assert shown["updated_by"] == "cli"

    bad = {"members": [{"role": "guardian", "name": "x", "channels": [{"kind": "sms", "address": "12"}]}]}
    refused = run("care-team", "set", "--senior", sid, "--file", "-", tmp_path=tmp_path, stdin=json.dumps(bad))
    assert refused.returncode == 2
    assert "invalid_input (members[0].channels[0].address)" in refused.stderr
    broken = run("care-team", "set", "--senior", sid, "--file", "-", tmp_path=tmp_path, stdin="{not json")
    assert broken.returncode == 2 and "not valid JSON" in broken.stderr
    missing = run("care-team", "set", "--senior", sid, "--file", str(tmp_path / "nope.json"), tmp_path=tmp_path)
    assert missing.returncode == 2 and "cannot read" in missing.stderr

    put = run("schedule", "set", "--senior", sid, "--at", "mon=09:00", "--at", "thu=18:30", "--grace-minutes", "45",
              tmp_path=tmp_path)  # fmt: skip
    assert put.returncode == 0, put.stderr
    shown = json.loads(run("schedule", "show", "--senior", sid, tmp_path=tmp_path).stdout)
    assert shown["times"] == [{"weekday": "mon", "time": "09:00"}, {"weekday": "thu", "time": "18:30"}]
    assert shown["grace_minutes"] == 45 and shown["timezone"] == "Asia/Seoul"
    wrong = run("schedule", "set", "--senior", sid, "--at", "mon 09:00", tmp_path=tmp_path)
    assert wrong.returncode == 2 and "mon=09:00" in wrong.stderr
    unknown = run("schedule", "show", "--senior", "nobody", tmp_path=tmp_path)
    assert unknown.returncode == 2 and "not_found" in unknown.stderr

    checked = run("schedule", "check", tmp_path=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "missed check-ins 0" in checked.stdout  # the schedule was set just now: nothing is due yet
