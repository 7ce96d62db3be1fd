"""`tracker draft`: a first draft of an article sheet from an article's plain text.

Offline and deterministic: a cue lexicon (`tracker.intake.lexicon`) read sentence by
sentence, no model. For each sentence:

1. find the countries it names (names and variants through `resolve_country`,
   demonyms before a role noun, peoples, capitals that act), and decide which of them
   *act*: a country after a preposition ("troops for Ukraine", "talks in Paris") or
   inside a condition ("only if the United States ...") is merely mentioned, except
   as the holder of a cue noun ("a promise from Denmark", "the support of the USA");
2. group acting countries that form a list ("Denmark, Estonia and Lithuania");
3. read each group's clause (up to the next group) for stance cues, with negation,
   modality ("could") and conditions ("only if") applied; a group without a cue of its
   own takes the cue that opens the sentence;
4. read contributions, troop figures, conditions, a speaker and a date ("months ago",
   "last week", "on Tuesday", resolved against the published date) from the sentence,
   and from the next sentence when it names no country of its own and continues the
   statement ("..., said Chancellor Friedrich Merz", "many of these countries ...").

A country given one stance by several sentences gets one proposal (quotes joined); a
country given different stances gets one proposal for each (the seed's Lithuania),
except that a weak reading (a capital city, an opening cue) gives way to a strong one.
Each proposal carries why: its cue words and a confidence between 0 and 1.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from tracker.intake import lexicon

HEADER_KEYS = ("title", "outlet", "url", "published")
_HEADER_LINE = re.compile(r"^\s*(title|outlet|url|published)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Article:
    """An article's text and what is known about it."""

    body: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def read_article(text: str, **given: str | None) -> Article:
    """Split optional `key: value` header lines (up to the first blank line) from the body.

    Options given here (title, outlet, url, published) override the header's values.
    A first paragraph that is not entirely header lines is body text, not a header.
    """
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    header: dict[str, str] = {}
    head, _blank, rest = text.partition("\n\n")
    lines = [line for line in head.splitlines() if line.strip()]
    matches = [_HEADER_LINE.match(line) for line in lines]
    body = text
    if lines and all(matches):
        for match in matches:
            assert match is not None
            if match.group(2):
                header[match.group(1).lower()] = match.group(2)
        body = rest
    for key in HEADER_KEYS:
        if given.get(key):
            header[key] = str(given[key])
    return Article(body=body, **header)


@dataclass
class Mention:
    """One place where a sentence names a country."""

    code: str
    start: int
    end: int
    text: str
    kind: str  # name | demonym | people | seat
    acts: bool = False
    holder: bool = False  # holds a cue noun: "a promise from Denmark"


@dataclass
class Proposal:
    """One proposed statement, with why it is proposed."""

    code: str
    stance: str
    sentences: list[int]
    cues: list[str]
    confidence: float
    contributions: list[str] = field(default_factory=list)
    troops: dict[str, Any] | None = None
    conditions: list[str] = field(default_factory=list)
    speaker: str | None = None
    date: str | None = None
    approximate: bool = False
    date_words: str | None = None
    position: int = 0  # where in its first sentence the country is named
    via_seat: bool = False  # named by its capital ("Berlin ruled out ...")


@dataclass
class Draft:
    """What `draft_article` found: proposals, countries merely mentioned, and the text."""

    article: Article
    sentences: list[str]
    proposals: list[Proposal]
    mentioned: list[str]  # codes
    default_date: str
    date_note: str | None = None

    def quote(self, proposal: Proposal) -> str:
        """The sentence(s) that carry a proposal, in the article's words; sentences that
        do not follow each other are joined by " … "."""
        parts: list[str] = []
        for previous, index in zip([None, *proposal.sentences], proposal.sentences, strict=False):
            if previous is not None:
                parts.append(" " if index == previous + 1 else " … ")
            parts.append(self.sentences[index])
        return "".join(parts)


# -- sentences ---------------------------------------------------------------------

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|No|Jr|Sr|vs|approx|ca|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U)\.$"
)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9ÄÖÜÉ])")


