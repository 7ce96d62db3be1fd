"""Dates for `tracker draft`: what a sentence's own words date it to ("on 3 January",
"last week", "on Tuesday", "in May"), and what a page dates what it reports to -- its
published date, else a date in its address ("/2025/09/21/", "/2019/01/"), else the dates
its text spells out (issue 20, item 6), else the day of the run (with the warning the
CLI prints). Pure functions over text; the word lists are in `tracker.intake.lexicon`.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.intake import lexicon

_FLAGS = re.IGNORECASE


_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|plans?|planned|planning|intends?|intentions?|due to|set to|to be held)\b",
    _FLAGS,
)


@dataclass(frozen=True)
class PageDate:
    """What a page's undated statements are dated from: `reference` resolves relative
    dates ("last week"), `default_date` dates a statement whose words give none, and
    `dated_from` names the text's words an undated page is dated from (or None)."""

    reference: date
    default_date: str
    dated_from: str | None = None


def page_date(
    body: str, url: str | None, published: str | None, title_year: int | None = None
) -> PageDate:
    """The date a page dates what it reports to: its published date; on a page with none,
    a date in its address, else the latest date its text spells out, else today's."""
    from tracker.domain.dates import first_day, today_utc

    reference = first_day(published) if published else today_utc()
    default_date = published or reference.isoformat()
    dated_from: str | None = None  # the text's words an undated page is dated from
    if published and len(published) == 10:
        lead = lead_date(body, reference)
        if lead is not None:
            # "Colombia has recalled its ambassador ... Petro said this on Tuesday
            # evening" on a page of Wednesday: the day the lead gives its events dates
            # what the text does not (issue 20, item 6), never the page's own day.
            default_date = lead.isoformat()
    if not published:
        # No page date: a date in the page's address ("/2025/09/21/"), else the latest
        # full date the text spells out, dates what it reports (issue 20, item 6); else
        # today, with the warning the CLI prints.
        in_url = _url_date(url)
        # what the page's own events are dated from: never a photo's caption or credit,
        # a plan ("will be held in June 2023"), or the start of a state ("since 2014")
        own, told = own_events(body), own_events(body, strict=False)
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", own)]
        latest_year = max((y for y in years if y <= today_utc().year), default=0)
        if in_url is not None and in_url <= reference:
            reference = in_url
            default_date = reference.isoformat()
        month = _url_month(url) if in_url is None else None
        if month is not None and month[0] <= reference:
            # "/2019/01/who-recognizes-...": the page's month dates what it reports,
            # to the month; its last day bounds the text's own dates.
            in_url = reference = month[0]
            default_date = month[1]
        # the text's own events first; where they name no date, what it says is to come
        for text in (own, told) if in_url is None else (body,):
            for day, _words in explicit_dates(text, in_url):
                if (
                    day <= today_utc()
                    # a date before the latest year the article names is history it
                    # recalls ("proclaimed on November 15, 1988" in a 2025 article)
                    and (in_url is not None or day.year >= latest_year)
                    and (in_url is None or day <= in_url)
                    and (default_date == today_utc().isoformat() or day > reference)
                ):
                    reference = day
                    default_date = reference.isoformat()
            if text is own and in_url is None:
                # "In March 2022, Poland closed its airspace ... On Tuesday, Canada": the
                # latest past month the text's events name dates what the text does
                # not, where it is after the latest full date.
                month_end = _latest_month(own, latest_year)
                if month_end is not None and (
                    default_date == today_utc().isoformat() or month_end[1] > default_date[:7]
                ):
                    reference, default_date = month_end
            if default_date != today_utc().isoformat():
                break
        if default_date == today_utc().isoformat() and in_url is None:
            # Only dates without a year ("on September 4"): the latest one, at its last
            # occurrence before today, dates what the text does not (its year assumed;
            # the CLI's warning names it).
            # Their year is the page's evidence: the latest year the text or its address
            # names, never the run's where the page is of an earlier year.
            evidence = _evidence_year(told, url)
            if evidence is None and title_year is not None and title_year <= today_utc().year:
                evidence = title_year  # the pledge's own year, where the page names none
            anchor = (
                date(evidence, 12, 31)
                if evidence is not None and evidence < today_utc().year
                else today_utc()
            )
            yearless = [
                (day, words)
                for day, words in explicit_dates(told, anchor)
                if not re.search(r"\d{4}", words) and day <= today_utc()
            ]
            if yearless:
                day, words = max(_weekday_years(told, yearless, evidence))
                reference = day
                default_date = day.isoformat()
                dated_from = f"{words!r}, year assumed {day.year}"
        if dated_from is None and default_date != today_utc().isoformat():
            dated_from = f"the text's latest date, {default_date}"
    return PageDate(reference, default_date, dated_from)


