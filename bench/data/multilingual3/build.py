"""Rebuild multilingual3's docs/ from the mirror of conventional-commits/conventionalcommits.org (`fetch`'s layout:
<mirrors>/<owner>+<name>/repo) and check every file's sha256.

    .venv/bin/python bench/data/multilingual3/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git show` at the commit below), saved as commits-<language>.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the built sets
from mirrored import check_sha256, git

DOCS = Path(__file__).resolve().parent / "docs"
REPO = "conventional-commits+conventionalcommits.org"
# The mirror's newest commit (2026-03-11).
COMMIT = "7d293dc59e88abc8ce6c6698344d4da518ff3f27"
# (saved as, path in the repository): the specification 1.0.0 in English and its translations
FILES = (
    ("commits-en.md", "content/v1.0.0/index.md"),
    ("commits-de.md", "content/v1.0.0/index.de.md"),
    ("commits-es.md", "content/v1.0.0/index.es.md"),
    ("commits-fr.md", "content/v1.0.0/index.fr.md"),
    ("commits-it.md", "content/v1.0.0/index.it.md"),
    ("commits-nl.md", "content/v1.0.0/index.nl.md"),
    ("commits-pt.md", "content/v1.0.0/index.pt-br.md"),
    ("commits-ru.md", "content/v1.0.0/index.ru.md"),
    ("commits-zh.md", "content/v1.0.0/index.zh-hans.md"),
    ("commits-ja.md", "content/v1.0.0/index.ja.md"),
)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    mirrors = parser.parse_args().mirrors
    shutil.rmtree(DOCS, ignore_errors=True)
    DOCS.mkdir()
    for name, path in FILES:
        (DOCS / name).write_bytes(git(mirrors, REPO, "show", f"{COMMIT}:{path}"))
    check_sha256(DOCS)
