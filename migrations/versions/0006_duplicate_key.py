"""The duplicate key of every statement as an indexed column (issue 21).

`events.duplicate_key` is written when a statement is appended (32 hex digits of a
SHA-256 of topic, country, stance, date and first source URL); `statements.duplicate_key`
holds each view's key as corrections leave it, indexed, so that an import of records
without ids finds a record's twin with one index lookup instead of reading every
statement of its (topic, country) and parsing their bodies. Existing statements get their
key from their bodies here (the append-only guard lifted for this UPDATE only, as in
0005); the bodies and hashes are untouched. The statement views are rebuilt on first use
(their projector's version goes 3 -> 4), which fills their keys.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def key_text(length: int) -> sa.types.TypeEngine:  # type: ignore[type-arg]
    """ASCII keys compared as bytes on PostgreSQL (`tracker.store.schema.KeyText`)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


def digest(record: dict) -> str:  # type: ignore[type-arg]
    """`tracker.domain.duplicates.duplicate_digest` of a body, as of this revision."""
    sources = record.get("sources") or ()
    url = sources[0].get("url") if sources else None
    key = [record["topic"], record["country"], record["stance"], record["date"], url]
    text = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def upgrade() -> None:
    op.add_column("events", sa.Column("duplicate_key", sa.String(32), nullable=True))
    op.add_column("statements", sa.Column("duplicate_key", key_text(32), nullable=True))
    op.create_index("ix_statements_duplicate_key", "statements", ["duplicate_key"])
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    guard = None
    if sqlite:
        guard = bind.execute(
            sa.text(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_no_update'"
            )
        ).scalar()
        op.execute("DROP TRIGGER IF EXISTS events_no_update")
    else:
        op.execute("ALTER TABLE events DISABLE TRIGGER events_no_update")
    # Statements with view columns (every one 0005 backfilled or appended since); one
    # chained without them stays NULL here, as an append by another program would.
    # Read in pages by seq (no cursor left open across the updates of its own table).
    page = sa.text(
        "SELECT seq, body FROM events WHERE seq > :after AND stance IS NOT NULL"
        " ORDER BY seq LIMIT 5000"
    )
    update = sa.text("UPDATE events SET duplicate_key = :key WHERE seq = :seq")
    after = 0
    while batch := bind.execute(page, {"after": after}).fetchall():
        keys = [{"seq": seq, "key": digest(json.loads(body))} for seq, body in batch]
        bind.execute(update, keys)
        after = batch[-1][0]
    if sqlite:
        if guard:
            op.execute(guard)
    else:
        op.execute("ALTER TABLE events ENABLE TRIGGER events_no_update")


def downgrade() -> None:
    op.drop_index("ix_statements_duplicate_key", "statements")
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
        batch.drop_column("duplicate_key")
    for guard in guards:
        op.execute(guard)
    with op.batch_alter_table("statements") as batch:
        batch.drop_column("duplicate_key")
    op.execute("UPDATE projections SET version = 0 WHERE name = 'statements'")
