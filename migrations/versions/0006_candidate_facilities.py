"""candidate facilities: sites found in text that the gazetteer does not know

The extractor names a site by its noun and its place when the gazetteer has no facility of that kind there
("przejście graniczne w Kukurykach", "lotnisko we Władywostoku").  Such a facility is stored like a candidate
actor: a row of its own, marked ``is_candidate``, which a gazetteer entry of the same name later takes over
(the sync sets the mark back to false).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facilities", sa.Column("is_candidate", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    # the candidates stay, as plain facilities: the mentions and events that name them keep them
    op.drop_column("facilities", "is_candidate")
