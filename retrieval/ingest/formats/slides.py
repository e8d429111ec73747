"""Presentations: PowerPoint (`.pptx`) and OpenDocument (`.odp`) slide decks, by walking their XML with lxml.

A deck is read slide by slide in presentation order: the slide's title a heading, its text boxes, placeholders,
groups and tables in the order the slide lists them, then its speaker notes (often the only full sentences of a
deck). The slide number, date and footer placeholders are furniture and left out, as are hidden slides. Each block's
`page` is its slide's number, so a source line shows "p. 3" for the third slide.

python-pptx (MIT) was the other choice: it brings Pillow and XlsxWriter besides lxml, and a deck's text is a short walk
over the same XML (python-pptx does not read notes' or tables' reading order for us anyway).
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from collections.abc import Iterator

import lxml.etree  # type: ignore[import-untyped]

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats.archive import open_archive
from retrieval.ingest.formats.blocks import BlockBuilder, collapse_space
from retrieval.ingest.formats.office import odf_cell, odf_inline, real_title
from retrieval.ingest.structure import BlockKind, ExtractedText

log = logging.getLogger(__name__)

_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_SAFE_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)

# Placeholders that hold a slide's furniture (its number, date, footer; a notes page's header and slide picture).
_FURNITURE = frozenset({"sldNum", "dt", "ftr", "hdr", "sldImg"})
_TITLES = frozenset({"title", "ctrTitle"})
# Placeholders whose paragraphs are bulleted unless a paragraph says otherwise (the master's body style bullets them).
# A placeholder without a type is an "obj" placeholder (ECMA-376 ST_PlaceholderType's default).
_BULLETED = frozenset({"body", "obj"})
_BULLETS = (_A + "buChar", _A + "buAutoNum", _A + "buBlip")


def pptx_text(data: bytes) -> ExtractedText:
    """Read a PowerPoint deck (see the module docstring)."""
    archive = open_archive(data, "PPTX")
    presentation = _part(archive, "ppt/presentation.xml")
    if presentation is None:
        raise UnreadableDocument("damaged PPTX (no readable ppt/presentation.xml)")
    targets = _relationships(archive, "ppt/presentation.xml")
    builder = BlockBuilder()
    missing = 0
    for number, slide_id in enumerate(presentation.iter(_P + "sldId"), start=1):
        path = targets.get(slide_id.get(_R + "id", ""), ("", ""))[1]
        slide = _part(archive, path) if path else None
        if slide is None:
            missing += 1
            continue
        if slide.get("show") in ("0", "false"):
            continue  # a hidden slide is not shown in the slide show
        _add_shapes(builder, slide.find(f"{_P}cSld/{_P}spTree"), number, notes=False)
        for kind, notes_path in _relationships(archive, path).values():
            if kind.endswith("/notesSlide"):
                notes = _part(archive, notes_path)
                if notes is not None:
                    _add_shapes(builder, notes.find(f"{_P}cSld/{_P}spTree"), number, notes=True)
    if not builder.blocks:
        raise UnreadableDocument("presentation with no text on its slides")
    title = _core_title(archive) or builder.first_heading()
    notes_found = (f"{missing} slides missing from the package",) if missing else ()
    return builder.build("pptx", title, notes_found)


def _part(archive: zipfile.ZipFile, name: str) -> lxml.etree._Element | None:
    """A package part parsed, or None when it is missing or not XML."""
    try:
        return lxml.etree.fromstring(archive.read(name), _SAFE_XML)
    except (KeyError, lxml.etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as error:
        log.debug("unreadable part %s: %s", name, error)
        return None


def _relationships(archive: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target part's name in the package)."""
    folder, name = posixpath.split(source)
    rels = _part(archive, posixpath.join(folder, "_rels", name + ".rels"))
    found: dict[str, tuple[str, str]] = {}
    if rels is None:
        return found
    for rel in rels.iter(_REL + "Relationship"):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        # a target is relative to the source part's folder, or absolute from the package's root ("/ppt/slides/...")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), path)
    return found


