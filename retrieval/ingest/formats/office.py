"""Word-processor files: DOCX through python-docx, ODT by walking its content.xml with lxml."""

from __future__ import annotations

import contextlib
import io
import itertools
import re
import zipfile
from typing import TYPE_CHECKING

import lxml.etree  # type: ignore[import-untyped]

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats.archive import open_archive
from retrieval.ingest.formats.blocks import BlockBuilder, collapse_space
from retrieval.ingest.formats.progress import parts_read
from retrieval.ingest.structure import BlockKind, ExtractedText

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

# Metadata titles that are a tool's placeholder rather than the document's title.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:microsoft word\b.*|untitled.*|document\d*|slide \d+|powerpoint presentation"
    r"|.*\.(?:docx?|odt|pdf|rtf|txt|exe|dll|tmp|tex|dvi|ps|eps|ai|indd|qxd|qxp|p65|pub|wpd|xlsx?|pptx?|html?|vsdx?))$"
    # one "word" joined by underscores is a file's name ("905_Precinct_NoOU"), not a title
    r"|^\S*_\S*$",
    re.IGNORECASE,
)
# "Heading 1" ... "Heading 9", and a bare "Heading": the top heading of Apple Pages' styles (then "Heading 2", ...),
# LibreOffice's parent heading style
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo)\s*(\d?)$", re.IGNORECASE)


# A plain heading's numbering, by kind: "CHAPTER 1", "A.", "IV.", "1.", "1.2" (levels come from their order of use).
_PLAIN_NUMBERING = (
    ("part", re.compile(r"^(?:chapter|part|section|article|title|appendix)\s+[\dIVXLC]+\b", re.IGNORECASE)),
    ("roman", re.compile(r"^[IVX]+\.\s")),
    ("letter", re.compile(r"^[A-Z]\.\s")),
    ("decimal", re.compile(r"^\d+\.\d+(?:\.\d+)*\.?\s")),
    ("number", re.compile(r"^\d+\.?\s")),
)
# Words of a plain heading: short, as headings are; a longer all-caps or bold paragraph is text (a notice, a warning).
_PLAIN_HEADING_WORDS = 12
_PLAIN_BOLD_WORDS = 8
_SUBSECTION_LETTER = re.compile(r"\([a-z]{1,3}\)")


def plain_heading(text: str, bold: bool) -> str | None:
    """The kind of numbering of a paragraph written as a heading without a heading style (a short line in capitals,
    or short and all bold, with no closing punctuation), "plain" when it has none; None for any other paragraph."""
    text = collapse_space(text).strip()
    words = text.split()
    if (
        not words
        or len(words) > _PLAIN_HEADING_WORDS
        or text[-1] in ".,;:!?"
        or (not text[0].isupper() and not text[0].isdigit())
    ):
        return None
    # a word of three letters or more, all capitals ("28 U.S.C. § 586(b)" has none: it is a citation); a
    # subsection's letter keeps its case in a title in capitals ("THE 8(a) PROGRAM")
    capitals = any(len(w) >= 3 and w.isalpha() and w.isupper() for w in re.split(r"[^\w]+", text)) and (
        _SUBSECTION_LETTER.sub("", text) == _SUBSECTION_LETTER.sub("", text).upper()
    )
    if not capitals and not (bold and len(words) <= _PLAIN_BOLD_WORDS and any(c.isalpha() for c in text)):
        return None
    for kind, pattern in _PLAIN_NUMBERING:
        if pattern.match(text):
            return kind
    return "plain"


