"""E-mail: one message (`.eml`, or a message saved as text) or a mailbox of many (`.mbox`, a mailing list's archive).

Read with the standard library's `email` package. A message's subject is a heading (the title of a lone message),
its sender, recipients and date are metadata lines (words the document uses, never answers), and its body is read
as the plain-text or HTML reader reads a file: the text/plain part when the message has one, else its HTML part.
Attachments are not read. In the body, the lines a reply quotes ("> ...") and the line introducing them ("On Tue,
... Ann wrote:", in any language), or Outlook's header fields of the message it answers and all after them, belong
to an earlier message, which a mailing list's archive holds itself, and a signature after "-- " (or a phone's "Sent
from my iPhone") is the sender's card: they are left out, so the same words do not answer twice.

A mailing list's web archive as Mailman 2 (pipermail) writes it, one HTML page a message, is read as that message:
its subject, sender and date, and the body between its `<!--beginarticle-->` and `<!--endarticle-->` marks (a
`<pre>` block, which the HTML reader would take for code), without the page's message links.
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
# The header of the message a reply quotes, with no "Original Message" line: "From: ..." and, within a few lines,
# "Sent: ..." (or "Date: ...") and "Subject: ..." (Outlook: From, Sent, To, Subject; Yahoo: From, Subject, To, Date).
_QUOTED_FROM = re.compile(r"^\*?From:\*?\s+\S")
_QUOTED_SENT = re.compile(r"^\*?(?:Sent|Date):\*?\s+\S")
_QUOTED_SUBJECT = re.compile(r"^\*?Subject:\*?")
_QUOTED_HEADER_LINES = 4
# An attribution in any language (Gmail's "02.04.2012 14:20 пользователь "Bob" <bob@example.org> написал:", "Am ...
# schrieb ...:", "Le ... a écrit :"): a line ending with a colon, over one or two lines, that names an address and a
# date or time.
_ATTRIBUTION_ADDRESS = re.compile(r"\w@\w")
_ATTRIBUTION_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")
_ATTRIBUTION_CHARACTERS = 250
# The line a mail client adds under what was typed on a phone ("Sent from my iPhone", "Sent from Mail for Windows",
# "Get Outlook for Android"): the client's signature, not the sender's words.
_CLIENT_SIGNATURE = re.compile(r"^(?:Sent from (?:my )?\S[^.!?]{0,60}|Get Outlook for \w+)$", re.IGNORECASE)
_PAGE_HEAD = 32768  # where a pipermail page's article mark stands, at the latest
# An attachment pipermail printed inline after the body: a MIME boundary line, then the part's Content-Type.
_INLINE_PART = re.compile(r"^-{2,}[0-9A-Za-z'()+_,./:=?-]{8,}$")
_SIGNATURE = "-- "
# A closing at a body's end ("Best,\nAnna", "Kind regards,\n\nAnn Lee\nFacilities"): a line of one to three words
# ending with a comma, or a lone word ending the message ("Thanks!", "Best." over a "-- " signature), then at most a
# few short lines that end no sentence, the sender's name. Meta: a sign-off, not the sender's words.
_CLOSING = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2},$")
_CLOSING_WORD = re.compile(r"^[^\W\d_]+[.!]$")
_CLOSING_NAME_LINES = 3
_CLOSING_NAME_WORDS = 6
_NAME_END = re.compile(r"[.!?:;,]$")
_SIGNATURE_LINES = 8  # a signature is a card, not a second message


def looks_like_mail(head: bytes) -> bool:
    """True when a file's first bytes are a message's header fields (a From: field and one only messages have)."""
    match = _HEADER_BLOCK.match(head)
    if match is None:
        return False
    names = {name.lower() for name in _FIELD_NAME.findall(match.group(1))}
    return b"from" in names and len(names & _MESSAGE_FIELDS) >= 2


PIPERMAIL_ARTICLE = b"<!--beginarticle-->"
# The foot of pipermail's index pages (by date, thread, subject, author): lists of links to the messages' own pages.
_PIPERMAIL_INDEX = re.compile(rb"generated by\s+Pipermail", re.IGNORECASE)
_PIPERMAIL_BODY = re.compile(r"<!--beginarticle-->(.*?)<!--endarticle-->", re.DOTALL)


def is_pipermail_page(data: bytes) -> bool:
    """True for a page of a pipermail web archive: one message, or an index of them."""
    return PIPERMAIL_ARTICLE in data[:_PAGE_HEAD] or is_pipermail_index(data)


def is_pipermail_index(data: bytes) -> bool:
    """True for a pipermail index page (messages by date, thread, subject or author)."""
    return PIPERMAIL_ARTICLE not in data[:_PAGE_HEAD] and bool(_PIPERMAIL_INDEX.search(data[-4096:]))


def mail_text(data: bytes) -> ExtractedText:
    """Read one message or an mbox of messages: subject headings, sender/date metadata, each body's text."""
    if PIPERMAIL_ARTICLE in data[:_PAGE_HEAD]:
        return _pipermail_page(data)
    if is_pipermail_index(data):
        raise UnreadableDocument("a mailing list archive's index of messages (each message is read from its own page)")
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
    found = _body(message)
    if found is None:
        return
    body, content = found
    if body.get_content_type() == "text/html":
        from retrieval.ingest.formats.web import html_text

        try:
            read = html_text(content.encode("utf-8"))
        except UnreadableDocument:
            return
        _add_read(builder, read, level, notes)
    else:
        _add_plain_body(builder, content, level, notes)


