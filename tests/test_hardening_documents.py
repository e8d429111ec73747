"""Hardening against bad documents, through AnswerService and a real SQLite store (issue 6).

Every bad file is read correctly or skipped with a warning in the reindex report, the good files are still served,
and the index stays consistent: after each reindex the store is checked with a separate sqlite3 connection against
the folder (every indexed document is in the folder with the same bytes, has sentences, and nothing is orphaned).

Extends tests/test_ingest.py, which already covers: invalid UTF-8 read as Windows-1252, a binary PNG, empty and
white-space-only files, the size cap with a small cap, links out of the folder, symlink loops, broken links, hidden
files, a FIFO named like a document and non-document extensions. Here: more encodings, files with no words, a real
50 MB line, a 15 MB line under the cap, 10,000 files, files that vanish or change while the folder is being read
(driven from the reindex's own progress callback, which runs in the worker thread between files), and permission
denied for real (the scan runs as an unprivileged user, since root ignores file modes).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from retrieval.ingest.decode import decode_bytes
from retrieval.ingest.split import MAX_SENTENCE_CHARS, normalize_space
from retrieval.ingest.walk import ScanProgress
from retrieval.models import ReindexReport
from tests.files import GOOD, open_service, write

ROOT = Path(__file__).resolve().parents[1]


def check_index(db: Path, docs: Path, expected: set[str]) -> dict[str, list[str]]:
    """The store agrees with the folder: exactly `expected` is indexed, each with the folder's current bytes and at
    least one sentence found verbatim in its text, nothing orphaned, and SQLite finds the file sound.
    Returns the sentences of each document."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = connection.execute(
            "SELECT COUNT(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
        rows = connection.execute("SELECT id, path, content_hash, size FROM documents").fetchall()
        assert {row[1] for row in rows} == expected
        sentences: dict[str, list[str]] = {}
        for document_id, path, content_hash, size in rows:
            data = (docs / path).read_bytes()
            assert (hashlib.sha256(data).hexdigest(), len(data)) == (content_hash, size), f"{path} is stale"
            texts = [
                str(r[0])
                for r in connection.execute(
                    "SELECT text FROM sentences WHERE document_id = ? ORDER BY paragraph, sentence", (document_id,)
                )
            ]
            assert texts, f"{path} has no sentences"
            if path.endswith(".txt"):  # in order, each sentence is found verbatim after the one before
                flat, position = normalize_space(decode_bytes(data).text), 0
                for text in texts:
                    position = flat.find(text, position)
                    assert position >= 0, f"{path} holds a sentence that is not in the file: {text[:80]!r}"
                    position += len(text)
            sentences[path] = texts
    return sentences


def reasons(report: ReindexReport, path: str) -> list[str]:
    return [w.reason for w in report.warnings if w.path == path]


# ---------------------------------------------------------------------------------------------------- encodings

