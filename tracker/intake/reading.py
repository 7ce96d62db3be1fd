"""What `tracker draft` reads in one sentence: the countries it names and which of them
act, the stance cues of each clause, and the details (contributions, troops, conditions,
speaker, date). Pure functions over text; the word lists are in `tracker.intake.lexicon`.
"""

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from tracker.intake import lexicon
from tracker.intake.pledge import PRESENCE, TAKING_PART, PledgeTerms, current_terms, terms_in_use

_FLAGS = re.IGNORECASE
# What a troop (or personnel) pledge's countries send, counted "from" them: "units from
# Bulgaria", "200 firefighters from South Africa" (the pledge's own objects beside these).
_UNIT_NOUNS = (
    r"troops|soldiers|units|forces|contingents?|personnel|battalions?|colleagues|counterparts"
)


def counted_from(before: str) -> bool:
    """Whether a list is counted as the pledge's troops or people: "units from", "200
    firefighters arriving from", "their colleagues from countries including"."""
    nouns = rf"{_UNIT_NOUNS}|{current_terms().objects}"
    coming = r"(?:(?:arriving|coming|sent|deployed|dispatched)\s+)?"
    listed = r"(?:(?:other\s+)?(?:countries|nations)\s+(?:including|such\s+as|like)\s+)?"
    found = re.search(
        rf"\b(?:{nouns})\s+{coming}from\s+{listed}(?:the\s+)?$", before, re.IGNORECASE
    )
    return found is not None


_TAKES_PART = re.compile(rf"{TAKING_PART}|{PRESENCE}", _FLAGS)
_TAKES_BACK = re.compile(r"(?:resum|restor|reinstat|revers|overturn)", _FLAGS)


@dataclass(frozen=True)
class _Span:
    """Where a form was found (the part of a match `find_mentions` reads)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


@dataclass
class Mention:
    """One place where a sentence names a country."""

    code: str
    start: int
    end: int
    text: str
    kind: str  # name | demonym | people | seat | person | subject (a demonym's noun)
    acts: bool = False
    holder: bool = False  # holds a cue noun: "a promise from Denmark"


# -- countries ---------------------------------------------------------------------


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (code, kind), longest forms first when scanning."""
    from tracker.countries import all_countries, resolve_country
    from tracker.errors import InvalidValue

    forms: dict[str, tuple[str, str]] = {}
    for country in all_countries():
        if country.code not in lexicon.ORGANISATIONS:
            forms[country.name] = (country.code, "name")
            # Articles spell out what the resolver abbreviates: "Antigua and Barbuda",
            # "Saint Kitts and Nevis", "St Vincent and the Grenadines".
            for spelt in _spelt_out(country.name):
                forms.setdefault(spelt, (country.code, "name"))
            # "Myanmar (Burma)": articles write either name, never both.
            for part in re.findall(r"^(.+?) \((.+)\)$", country.name)[:1]:
                for name in part:
                    forms.setdefault(name, (country.code, "name"))
            if len(country.name) > 4:
                # Headings and transcript labels in capitals: "THE NETHERLANDS: ...".
                forms.setdefault(country.name.upper(), (country.code, "name"))
    for name in lexicon.EXTRA_NAMES:
        try:
            forms[name] = (resolve_country(name).code, "name")
        except InvalidValue:  # unknown, or ambiguous once the resolver says so
            continue
    for form, code in lexicon.INITIALS.items():
        forms.setdefault(form, (code, "name"))
    for form, (code, kind) in list(forms.items()):
        if kind == "name" and re.fullmatch(r"[A-Z]{2,3}", form):
            # Abbreviations spelt with stops: "the U.K. and France", "the U.A.E." (where
            # the lexicon reads one as a demonym, "U.S. troops", it stays one).
            dotted = ".".join(form) + "."
            if dotted not in lexicon.DEMONYMS:
                forms.setdefault(dotted, (code, "name"))
    for code in lexicon.ORGANISATIONS:
        forms[code] = (code, "organisation")
    for form, code in lexicon.ORGANISATION_BODIES.items():
        forms[form] = (code, "organisation")
    forms.update({k: (v, "demonym") for k, v in lexicon.DEMONYMS.items() if k not in forms})
    forms.update({k: (v, "demonym") for k, v in _demonyms().items() if k not in forms})
    forms.update({k: (v, "people") for k, v in lexicon.PEOPLES.items() if k not in forms})
    forms.update({k: (v, "seat") for k, v in lexicon.SEATS.items() if k not in forms})
    return forms


def _spelt_out(name: str) -> list[str]:
    """A short name's spelt-out forms: "St. Vincent & Grenadines" -> "Saint Vincent and
    the Grenadines", "St Vincent and Grenadines", ..."""
    if "&" not in name and not name.startswith("St. "):
        return []
    ands = [name.replace(" & ", " and "), name.replace(" & ", " and the ")]
    saints = [
        form.replace("St. ", prefix, 1) for form in ands for prefix in ("Saint ", "St ", "St. ")
    ]
    plain = [
        unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode() for form in ands
    ]
    return [form for form in dict.fromkeys(ands + saints + plain) if form != name]


def _demonyms() -> dict[str, str]:
    """Every state's demonym as countryinfo gives it ("Jordanian", "Emirati"), where it
    names one state only: "demonyms before any noun" for all of them, not a list."""
    from countryinfo import CountryInfo

    codes: dict[str, set[str]] = {}
    for info in CountryInfo.all().values():
        iso = info.get("ISO") or {}
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        demonym = info.get("demonym")
        if code and isinstance(demonym, str) and demonym.strip():
            codes.setdefault(demonym.strip(), set()).add(code)
    return {form: next(iter(found)) for form, found in codes.items() if len(found) == 1}


def gazetteer_forms() -> dict[str, tuple[str, str]]:
    """Every surface form the drafter knows -> (code, kind)."""
    return _gazetteer()


def gazetteer_entry(form: str) -> tuple[str, str] | None:
    """(code, kind) of a surface form the drafter knows ("Ukraine" -> ("UA", "name"))."""
    return _gazetteer().get(form)


@cache
def _mention_pattern() -> re.Pattern[str]:
    forms = sorted(_gazetteer(), key=len, reverse=True)
    alternatives = "|".join(re.escape(form) for form in forms)
    # Case-sensitive on purpose: "US" is a country, "us" a pronoun; "Turkey" vs "turkey".
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")


# "became the eighth country who cut ties with Qatar after A, B and C": the countries
# after "after" did it first.
_NTH_AFTER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?(?:country|nation|state|government|one)\s+(?:to|that|who|which)\b[^.;:]*?"
    r"\b(?:after|following)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
JOINS_GROUP_OF = (
    r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?(?:other\s+)?(?:[\w-]+\s+)?(?:countries|nations|states|"
    r"governments)\s+of\s+(?:the\s+)?$"
)
_JOINS_GROUP_OF = re.compile(JOINS_GROUP_OF, re.IGNORECASE)
# "Bahrain, (immediately) followed by A, B and C, announced ...", "Italy, alongside the UK
# and France, supplies ...": one subject.
FOLLOWED_BY = (
    r",\s*(?:(?:[a-z]+ly\s+)?(?:followed|joined|accompanied)\s+by|alongside|along with|together with)"
    r"\s+(?:the\s+)?$"
)
_FOLLOWED_BY = re.compile(FOLLOWED_BY, re.IGNORECASE)
_PREPOSITIONS = {
    "in", "to", "into", "for", "at", "on", "with", "without", "against", "about", "over",
    "toward", "towards", "through", "across", "near", "between", "from", "of", "under",
    "inside", "outside", "around", "beyond", "via", "within", "after", "before", "among",
    "like", "unlike", "than", "including", "besides", "except", "until", "during", "behind",
}  # fmt: skip
# Verbs whose object a country named right after them is ("see US guarantees", "urged
# Germany to ..."): the one acting is the verb's subject.
_OBJECT_VERBS = {
    "see", "sees", "saw", "want", "wants", "wanted", "demand", "demands", "demanded", "need",
    "needs", "seek", "seeks", "sought", "urge", "urges", "urged", "ask", "asks", "asked",
    "press", "pressed", "pressing", "persuade", "persuaded", "convince", "convinced",
    "invite", "invited", "thank", "thanked", "thanks", "accuse", "accused", "blame", "blamed",
    "criticise", "criticised", "criticize", "criticized", "visit", "visited", "visiting",
    # "Turkey and Egypt condemned Israel's recognition": the object's holder
    "condemn", "condemns", "condemned", "denounce", "denounces", "denounced", "reject",
    "rejects", "rejected", "oppose", "opposes", "opposed",
}  # fmt: skip
_DETERMINERS = {
    "the", "a", "an", "its", "their", "own", "neutral", "neighbouring", "neighboring", "both",
}  # fmt: skip
_WORD = re.compile(r"[\w’'-]+")


# How far back a look at the words before a country reaches: enough for any phrase the
# rules read, and it keeps a long list in one sentence linear rather than quadratic.
_BACK = 200


def _before(sentence: str, start: int) -> str:
    """The text before a position, at most `_BACK` characters of it."""
    return sentence[max(0, start - _BACK) : start]


def _previous_words(sentence: str, start: int, count: int = 3) -> list[str]:
    """The last words before a position, within its clause ("Canada and Australia are
    in; Japan is mulling ...": nothing before Japan)."""
    before = re.split(r"[;:,()—–]", _before(sentence, start))[-1]
    return [w.lower() for w in _WORD.findall(before)][-count:]


_VERBS = (
    r"have|has|had|are|is|were|was|will|would|can|could|may|might|do|does|did|say|says|said|"
    r"want|wants|insist|insists|refuse|refuse[sd]|remain|remains|plan|plans|offer|offered|"
    r"pledged|promised|agreed|rejected|declined"
)


# -- people the article links to their country ----------------------------------------

_OFFICE = (
    r"(?:President|Prime Minister|PM|Premier|Chancellor|(?:Deputy |Vice )?(?:Foreign|Defen[cs]e|"
    r"Interior|Finance) Minister|Minister(?: of [A-Z]\w+)?|(?:Foreign|Defen[cs]e) Secretary|"
    r"Secretary of State|Vice President|King|Queen|Emir|Crown Prince|Sultan|spokes(?:man|woman|person)|"
    r"(?:presidential |chief |national security )?(?:adviser|advisor)|envoy|[Aa]mbassador|"
    r"president|prime minister|premier|chancellor|(?:foreign|defen[cs]e) minister|minister)"
)
_PERSON = r"[A-ZÀ-Ý][\w’'-]+(?:\s+(?:von der |van der |bin |al-|de |da |di |van |von )?[A-ZÀ-Ý][\w’'-]+){1,2}"
_HOLDS_OFFICE_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:(?:acting|interim|new)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_OFFICE}\s+({_PERSON})"
)
_HOLDS_OFFICE_BEFORE = re.compile(rf"({_PERSON}),\s+(?:the\s+|his\s+country['’]s\s+)?$")
_OFFICE_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_OFFICE}\b")
_FORMER = re.compile(r"\b(?:former|ex-|late)\s*$", re.IGNORECASE)
_PEOPLE: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("article_people", default=())


