"""The statement views lose their own `event_id` index (issue 21).

A view is keyed by its statement's place in the log (`seq`, revision 0005), and the log's
unique `event_id` index already finds that place: a view is looked up by id through it
(`events.event_id` -> `seq` -> the view), and its id is unique because the log's is.
The views' copy of that index was a fifth index taking every new view at a random place
(a UUID v4): at a million statements it made up about half of what an insert into the
views cost once their indexes outgrew SQLite's page cache. Nothing else changes: the
rows, the projections and their positions stay, so the upgrade rebuilds nothing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_statements_event_id", "statements")


def downgrade() -> None:
    op.create_index("ix_statements_event_id", "statements", ["event_id"], unique=True)
