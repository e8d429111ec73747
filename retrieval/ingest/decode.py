"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# C0 controls other than tab/newline/carriage return/form feed: a text file rarely holds them, a binary one does.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class UnreadableDocument(Exception):
    """A file that cannot be indexed; the message says why in a few words."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and, when a fallback was used, a note on how it was decoded."""

    text: str
    note: str = ""


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a document's bytes.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as such; UTF-8 with a few invalid bytes is read with
    them replaced, with a note. Other bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of
    legacy Western text files, with a note. NUL or many control bytes mean
    a binary file, which raises `UnreadableDocument`.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise UnreadableDocument(f"invalid {encoding.upper()} after its byte-order mark") from error
            return DecodedText(_check_text(text), "" if encoding == "utf-8" else f"decoded as {encoding.upper()}")
    if b"\x00" in data:
        raise UnreadableDocument("binary file (NUL bytes)")
    sample = data[:65536]
    if sample and sum(sample.count(bytes([b])) for b in _CONTROL_BYTES) > len(sample) // 100 + 1:
        raise UnreadableDocument("binary file (control bytes)")
    try:
        return DecodedText(_check_text(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a few corrupt bytes (a truncated copy, a stray Latin-1 byte) is still UTF-8: read as
    # Windows-1252 every accented letter and curly quote in it would turn to mojibake ("cafÃ©"). Legacy Windows-1252
    # text almost never holds a valid multi-byte UTF-8 sequence, so more valid sequences than bad bytes decides.
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = len(lenient) - len(lenient.encode("ascii", errors="ignore")) - bad
    if valid_multibyte > bad:
        places = f"{bad:,} place" + ("s" if bad != 1 else "")
        return DecodedText(_check_text(lenient), f"invalid UTF-8 in {places}, replaced by U+FFFD")
    # Windows-1252 leaves five bytes undefined; they are replaced rather than refusing the whole file.
    text = data.decode("cp1252", errors="replace")
    return DecodedText(_check_text(text), "not valid UTF-8; decoded as Windows-1252")


def _check_text(text: str) -> str:
    if "\x00" in text:
        raise UnreadableDocument("binary file (NUL characters)")
    if not text.strip():
        raise UnreadableDocument("empty file")
    return text.replace("\r\n", "\n").replace("\r", "\n")
