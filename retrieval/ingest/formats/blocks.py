"""Building `ExtractedText` block by block, and the rules every reader shares (white space, Gutenberg boilerplate)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from retrieval.ingest.structure import PROSE_KINDS, Block, BlockKind, ExtractedText

# Blocks are joined by one blank line, and a block never holds a blank line itself, so the text still splits into
# the same blocks on blank lines (what the plain-text splitter does).
BLOCK_SEPARATOR = "\n\n"

_BLANK_LINES = re.compile(r"\n[ \t\f\v\r]*(?:\n[ \t\f\v\r]*)+")
_TRAILING_SPACE = re.compile(r"[ \t\f\v\r]+\n")
_INLINE_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # ASCII white space only: a no-break space is kept, as a browser does

# Invisible format characters that only guide line breaking: the soft hyphen (U+00AD), the zero-width space (U+200B),
# the word joiner (U+2060, Standard Ebooks' books set one before every dash) and the zero-width no-break space
# (U+FEFF). Left in, they showed in quotes and split a word in two for search ("nat\u00adure"). Taken out of every
# block and title here, before any offset is taken. Zero-width joiners and non-joiners stay: they shape emoji and
# scripts.
_INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff")

# Template text standing alone: a Jinja, Liquid or Django tag ("{% include header.html %}", "{%- if site.beta -%}"), a
# comment ("{# ... #}"), an output expression ("{{ page.title }}") or a Hugo shortcode ("{{< note >}}", "{{% tab %}}").
# A site generator or a template fills it in, so the page shows other words (or none): a block or a title of template
# text alone is left out of every reader's document ("{% include header.html %}" and "{{ content }}" were sentences of
# a Jekyll layout, "{{ fullname | escape | underline }}" the title of a Sphinx autosummary template).
# A Jinja, Liquid or Django tag ("{% raw %}", "{%- include x.html -%}"), never across its closing "%}".
LIQUID_TAG = r"\{%(?:[^%]|%(?!\}))*%\}"
# A page's title in its YAML front matter (Jekyll, MkDocs, Hugo: "title: Choose an open source license").
FRONT_MATTER_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


def front_matter_title(front: str) -> str | None:
    """The title YAML front matter gives (`FRONT_MATTER_TITLE`), its quotes taken off; None when it gives none."""
    found = FRONT_MATTER_TITLE.search(front)
    return found.group(1).strip("'\"") if found else None


# A Jinja/Liquid output expression in running text ("Your site is at {{ site.url }}", "{{ .Site.Title }}"): the site
# generator puts a value there, so the page never shows it as written (in a code span it stays, shown literally).
TEMPLATE_EXPRESSION = r"\{\{-?[ \t]*[^{}<%\s][^{}\n]*?-?\}\}"
# A tag or an expression among a line's words ("<p>{{ site.title }} is a framework</p>"): the words stay, the tag goes,
# with the space before it when punctuation follows ("the docs of {{ site.title }}." shows "the docs of.").
TEMPLATE_IN_TEXT = (
    rf"[ \t]*{LIQUID_TAG}(?=[ \t]*[.,;:!?)])|{LIQUID_TAG}"
    rf"|[ \t]*{TEMPLATE_EXPRESSION}(?=[ \t]*[.,;:!?)])|{TEMPLATE_EXPRESSION}"
)
_TEMPLATE_ONLY = re.compile(
    rf"(?:\s*(?:{LIQUID_TAG}|\{{#(?:[^#]|#(?!\}}))*#\}}|\{{\{{(?:[^}}]|\}}(?!\}}))*\}}\}}))+\s*"
)  # each piece ends at its own closing mark, never across the text between two


def template_only(text: str) -> bool:
    """True for text made of template tags, comments and expressions alone (see `_TEMPLATE_ONLY`)."""
    return "{" in text and _TEMPLATE_ONLY.fullmatch(text) is not None


# Joins the cells of a table row: reads as a row when quoted, and no cell text is glued to the next one.
CELL_SEPARATOR = " | "
# Labels of admonition boxes (notes, warnings, examples): a box's title that only names its kind, never an answer
# (HTML's box titles, a DocBook PDF's "Tip" beside its icon).
BOX_LABELS = frozenset(
    ("note", "notes", "warning", "tip", "hint", "caution", "important", "example", "danger", "attention", "info")
)
# Those of them that also title a section of their own (a paper's "Notes", a manual's "Example").
SECTION_LABELS = frozenset(("notes", "example", "info"))


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


def _clean(text: str) -> str:
    return _BLANK_LINES.sub("\n", _TRAILING_SPACE.sub("\n", text.translate(_INVISIBLE))).strip()


class BlockBuilder:
    """Collects blocks in reading order and lays out the document text they are slices of."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []

    def add(
        self, kind: BlockKind, text: str, *, level: int = 0, page: int = 0, term: str = "", header: bool = False
    ) -> None:
        """Append one block, invisible format characters (`_INVISIBLE`) taken out; empty (all white space) text adds
        nothing. Blank lines inside become single breaks. A description's `term` opens it, on a line of its own, as
        its label (`Block.label`). A table row's `header` marks its table's header row (`Block.header`)."""
        text = _clean(text)
        term = _clean(term)
        label = len(term) if term and text else 0
        text = f"{term}\n{text}" if label else term or text
        if not text or (kind != "code" and template_only(text)):
            return
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        header = header and kind == "table_row"
        self._blocks.append(Block(kind, start, self._length, level if kind == "heading" else 0, page, label, header))

    def add_row(self, cells: Iterable[str], *, page: int = 0, header: bool = False) -> None:
        """Append a table row: its non-empty cells joined by `CELL_SEPARATOR` (a row of empty cells adds nothing);
        `header` if it is its table's header row."""
        self.add("table_row", CELL_SEPARATOR.join(cell for cell in cells if cell), page=page, header=header)

    @property
    def blocks(self) -> list[Block]:
        return self._blocks

    def join_next(self, index: int, joint: str = "\n") -> None:
        """Make block `index` and the one after it one block of the latter's kind, `joint` between their texts in
        place of the blocks' separator (a PDF table row's number given apart from its text)."""
        text = self.text()
        first, second = self._blocks[index], self._blocks[index + 1]
        joined = text[: first.end] + joint + text[second.start :]
        shift = len(joint) - (second.start - first.end)
        self._parts, self._length = [joined], len(joined)
        self._blocks[index : index + 2] = [replace(second, start=first.start, end=second.end + shift)]
        for later in range(index + 1, len(self._blocks)):
            block = self._blocks[later]
            self._blocks[later] = replace(block, start=block.start + shift, end=block.end + shift)

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
        """The document: its text, blocks (Gutenberg boilerplate and title page, a table of contents, captions that only
        name a figure and a reference list's entries turned to meta) and title."""
        text = self.text()
        blocks = mark_gutenberg_boilerplate(text, self._blocks)
        entries = contents_entries(text, blocks)
        blocks = mark_title_page(text, blocks, entries, gutenberg=_GUTENBERG_TITLE.match(title or "") is not None)
        blocks = as_meta(blocks, entries)  # a table of contents
        blocks = mark_captions_and_references(text, blocks)
        if format_name in _FAQ_FORMATS:
            blocks = faq_questions(text, blocks)
        if title is not None:
            title = book_title(collapse_space(title.translate(_INVISIBLE)).strip()).strip() or None
        if title is not None and template_only(title):
            title = None
        if title:
            blocks = as_meta(blocks, title_lines(text, blocks, title))
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


