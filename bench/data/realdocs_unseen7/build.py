"""Rebuild realdocs_unseen7's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen7/build.py [--mirrors /work/.mirror]

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
    ("neoforge", "neoforged+Documentation", "29c4919d9fa78fe27fdbd4a97990bdde7f2f0182", "docs"),
    ("governance", "neoforged+governance", "53a0354b57a8985faa220bf016a0d0d5fa0e32a6", ""),
    ("osguide", "github+opensource.guide", "ebc9678e39b55ff5e5c8801d1960904692188e90", "_articles"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS)
