"""`tracker draft` (SPEC §6): a sheet proposed from an article's text, offline.

Quality is measured on the project's own articles under `articles/`, all of which the
drafter has now been tuned on: `dev/` (and the seed); `dev2/`, written for the fourth
round in styles the other sets lacked (a press-conference transcript, Dutch and Polish
machine translation, an Asia-Pacific roundup, a bullet-list explainer, a hedged analysis
with capitals and titles as subjects; then, in batches each measured once before any
change for it: a timeline, an interview, a factbox, a status tracker, newsletters, live
blogs, readers' letters and Q&As, wire copy from AP, AFP, Reuters, dpa, DW, Kyodo,
Bloomberg and Agence Europe, and machine translation from French, German, Spanish,
Italian, Swedish, Czech, Romanian, Greek and Polish); and the three former held-out sets,
`heldout/`, `heldout2/` and `heldout3/`, each measured once on code not tuned on it (the
figures are beside `FORMER_HELD_OUT`) and tuned on in the fourth round. Each
`*.expected.yaml` is the expert coding: country -> stance (a list where the text gives
two), and the countries only mentioned.

`heldout4/` is held out: eight articles (wire copy, a numbered explainer, Polish machine
translation, a press conference, a hedged analysis, a live blog, an Asia-Pacific roundup,
a venue brief) written and committed by someone who had not read the drafting code,
before the fourth round, and never tuned on. Measured on the code before the fourth
round: 57/69 proposed, 45/57 right stance, 0/58 proposals without a position; measured
once after it (the figures asserted below): 64/69 = 93%, 50/64 = 78%, 2/68 = 2.9%.
"""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker
from tracker.countries import resolve_country
from tracker.domain.events import event_from_dict
from tracker.formats.sheet import expand_sheet
from tracker.intake.article import read_article
from tracker.intake.dating import find_date
from tracker.intake.draft import draft_article, draft_records, render_sheet
from tracker.intake.reading import find_troops

HERE = Path(__file__).parent / "articles"
ROOT = Path(__file__).resolve().parents[2]
# A copy of the seed article (`../shared/seeds/000_2404c4d8a3720408.txt`), as it is.
SEED_TEXT = HERE / "seed" / "stern_2025-09-04_paris.txt"
SEED_EVENTS = ROOT / "seeds" / "000_stern_2025-09-04_paris.jsonl"
DEV = sorted((HERE / "dev").glob("*.txt"))
DEV_2 = sorted((HERE / "dev2").glob("*.txt"))
# Held out when first measured, tuned on since (the fourth round).
FORMER_HELD_OUT_1 = sorted((HERE / "heldout").glob("*.txt"))
FORMER_HELD_OUT_2 = sorted((HERE / "heldout2").glob("*.txt"))
FORMER_HELD_OUT_3 = sorted((HERE / "heldout3").glob("*.txt"))
FORMER_HELD_OUT = FORMER_HELD_OUT_1 + FORMER_HELD_OUT_2 + FORMER_HELD_OUT_3
TUNED_ON = DEV + DEV_2 + FORMER_HELD_OUT
HELD_OUT_4 = sorted((HERE / "heldout4").glob("*.txt"))  # never tuned on
# Measured while held out, before the fourth round (proposed of positioned, right stance
# of proposed, proposals without a position), as in the README: set 1 28/28, 27/28, 1/29;
# set 2 11/18, 10/11, 0/12; set 3 34/55, 31/34, 0/35 (all three 73/101 = 72%, 68/73,
# 1/76). Dev set 2, measured before the fourth round changed the code: 37/47, 35/37, 0/37;
# its second batch (a timeline, French translation, AP wire), written during the round and
# measured once before any change for it: 16/28, 15/16, 0/16; its third batch (German and
# Spanish translation, an op-ed), likewise: 18/27, 14/18, 0/18; its fourth (a factbox with
# capitalised headings, an interview, Swedish translation): 10/18, 8/10, 0/10; its fifth
# (Kyodo wire, Czech translation): 6/10, 4/6, 1/7; its sixth (AFP wire, a numbered
# explainer): 14/24, 13/14, 0/14; its seventh (dpa wire, an analysis): 15/19, 6/15, 0/15;
# its eighth (a summit live blog, Italian translation): 6/12, 1/6, 0/6; its ninth (a
# newsletter, Romanian translation): 7/14, 6/7, 0/7; its tenth (a yes/no/maybe explainer,
# a Reuters exclusive): 13/16, 11/13, 0/13; its eleventh (a conference report, long list
# sentences): 7/24, 7/7, 0/7; its twelfth (Greek translation, a readers' letter): 9/10,
# 7/9, 0/9; its thirteenth (a status tracker, a radio-interview report): 3/7, 3/3, 0/3; its
# fourteenth (Agence Europe, Polish translation): 6/9, 4/6, 0/6; its fifteenth (a Bloomberg
# markets story, a readers' Q&A): 8/14, 4/8, 0/8; its sixteenth (DW wire from a Baltic
# summit): 6/6, 6/6, 0/6; its seventeenth (Canadian Press wire, Dutch translation): 6/8,
# 4/6, 0/6.


