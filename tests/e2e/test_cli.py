"""The `mhealth` command line, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jwt
import pytest

from tests.audio_fixtures import ensure_audio_fixtures


def run(*args: str, tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    environ.update({"MHEALTH_DATA_DIR": str(tmp_path / "data")}, **env)
    return subprocess.run(
        [sys.executable, "-m", "mhealth.entrypoints.cli", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["serve"],
        ["analyze-text"],
        ["analyze"],
        ["db"],
        ["db", "upgrade"],
        ["token", "issue"],
        ["deliver"],
        ["sweep"],
    ],
)
def test_every_command_has_help(command, tmp_path):
    result = run(*command, "--help", tmp_path=tmp_path)
    assert result.returncode == 0 and "usage: mhealth" in result.stdout


def test_analyze_text_prints_the_assessment_as_json(tmp_path):
    result = run(
        "analyze-text",
        "요즘 통 잠을 못 자고 밥맛도 없어. 다 귀찮고 눈물만 나",
        tmp_path=tmp_path,
        MHEALTH_SPEECH="none",
    )
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["provenance"]["analyzer"] == "local"
    assert body["labels"]["depression"] >= 1 and body["risk_level"] in ("moderate", "high", "critical")


def test_analyze_a_wav_file(tmp_path):
    fixture = ensure_audio_fixtures()["speech_ko"]  # the committed espeak-ng speech
    result = run("analyze", str(fixture.path), tmp_path=tmp_path, MHEALTH_SPEECH="memory")
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["transcript"] and body["audio"]["container"] == "wav"
    assert body["audio_duration"] == pytest.approx(fixture.facts["duration_s"], rel=0.02)


@pytest.mark.parametrize(
    ("args", "env", "code", "message"),
    [
        (["analyze-text", "   "], {"MHEALTH_SPEECH": "none"}, 2, "invalid_input (text): text is blank"),
        (["analyze", "/no/such/file.wav"], {}, 2, "no such file"),
        (["analyze-text", "hi"], {"MHEALTH_ANALYZER": "gpt"}, 4, "MHEALTH_ANALYZER='gpt'"),
        (["analyze", "README.md"], {"MHEALTH_SPEECH": "memory"}, 2, "unsupported_audio"),
        (["analyze", "__WAV__"], {"MHEALTH_SPEECH": "none"}, 3, "speech_unavailable"),
    ],
)
def test_bad_input_gives_a_one_line_message_and_a_non_zero_exit(args, env, code, message, tmp_path):
    args = [str(ensure_audio_fixtures()["speech_ko"].path) if a == "__WAV__" else a for a in args]
    result = run(*args, tmp_path=tmp_path, **env)
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("mhealth:")]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_db_upgrade_and_current_on_sqlite(tmp_path):
    up = run("db", "upgrade", tmp_path=tmp_path)
    assert up.returncode == 0, up.stderr
    current = run("db", "current", tmp_path=tmp_path)
    assert current.returncode == 0 and "up to date" in current.stdout


def test_token_issue_mints_a_token_the_server_accepts(tmp_path):
    secret = "s" * 40
    result = run(
        "token",
        "issue",
        "--sub",
        "ops",
        "--role",
        "admin",
        "--minutes",
        "5",
        tmp_path=tmp_path,
        MHEALTH_JWT_SECRET=secret,
    )
    assert result.returncode == 0, result.stderr
    claims = jwt.decode(result.stdout.strip(), secret, algorithms=["HS256"], audience="mhealth")
    assert claims["sub"] == "ops" and claims["role"] == "admin" and claims["exp"] - claims["iat"] == 300


def test_the_embedded_data_folder_is_readable_by_its_owner_only(tmp_path):
    result = run("db", "upgrade", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0