def _body(message: email.message.EmailMessage) -> tuple[email.message.MIMEPart, str] | None:
    """The message's text part and its text: its text/plain part, else its text/html one, whichever holds text. A
    message whose empty text/plain part follows its HTML one (a phishing mail in mail-parser's tests) was skipped as
    having no text when only the part `get_body` prefers was read."""
    for preferences in (("plain", "html"), ("html",)):
        body = message.get_body(preferencelist=preferences)
        if body is None:
            continue
        try:
            content = body.get_content()
        except (LookupError, ValueError, AssertionError):  # an unknown or damaged charset: read the bytes as UTF-8
            payload = body.get_payload(decode=True)
            content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload or "")
        if isinstance(content, str) and content.strip():
            return body, content
    return None


def _add_plain_body(builder: BlockBuilder, content: str, level: int, notes: list[str]) -> None:
    """A plain-text body's own words, read as the plain-text reader reads a file."""
    from retrieval.ingest.formats.plain import plain_text

    # a body sent as UTF-8 after a trip through Latin-1 ("Iâ\x80\x99m"): put back as a text file's is
    content = decode_bytes(content.encode("utf-8")).text
    own = _own_words(_ESCAPED_FROM.sub(r"\1", content))
    if own.strip():
        _add_read(builder, plain_text(own), level, notes)


def _add_read(builder: BlockBuilder, read: ExtractedText, level: int, notes: list[str]) -> None:
    notes.extend(read.notes)
    closing_block, closing_at = _closing(read)
    for index, block in enumerate(read.blocks):
        if index > closing_block or (index == closing_block and closing_at == 0):
            builder.add("meta", read.block_text(block))  # the closing and the sender's name under it
        elif index == closing_block:
            text = read.block_text(block)
            builder.add(block.kind, text[:closing_at])
            builder.add("meta", text[closing_at:])
        elif block.kind != "heading":
            builder.add(block.kind, read.block_text(block), header=block.header)
        elif read.format == "html":
            builder.add("heading", read.block_text(block), level=min(block.level + level, 6))  # under the subject
        else:
            # a plain-text body's short lines are a message's own ("Hello!", "Below is the report"), not headings
            builder.add("paragraph", read.block_text(block))


def _closing(read: ExtractedText) -> tuple[int, int]:
    """Where a body's closing starts (`_CLOSING`): its block's index and the offset in that block's text; the number
    of blocks (no closing) when the body ends otherwise, or holds nothing before it."""
    blocks = read.blocks
    tail: list[tuple[int, int, str]] = []  # the body's last lines, each with its block and offset, last first
    for index in range(len(blocks) - 1, -1, -1):
        if blocks[index].kind != "paragraph" or len(tail) > _CLOSING_NAME_LINES:
            break
        text = read.block_text(blocks[index])
        lines: list[tuple[int, int, str]] = []
        offset = 0
        for line in text.split("\n"):
            lines.append((index, offset, line.strip()))
            offset += len(line) + 1
        tail.extend(reversed(lines))
    for position, (index, offset, line) in enumerate(tail[: _CLOSING_NAME_LINES + 1]):
        names = tail[:position]
        opens = _CLOSING.match(line) is not None or (not names and _CLOSING_WORD.match(line) is not None)
        if (
            opens
            and line[:1].isupper()
            and (offset or any(block.kind in PROSE_KINDS for block in blocks[:index]))  # the sender's words before it
            and all(len(name.split()) <= _CLOSING_NAME_WORDS and not _NAME_END.search(name) for *_, name in names)
        ):
            return index, offset
    return len(blocks), 0


