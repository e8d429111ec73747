"""Format readers, issue 11 round 19: a table's header row names the columns of the rows under it (Markdown, HTML,
RST, Org, AsciiDoc, DOCX, ODT). A row ("max_conn |
100 | Open connections at most.") was stored without them, so a question that names the column ("the default of
max_conn") could not match it; the header row itself ("Setting | Default | Meaning") was an answer of its own that such
a question found instead. The header's words are now searchable context of every row under it, never words of the
row's quote (each quote is still the row's own text), and a header of two or more cells is no answer."""

from __future__ import annotations

import io

import pytest

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.tokenize import tokenize
from tests.test_formats_leftovers import odt

_HEADER = ("Setting", "Default", "Meaning")
_ROWS = (
    ("max_conn", "100", "Open connections at most."),
    ("idle_wait", "30 s", "Seconds before an idle connection closes."),
)
_INTRO = "The pool reads these settings when it starts."
_AFTER = "A restart applies a changed setting."


def _html_table(head: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in _ROWS)
    return f"<table>{head}<tbody>{body}</tbody></table>"


def _docx_table(header_look: bool) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Pool settings", 1)
    document.add_paragraph(_INTRO)
    table = document.add_table(rows=1 + len(_ROWS), cols=len(_HEADER))
    for row, cells in zip(table.rows, (_HEADER, *_ROWS), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    look = table._tbl.tblPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblLook"
    )  # python-docx sets Word's "Header Row" option on
    if not header_look:
        table._tbl.tblPr.remove(look)
    document.add_paragraph(_AFTER)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _odt_table(header_rows: bool) -> bytes:
    def row(cells: tuple[str, ...]) -> str:
        return (
            "<table:table-row>"
            + "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" for cell in cells)
            + "</table:table-row>"
        )

    head = row(_HEADER)
    if header_rows:  # as LibreOffice saves a table with its "Heading" option on
        head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    return odt(
        '<text:h text:outline-level="1">Pool settings</text:h>'
        f"<text:p>{_INTRO}</text:p>"
        '<table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"{head}{''.join(row(cells) for cells in _ROWS)}</table:table>"
        f"<text:p>{_AFTER}</text:p>"
    )


def _markdown() -> bytes:
    lines = ["| " + " | ".join(cells) + " |" for cells in (_HEADER, *_ROWS)]
    lines.insert(1, "|---|---|---|")
    return ("# Pool settings\n\n" + _INTRO + "\n\n" + "\n".join(lines) + "\n\n" + _AFTER + "\n").encode()


def _rst() -> bytes:
    rule = "=========  =======  ==========================================="
    rows = [f"{a:<9}  {b:<7}  {c}" for a, b, c in (_HEADER, *_ROWS)]
    table = "\n".join([rule, rows[0], rule, *rows[1:], rule])
    return f"Pool settings\n=============\n\n{_INTRO}\n\n{table}\n\n{_AFTER}\n".encode()


def _org() -> bytes:
    rows = ["| " + " | ".join(cells) + " |" for cells in (_HEADER, *_ROWS)]
    rows.insert(1, "|----------+-------+------|")
    return ("* Pool settings\n\n" + _INTRO + "\n\n" + "\n".join(rows) + "\n\n" + _AFTER + "\n").encode()


def _asciidoc(shorthand: bool) -> bytes:
    """A table whose header Asciidoctor finds by the blank line after its first line, or by its `%header` option."""
    head = "|" + " |".join(_HEADER)
    rows = "\n".join("|" + " |".join(cells) for cells in _ROWS)
    table = f"[%header]\n|===\n{head}\n{rows}\n|===" if shorthand else f"|===\n{head}\n\n{rows}\n|==="
    return f"= Pool settings\n\n{_INTRO}\n\n{table}\n\n{_AFTER}\n".encode()


def _html(head: str) -> bytes:
    return (
        f"<html><head><title>Pool settings</title></head><body><h1>Pool settings</h1><p>{_INTRO}</p>"
        f"{_html_table(head)}<p>{_AFTER}</p></body></html>"
    ).encode()


