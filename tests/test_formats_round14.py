"""Format readers, issue 11 round 14: documents from outside every set (a Word-made handbook saved as PDF, R
vignettes typeset by LaTeX, DocBook and Publican HTML manuals), each rule checked on a made-up document of the same
shape in the real format."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts
from tests.test_pdf_layout import Item, _text_object, column, paragraphs, pdf_with_items


def _word_column(lines: list[tuple[float, str]], top: float = 700, pitch: float = 15.5, size: float = 11) -> list[Item]:
    """Lines down the page as Word sets them (`(left, text)`; an empty text is a paragraph's space of two pitches)."""
    items: list[Item] = []
    baseline = top + pitch
    for left, text in lines:
        baseline -= pitch
        if text:
            items.append((left, baseline, size, text))
    return items


def test_a_paragraphs_indented_first_line_without_its_wrap_space_goes_on() -> None:
    """A Word paragraph set with a first-line indent: pdfium dropped the wrap's space after its first line, which
    stands right of the next one, so the paragraph was cut in the middle of its sentence ("... creating a 21st century
    Government" / "that delivers better results ..." in the TechFAR Handbook). Its last line still ends it."""
    lines = [
        (90.0, "The harbour board keeps the ledgers of every trader in the archive of the west"),  # no wrap space
        (72.0, "quay, and the clerks who file the pages there check the seals on each of the old "),
        (72.0, "volumes before they lend a single book to the visiting traders of the coast."),
        (72.0, ""),
        (90.0, "Each trader signs the loan register at the desk beside the archive door and "),
        (72.0, "returns the volume within seven days of the date written in the register there."),
        (72.0, ""),
        (90.0, "Late returns cost the trader a fine of three silver marks for each day, paid at "),
        (72.0, "the desk of the archive to the clerk on duty that week."),
    ]
    found = paragraphs(extract("board.pdf", pdf_with_items([_word_column(lines)])))
    assert found == [
        "The harbour board keeps the ledgers of every trader in the archive of the west quay, and the clerks who file "
        "the pages there check the seals on each of the old volumes before they lend a single book to the visiting "
        "traders of the coast.",
        "Each trader signs the loan register at the desk beside the archive door and returns the volume within seven "
        "days of the date written in the register there.",
        "Late returns cost the trader a fine of three silver marks for each day, paid at the desk of the archive to "
        "the clerk on duty that week.",
    ]


def _pdf_with_a_marked_line(before: list[str], marked: tuple[str, str], after: list[str]) -> bytes:
    """A Word-like page: lines 15.5 apart at the left margin, the line `marked` (text, footnote mark) ending in its
    mark set smaller and raised right after its last letter."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    baseline = 700.0
    for text in before:
        _text_object(pdf, page, text, 11, 72, baseline)
        baseline -= 15.5
    placed = _text_object(pdf, page, marked[0], 11, 72, baseline)
    bounds = [ctypes.c_float(0) for _ in range(4)]
    pdfium_c.FPDFPageObj_GetBounds(placed, *(ctypes.byref(b) for b in bounds))
    _text_object(pdf, page, marked[1], 7, bounds[2].value + 0.3, baseline + 5)
    for text in after:
        baseline -= 15.5
        _text_object(pdf, page, text, 11, 72, baseline)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_raised_footnote_mark_ending_a_line_does_not_cut_its_paragraph() -> None:
    """A footnote mark raised at a line's end ("... a large share of IT contract⁶" / "spending and plays a role ...")
    put the line's baseline at the mark's, farther from the next line than the line pitch: the paragraph was cut
    there, mid-sentence."""
    data = _pdf_with_a_marked_line(
        ["The harbour board keeps the ledgers of every trader in the archive of the west quay, "],
        ("and the clerks check the seals on each of the old volumes before they lend a", "6"),
        [
            "single book to the visiting traders of the coast, as the charter of the harbour asks. ",
            "The clerks keep a list of the loans in the register beside the archive door.",
        ],
    )
    found = paragraphs(extract("seals.pdf", data))
    assert len(found) == 1, found
    assert "before they lend a⁶ single book" in found[0]


# A printed line: its baseline and its pieces, each (standard font, type size, text), set one after the other.
_Pieces = tuple[float, list[tuple[str, float, str]]]


def _pdf_with_pieces(lines: list[_Pieces]) -> bytes:
    """A one-page PDF of lines, each line's pieces placed one after the other on its baseline, a word space apart."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for baseline, pieces in lines:
        left = 72.0
        for font, size, text in pieces:
            placed = _text_object(pdf, page, text, size, left, baseline, font.encode())
            bounds = [ctypes.c_float(0) for _ in range(4)]
            pdfium_c.FPDFPageObj_GetBounds(placed, *(ctypes.byref(b) for b in bounds))
            left = bounds[2].value + 0.4 * size
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def _body_lines(words: str, top: float, count: int) -> list[_Pieces]:
    """`count` lines of body text in 11 points, 13 apart, the last one ending the paragraph."""
    text = [f"{words} line {n} of the harbour report goes on with more of the same words and" for n in range(count - 1)]
    return [(top - 13 * n, [("Helvetica", 11.0, line)]) for n, line in enumerate([*text, f"{words} ends here."])]


def test_a_numbered_title_set_large_with_a_word_in_another_face_is_one_heading() -> None:
    """A JSS paper's section title, in bold and larger than the body, names its class in typewriter ('2.1. Creation
    of "zoo" objects'): it was read as a title run in with its section's first line, "2.1. Creation of", the rest
    a paragraph of its own."""
    title = [
        ("Helvetica-Bold", 12.5, "2.1. Creation of"),
        ("Courier", 12.5, '"zoo"'),
        ("Helvetica-Bold", 12.5, "objects"),
    ]
    lines = [
        *_body_lines("The opening", 700, 3),
        (640.0, title),
        *_body_lines("The ledger", 618, 3),
    ]
    extracted = extract("zoo.pdf", _pdf_with_pieces(lines))
    headings = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "heading"]
    assert '2.1. Creation of "zoo" objects' in headings, headings
    assert not any(p.startswith('"zoo"') for p in paragraphs(extracted))


