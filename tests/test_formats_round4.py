"""Format readers, issue 11 round 4: documents in shapes nobody had tried (RFCs as plain text and as rfcmarkup HTML,
a web page saved as .txt). Each case made up in the documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import detect_format, extract
from retrieval.ingest.formats.blocks import BlockBuilder, collapse_space
from tests.test_formats import texts

_HEADER = "RFC 9999                    Example Protocol                    May 2026"


def _footer(page: int) -> str:
    return f"Doe                           Informational                      [Page {page}]"


_PAGES = [
    "Internet Engineering Task Force (IETF)                        J. Doe\n"
    "Request for Comments: 9999                                   Example\n\n"
    "                        The Example Protocol\n\n"
    "Abstract\n\n"
    "   The Example Protocol lets a client fetch a widget from a server.  It is\n"
    "   a small protocol.\n\n"
    "Table of Contents\n\n"
    "   1. Introduction ....................................................2\n"
    "     1.1. Roles ......................................................2\n"
    "   2. Request Format ..................................................3\n\n" + _footer(1),
    _HEADER + "\n\n"
    "1.  Introduction\n\n"
    "   A widget is fetched in one round trip.  The server keeps every widget\n"
    "   it has served in a cache for at most ten minutes, after which the\n\n" + _footer(2),
    _HEADER + "\n\n"
    "   widget is fetched again from its origin.  A client that needs a fresh\n"
    "   widget sooner asks the origin itself, which costs one more round trip\n"
    "   and is rarely worth it.\n\n"
    "1.1.  Roles\n\n"
    "   The client asks for a widget.\n\n"
    "   A more elaborate example is\n\n"
    "   Cache-Control: no-cache\n\n"
    "   HTTP/1.1 200 OK\n\n"
    "                  Figure 1: Fetching a Widget\n\n"
    "   The server answers with the widget or an error code.\n\n" + _footer(3),
    _HEADER + "\n\n2.  Request Format\n\n"
    "   A request names the widget by its number.  The number is a decimal\n"
    "   string of at most twelve digits, and a server that does not know the\n"
    "   number answers with an error code rather than an empty widget.\n\n" + _footer(4),
]
RFC_TEXT = "\n\f\n".join(_PAGES) + "\n"


def test_paginated_text_loses_running_headers_and_footers_and_joins_paragraphs() -> None:
    """RFCs and manuals printed to text: the '[Page N]' footer and the 'RFC 9999 ... May 2026' header were sentences
    on every page, and a paragraph cut by a page break was two blocks (its sentence cut in two)."""
    extracted = extract("rfc9999.txt", RFC_TEXT.encode())
    records = document_records(extracted, extracted.title)
    said = [r.text for r in records if r.kind != "heading"]
    assert not [s for s in said if "[Page" in s or "RFC 9999" in s]
    assert (
        "The server keeps every widget it has served in a cache for at most ten minutes, after which the widget is "
        "fetched again from its origin." in said
    )
    for record in records:  # every record is the slice of the extracted text at its offsets
        assert collapse_space(extracted.text[record.start : record.end]).strip() == record.text


def test_text_contents_with_dot_leaders_and_numbered_headings() -> None:
    """The RFC's table of contents (dot leaders) was read as sentences ('Roles ......2 2.'), and '1.  Introduction'
    was taken for a numbered verse, so the whole of section 1 stayed under 'Table of Contents'."""
    extracted = extract("rfc9999.txt", RFC_TEXT.encode())
    headings = [collapse_space(heading) for heading in texts(extracted, "heading")]
    assert headings[-4:] == ["Table of Contents", "1. Introduction", "1.1. Roles", "2. Request Format"]
    assert any("Roles ....." in meta for meta in texts(extracted, "meta"))
    sections = {r.text: r.section for r in document_records(extracted, extracted.title)}
    assert sections["The client asks for a widget."] == "1. Introduction › 1.1. Roles"
    # a header field, a status line, a caption and a lead-in stand alone like headings but are not sections
    assert sections["The server answers with the widget or an error code."] == "1. Introduction › 1.1. Roles"
    assert sections["A request names the widget by its number."] == "2. Request Format"


def test_numbered_lines_that_are_not_headings() -> None:
    """A list written one item per paragraph (RTF lists, '2. Two' / 'a. Three') and a numbered verse are not
    sections; a numbered paragraph's first sentence ('142. _UNLOAD._') neither."""
    text = (
        "Some prose comes first, as it does in every document.\n\n"
        "2. Two\n\na. Three\n\nb. Four\n\n"
        "27. When there is much running about\n\nThe soldiers are forming.  They will march.\n\n"
        "142. _UNLOAD._\n\nTake the position of load and move the bolt back.\n"
    )
    assert texts(extract("list.txt", text.encode()), "heading") == []