ENCODED: list[tuple[str, bytes, str | None, str | None]] = [
    # name, bytes, a sentence that must be read (None: the file is skipped), a word of the warning (None: no warning)
    (
        "utf8.txt",
        "Plain\n\nThe naïve café served crème brûlée.\n".encode(),
        "The naïve café served crème brûlée.",
        None,
    ),
    ("utf8-bom.txt", b"\xef\xbb\xbfBOM title\n\nThe okapi drinks at dawn.\n", "The okapi drinks at dawn.", None),
    (
        "utf16le.txt",
        "\ufeffWide\n\nThe Zürich okapi sleeps.\n".encode("utf-16-le"),
        "The Zürich okapi sleeps.",
        None,  # the byte-order mark says what it is: read silently
    ),
    (
        "utf16be.txt",
        "\ufeffWide\n\nThe Kraków okapi runs.\n".encode("utf-16-be"),
        "The Kraków okapi runs.",
        None,  # the byte-order mark says what it is: read silently
    ),
    (
        "utf32.txt",
        "\ufeffWider\n\nThe Ångström okapi waits.\n".encode("utf-32-le"),
        "The Ångström okapi waits.",
        None,
    ),
    (
        "cp1252.txt",
        "Legacy\n\nThe “okapi” costs 5 € — or £4.\n".encode("cp1252"),
        "The “okapi” costs 5 € — or £4.",
        "Windows-1252",
    ),
    (
        # UTF-8 with one corrupt byte: still UTF-8, not mojibake ("cafÃ©")
        "utf8-one-bad-byte.txt",
        "Mostly UTF-8\n\nThe café okapi eats “leaves”.\n".encode() + b"Cut off \xe2\x80\n",
        "The café okapi eats “leaves”.",
        "U+FFFD",
    ),
    ("crlf.txt", b"Windows lines\r\n\r\nThe okapi rests.\r\nIt sleeps.\rOld Mac line.\r\n", "It sleeps.", None),
    ("utf16-broken.txt", b"\xff\xfe" + "Hello okapi.".encode("utf-16-le") + b"\x00\xd8", None, "invalid UTF-16"),
    # no byte-order mark: a guess from where the NUL bytes fall, so said
    ("utf16-no-bom.txt", "No mark\n\nThe okapi hides.\n".encode("utf-16-le"), "The okapi hides.", "UTF-16-LE"),
    ("nul-inside.txt", b"Text\n\nThe okapi\x00 hides.\n", None, "binary"),
    ("elf.md", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4, None, "binary"),
    ("bom-only.txt", b"\xef\xbb\xbf", None, "empty"),
    ("utf16-blank.txt", b"\xff\xfe" + " \r\n\t ".encode("utf-16-le"), None, "empty"),
    ("zero-width-only.txt", "\u200b\u200c\u200d\u2060\ufeff\u200b".encode(), None, "no words"),
    ("punctuation-only.md", b"... !!! ??? --- ***\n\n\xe2\x80\xa6\n", None, "no words"),
    ("emoji-only.txt", "🎉🎉 🦒\n\n👍\n".encode(), None, "no words"),
]


