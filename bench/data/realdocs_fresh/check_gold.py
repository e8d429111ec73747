"""Check that every gold string of realdocs_fresh's qa.jsonl occurs in its document's visible text.

    .venv/bin/python bench/data/realdocs_fresh/check_gold.py

The visible text is what `bench/realdocs.py` extracts for its baseline (Markdown and reStructuredText markup
stripped, pypdfium2's text for a PDF, the .txt as it is), normalised as it normalises hits. Exits 1 on any miss.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from bench.realdocs import extract_text, normalize


def main() -> int:
    texts: dict[str, str] = {}
    problems = 0
    rows = [json.loads(line) for line in (HERE / "qa.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for number, row in enumerate(rows):
        if row["kind"] == "unanswerable":
            if row["gold"] or row["doc"]:
                print(f"line {number}: an unanswerable question with a gold or a doc")
                problems += 1
            continue
        if row["doc"] not in texts:
            texts[row["doc"]] = normalize(extract_text(HERE / "docs" / row["doc"]))
        for gold in row["gold"]:
            if normalize(gold) not in texts[row["doc"]]:
                print(f"line {number}: not in {row['doc']}: {gold!r}")
                problems += 1
    print(f"{len(rows)} questions, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