def people_in(body: str) -> dict[str, str]:
    """The people an article links to their country by their office ("French President
    Emmanuel Macron", "Morocco's Foreign Minister Nasser Bourita", "Keir Starmer, the
    British prime minister"), by full name and surname -> code. Read from the text itself:
    there is no table of office holders, so the draft never ages (issue 20, item 2)."""
    gazetteer = _gazetteer()
    people: dict[str, str] = {}
    # An office without a country, in a sentence about one country's part: "Chancellor
    # Merz said a German participation can only be decided ..." links Merz to Germany.
    for sentence in re.split(r"(?<=[.!?])\s+", body):
        titled = re.search(rf"\b{_OFFICE}\s+({_PERSON}|[A-ZÀ-Ý][\w’'-]{{3,}})", sentence)
        if not titled:
            continue
        parts = {
            gazetteer[m.group()][0]
            for m in _mention_pattern().finditer(sentence)
            if gazetteer[m.group()][1] == "demonym"
            and re.match(rf"\s+(?:{lexicon.HOLDER_NOUNS})\b", sentence[m.end() :], _FLAGS)
        }
        if len(parts) == 1:
            name = titled.group(1).split()
            if not any(w in gazetteer for w in name):
                for form in (" ".join(name), name[-1]):
                    people.setdefault(form, next(iter(parts)))
    for match in _mention_pattern().finditer(body):
        code, kind = gazetteer[match.group()]
        if kind not in ("name", "demonym") or _FORMER.search(
            body[max(0, match.start() - 12) : match.start()]
        ):
            continue
        names = []
        after = _HOLDS_OFFICE_AFTER.match(body[match.end() : match.end() + 120])
        if after:
            names.append(after.group(1))
        before = _HOLDS_OFFICE_BEFORE.search(body[max(0, match.start() - 60) : match.start()])
        if before and _OFFICE_AFTER.match(body[match.end() : match.end() + 60]):
            names.append(before.group(1))
        for name in names:
            name = re.sub(rf"^(?:{_OFFICE})\s+", "", re.sub(r"['’]s$", "", name))
            words = name.split()
            if any(
                (w in gazetteer and gazetteer[w][1] != "person")
                or w.lower() in lexicon.WEEKDAYS
                or w.lower() in lexicon.MONTHS
                or w in ("On", "The", "In", "At", "By", "He", "She", "It", "But", "And")
                for w in words
            ):
                continue
            for form in (name, words[-1]):
                if len(form) > 3:
                    people.setdefault(form, code)
    return people


@contextmanager
def knowing_people(body: str) -> Iterator[None]:
    """Read an article's sentences knowing the people it links to their countries."""
    token = _PEOPLE.set(tuple(sorted(people_in(body).items())))
    try:
        yield
    finally:
        _PEOPLE.reset(token)


def _another_person(after: str) -> bool:
    """Whether another linked person follows in a list: "Emmanuel Macron, Keir Starmer
    and Giorgia Meloni signed ..."."""
    pattern = _people_pattern(_PEOPLE.get())
    link = re.match(r",?\s+(?:and\s+)?", after)
    return bool(pattern and link and pattern.match(after, link.end()))


@lru_cache(maxsize=32)
def _people_pattern(people: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not people:
        return None
    forms = sorted((form for form, _code in people), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w])")


def _matches(sentence: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, text, code, kind) of every country form and linked person, in order,
    a longer form winning where two overlap."""
    gazetteer = _gazetteer()
    found = [
        (m.start(), m.end(), m.group(), *gazetteer[m.group()])
        for m in _mention_pattern().finditer(sentence)
    ]
    if len(found) >= 3:
        found = sorted(found + _misspelt_members(sentence, found))
    if any(code == "CD" for *_rest, code, _kind in found):
        # "Comoros, Congo, Costa Rica, ..., Democratic Republic of the Congo": beside the
        # DRC, a bare "Congo" is the other one (which the resolver leaves ambiguous).
        taken = [(start, end) for start, end, *_rest in found]
        found = sorted(
            found
            + [
                (m.start(), m.end(), m.group(), "CG", "name")
                for m in re.finditer(r"(?<![\w-])Congo(?![\w-])", sentence)
                if not any(start <= m.start() < end for start, end in taken)
            ]
        )
    people = _PEOPLE.get()
    pattern = _people_pattern(people)
    if pattern is not None:
        codes = dict(people)
        taken = [(start, end) for start, end, *_rest in found]
        for m in pattern.finditer(sentence):
            if not any(start < m.end() and m.start() < end for start, end in taken):
                found.append((m.start(), m.end(), m.group(), codes[m.group()], "person"))
        found.sort()
    return found


# A list member between commas that is no name the resolver knows: "..., Guatamala,
# Guyana, ...", "Lichtenstein", "Phillipines" (pages misspell names in long lists).
_LIST_ITEM = re.compile(
    r"(?:(?<=, )|(?<=^)|(?<=: ))([A-Z][a-z’']+(?: [A-Z][a-z’']+)?)(?=,| and |\.?$)"
)


@cache
def _spellings() -> dict[str, tuple[str, str]]:
    """Country names of five letters or more, by name (for `_misspelt_members`)."""
    return {
        form: entry
        for form, entry in _gazetteer().items()
        if entry[1] == "name" and len(form) >= 5 and not form.isupper()
    }


def _misspelt_members(
    sentence: str, found: list[tuple[int, int, str, str, str]]
) -> list[tuple[int, int, str, str, str]]:
    """Members of a list of three names or more that a page misspelt, each as the name it
    is one or two letters from (same first letter, never a name the list has already)."""
    from difflib import get_close_matches

    taken = [(start, end) for start, end, *_rest in found]
    codes = {code for *_rest, code, _kind in found}
    spellings = _spellings()
    misspelt = []
    for m in _LIST_ITEM.finditer(sentence):
        if any(start < m.end() and m.start() < end for start, end in taken):
            continue
        word = m.group(1)
        if len(word) < 5:
            continue
        close = get_close_matches(word, spellings, n=1, cutoff=0.85)
        if close and close[0][0] == word[0] and spellings[close[0]][0] not in codes:
            code, kind = spellings[close[0]]
            misspelt.append((m.start(), m.end(), word, code, kind))
    return misspelt


_IRREGULAR_PAST = (
    r"let|made|gave|took|told|put|set|kept|held|left|met|saw|spoke|wrote|went|came|led|sent|"
    r"stood|thought|meant|knew|got|must|should|shall"
)


_FORMAL_NAME = re.compile(
    r"(?:\b[Tt]he\s+)?(?:[A-Z][\w’'-]+\s+){0,3}(?:Republic|Kingdom|State|Union|Sultanate|Emirate|"
    r"Federation|Commonwealth|Principality|Grand Duchy)\s+of\s+(?:the\s+)?$"
)


@cache
def _demonym_list_role() -> re.Pattern[str]:
    demonyms = "|".join(
        re.escape(form)
        for form, (_code, kind) in sorted(_gazetteer().items(), key=lambda i: -len(i[0]))
        if kind == "demonym"
    )
    link = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    return re.compile(
        rf"{link}(?:(?:{demonyms}){link})*(?:{demonyms})\s+(?:{lexicon.ROLE_NOUNS})s?\b", _FLAGS
    )


def _in_list_of_names(sentence: str, start: int, end: int) -> bool:
    """Whether a demonym stands as a list member between country names ("after Saudi,
    UAE and Bahrain"): it names its country, as the others do."""
    beside = [
        re.match(
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w]*)?)",
            sentence[end:],
        ),
        re.search(
            r"([A-Z][\w.]*(?:\s[A-Z][\w]*)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", sentence[:start]
        ),
    ]
    for found in beside:
        if found:
            name = found.group(1).rstrip(".")
            entry = gazetteer_entry(name) or gazetteer_entry(name.split()[0])
            if entry and entry[1] == "name":
                return True
    return False


# An organisation opens its sentence as the subject of a finite verb: "In February, the
# European Parliament, the European Commission and the EU Council have all banned ...",
# "The European Commission, the executive arm of the 27 EU nations, barred ...". Never an
# attribute ("EU states", "NATO allies", "the EU's foreign policy chief") and never a
# convenor ("the EU convened", "the UN hosts"): those stay mentioned.
_ORGANISATION_OPENING = re.compile(
    r"(?:[A-Z][\w ]{0,40}:\s*)?(?:(?:In|On|Last|This|Earlier|By)\b[^,]{0,40},\s*)?"
    # (the subject of a clause of time: "The move came after the EU banned ...")
    r"(?:[^,;:]{0,60}?\b(?:after|since|when|because)\s+)?"
)
_ORGANISATION_VERB = re.compile(
    r"(?:\s*,\s*(?:the\s+)?[a-z][^,]{0,70},"  # an apposition
    r"|\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[A-Z][\w]*\s+){0,2}[A-Z][\w]*(?=[\s,]))*?"  # its other bodies
    r"\s+(?:(?:has|have|had|will|would|is|was|also|all|too|already|itself|formally|officially|"
    r"has\s+also|have\s+all|now|then)\s+)*"
    r"(?!(?:called|urged|asked|convened|hosted|host|hosts|launched|organi[sz]ed|announced|said|says|"
    r"noted|welcomed|stated|reported|warned|added)\b)"
    r"(?:[a-z]+ed|barred|banned|bans|bars|joins|joined|signs|signed|ratifies|ratified|"
    r"recogni[sz]es|supports|opposes|rejects|refuses|refused|declined|made|took|imposed)\b"
)
_CONVENORS = re.compile(
    r"\b(?:convene[drs]?|convening|hosts?|hosted|organi[sz]e[drs]?|launch(?:ed|es)?)\b", re.I
)


def _acting_organisation(sentence: str, start: int, end: int) -> bool:
    """Whether an organisation is its sentence's acting subject ,
    alone or after its other bodies, never in a sentence that convenes or launches."""
    opening = _ORGANISATION_OPENING.match(sentence)
    before = sentence[opening.end() if opening else 0 : start]
    bodies = [part for part in re.split(r",|\band\b|\bthe\b", before, flags=re.I) if part.strip()]
    if not all((gazetteer_entry(p.strip()) or ("", ""))[1] == "organisation" for p in bodies):
        return False
    return bool(_ORGANISATION_VERB.match(sentence, end)) and not _CONVENORS.search(sentence)


