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
   statement ("..., said Chancellor Friedrich Merz", "many of these countries ...");
5. carry a topic across sentences: a heading or short opener ("Consider Belgium."), a
   question ("And Germany?") or a sentence opening on a country ("In Belgium the debate
   is harder.") is what the next sentences go on about through pronouns ("It has not
   ruled out ...", "We will not send ..."), the government speaking, or the country named
   again; "So has Sweden", "Greece as well" and "a position similar to the Italian one"
   repeat a stance already read; countries named in answer to a question that states a
   position ("Which countries are sending troops?") take it;
6. where no cue is known, a country opening its sentence about troops or the mission is
   proposed at confidence 0.3 with a stance guessed from negation, so the editor sees it.

A country given one stance by several sentences gets one proposal (quotes joined); a
country given different stances gets one proposal for each (the seed's Lithuania),
except that a weak reading (a capital city, an opening cue) gives way to a strong one,
a refusal that offers other help is one declined position, a refusal beside an
opposition one opposed position, and an offer or openness with conditions one conditional
position.
Each proposal carries why: its cue words and a confidence between 0 and 1.

Where things live: `article` (header lines, sentences, the published date), `reading`
(what one sentence says), `lexicon` (the word lists), this module (the proposals, and the
sheet or JSON Lines they are written as), `sheet` (how `import` reads a sheet back).
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from tracker.formats.sheet import draft_article_source as _article_source
from tracker.formats.sheet import importable_list as _importable_list
from tracker.formats.sheet import importable_text, render_sheet
from tracker.intake import lexicon
from tracker.intake.article import Article, published_date, split_sentences
from tracker.intake.dating import after_the_page, dated_note, find_date, page_date
from tracker.intake.pledge import TROOP_PLEDGE, Pledge, current_terms, using
from tracker.intake.reading import (
    AS_CONTRIBUTOR,
    FOLLOWED_BY,
    JOINS_GROUP_OF,
    OFFERED_BY,
    Mention,
    convenes,
    counted_from,
    decide_stance,
    find_conditions,
    find_contributions,
    find_mentions,
    find_speaker,
    find_troops,
    group_mentions,
    knowing_people,
    list_link,
    people_named,
    possessive_act,
)


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
    pledge: Pledge = TROOP_PLEDGE
    # On a page with no publication date: what its statements are dated from ("'on
    # September 4', year assumed 2026"); None where that is today.
    dated_from: str | None = None

    def quote(self, proposal: Proposal) -> str:
        """The sentence(s) that carry a proposal, in the article's words; sentences that
        do not follow each other are joined by " … "."""
        parts: list[str] = []
        for previous, index in zip([None, *proposal.sentences], proposal.sentences, strict=False):
            if previous is not None:
                parts.append(" " if index == previous + 1 else " … ")
            parts.append(self.sentences[index])
        return "".join(parts)


# -- the draft ---------------------------------------------------------------------

_CONTINUES = re.compile(
    r"^(?:however|but|moreover|also|in addition|first of all|many of (?:these|them)|"
    r"these countries|they|it|he|she|its|their|both|all of them|each)\b|\b(?:said|says|told|added|according to)\b",
    re.IGNORECASE,
)


def draft_article(article: Article, pledge: Pledge | None = None) -> Draft:
    """Propose one statement per country position the article states on a pledge (the
    topic's title and phrases; the seed topic's troop pledge when none is given)."""
    from dataclasses import replace

    with using(pledge or TROOP_PLEDGE), knowing_people(article.body):
        # A person the pledge's title names ("Arrest Ana Ruiz ..."): the pledge's target,
        # whose country takes no position on it (issue 20, item 4), as a host does.
        targets = people_named((pledge or TROOP_PLEDGE).title)
        # A year the title gives its pledge ("Boycott the conference (September 2021)"):
        # the year of what an undated page that names none reports.
        title_years = re.findall(r"\b((?:19|20)\d\d)\b", pledge.title if pledge else "")
        title_year = int(title_years[-1]) if len(set(title_years)) == 1 else None
        return replace(_draft(article, targets, title_year), pledge=pledge or TROOP_PLEDGE)


__all__ = ["Draft", "Pledge", "Proposal", "draft_article", "draft_records", "render_sheet"]


def _draft(
    article: Article, targets: frozenset[str] = frozenset(), title_year: int | None = None
) -> Draft:
    from dataclasses import replace

    published, note = published_date(article.published)
    url = article.url if article.url and re.match(r"^https?://\S+$", article.url) else None
    if article.url and url is None:
        note = "; ".join(filter(None, [note, f"url {article.url!r} left out (not http/https)"]))
    article = replace(article, published=published, url=url)
    sentences = split_sentences(article.body)
    dating = page_date(article.body, article.url, published, title_year)
    reference, default_date, dated_from = dating.reference, dating.default_date, dating.dated_from
    found: list[Proposal] = []
    mentioned: list[str] = []
    previous: list[Proposal] = []
    # The topic of what follows: acting countries of the last sentence that stated
    # nothing about them, a country a question asks about ("And Germany?"), a sentence
    # that opens on a country ("In Belgium the discussion is harder."); and whether it
    # was a heading ("Norway" above a paragraph about it), which any sentence goes on.
    pending: tuple[int, list[Mention], bool] | None = None
    hosts = _hosts(article.body) | current_terms().hosts | targets
    question_cue: tuple[str, list[str], float] | None = None
    listed: tuple[str, list[str], float] | None = None  # a group's stance, named next
    # Countries of a sentence that introduces what they say ("The statement, signed by
    # A, B and C, stressed the following points:"): the points that follow state it.
    introduced: tuple[int, list[Mention], bool] | None = None
    # A line that states a group's position and lists its countries next, one a line
    # ("Countries that have agreed to join so far include:" "- Argentina" "- Armenia"):
    # the line's index and the stance it states.
    roster: tuple[int, tuple[str, list[str], float]] | None = None
    for index, sentence in enumerate(sentences):
        if roster is not None:
            items = _line_countries(sentence)
            for item in items:
                found.append(_listed_proposal(roster, index, item, sentences, reference))
                if item.code not in mentioned:
                    mentioned.append(item.code)
            if items:
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if _list_line(sentence) and _lone_country(following) is not None:
                continue  # "— The European Union's executive arm": an item, the list goes on
            if _furniture(sentence) and _next_item(index, sentences) is not None:
                continue  # "Recommended Videos" between two items of the list
            roster = None
        stated = _roster_heading(index, sentences)
        if stated is not None:
            roster, previous, pending, question_cue, listed = (index, stated), [], None, None, None
            introduced = None
            if not find_mentions(sentence):
                continue
        if introduced is not None:
            carried = _carried_proposals(
                introduced, index, sentence, article.body, reference, narrow=False
            )
            if carried:
                found.extend(carried)
            if carried or not re.match(r"^\W*[•*·–-]", sentence):
                introduced = None
        mentions = find_mentions(sentence)
        for mention in mentions:
            if mention.code not in mentioned:
                mentioned.append(mention.code)
        question = sentence.rstrip('”"’ ').endswith("?")
        groups = [] if question else group_mentions(sentence, mentions)
        groups = [g for g in groups if not _host_possessive(sentence, g, hosts)]
        if question:
            asked = [m for m in mentions if m.acts]
            previous = []
            pending = (index, asked, False) if asked else _kept(pending, sentence, sentences)
            # "Which countries are definitely sending troops?" "Britain and France, ..."
            question_cue = None if asked else decide_stance(sentence)
            continue
        answer, question_cue = question_cue, None
        if (
            listed is not None
            and groups
            and (_NAMES_THEM.match(sentence) or _DOES_SO.search(sentence))
        ):
            # "Several countries have stated that they will not send troops. These
            # include Poland and Italy." (issue 20, item 3)
            answer = (listed[0], [*listed[1], "named next"], listed[2])
        listed = None
        if index and _TOGETHER.match(sentence):
            # "X predicted A, B and C should deploy ... Together, they have pledged 400
            # troops": the list named before, whatever it did there.
            listed_before = _named_list(sentences[index - 1], current_terms().hosts)
            head = sentence[: groups[0][0].start] if groups else sentence
            decided = decide_stance(head) if listed_before else None
            if decided is not None:
                dated = find_date(sentence, reference)
                for mention in listed_before:
                    together = Proposal(
                        code=mention.code,
                        stance=decided[0],
                        sentences=[index - 1, index],
                        cues=[f"{mention.text!r} … 'together, they' + {decided[1][0]!r}"],
                        confidence=round(decided[2] - 0.15, 2),
                        position=mention.start,
                    )
                    if dated:
                        together.date, together.approximate, together.date_words = dated
                    found.append(together)
        inverted = _inverted_subjects(sentence, mentions)
        if inverted and all(m in inverted for group in groups for m in group):
            current = [
                _inverted_proposal(index, sentence, m, inverted[0].start, reference)
                for m in inverted
            ]
            found.extend(current)
            previous, pending = current, None
            continue
        if not groups and previous and _continues(sentence):
            for proposal in _spoken_for(sentence, mentions, previous):
                _extend(proposal, index, sentence, article.body)
            previous = []
            continue
        if (
            not groups
            and pending
            and _goes_on(pending, sentence, mentions)
            and not _ABOUT_OTHERS.search(sentence)
        ):
            carried = _carried_proposals(pending, index, sentence, article.body, reference)
            if carried is not None:
                found.extend(carried)
                previous, pending = carried, None
                continue
        if not groups:
            if _GROUP_SUBJECT.search(sentence):
                listed = decide_stance(sentence)
            topic = _OPENS_ON.match(sentence)
            opened = [m for m in mentions if topic and m.start == topic.end()]
            previous = []
            pending = (index, opened, False) if opened else _kept(pending, sentence, sentences)
            continue
        last = previous[0] if previous else (found[-1] if found else None)
        echo = (last.stance, ["so … too"], last.confidence) if last else None
        like = re.search(r"\b(?:similar to|same as|like)\b", sentence)
        if like:
            # "Spain has a position similar to the Italian one": the stance named there.
            named = [m.code for m in mentions if m.start > like.end()]
            earlier = [p for p in found if named and p.code == named[0]]
            if earlier:
                # A refusal outweighs the help offered beside it (see `_merge`).
                strongest = max(
                    earlier, key=lambda p: (p.stance in ("opposed", "declined"), p.confidence)
                )
                echo = (strongest.stance, ["similar to"], strongest.confidence)
        current = _sentence_proposals(
            index,
            sentence,
            groups,
            article.body,
            reference,
            echo,
            hosts,
            answer,
            sentences[index - 1] if index else "",
        )
        current.extend(_done_before(index, sentence, mentions, current))
        found.extend(current)
        previous = current
        pending = None
        group_clause = _GROUP_CLAUSE.search(sentence)
        if group_clause:
            # "After A and B declared their support; another 24 countries announced that
            # they would join." "Among these 24 States, ... C, D": the group's stance.
            listed = decide_stance(sentence[group_clause.start() :])
        if not current and not question:
            acting = [m for group in groups for m in group]
            rest = sentence
            for mention in reversed(acting):
                rest = rest[: mention.start] + rest[mention.end :]
            leftover = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("and", "or")]
            # "Norway", "Take Warsaw.", "Consider Belgium.": a heading for what follows.
            heading = not leftover or (len(leftover) <= 2 and len(acting) == 1)
            if acting and sentence.rstrip().endswith(":") and len(leftover) > 2:
                introduced = (index, acting, False)
            # "Countries fear ..., as Chile won't leave. They are also hesitant": what
            # follows is about the group the sentence opens on, not the country in it.
            opens_on_group = _GROUP_LEAD.match(sentence[: acting[0].start]) if acting else None
            pending = None if opens_on_group else (index, acting, heading)
    # The country the pledge is about or carried out in (the title's "in Ukraine",
    # "of Palestine") takes no position on it (issue 20, item 4): mentioned only.
    leaders = organisers(article.body)
    found.extend(_leads_the_act(sentences, reference, {p.code for p in found}))
    found.extend(_partners_of_the_host(sentences, reference, {p.code for p in found}))
    proposals = [
        p
        for p in _merge(found)
        if p.code not in current_terms().hosts | current_terms().bodies | targets | leaders
    ]
    proposals = _within_scope(proposals, sentences, article.body)
    for proposal in proposals:
        if after_the_page(proposal.date, published):
            # A date after the page's own ("The Hague, January 8" on a page dated
            # January 7) cannot be imported: the statement takes the page's date.
            proposal.date, proposal.approximate, proposal.date_words = None, False, None
    positioned = {p.code for p in proposals}
    only_mentioned = [code for code in mentioned if code not in positioned]
    note = dated_note(note, dating)
    return Draft(
        article, sentences, proposals, only_mentioned, default_date, note, dated_from=dated_from
    )


# "The Afghan government banned TikTok": the government acting, not the scope it acts in.
_ACTOR_GOVERNMENT = re.compile(r"\b(?:[A-Z][\w.-]*\s+)+government\b")


_TOGETHER = re.compile(
    r"^\W*(?:together|jointly|collectively|between them|combined),?\s+(?:they|these countries|"
    r"the (?:two|three|four|five|six) (?:countries|nations))\b",
    re.IGNORECASE,
)


def _named_list(sentence: str, hosts: frozenset[str]) -> list[Mention]:
    """The first list of two or more country names in a sentence, acting or not ("...
    predicted the Bahamas, Jamaica and Belize should deploy ...")."""
    names = [m for m in find_mentions(sentence) if m.kind == "name" and m.code not in hosts]
    run: list[Mention] = []
    for mention in names:
        if run and list_link(sentence[run[-1].end : mention.start]) is not None:
            run.append(mention)
            continue
        if len(run) >= 2:
            return run
        run = [mention]
    return run if len(run) >= 2 else []


def _within_scope(proposals: list[Proposal], sentences: list[str], body: str) -> list[Proposal]:
    """The proposals that state the pledge in its title's scope ("Ban TikTok on
    government devices"): on a page that names the scope, an offer or act whose
    sentences, the sentence before them and their paragraph never do ("Pakistani
    authorities have banned TikTok four times") is of a neighbouring measure (a
    nationwide ban), and is not proposed; a refusal or an opposition stays."""
    scope = re.compile(rf"\b(?:{current_terms().scope})", re.IGNORECASE)
    if not scope.search(body):
        return proposals
    paragraphs = [line for line in body.splitlines() if line.strip()]

    def paragraph(sentence: str) -> str:
        return next((line for line in paragraphs if sentence[:60] in line), sentence)

    kept = []
    for proposal in proposals:
        if proposal.stance not in _OFFERS:
            kept.append(proposal)  # "China lashed out at the bans": about the pledge's act
            continue
        around = [sentences[i] for i in proposal.sentences]
        first = proposal.sentences[0]
        around += [paragraph(sentences[first])]
        if first and paragraph(sentences[first - 1]) == around[-1]:
            around.append(sentences[first - 1])
        if any(scope.search(_ACTOR_GOVERNMENT.sub(" ", text)) for text in around):
            kept.append(proposal)
    return kept


# A subject after its verb, as machine translation leaves it: "Also, diplomatic boycott
# declared the Netherlands."; "After a boycott joined Australia, Canada and Japan."
_INVERTED_VERB = re.compile(
    r"\b(?:declared|announced|joined|supported|backed|introduced|imposed|adopted|launched|"
    r"followed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _inverted_subjects(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The countries that close a sentence right after its verb, where the text before
    the verb names the pledge's act and no country ("... boycott declared the
    Netherlands."): the verb's subject, inverted. Nothing where the sentence names
    another country first or denies the act."""
    hosts = current_terms().hosts
    countries = [
        m
        for m in mentions
        if m.kind in ("name", "seat", "demonym", "subject") and m.code not in hosts
    ]
    if not countries:
        return []
    listed = [countries[0]]
    for mention in countries[1:]:
        if list_link(sentence[listed[-1].end : mention.start]) is None:
            return []
        listed.append(mention)
    if not re.fullmatch(r"[\s.!”\"’]*", sentence[listed[-1].end :]):
        return []
    lead = sentence[: listed[0].start]
    verb = _INVERTED_VERB.search(lead)
    if verb is None or _NEGATION.search(lead):
        return []
    terms = current_terms()
    if not re.search(rf"\b(?:{terms.own})\b", lead[: verb.start()], re.IGNORECASE):
        return []
    return listed


def _inverted_proposal(
    index: int, sentence: str, mention: Mention, first: int, reference: date
) -> Proposal:
    verb = _INVERTED_VERB.search(sentence[:first])
    proposal = Proposal(
        code=mention.code,
        stance="committed",
        sentences=[index],
        cues=[
            f"{mention.text!r} + '{verb.group().strip() if verb else ''}' (subject after its verb)"
        ],
        confidence=0.5,
        position=mention.start,
    )
    dated = find_date(sentence, reference)
    if dated:
        proposal.date, proposal.approximate, proposal.date_words = dated
    return proposal


def _leads_the_act(sentences: list[str], reference: date, proposed: set[str]) -> list[Proposal]:
    """For a pledge to stay away, the country that leads it does it: "the U.S.-led
    diplomatic boycott", "a U.S.-led move to diplomatically boycott the Games"; for a troop
    pledge, the one that leads a unit of the force ("a Polish-led division"); once, for a
    country no sentence gives a position."""
    from tracker.intake.reading import gazetteer_entry

    terms = current_terms()
    if terms.troops:
        # "A Polish-led multinational division took over security": the leader of a
        # unit of the force sends troops to it (never the title's own leader, a host).
        led = re.compile(
            r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-led\s+(?:[\w-]+\s+){0,3}?"
            r"(?:division|brigade|force|contingent|battalion|sector|zone|task force)\b"
            r"(?![^.;:]{0,80}\b(?:not|never|no longer)\b)"
        )
    elif terms.abstain:
        led = re.compile(
            rf"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-led\s+(?:[\w-]+\s+){{0,4}}?(?:{terms.own})\b"
        )
    else:
        return []
    found: list[Proposal] = []
    for index, sentence in enumerate(sentences):
        for match in led.finditer(sentence):
            name = match.group(1)
            entry = gazetteer_entry(name) or gazetteer_entry(name.rstrip(".")) or None
            code = entry[0] if entry else None
            if code is None or code in proposed or code in terms.hosts:
                continue
            proposed.add(code)
            proposal = Proposal(
                code=code,
                stance="committed",
                sentences=[index],
                cues=[f"{name!r} + {match.group()!r} (the act's leader)"],
                confidence=0.5,
                position=match.start(),
            )
            dated = find_date(sentence, reference)
            if dated:
                proposal.date, proposal.approximate, proposal.date_words = dated
            found.append(proposal)
    return found


# What a host's bilateral act does not state: a denial, a hope, a plan, a condition.
_UNDONE = re.compile(
    r"\b(?:not|never|no|would|could|might|may|if|unless|plans?|hopes?|talks?|wants?|urg\w+|"
    r"expected|likely|possible|without)\b",
    re.IGNORECASE,
)


def _partners_of_the_host(
    sentences: list[str], reference: date, proposed: set[str]
) -> list[Proposal]:
    """For a pledge towards a country the title names (its host), the other parties of
    the host's act done: "Israel normalised ties with A, B and C", "the normalisation of
    relations between Israel and A", "the first agreement was signed between Israel and
    A"; once, for a country no sentence gives a position."""
    from tracker.intake.reading import find_mentions

    terms = current_terms()
    if terms.troops or not terms.hosts:
        return []
    acts = rf"(?:{terms.own})|agreements?|deals?|accords?|treaty|treaties|peace"
    found: list[Proposal] = []
    for index, sentence in enumerate(sentences):
        mentions = find_mentions(sentence)
        for position, host in enumerate(mentions):
            if host.code not in terms.hosts:
                continue
            before = sentence[max(0, host.start - 80) : host.start]
            after = sentence[host.end : host.end + 80]
            between = re.search(
                rf"\b(?:{acts})\b[^.;:]{{0,50}}\bbetween\s+(?:the\s+)?$", before, re.I
            )
            led = re.match(
                rf"\s+(?:has\s+|had\s+)?(?:{terms.done})\s+(?:[\w-]+\s+){{0,3}}?with\s+(?:the\s+)?",
                after,
                re.I,
            )
            following = mentions[position + 1] if position + 1 < len(mentions) else None
            # "between Israel and A", "Israel normalised ties with A": A, and the rest of
            # its list, is the other party
            partnered = following is not None and (
                (
                    between is not None
                    and re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[host.end : following.start])
                    is not None
                )
                or (led is not None and following.start == host.end + led.end())
            )
            partners = _listed_from(sentence, mentions, position + 1) if partnered else []
            clause = sentence[max(0, host.start - 80) : host.end + 80]
            if not partners or _UNDONE.search(clause):
                continue
            for partner in partners:
                if partner.code in proposed or partner.code in terms.hosts:
                    continue
                proposed.add(partner.code)
                proposal = Proposal(
                    code=partner.code,
                    stance="committed",
                    sentences=[index],
                    cues=[f"{partner.text!r} + {clause.strip()[:60]!r} (the host's partner)"],
                    confidence=0.5,
                    position=partner.start,
                )
                dated = find_date(sentence, reference)
                if dated:
                    proposal.date, proposal.approximate, proposal.date_words = dated
                found.append(proposal)
    return found


def _listed_from(sentence: str, mentions: list[Mention], first: int) -> list[Mention]:
    """The names listed from one mention on: "A, B and C", "A (UAE), B and C"."""
    listed = [mentions[first]]
    end = listed[0].end
    for m in mentions[first + 1 :]:
        if m.code == listed[-1].code:
            end = m.end  # "the United Arab Emirates (UAE)": one name twice
            continue
        gap = sentence[end : m.start]
        end = m.end
        if not re.fullmatch(
            r"\)?\s*(?:,|,?\s*and|,?\s*(?:closely |shortly |soon )?followed by)\s*(?:the\s+)?", gap
        ):
            break
        listed.append(m)
    return [m for m in listed if m.kind == "name"]


def _vetoes(clause: str, group: list[Mention]) -> bool:
    """Whether a refusal or opposition is of another country's part ("opposed Turkish
    participation", "doesn't want Turkey participating"), not of the pledge."""
    codes = {m.code for m in group} | current_terms().hosts
    after = group[-1].end - group[0].start  # the clause starts at the group's first member
    return any(
        m.code not in codes and m.start >= after and _VETOED.match(clause[m.end :])
        for m in find_mentions(clause)
        if m.kind != "organisation"
    )


def _hosts(body: str) -> frozenset[str]:
    """Countries the article names at least twice as where forces would go ("troops in
    Ukraine", "a mission to Ukraine"): never guessed to contribute."""
    from tracker.intake.reading import gazetteer_entry

    counts: dict[str, int] = {}
    pattern = r"\b(?:in|to|into|for|inside)\s+(?:the\s+)?([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
    for match in re.finditer(pattern, body):
        found = gazetteer_entry(match.group(1)) or gazetteer_entry(match.group(1).split()[0])
        if found and found[1] == "name":
            counts[found[0]] = counts.get(found[0], 0) + 1
    return frozenset(code for code, count in counts.items() if count >= 2)


# What a pledge to join something joins: "the US-led naval coalition".
_LED_BY = re.compile(
    r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-led\s+(?:[\w“”\"'’-]+\s+){0,3}?"
    r"(?:coalition|operation|force|mission|board|group|initiative|alliance|bloc|task force|partnership|"
    r"[Bb]ank|[Ff]und|[Ii]nstitution)\b|"
    r"\b(?:coalition|operation|board|group|initiative|alliance|bloc|partnership|bank|fund|"
    r"institution)s?\s+led\s+by\s+"
    r"(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
)


def organisers(body: str) -> frozenset[str]:
    """The countries that lead what a non-troop pledge has others join ("the US-led naval
    operation", "a coalition led by the United States"): an organiser, never proposed
    (issue 20, item 4). A troop pledge's leaders also send troops ("the British- and
    French-led coalition"): they stay."""
    from tracker.intake.reading import gazetteer_entry

    if current_terms().troops:
        return frozenset()
    found = set()
    for match in _LED_BY.finditer(body):
        name = (match.group(1) or match.group(2) or "").rstrip(".")
        entry = (
            gazetteer_entry(name)
            or gazetteer_entry(name + ".")
            or gazetteer_entry(name.split()[0])
            or gazetteer_entry(name.split()[-1])  # "The Peru-led bank": the sentence's "The"
        )
        if entry:
            found.add(entry[0])
    return frozenset(found)


# "Macron announced that 26 nations had agreed to send forces": a report on unnamed
# others, which carries no position to the country the sentence before was about.
_ABOUT_OTHERS = re.compile(
    rf"\b(?:{lexicon.SPEECH_VERBS}|revealed|indicated)\s+(?:that\s+)?(?:\d+|some|several|many|"
    r"other|most|all|dozens of)\s+(?:[\w-]+\s+)?(?:countries|nations|states|governments|allies)\b",
    re.IGNORECASE,
)


# A sentence about unnamed countries, and one that names them next.
_GROUP_SUBJECT = re.compile(
    r"\b(?:several|some|many|few|other|\w+ (?:european|arab|nordic|western))?\s*"
    r"(?:countries|nations|states|governments|members|allies|partners)\b",
    re.IGNORECASE,
)
_NAMES_THEM = re.compile(
    # (after a source: "According to a UN source, these countries are ...")
    r"^(?:(?:according to|citing|as reported by)\s[^,;:]{0,60},\s*)?"
    r"(?:they|(?:these|those|the)(?:\s+(?:[\w-]+\s+)?(?:countries|nations|states|governments))?)\s+"
    r"(?:include|includes|included|are|were)\b|"
    r"^among (?:them|these|those|the (?:[\w-]+ )?(?:countries|nations)(?: named)?)\b|"
    r"^(?:including|namely)\b",
    re.IGNORECASE,
)
# "Several countries have suspended their funding. Estonia became the latest country to
# do so.": the group's position, one more country named.
_DOES_SO = re.compile(
    r"\b(?:latest|newest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"next|last|\d+(?:st|nd|rd|th)|another|one more)\s+(?:[\w-]+\s+)?(?:country|nation|state|"
    r"government)\s+to\s+(?:do so|do the same|follow suit)\b",
    re.IGNORECASE,
)
# Lists of "possible" or "expected" contributors are forecasts, no country's position.
_EXPECTED = re.compile(
    r"^\s*(?:,[^,;:]*,\s*)?(?:is|are|was|were)\s+(?:also\s+|widely\s+)?(?:expected|likely|predicted|"
    r"tipped|seen as likely)\s+to\s+(?!announce|confirm|make|present|unveil)",
    re.IGNORECASE,
)
# "Israel is opposed to any involvement of Turkish troops": one country's view of who
# else may join is a stance of neither (issue 20, item 4).
_VETOED = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:participation|involvement|troops|soldiers|forces|role|"
    r"contribution|presence|participating|joining|taking part|deployment)\b",
    re.IGNORECASE,
)


_ANAPHOR = re.compile(
    r"^(?:[A-Z][\w’' .-]*:\s+)?"  # a speaker's label in a transcript: "MINISTER X: We ..."
    r"(?:he|she|it|they|we|our|its|their|his|her|ministers|officials|(?:prime )?minister|"
    r"president|chancellor|(?:the )?(?:two|three|both) (?:capitals|countries|governments|nations)|"
    r"the (?:country|government|"
    r"kingdom|republic|minister|ministry|prime minister|president|chancellor|cabinet|"
    r"administration|defen[cs]e minister|foreign minister))\b",
    re.IGNORECASE,
)
# A government speaking without its country's name: "the government", "its ministry".
_OFFICIAL = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:government|ministry|cabinet|chancellery|"
    r"presidency|prime minister|chancellor|premier|defen[cs]e minister|foreign minister)\b",
    re.IGNORECASE,
)
_OPENS_ON = re.compile(r"^(?:in|for|as for|regarding|turning to)\s+(?:the\s+)?", re.IGNORECASE)


def _goes_on(
    pending: tuple[int, list[Mention], bool], sentence: str, mentions: list[Mention]
) -> bool:
    """Whether a sentence that names no acting country goes on about the pending ones:
    under a heading any sentence does; otherwise one that refers back to them ("It has
    not ruled out ...", "We will not send ..."), speaks for their government ("..., said
    a spokesman of the defence ministry") or names them again without making them act
    ("A spokesperson for the Belgian defence ministry said ...")."""
    _index, acting, heading = pending
    if heading or _ANAPHOR.match(sentence) or _OFFICIAL.search(sentence):
        return True
    codes = {m.code for m in acting}
    return any(m.code in codes for m in mentions)


def _kept(
    pending: tuple[int, list[Mention], bool] | None, sentence: str, sentences: list[str]
) -> tuple[int, list[Mention], bool] | None:
    """The topic after a sentence that says nothing about it: a heading stays, and so
    does a topic the sentence refers back to ("Consider Belgium. Its government has
    said little. It has not ruled out ...")."""
    if pending and (pending[2] or _ANAPHOR.match(sentence)):
        return pending
    asked = pending is not None and sentences[pending[0]].rstrip('”"’ ').endswith("?")
    if pending and pending[1] and asked and decide_stance(sentence) is None:
        # A question stays the topic of an answer that opens without a position: "Is
        # Germany on board?" "I spoke with Boris Pistorius yesterday. He says it is too
        # early ..."
        return pending
    return None


def _carried_proposals(
    pending: tuple[int, list[Mention], bool],
    index: int,
    sentence: str,
    body: str,
    reference: date,
    narrow: bool = True,
) -> list[Proposal] | None:
    """Proposals for the countries a previous sentence or heading named, from a sentence
    that goes on about them ("The Canadian prime minister met allies. He told them Canada
    ..."); None where the sentence states no stance."""
    decided = decide_stance(sentence)
    if decided is None:
        return None
    stance, cues, confidence = decided
    named, mentions, _heading = pending
    # Where the sentence names some of them again, it is about those: "Austria and
    # Switzerland refer to their neutrality. ... comes according to Vienna not in question."
    again = {m.code for m in find_mentions(sentence)} & {m.code for m in mentions}
    if again and narrow:
        mentions = [m for m in mentions if m.code in again]
    dated = find_date(sentence, reference)
    proposals = []
    for mention in mentions:
        weight = confidence - 0.1 - (0.25 if mention.kind in _WEAK_KINDS else 0.0)
        proposal = Proposal(
            code=mention.code,
            stance=stance,
            sentences=[named, index],
            cues=[f"{mention.text!r} … " + " + ".join(repr(c) for c in cues)],
            confidence=round(max(0.1, weight), 2),
            contributions=find_contributions(sentence, stance),
            troops=find_troops(sentence) if stance in _OFFERS else None,
            conditions=find_conditions(sentence),
            speaker=find_speaker(sentence, body),
            position=mention.start,
            via_seat=mention.kind in _WEAK_KINDS,
        )
        if dated:
            proposal.date, proposal.approximate, proposal.date_words = dated
        proposals.append(proposal)
    return proposals


_NTH_STATE_AFTER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+)?(?:country|nation|state|government)\s+(?:after|following)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _done_before(
    index: int, sentence: str, mentions: list[Mention], current: list[Proposal]
) -> list[Proposal]:
    """The countries named as having done the pledge before the sentence's subject: "B
    becomes the second state after A to recognize the republics" (A did it first)."""
    found = _NTH_STATE_AFTER.search(sentence)
    if found is None or not any(p.stance == "committed" for p in current):
        return []
    named = {p.code for p in current}
    listed = []
    end = found.end()
    for mention in mentions:
        if mention.start < found.end() or mention.code in named:
            continue
        if not re.fullmatch(
            r"\s*(?:,|and|or|,\s*and)?\s*(?:the\s+)?", sentence[end : mention.start]
        ):
            break
        listed.append(mention)
        end = mention.end
    act = rf"\s+(?:to\s+)+(?:{current_terms().act})\b"
    if not listed or not re.match(act, sentence[end:], re.IGNORECASE):
        return []
    return [
        Proposal(
            code=m.code,
            stance="committed",
            sentences=[index],
            cues=[f"{m.text!r} + {found.group().strip()!r} … to"],
            confidence=0.6,
            position=m.start,
        )
        for m in listed
    ]


