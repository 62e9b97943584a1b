"""Delivery: alerts raised by the safety rules and the outbox that carries analytics and notifications."""

from __future__ import annotations

import enum
from datetime import datetime

import msgspec

from mhealth.domain.model.common import RiskLevel, require, require_aware
from mhealth.domain.model.screening import Evidence


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
        require(
            self.level.rank >= RiskLevel.HIGH.rank or self.reason_code == "safeguarding",
            "alerts are raised for high or critical results, or for safeguarding",
            "level",
        )
        require_aware(self.created_at, "created_at")


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
