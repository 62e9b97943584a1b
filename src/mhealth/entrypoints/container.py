"""The composition root: configuration decides which adapter fills which port, and nothing is wired elsewhere.

Everything the entrypoints use is a provider here: the ports (adapters chosen by ``providers.Selector``
keyed by a setting), the use cases (screening, check-ins, access control, consent, audit, retention,
maintenance), the :class:`~mhealth.domain.usecases.facade.MHealth` facade, the HTTP layer's ``security``
and ``token_authority``. The HTTP app, the CLI and (later) the worker only call what this container gives.

Adding an adapter is adding one entry to a ``select(...)`` below (and its value to the setting's accepted
values in :mod:`mhealth.entrypoints.settings`; a unit test checks that the two agree). A value no entry
names is a :class:`ConfigurationError` naming the key; there is no default branch to fall into.

Only entrypoints import dependency_injector. Nothing is built at import time: providers build their
adapter on first use, and every adapter module (and its SDK) is imported inside its builder. Adapters that
hold clients, engines or threads are ``providers.Resource``: :func:`close_container` closes each one that
was built (bounded in time), the facade's ``aclose()`` calls it. Tests override any provider:
``container.analyzer.override(providers.Object(fake))`` or ``create_container(settings, analyzer=fake)``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dependency_injector import containers, providers

from mhealth.domain.errors import ConfigurationError
from mhealth.domain.model import ChannelKind
from mhealth.domain.rules.access import LoginPolicy
from mhealth.domain.rules.safety.floor import AlertPolicy
from mhealth.domain.rules.trend import TrendPolicy
from mhealth.domain.usecases.access import AccessControl, AccessPolicy
from mhealth.domain.usecases.alerts import AlertRouting, Alerts
from mhealth.domain.usecases.audit import AuditTrail
from mhealth.domain.usecases.care import CareTeams, OnAlert, SchedulePolicy, Schedules, UrlCheck
from mhealth.domain.usecases.care_views import CareViews
from mhealth.domain.usecases.checkins import CheckInPolicy, CheckIns
from mhealth.domain.usecases.consent import Consents
from mhealth.domain.usecases.deliveries import Deliveries, DeliveryPolicy
from mhealth.domain.usecases.facade import MHealth
from mhealth.domain.usecases.jobs import JobPolicy, Jobs
from mhealth.domain.usecases.maintenance import Maintenance
from mhealth.domain.usecases.retention import Retention, RetentionPolicy
from mhealth.domain.usecases.screening import Screening
from mhealth.entrypoints.secrets import jwt_secret, pseudonym_key, read_secret, secret_file
from mhealth.entrypoints.settings import Settings, load_prices
from mhealth.entrypoints.shutdown import CLOSE_BUDGET_S
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
from mhealth.ports.readiness import HasReadiness

if TYPE_CHECKING:
    from mhealth.entrypoints.http.auth import TokenAuthority
    from mhealth.entrypoints.http.security import Security
    from mhealth.entrypoints.worker import ScheduleCheck, TaskRunner

log = logging.getLogger("mhealth.container")

CLOSE_TIMEOUT_S = CLOSE_BUDGET_S  # all components together: shutting down must end inside the grace period
DRAIN_DELIVERIES_S = 0.8  # post-commit deliveries still running at close; the rest stay in the outbox


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


# ------------------------------------------------------------------------------------------ selection


def _scheme(url: str) -> str:
    """``mysql+pymysql://...`` -> ``mysql``; ``file:///x`` -> ``file``; no scheme -> ``''``."""
    return url.split(":", 1)[0].split("+", 1)[0] if ":" in url else ""


# The setting each Selector is keyed by: environment name -> (how to read it, what to show when it is wrong).
CHOICE_KEYS: dict[str, Callable[[Settings], tuple[str, str]]] = {
    "MHEALTH_ANALYZER": lambda s: (s.analyzer, s.analyzer),
    "MHEALTH_SPEECH": lambda s: (s.speech, s.speech),
    "MHEALTH_DATABASE_URL": lambda s: (_scheme(s.effective_database_url), s.describe()["database_url"] or "(default)"),
    "MHEALTH_BLOBS": lambda s: (_scheme(s.effective_blobs), s.effective_blobs),
    "MHEALTH_ANALYTICS": lambda s: (s.analytics, s.analytics),
}


