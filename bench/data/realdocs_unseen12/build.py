"""Rebuild realdocs_unseen12's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen12/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): mpv's manual folder
is copied whole below its corpus folder, bash's and w3m's documents each under its own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
MPV = "b955aa28f3dc93dc6b21485a0d5b7feb8e6dc10f"
BASH = "637f5c8696a6adc9b4519f1cd74aa78492266b7f"
W3M = "ee66aabc3987000c2851bce6ade4dcbb0b037d81"
FOLDERS = (
    # mpv, a media player: its manual as reStructuredText (rendered by rst2man / rst2html, not Sphinx), 20 pages
    ("mpv", "mpv-player+mpv", MPV, "DOCS/man"),
)
FILES = (
    # bash, the shell: the project's FAQ and its release notes as plain text, and the shell's chapter of The
    # Architecture of Open Source Applications as a PDF, from the repository's root and doc/ folder
    ("bash", "bminor+bash", BASH, "doc/FAQ"),
    ("bash", "bminor+bash", BASH, "NEWS"),
    ("bash", "bminor+bash", BASH, "doc/aosa-bash.pdf"),
    # w3m, a text-mode web browser and pager: its FAQ, manual and story as HTML pages, its README and its history
    # (release notes) as plain text, from doc/
    ("w3m", "tats+w3m", W3M, "doc/FAQ.html"),
    ("w3m", "tats+w3m", W3M, "doc/MANUAL.html"),
    ("w3m", "tats+w3m", W3M, "doc/STORY.html"),
    ("w3m", "tats+w3m", W3M, "doc/README"),
    ("w3m", "tats+w3m", W3M, "doc/HISTORY"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
