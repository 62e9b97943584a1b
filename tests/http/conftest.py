"""The in-process HTTP tier: the real application (``create_app(container=...)``) with the container's
providers overridden by fakes, driven by httpx in the same process — no server, no network.

Routing and authorization are tested here; tests/e2e keeps a small tier through a real server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from dependency_injector import providers

from mhealth.adapters.memory import WavAudioDecoder
from mhealth.adapters.memory.passwords import InMemoryPasswordHasher
from mhealth.entrypoints.container import Container, create_container
from mhealth.entrypoints.http.app import create_app
from mhealth.entrypoints.http.fast_path import FastPath
from mhealth.entrypoints.http.rsgi import Lifespan
from mhealth.testing import offline_settings

SECRET = "in-process-secret-" + "x" * 32


@dataclass
class Running:
    """A started application, its container, and clients for the whole app and for the Litestar app alone."""

    app: FastPath
    container: Container
    client: httpx.AsyncClient
    litestar: httpx.AsyncClient

    def token(self, role: str = "admin", sub: str = "ops", **kwargs: Any) -> dict[str, str]:
        """A bearer header with a fresh token from the container's own token authority."""
        return {"Authorization": "Bearer " + self.container.token_authority().issue(sub, role, **kwargs)}


def settings_for(**overrides: Any) -> Any:
    values: dict[str, Any] = {"auth": "required", "jwt_secret": SECRET, "rate_limit_per_minute": 0}
    values.update(overrides)
    return offline_settings(**values)


async def start(**overrides: Any) -> tuple[FastPath, Container, Lifespan]:
    container = create_container(settings_for(**overrides))
    container.decoder.override(providers.Object(WavAudioDecoder()))  # no PyAV needed for routing tests
    container.password_hasher.override(providers.Object(InMemoryPasswordHasher()))  # fast, same contract
    app = create_app(container=container)
    lifespan = Lifespan(app)
    await lifespan.startup()
    return app, container, lifespan


@pytest.fixture
async def running(request: pytest.FixtureRequest) -> AsyncIterator[Running]:
    """The app with authentication on; ``@pytest.mark.settings(key=value)`` changes its settings."""
    marker = request.node.get_closest_marker("settings")
    app, container, lifespan = await start(**(marker.kwargs if marker else {}))
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5555))
    direct = httpx.ASGITransport(app=app.app, client=("127.0.0.1", 5555))
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://test") as client,
        httpx.AsyncClient(transport=direct, base_url="http://test") as litestar,
    ):
        yield Running(app=app, container=container, client=client, litestar=litestar)
    await lifespan.shutdown()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "settings(**values): settings of the in-process app under test")
