"""Long recordings as jobs: the job row a worker claims under a lease (``lease_owner`` / ``lease_until``).

Revision ID: 0006_jobs
Revises: 0005_cost
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0006_jobs"
down_revision = "0005_cost"
branch_labels = None
depends_on = None

# Frozen copies of the column types of this revision (a migration never imports today's models).
OPTIONS: dict[str, Any] = {"mysql_engine": "InnoDB", "mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}
ID = sa.String(64)
TS = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", ID, nullable=False),
        sa.Column("senior_id", ID, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("blob_key", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("idempotency_key", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("filename", sa.String(255), nullable=True),
        sa.Column("recorded_at", TS, nullable=True),
        sa.Column("duration_s", sa.Double(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=True),
        sa.Column("check_in_id", ID, nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_detail", sa.String(2000), nullable=True),
        sa.Column("requested_by", sa.String(255), nullable=True),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.Column("lease_until", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_jobs"),
        sa.UniqueConstraint("senior_id", "idempotency_key", name="uq_jobs_senior_id_idempotency_key"),
        sa.ForeignKeyConstraint(["senior_id"], ["seniors.id"], name="fk_jobs_senior_id_seniors", ondelete="CASCADE"),
        **OPTIONS,
    )
    op.create_index("ix_jobs_status_next_attempt_at", "jobs", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_jobs_status_next_attempt_at", table_name="jobs")
    op.drop_table("jobs")
