"""The SQLite store: numbered migrations in PRAGMA user_version, WAL, and clear errors (retrieval/store/)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from retrieval.ingest.walk import scan_documents
from retrieval.store import database
from retrieval.store.database import MIGRATIONS, Store, StoreError


def user_version(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


async def test_fresh_database_is_migrated_to_the_last_version(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "db.sqlite3"  # missing folders are created
    store = await Store.open(path)
    try:
        assert await store.schema_version() == len(MIGRATIONS)
    finally:
        await store.close()
    assert user_version(path) == len(MIGRATIONS) >= 1
    assert {"documents", "sentences", "meta"} <= tables(path)


async def test_wal_mode_is_on(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = await Store.open(path)
    await store.close()
    # journal_mode=WAL is persistent: a new connection sees it in the file
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Alpha\n\nThe okapi sleeps.\n")
    store = await Store.open(path)
    try:
        await store.apply_scan(scan_documents(docs, {}), {"tokenizer_version": "x"})
        rows_before = await store.load_sentences()
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:
        schema_before = connection.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    store = await Store.open(path)
    try:
        assert await store.migrate() == len(MIGRATIONS)  # and once more by hand: still nothing to do
        assert await store.schema_version() == len(MIGRATIONS)
        assert await store.load_sentences() == rows_before
        assert await store.get_meta("tokenizer_version") == "x"
    finally:
        await store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    assert user_version(path) == len(MIGRATIONS)


async def test_database_from_a_newer_docbot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE future (x)")
        connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 3}")
    with pytest.raises(StoreError) as caught:
        await Store.open(path)
    message = str(caught.value)
    assert f"schema version {len(MIGRATIONS) + 3}" in message and "newer" in message
    assert "upgrade docbot" in message and "docbot index" in message and "\n" not in message
    with pytest.raises(StoreError) as reading:
        await Store.open(path, read_only=True)
    assert str(reading.value) == message  # one wording, opened to write or to read
    # refused, not changed
    assert user_version(path) == len(MIGRATIONS) + 3
    assert tables(path) == {"future"}


@pytest.mark.parametrize(
    "garbage",
    [
        b"this is not a database, just some text that happens to sit where the index should be\n" * 100,
        bytes(range(256)) * 64,
        b"SQLite format 3\x00" + b"\xff" * 4080,  # the right magic, then nonsense
    ],
)
async def test_corrupt_file_says_how_to_rebuild(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(garbage)
    with pytest.raises(StoreError) as caught:
        await Store.open(path)
    message = str(caught.value)
    assert str(path) in message
    assert "corrupt" in message and "rebuild" in message and "docbot index" in message
    assert "\n" not in message
    assert path.read_bytes() == garbage  # the file is left for the user to inspect


async def test_folder_that_cannot_be_created_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the database folder") as caught:
        await Store.open(blocker / "db.sqlite3")
    assert f"{blocker} is a file, not a folder" in str(caught.value)  # not "File exists", which misleads


async def test_a_database_that_cannot_be_opened_starts_no_aiosqlite_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """aiosqlite's failed connect returns its error before its thread stops; the thread then hands its stop to the
    event loop, which `docbot index --db /proc/docbot.sqlite3` had closed by then under load: CI printed the thread's
    "Event loop is closed" traceback after docbot's one-line error. The failure is now seen with sqlite3 in a worker
    first, and aiosqlite is never started for it."""
    started: list[str] = []
    real = database.aiosqlite.connect

    def spied(target: str, *args: Any, **options: Any) -> Any:
        started.append(target)
        return real(target, *args, **options)

    monkeypatch.setattr(database.aiosqlite, "connect", spied)
    with pytest.raises(StoreError, match="cannot be created in /proc"):
        await Store.open(Path("/proc/docbot-test.sqlite3"))
    assert started == []
    with pytest.raises(StoreError):
        await Store.open(Path("/proc/docbot-test.sqlite3"), read_only=True)
    assert started == []


async def test_opening_looks_at_the_disk_off_the_event_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`Store.open` made the database's folder, tried a write in it (`refuses_writes`, for a read-only folder) and,
    when SQLite refused the file, looked at it again to say why (`store_error`) on the event loop's thread: at the
    bot's start-up, a network mount's wait held the loop. Now each runs in a worker, the message unchanged."""
    threads: dict[str, list[int]] = {"refuses_writes": [], "store_error": []}
    for name in threads:
        real = getattr(database, name)

        def spied(*args: Any, _real: Any = real, _name: str = name) -> Any:
            threads[_name].append(threading.get_ident())
            return _real(*args)

        monkeypatch.setattr(database, name, spied)
    path = tmp_path / "db.sqlite3"
    await (await Store.open(path)).close()
    await (await Store.open(path)).close()  # an existing database: its folder's writes are tried
    (tmp_path / "corrupt.sqlite3").write_bytes(b"not a database\n" * 300)
    with pytest.raises(StoreError, match="corrupt"):
        await Store.open(tmp_path / "corrupt.sqlite3")
    with pytest.raises(StoreError, match="is a folder"):
        await Store.open(tmp_path, read_only=True)
    loop_thread = threading.get_ident()
    assert all(threads.values()) and not any(loop_thread in used for used in threads.values()), threads