def sheet_stances(sheet: dict[str, Any]) -> dict[str, str]:
    """Country -> stance of a drafted sheet, an entry naming several countries expanded."""
    stances = {}
    for entry in sheet["statements"]:
        countries = entry["country"] if isinstance(entry["country"], list) else [entry["country"]]
        stances.update(dict.fromkeys(countries, entry["stance"]))
    return stances


def seed_text() -> str:
    """The seed article's plain text (no header lines)."""
    return SEED_TEXT.read_text(encoding="utf-8")


@dataclass
class Score:
    """How a draft compares with the expert coding."""

    positioned: int = 0  # countries the expert gives a position
    proposed: int = 0  # of those, countries the draft proposes
    right: int = 0  # of those, with exactly the expert's stance(s)
    proposals: int = 0
    unpositioned: int = 0  # proposals naming a country the expert gives no position

    def add(self, other: "Score") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def __str__(self) -> str:
        return (
            f"proposed {self.proposed}/{self.positioned}, right stance {self.right}/"
            f"{self.proposed}, proposals without a position {self.unpositioned}/{self.proposals}"
        )


def expected_of(path: Path) -> dict[str, set[str]]:
    coding = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    return {
        resolve_country(name).code: set(stance if isinstance(stance, list) else [stance])
        for name, stance in coding["positions"].items()
    }


def score(text: str, expected: dict[str, set[str]]) -> Score:
    drafted = draft_article(read_article(text))
    got: dict[str, set[str]] = {}
    for proposal in drafted.proposals:
        got.setdefault(proposal.code, set()).add(proposal.stance)
    found = [code for code in expected if code in got]
    return Score(
        positioned=len(expected),
        proposed=len(found),
        right=sum(got[code] == expected[code] for code in found),
        proposals=len(drafted.proposals),
        unpositioned=sum(p.code not in expected for p in drafted.proposals),
    )


def total(paths: list[Path]) -> Score:
    result = Score()
    for path in paths:
        result.add(score(path.read_text(encoding="utf-8"), expected_of(path)))
    return result


def test_the_test_sets_are_what_the_readme_says() -> None:
    assert len(DEV) >= 13 and len(DEV_2) >= 40 and len(FORMER_HELD_OUT_1) >= 5
    assert len(FORMER_HELD_OUT_2) >= 3 and len(FORMER_HELD_OUT_3) >= 6
    assert all(p.with_suffix(".expected.yaml").is_file() for p in TUNED_ON)


def test_on_the_seed_at_least_20_of_23_countries_get_the_seeds_stance() -> None:
    expected: dict[str, set[str]] = {}
    for line in SEED_EVENTS.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        expected.setdefault(event["country"], set()).add(event["stance"])
    result = score(seed_text(), expected)
    assert result.positioned == 23
    assert result.right >= 20, str(result)


def assert_targets(result: Score) -> None:
    """>= 90% of positioned countries proposed, >= 75% of those with the expert's stance,
    < 10% of proposals naming a country the text gives no position."""
    assert result.proposed >= 0.9 * result.positioned, str(result)
    assert result.right >= 0.75 * result.proposed, str(result)
    assert result.unpositioned < 0.1 * result.proposals, str(result)


def test_on_held_out_set_4_the_targets_are_met() -> None:
    """Articles the drafter was never tuned on: >= 90% of the positioned countries
    proposed, >= 75% of those with the expert's stance, < 10% proposals without one."""
    assert len(HELD_OUT_4) == 8
    result = total(HELD_OUT_4)
    assert result.positioned == 69, str(result)
    assert_targets(result)
    # and no lower than measured once, so that a later change that loses ground fails
    assert result.proposed >= 64 and result.right >= 50 and result.unpositioned <= 2


