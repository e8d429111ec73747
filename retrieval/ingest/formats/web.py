"""HTML and EPUB: the main text of a page, block by block, as a browser shows it.

lxml's HTML parser (libxml2; BSD, wheels everywhere, and already needed by python-docx) reads broken markup the way
browsers mostly do. Measured here on the three go.dev pages and the 486 kB Gutenberg Franklin HTML: parsing the four
takes 17 ms with lxml and 11 ms with selectolax (lexbor); the whole extraction takes 0.09 s with lxml. selectolax
would be one more compiled dependency for 6 ms, and lxml's text/tail model suits the block walk below.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import unquote

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

from retrieval.ingest.decode import NO_SENTENCES, UnreadableDocument, decode_bytes
from retrieval.ingest.formats.archive import open_archive
from retrieval.ingest.formats.blocks import (
    BOX_LABELS,
    CELL_SEPARATOR,
    TEMPLATE_IN_TEXT,
    BlockBuilder,
    collapse_space,
    credit_line,
    front_matter_title,
    is_caption_line,
    picture_runs,
)
from retrieval.ingest.formats.progress import parts_read
from retrieval.ingest.structure import PROSE_KINDS, BlockKind, ExtractedText

log = logging.getLogger(__name__)

# Page furniture and what is never shown: not the document's text.
# Sphinx's viewcode link after a signature ("[source]"): a link to the module's source, not words of the page.
# MediaWiki's (Wikipedia's and every wiki on it) skip links ("Jump to: navigation, search"), print footer ('Retrieved
# from "https://..."') and category box ("Categories:", "Hidden categories:"): furniture of every page, not its text.
# A dropdown menu (Bootstrap's and GitHub Primer's "dropdown-menu") is shown only when its button is clicked: GitHub's
# clone menu ("Clone", "Use Git or checkout with SVN using the web URL.") read as a repository page's text.
_FURNITURE_CLASSES = frozenset(
    {"viewcode-link", "viewcode-back", "mw-jump", "mw-jump-link", "printfooter", "catlinks", "dropdown-menu"}
)
_SKIPPED = frozenset(
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "head", "svg", "math",
        "button", "select", "textarea", "iframe", "object", "canvas", "map", "audio", "video",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements that start a new block of text (everything else is inline and joins the text around it).
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "body", "html", "blockquote", "ul", "ol", "dl", "dt", "dd", "li",
        "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "hr", "address", "center",
        "details", "summary", "fieldset", "legend", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "menu", "dir",
    }
)  # fmt: skip
# A paragraph that only numbers and names what the next one says: "1. Temperance", "13. Humility." (Franklin's virtues,
# each precept a paragraph of its own under its name).
_NUMBERED_LABEL = re.compile(r"^\d{1,3}\.\s+[A-Z][^\W\d]*(?:\s+[^\W\d]+){0,3}[.:]?$")
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)$", re.IGNORECASE)
# An image's alt text that only labels the image for its maker: a numbered name ("Illo1", "fig_12", "img-003") or a
# generic word ("Cover Image", "illustration"). Read as text, every picture of a Gutenberg book stood as a paragraph.
_IMAGE_LABEL = re.compile(
    r"^(?:[a-z_-]*\d+[\w-]*|(?:(?:front |book )?cover|title ?page)(?: image| art| picture)?"
    r"|image|picture|illustration|photo(?:graph)?|figure|logo|frontispiece)$",
    re.IGNORECASE,
)
# An element its own style hides, as browsers and readability's visibility test read it: a menu shown by a script
# ('<div id="global-nav-popupMenu" style="display:none;">' on ClinicalTrials.gov: "Find Studies Find Studies Menu"
# stood as list items above the study).
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|!|$)", re.IGNORECASE)
_LINE_BREAK = "\x00"  # stands for <br> until white space is collapsed (a parsed document never holds NUL)
_BREAK_SPACE = re.compile(r" ?\x00 ?")
# A block that is only a count ("124", "2.7k", "-3", "1,339"): a post's votes beside its arrows (Stack Exchange, Reddit,
# whose class names are hashed), a repository's short commit id, a tally. No sentence: meta, never an answer.
_COUNT = re.compile(r"[+\-\u2212]?\d[\d,.\u202f]*[kKmM]?")


@dataclass(frozen=True, slots=True)
class _Label:
    """A block waiting for the one it names: joined to it as one list item when that one is of a kind in `names`,
    else added alone as `alone`."""

    text: str
    alone: BlockKind
    names: frozenset[BlockKind]


# A numbered label paragraph ("13. Humility.") names the paragraph after it; a description list's term ("-k --keep")
# its description, a paragraph or a list item.
_NUMBERED_NAMES: frozenset[BlockKind] = frozenset({"paragraph"})
_TERM_NAMES: frozenset[BlockKind] = frozenset({"paragraph", "list_item"})


# An image's alt text among the gathered text is marked off (control characters no parsed document holds), so that a
# line of pictures in a block with text is known (`_picture_lines`), as Markdown's reader knows it.
_ALT_OPEN, _ALT_CLOSE = "\x01", "\x02"
_ALT_MARKS = str.maketrans("", "", _ALT_OPEN + _ALT_CLOSE)


def _without_alt_marks(text: str) -> str:
    return text.translate(_ALT_MARKS)


def _picture_lines(gathered: str, text: str) -> list[tuple[bool, str]] | None:
    """A block holding a line of pictures alone and a line with text, as runs of lines, each with whether it is
    meta (the pictures and the caption lines beside them, `is_caption_line`) and its text; None for any other block.
    The runs' lines are those of `text`, the block's text (`gathered` is it before collapsing, alt texts marked)."""
    if _ALT_OPEN not in gathered:
        return None
    marked = _BREAK_SPACE.sub("\n", collapse_space(gathered)).strip().split("\n")
    lines = [collapse_space(_without_alt_marks(line)).strip() for line in marked]
    if len(lines) < 2 or "\n".join(lines) != text:
        return None
    pictures = [
        bool(line) and not any(ch.isalnum() for ch in re.sub(r"\x01[^\x02]*\x02", "", raw))
        for raw, line in zip(marked, lines, strict=True)
    ]
    if not any(pictures) or all(pictures):
        return None
    return picture_runs(pictures, lines)


class _HtmlWalker:
    """Walks an element tree, gathering inline text and turning block elements into blocks."""

    def __init__(self, builder: BlockBuilder) -> None:
        self.builder = builder
        self.inline: list[str] = []
        self.kind: BlockKind = "paragraph"
        self.in_link = 0  # depth of in-page links (<a href="#...">) around the text being gathered
        self.linked = 0  # letters and digits of the gathered text inside them
        self.unlinked: list[str] = []  # the gathered text outside them
        self.in_any_link = 0  # depth of links of any kind, and the gathered text outside them
        self.outside_links: list[str] = []
        self.links = 0  # links of any kind in the gathered text
        self.pages: list[str] = []  # consecutive <pre> blocks of prose, read together as paginated plain text
        self.boilerplate = 0  # depth of ebook boilerplate sections (`_BOILERPLATE_TYPES`) around the walk
        self.cards = 0  # depth of teaser cards of other pages (`_is_link_card`, `_is_teaser_card`) around the walk
        self.teaser_cards: dict[lxml.etree._Element, bool] = {}  # box -> whether it is a teaser card
        self.in_caption = 0  # depth of image captions (`_is_caption`) around the walk
        self.captions: set[str] = set()  # the captions read so far
        self.label: _Label | None = None  # a numbered label or a description list's term waiting for what it names
        self.one_column: dict[lxml.etree._Element, bool] = {}  # table -> whether it has one column (`_is_layout_row`)
        self.section_level = 1  # the level of the last heading: an object description is a section below it
        self.objects = 0  # depth of object descriptions (`_is_object_description`) around the walk
        self.in_byline = 0  # depth of bylines and datelines (`_is_byline`) around the walk
        self.bylined = 0  # letters and digits of the gathered text inside them, and the gathered text outside them
        self.outside_byline: list[str] = []
        self.in_alt = False  # an image's alt text is being gathered, and whether any other text has been
        self.shown = False

    def add(self, kind: BlockKind, text: str, *, level: int = 0, header: bool = False) -> None:
        """Add a block; inside an ebook's imprint, colophon or copyright page every block is meta. A paragraph that is
        only a numbered label ("13. Humility.") and the paragraph after it ("Imitate Jesus and Socrates.") are one
        list item, as a description list's term and its description are (`_Label`): apart, the precept lost the name
        that a question asks it by."""
        kind = "meta" if self.boilerplate or self.cards else kind
        label, self.label = self.label, None
        if label is not None:
            if kind in label.names and label.names is _TERM_NAMES:
                self.builder.add("list_item", text, term=label.text)  # the term labels its description
                return
            if kind in label.names:
                self.builder.add("list_item", f"{label.text}\n{text}")
                return
            self.builder.add(label.alone, label.text)
        if kind == "paragraph" and _NUMBERED_LABEL.match(text):
            self.label = _Label(text, "paragraph", _NUMBERED_NAMES)
            return
        self.builder.add(kind, text, level=level, header=header)

    def finish(self) -> None:
        """Add what is still gathered at the end of the page."""
        self.flush_all()
        if self.label is not None:
            self.builder.add(self.label.alone, self.label.text)
            self.label = None

    def text(self, text: str | None) -> None:
        if text:
            self.inline.append(f"{_ALT_OPEN}{text}{_ALT_CLOSE}" if self.in_alt else text)
            if self.in_link:
                self.linked += sum(ch.isalnum() for ch in text)
            else:
                self.unlinked.append(text)
            if not self.in_any_link:
                self.outside_links.append(text)
            if not self.in_alt:
                self.shown = self.shown or any(ch.isalnum() for ch in text)
            if self.in_byline:
                self.bylined += sum(ch.isalnum() for ch in text)
            else:
                self.outside_byline.append(text)

    def _after_line_break(self) -> bool:
        """Whether the text gathered so far ends with a line break, white space aside."""
        for piece in reversed(self.inline):
            if piece == _LINE_BREAK:
                return True
            if piece.strip():
                return False
        return False

    def flush_all(self) -> None:
        """Add all that is gathered so far, in page order: the <pre> pages and the text."""
        self.flush()
        self.flush_pages()

    def flush(self, term: bool = False, anchored: bool = False) -> None:
        """Add the text gathered so far as a block; with `term`, keep it (unless it is navigation) as the term that
        opens the next block, its description. An `anchored` term is no navigation: its links are its permalink."""
        gathered = "".join(self.inline)
        text = _BREAK_SPACE.sub("\n", collapse_space(_without_alt_marks(gathered))).strip()
        pictured = _picture_lines(gathered, text) if self.kind in ("paragraph", "list_item") else None
        outside = "".join(self.outside_links)
        navigation = not anchored and (
            _is_navigation(self.linked, "".join(self.unlinked))
            or _is_link_teaser(text, outside, _HEADLINE_WORDS if self.kind == "paragraph" else _TEASER_WORDS)
            or _is_link_bar(self.links, outside)
        )
        byline = (self.bylined > 0 and _only_byline_words("".join(self.outside_byline))) or (
            self.kind == "paragraph" and _is_unmarked_byline(text)
        )
        # a block of an image's alt text alone: what stands in for the picture, not words the page shows with it
        # ("IDPF Logo" opening every chapter of the EPUB 3 spec)
        alt_only = not self.shown
        self.inline, self.unlinked, self.outside_links, self.outside_byline = [], [], [], []
        self.linked = self.links = self.bylined = 0
        self.shown = False
        if text:
            self.flush_pages()
            if term and not navigation and not self.boilerplate:
                label = self.label
                if label is not None and label.names is _TERM_NAMES:
                    text = f"{label.text}\n{text}"  # terms in a row ("-q", "--quiet") name one description
                elif label is not None:
                    self.builder.add(label.alone, label.text)  # a numbered label that named no paragraph
                self.label = _Label(text, "list_item", _TERM_NAMES)
                return
            # a count alone; not a description's value, which stays with its term ("Posts" / "2,206")
            count = self.kind in ("paragraph", "list_item") and self.label is None and _COUNT.fullmatch(text)
            if navigation or byline or alt_only or count:
                self.add("meta", text)
                return
            if pictured is not None:  # a line of pictures with text: the pictures and their captions are meta
                for meta, words in pictured:
                    self.add("meta" if meta else self.kind, words)
                return
            credit = credit_line(text) if self.kind == "paragraph" else None
            if credit is not None and credit.start() > 0:
                # a caption's credit after its sentence ("... phenomenon.Credit: Ou Dongqu/Xinhua"): not its words
                self.add(self.kind, text[: credit.start()].rstrip())
                self.add("meta", text[credit.start() :].strip())
                return
            # a caption that only credits or names its picture ("Taken by @gullwing"), as beside a picture in Markdown
            named = self.in_caption and self.kind == "paragraph" and is_caption_line(text)
            self.add("meta" if credit is not None or named else self.kind, text)

    def flush_pages(self) -> None:
        """Add the <pre> blocks gathered so far (with nothing but empty elements between them): code, or, when
        together they are prose (`is_prose_preformatted`), plain text whose pages they are."""
        pages, self.pages = self.pages, []
        if not is_prose_preformatted("\n".join(pages)):
            for text in pages:
                self.add("code", text)
            return
        from retrieval.ingest.formats.plain import plain_text  # plain imports nothing of this module

        document = plain_text("\f".join(pages))
        for block in document.blocks:
            self.add(block.kind, document.block_text(block), level=block.level)

    def walk(self, element: lxml.etree._Element) -> None:
        tag = _tag(element)  # XHTML elements carry a namespace
        if not tag or _skipped(element, tag):
            # comments and processing instructions (no string tag) and skipped elements: only their tail is text
            self.text(element.tail)
            return
        caption = not self.in_caption and _is_caption(element, tag)
        if caption:
            # a news page repeats an image's caption for its enlarged view (NPR's "enlarge_html"): read it once
            seen = collapse_space(_visible_text(element)).strip()
            if seen and seen in self.captions:
                self.text(element.tail)
                return
            self.captions.add(seen)
        boilerplate = not _BOILERPLATE_TYPES.isdisjoint(_epub_types(element))
        if boilerplate:
            self.flush_all()
            self.boilerplate += 1
        card = not self.cards and tag in _CARD_TAGS and self._is_teaser_card(element)
        if card:
            self.flush_all()
            self.cards += 1
        byline = _is_byline(element, tag)
        self.in_caption += caption
        self.in_byline += byline
        self._walk(element, tag)
        self.in_byline -= byline
        self.in_caption -= caption
        if boilerplate:
            self.flush_all()
            self.boilerplate -= 1
        if card:
            self.flush_all()
            self.cards -= 1
        self.text(element.tail)  # after the element: a byline's tail ("<time>May 5</time> was the day") is not it

    def _walk(self, element: lxml.etree._Element, tag: str) -> None:
        if tag == "br":
            if self._after_line_break():
                # a second <br> in a row: the empty line a browser shows between paragraphs set without <p> (an
                # essay's title, date and paragraphs in one table cell ran together into one "sentence")
                self.flush()
            else:
                self.inline.append(_LINE_BREAK)
        elif _heading_level(element, tag):
            self.flush_all()
            heading = collapse_space(_visible_text(element))
            # a box's label ('<div class="note"><h3>note</h3>' in the EPUB 3 spec) is not a section: as a heading it
            # made "note" the section of every paragraph down to the next h3, the box's own and the sections after it
            # a byline or a date set as a heading (Salon's author and date, Blogger's date header) is not a section
            kind: BlockKind = (
                "meta"
                if self.in_byline or self.cards or _is_box_label(element, heading) or _is_contents_heading(element)
                else "heading"
            )
            if kind == "heading" and tag != "h1" and _is_standfirst(heading):
                kind = "paragraph"
            self.add(kind, heading, level=_heading_level(element, tag))
            if kind == "heading":
                self.section_level = _heading_level(element, tag)
        elif tag == "dl" and _is_object_description(element):
            self.flush_all()
            self.objects += 1
            for child in element:
                if _tag(child) == "dt":
                    self.flush()
                    signature = collapse_space(_visible_text(child)).strip()
                    self.add("heading", signature, level=min(self.section_level + self.objects, 6))
                elif _tag(child) == "dd":  # the description: paragraphs, not the items of a list
                    self.text(child.text)
                    for part in child:
                        self.walk(part)
                    self.flush()
                else:
                    self.walk(child)
                    continue
                self.text(child.tail)
            self.flush()
            self.objects -= 1
        elif tag == "pre":
            self.flush()
            self.pages.append(_visible_text(element))
        elif tag == "tr" and _is_admonition_row(element):
            # an AsciiDoc admonition, set as a table of one row: the label's cell ("Note", or an icon) is the box's
            # title, no cell of a row ("Note | ORIG_HEAD is not guaranteed ..."), and its text is the page's prose
            self.flush_all()
            label, content = _cells(element)
            title = collapse_space(_visible_text(label)).strip()
            if title:
                self.add("meta", title)
            self.walk(content)
            self.flush_all()
        elif tag == "tr" and _is_layout_row(element, self.one_column):
            self.flush_all()
            for cell in element:  # each cell a part of the page: its headings, lists and tables read as such
                if _tag(cell) in ("td", "th"):
                    self.walk(cell)
                    self.flush()
            self.flush_pages()
        elif tag == "tr":
            self.flush_all()
            cells = [collapse_space(_visible_text(cell)).strip() for cell in element if _tag(cell) in ("td", "th")]
            navigation = _is_navigation(*_link_counts(element, any_link=True))
            row: BlockKind = "meta" if navigation or (len(cells) == 1 and _in_navbox(element)) else "table_row"
            self.add(row, CELL_SEPARATOR.join(cell for cell in cells if cell), header=_is_header_row(element))
        elif tag in _LIST_TAGS and _is_link_list(element):
            self.flush_all()
            for item in element:  # each item a block, as a list's items are
                if _tag(item) and not _skipped(item, _tag(item)):
                    self.add("meta", collapse_space(_visible_text(item)))
        elif tag in _BLOCK_TAGS:
            self.flush()
            outer = self.kind
            if tag in ("li", "dd", "dt"):
                self.kind = "list_item"
            elif (tag == "p" and _is_sign_off(element)) or tag == "summary" or _is_box_title(element, tag):
                # a disclosure box's label ("Why Markdown format?", "Export Options" over what <details> hides) is
                # the box's title, as an admonition's is: neither a sentence of the page nor a section after the box
                self.kind = "meta"
            self.text(element.text)
            for child in _in_reading_order(element, tag):
                self.walk(child)
            term = tag == "dt" and _names_a_description(element)
            self.flush(term=term, anchored=term and _links_to_itself(element))
            self.kind = outer
        else:
            alt = element.get("alt") if tag == "img" else None
            # a cover's alt="cover.jpg" is not the book's text, nor an image's label (alt="Illo1")
            if alt and not _FILE_NAME.match(alt.strip()) and not _IMAGE_LABEL.match(alt.strip()):
                self.in_alt = True
                self.text(f" {alt} ")
                self.in_alt = False
            link = tag == "a" and element.get("href", "").startswith("#")
            any_link = tag == "a" and element.get("href") is not None
            card = any_link and not link and not self.cards and _is_link_card(element)
            if card:
                self.flush_all()
                self.cards += 1
            self.in_link += link
            self.in_any_link += any_link
            self.links += any_link
            self.text(element.text)
            for child in element:
                self.walk(child)
            self.in_link -= link
            self.in_any_link -= any_link
            if card:
                self.flush_all()
                self.cards -= 1

    def _is_teaser_card(self, element: lxml.etree._Element) -> bool:
        """Whether `element` is a teaser card (`_is_teaser_box`) beside another one."""
        if not self._teaser_box(element):
            return False
        siblings = (element.getprevious(), element.getnext())
        return any(sibling is not None and self._teaser_box(sibling) for sibling in siblings)

    def _teaser_box(self, element: lxml.etree._Element) -> bool:
        if element not in self.teaser_cards:
            self.teaser_cards[element] = _is_teaser_box(element)
        return self.teaser_cards[element]


# An ebook's title page, imprint, colophon and copyright page (EPUB 3's structural semantics, as Standard Ebooks marks
# them: 'By H. G. Wells.', 'This ebook is the product of many hours of hard work by volunteers for Standard Ebooks
# ...', 'The cover page is adapted from ...', its 'Uncopyright'): a byline, and the same text in every book of the
# series, like Project Gutenberg's licence, so meta.
_BOILERPLATE_TYPES = frozenset({"titlepage", "halftitlepage", "imprint", "colophon", "copyright-page"})
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def _epub_types(element: lxml.etree._Element) -> list[str]:
    return (element.get(_EPUB_TYPE) or element.get("epub:type") or "").split()


# Preformatted text that is a document's prose, not code: an RFC or Internet-Draft as tools.ietf.org's rfcmarkup
# serves it (each page one <pre>, 176 of them for RFC 2616), a plain-text file put on the web in <pre>. It has this
# many words or more, nearly all of its characters are letters, digits, spaces and prose punctuation, most of its
# lines of text read as prose (words, not symbols), and it has sentences.
_PROSE_PRE_WORDS = 60
_PROSE_PRE_SYMBOLS = 0.04  # share of characters such as { } ; = < > that code is full of
_CODE_SYMBOL = re.compile(r"[{};=<>$\\|`]")
_SENTENCE_END = re.compile(r"\w[.!?][\"'”’)]*(?:\s|$)")
_PROSE_PRE_LINE = re.compile(r"^\s*(?:[\w\"'(“‘][\w,.;:'’\"”()/-]*\s+){3,}")


def is_prose_preformatted(text: str) -> bool:
    """True for a <pre> block that holds prose to be read as plain text rather than code (see _PROSE_PRE_WORDS)."""
    if len(text.split()) < _PROSE_PRE_WORDS:
        return False
    visible = "".join(text.split())
    if len(_CODE_SYMBOL.findall(visible)) > _PROSE_PRE_SYMBOLS * len(visible):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    # pseudo-code in words ("set source to font file") has lines of words but no sentences
    sentences = len(_SENTENCE_END.findall(text))
    return sum(bool(_PROSE_PRE_LINE.match(line)) for line in lines) * 2 > len(lines) and sentences * 5 >= len(lines)


# A block whose words are all in-page links (a book's or a page's table of contents, "On this page") is navigation:
# meta. A few characters outside the links are allowed ("I.", "XII", a page number, "|"), but no word: "[5] See
# Introduction." with both links is a footnote.
_NAVIGATION_SLACK = 4
_WORD_OUTSIDE = re.compile(r"(?![IVXLCivxlc]+\b)[^\W\d_]{2,}")
# Gutenberg's page numbers in the margin ("[Pg 175]", class "pagenum"), which would otherwise split words.
_PAGE_NUMBER_CLASS = re.compile(r"\bpagenum\b")
# Text for screen readers only, moved off the page by the site's style sheet (Bootstrap's "sr-only" and
# "visually-hidden", WordPress's "screen-reader-text", the BBC's "off-screen", Drupal's "element-invisible", the
# "u-hidden-text" of utility-class themes): labels no one sees ("Media caption", "Skip to main content", "Share on
# Twitter") that stood in paragraphs and sentences.
_SCREEN_READER_CLASS = re.compile(
    r"^(?:[\w-]+-)?(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|off-?screen|element-invisible|hidden-?text)$",
    re.IGNORECASE,
)
# A poem's line numbers in the margin ('<span class="lnum">10</span>', "linenum"), as editions print every fifth or
# tenth line's: not the poem's words; glued to the line's last word they made words no one wrote ("Hofgarten,10").
_LINE_NUMBER_CLASS = re.compile(r"^(?:lnum|linenum|line-?num(?:ber)?|line_num(?:ber)?|lineno|linenr)$", re.IGNORECASE)
_MARGIN_NUMBER = re.compile(r"^\[?(?:\d{1,5}|[ivxlc]{1,8})\]?$", re.IGNORECASE)


# A list whose every item is a short link (to any page) is a menu: a site's sections, "Share on Facebook" / "Share
# on Twitter", related stories, footer links ("Impressum", "Kontakt"), a book's chapter list in a sidebar. Saved news
# pages (BBC, The Guardian, heise) carried dozens of such items as sentences. An item with words outside its link
# ("RFC 2616, June 1999") or a long linked sentence is content.
# A page laid out with a table (as sites were before CSS: the menu in one cell, the page in another) nests tables or
# headings in its cells; a table of data does not. Read as table rows, its menu ran into one "sentence" with the page's
# title, and its headings were lost.
_LAYOUT_TAGS = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6", "form"})


_PROSE_BLOCK_TAGS = frozenset({"p", "ul", "ol", "dl", "pre", "div", "blockquote"})
# The words of a one-column table's cell whose paragraphs are only parted by <br> (Paul Graham's essays, old
# hand-made pages: the essay set in one cell of a table that sets its width), from which it is the page's text, not a
# data cell: read as one table row, every sentence of the essay was a row.
_LAYOUT_CELL_WORDS = 100


def _is_layout_row(row: lxml.etree._Element, one_column: dict[lxml.etree._Element, bool]) -> bool:
    """True for a table row whose cells hold a table, a heading or a form, or the row of a one-column table whose cell
    holds paragraphs or lists (a box around the page's text): part of a page's layout, not data. `one_column` keeps
    each table's answer, looked up once per table, not once per row."""
    cells = _cells(row)
    tags = {_tag(node) for cell in cells for node in cell.iterdescendants() if isinstance(node.tag, str)}
    if not tags.isdisjoint(_LAYOUT_TAGS):
        return True
    if len(cells) != 1:
        return False
    if tags.isdisjoint(_PROSE_BLOCK_TAGS) and not (
        "br" in tags and len("".join(cells[0].itertext()).split()) >= _LAYOUT_CELL_WORDS
    ):
        return False
    table = _table_of(row)
    if table is None:
        return False
    if table not in one_column:
        # a row of one cell in a table of several columns continues a row above (a year spanning two rows, say)
        one_column[table] = all(len(_cells(other)) <= 1 for other in _own_rows(table))
    return one_column[table]


def _is_admonition_row(row: lxml.etree._Element) -> bool:
    """True for the one row of an AsciiDoc admonition's table (asciidoc's and Asciidoctor's HTML: `<td class="icon">`
    holding the label or its icon, then `<td class="content">`) inside the box named for it ("admonitionblock")."""
    cells = _cells(row)
    if len(cells) != 2 or "icon" not in cells[0].get("class", "").split():
        return False
    return any("admonitionblock" in ancestor.get("class", "").split() for ancestor in row.iterancestors())


def _is_box_title(element: lxml.etree._Element, tag: str) -> bool:
    """True for a paragraph that only names the admonition box it opens (Sphinx's and MkDocs' `<p
    class="admonition-title">Note</p>` in `<div class="admonition note">`): the box's title, not a one-word sentence."""
    if tag not in ("p", "div") or not any("title" in name for name in element.get("class", "").split()):
        return False
    return _is_box_label(element, _visible_text(element))


def _cells(row: lxml.etree._Element) -> list[lxml.etree._Element]:
    return [cell for cell in row if _tag(cell) in ("td", "th")]


def _in_reading_order(element: lxml.etree._Element, tag: str) -> list[lxml.etree._Element]:
    """`element`'s children as they are read: a table's <caption> first, where a browser shows it whatever its place
    in the markup (written after the <thead>, it stood between the header row and its rows)."""
    children = list(element)
    if tag != "table":
        return children
    captions = [child for child in children if _tag(child) == "caption"]
    return captions + [child for child in children if _tag(child) != "caption"] if captions else children


def _is_header_row(row: lxml.etree._Element) -> bool:
    """True for a table's header row: in its <thead>, or of two or more <th> cells only (a row whose first cell alone
    is a <th> is a "key | value" row, its key the row's own header; a lone <th> over the table may be a fact of its
    own, "Award term: 6 months")."""
    parent = row.getparent()
    if parent is not None and _tag(parent) == "thead":
        return True
    cells = _cells(row)
    return len(cells) > 1 and all(_tag(cell) == "th" for cell in cells)


def _table_of(row: lxml.etree._Element) -> lxml.etree._Element | None:
    return next((a for a in row.iterancestors() if _tag(a) == "table"), None)


def _own_rows(table: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The rows of `table` itself, not those of tables nested in its cells."""
    return [row for row in table.iterdescendants() if _tag(row) == "tr" and _table_of(row) is table]


_LIST_TAGS = frozenset({"ul", "ol", "menu"})
_LINK_LIST_ITEMS = 2
_LINK_ITEM_WORDS = 12


def _is_link_list(element: lxml.etree._Element) -> bool:
    items = [child for child in element if _tag(child) == "li" and not _skipped(child, "li")]
    if len(items) < _LINK_LIST_ITEMS:
        return False
    for item in items:
        linked, unlinked = _link_counts(item, any_link=True)
        text = collapse_space(_visible_text(item)).strip()
        if text and (not _is_navigation(linked, unlinked) or len(text.split()) > _LINK_ITEM_WORDS):
            return False
    return True


# A block of a few words all inside one link, with no full stop, is a call to follow it ("Read more" on The Guardian's
# story cards, Boing Boing's "READ THE REST", NPR's "Enlarge this image", a card's "Standing Rock protests"): not an
# answer. A linked sentence ("See the full report.") or words outside the link stay content, and so does an address
# shown as its own link text (O'Reilly's "bookquestions@oreilly.com" under "How to Contact Us", a spec's URLs).
# A paragraph may be longer: another story's headline set among a story's paragraphs as a link ("Sanders calls for
# assessment of Electoral College" on CNN, phoronix's "Related News"). A list item may not: a post's list of the
# bugs it fixed ("Bug 1677080 – Fullscreen PiP window is affected by switching video source") is its text.
_TEASER_WORDS = 4
_HEADLINE_WORDS = 16
_ADDRESS = re.compile(r"@|://|\bwww\.")


def _is_link_teaser(text: str, outside_links: str, words: int) -> bool:
    return (
        0 < len(text.split()) <= words
        and not text.endswith((".", "!", "?", ":"))
        and not _ADDRESS.search(text)
        and not any(ch.isalnum() for ch in outside_links)
    )


# A teaser of another page: a link that holds blocks (the whole card clickable: phys.org's headline lists, The
# Guardian's "Related:" box inside a story, each a heading or a title and "Read more" or "3 hours ago" in one <a>), or
# a box of a short text whose headings are all links to other pages, beside a box like it (Boing Boing's "next
# story" cards: a linked headline, an excerpt ending "[…]" and a linked "READ THE REST"; a forum's linked thread
# titles with their dates). Their blocks are meta: a page's own headings are not links to other pages, and its
# sections do not come in short boxes whose every heading is one.
_CARD_CHARACTERS = 600
_CARD_TAGS = frozenset({"div", "article", "section", "li"})
_CARD_BLOCK_TAGS = _BLOCK_TAGS - {"hr"}


def _is_link_card(link: lxml.etree._Element) -> bool:
    """True for a link to another page that holds a block element and a short text."""
    return any(_tag(node) in _CARD_BLOCK_TAGS for node in link.iterdescendants()) and _is_short(link)


def _is_teaser_box(element: lxml.etree._Element) -> bool:
    """True for a box of a short text with a heading, every heading of it a link to another page."""
    if not _is_short(element):
        return False
    headings = [node for node in element.iterdescendants() if _tag(node) in _HEADINGS]
    return bool(headings) and all(_links_elsewhere(heading) for heading in headings)


def _is_short(element: lxml.etree._Element) -> bool:
    """Whether an element's text is `_CARD_CHARACTERS` or fewer, not counting the white space a template indents it
    with (read no further)."""
    size = 0
    for piece in element.itertext():
        if not piece.isspace():  # str methods, not a loop over characters: this runs for every box
            size += sum(map(len, piece.split()))
        if size > _CARD_CHARACTERS:
            return False
    return True


def _links_elsewhere(element: lxml.etree._Element) -> bool:
    """Whether all of an element's words are inside links to other pages (or it is inside one)."""
    if any(_tag(node) == "a" and not node.get("href", "#").startswith("#") for node in element.iterancestors()):
        return True
    links = [node for node in element.iter() if _tag(node) == "a" and node.get("href") is not None]
    if not links or any(node.get("href", "").startswith("#") for node in links):
        return False
    linked, unlinked = _link_counts(element, any_link=True)
    return linked > 0 and not any(ch.isalnum() for ch in unlinked)


def _is_link_bar(links: int, outside_links: str) -> bool:
    """True for a block of two links or more with no word outside them ("GNOME2 Logo W3C logo Red Hat Logo", three
    linked images; "Home | Download | FAQ"): a site's links, not its text."""
    return links >= 2 and not any(ch.isalnum() for ch in outside_links)


def _is_navigation(linked: int, unlinked: str) -> bool:
    return (
        linked > 0 and sum(ch.isalnum() for ch in unlinked) <= _NAVIGATION_SLACK and not _WORD_OUTSIDE.search(unlinked)
    )


# A box that holds a short label and, after it, only links or nothing: "Tagged:" before a story's tag links, "Topics"
# before The Guardian's, "Explore further" before phys.org's related story, "share this!" before share buttons,
# "Advertisement:" before an ad's slot filled by a script. Read, the label stood alone as a sentence. Its own text
# is all in child elements (a sentence's "See <a>the report</a>" is not a box), the label has no full stop and no
# question mark, no linked text in it is a sentence (a linked "See the full report." is content), and a box with no
# link at all is one only when its label announces with a colon what the page left out.
_LABEL_WORDS = 3
_LABEL_BOX_TAGS = frozenset({"div", "section", "ul", "ol"})
_LINKED_SENTENCE = re.compile(r"\w[.!?][\"'”’)]*\s*$")


def _is_labelled_links(element: lxml.etree._Element) -> bool:
    if (element.text or "").strip() or any((child.tail or "").strip() for child in element):
        return False
    label: list[str] = []
    links = 0

    def box(node: lxml.etree._Element) -> bool:
        """Gather the label and count the links under `node`; False as soon as it is not a labelled box."""
        nonlocal links
        # words and a link side by side in one element are a line that names something ("The Emerald Lakes,
        # <a>Mt Tongariro</a>" under a picture, a verse ending with its note's mark), not a label and its links
        said = bool((node.text or "").strip()) or any((child.tail or "").strip() for child in node)
        for child in node:
            tag = _tag(child)
            if tag == "a" and child.get("href") is not None:
                if not label or said or _LINKED_SENTENCE.search(collapse_space("".join(child.itertext()))):
                    return False
                links += 1
            elif tag and tag not in _SKIPPED and (tag in _HEADINGS or not words(child.text) or not box(child)):
                return False
            if not words(child.tail):
                return False
        return True

    def words(text: str | None) -> bool:
        """Add `text` to the label; False when it comes after a link or makes the label too long."""
        if not text or not text.strip():
            return True
        label.append(text)
        return not links and len(" ".join(label).split()) <= _LABEL_WORDS

    if not box(element):
        return False
    text = collapse_space(" ".join(label)).strip()
    if not any(ch.isalnum() for ch in text) or text.endswith((".", "?")):
        return False
    return links > 0 or text.endswith(":")


def _skipped(element: lxml.etree._Element, tag: str) -> bool:
    return (
        tag in _SKIPPED
        or _is_expand_control(element)
        or element.get("hidden") is not None
        or not _FURNITURE_CLASSES.isdisjoint(element.get("class", "").split())
        or "hidden" in element.get("class", "").split()  # Bootstrap's and others' display: none
        or bool(_HIDDEN_STYLE.search(element.get("style", "")))
        or any(_SCREEN_READER_CLASS.match(name) for name in element.get("class", "").split())
        or bool(_PAGE_NUMBER_CLASS.search(element.get("class", "")))
        or _is_line_number(element)
        # an EPUB 3 book's print page numbers ('<span epub:type="pagebreak" title="192">192</span>'): read, they
        # stood in sentences ("The 192 people who saw it said ...") and as paragraphs of their own
        or "pagebreak" in _epub_types(element)
        or (tag == "a" and _is_permalink(element))
        or (tag == "a" and _is_note_reference(element))
        or element.get("role", "").strip().lower() in _FURNITURE_ROLES
        or (tag == "dialog" and element.get("open") is None)
        or (tag in _FURNITURE_TAGS and _is_furniture(element, tag))
        or (tag in _LABEL_BOX_TAGS and _is_labelled_links(element))
        or _is_caption_furniture(element, tag)
        or (tag in _NAV_LABEL_TAGS and _is_navigation_label(element))
    )


# The label of the navigation right after it (a Jupyter Book or pydata-sphinx-theme page's "Contents" over its <nav>
# of the page's sections, DocBook's "Table of Contents" over its `<dl class="toc">` of links at each book's and
# chapter's top): with the links left out, the label stood alone as a sentence of every page. (A Gutenberg book's
# contents set as paragraphs of class "toc" are its entries, not a list the label heads.)
_NAV_LABEL_TAGS = frozenset({"div", "span", "p"})
_NAV_LABEL_WORDS = 3
_CONTENTS_LIST_TAGS = frozenset({"dl", "ul", "ol", "div"})


def _is_navigation_label(element: lxml.etree._Element) -> bool:
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):  # a comment between them
        following = following.getnext()
    if following is None or not (
        _tag(following) == "nav"
        or following.get("role", "").lower() == "navigation"
        or (_tag(following) in _CONTENTS_LIST_TAGS and "toc" in following.get("class", "").lower().split())
    ):
        return False
    # a label is a line of text: not a box holding a heading or paragraphs (DocBook's title page over the toc)
    if any(_tag(node) in _HEADINGS or _tag(node) in _BLOCK_TAGS for node in element.iterdescendants()):
        return False
    text = collapse_space("".join(element.itertext())).strip()
    return 0 < len(text.split()) <= _NAV_LABEL_WORDS and not text.endswith((".", "!", "?"))


# A control that opens or closes a box ("Click to expand...", "Zum Vergrößern anklicken...." under a quote in
# XenForo forums, class "bbCodeBlock-expandLink"): a name whose parts say expand or collapse and a link, a button or a
# toggle. Its label is the page's furniture; the box's own text is read where it stands.
_EXPAND_PARTS = frozenset({"expand", "collapse"})
_CONTROL_PARTS = frozenset({"link", "button", "btn", "toggle", "trigger"})


def _is_expand_control(element: lxml.etree._Element) -> bool:
    names = element.get("class", "")
    if "xpand" not in names and "ollapse" not in names:  # most elements: no name parts to split
        return False
    for name in names.split():
        parts = {part.lower() for part in _NAME_PART.findall(name)}
        if parts & _EXPAND_PARTS and parts & _CONTROL_PARTS:
            return True
    return False


def _is_line_number(element: lxml.etree._Element) -> bool:
    """True for a verse line's number in the margin: an element named for it that holds only a number."""
    classes = element.get("class", "").split()
    return any(_LINE_NUMBER_CLASS.match(name) for name in classes) and bool(
        _MARGIN_NUMBER.match("".join(element.itertext()).strip())
    )


# An image's credit ("Chuck Burton/AP", "Win McNamee/Getty Images") in an element named for it, and the controls of a
# caption ("hide caption", "toggle caption" on NPR): not the page's text. A credit is a name or two, so a longer text
# in such an element is kept (NPR's "credit-caption" holds the caption as well).
_CREDIT_PARTS = frozenset({"credit", "credits"})
_CREDIT_WORDS = 8
_CAPTION_CONTROL = re.compile(
    r"^(?:hide|show|toggle|close|open|expand|collapse|enlarge)(?: this)? (?:caption|credit|image|photo|picture)s?$"
    # a gallery's count of its pictures ("Slideshow ( 15 images )" on Reuters, "Gallery: 12 photos"): a button's label
    r"|^(?:(?:view |open |see )?(?:the )?(?:slideshow|gallery|photo gallery|photos|images|pictures)\s*:?\s*)?"
    r"\(?\s*\d{1,4} (?:images?|photos?|pictures?|slides?)\s*\)?$",
    re.IGNORECASE,
)


def _is_caption_furniture(element: lxml.etree._Element, tag: str) -> bool:
    names = f"{element.get('id', '')} {element.get('class', '')}"
    lowered = names.lower()
    # only a <figcaption> or an element named for a credit, a caption or a toggle is looked at: reading every
    # element's text was slow
    named = "credit" in lowered or "caption" in lowered or "toggle" in lowered
    if not named and tag != "figcaption":  # most elements
        return False
    text = _short_text(element, 120)
    if text is None:
        return False
    words = text.split()
    credit = any(part.lower() in _CREDIT_PARTS for part in _NAME_PART.findall(names))
    return bool(words) and (
        (credit and len(words) <= _CREDIT_WORDS) or _CAPTION_CONTROL.match(" ".join(words)) is not None
    )


# What a byline's or dateline's block may hold besides the elements marked as such (`_is_byline`): "Posted by ...
# at 5:11 AM", "/ Cory Doctorow / 10:08 am Fri Jul 19, 2013": joining words, dates and times.
_BYLINE_JOINERS = frozenset(
    {
        "by", "and", "at", "on", "in", "of", "from", "posted", "published", "updated", "written", "edited", "last",
        "am", "pm", "utc", "gmt", "et", "edt", "est", "pt", "pst", "pdt", "cet", "cest", "bst", "ist",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",
    }
)  # fmt: skip
_LETTERS = re.compile(r"[^\W\d_]+")
# The class parts news and blog themes give a story's byline and date (readability's "byline" candidates:
# Reuters' "Byline-byline", The Verge's "c-byline", Threatpost's "c-article__author" and "c-article__time", VICE's
# "article-heading-v2__contributors", Salon's "writer-container", Blogger's "date-header" and "post-author"), and
# the markup that says the same (<time>, rel="author", schema.org's itemprop="author" / "datePublished").
_BYLINE_PARTS = frozenset(
    {
        "byline", "bylines", "author", "authors", "dateline", "contributor", "contributors", "writer", "writers",
        "date", "dates", "time", "timestamp", "pubdate", "posted",
    }
)  # fmt: skip
_BYLINE_PROPERTIES = frozenset({"author", "datepublished", "datemodified", "datecreated"})
# A byline is a line or two (an author's name, affiliation and links): a longer element so named (an author's page,
# a post) is not one. Letters, digits and marks, not the white space a template indents them with.
_BYLINE_CHARACTERS = 300
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})


