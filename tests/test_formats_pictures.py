"""A picture's alt text and the credit or caption line beside it are no answers (meta); a sentence beside it is."""

from __future__ import annotations

from retrieval.ingest.document import document_records
from retrieval.ingest.formats import extract
from retrieval.ingest.split import normalize_space
from retrieval.ingest.structure import ExtractedText
from tests.test_formats import texts

# A made-up game manual's opening, written as the Veloren book's is: screenshots, each over its credit line.
_MANUAL = (
    "# Driftwood: A Player's Guide\n\n"
    "Driftwood is a sailing game about trading between islands, written by volunteers and free to play.\n\n"
    "![Screenshot of Driftwood](https://example.org/shots/harbour.webp)\n| _Taken by @gullwing_\n\n"
    "![Screenshot of Driftwood](https://example.org/shots/storm.webp)\nPhoto: the harbour at dusk\n\n"
    "![The chart table](chart.png)\nThe chart table shows every island you have visited.\n\n"
    "Open the ![compass](compass.png) menu to set a course.\n"
)


def _records(name: str, extracted: ExtractedText) -> list[str]:
    """The stored sentences, each checked to be the slice of the extracted text at its offsets."""
    records = document_records(extracted)
    for record in records:
        assert normalize_space(extracted.text[record.start : record.end]) == record.text, name
    return [record.text for record in records]


def test_a_picture_and_its_credit_line_are_meta_not_answers() -> None:
    extracted = extract("guide.md", _MANUAL.encode())
    meta = texts(extracted, "meta")
    assert "Screenshot of Driftwood\n| Taken by @gullwing" in meta
    assert "Screenshot of Driftwood\nPhoto: the harbour at dusk" in meta
    stored = " ".join(_records("guide.md", extracted))
    assert "gullwing" not in stored and "Screenshot of Driftwood" not in stored and "dusk" not in stored


def test_a_sentence_beside_a_picture_stays_an_answer() -> None:
    extracted = extract("guide.md", _MANUAL.encode())
    paragraphs = texts(extracted, "paragraph")
    assert "The chart table shows every island you have visited." in paragraphs
    assert "The chart table" in texts(extracted, "meta")  # its alt text alone, apart from the sentence
    assert "Open the compass menu to set a course." in paragraphs  # a picture inside a line keeps its alt text


_PAGE = """<html><head><title>Driftwood</title></head><body><h1>Driftwood</h1>
<p>Driftwood is a sailing game about trading between islands, written by volunteers and free to play.</p>
<p><img src="harbour.webp" alt="Screenshot of Driftwood"><br>| <em>Taken by @gullwing</em></p>
<figure><img src="storm.webp" alt="A storm at sea"><figcaption>Taken by @gullwing</figcaption></figure>
<figure><img src="chart.png" alt="The chart table"><figcaption>The chart table shows every island you have
visited.</figcaption></figure>
<p><img src="map.png" alt="The map"><br>The map marks each harbour with the goods it buys.</p>
</body></html>"""


def test_a_web_pages_picture_and_its_credit_line_are_meta_as_in_markdown() -> None:
    extracted = extract("guide.html", _PAGE.encode())
    meta = texts(extracted, "meta")
    assert "Screenshot of Driftwood\n| Taken by @gullwing" in meta
    assert "Taken by @gullwing" in meta  # a <figcaption> that only credits its picture
    assert "The map" in meta
    stored = _records("guide.html", extracted)
    assert "The chart table shows every island you have visited." in stored
    assert "The map marks each harbour with the goods it buys." in stored
    assert not any("gullwing" in sentence or "Screenshot" in sentence for sentence in stored)
