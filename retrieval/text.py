"""Reading document files, reducing Markdown to text, and splitting paragraphs and sentences.

Everything here is pure and synchronous; `read_document_text` is the only function that touches the disk.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import blingfire

from retrieval.models import SentenceRecord

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WHITESPACE = re.compile(r"\s+")
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


_MD_FENCE = re.compile(r"^\s*(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_CODE = re.compile(r"`+([^`]*)`+")
_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Reduce Markdown to plain text, keeping the words of headings, emphasis and links.

    Returns the text (paragraphs still blank-line separated) and the first level-one heading, if any.
    """
    lines = markdown.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":  # YAML front matter is metadata, not prose
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                lines = lines[end + 1 :]
                break
    out: list[str] = []
    first_heading: str | None = None
    in_fence = False
    for line in lines:
        if _MD_FENCE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence:
            out.append(line)
            continue
        if _MD_RULE.match(line) or _MD_REF_DEF.match(line) or _MD_TABLE_SEPARATOR.match(line):
            out.append("")
            continue
        if _MD_SETEXT.match(line) and out and out[-1].strip():
            if line.strip().startswith("=") and first_heading is None:
                first_heading = _inline_markdown(out[-1]).strip()
            out.append("")  # a setext heading stands as its own block
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            text = _inline_markdown(heading.group(1))
            if first_heading is None and line.lstrip().startswith("# "):
                first_heading = text.strip()
            out.extend(["", text, ""])
            continue
        line = _MD_QUOTE.sub("", line)
        line = _MD_LIST.sub(r"\1", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(_inline_markdown(line))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text, first_heading


def _inline_markdown(line: str) -> str:
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_HTML_TAG.sub("", line)
    line = _MD_CODE.sub(r"\1", line)
    for _ in range(3):  # nested emphasis such as ***bold italic***
        line = _MD_EMPHASIS.sub(r"\2", line)
    return line


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
