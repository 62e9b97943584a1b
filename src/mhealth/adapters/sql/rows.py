"""Table rows (SQLAlchemy 2 ``DeclarativeBase``). Domain Structs are never mapped; see ``mapping.py``.

Conventions:
    * Timestamps are stored as naive UTC (``DATETIME(6)`` on MySQL: microseconds survive) and come back
      as aware UTC through :class:`UtcDateTime`.
    * Floats are ``DOUBLE`` (MySQL's ``FLOAT`` is single precision and would change scores).
    * Nested values (segments, evidence, the full assessment) are msgspec JSON in a text column: msgspec
      writes UTF-8 as is, and decoding gives back the exact Struct.
    * MySQL tables are ``utf8mb4`` with the binary collation: Korean and 4-byte emoji round-trip byte for
      byte, and keys (ids, idempotency keys) compare exactly (``*_general_ci`` would equate ``A``/``a``
      and even distinct emoji).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.dialects import mysql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

TABLE_OPTIONS: dict[str, Any] = {
    "mysql_engine": "InnoDB",
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_bin",
}

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC with microseconds."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name in ("mysql", "mariadb"):
            return dialect.type_descriptor(mysql.DATETIME(fsp=6))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("mhealth stores only timezone-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


# Long text: MEDIUMTEXT (16 MB) on MySQL, whose TEXT stops at 64 KB (a long transcript would not fit).
LongText = Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")
LongBlob = LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")
Id = String(64)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SeniorRow(Base):
    __tablename__ = "seniors"
    __table_args__ = (TABLE_OPTIONS,)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    timezone: Mapped[str] = mapped_column(String(64))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    external_ref: Mapped[str | None] = mapped_column(String(255), index=True)
    consent_audio: Mapped[bool] = mapped_column(Boolean)


class CheckInRow(Base):
    __tablename__ = "check_ins"
    __table_args__ = (
        UniqueConstraint("senior_id", "idempotency_key"),
        Index(None, "senior_id", "created_at"),
        TABLE_OPTIONS,
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    source: Mapped[str] = mapped_column(String(8))
    idempotency_key: Mapped[str | None] = mapped_column(String(200))


class RecordingRow(Base):
    """Metadata only: the audio is in the BlobStore under ``blob_key``."""

    __tablename__ = "recordings"
    __table_args__ = (
        Index(None, "senior_id", "sha256"),
        Index(None, "blob_key"),
        TABLE_OPTIONS,
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    check_in_id: Mapped[str] = mapped_column(Id, ForeignKey("check_ins.id", ondelete="CASCADE"), unique=True)
    senior_id: Mapped[str] = mapped_column(Id)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    original_filename: Mapped[str | None] = mapped_column(String(1024))
    container: Mapped[str] = mapped_column(String(64))
    codec: Mapped[str] = mapped_column(String(64))
    sample_rate: Mapped[int] = mapped_column(Integer)
    channels: Mapped[int] = mapped_column(Integer)
    duration_s: Mapped[float] = mapped_column(Double)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    blob_key: Mapped[str] = mapped_column(String(255))
    blob_deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # revision 0002


class TranscriptRow(Base):
    __tablename__ = "transcripts"
    __table_args__ = (TABLE_OPTIONS,)

    check_in_id: Mapped[str] = mapped_column(Id, ForeignKey("check_ins.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(LongText)
    language: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Double)
    provider: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(255))
    duration_s: Mapped[float | None] = mapped_column(Double)
    segments_json: Mapped[str] = mapped_column(LongText)
    timing_json: Mapped[str | None] = mapped_column(Text)
    billed_audio_s: Mapped[float | None] = mapped_column(Double)  # revision 0005


class AssessmentRow(Base):
    """Scores, labels and level as columns (for queries); ``body_json`` is the exact assessment."""

    __tablename__ = "assessments"
    __table_args__ = (
        Index(None, "senior_id", "timestamp"),
        Index(None, "risk_level"),
        TABLE_OPTIONS,
    )

    check_in_id: Mapped[str] = mapped_column(Id, ForeignKey("check_ins.id", ondelete="CASCADE"), primary_key=True)
    # RiskAssessment.id may be "" (a stateless screening); stored as NULL then, so it never collides.
    assessment_id: Mapped[str | None] = mapped_column(Id, unique=True)
    senior_id: Mapped[str] = mapped_column(Id)
    timestamp: Mapped[datetime] = mapped_column(UtcDateTime())
    depression_score: Mapped[float] = mapped_column(Double)
    anxiety_score: Mapped[float] = mapped_column(Double)
    cognitive_score: Mapped[float] = mapped_column(Double)
    confidence: Mapped[float] = mapped_column(Double)
    risk_level: Mapped[str] = mapped_column(String(16))
    phq9: Mapped[int] = mapped_column(Integer)
    gad7: Mapped[int] = mapped_column(Integer)
    label_depression: Mapped[int] = mapped_column(Integer)
    label_anxiety: Mapped[int] = mapped_column(Integer)
    label_cognitive_concern: Mapped[int] = mapped_column(Integer)
    label_loneliness: Mapped[int] = mapped_column(Integer)
    label_suicidal_ideation: Mapped[int] = mapped_column(Integer)
    passive_ideation: Mapped[bool] = mapped_column(Boolean)
    active_ideation: Mapped[bool] = mapped_column(Boolean)
    safeguarding: Mapped[bool] = mapped_column(Boolean)
    analyzer: Mapped[str] = mapped_column(String(64))
    degraded: Mapped[bool] = mapped_column(Boolean)
    body_json: Mapped[str] = mapped_column(LongText)


class AlertRow(Base):
    __tablename__ = "alerts"
    __table_args__ = (
        Index(None, "senior_id", "created_at"),
        Index(None, "status", "id"),
        Index(None, "created_at", "id"),  # the alert list, newest first by (created_at, id)
        TABLE_OPTIONS,
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"))
    check_in_id: Mapped[str | None] = mapped_column(Id, ForeignKey("check_ins.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[str | None] = mapped_column(Id)
    level: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    reason_ko: Mapped[str] = mapped_column(Text)
    evidence_json: Mapped[str] = mapped_column(LongText)
    recommended_action: Mapped[str] = mapped_column(Text)
    recommended_action_ko: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(16))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_by: Mapped[str | None] = mapped_column(String(255))
    suppressed: Mapped[bool] = mapped_column(Boolean)
    needs_review: Mapped[bool] = mapped_column(Boolean, server_default=false())
    ack_outcome: Mapped[str | None] = mapped_column(String(32))
    ack_note: Mapped[str] = mapped_column(String(2000), server_default="")
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(255))
    resolve_note: Mapped[str] = mapped_column(String(2000), server_default="")
    escalation_step: Mapped[int] = mapped_column(Integer, server_default="0")
    next_escalation_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)


class OutboxRow(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index(None, "next_attempt_at"),
        Index(None, "ref_id"),
        TABLE_OPTIONS,
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    ref_id: Mapped[str] = mapped_column(Id)
    payload: Mapped[bytes] = mapped_column(LongBlob)
    attempts: Mapped[int] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(64))  # the worker holding this delivery
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime())


class DeliveryAttemptRow(Base):
    """One try at delivering a notification (shown on its alert); the recipient is masked."""

    __tablename__ = "delivery_attempts"
    __table_args__ = (Index(None, "alert_id", "at"), TABLE_OPTIONS)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    delivery_id: Mapped[str] = mapped_column(Id, index=True)
    alert_id: Mapped[str | None] = mapped_column(Id)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(255))
    member_position: Mapped[int | None] = mapped_column(Integer)
    attempt: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(String(500))
    latency_ms: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class CareTeamRow(Base):
    """A senior's ordered care team as one msgspec JSON document (replaced whole by PUT)."""

    __tablename__ = "care_teams"
    __table_args__ = (TABLE_OPTIONS,)

    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"), primary_key=True)
    members_json: Mapped[str] = mapped_column(LongText)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_by: Mapped[str] = mapped_column(String(255))


