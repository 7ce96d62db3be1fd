"""The article sheet (SPEC §6), read and written: one article, one short entry per
country statement.

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

One mistake is one line: an entry that names several countries carries its problems on
each country's record and the import says each line once; a misspelt field names the
field meant and is not also "missing"; a sheet whose entries lack a date and which gives
no default date says so once, not once per entry.

Decisions: a sheet without `topic` (and an entry without one) yields records without
`topic`, so the import decides the default topic exactly as it does for other rows; an
entry's own `sources` (extra reports) follow the article's source; `speaker: null` in an
entry overrides a default speaker.

Written by `tracker draft` (`render_sheet`): the draft's proposals as entries, each under
a `# why:` comment, with the text fields cut to what an import takes (`importable_text`),
so that a draft imports as it is. `tracker.formats.readers` detects a sheet among the
import files (`is_sheet`, `holds_one_object`) and reads it through `expand_documents`.
"""

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from tracker.domain.events import RECORD_FIELDS, SOURCE_FIELDS, STATEMENT_FIELDS
from tracker.errors import InvalidValue
from tracker.formats.readers import Located

if TYPE_CHECKING:
    from tracker.intake.draft import Draft, Proposal

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


def _meant(key: Any, known: tuple[str, ...], given: dict[str, Any]) -> str | None:
    """The known name an unknown key misspells, among those not given already."""
    from tracker.formats.readers import nearest_field

    return nearest_field(str(key), [k for k in known if k not in given])


def _unknown(key: Any, known: tuple[str, ...], given: dict[str, Any], what: str = "field") -> str:
    """What to say of an unknown key: the name it misspells ("did you mean published?"),
    else the names to use."""
    meant = _meant(key, known, given)
    return (
        f"unknown {what}; did you mean {meant}?"
        if meant
        else f"unknown {what}; use {', '.join(known)}"
    )


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
                (where, InvalidValue(f"article.{key}: {_unknown(key, ARTICLE_KEYS, article)}"))
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
) -> tuple[dict[str, Any], list[str], set[str]]:
    """One entry as an import record, the shape problems of its fields, and the fields
    those problems explain (whose absence the import must not report again)."""
    problems: list[str] = []
    explained: set[str] = set()
    record: dict[str, Any] = {"type": "statement"}
    for key in DEFAULT_KEYS:
        if key in defaults:
            record[key] = defaults[key]
    for key, raw in entry.items():
        value = _plain(raw)
        if key not in ENTRY_KEYS:
            meant = _meant(key, ENTRY_KEYS, entry)
            if meant:
                problems.append(f"{key}: unknown field; did you mean {meant}?")
                explained.add(meant)  # one misspelt name is one mistake, not also "missing"
            else:
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
        elif isinstance(value, list | dict) or (
            key in _TEXT_KEYS and value is not None and not isinstance(value, str)
        ):
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
    return record, problems, explained


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
            yield name, InvalidValue(f"{key}: {_unknown(key, SHEET_KEYS, sheet, 'sheet field')}")
    defaults: dict[str, Any] = {}
    wrong_defaults: set[str] = set()  # reported once here, not again in every entry
    for key in DEFAULT_KEYS:
        if key not in sheet:
            continue
        value = _plain(sheet[key])
        if key == "approximate" and not isinstance(value, bool):
            yield name, InvalidValue("approximate: expected true or false")
            wrong_defaults.add(key)
        elif key != "approximate" and value is not None and not isinstance(value, str):
            yield name, InvalidValue(f"{key}: expected a text")
            wrong_defaults.add(key)
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
    undated = [
        number
        for number, entry in enumerate(entries, start=1)
        if isinstance(entry, dict) and "date" not in entry
    ]
    if len(undated) > 1 and defaults.get("date") is None and "date" not in wrong_defaults:
        # One mistake (no default date), one line: not "date: missing" for each entry.
        yield (
            name,
            InvalidValue(
                f"date: entries {_numbers(undated)} give no date, and the sheet no default "
                "date; add `date: YYYY-MM-DD` at the top"
            ),
        )
        wrong_defaults.add("date")
    for number, entry in enumerate(entries, start=1):
        where = f"{name} entry {number}"
        if not isinstance(entry, dict):
            yield where, InvalidValue(f"expected a mapping, got {type(entry).__name__}")
            continue
        gaps = {key for key in wrong_defaults if key not in entry}
        yield from _entry_records(where, entry, defaults, source, default_quote, gaps)


