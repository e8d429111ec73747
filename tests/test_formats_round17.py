"""Format readers, issue 11 round 17: a LaTeX paper's numbered steps in a figure beside a numbered section, its
reference list's entries broken at an author's initial, an e-book's contents page set as headings, and a table row's
last cells cut off from the sentence before them. Each rule is checked on a made-up document of the same shape."""

from __future__ import annotations

from retrieval.ingest.document import read_document
from retrieval.ingest.formats import extract
from tests.test_formats import texts
from tests.test_formats_round15 import _Line, _pdf_of_lines

_BODY = "Times-Roman"


def _joined(items: list[str]) -> list[str]:
    return [" ".join(item.split()) for item in items]


# A paper's section 7 and, further down, a figure's numbered steps 1 to 8, the seventh a short line: the title and
# the step share the number 7.
_STEPS: list[_Line] = [
    [(_BODY, "6 Harbour Tolls")],
    [(_BODY, "The harbour board sets the tolls each spring and the clerks post them on the gate.")],
    [(_BODY, "7 Ledger compaction")],
    [(_BODY, "The ledger grows with every cart that passes, so the clerks copy it into a summary book.")],
    [(_BODY, "1. Reply at once if the summary book is older than the ledger page")],
    [(_BODY, "2. Open a new summary book if the first page is empty right now")],
    [(_BODY, "3. Write the totals into the summary book at the given page")],
    [(_BODY, "4. Wait for more pages if the clerk says that more are coming")],
    [(_BODY, "5. Seal the summary book and throw away any older summary book")],
    [(_BODY, "6. Keep the ledger pages after the last page that the summary covers")],
    [(_BODY, "7. Burn the whole ledger")],
    [(_BODY, "8. Read the summary book aloud at the next meeting of the board")],
]


def test_a_short_step_between_its_neighbours_is_an_item_and_the_section_it_shares_a_number_with_stays() -> None:
    """A figure's steps "6. Keep the ledger pages ..." / "7. Burn the whole ledger" / "8. Read ...": the short
    seventh, too short to read as a sentence, was taken for a numbered title, and then both it and the section
    "7 Ledger compaction" (a title numbered like it) were taken for rows and read as paragraphs: the section's text
    stood under section 6. A numbered line between the items numbered one less and one more is the list's step."""
    extracted = extract("paper.pdf", _pdf_of_lines(_STEPS))
    headings = _joined(texts(extracted, "heading"))
    assert headings == ["6 Harbour Tolls", "7 Ledger compaction"]
    items = _joined(texts(extracted, "list_item"))
    assert "7. Burn the whole ledger" in items
    assert len(items) == 8
    records = read_document("paper.pdf", _pdf_of_lines(_STEPS), 0).document.sentences
    section = {" ".join(r.text.split()): r.section for r in records if r.kind != "heading"}
    assert section["7. Burn the whole ledger"] == "7 Ledger compaction"
    assert section["The ledger grows with every cart that passes, so the clerks copy it into a summary book."] == (
        "7 Ledger compaction"
    )


# A two-column paper's reference list: each entry opens with its label, its authors' line ends in an initial.
_REFERENCES: list[_Line] = [
    [(_BODY, "References")],
    [(_BODY, "[1] ABBOTT, W. J., AND BRANDT, D. Ferry schedules for")],
    [(_BODY, "small harbours. Tech. Rep. 12, Harbour Board of the")],
    [(_BODY, "North Quay, 2001.")],
    [(_BODY, "[2] CARVER, L. J., AND ELLIS, F.")],
    [(_BODY, "Multicoordinated ferries. In Proc.")],
    [(_BODY, "HARB'07, Symposium on Principles of Harbour")],
    [(_BODY, "Management (2007), pp. 316-317.")],
    [(_BODY, "[3] FOSTER, T. D., AND GREY, J. Tolls made live: an")],
    [(_BODY, "engineering perspective. Harbour Review 4, 2 (2008).")],
]


