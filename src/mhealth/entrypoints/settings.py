"""Configuration: one msgspec Struct from ``MHEALTH_*`` environment variables and an optional TOML file.

Precedence: environment > TOML file named by ``MHEALTH_CONFIG`` (or ``--config``) > embedded defaults.
In the TOML file keys are the variable names without the prefix, in lower case
(``speech = "memory"``). Every value is validated at start; a bad one stops start-up with a message
naming the key, the value and the accepted ones.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import msgspec

from mhealth.domain.errors import ConfigurationError, MHealthError
from mhealth.domain.model import PriceTable

PREFIX = "MHEALTH_"
DEFAULT_HOST = "127.0.0.1"  # loopback unless told otherwise (MHEALTH_HOST, --host, or the platform's PORT)

SPEECH = ("none", "memory", "whisper", "google")
ANALYZERS = ("memory", "local", "gemini", "openai")
ANALYTICS = ("none", "memory", "database", "bigquery")
AUTH = ("required", "off")


class Settings(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Every setting of mhealth. See docs/configuration.md for each key."""

    data_dir: str = "./.mhealth"
    speech: str = "whisper"
    whisper_model: str = "small"
    analyzer: str = "local"
    database_url: str | None = None  # default: sqlite under data_dir
    blobs: str | None = None  # default: file:// under data_dir
    analytics: str = "database"
    max_upload_mb: float = 10.0
    auth: str = "required"
    jwt_secret: str | None = None
    jwt_audience: str = "mhealth"
    access_token_minutes: int = 15
    refresh_token_days: int = 14
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    rate_limit_per_minute: int = 600  # per client (token subject, API key or address); 0 turns it off
    login_rate_limit_per_minute: int = 10  # per address on /v1/auth/*
    trust_forwarded_for: bool = False  # behind a proxy you run (Cloud Run): client address from X-Forwarded-For
    max_json_kb: int = 256

    # database and load (docs/configuration.md: "Load and faults")
    db_pool_size: int = 8  # connections = worker threads = transactions at once (SQLite: 1)
    db_timeout_s: float = 3.0  # connect / read / write / lock wait of the driver; SQLite's busy timeout
    db_pool_timeout_s: float = 2.0  # the longest wait for a connection before 503 overloaded
    max_in_flight: int = 128  # requests at once per process; more are refused at once (503 overloaded)

    # retention
    retention_audio_days: int = 7
    retention_check_in_days: int = 0  # 0: transcripts and assessments are kept
    timezone: str = "Asia/Seoul"
    log_level: str = "INFO"
    access_log: bool = True

    # screening and alerts
    alert_cooldown_minutes: int = 360
    duplicate_audio_window_s: int = 600
    trend_window_days: int = 90
    trend_baseline_days: int = 30
    trend_threshold: float = 10.0
    pseudonym_key: str | None = None

    # care (issue 13, team): consecutive missed scheduled check-ins that raise a missed_check_ins alert
    missed_alert_after: int = 2

    # audio
    sample_rate: int = 16000
    min_speech_s: float = 0.5
    vad_threshold_db: float = -40.0
    max_piece_s: float = 55.0

    # cost: send speech only (pauses shortened), and the price table for the estimate in each provenance
    speech_trim: bool = True
    speech_max_pause_s: float = 0.3
    prices: str | None = None  # JSON, or the path of a JSON file (docs/configuration.md)

    # Google
    google_project: str | None = None
    google_location: str = "asia-northeast3"
    speech_location: str = "global"
    speech_model: str = "long"
    gemini_model: str = "gemini-2.5-flash"
    speech_endpoint: str | None = None
    gemini_base_url: str | None = None
    bigquery_endpoint: str | None = None
    bigquery_dataset: str = "mhealth"
    speech_concurrency: int = 8

    # OpenAI-compatible server (MHEALTH_ANALYZER=openai): OpenAI, Azure OpenAI, Ollama, vLLM
    openai_base_url: str | None = None
    openai_model: str | None = None
    openai_api_key: str | None = None  # a value or file:/path

    # notifiers (docs/alerts.md): who is told, over what; secrets take a value or file:/path
    notifiers: tuple[str, ...] = ("log",)  # MHEALTH_NOTIFIERS=log,webhook,email,sms,push
    webhook_url: str | None = None  # the organisation-wide webhook (trusted); members may add their own
    webhook_secret: str | None = None  # HMAC key of X-MHealth-Signature
    webhook_allow_private: bool = False  # members' webhook URLs may reach loopback/private addresses (tests)
    public_url: str | None = None  # base of links in messages: <public_url>/app/alerts/<id>
    notify_timeout_s: float = 10.0  # the longest one delivery attempt may take
    smtp_url: str | None = None  # smtp://user:pass@host:587 (STARTTLS required) | ?starttls=off | smtps://
    smtp_from: str | None = None  # default: the SMTP user if it is an address, else mhealth@<public or SMTP host>
    sms_api_key: str | None = None  # Solapi
    sms_api_secret: str | None = None
    sms_sender: str | None = None  # the sender number registered with Solapi
    sms_base_url: str = "https://api.solapi.com"
    kakao_pfid: str | None = None  # KakaoTalk channel (pfId) and approved Alimtalk template
    kakao_template_id: str | None = None
    kakao_sms_fallback: bool = True
    fcm_project: str | None = None
    fcm_base_url: str = "https://fcm.googleapis.com"
    fcm_credentials: str | None = None  # a service-account JSON file; default: Application Default Credentials

    # HTTP
    host: str = DEFAULT_HOST
    port: int = 8000
    cors_origins: str = ""
    # SIGTERM to exit, in seconds (Cloud Run kills at 10): requests still running near the end answer 503
    shutdown_grace_s: float = 8.0

    # observability (docs/operations.md: "Logs, metrics, traces") and shared limits (docs/configuration.md)
    log_format: str = ""  # text or json (Cloud Logging's shape); empty: json on Cloud Run (K_SERVICE set), else text
    metrics: bool = True  # Prometheus /metrics and the counters behind it
    metrics_token: str | None = None  # a scraper's bearer token for /metrics (a value or file:/path)
    otel: str = "off"  # on: OpenTelemetry traces over OTLP (also on when OTEL_EXPORTER_OTLP_ENDPOINT is set)
    redis_url: str | None = None  # redis://...: rate limits, sign-in lockout and token reuse shared by processes
    redis_timeout_s: float = 0.25
    redis_prefix: str = "mhealth"  # key prefix: several deployments (or tests) can share one Redis

    # benchmarks: only then do the memory fakes honour STT_LATENCY_MS / LLM_LATENCY_MS
    benchmark: bool = False

    # alert delivery and the worker (docs/alerts.md)
    escalation_critical: str = "0s,10m,30m"  # the delay before each next care-team member, from the previous step
    escalation_high: str = "0s,24h"
    worker_poll_s: float = 1.0  # how often a worker (mhealth worker, the embedded one) looks for work
    embedded_worker: bool = True  # the API process runs the worker loop too (set false on Cloud Run)

    # long recordings as jobs (docs/jobs.md): audio longer than this is answered 202 with a job (0: never
    # automatically; `Prefer: respond-async` always asks for a job)
    async_above_s: float = 120.0
    job_lease_s: float = 60.0  # a killed worker's job is taken over after at most this long
    job_max_attempts: int = 10  # runs of a job (passing failures retried; ~40 min of provider outage ridden out)
    job_poll_s: float = 0.5  # how often an idle worker looks for a due job (a new job waits up to this long)

    # ------------------------------------------------------------------ derived values

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir).expanduser()

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_path / 'mhealth.sqlite3').resolve()}"

    @property
    def effective_blobs(self) -> str:
        return self.blobs or f"file://{(self.data_path / 'blobs').resolve()}"

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def effective_log_format(self) -> str:
        """``json`` or ``text``: MHEALTH_LOG_FORMAT, else json on Cloud Run (K_SERVICE set), else text."""
        if self.log_format:
            return self.log_format
        return "json" if os.environ.get("K_SERVICE") else "text"

    @property
    def otel_enabled(self) -> bool:
        """Traces are exported when MHEALTH_OTEL=on or the standard OTEL_EXPORTER_OTLP_ENDPOINT is set, unless
        the standard OTEL_SDK_DISABLED=true says otherwise."""
        if os.environ.get("OTEL_SDK_DISABLED", "").lower() == "true":
            return False
        return self.otel == "on" or bool(os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT"))

    def describe(self) -> dict[str, Any]:
        """The settings with every secret masked (safe to log or show on /health)."""
        out = msgspec.structs.asdict(self)
        for key in (
            "jwt_secret",
            "pseudonym_key",
            "openai_api_key",
            "webhook_secret",
            "sms_api_secret",
            "metrics_token",
        ):
            if out.get(key):
                out[key] = "***"
        if self.smtp_url:
            smtp_password = urlparse(self.smtp_url).password
            if smtp_password:
                out["smtp_url"] = self.smtp_url.replace(smtp_password, "***")
        if self.database_url:
            parsed = urlparse(self.database_url)
            if parsed.password:
                out["database_url"] = self.database_url.replace(parsed.password, "***")
        if self.redis_url and (password := urlparse(self.redis_url).password):
            out["redis_url"] = self.redis_url.replace(password, "***")
        return out


LOG_FORMATS = ("", "text", "json")
OTEL = ("off", "on")
_ENUMS: dict[str, tuple[str, ...]] = {
    "speech": SPEECH,
    "analyzer": ANALYZERS,
    "analytics": ANALYTICS,
    "auth": AUTH,
    "log_format": LOG_FORMATS,
    "otel": OTEL,
}
_FIELDS = {f.name: f for f in msgspec.structs.fields(Settings)}


def _env_name(key: str) -> str:
    return PREFIX + key.upper()


def load_settings(
    environ: Mapping[str, str] | None = None,
    *,
    config_file: str | os.PathLike[str] | None = None,
    **overrides: Any,
) -> Settings:
    """Read the settings from ``environ`` (default ``os.environ``), the TOML file and ``overrides``.

    Raises:
        ConfigurationError: naming the key, the value and what is accepted.
    """
    env = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    path = config_file or env.get("MHEALTH_CONFIG")
    if path:
        raw.update(_read_toml(Path(path)))
    for name in _FIELDS:
        value = env.get(_env_name(name))
        if value is not None and value != "":
            raw[name] = value
    raw.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(raw) - set(_FIELDS))
    if unknown:
        raise ConfigurationError(f"unknown setting(s) {', '.join(unknown)}; see docs/configuration.md for the keys")
    for key, listed in list(raw.items()):
        if _FIELDS[key].type == tuple[str, ...] and isinstance(listed, str):  # a comma list: log,webhook
            raw[key] = tuple(part.strip() for part in listed.split(",") if part.strip())
    for key, value in raw.items():
        try:
            raw[key] = msgspec.convert(value, _FIELDS[key].type, strict=False)
        except msgspec.ValidationError:
            raise ConfigurationError(
                f"{_env_name(key)}={value!r} is not a valid {_type_name(_FIELDS[key].type)}",
                field=_env_name(key),
            ) from None
    settings = Settings(**raw)
    validate(settings)
    return settings


