"""pytest plugin: fixtures for an offline mhealth. Registered through the ``pytest11`` entry point.

``mhealth_offline`` is an async fixture. pytest cannot run one by itself, and pytest-asyncio's strict mode (its
default) only runs async fixtures declared with its own decorator, so the fixture is declared with
``pytest_asyncio.fixture``: it works in strict and auto mode. pytest-asyncio comes with the ``testing`` extra
(``pip install 'mhealth[testing]'``); without it, only ``mhealth_settings`` is offered (an import error here
would break the whole pytest run of anyone who installed mhealth).
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from mhealth.domain.usecases.facade import MHealth
    from mhealth.entrypoints.settings import Settings


@pytest.fixture
def mhealth_settings() -> Settings:
    """Settings with every port on its in-memory fake and authentication off."""
    from mhealth.testing import offline_settings

    return offline_settings()


if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def mhealth_offline() -> AsyncIterator[MHealth]:
        """An open :class:`~mhealth.MHealth` facade on the fakes; closed after the test (needs pytest-asyncio)."""
        from mhealth.testing import build_offline

        async with build_offline() as mh:
            yield mh
