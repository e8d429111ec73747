"""What the multilingual sets' check_gold.py scripts share: every gold string of a set's qa.jsonl is in one sentence of
its question's own document (one per language, `<name>-<lang>.md`) as docbot splits it (bench/quality.py's
word-boundary match) and in no sentence of another language's document.

This reads and splits the documents only (retrieval.ingest.document.parse_document, LANGUAGE=auto); it asks no
question and ranks nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/: quality.py's gold match
from quality import contains_answer

from retrieval.ingest.document import parse_document


def check_multilingual_gold(here: Path) -> int:
    """Print each gold of `here`/qa.jsonl found outside its question's language or not at all, then the count; the
    exit status: 1 if any, else 0."""
    sentences = {}
    for path in sorted((here / "docs").glob("*.md")):
        document, _ = parse_document(path.name, path.read_bytes(), 0)
        sentences[path.stem.rsplit("-", 1)[1]] = [r.text for r in document.sentences]
    problems = 0
    for number, line in enumerate((here / "qa.jsonl").read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        if not row["gold"]:
            continue
        holders = [lang for lang, texts in sentences.items() if any(contains_answer(t, row["gold"]) for t in texts)]
        if holders != [row["lang"]]:
            problems += 1
            print(f"line {number} ({row['lang']}): {row['gold']!r} in {holders}")
    print(f"{problems} problems")
    return 1 if problems else 0