def test_on_every_article_tuned_on_the_targets_are_met() -> None:
    """Dev, dev set 2 and the three former held-out sets together."""
    assert_targets(total(TUNED_ON))


@pytest.mark.parametrize(
    ("paths", "proposed", "right"),
    [
        (DEV, 107, 106),
        (DEV_2, 287, 279),
        (FORMER_HELD_OUT_1, 28, 28),
        (FORMER_HELD_OUT_2, 18, 17),
        (FORMER_HELD_OUT_3, 55, 54),
    ],
    ids=["dev", "dev2", "heldout", "heldout2", "heldout3"],
)
def test_no_set_falls_below_the_figures_measured(
    paths: list[Path], proposed: int, right: int
) -> None:
    """A floor at the figures measured after the fourth round, per set, so that a change
    that makes the drafter worse on one style of article fails even where the totals
    still meet the targets."""
    result = total(paths)
    assert result.proposed >= proposed and result.right >= right, str(result)
    assert result.unpositioned <= 1, str(result)


@pytest.mark.parametrize(
    "path",
    [SEED_TEXT, *TUNED_ON, *HELD_OUT_4],
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_every_draft_imports_as_it_is(
    tracker: Tracker, tmp_path: Path, path: Path, fmt: str
) -> None:
    sheet = tmp_path / f"draft.{fmt}"
    tracker.ok("draft", str(path), "--topic", "t", "--format", fmt, "-o", str(sheet))
    result = tracker.ok("import", "--dry-run", str(sheet))
    assert "would import" in result.stderr
    assert tracker.json("events") == []


def test_the_seed_draft_imports_and_reads_dates_troops_and_speakers(
    tracker: Tracker, tmp_path: Path
) -> None:
    article = tmp_path / "seed.txt"
    article.write_text(seed_text(), encoding="utf-8")
    sheet = tmp_path / "sheet.yaml"
    result = tracker.ok(
        "draft",
        str(article),
        "--topic",
        "ukraine-reassurance-force",
        "--outlet",
        "Stern",
        "--published",
        "2025-09-05",
        "-o",
        str(sheet),
    )
    assert "Drafted 24 statements" in result.stderr
    text = sheet.read_text(encoding="utf-8")
    # one entry for the countries one sentence gives one position (issue 20, item 8)
    assert text.count("# why: cues") == 10
    assert "- country: [Greece, Slovakia, Italy, Cyprus, Poland, Austria, Romania, Slovenia" in text
    assert "# Mentioned without a stated position (not proposed): Ukraine" in text
    tracker.ok("import", str(sheet))
    rows = {row["country"]: row for row in tracker.json("stance")}
    assert rows["LT"]["disputed"] is True and rows["LT"]["statements"] == 2
    assert rows["ES"]["since"] == "2025-06"
    assert rows["FR"]["troops"] == {"min": 1000, "max": None, "text": "some thousand soldiers"}
    assert set(rows["DE"]["contributions"]) == {"financing", "armament", "training"}
    (germany,) = tracker.json("timeline", "Germany")
    assert germany["speaker"] == "Friedrich Merz"
    assert germany["sources"][0]["outlet"] == "Stern"
    assert germany["sources"][0]["quote"].startswith("In Paris, 26 countries")
    (spain,) = tracker.json("timeline", "Spain")
    assert spain["approximate"] is True
    assert spain["sources"][0]["quote"] == (
        "Spain and Portugal indicated months ago that they could possibly participate in a "
        "peace mission."
    )


def test_header_lines_give_the_source_and_options_override_them(
    tracker: Tracker, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "title: Oslo pledges a frigate\noutlet: NRK\nurl: https://nrk.no/a\n"
        "published: 2025-10-10\n\nNorway pledged a frigate last week, its defence ministry said.\n",
        encoding="utf-8",
    )
    sheet = yaml.safe_load(tracker.ok("draft", str(article), "--outlet", "Reuters").stdout)
    assert sheet["article"] == {
        "outlet": "Reuters",
        "url": "https://nrk.no/a",
        "title": "Oslo pledges a frigate",
        "published": "2025-10-10",
    }
    (entry,) = sheet["statements"]
    assert entry["country"] == "Norway" and entry["stance"] == "committed"
    assert entry["date"] == "2025-10-03" and entry["approximate"] is True
    assert entry["contributions"] == ["sea"]


def test_standard_input_and_jsonl_records(tracker: Tracker) -> None:
    result = tracker.ok(
        "draft",
        "-",
        "--format",
        "jsonl",
        "--published",
        "2025-10-22",
        "--topic",
        "t",
        input="Slovenia and Croatia ruled out sending soldiers.\n",
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["country"], r["stance"], r["date"], r["topic"]) for r in records] == [
        ("Slovenia", "declined", "2025-10-22", "t"),
        ("Croatia", "declined", "2025-10-22", "t"),
    ]
    assert records[0]["sources"] == [
        {"published": "2025-10-22", "quote": "Slovenia and Croatia ruled out sending soldiers."}
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops will not be sent by Poland, which offered its ports.", [("Poland", "declined")]),
        (
            "Neither Ireland nor Austria will send troops.",
            [("Ireland", "declined"), ("Austria", "declined")],
        ),
        ("Slovenia is not ready to send troops.", [("Slovenia", "declined")]),
        ("Danish soldiers will take part in the first rotation.", [("Denmark", "committed")]),
        ("Officers will train Ukrainian soldiers in Poland.", []),
        ("For Belgium, ground forces are out of the question.", [("Belgium", "declined")]),
        ("Croatia is weighing whether to send a helicopter unit.", [("Croatia", "considering")]),
        (
            "Spain does not discard participating, though it is premature.",
            [("Spain", "considering")],
        ),
        (
            "Berlin was prepared to help with training but had yet to decide on troops.",
            [("Germany", "committed")],
        ),
        ("Norway\nThe government has promised a frigate.", [("Norway", "committed")]),
        (
            "The Canadian prime minister met allies in Paris. He said Canada would send a battlegroup.",
            [("Canada", "committed")],
        ),
        ("Bulgaria turned down the request for a company.", [("Bulgaria", "declined")]),
        ("Greece's participation is conditional on a UN mandate.", [("Greece", "conditional")]),
        (
            "Hungary and Slovakia rejected the mission outright.",
            [("Hungary", "opposed"), ("Slovakia", "opposed")],
        ),
        (
            "Consider Belgium. Its government has said little. It has not ruled out sending soldiers.",
            [("Belgium", "considering")],
        ),
        (
            "Poland's position has not changed. We will not send Polish soldiers to Ukraine.",
            [("Poland", "declined")],
        ),
        (
            "Q: Is Germany on board?\nA: Berlin says it is too early to talk about troops.",
            [("Germany", "skeptical")],
        ),
        (
            "In Vilnius, officials said Lithuania had yet to decide on a deployment.",
            [("Lithuania", "undecided")],
        ),
        (
            "Asked about Austria, a spokesperson in Vienna said the country's neutrality did not "
            "allow the deployment of soldiers.",
            [("Austria", "declined")],
        ),
        ("At the meeting in Berlin, Denmark pledged 200 troops.", [("Denmark", "committed")]),
        (
            "Poland and Romania will host the force rather than send troops into Ukraine, and "
            "Italy, Greece and Bulgaria say their soldiers will stay at home.",
            [
                ("Poland", "declined"),
                ("Romania", "declined"),
                ("Italy", "declined"),
                ("Greece", "declined"),
                ("Bulgaria", "declined"),
            ],
        ),
        (
            "France, Britain, the Baltic trio of Estonia and Latvia, as well as Denmark have said "
            "they would put soldiers on the ground.",
            [
                ("France", "committed"),
                ("United Kingdom", "committed"),
                ("Estonia", "committed"),
                ("Latvia", "committed"),
                ("Denmark", "committed"),
            ],
        ),
        (
            "Moldova, which borders Ukraine, has said it cannot take part.",
            [("Moldova", "declined")],
        ),
        (
            "Finland will send engineers, and so will Estonia. Italy refuses; Greece too.",
            [
                ("Finland", "committed"),
                ("Estonia", "committed"),
                ("Italy", "declined"),
                ("Greece", "declined"),
            ],
        ),
        (
            "• Sweden: open to sending a battalion.\n• Czech Republic: the new government calls "
            "a deployment premature.\n• Turkey: could secure the Black Sea, if Moscow agrees.",
            [("Sweden", "considering"), ("Czechia", "skeptical"), ("Türkiye", "conditional")],
        ),
        (
            "Italy will not send soldiers. Nevertheless, Italy is available to train Ukrainian pilots.",
            [("Italy", "declined")],
        ),
        ("The summit in Rome was attended by Germany, France and Poland.", []),
        ("Leaders met in Paris. Several countries said they were ready to send troops.", []),
    ],
)
def test_phrasings_editors_meet_are_read(
    tracker: Tracker, text: str, expected: list[tuple[str, str]]
) -> None:
    """Passives, "neither ... nor", negated offers, forces as subjects, headings, questions
    and pronouns that go on about a country, lists in long sentences, "so will Estonia",
    bullets, a refusal that helps otherwise: each drafts the stance an editor would choose;
    a venue or a crowd of unnamed countries drafts nothing."""
    sheet = yaml.safe_load(tracker.ok("draft", "-", "--published", "2026-01-10", input=text).stdout)
    assert [
        (country, entry["stance"])
        for entry in sheet["statements"]
        for country in (
            entry["country"] if isinstance(entry["country"], list) else [entry["country"]]
        )
    ] == expected


