"""Pages ordered by ``(created_at, id)``: an index for the alert list (newest first), which ids alone no
longer order exactly (ids are random within a millisecond).

Revision ID: 0003_page_order
Revises: 0002_access
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0003_page_order"
down_revision = "0002_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_alerts_created_at_id", "alerts", ["created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_alerts_created_at_id", table_name="alerts")