# A photo's caption or credit line: "(photo credit: REUTERS/...)", "(AP Photo/...)",
# "Photo: Ministry of Defence", "FILE - In this ... file photo", "(Name/AFP/Getty Images)".
_CREDIT = re.compile(
    r"\(\s*(?:photo\s*)?credit\s*:|\bphoto(?:graph)?s?\s*(?:credit\s*)?:|\bphoto\s+by\b|"
    r"\b(?:AP|AFP|Reuters|EPA|Getty|Xinhua|Anadolu|UPI)\s+Photos?\b|\bfile\s+photo\b|"
    r"\bgetty\s+images\b|\b(?:image|picture|pic)\s*(?:credit\s*)?:|^FILE\s+[-–—]|"
    r"/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty)\b|\b(?:AFP|REUTERS|EPA)\s*/",
    _FLAGS,
)
# "since March 2022", "since the 2014 annexation": the start of a state, not an event
_SINCE = re.compile(r"\b(?:since|from)\b[^,;.:()]{0,40}?\b(?:19|20)\d\d\b", _FLAGS)
# a sentence about what is to come: "will be held in June 2023", "by October 2022"
_LOOKS_AHEAD = re.compile(
    rf"{_FUTURE.pattern}|\bby\s+(?:the\s+end\s+of\s+)?(?:(?:[0-3]?\d\s+)?(?:"
    + "|".join(m.capitalize() for m in lexicon.MONTHS)
    + r")\b|(?:19|20)\d\d\b)",
    _FLAGS,
)


def own_events(body: str, strict: bool = True) -> str:
    """The page's text that dates its own events: its lines but the captions and credits
    of its photos; where `strict`, its sentences but what they say is to come, its
    phrases but the start of a state or a range ("since 2014", "from May 2018")."""
    from tracker.intake.article import split_sentences

    lines = [line.strip() for line in body.splitlines()]
    captions = [line for line in lines if line and _CREDIT.search(line)]
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = next((later for later in lines[index + 1 :] if later), "")
        if not line or line in captions:
            continue
        if following.startswith("(") and _CREDIT.search(following[:40]):
            continue  # the caption above its credit line
        if any(caption.startswith(line) or line.startswith(caption[:60]) for caption in captions):
            continue  # the caption again, without its credit (or cut short)
        # what a sentence says of what is to come follows its word for it: "On 6 January
        # Italy said it will ...", "The summit will be held in June 2023"
        if not strict:
            kept.append(line)
            continue
        sentences = [
            _LOOKS_AHEAD.split(sentence, maxsplit=1)[0] for sentence in split_sentences(line)
        ]
        kept.append(_SINCE.sub(" ", " ".join(sentences)))
    return "\n".join(kept)


_MONTH_YEAR = re.compile(
    r"(?<![\d\w])(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>"
    + "|".join(m.capitalize() for m in lexicon.MONTHS)
    + r")\.?,?\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b"
)


def _latest_month(text: str, latest_year: int) -> tuple[date, str] | None:
    """The last day and the month ("2022-03") of the latest past month the text names
    with its year ("in March 2022", "3 March 2022"), of the latest year it names."""
    import calendar

    from tracker.domain.dates import today_utc

    months = []
    for match in _MONTH_YEAR.finditer(text):
        year = int(match.group("year"))
        month = lexicon.MONTHS.index(match.group("month").lower()) + 1
        last = date(year, month, calendar.monthrange(year, month)[1])
        if year >= latest_year and date(year, month, 1) <= today_utc():
            months.append((min(last, today_utc()), f"{year:04d}-{month:02d}"))
    return max(months, default=None)


LEAD_SENTENCES = 3  # the sentences of a page's lead that may date its events
LEAD_DAYS = 7  # how far before its page a lead's day may be


