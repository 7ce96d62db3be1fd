"""`tracker export --what package -o DIR` (SPEC §7): a Frictionless Data Package that the
`frictionless` library validates, with the chain head as its version, the vocabularies
as enums, topics with titles, a changes table and a README codebook."""

import csv
import json
from pathlib import Path
from typing import Any

from tests.conftest import Tracker
from tracker.domain.vocabulary import STANCES

TOPIC = "ukraine-reassurance-force"


def validate(descriptor: str) -> Any:
    """frictionless's report on a package. frictionless raises the csv module's field
    limit for the whole process when imported: it is put back, for the tests that check
    the import's own refusal of a cell over that limit."""
    limit = csv.field_size_limit()
    try:
        from frictionless import validate as frictionless_validate

        return frictionless_validate(descriptor)
    finally:
        csv.field_size_limit(limit)


def test_the_package_validates_and_carries_the_release(seeded: Tracker, tmp_path: Path) -> None:
    statement = seeded.add(
        "Germany", "committed", "2025-10-01", "--outlet", "Reuters", "--quote", "=yes", topic=TOPIC
    )
    seeded.ok("correct", statement, "--reason", "typo", "--stance", "conditional")
    seeded.ok("cite", statement, "--outlet", "AFP", "--url", "https://afp.com/x")
    other = seeded.add("Norway", "considering", "2025-09", "--approximate", topic=TOPIC)
    seeded.ok("retract", other, "--reason", "withdrawn")
    seeded.ok("topics", "add", "second", "--title", "A second topic")
    folder = tmp_path / "release"
    seeded.ok("export", "--what", "package", "-o", str(folder))
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    anchor = seeded.ok("anchor").stdout.split()
    assert descriptor["chain_head"] == {"position": int(anchor[0]), "hash": anchor[1]}
    assert descriptor["version"] == f"{anchor[0]}-{anchor[1][:12]}"
    assert {"topic": "second", "title": "A second topic"} in descriptor["topics"]
    resources = {r["name"]: r for r in descriptor["resources"]}
    assert set(resources) == {"events", "stances", "sources", "changes"}
    stance = next(f for f in resources["stances"]["schema"]["fields"] if f["name"] == "stance")
    assert stance["constraints"]["enum"] == list(STANCES) and stance["description"]
    assert all(f["description"] for r in resources.values() for f in r["schema"]["fields"])
    with (folder / "changes.csv").open(encoding="utf-8", newline="") as handle:
        changes = list(csv.DictReader(handle))
    assert [(c["type"], c["country"], c["reason"]) for c in changes] == [
        ("correction", "DE", "typo"),
        ("retraction", "NO", "withdrawn"),
    ]
    # Positions in the chain: the changes since an earlier release are those above it.
    assert [int(c["seq"]) for c in changes] == [27, 30]  # the seed holds 25 events
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for words in ("How to cite", anchor[1], "pledged to contribute", "recorded_at", "YYYY-MM"):
        assert words in readme
    # The package's events are the log: they import back into the identical database.
    copy = Tracker(str(tmp_path / "copy.db"))
    copy.ok("import", str(folder / "events.csv"))
    assert copy.ok("export").stdout == seeded.ok("export").stdout


def test_a_package_of_one_topic_and_its_refusals(seeded: Tracker, tmp_path: Path) -> None:
    seeded.ok("topics", "add", "second", "--title", "A second topic")
    seeded.add("France", "committed", "2025-10-01", topic="second")
    folder = tmp_path / "second"
    seeded.ok("export", "--what", "package", "--topic", "second", "-o", str(folder))
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["topics"] == [{"topic": "second", "title": "A second topic"}]
    assert {r["name"]: r["rows"] for r in descriptor["resources"]}["stances"] == 1
    assert validate(str(folder / "datapackage.json")).valid
    seeded.fails("export", "--what", "package", code=2)
    seeded.fails("export", "--what", "package", "--as-of", "2025-01-01", "-o", str(folder), code=2)
    seeded.fails("export", "--what", "package", "--topic", "secnd", "-o", str(folder))
    (tmp_path / "file").write_text("x", encoding="utf-8")
    seeded.fails("export", "--what", "package", "-o", str(tmp_path / "file"))
