"""Release notes (hf43, issue 11): each release's entries carry their own release as their section, whether releases
are headings at uneven levels or bold lines, and a release part of another ("4.0.1" under "4.0") stays under it.
hf45: a release heading may put the project's name before its version (paperless-ngx, Django), mark it unreleased,
or be a bold list item over its entries (axion-release-plugin's old CHANGELOG.md); the real texts are quoted below."""

from __future__ import annotations

import pytest

from retrieval.ingest.document import parse_document
from retrieval.ingest.releases import is_version_heading

UNEVEN = b"""# Release notes

## Upcoming release

* Fixed the installer on Linux.

# 4.0.1

Released 14 April 2024.

* Fixed a crash when loading saved farms.

## 4.0.0

Released 19 March 2024.

* Added support for the spring update.

### For mod authors

* Removed the old content API.

## 3.18.6

* Fixed a typo in the console.
"""

BOLD = b"""# Changelog

**1.4.0** (2023-05-01)

- Added dark mode to the viewer.

**v1.3.1**

- Documented the plugin interface.

**Version 1.2** - the first stable release

- Removed the legacy importer.

Some notes:

- **v1.0.0**: a list item stays a list item.
"""

SERIES = b"""# History

## 4.0

* The 4.0 series rewrote the scheduler.

### 4.0.1

* Fixed the scheduler's clock drift.

## Version 3

* Kept for old farms.

### 3.2.0

* Added a barn.
"""


def sections(data: bytes, name: str = "RELEASE-NOTES.md") -> dict[str, str]:
    document, _ = parse_document(name, data, 0)
    return {record.text: record.section for record in document.sentences if record.kind != "heading"}


def test_a_release_under_a_higher_release_heading_is_its_sibling() -> None:
    found = sections(UNEVEN)
    assert found["Fixed a crash when loading saved farms."] == "4.0.1"
    assert found["Added support for the spring update."] == "4.0.0"
    assert found["Removed the old content API."] == "4.0.0 › For mod authors"
    assert found["Fixed a typo in the console."] == "3.18.6"


def test_bold_release_lines_head_their_entries() -> None:
    found = sections(BOLD, "CHANGELOG.md")
    assert found["Added dark mode to the viewer."] == "1.4.0 (2023-05-01)"
    assert found["Documented the plugin interface."] == "v1.3.1"
    assert found["Removed the legacy importer."] == "Version 1.2 - the first stable release"
    assert found["v1.0.0: a list item stays a list item."] == "Version 1.2 - the first stable release"
    document, _ = parse_document("CHANGELOG.md", BOLD, 0)
    assert not any(r.kind != "heading" and r.text.startswith(("1.4.0", "v1.3.1")) for r in document.sentences)


def test_a_release_that_extends_the_one_above_stays_under_it() -> None:
    found = sections(SERIES, "HISTORY.md")
    assert found["Fixed the scheduler's clock drift."] == "4.0 › 4.0.1"
    assert found["Added a barn."] == "Version 3 › 3.2.0"


def test_numbered_sections_that_are_no_releases_keep_their_nesting() -> None:
    page = b"# Guide\n\n## Brewing\n\nBoil the water first.\n\n### 2.1 Green tea\n\nGreen tea steeps briefly.\n"
    assert sections(page, "guide.md")["Green tea steeps briefly."] == "Brewing › 2.1 Green tea"


# Real headings: paperless-ngx's docs/changelog.md, Django's docs/releases/5.1.txt and 4.2.11.txt, structlog's and
# attrs' changelogs, keep-a-changelog's "[Unreleased]" as cargo-release writes it, axion-release-plugin's bold lines,
# django-ai-assistant's "0.1.1 <small>November 19, 2024</small>"; and the "WIP 1.1.3", "1.1.3 (unreleased)".
RELEASES = [
    "paperless-ngx 2.18.0",
    "Django 5.1 release notes - UNDER DEVELOPMENT",
    "Django 4.2.11 release notes",
    "MyTool v3.2.0 (2024-05-01)",
    "structlog 24.1.0 - 2024-01-08",
    "attrs 23.2.0 (2023-12-31)",
    "WIP 1.1.3",
    "1.1.3 (unreleased)",
    "main (unreleased)",
    "Next release",
    "Upcoming release",
    "[Unreleased] - ReleaseDate",
    "Unreleased changes",
    "5.1 release notes",
    "0.1.1 November 19, 2024",
    "1.1.0 (02.02.2015)",
    "[0.0.1-beta.12] - 2020-8-25",
]
# A manual's headings with numbers: a version of something else goes on into words, names its own part, or is two
# parts after a name with no date or mark ("Ubuntu 22.04", "Python 3.12": an install guide's sections).
NO_RELEASES = [
    "Python 3 support",
    "Python 3.8 support",
    "Step 2",
    "Step 1.2.3",
    "Chapter 3",
    "Chapter 1.2: Getting started",
    "HTTP/2",
    "Section 4.2 Limits",
    "Section 4.2.1",
    "Figure 3.1 - 2019",
    "Table 2.1 (continued)",
    "2.1 Green tea",
    "Ubuntu 22.04",
    "Ubuntu 22.04 (Jammy)",
    "Python 3.12",
    "Upgrading to 2.0.0",
    "What's new in Django 5.1",
    "Backwards incompatible changes in 5.1",
    "2.0 changes everything",
    "Next steps",
    "Upcoming events",
    "Work in progress",
    "Released 2024-04-16",
    "3.1 1000 users",
]


@pytest.mark.parametrize("heading", RELEASES)
def test_a_heading_that_names_a_release(heading: str) -> None:
    assert is_version_heading(heading)


@pytest.mark.parametrize("heading", NO_RELEASES)
def test_a_heading_with_a_number_that_names_no_release(heading: str) -> None:
    assert not is_version_heading(heading)


# axion-release-plugin's CHANGELOG.md (as of February 2015): releases as bold list items over their entries
AXION = b"""axion-release-plugin changelog
====

* **1.1.0** (02.02.2015)
    * next version markers - ability to declare working on next major version
* **1.0.1** (15.01.2015)
    * support for setting custom key file/password in runtime
    * printing uncommitted changes on check failure
* **1.0.0** (12.12.2014)
    * support for different means of authorization

Old notes:

* **0.9.9**: added option to choose Git repository root
"""


def test_bold_list_items_over_their_entries_are_releases() -> None:
    found = sections(AXION, "CHANGELOG.md")
    assert found["next version markers - ability to declare working on next major version"] == "1.1.0 (02.02.2015)"
    assert found["printing uncommitted changes on check failure"] == "1.0.1 (15.01.2015)"
    assert found["support for different means of authorization"] == "1.0.0 (12.12.2014)"
    # a bold version that is a list item with no entries under it is one entry, as before
    assert "0.9.9: added option to choose Git repository root" in found
    document, _ = parse_document("CHANGELOG.md", AXION, 0)
    headings = [r.text for r in document.sentences if r.kind == "heading"]
    assert headings == [
        "axion-release-plugin changelog",
        "1.1.0 (02.02.2015)",
        "1.0.1 (15.01.2015)",
        "1.0.0 (12.12.2014)",
    ]
