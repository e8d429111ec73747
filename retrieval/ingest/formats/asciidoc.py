"""AsciiDoc (.adoc, .asciidoc): a careful reading of its block and inline structure, as Asciidoctor renders it.

No Python AsciiDoc parser is both well kept and permissively licensed (asciidoc-py and asciidoc3 are GPL/AGPL, the
pure-Python ones are alpha releases), and Asciidoctor itself is Ruby. The syntax docbot needs is regular: section
titles (`==`), the document header and its attribute entries, lists, delimited blocks (`----` listings and `....`
literals are code, `////` comments and `++++` passthroughs are not text, `====`/`****`/`____`/`--` wrap prose),
`|===` tables, admonition labels, block titles and attribute lines, preprocessor directives, and inline marks,
macros and attribute references. Measured on Asciidoctor's own docs and Gutenberg's book.asciidoc (see the commit).
"""

from __future__ import annotations

import html
import re

from retrieval.ingest.formats.blocks import CELL_SEPARATOR, BlockBuilder
from retrieval.ingest.structure import BlockKind, ExtractedText

_SECTION = re.compile(r"^(={1,6}|#{1,6})[ \t]+(\S.*?)(?:[ \t]+\1)?[ \t]*$")
_ATTRIBUTE_ENTRY = re.compile(r"^:(!?)([\w][\w-]*)(!?):(?:[ \t]+(.*?))?[ \t]*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[(?:[^\[\]]|\[[^\]]*\])*\][ \t]*$")  # [source,ruby] [NOTE] [[id]] [#id.role]
_BLOCK_TITLE = re.compile(r"^\.([^\s.].*)$")
_DIRECTIVE = re.compile(r"^(?:include|ifdef|ifndef|ifeval|endif|toc|image|video|audio)::\S*\[.*\][ \t]*$")
_LINE_COMMENT = re.compile(r"^//(?!/)")
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--|```.*|[|!,:]={3,})[ \t]*$")
_LIST_ITEM = re.compile(
    r"^[ \t]*(?:\*{1,5}|-|\.{1,5}|\d{1,4}\.|[a-zA-Z]\.|[ivxIVX]{1,5}\))[ \t]+(?:\[[ xX*]\][ \t]+)?(\S.*)$"
)
_CALLOUT = re.compile(r"^<(?:\d+|\.)>[ \t]+(\S.*)$")
_TERM_MARK = r"(?::{2,4}|;;)"  # after a description list's term: "::" to "::::", or ";;"
_DESCRIPTION = re.compile(rf"^[ \t]*(\S.*?){_TERM_MARK}(?:[ \t]+(\S.*))?$")
_TERM_MARKED = re.compile(rf"{_TERM_MARK}(?:[ \t]|$)")  # a line holding a term's mark, followed by a space or its end
_TERM_ENDS = re.compile(rf"{_TERM_MARK}[ \t]*$")  # a line whose term's mark ends it: the term alone
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
_BREAKS = re.compile(r"^(?:'{3,}|<{3}|-{3}|\*{3})[ \t]*$")
_HARD_BREAK = re.compile(r"[ \t]\+$")
_CELL_SPEC = re.compile(r"(?:\d+[*+]|\d*\.\d+\+)?[<^>]?(?:\.[<^>])?[adehlmsv]?")
_CELL_SPEC_END = re.compile(r"(?<=\s)(?:\d+[*+]|\d*\.\d+\+)[<^>]?(?:\.[<^>])?[adehlmsv]?$")
# A table's column specs (`cols="3,2,3"`, `cols=2*`, `cols="1,2m,~"`): one spec a column, "N*" for N columns; the
# table's attribute line also names a CSV or DSV body (`format=csv`) and its separator.
_COLUMN_SPEC = re.compile(r"(?:(\d+)\*)?[<^>]?(?:\.[<^>])?(?:\d+%?|~)?[adehlmsv]?")
_TABLE_ATTRIBUTE = re.compile(r"""\b(cols|format|separator|options|opts)=(?:"([^"]*)"|'([^']*)'|([^,\]]*))""")
_TABLE_OPTION = re.compile(r"%(header|noheader)\b")  # the shorthand, "[%header,cols=2*]"
_SPAN = re.compile(r"(\d+)[*+]")

# Attribute references Asciidoctor defines for every document (character replacements).
_BUILTIN_ATTRIBUTES = {
    "nbsp": "\u00a0", "sp": " ", "empty": "", "blank": "", "zwsp": "", "amp": "&", "lt": "<", "gt": ">",
    "plus": "+", "startsb": "[", "endsb": "]", "vbar": "|", "caret": "^", "asterisk": "*", "tilde": "~",
    "apostrophe": "'", "backslash": "\\", "backtick": "`", "two-colons": "::", "two-semicolons": ";;", "cpp": "C++",
    "pp": "++", "deg": "\u00b0", "quot": '"', "ldquo": "\u201c", "rdquo": "\u201d", "lsquo": "\u2018",
    "rsquo": "\u2019", "brvbar": "\u00a6", "wj": "", "nbsp-": "\u00a0",
}  # fmt: skip
_ATTRIBUTE_REFERENCE = re.compile(r"(\\?)\{([\w][\w-]*)\}")
# Inline macros, links and marks, in the order they are resolved.
_PASSTHROUGH = re.compile(
    r"\+\+\+(.+?)\+\+\+|\+\+(.+?)\+\+|(?<![\w+])\+([^+\s](?:[^+]*?[^+\s])?)\+(?![\w+])|pass:[a-z,]*\[(.*?)\]"
)
_FOOTNOTE = re.compile(r"footnote(ref)?:[\w-]*\[((?:[^\]\\]|\\.)*)\]")
_INDEX_TERMS = re.compile(r"\(\(\((?:[^()]|\([^()]*\))*\)\)\)|indexterm:\[[^\]]*\]")
_VISIBLE_INDEX_TERM = re.compile(r"\(\(([^()]+)\)\)|indexterm2:\[([^\]]*)\]")
_ANCHOR = re.compile(r"\[\[[\w:.-]+(?:,[^\]]*)?\]\]|anchor:[\w:.-]+\[[^\]]*\]|\[#[\w:.-]+(?:\.[\w-]+)*\]#?(?=\S)")
# <<id>>, <<id,text>> (the text runs to the first ">>", a "<" or quotes in it included), <<Section Title>> (a natural
# cross-reference: the title it shows), xref:id[text]
_CROSS_REFERENCE = re.compile(
    r"<<([\w:./#{][^,<>\n]{0,80}?)(?:,((?:(?!<<|>>).)*?))?>>|xref:([\w:./#-]+)\[([^\]]*)\]", re.S
)
_URL_MACRO = re.compile(
    r"(?:link:|mailto:)?((?:https?|ftp|irc|file)://[^\s\[\]<>]+|(?<=link:)[^\s\[\]]+|(?<=mailto:)[^\s\[\]]+)"
    r"\[(\^?)([^\]]*)\]"
)
_UI_MACRO = re.compile(r"(kbd|btn):\[([^\]]*)\]|menu:([^\s\[]+)\[([^\]]*)\]")
_IMAGE_MACRO = re.compile(r"(?:image:(?!:)[^\s\[]*|icon:[\w-]+)\[[^\]]*\]|stem:\[([^\]]*)\]")
_CURVED_QUOTES = re.compile(r'"`(.+?)`"|\'`(.+?)`\'')
_ROLE_SPAN = re.compile(r"\[[.#][\w.#-]+\](?=[#*_`])")
# Asciidoctor's quote substitutions, in its order: a double mark (unconstrained) pairs anywhere; a single mark
# (constrained) opens after no word character, ";", ":" or "}" and closes before no word character, around the
# shortest text that starts and ends with a non-space ("`?` and `!`" is two spans, not "?` and `!"). Marks pair
# across the lines of a paragraph. A backslash before a mark escapes it. Unlike Asciidoctor, a code span may close
# before an apostrophe ("`cc-cmp`'s"): curved quotes are resolved before, and the reader means the possessive.
_MARKS = (
    re.compile(r"(?<!\\)\*\*(.+?)\*\*", re.S),
    re.compile(r"(?<![\\\w;:}*])\*(\S|\S.*?\S)\*(?![\w*])", re.S),
    re.compile(r"(?<!\\)``(.+?)``", re.S),
    re.compile(r"(?<![\\\w;:}`])`(\S|\S.*?\S)`(?![\w`])", re.S),
    re.compile(r"(?<!\\)__(.+?)__", re.S),
    re.compile(r"(?<![\\\w;:}])_(\S|\S.*?\S)_(?!\w)", re.S),
    re.compile(r"(?<!\\)##(.+?)##", re.S),
    re.compile(r"(?<![\\\w;:}#&])#(\S|\S.*?\S)#(?![\w#])", re.S),
    re.compile(r"(?<![\\\w^])\^(\S+?)\^|(?<![\\\w~])~(\S+?)~"),
)
_CHARACTER_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});")
# a backslash that escapes a mark, and one that keeps an apostrophe between letters straight ("it\'s": Asciidoctor
# shows "it's" and drops the backslash)
_ESCAPE = re.compile(r"\\(?=[*_`#^~{\[<+(])|(?<=[^\W_])\\(?='[^\W\d_])")
_PLACEHOLDER = "\ue000"  # stands for passthrough text while marks are resolved (a private-use character)


