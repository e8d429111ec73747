"""Format readers, issue 11 round 16: hardware user manuals made by word processors (3D printer boards' manuals from
Word, a sound board's guides from LibreOffice Writer), whose section titles stand on lines of their own, set like the
text or numbered like steps. Their PDFs carry an outline (bookmarks, one for each heading) that names every title on
its page: each rule is checked on a made-up PDF of the same shape, with and without the outline."""

from __future__ import annotations

import re

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts
from tests.test_formats_round15 import _Line, _pdf_of_lines

_BODY = "Helvetica"


def _with_outline(data: bytes, titles: list[tuple[str, int]]) -> bytes:
    """`data` (a one-page PDF pdfium saved) with an outline of `titles` (title, depth from 0), each pointing at the
    page, added as an incremental update: the catalog again with /Outlines, the items, a new xref and trailer."""
    size = int(re.search(rb"/Size (\d+)", data).group(1))  # type: ignore[union-attr]
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))  # type: ignore[union-attr]
    catalog = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % root, data, re.DOTALL).group(1)  # type: ignore[union-attr]
    page = int(re.search(rb"/Kids\s*\[\s*(\d+) 0 R", data).group(1))  # type: ignore[union-attr]
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    outlines = size
    items = list(range(size + 1, size + 1 + len(titles)))
    parents: list[int] = []  # per item: its parent's object number
    children: dict[int, list[int]] = {outlines: []}
    stack = [outlines]
    for number, (_, depth) in zip(items, titles, strict=True):
        del stack[depth + 1 :]
        parents.append(stack[-1])
        children[stack[-1]].append(number)
        children[number] = []
        stack.append(number)

    def family(number: int) -> bytes:
        kids = children[number]
        return b"/First %d 0 R /Last %d 0 R /Count %d" % (kids[0], kids[-1], len(kids)) if kids else b""

    objects = {
        outlines: b"<</Type/Outlines " + family(outlines) + b">>",
        root: b"<<" + catalog + b" /Outlines %d 0 R>>" % outlines,
    }
    for number, parent, (title, _) in zip(items, parents, titles, strict=True):
        siblings = children[parent]
        place = siblings.index(number)
        links = b"".join(
            [
                b" /Prev %d 0 R" % siblings[place - 1] if place else b"",
                b" /Next %d 0 R" % siblings[place + 1] if place + 1 < len(siblings) else b"",
            ]
        )
        objects[number] = b"<</Title (%s) /Parent %d 0 R /Dest [%d 0 R /XYZ null null null]%s %s>>" % (
            title.encode("latin-1"),
            parent,
            page,
            links,
            family(number),
        )
    update = bytearray(b"\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(data) + len(update)
        update += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(data) + len(update)
    update += b"xref\n"
    for number in sorted(objects):
        update += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    update += b"trailer\n<</Size %d /Root %d 0 R /Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (
        items[-1] + 1,
        root,
        start,
        xref,
    )
    return data + bytes(update)


# A board's manual as a word processor sets it: every line in the body's face and size, titles on lines of their own,
# one numbered like its chapter ("3.2"), one not numbered at all, steps numbered "1." to "3.".
_MANUAL: list[_Line] = [
    [(_BODY, "3 Connecting the Board")],
    [(_BODY, "The harbour controller takes its power from the screw terminal beside the fuse.")],
    [(_BODY, "3.1 Power Input")],
    [(_BODY, "Use a supply of twelve or twenty-four volts that gives at least five amperes.")],
    [(_BODY, "3.2 Thermistor Jumper Settings")],
    [(_BODY, "Plug a jumper cap on the pull-up pins when the probe is a platinum sensor.")],
    [(_BODY, "Leave the pins open for the usual glass bead thermistor.")],
    [(_BODY, "Updating the Firmware")],
    [(_BODY, "1. Press and hold the boot button on the board.")],
    [(_BODY, "2. Click the reset button to enter the update mode.")],
    [(_BODY, "3. Copy the new image onto the drive that appears.")],
    [(_BODY, "Safety Notes")],
    [(_BODY, "Never wire the heater cartridge while the supply is switched on.")],
]
_OUTLINE = [
    ("3 Connecting the Board", 0),
    ("3.1 Power Input", 1),
    ("3.2 Thermistor Jumper Settings", 1),
    ("Updating the Firmware", 0),
    ("Safety Notes", 0),
]


def _sections(data: bytes) -> dict[str, str]:
    """Each sentence's section path, by the sentence."""
    records = read_document("board-manual.pdf", data, 0).document.sentences
    return {" ".join(record.text.split()): record.section for record in records if record.kind != "heading"}


def test_the_titles_an_outline_names_on_their_own_lines_are_headings() -> None:
    """A title set like the text on a line of its own ("3.2 Thermistor Jumper Settings" after a sentence, the
    unnumbered "Safety Notes" after a step) was read as a line of the paragraph or the list before it, so its text
    stood under the section before. The PDF's outline names it on its page: it is a heading."""
    data = _pdf_of_lines(_MANUAL)
    marked = _with_outline(data, _OUTLINE)
    headings = [" ".join(text.split()) for text in texts(extract("board-manual.pdf", marked), "heading")]
    assert headings == [title for title, _ in _OUTLINE]
    sections = _sections(marked)
    assert sections["Leave the pins open for the usual glass bead thermistor."] == SECTION_SEPARATOR.join(
        ["3 Connecting the Board", "3.2 Thermistor Jumper Settings"]
    )
    assert sections["Never wire the heater cartridge while the supply is switched on."] == "Safety Notes"
    # without the outline the same lines leave titles unread, so these sections come from it
    plain = _sections(data)
    assert plain["Never wire the heater cartridge while the supply is switched on."] != "Safety Notes"