class ScheduleRow(Base):
    __tablename__ = "schedules"
    __table_args__ = (TABLE_OPTIONS,)

    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"), primary_key=True)
    times_json: Mapped[str] = mapped_column(Text)
    grace_minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    checked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), index=True)


class MissedCheckInRow(Base):
    __tablename__ = "missed_check_ins"
    __table_args__ = (UniqueConstraint("senior_id", "slot_at"), TABLE_OPTIONS)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"))
    slot_at: Mapped[datetime] = mapped_column(UtcDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AnalyticsEventRow(Base):
    """De-identified: exactly the fields of ``AnalyticsEvent`` (no transcript, no name, no senior id)."""

    __tablename__ = "analytics_events"
    __table_args__ = (Index(None, "occurred_at"), TABLE_OPTIONS)

    assessment_id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_pseudonym: Mapped[str] = mapped_column(String(128), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime())
    source: Mapped[str] = mapped_column(String(8))
    risk_level: Mapped[str] = mapped_column(String(16))
    depression_score: Mapped[float] = mapped_column(Double)
    anxiety_score: Mapped[float] = mapped_column(Double)
    cognitive_score: Mapped[float] = mapped_column(Double)
    phq9: Mapped[int] = mapped_column(Integer)
    gad7: Mapped[int] = mapped_column(Integer)
    suicidal_ideation: Mapped[int] = mapped_column(Integer)
    loneliness: Mapped[int] = mapped_column(Integer)
    cognitive_concern: Mapped[int] = mapped_column(Integer)
    concern_codes_json: Mapped[str] = mapped_column(Text)
    analyzer: Mapped[str] = mapped_column(String(64))
    degraded: Mapped[bool] = mapped_column(Boolean)
    audio_duration_s: Mapped[float | None] = mapped_column(Double)
    # revision 0005: what the check-in cost
    speech_billed_s: Mapped[float | None] = mapped_column(Double)
    llm_input_tokens: Mapped[int | None] = mapped_column(Integer)
    llm_output_tokens: Mapped[int | None] = mapped_column(Integer)
    estimated_cost: Mapped[float | None] = mapped_column(Double)
    cost_currency: Mapped[str | None] = mapped_column(String(8))


# -- accounts, access, consent and audit (revision 0002) ---------------------------------------------


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (TABLE_OPTIONS,)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    disabled: Mapped[bool] = mapped_column(Boolean)


class ServiceClientRow(Base):
    """Only the SHA-256 of the API key is stored; ``key_prefix`` tells keys apart and proves nothing."""

    __tablename__ = "service_clients"
    __table_args__ = (TABLE_OPTIONS,)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key_prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    all_seniors: Mapped[bool] = mapped_column(Boolean)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    rotated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class AccessLinkRow(Base):
    """A user or service client that may act for a senior (no foreign key on the principal: two tables)."""

    __tablename__ = "access_links"
    __table_args__ = (Index(None, "senior_id"), TABLE_OPTIONS)

    principal_id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class RefreshTokenRow(Base):
    __tablename__ = "refresh_tokens"
    __table_args__ = (TABLE_OPTIONS,)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[str] = mapped_column(Id, index=True)
    user_id: Mapped[str] = mapped_column(Id, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class ConsentRecordRow(Base):
    __tablename__ = "consent_records"
    __table_args__ = (Index(None, "senior_id", "id"), TABLE_OPTIONS)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    senior_id: Mapped[str] = mapped_column(Id, ForeignKey("seniors.id", ondelete="CASCADE"))
    scope: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AuditRow(Base):
    """Append-only (the adapter has no update or delete for it). Ids and codes only, never content.

    ``senior_id`` has no foreign key on purpose: the trail of an erased senior stays.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index(None, "senior_id", "id"),
        Index(None, "actor", "id"),
        Index(None, "at"),
        TABLE_OPTIONS,
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    resource_type: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str | None] = mapped_column(String(64))
    senior_id: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    client_ip: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))


class LoginFailureRow(Base):
    __tablename__ = "login_failures"
    __table_args__ = (TABLE_OPTIONS,)

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    first_failure_at: Mapped[datetime] = mapped_column(UtcDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
