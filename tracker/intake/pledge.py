"""What a topic's pledge is, as `tracker draft` reads it: the words an article uses to say
that a country does the thing the topic tracks.

The stance grammar (commitment, readiness, openness, refusal, opposition, conditions,
negation, modality) is the same for every pledge and lives in `tracker.intake.lexicon`;
its cue phrases leave two slots, `ACT` (what a country would do: "send", "recognise",
"join") and `OBJECT` (what it would do it with: "troops", "the State of Palestine"). This
module fills them from the topic: its title ("Recognition of the State of Palestine") and
its pledge phrases ("recognise Palestine"), with their inflections (recognise, recognised,
recognising, recognition: one stem), so that a new topic needs nothing but a good title.

Decisions: a title naming troops or a force ("Troops for a reassurance force in
Ukraine") takes the troop verbs (send, deploy, dispatch ... join, lead); other nouns of a
title give their verb by stripping a nominal suffix ("recognition" -> "recogn", which
matches "recognised" and "recognizing"); countries named in the title ("in Ukraine", "of
Palestine", "in Gaza") are where the pledge is carried out or what it is about, never a
contributor (`hosts`). The terms in use are a context (`using`), set by `draft_article`
for one draft, so that the pure reading functions need no extra argument.
"""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from tracker.intake.lexicon import PERSONNEL

# What any country does for any pledge: the stance grammar's own verbs.
GENERIC_ACTS = (
    "participat\\w*",
    "take part",
    "join",
    "contribut\\w*",
    "commit",
    "help",
    "engage",
    "offer",
    "be part",
    "play a (?:role|part)",
    "do (?:its|their) (?:part|share)",
    "follow suit",
)
# Pledges to stay away ("Boycott Eurovision 2026", "Withdraw from the treaty"): their
# verbs' stems, the verbs that say the same, and the words of taking part, which for
# such a pledge state its refusal ("Poland confirmed it would be participating").
ABSTAIN_STEMS = ("boycott", "withdr", "quit", "exit", "suspend", "shun", "snub", "leav", "pull")
ABSTAIN_ACTS = (
    "boycott\\w*",
    "withdr(?:aw|ew|awn|aws|awing|awal)\\w*",
    "pull(?:s|ed|ing)? out",
    "drop(?:s|ped|ping)? out",
    "sit(?:s|ting)? out",
    "sat out",
    # "Burundi is set to leave the ICC": leaving is withdrawing
    "leav(?:e|es|ing)",
    "quit(?:s|ting)?",
    "exit(?:s|ed|ing)?",
    # "he will be skipping the tournament's opening ceremony"
    "skip(?:s|ped|ping)?",
)
TAKING_PART = (
    r"\b(?:participat\w*|take part|taking part|took part|takes part|compet(?:e|es|ed|ing)|"
    r"attend(?:s|ed|ing)?|perform(?:s|ed|ing)?|enter(?:s|ed|ing)?|be (?:there|present)|"
    # "has refused to go to the tournament", "would not travel to the tournament"
    r"(?:go|goes|went|travel(?:s|led|ling|ed|ing)?) to|play (?:any |a )?part in)\b"
)
_TAKES_PART = re.compile(TAKING_PART, re.IGNORECASE)
# Being there through one's officials: for a pledge to stay away ("a diplomatic boycott"),
# sending a delegation or attending is taking part, and "decided not to send diplomatic
# representation" keeps the pledge.
PRESENCE = (
    r"\b(?:attend(?:s|ed|ing)?|travel(?:s|led|ling|ed|ing)? to|"
    r"(?:send|sends|sending|sent) (?:(?:any|a|an|its|their|our|no|"
    r"government|governmental|official|diplomatic|ministerial|high-level|senior|political|"
    r"state) ){0,3}(?:officials?|diplomats?|delegations?|representation|representatives?|"
    r"ministers?|envoys?|dignitaries|leaders?))\b"
)
_PRESENT = re.compile(PRESENCE, re.IGNORECASE)
# Pledges to take part in a court case ("Join South Africa's case against Israel at the
# ICJ"): a state joins one by intervening or filing a declaration.
_CASE_TITLE = re.compile(r"\b(?:case|lawsuit|proceedings|ICJ|ICC|tribunal|court)\b", re.IGNORECASE)
CASE_ACTS = (
    "interven\\w*",
    "fil(?:e|es|ed|ing) (?:a |an |its |their |such )?(?:formal )?(?:declarations?|applications?|submissions?)",
    "submit\\w* (?:a |an |its |their |such )?(?:formal )?(?:declarations?|applications?|interventions?)",
)
# ... and their forms that state it done: "intervened", "filed such declarations".
CASE_DONE = (
    "intervened",
    "filed (?:a |an |its |their |such )?(?:formal )?(?:declarations?|applications?|submissions?)",
    "submitted (?:a |an |its |their |such )?(?:formal )?(?:declarations?|applications?|interventions?)",
)
# Pledges to join something ("Join the Board of Peace"): signing up or on is joining,
# and an invitation accepted or declined (or a bare "accepted", "declined") is the pledge.
# "Switch (diplomatic) recognition from A to B": what switching is done by.
_SWITCH = re.compile(
    r"^\W*switch\w*\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(?P<old>\S.*?)\s+to\s+(?:the\s+)?(?P<new>\S.*)$",
    re.IGNORECASE,
)
SWITCH_ACTS = (
    r"(?:establish|forg|restor|resum|normali[sz]|open|form)(?:e|es|ed|ing|s)? (?:[\w’'-]+ ){0,2}?"
    r"(?:diplomatic )?(?:ties|relations)",
    r"(?:ditch|abandon|dump|drop)(?:s|ed|ped|ing|ping)? (?:its |their )?(?:recognition of )?(?:⟨from⟩)",
    r"shift(?:s|ed|ing)? (?:its |their )?(?:allegiance|recognition|ties)",
    r"align(?:s|ed|ing)? (?:itself|themselves) with (?:⟨to⟩)",
)