def _is_byline(element: lxml.etree._Element, tag: str) -> bool:
    """True for a story's byline or date: an element marked as one that holds a line of text at most."""
    if tag in _PAGE_TAGS:
        return False
    marked = (
        tag == "time"
        or ("-" in tag and "time" in tag.split("-"))  # GitHub's <relative-time>, <time-ago>, <local-time> elements
        or "author" in element.get("rel", "").lower().split()
        or not _BYLINE_PROPERTIES.isdisjoint(element.get("itemprop", "").lower().split())
    )
    if not marked:
        # classes only: an id is often a section's anchor made from its words ('<p id="last-modified-date">' in the
        # EPUB 3 spec, Sphinx's '<section id="author">')
        names = element.get("class", "")
        if not names:
            return False
        marked = any(part.lower() in _BYLINE_PARTS for part in _NAME_PART.findall(names))
    if not marked:
        return False
    size = 0
    for piece in element.itertext():
        size += len(piece) - sum(ch.isspace() for ch in piece)
        if size > _BYLINE_CHARACTERS:
            return False
    return True


def _only_byline_words(text: str) -> bool:
    """Whether a block's words outside its byline elements are only joining words, dates and times."""
    return all(word.lower() in _BYLINE_JOINERS for word in _LETTERS.findall(text))


