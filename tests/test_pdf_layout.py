"""PDF paragraphs read from where the lines stand on the page (retrieval/ingest/formats/pdf.py): a paragraph's space,
a line pdfium gave without its wrap's space, footnotes at the foot of a page, a printed line pdfium broke in two."""

from __future__ import annotations

import ctypes
import io
import itertools

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.formats.pdf import _add_paragraphs, _Box, _demote_numbered_rows, _Line, _line_pitch, _lines
from retrieval.ingest.split import split_sentences
from retrieval.ingest.structure import ExtractedText
from retrieval.tokenize import tokenize

# (left, baseline, type size, text): Word sets its text at size 1 scaled by the text matrix, as here
Item = tuple[float, float, float, str]


def _text_object(
    pdf: pdfium.PdfDocument,
    page: pdfium.PdfPage,
    text: str,
    size: float,
    left: float,
    baseline: float,
    font: bytes = b"Helvetica",
) -> object:
    """Put `text` on `page` in `font` of `size`, its baseline starting at (`left`, `baseline`); the object."""
    line = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, font, ctypes.c_float(1))
    encoded = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(line, ctypes.cast(encoded, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(line, size, 0, 0, size, left, baseline)
    pdfium_c.FPDFPage_InsertObject(page.raw, line)
    return line


def pdf_with_items(pages: list[list[Item]], page_size: tuple[float, float] = (612, 792)) -> bytes:
    """A PDF with one page of `page_size` (US Letter) per list of text items, each placed where it says, drawn in
    the order given (the order pdfium reads them in)."""
    pdf = pdfium.PdfDocument.new()
    for items in pages:
        page = pdf.new_page(*page_size)
        for left, baseline, size, text in items:
            _text_object(pdf, page, text, size, left, baseline)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def column(lines: list[str], top: float = 720, pitch: float = 13, size: float = 11, gap: float = 24) -> list[Item]:
    """Lines down the page from `top`; an empty string is a paragraph's space (`gap` instead of `pitch`)."""
    items: list[Item] = []
    baseline = top + pitch
    space = False
    for text in lines:
        if not text:
            space = True
            continue
        baseline -= gap if space else pitch
        space = False
        items.append((72, baseline, size, text))
    return items


def paragraphs(extracted: ExtractedText) -> list[str]:
    return [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "paragraph"]


def test_word_processor_lines_without_their_wrap_space_and_paragraph_spaces() -> None:
    """A word processor leaves a space at each soft wrap, and pdfium drops some (NIST SP 800-63B: "... the unlocking
    of that" / "device (typically ..." were two paragraphs, 43 such cuts in the Cybersecurity Framework); a
    paragraph's last line that keeps its space ran on into the next paragraph, over the space between them."""
    lines = [
        "Quillet keeps every ledger of the harbour office in one shared archive room ",
        "and the clerks who file the pages there check the seals on each volume",  # no space: pdfium dropped it
        "before they lend a single book to the visiting traders of the coast.",
        "",
        "Each trader signs the loan register at the desk beside the archive door ",
        "and returns the volume within seven days of the date written there. ",  # ends its paragraph, with a space
        "",
        "Late returns cost the trader a fine of three silver marks a day in all.",
        "",
        "The harbour master reads the register aloud at the end of every month ",
        "so that the traders hear which of them still owe the archive a book.",
    ]
    found = paragraphs(extract("ledger.pdf", pdf_with_items([column(lines)])))
    assert found == [
        "Quillet keeps every ledger of the harbour office in one shared archive room and the clerks who file the pages "
        "there check the seals on each volume before they lend a single book to the visiting traders of the coast.",
        "Each trader signs the loan register at the desk beside the archive door and returns the volume within seven "
        "days of the date written there.",
        "Late returns cost the trader a fine of three silver marks a day in all.",
        "The harbour master reads the register aloud at the end of every month so that the traders hear which of them "
        "still owe the archive a book.",
    ]


def test_footnotes_at_the_foot_of_a_page_do_not_cut_the_paragraph_going_over_it() -> None:
    """pdfium gives a page's footnotes (smaller, below the text) between its last line and the next page's first:
    a paragraph going on over the page was cut in two around them ("... to ensure that the server is" / "16 For more
    information ..." / "controlled by the organization."), and a note's second line opening with a number ("274 on
    December 18, 2014") is the same note."""
    first = column(
        [
            "The lighthouse keepers of the northern cape write down the weather at dawn",
            "and at dusk in a logbook that the coast guard collects once every season,",
            "and the entries from the stormy months are copied into a second book that",
        ]
    )
    notes: list[Item] = [
        (72, 120, 8, "1 The second book is kept in the archive of the coast guard station at Vellmar since a law of"),
        (72, 110, 8, "214 made it the place of record for every log of the cape."),
        (72, 100, 8, "2 A made-up note about the ink the keepers use."),
    ]
    second = column(
        [
            "stays with the keepers as a record of their own.",
            "",
            "The coast guard returns the logbook after a month with its remarks in the margin.",
        ]
    )
    found = paragraphs(extract("cape.pdf", pdf_with_items([first + notes, second])))
    assert found == [
        "The lighthouse keepers of the northern cape write down the weather at dawn and at dusk in a logbook that the "
        "coast guard collects once every season, and the entries from the stormy months are copied into a second "
        "book that stays with the keepers as a record of their own.",
        "1 The second book is kept in the archive of the coast guard station at Vellmar since a law of 214 made it "
        "the place of record for every log of the cape.",
        "2 A made-up note about the ink the keepers use.",
        "The coast guard returns the logbook after a month with its remarks in the margin.",
    ]


def test_a_footnote_that_only_points_back_is_no_answer() -> None:
    """A legal paper's commonest footnote points back to the source cited before ("4 Id.", "7 Id. at 5." in a
    Word-made testimony, PCLOB's library): read as a paragraph, it answered as a sentence of its own. It is meta;
    a note that cites a source stays a paragraph."""
    body = column(
        [
            "The harbour board has read the treaty on coastal waters as binding its own ships only within",
            "the bay, and it has said so in each of its reports since the treaty was signed in the spring.",
        ]
    )
    notes: list[Item] = [
        (72, 120, 8, "1 Harbour Board, Third Report on the Treaty, annex 1 (2005)."),
        (72, 110, 8, "2 Id."),
        (72, 100, 8, "3 Id. at 5."),
    ]
    extracted = extract("testimony.pdf", pdf_with_items([body + notes]))
    kinds = {" ".join(extracted.block_text(b).split()): b.kind for b in extracted.blocks}
    assert kinds["1 Harbour Board, Third Report on the Treaty, annex 1 (2005)."] == "paragraph"
    assert kinds["2 Id."] == kinds["3 Id. at 5."] == "meta"


def test_a_centered_title_block_on_the_first_page_is_meta() -> None:
    """A Word-made testimony (PCLOB's library) opens with centered lines: "Testimony of John B. Bellinger III", the
    speaker's office over two lines, the board, the date. Each was read as a sentence that could answer. Centered
    short lines at the top of page 1, two or more, are a title block (meta); the text under them stays, though its
    full lines are centered too (they start at the margin). With no title in the metadata (or Word's "Microsoft Word
    - x.docx"), the block's first paragraph titles the document: it had none."""
    from retrieval.ingest.formats.pdf import _page_texts

    heads = [
        "Testimony of Ada Kettle",
        "Clerk of the Harbour Office and Keeper of the Archive of the",
        "Northern Quay, Teapot Harbour Board",
        "March 19, 2014",
    ]
    draft = pdfium.PdfDocument(pdf_with_items([[(0, 700 - 16 * i, 12, head) for i, head in enumerate(heads)]]))
    widths = [box.right - box.left for box in _page_texts(draft)[3][0] if box is not None]
    draft.close()
    placed = enumerate(zip(heads, widths, strict=True))
    title: list[Item] = [(306 - width / 2, 700 - 16 * i, 12, head) for i, (head, width) in placed]
    body = column(
        [
            "Thank you for inviting me to speak before the board today on whether the treaty on coastal",
            "waters limits what the harbour office may record of the ships that call at the northern quay.",
        ],
        top=600,
        size=12,
    )
    extracted = extract("testimony.pdf", pdf_with_items([title + body]))
    kinds = [(b.kind, " ".join(extracted.block_text(b).split())) for b in extracted.blocks]
    assert [kind for kind, text in kinds if text.startswith(("Testimony", "Clerk", "March"))] == ["meta"] * 3
    assert kinds[-1][0] == "paragraph" and kinds[-1][1].startswith("Thank you for inviting me")
    assert extracted.title == "Testimony of Ada Kettle"


def test_small_lines_of_a_title_page_verso_are_not_footnotes() -> None:
    """Small lines at the foot of a page are footnotes only when the first opens with a mark and stands right under
    text in the body's size: an imprint under a smaller lead-in ("Comments ... may be sent to:" / "100 Harbour Road
    ...") is not. (A guard: passes before the footnote rule too.)"""
    body = column(["The archive answers letters from the public within a month of their arrival there."] * 6)
    imprint = column(
        ["Comments on this report may be sent to:", "100 Harbour Road (Room 12) Vellmar", "Email: archive@example.org"],
        top=200,
        size=9,
        pitch=11,
    )
    found = paragraphs(extract("imprint.pdf", pdf_with_items([body, body + imprint, body])))
    assert "100 Harbour Road (Room 12) Vellmar" in found
    assert "Email: archive@example.org" in found


def _box(left: float, right: float, baseline: float, size: float, top: float | None = None) -> _Box:
    return _Box(left, right, baseline if top is None else top, baseline, size)


def test_a_printed_line_pdfium_broke_at_a_raised_mark_is_one_line() -> None:
    """pdfium may end a line at a raised footnote mark and give the rest as a line of its own ("... Identifiable
    Information." / "18 Such two-factor authentication ..."): one printed line, read as one; and a note's mark given
    as a line of its own at the foot of a page ("1" / "See the act of ...") is the note's, not a page number."""
    page = "Breach of the archive's Personal Records.\r\n18 Such records are sealed by the clerk.\r\n"
    boxes = [[_box(72, 126.6, 446.2, 14.6), _box(128.6, 516.4, 446.2, 14.4, top=450.7), None]]
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "Breach of the archive's Personal Records. 18 Such records are sealed by the clerk."
    ]
    page = "A clerk is the keeper of the records.1\r\nFor example, the clerk seals them.\r\n"
    boxes = [[_box(72, 114.7, 669.4, 12.2), _box(121.6, 537.9, 669.4, 12.2), None]]  # a word space after the mark
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "A clerk is the keeper of the records.1 For example, the clerk seals them."
    ]
    page = "The clerk seals the records.\r\n1\r\nSee the act of the harbour council on records.\r\n"
    boxes = [[_box(72, 300, 600, 14.4), _box(72.6, 74.9, 101.2, 8.7), _box(75.4, 526, 97.7, 13.4), None]]
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "The clerk seals the records.",
        "1 See the act of the harbour council on records.",
    ]
    page = "The clerk seals the records.\r\n2\r\nFor this report, a clerk is anyone who seals a record.\r\n"
    boxes = [[_box(72, 300, 600, 12.2), _box(72.7, 74.4, 130.0, 6.6), _box(90.1, 497.1, 125.9, 10.0), None]]  # a tab
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "The clerk seals the records.",
        "2 For this report, a clerk is anyone who seals a record.",
    ]


