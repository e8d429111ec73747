"""Rebuild realdocs_plays' docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and check
every file's sha256.

    .venv/bin/python bench/data/realdocs_plays/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): a folder is copied
whole below its corpus folder, a file under its own name.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("macbeth", "standardebooks+william-shakespeare_macbeth", "3d8895f7cc5eb2babc2a68fa6297339974df4e05", "src"),
)
CHAR_RNN = ("karpathy+char-rnn", "6f9487a6fe5b420b7ca9afb0d7c078e37c1d1b4e")
TRANSCRIPTS = ("thechangelog+transcripts", "44a0e16c5919d332e05de481919fbfca90a2c90b")
FILES = (
    ("tinyshakespeare", *CHAR_RNN, "data/tinyshakespeare/input.txt"),
    ("transcript", *TRANSCRIPTS, "podcast/the-changelog-500.md"),
)
# sha256 of every file docs/ holds after the rebuild: a mirror that moved or a copy that changed stops the build
SHA256_FILE = DOCS.parent / "sha256.txt"


def digests() -> dict[str, str]:
    """The sha256 of each file under docs/, by its path under docs/."""
    return {
        path.relative_to(DOCS).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(DOCS.rglob("*"))
        if path.is_file()
    }


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    found = digests()
    if not SHA256_FILE.exists():
        SHA256_FILE.write_text("".join(f"{digest}  {path}\n" for path, digest in found.items()))
        sys.exit(f"wrote {SHA256_FILE.name}: check it in")
    wanted = dict(reversed(line.split("  ", 1)) for line in SHA256_FILE.read_text().splitlines() if line)
    if found != wanted:
        sys.exit(f"docs/ differs from {SHA256_FILE.name}: {sorted(set(found.items()) ^ set(wanted.items()))}")
    print(f"{len(found)} files, sha256 as recorded")
