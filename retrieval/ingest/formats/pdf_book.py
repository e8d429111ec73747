"""What a book-length PDF has that a paper or a report has not: a back-of-book index, a copyright page, chapter labels
("Chapter 3" over the chapter's title), back matter (appendices, bibliography, index) and running heads that name
the page's section. Read by content and layout, for `pdf.py`.

Found on Think Stats 2e and the Competitive Programmer's Handbook (LaTeX books) and a LaTeX thesis: the index's
"adult weight, 60, 61, 83" lines were answer sentences; the publisher's address on the copyright page ("9 Washburn
Ave") was the heading over the whole preface; "Chapter 2" ran into the glossary entry before it; "Bibliography" and
"Index" sat under the last numbered section; "1.2. The National Survey of Family Growth 3" at each odd page's top was
read as text, and it hid the section's own heading.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.structure import PROSE_KINDS

# "Chapter 3", "APPENDIX B", "Part II": the label a book sets alone over a chapter's title.
_CHAPTER_LABEL = re.compile(r"(?i:chapter|appendix|part)\s+(?:\d{1,3}|[A-Z]|[IVXLC]{1,7})")


def is_chapter_label(text: str) -> bool:
    """True for a chapter's label standing alone ("Chapter 3", "Appendix B", "Part II")."""
    return _CHAPTER_LABEL.fullmatch(" ".join(text.split())) is not None


# A running head's name that opens with its section's number ("1.2. The National Survey of Family Growth").
_SECTION_HEAD_NAME = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+\S")


def section_head_name(name: str) -> bool:
    """True for a running head's name made of a section number and a name, in any case."""
    return _SECTION_HEAD_NAME.match(name) is not None