# What a table of contents' heading says, as `name_key` gives it ("Contents", "TABLE OF CONTENTS.", "Content").
_CONTENTS_NAMES = frozenset({"contents", "table of contents", "content"})


def names_contents(line: str) -> bool:
    """True for a line that names a table of contents ("Contents", "Table of Contents"): its heading."""
    return name_key(line) in _CONTENTS_NAMES


def _names_a_later_heading(row: str, last_heading: dict[str, int], index: int) -> bool:
    """A contents row whose cells are a chapter's name (a heading further on) beside labels and page numbers
    ("III. | The Master of the Mint | 28" before the headings "CHAPTER III." and "The Master of the Mint.")."""
    cells = [name_key(cell) for cell in row.split(CELL_SEPARATOR)]
    numbers = [cell for cell in cells if _NUMBERING.fullmatch(cell)]
    named = [cell for cell in cells if cell not in numbers and last_heading.get(cell, -1) > index]
    return len(named) == 1 and len(named) + len(numbers) == len(cells)


# A contents row's other cells: a chapter's number or a page number ("III.", "CHAPTER I.", "28", "vii").
_NUMBERING = re.compile(r"(?:(?:chapter|chap|book|part|section|letter)\s+)?(?:[ivxlc]+|\d{1,4})")


# How many blocks from the top the title may stand as a line of its own (after a cover page's logo text or a date).
_TITLE_LINE_REACH = 5


