"""Rebuild realdocs_unseen9's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen9/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): angband's folder is
copied whole below its corpus folder, the other files under their own names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
ANGBAND = "f1f841fe758b7941480b4d522201e1ca3af0f2c2"
PUZZLESCRIPT = "4db08ebe1939411ac07eee916d3a98defa9820b8"
AGON = "cd68fd8f040b870e6f47096d2fca5fe64ce2bc4a"
NEO = "94dbd1c4bbf4ad6cc79a259927c8a539d39c3cde"
FOLDERS = (("angband", "angband+angband", ANGBAND, "docs"),)
# PuzzleScript's documentation pages: the 29 HTML files of src/Documentation (its images, fonts, CSS and scripts,
# 8.3 MB, left out); Olimex's user manuals of two retro computers, as PDF (the datasheets beside them left out)
PAGES = (
    "about", "actionbutton", "autocomplete", "collisionlayers", "credits", "directions", "documentation",
    "executionorder", "extract_from_standalone_html", "faq", "gifs", "index", "input", "keyboard_shortcuts", "legend",
    "leveleditor", "levels", "objects", "permanent_urls", "prelude", "privacypolicy", "randomness", "realtime",
    "rigidbodies", "rules", "rules101", "sounds", "visual_debugger", "winconditions",
)  # fmt: skip
FILES = (
    *(("puzzlescript", "increpare+PuzzleScript", PUZZLESCRIPT, f"src/Documentation/{page}.html") for page in PAGES),
    ("olimex", "OLIMEX+AgonLight2", AGON, "DOCUMENTATION/AgonLight2-user-manual.pdf"),
    ("olimex", "OLIMEX+Neo6502", NEO, "DOCUMENTS/Neo6502-user-manual.pdf"),
    ("olimex", "OLIMEX+Neo6502", NEO, "DOCUMENTS/Neo6502_User_Handbook.pdf"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
