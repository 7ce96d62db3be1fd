"""Add `deployment` (SPEC §6) to the stored projection: `statements` and `stances`.

The events are untouched: a statement's deployment lives in its body, absent when it has
none. Every statement stored before this revision has none, so the new columns start
NULL and the projection stays equal to a rebuild without one.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("deployment", sa.String(16), nullable=True))
    op.add_column("stances", sa.Column("deployment", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stances") as batch:
        batch.drop_column("deployment")
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("deployment")
