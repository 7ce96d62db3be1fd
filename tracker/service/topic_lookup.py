"""Which topic a command means, and the checks that a topic exists: `--topic`, else
`TRACKER_TOPIC`, else the only one; an unknown topic is refused with the closest."""

import os
from typing import Any

from tracker.domain.topics import TopicDefinition
from tracker.errors import InvalidValue, UnknownTopic
from tracker.service.validation import nearest_word
from tracker.store import eventstore
from tracker.store.database import Database

DEFAULT_TOPIC_ENV = "TRACKER_TOPIC"


def default_topic(database: Database, topic: str | None) -> str:
    """`--topic`, else `TRACKER_TOPIC`, else the database's only topic."""
    if topic:
        return topic
    with database.reading() as conn:
        known = eventstore.topics(conn, limit=2)
        if len(known) > 1:  # only then are they all needed, to name them
            known = eventstore.topics(conn)
        return topic_by_default(known)


def topic_by_default(known: list[str]) -> str:
    if os.environ.get(DEFAULT_TOPIC_ENV):
        return os.environ[DEFAULT_TOPIC_ENV]
    if len(known) == 1:
        return known[0]
    if not known:
        raise InvalidValue("the database holds no topic yet; pass --topic")
    raise InvalidValue(f"the database holds {len(known)} topics ({', '.join(known)}); pass --topic")


def check_topic(topic: str, known: set[str], *, new_topic: bool) -> bool:
    """Whether `topic` is new and may be created; raises `UnknownTopic` when it is new and
    was not asked for (a mistyped slug would otherwise become a topic for good).

    The first topic of a database that holds none is created without asking: there is
    nothing to mistype it against.
    """
    if topic in known:
        return False
    if new_topic or not known:
        return True
    close = sorted(t for t in known if nearest_word(topic, [t]))
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UnknownTopic(
        f"unknown topic {topic!r}{hint}; to create it on purpose, pass --new-topic "
        f"or run `tracker topics add {topic}`"
    )


def admit_topic(conn: Any, topic: str, *, new_topic: bool) -> None:
    """`check_topic` for one topic, reading only what it needs: one index seek for a
    known topic (every `add`), the whole list only to suggest close ones."""
    if eventstore.topic_known(conn, topic):
        return
    known = set(eventstore.topics(conn, limit=1))
    if known and not new_topic:
        known = set(eventstore.topics(conn))
    check_topic(topic, known, new_topic=new_topic)


def topic_definition(database: Database, topic: str) -> TopicDefinition:
    """What `topic`'s pledge is: the title and pledge phrases of its latest `topic`
    event (title None and no pledges when none declares it). An unknown topic is an
    `UnknownTopic` naming the closest known ones."""
    with database.reading() as conn:
        require_known_topic(conn, topic)
        return eventstore.topic_definition(conn, topic)


def require_known_topic(conn: Any, topic: str) -> None:
    if not eventstore.topic_known(conn, topic):
        check_topic(topic, set(eventstore.topics(conn)) or {""}, new_topic=False)


def topic_title(database: Database, topic: str) -> str:
    """What a topic is called where readers see it: its title, or its slug without one."""
    with database.reading() as conn:
        return eventstore.topic_title(conn, topic) or topic


def topic_summaries(database: Database) -> list[eventstore.TopicSummary]:
    """Every topic with its title and counts."""
    with database.reading() as conn:
        return eventstore.topic_summaries(conn)


def read_topic(database: Database, topic: str | None) -> str | None:
    """The topic a read is narrowed to: `--topic`, else `TRACKER_TOPIC` (reads are
    narrowed as writes default to it), else None for every topic. The one named must
    exist: an unknown one is `UnknownTopic`, saying when `TRACKER_TOPIC` named it."""
    if topic:
        require_topic(database, topic)
        return topic
    from_environment = os.environ.get(DEFAULT_TOPIC_ENV)
    if not from_environment:
        return None
    try:
        require_topic(database, from_environment)
    except UnknownTopic as error:
        raise UnknownTopic(f"{DEFAULT_TOPIC_ENV}: {error}") from None
    return from_environment


def require_topic(database: Database, topic: str | None) -> None:
    """A topic named to a read command must exist: a typo is an error with suggestions,
    not an empty answer."""
    if not topic:
        return
    with database.reading() as conn:
        require_known_topic(conn, topic)
