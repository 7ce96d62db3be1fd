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
    MONITORING = "monitoring"  # ceasefire monitoring, observers
    AIR_POLICING = "air-policing"
    DEMINING = "demining"
    MEDICAL = "medical"
    HEADQUARTERS = "headquarters"  # command, planning staff
    CYBER = "cyber"


class Deployment(StrEnum):
    """Where a statement's forces would go (SPEC §6); a statement may leave it out."""

    IN_COUNTRY = "in-country"  # inside the country of the pledge
    NEIGHBOURING = "neighbouring"  # on allied territory nearby
    AT_SEA = "at-sea"
    REMOTE = "remote"  # from home: training abroad, financing


STANCES: tuple[str, ...] = tuple(s.value for s in Stance)
DEPLOYMENTS: tuple[str, ...] = tuple(d.value for d in Deployment)
CONTRIBUTIONS: tuple[str, ...] = tuple(c.value for c in Contribution)

# Words editors type for a contribution, accepted on input and stored as the canonical one.
CONTRIBUTION_SYNONYMS: dict[str, str] = {
    "naval": "sea",
    "navy": "sea",
    "maritime": "sea",
    "troops": "ground",
    "land": "ground",
    "army": "ground",
    "air-force": "air",
    "money": "financing",
    "funding": "financing",
    "finance": "financing",
    "weapons": "armament",
    "arms": "armament",
    "equipment": "armament",
    "observers": "monitoring",
    "medics": "medical",
    "command": "headquarters",
    "hq": "headquarters",
}
