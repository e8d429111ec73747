"""Rebuild realdocs_plays' docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and check
every file's sha256.

    .venv/bin/python bench/data/realdocs_plays/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): a folder is copied
whole below its corpus folder, a file under its own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

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


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