def test_countries_only_mentioned_are_listed_never_proposed(tracker: Tracker) -> None:
    text = "Leaders met in Rome. Talks on Ukraine continue in Berlin and London next month.\n"
    result = tracker.ok("draft", "-", input=text)
    sheet = yaml.safe_load(result.stdout)
    assert sheet["statements"] == []
    assert (
        "Mentioned without a stated position (not proposed): Italy, Ukraine, Germany, United Kingdom"
        in result.stdout
    )


def test_bad_input_is_one_error_line(tracker: Tracker, tmp_path: Path) -> None:
    assert "no such file" in tracker.fails("draft", str(tmp_path / "missing.txt")).stderr
    assert "future" in tracker.fails("draft", "-", "--published", "2999-01-01", input="x").stderr
    assert "invalid date" in tracker.fails("draft", "-", "--published", "soon", input="x").stderr


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Spain said months ago it could help", ("2025-06", True)),
        ("Norway pledged a frigate last week", ("2025-08-29", True)),
        ("said on Tuesday", ("2025-09-02", False)),
        ("said on Friday", ("2025-09-05", False)),
        ("announced last month", ("2025-08", False)),
        ("said in June", ("2025-06", False)),
        ("said in November", ("2024-11", False)),
    ],
)
def test_relative_dates_are_resolved_against_the_published_date(
    words: str, expected: tuple[str, bool]
) -> None:
    found = find_date(words, date(2025, 9, 5))  # a Friday
    assert found is not None and found[:2] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a contingent of 400 to 600 troops", {"min": 400, "max": 600}),
        ("up to 10,000 troops", {"min": None, "max": 10000}),
        ("some thousand soldiers", {"min": 1000, "max": None}),
        ("a hundred soldiers", {"min": 100, "max": 100}),
        ("at least 2,500 soldiers", {"min": 2500, "max": None}),
        ("three thousand troops", {"min": 3000, "max": 3000}),
        ("up to five thousand soldiers", {"min": None, "max": 5000}),
        ("between two and three thousand troops", {"min": 2000, "max": 3000}),
        ("forty-five soldiers", {"min": 45, "max": 45}),
    ],
)
def test_troop_figures_keep_the_articles_words(words: str, expected: dict[str, int]) -> None:
    troops = find_troops(words)
    assert troops is not None
    assert {k: troops[k] for k in ("min", "max")} == expected
    assert troops["text"] in words


