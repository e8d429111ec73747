"""Presentations (retrieval/ingest/formats/slides.py): PowerPoint and OpenDocument decks, slide by slide."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import detect_format, extract
from retrieval.ingest.formats.blocks import CELL_SEPARATOR
from tests.files import FORMATS

_NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def para(text: str, bullet: str = "", level: int = 0) -> str:
    """A paragraph; `bullet` "char", "auto" or "none" sets its bullet; "|" in text is a line break."""
    marks = {"char": '<a:buChar char="•"/>', "auto": '<a:buAutoNum type="arabicPeriod"/>', "none": "<a:buNone/>"}
    runs = "<a:br/>".join(f"<a:r><a:t>{part}</a:t></a:r>" for part in text.split("|"))
    return f'<a:p><a:pPr lvl="{level}">{marks.get(bullet, "")}</a:pPr>{runs}</a:p>'


def shape(*paragraphs: str, ph: str | None = None) -> str:
    """A shape with text: a placeholder of type `ph` ("" for one without a type), else a text box."""
    if ph is None:
        properties = '<p:cNvSpPr txBox="1"/><p:nvPr/>'
    else:
        kind = f' type="{ph}"' if ph else ""
        properties = f'<p:cNvSpPr/><p:nvPr><p:ph{kind} idx="1"/></p:nvPr>'
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/>{properties}</p:nvSpPr><p:spPr/>'
        f"<p:txBody><a:bodyPr/>{''.join(paragraphs)}</p:txBody></p:sp>"
    )


def group(*shapes: str) -> str:
    properties = '<p:nvGrpSpPr><p:cNvPr id="3" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    return f"<p:grpSp>{properties}{''.join(shapes)}</p:grpSp>"


def table(*rows: list[str]) -> str:
    body = "".join(
        "<a:tr>"
        + "".join(
            '<a:tc hMerge="1"><a:txBody><a:p/></a:txBody></a:tc>'
            if cell == "<merged>"
            else f"<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>{cell}</a:t></a:r></a:p></a:txBody></a:tc>"
            for cell in row
        )
        + "</a:tr>"
        for row in rows
    )
    return (
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="t"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f"<a:tbl>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def deck(
    slides: Sequence[tuple[str, ...]],
    notes: dict[int, str] | None = None,
    title: str | None = None,
    hidden: tuple[int, ...] = (),
) -> bytes:
    """A PPTX package: each slide its shapes (a tuple), listed in the presentation in reverse file order (slide files
    are numbered as they were made, not in the order shown); `notes` maps a slide's index to its notes' shapes.
    `title` is docProps/core.xml's dc:title, `hidden` the indexes of hidden slides."""
    notes = notes or {}
    files: dict[str, str] = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    }
    ids, rels = [], []
    count = len(slides)
    for index, shapes in enumerate(slides):
        number = count - index  # the file's number: the first slide shown is the last file
        show = ' show="0"' if index in hidden else ""
        files[f"ppt/slides/slide{number}.xml"] = (
            f"<p:sld {_NS}{show}><p:cSld><p:spTree>{''.join(shapes)}</p:spTree></p:cSld></p:sld>"
        )
        ids.append(f'<p:sldId id="{256 + index}" r:id="rId{index + 10}"/>')
        rels.append(f'<Relationship Id="rId{index + 10}" Type="{_TYPE}slide" Target="slides/slide{number}.xml"/>')
        if index in notes:
            files[f"ppt/notesSlides/notesSlide{number}.xml"] = (
                f"<p:notes {_NS}><p:cSld><p:spTree>{notes[index]}</p:spTree></p:cSld></p:notes>"
            )
            files[f"ppt/slides/_rels/slide{number}.xml.rels"] = (
                f'<Relationships xmlns="{_RELS}"><Relationship Id="rId2" Type="{_TYPE}notesSlide" '
                f'Target="../notesSlides/notesSlide{number}.xml"/></Relationships>'
            )
    files["ppt/presentation.xml"] = f"<p:presentation {_NS}><p:sldIdLst>{''.join(ids)}</p:sldIdLst></p:presentation>"
    files["ppt/_rels/presentation.xml.rels"] = f'<Relationships xmlns="{_RELS}">{"".join(rels)}</Relationships>'
    if title is not None:
        files["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title></cp:coreProperties>'
        )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text)
    return buffer.getvalue()


def blocks(data: bytes, name: str = "talk.pptx") -> list[tuple[str, str, int]]:
    extracted = extract(name, data)
    return [(block.kind, extracted.block_text(block), block.page) for block in extracted.blocks]


TALK = deck(
    [
        (
            shape(para("Growing tomatoes on a balcony"), ph="ctrTitle"),
            shape(para("Garden club, May meeting"), ph="subTitle"),
        ),
        (
            shape(para("Choosing a pot"), ph="title"),
            shape(
                para("A pot of twenty litres holds one plant."), para("Drill holes in the base.", level=1), ph="body"
            ),
        ),
    ]
)


def test_a_deck_is_told_by_its_content_and_its_suffix() -> None:
    assert detect_format("talk.pptx", TALK) == "pptx"
    assert detect_format("talk", TALK) == "pptx"  # saved without a suffix: ppt/presentation.xml says what it is