def test_rfcmarkup_page_is_read_as_the_document_it_holds() -> None:
    """tools.ietf.org's RFC pages hold the whole RFC in one <pre> per page: read as code, RFC 2616's 176 pages gave
    3 sentences (the navigation links)."""
    pres = "".join(
        f'<pre class="newpage">{page.replace("[Page", "<span class=grey>[Page")}</pre>\n<hr class="noprint"/>'
        for page in _PAGES
    )
    page = f"<html><head><title>RFC 9999</title></head><body><p>[Docs] [txt|pdf]</p>{pres}</body></html>"
    extracted = extract("rfc9999.html", page.encode())
    records = document_records(extracted, extracted.title)
    said = [r.text for r in records if r.kind != "heading"]
    assert "A request names the widget by its number." in said
    assert not [s for s in said if "[Page" in s]
    headings = [collapse_space(heading) for heading in texts(extracted, "heading")]
    assert headings[-3:] == ["1. Introduction", "1.1. Roles", "2. Request Format"]
    assert texts(extracted, "code") == []


def test_code_and_pseudo_code_in_pre_stay_code() -> None:
    code = "<pre>" + "\n".join(f"def f{i}(x):\n    return {{'a': x[{i}]}}; # step {i}" for i in range(20)) + "</pre>"
    pseudo = "<pre>" + "\n".join(
        "set source to font file and set destination to the obfuscated file" for _ in range(12)
    )
    page = f"<html><body><p>Two listings follow.</p>{code}<p>And one more.</p>{pseudo}</pre></body></html>"
    extracted = extract("listings.html", page.encode())
    assert len(texts(extracted, "code")) == 2


def test_web_page_saved_as_txt_is_html() -> None:
    """'rfc2616.txt' in a repository was the rfcmarkup HTML page: read as text, its tags and entities were the
    sentences ('<a href="#ref-33" title="&quot;Hypertext...')."""
    page = b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html><body><p>Hello.</p></body></html>'
    assert detect_format("rfc2616.txt", page) == "html"
    assert detect_format("notes.txt", b"Use <html> tags to start a page.\n") == "text"
    assert texts(extract("rfc2616.txt", page), "paragraph") == ["Hello."]


def test_pdf_numbered_section_is_not_the_title() -> None:
    """The TraceMonkey paper (pdfTeX, no metadata title) was titled '1. Introduction', a specification excerpt
    '1. INTENT': the fallback title was the first page's first heading, a numbered section."""
    from retrieval.ingest.document import document_title
    from retrieval.ingest.formats.pdf import first_page_title
    from tests.test_formats import pdf_with_lines

    lines = [
        ("Helvetica", "Trace-based compilation in a JavaScript engine speeds up loops, as this paper shows."),
        ("Helvetica", ""),
        ("Helvetica-Bold", "1. Introduction"),
        ("Helvetica", "Dynamic languages are hard to compile because their types are only known at run time."),
    ]
    extracted = extract("tracemonkey.pdf", pdf_with_lines(lines))
    assert "1. Introduction" in texts(extracted, "heading")
    assert document_title(extracted, "tracemonkey") == "tracemonkey"
    sections = {r.text: r.section for r in document_records(extracted, "tracemonkey")}
    assert sections["Dynamic languages are hard to compile because their types are only known at run time."] == (
        "1. Introduction"
    )
    builder = BlockBuilder()
    builder.add("heading", "Abstract", level=1, page=1)
    builder.add("heading", "1. INTENT", level=1, page=1)
    builder.add("heading", "Protecting Data on Telework Client Devices", level=1, page=1)
    assert first_page_title(builder) == "Protecting Data on Telework Client Devices"