async def test_encodings_are_read_or_skipped_with_a_warning(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    write(docs / "good.txt", GOOD)
    for name, data, _, _ in ENCODED:
        write(docs / name, data)
    async with open_service(docs, db, index=False) as service:
        report = await service.reindex()
        read = {"good.txt"} | {name for name, _, sentence, _ in ENCODED if sentence is not None}
        assert set(report.added) == read
        sentences = check_index(db, docs, read)
        for name, _, sentence, warning in ENCODED:
            found = reasons(report, name)
            if warning is None:
                assert found == [], name
            else:
                assert len(found) == 1 and warning in found[0], (name, found)
            if sentence is None:
                assert "skipped" in found[0], name
            else:
                assert sentence in sentences[name], (name, sentences[name])
                assert not any("\ufeff" in s or "Ã" in s for s in sentences[name]), name
        titles = {d.path: d.title for d in service.sources()}
        assert titles["utf8-bom.txt"] == "BOM title" and titles["utf16le.txt"] == "Wide"
        answer = await service.ask("Where does the Zürich okapi sleep?")
        assert answer.hits and answer.hits[0].text == "The Zürich okapi sleeps."


# ---------------------------------------------------------------------------------------------------- big files


async def test_a_50_mb_single_line_is_skipped_at_the_cap(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    write(docs / "good.txt", GOOD)
    with open(docs / "line.txt", "wb") as handle:  # 50 MB of words and no line break at all
        chunk = b"okapi forest river stone " * 40_000  # 1,000,000 bytes
        for _ in range(50):
            handle.write(chunk)
    assert (docs / "line.txt").stat().st_size == 50_000_000
    async with open_service(docs, db, index=False) as service:  # the default cap, 20 MiB
        report = await service.reindex()
        assert report.added == ("good.txt",)
        assert reasons(report, "line.txt") == ["larger than the 20 MiB cap (MAX_FILE_MB); skipped"]
        check_index(db, docs, {"good.txt"})


_FIFTEEN_MB = r"""
import asyncio, json, resource, sys, time
from pathlib import Path
from retrieval.service import AnswerService
from retrieval.store.database import Store
from bot.format import MESSAGE_LIMIT, format_answer

async def main() -> None:
    docs, db = Path(sys.argv[1]), Path(sys.argv[2])
    store = await Store.open(db)
    try:
        service = AnswerService(store, docs)
        started = time.perf_counter()
        report = await service.reindex()
        indexed = time.perf_counter() - started
        started = time.perf_counter()
        answer = await service.ask("Where does the okapi graze by the waterfall?")
        reply = format_answer(answer)
        asked = time.perf_counter() - started
        print(json.dumps({
            "added": list(report.added), "warnings": [str(w) for w in report.warnings],
            "sentences": report.sentences, "index_s": indexed, "ask_s": asked,
            "hits": [h.text for h in answer.hits], "reply_chars": len(reply),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }))
    finally:
        await store.close()

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_a_15_mb_single_line_under_the_cap_is_read_in_capped_pieces(tmp_path: Path) -> None:
    """One 15 MB line with no sentence end (base64-like runs with a few words): read, cut into pieces of at most
    MAX_SENTENCE_CHARS, each verbatim, and a question about it answered with a short quote. Before the cap the line
    was one 15 MB "sentence": every answer that hit it took seconds to rank and format on the event loop.
    Runs in its own process for a clean peak memory figure; time and memory are printed, not asserted (memory
    only against a blow-up bound)."""
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    block = hashlib.sha512(b"okapi").hexdigest()  # 128 hex characters
    unit = " ".join([block[:60], block[60:120], "okapi", "grazes", "near", "the", "waterfall", "and"]) + " "
    line = (unit * (15 * 1024 * 1024 // len(unit) + 1))[: 15 * 1024 * 1024]
    write(docs / "line.txt", line)
    script = tmp_path / "fifteen.py"
    script.write_text(_FIFTEEN_MB)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(script), str(docs), str(db)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"\n15 MB line: {result['sentences']:,} pieces, indexed in {result['index_s']:.1f} s, answered and formatted"
        f" in {result['ask_s'] * 1000:.0f} ms, peak RSS {result['peak_rss_mb']:.0f} MB"
        f" (whole run {time.perf_counter() - started:.1f} s)"
    )
    assert result["added"] == ["line.txt"] and result["warnings"] == []
    assert result["sentences"] >= len(line) // MAX_SENTENCE_CHARS
    assert result["hits"] and all(len(h) <= MAX_SENTENCE_CHARS and h in line for h in result["hits"])
    assert "waterfall" in result["hits"][0]
    assert 0 < result["reply_chars"] <= 2000
    assert result["peak_rss_mb"] < 4096  # a guard against a blow-up, far above the ~1 GB measured
    pieces = check_index(db, docs, {"line.txt"})["line.txt"]
    assert max(len(p) for p in pieces) <= MAX_SENTENCE_CHARS
    assert " ".join(pieces) == normalize_space(line)  # nothing lost between the pieces


async def test_ten_thousand_small_files(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    started = time.perf_counter()
    for n in range(10_000):
        folder = docs / f"shelf{n // 1000}"
        if n % 1000 == 0:
            folder.mkdir(parents=True)
        (folder / f"item{n:05d}.txt").write_text(f"Item {n}\n\nItem {n} is kept in bin {n % 97} of the store.\n")
    written = time.perf_counter() - started
    async with open_service(docs, db, index=False) as service:
        started = time.perf_counter()
        first = await service.reindex()
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        second = await service.reindex()
        second_s = time.perf_counter() - started
        answer = await service.ask("Which bin holds item 4242?")
    print(
        f"\n10,000 files: written in {written:.1f} s, first index {first_s:.1f} s, unchanged reindex {second_s:.2f} s"
    )
    assert len(first.added) == 10_000 and first.warnings == () and first.documents == 10_000
    assert second.unchanged == 10_000 and not second.touched
    assert answer.hits[0].source.path == "shelf4/item04242.txt"
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM documents").fetchone() == (10_000,)
        assert connection.execute("SELECT COUNT(*) FROM sentences").fetchone() == (20_000,)
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


# ------------------------------------------------------------------------------------------ changes while reading

BRAVO = "Bravo report\n\nThe bravo okapi sleeps under the fig tree.\n"


def _vanish(path: Path, outside: Path) -> None:
    path.unlink()


def _change(path: Path, outside: Path) -> None:
    path.write_text("Bravo report, second edition\n\nThe bravo zebra now sleeps by the river.\n")


def _truncate(path: Path, outside: Path) -> None:
    path.write_bytes(b"")


def _grow(path: Path, outside: Path) -> None:
    path.write_text(BRAVO + "More words about the okapi. " * 200)


def _fifo(path: Path, outside: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _folder(path: Path, outside: Path) -> None:
    path.unlink()
    path.mkdir()


def _link_out(path: Path, outside: Path) -> None:
    path.unlink()
    path.symlink_to(outside)


SWAPS: list[tuple[Callable[[Path, Path], None], bool, str]] = [
    # what happens to b.txt after it was listed and before it is read, whether it is then indexed, the warning
    (_vanish, False, "vanished while indexing"),
    (_change, True, ""),
    (_truncate, False, "empty file"),
    (_grow, False, "grew past the 2,000 bytes cap"),
    (_fifo, False, "not a regular file"),
    (_folder, False, "is a directory"),
    (_link_out, False, "link"),
]


@pytest.mark.parametrize(("swap", "indexed", "warning"), SWAPS, ids=[s[0].__name__.strip("_") for s in SWAPS])
async def test_a_file_that_changes_between_listing_and_reading(
    tmp_path: Path, swap: Callable[[Path, Path], None], indexed: bool, warning: str
) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    secret = write(tmp_path / "outside" / "secret.txt", "Secret\n\nThe vault code is 4711 and the okapi knows it.\n")
    write(docs / "a.txt", GOOD)
    target = write(docs / "b.txt", BRAVO)
    write(docs / "c.txt", "Charlie report\n\nThe charlie okapi wakes at noon.\n")
    swapped = threading.Event()

    def progress(read: ScanProgress) -> None:
        # Runs in the reindex's worker thread after each file: after a.txt, b.txt is listed but not read yet.
        if read.files_done == 1 and not swapped.is_set():
            swap(target, secret)
            swapped.set()

    unblock = _unblock_fifo_later(target)  # had the scan opened a FIFO, it would wait for a writer for ever
    try:
        async with open_service(docs, db, index=False, max_file_bytes=2000) as service:
            report = await asyncio.wait_for(service.reindex(progress=progress), 30)
            assert swapped.is_set()
            expected = {"a.txt", "c.txt"} | ({"b.txt"} if indexed else set())
            assert set(report.added) == expected
            found = reasons(report, "b.txt")
            if warning:
                assert len(found) == 1 and warning in found[0] and "skipped" in found[0], found
            sentences = check_index(db, docs, expected)
            if indexed:  # the bytes read are the new ones, with the new file's size and time
                assert "The bravo zebra now sleeps by the river." in sentences["b.txt"]
            answer = await service.ask("What is the vault code?")
            assert all("vault" not in hit.text for hit in answer.hits)
            # The next reindex agrees with the folder as it is now, and the one after changes nothing.
            again = await service.reindex()
            check_index(db, docs, expected)
            assert not again.touched
            assert not (await service.reindex()).touched
    finally:
        unblock.set()


def _unblock_fifo_later(path: Path) -> threading.Event:
    cancel = threading.Event()

    def run() -> None:
        if not cancel.wait(10) and path.exists() and path.is_fifo():
            with contextlib.suppress(OSError), open(path, "wb"):
                pass

    threading.Thread(target=run, daemon=True).start()
    return cancel


async def test_a_file_changed_just_after_it_was_read_is_picked_up_next_time(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    first = write(docs / "a.txt", GOOD)
    write(docs / "b.txt", BRAVO)

    def progress(read: ScanProgress) -> None:
        if read.files_done == 1:  # a.txt was read a moment ago
            first.write_text("Good document, revised\n\nThe okapi is a bold animal of the savanna now.\n")

    async with open_service(docs, db, index=False) as service:
        report = await service.reindex(progress=progress)
        assert set(report.added) == {"a.txt", "b.txt"}
        with contextlib.closing(sqlite3.connect(db)) as connection:  # the index holds what was read, whole
            texts = [r[0] for r in connection.execute("SELECT text FROM sentences ORDER BY id")]
        assert "The okapi is a shy animal of the forest." in texts and not any("savanna" in t for t in texts)
        again = await service.reindex()
        assert again.changed == ("a.txt",)
        assert "savanna" in check_index(db, docs, {"a.txt", "b.txt"})["a.txt"][-1]


async def test_a_known_file_that_vanishes_while_reading_leaves_the_index(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    write(docs / "a.txt", GOOD)
    target = write(docs / "b.txt", BRAVO)
    async with open_service(docs, db, index=False) as service:
        await service.reindex()
        write(docs / "b.txt", BRAVO.replace("fig", "olive"))  # changed, so it will be read again...

        def progress(read: ScanProgress) -> None:
            if read.files_done == 1:
                target.unlink()  # ...but it is gone when its turn comes

        report = await service.reindex(progress=progress)
        assert report.removed == ("b.txt",) and "vanished" in reasons(report, "b.txt")[0]
        check_index(db, docs, {"a.txt"})
        answer = await service.ask("Where does the bravo okapi sleep?")
        assert all(hit.source.path == "a.txt" for hit in answer.hits)


# ---------------------------------------------------------------------------------------------------- permissions

NOBODY = 65534


@contextlib.contextmanager
def world_readable_folder() -> Iterator[Path]:
    """A folder an unprivileged user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="docbot-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _reindex_as(uid: int, docs: Path, db: Path) -> ReindexReport:
    """Reindex `docs` into `db` as user `uid`: in a forked child when we are root, here otherwise."""

    async def run() -> ReindexReport:
        async with open_service(docs, db, index=False) as service:
            return await service.reindex()

    if os.geteuid() != 0:
        return asyncio.run(run())
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root for good, reindex, send the report back
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            payload = pickle.dumps(asyncio.run(run()))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as incoming:
        payload = incoming.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0 and payload, "the unprivileged reindex failed"
    report = pickle.loads(payload)
    assert isinstance(report, ReindexReport)
    return report


def test_files_and_folders_without_read_permission() -> None:
    """Permission denied for real: as root the scan runs in a child that gave up root (chmod does not stop root)."""
    with world_readable_folder() as base:
        docs, db = base / "docs", base / "state" / "db.sqlite3"
        write(docs / "good.txt", GOOD)
        write(docs / "secret.txt", "Secret\n\nThe vault code is 4711.\n").chmod(0o000)
        write(docs / "locked" / "inner.txt", "Inner\n\nThe vault is behind the okapi.\n")
        write(docs / "open" / "fine.md", "# Fine\n\nThe okapi reads this one.\n")
        for path in [base, docs, *docs.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
            elif path.name != "secret.txt":
                path.chmod(0o644)
        (docs / "locked").chmod(0o000)
        (base / "state").mkdir(mode=0o777)
        (base / "state").chmod(0o777)
        report = _reindex_as(NOBODY, docs, db)
        assert set(report.added) == {"good.txt", "open/fine.md"}
        assert reasons(report, "secret.txt") == ["cannot be read (permission denied); skipped"]
        locked = reasons(report, "locked/")
        assert len(locked) == 1 and "permission denied" in locked[0], report.warnings
        (docs / "locked").chmod(0o755)
        check_index(db, docs, {"good.txt", "open/fine.md"})
