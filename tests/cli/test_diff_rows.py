"""`diff` rows carry the date of the move and the deciding statement's quote and source
(SPEC §7), keep SPEC §4's `country`, `from`, `to`, and the table has no `→` column."""

import csv
import io

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"
REPORT = ["--outlet", "Reuters", "--url", "https://reuters.com/de", "--published", "2025-10-02"]


def test_a_move_has_its_date_quote_and_source(seeded: Tracker) -> None:
    first = seeded.add(
        "Germany",
        "committed",
        "2025-10-01",
        *REPORT,
        "--quote",
        "Germany will send troops.",
        "--speaker",
        "Boris Pistorius",
        topic=TOPIC,
    )
    (row,) = seeded.json("diff", "2025-09-30", "2025-10-02", "--topic", TOPIC)
    assert {k: row[k] for k in ("country", "from", "to", "date", "to_event")} == {
        "country": "DE",
        "from": "undecided",
        "to": "committed",
        "date": "2025-10-01",
        "to_event": first,
    }
    assert row["quote"] == "Germany will send troops." and row["speaker"] == "Boris Pistorius"
    assert (row["outlet"], row["url"], row["published"]) == (
        "Reuters",
        "https://reuters.com/de",
        "2025-10-02",
    )
    table = seeded.ok("diff", "2025-09-30", "2025-10-02").stdout
    assert "→" not in table and "change" not in table
    assert "2025-10-01" in table and "Germany will send troops." in table and "Reuters" in table
    header = next(
        csv.reader(
            io.StringIO(seeded.ok("diff", "2025-09-30", "2025-10-02", "--format", "csv").stdout)
        )
    )
    assert {"country", "from", "to", "date", "quote", "outlet", "url"} <= set(header)


def test_a_reaffirmed_move_keeps_its_date_and_known_at_sees_the_quote_as_it_was(
    seeded: Tracker,
) -> None:
    seeded.add("Germany", "committed", "2025-10-01", *REPORT, "--quote", "First.", topic=TOPIC)
    later = seeded.add(
        "Germany",
        "committed",
        "2025-10-05",
        "--outlet",
        "AFP",
        "--url",
        "https://afp.com/de",
        "--quote",
        "Again.",
        topic=TOPIC,
    )
    (row,) = seeded.json("diff", "2025-09-30", "2025-10-06")
    # The move happened on the 1st; the statement deciding the 6th's stance is the later one.
    assert (row["date"], row["to_event"], row["quote"], row["outlet"]) == (
        "2025-10-01",
        later,
        "Again.",
        "AFP",
    )
    known = seeded.json("events")[-1]["recorded_at"]
    seeded.ok("correct", later, "--reason", "misquoted", "--quote", "Once more.")
    (now,) = seeded.json("diff", "2025-09-30", "2025-10-06")
    (then,) = seeded.json("diff", "2025-09-30", "2025-10-06", "--known-at", known)
    assert now["quote"] == "Once more." and then["quote"] == "Again."
