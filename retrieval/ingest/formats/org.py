"""Org mode (.org): Emacs users' notes, FAQs and project docs, read as Org's exporters render them.

No maintained, permissively licensed Python Org parser reads the whole syntax (orgparse gives headings and bodies,
not blocks), and the syntax docbot needs is regular, as AsciiDoc's is: headings (`*`, with TODO keywords, priorities,
tags and statistics cookies that are no title), `#+TITLE`/`#+AUTHOR` keywords, paragraphs, plain and description
lists, `|` tables, `#+BEGIN_SRC`/`EXAMPLE` blocks and `: ` lines (code, as Markdown's fences), quote and special
blocks (prose), drawers, comments and `COMMENT`/`:noexport:` subtrees (not text), inline emphasis, links and
footnotes.
"""

from __future__ import annotations

import re

from retrieval.ingest.formats.blocks import CELL_SEPARATOR, BlockBuilder
from retrieval.ingest.structure import BlockKind, ExtractedText

_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)[ \t]*$")
_PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\][ \t]*")
_TAGS = re.compile(r"[ \t]+:(?:[\w@#%]+:)+$")
_COOKIE = re.compile(r"[ \t]*\[\d*(?:%|/\d*)\]")
_DEFAULT_TODO = ("TODO", "DONE")
_TODO_KEYWORDS = re.compile(r"^#\+(?:SEQ_|TYP_)?TODO:[ \t]*(.*)$", re.IGNORECASE)
_KEYWORD = re.compile(r"^[ \t]*#\+([\w-]+)(?:\[[^\]]*\])?:[ \t]*(.*?)[ \t]*$")
_META_KEYWORDS = frozenset({"author", "date", "email", "subtitle", "caption"})
_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+BEGIN_(\w+)(.*)$", re.IGNORECASE)
_DYNAMIC_BEGIN = re.compile(r"^[ \t]*#\+BEGIN:", re.IGNORECASE)
_DRAWER = re.compile(r"^[ \t]*:([\w-]+):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
_HIDDEN_DRAWERS = frozenset({"properties", "logbook"})  # Org exports neither (`org-export-with-drawers`)
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_PLANNING = re.compile(r"^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<\[][^>\]]*[>\]][ \t]*)+$")
_FIXED_WIDTH = re.compile(r"^[ \t]*:(?:[ \t]|$)")
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_TABLE_LINE = re.compile(r"^[ \t]*(?:\||\+-[-+]*\+[ \t]*$)")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+]+\|?[ \t]*$|^[ \t]*\+[-+]+\+[ \t]*$")
# "- item", "+ item", "1. item", "1) item"; "* item" only indented (at the margin it is a heading). Not "a." (Org
# reads letters as bullets only when told to: "A. Smith wrote" opens a paragraph)
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-+]|(?<=[ \t])\*|\d{1,4}[.)])[ \t]+(.*)$")
_ITEM_PREFIX = re.compile(r"^(?:\[@\w+\][ \t]*)?(?:\[[ xX-]\][ \t]*)?")
_DESCRIPTION = re.compile(r"^(.*?\S)[ \t]+::(?:[ \t]+(.*)|[ \t]*$)")
_FOOTNOTE_DEFINITION = re.compile(r"^\[fn:([\w-]+)\][ \t]*(.*)$")
# a reference "[fn:1]", or an inline note with its text "[fn::text]", "[fn:name:text]"
_FOOTNOTE_REFERENCE = re.compile(r"\[fn:([\w-]*)(?::((?:[^\[\]]|\[[^\[\]]*\])*))?\]")
_LINK = re.compile(r"\[\[((?:[^\[\]\\]|\\.)+)\](?:\[((?:[^\[\]]|\[[^\[\]]*\])+)\])?\]")
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$", re.IGNORECASE)
_RADIO_TARGET = re.compile(r"<<<([^<>\n]+)>>>")
_TARGET = re.compile(r"<<[^<>\n]+>>")
_MACRO = re.compile(r"\{\{\{([\w-]+)(?:\((.*?)\))?\}\}\}")
_MACRO_DEFINITION = re.compile(r"^#\+MACRO:[ \t]+([\w-]+)[ \t]*(.*)$", re.IGNORECASE)
_EXPORT_SNIPPET = re.compile(r"@@[\w-]+:.*?@@")
_LINE_BREAK = re.compile(r"[ \t]*\\\\[ \t]*$", re.MULTILINE)
# Org's emphasis: a mark opens after the line's start, a space or one of -({'" and closes before a space, the
# line's end or one of -.,;:!?')}[" ; the text it wraps starts and ends with a non-space. Verbatim and code (=, ~)
# are shown as written, marks inside them included. A path ("/usr/local/bin/"), arithmetic ("2 * 3") and an
# identifier ("max_line_length") are no emphasis: a mark's text never holds its own mark, and one between word
# characters never opens or closes.
_PRE = r"(?:(?<=^)|(?<=[\s\-({'\"]))"
_POST = r"(?=$|[\s\-.,;:!?')}\[\"\\])"
# Verbatim's text may hold "=" ("=--width=80="); code's never holds "~", which opens a home path ("~/.emacs.d/").
# Either may run over one line break, as emphasis may: a filled paragraph breaks lines inside "~M-x some-command~".
_VERBATIM = re.compile(
    _PRE + r"(?:(=)(\S|\S[^\n]*?(?:\n[^\n]*?)?\S)=|(~)([^\s~]|[^\s~][^\n~]*?(?:\n[^\n~]*?)?[^\s~])~)" + _POST,
    re.MULTILINE,
)
_EMPHASIS = tuple(
    re.compile(_PRE + re.escape(mark) + rf"([^\s{re.escape(mark)}]|[^\s{re.escape(mark)}][^{re.escape(mark)}]*?"
               rf"[^\s{re.escape(mark)}])" + re.escape(mark) + _POST, re.MULTILINE)
    for mark in "*/_+"
)  # fmt: skip
_PLACEHOLDER = "\ue000"  # stands for verbatim text while marks are resolved (a private-use character)