def _selected(settings: Settings, key: str, accepted: tuple[str, ...]) -> str:
    value, shown = CHOICE_KEYS[key](settings)
    if value not in accepted:
        raise ConfigurationError(f"{key}={shown!r} is not one of: {', '.join(accepted)}", field=key)
    return value


def select(
    settings: providers.Provider[Settings], key: str, **choices: providers.Provider[Any]
) -> providers.Selector[Any]:
    """A Selector over ``choices`` keyed by the setting ``key``; any other value is a ConfigurationError."""
    return providers.Selector(providers.Callable(_selected, settings, key, tuple(choices)), **choices)


# ------------------------------------------------------------------------------------------ builders


def build_memory_analyzer(settings: Settings) -> Analyzer:
    from mhealth.adapters.memory.analyzer import InMemoryAnalyzer

    return InMemoryAnalyzer(latency_s=_latency(settings, "LLM_LATENCY_MS"))


def build_local_analyzer() -> Analyzer:
    from mhealth.adapters.local.analyzer import LocalAnalyzer

    return LocalAnalyzer()


def build_gemini(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    from mhealth.entrypoints.llm_wiring import build_gemini_analyzer

    return build_gemini_analyzer(settings, local_fallback)


def build_openai(settings: Settings, local_fallback: Analyzer) -> Analyzer:
    from mhealth.entrypoints.llm_wiring import build_openai_analyzer

    return build_openai_analyzer(settings, local_fallback)


def build_memory_speech(settings: Settings) -> SpeechToText:
    from mhealth.adapters.memory.speech import InMemorySpeechToText

    return InMemorySpeechToText(latency_s=_latency(settings, "STT_LATENCY_MS"))


def build_whisper_speech(settings: Settings) -> SpeechToText:
    if importlib.util.find_spec("faster_whisper") is None:
        from mhealth.adapters.system.unavailable import UnavailableSpeechToText

        return UnavailableSpeechToText(
            "whisper",
            f"speech recognition is unavailable: MHEALTH_SPEECH=whisper needs the 'whisper' extra "
            f"(pip install 'mhealth[whisper]') and the model {settings.whisper_model!r} "
            "(downloaded on first use, or a local path in MHEALTH_WHISPER_MODEL)",
        )
    from mhealth.adapters.whisper.speech import WhisperSpeechToText

    return WhisperSpeechToText(
        model=settings.whisper_model, trim=settings.speech_trim, max_pause_s=settings.speech_max_pause_s
    )


def build_google_speech(settings: Settings) -> SpeechToText:
    _require_extra("google.cloud.speech_v2", "google", "MHEALTH_SPEECH")
    from mhealth.adapters.google.speech import GoogleSpeechToText

    return GoogleSpeechToText(
        project=settings.google_project or "",
        location=settings.speech_location,
        model=settings.speech_model,
        endpoint=settings.speech_endpoint,
        max_concurrency=settings.speech_concurrency,
        trim=settings.speech_trim,
        max_pause_s=settings.speech_max_pause_s,
    )


def build_decoder(settings: Settings) -> AudioDecoder:
    from mhealth.adapters.audio.pyav import PyAvAudioDecoder

    return PyAvAudioDecoder(
        target_sample_rate=settings.sample_rate,
        min_speech_s=settings.min_speech_s,
        vad_threshold_db=settings.vad_threshold_db,
    )


def build_memory_uow() -> UnitOfWork:
    from mhealth.adapters.memory.repositories import InMemoryUnitOfWork

    return InMemoryUnitOfWork()


def build_sql_uow(settings: Settings) -> UnitOfWork:
    url = settings.effective_database_url
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


def build_memory_blobs() -> BlobStore:
    from mhealth.adapters.memory.blobs import InMemoryBlobStore

    return InMemoryBlobStore()


def build_file_blobs(settings: Settings) -> BlobStore:
    from mhealth.adapters.filesystem.blobs import FileBlobStore

    return FileBlobStore(Path(settings.effective_blobs.removeprefix("file://")))


def build_gcs_blobs(settings: Settings) -> BlobStore:
    _require_extra("google.cloud.storage", "google", "MHEALTH_BLOBS")
    from mhealth.adapters.google.gcs import GcsBlobStore

    bucket, _, prefix = settings.effective_blobs.removeprefix("gs://").partition("/")
    return GcsBlobStore(
        bucket=bucket,
        prefix=prefix,
        project=settings.google_project,
        retention_days=settings.retention_audio_days or None,
    )


def build_null_analytics() -> Analytics:
    from mhealth.adapters.memory.sinks import NullAnalytics

    return NullAnalytics()


def build_memory_analytics() -> Analytics:
    from mhealth.adapters.memory.sinks import InMemoryAnalytics

    return InMemoryAnalytics()


def build_database_analytics(settings: Settings, uow: UnitOfWork) -> Analytics:
    if settings.effective_database_url.startswith("memory"):
        return build_memory_analytics()  # nothing persists: the events stay in the process with the rest
    from mhealth.adapters.sql import SqlUnitOfWork
    from mhealth.adapters.sql.analytics import SqlAnalytics

    if not isinstance(uow, SqlUnitOfWork):
        raise ConfigurationError(
            "MHEALTH_ANALYTICS=database needs the SQL database (MHEALTH_DATABASE_URL sqlite:// or mysql+pymysql://)",
            field="MHEALTH_ANALYTICS",
        )
    return SqlAnalytics(uow)


def build_bigquery_analytics(settings: Settings) -> Analytics:
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


def build_alert_routing(settings: Settings) -> AlertRouting:
    from mhealth.domain.rules.routing import EscalationLadder, parse_ladder
    from mhealth.entrypoints.notifiers import org_channels

    ladder = EscalationLadder(
        critical=parse_ladder(settings.escalation_critical, "MHEALTH_ESCALATION_CRITICAL"),
        high=parse_ladder(settings.escalation_high, "MHEALTH_ESCALATION_HIGH"),
    )
    return AlertRouting(ladder=ladder, org_channels=org_channels(settings), public_url=settings.public_url)


class ActiveNotifiers(dict[ChannelKind, Notifier]):
    """The notifier of each channel kind; closing it closes each notifier once (their HTTP/SMTP clients)."""

    async def aclose(self) -> None:
        from mhealth.entrypoints.notifiers import close_notifiers

        await close_notifiers(self)


def build_notifiers_of(settings: Settings, notifier: Notifier) -> ActiveNotifiers:
    """The notifier of each channel kind (MHEALTH_NOTIFIERS); the ``notifier`` provider (the log notifier, or
    a fake a caller passed: ``mhealth.build(settings, notifier=fake)``) serves the kinds it declares."""
    from mhealth.entrypoints.notifiers import build_notifiers

    built = build_notifiers(settings)
    built.update(dict.fromkeys(notifier.kinds, notifier))
    observed: dict[int, Notifier] = {}  # one wrapper per adapter (one adapter may serve several kinds)
    for n in built.values():
        observed.setdefault(id(n), observe_port(settings, "notifier", n))
    return ActiveNotifiers({kind: observed[id(n)] for kind, n in built.items()})


def build_tasks(
    deliveries: Deliveries, alerts: Alerts, clock: Clock, check_schedules: ScheduleCheck | None, jobs: Jobs
) -> TaskRunner:
    from mhealth.entrypoints.worker import TaskRunner

    return TaskRunner(deliveries=deliveries, alerts=alerts, clock=clock, check_schedules=check_schedules, jobs=jobs)


def build_jobs(
    settings: Settings, uow: UnitOfWork, blobs: BlobStore, clock: Clock, check_ins: CheckIns, routing: AlertRouting
) -> Jobs:
    policy = JobPolicy(lease=timedelta(seconds=settings.job_lease_s), max_attempts=settings.job_max_attempts)
    return Jobs(
        uow=uow, blobs=blobs, clock=clock, check_ins=check_ins, org_channels=routing.org_channels, policy=policy
    )


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


def build_care_url_check(settings: Settings) -> UrlCheck:
    """A member's webhook URL is checked on entry against request forgery (MHEALTH_WEBHOOK_ALLOW_PRIVATE)."""
    from mhealth.entrypoints.notifiers import webhook_url_check

    return webhook_url_check(settings)


def alert_raiser(alerts: Alerts) -> OnAlert:
    """Missed check-ins raise their alert like a check-in does: stored with its notifications and ladder."""
    return alerts.raise_in


def schedule_checker(schedules: Schedules) -> ScheduleCheck:
    """The worker's ``schedules`` task."""
    return schedules.check_schedules


def build_schedule_policy(settings: Settings) -> SchedulePolicy:
    return SchedulePolicy(missed_alert_after=settings.missed_alert_after)


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


def build_token_authority(settings: Settings) -> TokenAuthority:
    """Signs and checks access tokens: the one thing that needs MHEALTH_JWT_SECRET (read only now)."""
    from mhealth.entrypoints.http.auth import TokenAuthority

    return TokenAuthority(
        jwt_secret(settings), audience=settings.jwt_audience, ttl_minutes=settings.access_token_minutes
    )


def build_security(
    settings: Settings,
    access: AccessControl,
    consents: Consents,
    audit: AuditTrail,
    retention: Retention,
    tokens: Callable[[], TokenAuthority],
) -> Security:
    """Access control, consent, audit and retention for the HTTP layer; the token authority is built when
    first used (under MHEALTH_AUTH=off only when someone signs in)."""
    from mhealth.entrypoints.http.security import Security

    return Security(
        access=access,
        consents=consents,
        audit=audit,
        retention=retention,
        tokens=tokens,
        auth_required=settings.auth == "required",
    )


def observe_port(settings: Settings, port: str, inner: Any) -> Any:
    """``inner`` (a provider's adapter) timed, counted and traced (observability/instrument.py), or as it is
    when metrics and tracing are both off."""
    if inner is None or not (settings.metrics or settings.otel_enabled):
        return inner
    from mhealth.entrypoints.observability.instrument import ObservedAnalyzer, ObservedNotifier, ObservedSpeech
    from mhealth.entrypoints.observability.metrics import metrics

    wrapper = {"analyzer": ObservedAnalyzer, "speech": ObservedSpeech, "notifier": ObservedNotifier}[port]
    return wrapper(inner, metrics() if settings.metrics else None)


def build_mhealth(container: Container) -> MHealth:
    """Build the facade and every adapter it needs (adapters import their SDKs now, not before)."""
    screening = container.screening()
    check_ins = container.check_ins()
    components: dict[str, HasReadiness] = {}
    for name in COMPONENTS:
        component = getattr(container, name)()
        if component is not None:
            components[name] = component
    analyzer = components.get("analyzer")
    if container.local_analyzer.initialized:
        if (fallback := container.local_analyzer()) is not analyzer:
            # behind an LLM: it must be warm before the LLM first fails
            components["analyzer_fallback"] = fallback

    async def close() -> None:
        began = asyncio.get_running_loop().time()
        await check_ins.drain(DRAIN_DELIVERIES_S)  # before the sinks and the database close under them
        spent = asyncio.get_running_loop().time() - began
        await close_container(container, timeout_s=max(0.1, CLOSE_TIMEOUT_S - spent))

    settings = container.settings()
    retention, maintenance = container.retention(), container.maintenance()
    if not (settings.metrics or settings.otel_enabled):
        return MHealth(
            screening=screening,
            check_ins=check_ins,
            retention=retention,
            maintenance=maintenance,
            components=components,
            on_close=close,
        )
    from mhealth.entrypoints.observability.instrument import ObservedMHealth  # a span per use case, counts
    from mhealth.entrypoints.observability.metrics import metrics

    return ObservedMHealth(
        metrics=metrics() if settings.metrics else None,
        screening=screening,
        check_ins=check_ins,
        retention=retention,
        maintenance=maintenance,
        components=components,
        on_close=close,
        care_teams=container.care_teams(),
        schedules=container.schedules(),
        jobs=container.jobs(),
    )


# ------------------------------------------------------------------------------------------ container


class Container(containers.DeclarativeContainer):
    """Ports, use cases and the HTTP layer's security as providers.

    ``settings`` must be provided (``Container(settings=providers.Object(s))``, or :func:`create_container`).
    """

    __self__ = providers.Self()
    settings = providers.Dependency(instance_of=Settings)

    # -- ports: one Selector per setting that chooses an adapter
    local_analyzer = providers.Resource(build_local_analyzer)  # MHEALTH_ANALYZER=local, and behind every LLM
    analyzer = select(
        settings,
        "MHEALTH_ANALYZER",
        memory=providers.Resource(build_memory_analyzer, settings),
        local=local_analyzer,
        gemini=providers.Resource(build_gemini, settings, local_analyzer),
        openai=providers.Resource(build_openai, settings, local_analyzer),
    )
    speech = select(
        settings,
        "MHEALTH_SPEECH",
        none=providers.Object(None),
        memory=providers.Resource(build_memory_speech, settings),
        whisper=providers.Resource(build_whisper_speech, settings),
        google=providers.Resource(build_google_speech, settings),
    )
    decoder = providers.Resource(build_decoder, settings)  # always PyAV: local code, not a provider
    uow = select(
        settings,
        "MHEALTH_DATABASE_URL",
        memory=providers.Resource(build_memory_uow),
        sqlite=providers.Resource(build_sql_uow, settings),
        mysql=providers.Resource(build_sql_uow, settings),
    )
    blobs = select(
        settings,
        "MHEALTH_BLOBS",
        memory=providers.Resource(build_memory_blobs),
        file=providers.Resource(build_file_blobs, settings),
        gs=providers.Resource(build_gcs_blobs, settings),
    )
    analytics = select(
        settings,
        "MHEALTH_ANALYTICS",
        none=providers.Resource(build_null_analytics),
        memory=providers.Resource(build_memory_analytics),
        database=providers.Resource(build_database_analytics, settings, uow),
        bigquery=providers.Resource(build_bigquery_analytics, settings),
    )
    notifier = providers.Resource(build_notifier, settings)
    clock = providers.Singleton(build_clock)
    password_hasher = providers.Singleton(build_password_hasher, settings)

    # -- policies and keys
    policy = providers.Singleton(build_policy, settings)
    access_policy = providers.Singleton(build_access_policy, settings)
    retention_policy = providers.Singleton(build_retention_policy, settings)
    pseudonym_key = providers.Singleton(pseudonym_key, settings)

    # -- what the use cases call: the ports above, timed, counted and traced (unless metrics and tracing are off)
    observed_analyzer = providers.Singleton(observe_port, settings, "analyzer", analyzer)
    observed_speech = providers.Singleton(observe_port, settings, "speech", speech)

    # -- alerts and their delivery (docs/alerts.md)
    notifiers = providers.Resource(build_notifiers_of, settings, notifier)  # ChannelKind -> the active Notifier
    alert_routing = providers.Singleton(build_alert_routing, settings)
    delivery_policy = providers.Singleton(DeliveryPolicy)
    care_team_lookup: providers.Object[Any] = providers.Object(
        None
    )  # (tx, senior_id) -> CareTeam | None: tx.care_teams.get
    alerts = providers.Singleton(Alerts, uow=uow, clock=clock, routing=alert_routing, teams=care_team_lookup)
    deliveries = providers.Singleton(
        Deliveries, uow=uow, notifiers=notifiers, analytics=analytics, clock=clock, policy=delivery_policy
    )

    # -- use cases (HTTP, CLI and worker all take them from here)
    prices = providers.Singleton(load_prices, settings.provided.prices)
    screening = providers.Singleton(
        Screening, analyzer=observed_analyzer, speech=observed_speech, decoder=decoder, prices=prices
    )
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
        alerts=alerts,
        deliveries=deliveries,
    )
    jobs = providers.Singleton(build_jobs, settings, uow, blobs, clock, check_ins, alert_routing)
    access = providers.Singleton(AccessControl, uow=uow, hasher=password_hasher, clock=clock, policy=access_policy)
    consents = providers.Singleton(Consents, uow=uow, clock=clock)
    audit = providers.Singleton(AuditTrail, uow=uow, clock=clock)
    retention = providers.Singleton(Retention, uow=uow, blobs=blobs, clock=clock, policy=retention_policy)
    maintenance = providers.Singleton(Maintenance, uow=uow, blobs=blobs, clock=clock)
    # care: a member's webhook is checked against request forgery on entry; missed check-ins raise their alert
    # through the alerts' ladder; the worker's schedules task runs the check (docs/care-teams.md)
    care_url_check: providers.Provider[UrlCheck | None] = providers.Singleton(build_care_url_check, settings)
    schedule_on_alert: providers.Provider[OnAlert | None] = providers.Singleton(alert_raiser, alerts)
    schedule_policy = providers.Singleton(build_schedule_policy, settings)
    care_teams = providers.Singleton(CareTeams, uow=uow, clock=clock, url_check=care_url_check)
    schedules = providers.Singleton(Schedules, uow=uow, clock=clock, policy=schedule_policy, on_alert=schedule_on_alert)
    check_schedules: providers.Provider[Any] = providers.Singleton(schedule_checker, schedules)  # the worker's task
    tasks = providers.Singleton(build_tasks, deliveries, alerts, clock, check_schedules, jobs)
    care_views = providers.Singleton(CareViews, uow=uow, clock=clock)  # the web app's read models
    mhealth = providers.Singleton(build_mhealth, __self__)

    # -- the HTTP layer: only what signs or checks tokens reads MHEALTH_JWT_SECRET
    token_authority = providers.Singleton(build_token_authority, settings)
    security = providers.Singleton(
        build_security, settings, access, consents, audit, retention, token_authority.provider
    )


