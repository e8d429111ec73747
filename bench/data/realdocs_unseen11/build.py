"""Rebuild realdocs_unseen11's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen11/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): Cairn's second
edition and newsreap's folder of Usenet specifications are copied whole below their corpus folder, the EPUB under its
own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
CAIRN = "3a76883edfebe1029f7dd33177ec5d68ab3b9b20"
USENET = "299426761ea67546021268f7e0eb26e272e61ec3"
BAZAAR = "49ed6a2ebe2294d6dc0a66fa70cab6690f35a444"
FOLDERS = (
    # Cairn, a tabletop role-playing game (Jekyll Markdown): its second edition's player's guide, warden's guide,
    # backgrounds and tool pages
    ("cairn", "yochaigal+cairn", CAIRN, "second-edition"),
    # Usenet's protocol specifications as plain text, as the newsreap project (a Usenet binary downloader) keeps them:
    # six RFCs on NNTP (RFC 3977 and its extensions, authentication, streaming, LIST additions, compression) and two
    # drafts of yEnc, the community's binary encoding
    ("usenet", "caronc+newsreap", USENET, "docs"),
)
FILES = (
    # Eric S. Raymond's essay The Cathedral & the Bazaar as a community-made EPUB
    ("bazaar", "inferno986return+cathedral-bazaar-ebook", BAZAAR, "e-book/CathedralBazaar.epub"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
