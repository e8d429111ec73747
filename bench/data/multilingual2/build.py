"""Rebuild multilingual2's docs/ from the mirror of semver/semver.org (`fetch`'s layout: <mirrors>/<owner>+<name>/repo)
and check every file's sha256.

    .venv/bin/python bench/data/multilingual2/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git show` at the commit below), saved as semver-<language>.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the built sets
from mirrored import check_sha256, git

DOCS = Path(__file__).resolve().parent / "docs"
REPO = "semver+semver.org"
# The mirror's newest commit (2023-12-23).
COMMIT = "7b7a97965fecbe00d193ae0ad542f5583298abc9"
# (saved as, path in the repository): the specification 2.0.0 in English and its translations
FILES = (
    ("semver-en.md", "spec/v2.0.0.md"),
    ("semver-de.md", "lang/de/index.md"),
    ("semver-es.md", "lang/es/index.md"),
    ("semver-fr.md", "lang/fr/index.md"),
    ("semver-it.md", "lang/it/index.md"),
    ("semver-pt.md", "lang/pt-BR/index.md"),
    ("semver-ru.md", "lang/ru/index.md"),
    ("semver-zh.md", "lang/zh-CN/index.md"),
    ("semver-ja.md", "lang/ja/index.md"),
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
