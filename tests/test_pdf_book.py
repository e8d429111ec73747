"""Book-length PDFs (retrieval/ingest/formats/pdf_book.py): the back-of-book index, the copyright page, chapter
labels, parts outside the numbered chapters, running heads that name the page's section. Shapes taken from Think Stats
2e and the Competitive Programmer's Handbook (LaTeX books) and a LaTeX thesis."""

from __future__ import annotations

from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.formats.pdf_book import (
    fit_numbering,
    is_chapter_label,
    level_book_parts,
    mark_book_index,
    mark_contents_pages,
    mark_copyright_page,
    roman_running_heads,
)
from retrieval.ingest.structure import BlockKind
from tests.test_pdf_layout import column, pdf_with_items

PROSE = "The widget turns on its axle when the gadget pushes it, and the axle wears out after a year."


def _blocks(builder: BlockBuilder) -> list[tuple[str, int, str]]:
    text = builder.text()
    return [(b.kind, b.level, text[b.start : b.end]) for b in builder.blocks]


def _book(pages: list[list[tuple[BlockKind, str]]], level: int = 0) -> BlockBuilder:
    builder = BlockBuilder()
    for number, blocks in enumerate(pages, start=1):
        for kind, text in blocks:
            builder.add(kind, text, level=level if kind == "heading" else 0, page=number)
    return builder


def test_a_back_of_book_index_is_no_answer_and_a_sentence_with_page_numbers_is() -> None:
    """An index page: many short lines, a term and its page numbers, in alphabetical order, at the book's end. Its
    "pickle module, 163, 169" was stored as an answer sentence and ranked first for questions about its terms."""
    body: list[list[tuple[BlockKind, str]]] = [[("paragraph", PROSE)] for _ in range(20)]
    body[18].append(("paragraph", "See the widget, 12, 14"))  # no index: a lone line in the text
    terms = ["abstraction", "accuracy", "adult height", "age group", "Anaconda", "bias", "binary search", "bisection"]
    first: list[tuple[BlockKind, str]] = [("heading", "Index")]
    first += [("paragraph", f"{term}, {7 * n + 3}, {9 * n + 40}") for n, term in enumerate(terms)]
    first += [("paragraph", "pickle module, 163, 169"), ("paragraph", "pipe, viii, 142"), ("paragraph", "plot")]
    last: list[tuple[BlockKind, str]] = [("paragraph", "tuple, 115"), ("paragraph", "zip function, 120-122")]
    builder = _book([*body, first, last])
    mark_book_index(builder)
    kinds = {text: kind for kind, _, text in _blocks(builder)}
    assert kinds["pickle module, 163, 169"] == "meta" and kinds["plot"] == "meta"
    assert kinds["zip function, 120-122"] == "meta"  # the index's last page, with fewer entries
    assert kinds["Index"] == "heading"
    assert kinds["See the widget, 12, 14"] == "paragraph" and kinds[PROSE] == "paragraph"


def test_a_list_of_entries_out_of_alphabetical_order_is_no_index() -> None:
    """A page of lines ending in numbers in no alphabetical order (a table of results) is left alone."""
    body: list[list[tuple[BlockKind, str]]] = [[("paragraph", PROSE)] for _ in range(10)]
    rows = [
        "zinc, 12",
        "copper, 40",
        "tin, 3",
        "iron, 77",
        "gold, 1",
        "lead, 9",
        "silver, 5",
        "nickel, 8",
        "bismuth, 2",
    ]
    rows += ["antimony, 4", "cobalt, 6"]
    builder = _book([*body, [("paragraph", row) for row in rows]])
    mark_book_index(builder)
    assert all(kind == "paragraph" for kind, _, _ in _blocks(builder))


def test_a_copyright_pages_address_is_no_heading_over_the_preface() -> None:
    """Lines of a copyright page read as headings ("Green Tea Press", "9 Washburn Ave") headed the whole preface."""
    pages: list[list[tuple[BlockKind, str]]] = [[("meta", "Think Widgets")]]
    pages.append(
        [
            ("paragraph", "Copyright © 2014 Ada Writer."),
            ("heading", "Sprocket Press"),
            ("heading", "9 Cog Lane"),
            ("paragraph", "Permission is granted to copy this book under the terms of a free licence."),
        ]
    )
    pages.append([("heading", "Preface"), ("paragraph", PROSE)])
    pages += [[("paragraph", PROSE)] for _ in range(40)]
    builder = _book(pages)
    mark_copyright_page(builder)
    kinds = [(kind, text) for kind, _, text in _blocks(builder)]
    assert ("meta", "Sprocket Press") in kinds and ("meta", "9 Cog Lane") in kinds
    assert ("heading", "Preface") in kinds
    # a report that is "not subject to copyright protection" has no copyright page: its headings stay
    pages[1][0] = ("paragraph", "This publication is not subject to copyright protection in the United States.")
    builder = _book(pages)
    mark_copyright_page(builder)
    assert ("heading", "Sprocket Press") in [(kind, text) for kind, _, text in _blocks(builder)]