def title_lines(text: str, blocks: list[Block], title: str) -> set[int]:
    """The prose blocks near the top, before any heading, that only print the document's title (a DOCX's cover table
    holding the title of its metadata): the title is no answer, as a heading is none."""
    key = collapse_space(title).strip().casefold()
    found: set[int] = set()
    for index, block in enumerate(blocks[:_TITLE_LINE_REACH]):
        if block.kind == "heading":
            break
        if block.kind in PROSE_KINDS and collapse_space(text[block.start : block.end]).strip().casefold() == key:
            found.add(index)
    return found


def as_meta(blocks: list[Block], indexes: set[int]) -> list[Block]:
    """The blocks with those at `indexes` turned to meta."""
    return [replace(block, kind="meta", level=0) if index in indexes else block for index, block in enumerate(blocks)]


def contents_entries(text: str, blocks: list[Block]) -> set[int]:
    """The blocks of a table of contents: rows, list items or lines (three or more) that name a heading further on in
    the document ("CHAPTER I. | APPEARANCE AND REALITY" before the chapter "CHAPTER I. APPEARANCE AND REALITY"),
    perhaps with a page number. They would otherwise answer questions with a chapter's bare name."""
    last_heading: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            last_heading[name_key(text[block.start : block.end])] = index
    if len(last_heading) < _CONTENTS_ENTRIES:
        return set()
    entries = set()
    for index, block in enumerate(blocks):
        if block.kind not in PROSE_KINDS:
            continue
        block_text = text[block.start : block.end]
        key = name_key(block_text)
        names_one = any(name and last_heading.get(name, -1) > index for name in (key, _PAGE_NUMBER_END.sub("", key)))
        if names_one or (block.kind == "table_row" and _names_a_later_heading(block_text, last_heading, index)):
            entries.add(index)
    return entries if len(entries) >= _CONTENTS_ENTRIES else set()


# A book's title page holds at most this many blocks besides meta ones, and a block of this many words is text (a
# preface, a licence).
_TITLE_PAGE_BLOCKS = 40
_TITLE_PAGE_WORDS = 20


def mark_title_page(text: str, blocks: list[Block], entries: set[int], gutenberg: bool = False) -> list[Block]:
    """A Project Gutenberg book's title page is meta: what stands after the START line (or from the start of a book
    whose title says it is Project Gutenberg's, `gutenberg`, an edition without the licence header, when it has
    contents) up to the table of contents (`entries`), or in a book without one up to the heading of its first text
    (the first block of `_TITLE_PAGE_WORDS` words or more). Its headings (the title, "by", the author, a series, the
    publisher) were the section over every chapter after them, and its lines (the imprint, "All rights reserved", an
    edition's history) were quoted as answers. A long block on it (a licence, a transcriber's note) stays text."""
    start = next(
        (i for i, block in enumerate(blocks) if block.kind == "meta" and _GUTENBERG_START.search(_text(text, block))),
        None,
    )
    if start is None and not gutenberg:
        return blocks
    headerless = start is None  # an edition without the licence header: its title page ends at its contents
    start = -1 if start is None else start

    def long(index: int) -> bool:
        return blocks[index].kind in PROSE_KINDS and len(_text(text, blocks[index]).split()) >= _TITLE_PAGE_WORDS

    # the contents open with three entries in a row (an image's name before the heading it shows names it too)
    contents = [i for i in sorted(entries) if i > start and i + 1 in entries and i + 2 in entries]
    first_text = next((i for i in range(start + 1, len(blocks)) if long(i)), len(blocks))
    if contents:
        end = contents[0]
    elif headerless:
        return blocks
    else:
        # the first text's own heading ("CHAPTER I") opens the book
        end = max((i for i in range(start + 1, first_text) if blocks[i].kind == "heading"), default=start + 1)
    if sum(blocks[i].kind != "meta" for i in range(start + 1, end)) > _TITLE_PAGE_BLOCKS:
        return blocks
    page = {
        i
        for i in range(start + 1, end)
        if blocks[i].kind == "heading" or (blocks[i].kind in PROSE_KINDS and not long(i))
    }
    return as_meta(blocks, page)


def _text(text: str, block: Block) -> str:
    return text[block.start : block.end]