def test_a_hyphen_pdfium_gave_on_a_line_of_its_own_goes_on_its_word() -> None:
    """A PDF that sets each hyphen of a compound as a text object of its own (FedRAMP's OSCAL guides) is given by
    pdfium as lines broken before the hyphen ("As with the Excel" / "-based POA&M template"), which were joined with a
    space: "Excel -based", "poam -item". A hyphen that starts where its word ends goes on it; one a word space away
    (an option, "-u") keeps the space. (Boxes as pdfium gives them for the guide's page 20.)"""
    page = "As with the Excel\r\n-based ledger template, the clerk keeps one entry.\r\n"
    boxes = [[_box(72, 695.3, 640.7, 10.3), _box(696.6, 1100, 640.7, 10.3), None]]
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "As with the Excel-based ledger template, the clerk keeps one entry."
    ]
    page = "To update the ledger run the tool\r\n-u as the clerk does each day.\r\n"
    boxes = [[_box(72, 695.3, 640.7, 10.3), _box(698.5, 1100, 640.7, 10.3), None]]  # a word space (0.31 of the size)
    assert [line.text for line in _lines([page], boxes=boxes)] == [
        "To update the ledger run the tool -u as the clerk does each day."
    ]


def test_an_o_set_apart_as_a_bullet_opens_a_list_item() -> None:
    """Word's second-level bullet is a Courier "o" and a tab: "o The agency SHALL publish ..." was a paragraph (40 in
    NIST SP 800-63B), quoted with its "o". An "o" a word space from the next word is a word."""
    items: list[Item] = [
        (72, 700, 11, "The archive keeps two registers for the traders of the coast:"),
        (90, 687, 11, "o"),
        (108, 687, 11, "The loan register lists every book lent out."),
        (90, 674, 11, "o"),
        (108, 674, 11, "The fine register lists every late return."),
        (72, 650, 11, "o ye keepers, said the old song of the cape, and the clerks sang it too."),
    ]
    extracted = extract("registers.pdf", pdf_with_items([items]))
    items_found = [extracted.block_text(b) for b in extracted.blocks if b.kind == "list_item"]
    assert items_found == ["The loan register lists every book lent out.", "The fine register lists every late return."]
    assert "o ye keepers, said the old song of the cape, and the clerks sang it too." in paragraphs(extracted)


def test_titles_before_a_subsection_or_a_reference_list_and_right_under_a_heading() -> None:
    """A title line whose number is not in the text layer was a paragraph when a numbered subsection or a reference
    list followed it ("Requirements by Authenticator Type" / "5.1.1 Memorized Secrets", "General References" /
    "[BALLOON] ..."), or when it stood right under a heading; right under one, it is a part of that section."""
    lines = [
        "5 Harbour Records",
        "This section describes how the harbour office keeps its records of ships and their cargo.",
        "",
        "Records by Kind of Ship",
        "5.1.1 Fishing Boats",
        "Typical Use",
        "A fishing boat files one record for each trip it makes out of the harbour and back again.",
        "6 References",
        "General References",
        "[ARCHIVE] Harbour Office, Rules for the Keeping of Records, third edition, Vellmar, 1911, at the office.",
    ]
    extracted = extract("harbour.pdf", pdf_with_items([column(lines)]))
    headings = [(b.level, extracted.block_text(b)) for b in extracted.blocks if b.kind == "heading"]
    assert headings == [
        (1, "5 Harbour Records"),
        (2, "Records by Kind of Ship"),
        (3, "5.1.1 Fishing Boats"),
        (4, "Typical Use"),
        (1, "6 References"),
        (2, "General References"),
    ]


def test_section_numbers_given_apart_and_a_numbered_title_over_two_lines() -> None:
    """pdfium may give a page's section numbers apart from their titles ("3.2.1", "3.2.2", then "Chief Information
    Officer", ...: SP 800-123), and a numbered title wrapped onto a second line ("3.5 Identifying Opportunities for
    New or Revised Informative" / "References") was a paragraph."""
    items: list[Item] = [
        (72, 700, 11, "3 Harbour Staff"),
        (72, 680, 11, "The harbour office has three kinds of staff, each with its own duties in the "),
        (72, 667, 11, "office, and each of them answers to the harbour master in the end."),
        (72, 640, 11, "3.2.1"),
        (72, 590, 11, "3.2.2"),
        (108, 640, 11, "Chief Clerk"),
        (72, 620, 11, "The chief clerk keeps the keys of the archive and signs every loan of a "),
        (72, 607, 11, "book that leaves the archive room."),
        (108, 590, 11, "Record Keepers"),
        (72, 570, 11, "The record keepers file the logbooks of the ships that call at the "),
        (72, 557, 11, "harbour in the order of their arrival."),
        (72, 530, 11, "3.5 Opening Hours of the Archive for Traders and Other Harbour "),
        (72, 517, 11, "Visitors"),
        (72, 493, 11, "The archive opens at nine in the morning and closes at five in the "),
        (72, 480, 11, "evening, every day of the week but the day of the harbour feast. "),
    ]
    extracted = extract("staff.pdf", pdf_with_items([items]))
    headings = [(b.level, " ".join(extracted.block_text(b).split())) for b in extracted.blocks if b.kind == "heading"]
    assert headings == [
        (1, "3 Harbour Staff"),
        (3, "3.2.1 Chief Clerk"),
        (3, "3.2.2 Record Keepers"),
        (2, "3.5 Opening Hours of the Archive for Traders and Other Harbour Visitors"),
    ]
    assert paragraphs(extracted)[-1].startswith("The archive opens at nine")


def test_a_table_cell_ending_a_sentence_does_not_run_into_the_next_row() -> None:
    """A cell's lines share their left edge; after its last sentence, a line starting in another column is the next
    row's first cell ("... hardware authentication tokens." / "IA-3, Device Identification and" in SP 800-46r2's
    table of controls ran together); a sentence going on round a figure, to a line further left, is not cut."""
    items: list[Item] = [
        (72, 700, 11, "The archive lists the controls that guard its rooms and records in the table below."),
        (72, 670, 11, "AB-1, Gate Keys "),
        (250, 670, 11, "This control covers the keys of the harbour "),
        (250, 657, 11, "gates and the logbook of the keepers who "),
        (250, 644, 11, "opened the gates at night. "),  # a space left at the end of the cell's text
        (72, 631, 11, "AB-2, Archive Room "),
        (250, 631, 11, "This control covers the archive room and "),
        (250, 618, 11, "the clerks who hold its keys."),
        (72, 590, 11, "The clerks of the archive keep a list of the visitors of the reading room in the "),
        (200, 577, 11, "ledger on the desk beside the door of the "),  # beside a figure on the left
        (72, 564, 11, "room, where every visitor signs it before going in."),
    ]
    found = paragraphs(extract("controls.pdf", pdf_with_items([items])))
    assert not [p for p in found if "opened the gates at night. AB-2" in p]
    assert (
        "The clerks of the archive keep a list of the visitors of the reading room in the ledger on the desk beside "
        "the door of the room, where every visitor signs it before going in."
    ) in found


