"""E-mail: one message (`.eml`, or a message saved as text) or a mailbox of many (`.mbox`, a mailing list's archive).

Read with the standard library's `email` package. A message's subject is a heading (the title of a lone message),
its sender, recipients and date are metadata lines (words the document uses, never answers), and its body is read
as the plain-text or HTML reader reads a file: the text/plain part when the message has one, else its HTML part.
Attachments are not read. In the body, the lines a reply quotes ("> ...") and the line introducing them ("On Tue,
... Ann wrote:") belong to an earlier message, which a mailing list's archive holds itself, and a signature after
"-- " is the sender's card: they are left out, so the same words do not answer twice.
"""

from __future__ import annotations

import email.message
import email.policy
import logging
import re
from email.header import decode_header, make_header
from email.parser import BytesParser

from retrieval.ingest.decode import UnreadableDocument, decode_bytes
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.structure import PROSE_KINDS, ExtractedText

log = logging.getLogger(__name__)

# A message starts with header fields ("Name: value", continuation lines indented), perhaps after an mbox "From "
# line. It is told from other text by naming its sender and one more field only a message has.
_HEADER_BLOCK = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:From [^\r\n]*\r?\n)?"
    rb"((?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+)"
)
_FIELD_NAME = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):", re.MULTILINE)
_MESSAGE_FIELDS = frozenset({b"subject", b"date", b"message-id", b"mime-version", b"to", b"received", b"return-path"})

# An mbox's message separator: "From " + sender + date at the start of a line, after a blank line or at the start.
_MBOX_FROM = re.compile(rb"(?:\A|\n\r?\n)(From [^\r\n]*\r?\n)(?=[A-Za-z][A-Za-z0-9-]*:)")
# mboxrd's escaped "From " lines in a body (">From ", ">>From ").
_ESCAPED_FROM = re.compile(r"^>(>*From )", re.MULTILINE)

_SHOWN_FIELDS = ("From", "To", "Cc", "Date")

# A reply's quotation: its quoted lines, and the line that introduces them ("On 3 May 2024, Ann Lee wrote:",
# "Ann Lee <ann@example.org> writes:", Outlook's "-----Original Message-----" and everything after it).
_QUOTED_LINE = re.compile(r"^[ \t]*>")
_ATTRIBUTION = re.compile(r"^.{0,200}\b(?:wrote|writes):\s*$")
_ATTRIBUTION_START = re.compile(r"^On\b")
_ORIGINAL_MESSAGE = re.compile(r"^-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}\s*$", re.IGNORECASE)
_SIGNATURE = "-- "
_SIGNATURE_LINES = 8  # a signature is a card, not a second message


def looks_like_mail(head: bytes) -> bool:
    """True when a file's first bytes are a message's header fields (a From: field and one only messages have)."""
    match = _HEADER_BLOCK.match(head)
    if match is None:
        return False
    names = {name.lower() for name in _FIELD_NAME.findall(match.group(1))}
    return b"from" in names and len(names & _MESSAGE_FIELDS) >= 2


def mail_text(data: bytes) -> ExtractedText:
    """Read one message or an mbox of messages: subject headings, sender/date metadata, each body's text."""
    if b"\x00" in data[:1024]:  # a message saved in UTF-16: its fields are ASCII once decoded
        data = decode_bytes(data).text.encode("utf-8")
    messages = _mbox_messages(data)
    builder = BlockBuilder()
    notes: list[str] = []
    parser = BytesParser(policy=email.policy.default)
    for raw in messages:
        try:
            message = parser.parsebytes(raw)
        except (ValueError, LookupError, IndexError) as error:  # the parser's errors on damaged fields
            log.debug("unreadable message in a mailbox: %s", error)
            continue
        _add_message(builder, message, level=1 if len(messages) == 1 else 2, notes=notes)
    if not any(block.kind in PROSE_KINDS for block in builder.blocks):
        raise UnreadableDocument("no message text found (encrypted, or only attachments)")
    title = builder.first_heading(level=1) if len(messages) == 1 else None
    return builder.build("mail", title=title, notes=tuple(dict.fromkeys(notes)))