# A byline no markup marks, as a blog theme sets it in a plain <span>: "// By Jane Doe • Nov 11, 2020", "Posted by
# Jane Doe on March 3, 2020", "By Jane Doe | 5 min read": "by" and a name of capitalised words, then only joining
# words, dates, times and a reading time.
_UNMARKED_BYLINE = re.compile(
    r"[^\w\s]*\s*(?i:(?:(?:posted|written|published)\s+)?by)\s+(?P<name>(?:[A-Z][\w.'’-]*\s*){1,4})(?P<rest>[^\n]*)"
)
_READING_TIME = frozenset({"min", "mins", "minute", "minutes", "read"})


def _is_unmarked_byline(text: str) -> bool:
    """Whether a block is a byline by its words alone: "by", a name, then dates, times and a reading time."""
    found = _UNMARKED_BYLINE.fullmatch(text.strip())
    if found is None:
        return False
    rest = found.group("rest")
    return all(word.lower() in _BYLINE_JOINERS or word.lower() in _READING_TIME for word in _LETTERS.findall(rest))


def _short_text(element: lxml.etree._Element, limit: int) -> str | None:
    """All the text inside an element when it is `limit` characters or fewer, else None (read no further)."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > limit:
            return None
        parts.append(piece)
    return "".join(parts)


def _is_caption(element: lxml.etree._Element, tag: str) -> bool:
    """An image's caption: a <figcaption>, or an element with a class part "caption" ("caption-wrap", "pb-caption")."""
    if tag == "figcaption":
        return True
    names = element.get("class", "")
    return "aption" in names and any(part.lower() == "caption" for part in _NAME_PART.findall(names))


