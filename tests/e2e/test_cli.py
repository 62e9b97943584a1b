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


def test_python_dash_m_mhealth_and_version_work(tmp_path):
    from mhealth import __version__

    environ = {k: v for k, v in os.environ.items() if not k.startswith("MHEALTH_")}
    for argv in (["-m", "mhealth", "--version"], ["-m", "mhealth.entrypoints.cli", "--version"]):
        result = subprocess.run([sys.executable, *argv], capture_output=True, text=True, env=environ, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"mhealth {__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "mhealth", "--help"], capture_output=True, text=True, env=environ, timeout=60
    )
    assert helped.returncode == 0 and "usage: mhealth" in helped.stdout


def test_both_analyze_commands_take_language_and_the_old_spelling_still_works(tmp_path):
    fixture = str(ensure_audio_fixtures()["speech_ko"].path)
    text = run("analyze-text", "오늘은 괜찮아요", "--language", "ko", tmp_path=tmp_path, MHEALTH_SPEECH="none")
    assert text.returncode == 0, text.stderr
    audio = run("analyze", fixture, "--language", "ko-KR", tmp_path=tmp_path, MHEALTH_SPEECH="memory")
    assert audio.returncode == 0, audio.stderr
    assert json.loads(audio.stdout)["transcript"]
    assert "deprecated" not in audio.stderr
    old = run("analyze", fixture, "--language-code", "ko-KR", tmp_path=tmp_path, MHEALTH_SPEECH="memory")
    assert old.returncode == 0, old.stderr
    assert "--language-code is deprecated; use --language" in old.stderr
    assert json.loads(old.stdout)["transcript"] == json.loads(audio.stdout)["transcript"]


def test_db_upgrade_of_a_named_database_needs_no_jwt_secret(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared' / 'mhealth.sqlite3'}"  # not the embedded default: no secret generated
    up = run("db", "upgrade", tmp_path=tmp_path, MHEALTH_DATABASE_URL=url)
    assert up.returncode == 0, up.stderr
    assert run("db", "current", tmp_path=tmp_path, MHEALTH_DATABASE_URL=url).stdout.count("up to date") == 1
    assert not (tmp_path / "data" / "jwt-secret").exists()
    # Signing a token is what needs the secret, and says so.
    token = run("token", "issue", "--sub", "ops", "--role", "admin", tmp_path=tmp_path, MHEALTH_DATABASE_URL=url)
    assert token.returncode == 4 and "MHEALTH_JWT_SECRET" in token.stderr and "Traceback" not in token.stderr


def test_db_upgrade_of_mariadb_needs_no_jwt_secret(tmp_path):
    from mhealth.adapters.sql.testing import mysql_unreachable_reason, scratch_mysql_database

    reason = mysql_unreachable_reason()
    if reason:
        pytest.skip(reason)
    with scratch_mysql_database(prefix="mhealth_cli") as url:
        up = run("db", "upgrade", tmp_path=tmp_path, MHEALTH_DATABASE_URL=url)
        assert up.returncode == 0, up.stderr
        assert "up to date" in run("db", "current", tmp_path=tmp_path, MHEALTH_DATABASE_URL=url).stdout