def _type_name(tp: Any) -> str:
    return {int: "whole number", float: "number", bool: "boolean (true/false)", str: "text"}.get(tp, "value")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(f"MHEALTH_CONFIG={str(path)!r}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"MHEALTH_CONFIG={str(path)!r} is not valid TOML: {exc}") from None
    section = data.get("mhealth", data)
    if not isinstance(section, dict):
        raise ConfigurationError(f"MHEALTH_CONFIG={str(path)!r}: [mhealth] must be a table")
    return {str(k).lower().removeprefix("mhealth_"): v for k, v in section.items()}


def validate(s: Settings) -> None:
    """Check every value; raise ConfigurationError naming key, value and the fix."""
    for key, accepted in _ENUMS.items():
        value = getattr(s, key)
        if value not in accepted:
            raise ConfigurationError(
                f"{_env_name(key)}={value!r} is not one of: {', '.join(accepted)}", field=_env_name(key)
            )
    _check_url("database_url", s.effective_database_url, ("memory", "sqlite", "mysql+pymysql"))
    _check_url("blobs", s.effective_blobs, ("memory", "file", "gs"))
    if s.max_upload_mb <= 0 or s.max_upload_mb > 1024:
        raise ConfigurationError(
            f"MHEALTH_MAX_UPLOAD_MB={s.max_upload_mb!r} must be a number of megabytes between 0 and 1024",
            field="MHEALTH_MAX_UPLOAD_MB",
        )
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(s.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            f"MHEALTH_TIMEZONE={s.timezone!r} is not an IANA time zone (for example Asia/Seoul)",
            field="MHEALTH_TIMEZONE",
        ) from None
    needs_google = (
        s.speech == "google"
        or s.analyzer == "gemini"
        or s.analytics == "bigquery"
        or (s.effective_blobs.startswith("gs://"))
    )
    if needs_google and not s.google_project:
        raise ConfigurationError(
            "a Google adapter is selected but MHEALTH_GOOGLE_PROJECT is not set; set it to your project id",
            field="MHEALTH_GOOGLE_PROJECT",
        )
    _validate_delivery(s)
    # MHEALTH_JWT_SECRET is not checked here: only what signs or checks tokens needs it, and that asks for it
    # when it is built (mhealth.entrypoints.secrets.jwt_secret), so the library and `mhealth db` run without.
    if s.analyzer == "openai":
        for key in ("openai_base_url", "openai_model"):
            if not getattr(s, key):
                raise ConfigurationError(
                    f"MHEALTH_ANALYZER=openai needs {_env_name(key)} (docs/providers/openai.md)", field=_env_name(key)
                )
    if s.redis_url and urlparse(s.redis_url).scheme not in ("redis", "rediss", "unix"):
        raise ConfigurationError(
            f"MHEALTH_REDIS_URL={s.redis_url!r} must be a redis://, rediss:// or unix:// URL", field="MHEALTH_REDIS_URL"
        )
    for key in ("speech_endpoint", "gemini_base_url", "bigquery_endpoint", "openai_base_url"):
        value = getattr(s, key)
        if value and urlparse(value).scheme not in ("http", "https"):
            raise ConfigurationError(
                f"{_env_name(key)}={value!r} must be an http:// (local stub) or https:// URL", field=_env_name(key)
            )
    validate_notifiers(s)
    for key, low, high in (
        ("alert_cooldown_minutes", 0, 7 * 24 * 60),
        ("trend_window_days", 1, 3660),
        ("trend_baseline_days", 1, 3660),
        ("port", 1, 65535),
        ("sample_rate", 8000, 48000),
        ("speech_concurrency", 1, 256),
        ("access_token_minutes", 1, 24 * 60),
        ("refresh_token_days", 1, 365),
        ("login_max_failures", 1, 1000),
        ("login_lockout_minutes", 1, 24 * 60),
        ("rate_limit_per_minute", 0, 1_000_000),
        ("login_rate_limit_per_minute", 0, 100_000),
        ("max_json_kb", 1, 64 * 1024),
        ("retention_audio_days", 0, 36500),
        ("retention_check_in_days", 0, 36500),
        ("shutdown_grace_s", 3, 3600),
        ("db_pool_size", 1, 256),
        ("db_timeout_s", 0.5, 600),
        ("db_pool_timeout_s", 0.1, 60),
        ("max_in_flight", 1, 100_000),
        ("speech_max_pause_s", 0.0, 5.0),
        ("redis_timeout_s", 0.01, 10),
        ("missed_alert_after", 1, 100),
        ("async_above_s", 0, 86_400),
        ("job_lease_s", 3, 3600),
        ("job_max_attempts", 1, 100),
        ("job_poll_s", 0.05, 60),
    ):
        value = getattr(s, key)
        if not low <= value <= high:
            raise ConfigurationError(
                f"{_env_name(key)}={value!r} must be between {low} and {high}", field=_env_name(key)
            )

    if s.prices:
        load_prices(s.prices)  # a bad table stops start-up, not the first check-in


def load_prices(value: str | None) -> PriceTable | None:
    """``MHEALTH_PRICES``: a JSON price table, or the path of a file holding one (None: no estimates)."""
    if not value or not value.strip():
        return None
    text = value
    if not value.lstrip().startswith("{"):
        try:
            text = Path(value).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(
                f"MHEALTH_PRICES={value!r} is neither JSON nor a readable file ({type(exc).__name__})",
                field="MHEALTH_PRICES",
            ) from None
    try:
        return msgspec.json.decode(text.encode(), type=PriceTable)
    except (msgspec.ValidationError, msgspec.DecodeError, MHealthError) as exc:
        raise ConfigurationError(
            f"MHEALTH_PRICES is not a valid price table ({exc}); see docs/configuration.md for its shape",
            field="MHEALTH_PRICES",
        ) from None


NOTIFIERS = ("log", "webhook", "email", "sms", "push", "memory")  # memory: an in-process fake (tests, demos)


def validate_notifiers(s: Settings) -> None:
    """MHEALTH_NOTIFIERS and what each selected notifier needs; ConfigurationError naming the key and the fix."""
    if not s.notifiers:
        raise ConfigurationError(
            "MHEALTH_NOTIFIERS is empty; name at least one of: " + ", ".join(NOTIFIERS), field="MHEALTH_NOTIFIERS"
        )
    for name in s.notifiers:
        if name not in NOTIFIERS:
            raise ConfigurationError(
                f"MHEALTH_NOTIFIERS names {name!r}, which is not one of: {', '.join(NOTIFIERS)}",
                field="MHEALTH_NOTIFIERS",
            )
    needs = {
        "webhook": ("webhook_secret",),
        "email": ("smtp_url",),
        "sms": ("sms_api_key", "sms_api_secret", "sms_sender"),
        "push": ("fcm_project",),
    }
    for name in s.notifiers:
        for key in needs.get(name, ()):
            if not getattr(s, key):
                raise ConfigurationError(
                    f"MHEALTH_NOTIFIERS includes {name} but {_env_name(key)} is not set; set it "
                    "(docs/alerts.md) or remove {name} from MHEALTH_NOTIFIERS".replace("{name}", name),
                    field=_env_name(key),
                )
    if s.webhook_url and "webhook" not in s.notifiers:
        raise ConfigurationError(
            "MHEALTH_WEBHOOK_URL is set but webhook is not in MHEALTH_NOTIFIERS; add it (and MHEALTH_WEBHOOK_SECRET)",
            field="MHEALTH_NOTIFIERS",
        )
    if bool(s.kakao_pfid) != bool(s.kakao_template_id):
        raise ConfigurationError(
            "MHEALTH_KAKAO_PFID and MHEALTH_KAKAO_TEMPLATE_ID go together; set both or neither",
            field="MHEALTH_KAKAO_TEMPLATE_ID",
        )
    for key in ("webhook_url", "public_url", "sms_base_url", "fcm_base_url"):
        value = getattr(s, key)
        parsed = urlparse(value) if value else None
        if parsed is not None and (parsed.scheme not in ("http", "https") or not parsed.hostname):
            raise ConfigurationError(f"{_env_name(key)}={value!r} must be an http(s):// URL", field=_env_name(key))
    if s.smtp_url and not s.smtp_url.startswith("file:") and urlparse(s.smtp_url).scheme not in ("smtp", "smtps"):
        raise ConfigurationError(
            "MHEALTH_SMTP_URL must look like smtp://user:pass@host:587 (STARTTLS), smtps://user:pass@host:465 "
            "or smtp://host:25?starttls=off (tests only)",
            field="MHEALTH_SMTP_URL",
        )
    if not 0.5 <= s.notify_timeout_s <= 120:
        raise ConfigurationError(
            f"MHEALTH_NOTIFY_TIMEOUT_S={s.notify_timeout_s!r} must be between 0.5 and 120 seconds",
            field="MHEALTH_NOTIFY_TIMEOUT_S",
        )


def _check_url(key: str, url: str, schemes: tuple[str, ...]) -> None:
    scheme = url.split(":", 1)[0] if ":" in url else ""
    if scheme not in schemes:
        raise ConfigurationError(
            f"{_env_name(key)}={url!r} must start with one of: {', '.join(s + '://' for s in schemes)}",
            field=_env_name(key),
        )


def _validate_delivery(s: Settings) -> None:
    from mhealth.domain.errors import InvalidInput
    from mhealth.domain.rules.routing import parse_ladder

    for key in ("escalation_critical", "escalation_high"):
        try:
            parse_ladder(getattr(s, key), _env_name(key))
        except InvalidInput as exc:
            raise ConfigurationError(
                f"{_env_name(key)}={getattr(s, key)!r}: {exc.detail}", field=_env_name(key)
            ) from None
    if not 0.05 <= s.worker_poll_s <= 3600:
        raise ConfigurationError(
            f"MHEALTH_WORKER_POLL_S={s.worker_poll_s!r} must be between 0.05 and 3600 seconds",
            field="MHEALTH_WORKER_POLL_S",
        )
