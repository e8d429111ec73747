"""Writes httpx/qa.jsonl and discord/qa.jsonl (`q`: the question as pasted, code and all) and, with --prose, the same
questions with their code taken out into prose_httpx/ and prose_discord/ (`q` = `prose`). Run from this folder."""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROSE = "--prose" in sys.argv
for name in ("httpx", "discord"):
    rows = [json.loads(line) for line in (HERE / f"{name}.jsonl").read_text().splitlines() if line.strip()]
    folder = HERE / (f"prose_{name}" if PROSE else name)
    folder.mkdir(exist_ok=True)
    docs = folder / "docs"
    if not docs.exists():
        docs.symlink_to(f"../../realdocs_{'extra' if name == 'httpx' else 'discord'}/docs")
    with (folder / "qa.jsonl").open("w") as out:
        for row in rows:
            q = row["prose"] if PROSE else row["q"]
            out.write(json.dumps({**{k: v for k, v in row.items() if k != "prose"}, "q": q}) + "\n")
