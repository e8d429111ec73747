"""Rebuild realdocs_unseen15's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen15/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): the folders are
copied whole below their corpus folder (keeping their paths below the folder named), the other files each under its
own name. A folder's corpus entry names the folder below docs/ it goes to ("void/xbps"), so that the
repositories' several index.md pages keep their places.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
VOID = "cb438f606513809fbeb411aed1933c34e911bfd5"
FABRIC = "dc64d476a16bc09919d446ba459e6dc549ca54c3"
ODF = "16a59d945875bd74834e82e166bebded316478da"
FOLDERS = (
    # The Void Linux Handbook (a Linux distribution's handbook, mdBook Markdown): about, installation, configuration,
    # the package manager XBPS, contributing; the book's theme (CSS, JavaScript, template) is left out
    *(
        (f"void/{part}", "void-linux+void-docs", VOID, f"src/{part}")
        for part in ("about", "installation", "config", "xbps", "contributing")
    ),
    # Fabric's documentation (a Minecraft modding toolchain's community docs, VitePress Markdown): the players'
    # guides (installing, mods, troubleshooting, FAQ) and the developers' getting-started and loader pages
    ("fabric/players", "FabricMC+fabric-docs", FABRIC, "players"),
    ("fabric/develop/getting-started", "FabricMC+fabric-docs", FABRIC, "develop/getting-started"),
    ("fabric/develop/loader", "FabricMC+fabric-docs", FABRIC, "develop/loader"),
)
FILES = (
    ("void", "void-linux+void-docs", VOID, "LICENSE"),
    ("fabric", "FabricMC+fabric-docs", FABRIC, "LICENSE"),
    # The OpenDocument Format 1.4 standard (an OASIS standard, as the OpenDocument Text files the technical committee
    # keeps): part 1, the introduction, and part 2, packages
    ("odf", "oasis-tcs+odf-tc", ODF, "docs/odf1.4/os/part1-introduction/OpenDocument-v1.4-os-part1-introduction.odt"),
    ("odf", "oasis-tcs+odf-tc", ODF, "docs/odf1.4/os/part2-packages/OpenDocument-v1.4-os-part2-packages.odt"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
