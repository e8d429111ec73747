"""Rebuild realdocs_plays2's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_plays2/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` at the commits below): each folder is copied whole below
its corpus folder.
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
    ("othello", "standardebooks+william-shakespeare_othello", "dd1d55bf3c33a16eb0a97d99e5ff1a208f905a81", "src"),
    (
        "earnest",
        "standardebooks+oscar-wilde_the-importance-of-being-earnest",
        "f675f6ddc044499c60310057d595d31d0b4b3f06",
        "src",
    ),
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