def split_sentences(body: str) -> list[str]:
    """Lines are paragraphs (headings and list items stand alone); each splits at a
    full stop, question or exclamation mark followed by a capital, unless the stop
    ends a known abbreviation ("Mr.", "U.S.")."""
    sentences: list[str] = []
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        start = 0
        for match in _BOUNDARY.finditer(line):
            candidate = line[start : match.start()].strip()
            if _ABBREVIATIONS.search(line[: match.start()].rstrip('"”’)]')):
                continue
            if candidate:
                sentences.append(candidate)
            start = match.end()
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


# -- countries ---------------------------------------------------------------------


@cache
def _gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (code, kind), longest forms first when scanning."""
    from tracker.countries import all_countries, resolve_country
    from tracker.errors import UnknownCountry

    forms: dict[str, tuple[str, str]] = {}
    for country in all_countries():
        if country.code not in lexicon.ORGANISATIONS:
            forms[country.name] = (country.code, "name")
    for name in lexicon.EXTRA_NAMES:
        try:
            forms[name] = (resolve_country(name).code, "name")
        except UnknownCountry:
            continue
    for code in lexicon.ORGANISATIONS:
        forms[code] = (code, "organisation")
    forms.update({k: (v, "demonym") for k, v in lexicon.DEMONYMS.items() if k not in forms})
    forms.update({k: (v, "people") for k, v in lexicon.PEOPLES.items() if k not in forms})
    forms.update({k: (v, "seat") for k, v in lexicon.SEATS.items() if k not in forms})
    forms.update({k: (v, "person") for k, v in lexicon.PEOPLE_IN_OFFICE.items() if k not in forms})
    return forms


@cache
def _mention_pattern() -> re.Pattern[str]:
    forms = sorted(_gazetteer(), key=len, reverse=True)
    alternatives = "|".join(re.escape(form) for form in forms)
    # Case-sensitive on purpose: "US" is a country, "us" a pronoun; "Turkey" vs "turkey".
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")


_PREPOSITIONS = {
    "in", "to", "into", "for", "at", "on", "with", "without", "against", "about", "over",
    "toward", "towards", "through", "across", "near", "between", "from", "of", "under",
    "inside", "outside", "around", "beyond", "via", "within", "after", "before", "among",
    "like", "than", "including", "besides", "until", "during", "behind",
}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "its", "their", "own", "neutral", "neighbouring"}
_WORD = re.compile(r"[\w’'-]+")


def _previous_words(sentence: str, start: int, count: int = 3) -> list[str]:
    return [w.lower() for w in _WORD.findall(sentence[:start])][-count:]


def find_mentions(sentence: str) -> list[Mention]:
    """Every country the sentence names, and whether each one acts in it."""
    gazetteer = _gazetteer()
    mentions: list[Mention] = []
    for match in _mention_pattern().finditer(sentence):
        code, kind = gazetteer[match.group()]
        mention = Mention(code, match.start(), match.end(), match.group(), kind)
        after = sentence[match.end() : match.end() + 40]
        if kind == "demonym":
            role = re.match(rf"\s+(?:{lexicon.ROLE_NOUNS})\b", after, _FLAGS)
            if not role:
                mentions.append(mention)  # "Polish soldiers", "Ukrainian airspace"
                continue
        if kind == "organisation":
            mentions.append(mention)  # listed as mentioned, never proposed (see lexicon)
            continue
        if kind == "people" and not re.match(r"(?:,[a-z ]+,)?\s+(?!of\b)[a-z]", after):
            mentions.append(mention)  # "the French" acts only before a verb
            continue
        if kind == "person" and (
            not re.match(r"(?:\s*\([^)]*\))?,?\s+(?:[a-z]+ ){0,2}[a-z]+", after)
            or re.search(rf"\b(?:{lexicon.SPEECH_VERBS})\b[^.,]*$", sentence[: match.start()])
        ):
            mentions.append(mention)  # "..., said Macron": the speaker, not the actor
            continue
        mention.acts = True
        mentions.append(mention)
    _apply_prepositions(sentence, mentions)
    _apply_conditions(sentence, mentions)
    return mentions


def _apply_prepositions(sentence: str, mentions: list[Mention]) -> None:
    """A country after a preposition is mentioned, unless it holds a cue noun."""
    for index, mention in enumerate(mentions):
        if not mention.acts:
            continue
        # A list member takes the position of the list's first member.
        first = mention
        for previous in reversed(mentions[:index]):
            between = sentence[previous.end : first.start]
            if re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|as well as)\s*(?:the\s+)?", between):
                first = previous
            else:
                break
        words = _previous_words(sentence, first.start, 4)
        while words and words[-1] in _DETERMINERS:
            words.pop()
        if not words or words[-1] not in _PREPOSITIONS:
            continue
        if words[-1] in ("of", "from", "by") and len(words) >= 2:
            noun = words[-2]
            if re.fullmatch(rf"(?:{lexicon.HOLDER_NOUNS})s?", noun):
                mention.holder = True
                continue
        mention.acts = False


def _apply_conditions(sentence: str, mentions: list[Mention]) -> None:
    """A country inside a condition ("only if the US provides ...") does not act."""
    for match in re.finditer(rf"\b(?:{lexicon.CONDITION_CUES})\b", sentence, _FLAGS):
        clause_end = re.search(r"[,;.:]|\band\s+(?=[a-z]+\s)", sentence[match.end() :])
        end = match.end() + (clause_end.start() if clause_end else len(sentence))
        for mention in mentions:
            if match.end() <= mention.start < end:
                mention.acts = False


def _groups(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Acting mentions joined into lists ("France and Great Britain")."""
    groups: list[list[Mention]] = []
    for mention in (m for m in mentions if m.acts):
        if groups:
            last = groups[-1][-1]
            between = sentence[last.end : mention.start]
            joined = re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|as well as|/)\s*(?:the\s+)?", between)
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


