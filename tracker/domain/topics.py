"""What a topic's pledge is (SPEC §7): its title and the phrases a draft looks for."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TopicDefinition:
    """A topic's current definition: that of its latest `topic` event.

    A topic never declared by a `topic` event (named by statements only, as databases
    seeded before SPEC §7 and `--new-topic` made them) has no title and no pledges."""

    slug: str
    title: str | None = None
    pledges: tuple[str, ...] = ()

    def describe(self) -> str:
        """The definition in a message: `title 'T', pledges 'a', 'b'` (or `no title`,
        `no pledges`)."""
        title = f"title {self.title!r}" if self.title else "no title"
        pledges = ", ".join(repr(p) for p in self.pledges)
        return f"{title}, {f'pledges {pledges}' if pledges else 'no pledges'}"


def differences(current: TopicDefinition, other: TopicDefinition) -> str:
    """How `other` would change `current`, for a message: `title 'A' -> 'B'; pledges
    added 'x', dropped 'y'`."""
    parts = []
    if current.title != other.title:
        parts.append(f"title {current.title!r} -> {other.title!r}")
    added = [p for p in other.pledges if p not in current.pledges]
    dropped = [p for p in current.pledges if p not in other.pledges]
    changes = [
        f"{verb} {', '.join(repr(p) for p in phrases)}"
        for verb, phrases in (("added", added), ("dropped", dropped))
        if phrases
    ]
    if changes:
        parts.append("pledges " + ", ".join(changes))
    elif current.pledges != other.pledges:
        parts.append("pledges reordered")
    return "; ".join(parts)


def definition_of(record: Mapping[str, Any]) -> TopicDefinition:
    """The definition a `topic` event record declares."""
    return TopicDefinition(
        slug=record["topic"],
        title=record.get("title"),
        pledges=tuple(record.get("pledges") or ()),
    )
