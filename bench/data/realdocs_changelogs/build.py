"""Rebuild realdocs_changelogs' docs/ from mirrored repositories (`fetch`'s layout: <mirrors>/<owner>+<name>/repo) and
check every file's sha256.

    .venv/bin/python bench/data/realdocs_changelogs/build.py [--mirrors /work/.mirror]

Every file is the repository's file unchanged (`git show` at the commits below), each under its own name in its
corpus folder: a project's prose docs and, beside them, its changelog from the repository's root.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/data: mirrored.py, shared by the unseen sets
from mirrored import check_sha256, rebuild

DOCS = Path(__file__).resolve().parent / "docs"
# The commits are the mirrors' newest.
STRUCTLOG = "025edaf799c6d6d511ab672d14c2ba8e885c4c36"
ITSDANGEROUS = "672971d66a2ef9f85151e53283113f33d642dabd"
STRUCTLOG_DOCS = (
    "bound-loggers", "configuration", "console-output", "contextvars", "exceptions", "frameworks", "getting-started",
    "glossary", "index", "logging-best-practices", "performance", "processors", "recipes", "standard-library",
    "testing", "thread-local", "twisted", "typing", "why",
)  # fmt: skip
ITSDANGEROUS_DOCS = ("concepts", "index", "serializer", "signer", "timed", "url_safe")
FILES = (
    # structlog, a structured logging library: its MyST Markdown docs (the API reference's autodoc page left out) and
    # its Keep-a-Changelog CHANGELOG.md
    *(("structlog", "hynek+structlog", STRUCTLOG, f"docs/{name}.md") for name in STRUCTLOG_DOCS),
    ("structlog", "hynek+structlog", STRUCTLOG, "CHANGELOG.md"),
    # itsdangerous, a signing library: its reStructuredText docs (the pages that are only autodoc left out) and its
    # CHANGES.rst, one "Version x.y.z" heading a release
    *(("itsdangerous", "pallets+itsdangerous", ITSDANGEROUS, f"docs/{name}.rst") for name in ITSDANGEROUS_DOCS),
    ("itsdangerous", "pallets+itsdangerous", ITSDANGEROUS, "CHANGES.rst"),
)


if __name__ == "__main__":
    rebuild(DOCS, (), FILES)
    check_sha256(DOCS)
