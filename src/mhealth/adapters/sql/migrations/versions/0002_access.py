"""Accounts, API clients, access links, refresh tokens, consent records, the audit log, login throttling;
``recordings.blob_deleted_at`` for retention. Existing seniors with ``consent_audio`` get a consent record.

Revision ID: 0002_access
Revises: 0001_initial
Create Date: 2025-02-01
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0002_access"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

# Frozen copies of the column types of this revision (a migration never imports today's models).
OPTIONS: dict[str, Any] = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}
ID = sa.String(64)
TS = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")


def _id(sequence: int) -> str:
    # Same shape as mhealth.domain.model.new_id: 48-bit milliseconds then 80 bits (here random + order).
    ms = time.time_ns() // 1_000_000
    rand = (int.from_bytes(os.urandom(8), "big") << 16) | (sequence & 0xFFFF)
    return f"{ms:012x}{rand:020x}"


def upgrade() -> None:
    with op.batch_alter_table("recordings") as batch:
        batch.add_column(sa.Column("blob_deleted_at", TS, nullable=True))

    op.create_table(
        "users",
        sa.Column("id", ID, nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("email", name="uq_users_email"),
        **OPTIONS,
    )
    op.create_table(
        "service_clients",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("key_prefix", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("all_seniors", sa.Boolean(), nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
        sa.Column("rotated_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_service_clients"),
        sa.UniqueConstraint("key_hash", name="uq_service_clients_key_hash"),
        **OPTIONS,
    )
    op.create_table(
        "access_links",
        sa.Column("principal_id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("principal_id", "senior_id", name="pk_access_links"),
        sa.ForeignKeyConstraint(
            ["senior_id"], ["seniors.id"], name="fk_access_links_senior_id_seniors", ondelete="CASCADE"
        ),
        **OPTIONS,
    )
    op.create_index("ix_access_links_senior_id", "access_links", ["senior_id"])
    op.create_table(
        "refresh_tokens",
        sa.Column("id", ID, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("family_id", ID, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS, nullable=True),
        sa.Column("revoked_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_refresh_tokens"),
        sa.UniqueConstraint("token_hash", name="uq_refresh_tokens_token_hash"),
        **OPTIONS,
    )
    op.create_index("ix_refresh_tokens_family_id", "refresh_tokens", ["family_id"])
    op.create_index("ix_refresh_tokens_user_id", "refresh_tokens", ["user_id"])
    op.create_table(
        "consent_records",
        sa.Column("id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("scope", sa.String(32), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.String(200), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consent_records"),
        sa.ForeignKeyConstraint(
            ["senior_id"], ["seniors.id"], name="fk_consent_records_senior_id_seniors", ondelete="CASCADE"
        ),
        **OPTIONS,
    )
    op.create_index("ix_consent_records_senior_id_id", "consent_records", ["senior_id", "id"])
    op.create_table(
        "audit_log",
        sa.Column("id", ID, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(64), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("resource_type", sa.String(64), nullable=False),
        sa.Column("resource_id", sa.String(64), nullable=True),
        sa.Column("senior_id", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("client_ip", sa.String(64), nullable=True),
        sa.Column("request_id", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        **OPTIONS,
    )
    op.create_index("ix_audit_log_senior_id_id", "audit_log", ["senior_id", "id"])
    op.create_index("ix_audit_log_actor_id", "audit_log", ["actor", "id"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "login_failures",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failure_at", TS, nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_login_failures"),
        **OPTIONS,
    )

    # Seniors registered with consent_audio=true before consent records existed keep their consent, now
    # recorded (by "migration", at upgrade time) so that the history explains the current answer.
    bind = op.get_bind()
    seniors = sa.table("seniors", sa.column("id", ID), sa.column("consent_audio", sa.Boolean()))
    consents = sa.table(
        "consent_records",
        sa.column("id", ID),
        sa.column("senior_id", ID),
        sa.column("scope", sa.String(32)),
        sa.column("granted", sa.Boolean()),
        sa.column("recorded_by", sa.String(200)),
        sa.column("recorded_at", TS),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    ids = [row[0] for row in bind.execute(sa.select(seniors.c.id).where(seniors.c.consent_audio == sa.true()))]
    if ids:
        op.bulk_insert(
            consents,
            [
                {
                    "id": _id(n),
                    "senior_id": senior_id,
                    "scope": "audio_processing",
                    "granted": True,
                    "recorded_by": "migration",
                    "recorded_at": now,
                }
                for n, senior_id in enumerate(ids)
            ],
        )


def downgrade() -> None:
    for table in ("login_failures", "audit_log", "consent_records", "refresh_tokens", "access_links"):
        op.drop_table(table)
    op.drop_table("service_clients")
    op.drop_table("users")
    with op.batch_alter_table("recordings") as batch:
        batch.drop_column("blob_deleted_at")