_PIECES = [
    "France", "Germany", "the United States", "Lithuania", "Berlin", "Moscow", "the Czechs",
    "The Italian government", "Denmark, Estonia and Lithuania", "Macron", "said", "will send",
    "ruled out", "could", "only if", "premature", "cautious", "not", "promised", "a promise from",
    "1,000", "400 to 600 troops", "up to 5,000 soldiers", "some thousand soldiers",
    "months ago", "last week", "on Tuesday", "in December", "air", "naval", "training",
    "money", "demining", ".", ",", "?", "“", "”", "\n", "\n\n", ":", "-", "(SPD)",
    "Chancellor Friedrich Merz", "2031", "title: x", "published: 2025-09-05",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=40),
    published=st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2025, 12, 31))),
)
def test_any_text_drafts_into_records_that_validate(
    pieces: list[str], published: date | None
) -> None:
    """Whatever the text, every proposed record is a valid statement (a draft imports)."""
    text = " ".join(pieces)
    given_date = published.isoformat() if published else None
    drafted = draft_article(read_article(text, published=given_date))
    sheet = yaml.safe_load(render_sheet(drafted, "t"))
    from_sheet = [record for _, record in expand_sheet(sheet, "draft.yaml")]
    records = draft_records(drafted, "t")
    assert len(from_sheet) == len(records) == len(drafted.proposals)
    for record in [*records, *from_sheet]:
        assert isinstance(record, dict), record
        event_from_dict(
            {
                **record,
                "event_id": "6f62bb48-a06b-43dc-9601-b28fa0877a08",
                "recorded_at": "2025-12-31T00:00:00Z",
                "recorded_by": "test",
            }
        )