@cache
def _cue_patterns() -> list[tuple[re.Pattern[str], str, int]]:
    return [(re.compile(rf"\b{p}\b", _FLAGS), s, w) for p, s, w in lexicon.STANCE_CUES]


def find_cues(text: str) -> list[Cue]:
    """Stance cues in a clause; a cue inside a heavier one's words is dropped."""
    found = [
        Cue(stance, weight, m.start(), m.end(), m.group())
        for pattern, stance, weight in _cue_patterns()
        for m in pattern.finditer(text)
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


def decide_stance(clause: str) -> tuple[str, list[str], float] | None:
    """The stance a clause states, its cue words and a confidence, or None."""
    cues = find_cues(clause)
    if not cues:
        return None
    best = max(cues, key=lambda c: (c.weight, -c.start))
    stance = best.stance
    words = [best.words]
    confidence = min(0.95, 0.5 + 0.07 * best.weight)
    if stance in ("committed", "considering"):
        condition = re.search(rf"\b(?:{lexicon.CONDITION_CUES})\b", clause, _FLAGS)
        if condition:
            stance = "conditional"
            words.append(condition.group())
        elif stance == "committed":
            modal = re.search(rf"\b(?:{lexicon.MODALS})\b", clause[: best.end], _FLAGS)
            if modal:
                stance = "considering"
                words.append(modal.group())
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


_NUMBER = r"\d{1,3}(?:[,.]\d{3})+|\d+"
_TROOP_NOUN = r"(?:troops|soldiers|personnel|service members|servicemen|men)"
_WORD_NUMBERS = {"a hundred": 100, "one hundred": 100, "a thousand": 1000, "one thousand": 1000}


def _int(text: str) -> int:
    return int(re.sub(r"[,.]", "", text))


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
            if 1900 <= value <= 2100 and "," not in match.group(1):
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


def find_date(text: str, published: date) -> tuple[str, bool, str] | None:
    """A relative date in the text, resolved against the published date:
    (partial date, approximate, the words)."""
    lowered = text.lower()
    match = re.search(r"\b(?:a few |several |some |two |three |many )?months ago\b", lowered)
    if match:
        month = published.month - 3
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}", True, match.group()
    match = re.search(r"\b(?:a few |several |two |three )?weeks ago\b", lowered)
    if match:
        day = published - timedelta(days=21)
        return day.strftime("%Y-%m"), True, match.group()
    match = re.search(r"\blast week\b", lowered)
    if match:
        return (published - timedelta(days=7)).isoformat(), True, match.group()
    match = re.search(r"\blast month\b", lowered)
    if match:
        day = published.replace(day=1) - timedelta(days=1)
        return day.strftime("%Y-%m"), False, match.group()
    match = re.search(r"\b(?:last year|a year ago)\b", lowered)
    if match:
        return str(published.year - 1), match.group() == "a year ago", match.group()
    match = re.search(r"\byesterday\b", lowered)
    if match:
        return (published - timedelta(days=1)).isoformat(), False, match.group()
    match = re.search(rf"\b(?:on |last )?({'|'.join(lexicon.WEEKDAYS)})\b", lowered)
    if match:
        target = lexicon.WEEKDAYS.index(match.group(1))
        back = (published.weekday() - target) % 7
        return (published - timedelta(days=back)).isoformat(), False, match.group()
    match = re.search(rf"\bin ({'|'.join(lexicon.MONTHS)})\b(?!\s+\d)", lowered)
    if match:
        month = lexicon.MONTHS.index(match.group(1)) + 1
        year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}", False, match.group()
    return None


