"""The operations behind `tracker.api.Tracker`, one module per use case:

- `recording`: statements, corrections, retractions, citations, topics, a withdrawn report
- `importing`: a batch of records checked, then appended all or nothing (and the seed)
- `reading`: stances, timeline, diff, the event log and one event, history, matrix
- `upkeep`: verify, rebuild, anchor, info
- `topic_lookup`: which topic a command means, and that it exists
- `validation`: a record stamped and validated into an event; pydantic's errors as text

Each write runs in one transaction that holds the append lock; any error rolls it back,
so a failed command leaves the database exactly as it was. Callers import
the use case they need by name (`from tracker.service import upkeep`), so that importing
one (`tracker.api` imports `reading` and `topic_lookup`) loads no other.
"""
