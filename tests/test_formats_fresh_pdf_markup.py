"""Fresh documents in PDF and Markdown (issue 11): a Markdown page's HTML blocks keep their headings, paragraphs and
table rows; in a PDF, a title set large over two lines is one heading, a reference's first line and a paragraph's
indented first line are no headings, a running header is found by its place, a WordPerfect bullet alone is a bullet,
a paragraph goes on under a figure at the next page's top."""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
import pytest

from retrieval.ingest.document import document_records, document_title
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.formats.pdf import _level_unnumbered_headings
from tests.test_pdf_layout import Item, column, paragraphs, pdf_with_items

# Jekyll's documentation: notes as `<div class="note">` boxes with an <h5> title, tables of variables in HTML.
_JEKYLL_PAGE = """\
---
title: Configuration Options
---

## Global Configuration

The options below can be set in the configuration file.

<div class="note warning">
  <h5>Destination folders are cleaned on site builds</h5>
  <p>
    The contents of <code>&lt;destination&gt;</code> are automatically
    cleaned when the site is built.
  </p>
</div>

<div class="note">
  <h5>Gather your collections {%- include docs_version_badge.html version="3.7.0" -%}</h5>

  <p>You can store all your collections in one folder.</p>
</div>

<table>
  <tr><th>Variable</th><th>Description</th></tr>
  <tr><td><p><code>label</code></p></td><td><p>The name of your collection.</p></td></tr>
  <tr><td><p><code>docs</code></p></td><td><p>An array of {% raw %}documents{% endraw %}.</p></td></tr>
</table>

## Serve Command Options

Serve runs a local server.
"""


def test_a_markdown_pages_html_blocks_keep_their_structure() -> None:
    """Read as one paragraph each, a note's <h5> title ran into its first sentence ("Destination folders are cleaned
    on site builds The contents of ...") and a table's cells into prose ("Variable | Description label | The name
    ..."); a Liquid tag in the block was read as words."""
    extracted = extract("options.md", _JEKYLL_PAGE.encode())
    blocks = [(b.kind, " ".join(extracted.block_text(b).split())) for b in extracted.blocks]
    assert ("meta", "Destination folders are cleaned on site builds") in blocks
    assert ("paragraph", "The contents of <destination> are automatically cleaned when the site is built.") in blocks
    assert ("meta", "Gather your collections") in blocks  # its <h5> alone in its HTML block, the box still open
    assert ("table_row", "label | The name of your collection.") in blocks
    assert ("table_row", "docs | An array of documents.") in blocks
    assert not any("{%" in text for _, text in blocks)
    records = document_records(extracted, document_title(extracted, "options"))
    # a box's title is no section: what follows the box stays in the section around it
    assert next(r for r in records if r.text.startswith("You can store")).section == "Global Configuration"
    assert next(r for r in records if r.text.startswith("Serve runs")).section == "Serve Command Options"


def test_an_html_heading_standing_alone_in_markdown_heads_the_page() -> None:
    """A README's centred `<h1 align="center">` was a paragraph, "Widget" an answer, and the page had no title."""
    readme = '<h1 align="center">Widget</h1>\n\nWidget turns a folder of notes into a wiki.\n\n## Install\n\nRun it.\n'
    extracted = extract("README.md", readme.encode())
    kinds = {" ".join(extracted.block_text(b).split()): b.kind for b in extracted.blocks}
    assert kinds["Widget"] == "heading"
    assert extracted.title == "Widget"


def _body(opening: str, count: int) -> list[str]:
    return [f"{opening} line {n} of the survey report goes on here with more words in it" for n in range(count)] + [
        "and it ends."
    ]