def test_the_draft_never_overwrites_the_database_or_the_article(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France will send troops.\n", encoding="utf-8")
    before = Path(sqlite_tracker.db).read_bytes()
    for target in (sqlite_tracker.db, f"{sqlite_tracker.db}-wal"):
        assert "database" in sqlite_tracker.fails("draft", str(article), "-o", target).stderr
    result = sqlite_tracker.fails("draft", str(article), "-o", str(article))
    assert "write the draft elsewhere" in result.stderr
    assert Path(sqlite_tracker.db).read_bytes() == before
    assert article.read_text(encoding="utf-8") == "France will send troops.\n"
    assert "cannot write" in sqlite_tracker.fails("draft", str(article), "-o", str(tmp_path)).stderr


def test_every_code_in_the_lexicon_is_one_the_resolver_accepts() -> None:
    from tracker.intake import lexicon

    tables = (lexicon.DEMONYMS, lexicon.PEOPLES, lexicon.SEATS, lexicon.PLACES)
    codes = {code for table in tables for code in table.values()}
    assert {code: resolve_country(code).code for code in codes} == {code: code for code in codes}


RECOGNITION_TEXT = (
    "The United Kingdom, Canada, and Australia have officially recognized the state of "
    "Palestine. France announced on Monday that it recognises Palestine.\n"
    "Germany and Italy, however, have no plans to follow suit.\n"
    "Belgium is considering recognising a Palestinian state, its foreign minister said. "
    "The United States opposes recognition. Portugal will recognise the State of Palestine "
    "on Sunday, the government said. Spain has not recognised Palestine.\n"
)


def test_a_pledge_that_is_not_about_troops_drafts_from_its_title_alone() -> None:
    """Issue 20: the stance grammar is the same for every pledge; the pledge's words
    (recognise, recognised, recognising, recognition) come from the topic's title, and
    the country the title names is never proposed."""
    from tracker.intake.pledge import Pledge

    drafted = draft_article(
        read_article(RECOGNITION_TEXT), pledge=Pledge("Recognition of the State of Palestine")
    )
    got = [(resolve_country(p.code).name, p.stance) for p in drafted.proposals]
    assert got == [
        ("United Kingdom", "committed"),
        ("Canada", "committed"),
        ("Australia", "committed"),
        ("France", "committed"),
        ("Germany", "declined"),
        ("Italy", "declined"),
        ("Belgium", "considering"),
        ("United States", "opposed"),
        ("Portugal", "committed"),
        ("Spain", "declined"),
    ]
    assert "PS" in drafted.mentioned
    # The troop pledge reads none of it as a position on troops.
    assert not [
        p for p in draft_article(read_article(RECOGNITION_TEXT)).proposals if p.code == "CA"
    ]


def test_draft_for_a_misspelt_topic_is_the_usual_unknown_topic_error(seeded: Tracker) -> None:
    """Issue 19 item 5: the same check `add` makes, with its suggestion."""
    result = seeded.fails(
        "draft", "-", "--topic", "ukraine-reasurance-force", input="Italy will not send troops.\n"
    )
    assert result.stderr.startswith("Error: unknown topic 'ukraine-reasurance-force'")
    assert "did you mean ukraine-reassurance-force" in result.stderr
    assert result.stdout == ""


def test_a_topic_created_with_only_a_title_drafts_its_pledge(seeded: Tracker) -> None:
    seeded.ok("topics", "add", "palestine", "--title", "Recognition of the State of Palestine")
    result = seeded.ok(
        "draft", "-", "--topic", "palestine", "--published", "2025-09-22", input=RECOGNITION_TEXT
    )
    sheet = yaml.safe_load(result.stdout)
    assert sheet["topic"] == "palestine"
    stances = sheet_stances(sheet)
    assert stances["Canada"] == "committed" and stances["Italy"] == "declined"
    assert "Warning:" not in result.stderr


def test_a_draft_without_a_publication_date_warns(tracker: Tracker) -> None:
    result = tracker.ok("draft", "-", input="Italy will not send troops.\n")
    assert "Warning: the article gives no publication date" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "King Abdullah has said Jordanian troops will not join.",
            [("Jordan", "declined")],
        ),
        (
            "Several countries, including Indonesia, Morocco and Kosovo, have pledged to "
            "contribute troops.",
            [("Indonesia", "committed"), ("Morocco", "committed"), ("Kosovo", "committed")],
        ),
        (
            "US officials say other countries, including Pakistan and Azerbaijan, have also "
            "shown interest in joining the mission.",
            [("Pakistan", "considering"), ("Azerbaijan", "considering")],
        ),
        (
            "Other than the UK and France, no other members have pledged to send soldiers.",
            [("United Kingdom", "committed"), ("France", "committed")],
        ),
        (
            "Türkiye has declared its willingness to send forces, even if Israel opposes such "
            "a move.",
            [("Türkiye", "committed")],
        ),
    ],
)
def test_actors_as_real_articles_name_them(text: str, expected: list[tuple[str, str]]) -> None:
    """Issue 20 items 2 and 4: demonyms before any noun, named members of a group,
    a reporting country is not the actor, a concession's country does not act."""
    drafted = draft_article(read_article(text))
    assert [(resolve_country(p.code).name, p.stance) for p in drafted.proposals] == expected


