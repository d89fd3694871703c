"""counted objects found by their head noun: an index on the last word of quantities.counted

``eventdb quantities --counted missile`` also lists "ballistic missile" and "cruise missile": a counted
object's last word is its head noun.  This expression index answers that on a large database.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_quantities_counted_head", "quantities", [sa.text("regexp_replace(lower(counted), '^.* ', '')")])


def downgrade() -> None:
    op.drop_index("ix_quantities_counted_head", table_name="quantities")
