"""Rebuild realdocs_unseen8's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen8/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): a folder is copied whole below
its corpus folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole). fate's commit is the last one that
# holds docs/word (the DOCX copies were deleted the next commit, 72cd49f); the others are the mirrors' newest.
FOLDERS = (
    ("doom", "doomemacs+doomemacs", "c2ff579a28ecfec90c343417bc04b2a9569d9ed7", "docs"),
    ("fate", "fate-srd+fate-srd-content", "59f7cb1ba32c8d89b99b2d8bd831c8d8b87d586c", "docs/word"),
    ("klipper", "Klipper3d+klipper", "84104bbbd7625d28b4eaaad83f4562972460ecd9", "docs"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS)
    check_sha256(DOCS)
