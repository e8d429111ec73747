"""Rebuild realdocs_unseen4's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo).

    .venv/bin/python bench/data/realdocs_unseen4/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): a folder is copied
whole below its corpus folder, a single file under its own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository: a folder copied whole, or one file)
FOLDERS = (
    ("pydis", "python-discord+site", "d513a424afe47a30be0828ee9d3e865e4d88ebc5", "pydis_site/apps/content/resources"),
    ("whirlwind", "jakevdp+WhirlwindTourOfPython", "db5186e30efd9c3fc01aa7fe4a10bff10f88ba52", ""),
)
FILES = (
    ("thinkpython", "AllenDowney+ThinkPython2", "7ae165b2fbe5a995de98a497f9966ff1e73a784c", "book/thinkpython2.pdf"),
    (
        "thinkpython",
        "AllenDowney+ThinkPython2",
        "bbe57aef0014f51cdb9cf43523210e075fb24da2",
        "Think Python Glossary by Chapter.docx",
    ),
    (
        "thinkpython",
        "AllenDowney+ThinkPython2",
        "bbe57aef0014f51cdb9cf43523210e075fb24da2",
        "Think Python Glossary by Alphabetic order.docx",
    ),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
