"""Release notes (hf43, issue 11): each release's entries carry their own release as their section, whether releases
are headings at uneven levels or bold lines, and a release part of another ("4.0.1" under "4.0") stays under it."""

from __future__ import annotations

from retrieval.ingest.document import parse_document

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
