"""Readers' leftovers (hf47, issue 11), on real documents (tests/data/formats/README.md names their sources): a list of
links alone is navigation, a `<figure markdown>` block's picture and tags are no sentences, RST releases set as bold
lines and chapters lifted to a subtitle head their sections at the right level, a release named only by its file's
title heads its entries, and template text alone is no sentence."""

from __future__ import annotations

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import parse_document
from retrieval.ingest.releases import titled_release
from retrieval.models import ParsedDocument
from tests.files import FORMATS


def read(name: str, relative: str | None = None) -> ParsedDocument:
    document, _ = parse_document(relative or name, (FORMATS / name).read_bytes(), 0)
    return document


def answers(document: ParsedDocument) -> dict[str, str]:
    """Each answer sentence's text and its section path."""
    return {r.text: r.section for r in document.sentences if r.kind != "heading"}


def test_a_contents_list_of_links_is_navigation() -> None:
    document = read("restic_changelog_excerpt.md")
    found = answers(document)
    # the "Table of Contents" list of 41 links to the releases below: no answers
    assert not any(text.startswith("Changelog for 0.") for text in found)
    # the release's own entries and sentences are still answers
    assert "The changes are ordered by importance." in found
    assert "Fix #5234: Prevent mounting over the repository directory" in found


def test_a_list_of_links_a_sentence_introduces_stays() -> None:
    found = answers(read("mkdocs_terminal_palettes.md"))
    assert "Terminal for MkDocs supports the following color palettes by default:" in found
    assert {"blueberry", "gruvbox_dark", "sans_dark"} <= set(found)


def test_a_markdown_figure_is_a_picture_and_a_caption() -> None:
    document = read("mkdocs_terminal_figure.md")
    texts = [r.text for r in document.sentences]
    # the picture's Markdown, read as HTML, was a sentence "![some image](../img/picsum/120_small.jpg)"
    assert not any("![" in text or "<fig" in text or "some image" in text for text in texts)
    assert not any("Guillaume" in text for text in texts)  # the caption credits the picture: meta
    found = answers(document)
    assert any(text.startswith("Captioned figures require the attr_list and md_in_html") for text in found)


def test_rst_bold_release_lines_head_their_entries() -> None:
    document = read("pytest_base_url_CHANGES.rst")
    found = answers(document)
    assert found["Drop support for python 3.7"] == "2.1.0 (2024-01-31)"
    assert found["Switch to pyproject.toml and Poetry"] == "2.0.0 (2022-03-27)"
    assert found["Initial release"] == "1.0.0 (2016-05-10)"
    headings = [r.text for r in document.sentences if r.kind == "heading"]
    assert headings[:3] == ["Release Notes", "2.1.0 (2024-01-31)", "2.0.0 (2022-03-27)"]
    assert not any(text.startswith("1.4.2 (") for text in found)


def test_rst_sections_under_a_lifted_chapter_title_are_below_it() -> None:
    document = read("restic_examples_2017.rst")
    assert document.title == "Examples"
    found = answers(document)
    chapter = "Setting up restic with Amazon S3"
    assert found["This tutorial will show you how to use restic with AWS S3."] == f"{chapter} › Preface"
    assert found["The snapshot was successfully restored."] == f"{chapter} › Initializing the restic repository"


def test_a_release_named_only_by_the_title_heads_its_entries() -> None:
    found = answers(read("jetstream_release_1.2.1.md", "docs/releases/1.2.1.md"))
    assert found["Improves performance for workflow reset/retry/resume methods"] == "Jetstream v1.2.1 Release Notes"
    # headings under the title, even at its level, stay inside the release
    found = answers(read("jetstream_release_1.6.1.md", "docs/releases/1.6.1.md"))
    assert found["Added unit test for mash only feature"] == "Jetstream v1.6.1 Release Notes › Dev Notes"


def test_an_untitled_release_file_is_named_by_its_file_in_a_release_folder() -> None:
    body = b"- Fixes error with Slurm jobs reporting the incorrect state\n- Improves performance for resume\n"
    document, _ = parse_document("docs/releases/1.2.1.md", body, 0)
    assert {r.section for r in document.sentences} == {"1.2.1"}
    document, _ = parse_document("docs/guide/1.2.1.md", body, 0)  # no folder of releases: a numbered page
    assert {r.section for r in document.sentences} == {""}
    assert titled_release("Guide", "docs/releases/1.2.md") == ""
    assert titled_release("Django 5.1 release notes", "docs/5.1.txt") == "Django 5.1 release notes"
    # a work titled with its own version is no release's notes (the SemVer specification, in two of its languages)
    assert titled_release("Semantic Versioning 2.0.0", "semver.md") == ""
    assert titled_release("Gestion sémantique de version 2.0.0", "semver-fr.md") == ""


def test_a_template_alone_is_no_document() -> None:
    with pytest.raises(UnreadableDocument):
        read("coloraide_theme_main.html")


LAYOUT = b"""<html><head><title>{{ page.title }}</title></head><body>
<h1>{{ page.title }}</h1>
{% include header.html %}
<p>The server reads its settings from config.toml at start.</p>
{% if site.beta %}<p>Beta features are on.</p>{% endif %}
<p>{{ content }}</p>
</body></html>
"""

PAGE = b"""# {{ page.title }}

{% include header.html %}

The server reads its settings from `config.toml` at start.

Your site is at {{ site.url }} after the build. Write `{{ site.url }}` to print it.
"""

AUTOSUMMARY = b"""{{ fullname | escape | underline }}

Settings
========

The server reads its settings from ``config.toml`` at start.

{% for item in methods %}
{{ item }}
{% endfor %}
"""


@pytest.mark.parametrize(("name", "data"), [("layout.html", LAYOUT), ("page.md", PAGE), ("class.rst", AUTOSUMMARY)])
def test_template_text_is_not_quoted(name: str, data: bytes) -> None:
    document, _ = parse_document(name, data, 0)
    texts = [r.text for r in document.sentences]
    assert "The server reads its settings from config.toml at start." in texts
    assert not any("{%" in text or "{{ page" in text or "{{ content" in text or "{{ item" in text for text in texts)
    assert "{{" not in document.title


def test_a_template_expression_in_markdown_running_text_goes_but_a_code_span_keeps_it() -> None:
    document, _ = parse_document("page.md", PAGE, 0)
    texts = [r.text for r in document.sentences]
    assert "Your site is at after the build." in texts
    assert "Write {{ site.url }} to print it." in texts