def lead_date(body: str, published: date) -> date | None:
    """The day a page's lead dates its events to ("said on Tuesday", "on 31 October"),
    within a week before the page's own day; None where the lead gives no such day or
    gives the page's."""
    from tracker.intake.article import split_sentences

    for sentence in split_sentences(body)[:LEAD_SENTENCES]:
        found = find_date(sentence, published)
        if found is None:
            continue
        day, approximate, _words = found
        if approximate or len(day) != 10:
            return None
        lead = date.fromisoformat(day)
        if published - timedelta(days=LEAD_DAYS) <= lead < published:
            return lead
        return None
    return None


def after_the_page(day: str | None, published: str | None) -> bool:
    """Whether a statement's date is after its page's own ("The Hague, January 8" on a
    page dated January 7): such a date cannot be imported."""
    return bool(published and day and day > published[: len(day)])


def dated_note(note: str | None, dating: PageDate) -> str | None:
    """The note on a page with no published date, saying what its undated statements
    get: the text's date, not today's."""
    if dating.dated_from and note:
        return note.replace(
            "are dated today", f"are dated {dating.default_date} ({dating.dated_from})"
        )
    return note


def _weekday_years(
    body: str, yearless: list[tuple[date, str]], evidence: int | None
) -> list[tuple[date, str]]:
    """Yearless dates with their weekday ("on Thursday 22 November") in the first year,
    from the latest the page names up to this one, whose calendar agrees: a text that names
    only earlier years ("approved in 2017") is not of the latest of them."""
    from tracker.domain.dates import today_utc

    weekdays = "|".join(lexicon.WEEKDAYS)
    dated = []
    for day, words in yearless:
        said = re.search(rf"\b({weekdays}),?\s+(?:the\s+)?{re.escape(words)}", body, re.I)
        if (
            said
            and evidence is not None
            and day.weekday() != lexicon.WEEKDAYS.index(said.group(1).lower())
        ):
            for year in range(evidence, today_utc().year + 1):
                try:
                    moved = day.replace(year=year)
                except ValueError:  # 29 February
                    continue
                if moved.weekday() == lexicon.WEEKDAYS.index(said.group(1).lower()):
                    day = moved if moved <= today_utc() else day
                    break
        dated.append((day, words))
    return dated


def _evidence_year(body: str, url: str | None) -> int | None:
    """The latest year a page names for its events, up to this year: in its text (never
    a target "by 2030" or a baseline "2020 levels"), else in its address."""
    from tracker.domain.dates import today_utc

    this_year = today_utc().year
    years = [
        int(match.group(1))
        for match in re.finditer(r"(?<!\bby )\b((?:19|20)\d\d)\b(?!\s+levels?\b|-\d)", body)
        if int(match.group(1)) <= this_year
    ]
    if not years and url:
        years = [
            int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", url) if int(y) <= this_year
        ]
    return max(years, default=None)


def _url_month(url: str | None) -> tuple[date, str] | None:
    """The last day of the month a page's address carries ("/2019/01/slug") and the
    month ("2019-01"), or None."""
    import calendar

    match = re.search(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!\d)", url or "")
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last, f"{year:04d}-{month:02d}"


def _url_date(url: str | None) -> date | None:
    """The date a page's address carries ("/2025/09/21/", "/2025-09-21-"), or None."""
    if not url:
        return None
    match = re.search(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)", url)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_MONTH_NAMES = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_EXPLICIT_DATES = (
    re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAMES}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    ),
    re.compile(
        rf"\b{_MONTH_NAMES}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?(?!\s*(?:%|per|million|troops|soldiers))"
    ),
)


def explicit_dates(text: str, reference: date | None) -> list[tuple[date, str]]:
    """Dates the text spells out ("on 3 January", "January 6, 2026", "(Feb 17)"); a
    date without a year takes the reference's year (the year before where that would
    put it more than a month after the reference)."""
    found: list[tuple[date, str]] = []
    for pattern in _EXPLICIT_DATES:
        for match in pattern.finditer(text):
            month = (
                lexicon.MONTHS.index(
                    next(
                        m for m in lexicon.MONTHS if m.startswith(match.group("month")[:3].lower())
                    )
                )
                + 1
            )
            day = int(match.group("day"))
            year = int(match.group("year")) if match.group("year") else None
            if year is None:
                if reference is None:
                    continue
                year = reference.year
                if (month - reference.month) % 12 > 1 and month > reference.month:
                    year -= 1
            try:
                found.append((date(year, month, day), match.group().strip()))
            except ValueError:
                continue
    return found


