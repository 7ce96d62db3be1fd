"""Article sheets (SPEC §6): one article, one short entry per country statement.

A sheet is a mapping with an `article` block and/or a `statements` list:

    article: {outlet: Stern, url: https://..., title: ..., published: 2025-09-05}
    topic: ukraine-reassurance-force     # defaults: topic, date, approximate, speaker
    date: 2025-09-04
    statements:
      - {country: France, stance: committed, troops: "1000+", quote: "..."}

`expand_sheet` turns it into plain import records: each entry becomes a `statement`
whose first source is the article plus the entry's own `quote`; the sheet's defaults
fill what an entry leaves out and an entry overrides any of them. Only the *shape* is
checked here (unknown keys, a list where a list belongs, a troop figure that is not
`N`, `N+` or `N-M`), and every such problem is yielded at once with its entry number and
field; values (stance, country, dates ...) are left to the import's own validation,
which reports them with the same `"<file> entry N"` location.

Decisions: a sheet without `topic` (and an entry without one) yields records without
`topic`, so the import decides the default topic exactly as it does for other rows; an
entry's own `sources` (extra reports) follow the article's source; `speaker: null` in an
entry overrides a default speaker.
"""

from collections.abc import Iterable, Iterator
from typing import Any

from tracker.domain.events import RECORD_FIELDS, SOURCE_FIELDS, STATEMENT_FIELDS
from tracker.errors import InvalidValue
from tracker.formats.readers import Located

SHEET_KEYS = ("article", "topic", "date", "approximate", "speaker", "quote", "statements")
ARTICLE_KEYS = tuple(key for key in SOURCE_FIELDS if key != "quote")
DEFAULT_KEYS = ("topic", "date", "approximate", "speaker")
# The statement fields of SPEC §2 (and §6's `deployment`) an entry may carry, plus the
# sheet's own shorthands `quote` and `troops_text`.
ENTRY_KEYS = (*RECORD_FIELDS, *STATEMENT_FIELDS, "quote", "troops_text")
_TEXT_KEYS = ("topic", "country", "stance", "speaker", "quote", "note", "troops_text", "deployment")


def is_sheet(document: Any) -> bool:
    """True for a mapping that holds an `article` block or a `statements` list."""
    return isinstance(document, dict) and ("article" in document or "statements" in document)


def _plain(value: Any) -> Any:
    """YAML reads `2025-09-04` as a date and `2025` as a number: both mean text here."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _text_list(value: Any) -> list[str] | None:
    """A list of texts (a single text counts as a list of one), else None."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    return None


def troops_of(value: Any, words: str | None) -> dict[str, Any]:
    """An entry's troops: `"N"`, `"N+"`, `"N-M"`, a bare number, or a mapping."""
    from tracker.domain.troops import troops_from_text

    if isinstance(value, dict):
        troops = dict(value)
        if words and "text" not in troops:
            troops["text"] = words
        return troops
    if isinstance(value, int) and not isinstance(value, bool):
        return troops_from_text(str(value), words)
    if isinstance(value, str):
        return troops_from_text(value, words)
    raise InvalidValue('expected "N", "N+", "N-M" or a mapping {min, max, text}')


def _article_source(article: Any, where: str) -> tuple[dict[str, Any], list[Located]]:
    problems: list[Located] = []
    if article is None:
        return {}, problems
    if not isinstance(article, dict):
        problems.append(
            (where, InvalidValue("article: expected a mapping of outlet, url, title, published"))
        )
        return {}, problems
    source: dict[str, Any] = {}
    for key, value in article.items():
        if key not in ARTICLE_KEYS:
            problems.append(
                (
                    where,
                    InvalidValue(f"article.{key}: unknown field; use {', '.join(ARTICLE_KEYS)}"),
                )
            )
        elif value is not None and not isinstance(_plain(value), str):
            problems.append((where, InvalidValue(f"article.{key}: expected a text")))
        elif value is not None:
            source[key] = _plain(value)
    return source, problems


