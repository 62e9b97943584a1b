"""Delivery: alerts raised by the safety rules and the outbox that carries analytics and notifications."""

from __future__ import annotations

import enum
from datetime import datetime

import msgspec

from mhealth.domain.model.care import Channel
from mhealth.domain.model.common import RiskLevel, require, require_aware
from mhealth.domain.model.screening import Evidence


class AlertStatus(enum.StrEnum):
    """open -> acknowledged (someone took it on; the climb stops) -> resolved (closed; hidden from inboxes)."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class AckOutcome(enum.StrEnum):
    """What the person who acknowledged an alert did."""

    REACHED = "reached"  # spoke with the senior
    VISITED = "visited"
    EMERGENCY_SERVICES = "emergency_services"
    FALSE_ALARM = "false_alarm"


MISSED_CHECK_INS = "missed_check_ins"  # the reason code of an alert raised by missed scheduled check-ins
#: the reason code of an alert for partial crisis evidence a person must review (at any level since d27)
CRISIS_REVIEW = "crisis_review"


class Alert(msgspec.Struct, frozen=True, kw_only=True):
    """Raised by the deterministic safety rules (never by an LLM alone) for a high or critical result."""

    id: str
    senior_id: str
    check_in_id: str | None  # None for an alert not raised by a check-in (missed check-ins)
    assessment_id: str | None
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
    needs_review: bool = False  # the analyzer could not judge (language, partial evidence): a person must
    ack_outcome: AckOutcome | None = None
    ack_note: str = ""
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    resolve_note: str = ""
    # The escalation ladder: members [0, escalation_step) have been told; the next one is due at
    # next_escalation_at (None: nobody left, or the alert was acknowledged / resolved / suppressed).
    escalation_step: int = 0
    next_escalation_at: datetime | None = None

    def __post_init__(self) -> None:
        require(
            self.level.rank >= RiskLevel.HIGH.rank
            or self.reason_code in ("safeguarding", CRISIS_REVIEW, MISSED_CHECK_INS),
            "alerts are raised for high or critical results, for safeguarding, for partial crisis evidence to review "
            "or for missed check-ins",
            "level",
        )
        require_aware(self.created_at, "created_at")
        require(len(self.ack_note) <= 2000, "note is at most 2000 characters", "note")
        require(len(self.resolve_note) <= 2000, "note is at most 2000 characters", "note")


class AlertEvent(enum.StrEnum):
    """What a notification announces (the webhook body's ``event``)."""

    CREATED = "alert.created"
    ESCALATED = "alert.escalated"
    ACKNOWLEDGED = "alert.acknowledged"
    RESOLVED = "alert.resolved"
    JOB_DONE = "job.done"
    JOB_FAILED = "job.failed"


class Notification(msgspec.Struct, frozen=True, kw_only=True):
    """One message to one destination (a channel of a member, or an organisation-wide channel).

    Holds no transcript and no evidence quote: the senior's display name, the level, the reason and a link
    are all a message may carry (docs/alerts.md). ``delivery_id`` is the receiver's idempotency key.
    """

    delivery_id: str
    event: AlertEvent
    channel: Channel
    senior_id: str
    at: datetime
    alert_id: str | None = None
    job_id: str | None = None
    senior_name: str = ""
    level: RiskLevel | None = None
    reason_code: str = ""
    reason: str = ""
    reason_ko: str = ""
    link: str | None = None
    language: str = "ko"
    recipient_name: str = ""
    member_position: int | None = None  # the care-team position told; None for organisation-wide channels


class DeliveryOutcome(enum.StrEnum):
    DELIVERED = "delivered"
    RETRYING = "retrying"  # failed; another attempt is scheduled
    FAILED = "failed"  # failed for good (rejected by the provider, bad address, attempts exhausted)


class DeliveryAttempt(msgspec.Struct, frozen=True, kw_only=True):
    """One try at delivering a notification, shown on its alert. ``recipient`` is masked (no full address)."""

    id: str
    delivery_id: str
    alert_id: str | None
    senior_id: str
    event: AlertEvent
    channel: str
    recipient: str
    attempt: int
    outcome: DeliveryOutcome
    at: datetime
    latency_ms: int
    member_position: int | None = None
    error: str = ""


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
    # what the check-in cost (see Provenance); defaults keep events queued before these fields decodable
    speech_billed_s: float | None = None
    llm_input_tokens: int | None = None
    llm_output_tokens: int | None = None
    estimated_cost: float | None = None
    cost_currency: str | None = None


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
