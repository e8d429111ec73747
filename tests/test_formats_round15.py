"""Format readers, issue 11 round 15: documents from outside every set (a two-column LaTeX paper, a Standard Ebooks
play, AsciiDoc-made and DocBook-made HTML manuals, a Jupyter Book page, a sphinx-lesson course in reStructuredText,
pymdown-extensions' MkDocs pages), each rule checked on a made-up document of the same shape in the real format."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts
from tests.test_pdf_layout import _text_object

# A printed line's pieces, each (standard font, text), set one right after the other.
_Line = list[tuple[str, str]]


def _pdf_of_lines(lines: list[_Line], size: float = 10, pitch: float = 12.5) -> bytes:
    """A one-page PDF of lines `pitch` apart, each line's pieces set edge to edge on its baseline."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    baseline = 700.0
    for pieces in lines:
        left = 72.0
        for font, text in pieces:
            placed = _text_object(pdf, page, text, size, left, baseline, font.encode())
            bounds = [ctypes.c_float(0) for _ in range(4)]
            pdfium_c.FPDFPageObj_GetBounds(placed, *(ctypes.byref(b) for b in bounds))
            left = bounds[2].value
        baseline -= pitch
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_closing_bracket_in_a_taller_face_does_not_cut_the_item_above() -> None:
    """A line ending in a bracket set in another face ("... sharing strategies. PropShare [8]" in the IPFS paper,
    the bracket's box taller than the letters') read as set in a larger type than the line above it, so the list
    item there was taken for ending without its sentence ("3. BitTorrent's standard tit-for-tat is vulnerable to
    some" / "exploitative bandwidth sharing strategies."). The line's size is its letters'."""
    body = "Times-Roman"
    lines = [
        [(body, "The harbour board keeps a ledger for every trader who lands goods on the quay, ")],
        [(body, "and the clerks read it out at the spring meeting of the board each year.")],
        [(body, "1. The ferry leaves the north quay at dawn and comes back at dusk with the ")],
        [(body, "catch of the day for the market hall beside the old customs house.")],
        [(body, "2. The toll for a cart drawn by two horses is higher than the toll for one")],
        [(body, "drawn by a single mule, as the harbour board decided at its meeting [8"), ("Symbol", "]")],
        [(body, "3. Carts wait in the yard behind the gate until the clerk calls their number.")],
    ]
    items = [" ".join(text.split()) for text in texts(extract("toll.pdf", _pdf_of_lines(lines)), "list_item")]
    assert items == [
        "1. The ferry leaves the north quay at dawn and comes back at dusk with the catch of the day for the market "
        "hall beside the old customs house.",
        "2. The toll for a cart drawn by two horses is higher than the toll for one drawn by a single mule, as the "
        "harbour board decided at its meeting [8]",
        "3. Carts wait in the yard behind the gate until the clerk calls their number.",
    ]


def test_a_line_naming_a_figure_in_running_text_goes_on_its_sentence() -> None:
    """A line opening with a figure's label is a caption's first line only when the label is set apart ("Figure 2:
    Tolls by month"): in a groff-made report "... the results in" / "Figure 2 show that its presence ..." was cut
    into two paragraphs, neither a sentence."""
    body = "Helvetica"
    lines = [
        [(body, "The harbour board counted the carts that came through the gate every day of")],
        [(body, "the year, and the tolls they paid went up in the spring as the results in")],
        [(body, "Figure 2 show for each month of the year that the board kept its ledger.")],
        [(body, "Figure 3: Tolls paid at the gate by month")],
        [(body, "The ferry leaves the north quay at dawn and comes back at dusk each day.")],
    ]
    found = [" ".join(text.split()) for text in texts(extract("tolls.pdf", _pdf_of_lines(lines)), "paragraph")]
    assert (
        "The harbour board counted the carts that came through the gate every day of the year, and the tolls they "
        "paid went up in the spring as the results in Figure 2 show for each month of the year that the board kept "
        "its ledger." in found
    ), found
    assert not any(text.startswith("The harbour board") and "Figure 3" in text for text in found), found


