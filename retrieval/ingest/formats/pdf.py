"""PDF through pypdfium2: the text layer page by page, lines joined back into paragraphs, page furniture dropped.

pypdfium2 (BSD-3/Apache-2.0, wheels for every platform): the four NIST PDFs of realdocs-dev put together as one
240-page file read in 1.4 s here (bench/formats.py), every sentence intact; the issue's author measured pypdf at
4.6 s on a 190-page file, pdfminer.six dropping words; PyMuPDF is AGPL.

pdfium's text has line ends but no layout, so each line also keeps its box (ends, baselines, type size from the
characters' boxes): a paragraph's space, a line right under the last, a smaller footnote at the page's foot, a
mark raised above its line, a title set large or a table's next column are read from where the lines stand.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats.blocks import (
    BOX_LABELS,
    SECTION_LABELS,
    BlockBuilder,
    collapse_space,
    is_bare_caption_label,
    is_caption_title,
    names_contents,
    numbering_depth,
    opens_with_figure_label,
    opens_with_figure_reference,
    opens_with_set_off_figure_label,
)
from retrieval.ingest.formats.office import real_title
from retrieval.ingest.formats.pdf_book import (
    HEAD_WORDS,
    fit_numbering,
    is_book_part,
    is_chapter_label,
    level_book_parts,
    mark_book_index,
    mark_contents_pages,
    mark_copyright_page,
    roman_running_heads,
    section_head_name,
)
from retrieval.ingest.formats.pdf_columns import (
    HYPHEN_MARKS,
    ReorderedTextPage,
    char_index,
    read_by_columns,
)
from retrieval.ingest.formats.pdf_columns import (
    LINE_END as _LINE_END,
)
from retrieval.ingest.formats.pdf_columns import (
    line_spans as _line_spans,
)
from retrieval.ingest.formats.pdf_streams import check_stream_expansion
from retrieval.ingest.formats.progress import parts_read
from retrieval.ingest.structure import Block, BlockKind, ExtractedText
from retrieval.tokenize import SUPERSCRIPT_DIGITS

log = logging.getLogger(__name__)

# The share of a PDF's reading its pages take, for the progress within one file (`parts_read`): most of it (a 1.3 MB
# thesis here: 0.9 s for its 103 pages, 0.1 s to split and tokenize them), the rest goes to splitting its text.
PAGES_SHARE = 0.8
_LINE_END_HYPHEN = re.compile(rf"(\w+)[{HYPHEN_MARKS}](\w*)")
_HYPHEN_MARK = re.compile(rf"\w[{HYPHEN_MARKS}]")
_HYPHEN_PASSES = 3
_SOFT_HYPHEN = "\u00ad"
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# A glyph that starts a list item: bullets, dashes, Symbol-font bullets that map to private-use or control codes.
_BULLET = re.compile(r"^(?:[•●▪◦■□➢►‣⁃∙·○◆◇✓✔\-–—*]|[\x01-\x1f]|[\ue000-\uf8ff])\s*")
# A list item's mark: a number, letter or Roman numeral with a full stop or bracket; `number` is an Arabic number's
# without an opening bracket ("4" of "4. The current status ...", as a numbered heading's could be).
_NUMBERED_ITEM = re.compile(r"^(?:(?P<number>\d{1,2})[.)]|\(\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+\S")
# A rule's outline number closed by a bracket ("A.4.3.a) Changing ...", "1.1.2) All random seed ...", "CE20.1.3.a)"):
# a rulebook's items, one a line, set without a full stop. Its label opens an item when the document numbers another
# line under the same parent ("A.4.3.b)", "A.4.3)"), so that a lone "1.2) ..." stays as it is read.
_OUTLINE_ITEM = re.compile(r"^((?:[A-Z]{1,3}\d{0,3}|\d{1,3})(?:\.(?:\d{1,3}|[a-z]{1,2}))+)\)\s+\S")
# The name may hold a full stop before a digit ("2.1 ASN.1 syntax", "4 Upgrading to v2.0"), never one that ends a
# sentence or an abbreviation; it may end in a question mark ("1.2. What is this spec?"). Its first word is
# capitalised, in quotes ("4.1.1 “Software Only” Application") or a name in mixed case ("2. cFE Application ...").
_NUMBERED_HEADING = re.compile(
    r"^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+[“\"‘']?(?:[A-Z]|[a-z]+[A-Z])(?:[^.!?]|\.(?=\d)){1,90}\??$"
)
# A subsection's number before a name in lower case ("6.1. authenticate", "7.1. services_usage": an API manual's
# function groups), no sentence: a title only where the line is set bold to its end (`emphasised`).
_LOWER_NUMBERED_HEADING = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,4})\.?\s+[a-z][^.!?]{0,90}$")
# A date standing alone ("Tuesday, January 13, 2009" on a transcript's cover) is not a title.
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{1,2},?\s+\d{4}$"
)
# A table row read as a line: it ends with cells of marks ("6.2 Central directory encryption No No No"), or with one
# tick, which no title ends with (a requirement of one level only: "1.8 The component type is known throughout
# inventory ✓" in OWASP's SCVS was a section heading over the requirements and chapters after it)
_CELL_MARKS_AT_END = re.compile(r"(?:\s(?:Yes|No|N/A|X|✓|✔)){2,}$|\s[✓✔✗✘]$")
# A table row's number opening its line ("2.13 Component point of origin ...").
_ROW_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,3})+\s")
# A line of ticks only: the mark cells of the table row above it, whose first cell wrapped ("2.13 Component point of
# origin is identified in a consistent, machine readable" / "format (e.g. PURL)" / "✓"), so that line is no title.
_MARKS_LINE = re.compile(r"^[✓✔✗✘](?:\s+[✓✔✗✘])*$")
# A numbered line that goes on ("1. A web browser session with a cookie, or"; a footnote "28 Derived from X, 2000,")
# is a list item or a note, not a heading.
_CONTINUES = re.compile(r"(?:[,;:]|\b(?:or|and|of|the|to|a|an|in|for|with|by|on|from|as))$")
# Words a title leaves in lower case ("Protecting Data on Telework Client Devices").
_TITLE_SMALL_WORDS = frozenset(
    ("a", "an", "the", "of", "and", "or", "nor", "for", "to", "in", "on", "at", "by", "with", "from", "as", "via")
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_APPENDIX = re.compile(r"^Appendix\s+[A-Z\d]{1,2}\b")
_TITLE_MAX_WORDS = 10
# Of a full line's length: a numbered line this long, followed by one in lower case, is a list item that wraps.
_WRAPPED_ITEM_LENGTH = 0.7
# A Federal Register run-in label opens a paragraph ("FOR FURTHER INFORMATION CONTACT: Ian" / "Won, Manager, ..."):
# capitals and a colon with the paragraph's text after it on the same line, not a title line.
# A label has no number ("CHAPTER 1: INTRODUCTION" is a title); what follows it has a small letter or a digit.
_RUN_IN_LABEL = re.compile(r"^[A-Z][A-Z ,&/'’()-]*:\s+.*[a-z\d]")
# Column headings of a table whose cells pdfium reads as lines ("Symbol Description", "Name Description" in ISO 29500):
# a line made only of such words is a table's header row, not a title.
_COLUMN_WORDS = frozenset(
    ("name", "names", "description", "descriptions", "symbol", "symbols", "value", "values", "type", "types",
     "default", "term", "terms", "definition", "definitions", "meaning", "notes", "note", "parameter", "parameters",
     "field", "fields", "attribute", "attributes", "element", "elements", "property", "properties", "example",
     "examples", "required", "status", "version", "code", "codes", "abbreviation", "acronym", "unit", "units",
     "comments", "remarks", "purpose", "usage", "id", "key", "section", "page", "item", "items")
)  # fmt: skip
# A line that ends inside a URL or a numbered code goes on in the next line's first word, with no space between:
# "... on the internet at https://" / "www.regulations.gov by ...", "Docket No. FAA–2020–" / "0686."
_URL_BROKEN = re.compile(r"(?:^|[\s(\[<‘“\"])(?:https?|ftp)://(?:\S*[/=?&#_-])?$")
_URL_PART = re.compile(r"^[\w.~%-]+[./=?&#][^\s]*")
_URL_WORD = re.compile(r"^[\w.~%/=?&#-]+$")
_CODE_BROKEN = re.compile(r"(?:^|\s)[\[(‘“]*[A-Z\d]+(?:–[A-Z\d]+)*–$")
_CODE_PART = re.compile(r"^(?=[A-Z\d–]*\d)[A-Z\d]+(?:–[A-Z\d]+)*(?:[\s.,;:)\]’”]|$)")
# an e-mail address broken after its "@" ("9-FAA-SACO-AD-Inquiry@" / "faa.gov.")
_EMAIL_BROKEN = re.compile(r"[\w.+-]@$")
# a web address broken after its "www." ("Science, 286(5439):509–512, 1999. http://www." / "sciencemag.org/content/
# 286/5439/509.abstract."): the full stop ends no sentence when a host name follows
_WWW_BROKEN = re.compile(r"(?:^|[\s(\[<‘“\"])(?:(?:https?|ftp)://)?www\.$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+")
_TOC_ENTRY = re.compile(
    r"(?:\.{4,}|(?:\. ){4,}|…{2,})\s*(?:[A-Z]{1,3}-|\d{1,3}-)?(?:\d{1,4}|[ivxlc]{1,6})$"
)  # "4.1 Scope .... 4-2", "Executive Summary .... ES-1"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SENTENCE_END = tuple('.!?:;"”’)')
# "12", "Page 3 of 9", "xiv", and a page numbered within its part ("ES-1" in a report's executive summary, "A-3")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:[A-Z]{1,3}-)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s+of\s+\d{1,4})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A footer or header naming its page among the document's (or a part's) pages after a form's or a document's name:
# "DS-82 03-2020 Instruction Page 1 of 4", "Instruction Page 3 of 4" on a passport form, each page's a little
# different, so repetition did not tell it, and the third was read as a section's heading.
_PAGED_FOOTER = re.compile(r"\bpage\s+(\d{1,4})\s+of\s+(\d{1,4})$", re.IGNORECASE)
_PAGED_FOOTER_WORDS = 8


def _paged_footer(text: str) -> bool:
    """True for a short line ending in "Page N of M" (N at most M)."""
    found = _PAGED_FOOTER.search(text)
    return found is not None and int(found.group(1)) <= int(found.group(2)) and len(text.split()) <= _PAGED_FOOTER_WORDS


# arXiv's stamp running up the first page's left margin ("arXiv:2103.15348v2 [cs.CV] 21 Jun 2021"; old identifiers
# "arXiv:cs/0112017v1 [cs.LG] 5 Dec 2001"): pdfium gives it as a line at the end of the page's text, where it cut the
# last sentence of the page from its end on the next one.
_ARXIV_STAMP = re.compile(
    r"^arXiv:(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?\s+\[[\w.-]+\]\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}$"
)
_ROMAN_AT_END = re.compile(r"^[ivxlc]{1,6}\b|\b[ivxlc]{1,6}$")
_WORD = re.compile(r"\w+")
_COMPOUND = re.compile(r"\w+-\w+")
# Producers of word processors, which leave hyphenation off by default (unlike TeX or groff), and of web pages
# printed to PDF (browsers do not hyphenate unless a page asks: Chrome's Skia, WebKit, wkhtmltopdf).
_WORD_PROCESSOR = re.compile(
    r"word|pdfmaker|quartz|libreoffice|openoffice|writer|pages|google|skia|chrom|webkit|mozilla|wkhtmltopdf",
    re.IGNORECASE,
)
# A character that joins the parts of an identifier or compound: a hyphen at a line end after one
# ("security-eauth-" / "level", "/o:system-" / "security-plan") is the identifier's own.
_IDENTIFIER_JOINER = frozenset("-_./:@")
_FURNITURE_LINES = 4  # lines at the top and bottom of a page where running headers, footers and numbers sit


@dataclass(slots=True)
class _Line:
    text: str  # stripped
    wrapped: bool  # ended with a space: word processors leave the space at a soft line wrap
    page: int
    code: bool = False  # set in a monospaced font: a line of a code listing
    last_length: int = -1  # of a line joined from two (a URL broken at a line end): the second one's length
    box: _Box | None = None  # where it stands on its page (None: not known)
    note: bool = False  # a footnote at the foot of its page
    slide: bool = False  # on a slide's page (`_slide_titles`): its text never goes on from the page before
    slide_title: bool = False  # a line of its slide's title, moved first on the page
    margin: bool = False  # a margin note's line (`_mark_margin_notes`), read after the paragraph beside it


@dataclass(frozen=True, slots=True)
class _Box:
    """A line's place on its page, in points: its left and right ends, the baselines of its first and last characters
    (pdfium gives a line broken after a hyphen as one), and its type size (the tallest of those characters' boxes)."""

    left: float
    right: float
    top: float
    bottom: float
    size: float
    lead_gap: float = 0.0  # after a first word of one character: the room before the second word
    bold_lead: str = ""  # the words the line opens with in a bold face when it goes on in another (a run-in title)
    bold: bool = False  # set in a bold face to its end (its first, middle and last characters)


_Crop = tuple[float, float, float, float]  # a page's visible box: left, bottom, right, top, in points

# A monospaced font: the PDF font descriptor's FixedPitch flag, or a name that says so ("CourierNewPSMT", "Consolas").
_FIXED_PITCH = 1
# Monospaced fonts by name, TeX's typewriter faces among them ("NimbusMonL-Regu", "CMTT10", "SFTT1000", "LMMono10"),
# whose flags often do not say fixed pitch.
_MONOSPACE_NAME = re.compile(
    rb"courier|mono|nimbusmon|consol|menlo|typewriter|fixedsys|cmtt\d|[es]ftt\d|txtt|inconsolata|sourcecode|firacode",
    re.IGNORECASE,
)
# A font with neither name nor flags (a TeX typewriter face embedded as a Type 3 font, in Think Stats) is judged by
# its glyphs' advances: monospaced when nearly all the steps between a line's visible characters are whole multiples
# (a space between words makes two) of one pitch, within this share of it.
_PITCH_TOLERANCE = 0.05
_PITCH_SHARE = 0.9  # of the line's steps
_PITCH_STEPS = 3  # at least, so that a short word in a proportional font is not taken by chance
# Above this share of a document's lines in a monospaced font (a court transcript, a typewritten page), the font
# tells nothing: no line is code.
_MONOSPACE_DOCUMENT = 0.5


def pdf_text(data: bytes) -> ExtractedText:
    """Read a PDF's text layer; a PDF with none (a scan) or one that needs a password raises UnreadableDocument."""
    check_stream_expansion(data)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise UnreadableDocument("encrypted PDF (needs a password)") from error
        raise UnreadableDocument("damaged PDF") from error
    try:
        pages, image_only, monospaced, boxes, crops, margin_left = _page_texts(document)
        bookmarks = _outline_titles(document)
        metadata_title = real_title(document.get_metadata_value("Title"))
        producer = f"{document.get_metadata_value('Creator')} {document.get_metadata_value('Producer')}"
    finally:
        document.close()
    notes: list[str] = []
    if not any(text.strip() for text in pages):
        if image_only:
            raise UnreadableDocument("scanned PDF with no text layer")
        raise UnreadableDocument("PDF with no text")
    if image_only:
        notes.append(f"no text layer on {image_only} of {len(pages)} pages (scanned); those pages skipped")
    lines = _lines(
        pages,
        typeset=not _WORD_PROCESSOR.search(producer),
        monospaced=monospaced,
        boxes=boxes,
        crops=crops,
        margin_left=margin_left,
    )
    centered, indented = _title_block(lines, crops)
    builder = BlockBuilder()
    _add_paragraphs(builder, lines, bookmarks)
    block_title = _mark_title_block(builder, centered, indented)
    _demote_numbered_rows(builder)
    _join_requirement_rows(builder)
    _mark_contents_lines(builder)
    _demote_figure_rows(builder)
    _mark_wordless_blocks(builder)
    _mark_formula_pieces(builder)
    _demote_float_labels(builder)
    front_title = _mark_front_matter(builder)
    mark_copyright_page(builder)
    mark_book_index(builder)
    mark_contents_pages(builder)
    level_book_parts(builder)
    fit_numbering(builder)
    _level_unnumbered_headings(builder, _heading_sizes(builder, lines))
    _keep_outline_titles(builder, bookmarks)
    # a Word document's title block on its first page titles it when the metadata does not ("Microsoft Word -
    # testimony.docx", none)
    title = metadata_title or block_title
    if title is None:
        # a title stands on the first page; a heading found further on is a section's (or a table's header line:
        # ISO 29500's "Symbol Description" on page 18 was the title of a document with no metadata title)
        title = first_page_title(builder) or front_title
    _mark_cover_pages(builder)
    return builder.build("pdf", title, tuple(notes))


# Section names that open a paper or a report and never title it.
_SECTION_NAMES = frozenset(
    {
        "abstract", "introduction", "contents", "table of contents", "preface", "foreword", "summary", "overview",
        "executive summary", "acknowledgements", "acknowledgments", "references", "keywords", "purpose", "scope",
    }
)  # fmt: skip


def first_page_title(builder: BlockBuilder) -> str | None:
    """A PDF's title when its metadata has none: the first heading on its first page that is not a numbered section
    ("1. Introduction" titled the TraceMonkey paper, "1. INTENT" a specification, "1 Purpose" NIST SP 800-63B's
    excerpt) or a section's usual name."""
    text = builder.text()
    for block in builder.blocks:
        if block.kind != "heading" or block.page != 1:
            continue
        heading = text[block.start : block.end].strip()
        if not is_numbered_section(heading) and not is_section_name(heading):
            return heading
    return None


def is_section_name(heading: str) -> bool:
    """True for a section's usual name ("Abstract", "Introduction"), which never titles a paper or a report."""
    return heading.strip().rstrip(":.").lower() in _SECTION_NAMES


def is_numbered_section(heading: str) -> bool:
    """True for a numbered section heading ("1 Purpose", "1. INTENT", "4.1.5 Records")."""
    return bool(_NUMBERED_HEADING.match(heading) or _NUMBERED_ITEM.match(heading))


def _page_texts(
    document: pdfium.PdfDocument,
) -> tuple[list[str], int, list[set[str]], list[list[_Box | None]], list[_Crop], float | None]:
    """Each page's text, its lines broken where pdfium read them on from the main column into a margin column
    (`_split_at_margin`); how many pages have no text but an image (scanned pages); each page's lines set in a
    monospaced font, the box of each of its lines (by line index, None for an empty one) and its visible box; and the
    margin column's left edge, None without one."""
    texts: list[str] = []
    monospaced: list[set[str]] = []
    boxes: list[list[_Box | None]] = []
    crops: list[_Crop] = []
    image_only = 0
    orders: dict[int, list[int]] = {}  # a page read column by column (`read_by_columns`): its characters' order
    for index in range(len(document)):
        with _text_page(document, index) as (page, pdfium_textpage):
            crops.append(page.get_cropbox())
            raised = _raised_marks(pdfium_textpage, pdfium_textpage.get_text_range())
            text = _off_page_blanked(pdfium_textpage, raised, crops[-1])
            text = _dingbat_bullets(pdfium_textpage, text)
            textpage = pdfium_textpage  # in the order its text is read: pdfium's, or column by column
            columns = read_by_columns(pdfium_textpage, text)
            if columns is not None:
                text, orders[index] = columns
                textpage = ReorderedTextPage(pdfium_textpage, orders[index])
            monospaced.append(_monospaced_lines(textpage, text))
            boxes.append(_line_boxes(textpage, text))
            if not text.strip() and any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])):
                image_only += 1
        texts.append(text)
        parts_read(index + 1, len(document), PAGES_SHARE)
    # found before the lines are broken at the margin: breaking them moves the main column's right edge a little,
    # never the margin column's left edge, which is all `_lines` needs
    # (a page read column by column has no margin column: its columns after the first would look like one)
    column = _margin_column([[] if number in orders else page for number, page in enumerate(boxes)])
    if column is not None:
        _split_at_margin(document, texts, monospaced, boxes, column, orders)
    return texts, image_only, monospaced, boxes, crops, column[0] if column is not None else None