_SPEAKS = re.compile(rf"\b(?:{lexicon.SPEECH_VERBS}|says|told|according to)\b", re.IGNORECASE)


def _spoken_for(sentence: str, mentions: list[Mention], previous: list[Proposal]) -> list[Proposal]:
    """The last statements a continuing sentence goes on: all of them, unless the country
    the sentence opens on, before its reporting verb, is whose words they are ("Swedish Ambassador Erik
    Berg said his country ..." after a list of thirty: Sweden's alone, if Sweden is
    among them)."""
    verb = _SPEAKS.search(sentence)
    speaker = next(
        (
            m
            for m in mentions[:1]
            if verb
            and m.end <= verb.start()
            and re.fullmatch(r"\W*(?:the\s+)?", sentence[: m.start], re.IGNORECASE)
        ),
        None,
    )
    if speaker is None:
        return previous
    return [p for p in previous if p.code == speaker.code]


def _continues(sentence: str) -> bool:
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


# Mentions that stand for a country less surely than its name: a capital ("Berlin ruled
# out"), a person, a demonym before a noun ("Canadian aircraft could help").
_WEAK_KINDS = ("seat", "person", "subject")

_PASSIVE_AGENT = re.compile(
    r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?"
    r"(?:(?:governments?|leaders?|authorities|ministers?)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:,\s*(?:as well as|along with|together with)|\bjoin(?:s|ed|ing)?|"
    # "Nicaragua also recognized them, followed by Venezuela on September 10, ..."
    r",\s*(?:[a-z]+ly\s+)?(?:followed|joined|accompanied)\s+by|"
    # "became the eighth country to cut ties, after A, B and C": they did it before
    r"\b(?:country|nation|state|government|one)\s+(?:to|that|who|which)\b[^.;:]*?"
    r"\b(?:after|following))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:confirm(?:s|ed)?|announc(?:es|ed)|stated|declared|said|says)\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Turkey will not be included in the force": another's decision on it, no stance of its own.
_DECIDED_FOR = re.compile(
    r"^\s*(?:will|would|is|are|was|were|should|must|has|have)\s+(?:not\s+)?(?:be\s+|been\s+)?"
    r"(?:included|invited|allowed|permitted|accepted|excluded|barred|admitted|welcome)\b",
    re.IGNORECASE,
)


_JOINS_IN = re.compile(rf"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$|{JOINS_GROUP_OF}", re.IGNORECASE)
_NEGATED_JOIN = re.compile(
    r"\b(?:not|never|n[’']t|refus\w* to|declin\w* to)\s+(?:\w+\s+)?$", re.IGNORECASE
)


@cache
def _in_the_act(own: str) -> re.Pattern[str]:
    """The pledge's act after a list the joiner joins: "... in a diplomatic boycott"."""
    return re.compile(
        rf"^[^.;:]{{0,40}}?\bin\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<act>{own})\b",
        re.IGNORECASE,
    )


# A group that is a clause's own subject: "..., but so far no other countries have
# committed", "Though several nations have held off, ...".
_GROUP_NOUN = (
    r"(?:countries|nations|states|governments|allies|partners|members|capitals|contributors)"
)
_GROUP_CLAUSE = re.compile(
    rf"(?:[,;]|\b(?:but|while|whereas|though|although))\s*(?:(?:but|and|while|yet)\s+)?"
    rf"(?:so far,?\s+)?(?:(?:no|several|many|some|most|other|few|all|the|these|those)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+(?:\w+\s+)?(?:have|has|had|are|were|will|would|"
    rf"is|was|did|do|does|can|could|may|might|\w+ed)\b",
    re.IGNORECASE,
)
_GROUP_LEAD = re.compile(
    rf"^\W*(?:though|although|while|as|because|since|if|when)?\s*(?:(?:no|several|many|some|"
    rf"most|other|few|all|the|these|those)\s+)?(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+"
    rf"(?:\w+\s+)?(?:have|has|had|are|were|will|would|is|was|did|do|does|can|could|may|might|"
    rf"\w+ed|fear|say|want)\b",
    re.IGNORECASE,
)


# -- lists of countries, one a line, under the line stating their position ----------

_BULLET = re.compile(r"^\s*(?:[•*·–—-]|\d{1,3}[.)])\s*")
# The group the heading is about: "Countries that ...", "Nations which have declined:".
_ROSTER_GROUP = re.compile(
    rf"^\W*(?:which\s+|the\s+|other\s+|(?:[\w-]+\s+){{0,2}}?){_GROUP_NOUN}\b", re.IGNORECASE
)
# "Possible contributors:", "Countries expected to join:", "Invited countries:": a
# forecast or an invitation, no country's position (corpus README, rule 1).
_ROSTER_FORECAST = re.compile(
    r"\b(?:possible|potential|prospective|candidates?|expected|likely|tipped|rumou?red|"
    r"invited|invitations?|may|might|could)\b",
    re.IGNORECASE,
)


def _lone_country(sentence: str) -> Mention | None:
    """The country a list line names and nothing else ("- Argentina", "The United
    Kingdom", "Germany's government", "- Perú", "Brasil": a spelling the resolver knows);
    None for any other line."""
    text = _BULLET.sub("", sentence, count=1).strip()
    mentions = find_mentions(text)
    if not mentions:
        return _resolved_line(text)
    if len(mentions) != 1 or mentions[0].kind != "name":
        return None
    mention = mentions[0]
    before, after = text[: mention.start], text[mention.end :]
    if not re.fullmatch(r"(?:the\s+)?", before, re.IGNORECASE):
        return None
    if not re.fullmatch(r"(?:[’']s(?:\s+[a-z][\w-]*){1,2})?\s*(?:\([^()]*\))?[.;,]?", after):
        return None
    return mention


def _line_countries(sentence: str) -> list[Mention]:
    """The countries a list line names and nothing else: one ("- Argentina"), or several
    where a table's columns were flattened into one line ("Bangladesh France")."""
    item = _lone_country(sentence)
    if item is not None:
        return [item]
    text = _BULLET.sub("", sentence, count=1)
    mentions = find_mentions(text)
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    if len(mentions) < 2 or any(m.kind != "name" for m in mentions) or rest.strip(" \t,;|"):
        return []
    return mentions


def _resolved_line(text: str) -> Mention | None:
    """A list line that is a country's name in another spelling or language the
    resolver knows ("Canadá", "Brasil", "Turquía", "St. Vincent"): that country."""
    from tracker.countries import resolve_country
    from tracker.errors import InvalidValue

    name = text.rstrip(".;, ")
    if not re.fullmatch(r"[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,3}", name) or not (
        name[0].isupper()
    ):
        return None
    try:
        country = resolve_country(name)
    except InvalidValue:
        # "Ice Land": a name the page split in two is still that name
        joined = _lone_country(name.replace(" ", "")) if " " in name else None
        if joined is not None:
            return Mention(code=joined.code, start=0, end=len(name), text=name, kind="name")
        if not name.startswith("St. "):
            return None
        # "St. Vincent": a saint's island the resolver knows by its full name only.
        found = [c for c in all_country_names() if c[1].startswith(name + " ")]
        if len(found) != 1:
            return None
        return Mention(code=found[0][0], start=0, end=len(name), text=name, kind="name")
    if country.code in lexicon.ORGANISATIONS:
        return None
    return Mention(code=country.code, start=0, end=len(name), text=name, kind="name")


def all_country_names() -> list[tuple[str, str]]:
    """(code, name) of every country the resolver knows."""
    from tracker.countries import all_countries

    return [(c.code, c.name) for c in all_countries()]


def _list_line(sentence: str) -> bool:
    """Whether a line of a list that is no lone country is still one of its items: short,
    bulleted, no verb and no heading of its own ("— The European Union's executive arm")."""
    words = re.findall(r"[\w’'-]+", sentence)
    return (
        bool(_BULLET.match(sentence))
        and 0 < len(words) <= 6
        and not sentence.rstrip().endswith(":")
        and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", sentence)
    )


def _furniture(line: str) -> bool:
    """A page's furniture inside a list ("Recommended Videos", "Advertisement"): a short
    line of no country, no verb and no heading of its own."""
    words = re.findall(r"[\w’'-]+", line)
    return (
        len(words) <= 6
        and not line.rstrip().endswith((":", "?"))
        and not find_mentions(line)
        and not re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", line)
    )


def _next_item(index: int, sentences: list[str]) -> int | None:
    """The index of the list item after line `index`, past at most two lines of the page's
    furniture; None where no lone country comes next."""
    for ahead in range(index + 1, min(index + 4, len(sentences))):
        if _line_countries(sentences[ahead]):
            return ahead
        if not _furniture(sentences[ahead]):
            return None
    return None


def _run_length(index: int, sentences: list[str], enough: int = 3) -> int:
    """How many lone countries (up to `enough`) follow line `index` one a line."""
    count, at = 0, index
    while count < enough:
        item = _next_item(at, sentences)
        if item is None:
            break
        count, at = count + 1, item
    return count


# "Countries supporting embattled President Nicolas Maduro:", "... that recognize
# Nicolás Maduro as president": backing another person than the one the pledge names.
_BACKS_NAMED = re.compile(
    r"\b(?:support\w*|back\w*|recogni[sz]\w*|stand\w* (?:by|with))\s+(?:(?:the\s+)?[a-z]+\s+){0,2}"
    r"(?:(?:President|Prime Minister|leader|Mr\.?)\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _backs_another(sentence: str) -> bool:
    """Whether a sentence backs a person the pledge does not name, where the pledge is to
    back one (to recognise Guaidó, a list of those recognising Maduro refuses it;
    "nations that have declared their support for Maduro")."""
    terms = current_terms()
    if not terms.names or not re.search(rf"\b(?:{terms.own})\b", "recognise support back endorse"):
        return False
    match = _BACKS_NAMED.search(sentence)
    if match is None or find_mentions(match.group("name")):
        return False
    names = {_folded(n) for n in terms.names}
    # (a name's possessive is the name: "recognized Abkhazia’s sovereignty")
    named = re.sub(r"[’']s\b", "", match.group("name"))
    return not {_folded(w) for w in named.split()} & names


def _roster_heading(index: int, sentences: list[str]) -> tuple[str, list[str], float] | None:
    """The stance a line gives the countries listed under it: a line that names no
    country, states a group's position ("Countries that will not join the board:") and
    ends in a colon or a question mark, or, above a bulleted list, in no stop at all; a
    sentence of any shape that states a group's position above a list of three or more
    ("... is recognized by dozens of countries including the United States." "Albania"
    "Andorra" ...); None for any other line, for a forecast or an invitation ("Possible
    contributors:") and for a line with no stance word of the pledge."""
    sentence = sentences[index]
    item = _next_item(index, sentences)
    if item is None:
        return None
    following = sentences[item]
    long_list = _run_length(index, sentences) >= 3
    if find_mentions(sentence) and not (
        long_list and re.search(rf"\b{_GROUP_NOUN}\b", sentence, re.I)
    ):
        return None
    end = sentence.rstrip('”"’ ')[-1:]
    bulleted = bool(_BULLET.match(following))
    if not long_list and not (end in (":", "?") or (bulleted and end.isalnum())):
        return None
    if end != ":" and not _ROSTER_GROUP.match(sentence) and not long_list:
        return None
    if _backs_another(sentence):
        return ("opposed", ["backs another than the pledge names"], 0.6)
    decided = decide_stance(sentence)
    if decided is None:
        return None
    if _ROSTER_FORECAST.search(sentence) and decided[0] != "undecided":
        return None  # "Countries invited to send troops:"; "... invited but noncommittal:" stays
    return decided


def _listed_proposal(
    roster: tuple[int, tuple[str, list[str], float]],
    index: int,
    mention: Mention,
    sentences: list[str],
    reference: date,
) -> Proposal:
    """A listed country's proposal: its heading's stance, quoted by the heading alone, so
    that the countries of one list are one sheet entry (`country: [A, B, C]`)."""
    heading, (stance, cues, confidence) = roster
    proposal = Proposal(
        code=mention.code,
        stance=stance,
        sentences=[heading],
        cues=[f"{mention.text!r} listed under " + " + ".join(repr(c) for c in cues)],
        confidence=round(max(0.1, confidence - 0.1), 2),
        contributions=find_contributions(sentences[heading], stance),
        conditions=find_conditions(sentences[heading]),
        position=mention.start,
    )
    dated = find_date(sentences[heading], reference)
    if dated:
        proposal.date, proposal.approximate, proposal.date_words = dated
    return proposal


def _undergoes(clause: str) -> bool:
    """Whether the clause says the pledge's act is done to the country, not by it
    ("Chile's president was not arrested", "Peru was recognised"): no stance. Not for
    troop pledges, where "troops will be deployed" is an offer."""
    terms = current_terms()
    if terms.troops or terms.own == "(?!x)x":
        return False
    # "declined to say whether Ruiz would be detained": a question, not the country's lot
    clause = re.split(r"\b(?:whether|if)\b", clause, maxsplit=1, flags=re.IGNORECASE)[0]
    passive = re.search(
        rf"\b(?:was|were|be|been|being|is|are|get|got)\s+(?:not\s+|never\s+)?(?:{terms.own})"
        # (by whom, unless by a count: "is recognized by 45 states")
        rf"(?<=ed|en|wn)\b(?!\s+by\b(?!\s+(?:only\s+|just\s+|some\s+|about\s+|over\s+)?\d))",
        clause,
        re.IGNORECASE,
    )
    if passive is None:
        return False
    # "Spain said that the munitions should not be delivered": the passive's subject is
    # the pledged thing, in what the country says, not the country.
    prefix = clause[: passive.start()]
    return not re.search(r"\b(?:that|said|says|say|told|which|whether)\b", prefix, re.I) and not (
        re.search(rf"\b(?:{terms.objects})\b", prefix, re.IGNORECASE)
    )


def _another_target(clause: str) -> bool:
    """Whether the pledge's verb in the clause acts on a named person the title does not
    name (for a pledge done to someone: "Arrest Ruiz ..."; "did not arrest then-President
    Luis Soto" is a precedent, no position on Ruiz)."""
    terms = current_terms()
    if not terms.names or terms.troops:
        return False
    verb = re.search(rf"\b(?:{terms.own})\b", clause, re.IGNORECASE)
    named = verb and re.match(
        r"\s+(?:then-|former\s+|ex-)?((?:[A-Z][\w’'-]*(?:\s+|-|$)){1,5})", clause[verb.end() :]
    )
    if not named:
        return False
    words = set(re.findall(r"[\w’'-]+", named.group(1)))
    person = re.search(
        r"\b(?:President|Prime|Minister|Chancellor|King|Emir|Leader)\b", named.group(1)
    )
    return (
        not words & terms.names
        and bool(person or len(words) >= 2)
        and not any(w.lower() in lexicon.WEEKDAYS or w.lower() in lexicon.MONTHS for w in words)
    )


def _another_object(clause: str, sentence: str) -> bool:
    """Whether the pledge's act in the clause is aimed at another country than the one
    the title names ("imposed sanctions on Russia" for sanctions on Venezuela): another
    pledge, no position on this one."""
    terms = current_terms()
    if terms.troops or not terms.hosts:
        return False
    verb = re.search(rf"\b(?:{terms.own})\b", clause, re.IGNORECASE)
    if verb is None:
        return False
    mentions = find_mentions(sentence)
    if any(m.code in terms.hosts for m in mentions):
        return False
    after = clause[verb.end() : verb.end() + 60]
    aimed = re.match(
        r"\s+(?:[\w-]+\s+){0,3}?(?:on|against|of|to)?\s*(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)",
        after,
    )
    if aimed is None:
        return False
    from tracker.intake.reading import gazetteer_entry

    entry = gazetteer_entry(aimed.group(1)) or gazetteer_entry(aimed.group(1).split()[0])
    return entry is not None and entry[1] == "name" and entry[0] not in terms.hosts


def _another_figure(clause: str) -> bool:
    """Whether the pledge's verb in the clause comes with a share other than the one the
    title pledges ("spends around 1.2% of GDP", "estimated it will spend 2.5%" for a
    pledge of 3%): the country's present figure, not a position on the pledge."""
    terms = current_terms()
    if not terms.figures:
        return False
    verb = re.search(rf"\b(?:{terms.own})\b", clause, re.IGNORECASE)
    if verb is None:
        return False
    share = re.match(
        r"\s+(?:(?:around|about|roughly|some|only|just|nearly|almost|at least|over|under|"
        r"less than|more than)\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|per ?cent|percent)",
        clause[verb.end() :],
        re.IGNORECASE,
    )
    return share is not None and share.group(1) not in terms.figures


def _agent_of_another(lead: str) -> bool:
    """Whether a sentence's text before its first country ends on the agent of a verb
    that is no statement of the pledge ("the territory besieged by Israel"), unlike a
    noun of it ("similar withdrawals by Spain")."""
    from tracker.intake.lexicon import HOLDER_NOUNS

    if _REPORTED.search(lead):
        return True  # "The Chilean government has confirmed that Peru ...": the report's
    agent = re.search(r"([\w-]+)\s+by\s+(?:the\s+)?$", lead, re.IGNORECASE)
    if agent is None:
        return False
    word = agent.group(1)
    return not (
        re.fullmatch(current_terms().own, word, re.IGNORECASE)
        or re.fullmatch(rf"(?:{HOLDER_NOUNS})s?", word, re.IGNORECASE)
    )


_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?$", re.IGNORECASE)
_OFFERS = ("committed", "considering", "conditional")


_SO_TOO = re.compile(
    r"\b(?:so|as)\s+(?:has|have|had|will|would|did|does|do|is|are|was|were|can|could)\s+(?:the\s+)?$|"
    # "Previously, this was also done by A, B and C": the act just stated, by others
    r"\b(?:this|that|the same)\s+(?:was|were|has been|have been|had been)\s+(?:also\s+)?done\s+"
    r"(?:(?:before|earlier|previously)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AS_WELL = re.compile(
    r"^[^.;:]*?\b(?:as well|too|likewise)\W*$|"
    r"\b(?:a|the) (?:similar|same) (?:posture|position|line|stance|view|approach|course)\b|"
    r"\b(?:a|the) (?:posture|position|line|stance|view) (?:similar to|like)\b|"
    r"\b(?:do|does|did|doing|done) (?:the same|likewise)\b|\bfollow(?:s|ed|ing)? suit\b|"
    r"\bmatch(?:es|ed)? (?:that|this|it)\b|\b(?:said|says|say|did) the same\b|"
    r"\bfollow(?:s|ed|ing)? suite\b|"  # (a common misspelling)
    # "Portugal, Luxembourg and Malta were the other half": the list goes on
    r"^[^.;:]*?\b(?:are|were) (?:the )?(?:other half|others|rest|remaining ones)\W*$",
    re.IGNORECASE,
)


def _sentence_proposals(
    index: int,
    sentence: str,
    groups: list[list[Mention]],
    body: str,
    reference: date,
    echo: tuple[str, list[str], float] | None = None,
    hosts: frozenset[str] = frozenset(),
    answer: tuple[str, list[str], float] | None = None,
    prior: str = "",
) -> list[Proposal]:
    """Proposals for the acting countries of one sentence; `echo` is what the sentence
    before stated, which "So has Sweden." or "Greece as well." repeats; `prior` is that
    sentence's text."""
    proposals: list[Proposal] = []
    # The pledge's host as a verb's object ("would support Kyiv by sending tanks") ends no
    # clause: the countries before it keep their words after it.
    groups = [g for g in groups if not _host_object(sentence, g, hosts)] or groups
    groups = [g for g in groups if not _host_possessive(sentence, g, hosts)] or groups
    if not groups:
        return proposals
    lead = sentence[: groups[0][0].start]
    readings: list[tuple[tuple[str, list[str], float] | None, float, str, str]] = []
    for number, group in enumerate(groups):
        end = groups[number + 1][0].start if number + 1 < len(groups) else len(sentence)
        clause = sentence[group[0].start : end]
        if number + 1 < len(groups) and groups[number + 1][0].holder:
            # "France would recognise a Palestinian state, a move that has drawn sharp
            # criticism from Israel": the relative clause is the next list's statement.
            aside = re.search(
                r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:that|which)|which)\b", clause
            )
            if aside:
                clause = clause[: aside.start()]
            # "..., citing the refusal of the Israeli government to ...": the noun is
            # the next list's, not this one's
            held = re.search(
                rf"\b(?:the\s+|its\s+|their\s+)?(?:{lexicon.HOLDER_NOUNS})s?\s+(?:of|from|by)\s+(?:the\s+)?$",
                clause,
                re.IGNORECASE,
            )
            if held:
                clause = clause[: held.start()]
        own = _GROUP_CLAUSE.search(clause)
        if own and not re.search(
            r"\b(?:other than|apart from|except(?: for)?|besides|beyond)\s+(?:the\s+)?$",
            sentence[: group[0].start],
            re.IGNORECASE,
        ):
            # "..., but so far no other countries have committed troops": the group's
            # clause is its own statement, not the countries' before it.
            clause = clause[: own.start()]
        clause = _without_aside(clause, group)
        if ";" in clause and decide_stance(clause.partition(";")[0]):
            clause = clause.partition(";")[0]  # "could help; parliament has not decided"
        before = lead if number == 0 else sentence[groups[number - 1][-1].end : group[0].start]
        decided = None
        passive = _PASSIVE_AGENT.search(before)
        if passive and not re.match(
            rf"\w+\s+(?:\w+ly\s+)?(?:{lexicon.SPEECH_VERBS}|reported|noted)\s+by\b",
            passive.group(),
            re.IGNORECASE,
        ):
            # "Troops will not be sent by Poland": the verb before "by" is the statement
            # (never a report of it: "this was confirmed by the South African minister").
            decided = decide_stance(before)
        if decided is None and _OFFERED_BY.search(before):
            # "the contributions already announced by Denmark and Greece": the noun
            # before the agent states their position
            decided = decide_stance(before)
        if decided is None and re.search(r"\bby\s+(?:the\s+)?$", before, re.IGNORECASE):
            # "follows similar restrictions by Italy, Spain and Belgium": the agents of
            # the stop's noun (a cue that ends on its "by") did it
            agents = decide_stance(before)
            if agents and re.search(r"\sby$", agents[1][0], re.IGNORECASE):
                decided = agents
        decided = decided or decide_stance(clause)
        if _backs_another(clause):
            decided = ("opposed", ["backs another than the pledge names"], 0.6)
        closing = _CLOSES_GROUP.search(before)
        if decided is None and closing:
            # "Two countries have committed to train police - Egypt and Jordan": the
            # list after the dash names the group whose clause states the position.
            decided = decide_stance(before[closing.start() :])
        if decided is None and group[0].holder:
            # The countries hold the noun before them: "similar recognition from
            # Australia, the UK ...", "Opposition to sending troops comes from Germany".
            decided = decide_stance(before)
        if decided is None and _supports_the_pledge(before, clause, sentence):
            decided = ("committed", ["support, for the pledge the sentence names"], 0.64)
        confidence_cut = 0.0
        if (
            decided is None
            and number == 0
            and (_NAMED_AS.search(lead) or _AMONG_THOSE.match(lead) or _LISTS_NEXT.search(lead))
        ):
            # "Other countries that have filed such declarations are Chile and Peru":
            # the list names the group whose clause states the position.
            decided = decide_stance(lead)
        # (from the last stop on: a quotation the splitter keeps whole holds several)
        opening = re.split(r"[.;!?]\s+", before)[-1]
        in_force = _IN_THE_FORCE.search(opening)
        if decided is None and current_terms().troops and in_force and _AMONG_THOSE.match(opening):
            # "Among the countries in the Polish-led force are A, B and C": its members.
            decided = ("committed", [in_force.group().strip()], 0.64)
        if decided is None and _with_as_contributor(sentence, group):
            # "..., with Poland as the main contributor and Norway and Canada
            # contributing smaller numbers": each gives its part.
            decided = ("committed", ["with … as contributor / contributing"], 0.6)
        owned = possessive_act(sentence, group[0]) if group[0].holder else None
        if decided is None and owned and not _NEGATION.search(before[-30:]):
            # "After Panama's switching of diplomatic relations to China, ...": done.
            decided = ("committed", [f"{group[0].text} … {owned}"], 0.6)
        if decided is None and _troops_of(group, before, sentence):
            # "units from Bulgaria and Romania", "1,100 Spanish troops": their troops.
            decided = ("committed", ["their troops counted in the force"], 0.5)
        if decided is None and number == 0 and _names_the_pledgers(lead, sentence, prior):
            # "The new supporters are A, B and C": those who take the pledge, named.
            decided = ("committed", [_AGENTS_NAMED.search(lead).group().strip()], 0.64)  # type: ignore[union-attr]
        if (
            decided is None
            and number == 0
            and lead.strip()
            and not _agent_of_another(lead)
            and not _GROUP_CLAUSE.search(lead)
            and not _GROUP_LEAD.search(lead)
        ):
            decided = decide_stance(lead + clause)
            confidence_cut = 0.15
        readings.append((decided, confidence_cut, clause, before))
    # A list with no verb of its own shares the next list's: "France, Britain, the
    # Baltic trio of Estonia, Latvia and Lithuania, as well as Denmark ... have all said".
    for number in range(len(groups) - 2, -1, -1):
        decided, cut, clause, before = readings[number]
        following = readings[number + 1]
        between = sentence[groups[number][-1].end : groups[number + 1][0].start]
        joined = (
            list_link(between) or _APPOSED_GROUP.fullmatch(between) or _FOLLOWED_BY.search(between)
        )
        if decided is None and following[0] is not None and joined is not None:
            readings[number] = (following[0], max(cut, 0.05), following[2], before)
    # "Canada joined Australia, Britain and the United States in a diplomatic boycott",
    # "Chile joins Peru in boycotting": the ones joined already do what the joiner now
    # does, and the joiner does it (or, negated, does not: "did not join Peru in ...").
    for number in range(1, len(groups)):
        joiner = readings[number - 1]
        before = readings[number][3]
        joins = _JOINS_IN.search(before)
        act = _in_the_act(current_terms().own).match(
            readings[number][2][len(groups[number][-1].text) :]
        )
        act = act or _in_the_act(current_terms().own).match(sentence[groups[number][-1].end :])
        if not joins or not act or readings[number][0] is not None:
            continue
        cue = f"join … in {act.group('act')}"
        done = ("committed", [cue], 0.71)
        negated = _NEGATED_JOIN.search(before[: joins.start()])
        readings[number] = (done, 0.05, readings[number][2], before)
        if joiner[0] is None:
            reading = ("declined", [cue, "negated"], 0.71) if negated else done
            readings[number - 1] = (reading, joiner[1], joiner[2], joiner[3])
    # A list after its clause shares it: "Morocco had also agreed to send troops, ...,
    # as well as Albania, Kazakhstan and Kosovo"; "Iceland will join Spain, Slovenia and
    # Ireland in boycotting": the ones joined already do what the joiner does.
    for number in range(1, len(groups)):
        decided, cut, clause, before = readings[number]
        # (past a host named between them: "the seventh country to sever ties with
        # Taiwan since President Tsai took office, following A, B and C")
        earlier = number - 1
        while (
            earlier
            and readings[earlier][0] is None
            and all(m.code in hosts for m in groups[earlier])
        ):
            earlier -= 1
        span = sentence[groups[earlier][-1].end : groups[number][0].start]
        # ("..., along with A, B and two other Pacific states, C and D": the group named)
        trails = _TRAILING.search(span) or _APPOSED_GROUP.fullmatch(span)
        if decided is None and readings[earlier][0] is not None and trails:
            readings[number] = (readings[earlier][0], max(cut, 0.1), clause, before)
    # "The founding members are the following: A, B, Kyrgyzsan, C and D": a statement
    # that opens the sentence is every list's after it, however broken the list.
    if groups and _LISTS_NEXT.search(lead):
        for number in range(1, len(groups)):
            decided, cut, clause, before = readings[number]
            between = sentence[groups[number - 1][-1].end : groups[number][0].start]
            if decided is not None or not re.fullmatch(
                r"\s*,\s*(?:and\s+)?(?:[\w-]+,\s*){0,3}", between
            ):
                break
            readings[number] = (readings[number - 1][0], max(cut, 0.05), clause, before)
    # "... units from Honduras, the Dominican Republic and El Salvador and Nicaragua.": a
    # last name after a second "and" that closes the sentence goes on with the list.
    for number in range(1, len(groups)):
        decided, cut, clause, before = readings[number]
        between = sentence[groups[number - 1][-1].end : groups[number][0].start]
        if (
            decided is None
            and readings[number - 1][0] is not None
            and re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?", between)
            and re.fullmatch(r"[\s.!”\"’)]*", sentence[groups[number][-1].end :])
        ):
            readings[number] = (readings[number - 1][0], max(cut, 0.1), clause, before)
    # "Finland will send engineers, and so will Estonia"; "Italy refuses; Greece too".
    for number in range(len(groups)):
        decided, cut, clause, before = readings[number]
        if decided is None and (_SO_TOO.search(before) or _AS_WELL.search(clause)):
            said = readings[number - 1][0] if number else echo
            if said is not None:
                readings[number] = (said, max(cut, 0.1), clause, before)
    speaker: list[str | None] = []
    for number, group in enumerate(groups):
        decided, confidence_cut, clause, before = readings[number]
        if decided is None and answer is not None:
            # Countries named in answer to a question that states the position.
            decided = (answer[0], [*answer[1], "asked"], answer[2] - 0.1)
        if decided is None and number == 0:
            decided = _guess(sentence, group, clause, hosts)
        if decided is None:
            continue
        stance, cues, confidence = decided
        if stance in ("opposed", "declined") and _vetoes(clause, group):
            continue
        if _undergoes(clause):
            continue  # "Chile's president was not arrested": done to it, not by it
        if _another_target(sentence[group[0].start :]):
            continue  # "did not arrest President Luis Soto" for a pledge to arrest Ruiz
        if _another_object(clause, sentence):
            continue  # "Chile imposed sanctions on Peru", for sanctions on Bolivia
        if _another_figure(clause):
            continue  # "Chile currently spends 1.2%": a figure, for a pledge of 3%
        if _EXPECTED.match(sentence[group[-1].end :]):
            continue  # "France and Malta are expected to follow suit": a forecast
        if _NEITHER.search(before) and stance in _OFFERS:
            # "Neither Ireland nor Austria will send troops": the list negates the offer.
            stance, cues = "declined", [*cues, "neither … nor"]
        scope = lead + clause if number == 0 else clause
        dated = find_date(scope, reference) or find_date(sentence, reference)
        # What the clause says is the same for every country of its list.
        contributions = find_contributions(scope, stance)
        troops = find_troops(scope) if stance in _OFFERS else None
        conditions = find_conditions(scope)
        if not speaker:
            speaker.append(find_speaker(sentence, body))
        for mention in group:
            weight = confidence - (0.0 if mention.holder else confidence_cut)
            if mention.kind in _WEAK_KINDS:
                weight -= 0.25
            elif mention.holder:
                weight -= 0.05
            proposal = Proposal(
                code=mention.code,
                stance=stance,
                sentences=[index],
                cues=[f"{mention.text!r} + " + " + ".join(repr(c) for c in cues)],
                confidence=round(max(0.1, weight), 2),
                contributions=list(contributions),
                troops=dict(troops) if troops else None,
                conditions=list(conditions),
                speaker=speaker[0],
                position=mention.start,
                via_seat=mention.kind in _WEAK_KINDS,
            )
            own_year = _OWN_YEAR.match(sentence, mention.end)
            if own_year and len(group) > 1:
                # "Nicaragua in 2021, El Salvador in 2018 and Panama in 2017": each its year
                proposal.date, proposal.approximate = own_year.group(1), False
                proposal.date_words = own_year.group().strip()
            elif dated:
                proposal.date, proposal.approximate, proposal.date_words = dated
            proposals.append(proposal)
    return proposals


