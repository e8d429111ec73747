"""Format readers, issue 11 round 8: text boxes and frames, and what realdocs-dev's tuning questions missed. Each
case made up in the documents' shape."""

from __future__ import annotations

import io

import pytest

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space
from retrieval.ingest.structure import ExtractedText
from tests.test_formats import texts
from tests.test_formats_leftovers import odt

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'
_DRAW = (
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _assert_verbatim(extracted: ExtractedText) -> None:
    """Every stored sentence is the slice of the extracted text at its offsets, inside one block of its kind."""
    records = document_records(extracted)
    assert records
    for record in records:
        assert normalize_space(extracted.text[record.start : record.end]) == record.text
        assert any(b.kind == record.kind and b.start <= record.start and record.end <= b.end for b in extracted.blocks)


def _docx_box(*paragraphs: str) -> str:
    """A text box as Word saves it: the drawing (wps) and, in the fallback for older readers, its VML copy."""
    content = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (
        f"<w:r {_W} {_MC} {_WPS} {_V}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:wsp>"
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def _docx(build: object) -> bytes:
    import docx

    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_text_box_in_a_table_cell_is_read_once_after_its_row() -> None:
    """A text box anchored in a table cell was left out (the cell's text skips it, and only paragraphs of the body
    had their boxes read); Word shows it over the table."""
    from docx.oxml import parse_xml

    def build(document: object) -> None:
        document.add_paragraph("The depot keeps three kinds of crates.")  # type: ignore[attr-defined]
        table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text = "Crate size"
        table.cell(0, 1).text = "Shelf"
        table.cell(0, 0).paragraphs[0]._p.append(parse_xml(_docx_box("Oversized crates wait by the gate.")))
        document.add_paragraph("Orders leave on Fridays.")  # type: ignore[attr-defined]

    extracted = extract("depot.docx", _docx(build))
    assert texts(extracted, "table_row") == ["Crate size | Shelf"]
    assert texts(extracted, "paragraph") == [
        "The depot keeps three kinds of crates.",
        "Oversized crates wait by the gate.",
        "Orders leave on Fridays.",
    ]
    _assert_verbatim(extracted)


def test_docx_text_box_inside_a_text_box_is_read_once() -> None:
    """A box drawn inside a box: the outer box's paragraphs were read with every paragraph under them, then the
    inner box again on its own."""
    from docx.oxml import parse_xml

    inner = _docx_box("The inner box names the keeper.")
    outer = (
        f"<w:r {_W} {_MC} {_WPS} {_V}><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
        "<w:p><w:r><w:t>The outer box lists the rules.</w:t></w:r></w:p>"
        f"<w:p>{inner}</w:p><w:p><w:r><w:t>Visitors sign the book.</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r>"
    )

    def build(document: object) -> None:
        paragraph = document.add_paragraph("Rules of the lighthouse.")  # type: ignore[attr-defined]
        paragraph._p.append(parse_xml(outer))
        document.add_paragraph("The lamp is lit at dusk.")  # type: ignore[attr-defined]

    extracted = extract("lighthouse.docx", _docx(build))
    assert [t for t in texts(extracted, "paragraph") if t] == [
        "Rules of the lighthouse.",
        "The outer box lists the rules.",
        "The inner box names the keeper.",
        "Visitors sign the book.",
        "The lamp is lit at dusk.",
    ]
    _assert_verbatim(extracted)


def test_odt_frames_and_text_boxes_are_paragraphs_of_their_own() -> None:
    """odfpy's samples: a picture's caption frame or a text box anchored in a paragraph was read into it, glued to its
    words ('SunThe earth's climate has ...', 'WAITING FOR PAPA'S STORY."It's a very strange story'); in a table cell
    the box was read twice."""
    box = (
        '<draw:frame draw:name="Frame1" text:anchor-type="paragraph"><draw:text-box>'
        "<text:p>Lanterns hang by the door.<draw:frame><draw:image/></draw:frame></text:p>"
        "<text:p>Photo: the harbour office.</text:p></draw:text-box></draw:frame>"
    )
    body = (
        f'<text:h text:outline-level="1">Harbour</text:h><text:p {_DRAW}>{box}The harbour opens at dawn.</text:p>'
        "<text:p>Ships leave at noon.</text:p>"
        f"<table:table {_DRAW}><table:table-row><table:table-cell><text:p>Berth{box}</text:p></table:table-cell>"
        "<table:table-cell><text:p>North</text:p></table:table-cell></table:table-row></table:table>"
    )
    extracted = extract("harbour.odt", odt(body))
    assert texts(extracted, "paragraph") == [
        "The harbour opens at dawn.",
        "Lanterns hang by the door.",
        "Photo: the harbour office.",
        "Ships leave at noon.",
    ]
    assert texts(extracted, "table_row") == ["Berth Lanterns hang by the door. Photo: the harbour office. | North"]
    _assert_verbatim(extracted)


def test_docx_vertical_merge_with_no_cell_above_does_not_lose_the_file() -> None:
    """A merged cell that continues down past a row too short to hold it (Unstructured's grid_offset_error.docx):
    python-docx raises ValueError for the row's cells and the whole file was skipped; Word shows every row."""
    from docx.oxml import parse_xml

    def cell(text: str, merge: str | None = None) -> str:
        merged = f"<w:tcPr><w:vMerge w:val='{merge}'/></w:tcPr>" if merge == "restart" else ""
        merged = "<w:tcPr><w:vMerge/></w:tcPr>" if merge == "continue" else merged
        return f"<w:tc>{merged}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    table = (
        f"<w:tbl {_W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell('Pier')}{cell('Open all year', 'restart')}</w:tr><w:tr>{cell('Slipway')}</w:tr>"
        f"<w:tr>{cell('Crane')}{cell('', 'continue')}</w:tr></w:tbl>"
    )

    def build(document: object) -> None:
        first = document.add_paragraph("The yard has three working areas.")  # type: ignore[attr-defined]
        first._p.addnext(parse_xml(table))
        document.add_paragraph("Each area has its own foreman.")  # type: ignore[attr-defined]

    extracted = extract("yard.docx", _docx(build))
    assert texts(extracted, "table_row") == ["Pier | Open all year", "Slipway", "Crane"]
    assert texts(extracted, "paragraph")[-1] == "Each area has its own foreman."
    _assert_verbatim(extracted)


def _pdf_pages(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list of lines (Helvetica, top to bottom)."""
    from tests.test_formats import pdf_with_pages

    return pdf_with_pages([[("Helvetica", line) for line in lines] for lines in pages])


_PROSE = [
    "The harbour master keeps a log of every ship that enters the port during the night watch.",
    "Each entry names the ship, its flag, its cargo and the berth it was given by the pilot on duty.",
    "The log is read by the port authority at the end of every week and then stored in the archive.",
    "It is kept in ink.",
]


def test_pdf_sections_numbered_point_zero_are_chapters() -> None:
    """NIST's Cybersecurity Framework numbers its chapters '1.0 Framework Introduction', '2.0 Framework Basics': read
    as level 2, each stayed under 'Executive Summary' and '2.0' did not close '1.0 ... › 1.1 ...'."""
    data = _pdf_pages(
        [
            [*_PROSE, "Overview", *_PROSE, "1.0 Harbour Basics", *_PROSE, "1.1 Pilots and Berths", *_PROSE],
            ["2.0 Using the Log", *_PROSE],
        ]
    )
    records = document_records(extract("harbour.pdf", data))
    sections = {r.section for r in records if r.kind != "heading"}
    assert sections == {
        "",
        "Overview",
        "1.0 Harbour Basics",
        "1.0 Harbour Basics › 1.1 Pilots and Berths",
        "2.0 Using the Log",
    }


def test_pdf_report_front_pages_contents_and_executive_summary() -> None:
    """A government report (NIST SP 800-123): its cover and title pages ('Special Publication 800-123', authors, a
    DOI, a date) were answers; a contents entry over two lines ('4.2.1 Remove or Disable ... Network' / 'Protocols
    .... 4-3') was a section that held the whole executive summary; 'Executive Summary' at the top of its page was
    text, and its page numbers 'ES-1' were sentences."""
    data = _pdf_pages(
        [
            ["Special Publication 900-12", "Guide to Harbour Lights", "Anna Berg", "Tomas Lind"],
            ["Anna Berg", "Lights Division", "https://doi.org/10.0000/EXAMPLE.900-12", "March 2031"],
            [
                "Table of Contents",
                "Executive Summary" + "." * 60 + "ES-1",
                "1. Introduction" + "." * 60 + "1-1",
                "1.1 Lamps, Lenses, Mirrors, Shutters and Other Parts of a Harbour",
                "Light" + "." * 60 + "1-2",
                "1.2 Keepers" + "." * 60 + "1-3",
            ],
            ["Executive Summary", *_PROSE, "ES-1"],
            ["1. Introduction", *_PROSE],
        ]
    )
    extracted = extract("lights.pdf", data)
    records = document_records(extracted)
    said = [r.text for r in records if r.kind != "heading"]
    assert said == [sentence for _ in range(2) for sentence in _PROSE]
    assert [r.section for r in records if r.kind != "heading"] == ["Executive Summary"] * 4 + ["1. Introduction"] * 4
    assert not [t for t in texts(extracted, "heading") if "Lamps" in t]
    _assert_verbatim(extracted)


def test_html_numbered_label_and_its_paragraph_are_one_item() -> None:
    """Franklin's autobiography names each virtue in a paragraph of its own ('13. Humility.') over its precept
    ('Imitate Jesus and Socrates.'): apart, the precept lost the name a question asks it by."""
    page = (
        "<html><body><h2>Rules of the Ship</h2><p>The captain wrote three rules, each with a short precept:</p>"
        '<p class="three"><span class="smcap">1. Order.</span></p><p>Keep every rope coiled on its pin.</p>'
        '<p class="three"><span class="smcap">2. Silence</span><br /></p><p>Speak only on watch.</p>'
        "<p>3. Rest.</p><h3>After the rules</h3><p>The crew signed the rules at noon.</p><p>4. Thrift.</p>"
        "</body></html>"
    )
    extracted = extract("ship.html", page.encode())
    assert texts(extracted, "list_item") == [
        "1. Order.\nKeep every rope coiled on its pin.",
        "2. Silence\nSpeak only on watch.",
    ]
    assert texts(extracted, "paragraph") == [
        "The captain wrote three rules, each with a short precept:",
        "3. Rest.",
        "The crew signed the rules at noon.",
        "4. Thrift.",
    ]
    records = document_records(extracted)
    order = [r for r in records if r.text in ("1. Order.", "Keep every rope coiled on its pin.")]
    assert len(order) == 2 and order[0].paragraph == order[1].paragraph
    _assert_verbatim(extracted)


@pytest.mark.parametrize(
    ("text", "encoding", "name"),
    [
        ("Właściciel łodzi płaci za miejsce w porcie każdego miesiąca.", "cp1250", "Windows-1250 (Central European)"),
        ("Správce přístavu zapisuje každou loď, která připluje v noci.", "cp1250", "Windows-1250 (Central European)"),
        (
            "Prístavný úradník zapíše každú loď, ktorá pripláva ľahko a šťastne.",
            "iso8859_2",
            "ISO-8859-2 (Central European)",
        ),
        ("Liman görevlisi her gemiyi deftere yazıyor; gümrük memuru çay içiyor.", "cp1254", "Windows-1254 (Turkish)"),
        ("Le maître du port note chaque navire; la crème brûlée est servie à bord.", "cp1252", "Windows-1252"),
        ("Der Hafenmeister schreibt jedes Schiff auf, das nachts ankommt; Grüße.", "cp1252", "Windows-1252"),
    ],
)
def test_legacy_central_european_and_turkish_code_pages(text: str, encoding: str, name: str) -> None:
    """Text files saved in Central European or Turkish code pages were read as Windows-1252: 'w³aœciciel', 'pøístav',
    'ka¾dú', 'yazýyor'; Western text stays Windows-1252."""
    extracted = extract("harbour.txt", text.encode(encoding))
    assert texts(extracted, "paragraph") == [text]
    assert extracted.notes == (f"not valid UTF-8; decoded as {name}",)


def test_html_signature_and_dateline_set_flush_right_are_not_sentences() -> None:
    """Franklin's letters end with 'B. Franklin.' and a dateline ('Passy, May 12, 1784.') in paragraphs of class
    "right": they were sentences, and the signature a hit for questions about Franklin."""
    page = (
        "<html><body><h2>A Letter</h2><p>I send you the plans of the new stove with this letter.</p>"
        '<p class="right">Bergen, June 3, 1790.</p><p class="right"><span class="smcap">A. Lind.</span></p>'
        '<p style="text-align: right">Yours, the keeper</p>'
        '<p align="right">The stove warms the whole room and burns less wood than the old one did in winter.</p>'
        "</body></html>"
    )
    extracted = extract("letter.html", page.encode())
    assert texts(extracted, "meta") == ["Bergen, June 3, 1790.", "A. Lind.", "Yours, the keeper"]
    assert texts(extracted, "paragraph") == [
        "I send you the plans of the new stove with this letter.",
        "The stove warms the whole room and burns less wood than the old one did in winter.",
    ]


def test_odt_heading_inside_a_text_box_titles_the_box_not_a_section() -> None:
    """A sidebar box with a heading of its own: read as a heading, it became the section of every paragraph after
    the box, down to the document's next heading."""
    box = (
        '<draw:frame text:anchor-type="paragraph"><draw:text-box><text:h text:outline-level="1">Tide tables</text:h>'
        "<text:p>High water comes twice a day.</text:p></draw:text-box></draw:frame>"
    )
    body = (
        f'<text:h text:outline-level="1">Harbour</text:h><text:p {_DRAW}>The harbour opens at dawn.{box}</text:p>'
        "<text:p>Ships leave at noon.</text:p>"
    )
    extracted = extract("harbour.odt", odt(body))
    assert texts(extracted, "heading") == ["Harbour"]
    sections = {r.text: r.section for r in document_records(extracted, "Port guide") if r.kind != "heading"}
    assert sections["Ships leave at noon."] == "Harbour"
    assert sections["Tide tables"] == "Harbour"
    _assert_verbatim(extracted)
