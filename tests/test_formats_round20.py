"""Format readers, issue 11 round 20. reStructuredText option lists ("-o FILE, --output=FILE  Write ..."): their
options were no text at all and their descriptions unnamed paragraphs; each item is now a description item, its
options the term of its description's first paragraph (as a definition list's term or a field's name). PDF captions
("Table 3: ...", IEEE's "TABLE I" over its title) are units of their own: a caption after a line that ends a sentence
but kept its wrap's space ran into the paragraph above it, and a bare label's title on the line under it was a
paragraph (an answer) of its own.
Made-up documents in the shape of rst2man manual pages, docutils' command-line help, a Word-made NIST report's
glossary and an IEEEtran paper's tables."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from retrieval.tokenize import tokenize
from tests.test_pdf_layout import column, paragraphs, pdf_with_items

_OPTIONS = """=======
reportr
=======

Options
=======

-o FILE, --output=FILE  Write the finished report to FILE instead of the screen.

                        A later paragraph tells how an existing file is kept.

-q             Print nothing but the errors found.
--level=<n>    Set how much detail the log holds.
/V             Show the version (a DOS-style option).

Exit codes
==========

The program ends with one of the codes below.
"""


def _records(name: str, source: str) -> dict[str, object]:
    document = read_document(name, source.encode(), 0).document
    return {record.text: record for record in document.sentences if record.kind != "heading"}


def _has_terms(record: object, words: str) -> bool:
    return all(term in record.tokens for term in tokenize(words))  # type: ignore[attr-defined]


def test_rst_option_list_items_are_description_items_named_by_their_options() -> None:
    extracted = extract("reportr.rst", _OPTIONS.encode())
    items = {extracted.block_text(block): block for block in extracted.blocks if block.kind == "list_item"}
    first = "-o FILE, --output=FILE\nWrite the finished report to FILE instead of the screen."
    assert first in items  # the options were no text at all, their description a paragraph of its own
    assert items[first].label == len("-o FILE, --output=FILE")
    assert "-q\nPrint nothing but the errors found." in items
    assert "--level=<n>\nSet how much detail the log holds." in items
    assert "/V\nShow the version (a DOS-style option)." in items


def test_rst_option_descriptions_are_found_by_their_options_never_quoting_them() -> None:
    records = _records("reportr.rst", _OPTIONS)
    output = records["Write the finished report to FILE instead of the screen."]
    assert output.section.split(SECTION_SEPARATOR)[-1] == "-o FILE, --output=FILE"
    assert _has_terms(output, "output")  # a question naming --output finds it
    level = records["Set how much detail the log holds."]
    assert level.section.endswith("--level=<n>") and _has_terms(level, "level")
    # the description's later paragraph is an item of its own, as a definition list's later paragraphs are
    later = records["A later paragraph tells how an existing file is kept."]
    assert later.kind == "list_item" and "--output" not in later.section
    # the paragraph after the list and the other sections are untouched
    assert records["The program ends with one of the codes below."].kind == "paragraph"


def _blocks(extracted: object, kind: str) -> list[str]:
    return [
        extracted.block_text(block)  # type: ignore[attr-defined]
        for block in extracted.blocks  # type: ignore[attr-defined]
        if block.kind == kind
    ]


def test_a_pdf_caption_after_a_sentence_ending_line_that_kept_its_space_is_a_block_of_its_own() -> None:
    """A Word PDF keeps a space at each soft wrap, and at some paragraph ends too: the caption right under such a line
    ("This appendix defines ... publication. " / "Table 3: Framework Glossary") was the paragraph's last sentence."""
    lines = [
        "The harbour office keeps its glossary at the back of the pilots' handbook ",
        "so that a new pilot can look up every word the harbour master uses.",
        "",
        "This appendix defines the words the pilots use on the northern quay. ",
        "Table 3: Harbour Glossary",
        "",
        "Berth: the place at the quay where a ship is tied up to unload.",
        "",
        "The clerk adds a new word to the glossary when a pilot asks for one, ",
        "and the list in Table 3 grows by a few words in every edition. ",
        "Table 4 lists the words the clerk took out of the glossary last year.",
    ]
    extracted = extract("glossary.pdf", pdf_with_items([column(lines)]))
    assert "Table 3: Harbour Glossary" in _blocks(extracted, "meta")  # a caption that only names its table
    found = paragraphs(extracted)
    assert "This appendix defines the words the pilots use on the northern quay." in found
    # running text that names a table after a sentence's end goes on in its paragraph
    assert (
        "The clerk adds a new word to the glossary when a pilot asks for one, and the list in Table 3 grows by a few "
        "words in every edition. Table 4 lists the words the clerk took out of the glossary last year."
    ) in found


def _ieee_page(label_left: float, title_left: float) -> list[tuple[float, float, float, str]]:
    """A page of a two-column paper: a paragraph in the left column, and in the right one a table's caption in small
    capitals, its bare label over its title, over the table's rows."""
    text = [
        (49.0, 700.0 - 11 * n, 9.0, line)
        for n, line in enumerate(
            [
                "The pilots measure the depth at each berth of the",
                "northern quay at low tide every spring, and the clerk",
                "copies their figures into the harbour handbook.",
            ]
        )
    ]
    caption = [(label_left, 728.0, 7.0, "TABLE I"), (title_left, 719.0, 7.0, "DEPTHS OF THE NORTHERN BERTHS")]
    rows = [
        (350.0, 700.0, 7.0, "Berth Depth Bottom"),
        (350.0, 690.0, 7.0, "North 1 6.5 m sand"),
        (350.0, 680.0, 7.0, "North 2 7 m"),
    ]
    return text + caption + rows


def test_a_pdf_caption_title_under_its_bare_label_is_one_caption() -> None:
    """IEEE sets a table's label alone ("TABLE I") and its title on the line under it, both centred: the title was a
    paragraph of its own, an answer naming nothing, and the label a caption without its title."""
    extracted = extract("paper.pdf", pdf_with_items([_ieee_page(label_left=418, title_left=363)]))
    assert "TABLE I\nDEPTHS OF THE NORTHERN BERTHS" in _blocks(extracted, "meta")
    assert not any("DEPTHS OF THE NORTHERN BERTHS" in found for found in paragraphs(extracted))
    # a title line not centred under the label (a table's cell beside it) is not the label's title
    apart = extract("paper.pdf", pdf_with_items([_ieee_page(label_left=418, title_left=300)]))
    assert "TABLE I" in _blocks(apart, "meta")
