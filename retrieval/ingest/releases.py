"""Release headings: what names a release of a changelog or release notes ("0.28.1 (6th December, 2024)",
"4.0.0 / 2019-08-19", "[1.2.0] - 2020-01-01", "v2.3", "Version 2.0", "Unreleased"), for the ingest (a release's
section path, a Markdown release line set in bold) and the ranking (`retrieval.answer.ranking.in_changelog`).

A version number is the heading's subject: it stands alone, or before a date or a label ("1.1.3 (unreleased)",
"5.1 release notes"), after "v", "Version" or "Release", or after a work-in-progress marker ("WIP 1.1.3"), with what a
changelog says before it ("Changelog for restic 0.19.1 (2026-07-05)", "Changes in 1.4.2") or not. Real
release notes also put the project's name before it ("paperless-ngx 2.18.0", "Django 5.1 release notes", "MyTool
v3.2.0 (2024-05-01)"): a name of up to `_NAME_WORDS` words, none of them a document's own numbering ("Section 4.2.1",
"Chapter 1.2"), names a release when the number is marked as one ("v3.2.0", a date or a label after it) or is a full
release number of three parts; "Ubuntu 22.04" or "Python 3.12" alone stay a manual's headings, and a heading whose
number goes on into words ("Python 3.8 support", "2.1 Green tea") or has none dotted ("Step 2", "HTTP/2") is none."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# A version number: "2.18", "1.1.3"
_NUMBER = r"\d+(?:\.\d+)+"
_VERSION = rf"(?P<version>{_NUMBER})\b[\w.+-]*"
_SEPARATOR = r"[(/:,\u2013\u2014-]"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# A release's date: "2024-05-01", "15.01.2015", "6th December, 2024", "November 19, 2024", "2024"
_DATE = (
    r"(?:(?:19|20)\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\.?\s+\d)"
)
# A release not made yet, in a note after its version or alone ("(unreleased)", "- UNDER DEVELOPMENT")
_STATE = (
    r"(?:unreleased|not\s+(?:yet\s+)?released|(?:in|under)\s+development|wip|upcoming|tb[ad]\b|draft"
    r"|pre-?release|yanked)"
)
_NAME_WORD = r"[A-Za-z][\w.'\u2019+-]*"
_NAME_WORDS = 3
# What a changelog's heading may say before the release it names: "Changelog for restic 0.19.1 (2026-07-05)" (restic's
# CHANGELOG.md, each release a "#" heading), "Release notes for version 2.0", "Changes in 1.4.2"
_LOG_OF = r"(?:change\s?log|release\s+notes|changes)\s+(?:for|in|of)\s+"
# After the version: the heading ends, or a separator opens its date or note ("(6th December, 2024)", " - 2020-01-01",
# ": the first stable release"), or its date follows ("0.1.1 November 19, 2024"), or a label names the release
# ("release notes", "changelog")
_RELEASE = re.compile(
    rf"^\W*(?:{_LOG_OF})?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,{_NAME_WORDS - 1}}}\s+)??"
    rf"(?P<marked>(?:v|version|release)\s*)?{_VERSION}\]?"
    rf"(?:(?P<end>\s*$)|\s*{_SEPARATOR}\s*(?P<note>.*)|\s+(?P<dated>{_DATE})"
    rf"|\s+(?P<label>release(?:\s+notes)?|changelog|changes)(?:\W*$|\s*{_SEPARATOR}))"
    r"|^\W*(?:version|release)\s+v?\d",
    re.IGNORECASE,
)
# Words of no project's name: a document's numbering of its own parts ("Section 4.2.1", "Figure 3.1 - 2019"), and
# the small words of a phrase ("Upgrading to 2.0.0", "Support for the 1.4.2 API")
_NOT_A_NAME = re.compile(
    r"^(?:section|chapter|part|step|stage|phase|figure|fig\.?|table|appendix|lesson|exercise|example|listing|lemma|"
    r"theorem|definition|proposition|corollary|equation|eq\.?|page|article|clause|rule|item|task|question|problem|"
    r"lab|lecture|unit|module|week|day|level|act|scene|book|volume|vol\.?|issue|requirement|paragraph|annex|"
    r"sprint|milestone|and|or|of|the|a|in|to|for|with|on|at|by|from|see)$",
    re.IGNORECASE,
)
# A named version's note that dates it or says it is not released yet ("(2024-05-01)", "- UNDER DEVELOPMENT")
_DATE_OR_STATE = re.compile(rf"^\(?\s*(?:released\s+(?:on\s+)?)?(?:{_DATE}|{_STATE})", re.IGNORECASE)
# Full release numbers a named heading may end on: "paperless-ngx 2.18.0", not "Ubuntu 22.04"
_FULL_VERSION_PARTS = 3
# A release not made yet: "Unreleased", "[Unreleased] - ReleaseDate", "Next release", "WIP 1.1.3", "main (unreleased)"
_WORK_IN_PROGRESS = re.compile(
    r"^\W*(?:unreleased(?:\s+changes)?|not\s+(?:yet\s+)?released|latest\s+changes|(?:next|upcoming)\s+"
    rf"(?:release|version))\]?(?:\W*$|\s*(?:\[|{_SEPARATOR}))"
    rf"|^\W*(?:wip|unreleased|upcoming|next|draft)\W*(?:(?:v|version)\s*)?{_NUMBER}\b[\w.+-]*\]?"
    rf"(?:\s*$|\s*{_SEPARATOR})"
    rf"|^\W*[\w.+-]+(?:\s+[\w.+-]+){{0,2}}\s*\(\s*{_STATE}\s*\)\W*$",
    re.IGNORECASE,
)
_VERSION_NUMBER = re.compile(_NUMBER)


def is_version_heading(heading: str) -> bool:
    """True for a heading that names a release (see the module docstring)."""
    if _WORK_IN_PROGRESS.match(heading):
        return True
    found = _RELEASE.match(heading)
    if found is None:
        return False
    name = found.group("name")
    if not name:
        return True
    if any(_NOT_A_NAME.match(word) for word in name.split()):
        return False
    if found.group("label") or found.group("marked") or found.group("dated"):
        return True
    if found.group("end") is not None:
        return found.group("version").count(".") + 1 >= _FULL_VERSION_PARTS
    return bool(_DATE_OR_STATE.match(found.group("note") or ""))


def release_holds(outer: str, inner: str) -> bool:
    """True when release heading `inner` is a part of release heading `outer`: its version extends the outer one's
    ("4.0" holds "4.0.1"; "4.0.1" does not hold "4.0.0"), or the outer one names no version number ("Version 2",
    "Unreleased")."""
    found_outer, found_inner = _VERSION_NUMBER.search(outer), _VERSION_NUMBER.search(inner)
    if found_outer is None or found_inner is None:
        return found_outer is None
    return found_inner.group(0).startswith(found_outer.group(0) + ".")


# A folder of release notes, one file a release ("docs/releases/1.2.md", "changelog/v2.0.0.md", "news/5.1.rst")
_RELEASE_FOLDER = re.compile(
    r"(?:releases?|release[-_ ]?notes|change[-_ ]?logs?|changes|news|whats[-_ ]?new|history|versions)", re.IGNORECASE
)


# A title that says it names a release: it opens on the version ("1.2", "v2.0.0", "Version 2.3.0") or calls itself
# release notes or a changelog ("Jetstream v1.2.1 Release Notes"). A work titled with its own version ("Semantic
# Versioning 2.0.0", "Gestion sémantique de version 2.0.0": the SemVer specification) is no release's notes.
_RELEASE_TITLE = re.compile(
    r"^\W*(?:(?:v|version|release)\s*)?\d|\brelease(?:\s+notes)?\b|\bchange\s?log\b|\bchanges\b|\bwhat'?s\s+new\b",
    re.IGNORECASE,
)


def titled_release(title: str | None, relative: str) -> str:
    """The release a document's title names as release notes do (`_RELEASE_TITLE`: "Django 5.1 release notes", "1.2";
    any release heading in a folder of release notes), or with no title the release its file's name names there
    ("docs/releases/1.2.md" of entries alone); "" for none. Its entries are that release's, as entries under a
    release heading are (a question naming the version finds them)."""
    path = PurePosixPath(relative)
    in_folder = any(_RELEASE_FOLDER.fullmatch(part) for part in path.parts[:-1])
    if title:
        named = is_version_heading(title) and (in_folder or _RELEASE_TITLE.search(title) is not None)
        return title if named else ""
    return path.stem if in_folder and is_version_heading(path.stem) else ""