# A FAQ set as a list: each entry a description list's term and its description (an HTML <dt> and <dd>, a Markdown
# "Question?" / ": Answer", an RST definition list), or a list item whose first line is the question. Read as one
# item, the question was a sentence of its own that outranked its answer ("Are multi-page .TIFFs supported?" over
# "Yes - you can convert any page ..."), and a question without a question mark ran into the answer's first
# sentence ("When I resize a small image to larger dimensions, it stays at the original size. This is by design").
# In a section (between two headings) whose items of two lines or more open with a question line at least
# `FAQ_MIN_QUESTIONS` times and at least `FAQ_QUESTION_SHARE` of the time, each such item's first line, if it ends
# a sentence and has at most `FAQ_QUESTION_WORDS` words, is a heading one level below the section, and the rest the
# answer's item under it: the question is the section its answer's sentences stand under, as a FAQ page with a
# heading per question reads (retrieval/answer/ranking.py's `_asked_by_heading`). Only the readers whose items keep
# their own line breaks: a PDF's or a plain text's item breaks where its lines wrap.
_FAQ_FORMATS = frozenset({"html", "epub", "markdown", "rst", "asciidoc", "org", "docx", "odt"})
FAQ_MIN_QUESTIONS = 2
FAQ_QUESTION_SHARE = 0.6
FAQ_QUESTION_WORDS = 40
_QUESTION_LINE = re.compile(r"(?:Q\s*[:.)]\s+\S.*|.*\?[\"'”’)*]*)", re.DOTALL)
_ENDS_SENTENCE = re.compile(r".*(?:[.?!…]|\.\.\.)[\"'”’)*]*", re.DOTALL)


def faq_questions(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks, each question of a FAQ set as a list (see `_FAQ_FORMATS`) a heading over its answer."""
    out: list[Block] = []
    section: list[Block] = []
    level = 1  # the level of the heading the section stands under

    def close() -> None:
        items = [b for b in section if b.kind == "list_item" and "\n" in _text(text, b)]
        firsts = {b: _text(text, b).split("\n", 1)[0].strip() for b in items}
        questions = sum(1 for first in firsts.values() if _QUESTION_LINE.fullmatch(first))
        faq = questions >= FAQ_MIN_QUESTIONS and questions >= FAQ_QUESTION_SHARE * len(items)
        for block in section:
            first = firsts.get(block, "")
            if not (faq and first and len(first.split()) <= FAQ_QUESTION_WORDS and _ENDS_SENTENCE.fullmatch(first)):
                out.append(block)
                continue
            cut = block.start + _text(text, block).index("\n")
            out.append(Block("heading", block.start, cut, min(level + 1, 6), block.page))
            answer = cut + 1
            while answer < block.end and text[answer].isspace():
                answer += 1
            out.append(Block("list_item", answer, block.end, 0, block.page))
        section.clear()

    for block in blocks:
        if block.kind == "heading":
            close()
            level = block.level
            out.append(block)
        else:
            section.append(block)
    close()
    return out


# A figure's or a table's label: "Figure 3:", "Fig. 2.", "Table 2-1", "TABLE IV", "Exhibit ES-1", "Algorithm 3.2",
# "Figure 7.1.:"; the one rule every reader uses (PDF, plain text, the block marks below), so they agree on captions.
_CAPTION_LABEL = re.compile(
    r"^(?:Figure|FIGURE|Fig\.|FIG\.|Table|TABLE|Exhibit|EXHIBIT|Listing|Chart|Algorithm|ALGORITHM)\s+(?:[A-Z]{1,3}-)?"
    r"(?:\d{1,3}(?:[.-]\d{1,3})*|[IVXLC]{1,6}|[A-Z](?:[.-]\d{1,3})?)(?:\s*(?:\.:|[.:\u2013\u2014-])(?=\s|$)|(?=\s|$))"
)
_CAPTION_TITLE_WORDS = 12
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+\S")
# A title names; a sentence after a label says something ("Table V. User defined glue types are indicated by ...",
# a sentence that went on after "as shown in" at a line's end).
_SAYS = re.compile(r"\b(?:is|are|was|were|shows?|gives?|lists?|has|have|can|may|must|should|will)\b")


def opens_with_figure_label(text: str) -> bool:
    """True for text that opens with a figure's or a table's label, punctuated or not ("Figure 2-1 Tunneling
    Architecture", "Table 3: ...", "Algorithm 3.2"; not "Table of Contents" or "Figure out ...")."""
    return _CAPTION_LABEL.match(text) is not None


def opens_with_figure_reference(text: str) -> bool:
    """True for text that opens with a figure's or a table's label set apart by no punctuation and going on in lower
    case, as running text names one ("Figure 2 show that ...", "Table 10-1 summarizes ..."; not "Figure 2: Noise
    spectra", "Figure 2. The noise ...")."""
    label = _CAPTION_LABEL.match(text)
    return (
        label is not None
        and label.group(0).rstrip()[-1:] not in ".:\u2013\u2014-"
        and text[label.end() :].lstrip()[:1].islower()
    )


def opens_with_set_off_figure_label(block_text: str) -> bool:
    """True for a block that opens with a figure's or a table's label set apart by its punctuation, or alone
    ("Figure 3.7: This figure shows ...", "Table 2"; not "Table 10-1 summarizes ...")."""
    label = _CAPTION_LABEL.match(block_text)
    return label is not None and (
        label.group(0).rstrip()[-1:] in ".:\u2013\u2014-" or not block_text[label.end() :].strip()
    )


def is_bare_caption_label(text: str) -> bool:
    """True for a figure's or a table's label alone, punctuated or not ("TABLE I", "Table 8-1", "Figure 3:")."""
    label = _CAPTION_LABEL.match(text)
    return label is not None and not text[label.end() :].strip()


# A picture's caption line that is no sentence: a credit ("Taken by @bidgehop", "Photo: A. Name") or a name for what it
# shows ("The main menu"), a few words with no sentence's end. It names the picture without saying anything.
_CAPTION_LINE_WORDS = 14
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]*_]*(?:\s|\Z)")


