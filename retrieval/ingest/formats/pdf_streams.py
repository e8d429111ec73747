"""A PDF's compressed streams measured before pdfium reads it: a page whose content stream inflates without bound is
a decompression bomb, not a document.

The file size cap bounds the compressed bytes only. A 2 MB PDF whose one page's content stream inflates to 2 GB of
spaces took `docbot index` to 3.2 GB resident (pdfium holds a page's whole decoded content); at the 20 MB cap the
same trick reaches tens of GB. pdfium decodes content streams and object streams to read text, never images, so
only Flate-compressed streams that are not images are measured: inflated by zlib with bounded output, and dropped.
"""

from __future__ import annotations

import re
import zlib

from retrieval.ingest.decode import UnreadableDocument

# One stream may inflate to this much, all of them together to the second. Real text PDFs stay far below: the whole
# decoded content of realdocs-dev's 575-page PDF and of the test fixtures is a few MB.
MAX_DECODED_STREAM_BYTES = 128 * 1024 * 1024
MAX_DECODED_TOTAL_BYTES = 512 * 1024 * 1024
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_DICTIONARY_REACH = 4096  # bytes looked back from "stream" for its dictionary
_FLATE = re.compile(rb"/FlateDecode\b|/Fl\b")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_INPUT_CHUNK = 64 * 1024
_OUTPUT_CHUNK = 1024 * 1024


def check_stream_expansion(data: bytes) -> None:
    """UnreadableDocument when a Flate stream of the PDF in `data` (images apart) would inflate past
    `MAX_DECODED_STREAM_BYTES`, or all of them past `MAX_DECODED_TOTAL_BYTES`."""
    total = 0
    for match in _STREAM_START.finditer(data):
        before = data[max(0, match.start() - _DICTIONARY_REACH) : match.start()]
        dictionary = before[before.rfind(b"obj") + 1 :]  # this object's own dictionary, not the one before it
        if not _FLATE.search(dictionary) or _IMAGE.search(dictionary):
            continue
        size = _inflated_size(data, match.end(), MAX_DECODED_STREAM_BYTES)
        if size > MAX_DECODED_STREAM_BYTES:
            raise UnreadableDocument(
                f"PDF with a stream that inflates to more than {MAX_DECODED_STREAM_BYTES // (1024 * 1024)} MiB "
                "(a decompression bomb?)"
            )
        total += size
        if total > MAX_DECODED_TOTAL_BYTES:
            raise UnreadableDocument(
                f"PDF whose streams inflate to more than {MAX_DECODED_TOTAL_BYTES // (1024 * 1024)} MiB"
            )


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at `start` inflates to, counted up to just past `limit` (a damaged stream
    counts what inflated before the damage: pdfium judges the rest)."""
    inflater = zlib.decompressobj()
    size = 0
    position = start
    while size <= limit and not inflater.eof:
        chunk = inflater.unconsumed_tail
        if not chunk:
            chunk = data[position : position + _INPUT_CHUNK]
            position += len(chunk)
            if not chunk:
                break
        try:
            size += len(inflater.decompress(chunk, _OUTPUT_CHUNK))
        except zlib.error:
            break
    return size
