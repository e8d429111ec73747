"""Rebuild realdocs_unseen17's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen17/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git show` at the commits below), each under its own name in its corpus
folder (no folder is copied whole: the ones these files come from also hold photos, screenshots and other pages).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
SPACEMACS = "8744ec97bf9e6cd9a8d31b10b8b017f8268e1d40"
BREAD = "5a778daa94bc765b3bb9fdfc11051b5311496d9f"
COUCHERS = "3e1b7a583d125acbd445130fc5f0edf6a6a568a5"
FILES = (
    # Spacemacs' manuals (an Emacs distribution's Org-mode documents): the FAQ, the quick start, the beginners'
    # tutorial, the Vim users' guide and the documentation; the conventions, CI and layer-list pages are left out
    *(
        ("spacemacs", "syl20bnr+spacemacs", SPACEMACS, f"doc/{name}.org")
        for name in ("FAQ", "QUICK_START", "BEGINNERS_TUTORIAL", "VIMUSERS", "DOCUMENTATION")
    ),
    ("spacemacs", "syl20bnr+spacemacs", SPACEMACS, "LICENSE"),
    # The Bread Code (a home baker's book of bread recipes, basics and experiments, in Markdown); photos left out
    *(
        ("bread", "hendricius+the-bread-code", BREAD, path)
        for path in (
            "README.md",
            "basics/common-problems-faq.md",
            "basics/tools.md",
            *(
                f"experiments/{name}.md"
                for name in (
                    "different-hydration-levels",
                    "einkorn-vs-emmer",
                    "parchment-paper-vs-oiled-loaf-pan",
                    "proofing-sourdough-3-hours-room-temperature-vs-10-hours-fridge",
                    "scoring-vertically-vs-angle",
                )
            ),
            *(f"recipes/savory/{name}.md" for name in ("basic-bread", "burger-buns")),
            *(
                f"recipes/sourdough/{name}.md"
                for name in (
                    "basic-sour-dough",
                    "franconian-bread",
                    "make-sourdough-starter",
                    "mischbrot-aka-graubrot",
                    "portuguese-broa-corn-bread",
                    "sourdough-pasta",
                    "sourdough-pizza",
                    "sourdough-sandwich",
                )
            ),
            *(
                f"recipes/sweet/{name}.md"
                for name in ("banana-bread", "cocoa-bread", "date-walnut-bread", "full-milk-chocolate-bread")
            ),
            "LICENSE",
        )
    ),
    # Couchers.org's website pages on its community (a non-profit couch-surfing platform): the volunteer documents
    # (code of conduct, governance, volunteer and community-builder guides), the FAQ, the foundation, mission and
    # volunteering pages, and the "issues" essays; the blog, the plan pages (same names as the issues) and the job
    # descriptions are left out. license.md is the folder's CC BY-NC-ND 4.0 notice (copies unchanged are allowed).
    *(
        ("couchers", "Couchers-org+couchers", COUCHERS, f"app/web/markdown/{path}.md")
        for path in (
            *(
                f"documents/{name}"
                for name in (
                    "code-of-conduct",
                    "community-builder",
                    "data-policy",
                    "governance",
                    "new-developer",
                    "volunteer-guide",
                )
            ),
            "documents",
            "faq",
            "foundation",
            "mission",
            "volunteer",
            "issues",
            *(
                f"issues/{name}"
                for name in (
                    "communities-and-trust",
                    "creeps-and-freeloaders",
                    "host-matching",
                    "profit-and-incentives",
                    "reviews",
                    "the-build",
                )
            ),
            "license",
        )
    ),
)


if __name__ == "__main__":
    rebuild(DOCS, (), FILES)
    check_sha256(DOCS)