def _place_forms(place: str) -> str:
    """A title's place as an article names it: by name ("the People's Republic of China",
    "China") or by its seat ("Beijing", "Taipei")."""
    from tracker.intake import lexicon
    from tracker.intake.reading import gazetteer_entry

    words = place.split()
    found = next(
        (
            (" ".join(words[i:]), entry[0])
            for i in range(len(words))
            if (entry := gazetteer_entry(" ".join(words[i:]).removeprefix("the ")))
        ),
        None,
    )
    if found is None:
        return re.escape(place.lower())
    forms = [found[0], *(seat for seat, code in lexicon.SEATS.items() if code == found[1])]
    forms += [name for name, code in ((place, found[1]),) if code]
    return "|".join(dict.fromkeys(re.escape(f.lower()) for f in forms))


JOIN_ACTS = ("sign(?:s|ing)? (?:up|on)",)
JOIN_DONE = "signed (?:up|on)"
INVITED = (
    r" (?:[\w’'-]+ ){0,2}?invitations?"
    r"|(?=\s*(?:[,.;“”\"]|$|at this stage\b|for now\b|for the time being\b))"
)
JOINED = (
    r"coalition|operation|board|group|alliance|bloc|union|task force|initiative|mission|"
    r"partnership|association|organi[sz]ation|club|pact|grouping"
)
# The members' nouns of a pledge to become a member ("founding members", "members").
MEMBERS = r"(?:(?:founding|founder|full|new|latest) )?(?:members?|nations|countries)(?= |$)"
# The troop pledge's verbs and objects (the seed topic's wording).
TROOP_ACTS = (
    "send", "deploy", "dispatch", "provide", "station", "supply", "secure", "lead", "put",
    "deliver", "assume", "host", "guarantee", "patrol", "protect", "fund", "finance", "pay",
    "train", "take charge", "take responsibility", "take over", "enter", "be on the ground",
    "assign",
)  # fmt: skip
# (police and other officers are a personnel pledge's troops: "to contribute agents",
# "will send 1,000 police officers")
TROOP_OBJECTS = (
    "troops", "soldiers", "forces", "personnel", "peacekeepers", "police", "police officers",
    "policemen", "officers", "agents", "gendarmes",
)  # fmt: skip
# A title pledging people, not troops (`lexicon.PERSONNEL`): read as the troop pledge.
_PERSONNEL_TITLE = re.compile(rf"\b(?:{PERSONNEL})\b", re.IGNORECASE)
# The personnel nouns an article uses beside the title's: "more than 300 personnel",
# "crews", "teams".
PERSONNEL_OBJECTS = ("personnel", "crews", "teams", "staff", "specialists", "experts")
# Nouns that name troops or a force in a title: the troop pledge.
_TROOP_TITLE = re.compile(
    r"\b(?:troops?|soldiers|forces?|peacekeep\w*|mission|contingents?|deployment|boots)\b", re.I
)
# Verbs that say what a title's verb says (its stem -> the group's verbs): a pledge to
# "send" jets is kept by supplying, delivering or transferring them; one to "ban" a
# supplier by excluding or barring it; one to "join" by becoming a member. Each verb of a
# group stands for the whole group, so a title may use any of them.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("send", "supply", "deliver", "provide", "transfer", "donate", "give", "ship", "hand over"),
    ("ban", "exclude", "bar", "prohibit", "block", "restrict", "limit", "phase out", "shut out"),
    (
        "join",
        "accede",
        "become a member",
        "become members",
        "become full members",
        "become a founding member",
        "become founding members",
        "enter",
        "form",
    ),
    ("move", "relocate", "transfer", "shift"),
    ("suspend", "halt", "pause", "freeze", "stop", "cancel", "cease", "restrict", "block"),
    ("expel", "order out", "send home"),
    ("impose", "introduce", "adopt", "apply"),
    ("arrest", "detain", "hand over"),
    # an agreement is signed, adopted or endorsed alike
    ("sign", "adopt", "endorse", "ratify"),
    ("cut", "sever", "break off"),
    # a group is designated, proscribed or blacklisted alike
    ("designate", "proscribe", "blacklist", "outlaw"),
    # a space is closed, shut or sealed to someone, who is banned or barred from it
    ("close", "shut", "seal", "ban", "bar", "deny access"),
)
# The first words of a title that name a thing, not an act ("Recognition of ...",
# "Eurovision 2026 boycott", "Withdrawal from ...", "Troops for ...", "Membership of ..."):
# any other first word is an imperative verb ("Send F-16 jets", "Ban Huawei from 5G
# networks", "Move the embassy"), the title's only verb; its later words are objects.
_NOUN_ENDINGS = re.compile(
    r"(?:ion|ions|al|als|ment|ments|ance|ence|ing|ship|ure|ity|ism|s)$", re.IGNORECASE
)
# Nouns whose verb is not their stem ("sanctions" are imposed, "aid" is sent).
LIGHT_VERBS: dict[str, tuple[str, ...]] = {
    "sanction": ("impose", "introduce", "adopt", "apply"),
    "sanctions": ("impose", "introduce", "adopt", "apply"),
    "embargo": ("impose", "introduce", "adopt"),
    "tariffs": ("impose", "introduce", "raise"),
    "ban": ("impose", "introduce", "adopt", "ban"),
    "aid": ("provide", "send", "give", "deliver", "pledge"),
    "funding": ("provide", "fund", "give", "pledge"),
    "loans": ("provide", "give", "grant"),
    "weapons": ("send", "supply", "deliver", "provide"),
    "arms": ("send", "supply", "deliver", "provide"),
    "jets": ("send", "supply", "deliver", "provide"),
}
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "withdraw": ("withdr(?:aw|ew|awn|aws|awing|awal)",),
    "send": ("sen[dt]\\w*",),
    "lead": ("lead\\w*", "led"),
    "give": ("giv\\w*", "gave", "given"),
}
_STOP = {
    "a", "an", "the", "of", "for", "in", "to", "on", "by", "with", "and", "or", "from", "into",
    "at", "as", "its", "their", "countries", "country", "states", "nations", "who", "which",
    "whether", "state", "international", "new", "plan", "plans", "pledge", "pledges", "support",
    "over", "against", "about", "after", "under", "between", "within", "without",
}  # fmt: skip
_SUFFIXES = (
    "isation", "ization", "ations", "ation", "itions", "ition", "utions", "ution", "tions",
    "tion", "sion", "ments", "ment", "ance", "ence", "ising", "izing", "ises", "izes",
    "ised", "ized", "ise", "ize", "ing", "als", "al", "ed", "es", "s", "e",
)  # fmt: skip


