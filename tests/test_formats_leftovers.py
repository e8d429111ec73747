"""Format readers, leftovers of issue 11 found on unseen real documents (Federal Register, ISO 29500, odfpy's ODT
files): each case made up in the documents' shape."""

from __future__ import annotations

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import document_records, document_title, parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.formats.pdf import _add_paragraphs, _Line, glued, is_table_header_line, is_unnumbered_heading
from tests.test_formats import pdf_with_lines, texts, zipfile_bytes


def built(lines: list[str]) -> BlockBuilder:
    builder = BlockBuilder()
    _add_paragraphs(builder, [_Line(text, False, 1) for text in lines])
    return builder


def paragraphs(lines: list[str]) -> list[str]:
    builder = built(lines)
    text = builder.text()
    return [text[b.start : b.end] for b in builder.blocks]


def test_pdf_urls_addresses_and_codes_broken_at_a_line_end_are_joined() -> None:
    """The Federal Register breaks 'https://' / 'www.regulations.gov' and 'FAA–2020–' / '0686' at line ends: read with
    a space, the quote was not the address or the docket number."""
    blocks = paragraphs(
        [
            "It is also available in the docket, which may be found on the internet at https://",
            "www.regulations.gov by searching for and locating Docket No. FAA–2020–",
            "0686; or in person at Docket Operations, Room W12–140, between 9 a.m. and 5 p.m. on weekdays.",
            "Questions go to Ian Won by e-mail: 9-FAA-SACO-AD-Inquiry@",
            "faa.gov, and the draft report is posted at https://www.faa.gov/",
            "aircraft/draft_docs/fsb/ for public comment by the operators of these airplanes.",
        ]
    )
    assert len(blocks) == 2
    assert "https://www.regulations.gov by searching" in blocks[0]
    assert "FAA–2020–0686; or in person" in blocks[0]
    assert "9-FAA-SACO-AD-Inquiry@faa.gov," in blocks[1]
    assert "https://www.faa.gov/aircraft/draft_docs/fsb/ for public" in blocks[1]


def test_pdf_line_ends_that_do_not_break_a_token() -> None:
    # a table's column of sites: a complete address and the next cell
    assert not glued("StaySafeOnline.org http://www.staysafeonline.org/", "telework.gov http://www.telework.gov/")
    assert not glued("in a 2019 accident –", "2020 figures show")  # a dash between words, not in a code
    assert not glued("write to info@", "the office")
    assert not glued("the total was 35–", "forty")
    assert glued("Docket Operations, M–", "30, West Building")
    assert glued("Product Identifier 2019–", "NM–035–AD.")
    assert glued("(http://knkt.dephub.go.id/knkt/", "ntsc_aviation/baru/2018.pdf)")
    assert glued("https://fsims.faa.gov/PICResults.aspx?mode=", "Publication&doctype=MMELByModel.")


def test_pdf_web_address_broken_after_www_is_joined() -> None:
    """A thesis's references break 'http://www.' / 'sciencemag.org/content/...' at a line end: the full stop after
    "www" ends no sentence, and the address is quoted whole."""
    assert glued("Nature, 12(3):45–67, 2001. http://www.", "examplejournal.org/content/12/3/45.abstract.")
    assert glued("see the project's site (www.", "example-project.net) for the data")
    assert not glued("We logged every request to www.", "Then the server restarted.")
    assert not glued("the host was awww.", "example.org")  # not a "www." standing as a word
    blocks = paragraphs(
        [
            "[4] A. Author and B. Author. A made-up study of networks. Nature, 12(3):45–67, 2001. http://www.",
            "examplejournal.org/content/12/3/45.abstract.",
        ]
    )
    assert blocks[0].endswith("2001. http://www.examplejournal.org/content/12/3/45.abstract.")


def test_pdf_url_broken_in_a_real_pdf_is_quoted_whole() -> None:
    data = pdf_with_lines(
        [
            ("Helvetica", "Comments may be sent through the portal."),
            ("Helvetica", "The docket may be found on the internet at https://"),
            ("Helvetica", "www.regulations.gov by searching for Docket No. FAA–2020–"),
            ("Helvetica", "0686 among the open dockets of the agency."),
        ]
    )
    extracted = extract("register.pdf", data)
    records = [r for r in document_records(extracted) if r.kind != "heading"]
    assert any("https://www.regulations.gov by searching for Docket No. FAA–2020–0686 among" in r.text for r in records)
    for record in records:  # the verbatim guarantee: each sentence is the slice at its offsets
        assert " ".join(extracted.text[record.start : record.end].split()) == record.text


def test_pdf_run_in_labels_table_headers_and_rows_are_not_headings() -> None:
    """'FOR FURTHER INFORMATION CONTACT: Ian' (the label runs into the paragraph), ISO 29500's 'Symbol Description'
    (a table's header row) and '6.2 Central directory encryption No No No' (a row) were headings."""
    assert not is_unnumbered_heading("FOR FURTHER INFORMATION CONTACT: Ian")
    assert not is_unnumbered_heading("CODEN: NSPUE2")
    assert not is_unnumbered_heading("Symbol Description")
    assert is_table_header_line("Name Description") and not is_table_header_line("Session Bindings")
    # a row of figures (a USDA price table) and a transcript cover's date were sections of what followed
    assert not is_unnumbered_heading("Iowa 2.85 2.99 - 3.30 2.85 - 3.07")
    assert not is_unnumbered_heading("Tuesday, January 13, 2009")
    for title in ("Session Bindings", "CHAPTER 1: INTRODUCTION", "Appendix A: Strength of Secrets", "Title 42 of 2019"):
        assert is_unnumbered_heading(title), title
    for lines in (
        [
            "The following table lists the methods a package may use to compress its parts.",
            "6.2 Central directory encryption No No No",
            "The methods marked Yes are supported by every consumer of the package format described here.",
        ],
        [
            "Comments will be available in the AD docket shortly after receipt.",
            "FOR FURTHER INFORMATION CONTACT: Ian",
            "Won, Manager, Seattle ACO Branch, FAA, 2200 South 216th St., Des Moines, WA 98198.",
        ],
    ):
        assert not [b for b in built(lines).blocks if b.kind == "heading"], lines[1]