def test_slides_are_read_in_presentation_order_with_their_numbers_as_pages() -> None:
    assert blocks(TALK) == [
        ("heading", "Growing tomatoes on a balcony", 1),
        ("meta", "Garden club, May meeting", 1),  # a title slide's subtitle: what the deck is
        ("heading", "Choosing a pot", 2),
        ("list_item", "A pot of twenty litres holds one plant.", 2),
        ("list_item", "Drill holes in the base.", 2),
    ]


def test_bullets_paragraphs_line_breaks_and_fields() -> None:
    field = '<a:p><a:r><a:t>Updated on </a:t></a:r><a:fld id="{1}" type="datetime1"><a:t>5/4/2026</a:t></a:fld></a:p>'
    data = deck(
        [
            (
                shape(para("Watering"), ph="title"),
                shape(para("Water in the morning.", bullet="none"), para("Every second day|in summer"), ph=""),
                shape(para("A text box says this."), para("Its own bullet point", bullet="char")),
                shape(para("Numbered step one", bullet="auto"), field),
            )
        ]
    )
    assert blocks(data)[1:] == [
        ("paragraph", "Water in the morning.", 1),  # a body placeholder's paragraph without its bullet
        ("list_item", "Every second day\nin summer", 1),
        ("paragraph", "A text box says this.", 1),
        ("list_item", "Its own bullet point", 1),
        ("list_item", "Numbered step one", 1),
        ("paragraph", "Updated on 5/4/2026", 1),
    ]


def test_group_shapes_are_read_in_order_inside_groups_inside_groups() -> None:
    data = deck(
        [
            (
                shape(para("First box.")),
                group(shape(para("Grouped box.")), group(shape(para("Inner box.")))),
                shape(para("Last box.")),
            )
        ]
    )
    assert [text for _, text, _ in blocks(data)] == ["First box.", "Grouped box.", "Inner box.", "Last box."]


def test_a_table_is_read_row_by_row() -> None:
    data = deck(
        [(shape(para("Varieties"), ph="title"), table(["Name", "Colour"], ["Roma", "<merged>"], ["Sungold", "orange"]))]
    )
    assert blocks(data)[1:] == [
        ("table_row", f"Name{CELL_SEPARATOR}Colour", 1),
        ("table_row", "Roma", 1),
        ("table_row", f"Sungold{CELL_SEPARATOR}orange", 1),
    ]


def test_slide_numbers_dates_and_footers_are_left_out() -> None:
    data = deck(
        [
            (
                shape(para("Feeding"), ph="title"),
                shape(para("Feed weekly once the first fruit sets.")),
                shape(para("7"), ph="sldNum"),
                shape(para("May 2026"), ph="dt"),
                shape(para("Garden club"), ph="ftr"),
            )
        ]
    )
    assert [text for _, text, _ in blocks(data)] == ["Feeding", "Feed weekly once the first fruit sets."]


def test_speaker_notes_follow_their_slide() -> None:
    notes = shape(para("Say that tomatoes need six hours of sun a day."), ph="body") + shape(para("2"), ph="sldNum")
    data = deck(
        [
            (shape(para("Light"), ph="title"), shape(para("South-facing is best"), ph="body")),
            (shape(para("Questions?"), ph="title"),),
        ],
        notes={0: notes},
    )
    assert blocks(data) == [
        ("heading", "Light", 1),
        ("list_item", "South-facing is best", 1),
        ("paragraph", "Say that tomatoes need six hours of sun a day.", 1),  # notes are sentences, not bullets
        ("heading", "Questions?", 2),
    ]


TALK_SLIDES = [
    (shape(para("Growing tomatoes on a balcony"), ph="ctrTitle"),),
    (shape(para("Pots hold water."), ph="body"),),
]


def test_the_title_is_the_decks_metadata_title_else_its_first_slide_title() -> None:
    slides: list[tuple[str, ...]] = list(TALK_SLIDES)
    assert extract("talk.pptx", deck(slides, title="Balcony tomatoes")).title == "Balcony tomatoes"
    # a tool's placeholder is no title
    assert extract("talk.pptx", deck(slides, title="PowerPoint Presentation")).title == "Growing tomatoes on a balcony"


def test_hidden_slides_are_left_out_and_later_slides_keep_their_numbers() -> None:
    data = deck(
        [
            (shape(para("Shown first."), ph="body"),),
            (shape(para("Hidden backup slide."), ph="body"),),
            (shape(para("Shown third."), ph="body"),),
        ],
        hidden=(1,),
    )
    assert [(text, page) for _, text, page in blocks(data)] == [("Shown first.", 1), ("Shown third.", 3)]


def test_the_page_of_a_sentence_is_its_slide() -> None:
    document, _ = parse_document("talk.pptx", TALK, 0)
    sentence = next(s for s in document.sentences if s.text.startswith("A pot of twenty"))
    assert sentence.page == 2


