"""Building `ExtractedText` block by block, and the rules every reader shares (white space, Gutenberg boilerplate)."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.ingest.structure import PROSE_KINDS, Block, BlockKind, ExtractedText

# Blocks are joined by one blank line, and a block never holds a blank line itself, so the text still splits into
# the same blocks on blank lines (what the plain-text splitter does).
BLOCK_SEPARATOR = "\n\n"

_BLANK_LINES = re.compile(r"\n[ \t\f\v\r]*(?:\n[ \t\f\v\r]*)+")
_TRAILING_SPACE = re.compile(r"[ \t\f\v\r]+\n")
_INLINE_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # ASCII white space only: a no-break space is kept, as a browser does

# Joins the cells of a table row: reads as a row when quoted, and no cell text is glued to the next one.
CELL_SEPARATOR = " | "


def numbering_depth(number: str) -> int:
    """How deep a section number sits: its parts, trailing zero parts not counted ("3.0 How to Use the Framework"
    opens a chapter, as "3" does, and "3.1" sits under it)."""
    parts = [part for part in number.strip(".").split(".") if part]
    while len(parts) > 1 and not parts[-1].strip("0"):
        parts.pop()
    return max(len(parts), 1)


def collapse_space(text: str) -> str:
    """White space as a browser renders it: every run of ASCII white space becomes one space."""
    return _INLINE_SPACE.sub(" ", text)


class BlockBuilder:
    """Collects blocks in reading order and lays out the document text they are slices of."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []

    def add(self, kind: BlockKind, text: str, *, level: int = 0, page: int = 0) -> None:
        """Append one block; empty (all white space) text adds nothing. Blank lines inside become single breaks."""
        text = _BLANK_LINES.sub("\n", _TRAILING_SPACE.sub("\n", text)).strip()
        if not text:
            return
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self._blocks.append(Block(kind, start, self._length, level if kind == "heading" else 0, page))

    @property
    def blocks(self) -> list[Block]:
        return self._blocks

    def text(self) -> str:
        return "".join(self._parts)

    def first_heading(self, level: int | None = None, page: int | None = None) -> str | None:
        """The text of the first heading (of the given level, on the given page), a fallback title."""
        for block in self._blocks:
            if (
                block.kind == "heading"
                and (level is None or block.level == level)
                and (page is None or block.page == page)
            ):
                return self.text()[block.start : block.end]
        return None

    def build(self, format_name: str, title: str | None = None, notes: tuple[str, ...] = ()) -> ExtractedText:
        """The document: its text, blocks (Gutenberg boilerplate and a table of contents turned to meta) and title."""
        text = self.text()
        blocks = mark_contents_entries(text, mark_gutenberg_boilerplate(text, self._blocks))
        if title is not None:
            title = book_title(collapse_space(title).strip()).strip() or None
        return ExtractedText(text=text, blocks=tuple(blocks), format=format_name, title=title, notes=notes)


# The series name before a Gutenberg e-book's own title ("The Project Gutenberg eBook of Walden, by Henry David
# Thoreau"), with the quotes some editions put round the title.
_GUTENBERG_TITLE = re.compile(
    r'^The Project Gutenberg e-?(?:book|text),? of\s+(?:"(?P<quoted>[^"]+)"\s*$)?', re.IGNORECASE
)


def book_title(title: str) -> str:
    """A document title without Project Gutenberg's series name before it."""
    match = _GUTENBERG_TITLE.match(title)
    if match is None:
        return title
    return match.group("quoted") or title[match.end() :]


_GUTENBERG_START = re.compile(r"\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG", re.IGNORECASE)
# The footer: its "*** END OF ..." line, or the line before it that many editions print ("End of the Project
# Gutenberg EBook of Walden, ...", "End of Project Gutenberg's ...").
_GUTENBERG_END = re.compile(
    r"\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG|^\s*End of (?:the )?Project Gutenberg", re.IGNORECASE
)
_GUTENBERG_CREDIT = re.compile(
    r"(?:Produced by|(?:Text|HTML|E-?text|E-?book) file produced by|E-?text prepared by"
    r"|This e-?(?:text|book) was (?:produced|prepared) by"
    r"|Transcribed from the .{0,120}\bby)\s",
    re.IGNORECASE,
)
_CREDIT_BLOCKS = 2  # blocks after the START line where the credit stands


