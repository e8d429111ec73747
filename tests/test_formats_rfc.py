"""Plain-text specifications laid out as IETF RFCs (issue 11): page headers and footers with and without form feeds, a
header block and a centred title, a command's usage block (labels, statuses, exchanges, syntax lines) and lists of
reply codes. Excerpts of RFC 3501 (IMAP), RFC 959 (FTP) and RFC 5321 (SMTP) as projects vendor them
(tests/data/formats/README.md)."""

from __future__ import annotations

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import SentenceRecord, document_records
from retrieval.ingest.formats import extract
from retrieval.ingest.formats.blocks import collapse_space
from retrieval.ingest.formats.plain import _next_chunk, _opens_prose, _opens_subsection, plain_text
from retrieval.ingest.structure import ExtractedText
from tests.files import FORMATS
from tests.test_formats import texts


def _read(name: str) -> tuple[ExtractedText, list[SentenceRecord]]:
    extracted = extract(name, (FORMATS / name).read_bytes())
    records = document_records(extracted, extracted.title)
    for record in records:  # every record is the slice of the extracted text at its offsets
        assert collapse_space(extracted.text[record.start : record.end]).strip() == record.text
    return extracted, records


def _raw_lines(name: str, marker: str) -> list[str]:
    """The file's lines holding `marker`, stripped: what the document itself says, to compare records with."""
    return [line.strip() for line in (FORMATS / name).read_text().splitlines() if marker in line]


def test_pages_without_form_feeds_lose_their_header_and_footer() -> None:
    """RFC 3501 as a repository keeps it has no form feeds: every page's footer ("Crispin   Standards Track   [Page
    24]") was a sentence, its header ("RFC 3501   IMAPv4   March 2003") a heading over the next page, and a paragraph
    broken by a page a sentence cut in two."""
    name = "rfc3501_excerpt.txt"
    assert "\f" not in (FORMATS / name).read_text()
    footers = _raw_lines(name, "[Page ")
    assert len(footers) >= 3
    extracted, records = _read(name)
    assert not [r for r in records if "[Page" in r.text or "Standards Track" in r.text or "March 2003" in r.text]
    assert not [r for r in records if "RFC 3501" in r.section]
    # the sentence that runs from page 5 onto page 6
    sentence = next(r.text for r in records if r.text.startswith("A full discussion of compatibility"))
    assert sentence.endswith("this document is primarily of historical interest.")
    assert "[IMAP-HISTORICAL]" in sentence
    assert extracted.title == "INTERNET MESSAGE ACCESS PROTOCOL - VERSION 4rev1"


def test_two_line_page_header_is_furniture() -> None:
    """RFC 959's pages open with two header lines ("RFC 959   October 1985" over "File Transfer Protocol"): the
    second one was a paragraph of its own on every page. Its title, in capitals under the header block, was a line of
    the title page and "Status of this Memo" the document's title."""
    name = "rfc959_excerpt.txt"
    extracted, records = _read(name)
    assert _raw_lines(name, "File Transfer Protocol")  # the header's second line is there, on every page
    assert not [r for r in records if r.text == "File Transfer Protocol" or "October 1985" in r.text]
    assert extracted.title == "FILE TRANSFER PROTOCOL (FTP)"
    assert texts(extracted, "heading")[:2] == ["FILE TRANSFER PROTOCOL (FTP)", "Status of this Memo"]


def test_reply_codes_are_list_items() -> None:
    """A list of reply codes, one a line ("200 Command okay.", a code's explanation indented under it), was one
    paragraph: "200 Command okay. 500 Syntax error ..." ran into one another. Each code is an item of its own, under
    its section."""
    name = "rfc959_excerpt.txt"
    extracted, records = _read(name)
    items = {r.text: r for r in records if r.kind == "list_item"}
    codes = [line for line in _raw_lines(name, " ") if line[:3].isdigit() and line[3:4] == " "]
    assert len(codes) >= 20
    item_lines = {item.split("\n")[0] for item in texts(extracted, "list_item")}
    assert set(codes) <= item_lines
    restart = next(text for text in items if text.startswith("110 Restart marker reply."))
    assert restart == "110 Restart marker reply."  # its explanation is the item's next sentence, not run into it
    okay = [r.section for r in records if r.text == "200 Command okay."]  # listed by function, then by number
    assert [section.split(" › ")[-1] for section in okay] == [
        "4.2.1 Reply Codes by Function Groups",
        "4.2.2 Numeric Order List of Reply Codes",
    ]
    assert not [b for b in extracted.blocks if b.kind == "paragraph" and extracted.block_text(b).startswith("200 ")]


def test_reply_codes_set_apart_by_blank_lines_are_items_not_headings() -> None:
    """RFC 5321 sets each reply code apart by a blank line ("   211  System status, or system help reply"): five of
    them, standing alone, were taken for section headings, and the codes under them their sections' text."""
    name = "rfc5321_excerpt.txt"
    assert "\f" in (FORMATS / name).read_text()
    extracted, records = _read(name)
    headings = [collapse_space(h) for h in texts(extracted, "heading")]
    assert not [h for h in headings if h[:3].isdigit()]
    items = [r for r in records if r.kind == "list_item"]
    system = next(r for r in items if r.text == "211 System status, or system help reply")
    assert system.section.endswith("4.2.2. Reply Codes by Function Groups")
    # the multi-line reply's lines, each a line of its own ("250-First line", "250 The last line")
    assert {"250-First line", "250-Second line", "250 The last line"} <= {r.text for r in items}
    assert extracted.title == "Simple Mail Transfer Protocol"
    assert not [r for r in records if "Klensin" in r.text or "[Page" in r.text]


