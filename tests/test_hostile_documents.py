"""Hostile or broken documents are skipped with one warning and the rest of the folder is indexed.

Documents that would expand without bound (decompression bombs) are refused before they are unpacked: ZIP-based ones
(DOCX, ODT, EPUB) by their members' sizes, PDFs by their streams' (real documents are far below the caps); documents
nested too deeply for a parser, and any other failure of a reader on one file, cost only that file."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from retrieval.ingest.decode import UnreadableDocument
from retrieval.ingest.formats import archive, detect_format, extract, pdf_streams
from retrieval.ingest.upload import UploadRefused, check_content
from tests.files import FORMATS, open_service, write_docs

OKAPI = "Okapi\n\nThe okapi lives in the Ituri forest.\n"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}


def zipped(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return buffer.getvalue()


def bomb_docx(paragraphs: int = 400_000) -> bytes:
    """A DOCX of one sentence and `paragraphs` empty paragraphs: 2.4 MB of XML in a few KB."""
    body = "<w:p><w:r><w:t>Hello from the bomb.</w:t></w:r></w:p>" + "<w:p/>" * paragraphs
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    return zipped({**_DOCX_PARTS, "word/document.xml": document})


def test_a_docx_bomb_is_refused_before_it_is_unpacked() -> None:
    data = bomb_docx()
    assert len(data) < 50_000
    with pytest.raises(UnreadableDocument, match=r"DOCX whose word/document.xml expands [\d,]+ times"):
        extract("bomb.docx", data)


def test_odt_and_epub_bombs_are_refused() -> None:
    empty = "<text:p/>" * 400_000
    odt = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": f"<office>{empty}</office>"})
    with pytest.raises(UnreadableDocument, match=r"ODT whose content\.xml expands"):
        extract("bomb.odt", odt)
    epub = zipped(
        {
            "mimetype": "application/epub+zip",
            "META-INF/container.xml": "<container/>",
            "chapter.xhtml": "<p/>" * 600_000,
        }
    )
    with pytest.raises(UnreadableDocument, match=r"EPUB whose chapter\.xhtml expands"):
        extract("bomb.epub", epub)


def test_format_detection_reads_only_the_head_of_a_mimetype_member() -> None:
    # a "mimetype" that unpacks to megabytes is still told apart by its first bytes, without unpacking the rest
    data = zipped({"mimetype": "application/epub+zip" + " " * 3_000_000, "META-INF/container.xml": "<container/>"})
    assert detect_format("book.bin", data) == "epub"


def test_text_beyond_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # ordinary compression (no bomb), but more text than the cap: the cap is lowered so that the test stays small
    monkeypatch.setattr(archive, "MAX_EXPANDED_TEXT_BYTES", 1024 * 1024)
    words = " ".join(f"word{n}" for n in range(300_000))
    document = f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:body></w:document>'
    with pytest.raises(UnreadableDocument, match=r"DOCX that expands to 3 MiB of text, more than the 1 MiB cap"):
        extract("long.docx", zipped({**_DOCX_PARTS, "word/document.xml": document}))


@pytest.mark.parametrize("name", sorted(p.name for p in FORMATS.iterdir() if p.suffix in (".docx", ".odt", ".epub")))
def test_real_documents_are_within_the_caps(name: str) -> None:
    with zipfile.ZipFile(FORMATS / name) as package:
        archive.check_expansion(package, name)


async def test_a_folder_with_a_bomb_indexes_the_rest_and_warns_once(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"bomb.docx": bomb_docx(), "okapi.txt": OKAPI})
    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        report = await service.reindex()
        assert [w.path for w in report.warnings] == ["bomb.docx"]
        assert "expands" in report.warnings[0].reason
        answer = await service.ask("Where does the okapi live?")
        assert answer.hits[0].text == "The okapi lives in the Ituri forest."


def test_an_uploaded_bomb_is_refused_and_nothing_is_saved() -> None:
    with pytest.raises(UploadRefused, match=r"`bomb\.docx` cannot be read: DOCX whose .* expands .* saved\."):
        check_content("bomb.docx", bomb_docx(), 20 * 1024 * 1024)


def pdf_with_streams(streams: list[tuple[bytes, bytes]]) -> bytes:
    """A one-page PDF whose page draws `streams` in order; each is (its dictionary's extra entries, its content), and
    is Flate-compressed."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ["
        + b" ".join(b"%d 0 R" % (5 + n) for n in range(len(streams)))
        + b"] /Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for extra, content in streams:
        packed = zlib.compress(content, 9)
        head = b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra)
        objects.append(head + packed + b"\nendstream")
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


