"""Write what a statement view is made of as columns of `events` (issue 11).

`stance`, `date`, `contributions`, `troops`, `conditions` and `deployment` are set when
a statement is appended, so that projecting it (an append, an import, a rebuild) copies
columns instead of parsing its body. Existing statements get them from their bodies here;
the bodies and hashes are untouched, so every chain still verifies, and `verify` holds
the new columns equal to the hashed body. The append-only guard is lifted for this one
UPDATE and put back as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SeqType = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def key_text(length: int) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    """ASCII keys compared as bytes on PostgreSQL (`tracker.store.schema.KeyText`)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


COLUMNS = (
    ("stance", sa.String(16)),
    ("date", sa.String(10)),
    ("contributions", sa.JSON(none_as_null=True)),
    ("troops", sa.JSON(none_as_null=True)),
    ("conditions", sa.JSON(none_as_null=True)),
    ("deployment", sa.String(16)),
)

_SQLITE_BACKFILL = """
UPDATE events SET
    stance = json_extract(body, '$.stance'),
    date = json_extract(body, '$.date'),
    contributions = json_extract(body, '$.contributions'),
    troops = json_extract(body, '$.troops'),
    conditions = json_extract(body, '$.conditions'),
    deployment = json_extract(body, '$.deployment')
WHERE type = 'statement'
"""
_PG_BACKFILL = """
UPDATE events SET
    stance = b ->> 'stance',
    date = b ->> 'date',
    contributions = (b -> 'contributions')::json,
    troops = CASE WHEN jsonb_typeof(b -> 'troops') = 'null' THEN NULL
        ELSE (b -> 'troops')::json END,
    conditions = (b -> 'conditions')::json,
    deployment = b ->> 'deployment'
FROM (SELECT seq AS s, body::jsonb AS b FROM events WHERE type = 'statement') AS parsed
WHERE events.seq = parsed.s
"""


def upgrade() -> None:
    _statements_keyed_by_seq()
    # Only amendments have a target: a partial index, so that a statement's append
    # writes no page of it.
    op.drop_index("ix_events_target_id", "events")
    op.create_index(
        "ix_events_target_id",
        "events",
        ["target_id"],
        sqlite_where=sa.text("target_id IS NOT NULL"),
        postgresql_where=sa.text("target_id IS NOT NULL"),
    )
    for name, kind in COLUMNS:
        op.add_column("events", sa.Column(name, kind, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE events DISABLE TRIGGER events_no_update")
        op.execute(_PG_BACKFILL)
        op.execute("ALTER TABLE events ENABLE TRIGGER events_no_update")
        return
    guard = (
        op.get_bind()
        .execute(
            sa.text(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_no_update'"
            )
        )
        .scalar()
    )
    op.execute("DROP TRIGGER IF EXISTS events_no_update")
    op.execute(_SQLITE_BACKFILL)
    if guard:
        op.execute(guard)


def _statements_keyed_by_seq() -> None:
    """`statements` is a projection: made again, keyed by seq, empty; the stored version
    of its projector (2) is older than the code's (3), so it is rebuilt on first use
    (`tracker init` does it right after upgrading)."""
    op.drop_table("statements")
    op.create_table(
        "statements",
        sa.Column("seq", SeqType, nullable=False, autoincrement=False),
        sa.Column("event_id", key_text(36), nullable=False),
        sa.Column("topic", key_text(200), nullable=False),
        sa.Column("country", key_text(8), nullable=False),
        sa.Column("stance", key_text(16), nullable=False),
        sa.Column("date", key_text(10), nullable=False),
        sa.Column("date_key", key_text(10), nullable=False),
        sa.Column("status", key_text(10), nullable=False),
        sa.Column("contributions", sa.JSON, nullable=False),
        sa.Column("troops", sa.JSON),
        sa.Column("conditions", sa.JSON, nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("deployment", sa.String(16)),
        sa.PrimaryKeyConstraint("seq", name="pk_statements"),
    )
    op.create_index("ix_statements_event_id", "statements", ["event_id"], unique=True)
    op.create_index(  # covering what the stance fold reads
        "ix_statements_topic_country_date_key_seq_status_stance_date",
        "statements",
        ["topic", "country", "date_key", "seq", "status", "stance", "date"],
    )
    op.create_index(
        "ix_statements_country_date_key_seq", "statements", ["country", "date_key", "seq"]
    )


def downgrade() -> None:
    op.drop_index("ix_events_target_id", "events")
    op.create_index("ix_events_target_id", "events", ["target_id"])
    # SQLite drops columns by copying the table, which loses its triggers: keep them.
    guards: list[str] = []
    if op.get_bind().dialect.name == "sqlite":
        guards = list(
            op.get_bind()
            .execute(
                sa.text(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
                )
            )
            .scalars()
        )
    with op.batch_alter_table("events") as batch:
        for name, _kind in reversed(COLUMNS):
            batch.drop_column(name)
    for guard in guards:
        op.execute(guard)
    # The older code's statements table, keyed by event_id, empty: version 0 makes that
    # code rebuild it on first use.
    op.drop_table("statements")
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
        sa.Column("deployment", sa.String(16)),
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
    op.execute("UPDATE projections SET version = 0 WHERE name = 'statements'")
