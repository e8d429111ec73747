"""Readers' leftovers (hf48, issue 11), on real documents (tests/data/formats/README.md names their sources): a page's
title heads its source line, restic's "Changelog for restic X (date)" headings are releases and a "Table of Contents"
heading no title, a Jekyll page's front matter and template tags are no text of it, and a Jekyll page written as HTML
is read as HTML, not as code."""

from __future__ import annotations

from pathlib import Path

from bot.terminal import source_line
from retrieval.ingest.document import parse_document
from retrieval.ingest.releases import is_version_heading
from tests.files import FORMATS, open_service, write_docs
from tests.test_formats_issue11_hf47 import answers, read

RESTIC = "restic_changelog_two_releases.md"


async def test_a_pages_title_opens_its_source_line(tmp_path: Path) -> None:
    # the title of the page's front matter ("title: Getting Started") is the document's, shown first where a hit
    # stands; the sections under it follow
    page = (FORMATS / "kado_getting_started.md").read_bytes()
    docs = write_docs(tmp_path / "docs", {"kado/getting-started.md": page})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=None) as service:
        answer = await service.ask("Which folder holds the minified compiled files?", top=3)
    first = answer.hits[0]
    assert first.text.startswith("Once downloaded, you will have access to both source files and compiled files")
    assert first.source.title == "Getting Started"
    assert source_line(first.source).startswith(
        "— Getting Started · kado/getting-started.md · Overview of Current Version › Installation · "
    )


def test_restic_changelog_headings_are_releases() -> None:
    assert is_version_heading("Changelog for restic 0.19.1 (2026-07-05)")
    assert is_version_heading("Changes in 1.4.2")
    assert not is_version_heading("Changes in the API")
    assert not is_version_heading("Release notes for Ubuntu 22.04")  # a manual's heading, not a release
    document = read(RESTIC)
    # neither the contents' heading nor the first of the releases names the document: its file does
    assert document.title == Path(RESTIC).stem
    assert read("restic_changelog_excerpt.md").title == "restic_changelog_excerpt"
    found = answers(document)
    assert found["Fix #5234: Prevent mounting over the repository directory"] == (
        "Changelog for restic 0.19.1 (2026-07-05) › Summary"
    )
    assert found["Fix #2034: Support serving a restic mount of a Windows system via Samba"] == (
        "Changelog for restic 0.19.0 (2026-06-09) › Summary"
    )


async def test_what_changed_in_a_restic_release_gets_its_entries(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"CHANGELOG.md": (FORMATS / RESTIC).read_bytes()})
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=None) as service:
        answer = await service.ask("What changed in 0.19.0?", top=3)
    assert answer.hits
    assert all(hit.source.section.startswith("Changelog for restic 0.19.0 (2026-06-09)") for hit in answer.hits)


def test_a_jekyll_html_pages_front_matter_and_template_tags_are_no_text() -> None:
    document = read("choosealicense_licenses.html")
    assert document.title == "Licenses"  # its front matter's title
    texts = [r.text for r in document.sentences]
    # the Liquid includes before this sentence, in the same run of text, were read into it
    assert (
        "The above licenses represent the entire spectrum of open source licenses, from highly protective to "
        "unconditional." in texts
    )
    assert not any("{%" in text or "layout:" in text or text.startswith("---") for text in texts)


def test_a_jekyll_page_written_as_html_is_read_as_html() -> None:
    # kramdown reads the page's <div> whole; CommonMark read its indented HTML after the first blank line as code
    found = answers(read("kado_getting_started.md"))
    assert found["I recommend using the minified versions for speed purposes."] == (
        "Overview of Current Version › Installation"
    )
    # a Liquid expression among the words is left out, the words stay
    assert "Starting a project with is pretty straight forward." in found
    assert not any("{{" in text for text in found)
    found = answers(read("openschemas_index.md"))
    assert found["Schema.org provides a way for us to add semantic markup to web pages."] == "Schema.org"
    assert "Bioschemas started as a community effort in November 2015." in found


def test_indented_html_outside_a_whole_element_stays_code() -> None:
    page = b'# Embedding\n\nPaste this into your page:\n\n    <div class="player">\n\n    <p>Play</p>\n'
    document, _ = parse_document("embed.md", page, 0)
    assert [r.text for r in document.sentences if r.kind != "heading"] == ["Paste this into your page:"]
