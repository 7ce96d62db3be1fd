"""Drafting benchmark (issue 20): draft every article of a hand-coded corpus and score it.

    .venv/bin/python bench/draft.py /work/shared/corpus [bench/corpus/dev-extra ...]
    .venv/bin/python bench/draft.py --verbose CORPUS      # every proposal beside the gold

A corpus directory holds `articles/NNN_slug.txt` (header lines `title:`, `outlet:`, `url:`,
`published:` -- "unknown" where the page gives none -- a blank line, the text as stored) and
`gold/NNN_slug.json` (the format and scoring rules of /work/shared/corpus/README.md). The
topic the drafter is given comes from the corpus's `topics.json` (a list of {"slug", "title"
[, "pledges"]}); the shared corpus has none, so its two topics' titles are the defaults below.

Scores, per article, per topic and overall, exactly by the corpus README:
recall = coded countries proposed / coded countries (an optional statement counts only when
proposed); agreement (strict) = found countries all of whose proposed stances are the gold
stance or an accepted alternative / found; invented = proposed countries the gold does not
code, mentioned-only ones included / proposed countries; dates = found countries all of whose
proposed dates agree with a gold date (or alt date) to the month / found -- reported over all
pages and over dated pages (a `published:` date in the header) apart, since an undated page
dates an event only where the text does.
"""

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.intake.article import read_article  # noqa: E402
from tracker.intake.draft import Pledge, draft_article  # noqa: E402

# The shared corpus (/work/shared/corpus) has no topics.json: its topics' titles.
DEFAULT_TOPICS = {
    "ukraine-reassurance-force": {"title": "Troops for a reassurance force in Ukraine"},
    "gaza-stabilization-force": {
        "title": "Troops for the International Stabilization Force in Gaza"
    },
}


@dataclass
class Score:
    coded: int = 0
    found: int = 0
    agreed: int = 0
    proposed: int = 0
    invented: int = 0
    dated: int = 0  # found countries whose dates agree
    found_on_dated: int = 0
    dated_on_dated: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in (
            "coded",
            "found",
            "agreed",
            "proposed",
            "invented",
            "dated",
            "found_on_dated",
            "dated_on_dated",
            "seconds",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str) -> str:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:5.2f} ({a}/{b})" if b else "   -  (0/0)"

        return (
            f"{label:<58} recall {ratio(self.found, self.coded):<14} "
            f"agree {ratio(self.agreed, self.found):<14} "
            f"invented {ratio(self.invented, self.proposed):<14} "
            f"dates {ratio(self.dated, self.found):<14} "
            f"dated pages {ratio(self.dated_on_dated, self.found_on_dated)}"
        )


def _topics(corpus: Path) -> dict[str, dict]:
    path = corpus / "topics.json"
    if path.is_file():
        return {t["slug"]: t for t in json.loads(path.read_text(encoding="utf-8"))}
    return DEFAULT_TOPICS


def _month(value: str) -> str:
    return value[:7]


def _agrees(proposed: str, gold: list[str]) -> bool:
    """To the month: a gold year alone agrees with any date in that year."""
    return any(proposed[: len(_month(g))] == _month(g) for g in gold)


def score_article(path: Path, gold: dict, topic: dict, verbose: bool) -> Score:
    text = path.read_text(encoding="utf-8")
    article = read_article(text)
    if article.published and article.published.strip().lower() == "unknown":
        from dataclasses import replace

        article = replace(article, published=None)
    pledge = Pledge(topic["title"], tuple(topic.get("pledges") or ()))
    started = time.perf_counter()
    drafted = draft_article(article, pledge=pledge)
    seconds = time.perf_counter() - started
    proposed: dict[str, list] = {}
    for proposal in drafted.proposals:
        proposed.setdefault(proposal.code, []).append(proposal)
    coded: dict[str, dict] = {}
    for statement in gold["statements"]:
        entry = coded.setdefault(
            statement["country"], {"stances": set(), "dates": [], "optional": True}
        )
        entry["stances"].add(statement["stance"])
        entry["stances"].update(statement.get("alt_stances") or [])
        entry["dates"].append(statement["date"])
        entry["dates"].extend(statement.get("alt_dates") or [])
        entry["optional"] = entry["optional"] and bool(statement.get("optional"))
    dated_page = bool(article.published)
    score = Score(seconds=seconds)
    for code, entry in coded.items():
        if entry["optional"] and code not in proposed:
            continue
        score.coded += 1
        if code not in proposed:
            score.notes.append(f"  missed   {code} {sorted(entry['stances'])}")
            continue
        score.found += 1
        score.found_on_dated += dated_page
        stances = [p.stance for p in proposed[code]]
        if all(s in entry["stances"] for s in stances):
            score.agreed += 1
        else:
            score.notes.append(f"  stance   {code} {stances} gold {sorted(entry['stances'])}")
        dates = [p.date or drafted.default_date for p in proposed[code]]
        if all(_agrees(d, entry["dates"]) for d in dates):
            score.dated += 1
            score.dated_on_dated += dated_page
        else:
            score.notes.append(f"  date     {code} {dates} gold {entry['dates']}")
    score.proposed = len(proposed)
    for code in proposed:
        if code not in coded:
            score.invented += 1
            cues = "; ".join(proposed[code][0].cues[:2])
            score.notes.append(f"  invented {code} {[p.stance for p in proposed[code]]} ({cues})")
    if verbose:
        for proposal in drafted.proposals:
            score.notes.append(
                f"    - {proposal.code} {proposal.stance} {proposal.date} {proposal.cues[:2]}"
            )
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path, metavar="CORPUS_DIR")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every proposal")
    parser.add_argument("--quiet", "-q", action="store_true", help="totals only")
    args = parser.parse_args(argv)
    overall = Score()
    by_topic: dict[str, Score] = {}
    for corpus in args.corpora:
        topics = _topics(corpus)
        for gold_path in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = corpus / gold["article"]
            if not article.is_file():
                article = corpus / "articles" / (gold_path.stem + ".txt")
            topic = topics[gold["topic"]]
            result = score_article(article, gold, topic, args.verbose)
            if not args.quiet:
                print(result.row(article.stem[:58]))
                for note in result.notes:
                    print(note)
            overall.add(result)
            by_topic.setdefault(gold["topic"], Score()).add(result)
    print()
    for slug, result in sorted(by_topic.items()):
        print(result.row(f"topic {slug}"))
    print(overall.row("overall"))
    print(f"drafting time: {overall.seconds:.2f} s in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