def _entry_record(
    entry: dict[str, Any],
    defaults: dict[str, Any],
    source: dict[str, Any],
    default_quote: str | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """One entry as an import record, and the shape problems of its fields."""
    problems: list[str] = []
    record: dict[str, Any] = {"type": "statement"}
    for key in DEFAULT_KEYS:
        if key in defaults:
            record[key] = defaults[key]
    for key, raw in entry.items():
        value = _plain(raw)
        if key not in ENTRY_KEYS:
            problems.append(f"{key}: unknown field")
        elif key == "type":
            if value != "statement":
                problems.append("type: a sheet entry is always a statement")
        elif key in ("contributions", "conditions"):
            items = _text_list(value) if value is not None else []
            if items is None:
                problems.append(f"{key}: expected a list of texts")
            else:
                record[key] = items
        elif key == "troops":
            continue  # with troops_text, below
        elif key == "approximate":
            if not isinstance(value, bool):
                problems.append("approximate: expected true or false")
            else:
                record[key] = value
        elif key == "sources":
            if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
                problems.append("sources: expected a list of mappings")
        elif key in _TEXT_KEYS and value is not None and not isinstance(value, str):
            problems.append(f"{key}: expected a text")
        elif key not in ("quote", "troops_text"):
            record[key] = value
    words = entry.get("troops_text")
    words = words if isinstance(words, str) else None
    if entry.get("troops") is not None:
        try:
            record["troops"] = troops_of(_plain_troops(entry["troops"]), words)
        except InvalidValue as error:
            problems.append(f"troops: {error}")
    elif words:
        record["troops"] = {"text": words}
    own = dict(source)
    quote = entry.get("quote", default_quote)
    if isinstance(quote, str) and quote.strip():
        own["quote"] = quote
    sources = [own] if own else []
    extras = entry.get("sources")
    for extra in extras if isinstance(extras, list) else []:  # else a problem, above
        if isinstance(extra, dict):
            sources.append({k: _plain(v) for k, v in extra.items()})
    if sources:
        record["sources"] = sources
    return record, problems


def _plain_troops(value: Any) -> Any:
    # A troop figure stays a number (`troops: 5000`); only dates become text.
    return value.isoformat() if hasattr(value, "isoformat") else value


def expand_sheet(sheet: dict[str, Any], name: str) -> Iterator[Located]:
    """The records of one sheet, as `("<name> entry N", record)` pairs.

    Shape problems are yielded as `(location, InvalidValue)` pairs, every one of them,
    with the entry's number and field; the import then reports them all and writes
    nothing. Entries are numbered from 1 in the order the sheet lists them.
    """
    source, problems = _article_source(sheet.get("article"), name)
    yield from problems
    for key in sheet:
        if key not in SHEET_KEYS:
            yield name, InvalidValue(f"{key}: unknown sheet field; use {', '.join(SHEET_KEYS)}")
    defaults: dict[str, Any] = {}
    for key in DEFAULT_KEYS:
        if key not in sheet:
            continue
        value = _plain(sheet[key])
        if key == "approximate" and not isinstance(value, bool):
            yield name, InvalidValue("approximate: expected true or false")
        elif key != "approximate" and value is not None and not isinstance(value, str):
            yield name, InvalidValue(f"{key}: expected a text")
        elif value is not None or key == "speaker":
            defaults[key] = value
    default_quote = sheet.get("quote")
    if default_quote is not None and not isinstance(default_quote, str):
        yield name, InvalidValue("quote: expected a text")
        default_quote = None
    entries = sheet.get("statements")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        yield name, InvalidValue("statements: expected a list of entries")
        return
    for number, entry in enumerate(entries, start=1):
        where = f"{name} entry {number}"
        if not isinstance(entry, dict):
            yield where, InvalidValue(f"expected a mapping, got {type(entry).__name__}")
            continue
        yield from _entry_records(where, entry, defaults, source, default_quote)


def _entry_records(
    where: str,
    entry: dict[str, Any],
    defaults: dict[str, Any],
    source: dict[str, Any],
    default_quote: str | None,
) -> Iterator[Located]:
    """One entry's records: one per country where it names several (`country: [Andorra,
    Australia]`), each with the entry's stance, quote and date. Its shape problems travel
    with its record, so that the import reports each mistake once, and the rest of the
    entry is still validated, so that its value problems show up too."""
    from tracker.formats.readers import RecordWithProblems

    countries = entry.get("country")
    if isinstance(countries, list) and countries and all(isinstance(c, str) for c in countries):
        entries = [{**entry, "country": country} for country in countries]
    else:
        entries = [entry]
    for number, each in enumerate(entries):
        record, problems = _entry_record(each, defaults, source, default_quote)
        if problems and number == 0:
            yield where, RecordWithProblems(record, problems)
        else:
            yield where, record


def expand_documents(documents: Iterable[Any], name: str) -> Iterator[Located]:
    """Every sheet of a file (YAML may hold several documents); anything else is a problem."""
    for number, document in enumerate(documents, start=1):
        if document is None:
            continue
        if is_sheet(document):
            yield from expand_sheet(document, name)
        else:
            yield (
                f"{name} document {number}",
                InvalidValue("a file that holds an article sheet may hold only sheets"),
            )


def read_json_sheet(path: Any, name: str) -> Iterator[Located]:
    """The records of a `.json` file holding one object, which must be a sheet."""
    import json

    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except ValueError as error:
        yield name, InvalidValue(f"not valid JSON ({error})")
        return
    if not is_sheet(document):
        yield name, InvalidValue("expected a JSON list of events, or an article sheet")
        return
    yield from expand_sheet(document, name)


def holds_one_object(path: Any) -> bool:
    """True when a `.json` file begins with `{` (a sheet) rather than `[` (a list of events).

    Reads only the first few kilobytes: event exports can be very large."""
    with path.open("rb") as handle:
        head: bytes = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"{"
