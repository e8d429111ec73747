"""Format readers, issue 11 round 13: a law as the U.S. Government Publishing Office's text editions print it
(govinfo.gov's "TEXT" rendition of Public Law 107-56, a `<pre>` page; the same layout in a `.txt`): page markers,
margin notes, capitalised section headings and the law's table of contents. The excerpts are the law's own words (a
U.S. government work, in the public domain), shortened."""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
import pytest

from retrieval.ingest.document import document_records, document_title
from retrieval.ingest.formats import extract
from retrieval.models import SECTION_SEPARATOR
from tests.test_formats import texts
from tests.test_formats_round8 import _assert_verbatim
from tests.test_pdf_layout import column, paragraphs, pdf_with_items

_LAW = """\
[107th Congress Public Law 56]
[From the U.S. Government Printing Office]


[[Page 115 STAT. 272]]

Public Law 107-56
107th Congress

                                 An Act



 To deter and punish terrorist acts in the United States and around the
  world, to enhance law enforcement investigatory tools, and for other
            purposes. <<NOTE: Oct. 26, 2001 -  [H.R. 3162]>>

    Be it enacted by the Senate and House of Representatives of the
United States of America <<NOTE: Uniting and Strengthening America by
Providing Appropriate Tools Required to Intercept and Obstruct Terrorism
(USA PATRIOT ACT) Act of 2001.>> in Congress assembled,

SECTION 1. SHORT TITLE AND TABLE OF CONTENTS.

    (a) Short <<NOTE: 18 USC 1 note.>> Title.--This Act may be cited as
the ``Uniting and Strengthening America by Providing Appropriate Tools
Required to Intercept and Obstruct Terrorism (USA PATRIOT ACT) Act of
2001''.

    (b) Table of Contents.--The table of contents for this Act is as
follows:

                  TITLE II--ENHANCED SURVEILLANCE PROCEDURES

Sec. 201. Authority to intercept wire, oral, and electronic
           communications relating to terrorism.
Sec. 203. Authority to share criminal investigative information.
Sec. 205. Employment of translators by the Federal Bureau of
           Investigation.

              TITLE II--ENHANCED SURVEILLANCE PROCEDURES

SEC. 201. AUTHORITY TO INTERCEPT WIRE, ORAL, AND ELECTRONIC
            COMMUNICATIONS RELATING TO TERRORISM.

    Section 2516(1) of title 18, United States Code, is amended--
            (1) by redesignating paragraph (p), as so redesignated by
        section 434(2) of the Antiterrorism and Effective Death Penalty
        Act of 1996, as paragraph (r); and

SEC. 203. AUTHORITY TO SHARE CRIMINAL INVESTIGATIVE INFORMATION.

    (c) Procedures.--The <<NOTE: 18 USC 2517 note.>> Attorney General
shall establish procedures for the disclosure of information pursuant to
section 2517(6)

[[Page 115 STAT. 281]]

and Rule 6(e)(3)(C)(i)(V) of the Federal Rules of Criminal Procedure
that identifies a United States person.

SEC. 205. EMPLOYMENT OF TRANSLATORS BY THE FEDERAL BUREAU OF
            INVESTIGATION.

    (a) Authority.--The Director of the Federal Bureau of Investigation
is authorized to hire translators to support counterterrorism
investigations and operations.

    Chapter 119 of title 18, United States Code, is amended--

            (1) in section 2510, by striking paragraph (12).

[[Page 115 STAT. 282]]

    (c) Report.--The Attorney General shall report to the Committees on
the Judiciary of the House of Representatives and the Senate.
"""


def _law(name: str) -> object:
    data = _LAW.encode() if name.endswith(".txt") else f"<html><body><pre>{_escape(_LAW)}</pre></body></html>".encode()
    return extract(name, data)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_a_laws_page_markers_and_margin_notes_are_not_text() -> None:
    """ "[[Page 115 STAT. 281]]" marks a printed page's start, in the middle of a paragraph too: it was two
    "sentences" ("[[Page 115 STAT." and "281]]") and cut the paragraph it stood in. "<<NOTE: 18 USC 1 note.>>" is the
    margin's note, printed inside the sentence it sits beside."""
    for name in ("publ056.txt", "publ056.htm"):
        extracted = _law(name)
        assert "[[Page" not in extracted.text and "<<NOTE" not in extracted.text
        paragraphs = [" ".join(text.split()) for text in texts(extracted, "paragraph")]
        assert (
            "(c) Procedures.--The Attorney General shall establish procedures for the disclosure of information "
            "pursuant to section 2517(6) and Rule 6(e)(3)(C)(i)(V) of the Federal Rules of Criminal Procedure that "
            "identifies a United States person."
        ) in paragraphs
        assert any(p.startswith("(a) Short Title.--This Act may be cited as") for p in paragraphs)
        # a page break after a sentence's end still ends the paragraph
        assert any(p.startswith("(c) Report.--") for p in paragraphs)
        _assert_verbatim(extracted)  # type: ignore[arg-type]


