"""Write articles/NNN_*.txt from the stored texts copied into sources/*.json.

Each source holds the pages corpus's stored text as returned by the `search` tool. Dropped
only: a leading store line `date YYYY-MM-DD` (its `date ...` part) and blank lines at the very
start or end of the text. Nothing else is changed.
"""

import json
import re
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
STORE_DATE = re.compile(r"^ ?date \d{4}-\d{2}(-\d{2})? ")

for src in sorted((BASE / "coding" / "sources").glob("*.json")):
    for a in json.loads(src.read_text(encoding="utf-8")):
        text = STORE_DATE.sub("", a["text"], count=1).strip("\n")
        head = "".join(f"{k}: {a[k]}\n" for k in ("title", "outlet", "url", "published"))
        out = BASE / "articles" / f"{a['stem']}.txt"
        out.write_text(head + "\n" + text + "\n", encoding="utf-8")
        print(out.name, len(text))