def test_dates_the_text_spells_out_date_their_statements() -> None:
    """Issue 20 item 6: an explicit date tied to the event dates it, whatever the page
    date; a page without a date takes the latest date the text spells out."""
    dated = draft_article(
        read_article("On 3 January 2026 Italy ruled out sending troops.", published="2026-01-20")
    )
    assert [p.date for p in dated.proposals] == ["2026-01-03"]
    undated = draft_article(
        read_article("Leaders met on January 6, 2026. France pledged troops on Tuesday.")
    )
    assert undated.default_date == "2026-01-06"
    assert [p.date for p in undated.proposals] == ["2026-01-06"]
    # "if necessary" is the plan's own precondition, not a condition of the offer
    (offer,) = draft_article(
        read_article("Britain is ready to send troops if necessary.")
    ).proposals
    assert offer.stance == "committed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several countries have stated that they will not send their troops under any "
            "circumstances. These include Poland and Italy.",
            [("Poland", "declined"), ("Italy", "declined")],
        ),
        ("Israel is firmly opposed to any involvement of Turkish troops.", []),
        ("Israel opposed Turkish participation in the mission.", []),
    ],
)
def test_lists_across_sentences_and_vetoes(text: str, expected: list[tuple[str, str]]) -> None:
    """Issue 20 items 3 and 4: countries named after a statement about unnamed ones take
    it; one country's veto of another's part is a stance of neither."""
    drafted = draft_article(read_article(text))
    assert [(resolve_country(p.code).name, p.stance) for p in drafted.proposals] == expected


def test_a_draft_with_no_proposal_says_why(tracker: Tracker) -> None:
    """Issue 20 item 9: the sentences that looked like positions, and what was missing."""
    result = tracker.ok(
        "draft",
        "-",
        "--published",
        "2025-09-01",
        input="The Netherlands discussed recognising Palestine with its troops in mind.\n",
    )
    assert "Drafted 0 statements" in result.stderr
    assert "sentence 1: 'The Netherlands discussed" in result.stderr
    assert "no stance word" in result.stderr


@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_saved_web_page_drafts_with_its_title_site_url_and_date(
    tracker: Tracker, from_stdin: bool
) -> None:
    """Issue 20 item 7: `draft page.html` and HTML on standard input (trafilatura)."""
    page = Path(__file__).parent / "pages" / "italy_rules_out.html"
    if from_stdin:
        result = tracker.ok("draft", "-", input=page.read_text(encoding="utf-8"))
    else:
        result = tracker.ok("draft", str(page))
    sheet = yaml.safe_load(result.stdout)
    assert sheet["article"] == {
        "outlet": "Example News",
        "url": "https://news.example.com/italy-troops",
        "title": "Italy rules out troops for Ukraine",
        "published": "2025-09-04",
    }
    stances = sheet_stances(sheet)
    assert stances == {
        "Italy": "declined",
        "France": "committed",
        "United Kingdom": "committed",
        "Germany": "skeptical",
        "Poland": "declined",
    }
    assert "<" not in result.stdout and "Warning:" not in result.stderr