def _paragraph_style_names(document: object) -> tuple[dict[str, str], str]:
    """The UI names of a document's paragraph styles by id ("Heading1" -> "Heading 1"), and the default style's name.
    Looked up once: python-docx's Paragraph.style scans every style of the document for each paragraph (70% of the
    time of Unstructured's 872-page handbook.docx)."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles  # type: ignore[attr-defined]
    names = {style.style_id: style.name or "" for style in styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
    default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return names, (default.name or "") if default is not None else ""


def _style_name(paragraph: lxml.etree._Element, names: dict[str, str], default: str) -> str:
    """The name of a paragraph's style, as python-docx's Paragraph.style gives it (the default for none or unknown)."""
    properties = paragraph.find(_W + "pPr")
    style = properties.find(_W + "pStyle") if properties is not None else None
    style_id = style.get(_W + "val") if style is not None else None
    return names.get(style_id, default) if style_id else default


def _all_bold(paragraph: object) -> bool:
    runs = [run for run in getattr(paragraph, "runs", ()) if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


# Shading that is no band: none, automatic, or white paper.
_NO_SHADING = frozenset({"", "auto", "ffffff", "none"})


def _shaded_band(paragraph: lxml.etree._Element) -> bool:
    """True for a paragraph set on a coloured band (its own shading): a form's or a brochure's section title, as a
    Google Form pasted into Word marks "Background", "Company Information", where other documents use bold."""
    properties = paragraph.find(_W + "pPr")
    shading = properties.find(_W + "shd") if properties is not None else None
    return shading is not None and shading.get(_W + "fill", "").lower() not in _NO_SHADING


def _bold_runs(paragraph: lxml.etree._Element) -> bool:
    """True when every run with text of a paragraph (python-docx's element, read without its Paragraph) is bold."""
    runs = _text_runs(paragraph)
    return bool(runs) and all(_run_bold(run) for run in runs)


def _switched_on(flag: lxml.etree._Element | None) -> bool:
    """True for a WordprocessingML on/off property that is there (w:b, w:vanish, w:tblHeader) and not switched off by
    its w:val ("0", "false", "off")."""
    return flag is not None and flag.get(_W + "val", "true") not in ("0", "false", "off")


def _run_bold(run: lxml.etree._Element) -> bool:
    properties = run.find(_W + "rPr")
    bold = properties.find(_W + "b") if properties is not None else None
    return _switched_on(bold)


# A document without a Title style may set its title in large type alone: a first line at least this many times the
# size most of its text is set in ("Sources Sought Notice" at 25.5 pt over 10.5 pt text), of at most
# `_PLAIN_HEADING_WORDS` words, is its title.
_TITLE_SIZE_RATIO = 1.6


def _run_size(run: lxml.etree._Element) -> int | None:
    """A run's own font size in half-points (w:sz), or None when it inherits its style's."""
    properties = run.find(_W + "rPr")
    size = properties.find(_W + "sz") if properties is not None else None
    value = size.get(_W + "val", "") if size is not None else ""
    return int(value) if value.isdigit() else None


def _text_runs(paragraph: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The runs of a paragraph that hold text (not only white space)."""
    return [run for run in paragraph.iter(_W + "r") if "".join(t.text or "" for t in run.iter(_W + "t")).strip()]


def _body_size(body: lxml.etree._Element) -> int | None:
    """The font size most of the body's characters are set in (explicit sizes only), or None."""
    characters: dict[int, int] = {}
    for run in body.iter(_W + "r"):
        size = _run_size(run)
        if size is not None:
            characters[size] = characters.get(size, 0) + sum(len(t.text or "") for t in run.iter(_W + "t"))
    return max(characters, key=lambda size: characters[size]) if characters else None


def _set_as_title(paragraph: lxml.etree._Element, text: str, body_size: int | None) -> bool:
    """True for a short line whose every run is set at `_TITLE_SIZE_RATIO` times the body's size or larger."""
    runs = _text_runs(paragraph)
    if body_size is None or not runs or len(text.split()) > _PLAIN_HEADING_WORDS:
        return False
    sizes = [_run_size(run) for run in runs]
    return all(size is not None and size >= _TITLE_SIZE_RATIO * body_size for size in sizes)


def real_title(title: str | None) -> str | None:
    """A metadata title when it reads like one: not empty, not a file name or a tool's placeholder."""
    title = collapse_space(title or "").strip()
    if len(title) < 3 or _PLACEHOLDER_TITLE.match(title):
        return None
    return title


# The share of a DOCX's reading its paragraphs and tables take (python-docx's parse and the walk over its body), for
# the progress within one file (`parts_read`): realdocs_office's five DOCX files, CPU time of the reader against the
# whole reading, 0.33-0.80. Reported about `_PROGRESS_REPORTS` times a file, not for each of its paragraphs.
PARAGRAPHS_SHARE = 0.5
_PROGRESS_REPORTS = 100


def docx_text(data: bytes) -> ExtractedText:
    """Read a DOCX body in document order: heading styles, list paragraphs, table rows, other paragraphs, each
    followed by the footnotes and endnotes it cites (under its heading, not the document's last). The text is the
    document as Word shows it with changes accepted: insertions and moves kept, deletions, hidden runs and field
    codes left out; text boxes follow the paragraph they are anchored in."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.text.paragraph import Paragraph

    archive = open_archive(data, "DOCX")  # a ZIP whose sizes are bounded, before python-docx unpacks it
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, lxml.etree.XMLSyntaxError) as error:
        raise UnreadableDocument("damaged DOCX (no readable word/document.xml)") from error
    builder = BlockBuilder()
    first_heading: str | None = None
    body = document.element.body
    # a document that never uses a heading style (government handbooks) marks its headings by look alone
    style_names, default_style = _paragraph_style_names(document)
    styled = any(_HEADING_STYLE.match(_style_name(p, style_names, default_style)) for p in body.iterchildren(_W + "p"))
    plain_levels: list[str] = []  # the kinds of plain headings in order of first use: their levels
    # no Title style: the first line of text may still be a title set in large type (`_set_as_title`)
    titled = any(_style_name(p, style_names, default_style) == "Title" for p in body.iter(_W + "p"))
    body_size = None if titled else _body_size(body)
    seen_text = False
    # a title line (Title style) or a document's first heading set by look only after its text has begun (a table, a
    # paragraph) heads a part of it, not the document: a course's schedule table, then "Grading Components" set bold
    # above the grading table, was the document's title (its first top-level heading, with no title in the metadata)
    in_body = False
    plain_top = 1  # the level of the first kind of plain heading: 2 when the text began before it

    def plain_level(kind: str) -> int:
        """The level of a heading set by look alone (bold, or numbered as a list's item) of the kind `kind`."""
        nonlocal plain_top
        if not plain_levels and in_body:
            plain_top = 2
        if kind not in plain_levels:
            plain_levels.append(kind)
        return min(plain_levels.index(kind) + plain_top, 6)

    drop_cap = ""  # a drop cap's letters, waiting for the paragraph they begin (`_is_drop_cap`)
    # the text of paragraphs whose paragraph mark is a tracked deletion: with the change accepted they run on into
    # the next paragraph, as ODF stores such a merge (one paragraph, the deleted break in text:tracked-changes)
    run_on = ""
    term: str | None = None  # a description list's term (`_DEFINITION_TERM`), waiting for its description
    with archive:
        notes = _docx_notes(archive)
    cited: list[str] = []  # the notes the block before cites, added after it (and its text boxes)
    numbering = _numbering_formats(document) if not styled else {}
    blocks = _docx_blocks(body)
    step = max(1, len(blocks) // _PROGRESS_REPORTS)
    for index, element in enumerate(blocks):
        if index % step == 0:
            parts_read(index, len(blocks), PARAGRAPHS_SHARE)
        for note in cited:
            builder.add("paragraph", note)
        cited = [
            text
            for reference in element.iter(_W + "footnoteReference", _W + "endnoteReference")
            for text in notes.pop((reference.tag, reference.get(_W + "id", "")), [])
        ]
        if element.tag == _W + "p" and _is_drop_cap(element):
            drop_cap += _docx_text(element)
            continue
        if element.tag == _W + "tbl":
            if term is not None:
                builder.add("list_item", term)
                term = None
            if run_on.strip():
                builder.add("paragraph", run_on)
            run_on = ""
            _add_table(builder, element, document)
            in_body = True
            continue
        item = Paragraph(element, document)
        text = _docx_text(element)
        if drop_cap and text.strip():
            text, drop_cap = drop_cap + text, ""
        if _mark_deleted(element):
            run_on += text
            _add_text_boxes(builder, element)
            continue
        text, run_on = run_on + text, ""
        style = _style_name(element, style_names, default_style)
        heading = _HEADING_STYLE.match(style)
        has_text = bool(text.strip())
        first_text = not seen_text and has_text
        seen_text = seen_text or has_text
        if term is not None and (style != _DEFINITION or not has_text):
            builder.add("list_item", term)  # a term no description follows
            term = None
        if style == _DEFINITION_TERM and has_text:
            term = text  # it labels the description after it (`Block.label`), as HTML's <dt> does
            in_body = True
        elif style == _DEFINITION:
            builder.add("list_item", text, term=term or "")
            term = None
            in_body = in_body or has_text
        elif style == "Title" or (first_text and _set_as_title(element, text, body_size)):
            if not in_body:
                first_heading = first_heading or text.strip()
            builder.add("heading", text, level=2 if in_body else 1)
        elif heading:
            builder.add("heading", text, level=min(int(heading.group(1) or 1), 6))
        elif "code" in style.lower() or style in ("Preformatted Text", "HTML Preformatted"):
            builder.add("code", text)
            in_body = in_body or has_text
        elif style in ("Subtitle", "Author", "Date") or style.lower().startswith("toc"):
            # a title page's byline and date (pandoc's styles), a table of contents' lines ("TOC 1", "TOC Heading")
            builder.add("meta", text)
        elif not styled and (kind := _numbered_title(element, item, text, numbering)) is not None:
            # a document without heading styles that numbers its titles as a list ("A. Purpose of this Document",
            # bold, in Word's List Paragraph): a heading as a bold line is, its numbering one level of titles
            builder.add("heading", text, level=plain_level(kind))
        elif style.startswith("List") or (item._p.pPr is not None and item._p.pPr.numPr is not None):
            builder.add("list_item", text)
            in_body = in_body or has_text
        elif not styled and (kind := plain_heading(text, _all_bold(item) or _shaded_band(element))) is not None:
            builder.add("heading", text, level=plain_level(kind))
        else:
            builder.add("paragraph", text)
            in_body = in_body or has_text
        _add_text_boxes(builder, element)
    if term is not None:
        builder.add("list_item", term)
    if run_on.strip():  # the last paragraph's mark deleted: nothing after it to run on into
        builder.add("paragraph", run_on)
    # notes no block cites stand at the end, as endnotes are printed
    for note in [*cited, *itertools.chain.from_iterable(notes.values())]:
        builder.add("paragraph", note)
    title = real_title(document.core_properties.title) or real_title(first_heading)
    return builder.build("docx", title)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A description list's paragraph styles, as Pandoc writes a definition list to DOCX: read apart, the term was a
# sentence of its own and its description lost the name a question asks it by
_DEFINITION_TERM = "Definition Term"
_DEFINITION = "Definition"


def _numbering_formats(document: object) -> dict[tuple[str, str], str]:
    """The number format (Word's numFmt: "decimal", "upperLetter", "bullet" ...) of each list (numId) at each level
    (ilvl), from the document's numbering part; empty without one."""
    try:
        numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    except (KeyError, NotImplementedError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for definition in numbering.iterchildren(_W + "abstractNum"):
        levels = abstract.setdefault(definition.get(_W + "abstractNumId", ""), {})
        for level in definition.iterchildren(_W + "lvl"):
            number_format = level.find(_W + "numFmt")
            if number_format is not None:
                levels[level.get(_W + "ilvl", "0")] = number_format.get(_W + "val", "")
    formats: dict[tuple[str, str], str] = {}
    for instance in numbering.iterchildren(_W + "num"):
        reference = instance.find(_W + "abstractNumId")
        if reference is None:
            continue
        for level, number_format in abstract.get(reference.get(_W + "val", ""), {}).items():
            formats[(instance.get(_W + "numId", ""), level)] = number_format
    return formats


def _numbered_title(
    paragraph: lxml.etree._Element, item: object, text: str, numbering: dict[tuple[str, str], str]
) -> str | None:
    """The kind of a title written as a numbered list's item at its first level (numbered, not bulleted), all bold
    (`item`: the paragraph as python-docx's Paragraph, its runs read only for a numbered one) and short as a plain
    heading is: "numbered " and its number format; None for any other paragraph."""
    properties = paragraph.find(_W + "pPr")
    numbered = properties.find(_W + "numPr") if properties is not None else None
    if numbered is None or not _all_bold(item):
        return None
    number_id, level = numbered.find(_W + "numId"), numbered.find(_W + "ilvl")
    key = (
        number_id.get(_W + "val", "") if number_id is not None else "",
        level.get(_W + "val", "0") if level is not None else "0",
    )
    number_format = numbering.get(key)
    if key[1] != "0" or number_format in (None, "bullet", "none") or plain_heading(text, True) is None:
        return None
    return f"numbered {number_format}"


def _docx_notes(archive: zipfile.ZipFile) -> dict[tuple[str, str], list[str]]:
    """Footnotes and endnotes, printed at the foot of the page or the end of the document: their text is the
    document's too (a reference number in the sentence is left out). Each note's paragraphs, by the tag of the mark
    that cites it (`footnoteReference`, `endnoteReference`) and its id, in the order of the notes' parts."""
    found: dict[tuple[str, str], list[str]] = {}
    for name, mark in (("word/footnotes.xml", "footnoteReference"), ("word/endnotes.xml", "endnoteReference")):
        try:
            notes = lxml.etree.fromstring(archive.read(name), _SAFE_XML)
        except (KeyError, lxml.etree.XMLSyntaxError):
            continue
        for note in notes:
            if note.get(_W + "type") in (None, "normal"):
                key = (_W + mark, note.get(_W + "id", ""))
                found.setdefault(key, []).extend(_docx_text(paragraph) for paragraph in note.iter(_W + "p"))
    return found


_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MATH_MARKS = {_M + "den": ("/", ""), _M + "sup": ("^", " "), _M + "sub": ("_", " ")}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What Word does not show of a paragraph (with changes accepted): deletions, moved-away text, field instructions,
# properties, comment and note reference marks, the VML copy of a drawing, and text boxes (read on their own).
_DOCX_NOT_SHOWN = frozenset(
    {
        _W + "del", _W + "moveFrom", _W + "instrText", _W + "delInstrText", _W + "rPr", _W + "pPr",
        _W + "commentReference", _W + "footnoteReference", _W + "endnoteReference", _W + "txbxContent",
        _MC_FALLBACK,
    }
)  # fmt: skip


def _add_table(builder: BlockBuilder, element: lxml.etree._Element, document: DocxDocument) -> None:
    """Add a table's rows, each a block of its cells' text. A row whose cells hold tables of their own is a form's
    layout, not data (a safety procedure's header block and its table of steps, hazards and controls nested in the
    cells of one outer table, as in docx2python's "240-DOP-1013A Lay Down Tubulars"): read as one row, every step ran
    into one "sentence"; its cells' paragraphs are read as paragraphs and their tables row by row."""
    from docx.table import Table

    # a layout cell merged down over rows is read in the first of them only (the elements are kept, not their ids:
    # lxml's proxy of a cell let go of could give its id to another)
    read: set[lxml.etree._Element] = set()
    first_row = _first_row_is_header(element)
    for number, row in enumerate(Table(element, document).rows):
        try:
            row_cells = [cell._tc for cell in row.cells]  # a merged cell once per grid column it spans
        except ValueError:
            # a vertical merge that continues no cell above it: python-docx cannot place it, Word shows the row
            # (Unstructured's grid_offset_error.docx was skipped whole)
            row_cells = list(row._tr.iterchildren(_W + "tc"))
        cells = list({id(cell): cell for cell in row_cells}.values())
        if any(_holds_table(cell) for cell in cells):
            for cell in cells:
                if cell in read:
                    continue
                read.add(cell)
                for block in _docx_blocks(cell):
                    if block.tag == _W + "tbl":
                        _add_table(builder, block, document)
                    else:
                        builder.add("paragraph", _docx_text(block))
                        _add_text_boxes(builder, block)
            continue
        texts = [
            collapse_space("\n".join(_docx_text(p) for p in cell.iter(_W + "p") if not _in_text_box(p, cell))).strip()
            for cell in cells
        ]
        builder.add_row(texts, header=(first_row and number == 0) or _repeats_as_header(row._tr))
        # a text box anchored in a cell floats over the table: its paragraphs follow the row
        _add_text_boxes(builder, row._tr)


def _holds_table(cell: lxml.etree._Element) -> bool:
    """Whether a table cell holds a table with text (an empty one left in a cell of a timetable is none)."""
    return any(any((t.text or "").strip() for t in table.iter(_W + "t")) for table in cell.iter(_W + "tbl"))


def _is_drop_cap(paragraph: lxml.etree._Element) -> bool:
    """Whether a paragraph is a drop cap: Word keeps the large first letter of the next paragraph in a frame of its
    own ("D" then "rop cap."), which read apart cut the first word in two."""
    frame = paragraph.find(f"{_W}pPr/{_W}framePr")
    return frame is not None and frame.get(_W + "dropCap") in ("drop", "margin")


def _docx_blocks(container: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The paragraphs and tables of a body in order, inside content controls and inserted blocks too."""
    found: list[lxml.etree._Element] = []
    for child in container:
        if child.tag in (_W + "p", _W + "tbl"):
            found.append(child)
        elif child.tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"):
            found.extend(_docx_blocks(child))
    return found


def _docx_text(paragraph: lxml.etree._Element) -> str:
    """A paragraph's shown text: runs inside insertions, moves, hyperlinks, fields and content controls included."""
    parts: list[str] = []

    def walk(element: lxml.etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _DOCX_NOT_SHOWN:
                continue
            if tag == _W + "r" and _hidden_run(child):
                continue
            if tag in (_W + "t", _M + "t"):  # a run's text, or an equation's (Office Math: "m = 1", "θ = sin-1")
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag in _MATH_MARKS:
                # an equation's fraction and powers in Word's linear form ("m/sin θ", "10^-4 rad"): without the
                # marks their parts ran together into words no one wrote ("msin", "4rad")
                before, after = _MATH_MARKS[tag]
                parts.append(before)
                walk(child)
                parts.append(after)
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _mark_deleted(paragraph: lxml.etree._Element) -> bool:
    """Whether a paragraph's mark (its break) is a tracked deletion (w:pPr/w:rPr/w:del)."""
    properties = paragraph.find(_W + "pPr")
    marks = properties.find(_W + "rPr") if properties is not None else None
    return marks is not None and marks.find(_W + "del") is not None


def _hidden_run(run: lxml.etree._Element) -> bool:
    properties = run.find(_W + "rPr")
    vanish = properties.find(_W + "vanish") if properties is not None else None
    return _switched_on(vanish)


def _add_text_boxes(builder: BlockBuilder, anchor: lxml.etree._Element) -> None:
    """The text boxes anchored in `anchor` (a paragraph, a table row), each paragraph a block of its own, in order;
    a box drawn inside a box follows the paragraph it is anchored in."""
    for box in _text_boxes(anchor):
        for paragraph in box.iter(_W + "p"):
            if not _in_text_box(paragraph, box):  # a nested box's paragraphs come after their own anchor
                text = _docx_text(paragraph)
                # a box's line set as a heading (a cover's "GUIDE ON HOW TO USE ...", a sidebar's "KEY POINTS")
                # titles the page or the box: not a section (the box floats beside the text), not a sentence
                label = plain_heading(text, _bold_runs(paragraph)) is not None
                builder.add("meta" if label else "paragraph", text)
                _add_text_boxes(builder, paragraph)


def _text_boxes(anchor: lxml.etree._Element) -> list[lxml.etree._Element]:
    """The outermost text boxes under `anchor`, not counting the copies Word keeps in a VML fallback."""
    return [box for box in anchor.iter(_W + "txbxContent") if not _in_text_box(box, anchor)]


def _in_text_box(element: lxml.etree._Element, stop: lxml.etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in (_W + "txbxContent", _MC_FALLBACK):
            return True
        parent = parent.getparent()
    return False


_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
_TEXT = f"{{{_ODF['text']}}}"
_TABLE = f"{{{_ODF['table']}}}"
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
# Inline elements whose text is not part of the sentence they sit in: footnotes, comments, tracked deletions, and a
# picture's title and description (its tooltip and alt text, never shown on the page: odfdo's chair.odt gave
# 'alternate name, chairFigure 1 chair', the image's title glued to its caption). A cross-reference
# (text:bookmark-ref) is read: its text is what the page shows ("occur in chart.PlotArea: chart.Axis, chart.Floor").
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_ODF_SKIPPED_INLINE = frozenset(
    {
        _TEXT + "note",
        f"{{{_ODF['office']}}}annotation",
        _TEXT + "tracked-changes",
        _SVG + "title",
        _SVG + "desc",
    }
)


def odt_text(data: bytes) -> ExtractedText:
    """Read an ODT's content.xml: text:h (outline level), text:p, list items, table rows; spans/tabs/breaks inline.

    odfpy (Apache-2.0 among its licences) was the other choice; it is sdist-only and unchanged since 2020, while the
    walk over content.xml is short with lxml, which python-docx brings in anyway.
    """
    archive = open_archive(data, "ODT")
    try:
        content = lxml.etree.fromstring(archive.read("content.xml"), _SAFE_XML)
    except (KeyError, lxml.etree.XMLSyntaxError) as error:
        raise UnreadableDocument("damaged ODT (no readable content.xml)") from error
    title: str | None = None
    try:
        meta = lxml.etree.fromstring(archive.read("meta.xml"), _SAFE_XML)
        found = meta.find(".//dc:title", _ODF)
        title = real_title("".join(found.itertext())) if found is not None else None
    except (KeyError, lxml.etree.XMLSyntaxError):
        pass
    builder = BlockBuilder()
    body = content.find(".//office:body", _ODF)
    if body is None:
        raise UnreadableDocument("damaged ODT (no body)")
    roots = [content]
    with contextlib.suppress(KeyError, lxml.etree.XMLSyntaxError):
        roots.append(lxml.etree.fromstring(archive.read("styles.xml"), _SAFE_XML))
    hidden, code, title_page = _odf_style_kinds(roots)
    for element in list(body.iter(_TEXT + "p", _TEXT + "h", _TEXT + "span")):
        # text set to display="none" (hidden text, hidden paragraphs) is not shown: left out of the walk
        if element.get(_TEXT + "style-name") in hidden and element.getparent() is not None:
            _drop_keeping_tail(element)
    styled: dict[str, BlockKind] = dict.fromkeys(code, "code")
    styled.update(dict.fromkeys(title_page, "meta"))
    # footnotes and endnotes, printed at the foot of the page or the end, follow the paragraph that cites them
    _walk_odf(body, builder, "paragraph", styled)
    if title is None:
        # the title page's lines in the Title style ("Application Programmer's Interface" / "for" / "ODFPY 0.9.1")
        lines = [odf_inline(p) for p in body.iter(_TEXT + "p") if p.get(_TEXT + "style-name") in title_page]
        title = real_title(" ".join(lines[:_TITLE_LINES])) if lines else None
    if title is None:
        title = builder.first_heading(level=1)
    return builder.build("odt", title)


_STYLE = f"{{{_ODF['style']}}}"
# Paragraph styles of code: LibreOffice's own, or any style set in a monospaced font (odfpy's manual: "Example",
# Courier). A font's name is matched, since ODF names the font family, not its pitch, in the style.
_ODF_CODE_STYLES = frozenset({"Preformatted_20_Text", "Source_20_Text", "Source_20_Code", "Code"})
# A title page's lines: its title (maybe over several paragraphs, with a version: "ODFPY 0.9.1") and subtitle are
# what the document is, not what it says: meta, like DOCX's Subtitle; the Title lines give the title when meta.xml
# has none.
_ODF_TITLE_STYLES = frozenset({"Title", "Subtitle"})
_TITLE_LINES = 3
_MONOSPACE_FONT = re.compile(r"courier|mono|consolas|menlo|monaco|code|typewriter|fixed", re.IGNORECASE)


def _odf_style_kinds(roots: list[lxml.etree._Element]) -> tuple[set[str], frozenset[str], frozenset[str]]:
    """Names of the styles whose text is not displayed (`text:display="none"`), of the paragraph styles of code, and
    of the title page's styles (Title, Subtitle), each through the styles it inherits from."""
    parents: dict[str, str] = {}
    hidden: set[str] = set()
    code: set[str] = set(_ODF_CODE_STYLES)
    for root in roots:
        for style in root.iter(_STYLE + "style"):
            name = style.get(_STYLE + "name", "")
            parents[name] = style.get(_STYLE + "parent-style-name", "")
            for properties in style.iter(_STYLE + "text-properties"):
                if properties.get(_TEXT + "display") == "none":
                    hidden.add(name)
                if _MONOSPACE_FONT.search(properties.get(_STYLE + "font-name", "")):
                    code.add(name)

    def inherits(name: str, kinds: set[str]) -> bool:
        seen: set[str] = set()
        while name and name not in seen:
            if name in kinds:
                return True
            seen.add(name)
            name = parents.get(name, "")
        return False

    return (
        {n for n in parents if inherits(n, hidden)} | hidden,
        frozenset(n for n in parents if inherits(n, code)),
        frozenset(n for n in parents if inherits(n, set(_ODF_TITLE_STYLES))),
    )


def _drop_keeping_tail(element: lxml.etree._Element) -> None:
    parent = element.getparent()
    tail = element.tail or ""
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


# Generated indexes: a table of contents ("6.2 Teletype module 100"), lists of figures and tables, an index.
_ODF_INDEXES = frozenset(
    _TEXT + name
    for name in ("table-of-content", "illustration-index", "table-index", "object-index", "user-index",
                 "alphabetical-index")
)  # fmt: skip


def _repeats_as_header(row: lxml.etree._Element) -> bool:
    """True for a Word table row set to repeat at the top of each page (`w:tblHeader`): the table's header row."""
    return _switched_on(row.find(f"{_W}trPr/{_W}tblHeader"))


# tblLook's bit for "Header Row" in its older hexadecimal form (w:val="04A0")
_FIRST_ROW_LOOK = 0x0020


def _first_row_is_header(table: lxml.etree._Element) -> bool:
    """True for a Word table whose "Header Row" option is on (`w:tblLook`'s firstRow): its first row is its header,
    as Pandoc's DOCX reader takes it."""
    look = table.find(f"{_W}tblPr/{_W}tblLook")
    if look is None:
        return False
    first = look.get(_W + "firstRow")
    if first is not None:
        return first in ("1", "true", "on")
    try:
        return bool(int(look.get(_W + "val", "0"), 16) & _FIRST_ROW_LOOK)
    except ValueError:
        return False


def _walk_odf(
    element: lxml.etree._Element,
    builder: BlockBuilder,
    kind: BlockKind,
    styled: dict[str, BlockKind] | None = None,
    in_box: bool = False,
    picture: bool = False,
) -> None:
    """Add the blocks under `element`, of `kind` unless a paragraph's style says otherwise (`styled`: code, meta).
    In a frame or text box (`in_box`) a heading titles the box, not the document's next section: a paragraph, as
    in a DOCX text box. In a frame around a picture (`picture`) a line that only names the picture or credits it
    is meta (`_picture_label`)."""
    styled = styled or {}
    for child in element:
        tag = child.tag
        if tag in (_TEXT + "h", _TEXT + "p"):
            boxes: list[lxml.etree._Element] = []
            if tag == _TEXT + "h" and not in_box:
                level = int(child.get(_TEXT + "outline-level", "1") or 1)
                builder.add("heading", odf_inline(child, boxes), level=max(1, min(level, 6)))
            else:
                text = odf_inline(child, boxes)
                block_kind = styled.get(child.get(_TEXT + "style-name", ""), kind)
                if picture and block_kind == "paragraph" and _picture_label(text):
                    block_kind = "meta"
                builder.add(block_kind, text)
            # frames and shapes anchored in the paragraph (text boxes, captioned pictures): their paragraphs follow
            for box in boxes:
                around_picture = any(True for _ in box.iter(_DRAW + "image"))
                _walk_odf(box, builder, "meta" if kind == "meta" else "paragraph", styled, True, around_picture)
            _walk_odf_notes(child, builder, styled)
        elif tag in _ODF_INDEXES:
            _walk_odf(child, builder, "meta", styled, in_box)
        elif tag == _TABLE + "table-row":
            cells = [collapse_space(odf_cell(cell)).strip() for cell in child if cell.tag == _TABLE + "table-cell"]
            # a note cited in a cell is read in it (`odf_cell`); the rows LibreOffice repeats as the heading are the
            # table's header
            builder.add_row(cells, header=element.tag == _TABLE + "table-header-rows")
        elif tag == _TEXT + "list-item":
            _walk_odf(child, builder, "meta" if kind == "meta" else "list_item", styled, in_box)
        elif tag in (_TEXT + "tracked-changes", _TEXT + "sequence-decls", _TEXT + "variable-decls"):
            continue
        elif isinstance(tag, str):  # a frame anchored to the page stands directly in the body
            _walk_odf(child, builder, kind, styled, in_box or tag.startswith(_DRAW), picture)


def _walk_odf_notes(element: lxml.etree._Element, builder: BlockBuilder, styled: dict[str, BlockKind]) -> None:
    """Add the footnotes and endnotes a paragraph or heading cites, after it: they belong to its section, not the
    document's last. A paragraph's are its own, not those of a text box anchored in it (read after the box's)."""
    for note in element.iter(_TEXT + "note"):
        owner = next((a for a in note.iterancestors() if a.tag in (_TEXT + "p", _TEXT + "h")), None)
        if owner is element:
            for note_body in note.iter(_TEXT + "note-body"):
                _walk_odf(note_body, builder, "paragraph", styled)


# A picture's caption in the frame around it that only names what it shows ("Sun", "A factory", "Projected
# temperature changes in Europe up to 2080": no sentence) or credits it ("Source: F. Coppin, 2004."): a label of
# the picture, as a caption naming its figure is, not a sentence of the text. A caption that says something stays.
_LABEL_WORDS = 12
# ("Photo: the harbour office." names what it shows, in a sentence: it stays)
_CREDIT = re.compile(r"^(?:source|credit|quelle)s?\b\s*:", re.IGNORECASE)


def _picture_label(text: str) -> bool:
    words = collapse_space(text).split()
    if not words or len(words) > _LABEL_WORDS:
        return False
    return bool(_CREDIT.match(" ".join(words))) or words[-1][-1] not in ".!?"


def odf_cell(cell: lxml.etree._Element) -> str:
    """The text of an OpenDocument table cell: its paragraphs and headings, by `odf_inline`."""
    return " ".join(odf_inline(p) for p in cell.iter(_TEXT + "p", _TEXT + "h"))


def odf_inline(element: lxml.etree._Element, boxes: list[lxml.etree._Element] | None = None) -> str:
    """The text of a paragraph: spans and links inline, text:s as its spaces, tabs and line breaks kept. A frame or
    shape anchored in it (a text box) holds paragraphs of its own, not words of this one: it is left out, and added
    to `boxes` when given."""
    # ODF collapses white space in text content as HTML does; text:s, text:tab and text:line-break are the exceptions
    parts: list[str] = [collapse_space(element.text or "")]
    for child in element:
        tag = child.tag
        if tag == _TEXT + "s":
            parts.append(" " * int(child.get(_TEXT + "c", "1") or 1))
        elif tag == _TEXT + "tab":
            parts.append("\t")
        elif tag == _TEXT + "line-break":
            parts.append("\n")
        elif isinstance(tag, str) and tag.startswith(_DRAW):
            if boxes is not None:
                boxes.append(child)
        elif tag not in _ODF_SKIPPED_INLINE and isinstance(tag, str):
            parts.append(odf_inline(child, boxes))
        parts.append(collapse_space(child.tail or ""))
    return "".join(parts)