__all__ = [
    "Container",
    "build_mhealth",
    "close_container",
    "create_container",
    "jwt_secret",
    "read_secret",
    "secret_file",
    "select",
    "warm_up",
]

COMPONENTS = ("analyzer", "speech", "decoder", "uow", "blobs", "analytics", "notifier")


def create_container(settings: Settings, **overrides: Any) -> Container:
    """A container for ``settings``; keyword overrides replace providers with given objects (tests)."""
    from mhealth.adapters.matching import aho_corasick

    # Injected at build time (DESIGN.md): the safety floor's gate finds its words in one compiled pass where
    # ahocorasick-rs is installed; the standard-library index otherwise, with the same result (speed only).
    aho_corasick.install()
    container = Container(settings=providers.Object(settings))
    for name, value in overrides.items():
        provider = getattr(container, name, None)
        if not isinstance(provider, providers.Provider) or name == "settings":
            raise TypeError(f"unknown provider {name!r}")
        provider.override(providers.Object(value))
    container.check_dependencies()
    return container


async def close_container(container: Container, *, timeout_s: float = CLOSE_TIMEOUT_S) -> None:
    """Close every adapter the container built (clients, engines, threads), the database last.

    All of it within ``timeout_s``: a database that stopped answering must not hold a shutting-down process
    past the platform's grace period (what is still closing then is left to the process's exit). Closing
    goes on for the others when one fails.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    database = {id(p) for p in container.uow.providers.values()}
    built = [p for p in container.traverse(types=[providers.Resource]) if p.initialized]
    built.sort(key=lambda p: id(p) in database)  # the unit of work after what may still use it
    seen: set[int] = set()
    for provider in built:
        component = provider()
        if component is not None and id(component) not in seen:
            seen.add(id(component))
            close = getattr(component, "aclose", None)
            if close is not None:
                try:
                    await asyncio.wait_for(close(), timeout=max(0.01, deadline - loop.time()))
                except TimeoutError:
                    log.error("closing %s did not finish in time; left to the process's exit", type(component).__name__)
                except Exception:  # closing must go on for the others
                    log.exception("closing %s failed", type(component).__name__)
        provider.shutdown()
    container.reset_singletons()  # a closed facade and its use cases are not handed out again


async def warm_up(mh: MHealth) -> None:
    """Start background model loading where an adapter supports it (kiwipiepy, Whisper)."""
    for component in mh.components.values():
        start = getattr(component, "warm_up", None)
        if callable(start):
            result = start()
            if hasattr(result, "__await__"):
                await result
