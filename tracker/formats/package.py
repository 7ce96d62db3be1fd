"""`export --what package`: a Frictionless Data Package that analysts can cite (SPEC §7).

A folder of CSV tables (the events, the stances, the statements' sources and the changes:
every correction and retraction) with `datapackage.json`, which describes every column
(type, description, the closed vocabularies as enums), names the topics with their
titles and carries the chain head as the release's version, and `README.md`, a codebook.
"""

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.domain.registry import REGISTRY
from tracker.domain.vocabulary import CONTRIBUTIONS, STANCES, Deployment
from tracker.formats.files import OutputError, output_file
from tracker.formats.output import Listing, render

# What each stance means (SPEC §1), for the codebook and the schema.
STANCE_MEANINGS = {
    "committed": "pledged to contribute",
    "conditional": "will contribute if stated conditions are met",
    "considering": "open to it, possibly; decision pending",
    "undecided": "no position taken",
    "skeptical": "cautious, calls it premature",
    "declined": "refuses to contribute (may still help in other ways)",
    "opposed": "opposes the pledge itself",
}
_PARTIAL_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_DATE_FIELDS = {"date", "since", "last_statement", "published"}
_INTEGERS = {"seq", "statements", "stance_rank", "source_number"}
_BOOLEANS = {"approximate", "disputed"}
_ARRAYS = {"contributions", "conditions", "sources", "corrections", "pledges"}
_OBJECTS = {"troops", "changes", "source", "original"}
_ENUMS: dict[str, Sequence[str]] = {
    "stance": STANCES,
    "from": STANCES,
    "to": STANCES,
    "deployment": [d.value for d in Deployment],
    "type": tuple(REGISTRY),
}
DESCRIPTIONS = {
    "seq": "The event's position in the chain (1 is the first): a release holds 1 to its version's.",
    "event_id": "The event's stable id (a UUID); corrections, retractions and citations name it.",
    "type": f"Event type: {', '.join([*REGISTRY][:-1])} or {[*REGISTRY][-1]}.",
    "topic": "The pledge's topic slug (see the package's `topics` for titles).",
    "country": "ISO 3166-1 alpha-2 code of the country.",
    "country_name": "The country's common English name.",
    "country_alpha3": "ISO 3166-1 alpha-3 code of the country.",
    "stance": "The country's position (see the codebook for each word's meaning).",
    "stance_rank": "The stance's rank, 1 committed … 7 opposed (most to least supportive).",
    "date": "When the statement was made: YYYY, YYYY-MM or YYYY-MM-DD (its precision).",
    "approximate": "The date is approximate (an article said 'months ago').",
    "contributions": "What is offered (JSON list): " + ", ".join(CONTRIBUTIONS) + ".",
    "troops": "Troop figure (JSON: min, max, the article's own words).",
    "conditions": "Conditions the country attached (JSON list of texts).",
    "speaker": "Who spoke for the country.",
    "sources": "Where it was reported (JSON list: outlet, url, title, published, quote).",
    "note": "The editor's note.",
    "deployment": "Where forces would go: in-country, neighbouring, at-sea or remote.",
    "corrects": "A correction: the statement it corrects.",
    "changes": "A correction: the fields it changes and their new values (JSON).",
    "reason": "A correction's or retraction's reason.",
    "retracts": "A retraction: the statement it withdraws.",
    "cites": "A citation: the statement it corroborates.",
    "source": "A citation: the report it adds (JSON: outlet, url, title, published, quote).",
    "title": "A topic's title.",
    "pledges": "A topic's pledge phrases (JSON list).",
    "recorded_at": "Record time: when this database learned the event (UTC, microseconds).",
    "recorded_by": "Who recorded the event.",
    "hash": "The event's chain hash: sha256 of the previous hash and the event's JSON.",
    "since": "The first date of the current run of this stance (partial date).",
    "since_first_day": "The first day `since` stands for.",
    "since_precision": "The precision of `since`: year, month or day.",
    "last_statement": "The date of the latest statement deciding the stance.",
    "disputed": "Statements of the same date disagree on the stance.",
    "statements": "How many active statements the stance folds.",
    "source_number": "The source's place: 1 is the statement's own report, then its citations.",
    "outlet": "The outlet that reported it.",
    "url": "The report's URL.",
    "published": "When the report was published (partial date).",
    "quote": "The report's words.",
    "status": "active, corrected or retracted.",
    "target": "The statement the correction or retraction amends.",
}


def field_schema(name: str) -> dict[str, Any]:
    """A Table Schema field for a column, typed and described by its name."""
    field: dict[str, Any] = {"name": name, "description": DESCRIPTIONS.get(name, name)}
    constraints: dict[str, Any] = {}
    if name in _INTEGERS:
        field["type"] = "integer"
    elif name in _BOOLEANS:
        field["type"] = "boolean"
    elif name in _ARRAYS:
        field["type"] = "array"
    elif name in _OBJECTS:
        field["type"] = "object"
    elif name == "since_first_day":
        field["type"] = "date"
    else:
        field["type"] = "string"
        if name in _DATE_FIELDS:
            constraints["pattern"] = _PARTIAL_DATE
        if name in _ENUMS:
            constraints["enum"] = list(_ENUMS[name])
        if name == "since_precision":
            constraints["enum"] = ["year", "month", "day"]
    if constraints:
        field["constraints"] = constraints
    return field


@dataclass(frozen=True)
class Table:
    """One resource of the package: a CSV file of a listing's rows."""

    name: str
    title: str
    listing: Listing
    rows: Iterable[Mapping[str, Any]]


