"""Changelogs and the body (issue 12): a changelog's entry yields to the body only when a body hit answers about as
well, and "what changed in <version>?" gets the first entries of the release whose heading names that version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from retrieval.answer import answering
from retrieval.answer.answering import without_pointers_first
from retrieval.answer.ranking import asked_version, names_release
from retrieval.index import sqlite_corpus
from retrieval.models import Hit, Source
from tests.files import open_service, write_docs

CHANGELOG = """# Changelog

Every release of the kettle firmware is listed here, newest first.

## [3.18.0](https://example.org/compare/3.17.2...3.18.0) - 2024-05-02

### Removed

- The old two-button timer is gone from the control panel.

### Added

- The boil alarm now beeps three times before the plate switches off.
- A child lock keeps the lid shut while the water boils. (#41)

### Fixed

- Descaling no longer stops halfway when the lid is opened.

## 3.17.2 - 2024-03-11

- The water gauge reads the level after the plate cools down.
- Descaling takes ten minutes longer on hard water.
"""

CHANGES_RST = """Changes
=======

Version 2.2.0
-------------

Released 2024-04-16

-   Drop support for the copper heating plate.
-   #52

-   Add a night light under the handle.

Version 2.1.0
-------------

Released 2023-11-02

-   The lid opens with one hand.
"""

GUIDE = """# Using the kettle

## Python 3.8 support

The kettle's companion script runs on every supported interpreter, and nothing changed in it for years.

## The alarm

The boil alarm beeps when the water reaches the chosen temperature.
Descaling removes the lime that builds up on the heating plate over the months.
"""


# paperless-ngx's docs/changelog.md (2.18.1, its "All App Changes" list left out, and the head of 2.18.0): each
# release heading names the project before the version (hf45)
PAPERLESS = """# Changelog

## paperless-ngx 2.18.1

### Features / Enhancements

- Tweak: fix some button consistency [@shamoon](https://github.com/shamoon) ([#10593](https://github.com/paperless-ngx/paperless-ngx/pull/10593))
- Fixhancement: mobile layout improvements for pdf editor [@shamoon](https://github.com/shamoon) ([#10588](https://github.com/paperless-ngx/paperless-ngx/pull/10588))

### Bug Fixes

- Fix: fix app logo validation with no file [@shamoon](https://github.com/shamoon) ([#10599](https://github.com/paperless-ngx/paperless-ngx/pull/10599))

## paperless-ngx 2.18.0

### Notable Changes

- Feature: PDF editor [@shamoon](https://github.com/shamoon) ([#10318](https://github.com/paperless-ngx/paperless-ngx/pull/10318))

### Features / Enhancements

- Feature: Add filter to localize dates for filepath templating [@stumpylog](https://github.com/stumpylog) ([#10559](https://github.com/paperless-ngx/paperless-ngx/pull/10559))
- Enhancement: support webhook restrictions [@shamoon](https://github.com/shamoon) ([#10555](https://github.com/paperless-ngx/paperless-ngx/pull/10555))
"""


def test_the_version_a_question_names_and_the_headings_that_name_it() -> None:
    assert asked_version("What changed in kettle 3.18.0?") == "3.18.0"
    assert asked_version("what's new in v2.2?") == "2.2"
    assert asked_version("How do I descale the kettle?") is None
    assert names_release("3.18.0 - 2024-05-02", "3.18.0")
    assert names_release("Version 2.2.0", "2.2")  # "2.2" names the release 2.2.0
    assert not names_release("Version 2.2.0", "2.2.1")
    assert not names_release("Python 3.8 support", "3.8")  # a manual's heading with a number names no release
    assert not names_release("Released 2024-04-16", "2024")


@pytest.mark.parametrize(
    ("version", "engine"),
    [("3.18.0", "rank-bm25"), ("3.18", "rank-bm25"), ("v3.18.0", "rank-bm25"), ("3.18", "tantivy")],
)
async def test_what_changed_in_a_version_gets_its_release_first_entries(
    tmp_path: Path, version: str, engine: str
) -> None:
    # tantivy reads the store's rows (a heading's row between the entries) and finds the release by its section runs
    docs = write_docs(tmp_path / "docs", {"CHANGELOG.md": CHANGELOG, "guide.md": GUIDE})
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine, reranker=None) as service:
        answer = await service.ask(f"What changed in {version}?", top=5)
    texts = [hit.text for hit in answer.hits]
    # its first three statements, in the changelog's order; the sub-headings ("Removed", "Added") are no entries
    assert texts[:3] == [
        "The old two-button timer is gone from the control panel.",
        "The boil alarm now beeps three times before the plate switches off.",
        "A child lock keeps the lid shut while the water boils. (#41)",
    ]
    assert not any(text.startswith(("The water gauge", "Descaling takes")) for text in texts[:3])


async def test_an_rst_release_skips_its_date_line_and_reference_numbers(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"CHANGES.rst": CHANGES_RST, "guide.md": GUIDE})
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = await service.ask("What's new in version 2.2.0?", top=5)
        other = await service.ask("What changed in 2.1.0?", top=5)
    assert [hit.text for hit in answer.hits[:2]] == [
        "Drop support for the copper heating plate.",
        "Add a night light under the handle.",
    ]
    assert other.hits[0].text == "The lid opens with one hand."  # its own release only


async def test_a_version_that_is_no_release_or_a_question_not_about_changes_moves_nothing(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"CHANGELOG.md": CHANGELOG, "guide.md": GUIDE})
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        manual = await service.ask("What changed in the companion script for Python 3.8?", top=3)
        alarm = await service.ask("Does the boil alarm of 3.18.0 beep?", top=3)
    # "3.8" heads a manual's section, no release: the lexical answer stands
    assert manual.hits[0].text.startswith("The kettle's companion script runs")
    # no question about changes: ranked as any other
    assert "The boil alarm now beeps three times before the plate switches off." in [h.text for h in alarm.hits]
    assert alarm.hits[0].text != "The old two-button timer is gone from the control panel."


def hit(text: str, score: float, path: str, section: str, terms: tuple[str, ...]) -> Hit:
    title = "Changelog" if path == "CHANGELOG.md" else "Guide"
    return Hit(text, score, (Source(path, title, 1, 1, section),), terms)


def test_an_entry_yields_only_to_a_body_hit_that_holds_its_terms_nearly_as_well() -> None:
    question = "Does the child lock keep the lid shut while boiling?"
    entry = hit(
        "A child lock keeps the lid shut while the water boils.",
        1.0,
        "CHANGELOG.md",
        "3.18.0 - 2024-05-02 › Added",
        ("child", "lock", "lid", "shut", "boil"),
    )
    # close in score, but about the lid alone: the entry is the only strong evidence and keeps its place
    lid = hit("The lid opens with one hand.", 0.86, "guide.md", "The lid", ("lid", "shut"))
    assert [h.text for h in without_pointers_first(question, [entry, lid])] == [entry.text, lid.text]
    # a body sentence holding the entry's terms (all but one) within the share: the body answers too
    body = hit(
        "The child lock keeps the lid shut until the water stops boiling.",
        0.88,
        "guide.md",
        "Safety",
        ("child", "lock", "lid", "shut"),
    )
    assert without_pointers_first(question, [entry, lid, body])[0].text == body.text
    # the same sentence far below the entry is no match for it
    far = hit(body.text, 0.5, "guide.md", "Safety", body.matched_terms)
    assert without_pointers_first(question, [entry, far])[0].text == entry.text


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
@pytest.mark.parametrize(
    ("alpha_heading", "beta_heading"),
    [
        # Both collections' changelogs have a 1.0.0; a question limited to beta sees beta's entries only.
        ("1.0.0 - 2024-01-01", "1.0.0 - 2024-02-02"),
        # The same section paths, and alpha's last run stands right before beta's first: the runs are two releases,
        # one a document, and a question limited to beta finds beta's.
        ("1.0.0", "1.0.0"),
    ],
)
async def test_a_question_limited_to_a_collection_gets_its_own_release(
    tmp_path: Path, engine: str, alpha_heading: str, beta_heading: str
) -> None:
    docs = write_docs(
        tmp_path / "docs",
        {
            "alpha/CHANGELOG.md": f"# Changelog\n\n## {alpha_heading}\n\n- The alpha kettle boils twice as fast.\n",
            "beta/CHANGELOG.md": f"# Changelog\n\n## {beta_heading}\n\n- The beta toaster browns both sides.\n",
        },
    )
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine, reranker=None) as service:
        beta = await service.ask("What changed in 1.0.0?", top=5, scope=frozenset({"beta"}))
        alpha = await service.ask("What changed in 1.0.0?", top=5, scope=frozenset({"alpha"}))
    assert [hit.text for hit in beta.hits] == ["The beta toaster browns both sides."]
    assert [hit.text for hit in alpha.hits] == ["The alpha kettle boils twice as fast."]


async def test_a_release_s_rows_are_read_from_the_store_in_few_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # tantivy answers from the store's rows: the documents of the runs under the release's heading are read in one
    # read, and the release's first rows in another, not a row a query (its sub-headings' rows, then its entries)
    docs = write_docs(tmp_path / "docs", {"CHANGELOG.md": CHANGELOG})
    reads: list[int] = []
    read_rows = sqlite_corpus.reader.sentences_by_id
    found = answering.release_entries

    def counted(*args: Any) -> Any:
        reads.append(len(args[1]))
        return read_rows(*args)

    def release_entries(*args: Any) -> Any:
        monkeypatch.setattr(sqlite_corpus.reader, "sentences_by_id", counted)
        try:
            return found(*args)
        finally:
            monkeypatch.setattr(sqlite_corpus.reader, "sentences_by_id", read_rows)

    monkeypatch.setattr(answering, "release_entries", release_entries)
    async with open_service(docs, tmp_path / "db.sqlite3", engine="tantivy", reranker=None) as service:
        answer = await service.ask("What's new in 3.18.0?", top=5)
    assert [hit.text for hit in answer.hits[:3]] == [
        "The old two-button timer is gone from the control panel.",
        "The boil alarm now beeps three times before the plate switches off.",
        "A child lock keeps the lid shut while the water boils. (#41)",
    ]
    assert len(reads) == 2  # the runs' documents (Removed, Added, Fixed), then the release's first rows


async def test_a_release_heading_that_names_its_project_gets_its_entries(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"changelog.md": PAPERLESS, "guide.md": GUIDE})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=None) as service:
        answer = await service.ask("What changed in paperless-ngx 2.18.0?", top=5)
    assert [hit.text for hit in answer.hits[:3]] == [
        "Feature: PDF editor @shamoon (#10318)",
        "Feature: Add filter to localize dates for filepath templating @stumpylog (#10559)",
        "Enhancement: support webhook restrictions @shamoon (#10555)",
    ]
