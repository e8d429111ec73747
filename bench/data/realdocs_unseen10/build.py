"""Rebuild realdocs_unseen10's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen10/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): the Beat Saber
Modding Group wiki's folders are copied whole below their corpus folder, the other files under their own names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest (gh-pages for the SSL rules,
# where the league's CI publishes the rendered rules).
BSMG = "f23275865b906cc73c6376cbffbd5f98920be13b"
SSL = "14ee2bfeaa30d92df991274903a1fc8d445aeec4"
GIT = "dc392386a727c3af009f0a6813ab991ef1752c22"
# The Beat Saber Modding Group's wiki in English (VitePress Markdown): the player pages at its top, the FAQ, support,
# Quest, community and mapping folders (its translations, its modders' and 3D artists' guides and the team pages
# left out). A folder's corpus names its place below docs/.
BSMG_FOLDERS = ("faq", "support", "quest", "communities", "mapping")
FOLDERS = tuple((f"bsmg/{folder}", "bsmg+wiki", BSMG, f"wiki/{folder}") for folder in BSMG_FOLDERS)
BSMG_PAGES = (
    "index", "beginners-guide", "contact-us", "grips-and-tricks", "health-and-safety", "linux-modding",
    "not-available", "pc-modding", "quest-modding", "ranking-guide",
)  # fmt: skip
# git's own guides, AsciiDoc rendered to HTML (git/htmldocs, the rendered Documentation): the tutorials, the FAQ and
# the pages on everyday use, workflows, the command line, credentials, ignoring files, submodules and revisions
GIT_PAGES = (
    "gitfaq", "giteveryday", "gittutorial", "gittutorial-2", "gitworkflows", "gitcli", "gitcredentials", "gitignore",
    "gitsubmodules", "gitrevisions",
)  # fmt: skip
FILES = (
    *(("bsmg", "bsmg+wiki", BSMG, f"wiki/{page}.md") for page in BSMG_PAGES),
    # The RoboCup Small Size League's rules as its CI renders them from AsciiDoc with asciidoctor-pdf
    ("ssl", "RoboCup-SSL+ssl-rules", SSL, "sslrules.pdf"),
    *(("git", "git+htmldocs", GIT, f"{page}.html") for page in GIT_PAGES),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