_CONDITIONAL = re.compile(r"^(ifdef|ifndef|ifeval|endif)::([^\[]*)\[(.*)\][ \t]*$")


def _preprocess(lines: list[str]) -> list[str]:
    """Lines the preprocessor keeps: ifdef/ifndef on the attributes set so far (none of env-github and the like),
    ifeval as true (docbot cannot evaluate it); include:: lines are dropped (the included file is read on its own)."""
    attributes: set[str] = set()
    kept: list[str] = []
    skipping: list[bool] = []  # one per open conditional: whether its content is left out
    for line in lines:
        conditional = _CONDITIONAL.match(line)
        if conditional:
            kind, names, content = conditional.groups()
            if kind == "endif":
                if skipping:
                    skipping.pop()
                continue
            if kind == "ifeval":
                keep = True
            else:
                wanted = [name.strip().lower() for name in re.split(r"[,+]", names) if name.strip()]
                found = (all if "+" in names else any)(name in attributes for name in wanted)
                keep = found if kind == "ifdef" else not found
            if content:  # the one-line form: ifdef::name[text]
                if keep and not any(skipping):
                    kept.append(content)
                continue
            skipping.append(not keep)
            continue
        if any(skipping) or line.startswith("include::"):
            continue
        entry = _ATTRIBUTE_ENTRY.match(line)
        if entry:
            name = entry.group(2).lower()
            if entry.group(1) or entry.group(3):
                attributes.discard(name)
            else:
                attributes.add(name)
        kept.append(line)
    return kept