def is_caption_line(text: str) -> bool:
    """True for a line beside a picture that only credits or names it (see `_CAPTION_LINE_WORDS`)."""
    words = text.split()
    return 0 < len(words) <= _CAPTION_LINE_WORDS and not _SENTENCE_END.search(text.strip())


# An image's credit written out as the caption's last line or a paragraph of its own ("Photograph by Ed Marshall,
# Redonda Restoration Programme", "Image: WSig", "(Credit: Clayton Aldern / Grist)", "...skulls.Credit:
# DrMikeBaxter/Wikipedia", "Left Image: National Oceanic ...", Medium's "Source: Wikimedia Commons", a blog's "Photo
# by Jane Doe on Unsplash", "Image: Jane Doe, CC BY-SA 4.0"), where no markup names it: who took the picture, not the
# document's words, in every format. Capitalised, a few words, after a sentence's end or alone, perhaps in emphasis
# ("Source code: Lib/os.py" is no credit, nor "Photo: the harbour office." ending as a sentence does).
_CREDIT_LINE_WORDS = 14
_CREDIT_LINE = re.compile(
    r"(?:^|(?<=[.!?\"”’)]))\s*[(*_]*(?:(?:Left|Right|Top|Bottom|Above|Below|Main|Lead|Header|Hero|Featured|Cover) )?"
    r"(?:Photo(?:graph)?s?|Images?|Pictures?|Illustrations?|Video|Footage|Credits?|Sources?)(?: [Cc]redits?)?"
    r"(?: by [A-Z]|:\s*\S)(?:(?![.!?](?:\s|$))[^\n])*$"
)


def credit_line(text: str) -> re.Match[str] | None:
    """The picture credit that ends `text` or is all of it (see `_CREDIT_LINE`), or None."""
    credit = _CREDIT_LINE.search(text)
    return credit if credit is not None and len(credit.group().split()) <= _CREDIT_LINE_WORDS else None


def picture_runs(pictures: Sequence[bool], lines: Sequence[str]) -> list[tuple[bool, str]]:
    """A paragraph's `lines` (each a line of pictures alone or not, `pictures`) as runs of lines, each with whether it
    is meta (the pictures and the caption lines beside them, `is_caption_line`) and its text."""

    def caption(index: int) -> bool:
        beside = (index > 0 and pictures[index - 1]) or (index + 1 < len(lines) and pictures[index + 1])
        return beside and is_caption_line(lines[index])

    runs: list[tuple[bool, str]] = []
    for index, line in enumerate(lines):
        meta = pictures[index] or caption(index)
        if runs and runs[-1][0] == meta:
            runs[-1] = (meta, f"{runs[-1][1]}\n{line}")
        else:
            runs.append((meta, line))
    return runs


