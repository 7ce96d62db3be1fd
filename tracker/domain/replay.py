"""Replay: events, in recording order, folded into statement views with their
corrections, retractions and citations applied.

What each event type does to a view is declared in `tracker.domain.registry` (its
`creates_view` and `amend` rule), so replay reads the registry; the rules themselves
live in `tracker.domain.projection`, which imports neither this module nor the
registry: registry and projection form no import cycle.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from tracker.domain.projection import StatementView, view_from_statement
from tracker.domain.registry import event_type


def replay(events: Iterable[tuple[int, Mapping[str, Any]]]) -> dict[str, StatementView]:
    """Fold `(seq, event)` pairs, in recording order, into statement views by event_id.

    Corrections and retractions whose target is unknown (not yet recorded, or filtered
    out by the caller) are ignored, which is what a `--known-at` cut needs.
    """
    views: dict[str, StatementView] = {}
    for seq, event in events:
        replay_one(views, seq, event)
    return views


def replay_one(views: dict[str, StatementView], seq: int, event: Mapping[str, Any]) -> None:
    """Apply one event to `views` in place (the step of `replay`).

    What an event does to a statement is declared by its type in
    `tracker.domain.registry`; an amendment of an unknown target is ignored."""
    kind = event_type(event["type"])
    if kind.creates_view:
        views[event["event_id"]] = view_from_statement(event, seq)
    elif kind.amend is not None:
        target = views.get(kind.target_of(event) or "")
        if target is not None:
            views[target.event_id] = kind.amend(target, event)
