"""The composition root: configuration decides which adapter fills which port.

Only entrypoints import dependency_injector. Nothing is built at import time: providers build their
adapter on first use, and every adapter module (and its SDK) is imported inside its builder.
Tests override any provider: ``container.analyzer.override(providers.Object(fake))``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from dependency_injector import containers, providers

from mhealth.domain.errors import ConfigurationError
from mhealth.domain.rules.access import LoginPolicy
from mhealth.domain.rules.safety.floor import AlertPolicy
from mhealth.domain.rules.trend import TrendPolicy
from mhealth.domain.usecases.access import AccessControl, AccessPolicy
from mhealth.domain.usecases.audit import AuditTrail
from mhealth.domain.usecases.checkins import CheckInPolicy, CheckIns
from mhealth.domain.usecases.consent import Consents
from mhealth.domain.usecases.facade import MHealth
from mhealth.domain.usecases.retention import Retention, RetentionPolicy
from mhealth.domain.usecases.screening import Screening
from mhealth.entrypoints.secrets import jwt_secret, pseudonym_key, read_secret, secret_file
from mhealth.entrypoints.settings import Settings
from mhealth.ports import (
    Analytics,
    Analyzer,
    AudioDecoder,
    BlobStore,
    Clock,
    Notifier,
    SpeechToText,
    UnitOfWork,
)
from mhealth.ports.passwords import PasswordHasher

log = logging.getLogger("mhealth.container")


def _latency(settings: Settings, name: str) -> float:
    """Simulated provider latency, honoured only when MHEALTH_BENCHMARK is on."""
    if not settings.benchmark:
        return 0.0
    try:
        return max(0.0, float(os.environ.get(name, "0"))) / 1000.0
    except ValueError:
        return 0.0


def _require_extra(module: str, extra: str, key: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise ConfigurationError(
            f"{key} needs the '{extra}' extra, which is not installed; run: pip install 'mhealth[{extra}]'", field=key
        )


# ------------------------------------------------------------------------------------------ builders


def build_analyzer(settings: Settings, fallback: Analyzer | None = None) -> Analyzer:
    if settings.analyzer == "memory":
        from mhealth.adapters.memory.analyzer import InMemoryAnalyzer

        return InMemoryAnalyzer(latency_s=_latency(settings, "LLM_LATENCY_MS"))
    if settings.analyzer == "local":
        from mhealth.adapters.local.analyzer import LocalAnalyzer

        return LocalAnalyzer()
    _require_extra("google.genai", "google", "MHEALTH_ANALYZER")
    from mhealth.adapters.google.gemini import GeminiAnalyzer

    return GeminiAnalyzer(
        project=settings.google_project or "",
        location=settings.google_location,
        model=settings.gemini_model,
        base_url=settings.gemini_base_url,
        fallback=fallback,
    )


def build_local_analyzer(settings: Settings) -> Analyzer | None:
    """The fallback behind Gemini (the local analyzer), or None for the other analyzers."""
    if settings.analyzer != "gemini":
        return None
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    return LocalAnalyzer()


def build_speech(settings: Settings) -> SpeechToText | None:
    if settings.speech == "none":
        return None
    if settings.speech == "memory":
        from mhealth.adapters.memory.speech import InMemorySpeechToText

        return InMemorySpeechToText(latency_s=_latency(settings, "STT_LATENCY_MS"))
    if settings.speech == "whisper":
        if importlib.util.find_spec("faster_whisper") is None:
            from mhealth.adapters.system.unavailable import UnavailableSpeechToText

            return UnavailableSpeechToText(
                "whisper",
                f"speech recognition is unavailable: MHEALTH_SPEECH=whisper needs the 'whisper' extra "
                f"(pip install 'mhealth[whisper]') and the model {settings.whisper_model!r} "
                "(downloaded on first use, or a local path in MHEALTH_WHISPER_MODEL)",
            )
        from mhealth.adapters.whisper.speech import WhisperSpeechToText

        return WhisperSpeechToText(model=settings.whisper_model)
    _require_extra("google.cloud.speech_v2", "google", "MHEALTH_SPEECH")
    from mhealth.adapters.google.speech import GoogleSpeechToText

    return GoogleSpeechToText(
        project=settings.google_project or "",
        location=settings.speech_location,
        model=settings.speech_model,
        endpoint=settings.speech_endpoint,
        max_concurrency=settings.speech_concurrency,
    )


def build_decoder(settings: Settings) -> AudioDecoder:
    from mhealth.adapters.audio.pyav import PyAvAudioDecoder

    return PyAvAudioDecoder(
        target_sample_rate=settings.sample_rate,
        min_speech_s=settings.min_speech_s,
        vad_threshold_db=settings.vad_threshold_db,
    )


def build_uow(settings: Settings) -> UnitOfWork:
    url = settings.effective_database_url
    if url.startswith("memory"):
        from mhealth.adapters.memory.repositories import InMemoryUnitOfWork

        return InMemoryUnitOfWork()
    if url.startswith("mysql"):
        _require_extra("pymysql", "mysql", "MHEALTH_DATABASE_URL")
    from mhealth.adapters.sql import SqlUnitOfWork, ensure_schema

    if url.startswith("sqlite"):
        # Health data: the folder is the owner's only.
        Path(url.removeprefix("sqlite:///")).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # The embedded SQLite default upgrades itself; a shared server must be migrated on purpose.
    ensure_schema(url, auto_upgrade=url.startswith("sqlite"))
    return SqlUnitOfWork(
        url,
        max_workers=settings.db_pool_size,
        timeout_s=settings.db_timeout_s,
        pool_timeout_s=settings.db_pool_timeout_s,
    )


def build_blobs(settings: Settings) -> BlobStore:
    target = settings.effective_blobs
    if target.startswith("memory"):
        from mhealth.adapters.memory.blobs import InMemoryBlobStore

        return InMemoryBlobStore()
    if target.startswith("file://"):
        from mhealth.adapters.filesystem.blobs import FileBlobStore

        return FileBlobStore(Path(target.removeprefix("file://")))
    _require_extra("google.cloud.storage", "google", "MHEALTH_BLOBS")
    from mhealth.adapters.google.gcs import GcsBlobStore

    bucket, _, prefix = target.removeprefix("gs://").partition("/")
    return GcsBlobStore(
        bucket=bucket,
        prefix=prefix,
        project=settings.google_project,
        retention_days=settings.retention_audio_days or None,
    )


def build_analytics(settings: Settings, uow: UnitOfWork) -> Analytics:
    if settings.analytics == "none":
        from mhealth.adapters.memory.sinks import NullAnalytics

        return NullAnalytics()
    if settings.analytics == "memory":
        from mhealth.adapters.memory.sinks import InMemoryAnalytics

        return InMemoryAnalytics()
    if settings.analytics == "database":
        if settings.effective_database_url.startswith("memory"):
            from mhealth.adapters.memory.sinks import InMemoryAnalytics

            return InMemoryAnalytics()
        from mhealth.adapters.sql.analytics import SqlAnalytics

        return SqlAnalytics(uow)  # type: ignore[arg-type]
    _require_extra("google.cloud.bigquery", "google", "MHEALTH_ANALYTICS")
    from mhealth.adapters.google.bigquery import BigQueryAnalytics

    return BigQueryAnalytics(
        project=settings.google_project or "",
        dataset=settings.bigquery_dataset,
        location=settings.google_location,
        endpoint=settings.bigquery_endpoint,
    )


def build_notifier(settings: Settings) -> Notifier:
    from mhealth.adapters.system.notifier import LogNotifier

    return LogNotifier()


def build_clock() -> Clock:
    from mhealth.adapters.system.clock import SystemClock

    return SystemClock()


def build_policy(settings: Settings) -> CheckInPolicy:
    return CheckInPolicy(
        max_in_flight=settings.max_in_flight,
        duplicate_audio_window=timedelta(seconds=settings.duplicate_audio_window_s),
        alerts=AlertPolicy(cooldown=timedelta(minutes=settings.alert_cooldown_minutes)),
        trend=TrendPolicy(
            window_days=settings.trend_window_days,
            baseline_days=settings.trend_baseline_days,
            threshold=settings.trend_threshold,
        ),
    )


def build_password_hasher(settings: Settings) -> PasswordHasher:
    from mhealth.adapters.passwords.argon2 import Argon2PasswordHasher

    return Argon2PasswordHasher()


def build_access_policy(settings: Settings) -> AccessPolicy:
    return AccessPolicy(
        login=LoginPolicy(
            max_failures=settings.login_max_failures,
            window=timedelta(minutes=settings.login_lockout_minutes),
            lockout=timedelta(minutes=settings.login_lockout_minutes),
        ),
        refresh_ttl=timedelta(days=settings.refresh_token_days),
    )


def build_retention_policy(settings: Settings) -> RetentionPolicy:
    return RetentionPolicy(
        audio_days=settings.retention_audio_days, check_in_days=settings.retention_check_in_days or None
    )


# ------------------------------------------------------------------------------------------ container


class Container(containers.DeclarativeContainer):
    """Ports as providers; ``settings`` must be provided (``Container(settings=providers.Object(s))``)."""

    settings = providers.Dependency(instance_of=Settings)

    local_analyzer = providers.Singleton(build_local_analyzer, settings)
    analyzer = providers.Singleton(build_analyzer, settings, local_analyzer)
    speech = providers.Singleton(build_speech, settings)
    decoder = providers.Singleton(build_decoder, settings)
    uow = providers.Singleton(build_uow, settings)
    blobs = providers.Singleton(build_blobs, settings)
    analytics = providers.Singleton(build_analytics, settings, uow)
    notifier = providers.Singleton(build_notifier, settings)
    clock = providers.Singleton(build_clock)
    policy = providers.Singleton(build_policy, settings)
    pseudonym_key = providers.Singleton(pseudonym_key, settings)

    screening = providers.Singleton(Screening, analyzer=analyzer, speech=speech, decoder=decoder)
    check_ins = providers.Singleton(
        CheckIns,
        screening=screening,
        uow=uow,
        blobs=blobs,
        analytics=analytics,
        notifier=notifier,
        clock=clock,
        pseudonym_key=pseudonym_key,
        policy=policy,
    )

    password_hasher = providers.Singleton(build_password_hasher, settings)
    access_policy = providers.Singleton(build_access_policy, settings)
    retention_policy = providers.Singleton(build_retention_policy, settings)
    access = providers.Singleton(AccessControl, uow=uow, hasher=password_hasher, clock=clock, policy=access_policy)
    consents = providers.Singleton(Consents, uow=uow, clock=clock)
    audit = providers.Singleton(AuditTrail, uow=uow, clock=clock)
    retention = providers.Singleton(Retention, uow=uow, blobs=blobs, clock=clock, policy=retention_policy)


__all__ = ["Container", "build_mhealth", "create_container", "jwt_secret", "read_secret", "secret_file", "warm_up"]

COMPONENTS = ("analyzer", "speech", "decoder", "uow", "blobs", "analytics", "notifier")


def create_container(settings: Settings, **overrides: Any) -> Container:
    """A container for ``settings``; keyword overrides replace ports with given objects (tests)."""
    container = Container(settings=providers.Object(settings))
    for name, value in overrides.items():
        if not hasattr(container, name):
            raise TypeError(f"unknown provider {name!r}")
        getattr(container, name).override(providers.Object(value))
    container.check_dependencies()
    return container


def build_mhealth(container: Container) -> MHealth:
    """Build the facade and every adapter it needs (adapters import their SDKs now, not before)."""
    screening = container.screening()
    check_ins = container.check_ins()
    components: dict[str, Any] = {}
    for name in COMPONENTS:
        component = getattr(container, name)()
        if component is not None:
            components[name] = component
    fallback = container.local_analyzer()
    if fallback is not None:  # behind Gemini: it must be warm before Gemini first fails
        components["analyzer_fallback"] = fallback

    async def close() -> None:
        seen: set[int] = set()
        for component in [*components.values(), container.local_analyzer()]:
            if component is None or id(component) in seen:
                continue
            seen.add(id(component))
            try:
                await component.aclose()
            except Exception:  # closing must go on for the others
                log.exception("closing %s failed", type(component).__name__)

    return MHealth(screening=screening, check_ins=check_ins, components=components, on_close=close)


async def warm_up(mh: MHealth) -> None:
    """Start background model loading where an adapter supports it (kiwipiepy, Whisper)."""
    for component in mh.components.values():
        start = getattr(component, "warm_up", None)
        if callable(start):
            result = start()
            if hasattr(result, "__await__"):
                await result