def test_a_table_header_repeated_on_each_page_is_not_text() -> None:
    """A table's header row repeated at the top of each page it runs over ("Function Category Subcategory Informative
    References" on 20 pages of the Cybersecurity Framework) was a sentence on each page, and cut the cell going over
    the page in two."""
    header = "Ship Cargo Harbour Register"
    words = ["amber", "birch", "cedar", "dune", "elm", "fern"]
    prose = [
        column(
            [
                f"The {word} page of the report tells of the harbour in the {word} season, when ships",
                f"are few in {word} months.",
            ]
        )
        for word in words
    ]
    table = [
        column([header, "The cargo of the first ship is weighed on the quay at dawn and then"]),
        column([header, "written into the ledger by the clerk on duty.", "", "The second ship brings salt."]),
        column([header, "The third ship brings timber from the northern forests to the yard."]),
    ]
    found = paragraphs(extract("cargo.pdf", pdf_with_items(prose + table)))
    assert header not in found
    assert (
        "The cargo of the first ship is weighed on the quay at dawn and then written into the ledger by the clerk on "
        "duty."
    ) in found


def test_a_caption_at_the_top_of_a_page_does_not_end_the_paragraph_before_it() -> None:
    """A word processor's paragraph may end at a page's foot with its last line's space: the caption opening the next
    page ("Figure 2-1. Tunneling Architecture" in SP 800-46r2) was read as the paragraph's last sentence."""
    first = column(
        [
            "The harbour office keeps its maps in a cabinet beside the archive door, ",
            "and the clerk lends them to the pilots who guide the ships into port. ",
        ],
        top=120,
    )
    second = column(
        [
            "Figure 1. Harbour Map of the Northern Quay",
            "",
            "The map shows the depth of the water at each berth of the northern quay ",
            "at low tide, and the pilots mark new shoals on it in pencil.",
        ]
    )
    extracted = extract("maps.pdf", pdf_with_items([first, second]))
    # the caption is a block of its own; only naming its figure, it is meta (tests/test_formats_round11.py)
    assert [extracted.block_text(block) for block in extracted.blocks if block.kind == "meta"] == [
        "Figure 1. Harbour Map of the Northern Quay"
    ]
    assert paragraphs(extracted) == [
        "The harbour office keeps its maps in a cabinet beside the archive door, and the clerk lends them to the "
        "pilots who guide the ships into port.",
        "The map shows the depth of the water at each berth of the northern quay at low tide, and the pilots mark new "
        "shoals on it in pencil.",
    ]


def test_a_title_set_large_is_not_a_running_header_and_a_numbered_question_is_a_heading() -> None:
    """A specification's pages repeat its title small at their top, so its title page's large title was dropped as a
    running header ("Shared MIME-info Database": a document with no title); a numbered heading may be a question
    ("1.2. What is this spec?" was a paragraph)."""
    title = "Harbour Archive Rules"
    words = ["amber", "birch", "cedar", "dune", "elm"]
    opening = [
        "1. Introduction",
        "The rules say how the harbour archive lends its books to the traders of the coast.",
        "1.2. Who may borrow?",
        "Every trader who has signed the register may borrow a book for a week.",
    ]
    first = [(150, 700, 24, title), *column(opening, top=640)]
    later = [
        [(72, 760, 9, title), *column([f"The {word} page of the rules tells what the clerk does in {word} time."])]
        for word in words
    ]
    extracted = extract("rules.pdf", pdf_with_items([first, *later]))
    assert extracted.title == title
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == [title, "1. Introduction", "1.2. Who may borrow?"]


def test_a_bracket_closing_mid_sentence_at_a_line_end_does_not_end_the_paragraph() -> None:
    """Without wrap spaces to go by, a line ending in a closing bracket that is a little short was taken for a
    paragraph's end ("... Storage Area Network (SAN)" / "server)?" in SP 800-123); the next line right under it says
    the sentence goes on."""
    lines = [
        "The harbour master asks each captain a few questions before the ship may tie up at the quay.",
        "Will the ship unload goods for another harbour (the northern quay, the river docks or the",
        "salt store of the old town by the fish market of the bay (OTS)",
        "warehouse)? The answer goes into the register of the day.",
        "",
        "The clerk copies the register into the archive ledger every evening before the office closes.",
    ]
    found = paragraphs(extract("questions.pdf", pdf_with_items([column(lines)])))
    sentence = (
        "Will the ship unload goods for another harbour (the northern quay, the river docks or the salt store of the "
        "old town by the fish market of the bay (OTS) warehouse)? The answer goes into the register of the day."
    )
    assert any(paragraph.endswith(sentence) for paragraph in found)


def test_a_running_header_naming_its_page_is_not_a_section() -> None:
    """A manual heads each page with its chapter and page number; on a chapter's only page repetition cannot tell it
    is a header, and with a numbered section under it ("Chapter 3: Utilities 7" / "3.1 Invoking asn1Parser") it was
    read as the section of everything after it."""
    first = column(
        ["2 Harbour Rules", "The rules of the harbour are kept by the clerk in the archive room, who", "lends them."]
    )
    second = column(
        [
            "Chapter 3: Harbour Tools 7",
            "3.1 Invoking the Crane",
            "The crane is invoked by the harbour master with a written order for each ship.",
        ]
    )
    extracted = extract("manual.pdf", pdf_with_items([first, second]))
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["2 Harbour Rules", "3.1 Invoking the Crane"]


def test_a_short_chapters_running_header_with_its_page_number_is_furniture() -> None:
    """A chapter of two pages has its running header ("Chapter 2: ASN.1 structure handling 3", "... 4" in
    libtasn1.pdf) on two pages only, or one; its number follows the pages, so it is furniture too."""
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
    heads = ["Harbour manual", "Chapter 2: Brewing tea 5", "Chapter 2: Brewing tea 6", "", "Chapter 4: Rope 8", ""]
    pages = [
        f"{head}\r\nThe {word} page opens here.\r\nIts {word} text goes on.\r\nAnd the {word} page ends.\r\n"
        for head, word in zip(heads, words, strict=True)
    ]
    texts_ = [line.text for line in _lines(pages)]
    # a chapter of one page too: its number is the page's printed number, as the other headers' are
    assert [text for text in texts_ if text.startswith("Chapter")] == []
    assert "Harbour manual" in texts_


def test_a_chapters_footer_with_its_page_number_on_one_page_only_is_furniture() -> None:
    """An InDesign booklet prints its chapter's name and the page number at each page's foot ("The breasts 7" in Cancer
    Council's "Understanding Breast Cancer"), none on a chapter's opener: a chapter of two pages has it once, which
    repetition cannot tell. Other chapters' footers at the same offset from the page index give it away; a footnote
    there, number first ("7 Id."), and the chapter's title on its opener stay."""
    feet = ["", "Tides 3", "Tides 4", "Ropes 5", "Ropes 6", "7 Id.", "Which knot? 8"]
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"]
    pages = [
        f"{'Which knot?' if number == 5 else 'Harbour guide'}\r\nThe {word} page opens here.\r\n"
        f"Its {word} text goes on.\r\nAnd the {word} page ends.\r\n{foot}\r\n"
        for number, (foot, word) in enumerate(zip(feet, words, strict=True))
    ]
    texts_ = [line.text for line in _lines(pages)]
    # a chapter named by a question ("What is cancer? 5") too
    assert not any(text in texts_ for text in ["Tides 3", "Ropes 6", "Which knot? 8"])
    assert "7 Id." in texts_ and "Which knot?" in texts_


def test_a_short_line_whose_words_go_on_is_joined_to_the_line_under_it() -> None:
    """A table's narrow cell wraps its title onto a second line ("SP 800-37, Guide for the Security Certification and"
    / "Accreditation of Federal Information Systems" in SP 800-123's resources); a short line was taken for a
    paragraph's end, though it ends in "and" and the next line stands right under it."""
    prose = [
        "The archive keeps these guides for the clerks of the harbour office in the room beside the reading",
        "room, and it lends them to the traders of the coast on request for a week at most, a month in the",
        "winter when few ships call at the quay, and the clerk writes each loan into the register of the day",
        "with the name of the trader, the guide and the date on which it is due back at the archive desk.",
    ]
    items: list[Item] = [
        *column(prose, top=740),
        (72, 675, 10, "Guide 12, Ledgers of the Harbour and"),
        (72, 664, 10, "the Northern Quay"),
        (312, 675, 10, "http://archive.example.org/guides/12.pdf"),
        (72, 650, 10, "Guide 14, Books for the Traders of"),
        (72, 639, 10, "the Coast"),
        (312, 650, 10, "http://archive.example.org/guides/14.pdf"),
    ]
    found = paragraphs(extract("guides.pdf", pdf_with_items([items])))
    assert "Guide 12, Ledgers of the Harbour and the Northern Quay" in found
    assert "Guide 14, Books for the Traders of the Coast" in found


