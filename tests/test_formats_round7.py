"""Format readers, issue 11 round 7: round 6's leftovers. Each case made up in the documents' shape."""

from __future__ import annotations

import io

from retrieval.ingest.document import document_records, document_title
from retrieval.ingest.formats import extract


def _docx(paragraphs: list[tuple[str, bool]], heading_style: bool = False) -> bytes:
    import docx

    document = docx.Document()
    if heading_style:
        document.add_heading("Overview", level=1)
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_HANDBOOK = [
    ("CHAPTER 2 – CASE ADMINISTRATION", False),
    ("The chapter sets out how cases are run.", False),
    ("A.\tDEBTOR INTERVIEWS", False),
    ("The standing trustee meets each debtor before the hearing.", False),
    ("28 U.S.C. § 586(b)", False),
    ("B.\tRECORDS", False),
    ("Records are kept for six years.", False),
    ("Practice Tips", True),
    ("Keep a copy of every notice.", False),
    ("NOTICE: THIS HANDBOOK DOES NOT CREATE RIGHTS.", False),
]


def test_docx_headings_written_as_capitals_or_bold_give_the_section() -> None:
    """A government handbook (Unstructured's handbook-1p.docx) writes its headings as plain paragraphs in capitals
    ("A.<tab>PURPOSE") with no heading style: its sentences had no section path."""
    extracted = extract("handbook.docx", _docx(_HANDBOOK))
    records = {r.text: r for r in document_records(extracted)}
    assert records["A. DEBTOR INTERVIEWS"].kind == "heading"
    # the first heading opens the document: its title, not a section
    assert document_title(extracted, "handbook") == "CHAPTER 2 – CASE ADMINISTRATION"
    assert records["The standing trustee meets each debtor before the hearing."].section == "A. DEBTOR INTERVIEWS"
    assert records["Records are kept for six years."].section == "B. RECORDS"
    # a short bold line is a heading too; a citation in capitals and a sentence in capitals are text
    assert records["Keep a copy of every notice."].section.endswith("B. RECORDS › Practice Tips")
    assert records["28 U.S.C. § 586(b)"].kind == "paragraph"
    assert records["NOTICE: THIS HANDBOOK DOES NOT CREATE RIGHTS."].kind == "paragraph"


def test_docx_with_heading_styles_keeps_bold_lines_as_text() -> None:
    """A document that uses heading styles says where its headings are: a bold line of its own is text."""
    extracted = extract("report.docx", _docx([("Practice Tips", True), ("Keep a copy.", False)], heading_style=True))
    kinds = {r.text: r.kind for r in document_records(extracted)}
    assert kinds["Practice Tips"] == "paragraph"


_NEWS_PHOTO = """<html><body><article><h1>Storm Closes Harbor</h1>
<div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>
  Boats wait at the pier in Dover on March 3.
  <b class="credit">Jane Roe/AP</b> <b class="hide-caption"><b>hide caption</b></b></p></div>
  <b class="toggle-caption"><b>toggle caption</b></b></div>
  <span class="credit">Jane Roe/AP</span></div>
<div class="enlarge_html"><p class="caption">Boats wait at the pier in Dover on March 3.</p>
  <span class="credit">Jane Roe/AP</span></div>
<figure class="no-caption"><img src="a.jpg" alt=""></figure><figure class="no-caption"><img src="b.jpg" alt=""></figure>
<p>The harbor closed on Monday as the storm came in.</p>
<p class="photo-credit-note">Photographs in this story were taken by staff photographers of the paper.</p>
</article></body></html>"""


def test_news_photo_credits_caption_controls_and_repeated_captions_are_not_text() -> None:
    """NPR's saved page gave 'Chuck Burton/AP hide caption', 'toggle caption' and the credit twice as sentences,
    and its caption twice (the enlarged view's copy)."""
    extracted = extract("story.html", _NEWS_PHOTO.encode())
    paragraphs = [r.text for r in document_records(extracted) if r.kind == "paragraph"]
    assert paragraphs == [
        "Boats wait at the pier in Dover on March 3.",
        "The harbor closed on Monday as the storm came in.",
        # a long text in an element named for credits is text
        "Photographs in this story were taken by staff photographers of the paper.",
    ]


def test_pdf_contents_lines_starting_with_a_page_number_are_not_sections() -> None:
    """An annual report's contents page (Reliance's, in Unstructured's reliance.pdf) gives 'page number, title' lines:
    '2 Reliance at a Glance', '4 Stakeholder Value-creation' were read as numbered sections, the last one the section
    of the report's first pages."""
    from tests.test_formats import pdf_with_lines

    lines = [
        "Contents",
        "",
        "2 Harbour at a Glance",
        "4 Stakeholder Value-creation",
        "6 Key Performance Indicators",
        "8 Chairman's Statement",
        "20 We Care for a Greener Planet",
        "",
        "The harbour company moved more cargo this year than in any year before, and it paid its workers more.",
        "",
        "1 Introduction",
        "",
        "The report covers the year to March and the work of every port.",
        "",
        "2 Results",
        "",
        "Cargo rose by a fifth over the year, and the new quay opened in May.",
    ]
    extracted = extract("report.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    records = document_records(extracted, extracted.title)
    headings = [r.text for r in records if r.kind == "heading"]
    assert not any(h.startswith(("2 Harbour", "4 Stake", "6 Key", "20 We")) for h in headings)
    sections = {r.text: r.section for r in records if r.kind == "paragraph"}
    assert sections["The report covers the year to March and the work of every port."] == "1 Introduction"
    assert sections["Cargo rose by a fifth over the year, and the new quay opened in May."] == "2 Results"
    assert "8 Chairman's Statement" not in sections  # a contents line is no answer


_GROFF_PAGE = """<html><head><meta name="generator" content="groff -Thtml, see www.gnu.org"><title>ROTATE</title></head>
<body><h1 align="center">ROTATE</h1>
<h2>SYNOPSIS</h2>
<p style="margin-left:11%;"><b>rotate</b> [ <b>-l</b> ] [ <b>-n</b> <i>number-of-files</i> ] <i>logfile</i></p>
<h2>OPTIONS</h2>
<table><tr><td><p><b>-l</b></p></td><td><p>Causes the use of local time rather than GMT.</p></td></tr></table>
<p style="margin-left:11%;"><b>-L</b> <i>linkname</i><b><br>-p</b> <i>program</i></p>
<table><tr><td><p><b>-f</b></p></td><td><p>Opens the logfile at once.</p></td></tr></table>
<p style="margin-left:11%;"><b>-n</b> <i>number-of-files</i></p>
<p style="margin-left:22%;">Use a circular list of filenames without timestamps. This option overwrites log files.</p>
</body></html>"""


def test_groff_html_manual_page_keeps_an_option_with_its_text() -> None:
    """Apache's rotatelogs.8 through groff -Thtml: '-n number-of-files' was a sentence of its own and its text
    another, and the SYNOPSIS's command line was returned as an answer (the text rendering reads both right)."""
    records = document_records(extract("rotate.html", _GROFF_PAGE.encode()))
    said = {r.text: r.kind for r in records}
    assert said["-n number-of-files Use a circular list of filenames without timestamps."] == "list_item"
    assert not any(text.startswith("rotate [") for text in said)  # code: searchable, not an answer
    assert not any(text.startswith("-L linkname") for text in said)  # tags whose text the page lacks
    assert said["-l | Causes the use of local time rather than GMT."] == "table_row"
