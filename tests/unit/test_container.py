"""The composition root: adapters chosen by settings, nothing built before it is needed, everything closed."""

from __future__ import annotations

import asyncio

import pytest
from dependency_injector import providers

import mhealth
from mhealth.adapters.memory import InMemoryAnalyzer, InMemoryUnitOfWork
from mhealth.domain.errors import ConfigurationError
from mhealth.entrypoints import settings as settings_module
from mhealth.entrypoints.container import close_container, create_container
from mhealth.entrypoints.settings import Settings, load_settings
from mhealth.testing import offline_settings

SECRET = "container-test-secret-" + "z" * 32


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    """No MHEALTH_* from the machine running the tests; a scratch data dir."""
    import os

    for key in list(os.environ):
        if key.startswith("MHEALTH_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("MHEALTH_DATA_DIR", str(tmp_path / "data"))
    return monkeypatch


async def test_the_library_builds_from_the_environment_without_a_jwt_secret(clean_env, tmp_path):
    for key, value in {
        "MHEALTH_DATABASE_URL": "memory://",
        "MHEALTH_BLOBS": "memory://",
        "MHEALTH_SPEECH": "none",
        "MHEALTH_ANALYZER": "memory",
        "MHEALTH_ANALYTICS": "memory",
    }.items():
        clean_env.setenv(key, value)
    async with mhealth.build() as mh:  # MHEALTH_AUTH defaults to required: still nothing asks for the secret
        senior = await mh.create_senior(display_name="김순자")
        result = await mh.check_in_text(senior.id, "오늘은 괜찮아요")
    assert result.check_in.senior_id == senior.id
    assert not (tmp_path / "data" / "jwt-secret").exists()


def test_only_the_token_authority_asks_for_the_secret(tmp_path):
    # A database of this test's own: building access control opens (and, as root, would create) it.
    shared = offline_settings(auth="required", database_url=f"sqlite:///{tmp_path / 'mhealth.sqlite3'}")
    container = create_container(shared)
    security = container.security()  # built: access control does not need the secret
    with pytest.raises(ConfigurationError) as caught:
        container.token_authority()
    assert caught.value.field == "MHEALTH_JWT_SECRET"
    with pytest.raises(ConfigurationError):
        security.tokens


def test_the_token_authority_signs_with_the_configured_secret():
    container = create_container(offline_settings(auth="required", jwt_secret=SECRET))
    authority = container.token_authority()
    assert container.token_authority() is authority  # one authority for the HTTP layer and the CLI
    assert container.security().tokens is authority
    principal = authority.verify("Bearer " + authority.issue("ops", "admin"))
    assert (principal.subject, principal.role) == ("ops", "admin")


@pytest.mark.parametrize(
    ("field", "value", "key"),
    [
        ("analyzer", "gpt", "MHEALTH_ANALYZER"),
        ("speech", "alexa", "MHEALTH_SPEECH"),
        ("analytics", "splunk", "MHEALTH_ANALYTICS"),
        ("database_url", "postgres://db/x", "MHEALTH_DATABASE_URL"),
        ("blobs", "s3://bucket", "MHEALTH_BLOBS"),
    ],
)
def test_an_unknown_adapter_is_a_configuration_error_never_a_default(field, value, key):
    # Settings built directly skip load_settings' validation: the container must still refuse.
    settings = Settings(**{**msgspec_fields(offline_settings()), field: value})
    container = create_container(settings)
    provider = {
        "analyzer": container.analyzer,
        "speech": container.speech,
        "analytics": container.analytics,
        "database_url": container.uow,
        "blobs": container.blobs,
    }[field]
    with pytest.raises(ConfigurationError) as caught:
        provider()
    assert caught.value.field == key and value in caught.value.detail


def msgspec_fields(settings: Settings) -> dict[str, object]:
    import msgspec

    return msgspec.structs.asdict(settings)


def test_every_accepted_setting_has_a_selector_entry_and_no_more():
    container = create_container(offline_settings())
    assert tuple(container.analyzer.providers) == settings_module.ANALYZERS
    assert tuple(container.speech.providers) == settings_module.SPEECH
    assert tuple(container.analytics.providers) == settings_module.ANALYTICS
    assert set(container.uow.providers) == {"memory", "sqlite", "mysql"}  # the schemes validate() accepts
    assert set(container.blobs.providers) == {"memory", "file", "gs"}


def test_an_llm_analyzer_has_the_local_analyzer_behind_it():
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    container = create_container(offline_settings(analyzer="gemini", google_project="test-project"))
    mh = container.mhealth()
    assert isinstance(mh.components["analyzer_fallback"], LocalAnalyzer)
    assert mh.components["analyzer"] is not mh.components["analyzer_fallback"]
    local = create_container(offline_settings(analyzer="local")).mhealth()
    assert "analyzer_fallback" not in local.components  # the local analyzer is not behind itself


async def test_any_provider_can_be_overridden():
    uow, analyzer = InMemoryUnitOfWork(), InMemoryAnalyzer()
    container = create_container(offline_settings(), uow=uow, analyzer=analyzer)
    assert container.check_ins().uow is uow and container.access().uow is uow
    assert container.retention().uow is uow and container.maintenance().uow is uow
    assert container.screening().analyzer is analyzer
    with pytest.raises(TypeError):
        create_container(offline_settings(), no_such_port=object())


async def test_closing_closes_what_was_built_and_the_database(tmp_path):
    settings = offline_settings(database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}", analytics="database")
    container = create_container(settings)
    mh = container.mhealth()
    uow = container.uow()
    senior = await mh.create_senior(display_name="박영희")
    await mh.aclose()
    assert uow._closed  # the engine and its threads are gone
    assert not container.uow.providers["sqlite"].initialized
    reopened = create_container(settings).mhealth()  # the data outlived the closed engine
    async with reopened:
        assert (await reopened.get_senior(senior.id)).display_name == "박영희"


async def test_a_component_that_hangs_on_close_does_not_hold_shutdown():
    class Hanging:
        async def aclose(self) -> None:
            await asyncio.sleep(3600)

    container = create_container(offline_settings())
    container.notifier.override(providers.Resource(Hanging))
    container.notifier()
    container.uow()
    await asyncio.wait_for(close_container(container, timeout_s=0.05), timeout=5)
    assert not container.uow.providers["memory"].initialized  # the others were still closed


def test_db_settings_load_without_a_secret():
    settings = load_settings(
        {"MHEALTH_DATABASE_URL": "mysql+pymysql://root@127.0.0.1/test", "MHEALTH_DATA_DIR": "/nonexistent"}
    )
    assert settings.auth == "required" and settings.jwt_secret is None


async def test_the_facade_runs_housekeeping_through_the_containers_use_cases():
    import hashlib
    from datetime import timedelta

    from mhealth.adapters.memory import InMemoryBlobStore

    blobs = InMemoryBlobStore()
    async with mhealth.build(offline_settings(), blobs=blobs) as mh:
        data = b"audio nobody refers to"
        orphan = await blobs.put_bytes(data, sha256=hashlib.sha256(data).hexdigest())
        kept = await mh.sweep_orphan_blobs(older_than=timedelta(hours=1))  # too young to go
        assert kept.kept_recent == 1 and await blobs.exists(orphan)
        swept = await mh.sweep_orphan_blobs(older_than=timedelta(0))
        assert swept.removed == (orphan,) and not await blobs.exists(orphan)
        report = await mh.run_retention()
        assert report.recordings_expired == 0