def _core_title(archive: zipfile.ZipFile) -> str | None:
    core = _part(archive, "docProps/core.xml")
    found = core.find(_DC_TITLE) if core is not None else None
    return real_title("".join(found.itertext())) if found is not None else None


def _add_shapes(builder: BlockBuilder, tree: lxml.etree._Element | None, page: int, *, notes: bool) -> None:
    """The blocks of a shape tree (a slide's, a group's, a notes page's) in the order it lists its shapes."""
    for shape in _shapes(tree):
        if shape.tag == _P + "grpSp":
            _add_shapes(builder, shape, page, notes=notes)
        elif shape.tag == _P + "graphicFrame":
            for table in shape.iter(_A + "tbl"):
                # a table whose first row is styled as its header (PowerPoint's default) names its columns there
                look = table.find(_A + "tblPr")
                first_row = look is not None and look.get("firstRow") in ("1", "true")
                for number, row in enumerate(table.iter(_A + "tr")):
                    cells = [
                        collapse_space(" ".join(_paragraph_text(p) for p in cell.iter(_A + "p"))).strip()
                        for cell in row.iter(_A + "tc")
                        if cell.get("hMerge") not in ("1", "true") and cell.get("vMerge") not in ("1", "true")
                    ]
                    builder.add_row(cells, page=page, header=first_row and number == 0)
        elif shape.tag == _P + "sp":
            _add_text_shape(builder, shape, page, notes=notes)


def _shapes(tree: lxml.etree._Element | None) -> Iterator[lxml.etree._Element]:
    """The shapes of a tree in order; of a shape saved in two ways (mc:AlternateContent), its first choice."""
    for child in tree if tree is not None else ():
        if child.tag == _MC + "AlternateContent":
            choice = child.find(_MC + "Choice")
            yield from _shapes(choice)
        elif isinstance(child.tag, str):
            yield child


def _add_text_shape(builder: BlockBuilder, shape: lxml.etree._Element, page: int, *, notes: bool) -> None:
    body = shape.find(_P + "txBody")
    if body is None:
        return
    placeholder = shape.find(f"{_P}nvSpPr/{_P}nvPr/{_P}ph")
    kind = placeholder.get("type", "obj") if placeholder is not None else None
    if kind in _FURNITURE:
        return
    paragraphs = [p for p in body.iter(_A + "p")]
    if kind in _TITLES and not notes:
        # a title over several paragraphs or lines is one heading
        title = " ".join(collapse_space(_paragraph_text(p)).strip() for p in paragraphs)
        builder.add("heading", title, level=1, page=page)
        return
    for paragraph in paragraphs:
        block: BlockKind = "paragraph"
        if kind == "subTitle":
            block = "meta"  # a title slide's subtitle: what the deck is (a talk's date, event, speaker)
        elif _bulleted(paragraph, kind in _BULLETED and not notes):
            block = "list_item"
        builder.add(block, _paragraph_text(paragraph), page=page)


def _bulleted(paragraph: lxml.etree._Element, by_default: bool) -> bool:
    """True for a paragraph shown with a bullet or a number: its own bullet, or its placeholder's unless it has none."""
    properties = paragraph.find(_A + "pPr")
    if properties is not None:
        if properties.find(_A + "buNone") is not None:
            return False
        if any(properties.find(tag) is not None for tag in _BULLETS):
            return True
    return by_default


def _paragraph_text(paragraph: lxml.etree._Element) -> str:
    """A paragraph's text: its runs and fields (a:t), line breaks as line breaks."""
    parts: list[str] = []
    for child in paragraph:
        if child.tag in (_A + "r", _A + "fld"):
            parts.extend(t.text or "" for t in child.iter(_A + "t"))
        elif child.tag == _A + "br":
            parts.append("\n")
    return "".join(parts)


_ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_ODF_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_ODF_PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
# presentation:class values of a page's furniture; "title" and "subtitle" as in PowerPoint; "outline" is the bulleted
# body placeholder.
_ODP_FURNITURE = frozenset({"page-number", "footer", "date-time", "header", "handout"})


