"""A line near the top that only prints the document's title is no answer (retrieval/ingest/formats/blocks.py
`title_lines`): a cover table's title in a DOCX, a title paragraph in an ODT."""

from __future__ import annotations

import io

import docx

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from tests.files import FORMATS


def kinds(name: str, data: bytes) -> list[tuple[str, str]]:
    extracted = extract(name, data)
    return [(block.kind, extracted.block_text(block)) for block in extracted.blocks]


def cover_docx(title: str) -> bytes:
    """A report whose cover is a one-cell table printing the title of its metadata, as government templates do."""
    document = docx.Document()
    document.core_properties.title = title
    document.add_table(rows=1, cols=1).cell(0, 0).text = title
    document.add_heading("Background", level=2)
    document.add_paragraph("Agencies may award digital service projects directly to small firms.")
    document.add_paragraph(title)  # quoted again in the body: a sentence of the body, kept
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_cover_line_printing_the_title_is_meta() -> None:
    title = "GUIDE TO DIRECT AWARDS FOR DIGITAL SERVICES"
    blocks = kinds("guide.docx", cover_docx(title))
    assert blocks[0][1] == title and blocks[0][0] == "meta"
    assert blocks[-1] == ("paragraph", title)  # after a heading, the same words are the body's
    document, _ = parse_document("guide.docx", cover_docx(title), 0)
    assert document.title == title
    assert next(s.text for s in document.sentences if s.kind != "heading").startswith("Agencies may award")


def test_a_title_paragraph_of_a_real_odt_is_meta() -> None:
    data = (FORMATS / "pep8_pandoc.odt").read_bytes()
    assert extract("pep8_pandoc.odt", data).title == "Style Guide for Python Code (excerpt)"
    assert ("meta", "Style Guide for Python Code (excerpt)") in kinds("pep8_pandoc.odt", data)