def test_a_title_set_large_over_two_lines_is_one_heading() -> None:
    """An LNCS paper's title in 14 points over two lines ("LayoutParser: A Unified Toolkit for Deep" / "Learning
    Based Document Image Analysis") was two headings, and the paper was titled by the first line alone."""
    title = [
        (150.0, 700.0, 14.0, "Harbour Ledgers: A Unified Archive for Deep"),
        (156.0, 680.0, 14.0, "Learning of Old Trade Records"),
    ]
    body = column(_body("The harbour office", 14), top=640, pitch=12, size=10)
    extracted = extract("ledgers.pdf", pdf_with_items([title + body]))
    headings = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "heading"]
    assert headings[0] == "Harbour Ledgers: A Unified Archive for Deep Learning of Old Trade Records"
    assert extracted.title is not None
    assert (
        " ".join(extracted.title.split()) == "Harbour Ledgers: A Unified Archive for Deep Learning of Old Trade Records"
    )


def test_a_references_first_line_ending_on_and_is_no_heading() -> None:
    """Under a hanging indent a reference's first line ("Adam Meyers, Ralph Grishman, Michiko Kosaka, and") read as a
    heading: the next entries were a section of it, not references, and answered questions."""
    lines = [
        *_body("The harbour office", 6),
        "",
        "References",
        "",
        "Eugene Agar and Lena Gravel. 2000. Snowdrift: Reading Relations from",
        "Large Plaintext Ledgers. In Proceedings of DL-00.",
        "Adam Mayer, Rolf Grant, Mia Kosa, and",
        "Sam Zhao. 2001. Covering Tree Banks with Harbour Structures. In the",
        "Workshop on Sharing Tools and Resources for Research and Education.",
    ]
    extracted = extract("survey.pdf", pdf_with_items([column(lines, pitch=12, size=10)]))
    headings = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "heading"]
    assert "Adam Mayer, Rolf Grant, Mia Kosa, and" not in headings
    assert not any("Mia Kosa" in text for text in paragraphs(extracted))  # a reference: no answer


def test_a_paragraphs_indented_first_line_in_title_case_is_no_heading() -> None:
    """The Federal Register indents a paragraph's first line and sets its headings at the column's edge: "Except for
    Confidential Business" / "Information (CBI) as described in the" read as a heading over the rest of the page."""
    opening = [
        "The harbour office keeps the ledgers of the old port in",
        "a room beside the customs house, and the clerks read",
        "them to any trader who asks at the desk.",
    ]
    items: list[Item] = [(72.0, 730.0 - 12 * n, 10.0, text) for n, text in enumerate(opening)]
    items += [
        (72.0, 686.0, 10.0, "Comments Invited"),
        (82.0, 672.0, 10.0, "The harbour office invites you to take part in"),
        (72.0, 660.0, 10.0, "this survey by sending written comments, data,"),
        (72.0, 648.0, 10.0, "or views about the ledgers of the old port."),
        (82.0, 636.0, 10.0, "Except for Confidential Harbour Trade Business"),
        (72.0, 624.0, 10.0, "Records as described in the following paragraph,"),
        (72.0, 612.0, 10.0, "the office will post all the comments it receives."),
    ]
    extracted = extract("notice.pdf", pdf_with_items([items]))
    headings = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["Comments Invited"]  # at the column's edge, the paragraph's first line indented under it
    assert any(p.startswith("Except for Confidential Harbour Trade Business Records as") for p in paragraphs(extracted))


_PORT_WORDS = ["anchor", "barrel", "cargo", "dock", "ferry", "galley"]


def _summary_page(number: int, notes_first: bool = False) -> list[Item]:
    """A page of a summary: its running header with the page number, four lines of prose; with `notes_first`, a
    footnote of four lines set before all of it in the page's content, as pdfium then gives it."""
    items: list[Item] = []
    if notes_first:
        notes = [
            "1 Copying is used here as a short name for the rights of an author",
            "of a ledger under the harbour rules, which the office keeps on file",
            "in the archive room for the traders and the clerks to read when",
            "they ask for them at the desk beside the customs house door.",
        ]
        items += [(72.0, 90.0 - 10 * n, 8.0, text) for n, text in enumerate(notes)]
    items.append((72.0, 760.0, 9.0, f"Harbour Ledger Summary March 1998 Page {number}"))
    word = _PORT_WORDS[number]
    body = [
        f"The {word} clerks of the harbour office copy the {word} ledger by hand and",
        f"the master checks every {word} line of it before the archive closes for",
        f"the night, when the {word} traders leave the quay and go home to their",
        f"families in the town above the {word} harbour and its old stone walls.",
    ]
    return items + [(72.0, 730.0 - 13 * n, 10.0, text) for n, text in enumerate(body)]