def find_mentions(sentence: str) -> list[Mention]:
    """Every country the sentence names, and whether each one acts in it."""
    mentions: list[Mention] = []
    for start, end, text, code, kind in _matches(sentence):
        if text == "America" and re.search(
            r"\b(?:Latin|South|North|Central)\s+$", sentence[:start]
        ):
            continue  # "in Latin America": a region
        formal = _FORMAL_NAME.search(_before(sentence, start)) if kind == "name" else None
        if formal:
            # "the Hashemite Kingdom of Jordan": one name, its "of" no preposition.
            start -= len(formal.group())
        match = _Span(start, end, text)
        mention = Mention(code, match.start(), match.end(), match.group(), kind)
        if re.search(r"\b(?:anti|pro)-$", sentence[:start], _FLAGS):
            mentions.append(mention)  # "over its anti-Israel bias": what it is about
            continue
        after = sentence[match.end() : match.end() + 40]
        if kind == "demonym":
            # "the Czech, Italian and Belgian governments": each demonym of the list holds
            # the role noun after its last one.
            role = re.match(rf"\s+(?:{lexicon.ROLE_NOUNS})s?\b", after, _FLAGS) or (
                _demonym_list_role().match(sentence, match.end())
            )
            forces = re.match(rf"\s+{lexicon.FORCE_NOUNS}\b", after, _FLAGS)
            people = re.match(rf"\s+(?:{_VERBS})\b", after) and re.search(
                r"\b[Tt]he\s+$", _before(sentence, match.start())
            )  # "The Dutch have offered F-35s": a people, acting
            # Before any noun as the subject of a verb: "Jordanian troops will not join",
            # "Emirati presidential adviser Anwar Gargash said" (issue 20, item 2).
            subject = re.match(
                rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{_VERBS}|[a-z]+ed)\b", sentence[match.end() :]
            )
            refused = forces and re.search(
                r"\b(?:no|not one|not a single)\s+$", _before(sentence, match.start()), _FLAGS
            )  # "There will be no Italian soldiers in Ukraine"
            listed = _in_list_of_names(sentence, match.start(), match.end())
            if forces and (
                _UNIT_OF.search(_before(sentence, match.start()))
                or re.search(r"\b\d[\d,.]*\s+$", _before(sentence, match.start()))
            ):
                # "a third contingent consisting of 150 Swedish soldiers will join": the
                # unit's troops are its country's, the unit the verb's subject.
                mention.kind, mention.acts, mention.holder = "subject", True, True
                mentions.append(mention)
                continue
            if listed and not role and not forces:
                mention.kind = "name"  # "after Saudi, UAE, Bahrain ...": a name in a list
            elif (
                not role
                and not people
                and not refused
                and not (forces and _opens_clause(sentence, match.start()))
                and not (subject and _opens_clause(sentence, match.start()))
            ):
                mentions.append(mention)  # "Polish soldiers", "Ukrainian airspace"
                continue
        if mention.kind == "demonym" and not role and not people and not refused:
            mention.kind = "subject"  # "Canadian aircraft could help": weaker than "Canada"
        if kind == "organisation" and not _acting_organisation(sentence, start, end):
            mentions.append(mention)  # listed as mentioned, never proposed (see lexicon)
            continue
        if kind == "organisation":
            mention.kind = "name"  # "The European Commission barred its staff ..."
        if (
            kind == "people"
            and re.search(r"\b\d[\d,.]*\s+$", _before(sentence, start))
            and current_terms().troops
        ):
            # "A second brigade will have 1,640 Ukrainians": a count of its troops
            mention.kind, mention.acts, mention.holder = "subject", True, True
            mentions.append(mention)
            continue
        if kind == "people" and not re.match(r"(?:,[a-z ]+,)?\s+(?!of\b)[a-z]", after):
            mentions.append(mention)  # "the French" acts only before a verb
            continue
        if kind == "person" and (
            not (
                # a person acts as the subject of a verb: "Macron said", "Meloni again
                # rejected", never "... and vice president JD Vance over the weekend"
                re.match(
                    rf"(?:\s*\([^)]*\))?,?\s+(?:[a-z]+ ){{0,2}}?(?:{_VERBS}|{_IRREGULAR_PAST}|[a-z]+ed|[a-z]+s)\b",
                    after,
                )
                or _another_person(sentence[match.end() :])
            )
            or re.search(
                rf"\b(?:{lexicon.SPEECH_VERBS})\b[^.,]*$", _before(sentence, match.start())
            )
        ):
            mentions.append(mention)  # "..., said Macron": the speaker, not the actor
            continue
        if re.match(r"-[a-z]", after):
            mentions.append(mention)  # "the US-led group", "a Qatari-brokered deal"
            continue
        if re.search(r"\b(?:a|an)\s+$", _before(sentence, match.start()), _FLAGS):
            mentions.append(mention)  # "wants a US backstop": a name used as an adjective
            continue
        mention.acts = True
        mentions.append(mention)
    for mention in mentions:
        if mention.kind == "name" and possessive_act(sentence, mention):
            mention.holder = True  # "After Panama's switching of relations, ...": its act
    _apply_prepositions(sentence, mentions)
    _apply_conditions(sentence, mentions)
    _apply_reported_speech(sentence, mentions)
    _apply_speaker_after(sentence, mentions)
    _apply_non_positions(sentence, mentions)
    return mentions


# "he believes that Estonia may join", "analysts expect Chile to ...": a view of what
# others will do, no position of theirs (issue 20, item 4).
_VIEW_OF_OTHERS = re.compile(
    r"\b(?:believes?|believed|thinks?|thought|expects?|expected|predicts?|predicted|"
    r"speculates?|speculated|suggests?|suggested|assumes?|assumed|anticipates?|anticipated|"
    r"forecasts?|(?:does|did|do)(?: not|n['’]t) rule out|is (?:confident|convinced|sure))"
    r"\s+(?:that\s+)?(?:the\s+)?$",
    _FLAGS,
)
# A dateline: "BRUSSELS, Belgium: ...", "PARIS, France (AP) -- ...".
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}[A-Z],\s+(?:the\s+)?$")
_DATELINE_END = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?(?::|—|–|--|-\s)")
# A capital naming a treaty, format or meeting: "the Ottawa Convention", "the Minsk format".
_SEAT_AS_NAME = re.compile(
    r"^\s+(?:[A-Z][\w-]+\s+)?(?:convention|treaty|accords?|agreement|protocol|process|format|"
    r"summit|talks|declaration|conference|principles|group|club|charter|statute)\b",
    _FLAGS,
)
# A verb right before a country makes it the verb's object: "to deter Russia", "after
# Russia invaded Ukraine"; never "joined" ("Chile joined Peru in ..." shares the stance).
_OBJECT_OF = re.compile(r"\b(?:to\s+(?!the\b|a\b|an\b)([a-z]{3,})|([a-z]{3,}ed))\s+(?:the\s+)?$")
# An opening time clause: "After Russia invaded Ukraine in 2022, ...".
_TIME_CLAUSE = re.compile(
    r"^\W*(?:after|since|following|when|whenever|before|until|once|as soon as)\b[^,;:]*,", _FLAGS
)
# "..., when Russia rejects the ceasefire, ...": a time clause inside the sentence.
_WHEN = re.compile(r"\b(?:when|whenever|as soon as)\s+(?:the\s+)?$", _FLAGS)


def _opening_time_clause(sentence: str, mentions: list[Mention]) -> int | None:
    """Where an opening time clause ("After Russia invaded Ukraine in 2022, ...") ends, or
    None. A list's commas do not end it ("After A, B and C declared their support;
    ..."): then it ends at the comma after the list, or, with none, it is no opening
    clause of the sentence but the sentence itself."""
    opening = _TIME_CLAUSE.match(sentence)
    if opening is None:
        return None
    end = opening.end()
    for before, after in pairwise(mentions):
        if before.end < end <= after.start and mentions_link(sentence, before, after):
            clause_end = re.search(r"[,;:]", sentence[after.end :])
            if clause_end is None or clause_end.group() != ",":
                return None
            end = after.end + clause_end.end()
    return end


def seat_as_name(after: str) -> bool:
    """Whether a capital names a treaty, format or meeting by what follows it ("the Ottawa
    Convention"), not its country."""
    return bool(_SEAT_AS_NAME.match(after))


def _apply_non_positions(sentence: str, mentions: list[Mention]) -> None:
    """Countries a sentence names without their own position: the object of a view of
    what others will do, a dateline, a capital naming a treaty, a verb's object, and
    countries inside an opening time clause or a "when" clause."""
    opening = _opening_time_clause(sentence, mentions)
    for index, mention in enumerate(mentions):
        if not mention.acts:
            continue
        # The list it stands in, back to its first member: "that Chile, Peru, and
        # Bolivia, as well as Ecuador, may join".
        head = index
        while head and mentions_link(sentence, mentions[head - 1], mentions[head]):
            head -= 1
        first = mentions[head]
        before = _before(sentence, first.start)
        view = _VIEW_OF_OTHERS.search(before)
        if view:
            # "Chile believes it could ...": its own view stays its own.
            same = any(m.code == mention.code and m.end <= first.start for m in mentions)
            if not same:
                mention.acts = False
                continue
        if _DATELINE.match(sentence[: mention.start]) and _DATELINE_END.match(
            sentence[mention.end :]
        ):
            mention.acts = False
            continue
        if mention.kind == "seat" and (
            _SEAT_AS_NAME.match(sentence[mention.end :])
            or re.match(r"\s+[A-Z][a-z]", sentence[mention.end :])  # "the Lima Herald"
        ):
            mention.acts = False
            continue
        verb = _OBJECT_OF.search(before)
        if (
            verb
            and (
                mention.kind == "name"
                # "denied Washington's claims": a capital's possessive after a verb, its object
                or (mention.kind == "seat" and re.match(r"['’]s\s+[a-z]", sentence[mention.end :]))
            )
        ):
            word = verb.group(1) or verb.group(2)
            if word not in _PREPOSITIONS and not re.fullmatch(r"join\w*|followed|led", word):
                mention.acts = False
                continue
        if (
            opening is not None
            and mention.start < opening
            and not mention.holder
            # "After South Africa announced its withdrawal, ...": the clause states it
            and decide_stance(sentence[:opening]) is None
        ):
            mention.acts = False
            continue
        if _WHEN.search(before):
            mention.acts = False
            continue
        if (
            mention.kind == "name"
            and re.search(rf"\b{_OFFICE}\s+$", sentence[: mention.start])
            and re.match(r"\s+[A-ZÀ-Ý][a-zà-ÿ]", sentence[mention.end :])
        ):
            mention.acts = False  # "Prime Minister Georgia Rossi": a first name


def people_named(text: str) -> frozenset[str]:
    """The countries of the people the article links to them that a text names (a
    pledge's title: "Arrest Ana Ruiz under the warrant" -> Ruiz's country)."""
    return frozenset(
        code
        for form, code in _PEOPLE.get()
        if re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text)
    )


_REPORTS = re.compile(
    r"^(?:['’]s)?\s+(?!and\b|or\b)(?:[\w’'-]+\s+){0,4}?(?:say|says|said|told|claim(?:s|ed)?|believes?|"
    r"believed|insists?|insisted|noted|expects?|expected|hopes?|hoped|"
    r"(?:confirm(?:s|ed)?|announc(?:es|ed)|stated|declared) that)\b",
    _FLAGS,
)


# "Macron announced that 26 nations had agreed to send forces": what unnamed others did.
_REPORTS_GROUP = re.compile(
    rf"^(?:['’]s)?\s+(?!and\b|or\b)(?:[\w’'-]+\s+){{0,4}}?(?:{lexicon.SPEECH_VERBS}|revealed|indicated)"
    r"(?:\s+(?:today|yesterday|on\s+\w+|last\s+\w+|\w+ly))?\s+(?:that\s+)?(?:(?:some|the|other|all|"
    r"several|many|most|\d+|[a-z]+(?:-[a-z]+)?)\s+){1,2}(?:countries|nations|states|governments|allies|"
    r"partners|members|participants|leaders)\b",
    _FLAGS,
)


def _apply_reported_speech(sentence: str, mentions: list[Mention]) -> None:
    """A country that reports what others do is not the one acting: "US officials say
    other countries, including Indonesia, have shown interest" (issue 20: one country's
    view of who else may join is no stance of its own)."""
    for mention in mentions:
        if mention.acts and _REPORTS_GROUP.match(sentence[mention.end : mention.end + 120]):
            mention.acts = False
            continue
        report = _REPORTS.match(sentence[mention.end : mention.end + 60])
        if not mention.acts or not report:
            continue
        said_at = mention.end + report.end()
        reported = next(
            (m for m in mentions if m.acts and m.code != mention.code and m.start >= said_at),
            None,
        )
        if reported is None:
            continue
        between = sentence[said_at : reported.start]
        if len(between) <= 40 and not re.search(
            r"\b(?:it|they|we|he|she|its|their)\b|[,;]\s*(?:and|while|but)\b", between, _FLAGS
        ):
            mention.acts = False


# "More than twenty countries have joined the coalition, the US Department of Defense
# announced": the country after the reported clause is its speaker, not one of them.
_SAID_AFTER = re.compile(
    rf"^(?:\s+[\w’'-]+){{0,4}}?\s+(?:{lexicon.SPEECH_VERBS}|reported)\b", _FLAGS
)
_OPENS_ON_GROUP = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}(?:countries|nations|states|governments|members|allies)\b", _FLAGS
)


