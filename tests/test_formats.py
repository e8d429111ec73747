"""Format readers (retrieval/ingest/formats): detection, block structure and the verbatim guarantee, on real files."""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import unicodedata
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import document_records
from retrieval.ingest.formats import SUPPORTED_SUFFIXES, detect_format, extract
from retrieval.ingest.formats.blocks import CELL_SEPARATOR, BlockBuilder
from retrieval.ingest.formats.markup import rst_text
from retrieval.ingest.formats.pdf import _WORD_PROCESSOR, _add_paragraphs, _level_unnumbered_headings, _Line, _lines
from retrieval.ingest.split import normalize_space
from retrieval.ingest.structure import PROSE_KINDS, ExtractedText
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.tokenize import tokenize
from tests.files import FORMATS

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "realdocs-dev" / "docs"
WORD = re.compile(r"[A-Za-z0-9_]{3,}")
HYPHEN_SITE = re.compile(r"(\w+)[\ufffe\x02](\w+)")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl"})

FIXTURES = sorted(p for p in FORMATS.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.name != "README.md")
# no document: a scan, a locked PDF, an archive's index page, a theme's template of template text alone
NO_DOCUMENT = ("encrypted.pdf", "scanned_page.pdf", "pipermail_index_style.html", "coloraide_theme_main.html")
READABLE = [p for p in FIXTURES if p.name not in NO_DOCUMENT]
REALDOCS_FILES = sorted(p for p in REALDOCS.rglob("*") if p.is_file()) if REALDOCS.is_dir() else []


def read(name: str) -> ExtractedText:
    return extract(name, (FORMATS / name).read_bytes())


def texts(extracted: ExtractedText, kind: str) -> list[str]:
    return [extracted.block_text(block) for block in extracted.blocks if block.kind == kind]


def reference_text(path: Path) -> str:
    """What a plain extractor gives for the file, or the raw file for text formats: the words answers may use."""
    data = path.read_bytes()
    fmt = detect_format(path.name, data)
    if fmt == "pdf":
        document = pdfium.PdfDocument(data)
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
        text = "\n".join(pages).translate(LIGATURES)
        # a word pdfium marks as hyphenated at a line end may be given joined or with its hyphen
        return text + "\n" + HYPHEN_SITE.sub(r"\1\2 \1-\2", text)
    if fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        # runs python-docx leaves out: footnotes, endnotes, text boxes, tracked insertions
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith(".xml"))
        return "\n".join([p.text for p in document.paragraphs] + cells + re.findall(r"<w:t(?: [^>]*)?>([^<]*)<", xml))
    if fmt == "pptx":
        # every run's and field's text (a:t) of every part: slides, notes, groups, tables
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith(".xml"))
        return "\n".join(re.findall(r"<a:t(?: [^>]*)?>([^<]*)<", xml))
    if fmt in ("odt", "epub", "odp"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    if fmt == "rtf":
        return data.decode("latin-1")
    if fmt == "notebook":
        cells = json.loads(data)["cells"]
        return "\n".join("".join(cell["source"]) for cell in cells)
    if fmt == "mail":
        # the standard library's decoding of every text part (base64 and quoted-printable bodies), beside the raw bytes
        message = email.message_from_bytes(data, policy=email.policy.default)
        parts = [str(part.get_content()) for part in message.walk() if part.get_content_maintype() == "text"]
        return data.decode("utf-8", "replace") + "\n" + "\n".join(parts)
    raw = data.decode("utf-8", "replace")
    # rendered inline markup joins what the source splits: "`id`s" reads "ids", "**Bold**ly" reads "Boldly",
    # reStructuredText's escaped space "``name``\\ s" reads "names"; emphasis underscores at a word's edges
    # ("_emphasis_" reads "emphasis") are not part of the word
    return raw + "\n" + re.sub(r"[`*]|\\ ", "", raw) + "\n" + re.sub(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])", " ", raw)


def printed(text: str) -> str:
    """Text as the extractors give it: a footnote mark docbot shows raised ("guideline⁹") is plain digits to them
    ("guideline9"), and NFKC folds it back (as bench/realdocs.py's verbatim check does)."""
    return unicodedata.normalize("NFKC", text)


def check_blocks(extracted: ExtractedText) -> None:
    previous_end = 0
    assert extracted.blocks
    for block in extracted.blocks:
        text = extracted.block_text(block)
        assert previous_end <= block.start < block.end <= len(extracted.text)
        assert text == text.strip() and text
        assert "\n\n" not in text
        assert (block.kind == "heading") == (block.level > 0)
        previous_end = block.end


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_blocks_are_ordered_stripped_slices(path: Path) -> None:
    check_blocks(extract(path.name, path.read_bytes()))


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_every_prose_word_is_in_the_document(path: Path) -> None:
    extracted = extract(path.name, path.read_bytes())
    known = set(WORD.findall(reference_text(path)))
    for block in extracted.blocks:
        if block.kind in PROSE_KINDS:
            missing = [word for word in WORD.findall(printed(extracted.block_text(block))) if word not in known]
            assert not missing, (path.name, missing, extracted.block_text(block))


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.name)
def test_stored_sentences_are_found_at_their_offsets(path: Path) -> None:
    """The verbatim guarantee, per stored record: its text is the slice of the extracted text at its offsets, inside
    one block of its own kind (a table row's sentences stay in their row)."""
    extracted = extract(path.name, path.read_bytes())
    records = document_records(extracted)
    assert records
    for record in records:
        assert 0 <= record.start < record.end <= len(extracted.text)
        assert normalize_space(extracted.text[record.start : record.end]) == record.text
        assert any(
            b.kind == record.kind and b.start <= record.start and record.end <= b.end for b in extracted.blocks
        ), record


@pytest.mark.skipif(not REALDOCS_FILES, reason="realdocs-dev not present")
@pytest.mark.parametrize("path", REALDOCS_FILES, ids=lambda p: str(p.relative_to(REALDOCS)))
def test_realdocs_verbatim(path: Path) -> None:
    extracted = extract(path.name, path.read_bytes())
    check_blocks(extracted)
    known = set(WORD.findall(reference_text(path)))
    for block in extracted.blocks:
        if block.kind in PROSE_KINDS:
            missing = [word for word in WORD.findall(printed(extracted.block_text(block))) if word not in known]
            assert not missing, (missing, extracted.block_text(block))


# detection ---


def test_detection_by_content_before_name() -> None:
    pdf = (FORMATS / "artofwar_groff.pdf").read_bytes()
    assert detect_format("notes.txt", pdf) == "pdf"
    assert extract("notes.txt", pdf).format == "pdf"
    assert detect_format("x.bin", (FORMATS / "pep8_pandoc.docx").read_bytes()) == "docx"
    assert detect_format("x", (FORMATS / "pep8_pandoc.odt").read_bytes()) == "odt"
    assert detect_format("x", (FORMATS / "pep8_pandoc.epub").read_bytes()) == "epub"
    assert detect_format("x", (FORMATS / "pep8_pandoc.rtf").read_bytes()) == "rtf"
    assert detect_format("page", b"\xef\xbb\xbf  <!-- c -->\n<!DOCTYPE html><html><body>x</body></html>") == "html"


def test_detection_by_suffix_case_insensitive() -> None:
    assert detect_format("README.MD", b"# Title\n") == "markdown"
    assert detect_format("NOTES.TXT", b"Some notes.\n") == "text"
    assert extract("NOTES.TXT", b"Some notes here.\n").format == "text"
    assert detect_format("a/b.Rst", b"Title\n=====\n") == "rst"
    assert detect_format("book/ch01-getting-started.asc", b"== Getting Started\n\nSome text.\n") == "asciidoc"


def test_armoured_keys_and_signatures_are_no_documents() -> None:
    signature = b"-----BEGIN PGP SIGNATURE-----\n\niQIzBAABCgAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n"
    assert detect_format("docbot-1.0.tar.gz.asc", signature) is None
    assert detect_format("key.txt", b"\n-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBF\n") is None
    with pytest.raises(UnreadableDocument, match="key or signature"):
        extract("docbot-1.0.tar.gz.asc", signature)


def test_not_documents() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    assert detect_format("picture.md", png) is None
    with pytest.raises(UnreadableDocument, match="binary file, not a document"):
        extract("picture.md", png)
    with pytest.raises(UnreadableDocument, match="not a supported document"):
        extract("server.log", b"2024-01-01 started\n")
    assert detect_format("server.log", b"2024-01-01 started\n") is None  # text, but not a document's suffix
    assert detect_format("archive.zip", zipfile_bytes({"a.txt": "x"})) is None
    with pytest.raises(UnreadableDocument, match="damaged PDF"):
        extract("fake.pdf", b"just some text")


