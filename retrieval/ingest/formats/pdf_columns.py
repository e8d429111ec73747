"""Pages set in columns that pdfium reads across: each printed line of the left column run into the line of the
right column beside it ("a. You have no income from a trade personal representative can be an payments, ..." in
the IRS 1040-NR instructions). Such a page is read again from its characters' places: column by column, top down.

A page pdfium reads column by column (most two-column papers) and a page in one column are left as pdfium reads them.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]

# A gutter: an upright strip between two columns that this share of the page's text lines leave empty, with text on
# both sides, and that at most this share of them cross (a heading or a title set across the columns).
_GUTTER_FREE = 0.4
_GUTTER_CROSSED = 0.15
_GUTTER_SPAN = (0.15, 0.85)  # where a gutter may stand: between these shares of the text's width from its left
# Inside a printed line, a gap between two characters narrower than this (in type sizes) is a word space, not a gutter.
_WORD_GAP = 0.6
# A column of text, not a table's: its lines' parts in it are at least this share of its width (half of them), and
# this share of its characters are letters (a tax table's columns are figures; an acronym list's first column is short
# names, a contents page's dotted leaders and page numbers are set apart)
_COLUMN_FILLED = 0.6
_COLUMN_LETTERS = 0.6
# Columns of a page are set about as wide as each other: the narrowest at least this share of the widest (a list of
# acronyms, short names beside their long spellings, is no two columns)
_COLUMN_WIDTHS = 0.5
_FOOT_GAP = 1.8  # in type sizes: the white space over a page's foot, baseline to baseline
# A printed line: characters whose bottoms stand within this share of the page's usual type size of its first one.
_SAME_LINE = 0.5
# pdfium ran the columns together when this share of its lines (at least this many) cross a gutter.
_RUN_TOGETHER = 0.3
_RUN_TOGETHER_LINES = 5
# A page is looked at closely only when this many of its longest lines, sampled (`_SAMPLE_LINES`), have a gap wider
# than `_WORD_GAP` at one place: counting every character's box costs more than reading the page.
_SAMPLE_LINES = 6
_SAMPLE_AGREE = 4
_SAMPLE_LENGTH = 30  # characters, at least, in a sampled line
_SPACE_GAP = 0.25  # in type sizes: characters of one printed line further apart than this have a space between them
LINE_END = re.compile(r"\r\n|\r|\n")
# pdfium marks a hyphen it found at a line end with U+FFFE (U+0002 in older builds) and drops the line break after it.
HYPHEN_MARKS = "\ufffe\x02"


class ReorderedTextPage:
    """A pdfium text page read in another order: index i of the page's new text is pdfium's character `order[i]`;
    `char_index` maps an index for the calls that take pdfium's."""

    def __init__(self, textpage: Any, order: list[int]) -> None:
        self.raw = textpage.raw
        self.order = order
        self._textpage = textpage

    def get_charbox(self, index: int, loose: bool = False) -> tuple[float, float, float, float]:
        """pdfium's box (left, bottom, right, top) of the character at `index` of the new text."""
        box: tuple[float, float, float, float] = self._textpage.get_charbox(self.order[index], loose=loose)
        return box


def char_index(textpage: Any, index: int) -> int:
    """pdfium's index of the character at `index` of a page's text (`textpage` may be a ReorderedTextPage)."""
    return textpage.order[index] if isinstance(textpage, ReorderedTextPage) else index


@dataclass(frozen=True, slots=True)
class _Char:
    """A visible character of the page: its index in pdfium's text and its loose box."""

    index: int
    left: float
    bottom: float
    right: float
    top: float

    @property
    def size(self) -> float:
        return self.top - self.bottom


def read_by_columns(textpage: pdfium.PdfTextPage, text: str) -> tuple[str, list[int]] | None:
    """The page's text read column by column, and each of its characters' pdfium index, when pdfium ran the page's
    columns together; None for any other page."""
    if not _gap_in_samples(textpage, text):
        return None
    chars = [_char(textpage, i) for i, ch in enumerate(text) if not ch.isspace()]
    chars = [c for c in chars if c.size > 0 and c.right >= c.left]
    if not chars:
        return None
    size = sorted(c.size for c in chars)[len(chars) // 2]
    rows = _rows(chars, size)
    gutters = _gutters(rows, size)
    if not gutters or not _prose_columns(text, rows, gutters) or not _run_together(textpage, text, gutters, size):
        return None
    return _read(text, rows, gutters, size)


def _char(textpage: pdfium.PdfTextPage, index: int) -> _Char:
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    return _Char(index, left, bottom, right, top)


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each line of a page's text, as `LINE_END` splits it (pdf.py's `_lines` does too):
    pdfium's text range has one character per character index, its "\r\n" line ends included, so the spans index
    pdfium's characters."""
    position = 0
    for match in LINE_END.finditer(text + "\n"):
        yield position, match.start()
        position = match.end()


