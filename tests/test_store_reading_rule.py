"""One rule for every reader of the store (retrieval/store/reader.py `may_read_immutable`): a database whose folder
cannot be written is read immutable, a database another process holds locked is never read past its writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from retrieval.feedback import Feedback
from retrieval.store import database
from retrieval.store import feedback as feedback_sql
from retrieval.store.database import Store, StoreError, read_only_folder, refuses_writes, store_error
from retrieval.store.reader import answerable_count, connect_reading, connect_readonly
from tests.files import GOOD, open_service, write_docs
from tests.test_faults import read_only_mount

ASKED = "Is the okapi shy?"
ASKED_LATER = "Who keeps the lighthouse?"

# Another process writes one more question into the database and keeps it locked (SQLite's exclusive locking mode:
# its write stays in the log, which only it can read) until told to go.
_LOCK_HOLDER = (
    "import sqlite3, sys;"
    " db = sqlite3.connect(sys.argv[1], isolation_level=None);"
    " db.execute('PRAGMA locking_mode = EXCLUSIVE');"
    ' db.execute("INSERT INTO questions (asked_at, guild_id, channel_id, question, not_found, generation, hits)'
    ' SELECT asked_at, guild_id, channel_id, ?, not_found, generation, hits FROM questions", (sys.argv[2],));'
    " print('locked', flush=True); sys.stdin.readline()"
)


@contextmanager
def held_by_a_writer(db: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _LOCK_HOLDER, str(db), ASKED_LATER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("\n", timeout=10)


async def indexed_with_a_question(tmp_path: Path, folder: Path) -> tuple[Path, int]:
    """A database in `folder` indexing one document, with one question recorded; and its answerable sentences."""
    db = folder / "db.sqlite3"
    docs = write_docs(tmp_path / "docs", {"okapi.txt": GOOD})
    async with open_service(docs, db) as service:
        await Feedback(db).record_question(await service.ask(ASKED), 1, 2)
        with closing(connect_readonly(db)) as connection:
            sentences = answerable_count(connection)
    assert sentences > 0
    return db, sentences


async def test_every_reader_reads_a_database_on_a_read_only_mount(tmp_path: Path) -> None:
    """The read-only open fails there (SQLite cannot make the -shm file beside the database): each reader of the
    store, the feedback report's among them, reads it immutable, as nothing can write it."""
    db, sentences = await indexed_with_a_question(tmp_path, tmp_path / "backup")
    with read_only_mount(db.parent):
        assert not list(db.parent.glob("*-shm"))
        with closing(connect_reading(db)) as connection:
            assert answerable_count(connection) == sentences
        with closing(connect_readonly(db)) as connection:
            assert answerable_count(connection) == sentences
        async with await Store.open(db, read_only=True) as store:
            assert store.read_only and sum(d.sentence_count for d in await store.documents()) == sentences
        assert Feedback(db).report_now().questions == 1


async def test_no_reader_reads_past_a_writer_that_holds_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feedback report fell back to an immutable open on any error, a lock too: with another process holding the
    database it printed the questions of the file without those in the writer's log (1 of 2 asked), as if that were
    all. Now it waits, then says the database is locked; once the writer is done, it reports both."""
    db, _ = await indexed_with_a_question(tmp_path, tmp_path / "data")
    monkeypatch.setattr(feedback_sql, "_BUSY_MILLISECONDS", 300)
    with held_by_a_writer(db):
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            Feedback(db).report_now()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            connect_reading(db, timeout=0.3)
        with pytest.raises(StoreError, match="locked"):
            await Store.open(db, read_only=True)
    report = Feedback(db).report_now()
    assert report.questions == 2


def test_a_folder_is_read_only_when_a_write_there_fails(tmp_path: Path) -> None:
    """`refuses_writes`, the one rule of every "read-only folder" line: decided by a write tried there, which leaves
    nothing behind; a folder that is not there is not said to be read-only (its own line says what is wrong)."""
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "db.sqlite3").write_bytes(b"")
    assert not refuses_writes(folder) and read_only_folder(folder / "db.sqlite3") is None
    assert [p.name for p in folder.iterdir()] == ["db.sqlite3"]
    with read_only_mount(folder):
        assert refuses_writes(folder)
        said = read_only_folder(folder / "db.sqlite3")
    assert said == f"database {folder / 'db.sqlite3'} cannot be written: its folder {folder} is read-only"
    assert not refuses_writes(tmp_path / "not there")


async def test_a_mount_with_the_log_files_left_beside_the_database_is_read_only_too(tmp_path: Path) -> None:
    """A read-only connection that closes last cannot write the log back nor delete it: the -wal and -shm files stay
    beside the database. On a read-only mount SQLite then opened the database for writing without a word (it needs to
    make no file), so `Store.open` succeeded, the store was not marked read-only, and the first write failed. It is
    refused as a mount without them is, in the same words, and read as it is with `read_only`."""
    db, sentences = await indexed_with_a_question(tmp_path, tmp_path / "backup")
    with closing(connect_readonly(db)) as connection:  # the last to close: a reader
        assert answerable_count(connection) == sentences
    left = {p.name for p in db.parent.iterdir()}
    assert {"db.sqlite3-shm", "db.sqlite3-wal"} <= left, left
    with read_only_mount(db.parent):
        with pytest.raises(StoreError) as refused:
            await Store.open(db)
        said = read_only_folder(db)
        assert said is not None and str(refused.value).startswith(said)
        async with await Store.open(db, read_only=True) as store:
            assert store.read_only and sum(d.sentence_count for d in await store.documents()) == sentences
        with closing(connect_reading(db)) as connection:
            assert answerable_count(connection) == sentences
    # writable again: opened to be written as before
    async with await Store.open(db) as store:
        assert not store.read_only and await store.schema_version() == len(database.MIGRATIONS)


async def test_opening_a_database_on_a_read_only_mount_tries_one_write_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`Store.open` asked `refuses_writes` whether the folder was read-only, then `store_error` asked it again to word
    the refusal: two files tried in the folder (on a network mount, two round trips) for one line. Now one, and the
    line is `store_error`'s, word for word."""
    db, _ = await indexed_with_a_question(tmp_path, tmp_path / "backup")
    tried: list[Path] = []

    def counted(folder: Path) -> bool:
        tried.append(folder)
        return refuses_writes(folder)

    monkeypatch.setattr(database, "refuses_writes", counted)
    with read_only_mount(db.parent):
        with pytest.raises(StoreError) as refused:
            await Store.open(db)
        assert tried == [db.parent]
        error = sqlite3.OperationalError("attempt to write a readonly database")
        assert str(refused.value) == str(store_error(db, error))
