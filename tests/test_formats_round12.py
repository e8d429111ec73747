"""Format readers, issue 11 round 12: what bench/data/realdocs_office's EPUB files showed (a poem's line numbers,
images' labels). Each case made up in the documents' shape."""

from __future__ import annotations

from retrieval.ingest.formats import extract
from tests.test_formats import texts, zipfile_bytes
from tests.test_formats_round8 import _assert_verbatim

_XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'


def _epub(body: str) -> bytes:
    """A one-chapter EPUB whose chapter's body is `body`."""
    return zipfile_bytes(
        {
            "mimetype": "application/epub+zip",
            "META-INF/container.xml": (
                '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                '<rootfile full-path="content.opf"/></rootfiles></container>'
            ),
            "content.opf": (
                '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
                '<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>'
                '<spine><itemref idref="c1"/></spine></package>'
            ),
            "c1.xhtml": f"<html {_XHTML}><body>{body}</body></html>",
        }
    )


def test_a_poems_line_numbers_are_left_out() -> None:
    """An edition of a poem numbers every tenth line in the margin ('<span class="lnum">10</span>'): the number was
    glued to the line's last word ("meadow,10"), a word no one wrote."""
    body = (
        "<h2>I. THE ORCHARD</h2>"
        "<div>The pears hung low above the meadow,"
        '<span class="lnum">10</span></div>'
        '<div>And no one came to pick them.<span class="linenum">[20]</span></div>'
        # a class that merely contains the word keeps its text: only a bare number is a margin's
        '<p>See <span class="lnum">the note on line ten</span> for the orchard.</p>'
    )
    extracted = extract("orchard.epub", _epub(body))
    assert texts(extracted, "paragraph") == [
        "The pears hung low above the meadow,",
        "And no one came to pick them.",
        "See the note on line ten for the orchard.",
    ]
    _assert_verbatim(extracted)


def test_an_images_label_is_not_read_as_text() -> None:
    """A Gutenberg book's pictures carry alt texts that only label them ("Illo1", "Cover Image"): each stood as a
    paragraph of the chapter. An alt text that describes the picture is still read."""
    body = (
        '<p><img src="images/i001.jpg" alt="Illo1"/></p>'
        '<p><img src="images/cover.jpg" alt="Cover Image"/></p>'
        "<p>The fox ran along the hedge.</p>"
        '<p><img src="images/i002.jpg" alt="img_07"/></p>'
        '<p><img src="images/i003.jpg" alt="A fox asleep under a hedge"/></p>'
    )
    extracted = extract("fox.epub", _epub(body))
    assert texts(extracted, "paragraph") == ["The fox ran along the hedge.", "A fox asleep under a hedge"]