def test_html_lists_of_links_are_menus() -> None:
    """Saved news and wiki pages (BBC, The Guardian, heise, Wikipedia) gave their menus, share buttons, related
    stories and category links as list items: 'Share on Facebook', 'Impressum', 'Articles with short description'."""
    page = (
        "<html><body>"
        '<ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/weather">Weather</a></li></ul>'
        "<h1>Council approves the new bridge</h1><p>The council approved the bridge on Monday.</p>"
        '<ul class="x"><li><a href="https://facebook.com/share">Share on Facebook</a></li>'
        '<li><a href="https://twitter.com/share">Share on Twitter</a></li></ul>'
        "<p>Work starts in spring.</p>"
        "<ul><li>It has two lanes.</li><li>It opens in 2027.</li></ul>"
        '<ul><li><a href="/rfc2616">RFC 2616</a>, the old HTTP/1.1 specification</li>'
        '<li><a href="/rfc9110">RFC 9110</a>, its successor</li></ul>'
        '<ol><li><a href="/one">A single linked sentence that is long enough to be the content of the page '
        "itself here.</a></li>"
        '<li><a href="/two">Another one.</a></li></ol>'
        "</body></html>"
    )
    extracted = extract("news.html", page.encode())
    items = texts(extracted, "list_item")
    assert "Share on Facebook" not in items and "Sport" not in items
    assert {"Sport", "Share on Facebook", "Share on Twitter"} <= set(texts(extracted, "meta"))
    assert items[:4] == [
        "It has two lanes.",
        "It opens in 2027.",
        "RFC 2616, the old HTTP/1.1 specification",
        "RFC 9110, its successor",
    ]
    assert len(items) == 6


def test_text_memo_header_is_not_the_title() -> None:
    """RFC 6749's two-column header block ('Internet Engineering Task Force (IETF)   D. Hardt, Ed.', 'Request for
    Comments: 6749   Microsoft', ...) was its title, shown in every source line, and its real title a sentence; a
    section opening with its first subsection ('1 Introduction' then '1.1 Purpose', RFC 2616) was a sentence too."""
    extracted = extract("rfc9999.txt", RFC_TEXT.encode())
    assert extracted.title == "The Example Protocol"
    assert texts(extracted, "heading")[:2] == ["The Example Protocol", "Abstract"]
    sections = {r.text: r.section for r in document_records(extracted, "The Example Protocol")}
    assert sections["It is a small protocol."] == "Abstract"
    text = (
        "Network Working Group                                      R. Fielding\n"
        "Request for Comments: 2616                                   UC Irvine\n"
        "                                                            J. Gettys\n\n"
        "                Hypertext Transfer Protocol -- HTTP/1.1\n\n"
        "Status of this Memo\n\n   This document specifies an Internet standards track protocol.\n\n"
        "1 Introduction\n\n1.1 Purpose\n\n   The Hypertext Transfer Protocol (HTTP) is an application-level protocol.\n"
    )
    extracted = extract("rfc2616.txt", text.encode())
    assert extracted.title == "Hypertext Transfer Protocol -- HTTP/1.1"
    sections = {r.text: r.section for r in document_records(extracted, extracted.title)}
    assert sections["The Hypertext Transfer Protocol (HTTP) is an application-level protocol."] == (
        "1 Introduction › 1.1 Purpose"
    )