def _pdf_with_marks(
    lines: list[tuple[str, str]], size: float = 11, mark_size: float = 7, mark_first: bool = False
) -> bytes:
    """A PDF page of lines, each followed (or, `mark_first`, led) by a footnote mark set smaller and raised, right
    after its last letter (before its first)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for number, (text, mark) in enumerate(lines):
        baseline = 700 - 14 * number
        placed = []
        pieces: list[tuple[str, float, float | None, float]] = [
            (text, size, 72.0, 0.0),
            (mark, mark_size, None, 0.4 * size),
        ]
        if mark_first:
            pieces = [(mark, mark_size, 72.0, 0.4 * size), (text, size, None, 0.0)]
        for piece, piece_size, left, rise in pieces:
            if left is None:  # right after the text before it
                right = ctypes.c_float(0)
                bounds = [ctypes.c_float(0) for _ in range(3)]
                pdfium_c.FPDFPageObj_GetBounds(
                    placed[-1], *(ctypes.byref(b) for b in bounds[:2]), ctypes.byref(right), ctypes.byref(bounds[2])
                )
                left = right.value + 0.3
            placed.append(_text_object(pdf, page, piece, piece_size, left, baseline + rise))
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_raised_footnote_mark_is_no_part_of_the_word_and_ends_with_the_sentence() -> None:
    """pdfium gives a raised footnote mark as digits glued to the word before it ("passwords16", "of 20015",
    "process.14"): the word could not be found, and the sentence ran on into the next. The mark is kept as printed, in
    superscript digits; the word is a term of its own and the sentence ends after the mark."""
    data = _pdf_with_marks([("Clerks seal ledgers with passwords", "16"), ("The harbour act of 2001", "5")])
    extracted = extract("notes.pdf", data)
    text = " ".join(extracted.text.split())
    assert "passwords¹⁶" in text and "2001⁵" in text, text
    document, _ = parse_document("notes.pdf", data, 0)
    sentence = next(s for s in document.sentences if "passwords" in s.text)
    assert set(tokenize("passwords")) <= set(sentence.tokens)
    assert "2001" in next(s for s in document.sentences if "harbour" in s.text).tokens
    glued = "Make a patching process.\u00b9\u2074 Identify the patches."
    assert [glued[a:b] for a, b in split_sentences(glued)] == ["Make a patching process.¹⁴", "Identify the patches."]


def test_digits_on_the_line_are_no_footnote_mark() -> None:
    """Digits set at the text's size on its baseline ("AAL2", "version 1.1") stay as they are."""
    data = pdf_with_items([column(["Level AAL2 is required by version 1.1 of the guide."])])
    assert "AAL2" in extract("levels.pdf", data).text
    assert "version 1.1 of" in extract("levels.pdf", data).text


def test_section_running_heads_with_the_page_number_are_furniture() -> None:
    """LaTeX's book and report classes head each odd page with the section's number, name and the page number
    ("1.2. WIDGET THEORY 7"): a section's head stands on one or two pages only, so it was no repeated line; it was
    read as a numbered heading and broke the section path. Its number, the printed page number a fixed offset from
    the page's index, gives it away; a section heading of the same name stays."""
    heads = ["1.1. WIDGETS 5", "1.2. WIDGET THEORY 6", "1.2. WIDGET THEORY 7", "2.1. GADGETS 8"]
    words = ["red", "green", "blue", "grey"]
    pages = []
    for number, (head, word) in enumerate(zip(heads, words, strict=True)):
        body = [f"The {word} widget turns on its axle when the gadget pushes it.", f"The {word} axle wears out."]
        lines = [f"{number + 1}.9 Fitting {word} widgets", "", *body]
        pages.append([(72, 760.0, 9.0, head), *column(lines, top=700)])
    extracted = extract("widgets.pdf", pdf_with_items(pages))
    text = extracted.text
    assert not any(head in text for head in heads)
    assert "1.9 Fitting red widgets" in text and "4.9 Fitting grey widgets" in text
    assert "The grey widget turns on its axle" in text


def test_tex_typewriter_fonts_are_monospaced_and_an_address_in_one_is_front_matter() -> None:
    """TeX's typewriter faces do not say fixed pitch in their flags: the IEEEtran HOWTO's listings in NimbusMonL
    ("% Special paper size for the IEEE Computer Society J" / "ournals") were read as prose and answered questions.
    An author's address set in such a face before "Abstract" is front matter, as the rest of the author block."""
    from retrieval.ingest.formats.pdf import _MONOSPACE_NAME
    from tests.test_formats import pdf_with_lines

    for name in (b"NimbusMonL-Regu", b"ABCDEF+CMTT10", b"SFTT1000", b"LMMono10-Regular", b"Courier"):
        assert _MONOSPACE_NAME.search(name), name
    assert not _MONOSPACE_NAME.search(b"NimbusRomNo9L-Regu")
    lines = [
        ("Helvetica", "Spinning Tops in Low Gravity"),
        ("Helvetica", ""),
        ("Helvetica", "Ada Lovelace, Charles Babbage"),
        ("Helvetica", ""),
        ("Courier", "{ada,charles}@engine.example.org"),
        ("Helvetica", ""),
        ("Helvetica", "Abstract"),
        ("Helvetica", ""),
        ("Helvetica", "Tops spin longer on the moon than they do on the earth, as friction is lower there."),
    ]
    extracted = extract("tops.pdf", pdf_with_lines(lines))
    assert "{ada,charles}@engine.example.org" in [extracted.block_text(b) for b in extracted.blocks if b.kind == "meta"]
    assert [extracted.block_text(b) for b in extracted.blocks if b.kind == "paragraph"] == [
        "Tops spin longer on the moon than they do on the earth, as friction is lower there."
    ]


def test_a_numbered_step_under_a_deeper_section_is_no_chapter() -> None:
    """Section numbers never go back: "1. Import the raw file into the store" under "3.1 Data pipeline" is a numbered
    step, not chapter 1 (the thesis filed the rest of its chapter 3 under it); after an unnumbered heading (an
    appendix: a licence's "0. PREAMBLE") numbering may start again."""
    lines = [
        "3 Methods",
        "",
        "The methods are described in the sections below, one by one, in the order they run.",
        "",
        "3.1 Data pipeline",
        "",
        "The pipeline runs in three steps, each one after the other:",
        "",
        "1. Import the raw file into the store",
        "",
        "2. Map the identifiers to one scheme",
        "",
        "The steps run again when a source changes.",
        "",
        "Appendix A Licence",
        "",
        "The licence of the thesis is given here in full, as written.",
        "",
        "1. Applicability and Definitions",
        "",
        "This licence applies to any manual or other work that contains a notice.",
    ]
    extracted = extract("thesis.pdf", pdf_with_items([column(lines)]))
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert "1. Import the raw file into the store" not in headings
    assert "3.1 Data pipeline" in headings and "1. Applicability and Definitions" in headings
    items = [extracted.block_text(b) for b in extracted.blocks if b.kind == "list_item"]
    assert "1. Import the raw file into the store" in items


def test_a_glossary_term_wrapped_onto_its_acronym_line_is_no_heading() -> None:
    """A glossary's two columns: a term too long for its column wraps ("Widget Support" / "Package (WSP)") and its
    first line read as a section's name over the next chapters of the cFE guide."""
    rows = [
        (["Application ID"], "A processor unique reference to an application."),
        (["Widget Support", "Package (WSP)"], "A collection of user-provided facilities that interface an OS and a"),
        ([], "specific hardware platform. The WSP is responsible for hardware initialization."),
        (["Child Task"], "A separate thread of execution that is spawned by an application main task."),
    ]
    items: list[Item] = [
        (72, 720, 11, "1.4 Glossary"),
        (72, 690, 11, "The terms below are used throughout this guide."),
    ]
    baseline = 660.0
    for terms, definition in rows:
        items += [(72, baseline - 13 * k, 11, term) for k, term in enumerate(terms)]
        items.append((180, baseline, 11, definition))
        baseline -= 13 * max(1, len(terms)) + 6
    items += [(72, baseline - 20, 11, "2 Widgets"), (72, baseline - 45, 11, "A widget starts when it is powered on.")]
    extracted = extract("guide.pdf", pdf_with_items([items]))
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["1.4 Glossary", "2 Widgets"]


def test_a_chapter_title_set_large_in_sentence_case_is_a_heading() -> None:
    """LaTeX's report class sets a chapter's title large and in sentence case ("Conclusion and future work"): only
    titles with every word capitalised were taken, so the chapter's sections were filed under the chapter before. A
    paper's first line set large by its drop cap ("WITH a recent class file, a computer running") is no title."""

    def prose(word: str) -> list[str]:
        return [
            f"The {word} widgets were first built in a small shed behind the old mill in the town, and",
            f"each {word} widget was tested for a week before it was sold at the market.",
            "",
            f"The {word} shed burned down.",
        ]

    pages = [
        column(["1 Widgets", "", *prose("red")]),
        [(72.0, 700.0, 24.0, "Conclusion and future work"), *column(prose("green"), top=650)],
        [
            (72.0, 700.0, 18.0, "WITH a recent class file, a computer running"),
            *column(["the tools and a basic understanding of them, an author can produce a paper."], top=686),
        ],
    ]
    extracted = extract("report.pdf", pdf_with_items(pages))
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["1 Widgets", "Conclusion and future work"]


