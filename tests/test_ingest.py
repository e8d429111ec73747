"""Walking the documents folder: every kind of bad file is skipped (or decoded with a fallback) with a warning that
names it, and the good files are still read (retrieval/ingest/walk.py, and through the service)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from retrieval.ingest.walk import FileState, ScanProgress, scan_documents
from retrieval.models import FileWarning
from retrieval.service import AnswerService
from retrieval.store.database import Store
from tests.files import FORMATS, GOOD, write


def warnings_for(warnings: list[FileWarning], path: str) -> list[str]:
    return [w.reason for w in warnings if w.path == path]


def only_warning(warnings: list[FileWarning], path: str) -> str:
    reasons = warnings_for(warnings, path)
    assert len(reasons) == 1, f"expected one warning for {path}, got {reasons} in {warnings}"
    # the warning names the file when printed
    assert any(str(w).startswith(path + ": ") for w in warnings if w.path == path)
    return reasons[0]


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    write(folder / "good.txt", GOOD)
    return folder


def parsed_paths(folder: Path, **kwargs: int) -> tuple[list[str], list[FileWarning]]:
    scan = scan_documents(folder, {}, **kwargs)  # type: ignore[arg-type]
    return sorted(d.path for d in scan.parsed), scan.warnings


def test_invalid_utf8_is_read_as_windows_1252_with_a_warning(docs: Path) -> None:
    write(docs / "legacy.txt", b"Legacy notes\n\nThe caf\xe9 served \x93strong\x94 coffee to the okapi keepers.\n")
    scan = scan_documents(docs, {})
    assert sorted(d.path for d in scan.parsed) == ["good.txt", "legacy.txt"]
    assert "Windows-1252" in only_warning(scan.warnings, "legacy.txt")
    legacy = next(d for d in scan.parsed if d.path == "legacy.txt")
    assert legacy.sentences[-1].text == "The café served “strong” coffee to the okapi keepers."


def test_binary_file_with_txt_extension_is_skipped(docs: Path) -> None:
    write(docs / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    reason = only_warning(warnings, "image.txt")
    assert "binary" in reason and "skipped" in reason


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_empty_file_is_skipped(docs: Path, content: bytes) -> None:
    write(docs / "empty.txt", content)
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "empty" in only_warning(warnings, "empty.txt")


def test_markdown_with_no_sentences_is_skipped(docs: Path) -> None:
    write(docs / "rules.md", "---\ntitle: only front matter\n---\n\n***\n")
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "no sentences" in only_warning(warnings, "rules.md")


def test_file_over_the_size_cap_is_skipped(docs: Path) -> None:
    write(docs / "huge.txt", "Huge\n\n" + "The okapi walks. " * 200)
    paths, warnings = parsed_paths(docs, max_file_bytes=1000)
    assert paths == ["good.txt"]
    reason = only_warning(warnings, "huge.txt")
    assert "1,000 bytes cap" in reason and "skipped" in reason
    # the cap is inclusive: a file of exactly the cap is read
    size = (docs / "good.txt").stat().st_size
    paths, _ = parsed_paths(docs, max_file_bytes=size)
    assert paths == ["good.txt"]


def test_size_cap_in_mib_is_named_in_mib(docs: Path) -> None:
    write(docs / "big.txt", b"Big\n\n" + b"The okapi walks. " * 70_000)  # about 1.1 MiB
    _, warnings = parsed_paths(docs, max_file_bytes=1024 * 1024)
    assert "larger than the 1 MiB cap" in only_warning(warnings, "big.txt")


def test_link_pointing_outside_the_folder_is_skipped(tmp_path: Path, docs: Path) -> None:
    secret = write(tmp_path / "outside" / "secret.txt", "Secret\n\nThe password is swordfish.\n")
    (docs / "secret.txt").symlink_to(secret)
    (docs / "relative.txt").symlink_to(Path("..") / "outside" / "secret.txt")
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "outside" in only_warning(warnings, "secret.txt")
    assert "outside" in only_warning(warnings, "relative.txt")


def test_link_to_a_folder_outside_is_not_followed(tmp_path: Path, docs: Path) -> None:
    write(tmp_path / "elsewhere" / "private.txt", "Private\n\nNot for the bot.\n")
    (docs / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "not followed" in only_warning(warnings, "linked/")


def test_link_inside_the_folder_is_read(docs: Path) -> None:
    (docs / "alias.txt").symlink_to("good.txt")
    paths, warnings = parsed_paths(docs)
    assert paths == ["alias.txt", "good.txt"]
    assert warnings == []


def test_symlink_loops_are_skipped(docs: Path) -> None:
    (docs / "self.txt").symlink_to("self.txt")
    (docs / "ping.txt").symlink_to("pong.txt")
    (docs / "pong.txt").symlink_to("ping.txt")
    (docs / "sub").mkdir()
    (docs / "sub" / "loop").symlink_to("..", target_is_directory=True)
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    for name in ("self.txt", "ping.txt", "pong.txt"):
        reason = only_warning(warnings, name)
        # "symbolic link loop" (Python < 3.13) or "too many levels of symbolic links" (ELOOP)
        assert "symbolic link" in reason and "skipped" in reason
    assert "not followed" in only_warning(warnings, "sub/loop/")


def test_broken_link_is_skipped(docs: Path) -> None:
    (docs / "gone.txt").symlink_to("missing.txt")
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "broken link" in only_warning(warnings, "gone.txt")


def test_hidden_files_and_folders_are_skipped(docs: Path) -> None:
    write(docs / ".draft.txt", "Draft\n\nNot ready.\n")
    write(docs / ".git" / "notes.txt", "Git notes\n\nInternal.\n")
    write(docs / "sub" / ".cache" / "x.md", "# Cached\n\nStale.\n")
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "hidden file" in only_warning(warnings, ".draft.txt")
    assert "hidden folder" in only_warning(warnings, ".git/")
    assert "hidden folder" in only_warning(warnings, "sub/.cache/")
    # nothing inside a hidden folder is even looked at
    assert not [w for w in warnings if w.path.startswith(".git/") and w.path != ".git/"]


def test_unreadable_special_file_is_skipped(docs: Path) -> None:
    # Tests run as root, for whom file permissions do not stop reading; a FIFO named like a document is a real file
    # that cannot be read as one (opening it would block until a writer came).
    os.mkfifo(docs / "pipe.txt")
    paths, warnings = parsed_paths(docs)
    assert paths == ["good.txt"]
    assert "not a regular file" in only_warning(warnings, "pipe.txt")


def test_folder_named_like_a_document_is_walked_into(docs: Path) -> None:
    write(docs / "archive.txt" / "inner.md", "# Inner\n\nThe okapi sleeps.\n")
    paths, warnings = parsed_paths(docs)
    assert paths == ["archive.txt/inner.md", "good.txt"]
    assert warnings == []


def test_non_document_extensions_are_skipped(docs: Path) -> None:
    write(docs / "photo.png", b"\x89PNG\r\n")
    write(docs / "table.csv", "a,b\n1,2\n")
    write(docs / "report.pdf", b"%PDF-1.4")
    write(docs / "Makefile", "all:\n\techo build\n")
    write(docs / "LICENSE", "Permission is hereby granted, free of charge.\n")
    write(docs / "upper.TXT", "Upper case extension\n\nStill a text file.\n")
    write(docs / "notes.markdown", "# Notes\n\nMarkdown too.\n")
    scan = scan_documents(docs, {})
    paths, warnings = sorted(d.path for d in scan.parsed), scan.warnings
    assert paths == ["good.txt", "notes.markdown", "upper.TXT"]
    # a picture is expected in a documents folder: counted as no document, not warned about
    assert scan.not_documents == [FileWarning("photo.png", "picture")]
    assert all(w.path != "photo.png" for w in warnings)
    for name in ("table.csv", "Makefile", "LICENSE", "report.pdf"):
        assert "not a supported document format" in only_warning(warnings, name) or (
            name == "report.pdf" and "damaged PDF" in only_warning(warnings, name)  # a PDF's name, a broken PDF
        )


def test_plain_text_files_named_by_convention_without_a_suffix_are_read(docs: Path) -> None:
    """A project's README, NEWS and TODO often have no suffix (3,071 files of /usr/share/doc were skipped as "not a
    supported document format", its TODO files among them); they are plain text. A binary under such a name is not."""
    write(docs / "README", "Kettle\n\nThe kettle boils water in two minutes.\n")
    write(docs / "sub" / "NEWS", "Kettle 2.0\n\nThe lid now locks.\n")
    write(docs / "TODO", "Make the handle cooler.\n")
    write(docs / "Todo.bak", "An old list.\n")
    write(docs / "Notes", b"\x89PNG\r\n\x1a\n" + bytes(16))
    paths, warnings = parsed_paths(docs)
    assert paths == ["README", "TODO", "good.txt", "sub/NEWS"]
    assert "not a supported document format" in only_warning(warnings, "Todo.bak")
    assert "binary file" in only_warning(warnings, "Notes")