def _apply_speaker_after(sentence: str, mentions: list[Mention]) -> None:
    for mention in mentions:
        # "“These are Saudi Arabia, ... and Egypt,” Naledi Pandor said": the one quoted
        # on other countries is their speaker (never "“We will go,” Macron said").
        if (
            mention.acts
            and re.search(r"[”\"’]\s*(?:[A-Z][\w’'-]*\s+){0,5}$", sentence[: mention.start])
            and _SAID_AFTER.match(sentence[mention.end :])
            and any(m.acts and m.code != mention.code and m.end <= mention.start for m in mentions)
        ):
            mention.acts = False
    if not _OPENS_ON_GROUP.match(sentence):
        return
    for mention in mentions:
        before = sentence[: mention.start]
        if (
            mention.acts
            and re.search(r",\s*(?:the\s+)?$", before)
            and _SAID_AFTER.match(sentence[mention.end :])
            and not any(m.acts and m.end <= mention.start for m in mentions)
        ):
            mention.acts = False


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether a mention opens its clause (is its subject): "Danish soldiers will ...",
    "..., and Dutch jets are due to ..."."""
    before = _before(sentence, start)
    return bool(
        re.search(
            r"(?:^|[,;:–—(]|\b(?:and|but|while|whereas|that|said|says|say|told|confirmed|announced|"
            r"warned|added|insisted|stressed))\s*(?:the\s+)?[“\"‘]?$",
            before,
            _FLAGS,
        )
    )


# A member's own date in a dated list: "Nicaragua in 2021", "Venezuela on September 10,
# 2009", "by Vanuatu May 23, 2011", "Nauru on 16 December 2009".
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MEMBER_DATE = (
    r"(?:in\s+(?:19|20)\d\d|(?:on\s+|in\s+)?(?:"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?|"
    rf"{_MONTH}\s+(?:19|20)\d\d))"
)
_LINK = re.compile(
    r"\s*(?:\([^()]*\)\s*)?"  # "Canada (which trains ...) and Australia"
    rf"(?:{_MEMBER_DATE}\s*)?"  # "Nicaragua in 2021, El Salvador in 2018 and Panama"
    r"(?:,|,?\s*(?P<conj>and|or|nor|as well as|as also|and also|plus|together with|along with)|/)\s*"
    # (the list's preposition again: "followed by Venezuela on ..., by Vanuatu")
    r"(?:(?<=,\s)by\s+|(?<=,)by\s+)?(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:trio|duo|pair|quartet|group|likes)\s+of\s+(?:the\s+)?)?",
    _FLAGS,
)


_DATED_MEMBER = re.compile(rf"\s*{_MEMBER_DATE}\b", _FLAGS)


def mentions_link(sentence: str, before: "Mention", after: "Mention") -> str | None:
    """How two mentions are joined into a list (see `list_link`); a year after a member
    ("Chile in 2021, Peru in 2018") joins only where the next member has one too, never
    "After Peru invaded Chile in 2022, Ghana said ..."."""
    between = sentence[before.end : after.start]
    link = list_link(between)
    if link and _DATED_MEMBER.match(between) and not _DATED_MEMBER.match(sentence, after.end):
        return None
    return link


def list_link(between: str) -> str | None:
    """How the text between two named countries joins them into a list: None (it does
    not), "comma", "conj" ("and", "or") or "comma-conj" (", and", ", as well as")."""
    match = _LINK.fullmatch(between)
    if match is None:
        return None
    if match.group("conj") is None:
        return "comma"
    return "comma-conj" if "," in between[: match.start("conj")] else "conj"


AS_CONTRIBUTOR = re.compile(
    r"\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:contributors?|suppliers?|donors?|providers?|"
    r"participants?|senders?|leaders?|lead nation)\b",
    _FLAGS,
)
_WITH_DOING = re.compile(
    r"\s+(?:\w+ly\s+)?(?:following suit|doing the same|doing likewise|following)\b", _FLAGS
)
_EXTENDS = re.compile(
    r"\s*,\s*(?:as well as|as also|along with|together with|and also|plus)\s", _FLAGS
)


def _bracketed_again(sentence: str, mentions: list[Mention], index: int) -> bool:
    """Whether a mention is its country's abbreviation in brackets after its name ("the
    United Arab Emirates (UAE) and Egypt"): no list member of its own."""
    previous = mentions[index - 1] if index else None
    return (
        previous is not None
        and previous.code == mentions[index].code
        and re.fullmatch(r"\s*\(", sentence[previous.end : mentions[index].start]) is not None
    )


def _chains(sentence: str, mentions: list[Mention]) -> list[int]:
    """For each mention, the index of the first member of the list it belongs to.

    A list has one conjunction, its last link: "A, B and C, and D, E and F" is two
    lists, split at the ", and" that joins two clauses ("A and B, C and D" after B)."""
    first = list(range(len(mentions)))
    # Countries inside a relative clause stand apart and do not break the list around
    # them: "Canada (which trains troops in the United Kingdom) and Australia".
    # Organisations never act and never head a list: "Outside the EU, Canada, Australia
    # and New Zealand have each made offers".
    # An abbreviation in brackets after its name ("the United Arab Emirates (UAE) and
    # Egypt") is no list member of its own.
    members = [
        i
        for i, m in enumerate(mentions)
        if m.kind != "organisation"
        and not _in_relative_clause(sentence, m.start)
        and not _bracketed_again(sentence, mentions, i)
    ]
    links: list[str | None] = [None]
    links += [mentions_link(sentence, mentions[a], mentions[b]) for a, b in pairwise(members)]
    # "A, B, and C, as well as D, E, and F": the list goes on past its conjunction.
    extends = [False] + [
        _EXTENDS.match(sentence[mentions[a].end : mentions[b].start]) is not None
        for a, b in pairwise(members)
    ]
    start = 0
    conj_at: int | None = None
    for index in range(1, len(members)):
        link = links[index]
        if link is None:
            start, conj_at = index, None
        elif extends[index]:
            conj_at = None
        elif link != "comma" and conj_at is not None:
            # A second conjunction: the list that holds the first one ended before it.
            if links[conj_at] == "comma-conj" or conj_at + 1 > index - 1:
                start = conj_at if links[conj_at] == "comma-conj" else index
            else:
                start = conj_at + 1
            for later in range(start, index):
                first[members[later]] = members[start]
            conj_at = index if start < index else None
        elif link != "comma":
            conj_at = index
        first[members[index]] = members[start]
    # A list ends with the member after its conjunction; commas alone make no list:
    # "At the meeting in Berlin, Denmark pledged ...", "in Paris and Rome, Spain said".
    last_conj: dict[int, int] = {}
    for index in range(1, len(members)):
        if links[index] not in (None, "comma"):
            last_conj[first[members[index]]] = index
    for index in range(1, len(members)):
        # "Nicaragua, Venezuela and some Pacific states": a list may close on a group
        head = first[members[index]]
        if (
            head not in last_conj
            and mentions[head].kind == "name"  # never "in Berlin, Denmark and two others"
            and _CLOSING_GROUP.match(sentence, mentions[members[index]].end)
        ):
            last_conj[head] = index
    for index in range(1, len(members)):
        head = first[members[index]]
        if head != members[index] and index > last_conj.get(head, -1):
            first[members[index]] = members[index]
    return first


_CLOSING_GROUP = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:some|several|a few|many|other|a number of|a handful of|"
    r"two|three|four|five|six|\d+)\s+(?:other\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:states|countries|nations|governments|island states|others)\b"
)


def _in_relative_clause(sentence: str, position: int) -> bool:
    """Whether a position is inside a relative clause: "Moldova, which borders Ukraine,"."""
    spans = _relative_clauses(sentence)  # in order and apart: the one before decides
    at = bisect_right(spans, (position,)) - 1
    return at >= 0 and spans[at][0] < position < spans[at][1]


@lru_cache(maxsize=16)
def _relative_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    pattern = r"(?:,\s*|\(\s*)(?:which|who|whose|where)\b[^,;()]*[,)]"
    return tuple(m.span() for m in re.finditer(pattern, sentence, _FLAGS))


_GROUP_NOUNS = (
    r"countries|nations|states|governments|members|allies|partners|others|capitals|contributors"
)

_TOPIC = re.compile(
    r"^(?:asked (?:about|on|over|whether)|as (?:for|to|regards)|regarding|turning to|on)\s+"
    r"(?:(?:the|neighbouring|neighboring|fellow)\s+)?$",
    _FLAGS,
)
_INSTITUTION = (
    r"government|cabinet|(?:federal )?council|officials|ministers?|ministry|parliament|"
    r"authorities|leadership|president|prime minister|premier|chancellor|coalition|executive"
)


_AFTER_GROUP = re.compile(
    rf"^[^.;:]{{0,40}}\b(?:{_GROUP_NOUNS})\b[^.;:]*,\s*(?:including|namely)\s+(?:the\s+)?$", _FLAGS
)
OFFERED_BY = (
    r"(?:contributions?|commitments?|pledges?|offers?|promises?)\s+(?:[\w-]+\s+)?"
    r"(?:announced|made|pledged|offered|promised|confirmed|submitted|put forward)\s+by"
)
# A unit named by its size and its troops' country: "a second contingent of some 60
# members of the Czech Republic's special forces", "a contingent consisting of 150 Swedish
# soldiers".
_UNIT_OF = re.compile(
    r"\b(?:contingents?|detachments?|battalions?|compan(?:y|ies)|units?|teams?|groups?|"
    r"deployments?|squadrons?|brigades?)\s+(?:(?:consisting|made up|composed)\s+of|comprising|of)\s+"
    r"(?:(?:some|about|around|nearly|up to|more than|over|a further)\s+)?"
    r"(?:\d[\d,]*\s+|a\s+(?:hundred|thousand)\s+|(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|fifty|hundreds?|thousands?|dozens?)\s+)?(?:of\s+)?"
    r"(?:(?:members|soldiers|troops)\s+of\s+)?(?:the\s+)?$",
    _FLAGS,
)
# A country named by what it is, as a sentence's subject: "The Pacific island nation of
# Nauru said ...", "the Kingdom of Tonga" (never after a preposition: "troops to the
# nation of Haiti").
_NATION_OF = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:and|but|while|that|as)\s+)\W*(?:the\s+)?"
    r"(?:(?!(?:to|in|into|for|from|of|with|on|at|by)\b)[\w-]+\s+){0,3}?"
    r"(?:nation|country|state|kingdom|republic|archipelago)\s+of\s+(?:the\s+)?$",
    _FLAGS,
)
# "TikTok has been banned in the US": where a ban is, its country banned it.
_BANNED_IN = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:banned|prohibited|blocked|barred|outlawed)\s+"
    r"(?:(?:on|from)\s+[^,.;:]{1,40}?\s+)?in\s+(?:the\s+)?$",
    _FLAGS,
)


def _bans_a_named_thing() -> bool:
    """Whether the pledge is to ban a named thing ("Ban TikTok on government devices")."""
    terms = current_terms()
    return bool(terms.names) and re.search(r"\b(?:ban|prohibit|bar|outlaw)", terms.own) is not None


# Who signs for a country: "heads of state", "senior officials", "ministers".
_DELEGATES = (
    r"(?:(?:senior|top|foreign|government|high-level)\s+)?(?:heads?\s+of\s+(?:state|government)|"
    r"leaders?|ministers?|officials?|representatives?|delegations?|delegates|governments?|"
    r"envoys?|ambassadors?)"
)
_OFFERED_BY_END = re.compile(rf"\b{OFFERED_BY}\s+(?:the\s+)?$", _FLAGS)
# The agreement, then its act done, then by whom: "the treaty signed by", "The document was
# signed by the heads of state, or senior officials, from".
_SIGNED_BY = re.compile(
    r"\b(?:treaty|treaties|accords?|agreements?|pact|deal|convention|declaration|compact|"
    r"protocol|pledge|statement|document|text|communiqu[eé]|charter)\s+"
    r"(?:(?:was|were|is|are|has been|have been|had been|being)\s+)?(?:\w+ly\s+)?"
    r"(?P<verb>[a-z]+ed)\s+by\s+(?:the\s+)?"
    rf"(?:{_DELEGATES}(?:\s*,?\s*(?:or|and)\s+(?:senior\s+|other\s+|top\s+)?{_DELEGATES}\s*,?)?"
    r"\s+(?:from|of)\s+(?:the\s+)?)?$",
    _FLAGS,
)