def test_a_laws_capitalised_sections_are_headings_and_its_contents_are_not_answers() -> None:
    """ "SEC. 203. AUTHORITY TO SHARE ..." (perhaps wrapped onto a second line) was two sentences, its label and its
    name; the table of contents ("Sec. 203. Authority to share ...", one entry a line) ran together into one
    paragraph. A sentence that names a chapter ("Chapter 119 of title 18 ... is amended--") is not a chapter's
    heading."""
    extracted = _law("publ056.txt")
    headings = [" ".join(text.split()) for text in texts(extracted, "heading")]
    assert (
        "SEC. 201. AUTHORITY TO INTERCEPT WIRE, ORAL, AND ELECTRONIC COMMUNICATIONS RELATING TO TERRORISM." in headings
    )
    assert "SEC. 203. AUTHORITY TO SHARE CRIMINAL INVESTIGATIVE INFORMATION." in headings
    assert "SECTION 1. SHORT TITLE AND TABLE OF CONTENTS." in headings
    assert not any(h.startswith("Chapter 119") for h in headings)
    records = document_records(extracted)  # type: ignore[arg-type]
    answers = [r.text for r in records if r.kind != "heading"]
    assert not any(text.startswith(("Sec. 2", "SEC. 2")) for text in answers)
    assert any(text.startswith("Chapter 119 of title 18") for text in answers)
    report = next(r for r in records if r.text.startswith("(a) Authority.--"))
    assert report.section.endswith(
        SECTION_SEPARATOR + "SEC. 205. EMPLOYMENT OF TRANSLATORS BY THE FEDERAL BUREAU OF INVESTIGATION."
    )


def _body(words: str, count: int) -> list[str]:
    """`count` lines of body text, the last one ending the paragraph; each wrapped line keeps its wrap's space, as
    layout programs write them."""
    return [f"{words} line {n} of the harbour report goes on " for n in range(count - 1)] + [f"{words} ends here."]


def test_text_off_the_page_is_not_read() -> None:
    """A spread exported page by page (an annual report from InDesign) holds the whole spread's text on each of its
    two pages, half of it off the page's box: every sentence was read twice, once under the wrong page. A print
    file's slug under the page ("report_2031.indd 12") is off it too."""
    left_half = [(72.0, 700.0 - 14 * n, 10.0, text) for n, text in enumerate(_body("The west quay", 4))]
    right_half = [(72.0, 700.0 - 14 * n, 10.0, text) for n, text in enumerate(_body("The east quay", 4))]
    shifted = [(left - 612, base, size, text) for left, base, size, text in left_half]
    spread_right = [(left + 612, base, size, text) for left, base, size, text in right_half]
    slug = [(72.0, -30.0, 8.0, "harbour_report_2031.indd 12 03/04/31 10:15")]
    data = pdf_with_items([left_half + spread_right + slug, shifted + right_half + slug])
    extracted = extract("spread.pdf", data)
    found = [(extracted.block_text(b), b.page) for b in extracted.blocks if b.kind == "paragraph"]
    texts_only = [" ".join(text.split()) for text, _ in found]
    assert sum(text.startswith("The west quay") for text in texts_only) == 1
    assert sum(text.startswith("The east quay") for text in texts_only) == 1
    assert [page for text, page in found if text.startswith("The east quay")] == [2]
    assert not any("indd" in text for text in texts_only)


def test_lines_set_large_on_their_own_pitch_are_one_paragraph() -> None:
    """A pull quote set in 18 points, 22 apart, stood farther apart than the body's paragraph space (body 10 on 12):
    each of its lines was a paragraph of its own ("I would like the story of" / "the harbour to be told")."""
    body_lines = column(_body("The harbour office", 12), top=720, pitch=12, size=10)
    # as a layout program writes them, each wrapped line keeps its wrap's space
    quote = ["We would like the story of ", "the harbour to be told in a ", "book with no final chapter."]
    quote_items = [(72.0, 520.0 - 22 * n, 18.0, text) for n, text in enumerate(quote)]
    after = column(_body("The pier master", 6), top=420, pitch=12, size=10)
    extracted = extract("quote.pdf", pdf_with_items([body_lines + quote_items + after]))
    assert "We would like the story of the harbour to be told in a book with no final chapter." in paragraphs(extracted)
    assert any(p.startswith("The pier master") for p in paragraphs(extracted))