def test_content_negotiation_variants_are_read_and_type_maps_skipped(docs: Path) -> None:
    """Apache's manual names a page's language variants "page.html.en", "page.html.ko.euc-kr", "page.html.pt-br"
    beside "page.html", a type map listing them (not a page); a backup or a compressed copy is not a variant."""
    page = "<html><head><meta charset='{}'></head><body><p>{}</p></body></html>"
    write(docs / "bind.html.de", page.format("utf-8", "Wenn Apache startet, bindet er sich an einen Port.").encode())
    write(docs / "bind.html.en.utf8", page.format("utf-8", "When Apache starts, it binds to a port.").encode())
    write(docs / "bind.html.ko.euc-kr", page.format("euc-kr", "아파치가 시작하면 포트에 연결한다.").encode("euc-kr"))
    write(docs / "bind.html.pt-br", page.format("utf-8", "Quando o Apache inicia, ele se liga a uma porta.").encode())
    type_map = (
        "# GENERATED FROM XML -- DO NOT EDIT\n\nURI: bind.html.de\nContent-Language: de\nContent-type: text/html\n"
    )
    write(docs / "bind.html", type_map)
    write(docs / "bind.html.bak", page.format("utf-8", "An old copy of the page.").encode())
    write(docs / "bind.html.gz", b"\x1f\x8b\x08\x00" + bytes(20))
    paths, warnings = parsed_paths(docs)
    assert paths == ["bind.html.de", "bind.html.en.utf8", "bind.html.ko.euc-kr", "bind.html.pt-br", "good.txt"]
    assert "type map" in only_warning(warnings, "bind.html")
    assert "not a supported document format" in only_warning(warnings, "bind.html.bak")
    assert "not a supported document format" in only_warning(warnings, "bind.html.gz")
    scan = scan_documents(docs, {})
    korean = next(d for d in scan.parsed if d.path == "bind.html.ko.euc-kr")
    assert [s.text for s in korean.sentences] == ["아파치가 시작하면 포트에 연결한다."]