def _gap_in_samples(textpage: pdfium.PdfTextPage, text: str) -> bool:
    """True when most of the page's longest lines have a wide gap at one place (their word ends' boxes only)."""
    spans = sorted((s for s in line_spans(text) if s[1] - s[0] >= _SAMPLE_LENGTH), key=lambda s: s[0] - s[1])
    if len(spans) < _SAMPLE_LINES:
        return False
    gaps: list[list[tuple[float, float]]] = []
    for start, end in spans[:_SAMPLE_LINES]:
        wide: list[tuple[float, float]] = []
        for index in range(start + 1, end - 1):
            if text[index].isspace() and not text[index - 1].isspace():
                after = next((i for i in range(index + 1, end) if not text[i].isspace()), None)
                if after is None:
                    continue
                before = _char(textpage, index - 1)
                following = _char(textpage, after)
                if following.left - before.right > _WORD_GAP * max(before.size, following.size):
                    wide.append((before.right, following.left))
        gaps.append(wide)
    for line in gaps:
        for left, right in line:
            middle = (left + right) / 2
            if sum(any(a <= middle <= b for a, b in other) for other in gaps) >= _SAMPLE_AGREE:
                return True
    return False


def _rows(chars: list[_Char], size: float) -> list[list[_Char]]:
    """The page's characters in printed lines (across the columns), top down, each left to right."""
    rows: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: -c.bottom):
        if rows and rows[-1][0].bottom - char.bottom <= _SAME_LINE * size:
            rows[-1].append(char)
        else:
            rows.append([char])
    return [sorted(row, key=lambda c: c.left) for row in rows]


def _spread(row: list[_Char], size: float) -> list[tuple[float, float]]:
    """Where the printed line `row` stands: its characters' boxes, those a word space apart taken as one."""
    spread: list[tuple[float, float]] = []
    for char in row:
        if spread and char.left - spread[-1][1] <= _WORD_GAP * size:
            spread[-1] = (spread[-1][0], max(spread[-1][1], char.right))
        else:
            spread.append((char.left, char.right))
    return spread


