"""Synchronous, read-only access to the store, for worker threads and the on-disk index.

The async `Store` (database.py) serves the event loop; the on-disk search index reads the same tables from worker
threads through plain sqlite3 connections opened here, read-only. A read transaction held open on one of these
connections pins the database as it was (SQLite WAL) while other processes write. The few synchronous writers of
their own (the write-ahead log's write-back, feedback, the reindexes' and integrity checks' records) open their
connection with `connect_writing`.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from retrieval.models import DocumentInfo, IndexedSentence

# The store's meta key that counts writes to the sentences: bumped in the same transaction as every write, and
# recorded by the on-disk index for the store state it reflects.
GENERATION_KEY = "index_generation"
_MMAP_BYTES = 1 << 30
# Rows a batch read takes from its cursor at a time (`fetchmany`).
FETCH_ROWS = 20_000
# SQLite's default limit on host parameters in one statement is 999 in older builds.
_PARAMETERS = 900

# Sentences the engines index and answers quote: every stored sentence but headings.
ANSWERABLE = "s.kind != 'heading'"
# An IndexedSentence's columns, in the order `indexed_sentence` (and `sentences_by_id`) reads them.
SENTENCE_COLUMNS = "s.id, s.document_id, s.paragraph, s.sentence, s.text, s.tokens, s.section, s.page"
DOCUMENTS_QUERY = (
    "SELECT d.id, d.path, d.title, COUNT(s.id), d.language FROM documents d"
    f" LEFT JOIN sentences s ON s.document_id = d.id AND {ANSWERABLE} GROUP BY d.id"
)
"""The indexed documents with their answerable sentence counts (in no order: `documents` orders them)."""
_NUMBER = re.compile(r"(\d+)")


def path_order(path: str) -> tuple[tuple[str | int, ...], str]:
    """The key that lists documents as people number them: `ch2.md` before `ch10.md` (by path, SQL put ch10 first);
    the path itself breaks ties (`ch01` and `ch1`)."""
    parts = _NUMBER.split(path)  # text, number, text ...: each position compares like with like
    # The parts in a tuple of their own: one path's parts may end where another's go on with a number ("notes",
    # "notes2.md"), and the tie-breaking path after them would then be compared with that number.
    return (tuple(int(part) if odd else part for odd, part in zip(itertools.cycle((False, True)), parts)), path)


ALL_SENTENCES_QUERY = (
    f"SELECT {SENTENCE_COLUMNS} FROM sentences s JOIN documents d ON d.id = s.document_id"
    f" WHERE {ANSWERABLE} ORDER BY d.path, s.paragraph, s.sentence"
)
"""Every answerable sentence, ordered by document path, paragraph and sentence (the in-memory engine's order)."""

# A document's collection (retrieval/scope.py `collection_of`) in SQL, over the documents table as `d`.
COLLECTION_SQL = "CASE WHEN instr(d.path, '/') > 0 THEN substr(d.path, 1, instr(d.path, '/') - 1) ELSE '/' END"


# Reads one meta value, (key,); writes one, (key, value), over the one the key had.
GET_META_SQL = "SELECT value FROM meta WHERE key = ?"
SET_META_SQL = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"


def meta_value(connection: sqlite3.Connection, key: str) -> str | None:
    """The meta value of `key` as `connection` sees it; None when it has none."""
    row = connection.execute(GET_META_SQL, (key,)).fetchone()
    return None if row is None else str(row[0])


def placeholders(count: int) -> str:
    """The parameters of an SQL `IN (...)` list of `count` values: "?, ?, ?"."""
    return ", ".join("?" * count)


def id_chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """`ids` in slices of at most `_PARAMETERS`: the parameters of one statement's `IN (...)` list each."""
    for start in range(0, len(ids), _PARAMETERS):
        yield ids[start : start + _PARAMETERS]


def scope_condition(scope: frozenset[str] | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE condition on `d` (documents) keeping the collections in `scope` (all when None), and its parameter."""
    if scope is None:
        return "1", ()
    return f"{COLLECTION_SQL} IN (SELECT value FROM json_each(?))", (json.dumps(sorted(scope)),)


IndexRow = tuple[int, str, int, int, str]
"""(sentence id, document path, document id, paragraph, tokens joined by spaces): what the search index is fed."""


# Once written back, the write-ahead log is cut to this size when it starts afresh: a reindex or the sentence vectors'
# pass can write hundreds of MB through it, which SQLite otherwise keeps on disk as the log's high-water mark.
WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024


LIMIT_LOG = f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}"


def limit_log(connection: sqlite3.Connection) -> None:
    """Keep the write-ahead log to `WAL_SIZE_LIMIT_BYTES` when this writing connection starts it afresh."""
    connection.execute(LIMIT_LOG)


def database_uri(db_path: Path, mode: str, *, immutable: bool = False) -> str:
    """The SQLite URI of the database at `db_path` opened in `mode` ("ro", "rw", "rwc"): the path quoted, since a
    folder named with `#`, `?` or `%` otherwise opens another file (or none)."""
    return f"file:{quote(str(db_path))}?mode={mode}{'&immutable=1' if immutable else ''}"


def reading_uris(db_path: Path) -> tuple[str, str]:
    """The URIs to open the database at `db_path` for reading only, in the order to try: read-only, then immutable
    (only where `may_read_immutable` allows it).

    A database in WAL mode needs its -shm file beside it, which SQLite creates when missing; in a folder it cannot
    write (a read-only mount, a backup copy) that fails, and only an immutable open reads it. Immutable is a promise
    that nothing writes the file meanwhile: true of a read-only mount, and so kept for when read-only fails.
    """
    return database_uri(db_path, "ro"), database_uri(db_path, "ro", immutable=True)


# SQLite's primary result codes (the low byte of `sqlite3.Error.sqlite_errorcode`) of a read-only open that could not
# open or create a file beside the database: its folder (or the -shm file) cannot be written.
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14


def may_read_immutable(error: sqlite3.Error) -> bool:
    """Whether a read-only open of the database that failed with `error` may be tried again immutable: the one rule of
    every reader of the store (`connect_reading`, `Store.open(read_only=True)`).

    Only when SQLite could not open or create the files a WAL database needs beside it (a read-only mount, a backup's
    folder docbot may not write): nothing can write the database there either. Never for a lock (a writer at work:
    an immutable open would read past its log and its locks, a half-written state) nor for a damaged file. Decided
    by what SQLite answered, not by a permission check: `os.access` says root may write a folder of mode 0555, and
    says nothing of a lock."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) in (_SQLITE_READONLY, _SQLITE_CANTOPEN)


def connect_reading(db_path: Path, timeout: float = 5.0, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that only reads the database at `db_path`, even where its folder cannot be written
    (`reading_uris`, `may_read_immutable`); sqlite3.Error when it cannot be read at all, or stays locked past
    `timeout` seconds. `any_thread`: usable from any thread (one at a time)."""
    first, fallback = reading_uris(db_path)
    connection = sqlite3.connect(
        first, uri=True, isolation_level=None, check_same_thread=not any_thread, timeout=timeout
    )
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # opens the -shm too
    except sqlite3.Error as error:
        connection.close()
        if not may_read_immutable(error):
            raise
        connection = sqlite3.connect(
            fallback, uri=True, isolation_level=None, check_same_thread=not any_thread, timeout=timeout
        )
    connection.execute("PRAGMA query_only = ON")
    return connection


def connect_writing(db_path: Path, timeout: float) -> sqlite3.Connection:
    """A connection of its own (autocommit) that writes to the database at `db_path`, waiting up to `timeout` seconds
    for another writer; mode=rw: a database deleted meanwhile is not created afresh, empty."""
    return sqlite3.connect(database_uri(db_path, "rw"), uri=True, isolation_level=None, timeout=timeout)


@contextlib.contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """One write transaction on an autocommit `connection` (BEGIN IMMEDIATE: the write lock at once), committed when
    the block ends unless the block rolled it back itself (nothing to write after all), rolled back when it raises."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
        if connection.in_transaction:
            connection.execute("COMMIT")
    except BaseException:
        # Some errors (disk full, I/O) make SQLite roll back by itself; a second ROLLBACK would hide the cause.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def write_back_log(db_path: Path) -> None:
    """Write the store's write-ahead log back into the database as far as its readers allow (a passive checkpoint:
    it waits for no one), on a connection of its own (`connect_writing`)."""
    connection = connect_writing(db_path, 5)
    try:
        limit_log(connection)
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        connection.close()


def connect_readonly(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to the store, usable from any thread (one at a time)."""
    connection = connect_reading(db_path, 30, any_thread=True)
    # Memory-mapped reads: a question reads a few hundred rows scattered over the table, far cheaper through the
    # page cache mapped in than through a read() per page. Pages touched count in RSS but are shared and evictable.
    connection.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    return connection


def quick_check(db_path: Path) -> tuple[list[str], int]:
    """SQLite's quick_check of the database at `db_path` (its first problems; ["ok"] when intact) and its schema
    version (the migrations applied, PRAGMA user_version), on a read-only connection (`docbot check`); sqlite3.Error
    when it cannot be read."""
    connection = connect_readonly(db_path)
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
        version = _user_version(connection)
    finally:
        connection.close()
    return problems, version


def schema_version(db_path: Path) -> int:
    """The migrations applied to the database at `db_path` (PRAGMA user_version), read without a quick_check."""
    connection = connect_reading(db_path)
    try:
        return _user_version(connection)
    finally:
        connection.close()


def _user_version(connection: sqlite3.Connection) -> int:
    """The migrations applied to the database `connection` reads (PRAGMA user_version)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def answerable_count(connection: sqlite3.Connection) -> int:
    """How many sentences the engines index (every stored sentence but headings)."""
    return int(connection.execute(f"SELECT COUNT(*) FROM sentences s WHERE {ANSWERABLE}").fetchone()[0])


def stored_sentence_count(db_path: Path) -> int:
    """How many answerable sentences the database holds (0 when it has no tables yet); what ENGINE=auto decides by."""
    return stored_counts(db_path)[1]


# Meta key: the collections (COLLECTIONS) whose folders were lost at a reindex that read every document again (an
# upgrade: another tokenizer, reading or LANGUAGE), kept as an earlier docbot read them, as a JSON list of names: each
# is read whole once its folder is back. Absent: none.
STALE_COLLECTIONS_KEY = "stale_collections"


def stale_names(raw: str | None) -> frozenset[str]:
    """The collections STALE_COLLECTIONS_KEY's value names (none for no value, or one not understood)."""
    with contextlib.suppress(ValueError, TypeError):
        names = json.loads(raw or "[]")
        if isinstance(names, list):
            return frozenset(str(name) for name in names)
    return frozenset()


def stale_collections(db_path: Path) -> tuple[str, ...]:
    """The collections the database keeps as an earlier docbot read them (STALE_COLLECTIONS_KEY), by name."""
    if not db_path.exists():
        return ()
    connection = connect_readonly(db_path)
    try:
        stale = meta_value(connection, STALE_COLLECTIONS_KEY)
    except sqlite3.OperationalError:
        return ()
    finally:
        connection.close()
    return tuple(sorted(stale_names(stale)))


def stored_counts(db_path: Path) -> tuple[int, int]:
    """How many documents and answerable sentences the database holds ((0, 0) when it has no tables yet)."""
    if not db_path.exists():
        return 0, 0
    connection = connect_readonly(db_path)
    try:
        documents = int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        return documents, answerable_count(connection)
    except sqlite3.OperationalError:
        return 0, 0
    finally:
        connection.close()


def documents(connection: sqlite3.Connection, known: Sequence[DocumentInfo] = ()) -> tuple[DocumentInfo, ...]:
    """The indexed documents with their answerable sentence counts, by path; each one equal to one of `known` (the
    index serving before) given as that same object. An index read after a reindex is built after start-up's
    `gc.freeze()` (bot/client.py): every new `DocumentInfo` is one more object for each full garbage collection to
    walk (10,000 documents: 10,000 of the 46,000 walked after /reindex at 1M sentences, docs/benchmarks.md), while
    those of the index served at start-up are frozen; a reindex changes few of them."""
    read = documents_by_path(connection.execute(DOCUMENTS_QUERY))
    if not known:
        return tuple(read)
    by_id = {d.document_id: d for d in known}
    return tuple(same if (same := by_id.get(d.document_id)) == d else d for d in read)


def documents_by_path(rows: Iterable[Sequence[Any]]) -> list[DocumentInfo]:
    """The documents of `DOCUMENTS_QUERY`'s rows, as people number their paths (`path_order`): both document reads
    (this module's and the store's) order them here."""
    return sorted((document_info(r) for r in rows), key=lambda d: path_order(d.path))


def document_info(row: Sequence[Any]) -> DocumentInfo:
    """A row of `DOCUMENTS_QUERY` as a DocumentInfo."""
    return DocumentInfo(int(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]))


def all_sentences(connection: sqlite3.Connection) -> list[IndexedSentence]:
    """Every answerable sentence with its tokens (`ALL_SENTENCES_QUERY`)."""
    sections: dict[str, str] = {}  # one string per distinct section path, not one per sentence
    return [indexed_sentence(r, sections) for r in connection.execute(ALL_SENTENCES_QUERY)]


def existing_sentence_ids(connection: sqlite3.Connection, ids: Sequence[int]) -> set[int]:
    """Which of these ids are answerable sentences in the store."""
    found: set[int] = set()
    for chunk in id_chunks(ids):
        query = f"SELECT s.id FROM sentences s WHERE s.id IN ({placeholders(len(chunk))}) AND {ANSWERABLE}"
        found.update(int(r[0]) for r in connection.execute(query, chunk))
    return found


def indexed_sentence(row: Sequence[Any], sections: dict[str, str] | None = None) -> IndexedSentence:
    """A row of `SENTENCE_COLUMNS` as an IndexedSentence; `sections` shares one string per distinct section path."""
    # No int()/str() conversions: the columns are NOT NULL INTEGER and TEXT, which SQLite returns as int and str. A
    # question reads ~260 rows; without the eight calls a row takes ~2.2 rather than ~2.7 µs.
    sentence_id, document_id, paragraph, sentence, text, tokens, section, page = row
    if sections is not None:
        section = sections.setdefault(section, section)
    return IndexedSentence(sentence_id, document_id, paragraph, sentence, text, tuple(tokens.split()), section, page)


def generation(connection: sqlite3.Connection) -> int:
    """The store's write generation (0 before the first write; -1 when the stored value is not a number)."""
    value = meta_value(connection, GENERATION_KEY)
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return -1


def id_end(connection: sqlite3.Connection) -> int:
    """One more than the largest sentence id."""
    return int(connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sentences").fetchone()[0])


# An IndexedSentence's fields as a plain tuple, in its order: what `sentences_by_id` returns. A tuple of strings and
# ints (the tokens a tuple of strings) is untracked by the garbage collector once collections have seen it (and its
# tokens), so a cache of them adds nothing to what later full collections walk, where an `IndexedSentence` each added
# one object.
SentenceRow = tuple[int, int, int, int, str, tuple[str, ...], str, int]
# Where a `SentenceRow` holds its sentence's id and its text (Final: indexing with them keeps the field's type).
ROW_ID: Final = 0
ROW_TEXT: Final = 4


def sentences_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> list[SentenceRow]:
    """The answerable sentences with these ids that exist, as `SentenceRow`s, in no particular order."""
    found: list[SentenceRow] = []
    for chunk in id_chunks(ids):
        query = (
            f"SELECT {SENTENCE_COLUMNS} FROM sentences s WHERE s.id IN ({placeholders(len(chunk))}) AND {ANSWERABLE}"
        )
        # Unpacked in one comprehension rather than through a call a row (a question reads ~160 rows).
        found += [
            (sentence_id, document_id, paragraph, sentence, text, tuple(tokens.split()), section, page)
            for sentence_id, document_id, paragraph, sentence, text, tokens, section, page in connection.execute(
                query, chunk
            ).fetchall()
        ]
    return found


def texts_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, str]:
    """The text of the answerable sentences with these ids that exist."""
    found: dict[int, str] = {}
    for chunk in id_chunks(ids):
        query = f"SELECT s.id, s.text FROM sentences s WHERE s.id IN ({placeholders(len(chunk))}) AND {ANSWERABLE}"
        found.update(connection.execute(query, chunk).fetchall())
    return found


def all_texts(connection: sqlite3.Connection, batch: int = FETCH_ROWS) -> Iterator[list[tuple[int, str]]]:
    """Every answerable sentence's (id, text), in id order, `batch` rows at a time."""
    cursor = connection.execute(f"SELECT s.id, s.text FROM sentences s WHERE {ANSWERABLE} ORDER BY s.id")
    while rows := cursor.fetchmany(batch):
        yield rows


def connect_scan(db_path: Path) -> sqlite3.Connection:
    """A read-only connection for reading a whole table once (`unmapped`)."""
    connection = connect_readonly(db_path)
    unmapped(connection)
    return connection


def begin_reading(connection: sqlite3.Connection) -> None:
    """Open a read transaction on `connection` (autocommit, as every reader's): what it reads until `end_reading` is
    one consistent view of the store, taken at its first read, whatever a reindex commits meanwhile."""
    connection.execute("BEGIN")


def end_reading(connection: sqlite3.Connection) -> None:
    """End the read transaction `begin_reading` opened (nothing was written: rolled back)."""
    connection.execute("ROLLBACK")


def unmapped(connection: sqlite3.Connection) -> None:
    """Turn memory-mapped reads off on `connection`, which reads a whole table once: the pages mapped in would stay in
    the reader's RSS (the embeddings table is some 370 MiB at 1M sentences)."""
    connection.execute("PRAGMA mmap_size = 0")


def index_rows(connection: sqlite3.Connection, paths: Sequence[str] | None = None) -> Iterator[IndexRow]:
    """The answerable sentences in id order, of every document or of the documents at `paths`, read in batches."""
    where = f" WHERE {ANSWERABLE}"
    parameters: Sequence[str] = ()
    if paths is not None:
        where += f" AND d.path IN ({placeholders(len(paths))})"
        parameters = paths
    cursor = connection.execute(
        "SELECT s.id, d.path, s.document_id, s.paragraph, s.tokens FROM sentences s"
        " JOIN documents d ON d.id = s.document_id" + where + " ORDER BY s.id",
        parameters,
    )
    while rows := cursor.fetchmany(FETCH_ROWS):
        yield from rows