@contextmanager
def _text_page(document: pdfium.PdfDocument, index: int) -> Iterator[tuple[Any, Any]]:
    """A page of `document` and its text page, both closed after, also on an error."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            yield page, textpage
        finally:
            textpage.close()
    finally:
        page.close()


# A margin column (a Tufte layout's side notes, a report's side heads): lines that start at one place right of the
# main text column, at least this many on this many pages, each set at most this share of the main column's width.
_MARGIN_LINES = 8
_MARGIN_PAGES = 3
_MARGIN_WIDTH = 0.6
_MARGIN_TOLERANCE = 1.5  # in points: the margin column's lines start this close to one left edge
_MARGIN_GAP = 1.0  # in type sizes: the white space at least between the main column's right edge and the margin
# The main column's right edge: where this share of its lines end (not its longest: lines pdfium read on into the
# margin end there)
_MAIN_RIGHT = 0.9


def _margin_column(boxes: list[list[_Box | None]]) -> tuple[float, float] | None:
    """The left edge of the document's margin column and the right edge of its main text column, or None when its
    pages have no margin column: narrow lines starting at one place beyond the right edge of the main column's lines
    (those starting at the usual left edge), consistently over several pages."""
    placed = [(number, box) for number, page in enumerate(boxes) for box in page if box is not None]
    if not placed:
        return None
    main_left = Counter(round(box.left) for _, box in placed).most_common(1)[0][0]
    main = sorted(box.right for _, box in placed if abs(box.left - main_left) <= box.size)
    if len(main) < _MARGIN_LINES:
        return None
    main_right = main[int(len(main) * _MAIN_RIGHT)]
    starts: Counter[int] = Counter(round(box.left) for _, box in placed if box.left > main_right)
    for start, count in starts.most_common(3):
        if count < _MARGIN_LINES:
            break
        column = [(n, box) for n, box in placed if abs(box.left - start) <= _MARGIN_TOLERANCE]
        if len({n for n, _ in column}) < _MARGIN_PAGES:
            continue
        widths = sorted(box.right - box.left for _, box in column)
        size = sorted(box.size for _, box in column)[len(column) // 2]
        if (
            widths[len(widths) // 2] <= _MARGIN_WIDTH * (main_right - main_left)
            and start - main_right >= _MARGIN_GAP * size
        ):
            return start - _MARGIN_TOLERANCE, main_right
    return None


def _split_at_margin(
    document: pdfium.PdfDocument,
    texts: list[str],
    monospaced: list[set[str]],
    boxes: list[list[_Box | None]],
    column: tuple[float, float],
    orders: dict[int, list[int]],
) -> None:
    """Break each line that pdfium read across the gap from the main column into the margin column ("... (e.g.
    equipment, time, NOTE: Resources, links, and discussions") in two at the white space there, in place: its
    page's text (one character for one), monospaced lines and boxes. `column`: the margin column's left edge and the
    main column's right edge (`_margin_column`); `orders`: the pages read column by column (left as they are)."""
    margin_left, main_right = column
    for number, page_boxes in enumerate(boxes):
        spans = list(_line_spans(texts[number]))
        # on a page with text in the margin, any line may hold some of it: at its end, at its start ("draws
        # inspiration from this blog. Our agile research manifesto ..."), amid it ("High Pass (HP) about grading,
        # please talk to Jeremy. is intended to ...")
        if number in orders or not any(box is not None and box.right > margin_left for box in page_boxes):
            continue
        with _text_page(document, number) as (_, textpage):
            text = list(texts[number])
            for start, end in spans:
                # each character's side (True: the margin; one between the columns keeps the side before it), the
                # line broken at the white space before a change of side
                space, side = None, None
                for index in range(start, end):
                    if text[index].isspace():
                        space = index
                        continue
                    left = textpage.get_charbox(index)[0]
                    here = left >= margin_left if left >= margin_left or left < main_right else side
                    if side is not None and here != side and space is not None:
                        text[space] = "\n"
                    side, space = here, None
            texts[number] = "".join(text)
            monospaced[number] = _monospaced_lines(textpage, texts[number])
            boxes[number] = _line_boxes(textpage, texts[number])


_VISIBLE = re.compile(r"\S")


def _font_info(textpage: pdfium.PdfTextPage) -> Callable[[int], tuple[bytes, int]]:
    """A reader of the font name and flags of the character at an index of the page's text."""
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)

    def font(index: int) -> tuple[bytes, int]:
        pdfium_c.FPDFText_GetFontInfo(textpage.raw, char_index(textpage, index), name, len(name), ctypes.byref(flags))
        return name.value, flags.value

    return font


# A font of pictures, not letters: its glyphs come out as the letters of their codes ("y", "Ê", "¢" for Wingdings 2
# and 3's bullets in a French textbook: "y Prescrire et interpréter ..."; "!" for WordPerfect's typographic symbols in
# the DMCA summary), or as private-use characters.
_DINGBAT_FONT = re.compile(rb"wingdings|webdings|dingbats|wp ?typographic ?symbols|wp ?iconic ?symbols", re.IGNORECASE)


def _dingbat_bullets(textpage: pdfium.PdfTextPage, text: str) -> str:
    """The page's text with a line's first character, when a picture font sets it before a space or alone on its
    line, given as "•" (a bullet, as `_BULLET` reads it); the text's length is kept for the character boxes."""
    font = _font_info(textpage)
    bulleted = list(text)
    for start, end in _line_spans(text):
        first = _VISIBLE.search(text, start, end)
        if first is None or (first.end() < end and not text[first.end()].isspace()):
            continue
        if _DINGBAT_FONT.search(font(first.start())[0]):
            bulleted[first.start()] = "•"
    return "".join(bulleted)


def _off_page_blanked(textpage: pdfium.PdfTextPage, text: str, crop: _Crop) -> str:
    """The page's text with each line that stands wholly outside the page's visible box (`crop`: left, bottom, right,
    top) blanked out, its length kept for the character boxes. A spread laid out as one and exported page by page
    (an annual report from InDesign) puts the whole spread's text on each of its two pages, half of it off the page:
    every sentence was read twice, once under the wrong page; a print file's slug ("AR_2022.indd 12") stands off it
    too."""
    left, bottom, right, top = crop
    blanked = list(text)
    for start, end in _line_spans(text):
        first = _VISIBLE.search(text, start, end)
        if first is None:
            continue
        last = len(text[:end].rstrip()) - 1
        boxes = [textpage.get_charbox(index) for index in (first.start(), last)]
        if (
            all(box[2] <= left for box in boxes)
            or all(box[0] >= right for box in boxes)
            or all(box[3] <= bottom for box in boxes)
            or all(box[1] >= top for box in boxes)
        ):
            blanked[start:end] = " " * (end - start)
    return "".join(blanked)


# Digits at the end of a word, a number or a sentence ("passwords16", "20015", "function.1"): up to three of them
# are a footnote mark when they are set smaller and raised. pdfium gives them as plain digits glued to what is before
# them, so "passwords" could not be found and "of 20015" read as a year.
_MARK_CANDIDATE = re.compile(r"(?<=[\w.,;:)\]\u2019\u201d\"'])\d+(?!\w)")
# pdfium may break the printed line at the mark and give it at the start of the next line ("Information." / "18 Such").
_MARK_AFTER_BREAK = re.compile(r"(?<=[\w.,;:)\]\u2019\u201d\"'])(\r\n|\r|\n)(\d{1,3}) ")
# A footnote's own mark glued to its first word at the start of a line ("26IEEE authors should note ...").
_MARK_OPENING_NOTE = re.compile(r"(?:^|(?<=\n))\d{1,3}(?=[^\W\d_])")
_MARK_DIGITS = 3
_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_MARK_RISE = 0.2  # of the word's type size: how far above its baseline a footnote mark stands at least
_MARK_SIZE = 0.85  # of the word's type size: how large a footnote mark is set at most


def _raised_marks(textpage: pdfium.PdfTextPage, text: str) -> str:
    """The page's text with its raised footnote marks (and exponents) as superscript digits, as they are printed
    ("passwords¹⁶"): the tokenizer leaves them out of the word, and a sentence ends after one ("used.¹")."""
    x, y = ctypes.c_double(0), ctypes.c_double(0)

    def raised(mark: int, before: int) -> bool:
        """Whether the character at `mark` is set smaller and higher than the one at `before` (the word's character
        next to it, before or after)."""
        _, word_bottom, _, word_top = textpage.get_charbox(before, loose=True)
        _, mark_bottom, _, mark_top = textpage.get_charbox(mark, loose=True)
        size = word_top - word_bottom
        if size <= 0 or mark_top - mark_bottom > _MARK_SIZE * size:
            return False
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, before, ctypes.byref(x), ctypes.byref(y))
        word_baseline = y.value
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, mark, ctypes.byref(x), ctypes.byref(y))
        return bool(y.value - word_baseline >= _MARK_RISE * size)

    raised_spans: list[tuple[int, int]] = []
    for match in _MARK_CANDIDATE.finditer(text):
        end = match.end()
        starts = [end - k for k in range(1, min(_MARK_DIGITS, end - match.start()) + 1) if raised(end - k, end - k - 1)]
        if starts:
            raised_spans.append((min(starts), end))
    for match in _MARK_AFTER_BREAK.finditer(text):
        if raised(match.start(2), match.start() - 1):
            raised_spans.append(match.span(2))
    for match in _MARK_OPENING_NOTE.finditer(text):
        if raised(match.start(), match.end()):
            raised_spans.append(match.span())
    raised_spans.sort()
    if not raised_spans:
        return text
    pieces: list[str] = []
    position = 0
    for start, end in raised_spans:  # one character for one: the text's indexes stay pdfium's character indexes
        pieces.append(text[position:start])
        pieces.append(text[start:end].translate(_SUPERSCRIPT))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _line_boxes(textpage: pdfium.PdfTextPage, text: str) -> list[_Box | None]:
    """The box of each line of a page's text (`_LINE_END` splits it as `_lines` does)."""
    boxes: list[_Box | None] = []
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    bold = _bold_faces(textpage)
    for start, end in _line_spans(text):
        line = text[start:end]
        stripped = line.lstrip()
        if not stripped:
            boxes.append(None)
            continue
        first = start + len(line) - len(stripped)
        last = start + len(line.rstrip()) - 1
        middle = _VISIBLE.search(text, (first + last) // 2, last + 1)
        second = _VISIBLE.search(text, first + 1, last + 1)
        # a raised footnote mark ending the line (`_raised_marks`: "... of IT contract⁶") stands above its line's
        # baseline: the line's is its word's, else the next line, right under it, read as set apart and a Word
        # paragraph was cut in the middle of its sentence there
        base_last = last
        while base_last > first and text[base_last] in SUPERSCRIPT_DIGITS:
            base_last -= 1
        baselines = []
        for index in (first, base_last):
            pdfium_c.FPDFText_GetCharOrigin(textpage.raw, char_index(textpage, index), ctypes.byref(x), ctypes.byref(y))
            baselines.append(y.value)
        # the size of the characters nearest the ends that are no brackets: a bracket's box may be taller than the
        # line's type ("... sharing strategies. PropShare [8]" read 9 points in an 8-point column, so the list item
        # above it, a line of 8, was taken for ending there: "3. BitTorrent's standard tit-for-tat is vulnerable to
        # some" / "exploitative bandwidth sharing strategies.")
        ends = {_letter_near(text, first, 1, last), _letter_near(text, last, -1, first)}
        sizes = [textpage.get_charbox(i, loose=True) for i in {*ends, middle.start() if middle else last}]
        left, _, first_right, _ = textpage.get_charbox(first)
        right = textpage.get_charbox(last)[2]
        if right - left < abs(baselines[0] - baselines[1]):  # set upright (a table's column heading): no lines
            boxes.append(None)
            continue
        lead_gap = 0.0
        if second is not None and second.start() > first + 1:  # one character, then white space
            lead_gap = textpage.get_charbox(second.start())[0] - first_right
        size = max(top - bottom for _, bottom, _, top in sizes)
        bold_lead = _bold_lead(bold, text, first, last) if bold(first) else ""
        all_bold = all(bold(i) for i in {first, middle.start() if middle else last, last})
        boxes.append(_Box(left, right, baselines[0], baselines[1], size, lead_gap, bold_lead, all_bold))
    return boxes


def _letter_near(text: str, edge: int, step: int, bound: int) -> int:
    """The index of the first character from `edge` going `step`, within two characters (not past `bound`), that is
    no bracket, or `edge` itself when there is none. (Only brackets are passed over: a full stop ending a line set
    in a typewriter face, "pouch_contents.", is in the body's face and gives the line the body's size.)"""
    for offset in range(3):
        index = edge + step * offset
        if (index - bound) * step > 0:
            break
        if text[index] not in _BRACKETS:
            return index
    return edge


_BRACKETS = frozenset("()[]{}")


# A bold face: by its weight, or by its name ("LMRoman10-Bold" has a weight of 570; "Arial-BoldMT", "Helvetica-Black").
_BOLD_WEIGHT = 600
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demibold", re.IGNORECASE)


def _bold_faces(textpage: pdfium.PdfTextPage) -> Callable[[int], bool]:
    """A test of whether the character at an index of the page's text is set in a bold face."""
    font = _font_info(textpage)

    def bold(index: int) -> bool:
        name, _ = font(index)
        weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, char_index(textpage, index))
        return weight >= _BOLD_WEIGHT or _BOLD_NAME.search(name) is not None

    return bold


def _bold_lead(bold: Callable[[int], bool], text: str, first: int, last: int) -> str:
    """The words a line (`text[first:last + 1]`, its first character bold) opens with in a bold face, when the line
    goes on in another: a run-in title ("2.1 Directory Tree" before "The following diagrams show ..."); "" for a line
    set bold to its end."""
    for index in range(first + 1, last + 1):
        if not text[index].isspace() and not bold(index):
            return text[first:index].replace(_SOFT_HYPHEN, "").translate(_LIGATURES).strip(" \t\u00a0")
    return ""