def test_recursion_and_relative_paths_with_forward_slashes(docs: Path) -> None:
    write(docs / "a" / "b" / "deep.md", "# Deep\n\nA deep okapi.\n")
    write(docs / "a" / "side.txt", "Side\n\nA side okapi.\n")
    write(docs / "z.txt", "Zed\n\nThe last okapi.\n")
    scan = scan_documents(docs, {})
    assert [d.path for d in scan.parsed] == ["a/b/deep.md", "a/side.txt", "good.txt", "z.txt"]
    assert scan.added == ["a/b/deep.md", "a/side.txt", "good.txt", "z.txt"]
    assert all("\\" not in d.path and not d.path.startswith("/") for d in scan.parsed)
    deep = scan.parsed[0]
    assert deep.title == "Deep"
    assert [s.text for s in deep.sentences] == ["Deep", "A deep okapi."]
    assert deep.sentences[1].tokens == ("deep", "okapi")


def test_unchanged_file_is_not_read_and_a_file_turned_bad_is_removed(docs: Path) -> None:
    scan = scan_documents(docs, {})
    good = scan.parsed[0]
    known: dict[str, FileState] = {"good.txt": (good.content_hash, good.size, good.mtime_ns)}
    again = scan_documents(docs, known)
    assert again.unchanged == ["good.txt"] and not again.parsed and not again.touched
    # the file becomes binary: it is skipped with a warning and leaves the index
    write(docs / "good.txt", b"\x00\x01binary now")
    turned = scan_documents(docs, known)
    assert turned.removed == ["good.txt"] and not turned.parsed
    assert "binary" in only_warning(turned.warnings, "good.txt")


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError, match="does not exist"):
        scan_documents(tmp_path / "nope", {})


