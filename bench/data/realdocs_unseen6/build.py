"""Rebuild realdocs_unseen6's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen6/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): a folder is copied whole below
its corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("clojure", "clojure+clojure-site", "9112a4c8a2b68f2bef8cd49225bc7b31f81fe7a6", "content/guides"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS)
