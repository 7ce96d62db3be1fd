"""The closed vocabularies of SPEC §1: stances and contributions."""

from enum import StrEnum


class Stance(StrEnum):
    """A country's position, declared from most to least supportive."""

    COMMITTED = "committed"
    CONDITIONAL = "conditional"
    CONSIDERING = "considering"
    UNDECIDED = "undecided"
    SKEPTICAL = "skeptical"
    DECLINED = "declined"
    OPPOSED = "opposed"


class Contribution(StrEnum):
    """What a country offers; a statement may list any number."""

    GROUND = "ground"
    AIR = "air"
    SEA = "sea"
    TRAINING = "training"
    LOGISTICS = "logistics"
    FINANCING = "financing"
    ARMAMENT = "armament"
    INTELLIGENCE = "intelligence"


STANCES: tuple[str, ...] = tuple(s.value for s in Stance)
CONTRIBUTIONS: tuple[str, ...] = tuple(c.value for c in Contribution)

EVENT_TYPES: tuple[str, ...] = ("statement", "correction", "retraction")

# Fields of a statement that a correction may change.
CORRECTABLE_FIELDS: tuple[str, ...] = (
    "topic",
    "country",
    "stance",
    "date",
    "approximate",
    "contributions",
    "troops",
    "conditions",
    "speaker",
    "sources",
    "note",
)