def test_chapter_labels_appendices_and_back_matter_are_chapters_of_their_own() -> None:
    """ "Chapter 3" over a chapter's title is a label (meta) and the title a chapter; an appendix's title after its
    label, "Bibliography" and "Index" are chapters too, not under the last numbered section."""
    assert is_chapter_label("Chapter 12") and is_chapter_label("APPENDIX B") and is_chapter_label("Part II")
    assert not is_chapter_label("Chapter 12 shows the widget") and not is_chapter_label("Part of it")
    builder = BlockBuilder()
    builder.add("meta", "Chapter 1", page=1)
    builder.add("heading", "Widgets", page=1)
    builder.add("heading", "1.1 Axles", level=2, page=1)
    builder.add("paragraph", PROSE, page=1)
    builder.add("paragraph", "Chapter 2", page=2)
    builder.add("heading", "Gadgets", page=2)
    builder.add("heading", "2.4 Levers", level=2, page=2)
    builder.add("paragraph", PROSE, page=2)
    builder.add("heading", "Appendix A", level=1, page=3)
    builder.add("heading", "Debugging", level=2, page=3)
    builder.add("paragraph", PROSE, page=3)
    builder.add("heading", "Bibliography", page=4)
    builder.add("heading", "Index", page=5)
    level_book_parts(builder)
    blocks = _blocks(builder)
    assert ("meta", 0, "Chapter 1") in blocks and ("meta", 0, "Chapter 2") in blocks
    assert ("heading", 1, "Widgets") in blocks and ("heading", 1, "Gadgets") in blocks
    assert ("meta", 0, "Appendix A") in blocks and ("heading", 1, "Debugging") in blocks
    assert ("heading", 1, "Bibliography") in blocks and ("heading", 1, "Index") in blocks
    assert ("heading", 2, "2.4 Levers") in blocks


def test_front_matter_running_heads_numbered_in_roman_numerals() -> None:
    """ "vi Chapter 0. Preface", "0.1. How I wrote this book vii": a front matter's running heads, their Roman page
    numbers a fixed offset from the page's index."""
    pages = [
        ["Think Widgets"],
        ["v Preface", PROSE],
        ["vi Chapter 0. Preface", PROSE],
        ["0.1. How I wrote this book vii", PROSE],
        ["viii Chapter 0. Preface", PROSE],
        ["Part vi of the plan", PROSE],
    ]
    heads = roman_running_heads(pages)
    assert heads == {"v Preface", "vi Chapter 0. Preface", "0.1. How I wrote this book vii", "viii Chapter 0. Preface"}


def test_running_heads_naming_the_section_in_mixed_case_and_a_chapter_label_at_a_page_top() -> None:
    """LaTeX's book class heads odd pages with the section's number and name in the book's own case ("1.2. The Widget
    Theory 7"): read as text, it stood between the section's heading and its text, and the heading, numbered the
    same, was taken for a row. A chapter's label at the next page's top ("Chapter 2") ran into the paragraph going
    over the page."""
    heads = ["1.1. Widgets 5", "1.2. The Widget Theory 6", "1.2. The Widget Theory 7", "1.3. Gadgets 8"]
    words = ["red", "green", "blue", "grey"]
    pages = []
    for number, (head, word) in enumerate(zip(heads, words, strict=True)):
        body = [f"The {word} widget turns on its axle when the gadget pushes it.", f"The {word} axle wears out."]
        lines = [f"1.{number + 1} Fitting {word} widgets", "", *body]
        pages.append([(72, 760.0, 9.0, head), *column(lines, top=700)])
    pages[-1] = [*pages[-1][:-1], (72, 200.0, 11.0, "The grey axle wears out, as the widget's own axle does, and")]
    pages.append(
        [(72, 700.0, 11.0, "Chapter 2"), (72, 640.0, 24.0, "Gadgets"), *column(["The lever lifts the gadget."], 560)]
    )
    extracted = extract("widgets.pdf", pdf_with_items(pages))
    blocks = [(b.kind, extracted.block_text(b)) for b in extracted.blocks]
    assert not any(head in extracted.text for head in heads)
    assert ("heading", "1.2 Fitting green widgets") in blocks and ("heading", "1.3 Fitting blue widgets") in blocks
    assert ("meta", "Chapter 2") in blocks
    assert not any(kind == "paragraph" and "Chapter 2" in text for kind, text in blocks)


