"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import blingfire

from retrieval.models import SentenceRecord

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A blank-line separated block: 1-based number, text and offset in the document."""

    number: int
    text: str
    start: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split text into blank-line separated blocks, numbered from 1 in file order."""
    paragraphs: list[Paragraph] = []
    position = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[position:end]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            paragraphs.append(Paragraph(len(paragraphs) + 1, block.strip(), position + lead))
        position = match.end() if match else len(text)
    return paragraphs


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph (blingfire's splitter; line breaks count as spaces)."""
    flat = paragraph.replace("\n", " ").replace("\t", " ")
    if not flat.strip():
        return []
    _, offsets = blingfire.text_to_sentences_and_offsets(flat)
    spans: list[tuple[int, int]] = []
    for start, end in offsets:
        # blingfire's offsets are character offsets; trim in case a span starts or ends on white space
        while start < end and flat[start].isspace():
            start += 1
        while end > start and flat[end - 1].isspace():
            end -= 1
        spans.extend(_cut_long(flat, start, end))
    return spans


# The longest span kept as one sentence. Text with no sentence end for longer (a one-line or minified file, a table
# dumped as text) is cut at the last space before it (or hard, with no space), so a megabyte-long "sentence" can never
# become one hit that every answer must rank, escape and shorten; each piece is still verbatim.
MAX_SENTENCE_CHARS = 1000


def _cut_long(flat: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = flat.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and flat[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((start, piece_end))
        start = cut
        while start < end and flat[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def normalize_space(text: str) -> str:
    """Fold runs of white space (line breaks of hard-wrapped text included) into single spaces."""
    return _WHITESPACE.sub(" ", text).strip()


def document_sentences(text: str) -> list[SentenceRecord]:
    """Every sentence of a document with its paragraph and sentence numbers and character offsets."""
    records: list[SentenceRecord] = []
    for paragraph in split_paragraphs(text):
        for number, (start, end) in enumerate(split_sentences(paragraph.text), start=1):
            sentence_text = normalize_space(paragraph.text[start:end])
            records.append(
                SentenceRecord(
                    paragraph=paragraph.number,
                    sentence=number,
                    text=sentence_text,
                    start=paragraph.start + start,
                    end=paragraph.start + end,
                )
            )
    return records


_HEADLINE_MAX_CHARS = 200


_HEADLINE_MAX_WORDS = 25


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence and starts with a capital or digit."""
    line = line.strip()
    if not line or len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    if line[-1] in ".,;:" and not line.endswith("..."):
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"


def document_title(text: str, file_stem: str, markdown_heading: str | None = None) -> str:
    """The title: a Markdown `# heading`, else the first line when it reads as a headline, else the file name."""
    if markdown_heading:
        return normalize_space(markdown_heading)
    first_block = text.strip().split("\n\n", 1)[0]
    first_line = first_block.split("\n", 1)[0].strip()
    if "\n" not in first_block.strip() and looks_like_headline(first_line):
        return normalize_space(first_line)
    return file_stem
