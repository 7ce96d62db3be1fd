"""Tables of the tracker database, one `MetaData` with stable constraint names.

`events` is the append-only log (the database refuses UPDATE and DELETE on it, see the
migrations); `statements` and `stances` are the stored projection, rebuilt from events
at will; `projections` records which version of each projector built them and up to
which event (`tracker.store.projectors`).
"""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)

# The Alembic head this code expects. Ordinary commands compare it with the database's
# `alembic_version` without importing Alembic; a test keeps it equal to the real head.
SCHEMA_REVISION = "0009"

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime column that refuses naive values and always returns UTC-aware ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: record time is UTC-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else stored_instant(value)


def stored_instant(value: Any) -> datetime:
    """A record time as a driver returns it (SQLite: naive UTC text; PostgreSQL: an
    aware datetime), UTC-aware."""
    instant: datetime = datetime.fromisoformat(value) if isinstance(value, str) else value
    return instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant.astimezone(UTC)


SeqType = BigInteger().with_variant(Integer(), "sqlite")


def KeyText(length: int) -> String:
    """Text the projection sorts and indexes: slugs, codes, ISO dates, ids, vocabulary
    words, all ASCII, whose byte order is their order. PostgreSQL compares it as "C"
    (bytes): a database's default collation (C.UTF-8, en_US.UTF-8) goes through strcoll,
    which made building the statement views' indexes at a million rows 1.7x slower."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


events = Table(
    "events",
    metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=True),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("type", String(16), nullable=False),
    # For statements their own topic and country; for corrections and retractions
    # those of their target when recorded, so that `events --country` finds them.
    Column("topic", String(200)),
    Column("country", String(8)),
    Column("target_id", String(36)),
    Column("recorded_at", UTCDateTime(), nullable=False),
    Column("body", Text, nullable=False),
    Column("hash", String(64), nullable=False),
    # Revision 0005: what a statement view is made of, written when the event is
    # appended, so that projecting (an append, an import, a rebuild) copies columns
    # instead of parsing bodies. NULL for events that make no view. `verify` holds them
    # equal to the hashed body.
    Column("stance", String(16)),
    Column("date", String(10)),
    Column("contributions", JSON(none_as_null=True)),
    Column("troops", JSON(none_as_null=True)),
    Column("conditions", JSON(none_as_null=True)),
    Column("deployment", String(16)),
    # Revision 0006: the statement's duplicate key (`eventstore.duplicate_digest`),
    # written at append time and copied into its view, so that an import finds a
    # record's twin with one index lookup instead of reading and parsing candidates.
    Column("duplicate_key", String(32)),
    Index(None, "topic", "country"),
    # Only amendments have a target (revision 0005: partial, so that appending a
    # statement writes no page of it; `target_id = ...` and `IN (...)` imply NOT NULL).
    Index(
        None,
        "target_id",
        sqlite_where=text("target_id IS NOT NULL"),
        postgresql_where=text("target_id IS NOT NULL"),
    ),
    Index(None, "recorded_at"),
)

statements = Table(
    "statements",
    metadata,
    # Keyed by the statement's place in the log (revision 0005; was event_id): a rebuild
    # appends the rows in key order, and its indexes are built once, sorted, afterwards.
    Column("seq", SeqType, primary_key=True, autoincrement=False),
    Column("event_id", KeyText(36), nullable=False),
    Column("topic", KeyText(200), nullable=False),
    Column("country", KeyText(8), nullable=False),
    Column("stance", KeyText(16), nullable=False),
    Column("date", KeyText(10), nullable=False),
    Column("date_key", KeyText(10), nullable=False),
    Column("status", KeyText(10), nullable=False),
    Column("contributions", JSON, nullable=False),
    Column("troops", JSON),
    Column("conditions", JSON, nullable=False),
    # speaker, sources, note, approximate, record time, corrections, original values
    Column("detail", JSON, nullable=False),
    Column("deployment", String(16)),  # revision 0003
    # The view's duplicate key as it now reads (corrections applied; revision 0006),
    # compared on the row a seek of the covering index finds (not indexed: 0009).
    Column("duplicate_key", KeyText(32)),
    # No index of its own on event_id (revision 0008): a view is found by id through
    # the log's unique index and `seq`, and its id is unique because the log's is.
    # Covering what the stance fold reads (revision 0005): folding every key is one scan
    # of this index, in order, without a sort or a visit to the rows. It also finds a
    # statement's twin (revision 0009: the duplicate key has no index of its own).
    (covering := Index(None, "topic", "country", "date_key", "seq", "status", "stance", "date")),
    Index(None, "country", "date_key", "seq"),
)

# The index a statement's twin is looked up in (`eventstore.twins_of`): an exact seek on
# its (topic, country, date_key), stance and date read from the index, the row visited
# only to compare its duplicate key (the first source URL is in no index).
TWIN_INDEX = covering

stances = Table(
    "stances",
    metadata,
    Column("topic", String(200), primary_key=True),
    Column("country", String(8), primary_key=True),
    Column("stance", String(16), nullable=False),
    Column("since", String(10), nullable=False),
    Column("last_statement", String(10), nullable=False),
    Column("disputed", Boolean, nullable=False),
    Column("contributions", JSON, nullable=False),
    Column("troops", JSON),
    Column("conditions", JSON, nullable=False),
    Column("event_id", String(36), nullable=False),
    Column("statements", Integer, nullable=False),
    Column("deployment", String(16)),  # the latest statement's; revision 0003
)

# Revision 0007: each key's count of active statements per month of `date_key`, kept
# beside the views (`tracker.store.projectors.StatementMonths`), so that a count up to a
# day reads a key's whole months here and counts only that day's month in the views.
statement_months = Table(
    "statement_months",
    metadata,
    Column("topic", KeyText(200), primary_key=True),
    Column("country", KeyText(8), primary_key=True),
    Column("month", KeyText(7), primary_key=True),  # YYYY-MM
    Column("statements", Integer, nullable=False),
)

projections = Table(
    "projections",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("position", SeqType, nullable=False),  # the last seq applied
)  # revision 0004
