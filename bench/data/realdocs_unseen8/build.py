"""Rebuild realdocs_unseen8's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen8/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): a folder is copied whole below
its corpus folder.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: the folder copied whole). fate's commit is the last one that
# holds docs/word (the DOCX copies were deleted the next commit, 72cd49f); the others are the mirrors' newest.
FOLDERS = (
    ("doom", "doomemacs+doomemacs", "c2ff579a28ecfec90c343417bc04b2a9569d9ed7", "docs"),
    ("fate", "fate-srd+fate-srd-content", "59f7cb1ba32c8d89b99b2d8bd831c8d8b87d586c", "docs/word"),
    ("klipper", "Klipper3d+klipper", "84104bbbd7625d28b4eaaad83f4562972460ecd9", "docs"),
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
    rebuild(DOCS, FOLDERS)
    found = digests()
    if not SHA256_FILE.exists():
        SHA256_FILE.write_text("".join(f"{digest}  {path}\n" for path, digest in found.items()))
        sys.exit(f"wrote {SHA256_FILE.name}: check it in")
    wanted = dict(reversed(line.split("  ", 1)) for line in SHA256_FILE.read_text().splitlines() if line)
    if found != wanted:
        sys.exit(f"docs/ differs from {SHA256_FILE.name}: {sorted(set(found.items()) ^ set(wanted.items()))}")
    print(f"{len(found)} files, sha256 as recorded")