def test_a_numbered_step_the_outline_does_not_name_stays_a_step() -> None:
    """The steps under a title the outline names are its list, not sections: the text after the steps stands under
    the next title the outline names, not under the last step ("5. I'm Online, What Can I Do Now?" swallowed the
    rest of a handbook)."""
    marked = _with_outline(_pdf_of_lines(_MANUAL), _OUTLINE)
    steps = [" ".join(text.split()) for text in texts(extract("board-manual.pdf", marked), "list_item")]
    assert steps == [
        "1. Press and hold the boot button on the board.",
        "2. Click the reset button to enter the update mode.",
        "3. Copy the new image onto the drive that appears.",
    ]
    sections = _sections(marked)
    assert sections["2. Click the reset button to enter the update mode."] == "Updating the Firmware"
    assert sections["Never wire the heater cartridge while the supply is switched on."] == "Safety Notes"


def test_a_title_wrapped_onto_two_lines_is_one_heading() -> None:
    """A title the outline names that the page wraps onto a second line is one heading of both lines."""
    lines: list[_Line] = [
        [(_BODY, "The board reads its settings from the card at every start.")],
        [(_BODY, "Choosing the Communication Interface for the")],
        [(_BODY, "Printer Host")],
        [(_BODY, "The host talks to the board over the serial port or over the bus.")],
    ]
    marked = _with_outline(_pdf_of_lines(lines), [("Choosing the Communication Interface for the Printer Host", 0)])
    headings = [" ".join(text.split()) for text in texts(extract("host.pdf", marked), "heading")]
    assert headings == ["Choosing the Communication Interface for the Printer Host"]
    assert _sections(marked)["The host talks to the board over the serial port or over the bus."] == (
        "Choosing the Communication Interface for the Printer Host"
    )


def test_an_outline_title_inside_a_sentence_is_no_heading() -> None:
    """A line that reads as an outline's title but goes on a sentence the line before left open (a word
    processor's soft wrap, its line ending in a space) is part of that sentence."""
    lines: list[_Line] = [
        [(_BODY, "Before you wire anything, read the chapter called ")],
        [(_BODY, "Safety Notes")],
        [(_BODY, "at the end, and keep it near the bench while the ")],
        [(_BODY, "board is powered, as the maker asks every owner to do.")],
        [(_BODY, "The board draws little current when it sits idle.")],
        [(_BODY, "Safety Notes")],
        [(_BODY, "Never wire the heater cartridge while the supply is switched on.")],
    ]
    marked = _with_outline(_pdf_of_lines(lines), [("Safety Notes", 0)])
    extracted = extract("wiring.pdf", marked)
    assert [" ".join(text.split()) for text in texts(extracted, "heading")] == ["Safety Notes"]
    paragraphs = [" ".join(text.split()) for text in texts(extracted, "paragraph")]
    assert paragraphs[0].startswith("Before you wire anything, read the chapter called Safety Notes")
    sections = _sections(marked)
    assert sections["The board draws little current when it sits idle."] == ""
    assert sections["Never wire the heater cartridge while the supply is switched on."] == "Safety Notes"


def test_a_numbered_row_of_register_codes_is_no_chapter() -> None:
    """A register table's rows open with the register's number ("59 PPM7 PPM6 ... PPM0 0x00"): the last row before a
    page's end was read as chapter 59's title, and every section after the table (waveforms, envelopes, speech)
    stood under it (each row's group, "PATCH3", set in the next column, read as the line after it). A numbered
    line whose words are codes that each hold a digit is a row, not a title."""
    lines: list[_Line] = [
        [(_BODY, "Register Summary")],
        [(_BODY, "Bit 7 Bit 6 Bit 5 Bit 4 Bit 3 Bit 2 Bit 1 Bit 0 Default")],
        [(_BODY, "57 PPM7 PPM6 PPM5 PPM4 PPM3 PPM2 PPM1 PPM0 0x00")],
        [(_BODY, "PATCH3")],
        [(_BODY, "58 PDN1 PDN0 PSC1 PSC0 PTY3 PTY2 PTY1 PTY0 0x00")],
        [(_BODY, "PATCH4")],
        [(_BODY, "59 PPM7 PPM6 PPM5 PPM4 PPM3 PPM2 PPM1 PPM0 0x00")],
        [(_BODY, "Waveforms")],
        [(_BODY, "Each oscillator waveform is set by thirty-two bits spread across four registers.")],
    ]
    extracted = extract("registers.pdf", _pdf_of_lines(lines))
    headings = [" ".join(text.split()) for text in texts(extracted, "heading")]
    assert not any(heading.startswith(("57 ", "58 ", "59 ")) for heading in headings)
    section = _sections(_pdf_of_lines(lines))[
        "Each oscillator waveform is set by thirty-two bits spread across four registers."
    ]
    assert "59" not in section