TEXT = b"BT /F1 12 Tf 72 720 Td (The okapi lives in the Ituri forest.) Tj ET\n"


def test_a_pdf_whose_page_inflates_past_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_streams, "MAX_DECODED_STREAM_BYTES", 1024 * 1024)  # the real cap is 128 MiB
    bomb = pdf_with_streams([(b"", TEXT + b" " * 4_000_000)])
    assert len(bomb) < 10_000
    with pytest.raises(UnreadableDocument, match=r"PDF with a stream that inflates to more than 1 MiB"):
        extract("bomb.pdf", bomb)
    # the same text without the padding is read
    assert "The okapi lives in the Ituri forest." in extract("fine.pdf", pdf_with_streams([(b"", TEXT)])).text


def test_a_pdf_whose_streams_together_pass_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_streams, "MAX_DECODED_TOTAL_BYTES", 2 * 1024 * 1024)
    pieces = [(b"", TEXT + b" " * 800_000) for _ in range(3)]
    with pytest.raises(UnreadableDocument, match=r"PDF whose streams inflate to more than 2 MiB"):
        extract("bombs.pdf", pdf_with_streams(pieces))


def test_images_are_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfium does not decode images to read text: a large, very compressible picture (a white scan) is no bomb
    monkeypatch.setattr(pdf_streams, "MAX_DECODED_STREAM_BYTES", 1024 * 1024)
    white = (b"/Type /XObject /Subtype /Image /Width 2000 /Height 1000 /BitsPerComponent 8", b"\xff" * 2_000_000)
    pdf_streams.check_stream_expansion(pdf_with_streams([(b"", TEXT), white]))


@pytest.mark.parametrize("name", sorted(p.name for p in FORMATS.iterdir() if p.suffix == ".pdf"))
def test_real_pdfs_are_within_the_caps(name: str) -> None:
    pdf_streams.check_stream_expansion((FORMATS / name).read_bytes())


async def test_a_document_nested_too_deeply_is_skipped_and_the_rest_indexed(tmp_path: Path) -> None:
    deep = "Title\n=====\n\n" + "".join("  " * i + "* item\n\n" for i in range(2000))
    docs = write_docs(tmp_path / "docs", {"deep.rst": deep, "okapi.txt": OKAPI})
    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        report = await service.reindex()
        assert [(w.path, w.reason) for w in report.warnings] == [("deep.rst", "RST nested too deeply to read; skipped")]
        assert (await service.ask("Where does the okapi live?")).hits[0].text == "The okapi lives in the Ituri forest."


async def test_a_reader_failing_on_one_file_costs_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from retrieval.ingest import formats

    reader = formats.reader

    def failing(data: bytes) -> object:
        raise ValueError("an unforeseen parser error")

    monkeypatch.setattr(formats, "reader", lambda fmt: failing if fmt == "rst" else reader(fmt))
    docs = write_docs(tmp_path / "docs", {"guide.rst": "Guide\n=====\n\nThe guide is short.\n", "okapi.txt": OKAPI})
    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        with caplog.at_level("DEBUG", logger="retrieval.ingest.walk"):
            report = await service.reindex()
        assert [(w.path, w.reason) for w in report.warnings] == [
            ("guide.rst", "could not be read (ValueError); skipped")
        ]
        assert "an unforeseen parser error" in caplog.text  # the traceback at DEBUG, for whoever looks into it
        assert [d.path for d in service.sources()] == ["okapi.txt"]
