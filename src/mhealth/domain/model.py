"""The domain model: seniors, recordings, transcripts, risk assessments and alerts.

Every type is a frozen, keyword-only ``msgspec.Struct``. msgspec does not validate constructor
arguments, so each type checks its own invariants in ``__post_init__`` and raises
:class:`~mhealth.domain.errors.InvariantViolation`.

Polarity of the scores (documented once, here, and in docs/clinical-rules.md):

* ``depression_score`` 0-100: **higher is worse** (PHQ-9 estimate scaled from 0-27).
* ``anxiety_score`` 0-100: **higher is worse** (GAD-7 estimate scaled from 0-21).
* ``cognitive_score`` 0-100: **higher is better** cognitive function (100 = no concern heard).
* ``confidence`` 0-1: how much the analyzer trusts its own reading; higher is more certain.
* PHQ-9 0-27 and GAD-7 0-21 estimates and every label (depression 0-3, ...): higher is worse.
"""

from __future__ import annotations

import enum
import os
import re
import threading
import time
from datetime import UTC, datetime

import msgspec

from mhealth.domain.errors import InvariantViolation

DISCLAIMER_EN = (
    "This is an automated screening aid, not a diagnosis. A qualified professional must review it; "
    "in a crisis call 109 (Korea suicide-prevention line) or 119."
)
DISCLAIMER_KO = (
    "이 결과는 자동 선별 보조 도구이며 진단이 아닙니다. 반드시 전문가의 확인이 필요합니다. "
    "위기 상황에서는 자살예방상담전화 109 또는 119로 연락하세요."
)


_id_lock = threading.Lock()
_last_id = [0, 0]


def new_id() -> str:
    """A 32-hex-digit id that sorts by creation order (48-bit milliseconds + 80 random bits).

    Within one process ids are strictly increasing even inside one millisecond (the random part is
    incremented, as in ULID's monotonic mode), so "ordered by id" means "ordered by creation".
    """
    with _id_lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_id[0]:
            ms, rand = _last_id[0], _last_id[1] + 1
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 1  # room to increment without overflow
        _last_id[0], _last_id[1] = ms, rand
    return f"{ms:012x}{rand:020x}"


def utcnow() -> datetime:
    return datetime.now(UTC)


def _require(condition: bool, message: str, field: str) -> None:
    if not condition:
        raise InvariantViolation(message, field=field)


