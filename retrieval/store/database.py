"""The SQLite store (aiosqlite): schema migrations, documents and sentences. All of docbot's SQL lives here."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import sqlite3
import time
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import aiosqlite

from retrieval.actors import analysis as actors
from retrieval.actors.analysis import (
    ACTORS_VERSION,
    ActorSentence,
    DecidedActor,
    DocumentFacts,
    NameCount,
    NameGroup,
    RelatedActor,
    StoredActor,
    analyse_document,
    components,
    decide_actors,
    decide_component,
    decode_facts,
    encode_facts,
    group_names,
    link_document,
    load_lexicon,
    name_edges,
)
from retrieval.ingest.walk import FileState, ScanResult
from retrieval.models import DocumentInfo, IndexedSentence, ParsedDocument, Source
from retrieval.workers import worker_pool

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
    # 2: actors (retrieval/actors.py), their aliases and the sentences they appear and speak in. Actors are computed
    # across the whole corpus; a counter of document writes, bumped by triggers in the same transaction as the
    # write, tells when the stored actors no longer match the documents (`Store.refresh_actors`).
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
    # 3: incremental actors (`Store.refresh_actors`). Triggers note each document written or removed. Each
    # document's facts (what actor finding needs of its text, retrieval/actors.py) are kept with the merge keys its
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
)

# Sentences the engines index and answers quote: every stored sentence but headings.
ANSWERABLE = "s.kind != 'heading'"

REBUILD_HINT = "delete it (or pass another --db) and run `docbot index` to rebuild it from the documents"


class StoreError(Exception):
    """The database cannot be used; the message is one line that says what to do."""


def _store_error(path: Path, error: BaseException) -> StoreError:
    if "locked" in str(error):
        return StoreError(f"database {path} is locked by another process; stop it or use another --db")
    if path.exists() and not os.access(path.parent, os.W_OK):
        # Not corrupt: SQLite must create its -wal and -shm files beside the database, on a read-only volume say.
        return StoreError(
            f"database {path} cannot be opened: its folder {path.parent} is read-only ({error}); "
            "make it writable or use another --db"
        )
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
            "INSERT INTO sentences (document_id, paragraph, sentence, text, start_offset, end_offset, tokens, kind,"
            " section, page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
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
                )
                for s in document.sentences
            ],
        )

    async def load_sentences(self) -> list[IndexedSentence]:
        """Every sentence with its tokens, ordered by document path, paragraph and sentence."""
        query = (
            "SELECT s.id, s.document_id, s.paragraph, s.sentence, s.text, s.tokens, s.section, s.page FROM sentences s"
            f" JOIN documents d ON d.id = s.document_id WHERE {ANSWERABLE} ORDER BY d.path, s.paragraph, s.sentence"
        )
        async with self._db.execute(query) as cursor:
            rows = await cursor.fetchall()
        sections: dict[str, str] = {}  # one string per distinct section path, not one per sentence
        return [
            IndexedSentence(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                int(r[3]),
                str(r[4]),
                tuple(str(r[5]).split()),
                sections.setdefault(str(r[6]), str(r[6])),
                int(r[7]),
            )
            for r in rows
        ]

    async def documents(self) -> list[DocumentInfo]:
        """The indexed documents with their sentence counts, by path."""
        query = (
            "SELECT d.id, d.path, d.title, COUNT(s.id) FROM documents d"
            f" LEFT JOIN sentences s ON s.document_id = d.id AND {ANSWERABLE} GROUP BY d.id ORDER BY d.path"
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

    async def actors_current(self) -> bool:
        """True when the stored actors were computed, by these rules, from the documents as they are now."""
        return _actors_current(await self._meta_values(_ACTOR_META_KEYS))

    async def _meta_values(self, keys: Sequence[str]) -> dict[str, str]:
        marks = ", ".join("?" for _ in keys)
        async with self._db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", tuple(keys)) as cursor:
            return {str(r[0]): str(r[1]) for r in await cursor.fetchall()}

    async def refresh_actors(self, analyse: Callable[[Sequence[str]], DocumentFacts] | None = None) -> float | None:
        """Bring the actors in step with the documents when documents were written since they were computed.

        Incremental (`_ActorRefresh`): only the documents written since are analysed, the names of the whole
        corpus merged from their stored counts, and only the documents whose names now resolve differently
        re-linked; the result is the same as `find_actors` over the whole corpus. Another ACTORS_VERSION rebuilds.
        Runs in a worker thread on a connection of its own: everything is read and computed in one read
        transaction, then written in one write transaction, and only if no document was written meanwhile (else
        the actors stay stale for the next reindex). Readers never see a half-written set. Returns the seconds it
        took, or None when the actors were current or left stale.
        """
        if await self.actors_current():
            return None
        return await asyncio.to_thread(_refresh_actors, self.path, analyse or analyse_document)

    async def actor_directory(self) -> list[StoredActor]:
        """Every stored actor with its aliases and its sentence and document counts."""
        aliases: dict[int, list[str]] = {}
        async with self._db.execute("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias") as cursor:
            for row in await cursor.fetchall():
                aliases.setdefault(int(row[0]), []).append(str(row[1]))
        query = (
            "SELECT a.id, a.name, a.kind, SUM(c.sentences), COUNT(*) FROM actors a"
            " JOIN actor_document_counts c ON c.actor_id = a.id GROUP BY a.id ORDER BY a.id"
        )
        async with self._db.execute(query) as cursor:
            rows = await cursor.fetchall()
        return [
            StoredActor(int(r[0]), str(r[1]), str(r[2]), tuple(aliases.get(int(r[0]), ())), int(r[3]), int(r[4]))
            for r in rows
        ]

    async def actor_sentences(self, actor_id: int) -> list[ActorSentence]:
        """The sentences an actor appears or speaks in, in reading order (document path, paragraph, sentence)."""
        query = (
            "SELECT s.id, m.is_statement, d.path, d.title, s.paragraph, s.sentence, s.text, s.tokens"
            " FROM actor_mentions m JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = s.document_id"
            " WHERE m.actor_id = ? ORDER BY d.path, s.paragraph, s.sentence"
        )
        async with self._db.execute(query, (actor_id,)) as cursor:
            rows = await cursor.fetchall()
        return [
            ActorSentence(
                int(r[0]),
                bool(r[1]),
                Source(str(r[2]), str(r[3]), int(r[4]), int(r[5])),
                str(r[6]),
                tuple(str(r[7]).split()),
            )
            for r in rows
        ]

    async def related_actors(self, actor_id: int, limit: int = 10) -> list[RelatedActor]:
        """The actors found in the same sentences as `actor_id`, with in how many; most frequent first."""
        query = (
            "SELECT a.name, a.kind, COUNT(*) AS n FROM actor_mentions mine"
            " JOIN actor_mentions other ON other.sentence_id = mine.sentence_id AND other.actor_id != mine.actor_id"
            " JOIN actors a ON a.id = other.actor_id WHERE mine.actor_id = ?"
            " GROUP BY other.actor_id ORDER BY n DESC, a.name LIMIT ?"
        )
        async with self._db.execute(query, (actor_id, limit)) as cursor:
            rows = await cursor.fetchall()
        return [RelatedActor(str(r[0]), str(r[1]), int(r[2])) for r in rows]


_ACTOR_META_KEYS = ("actors_version", "actors_document_writes", "document_writes", "actors_refreshes")


def _actors_current(meta: dict[str, str]) -> bool:
    return meta.get("actors_version") == str(ACTORS_VERSION) and meta.get("actors_document_writes") == meta.get(
        "document_writes", "0"
    )


def _refresh_actors(path: Path, analyse: Callable[[Sequence[str]], DocumentFacts]) -> float | None:
    """`Store.refresh_actors` in a worker thread, on its own connection."""
    started = time.perf_counter()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")  # one read transaction: everything the refresh reads is one state
        try:
            before = _actor_meta(connection)
            if _actors_current(before):
                return None
            rebuild = before.get("actors_version") != str(ACTORS_VERSION) or _mostly_written(connection)
            refresh = _ActorRefresh(connection, rebuild, analyse)
            refresh.plan()
        finally:
            connection.execute("COMMIT")
        connection.execute("BEGIN IMMEDIATE")
        try:
            now = _actor_meta(connection)
            if any(now.get(key) != before.get(key) for key in _ACTOR_META_KEYS):
                # Documents were written (or another process refreshed) meanwhile: left for the next reindex.
                connection.execute("ROLLBACK")
                return None
            refresh.write(before.get("document_writes", "0"), int(before.get("actors_refreshes", "0")) + 1)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    seconds = time.perf_counter() - started
    log.debug("actors: %s", refresh.summary())
    return seconds


# From this many sentences to analyse, actors are found in worker processes (each analyses whole documents; the
# facts come back in order, so the result is the serial one). At 1M generated sentences the analysis is about two
# thirds of a full actor build; below this size starting the workers costs more than it saves.
PARALLEL_ACTOR_SENTENCES = 50_000
_ACTOR_BATCH_SENTENCES = 5_000
_Document = tuple[int, list[tuple[int, str]]]  # document id, its (sentence id, text) in reading order


@dataclass(frozen=True, slots=True)
class _AnalysedDocument:
    """What a refresh keeps of a document's facts: them encoded for the store, their keys, names and words.

    Small to send back from a worker process: the per-sentence facts travel only as the encoded bytes.
    """

    encoded: bytes
    keys: frozenset[str]
    names: tuple[NameCount, ...]
    words: frozenset[str]

    @classmethod
    def of(cls, facts: DocumentFacts) -> _AnalysedDocument:
        return cls(encode_facts(facts), facts.keys, facts.names, facts.words)


def _analyse_batch(documents: list[list[str]]) -> list[_AnalysedDocument]:
    """Worker process: each document analysed (its sentences' texts in reading order)."""
    lexicon = load_lexicon()
    return [_AnalysedDocument.of(analyse_document(texts, lexicon)) for texts in documents]


def _batches(documents: Iterable[_Document], sentences: int) -> Iterator[list[_Document]]:
    """Whole documents in batches of about `sentences` sentences."""
    batch: list[_Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document[1])
        if size >= sentences:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# Share of the documents written since the last refresh above which the actors are rebuilt rather than refreshed:
# rebuilding them all at once is then quicker than redoing most names one by one, and gives the same result. At
# 100k generated sentences, refreshing after 30% of the documents changed took 4.6 s, after 60% 8.9 s; a rebuild 6 s.
_REBUILD_WRITTEN_SHARE = 0.5


def _mostly_written(connection: sqlite3.Connection) -> bool:
    """True when more than `_REBUILD_WRITTEN_SHARE` of the documents were written since the last refresh."""
    written, documents = connection.execute(
        "SELECT (SELECT COUNT(*) FROM actor_dirty_documents JOIN documents ON documents.id = document_id),"
        " (SELECT COUNT(*) FROM documents)"
    ).fetchone()
    return bool(written > documents * _REBUILD_WRITTEN_SHARE)


def _actor_meta(connection: sqlite3.Connection) -> dict[str, str]:
    marks = ", ".join("?" for _ in _ACTOR_META_KEYS)
    query = f"SELECT key, value FROM meta WHERE key IN ({marks})"
    return {str(k): str(v) for k, v in connection.execute(query, _ACTOR_META_KEYS)}


def _values(values: Iterable[int | str]) -> str:
    """A JSON array for `IN (SELECT value FROM json_each(?))`: any number of values in one parameter."""
    return json.dumps(sorted(values), ensure_ascii=False)


_IN = "IN (SELECT value FROM json_each(?))"
_NameForm = tuple[str, str, str, str]  # NameCount's key, surface, name, reliable


def _evidence_text(evidence: Sequence[int]) -> str:
    return ",".join(map(str, evidence))


@dataclass(frozen=True, slots=True)
class _GroupRow:
    """A name as `actor_groups` holds it: its edges, its component's root and the actor the component makes."""

    parent: str
    acronym_of: str
    root: str
    actor_id: int | None


class _StoredNameIndex:
    """The names of the store (`actor_groups`, `actor_group_terms`) seen through the names this refresh changes."""

    def __init__(self, db: sqlite3.Connection, changed: Mapping[str, NameGroup | None]) -> None:
        self.db = db
        self.changed = changed
        self.cache: dict[str, NameGroup | None] = {}
        self.added: dict[str, list[str]] = defaultdict(list)  # term → changed names that have it now
        for key, group in changed.items():
            for term in group.terms if group is not None else ():
                self.added[term].append(key)

    def group(self, key: str) -> NameGroup | None:
        if key in self.changed:
            return self.changed[key]
        if key not in self.cache:
            row = self.db.execute("SELECT mentions, evidence FROM actor_groups WHERE key = ?", (key,)).fetchone()
            self.cache[key] = None if row is None else self._group(key, row[0], row[1])
        return self.cache[key]

    def find(self, term: str) -> Iterable[str]:
        keys = list(self.added.get(term, ()))
        query = (
            "SELECT t.key, g.mentions, g.evidence FROM actor_group_terms t JOIN actor_groups g ON g.key = t.key"
            " WHERE t.term = ?"
        )
        for key, mentions, evidence in self.db.execute(query, (term,)):
            if key not in self.changed:
                keys.append(str(key))
                self.cache.setdefault(str(key), self._group(str(key), mentions, evidence))
        return keys

    @staticmethod
    def _group(key: str, mentions: object, evidence: object) -> NameGroup:
        """A name's counts (what `name_edges` reads of the names it looks up), without its forms."""
        return NameGroup(key, int(str(mentions)), [int(v) for v in str(evidence).split(",")])


class _ActorRefresh:
    """One refresh of the actors: `plan` reads and computes in the read transaction, `write` applies it.

    1. The documents written or removed since the last refresh (`actor_dirty_documents`, kept by triggers) give
       their old facts' name counts and mid-sentence words back; those still present are analysed afresh
       (`analyse_document`, the only step that reads text) and their counts added.
    2. The names whose counts changed, and those whose edges may depend on them (their shorter endings, their
       first word, the acronyms their names spell), get their edges recomputed (`name_edges`); the components
       holding any of them are recomputed and decided again. The rest of the name graph is left as stored.
    3. Documents are re-linked (`link_document`, from their stored facts) when they were analysed afresh or use a
       name that now resolves to another actor or kind; the others' links cannot have changed.
    A rebuild (another ACTORS_VERSION, or a database new to actors) decides all names at once (`decide_actors`).
    Either way the result is `find_actors` over the whole corpus; only row ids may differ.
    """

    def __init__(
        self, connection: sqlite3.Connection, rebuild: bool, analyse: Callable[[Sequence[str]], DocumentFacts]
    ) -> None:
        self.db = connection
        self.rebuild = rebuild
        self.analyse = analyse
        self.lexicon = load_lexicon()
        self.timings: dict[str, float] = {}
        # step 1
        self.dirty: set[int] = set()
        self.analysed: dict[int, tuple[bytes, frozenset[str]]] = {}  # document → (encoded facts, keys)
        self.sentence_ids: dict[int, array[int]] = {}
        self.form_deltas: dict[_NameForm, list[int]] = {}  # [mentions, *evidence]
        self.word_deltas: dict[str, int] = {}
        # step 2, what to write
        self.form_rows: dict[_NameForm, tuple[int, str]] = {}  # (mentions, evidence); 0 mentions: delete
        self.word_rows: dict[str, int] = {}  # 0: delete
        self.group_rows: dict[str, tuple[int, str, _GroupRow]] = {}  # names whose counts changed
        self.group_links: dict[str, _GroupRow] = {}  # names whose edges, root or actor changed
        self.removed_groups: set[str] = set()
        self.term_rows: dict[str, frozenset[str]] = {}
        self.new_actors: list[tuple[int, DecidedActor]] = []
        self.updated_actors: list[tuple[int, DecidedActor]] = []
        self.alias_changes: list[tuple[int, tuple[str, ...]]] = []
        self.removed_actors: set[int] = set()
        self.resolution: dict[str, tuple[int, str] | None] = {}  # name → (actor id, kind) now, where it may differ
        self.changed_keys: set[str] = set()
        # step 3
        self.relinked: list[int] = []
        self.links = array("q")  # actor id, sentence id, statement; flat: a million links are few objects
        self.counts: list[tuple[int, int, int]] = []  # (actor id, document id, sentences)

    def summary(self) -> str:
        timings = ", ".join(f"{step} {seconds:.3f}s" for step, seconds in self.timings.items())
        return (
            f"{'rebuilt' if self.rebuild else 'refreshed'}: {len(self.analysed)} documents analysed, "
            f"{len(self.dirty) - len(self.analysed)} removed, {len(self.relinked)} re-linked; "
            f"{len(self.group_rows) + len(self.group_links) + len(self.removed_groups)} names redone; "
            f"{len(self.new_actors)} actors new, {len(self.updated_actors)} renamed, {len(self.removed_actors)} gone"
            f" ({timings})"
        )

    def _timed(self, step: str, started: float) -> float:
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - started
        return now

    def plan(self) -> None:
        started = time.perf_counter()
        self._analyse()
        started = self._timed("analyse", started)
        if self.rebuild:
            self._decide_all()
        else:
            self._decide_changed()
        started = self._timed("merge", started)
        self._link()
        self._timed("link", started)

    # Step 1 ---------------------------------------------------------------------------------------------------

    def _analyse(self) -> None:
        db = self.db
        if self.rebuild:
            self.dirty = {int(r[0]) for r in db.execute("SELECT id FROM documents")}
        else:
            self.dirty = {int(r[0]) for r in db.execute("SELECT document_id FROM actor_dirty_documents")}
            query = f"SELECT facts FROM actor_documents WHERE document_id {_IN}"
            for (blob,) in db.execute(query, (_values(self.dirty),)):
                old = decode_facts(blob)
                self._count(old.names, old.words, -1)
        query = "SELECT document_id, id, text FROM sentences"
        if not self.rebuild:
            query += f" WHERE document_id {_IN}"
        query += " ORDER BY document_id, paragraph, sentence"
        rows = db.execute(query, () if self.rebuild else (_values(self.dirty),))
        documents = (
            (document_id, [(int(r[1]), str(r[2])) for r in group])
            for document_id, group in itertools.groupby(rows, key=lambda r: int(r[0]))
        )
        for (document_id, sentences), facts in self._analysed(documents):
            self._count(facts.names, facts.words, +1)
            self.analysed[document_id] = (facts.encoded, facts.keys)
            self.sentence_ids[document_id] = array("q", (sentence_id for sentence_id, _ in sentences))

    def _analysed(self, documents: Iterator[_Document]) -> Iterator[tuple[_Document, _AnalysedDocument]]:
        """Each document with its facts, in order: analysed in worker processes when there are many sentences."""
        cores = os.cpu_count() or 1
        sentences = self.db.execute(
            "SELECT COUNT(*) FROM sentences"
            if self.rebuild
            else f"SELECT COUNT(*) FROM sentences WHERE document_id {_IN}",
            () if self.rebuild else (_values(self.dirty),),
        ).fetchone()[0]
        if cores < 2 or sentences < PARALLEL_ACTOR_SENTENCES or self.analyse is not actors.analyse_document:
            for document in documents:
                yield document, _AnalysedDocument.of(self.analyse([text for _, text in document[1]]))
            return
        with worker_pool(min(cores, 8)) as pool:
            pending: deque[tuple[list[_Document], Future[list[_AnalysedDocument]]]] = deque()
            batches = _batches(documents, _ACTOR_BATCH_SENTENCES)
            for batch in itertools.chain(batches, [None]):
                if batch is not None:
                    texts = [[text for _, text in sentences] for _, sentences in batch]
                    pending.append((batch, pool.submit(_analyse_batch, texts)))
                # A few batches ahead per worker, not the whole corpus's text in flight at once.
                while pending and (batch is None or len(pending) > 2 * min(cores, 8)):
                    done, future = pending.popleft()
                    yield from zip(done, future.result(), strict=True)

    def _count(self, names: Iterable[NameCount], words: Iterable[str], sign: int) -> None:
        for row in names:
            form = (row.key, row.surface, row.name, row.reliable)
            delta = self.form_deltas.get(form)
            if delta is None:
                delta = self.form_deltas[form] = [0] * (1 + len(row.evidence))
            delta[0] += sign * row.mentions
            for index, value in enumerate(row.evidence):
                delta[1 + index] += sign * value
        for word in words:
            self.word_deltas[word] = self.word_deltas.get(word, 0) + sign

    # Step 2 ---------------------------------------------------------------------------------------------------

    def _decide_all(self) -> None:
        rows = [NameCount(*form, d[0], tuple(d[1:])) for form, d in self.form_deltas.items() if d[0] > 0]
        self.form_rows = {
            (r.key, r.surface, r.name, r.reliable): (r.mentions, _evidence_text(r.evidence)) for r in rows
        }
        self.word_rows = {word: n for word, n in self.word_deltas.items() if n > 0}
        decision = decide_actors(rows, self.word_rows, self.lexicon)
        actor_of: dict[str, tuple[int, str]] = {}
        for number, decided in enumerate(decision.actors, start=1):
            self.new_actors.append((number, decided))
            actor_of[decided.root] = (number, decided.actor.kind)
        for key, group in decision.groups.items():
            root = decision.roots[key]
            actor = actor_of.get(root)
            self.resolution[key] = actor
            row = _GroupRow(*decision.edges[key], root, actor[0] if actor else None)
            self.group_rows[key] = (group.mentions, _evidence_text(group.evidence), row)
            self.term_rows[key] = group.terms

    def _decide_changed(self) -> None:
        db = self.db
        touched = {form[0] for form in self.form_deltas}
        # Mid-sentence words: a word known or forgotten changes whether its names' mentions are reliable.
        old_words = {
            str(w): int(n)
            for w, n in db.execute(
                f"SELECT word, documents FROM actor_words WHERE word {_IN}", (_values(self.word_deltas),)
            )
        }
        new_words = {w: old_words.get(w, 0) + d for w, d in self.word_deltas.items()}
        self.word_rows = {w: n for w, n in new_words.items() if n != old_words.get(w, 0)}
        flipped = [w for w, n in new_words.items() if (n > 0) != (old_words.get(w, 0) > 0)]
        redecide = {
            str(r[0])
            for r in db.execute(f"SELECT DISTINCT key FROM actor_names WHERE reliable {_IN}", (_values(flipped),))
        }
        # The touched names' forms, before and after
        old_forms: dict[_NameForm, list[int]] = {}
        query = f"SELECT key, surface, name, reliable, mentions, evidence FROM actor_names WHERE key {_IN}"
        for key, surface, name, reliable, mentions, evidence in db.execute(query, (_values(touched),)):
            old_forms[(key, surface, name, reliable)] = [int(mentions), *map(int, str(evidence).split(","))]
        new_forms = {form: list(row) for form, row in old_forms.items()}
        for form, delta in self.form_deltas.items():
            row = new_forms.setdefault(form, [0] * len(delta))
            for index, value in enumerate(delta):
                row[index] += value
        for form, row in new_forms.items():
            if row != old_forms.get(form, [0] * len(row)):
                self.form_rows[form] = (row[0], _evidence_text(row[1:])) if row[0] > 0 else (0, "")
        old_groups = group_names(NameCount(*f, r[0], tuple(r[1:])) for f, r in old_forms.items())
        new_groups = group_names(NameCount(*f, r[0], tuple(r[1:])) for f, r in new_forms.items() if r[0] > 0)
        stored_names = _StoredNameIndex(db, {key: new_groups.get(key) for key in touched})
        # The names whose edges may change: the touched ones, and those that look them up
        affected = set(touched)
        for group in (*old_groups.values(), *new_groups.values()):
            words = group.words
            affected.update(" ".join(words[-length:]) for length in range(1, len(words)))
            if len(words) >= 2:
                affected.add(words[0])
            if words:
                affected.update(group.initials)
        affected |= redecide
        # Their components as stored, and any other component a new edge reaches
        stored: dict[str, _GroupRow] = {}
        roots: set[str] = set()
        edges: dict[str, tuple[str, str]] = {}
        for key in affected:
            now_group = stored_names.group(key)
            if now_group is not None:
                edges[key] = name_edges(now_group, stored_names)
        pending = set(affected)  # names whose stored component is needed
        asked: set[str] = set()
        while pending:
            asked |= pending
            query = f"SELECT root FROM actor_groups WHERE key {_IN}"
            new_roots = {str(r[0]) for r in db.execute(query, (_values(pending),))} - roots
            roots |= new_roots
            query = f"SELECT key, parent, acronym_of, root, actor_id FROM actor_groups WHERE root {_IN}"
            for key, parent, acronym_of, root, actor_id in db.execute(query, (_values(new_roots),)):
                stored[str(key)] = _GroupRow(str(parent), str(acronym_of), str(root), actor_id)
                if key not in affected:
                    edges[str(key)] = (str(parent), str(acronym_of))
            pending = {t for targets in edges.values() for t in targets if t and t not in edges} - asked
        now_roots = components({k: (p if p in edges else "", a if a in edges else "") for k, (p, a) in edges.items()})
        # Decide the components again: every name's forms are needed
        groups = dict(new_groups)
        others = [key for key in edges if key not in touched]
        query = f"SELECT key, surface, name, reliable, mentions, evidence FROM actor_names WHERE key {_IN}"
        rows = (
            NameCount(str(k), str(s), str(n), str(r), int(m), tuple(int(v) for v in str(e).split(",")))
            for k, s, n, r, m, e in db.execute(query, (_values(others),))
        )
        groups.update(group_names(rows))
        needed = {word for key in edges for word in groups[key].needs}
        known = {w for w, n in new_words.items() if n > 0}
        query = f"SELECT word FROM actor_words WHERE documents > 0 AND word {_IN}"
        known |= {str(r[0]) for r in db.execute(query, (_values(needed - set(new_words)),))}
        members: dict[str, list[NameGroup]] = defaultdict(list)
        for key, root in now_roots.items():
            members[root].append(groups[key])
        decided = {root: decide_component(root, component, known, self.lexicon) for root, component in members.items()}
        # Actors: a root that stays a root keeps its actor's row
        old_actors: dict[str, tuple[int, str, str]] = {}
        query = f"SELECT id, root, name, kind FROM actors WHERE root {_IN}"
        for actor_id, root, name, kind in db.execute(query, (_values(roots | set(members)),)):
            old_actors[str(root)] = (int(actor_id), str(name), str(kind))
        old_kinds = {actor_id: kind for actor_id, _, kind in old_actors.values()}
        next_id = int(db.execute("SELECT COALESCE(MAX(id), 0) FROM actors").fetchone()[0]) + 1
        actor_of: dict[str, tuple[int, str]] = {}
        reused: list[tuple[int, DecidedActor]] = []
        for root, actor in sorted(
            ((r, d) for r, d in decided.items() if d is not None), key=lambda item: (item[1].actor.name, item[0])
        ):
            if root in old_actors:
                reused.append((old_actors[root][0], actor))
                actor_of[root] = (old_actors[root][0], actor.actor.kind)
            else:
                self.new_actors.append((next_id, actor))
                actor_of[root] = (next_id, actor.actor.kind)
                next_id += 1
        self.removed_actors = {old_actors[r][0] for r in old_actors if r not in actor_of}
        if reused:
            old_aliases: dict[int, list[str]] = defaultdict(list)
            query = f"SELECT actor_id, alias FROM actor_aliases WHERE actor_id {_IN}"
            for actor_id, alias in db.execute(query, (_values(a for a, _ in reused),)):
                old_aliases[int(actor_id)].append(str(alias))
            by_id = {actor_id: (name, kind) for actor_id, name, kind in old_actors.values()}
            for actor_id, actor in reused:
                if by_id[actor_id] != (actor.actor.name, actor.actor.kind):
                    self.updated_actors.append((actor_id, actor))
                if sorted(old_aliases[actor_id]) != sorted(actor.actor.aliases):
                    self.alias_changes.append((actor_id, actor.actor.aliases))
        # The names' rows, and which names now resolve to another actor or kind
        for key in edges:
            now = actor_of.get(now_roots[key])
            group_row = _GroupRow(*edges[key], now_roots[key], now[0] if now else None)
            self.resolution[key] = now
            before = stored.get(key)
            old = None if before is None or before.actor_id is None else (before.actor_id, old_kinds[before.actor_id])
            if old != now:
                self.changed_keys.add(key)
            if key in touched:
                group = groups[key]
                self.group_rows[key] = (group.mentions, _evidence_text(group.evidence), group_row)
            elif group_row != before:
                self.group_links[key] = group_row
        for key in touched:
            old_terms = old_groups[key].terms if key in old_groups else frozenset()
            new_terms = new_groups[key].terms if key in new_groups else frozenset()
            if old_terms != new_terms:
                self.term_rows[key] = new_terms
            if key not in new_groups and key in stored:
                self.removed_groups.add(key)
                self.resolution[key] = None
                if stored[key].actor_id is not None:
                    self.changed_keys.add(key)

    # Step 3 ---------------------------------------------------------------------------------------------------

    def _link(self) -> None:
        db = self.db
        relink = set(self.analysed)
        if self.changed_keys and not self.rebuild:
            query = f"SELECT DISTINCT document_id FROM actor_document_keys WHERE key {_IN}"
            relink |= {int(r[0]) for r in db.execute(query, (_values(self.changed_keys),))} - self.dirty
        self.relinked = sorted(relink)
        stored = relink - set(self.analysed)
        blobs = {document_id: blob for document_id, (blob, _) in self.analysed.items()}
        if stored:
            query = f"SELECT document_id, facts FROM actor_documents WHERE document_id {_IN}"
            blobs.update((int(d), bytes(b)) for d, b in db.execute(query, (_values(stored),)))
            query = f"SELECT document_id, id FROM sentences WHERE document_id {_IN}"
            query += " ORDER BY document_id, paragraph, sentence"
            for document_id, group in itertools.groupby(db.execute(query, (_values(stored),)), key=lambda r: int(r[0])):
                self.sentence_ids[document_id] = array("q", (int(r[1]) for r in group))
        # How each name of these documents resolves: as decided above, else as stored (it cannot have changed)
        resolution = dict(self.resolution)
        missing = {key for _, keys in self.analysed.values() for key in keys} - resolution.keys()
        if stored:
            query = f"SELECT DISTINCT key FROM actor_document_keys WHERE document_id {_IN}"
            missing |= {str(r[0]) for r in db.execute(query, (_values(stored),))} - resolution.keys()
        if missing:
            query = (
                f"SELECT g.key, a.id, a.kind FROM actor_groups g JOIN actors a ON a.id = g.actor_id WHERE g.key {_IN}"
            )
            for key, actor_id, kind in db.execute(query, (_values(missing),)):
                resolution[str(key)] = (int(actor_id), str(kind))
        numbers: dict[int, int] = {}
        kinds: list[str] = []
        actor_ids: list[int] = []
        resolve: dict[str, int] = {}
        for key, actor in resolution.items():
            if actor is None:
                continue
            if actor[0] not in numbers:
                numbers[actor[0]] = len(kinds)
                kinds.append(actor[1])
                actor_ids.append(actor[0])
            resolve[key] = numbers[actor[0]]
        for document_id in self.relinked:
            per_actor: Counter[int] = Counter()
            found = link_document(decode_facts(blobs.pop(document_id)).sentences, resolve, kinds)
            for sentence_id, links in zip(self.sentence_ids.pop(document_id), found, strict=True):
                for number, statement in links.items():
                    self.links.extend((actor_ids[number], sentence_id, int(statement)))
                    per_actor[actor_ids[number]] += 1
            self.counts.extend((actor_id, document_id, n) for actor_id, n in per_actor.items())

    # Writing --------------------------------------------------------------------------------------------------

    def write(self, document_writes: str, refreshes: int) -> None:
        started = time.perf_counter()
        db = self.db
        if self.rebuild:
            for table in (
                "actor_mentions",
                "actor_document_counts",
                "actor_aliases",
                "actor_groups",
                "actor_group_terms",
                "actors",
                "actor_documents",
                "actor_document_keys",
                "actor_names",
                "actor_words",
                "actor_dirty_documents",
            ):
                db.execute(f"DELETE FROM {table}")  # the table names above, not input
        else:
            dirty = _values(self.dirty)
            db.execute(f"DELETE FROM actor_documents WHERE document_id {_IN}", (dirty,))
            db.execute(f"DELETE FROM actor_document_keys WHERE document_id {_IN}", (dirty,))
            db.execute(f"DELETE FROM actor_dirty_documents WHERE document_id {_IN}", (dirty,))
            relinked = _values(self.relinked)
            db.execute(
                f"DELETE FROM actor_mentions WHERE sentence_id IN (SELECT id FROM sentences WHERE document_id {_IN})",
                (relinked,),
            )
            db.execute(f"DELETE FROM actor_document_counts WHERE document_id {_IN}", (relinked,))
            db.execute(f"DELETE FROM actors WHERE id {_IN}", (_values(self.removed_actors),))
        db.executemany(
            "INSERT INTO actor_documents (document_id, facts) VALUES (?, ?)",
            ((document_id, blob) for document_id, (blob, _) in self.analysed.items()),
        )
        db.executemany(
            "INSERT INTO actor_document_keys (key, document_id) VALUES (?, ?)",
            ((key, document_id) for document_id, (_, keys) in self.analysed.items() for key in keys),
        )
        db.executemany(
            "DELETE FROM actor_names WHERE key = ? AND surface = ? AND name = ? AND reliable = ?",
            (form for form, (mentions, _) in self.form_rows.items() if mentions <= 0),
        )
        db.executemany(
            "INSERT OR REPLACE INTO actor_names (key, surface, name, reliable, mentions, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((*form, mentions, evidence) for form, (mentions, evidence) in self.form_rows.items() if mentions > 0),
        )
        db.executemany("DELETE FROM actor_words WHERE word = ?", ((w,) for w, n in self.word_rows.items() if n <= 0))
        db.executemany(
            "INSERT OR REPLACE INTO actor_words (word, documents) VALUES (?, ?)",
            ((w, n) for w, n in self.word_rows.items() if n > 0),
        )
        db.executemany(
            "INSERT INTO actors (id, name, kind, root) VALUES (?, ?, ?, ?)",
            ((actor_id, d.actor.name, d.actor.kind, d.root) for actor_id, d in self.new_actors),
        )
        db.executemany(
            "UPDATE actors SET name = ?, kind = ? WHERE id = ?",
            ((d.actor.name, d.actor.kind, actor_id) for actor_id, d in self.updated_actors),
        )
        db.executemany("DELETE FROM actor_aliases WHERE actor_id = ?", ((a,) for a, _ in self.alias_changes))
        db.executemany(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
            (
                (actor_id, alias)
                for actor_id, aliases in (*self.alias_changes, *((a, d.actor.aliases) for a, d in self.new_actors))
                for alias in aliases
            ),
        )
        db.executemany("DELETE FROM actor_groups WHERE key = ?", ((key,) for key in self.removed_groups))
        db.executemany(
            "INSERT OR REPLACE INTO actor_groups (key, mentions, evidence, parent, acronym_of, root, actor_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (key, mentions, evidence, row.parent, row.acronym_of, row.root, row.actor_id)
                for key, (mentions, evidence, row) in self.group_rows.items()
            ),
        )
        db.executemany(
            "UPDATE actor_groups SET parent = ?, acronym_of = ?, root = ?, actor_id = ? WHERE key = ?",
            ((row.parent, row.acronym_of, row.root, row.actor_id, key) for key, row in self.group_links.items()),
        )
        if not self.rebuild:
            db.executemany("DELETE FROM actor_group_terms WHERE key = ?", ((key,) for key in self.term_rows))
        db.executemany(
            "INSERT INTO actor_group_terms (term, key) VALUES (?, ?)",
            ((term, key) for key, terms in self.term_rows.items() for term in terms),
        )
        links = iter(self.links)
        db.executemany(
            "INSERT INTO actor_mentions (actor_id, sentence_id, is_statement) VALUES (?, ?, ?)",
            zip(links, links, links, strict=True),
        )
        db.executemany(
            "INSERT INTO actor_document_counts (actor_id, document_id, sentences) VALUES (?, ?, ?)", self.counts
        )
        db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [
                ("actors_version", str(ACTORS_VERSION)),
                ("actors_document_writes", document_writes),
                ("actors_refreshes", str(refreshes)),
            ],
        )
        self._timed("write", started)
