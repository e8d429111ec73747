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
# A one-line block is a section heading ("Chapter I. LAYING PLANS", "The Commentators") when it is this short, ends
# with no punctuation (a lead-in ends "says:—", a verse "27. When there is much running about" starts with its
# number) and holds a letter.
_SECTION_HEADING_WORDS = 12
_NOT_HEADING_END = tuple('.!?,;:)]"”’—–-')
_VERSE_NUMBER = re.compile(r"^\d+\.\s")
# A block of this many lines or more, each of them a heading's name, is a table of contents.
_CONTENTS_LINES = 3
# A block of prose: a sentence of this many words. Before the first one, a book's title page (title, "BY", the
# author, a dedication in short lines) is front matter, neither answer nor section.
_PROSE_WORDS = 5
_PROSE_LINE = re.compile(r"[.!?][\"”’)\]]*(?:\s*\[\d+\])?$")  # a footnote mark may follow


def plain_text(text: str, format_name: str = "text", notes: tuple[str, ...] = ()) -> ExtractedText:
    """Read plain text: blank-line separated paragraphs. Setext/ATX-like markup is not parsed: it is text here."""
    builder = BlockBuilder()
    title: str | None = None
    line_number = 0
    chunks = _PARAGRAPH_BREAK.split(text)
    # A document with no block of prose (a short note) has no front matter: all its lines are its content. Before the
    # first prose, one-line blocks are title lines (a digest's headlines), kept as they are; headings come after it.
    prose_seen = not any(is_prose(chunk) for chunk in chunks)
    for index, chunk in enumerate(chunks):
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
        elif prose_seen and len(lines) == 1 and is_section_heading(lines[0]) and _opens_prose(chunks, index):
            builder.add("heading", block, level=2)
        elif not prose_seen and not is_prose(block) and (len(lines) > 1 or block.upper() == block):
            if title is None and not builder.blocks:
                title = " ".join(line.strip() for line in lines)  # "Sun Tzŭ / on / The Art of War"
            builder.add("meta", block)
        elif len(lines) >= _CONTENTS_LINES and all(is_section_heading(line) for line in lines):
            builder.add("meta", block)  # a table of contents: the headings' names, none of them said
        else:
            prose_seen = prose_seen or is_prose(block)
            builder.add("paragraph", block)
    return builder.build(format_name, title, notes)


def _opens_prose(chunks: list[str], index: int) -> bool:
    """True when the next non-blank block after `index` is prose or a block of several lines (a heading opens text;
    one-line headlines listed one after another, as in a news digest, are its content)."""
    for chunk in chunks[index + 1 :]:
        lines = [line for line in chunk.split("\n") if line.strip()]
        if lines:
            return len(lines) > 1 or is_prose(chunk)
    return False


def is_prose(block: str) -> bool:
    """True for a block that reads as prose: it ends like a sentence and has `_PROSE_WORDS` words or more."""
    return len(block.split()) >= _PROSE_WORDS and bool(_PROSE_LINE.search(block.rstrip()))


def is_section_heading(line: str) -> bool:
    """True for a one-line block that names a section rather than saying something (see `_SECTION_HEADING_WORDS`)."""
    line = line.strip()
    return (
        looks_like_headline(line)
        and len(line.split()) <= _SECTION_HEADING_WORDS
        and not line.endswith(_NOT_HEADING_END)
        and not _VERSE_NUMBER.match(line)
        and any(ch.isalpha() for ch in line)
    )


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