def test_a_reference_entry_goes_on_after_a_line_ending_in_an_initial() -> None:
    """The line "[2] CARVER, L. J., AND ELLIS, F." is a short line ending in a full stop, as a paragraph's
    last line is: the entry ended there, its title and venue became paragraphs of their own, and the venue's line
    "HARB'07, Symposium on Principles of Harbour" (after "In Proc.") was read as a section's title. A line of a
    labelled entry ending in an initial or an abbreviation goes on to the next line that opens no entry."""
    extracted = extract("paper.pdf", _pdf_of_lines(_REFERENCES))
    assert not any(heading.startswith("HARB") for heading in _joined(texts(extracted, "heading")))
    paragraphs = _joined(texts(extracted, "paragraph"))
    assert paragraphs[-3:] == [
        "[1] ABBOTT, W. J., AND BRANDT, D. Ferry schedules for small harbours. Tech. Rep. 12, Harbour Board of the "
        "North Quay, 2001.",
        "[2] CARVER, L. J., AND ELLIS, F. Multicoordinated ferries. In Proc. HARB'07, Symposium on Principles of "
        "Harbour Management (2007), pp. 316-317.",
        "[3] FOSTER, T. D., AND GREY, J. Tolls made live: an engineering perspective. Harbour Review 4, 2 (2008).",
    ]


def test_a_line_ending_in_an_initial_outside_a_reference_list_still_ends_its_paragraph() -> None:
    """The rule is the reference entry's: a short paragraph line ending in a capital's full stop ("... the plan
    B.") still ends its paragraph."""
    lines: list[_Line] = [
        [(_BODY, "The harbour board met in spring and chose the plan B.")],
        [(_BODY, "The clerks wrote the new tolls on the board beside the gate for every trader to see.")],
    ]
    paragraphs = _joined(texts(extract("notes.pdf", _pdf_of_lines(lines)), "paragraph"))
    assert paragraphs == [
        "The harbour board met in spring and chose the plan B.",
        "The clerks wrote the new tolls on the board beside the gate for every trader to see.",
    ]


_CONTENTS_PAGE = """<html><head><title>Contents</title></head><body>
  <h1 class="heading">Table of Contents</h1>
  <h1 class="toc"><a href="harbour.xhtml">The Harbour and the Market</a></h1>
  <h1 class="toc"><a href="tolls.xhtml">The Tolls Must Be Paid</a></h1>
  <h1 class="toc"><a href="ledger.xhtml">Keeping the Ledger</a></h1>
</body></html>"""

_CHAPTER = """<html><head><title>Harbour</title></head><body>
  <h1><a href="#top">The Harbour and the Market</a></h1>
  <p>The harbour opens at dawn and the market follows it an hour later.</p>
  <h2><a href="https://example.org/tolls">The Tolls</a></h2>
  <p>Every cart pays a toll at the gate.</p>
</body></html>"""


def test_a_contents_page_set_as_linked_headings_holds_no_headings() -> None:
    """An e-book's contents page set as headings, each one a link to its chapter ('<h1 class="toc"><a
    href="tolls.xhtml">'): every chapter's name stood as a section over nothing, and the book's sections read
    twice. A heading that is only a link to another page, beside another such heading, is a contents entry."""
    contents = extract("contents.xhtml", _CONTENTS_PAGE.encode())
    assert _joined(texts(contents, "heading")) == ["Table of Contents"]
    assert _joined(texts(contents, "meta")) == [
        "The Harbour and the Market",
        "The Tolls Must Be Paid",
        "Keeping the Ledger",
    ]
    # a chapter's own headings stay, a permalink's or a lone link's alike
    chapter = extract("harbour.xhtml", _CHAPTER.encode())
    assert _joined(texts(chapter, "heading")) == ["The Harbour and the Market", "The Tolls"]


_TABLE = """<html><head><title>History</title></head><body><h1>Revision history</h1>
<table>
<tr><th>Revision</th><th>Description</th><th>Date</th></tr>
<tr><td>1.52</td><td>Added a parallel with the market. The clerks got it in 1965.</td><td>28th August 2000</td></tr>
<tr><td>1.20</td><td>Added the bibliography.</td><td>7th July 1997</td></tr>
<tr><td>1.10</td><td>First draft of the ledger rules.</td><td>Second draft of the toll rules.</td></tr>
</table></body></html>"""


