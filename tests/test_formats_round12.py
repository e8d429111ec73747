"""Format readers, issue 11 round 12: what bench/data/realdocs_office's Word and EPUB files showed (a poem's line
numbers, images' labels, a cover page's text boxes, a form's shaded section bars). Each case made up in the
documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import document_title
from retrieval.ingest.formats import extract
from tests.test_formats import epub_bytes, texts
from tests.test_formats_round8 import _assert_verbatim, _docx, _docx_box


def _epub(body: str) -> bytes:
    """A one-chapter EPUB whose chapter's body is `body`."""
    return epub_bytes({"c1": body})


def test_a_poems_line_numbers_are_left_out() -> None:
    """An edition of a poem numbers every tenth line in the margin ('<span class="lnum">10</span>'): the number was
    glued to the line's last word ("meadow,10"), a word no one wrote."""
    body = (
        "<h2>I. THE ORCHARD</h2>"
        "<div>The pears hung low above the meadow,"
        '<span class="lnum">10</span></div>'
        '<div>And no one came to pick them.<span class="linenum">[20]</span></div>'
        # a class that merely contains the word keeps its text: only a bare number is a margin's
        '<p>See <span class="lnum">the note on line ten</span> for the orchard.</p>'
    )
    extracted = extract("orchard.epub", _epub(body))
    assert texts(extracted, "paragraph") == [
        "The pears hung low above the meadow,",
        "And no one came to pick them.",
        "See the note on line ten for the orchard.",
    ]
    _assert_verbatim(extracted)


def test_an_images_label_is_not_read_as_text() -> None:
    """A Gutenberg book's pictures carry alt texts that only label them ("Illo1", "Cover Image"): each stood as a
    paragraph of the chapter. An alt text that describes the picture is read, as meta when it stands alone (a browser
    does not show it with the picture; tests/test_formats_web_bylines.py)."""
    body = (
        '<p><img src="images/i001.jpg" alt="Illo1"/></p>'
        '<p><img src="images/cover.jpg" alt="Cover Image"/></p>'
        "<p>The fox ran along the hedge.</p>"
        '<p><img src="images/i002.jpg" alt="img_07"/></p>'
        '<p><img src="images/i003.jpg" alt="A fox asleep under a hedge"/></p>'
    )
    extracted = extract("fox.epub", _epub(body))
    assert texts(extracted, "paragraph") == ["The fox ran along the hedge."]
    assert texts(extracted, "meta")[-1] == "A fox asleep under a hedge"


def test_a_cover_pages_text_box_titles_are_meta() -> None:
    """A guide's cover page is set in text boxes: its capitalised title lines ("GUIDE ON HOW TO ...") were
    paragraphs, and the title came up among the top answers to questions about the guide (a subsection's letter,
    "8(a)", keeps its case in such a title). A sentence in a box stays a paragraph."""
    from docx.oxml import parse_xml

    def build(document: object) -> None:
        cover = document.add_paragraph()  # type: ignore[attr-defined]
        cover._p.append(parse_xml(_docx_box("GUIDE TO THE 4(b) COMMUNITY GARDEN PLOTS", "Spring 2031")))
        cover._p.append(parse_xml(_docx_box("Plots are handed out by lot every March.")))
        document.add_paragraph("Each plot is four metres by six.")  # type: ignore[attr-defined]

    extracted = extract("garden.docx", _docx(build))
    assert texts(extracted, "meta") == ["GUIDE TO THE 4(b) COMMUNITY GARDEN PLOTS"]
    assert texts(extracted, "paragraph") == [
        "Spring 2031",
        "Plots are handed out by lot every March.",
        "Each plot is four metres by six.",
    ]
    _assert_verbatim(extracted)


def test_a_bold_line_in_a_text_box_is_meta() -> None:
    """A sidebar's title in bold ("Key Dates") is the box's label, not a sentence and not a section."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    box = _docx_box("Key Dates", "Seeds arrive in April.").replace(
        "<w:r><w:t>Key Dates</w:t></w:r>", f"<w:r {w}><w:rPr><w:b/></w:rPr><w:t>Key Dates</w:t></w:r>"
    )

    def build(document: object) -> None:
        anchor = document.add_paragraph("Members water their own plots.")  # type: ignore[attr-defined]
        anchor._p.append(parse_xml(box))

    extracted = extract("sidebar.docx", _docx(build))
    assert texts(extracted, "meta") == ["Key Dates"]
    assert texts(extracted, "paragraph") == ["Members water their own plots.", "Seeds arrive in April."]


def _shade(paragraph: object, fill: str) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    properties = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    properties.append(parse_xml(f'<w:shd {w} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def test_a_forms_shaded_section_bars_are_headings() -> None:
    """A web form pasted into Word marks its sections with coloured bars ("Background", "Company Information"),
    not with heading styles or bold: every question of the form came under no section, and the bars were quoted as
    sentences. A shaded sentence, or a line on white shading, is not a heading."""

    def build(document: object) -> None:
        add = document.add_paragraph  # type: ignore[attr-defined]
        _shade(add("Background"), "3F51B5")
        add("The council wants to hear from groups that run repair cafes.")
        _shade(add("Group Details"), "3F51B5")
        add("Name of the group")
        _shade(add("Tell us how often you meet and where."), "3F51B5")
        _shade(add("Opening hours"), "FFFFFF")

    extracted = extract("form.docx", _docx(build))
    assert texts(extracted, "heading") == ["Background", "Group Details"]
    assert "Tell us how often you meet and where." in texts(extracted, "paragraph")
    assert "Opening hours" in texts(extracted, "paragraph")
    _assert_verbatim(extracted)


def test_shading_does_not_make_headings_where_heading_styles_are_used() -> None:
    """A document with heading styles keeps its headings from them alone: a shaded short line is a paragraph."""

    def build(document: object) -> None:
        document.add_heading("Repairs", level=1)  # type: ignore[attr-defined]
        _shade(document.add_paragraph("Bring the broken item"), "D9E2F3")  # type: ignore[attr-defined]

    extracted = extract("styled.docx", _docx(build))
    assert texts(extracted, "heading") == ["Repairs"]
    assert texts(extracted, "paragraph") == ["Bring the broken item"]


def test_an_odt_cross_reference_shows_its_text() -> None:
    """A manual lists the elements a section's element holds as cross-references to their own sections
    (text:bookmark-ref): the reader left them out, and "The following elements occur in chart.PlotArea: chart.Axis,
    chart.Floor." was stored as "... occur in chart.PlotArea: , ." without a name."""
    from tests.test_formats_leftovers import odt

    ref = '<text:bookmark-ref text:reference-format="text" text:ref-name="{0}">{0}</text:bookmark-ref>'
    data = odt(
        '<text:h text:outline-level="1"><text:bookmark text:name="pump.Valve"/>pump.Valve</text:h>'
        "<text:p>A valve opens when the pressure rises.</text:p>"
        "<text:p>The following parts fit in pump.Housing: "
        f"{ref.format('pump.Valve')}, {ref.format('pump.Seal')}.</text:p>"
    )
    extracted = extract("pumps.odt", data)
    assert texts(extracted, "paragraph")[-1] == "The following parts fit in pump.Housing: pump.Valve, pump.Seal."
    _assert_verbatim(extracted)


