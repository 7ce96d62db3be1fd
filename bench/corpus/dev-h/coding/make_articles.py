"""Write `articles/NNN_slug.txt` from the stored texts in `sources/NNN.json`.

cd bench/corpus/dev-h/coding && python3 make_articles.py

Each source holds the text exactly as the `search` tool's pages corpus returned it (copied with
its JSON escapes). Dropped here, and nothing else: the store's leading `date YYYY-MM-DD`
metadata (only that part of the line) and blank lines at the very start or end of the text.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = HERE.parent
STORE_DATE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2} ")


def body(text: str) -> str:
    text = STORE_DATE.sub("", text, count=1)
    text = re.sub(r"^(?:[ \t]*\n)+", "", text)
    return re.sub(r"(?:\n[ \t]*)+$", "", text)


def main() -> None:
    out = BASE / "articles"
    out.mkdir(exist_ok=True)
    for src in sorted((HERE / "sources").glob("*.json")):
        s = json.loads(src.read_text(encoding="utf-8"))
        header = (
            f"title: {s['title']}\noutlet: {s['outlet']}\nurl: {s['url']}\n"
            f"published: {s['published']}\n"
        )
        path = out / f"{s['slug']}.txt"
        path.write_text(header + "\n" + body(s["text"]) + "\n", encoding="utf-8")
        print(path.name)


if __name__ == "__main__":
    main()