def test_a_running_header_given_after_the_pages_footnotes_is_no_text() -> None:
    """pdfium gave a page of the DMCA summary its footnote first: the running header, fifth in reading order, was
    not at the page's edge by that order and ran into the sentence going over the page ("Copyright Office Summary
    December 1998 Page 4 unauthorized copying of ...") or headed a section of its own."""
    data = pdf_with_items([_summary_page(number, notes_first=number == 3) for number in range(1, 6)])
    extracted = extract("summary.pdf", data)
    texts = [extracted.block_text(b) for b in extracted.blocks]
    assert not any("Harbour Ledger Summary" in text for text in texts)
    assert any("The dock clerks" in text for text in texts)


def test_a_wordperfect_bullet_alone_on_its_line_is_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    """WordPerfect sets its bullets in "WPTypographicSymbols", whose "•" comes out as "!"; pdfium gave each alone on
    its line, and the DMCA summary's five titles were five "!" sentences before their items."""
    lines = [
        "The harbour act is divided into three parts:",
        "!",
        "Part one sets the hours of the harbour office.",
        "!",
        "Part two sets the fees for each berth.",
    ]
    data = pdf_with_items([column(lines, pitch=14, size=10)])
    real = pdfium_c.FPDFText_GetFontInfo

    def font_info(textpage: object, index: int, buffer: object, length: int, flags: object) -> int:
        count = real(textpage, index, buffer, length, flags)
        if chr(pdfium_c.FPDFText_GetUnicode(textpage, index)) == "!":
            ctypes.memmove(buffer, b"WPTypographicSymbols\x00", 21)
        return int(count)

    monkeypatch.setattr(pdfium_c, "FPDFText_GetFontInfo", font_info)
    extracted = extract("act.pdf", data)
    texts = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks]
    assert "!" not in texts
    assert "Part one sets the hours of the harbour office." in texts


def test_a_paragraph_going_on_over_a_figure_at_the_next_pages_top_is_one() -> None:
    """A paper's paragraph ran to the page's foot mid-sentence ("... utilisant QSL. Sur") and went on under a figure
    set at the next page's top ("FIG. 1 – Les dimensions ..." / "cette base, nous proposons ..."): the caption cut
    the sentence in two."""
    first = [
        "The harbour office keeps the ledgers of the old port in a room beside",
        "the customs house, and the clerks read them to any trader who asks.",
        "The master checks every line of each ledger before the archive closes. On",
    ]
    second = [
        "this evidence, the office decided to copy every ledger by hand once a year",
        "and to keep the copies in the town hall, far from the damp of the quay.",
    ]
    page_one: list[Item] = [(72.0, 700.0 - 13 * n, 10.0, text) for n, text in enumerate(first)]
    page_two: list[Item] = [(150.0, 700.0, 10.0, "Figure 1: The harbour office and its archive room")]
    page_two += [(72.0, 560.0 - 13 * n, 10.0, text) for n, text in enumerate(second)]
    extracted = extract("ledgers.pdf", pdf_with_items([page_one, page_two]))
    found = paragraphs(extracted)
    joined = "before the archive closes. On this evidence, the office decided to copy every ledger by hand once a year"
    assert any(joined in p for p in found)
    assert any("Figure 1: The harbour office" in extracted.block_text(b) for b in extracted.blocks)


