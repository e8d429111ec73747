"""A DOCX without a Title style may set its title in large type alone (a form exported to Word): that first line
titles the document, and is no sentence to quote."""

from __future__ import annotations

from docx.shared import Pt

from retrieval.ingest.formats import extract
from tests.test_formats import texts
from tests.test_formats_round8 import _assert_verbatim, _docx


def _notice(title_size: float, first: str = "Vendor Survey Notice") -> bytes:
    def build(document: object) -> None:
        for text, size in (
            (first, title_size),
            ("This form lets suppliers describe what they can deliver this year.", 10.5),
            ("Answers are due by the end of the month and are kept on file.", 10.5),
        ):
            run = document.add_paragraph().add_run(text)  # type: ignore[attr-defined]
            run.font.size = Pt(size)

    return _docx(build)


def test_a_first_line_in_large_type_is_the_title() -> None:
    """'Vendor Survey Notice' at 25.5 pt over 10.5 pt text was a paragraph, and the document had no title."""
    extracted = extract("notice.docx", _notice(25.5))
    assert extracted.title == "Vendor Survey Notice"
    assert texts(extracted, "heading") == ["Vendor Survey Notice"]
    assert texts(extracted, "paragraph") == [
        "This form lets suppliers describe what they can deliver this year.",
        "Answers are due by the end of the month and are kept on file.",
    ]
    _assert_verbatim(extracted)


def test_a_first_line_in_body_size_or_a_long_one_stays_text() -> None:
    """Only a short line set well above the text's size is a title: 12 pt over 10.5 pt is emphasis, and a long line
    in large type is a pull quote."""
    assert texts(extract("notice.docx", _notice(12)), "heading") == []
    long_line = "Every supplier who answers this survey will hear from the office within two weeks of the deadline."
    assert texts(extract("notice.docx", _notice(25.5, long_line)), "heading") == []