def _mbox_messages(data: bytes) -> list[bytes]:
    """The messages of an mbox (split on its "From " lines), or the whole file as one message."""
    starts = [match.start(1) for match in _MBOX_FROM.finditer(data)]
    if len(starts) < 2:
        return [data]
    return [data[start:end] for start, end in zip(starts, [*starts[1:], len(data)], strict=True)]


def _add_message(builder: BlockBuilder, message: email.message.EmailMessage, level: int, notes: list[str]) -> None:
    subject = _field(message, "Subject")
    if subject:
        builder.add("heading", subject, level=level)
    for name in _SHOWN_FIELDS:
        value = _field(message, name)
        if value:
            builder.add("meta", f"{name}: {value}")
    _add_body(builder, message, level, notes)
    for part in message.walk():
        # a digest's messages, a forwarded message attached whole
        if part is not message and part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                if isinstance(inner, email.message.EmailMessage):
                    _add_message(builder, inner, min(level + 1, 6), notes)


def _add_body(builder: BlockBuilder, message: email.message.EmailMessage, level: int, notes: list[str]) -> None:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown or damaged charset: read the bytes as UTF-8
        payload = body.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload or "")
    if not isinstance(content, str) or not content.strip():
        return
    if body.get_content_type() == "text/html":
        from retrieval.ingest.formats.web import html_text

        try:
            read = html_text(content.encode("utf-8"))
        except UnreadableDocument:
            return
    else:
        from retrieval.ingest.formats.plain import plain_text

        # a body sent as UTF-8 after a trip through Latin-1 ("Iâ\x80\x99m"): put back as a text file's is
        content = decode_bytes(content.encode("utf-8")).text
        own = _own_words(_ESCAPED_FROM.sub(r"\1", content))
        if not own.strip():
            return
        read = plain_text(own)
    notes.extend(read.notes)
    for block in read.blocks:
        if block.kind != "heading":
            builder.add(block.kind, read.block_text(block))
        elif read.format == "html":
            builder.add("heading", read.block_text(block), level=min(block.level + level, 6))  # under the subject
        else:
            # a plain-text body's short lines are a message's own ("Hello!", "Below is the report"), not headings
            builder.add("paragraph", read.block_text(block))


def _field(message: email.message.EmailMessage, name: str) -> str:
    """A header field as written (pipermail's "ann at example.org (Ann Lee)" kept whole), its encoded words
    ("=?utf-8?q?...?=") decoded and white space folded; "" when absent or damaged."""
    raw = next((value for key, value in message.raw_items() if key.lower() == name.lower()), None)
    if raw is None:
        return ""
    try:
        value = str(make_header(decode_header(str(raw))))
    except (ValueError, LookupError, UnicodeError):
        value = str(raw)
    return " ".join(value.split())


def _own_words(body: str) -> str:
    """A plain-text body without what it quotes from earlier messages and without its signature."""
    lines = body.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _ORIGINAL_MESSAGE.match(line) or (line.rstrip() == _SIGNATURE.rstrip() and _signature_follows(lines, index)):
            break
        if _QUOTED_LINE.match(line):
            _drop_attribution(kept)
            continue
        kept.append(line)
    return "\n".join(kept)


def _signature_follows(lines: list[str], index: int) -> bool:
    """True when the "-- " line at `index` opens a signature: a few lines, then nothing but quotes."""
    rest = [line for line in lines[index + 1 :] if line.strip() and not _QUOTED_LINE.match(line)]
    return len(rest) <= _SIGNATURE_LINES


def _drop_attribution(kept: list[str]) -> None:
    """Drop the line(s) before a quotation that introduce it ("On ..., Ann wrote:", perhaps wrapped over two lines,
    then blank lines)."""
    end = len(kept)
    while end and not kept[end - 1].strip():
        end -= 1
    if not end or not _ATTRIBUTION.match(kept[end - 1].strip()):
        return
    start = end - 1
    if start and not _ATTRIBUTION_START.match(kept[start]) and _ATTRIBUTION_START.match(kept[start - 1]):
        start -= 1  # Gmail wraps a long "On <date> <name> <\naddress> wrote:"
    del kept[start:]