def test_a_footnotes_own_raised_mark_is_no_part_of_its_first_word() -> None:
    """A footnote's text opens with its raised mark glued to the first word ("26IEEE authors should note ..."): the
    word read "26IEEE". The mark is shown raised, apart from the word."""
    data = _pdf_with_marks([("IEEE authors should keep equations small.", "26")], mark_first=True)
    text = extract("notes.pdf", data).text
    assert text.startswith("²⁶IEEE authors"), text
    document, _ = parse_document("notes.pdf", data, 0)
    assert "ieee" in document.sentences[0].tokens


def test_a_raised_mark_pdfium_gave_after_its_line_goes_on_that_line() -> None:
    """A footnote mark printed raised inside a line, which pdfium gives as a line of its own after it (the U.S.
    Copyright Office's DMCA summary: "... signed into law by" / "1" / "President Clinton on ..."; these are its
    boxes), goes on that line's end, raised as printed, so the short line no longer ends the paragraph mid-sentence;
    a digit raised over a figure's axis ("-1 0 1 2 3" / "0") is no mark."""
    # four lines before and after it: the mark is not where a page number stands
    page = "\r\n".join(
        [
            *(f"The clerk keeps record {n} of the harbour." for n in range(4)),
            "The Harbour Records Act (HRA) was signed into law by",
            "1",
            "the governor on October 28, 1998.",
            *(f"The reader asks for record {n} of the harbour." for n in range(4)),
        ]
    )
    boxes = [[_box(108.4, 505.2, 700 - 13.4 * n, 13.6) for n in range(4)]]
    boxes[0] += [_box(144.2, 505.9, 554.9, 13.6), _box(382.4, 384.5, 559.4, 8.1), _box(108.4, 505.2, 541.4, 13.6)]
    boxes[0] += [_box(108.4, 505.2, 528 - 13.4 * n, 13.6) for n in range(4)]
    assert [line.text for line in _lines([page], boxes=boxes)][4:6] == [
        "The Harbour Records Act (HRA) was signed into law by¹",
        "the governor on October 28, 1998.",
    ]
    page = "The clerk seals the records and sends them on.\r\n−1 0 1 2 3\r\n0\r\n"
    boxes = [[_box(72, 400, 600, 12), _box(72, 160, 500, 9), _box(100, 104, 503, 6), None]]
    assert "−1 0 1 2 3" in [line.text for line in _lines([page], boxes=boxes)]


def test_titles_set_bold_are_headings_in_sentence_case_over_a_subsection_and_at_a_page_top() -> None:
    """Titles set bold in the text's size (the U.S. Copyright Office's DMCA summary): one at the next page's top after
    a full line ending a sentence ran into that paragraph ("... the legislation itself." / "TITLE I: WIPO TREATY
    IMPLEMENTATION"); a section's title right over its first subsection's ("Technical Amendments" / "National
    Eligibility") and short ones in sentence case ("No mandate") were prose. A table's header row set bold in smaller
    type is no title."""
    prose = [
        "The harbour clerk keeps every record of the port in a locked room behind the customs house, and",
        "each record is copied by hand before the ships leave the harbour at the end of the summer season.",
    ]
    end = "The clerk reads them all again in the spring, before the first ships come back to the harbour."
    bold = b"Helvetica-Bold"
    # (left, baseline, size, text, font)
    first = [(72.0, 720.0 - 13 * n, 11.0, text, b"Helvetica") for n, text in enumerate([*prose, *prose, end])]
    second: list[tuple[float, float, float, str, bytes]] = [
        (72, 720, 12, "PART ONE: HARBOUR RECORDS", bold),
        *((72, 694 - 13 * n, 11, text, b"Helvetica") for n, text in enumerate([*prose, end])),
        (72, 640, 11, "Technical Matters", bold),
        (72, 614, 11, "Local Eligibility", bold),
        *((72, 588 - 13 * n, 11, text, b"Helvetica") for n, text in enumerate([*prose, end])),
        (72, 534, 11, "No mandate", bold),
        *((72, 508 - 13 * n, 11, text, b"Helvetica") for n, text in enumerate([*prose, end])),
        (72, 454, 11, "Harbour Resource Sites", bold),
        (150, 430, 9, "Site Name Address", bold),
        (72, 416, 9, "Harbour Records Office (HRO) 12 Quay Street, Port Vellmar, the records room", b"Helvetica"),
        (72, 402, 9, "Customs House Archive (CHA) 3 Dock Road, Port Vellmar, the second floor", b"Helvetica"),
        *((72, 376 - 13 * n, 11, text, b"Helvetica") for n, text in enumerate([*prose, *prose, *prose, *prose, end])),
    ]
    pdf = pdfium.PdfDocument.new()
    for items in (first, second):
        page = pdf.new_page(612, 792)
        for left, baseline, size, text, font in items:
            _text_object(pdf, page, text, size, left, baseline, font)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    extracted = extract("summary.pdf", buffer.getvalue())
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["PART ONE: HARBOUR RECORDS", "Technical Matters", "Local Eligibility", "No mandate"]
    assert paragraphs(extracted)[2].endswith("the first ships come back to the harbour.")


def test_a_formula_set_apart_is_code_and_a_short_line_of_prose_is_not() -> None:
    """pdfium gives a formula set apart as short blocks of their own: an ACL paper's "Vw(A) = IDF(w)", "exp(−" were
    answers. A formula's pieces are code (searchable, no answer); a short line of prose and a URL are neither."""
    prose = [
        "The harbour clerk keeps every record of the port in a locked room behind the customs house, and",
        "each record is copied by hand before the ships leave the harbour at the end of the summer, then",
        "sealed in the vault.",
    ]
    lines = [
        *prose,
        "",
        "Sim(A, B) = cos(V(A) · V(B))",
        "",
        "exp(-",
        "",
        *prose,
        "",
        "The clerk is paid.",
        "",
        "https://example.org/records?page=2&year=1998",
        "",
        *prose,
    ]
    extracted = extract("records.pdf", pdf_with_items([column(lines)]))
    kinds = {extracted.block_text(b): b.kind for b in extracted.blocks}
    assert kinds["Sim(A, B) = cos(V(A) · V(B))"] == kinds["exp(-"] == "code"
    assert kinds["The clerk is paid."] == kinds["https://example.org/records?page=2&year=1998"] == "paragraph"


def test_a_numbered_line_repeated_word_for_word_is_no_section_and_does_not_undo_the_next() -> None:
    """An ACL paper's authors each have the address line "1 University Station C0500", read as a numbered heading:
    the two, numbered the same, were taken for rows, and so was the pair the second made with "1 Introduction"."""
    builder = BlockBuilder()
    for heading, text in [
        (True, "1 Harbour Road C0500"),
        (False, "ann@example.org"),
        (True, "1 Harbour Road C0500"),
        (False, "We count the ships."),
        (True, "1 Introduction"),
        (False, "Ships come and go."),
        (True, "2 Method"),
    ]:
        builder.add("heading" if heading else "paragraph", text, level=1 if heading else 0)
    _demote_numbered_rows(builder)
    text = builder.text()
    headings = [text[b.start : b.end] for b in builder.blocks if b.kind == "heading"]
    assert headings == ["1 Introduction", "2 Method"]


