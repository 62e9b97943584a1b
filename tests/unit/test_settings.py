"""Configuration: names and defaults of DESIGN.md, and start-up errors that name key, value and fix."""

import pytest

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import load_settings


def test_embedded_defaults_match_the_design_table(tmp_path):
    s = load_settings({})
    assert (s.speech, s.analyzer, s.analytics, s.auth, s.timezone) == (
        "whisper",
        "local",
        "database",
        "required",
        "Asia/Seoul",
    )
    assert s.max_upload_mb == 10
    assert s.effective_database_url.startswith("sqlite:///") and s.effective_database_url.endswith(
        ".mhealth/mhealth.sqlite3"
    )
    assert s.effective_blobs.startswith("file://")


def test_environment_values_are_read_and_converted():
    s = load_settings({"MHEALTH_SPEECH": "memory", "MHEALTH_MAX_UPLOAD_MB": "25", "MHEALTH_BENCHMARK": "true"})
    assert s.speech == "memory" and s.max_upload_mb == 25 and s.benchmark is True


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"MHEALTH_ANALYZER": "gpt"}, "MHEALTH_ANALYZER='gpt' is not one of: memory, local, gemini, openai"),
        ({"MHEALTH_MAX_UPLOAD_MB": "ten"}, "MHEALTH_MAX_UPLOAD_MB='ten'"),
        ({"MHEALTH_DATABASE_URL": "postgres://x"}, "MHEALTH_DATABASE_URL='postgres://x' must start with"),
        ({"MHEALTH_TIMEZONE": "Seoul"}, "MHEALTH_TIMEZONE='Seoul'"),
        ({"MHEALTH_ANALYZER": "gemini"}, "MHEALTH_GOOGLE_PROJECT"),
    ],
)
def test_bad_values_stop_start_up_with_a_message_naming_them(env, named):
    with pytest.raises(ConfigurationError) as info:
        load_settings(env)
    assert named in info.value.detail


def test_a_toml_file_is_read_and_the_environment_wins(tmp_path):
    path = tmp_path / "mhealth.toml"
    path.write_text('[mhealth]\nspeech = "none"\nanalyzer = "memory"\n', encoding="utf-8")
    s = load_settings({"MHEALTH_CONFIG": str(path), "MHEALTH_ANALYZER": "local"})
    assert s.speech == "none" and s.analyzer == "local"


def test_an_unknown_key_in_the_file_is_refused(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('speach = "none"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="speach"):
        load_settings({"MHEALTH_CONFIG": str(path)})


def test_describe_masks_secrets():
    s = load_settings({"MHEALTH_JWT_SECRET": "x" * 40, "MHEALTH_DATABASE_URL": "mysql+pymysql://u:hunter2@db/m"})
    shown = s.describe()
    assert shown["jwt_secret"] == "***" and "hunter2" not in shown["database_url"]
