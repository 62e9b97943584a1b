"""Readiness shared by every port: what ``/health`` reports for a configured adapter."""

from __future__ import annotations

import msgspec


class Readiness(msgspec.Struct, frozen=True, kw_only=True):
    """``state`` is ``ready``, ``warming`` (loading in the background) or ``unavailable``.

    ``detail`` is a sentence for operators; it never carries a secret or personal data.
    """

    state: str = "ready"
    detail: str | None = None


class HasReadiness:
    """Mixin: adapters that load models or connect lazily override :meth:`readiness`."""

    name: str = "unnamed"

    async def readiness(self) -> Readiness:
        return Readiness()

    async def aclose(self) -> None:
        """Release clients, engines and threads. Safe to call twice."""
