"""Rebuild realdocs_unseen5's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen5/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): a folder is copied
whole below its corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole; "" is the whole tree)
FOLDERS = (
    ("pyguide", "realpython+python-guide", "0538ef8f8cc86fa1fc17911dc8831ad193b06d17", "docs"),
    ("srd", "OldManUmby+DND.SRD.Wiki", "f8b2c5bd92139194fd0ad6201943772eac7f4470", ""),
    ("hamlet", "standardebooks+william-shakespeare_hamlet", "d4afab8c266cc4cdbbbef6a6d7e5f683fb6b1771", "src"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS)
