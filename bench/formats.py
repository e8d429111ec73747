"""Extraction speed of the format readers: files, MB, seconds and blocks/s per format on a folder of documents.

    .venv/bin/python bench/formats.py [FOLDER]    (default: ../shared/eval/realdocs-dev/docs)

Also times one PDF made of every PDF in the folder put together (the "200-page PDF" case).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats import detect_format, extract

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "realdocs-dev" / "docs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    args = parser.parse_args()
    extract("warm.md", b"# Warm up\n\nImports and parsers loaded before timing.\n")
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0])  # files, bytes, seconds, blocks
    pdfs: list[bytes] = []
    for path in sorted(p for p in args.folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        fmt = detect_format(path.name, data)
        if fmt is None:
            continue
        started = time.perf_counter()
        try:
            extracted = extract(path.name, data)
        except UnreadableDocument as error:  # an encrypted or scanned file: skipped, as docbot skips it
            print(f"skipped {path.relative_to(args.folder)}: {error}")
            continue
        if fmt == "pdf":
            pdfs.append(data)
        row = totals[fmt]
        row[0] += 1
        row[1] += len(data)
        row[2] += time.perf_counter() - started
        row[3] += len(extracted.blocks)
    print(f"{'format':<10} {'files':>5} {'MB':>7} {'seconds':>8} {'blocks':>7} {'blocks/s':>9}")
    for fmt, (files, size, seconds, blocks) in sorted(totals.items()):
        print(f"{fmt:<10} {files:>5} {size / 1e6:>7.2f} {seconds:>8.3f} {blocks:>7} {blocks / seconds:>9,.0f}")
    if pdfs:
        combined = pdfium.PdfDocument.new()
        for data in pdfs:
            combined.import_pages(pdfium.PdfDocument(data))
        pages = len(combined)
        buffer = io.BytesIO()
        combined.save(buffer)
        started = time.perf_counter()
        extracted = extract("combined.pdf", buffer.getvalue())
        seconds = time.perf_counter() - started
        print(f"one PDF of {pages} pages: {seconds:.2f} s, {len(extracted.blocks)} blocks")


if __name__ == "__main__":
    main()
