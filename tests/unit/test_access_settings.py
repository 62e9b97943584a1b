"""Settings of access control, limits and retention: defaults and refusals that name the key."""

import pytest

from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints.settings import load_settings

MEMORY = {"MHEALTH_DATABASE_URL": "memory://", "MHEALTH_BLOBS": "memory://", "MHEALTH_AUTH": "off"}


def test_the_defaults_are_the_documented_ones():
    s = load_settings(MEMORY)
    assert (s.access_token_minutes, s.refresh_token_days) == (15, 14)
    assert (s.login_max_failures, s.login_lockout_minutes) == (5, 15)
    assert (s.rate_limit_per_minute, s.login_rate_limit_per_minute, s.max_json_kb) == (600, 10, 256)
    assert (s.retention_audio_days, s.retention_check_in_days) == (7, 0)
    assert s.trust_forwarded_for is False


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("MHEALTH_ACCESS_TOKEN_MINUTES", "0"),
        ("MHEALTH_LOGIN_MAX_FAILURES", "0"),
        ("MHEALTH_RATE_LIMIT_PER_MINUTE", "-1"),
        ("MHEALTH_RETENTION_AUDIO_DAYS", "-3"),
        ("MHEALTH_MAX_JSON_KB", "0"),
    ],
)
def test_out_of_range_values_are_refused_naming_the_key(key, value):
    with pytest.raises(ConfigurationError) as caught:
        load_settings({**MEMORY, key: value})
    assert caught.value.field == key


def test_a_shared_database_loads_without_a_jwt_secret_but_cannot_sign_tokens():
    """Only what signs or checks tokens needs the secret (tests/unit/test_container.py builds the rest)."""
    from mhealth.entrypoints.secrets import jwt_secret

    settings = load_settings({"MHEALTH_DATABASE_URL": "mysql+pymysql://root@127.0.0.1/test"})
    with pytest.raises(ConfigurationError) as caught:
        jwt_secret(settings)
    assert caught.value.field == "MHEALTH_JWT_SECRET"