async def test_replacing_a_document_gives_it_fresh_rows(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Alpha\n\nThe okapi sleeps. It wakes at dusk.\n")
    (docs / "b.txt").write_text("Beta\n\nThe zebra runs.\n")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        first = scan_documents(docs, {})
        await store.apply_scan(first, {})
        assert [d.path for d in await store.documents()] == ["a.txt", "b.txt"]
        # the first lines are titles: headings, stored but not counted as sentences to answer from
        assert [(d.path, d.sentence_count) for d in await store.documents()] == [("a.txt", 2), ("b.txt", 1)]
        assert await store.sentences_of("a.txt") == [
            (1, 1, "Alpha"),
            (2, 1, "The okapi sleeps."),
            (2, 2, "It wakes at dusk."),
        ]
        (docs / "a.txt").write_text("Alpha\n\nThe okapi is awake all day now.\n")
        second = scan_documents(docs, await store.document_states())
        assert second.changed == ["a.txt"] and second.unchanged == ["b.txt"]
        await store.apply_scan(second, {})
        assert await store.sentences_of("a.txt") == [(1, 1, "Alpha"), (2, 1, "The okapi is awake all day now.")]
        # foreign keys are on: the old sentences went with their document row
        with sqlite3.connect(tmp_path / "db.sqlite3") as connection:
            orphans = connection.execute(
                "SELECT COUNT(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
        assert orphans == 0
    finally:
        await store.close()


async def test_locked_database_says_so_rather_than_corrupt(tmp_path: Path) -> None:
    from retrieval.store.database import store_error

    error = store_error(tmp_path / "db.sqlite3", sqlite3.OperationalError("database is locked"))
    assert "locked by another process" in str(error) and "corrupt" not in str(error)
    assert "--db or DB_PATH" in str(error)  # the command line's option and the bot's setting alike


def test_read_only_database_says_so_rather_than_corrupt(tmp_path: Path) -> None:
    """Deleting a database that only cannot be written would lose the questions and votes kept for /report."""
    from retrieval.store.database import store_error

    error = store_error(tmp_path / "db.sqlite3", sqlite3.OperationalError("attempt to write a readonly database"))
    assert "cannot be written" in str(error) and "corrupt" not in str(error) and "delete" not in str(error)


async def test_which_file_was_opened_is_looked_at_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Store.__init__` and `Store.gone` (asked at every failed reindex and /report) stat'ed the database file on the
    event loop's thread, as `failure_reason` asked `store_error` about a locked database there: a network mount's
    wait held the loop. Each runs in a worker now; a replaced file is still told."""
    from bot.replies import failure_reason

    threads: list[int] = []
    real = database._file_identity

    def spied(path: Path) -> tuple[int, int] | None:
        threads.append(threading.get_ident())
        return real(path)

    monkeypatch.setattr(database, "_file_identity", spied)
    errors: list[int] = []
    real_error = database.store_error

    def spied_error(path: Path, error: BaseException) -> StoreError:
        errors.append(threading.get_ident())
        return real_error(path, error)

    monkeypatch.setattr("bot.replies.store_error", spied_error)
    path = tmp_path / "db.sqlite3"
    store = await Store.open(path)
    try:
        assert await store.gone() is None
        locked = sqlite3.OperationalError("database is locked")
        assert "is locked by another process" in await failure_reason(locked, store)
        path.rename(tmp_path / "moved.sqlite3")
        path.write_bytes(b"")
        assert "was deleted or replaced while docbot ran" in (await store.gone() or "")
    finally:
        await store.close()
    loop_thread = threading.get_ident()
    assert len(threads) == 4 and errors and loop_thread not in threads + errors, (threads, errors)
