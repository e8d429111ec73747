"""Format readers, issue 11 round 11: PDF titles run in with their section's first line, captions and reference
lists, and a book's title page, seen on realdocs-dev's tuning half and bench/data/realdocs_books. Each case made up
in the documents' shape."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from tests.test_formats import texts

# One printed line: its pieces, each (standard font, text), set one after the other on the same baseline.
Line = list[tuple[str, str]]
_SIZE = 11.0
_PITCH = 13.0
_SPACE = 0.28  # of the type size: a word space between two pieces


def pdf_with_runs(lines: list[Line], top: float = 720) -> bytes:
    """A one-page PDF of `lines` down the page (an empty line is a paragraph's space), each line's pieces placed one
    after the other as a typesetter sets a bold run-in title before the text in the body's face."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    baseline = top
    for pieces in lines:
        baseline -= _PITCH
        if not pieces:
            baseline -= _PITCH
            continue
        left = 72.0
        for font, text in pieces:
            item = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, font.encode(), ctypes.c_float(_SIZE))
            encoded = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(item, ctypes.cast(encoded, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(item, 1, 0, 0, 1, left, baseline)
            pdfium_c.FPDFPage_InsertObject(page.raw, item)
            right = ctypes.c_float(0)
            ignored = [ctypes.c_float(0) for _ in range(3)]
            pdfium_c.FPDFPageObj_GetBounds(
                item, ctypes.byref(ignored[0]), ctypes.byref(ignored[1]), ctypes.byref(right), ctypes.byref(ignored[2])
            )
            left = right.value + _SPACE * _SIZE
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


_BOLD, _BODY = "Helvetica-Bold", "Helvetica"


def test_a_numbered_title_run_in_with_its_first_line_is_a_heading() -> None:
    """A guide set its section titles in bold at the start of the section's first line ("2.2 Header Files In order
    for applications to use ..."): the title was no section, and the first sentence started with it."""
    data = pdf_with_runs(
        [
            [(_BOLD, "3.2 Spindle Calibration"), (_BODY, "The spindle must be calibrated before the first run of")],
            [(_BODY, "the day, and again after each change of the drive belt on the machine.")],
            [],
            [(_BOLD, "3.3 Belt Tension"), (_BODY, "Check the tension of the belt with the gauge that comes with it.")],
            [],
            [(_BOLD, "Note"), (_BODY, "Keep the gauge dry and store it in its case between two measurements,")],
            [(_BODY, "away from the heat of the motor, and have it checked by the maker once a year so that it")],
            [(_BODY, "keeps reading the tension right.")],
        ]
    )
    extracted = extract("guide.pdf", data)
    assert texts(extracted, "heading") == ["3.2 Spindle Calibration", "3.3 Belt Tension"]
    assert texts(extracted, "paragraph")[:2] == [
        "The spindle must be calibrated before the first run of\nthe day, and again after each change of the drive "
        "belt on the machine.",
        "Check the tension of the belt with the gauge that comes with it.",
    ]
    # a bold word that is no numbered title stays the sentence's
    assert texts(extracted, "paragraph")[2].startswith("Note Keep the gauge dry")
    document, _ = parse_document("guide.pdf", data, 0)
    first = next(s for s in document.sentences if s.kind == "paragraph")
    assert first.text.startswith("The spindle must") and first.section == "3.2 Spindle Calibration"


def test_a_bold_line_and_a_bold_figure_cell_are_no_run_in_titles() -> None:
    """A line set bold to its end is read as before; a bold first cell with figures after it is a table's row."""
    data = pdf_with_runs(
        [
            [(_BODY, "The measured loads of each axle are given below for the three test runs.")],
            [],
            [(_BOLD, "4.1 Front Axle"), (_BODY, "12.5 13.0 12.8")],
            [(_BOLD, "4.2 Rear Axle"), (_BODY, "14.1 14.4 14.0")],
            [],
            [(_BOLD, "4.3 Both Axles")],
            [(_BODY, "The loads of both axles stay within the limits the maker gives for the frame.")],
        ]
    )
    extracted = extract("loads.pdf", data)
    assert "4.1 Front Axle" not in texts(extracted, "heading")
    assert texts(extracted, "heading")[-1] == "4.3 Both Axles"


def test_a_numbered_title_opening_with_quotes_or_a_mixed_case_name_is_a_heading() -> None:
    """Numbered titles whose first word is in quotes ("4.1.1 “Software Only” Application") or a name in mixed case
    ("2. cFE Application Development Environment") were read as list items or as the text under them."""
    data = pdf_with_runs(
        [
            [(_BODY, "The controller reads its settings once, when it starts, from the file named below.")],
            [],
            [(_BOLD, "2. eCtl Settings File")],
            [(_BODY, "The settings file lists one option a line, each with its value after an equals sign.")],
            [],
            [(_BOLD, "2.1 “Quiet” Mode")],
            [(_BODY, "In quiet mode the controller writes nothing to its log unless an error occurs.")],
        ]
    )
    assert texts(extract("ectl.pdf", data), "heading") == ["2. eCtl Settings File", "2.1 “Quiet” Mode"]


def test_a_caption_that_only_names_its_figure_or_table_is_meta() -> None:
    """Captions that only name a figure or a table ("Figure 2-1. Tunneling Architecture", "TABLE III") were quoted
    as answers for the words they share with a question; a caption that says something, and a sentence opening
    with a figure's label, stay prose."""
    data = pdf_with_runs(
        [
            [(_BODY, "The relay forwards each request to the nearest of the three storage nodes in the ring.")],
            [],
            [(_BODY, "Figure 4-2. Relay Node Layout")],
            [],
            [(_BODY, "TABLE VI")],
            [],
            [(_BODY, "Table 3: Mean latency of the relay in milliseconds, measured over a week of traffic in 2021")],
            [],
            [(_BODY, "Figure 5 shows how the relay picks a node when two of them are equally near.")],
            [],
            [(_BODY, "Table 7. Relay settings are read once at start-up and kept until the next restart.")],
        ]
    )
    extracted = extract("relay.pdf", data)
    assert texts(extracted, "meta") == ["Figure 4-2. Relay Node Layout", "TABLE VI"]
    assert texts(extracted, "paragraph")[1:] == [
        "Table 3: Mean latency of the relay in milliseconds, measured over a week of traffic in 2021",
        "Figure 5 shows how the relay picks a node when two of them are equally near.",
        "Table 7. Relay settings are read once at start-up and kept until the next restart.",
    ]


_REFERENCES_PAGE = """<html><body>
<h1>Orchard Irrigation Notes</h1>
<h2>1 Watering</h2>
<p>[3] reports that drip lines save about a third of the water in dry summers.</p>
<p>Young trees need water twice a week in their first summer [3].</p>
<h2>References</h2>
<p>[1] A. Gardener and B. Hoe. Drip lines for small orchards. Journal of Made-up Farming, 12(3):1-9, 2011.</p>
<p>[WATER] Rainfield, Cora. “Irrigation in Dry Summers.” Orchard Press, 2019, available at:</p>
<p>https://example.org/irrigation</p>
<p>Dana Plum and Eli Pear, 2015. Mulch and moisture. In Proceedings of the Orchard Meeting.</p>
<p>These works are listed for further reading only.</p>
<h2>2 Pruning</h2>
<p>[2] Prune in late winter, before the buds open.</p>
</body></html>
"""


def test_the_entries_of_a_reference_list_are_meta() -> None:
    """A reference list's entries ("[1] A. Author. Title. Journal, 2011.", "[BALLOON] Boneh, Dan, ...") were quoted as
    answers for the words of their titles; the list's own prose and bracketed text elsewhere stay."""
    extracted = extract("orchard.html", _REFERENCES_PAGE.encode())
    meta = texts(extracted, "meta")
    assert [entry[:12] for entry in meta] == ["[1] A. Garde", "[WATER] Rain", "https://exam", "Dana Plum an"]
    paragraphs = texts(extracted, "paragraph")
    assert "These works are listed for further reading only." in paragraphs
    assert paragraphs[0].startswith("[3] reports") and paragraphs[-1].startswith("[2] Prune")


_GUTENBERG_HEADER = """<p>The Project Gutenberg EBook of Orchard Tales, by Amos Writer</p>
<p>*** START OF THIS PROJECT GUTENBERG EBOOK ORCHARD TALES ***</p>
"""
_CHAPTER_ONE = """<h2>CHAPTER I. THE MILL</h2>
<p>The mill stood at the bottom of the orchard, where the stream turned twice before it ran under the road, and
the miller's daughter kept the accounts of every sack that came in from the farms round about.</p>
"""
_TITLE_PAGE_WITH_CONTENTS = f"""<html><head><title>Orchard Tales, by Amos Writer</title></head><body>
{_GUTENBERG_HEADER}
<h1>ORCHARD TALES</h1>
<h3>by</h3>
<h3>Amos Writer</h3>
<p>With a Preface by the Editor</p>
<h3>CONTENTS</h3>
<p>CHAPTER I. THE MILL</p>
<p>CHAPTER II. THE FLOOD</p>
<p>CHAPTER III. THE HARVEST</p>
{_CHAPTER_ONE}
<h2>CHAPTER II. THE FLOOD</h2>
<p>The flood came in March, after a winter of deep snow on the hills above the valley and a week of rain.</p>
<h2>CHAPTER III. THE HARVEST</h2>
<p>By the harvest the mill was grinding again, and nobody spoke of the flood any more.</p>
</body></html>
"""
_TITLE_PAGE_WITHOUT_CONTENTS = f"""<html><head><title>Orchard Tales</title></head><body>
{_GUTENBERG_HEADER}
<h1>ORCHARD TALES or A YEAR IN THE VALLEY</h1>
<p>by<br/>AMOS WRITER</p>
<p>MILLSTONE AND SONS, RIVER ROW, LONDON<br/>1911</p>
<p>All rights reserved</p>
<p>First printed in the Valley Gazette, 1909.</p>
{_CHAPTER_ONE}
</body></html>
"""


def test_a_gutenberg_books_title_page_is_no_section_and_no_answer() -> None:
    """A book's title page (its title, "by", the author, the publisher, "All rights reserved") stood as the section
    over every chapter ("ORCHARD TALES › CHAPTER I. THE MILL") and its lines were quoted as answers."""
    for page in (_TITLE_PAGE_WITH_CONTENTS, _TITLE_PAGE_WITHOUT_CONTENTS):
        document, _ = parse_document("orchard.htm", page.encode(), 0)
        sentences = [s for s in document.sentences if s.kind != "heading"]
        assert sentences[0].text.startswith("The mill stood at the bottom of the orchard")
        assert sentences[0].section == "CHAPTER I. THE MILL"
        assert all(s.section.startswith("CHAPTER") for s in sentences)
        assert document.title.startswith("Orchard Tales")
    # the same lines in a document that is no Gutenberg book are read as before
    plain = _TITLE_PAGE_WITHOUT_CONTENTS.replace(_GUTENBERG_HEADER, "")
    sentences = [s for s in parse_document("orchard.htm", plain.encode(), 0)[0].sentences if s.kind != "heading"]
    assert "All rights reserved" in [s.text for s in sentences]


def test_a_gutenberg_edition_without_its_licence_header_has_its_title_page_read_too() -> None:
    """Some Gutenberg HTML editions carry no START line, only the series name in their title: the title page's
    headings (the author's name in spaced letters, "OF") were the sections of the introduction and chapters."""
    page = _TITLE_PAGE_WITH_CONTENTS.replace(_GUTENBERG_HEADER, "").replace(
        "<title>Orchard Tales, by Amos Writer</title>", "<title>The Project Gutenberg eBook of Orchard Tales</title>"
    )
    document, _ = parse_document("orchard.htm", page.encode(), 0)
    sentences = [s for s in document.sentences if s.kind != "heading"]
    assert sentences[0].section == "CHAPTER I. THE MILL"
    assert document.title == "Orchard Tales"
