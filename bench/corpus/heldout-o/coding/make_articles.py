"""Write set O's `articles/` from `coding/sources/*.json`: `write_articles` of
bench/corpus/coding.py, which says what is dropped (and nothing else is changed).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/corpus
from coding import write_articles

write_articles(Path(__file__).resolve().parents[1])
