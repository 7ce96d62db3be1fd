"""The HTML report: self-contained, escaped, and telling who moved when (issues 6 and 13)."""

import json
import re
from pathlib import Path

from tests.conftest import Tracker

TOPIC = "t"


def write_report(t: Tracker, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "report.html"
    t.ok("report", "-o", str(path), *args)
    return path.read_text(encoding="utf-8")


def section(html: str, element_id: str) -> str:
    """The markup from the element with `element_id` to the end of its table or section."""
    start = html.index(f'id="{element_id}"')
    ends = [html.find(end, start) for end in ("</table>", "</section>")]
    return html[start : min(e for e in ends if e >= 0)]


def rows(table: str) -> list[str]:
    """The body rows of a table, tags stripped, whitespace squeezed."""
    body = table.split("<tbody>", 1)[1]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def moves_tracker(t: Tracker) -> Tracker:
    """France moves once, Germany twice, Italy repeats itself (no move)."""
    t.add("FR", "considering", "2025-06", "--approximate", "--outlet", "Le Monde")
    t.add("FR", "committed", "2026-01-08", "--outlet", "Le Monde", "--quote", "Paris is in.")
    t.add("DE", "undecided", "2025-09-04")
    t.add("DE", "conditional", "2025-10-14", "--condition", "not in Ukraine", "--outlet", "FAZ")
    t.add("DE", "committed", "2026-01-06", "--speaker", "Friedrich Merz", "--quote", "We send.")
    t.add("IT", "declined", "2025-09-04")
    t.add("IT", "declined", "2025-11-20")
    return t


def test_seed_report_has_a_lane_per_country_and_no_moves(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path)
    assert html.count('class="lane"') == 23
    assert 'id="counts"' in html and 'id="stance-table"' in html and 'id="legend"' in html
    # The seed states each country's position once: first positions, not moves.
    assert rows(section(html, "changes")) == ["No country changed its stance."]
    first = section(html, "first-heard")
    assert "2025-09-04</b> (21)" in first and "about 2025-06</b> (2)" in first
    assert "disputed" in section(html, "stance-table")  # Lithuania's two statements


def test_change_log_lists_every_move_newest_first(tracker: Tracker, tmp_path: Path) -> None:
    html = write_report(moves_tracker(tracker), tmp_path)
    log = rows(section(html, "changes"))
    assert [row.split(" ")[:2] for row in log] == [
        ["2026-01-08", "France"],
        ["2026-01-06", "Germany"],
        ["2025-10-14", "Germany"],
    ]
    assert "considering → committed" in log[0] and "Paris is in. — Le Monde" in log[0]
    assert "conditional → committed" in log[1] and "Friedrich Merz: We send." in log[1]
    assert "undecided → conditional" in log[2] and "Conditions: not in Ukraine" in log[2]
    assert "Italy" not in " ".join(log)


def test_from_and_to_narrow_the_change_log_both_ends_included(
    tracker: Tracker, tmp_path: Path
) -> None:
    moves_tracker(tracker)
    since_january = rows(
        section(write_report(tracker, tmp_path, "--from", "2026-01-06"), "changes")
    )
    assert [row.split(" ")[:2] for row in since_january] == [
        ["2026-01-08", "France"],
        ["2026-01-06", "Germany"],
    ]
    html = write_report(tracker, tmp_path, "--from", "2025-10-14", "--to", "2025-12-31")
    assert [row.split(" ")[:2] for row in rows(section(html, "changes"))] == [
        ["2025-10-14", "Germany"]
    ]
    # --to also dates the stance table and ends the time axis.
    assert "Stances on 2025-12-31" in html
    assert 'data-axis-start="2025-10-14" data-axis-end="2025-12-31"' in html
    table = rows(section(html, "stance-table"))
    assert [row.split(" ")[:2] for row in table] == [
        ["France", "(FR)"],
        ["Germany", "(DE)"],
        ["Italy", "(IT)"],
    ]
    assert "considering" in table[0] and "conditional" in table[1]


def test_time_axis_ends_shortly_after_the_last_statement(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path)
    # The seed's statements run from 2025-06 to 2025-09-04: a week either side, not today.
    assert 'data-axis-start="2025-05-25" data-axis-end="2025-09-11"' in html
    labels = re.findall(r"<text [^>]*>([^<]+)</text>", section(html, "swimlanes"))
    assert labels[:4] == ["Jun 2025", "Jul", "Aug", "Sep"]


def test_close_dates_share_one_month_axis_instead_of_a_label_each(
    tracker: Tracker, tmp_path: Path
) -> None:
    html = write_report(moves_tracker(tracker), tmp_path)
    counts = section(html, "counts")
    labels = re.findall(r"<text [^>]*>([^<]+)</text>", counts)
    assert "2026-01-06" not in labels and "2026-01-08" not in labels
    assert "Jan 2026" in labels
    # Both close dates still start their own column, readable in its tooltip.
    assert "2026-01-06 to 2026-01-08" in counts


def test_everything_a_statement_says_is_in_its_tooltip_and_country_section(
    tracker: Tracker, tmp_path: Path
) -> None:
    record = {
        "type": "statement",
        "topic": TOPIC,
        "country": "TR",
        "stance": "conditional",
        "date": "2025-11-20",
        "contributions": ["sea", "logistics"],
        "troops": {"min": 500, "max": 800, "text": "several hundred sailors"},
        "conditions": ["a ceasefire agreement", "a UN mandate"],
        "speaker": "Hakan Fidan",
        "note": "Said at a press conference.",
        "sources": [
            {
                "outlet": "Hürriyet",
                "url": "https://example.org/tr/1",
                "published": "2025-11-20",
                "quote": "We could clear mines.",
            },
            {"outlet": "Reuters", "url": "https://example.org/tr/2", "quote": "Ankara agrees."},
        ],
    }
    tracker.ok("import", "-", input=json.dumps(record) + "\n")
    html = write_report(tracker, tmp_path)
    lane = section(html, "lane-TR")
    assert 'href="#c-TR"' in lane  # the lane's name links to the country section
    marker = re.search(r'<a href="#s-([0-9a-f-]+)"><circle[^>]*><title>(.*?)</title>', lane, re.S)
    assert marker is not None
    tooltip = marker.group(2)
    for text in (
        "2025-11-20 · conditional · Hakan Fidan",
        "Contributions: sea, logistics",
        "Troops: 500–800 “several hundred sailors”",
        "Conditions: a ceasefire agreement; a UN mandate",
        "“We could clear mines.”",
        "— Hürriyet, 2025-11-20, https://example.org/tr/1",
        "“Ankara agrees.”",
        "— Reuters, https://example.org/tr/2",
        "Note: Said at a press conference.",
    ):
        assert text in tooltip, text
    country = section(html, "c-TR")
    assert f'id="s-{marker.group(1)}"' in country
    for text in (
        "Hakan Fidan",
        "sea, logistics",
        "500–800",
        "several hundred sailors",
        "a ceasefire agreement; a UN mandate",
        "Said at a press conference.",
        "We could clear mines.",
        'href="https://example.org/tr/2"',
        "Ankara agrees.",
    ):
        assert text in country, text
    table = rows(section(html, "stance-table"))[0]
    assert "500–800 several hundred sailors" in table
    assert "a ceasefire agreement; a UN mandate" in table


def test_corrected_and_retracted_statements_in_the_country_section(
    tracker: Tracker, tmp_path: Path
) -> None:
    kept = tracker.add("GR", "declined", "2025-09-04")
    wrong = tracker.add("GR", "committed", "2026-01-06", "--quote", "A frigate, a report says.")
    tracker.ok("retract", wrong, "--reason", "the outlet withdrew the report")
    tracker.ok("correct", kept, "--reason", "typo", "--date", "2025-09-05")
    html = write_report(tracker, tmp_path)
    country = section(html, "c-GR")
    assert 'class="statement retracted"' in country and "A frigate" in country
    assert '<span class="status">corrected</span>' in country and "2025-09-05" in country
    # The retracted statement moves nothing and draws no marker.
    assert rows(section(html, "changes")) == ["No country changed its stance."]
    assert f"#s-{wrong}" not in section(html, "swimlanes")


def test_report_is_self_contained(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path)
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", html)
    assert not re.search(r"""(src|@import|url\()\s*=?\s*["']?https?:""", html)
    assert "@font-face" not in html and "@media print" in html


def test_text_from_events_is_escaped(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add(
        "FR",
        "committed",
        "2025-01-01",
        "--quote",
        "<script>alert(1)</script>",
        "--speaker",
        '"><img src=x onerror=alert(2)>',
        "--condition",
        "<b>only</b> with a backstop",
        "--troops-text",
        "</title><script>alert(3)</script>",
    )
    html = write_report(tracker, tmp_path)
    assert "<script>" not in html and "<img" not in html and "<b>only" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/title&gt;&lt;script&gt;alert(3)" in html


def test_report_known_at_before_anything_is_empty(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path, "--known-at", "2025-09-01")
    assert 'class="lane"' not in html
    assert rows(section(html, "changes")) == ["No country changed its stance."]


def test_from_after_to_is_an_error(seeded: Tracker, tmp_path: Path) -> None:
    result = seeded.fails(
        "report", "-o", str(tmp_path / "r.html"), "--from", "2026-01-02", "--to", "2026-01-01"
    )
    assert "Error: --from 2026-01-02 is after --to 2026-01-01" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_unwritable_output_is_an_error_line(seeded: Tracker, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "r.html"
    result = seeded.fails("report", "-o", str(target))
    assert f"Error: cannot write {target}: no such folder" in result.stderr
    assert not target.parent.exists()


def test_two_topics_need_one_chosen(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add("FR", "committed", "2025-01-01")
    tracker.add("FR", "declined", "2025-01-01", "--new-topic", topic="other")
    result = tracker.fails("report", "-o", str(tmp_path / "r.html"))
    assert "pass --topic" in result.stderr
    html = write_report(tracker, tmp_path, "--topic", "other")
    assert html.count('class="lane"') == 1 and "declined" in section(html, "lane-FR")


def test_a_statement_deployment_is_shown_once_statements_carry_one() -> None:
    # SPEC §6's optional `deployment`: the report shows it whenever a view has one.
    from tracker.domain.projection import StatementView
    from tracker.report.build import statement_detail

    class Deployed(StatementView):
        pass

    view = Deployed(
        event_id="e1", seq=1, topic=TOPIC, country="DE", stance="conditional", date="2025-10-14"
    )
    object.__setattr__(view, "deployment", "neighbouring")
    detail = statement_detail(view)
    assert detail["deployment"] == "neighbouring"
    assert "Deployment: neighbouring" in detail["tooltip"].splitlines()


def test_richer_example_tells_its_moves_with_corrections_applied(
    tracker: Tracker, tmp_path: Path
) -> None:
    from tests.report.example import build_richer_example

    build_richer_example(lambda *args, input=None: tracker.ok(*args, input=input).stdout)
    html = write_report(tracker, tmp_path)
    assert html.count('class="lane"') == 33
    log = rows(section(html, "changes"))
    assert len(log) == 14
    assert [row.split(" ")[0] for row in log[:4]] == ["2026-02-12"] * 4
    # Corrected: Romania only considers it, Spain moved a day earlier; Greece's retracted
    # report moves nothing.
    assert any(r.startswith("2026-01-08 Romania declined → considering") for r in log)
    assert any(r.startswith("2025-11-19 Spain considering → skeptical") for r in log)
    assert not any("Greece" in r for r in log)
    assert "about 2025-11</b> (1)" in section(html, "first-heard")