def test_a_page_opened_by_its_only_top_heading_is_titled_by_it() -> None:
    """An mdBook chapter's page opens with "## Storing UTF-8 Encoded Text with Strings" and has no "#" heading: its
    title was the file's name ("ch08-02-strings"). A page whose first heading has a sibling names no page by it."""
    page = "## Storing Text with Strings\n\nWe talked about strings before.\n\n### Creating a String\n\nMany ways.\n"
    extracted = extract("ch08-02-strings.md", page.encode())
    assert document_title(extracted, "ch08-02-strings") == "Storing Text with Strings"
    records = document_records(extracted, document_title(extracted, "ch08-02-strings"))
    assert next(r for r in records if r.text == "Many ways.").section == "Creating a String"
    two = "## Install\n\nRun the installer.\n\n## Upgrade\n\nRun it again.\n"
    assert document_title(extract("setup.md", two.encode()), "setup") == "setup"
    late = "Some words first, in a paragraph.\n\n## Install\n\nRun the installer.\n"
    assert document_title(extract("notes.md", late.encode()), "notes") == "notes"


def test_a_line_joined_to_a_broken_docket_number_ends_where_its_last_part_does() -> None:
    """The Federal Register breaks a docket number at a line's end ("Since AD 2018–" / "23–51 was issued, the agency
    has"): joined, the line kept its first part's place, so the next line stood two lines below it, a paragraph's
    space, and the sentence was cut ("... the agency has" / "determined that final ...")."""
    lines = [
        "The FAA proposes to supersede the directive for all of the Model 737–8 ",
        "airplanes that the harbour airline flies on its northern routes. Since AD 2018–",
        "23–51 was issued, the agency has ",
        "determined that final corrective action is necessary to address the ",
        "unsafe condition.",
    ]
    extracted = extract("register.pdf", pdf_with_items([column(lines, pitch=10, size=9)]))
    assert paragraphs(extracted) == [
        "The FAA proposes to supersede the directive for all of the Model 737–8 airplanes that the harbour airline "
        "flies on its northern routes. Since AD 2018–23–51 was issued, the agency has determined that final "
        "corrective action is necessary to address the unsafe condition."
    ]


def test_a_reference_lists_address_line_running_on_into_the_next_entries_is_no_answer() -> None:
    """In a two-column paper's reference list, an entry's address on a line of its own ran on into the entries after
    it ("https://github.com/a/b [Kar15a] A. Karpathy, ..."): not led by a citation key, it was quoted as text."""
    page = (
        "# Notes\n\nThe harbour model learns the tides from the logs.\n\n## References\n\n"
        "[Joh16] J. Johnson, “harbour-style,” GitHub, Jan. 2016. [Online]. Available:\n\n"
        "https://github.com/example/harbour-style [Kar15a] A. Karpathy, “tide-rnn,” GitHub, Nov. 2015.\n"
    )
    extracted = extract("notes.md", page.encode())
    assert texts(extracted, "paragraph") == ["The harbour model learns the tides from the logs."]


def test_a_bullet_in_a_picture_font_is_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    """A textbook's bullets set in Wingdings 2 and 3 with no Unicode mapping come out as the letters of their codes
    ("y Prescrire ...", "Ê Savoir ...", "¢ Sang ..."): each item read as a paragraph opening with a stray letter.
    pdfium names the font of each character; the real font query answers for every character but the bullets."""
    lines = ["Objectives of the harbour course:", "y Read the tide tables of the port.", "y Moor a boat at the quay."]
    data = pdf_with_items([column(lines, pitch=14, size=10)])
    real = pdfium_c.FPDFText_GetFontInfo

    def font_info(textpage: object, index: int, buffer: object, length: int, flags: object) -> int:
        count = real(textpage, index, buffer, length, flags)
        text = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if chr(text) == "y" and pdfium_c.FPDFText_GetUnicode(textpage, index + 1) == ord(" "):
            ctypes.memmove(buffer, b"FEFTMW+Wingdings2\x00", 18)  # as the textbook's subset font is named
        return int(count)

    monkeypatch.setattr(pdfium_c, "FPDFText_GetFontInfo", font_info)
    extracted = extract("course.pdf", data)
    assert texts(extracted, "list_item") == ["Read the tide tables of the port.", "Moor a boat at the quay."]


def test_a_block_of_figures_only_is_no_answer() -> None:
    """A court transcript numbers its lines down the margin ("10" to "25" on each page: 16 "sentences" on one page),
    a thesis numbers its equations ("(1.11)") and sets tables of figures ("0.25 35.8 %"): blocks of figures, no
    word, never an answer. Two digits in a row made them pass for words."""
    prose = column(_body("The harbour master", 4), top=700, pitch=12, size=10)
    figures = [(72.0, 560.0, 10.0, "(1.11)"), (72.0, 520.0, 10.0, "0.25 35.8 %"), (72.0, 480.0, 10.0, "17")]
    after = column(_body("The pier clerk", 3), top=440, pitch=12, size=10)
    extracted = extract("transcript.pdf", pdf_with_items([prose + figures + after]))
    assert [p.split()[1] for p in paragraphs(extracted)] == ["harbour", "pier"]