def test_a_tables_header_row_broken_after_an_ampersand_is_no_title() -> None:
    """A budget statement's two-line column headings ("Plan Non-Plan Total Plan &" / "Non-Plan Ministry/Demand ...",
    its last cell "Plan & Non-Plan" wrapped) were read as a heading, the document's title and every row's section: a
    title line never ends on "&", as it never ends on "and"."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(842, 595)
    bold, regular = b"Helvetica-Bold", b"Helvetica"
    for left, baseline, size, text, font in (
        (120, 540, 8.4, "Grants and loans, net of repayments, for the year 2024-2025 are as under.", bold),
        (140, 530, 8.4, "Further details are on the pages named in the last column of this statement.", bold),
        (300, 512, 7.5, "Grants Loans", bold),
        (360, 512, 7.5, "Total Grants &", regular),
        (420, 503, 7.5, "Loans Region Current Capital Total Current Capital Total Page No.", regular),
        (30, 490, 8, "NORTHERN COUNTIES 28130.48 67.52 28198.00 2863.09 1.85 2864.94 31062.94", bold),
        (30, 478, 8, "1. Department of Roads 2260.55 48.45 2309.00 342.51 0.74 343.25 2652.25 1-10", regular),
        (30, 468, 8, "2. Department of Schools 3715.00 12.00 3727.00 2429.39 1.00 2430.39 6157.39 11-13", regular),
        (30, 458, 8, "3. Department of Parks 2154.93 19.07 2174.00 91.19 1.11 92.30 2266.30 14-19", regular),
    ):
        _text_object(pdf, page, text, size, left, baseline, font)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    extracted = extract("budget.pdf", buffer.getvalue())
    assert extracted.title is None
    assert not [b for b in extracted.blocks if b.kind == "heading"]
    assert "Grants Loans Total Grants &" in paragraphs(extracted)


def _pdf_with_pieces(lines: list[tuple[float, float, float, list[tuple[bytes, str]]]]) -> bytes:
    """A one-page PDF of printed lines, each (left, baseline, type size, pieces): its pieces, each (font, text), set one
    after the other with a word space between, as a typesetter sets a bold term before its definition."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for left, baseline, size, pieces in lines:
        for font, text in pieces:
            item = _text_object(pdf, page, text, size, left, baseline, font)
            bounds = [ctypes.c_float(0) for _ in range(4)]
            pdfium_c.FPDFPageObj_GetBounds(item, *(ctypes.byref(b) for b in bounds))
            left = bounds[2].value + 0.28 * size
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_glossarys_entries_set_without_bullets_are_entries_of_their_own() -> None:
    """A book's chapter glossary (Think Python's) sets each term bold, its definition after it in the text's face,
    the definition's next lines under a hanging indent and the entries only a little apart: a full line ending one
    entry ran into the next ("portability: A property ... computer." / "interpreter: A program ..."), so the question
    "what is an interpreter" could not get its definition alone. A bold label wrapped from a line set bold to its end
    is no new entry."""
    bold, regular = b"Helvetica-Bold", b"Helvetica"
    entries = [
        [("harbour master:", "The officer who keeps the order of the harbour and gives each ship its berth.")],
        [
            ("berth:", "The place at a quay where a ship lies while the dock workers load and unload it,"),
            ("", "or where it waits for the tide."),
        ],
        [("pilot:", "A sailor who knows the channel and steers the large ships into the harbour and out.")],
        [
            ("tide table:", "A list of the times of high and low water, printed for each day of the coming"),
            ("", "year and pinned up in the harbour office by the clerk."),
        ],
        [("customs house:", "The building where the officers of the customs weigh and tax the cargo of ships.")],
    ]
    lines: list[tuple[float, float, float, list[tuple[bytes, str]]]] = [
        (
            72,
            720,
            11,
            [(regular, "The harbour has words of its own, and the clerks use them in every record they keep.")],
        ),
    ]
    baseline = 700.0
    for entry in entries:
        for term, definition in entry:
            if term:
                lines.append((72, baseline, 11, [(bold, term), (regular, definition)]))
            else:
                lines.append((100, baseline, 11, [(regular, definition)]))
            baseline -= 13
        baseline -= 7  # the entries' little space: less than a paragraph's
    lines += [
        (72, baseline - 13, 11, [(bold, "Leaving the logbook of the harbour open on the desk in the")]),
        (
            72,
            baseline - 26,
            11,
            [(bold, "keepers' room:"), (regular, "The clerks must never leave the logbook of the")],
        ),
        (72, baseline - 39, 11, [(regular, "harbour open on the desk, where the rain from the window may reach it.")]),
    ]
    data = _pdf_with_pieces(lines)
    found = paragraphs(extract("glossary.pdf", data))
    assert found[1:6] == [
        "harbour master: The officer who keeps the order of the harbour and gives each ship its berth.",
        "berth: The place at a quay where a ship lies while the dock workers load and unload it, or where it waits "
        "for the tide.",
        "pilot: A sailor who knows the channel and steers the large ships into the harbour and out.",
        "tide table: A list of the times of high and low water, printed for each day of the coming year and pinned "
        "up in the harbour office by the clerk.",
        "customs house: The building where the officers of the customs weigh and tax the cargo of ships.",
    ]
    assert any(p.startswith("Leaving the logbook") and "keepers' room: The clerks" in p for p in found)
    document, _ = parse_document("glossary.pdf", data, 0)
    pilot = [s.text for s in document.sentences if "sailor" in s.text]
    assert pilot == ["pilot: A sailor who knows the channel and steers the large ships into the harbour and out."]


def test_a_figures_and_a_tables_labels_are_no_sections() -> None:
    """A thesis's plots carry titles set large among their axis labels ("STRING", "TS interacting with HK by
    threshold") and its tables a header row ("Model Statistic Bossi STRING ..."): read as headings, they took the
    sentences after the figure or the table into sections of those names. A section opening with a table keeps its
    title, as does an algorithm's label ("Algorithm 3.2" under its listing) no section."""
    bold, regular = b"Helvetica-Bold", b"Helvetica"
    prose = "The clerks counted the ships that came into the harbour in each month of the year"
    lines: list[tuple[float, float, float, list[tuple[bytes, str]]]] = [
        (72, 720, 14, [(bold, "2.1 Harbour Traffic")]),
        (72, 696, 11, [(regular, prose)]),
        (72, 683, 11, [(regular, "and wrote them down in the logbook of the harbour office.")]),
        (100, 630, 9, [(regular, "0.2")]),
        (100, 610, 9, [(regular, "0.1")]),
        (150, 596, 9, [(regular, "Jan Feb Mar Apr")]),
        (160, 584, 10, [(regular, "Month")]),
        (150, 650, 16, [(regular, "Ships by Month")]),  # the plot's title, set large, read after its axes
        (72, 560, 10, [(regular, "Figure 2.1: The share of the year's ships that came into the harbour in each")]),
        (72, 548, 10, [(regular, "month.")]),
        (72, 520, 11, [(regular, "The busiest months were the summer ones, when the fishing fleet came back home.")]),
        (72, 494, 11, [(regular, "The ports the ships came from are listed in the table below, with their tonnage.")]),
        (100, 470, 11, [(regular, "Cargo Vellmar Oster Brenn Kalt")]),
        (100, 456, 11, [(regular, "Timber tonnage 1.2e+03 2.1e+03 4.4e+02 9.9e+01")]),
        (100, 442, 11, [(regular, "Grain tonnage 3.5e+03 1.7e+03 2.4e+02 8.1e+01")]),
        (72, 420, 10, [(regular, "Table 2.1: The ports the harbour's ships came from and the tonnage they brought.")]),
        (72, 394, 11, [(regular, "Most of the ships came from Vellmar, the largest port on the coast to the north.")]),
        (72, 360, 14, [(bold, "2.2 Harbour Dues")]),
        (100, 336, 11, [(regular, "Ship Due Paid")]),
        (100, 322, 11, [(regular, "Aurora 12 12")]),
        (72, 300, 10, [(regular, "Table 2.2: The dues of the ships in the harbour.")]),
        (72, 274, 11, [(regular, "Every ship paid its dues before it left the harbour, as the law of the port asks.")]),
        (100, 250, 10, [(b"Courier", "for ship in harbour.ships:")]),
        (100, 238, 10, [(b"Courier", "    dues[ship] = rate(ship.tonnage)")]),
        (150, 216, 11, [(regular, "Algorithm 2.1")]),
        (
            72,
            194,
            11,
            [(regular, "The clerk ran this count at the end of each month and posted the dues on the door.")],
        ),
    ]
    data = _pdf_with_pieces(lines)
    extracted = extract("thesis.pdf", data)
    headings = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "heading"]
    assert headings == ["2.1 Harbour Traffic", "2.2 Harbour Dues"]
    document, _ = parse_document("thesis.pdf", data, 0)
    sections = {s.text: s.section for s in document.sentences}
    assert sections["The busiest months were the summer ones, when the fishing fleet came back home."] == (
        "2.1 Harbour Traffic"
    )
    assert sections["Most of the ships came from Vellmar, the largest port on the coast to the north."] == (
        "2.1 Harbour Traffic"
    )
    assert sections["The clerk ran this count at the end of each month and posted the dues on the door."] == (
        "2.2 Harbour Dues"
    )


def test_a_rulebooks_outline_numbered_lines_open_items_of_their_own() -> None:
    """A rulebook sets its sub-rules one a line without a full stop ("A.4.3.a) Using the 1.14+ netherrack texture on
    older versions/in programmer art" / "A.4.3.b) Changing the text of the End Poem"), and a rule's cross-reference
    line stands before the next rule: each ran into the next line's rule, one sentence of two rules. A line opening
    with an outline number like the ones around it opens an item; one closing a bracket the line before opened
    does not."""
    lines = [
        "A.4.2) Players must record the whole run with the game audio audible to viewers at all times.",
        "A.4.3) The following changes to the resources of the game are allowed in every category:",
        "A.4.3.a) Using the older lava texture of the game on newer versions in any of the categories",
        "A.4.3.b) Changing the text of the credits screen shown after the final boss",
        "A.4.3.c) Changing the splash text of the title screen.",
        "A.4.3 is referenced by: B.2.1 B.2.4 C.1.4 C.1.7 D.3.1 D.3.2 E.1.1 E.1.5 CE4.1.2 CE9.2.1",
        "A.4.4) Runs that change anything else must be submitted to the moderators first (see",
        "A.4.3) for the list of allowed changes) and wait for their approval before being verified.",
    ]
    extracted = extract("rules.pdf", pdf_with_items([column(lines)]))
    items = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "list_item"]
    assert items == [
        "A.4.2) Players must record the whole run with the game audio audible to viewers at all times.",
        "A.4.3) The following changes to the resources of the game are allowed in every category:",
        "A.4.3.a) Using the older lava texture of the game on newer versions in any of the categories",
        "A.4.3.b) Changing the text of the credits screen shown after the final boss",
        "A.4.3.c) Changing the splash text of the title screen.",
        "A.4.4) Runs that change anything else must be submitted to the moderators first (see A.4.3) for the list of "
        "allowed changes) and wait for their approval before being verified.",
    ]
    assert paragraphs(extracted) == [
        "A.4.3 is referenced by: B.2.1 B.2.4 C.1.4 C.1.7 D.3.1 D.3.2 E.1.1 E.1.5 CE4.1.2 CE9.2.1"
    ]