_OWN_YEAR = re.compile(r"\s+in\s+((?:19|20)\d\d)\b(?=\s*(?:,|and\b|\.|$))")


# Support with no object of its own: "the announcement of support by A and B", "A and B
# declared their support from the very beginning".
_SUPPORT_BY = re.compile(r"\bsupport\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_SUPPORT_DECLARED = re.compile(
    r"\b(?:declared|announced|expressed|voiced|pledged|gave|offered|confirmed|signalled|"
    r"signaled)\s+(?:their|its)\s+(?:full\s+|strong\s+|initial\s+)?support\b(?!\s+(?:to|for)\b)",
    re.IGNORECASE,
)


_IN_THE_FORCE = re.compile(
    r"\b(?:in|of|within|part of)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:force|division|"
    r"brigade|coalition|mission|contingent|operation|task force)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(r"(?:\b\d[\d,.]*|\b(?:hundred|thousand)s?)\s+$", re.IGNORECASE)


_HARMED = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|captur\w*|dead|died|deaths?|casualt\w*|lost|hostages?)\b",
    re.IGNORECASE,
)
_IN_A_UNIT = re.compile(
    r"\b(?:brigades?|battalions?|contingents?|divisions?|units?|troops|soldiers|will have|"
    r"includ\w*|comprising)\b",
    re.IGNORECASE,
)


