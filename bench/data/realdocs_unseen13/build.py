"""Rebuild realdocs_unseen13's docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_unseen13/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git archive` / `git show` at the commits below): SMAPI's docs/ and
Jupyter Notebook's docs/source/ folders are copied whole below their corpus folders, the other files each under its
own name.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# (corpus, mirror, commit, path in the repository). The commits are the mirrors' newest.
SMAPI = "7f5d0357e2b577f3e1bc47bb7a9d6d8c61dda8cb"
ASVS = "fe04986146b0db0a54d3eb2b9c755c78874ce910"
JUPYTER = "1cabcced0af1f7d6e43f06cec6883576399d6ac1"
FOLDERS = (
    # SMAPI, Stardew Valley's mod loader: its docs/ folder (a README, the technical pages for players and mod
    # authors, and the release notes, current and archived, as Markdown)
    ("smapi", "Pathoschild+SMAPI", SMAPI, "docs"),
    # Jupyter Notebook: its user documentation's source (Markdown pages and example notebooks as .ipynb)
    ("jupyter", "jupyter+notebook", JUPYTER, "docs/source"),
)
FILES = (
    # SMAPI's installer README, the plain-text file players get in the download
    ("smapi", "Pathoschild+SMAPI", SMAPI, "src/SMAPI.Installer/assets/README.txt"),
    # OWASP's Application Security Verification Standard 4.0.3, the English PDF
    ("asvs", "OWASP+ASVS", ASVS, "4.0/OWASP Application Security Verification Standard 4.0.3-en.pdf"),
)


if __name__ == "__main__":
    rebuild(DOCS, FOLDERS, FILES)
    check_sha256(DOCS)
