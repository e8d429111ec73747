"""E-mail (retrieval/ingest/formats/mail.py): a message (.eml, or saved as .txt) and a mailing list's archive."""

from __future__ import annotations

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.document import document_title, parse_document
from retrieval.ingest.formats import detect_format, extract
from tests.files import FORMATS

MESSAGE = (
    "MIME-Version: 1.0\n"
    "Date: Tue, 7 May 2024 09:30:00 +0200\n"
    "Message-ID: <kettle-42@example.org>\n"
    "Subject: =?utf-8?q?Descaling_the_kettle_=E2=80=93_new_schedule?=\n"
    "From: Ada Kettle <ada@example.org>\n"
    "To: Teapot users <users@example.org>\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "\n"
    "Hello!\n"
    "\n"
    "From June on, the kettles in the staff kitchen are descaled every second Friday.\n"
    "\n"
    "On Mon, 6 May 2024 at 17:02, Victor Plum <victor@example.net>\n"
    "wrote:\n"
    "> How often are the kettles descaled at the moment?\n"
    "> They taste of chalk.\n"
    "\n"
    "Until then they are descaled once a month.\n"
    "\n"
    "-- \n"
    "Ada Kettle, facilities\n"
)


def texts(name: str, data: bytes) -> list[tuple[str, str]]:
    extracted = extract(name, data)
    return [(block.kind, extracted.block_text(block)) for block in extracted.blocks]


def test_a_message_is_read_as_mail_by_its_suffix_and_by_its_content() -> None:
    data = MESSAGE.encode()
    assert detect_format("note.eml", data) == "mail"
    assert detect_format("note.txt", data) == "mail"  # a message saved as text
    assert detect_format("note.md", data) == "markdown"  # a Markdown page is read as Markdown


def test_subject_is_the_title_fields_are_meta_and_the_body_is_prose() -> None:
    extracted = extract("note.eml", MESSAGE.encode())
    assert extracted.title == "Descaling the kettle – new schedule"
    blocks = texts("note.eml", MESSAGE.encode())
    assert ("meta", "From: Ada Kettle <ada@example.org>") in blocks
    assert ("meta", "Date: Tue, 7 May 2024 09:30:00 +0200") in blocks
    prose = [text for kind, text in blocks if kind == "paragraph"]
    assert "From June on, the kettles in the staff kitchen are descaled every second Friday." in prose
    assert "Until then they are descaled once a month." in prose
    assert "Hello!" in prose  # a greeting is no heading


def test_quoted_lines_their_attribution_and_the_signature_are_left_out() -> None:
    text = extract("note.eml", MESSAGE.encode()).text
    assert "taste of chalk" not in text
    assert "wrote:" not in text and "Victor Plum" not in text
    assert "facilities" not in text


def test_a_list_archive_is_one_document_with_a_section_per_message() -> None:
    path = FORMATS / "list_archive_style.txt"
    extracted = extract(path.name, path.read_bytes())
    assert extracted.format == "mail"
    assert document_title(extracted, "list_archive_style") == "list_archive_style"
    headings = [text for kind, text in texts(path.name, path.read_bytes()) if kind == "heading"]
    assert headings == [
        "[Teapot-users] Release 3.1 of teapot",
        "[Teapot-users] Timer on older kettles",
        "[Teapot-users] Timer on older kettles",
    ]
    document, note = parse_document(path.name, path.read_bytes(), 0)
    assert note == ""  # nothing to report: an archive is no problem
    answer = next(s for s in document.sentences if s.text.startswith("Kettles built before 2019"))
    assert answer.section == "[Teapot-users] Timer on older kettles"
    stored = " ".join(s.text for s in document.sentences)
    assert "Mine keeps brewing" in stored.replace("\n", " ")  # the question, once, in its own message
    assert stored.count("does the new timer also work") == 1  # not again where the reply quotes it
    assert "mailing list" not in stored and "teapot maintainers" not in stored


def test_an_html_only_message_is_read_through_the_html_reader() -> None:
    path = FORMATS / "unstructured_mime-html-only.eml"
    blocks = texts(path.name, path.read_bytes())
    assert ("paragraph", "This is a text/html part.") in blocks
    assert not any("<p>" in text for _, text in blocks)