# A past participle right after a noun, with its agent: "the project initiated by",
# "a force led by" (never after an auxiliary: "troops will be sent by Poland").
_PARTICIPLE_AGENT = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were|has|have|had|get|got|gets|not|also)\b)[a-z]{3,}\s+"
    r"(?:\w+ly\s+)?(?:initiated|launched|promoted|proposed|created|founded|set up|organi[sz]ed|"
    r"convened|brokered|sponsored|drafted|hosted|besieged|occupied|invaded|attacked|governed|"
    r"ruled|controlled|commanded)\s+by\s+(?:the\s+)?$",
)
_HELD_BY = re.compile(
    r"(?:\b(?:comes?|came|coming)\s+from|"
    r"\b(?:considered|examined|weighed|discussed|studied|rejected|refused|ruled out|turned down)"
    r"\s+by\s+the\s+(?:governments?|leaders?|authorities|ministers?)\s+of)\s+(?:the\s+)?$",
    _FLAGS,
)


# A country's leader named as the subject of a "who" clause: "... to Czech Minister of
# Foreign Affairs Ana Novak, who pledged that ..." (the country states what follows).
_SPEAKS_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:(?:[a-z][\w-]*\s+){{0,2}}?{_OFFICE}\s+)?{_PERSON},\s+who\s+(?!is\b|was\b|are\b|were\b)"
)


_COMPARED = re.compile(
    r"\b(?:more|fewer|less|greater|larger|smaller|higher|lower|earlier|later|sooner)\b[^.;:]{0,60}"
    r"\bthan\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+)?){0,4}$"
)


def _own_verb_object(sentence: str, mention: Mention, word: str) -> bool:
    """Whether a country's possessive is the object of the pledge's own verb: "Tuvalu
    recognizes Georgia's territorial integrity" (what is recognised is Georgia's)."""
    if not re.match(r"[’']s\b", sentence[mention.end :]):
        return False
    terms = terms_in_use()
    return terms is not None and re.fullmatch(rf"(?:{terms.own})", word, _FLAGS) is not None


def _apply_prepositions(sentence: str, mentions: list[Mention]) -> None:
    """A country after a preposition is mentioned, unless it holds a cue noun, a role
    noun ("the leaders of France and Germany said") or opens the sentence as its topic
    ("Asked about Austria, ...", "In Switzerland the Federal Council examines ...")."""
    chains = _chains(sentence, mentions)
    last_of = {head: i for i, head in enumerate(chains)}  # a list's last member
    for index, mention in enumerate(mentions):
        if not mention.acts:
            continue
        if _in_relative_clause(sentence, mention.start):
            mention.acts = False
            continue
        if _COMPARED.search(_before(sentence, mention.start)):
            # "recognized by more states than the Turkish Republic of Northern Cyprus":
            # what a comparison measures against takes no position
            mention.acts = False
            continue
        if _SPEAKS_AFTER.match(sentence[mention.end :]):
            continue  # "spoke to Czech Minister Ana Novak, who pledged ...": the subject
        if mention.holder and mention.kind == "name" and possessive_act(sentence, mention):
            continue  # "After Panama's switching of relations": its act, done
        # A list member takes the position of the list's first member.
        first = mentions[chains[index]]
        before = _before(sentence, first.start)
        if _TOPIC.match(before):
            continue
        if re.fullmatch(r"\s*in\s+(?:the\s+)?", before, _FLAGS) and re.match(
            rf",?\s+(?:one\b|(?:the\s+)?(?:[\w-]+\s+)?(?:{_INSTITUTION})\b)",
            sentence[mention.end :],
            _FLAGS,
        ):
            mention.holder = True  # "In Vilnius, officials were more guarded."
            continue
        collective = re.search(
            r"(?:(?:the\s+)?[\w-]+\s+)?(?:trio|duo|pair|quartet|quintet|group|likes)\s+of\s+(?:the\s+)?$",
            before,
            _FLAGS,
        )
        # "the Nordic quartet of Denmark, ...": the list stands where the quartet does.
        start = first.start - (len(before) - collective.start()) if collective else first.start
        words = _previous_words(sentence, start, 4)
        while words and words[-1] in _DETERMINERS:
            words.pop()
        if words and words[-1] in _OBJECT_VERBS and mention.kind == "name":
            mention.acts = False  # "they must first see US guarantees": the verb's object
            continue
        if words and mention.kind == "name" and _own_verb_object(sentence, mention, words[-1]):
            mention.acts = False  # "Tuvalu recognizes Georgia's territorial integrity"
            continue
        if (
            mention.kind == "name"
            and _UNIT_OF.search(before)
            and re.match(rf"['’]s\s+{lexicon.FORCE_NOUNS}\b", sentence[mention.end :], _FLAGS)
        ):
            mention.holder = True  # "a contingent of 60 members of the Czech Republic's forces"
            continue
        if "from" in words[-4:] and current_terms().troops and counted_from(before):
            mention.holder = True  # "a brigade that will include units from Bulgaria"
            continue
        if words[-1:] == ["in"] and _BANNED_IN.search(before) and _bans_a_named_thing():
            mention.holder = True  # "TikTok has been banned in the US, Canada and the UK"
            continue
        if _NATION_OF.search(before) and mention.kind == "name":
            continue  # "The Pacific Island nation of Nauru said ...": the country itself
        if re.search(
            r"\bsimilar\s+(?:[\w-]+\s+)?(?:moves?|steps?|measures?|actions?)\s+by\s+(?:the\s+)?$",
            before,
            _FLAGS,
        ):
            mention.holder = True  # "..., following similar moves by Ghana and Kenya": the same act
            continue
        if (
            len(words) >= 2
            and words[-1] == "by"
            and re.fullmatch(rf"(?:{lexicon.HOLDER_NOUNS})s?", words[-2], _FLAGS)
        ):
            if re.search(
                r"\b(?:following|after|amid|over)\s+(?:[\w-]+\s+)?(?:criticism|condemnation|"
                r"opposition|objections?|fury|anger|outrage|rejection)\s+by\s+(?:the\s+)?$",
                before,
                _FLAGS,
            ):
                # "Peru will send troops, following criticism by Ghana": Ghana's is no
                # part of Peru's act
                mention.acts = False
                continue
            mention.holder = True  # "the announcement of support by Chile and Peru"
            continue
        signed = _SIGNED_BY.search(before)
        if signed and re.fullmatch(current_terms().done, signed["verb"], _FLAGS):
            # "the treaty signed by the United Arab Emirates and Bahrain": the agents of
            # the pledge's own act done, on the agreement it is kept by, keep it.
            mention.holder = True
            continue
        if _PARTICIPLE_AGENT.search(before) and not _OFFERED_BY_END.search(before):
            # "this project initiated by France has been joined by ...": the agent of a
            # participle on a noun, not the sentence's subject.
            mention.acts = False
            continue
        last = mentions[last_of[chains[index]]]
        if (words[-2:] == ["such", "as"] or words[-1:] in (["including"], ["like"])) and re.match(
            r"\s*,?\s*(?:could|might|may)\b", sentence[last.end :], _FLAGS
        ):
            # "Other countries, such as Canada and Chile, could provide roles": the
            # author's guess of what a group might do, no position of theirs.
            mention.acts = False
            continue
        if not words or words[-1] not in _PREPOSITIONS:
            continue
        if words[-1] in ("after", "before", "since", "until") and re.match(
            r"\s+(?:has|have|had|will|would|is|are|was|were|said|says|\w+ed)\b",
            sentence[last.end :],
        ):
            continue  # "... gained after Sweden and Norway confirmed their contributions"
        if words[-1] == "of" and _JOINS_GROUP_OF.search(before):
            continue  # "joins the African nations of Chile and Peru in ...": those it joins
        if words[-1] == "by" and _FOLLOWED_BY.search(before):
            continue  # "Bahrain, followed by Chile and Peru, cut ties": they did it too
        if words[-1] in ("after", "following") and _NTH_AFTER.search(before):
            continue  # "the eighth country to cut ties, after Chile and Peru": they did too
        if words[-1] == "with" and _WITH_DOING.match(sentence[last.end :]):
            continue  # "..., with Britain and Canada quickly following suit": they act
        if words[-1] == "with" and AS_CONTRIBUTOR.match(sentence[last.end :]):
            mention.holder = True  # "with Poland as the main contributor and ...": it acts
            continue
        if words[-1] == "with" and len(words) >= 2 and words[-2] in ("together", "along"):
            continue  # "France, together with Denmark and Norway, has pledged ..."
        if (
            (words[-1] in ("including", "namely", "like") or words[-2:] == ["such", "as"])
            and re.search(
                rf"\b(?:{_GROUP_NOUNS})\s*[,—–-]?\s*(?:including|namely|such as|like)\s+(?:the\s+)?$",
                before,
                _FLAGS,
            )
            and re.match(
                r"(?:\s*,?\s+and\s+(?:their|its|other)\s+[\w-]+)?\s*(?:[,—–-]\s*)?(?:,|(?:have|has|had|are|is|"
                r"were|was|will|would|\w+ed)\b)",
                sentence[last.end :],
            )
        ):
            # "Several countries, including Indonesia and Albania, have pledged": the
            # named ones stand for the subject.
            continue
        if (
            words[-1] in ("including", "namely")
            and _AFTER_GROUP.search(before)
            and not re.search(
                r"\b(?:possible|potential|expected|likely|could|might)\b", before, _FLAGS
            )
        ):
            # "A number of countries have expressed openness to joining, including Canada,
            # Ireland and Turkey": the list closes the group's clause (never a list of
            # "possible" contributors).
            continue
        if re.fullmatch(
            r"\s*(?:other than|apart from|except(?: for)?|besides|beyond)\s+(?:the\s+)?",
            before,
            _FLAGS,
        ) and re.match(r",?\s+(?:no|none)\b", sentence[last.end :], _FLAGS):
            continue  # "Other than the UK and France, no other members have pledged ..."
        if re.fullmatch(
            r"\W*(?:in addition to|as well as|like|along with|alongside)\s+(?:the\s+)?",
            before,
            _FLAGS,
        ) and not re.match(r"\s*,?\s*(?:no|none|few|not|neither)\b", sentence[last.end :], _FLAGS):
            continue  # "In addition to Senegal, Benin and Ivory Coast have pledged ...": it too
        if words[-1] == "for" and len(words) == 1 and first.start < 10:
            continue  # "For Belgium, a deployment is out of the question"
        if (
            words[-1] in ("of", "from", "by")
            and len(words) >= 2
            and not re.match(r"['’]s\s", sentence[last.end :])
        ):
            # (never "a rejection of Chile's announcement": Chile's is what is rejected)
            noun = words[-2]
            if re.fullmatch(rf"(?:{lexicon.HOLDER_NOUNS})s?", noun, _FLAGS) or (
                noun not in _PREPOSITIONS and re.fullmatch(current_terms().own, noun, _FLAGS)
            ):
                # "a promise from Denmark"; a noun of the pledge's own verb: "similar
                # recognition from Australia", "the withdrawal of Ireland".
                mention.holder = True
                continue
        if _HELD_BY.search(before):
            # "Opposition to sending troops comes from Germany, ...", "This scenario has
            # been considered by the governments of Canada, ...".
            mention.holder = True
            continue
        role = re.search(
            rf"(?:^|([\w’'-]+)\s+)(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?"
            rf"(?:(?:{lexicon.ROLE_NOUNS}|governments|ministers)\s+of|"
            # "a spokesman for the Malawi Defence Force said": whom he speaks for
            rf"spokes(?:man|woman|person)s?\s+for)\s+(?:the\s+)?$",
            before,
            _FLAGS,
        )
        opener = (role.group(1) or "").lower() if role else ""
        if role and (
            opener not in _PREPOSITIONS
            or (
                opener in ("after", "before", "since", "until", "as")
                and re.match(
                    r"\s+(?:(?:also|formally|officially|already|now|have|has|had)\s+)*"
                    r"(?:will|would|is|are|was|were|said|says|\w+ed)\b",
                    sentence[last.end :],
                )
            )
        ):
            # "the leaders of France and Germany said", never "a meeting with the
            # president of Finland".
            mention.holder = True
            continue
        mention.acts = False