class _Reader:
    def __init__(self, source: str) -> None:
        lines = source.replace("\t", "    ").replace("\r\n", "\n").split("\n")
        self.todo = set(_DEFAULT_TODO)
        for line in lines:
            found = _TODO_KEYWORDS.match(line)
            if found:
                self.todo.update(word.split("(")[0] for word in found.group(1).split() if word != "|")
        self.macros: dict[str, str] = {}
        for line in lines:
            found = _MACRO_DEFINITION.match(line)
            if found and not found.group(2).startswith("(eval"):
                self.macros[found.group(1).lower()] = found.group(2)
        self.footnotes: dict[str, str] = {}
        self.lines = self._take_footnotes(lines)
        self.builder = BlockBuilder()
        self.title: str | None = None
        self.notes: list[str] = []  # footnotes the block being read cites, added after it

    def _take_footnotes(self, lines: list[str]) -> list[str]:
        """The lines without footnote definitions ("[fn:1] text" at the margin, up to a blank line, a heading or the
        next definition), which `footnotes` keeps for the paragraph citing them; a "Footnotes" heading left with no
        text is dropped, as Org's exporters gather notes at the page's foot under their own title."""
        kept: list[str] = []
        index = 0
        while index < len(lines):
            found = _FOOTNOTE_DEFINITION.match(lines[index])
            if not found:
                kept.append(lines[index])
                index += 1
                continue
            text = [found.group(2)]
            index += 1
            while (
                index < len(lines)
                and lines[index].strip()
                and not _HEADING.match(lines[index])
                and not _FOOTNOTE_DEFINITION.match(lines[index])
            ):
                text.append(lines[index].strip())
                index += 1
            self.footnotes[found.group(1)] = " ".join(part for part in text if part)
        result: list[str] = []
        for number, line in enumerate(kept):
            heading = _HEADING.match(line)
            if heading and heading.group(2).strip().lower() == "footnotes":
                rest = (other for other in kept[number + 1 :] if other.strip())
                following = next(rest, None)
                if following is None or _HEADING.match(following):
                    continue
            result.append(line)
        return result

    # inline ---------------------------------------------------------------------------------------------------------

    def inline(self, text: str) -> str:
        """The text Org's exporters show for a line's inline markup."""
        kept: list[str] = []

        def keep(value: str) -> str:
            kept.append(value)
            return f"{_PLACEHOLDER}{len(kept) - 1}{_PLACEHOLDER}"

        text = _LINE_BREAK.sub("", text)
        text = _VERBATIM.sub(lambda m: keep(m.group(2) if m.group(1) else m.group(4)), text)
        text = _EXPORT_SNIPPET.sub("", text)
        text = _MACRO.sub(self._macro, text)
        text = _FOOTNOTE_REFERENCE.sub(self._footnote, text)
        text = _LINK.sub(lambda m: _link_text(m) if m.group(2) is not None else keep(_link_text(m)), text)
        text = _RADIO_TARGET.sub(lambda m: m.group(1), text)
        text = _TARGET.sub("", text)
        for _ in range(2):  # nested marks: */both/*
            for pattern in _EMPHASIS:
                # a mark's text spans two lines at most, as Org's (`org-emphasis-regexp-components`)
                text = pattern.sub(lambda m: m.group(1) if m.group(1).count("\n") <= 1 else m.group(0), text)
        while _PLACEHOLDER in text:  # a link's target may hold verbatim text
            text = re.sub(f"{_PLACEHOLDER}(\\d+){_PLACEHOLDER}", lambda m: kept[int(m.group(1))], text)
        return text

    def _macro(self, match: re.Match[str]) -> str:
        """A macro's replacement, its arguments put in; one defined elsewhere (a setup file, an Elisp "(eval ...)"
        macro such as {{{kbd(C-g)}}}) shows its arguments: they are the text it formats."""
        arguments = [part.strip() for part in re.split(r"(?<!\\),", match.group(2) or "")]
        body = self.macros.get(match.group(1).lower())
        if body is None:
            return ", ".join(argument for argument in arguments if argument)
        return re.sub(
            r"\$(\d)", lambda m: arguments[int(m.group(1)) - 1] if int(m.group(1)) <= len(arguments) else "", body
        )

    def _footnote(self, match: re.Match[str]) -> str:
        label, text = match.group(1), match.group(2)
        if text is None:
            text = self.footnotes.pop(label, "")  # a note cited twice is read once, after its first citation
        if text.strip():
            self.notes.append(text.strip())
        return ""

    # blocks ---------------------------------------------------------------------------------------------------------

    def add(self, kind: BlockKind, lines: list[str], *, level: int = 0) -> None:
        if kind == "code":
            self.builder.add("code", "\n".join(lines))
            return
        # the paragraph's text as a whole: a mark may open on one line and close on the next
        self.builder.add(kind, self.inline("\n".join(line.strip() for line in lines)), level=level)
        while self.notes:  # as DOCX, ODT and AsciiDoc notes are: a note's sentences belong to the citing section
            self.builder.add("paragraph", self.inline(self.notes.pop(0)))

    def read(self) -> ExtractedText:
        index = self._header()
        self._blocks(index, len(self.lines), "paragraph")
        return self.builder.build("org", self.title)

    def _header(self) -> int:
        """Read the keywords before the first text (#+TITLE the title, #+AUTHOR, #+DATE ... meta under it); the
        index after them."""
        index = 0
        meta: list[str] = []
        while index < len(self.lines):
            line = self.lines[index]
            keyword = None if _DYNAMIC_BEGIN.match(line) else _KEYWORD.match(line)
            if keyword and keyword.group(1).lower() == "title":
                title = self.inline(keyword.group(2)).strip()
                if title:
                    self.title = title if self.title is None else f"{self.title} {title}"
            elif keyword and keyword.group(1).lower() in _META_KEYWORDS - {"caption"}:
                meta.append(keyword.group(2))
            elif line.strip() and not keyword and not _COMMENT.match(line):
                break
            index += 1
        if self.title:  # "#+TITLE" exports as the page's <h1>, over the top-level sections
            self.builder.add("heading", self.title, level=1)
        for text in meta:
            self.add("meta", [text])
        return index

    def _blocks(self, index: int, end: int, kind: BlockKind) -> None:
        lines = self.lines
        offset = 1 if self.title else 0  # "*" sections sit under the title
        while index < end:
            line = lines[index]
            stripped = line.strip()
            heading = _HEADING.match(line)
            if heading:
                level = len(heading.group(1))
                text = self._heading_text(heading.group(2))
                if text is None:  # a COMMENT or :noexport: subtree is not exported
                    index += 1
                    while index < end and not (
                        (found := _HEADING.match(lines[index])) and len(found.group(1)) <= level
                    ):
                        index += 1
                    continue
                self.add("heading", [text], level=min(level + offset, 6))
                index += 1
                continue
            if not stripped or _RULE.match(line) or _PLANNING.match(line):
                index += 1
                continue
            block = _BLOCK_BEGIN.match(line)
            if block or _DYNAMIC_BEGIN.match(line):
                index = self._delimited(index, end, block.group(1) if block else "", kind)
                continue
            keyword = _KEYWORD.match(line)
            if keyword:
                name = keyword.group(1).lower()
                if name == "caption" or (name in _META_KEYWORDS and name != "title"):
                    self.add("meta", [keyword.group(2)])
                index += 1
                continue
            if _COMMENT.match(line) or stripped.startswith("#+"):  # a comment, an unpaired "#+END_SRC"
                index += 1
                continue
            drawer = _DRAWER.match(line)
            if drawer and drawer.group(1).upper() != "END":
                close = index + 1
                while close < end and not _DRAWER_END.match(lines[close]) and not _HEADING.match(lines[close]):
                    close += 1
                if close < end and _DRAWER_END.match(lines[close]):
                    if drawer.group(1).lower() not in _HIDDEN_DRAWERS:
                        self._blocks(index + 1, close, kind)
                    index = close + 1
                    continue
            if _DRAWER_END.match(line):
                index += 1
                continue
            if _FIXED_WIDTH.match(line):
                start = index
                while index < end and _FIXED_WIDTH.match(lines[index]):
                    index += 1
                self.add("code", [re.sub(r"^[ \t]*: ?", "", text) for text in lines[start:index]])
                continue
            if _TABLE_LINE.match(line):
                start = index
                while index < end and _TABLE_LINE.match(lines[index]):
                    index += 1
                self._table(lines[start:index])
                continue
            index = self._paragraph(index, end, kind)

    def _heading_text(self, text: str) -> str | None:
        """A heading's title without its TODO keyword, priority, tags and statistics cookies; None for a subtree
        Org does not export (COMMENT, :noexport:)."""
        tags = _TAGS.search(text)
        if tags:
            if ":noexport:" in tags.group(0):
                return None
            text = text[: tags.start()]
        first, _, rest = text.partition(" ")
        if first in self.todo:
            text = rest.lstrip()
        text = _PRIORITY.sub("", text)
        if text == "COMMENT" or text.startswith("COMMENT "):
            return None
        return _COOKIE.sub("", text).strip()

    def _delimited(self, index: int, end: int, name: str, kind: BlockKind) -> int:
        lines = self.lines
        closing = re.compile(rf"^[ \t]*#\+END_{re.escape(name)}[ \t]*$" if name else r"^[ \t]*#\+END:?[ \t]*$", re.I)
        close = index + 1
        while close < end and not closing.match(lines[close]):
            close += 1
        body = lines[index + 1 : close]
        kind_name = name.lower()
        if kind_name in ("src", "example"):
            # a block's lines as written, less the indentation they share; a "," escapes a "*" or "#+" line
            indent = min((len(text) - len(text.lstrip()) for text in body if text.strip()), default=0)
            self.add("code", [re.sub(r"^,(?=\*|#\+)", "", text[indent:]) for text in body])
        elif kind_name == "verse":
            for text in body:
                if text.strip():
                    self.add(kind, [text])
        elif kind_name not in ("comment", "export", "html", "latex"):
            self._blocks(index + 1, close, kind)  # quote, center, special blocks (NOTE, TIP ...), dynamic blocks
        return close + 1

    def _table(self, rows: list[str]) -> None:
        # the rows above the table's first rule ("|---+---|") are its header, as Org exports them (none when the
        # table opens on a rule: table.el's frame)
        rule = next((number for number, row in enumerate(rows) if _TABLE_RULE.match(row)), 0)
        for number, row in enumerate(rows):
            if _TABLE_RULE.match(row) or not row.strip().startswith("|"):
                continue  # rules, and table.el's "+---+" lines
            cells = [self.inline(cell.strip()) for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]
            if all(re.fullmatch(r"<[lrc]?\d*>|[#*!$_^/]?", cell) for cell in cells):
                continue  # a column-width row ("<10>") or a spreadsheet's marking column alone
            text = CELL_SEPARATOR.join(cell for cell in cells if cell.strip())
            self.builder.add("table_row", text, header=number < rule)
            while self.notes:
                self.builder.add("paragraph", self.inline(self.notes.pop(0)))

    def _starts_block(self, line: str) -> bool:
        return bool(
            _HEADING.match(line)
            or _LIST_ITEM.match(line)
            or _KEYWORD.match(line)
            or _BLOCK_BEGIN.match(line)
            or _DYNAMIC_BEGIN.match(line)
            or _COMMENT.match(line)
            or line.lstrip().startswith("#+")
            or _DRAWER.match(line)
            or _FIXED_WIDTH.match(line)
            or _TABLE_LINE.match(line)
            or _RULE.match(line)
        )

    def _paragraph(self, index: int, end: int, kind: BlockKind) -> int:
        lines = self.lines
        item = _LIST_ITEM.match(lines[index])
        description = None
        block_kind: BlockKind = kind
        indent = len(lines[index]) - len(lines[index].lstrip())
        if item:
            block_kind = "list_item"
            first = _ITEM_PREFIX.sub("", item.group(2))
            description = _DESCRIPTION.match(first)
            if description:
                # "term :: description": one item, the term opening it, as a web page's <dt> and <dd> are read
                first = description.group(1) + ("\n" + description.group(2) if description.group(2) else "")
        else:
            first = lines[index]
            if indent and self.builder.blocks and self.builder.blocks[-1].kind == "list_item":
                block_kind = "list_item"  # a paragraph of a list item, indented under it
        gathered = [first]
        index += 1
        if item and description and not description.group(2):
            # "- term ::" with its description under it after a blank line: the description's first paragraph
            # opens with the term (apart, the description lost the name a question asks it by)
            following = index
            while following < end and not lines[following].strip():
                following += 1
            line = lines[following] if following < end else ""
            if len(line) - len(line.lstrip()) > indent and not self._starts_block(line):
                index = following
        while index < end:
            line = lines[index]
            if not line.strip() or self._starts_block(line):
                break
            if item and len(line) - len(line.lstrip()) <= indent:
                break  # an item's text goes on only indented under its bullet
            gathered.append(line)
            index += 1
        self.add(block_kind, gathered)
        return index


def _link_text(match: re.Match[str]) -> str:
    """What a link shows: its description, else its target (an image target shows no text: it is the picture)."""
    target, description = match.group(1).replace("\\]", "]").replace("\\[", "["), match.group(2)
    if description is not None:
        return description
    if _IMAGE.search(target):
        return ""
    target = re.sub(r"^(?:file|id|info|help|elisp|shell):", "", target)
    return target.lstrip("*#") if target[:1] in "*#" else target


def org_text(source: str) -> ExtractedText:
    """Read an Org mode document: keywords, sections, paragraphs, lists, tables; source and example blocks as code."""
    return _Reader(source).read()