def test_pdf_running_lines_of_one_side_are_furniture() -> None:
    """Free Culture prints '<http://free-culture.org/get-it>' at the foot of its even pages, except where a chapter
    opens: on just under half the pages, so the half-of-all-pages rule kept it, 129 times, as a sentence."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    pages = []  # kept open until the document is saved
    for number in range(10):
        animal = ["hens", "geese", "ducks", "cows", "goats", "sheep", "pigs", "mules", "bees", "cats"][number]
        lines = [f"This page tells its own story about a farmer and his {animal}."]
        if number % 2 and number != 5:  # even pages in print (1-based), but one opens a chapter
            lines.append("<http://example.org/get-it>")
        page = pdf.new_page(612, 792)
        pages.append(page)
        for row, text in enumerate(lines):
            line = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(11))
            encoded = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(line, ctypes.cast(encoded, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(line, 1, 0, 0, 1, 72, 740 - 600 * row)
            pdfium_c.FPDFPage_InsertObject(page.raw, line)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    import io

    buffer = io.BytesIO()
    pdf.save(buffer)
    extracted = extract("book.pdf", buffer.getvalue())
    assert "get-it" not in extracted.text
    assert "This page tells its own story about a farmer and his pigs." in extracted.text


def test_docx_equations_are_read() -> None:
    """markitdown's equations.docx read 'For ,' and 'The angle is .': Word's equations (Office Math, m:oMath) hold
    their text in m:t, not w:t, and were left out of the sentence around them."""
    from tests.test_hostile_documents import _DOCX_PARTS, _W, zipped

    math = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>The angle is </w:t></w:r><m:oMath><m:r><m:t>θ</m:t></m:r>"
        "<m:r><m:t>=45</m:t></m:r></m:oMath><w:r><w:t>.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space='preserve'>Then </w:t></w:r><m:oMath><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
        "<m:den><m:r><m:t>λ</m:t></m:r></m:den></m:f><m:r><m:t>=</m:t></m:r><m:sSup><m:e><m:r><m:t>10</m:t></m:r></m:e>"
        "<m:sup><m:r><m:t>-4</m:t></m:r></m:sup></m:sSup></m:oMath><w:r><w:t>rad.</w:t></w:r></w:p>"
    )
    document = f'<w:document xmlns:w="{_W}" xmlns:m="{math}"><w:body>{body}</w:body></w:document>'
    extracted = extract("equations.docx", zipped({**_DOCX_PARTS, "word/document.xml": document}))
    # a fraction and a power in Word's linear form: their parts no longer run together ("4rad")
    assert texts(extracted, "paragraph") == ["The angle is θ=45.", "Then a/λ=10^-4 rad."]


def test_pdf_numbered_rows_are_not_headings() -> None:
    """A slide's table (id, title, author: '1 This Book Tibs', '2 That Book Tibs', ...) and NIST SP 800-63B's table of
    its sections ('1. Purpose Informative', '2. Introduction Informative', ...) were headings: the last row became
    the section of everything after it ('3 John's Book John Smith' over the next 40 slides)."""
    from tests.test_formats import pdf_with_lines

    lines = [
        "A table called books lists the id, title and author of each book we sell.",
        "",
        "1 This Book Tibs",
        "2 That Book Tibs",
        "3 John's Book John Smith",
        "",
        "1.1 Relational Databases",
        "Relational databases keep their data in tables of rows and columns.",
    ]
    extracted = extract("slides.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    assert texts(extracted, "heading") == ["1.1 Relational Databases"]
    assert "2 That Book Tibs" in texts(extracted, "paragraph")


def test_pdf_blocks_without_words_are_not_sentences() -> None:
    """Free Culture's printer's marks (the digits 1 to 9 alone on each page: 3,140 'sentences'), a lecture's formula
    fragments ('2', '−1', 'n'), a table's section numbers ('3.2.1') and unmapped glyphs ('!"# !"$') were sentences."""
    from tests.test_formats import pdf_with_lines

    lines = [
        "The budget of the town grows every year by a few per cent, and the council has to approve",
        "each increase.",
        "3.2.1",
        '!"# !"$',
        "The council approves the budget in May, after the public hearing that the mayor holds",
        "in April.",
    ]
    extracted = extract("report.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    assert [p for p in texts(extracted, "paragraph") if "3.2.1" in p or "!" in p] == []
    assert {"3.2.1", '!"# !"$'} <= set(texts(extracted, "meta"))


def test_text_figures_are_code() -> None:
    """RFC 6749's protocol diagrams ('+--------+ |--(A)- Authorization Request ->| Resource |') and RFC 2616's
    ('request chain -------> UA ----v---- O') were sentences; their labels stay searchable as code."""
    text = (
        "Some prose comes first, as it does in every document.\n\n"
        "     +--------+                               +---------------+\n"
        "     |        |--(A)- Authorization Request ->|   Resource    |\n"
        "     |        |<-(B)-- Authorization Grant ---|     Owner     |\n"
        "     +--------+                               +---------------+\n\n"
        "The client requests authorization from the resource owner.\n"
    )
    extracted = extract("flow.txt", text.encode())
    assert len(texts(extracted, "code")) == 1
    assert texts(extracted, "paragraph")[-1] == "The client requests authorization from the resource owner."
