"""Check docbot's EPUB quotes against the books' own text: bench/realdocs.py reads an .epub as raw zip bytes.

    .venv/bin/python bench/realdocs.py --data bench/data/realdocs_office --no-speed --json /tmp/office.jsonl
    .venv/bin/python bench/data/realdocs_office/check_epub_quotes.py /tmp/office.jsonl

A book's text here is lxml's text of every spine document of its package, in reading order (the text the set's
questions were written from). A quote violates when one of its words of 3+ `[a-z0-9_]` characters is not a word of
that text, as bench/realdocs.py's rule says for other formats. Exits 1 when a quote violates.
"""

from __future__ import annotations

import json
import posixpath
import sys
import zipfile
from pathlib import Path

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "bench"))

from realdocs import missing_words, word_set


def spine_text(path: Path) -> str:
    """The text of every spine document of an EPUB, in the package's order."""
    with zipfile.ZipFile(path) as book:
        container = lxml.etree.fromstring(book.read("META-INF/container.xml"))
        package_path = container.xpath("//*[local-name()='rootfile']/@full-path")[0]
        package = lxml.etree.fromstring(book.read(package_path))
        base = posixpath.dirname(package_path)
        hrefs = {item.get("id"): item.get("href") for item in package.xpath("//*[local-name()='item']")}
        parts = []
        for ref in package.xpath("//*[local-name()='itemref']/@idref"):
            page = lxml.html.fromstring(book.read(posixpath.normpath(posixpath.join(base, hrefs[ref]))))
            parts.append(" ".join(page.itertext()))
    return "\n".join(parts)


def main() -> int:
    words = {path.name: word_set(spine_text(path)) for path in (HERE / "docs" / "epub").glob("*.epub")}
    quotes = violations = 0
    with open(sys.argv[1], encoding="utf-8") as results:
        for line in results:
            row = json.loads(line)
            if row["corpus"] != "epub":
                continue
            for hit in row["docbot"]["hits"]:
                quotes += 1
                missing = missing_words(hit["text"], words[Path(hit["path"]).name])
                if missing:
                    violations += 1
                    print(f"violation ({', '.join(missing)}): {hit['text'][:120]!r}")
    print(f"EPUB quotes {quotes}, verbatim violations {violations}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