_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?:recent|latest|formal|official|sudden|final)\s+)?")


def possessive_act(sentence: str, mention: Mention) -> str | None:
    """The pledge's act a country's possessive names, done ("Panama's switching of
    diplomatic relations", "Chile's withdrawal from the Court"), or None (never a
    planned or possible one: "Peru's possible withdrawal")."""
    opening = _POSSESSIVE.match(sentence, mention.end)
    if opening is None or not sentence.startswith(("'", "’"), mention.end):
        return None
    own = current_terms().own
    act = re.match(
        rf"(?:(?:decision|move|notice|intention|announcement)\s+(?:to|of)\s+)?(?:{own})\b",
        sentence[opening.end() :],
        _FLAGS,
    )
    if act:
        return act.group()
    # "Following Germany's step, Denmark announced the suspension of arms sales": the
    # country whose lead the sentence's act follows did it first.
    lead = re.match(r"(?:step|lead|example)\b", sentence[opening.end() :], _FLAGS)
    if (
        lead
        and re.search(r"\b(?:following|after|like)\s+$", sentence[: mention.start], _FLAGS)
        and re.search(rf"\b(?:{own})", sentence[opening.end() + lead.end() :], _FLAGS)
    ):
        return lead.group()
    return None


def _apply_conditions(sentence: str, mentions: list[Mention]) -> None:
    """A country inside a condition ("only if the US provides ...") or a concession
    ("even if Israel opposes such a move") does not act."""
    cues = rf"\b(?:{lexicon.CONDITION_CUES}|even if|even though|despite|whether)\b"
    for match in re.finditer(cues, sentence, _FLAGS):
        # The condition's clause (`"if, and only if" there is ... and the US provides`:
        # past the cue's own words and quotation marks).
        skip = re.match(r"(?:,?\s*and only if)?[\"”’]?", sentence[match.end() :])
        start = match.end() + (skip.end() if skip else 0)
        clause_end = re.search(
            r"[,;.:]|\band\s+(?=(?:the\s+)?[A-Z](?!\w* (?:States|Kingdom|Nations))|"
            r"(?:will|would|is|are|has|have|was|were)\b)",
            sentence[start:],
        )
        end = start + (clause_end.start() if clause_end else len(sentence))
        end = match.end() + (clause_end.start() if clause_end else len(sentence))
        for mention in mentions:
            if match.end() <= mention.start < end:
                if match.group().lower() == "despite" and _GERUND_OF.match(sentence, mention.end):
                    continue  # "despite Buenos Aires declining to accept it": its own act
                mention.acts = False


# The subject of a gerund: "... open despite Buenos Aires declining to accept it".
_GERUND_OF = re.compile(r"\s+(?:having\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")


def group_mentions(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Acting mentions joined into lists ("France and Great Britain")."""
    groups: list[list[Mention]] = []
    chains = _chains(sentence, mentions)
    chain_of = {id(m): chains[i] for i, m in enumerate(mentions)}
    for index, mention in enumerate(mentions):
        if _bracketed_again(sentence, mentions, index):
            continue
        if not mention.acts and not (
            # "French President Emmanuel Macron and British Prime Minister Keir Starmer":
            # the leader named after a demonym ends its list member.
            mention.kind == "person"
            and groups
            and groups[-1][-1].code == mention.code
            and re.fullmatch(r"[\s\w.’'-]*", sentence[groups[-1][-1].end : mention.start])
        ):
            continue
        if groups:
            last = groups[-1][-1]
            between = sentence[last.end : mention.start]
            joined = list_link(between) is not None and chain_of[id(last)] == chain_of[id(mention)]
            if joined or last.code == mention.code:
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups


# -- cues --------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """A stance cue found in a clause."""

    stance: str
    weight: int
    start: int
    end: int
    words: str


@lru_cache(maxsize=8)
def _halts_a_supply(terms: PledgeTerms) -> bool:
    """Whether the pledge is to suspend or halt something ("Suspend arms exports ...")."""
    return terms.abstain and re.search(r"\bsuspend|\bhalt", terms.own) is not None


@lru_cache(maxsize=8)
def _cue_patterns(flags: int, terms: PledgeTerms) -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """The stance cues with the pledge's slots filled (see `tracker.intake.pledge`), built
    once per pledge: filling and compiling them is a third of a draft's time otherwise
    (the cues outnumber `re`'s own cache)."""
    slots = {
        lexicon.ACT: terms.act,
        lexicon.OWN: terms.own,
        lexicon.DONE: terms.done,
        lexicon.OBJECT: terms.objects,
        lexicon.INVITED: terms.invited,
        lexicon.JOINED: terms.joined,
        lexicon.MEMBER: terms.member,
        lexicon.LEFT: "(?!x)x" if terms.abstain else lexicon.AGREEMENTS,
        lexicon.HALT: lexicon.HALT_NOUNS if _halts_a_supply(terms) else "(?!x)x",
        lexicon.HALTING: "" if _halts_a_supply(terms) else "(?!x)x",
        lexicon.LEFT_OPEN: terms.left_open,
    }
    patterns = []
    for pattern, stance, weight in lexicon.STANCE_CUES:
        for slot, words in slots.items():
            pattern = pattern.replace(slot, words)
        patterns.append((re.compile(rf"\b{pattern}\b", flags), stance, weight))
    return tuple(patterns)


_QUOTED_VERB = re.compile(r'[“"](?=[a-z]+(?:ed|ing|ly)\b)[^“”"]{1,40}[”"]')


def find_cues(text: str) -> list[Cue]:
    """Stance cues in a clause; a cue inside a heavier one's words is dropped."""
    # Matching lower-cased text case-sensitively is several times faster than
    # IGNORECASE (the engine can then search for literal prefixes); where lower-casing
    # would move positions (a few non-ASCII letters), the slow way keeps them right.
    # Quotation marks inside a cue are read through: "has “downgraded” its relations",
    # "it was “temporarily suspending” all funding" (positions stay the text's own).
    # Only a quoted verb is read through ("“downgraded”", "“temporarily suspending”"); a
    # quoted noun ("“ironclad” guarantees") stays someone's words.
    at = list(range(len(text) + 1))
    text_read = text
    marks = {i for m in _QUOTED_VERB.finditer(text) for i in (m.start(), m.end() - 1)}
    if marks:
        at = [i for i in range(len(text)) if i not in marks] + [len(text)]
        text_read = "".join(text[i] for i in at[:-1])
    lowered = text_read.lower()
    same_length = len(lowered) == len(text_read)
    subject, flags = (lowered, 0) if same_length else (text_read, _FLAGS)
    found = [
        Cue(
            stance,
            weight,
            at[m.start()],
            at[m.end() - 1] + 1 if m.end() > m.start() else at[m.start()],
            text[
                at[m.start()] : at[m.end() - 1] + 1 if m.end() > m.start() else at[m.start()]
            ].strip(),
        )
        for pattern, stance, weight in _cue_patterns(flags, current_terms())
        for m in pattern.finditer(subject)
    ]
    kept = []
    for cue in found:
        inside = any(
            other is not cue
            and other.start <= cue.start
            and cue.end <= other.end
            and (other.weight > cue.weight or (other.end - other.start) > (cue.end - cue.start))
            for other in found
        )
        if not inside:
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


_NEGATED = re.compile(
    r"(?:\b(?:not|never|no longer|without)|\Bn[’']t)[\"”’]?\s+(?:(?!yet\b)\w+\s+)?$", _FLAGS
)
# "that no members of the royal family or government ministers will attend": a subject
# that none of them does it
_NONE_OF_THEM = re.compile(
    r"\b(?:that|and|but|,)\s+(?:no|none of (?:the|its|their))\s+(?:[\w’'-]+\s+){0,10}?"
    r"(?:will|would|shall|are to|is to)\s+(?:be\s+)?$",
    _FLAGS,
)
# "have not sent troops or money or committed to doing so": the negation holds over the
# verbs its "or" joins
_NEGATED_OR = re.compile(
    r"\b(?:not|never|\w+n[’']t)\s+(?!yet\b)[^.;,:]{0,70}?\bor\s*(?:\w+ly\s*)?$", _FLAGS
)
# "has not yet made a specific commitment": not done so far, no refusal (issue 20, item 5).
_NOT_YET = re.compile(r"(?:\bnot|\Bn[’']t)\s+yet\s+(?:\w+\s+)?$", _FLAGS)


# A refusal, then what is done in its place: "..., but would instead ..."
_BUT_INSTEAD = re.compile(
    r"(?:\bnot|\bnever|n[’']t)\b[^;:]*?,?\s+but\s+(?=(?:(?:will|would|has|have|is|are|was)\s+)?instead\b)",
    _FLAGS,
)
_CONCESSION = re.compile(r"\b(?:even if|even though|despite)\b[^,;.:]*", _FLAGS)


_BASELINE = re.compile(
    r"\b(?:cease-?fires?|armistice|truce|peace (?:deal|agreement|accord|treaty|settlement)|"
    r"(?:the|a) (?:force|mission|deployment|coalition) (?:is|was|gets|were) (?:\w+ )?"
    r"(?:confirmed|approved|established|created|set up|agreed|formed|launched)|"
    r"end of (?:the )?(?:war|fighting|hostilities)|fighting (?:stops|ends)|"
    # a pledge to act on someone's presence: "if he were to visit", "should she travel there"
    r"(?:he|she|they)\s+(?:were\s+to\s+|ever\s+)?(?:visit|travel|come|came|got|went|enter|set foot|arrive|land)\w*)\b",
    _FLAGS,
)
_SUBSTANTIVE = re.compile(
    r"\b(?:backstop|guarantees?|safeguards?|assurances?|mandate|parliament\w*|approv\w+|vote|"
    r"United States|USA?|U\.S\.|"
    r"American|Washington|support|cover|UN|United Nations|Security Council|consent)\b"
)


_OPENNESS = re.compile(
    r"\b(?:not|n[’']t) (?:\w+ )?(?:be )?ruled? (?:it |this )?out|\bopen to\b", _FLAGS
)


def _only_baseline(condition: str) -> bool:
    """Whether a condition (to its clause's end) is only the precondition every pledge of
    the force shares -- a ceasefire, a peace deal -- and nothing of the country's own."""
    text = re.split(r"[;:.]|,\s*(?:but|and|while)\b", condition, maxsplit=1)[0]
    if re.search(r"\b(?:and|or)(?:\s+the)?\s*$", text):
        return False  # cut before a country the condition names: "... and the USA gives"
    return bool(_BASELINE.search(text)) and not _SUBSTANTIVE.search(text)


# What a bare pledge verb may be about besides the topic's pledge: money for another
# purpose ("have pledged a combined $7 billion for Gaza relief"), support for a plan
# ("pledging their support to the US president's plan"): an endorsement or a donation,
# no position on the pledge (issue 20, item 4), unless the pledge is itself about money.
_MONEY = re.compile(
    r"^\s*(?:(?:a|an|the|their|its)\s+)?(?:(?:combined|total|further|additional|extra|"
    r"initial|first)\s+)?(?:[$€£¥]|US\$|\d[\d.,]*\s*(?:million|billion|bn)\b|"
    r"(?:millions|billions)\s+(?:of|in)\b)",
    _FLAGS,
)
_ENDORSES = re.compile(
    r"^\s*(?:(?:their|its|his|her|the|full|strong)\s+)*support\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}?(?:plan|proposal|initiative|efforts?|deal|agreement|framework|vision)\b",
    _FLAGS,
)
_CONVENES = re.compile(rf"\b{lexicon.CONVENES}", _FLAGS)


def convenes(text: str) -> bool:
    """Whether a text convenes a meeting around the pledge ("hosted talks on the
    force"), unless convening is the pledge itself ("Host the 2030 summit")."""
    found = _CONVENES.search(text)
    own = current_terms().own
    return found is not None and not re.match(rf"\s*(?:to\s+)?(?:{own})", found.group(), _FLAGS)


# A named instrument a country commits itself to: another pledge than the topic's.
_ANOTHER_INSTRUMENT = re.compile(
    r"\s+(?:itself\s+|themselves\s+)?to\s+the\s+((?:[A-Z][\w-]*\s+){0,4}?(?:Convention|Treaty|"
    r"Accords?|Agreement|Charter|Protocol|Statute|Pact)\b(?:\s+on(?:\s+[A-Z][\w-]*)+)?)"
)
_MONEY_PLEDGE = re.compile(
    r"\b(?:fund|financ|pay|spend|donat|aid\b|loan|money|budget|grant)", _FLAGS
)
_FOR_THE_PLEDGE = re.compile(r"\b(?:force|mission|troops|soldiers|deployment|contingent)\b", _FLAGS)


def _pledged_otherwise(clause: str, cue: "Cue") -> bool:
    """Whether a commitment cue pledges money for something else or support for a plan."""
    if cue.stance != "committed":
        return False
    if convenes(clause[cue.start : cue.end + 60]):
        return True  # "offered to host a conference on the force"
    after = clause[cue.end :]
    other = _ANOTHER_INSTRUMENT.match(after)
    if other and not set(other.group(1).split()) & current_terms().names:
        return True  # "has pledged to the Convention on Cluster Munitions": another pledge
    terms = current_terms()
    if terms.troops and re.search(
        r"\bpolitical(?:ly)?\b", clause[max(0, cue.start - 25) : cue.end + 30], _FLAGS
    ):
        return True  # "committed themselves politically to the force": no troops
    if cue.weight > 3:
        return False
    if _ENDORSES.match(after):
        return True
    if not _MONEY.match(after) or _FOR_THE_PLEDGE.search(after[:80]):
        return False
    terms = current_terms()
    return not _MONEY_PLEDGE.search(terms.own) and not re.search(terms.objects, after[:80], _FLAGS)


# "convincing the public of such a commitment": a cue spoken of, not stated.
_SUCH = re.compile(r"\b(?:such|any such)\s+(?:an?\s+)?$", _FLAGS)


# "wary of Security Council resolutions": doubts about something else than the pledge.
_DOUBTS_OF = re.compile(r"\s+(?:of|about|over|towards?)\s+([^,;:.]{0,80})", _FLAGS)
_PLEDGE_THINGS = (
    r"force|mission|troops|soldiers|deployment|plan|proposal|idea|initiative|coalition|"
    r"contingent|participation|contribution|joining|taking part|commitment|pledge|it|this|that"
)


# "expressed refusal to cooperate with UN investigators": a refusal of another act.
_REFUSAL_TO = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?)?to\s+([a-z]+)\b", _FLAGS
)  # "the refusal of the Israeli government to respect international law"


