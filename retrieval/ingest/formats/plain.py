"""Plain text and RTF: blank-line paragraphs, a headline first line as the title, header fields as meta."""

from __future__ import annotations

import re

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats.blocks import BlockBuilder
from retrieval.ingest.split import looks_like_headline
from retrieval.ingest.structure import ExtractedText

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v]*\n")
# Header fields of Project Gutenberg and similar plain-text editions ("Title: ...", "Release date: ...").
_HEADER_FIELD = re.compile(
    r"^(?:Title|Subtitle|Author|Authors|Editor|Translator|Illustrator|Release [Dd]ate|Posting [Dd]ate|"
    r"Last [Uu]pdated|Most recently updated|Language|Credits|Produced by|Character set encoding|Date|Version):\s"
)
_HEADER_LINES = 80  # header fields are looked for in the first lines only: later, "Date: ..." is prose
_TITLE_FIELD = re.compile(r"^Title:\s*(.+?)\s*$", re.MULTILINE)


def plain_text(text: str, format_name: str = "text", notes: tuple[str, ...] = ()) -> ExtractedText:
    """Read plain text: blank-line separated paragraphs. Setext/ATX-like markup is not parsed: it is text here."""
    builder = BlockBuilder()
    title: str | None = None
    line_number = 0
    for chunk in _PARAGRAPH_BREAK.split(text):
        block = chunk.strip("\n")
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        first_lines = line_number < _HEADER_LINES
        line_number += block.count("\n") + 2
        if first_lines and all(_HEADER_FIELD.match(line.strip()) for line in lines):
            found = _TITLE_FIELD.search(block)
            if found and title is None:
                title = found.group(1)
            builder.add("meta", block)
        elif not builder.blocks and len(lines) == 1 and looks_like_headline(lines[0]):
            title = title or lines[0].strip()
            builder.add("heading", block, level=1)
        else:
            builder.add("paragraph", block)
    return builder.build(format_name, title, notes)


def rtf_text(data: bytes) -> ExtractedText:
    """Read RTF through striprtf (BSD-3, pure Python): each RTF paragraph (one line of its output) is a paragraph."""
    from striprtf.striprtf import rtf_to_text

    source = data.decode("latin-1")  # RTF is 7-bit; \'xx escapes and \uN carry the other characters
    try:
        text: str = rtf_to_text(source, errors="replace")  # type: ignore[no-untyped-call]
    except (ValueError, IndexError) as error:
        raise UnreadableDocument("damaged RTF") from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableDocument("RTF with no text")
    # striprtf ends each \par with one newline: a paragraph per line, tab-separated cells kept as they are.
    return plain_text("\n\n".join(text.split("\n")), "rtf")