def test_a_persona_named_with_a_no_break_space_labels_its_speech() -> None:
    """Standard Ebooks set a no-break space after a title's abbreviation ("Mrs.\u00a0Cheveley"): such a persona's
    cell was read as no speaker label, and every speech of hers kept her name in its first sentence ("Mrs. Cheveley
    | Playing with her fan."), with no speaker in its section."""
    rows = [
        ("Mrs.\u00a0Cheveley", "The tide turns at the mill before the bells ring for supper."),
        ("Sir Robert", "Then bring the lantern down to the quay and wait for the boat."),
        ("Mrs.\u00a0Cheveley", "None but the miller knows the way through the reeds."),
        ("Sir Robert", "Tell the ferryman his daughter sails tonight for the northern cape."),
        ("Mrs.\u00a0Cheveley", "I will keep the green ledger and the keys of the lock until the spring."),
        ("Sir Robert", "Aye, and the lamp as well."),
    ]
    cells = "".join(f'<tr><td epub:type="z3998:persona">{who}</td><td><p>{line}</p></td></tr>' for who, line in rows)
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Act I</title></head><body>'
        f'<section epub:type="chapter"><h2>Act I</h2><table><tbody>{cells}</tbody></table></section></body></html>'
    )
    records = [r for r in read_document("act-1.xhtml", page.encode(), 0).document.sentences if r.kind != "heading"]
    by_text = {r.text: r for r in records}
    speech = by_text["I will keep the green ledger and the keys of the lock until the spring."]
    assert speech.section == SECTION_SEPARATOR.join(["Act I", "Mrs. Cheveley:"])
    assert not any("Cheveley" in r.text for r in records), [r.text for r in records]


def _html(body: str) -> bytes:
    return f"<html><head><title>Manual</title></head><body>{body}</body></html>".encode()


def test_an_asciidoc_admonition_is_its_text_under_a_label_not_a_table_row() -> None:
    """AsciiDoc sets an admonition as a table of one row, the label's cell then the text's (git's manual pages,
    asciidoc and Asciidoctor alike): it was read as a table row, "Note | ORIG_HEAD is not guaranteed ...", every
    sentence of the note a row's."""
    page = _html(
        "<h2>DESCRIPTION</h2><div class='sectionbody'><div class='paragraph'><p>The ferry leaves the north quay at "
        "dawn.</p></div>"
        "<div class='admonitionblock note'><table><tr><td class='icon'><div class='title'>Note</div></td>"
        "<td class='content'>The toll is paid at the gate. Carts wait in the yard behind it.</td></tr></table></div>"
        "<div class='admonitionblock tip'><table><tr><td class='icon'><img src='tip.png' alt='Tip'></td>"
        "<td class='content'><div class='paragraph'><p>Ask the clerk for a receipt.</p></div></td></tr></table>"
        "</div></div>"
    )
    extracted = extract("git-ferry.html", page)
    assert texts(extracted, "table_row") == []
    assert "Note" in texts(extracted, "meta")
    paragraphs = texts(extracted, "paragraph")
    assert "The toll is paid at the gate. Carts wait in the yard behind it." in paragraphs
    assert "Ask the clerk for a receipt." in paragraphs
    # a data table of two columns is still rows
    table = _html("<table><tr><td>Toll</td><td>Three marks</td></tr><tr><td>Fine</td><td>Ten marks</td></tr></table>")
    assert texts(extract("tolls.html", table), "table_row") == ["Toll | Three marks", "Fine | Ten marks"]


def test_a_sphinx_admonitions_title_is_the_boxs_label() -> None:
    """Sphinx and MkDocs title an admonition with a paragraph (`<p class="admonition-title">Note</p>`): it stood as a
    one-word sentence of the page. A titled box's own title ("Harbour rules") stays text."""
    page = _html(
        "<p>The ferry leaves the north quay at dawn.</p>"
        "<div class='admonition note'><p class='admonition-title'>Note</p><p>The toll is paid at the gate.</p></div>"
        "<div class='admonition'><p class='admonition-title'>Harbour rules</p><p>No cart stands on the quay.</p></div>"
    )
    extracted = extract("ferry.html", page)
    assert "Note" in texts(extracted, "meta")
    paragraphs = texts(extracted, "paragraph")
    assert "Note" not in paragraphs
    assert "The toll is paid at the gate." in paragraphs and "Harbour rules" in paragraphs