def test_pdf_title_is_a_heading_of_the_first_page() -> None:
    """ISO 29500-2 has no metadata title and no heading on its title page: its title was 'Symbol Description', a
    table's header line on page 18, and every sentence after it was in that 'section'."""
    builder = BlockBuilder()
    builder.add("paragraph", "Information technology — Office Open XML File Formats", page=1)
    builder.add("heading", "Conformance", level=1, page=2)
    builder.add("paragraph", "A package conforms when it follows the rules of this Part.", page=2)
    assert builder.first_heading(page=1) is None
    extracted = builder.build("pdf", builder.first_heading(page=1))
    assert document_title(extracted, "ISO-IEC-29500-2") == "ISO-IEC-29500-2"
    sections = {r.text: r.section for r in document_records(extracted, "ISO-IEC-29500-2")}
    assert sections["A package conforms when it follows the rules of this Part."] == "Conformance"


ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)
STYLES = (
    f"<office:document-styles {ODF}><office:styles>"
    '<style:style style:name="Heading" style:family="paragraph"/>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>'
    '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"/>'
    '</office:styles><office:master-styles><style:master-page style:name="Standard">'
    "<style:header><text:p>Running header of every page</text:p></style:header>"
    "<style:footer><text:p>Page footer text</text:p></style:footer>"
    "</style:master-page></office:master-styles></office:document-styles>"
)


def odt(body: str) -> bytes:
    content = f"<office:document-content {ODF}><office:body><office:text>{body}</office:text></office:body>"
    content += "</office:document-content>"
    return zipfile_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content, "styles.xml": STYLES}
    )


def test_odt_title_page_lines_are_meta() -> None:
    """odfpy's manual opens with three Title paragraphs ('Application Programmer's Interface' / 'for' /
    'ODFPY 0.9.1'): 'ODFPY 0.9.1' was stored as a sentence and was the first answer to 'What does the odfpy teletype
    module do?'."""
    data = odt(
        '<text:p text:style-name="Title">Application Programmer\'s Interface</text:p>'
        '<text:p text:style-name="Title">for</text:p><text:p text:style-name="Title">ODFPY 0.9.1</text:p>'
        '<text:p text:style-name="Subtitle">Written by the maintainers</text:p>'
        '<text:h text:outline-level="1">Teletype module</text:h>'
        "<text:p>The teletype module adds text with spaces, tabs and line breaks to an element.</text:p>"
    )
    extracted = extract("api-for-odfpy.odt", data)
    assert texts(extracted, "meta") == [
        "Application Programmer's Interface",
        "for",
        "ODFPY 0.9.1",
        "Written by the maintainers",
    ]
    assert extracted.title == "Application Programmer's Interface for ODFPY 0.9.1"
    document, _ = parse_document("api-for-odfpy.odt", data, 0)
    assert [r.text for r in document.sentences if r.kind != "heading"] == [
        "The teletype module adds text with spaces, tabs and line breaks to an element."
    ]


def test_odt_header_and_footer_text_is_not_read() -> None:
    """Page headers and footers (styles.xml's master pages) are furniture repeated on every page, like a PDF's running
    headers, which are dropped; Word's are not read either. A document with only a heading and them has nothing to
    answer with (odfpy's headerfooter.odt)."""
    data = odt('<text:h text:outline-level="1">Lorem ipsum</text:h><text:p>Body text stands here.</text:p>')
    extracted = extract("headerfooter.odt", data)
    assert "Running header" not in extracted.text and "footer" not in extracted.text
    with pytest.raises(UnreadableDocument, match="no sentences"):
        parse_document("headerfooter.odt", odt('<text:h text:outline-level="1">Lorem ipsum</text:h>'), 0)


def test_html_box_labels_are_not_sections() -> None:
    """The EPUB 3 spec's notes ('<div class="note"><h3 class="title">note</h3>', 55 of them) and Apache's
    ('<div class="note"><h3>Note</h3>') were headings: 'note' became the section of what followed, the next
    subsections included."""
    page = (
        "<html><body><h2>3 Package Documents</h2><p>A package document describes the publication.</p>"
        '<div class="note" title="note"><h3 class="title">note</h3><p>Terms from any vocabulary may be used.</p></div>'
        "<h3>3.1 The manifest Element</h3><p>The manifest lists every resource of the publication.</p>"
        '<div class="warning"><h4>Warning:</h4><p>Remote resources are not allowed here.</p></div>'
        "<section><h4>Example</h4><p>A real section.</p></section>"
        "</body></html>"
    )
    extracted = extract("spec.html", page.encode())
    assert texts(extracted, "heading") == ["3 Package Documents", "3.1 The manifest Element", "Example"]
    assert texts(extracted, "meta") == ["note", "Warning:"]
    sections = {r.text: r.section for r in document_records(extracted, "spec")}
    assert sections["The manifest lists every resource of the publication."] == (
        "3 Package Documents › 3.1 The manifest Element"
    )