# Page furniture marked by ARIA landmark roles (a site's banner, navigation, search and footer) and by the ids and
# classes documentation generators give it: Apache's manual ("page-header" menu and version line, "toplang" language
# links, "footer"), Doxygen ("titlearea" banner, "MSearch..." search box with its "Loading..." / "No Matches" status
# lines, "navpath"), MediaWiki's tagline under a page's title ("siteSub": "From Wikipedia, the free encyclopedia",
# "From Stardew Valley Wiki"), Publican's "docnav" bar over and under each page (Prev, the book's name, Next: the Debian
# Administrator's Handbook's "The Debian Administrator's Handbook" stood as a list item), and the usual "navbar",
# "breadcrumb", "sidebar" of site themes.
# "doc-pagebreak" (DPUB-ARIA) marks where a print edition's page turns, as EPUB 3's epub:type="pagebreak" does
# a dialog (Bootstrap's "modal", role="dialog") is shown only when a button opens it: phys.org's "E-mail the story"
# and "What do you think about this particular story?" forms stood as headings and sentences after the story.
# A menu or a list box (role="menu", "menubar", "listbox") is a widget's choices: GitHub's branch, clone and watch
# menus ("Use Git or checkout with SVN using the web URL.", "Get push notifications on iOS or Android.") read as text.
_FURNITURE_ROLES = frozenset(
    {
        "navigation", "banner", "contentinfo", "search", "complementary", "doc-pagebreak", "dialog", "alertdialog",
        "menu", "menubar", "listbox",
    }
)  # fmt: skip
_FURNITURE_TAGS = frozenset({"div", "p", "ul", "ol", "table", "span", "section", "aside"})
_FURNITURE_NAMES = frozenset(
    {
        "footer", "page-header", "page-footer", "site-header", "site-footer", "navbar", "breadcrumb",
        "breadcrumbs", "sidebar", "skip-link", "skiplink", "toplang", "bottomlang", "titlearea", "navpath",
        "nav-path", "msearchbox", "msearchresultswindow", "msearchselectwindow", "srstatus", "tabs", "navrow",
        "sitesub", "docnav",
    }
)  # fmt: skip