def test_a_bare_heading_style_is_the_top_heading() -> None:
    """Apple Pages names its top heading style "Heading" (then "Heading 2", "Heading 3"): a statement of objectives'
    title in it was read as a sentence and its sections hung under no title."""
    from docx.enum.style import WD_STYLE_TYPE

    def build(document: object) -> None:
        document.styles.add_style("Heading", WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
        document.add_paragraph("Statement of Needs for the Ferry Timetable", style="Heading")  # type: ignore[attr-defined]
        document.add_heading("Know the riders", level=2)  # type: ignore[attr-defined]
        document.add_paragraph("The vendor shall ride the ferry at rush hour.")  # type: ignore[attr-defined]

    extracted = extract("needs.docx", _docx(build))
    assert [(b.kind, b.level, extracted.block_text(b)) for b in extracted.blocks if b.kind == "heading"] == [
        ("heading", 1, "Statement of Needs for the Ferry Timetable"),
        ("heading", 2, "Know the riders"),
    ]
    assert document_title(extracted, "needs") == "Statement of Needs for the Ferry Timetable"


def test_an_odt_pictures_naming_caption_and_credit_are_meta() -> None:
    """A leaflet frames each photo with a caption that only names it ("A factory") and a credit ("Source: ..."):
    both were sentences, and a chart's title was quoted four times among the top answers. A caption that says
    something, and a short line in a frame without a picture, stay text."""
    from tests.test_formats_leftovers import odt

    draw = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"'

    def frame(*lines: str, image: bool = True) -> str:
        picture = '<text:p><draw:frame><draw:image xlink:href="Pictures/p.jpg"/></draw:frame></text:p>' if image else ""
        captions = "".join(f"<text:p>{line}</text:p>" for line in lines)
        return f"<draw:frame {draw}><draw:text-box>{picture}{captions}</draw:text-box></draw:frame>"

    data = odt(
        f"<text:p>{frame('A lighthouse on the reef', 'Source: J. Keeper, 2029.')}Ships kept clear of the reef.</text:p>"
        f"<text:p>{frame('The lamp was lit every night from 1890 to 1990.')}The lamp is now electric.</text:p>"
        f"<text:p>{frame('Opening hours', image=False)}Visitors climb the tower in summer.</text:p>"
    )
    extracted = extract("lighthouse.odt", data)
    assert texts(extracted, "meta") == ["A lighthouse on the reef", "Source: J. Keeper, 2029."]
    assert texts(extracted, "paragraph") == [
        "Ships kept clear of the reef.",
        "The lamp is now electric.",
        "The lamp was lit every night from 1890 to 1990.",
        "Visitors climb the tower in summer.",
        "Opening hours",
    ]
    _assert_verbatim(extracted)


def test_an_epub3_books_print_page_numbers_are_left_out() -> None:
    """A textbook marks where its print edition's pages turn (EPUB 3's epub:type="pagebreak", DPUB-ARIA's
    role="doc-pagebreak"): the numbers stood in sentences ("The 192 people who saw it said ..."), a count no one
    wrote, and as paragraphs of their own."""
    epub = 'xmlns:epub="http://www.idpf.org/2007/ops"'
    body = (
        f'<div {epub}><span epub:type="pagebreak" title="41" id="Page_41">41</span></div>'
        f'<p {epub}>The <span epub:type="pagebreak" title="42" id="Page_42">42</span> farmers who grew it sold it '
        'at the fair.</p><p>They came home <span role="doc-pagebreak" aria-label="43">43</span> at dusk.</p>'
    )
    extracted = extract("farm.epub", _epub(body))
    assert texts(extracted, "paragraph") == ["The farmers who grew it sold it at the fair.", "They came home at dusk."]
    _assert_verbatim(extracted)
