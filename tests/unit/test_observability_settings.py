"""The observability and shared-limit settings: defaults by platform, validation that names the key."""

from __future__ import annotations

import pytest

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import load_settings


def test_logs_are_json_on_cloud_run_and_text_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("K_SERVICE", raising=False)
    assert load_settings({}).effective_log_format == "text"
    monkeypatch.setenv("K_SERVICE", "mhealth-api")
    assert load_settings({}).effective_log_format == "json"
    assert load_settings({"MHEALTH_LOG_FORMAT": "text"}).effective_log_format == "text"  # the setting wins


def test_tracing_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SDK_DISABLED"):
        monkeypatch.delenv(name, raising=False)
    assert not load_settings({}).otel_enabled
    assert load_settings({"MHEALTH_OTEL": "on"}).otel_enabled
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
    assert load_settings({}).otel_enabled
    monkeypatch.setenv("OTEL_SDK_DISABLED", "true")
    assert not load_settings({"MHEALTH_OTEL": "on"}).otel_enabled


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("MHEALTH_LOG_FORMAT", "xml"),
        ("MHEALTH_OTEL", "yes"),
        ("MHEALTH_REDIS_URL", "http://127.0.0.1:6379"),
        ("MHEALTH_REDIS_TIMEOUT_S", "0"),
    ],
)
def test_a_bad_value_names_its_key(key: str, value: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        load_settings({key: value})
    assert caught.value.field == key


def test_secrets_are_masked_in_the_description() -> None:
    described = load_settings(
        {"MHEALTH_METRICS_TOKEN": "scrape-secret", "MHEALTH_REDIS_URL": "redis://:hunter2-pass@10.0.0.3:6379/0"}
    ).describe()
    assert described["metrics_token"] == "***"
    assert "hunter2-pass" not in described["redis_url"]
