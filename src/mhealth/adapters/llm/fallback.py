"""Degrade to a local analyzer: a screening result always comes back, marked when it is not the primary's."""

from __future__ import annotations

import logging
from collections.abc import Awaitable

import msgspec

from mhealth.adapters.llm.analyzer import INTERNAL_ERROR, PROVIDER_UNAVAILABLE, LlmFailure
from mhealth.domain.errors import InvalidInput, ProviderUnavailable
from mhealth.domain.model import RiskAssessment
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.readiness import Readiness

log = logging.getLogger(__name__)


class FallbackAnalyzer(Analyzer):
    """An Analyzer that answers with ``primary`` and, when it fails, with ``fallback`` marked degraded.

    Any failure of the primary (an :class:`~mhealth.adapters.llm.analyzer.LlmFailure`, any other
    ``ProviderUnavailable``, or an unexpected exception) gives the fallback's assessment with
    ``provenance.degraded = True``, ``provenance.degraded_reason`` a stable code (``provider_unavailable``,
    ``provider_rejected``, ``invalid_json``, ``invalid_response``, ``refusal``, ``internal_error``) and a
    note naming the primary.
    A senior's check-in is never lost to a provider outage, and never answered with a 500.

    What is the caller's fault is not the provider's: :class:`~mhealth.domain.errors.InvalidInput` (blank
    text, a language the analyzers cannot read) propagates unchanged. Errors of the fallback propagate too:
    there is nothing left to fall back to.

    ``aclose`` closes both analyzers (each is safe to close twice).
    """

    def __init__(self, primary: Analyzer, fallback: Analyzer) -> None:
        if primary is fallback:
            raise ValueError("the fallback analyzer must differ from the primary one")
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name

    @property
    def model(self) -> str:
        return str(getattr(self.primary, "model", self.primary.name))

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        try:
            return await self.primary.analyze(text, language=language)
        except InvalidInput:
            raise
        except LlmFailure as error:
            reason, detail = error.reason, error.detail
        except ProviderUnavailable as error:
            reason, detail = PROVIDER_UNAVAILABLE, error.detail
        except Exception as error:
            # Only the type: an exception's message may quote the request, and the text never reaches a log.
            log.error(
                "analyzer %s raised %s; answering with %s", self.primary.name, type(error).__name__, self.fallback.name
            )
            reason, detail = INTERNAL_ERROR, f"{self.primary.name} failed unexpectedly ({type(error).__name__})"
        log.warning("analyzer %s degraded to %s: %s", self.primary.name, self.fallback.name, reason)
        result = await self.fallback.analyze(text, language=language)
        provenance = msgspec.structs.replace(
            result.provenance,
            degraded=True,
            degraded_reason=reason,
            notes=(*result.provenance.notes, f"fallback from {self.primary.name}:{self.model}: {detail}"),
        )
        return msgspec.structs.replace(result, provenance=provenance)

    async def readiness(self) -> Readiness:
        primary = await self.primary.readiness()
        if primary.state == "unavailable":
            backup = await self.fallback.readiness()
            return Readiness(
                state=backup.state,
                detail=f"{primary.detail or self.primary.name}; {self.fallback.name} answers (degraded) meanwhile",
            )
        detail = f"{primary.detail or self.primary.name}; falls back to {self.fallback.name}"
        return Readiness(state=primary.state, detail=detail)

    def warm_up(self) -> Awaitable[None] | None:
        """Start loading the fallback's models now: it must be warm before the primary first fails."""
        start = getattr(self.fallback, "warm_up", None)
        if callable(start):
            result: Awaitable[None] | None = start()
            return result
        return None

    async def aclose(self) -> None:
        try:
            await self.primary.aclose()
        finally:
            await self.fallback.aclose()


__all__ = ["FallbackAnalyzer"]
