"""Rebuild realdocs_unseen14's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen14/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): the Carpentries
handbook's handbooks/ and policies/ folders are copied whole below their corpus folder, the other files each under
its own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
CARPENTRIES = "0051f42356d935389ac88f1d297d679e93e08819"
BLADES = "f141ed2c4ed8061b6833a57e37a314a03e4166ce"
SEMANUAL = "df4f38f9f3dd6dfd2db6228623816dbed8b3f16e"
FOLDERS = (
    # The Carpentries (a non-profit teaching community): the role handbooks and the policies (code of conduct,
    # privacy, terms) of its handbook site, as MyST Markdown
    ("carpentries", "carpentries+docs.carpentries.org", CARPENTRIES, "source/handbooks"),
    ("carpentries", "carpentries+docs.carpentries.org", CARPENTRIES, "source/policies"),
)
FILES = (
    # Blades in the Dark's System Reference Document (a tabletop role-playing game's rules), the HTML version, and
    # the repository's read-me with the licence
    ("blades", "amazingrando+blades-in-the-dark-srd-content", BLADES, "Blades-in-the-Dark-SRD.html"),
    ("blades", "amazingrando+blades-in-the-dark-srd-content", BLADES, "README.md"),
    # The Standard Ebooks Manual of Style (a volunteer ebook project's style manual), its reStructuredText chapters
    *(
        ("semanual", "standardebooks+manual", SEMANUAL, name)
        for name in (
            "index.rst",
            "1-code-style.rst",
            "2-filesystem.rst",
            "3-the-structure-of-an-ebook.rst",
            "4-semantics.rst",
            "5-general-xhtml-and-css-patterns.rst",
            "6-standard-ebooks-section-patterns.rst",
            "7-high-level-structural-patterns.rst",
            "8-typography.rst",
            "9-metadata.rst",
            "10-art-and-images.rst",
            "LICENSE.md",
        )
    ),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