def zipfile_bytes(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def epub_bytes(chapters: dict[str, str]) -> bytes:
    """A minimal EPUB: one XHTML document per chapter (name → its body's markup, which may use `epub:` attributes),
    in spine order."""
    namespaces = 'xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
    return zipfile_bytes(
        {
            "mimetype": "application/epub+zip",
            "META-INF/container.xml": (
                '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                '<rootfile full-path="content.opf"/></rootfiles></container>'
            ),
            "content.opf": (
                '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
                + "".join(f'<item id="{n}" href="{n}.xhtml" media-type="application/xhtml+xml"/>' for n in chapters)
                + "</manifest><spine>"
                + "".join(f'<itemref idref="{n}"/>' for n in chapters)
                + "</spine></package>"
            ),
            **{f"{n}.xhtml": f"<html {namespaces}><body>{body}</body></html>" for n, body in chapters.items()},
        }
    )


# PDF ---


def test_pdf_headings_pages_and_paragraphs() -> None:
    extracted = read("nist_sp800-63b_pages11-16.pdf")
    # the excerpt lost the original metadata; its first heading is a numbered section, not a title (round 4)
    assert extracted.title is None
    headings = {extracted.block_text(b): (b.level, b.page) for b in extracted.blocks if b.kind == "heading"}
    assert headings["1 Purpose"] == (1, 1)
    assert headings["4.1.5 Records Retention Policy"][0] == 3
    assert all(block.page >= 1 for block in extracted.blocks)
    paragraphs = texts(extracted, "paragraph")
    # a paragraph hard-wrapped over several lines is one block
    assert any(p.startswith("Digital identity is the unique") and "fraudulent claims of" in p for p in paragraphs)
    # the running header and the page numbers are gone
    assert "AUTHENTICATION & LIFECYCLE MANAGEMENT" not in extracted.text


def test_pdf_unnumbered_headings_and_numbered_lines_that_go_on() -> None:
    page = [
        "7 Session Management",
        "A session is started by the authentication of a subscriber.",
        "Session Bindings",  # its number is not in the text layer: a title line between paragraphs
        "A session occurs between the software that a subscriber is running and the services that it accesses.",
        "1. A web browser session with a session cookie, or",  # a numbered list item, not a heading
        "7.1.1 Browser Cookies",
        "Browser cookies are the predominant mechanism by which a session will be created and tracked.",
        "Table 7-1 AAL Reauthentication Requirements",  # a caption
        "Authentication shall be repeated at least once per 12 hours.",
        "Appendix A—Strength of Memorized Secrets",
        "This appendix is informative and says why length matters more than complexity in the end.",
    ]
    builder = BlockBuilder()
    _add_paragraphs(builder, [_Line(text, False, 1) for text in page])
    _level_unnumbered_headings(builder)
    text = builder.text()
    headings = [(b.level, text[b.start : b.end]) for b in builder.blocks if b.kind == "heading"]
    assert headings == [
        (1, "7 Session Management"),
        (2, "Session Bindings"),  # one above the numbered subsection after it
        (3, "7.1.1 Browser Cookies"),
        (1, "Appendix A—Strength of Memorized Secrets"),
    ]


def test_pdf_word_processor_keeps_compound_hyphens() -> None:
    extracted = read("nist_sp800-63b_pages11-16.pdf")
    # pdfium marks "multi-" at a line end as a hyphenation point; Word does not hyphenate, so the hyphen stays
    assert "multi-factor authentication" in extracted.text or "multifactor" in extracted.text
    assert "self-asserted" in extracted.text
    assert "selfasserted" not in extracted.text


def test_pdf_typeset_hyphenation_is_joined() -> None:
    extracted = read("artofwar_groff.pdf")
    raw = reference_text(FORMATS / "artofwar_groff.pdf")
    assert "deliber\ufffeations" in raw  # groff broke the word at a line end
    assert "one’s deliberations, when" in extracted.text
    assert "\ufffe" not in extracted.text
    assert "discipline" in extracted.text and "disci-pline" not in extracted.text
    assert texts(extracted, "heading") == ["1. Laying Plans"]
    assert any(item.startswith("1. Sun Tzu said:") for item in texts(extracted, "list_item"))


def test_pdf_running_footer_with_roman_page_numbers() -> None:
    """Front matter numbered in Roman numerals has the same running footer as the body (ISO and NIST
    publications: '... All rights reserved iii', then '... reserved 5'), and the number may stand first on even
    pages ('4 © ISO ...'): it is furniture on every page."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    numbers = ["ii", "iii", "iv", "v", "1", "2", "3", "4"]
    pages = [
        f"The {word} page opens here.\r\nIts {word} text goes on.\r\nAnd the {word} page ends.\r\n"
        + (
            f"{number} \u00a9 ISO 2012 \u2013 All rights reserved"
            if index % 2
            else f"\u00a9 ISO 2012 \u2013 All rights reserved {number}"
        )
        + "\r\n"
        for index, (word, number) in enumerate(zip(words, numbers, strict=True))
    ]
    texts_ = [line.text for line in _lines(pages)]
    assert not [text for text in texts_ if "rights reserved" in text]
    assert len(texts_) == 3 * len(pages)


def test_pdf_a_chapters_running_header_with_its_page_number_is_furniture() -> None:
    """A manual's chapter name heads only that chapter's pages, with the page number ("Chapter 4: Function reference
    15"): under half the pages, so it was kept as a sentence on each. A line whose end number does not follow the
    pages (a table's "Rule set 3" at the top of three pages) stays."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    heads = [f"Chapter 2: Tuning the {words[0]} 7"] * 2 + [f"Chapter 3: Brewing tea {8 + i}" for i in range(2, 6)]
    heads += ["Rule set 3", "Rule set 1", "Rule set 4", "Manual index"]
    pages = [
        f"{head}\r\nThe {word} page opens here.\r\nIts {word} text goes on.\r\nAnd the {word} page ends.\r\n"
        for head, word in zip(heads, words, strict=True)
    ]
    texts_ = [line.text for line in _lines(pages)]
    assert not [text for text in texts_ if "Brewing tea" in text]
    assert [text for text in texts_ if text.startswith("Rule set")] == ["Rule set 3", "Rule set 1", "Rule set 4"]


def test_pdf_code_lines_and_repeated_numbers_are_not_headings() -> None:
    """A specification's binary layout ("4 CARD32 N_ALIASES", "4 CARD32 ALIAS_OFFSET", ...) gave 80 numbered
    "sections", and a grammar rule after "The correct form is:" ("Version ::= INTEGER") became the section of the
    pages after it."""
    lines = [
        "2 File Layout",
        "The cache file starts with a header that gives the offsets of its lists.",
        "4 WORD32 FIRST_LIST_OFFSET",
        "4 WORD32 SECOND_LIST_OFFSET",
        "Each list starts with its length.",
        "4 WORD32 N_ENTRIES",
        "The correct form is:",
        "Count ::= NUMBER",
        "Here is the list of the kinds that the reader accepts in a rule of this grammar.",
        "3 Examples",
        "An example shows a complete cache file with two lists in it.",
        "3.1 Upgrading to v2.0",
        "The second version of the cache file adds a list of aliases after the header.",
    ]
    extracted = extract("spec.pdf", pdf_with_lines([("Helvetica", line) for line in lines]))
    # a full stop before a digit ("v2.0", "ASN.1") does not keep a numbered line from being a heading
    assert texts(extracted, "heading") == ["2 File Layout", "3 Examples", "3.1 Upgrading to v2.0"]
    assert {"4 WORD32 SECOND_LIST_OFFSET", "Count ::= NUMBER"} <= set(texts(extracted, "paragraph"))


def test_pdf_identifiers_broken_at_a_line_end_keep_their_hyphens() -> None:
    """A web page printed to PDF (FedRAMP's extension tables, Chrome's Skia) breaks identifiers after their own
    hyphens: 'security-eauth-' / 'level' is security-eauth-level even in typeset text, and a word broken twice
    ('privacy-' / 'threshold-' / 'analysis-q1') keeps both hyphens where the producer does not hyphenate."""
    assert _WORD_PROCESSOR.search("Mozilla/5.0 ... Chrome/95.0 Skia/PDF m95")
    typeset = [line.text for line in _lines(["prop security-eauth\ufffelevel\r\nsets the level.\r\n"])]
    assert typeset[0] == "prop security-eauth-level"
    pages = ["prop privacy\ufffethreshold\ufffeanalysis-q1\r\nThe first question.\r\n"]
    assert _lines(pages, typeset=False)[0].text == "prop privacy-threshold-analysis-q1"


def pdf_with_lines(lines: list[tuple[str, str]]) -> bytes:
    """A one-page PDF with one text line per (standard font, text), top to bottom."""
    return pdf_with_pages([lines])


def pdf_with_pages(pages: list[list[tuple[str, str]]]) -> bytes:
    """A PDF with one page per list of (standard font, text) lines, top to bottom."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    pdf = pdfium.PdfDocument.new()
    for lines in pages:
        page = pdf.new_page(612, 792)
        for number, (font, text) in enumerate(lines):
            line = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, font.encode(), ctypes.c_float(11))
            encoded = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            pdfium_c.FPDFText_SetText(line, ctypes.cast(encoded, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
            pdfium_c.FPDFPageObj_Transform(line, 1, 0, 0, 1, 72, 740 - 14 * number)
            pdfium_c.FPDFPage_InsertObject(page.raw, line)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_pdf_code_listings_are_code() -> None:
    """Lines set in a monospaced font (FedRAMP's XML examples in Courier New, ISO 29500's in Consolas) were read as
    prose; one such line inside a sentence is the sentence's inline code, and a document mostly in Courier (a court
    transcript) has no code."""
    prose, mono = "Helvetica", "Courier"
    data = pdf_with_lines(
        [
            (prose, "The database keeps every document."),
            (prose, "To open a connection, call connect with the file name:"),
            (mono, 'conn = sqlite3.connect("docs.db")'),
            (mono, "cur = conn.cursor()"),
            (prose, "The flag is named"),
            (mono, "check_same_thread"),
            (prose, "and is true by default."),
            (prose, "Close the connection when done."),
        ]
    )
    extracted = extract("guide.pdf", data)
    assert texts(extracted, "code") == ['conn = sqlite3.connect("docs.db")\ncur = conn.cursor()']
    assert "check_same_thread" in " ".join(texts(extracted, "paragraph"))
    transcript = pdf_with_lines([(mono, f"{n} QUESTION: And the court held it. Is that right?") for n in range(1, 9)])
    assert not texts(extract("transcript.pdf", transcript), "code")


def test_pdf_ligatures_spelt_out() -> None:
    lines = _lines(["The con\ufb01guration \ufb02ows and of\ufb01ces.\r\n"])
    assert [line.text for line in lines] == ["The configuration flows and offices."]


def test_scanned_encrypted_and_damaged_pdf() -> None:
    with pytest.raises(UnreadableDocument, match="scanned PDF"):
        read("scanned_page.pdf")
    with pytest.raises(UnreadableDocument, match="encrypted PDF"):
        read("encrypted.pdf")
    data = (FORMATS / "artofwar_groff.pdf").read_bytes()
    with pytest.raises(UnreadableDocument, match="damaged PDF"):
        extract("cut.pdf", data[:600])


# HTML, EPUB ---


def test_html_main_text_blocks() -> None:
    extracted = read("go_diagnostics.html")
    assert extracted.title == "Diagnostics"
    assert ("heading", 2) in {(b.kind, b.level) for b in extracted.blocks}
    assert texts(extracted, "code")
    assert all("go tool pprof" not in p for p in texts(extracted, "paragraph") if p.startswith("$"))
    assert texts(extracted, "list_item")
    assert "&amp;" not in extracted.text and "<a href" not in extracted.text


def test_html_skips_furniture_and_keeps_line_breaks() -> None:
    page = (
        b"<!DOCTYPE html><html><head><title>T &amp; U</title><style>p{}</style></head><body>"
        b"<nav>Home | About</nav><header>Site header</header><script>var x_y = 1;</script>"
        b"<h1>Main   title</h1><p>First line<br>second &eacute;l&egrave;ve line.</p>"
        b"<ul><li>One <b>item</b></li><li>Two</li></ul><table><tr><th>Key</th><th>Value</th></tr>"
        b"<tr><td>check_same_thread</td><td>False</td></tr></table><pre>code  kept\n  as is</pre>"
        b"<footer>Copyright</footer></body></html>"
    )
    extracted = extract("page.html", page)
    assert extracted.title == "T & U"
    kinds = [(b.kind, extracted.block_text(b)) for b in extracted.blocks]
    assert kinds == [
        ("heading", "Main title"),
        ("paragraph", "First line\nsecond élève line."),
        ("list_item", "One item"),
        ("list_item", "Two"),
        ("table_row", "Key | Value"),
        ("table_row", "check_same_thread | False"),
        ("code", "code  kept\n  as is"),
    ]


def test_html_in_page_navigation_is_meta_and_page_numbers_are_not_text() -> None:
    """A block whose words are all in-page links (a Gutenberg book's contents, "On this page") is meta; Gutenberg's
    margin page numbers (span.pagenum) are left out, so they no longer split a word ("al[Pg 253]though")."""
    page = (
        '<html><body><p><b>CONTENTS</b></p><p class="toc"><a href="#c1"> AUTHOR\'S PREFACE </a></p>'
        '<ul><li><a href="#a">Install</a></li><li>XII. <a href="#b">Usage</a></li></ul>'
        '<table><tr><td>I.</td><td><a href="#ch1">Ancestry</a></td><td><a href="#p1">1</a></td></tr>'
        '<tr><td>Release</td><td><a href="#r">2.3</a></td></tr></table>'
        '<p><a href="#f5">[5]</a> See <a href="#intro">Introduction</a>.</p>'
        '<p>The commander gives the directions.<span class="pagenum"><a name="Page_175">[Pg&#160;175]</a></span> '
        'There is no warning of its delivery al<span class="pagenum">[Pg 253]</span>though it is expected.</p>'
        "</body></html>"
    )
    extracted = extract("book.html", page.encode())
    assert texts(extracted, "meta") == ["AUTHOR'S PREFACE", "Install", "XII. Usage", "I. | Ancestry | 1"]
    assert texts(extracted, "table_row") == ["Release | 2.3"]
    assert texts(extracted, "paragraph") == [
        "CONTENTS",
        "See Introduction.",  # the note's mark "[5]" is no text of it (tests/test_formats_fresh_other.py)
        "The commander gives the directions. There is no warning of its delivery although it is expected.",
    ]


def test_html_blocks_inside_a_cell_are_apart_and_permalinks_are_not_text() -> None:
    """Apache's manual lists a page's modules as <li> inside a table cell ("coremod_authn_file" was stored) and ends
    each heading with a permalink "¶"; Sphinx's is "¶" too, the EPUB 3 specification's a "›" before the heading."""
    page = (
        '<html><body><h2><a name="related">.htaccess files</a> <a href="#related" class="permalink">&para;</a></h2>'
        '<table><tr><td><ul><li><code><a href="../mod/core.html">core</a></code></li><li><code>mod_authn_file'
        "</code></li></ul></td><td><p>First paragraph.</p><p>Second one.</p></td></tr></table>"
        '<h3><span class="link-marker"><a href="#sec-intro">\u203a</a> </span>1 Introduction</h3>'
        '<dl><dt id="f">f(x)<a class="headerlink" href="#f" title="Link to this definition">\u00b6</a></dt>'
        "<dd>Returns x.</dd></dl>"
        '<p>See the note.<a href="#fn1">[1]</a> Back again<a href="#fnref1">\u21a9</a></p></body></html>'
    )
    extracted = extract("page.html", page.encode())
    assert texts(extracted, "heading") == [".htaccess files", "1 Introduction"]
    assert texts(extracted, "table_row") == ["core mod_authn_file | First paragraph. Second one."]
    assert texts(extracted, "list_item") == ["f(x)\nReturns x."]  # a term opens its description (round 9)
    assert texts(extracted, "paragraph") == ["See the note. Back again"]  # the note's mark "[1]" left out too


def test_html_page_laid_out_with_tables_reads_as_a_page() -> None:
    """Sites made before CSS layouts (libxml's and many project sites) put the menu in one table cell and the page in
    another: each row was one table_row, the whole menu one "sentence" with the page's title, its headings lost, and
    the menu's words became actors ("Types Modules Symbols Daniel Veillard")."""
    page = (
        "<html><body><table><tr><td>"
        '<a href="https://a.example"><img src="a.png" alt="Kettle Logo"/></a>'
        '<a href="https://b.example"><img src="b.png" alt="Teapot Logo"/></a></td>'
        "<td><table><tr><td><h1>The kettle library</h1><h2>Boiling water</h2></td></tr></table></td></tr></table>"
        '<table><tr><td valign="top"><table><tr><td><b>Main Menu</b></td></tr><tr><td><ul>'
        '<li><a href="index.html">Home</a></li><li><a href="faq.html">FAQ</a></li><li><a href="news.html">News</a>'
        '</li></ul></td></tr><tr><td><a href="a.html">Alphabetic</a> <a href="m.html">Modules</a></td></tr></table>'
        '</td><td valign="top"><table><tr><td><p>The kettle boils water in two minutes.</p>'
        "<p>Fill it to the line first.</p></td></tr></table></td></tr></table>"
        "<table><tr><td rowspan='2'>1722.</td><td><p>Letters to the editor.</p></td></tr>"
        "<tr><td><p>Written under a false name.</p></td></tr></table>"
        "</body></html>"
    )
    extracted = extract("kettle.html", page.encode())
    assert texts(extracted, "heading") == ["The kettle library", "Boiling water"]
    assert texts(extracted, "paragraph") == ["The kettle boils water in two minutes.", "Fill it to the line first."]
    meta = texts(extracted, "meta")
    assert {"Kettle Logo Teapot Logo", "Home", "FAQ", "News", "Alphabetic Modules"} <= set(meta)
    # a table of data stays one: the row under a cell spanning two rows is its continuation, not a box of text
    rows = ["Main Menu", "1722. | Letters to the editor.", "Written under a false name."]
    assert texts(extracted, "table_row") == rows


def test_html_one_column_table_is_looked_over_once_not_once_per_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a table has one column was worked out again for every one-cell row: a one-column table of 4,000 rows
    of paragraphs took 62 s to read."""
    from retrieval.ingest.formats import web

    looked: list[object] = []
    own_rows = web._own_rows

    def counted(table: object) -> object:
        looked.append(table)
        return own_rows(table)  # type: ignore[arg-type]

    monkeypatch.setattr(web, "_own_rows", counted)
    rows = "".join(f"<tr><td><p>Row {number} says the kettle boils.</p></td></tr>" for number in range(50))
    extracted = extract("rows.html", f"<html><body><table>{rows}</table></body></html>".encode())
    assert len(texts(extracted, "paragraph")) == 50  # a box of paragraphs, as before
    assert len(looked) == 1


def test_html_landmarks_and_generator_furniture_are_not_text() -> None:
    """Apache's manual and Doxygen pages: a menu, version line, language links, search box status lines and footer
    on every page were stored as sentences; Doxygen's page title (div.headertitle) was a paragraph, not a heading."""
    page = (
        '<html><body><div id="page-header"><p class="menu">Modules | Directives | FAQ</p>'
        '<p class="apache">Apache HTTP Server Version 2.5</p></div>'
        '<div role="navigation"><p>Home and more</p></div><div id="top"><div id="titlearea"><table><tr>'
        "<td>MyLib 2.1</td></tr></table></div>"
        '<div id="MSearchResultsWindow"><div class="SRStatus" id="Loading">Loading...</div></div></div>'
        '<div class="header"><div class="headertitle"><div class="title">Tuning functions</div></div></div>'
        '<div class="toplang"><p><span>Available Languages: </span><a href="x.html.de">de</a></p></div>'
        "<p>Sets the frequency of the receiver.</p>"
        '<div id="footer"><p class="apache">Copyright 2023 The Apache Software Foundation.</p></div>'
        "</body></html>"
    )
    extracted = extract("page.html", page.encode())
    assert texts(extracted, "heading") == ["Tuning functions"]
    assert [(b.kind, extracted.block_text(b)) for b in extracted.blocks if b.kind != "heading"] == [
        ("paragraph", "Sets the frequency of the receiver.")
    ]


def test_html_go_template_page_source() -> None:
    """A go.dev page source marked '"Template": true' is a Go template: {{code ...}} and other actions are not text,
    a string constant shows its string; a page without the mark keeps its braces."""
    page = (
        '<!--{\n\t"Title": "Writing Web Applications",\n\t"Template": true\n}-->\n'
        '<p>Here is the type:</p>\n{{code "part1.go" `/^type Page/` `/}/`}}\n'
        '<p>The piece from <code>{{"{{if .}}"}}</code> to <code>{{"{{end}}"}}</code> runs only if dot is set.</p>\n'
        "<p>Go {{.Version}} is a major release, planned for{{else}}released{{end}} today.</p>"
    )
    extracted = extract("wiki.html", page.encode())
    assert extracted.title == "Writing Web Applications"
    assert texts(extracted, "paragraph") == [
        "Here is the type:",
        "The piece from {{if .}} to {{end}} runs only if dot is set.",
        "Go is a major release, planned for released today.",
    ]
    plain = extract("plain.html", b"<p>Write {{.Title}} in the template.</p>")
    assert texts(plain, "paragraph") == ["Write {{.Title}} in the template."]


def test_epub_spine_order_and_title() -> None:
    extracted = read("pep8_pandoc.epub")
    assert extracted.format == "epub"
    assert extracted.title == "Style Guide for Python Code (excerpt)"
    headings = texts(extracted, "heading")
    assert headings.index("Indentation") < headings.index("Tabs or Spaces?") < headings.index("Maximum Line Length")
    assert "lowercase_with_underscores | max_line_length" in texts(extracted, "table_row")


def test_damaged_epub() -> None:
    data = zipfile_bytes({"mimetype": "application/epub+zip", "META-INF/container.xml": "<container/>"})
    with pytest.raises(UnreadableDocument, match="damaged EPUB"):
        extract("book.epub", data)


def test_a_zip_named_as_a_package_is_refused_in_words_not_an_exception_name() -> None:
    """hq14: a ZIP of other files uploaded as .docx or .epub said "damaged DOCX (KeyError)"; the line a user reads
    names the part that is missing."""
    data = zipfile_bytes({"notes.txt": "not a document package"})
    with pytest.raises(UnreadableDocument, match=r"^damaged DOCX \(no readable word/document.xml\)$"):
        extract("report.docx", data)
    with pytest.raises(UnreadableDocument, match=r"^damaged EPUB \(no readable package file\)$"):
        extract("book.epub", data)


# Markdown, RST, plain text ---


def test_markdown_mkdocs_syntax_is_not_text() -> None:
    extracted = read("sqlmodel_define_relationships.md")
    assert extracted.title == "Define Relationships Attributes"
    for markup in ("{*", "*}", "///", "{ #", "ln[", "hl["):
        assert markup not in extracted.text
    source = (FORMATS / "sqlmodel_define_relationships.md").read_text()
    assert "/// tip" in source and "{* ./docs_src" in source


def test_markdown_identifiers_stay_whole() -> None:
    extracted = read("sqlmodel_simple_hero_api.md")
    assert "check_same_thread" in extracted.text
    prose = " ".join(texts(extracted, "paragraph") + texts(extracted, "list_item"))
    assert "check_same_thread" in prose
    assert "`" not in prose


def test_markdown_structure() -> None:
    source = (
        "---\ntitle: Front title\n---\n\n# Heading { #anchor }\n\nSome *emphasis*, a [link](http://x.org) and "
        '<abbr title="Structured Query Language">SQL</abbr> with ![an image](i.png).\n\n'
        "- item `one_two`\n- item two\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```python\nx_y = 1\n```\n\n"
        '!!! note "Careful"\n    Admonition body.\n\n<!-- a comment -->\n\n{! ./docs/include.md !}\n'
    )
    extracted = extract("doc.md", source.encode())
    assert extracted.title == "Front title"
    assert [(b.kind, b.level, extracted.block_text(b)) for b in extracted.blocks] == [
        ("heading", 1, "Heading"),
        ("paragraph", 0, "Some emphasis, a link and SQL with an image."),
        ("list_item", 0, "item one_two"),
        ("list_item", 0, "item two"),
        ("table_row", 0, "A | B"),
        ("table_row", 0, "1 | 2"),
        ("code", 0, "x_y = 1"),
        ("meta", 0, "Careful"),
        ("paragraph", 0, "Admonition body."),
    ]


def blocks_of(name: str) -> list[tuple[str, str]]:
    extracted = read(name)
    return [(b.kind, extracted.block_text(b)) for b in extracted.blocks]


def test_markdown_material_tabs_icons_and_attribute_lists() -> None:
    """Material for MkDocs: a content tab's title is meta and its indented content Markdown (it was a paragraph
    '=== "Latest"' and a code block); icon shortcodes and { .attr } lists are not text."""
    blocks = blocks_of("mkdocs_material_style.md")
    assert ("meta", "Latest") in blocks and ("meta", "2.x") in blocks
    assert ("paragraph", "The latest release tracks the main branch of widget_kit.") in blocks
    assert ("code", "pip install widget-kit") in blocks
    assert ("paragraph", "Wheels are published for every platform.") in blocks
    assert ("table_row", "cache_dir | ~/.cache/widget") in blocks
    text = read("mkdocs_material_style.md").text
    for markup in ("===", ":octicons-", ":material-", "{ .", "--8<--", "{ #"):
        assert markup not in text


def test_markdown_docusaurus_mdx() -> None:
    """A Docusaurus .mdx page is Markdown: MDX imports/exports and ::: admonition markers are not text, the content
    of JSX components is."""
    assert detect_format("docs/quick-start.mdx", b"# Title\n") == "markdown"
    extracted = read("docusaurus_style.mdx")
    assert extracted.title == "Widget Kit Quick Start"
    prose = texts(extracted, "paragraph")
    assert prose == [
        "The quick start sets up a widget store in three steps.",
        "Make sure node --version prints 20 or newer.",
        "Install the kit with npm install widget-kit from your project folder.",
        "Install the kit with yarn add widget-kit instead.",
        "The legacyMode flag was removed in version 4.",
    ]
    for markup in ("import ", "export ", ":::", "@theme"):
        assert markup not in extracted.text


def test_markdown_hugo_shortcodes_and_toml_front_matter() -> None:
    """Hugo: TOML front matter gives the title, a shortcode alone on its line is not text, a {{< x >}} ... {{< /x >}}
    pair's body is code, a {{% x %}} pair's body Markdown, an escaped shortcode in code reads as written, and a link
    to a shortcode or template expression reads as its text."""
    extracted = read("hugo_style.md")
    assert extracted.title == "Widget shortcodes"
    blocks = [(b.kind, extracted.block_text(b)) for b in extracted.blocks]
    assert blocks == [
        ("heading", "Overview"),
        ("paragraph", "A shortcode is a template that a content file calls by name."),
        ("code", "[widgets]\nenableInline = true"),
        ("paragraph", "The embedded shortcodes are ."),
        ("paragraph", "Inline shortcodes are disabled by default for security reasons."),
        ("paragraph", 'Call a shortcode with {{< widget name="x" >}} in the content file.'),
        ("paragraph", "The widget add command and the guide say more; so does the install page."),
    ]


def test_rst_sphinx_roles_and_escapes() -> None:
    """Sphinx roles docutils does not know read as Sphinx shows them: a domain role (:rst:dir:, :py:func:) as its
    text, `~a.b.c` as "c", `!a.b` as "a.b"; a backslash-escaped space or quote leaves no NUL behind."""
    extracted = read("sphinx_style.rst")
    prose = " ".join(normalize_space(t) for t in texts(extracted, "paragraph"))
    assert "use the cookies attribute; to set one use widget.Response.set_cookie, documented with the py:method" in (
        prose
    )
    assert "The io.open function and join are standard." in prose
    assert "given as document names, and the domain's roles include the index." in prose
    assert "\x00" not in extracted.text and ":rst:" not in prose and "~" not in prose and "`" not in prose


def test_rst_sphinx_text_roles_keep_their_text() -> None:
    """A guide's `:file:`~/.widgetrc`` read as a Python target: "~" and a leading "." were cut ("/.widgetrc",
    "widgetrc or widget_profile"). Sphinx's text roles show their text as Sphinx does: as written, a :samp:
    placeholder without its braces, a menu path with its bullet, an accelerator's "&" left out."""
    source = (
        "Widgets\n=======\n\nAdd the line to your :file:`~/.widgetrc` file, or to :file:`.widgetrc` or\n"
        ":file:`.widget_profile` (:file:`C:\\\\Widgets\\\\`).\n\n"
        "Run :command:`~/bin/widget` or :program:`.venv/bin/widget`, then :samp:`widget --name .{name}`.\n\n"
        "Press :kbd:`Ctrl+.` or pick :menuselection:`File --> &Open`, then :guilabel:`&Save && Close`; "
        ":envvar:`!WIDGET_HOME` and :envvar:`~WIDGET_PATH` are read, :envvar:`the path <WIDGET_PATH>` too, not\n"
        ":envvar:`<WIDGET_TMP>` nor :envvar:`!tmp <WIDGET_TMP>`.\n\n"
        "See :class:`~widgets.store.Store`, :meth:`.Store.fill` and :func:`!widgets.make`.\n"
    )
    assert texts(rst_text(source), "paragraph") == [
        "Add the line to your ~/.widgetrc file, or to .widgetrc or\n.widget_profile (C:\\Widgets\\).",
        "Run ~/bin/widget or .venv/bin/widget, then widget --name .name.",
        "Press Ctrl+. or pick File \N{TRIANGULAR BULLET} Open, then Save & Close; WIDGET_HOME and ~WIDGET_PATH are"
        " read, the path too, not\n<WIDGET_TMP> nor tmp <WIDGET_TMP>.",
        "See Store, Store.fill and widgets.make.",
    ]


def test_rst_footnote_and_citation_marks_take_their_space_along() -> None:
    """A footnote or citation mark left out left its space before the punctuation after it ("January 1, 2020 .")."""
    source = (
        "Support ends on January 1, 2020 [#eol]_. The widget book [1]_, the guide [CIT2002]_; yes [#]_!\n"
        "Marked at a line's end [2]_\nand on.\n\n"
        ".. [#eol] End of life.\n.. [1] A book.\n.. [2] Two.\n.. [#] Auto.\n.. [CIT2002] A guide.\n"
    )
    assert texts(rst_text(source), "paragraph")[0] == (
        "Support ends on January 1, 2020. The widget book, the guide; yes!\nMarked at a line's end\nand on."
    )


def test_invisible_format_characters_leave_no_trace_in_the_text() -> None:
    """A play's XHTML page sets a word joiner (U+2060) before every dash, and books a soft hyphen (U+00AD) or a
    zero-width space (U+200B) inside words: they showed in quotes and split the word for search. Every reader's text
    is without them (a zero-width joiner, part of an emoji, stays); each sentence stays a slice of the text."""
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Act\u2060I'
        "</title></head><body><h2>Act\u2060I</h2><p>Let me not think on\u2019t\u2060\u2014Frailty, thy name is"
        " woman!</p><p>The watch\u00adman\u2019s lantern went out at mid\u200bnight.</p></body></html>"
    )
    extracted = extract("act-1.xhtml", page.encode())
    assert texts(extracted, "paragraph") == [
        "Let me not think on\u2019t\u2014Frailty, thy name is woman!",
        "The watchman\u2019s lantern went out at midnight.",
    ]
    assert extracted.title == "ActI"
    note = extract("notes.md", "# Notes\n\nThe water\u00admill turns \U0001f469\u200d\U0001f33e at dawn.\n".encode())
    assert texts(note, "paragraph") == ["The watermill turns \U0001f469\u200d\U0001f33e at dawn."]
    records = document_records(extracted)
    assert {"watchman", "midnight"} <= {token for r in records for token in tokenize(r.text)}
    assert all(extracted.text[r.start : r.end] == r.text for r in records)


def test_rst_sphinx_directives_keep_their_prose() -> None:
    """Sphinx directives docutils does not know kept their content out of the text (a system message): a version
    note's and a see-also's text and an object description are prose, a code-block is code, a toctree is nothing;
    an object's signature heads its description (read as code, its words went to the sentence before it)."""
    extracted = read("sphinx_style.rst")
    prose = texts(extracted, "paragraph")
    assert "The samesite argument of set_cookie." in prose
    assert "Sets a cookie on the response; max_age is in seconds." in prose
    assert "The cookie guide, for the samesite rules." in prose
    assert texts(extracted, "code") == ['response.set_cookie("theme", "dark")']
    assert texts(extracted, "heading") == ["Request data", 'set_cookie(key, value="", max_age=None)']
    description = next(r for r in document_records(extracted) if r.text.startswith("Sets a cookie"))
    assert description.section == 'set_cookie(key, value="", max_age=None)'
    assert "maxdepth" not in extracted.text and "noindex" not in extracted.text and "2.1" not in extracted.text


def test_epub_obfuscated_fonts_are_not_drm() -> None:
    """encryption.xml listing only fonts (IDPF font obfuscation) leaves the book readable; listing a chapter is DRM."""
    files = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": (
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="OEBPS/content.opf"/></rootfiles></container>'
        ),
        "OEBPS/content.opf": (
            '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
            '<item id="c1" href="chapter.xhtml" media-type="application/xhtml+xml"/></manifest>'
            '<spine><itemref idref="c1"/></spine></package>'
        ),
        "OEBPS/chapter.xhtml": '<html><body><img src="cover.jpg" alt="cover.jpg"/><p>The book text.</p></body></html>',
    }

    def encryption(uri: str) -> str:
        return (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
            '<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
            f'<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>'
        )

    fonts = zipfile_bytes({**files, "META-INF/encryption.xml": encryption("OEBPS/font/OpenSans.TTF")})
    assert texts(extract("book.epub", fonts), "paragraph") == ["The book text."]  # the cover's file name left out
    drm = zipfile_bytes({**files, "META-INF/encryption.xml": encryption("OEBPS/chapter.xhtml")})
    with pytest.raises(UnreadableDocument, match="encrypted EPUB"):
        extract("book.epub", drm)


def test_asciidoc_structure_and_markup() -> None:
    """AsciiDoc as Asciidoctor shows it: header lines and block titles are meta, attribute references substituted,
    conditionals on unset attributes (env-github) left out, listings and literal paragraphs are code, comments and
    passthrough blocks are no text, tables are rows, identifiers and `+__init__+` keep their underscores, a footnote
    follows its paragraph."""
    extracted = read("asciidoc_style.adoc")
    assert extracted.format == "asciidoc" and extracted.title == "Connection Guide"
    assert texts(extracted, "heading") == ["Connection Guide", "Setting up", "Settings table"]
    assert texts(extracted, "meta") == ["Ada Writer <ada@example.org>", "v1.2, 2024-05-01", "Opening a connection"]
    assert texts(extracted, "paragraph") == [
        "DocStore keeps documents in SQLite.\nPass check_same_thread as False when a connection is shared between "
        "threads.",
        "The database file is created on first use.",
        "Press Ctrl+C to stop the server.\nSee the repository and Setting up for details.",
        "Or close the terminal.",  # its footnote, after it
        "Its output is a table of settings.",
        "Quotes are prose too.",
    ]
    assert texts(extracted, "list_item")[:3] == [
        "Install the package.",
        "Run __init__ once:",
        "A nested item with emphasis and snake_case_names.",
    ]
    assert texts(extracted, "table_row") == [
        "Name | Meaning",
        "timeout | Seconds to wait",
        "cache_size | Pages kept in memory",
    ]
    assert texts(extracted, "code") == [
        'import sqlite3\nconn = sqlite3.connect("docs.db", check_same_thread=False)',
        "$ docstore serve --port 8080",
    ]
    assert "GitHub" not in extracted.text and "comment" not in extracted.text and "Raw HTML" not in extracted.text
    assert detect_format("guide.asciidoc", b"= T\n\nText.\n") == "asciidoc"


def test_rst_structure() -> None:
    extracted = read("pep-0008.rst")
    assert extracted.title == "Style Guide for Python Code"
    assert extracted.blocks[0].kind == "meta"  # the PEP header
    assert ("heading", 2, "Introduction") in [(b.kind, b.level, extracted.block_text(b)) for b in extracted.blocks]
    prose = "\n".join(texts(extracted, "paragraph") + texts(extracted, "list_item"))
    assert ":pep:" not in prose and "``" not in prose
    assert "style guidelines for the C code\nin the C implementation of Python." in prose
    assert any("def long_function_name(" in code for code in texts(extracted, "code"))


def test_plain_text_gutenberg_boilerplate_is_meta() -> None:
    extracted = read("artofwar_gutenberg.txt")
    assert extracted.title == "The Art of War"  # without the series name every Gutenberg book shares
    prose = [extracted.block_text(b) for b in extracted.blocks if b.kind in PROSE_KINDS]
    assert prose[0].startswith("[Ts’ao Kung")
    assert "Chapter I. LAYING PLANS" in texts(extracted, "heading")  # a one-line headline block names a section
    assert not any("Gutenberg" in text or "LICENSE" in text for text in prose)
    assert "Author: Sun Tzu" in texts(extracted, "meta")


def test_gutenberg_producers_credit_is_meta() -> None:
    """The producers' credit right after Gutenberg's START line ("Produced by ...", "E-text prepared by ...",
    "Transcribed from the 1908 ... edition by ...") is boilerplate, in plain text and in HTML alike."""
    start = "*** START OF THE PROJECT GUTENBERG EBOOK A BOOK ***"
    for credit in (
        "Produced by Aloysius",
        "E-text prepared by A. Person and the Online Distributed\nProofreading Team (http://www.pgdp.net).",
        "Transcribed from the 1908 Longmans, Green, and Co. edition by David\nPrice, email x@example.org",
    ):
        book = f"{start}\n\n{credit}\n\nCHAPTER I\n\nThe first chapter of the book opens with a storm at sea.\n"
        for name, data in (("book.txt", book), ("book.html", "<p>" + book.replace("\n\n", "</p><p>") + "</p>")):
            extracted = extract(name, data.encode())
            assert texts(extracted, "meta")[1].startswith(credit[:12]), (name, credit)
            prose = [extracted.block_text(b) for b in extracted.blocks if b.kind in PROSE_KINDS]
            assert prose[-1] == "The first chapter of the book opens with a storm at sea."
            assert not any(text.startswith(credit[:12]) for text in prose)


def test_docx_author_and_date_styles_are_meta() -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for style in ("Author", "Date"):
        document.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("A Report on Widgets", style="Title")
    document.add_paragraph("Mary Ann Evans", style="Author")
    document.add_paragraph("July 28, 2014", style="Date")
    document.add_paragraph("Widgets are sold in three sizes.")
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = extract("report.docx", buffer.getvalue())
    assert texts(extracted, "meta") == ["Mary Ann Evans", "July 28, 2014"]
    assert texts(extracted, "paragraph") == ["Widgets are sold in three sizes."]


def test_plain_text_front_matter_headings_and_contents() -> None:
    book = (
        "Sun Tzŭ\non\nThe Art of War\n\nBY\nLIONEL GILES, M.A.\n\n1910\n\n"
        "Contents\n\nPreface\nThe Commentators\nChapter I. LAYING PLANS\n\n"
        "Preface\n\nWhen Lionel Giles began his translation, the work was virtually unknown in Europe.\n\n"
        "He also says:—\n\n27. When there is much running about\n\n"
        "Chapter I. LAYING PLANS\n\n1. Sun Tzŭ said: The art of war is of vital importance to the State."
    )
    extracted = extract("book.txt", book.encode())
    assert extracted.title == "Sun Tzŭ on The Art of War"  # the title page's lines, the first block before any prose
    assert texts(extracted, "meta")[:3] == ["Sun Tzŭ\non\nThe Art of War", "BY\nLIONEL GILES, M.A.", "1910"]
    assert "Preface\nThe Commentators\nChapter I. LAYING PLANS" in texts(extracted, "meta")  # contents
    # one-line blocks before the first prose are title lines (a news digest's headlines), after it headings; but
    # "Contents" is none, and a section the contents name opens the text
    assert "Contents" in texts(extracted, "meta")
    assert texts(extracted, "heading") == ["Preface", "Chapter I. LAYING PLANS"]
    assert texts(extracted, "paragraph")[1:3] == ["He also says:—", "27. When there is much running about"]


def test_plain_text_underlined_headings_are_headings_without_their_rules() -> None:
    """Plain-text specs and READMEs underline headings as Setext and reStructuredText do; the rules were read as text
    ("Background ----------" as a sentence, the title "Spinning tops ============")."""
    spec = (
        "==============\nSpinning tops\n==============\n\nStatus: draft\n\n"
        "Background\n----------\n\nA top spins on its tip until friction slows it down.\n\n"
        "Materials\n---------\nMaple tops are harder than pine tops.\n"
        "Oak is rarely used.\n\n"
        "Size     Weight\n-----    ------\nsmall    10 g\n\n"
        "The spin decays within a minute on a wooden floor.\n-----\n\nSee also\n~~~~~~~~\n\nThe tops FAQ.\n"
    )
    extracted = extract("tops.txt", spec.encode())
    assert extracted.title == "Spinning tops"
    assert texts(extracted, "heading") == ["Spinning tops", "Background", "Materials", "See also"]
    levels = [b.level for b in extracted.blocks if b.kind == "heading"]
    assert levels == [1, 2, 2, 3]  # each new rule style one level deeper, as reStructuredText reads them
    paragraphs = texts(extracted, "paragraph")
    assert "A top spins on its tip until friction slows it down." in paragraphs
    assert "Maple tops are harder than pine tops.\nOak is rarely used." in paragraphs  # cut from its heading
    assert not any(set(p) <= set("=-~ \n") for p in [*paragraphs, *texts(extracted, "heading")])
    # a simple table's column rules and a sentence above a separator line are not headings
    assert any(p.startswith("Size     Weight") for p in paragraphs)
    assert any(p.startswith("The spin decays within a minute") for p in paragraphs)


def test_plain_text_items_opening_with_a_lone_o_are_a_list() -> None:
    """Release notes written as curl's (" o name: what changed [12]", one space each side of the "o") ran together as
    one paragraph. Three or more such lines under the same indentation, wrapped lines indented deeper, are a list;
    a prose line opening with the Spanish or Portuguese word "o" is not an item."""
    text = (
        "The kettle release fixes what the tea room reported over the winter, all of it small.\n\n"
        "This release includes the following bugfixes:\n\n"
        " o kettle: descale the element before the first boil [12]\n"
        " o teapot: warm the pot with a splash of hot water, then pour it out and add\n"
        "   the leaves at once [7]\n"
        " o mugs: rinse in cold water [3]\n\n"
        "Prefiere el té verde\n"
        "o negro con leche.\n"
    )
    extracted = extract("release-notes.txt", text.encode())
    assert texts(extracted, "list_item") == [
        "kettle: descale the element before the first boil [12]",
        "teapot: warm the pot with a splash of hot water, then pour it out and add\n   the leaves at once [7]",
        "mugs: rinse in cold water [3]",
    ]
    assert "Prefiere el té verde\no negro con leche." in texts(extracted, "paragraph")


def test_plain_text_ellipsis_under_a_line_is_no_underline() -> None:
    """An RFC's example cut short ("<title>Allow access?</title>" over "...", readability's ietf-1 page) was read as
    a heading underlined with dots, and as a level-1 heading at that; dots shorter than the line are an ellipsis. A
    dotted rule as long as its name still underlines it."""
    text = (
        "Dialog Forms\n\nThe server's response might look like this (truncated for brevity):\n\n"
        '        <html lang="en">\n          <title>Allow access?</title>\n        ...\n\n'
        "Submission\n..........\n\nWhen the user submits the form, the request is a POST.\n"
    )
    extracted = extract("draft.txt", text.encode())
    assert texts(extracted, "heading") == ["Dialog Forms", "Submission"]
    assert any("<title>Allow access?</title>" in paragraph for paragraph in texts(extracted, "paragraph"))


def test_plain_text_captions_name_no_section() -> None:
    """A caption standing alone as a section's name does ("Figure 3 \u2013 Harbour Map", "Table 2") names a picture or
    a table, by the label rule the PDF reader uses too; only "Figure 3:" and "Figure 3." were known here."""
    text = (
        "Harbour Survey\n\nThe harbour office keeps its ledgers in one room beside the quay.\n\n"
        "Figure 3 \u2013 Harbour Map\n\nThe map shows the quay, the archive and the lighthouse on the hill.\n\n"
        "Table 2\n\nThe table lists the ships that came in during the winter months.\n\n"
        "Moorings\n\nEach ship pays a fee for its mooring at the quay.\n"
    )
    headings = texts(extract("survey.txt", text.encode()), "heading")
    assert "Moorings" in headings
    assert "Figure 3 \u2013 Harbour Map" not in headings and "Table 2" not in headings


def test_plain_text_bullets_are_list_items_without_their_markers() -> None:
    """Release notes and specs in plain text list their points with "* " or "- ": each point was a paragraph with its
    marker as the first word of its sentence ("* Fixed ..."), and points without blank lines between ran together."""
    notes = (
        "Kettle 2.1 notes\n\nFixes since 2.0:\n\n* The kettle no longer whistles twice when it\n  boils.\n\n"
        "* A lid left open no longer stops the timer.\n\nThe timer counts down from five minutes:\n"
        "- Green means ready.\n- Red means hot,\n  and the handle stays cool.\n\n"
        "The price went up - and then\n- sadly - it went up again.\n\n* * * * *\n\n"
        "The kettle MUST meet two rules:\n\n   o  The lid MUST close.\n\n   o  The base SHOULD stay dry.\n"
    )
    extracted = extract("notes.txt", notes.encode())
    assert texts(extracted, "list_item") == [
        "The kettle no longer whistles twice when it\n  boils.",
        "A lid left open no longer stops the timer.",
        "Green means ready.",
        "Red means hot,\n  and the handle stays cool.",
        "The lid MUST close.",
        "The base SHOULD stay dry.",
    ]
    paragraphs = texts(extracted, "paragraph")
    assert "The timer counts down from five minutes:" in paragraphs  # the list's lead-in
    assert "The price went up - and then\n- sadly - it went up again." in paragraphs  # a dash, not a bullet


def test_plain_text_one_entry_a_line_is_a_list_and_narrow_prose_is_not() -> None:
    """A THANKS file lists contributors one a line with no marker: read as one wrapped paragraph, hundreds of names
    were one "sentence" (and one glued actor). Prose wrapped at a narrow width stays a paragraph."""
    thanks = (
        "These people have helped the kettle project. Here they are, in a-z order.\n\n"
        "0xkettle on github\nAda Berg\nbo-lind on github\nCarla Nunes\nDev Patel\nEmil Strand\nFumiko Sato\n"
        "Gus Ortega Jr.\nHana Novak\nIvo Petrov\n"
    )
    extracted = extract("THANKS.txt", thanks.encode())
    assert texts(extracted, "list_item")[:3] == ["0xkettle on github", "Ada Berg", "bo-lind on github"]
    assert len(texts(extracted, "list_item")) == 10  # a name ending with "Jr." now and then too
    column = (
        "The kettle boils in\nthree minutes when the\nlid is closed and the\nbase is dry, and in\n"
        "four when the lid\nis left open by the\nlast person who used it\n"
    )
    assert texts(extract("column.txt", column.encode()), "paragraph") == [column.strip()]


def test_text_decoding_note() -> None:
    extracted = extract("old.txt", "Caf\xe9 cr\xe8me.\n\nSecond paragraph.".encode("cp1252"))
    assert texts(extracted, "paragraph") == ["Café crème.", "Second paragraph."]
    assert extracted.notes == ("not valid UTF-8; decoded as Windows-1252",)


# DOCX, ODT, RTF ---


@pytest.mark.parametrize("name", ["pep8_pandoc.docx", "pep8_pandoc.odt"])
def test_office_structure(name: str) -> None:
    extracted = read(name)
    assert extracted.title == "Style Guide for Python Code (excerpt)"
    levels = {extracted.block_text(b): b.level for b in extracted.blocks if b.kind == "heading"}
    assert levels["Code Lay-out"] == 1 and levels["Indentation"] == 2
    assert texts(extracted, "list_item") == [
        "there should be no arguments on the first line;",
        "further indentation should be used to clearly distinguish itself as a continuation line.",
    ]
    assert texts(extracted, "table_row") == [
        "Naming style | Example",
        "lowercase_with_underscores | max_line_length",
        "CapitalizedWords | HTTPServerError",
    ]
    headings = [b for b in extracted.blocks if b.kind == "heading"]
    table = [b for b in extracted.blocks if b.kind == "table_row"]
    assert headings[-1].start > table[-1].start  # document order: the table sits before the last section


def test_docx_footnotes_endnotes_and_text_boxes() -> None:
    """Footnotes and endnotes are read after the body (their reference marks are not text); a text box's text
    follows its paragraph, once (Word stores it twice: the drawing and a VML fallback)."""
    assert texts(read("mammoth_footnotes.docx"), "paragraph") == ["Ouch.", "A tachyon walks into a bar.", "Fin."]
    assert texts(read("mammoth_text-box.docx"), "paragraph") == ["Datum plane"]


def test_docx_footnotes_follow_the_paragraph_that_cites_them() -> None:
    """A footnote or endnote belongs to the paragraph that cites it: read after the whole body, every note stood
    under the document's last heading, the section of text from any part of it. A made-up report of that shape; a
    note nothing cites still comes last."""
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_heading("Kettles", level=1)
    cited = document.add_paragraph("The kettles are descaled every second Friday.")
    cited._p.append(parse_xml(f'<w:r {namespace}><w:footnoteReference w:id="2"/></w:r>'))
    document.add_heading("Teapots", level=1)
    document.add_paragraph("The teapots are rinsed after each use.")
    buffer = io.BytesIO()
    document.save(buffer)
    notes = (
        f'<w:footnotes {namespace}><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Descaling uses citric acid.</w:t></w:r></w:p>'
        '</w:footnote><w:footnote w:id="3"><w:p><w:r><w:t>An orphan note.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/footnotes.xml", notes)
    extracted = extract("report.docx", buffer.getvalue())
    assert [extracted.block_text(b) for b in extracted.blocks] == [
        "Kettles",
        "The kettles are descaled every second Friday.",
        "Descaling uses citric acid.",
        "Teapots",
        "The teapots are rinsed after each use.",
        "An orphan note.",
    ]


def test_docx_shows_changes_accepted_without_hidden_text_or_field_codes() -> None:
    """Runs inside a tracked insertion or a move are the document's text (python-docx's Paragraph.text drops them);
    deleted and moved-away runs, hidden runs (w:vanish) and field instructions are not."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:p {namespace}><w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
            "<w:ins w:id='1' w:author='A'><w:r><w:t xml:space='preserve'>inserted </w:t></w:r></w:ins>"
            "<w:del w:id='2' w:author='A'><w:r><w:delText>deleted </w:delText></w:r></w:del>"
            "<w:moveFrom w:id='3' w:author='A'><w:r><w:t>moved away </w:t></w:r></w:moveFrom>"
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret </w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>7</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:t xml:space='preserve'> end.</w:t></w:r></w:p>"
        ),
    )
    buffer = io.BytesIO()
    document.save(buffer)
    assert texts(extract("changes.docx", buffer.getvalue()), "paragraph") == ["Kept inserted 7 end."]


def test_odt_notes_are_read_and_hidden_text_is_not() -> None:
    """A footnote's body is read after the text (its citation mark is not in the sentence); a paragraph or span
    whose style has text:display="none" is hidden (its text was stored)."""
    odf = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    )
    content = (
        f"<office:document-content {odf}><office:automatic-styles>"
        '<style:style style:name="P1" style:family="paragraph"><style:text-properties text:display="none"/>'
        '</style:style><style:style style:name="T1" style:family="text">'
        '<style:text-properties text:display="none"/></style:style></office:automatic-styles>'
        '<office:body><office:text><text:p>Some text with a footnote.<text:note text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body><text:p>The footnote's text.</text:p>"
        '</text:note-body></text:note> And <text:span text:style-name="T1">secret </text:span>more.</text:p>'
        '<text:p text:style-name="P1">A hidden paragraph.</text:p></office:text></office:body>'
        "</office:document-content>"
    )
    data = zipfile_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    assert texts(extract("notes.odt", data), "paragraph") == [
        "Some text with a footnote. And more.",
        "The footnote's text.",
    ]


def test_odt_notes_follow_the_paragraph_that_cites_them() -> None:
    """As in a DOCX: an ODT's footnote belongs to the paragraph that cites it, under its heading; read after the
    whole body, it stood under the last heading (and a note cited in a table's cell, read in the cell, twice)."""
    odf = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    )

    def note(text: str) -> str:
        return (
            '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
            f"<text:p>{text}</text:p></text:note-body></text:note>"
        )

    content = (
        f"<office:document-content {odf}><office:body><office:text>"
        '<text:h text:outline-level="1">Kettles</text:h>'
        f"<text:p>The kettles are descaled every second Friday.{note('Descaling uses citric acid.')}</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Copper kettle"
        f"{note('Bought in 1990.')}</text:p></table:table-cell></table:table-row></table:table>"
        '<text:h text:outline-level="1">Teapots</text:h><text:p>The teapots are rinsed after each use.</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    data = zipfile_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content})
    extracted = extract("notes.odt", data)
    assert [extracted.block_text(b) for b in extracted.blocks] == [
        "Kettles",
        "The kettles are descaled every second Friday.",
        "Descaling uses citric acid.",
        "Copper kettle Bought in 1990.",  # a cell's note is read in the cell, once
        "Teapots",
        "The teapots are rinsed after each use.",
    ]


def test_metadata_titles_that_are_file_names_are_not_titles() -> None:
    """PDF metadata found in government PDFs: '10811.exe' (a print driver's job name), '905_Precinct_NoOU'."""
    from retrieval.ingest.formats.office import real_title

    for name in ("10811.exe", "905_Precinct_NoOU", "FedRAMP_Extensions", "report.indd", "Microsoft Word - a.doc"):
        assert real_title(name) is None, name
    for title in ("National Ag Energy", "Node.js in Practice", "Version 2.0", "Comité de démolition - Procès-verbal"):
        assert real_title(title) == title


def test_office_tables_of_contents_are_meta_and_monospaced_paragraphs_are_code() -> None:
    """odfpy's manual: its table of contents ("6.2 Teletype module 100") answered a question, its examples (style
    "Example", in Courier) were prose. Word's TOC styles are meta too."""
    odf = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
    )
    styles = (
        f"<office:document-styles {odf}><office:styles>"
        '<style:style style:name="Example" style:family="paragraph"><style:text-properties style:font-name="Courier"/>'
        '</style:style><style:style style:name="Example2" style:family="paragraph" style:parent-style-name="Example"/>'
        "</office:styles></office:document-styles>"
    )
    content = (
        f"<office:document-content {odf}><office:body><office:text><text:table-of-content><text:index-body>"
        "<text:p>Contents</text:p><text:p>6.2 Teletype module\t100</text:p></text:index-body></text:table-of-content>"
        '<text:h text:outline-level="1">Teletype module</text:h><text:p>The module converts white space.</text:p>'
        '<text:p text:style-name="Example">from odf import text, teletype</text:p>'
        '<text:p text:style-name="Example2">teletype.addTextToElement(p, s)</text:p></office:text></office:body>'
        "</office:document-content>"
    )
    data = zipfile_bytes(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content, "styles.xml": styles}
    )
    extracted = extract("manual.odt", data)
    assert texts(extracted, "meta") == ["Contents", "6.2 Teletype module 100"]
    assert texts(extracted, "paragraph") == ["The module converts white space."]
    assert texts(extracted, "code") == ["from odf import text, teletype", "teletype.addTextToElement(p, s)"]

    import docx

    document = docx.Document()
    document.add_paragraph("Teletype module 100", style=document.styles.add_style("TOC 1", 1))
    document.add_paragraph("The module converts white space.")
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = extract("manual.docx", buffer.getvalue())
    assert texts(extracted, "meta") == ["Teletype module 100"]
    assert texts(extracted, "paragraph") == ["The module converts white space."]


def test_damaged_office_files() -> None:
    with pytest.raises(UnreadableDocument, match="damaged DOCX"):
        extract("x.docx", b"PK\x03\x04" + b"\x00" * 40)
    data = zipfile_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<broken"})
    with pytest.raises(UnreadableDocument, match="damaged ODT"):
        extract("x.odt", data)


def test_rtf_text() -> None:
    extracted = read("pep8_pandoc.rtf")
    assert extracted.format == "rtf"
    assert "Use 4 spaces per indentation level." in texts(extracted, "paragraph")
    # pandoc's table: each cell a paragraph of its own (\par before \cell), read as the DOCX and ODT tables are
    assert texts(extracted, "table_row") == [
        "Naming style | Example",
        "lowercase_with_underscores | max_line_length",
        "CapitalizedWords | HTTPServerError",
    ]
    assert not any("|" in paragraph or "Example" in paragraph for paragraph in texts(extracted, "paragraph"))


def test_rtf_hidden_text_is_not_read() -> None:
    """\\v hides characters up to \\v0, \\plain or the group's end; striprtf kept them as text."""
    source = (
        rb"{\rtf1\ansi Visible {\v hidden words }text here.\par Second \v secret \u8364?\'e9\v0  shown {\b again}."
        rb"\par {\v A hidden paragraph.\par}Last one.\par}"
    )
    assert texts(extract("hidden.rtf", source), "paragraph") == [
        "Visible text here.",
        "Second  shown again.",
        "Last one.",
    ]


def test_rtf_word_table_rows() -> None:
    """Word's layout: \\trowd and the cells' \\intbl paragraphs, then the row definition again in a group before
    \\row; a cell with two paragraphs, an empty cell, identifiers with underscores."""
    extracted = read("release_table_word.rtf")
    assert extracted.title == "Release notes"
    assert [(b.kind, extracted.block_text(b)) for b in extracted.blocks] == [
        ("heading", "Release notes"),
        (
            "paragraph",
            "The table below lists each supported release of the tool, the date its support ends, and what to know "
            "before upgrading.",
        ),
        ("table_row", "Release | Support ends | Notes"),
        (
            "table_row",
            "2.4 (LTS) | 31 March 2027 | Reads PDF, DOCX and RTF files; set max_file_bytes to raise the size cap.",
        ),
        (
            "table_row",
            "2.3 | 30 September 2026 | Security fixes only. Run the migrate_index command before upgrading to 2.4.",
        ),
        ("table_row", "2.2 | Ended"),
        (
            "paragraph",
            "Releases older than 2.2 get no fixes at all. Ask in the support channel before upgrading a server that "
            "still runs one.",
        ),
    ]
    row = texts(extracted, "table_row")[1]
    assert row.split(CELL_SEPARATOR) == [
        "2.4 (LTS)",
        "31 March 2027",
        "Reads PDF, DOCX and RTF files; set max_file_bytes to raise the size cap.",
    ]
    # the row's sentences are stored as table rows, word for word
    records = [r for r in document_records(extracted) if r.kind == "table_row"]
    assert [r.text for r in records if "2.3" in r.text or "migrate_index" in r.text] == [
        "2.3 | 30 September 2026 | Security fixes only.",
        "Run the migrate_index command before upgrading to 2.4.",
    ]


def rtf(body: str) -> ExtractedText:
    return extract("t.rtf", ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n" + body + "\n}").encode("latin-1"))


def test_rtf_tables_written_other_ways() -> None:
    # Word 97 / LibreOffice: one row definition before the cells, no group around \row; two tables with a paragraph
    # between; a cell holding "|" and an escaped character
    extracted = rtf(
        "\\pard Before the tables.\\par\n"
        "\\trowd\\trgaph70\\cellx2000\\cellx4000\n"
        "\\pard\\intbl alpha_one\\cell a | b caf\\'e9\\cell\\row\n"
        "\\trowd\\trgaph70\\cellx2000\\cellx4000\n"
        "\\pard\\intbl beta\\cell 2\\cell\\row\n"
        "\\pard Between the tables.\\par\n"
        "\\trowd\\cellx2000\\pard\\intbl gamma\\cell\\row\n"
        "\\pard After them.\\par"
    )
    assert [(b.kind, extracted.block_text(b)) for b in extracted.blocks] == [
        ("paragraph", "Before the tables."),
        ("table_row", "alpha_one | a | b café"),
        ("table_row", "beta | 2"),
        ("paragraph", "Between the tables."),
        ("table_row", "gamma"),
        ("paragraph", "After them."),
    ]


def test_rtf_table_words_are_control_words_only() -> None:
    # "\\\\row" is a backslash and the text "row"; \\cellx and \\rowd-like longer words are not \\cell or \\row; an
    # \\intbl in the style sheet (an ignored destination) opens no table; \\uN missing its fallback character
    # right before \\cell keeps the cell's end
    extracted = rtf(
        "{\\stylesheet{\\s1\\intbl Table Style;}}\n"
        "\\pard A path C:\\\\row\\\\cell is text.\\par\n"
        "\\trowd\\cellx1000\\cellx2000\\pard\\intbl\\uc1 x\\u8212\\cell y\\cell\\row\n"
        "\\pard\\uc1 Last\\u8217?s line.\\par"
    )
    assert [(b.kind, extracted.block_text(b)) for b in extracted.blocks] == [
        ("paragraph", "A path C:\\row\\cell is text."),
        ("table_row", "x\u2014 | y"),
        ("paragraph", "Last\u2019s line."),
    ]


def test_rtf_row_without_intbl_or_row_end() -> None:
    # a hand-made row with no \\trowd or \\intbl takes the text after the last line break as its first cell; a row
    # never closed by \\row is still a row
    extracted = rtf("\\pard Intro line.\\par first\\cell second\\cell\\row\n\\trowd\\intbl open\\cell row")
    assert [(b.kind, extracted.block_text(b)) for b in extracted.blocks] == [
        ("paragraph", "Intro line."),
        ("table_row", "first | second"),
        ("table_row", "open | row"),
    ]


async def test_rtf_table_row_answers_a_question(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "releases.rtf").write_bytes((FORMATS / "release_table_word.rtf").read_bytes())
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        report = await service.reindex()
        assert report.added == ("releases.rtf",)
        answer = await service.ask("Which release is supported until 30 September 2026?")
        assert answer.hits[0].text == "2.3 | 30 September 2026 | Security fixes only."
        answer = await service.ask("What command should I run before upgrading to 2.4?")
        assert answer.hits[0].text == "Run the migrate_index command before upgrading to 2.4."  # the same row's cell
        answer = await service.ask("Which setting raises the size cap?")
        assert answer.hits[0].text.startswith("2.4 (LTS) | 31 March 2027 | Reads PDF, DOCX and RTF files")
    finally:
        await store.close()


def test_description_list_term_opens_its_description_in_rst_and_markdown() -> None:
    """A description list's term and its description were read as two items (Sphinx docs: "``include_comments=True``"
    then "Include comment sections at the bottom of articles."; The Hitchhiker's Guide: "cancel()" then "Attempt to
    cancel the call."), so a question naming the term found the bare term and the description lacked it. The term
    opens its description's first paragraph, as a web page's <dt> and <dd> are read; later paragraphs stay items of
    their own; a term whose description starts with code stands alone before it."""
    rst = (
        "Options\n"
        "=======\n"
        "\n"
        "``include_comments=True``\n"
        "    Include comment sections at the bottom of articles.\n"
        "\n"
        "cancel()\n"
        "    Attempt to cancel the call.\n"
        "\n"
        "    Returns False when the call already ran.\n"
    )
    extracted = extract("options.rst", rst.encode())
    assert texts(extracted, "list_item") == [
        "include_comments=True\nInclude comment sections at the bottom of articles.",
        "cancel()\nAttempt to cancel the call.",
        "Returns False when the call already ran.",
    ]
    markdown = (
        "# Glossary\n"
        "\n"
        "Leeway\n"
        ":   How far a truncated string may run past its length.\n"
        "\n"
        "    A second paragraph.\n"
        "\n"
        "Example\n"
        ":   ```\n"
        "    truncate(s, 9)\n"
        "    ```\n"
    )
    extracted = extract("glossary.md", markdown.encode())
    assert texts(extracted, "list_item") == [
        "Leeway\nHow far a truncated string may run past its length.",
        "A second paragraph.",
        "Example",
    ]
    assert texts(extracted, "code") == ["truncate(s, 9)"]


def test_docx_and_odt_read_tracked_changes_alike_as_accepted() -> None:
    """Pending suggestions are read as the document reads with them accepted, in DOCX and ODT alike: Word's Simple
    Markup and LibreOffice show that text, and a question asks about what the document now says. An insertion is
    text, a deletion is not; a deleted paragraph mark joins its paragraph to the next, as ODF stores that merge (one
    paragraph in the body), where the DOCX reader gave two."""
    import docx
    from docx.oxml import parse_xml

    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    deleted_mark = "<w:pPr><w:rPr><w:del w:id='9' w:author='A'/></w:rPr></w:pPr>"
    document = docx.Document()
    for position, paragraph in enumerate(
        [
            f"<w:p {namespace}>{deleted_mark}<w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
            "<w:ins w:id='1' w:author='A'><w:r><w:t xml:space='preserve'>inserted </w:t></w:r></w:ins></w:p>",
            f"<w:p {namespace}><w:del w:id='2' w:author='A'><w:r><w:delText>deleted </w:delText></w:r></w:del>"
            "<w:r><w:t>end.</w:t></w:r></w:p>",
            f"<w:p {namespace}>{deleted_mark}<w:del w:id='3' w:author='A'><w:r><w:delText>A paragraph taken out."
            "</w:delText></w:r></w:del></w:p>",
            f"<w:p {namespace}><w:r><w:t>The next paragraph.</w:t></w:r></w:p>",
        ]
    ):
        document.element.body.insert(position, parse_xml(paragraph))
    buffer = io.BytesIO()
    document.save(buffer)
    expected = ["Kept inserted end.", "The next paragraph."]
    assert texts(extract("changes.docx", buffer.getvalue()), "paragraph") == expected

    odf = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    change_info = (
        "<office:change-info><dc:creator>A</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>"
    )
    content = (
        f"<office:document-content {odf}><office:body><office:text><text:tracked-changes>"
        f'<text:changed-region text:id="c1"><text:insertion>{change_info}</text:insertion></text:changed-region>'
        f'<text:changed-region text:id="c2"><text:deletion>{change_info}<text:p>deleted </text:p>'
        "</text:deletion></text:changed-region>"
        f'<text:changed-region text:id="c3"><text:deletion>{change_info}<text:p>A paragraph taken out.</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        '<text:p>Kept <text:change-start text:change-id="c1"/>inserted <text:change-end text:change-id="c1"/>'
        '<text:change text:change-id="c2"/>end.</text:p><text:change text:change-id="c3"/>'
        "<text:p>The next paragraph.</text:p></office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    assert texts(extract("changes.odt", buffer.getvalue()), "paragraph") == expected


def test_rtf_footnotes_follow_the_paragraph_that_cites_them() -> None:
    """striprtf drops a {\\footnote ...} group with its text (pandoc's footnote.rtf lost both of its notes); a note is
    read after the paragraph citing it, as DOCX, ODT and AsciiDoc notes are, its escaped braces kept, and one cited
    in a table's cell is read in the cell."""
    source = (
        r"{\rtf1\ansi\deff0 {\fonttbl{\f0 Times;}}" "\n"
        r"\pard The kettle is filled with fresh water.\chftn{\footnote \pard\plain {\up6\chftn} Not water left from "
        r"before, which tastes flat \{stale\}.} The tea is weighed.\par" "\n"
        r"\pard The pot is warmed first.\par" "\n"
        r"\trowd\cellx2000\cellx4000 \pard\intbl Green\chftn{\footnote \pard\plain Sencha or gyokuro.}\cell "
        r"\pard\intbl 80 C\cell\row" "\n"
        r"\pard After the table.\par}"
    )  # fmt: skip
    extracted = extract("tea.rtf", source.encode())
    assert [(block.kind, extracted.block_text(block)) for block in extracted.blocks] == [
        ("paragraph", "The kettle is filled with fresh water. The tea is weighed."),
        ("paragraph", "Not water left from before, which tastes flat {stale}."),
        ("paragraph", "The pot is warmed first."),
        ("table_row", "Green Sencha or gyokuro. | 80 C"),
        ("paragraph", "After the table."),
    ]
