"""Rebuild realdocs_unseen20's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen20/build.py [--mirrors /work/.mirror]

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
TTS = "1e4955634d0369f17e5bbc0ebbf8f62e2a3dfe4b"
LIC = "aed28f9933c9e8435c0f1d07aa563c0a830859bc"
OSW = "2cfd6871d87e97208664a8b1551b701f423f6280"
TTS_REPO = "18F+handbook"
LIC_REPO = "github+choosealicense.com"
OSW_REPO = "theopensourceway+guidebook"
# choosealicense.com's pages copied: what the site is, existing communities' licences, having no licence,
# non-software works, and the site's own licence (MIT)
LIC_PAGES = ("about", "appendix", "community", "no-permission", "non-software", "LICENSE")
# choosealicense.com's licence texts copied (of 47): the ones its pages and a newcomer name most
LICENSES = (
    "mit", "apache-2.0", "gpl-3.0", "lgpl-3.0", "agpl-3.0", "mpl-2.0", "bsd-3-clause",
    "unlicense", "cc0-1.0", "cc-by-4.0", "cc-by-sa-4.0", "ofl-1.1", "wtfpl",
)  # fmt: skip
# the Open Source Way's English chapter folders (the Chinese translation under l10n/ is left out), copied keeping their
# paths (each folder has its own README.md and index.md)
OSW_FOLDERS = (
    "getting-started",
    "attracting-users",
    "growing-contributors",
    "guiding-participants",
    "measuring-success",
)
# (corpus, mirror, commit, folder copied whole): the TTS handbook's travel and leave pages
FOLDERS = (("tts", TTS_REPO, TTS, "pages/travel-and-leave"),)
FILES = (
    # TTS's Word templates for a project's team charter and kickoff, and the handbook's licence (CC0)
    ("tts", TTS_REPO, TTS, "downloads/TEMPLATE_Team_charter.docx"),
    ("tts", TTS_REPO, TTS, "downloads/TEMPLATE_Internal_kickoff_agenda.docx"),
    ("tts", TTS_REPO, TTS, "LICENSE.md"),
    # choosealicense.com's pages and licence texts (each with its front matter: description, how to apply it)
    *(("lic", LIC_REPO, LIC, f"{page}.md") for page in LIC_PAGES),
    *(("lic", LIC_REPO, LIC, f"_licenses/{name}.txt") for name in LICENSES),
    # the Open Source Way's presentation chapter and licence (CC BY-SA 4.0)
    ("osw", OSW_REPO, OSW, "presenting-the-open-source-way.md"),
    ("osw", OSW_REPO, OSW, "LICENSE.md"),
)


def copy_osw_chapters() -> None:
    """The Open Source Way's Markdown pages of OSW_FOLDERS, under docs/osw/ with their paths in the repository."""
    for path in git(MIRRORS, OSW_REPO, "ls-tree", "-r", "--name-only", OSW, *OSW_FOLDERS).decode().splitlines():
        if path.endswith(".md"):
            target = DOCS / "osw" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(git(MIRRORS, OSW_REPO, "show", f"{OSW}:{path}"))


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    copy_osw_chapters()
    check_sha256(DOCS)
