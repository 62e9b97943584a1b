"""Alerts that reach a person: care teams, schedules and missed check-ins, the alert's lifecycle
(acknowledgement outcome, resolution, escalation step), leases on outbox rows (each delivery claimed by one
worker at a time), and the record of every delivery attempt.

Revision ID: 0004_care
Revises: 0003_page_order
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0004_care"
down_revision = "0003_page_order"
branch_labels = None
depends_on = None

# Frozen copies of the column types of this revision (a migration never imports today's models).
OPTIONS: dict[str, Any] = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}
ID = sa.String(64)
TS = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
LONG_TEXT = sa.Text().with_variant(mysql.MEDIUMTEXT(), "mysql", "mariadb")


def _senior_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["senior_id"], ["seniors.id"], name=f"fk_{table}_senior_id_seniors", ondelete="CASCADE"
    )


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        # An alert raised by missed check-ins has no check-in and no assessment.
        batch.alter_column("check_in_id", existing_type=ID, nullable=True)
        batch.alter_column("assessment_id", existing_type=ID, nullable=True)
        batch.add_column(sa.Column("needs_review", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("ack_outcome", sa.String(32), nullable=True))
        batch.add_column(sa.Column("ack_note", sa.String(2000), nullable=False, server_default=""))
        batch.add_column(sa.Column("resolved_at", TS, nullable=True))
        batch.add_column(sa.Column("resolved_by", sa.String(255), nullable=True))
        batch.add_column(sa.Column("resolve_note", sa.String(2000), nullable=False, server_default=""))
        batch.add_column(sa.Column("escalation_step", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("next_escalation_at", TS, nullable=True))
    op.create_index("ix_alerts_next_escalation_at", "alerts", ["next_escalation_at"])

    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(64), nullable=True))
        batch.add_column(sa.Column("lease_until", TS, nullable=True))

    op.create_table(
        "delivery_attempts",
        sa.Column("id", ID, nullable=False),
        sa.Column("delivery_id", ID, nullable=False),
        sa.Column("alert_id", ID, nullable=True),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("event", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("recipient", sa.String(255), nullable=False),
        sa.Column("member_position", sa.Integer(), nullable=True),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("error", sa.String(500), nullable=False),
        sa.Column("latency_ms", sa.Integer(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_delivery_attempts"),
        _senior_fk("delivery_attempts"),
        **OPTIONS,
    )
    op.create_index("ix_delivery_attempts_alert_id_at", "delivery_attempts", ["alert_id", "at"])
    op.create_index("ix_delivery_attempts_delivery_id", "delivery_attempts", ["delivery_id"])

    op.create_table(
        "care_teams",
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("members_json", LONG_TEXT, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("senior_id", name="pk_care_teams"),
        _senior_fk("care_teams"),
        **OPTIONS,
    )

    op.create_table(
        "schedules",
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("times_json", sa.Text(), nullable=False),
        sa.Column("grace_minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("checked_until", TS, nullable=True),
        sa.PrimaryKeyConstraint("senior_id", name="pk_schedules"),
        _senior_fk("schedules"),
        **OPTIONS,
    )
    op.create_index("ix_schedules_checked_until", "schedules", ["checked_until"])

    op.create_table(
        "missed_check_ins",
        sa.Column("id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("slot_at", TS, nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_missed_check_ins"),
        sa.UniqueConstraint("senior_id", "slot_at", name="uq_missed_check_ins_senior_id_slot_at"),
        _senior_fk("missed_check_ins"),
        **OPTIONS,
    )


def downgrade() -> None:
    op.drop_table("missed_check_ins")
    op.drop_index("ix_schedules_checked_until", table_name="schedules")
    op.drop_table("schedules")
    op.drop_table("care_teams")
    op.drop_table("delivery_attempts")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
    op.drop_index("ix_alerts_next_escalation_at", table_name="alerts")
    with op.batch_alter_table("alerts") as batch:
        for column in (
            "next_escalation_at",
            "escalation_step",
            "resolve_note",
            "resolved_by",
            "resolved_at",
            "ack_note",
            "ack_outcome",
            "needs_review",
        ):
            batch.drop_column(column)