CHANGES = Listing(
    "changes",
    (
        "seq",
        "event_id",
        "type",
        "target",
        "topic",
        "country",
        "recorded_at",
        "recorded_by",
        "reason",
        "changes",
    ),
    (),
)


def change_rows(events: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The corrections and retractions of a log ("updates and corrections"), each with
    the topic and country of the statement it amends."""
    statements = {e["event_id"]: e for e in events if e.get("type") == "statement"}
    rows = []
    for event in events:
        target = event.get("corrects") or event.get("retracts")
        if event.get("type") not in ("correction", "retraction") or not target:
            continue
        amended = statements.get(target, {})
        rows.append(
            {
                "seq": event["seq"],
                "event_id": event["event_id"],
                "type": event["type"],
                "target": target,
                "topic": amended.get("topic"),
                "country": amended.get("country"),
                "recorded_at": event["recorded_at"],
                "recorded_by": event["recorded_by"],
                "reason": event.get("reason"),
                "changes": event.get("changes"),
            }
        )
    return rows


def write_package(
    folder: str,
    tables: Sequence[Table],
    *,
    topics: Sequence[Mapping[str, Any]],
    head: tuple[int, str],
    created: str,
    protected: Iterable[Path] = (),
) -> dict[str, Any]:
    """Write the tables as CSV, `datapackage.json` and the `README.md` codebook into
    `folder` (created if need be), each file replaced only when complete; returns the
    descriptor."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write {folder}: {error.strerror or error}") from None
    protected = list(protected)
    resources = []
    for table in tables:
        path = target / f"{table.name}.csv"
        with output_file(str(path), protected=protected) as handle:
            count = render(table.listing, table.rows, "csv", handle)
        assert table.listing.fields is not None
        resources.append(
            {
                "name": table.name,
                "title": table.title,
                "path": path.name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "rows": count,
                "schema": {"fields": [field_schema(n) for n in table.listing.fields]},
            }
        )
    position, chain_hash = head
    descriptor = {
        "profile": "tabular-data-package",
        "name": "tracker-pledges",
        "title": "Countries' stances on pledges, statement by statement",
        "version": f"{position}-{chain_hash[:12]}",
        "created": created,
        "chain_head": {"position": position, "hash": chain_hash},
        "topics": [dict(t) for t in topics],
        "vocabularies": {
            "stance": dict(STANCE_MEANINGS),
            "contributions": list(CONTRIBUTIONS),
            "deployment": [d.value for d in Deployment],
        },
        "resources": resources,
    }
    with output_file(str(target / "datapackage.json"), protected=protected) as handle:
        handle.write(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n")
    with output_file(str(target / "README.md"), protected=protected) as handle:
        handle.write(codebook(descriptor))
    return descriptor


def codebook(descriptor: Mapping[str, Any]) -> str:
    """The package's README: what it holds, how to cite it, and the codebook."""
    head = descriptor["chain_head"]
    lines = [
        f"# {descriptor['title']}",
        "",
        f"Release `{descriptor['version']}`, created {descriptor['created']}: the log up to "
        f"event {head['position']}, chain head `{head['hash']}`.",
        "",
        "## How to cite",
        "",
        f"> tracker data package, release {descriptor['version']} "
        f"({descriptor['created'][:10]}), chain head {head['hash']}.",
        "",
        "The chain head identifies the release exactly: `tracker verify` on a database "
        "holding this log ends at the same hash, and `tracker anchor` prints it.",
        "",
        "## Topics",
        "",
        *(f"- `{t['topic']}`: {t.get('title') or t['topic']}" for t in descriptor["topics"]),
        "",
        "## Tables",
        "",
        *(
            f"- `{r['path']}` ({r['rows']} rows): {r['title']}. Columns: "
            + ", ".join(f"`{f['name']}`" for f in r["schema"]["fields"])
            + "."
            for r in descriptor["resources"]
        ),
        "",
        "Every column's type and description are in `datapackage.json`. Lists and "
        "mappings (contributions, conditions, sources, troops, changes) are JSON text.",
        "",
        "## Stances",
        "",
        "| rank | stance | meaning |",
        "|---|---|---|",
        *(
            f"| {rank} | `{stance}` | {STANCE_MEANINGS.get(stance, '')} |"
            for rank, stance in enumerate(STANCES, start=1)
        ),
        "",
        "## Contributions",
        "",
        "What a statement offers, any number of: "
        + ", ".join(f"`{c}`" for c in CONTRIBUTIONS)
        + ". Deployment (where forces would go): "
        + ", ".join(f"`{d.value}`" for d in Deployment)
        + ".",
        "",
        "## Dates and their precision",
        "",
        "A statement's `date` is as precise as its report: `YYYY`, `YYYY-MM` or "
        "`YYYY-MM-DD`; a month or year stands for its first day when dates are compared "
        "(`since_first_day`, `since_precision`). `approximate` marks a date an article "
        "gave loosely ('months ago').",
        "",
        "## Two time axes",
        "",
        "- `date`: when a country said it (the world's time; `--as-of` in tracker).",
        "- `recorded_at`: when this database learned it (the record's time; `--known-at`).",
        "",
        "The log only grows: a mistake is fixed by a correction and a withdrawn report by a "
        "retraction, both listed in `changes.csv` with their reasons (updates and "
        "corrections), and the statements they amend stay in `events.csv` as first recorded. "
        "The changes since an earlier release `N-…` are the rows whose `seq` is above N.",
        "",
    ]
    return "\n".join(lines)
