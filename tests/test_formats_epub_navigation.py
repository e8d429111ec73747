"""EPUB books as converters make them (issue 11): chapters without headings get their section from the book's own
table of contents (EPUB 3 nav or EPUB 2 NCX), its contents page is no answer, and the pages the package's guide calls
a cover, title page or copyright page are boilerplate."""

from __future__ import annotations

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from tests.test_formats import texts, zipfile_bytes

CONTAINER = (
    '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>'
)


def chapter(*paragraphs: str) -> str:
    body = "".join(f'<p class="calibre_26">{p}</p>' for p in paragraphs)
    return f'<html xmlns="http://www.w3.org/1999/xhtml"><body class="calibre">{body}</body></html>'


# A converted book: the chapter's title is styled paragraphs ("CHAPTER 2" and its name), never an <h1>.
CONTENTS = chapter(
    "Contents",
    '<a href="part1.html">Chapter 1 - Gathering Reeds</a>',
    '<a href="part2.html#start">Chapter 2 - Weaving the Basket</a>',
)
PART_ONE = chapter(
    '<a href="contents.html"><span>CHAPTER 1</span><br/> Gathering Reeds</a>',
    "Reeds are cut in late summer, when their stems have turned from green to gold.",
    "They are dried in bundles for three weeks before anyone weaves with them.",
)
PART_TWO = chapter(
    "CHAPTER 2",
    "Weaving the Basket",
    "A basket starts from six stakes laid across each other like the spokes of a wheel.",
)
COPYRIGHT = chapter("Copyright © 2031 by the Basket Guild. All rights reserved.", "FIRST EDITION")
SPINE = ["copyright", "contents", "part1", "part2"]


def package(navigation: str, toc: str = "", nav_item: str = "", guide: str = "") -> str:
    items = "".join(f'<item id="{n}" href="{n}.html" media-type="application/xhtml+xml"/>' for n in SPINE)
    spine = "".join(f'<itemref idref="{n}"/>' for n in SPINE)
    return (
        '<package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Baskets</dc:title></metadata>'
        f"<manifest>{items}{navigation}</manifest><spine{toc}>{spine}</spine>{guide}</package>"
    )


def book(opf: str, extra: dict[str, str]) -> bytes:
    files = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": opf,
        "OEBPS/copyright.html": COPYRIGHT,
        "OEBPS/contents.html": CONTENTS,
        "OEBPS/part1.html": PART_ONE,
        "OEBPS/part2.html": PART_TWO,
    }
    return zipfile_bytes({**files, **extra})


NCX = (
    '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>'
    '<navPoint id="n1"><navLabel><text>Chapter 1 - Gathering Reeds</text></navLabel><content src="part1.html"/>'
    "</navPoint>"
    '<navPoint id="n2"><navLabel><text>Chapter 2 - Weaving the Basket</text></navLabel>'
    '<content src="part2.html#start"/></navPoint></navMap></ncx>'
)
NAV = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>'
    '<nav epub:type="toc"><ol><li><a href="part1.html">Chapter 1 - Gathering Reeds</a></li>'
    '<li><a href="part2.html#start">Chapter 2 - Weaving the Basket</a></li></ol></nav></body></html>'
)
GUIDE = '<guide><reference type="copyright-page" title="Copyright" href="copyright.html#c"/></guide>'
EPUB2 = book(
    package('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>', ' toc="ncx"', guide=GUIDE),
    {"OEBPS/toc.ncx": NCX},
)
EPUB3 = book(
    package('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'),
    {"OEBPS/nav.xhtml": NAV},
)


def test_a_chapter_without_headings_is_named_by_the_ncx() -> None:
    extracted = extract("baskets.epub", EPUB2)
    # one styled line (the label and the name) or two: the lines the entry names
    assert texts(extracted, "heading") == ["CHAPTER 1\nGathering Reeds", "Weaving the Basket"]
    assert {block.level for block in extracted.blocks if block.kind == "heading"} == {1}
    # the chapter's label, the contents page's entries and the guide's copyright page are no answers
    assert texts(extracted, "paragraph") == [
        "Contents",
        "Reeds are cut in late summer, when their stems have turned from green to gold.",
        "They are dried in bundles for three weeks before anyone weaves with them.",
        "A basket starts from six stakes laid across each other like the spokes of a wheel.",
    ]
    assert "CHAPTER 2" in texts(extracted, "meta") and "Chapter 1 - Gathering Reeds" in texts(extracted, "meta")
    assert "FIRST EDITION" in texts(extracted, "meta")


def test_an_epub3_nav_names_the_chapters_too_and_the_sections_reach_the_sentences() -> None:
    extracted = extract("baskets.epub", EPUB3)
    assert texts(extracted, "heading") == ["CHAPTER 1\nGathering Reeds", "Weaving the Basket"]
    document, _ = parse_document("baskets.epub", EPUB3, 0)
    sections = {s.text: s.section for s in document.sentences if s.kind == "paragraph"}
    assert (
        sections["They are dried in bundles for three weeks before anyone weaves with them."]
        == "CHAPTER 1 Gathering Reeds"
    )
    assert (
        sections["A basket starts from six stakes laid across each other like the spokes of a wheel."]
        == "Weaving the Basket"
    )
    # without a guide, the copyright page stays text
    assert "FIRST EDITION" in texts(extracted, "paragraph")


def test_chapters_with_headings_keep_them_and_a_missing_contents_file_names_nothing() -> None:
    headed = PART_TWO.replace('<p class="calibre_26">Weaving the Basket</p>', "<h2>Weaving the Basket</h2>")
    extracted = extract("baskets.epub", book(package("", ' toc="ncx"'), {"OEBPS/part2.html": headed}))
    assert texts(extracted, "heading") == ["Weaving the Basket"]  # its own <h2>; no table of contents to read
    assert "Gathering Reeds" in texts(extracted, "paragraph") or "Gathering Reeds" in " ".join(texts(extracted, "meta"))
