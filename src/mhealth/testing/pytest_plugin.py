"""pytest plugin: fixtures for an offline mhealth. Registered through the ``pytest11`` entry point."""

from __future__ import annotations

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


@pytest.fixture
async def mhealth_offline() -> AsyncIterator[MHealth]:
    """An open :class:`~mhealth.MHealth` facade on the fakes; closed after the test."""
    from mhealth.testing import build_offline

    async with build_offline() as mh:
        yield mh
