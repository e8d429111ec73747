"""Format readers: a document file's bytes to its visible text and blocks (`ExtractedText`).

`detect_format` tells what a file is, by its content first and its name second; `extract` reads it. Every reader is
pure (bytes in, ExtractedText out) and raises `UnreadableDocument` with a short reason for a file it cannot read.
A text file whose extension is not a document's (.log, .csv, .py ...) is not a document: only the suffixes below or
content that proves a format (a PDF, an Office ZIP, RTF, an HTML page) are read, so a folder's logs, data and
scripts never turn into answers.
"""

from __future__ import annotations

import importlib
import io
import logging
import re
import threading
import zipfile
from collections.abc import Callable

from retrieval.ingest.decode import NO_SENTENCES, UnreadableDocument, decode_bytes
from retrieval.ingest.formats.archive import read_member_head
from retrieval.ingest.formats.mail import is_pipermail_page, looks_like_mail
from retrieval.ingest.structure import ExtractedText

log = logging.getLogger(__name__)

_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mdx": "markdown",
    ".rst": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
    ".asc": "asciidoc",  # Pro Git's and other books' chapters; a PGP signature or key of that name is no document
    ".org": "org",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".rtf": "rtf",
    ".eml": "mail",
    ".mbox": "mail",
    ".ipynb": "notebook",
    ".pptx": "pptx",
    ".odp": "odp",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_SUFFIX_FORMATS)
# Formats whose blocks' `page` is a slide's number, which a source line names as such ("slide 3", not "p. 3").
SLIDE_SUFFIXES: tuple[str, ...] = tuple(s for s, fmt in _SUFFIX_FORMATS.items() if fmt in ("pptx", "odp"))
# The language and character-set suffixes of a page's content-negotiation variants (Apache's MultiViews, as in its
# manual: "page.html.en", "page.html.pt-br", "page.html.ko.euc-kr", "page.html.en.utf8"), after the document suffix.
_VARIANT_SUFFIX = re.compile(
    r"(?!gz$|xz$)(?:[a-z]{2}(?:-[a-z]{2,4})?|utf-?(?:8|16)|euc-?[a-z]{2}|iso-?8859-\d{1,2}|koi8-?[a-z]|s(?:hift_)?jis|big5|gbk"
    r"|gb2312|gb18030|(?:cp|windows-)\d{3,4})"
)
# An Apache type map (the "page.html" beside its variants, or "page.var"): lists of URI:/Content-*: lines, no page.
_TYPE_MAP = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:[ \t]*(?:#[^\n]*)?\r?\n)*URI:[ \t]*\S+[ \t]*\r?\n[A-Za-z-]+:", re.IGNORECASE
)
# ASCII-armoured keys, signatures and certificates ("release.tar.gz.asc", "key.txt"): text, but never a document.
_ARMOR = re.compile(rb"^(?:\xef\xbb\xbf)?\s*-----BEGIN [A-Z0-9 ]+-----")
_TEXT_FORMATS = frozenset({"text", "markdown", "rst", "asciidoc", "org", "html"})

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
# Magic numbers of files that are never documents, for files misnamed with a document's suffix.
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF", b"\x1f\x8b", b"7z\xbc\xaf",
    b"Rar!", b"\x7fELF", b"MZ", b"OggS", b"fLaC", b"ID3", b"\x00\x00\x00", b"wOFF", b"%!PS",
)  # fmt: skip


# Plain-text files a project names by convention, without a suffix ("README", "NEWS", "TODO"): read as .txt. Not
# "LICENSE" or "COPYING": a licence's text is the same boilerplate in every project.
_TEXT_FILE_NAMES = frozenset(
    {"readme", "news", "changes", "changelog", "history", "todo", "install", "authors", "contributors", "thanks",
     "hacking", "faq", "bugs", "notes"}
)  # fmt: skip


def document_suffix(name: str) -> str | None:
    """The document suffix of a file name (".html" for "page.html" and its variant "page.html.ko.euc-kr"), or None.

    Lower case. A content-negotiation variant keeps its document suffix before its language and charset suffixes; a
    conventional plain-text name without a suffix ("README", "NEWS") is ".txt".
    """
    parts = name.rsplit("/", 1)[-1].lower().split(".")
    if len(parts) == 1 and parts[0] in _TEXT_FILE_NAMES:
        return ".txt"
    if len(parts) < 2 or not parts[0]:
        return None
    # the last suffix, or the one before up to two variant suffixes (a language, then a character set)
    for end in range(len(parts) - 1, max(len(parts) - 4, 0), -1):
        suffix = "." + parts[end]
        if suffix in _SUFFIX_FORMATS:
            return suffix if end > 0 else None
        if not _VARIANT_SUFFIX.fullmatch(parts[end]):
            return None
    return None


def detect_format(relative: str, data: bytes) -> str | None:
    """The format of a file ("pdf", "docx", "html", "markdown", ...), or None when it is not a document.

    Content first (a PDF named .txt is a PDF), then the suffix, case-insensitively.
    """
    head = data[:1024]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    suffix = document_suffix(relative)
    fmt = _SUFFIX_FORMATS.get(suffix) if suffix else None
    if head.startswith(b"PK\x03\x04"):
        # a ZIP that is no document package, under a package's name, is a damaged package (its reader says so)
        return _zip_format(data) or (fmt if fmt in ("docx", "odt", "epub", "pptx", "odp") else None)
    if head.startswith(_BINARY_MAGIC) or _TYPE_MAP.match(head) or _ARMOR.match(head):
        return None
    if _HTML_START.match(head) and fmt in (None, "html", "text"):
        if is_pipermail_page(data):
            return "mail"  # a page of a mailing list's web archive (Mailman's pipermail): one message, or an index
        return "html"  # a web page saved as .txt (RFC 2616 as "rfc2616.txt"), not a text about HTML
    if fmt == "text" and looks_like_mail(head):
        return "mail"  # a message or a mailing list's archive saved as .txt (pipermail's "2024-May.txt")
    # The suffix of a binary format on other bytes (a truncated download, junk before %PDF-): its reader decides.
    return fmt


