"""The operations behind `tracker.api.Tracker`, one module per use case:

- `recording`: statements, corrections, retractions, citations, topics, a withdrawn report
- `importing`: a batch of records checked, then appended all or nothing (and the seed)
- `reading`: stances, timeline, diff, the event log and one event, history, matrix
- `upkeep`: verify, rebuild, anchor, info
- `topic_lookup`: which topic a command means, and that it exists
- `validation`: a record stamped and validated into an event; pydantic's errors as text

Each write runs in one transaction that holds the append lock; any error rolls it back,
so a failed command leaves the database exactly as it was. The names below are
re-exported for callers outside the package (benchmarks, tests): `service.verify` is
`service.upkeep.verify`.
"""

from tracker.service.importing import (
    MAX_REPORTED_PROBLEMS,
    ImportResult,
    import_records,
    import_seed,
)
from tracker.service.reading import (
    EventDetail,
    amendments,
    compared_stances,
    diff,
    event_log,
    matrix,
    show_event,
    stance_history,
    stance_matrix_on,
    stance_rows,
    timeline,
)
from tracker.service.recording import (
    Warn,
    Withdrawal,
    create_topic,
    edit_topic,
    record_citation,
    record_correction,
    record_retraction,
    record_statement,
    withdraw_report,
)
from tracker.service.topic_lookup import (
    DEFAULT_TOPIC_ENV,
    check_topic,
    default_topic,
    read_topic,
    require_topic,
    topic_definition,
    topic_summaries,
    topic_title,
)
from tracker.service.upkeep import (
    Anchor,
    DatabaseInfo,
    VerifyReport,
    anchor,
    info,
    parse_anchors,
    rebuild,
    verify,
)
from tracker.service.validation import (
    default_editor,
    nearest_word,
    validation_message,
    validation_problems,
)

__all__ = [
    "DEFAULT_TOPIC_ENV",
    "MAX_REPORTED_PROBLEMS",
    "Anchor",
    "DatabaseInfo",
    "EventDetail",
    "ImportResult",
    "VerifyReport",
    "Warn",
    "Withdrawal",
    "amendments",
    "anchor",
    "check_topic",
    "compared_stances",
    "create_topic",
    "default_editor",
    "default_topic",
    "diff",
    "edit_topic",
    "event_log",
    "import_records",
    "import_seed",
    "info",
    "matrix",
    "nearest_word",
    "parse_anchors",
    "read_topic",
    "rebuild",
    "record_citation",
    "record_correction",
    "record_retraction",
    "record_statement",
    "require_topic",
    "show_event",
    "stance_history",
    "stance_matrix_on",
    "stance_rows",
    "timeline",
    "topic_definition",
    "topic_summaries",
    "topic_title",
    "validation_message",
    "validation_problems",
    "verify",
    "withdraw_report",
]