def test_an_empty_text_part_after_the_html_one_leaves_the_html_read() -> None:
    # the shape of a message in mail-parser's tests: its HTML body, an attachment, then an empty text/plain part
    data = (
        b"From: Ada Kettle <ada@example.org>\nTo: users@example.org\nSubject: Kettle schedule\n"
        b'Content-Type: multipart/mixed; boundary="b1"\n\n'
        b"--b1\nContent-Type: text/html; charset=UTF-8\n\n<p>The kettles are descaled every second Friday.</p>\n"
        b"--b1\nContent-Type: application/octet-stream; name=schedule.zip\nContent-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment\n\nUEsDBA==\n"
        b"--b1\nContent-Type: text/plain\n\n\n--b1--\n"
    )
    assert ("paragraph", "The kettles are descaled every second Friday.") in texts("schedule.eml", data)


def test_a_digest_reads_each_message_it_holds() -> None:
    path = FORMATS / "unstructured_mime-multipart-digest.eml"
    headings = [text for kind, text in texts(path.name, path.read_bytes()) if kind == "heading"]
    assert headings == ["Example Multipart Digest Email", "First Message", "Second Message", "Third Message"]


def test_a_message_saved_in_utf16_is_read() -> None:
    blocks = texts("note.eml", MESSAGE.encode("utf-16"))
    assert ("meta", "From: Ada Kettle <ada@example.org>") in blocks


@pytest.mark.parametrize(
    "body",
    [
        "Content-Type: application/pkcs7-mime; smime-type=enveloped-data\n\nMIIBHgYJKoZIhvcNAQcDoIIBDzCCAQsCAQAx\n",
        "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n",
    ],
)
def test_a_message_without_text_is_skipped_with_a_reason(body: str) -> None:
    data = ("From: ada@example.org\nSubject: Photo\nDate: Tue, 7 May 2024 09:30:00 +0200\n" + body).encode()
    with pytest.raises(UnreadableDocument, match="no message text"):
        extract("photo.eml", data)


def test_text_with_a_field_header_that_is_no_message_stays_text() -> None:
    data = b"Title: Kettle care\nAuthor: Ada Kettle\nStatus: Draft\n\nDescale the kettle once a month.\n"
    assert detect_format("care.txt", data) == "text"


def test_a_pipermail_page_is_read_as_its_message() -> None:
    path = FORMATS / "pipermail_style.html"
    data = path.read_bytes()
    assert detect_format(path.name, data) == "mail"
    extracted = extract(path.name, data)
    assert extracted.title == "[Teapot-users] Timer on older kettles"
    blocks = texts(path.name, data)
    assert ("meta", "From: Ada Kettle") in blocks
    assert ("meta", "Date: Mon Mar 4 09:05:51 CET 2024") in blocks
    prose = " ".join(text for kind, text in blocks if kind == "paragraph")
    assert "Kettles built before 2019 have no lid sensor" in prose  # the <pre> body is prose, not code
    for left_out in ("Messages sorted by", "Next message", "built before 2019?", "wrote:", "timer.patch", "More info"):
        assert left_out not in extracted.text


def test_a_pipermail_index_page_is_skipped_with_a_reason() -> None:
    path = FORMATS / "pipermail_index_style.html"
    with pytest.raises(UnreadableDocument, match="index of messages"):
        extract(path.name, path.read_bytes())


def _reply(body: str) -> bytes:
    head = "Date: Tue, 7 May 2024 09:30:00 +0200\nSubject: Re: Kettles\nFrom: Ada Kettle <ada@example.org>\n"
    return (head + 'Content-Type: text/plain; charset="utf-8"\n\n' + body).encode()