def mark_gutenberg_boilerplate(text: str, blocks: list[Block]) -> list[Block]:
    """Project Gutenberg's header (up to its "*** START OF ..." line) and its footer and licence (from "*** END OF", or
    the "End of the Project Gutenberg EBook ..." line before it) are meta: they would otherwise answer questions about
    licences in every book."""
    start_index = end_index = None
    for index, block in enumerate(blocks):
        block_text = text[block.start : block.end]
        if start_index is None and _GUTENBERG_START.search(block_text):
            start_index = index
        elif start_index is not None and _GUTENBERG_END.search(block_text):
            end_index = index
            break
    if start_index is None:
        return blocks
    # The producers' credit right after the START line ("Produced by ...", "E-text prepared by ...") is boilerplate too.
    credits = [
        index
        for index in range(start_index + 1, min(start_index + 1 + _CREDIT_BLOCKS, len(blocks)))
        if _GUTENBERG_CREDIT.match(text[blocks[index].start : blocks[index].end])
    ]
    return [
        replace(block, kind="meta", level=0)
        if index <= start_index or (end_index is not None and index >= end_index) or index in credits
        else block
        for index, block in enumerate(blocks)
    ]


# A table of contents has at least this many entries naming a heading further on.
_CONTENTS_ENTRIES = 3
_NOT_NAME = re.compile(r"[^\w\s'-]+")
_PAGE_NUMBER_END = re.compile(r"\s+(?:\d+|[ivxlc]+)$")


def name_key(name: str) -> str:
    """A name or a line to compare by: case, punctuation, table cell separators and white space aside."""
    return " ".join(_NOT_NAME.sub(" ", name).casefold().split())


def _names_a_later_heading(row: str, last_heading: dict[str, int], index: int) -> bool:
    """A contents row whose cells are a chapter's name (a heading further on) beside labels and page numbers
    ("III. | The Master of the Mint | 28" before the headings "CHAPTER III." and "The Master of the Mint.")."""
    cells = [name_key(cell) for cell in row.split(CELL_SEPARATOR)]
    numbers = [cell for cell in cells if _NUMBERING.fullmatch(cell)]
    named = [cell for cell in cells if cell not in numbers and last_heading.get(cell, -1) > index]
    return len(named) == 1 and len(named) + len(numbers) == len(cells)


# A contents row's other cells: a chapter's number or a page number ("III.", "CHAPTER I.", "28", "vii").
_NUMBERING = re.compile(r"(?:(?:chapter|chap|book|part|section|letter)\s+)?(?:[ivxlc]+|\d{1,4})")


def mark_contents_entries(text: str, blocks: list[Block]) -> list[Block]:
    """A table of contents is meta: rows, list items or lines (three or more) that name a heading further on in the
    document ("CHAPTER I. | APPEARANCE AND REALITY" before the chapter "CHAPTER I. APPEARANCE AND REALITY"), perhaps
    with a page number. They would otherwise answer questions with a chapter's bare name."""
    last_heading: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            last_heading[name_key(text[block.start : block.end])] = index
    if len(last_heading) < _CONTENTS_ENTRIES:
        return blocks
    entries = set()
    for index, block in enumerate(blocks):
        if block.kind not in PROSE_KINDS:
            continue
        block_text = text[block.start : block.end]
        key = name_key(block_text)
        names_one = any(name and last_heading.get(name, -1) > index for name in (key, _PAGE_NUMBER_END.sub("", key)))
        if names_one or (block.kind == "table_row" and _names_a_later_heading(block_text, last_heading, index)):
            entries.add(index)
    if len(entries) < _CONTENTS_ENTRIES:
        return blocks
    return [replace(block, kind="meta", level=0) if index in entries else block for index, block in enumerate(blocks)]
