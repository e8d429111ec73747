"""An interpreted-text role docutils does not know shows its text as Sphinx shows it, angle brackets and all."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space
from retrieval.ingest.structure import ExtractedText
from tests.test_formats import texts


def _records(name: str, extracted: ExtractedText) -> list[str]:
    """The stored sentences, each checked to be the slice of the extracted text at its offsets."""
    records = document_records(extracted)
    for record in records:
        assert normalize_space(extracted.text[record.start : record.end]) == record.text, name
    return [record.text for record in records]


_RST = """Glossary
========

- :html:`<em>`: Text rendered in italics, as a word stressed in speech.
- A :custom-role:`plain words here` stay as written, and :py:func:`~tools.chart.plot` shows its last part.
- See :ref:`the guide <guide-label>`, press :kbd:`Ctrl+S`, edit :file:`~/.config/app_settings`, run
  :command:`make_chart`, and read :term:`course` in :doc:`charts`.
"""


def test_an_unknown_rst_role_shows_its_text_even_in_angle_brackets() -> None:
    extracted = extract("glossary.rst", _RST.encode())
    items = texts(extracted, "list_item")
    assert items[0] == "<em>: Text rendered in italics, as a word stressed in speech."
    assert items[1] == "A plain words here stay as written, and plot shows its last part."
    stored = _records("glossary.rst", extracted)
    assert any(sentence.startswith("<em>: Text rendered in italics") for sentence in stored)


def test_known_rst_roles_read_as_before() -> None:
    items = texts(extract("glossary.rst", _RST.encode()), "list_item")
    assert items[2] == (
        "See the guide, press Ctrl+S, edit ~/.config/app_settings, run\nmake_chart, and read course in charts."
    )