def test_a_title_without_a_number_between_two_numbered_ones_in_a_row_is_the_first_ones_part() -> None:
    """A paper's "Panel Newey-West" (bold, no number) between "3.3. Clustered covariances for panel data" and "3.4.
    Panel-corrected standard errors": it was levelled one above 3.4, at the top, and 3.4's sentences went under it.
    An unnumbered title before a numbered one that opens a new part ("4.2.1" after "4.1.5": the text layer lost
    "4.2 Authenticator Assurance Level 2") still heads that part."""
    titles = ["3 Methods", "3.3 Ledgers kept by panel", "Weekly panels", "3.4 Corrected ledgers", "Audited ledgers"]
    titles.append("3.5.1 First audits")
    bodies = ["The methods", "The panel", "The weekly panel", "The corrected", "The audit", "The first audit"]
    lines: list[_Pieces] = []
    top = 740.0
    for title, body in zip(titles, bodies, strict=True):  # bold titles, few enough that bold tells a title
        lines += [(top, [("Helvetica-Bold", 11.0, title)]), *_body_lines(body, top - 22, 5)]
        top -= 22 + 13 * 4 + 28
    document, _ = parse_document("panel.pdf", _pdf_with_pieces(lines), 0)
    section = {s.text.split(" line ")[0].removesuffix(" ends here."): s.section for s in document.sentences}
    join = SECTION_SEPARATOR.join
    assert section["The weekly panel"] == join(["3 Methods", "3.3 Ledgers kept by panel", "Weekly panels"])
    assert section["The corrected"] == join(["3 Methods", "3.4 Corrected ledgers"])
    assert section["The first audit"] == join(["3 Methods", "Audited ledgers", "3.5.1 First audits"])


def test_a_docbook_footnote_link_holding_its_superscript_mark_is_no_text() -> None:
    """DocBook's stylesheets write a footnote's mark as a link holding a superscript (`<a href="#ftn.id4"
    class="footnote"><sup class="footnote">[4]</sup></a>`), and the note's own mark the same way: "[4]" stood in
    the sentence, cut a list item in two ("(Required)[39]") and opened the note. A link to a section holding a
    superscript that is no mark stays text."""
    page = """<html><head><title>Chapter 4. The ledgers</title></head><body><div class="chapter">
<h1 class="title">Chapter 4. The ledgers</h1>
<p>The clerks keep four ledgers, which are required for every harbour.<a href="#ftn.idm27" class="footnote"
id="idm27"><sup class="footnote">[27]</sup></a></p>
<ul><li><p>The loan ledger: every book lent to a trader. (Required)<a href="#ftn.idm39" class="footnote"
id="idm39"><sup class="footnote">[39]</sup></a></p></li></ul>
<p>See the <a href="#tides">tide table<sup>2</sup></a> for the hours.</p>
<div class="footnotes"><div id="ftn.idm27" class="footnote"><p><a href="#idm27" class="para"><sup
class="para">[27] </sup></a>In this chapter, a ledger is a bound book.</p></div></div>
</div></body></html>"""
    extracted = extract("dreq.en.html", page.encode())
    assert texts(extracted, "paragraph")[0] == "The clerks keep four ledgers, which are required for every harbour."
    assert texts(extracted, "list_item") == ["The loan ledger: every book lent to a trader. (Required)"]
    assert "See the tide table2 for the hours." in texts(extracted, "paragraph")
    assert "In this chapter, a ledger is a bound book." in texts(extracted, "paragraph")


