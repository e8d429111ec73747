"""Rebuild realdocs_unseen19's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen19/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, git, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
MIRRORS = Path(sys.argv[sys.argv.index("--mirrors") + 1]) if "--mirrors" in sys.argv else Path("/work/.mirror")
# The commits are the mirrors' newest.
PLAIN = "43230773bd7c589ac6394ead7b36a2554241abdc"
WTD = "4c74bc48444faf28a72ef51e74c4cb4bbda49695"
COOK = "cbeb536760320efe24f9a61fe354a318d5887e30"
COOK_REPO = "Anduin2017+HowToCook"
# HowToCook's folders whose Markdown pages are copied, keeping their paths (two soups share a file name); the
# photographs beside them are left out
COOK_FOLDERS = ("tips", "dishes/soup", "dishes/breakfast")
# (corpus, mirror, commit, folder copied whole): Write the Docs' organizer guide for meetups and conferences (RST and
# Markdown pages, and the volunteer e-mail templates: .txt, and .jinja, which docbot does not read)
FOLDERS = (("wtd", "writethedocs+www", WTD, "docs/organizer-guide"),)
FILES = (
    # the Federal Plain Language Guidelines (the plainlanguage.gov team's Word edition) and the site's licence
    ("plain", "GSA+plainlanguage.gov", PLAIN, "media/FederalPLGuidelines.docx"),
    ("plain", "GSA+plainlanguage.gov", PLAIN, "LICENSE.md"),
    # Write the Docs' codes of conduct, its Slack guide and the site's licence (CC BY-NC-SA 4.0's legal code)
    ("wtd", "writethedocs+www", WTD, "docs/code-of-conduct.rst"),
    ("wtd", "writethedocs+www", WTD, "docs/code-of-conduct-response.rst"),
    ("wtd", "writethedocs+www", WTD, "docs/code-of-conduct-shortform-meetups.rst"),
    ("wtd", "writethedocs+www", WTD, "docs/slack.rst"),
    ("wtd", "writethedocs+www", WTD, "LICENSE.md"),
    # HowToCook's licence (the Unlicense; no suffix, so not read)
    ("cook", COOK_REPO, COOK, "LICENSE"),
)


def copy_cook_pages() -> None:
    """HowToCook's Markdown pages of COOK_FOLDERS, under docs/cook/ with their paths in the repository."""
    listing = git(MIRRORS, COOK_REPO, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", COOK, *COOK_FOLDERS)
    for path in listing.decode().splitlines():
        if path.endswith(".md"):
            target = DOCS / "cook" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(git(MIRRORS, COOK_REPO, "show", f"{COOK}:{path}"))


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    copy_cook_pages()
    check_sha256(DOCS)