async def test_bad_files_never_stop_a_reindex(tmp_path: Path, docs: Path) -> None:
    write(docs / "legacy.txt", b"Legacy\n\nThe caf\xe9 okapi.\n")
    write(docs / "bin.txt", b"\x00\x01\x02")
    write(docs / "empty.md", b"")
    write(docs / "big.txt", "Big\n\n" + "Okapi. " * 400)
    write(docs / ".hidden.txt", "Hidden\n\nOkapi.\n")
    write(docs / "photo.jpg", b"\xff\xd8\xff")
    (docs / "out.txt").symlink_to(write(tmp_path / "out" / "o.txt", "Out\n\nOkapi outside.\n"))
    (docs / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(docs / "fifo.md")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs, max_file_bytes=2000)
        report = await service.reindex()
        assert report.added == ("good.txt", "legacy.txt")
        assert report.documents == 2
        warned = {w.path for w in report.warnings}
        assert warned == {
            "legacy.txt",
            "bin.txt",
            "empty.md",
            "big.txt",
            ".hidden.txt",
            "out.txt",
            "loop.txt",
            "fifo.md",
        }
        answer = await service.ask("Is the okapi shy?")
        assert answer.hits[0].text == "The okapi is a shy animal of the forest."
        assert report.not_documents == (FileWarning("photo.jpg", "picture"),)
    finally:
        await store.close()


def test_a_long_file_reports_its_sentences_as_they_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`docbot index` on a folder of one 100 MB text file showed no progress until the file was read: a file read
    in this process reports its sentences every `PROGRESS_SENTENCES` (made small here), before it counts as done, and
    how far into its bytes the reading is. Its headings were counted as sentences while it was read (more than the
    report then counted): they are left out, as the report leaves them out."""
    from retrieval.ingest import document

    monkeypatch.setattr(document, "PROGRESS_SENTENCES", 50)
    folder = tmp_path / "docs"
    paragraphs = [
        f"## Watch {n}\n\nThe keeper of light {n} trims the wick at dusk. He logs the ships he sees."
        for n in range(200)
    ]
    log_file = write(folder / "log.md", "\n\n".join(paragraphs) + "\n")
    calls: list[ScanProgress] = []
    scan = scan_documents(folder, {}, progress=calls.append)
    read = sum(1 for sentence in scan.parsed[0].sentences if sentence.kind != "heading")
    within = [call for call in calls if call.files_done == 0]
    assert len(within) >= 5 and all(call.files_total == 1 for call in within)
    counts = [call.sentences for call in within]
    assert counts == sorted(counts) and counts[0] > 0 and counts[-1] < read
    size = log_file.stat().st_size
    done = [call.bytes_done for call in within]
    assert done == sorted(done) and done[0] > 0 and done[-1] < size and all(c.bytes_total == size for c in within)
    assert calls[-1] == ScanProgress(1, 1, read, size, size)


def test_progress_by_bytes_follows_the_text_of_a_file_without_many_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long file of few, long sentences (a table's rows, a log) reported nothing for its first 5,000 sentences:
    its share of the text read is reported every `PROGRESS_SHARE` of it as well."""
    folder = tmp_path / "docs"
    rows = [f"Row {n} holds the reading of the gauge at the weir, taken at dawn by the keeper." for n in range(400)]
    write(folder / "gauge.txt", "\n\n".join(rows) + "\n")
    calls: list[ScanProgress] = []
    scan_documents(folder, {}, progress=calls.append)
    within = [call for call in calls if call.files_done == 0]
    assert len(within) >= 50  # about one a hundredth of its text, though it has far fewer than 5,000 sentences
    assert all(call.sentences < 5_000 for call in within)


