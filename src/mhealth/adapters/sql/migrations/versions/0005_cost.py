"""What a check-in cost: billed speech seconds, LLM tokens and the estimate on analytics rows, and the billed
seconds on transcripts. Every new column is nullable: rows from before stay as they are (unknown cost).

Revision ID: 0005_cost
Revises: 0004_care
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_cost"
down_revision = "0004_care"
branch_labels = None
depends_on = None

_EVENT_COLUMNS: tuple[tuple[str, Any], ...] = (
    ("speech_billed_s", sa.Double()),
    ("llm_input_tokens", sa.Integer()),
    ("llm_output_tokens", sa.Integer()),
    ("estimated_cost", sa.Double()),
    ("cost_currency", sa.String(8)),
)


def upgrade() -> None:
    with op.batch_alter_table("analytics_events") as batch:
        for name, type_ in _EVENT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("transcripts") as batch:
        batch.add_column(sa.Column("billed_audio_s", sa.Double(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transcripts") as batch:
        batch.drop_column("billed_audio_s")
    with op.batch_alter_table("analytics_events") as batch:
        for name, _ in reversed(_EVENT_COLUMNS):
            batch.drop_column(name)
