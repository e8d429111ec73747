"""Format readers, issue 11 round 20. reStructuredText option lists ("-o FILE, --output=FILE  Write ..."): their
options were no text at all and their descriptions unnamed paragraphs; each item is now a description item, its
options the term of its description's first paragraph (as a definition list's term or a field's name). PDF captions
("Table 3: ...", IEEE's "TABLE I" over its title) are units of their own: a caption after a line that ends a sentence
but kept its wrap's space ran into the paragraph above it, and a bare label's title on the line under it was a
paragraph (an answer) of its own. A slide deck's table has its header row as a Word or Writer table has (hf37's rule:
its words are searchable terms of each row under it, never quoted, and it is no answer of its own): a PPTX's
`firstRow` (read since hf37, untested), an ODP's `table:use-first-row-styles` or `table:table-header-rows` (not read).
Made-up documents in the shape of rst2man manual pages, docutils' command-line help, a Word-made NIST report's
glossary, an IEEEtran paper's tables, and decks as PowerPoint, python-pptx, Pandoc and Impress save them."""

from __future__ import annotations

import pytest

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from retrieval.tokenize import tokenize
from tests.test_pdf_layout import column, paragraphs, pdf_with_items
from tests.test_slides import deck, frame, odp, para, shape

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


_DECK_HEADER = ("Berth", "Depth at low tide", "Bottom")
_DECK_ROWS = (("North one", "6.5 m", "sand"), ("North two", "7 m", "rock"))


def _pptx_table(first_row: str | None) -> bytes:
    """A deck whose slide holds a table; `first_row` is its tblPr's firstRow ("1" as PowerPoint, python-pptx and
    Pandoc save a table with a header, "0" as Pandoc saves one without), None for no such flag (Google Slides)."""
    flag = f' firstRow="{first_row}" bandRow="1"' if first_row is not None else ""
    rows = "".join(
        "<a:tr>"
        + "".join(
            f"<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>{cell}</a:t></a:r></a:p></a:txBody></a:tc>" for cell in row
        )
        + "</a:tr>"
        for row in (_DECK_HEADER, *_DECK_ROWS)
    )
    table = (
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="t"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f"<a:tbl><a:tblPr{flag}/>{rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )
    return deck([(shape(para("Quay depths"), ph="title"), shape(para("The pilots measured every berth.")), table)])


def _odp_table(attributes: str, header_rows: bool) -> bytes:
    def row(cells: tuple[str, ...]) -> str:
        return (
            "<table:table-row>"
            + "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" for cell in cells)
            + "</table:table-row>"
        )

    head = row(_DECK_HEADER)
    if header_rows:
        head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    body = "".join(row(cells) for cells in _DECK_ROWS)
    return odp(
        [
            '<draw:page draw:name="p1">'
            + frame("title", "<text:p>Quay depths</text:p>")
            + frame("outline", "<text:p>The pilots measured every berth.</text:p>")
            + f"<draw:frame><table:table{attributes}>{head}{body}</table:table></draw:frame>"
            + "</draw:page>"
        ]
    )


@pytest.mark.parametrize(
    ("name", "data", "header"),
    [
        ("depths.pptx", lambda: _pptx_table("1"), True),
        ("depths.pptx", lambda: _pptx_table("0"), False),
        ("depths.pptx", lambda: _pptx_table(None), False),
        (
            "depths.odp",
            lambda: _odp_table(' table:template-name="default" table:use-first-row-styles="true"', False),
            True,
        ),
        ("depths.odp", lambda: _odp_table("", True), True),
        ("depths.odp", lambda: _odp_table(' table:use-first-row-styles="false"', False), False),
    ],
)
def test_a_slide_tables_header_row_names_its_rows_columns(name: str, data: object, header: bool) -> None:
    document = read_document(name, data(), 0).document  # type: ignore[operator]
    assert document is not None
    rows = {record.text: record for record in document.sentences if record.kind == "table_row"}
    header_text = " | ".join(_DECK_HEADER)
    north = rows["North one | 6.5 m | sand"]
    assert "low tide" not in north.text  # the header's words are never words of a row's quote
    if header:
        assert header_text not in rows  # a header of two or more cells over rows is no answer of its own
        assert _has_terms(north, "depth low tide bottom")  # a question naming a column finds the row
    else:
        assert header_text in rows  # no header known: the first row is a row as the others
        assert not _has_terms(north, "depth low tide")
