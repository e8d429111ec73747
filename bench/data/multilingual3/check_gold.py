"""Check that every gold string of qa.jsonl is in one sentence of its question's own document as docbot splits it
(bench/quality.py's word-boundary match) and in no sentence of another document; print the problems and their count.

    .venv/bin/python bench/data/multilingual3/check_gold.py

This reads and splits the documents only (retrieval.ingest.document.parse_document, LANGUAGE=auto); it asks no
question and ranks nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: quality.py's gold match
from quality import contains_answer

from retrieval.ingest.document import parse_document


def main() -> int:
    sentences = {}
    for path in sorted((HERE / "docs").glob("*.md")):
        document, _ = parse_document(path.name, path.read_bytes(), 0)
        sentences[path.stem.rsplit("-", 1)[1]] = [r.text for r in document.sentences]
    problems = 0
    for number, line in enumerate((HERE / "qa.jsonl").read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if not row["gold"]:
            continue
        holders = [lang for lang, texts in sentences.items() if any(contains_answer(t, row["gold"]) for t in texts)]
        if holders != [row["lang"]]:
            problems += 1
            print(f"line {number} ({row['lang']}): {row['gold']!r} in {holders}")
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