def test_a_pdf_reports_its_pages_as_they_are_read(tmp_path: Path) -> None:
    """A PDF's pages take most of its reading, before a sentence is split: its bytes move page by page (up to
    `PAGES_SHARE` of the file), then with its text."""
    from retrieval.ingest.formats.pdf import PAGES_SHARE

    folder = tmp_path / "docs"
    pdf = FORMATS / "nist_sp800-63b_pages11-16.pdf"
    size = write(folder / "guide.pdf", pdf.read_bytes()).stat().st_size
    calls: list[ScanProgress] = []
    scan_documents(folder, {}, progress=calls.append)
    within = [call.bytes_done for call in calls if call.files_done == 0]
    by_pages = [done for done in within if done <= int(size * PAGES_SHARE)]
    assert len(by_pages) >= 6  # six pages
    assert within == sorted(within) and within[0] == int(size * PAGES_SHARE / 6) and within[-1] < size
    assert calls[-1].bytes_done == size


def test_an_epub_reports_its_chapters_as_they_are_read(tmp_path: Path) -> None:
    """An EPUB's chapters are read one by one before its text is split: its bytes move chapter by chapter, each
    step the chapter's share of the unpacked chapters (up to `CHAPTERS_SHARE` of the file), then with its text.
    Before, only a PDF's pages moved within a file; an EPUB stood at 0 until its text was split."""
    from retrieval.ingest.formats.web import CHAPTERS_SHARE
    from tests.test_formats import epub_bytes

    chapters = {
        f"c{n}": "".join(
            f"<p>The keeper of light {n}.{k} trims the wick at dusk and logs the ships.</p>" for k in range(n)
        )
        for n in (5, 40, 10, 80, 20, 60)
    }
    book = epub_bytes(chapters)
    size = write(tmp_path / "docs" / "keeper.epub", book).stat().st_size
    calls: list[ScanProgress] = []
    scan_documents(tmp_path / "docs", {}, progress=calls.append)
    within = [call.bytes_done for call in calls if call.files_done == 0]
    by_chapters = [done for done in within if done <= int(size * CHAPTERS_SHARE)]
    assert len(by_chapters) >= len(chapters)
    assert within == sorted(within) and within[-1] < size and calls[-1].bytes_done == size
    # the steps follow the chapters' sizes: the first, short chapter moves the bytes less than the second, long one
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        sizes = [archive.getinfo(f"{name}.xhtml").file_size for name in chapters]
    assert by_chapters[0] == int(size * CHAPTERS_SHARE * sizes[0] / sum(sizes))
    assert by_chapters[1] == int(size * CHAPTERS_SHARE * sum(sizes[:2]) / sum(sizes))


def test_a_docx_reports_its_paragraphs_as_they_are_read_about_a_hundred_times(tmp_path: Path) -> None:
    """A DOCX's paragraphs and tables move its bytes as the reader walks them (up to `PARAGRAPHS_SHARE` of the
    file), about `_PROGRESS_REPORTS` times however many paragraphs it has, not once for each."""
    import docx

    from retrieval.ingest.formats.office import _PROGRESS_REPORTS, PARAGRAPHS_SHARE

    document = docx.Document()
    document.add_heading("Keeper's log", level=1)
    for n in range(1500):
        document.add_paragraph(f"Night {n}: the keeper of light trims the wick at dusk and logs the ships he sees.")
    path = tmp_path / "docs" / "log.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    size = path.stat().st_size
    calls: list[ScanProgress] = []
    scan_documents(tmp_path / "docs", {}, progress=calls.append)
    within = [call.bytes_done for call in calls if call.files_done == 0]
    # before a sentence is split, the bytes move with the paragraphs walked
    by_paragraphs = [
        call.bytes_done for call in calls if call.files_done == 0 and call.sentences == 0 and call.bytes_done
    ]
    assert max(by_paragraphs) <= int(size * PARAGRAPHS_SHARE)
    assert _PROGRESS_REPORTS // 2 <= len(by_paragraphs) <= _PROGRESS_REPORTS + 1
    assert within == sorted(within) and within[-1] < size and calls[-1].bytes_done == size