# Vue's German guide (vuejs-translations/docs-de, guide/essentials/conditional.md): a demo box shows the output.
_VUE_DEMO_PAGE = """\
# Bedingtes Rendering

## `v-else`

<div class="demo">
  <button @click="awesome = !awesome">Toggle</button>
  <h1 v-if="awesome">Vue is awesome!</h1>
  <h1 v-else>Oh no 😢</h1>
</div>

Ein `v-else`-Element muss unmittelbar auf ein `v-if`- oder ein `v-else-if`-Element folgen.

## `v-show`

`v-show` bietet keine Unterstützung für die Nutzung mit einem `<template>`-Element.
"""


def test_a_heading_in_a_box_after_the_title_heads_no_section() -> None:
    """The demo's <h1> "Oh no 😢" headed every later section of the page ("Oh no 😢 › v-show") in all 7 translations;
    before a title, a box's <h1> is still the page's heading (a README's centred `<div align="center"><h1>`)."""
    extracted = extract("conditional.md", _VUE_DEMO_PAGE.encode())
    records = document_records(extracted, document_title(extracted, "conditional"))
    assert next(r for r in records if r.text.startswith("Ein v-else")).section == "v-else"
    assert next(r for r in records if r.text.startswith("v-show bietet")).section == "v-show"
    readme = '<div align="center">\n  <h1>Widget</h1>\n  <p>Notes to wiki.</p>\n</div>\n\n## Install\n\nRun it.\n'
    extracted = extract("README.md", readme.encode())
    assert [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"] == ["Widget", "Install"]


def test_a_line_opening_on_table_or_figure_in_a_paragraph_is_no_caption() -> None:
    """A wrapped line that opens on "Table I, ...", "table would ..." or "figure out ..." goes on the paragraph
    (IEEEtran's HOWTO: "As shown in" / "Table I, TEX normally draws ..." were two paragraphs); a caption whose label
    ends "7.1.:" (Think Python's "Figure 7.1.: State diagram.") only names its figure and is no answer."""
    lines = [
        "The harbour clerks keep their ledgers in a fixed order, as shown in",
        "Table I, and each volume carries the seal of the office on its spine",
        "so that the traders can figure out which of the shelves holds it.",
        "",
        "Figure 7.1.: Shelf diagram.",
        "",
        "The archive room opens at dawn and closes when the last ship is in",
        "table by table, the clerks count the books before they lock the door.",
    ]
    extracted = extract("ledger.pdf", pdf_with_items([column(lines)]))
    found = paragraphs(extracted)
    assert found[0].startswith("The harbour clerks") and found[0].endswith("holds it.")
    assert found[1].startswith("The archive room") and found[1].endswith("lock the door.")
    assert "Figure 7.1.: Shelf diagram." not in found


def test_a_contents_pages_heading_heads_no_section_after_it() -> None:
    """A contents page's "Table of Contents" (a book part, level 1; it read as a caption's "Table o..." before) over
    its leader lines and a "List of Figures" line: the unnumbered "Executive Summary" after it, before "1.
    Introduction", was levelled under it (NIST SP 800-46r2) and stays at the top level."""
    builder = BlockBuilder()
    builder.add("heading", "Acknowledgements", page=2)
    builder.add("paragraph", "The harbour clerks helped with every ledger of this report.", page=2)
    builder.add("heading", "Table of Contents", level=1, page=3)
    for n in range(1, 6):
        builder.add("meta", f"{n}. Chapter Number {n} of the Ledger ........................ {n * 3}", page=3)
    builder.add("paragraph", "List of Figures and Tables", page=3)
    builder.add("heading", "Executive Summary", page=4)
    builder.add("paragraph", "The harbour office keeps its ledgers in one room.", page=4)
    builder.add("heading", "1. Introduction", level=1, page=5)
    _level_unnumbered_headings(builder)
    text = builder.text()
    levels = {text[b.start : b.end]: b.level for b in builder.blocks if b.kind == "heading"}
    assert levels == {"Acknowledgements": 1, "Table of Contents": 1, "Executive Summary": 1, "1. Introduction": 1}


def test_a_readmes_badges_and_logo_are_no_answers() -> None:
    """A README opens on its badges, linked images whose alt texts ("PyPI - Version", "Coverage Status") read as one
    paragraph, and its logo (mail-parser's README, github.com/SpamScope/mail-parser; grobid's "License / Coverage
    Status / Docker Hub"); a picture standing alone as a paragraph names the picture. Text beside an image stays."""
    page = (
        "[![PyPI - Version](https://img.shields.io/pypi/v/quill)](https://pypi.org/project/quill/)\n"
        "[![Coverage Status](https://coveralls.io/repos/quill/badge.svg)](https://coveralls.io/quill)\n\n"
        "![Quill](https://example.org/logo.png)\n\n"
        "# quill\n\n"
        "Quill parses harbour ledgers into records.\n\n"
        "![The parser's flow](flow.png) shows the three passes a ledger goes through.\n"
    )
    extracted = extract("README.md", page.encode())
    blocks = [(b.kind, " ".join(extracted.block_text(b).split())) for b in extracted.blocks]
    assert ("meta", "PyPI - Version Coverage Status") in blocks
    assert ("meta", "Quill") in blocks
    assert ("paragraph", "Quill parses harbour ledgers into records.") in blocks
    assert ("paragraph", "The parser's flow shows the three passes a ledger goes through.") in blocks


def test_an_indented_first_line_before_lines_pdfium_ran_together_goes_on_its_paragraph() -> None:
    """pdfium gives a LaTeX paper's lines broken after a hyphen as one line (196 of 675 in an ACL paper, P14-1059 in
    github.com/allenai/science-parse's test files), which made a full line seem 2.5 times as long: a paragraph's
    indented first line ("Generation can be even more useful when the") read as short and was a paragraph alone."""
    ledger = [
        "The harbour clerks keep every ledger of the office in one long archive room, and the vol-",
        "umes stand on oak shelves that run along the north wall from the door to the win-",
        "dow, each shelf marked with the year of the ledgers it holds and the name of the clerk",
        "who wrote them.",
    ]
    order = [
        "The ledgers of the harbour can be even more useful to the traders of the coast when the",
        "clerks write each entry in the same order, so that a trader who reads the book can fi-",
        "nd the line he wants without help. They learn the order in their first year at the desk.",
    ]
    items: list[Item] = []
    for text_lines in (ledger, ledger, ledger, order, ledger, ledger):
        for number, text in enumerate(text_lines):  # LaTeX's first-line indent, no space between paragraphs
            items.append((84.0 if number == 0 else 72.0, 700.0 - 12 * len(items), 10.0, text))
    found = paragraphs(extract("ledgers.pdf", pdf_with_items([items])))
    opening = next(text for text in found if text.startswith("The ledgers of the harbour"))
    assert opening.endswith("in their first year at the desk.")


def test_a_booklets_contents_heads_no_chapter_when_the_first_chapters_title_is_no_heading() -> None:
    """An InDesign booklet (Cancer Council's "Understanding Breast Cancer", unstructured's example-docs
    failure-after-repair.pdf): "Contents" over its lines, then the first chapter, whose title ("What is cancer?")
    reads as no heading, so its text stood in the contents' section; every later chapter ("The breasts", "Key
    questions" ...) was levelled under "Contents"."""
    builder = BlockBuilder()
    builder.add("heading", "Contents", level=1, page=4)
    for n, name in enumerate(("What is a kettle?", "The spout", "Key questions", "Descaling"), start=1):
        builder.add("meta", f"{name} ........................ {n * 2}", page=4)
    builder.add("paragraph", "What is a kettle?", page=6)
    for n in range(4):
        builder.add("paragraph", f"A kettle boils water for tea, and this is sentence {n} about it.", page=6)
    builder.add("heading", "The spout", page=8)
    builder.add("paragraph", "The spout pours the water.", page=8)
    builder.add("heading", "Key questions", page=10)
    builder.add("paragraph", "How often is a kettle descaled?", page=10)
    _level_unnumbered_headings(builder)
    text = builder.text()
    levels = {text[b.start : b.end]: b.level for b in builder.blocks if b.kind == "heading"}
    assert levels == {"Contents": 1, "The spout": 1, "Key questions": 1}