# Parts of the ids and classes news and blog sites give their advertising slots, cookie banners, share buttons,
# related-story boxes and comment threads (readability's "unlikely candidates", narrowed to what saved pages showed):
# DW's "adsContainer" / "bannerAd" / "cookie__wrap" / "relatedContent" / "shareInfo", knowtechie's "mvp-ad-label",
# nature.com's "related-content", phys.org's "news-related__slider", GitHub's blog "post__social-share". A part is
# a piece of a name split at "-", "_" and lower-to-upper case changes, so "head" or "shadow" never read "ad".
_FURNITURE_PARTS = frozenset(
    {
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "cookie", "cookies", "gdpr", "share",
        "sharing", "social", "socialite", "related", "comments", "newsletter", "sponsor", "sponsored", "promo",
    }
)  # fmt: skip
# Containers the part rule applies to: not inline elements (a highlighter's <span class="hljs-comment"> in code).
_FURNITURE_PART_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "p", "table"})
_NAME_PART = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def _is_furniture(element: lxml.etree._Element, tag: str) -> bool:
    names = f"{element.get('id', '')} {element.get('class', '')}"
    lowered = names.lower().split()
    # a class "header" is also a page's own title block (Doxygen's), an id "header" the site's
    if element.get("id", "").lower() == "header" or any(name in _FURNITURE_NAMES for name in lowered):
        return True
    return tag in _FURNITURE_PART_TAGS and any(part.lower() in _FURNITURE_PARTS for part in _NAME_PART.findall(names))


def _is_box_label(element: lxml.etree._Element, text: str) -> bool:
    """True for a heading that only names the box it opens (its text a label such as "note", its parent's class or
    title that label or "admonition")."""
    label = text.strip().rstrip(":").lower()
    parent = element.getparent()
    if label not in BOX_LABELS or parent is None:
        return False
    names = {*parent.get("class", "").lower().split(), parent.get("title", "").lower()}
    return label in names or "admonition" in names


def _linked_heading(element: lxml.etree._Element) -> bool:
    """True for a heading whose whole text is one link to another page ('<h1><a href="mail.xhtml">The Mail Must Get
    Through</a></h1>'), not to a place on its own page (a permalink, "#section")."""
    if _tag(element) not in _HEADINGS or (element.text or "").strip():
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 1 or _tag(children[0]) != "a" or (children[0].tail or "").strip():
        return False
    href = children[0].get("href", "").strip()
    return bool(href) and not href.startswith("#") and bool("".join(children[0].itertext()).strip())