class _Reader:
    def __init__(self, source: str) -> None:
        self.lines = _preprocess(source.replace("\t", "    ").split("\n"))
        self.attributes: dict[str, str] = {}
        self.builder = BlockBuilder()
        self.title: str | None = None
        self.ids: dict[str, str] = {}
        self.notes: list[str] = []  # footnotes met in the block being read, added after it (`_add_notes`)

    # inline ---------------------------------------------------------------------------------------------------------

    def inline(self, text: str) -> str:
        """The text Asciidoctor shows for a line's inline markup."""
        kept: list[str] = []

        def keep(match: re.Match[str]) -> str:
            kept.append(next(group for group in match.groups() if group is not None))
            return f"{_PLACEHOLDER}{len(kept) - 1}{_PLACEHOLDER}"

        text = _PASSTHROUGH.sub(keep, text)
        text = self.substitute(text)
        text = _INDEX_TERMS.sub("", text)
        text = _VISIBLE_INDEX_TERM.sub(lambda m: m.group(1) or m.group(2), text)
        text = _ANCHOR.sub("", text)
        text = _CROSS_REFERENCE.sub(self._cross_reference, text)
        text = _IMAGE_MACRO.sub(lambda m: m.group(1) or "", text)  # an inline image (a badge) is no text
        text = _URL_MACRO.sub(lambda m: m.group(3).rstrip("^") or m.group(1), text)
        # after links, as Asciidoctor does: a link's "[text]" inside a footnote does not end it
        notes: list[str] = []
        text = _FOOTNOTE.sub(lambda m: _footnote(m, notes), text)
        text = _UI_MACRO.sub(_ui_macro, text)
        text = _ROLE_SPAN.sub("", text)
        text = _CURVED_QUOTES.sub(
            lambda m: f"\u201c{m.group(1)}\u201d" if m.group(1) else f"\u2018{m.group(2)}\u2019", text
        )
        for pattern in _MARKS:
            for _ in range(2):  # nested marks: *_both_*
                text = pattern.sub(lambda m: next((g for g in m.groups() if g), ""), text)
        text = _ESCAPE.sub("", text).replace("`'", "\u2019")
        text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)

        def restore(found: str) -> str:
            return re.sub(f"{_PLACEHOLDER}(\\d+){_PLACEHOLDER}", lambda m: kept[int(m.group(1))], found)

        self.notes.extend(restore(note) for note in notes)
        return restore(text)

    def substitute(self, text: str) -> str:
        def value(match: re.Match[str]) -> str:
            if match.group(1):  # \{name} is shown as written
                return match.group(0)[1:]
            name = match.group(2).lower()
            found = self.attributes.get(name, _BUILTIN_ATTRIBUTES.get(name))
            return match.group(0) if found is None else found

        return _ATTRIBUTE_REFERENCE.sub(value, text)

    def _cross_reference(self, match: re.Match[str]) -> str:
        target = match.group(1) or match.group(3)
        label = match.group(2) if match.group(1) else match.group(4)
        if label and label.strip():
            return label.strip()
        target = target.split("#")[-1] or target
        return self.ids.get(target, target)

    # blocks ---------------------------------------------------------------------------------------------------------

    def add(self, kind: BlockKind, lines: list[str], *, level: int = 0, term: str = "") -> None:
        """Add a block of `lines`; a description list's `term` labels its description (`BlockBuilder.add`)."""
        if kind == "code":
            self.builder.add("code", "\n".join(lines))
            return
        # the paragraph's text as a whole: a mark or a cross-reference may open on one line and close on the next
        text = self.inline("\n".join(_HARD_BREAK.sub("", line.strip()) for line in lines))
        self.builder.add(kind, text, level=level, term=self.inline(term) if term else "")
        self._add_notes()

    def _add_notes(self) -> None:
        """The footnotes the block just added cites, after it, as DOCX and ODT footnotes are: Asciidoctor prints
        them at the page's foot, and a note's sentences belong to the section that cites them."""
        while self.notes:
            note = self.notes.pop(0)
            self.builder.add("paragraph", self.inline(note))

    def read(self) -> ExtractedText:
        self._collect_ids()
        index = self._header()
        self._blocks(index, len(self.lines), "paragraph")
        return self.builder.build("asciidoc", self.title)

    def _collect_ids(self) -> None:
        """Explicit ids ([[id]], [#id]) of a section or of a titled block (".my-document.adoc" among the lines above
        a listing), so that <<id>> shows the title, as Asciidoctor does."""
        lines = self.lines

        def heading_line(line: str) -> bool:  # a block attribute line or a block title
            return bool(_BLOCK_ATTRIBUTES.match(line.strip()) or _BLOCK_TITLE.match(line))

        for index, line in enumerate(lines):
            found = re.match(r"^\[\[([\w:.-]+)[^\]]*\]\]$|^\[#([\w:.-]+)", line.strip())
            if not found:
                continue
            before, after = index, index + 1
            while before > 0 and heading_line(lines[before - 1]):
                before -= 1
            while after < len(lines) and heading_line(lines[after]):
                after += 1
            section = _SECTION.match(lines[after]) if after < len(lines) else None
            titles = [title.group(1) for title in map(_BLOCK_TITLE.match, lines[before:after]) if title]
            if section or titles:
                self.ids[found.group(1) or found.group(2)] = section.group(2) if section else titles[0]

    def _header(self) -> int:
        """Read the document header (title, author and revision lines, attribute entries); the index after it."""
        index = 0
        while index < len(self.lines) and (not self.lines[index].strip() or _LINE_COMMENT.match(self.lines[index])):
            index += 1
        # "= Title", or Markdown's "# Title", which Asciidoctor takes as the document title too
        if index < len(self.lines) and re.match(r"^[=#][ \t]+\S", self.lines[index]):
            self.title = self.inline(self.lines[index][1:].strip())
            self.builder.add("heading", self.title, level=1)
            self._add_notes()
            index += 1
            # author and revision lines, then attribute entries, up to the first blank line
            while index < len(self.lines) and self.lines[index].strip():
                line = self.lines[index]
                entry = _ATTRIBUTE_ENTRY.match(line)
                if entry:
                    self._set(entry)
                elif not _LINE_COMMENT.match(line):
                    self.builder.add("meta", self.inline(line.strip()))
                    self._add_notes()
                index += 1
        return index

    def _set(self, entry: re.Match[str]) -> None:
        name = entry.group(2).lower()
        if entry.group(1) or entry.group(3):
            self.attributes.pop(name, None)
        else:
            self.attributes[name] = self.substitute(entry.group(4) or "")

    def _blocks(self, index: int, end: int, kind: BlockKind) -> None:
        lines = self.lines
        while index < end:
            line = lines[index]
            stripped = line.strip()
            # a list continuation ("+") alone after a blank line attaches the next block to the list: no text
            if not stripped or stripped == "+" or _LINE_COMMENT.match(stripped) or _BREAKS.match(stripped):
                index += 1
                continue
            entry = _ATTRIBUTE_ENTRY.match(line)
            if entry:
                self._set(entry)
                index += 1
                continue
            if _DIRECTIVE.match(stripped) or _BLOCK_ATTRIBUTES.match(stripped):
                index += 1
                continue
            title = _BLOCK_TITLE.match(line)
            if title and index + 1 < end and lines[index + 1].strip():
                self.add("meta", [title.group(1)])
                index += 1
                continue
            section = _SECTION.match(line)
            if section:
                level = len(section.group(1))
                self.add("heading", [section.group(2)], level=min(level, 6))
                index += 1
                continue
            delimiter = _DELIMITER.match(stripped)
            if delimiter:
                index = self._delimited(index, end, delimiter.group(1), kind)
                continue
            if line.startswith(" ") and not _LIST_ITEM.match(line):  # a literal paragraph: indented, as written
                start = index
                while index < end and lines[index].strip():
                    index += 1
                self.add("code", [text for text in lines[start:index]])
                continue
            index = self._paragraph(index, end, kind)

    @staticmethod
    def _starts_block(line: str) -> bool:
        """Whether a line begins a block of its own (a list, a title, a listing, attributes) rather than going on
        with the text before it."""
        stripped = line.strip()
        return bool(
            _LIST_ITEM.match(line)
            or _CALLOUT.match(line)
            or _SECTION.match(line)
            or _DELIMITER.match(stripped)
            or _BLOCK_ATTRIBUTES.match(stripped)
            or _BLOCK_TITLE.match(line)
            or _LINE_COMMENT.match(stripped)
            or _ATTRIBUTE_ENTRY.match(line)
            or _DIRECTIVE.match(stripped)
            or _TERM_MARKED.search(line)
            or line.startswith(" ")
        )

    def _delimited(self, index: int, end: int, delimiter: str, kind: BlockKind) -> int:
        lines = self.lines
        closing = delimiter if not delimiter.startswith("```") else "```"
        close = index + 1
        while close < end and lines[close].rstrip() != closing:
            close += 1
        body = lines[index + 1 : close]
        first = delimiter[0]
        if delimiter.startswith("```") or (first in "-." and delimiter != "--"):
            self.add("code", body)
        elif first in "|!,:" and len(delimiter) > 1 and delimiter[1] == "=":
            self._table(body, delimiter[0], self._table_attributes(index))
        elif first in "=*_" or delimiter == "--":
            self._blocks(index + 1, close, kind)
        # ++++ passthrough (raw HTML) and //// comments: not text
        return close + 1

    def _table_attributes(self, index: int) -> dict[str, str]:
        """`cols`, `format`, `separator` and `options` from the attribute lines above a table's delimiter (a title
        may stand among them)."""
        found: dict[str, str] = {}
        while index > 0:
            line = self.lines[index - 1].strip()
            if not (_BLOCK_ATTRIBUTES.match(line) or _BLOCK_TITLE.match(line)):
                break
            for name, *values in _TABLE_ATTRIBUTE.findall(line):
                found.setdefault("options" if name == "opts" else name, next((v for v in values if v), "").strip())
            for option in _TABLE_OPTION.findall(line):
                found.setdefault("options", option)
            index -= 1
        return found

    def _table(self, body: list[str], separator: str, attributes: dict[str, str]) -> None:
        """Rows of a table: as many columns as its `cols` attribute gives, or as cells on its first line (Asciidoctor's
        implicit `cols`). A cell runs to the next separator, over several lines too, and one whose specifier spans
        or repeats it over N columns ("2+|", "2*|") takes N."""
        rows: list[list[str]] = []
        # its first row is its header when its options say so, or, as Asciidoctor takes it, when the first line
        # holds it and a blank line follows
        options = attributes.get("options", "")
        implicit = len(body) > 2 and body[0].strip() != "" and not body[1].strip()
        header = "noheader" not in options and ("header" in options or implicit)
        fmt = attributes.get("format", "")
        if fmt in ("csv", "dsv", "tsv") and separator == "|":
            separator = attributes.get("separator") or {"csv": ",", "dsv": ":", "tsv": "\t"}[fmt]
        if separator not in "|!":  # CSV and DSV tables: one row a line
            rows = [line.split(separator) for line in body if line.strip()]
        else:
            columns = _column_count(attributes.get("cols", ""))
            cells: list[tuple[str, int]] = []  # each cell's text and the columns it takes
            for line in body:
                if not line.strip():
                    continue
                parts = re.split(r"(?<!\\)" + re.escape(separator), line)
                lead = parts[0].strip()
                spec = ""
                if len(parts) == 1 or (lead and not _CELL_SPEC.fullmatch(lead)):
                    if cells:  # a cell's text going on over several lines
                        cells[-1] = (f"{cells[-1][0]} {lead}", cells[-1][1])
                    elif lead:
                        cells.append((lead, 1))
                else:
                    spec = lead
                columns = columns or len(parts) - 1
                for number, part in enumerate(parts[1:], 2):
                    text = part.strip()
                    # a cell's own specifier ("2+", "a", "^.^") ends the text before the next separator
                    following = _CELL_SPEC_END.search(text) if number < len(parts) else None
                    if following:
                        text = text[: following.start()].rstrip()
                    span = _SPAN.match(spec)
                    cells.append((text, int(span.group(1)) if span else 1))
                    spec = following.group(0) if following else ""
            current: list[str] = []
            width = 0
            for text, taken in cells:
                current.append(text)
                width += taken
                if width >= max(columns, 1):
                    rows.append(current)
                    current, width = [], 0
            if current:
                rows.append(current)
        for number, row in enumerate(rows):
            texts = [self.inline(cell.strip()) for cell in row]
            text = CELL_SEPARATOR.join(text for text in texts if text.strip())
            self.builder.add("table_row", text, header=header and number == 0)
            self._add_notes()

    def _paragraph(self, index: int, end: int, kind: BlockKind) -> int:
        lines = self.lines
        item = _LIST_ITEM.match(lines[index]) or _CALLOUT.match(lines[index])
        description = None if item else _DESCRIPTION.match(lines[index])
        if description and not _TERM_MARKED.search(lines[index]):
            description = None
        first = lines[index]
        block_kind: BlockKind = kind
        term = ""  # a description list's term (terms in a row name one description), its description's label
        if item:
            first, block_kind = item.group(1), "list_item"
        elif description:
            terms = [description.group(1)]
            while not description.group(2) and index + 1 < end and (following_term := _term_only(lines[index + 1])):
                terms.append(following_term)  # "*-v*::" over "*--verbose*::": two names of one option
                index += 1
            term = "\n".join(terms)
            following = lines[index + 1] if index + 1 < end else ""
            if not description.group(2) and following.strip() and not self._starts_description_block(following):
                # "Purpose::" with its description on the next line, indented or not (Asciidoctor reads an indented
                # line there as the description, not a literal paragraph): one item, as a web page's <dt> and <dd>
                # are (apart, the description lost the term a question asks it by)
                first, block_kind = following, "list_item"
                index += 1
            elif description.group(2):  # "Term:: its description" on one line: one item too
                first, block_kind = description.group(2), "list_item"
            else:
                self.add("list_item", [term])
                return index + 1
        else:
            first = _ADMONITION.sub("", first)
        gathered = [first]
        index += 1
        while index < end:
            line = lines[index]
            stripped = line.strip()
            if (
                not stripped
                or _LIST_ITEM.match(line)
                or _CALLOUT.match(line)
                or _SECTION.match(line)
                or _DELIMITER.match(stripped)
                or _BLOCK_ATTRIBUTES.match(stripped)
                or _LINE_COMMENT.match(stripped)
                or (block_kind == "list_item" and _DESCRIPTION.match(line) and _TERM_MARKED.search(line))
            ):
                break
            if stripped == "+":  # a list continuation: the attached block is read on its own
                index += 1
                break
            gathered.append(line)
            index += 1
        self.add(block_kind, gathered, term=term)
        return index

    def _starts_description_block(self, line: str) -> bool:
        """Whether the line after a description list's term begins a block of its own rather than the term's
        description: an indented line is the description unless it opens a list or holds a term of its own."""
        if line[:1] in " \t" and not (_LIST_ITEM.match(line) or _CALLOUT.match(line) or _term_only(line)):
            return bool(_TERM_MARKED.search(line))
        return self._starts_block(line)


