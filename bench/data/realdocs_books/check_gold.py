"""Check that every gold string of a realdocs set of books and PDFs is in its document's visible text.

    .venv/bin/python bench/data/realdocs_books/check_gold.py bench/data/realdocs_books

Visible text here: a .txt file as it reads (UTF-8, a byte-order mark dropped); an HTML page's text as lxml gives it
without scripts and styles, entities decoded; a PDF's text as pypdfium2 extracts it, its line-end hyphen marks as "-".
Everything is normalised as bench/realdocs.py normalises (NFKC, lower case, curly quotes and dashes to ASCII, soft
hyphens dropped, white space collapsed). The first gold must be in the question's own document; an extra gold (another
passage that answers as well) may be in any document of the same corpus. Each gold is also checked to lie inside one
sentence. Exits 1 when a gold string is missing.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]
import pypdfium2 as pdfium  # type: ignore[import-untyped]

_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        "\u00ad": "",
    }
)
# A sentence end inside a gold: ". " followed by a capital in the original would be lower-cased here, so a gold that
# holds ". " (other than after an initial such as "g. e." or a number such as "43.1") is reported for a look.
_SENTENCE_END = re.compile(r"(?<![\s.][a-z])[.!?] (?=[a-z])")


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).lower().translate(_PUNCTUATION).split())


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    return "\n\n".join(pages).replace("\x02", "-").replace("\ufffe", "-")


def html_text(path: Path) -> str:
    root = lxml.html.document_fromstring(path.read_bytes())
    for element in list(root.iter("script", "style", "noscript")):
        element.drop_tree()
    return str(root.text_content())


def visible(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return normalise(pdf_text(path))
    if suffix in (".htm", ".html"):
        return normalise(html_text(path))
    return normalise(path.read_bytes().decode("utf-8-sig"))


def main(root: Path) -> int:
    texts = {path.relative_to(root / "docs").as_posix(): visible(path) for path in (root / "docs").glob("*/*.*")}
    missing = 0
    with (root / "qa.jsonl").open(encoding="utf-8") as questions:
        for number, line in enumerate(questions):
            question = json.loads(line)
            if question["kind"] != "answer":
                continue
            corpus = [text for name, text in texts.items() if name.startswith(question["corpus"] + "/")]
            for position, gold in enumerate(question["gold"]):
                gold_text = normalise(gold)
                places = [texts[question["doc"]]] if position == 0 else corpus
                if not any(gold_text in text for text in places):
                    missing += 1
                    print(f"missing (line {number}):", question["doc"], repr(gold))
                if _SENTENCE_END.search(gold_text):
                    print(f"look (line {number}): may span two sentences:", repr(gold))
    print(f"{missing} gold strings missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