def is_caption_title(block_text: str) -> bool:
    """True for a caption that only names its figure or table ("Figure 2-1. Tunneling Architecture", "Table 1",
    "TABLE III"): a label, then a title of a few words and no sentence. A caption that says something ("Table 3.7:
    Timing results for ... on a 2.4 GHz machine") is prose, and "Table 2 compares ..." is a sentence."""
    label = _CAPTION_LABEL.match(block_text)
    if label is None:
        return False
    title = block_text[label.end() :].strip()
    if not title:
        return True
    if label.group(0).rstrip()[-1:] not in ".:\u2013\u2014-" and not title[:1].isupper():
        return False  # "Figure 2 describes a common flow ..."
    if _SAYS.search(title):
        return False
    return len(title.split()) <= _CAPTION_TITLE_WORDS and not _INNER_SENTENCE_END.search(title.rstrip("."))


# A section listing the works a document cites.
_REFERENCES_HEADING = re.compile(
    r"^(?:[\dA-Z]{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:general|normative|informative|other|selected)\s+)?"
    r"(?:references|bibliography|works cited|literature cited|cited works|reference list|list of references)\.?$",
    re.IGNORECASE,
)
# An entry of a reference list: its citation key in brackets ("[12] A. Author, ...", "[BALLOON] Boneh, Dan, ..."),
# or the authors' names and the year ("Akari Asai, Kazuma Hashimoto, ... 2020. Learning to ...").
_REFERENCE_ENTRY = re.compile(
    r"^(?:\[[^\]\s]{1,24}\]\s"
    r"|[A-Z][\w'’.-]+(?:\s(?:and\s)?[A-Z][\w'’.-]+){0,3}[,.]\s.{0,300}?\b(?:1[89]|20)\d\d[a-z]?[.)])",
    re.DOTALL,
)
_URL_PIECE = re.compile(r"^\S+$")  # the rest of an entry's address, broken onto a line of its own
# An entry's address, set on a line of its own under it, that the next entries ran on from ("https://github.com/a/b
# [Kar15a] A. Karpathy, ..." in a two-column paper's hanging-indented reference list)
_URL_OPENING = re.compile(r"^(?:https?://|ftp://|www\.)\S+\s")


def mark_captions_and_references(text: str, blocks: list[Block]) -> list[Block]:
    """Captions that only name their figure or table, a picture's credit (`_credit_start`: split off the words of its
    list item or table row before it), and the entries of a reference list (under a "References" or "Bibliography"
    heading), are meta: they matched a question's words without answering it."""
    marked: list[Block] = []
    references_level = 0  # the level of the reference list's heading while inside it, else 0
    entry_before = False
    for block in blocks:
        block_text = text[block.start : block.end]
        if block.kind == "heading":
            name = " ".join(block_text.split())
            if _REFERENCES_HEADING.match(name):
                references_level = references_level or max(block.level, 1)
            elif references_level and max(block.level, 1) <= references_level:
                references_level = 0
            entry_before = False
        elif block.kind in PROSE_KINDS:
            entry = references_level and (
                _REFERENCE_ENTRY.match(block_text)
                or (entry_before and (_URL_PIECE.match(block_text) or _URL_OPENING.match(block_text)))
            )
            entry_before = bool(entry)
            if entry or is_caption_title(block_text):
                block = replace(block, kind="meta", level=0)
            elif (credit := _credit_start(block, block_text)) is not None:
                before = text[block.start : credit].rstrip().removesuffix(CELL_SEPARATOR.strip()).rstrip()
                if before:  # the item's words or the row's cells before the credit stay
                    marked.append(replace(block, end=block.start + len(before)))
                block = replace(block, kind="meta", level=0, start=credit, label=0, header=False)
        marked.append(block)
    return marked


def _credit_start(block: Block, block_text: str) -> int | None:
    """Where a picture's credit (`credit_line`) starts in a paragraph, a list item or a table row, None when it has
    none: a paragraph's or an item's whole text, an item's last line under its words, a row's last cell or cells (a
    credit under a picture in a table of pictures). A credit amid a row's cells is kept: cut out, the cells after it
    would stand under the wrong column's name."""
    if block.kind == "table_row":
        cells = block_text.split(CELL_SEPARATOR)
        credits = 0
        while credits < len(cells) and (found := credit_line(cells[-1 - credits])) is not None and not found.start():
            credits += 1
        return block.end - len(CELL_SEPARATOR.join(cells[-credits:])) if credits else None
    if block.kind not in ("paragraph", "list_item") or (found := credit_line(block_text)) is None:
        return None
    if not found.start():
        return block.start
    credit = found.group()
    lead = credit[: len(credit) - len(credit.lstrip())]
    return block.start + found.start() + len(lead) if block.kind == "list_item" and "\n" in lead else None