def _term_only(line: str) -> str:
    """A description list's term alone on its line ("*--verbose*::", "CPU;;"), or "" for any other line."""
    description = _DESCRIPTION.match(line)
    if description is None or description.group(2) or not _TERM_ENDS.search(line):
        return ""
    return description.group(1)


def _footnote(match: re.Match[str], notes: list[str]) -> str:
    """Nothing, for a footnote macro in a line; its text, if it has one, goes to `notes` ("footnote:[text]",
    "footnote:id[text]", the older "footnoteref:[id,text]"; "footnote:id[]" cites a note given before)."""
    text = match.group(2)
    if match.group(1):  # footnoteref:[id,text]
        text = text.partition(",")[2]
    if text.strip():
        notes.append(text.strip())
    return ""


def _column_count(cols: str) -> int:
    """The number of columns a `cols` attribute gives ("3,2,3": 3; "2*": 2; "4": 4), or 0 when it has none or it
    does not parse."""
    specs = [spec.strip() for spec in re.split(r"[,;]", cols) if spec.strip()]
    if len(specs) == 1 and specs[0].isdigit():
        return int(specs[0])
    count = 0
    for spec in specs:
        match = _COLUMN_SPEC.fullmatch(spec)
        if not match:
            return 0
        count += int(match.group(1) or 1)
    return count


def _ui_macro(match: re.Match[str]) -> str:
    if match.group(1):
        return match.group(2).strip()
    items = [match.group(3), *(part.strip() for part in match.group(4).split(">") if part.strip())]
    return " \u203a ".join(items)


def asciidoc_text(source: str) -> ExtractedText:
    """Read an AsciiDoc document: header, sections, paragraphs, lists, tables; listings as code; markup resolved."""
    return _Reader(source).read()