def test_leaders_are_linked_to_their_country_from_the_article_itself() -> None:
    """Issue 20 item 2: no table of office holders; the article's own "French President
    Emmanuel Macron" or "Morocco's Foreign Minister Nasser Bourita" makes the surname
    speak for the country later on."""
    text = (
        "French President Emmanuel Macron met Morocco’s Foreign Minister Nasser Bourita.\n"
        "Macron said France would send troops. Bourita ruled out any deployment.\n"
        "Ndlovu, a former minister, said he was ready to send troops.\n"
    )
    drafted = draft_article(read_article(text))
    assert [(p.code, p.stance) for p in drafted.proposals] == [
        ("FR", "committed"),
        ("MA", "declined"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain has not yet publicly committed to sending troops.", [("ES", "undecided")]),
        ("Japan will offer not troops, but logistical support.", [("JP", "declined")]),
        (
            "The Kremlin has dismissed the plan. Washington is already ruling out sending troops.",
            [("RU", "opposed"), ("US", "declined")],
        ),
        (
            "Emmanuel Macron, Keir Starmer and Giorgia Meloni signed a declaration of intent. "
            "French President Emmanuel Macron spoke first. British Prime Minister Keir Starmer "
            "followed. Italian Prime Minister Giorgia Meloni did too.",
            [("FR", "committed"), ("GB", "committed"), ("IT", "committed")],
        ),
    ],
)
def test_polarity_seats_and_signatories(text: str, expected: list[tuple[str, str]]) -> None:
    """Issue 20 items 2 and 5: negation across an adverb, "not troops, but ...", a seat of
    government dismissing the plan, signatories known by name once the article links them."""
    drafted = draft_article(read_article(text))
    assert [(p.code, p.stance) for p in drafted.proposals] == expected
    if expected == [("JP", "declined")]:
        assert drafted.proposals[0].contributions == ["logistics"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia rejected the deployment of any Western troops. Russia says it is open to "
            "a dialogue with Washington.",
            [("RU", "opposed")],
        ),
        (
            "Lithuania's Defense Minister said any contribution would depend on Russia "
            "agreeing to a ceasefire.",
            [("LT", "considering")],
        ),
        (
            'Canada will send troops "if, and only if" there is a ceasefire in place and the '
            "United States provides a backstop.",
            [("CA", "conditional")],
        ),
    ],
)
def test_the_forces_precondition_and_a_dialogue_are_no_stance(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Issue 20 item 5: "open to a dialogue" is no second stance; a ceasefire alone, the
    whole force's precondition, makes no stance conditional; a backstop does."""
    drafted = draft_article(read_article(text))
    assert [(p.code, p.stance) for p in drafted.proposals] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Türkiye and its partners must first see US guarantees before sending their forces.",
        "It remains unclear whether America would provide a backstop to European troops.",
    ],
)
def test_a_country_as_a_verbs_object_or_in_a_question_takes_no_position(text: str) -> None:
    """Issue 20 item 4: "see US guarantees", "whether America would provide"."""
    assert [p.code for p in draft_article(read_article(text)).proposals] in ([], ["TR"])


def test_a_page_without_a_date_is_dated_by_its_address() -> None:
    """Issue 20 item 6: many saved pages carry no date but their URL does."""
    drafted = draft_article(
        read_article(
            "Italy ruled out sending troops on Monday.", url="https://x.example/2025/09/24/italy"
        )
    )
    assert drafted.default_date == "2025-09-24"
    assert [p.date for p in drafted.proposals] == ["2025-09-22"]


def test_a_date_the_article_recalls_from_history_does_not_date_it() -> None:
    """A spelt-out date before the latest year the article names is history."""
    drafted = draft_article(
        read_article(
            "Norway and Spain recognised Palestine in 2024. The PLO proclaimed a state on "
            "November 15, 1988. Algeria recognised it at once."
        )
    )
    assert drafted.default_date != "1988-11-15"
