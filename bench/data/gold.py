"""What the realdocs_unseen* sets' check_gold.py scripts share: every gold string of a set's qa.jsonl is in its
corpus' text as bench/realdocs.py extracts and normalises it (the first gold in the question's own document), and each
is in one document only."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/: realdocs.py's extractor and normalisation
from realdocs import extract_text, normalize


def extracted(path: Path) -> str:
    """A document's text as bench/realdocs.py extracts and normalises it."""
    return normalize(extract_text(path))


def check_gold(here: Path, read: Sequence[str], visible: Callable[[Path], str] = extracted) -> int:
    """Print each gold of `here`/qa.jsonl that is missing, outside its question's document or in several documents
    (reading `here`/docs' files with the suffixes `read`, each as `visible` gives its normalised text), then the
    count; the exit status: 1 if any, else 0."""
    texts = {p: visible(p) for p in sorted((here / "docs").rglob("*")) if p.is_file() and p.suffix in read}
    problems = 0
    for number, line in enumerate((here / "qa.jsonl").read_text().splitlines()):
        row = json.loads(line)
        for i, gold in enumerate(row["gold"]):
            g = normalize(gold)
            holders = [p for p in texts if here / "docs" / row["corpus"] in p.parents and g in texts[p]]
            if not holders or (i == 0 and here / "docs" / row["doc"] not in holders) or len(holders) > 1:
                problems += 1
                print(f"line {number}: {gold!r} in {[str(p.relative_to(here)) for p in holders]}")
    print(f"{problems} problems")
    return 1 if problems else 0
