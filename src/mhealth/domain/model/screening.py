"""Screening: seniors, recordings, transcripts, risk assessments, check-ins and trends.

Every type is a frozen, keyword-only ``msgspec.Struct``. msgspec does not validate constructor
arguments, so each type checks its own invariants in ``__post_init__`` and raises
:class:`~mhealth.domain.errors.InvariantViolation`.

Polarity of the scores (documented once, here, and in docs/clinical-rules.md):

* ``depression_score`` 0-100: **higher is worse** (PHQ-9 estimate scaled from 0-27).
* ``anxiety_score`` 0-100: **higher is worse** (GAD-7 estimate scaled from 0-21).
* ``cognitive_score`` 0-100: **higher is better** cognitive function (100 = no concern heard).
* ``confidence`` 0-1: how much the analyzer trusts its own reading; higher is more certain.
* PHQ-9 0-27 and GAD-7 0-21 estimates and every label (depression 0-3, ...): higher is worse."""

from __future__ import annotations

from datetime import datetime

import msgspec

from mhealth.domain.model.common import DISCLAIMER_EN, DISCLAIMER_KO, Dimension, RiskLevel, require, require_aware

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
        require(bool(self.id), "senior id must not be empty", "id")
        require(bool(self.display_name.strip()), "display_name must not be blank", "display_name")
        require(len(self.display_name) <= 100, "display_name is at most 100 characters", "display_name")
        require_aware(self.created_at, "created_at")
        if self.birth_year is not None:
            require(1900 <= self.birth_year <= 2100, "birth_year must be between 1900 and 2100", "birth_year")


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
        require(self.sample_rate > 0, "sample_rate must be positive", "sample_rate")
        require(self.channels > 0, "channels must be positive", "channels")
        require(self.duration_s >= 0, "duration_s must not be negative", "duration_s")
        require(self.size_bytes >= 0, "size_bytes must not be negative", "size_bytes")
        require(len(self.sha256) == 64, "sha256 must be 64 hex digits", "sha256")


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
        require_aware(self.recorded_at, "recorded_at")
        require_aware(self.received_at, "received_at")
        require(bool(self.blob_key), "blob_key must not be empty", "blob_key")
        if self.blob_deleted_at is not None:
            require_aware(self.blob_deleted_at, "blob_deleted_at")


class Word(msgspec.Struct, frozen=True, kw_only=True):
    """One recognised word with its times in seconds from the start of the recording."""

    start_s: float
    end_s: float
    text: str

    def __post_init__(self) -> None:
        require(self.start_s >= 0, "word start must not be negative", "start_s")
        require(self.end_s >= self.start_s, "word end must not precede its start", "end_s")


class Segment(msgspec.Struct, frozen=True, kw_only=True):
    """A stretch of speech with its times in seconds from the start of the recording.

    ``words``: the recogniser's timed words, in order, when it gave them (empty otherwise, and in segments
    stored before words were kept).
    """

    start_s: float
    end_s: float
    text: str
    confidence: float | None = None
    words: tuple[Word, ...] = ()

    def __post_init__(self) -> None:
        require(self.start_s >= 0, "segment start must not be negative", "start_s")
        require(self.end_s >= self.start_s, "segment end must not precede its start", "end_s")
        if self.confidence is not None:
            require(0.0 <= self.confidence <= 1.0, "segment confidence must be within 0-1", "confidence")


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
    """What was said. Segment times are on the recording's own timeline, whatever audio the service got.

    ``billed_audio_s``: the audio seconds the speech service received (pauses trimmed, piece overlaps
    counted twice); None when unknown (text check-ins, transcripts stored before it was recorded).
    """

    text: str
    language: str
    confidence: float
    provider: str
    model: str
    segments: tuple[Segment, ...] = ()
    duration_s: float | None = None
    timing: SpeechTiming | None = None
    billed_audio_s: float | None = None

    def __post_init__(self) -> None:
        require(0.0 <= self.confidence <= 1.0, "transcript confidence must be within 0-1", "confidence")
        if self.billed_audio_s is not None:
            require(self.billed_audio_s >= 0, "billed_audio_s must not be negative", "billed_audio_s")


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
            require(isinstance(value, int) and 0 <= value <= top, f"{name} must be an integer 0-{top}", name)