def test_outlooks_quoted_header_opens_the_earlier_message() -> None:
    """Outlook quotes the message it answers under its header fields, with no "Original Message" line and no "> "
    (talon's test replies): the earlier message was read as the reply's own words."""
    body = (
        "Friday suits us.\n\n"
        "From: Victor Plum [mailto:victor@example.net]\n"
        "Sent: May-06-24 4:22 PM\n"
        "To: Ada Kettle\n"
        "Subject: Kettles\n\n"
        "When are the kettles descaled?\n"
    )
    prose = [text for kind, text in texts("reply.eml", _reply(body)) if kind == "paragraph"]
    assert prose == ["Friday suits us."]
    # header fields in the reply's own words, with no Sent/Subject after them, are its text
    own = "The note said:\nFrom: the facilities team\nDescaling is on Fridays.\n"
    assert "From: the facilities team" in extract("reply.eml", _reply(own)).text


def test_yahoos_attribution_over_the_quoted_header_opens_the_earlier_message() -> None:
    """Yahoo quotes the message it answers under "--- On <date>, <sender> wrote:" and its header fields in another
    order (From, Subject, To, Date), with no "> " (talon's reply-quotations-share-block.eml,
    github.com/mailgun/talon): the attribution, the header and the earlier message were read as the reply's words."""
    body = (
        "Friday suits us.\n\n"
        "--- On Mon, 6/5/24, victor@example.net <victor@example.net> wrote:\n\n\n"
        "From: victor@example.net <victor@example.net>\n"
        "Subject: Kettles\n"
        "To: ada@example.org\n"
        "Date: Monday, May 6, 2024, 4:22 PM\n\n"
        "When are the kettles descaled?\n"
    )
    prose = [text for kind, text in texts("reply.eml", _reply(body)) if kind == "paragraph"]
    assert prose == ["Friday suits us."]


def test_an_attribution_in_another_language_and_a_phones_signature_are_left_out() -> None:
    """Gmail writes its attribution in the user's language ('... пользователь "Bob" <bob@...> написал:', wrapped
    over two lines), and a phone adds "Sent from my iPhone": both were read as the reply's sentences."""
    body = (
        "Friday suits us.\n"
        '02.04.2024 14:20 пользователь "victor@example.net" <\n'
        "victor@example.net> написал:\n\n"
        "> When are the kettles descaled?\n\n"
        "Le 6 mai 2024 à 16:22, Victor <victor@example.net> a écrit :\n"
        "> And the sinks?\n\n"
        "Sent from my iPhone\n"
    )
    prose = [text for kind, text in texts("reply.eml", _reply(body)) if kind == "paragraph"]
    assert prose == ["Friday suits us."]


def test_a_line_ending_with_a_colon_before_a_quote_stays_unless_it_names_a_sender_and_date() -> None:
    body = "The descaler's label says:\n> Use 30 ml for each litre.\n\nSent from my kitchen, the kettle works fine.\n"
    prose = [text for kind, text in texts("reply.eml", _reply(body)) if kind == "paragraph"]
    assert prose == ["The descaler's label says:", "Sent from my kitchen, the kettle works fine."]


def test_a_closing_and_the_name_under_it_are_no_answers() -> None:
    """A message signed without a "-- " line ends with its closing and the sender's name ("Best,\nAnna", or "Best."
    alone): they were read as the message's sentences. A closing is meta, and so are the few short lines under it;
    a comma line inside the message ("Well,") and a closing followed by more text stay prose."""
    signed = "The kettles are descaled on Friday.\n\nWell, the sinks wait a week.\n\nBest,\nAnna Kettle\nFacilities\n"
    blocks = texts("reply.eml", _reply(signed))
    assert [text for kind, text in blocks if kind == "paragraph"] == [
        "The kettles are descaled on Friday.",
        "Well, the sinks wait a week.",
    ]
    assert ("meta", "Best,\nAnna Kettle\nFacilities") in blocks
    short = [text for kind, text in texts("reply.eml", _reply("Bring your mugs.\n\nThanks!\n")) if kind == "paragraph"]
    assert short == ["Bring your mugs."]
    ongoing = "Bring your mugs.\n\nBest,\nthe kettles are descaled on Friday, the sinks on Monday morning.\n"
    assert [text for kind, text in texts("reply.eml", _reply(ongoing)) if kind == "paragraph"] == [
        "Bring your mugs.",
        "Best,\nthe kettles are descaled on Friday, the sinks on Monday morning.",
    ]
