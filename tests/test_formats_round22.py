"""Readers' leftovers a new user met on real folders (issue 11, hf46): a PDF whose pages each hold one line, the same
but for its page number, and a one-page notice centered throughout were refused ("no sentences found"); a docs
site's pictures, fonts, stylesheets and scripts were warnings at every reindex; a picture with an attribute list,
links with spaces in their destination and Vue slot tags before text were quoted as written."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from retrieval.ingest.document import parse_document
from retrieval.ingest.formats import extract
from retrieval.ingest.upload import check_content
from retrieval.ingest.walk import scan_documents
from retrieval.models import FileWarning
from tests.files import FORMATS
from tests.test_cli_new_user import docbot

NOTICE = (FORMATS / "notice_groff.pdf").read_bytes()
PAGES = (FORMATS / "pages_groff.pdf").read_bytes()
VITEPRESS = (FORMATS / "vitepress_style.md").read_bytes()


def png() -> bytes:
    """A real 1x1 PNG picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + (chunk(b"IEND", b""))
    )


def shown(data: bytes, name: str) -> list[tuple[str, str]]:
    extracted = extract(name, data)
    return [(block.kind, " ".join(extracted.block_text(block).split())) for block in extracted.blocks]


def test_a_one_page_notice_centered_throughout_keeps_its_sentences() -> None:
    """groff's notice: every line centered, the first the longest, so each later line stands in from it; the whole
    page was read as a title block (meta) and /docs add refused it. A centered line that is a sentence ends the title
    block: the heading lines stay meta and title the notice, the sentences answer."""
    blocks = shown(NOTICE, "notice.pdf")
    assert blocks[0] == ("meta", "Riverside Community Garden Association Spring Newsletter Notice to all members")
    assert blocks[1][0] == "paragraph" and blocks[1][1].startswith("The garden will be closed on Saturday")
    assert check_content("notice.pdf", NOTICE, 1_000_000) == "pdf"  # what /docs add checks before it saves
    document, _ = parse_document("notice.pdf", NOTICE, 0)
    assert document.title.startswith("Riverside Community Garden Association")
    texts = [s.text for s in document.sentences if s.kind != "heading"]
    assert "Please collect your tools from the shed before Friday evening." in texts


def test_pages_of_one_repeated_line_are_text_not_running_headers() -> None:
    """Three pages, each "The tide log holds one line on each page. Page N." (as paperless-ngx's multi-page test PDF
    has them): the line is at the top and foot of every page, so it was a running header, and nothing was left. A
    running header runs beside some text: where every line of the document would go, none is furniture."""
    assert shown(PAGES, "pages.pdf") == [
        (
            "paragraph",
            "The tide log holds one line on each page. Page 1. The tide log holds one line on each page. Page 2. "
            "The tide log holds one line on each page. Page 3.",
        )
    ]
    assert check_content("pages.pdf", PAGES, 1_000_000) == "pdf"


def test_docbot_index_counts_a_docs_sites_pictures_as_no_documents(tmp_path: Path) -> None:
    """`docbot index` on a docs site: both PDFs are indexed; its pictures, font, stylesheet and script are counted by
    kind in one line, not warnings; a file of no known kind (a zip) is still a warning."""
    docs = tmp_path / "docs"
    (docs / "images").mkdir(parents=True)
    (docs / "notice.pdf").write_bytes(NOTICE)
    (docs / "pages.pdf").write_bytes(PAGES)
    (docs / "tides.md").write_bytes(VITEPRESS)
    (docs / "images" / "tide-board.png").write_bytes(png())
    (docs / "images" / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>\n')
    (docs / "theme.css").write_text("body { color: navy; }\n")
    (docs / "app.js").write_text("console.log('tides');\n")
    (docs / "font.woff2").write_bytes(b"wOF2" + bytes(40))
    (docs / "site.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    done = docbot(tmp_path, "index", "--docs", "docs", "--db", "data/db.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "Added 3, changed 0, removed 0, unchanged 0, warnings 1." in done.stdout, done.stdout
    assert "Not documents, skipped: 2 pictures, 1 script, 1 font, 1 stylesheet." in done.stdout, done.stdout
    assert "site.zip: not a supported document format; skipped" in done.stdout
    assert "tide-board.png" not in done.stdout + done.stderr
    asked = docbot(tmp_path, "ask", "--docs", "docs", "--db", "data/db.sqlite3", "When is the garden closed?")
    assert "The garden will be closed on Saturday" in asked.stdout, asked.stdout


def test_a_scan_keeps_no_documents_apart_from_warnings(tmp_path: Path) -> None:
    """The scan's own lists: site files with their kind, a hidden picture and an unknown file as warnings."""
    (tmp_path / "a.md").write_text("# A\n\nThe okapi sleeps by day.\n")
    (tmp_path / "shot.JPG").write_bytes(b"\xff\xd8\xff\xe0" + bytes(20))
    (tmp_path / "main.ts").write_text("export const x = 1;\n")
    (tmp_path / ".icon.png").write_bytes(png())
    (tmp_path / "data.bin").write_bytes(bytes(range(64)))
    scan = scan_documents(tmp_path, {})
    assert scan.not_documents == [FileWarning("main.ts", "script"), FileWarning("shot.JPG", "picture")]
    assert sorted(w.path for w in scan.warnings) == [".icon.png", "data.bin"]


def test_vitepress_pictures_links_and_slot_tags_are_not_quoted_as_written() -> None:
    """A picture with an attribute list is meta like any picture alone; links with spaces in their destination are
    links (the navigation line of them meta, the sentence's link its text); a slot tag before text on its line
    shows no words."""
    blocks = shown(VITEPRESS, "tides.md")
    kinds = dict((text, kind) for kind, text in blocks)
    assert kinds["The tide board at the harbour office"] == "meta"
    assert kinds["Chart of the harbour approaches"] == "meta"
    assert kinds["Previous: Harbour moorings | Next: Harbour lights"] == "meta"
    assert kinds["See the pilot's guide for boarding at night."] == "paragraph"
    assert kinds["The tide tables are printed in the harbour office."] == "paragraph"
    assert kinds["High water comes twice a day."] == "list_item"
    assert not any("<template" in text or "](" in text for _, text in blocks), blocks