@dataclass(frozen=True)
class Pledge:
    """What a topic asks countries to do: its title and, optionally, phrases naming the
    pledge ("send troops", "recognise the State of Palestine")."""

    title: str
    phrases: tuple[str, ...] = ()


# The seed topic's pledge: what a draft reads when no topic is given.
TROOP_PLEDGE = Pledge("Troops for a reassurance force in Ukraine")


@dataclass(frozen=True)
class PledgeTerms:
    """The slots of the stance grammar filled for one pledge (regular-expression
    alternations, lower case): `act` the verbs, `done` their past forms that state the
    pledge as done ("recognised"), `objects` what is pledged, `hosts` the countries the
    title names."""

    act: str
    own: str
    done: str
    objects: str
    hosts: frozenset[str]
    troops: bool
    # A pledge to stay away (boycott, withdraw): taking part is its refusal.
    abstain: bool = False
    # The figures a title pledges ("Spend 5% of GDP": "5"): another figure beside the
    # pledge's verb is a country's present figure, not its position on the pledge.
    figures: frozenset[str] = frozenset()
    # The proper names of a title that are no country ("Arrest Ruiz under the ICC
    # warrant": Ruiz, ICC): whom or what the pledge is about.
    names: frozenset[str] = frozenset()
    # The organisations a title names ("Spend 5% of GDP (NATO target)", "Sign the UN
    # compact"): the pledge is theirs, never a position they take on it.
    bodies: frozenset[str] = frozenset()
    # A pledge to join something: what follows "accepted" or "declined" when the word
    # stands for the pledge (an invitation, or nothing: "King Ana accepted, ...").
    invited: str = "(?!x)x"
    # A pledge to join something: the nouns for what is joined ("the coalition"), whose
    # members the article names as having joined.
    joined: str = "(?!x)x"
    # A pledge to become a member ("Join the bank as a founding member"): the nouns for
    # its members, whose list the article gives.
    member: str = "(?!x)x"
    # The scope a title gives its act on a named thing ("Ban TikTok on government
    # devices": "government|devices"): the same act elsewhere ("banned TikTok
    # nationwide") is a neighbouring measure, not this pledge.
    scope: str = "(?!x)x"
    # A pledge to close something ("Close airspace to Russian aircraft"): the words for
    # keeping it open, its refusal.
    left_open: str = "(?!x)x"