def _is_contents_heading(element: lxml.etree._Element) -> bool:
    """True for an entry of a table of contents set as headings (an e-book's contents page of '<h1 class="toc"><a
    href="chapter.xhtml">'): a heading that is only a link to another page, beside another such heading with nothing
    between them. As headings, the book's chapter names stood as sections over nothing, each one twice."""
    if not _linked_heading(element):
        return False
    before, after = element.getprevious(), element.getnext()
    # nothing between the two: the tail of the first of them is blank
    pairs = ((before, before), (after, element))
    return any(
        other is not None and isinstance(other.tag, str) and not (first.tail or "").strip() and _linked_heading(other)
        for other, first in pairs
        if first is not None
    )


# A story's standfirst set as a heading under its headline (VICE's and National Geographic's <h2>: "The Amazon has
# been burning for weeks amid increasing deforestation. The intense smoke was detected by NASA ..."): sentences that
# sum the story up, not a section's name; as a heading it was the section of every sentence of the story. Two
# sentences or more and this many words, under the headline (an <h1> is the headline), not a question (an
# interview's "What's the biggest risk you've taken? What did you learn?" heads its answer; "Long gone? Not so
# fast." is short).
_STANDFIRST_WORDS = 15
# a sentence's end: a word of three lower-case letters or more before it, not "Mr." or "MR." of a chapter's title
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")


def _is_standfirst(heading: str) -> bool:
    return (
        len(heading.split()) >= _STANDFIRST_WORDS
        and _SENTENCE_BREAK.search(heading) is not None
        and not heading.rstrip().endswith("?")
    )


# Sphinx's object descriptions: `<dl class="py function">` (`<dl class="method">` before Sphinx 4) whose <dt>, the
# signature with an id, heads the <dd> that describes it. Read as list items, the signature was a sentence
# ("class widget.Widget(url, size=None)[source]") and "Saves the widget as an HTML file." said which method nowhere.
_OBJECT_TYPES = frozenset(
    {
        "function", "class", "method", "classmethod", "staticmethod", "attribute", "property", "data", "exception",
        "decorator", "decoratormethod", "describe", "object", "option", "envvar", "type", "member", "macro", "struct",
        "enum", "enumerator", "var", "union", "concept", "module", "confval",
    }
)  # fmt: skip


def _names_a_description(term: lxml.etree._Element) -> bool:
    """True for a description list's term (<dt>) followed by its description (<dd>), perhaps after other terms: a
    manual's "-k --keep" and "Keep (don't delete) input files ...", read apart, left the option's name out of the
    sentence that says what it does (and "What does -k do?" found the bare term)."""
    following = term.getnext()
    while following is not None and _tag(following) == "dt":
        following = following.getnext()
    return following is not None and _tag(following) == "dd"


def _links_to_itself(term: lxml.etree._Element) -> bool:
    """True for a term whose in-page links all point at the term itself: its permalink (mandoc's man pages wrap the
    option's name in one, '<dt id="check"><a class="permalink" href="#check"><code>-check</code></a></dt>'). As a
    link list's entry, the option's name was dropped as navigation, and its description named no option."""
    anchor = term.get("id")
    links = [link.get("href", "") for link in term.iter("{*}a", "a") if link.get("href", "").startswith("#")]
    return bool(anchor) and bool(links) and all(href == f"#{anchor}" for href in links)


def _is_object_description(element: lxml.etree._Element) -> bool:
    if _OBJECT_TYPES.isdisjoint(element.get("class", "").split()):
        return False
    terms = [child for child in element if _tag(child) == "dt"]
    return bool(terms) and all(t.get("id") or "sig" in t.get("class", "").split() for t in terms)


def _heading_level(element: lxml.etree._Element, tag: str) -> int:
    """The level of a heading element: h1-h6, or a Doxygen page's title block (div.headertitle) as level 1."""
    if tag in _HEADINGS:
        return _HEADINGS[tag]
    return 1 if tag == "div" and "headertitle" in element.get("class", "").split() else 0


# A heading's permalink (Apache's and Sphinx's "¶", "#", "§", a link icon) or a footnote's way back ("↩"): an in-page
# link showing a symbol only, which a reader does not read as part of the heading or the sentence.
_PERMALINK_TEXT = re.compile(r"\s*[^\w\s]{1,2}\s*")


# A note's mark: an in-page link to the note, or from the note back to its mark ("[11]", "[n 1]", "[a]" on
# Wikipedia and in Gutenberg's books; "22" set superscript in an O'Reilly-made book). Read, it stood in the sentence
# ('the same name",[11] referring', "email alerts,22 and pages") and opened the note ("22Sometimes known as ...").
_BRACKETED_NOTE_MARK = re.compile(r"\[(?:[a-z]{1,2} )?(?:\d{1,4}|[a-z])\]")
_NOTE_MARK = re.compile(r"\d{1,4}|[a-z*\u2020\u2021]")


def _is_note_reference(element: lxml.etree._Element) -> bool:
    """True for an in-page link whose text is a note's mark: bracketed anywhere, bare inside a superscript; also a
    link holding only the superscript (DocBook's stylesheets write `<a href="#ftn.id4" class="footnote"><sup
    class="footnote">[4]</sup></a>`: the maint-guide's "package_version-revision.debian.tar.gz [4]")."""
    if not element.get("href", "").startswith("#"):
        return False
    if len(element):
        sup = element[0]
        return (
            len(element) == 1
            and _tag(sup) == "sup"
            and not len(sup)
            and not (element.text or "").strip()
            and not (sup.tail or "").strip()
            and bool(_BRACKETED_NOTE_MARK.fullmatch(text := (sup.text or "").strip()) or _NOTE_MARK.fullmatch(text))
        )
    text = (element.text or "").strip()
    if _BRACKETED_NOTE_MARK.fullmatch(text):
        return True
    parent = element.getparent()
    return parent is not None and _tag(parent) == "sup" and bool(_NOTE_MARK.fullmatch(text))


def _is_permalink(element: lxml.etree._Element) -> bool:
    # an ebook's note links back to its reference in another chapter file ('chapter-8.xhtml#noteref-1')
    in_page = element.get("href", "").startswith("#") or "backlink" in _epub_types(element)
    return in_page and len(element) == 0 and bool(_PERMALINK_TEXT.fullmatch(element.text or ""))


def _in_navbox(element: lxml.etree._Element) -> bool:
    """Whether an element stands in a MediaWiki navigation box ("navbox" at a page's foot, "vertical-navbox" beside
    its lead): a row of one cell there is the box's title or a group's ("Machine learning and data mining"), no
    table row; the box's rows of links and data ("2 | Wellington | 418,500") stay as they are."""
    return any("navbox" in ancestor.get("class", "").lower() for ancestor in element.iterancestors())


def _link_counts(element: lxml.etree._Element, any_link: bool = False) -> tuple[int, str]:
    """Letters and digits of an element's visible text inside in-page links (or any links), and its text outside
    them."""
    linked = 0
    unlinked: list[str] = []

    def count(node: lxml.etree._Element, in_link: bool) -> None:
        nonlocal linked
        tag = _tag(node)
        if not tag or _skipped(node, tag):
            return
        in_link = in_link or (tag == "a" and (any_link or node.get("href", "").startswith("#")))
        for text, inside in [(node.text, in_link)] + [(child.tail, in_link) for child in node]:
            if inside:
                linked += sum(ch.isalnum() for ch in text or "")
            else:
                unlinked.append(text or "")
        for child in node:
            count(child, in_link)

    count(element, False)
    return linked, " ".join(unlinked)


def _tag(element: lxml.etree._Element) -> str:
    return element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else ""


# A short paragraph set flush right: a letter's signature or dateline ('B. Franklin.', 'Passy, May 12, 1784.' in
# Franklin's autobiography, as Gutenberg marks them with class "right"), not a sentence of the text.
_RIGHT_ALIGNED = re.compile(r"\bright\b|text-align\s*:\s*right", re.IGNORECASE)
_SIGN_OFF_WORDS = 8


def _is_sign_off(element: lxml.etree._Element) -> bool:
    aligned = element.get("align", "").lower() == "right" or _RIGHT_ALIGNED.search(
        f"{element.get('class', '')} {element.get('style', '')}"
    )
    return bool(aligned) and len(_visible_text(element).split()) <= _SIGN_OFF_WORDS


def _visible_text(element: lxml.etree._Element) -> str:
    """The text of an element without its scripts, styles and comments (tails of skipped children are kept)."""
    parts: list[str] = []

    def gather(node: lxml.etree._Element) -> None:
        tag = _tag(node)
        if tag and not _skipped(node, tag):
            # a block inside (list items or paragraphs in a table cell) is set apart as a browser lays it out:
            # "core" and "mod_cgi" in two <li> of a cell read "core mod_cgi", not "coremod_cgi"
            separate = tag == "br" or (tag in _BLOCK_TAGS and node is not element)
            if separate:
                parts.append("\n")
            if node.text:
                parts.append(node.text)
            for child in node:
                gather(child)
                if child.tail:
                    parts.append(child.tail)
            if separate and tag != "br":
                parts.append("\n")

    gather(element)
    return "".join(parts)


def _parse_html(data: bytes | str) -> lxml.etree._Element | None:
    try:
        if isinstance(data, str):
            return lxml.html.document_fromstring(data)
        return lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(encoding=_declared_encoding(data)))
    except (lxml.etree.ParserError, ValueError):
        return None


