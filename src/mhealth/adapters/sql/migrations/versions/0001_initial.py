"""Initial schema: seniors, check-ins (recordings, transcripts, assessments), alerts, outbox, analytics.

Revision ID: 0001_initial
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

# Frozen copies of the column types of this revision (a migration never imports today's models).
OPTIONS: dict[str, Any] = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}
ID = sa.String(64)
TS = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
LONG_TEXT = sa.Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")
LONG_BLOB = sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        "seniors",
        sa.Column("id", ID, nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("external_ref", sa.String(255), nullable=True),
        sa.Column("consent_audio", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_seniors"),
        **OPTIONS,
    )
    op.create_index("ix_seniors_external_ref", "seniors", ["external_ref"])

    op.create_table(
        "check_ins",
        sa.Column("id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_check_ins"),
        sa.ForeignKeyConstraint(
            ["senior_id"], ["seniors.id"], name="fk_check_ins_senior_id_seniors", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("senior_id", "idempotency_key", name="uq_check_ins_senior_id_idempotency_key"),
        **OPTIONS,
    )
    op.create_index("ix_check_ins_senior_id_created_at", "check_ins", ["senior_id", "created_at"])

    op.create_table(
        "recordings",
        sa.Column("id", ID, nullable=False),
        sa.Column("check_in_id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("original_filename", sa.String(1024), nullable=True),
        sa.Column("container", sa.String(64), nullable=False),
        sa.Column("codec", sa.String(64), nullable=False),
        sa.Column("sample_rate", sa.Integer(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=False),
        sa.Column("duration_s", sa.Double(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("blob_key", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_recordings"),
        sa.ForeignKeyConstraint(
            ["check_in_id"], ["check_ins.id"], name="fk_recordings_check_in_id_check_ins", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("check_in_id", name="uq_recordings_check_in_id"),
        **OPTIONS,
    )
    op.create_index("ix_recordings_senior_id_sha256", "recordings", ["senior_id", "sha256"])
    op.create_index("ix_recordings_blob_key", "recordings", ["blob_key"])

    op.create_table(
        "transcripts",
        sa.Column("check_in_id", ID, nullable=False),
        sa.Column("text", LONG_TEXT, nullable=False),
        sa.Column("language", sa.String(32), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.Column("provider", sa.String(64), nullable=False),
        sa.Column("model", sa.String(255), nullable=False),
        sa.Column("duration_s", sa.Double(), nullable=True),
        sa.Column("segments_json", LONG_TEXT, nullable=False),
        sa.Column("timing_json", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("check_in_id", name="pk_transcripts"),
        sa.ForeignKeyConstraint(
            ["check_in_id"], ["check_ins.id"], name="fk_transcripts_check_in_id_check_ins", ondelete="CASCADE"
        ),
        **OPTIONS,
    )

    op.create_table(
        "assessments",
        sa.Column("check_in_id", ID, nullable=False),
        sa.Column("assessment_id", ID, nullable=True),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("timestamp", TS, nullable=False),
        sa.Column("depression_score", sa.Double(), nullable=False),
        sa.Column("anxiety_score", sa.Double(), nullable=False),
        sa.Column("cognitive_score", sa.Double(), nullable=False),
        sa.Column("confidence", sa.Double(), nullable=False),
        sa.Column("risk_level", sa.String(16), nullable=False),
        sa.Column("phq9", sa.Integer(), nullable=False),
        sa.Column("gad7", sa.Integer(), nullable=False),
        sa.Column("label_depression", sa.Integer(), nullable=False),
        sa.Column("label_anxiety", sa.Integer(), nullable=False),
        sa.Column("label_cognitive_concern", sa.Integer(), nullable=False),
        sa.Column("label_loneliness", sa.Integer(), nullable=False),
        sa.Column("label_suicidal_ideation", sa.Integer(), nullable=False),
        sa.Column("passive_ideation", sa.Boolean(), nullable=False),
        sa.Column("active_ideation", sa.Boolean(), nullable=False),
        sa.Column("safeguarding", sa.Boolean(), nullable=False),
        sa.Column("analyzer", sa.String(64), nullable=False),
        sa.Column("degraded", sa.Boolean(), nullable=False),
        sa.Column("body_json", LONG_TEXT, nullable=False),
        sa.PrimaryKeyConstraint("check_in_id", name="pk_assessments"),
        sa.ForeignKeyConstraint(
            ["check_in_id"], ["check_ins.id"], name="fk_assessments_check_in_id_check_ins", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("assessment_id", name="uq_assessments_assessment_id"),
        **OPTIONS,
    )
    op.create_index("ix_assessments_senior_id_timestamp", "assessments", ["senior_id", "timestamp"])
    op.create_index("ix_assessments_risk_level", "assessments", ["risk_level"])

    op.create_table(
        "alerts",
        sa.Column("id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("check_in_id", ID, nullable=False),
        sa.Column("assessment_id", ID, nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reason_ko", sa.Text(), nullable=False),
        sa.Column("evidence_json", LONG_TEXT, nullable=False),
        sa.Column("recommended_action", sa.Text(), nullable=False),
        sa.Column("recommended_action_ko", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("acknowledged_at", TS, nullable=True),
        sa.Column("acknowledged_by", sa.String(255), nullable=True),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
        sa.ForeignKeyConstraint(["senior_id"], ["seniors.id"], name="fk_alerts_senior_id_seniors", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["check_in_id"], ["check_ins.id"], name="fk_alerts_check_in_id_check_ins", ondelete="CASCADE"
        ),
        **OPTIONS,
    )
    op.create_index("ix_alerts_senior_id_created_at", "alerts", ["senior_id", "created_at"])
    op.create_index("ix_alerts_status_id", "alerts", ["status", "id"])
    op.create_index("ix_alerts_check_in_id", "alerts", ["check_in_id"])

    op.create_table(
        "outbox",
        sa.Column("id", ID, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("ref_id", ID, nullable=False),
        sa.Column("payload", LONG_BLOB, nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        **OPTIONS,
    )
    op.create_index("ix_outbox_next_attempt_at", "outbox", ["next_attempt_at"])
    op.create_index("ix_outbox_ref_id", "outbox", ["ref_id"])

    op.create_table(
        "analytics_events",
        sa.Column("assessment_id", ID, nullable=False),
        sa.Column("senior_pseudonym", sa.String(128), nullable=False),
        sa.Column("occurred_at", TS, nullable=False),
        sa.Column("source", sa.String(8), nullable=False),
        sa.Column("risk_level", sa.String(16), nullable=False),
        sa.Column("depression_score", sa.Double(), nullable=False),
        sa.Column("anxiety_score", sa.Double(), nullable=False),
        sa.Column("cognitive_score", sa.Double(), nullable=False),
        sa.Column("phq9", sa.Integer(), nullable=False),
        sa.Column("gad7", sa.Integer(), nullable=False),
        sa.Column("suicidal_ideation", sa.Integer(), nullable=False),
        sa.Column("loneliness", sa.Integer(), nullable=False),
        sa.Column("cognitive_concern", sa.Integer(), nullable=False),
        sa.Column("concern_codes_json", sa.Text(), nullable=False),
        sa.Column("analyzer", sa.String(64), nullable=False),
        sa.Column("degraded", sa.Boolean(), nullable=False),
        sa.Column("audio_duration_s", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint("assessment_id", name="pk_analytics_events"),
        **OPTIONS,
    )
    op.create_index("ix_analytics_events_occurred_at", "analytics_events", ["occurred_at"])
    op.create_index("ix_analytics_events_senior_pseudonym", "analytics_events", ["senior_pseudonym"])


def downgrade() -> None:
    for table in ("analytics_events", "outbox", "alerts", "assessments", "transcripts", "recordings", "check_ins"):
        op.drop_table(table)
    op.drop_table("seniors")
