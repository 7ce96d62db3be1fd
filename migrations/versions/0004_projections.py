"""Record each projector's version and position (`tracker.store.projectors`).

An existing database's projection was kept in step with its log by the code that wrote
it, so both projectors start at version 1 and at the chain head: the upgrade rebuilds
nothing and the data is untouched. A later code whose projector VERSION differs rebuilds
that projection on first use.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SeqType = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    table = op.create_table(
        "projections",
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("position", SeqType, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_projections"),
    )
    head = op.get_bind().execute(sa.text("SELECT coalesce(max(seq), 0) FROM events")).scalar()
    op.bulk_insert(
        table,
        [
            {"name": "statements", "version": 1, "position": head},
            {"name": "stances", "version": 1, "position": head},
        ],
    )


def downgrade() -> None:
    op.drop_table("projections")