# "Ban TikTok on government devices", "Ban Huawei from 5G networks": an act on a named
# thing, then where it applies.
_SCOPED = re.compile(
    r"^\W*[A-Za-z]+\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:on|from)\s+"
    r"(?:the\s+|all\s+)?(?P<scope>(?:[a-z0-9][\w-]*\s*)+)$"
)


def _scope(title: str) -> str:
    """The scope words of a title's act on a named thing, as a pattern of their stems."""
    found = _SCOPED.match(title.strip())
    if found is None:
        return "(?!x)x"
    words = [w for w in found.group("scope").split() if w.lower() not in _STOP and not w.isdigit()]
    stems = [re.escape(w.lower().removesuffix("s")) for w in words]
    forms = [rf"{stem}\w*" for stem in stems] + [_SCOPE_KIN.get(stem, "") for stem in stems]
    return "|".join(filter(None, forms)) or "(?!x)x"


# The everyday words for a scope's common nouns: a ministry's staff are the
# government's, their phones its devices.
_SCOPE_KIN = {
    "government": r"ministr\w*|federal|official\w*|civil servants?|staff|personnel|employees|"
    r"parliament\w*|lawmakers|public sector|agenc(?:y|ies)|state-owned|work",
    "device": r"(?:smart)?phones?|equipment|electronics|laptops?|computers?|tablets?",
    "network": r"infrastructure|telecom\w*",
}


def verb_stem(word: str) -> str:
    """A word's stem shared by its verb and noun forms: recognition, recognised,
    recognizing -> "recogn"; contribution -> "contrib"; boycotts -> "boycott"."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 5 and word.endswith(("is", "iz")):
        word = word[:-2]  # "recognis" (from "recognising") -> "recogn"
    if len(word) > 5 and word.endswith("ific"):
        word = word[:-2]  # "ratific" (from "ratification") -> "ratif", as "ratify"
    elif len(word) > 4 and re.search(r"[^aeiou]y$", word):
        word = word[:-1]  # "ratify" -> "ratif": ratified, ratifies, ratification
    return word


def inflected(verb: str) -> str:
    """A verb (or a phrase led by one) with its inflections: move -> moves, moved, moving;
    supply -> supplies, supplied; ban -> bans, banned, banning; hand over -> handed over."""
    head, _, rest = verb.lower().partition(" ")
    tail = " " + re.escape(rest) if rest else ""
    if head in _IRREGULAR_FORMS:
        return f"(?:{_IRREGULAR_FORMS[head]}){tail}"
    if head.endswith("e"):
        forms = f"{re.escape(head[:-1])}(?:e|es|ed|ing)"
    elif re.search(r"[^aeiou]y$", head):
        forms = f"{re.escape(head[:-1])}(?:y|ies|ied|ying)"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdglmnprt]", head):
        # one short syllable: the consonant doubles (banned, shipped, barred, expelled)
        forms = f"{re.escape(head)}(?:s|{head[-1]}ed|{head[-1]}ing)?"
    elif head.endswith(("ss", "sh", "ch", "x", "z")):
        forms = f"{re.escape(head)}(?:es|ed|ing)?"
    else:
        forms = f"{re.escape(head)}(?:s|ed|ing)?"
    if head == "expel":
        forms = "expel(?:s|led|ling)?"
    elif head.endswith("el") and len(head) > 4:
        forms = f"{re.escape(head)}(?:s|l?ed|l?ing)?"  # cancelled and canceled alike
    return forms + tail


_IRREGULAR_FORMS = {
    "give": "give|gives|gave|given|giving",
    "send": "send|sends|sent|sending",
    "shut": "shut|shuts|shutting",
    "become": "become|becomes|became|becoming",
    "freeze": "freeze|freezes|froze|frozen|freezing",
    "stop": "stop|stops|stopped|stopping",
    "bar": "bar|bars|barred|barring",
    "order": "order|orders|ordered|ordering",
    "cut": "cut|cuts|cutting",
    "break": "break|breaks|broke|broken|breaking",
}


# Nouns of a group's act, whose stem is not the verb's: "Expulsion of Russian
# diplomats", "BRICS membership", "Accession to the union".
NOUN_ACTS = {
    "expul": "expel",
    "expuls": "expel",
    "membership": "join",
    "member": "join",
    "accession": "accede",
    "relocation": "relocate",
    "suspension": "suspend",
    "exclusion": "exclude",
    "prohibition": "prohibit",
}
# A title that opens on another way to say "join": "Become a member of ...", "Take part
# in ...", "BRICS membership".
_JOINS = re.compile(
    r"^(?:join\w*|becom\w* (?:a |full )?members?|tak\w* part|participat\w*|sign\w* up|accession|"
    r"acced\w*|membership)\b|\bmembership\b",
    re.IGNORECASE,
)


# A past form's verb ends in "-ed" or is an irregular past ("cut", "broke off", "froze",
# "recalled its ambassador"); a third-person "-s" states it too.
_DONE_HEAD = (
    r"(?=[a-z]*(?:ed|[^s\W]s)\b|(?:cut|broke|broken|froze|frozen|shut|sent|gave|given|became)\b)"
)
_LIGHT_HEADS = ("take", "become", "sign", "make")
_LEADING_ADVERB = re.compile(
    r"^\W*(?!(?:[Ii]taly|[Aa]pply|[Rr]eply|[Ss]upply)\b)[A-Za-z]{3,}ly\s+(?=[A-Za-z])"
)


def _act_noun(word: str) -> bool:
    """Whether a title's word names an act ("membership", "boycott", "withdrawal")."""
    stem = verb_stem(word)
    return stem in NOUN_ACTS or word.lower() in NOUN_ACTS or stem.startswith(ABSTAIN_STEMS)


