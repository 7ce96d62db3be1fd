"""An article as `tracker draft` reads it: optional header lines, then the body, split
into sentences; and its published date, which every relative date is resolved against."""

import re
from dataclasses import dataclass

HEADER_KEYS = ("title", "outlet", "url", "published")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEADER_LINE = re.compile(r"^\s*(title|outlet|url|published)\s*:\s*(.*?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """An article's text and what is known about it."""

    body: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


def looks_like_html(text: str, name: str = "") -> bool:
    """Whether an input is a saved web page rather than plain text."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text.lstrip("\ufeff \t\r\n")[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text.lower()
    )


def page_text(html: str) -> str:
    """A saved web page as the plain text `read_article` reads: header lines (title,
    outlet = the site's name, url = the canonical URL, published = the page's date) from
    the page's metadata, then the article's text as trafilatura extracts it."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        from tracker.errors import InvalidValue

        raise InvalidValue("no article text found in the page")

    def field(name: str) -> str | None:
        value = (
            extracted.get(name) if isinstance(extracted, dict) else getattr(extracted, name, None)
        )
        return " ".join(str(value).split()) if value else None

    header = [
        f"{key}: {value}"
        for key, value in (
            ("title", field("title")),
            ("outlet", field("sitename")),
            ("url", field("url")),
            ("published", field("date")),
        )
        if value
    ]
    text = (extracted.get("text") if isinstance(extracted, dict) else extracted.text) or ""
    return "\n".join(header) + "\n\n" + text if header else text


def read_article(text: str, **given: str | None) -> Article:
    """Split optional `key: value` header lines (up to the first blank line) from the body.

    Options given here (title, outlet, url, published) override the header's values.
    A first paragraph that is not entirely header lines is body text, not a header.
    """
    # Control characters (a NUL, an escape sequence) are never part of what an article
    # says, and the event models refuse some of them: a draft must always import.
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").lstrip("\ufeff"))
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


_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|No|Jr|Sr|vs|approx|ca|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|E\.U)\.$|(?<![\w.])[A-Z]\.$"
)
# A full stop with no space after it, as pages glued from paragraphs have it: "other
# support.Britain, France and Australia have declared ..." (a lower-case word before it,
# a capitalised word after it: never "U.S." nor "3.5").
_GLUED = r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9ÄÖÜÉ])" + _GLUED)


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
            if _ABBREVIATIONS.search(
                line[max(0, match.start() - 20) : match.start()].rstrip('"”’)]')
            ):
                continue
            if _inside_quotation(line[start : match.end()]):
                continue  # “We are ready. Our soldiers can be there,” the minister said.
            if candidate:
                sentences.append(candidate)
            start = match.end()
        rest = line[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


def _inside_quotation(text: str) -> bool:
    """Whether a quotation opened in the text is still open at its end."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


_DATE_FORMATS = (
    "%d %B %Y",
    "%B %d, %Y",
    "%B %d %Y",
    "%d %b %Y",
    "%b %d, %Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
)


def published_date(text: str | None) -> tuple[str | None, str | None]:
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
