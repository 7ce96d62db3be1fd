"""The library's errors. The CLI turns every `TrackerError` into one `Error: ...` line."""


class TrackerError(Exception):
    """Base of every error a user can cause; its message is shown as is."""


class InvalidValue(TrackerError, ValueError):
    """A value that the vocabulary or the date rules refuse.

    Also a `ValueError`, so that pydantic collects it with every other problem of a
    record instead of stopping at the first."""


class UnknownCountry(InvalidValue):
    """A country name that does not resolve; the message lists close matches."""


class UnknownTopic(InvalidValue):
    """A topic the database does not hold, named where it was not created on purpose."""


class EventNotFound(TrackerError):
    """No event (or no unique event) matches an id or prefix."""


class Conflict(TrackerError):
    """The operation contradicts what is stored (retracted target, changed event_id ...)."""


class InvalidRecord(TrackerError):
    """One or more import records are invalid; `problems` lists each with its place."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = len(problems)
        head = problems[0] if problems else "invalid input"
        more = f" (and {count - 1} more problem{'s' if count > 2 else ''})" if count > 1 else ""
        super().__init__(f"{head}{more}; nothing was imported")


class DatabaseError(TrackerError):
    """The database cannot be used: not a tracker database, newer schema, unreachable."""


class DatabaseFailure(DatabaseError):
    """The database driver refused or could not finish a call: locked, disk full, a
    connection the server dropped, a constraint. The driver's own exception (SQLAlchemy's
    `OperationalError`, `IntegrityError` ...) is its `__cause__`. A write that fails this
    way was rolled back, except when the connection was lost during its commit: then only
    the log can say whether it was stored (`tracker events`, `tracker verify`)."""


class VerificationFailed(TrackerError):
    """`verify` found a broken chain or a projection that differs from a rebuild."""


class LogTruncated(VerificationFailed):
    """The log ends before a position its projection already reached: events were
    deleted behind the tracker's back. Reads and writes refuse; `verify` reports it."""
