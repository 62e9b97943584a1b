"""The platform's probes: /health/live (the process is up) and /health/ready (503 until the analyzer is warm and
while the database is down; speech unavailable is degraded, not unready). Both public, neither rate-limited."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx
from dependency_injector import providers

from mhealth.adapters.memory import InMemoryAnalyzer, WavAudioDecoder
from mhealth.adapters.memory.passwords import InMemoryPasswordHasher
from mhealth.entrypoints.container import Container, create_container
from mhealth.entrypoints.http.app import create_app
from mhealth.entrypoints.http.rsgi import Lifespan
from mhealth.ports.readiness import Readiness
from tests.http.conftest import Running, settings_for


class WarmingAnalyzer(InMemoryAnalyzer):
    async def readiness(self) -> Readiness:
        return Readiness(state="warming", detail="the model is loading")


class DownDatabase:
    """The real unit of work, except that its readiness says the database does not answer."""

    def __init__(self, inner: object) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    async def readiness(self) -> Readiness:
        return Readiness(state="unavailable", detail="the database did not answer within 2 s")


@asynccontextmanager
async def client_for(change: Callable[[Container], None]) -> AsyncIterator[httpx.AsyncClient]:
    container = create_container(settings_for())
    container.decoder.override(providers.Object(WavAudioDecoder()))
    container.password_hasher.override(providers.Object(InMemoryPasswordHasher()))
    change(container)
    app = create_app(container=container)
    lifespan = Lifespan(app)
    await lifespan.startup()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            yield client
    finally:
        await lifespan.shutdown()


async def test_live_and_ready_are_public_and_ready_once_warm(running: Running) -> None:
    live = await running.client.get("/health/live")
    assert (live.status_code, live.json()) == (200, {"status": "live"})
    ready = await running.client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["status"] in ("ready", "degraded")  # offline settings: speech is a fake


async def test_ready_is_503_while_the_analyzer_warms_up() -> None:
    async with client_for(lambda c: c.analyzer.override(providers.Object(WarmingAnalyzer()))) as client:
        ready = await client.get("/health/ready")
        assert ready.status_code == 503
        assert ready.json() == {"status": "not_ready", "waiting_for": {"analyzer": "warming"}}
        assert ready.headers["retry-after"] == "1"
        assert (await client.get("/health/live")).status_code == 200  # up, just not ready


async def test_ready_is_503_while_the_database_is_down() -> None:
    def down(c: Container) -> None:
        c.uow.override(providers.Object(DownDatabase(c.uow())))

    async with client_for(down) as client:
        ready = await client.get("/health/ready")
        assert ready.status_code == 503
        assert ready.json()["waiting_for"] == {"uow": "unavailable"}