def _refuses_another_thing(clause: str, cue: Cue) -> bool:
    if cue.stance != "declined" or not re.fullmatch(
        r"refusal|rejection|opposition", cue.words, _FLAGS
    ):
        return False
    act = _REFUSAL_TO.match(clause[cue.end :])
    terms = current_terms()
    return act is not None and not re.fullmatch(
        rf"(?:{terms.act}|{terms.own})\w*", act.group(1), _FLAGS
    )


# "issuing a statement condemning the “loss of numerous civilians”": what is condemned.
_CONDEMNED = re.compile(
    r"[\s“”\"‘’]*((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s+of\b|\s*[,.;:”\"]|\s+and\b|$)"
)


_HARM = re.compile(
    r"\b(?:loss|losses|killings?|attacks?|murders?|deaths?|violence|bombings?|bombardments?|"
    r"massacres?|crimes?|atrocities|strikes|shelling|invasion|aggression|terrorism)\b",
    _FLAGS,
)


def _condemns_another_thing(clause: str, cue: Cue) -> bool:
    """Whether a bare condemnation ("condemning the ...") is of a harm done ("the loss
    of civilians", "the attacks", "the terrible murder"), not of the pledge."""
    if cue.stance != "opposed" or not re.match(r"(?:condemn|denounc)\w*\s+the$", cue.words, _FLAGS):
        return False
    target = _CONDEMNED.match(clause[cue.end :])
    return target is not None and _HARM.search(target.group(1)) is not None


# What a government does that a country may condemn without refusing to deal with it.
_CONDUCT = re.compile(
    r"\b(?:actions?|abuses?|repression|crackdowns?|treatment|policies|conduct)\b", _FLAGS
)


def _condemns_the_object(clause: str, cue: Cue) -> bool:
    """Whether a condemnation is of what the pledge's own object does ("denounced the
    repressive actions of the Taliban", for a pledge to recognise the Taliban or normalise
    ties with it): a reservation about it, no refusal of the pledge."""
    if cue.stance != "opposed" or not re.match(r"(?:condemn|denounc)\w*\s+the$", cue.words, _FLAGS):
        return False
    target = _CONDEMNED.match(clause[cue.end :])
    if target is None or not (_HARM.search(target.group(1)) or _CONDUCT.search(target.group(1))):
        return False
    terms = current_terms()
    if not re.search(r"recogn|normali", terms.own):
        return False  # condemning whom one would sanction or stop arming says no less
    objects = "|".join([terms.objects, *(re.escape(name) for name in sorted(terms.names))])
    after = clause[cue.end + target.end() :]
    return re.match(rf"\s+of\s+(?:the\s+)?(?:{objects})\b", after, _FLAGS) is not None


def _doubts_of_another_thing(clause: str, cue: Cue) -> bool:
    if cue.stance != "skeptical":
        return False
    target = _DOUBTS_OF.match(clause[cue.end :])
    if target is None:
        return False
    terms = current_terms()
    return not re.search(
        rf"\b(?:{_PLEDGE_THINGS}|{terms.act}|{terms.objects})\b", target.group(1), _FLAGS
    )


# A directive that forbids the thing a ban pledge bans: "devices must not use TikTok",
# "asked its staff to refrain from using the TikTok app".
_FORBIDDING = re.compile(
    r"\b(?:(?:must|may|shall|should|can|cannot|will)\s+(?:not\s+|no\s+longer\s+)?(?:use|install|"
    r"download|access|run|carry)|cannot\s+(?:use|install)|refrain\s+from\s+(?:using|installing|"
    r"downloading)|(?:is|are|be|been)\s+(?:not\s+(?:permitted|allowed)|prohibited|barred|forbidden|"
    r"blocked)\s+(?:from|on|to|in)|(?:ordered|told|instructed|required|asked|gave|given)\s+(?:[\w-]+\s+){0,4}?"
    r"to\s+(?:delete|remove|uninstall)|(?:delete|remove|uninstall)\s+(?:the\s+)?)\b",
    _FLAGS,
)


_STANDS_BY = re.compile(
    r"\b(?:stand|stands|stood|standing|stick|sticks|stuck|sticking)\s+(?:firmly\s+)?(?:by|behind)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?P<who>[\w-]+(?:\s+[A-Z][\w-]+)?)",
    _FLAGS,
)


def _stands_by(clause: str) -> tuple[str, list[str], float] | None:
    """For a pledge to stop something with a country or leave it ("Suspend arms sales to
    Saudi Arabia"): standing by that country ("the U.S. has stuck by the kingdom") is
    refusing the pledge."""
    terms = current_terms()
    if not terms.abstain or not terms.hosts:
        return None
    found = _STANDS_BY.search(clause)
    if found is None or re.search(r"\bnot\s+$|n[’']t\s+$", clause[: found.start()]):
        return None
    who = found.group("who")
    if not (
        re.fullmatch(rf"(?:{terms.objects})", who, _FLAGS)
        or re.fullmatch(r"kingdom|regime|government|ally|allies", who, _FLAGS)
    ):
        return None
    return "declined", [found.group().strip(), "standing by the pledge's object"], 0.6


def _forbids(clause: str) -> tuple[str, list[str], float] | None:
    """For a pledge to ban a named thing ("Ban TikTok on government devices"): a clause
    that forbids it ("government devices must not use TikTok") does the ban."""
    terms = current_terms()
    if not re.search(r"\b(?:ban|prohibit|bar|outlaw)", terms.own) or not terms.names:
        return None
    found = _FORBIDDING.search(clause)
    named = re.search(
        rf"\b(?:{'|'.join(map(re.escape, terms.names))}|the (?:app|application|programme|program|platform))\b",
        clause,
        _FLAGS,
    )
    if found is None or named is None or re.search(r"\bnot\s+$", clause[: found.start()]):
        return None
    if "must not" not in found.group() and re.search(
        r"\b(?:not|never)\b", clause[max(0, found.start() - 20) : found.start()]
    ):
        return None
    return "committed", [found.group().strip(), "forbidding what the pledge bans"], 0.64


_REGRETS = re.compile(
    r"\b(?:regret|deplor|lament|criticis|criticiz|condemn)\w*\s+(?:[\w’'-]+\s+){0,4}$", _FLAGS
)