def odp_text(data: bytes) -> ExtractedText:
    """Read an OpenDocument presentation's content.xml: its draw:page elements in order, by the same rules as a PPTX."""
    archive = open_archive(data, "ODP")
    content = _part(archive, "content.xml")
    presentation = content.find(f"{_ODF_OFFICE}body/{_ODF_OFFICE}presentation") if content is not None else None
    if content is None or presentation is None:
        raise UnreadableDocument("damaged ODP (no readable content.xml)")
    hidden = {
        style.get(_ODF_STYLE + "name")
        for style in content.iter(_ODF_STYLE + "style")
        for properties in style.iter(_ODF_STYLE + "drawing-page-properties")
        if properties.get(_ODF_PRESENTATION + "visibility") == "hidden"
    }
    builder = BlockBuilder()
    for number, page in enumerate(presentation.iter(_ODF_DRAW + "page"), start=1):
        if page.get(_ODF_DRAW + "style-name") in hidden:
            continue
        _add_odp_shapes(builder, page, number, notes=False)
        for notes in page.iter(_ODF_PRESENTATION + "notes"):
            _add_odp_shapes(builder, notes, number, notes=True)
    if not builder.blocks:
        raise UnreadableDocument("presentation with no text on its slides")
    meta = _part(archive, "meta.xml")
    found = meta.find(f".//{_DC_TITLE}") if meta is not None else None
    title = real_title("".join(found.itertext())) if found is not None else None
    return builder.build("odp", title or builder.first_heading())


def _add_odp_shapes(builder: BlockBuilder, container: lxml.etree._Element, page: int, *, notes: bool) -> None:
    """The blocks of a page's (or a group's, or its notes') frames and shapes in order."""
    for shape in container:
        tag = shape.tag
        if tag == _ODF_DRAW + "g":
            _add_odp_shapes(builder, shape, page, notes=notes)
        elif tag == _ODF_DRAW + "frame" or (
            isinstance(tag, str) and tag.startswith(_ODF_DRAW) and tag != _ODF_DRAW + "page-thumbnail"
        ):
            kind = shape.get(_ODF_PRESENTATION + "class")
            if kind in _ODP_FURNITURE or shape.get(_ODF_PRESENTATION + "placeholder") == "true":
                continue  # furniture, or an empty placeholder ("Click to add Text")
            if kind == "title" and not notes:
                lines = [odf_inline(p) for p in shape.iter(_ODF_TEXT + "p", _ODF_TEXT + "h")]
                builder.add("heading", " ".join(collapse_space(line).strip() for line in lines), level=1, page=page)
                continue
            for row in shape.iter(_ODF_TABLE + "table-row"):
                cells = [
                    collapse_space(odf_cell(cell)).strip() for cell in row if cell.tag == _ODF_TABLE + "table-cell"
                ]
                builder.add_row(cells, page=page, header=_odp_header_row(row))
            for paragraph in shape.iter(_ODF_TEXT + "p", _ODF_TEXT + "h"):
                if _odf_ancestor(paragraph, shape, (_ODF_TABLE + "table-cell", _ODF_TEXT + "p")):
                    continue  # a table's cells (read as rows above), a frame anchored inside a paragraph
                block: BlockKind = "paragraph"
                if kind == "subtitle":
                    block = "meta"
                elif _odf_ancestor(paragraph, shape, (_ODF_TEXT + "list-item",)) and not (notes and kind == "notes"):
                    block = "list_item"
                builder.add(block, odf_inline(paragraph), page=page)


def _odp_header_row(row: lxml.etree._Element) -> bool:
    """True for a slide table's header row, as a PPTX's `firstRow` says: a row of its `table:table-header-rows`, or its
    first row where the table uses its design's first-row styles (`table:use-first-row-styles`, what Impress writes
    for a table's "Header row" option)."""
    table = row.getparent()
    while table is not None and table.tag != _ODF_TABLE + "table":
        if table.tag == _ODF_TABLE + "table-header-rows":
            return True
        table = table.getparent()
    if table is None or table.get(_ODF_TABLE + "use-first-row-styles") != "true":
        return False
    return next(table.iter(_ODF_TABLE + "table-row"), None) is row


def _odf_ancestor(element: lxml.etree._Element, stop: lxml.etree._Element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False
