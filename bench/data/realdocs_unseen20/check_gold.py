"""Check that every gold string of qa.jsonl is in its corpus' text as bench/realdocs.py extracts and normalises it
(the first gold in the question's own document), and that each is in one document only.

    .venv/bin/python bench/data/realdocs_unseen20/check_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/data: gold.py, shared by the unseen sets
from gold import check_gold

# the suffixes of the files docbot reads in this set's folders
READ = (".md", ".txt", ".docx")


if __name__ == "__main__":
    sys.exit(check_gold(HERE, READ))