def test_a_contents_pages_chapter_lines_are_no_headings() -> None:
    """A contents page's chapter lines set without leaders ("1 Exploratory data analysis 1", "Preface v") were
    numbered headings over the contents' other lines; they are meta like them. A heading on a page without leaders
    stays."""
    builder = BlockBuilder()
    builder.add("heading", "Contents", level=1, page=3)
    builder.add("paragraph", "Preface v", page=3)
    builder.add("heading", "1 Widgets 1", level=1, page=3)
    for number in range(1, 4):
        builder.add("meta", f"1.{number} Axle part {number} . . . . . . . . {number + 1}", page=3)
    builder.add("heading", "2 Gadgets 15", level=1, page=3)
    builder.add("heading", "2 Gadgets 15", level=1, page=9)
    mark_contents_pages(builder)
    blocks = _blocks(builder)
    assert blocks[:3] == [("heading", 1, "Contents"), ("meta", 0, "Preface v"), ("meta", 0, "1 Widgets 1")]
    assert blocks[-2:] == [("meta", 0, "2 Gadgets 15"), ("heading", 1, "2 Gadgets 15")]


def test_headings_fit_the_books_own_numbering() -> None:
    """An exercise's numbered step between two sections of one chapter is no chapter; a chapter with no sections
    between two chapters' sections stays one."""
    builder = BlockBuilder()
    for kind, text, level in (
        ("heading", "3.4 Modules", 2),
        ("paragraph", PROSE, 0),
        ("heading", "2 Type the name of a module", 1),
        ("paragraph", PROSE, 0),
        ("heading", "3.5 Debugging", 2),
        ("heading", "4 Gears", 1),
        ("paragraph", PROSE, 0),
        ("heading", "5.1 Ropes", 2),
    ):
        builder.add(kind, text, level=level)  # type: ignore[arg-type]
    fit_numbering(builder)
    blocks = _blocks(builder)
    assert ("list_item", 0, "2 Type the name of a module") in blocks
    assert ("heading", 1, "4 Gears") in blocks and ("heading", 2, "3.5 Debugging") in blocks


def _pdf_type3(pages: list[list[tuple[bool, str]]]) -> bytes:
    """A PDF whose text is set in two Type 3 fonts with neither name nor flags, as a TeX book's bitmap fonts are: one
    monospaced (each line's first item True), one proportional; one line per item down the page, "" a space."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}

    def add(body: bytes) -> int:
        objects[len(objects) + 2] = body
        return len(objects) + 1

    def stream(data: bytes) -> int:
        return add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")

    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def 1 begincodespacerange <20>"
        b" <7E> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange endcmap CMapName currentdict /CMap"
        b" defineresource pop end end"
    )
    unicode = stream(cmap)
    fonts = []
    for mono in (True, False):
        widths = {code: 600 if mono else 250 + code * 37 % 450 for code in range(32, 127)}
        glyphs = {
            code: stream(
                f"{w} 0 d0".encode() if code == 32 else f"{w} 0 0 0 {w - 50} 700 d1 0 0 {w - 50} 700 re f".encode()
            )
            for code, w in widths.items()
        }
        procs = " ".join(f"/g{code} {number} 0 R" for code, number in glyphs.items())
        names = " ".join(f"/g{code}" for code in glyphs)
        fonts.append(
            add(
                f"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs"
                f" << {procs} >> /Encoding << /Type /Encoding /Differences [32 {names}] >> /FirstChar 32 /LastChar 126"
                f" /Widths [{' '.join(map(str, widths.values()))}] /ToUnicode {unicode} 0 R /Resources <<>> >>".encode()
            )
        )
    kids = []
    for lines in pages:
        shown, baseline = [], 720
        for mono, text in lines:
            if text:
                escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                shown.append(f"BT /{'M' if mono else 'P'} 10 Tf 72 {baseline} Td ({escaped}) Tj ET")
            baseline -= 13 if text else 11
        content = stream("\n".join(shown).encode())
        kids.append(
            add(
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R"
                f" /Resources << /Font << /M {fonts[0]} 0 R /P {fonts[1]} 0 R >> >> >>".encode()
            )
        )
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(f'{kid} 0 R' for kid in kids)}] /Count {len(kids)} >>".encode()
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_code_in_a_nameless_monospaced_font_is_code_across_a_page_break() -> None:
    """Think Stats sets its listings in a TeX typewriter face embedded as a Type 3 font with no name and no flags:
    no line was code, and a listing's line carried over a page break ran into the paragraph after it. Its glyphs all
    step by one pitch; a nameless proportional font's do not."""
    prose = [(False, PROSE)] * 3
    first = [*prose, (False, ""), (False, "To read the log, call the reader with its path:"), (False, "")]
    first += [*prose * 10, (False, ""), (True, "def read_log(path,")]
    second = [(True, "encoding='utf-8'):"), (False, ""), (False, "The reader returns the lines in order.")]
    blocks = extract("log.pdf", _pdf_type3([first, [*second, (False, ""), *prose]]))
    found = [(b.kind, blocks.block_text(b)) for b in blocks.blocks]
    assert ("code", "def read_log(path,") in found and ("code", "encoding='utf-8'):") in found
    assert ("paragraph", "The reader returns the lines in order.") in found
    assert {kind for kind, text in found if "read_log" not in text and "utf-8" not in text} == {"paragraph"}
