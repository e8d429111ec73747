"""Check that every gold string of a realdocs set is in its document's visible text.

    .venv/bin/python bench/data/realdocs_discord/check_gold.py bench/data/realdocs_discord

Visible text here: the raw file with Markdown links as their text, HTML/JSX tags, backticks, `**`, `*`/`_` emphasis and
RST roles removed, normalised as bench/realdocs.py normalises (NFKC, lower case, curly quotes and dashes to ASCII,
white space collapsed). Exits 1 when a gold string is missing.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

_PUNCTUATION = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().translate(_PUNCTUATION)
    return re.sub(r"\s+", " ", text).strip()


def visible(raw: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r":[\w:.-]+:`~?\.?([^`<]*?)(?:\s*<[^>]*>)?`_?", r"\1", text)
    text = text.replace("``", "").replace("`", "").replace("**", "").replace("\\", "")
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"\1", text)
    return normalise(text)


def main(root: Path) -> int:
    missing = 0
    with (root / "qa.jsonl").open(encoding="utf-8") as questions:
        for line in questions:
            question = json.loads(line)
            if question["kind"] != "answer":
                continue
            text = visible((root / "docs" / question["doc"]).read_text(encoding="utf-8"))
            for gold in question["gold"]:
                if normalise(gold) not in text:
                    missing += 1
                    print("missing:", question["doc"], repr(gold))
    print(f"{missing} gold strings missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
