"""How many active statements each (topic, country) has in each month (issue 21).

`statement_months` is a small projection kept beside the statement views: one row per
(topic, country, month of `date_key`) with the count of its active statements. As-of and
diff count a key's statements up to a day as the sum of its whole months before that
day's month plus an index count within the month, instead of counting every statement
up to the day. Filled here from the stored views with one grouped query, and recorded
at the position the statement views have reached, so that the upgrade rebuilds nothing
(a stale projection is rebuilt on first use as before, this table with it).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def key_text(length: int) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    """ASCII keys compared as bytes on PostgreSQL (`tracker.store.schema.KeyText`)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "statement_months",
        sa.Column("topic", key_text(200), nullable=False),
        sa.Column("country", key_text(8), nullable=False),
        sa.Column("month", key_text(7), nullable=False),
        sa.Column("statements", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("topic", "country", "month", name="pk_statement_months"),
    )
    op.execute(
        "INSERT INTO statement_months (topic, country, month, statements)"
        " SELECT topic, country, substr(date_key, 1, 7), count(*) FROM statements"
        " WHERE status != 'retracted' GROUP BY topic, country, substr(date_key, 1, 7)"
    )
    op.execute(
        "INSERT INTO projections (name, version, position)"
        " SELECT 'statement_months', 1, position FROM projections WHERE name = 'statements'"
    )


def downgrade() -> None:
    op.execute("DELETE FROM projections WHERE name = 'statement_months'")
    op.drop_table("statement_months")
