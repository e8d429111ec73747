"""PDF requirement tables whose first cell wraps (issue 11, hf43): the row's number, its requirement and its ticks
are one row, the number kept with the text and the ticks left out. Made-up tables of the shape of OWASP's MASVS 1.1
(a cell for the number, one for the requirement wrapped over two lines, the ticks centred beside them), where pdfium
gave "2.1" apart from the requirement and "✓ ✓" as a sentence of its own."""

from __future__ import annotations

from retrieval.ingest.document import parse_document
from tests.test_formats_standards_pdf import _pdf

ROWS = [
    (72, 720, 16, "V2: Storage Requirements"),
    (72, 690, 10, "Most of the controls listed in this chapter are mandatory for all verification levels."),
    (72, 664, 10, "# Description L1 L2"),
    (72, 643, 10, "2.1"),
    (110, 650, 10, "System credential storage facilities are used appropriately to store sensitive data,"),
    (110, 636, 10, "such as user credentials or cryptographic keys."),
    (480, 643, 10, "✔ ✔"),
    (72, 615, 10, "2.2 No sensitive data is written to application logs."),
    (480, 615, 10, "✔ ✔"),
    (72, 594, 10, "2.3"),
    (110, 601, 10, "No sensitive data is shared with third parties unless it is a necessary part of"),
    (110, 587, 10, "the architecture of the app."),
    (480, 594, 10, "✔"),
    (72, 560, 10, "The testing guide says how each of these requirements is verified on a phone."),
]


def test_a_wrapped_requirement_keeps_its_number_and_no_sentence_is_ticks_only() -> None:
    document, _ = parse_document("storage.pdf", _pdf(ROWS), 0)
    prose = [" ".join(r.text.split()) for r in document.sentences if r.kind != "heading"]
    assert (
        "2.1 System credential storage facilities are used appropriately to store sensitive data, such as user "
        "credentials or cryptographic keys." in prose
    )
    assert "2.2 No sensitive data is written to application logs." in prose
    assert (
        "2.3 No sensitive data is shared with third parties unless it is a necessary part of the architecture of the "
        "app." in prose
    )
    assert not [text for text in prose if set(text) <= set("✔✓ ")]
    assert not [text for text in prose if text in ("2.1", "2.3")]


def test_a_row_number_given_apart_is_joined_to_its_requirement() -> None:
    """pdfium gave MASVS's wrapped rows as three pieces: the number, the requirement, the ticks."""
    from retrieval.ingest.formats.blocks import BlockBuilder
    from retrieval.ingest.formats.pdf import _join_requirement_rows

    builder = BlockBuilder()
    builder.add("paragraph", "# Description L1 L2", page=3)
    for number, requirement in (
        ("2.1", "System credential storage facilities are used appropriately to store sensitive data,\nsuch as keys."),
        ("2.2", "No sensitive data should be stored outside of the app container or system\ncredential storage."),
    ):
        builder.add("meta", number, page=3)
        builder.add("paragraph", requirement, page=3)
        builder.add("meta", "✓ ✓", page=3)
    builder.add("meta", "4.1", page=3)  # a number with no row beside it stays as it is
    builder.add("paragraph", "See the testing guide for the methods.", page=3)
    _join_requirement_rows(builder)
    text = builder.text()
    shown = [(block.kind, " ".join(text[block.start : block.end].split())) for block in builder.blocks]
    assert (
        "paragraph",
        "2.1 System credential storage facilities are used appropriately to store sensitive data, such as keys.",
    ) in shown
    assert (
        "paragraph",
        "2.2 No sensitive data should be stored outside of the app container or system credential storage.",
    ) in shown
    assert ("meta", "4.1") in shown