def test_a_table_rows_last_cells_go_with_the_sentence_before_them() -> None:
    """A row "1.52 | Added a parallel with the market. The clerks got it in 1965. | 28th August 2000": the cell's
    last full stop ended a sentence, and the row's last cell was stored as a "sentence" of its own ("| 28th August
    2000"), with no words to say what it dates. Cells after a row's last sentence end go with that sentence."""
    records = read_document("history.html", _TABLE.encode(), 0).document.sentences
    rows = [" ".join(r.text.split()) for r in records if r.kind == "table_row"]
    assert "The clerks got it in 1965. | 28th August 2000" in rows
    assert "1.20 | Added the bibliography. | 7th July 1997" in rows
    assert not any(row.startswith("|") and not row.endswith((".", "!", "?")) for row in rows)
    # a cell holding a sentence of its own after a sentence's end still parts them
    assert "1.10 | First draft of the ledger rules." in rows


# An installation guide's chapter 1: a list of four platforms, each a short line numbered like a chapter's title.
_PLATFORMS: list[_Line] = [
    [(_BODY, "1. Introduction")],
    [(_BODY, "The harbour ledger runs on the platforms that the board supports, listed here:")],
    [(_BODY, "1. Harbour Linux version 5 and 6")],
    [(_BODY, "2. QuayOS versions 5 and 6")],
    [(_BODY, "3. Ferry Stable 7.0 (Wheezy)")],
    [(_BODY, "4. Market 12.04 LTS (Precise)")],
    [(_BODY, "If your platform is not listed above, the board does not support it, and the clerks may not help.")],
    [(_BODY, "2. Requirements")],
    [(_BODY, "The ledger needs a database server and a mail relay on the same machine as the gate.")],
]


def test_short_numbered_lines_one_after_the_other_are_a_list_not_titles() -> None:
    """ "1. Harbour Linux version 5 and 6" / "2. QuayOS versions 5 and 6" / "3. Ferry ..." / "4. Market ...": too short
    to read as sentences, each was taken for a numbered title, and then, numbered as chapters 1 and 2 are, demoted to
    paragraphs (or, the last one, left a chapter "4." over the text after it). Three lines numbered one after the
    other, aligned, are a list; so is the next one after them, where the next chapter would be numbered otherwise."""
    extracted = extract("guide.pdf", _pdf_of_lines(_PLATFORMS))
    assert _joined(texts(extracted, "heading")) == ["1. Introduction", "2. Requirements"]
    assert _joined(texts(extracted, "list_item")) == [
        "1. Harbour Linux version 5 and 6",
        "2. QuayOS versions 5 and 6",
        "3. Ferry Stable 7.0 (Wheezy)",
        "4. Market 12.04 LTS (Precise)",
    ]


def test_a_copyright_notice_read_as_a_title_is_no_section() -> None:
    """A manual's cover: "Copyright 2013 Harbour Board Ltd" set on a line of its own after a sentence, like a title,
    was the section of the licence and version lines under it. A heading that is a copyright notice is meta."""
    lines: list[_Line] = [
        [(_BODY, "The Harbour Ledger Guide")],
        [(_BODY, "This guide holds all that is needed to install and run the harbour ledger at the gate.")],
        [(_BODY, "It is kept by the clerks.")],
        [("Times-Bold", "Copyright 2013 Harbour Board Ltd")],
        [(_BODY, "This guide is licensed under the same licence as the harbour ledger itself, as the board says.")],
        [(_BODY, "Version 10 June 2013")],
        [(_BODY, "Each clerk keeps a copy.")],
    ]
    extracted = extract("guide.pdf", _pdf_of_lines(lines))
    assert "Copyright 2013 Harbour Board Ltd" not in _joined(texts(extracted, "heading"))
    assert "Copyright 2013 Harbour Board Ltd" in _joined(texts(extracted, "meta"))


def test_contents_entries_numbered_one_after_the_other_are_no_list() -> None:
    """A contents page's entries numbered 1, 2, 3, each ending in its page number ("1. Tolls: 6" / "2. Dues: 6" /
    "3. Fines of the Harbour 7"), are not the list of three numbered lines (`_numbered_list_item`): their page numbers
    tell them from a list's steps, and read as items they stood as answers."""
    lines: list[_Line] = [
        [(_BODY, "The harbour rules are set out below, and each clerk keeps a copy of them at the gate.")],
        [(_BODY, "1. Tolls: 6")],
        [(_BODY, "2. Dues: 6")],
        [(_BODY, "3. Fines of the Harbour 7")],
        [(_BODY, "The clerks read the rules out at the spring meeting of the board each year in the hall.")],
    ]
    extracted = extract("rules.pdf", _pdf_of_lines(lines))
    assert not texts(extracted, "list_item")