def _aware(value: datetime, field: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvariantViolation(f"{field} must be timezone-aware", field=field)


class RiskLevel(enum.StrEnum):
    """Ordered risk levels; compare with :meth:`rank` (never with string order)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RISK_ORDER.index(self)

    @classmethod
    def highest(cls, *levels: RiskLevel) -> RiskLevel:
        return max(levels, key=_RISK_ORDER.index)


# Lowest first. Looked up by position (a C-level search of four items), not by hashing an enum member,
# which runs Python code: these two are called on every assessment.
_RISK_ORDER = (RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.CRITICAL)


class Dimension(enum.StrEnum):
    DEPRESSION = "depression"
    ANXIETY = "anxiety"
    COGNITIVE = "cognitive"
    LONELINESS = "loneliness"
    SUICIDAL_IDEATION = "suicidal_ideation"
    PHYSICAL = "physical"
    SAFEGUARDING = "safeguarding"


# --------------------------------------------------------------------------------------------------
# Seniors
# --------------------------------------------------------------------------------------------------


class Senior(msgspec.Struct, frozen=True, kw_only=True):
    """A person who checks in. ``external_ref`` is the calling app's own id for them (optional)."""

    id: str
    display_name: str
    created_at: datetime
    timezone: str = "Asia/Seoul"
    birth_year: int | None = None
    external_ref: str | None = None
    consent_audio: bool = True

    def __post_init__(self) -> None:
        _require(bool(self.id), "senior id must not be empty", "id")
        _require(bool(self.display_name.strip()), "display_name must not be blank", "display_name")
        _require(len(self.display_name) <= 100, "display_name is at most 100 characters", "display_name")
        _aware(self.created_at, "created_at")
        if self.birth_year is not None:
            _require(1900 <= self.birth_year <= 2100, "birth_year must be between 1900 and 2100", "birth_year")


# --------------------------------------------------------------------------------------------------
# Audio and recordings
# --------------------------------------------------------------------------------------------------


class AudioInfo(msgspec.Struct, frozen=True, kw_only=True):
    """What the decoder found in the bytes (never what the file name claims)."""

    container: str
    codec: str
    sample_rate: int
    channels: int
    duration_s: float
    size_bytes: int
    sha256: str

    def __post_init__(self) -> None:
        _require(self.sample_rate > 0, "sample_rate must be positive", "sample_rate")
        _require(self.channels > 0, "channels must be positive", "channels")
        _require(self.duration_s >= 0, "duration_s must not be negative", "duration_s")
        _require(self.size_bytes >= 0, "size_bytes must not be negative", "size_bytes")
        _require(len(self.sha256) == 64, "sha256 must be 64 hex digits", "sha256")


class Recording(msgspec.Struct, frozen=True, kw_only=True):
    """A stored recording. The audio itself lives in a BlobStore under ``blob_key``."""

    id: str
    senior_id: str
    recorded_at: datetime
    received_at: datetime
    original_filename: str | None
    audio: AudioInfo
    blob_key: str
    # Set when retention or an erasure removed the audio: the metadata stays, the blob is gone.
    blob_deleted_at: datetime | None = None

    def __post_init__(self) -> None:
        _aware(self.recorded_at, "recorded_at")
        _aware(self.received_at, "received_at")
        _require(bool(self.blob_key), "blob_key must not be empty", "blob_key")
        if self.blob_deleted_at is not None:
            _aware(self.blob_deleted_at, "blob_deleted_at")


class Segment(msgspec.Struct, frozen=True, kw_only=True):
    """A stretch of speech with its times in seconds from the start of the recording."""

    start_s: float
    end_s: float
    text: str
    confidence: float | None = None

    def __post_init__(self) -> None:
        _require(self.start_s >= 0, "segment start must not be negative", "start_s")
        _require(self.end_s >= self.start_s, "segment end must not precede its start", "end_s")
        if self.confidence is not None:
            _require(0.0 <= self.confidence <= 1.0, "segment confidence must be within 0-1", "confidence")


class SpeechTiming(msgspec.Struct, frozen=True, kw_only=True):
    """Speech-timing features for cognitive screening (seconds, counts, syllables per second)."""

    speaking_time_s: float
    total_time_s: float
    pause_count: int
    pause_ratio: float
    mean_pause_s: float
    longest_pause_s: float
    speech_rate_sps: float | None = None


class Transcript(msgspec.Struct, frozen=True, kw_only=True):
    text: str
    language: str
    confidence: float
    provider: str
    model: str
    segments: tuple[Segment, ...] = ()
    duration_s: float | None = None
    timing: SpeechTiming | None = None

    def __post_init__(self) -> None:
        _require(0.0 <= self.confidence <= 1.0, "transcript confidence must be within 0-1", "confidence")


# --------------------------------------------------------------------------------------------------
# Assessments
# --------------------------------------------------------------------------------------------------


class Labels(msgspec.Struct, frozen=True, kw_only=True):
    """The screening labels of SCREENING.md: the speaker's current state, from the text only.

    depression 0-3, anxiety 0-3, cognitive_concern 0-2, loneliness 0-2, suicidal_ideation 0-2
    (1 passive, 2 active: thoughts of killing oneself, method, plan, means, preparation).
    Higher is always worse.
    """

    depression: int = 0
    anxiety: int = 0
    cognitive_concern: int = 0
    loneliness: int = 0
    suicidal_ideation: int = 0
    physical_complaint: bool = False

    def __post_init__(self) -> None:
        for name, top in (
            ("depression", 3),
            ("anxiety", 3),
            ("cognitive_concern", 2),
            ("loneliness", 2),
            ("suicidal_ideation", 2),
        ):
            value = getattr(self, name)
            _require(isinstance(value, int) and 0 <= value <= top, f"{name} must be an integer 0-{top}", name)


class Band(msgspec.Struct, frozen=True, kw_only=True):
    """A score estimate on a published instrument, with its severity band."""

    score: int
    band: str
    items: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        _require(self.score >= 0, "score must not be negative", "score")
        for item in self.items:
            _require(0 <= item <= 3, "instrument items are 0-3", "items")


class Evidence(msgspec.Struct, frozen=True, kw_only=True):
    """A true quote from the transcript; ``start``/``end`` are character offsets into it."""

    quote: str
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        _require(bool(self.quote), "evidence quote must not be empty", "quote")
        if self.start is not None and self.end is not None:
            _require(0 <= self.start <= self.end, "evidence offsets must satisfy 0 <= start <= end", "start")


class Concern(msgspec.Struct, frozen=True, kw_only=True):
    """A finding with a stable code (e.g. ``passive_death_wish``), labels and evidence."""

    code: str
    dimension: Dimension
    label_ko: str
    label_en: str
    evidence: tuple[Evidence, ...] = ()
    item: str | None = None  # the instrument item it maps to, e.g. "PHQ-9 #9", "C-SSRS 2"


class SafetyFlags(msgspec.Struct, frozen=True, kw_only=True):
    passive_ideation: bool = False
    active_ideation: bool = False
    safeguarding: bool = False  # elder-abuse content about the speaker

    @property
    def any(self) -> bool:
        return self.passive_ideation or self.active_ideation or self.safeguarding


class Provenance(msgspec.Struct, frozen=True, kw_only=True):
    analyzer: str
    model: str
    prompt_version: str | None = None
    degraded: bool = False
    degraded_reason: str | None = None
    is_fake: bool = False
    safety_floor_version: str | None = None
    safety_floor_raised: bool = False
    latency_ms: float | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    notes: tuple[str, ...] = ()


class RedactionReport(msgspec.Struct, frozen=True, kw_only=True):
    """What kinds of personal data were removed before text left the process (never the values)."""

    kinds: tuple[str, ...] = ()
    count: int = 0


class RiskAssessment(msgspec.Struct, frozen=True, kw_only=True):
    """The screening result of one utterance or check-in.

    The first eight fields are those of the original AI service (same names, same 0-100 scales);
    the rest is what a clinician-minded reader needs. See the module docstring for polarity.
    """

    depression_score: float
    anxiety_score: float
    cognitive_score: float
    emotional_state: str
    key_concerns: tuple[str, ...]
    recommendations: tuple[str, ...]
    confidence: float
    timestamp: datetime
    labels: Labels
    phq9: Band
    gad7: Band
    risk_level: RiskLevel
    concerns: tuple[Concern, ...]
    safety: SafetyFlags
    provenance: Provenance
    id: str = ""
    redaction: RedactionReport = RedactionReport()
    disclaimer: str = DISCLAIMER_EN
    disclaimer_ko: str = DISCLAIMER_KO

    def __post_init__(self) -> None:
        # Checked on every assessment built (twice per request on the hot path): no message is formatted
        # unless a check fails.
        if not (
            0.0 <= self.depression_score <= 100.0
            and 0.0 <= self.anxiety_score <= 100.0
            and 0.0 <= self.cognitive_score <= 100.0
        ):
            for name in ("depression_score", "anxiety_score", "cognitive_score"):
                _require(0.0 <= getattr(self, name) <= 100.0, f"{name} must be within 0-100", name)
        _require(0.0 <= self.confidence <= 1.0, "confidence must be within 0-1", "confidence")
        _require(0 <= self.phq9.score <= 27, "PHQ-9 estimate must be within 0-27", "phq9")
        _require(0 <= self.gad7.score <= 21, "GAD-7 estimate must be within 0-21", "gad7")
        _aware(self.timestamp, "timestamp")


class CheckIn(msgspec.Struct, frozen=True, kw_only=True):
    """One check-in of a senior: what was said (and recorded), and how it was assessed."""

    id: str
    senior_id: str
    created_at: datetime
    source: str  # "audio" | "text"
    transcript: Transcript
    assessment: RiskAssessment
    recording: Recording | None = None
    idempotency_key: str | None = None

    def __post_init__(self) -> None:
        _require(self.source in ("audio", "text"), "source must be 'audio' or 'text'", "source")
        _require(
            self.source != "audio" or self.recording is not None, "an audio check-in needs its recording", "recording"
        )
        _aware(self.created_at, "created_at")


class AlertStatus(enum.StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


class Alert(msgspec.Struct, frozen=True, kw_only=True):
    """Raised by the deterministic safety rules (never by an LLM alone) for a high or critical result."""

    id: str
    senior_id: str
    check_in_id: str
    assessment_id: str
    level: RiskLevel
    reason_code: str
    reason: str
    reason_ko: str
    evidence: tuple[Evidence, ...]
    recommended_action: str
    recommended_action_ko: str
    created_at: datetime
    status: AlertStatus = AlertStatus.OPEN
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    suppressed: bool = False  # inside a cooldown: stored, not notified

    def __post_init__(self) -> None:
        _require(
            self.level.rank >= RiskLevel.HIGH.rank or self.reason_code == "safeguarding",
            "alerts are raised for high or critical results, or for safeguarding",
            "level",
        )
        _aware(self.created_at, "created_at")


class AnalyticsEvent(msgspec.Struct, frozen=True, kw_only=True):
    """A de-identified analytics row: no transcript, no names, a pseudonymous senior id."""

    assessment_id: str
    senior_pseudonym: str
    occurred_at: datetime
    source: str
    risk_level: str
    depression_score: float
    anxiety_score: float
    cognitive_score: float
    phq9: int
    gad7: int
    suicidal_ideation: int
    loneliness: int
    cognitive_concern: int
    concern_codes: tuple[str, ...]
    analyzer: str
    degraded: bool
    audio_duration_s: float | None = None


class PendingDelivery(msgspec.Struct, frozen=True, kw_only=True):
    """Something a sink (analytics, notifier) failed to take; kept for a later retry."""

    id: str
    kind: str  # "analytics" | "notification"
    ref_id: str
    payload: bytes
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime


class DailyPoint(msgspec.Struct, frozen=True, kw_only=True):
    day: str  # ISO date in the senior's time zone
    count: int
    depression: float
    anxiety: float
    cognitive: float
    worst_risk: RiskLevel
    depression_ma7: float
    anxiety_ma7: float
    cognitive_ma7: float


class Trend(msgspec.Struct, frozen=True, kw_only=True):
    """A senior's trend; see :func:`mhealth.domain.trend.compute_trend`."""

    senior_id: str
    timezone: str
    window_days: int
    start: str
    end: str
    points: tuple[DailyPoint, ...]
    baseline_days: int
    baseline_depression: float | None
    baseline_anxiety: float | None
    baseline_cognitive: float | None
    recent_depression: float | None
    recent_anxiety: float | None
    recent_cognitive: float | None
    change_depression: float | None
    change_anxiety: float | None
    change_cognitive: float | None
    worsening: bool
    worsening_reasons: tuple[str, ...]
    worst_risk: RiskLevel | None


# --------------------------------------------------------------------------------------------------
# Accounts, access, consent and audit
# --------------------------------------------------------------------------------------------------


class Role(enum.StrEnum):
    """Who a caller is. ``service`` is a server-to-server client with an API key, never a person."""

    SENIOR = "senior"
    GUARDIAN = "guardian"  # 보호자
    SOCIAL_WORKER = "social_worker"
    ADMIN = "admin"
    SERVICE = "service"


PERSON_ROLES = (Role.SENIOR, Role.GUARDIAN, Role.SOCIAL_WORKER, Role.ADMIN)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,189}$")
_CODE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


def normalise_email(email: str) -> str:
    return email.strip().lower()


class User(msgspec.Struct, frozen=True, kw_only=True):
    """A person who signs in. ``password_hash`` is an argon2id hash (never the password)."""

    id: str
    email: str
    role: Role
    password_hash: str
    created_at: datetime
    disabled: bool = False

    def __post_init__(self) -> None:
        _require(bool(self.id), "user id must not be empty", "id")
        _require(
            bool(_EMAIL.match(self.email)) and self.email == normalise_email(self.email), "email is invalid", "email"
        )
        _require(self.role in PERSON_ROLES, "a user's role is senior, guardian, social_worker or admin", "role")
        _require(bool(self.password_hash), "password_hash must not be empty", "password_hash")
        _aware(self.created_at, "created_at")


class ServiceClient(msgspec.Struct, frozen=True, kw_only=True):
    """A server-to-server caller. Only ``key_hash`` (SHA-256 of a 256-bit random key) is stored.

    ``key_prefix`` (the first characters of the key) lets people tell keys apart; it proves nothing.
    ``all_seniors`` gives the client every senior; otherwise only the seniors linked to it.
    """

    id: str
    name: str
    key_hash: str
    key_prefix: str
    created_at: datetime
    all_seniors: bool = False
    revoked_at: datetime | None = None
    rotated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require(bool(self.id), "client id must not be empty", "id")
        _require(0 < len(self.name.strip()) <= 100, "name must be 1-100 characters", "name")
        _require(len(self.key_hash) == 64, "key_hash must be a SHA-256 hex digest", "key_hash")
        _aware(self.created_at, "created_at")

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class AccessLink(msgspec.Struct, frozen=True, kw_only=True):
    """A guardian, social worker, senior account or service client that may act for a senior."""

    principal_id: str
    senior_id: str
    created_at: datetime
    created_by: str

    def __post_init__(self) -> None:
        _require(bool(self.principal_id) and bool(self.senior_id), "a link needs both ids", "principal_id")
        _aware(self.created_at, "created_at")


class RefreshToken(msgspec.Struct, frozen=True, kw_only=True):
    """One refresh token of a login session (a *family*: every rotation stays in the same family).

    Only ``token_hash`` is stored. A token is used once; presenting a used one again means it was stolen,
    so the whole family is revoked.
    """

    id: str
    token_hash: str
    family_id: str
    user_id: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    revoked_at: datetime | None = None

    def __post_init__(self) -> None:
        _require(len(self.token_hash) == 64, "token_hash must be a SHA-256 hex digest", "token_hash")
        _aware(self.created_at, "created_at")
        _aware(self.expires_at, "expires_at")
        _require(self.expires_at > self.created_at, "a refresh token must expire after it was made", "expires_at")


class ConsentScope(enum.StrEnum):
    AUDIO_PROCESSING = "audio_processing"
    ANALYTICS = "analytics"


class ConsentRecord(msgspec.Struct, frozen=True, kw_only=True):
    """One recorded grant or withdrawal of consent. The latest record of a scope is the senior's answer."""

    id: str
    senior_id: str
    scope: ConsentScope
    granted: bool
    recorded_by: str
    recorded_at: datetime

    def __post_init__(self) -> None:
        _require(bool(self.senior_id), "senior_id must not be empty", "senior_id")
        _require(0 < len(self.recorded_by) <= 200, "recorded_by must be 1-200 characters", "recorded_by")
        _aware(self.recorded_at, "recorded_at")


class AuditOutcome(enum.StrEnum):
    ALLOWED = "allowed"
    DENIED = "denied"
    FAILED = "failed"


class AuditEntry(msgspec.Struct, frozen=True, kw_only=True):
    """Who did what to which resource, when, from where, and how it ended. Append-only.

    Only ids and codes: never a transcript, a quote, a name or an e-mail address. ``action`` and
    ``resource_type`` are codes (``senior.read``, ``check_in``), checked here so free text cannot slip in.
    """

    id: str
    at: datetime
    actor: str
    actor_role: str
    action: str
    resource_type: str
    resource_id: str | None
    senior_id: str | None
    outcome: AuditOutcome
    client_ip: str | None = None
    request_id: str | None = None

    def __post_init__(self) -> None:
        _aware(self.at, "at")
        _require(0 < len(self.actor) <= 64, "actor must be 1-64 characters", "actor")
        _require(bool(_CODE.match(self.action)), "action must be a code such as senior.read", "action")
        _require(bool(_CODE.match(self.resource_type)), "resource_type must be a code", "resource_type")
        _require(bool(_CODE.match(self.actor_role)), "actor_role must be a code", "actor_role")
        for name in ("resource_id", "senior_id", "client_ip", "request_id"):
            value = getattr(self, name)
            _require(value is None or len(value) <= 64, f"{name} is at most 64 characters", name)


class LoginFailures(msgspec.Struct, frozen=True, kw_only=True):
    """Failed sign-ins counted for one key (an account or a client address)."""

    key: str
    failures: int
    first_failure_at: datetime
    locked_until: datetime | None = None

    def __post_init__(self) -> None:
        _require(0 < len(self.key) <= 255, "key must be 1-255 characters", "key")
        _require(self.failures >= 0, "failures must not be negative", "failures")
        _aware(self.first_failure_at, "first_failure_at")