def _pipermail_page(data: bytes) -> ExtractedText:
    """One message of a pipermail web archive: the <h1> subject, the sender (<b>) and date (<i>) before the
    article, and the article's <pre> body as a plain-text body."""
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html  # type: ignore[import-untyped]

    page = decode_bytes(data).text
    article = _PIPERMAIL_BODY.search(page)
    before = page[: article.start()] if article else page
    builder = BlockBuilder()
    try:
        head = lxml.html.fragment_fromstring(before, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        head = None
    if head is not None:
        subject = head.find(".//h1")
        if subject is not None:
            builder.add("heading", subject.text_content(), level=1)
        sender, date = head.find(".//b"), head.find(".//i")
        if sender is not None and sender.text_content().strip():
            builder.add("meta", f"From: {' '.join(sender.text_content().split())}")
        if date is not None and date.text_content().strip():
            builder.add("meta", f"Date: {' '.join(date.text_content().split())}")
    notes: list[str] = []
    if article:
        try:
            body = lxml.html.fragment_fromstring(article.group(1), create_parent="div").text_content()
        except (lxml.etree.ParserError, ValueError):
            body = ""
        _add_plain_body(builder, body, 1, notes)
    if not any(block.kind in PROSE_KINDS for block in builder.blocks):
        raise UnreadableDocument("no message text found (encrypted, or only attachments)")
    return builder.build("mail", title=builder.first_heading(level=1), notes=tuple(dict.fromkeys(notes)))


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
        if _ORIGINAL_MESSAGE.match(line) or _quoted_header(lines, index):
            _drop_attribution(kept)  # Yahoo's "--- On Wed, 4/4/12, Ann <ann@example.org> wrote:" over the header
            break
        signature = line.rstrip() == _SIGNATURE.rstrip() or _CLIENT_SIGNATURE.match(line.strip())
        if signature and _signature_follows(lines, index):
            break
        if _INLINE_PART.match(line) and lines[index + 1 : index + 2] and lines[index + 1].startswith("Content-Type:"):
            break
        if _QUOTED_LINE.match(line):
            _drop_attribution(kept)
            continue
        kept.append(line)
    return "\n".join(kept)


def _quoted_header(lines: list[str], index: int) -> bool:
    """True when the line at `index` opens the header fields of the message a reply quotes (`_QUOTED_FROM`): a
    "Sent:" or "Date:" and a "Subject:" line follow within a few lines, in Outlook's order (From, Sent, To, Subject)
    or Yahoo's (From, Subject, To, Date)."""
    if not _QUOTED_FROM.match(lines[index]):
        return False
    fields = lines[index + 1 : index + 2 + _QUOTED_HEADER_LINES]
    return any(_QUOTED_SENT.match(line) for line in fields) and any(_QUOTED_SUBJECT.match(line) for line in fields)


def _signature_follows(lines: list[str], index: int) -> bool:
    """True when the "-- " line (or a client's signature) at `index` opens a signature: a few lines, then nothing but
    quotes."""
    rest = [line for line in lines[index + 1 :] if line.strip() and not _QUOTED_LINE.match(line)]
    return len(rest) <= _SIGNATURE_LINES


def _drop_attribution(kept: list[str]) -> None:
    """Drop the line(s) before a quotation that introduce it ("On ..., Ann wrote:", perhaps wrapped over two lines,
    then blank lines)."""
    end = len(kept)
    while end and not kept[end - 1].strip():
        end -= 1
    if not end:
        return
    last = kept[end - 1].strip()
    if _ATTRIBUTION.match(last):
        start = end - 1
        if start and not _ATTRIBUTION_START.match(kept[start]) and _ATTRIBUTION_START.match(kept[start - 1]):
            start -= 1  # Gmail wraps a long "On <date> <name> <\naddress> wrote:"
        del kept[start:]
    elif last.endswith(":") and len(last) <= _ATTRIBUTION_CHARACTERS:  # in any language: by its address and date
        if _names_sender_and_date(last):
            del kept[end - 1 :]
        elif end >= 2 and _wrapped_attribution(kept[end - 2].strip(), last):
            del kept[end - 2 :]


def _names_sender_and_date(text: str) -> bool:
    """Whether a line before a quotation names an address and a date or time, as an attribution does."""
    return _ATTRIBUTION_ADDRESS.search(text) is not None and _ATTRIBUTION_DATE.search(text) is not None


def _wrapped_attribution(first: str, last: str) -> bool:
    """Whether two lines are one attribution wrapped (the address and the date only read together)."""
    both = f"{first} {last}"
    return bool(first) and len(both) <= _ATTRIBUTION_CHARACTERS and _names_sender_and_date(both)
