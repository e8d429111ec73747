"""Check that every gold string of qa.jsonl is in one sentence of its question's own document as docbot splits it
(bench/quality.py's word-boundary match) and in no sentence of another document; print the problems and their count.

    .venv/bin/python bench/data/multilingual3/check_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/data: multilingual_gold.py, shared by the multilingual sets
from multilingual_gold import check_multilingual_gold

if __name__ == "__main__":
    sys.exit(check_multilingual_gold(HERE))
