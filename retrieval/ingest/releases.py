"""Release headings: what names a release of a changelog or release notes ("0.28.1 (6th December, 2024)",
"4.0.0 / 2019-08-19", "[1.2.0] - 2020-01-01", "v2.3", "Version 2.0", "Unreleased"), for the ingest (a release's
section path, a Markdown release line set in bold) and the ranking (`retrieval.answer.ranking.in_changelog`)."""

from __future__ import annotations

import re

VERSION_HEADING = re.compile(
    r"^\W*(?:(?:v|version|release)\s*)?\d+(?:\.\d+)+\b(?:[\w.+-]*)\]?(?:\s*$|\s*[(/:,\u2013\u2014-])"
    r"|^\W*(?:version|release)\s+v?\d|^\W*(?:unreleased|latest changes)\W*$",
    re.IGNORECASE,
)
_VERSION_NUMBER = re.compile(r"\d+(?:\.\d+)+")


def is_version_heading(heading: str) -> bool:
    """True for a heading that names a release (see the module docstring)."""
    return bool(VERSION_HEADING.match(heading))


def release_holds(outer: str, inner: str) -> bool:
    """True when release heading `inner` is a part of release heading `outer`: its version extends the outer one's
    ("4.0" holds "4.0.1"; "4.0.1" does not hold "4.0.0"), or the outer one names no version number ("Version 2",
    "Unreleased")."""
    found_outer, found_inner = _VERSION_NUMBER.search(outer), _VERSION_NUMBER.search(inner)
    if found_outer is None or found_inner is None:
        return found_outer is None
    return found_inner.group(0).startswith(found_outer.group(0) + ".")
