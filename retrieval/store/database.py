"""The SQLite store (aiosqlite): schema migrations, documents and sentences.

All of docbot's SQL lives in this package: here for the event loop, in reader.py for worker threads and the on-disk
index, in actor_tables.py for the actor refresh.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType

import aiosqlite

from retrieval.ingest.walk import FileState, ScanResult
from retrieval.models import DocumentInfo, IndexedSentence, ParsedDocument, Source
from retrieval.store import mentions as stored_mentions
from retrieval.store import reindexes
from retrieval.store.actor_tables import ACTOR_META_KEYS, actors_current, read_actor_rows
from retrieval.store.reader import (
    ALL_SENTENCES_QUERY,
    ANSWERABLE,
    DOCUMENTS_QUERY,
    GENERATION_KEY,
    GET_META_SQL,
    LIMIT_LOG,
    SET_META_SQL,
    documents_by_path,
    indexed_sentence,
    may_read_immutable,
    placeholders,
    reading_uris,
    scope_condition,
)
from retrieval.store.records import ActorRow, ActorSentence, RelatedActor
from retrieval.store.structure import STRUCTURE_FROM_KEY, SentenceFacts, encode

log = logging.getLogger(__name__)

# The highest sentence id ever written (meta key): ids are never reused.
_SENTENCE_ID_HIGH = "sentence_id_high"

# Numbered migrations; the number reached is recorded in the database as PRAGMA user_version.
# Never edit a migration that has shipped: add the next one.
MIGRATIONS: tuple[str, ...] = (
    # 1: documents and their sentences
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        indexed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        sentence INTEGER NOT NULL,
        text TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        tokens TEXT NOT NULL,
        UNIQUE (document_id, paragraph, sentence)
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 2: actors (retrieval/actors/), their aliases and the sentences they appear and speak in. Actors are computed
    # across the whole corpus; a counter of document writes, bumped by triggers in the same transaction as the
    # write, tells when the stored actors no longer match the documents (retrieval/actors/refresh.py).
    """
    CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
    CREATE TABLE actor_aliases (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        PRIMARY KEY (actor_id, alias)
    ) WITHOUT ROWID;
    CREATE TABLE actor_mentions (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        is_statement INTEGER NOT NULL,
        PRIMARY KEY (actor_id, sentence_id)
    ) WITHOUT ROWID;
    CREATE INDEX actor_mentions_by_sentence ON actor_mentions (sentence_id);
    CREATE TRIGGER documents_written_insert AFTER INSERT ON documents BEGIN
        INSERT OR REPLACE INTO meta (key, value) VALUES ('document_writes',
            COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'document_writes'), 0) + 1);
    END;
    CREATE TRIGGER documents_written_delete AFTER DELETE ON documents BEGIN
        INSERT OR REPLACE INTO meta (key, value) VALUES ('document_writes',
            COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'document_writes'), 0) + 1);
    END;
    """,
    # 3: incremental actors (retrieval/actors/refresh.py). Triggers note each document written or removed. Each
    # document's facts (what actor finding needs of its text, actors/facts.py) are kept with the merge keys its
    # links depend on; a document's facts have no foreign key: they outlive it until a refresh took its counts
    # back. The corpus's counts of distinct name forms and mid-sentence words are kept, and the graph alias merging
    # makes of them: per name (merge key) its summed counts, its two edges, the root of its component and the
    # actor the component makes; per name the terms other names look it up by. An actor keeps its row id while
    # its root stays the root. `actor_document_counts` holds each actor's sentences per document.
    """
    CREATE TABLE actor_dirty_documents (document_id INTEGER PRIMARY KEY);
    INSERT INTO actor_dirty_documents (document_id) SELECT id FROM documents;
    CREATE TRIGGER actor_documents_written AFTER INSERT ON documents BEGIN
        INSERT OR IGNORE INTO actor_dirty_documents (document_id) VALUES (NEW.id);
    END;
    CREATE TRIGGER actor_documents_removed AFTER DELETE ON documents BEGIN
        INSERT OR IGNORE INTO actor_dirty_documents (document_id) VALUES (OLD.id);
    END;
    CREATE TABLE actor_documents (document_id INTEGER PRIMARY KEY, facts BLOB NOT NULL);
    CREATE TABLE actor_document_keys (
        key TEXT NOT NULL,
        document_id INTEGER NOT NULL,
        PRIMARY KEY (key, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX actor_document_keys_by_document ON actor_document_keys (document_id);
    CREATE TABLE actor_names (
        key TEXT NOT NULL,
        surface TEXT NOT NULL,
        name TEXT NOT NULL,
        reliable TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (key, surface, name, reliable)
    ) WITHOUT ROWID;
    CREATE TABLE actor_words (word TEXT PRIMARY KEY, documents INTEGER NOT NULL) WITHOUT ROWID;
    ALTER TABLE actors ADD COLUMN root TEXT;
    CREATE UNIQUE INDEX actors_by_root ON actors (root);
    CREATE TABLE actor_groups (
        key TEXT PRIMARY KEY,
        mentions INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        parent TEXT NOT NULL,
        acronym_of TEXT NOT NULL,
        root TEXT NOT NULL,
        actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL
    ) WITHOUT ROWID;
    CREATE INDEX actor_groups_by_root ON actor_groups (root);
    CREATE INDEX actor_groups_by_actor ON actor_groups (actor_id);
    CREATE TABLE actor_group_terms (
        term TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (term, key)
    ) WITHOUT ROWID;
    CREATE INDEX actor_group_terms_by_key ON actor_group_terms (key);
    CREATE INDEX actor_names_by_word ON actor_names (reliable) WHERE reliable NOT IN ('+', '-');
    CREATE TABLE actor_document_counts (
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentences INTEGER NOT NULL,
        PRIMARY KEY (actor_id, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX actor_document_counts_by_document ON actor_document_counts (document_id);
    """,
    # 4: document structure (retrieval/ingest/structure.py). A sentence's block kind (a heading is stored for the
    # section paths and the actors but is never an answer), the section path above it, and its page in paged
    # formats. Rows written before keep the defaults until their document is read again.
    """
    ALTER TABLE sentences ADD COLUMN kind TEXT NOT NULL DEFAULT 'paragraph';
    ALTER TABLE sentences ADD COLUMN section TEXT NOT NULL DEFAULT '';
    ALTER TABLE sentences ADD COLUMN page INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: feedback (retrieval/store/feedback.py): the questions asked on Discord, kept QUESTION_RETENTION_DAYS (time in
    # seconds since the epoch; guild and channel NULL outside a server), with the excerpts their answer showed (a
    # JSON array of [sentence id, document path]) and the index generation; one vote per member per question (+1/-1).
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        asked_at REAL NOT NULL,
        guild_id INTEGER,
        channel_id INTEGER,
        question TEXT NOT NULL,
        not_found INTEGER NOT NULL,
        generation INTEGER NOT NULL,
        hits TEXT NOT NULL
    );
    CREATE INDEX questions_by_time ON questions (asked_at);
    CREATE INDEX questions_by_guild ON questions (guild_id, asked_at);
    CREATE TABLE votes (
        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        voted_at REAL NOT NULL,
        PRIMARY KEY (question_id, user_id)
    ) WITHOUT ROWID;
    """,
    # 6: sentence embeddings (retrieval/store/embeddings.py), computed in the background after each reindex by the
    # model named in meta 'embedding_model'; a row goes with its sentence.
    """
    CREATE TABLE embeddings (
        sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
        vector BLOB NOT NULL
    );
    """,
    # 7: each document's language (retrieval/language.py), the one its sentences are tokenized in. Documents written
    # before were tokenized as English.
    """
    ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    """,
    # 8: each sentence's place in its document's structure (retrieval/store/structure.py), decided when it is written;
    # the rows already stored have none (0) and lie below 'structure_from', the next id to be written.
    f"""
    ALTER TABLE sentences ADD COLUMN structure INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX sentences_structure ON sentences (structure) WHERE structure != 0;
    INSERT OR REPLACE INTO meta (key, value) VALUES ('{STRUCTURE_FROM_KEY}', (SELECT MAX(
        COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{_SENTENCE_ID_HIGH}'), 0),
        COALESCE((SELECT MAX(id) FROM sentences), 0)) + 1));
    """,
    # 9: the terms each document mentions outside its answers: title, headings, meta blocks (retrieval/store/
    # mentions.py), joined by spaces; the row goes with its document. Documents written before have none until they
    # are read again.
    """
    CREATE TABLE document_mentions (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        terms TEXT NOT NULL
    );
    """,
    # 10: how the latest reindex of each collection ended (retrieval/store/reindexes.py), for /status and `docbot
    # check` across restarts and processes. None is recorded before.
    reindexes.MIGRATION,
)
# The schema version from which how each reindex ended is recorded: an older database tells nothing of it.
REINDEXES_RECORDED_FROM = MIGRATIONS.index(reindexes.MIGRATION) + 1

# How to point docbot at another database: --db on the command line, DB_PATH for the bot (and in .env).
OTHER_DATABASE = "another --db or DB_PATH"
REBUILD_HINT = f"delete it (or set {OTHER_DATABASE}) and run `docbot index` to rebuild it from the documents"


class StoreError(Exception):
    """The database cannot be used; the message is one line that says what to do."""


DISK_HINT = (
    f"deleting it would not help: free some space or check the disk (a quota, a file-size limit, a network share "
    f"gone?), or use {OTHER_DATABASE}"
)
# Below this much room on its disk a database cannot be written: SQLite grows its -wal and -shm files by pages.
DISK_FULL_BYTES = 1024 * 1024


def _disk_failure(error: BaseException) -> bool:
    """Whether SQLite's `error` is the disk's (SQLITE_FULL, or an SQLITE_IOERR: a full disk makes sizing the -shm
    file one), not the file's contents."""
    name = getattr(error, "sqlite_errorname", "")
    return isinstance(name, str) and name.startswith(("SQLITE_FULL", "SQLITE_IOERR"))


def _disk_state(path: Path) -> str:
    """How little room the disk holding `path` has left, when that is (almost) none: the cause to name first."""
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return ""
    return f"; its disk has {free:,} bytes free" if free < DISK_FULL_BYTES else ""


def file_in_the_way(path: Path) -> str | None:
    """Why the folders above `path` cannot be made, when a file stands where one of them should ("data is a file,
    not a folder" for data/docbot.sqlite3), else None."""
    blocker = next((folder for folder in path.parents if folder.exists() and not folder.is_dir()), None)
    return f"{blocker} is a file, not a folder" if blocker is not None else None


def refuses_writes(folder: Path) -> bool:
    """Whether nothing can be made in `folder` (a read-only mount, a folder this user may not write): the one rule of
    every "read-only folder" docbot tells of. Found by making an unnamed file there (dropped at once), as SQLite must
    make its -wal and -shm files: not by `os.access`, which reads the permission bits for the real user id, not the
    effective one, and cannot know what a server refuses (an NFS export that squashes root, a security module). A
    full disk, a folder that is not there: not read-only."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return False
    except OSError as error:
        return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def read_only_folder(path: Path) -> str | None:
    """What is wrong when the folder of the database at `path` cannot be written (`refuses_writes`), in the words
    every command says it with (each then says what it does about it), else None."""
    if not refuses_writes(path.parent):
        return None
    return f"database {path} cannot be written: its folder {path.parent} is read-only"


def _read_only_folder_error(read_only: str, error: BaseException) -> StoreError:
    """The `StoreError` for a database whose folder cannot be written (`read_only`, as `read_only_folder` says it)."""
    return StoreError(f"{read_only} ({error}); make it writable or use {OTHER_DATABASE}")


def store_error(path: Path, error: BaseException) -> StoreError:
    """The one-line `StoreError` for an SQLite failure on the database at `path` (locked, read-only folder, corrupt)."""
    if path.is_dir():
        # Not corrupt, and not to be deleted: DB_PATH names a folder (the folder meant to hold the database, say).
        return StoreError(
            f"database {path} is a folder, not a database file; set --db or DB_PATH to a file, such as "
            f"{path / 'docbot.sqlite3'}"
        )
    if "locked" in str(error):
        return StoreError(f"database {path} is locked by another process; stop it or use {OTHER_DATABASE}")
    read_only = read_only_folder(path) if path.exists() else None
    if read_only is not None:
        # Not corrupt: SQLite must create its -wal and -shm files beside the database, on a read-only volume say.
        return _read_only_folder_error(read_only, error)
    if "readonly" in str(error):
        # A file that cannot be written (its mode, a read-only mount) is not corrupt: deleting it would lose the
        # questions and votes kept for /report.
        return StoreError(f"database {path} cannot be written ({error}); make it writable or use {OTHER_DATABASE}")
    if _disk_failure(error):
        # Not corrupt: the disk refused a write or a read (full, a quota or file-size limit, a network mount gone).
        # Deleting the file would lose the questions and votes kept for /report and fix nothing.
        return StoreError(f"database {path} could not be read or written ({error}{_disk_state(path)}); {DISK_HINT}")
    if not path.exists():
        # Nothing there to be corrupt or to delete: SQLite could not create the file (a read-only folder, say).
        return StoreError(
            f"database {path} cannot be created in {path.parent} ({error}); make that folder writable or use "
            f"{OTHER_DATABASE}"
        )
    if not _sqlite_header(path):
        # Perhaps not docbot's database at all (a mistyped path): it is deleted only once that is checked.
        hint = f"check that --db or DB_PATH names docbot's database; if it does, {REBUILD_HINT}"
        return StoreError(f"database {path} is unreadable or corrupt ({error}); {hint}")
    return StoreError(f"database {path} is unreadable or corrupt ({error}); {REBUILD_HINT}")


def newer_schema_error(path: Path, version: int) -> StoreError:
    """The one-line `StoreError` for a database whose schema `version` is newer than this docbot's migrations (one
    wording for opening it, reading it and `docbot check`)."""
    return StoreError(
        f"database {path} has schema version {version}, newer than this docbot's ({len(MIGRATIONS)}); "
        f"upgrade docbot or {REBUILD_HINT}"
    )


def _refuse_unwritable(path: Path) -> None:
    """Make the folder of the database at `path`, and raise the `StoreError` that says why the database cannot be
    opened for writing, where that is known before connecting: its folder cannot be made, `path` is a folder, or the
    folder of an existing database is read-only (`read_only_folder`: a write tried there). It looks at the disk:
    `Store.open` runs it in a worker."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = file_in_the_way(path) or error.strerror
        raise StoreError(f"cannot create the database folder {path.parent} ({reason})") from error
    if path.is_dir():
        # said before connecting: aiosqlite's failed connect leaves its thread to answer a closed event loop
        raise store_error(path, IsADirectoryError(str(path)))
    said = read_only_folder(path) if path.exists() else None
    if said is not None:
        # SQLite fails to open a WAL database there only while it has no -shm file to make: with the -wal and -shm
        # left beside it (by a read-only connection that closed last, or a process killed), it opens the database for
        # writing without a word and fails at the first write. Told as that first open is (one write tried in the
        # folder, not a second one by `store_error`).
        raise _read_only_folder_error(said, sqlite3.OperationalError("attempt to write a readonly database"))


def _sqlite_header(path: Path) -> bool:
    """Whether the file at `path` starts as every SQLite database does (a damaged one often still does)."""
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return True  # unreadable: say nothing more than the error


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


async def _connect(target: str, *, uri: bool = False) -> aiosqlite.Connection:
    """An aiosqlite connection to `target`, tried first with sqlite3 in a worker. aiosqlite's failed connect returns
    its error before its thread has stopped, and that thread then hands its stop to the event loop: a command that
    exits at once on the error (`docbot index --db /proc/x`) had closed the loop by then, under load, and the thread's
    "Event loop is closed" traceback reached the terminal. Tried alone, a database that cannot be opened never
    starts that thread."""

    def attempt() -> None:
        sqlite3.connect(target, uri=uri).close()

    await asyncio.to_thread(attempt)
    return await aiosqlite.connect(target, uri=uri, isolation_level=None)


class Store:
    """One aiosqlite connection to docbot's database. Use `await Store.open(path)` and `await store.close()`."""

    def __init__(self, path: Path, connection: aiosqlite.Connection, identity: tuple[int, int] | None) -> None:
        self.path = path
        self._db = connection
        self._identity = identity  # which file was opened (`_file_identity`), to tell when it is deleted or replaced
        self.read_only = False  # opened with `read_only`: it answers as it is, and nothing is written to it

    @classmethod
    async def _connected(cls, path: Path, connection: aiosqlite.Connection) -> Store:
        """The store of `connection`, just opened on `path`: which file that is is looked at in a worker."""
        return cls(path, connection, await asyncio.to_thread(_file_identity, path))

    async def gone(self) -> str | None:
        """One line saying so when the file at `path` is no longer the one this store opened (deleted or replaced
        while docbot ran: its connection still reads the old one, other connections would not), else None. The
        file is looked at in a worker, as every look at the disk from the event loop (a network mount's wait)."""
        if self._identity is None or await asyncio.to_thread(_file_identity, self.path) == self._identity:
            return None
        return f"database {self.path} was deleted or replaced while docbot ran; restart docbot to rebuild it"

    @classmethod
    async def open(cls, path: Path, *, read_only: bool = False) -> Store:
        """Open (creating if needed) and migrate the database at `path`; `read_only`: open an existing database of
        this docbot's schema for reading only, which works on a read-only mount too (nothing is created or
        migrated)."""
        if read_only:
            return await cls._open_reading(path)
        # In a worker, as every look at the disk here: the folder made, and a write tried in it (a network mount's
        # wait held the event loop, where the bot's signal handlers wait to run).
        await asyncio.to_thread(_refuse_unwritable, path)
        try:
            connection = await _connect(str(path))
        except sqlite3.Error as error:
            raise await asyncio.to_thread(store_error, path, error) from error
        store = await cls._connected(path, connection)
        try:
            await store._configure()
            await store.migrate()
        except sqlite3.Error as error:
            await connection.close()
            raise await asyncio.to_thread(store_error, path, error) from error
        except BaseException:
            await connection.close()
            raise
        return store

    @classmethod
    async def _open_reading(cls, path: Path) -> Store:
        if await asyncio.to_thread(path.is_dir):
            raise await asyncio.to_thread(store_error, path, IsADirectoryError(str(path)))
        last: sqlite3.Error | None = None
        for uri in reading_uris(path):
            if last is not None and not may_read_immutable(last):
                break  # a lock or a damaged file: not read past (the immutable open is for a folder it cannot write)
            try:
                connection = await _connect(uri, uri=True)
            except sqlite3.Error as error:
                last = error
                continue
            store = await cls._connected(path, connection)
            try:
                await connection.execute("PRAGMA query_only = ON")
                version = await store.schema_version()  # reads the file, and its -shm in WAL mode
            except sqlite3.Error as error:
                await connection.close()
                last = error
                continue
            if version == len(MIGRATIONS):
                store.read_only = True
                return store
            await connection.close()
            if version > len(MIGRATIONS):
                raise newer_schema_error(path, version)
            raise StoreError(
                f"database {path} has schema version {version}, older than this docbot's ({len(MIGRATIONS)}), and"
                " cannot be brought up to date read-only; open it once where it can be written"
            )
        raise await asyncio.to_thread(
            store_error, path, last or sqlite3.OperationalError("unable to open database file")
        )

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection."""
        await self._db.close()

    async def _configure(self) -> None:
        await self._db.execute("PRAGMA busy_timeout = 5000")
        # WAL lets the bot keep reading while a reindex writes; a reader never blocks on the writer.
        await self._db.execute("PRAGMA journal_mode = WAL")
        await self._db.execute("PRAGMA synchronous = NORMAL")
        await self._db.execute("PRAGMA foreign_keys = ON")
        await self._db.execute(LIMIT_LOG)

    async def schema_version(self) -> int:
        """The number of migrations applied (PRAGMA user_version)."""
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply the migrations the database has not seen, each in its own transaction; returns the version."""
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise newer_schema_error(self.path, version)
        for number in range(version + 1, len(MIGRATIONS) + 1):
            log.info("migrating %s to schema version %d", self.path, number)
            # executescript commits first, so the BEGIN/COMMIT make each migration and its number one unit.
            await self._db.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        return len(MIGRATIONS)

    async def get_meta(self, key: str) -> str | None:
        """A value from the meta table."""
        async with self._db.execute(GET_META_SQL, (key,)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def set_meta(self, key: str, value: str | None) -> None:
        """Write one meta value (None: delete it), committed at once; the write generation is not moved."""
        if value is None:
            await self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            await self._db.execute(SET_META_SQL, (key, value))

    async def document_states(self) -> dict[str, FileState]:
        """What is known of each indexed file, by relative path."""
        async with self._db.execute("SELECT path, content_hash, size, mtime_ns FROM documents") as cursor:
            rows = await cursor.fetchall()
        return {str(r[0]): (str(r[1]), int(r[2]), int(r[3])) for r in rows}

    async def apply_scan(
        self,
        scan: ScanResult,
        meta: dict[str, str],
        replace_all: bool = False,
        structure: Mapping[str, Sequence[SentenceFacts]] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> tuple[int, int]:
        """Write a scan in one transaction: removed documents go, changed ones are replaced, new ones added; told to
        `progress` as (documents written, documents to write) after each.

        `structure` holds each parsed document's facts by path (retrieval/store/structure.py); a document written
        without them moves 'structure_from' past its rows, so that snapshots read rows until it is written again.

        Returns the write generation before and after (bumped, inside the same transaction, whenever sentences were
        written: another process's write can never be counted twice). Any failure rolls the whole transaction back,
        so the database keeps the previous index whole.
        """
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            before = await self.generation()
            after = before + 1 if scan.parsed or scan.removed or replace_all else before
            next_id = await self._next_sentence_id()
            removed = list(scan.removed)
            if replace_all:
                # Every document read again: those no longer read go now, the others as each is rewritten (so that
                # their unchanged sentences keep their vectors); those kept as they were (a collection whose folder
                # is lost: `unchanged`) stay.
                kept = {document.path for document in scan.parsed} | set(scan.unchanged)
                removed += [path for path in await self._document_paths() if path not in kept]
            await self._db.executemany("DELETE FROM documents WHERE path = ?", [(p,) for p in removed])
            carry = await self._has_vectors()
            facts = structure or {}
            without_facts = False
            for written, document in enumerate(scan.parsed, 1):
                without_facts |= document.path not in facts
                mentions = scan.mentions.get(document.path, ())
                next_id = await self._write_document(document, next_id, carry, facts.get(document.path), mentions)
                if progress is not None:
                    progress(written, len(scan.parsed))
            meta = {**meta, GENERATION_KEY: str(after), _SENTENCE_ID_HIGH: str(next_id - 1)}
            if without_facts:
                meta[STRUCTURE_FROM_KEY] = str(next_id)
            await self._db.executemany(
                "UPDATE documents SET size = ?, mtime_ns = ? WHERE path = ?",
                [(size, mtime_ns, path) for path, size, mtime_ns in scan.restamped],
            )
            await self._db.executemany(SET_META_SQL, list(meta.items()))
            await self._db.execute("COMMIT")
            return before, after
        except BaseException as error:
            # Some errors (disk full, I/O) make SQLite roll back by itself; a second ROLLBACK would hide the cause.
            if self._db.in_transaction:
                await self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(
                    f"could not write the index to {self.path} ({error}); the previous index is kept"
                ) from error
            raise

    async def generation(self) -> int:
        """The write generation: bumped by every write to the sentences (0 before the first)."""
        value = await self.get_meta(GENERATION_KEY)
        return int(value) if value is not None and value.lstrip("-").isdigit() else 0

    async def _next_sentence_id(self) -> int:
        # Sentence ids are never reused (a live Context button names one): new rows number on from the highest id
        # ever written, which the meta table remembers after the rows that had it are gone.
        async with self._db.execute(
            "SELECT MAX(COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0),"
            " COALESCE((SELECT MAX(id) FROM sentences), 0)) + 1",
            (_SENTENCE_ID_HIGH,),
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 1

    async def _document_paths(self) -> list[str]:
        async with self._db.execute("SELECT path FROM documents") as cursor:
            return [str(row[0]) for row in await cursor.fetchall()]

    async def _has_vectors(self) -> bool:
        async with self._db.execute("SELECT EXISTS (SELECT 1 FROM embeddings)") as cursor:
            row = await cursor.fetchone()
        return bool(row and row[0])

    async def _write_document(
        self,
        document: ParsedDocument,
        first_id: int,
        carry: bool = False,
        facts: Sequence[SentenceFacts] | None = None,
        mentions: Sequence[str] = (),
    ) -> int:
        """Write one document with sentence ids from `first_id` on (consecutive); returns the next free id. With
        `carry`, its sentences whose text and paragraph are unchanged keep the vectors their old rows had; `facts` are
        its sentences' structure facts (all 0 without); `mentions` the terms it mentions outside its answers."""
        codes = encode(document.sentences, facts)
        carried = await self._vectors_of(document.path) if carry else {}
        # Replacing the row (rather than updating it) gives the document a fresh id; its old sentences cascade away.
        await self._db.execute("DELETE FROM documents WHERE path = ?", (document.path,))
        cursor = await self._db.execute(
            "INSERT INTO documents (path, title, content_hash, size, mtime_ns, language) VALUES (?, ?, ?, ?, ?, ?)",
            (document.path, document.title, document.content_hash, document.size, document.mtime_ns, document.language),
        )
        document_id = cursor.lastrowid
        await cursor.close()
        await self._db.executemany(
            "INSERT INTO sentences (id, document_id, paragraph, sentence, text, start_offset, end_offset, tokens,"
            " kind, section, page, structure) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    first_id + number,
                    document_id,
                    s.paragraph,
                    s.sentence,
                    s.text,
                    s.start,
                    s.end,
                    " ".join(s.tokens),
                    s.kind,
                    s.section,
                    s.page,
                    codes[number],
                )
                for number, s in enumerate(document.sentences)
            ],
        )
        if mentions:
            await self._db.execute(stored_mentions.INSERT, stored_mentions.row(int(document_id or 0), mentions))
        if carried:
            await self._restore_vectors(int(document_id or 0), carried)
        return first_id + len(document.sentences)

    async def _paragraph_keys(self, query: str, value: object) -> list[tuple[tuple[str, str], int, bytes | None]]:
        """(key, sentence id, vector) of the answerable sentences `query` selects, in order; a key is the sentence's
        text with its paragraph's answerable texts, all that its vector is computed from (retrieval/answer/
        embeddings.py)."""
        async with self._db.execute(query, (value,)) as cursor:
            rows = list(await cursor.fetchall())
        texts: dict[int, list[str]] = {}
        for _, paragraph, text, _ in rows:
            texts.setdefault(int(paragraph), []).append(str(text))
        joined = {paragraph: "\x00".join(parts) for paragraph, parts in texts.items()}
        return [((joined[int(paragraph)], str(text)), int(i), vector) for i, paragraph, text, vector in rows]

    async def _vectors_of(self, path: str) -> dict[tuple[str, str], bytes]:
        """The stored vectors of a document's sentences, by `_paragraph_keys` key."""
        keys = await self._paragraph_keys(
            "SELECT s.id, s.paragraph, s.text, e.vector FROM sentences s JOIN documents d ON d.id = s.document_id"
            f" LEFT JOIN embeddings e ON e.sentence_id = s.id WHERE d.path = ? AND {ANSWERABLE}"
            " ORDER BY s.paragraph, s.sentence",
            path,
        )
        return {key: bytes(vector) for key, _, vector in keys if vector is not None}

    async def _restore_vectors(self, document_id: int, carried: dict[tuple[str, str], bytes]) -> None:
        keys = await self._paragraph_keys(
            "SELECT s.id, s.paragraph, s.text, NULL FROM sentences s"
            f" WHERE s.document_id = ? AND {ANSWERABLE} ORDER BY s.paragraph, s.sentence",
            document_id,
        )
        rows = [(sentence_id, carried[key]) for key, sentence_id, _ in keys if key in carried]
        await self._db.executemany("INSERT INTO embeddings (sentence_id, vector) VALUES (?, ?)", rows)

    async def load_sentences(self) -> list[IndexedSentence]:
        """Every sentence with its tokens, ordered by document path, paragraph and sentence."""
        async with self._db.execute(ALL_SENTENCES_QUERY) as cursor:
            rows = await cursor.fetchall()
        sections: dict[str, str] = {}  # one string per distinct section path, not one per sentence
        return [indexed_sentence(r, sections) for r in rows]

    async def documents(self) -> list[DocumentInfo]:
        """The indexed documents with their sentence counts, by path (as people number them: `path_order`)."""
        async with self._db.execute(DOCUMENTS_QUERY) as cursor:
            rows = await cursor.fetchall()
        return documents_by_path(rows)

    async def sentences_of(self, path: str) -> list[tuple[int, int, str]]:
        """(paragraph, sentence, text) of one document, in order; empty when it is not indexed."""
        query = (
            "SELECT s.paragraph, s.sentence, s.text FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE d.path = ? ORDER BY s.paragraph, s.sentence"
        )
        async with self._db.execute(query, (path,)) as cursor:
            rows = await cursor.fetchall()
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def actors_current(self, version: int) -> bool:
        """True when the stored actors were computed by rules `version` from the documents as they are now."""
        return actors_current(await self._meta_values(ACTOR_META_KEYS), version)

    async def actors_pending(self, version: int, scope: frozenset[str] | None = None) -> bool:
        """True when a document of the collections in `scope` (all when None) has no actors found yet: it was written
        since the last refresh, or the stored actors are of rules other than `version` (all are found again)."""
        condition, parameters = scope_condition(scope)
        if (await self._meta_values(("actors_version",))).get("actors_version") == str(version):
            documents = "actor_dirty_documents a JOIN documents d ON d.id = a.document_id"
        else:
            documents = "documents d"
        query = f"SELECT EXISTS (SELECT 1 FROM {documents} WHERE {condition})"
        async with self._db.execute(query, parameters) as cursor:
            row = await cursor.fetchone()
        return bool(row and row[0])

    async def _meta_values(self, keys: Sequence[str]) -> dict[str, str]:
        query = f"SELECT key, value FROM meta WHERE key IN ({placeholders(len(keys))})"
        async with self._db.execute(query, tuple(keys)) as cursor:
            return {str(r[0]): str(r[1]) for r in await cursor.fetchall()}

    async def actor_directory(self, scope: frozenset[str] | None = None) -> list[ActorRow]:
        """Every stored actor with its aliases and its sentence and document counts, of the collections in `scope`
        (all when None), as `ActorRow`s; read in a worker thread: tens of thousands of rows take longer than the loop
        may wait."""
        return await asyncio.to_thread(read_actor_rows, self.path, scope)

    async def actor_sentences(self, actor_id: int, scope: frozenset[str] | None = None) -> list[ActorSentence]:
        """The sentences an actor appears or speaks in, in reading order (document path, paragraph, sentence), of the
        collections in `scope` (all when None)."""
        condition, parameters = scope_condition(scope)
        # A heading (a news headline: "X urges Y to ...") paraphrases; it is never the actor's own words.
        query = (
            "SELECT s.id, m.is_statement AND s.kind != 'heading', d.path, d.title, s.paragraph, s.sentence, s.text,"
            " s.tokens, s.section, s.page, d.language"
            " FROM actor_mentions m JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.document_id"
            f" WHERE m.actor_id = ? AND {condition} ORDER BY d.path, s.paragraph, s.sentence"
        )
        async with self._db.execute(query, (actor_id, *parameters)) as cursor:
            rows = await cursor.fetchall()
        return [
            ActorSentence(
                int(r[0]),
                bool(r[1]),
                # Where it stands as an answer's source says it (hq34's trial: a changelog's "paragraph 5455" without
                # its version's heading; a PDF's paragraph, not its page).
                Source(str(r[2]), str(r[3]), int(r[4]), int(r[5]), str(r[8]), int(r[9]), r[10]),
                str(r[6]),
                tuple(str(r[7]).split()),
            )
            for r in rows
        ]

    async def related_actors(
        self, actor_id: int, limit: int = 10, scope: frozenset[str] | None = None
    ) -> list[RelatedActor]:
        """The actors found in the same sentences as `actor_id`, with in how many; most frequent first; counted in the
        collections of `scope` (all when None)."""
        condition, parameters = scope_condition(scope)
        query = (
            "SELECT a.name, a.kind, COUNT(*) AS n FROM actor_mentions mine"
            " JOIN actor_mentions other ON other.sentence_id = mine.sentence_id AND other.actor_id != mine.actor_id"
            " JOIN actors a ON a.id = other.actor_id JOIN sentences s ON s.id = mine.sentence_id"
            f" JOIN documents d ON d.id = s.document_id WHERE mine.actor_id = ? AND {condition}"
            " GROUP BY other.actor_id ORDER BY n DESC, a.name LIMIT ?"
        )
        async with self._db.execute(query, (actor_id, *parameters, limit)) as cursor:
            rows = await cursor.fetchall()
        return [RelatedActor(str(r[0]), str(r[1]), int(r[2])) for r in rows]