def test_a_contents_label_over_its_navigation_is_furniture() -> None:
    """DocBook opens each book and chapter with a contents box ("Table of Contents" over a `<dl class="toc">` of
    links) and a Jupyter Book page labels its <nav> of sections "Contents": the links were left out, the labels stood
    as sentences of every page."""
    page = _html(
        "<div class='titlepage'><div><h1 class='title'>Chapter 8. Ferries</h1></div></div>"
        "<div class='toc'><p><b>Table of Contents</b></p><dl class='toc'><dt><a href='#a'>1. Ferries</a></dt>"
        "<dt><a href='#b'>2. Tolls</a></dt></dl></div>"
        "<div class='tocsection onthispage'><i class='fas fa-list'></i> Contents</div><nav id='bd-toc-nav'><ul>"
        "<li><a href='#a'>Ferries</a></li></ul></nav>"
        "<h2 id='a'>Ferries</h2><p>The ferry leaves the north quay at dawn.</p>"
        "<div>In short</div><p>The toll is paid at the gate.</p>"
    )
    extracted = extract("ferries.html", page)
    everything = [extracted.block_text(b) for b in extracted.blocks]
    assert not any("Contents" in text for text in everything), everything
    # the chapter's title page before its contents box is no label
    assert texts(extracted, "heading")[0] == "Chapter 8. Ferries"
    assert "The ferry leaves the north quay at dawn." in texts(extracted, "paragraph")
    assert "In short" in texts(extracted, "paragraph")  # a short line with no <nav> after it stays


def test_a_lessons_exercise_directive_keeps_its_text() -> None:
    """sphinx-lesson's '.. exercise::' (and '.. challenge::', '.. solution::' ...) is unknown to docutils: the
    directive and its content were dropped, the exercise's section title standing over nothing."""
    source = (
        "Loops\n=====\n\nBASH offers several ways to loop.\n\n"
        "Exercise 2.4\n------------\n\n"
        ".. exercise::\n\n   - Write a loop that counts the carts waiting in the yard.\n"
        "   - Print the toll each cart pays at the gate.\n\n"
        ".. solution::\n\n   Count them with a for loop over the yard's list.\n"
    )
    extracted = extract("loops.rst", source.encode())
    assert texts(extracted, "list_item") == [
        "Write a loop that counts the carts waiting in the yard.",
        "Print the toll each cart pays at the gate.",
    ]
    assert "Count them with a for loop over the yard's list." in texts(extracted, "paragraph")


def test_an_icon_only_reference_link_is_no_text() -> None:
    """pymdown-extensions' pages open with an icon linking to their source, its reference defined in a snippet the
    site includes (`[:octicons-file-code-24:][_tabbed]{: .source-link }`): undefined here, it stood as "[][_tabbed]",
    a sentence of every page. A link with words beside its icon keeps them."""
    source = (
        "[:octicons-file-code-24:][_ferry]{: .source-link }\n\n# Ferries\n\n"
        "The ferry leaves the north quay at dawn.\n\n"
        "[:octicons-arrow-right-24: Read the tolls][tolls]\n\n[tolls]: tolls.md\n"
    )
    extracted = extract("ferries.md", source.encode())
    everything = [extracted.block_text(b) for b in extracted.blocks]
    assert not any("[" in text for text in everything), everything
    assert "The ferry leaves the north quay at dawn." in texts(extracted, "paragraph")
    assert "Read the tolls" in texts(extracted, "paragraph")


def test_a_roman_number_opening_a_paragraph_is_no_sentence_of_its_own() -> None:
    """A section's number in Roman numerals opening its paragraph ("II. Biological rationale for sequencing the
    platypus genome", a Word report's title its PDF gives as a paragraph) was cut off as a sentence "II."; inside a
    paragraph a Roman numeral may still end a sentence ("... in Book II. Then ...")."""
    source = (
        "# Survey\n\nII. Reasons for the harbour survey\n\n"
        "The board read the tolls of Book II. Then the clerks closed the ledger for the year.\n"
    )
    document = read_document("survey.md", source.encode(), 0).document
    found = [r.text for r in document.sentences if r.kind != "heading"]
    assert found == [
        "II. Reasons for the harbour survey",
        "The board read the tolls of Book II.",
        "Then the clerks closed the ledger for the year.",
    ], found