# A front matter's running head with its page number in lower-case Roman numerals at one end ("vi Chapter 0.
# Preface", "0.1. How I wrote this book vii", "xx Contents").
_ROMAN_HEAD = re.compile(
    r"(?P<first>[ivxlc]{1,7}) (?P<name_first>.*[^\W\d].*)|(?P<name_last>.*[^\W\d].*) (?P<last>[ivxlc]{1,7})"
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
HEAD_WORDS = 12  # a running head's words at most (`pdf.py`'s running heads too)
_ROMAN_HEAD_PAGES = 3  # pages whose Roman page number is the same offset from their index, at least


def _roman(numeral: str) -> int:
    values = [_ROMAN_VALUES[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def roman_running_heads(per_page: list[list[str]]) -> set[str]:
    """First lines of pages numbered in Roman numerals at one end, each number the same offset from its page's index
    on at least three pages: a front matter's running heads. Returned as the lines (white space folded)."""
    offsets: dict[int, list[str]] = {}
    for number, page_lines in enumerate(per_page):
        first = next((" ".join(line.split()) for line in page_lines if line.strip()), "")
        found = _ROMAN_HEAD.fullmatch(first) if len(first.split()) <= HEAD_WORDS else None
        if found is None:
            continue
        numeral = found.group("first") or found.group("last")
        offsets.setdefault(_roman(numeral) - number, []).append(first)
    return {line for lines in offsets.values() if len(lines) >= _ROMAN_HEAD_PAGES for line in lines}


# An index entry: a term, a comma and page numbers ("pickle module, 163, 169", "Anaconda, viii, 142", "age, 129,
# 143-146"), a wrapped entry's lines joined.
_PAGE_REF = r"(?:\d{1,4}|[ivxlc]{1,7})(?:[–-]\d{1,4})?"
_INDEX_ENTRY = re.compile(rf"[^\d\s].{{0,80}}?,\s?{_PAGE_REF}(?:,\s?{_PAGE_REF})*")
_INDEX_PART = 0.7  # an index stands after this share of the book's pages
_INDEX_ENTRIES = 10  # entries on the index's first page, at least
_INDEX_SHARE = 0.5  # of an index page's prose blocks, entries at least
_ALPHABETICAL = 0.7  # of an index page's entries in a row, in alphabetical order at least


def _entry_key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())[:1]


def mark_book_index(builder: BlockBuilder) -> None:
    """The back-of-book index's entries are meta: pages in the book's last part where most prose blocks are a term and
    its page numbers, in alphabetical order, from the first with ten entries on. Quoted as answers, they matched every
    question about their terms ("pickle module, 163, 169") and ranked first."""
    blocks = builder.blocks
    text = builder.text()
    pages: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind in PROSE_KINDS and block.page:
            pages.setdefault(block.page, []).append(index)
    if not pages:
        return
    last = max(pages)
    started = False
    for page in sorted(pages):
        if page < _INDEX_PART * last:
            continue
        prose = pages[page]
        entries = [i for i in prose if _INDEX_ENTRY.fullmatch(" ".join(text[blocks[i].start : blocks[i].end].split()))]
        keys = [_entry_key(text[blocks[i].start : blocks[i].end]) for i in entries]
        ordered = sum(a <= b for a, b in itertools.pairwise(keys))
        is_index = (
            len(entries) >= (1 if started else _INDEX_ENTRIES)
            and len(entries) >= _INDEX_SHARE * len(prose)
            and (len(keys) < 2 or ordered >= _ALPHABETICAL * (len(keys) - 1))
        )
        if not is_index:
            if started:
                return
            continue
        started = True
        for i in prose:
            blocks[i] = replace(blocks[i], kind="meta", level=0)


# A copyright notice with its year ("Copyright © 2014 Allen B. Downey."; not "not subject to copyright protection"), an
# ISBN or a reservation of rights: what sets a copyright page apart from a title page or a preface.
_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\s+(?:\(c\)\s*)?\d{4}|\bISBN\b|all rights reserved")
_FRONT_PAGES = 12  # a book's copyright page stands within its first pages
_BOOK_PAGES = 40  # a document this long at least may be a book
_FRONT_SECTION_NAMES = frozenset(
    ("preface", "foreword", "contents", "table of contents", "introduction", "acknowledgements", "acknowledgments",
     "dedication", "about the author", "about this book", "abstract")
)  # fmt: skip


# A copyright notice read as a title ("Copyright 2013 Amberdms Ltd", "© 2020 The Harbour Board" on a manual's
# cover): never a section's name, in a document of any length.
_NOTICE_HEADING = re.compile(r"(?i)(?:©|\(c\)|copyright\b)\s*(?:©\s*|\(c\)\s*)?(?:\d{4}\b|by\b)")


def mark_copyright_page(builder: BlockBuilder) -> None:
    """On a book's copyright page (one of its first pages, after the first, with a copyright notice or an ISBN), lines
    read as headings are the publisher's name and address ("Green Tea Press", "9 Washburn Ave", "Needham MA 02492"):
    meta, not the section of the preface after them. In any document, a heading that is a copyright notice itself
    (`_NOTICE_HEADING`) is meta: the licence and version lines under it stood in a section named "Copyright 2013 ..."
    """
    blocks = builder.blocks
    text = builder.text()
    for index, block in enumerate(blocks):
        if block.kind == "heading" and _NOTICE_HEADING.match(text[block.start : block.end].strip()):
            blocks[index] = replace(block, kind="meta", level=0)
    if not blocks or max(block.page for block in blocks) < _BOOK_PAGES:
        return
    notice = {
        block.page
        for block in blocks
        if 1 < block.page <= _FRONT_PAGES and _COPYRIGHT.search(text[block.start : block.end])
    }
    for index, block in enumerate(blocks):
        heading = text[block.start : block.end].strip().rstrip(":.").lower()
        if block.kind == "heading" and block.page in notice and heading not in _FRONT_SECTION_NAMES:
            blocks[index] = replace(block, kind="meta", level=0)


# A book's parts outside its numbered chapters, chapters of their own: never under the section before them (a
# contents page under the preface's last section, "Bibliography" under the last chapter's).
_BOOK_PART = re.compile(
    r"(?i:contents|table of contents|preface|foreword|index|general index|subject index|bibliography|references"
    r"|works cited|further reading|appendix|appendices|afterword|colophon|endnotes)|(?i:appendix)\s+[A-Z\d]{1,2}\b.*"
)


def is_book_part(heading: str) -> bool:
    """True for the name of a book's part outside its chapters ("Preface", "References", "Appendix B")."""
    return _BOOK_PART.fullmatch(" ".join(heading.split())) is not None


def level_book_parts(builder: BlockBuilder) -> None:
    """A chapter's label standing alone over its title ("Chapter 3" / "Methods", "Appendix A" / "Debugging") is meta
    and the title a top-level heading; so is an unnumbered heading of a book's part outside its chapters ("Contents",
    "Preface", "Bibliography", "Index", "Appendix B"). Runs before unnumbered headings are levelled, which keeps
    these levels."""
    blocks = builder.blocks
    text = builder.text()
    for index, block in enumerate(blocks):
        block_text = text[block.start : block.end]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            block.kind in ("meta", "paragraph", "heading")
            and is_chapter_label(block_text)
            and following is not None
            and following.kind == "heading"
            and following.page == block.page
        ):
            blocks[index] = replace(block, kind="meta", level=0)
            blocks[index + 1] = replace(following, level=1)
        elif block.kind == "heading" and not block.level and is_book_part(block_text):
            blocks[index] = replace(block, level=1)


# A line of a contents page: its leader dots and page number ("1.2 The National Survey . . . . 3").
_LEADER_LINE = re.compile(r"(?:\.\s?){4,}\s*\S{1,8}$")
_CONTENTS_LEADERS = 3  # lines with leaders on a page, at least, to make it a contents page
# A chapter's line there, set bold with no leaders ("1 Exploratory data analysis 1", "Preface v"): its page number ends
# it.
_PAGE_AT_END = re.compile(r"\S.*\s(?:\d{1,4}|[ivxlc]{1,6})")
_CONTENTS_LINE_WORDS = 12


def mark_contents_pages(builder: BlockBuilder) -> None:
    """On a contents page (three lines with leader dots at least), the chapters' lines without leaders, read as
    numbered headings or short paragraphs ("1 Exploratory data analysis 1", "Preface v"), are meta like the rest."""
    blocks = builder.blocks
    text = builder.text()
    leaders: dict[int, int] = {}
    for block in blocks:
        if block.kind == "meta" and _LEADER_LINE.search(text[block.start : block.end]):
            leaders[block.page] = leaders.get(block.page, 0) + 1
    for index, block in enumerate(blocks):
        line = " ".join(text[block.start : block.end].split())
        if (
            leaders.get(block.page, 0) >= _CONTENTS_LEADERS
            and block.kind in ("heading", "paragraph")
            and len(line.split()) <= _CONTENTS_LINE_WORDS
            and _PAGE_AT_END.fullmatch(line)
        ):
            blocks[index] = replace(block, kind="meta", level=0)


_SECTION_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s")


def _section_number(text: str) -> tuple[int, ...] | None:
    """A numbered heading's number ("3.1.2 Merging": (3, 1, 2))."""
    found = _SECTION_NUMBER.match(text)
    return tuple(int(part) for part in found.group(1).split(".")) if found else None


def fit_numbering(builder: BlockBuilder) -> None:
    """Headings in the book's own numbering sequence: a numbered line with one number between two sections of one
    chapter ("2. Type the name of a module" between "3.4" and "3.5": an exercise's step) is no chapter but a list
    item; read as chapter 2's heading, it headed the sections after it."""
    blocks = builder.blocks
    text = builder.text()
    numbered = {
        index: number
        for index, block in enumerate(blocks)
        if block.kind == "heading" and (number := _section_number(text[block.start : block.end]))
    }
    sections = [index for index, number in numbered.items() if len(number) >= 2]
    position = 0
    for index, number in numbered.items():
        while position < len(sections) and sections[position] < index:
            position += 1
        if len(number) != 1 or not position or position >= len(sections):
            continue
        before, after = numbered[sections[position - 1]], numbered[sections[position]]
        chapters = any(
            blocks[i].level == 1 for i in range(sections[position - 1] + 1, index) if blocks[i].kind == "heading"
        )
        if before[0] == after[0] and not chapters:
            blocks[index] = replace(blocks[index], kind="list_item", level=0)