TIES_ACTS = (
    r"(?:establish|forg|restor|normali[sz]|agree(?:s|d|ing)? to)(?:e|es|ed|ing|s)? (?:[\w’'-]+ ){0,2}?"
    r"(?:diplomatic )?(?:ties|relations)",
)
TIES_DONE = (
    r"(?:establish|forg|restor|normali[sz])ed (?:[\w’'-]+ ){0,2}?(?:diplomatic )?(?:ties|relations)"
)
_EVENT = re.compile(
    r"\b(?:World Cup|Olympics|Olympic Games|Paralympics|Games|Eurovision|Championships?|"
    r"Summit|Conference|Festival|Expo|Song Contest|Tournament)\b"
)
EVENT_NOUNS = (
    r"tournament",
    r"competition",
    r"event",
    r"games",
    r"championships?",
    r"contest",
    r"(?:opening |closing )?ceremony",
    r"summit",
    r"conference",
    r"festival",
    r"finals?",
)
_STRIKES = re.compile(r"(?:air[ -]?)?(?:strikes|raids|bombings?|bombing campaign)")
STRIKE_ACTS = (
    r"carr(?:y|ies|ied|ying) out (?:its |their |the |a |an )?(?:first |own )?(?:air[ -]?)?(?:strikes?|raids?)",
    r"conduct(?:s|ed|ing)? (?:its |their |the )?(?:first )?(?:air[ -]?)?(?:strikes?|raids?)",
    r"launch(?:es|ed|ing)? (?:its |their |the )?(?:first )?(?:air[ -]?)?(?:strikes?|raids?)",
    r"struck|bomb(?:s|ed|ing)? (?:[\w-]+ )?(?:targets|positions)",
    r"attack(?:s|ed|ing)? (?:[\w-]+ ){0,2}(?:targets|positions)",
    # "Australia sent warplanes of its own", "decided to send eight F18 fighter jets"
    r"(?:send|sends|sent|sending|deploy(?:s|ed|ing)?|commit(?:s|ted|ting)?) (?:[\w-]+ ){0,4}?"
    r"(?:warplanes|jets|aircraft|planes|bombers|fighters|drones)",
)
STRIKE_DONE = (
    r"carried out",
    r"conducted",
    r"launched",
    r"struck",
    r"bombed",
    r"attacked",
    r"sent",
    r"deployed",
)
STRIKE_OBJECTS = (r"air[ -]?strikes?", r"strikes?", r"air campaign", r"bombing campaign")
_AGREEMENT = re.compile(
    r"\((?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}"
    r"(Accords?|Treaty|Agreement|Pact|Convention|Compact|Protocol|Declaration))\)"
)


def _joins(title: str) -> bool:
    return bool(_JOINS.search(title.strip()))


def _synonyms(word: str) -> list[str]:
    """The verbs of the groups a title's verb belongs to, inflected."""
    stem = verb_stem(word)
    verb = NOUN_ACTS.get(stem) or NOUN_ACTS.get(word.lower())
    if verb:
        stem = verb_stem(verb)
        own_forms = [inflected(verb)]
    else:
        own_forms = []
    return own_forms + _group_forms(stem)


def _group_forms(stem: str) -> list[str]:
    return [
        inflected(verb)
        for group in SYNONYMS
        if any(stem == verb_stem(member.split()[0]) for member in group)
        for verb in group
    ] + [form for verb, forms in _OTHER_FORMS.items() if stem == verb_stem(verb) for form in forms]


