"""The SQLite store (aiosqlite): schema migrations, documents and sentences. All of docbot's SQL lives here."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from types import TracebackType

import aiosqlite

from retrieval.ingest import FileState, ScanResult
from retrieval.models import DocumentInfo, IndexedSentence, ParsedDocument

log = logging.getLogger(__name__)

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
)

REBUILD_HINT = "delete it (or pass another --db) and run `docbot index` to rebuild it from the documents"


class StoreError(Exception):
    """The database cannot be used; the message is one line that says what to do."""


def _store_error(path: Path, error: BaseException) -> StoreError:
    return StoreError(f"database {path} is unreadable or corrupt ({error}); {REBUILD_HINT}")


class Store:
    """One aiosqlite connection to docbot's database. Use `await Store.open(path)` and `await store.close()`."""

    def __init__(self, path: Path, connection: aiosqlite.Connection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    async def open(cls, path: Path) -> Store:
        """Open (creating if needed) and migrate the database at `path`."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the database folder {path.parent} ({error.strerror})") from error
        try:
            connection = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as error:
            raise _store_error(path, error) from error
        store = cls(path, connection)
        try:
            await store._configure()
            await store.migrate()
        except sqlite3.Error as error:
            await connection.close()
            raise _store_error(path, error) from error
        except BaseException:
            await connection.close()
            raise
        return store

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

    async def schema_version(self) -> int:
        """The number of migrations applied (PRAGMA user_version)."""
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply the migrations the database has not seen, each in its own transaction; returns the version."""
        version = await self.schema_version()
        if version > len(MIGRATIONS):
            raise StoreError(
                f"database {self.path} has schema version {version}, newer than this docbot knows "
                f"({len(MIGRATIONS)}); upgrade docbot or {REBUILD_HINT}"
            )
        for number in range(version + 1, len(MIGRATIONS) + 1):
            log.info("migrating %s to schema version %d", self.path, number)
            # executescript commits first, so the BEGIN/COMMIT make each migration and its number one unit.
            await self._db.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        return len(MIGRATIONS)

    async def get_meta(self, key: str) -> str | None:
        """A value from the meta table."""
        async with self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def document_states(self) -> dict[str, FileState]:
        """What is known of each indexed file, by relative path."""
        async with self._db.execute("SELECT path, content_hash, size, mtime_ns FROM documents") as cursor:
            rows = await cursor.fetchall()
        return {str(r[0]): FileState(str(r[1]), int(r[2]), int(r[3])) for r in rows}

    async def apply_scan(self, scan: ScanResult, meta: dict[str, str], replace_all: bool = False) -> None:
        """Write a scan in one transaction: removed documents go, changed ones are replaced, new ones added.

        Any failure rolls the whole transaction back, so the database keeps the previous index whole.
        """
        await self._db.execute("BEGIN IMMEDIATE")
        try:
            if replace_all:
                await self._db.execute("DELETE FROM documents")
            await self._db.executemany("DELETE FROM documents WHERE path = ?", [(p,) for p in scan.removed])
            for document in scan.parsed:
                await self._write_document(document)
            await self._db.executemany(
                "UPDATE documents SET size = ?, mtime_ns = ? WHERE path = ?",
                [(size, mtime_ns, path) for path, size, mtime_ns in scan.restamped],
            )
            await self._db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(meta.items()),
            )
            await self._db.execute("COMMIT")
        except BaseException as error:
            # Some errors (disk full, I/O) make SQLite roll back by itself; a second ROLLBACK would hide the cause.
            if self._db.in_transaction:
                await self._db.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise StoreError(
                    f"could not write the index to {self.path} ({error}); the previous index is kept"
                ) from error
            raise

    async def _write_document(self, document: ParsedDocument) -> None:
        # Replacing the row (rather than updating it) gives the document a fresh id; its old sentences cascade away.
        await self._db.execute("DELETE FROM documents WHERE path = ?", (document.path,))
        cursor = await self._db.execute(
            "INSERT INTO documents (path, title, content_hash, size, mtime_ns) VALUES (?, ?, ?, ?, ?)",
            (document.path, document.title, document.content_hash, document.size, document.mtime_ns),
        )
        document_id = cursor.lastrowid
        await cursor.close()
        await self._db.executemany(
            "INSERT INTO sentences (document_id, paragraph, sentence, text, start_offset, end_offset, tokens)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (document_id, s.paragraph, s.sentence, s.text, s.start, s.end, " ".join(s.tokens))
                for s in document.sentences
            ],
        )

    async def load_sentences(self) -> list[IndexedSentence]:
        """Every sentence with its tokens, ordered by document path, paragraph and sentence."""
        query = (
            "SELECT s.id, s.document_id, s.paragraph, s.sentence, s.text, s.tokens FROM sentences s"
            " JOIN documents d ON d.id = s.document_id ORDER BY d.path, s.paragraph, s.sentence"
        )
        async with self._db.execute(query) as cursor:
            rows = await cursor.fetchall()
        return [
            IndexedSentence(int(r[0]), int(r[1]), int(r[2]), int(r[3]), str(r[4]), tuple(str(r[5]).split()))
            for r in rows
        ]

    async def documents(self) -> list[DocumentInfo]:
        """The indexed documents with their sentence counts, by path."""
        query = (
            "SELECT d.id, d.path, d.title, COUNT(s.id) FROM documents d"
            " LEFT JOIN sentences s ON s.document_id = d.id GROUP BY d.id ORDER BY d.path"
        )
        async with self._db.execute(query) as cursor:
            rows = await cursor.fetchall()
        return [DocumentInfo(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]

    async def sentences_of(self, path: str) -> list[tuple[int, int, str]]:
        """(paragraph, sentence, text) of one document, in order; empty when it is not indexed."""
        query = (
            "SELECT s.paragraph, s.sentence, s.text FROM sentences s JOIN documents d ON d.id = s.document_id"
            " WHERE d.path = ? ORDER BY s.paragraph, s.sentence"
        )
        async with self._db.execute(query, (path,)) as cursor:
            rows = await cursor.fetchall()
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]