# -- the draft ---------------------------------------------------------------------

_CONTINUES = re.compile(
    r"^(?:however|but|moreover|also|in addition|first of all|many of (?:these|them)|"
    r"these countries|they|it|he|she|its|their|both|all of them|each)\b|\b(?:said|says|told|added|according to)\b",
    _FLAGS,
)


_DATE_FORMATS = (
    "%d %B %Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%b %d, %Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)


def _published_date(text: str | None) -> tuple[str | None, str | None]:
    """The published date as `YYYY-MM-DD` (or a partial date), and a note when it is
    missing or unreadable: the draft must import as it is, so a date the import would
    refuse is left out of the source, never written."""
    from datetime import datetime

    from tracker.domain.dates import ensure_not_future, parse_partial_date
    from tracker.errors import InvalidValue

    if not text:
        return None, "no published date given: statements are dated today; check them"
    value = re.sub(r"\bSept\b", "Sep", text.strip())
    for pattern in _DATE_FORMATS:
        try:
            value = datetime.strptime(value, pattern).date().isoformat()
            break
        except ValueError:
            continue
    try:
        return ensure_not_future(parse_partial_date(value), field="published"), None
    except InvalidValue as error:
        return None, f"published date left out ({error}): statements are dated today; check them"


def draft_article(article: Article) -> Draft:
    """Propose one statement per country position the article states."""
    from dataclasses import replace

    from tracker.domain.dates import first_day, today_utc

    published, note = _published_date(article.published)
    url = article.url if article.url and re.match(r"^https?://\S+$", article.url) else None
    if article.url and url is None:
        note = "; ".join(filter(None, [note, f"url {article.url!r} left out (not http/https)"]))
    article = replace(article, published=published, url=url)
    sentences = split_sentences(article.body)
    reference = first_day(published) if published else today_utc()
    default_date = published or reference.isoformat()
    found: list[Proposal] = []
    mentioned: list[str] = []
    previous: list[Proposal] = []
    for index, sentence in enumerate(sentences):
        mentions = find_mentions(sentence)
        for mention in mentions:
            if mention.code not in mentioned:
                mentioned.append(mention.code)
        question = sentence.rstrip('”"’ ').endswith("?")
        groups = [] if question else _groups(sentence, mentions)
        if not groups and previous and not question and _continues(sentence, mentions):
            for proposal in previous:
                _extend(proposal, index, sentence, article.body)
            previous = []
            continue
        current = _sentence_proposals(index, sentence, groups, article.body, reference)
        found.extend(current)
        previous = current
    proposals = _merge(found)
    positioned = {p.code for p in proposals}
    only_mentioned = [code for code in mentioned if code not in positioned]
    return Draft(article, sentences, proposals, only_mentioned, default_date, note)


def _continues(sentence: str, mentions: list[Mention]) -> bool:
    """A sentence that names no acting country but goes on with the last statement."""
    return bool(_CONTINUES.search(sentence))


def _extend(proposal: Proposal, index: int, sentence: str, body: str) -> None:
    proposal.sentences.append(index)
    for contribution in find_contributions(sentence, proposal.stance):
        if contribution not in proposal.contributions:
            proposal.contributions.append(contribution)
    if proposal.speaker is None:
        proposal.speaker = find_speaker(sentence, body)
    if proposal.troops is None and proposal.stance in ("committed", "conditional", "considering"):
        proposal.troops = find_troops(sentence)


def _sentence_proposals(
    index: int, sentence: str, groups: list[list[Mention]], body: str, reference: date
) -> list[Proposal]:
    proposals: list[Proposal] = []
    if not groups:
        return proposals
    lead = sentence[: groups[0][0].start]
    for number, group in enumerate(groups):
        end = groups[number + 1][0].start if number + 1 < len(groups) else len(sentence)
        clause = sentence[group[0].start : end]
        if ";" in clause and decide_stance(clause.partition(";")[0]):
            clause = clause.partition(";")[0]  # "could help; parliament has not decided"
        decided = decide_stance(clause)
        confidence_cut = 0.0
        if decided is None and number == 0 and lead.strip():
            decided = decide_stance(lead + clause)
            confidence_cut = 0.15
        if decided is None:
            continue
        stance, cues, confidence = decided
        scope = lead + clause if number == 0 else clause
        dated = find_date(scope, reference) or find_date(sentence, reference)
        for mention in group:
            weight = confidence - (0.0 if mention.holder else confidence_cut)
            if mention.kind in ("seat", "person"):
                weight -= 0.25
            elif mention.holder:
                weight -= 0.05
            proposal = Proposal(
                code=mention.code,
                stance=stance,
                sentences=[index],
                cues=[f"{mention.text!r} + " + " + ".join(repr(c) for c in cues)],
                confidence=round(max(0.1, weight), 2),
                contributions=find_contributions(scope, stance),
                troops=(
                    find_troops(scope)
                    if stance in ("committed", "conditional", "considering")
                    else None
                ),
                conditions=find_conditions(scope),
                speaker=find_speaker(sentence, body),
                position=mention.start,
                via_seat=mention.kind in ("seat", "person"),
            )
            if dated:
                proposal.date, proposal.approximate, proposal.date_words = dated
            proposals.append(proposal)
    return proposals


MAX_QUOTE_SENTENCES = 3


def _merge(found: Iterable[Proposal]) -> list[Proposal]:
    """One proposal per country and stance; weak readings give way to strong ones."""
    named = {p.code for p in found if not p.via_seat}
    merged: dict[tuple[str, str], Proposal] = {}
    for proposal in found:
        if proposal.via_seat and proposal.code in named:
            continue  # "Moscow rejects ..." adds nothing where "Russia rejects ..." is read
        key = (proposal.code, proposal.stance)
        if key not in merged:
            merged[key] = proposal
            continue
        kept = merged[key]
        for i in proposal.sentences:
            if i not in kept.sentences and len(kept.sentences) < MAX_QUOTE_SENTENCES:
                kept.sentences.append(i)
        kept.sentences.sort()
        kept.cues.extend(proposal.cues)
        kept.confidence = min(0.95, max(kept.confidence, proposal.confidence) + 0.05)
        for contribution in proposal.contributions:
            if contribution not in kept.contributions:
                kept.contributions.append(contribution)
        kept.troops = kept.troops or proposal.troops
        kept.conditions = list(dict.fromkeys(kept.conditions + proposal.conditions))
        kept.speaker = kept.speaker or proposal.speaker
        if kept.date is None and proposal.date is not None:
            kept.date, kept.approximate, kept.date_words = (
                proposal.date,
                proposal.approximate,
                proposal.date_words,
            )
    by_country: dict[str, list[Proposal]] = {}
    for proposal in merged.values():
        by_country.setdefault(proposal.code, []).append(proposal)
    result: list[Proposal] = []
    for proposals in by_country.values():
        strongest = max(p.confidence for p in proposals)
        # A commitment with stated conditions is one conditional position, not two.
        stances = {p.stance for p in proposals}
        for proposal in proposals:
            if proposal.stance == "committed" and "conditional" in stances:
                continue
            if proposal.confidence < 0.5 <= strongest - 0.05:
                continue  # a weak reading against a strong one: only the strong one
            result.append(proposal)
    result.sort(key=lambda p: (p.sentences[0], p.position))
    return result


# -- output ------------------------------------------------------------------------


def draft_records(draft: Draft, topic: str | None = None) -> list[dict[str, Any]]:
    """The proposals as plain import records (what the sheet would expand to)."""
    from tracker.countries import country_name

    source = {
        k: v
        for k, v in (
            ("outlet", draft.article.outlet),
            ("url", draft.article.url),
            ("title", draft.article.title),
            ("published", draft.article.published),
        )
        if v
    }
    records = []
    for proposal in draft.proposals:
        record: dict[str, Any] = {"type": "statement"}
        if topic:
            record["topic"] = topic
        record.update(
            {
                "country": country_name(proposal.code),
                "stance": proposal.stance,
                "date": proposal.date or draft.default_date,
                "approximate": proposal.approximate,
                "contributions": proposal.contributions,
                "troops": proposal.troops,
                "conditions": proposal.conditions,
                "speaker": proposal.speaker,
                "sources": [{**source, "quote": draft.quote(proposal)}],
            }
        )
        records.append(record)
    return records


def _why(draft: Draft, proposal: Proposal) -> str:
    cues = list(dict.fromkeys(proposal.cues))[:3]
    parts = [f"cues {'; '.join(cues)}", f"confidence {proposal.confidence:.2f}"]
    if proposal.date_words:
        parts.append(f"date from {proposal.date_words!r}")
    return "# why: " + ", ".join(parts)


def _yaml_dumper() -> Any:
    import yaml

    class SheetDumper(yaml.SafeDumper):
        """Lists inline (`[ground, air]`), mappings as blocks."""

    def inline_list(dumper: yaml.SafeDumper, value: list[Any]) -> Any:
        return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)

    def inline_troops(dumper: yaml.SafeDumper, value: dict[str, Any]) -> Any:
        return dumper.represent_mapping("tag:yaml.org,2002:map", value, flow_style=None)

    SheetDumper.add_representer(list, inline_list)
    SheetDumper.add_representer(dict, inline_troops)
    return SheetDumper


