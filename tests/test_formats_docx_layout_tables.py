"""A DOCX form laid out with tables in table cells (docx2python's "240-DOP-1013A Lay Down Tubulars": a header block
and a table of steps, hazards and controls nested in the cells of one outer table): the nested tables are read row by
row, not run together into one "row" of every step. The form below is made up in that shape."""

from __future__ import annotations

from retrieval.ingest.formats import extract
from tests.test_formats import texts
from tests.test_formats_round8 import _assert_verbatim, _docx


def _form(document: object) -> None:
    outer = document.add_table(rows=2, cols=1)  # type: ignore[attr-defined]
    header = outer.cell(0, 0)
    header.paragraphs[0].text = "Task Name: Descale the kettles"
    outer.cell(1, 0).paragraphs[0].text = "Follow the steps in order."
    steps = outer.cell(1, 0).add_table(rows=3, cols=3)
    for row, cells in enumerate(
        [
            ("Step", "Work Activity", "Known Hazards"),
            ("1", "Unplug the kettle and let it cool.", "Scalds from hot water."),
            ("2", "Fill it with vinegar and water.", "Vinegar in the eyes."),
        ]
    ):
        for column, text in enumerate(cells):
            steps.cell(row, column).paragraphs[0].text = text
    timetable = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    timetable.cell(0, 0).paragraphs[0].text = "Week 1"
    timetable.cell(0, 1).paragraphs[0].text = "Kitchen A"
    timetable.cell(0, 1).add_table(rows=1, cols=1)  # an empty table left in a cell: the row is still data


def test_tables_nested_in_a_layout_table_are_read_row_by_row() -> None:
    extracted = extract("form.docx", _docx(_form))
    assert texts(extracted, "table_row") == [
        "Task Name: Descale the kettles",  # a row without a table inside is read as before
        "Step | Work Activity | Known Hazards",
        "1 | Unplug the kettle and let it cool. | Scalds from hot water.",
        "2 | Fill it with vinegar and water. | Vinegar in the eyes.",
        "Week 1 | Kitchen A",
    ]
    assert texts(extracted, "paragraph") == ["Follow the steps in order."]
    _assert_verbatim(extracted)