_HEADED = {
    "settings.md": _markdown(),
    "settings.html": _html("<thead><tr>" + "".join(f"<th>{cell}</th>" for cell in _HEADER) + "</tr></thead>"),
    "settings_th.html": _html("<tr>" + "".join(f"<th>{cell}</th>" for cell in _HEADER) + "</tr>"),
    # a caption that only names the table (meta), written between the header and the rows: the header was quoted
    "settings_caption.html": _html(
        "<thead><tr>"
        + "".join(f"<th>{cell}</th>" for cell in _HEADER)
        + "</tr></thead><caption>Table 1. Pool</caption>"
    ),
    "settings.rst": _rst(),
    "settings.docx": _docx_table(header_look=True),
    "settings.odt": _odt_table(header_rows=True),
    "settings.org": _org(),
    "settings.adoc": _asciidoc(shorthand=False),
    "settings_option.adoc": _asciidoc(shorthand=True),
}


@pytest.mark.parametrize("name", sorted(_HEADED))
def test_header_names_are_searchable_context_of_each_row_not_quoted(name: str) -> None:
    data = _HEADED[name]
    extracted = extract(name, data)
    records = read_document(name, data, 0).document.sentences
    rows = [r for r in records if r.kind == "table_row"]
    # one record a row, the header row no answer of its own
    assert [r.text for r in rows] == [" | ".join(cells) for cells in _ROWS]
    columns = tokenize(" ".join(_HEADER), "en")
    assert columns
    for record in rows:
        # found by the column names ...
        assert set(columns) <= set(record.tokens)
        # ... but quoted as the row is written: a slice of the document's text, without them
        assert extracted.text[record.start : record.end] == record.text
        assert not any(word in record.text for word in _HEADER)
    # the paragraphs around the table are not the table's rows: no column names among their terms
    for record in records:
        if record.kind == "paragraph":
            assert "default" not in record.tokens
            assert record.text in (_INTRO, _AFTER)


_HEADERLESS = {
    "settings.docx": _docx_table(header_look=False),
    "settings.odt": _odt_table(header_rows=False),
    # "key | value" rows whose key is a <th>: each row its own header, no row the table's
    "settings.html": _html("<tr>" + "".join(f"<th>{_HEADER[0]}</th><td>{cell}</td>" for cell in _HEADER[1:]) + "</tr>"),
}


@pytest.mark.parametrize("name", sorted(_HEADERLESS))
def test_a_table_without_a_header_row_keeps_its_first_row_as_an_answer(name: str) -> None:
    data = _HEADERLESS[name]
    records = read_document(name, data, 0).document.sentences
    rows = [r for r in records if r.kind == "table_row"]
    assert len(rows) == 1 + len(_ROWS)
    first = rows[0].text.split(" | ")
    assert first[0] == _HEADER[0]
    for record in rows[1:]:
        assert "default" not in record.tokens  # no column names borrowed from a row that is no header


def test_a_header_of_one_cell_or_over_no_rows_is_still_quoted() -> None:
    """A lone header cell over a table may be a fact ("Award term: 6 months", a Word form's title row), and a header
    with no rows under it names nothing: both stay answers. A second table's rows take their own header's names,
    not the first's, and two header rows name the rows together."""
    table = (
        "<table><thead><tr><th>Award term: 6 months</th></tr></thead><tbody><tr><td>Renewal</td><td>yearly</td></tr>"
        "</tbody></table><table><thead><tr><th>Colour</th><th>Hue</th></tr></thead></table>"
        "<p>The fruit are picked in season.</p>"
        "<table><thead><tr><th>Fruit</th><th>Season</th></tr><tr><th>Name</th><th>Month</th></tr></thead>"
        "<tbody><tr><td>Quince</td><td>October</td></tr></tbody></table>"
    )
    data = f"<html><body><h1>Terms</h1><p>The contract runs in terms.</p>{table}</body></html>".encode()
    rows = [r for r in read_document("terms.html", data, 0).document.sentences if r.kind == "table_row"]
    assert [r.text for r in rows] == ["Award term: 6 months", "Renewal | yearly", "Colour | Hue", "Quince | October"]
    assert {"award", "term"} <= set(rows[1].tokens)
    assert "colour" not in rows[3].tokens
    assert set(tokenize("Fruit Season Name Month", "en")) <= set(rows[3].tokens)


