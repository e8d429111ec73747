"""Check that every gold string of qa.jsonl is in its corpus' text as bench/realdocs.py extracts and normalises it
(the first gold in the question's own document), and that each is in one document only.

    .venv/bin/python bench/data/realdocs_unseen11/check_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: realdocs.py's extractor and normalisation
from realdocs import extract_text, normalize

READ = (".md", ".txt", ".epub")


if __name__ == "__main__":
    texts = {p: normalize(extract_text(p)) for p in sorted((HERE / "docs").rglob("*")) if p.suffix in READ}
    problems = 0
    for number, line in enumerate((HERE / "qa.jsonl").read_text().splitlines()):
        row = json.loads(line)
        for i, gold in enumerate(row["gold"]):
            g = normalize(gold)
            holders = [p for p in texts if HERE / "docs" / row["corpus"] in p.parents and g in texts[p]]
            if not holders or (i == 0 and HERE / "docs" / row["doc"] not in holders) or len(holders) > 1:
                problems += 1
                print(f"line {number}: {gold!r} in {[str(p.relative_to(HERE)) for p in holders]}")
    print(f"{problems} problems")
    sys.exit(1 if problems else 0)