def _zip_format(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            head = read_member_head(archive, "mimetype", 100) if "mimetype" in names else b""
            mimetype = head.decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    if mimetype == "application/epub+zip" or ("META-INF/container.xml" in names and "mimetype" in names):
        return "epub"
    if mimetype == "application/vnd.oasis.opendocument.text":
        return "odt"
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return "docx"
    if mimetype == "application/vnd.oasis.opendocument.presentation":
        return "odp"
    if "ppt/presentation.xml" in names and "[Content_Types].xml" in names:
        return "pptx"
    return None


def _read_text(reader: Callable[[str], ExtractedText]) -> Callable[[bytes], ExtractedText]:
    def read(data: bytes) -> ExtractedText:
        decoded = decode_bytes(data)
        extracted = reader(decoded.text)
        if decoded.note:
            return ExtractedText(
                extracted.text, extracted.blocks, extracted.format, extracted.title, (decoded.note, *extracted.notes)
            )
        return extracted

    return read


# Each format as a member reads it in a reply ("Saved `notes.md` (Markdown, ...)"): its key upper-cased shouted
# MARKDOWN, TEXT, MAIL and NOTEBOOK.
_FORMAT_NAMES = {
    "text": "plain text",
    "markdown": "Markdown",
    "rst": "reStructuredText",
    "asciidoc": "AsciiDoc",
    "mail": "e-mail",
    "notebook": "Jupyter notebook",
}


def format_name(fmt: str) -> str:
    """The name of format `fmt` ("markdown", "pdf" ...) for a reply: "Markdown", "PDF"."""
    return _FORMAT_NAMES.get(fmt, fmt.upper())


# Each format's reader: its module and function, and whether it reads decoded text (`_read_text`) or the bytes. A
# module is imported at the first document of its format, so that a process that reads none of that format never
# loads it: a bot serving an unchanged folder reads no document, and a folder of text files never loads pdfium, lxml,
# python-docx, markdown-it or docutils (the serving process on the seed: 9 MB less resident, docs/benchmarks.md hl10).
_READERS: dict[str, tuple[str, str, bool]] = {
    "text": ("plain", "plain_text", True),
    "markdown": ("markup", "markdown_text", True),
    "rst": ("markup", "rst_text", True),
    "asciidoc": ("asciidoc", "asciidoc_text", True),
    "org": ("org", "org_text", True),
    "html": ("web", "html_text", False),
    "pdf": ("pdf", "pdf_text", False),
    "docx": ("office", "docx_text", False),
    "odt": ("office", "odt_text", False),
    "epub": ("web", "epub_text", False),
    "rtf": ("plain", "rtf_text", False),
    "mail": ("mail", "mail_text", False),
    "notebook": ("notebook", "notebook_text", False),
    "pptx": ("slides", "pptx_text", False),
    "odp": ("slides", "odp_text", False),
}
_loaded: dict[str, Callable[[bytes], ExtractedText]] = {}
_loading = threading.Lock()


def reader(fmt: str) -> Callable[[bytes], ExtractedText]:
    """The reader of format `fmt` (a key of `_READERS`), its module imported at the first call."""
    found = _loaded.get(fmt)
    if found is None:
        with _loading:  # documents are read by several threads at once
            found = _loaded.get(fmt)
            if found is None:
                module, name, text = _READERS[fmt]
                function = getattr(importlib.import_module(f"{__name__}.{module}"), name)
                found = _read_text(function) if text else function
                _loaded[fmt] = found
    return found


def readers_loaded() -> int:
    """How many reader modules this process has imported (at a format's first document; Markdown and RST share one,
    as HTML and EPUB do): one that froze its heap (bot/client.py) freezes again after a reindex that imported more
    (retrieval/service.py), as it froze those that start-up's reindex imported. A format whose module was in already
    imports nothing, and asks for no full collection."""
    return len({_READERS[fmt][0] for fmt in _loaded})


def extract(relative: str, data: bytes) -> ExtractedText:
    """Read a document file's bytes into its visible text and blocks; UnreadableDocument says why it cannot."""
    if not data:  # as a text file's reader says it: a 0-byte PDF or DOCX was "damaged PDF", an upload cut short?
        raise UnreadableDocument("empty file")
    fmt = detect_format(relative, data)
    if fmt is None:
        if _TYPE_MAP.match(data[:1024]):
            raise UnreadableDocument("an Apache type map (the list of a page's language variants), not a page")
        if _ARMOR.match(data[:1024]):
            raise UnreadableDocument("a key or signature (ASCII armour), not a document")
        binary = data[:16].startswith(_BINARY_MAGIC) or b"\x00" in data[:1024]
        raise UnreadableDocument("binary file, not a document" if binary else "not a supported document")
    try:
        extracted = reader(fmt)(data)
    except RecursionError as error:  # a parser walking thousands of nested lists, quotes or elements
        raise UnreadableDocument(f"{fmt.upper()} nested too deeply to read") from error
    if not extracted.blocks:
        raise UnreadableDocument(NO_SENTENCES)
    log.debug("extracted %s as %s: %d blocks", relative, fmt, len(extracted.blocks))
    return extracted
