"""Rebuild realdocs_plays2's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_plays2/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): each folder is copied whole below
its corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("othello", "standardebooks+william-shakespeare_othello", "dd1d55bf3c33a16eb0a97d99e5ff1a208f905a81", "src"),
    (
        "earnest",
        "standardebooks+oscar-wilde_the-importance-of-being-earnest",
        "f675f6ddc044499c60310057d595d31d0b4b3f06",
        "src",
    ),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS)
    check_sha256(DOCS)