_WITH_AS = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_GERUND_OF_ACT = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:contribut|send|supply|supplie|provid|deliver|donat|participat|deploy)"
    r"\w*ing\b",
    re.IGNORECASE,
)


def _with_as_contributor(sentence: str, group: list[Mention]) -> bool:
    """Whether a list names contributors in a "with" clause: "with Poland as the main
    contributor", "... and Norway and Canada contributing smaller numbers"."""
    before = sentence[: group[0].start]
    after = sentence[group[-1].end :]
    if _WITH_AS.search(before) and AS_CONTRIBUTOR.match(after):
        return True
    return bool(
        _GERUND_OF_ACT.match(after)
        and re.search(r"\bwith\s+[^.;:]{0,80}\band\s+(?:the\s+)?$", before, re.IGNORECASE)
    )


def _is_people(text: str) -> bool:
    from tracker.intake.reading import gazetteer_entry

    entry = gazetteer_entry(text)
    return entry is not None and entry[1] == "people"


def _troops_of(group: list[Mention], before: str, sentence: str) -> bool:
    """For a troop pledge: whether the sentence counts a country's troops in the force
    ("a brigade that will include units from A and B", "about 20,000 troops from
    Britain", "1,100 Spanish troops"), never where it denies them ("no troops from A")."""
    terms = current_terms()
    if not terms.troops or not group[0].holder:
        return False
    start = group[0].start
    ahead = sentence[max(0, start - 80) : start]
    counted = (
        _COUNTED.search(sentence[:start])
        and not _HARMED.search(ahead[-40:])  # "the attack killed 13 Chilean soldiers"
        and (
            re.match(rf"\s+{lexicon.FORCE_NOUNS}\b", sentence[group[0].end :], re.IGNORECASE)
            # "A second brigade will have 1,640 Ukrainians" (never "hosts 2,000 Syrians")
            or (_is_people(group[0].text) and _IN_A_UNIT.search(ahead))
        )
    )
    included = counted_from(before) and re.search(
        r"\b(?:includ\w*|comprising|consisting|along with|stationed|serving|deployed|based|there are|"
        r"\d[\d,.]*)\b",
        sentence[max(0, start - 100) : start],
        re.IGNORECASE,
    )
    if not (included or counted):
        return False
    return not _NEGATION.search(sentence[max(0, start - 40) : start])