class Band(msgspec.Struct, frozen=True, kw_only=True):
    """A score estimate on a published instrument, with its severity band."""

    score: int
    band: str
    items: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        require(self.score >= 0, "score must not be negative", "score")
        for item in self.items:
            require(0 <= item <= 3, "instrument items are 0-3", "items")


class Evidence(msgspec.Struct, frozen=True, kw_only=True):
    """A true quote from the transcript; ``start``/``end`` are character offsets into it."""

    quote: str
    start: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        require(bool(self.quote), "evidence quote must not be empty", "quote")
        if self.start is not None and self.end is not None:
            require(0 <= self.start <= self.end, "evidence offsets must satisfy 0 <= start <= end", "start")


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
    # Crisis-pattern codes the analyzer read in a whole long transcript and found uncorroborated (the local analyzer:
    # its statistical reading of the text below the level at which it would send it to a person). The safety floor
    # sends such hits to a person (at least high, needs_review) instead of paging them as a crisis; never abuse.
    declined: tuple[str, ...] = ()

    @property
    def any(self) -> bool:
        return self.passive_ideation or self.active_ideation or self.safeguarding


class Provenance(msgspec.Struct, frozen=True, kw_only=True):
    """Who produced an assessment, and what it cost.

    ``input_tokens``/``output_tokens``: the language model's usage (None for a local analyzer).
    ``speech_billed_s``: audio seconds the speech service received for this check-in (None for text).
    ``estimated_cost``: in ``cost_currency``, from the configured price table (``MHEALTH_PRICES``); None
    without a table or when a billed part has no price in it. Every field has a default: stored
    assessments from before these fields decode unchanged.
    """

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
    speech_provider: str | None = None
    speech_billed_s: float | None = None
    estimated_cost: float | None = None
    cost_currency: str | None = None


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
    # The analyzer's evidence is partial (or it could not read the text): a person must look. Never lowers a
    # level: an analyzer unsure whether there is a crisis says at least high and sets this (SCREENING.md).
    needs_review: bool = False

    def __post_init__(self) -> None:
        # Checked on every assessment built (twice per request on the hot path): no message is formatted
        # unless a check fails.
        if not (
            0.0 <= self.depression_score <= 100.0
            and 0.0 <= self.anxiety_score <= 100.0
            and 0.0 <= self.cognitive_score <= 100.0
        ):
            for name in ("depression_score", "anxiety_score", "cognitive_score"):
                require(0.0 <= getattr(self, name) <= 100.0, f"{name} must be within 0-100", name)
        require(0.0 <= self.confidence <= 1.0, "confidence must be within 0-1", "confidence")
        require(0 <= self.phq9.score <= 27, "PHQ-9 estimate must be within 0-27", "phq9")
        require(0 <= self.gad7.score <= 21, "GAD-7 estimate must be within 0-21", "gad7")
        require_aware(self.timestamp, "timestamp")


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
        require(self.source in ("audio", "text"), "source must be 'audio' or 'text'", "source")
        require(
            self.source != "audio" or self.recording is not None, "an audio check-in needs its recording", "recording"
        )
        require_aware(self.created_at, "created_at")


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


class MissedDay(msgspec.Struct, frozen=True, kw_only=True):
    """How many scheduled check-ins a senior missed on one day (their time zone)."""

    day: str  # ISO date in the senior's time zone
    count: int


class Trend(msgspec.Struct, frozen=True, kw_only=True):
    """A senior's trend; see :func:`mhealth.domain.rules.trend.compute_trend`."""

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
    # Missed scheduled check-ins in the window (the latest 500 at most): per day, and each slot's instant.
    missed_days: tuple[MissedDay, ...] = ()
    missed_check_ins: tuple[datetime, ...] = ()
    missed_total: int = 0