def _numbers(numbers: list[int]) -> str:
    """`1-7, 9, 10` for [1, 2, 3, 4, 5, 6, 7, 9, 10]: runs of three or more as ranges."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(
        f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs
    )


def _entry_records(
    where: str,
    entry: dict[str, Any],
    defaults: dict[str, Any],
    source: dict[str, Any],
    default_quote: str | None,
    gaps: set[str],
) -> Iterator[Located]:
    """One entry's records: one per country where it names several (`country: [Andorra,
    Australia]`), each with the entry's stance, quote and date.

    Every record carries the entry's shape problems, and the rest of the entry is still
    validated, so that its value problems show up too; the import says a line it has
    said for the entry once, so a mistake in a nine-country entry is one line, not nine.
    `gaps` are fields the sheet's own (wrong) default was to fill: reported already."""
    from tracker.formats.readers import RecordWithProblems

    countries, country_problem = _countries_of(entry.get("country"))
    shared = dict(entry)
    if countries is not None or country_problem:
        shared.pop("country")
    record, problems, explained = _entry_record(shared, defaults, source, default_quote)
    if country_problem:
        problems.insert(0, f"country: {country_problem}")
    explained |= gaps | ({"country"} if country_problem else set())
    if "date" not in record and "date" not in explained:
        problems.append("date: missing; give the entry a date, or the sheet a default date")
    several: list[str | None] = list(countries) if countries else [None]
    for country in several:
        each = dict(record) if country is None else {**record, "country": country}
        if problems or explained:
            yield where, RecordWithProblems(each, problems, explained)
        else:
            yield where, each


def _countries_of(value: Any) -> tuple[list[str] | None, str | None]:
    """An entry's countries when it lists several (None for one name, left to the
    import's reading), or what is wrong with its list."""
    if isinstance(value, str):
        return None, _several_in_one(value)
    if not isinstance(value, list):
        return None, None  # absent, or a number: the import's own check says
    if not value:
        return None, "an empty list; name at least one country"
    names = [_plain(item) for item in value]
    if not all(isinstance(name, str) and name.strip() for name in names):
        return None, "expected a country name or a list of names"
    repeated = [name for number, name in enumerate(names) if name in names[:number]]
    if repeated:
        return None, f"{repeated[0]} is listed twice"
    return names, None


_SEPARATORS = re.compile(r"\s*(?:,|;|/|&|\band\b)\s*")


def _several_in_one(text: str) -> str | None:
    """What to say of `country: "Andorra, Australia"`: several names in one text, each a
    country, where the whole is none (a list was meant). None for anything else."""
    from tracker.countries import resolve_country
    from tracker.errors import TrackerError

    parts = [part for part in _SEPARATORS.split(text.strip()) if part]
    if len(parts) < 2:
        return None
    try:
        resolve_country(text)
        return None  # a name that holds a separator ("Bosnia and Herzegovina")
    except TrackerError:
        pass
    try:
        for part in parts:
            resolve_country(part)
    except TrackerError:
        return None  # the import's "unknown country" says what is wrong
    return f"{text!r} names several countries; write them as a list: [{', '.join(parts)}]"


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


# -- writing: the sheet of a draft ------------------------------------------------------


# The end of a sentence: its mark and any closing quote or bracket, before a space.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(?=\s)")


def importable_text(text: str | None) -> str | None:
    """`text` as an import takes it: whole when it fits a text field (`MAX_TEXT`), else
    cut at the last sentence end that leaves room for " …", so a draft imports as it is.
    When that would keep less than half of the room (one overlong sentence), the cut is at
    the last space instead; within one overlong word, anywhere."""
    from tracker.domain.events import MAX_TEXT

    if text is None or len(text.strip()) <= MAX_TEXT:
        return text
    text = text.strip()
    room = MAX_TEXT - len(" …")
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, room)]
    if ends and ends[-1] >= room // 2:
        cut = ends[-1]
    else:
        space = text.rfind(" ", 0, room + 1)
        cut = space if space > 0 else room
    return text[:cut].rstrip() + " …"


def importable_list(texts: list[str]) -> list[str]:
    return [t for t in (importable_text(text) for text in texts) if t is not None]


def draft_article_source(draft: "Draft") -> dict[str, Any]:
    """The article's outlet, URL, title and publication date that it gives."""
    return {
        k: v
        for k, v in (
            ("outlet", importable_text(draft.article.outlet)),
            ("url", draft.article.url),
            ("title", importable_text(draft.article.title)),
            ("published", draft.article.published),
        )
        if v
    }


def _shared_entries(proposals: "list[Proposal]") -> list["list[Proposal]"]:
    """Proposals that one sentence gives one position -- same stance, quote, details --
    as one sheet entry (`country: [A, B, C]`), so that a nine-country sentence is one
    entry to review (issue 20, item 8)."""

    def key(p: "Proposal") -> tuple[Any, ...]:
        return (
            p.stance,
            tuple(p.sentences),
            tuple(p.contributions),
            repr(p.troops),
            tuple(p.conditions),
            p.speaker,
            p.date,
            p.approximate,
        )

    entries: list[list[Proposal]] = []
    where: dict[tuple[Any, ...], list[Proposal]] = {}
    for proposal in proposals:
        shared = where.get(key(proposal))
        if shared is not None and proposal.code not in {p.code for p in shared}:
            shared.append(proposal)
            continue
        entries.append([proposal])
        where[key(proposal)] = entries[-1]
    return entries


def _why(draft: "Draft", proposal: "Proposal", *others: "Proposal") -> str:
    cues = [c for p in (proposal, *others) for c in p.cues]
    if others:  # one entry for several countries: the cue words once, not per country
        cues = [re.sub(r"^'[^']*' (?:(?:\+|…) )?", "", c) for c in cues]
    cues = list(dict.fromkeys(cues))[:3]
    confidence = min(p.confidence for p in (proposal, *others))
    parts = [f"cues {'; '.join(cues)}", f"confidence {confidence:.2f}"]
    if proposal.date_words:
        parts.append(f"date from {proposal.date_words!r}")
    return "# why: " + ", ".join(parts)


def _yaml_dumper() -> Any:
    import yaml

    class SheetDumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no types
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


def render_sheet(draft: "Draft", topic: str | None = None) -> str:
    """The draft as an article sheet (YAML) with a `# why:` comment per proposal."""
    from tracker.countries import country_name

    article = draft_article_source(draft)
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
    for together in _shared_entries(draft.proposals):
        proposal = together[0]
        countries = [country_name(p.code) for p in together]
        country: str | list[str] = countries if len(countries) > 1 else countries[0]
        entry: dict[str, Any] = {
            "country": country,
            "stance": proposal.stance,
        }
        if proposal.date and proposal.date != draft.default_date:
            entry["date"] = proposal.date
        if proposal.approximate:
            entry["approximate"] = True
        if proposal.contributions:
            entry["contributions"] = proposal.contributions
        if proposal.troops:
            entry["troops"] = {k: v for k, v in proposal.troops.items() if v is not None}
        if proposal.conditions:
            entry["conditions"] = importable_list(proposal.conditions)
        if proposal.speaker:
            entry["speaker"] = importable_text(proposal.speaker)
        entry["quote"] = importable_text(draft.quote(proposal))
        lines.append("  " + _why(draft, *together))
        dumped = _dump(entry).rstrip().splitlines()
        lines.append("  - " + dumped[0])
        lines.extend("    " + line for line in dumped[1:])
    return "\n".join(lines) + "\n"
