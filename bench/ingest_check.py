"""Check every sentence docbot would store for a folder of documents (issue 11: documents nobody has tried yet).

    .venv/bin/python bench/ingest_check.py FOLDER [FOLDER ...] [--show]

For each supported file under each folder, `parse_document` (the reader, splitter and tokenizer `docbot index`
uses) gives the stored records; each one is checked:

- offsets: the record's text is the slice of the extracted text at its offsets, white space collapsed;
- verbatim: every word of 3+ `[A-Za-z0-9_]` characters of a non-heading record is a word of the source, by
  bench/realdocs.py's rule (`reference_words`: the raw file for text formats, the extractor's text for
  pdf/docx/odt; here also striprtf's text for RTF, the archive's XHTML for EPUB, every XML part's text for
  DOCX/ODT (footnotes, text boxes), the raw file for AsciiDoc and page variants, and the words with emphasis
  underscores stripped, since `__bold__` renders "bold"; for PDF also pdfium's text with the words it marks as
  hyphenated at a line end joined, for text formats also the file decoded as docbot decodes it (UTF-16 with a BOM)
  and with Markdown's backslash escapes rendered, `status\\_codes` as "status_codes", and with a manual page's
  line-end hyphenation (U+2010) joined);
- markup residue: MkDocs/Hugo/Docusaurus/Sphinx syntax left in a record or its section path (`{ #id }`, `:::`,
  `{{< >}}`, `:role:` backticks, `<!--`, HTML entities, icon shortcodes ...). Markup quoted inside inline code is
  visible text, so residue is a pointer for reading, not a failure.

Printed per folder: files (supported, read, skipped with the reason), records, offset mismatches, verbatim
flags, residue. `--show` prints each flagged record.
"""

from __future__ import annotations

import argparse
import html
import io
import os
import re
import sys
import zipfile
from pathlib import Path

# this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
# ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.realdocs import decoded, missing_words, package_words, reference_words, word_set
from retrieval.ingest.decode import UnreadableDocument, decode_bytes
from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import detect_format, extract
from retrieval.ingest.split import normalize_space

RESIDUE = re.compile(
    r"\{ ?[#.:]|:::|\{\{[<%]|[>%]\}\}|<!--|-->|\.\. [\w-]+::|:[\w:-]+:`|\[\[|\]\]|&[a-zA-Z]+;|&#\d+;|^!!!|^===|"
    r"--8<--|:(?:material|octicons|fontawesome|simple)-[\w-]+:|\[\^\w+\]|\{\*|\*\}|^\+\+\+"
)

# Suffixes whose words come from a reference reader; any other file's from its raw text (AsciiDoc, a page's variants).
_REFERENCE_READ = (".md", ".txt", ".rst", ".html", ".htm", ".pdf", ".rtf")


def source_words(path: Path) -> frozenset[str]:
    """The words a record of this file may use (see the module docstring)."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".rtf":
        from striprtf.striprtf import rtf_to_text

        words = word_set(rtf_to_text(data.decode("latin-1"), errors="replace"))
    elif suffix == ".epub":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            raw = " ".join(
                html.unescape(archive.read(name).decode("utf-8", "replace"))
                for name in archive.namelist()
                if name.endswith(("html", "htm", "xml", "opf", "ncx"))
            )
        words = word_set(raw) | word_set(re.sub(r"<[^>]*>", "", raw))
    elif suffix in (".docx", ".odt"):
        # python-docx's and odfpy's text leaves out footnotes, text boxes and tracked insertions, which docbot reads;
        # python-docx raises ValueError on a vertical merge with no cell above it (grid_offset_error.docx)
        try:
            words = reference_words(path) | package_words(path)
        except ValueError:
            words = package_words(path)
    elif suffix in (".adoc", ".asciidoc", ".asc") or suffix not in _REFERENCE_READ:
        # AsciiDoc and a page's language variants (page.html.en): the raw file, and with inline markup taken out
        raw = html.unescape(decoded(data))
        words = word_set(raw) | word_set(re.sub(r"<[^>]*>|[`*+]", "", raw))
    elif suffix == ".mdx":
        raw = html.unescape(decoded(data))
        words = word_set(raw) | word_set(re.sub(r"<[^>]*>|[`*]", "", raw))
    else:
        words = reference_words(path)
        if suffix == ".pdf":
            # pdfium marks a word hyphenated at a line end with U+FFFE ('dis\ufffe' / 'interested' in Free Culture):
            # docbot joins it, the reference text keeps two halves
            words |= word_set(_pdfium_joined_text(data))
        else:
            # the raw file decoded as docbot decodes it (UTF-16 with a BOM, which the reference reads as
            # Windows-1252), and Markdown's backslash escapes ('status\_codes') as rendered
            text = decode_bytes(data).text
            words |= word_set(text) | word_set(re.sub(r"\\(?=[^\sA-Za-z0-9])", "", text))
            # a manual page rendered to text: a word hyphenated at a line end (U+2010), which docbot joins
            words |= word_set(re.sub(r"(?<=[^\W\d_])\u2010\n\s*(?=[a-z])", "", text))
    return words | {word.strip("_") for word in words}


def _pdfium_joined_text(data: bytes) -> str:
    """pypdfium2's text with the words it marks as hyphenated at a line end (U+FFFE or \x02) joined."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()
    return re.sub(r"[\ufffe\x02]\s*", "", text)


def check_folder(folder: Path, show: bool) -> None:
    """Print one folder's figures (and its flagged records with `show`)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    read = records = offsets = verbatim = residue = 0
    skipped: list[str] = []
    for path in files:
        relative = str(path.relative_to(folder))
        data = path.read_bytes()
        if detect_format(path.name, data) is None:
            skipped.append(f"{relative}: not a supported document")
            continue
        try:
            document, _ = parse_document(relative, data, 0)
        except UnreadableDocument as error:
            skipped.append(f"{relative}: {error}")
            continue
        read += 1
        text = extract(relative, data).text
        words = source_words(path)
        for record in document.sentences:
            records += 1
            flags = []
            if normalize_space(text[record.start : record.end]) != record.text:
                offsets += 1
                flags.append("offsets")
            # the record's words NFKC-normalised as the source's are ('Excalibre™' is 'excalibretm' on both sides)
            missing = missing_words(record.text, words) if record.kind != "heading" else []
            if missing:
                verbatim += 1
                flags.append("verbatim " + ",".join(missing[:5]))
            if RESIDUE.search(record.text) or RESIDUE.search(record.section):
                residue += 1
                flags.append("residue")
            if show and flags:
                print(
                    f"  {relative} [{record.kind}] {record.section[-40:]} || {record.text[:200]}  <- {'; '.join(flags)}"
                )
    print(
        f"{folder}: {len(files)} files, {read} read, {len(skipped)} skipped; {records} records, "
        f"{offsets} offset mismatches, {verbatim} verbatim flags, {residue} with markup residue"
    )
    for line in skipped:
        print(f"  skipped {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show", action="store_true", help="print every flagged record")
    args = parser.parse_args()
    for folder in args.folders:
        check_folder(folder, args.show)


if __name__ == "__main__":
    main()
