"""The statement views lose their duplicate-key index (issue 21).

An import of records without ids finds each record's twin through the views' covering
index instead: its (topic, country, date_key) is an exact seek, its stance and date are
read from the index entries, and only the few rows left (a handful a day at a million
statements) are visited to compare their duplicate key, which adds the first source URL.
The duplicate-key index was one more index taking every new view at a random place (a
hash): at a million statements about a fifth of what inserting a view cost once the
indexes outgrew SQLite's page cache. The column and its values stay (`verify` holds them
to the bodies); the rows, projections and positions are untouched, so the upgrade
rebuilds nothing.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_statements_duplicate_key", "statements")


def downgrade() -> None:
    op.create_index("ix_statements_duplicate_key", "statements", ["duplicate_key"])