def find_date(text: str, published: date) -> tuple[str, bool, str] | None:
    """A date in the text -- spelt out ("on 3 January 2026") or relative, resolved
    against the published date: (partial date, approximate, the words)."""
    spelt = [
        (day, words)
        for day, words in explicit_dates(text, published)
        if day <= published + timedelta(days=1) or published.year < day.year
    ]
    if spelt:
        day, words = spelt[0]
        return day.isoformat(), False, words
    match = _own_time(r"\b(?:a few |several |some |two |three |many )?months ago\b", text, _FLAGS)
    if match:
        month = published.month - 3
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}", True, match.group()
    match = _own_time(r"\b(?:a few |several |two |three )?weeks ago\b", text, _FLAGS)
    if match:
        day = published - timedelta(days=21)
        return day.strftime("%Y-%m"), True, match.group()
    match = _own_time(r"\blast week\b", text, _FLAGS)
    if match:
        return (published - timedelta(days=7)).isoformat(), True, match.group()
    match = _own_time(r"\blast month\b", text, _FLAGS)
    if match:
        day = published.replace(day=1) - timedelta(days=1)
        return day.strftime("%Y-%m"), False, match.group()
    match = _own_time(r"\b(?:last year|a year ago)\b", text, _FLAGS)
    if match:
        return str(published.year - 1), match.group().lower() == "a year ago", match.group()
    match = _own_time(r"\byesterday\b", text, _FLAGS)
    if match:
        return (published - timedelta(days=1)).isoformat(), False, match.group()
    # never a weekday in a name ("told The Sunday Guardian")
    weekdays = "|".join(lexicon.WEEKDAYS)
    months = "|".join(m.capitalize() for m in lexicon.MONTHS)
    match = _own_time(
        rf"\b(?:on |last )({weekdays})\b|\b({weekdays})\b(?!(?-i:\s+(?!(?:{months})\b)[A-Z]))",
        text,
        _FLAGS,
    )
    if match:
        target = lexicon.WEEKDAYS.index((match.group(1) or match.group(2)).lower())
        back = (published.weekday() - target) % 7
        return (published - timedelta(days=back)).isoformat(), False, match.group()
    match = re.search(rf"\b[Ii]n ({months})\b(?!\s+\d)", text)  # "in May", never "may"
    if match:
        month = lexicon.MONTHS.index(match.group(1).lower()) + 1
        if month > published.month and _FUTURE.search(text):
            # "France would recognise a Palestinian state at the General Assembly in
            # September": when the pledge is to be kept, not when it was stated.
            return None
        year = published.year if month <= published.month else published.year - 1
        return f"{year:04d}-{month:02d}", False, match.group()
    match = _own_time(rf"\b(?:in|since|from) ({months}),? ((?:19|20)\d\d)\b", text, _FLAGS)
    if match and int(match.group(2)) <= published.year and not _FUTURE.search(text):
        # "signed between Israel and A, closely followed by B, both in September 2020"
        month = lexicon.MONTHS.index(match.group(1).lower()) + 1
        return f"{int(match.group(2)):04d}-{month:02d}", False, match.group()
    # "Israel normalised ties with A, B and C in 2020": a past year the clause's act
    # took place in (never a target "by 2030", never a year after the page's).
    match = _own_time(
        r"(?<!\bby )(?<!, )\bin ((?:19|20)\d\d)\b(?!\s*[-–]|\s+levels?\b)", text, _FLAGS
    )
    if match and int(match.group(1)) < published.year and not _FUTURE.search(text):
        return match.group(1), False, match.group()
    return None


# "confirmed that they are joining after receiving an invitation last year": the time
# of an earlier event the clause recalls, not of the statement.
_RECALLED = re.compile(r"\b(?:after|since|following|before|upon|until)\b[^,;.:]{0,60}$", _FLAGS)


def _own_time(pattern: str, text: str, flags: int) -> re.Match[str] | None:
    """The first match of a relative time phrase that dates the clause's own event."""
    return next(
        (m for m in re.finditer(pattern, text, flags) if not _RECALLED.search(text[: m.start()])),
        None,
    )
