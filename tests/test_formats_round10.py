"""Format readers, issue 11 round 10: title pages of books as Project Gutenberg publishes them. Each case made up in
the documents' shape."""

from __future__ import annotations

from retrieval.ingest.document import heading_name, parse_document
from retrieval.ingest.split import normalize_space
from retrieval.tokenize import tokenize

_SPACED_TITLE_PAGE = """<html><head><title>The Project Gutenberg eBook of "Letters of Ada Winterbourne."</title></head>
<body>
<h3>L&nbsp;E&nbsp;T&nbsp;T&nbsp;E&nbsp;R&nbsp;S</h3>
<h1>W&nbsp;I&nbsp;N&nbsp;T&nbsp;E&nbsp;R&nbsp;B&nbsp;O&nbsp;U&nbsp;R&nbsp;N&nbsp;E</h1>
<h2>THE FIRST LETTER</h2>
<p>My dear sister, the orchard behind the mill flooded again this spring.</p>
</body></html>
"""


def test_heading_in_spaced_letters_reads_as_its_word() -> None:
    """A title page sets headings in spaced capitals ("W I N T E R B O U R N E"): the section path showed the letters
    one by one, and the heading's word could not be searched. The stored heading stays the text as printed."""
    document, _ = parse_document("letters.htm", _SPACED_TITLE_PAGE.encode(), 0)
    sentence = next(s for s in document.sentences if s.kind == "paragraph")
    assert sentence.section == "WINTERBOURNE › THE FIRST LETTER"
    heading = next(s for s in document.sentences if s.kind == "heading" and "W" in s.text and "I" in s.text)
    assert normalize_space(heading.text.replace("\u00a0", " ")) == "W I N T E R B O U R N E"
    assert set(tokenize("Winterbourne")) <= set(heading.tokens)


def test_heading_name_joins_only_spaced_letters() -> None:
    assert heading_name("B E N  N E T T") == "BEN NETT"
    assert heading_name("F\u00a0R\u00a0A\u00a0M\u00a0E") == "FRAME"
    assert heading_name("A B C") == "A B C"  # three letters may be meant one by one
    assert heading_name("1 2 3 4") == "1 2 3 4"
    assert heading_name("Part I.  A B C D") == "Part I. A B C D"
    assert heading_name("  Plain\n heading ") == "Plain heading"


def test_gutenberg_series_name_is_no_part_of_the_title() -> None:
    """Gutenberg's HTML titles start with the series ("The Project Gutenberg eBook of ..."), which every book of a
    folder shares; the source line showed it instead of the book's own title."""
    document, _ = parse_document("letters.htm", _SPACED_TITLE_PAGE.encode(), 0)
    assert document.title == "Letters of Ada Winterbourne."
    walden = "<html><head><title>The Project Gutenberg EBook of Pondside, by A. Writer</title></head><body>"
    walden += "<p>I went to the woods because I wished to live deliberately.</p></body></html>"
    assert parse_document("pondside.html", walden.encode(), 0)[0].title == "Pondside, by A. Writer"
