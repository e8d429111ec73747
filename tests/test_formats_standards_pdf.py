"""PDF standards with numbered requirement tables and unnumbered chapters (issue 11, hf41): a requirement row ending in
its level ticks is no heading, and a book part's title ("Preface") heads no chapter set as large as it. Made-up
documents of the shape of OWASP's SCVS 1.0 (Word-made: "1.8 The component type is known throughout inventory ✓";
"Preface" then the chapters "Using the SCVS", "V1: Inventory Requirements" ... in the same size)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import parse_document
from retrieval.models import SECTION_SEPARATOR
from tests.test_pdf_layout import _text_object, pdf_with_items

_TICKS = frozenset("✔ ")


def _pdf(items: list[tuple[float, float, float, str]]) -> bytes:
    """One page of text items (left, baseline, size, text); a run of ticks is set in ZapfDingbats, the rest in
    Helvetica."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for left, baseline, size, text in items:
        font = b"ZapfDingbats" if set(text) <= _TICKS else b"Helvetica"
        _text_object(pdf, page, text, size, left, baseline, font)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_requirement_row_ending_in_its_ticks_is_a_row_not_a_heading() -> None:
    """Rows of one tick ("1.2 ... component ✔"), and a row whose first cell wrapped with its ticks on the line under it,
    were read as numbered section headings: every later row and chapter stood under one of them."""
    rows = [
        (72, 720, 16, "Inventory Requirements"),
        (72, 690, 10, "Every component that a build uses is written down in one inventory, kept with the build. "),
        (72, 676, 10, "The controls below say what that inventory holds at each level."),
        (72, 650, 10, "# Description L1 L2 L3"),
        (72, 636, 10, "1.1 All direct and transitive components are known at the end of a build"),
        (460, 636, 10, "✔ ✔ ✔"),
        (72, 622, 10, "1.2 Package managers are used for every third-party component"),
        (500, 622, 10, "✔"),
        (72, 608, 10, "1.3 The component type of each entry is known throughout the whole "),
        (72, 594, 10, "inventory of the organisation"),
        (500, 594, 10, "✔"),
        (72, 580, 10, "1.4 Point of origin is known for all components of the build"),
        (460, 580, 10, "✔ ✔ ✔"),
        (72, 560, 10, "2.1 Manual review"),
        (72, 546, 10, "Each release is also read through by a second person before it is published."),
    ]
    document, _ = parse_document("inventory.pdf", _pdf(rows), 0)
    headings = [r.text for r in document.sentences if r.kind == "heading"]
    assert headings == ["Inventory Requirements", "2.1 Manual review"]
    prose = [" ".join(r.text.split()) for r in document.sentences if r.kind != "heading"]
    # the rows' ticks are left out of their text (hf43: "✓ ✓" after a row's full stop was a sentence of its own)
    assert "1.2 Package managers are used for every third-party component" in prose
    assert "1.3 The component type of each entry is known throughout the whole inventory of the organisation" in prose
    assert all("1." not in r.section for r in document.sentences)


def _chapter(title: str, size: float, sentences: list[str]) -> list[tuple[float, float, float, str]]:
    """A page: a title of `size`, then one paragraph per sentence."""
    return [(72, 720, size, title)] + [(72, 690 - 24 * n, 10, text) for n, text in enumerate(sentences)]


def test_chapters_as_large_as_the_preface_title_are_not_its_sections() -> None:
    """ "Preface" is a book's part at the top level; the unnumbered chapters after it, their titles set in its size,
    stood under it ("Preface › V1 Crane Requirements"). They are its siblings."""
    pages = [
        _chapter("Harbour Safety Standard", 24, ["A standard for the harbour's cranes and gates, kept by the board."]),
        _chapter("Preface", 18, ["Welcome to the third version of the harbour safety standard for every quay."]),
        _chapter("Using the Standard", 18, ["The standard is read one chapter at a time by the crews of each quay."]),
        _chapter("V1 Crane Requirements", 18, ["Cranes are checked every morning before the first ship is unloaded."]),
        _chapter("V2 Gate Requirements", 18, ["Gates are locked at dusk and opened at dawn by the gate keeper."]),
    ]
    document, _ = parse_document("harbour.pdf", pdf_with_items(pages), 0)
    sections = {r.text: r.section for r in document.sentences if r.kind != "heading"}
    assert sections["Welcome to the third version of the harbour safety standard for every quay."] == "Preface"
    assert sections["Cranes are checked every morning before the first ship is unloaded."] == "V1 Crane Requirements"
    assert sections["Gates are locked at dusk and opened at dawn by the gate keeper."] == "V2 Gate Requirements"
    assert not any(SECTION_SEPARATOR in section for section in sections.values())