# Words for a group's act that are no inflection of its verb: "the expulsion of 40
# diplomats", "declared them personae non gratae".
_OTHER_FORMS = {
    # "listed the group as a terrorist organisation", "added it to its terror list"
    "designate": (
        r"list(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?as (?:an? )?(?:terrorist|terror)",
        r"add(?:s|ed|ing)? (?:[\w’'-]+ ){0,4}?to (?:its|their|the) (?:[\w-]+ )?(?:terror(?:ist)?|sanctions?) (?:list|blacklist)",
    ),
    "expel": ("expulsions?", r"declar\w* (?:[\w’'-]+ ){0,6}?personae? non gratae?"),
    # cutting ties: recalling the envoy, closing the embassy
    "cut": (
        r"recall(?:s|ed|ing)? (?:[\w’'-]+ ){0,3}?(?:ambassadors?|envoys?|diplomats?)",
        r"clos(?:e|es|ed|ing) (?:[\w’'-]+ ){0,2}?embass(?:y|ies)",
        r"(?:reduc|downgrad|lower)(?:e|es|ed|ing) (?:[\w’'-]+ ){0,3}?(?:status|relations|ties|representation)",
        r"(?:break|breaks|broke|broken|breaking) (?:[\w’'-]+ ){0,2}?(?:ties|relations)",
        r"(?:withdr(?:aw|aws|ew|awn|awing)|pull(?:s|ed|ing)?) (?:[\w’'-]+ ){0,3}?(?:ambassadors?|envoys?|diplomats?)",
        r"suspend(?:s|ed|ing)? (?:[\w’'-]+ ){0,2}?(?:ties|relations)",
    ),
}


def _known_verb(word: str) -> bool:
    """Whether a word is a verb of the lexicon's groups ("cut", "sever", "send")."""
    stem = verb_stem(word.lower())
    verbs = [member.split()[0] for group in SYNONYMS for member in group]
    verbs += [*_OTHER_FORMS, *LIGHT_VERBS, *TROOP_ACTS]
    return any(stem == verb_stem(verb) for verb in verbs)


def _verb_forms(word: str) -> list[str]:
    lowered = word.lower()
    if lowered in LIGHT_VERBS:
        return [inflected(verb) for verb in LIGHT_VERBS[lowered]]
    stem = verb_stem(lowered)
    if stem.endswith("e") and stem not in _IRREGULAR:
        return [inflected(stem)]  # "move": moves, moved, moving
    return list(_IRREGULAR.get(stem, (re.escape(stem) + r"\w*",)))


