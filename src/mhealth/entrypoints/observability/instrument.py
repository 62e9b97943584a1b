"""Providers and use cases, observed: latency and errors of every provider call, check-ins and alerts counted,
a span per call when tracing is on.

The container wraps the analyzer, speech and notifier that the use cases call (the adapters themselves stay
as they are, and ``/health`` still asks them for their readiness), and builds :class:`ObservedMHealth` instead
of the plain facade. With metrics and tracing both off nothing is wrapped.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any, TypeVar

from mhealth.domain.errors import MHealthError
from mhealth.domain.model import Notification, RiskAssessment, Transcript
from mhealth.domain.usecases.checkins import CheckInResult
from mhealth.domain.usecases.facade import MHealth
from mhealth.domain.usecases.screening import AudioResult
from mhealth.entrypoints.observability import tracing
from mhealth.entrypoints.observability.metrics import Metrics
from mhealth.ports.analyzer import Analyzer
from mhealth.ports.audio import DecodedAudio
from mhealth.ports.notifier import Notifier
from mhealth.ports.readiness import Readiness
from mhealth.ports.speech import SpeechToText

T = TypeVar("T")


def error_label(exc: BaseException) -> str:
    """A bounded label for an error: the stable code of an mhealth error, else the exception's type."""
    return exc.code if isinstance(exc, MHealthError) else type(exc).__name__


_latency: dict[tuple[str, str, str], Any] = {}  # the histogram's children, looked up once


def _latency_of(metrics: Metrics, port: str, adapter: str, outcome: str) -> Any:
    key = (port, adapter, outcome)
    child = _latency.get(key)
    if child is None:
        child = _latency[key] = metrics.provider_latency.labels(port, adapter, outcome)
    return child


async def observe_call(metrics: Metrics | None, port: str, adapter: str, call: Awaitable[T]) -> T:
    """Await ``call`` (one provider call), timing it and counting its failure."""
    started = time.perf_counter()
    with tracing.span(f"{port} {adapter}", {"mhealth.port": port, "mhealth.adapter": adapter}):
        try:
            result = await call
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            if metrics is not None:
                _latency_of(metrics, port, adapter, "error").observe(time.perf_counter() - started)
                metrics.provider_errors.labels(port, adapter, error_label(exc)).inc()
            raise
    if metrics is not None:
        _latency_of(metrics, port, adapter, "ok").observe(time.perf_counter() - started)
    return result


class ObservedAnalyzer(Analyzer):
    """An analyzer whose calls are timed and counted (see :func:`observe_call`)."""

    def __init__(self, inner: Analyzer, metrics: Metrics | None) -> None:
        self.inner = inner
        self.name = inner.name
        self._metrics = metrics

    async def analyze(self, text: str, *, language: str = "ko") -> RiskAssessment:
        metrics = self._metrics
        if tracing.enabled() or metrics is None:
            return await observe_call(metrics, "analyzer", self.name, self.inner.analyze(text, language=language))
        # the hot path of POST /analyze: the same timing and counting as observe_call, one coroutine fewer
        started = time.perf_counter()
        try:
            result = await self.inner.analyze(text, language=language)
        except Exception as exc:
            _latency_of(metrics, "analyzer", self.name, "error").observe(time.perf_counter() - started)
            metrics.provider_errors.labels("analyzer", self.name, error_label(exc)).inc()
            raise
        _latency_of(metrics, "analyzer", self.name, "ok").observe(time.perf_counter() - started)
        return result

    async def readiness(self) -> Readiness:
        return await self.inner.readiness()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __getattr__(self, name: str) -> Any:  # anything else the adapter offers (e.g. a warm-up)
        return getattr(self.inner, name)


class ObservedSpeech(SpeechToText):
    """A speech-to-text whose calls are timed and counted."""

    def __init__(self, inner: SpeechToText, metrics: Metrics | None) -> None:
        self.inner = inner
        self.name = inner.name
        self._metrics = metrics

    async def transcribe(self, audio: DecodedAudio, *, language: str = "ko-KR") -> Transcript:
        return await observe_call(self._metrics, "speech", self.name, self.inner.transcribe(audio, language=language))

    async def readiness(self) -> Readiness:
        return await self.inner.readiness()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class ObservedNotifier(Notifier):
    """A notifier whose deliveries are timed and counted."""

    def __init__(self, inner: Notifier, metrics: Metrics | None) -> None:
        self.inner = inner
        self.name = inner.name
        self.kinds = inner.kinds  # type: ignore[misc]  # the inner notifier's channel kinds, per instance
        self._metrics = metrics

    async def send(self, notification: Notification) -> None:
        await observe_call(self._metrics, "notifier", self.name, self.inner.send(notification))

    async def readiness(self) -> Readiness:
        return await self.inner.readiness()

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class ObservedMHealth(MHealth):
    """The facade with a span per use case and the check-ins and alerts it produces counted."""

    def __init__(self, *, metrics: Metrics | None, **parts: Any) -> None:
        super().__init__(**parts)
        self.metrics = metrics

    def _count(self, source: str, result: CheckInResult) -> None:
        if self.metrics is None:
            return
        level = result.check_in.assessment.risk_level
        self.metrics.check_ins.labels(source, str(level), "true" if result.replayed else "false").inc()
        if result.alert is not None and not result.replayed:
            self.metrics.alerts.labels(str(result.alert.level), "true" if result.alert.suppressed else "false").inc()

    async def check_in_text(self, *args: Any, **kwargs: Any) -> CheckInResult:
        with tracing.span("usecase check_in_text"):
            result = await super().check_in_text(*args, **kwargs)
        self._count("text", result)
        return result

    async def check_in_audio(self, *args: Any, **kwargs: Any) -> CheckInResult:
        with tracing.span("usecase check_in_audio"):
            result = await super().check_in_audio(*args, **kwargs)
        self._count("audio", result)
        return result

    async def analyze_text(self, text: str, *, language: str = "ko") -> RiskAssessment:
        if not tracing.enabled():
            return await super().analyze_text(text, language=language)
        with tracing.span("usecase analyze_text"):
            return await super().analyze_text(text, language=language)

    async def analyze_audio(self, *args: Any, **kwargs: Any) -> tuple[AudioResult, RiskAssessment]:
        with tracing.span("usecase analyze_audio"):
            return await super().analyze_audio(*args, **kwargs)

    async def transcribe(self, *args: Any, **kwargs: Any) -> AudioResult:
        with tracing.span("usecase transcribe"):
            return await super().transcribe(*args, **kwargs)

    async def deliver_pending(self, *, limit: int = 100) -> int:
        with tracing.span("usecase deliver_pending"):
            return await super().deliver_pending(limit=limit)
