"""ZIP-based documents (DOCX, ODT, EPUB) opened only when what they expand to is bounded.

The file size cap (MAX_FILE_MB) bounds the compressed bytes. A ZIP member can expand a thousand times: a 438 KB DOCX
whose document.xml unpacks to 300 MB of empty paragraphs took `docbot index` past 15 GB of memory and five minutes
before it was stopped. The sizes a ZIP declares bound what Python's zipfile will unpack (a member longer than its
declared size fails its check), so they are checked before any member is read.
"""

from __future__ import annotations

import io
import zipfile

from retrieval.ingest.decode import UnreadableDocument

# The members a reader parses as text (XML, XHTML, HTML; a package's manifest and relationships) may expand to this
# much in all. Real documents stay far below: the largest tried (an ODT manual of 1.4 MB of content.xml, EPUB books
# of a few MB of XHTML) are 1-2% of it, and parsed XML takes several times its size in memory.
MAX_EXPANDED_TEXT_BYTES = 128 * 1024 * 1024
# A member that expands more than this many times is a decompression bomb, not a document: the highest ratio among the
# 47 real DOCX, ODT and EPUB files tried was 32 (a DOCX's styles.xml). Small members are not judged by it (a few KB
# of repeated markup compresses very well).
MAX_EXPANSION_RATIO = 100
_RATIO_FROM_BYTES = 1024 * 1024
_TEXT_MEMBERS = (".xml", ".xhtml", ".html", ".htm", ".opf", ".ncx", ".rels")


def open_archive(data: bytes, kind: str) -> zipfile.ZipFile:
    """The ZIP archive in `data` (a `kind` document: "DOCX", "ODT", "EPUB"); UnreadableDocument when it is not one or
    would expand past `MAX_EXPANDED_TEXT_BYTES` of text or `MAX_EXPANSION_RATIO` times a member's compressed size."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise UnreadableDocument(f"damaged {kind} (not a ZIP file)") from error
    check_expansion(archive, kind)
    return archive


def check_expansion(archive: zipfile.ZipFile, kind: str) -> None:
    """UnreadableDocument when `archive` would expand past the caps above (its members are not read)."""
    text_bytes = 0
    for member in archive.infolist():
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FROM_BYTES and ratio > MAX_EXPANSION_RATIO:
            raise UnreadableDocument(
                f"{kind} whose {member.filename} expands {ratio:,.0f} times (a decompression bomb?)"
            )
        if member.filename.lower().endswith(_TEXT_MEMBERS):
            text_bytes += member.file_size
    if text_bytes > MAX_EXPANDED_TEXT_BYTES:
        raise UnreadableDocument(
            f"{kind} that expands to {text_bytes // (1024 * 1024):,} MiB of text, more than the "
            f"{MAX_EXPANDED_TEXT_BYTES // (1024 * 1024)} MiB cap"
        )


def read_member_head(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The first `limit` bytes of member `name` (KeyError when it is missing): what format detection needs, however
    far the member expands."""
    with archive.open(name) as member:
        return member.read(limit)