def _pdf_with_measures(items: list[tuple[float, float, float, str, float | None]]) -> bytes:
    """A one-page PDF whose lines (left, baseline, type size, text, width) are each stretched to their width, as
    justified text is; a width of None leaves the line as it is set (a paragraph's last line)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    for left, baseline, size, text, width in items:
        line = _text_object(pdf, page, text, size, 0, 0)
        if width is not None:
            bounds = [ctypes.c_float() for _ in range(4)]
            pdfium_c.FPDFPageObj_GetBounds(line, *bounds)
            pdfium_c.FPDFPageObj_Transform(line, width / (bounds[2].value - bounds[0].value), 0, 0, 1, 0, 0)
        pdfium_c.FPDFPageObj_Transform(line, 1, 0, 0, 1, left, baseline)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_text_justified_beside_a_figure_is_one_paragraph() -> None:
    """LaTeX sets text beside a figure (wrapfigure) justified to a narrower measure: a line of it is full there, yet
    short against the page's full lines, and the handbook's "The Directors of Electromagnetic Field Ltd are Jonty" /
    "Wareing and Russ Garrett." was cut into two paragraphs at each such line."""
    full = [
        "The harbour archive keeps every ledger of the trading house in one room by the quay, and",
        "the clerks who look after it open the doors to visitors on the first day of every month.",
        "Anyone may read there, though nobody may take a ledger out of the room for any reason.",
        "The clerks write down the name of every reader in a book that is kept beside the door.",
    ]
    narrow = [
        "The keepers of the old archive are Mara",
        "Lindqvist and Tomas Berg. They answer for the",
        "ledgers in law and decide who may copy them,",
        "and they lend them to the clerks of other ports",
        "for a season at a time. Each of the keepers holds",
        "the only key to one of the two strong rooms.",
    ]
    items: list[tuple[float, float, float, str, float | None]] = [
        (72, 720 - 12 * n, 10, text, 468) for n, text in enumerate(full)
    ]
    items += [(72, 660 - 12 * n, 10, text, 216 if n < len(narrow) - 1 else None) for n, text in enumerate(narrow)]
    items.append((330, 640, 10, "ledgers", None))  # the figure's label, right of the text
    found = paragraphs(extract("archive.pdf", _pdf_with_measures(items)))
    assert found[:2] == [
        " ".join(full),
        "The keepers of the old archive are Mara Lindqvist and Tomas Berg. They answer for the ledgers in law and "
        "decide who may copy them, and they lend them to the clerks of other ports for a season at a time. Each of the "
        "keepers holds the only key to one of the two strong rooms.",
    ]


def test_a_tables_rows_set_in_from_the_text_end_before_the_paragraph_after_it() -> None:
    """A ruled table's rows set in from the text (LaTeX's tabular) with no paragraph's space after them: the
    paragraph after the table went on from its last row ("... Our central document store All admin communication
    ... is to be considered confidential"). A run of lines indented alike ends where the next line is back at the
    left edge."""
    text = [
        "Every volunteer of the harbour festival reads this guide before the first shift of the season, and",
        "the leads go through it again with the new volunteers on the evening before the gates open to all.",
    ]
    rows = [
        "Kind Where Notes",
        "Chat #harbour-crew on the festival server Invite only",
        "Mailing list https://lists.example.org/crew Everyone subscribes",
        "Tracker access given on request Used by some of the teams but not all",
        "Drive access given on request Our shared document store",
    ]
    after = "Everything said on the crew channels above is confidential unless the leads agree otherwise."
    items: list[Item] = [(72, 700 - 12 * n, 10, line) for n, line in enumerate(text)]
    items += [(78, 660 - 12 * n, 10, line) for n, line in enumerate(rows)]
    items.append((72, 595, 10, after))
    found = paragraphs(extract("crew.pdf", pdf_with_items([items])))
    assert found[-1] == after
    assert found[-2].endswith("Drive access given on request Our shared document store")


def test_numbered_items_that_read_like_titles_are_items_and_a_wrapped_one_is_whole() -> None:
    """A numbered item with no full stop ("1. Drafted the manuscript ...", the next one numbered 2 under it; "5. Who
    ..." after an item numbered 4) was a section's title that headed the chapters after it; one wrapping onto a line
    hung under its text in upper case ("... signed by ten percent of voting" / "Members may call ...") was cut in
    two. A numbered title in title case ("3. Terms of Office") stays a heading."""
    lines = [
        (72, 791, "Founded in the year the new lighthouse was first lit, the harbour society has met every"),
        (72, 778, "week since then, in good years and bad ones, with only a short pause during the long war"),
        (72, 765, "when its customs house was taken over by the navy as a store for the ropes of its ships."),
        (72, 752, "The society was founded by a group of harbour pilots who wanted a place to share their"),
        (72, 739, "charts, and it has grown since then into a club of several hundred members who meet in"),
        (72, 726, "the old customs house by the quay. Its members sail, row and study the tides together,"),
        (72, 713, "and they keep a small library of logbooks that any member may borrow for a month. The"),
        (72, 700, "society keeps its rules short, and each of them is set out below in full:"),
        (72, 676, "1. The Chair, the Secretary, or a petition signed by ten percent of voting"),
        (86, 663, "Members may call a special meeting at any time for any lawful purpose."),
        (72, 639, "2. The Secretary sends notice of the meeting to every member at once."),
        (72, 603, "You likely meet the bar for authorship if you did any of these things:"),
        (72, 579, "1. Drafted the manuscript (this warrants first authorship)"),
        (72, 555, "2. Came up with the idea or made other substantial intellectual"),
        (86, 542, "contributions that shaped the trajectory of the whole project"),
        (72, 518, "3. Ran the experiments and analysed their data in a careful way"),
        (72, 494, "4. Wrote the code that the study depends upon throughout"),
        (72, 470, "5. Who the potential candidates for authorship on the paper are"),
        (86, 446, "We draft papers together and share our progress on them every week."),
        (72, 410, "3. Terms of Office"),
        (72, 386, "Each officer serves for two years, and may serve again once after that."),
    ]
    pdf = pdf_with_items([[(left, baseline, 11, text) for left, baseline, text in lines]])
    extracted = extract("rules.pdf", pdf)
    headings = [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"]
    items = [" ".join(extracted.block_text(b).split()) for b in extracted.blocks if b.kind == "list_item"]
    assert headings == ["3. Terms of Office"]
    assert (
        "1. The Chair, the Secretary, or a petition signed by ten percent of voting Members may call a special "
        "meeting at any time for any lawful purpose." in items
    )
    assert "1. Drafted the manuscript (this warrants first authorship)" in items
    assert "5. Who the potential candidates for authorship on the paper are" in items
    assert "We draft papers together and share our progress on them every week." in paragraphs(extracted)


def test_margin_notes_are_paragraphs_of_their_own_after_the_text_beside_them() -> None:
    """A Tufte layout's margin notes (a lab manual): pdfium read a note's first line into the main column's line
    beside it ("... the following regularly scheduled meetings: NOTE: All lab meetings are hybrid: in"), the rest in
    the paragraph, and a word hyphenated there came out "Au- Authorship. thorship". A narrow column right of the
    main one, on each page, is notes: each a paragraph after the paragraph it stands beside."""
    first = [
        "Every member of the harbour society keeps a logbook of each trip out to sea and",
        "brings it to the meetings, where the others read it and mark what went well. We",
        "have the following regularly scheduled meetings:",
        "",
        "The society follows the guidelines of the harbour board for the credit of Au-",
        "thorship in writing up a voyage: whoever kept the logbook is named first, and the",
        "others who sailed are named after, in the order of their work on the authorship.",
    ]
    notes = {2: ["NOTE: All meetings are hybrid: in", "person at the quay or on a call."], 4: ["Authorship."]}
    pages = []
    # the other pages: lines of the main column (most of them end short of the margin), a note beside them
    words = ["tides", "ropes", "sails", "charts", "boats", "oars", "nets", "maps", "buoys"]
    for page in range(4):
        told = words[page * 3 - 3 : page * 3] * 2
        lines = (
            first
            if page == 0
            else [
                f"This part of the manual tells of the {word} and how to mind them, {n}." for n, word in enumerate(told)
            ]
        )
        items: list[Item] = []
        baseline = 700.0
        for row, text in enumerate(lines):
            if not text:
                baseline -= 12
                continue
            baseline -= 13
            items.append((72, baseline, 10, text))
            for offset, note in enumerate(notes.get(row, []) if page == 0 else []):
                items.append((466, baseline - 10 * offset, 8, note))
        if page:
            note = (
                f"A note on the {told[0]}",
                f"and the {told[1]}, set",
                f"in the margin by {told[0]}",
                f"beside the {told[2]}.",
            )
            for offset, part in enumerate(note):
                items.append((466, 680 - 10 * offset, 8, part))
        pages.append(items)
    extracted = extract("manual.pdf", pdf_with_items(pages))
    found = paragraphs(extracted)
    assert found[:2] == [
        "Every member of the harbour society keeps a logbook of each trip out to sea and brings it to the meetings, "
        "where the others read it and mark what went well. We have the following regularly scheduled meetings:",
        "NOTE: All meetings are hybrid: in person at the quay or on a call.",
    ]
    assert found[2].startswith(
        "The society follows the guidelines of the harbour board for the credit of Authorship in writing up a "
        "voyage: whoever kept the logbook is named first, and the others who sailed are named after, in the order of "
        "their work on the authorship."
    )
    assert found[3] == "Authorship."
    assert "A note on the nets and the maps, set in the margin by nets beside the buoys." in found


def _two_columns(
    left: list[str], right: list[str], size: float = 9.0, pitch: float = 11.0, top: float = 720.0
) -> list[Item]:
    """Two columns of lines side by side (a newsletter's, a tax form's instructions), drawn across the page a printed
    line at a time, the left column's line then the right's beside it: pdfium reads each pair as one line."""
    items: list[Item] = []
    for number in range(max(len(left), len(right))):
        baseline = top - pitch * number
        for x, lines in ((54.0, left), (316.0, right)):
            if number < len(lines) and lines[number]:
                items.append((x, baseline, size, lines[number]))
    return items


def test_columns_pdfium_reads_across_are_read_one_after_the_other() -> None:
    """The IRS 1040-NR instructions set three columns that pdfium reads across, each printed line of a column run into
    the lines beside it ("a. You have no income from a trade personal representative can be an payments, ..."):
    every sentence was cut and glued to another column's. The columns are read one after the other, top down, a
    paragraph going on from the foot of one column to the top of the next; a heading set across them stays between
    the text above it and the text under it."""
    left = [
        "The harbour office keeps the ledgers of every ship that",
        "comes into the port, and the clerks who write them up",
        "check each entry against the pilot's log before the",
        "master of the harbour signs the page at the end of",
        "the day.",
        "",
        "A trader who wants to read a ledger asks the clerk at",
        "the desk beside the archive door for the volume and",
        "then signs the register of loans that the clerk keeps",
    ]
    right = [
        "on the shelf behind the desk, writing the date and the",
        "name of the ship whose ledger was taken out that day.",
        "",
        "Ships that leave before dawn pay their berth dues to",
        "the night watch, who gives each captain a receipt and",
        "writes the ship's name into the book of departures so",
        "that the clerks can enter the dues in the ledgers on",
        "the next morning.",
    ]
    under = (
        ["A captain who loses the receipt pays the dues again", "unless the night watch remembers the ship and"],
        ["its master well enough to swear to the payment in", "front of the harbour master and the clerks."],
    )
    heading = "Fees For Late Returns Of Ledgers Borrowed From The Office"
    items = [*_two_columns(left, right), (54.0, 600.0, 12.0, heading), *_two_columns(*under, top=580.0)]
    extracted = extract("harbour.pdf", pdf_with_items([items]))
    assert paragraphs(extracted) == [
        " ".join(left[:5]),
        " ".join(left[6:] + right[:2]),
        " ".join(right[3:]),
        " ".join(under[0] + under[1]),
    ]
    assert [extracted.block_text(b) for b in extracted.blocks if b.kind == "heading"] == [heading]
    text = extracted.text
    assert text.index("the next morning.") < text.index(heading) < text.index("A captain who loses")


def test_a_justified_line_set_to_the_full_measure_goes_on_its_paragraph() -> None:
    """pdfium gives a LaTeX paper's lines broken after a hyphen as one (P14-1059, an ACL paper), which made a full
    line's usual length so long that lines beyond a paragraph's first read as short: "from this vector to accomplish
    true paraphrase" / "generation (as opposed to ...)" was cut in two, 27 such cuts in the paper. A line set to the
    full width at the page's justified edge, the next right under it and not indented, goes on its paragraph, also
    after a sentence's end."""
    ledger = [
        "The harbour clerks keep every ledger of the office in one long archive room, and the vol-",
        "umes stand on oak shelves that run along the north wall from the door to the win-",
        "dow, each shelf marked with the year of the ledgers it holds and the name of the clerk",
        "who wrote them in the years before the new harbour office was built by the quay.",
    ]
    dues = [
        "Ships that leave the harbour before dawn pay their berth dues to the night watch,",
        "who writes each of the receipts out in full.",
        "The clerks copy the receipts into the ledgers on the next morning and then",
        "file them.",
    ]
    items: list[tuple[float, float, float, str, float | None]] = []
    for text_lines in (ledger, ledger, dues, ledger):
        for number, text in enumerate(text_lines):  # LaTeX's first-line indent, no space between paragraphs
            last = number == len(text_lines) - 1
            left = 84.0 if number == 0 else 72.0
            items.append((left, 700.0 - 12 * len(items), 10.0, text, None if last else 540.0 - left))
    found = paragraphs(extract("dues.pdf", _pdf_with_measures(items)))
    assert " ".join(dues) in found
    assert sum(text.startswith("The harbour clerks keep") for text in found) == 3


def test_lines_under_a_quarter_point_apart_make_no_pitch_of_zero() -> None:
    """Each line printed twice, a fifth of a point lower (a shadow), the copies more often than not in a row: their
    gap rounds to a pitch of 0.0 half points, which `_paragraph_gap` divided by (ZeroDivisionError: the PDF was not
    read). The pitch is the lines' own, and every line's text is kept."""
    size, pitch, shadow = 11.0, 14.0, 0.2
    lines: list[_Line] = []
    for number in range(12):
        baseline = 700 - number * pitch
        text = f"The harbour ledger records loan number {number} of the season."
        lines.append(_Line(text, False, 1, box=_box(72, 400, baseline, size)))
        lines.append(_Line(text, False, 1, box=_box(72, 400, baseline - shadow, size)))
    gaps = [a.box.bottom - b.box.top for a, b in itertools.pairwise(lines) if a.box is not None and b.box is not None]
    assert sum(gap < 0.25 for gap in gaps) > len(gaps) / 2  # most gaps would round to 0.0
    found = _line_pitch(lines, size)
    assert found is not None and abs(found - (pitch - shadow)) <= 0.25  # to half a point
    builder = BlockBuilder()
    _add_paragraphs(builder, lines)
    text = builder.text()
    assert all(f"loan number {number} of" in text for number in range(12))


def test_a_wrapped_numbered_title_half_a_line_above_the_text_in_a_half_line_layout_is_a_title() -> None:
    """A word processor's PDF (trailing spaces at soft wraps) whose paragraphs stand half a line apart (18 points at
    a 12-point pitch): a numbered title wrapped onto a short second line, the text half a line under it, stood as a
    paragraph, for the title's end asked for the fixed 1.6 pitches, not the document's paragraph space
    (`_paragraph_gap`). Another numbered line whose short second line has the text right under it stays text."""
    size, pitch, space = 10.0, 12.0, 18.0
    lines: list[_Line] = []
    baseline = 740.0

    def add(text: str, wrapped: bool, gap: float) -> None:
        nonlocal baseline
        lines.append(_Line(text, wrapped, 1, box=_box(72, 72 + 5 * len(text), baseline, size)))
        baseline -= gap

    def paragraph(number: int) -> None:
        add(
            f"Ledger {number:03d} holds the loans of the harbour traders that the clerks wrote in the spring, and ",
            True,
            pitch,
        )
        add(f"the clerks keep ledger {number:03d} in the archive room until the harbour board reads it.", False, space)

    for number in range(11):
        paragraph(number)
    title = ("3.5 Keeping the Ledgers of the Harbour Traders in the Archive Room of the Harbour ", "Office")
    add(title[0], True, pitch)
    add(title[1], False, space)
    for number in range(11, 22):
        paragraph(number)
    sentence = ("4.2 The clerks lend the ledgers to the traders for a week and write each loan in the ", "Register")
    add(sentence[0], True, pitch)
    add(sentence[1], True, pitch)
    add("of the harbour office, which the board reads.", False, space)
    builder = BlockBuilder()
    _add_paragraphs(builder, lines)
    text = builder.text()
    blocks = [(block.kind, text[block.start : block.end]) for block in builder.blocks]
    assert ("heading", f"{title[0].rstrip()}\n{title[1]}") in blocks
    assert not any(kind == "heading" and sentence[1] in found for kind, found in blocks)
    assert any(kind == "paragraph" and found.startswith("4.2 The clerks") for kind, found in blocks)