_TEMPLATE_TITLE = re.compile(rb'\s*<!--\{[^}]*?"Title":\s*"([^"]+)"')
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def _declared_encoding(data: bytes) -> str:
    """The page's encoding: a BOM, else a <meta charset>, else an XHTML page's XML declaration (`<?xml ...
    encoding="iso-8859-1"?>`, as Gutenberg's older books have it), else UTF-8 (HTML5's default for new documents)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    found = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.match(data)
    if found:
        name = found.group(1).decode("ascii").lower()
        try:
            "".encode(name)
            return name
        except LookupError:
            pass
    return "utf-8"


def add_html_blocks(builder: BlockBuilder, root: lxml.etree._Element) -> str | None:
    """Add the blocks of a parsed page's <body> to the builder; return the page's <title>, if it has one."""
    title_element = next((element for element in root.iter() if _tag(element) == "title"), None)
    title = collapse_space("".join(title_element.itertext())).strip() if title_element is not None else ""
    body = next((element for element in root.iter() if _tag(element) == "body"), root)
    walker = _HtmlWalker(builder)
    content = _main_content(body)
    if content is not body and not any(_tag(element) == "h1" and _shown(element) for element in content.iter()):
        # the headline above the story's <article> (The Guardian's, Medium's) still heads its sentences
        headline = next((element for element in body.iter() if _tag(element) == "h1" and _shown(element)), None)
        if headline is not None:
            builder.add("heading", collapse_space(_visible_text(headline)), level=1)
    walker.walk(content)
    walker.finish()
    return title or None


# A page's main content, when it marks it: the one <main> element (or role="main"), else its largest <article>,
# provided it holds at least this share of the words of the page. What is outside (a cookie banner, menus, "Most
# Popular" and "Related Stories" boxes, teasers of other articles) is not the page's text. A page whose <main> or
# <article> holds less (heise's saved page: an <article> of 337 of its 993 words) is read whole.
_MAIN_SHARE = 0.5


def _shown(element: lxml.etree._Element) -> bool:
    """Whether neither the element nor any element around it is skipped."""
    return not any(_skipped(node, _tag(node)) for node in (element, *element.iterancestors()))


def _main_content(body: lxml.etree._Element) -> lxml.etree._Element:
    mains = [
        element
        for element in body.iter()
        if _tag(element)
        and (_tag(element) == "main" or element.get("role", "").strip().lower() == "main")
        and element.get("hidden") is None
    ]
    if len(mains) > 1:
        return body
    candidates = mains or [element for element in body.iter() if _tag(element) == "article"]
    if not candidates:
        return body
    words = {id(element): len(_visible_text(element).split()) for element in [body, *candidates]}
    best = max(candidates, key=lambda element: words[id(element)])
    return best if words[id(best)] >= _MAIN_SHARE * words[id(body)] else body


# go.dev-style page sources marked '"Template": true' in their header comment are Go templates: an action
# ({{code "x.go" `/re/`}}, {{if .}}, {{.Version}}) is not text; a string constant ({{"{{.}}"}}) shows its string.
_GO_TEMPLATE_HEADER = re.compile(rb'\A\s*<!--\{[^}]*?"Template":\s*true', re.IGNORECASE)
_GO_TEMPLATE_ACTION = re.compile(rb'\{\{-?\s*(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)\s*-?\}\}|\{\{.*?\}\}', re.DOTALL)


def _go_template_action(match: re.Match[bytes]) -> bytes:
    if match.group(1) is not None:
        return match.group(1).replace(b'\\"', b'"').replace(b"\\\\", b"\\")
    if match.group(2) is not None:
        return match.group(2)
    return b" "  # a space, so the words around an action are never glued together


# A page's source as a site generator reads it (a Jekyll page or layout, known by its front matter or a Liquid tag:
# "<p>{{ site.title }} is a framework</p>"): a template tag or expression among the words of its text is filled in when
# the site is built, so it is not what the page shows; the words around it are. Shown as written in code (<code>,
# <pre>, <kbd>, <samp>), it stays there; a page with neither mark keeps it ("Write {{.Title}} in the template.").
_TEMPLATE_TEXT = re.compile(TEMPLATE_IN_TEXT)
_LITERAL_TAGS = frozenset(("pre", "code", "kbd", "samp", "tt", "script", "style", "textarea"))


def _drop_template_text(element: lxml.etree._Element, literal: bool = False) -> None:
    """Take the template tags and expressions (`_TEMPLATE_TEXT`) out of the text of `element` and its descendants,
    outside code (`_LITERAL_TAGS`); `literal` says whether `element` stands in code."""
    tag = _tag(element)
    inside = literal or tag in _LITERAL_TAGS
    if tag and not inside and element.text and "{" in element.text:
        element.text = _without_template_text(element.text)
    for child in element:
        _drop_template_text(child, inside)
    if not literal and element.tail and "{" in element.tail:
        element.tail = _without_template_text(element.tail)


def _without_template_text(text: str) -> str:
    """`text` without its template tags and expressions; a space for what was only those and punctuation (Jekyll's
    step layout heads each step "<h2>{{ page.position }}. {{ page.title }}</h2>", no heading once they are out)."""
    kept = _TEMPLATE_TEXT.sub("", text)
    return kept if kept == text or any(ch.isalnum() for ch in kept) else " "


# A Jekyll page's YAML front matter ("---", "layout: default", "title: ...", "---") over its HTML: the site's settings
# for the page, no text of it (read as HTML it was the page's first paragraph, "--- layout: default class: home ..."),
# and its title the page's.
_YAML_FRONT_MATTER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def html_text(data: bytes) -> ExtractedText:
    """Read an HTML page: headings, paragraphs, list items, table rows and <pre> code of its main text."""
    if _GO_TEMPLATE_HEADER.match(data[:2048]):
        data = _GO_TEMPLATE_ACTION.sub(_go_template_action, data)
    front_title: str | None = None
    front = _YAML_FRONT_MATTER.match(data) if data.startswith((b"---", b"\xef\xbb\xbf---")) else None
    if front is not None:
        front_title = front_matter_title(front.group(1).decode("utf-8", "replace"))
        data = data[front.end() :]
    notes: tuple[str, ...] = ()
    source: bytes | str = data
    if _undeclared_legacy(data):
        # a page saved without a charset in a legacy code page (chardet's Windows-1256 Arabic page): read as UTF-8
        # every letter was U+FFFD; the bytes are guessed as a text file's are, with its note
        decoded = decode_bytes(data)
        source = _XML_DECLARATION.sub("", decoded.text, count=1)
        notes = (decoded.note,) if decoded.note else ()
    root = _parse_html(source)
    if root is None:
        # a page of front matter and template tags alone (a Jekyll page that only includes its layout's parts)
        raise UnreadableDocument(NO_SENTENCES if front is not None else "damaged HTML (no elements)")
    if front is not None or b"{%" in data:  # a site generator's source; a page that writes "{{.Title}}" keeps it
        _drop_template_text(root)
    builder = BlockBuilder()
    title = add_html_blocks(builder, root)
    if any(
        meta.get("content", "").startswith("groff") for meta in root.iter("meta") if meta.get("name") == "generator"
    ):
        _read_as_manual_page(builder)
    if title is None and front_title:
        title = front_title
    if title is None:
        template_title = _TEMPLATE_TITLE.match(data[:2048])  # go.dev-style page sources: <!--{"Title": "..."}-->
        title = template_title.group(1).decode("utf-8", "replace") if template_title else builder.first_heading(level=1)
    return builder.build("html", title, notes)


# A manual page rendered by groff -Thtml (Apache's rotatelogs.8): an option's tag too long for groff's two-column
# table ("-n number-of-files") is a paragraph of its own with its text in the next one; found alone, its question
# ("What does rotatelogs -n do?") matched the tag without its text. Read as the text of a rendered page is
# (`plain.man_page_text`): tag and text one item, the SYNOPSIS's command forms code (searchable, not an answer).
_MAN_TAGS = re.compile(r"^-{1,2}[\w?][\w-]*(?:[ =][\w<>\[\].|-]+)?(?:\n-{1,2}[\w?][\w-]*(?:[ =][\w<>\[\].|-]+)?)*$")


def _read_as_manual_page(builder: BlockBuilder) -> None:
    blocks = builder.blocks
    text = builder.text()
    section = ""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        raw = text[block.start : block.end]
        if block.kind == "heading":
            section = raw.strip().upper()
        elif section == "SYNOPSIS" and block.kind in ("paragraph", "table_row"):
            blocks[index] = replace(block, kind="code")
        elif block.kind == "paragraph" and _MAN_TAGS.match(raw.strip()):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is not None and following.kind == "paragraph":
                # one block from the tag to the end of its text (only the block separator between them)
                blocks[index : index + 2] = [replace(block, kind="list_item", end=following.end)]
            else:
                blocks[index] = replace(block, kind="meta")  # tags whose text the page does not hold
        index += 1


# lxml refuses a str that still declares its bytes' encoding
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def _undeclared_legacy(data: bytes) -> bool:
    """A page with no BOM and no declared charset whose bytes are not UTF-8."""
    if _declared_encoding(data) != "utf-8" or data.startswith(b"\xef\xbb\xbf") or _META_CHARSET.search(data[:4096]):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def html_fragment_blocks(fragment: str) -> BlockBuilder:
    """The blocks of an HTML fragment (an HTML block inside Markdown) as the HTML reader finds them; none for a comment
    or a fragment that does not parse."""
    builder = BlockBuilder()
    if not fragment.strip() or (fragment.lstrip().startswith("<!--") and fragment.rstrip().endswith("-->")):
        return builder
    root = _parse_html(f"<html><body>{fragment}</body></html>")
    if root is not None:
        add_html_blocks(builder, root)
    return builder


# EPUB ---------------------------------------------------------------------------------------------------------------

_CONTAINER = "META-INF/container.xml"
_OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
_CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
# XML parsing of package files: no network, no entity expansion (a hostile EPUB cannot read files or blow up).
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


# The share of an EPUB's reading its chapters take (parsing their XHTML), for the progress within one file
# (`parts_read`): realdocs_office's three books, CPU time of the reader against the whole reading, 0.30-0.54.
CHAPTERS_SHARE = 0.4


def epub_text(data: bytes) -> ExtractedText:
    """Read an EPUB: container.xml names the OPF package, whose spine gives the XHTML chapters in reading order."""
    archive = open_archive(data, "EPUB")
    try:
        container = lxml.etree.fromstring(archive.read(_CONTAINER), _SAFE_XML)
        rootfiles = container.findall(".//c:rootfile", _CONTAINER_NS)
        if not rootfiles:
            raise UnreadableDocument("damaged EPUB (no package file)")
        opf_path = rootfiles[0].get("full-path", "")
        package = lxml.etree.fromstring(archive.read(opf_path), _SAFE_XML)
    except (zipfile.BadZipFile, KeyError, lxml.etree.XMLSyntaxError) as error:
        raise UnreadableDocument("damaged EPUB (no readable package file)") from error
    if package.find(".//{http://www.idpf.org/2007/opf}encryption") is not None or _encrypted_content(archive):
        raise UnreadableDocument("encrypted EPUB (DRM)")
    title_element = package.find(".//dc:title", _OPF_NS)
    title = "".join(title_element.itertext()) if title_element is not None else None
    base = posixpath.dirname(opf_path)
    manifest = {
        item.get("id"): _archive_path(base, item.get("href", ""))
        for item in package.findall(".//opf:manifest/opf:item", _OPF_NS)
    }
    contents = _navigation(archive, package, manifest)
    names = frozenset(_words(name) for entries in contents.values() for name, _ in entries)
    boilerplate = _guide_boilerplate(package, base)
    builder = BlockBuilder()
    notes: list[str] = []
    spine = list(_spine_paths(package, manifest))
    sizes = [_member_size(archive, href) for href in spine]  # the chapters' progress, in their unpacked bytes
    done, total = 0, sum(sizes)
    for href, size in zip(spine, sizes, strict=True):
        try:
            chapter = archive.read(href)
        except KeyError:
            notes.append(f"missing chapter {href}")
            continue
        root = _parse_html(chapter)
        if root is not None:
            _add_chapter(builder, root, contents.get(href, []), names, meta=href in boilerplate)
        done += size
        parts_read(done, total, CHAPTERS_SHARE)
    return builder.build("epub", title, tuple(notes))


def _member_size(archive: zipfile.ZipFile, name: str) -> int:
    """A member's unpacked size (0 for a chapter the spine names and the archive lacks)."""
    try:
        return archive.getinfo(name).file_size
    except KeyError:
        return 0