# Those who take a pledge, named by what they are: "The new supporters are A, B", "The
# statement went on to list the new supporters: A, B", "Signatories include A and B".
_PLEDGERS = r"supporters|signatories|signers|backers|endorsers|adherents|participants|joiners"
_TROOP_PLEDGERS = r"participants|contributors|troop contributors|contributing (?:countries|nations)"
_AGENTS_NAMED = re.compile(
    r"(?:^\W*|\b(?:list(?:s|ed|ing)?|nam(?:es|ed|ing)|cit(?:es|ed|ing)|indicat(?:es|ed))\s+)"
    r"(?:the\s+)?(?:(?:new|other|latest|first|initial|original|founding|remaining|current|"
    r"\d+|[a-z]+)\s+){0,2}?(?P<agents>(?:(?:troop|contributing)\s+)?[a-z]+)\s*"
    r"(?:(?:so\s+far\s+)?(?:are|were|include[sd]?)\s*)?(?:the\s+following\s*)?[:—–”\"-]*\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _names_the_pledgers(lead: str, sentence: str, prior: str) -> bool:
    """Whether the words before a list name it as the pledge's takers ("The new
    supporters are", "list the new signatories:") in a sentence, or after one, that
    names the pledge's act or object. A troop pledge's takers are its contributors or
    participants (a statement's signatories send no troops)."""
    terms = current_terms()
    found = _AGENTS_NAMED.search(lead)
    if found is None:
        return False
    agents = _TROOP_PLEDGERS if terms.troops else rf"{_PLEDGERS}|{terms.member}"
    if not re.fullmatch(rf"(?:{agents})", found.group("agents"), re.IGNORECASE):
        return False
    if not re.search(
        r"\b(?:are|were|include[sd]?|list\w*|nam\w+|cit\w+|indicat\w+)\b|:", lead, re.I
    ):
        return False
    named = rf"\b(?:{terms.own}|{terms.objects}|{terms.joined}|pledge|initiative)\b"
    return re.search(named, f"{prior} {sentence}", re.IGNORECASE) is not None


def _supports_the_pledge(before: str, clause: str, sentence: str) -> bool:
    """Whether countries give support with no object in a sentence that names the
    pledge's act ("Following the announcement of support by A and B, 24 countries
    announced they will join the pledge"): support for that pledge. Never for troops,
    where support is not sending any."""
    terms = current_terms()
    if terms.troops or not (_SUPPORT_BY.search(before) or _SUPPORT_DECLARED.search(clause)):
        return False
    return re.search(rf"\b(?:{terms.own})\b", sentence, re.IGNORECASE) is not None


def _host_possessive(sentence: str, group: list[Mention], hosts: frozenset[str]) -> bool:
    """Whether a list is the pledge's host in a possessive that describes a noun
    ("Britain, America's closest ally, is ...", "citing Israel's refusal"): no actor."""
    return all(m.code in hosts for m in group) and bool(
        re.match(r"['’]s?\s", sentence[group[-1].end :])
    )


def _host_object(sentence: str, group: list[Mention], hosts: frozenset[str]) -> bool:
    """Whether a list is the pledge's host as the object of a verb ("support Kyiv by
    sending", "help Ukraine with")."""
    return (
        all(m.code in hosts for m in group)
        and re.search(r"\b[a-z]{3,}\s+(?:the\s+)?$", sentence[: group[0].start]) is not None
        and re.search(
            r"\b(?:and|or|but|while|whereas|as)\s+(?:the\s+)?$", sentence[: group[0].start]
        )
        is None
        and re.match(
            # "... to ditch Taipei and align itself with Beijing": an object, then the
            # subject's next verb
            r"\s+(?:by|with|in|on|to|for|against|through)\b|,?\s+and\s+(?:[a-z]+ly\s+)?"
            r"(?!the\b|its\b|their\b|a\b|an\b)[a-z]{3,}\s+(?:itself|themselves|with|to|the|its|their)\b",
            sentence[group[-1].end :],
        )
        is not None
    )


# A relative clause on another noun than the country: "Sunak discourages the use of the
# munitions, which the US agreed to send" (the US's statement, not Britain's).
_ASIDE = re.compile(r",\s*(?:which|who|whose)\s+(?!it\b|they\b|he\b|she\b|we\b)", re.IGNORECASE)
_PERSON_BEFORE = re.compile(
    r"^(?:['’]s)?(?:\s+(?:[A-Za-z][\w-]*|of|the))*?\s*$"  # "Foreign Minister Ana Ruiz"
)


def _without_aside(clause: str, group: list[Mention]) -> str:
    """A country's clause without a relative clause that is about another noun; one right
    after the country or its leader ("Denmark, which has pledged ...", "Minister Ana
    Ruiz, who said ...") stays its own."""
    aside = _ASIDE.search(clause, group[-1].end - group[0].start)
    if aside is None:
        return clause
    between = clause[group[-1].end - group[0].start : aside.start()]
    if not between.strip() or (
        _PERSON_BEFORE.match(between)
        and not re.search(
            r"\b[a-z]{3,}\b", re.sub(rf"\b(?:{lexicon.ROLE_NOUNS})\b|\bof\b|\bthe\b", "", between)
        )
    ):
        return clause
    return clause[: aside.start()]


_MISSION_WORDS = re.compile(
    r"\b(?:troops|soldiers|forces|force|mission|contingent|deployment|personnel|battalion|"
    r"brigade|frigates?|jets|instructors|engineers|boots on the ground|role|contribution|"
    r"participation|offer|contribut\w+|participat\w+)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|\Bn[’']t\b", re.IGNORECASE)
_SUBJECT_VERB = re.compile(
    r"^[^,;:()]{0,40}?\b(?:has|have|had|is|are|was|were|will|would|said|says|say|told|"
    r"announced|wants?|plans?|intends?|\w+ed|\w+s)\b",
    re.IGNORECASE,
)


def _guess(
    sentence: str, group: list[Mention], clause: str, hosts: frozenset[str]
) -> tuple[str, list[str], float] | None:
    """A weak reading where no cue is known: a country that opens its sentence and says
    something about troops or the mission ("Poland does not count with the sending of
    soldiers") is proposed with a low confidence, so that the editor sees it; the stance
    is a guess from negation. Never for a country only placed or described, nor for one
    the article names as where forces go ("in Ukraine", "to Ukraine": `hosts`)."""
    if any(m.code in hosts or (m.kind in ("demonym", "subject") and not m.holder) for m in group):
        return None
    if _vetoes(clause, group):
        return None  # "Israel opposed Turkish participation": a stance of neither
    if sentence[: group[0].start].strip(' "“‘-–—•*0123456789.):') not in ("", "Also", "also"):
        return None
    rest = clause[len(group[-1].text) + (group[-1].start - group[0].start) :]
    rest = re.sub(r"\([^)]*\)|,\s*(?:which|who|whose|where)\b[^,]*,", " ", rest)
    if _DECIDED_FOR.match(rest):
        return None
    if _FORECAST.search(rest):
        return None  # "Chile named Peru and Bolivia as likely contributors": a forecast
    if _NO_POSITION.search(rest) or convenes(rest):
        return None  # membership, a meeting convened, "open to a dialogue"
    terms = current_terms()
    if terms.troops and re.search(r"\bpolitical(?:ly)?\b", rest, re.IGNORECASE):
        return None  # "committed themselves politically to the force": no troops
    if terms.troops:
        pledged = re.search(rf"\b(?:{terms.own}|{terms.objects})\b", rest, re.IGNORECASE)
        about = _MISSION_WORDS.search(rest) or pledged
    else:
        # Any other pledge: its own verb, never only its object ("Portugal operates its
        # own jets", "Poland's networks": an owner or a buyer is no sender).
        about = re.search(rf"\b(?:{terms.own})\b", rest, re.IGNORECASE)
    if not _SUBJECT_VERB.match(rest.lstrip(" ,’'s")) or not about:
        return None
    # (a negation after a turn qualifies what was said: "could be sent ..., though they
    # wouldn't engage in combat")
    if _NEGATION.search(re.split(r"\b(?:though|although|but|while|whereas)\b", rest)[0]):
        return "declined", ["no cue known: negated words on troops or the mission"], 0.3
    if re.search(r"\b(?:could|might|may|consider\w*|weigh\w*|mull\w*)\b", rest, re.IGNORECASE):
        return "considering", ["no cue known: a modal on troops or the mission"], 0.3
    return "committed", ["no cue known: words on troops or the mission"], 0.3


_CLOSES_GROUP = re.compile(
    rf"\b(?<!possible )(?<!potential )(?<!likely )(?<!expected )(?:[\w-]+\s+)?(?:{_GROUP_NOUN}|others)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:have|has|had|are|were|will|would|\w+ed)\b[^.;:]*?(?:\s[-—–]|\s?:)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_NAMED_AS = re.compile(
    rf"^\W*(?:(?:the|other|some|several|many|all)\s+)*(?:[\w-]+\s+){{0,2}}?{_GROUP_NOUN}\s+"
    r"(?:(?:that|which|who)\s+(?:that\s+)?|(?=[a-z]+ing\b))[^,;:.]{3,120}?\s+(?:are|were|include|included|includes)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "The 57 founding members are the following: A, B", "... have been A and B": a
# sentence that opens on its statement and names its countries last.
_LISTS_NEXT = re.compile(
    r"\b(?:are|were|include[sd]?|have been)(?:\s+the\s+following)?\s*:?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_FOLLOWED_BY = re.compile(FOLLOWED_BY, re.IGNORECASE)
_OFFERED_BY = re.compile(rf"\b{OFFERED_BY}\s+(?:the\s+)?$", re.IGNORECASE)
# "Among those offering new pledges are A and B", "Among the countries that have
# signed are ...": the list names the group whose clause states the position.
_AMONG_THOSE = re.compile(
    rf"^\W*among\s+(?:those|the\s+(?:[\w-]+\s+)?{_GROUP_NOUN})\s+(?:(?:that|which|who)\s+)?"
    r"[^,;:.]{3,120}?\s+(?:are|were|is|was)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Chile and the Andean countries — Peru, Bolivia and Ecuador — have ...": one list.
_APPOSED_GROUP = re.compile(
    rf"\s*,?\s*and\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}{_GROUP_NOUN}\s*[—–:(,-]\s*(?:the\s+)?",
    re.IGNORECASE,
)
# What a country is or does around a pledge without taking a position on it (issue 20,
# item 4): a member of a coalition or board, the host or chair of a meeting.
_NO_POSITION = re.compile(
    r"^\W*(?:is|are|was|were|has been|have been)\s+(?:also\s+|both\s+|all\s+|now\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:members?|part|signator(?:y|ies)|founders?) of\b|"
    r"\bopen to (?:a |an |further )?(?:dialogue|talks|discussions?)\b",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:likely|possible|potential|expected|prospective|probable)\s+(?:[\w-]+\s+)?"
    r"(?:contributors?|participants?|candidates?|members?|partners?|donors?)\b|"
    # others' view of the country: "Chile and Peru are also seen as potential next movers"
    r"\b(?:is|are|was|were)\s+(?:also\s+|widely\s+|now\s+)?(?:seen|viewed|regarded|tipped|touted)"
    r"\s+as\b",
    re.IGNORECASE,
)


MAX_QUOTE_SENTENCES = 3


def _merge(found: list[Proposal]) -> list[Proposal]:
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
        # A weak reading beside a strong one is dropped below, so nothing folds into it.
        firm = [p for p in proposals if not p.confidence < 0.5 <= strongest - 0.05]
        declined = next((p for p in firm if p.stance == "declined"), None)
        opposed = next((p for p in firm if p.stance == "opposed"), None)
        for proposal in proposals:
            if proposal.stance in ("committed", "considering") and "conditional" in stances:
                continue
            if proposal is declined and opposed is not None:
                # "will not participate ... the sending would lead to escalation": who
                # opposes the mission also stays out of it; one opposed position.
                for i in proposal.sentences:
                    if i not in opposed.sentences and len(opposed.sentences) < MAX_QUOTE_SENTENCES:
                        opposed.sentences.append(i)
                opposed.sentences.sort()
                continue
            if (
                declined is not None
                and proposal.stance == "committed"
                and "ground" not in proposal.contributions
                and proposal.troops is None
            ):
                # "will not send soldiers ... is available to train": a refusal that
                # helps in other ways is one declined position (SPEC §1), with that help.
                for contribution in proposal.contributions:
                    if contribution not in declined.contributions:
                        declined.contributions.append(contribution)
                for i in proposal.sentences:
                    if (
                        i not in declined.sentences
                        and len(declined.sentences) < MAX_QUOTE_SENTENCES
                    ):
                        declined.sentences.append(i)
                declined.sentences.sort()
                continue
            if proposal.confidence < 0.5 <= strongest - 0.05:
                continue  # a weak reading against a strong one: only the strong one
            result.append(proposal)
    result.sort(key=lambda p: (p.sentences[0], p.position))
    return result


def why_nothing(draft: Draft, limit: int = 5) -> list[str]:
    """For a draft with no proposals: the sentences that looked like positions (a country
    acting with a stance word, or with the pledge's words) and what each lacked, so the
    editor can add a pledge phrase to the topic and draft again (issue 20, item 9)."""
    with using(draft.pledge):
        terms = current_terms()
        pledged = re.compile(rf"\b(?:{terms.act}|{terms.objects})\b", re.IGNORECASE)
        reasons = []
        for number, sentence in enumerate(draft.sentences, start=1):
            if not any(m.acts for m in find_mentions(sentence)):
                continue
            decided = decide_stance(sentence)
            words = pledged.search(sentence) or _MISSION_WORDS.search(sentence)
            if decided is None and words is None:
                continue
            if decided is None and words is not None:
                lacking = f"the pledge's words ({words.group()!r}) but no stance word"
            elif decided is None:
                continue
            else:
                lacking = f"a stance word ({decided[1][0]!r}) but no phrase of this pledge"
            shown = sentence if len(sentence) <= 100 else sentence[:99] + "…"
            reasons.append(f"sentence {number}: {shown!r}: {lacking}")
            if len(reasons) == limit:
                break
        return reasons


# -- output ------------------------------------------------------------------------


def draft_records(draft: Draft, topic: str | None = None) -> list[dict[str, Any]]:
    """The proposals as plain import records (what the sheet would expand to)."""
    from tracker.countries import country_name

    source = _article_source(draft)
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
                "conditions": _importable_list(proposal.conditions),
                "speaker": importable_text(proposal.speaker),
                "sources": [{**source, "quote": importable_text(draft.quote(proposal))}],
            }
        )
        records.append(record)
    return records


def render_jsonl(draft: Draft, topic: str | None = None) -> str:
    """The draft's statements as JSON Lines import records."""
    import json

    return "".join(
        json.dumps(record, ensure_ascii=False) + "\n" for record in draft_records(draft, topic)
    )
