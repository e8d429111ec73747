"""retrieval/ingest/upload.py: the file rules of /docs add and /docs remove, on real files and real document bytes."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retrieval.ingest import upload
from retrieval.ingest.upload import (
    UploadRefused,
    check_content,
    check_size,
    document_name,
    removable_path,
    remove_document,
    same_content,
    target_path,
    upload_folder,
    write_document,
)
from retrieval.ingest.walk import find_documents
from tests.files import FORMATS, GOOD, write

PDF = (FORMATS / "artofwar_groff.pdf").read_bytes()
MB = 1024 * 1024


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.pdf", "report.pdf"),
        ("Report 2024.PDF", "Report 2024.PDF"),
        ("notes.TXT", "notes.TXT"),
        ("cafe\u0301.md", "caf\u00e9.md"),  # NFC: the name the walker and the store see
        ("résumé (final) v2.docx", "résumé (final) v2.docx"),
    ],
)
def test_document_names_that_are_kept(name: str, expected: str) -> None:
    assert document_name(name) == expected


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("../../etc/cron.d/evil.txt", "not a plain name"),
        ("..", "not a plain name"),
        ("sub/report.txt", "not a plain name"),
        ("sub\\report.txt", "not a plain name"),
        ("/etc/passwd.txt", "not a plain name"),
        ("", "not a plain name"),
        (".hidden.md", "hidden"),
        (".docbotignore", "hidden"),
        ("bad\x00name.txt", "characters not allowed"),
        ("line\nbreak.txt", "characters not allowed"),
        ("right\u202eto-left.txt", "characters not allowed"),
        ("what?.txt", "characters not allowed"),
        ("report.txt.", "ends with a dot"),
        (" report.txt", "starts or ends with a space"),
        ("CON.txt", "reserved for devices"),
        ("x" * 300 + ".txt", "too long"),
        ("program.exe", "does not have a document's suffix"),
        ("README", r"has no suffix, .*: name it as what it is \(`README.txt`, `README.md`"),
        ("data.csv", "is a spreadsheet"),
        ("docs.zip", "is an archive: .* unpack it and add its documents one by one"),
        ("site.tar.gz", "is an archive"),
        ("scan.JPG", "is a picture: docbot reads the text of documents, not images"),
        ("letter.doc", r"save it as `\.docx` and add that"),
    ],
)
def test_document_names_that_are_refused(name: str, why: str) -> None:
    with pytest.raises(UploadRefused, match=why):
        document_name(name)


def test_a_refused_name_is_echoed_without_control_characters_or_backticks() -> None:
    with pytest.raises(UploadRefused) as refused:
        document_name("a`b\x07.exe")
    message = str(refused.value)
    assert "\x07" not in message and "a?b?.exe" in message


def test_a_long_refused_name_is_echoed_cut_with_an_ellipsis() -> None:
    name = "report-" + "x" * 140 + "\x07.pdf"
    with pytest.raises(UploadRefused) as refused:
        document_name(name)
    shown = re.search(r"`([^`]*)`", str(refused.value))
    assert shown is not None and len(shown.group(1)) == 100
    assert shown.group(1).startswith("report-xxx") and shown.group(1).endswith("x…")


@given(st.text(min_size=1, max_size=60))
def test_every_accepted_name_stays_one_visible_file_inside_the_folder(name: str) -> None:
    try:
        safe = document_name(name)
    except UploadRefused:
        return
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".") and safe not in {".", ".."}
    root = Path("/srv/docs")
    assert target_path(root, safe).parent == root.resolve()


def test_upload_folder_without_collections() -> None:
    assert upload_folder(None, "") == ""
    assert upload_folder(None, "reports/2024") == "reports/2024"
    assert upload_folder(None, "/reports/") == "reports"
    for folder, why in (("../elsewhere", "not a plain name"), (".git", "hidden"), ("a/../../b", "not a plain name")):
        with pytest.raises(UploadRefused, match=why):
            upload_folder(None, folder)
    with pytest.raises(UploadRefused, match="too deep"):
        upload_folder(None, "a/b/c/d/e/f")


def test_upload_folder_with_collections() -> None:
    assert upload_folder(frozenset({"alpha"}), "") == "alpha"
    assert upload_folder(frozenset({"alpha"}), "alpha/reports") == "alpha/reports"
    assert upload_folder(frozenset({"alpha", "gamma"}), "gamma") == "gamma"
    with pytest.raises(UploadRefused, match=r"several collections .*`alpha`, `gamma`"):
        upload_folder(frozenset({"alpha", "gamma"}), "")
    with pytest.raises(UploadRefused, match="not one of this server's collections"):
        upload_folder(frozenset({"alpha"}), "beta")
    many = frozenset(f"c{n:03}" for n in range(300))
    with pytest.raises(UploadRefused, match=r"\(`c000`, .*`c009` and 290 more\): choose one with `folder`") as refused:
        upload_folder(many, "")
    assert len(str(refused.value)) < 300
    with pytest.raises(UploadRefused, match="not a plain name"):
        upload_folder(frozenset({"alpha"}), "alpha/../beta")


def test_collection_names_with_backticks_keep_their_code_spans() -> None:
    """A collection (a folder) named with a backtick is listed as refused names are (hq14: it broke the span)."""
    with pytest.raises(UploadRefused) as refused:
        upload_folder(frozenset({"team`notes", "alpha"}), "")
    assert "(`alpha`, `team?notes`)" in str(refused.value)


def test_size_is_checked_declared_or_downloaded() -> None:
    check_size(1, MB)
    check_size(MB, MB)
    with pytest.raises(UploadRefused, match="empty"):
        check_size(0, MB)
    with pytest.raises(UploadRefused, match=r"2\.0 MB; documents may be at most 1\.0 MB"):
        check_size(2 * MB, MB)


@pytest.mark.parametrize(
    ("name", "data_file", "fmt"),
    [
        ("manual.txt", "artofwar_groff.pdf", "pdf"),  # a PDF named .txt is a PDF
        ("art.pdf", "artofwar_groff.pdf", "pdf"),
        ("pep8.docx", "pep8_pandoc.docx", "docx"),
        ("pep8.odt", "pep8_pandoc.odt", "odt"),
        ("pep8.epub", "pep8_pandoc.epub", "epub"),
        ("pep8.rtf", "pep8_pandoc.rtf", "rtf"),
        ("go.html", "go_diagnostics.html", "html"),
        ("pep8.rst", "pep-0008.rst", "rst"),
        ("hero.md", "sqlmodel_simple_hero_api.md", "markdown"),
        ("art.txt", "artofwar_gutenberg.txt", "text"),
        ("talk.pptx", "unstructured_sample-presentation.pptx", "pptx"),
        ("talk.odp", "unstructured_sample-presentation.odp", "odp"),
        ("running.ipynb", "jupyter_running_code.ipynb", "notebook"),
    ],
)
def test_content_is_read_as_the_indexer_reads_it(name: str, data_file: str, fmt: str) -> None:
    assert check_content(name, (FORMATS / data_file).read_bytes(), 20 * MB) == fmt


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("empty.txt", b"", "empty"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a document docbot can read"),
        ("program.md", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "not a document docbot can read"),
        ("broken.pdf", b"this is no PDF at all, only text under a PDF's name", "cannot be read: damaged PDF."),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "cannot be read: binary file (NUL bytes)."),
        ("headings.md", b"# Only a heading\n", "cannot be read: no sentences found."),
        ("scan.pdf", (FORMATS / "scanned_page.pdf").read_bytes(), "cannot be read: scanned PDF with no text layer."),
    ],
)
def test_content_that_is_refused(name: str, data: bytes, why: str) -> None:
    with pytest.raises(UploadRefused, match=re.escape(why)):
        check_content(name, data, 20 * MB)


def test_content_larger_than_the_cap_is_refused() -> None:
    with pytest.raises(UploadRefused, match="at most"):
        check_content("art.pdf", PDF, len(PDF) - 1)


def test_write_is_atomic_visible_to_the_walker_and_never_overwrites_unasked(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    path = write_document(root, "reports/2024/Résumé.TXT", GOOD.encode())
    assert path == root.resolve() / "reports" / "2024" / "Résumé.TXT"
    assert path.read_bytes() == GOOD.encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["Résumé.TXT"]  # no temporary file left behind
    assert [c.relative for c in find_documents(root, [])] == ["reports/2024/Résumé.TXT"]
    with pytest.raises(UploadRefused, match=r"already there; it was not overwritten\. Nothing was saved\.$"):
        write_document(root, "reports/2024/Résumé.TXT", b"Other text.\n")
    assert path.read_bytes() == GOOD.encode() and same_content(path, GOOD.encode())
    write_document(root, "reports/2024/Résumé.TXT", b"Other text.\n", replace=True)
    assert path.read_bytes() == b"Other text.\n" and not same_content(path, GOOD.encode())
    assert [p.name for p in path.parent.iterdir()] == ["Résumé.TXT"]


@pytest.mark.parametrize("relative", ["new.txt", "reports/2024/new.txt"])
@pytest.mark.parametrize("replace", [False, True])
def test_a_documents_folder_that_is_gone_is_never_made_anew(tmp_path: Path, relative: str, replace: bool) -> None:
    # A share unmounted or a folder moved: a file written would recreate the root where the share should be.
    root = tmp_path / "docs"
    with pytest.raises(UploadRefused, match=r"documents folder is not there .* Nothing was saved\.$"):
        write_document(root, relative, GOOD.encode(), replace=replace)
    assert list(tmp_path.iterdir()) == []


def test_a_documents_folder_gone_mid_write_is_not_made_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    real_mkstemp = upload.tempfile.mkstemp

    def unmounted(*args: object, **kwargs: object) -> tuple[int, str]:
        shutil.rmtree(root)  # gone between the check and the write
        return real_mkstemp(*args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(upload.tempfile, "mkstemp", unmounted)
    with pytest.raises(UploadRefused, match="documents folder is not there"):
        write_document(root, "reports/new.txt", GOOD.encode())
    assert list(tmp_path.iterdir()) == []


def test_a_file_system_without_hard_links_still_never_overwrites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(source: str, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(upload.os, "link", no_links)
    write_document(tmp_path, "new.txt", b"First.\n")
    with pytest.raises(UploadRefused, match="already there"):
        write_document(tmp_path, "new.txt", b"Second.\n")
    assert (tmp_path / "new.txt").read_bytes() == b"First.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt"]


def test_a_folder_that_is_a_link_or_ignored_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    outside = tmp_path / "outside"
    outside.mkdir()
    root.mkdir()
    (root / "alpha").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UploadRefused, match="is a link"):
        write_document(root, "alpha/new.txt", GOOD.encode())
    assert list(outside.iterdir()) == []
    write(root / ".docbotignore", "drafts/\n")
    with pytest.raises(UploadRefused, match=r"left out by the folder's \.docbotignore"):
        write_document(root, "drafts/new.txt", GOOD.encode())
    assert not (root / "drafts").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; see the test below")
def test_a_read_only_folder_is_a_clear_refusal(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    root.chmod(0o555)
    try:
        with pytest.raises(UploadRefused, match="documents folder cannot be written"):
            write_document(root, "new.txt", GOOD.encode())
    finally:
        root.chmod(0o755)
    assert list(root.iterdir()) == []


def test_a_read_only_file_system_is_a_clear_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As root the permission bits do not stop a write; a read-only mount does, with EROFS, which is simulated here.
    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(upload.tempfile, "mkstemp", read_only)
    with pytest.raises(UploadRefused, match=r"documents folder cannot be written \(read-only file system\)"):
        write_document(tmp_path, "new.txt", GOOD.encode())
    assert list(tmp_path.iterdir()) == []


def test_removal_only_inside_the_scope(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    write(root / "alpha" / "okapi.txt", GOOD)
    write(root / "beta" / "zebra.txt", GOOD)
    write(root / "root.txt", GOOD)
    write(tmp_path / "secret.txt", GOOD)
    alpha = frozenset({"alpha"})
    for relative in ("beta/zebra.txt", "root.txt", "../secret.txt", "alpha/../beta/zebra.txt", "alpha/missing.txt"):
        with pytest.raises(UploadRefused, match="not one of this server's documents"):
            remove_document(root, relative, alpha)
    assert (
        (root / "beta" / "zebra.txt").exists() and (root / "root.txt").exists() and (tmp_path / "secret.txt").exists()
    )
    assert removable_path(root, "/alpha/okapi.txt", alpha) == root.resolve() / "alpha" / "okapi.txt"
    remove_document(root, "alpha/okapi.txt", alpha)
    assert not (root / "alpha" / "okapi.txt").exists()
    remove_document(root, "root.txt", None)  # without collections: anything under the root
    assert not (root / "root.txt").exists()
    with pytest.raises(UploadRefused):
        remove_document(root, "alpha", None)  # a folder is no document


def test_a_name_written_with_a_separate_accent_can_be_removed(tmp_path: Path) -> None:
    """macOS writes "é" as "e" and a combining accent: the autocomplete offers that name, and a typed name has the
    composed "é"; both find the file (the name was made composed first, and the decomposed file was never found)."""
    root = tmp_path / "docs"
    decomposed = unicodedata.normalize("NFD", "Café notes.txt")
    for offered in (decomposed, unicodedata.normalize("NFC", decomposed)):
        write(root / "alpha" / decomposed, GOOD)
        assert removable_path(root, f"alpha/{offered}", frozenset({"alpha"})).name == decomposed
        remove_document(root, f"alpha/{offered}", frozenset({"alpha"}))
        assert not (root / "alpha" / decomposed).exists()
    with pytest.raises(UploadRefused, match="not one of this server's documents"):
        remove_document(root, f"beta/{decomposed}", frozenset({"alpha"}))


def test_removing_a_link_removes_the_link_not_its_target(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    target = write(root / "real.txt", GOOD)
    (root / "alias.txt").symlink_to(target)
    remove_document(root, "alias.txt", None)
    assert not (root / "alias.txt").exists() and target.read_text() == GOOD