def test_publicans_docnav_bar_is_page_furniture() -> None:
    """Publican (the Debian Administrator's Handbook, Red Hat's and Fedora's guides) puts a "docnav" list over and
    under each page: Prev, the book's name (not a link), Next. The book's name was read as a list item."""
    nav = """<ul class="docnav {where}"><li class="previous"><a accesskey="p" href="sect.quotas.html">
<strong>Prev</strong></a></li><li class="home">The Harbour Administrator's Handbook</li><li class="next">
<a accesskey="n"
href="sect.hotplug.html"><strong>Next</strong></a></li></ul>"""
    page = f"""<html><head><title>9.10. Ledgers</title></head><body>{nav.format(where="top")}
<div class="section"><h2 class="title">9.10. Ledgers</h2><p>Keeping ledgers is one of the clerk's duties.</p>
<h3 class="title">9.10.1. Copying ledgers</h3><p>The ledgers are copied every night.</p></div>
{nav.format(where="bottom")}</body></html>"""
    extracted = extract("sect.ledgers.html", page.encode())
    assert texts(extracted, "list_item") == []
    assert "Handbook" not in extracted.text


def test_a_footer_naming_its_page_of_the_pages_is_furniture_though_each_differs() -> None:
    """A passport form's instruction pages end in "DS-82 03-2020 Instruction Page 1 of 4", "DS-xx xx-xxxx Instruction
    Page 2 of 4", "Instruction Page 3 of 4": no two alike, so repetition did not tell them, and one was read as a
    section's heading. A sentence naming a page stays."""
    first = [
        (72.0, 700.0, 11.0, "Mail the form to the harbour office with the old permit and the fee for the year."),
        (72.0, 686.0, 11.0, "The office returns the old permit with the new one, as the notes on page 2 of 2 say."),
        (72.0, 60.0, 8.0, "HB-7 05-2031 Instruction Page 1 of 2"),
    ]
    second = [
        (72.0, 700.0, 11.0, "Sign the form in ink and write the date of the signature under it."),
        (72.0, 60.0, 8.0, "HB-x xx-xxxx Instruction Page 2 of 2"),
    ]
    extracted = extract("permit.pdf", pdf_with_items([first, second]))
    assert "Instruction Page" not in extracted.text
    assert "as the notes on page 2 of 2 say." in extracted.text


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_with_lettered_titles(opening: str = "") -> bytes:
    """A DOCX without heading styles whose titles are a lettered list's items (List Paragraph, numbered "A.", "B."
    by Word, bold), each over its text; a bulleted list of bold labels, and a lettered item that is a sentence. An
    `opening` paragraph, if any, stands before the first title."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    if opening:
        document.add_paragraph(opening)
    numbering = document.part.numbering_part.element
    for abstract, number_format in (("90", "upperLetter"), ("91", "bullet")):
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="{abstract}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
            ),
        )
        numbering.append(
            parse_xml(f'<w:num xmlns:w="{_W_NS}" w:numId="{abstract}"><w:abstractNumId w:val="{abstract}"/></w:num>')
        )

    def item(text: str, number_id: str, bold: bool = True) -> None:
        paragraph = document.add_paragraph(style="List Paragraph")
        paragraph.add_run(text).bold = bold
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr xmlns:w="{_W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{number_id}"/></w:numPr>')
        )

    item("Purpose of the Ledger Guide", "90")
    document.add_paragraph("This guide tells the harbour clerks how to keep the ledgers of the traders.")
    item("Keeping the Ledgers", "90")
    document.add_paragraph("The clerks write each loan in the ledger on the day it is made.")
    item("Loan clerk", "91")
    item("The ledgers are kept in the archive room", "90", bold=False)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_titles_numbered_as_a_lettered_list_in_a_document_without_heading_styles_are_headings() -> None:
    """The TechFAR Handbook (Word, no heading style) numbers its titles as a list: "A. Purpose of this Document", "B.
    General Considerations", bold, in List Paragraph. They were list items, and the whole handbook stood under the
    one capitalised line above them. A bulleted bold label and a lettered item not set bold stay items."""
    extracted = extract("guide.docx", _docx_with_lettered_titles())
    assert texts(extracted, "heading") == ["Purpose of the Ledger Guide", "Keeping the Ledgers"]
    assert texts(extracted, "list_item") == ["Loan clerk", "The ledgers are kept in the archive room"]
    document, _ = parse_document("guide.docx", _docx_with_lettered_titles(), 0)
    loan = next(s for s in document.sentences if s.text.startswith("The clerks write"))
    assert loan.section == "Keeping the Ledgers"


def test_paragraphs_set_half_a_line_apart_are_paragraphs() -> None:
    """dblatex (the Debian New Maintainers' Guide) and LaTeX's parskip set paragraphs half a line apart (18 points
    at a 12-point pitch), under the paragraph space read before: a paragraph whose last line was full ran into the
    next, its footnote mark and all. Where such gaps are common they part paragraphs; lines one pitch apart do not."""
    items: list[Item] = []
    baseline = 740.0
    for number in range(21):
        first = f"Ledger {number:03d} holds the loans of the harbour traders that the clerks wrote in the spring, and"
        last = (
            f"the clerks keep ledger {number:03d} in the archive room of the office until the harbour board reads it."
        )
        items += [(72.0, baseline, 10.0, first), (72.0, baseline - 12, 10.0, last)]
        baseline -= 12 + 18
    found = paragraphs(extract("ledgers.pdf", pdf_with_items([items])))
    assert len(found) == 21, found[:3]
    assert found[0].startswith("Ledger 000 holds") and found[0].endswith("harbour board reads it.")


def test_an_admonition_label_alone_in_a_pdf_is_no_answer_and_no_section() -> None:
    """A DocBook PDF (the Debian Reference, dblatex) sets each tip, note and caution box's label beside its icon:
    "Tip" stood as a one-word paragraph 151 times, an answer to any question about tips, and "Note" read as a title
    headed all the text after its box. A sentence that opens with the word stays."""
    lines = [
        *[f"The clerks keep ledger {n} of the harbour traders in the archive room of the office, " for n in range(3)],
        "and they lend it to the traders for a week.",
        "",
        "Note",
        "",
        *[f"Tip ledger {n} towards the lamp to read the faded entries of the older volumes of the " for n in range(3)],
        "archive, as the clerks do.",
        "",
        *[f"The harbour board reads ledger {n} at the end of every month in the office of the " for n in range(3)],
        "harbour master.",
    ]
    data = pdf_with_items([column(lines)])
    extracted = extract("tips.pdf", data)
    assert "Note" not in paragraphs(extracted) + texts(extracted, "heading")
    assert any(p.startswith("Tip ledger 0 towards the lamp") for p in paragraphs(extracted))
    document, _ = parse_document("tips.pdf", data, 0)
    assert {s.section for s in document.sentences if s.text.startswith("The harbour board")} == {""}


def test_a_lettered_title_after_the_text_has_begun_heads_a_part_not_the_document() -> None:
    """A numbered title after the document's text has begun heads a part of it, as a bold line there does
    (`plain_top`): the guide's first lettered title was its level-1 heading, so its title, though a paragraph
    stood above it. Before any text, it is the title as before."""
    opening = "Read this guide before the first day of the harbour season."
    extracted = extract("Ledger_Guide.docx", _docx_with_lettered_titles(opening))
    levels = {extracted.block_text(block): block.level for block in extracted.blocks if block.kind == "heading"}
    assert levels == {"Purpose of the Ledger Guide": 2, "Keeping the Ledgers": 2}
    document, _ = parse_document("Ledger_Guide.docx", _docx_with_lettered_titles(opening), 0)
    assert document.title == "Ledger_Guide"
    loan = next(s for s in document.sentences if s.text.startswith("The clerks write"))
    assert loan.section == "Keeping the Ledgers"
    untitled, _ = parse_document("Ledger_Guide.docx", _docx_with_lettered_titles(), 0)
    assert untitled.title == "Purpose of the Ledger Guide"