# How far into a chapter without headings the line that its contents entry names is looked for, and how many lines
# that name may be set on ("CHAPTER 1" and "Why Sentences?" for the entry "Chapter 1 - Why Sentences?").
_CHAPTER_HEAD_BLOCKS = 4
_CHAPTER_HEAD_LINES = 3


def _add_chapter(
    builder: BlockBuilder,
    root: lxml.etree._Element,
    entries: list[tuple[str, int]],
    names: frozenset[str],
    meta: bool = False,
) -> None:
    """A spine document's blocks. In one without headings (converters such as calibre style a chapter's title as
    plain paragraphs), the line or lines among its first blocks that an entry of the EPUB's table of contents names
    (`entries`: name, depth) are that chapter's heading: the last of them a heading at the entry's depth, those before
    it (a "CHAPTER 1" label) meta. Its sentences would otherwise have no section, and the bare title would be quoted
    as an answer. Any other line that is the name of an entry (`names`, as `_words` gives them) is an entry of a
    contents page, meta as well. With `meta` (a cover, title or copyright page) every line is meta."""
    chapter = BlockBuilder()
    add_html_blocks(chapter, root)
    blocks, text = chapter.blocks, chapter.text()
    kinds: dict[int, tuple[BlockKind, int]] = {}
    if entries and not any(block.kind == "heading" for block in blocks):
        keys = [_words(text[block.start : block.end]) for block in blocks[: _CHAPTER_HEAD_BLOCKS + _CHAPTER_HEAD_LINES]]
        for name, depth in entries:
            run = _named_run(keys, _words(name))
            if run is not None and all(blocks[i].kind in _NAMED_KINDS for i in run):
                kinds.update({i: ("meta", 0) for i in run[:-1]})
                kinds[run[-1]] = ("heading", depth)
                break
    for index, block in enumerate(blocks):
        line = text[block.start : block.end]
        kind, level = kinds.get(index, (block.kind, block.level))
        if (meta or _words(line) in names) and index not in kinds and kind in _QUOTABLE_OR_NAMED:
            kind = "meta"
        builder.add(kind, line, level=level, page=block.page, header=block.header)


def _named_run(keys: list[str], name: str) -> range | None:
    """The first run of up to `_CHAPTER_HEAD_LINES` consecutive blocks, starting among the first
    `_CHAPTER_HEAD_BLOCKS`, whose words (`_words`) together are `name`'s."""
    for first in range(min(_CHAPTER_HEAD_BLOCKS, len(keys))):
        joined = ""
        for last in range(first, min(first + _CHAPTER_HEAD_LINES, len(keys))):
            joined = f"{joined} {keys[last]}".strip()
            if joined == name:
                return range(first, last + 1)
            if not name.startswith(joined):
                break
    return None


# EPUB 2's <guide> types of the pages that are a book's boilerplate, as `_BOILERPLATE_TYPES` are EPUB 3's: a
# converter's cover and title pages ("HOW TO WRITE A SENTENCE", "and", "STANLEY FISH", "logo") and the publisher's
# copyright page ("All Rights Reserved.", an ISBN) were quoted as answers.
_GUIDE_BOILERPLATE = frozenset({"cover", "title-page", "copyright-page"})


def _guide_boilerplate(package: lxml.etree._Element, base: str) -> frozenset[str]:
    """The spine documents the package's <guide> calls a cover, title page or copyright page."""
    return frozenset(
        _archive_path(base, reference.get("href", "").split("#", 1)[0])
        for reference in package.findall(".//opf:guide/opf:reference", _OPF_NS)
        if reference.get("type", "").strip().lower() in _GUIDE_BOILERPLATE and reference.get("href")
    )


_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """A line's words alone, to compare a contents entry with the lines it names ("Chapter 1 - Why Sentences?" with
    "CHAPTER 1" and "Why Sentences?")."""
    return " ".join(_WORD.findall(text.casefold()))


_NAMED_KINDS = frozenset({"paragraph", "list_item", "meta"})
_QUOTABLE_OR_NAMED = _NAMED_KINDS | PROSE_KINDS
_NCX_NS = {"n": "http://www.daisy.org/z3986/2005/ncx/"}


def _navigation(
    archive: zipfile.ZipFile, package: lxml.etree._Element, manifest: dict[str | None, str]
) -> dict[str, list[tuple[str, int]]]:
    """The EPUB's table of contents by the spine document each entry points into: (name, depth from 1) in order. From
    EPUB 3's navigation document (the manifest item with the "nav" property), else EPUB 2's NCX (the spine's toc)."""
    found: dict[str, list[tuple[str, int]]] = {}
    items = package.findall(".//opf:manifest/opf:item", _OPF_NS)
    nav = next((item for item in items if "nav" in (item.get("properties") or "").split()), None)
    spine = package.find(".//opf:spine", _OPF_NS)
    ncx = manifest.get(spine.get("toc")) if spine is not None and spine.get("toc") else None
    try:
        if nav is not None and manifest.get(nav.get("id")):
            path = manifest[nav.get("id")]
            root = _parse_html(archive.read(path))
            if root is not None:
                for link, depth in _nav_links(root):
                    _add_entry(found, path, link.get("href", ""), collapse_space(link.text_content()).strip(), depth)
        elif ncx:
            root = lxml.etree.fromstring(archive.read(ncx), _SAFE_XML)
            for point in root.iter("{http://www.daisy.org/z3986/2005/ncx/}navPoint"):
                label = point.find("n:navLabel/n:text", _NCX_NS)
                content = point.find("n:content", _NCX_NS)
                depth = sum(1 for a in point.iterancestors() if a.tag == point.tag) + 1
                if label is not None and content is not None:
                    name = collapse_space("".join(label.itertext())).strip()
                    _add_entry(found, ncx, content.get("src", ""), name, depth)
    except (KeyError, lxml.etree.XMLSyntaxError):
        return {}  # a table of contents that cannot be read names nothing; the chapters still are
    return found


def _nav_links(root: lxml.etree._Element) -> Iterable[tuple[lxml.etree._Element, int]]:
    """The links of a navigation document's table of contents (its <nav epub:type="toc">, else its first <nav>) with
    their depth in its nested lists."""
    navs = [element for element in root.iter() if _tag(element) == "nav"]
    toc = next((nav for nav in navs if "toc" in _epub_types(nav)), navs[0] if navs else None)
    if toc is None:
        return
    for link in toc.iter():
        if _tag(link) == "a" and link.get("href"):
            depth = sum(1 for a in link.iterancestors() if _tag(a) in ("ol", "ul") and a is not toc) or 1
            yield link, depth


def _add_entry(found: dict[str, list[tuple[str, int]]], source: str, href: str, name: str, depth: int) -> None:
    target = href.split("#", 1)[0]
    if not unquote(target) or not name:
        return
    found.setdefault(_archive_path(posixpath.dirname(source), target), []).append((name, depth))


def _archive_path(folder: str, href: str) -> str:
    """The archive member a package's or navigation document's `href` (URL-encoded, without its fragment) names,
    relative to `folder`."""
    return posixpath.normpath(posixpath.join(folder, unquote(href)))


_ENCRYPTION = "META-INF/encryption.xml"
_CIPHER_REFERENCE = "{http://www.w3.org/2001/04/xmlenc#}CipherReference"
# Obfuscated fonts (IDPF's and Adobe's font mangling, listed in encryption.xml like DRM) leave the text readable.
_FONT = re.compile(r"\.(?:ttf|otf|woff2?|eot|pfb|fnt)$", re.IGNORECASE)


def _encrypted_content(archive: zipfile.ZipFile) -> bool:
    """True when META-INF/encryption.xml lists a file other than a font (DRM); an unreadable one counts as DRM."""
    if _ENCRYPTION not in archive.namelist():
        return False
    try:
        encryption = lxml.etree.fromstring(archive.read(_ENCRYPTION), _SAFE_XML)
    except lxml.etree.XMLSyntaxError:
        return True
    return any(not _FONT.search(unquote(ref.get("URI", ""))) for ref in encryption.iter(_CIPHER_REFERENCE))


def _spine_paths(package: lxml.etree._Element, manifest: dict[str | None, str]) -> Iterable[str]:
    for itemref in package.findall(".//opf:spine/opf:itemref", _OPF_NS):
        path = manifest.get(itemref.get("idref"))
        if path:
            yield path