def _monospaced_lines(textpage: pdfium.PdfTextPage, text: str) -> set[str]:
    """The page's lines (stripped) whose first, middle and last characters are in a monospaced font: a line of
    prose that starts with an identifier in code font, or a bullet set in Courier ("o"), is not one."""
    found: set[str] = set()
    font = _font_info(textpage)
    fonts: dict[tuple[bytes, int], bool] = {}

    def monospaced(index: int) -> bool:
        key = font(index)
        if key not in fonts:
            name, flags = key
            fonts[key] = bool(flags & _FIXED_PITCH) or _MONOSPACE_NAME.search(name) is not None
        return fonts[key]

    for start, end in _line_spans(text):
        line = text[start:end]
        visible = [start + i for i, ch in enumerate(line) if not ch.isspace()]
        if not visible:
            continue
        sample = {visible[0], visible[len(visible) // 2], visible[-1]}
        nameless = all(font(i) == (b"", 0) for i in sample)
        if all(monospaced(i) for i in sample) or (nameless and _fixed_pitch(textpage, visible)):
            found.add(line.replace(_SOFT_HYPHEN, "").strip(" \t\u00a0"))
    return found


def _fixed_pitch(textpage: pdfium.PdfTextPage, visible: list[int]) -> bool:
    """True when the characters at `visible` (a line's, in order) step by whole multiples of one pitch."""
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    origins = []
    for index in visible:
        pdfium_c.FPDFText_GetCharOrigin(textpage.raw, char_index(textpage, index), ctypes.byref(x), ctypes.byref(y))
        origins.append(x.value)
    steps = [after - before for before, after in itertools.pairwise(origins)]
    if len(steps) < _PITCH_STEPS or min(steps) <= 0:
        return False
    pitch = min(steps)
    whole = sum(abs(step / pitch - round(step / pitch)) <= _PITCH_TOLERANCE for step in steps)
    return whole >= _PITCH_SHARE * len(steps)


def _hyphenated(
    first: str, second: str, known_words: Counter[str], known_compounds: Counter[str], typeset: bool
) -> bool:
    """True when `first`, hyphenated at a line's end, and `second`, the next line's first word, are one word broken
    by hyphenation ("deliber-" / "ations"), not a compound broken after its hyphen ("multi-" / "factor").
    `known_words` and `known_compounds` count the document's words and hyphenated compounds (lower case)."""
    # pdfium cannot tell them apart. The document's other spellings decide; failing those, typesetters (TeX, groff)
    # hyphenate and word processors mostly do not.
    joined_count = known_words[(first + second).lower()]
    compound_count = known_compounds[f"{first}-{second}".lower()]
    hyphenated = joined_count > compound_count or (joined_count == compound_count == 0 and typeset)
    return bool(second) and hyphenated and not second[0].isupper()


def _lines(
    pages: list[str],
    typeset: bool = True,
    monospaced: list[set[str]] | None = None,
    boxes: list[list[_Box | None]] | None = None,
    crops: list[_Crop] | None = None,
    margin_left: float | None = None,
) -> list[_Line]:
    """The lines of all pages, hyphenation resolved, ligatures spelt out, running headers and page numbers gone;
    those of `monospaced` (per page) are code, unless most of the document is set so; `boxes` (per page, per line)
    place them; on a slide's page (by `crops`, each page's visible box) its title comes first; those starting at
    `margin_left` or right of it are margin notes."""
    joined = "\n".join(pages).translate(_LIGATURES)
    plain = _LINE_END_HYPHEN.sub(" ", joined).lower()
    known_words = Counter(_WORD.findall(plain))
    known_compounds = Counter(_COMPOUND.findall(plain))

    def dehyphenate(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        if match.start() > 0 and match.string[match.start() - 1] in _IDENTIFIER_JOINER:
            return f"{first}-{second}"
        if _hyphenated(first, second, known_words, known_compounds, typeset):
            return first + second
        return f"{first}-{second}"

    def resolve(page: str) -> str:
        # a second pass for a word broken twice ("privacy-/threshold-/analysis"): the first consumed its middle part
        for _ in range(_HYPHEN_PASSES):
            if not _HYPHEN_MARK.search(page):
                break
            page = _LINE_END_HYPHEN.sub(dehyphenate, page)
        return page

    per_page = [_LINE_END.split(resolve(page.translate(_LIGATURES))) for page in pages]
    titles: dict[int, int] = {}  # a slide's page (index): how many lines of its title stand first on it
    if boxes is not None and crops is not None:
        boxes = list(boxes)
        for number, crop in enumerate(crops):
            found = _slide_title(per_page[number], boxes[number], crop)
            if found is not None:
                order = found + [i for i in range(len(per_page[number])) if i not in set(found)]
                per_page[number] = [per_page[number][i] for i in order]
                boxes[number] = [boxes[number][i] if i < len(boxes[number]) else None for i in order]
                titles[number] = len(found)
    furniture = _running_lines(per_page)
    if _all_furniture(per_page, furniture):
        # every line repeats on every page ("This is a multi page document. Page 2."): a running header always runs
        # beside some text, so these lines are the text (taken for furniture, /docs add refused the PDF)
        furniture = set()
    body = _boxes_body_size(per_page, boxes) if boxes is not None else None
    lines: list[_Line] = []
    for number, page_lines in enumerate(per_page, start=1):
        content = [i for i, line in enumerate(page_lines) if line.strip()]
        page_boxes = boxes[number - 1] if boxes is not None else []
        edge = set(content[:_FURNITURE_LINES] + content[-_FURNITURE_LINES:])
        placed = _placed_edges(content, page_boxes)
        for index, raw in enumerate(page_lines):
            # not str.strip(): it takes U+001C-U+001F for white space, and pdfium gives U+001F for some bullets
            text = raw.replace(_SOFT_HYPHEN, "").strip(" \t\u00a0")
            if not text:
                continue
            box = page_boxes[index] if index < len(page_boxes) else None
            following = page_boxes[index + 1] if index + 1 < len(page_boxes) else None
            key = _furniture_key(text)
            if (
                (
                    (
                        index in edge
                        and (_PAGE_NUMBER.match(text) or key in furniture or " ".join(text.split()) in furniture)
                    )
                    # at an edge by its place, a header with words only: a number or a letter alone there may be a
                    # figure's label or a formula's exponent ("R 2")
                    or (index in placed and key in furniture and any(ch.isalpha() for ch in key))
                    or ((index in edge or index in placed) and _paged_footer(text))
                )
                # a footnote's mark that pdfium gave as a line of its own ("1" / "See 15 U.S.C. ...") is no page number
                and not (text.isdigit() and (_starts_line(box, following) or _marks(box, following)))
                # a title set large is no running header, though the pages after it repeat it small ("Shared
                # MIME-info Database" heading each page of the specification it titles, a chapter's title)
                and not (box is not None and body is not None and box.size >= _DISPLAY_SIZE * body)
            ):
                continue
            if _ARXIV_STAMP.match(text):
                continue
            code = monospaced is not None and text in monospaced[number - 1]
            slide = number - 1 in titles
            if slide and index < titles[number - 1]:
                lines.append(_Line(text, raw.endswith(" "), number, code, box=box, slide=True, slide_title=True))
                continue
            previous = lines[-1] if lines and lines[-1].page == number else None
            if (
                previous is not None
                and previous.box
                and _mark_within(previous.box, box, text)
                and _WORDS.search(previous.text)  # not a figure's axis, "0" over "-1 0 1 2"
            ):
                # a footnote mark printed raised inside the line before, which pdfium gave as a line of its own
                # after it ("... signed into law by" / "1" / "President Clinton ..."): the short line ended the
                # paragraph mid-sentence. It goes on the line's end, raised as printed, out of the words.
                lines[-1] = replace(previous, text=previous.text + text.translate(_SUPERSCRIPT))
                continue
            if previous is not None and previous.box and box and _same_visual_line(previous, box, code):
                # pdfium broke one printed line in two at a raised footnote mark ("... Information." / "18 Such
                # two-factor ..."): one line, a space between (a mark `_raised_marks` did not find stays a word)
                size = max(previous.box.size, box.size)
                merged = replace(previous.box, right=box.right, bottom=box.bottom, size=size, lead_gap=0.0)
                # a raised mark goes on the word before it; so does a hyphen set as a text object of its own, which
                # pdfium gives on a line of its own ("As with the Excel" / "-based POA&M template"), when it starts
                # where the word ends
                touching = box.left - previous.box.right <= _JOINED_HYPHEN_GAP * size
                hyphen = _HYPHEN_OPENING.match(text) is not None and previous.text[-1:].isalnum() and touching
                space = "" if text[0] in SUPERSCRIPT_DIGITS or hyphen else " "
                lines[-1] = replace(
                    previous, text=f"{previous.text}{space}{text}", wrapped=raw.endswith(" "), box=merged
                )
                continue
            lines.append(_Line(text, raw.endswith(" "), number, code, box=box, slide=slide))
    lines = _attach_section_numbers(lines)
    _mark_footnotes(lines)
    if margin_left is not None:
        _mark_margin_notes(
            lines, margin_left, lambda first, second: _hyphenated(first, second, known_words, known_compounds, typeset)
        )
    if sum(line.code for line in lines) > _MONOSPACE_DOCUMENT * len(lines):
        for line in lines:
            line.code = False
    for index, line in enumerate(lines):
        # one line in code font inside a sentence ("... a ns flag set to" / "https://fedramp.gov/ns/oscal") is the
        # sentence's inline code, wrapped onto a line of its own: prose
        alone = not (index + 1 < len(lines) and lines[index + 1].code)
        if line.code and alone and index > 0 and not lines[index - 1].code:
            line.code = lines[index - 1].text.endswith((".", ":", "!", "?", ";"))
    return lines


# A slide: a landscape page of a few lines set large for a screen (a deck's titles are 30 to 44 points on a page 540
# high, its text 20 to 28; a landscape table in a report, 16 points on 612; a ledger's rows, 9 under a 27-point stamp).
_SLIDE_LINES = 40
_SLIDE_TYPE = 1 / 24  # of the page's height: its largest line is at least this large
_SLIDE_TEXT = 1 / 60  # of the page's height: its lines' usual size at least
_SLIDE_TITLE_BAND = 0.3  # of the page's height from its top: where a slide's title stands
_SLIDE_TITLE_LINES = 3
_SLIDE_TITLE_GAP = 1.5  # in the title's type sizes: from one of its lines to the next, baseline to baseline
_SLIDE_TITLE_SIZE = 1.2  # of the usual size of the slide's other lines: a title set larger is at least this large


def _slide_title(page_lines: list[str], page_boxes: list[_Box | None], crop: _Crop) -> list[int] | None:
    """On a slide's page, the indexes of its title's lines, top down ([] for a slide with no title found); None for
    a page that is no slide. The title is the largest line near the page's top (the highest of them: a bold "Demo !"
    stands above "Availability" in a corner), set larger than the page's other lines or in a bold face where they
    are not, with the lines of its size right under it. pdfium gives it where the deck's author drew it, last on
    some slides ("Why good bibliographical metadata" / "are important" after the slide's bullets)."""
    left, bottom, right, top = crop
    height = top - bottom
    placed = sorted(((box, i) for i, box in enumerate(page_boxes) if box is not None), key=lambda p: -p[0].top)
    if right - left <= height or not placed or len(placed) > _SLIDE_LINES:
        return None
    sizes = sorted(box.size for box, _ in placed)
    if sizes[-1] < _SLIDE_TYPE * height or sizes[len(sizes) // 2] < _SLIDE_TEXT * height:
        return None
    band = [box.size for box, _ in placed if box.top >= top - _SLIDE_TITLE_BAND * height]
    if not band:
        return []
    position = next(p for p, (box, _) in enumerate(placed) if box.size >= (1 - _SAME_SIZE) * max(band))
    first = above = placed[position][0]
    title = [placed[position][1]]
    if not _WORDS.search(page_lines[title[0]]):  # a number stamped in a corner
        return []
    for box, index in placed[position + 1 : position + _SLIDE_TITLE_LINES]:
        same_type = abs(box.size - first.size) <= _SAME_SIZE * first.size and box.bold == first.bold
        if not same_type or not 0 < above.bottom - box.top <= _SLIDE_TITLE_GAP * first.size:
            break
        title.append(index)
        above = box
    others = [box for box, index in placed if index not in title]
    if others:
        sizes = sorted(box.size for box in others)
        larger = first.size >= _SLIDE_TITLE_SIZE * sizes[len(sizes) // 2]
        bolder = first.bold and sum(box.bold for box in others) * 2 < len(others)
        if not (larger or bolder):
            return []
    return title


def _placed_edges(content: list[int], page_boxes: list[_Box | None]) -> set[int]:
    """The lines (indexes in `content`, the page's lines with text) that stand highest and lowest on the page, by their
    boxes: pdfium gives some pages' footnotes first (the DMCA summary's "Copying is used in this context ..." above
    its running header), and the header, a fifth line in reading order, ran into the sentence going over the page."""
    placed = [(box.top, index) for index in content if index < len(page_boxes) and (box := page_boxes[index])]
    placed.sort(reverse=True)
    return {index for _, index in placed[:_FURNITURE_LINES] + placed[-_FURNITURE_LINES:]}


# A hyphen that opens a line's part ("-based") and goes on a word ("Excel") is set at most this far from it, in type
# sizes: the hyphens of one PDF's compounds (0.1-0.2), not a word space (0.25-0.33 in most faces).
_JOINED_HYPHEN_GAP = 0.2
_HYPHEN_OPENING = re.compile(r"-\w")
# A printed line's parts: the second starts where the first ends (a word space and a raised mark at most, in type
# sizes) on its baseline (a raised mark's within half a size).
_SAME_LINE_GAP = 0.8
_SAME_LINE_RISE = 0.5
# A footnote's mark stands before its text, smaller, up to a tab's room (in the text's type sizes) from it.
_MARK_GAP = 3.0
_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§¶])$")


def _same_visual_line(previous: _Line, box: _Box | None, code: bool) -> bool:
    """True when a line with `box` goes on the printed line of `previous`, which pdfium ended early, or is the text of
    the footnote whose mark `previous` is."""
    if code or previous.code:
        return False
    return _starts_line(previous.box, box) or (_MARK.match(previous.text) is not None and _marks(previous.box, box))


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _mark_within(line: _Box, box: _Box | None, text: str) -> bool:
    """True when `text` in `box` is a footnote mark set in `line` (the line before it): a number or a reference
    symbol, smaller, raised above the line's baseline by less than its type size, between its ends."""
    if box is None or _MARK.match(text) is None or box.size > _MARK_SIZE * line.size:
        return False
    rise = box.bottom - line.bottom
    return line.left <= box.left and box.right <= line.right and _MARK_RISE * line.size <= rise < line.size


def _marks(box: _Box | None, following: _Box | None) -> bool:
    """True when the line in `box` is a mark set before the text in `following`: smaller, at its height, left of it."""
    if box is None or following is None or box.size >= _NOTE_SIZE * following.size:
        return False
    gap = following.left - box.right
    rise = abs(box.bottom - following.top)
    return 0 <= gap <= _MARK_GAP * following.size and rise <= _SAME_LINE_RISE * following.size


def _starts_line(box: _Box | None, following: _Box | None) -> bool:
    """True when the line in `following` goes on, on its printed line, from the end of the one in `box`."""
    if box is None or following is None:
        return False
    size = max(box.size, following.size)
    gap = following.left - box.right
    rise = min(abs(following.top - box.bottom), abs(following.bottom - box.bottom))
    return -1 <= gap <= _SAME_LINE_GAP * size and rise <= _SAME_LINE_RISE * size


# A footnote opens with its mark: a number or a reference symbol.
_NOTE_MARK = re.compile(r"^(?:(\d{1,3})|[*†‡§¶])(?:\s+|(?=[^\W\d_]))\S")  # not "800-154 (Draft), ..."
_NOTE_SIZE = 0.9  # of the body's type size: footnotes are set smaller


# A footnote that only points back to the source cited before ("4 Id.", "7 Ibid., p. 12", "9 See id. at 5"): a
# legal or academic paper's commonest note, no answer to anything.
_BACK_REFERENCE = re.compile(
    r"(?:\d{1,3}|[*†‡§¶])\s*(?:see\s+)?(?:id|ibid)\.?(?:,?\s*(?:at|p\.|pp\.|para\.|¶)\s*[\d\s,–-]+)?\.?\s*$",
    re.IGNORECASE,
)


# A section's number standing alone ("3.2.2", "A.1"): its title is set a tab's room to its right.
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,4}|[A-Z]\.\d{1,2}(?:\.\d{1,2}){0,3})\.?$")


def _attach_section_numbers(lines: list[_Line]) -> list[_Line]:
    """Lines made only of a section's number joined to the title on their baseline: pdfium may give a page's numbers
    apart from their titles ("3.2.1", "3.2.2", "3.2.3", then "Chief Information Officer", ...), and the titles were
    read as unnumbered, the numbers as nothing."""
    attached: dict[int, _Line] = {}  # title line: its number's line
    dropped: set[int] = set()
    for _, group in itertools.groupby(range(len(lines)), key=lambda i: lines[i].page):
        indexes = list(group)
        for i in indexes:
            number, box = lines[i], lines[i].box
            if box is None or number.code or not _SECTION_NUMBER.match(number.text):
                continue
            titles = [
                j
                for j in indexes
                if j not in attached
                and j != i
                and (title := lines[j].box) is not None
                and not lines[j].code
                and abs(title.bottom - box.bottom) <= _SAME_LINE_RISE * title.size
                and 0 <= title.left - box.right <= _MARK_GAP * title.size
            ]
            if titles:
                attached[min(titles, key=lambda j: (lines[j].box or box).left)] = number
                dropped.add(i)
    if not attached:
        return lines
    joined: list[_Line] = []
    for i, line in enumerate(lines):
        if i in dropped:
            continue
        found = attached.get(i)
        if found is not None and found.box is not None and line.box is not None:
            lead = f"{found.text} {line.box.bold_lead}" if line.box.bold_lead else ""
            line = replace(
                line, text=f"{found.text} {line.text}", box=replace(line.box, left=found.box.left, bold_lead=lead)
            )
        joined.append(line)
    return joined


_DISPLAY_SIZE = 1.4  # of the body's type size: a line this large is a title


def _boxes_body_size(per_page: list[list[str]], boxes: list[list[_Box | None]]) -> float | None:
    """`_body_size` of the pages' lines before they are read: their boxes, each counted by its line's length."""
    lines = [
        _Line(text.strip(), False, number, box=box)
        for number, (texts, page_boxes) in enumerate(zip(per_page, boxes, strict=False), start=1)
        for text, box in zip(texts, page_boxes, strict=False)
        if box is not None
    ]
    return _body_size(lines)


def _body_size(lines: list[_Line]) -> float | None:
    """The type size most of the text is set in (by characters), None when no line has a box."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.box is not None:
            sizes[round(line.box.size * 2) / 2] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _mark_footnotes(lines: list[_Line]) -> None:
    """The lines that end a page below all its body text, in a smaller size, the first opening with a mark ("16 For
    more information ...") are footnotes: pdfium gives them between the last line of the page and the next page's
    first, in the middle of a paragraph that goes on over the page."""
    body = _body_size(lines)
    if body is None:
        return
    for _, group in itertools.groupby(range(len(lines)), key=lambda i: lines[i].page):
        indexes = list(group)
        start = len(indexes)
        while start > 0 and (box := lines[indexes[start - 1]].box) is not None and box.size < _NOTE_SIZE * body:
            start -= 1
        # a note run opens with a mark (a mark may stand on a line of its own)
        while start < len(indexes) and not _NOTE_MARK.match(lines[indexes[start]].text):
            start += 1
        notes, rest = indexes[start:], indexes[:start]
        # right under the body's text: a page set small throughout (a title page's verso) has no notes
        if not notes or not rest or (last := lines[rest[-1]].box) is None or last.size < _NOTE_SIZE * body:
            continue
        lowest_body = min(
            (b.bottom for i in rest if (b := lines[i].box) is not None and b.size >= _NOTE_SIZE * body), default=None
        )
        highest_note = max(b.top for i in notes if (b := lines[i].box) is not None)
        if lowest_body is not None and highest_note < lowest_body:
            for i in notes:
                lines[i].note = True


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")  # a word hyphenated at the line's end ("... Guidelines for Au-")


def _mark_margin_notes(lines: list[_Line], margin_left: float, hyphenated: Callable[[str, str], bool]) -> None:
    """Mark the lines of the margin column (starting at `margin_left` or right of it) as notes, which
    `_add_paragraphs` reads after the paragraph they stand beside, not inside it ("We have the following regularly
    scheduled meetings: NOTE: All lab meetings are hybrid ..."). A word of the main column hyphenated at the line
    pdfium read into the margin ("... Guidelines for Au-" / "thorship in ...") is joined again when `hyphenated` (the
    hyphenated part, the next line's first word) tells a word broken by hyphenation (`_hyphenated`)."""
    for line in lines:
        if line.box is not None and line.box.left >= margin_left:
            line.note = line.margin = True
    # a printed line of the main column pdfium read in two round a margin note's line ("High Pass (HP)" / "about
    # grading, please talk to Jeremy." / "is intended to highlight ...") is one line again
    for index, line in enumerate(lines):
        if line.margin or line.box is None:
            continue
        after = index + 1
        while after < len(lines) and lines[after].margin:
            after += 1
        if after == index + 1 or after == len(lines):
            continue
        following = lines[after]
        if following.page == line.page and following.box is not None and _same_visual_line(line, following.box, False):
            box = replace(line.box, right=following.box.right, bottom=following.box.bottom)
            space = " " if following.box.left - line.box.right > _JOINED_HYPHEN_GAP * box.size else ""
            text = f"{line.text}{space}{following.text}"
            lines[after] = replace(line, text=text, box=box, wrapped=following.wrapped)
            line.text = ""
    lines[:] = [line for line in lines if line.text]
    body = [index for index, line in enumerate(lines) if not line.margin]
    for index, after in itertools.pairwise(body):
        line, following = lines[index], lines[after]
        word = _WORD.match(following.text)
        if (
            after > index + 1
            and following.page == line.page
            and _BROKEN_WORD.search(line.text)
            and word
            and word.end() < len(following.text)
            and hyphenated(_WORD.findall(line.text)[-1], word.group())  # a compound keeps its hyphen ("self-aware")
        ):
            line.text = line.text[:-1] + word.group()
            following.text = following.text[word.end() :].lstrip()


def _furniture_key(line: str) -> str:
    """A line with its numbers made '#' (Arabic digits anywhere, Roman numerals at either end: a front matter's
    '© ISO 2012 - All rights reserved iii' is the same footer as '... reserved 5') and those at its ends dropped."""
    # the number stands first on even pages and last on odd ones ('4 © ISO ...', '© ISO ... 5'): both ends dropped
    return _ROMAN_AT_END.sub("#", _DIGITS.sub("#", " ".join(line.split())).lower()).strip("# ")


# A line with a page number at one end: "Chapter 4: Function reference 15", "16 GNU Libtasn1", "What is cancer? 5"
# (the name ends with a letter or a question mark, or starts with a letter, so a table's "ISA 62443-2-1:2009 4.3.2.6"
# or a citation's "... 800-125)." is none).
def _page_numbered(gap: str) -> re.Pattern[str]:
    """A line with a page number at one end, `gap` (a pattern) between a name ending in a letter and the number."""
    number_first = r"(?P<first>\d{1,4}) (?P<name_first>[^\W\d].*)"
    return re.compile(rf"{number_first}|(?P<name_last>.*(?:[^\W\d]|\?)){gap}(?P<last>\d{{1,4}})")


_NUMBERED_LINE = _page_numbered(" ")


_CHAPTER_PAGES = 2  # pages a running header with the page number follows at least


def _running_lines(per_page: list[list[str]]) -> set[str]:
    """Lines (numbers aside) at the top or bottom of at least half the pages, or of half the pages of one side (odd or
    even): running headers and footers. A book prints some on one side only (Free Culture: the book's title and
    '<http://free-culture.org/get-it>' on even pages, the chapter's name on odd ones), on just under half its pages."""
    if len(per_page) < 3:
        return set()
    counts: Counter[str] = Counter()
    sides: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    # (name, page number - page index) of lines with a page number at one end, and the pages they stand on
    numbered: dict[tuple[str, int], set[int]] = {}
    # each such line (white space folded) with its offset and its place: at the top or foot, number first or last
    placed: list[tuple[str, int, tuple[bool, bool]]] = []
    for number, page_lines in enumerate(per_page):
        content = [line for line in page_lines if line.strip()]
        edges = content[:_FURNITURE_LINES] + content[-_FURNITURE_LINES:]
        keys = {_furniture_key(line) for line in edges}
        counts.update(keys)
        sides[number % 2].update(keys)
        for at, line in enumerate(edges):
            folded = " ".join(line.split())
            if found := _NUMBERED_LINE.fullmatch(folded):
                name = found.group("name_first") or found.group("name_last")
                printed = int(found.group("first") or found.group("last"))
                numbered.setdefault((name, printed - number), set()).add(number)
                foot = at >= _FURNITURE_LINES and at >= len(content) - _FURNITURE_LINES
                placed.append((folded, printed - number, (foot, found.group("first") is not None)))
    running = {key for key, count in counts.items() if count >= max(3, len(per_page) // 2)}
    # A chapter's running header with the page number ("Chapter 4: Function reference 15") stands on that chapter's
    # pages only, fewer than half (two in a short chapter: libtasn1's "Chapter 2: ASN.1 structure handling 3", "... 4"),
    # but its number follows the pages.
    running |= {_furniture_key(name) for (name, _), pages in numbered.items() if len(pages) >= _CHAPTER_PAGES}
    running |= _lone_chapter_lines(numbered, placed)
    for side, side_counts in enumerate(sides):
        pages = len(per_page[side::2])
        running |= {key for key, count in side_counts.items() if count >= max(3, pages // 2)}
    return running | _section_running_heads(per_page)


def _all_furniture(per_page: list[list[str]], furniture: set[str]) -> bool:
    """True when every line of every page with words is a running line of `furniture` or a page number."""
    lines = [" ".join(line.split()) for page_lines in per_page for line in page_lines if line.strip()]
    return bool(furniture) and all(
        _PAGE_NUMBER.match(line) or line in furniture or _furniture_key(line) in furniture for line in lines
    )


_CHAPTERS_PROVEN = 2  # chapters whose running line with the page number follows two pages or more, at least


def _lone_chapter_lines(
    numbered: dict[tuple[str, int], set[int]], placed: list[tuple[str, int, tuple[bool, bool]]]
) -> set[str]:
    """A chapter's running line with the page number on one page only (an InDesign booklet's footer "The breasts 7"
    on its chapter's one page after the opener): where other chapters' lines follow two pages or more at the same
    offset from the page index, a line at that offset, in the same place (top or foot, number first or last), is
    one too. Returned as the lines themselves, numbers kept, so that a heading of the same name stays; a footnote
    ("4 Id.") stands number first, where no proven footer does."""
    proven: dict[int, set[str]] = {}
    for (name, offset), pages in numbered.items():
        if len(pages) >= _CHAPTER_PAGES:
            proven.setdefault(offset, set()).add(name)
    offsets = {offset for offset, names in proven.items() if len(names) >= _CHAPTERS_PROVEN}
    forms = {form for line, offset, form in placed if offset in offsets and _proven_line(line, proven[offset])}
    # a header pdfium ran into the line under it ("8 A. SHEIKHAHMADI, ... Table 2. The rate of ...") keeps its words
    lone = {line for line, offset, form in placed if offset in offsets and form in forms}
    return {line for line in lone if len(line.split()) <= HEAD_WORDS}


def _proven_line(line: str, names: set[str]) -> bool:
    """Whether `line` (with its page number at one end) names one of `names`."""
    found = _NUMBERED_LINE.fullmatch(line)
    return found is not None and (found.group("name_first") or found.group("name_last")) in names


# An edge line with its page number at one end, which may be glued to the name ("... MODULES73").
_PAGED_LINE = _page_numbered(" ?")
_SECTION_HEAD_SHARE = 10  # a page number's offset from the page index stands on at least 1 in this many pages
_HEAD_LINES = 1  # a running header is a page's first line (a footnote, also numbered, is at its foot)
_CHAPTER_WORD = re.compile(r"(?:chapter|section|part|appendix)\b", re.IGNORECASE)


def _section_running_heads(per_page: list[list[str]]) -> set[str]:
    """Running headers that name the page's section, each on one or two pages only ("1.2. BIOLOGICAL BACKGROUND 7",
    "3.1. DATA PIPELINE 21", as LaTeX's book and report classes print them in capitals at the top of a page;
    "Chapter 4: Rope 8"): what gives them away is their number, the printed page number, a fixed offset from the
    page's index on every page that has one.
    Returned as the lines themselves (white space folded), numbers kept, so that no heading of the same name is taken
    for one."""
    offsets: Counter[int] = Counter()
    paged: list[tuple[str, int]] = []
    for number, page_lines in enumerate(per_page):
        content = [" ".join(line.split()) for line in page_lines if line.strip()]
        for line in content[:_HEAD_LINES]:
            if len(line.split()) <= HEAD_WORDS and (found := _PAGED_LINE.fullmatch(line)):
                name = found.group("name_first") or found.group("name_last")
                if not (name.upper() == name or _CHAPTER_WORD.match(name) or section_head_name(name)):
                    continue  # a slide's "Step 3" on its third page: only a header's name is set in capitals
                offset = int(found.group("first") or found.group("last")) - number
                offsets[offset] += 1
                paged.append((line, offset))
    common = {offset for offset, count in offsets.items() if count >= max(3, len(per_page) // _SECTION_HEAD_SHARE)}
    return {line for line, offset in paged if offset in common} | roman_running_heads(per_page)


# The PDF's outline (bookmarks): each title's key (`_outline_key`) and page (from 1) -> its level (from 1).
_Outline = dict[tuple[int, str], int]
_OUTLINE_DEPTH = 6  # outline levels read, as heading levels go
_OUTLINE_LINES = 3  # lines a title the outline names is set on at most


def _outline_key(text: str) -> str:
    return collapse_space(text.translate(_LIGATURES)).strip()


def _outline_titles(document: pdfium.PdfDocument) -> _Outline:
    """The titles of the PDF's outline (its bookmarks: a word processor exports one for each heading) by page, at
    their levels (below the document's title where one bookmark holds all the others). A damaged outline names
    none."""
    found: list[tuple[int, str, int]] = []
    try:
        for bookmark in document.get_toc(max_depth=_OUTLINE_DEPTH):
            destination = bookmark.get_dest()
            page = destination.get_index() if destination is not None else None
            key = _outline_key(bookmark.get_title() or "")
            if page is not None and key:
                found.append((page + 1, key, bookmark.level))
    except pdfium.PdfiumError:
        return {}
    # one bookmark at the top, the document's title, holds the others: its children are the chapters
    root = 1 if len(found) > 1 and sum(level == 0 for _, _, level in found) == 1 else 0
    titles: _Outline = {}
    for page, key, level in found:
        titles.setdefault((page, key), min(max(level + 1 - root, 1), _OUTLINE_DEPTH))
    return titles


def _outline_title(
    lines: list[_Line], index: int, outline: _Outline, taken: set[tuple[int, str]]
) -> tuple[int, int] | None:
    """Where the title the outline names for this line's page ends (the index after its last line, up to
    `_OUTLINE_LINES` on the page) and its level, when the line opens one not yet found; None otherwise."""
    if not outline:
        return None
    page = lines[index].page
    parts: list[str] = []
    for end in range(index, min(index + _OUTLINE_LINES, len(lines))):
        line = lines[end]
        if line.page != page or line.note or line.code:
            return None
        parts.append(line.text)
        key = (page, _outline_key(" ".join(parts)))
        if key in outline and key not in taken:
            taken.add(key)
            return end + 1, outline[key]
    return None


def _keep_outline_titles(builder: BlockBuilder, bookmarks: _Outline) -> None:
    """Titles the outline names are headings (at its level, a numbered one at its number's depth), also where a later
    rule took one for a list item or a paragraph (a revision table's "01.00 First Draft" read as a chapter made "1
    Product Introduction" an item between two of its sections; a title under a figure, one of the figure's rows)."""
    if not bookmarks:
        return
    text = builder.text()
    blocks = builder.blocks
    for index, block in enumerate(blocks):
        if block.kind in ("paragraph", "list_item"):
            title = text[block.start : block.end]
            level = bookmarks.get((block.page, _outline_key(title)))
            if level is not None:
                numbered = _NUMBERED_HEADING.match(title)
                if numbered is not None:
                    level = min(numbering_depth(numbered.group(1)), 6)
                blocks[index] = replace(block, kind="heading", level=level)


def _add_paragraphs(builder: BlockBuilder, lines: list[_Line], bookmarks: _Outline | None = None) -> None:
    """Join lines into paragraphs: a word processor's soft wraps end with a space; otherwise a short line ending a
    sentence ends its paragraph. Bullets start list items; numbered section titles ("4.1.5 Records") and the titles
    the PDF's outline names on their pages (`_outline_titles`) are headings."""
    # Trailing spaces tell soft wraps from paragraph ends only when some lines have them and others do not (Word's
    # PDFMaker); Distiller leaves one on every line, LaTeX on none: then line lengths decide.
    lines = _join_broken_tokens(lines)
    wrapped_share = sum(line.wrapped for line in lines) / max(1, len(lines))
    spaces_tell = 0.25 < wrapped_share < 0.9
    lengths = sorted(len(line.text) for line in lines)
    full_line = max(40, _usual_full(lengths)) if lengths else 40
    widths = sorted(line.box.right - line.box.left for line in lines if line.box is not None)
    full_width = _usual_full(widths) if widths else 0.0  # a full line's, in points
    # lines that open more than one page: a table's header row repeated on each page it runs over, not a title
    page_tops = Counter(line.text for i, line in enumerate(lines) if i and lines[i - 1].page != line.page)
    body = _body_size(lines)
    pitch = _line_pitch(lines, body)
    paragraph_gap = _paragraph_gap(lines, pitch, body)
    boxed = [line.box for line in lines if line.box is not None]
    # a line set bold to its end stands out as a title only where most lines are not (not a document set all bold),
    # and not set smaller than the text (a table's header row)
    bold_tells = body is not None and sum(box.bold for box in boxed) < _BOLD_SHARE * len(boxed)
    outline = _outline_items(lines)
    justified_edges = _justified_edges(lines, full_line)
    right_edges = _right_edges(lines)

    def emphasised(line: _Line) -> bool:
        box = line.box
        return bold_tells and box is not None and box.bold and box.size >= (1 - _SAME_SIZE) * (body or 0)

    current: list[str] = []
    kind: BlockKind = "paragraph"
    page = 0
    previous_wrapped = False
    notes: list[_Line] = []  # footnotes met inside a paragraph that goes on over the page: added after it
    repeated: list[_Line] = []  # the same, for a table's header row repeated on each page (meta)
    heading_before = False  # the line before was read as a heading
    item_closed = False  # the line before closed a numbered item that reads like a title, as a title would
    chapter = (0, 0)  # the last numbered heading's first number and depth: section numbers never go back
    above: _Line | None = None  # the paragraph's line before this one
    item_number: int | None = None  # the number of the last numbered list item, until a heading

    def add_notes() -> None:
        for line in repeated:
            builder.add("meta", line.text, page=line.page)
        repeated.clear()
        for first, *rest in _split_notes(notes):
            note = "\n".join(line.text for line in (first, *rest))
            builder.add("meta" if _BACK_REFERENCE.match(note) else "paragraph", note, page=first.page)
        notes.clear()

    # A paragraph a caption at the next page's top cut off mid-sentence (its lines, kind, page) while the caption is
    # read ("caption"), then until the next line ("after"): it goes on there when that line goes on its sentence, else
    # it is added as it is.
    held: tuple[list[str], BlockKind, int] | None = None
    held_state = ""

    def flush() -> None:
        nonlocal current, above, held, held_state
        if current:
            builder.add(kind, "\n".join(current), page=page)
            if held_state == "caption":
                held_state = "after"
        elif held is not None and held_state == "after":
            builder.add(held[1], "\n".join(held[0]), page=held[2])
            held, held_state = None, ""
        current = []
        above = None
        add_notes()

    skip: set[int] = set()  # a title's second line, read with its first
    taken: set[tuple[int, str]] = set()  # the outline's titles found (each stands once)

    def previous_wrapped_within_page(index: int) -> bool:
        # a line wrapped onto this one on the same page: "... see" / "Figure 3 for the flows." is the sentence's
        return previous_wrapped and index > 0 and lines[index - 1].page == lines[index].page

    for index, line in enumerate(lines):
        text = line.text
        if index in skip:
            continue
        if line.slide and index and lines[index - 1].page != line.page:
            flush()  # a slide's text never goes on from the slide before
        if line.slide_title:
            end = index + 1
            while end < len(lines) and lines[end].slide_title and lines[end].page == line.page:
                end += 1
            builder.add("heading", "\n".join(t.text for t in lines[index:end]), level=1, page=line.page)
            skip.update(range(index + 1, end))
            chapter = (0, 0)
            previous_wrapped = False
            heading_before = False  # what the slide shows under its title is no subsection's title
            continue
        if line.note:
            notes.append(line)
            continue
        if (
            index
            and lines[index - 1].page != line.page
            and page_tops[text] >= _REPEATED_HEADER_PAGES
            and not text.endswith(_SENTENCE_END)
        ):
            # a table's header row repeated at the top of each page it runs over ("Function Category Subcategory
            # Informative References", 20 pages of the Cybersecurity Framework's core): not text, and the cell
            # going over the page goes on after it
            repeated.append(line)
            continue
        if (notes or repeated) and not current and not any(note.margin for note in notes):
            # (a margin note waits for the paragraph beside it, which may open after it)
            add_notes()
        wrapped = spaces_tell and line.wrapped
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and following.note:
            # the paragraph may go on after the page's footnotes, on the next page
            following = next((later for later in lines[index + 1 :] if not later.note), None)
        layout = _layout_break(line, following, pitch, above, body, paragraph_gap)
        if line.code:  # a code listing's lines: one code block, not prose
            if kind != "code" or page != line.page:
                flush()
            kind, page = "code", line.page
            current.append(text)
            previous_wrapped = False
            continue
        if kind == "code":
            flush()
            kind = "paragraph"
        if index and lines[index - 1].page != line.page and is_chapter_label(text) and following is not None:
            # a chapter's label at its first page's top ("Chapter 2" over "Distributions"): no part of the paragraph
            # going over the page before it
            flush()
            builder.add("meta", text, page=line.page)
            previous_wrapped = False
            heading_before = True
            continue
        if _TOC_ENTRY.search(text) or (
            # a contents entry too long for one line: its page number ends the next, unnumbered line
            # ("4.2.1 Remove or Disable Unnecessary Services, Applications, and Network" / "Protocols ..... 4-3")
            index + 1 < len(lines)
            and lines[index + 1].page == line.page
            and _TOC_ENTRY.search(lines[index + 1].text)
            and _NUMBERED_HEADING.match(text)
            and not lines[index + 1].text[:1].isdigit()
        ):
            flush()
            builder.add("meta", text, page=line.page)
            previous_wrapped = False
            continue
        titled = _outline_title(lines, index, bookmarks or {}, taken)
        if titled is not None and not (current and previous_wrapped_within_page(index)):
            # a title the outline names, set on its own line(s): missed as a title where it is unnumbered, or
            # numbered "3.2 100K NTC or PT1000 Settings", or read as a list item ("1 Product Introduction")
            end, level = titled
            numbered = _NUMBERED_HEADING.match(text)
            if numbered is not None:  # at its number's depth, as every numbered title is
                level = min(numbering_depth(numbered.group(1)), 6)
            flush()
            builder.add("heading", "\n".join(later.text for later in lines[index:end]), level=level, page=line.page)
            skip.update(range(index + 1, end))
            if numbered is not None:
                chapter = (_first_number(numbered), numbering_depth(numbered.group(1)))
            previous_wrapped = False
            heading_before = True
            item_number = None
            continue
        run_in = _run_in_title(line, body, full_width)
        if run_in is not None and not (current and previous_wrapped) and not _goes_back(run_in[1], chapter):
            # a numbered title set bold at the start of its section's first line ("2.2 Header Files" / "In order
            # for applications to ..."): a heading, and the paragraph opens after it
            flush()
            lead, number = run_in
            builder.add("heading", lead, level=min(numbering_depth(number.group(1)), 6), page=line.page)
            chapter = (_first_number(number), numbering_depth(number.group(1)))
            text = text[len(lead) :].lstrip()
            heading = None
        else:
            heading = _NUMBERED_HEADING.match(text)
            if heading is None and emphasised(line) and len(text.split()) <= _TITLE_MAX_WORDS:
                heading = _LOWER_NUMBERED_HEADING.match(text)
        title_end = _title_end(lines, index, full_line, pitch, paragraph_gap) if heading and wrapped else None
        # a numbered line that could be a title but is a list's item (`_numbered_list_item`)
        title_like_item = (
            heading is not None
            and title_end is None
            and _numbered_list_item(lines, index, full_line, pitch, item_number, chapter[0] + 1)
        )
        if (
            heading
            and (not wrapped or title_end is not None)
            and not (current and previous_wrapped)
            and not _CONTINUES.search(text)
            and not _CELL_MARKS_AT_END.search(text)
            and not (following is not None and _MARKS_LINE.match(following.text.strip()))
            and not _mostly_numbers(text[heading.end(1) :])
            and not _code_row(text[heading.end(1) :])
            and not _goes_back(heading, chapter)
            # a numbered list item wrapped onto a line in lower case ("1. An off-the-shelf toolkit for applying DL
            # models for layout detection, character" / "recognition, and other DIA tasks (Section 3)") or opening
            # with a bracket that is no item's mark ("1. Nonprofit library, archive and educational institution
            # exception" / "(section 1201(d)). The prohibition ...")
            and not (
                index + 1 < len(lines)
                and _goes_on_item(lines[index + 1].text)
                and len(text) >= _WRAPPED_ITEM_LENGTH * full_line
            )
            and not title_like_item
        ):
            flush()
            if title_end is not None:
                text = f"{text}\n{title_end.text}"
                skip.add(index + 1)
            builder.add("heading", text, level=min(numbering_depth(heading.group(1)), 6), page=line.page)
            chapter = (_first_number(heading), numbering_depth(heading.group(1)))
            previous_wrapped = False
            heading_before = True
            item_number = None
            continue
        display = line.box is not None and body is not None and line.box.size >= _DISPLAY_SIZE * body
        emphasis = emphasised(line)
        # a title set large over two or three lines ("LayoutParser: A Unified Toolkit for Deep" / "Learning Based
        # Document Image Analysis") is one heading, each of its lines title-like, the last one ending it
        title = [line, *_display_title_rest(lines, index, pitch, body)] if display else [line]
        if len(title) > 1 and not all(
            _title_line(part.text, full_line, display, ends=part is title[-1]) for part in title
        ):
            title = [line]
        after = index + len(title)
        # a paragraph whose page ended on a full line ending a sentence may go on at the next page's top, but not
        # into a title set bold or large there ("... the text of the legislation itself." / "TITLE I: WIPO TREATY
        # ...", a slide's title)
        page_top_title = (
            bool(current)
            and (emphasis or display)
            and lines[index - 1].page != line.page
            and lines[index - 1].text.endswith(_SENTENCE_END)
        )
        if (
            run_in is None
            and (not current or page_top_title)
            and not wrapped
            and (index > 0 or display)
            # after a sentence's end, a heading ("11 References" / "General References"), or first on its page (a
            # running header dropped: "Executive Summary"); or set large (a title)
            and (
                display
                # not a lead-in's colon ("The correct form is:"): what follows it is what it introduces
                or (lines[index - 1].text.endswith(_SENTENCE_END) and not lines[index - 1].text.endswith(":"))
                or heading_before
                or item_closed
                or (lines[index - 1].page != line.page and page_tops[text] == 1)
            )
            and after < len(lines)
            and (
                display
                or _opens_section(lines[index + 1].text, full_line)
                # a section's title over its first subsection's, both bold ("Technical Amendments" / "National
                # Eligibility")
                or (emphasis and layout is True and _subsection_title(lines, index + 1, full_line, emphasised))
            )
            # set bold, a short title may be in sentence case ("No mandate", "General approach")
            and (len(title) > 1 or _title_line(text, full_line, display or (emphasis and _short_bold_title(text))))
            # a glossary's term wrapped in its column ("Board Support" / "Package (BSP)"), not a section's name
            and not _TERM_END.fullmatch(lines[after].text)
            and not (len(title) == 1 and _indented_first_line(line, lines[index + 1], pitch))
            # first on its page with a number at an end: a running header that names its page ("Chapter 3:
            # Utilities 7" on a chapter's one page, which repetition cannot tell)
            and not (
                index > 0 and lines[index - 1].page != line.page and _NUMBERED_LINE.fullmatch(" ".join(text.split()))
            )
        ):
            if current:
                flush()
            # level 0: set from the numbered headings around it (`_level_unnumbered_headings`)
            heading_text = "\n".join(part.text for part in title)
            builder.add("heading", heading_text, level=1 if _APPENDIX.match(text) else 0, page=line.page)
            skip.update(range(index + 1, after))
            chapter = (0, 0)  # an appendix's numbering starts again (a licence's "0. PREAMBLE", "1. ...")
            previous_wrapped = False
            heading_before = True
            item_number = None
            continue
        heading_before = item_closed = False
        bullet = _BULLET.match(text) or _letter_bullet(line)
        if (
            bullet
            or _NUMBERED_ITEM.match(text)
            # not the close of a bracket the line before opened ("... (see" / "A.4.3) for the list).")
            or (_opens_outline_item(text, outline) and not (current and _leaves_bracket_open(current[-1])))
        ):
            flush()
            kind, page = "list_item", line.page
            item_number = _item_number(text)
            if bullet and not text.startswith(("-", "*")):
                text = text[bullet.end() :]
        elif held is not None and held_state == "after" and not current and text[:1].islower():
            # the paragraph the caption cut off goes on ("... utilisant QSL. Sur" / "FIG. 1 – Les dimensions de notre
            # exemple jouet" / "cette base, nous proposons ..." at the next page's top)
            current, kind, page = held
            held, held_state = None, ""
        elif not current or (
            opens_with_figure_label(text)
            # (after a line ending a sentence, a caption opens a block of its own even when that line kept its
            # wrap's space: "This appendix defines selected terms used in the publication. " / "Table 3: Framework
            # Glossary", a Word PDF's bold caption run into the paragraph above it)
            and (not previous_wrapped_within_page(index) or _caption_after_sentence(current, text))
            and not _figure_named_in_sentence(current, text, lines[index - 1].page == line.page)
        ):
            # a caption opens a block of its own, also after a paragraph that went on to the page's foot
            # ("... for teleworkers." / "Figure 2-1. Tunneling Architecture" at the next page's top)
            if (
                current
                and kind == "paragraph"
                and held is None
                and not current[-1].endswith(_SENTENCE_END)
                and index > 0
                and lines[index - 1].page != line.page
            ):
                held, held_state, current = (current, kind, page), "caption", []
            flush()
            kind, page = "paragraph", line.page
        elif kind == "paragraph" and not previous_wrapped and _opens_run_in_term(line, above):
            # the next entry of a glossary set without bullets ("portability: A property ..." / "interpreter: A
            # program ..."): an entry of its own, so that a question about one term finds its definition alone
            flush()
            kind, page = "paragraph", line.page
        text = _CONTROL.sub("", text).strip()
        if text:
            current.append(text)
            above = line
        # a run-in title's line is as long as its printed line, the title in it
        length = line.last_length if line.last_length >= 0 else len(text if run_in is None else line.text)
        if (
            spaces_tell
            and not wrapped
            # (a paragraph's first line set with a first-line indent stands right of the next one: "The President's
            # Management Agenda ... a 21st century Government" / "that delivers better results ...")
            and (
                layout is False
                or (len(current) == 1 and following is not None and _indented_first_line(line, following, pitch))
            )
            and not text.endswith(_SENTENCE_END)
            and length >= _FULL_LINE * full_line
        ):
            # a full line that pdfium gave without its wrap's space, the next one right under it: the paragraph
            # goes on ("... the unlocking of that" / "device (typically done using a PIN ...")
            wrapped = True
        previous_wrapped = wrapped
        title_like_item = title_like_item and kind == "list_item" and len(current) == 1  # it opened the item
        if layout or _indented_run_ends(lines, index, following):
            # a paragraph's space after it, or the end of a run of lines indented alike: it ends, whatever its last
            # character
            flush()
            item_closed = title_like_item
            continue
        if title_like_item and layout is None and following is not None and following.page == line.page:
            # an item that reads like a title, not followed right under it by its next line: one line, with no full
            # stop ("5. Who the potential candidates for authorship on the paper are" / "We draft papers in ...")
            flush()
            item_closed = True
            continue
        if _CELL_MARKS_AT_END.search(text) and following is not None and _ROW_NUMBER.match(following.text):
            # a requirement table's row ends with its cells of ticks, the next numbered line is the next row ("1.1
            # ... known at completion of a build ✓ ✓ ✓" / "1.2 Package managers are used ...": one paragraph)
            flush()
            continue
        if wrapped:
            continue
        # a bracket or quote closing mid-sentence ("... Storage Area Network (SAN)" / "server)?") with the next
        # line right under it does not end the paragraph
        ends = (
            text.endswith(_SENTENCE_END)
            and (layout is not False or _ENDS_SENTENCE.search(text) is not None)
            and not _reference_goes_on(current, text, line, following)
        )
        # a short line whose words go on ("SP 800-37, Guide for the Security Certification and" / "Accreditation of
        # Federal Information Systems" in a table's cell), the next line right under it
        goes_on = layout is False and _CONTINUES.search(text) is not None
        # a line as long as the narrow measure it is set in (justified beside a figure: "The Directors of ... are
        # Jonty" / "Wareing and Russ Garrett."), the next right under it: a full line there, as a full line is
        measure_full = (
            layout is False and length >= _MEASURE_SHARE * full_line and _at_justified_edge(line, justified_edges)
        )
        # a paragraph's first line set with a first-line indent, as far right as the next line, a full one, is full
        # however few its characters: pdfium runs some printed lines together (a LaTeX paper's lines broken after a
        # hyphen), and those made `full_line` so long that "Generation can be even more useful when the" read as
        # short. (Not any line as wide as a full one: a table's rows set across the page would run together.)
        indented_first_line = (
            following is not None
            and following.box is not None
            and len(current) == 1
            and not text[-1:].isdigit()  # a contents line's page number, right-aligned under the line before
            and following.box.right - following.box.left >= _FULL_LINE * full_width
            and _indented_first_line(line, following, pitch)
        )
        # a line set to the full width, the next right under it, is a justified paragraph's line whatever its
        # characters: pdfium gives a LaTeX paper's lines broken after a hyphen as one, which made `full_line` so long
        # that "from this vector to accomplish true paraphrase" read as short and cut its paragraph there
        full_width_line = (
            layout is False
            and line.box is not None
            and line.box.right - line.box.left >= _FULL_WIDTH * full_width
            and _shares_right_edge(line, right_edges)  # justified, not ragged (a question's line as long as any)
            and _prose_line(text)
            # not before a paragraph's indented first line
            and following is not None
            and following.box is not None
            and following.box.left - line.box.left <= _SAME_LEFT_SIZE * line.box.size
        )
        if (
            spaces_tell
            or (
                not full_width_line
                and (
                    (ends and length < _FULL_LINE * full_line)
                    or (length < 0.5 * full_line and not goes_on and not measure_full and not indented_first_line)
                )
            )
        ) and not _caption_title_below(current, line, following):
            flush()
    flush()
    flush()  # a paragraph a caption cut off at the document's end


def _caption_after_sentence(current: list[str], text: str) -> bool:
    """Whether a line opening with a figure's or a table's label is a caption after the paragraph's last line, which
    ends a sentence: its label set off by its punctuation ("Table 3: Framework Glossary") or followed by a title only
    ("Figure 2-1 Tunneling Architecture"), not running text's next sentence ("Table 10-1 summarizes ...")."""
    return (
        bool(current)
        and _ENDS_SENTENCE.search(current[-1]) is not None
        and (opens_with_set_off_figure_label(text) or is_caption_title(text))
    )


# A caption's title set on the line under its bare label ("TABLE I" / "MATH SPACINGS USED BY LATEX", IEEE's style):
# centred on the label, within this many of its type size, and no further below it than this many.
_CAPTION_CENTRE = 1.0
_CAPTION_DROP = 2.0


def _caption_title_below(current: list[str], line: _Line, following: _Line | None) -> bool:
    """Whether a line that is a figure's or a table's bare label ("TABLE I", "Table 8-1") has its caption's title right
    under it, centred on it ("MATH SPACINGS USED BY LATEX"): one caption, not a label alone and a title read as a
    paragraph of its own."""
    if (
        len(current) != 1
        or not is_bare_caption_label(current[0])
        or following is None
        or following.page != line.page
        or line.box is None
        or following.box is None
    ):
        return False
    size = line.box.size
    drop = line.box.bottom - following.box.top
    centre = (line.box.left + line.box.right) / 2 - (following.box.left + following.box.right) / 2
    title = following.text
    return (
        0 < drop <= _CAPTION_DROP * size
        and abs(centre) <= _CAPTION_CENTRE * size
        and abs(following.box.size - size) <= _SAME_SIZE * size
        and not title[:1].islower()
        and not opens_with_figure_label(title)
    )


def _figure_named_in_sentence(current: list[str], text: str, same_page: bool) -> bool:
    """Whether a line opening with a figure's label goes on the sentence of the paragraph's line before, on its page:
    that line stops on a word in lower case, mid-sentence, in no caption, and the label is running text's reference to
    a figure ("... the results in" / "Figure 2 show that its presence ..." in a groff-made report), not a caption's
    ("Figure 2: Noise spectra"; "Figure 5 shows ..." after a caption's "... traffic in 2021")."""
    return (
        same_page
        and current[-1][-1:].islower()
        and not opens_with_figure_label(current[0])
        and opens_with_figure_reference(text)
    )


def _indented_run_ends(lines: list[_Line], index: int, following: _Line | None) -> bool:
    """Whether a line ends a run of three or more lines indented alike, the next line back at the left edge a little
    to its left and opening no word in lower case: a ruled table's rows set in from the text ("Google Drive access
    given upon request Our central document store" / "All admin communication ... is to be considered
    confidential"), which the paragraph after it went on from."""
    line = lines[index]
    box = line.box
    if index < 2 or box is None or following is None or following.box is None or following.page != line.page:
        return False
    run = lines[index - 2 : index]
    if not all(
        before.box is not None and before.page == line.page and abs(before.box.left - box.left) <= _SAME_LEFT
        for before in run
    ):
        return False
    shift = following.box.left - box.left
    return (
        -_COLUMN_SHIFT * box.size <= shift < -0.5 * box.size
        and not following.text[:1].islower()
        and _CONTINUES.search(line.text) is None
    )


# Justified text beside a figure (LaTeX's wrapfigure) is set to a narrower measure: its lines end at one right edge,
# this close in points, on this many lines of the page, of this share of the usual full line's length on average,
# at most this share of the usual full line's width (a page's full measure is left to the rules on full lines).
_EDGE_TOLERANCE = 1.0
_EDGE_LINES = 4
_MEASURE_SHARE = 0.4
_FULL_WIDTH = 0.98  # of the usual full line's width: a line this wide is set to the full measure
_SAME_LEFT_SIZE = 0.3  # of the type size: a line starting no further right than this is not indented
_NARROW_MEASURE = 0.8


def _justified_edges(lines: list[_Line], full_line: int) -> dict[int, list[float]]:
    """Per page, the right edges that several lines of prose set to a narrower measure end at."""
    prose = _prose_lines(lines)
    widths = sorted(line.box.right - line.box.left for line in prose if line.box is not None)
    if not widths:
        return {}
    narrow = _NARROW_MEASURE * _usual_full(widths)
    ends: dict[int, list[tuple[float, int]]] = {}
    for line in prose:
        if line.box is not None and line.box.right - line.box.left <= narrow:
            ends.setdefault(line.page, []).append((line.box.right, len(line.text)))
    edges: dict[int, list[float]] = {}
    for page, found in ends.items():
        found.sort()
        rights = [right for right, _ in found]
        for right, _ in found:
            near = found[bisect_left(rights, right - _EDGE_TOLERANCE) : bisect_right(rights, right + _EDGE_TOLERANCE)]
            if len(near) >= _EDGE_LINES and sum(length for _, length in near) >= _MEASURE_SHARE * full_line * len(near):
                edges.setdefault(page, []).append(right)
    return edges


def _prose_lines(lines: list[_Line]) -> list[_Line]:
    """The lines of prose with a box: neither code nor a note, words of prose (`_prose_line`)."""
    return [
        line for line in lines if line.box is not None and not line.code and not line.note and _prose_line(line.text)
    ]


def _right_edges(lines: list[_Line]) -> dict[int, list[float]]:
    """Per page, the right ends of its lines of prose, in ascending order."""
    edges: dict[int, list[float]] = {}
    for line in _prose_lines(lines):
        if line.box is not None:
            edges.setdefault(line.page, []).append(line.box.right)
    for rights in edges.values():
        rights.sort()
    return edges


def _shares_right_edge(line: _Line, edges: dict[int, list[float]]) -> bool:
    """Whether a line ends where several other lines of prose on its page end: justified text's right edge."""
    rights = edges.get(line.page, [])
    if line.box is None:
        return False
    right = line.box.right
    return bisect_right(rights, right + _EDGE_TOLERANCE) - bisect_left(rights, right - _EDGE_TOLERANCE) > _EDGE_LINES


def _at_justified_edge(line: _Line, edges: dict[int, list[float]]) -> bool:
    """Whether a line of prose ends at a right edge its page's justified lines of prose share."""
    box = line.box
    return (
        box is not None
        and any(abs(box.right - edge) <= _EDGE_TOLERANCE for edge in edges.get(line.page, ()))
        and _prose_line(line.text)
    )


# A word of prose, punctuation around it: not a number, a code, a one-letter label ("l left math v vertical rule").
_PROSE_WORD = re.compile(r"[(\[“‘\"']*[^\W\d_]{2,}(?:['’-][^\W\d_]+)*[)\]”’\"',.;:!?]*")


def _prose_line(text: str) -> bool:
    """Whether a line reads as prose, not a table's row: five words or more, nearly all of them words of letters."""
    tokens = text.split()
    return len(tokens) >= 5 and sum(1 for token in tokens if _PROSE_WORD.fullmatch(token)) >= 0.8 * len(tokens)


def _outline_items(lines: list[_Line]) -> set[str]:
    """The outline numbers that open items: of the lines opening with one and a bracket ("A.4.3.a)"), those whose
    parent numbers another line ("A.4.3)") or has another child ("A.4.3.b)")."""
    labels = {found.group(1) for found in map(_OUTLINE_ITEM.match, (line.text for line in lines)) if found}
    children = Counter(label.rpartition(".")[0] for label in labels)
    return {label for label in labels if (parent := label.rpartition(".")[0]) in labels or children[parent] > 1}


def _opens_outline_item(text: str, labels: set[str]) -> bool:
    found = _OUTLINE_ITEM.match(text)
    return found is not None and found.group(1) in labels


def _leaves_bracket_open(text: str) -> bool:
    """Whether a line opens more brackets than it closes, its own item mark ("A.4.4)", "b)") not counted."""
    text = re.sub(r"^\(?[\w.]{1,20}\)\s", "", text)
    return text.count("(") > text.count(")")


# The rest of a glossary term wrapped onto a second line, ending with its acronym ("Package (BSP)").
_TERM_END = re.compile(r"[A-Z][\w -]{0,40} \([A-Za-z]{2,8}\)")


def _title_line(text: str, full_line: int, display: bool, ends: bool = True) -> bool:
    """True for a line that reads as a title (`ends`: its last line): in title case, or set large (`display`) in
    sentence case (LaTeX's "Conclusion and future work"), but not a paper's first line after its drop cap ("WITH a
    recent IEEEtran class file, a computer running")."""
    return is_unnumbered_heading(text, ends) or (
        display and _sentence_case_title(text, full_line) and is_unnumbered_heading(text.title(), ends)
    )


# A display title's lines after its first: in its size, right under it (on the wider pitch of its size), aligned on
# its left edge or its centre, up to this many.
_DISPLAY_TITLE_LINES = 3


def _display_title_rest(lines: list[_Line], index: int, pitch: float | None, body: float | None) -> list[_Line]:
    """The lines that go on the title set large at `index` (see `_DISPLAY_TITLE_LINES`)."""
    rest: list[_Line] = []
    line = lines[index]
    if line.box is None or pitch is None or body is None:
        return rest
    for following in lines[index + 1 : index + 1 + _DISPLAY_TITLE_LINES]:
        box, next_box = line.box, following.box
        if box is None or next_box is None or following.page != line.page or following.note or following.code:
            break
        if abs(box.size - next_box.size) > _SAME_SIZE * box.size:
            break
        gap = box.bottom - next_box.top
        centre_shift = (next_box.left + next_box.right - box.left - box.right) / 2
        aligned = abs(next_box.left - box.left) <= 0.5 * box.size or abs(centre_shift) <= box.size
        if not 0 < gap <= _TIGHT_PITCH * pitch * box.size / body or not aligned:
            break
        rest.append(following)
        line = following
    return rest


# A paragraph's first-line indent, in type sizes: up to this far right of its next line's left edge.
_INDENT = 3.0


def _indented_first_line(line: _Line, following: _Line, pitch: float | None) -> bool:
    """True for the first line of a paragraph set with a first-line indent: right of the next line's left edge by an
    indent, reaching as far right as it, the next line right under it. A Federal Register paragraph's "Except for
    Confidential Business" / "Information (CBI) as described in the" read as a heading; its headings stand at the
    column's left edge."""
    box, next_box = line.box, following.box
    if box is None or next_box is None or pitch is None or following.page != line.page:
        return False
    if abs(box.size - next_box.size) > _SAME_SIZE * box.size:
        return False
    indent = box.left - next_box.left
    gap = box.bottom - next_box.top
    return (
        0.5 * box.size <= indent <= _INDENT * box.size
        and box.right >= next_box.right - _COLUMN_SHIFT * box.size
        and 0 < gap <= _TIGHT_PITCH * pitch
    )


def _subsection_title(lines: list[_Line], index: int, full_line: int, emphasised: Callable[[_Line], bool]) -> bool:
    """True for a line (`lines[index]`) set bold as a title right under a section's title, its own section's prose
    opening on the next line."""
    line = lines[index]
    return (
        emphasised(line)
        and _title_line(line.text, full_line, display=True)
        and index + 1 < len(lines)
        and not emphasised(lines[index + 1])
        and _opens_section(lines[index + 1].text, full_line)
    )


# A glossary's or a description list's term, set bold at the start of its entry's first line with the definition
# going on in the text's face ("portability: A property of a program ..." in Think Python's chapter glossaries).
_RUN_IN_TERM = re.compile(r"[^\W\d_][^:]{0,60}:")
_TERM_WORDS = 6


def _opens_run_in_term(line: _Line, above: _Line | None) -> bool:
    """True for a line that opens a new entry of a list of terms set without bullets: a bold term and its colon,
    then the definition in another face; at the left edge of the line above or left of it (its definition's hanging
    indent), not in another column (a table's next cell); the line above neither bold to its end (a bold label
    wrapped onto this line) nor leaving its words going on. LaTeX sets such entries only a little apart, so a full
    line ending one ran into the next as one paragraph."""
    box = line.box
    if box is None or above is None or above.box is None:
        return False
    lead = box.bold_lead
    if _RUN_IN_TERM.fullmatch(lead) is None or len(lead.split()) > _TERM_WORDS or not line.text.startswith(lead):
        return False
    return (
        not above.box.bold
        and -_INDENT * box.size <= box.left - above.box.left <= _COLUMN_SHIFT * box.size
        and _CONTINUES.search(above.text) is None
    )


def _short_bold_title(text: str) -> bool:
    """A line set bold that may be a title in sentence case: a few words, the last no page number ("Abstract v" in
    a contents list)."""
    words = text.split()
    return len(words) <= _BOLD_TITLE_WORDS and _PAGE_NUMBER.fullmatch(words[-1]) is None


_BOLD_TITLE_WORDS = 6


def _sentence_case_title(text: str, full_line: int) -> bool:
    """A short line in sentence case that may be a title: capitalised, no comma, well short of a full line."""
    return text[:1].isupper() and "," not in text and len(text) <= _SHORT_TITLE * full_line


_SHORT_TITLE = 0.6  # of a full line's length


def _first_number(heading: re.Match[str]) -> int:
    """The chapter number of a numbered heading ("3" of "3.1.2 Merging")."""
    return int(heading.group(1).split(".")[0])


def _goes_back(heading: re.Match[str], chapter: tuple[int, int]) -> bool:
    """True for a numbered line whose chapter number goes back after the last numbered heading (`chapter`: its first
    number and depth): "1. Import raw file into the SQL database" under "3.1 Data pipeline" is a numbered step, not
    chapter 1."""
    return numbering_depth(heading.group(1)) == 1 < chapter[1] and _first_number(heading) < chapter[0]


# A line led by a number ("19.92 soft", "3.1 Scope", "1,943 PDF"), the number's parts split on full stops.
_LEADING_NUMBER = re.compile(r"^(\d{1,4}(?:[.,]\d{1,4})*)\.?\s+\S")


def _numbering_step(before: str, after: str) -> bool:
    """True when the section number `after` may follow `before`: the next at some depth ("3.1" / "3.2", "4",
    "4.1") or a first subsection ("3.1" / "3.1.1")."""
    if "," in before + after:
        return False
    first, second = [int(part) for part in before.split(".")], [int(part) for part in after.split(".")]
    for depth in range(len(first) + 1):
        opens = all(part <= 1 for part in second[depth + 1 :])
        if depth == len(first):  # a first subsection
            return second[:depth] == first and len(second) > depth and opens and second[depth] <= 1
        if second[:depth] == first[:depth] and len(second) > depth and second[depth] == first[depth] + 1 and opens:
            return True
    return False


def _run_in_title(line: _Line, body: float | None, full_width: float) -> tuple[str, re.Match[str]] | None:
    """A numbered section title that opens its line in a bold face, the section's first sentence going on after it
    in another ("2.1 Directory Tree The following diagrams show ..."): the title and its number's match, or None.
    Not a short line set larger than the body (`body`: its type size; `full_width`: a full line's width), which is
    a whole title with a word in another face: a JSS paper's '2. The class "zoo" and its methods', its class name
    set in typewriter, was cut after "2. The class"."""
    box = line.box
    lead = box.bold_lead if box is not None else ""
    if box is None or not lead or not line.text.startswith(lead):
        return None
    if body and box.size > (1 + _SAME_SIZE) * body and box.right - box.left < _FULL_LINE * full_width:
        return None
    rest = line.text[len(lead) :].lstrip()
    match = _NUMBERED_HEADING.match(lead.rstrip(".:"))
    # what follows opens a sentence; a bold number alone or a bold first cell with figures after it is no title
    if match is None or not (rest[:1].isupper() or rest[:1] in "\"“‘'") or _mostly_numbers(rest):
        return None
    return lead, match


def _title_end(
    lines: list[_Line], index: int, full_line: int, pitch: float | None, paragraph_gap: float
) -> _Line | None:
    """The second line of a numbered title wrapped onto two ("3.5 Identifying Opportunities for New or Revised
    Informative" / "References"): short, title-like, in the title's size, with the text after it set apart (a
    paragraph's space, `paragraph_gap` pitches as `_paragraph_gap` measures the document's, or another size)."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.page != line.page or following.note or following.code:
        return None
    box, second = line.box, following.box
    if box is None or second is None or abs(box.size - second.size) > _SAME_SIZE * box.size:
        return None
    if len(following.text) >= 0.5 * full_line or not is_unnumbered_heading(following.text):
        return None
    after = lines[index + 2] if index + 2 < len(lines) else None
    if after is None or after.page != line.page or after.box is None:
        return following
    other_size = abs(after.box.size - second.size) > _SAME_SIZE * second.size
    space = pitch is not None and second.bottom - after.box.top >= paragraph_gap * pitch
    return following if other_size or space else None


def _item_number(text: str) -> int | None:
    """The Arabic number of the list item `text` opens (`_NUMBERED_ITEM`'s `number`), None for another mark or none."""
    found = _NUMBERED_ITEM.match(text)
    return int(found["number"]) if found is not None and found["number"] is not None else None


_PAGE_NUMBER_END = re.compile(r"\s\d{1,4}$")  # a contents entry's page number, after its title


def _numbered_list_item(
    lines: list[_Line],
    index: int,
    full_line: int,
    pitch: float | None,
    item_before: int | None,
    next_chapter: int = 0,
) -> bool:
    """True for a numbered line that could be a title but reads as a sentence, a list's item: the next after a list
    item numbered one less ("4. The current status ..." / "5. Who the potential candidates for authorship on the
    paper are"); one the item numbered one more follows, aligned with it ("1. Drafted the manuscript (this warrants
    first authorship)" / "2. Came up with the idea ..."); or a full line whose next line hangs under its text, right
    under it ("1. The Council, ... signed by ten percent of voting" / "Fellows may call a special business meeting
    ..."). However short, a line numbered between the items numbered one less and one more, the first of three lines
    numbered one after the other, or the next after an item numbered one less where the next chapter (`next_chapter`)
    is numbered otherwise, is an item too."""
    line = lines[index]
    mark = _NUMBERED_ITEM.match(line.text)
    if mark is None or mark["number"] is None:
        return False
    value = int(mark["number"])
    following = next((later for later in lines[index + 1 :] if not later.note), None)
    next_number = _item_number(following.text) if following is not None else None
    if next_number == value + 1 and following is not None and following.page == line.page:
        # between the items numbered one less and one more, on its page: the list's step, however short ("6. If
        # existing log entry ..." / "7. Discard the entire log" / "8. Reset state machine ..."), not a section; so
        # is the first of three lines numbered one after the other, aligned ("1. RHEL version 5 and 6" / "2. CentOS
        # versions 5 and 6" / "3. Debian Stable 7.0 (Wheezy)"): a section's title has its text under it
        if item_before == value - 1:
            return True
        after = next((later for later in lines[index + 2 :] if not later.note), None)
        if (
            after is not None
            and after.page == line.page
            and _item_number(after.text) == value + 2
            and line.box is not None
            and following.box is not None
            and after.box is not None
            and abs(following.box.left - line.box.left) <= 0.5 * line.box.size
            and abs(after.box.left - line.box.left) <= 0.5 * line.box.size
            # not a contents page's entries, each ending in its page number ("1. Inactivity: 6" / "2. Ineligibility:
            # 6" / "3. Violations of Conduct 7")
            and not all(_PAGE_NUMBER_END.search(later.text) for later in (line, following, after))
        ):
            return True
    if (
        following is not None
        and (_BULLET.match(following.text) or _NUMBERED_ITEM.match(following.text))
        and next_number != value + 1
    ):
        return False  # a title over items of its own ("3. Records kept by ..." / "(a) the register of ...")
    if item_before == value - 1 and value != next_chapter:
        # the list's last step, however short ("4. Ubuntu 12.04 LTS (Precise)" after "3. Debian ..."), where the
        # chapter after the last numbered title would be numbered otherwise
        return True
    if not _reads_as_sentence(line.text[mark.end("number") + 1 :]):
        return False
    if item_before is not None and value == item_before + 1:
        return True
    if following is None or following.page != line.page or line.box is None or following.box is None:
        return False
    box, next_box = line.box, following.box
    if abs(box.size - next_box.size) > _SAME_SIZE * box.size:
        return False
    if next_number is not None:
        return next_number == value + 1 and abs(next_box.left - box.left) <= 0.5 * box.size
    hang = next_box.left - box.left
    return (
        pitch is not None
        and len(line.text) >= _WRAPPED_ITEM_LENGTH * full_line
        and 0.5 * box.size <= hang <= _COLUMN_SHIFT * box.size
        and 0 < box.bottom - next_box.top <= _TIGHT_PITCH * pitch
    )


_SENTENCE_WORDS = 5  # at least, in a numbered line that reads as a sentence
_SENTENCE_LOWER_WORDS = 3  # at least, in lower case and no title's small word


# A reference list's entry opens with its label ("[3] CAMARGOS, L. J., ...", "[BALLOON] Boneh, D., ..."); a line of
# one ending in an author's initial or an abbreviated word ("... AND PEDONE, F.", "... In Proc.", "Eds.") stops on no
# sentence's end.
_REFERENCE_LABEL = re.compile(r"^\[[\w+.:-]{1,24}\]\s")
_ABBREVIATED_END = re.compile(r"(?:^|[\s,(])(?:[A-Z]|[A-Z][a-z]{1,3}|pp|vol|no|ed|eds|al)\.$")


def _reference_goes_on(current: list[str], text: str, line: _Line, following: _Line | None) -> bool:
    """True when `text`, a line of a reference list's entry (`current` opened with its label) ending in an initial
    or an abbreviation, goes on at the next line on its page, which opens no entry of its own: the entry's name line
    ended there ("[3] CAMARGOS, L. J., SCHMIDT, R. M., AND PEDONE, F." / "Multicoordinated Paxos. In Proc. ...")
    and the lines after it were read as paragraphs, one as a title ("PODC'07, ACM Symposium on Principles of
    Distributed")."""
    return (
        bool(current)
        and _REFERENCE_LABEL.match(current[0]) is not None
        and _ABBREVIATED_END.search(text) is not None
        and following is not None
        and following.page == line.page
        and _REFERENCE_LABEL.match(following.text) is None
        and _NUMBERED_HEADING.match(following.text) is None
    )


def _reads_as_sentence(text: str) -> bool:
    """True for words that read as a sentence, not a title: several of them, a few in lower case beyond the small
    words a title leaves so ("Drafted the manuscript (this warrants first authorship)", not "Violations of Conduct"
    nor "Timeline Requirements")."""
    words = _TITLE_WORD.findall(text)
    lower = [word for word in words[1:] if word[:1].islower() and word not in _TITLE_SMALL_WORDS]
    return len(words) >= _SENTENCE_WORDS and len(lower) >= _SENTENCE_LOWER_WORDS


def _goes_on_item(following: str) -> bool:
    """True when `following`, the line after a numbered line, goes on its text: it opens in lower case or with a
    bracket that is no list item's mark ("(section 1201(d)). The ...", not "(a) the ...")."""
    return following[:1].islower() or (following[:1] == "(" and not _NUMBERED_ITEM.match(following))


def _opens_section(following: str, full_line: int) -> bool:
    """True when the line after a title line is what a section opens with: prose (a long line, or one ending a
    sentence; not a table's next cell), a reference list's first entry ("[BALLOON] Boneh, D., ..."), or the heading
    of its first subsection ("Requirements by Authenticator Type" / "5.1.1 Memorized Secrets")."""
    if following[:1].isupper():
        return len(following) >= 0.5 * full_line or following.endswith(_SENTENCE_END)
    if following[:1] == "[":
        return len(following) >= 0.5 * full_line
    return _NUMBERED_HEADING.match(following) is not None and not _TOC_ENTRY.search(following)


# Baseline to baseline, in lines of the body's usual pitch: up to the first, the next line follows in the same
# paragraph; from the second, a paragraph's space stands between them.
_TIGHT_PITCH = 1.2
_PARAGRAPH_GAP = 1.6
# Some layouts set paragraphs apart by half a line (LaTeX's parskip, dblatex's DocBook PDFs: 18 points at a 12-point
# pitch): where gaps of 1.45 to 1.6 pitches are common (this share of the gaps of one pitch, and this many), they part
# paragraphs. The Debian New Maintainers' Guide ran its paragraphs together, footnote marks and titles inside them.
_HALF_LINE_GAP = 1.45
_HALF_LINE_SHARE = 0.15
_HALF_LINE_COUNT = 20
_FULL_LINE = 0.85  # of the usual full line's length: a line this long was wrapped, not ended
_FULL_LINE_RANK = 0.8  # the usual full line's length (or width) is the one this share of the lines are shorter than
_Measure = TypeVar("_Measure", int, float)


def _usual_full(ordered: list[_Measure]) -> _Measure:
    """The usual full line's length or width (`_FULL_LINE_RANK`), from all lines' in ascending order, not empty."""
    return ordered[int(len(ordered) * _FULL_LINE_RANK)]


_SAME_SIZE = 0.05  # type sizes this close (as a share) are one size
_REPEATED_HEADER_PAGES = 3  # a line opening this many pages is a header row repeated on each
_COLUMN_SHIFT = 2.0  # in type sizes: a line starting further left or right than this is in another column
_SAME_LEFT = 1.0  # in points: lines starting this close stand on one left edge
_ENDS_SENTENCE = re.compile(r"[.!?:][)\"”’]*$")  # not a closing quote alone ('... the use of "recovery keys"')
_BOLD_SHARE = 0.2  # of a document's lines: set bold to their ends in fewer, bold tells a title from the text
_LARGER_TYPE = 1.2  # of the body's type size: lines this large, both the same size, are spaced by their own size


def _body_gaps(lines: list[_Line], body: float | None) -> Iterator[float]:
    """The distance between the baselines of each two lines in a row on a page, both set in the body's size `body`
    (none when it is None): what the usual pitch and the paragraphs' spacing are measured on."""
    if body is None:
        return
    for line, following in itertools.pairwise(lines):
        if line.page != following.page or line.box is None or following.box is None:
            continue
        if abs(line.box.size - body) > 0.1 * body or abs(following.box.size - body) > 0.1 * body:
            continue
        yield line.box.bottom - following.box.top


def _line_pitch(lines: list[_Line], body: float | None) -> float | None:
    """The usual distance between the baselines of two lines in a row on a page, set in the body's size `body`, to
    half a point; never 0 (lines under a quarter point apart are no pitch, and the pitch divides)."""
    gaps = Counter(pitch for pitch in (round(gap * 2) / 2 for gap in _body_gaps(lines, body)) if pitch > 0)
    return gaps.most_common(1)[0][0] if gaps else None


def _paragraph_gap(lines: list[_Line], pitch: float | None, body: float | None) -> float:
    """The gap between baselines, in pitches, from which a paragraph's space stands between two lines: half a line
    more than the pitch where the document sets its paragraphs so (`_HALF_LINE_GAP`), else `_PARAGRAPH_GAP`."""
    if pitch is None or body is None:
        return _PARAGRAPH_GAP
    tight = half = 0
    for gap in (distance / pitch for distance in _body_gaps(lines, body)):
        tight += abs(gap - 1) <= _SAME_SIZE
        half += _HALF_LINE_GAP <= gap < _PARAGRAPH_GAP
    return _HALF_LINE_GAP if half >= max(_HALF_LINE_COUNT, _HALF_LINE_SHARE * tight) else _PARAGRAPH_GAP


def _layout_break(
    line: _Line,
    following: _Line | None,
    pitch: float | None,
    above: _Line | None = None,
    body: float | None = None,
    paragraph_gap: float = _PARAGRAPH_GAP,
) -> bool | None:
    """What the page says of the paragraph at the end of `line` (`above`: its line before, if any): True when a
    paragraph's space follows it, or the next line starts in another column under a block aligned on one (a table's
    next cell); False when the next line stands right under it, aligned, in the same size; None when the page does
    not tell (another page, a column's top, no boxes). `pitch` is the body's (`body`: its type size)."""
    if following is None or pitch is None or line.box is None or following.box is None:
        return None
    if following.page != line.page:
        return None
    box, next_box = line.box, following.box
    if (
        body
        and min(box.size, next_box.size) >= _LARGER_TYPE * body
        and abs(box.size - next_box.size) <= _SAME_SIZE * box.size
    ):
        # type set larger than the body's is set on a wider pitch: a report's pull quote in 15 points, 15 apart,
        # took each of its lines for a paragraph of its own ("I would like the story of" / "Reliance to be told")
        pitch *= box.size / body
    gap = box.bottom - next_box.top
    if gap <= 0:
        return None
    if gap >= paragraph_gap * pitch:
        return True
    shift = next_box.left - box.left
    if (
        above is not None
        and above.box is not None
        and abs(above.box.left - box.left) <= 0.5 * box.size
        and abs(shift) > _COLUMN_SHIFT * box.size
        and _ENDS_SENTENCE.search(line.text) is not None
    ):
        # a block's lines share their left edge (its first may be indented): after a sentence's end, a line past
        # it, either way, by more than a hanging indent is another cell ("... and/or" / "hardware authentication
        # tokens." / "IA-3, Device Identification and" in SP 800-46r2's table of controls); within a sentence it
        # goes on round a figure
        return True
    same_size = abs(box.size - next_box.size) <= 0.1 * max(box.size, next_box.size)
    # a list item's next line hangs under its text, right of its bullet
    aligned = -0.5 * box.size <= shift <= _COLUMN_SHIFT * box.size
    if gap <= _TIGHT_PITCH * pitch and same_size and aligned:
        return False
    return None


# Word's second-level bullet: a Courier "o", then a tab to the item's text.
_LETTER_BULLET = re.compile(r"^o\s+(?=\S)")
_BULLET_GAP = 0.5  # of the type size: wider than a word space


def _letter_bullet(line: _Line) -> re.Match[str] | None:
    """The bullet of a line that opens with an "o" set apart by a tab's room ("o    The agency SHALL publish ..."),
    not a word space ("o ye of little faith")."""
    box = line.box
    if box is None or box.lead_gap < _BULLET_GAP * box.size:
        return None
    return _LETTER_BULLET.match(line.text)


def _split_notes(notes: list[_Line]) -> list[list[_Line]]:
    """Footnote and margin-note lines cut into notes: a note starts at a line opening with a reference symbol or with
    the number after the last note's ("274 on December 18, 2014 ..." goes on note 1), on a new page, and where margin
    notes and footnotes meet or a margin note's lines stand apart (`_margin_gap`)."""
    split: list[list[_Line]] = []
    number = -1
    for line in notes:
        mark = _NOTE_MARK.match(line.text)
        digits = mark.group(1) if mark else None
        opens = mark is not None and (digits is None or number < 0 or int(digits) == number + 1)
        if not split or opens or line.page != split[-1][0].page or _margin_gap(split[-1][-1], line):
            split.append([line])
            if digits is not None:
                number = int(digits)
        else:
            split[-1].append(line)
    return split


# Margin notes' lines further apart than this, in their type size (not the body's pitch, and not the document's
# `_paragraph_gap`: a half-line parskip's 1.45 pitches measured on the body would part notes set 1.2 sizes apart),
# are two notes.
_MARGIN_NOTE_GAP = 1.6


def _margin_gap(line: _Line, following: _Line) -> bool:
    """True when `following`, a margin note's line, stands apart from `line` (a paragraph's space, or above it):
    another note."""
    if not (line.margin and following.margin) or line.box is None or following.box is None:
        return line.margin != following.margin
    gap = line.box.bottom - following.box.top
    return not 0 < gap <= _MARGIN_NOTE_GAP * line.box.size


def _join_broken_tokens(lines: list[_Line]) -> list[_Line]:
    """Lines with a URL or numbered code broken at the line end joined to the line that goes on with it."""
    joined: list[_Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.page == line.page
            and not previous.code
            and not line.code
            and glued(previous.text, line.text)
        ):
            # a short last part still ends the paragraph, as it would have alone (a URL in a table's cell); the
            # joined line ends where its last part does: measured from its first part's baseline, the next line
            # stood a paragraph's space below, and the Federal Register's "Since AD 2018–" / "23–51 was issued, the
            # agency has" ended its paragraph there
            box = previous.box
            if box is not None and line.box is not None:
                box = replace(box, right=line.box.right, bottom=line.box.bottom)
            joined[-1] = replace(
                previous, text=previous.text + line.text, wrapped=line.wrapped, last_length=len(line.text), box=box
            )
        else:
            joined.append(line)
    return joined


# A line of code or a grammar rule ("Version ::= INTEGER", "Config {", "f(x) -> int") is no section's name.
_CODE_SYMBOLS = re.compile(r"[{};=<>]|\w\(|->")


# A line whose last word is one a title never ends on goes on ("Adam Meyers, Ralph Grishman, Michiko Kosaka, and" /
# "Shubin Zhao. 2001a. Covering Treebanks with", a reference's first lines under its hanging indent; a budget table's
# header row "Plan Non-Plan Total Plan &", its last cell wrapped). Not "in", "on" or "as", which end phrasal titles
# ("Sign in", "Log on", "Save as").
_TITLE_GOES_ON = re.compile(r"\s(?:and|or|of|the|to|a|an|for|with|by|from|&)$")


def is_unnumbered_heading(text: str, ends: bool = True) -> bool:
    """True for a line standing on its own that reads as a title: a few words, each significant one capitalised, not
    ending like a sentence, not a caption ("Authenticator Assurance Level 1", "Appendix A—Strength of Secrets").
    `ends`: the title ends with the line (not a display title's first line)."""
    words = _TITLE_WORD.findall(text)
    significant = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return (
        3 < len(text) <= 100
        and len(text.split()) <= _TITLE_MAX_WORDS
        and any(len(w) >= 3 and w.isalpha() for w in significant)
        and text[0].isupper()
        and all(w[0].isupper() for w in significant)
        and not text.endswith((*_SENTENCE_END, ",", "-", "–", "—"))
        and not opens_with_figure_label(text)  # "Figure 2-1 Tunneling Architecture", "Algorithm 3.2" under its listing
        and not _PAGE_NUMBER.match(text)
        and not _RUN_IN_LABEL.match(text)
        and not is_table_header_line(text)
        and not _CELL_MARKS_AT_END.search(text)
        and not _mostly_numbers(text)
        and not _DATE_LINE.match(text)
        and not _CODE_SYMBOLS.search(text)
        and not (ends and _TITLE_GOES_ON.search(text))
    )


def _mostly_numbers(text: str) -> bool:
    """True for a line with more digits than letters: a table's row of figures ("Iowa 2.85 2.99 - 3.30 2.85 - 3.07")."""
    return sum(ch.isdigit() for ch in text) > sum(ch.isalpha() for ch in text)


_CODE_ROW_WORDS = 4  # a row of codes has this many words at least
_CODE_ROW_SHARE = 0.75  # of its words: those holding a digit


def _code_row(text: str) -> bool:
    """True for a line of codes that each hold a digit: a register table's row after its number ("59 PPM7 PPM6 PPM5
    PPM4 PPM3 PPM2 PPM1 PPM0 0x00"), no title; read as a chapter, it held every section after the table."""
    words = text.split()
    return len(words) >= _CODE_ROW_WORDS and sum(any(ch.isdigit() for ch in word) for word in words) >= (
        _CODE_ROW_SHARE * len(words)
    )


def is_table_header_line(text: str) -> bool:
    """True for a line of two or more words that are all column headings ("Symbol Description")."""
    words = text.lower().split()
    return len(words) >= 2 and all(word in _COLUMN_WORDS for word in words)


def glued(previous: str, line: str) -> bool:
    """True when `line` goes on the URL (after its scheme or its "www."), e-mail address or numbered code that
    `previous` breaks off at its end, with no space between."""
    if _URL_BROKEN.search(previous):
        # after the scheme the host follows; after a "/" only more of the path ("http://www.staysafeonline.org/" /
        # "telework.gov http://..." is a table's next cell); after "-", "_", "=", "?", "&" the word goes on
        if previous.endswith("://"):
            return True
        first = line.split(maxsplit=1)[0] if line.strip() else ""
        if previous.endswith("/"):
            return "/" in first and _URL_PART.match(first) is not None
        return _URL_WORD.match(first) is not None
    if _EMAIL_BROKEN.search(previous) or _WWW_BROKEN.search(previous):
        return _DOMAIN.match(line) is not None
    return _CODE_BROKEN.search(previous) is not None and _CODE_PART.match(line) is not None


# Two letters or digits in a row: a block without them is no sentence.
_WORD_PAIR = re.compile(r"[^\W_]{2}")
# A block of figures only, no letter: a court transcript's line numbers down the margin ("10" to "25" on each page),
# page numbers the furniture rules missed, a table's cells of numbers ("0.25 35.8 %"), equation numbers ("(1.11)").
_FIGURES_ONLY = re.compile(r"[\d\s.,:;%$€£()\[\]+\-–—/]*")


def _mark_wordless_blocks(builder: BlockBuilder) -> None:
    """A paragraph or list item with no two letters or digits in a row is meta: Free Culture's printer's marks (the
    digits 1 to 9 standing alone on each of its 352 pages: 3,140 "sentences"), a figure's axis labels, a table's lone
    numbers and section numbers ("3.2.1"), glyphs of a font with no Unicode mapping ("!"# !"$" in TAMReview.pdf); so
    is one of figures only (`_FIGURES_ONLY`), and an admonition box's label alone (a DocBook PDF's "Tip" beside its
    icon: 151 one-word answers in the Debian Reference; read as a title, "Note" and "Caution" headed the text after
    their box as a section of their own, 135 times)."""
    blocks = builder.blocks
    text = builder.text()
    for index, block in enumerate(blocks):
        block_text = text[block.start : block.end]
        label = block_text.strip().rstrip(":").lower()
        if (
            block.kind in ("paragraph", "list_item")
            and (not _WORD_PAIR.search(block_text) or _FIGURES_ONLY.fullmatch(block_text) or label in BOX_LABELS)
        ) or (block.kind == "heading" and label in BOX_LABELS - SECTION_LABELS):
            blocks[index] = replace(block, kind="meta", level=0)


# A formula set apart, which pdfium gives in pieces ("Vw(A) = IDF(w)", "i∈P OS(w,A)", "exp(−", "avgwords)"): an
# equals sign set apart (not a URL's query, an XML attribute) or a sign of set or calculus notation, or a bracket left
# open or closed alone in a word or two (not an item's mark, "1) CFE_PSP_RST_TYPE_POWERON"). Not in CJK text, whose
# words are not spaced.
_MATH_SIGN = re.compile(r"(?<![=!<>:])(?:\s=|=\s)(?!=)|[∈∉∑∏∫∀∃∂⊂⊆∪∩]")
_ITEM_MARK = re.compile(r"^\(?\w{1,3}[.)]\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")
_FORMULA_WORDS = 8


def _formula_piece(text: str) -> bool:
    """A short block that ends no sentence and reads as a formula or a piece of one."""
    words = text.split()
    if len(words) > _FORMULA_WORDS or text.rstrip().endswith((".", "!", "?", ":", ";")) or _CJK.search(text):
        return False
    bare = _ITEM_MARK.sub("", text)
    unbalanced = bare.count("(") != bare.count(")") or bare.count("[") != bare.count("]")
    return _MATH_SIGN.search(text) is not None or (len(words) <= 2 and unbalanced)


def _mark_formula_pieces(builder: BlockBuilder) -> None:
    """Formula pieces set apart are code: searchable, no answer."""
    blocks = builder.blocks
    text = builder.text()
    for index, block in enumerate(blocks):
        if block.kind in ("paragraph", "list_item") and _formula_piece(text[block.start : block.end]):
            blocks[index] = replace(block, kind="code", level=0)


# A paper's first page before its abstract: title, authors, affiliations, e-mail addresses, a journal's running line.
# pdfium gives the author block line by line ('Andreas Gal∗+, Brendan Eich∗', ', Mike Shaver∗', 'Duke University,
# Durham, NC', '{gal,brendan,...}@mozilla.com': 18 "sentences" in the TraceMonkey paper), none of it an answer.
# The abstract's label in the languages papers are written in: a French paper opens its abstract "Résumé." (not
# "resume": an English word).
_ABSTRACT_NAME = r"(?:abstract|résumé|zusammenfassung|resumen|resumo|riassunto|samenvatting)"
_ABSTRACT = re.compile(rf"(?i){_ABSTRACT_NAME}[.:]?")
_RUN_IN_ABSTRACT = re.compile(rf"(?i){_ABSTRACT_NAME}(?:[.:]|[—–-].*)")
_FRONT_MATTER_BLOCKS = 40  # an abstract further down the first page is not a paper's
_PROSE_WORDS = 12  # a block of this many words ending in a full stop is prose: the page is not a title block
_TITLE_WORDS = 30


def _mark_front_matter(builder: BlockBuilder) -> str | None:
    """On a first page whose blocks before a lone "Abstract" are none of them prose, those blocks are meta and
    "Abstract" is the heading of what follows; the first of them, when short, is returned as the paper's title."""
    blocks = builder.blocks
    text = builder.text()
    abstract = None
    run_in = False
    for index, block in enumerate(blocks[:_FRONT_MATTER_BLOCKS]):
        words = text[block.start : block.end].split()
        if block.page > 1:
            return None
        if _ABSTRACT.fullmatch(" ".join(words)):
            abstract = index
            break
        if words and _RUN_IN_ABSTRACT.fullmatch(words[0]) and len(words) >= _PROSE_WORDS:
            # Springer's LNCS, IEEE: "Abstract. Recent advances ..." (or "Abstract—"), the abstract's first paragraph
            abstract, run_in = index, True
            break
        if len(words) >= _PROSE_WORDS and words[-1].endswith("."):
            return None
    if not abstract:  # none, or nothing before it
        return None
    for front in range(abstract):
        # a numbered "heading" there is an affiliation with its mark ("1 Allen Institute for AI")
        # and authors' addresses set in a typewriter face ("{vladk, barlaso}@fb.com") are read as code
        if blocks[front].kind in ("paragraph", "list_item", "table_row", "heading", "code"):
            blocks[front] = replace(blocks[front], kind="meta", level=0)
    if not run_in:
        blocks[abstract] = replace(blocks[abstract], kind="heading", level=0)
    lines = text[blocks[0].start : blocks[0].end].split("\n")
    # the first author's line joined to the title's block (the DPR paper: 'Dense Passage Retrieval for Open-Domain
    # Question Answering' / 'Vladimir Karpukhin∗'): a line with an author's mark or address is not the title's
    authors = next((i for i, line in enumerate(lines) if i and _AUTHOR_MARK.search(line)), len(lines))
    first = "\n".join(lines[:authors])
    return first if len(first.split()) <= _TITLE_WORDS else None


_CENTERED = 0.5  # of a line's type size: how far its middle may stand from the page's middle, centered
_TITLE_INDENT = 2.0  # of the type size: how far in from the body's left margin a title block's line stands


def _title_block(lines: list[_Line], crops: list[_Crop]) -> tuple[set[str], set[str]]:
    """The centered lines a first page opens with (a Word-made testimony's "Testimony of ..." / "Partner, ..." /
    "Privacy and Civil Liberties Oversight Board" / "March 19, 2014"), and those of them that stand in from the body's
    left margin, white space folded. A justified line of the text is centered too, but not in from the margin."""
    if not crops or not lines:
        return set(), set()
    lefts = Counter(round(line.box.left) for line in lines if line.box is not None)
    margin = lefts.most_common(1)[0][0] if lefts else 0
    middle = (crops[0][0] + crops[0][2]) / 2
    centered: set[str] = set()
    indented: set[str] = set()
    for line in lines:
        box = line.box
        if line.page != 1 or box is None or abs((box.left + box.right) / 2 - middle) > _CENTERED * box.size:
            break
        centered.add(" ".join(line.text.split()))
        if box.left - margin >= _TITLE_INDENT * box.size:
            indented.add(" ".join(line.text.split()))
    return centered, indented


def _sentence(line: str) -> bool:
    """True for a line that reads as a sentence and ends as one ("The garden will be closed on Saturday.")."""
    return line.endswith((".", "!", "?")) and _reads_as_sentence(line)


def _mark_title_block(builder: BlockBuilder, centered: set[str], indented: set[str]) -> str | None:
    """The first page's opening paragraphs made of centered lines (`_title_block`), one of them at least in from the
    margin in each, two lines or more in all: a title block, meta, no sentences to answer with. Its first paragraph,
    when short, is returned: the document's title ("Testimony of John B. Bellinger III"), or None. A line that is a
    sentence ends it: a one-page notice centered throughout, its first line the longest, was all title block, and
    `/docs add` refused it ("no sentences found")."""
    text = builder.text()
    found: list[int] = []
    count = 0
    for index, block in enumerate(builder.blocks):
        lines = {" ".join(line.split()) for line in text[block.start : block.end].split("\n")}
        if block.page != 1 or not lines <= centered or lines.isdisjoint(indented) or any(map(_sentence, lines)):
            break
        count += len(lines)
        if block.kind in ("paragraph", "list_item"):
            found.append(index)
    if count < 2 or not found:
        return None
    for index in found:
        builder.blocks[index] = replace(builder.blocks[index], kind="meta", level=0)
    first = builder.blocks[found[0]]
    title = " ".join(text[first.start : first.end].split())
    return title if found[0] == 0 and len(title.split()) <= _TITLE_WORDS else None


_AUTHOR_MARK = re.compile(r"[∗*†‡§¶]|@|[¹²³⁴⁵⁶⁷⁸⁹]")
# A report's cover and title pages come before its first prose, within this many pages.
_COVER_PAGES = 4


def _mark_cover_pages(builder: BlockBuilder) -> None:
    """A report's cover and title pages, before the first page with prose, hold its series, title, authors, their
    offices, a DOI and a date ('NIST Special Publication 800-63B', 'Paul A. Grassi', 'Applied Cybersecurity
    Division', 'https://doi.org/...', 'June 2017'): not answers nor sections, so meta. A page with a list item is not
    a cover (a slide deck's bullets)."""
    blocks = builder.blocks
    text = builder.text()
    pages: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        pages.setdefault(block.page, []).append(index)
    leading = sorted(pages)[:_COVER_PAGES]
    for number in leading:
        indexes = pages[number]
        if any(blocks[i].kind == "list_item" for i in indexes):
            return
        prose = any(
            blocks[i].kind == "paragraph"
            and len(words := text[blocks[i].start : blocks[i].end].split()) >= _PROSE_WORDS
            and words[-1].endswith((".", "!", "?"))
            for i in indexes
        )
        if prose:
            for cover in leading[: leading.index(number)]:
                for i in pages[cover]:
                    if blocks[i].kind in ("paragraph", "heading", "table_row"):
                        blocks[i] = replace(blocks[i], kind="meta", level=0)
            return


# Lines of a contents page in a row, each a page number and a title ("2 Reliance at a Glance", "4 Stakeholder
# Value-creation", "6 Key Performance Indicators" in an annual report): at least this many.
_CONTENTS_RUN = 3
_CONTENTS_SHARE = 0.75  # of a section's blocks, contents lines (meta) at least, for a contents page's own heading
_CONTENTS_LINE = re.compile(r"^(\d{1,3})\s+(?:[A-Z]|\d+-[a-z])[^.!?]{1,90}$")  # "40 10-year Financial Highlights"


def _mark_contents_lines(builder: BlockBuilder) -> None:
    """Lines of a page number and a title that follow each other (read as numbered headings or as short paragraphs),
    their numbers rising with a gap somewhere (2, 4, 6, 8, 14, 20), are a contents page's lines, not sections or
    answers: meta. Section numbers rise by one (`_demote_numbered_rows` reads such a run as rows)."""
    blocks = builder.blocks
    text = builder.text()

    def number(index: int) -> int | None:
        block = blocks[index]
        if block.kind not in ("heading", "paragraph"):
            return None
        found = _CONTENTS_LINE.match(text[block.start : block.end].strip())
        return int(found.group(1)) if found and not _mostly_numbers(found.group(0)[found.end(1) :]) else None

    index = 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks):
            current, following = number(end), number(end + 1)
            if current is None or following is None or following <= current:
                break
            end += 1
        numbers = [number(i) or 0 for i in range(index, end + 1)]
        if (
            end + 1 - index >= _CONTENTS_RUN
            # two read as headings at least (and not rows, `_demote_numbered_rows` first): a form's numbered fields
            # ("12 FO téléphone:", "14 CE", "15 AC oui non") are short lines too
            and sum(blocks[i].kind == "heading" for i in range(index, end + 1)) >= 2
            and any(b - a > 1 for a, b in itertools.pairwise(numbers))
        ):
            for line in range(index, end + 1):
                blocks[line] = replace(blocks[line], kind="meta", level=0)
        index = end + 1


# A requirement table's row number alone on its line ("2.1" / "System credential storage facilities are used ...,
# such" / "as PII, user credentials or cryptographic keys." / "✓ ✓" in OWASP's MASVS 1.1: the first cell wrapped, so
# pdfium gives the number, the requirement and the ticks apart), and the ticks closing a row read on one line ("2.3 No
# sensitive data is written to application logs. ✓ ✓": "✓ ✓" was a sentence of its own).
_ROW_NUMBER_ALONE = re.compile(r"\d{1,2}(?:\.\d{1,3})+")
_MARKS_AT_END = re.compile(r"(?:\s+[✓✔✗✘])+$")


def _join_requirement_rows(builder: BlockBuilder) -> None:
    """A requirement table's rows as one block each, number, text and no ticks (see above): a lone row number is
    joined to the requirement under it where ticks close that requirement (on a line after it or at its end), where
    the next row's number follows it ("2.11" after "2.10"'s requirement), or where it numbers the row after a row
    already read so ("2.12" after "2.11"); a numbered row's closing ticks are left out of its text. A lone number
    elsewhere (a threat table's reference "4.2.2" beside its mitigation, NIST SP 800-63B) is left as it is."""
    blocks = builder.blocks
    text = builder.text()

    def shown(index: int) -> str:
        return text[blocks[index].start : blocks[index].end] if index < len(blocks) else ""

    last_row = ""  # the number of the last requirement row read
    index = 0
    while index < len(blocks):
        block = blocks[index]
        number = shown(index)
        after = shown(index + 2)
        if (
            index + 1 < len(blocks)
            and block.kind in ("meta", "paragraph")
            and blocks[index + 1].kind in ("paragraph", "list_item")
            and blocks[index + 1].page == block.page
            and _ROW_NUMBER_ALONE.fullmatch(number)
            and not _ROW_NUMBER_ALONE.fullmatch(shown(index + 1))
            and (
                _MARKS_LINE.match(after)
                or _MARKS_AT_END.search(shown(index + 1))
                or after.split(maxsplit=1)[:1] == [_next_row_number(number)]
                or number == _next_row_number(last_row)
            )
        ):
            builder.join_next(index)
            text = builder.text()
            block = blocks[index]
            last_row = number
        row = _ROW_NUMBER.match(shown(index)) if block.kind in ("paragraph", "list_item") else None
        marks = _MARKS_AT_END.search(shown(index)) if row else None
        if row and marks:
            blocks[index] = replace(block, end=block.start + marks.start())
            last_row = row.group(0).strip()
        index += 1


def _next_row_number(number: str) -> str:
    """The row number after `number` ("2.12" after "2.11"), "" for none."""
    head, _, last = number.rpartition(".")
    return f"{head}.{int(last) + 1}" if head and last.isdigit() else ""


def _demote_numbered_rows(builder: BlockBuilder) -> None:
    """Numbered "headings" of one part that follow each other with nothing between them ("1 This Book Tibs", "2 That
    Book Tibs", "3 John's Book John Smith": a slide's table of id, title and author) are rows or list items, not
    sections; read as headings, the last one was the section of every slide after it."""
    blocks = builder.blocks
    text = builder.text()

    def number(index: int) -> int | None:
        block = blocks[index]
        found = _NUMBERED_HEADING.match(text[block.start : block.end]) if block.kind == "heading" else None
        return int(found.group(1)) if found and found.group(1).isdigit() else None

    index = 0
    while index < len(blocks):
        end = index
        while end + 1 < len(blocks):
            current, following = number(end), number(end + 1)
            if current is None or following != current + 1:
                break
            end += 1
        if end > index:
            for row in range(index, end + 1):
                blocks[row] = replace(blocks[row], kind="paragraph", level=0)
        index = end + 1
    _demote_repeated_numbers(builder)


def _demote_repeated_numbers(builder: BlockBuilder) -> None:
    """Numbered "headings" in a row with the same number ("4 CARD32 N_ALIASES", "4 CARD32 ALIAS_OFFSET": a binary
    layout's field sizes; text between them allowed) are rows: a document numbers each of its sections once."""
    blocks = builder.blocks
    text = builder.text()
    numbered = [
        (index, found.group(1))
        for index, block in enumerate(blocks)
        if block.kind == "heading" and (found := _NUMBERED_HEADING.match(text[block.start : block.end]))
    ]
    # a line repeated word for word (an address, "1 University Station C0500", under each of a paper's authors) is
    # no section, nor the pair it makes with the next one numbered the same ("1 Introduction")
    said = Counter(text[blocks[index].start : blocks[index].end] for index, _ in numbered)
    for index, _ in numbered:
        if said[text[blocks[index].start : blocks[index].end]] > 1:
            blocks[index] = replace(blocks[index], kind="paragraph", level=0)
    numbered = [(index, number) for index, number in numbered if blocks[index].kind == "heading"]
    for (index, number), (following, next_number) in itertools.pairwise(numbered):
        if number == next_number:
            for row in (index, following):
                blocks[row] = replace(blocks[row], kind="paragraph", level=0)


def _demote_figure_rows(builder: BlockBuilder) -> None:
    """A numbered "heading" next to a line led by a number of the same shape, the two numbers no sections' (not
    "3.1" / "3.2", "3.1" / "3.1.1", "3.9" / "4"), is a row of a table of figures: "19.92 soft" / "42.16 Levenshtein"
    / "31.14 Ratcliff-Obershelp" on a slide were two sections."""
    blocks = builder.blocks
    text = builder.text()

    def leading(index: int, last: bool) -> str | None:
        # the number leading the block's line next to the heading: the last line of the block before, the first after
        block = blocks[index]
        lines = text[block.start : block.end].strip().split("\n")
        found = _LEADING_NUMBER.match(lines[-1] if last else lines[0])
        return found.group(1) if found and block.kind != "meta" else None

    rows = []
    for index, block in enumerate(blocks):
        number = leading(index, last=False) if block.kind == "heading" else None
        if number is None:
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(blocks) or blocks[other].page != block.page:
                continue
            found = leading(other, last=other < index)
            if found is None or found.count(".") != number.count("."):
                continue
            if not _numbering_step(*((found, number) if other < index else (number, found))):
                rows.append(index)
                break
    for index in rows:
        blocks[index] = replace(blocks[index], kind="paragraph", level=0)


# A row of a table: two or more figures ("Binomial χ² 1.6e+08 Inf 2.1e+06", "Create Subgraphs 2612.9 s 1029.4 s").
_FIGURE = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?:[eE][+-]?\d+)?(?![\w.])")
_ROW_FIGURES = 2
_LABEL_WORDS = 3  # a label may end with a full stop ("Havugimana et al."), a sentence is longer


def _demote_float_labels(builder: BlockBuilder) -> None:
    """A "heading" inside a figure or over a table is a label, not a section: only labels (lone words and figures, no
    sentence) stand between it and a caption on its page ("Figure 3.7: ...", "Table 3.5: ..."), and a label stands
    right before it (a plot's title among its axis labels: "STRING" after "Rel. Frequency") or a row of figures right
    after it (a table's header row: "Model Statistic Bossi STRING" over "Binomial χ² 1.6e+08 ..."). In a thesis these
    took the sentences after the figure into sections named "STRING" or "Method Sequential Parallel Speedup". It
    becomes a paragraph, as the figure's other labels are."""
    blocks = builder.blocks
    text = builder.text()

    def caption(index: int) -> bool:
        return blocks[index].kind != "heading" and opens_with_set_off_figure_label(
            text[blocks[index].start : blocks[index].end]
        )

    def label(index: int) -> bool:
        # lone words or figures: no sentence, no caption, no section's title
        block = blocks[index]
        if block.kind in ("meta", "code"):
            return True
        block_text = text[block.start : block.end]
        sentence = _ENDS_SENTENCE.search(block_text) is not None and len(block_text.split()) > _LABEL_WORDS
        return block.kind != "heading" and not caption(index) and not sentence

    caption_ahead = False  # only labels stand between this block and a caption on its page
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if index + 1 < len(blocks) and blocks[index + 1].page != block.page:
            caption_ahead = False
        if caption(index):
            caption_ahead = True
            continue
        if block.kind != "heading":
            caption_ahead = caption_ahead and label(index)
            continue
        numbered = _NUMBERED_HEADING.match(text[block.start : block.end])
        if numbered is not None and _first_number(numbered) > 0:
            # a section's number: a section may open with a figure or a table; no section is numbered "0.4"
            caption_ahead = False
            continue
        after = text[blocks[index + 1].start : blocks[index + 1].end] if index + 1 < len(blocks) else ""
        inside = (index > 0 and blocks[index - 1].page == block.page and label(index - 1)) or (
            len(_FIGURE.findall(after.split("\n", 1)[0])) >= _ROW_FIGURES
        )
        if caption_ahead and inside:
            blocks[index] = replace(block, kind="paragraph", level=0)
        else:
            caption_ahead = False


def _heads_contents(blocks: list[Block], index: int, text: str) -> bool:
    """True for a contents page's heading, which heads none of the sections after it: "Contents" or "Table of
    Contents" over contents lines (meta), or a heading whose section is such lines but for a line or so ("Table of
    Contents" and its "List of Figures and Tables" read as a paragraph). A booklet's "Contents" headed its every
    chapter: its first chapter's title, "What is cancer?", is no heading, so its text went on the contents' section."""
    section = list(itertools.takewhile(lambda b: b.kind != "heading", blocks[index + 1 :]))
    meta = sum(1 for b in section if b.kind == "meta")
    if names_contents(text[blocks[index].start : blocks[index].end]):
        return all(b.kind == "meta" for b in section[:_CONTENTS_RUN]) and len(section) >= _CONTENTS_RUN
    return meta >= _CONTENTS_RUN and meta >= _CONTENTS_SHARE * len(section)


def _next_sibling(before: str, after: str) -> bool:
    """True when section number `after` is the one right after `before` at its depth ("3.3" / "3.4")."""
    if not before or not after:
        return False
    first, second = before.split("."), after.split(".")
    return len(first) == len(second) and first[:-1] == second[:-1] and int(second[-1]) == int(first[-1]) + 1


def _heading_sizes(builder: BlockBuilder, lines: list[_Line]) -> dict[int, float]:
    """The type size of each heading block's first line, where its line is found (by page and text), by block index."""
    sizes: dict[tuple[int, str], float] = {}
    for line in lines:
        if line.box is not None:
            sizes.setdefault((line.page, line.text), line.box.size)
    text = builder.text()
    found: dict[int, float] = {}
    for index, block in enumerate(builder.blocks):
        if block.kind == "heading":
            size = sizes.get((block.page, text[block.start : block.end].split("\n", 1)[0].strip()))
            if size is not None:
                found[index] = size
    return found


# An unnumbered heading set at least this share of a top-level book part's title size ("Preface", "References") is
# its sibling, no section of it. Not after an appendix: its sections may be set as large as its title ("APPENDIX C" /
# "A. IEEEeqnarray" in IEEEtran's HOWTO, "Appendix A—Strength of Memorized Secrets" / "A.1 Introduction" in NIST's
# SP 800-63B), as a chapter's are.
_PART_SIBLING_SIZE = 0.97
_APPENDIX_NAME = re.compile(r"(?i)appendi(?:x|ces)\b")


def _level_unnumbered_headings(builder: BlockBuilder, sizes: dict[int, float] | None = None) -> None:
    """Give each heading found without a number (level 0) a level: one below the heading right before it; else one
    above the next numbered heading when that one is a subsection ("Session Bindings" before "7.1.1 Browser Cookies"
    is level 2), else one below the numbered heading before it. Between two numbered headings one after the other
    ("3.3" and "3.4"), it is the first one's part: a paper's "Panel Newey-West" between "3.3. Clustered covariances
    for panel data" and "3.4. Panel-corrected standard errors" stood at the top, and "3.4" under it.

    After a book's part at the top level (`level_book_parts`: "Preface", "References"), an unnumbered heading set as
    large as the part's title (`sizes`: each heading's type size) is top-level too, and the headings smaller than it
    its sections: in a standard whose chapters are unnumbered ("V1: Inventory Requirements" in OWASP's SCVS), every
    chapter after the "Preface" stood under it, and every one after a chapter's closing "References" under that."""
    blocks = builder.blocks
    text = builder.text()
    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    sizes = sizes or {}
    top_size: float | None = None  # the title size of the top-level part or heading the headings now stand in

    def number(index: int) -> str:
        match = _NUMBERED_HEADING.match(text[blocks[index].start : blocks[index].end].strip())
        return match.group(1) if match else ""

    previous = 0
    previous_number = ""
    for position, i in enumerate(headings):
        block = blocks[i]
        if block.level:
            if not _heads_contents(blocks, i, text):
                previous = block.level
                previous_number = number(i)
                name = text[block.start : block.end]
                part = block.level == 1 and is_book_part(name) and not _APPENDIX_NAME.match(name.strip())
                top_size = sizes.get(i) if part else None
            continue
        size = sizes.get(i)
        if top_size is not None and size is not None and size >= _PART_SIBLING_SIZE * top_size:
            blocks[i] = replace(block, level=1)
            previous, previous_number, top_size = 1, "", max(top_size, size)
            continue
        after = next((j for j in headings[position + 1 :] if blocks[j].level), None)
        following = blocks[after].level if after is not None else 0
        level = following - 1 if following > 1 else previous + 1
        if after is not None and _next_sibling(previous_number, number(after)):
            level = previous + 1
        if i > 0 and blocks[i - 1].kind == "heading" and blocks[i - 1].level:
            # right under a heading, it heads that section's first part ("10.2.1 Memorized Secrets" / "Typical Usage")
            level = blocks[i - 1].level + 1
        blocks[i] = replace(block, level=min(max(level, 1), 6))