def _gutters(rows: list[list[_Char]], size: float) -> list[float]:
    """The x of each gutter between the page's columns, left to right."""
    lines = [_spread(row, size) for row in rows if len(row) >= 3]
    if len(lines) < _RUN_TOGETHER_LINES:
        return []
    left = math.floor(min(spread[0][0] for spread in lines))
    right = math.ceil(max(spread[-1][1] for spread in lines))
    # per point from `left`: the lines crossing it, and the lines with text on both sides of it
    crossing = [0] * (right - left + 2)
    spanning = [0] * (right - left + 2)
    for spread in lines:
        for start, end in spread:
            crossing[math.floor(start) - left + 1] += 1
            crossing[math.ceil(end) - left] -= 1
        spanning[math.floor(spread[0][0]) - left + 1] += 1
        spanning[math.ceil(spread[-1][1]) - left] -= 1
    crossing = list(itertools.accumulate(crossing))
    spanning = list(itertools.accumulate(spanning))
    found: list[list[tuple[int, int]]] = []  # runs of (lines crossing, x)
    width = right - left
    for x in range(math.ceil(_GUTTER_SPAN[0] * width), math.floor(_GUTTER_SPAN[1] * width)):
        free = spanning[x] - crossing[x]
        if crossing[x] <= _GUTTER_CROSSED * len(lines) and free >= _GUTTER_FREE * len(lines):
            if found and found[-1][-1][1] == x - 1:
                found[-1].append((crossing[x], x))
            else:
                found.append([(crossing[x], x)])
    # each run's point crossed least, its middle one among equals
    gutters = []
    for run in found:
        least = min(count for count, _ in run)
        xs = [x for count, x in run if count == least]
        gutters.append(float(left + xs[len(xs) // 2]))
    return gutters


def _by_column(row: list[_Char], gutters: list[float]) -> list[list[_Char]]:
    """A printed line's characters in the columns between the gutters, left to right (each by its middle)."""
    parts: list[list[_Char]] = [[] for _ in range(len(gutters) + 1)]
    for char in row:
        parts[bisect.bisect_left(gutters, (char.left + char.right) / 2)].append(char)
    return parts


def _prose_columns(text: str, rows: list[list[_Char]], gutters: list[float]) -> bool:
    """True when each column between the gutters holds running text: lines filling it, words of letters."""
    columns: list[list[list[_Char]]] = [[] for _ in range(len(gutters) + 1)]
    for row in rows:
        for column, part in zip(columns, _by_column(row, gutters), strict=True):
            if part:
                column.append(part)
    widths_of_columns = []
    for column in columns:
        if len(column) < _RUN_TOGETHER_LINES:
            return False
        lefts = sorted(part[0].left for part in column)
        rights = sorted(part[-1].right for part in column)
        width = rights[int(0.9 * len(rights))] - lefts[len(lefts) // 10]
        widths = sorted(part[-1].right - part[0].left for part in column)
        letters = sum(text[char.index].isalpha() for part in column for char in part)
        if widths[len(widths) // 2] < _COLUMN_FILLED * width or letters < _COLUMN_LETTERS * sum(map(len, column)):
            return False
        widths_of_columns.append(width)
    return min(widths_of_columns) >= _COLUMN_WIDTHS * max(widths_of_columns)


def _run_together(textpage: pdfium.PdfTextPage, text: str, gutters: list[float], size: float) -> bool:
    """True when many of pdfium's lines on the page have text on both sides of a gutter."""
    lines = crossing = 0
    for start, end in line_spans(text):
        visible = [i for i in range(start, end) if not text[i].isspace()]
        if not visible:
            continue
        lines += 1
        first, last = textpage.get_charbox(visible[0])[0], textpage.get_charbox(visible[-1])[2]
        crossing += any(first < x - size and last > x + size for x in gutters)
    return crossing >= _RUN_TOGETHER_LINES and crossing >= _RUN_TOGETHER * lines


def _read(text: str, rows: list[list[_Char]], gutters: list[float], size: float) -> tuple[str, list[int]]:
    """The page's text: a line set across the gutters as it stands, and between two such lines each column's lines
    top down, the columns left to right; with the pdfium index of each character."""
    out: list[str] = []
    order: list[int] = []

    def add(row: list[_Char]) -> None:
        for number, char in enumerate(row):
            if number:
                before = row[number - 1]
                spaced = text[before.index + 1 : char.index].strip(" ") == "" and char.index > before.index + 1
                if spaced or char.left - before.right > _SPACE_GAP * size:
                    out.append(" ")
                    order.append(before.index)
            out.append(text[char.index])
            order.append(char.index)
        last = row[-1].index
        if text[last] in HYPHEN_MARKS:  # pdfium's line-end hyphen: the word goes on at the next line's start
            return
        # a word processor's space at a soft wrap, where pdfium's line ended too (not the space pdfium put between
        # two columns' lines)
        if text[last + 1 : last + 2] == " " and text[last + 2 : last + 3] in ("", "\r", "\n"):
            out.append(" ")
            order.append(last + 1)
        out.append("\r\n")
        order.extend((last, last))

    band: list[list[list[_Char]]] = []  # its printed lines, each in its columns' parts

    def flush() -> None:
        for column in range(len(gutters) + 1):
            for parts in band:
                if parts[column]:
                    add(parts[column])
        band.clear()

    # the page's foot (a footer, its page number), set apart under the columns' last lines: after all the columns
    foot = len(rows)
    while foot > 1 and rows[foot - 2][0].bottom - rows[foot - 1][0].bottom > _FOOT_GAP * size:
        foot -= 1
    for number, row in enumerate(rows):
        spread = _spread(row, size)
        if number >= foot or any(left < x < right for x in gutters for left, right in spread):
            flush()
            add(row)
            continue
        band.append(_by_column(row, gutters))
    flush()
    return "".join(out), order