def decide_stance(clause: str) -> tuple[str, list[str], float] | None:
    """The stance a clause states, its cue words and a confidence, or None. A
    concession ("even if Israel opposes such a move") states no stance of the clause's."""
    clause = _CONCESSION.sub(" ", clause)
    instead = _BUT_INSTEAD.search(clause)
    if instead:
        # "wouldn't be sending a ship, but would instead triple its troop contribution":
        # what it does instead, where that is a stance on the pledge, is its stance.
        alternative = decide_stance(clause[instead.end() :])
        if alternative:
            return alternative
    cues = [
        replace(c, stance="skeptical") if _condemns_the_object(clause, c) else c
        for c in find_cues(clause)
    ]
    cues = [
        c
        for c in cues
        if not _pledged_otherwise(clause, c)
        and not _SUCH.search(clause[: c.start])
        and not _doubts_of_another_thing(clause, c)
        and not _refuses_another_thing(clause, c)
        and not _condemns_another_thing(clause, c)
        # "regretted the decision to withdraw from the pact": another's leaving, regretted
        and not (c.stance == "declined" and _REGRETS.search(clause[: c.start]))
        # "war crimes have been committed": a passive, no commitment
        and not (
            c.words.lower().endswith("committed")
            and re.search(r"\b(?:been|being|be|is|are|was|were)\s*$", clause[: c.start], _FLAGS)
            and not re.match(r"\s+to\b", clause[c.end :])
        )
    ]
    terms = current_terms()
    # "resumed its funding" takes back a pledge to stay away; for another pledge only
    # its own object resumed says anything ("resumed deliveries of the jets").
    cues = [
        c
        for c in cues
        if terms.abstain
        or not _TAKES_BACK.match(c.words)
        or re.search(rf"\b(?:{terms.objects})\b", c.words, _FLAGS)
    ]
    if not cues:
        return _forbids(clause) or _stands_by(clause)
    best = max(cues, key=lambda c: (c.weight, -c.start))
    turn = re.search(
        r"\b(?:but|although|though|while|yet|even if|even though)\b", clause[: best.start], _FLAGS
    )
    if best.stance == "undecided" and turn:
        # "ready to help with training but has yet to decide on ground troops": the
        # offer stands; what is undecided is one part of it.
        offers = [
            c for c in cues if c.end <= turn.start() and c.stance in ("committed", "considering")
        ]
        best = offers[0] if offers else best
    if best.stance == "considering" and best.weight <= 4:
        # "ready to provide training, and is examining a naval participation": the offer
        # stands; what is being examined is more of it.
        offers = [c for c in cues if c.end <= best.start and c.stance == "committed"]
        if offers and not re.search(rf"\b(?:{lexicon.MODALS})\b", clause[: offers[0].end], _FLAGS):
            best = offers[0]
    stance = best.stance
    words = [best.words]
    confidence = min(0.95, 0.5 + 0.07 * best.weight)
    if (
        terms.abstain
        and stance == "declined"
        and re.fullmatch(rf"(?:{terms.own})", best.words, _FLAGS)
    ):
        # "served notice to pull out of the ICC", for a pledge to withdraw: the pledge's
        # own act, kept (a refusal of another pledge's part is its keeping).
        stance = "committed"
        words.append("the pledge's own act")
    if stance == "conditional" and _only_baseline(clause[best.start :]):
        # "any contribution would depend on Russia agreeing to a ceasefire": the whole
        # force's precondition, kept in `conditions`, makes no stance conditional.
        stance = "considering"
        words.append("only the force's precondition")
    elif stance in ("committed", "considering"):
        condition = re.search(rf"\b(?:{lexicon.CONDITION_CUES})\b", clause, _FLAGS)
        if (
            condition
            and stance == "considering"
            and _OPENNESS.search(clause)
            and not _SUBSTANTIVE.search(clause[condition.start() :])
        ):
            # "have not ruled out their participation, depending on the agreed rules":
            # an openness stays one unless what it waits for is another's part (the US,
            # a parliament's vote, a mandate): then it is a conditional offer.
            condition = None
        if condition and not _only_baseline(clause[condition.start() :]):
            stance = "conditional"
            words.append(condition.group())
        elif stance == "committed" and _NOT_YET.search(
            clause[max(0, best.start - 30) : best.start]
        ):
            stance = "undecided"
            words.append("not yet")
        elif stance == "committed" and (
            _NEGATED.search(clause[max(0, best.start - 30) : best.start])
            or _NEGATED_OR.search(clause[max(0, best.start - 90) : best.start])
            or _NONE_OF_THEM.search(
                clause[max(0, best.start - 90) : best.end].removesuffix(
                    re.sub(r"^(?:will|would|shall)\s+(?:be\s+)?", "", best.words)
                )
            )
        ):
            stance = "declined"  # "is not going to send", "will not be the one to ..."
            words.append("negated")
        elif stance == "committed":
            modal = re.search(rf"\b(?:{lexicon.MODALS})\b", clause[: best.end], _FLAGS)
            if modal:
                stance = "considering"
                words.append(modal.group())
    if (
        terms.abstain
        and stance == "declined"
        and re.match(rf"no\s+(?:[\w-]+\s+)?(?:{terms.objects})\b", best.words, _FLAGS)
    ):
        # "There will be no arms exports to Saudi Arabia", for a pledge to suspend them:
        # the suspension kept.
        stance = "committed"
        words.append("none of what the pledge stops")
    elif terms.abstain and stance in ("committed", "declined"):
        # A pledge to stay away: taking part is its refusal, not taking part its
        # keeping ("Poland confirmed it would be participating", "we will not take
        # part"), unless the pledge's own verb is what the cue is about ("will not
        # boycott").
        window = clause[best.start : best.end + 40]
        if _TAKES_BACK.match(best.words):
            # "resumed their funding": undoing the suspension, a refusal to keep it
            stance = "declined" if stance == "committed" else "committed"
            words.append("taken back, for a pledge to stay away")
        elif _TAKES_PART.search(window) and not re.search(rf"\b(?:{terms.own})", window, _FLAGS):
            stance = "declined" if stance == "committed" else "committed"
            words.append("taking part, for a pledge to stay away")
    return stance, words, round(confidence, 2)


# -- details -----------------------------------------------------------------------


@cache
def _known_contributions() -> tuple[str, ...]:
    from tracker.domain.vocabulary import CONTRIBUTIONS

    return CONTRIBUTIONS


def find_contributions(text: str, stance: str) -> list[str]:
    """Contributions the text names; troop words count only where troops are offered."""
    known = _known_contributions()
    found = []
    for pattern, contribution in lexicon.CONTRIBUTION_WORDS:
        if contribution not in known:
            continue
        if contribution == "ground" and stance not in ("committed", "conditional", "considering"):
            continue  # "ruled out sending soldiers" offers no ground troops
        if re.search(rf"\b(?:{pattern})\b", text, _FLAGS):
            found.append(contribution)
    return found


_UNITS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS[:9])}))?|{'|'.join(_UNITS)})"
    r"(?: (?:hundred|thousand))*"
)
# A figure in digits or in words: "2,500", "two hundred", "forty-five".
_NUMBER = rf"\d{{1,3}}(?:[,.]\d{{3}})+|\d+|{_WORD_NUMBER}"
_TROOP_NOUN = r"(?:troops|soldiers|personnel|service members|servicemen|men)"


def _int(text: str) -> int:
    if re.match(r"\d", text):
        return int(re.sub(r"[,.]", "", text))
    total = current = 0
    for word in re.split(r"[- ]+", text.lower()):
        if word in _UNITS:
            current += _UNITS.index(word) + 1
        elif word in _TENS:
            current += 20 + 10 * _TENS.index(word)
        elif word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
    return total + current


def find_troops(text: str) -> dict[str, Any] | None:
    """A troop figure and the article's words for it, or None."""
    patterns: list[tuple[str, Any]] = [
        (rf"(?:between )?({_NUMBER})\s*(?:to|-|–|and)\s*({_NUMBER})\s+{_TROOP_NOUN}", "range"),
        (rf"up to ({_NUMBER})\s+{_TROOP_NOUN}", "max"),
        (rf"(?:at least|more than|over) ({_NUMBER})\s+{_TROOP_NOUN}", "min"),
        (rf"(?:about|around|some|roughly|approximately) ({_NUMBER})\s+{_TROOP_NOUN}", "about"),
        (rf"({_NUMBER})\s+{_TROOP_NOUN}", "exact"),
        (r"(?:some|several|a few) thousands?\s+" + _TROOP_NOUN, "thousands"),
        (r"thousands of " + _TROOP_NOUN, "thousands"),
        (r"hundreds of " + _TROOP_NOUN, "hundreds"),
        (r"(?:a|one) (?:hundred|thousand)\s+" + _TROOP_NOUN, "word"),
    ]
    for pattern, kind in patterns:
        match = re.search(pattern, text, _FLAGS)
        if not match:
            continue
        words = match.group().strip()
        if kind == "range":
            low, high = _int(match.group(1)), _int(match.group(2))
            scale = re.search(r"(hundred|thousand)$", match.group(2))
            if scale and not re.search(r"hundred|thousand|\d", match.group(1)):
                low *= 100 if scale.group(1) == "hundred" else 1000  # "two and three thousand"
            if high < low:
                continue
            return {"min": low, "max": high, "text": words}
        if kind == "max":
            return {"min": None, "max": _int(match.group(1)), "text": words}
        if kind == "min":
            return {"min": _int(match.group(1)), "max": None, "text": words}
        if kind == "about":
            return {"text": words}
        if kind == "exact":
            value = _int(match.group(1))
            if 1900 <= value <= 2100 and re.fullmatch(r"\d+", match.group(1)):
                continue  # a year, not a figure
            return {"min": value, "max": value, "text": words}
        if kind == "thousands":
            return {"min": 1000, "max": None, "text": words}
        if kind == "hundreds":
            return {"min": 100, "max": None, "text": words}
        number = 100 if "hundred" in words.lower() else 1000
        return {"min": number, "max": number, "text": words}
    return None


def find_conditions(text: str) -> list[str]:
    """Conditions in the article's words: "only if the United States provides a backstop"."""
    found = []
    pattern = rf"\b(?:{lexicon.CONDITION_CUES}|{lexicon.TIMING_CUES})\b[^,;.:–—”\"]*"
    for match in re.finditer(pattern, text, _FLAGS):
        words = match.group().strip()
        if words.lower().startswith(("after", "once", "as part of")) and not re.search(
            r"ceasefire|cease-fire|armistice|peace|agreement|truce", words, _FLAGS
        ):
            continue
        if len(words.split()) >= 3:
            found.append(words[:200])
    return list(dict.fromkeys(found))


# Words of an institution's name, never a person's: "the United Nations General Assembly"
# names no speaker "Assembly", nor "the Security Council" one "Council".
_INSTITUTION_WORDS = frozenset(
    [
        "Assembly",
        "Council",
        "Court",
        "Committee",
        "Commission",
        "Parliament",
        "Congress",
        "Senate",
        "Staff",
        "Office",
        "Ministry",
        "Government",
        "Summit",
        "Conference",
        "Secretariat",
        "Cabinet",
        "Forces",
        "Army",
        "Navy",
    ]
)

_NAME = r"(?:[A-ZÀ-Ý][\w’'-]+)(?:\s+(?:von der|von|van der|van|de|De|da|di|al)?\s*[A-ZÀ-Ý][\w’'-]+){0,2}"


def find_speaker(text: str, body: str) -> str | None:
    """A named speaker in the text ("said Chancellor Friedrich Merz"), as a full name
    when the article gives one elsewhere ("Macron" -> "Emmanuel Macron")."""
    titles = lexicon.TITLES
    verbs = lexicon.SPEECH_VERBS
    patterns = [
        rf"\b(?:{verbs})\s+(?:(?:the\s+)?(?:[A-Z]\w+\s+)?(?:{titles})\s+)?({_NAME})",
        rf"(?:{titles})\s+({_NAME})(?:\s*\([\w-]+\))?,?\s+(?:has\s+|had\s+)?(?:{verbs})",
        rf"\b(?:so|according to)\s+(?:(?:[A-Z]\w+\s+)?(?:{titles})\s+)?({_NAME})",
        rf"({_NAME}),?\s+(?:{verbs})\b",
        rf"(?:{titles})\s+({_NAME})",
    ]
    gazetteer = _gazetteer()
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            name = match.group(1).strip()
            words = name.split()
            if (
                name in gazetteer
                or words[0] in gazetteer
                or any(w.lower() in lexicon.WEEKDAYS for w in words)
                or any(w in _INSTITUTION_WORDS for w in words)
                or re.fullmatch(rf"(?:{titles}|The|It|He|She|They|We|I|This|That|But)", words[0])
            ):
                continue
            if len(words) == 1:
                full = re.search(rf"\b([A-ZÀ-Ý][\w’'-]+\s+{re.escape(name)})\b", body)
                if full and full.group(1).split()[0] not in gazetteer:
                    first = full.group(1).split()[0]
                    if not re.fullmatch(rf"(?:{titles}|The|Minister|said|Chancellor)", first):
                        return full.group(1)
            return name
    return None
