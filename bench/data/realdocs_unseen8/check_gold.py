"""Check that every gold string of qa.jsonl is in its corpus' text as bench/realdocs.py extracts and normalises it
(the first gold in the question's own document), and that each is in one document only.

    .venv/bin/python bench/data/realdocs_unseen8/check_gold.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # bench/: realdocs.py's extractor and normalisation
sys.path.insert(0, str(HERE.parent))  # bench/data: gold.py, shared by the unseen sets
from gold import check_gold
from realdocs import extract_text, normalize

READ = (".org", ".md", ".docx")


def visible(path: Path) -> str:
    """The document's normalised text; Org's link targets and markers left out, as a reader shows the page (the
    bench's extractor reads Org files as plain text)."""
    text = extract_text(path)
    if path.suffix == ".org":
        text = re.sub(r"\[\[[^\]]*\]\[([^\]]*)\]\]", r"\1", text)
        text = re.sub(r"[=~]", "", text)
        text = re.sub(r"(?<!\w)[*/+](?=\S)|(?<=\S)[*/+](?!\w)", "", text)
    return normalize(text)


if __name__ == "__main__":
    sys.exit(check_gold(HERE, READ, visible))