def imperative(title: str) -> bool:
    """Whether a title opens on its pledge's verb ("Send F-16 jets to Ukraine")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    return len(words) > 1 and not _NOUN_ENDINGS.search(words[0]) and not gazetteer_word(words[0])


def gazetteer_word(word: str) -> bool:
    from tracker.intake.reading import gazetteer_entry

    return gazetteer_entry(word) is not None


def _title_hosts(text: str, troops: bool = True) -> frozenset[str]:
    from tracker.intake.lexicon import PLACES
    from tracker.intake.reading import find_mentions, seat_as_name

    # Named as a country, not by a capital ("the Ottawa Convention"); by a demonym only
    # where the pledge is about that country ("Recognition of Palestinian statehood"),
    # never where troops are sent ("against Russian aggression").
    # A seat of government names where the pledge is kept ("the 2022 Beijing Winter
    # Olympics"): its country hosts it, whatever the pledge.
    kinds = ("name", "seat") if troops else ("name", "seat", "demonym", "subject")
    codes = {
        m.code
        for m in find_mentions(text)
        if m.kind in kinds and not (m.kind == "seat" and seat_as_name(text[m.end :]))
    }
    codes.update(code for place, code in PLACES.items() if re.search(rf"\b{place}\b", text))
    return frozenset(codes)


def _title_names(title: str) -> frozenset[str]:
    """The proper names of a title that name no country, its first word aside."""
    from tracker.intake.reading import find_mentions

    countries = [(m.start, m.end) for m in find_mentions(title)]
    words = list(re.finditer(r"[\w-]+(?=['’]s\b|[^\w’'-]|$)", title))[1:]
    return frozenset(
        w.group()
        for w in words
        if w.group()[0].isupper()
        and w.group().lower() not in _STOP
        and not any(start <= w.start() < end for start, end in countries)
    )


def _title_bodies(title: str) -> frozenset[str]:
    """The organisations a title names (by code or by one of their bodies)."""
    from tracker.intake.reading import gazetteer_forms

    return frozenset(
        code
        for form, (code, kind) in gazetteer_forms().items()
        if kind == "organisation" and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", title)
    )


@cache
def pledge_terms(pledge: Pledge) -> PledgeTerms:
    """The verbs, past forms, objects and hosts of a pledge, from its title and phrases."""
    from tracker.intake.reading import gazetteer_entry

    text = " ".join([pledge.title, *pledge.phrases])
    personnel = _PERSONNEL_TITLE.findall(text)
    troops = bool(_TROOP_TITLE.search(text) or personnel)
    acts: list[str] = list(GENERIC_ACTS)
    done: list[str] = []
    own: list[str] = []
    objects: list[str] = list(TROOP_OBJECTS) if troops else []
    if personnel:
        objects = [
            *(re.escape(p.lower()) for p in personnel),
            *PERSONNEL_OBJECTS,
            *objects,
        ]
    abstain = False
    if troops:
        acts.extend(TROOP_ACTS)
    # "Recall the ambassador from Israel or cut ties ...": a second verb the title
    # coordinates is an act of the pledge too.
    coordinated = re.search(r"\s(?:or|and)\s+([a-z]+)\s+\S", pledge.title)
    extra = (
        [pledge.title[coordinated.start(1) :]]
        if coordinated and imperative(pledge.title) and _known_verb(coordinated.group(1))
        else []
    )
    for number, phrase in enumerate([pledge.title, *extra, *pledge.phrases]):
        # An adverb before the title's verb ("Diplomatically boycott ...", "Formally
        # recognise ..."): the verb is the word after it.
        phrase = _LEADING_ADVERB.sub("", phrase)
        words = re.findall(r"[^\W\d_][\w’'-]*", phrase)
        content = [
            w
            for w in words
            if w.lower() not in _STOP
            and not gazetteer_entry(w)
            and not (troops and _TROOP_TITLE.fullmatch(w))
        ]
        if not content:
            continue
        if troops:
            # A troop pledge's verbs are known ("send", "deploy"); its title's and
            # phrases' other words are nouns ("reassurance force", "on the ground").
            continue
        # The pledge's own verbs: the first content word ("Recognition", "Boycotting",
        # "send" of "send troops") and the title's other common words ("Eurovision 2026
        # boycott"), never a proper name within it ("the Board of Peace").
        heads = [
            w
            for position, w in enumerate(content)
            if (position == 0 and w == words[0]) or not w[0].isupper()
        ][:3] or content[:1]
        if content[0] == words[0] and (
            imperative(phrase)
            or re.match(r"\W*[\w’'-]+\s+(?:of|from|to|for|with|on|against)\b", phrase)
        ):
            # "Ban Huawei from 5G networks", "Expulsion of Russian diplomats": the first
            # word is the act, "networks" and "diplomats" are no verbs.
            heads = heads[:1]
        elif (
            len(heads) > 1
            and heads[0] == words[0]
            and (heads[0].isupper() or any(_act_noun(h) for h in heads[1:]))
        ):
            heads = heads[1:]  # "BRICS membership", "Eurovision 2026 boycott": a name first
        if number == 0 or not abstain:
            abstain = abstain or verb_stem(heads[0]).startswith(ABSTAIN_STEMS)
        if abstain:
            # "Boycott Eurovision 2026 over Israel's participation": what is boycotted
            # is the taking part, never the pledge's own verb.
            heads = [h for h in heads if not _TAKES_PART.fullmatch(h)] or heads[:1]
        for head in heads:
            short = len(verb_stem(head)) < 4 and head.lower() not in LIGHT_VERBS
            opening_verb = head is heads[0] and head == words[0] and imperative(phrase)
            if short and not opening_verb:
                continue  # "oil", "war": too short to be read as a verb's stem
            # "Cut diplomatic ties ...": a title's opening verb, however short, is its act.
            forms = [inflected(head)] if short else _verb_forms(head)
            if head is heads[0] and _joins(phrase) and head.lower() in _LIGHT_HEADS:
                forms = []  # "Take part in ...", "Become a member of ...": no "take" alone
            if head is heads[0]:
                forms += [f for f in _synonyms(head) if f not in forms]
            acts.extend(forms)
            own.extend(forms)
            done.extend(rf"{_DONE_HEAD}(?:{form})" for form in forms)
        objects.extend(
            re.escape(w.lower())
            for w in content[1:]
            if not w[0].isupper() and not (abstain and _TAKES_PART.fullmatch(w))
        )
    switch = None if troops else _SWITCH.match(pledge.title)
    if switch:
        # "Switch recognition from Taiwan to China": cutting ties with the one is
        # switching, and so is establishing them with the other.
        old, new = (_place_forms(switch.group(side)) for side in ("old", "new"))
        forms = [
            *_group_forms("cut"),
            *(f.replace("⟨from⟩", old).replace("⟨to⟩", new) for f in SWITCH_ACTS),
        ]
        acts.extend(forms)
        own.extend(forms)
        done.extend(rf"{_DONE_HEAD}(?:{form})" for form in forms)
    if not troops and _CASE_TITLE.search(text) and not abstain:
        # joining a case is intervening in it: "have so far joined with the lawsuit"
        acts.extend([*CASE_ACTS, inflected("join")])
        own.extend([*CASE_ACTS, inflected("join")])
        done.extend([*CASE_DONE, "joined"])
    if abstain:
        acts.append(PRESENCE.removeprefix("\\b").removesuffix("\\b"))
        acts.extend(ABSTAIN_ACTS)
        own.extend(ABSTAIN_ACTS)
        done.extend(rf"(?:{form})(?<=ed|[^s]s|wn|ew|ut)" for form in ABSTAIN_ACTS)
    invited = joined = member = "(?!x)x"
    title_words = re.findall(r"[^\W\d_]+", pledge.title)
    if not troops and title_words and _joins(pledge.title):
        # "Join the union": to accept the invitation or to sign up is to join it
        # (receiving an invitation is nobody's position).
        joining = [inflected("join"), *_group_forms("join")]
        acts.extend([*JOIN_ACTS, *joining])
        own.extend([*JOIN_ACTS, *joining])
        done.extend(rf"(?:{form})(?<=ed)" for form in joining)
        done.append(JOIN_DONE)
        invited = INVITED
        joined = JOINED
        if re.search(r"\bmember\b", pledge.title, re.IGNORECASE):
            member = MEMBERS
    if not troops and any(_STRIKES.fullmatch(o) for o in objects):
        # "Join the US-led airstrikes": carrying them out is joining them ("France carried
        # out its first air strike in Iraq", "French jets then struck again").
        acts.extend(STRIKE_ACTS)
        own.extend(STRIKE_ACTS)
        done.extend(STRIKE_DONE)
        objects.extend(STRIKE_OBJECTS)
    if not troops and not abstain and {"relations", "ties"} & set(objects):
        # "Normalise relations with Israel": establishing, restoring or agreeing to full
        # diplomatic ties is the same act, and ties are relations.
        acts.extend(TIES_ACTS)
        own.extend(TIES_ACTS)
        done.append(TIES_DONE)
        objects.extend(["ties", "relations"])
    if not troops and _EVENT.search(pledge.title):
        # "Boycott the 2018 FIFA World Cup in Russia": the page's "tournament", "event" or
        # "opening ceremony" is the title's event.
        objects.extend(EVENT_NOUNS)
    agreement = None if troops else _AGREEMENT.search(pledge.title)
    if agreement:
        # "Normalise relations with Israel (the Abraham Accords)": the agreement a title
        # names in brackets states its pledge; joining or signing it is the act.
        forms = [inflected("join"), inflected("sign"), *JOIN_ACTS]
        acts.extend(forms)
        own.extend(forms)
        done.extend(["joined", "signed", JOIN_DONE])
        objects.extend(
            [re.escape(agreement.group(1).lower()), re.escape(agreement.group(2).lower())]
        )
    hosts = _title_hosts(text, troops)
    # What a recognition or a boycott is of is its object; where troops go is not.
    for run in (
        []
        if troops
        else re.findall(
            r"\b[A-Z][\w’'-]*?(?=['’]s\b|[^\w’'-]|$)(?: [A-Z][\w’'-]*?(?=['’]s\b|[^\w’'-]|$))*",
            text,
        )
    ):
        words = run.split()
        for place in (" ".join(words[i:]) for i in range(len(words))):  # "Recognising Palestine"
            entry = gazetteer_entry(place)
            if entry and entry[0] in hosts:
                name = re.escape(place.lower())
                objects.extend([name, rf"(?:the )?state of {name}"])
                break
    objects.extend(
        re.escape(form.lower()) + r"(?: state(?:hood)?)?"
        for form, (code, _kind) in _demonyms().items()
        if code in hosts and not troops
    )
    own_text = "|".join(own)
    return PledgeTerms(
        act="|".join(dict.fromkeys(acts)),
        own="|".join(dict.fromkeys(own)) or "(?!x)x",
        done="|".join(dict.fromkeys(done)) or "(?!x)x",
        objects="|".join(dict.fromkeys(objects)) or "(?!x)x",
        hosts=hosts,
        troops=troops,
        abstain=abstain,
        names=_title_names(pledge.title),
        bodies=_title_bodies(pledge.title),
        invited=invited,
        joined=joined,
        member=member,
        scope=_scope(pledge.title) if not troops else "(?!x)x",
        left_open=_LEFT_OPEN if not troops and re.search(r"\bclos|\bshut", own_text) else "(?!x)x",
        figures=frozenset(
            re.findall(r"\d+(?:[.,]\d+)?(?=\s*(?:%|per ?cent|percent))", pledge.title)
        ),
    )


_LEFT_OPEN = (
    r"(?:keep|keeps|kept|keeping|remain|remains|remained|stay|stays|stayed|leave|leaves|left|still)"
    r" (?:[\w’'-]+ ){0,4}?open\b(?! (?:to|for) (?:talks|dialogue|negotiations|discussion))"
)


def _demonyms() -> dict[str, tuple[str, str]]:
    from tracker.intake.reading import gazetteer_forms

    return {form: entry for form, entry in gazetteer_forms().items() if entry[1] == "demonym"}


_CURRENT: ContextVar[PledgeTerms | None] = ContextVar("pledge_terms", default=None)


def current_terms() -> PledgeTerms:
    """The terms of the pledge being drafted (the troop pledge outside a draft)."""
    return _CURRENT.get() or pledge_terms(TROOP_PLEDGE)


def terms_in_use() -> PledgeTerms | None:
    """The terms of the draft in progress, or None (while a pledge's terms are made)."""
    return _CURRENT.get()


@contextmanager
def using(pledge: Pledge) -> Iterator[PledgeTerms]:
    """Read with one pledge's terms for the duration of a draft."""
    terms = pledge_terms(pledge)
    token = _CURRENT.set(terms)
    try:
        yield terms
    finally:
        _CURRENT.reset(token)