def test_usage_block_labels_statuses_and_examples() -> None:
    """IMAP's commands are described by a usage block: "Result:     OK - capability completed" over "BAD - command
    unknown or arguments invalid" set at the value's column, and "Example:    C: abcd CAPABILITY" over the server's
    lines. The results were one run-on paragraph, the exchange a paragraph of sentences. Each result is an item
    labelled by "Result:"; the exchange is code: its words are searchable, never an answer."""
    name = "rfc3501_excerpt.txt"
    extracted, records = _read(name)
    results = [
        r for r in records if r.kind == "list_item" and r.section.endswith("6.1.1. CAPABILITY Command › Result:")
    ]
    assert [r.text for r in results] == ["OK - capability completed", "BAD - command unknown or arguments invalid"]
    assert not [r for r in records if r.text.startswith(("C: ", "S: ", "Example:"))]
    examples = [text for text in texts(extracted, "code") if text.startswith("Example:")]
    assert len(examples) == len(_raw_lines(name, "Example:    C:"))
    assert any("C: abcd CAPABILITY" in example for example in examples)
    # a line "Label:  value" stays a line of the body: never a heading over the sections after it
    headings = texts(extracted, "heading")
    assert not [h for h in headings if h.strip().startswith(("Arguments:", "Responses:", "Result:"))]
    arguments = [text for text in texts(extracted, "paragraph") if text.startswith("Arguments:")]
    assert len(arguments) == len(_raw_lines(name, "Arguments:")) >= 4


def test_command_syntax_line_is_code() -> None:
    """RFC 5321 states each command's syntax on a line of its own ("MAIL FROM:<reverse-path> [SP <mail-parameters> ]
    <CRLF>"): read as prose, it was a sentence, an answer to questions about the command."""
    name = "rfc5321_excerpt.txt"
    extracted, records = _read(name)
    syntax = _raw_lines(name, "MAIL FROM:<reverse-path>")
    assert syntax == ["MAIL FROM:<reverse-path> [SP <mail-parameters> ] <CRLF>"]
    assert syntax[0] in texts(extracted, "code")
    assert not [r for r in records if r.text.startswith(("MAIL FROM:", "RCPT TO:"))]
    assert any(r.text == "The first step in the procedure is the MAIL command." for r in records)


def test_label_line_is_never_a_heading_and_plain_text_keeps_its_rules() -> None:
    """In an RFC, an indented "Label: value" line over text set deeper ("Indicating capability: READER" in a
    command's usage) was taken for a heading, the section of the text after it; it is a line of the body. The RFC
    rules need the RFC's shape: the same note without an RFC's header block reads as plain text always has."""
    note = (
        "Shopping notes for the week, written down before the market opens.\n\n"
        "   Status: done\n\n"
        "      The bread and the milk were bought on Monday, before nine.\n\n"
        "   200 grams of butter are left in the cold room, enough for a week.\n"
    )
    plain = plain_text(note)
    assert [b.kind for b in plain.blocks] == ["paragraph"] * 4
    as_rfc = plain_text("Network Working Group                                    A. Writer\n\n" + note)
    assert texts(as_rfc, "heading") == []
    assert "Status: done" in texts(as_rfc, "paragraph")


class _NoCopies(list[str]):
    """A document's blocks that refuse to be copied from a position on (`blocks[index + 1 :]`)."""

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, slice):
            raise AssertionError(f"the blocks were copied ({key})")
        return super().__getitem__(key)


def test_the_block_after_one_is_found_without_copying_the_rest() -> None:
    """`plain_text` looks at the block after each one (an RFC's every block, a heading's candidates): a copy of all the
    blocks after it each time made a 20 MB RFC's reading quadratic, over five minutes (eight seconds now)."""
    chunks = _NoCopies(["1 Introduction", "", "\n \n", "1.1 Purpose", "", "The purpose is stated here in full words."])
    assert _next_chunk(chunks, 0) == "1.1 Purpose"
    assert _next_chunk(chunks, 5) == ""
    assert _opens_subsection(chunks, 0, "1") and not _opens_subsection(chunks, 0, "2")
    assert not _opens_subsection(chunks, 5, "1")
    assert _opens_prose(chunks, 3) and not _opens_prose(chunks, 0) and not _opens_prose(chunks, 5)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"", "empty file"),
        (b"\f" * 1000, "empty file"),
        (b"".join(b"Crispin   Standards Track   [Page %d]\n" % n for n in range(500)), "no sentences found"),
        (b"Request for Comments: 3501\n" + bytes(range(256)) * 64, "binary file"),
    ],
    ids=["empty", "form feeds only", "footers only", "binary under a series line"],
)
def test_odd_files_that_look_like_rfcs_are_skipped_with_one_line(data: bytes, said: str) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract("rfc9999.txt", data)
    assert said in str(caught.value) and "\n" not in str(caught.value)


def test_form_feeds_under_a_series_line_read_as_that_line() -> None:
    extracted = extract("rfc9999.txt", b"Request for Comments: 3501\n" + b"\f" * 1000)
    assert [extracted.block_text(block) for block in extracted.blocks] == ["Request for Comments: 3501"]
