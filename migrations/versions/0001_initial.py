"""Initial schema: the append-only, hash-chained events log and the stored projection.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SeqType = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

_PG_GUARD = """
CREATE OR REPLACE FUNCTION tracker_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("seq", SeqType, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("topic", sa.String(200)),
        sa.Column("country", sa.String(8)),
        sa.Column("target_id", sa.String(36)),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_events"),
        sa.UniqueConstraint("event_id", name="uq_events_event_id"),
    )
    op.create_index("ix_events_topic_country", "events", ["topic", "country"])
    op.create_index("ix_events_target_id", "events", ["target_id"])
    op.create_index("ix_events_recorded_at", "events", ["recorded_at"])

    op.create_table(
        "statements",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("seq", SeqType, nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("date_key", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("contributions", sa.JSON, nullable=False),
        sa.Column("troops", sa.JSON),
        sa.Column("conditions", sa.JSON, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_statements"),
    )
    op.create_index(
        "ix_statements_topic_country_date_key_seq",
        "statements",
        ["topic", "country", "date_key", "seq"],
    )
    op.create_index(
        "ix_statements_country_date_key_seq", "statements", ["country", "date_key", "seq"]
    )

    op.create_table(
        "stances",
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("since", sa.String(10), nullable=False),
        sa.Column("last_statement", sa.String(10), nullable=False),
        sa.Column("disputed", sa.Boolean, nullable=False),
        sa.Column("contributions", sa.JSON, nullable=False),
        sa.Column("troops", sa.JSON),
        sa.Column("conditions", sa.JSON, nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("statements", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("topic", "country", name="pk_stances"),
    )

    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_GUARD)
        for name, timing in (("update", "UPDATE"), ("delete", "DELETE")):
            op.execute(
                f"CREATE TRIGGER events_no_{name} BEFORE {timing} ON events "
                "FOR EACH ROW EXECUTE FUNCTION tracker_events_append_only()"
            )
        op.execute(
            "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
            "FOR EACH STATEMENT EXECUTE FUNCTION tracker_events_append_only()"
        )
    else:
        for name, timing in (("update", "UPDATE"), ("delete", "DELETE")):
            op.execute(
                f"CREATE TRIGGER events_no_{name} BEFORE {timing} ON events "
                f"BEGIN SELECT RAISE(ABORT, 'events are append-only: {timing} refused'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in ("update", "delete", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS events_no_{name} ON events")
        op.execute("DROP FUNCTION IF EXISTS tracker_events_append_only()")
    op.drop_table("stances")
    op.drop_table("statements")
    op.drop_table("events")
