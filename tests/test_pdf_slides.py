"""PDF slide decks and tables of figures (retrieval/ingest/formats/pdf.py): a slide's title wherever pdfium gives it,
a slide's text kept to its slide, a table's number-led rows that are no numbered headings."""

from __future__ import annotations

import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from tests.test_pdf_layout import Item, _text_object, column, pdf_with_items

# A deck exported to PDF: 720 x 540 points, titles at 40 points, bullets at 28.
SLIDE = (720.0, 540.0)


def deck(slides: list[list[Item]], size: tuple[float, float] = SLIDE) -> bytes:
    """A PDF with one page of `size` per slide, its text items drawn in the order given (the order pdfium reads
    them in)."""
    return pdf_with_items(slides, size)


def bullets(lines: list[str], top: float = 400) -> list[Item]:
    return [(40, top - 38 * i, 28, f"• {line}") for i, line in enumerate(lines)]


def test_a_slides_title_drawn_last_is_its_section_and_no_bullet_runs_over_the_slide() -> None:
    """Some decks give a slide's title last on its page (GROBID's "Why good bibliographical metadata" / "are
    important" after the slide's bullets, and a title first on the next slide ran into the last bullet before it):
    the largest line at the page's top is the slide's title and the section of its bullets, whatever pdfium's order."""
    first = [(180, 470, 40, "Metadata consolidation"), *bullets(["Crossref gives the full record", "Price to pay"])]
    second = [
        *bullets(["Records serve different purposes", "Search needs the key information of an item"]),
        (74, 477, 40, "Why good bibliographical metadata"),
        (254, 434, 40, "are important"),
    ]
    third = [(60, 480, 40, "Evaluation for headers"), *bullets(["Header fields reach a high accuracy"])]
    data = deck([first, second, third])
    extracted = extract("talk.pdf", data)
    headings = [(b.page, extracted.block_text(b)) for b in extracted.blocks if b.kind == "heading"]
    assert headings == [
        (1, "Metadata consolidation"),
        (2, "Why good bibliographical metadata\nare important"),
        (3, "Evaluation for headers"),
    ]
    items = [extracted.block_text(b) for b in extracted.blocks if b.kind == "list_item"]
    assert items[1] == "Price to pay"  # the next slide's title does not run into it
    document, _ = parse_document("talk.pdf", data, 0)
    sections = {s.text: s.section for s in document.sentences if s.kind != "heading"}
    assert sections["Search needs the key information of an item"] == "Why good bibliographical metadata are important"
    assert sections["Header fields reach a high accuracy"] == "Evaluation for headers"


def test_a_bold_word_above_the_title_in_a_corner_and_a_title_in_bold_at_the_body_size() -> None:
    """The title is the largest line near the top ("Availability" under a bold "Demo !" in a corner), or a line set
    bold over text that is not ("Approach", its bullets hardly smaller)."""
    first = [(590, 511, 30, "Demo !"), (170, 467, 42, "Availability"), *bullets(["Grobid is open source"])]
    second = [*bullets(["Each model has its own features"]), (70, 475, 31, "Approach")]
    pdf = pdfium.PdfDocument.new()
    for index, items in enumerate([first, second]):
        page = pdf.new_page(*SLIDE)
        for left, baseline, size, text in items:
            font = b"Helvetica-Bold" if index == 1 and text == "Approach" else b"Helvetica"
            _text_object(pdf, page, text, 28 if text == "Approach" else size, left, baseline, font)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    extracted = extract("talk.pdf", buffer.getvalue())
    headings = [(b.page, extracted.block_text(b)) for b in extracted.blocks if b.kind == "heading"]
    assert headings == [(1, "Availability"), (2, "Approach")]


def test_pages_that_are_no_slides_keep_their_order() -> None:
    """A portrait page, a landscape table in a report's small type and a ledger under a large stamped number are
    no slides: nothing moves."""
    report = column(["The annual report of the harbour.", "", "Every berth was let this year."])
    table = [(72, 560 - 14 * i, 10, f"Row {i} of the harbour's berths and their tenants") for i in range(10)]
    ledger = [(60, 500 - 14 * i, 9, f"13-May-16 {38 + i} BP R Chq. No. 0859{i:02d}") for i in range(8)]
    stamped = [*ledger, (726, 563, 27, "3549")]
    for data in (
        pdf_with_items([report]),
        deck([[(72, 590, 16, "Table 3 Berths"), *table]], (792, 612)),
        deck([stamped], (792, 612)),
    ):
        extracted = extract("report.pdf", data)
        assert not any(b.kind == "heading" and b.level == 1 and b.page for b in extracted.blocks[1:])


def test_a_column_of_figures_each_led_by_a_number_is_no_run_of_numbered_headings() -> None:
    """A table of figures read line by line ("19.92 soft" / "42.16 Levenshtein" / "31.14 Ratcliff-Obershelp"):
    its numbers do not go on as sections' do, so its lines are no headings; real sections in a row still are."""
    figures = ["Instance-level recall", "6.73 strict", "19.92 soft", "42.16 Levenshtein", "31.14 Ratcliff-Obershelp"]
    sections = [
        "3.1 Scope",
        "The scope of the harbour rules is every berth.",
        "3.2 Terms",
        "3.2.1 Berths",
        "A berth is a place at the quay where a ship lies.",
    ]
    results = ["The clerk measured how well the names were matched.", "", *figures, "grey:"]
    extracted = extract("report.pdf", pdf_with_items([column(sections), column(results)]))
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["3.1 Scope", "3.2 Terms", "3.2.1 Berths"]