def test_a_deck_without_text_is_skipped_with_a_reason() -> None:
    picture = '<p:pic><p:nvPicPr><p:cNvPr id="5" name="p"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr></p:pic>'
    with pytest.raises(UnreadableDocument, match="no text"):
        extract("photos.pptx", deck([(picture,), (shape(para("3"), ph="sldNum"),)]))


def test_a_damaged_or_oversized_deck_is_skipped_with_a_reason() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "not a deck")
    assert detect_format("talk.pptx", buffer.getvalue()) == "pptx"  # a ZIP under a deck's name: a damaged deck
    with pytest.raises(UnreadableDocument, match="damaged PPTX"):
        extract("talk.pptx", buffer.getvalue())
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p/>" + " " * 8_000_000)
    with pytest.raises(UnreadableDocument, match="decompression bomb"):
        extract("talk.pptx", bomb.getvalue())


def test_real_decks_read_slide_by_slide() -> None:
    sample = blocks((FORMATS / "unstructured_sample-presentation.pptx").read_bytes(), "sample-presentation.pptx")
    assert ("meta", "With a subtitle", 1) in sample
    assert ("heading", "This is the second content slide", 3) in sample
    assert ("list_item", "Subtopic 1 of subtopic 2", 3) in sample
    assert ("table_row", f"1{CELL_SEPARATOR}A1{CELL_SEPARATOR}B1{CELL_SEPARATOR}C1", 4) in sample
    table = blocks((FORMATS / "unstructured_fake-power-point-table.pptx").read_bytes())
    assert ("table_row", f"Red{CELL_SEPARATOR}Green{CELL_SEPARATOR}Blue", 1) in table


_ODP_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
)


def frame(kind: str, body: str) -> str:
    return f'<draw:frame presentation:class="{kind}"><draw:text-box>{body}</draw:text-box></draw:frame>'


def odp(pages: list[str], title: str = "") -> bytes:
    content = (
        f"<office:document-content {_ODP_NS}><office:automatic-styles>"
        '<style:style style:name="dp2" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:visibility="hidden"/></style:style>'
        f"</office:automatic-styles><office:body><office:presentation>{''.join(pages)}"
        "</office:presentation></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        archive.writestr("content.xml", content)
        if title:
            archive.writestr(
                "meta.xml",
                '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
                f"<dc:title>{title}</dc:title></office:meta></office:document-meta>",
            )
    return buffer.getvalue()


ODP_PAGES = [
    '<draw:page draw:name="p1">'
    + frame("title", "<text:p>Seed saving</text:p>")
    + frame("subtitle", "<text:p>Autumn workshop</text:p>")
    + "</draw:page>",
    '<draw:page draw:name="p2" draw:style-name="dp2">'
    + frame("outline", "<text:p>A hidden slide.</text:p>")
    + "</draw:page>",
    '<draw:page draw:name="p3">'
    + frame("title", "<text:p>Drying seeds</text:p>")
    + frame(
        "outline", "<text:list><text:list-item><text:p>Spread the seeds on paper.</text:p></text:list-item></text:list>"
    )
    + "<draw:g><draw:frame><draw:text-box><text:p>Label every<text:s/>envelope.</text:p></draw:text-box></draw:frame>"
    + "</draw:g>"
    + "<draw:frame><table:table><table:table-row><table:table-cell><text:p>Bean</text:p></table:table-cell>"
    + "<table:table-cell><text:p>two weeks</text:p></table:table-cell></table:table-row></table:table></draw:frame>"
    + frame("page-number", "<text:p>3</text:p>")
    + "<presentation:notes>"
    + frame("notes", "<text:p>Mention that damp seeds go mouldy.</text:p>")
    + "</presentation:notes></draw:page>",
]


def test_an_opendocument_presentation_reads_by_the_same_rules() -> None:
    data = odp(ODP_PAGES)
    assert detect_format("workshop.odp", data) == "odp"
    assert detect_format("workshop", data) == "odp"
    assert blocks(data, "workshop.odp") == [
        ("heading", "Seed saving", 1),
        ("meta", "Autumn workshop", 1),
        ("heading", "Drying seeds", 3),
        ("list_item", "Spread the seeds on paper.", 3),
        ("paragraph", "Label every envelope.", 3),
        ("table_row", f"Bean{CELL_SEPARATOR}two weeks", 3),
        ("paragraph", "Mention that damp seeds go mouldy.", 3),
    ]
    assert extract("workshop.odp", data).title == "Seed saving"
    assert extract("workshop.odp", odp(ODP_PAGES, title="Seeds for next year")).title == "Seeds for next year"


def test_a_real_deck_saved_as_odp_reads_as_the_pptx_does() -> None:
    """LibreOffice Impress's own ODP of the sample deck: the same blocks, slide numbers and title as the PPTX."""
    pptx = FORMATS / "unstructured_sample-presentation.pptx"
    odp_file = FORMATS / "unstructured_sample-presentation.odp"
    assert detect_format(odp_file.name, odp_file.read_bytes()) == "odp"
    assert blocks(odp_file.read_bytes(), odp_file.name) == blocks(pptx.read_bytes(), pptx.name)
    assert extract(odp_file.name, odp_file.read_bytes()).title == "Title Slide"
