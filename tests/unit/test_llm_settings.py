"""Settings for the hosted LLM analyzers: MHEALTH_ANALYZER=openai and its keys, validated at start."""

from __future__ import annotations

import pytest

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import ANALYZERS, load_settings

BASE = {"MHEALTH_DATABASE_URL": "memory://", "MHEALTH_AUTH": "off", "MHEALTH_ANALYZER": "openai"}


def test_openai_is_an_analyzer_and_reads_its_three_keys():
    assert "openai" in ANALYZERS
    settings = load_settings(
        {
            **BASE,
            "MHEALTH_OPENAI_BASE_URL": "http://127.0.0.1:11434/v1",
            "MHEALTH_OPENAI_MODEL": "qwen2.5:7b-instruct",
            "MHEALTH_OPENAI_API_KEY": "file:/run/secrets/openai",
        }
    )
    assert (settings.analyzer, settings.openai_base_url, settings.openai_model, settings.openai_api_key) == (
        "openai",
        "http://127.0.0.1:11434/v1",
        "qwen2.5:7b-instruct",
        "file:/run/secrets/openai",
    )


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ({"MHEALTH_OPENAI_MODEL": "gpt-4.1-mini"}, "MHEALTH_OPENAI_BASE_URL"),
        ({"MHEALTH_OPENAI_BASE_URL": "https://api.openai.com/v1"}, "MHEALTH_OPENAI_MODEL"),
        ({}, "MHEALTH_OPENAI_BASE_URL"),
    ],
)
def test_a_missing_base_url_or_model_is_a_configuration_error_naming_the_key(present, missing):
    with pytest.raises(ConfigurationError) as caught:
        load_settings({**BASE, **present})
    assert caught.value.field == missing and missing in caught.value.detail


def test_the_base_url_must_be_http_or_https():
    with pytest.raises(ConfigurationError) as caught:
        load_settings({**BASE, "MHEALTH_OPENAI_BASE_URL": "localhost:11434", "MHEALTH_OPENAI_MODEL": "m"})
    assert caught.value.field == "MHEALTH_OPENAI_BASE_URL"


def test_the_openai_keys_are_not_needed_by_other_analyzers():
    assert load_settings({**BASE, "MHEALTH_ANALYZER": "local"}).openai_base_url is None


def test_the_api_key_is_masked_when_settings_are_described():
    settings = load_settings(
        {
            **BASE,
            "MHEALTH_OPENAI_BASE_URL": "https://x/v1",
            "MHEALTH_OPENAI_MODEL": "m",
            "MHEALTH_OPENAI_API_KEY": "sk-1",
        }
    )
    assert settings.describe()["openai_api_key"] == "***"
    assert "sk-1" not in repr(settings.describe())
