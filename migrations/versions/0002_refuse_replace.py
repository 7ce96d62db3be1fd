"""SQLite: refuse `INSERT OR REPLACE` (and `REPLACE INTO`) onto an existing event.

SQLite resolves a REPLACE conflict by deleting the old row without firing the DELETE
trigger (recursive triggers are off), so an event could be rewritten past the
append-only guard. A BEFORE INSERT trigger refuses any insert whose seq or event_id is
already stored. PostgreSQL has no REPLACE; its `ON CONFLICT DO UPDATE` fires the UPDATE
trigger, which refuses it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER events_no_replace BEFORE INSERT ON events "
            "WHEN EXISTS (SELECT 1 FROM events WHERE seq = NEW.seq OR event_id = NEW.event_id) "
            "BEGIN SELECT RAISE(ABORT, 'events are append-only: REPLACE refused'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS events_no_replace")
