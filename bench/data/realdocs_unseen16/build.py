"""Rebuild realdocs_unseen16's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen16/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git show` at the commits below), each under its own name in its corpus
folder (no folder is copied whole: the ones these files come from also hold images, man pages, shell completions and
the other languages' manuals).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
WEECHAT = "fb69b4affb1832cfa91dc9611692d6848465cd92"
RESTIC = "a80be1478a4c537f8396e0db2b05120aa78f11e0"
WCAG = "58080bdb063746f1519d55c4714897ac4b83d171"
FILES = (
    # WeeChat's English manuals (a terminal chat client's AsciiDoc docs): the FAQ, the quick start and the user's
    # guide; the plugin, scripting, relay and developer references are left out
    *(
        ("weechat", "weechat+weechat", WEECHAT, f"doc/en/weechat_{name}.en.adoc")
        for name in ("faq", "quickstart", "user")
    ),
    ("weechat", "weechat+weechat", WEECHAT, "COPYING"),
    # restic's user guide and FAQ (a backup program's Sphinx reStructuredText docs); the design, REST protocol and
    # developer pages, man pages and images are left out
    *(
        ("restic", "restic+restic", RESTIC, f"doc/{name}.rst")
        for name in (
            "010_introduction",
            "020_installation",
            "030_preparing_a_new_repo",
            "040_backup",
            "045_working_with_repos",
            "047_tuning_parameters",
            "050_restore",
            "060_forget",
            "070_encryption",
            "075_scripting",
            "077_troubleshooting",
            "080_examples",
            "faq",
        )
    ),
    ("restic", "restic+restic", RESTIC, "LICENSE"),
    # The W3C's "Understanding WCAG 2.2" pages for the criteria new in 2.2, with the conformance page and contrast
    # (minimum) (an accessibility standard's explanatory documents as HTML pages); images are left out
    *(
        ("wcag", "w3c+wcag", WCAG, f"understanding/22/{name}.html")
        for name in (
            "accessible-authentication-enhanced",
            "accessible-authentication-minimum",
            "consistent-help",
            "dragging-movements",
            "focus-appearance",
            "focus-not-obscured-enhanced",
            "focus-not-obscured-minimum",
            "redundant-entry",
            "target-size-minimum",
        )
    ),
    ("wcag", "w3c+wcag", WCAG, "understanding/conformance.html"),
    ("wcag", "w3c+wcag", WCAG, "understanding/20/contrast-minimum.html"),
    ("wcag", "w3c+wcag", WCAG, "LICENSE.md"),
)


if __name__ == "__main__":
    rebuild(DOCS, (), FILES)
    check_sha256(DOCS)