def _dump(value: Any) -> str:
    import yaml

    text: str = yaml.dump(
        value,
        Dumper=_yaml_dumper(),
        allow_unicode=True,
        sort_keys=False,
        width=88,
        default_flow_style=False,
    )
    return text


def render_sheet(draft: Draft, topic: str | None = None) -> str:
    """The draft as an article sheet (YAML) with a `# why:` comment per proposal."""
    from tracker.countries import country_name

    article = {
        k: v
        for k, v in (
            ("outlet", draft.article.outlet),
            ("url", draft.article.url),
            ("title", draft.article.title),
            ("published", draft.article.published),
        )
        if v
    }
    lines = [
        "# Draft article sheet written by `tracker draft`: check every entry against the",
        "# article, fix or delete it, then `tracker import` this file. Nothing is stored yet.",
    ]
    if draft.date_note:
        lines.append(f"# Note: {draft.date_note}.")
    if article:
        lines.append(_dump({"article": article}).rstrip())
    if topic:
        lines.append(_dump({"topic": topic}).rstrip())
    lines.append(_dump({"date": draft.default_date}).rstrip() + "  # default statement date")
    if draft.mentioned:
        names = ", ".join(country_name(code) for code in draft.mentioned)
        lines.append(f"# Mentioned without a stated position (not proposed): {names}")
    if not draft.proposals:
        lines.append("statements: []  # no stated position found")
        return "\n".join(lines) + "\n"
    lines.append("statements:")
    for proposal in draft.proposals:
        entry: dict[str, Any] = {"country": country_name(proposal.code), "stance": proposal.stance}
        if proposal.date and proposal.date != draft.default_date:
            entry["date"] = proposal.date
        if proposal.approximate:
            entry["approximate"] = True
        if proposal.contributions:
            entry["contributions"] = proposal.contributions
        if proposal.troops:
            entry["troops"] = {k: v for k, v in proposal.troops.items() if v is not None}
        if proposal.conditions:
            entry["conditions"] = proposal.conditions
        if proposal.speaker:
            entry["speaker"] = proposal.speaker
        entry["quote"] = draft.quote(proposal)
        lines.append("  " + _why(draft, proposal))
        dumped = _dump(entry).rstrip().splitlines()
        lines.append("  - " + dumped[0])
        lines.extend("    " + line for line in dumped[1:])
    return "\n".join(lines) + "\n"


def render_jsonl(draft: Draft, topic: str | None = None) -> str:
    """The draft's statements as JSON Lines import records."""
    import json

    return "".join(
        json.dumps(record, ensure_ascii=False) + "\n" for record in draft_records(draft, topic)
    )