def _docx_paragraphs(paragraphs: list[tuple[str, str]]) -> bytes:
    """A DOCX of (style, text) paragraphs; styles the default template lacks are added as paragraph styles."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    names = {style.name for style in document.styles}
    for style, text in paragraphs:
        if style not in names:
            document.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
            names.add(style)
        document.add_paragraph(text, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_definition_term_labels_its_definition() -> None:
    """Pandoc writes a definition list to DOCX as "Definition Term" and "Definition" paragraphs. Read as paragraphs,
    the term was a sentence of its own and its description did not hold the name a question asks it by; the term now
    labels its description (as HTML's <dt> does), and a term with no description is still an item."""
    data = _docx_paragraphs(
        [
            ("Heading 1", "Glossary"),
            ("Definition Term", "Lantern warden"),
            ("Definition", "Keeps the found lanterns in the shed beside the pier."),
            ("Definition", "The shed is locked after dark."),
            ("Definition Term", "Orphan term"),
            ("Normal", "The club meets on Tuesdays."),
        ]
    )
    extracted = extract("glossary.docx", data)
    labelled = [b for b in extracted.blocks if b.label]
    assert [extracted.block_text(b)[: b.label] for b in labelled] == ["Lantern warden"]
    records = read_document("glossary.docx", data, 0).document.sentences
    by_text = {r.text: r for r in records}
    described = by_text["Keeps the found lanterns in the shed beside the pier."]
    assert described.section.endswith("Lantern warden")
    assert {"lantern", "warden"} <= set(described.tokens)
    assert "Lantern warden" not in by_text  # the term is the label, no sentence of its own
    assert by_text["The shed is locked after dark."].kind == "list_item"
    assert by_text["Orphan term"].kind == "list_item"
    assert by_text["The club meets on Tuesdays."].kind == "paragraph"
    for record in records:
        assert extracted.text[record.start : record.end] == record.text


def test_reference_list_heading_makes_its_entries_meta() -> None:
    """Zotero's and APA's "Reference list" heading (as "References" and "Bibliography" already did): its entries
    ("Smith, D. M., Eade, R., & Pohlmann, H. (2013). A comparison ...") matched a question's words without answering."""
    entry = "Smith, D. M., Eade, R., & Pohlmann, H. (2013). A comparison of full-field and anomaly initialization."
    data = _docx_paragraphs(
        [
            ("Normal", "Anomaly initialization drifts less in the first year (Smith et al., 2013)."),
            ("Heading 1", "Reference list"),
            ("Normal", entry),
        ]
    )
    extracted = extract("paper.docx", data)
    assert [extracted.block_text(b) for b in extracted.blocks if b.kind == "meta"] == [entry]
    texts = [r.text for r in read_document("paper.docx", data, 0).document.sentences]
    assert "Anomaly initialization drifts less in the first year (Smith et al., 2013)." in texts
    assert entry not in texts


def test_an_html_caption_written_after_the_header_is_read_before_the_table() -> None:
    """A <caption> that says something, written after <thead>, was a paragraph between the header row and its rows:
    the header ("Setting | Default | Meaning") was quoted as an answer and the rows lost its column names. A browser
    shows a caption above its table wherever the markup puts it; it is read there now."""
    caption = "The pool reads these settings again at every restart."
    head = (
        "<thead><tr>" + "".join(f"<th>{cell}</th>" for cell in _HEADER) + f"</tr></thead><caption>{caption}</caption>"
    )
    data = _html(head)
    records = read_document("settings.html", data, 0).document.sentences
    assert [r.text for r in records if r.kind != "heading"] == [
        _INTRO,
        caption,
        *(" | ".join(cells) for cells in _ROWS),
        _AFTER,
    ]
    columns = set(tokenize(" ".join(_HEADER), "en"))
    assert all(columns <= set(r.tokens) for r in records if r.kind == "table_row")
