"""The persistent engine: BM25 through tantivy, kept on disk beside the SQLite database and updated incrementally.

Why: rank-bm25 holds every sentence's term counts in Python dicts and scores candidates in a Python loop; at a million
sentences that is ~1 s a question and ~2.3 GB (see docs/scaling.md). tantivy keeps a segment-based inverted index on
disk (memory-mapped), answers a top-k BM25 query in about a millisecond, takes additions and deletions without a
rebuild, and lets any number of processes read one index.

Same tokens: tantivy is fed the terms of `retrieval.tokenize` joined by spaces and split again by a whitespace
tokenizer with no filter, so both engines see exactly the same terms. tantivy's BM25 is Lucene's (k1 1.2, b 0.75,
IDF log(1 + (N - n + 0.5) / (n + 0.5)), document lengths stored in one byte), so scores differ a little from
rank-bm25's BM25Plus while rankings mostly agree (bench/scale.py reports the top-10 agreement).

Positions: in this engine a result's `position` is the sentence's row id in the store, and the corpus that goes with
it (`SqliteSentences`) is indexed by row id. Rows of one document have consecutive ids (they are inserted together),
so `position ± 1` is still the neighbouring sentence when it belongs to the same document.

Persistence and crash safety: every write to the store's sentences bumps the generation number in the store's `meta`
table (key `index_generation`) in the same transaction. The tantivy index records the generation it reflects in a
side file (`docbot-index.json`), written atomically only after tantivy's own commit succeeded. At start-up and
before each snapshot the two are compared (with the sentence counts); any difference, a missing or unreadable
index, or an index of another schema means a crash or an outside change came between the two, and the index is
rebuilt from SQLite, which is the source of truth. An index in step with the store is opened, not rebuilt.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import tantivy

from retrieval.answer import Corpus
from retrieval.engine import ScoredSentence
from retrieval.models import DocumentInfo, IndexedSentence

log = logging.getLogger(__name__)

# Bumped whenever the index layout changes (fields, tokenizer): an index of another version is rebuilt.
SCHEMA_VERSION = 1
# The store's meta key that counts writes to the sentences (see the module docstring).
GENERATION_KEY = "index_generation"
# ENGINE=auto uses tantivy from this many sentences on: below it rank-bm25 in memory answers in a few milliseconds
# and starts in well under a second; above it rank-bm25's query time and memory grow linearly (docs/scaling.md).
AUTO_TANTIVY_SENTENCES = 50_000
ENGINE_CHOICES = ("auto", "rank-bm25", "tantivy")

_TOKENS = "tokens"
_SENTENCE_ID = "sentence_id"
_PATH = "path"
_WHITESPACE = "docbot_whitespace"
_SIDE_FILE = "docbot-index.json"
_LOCK_SUFFIX = ".lock"
# tantivy's indexing memory: per thread at least 15 MB; a full build uses two threads (the machine has 2 cores).
_BUILD_HEAP = 2 * 64_000_000
_UPDATE_HEAP = 32_000_000
_FETCH_ROWS = 20_000
_MIN_FETCH = 16
# Results fetched at most to complete a tie group at the cut: limit × factor, and at least the minimum.
_TIE_FETCH_FACTOR = 4
_MIN_TIE_FETCH = 256
_ROW_CACHE = 20_000
_FREQUENCY_CACHE = 100_000
_MMAP_BYTES = 1 << 30

TokensLookup = Callable[[Sequence[int]], Mapping[int, Sequence[str]]]
"""Tokens of the sentences with these ids (for the matched terms of results)."""


class TantivyIndexError(RuntimeError):
    """The persistent index cannot be used (for instance the database is in memory)."""


def index_dir_for(db_path: Path) -> Path:
    """Where the tantivy index of the database at `db_path` lives: `<db>.tantivy/`."""
    return db_path.with_name(db_path.name + ".tantivy")


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    # Frequencies without positions: BM25 needs no more, and the index stays small.
    builder.add_text_field(_TOKENS, stored=False, tokenizer_name=_WHITESPACE, index_option="freq")
    builder.add_unsigned_field(_SENTENCE_ID, stored=False, indexed=False, fast=True)
    # The document path, as one raw term: what a changed or removed document's sentences are deleted by.
    builder.add_text_field(_PATH, stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def _prepare(index: tantivy.Index) -> tantivy.Index:
    index.register_tokenizer(_WHITESPACE, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    index.config_reader(reload_policy="manual")
    return index


def _document(sentence_id: int, path: str, tokens: str) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text(_TOKENS, tokens)
    document.add_unsigned(_SENTENCE_ID, sentence_id)
    document.add_text(_PATH, path)
    return document


class TantivyEngine:
    """BM25 over a tantivy searcher pinned at one commit; a result's position is the sentence's id.

    Ties are broken by sentence id: tantivy's own order among equal scores is internal, so results are fetched until
    the tie group at the cut is complete and then sorted by (score, id). tantivy stores sentence lengths in one byte,
    so single-word questions over a large corpus can tie by the thousand: past `limit` × 4 results (at least 256)
    the rest of such a group is left out in tantivy's order, which keeps the cost of a question bounded.
    """

    def __init__(self, index: tantivy.Index, tokens_of: TokensLookup, generation: int = 0) -> None:
        self._schema = index.schema
        self._searcher = index.searcher()
        self._tokens_of = tokens_of
        self._size = self._searcher.num_docs
        self.generation = generation
        self._frequencies: dict[str, int] = {}

    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]]) -> TantivyEngine:
        """An engine held in memory over `corpus`, with positions 0..n-1 as ids (tests and benchmarks)."""
        index = _prepare(tantivy.Index(_schema()))
        writer = index.writer(heap_size=_UPDATE_HEAP, num_threads=1)
        for position, tokens in enumerate(corpus):
            writer.add_document(_document(position, "", " ".join(tokens)))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        frozen = [tuple(tokens) for tokens in corpus]
        return cls(index, lambda ids: {i: frozen[i] for i in ids})

    @property
    def size(self) -> int:
        return self._size

    def document_frequency(self, term: str) -> int:
        # tantivy's term statistics (doc_freq) still count deleted sentences until their segment is merged; counting
        # the live matches is exact. Cached: a searcher never changes, and questions repeat their words.
        frequency = self._frequencies.get(term)
        if frequency is None:
            frequency = 0
            if term and self._searcher.doc_freq(_TOKENS, term):
                query = tantivy.Query.term_query(self._schema, _TOKENS, term)
                result = self._searcher.search(query, 1, count=True)
                frequency = int(getattr(result, "count", 0) or 0)  # `count` is missing from the stubs
            if len(self._frequencies) >= _FREQUENCY_CACHE:
                self._frequencies.clear()
            self._frequencies[term] = frequency
        return frequency

    def known_terms(self, terms: Sequence[str]) -> list[str]:
        return [term for term in dict.fromkeys(terms) if self.document_frequency(term) > 0]

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        query_terms = self.known_terms(terms)
        if not query_terms or limit <= 0:
            return []
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(self._schema, _TOKENS, term)) for term in query_terms]
        )
        fetch = max(limit + limit // 2, _MIN_FETCH)
        most = max(limit * _TIE_FETCH_FACTOR, _MIN_TIE_FETCH)
        while True:
            hits = self._searcher.search(query, fetch, count=False).hits
            # Complete when every match came back, or when the last one scores below the result at the cut (so the
            # whole tie group at the cut is in). A tie group larger than `most` is cut in tantivy's order.
            if len(hits) < fetch or hits[-1][0] < hits[min(limit, len(hits)) - 1][0] or fetch >= most:
                break
            fetch = min(fetch * 4, most)
        ids = self._searcher.fast_field_values(_SENTENCE_ID, [address for _, address in hits])
        ranked = sorted(
            ((float(score), int(i or 0)) for (score, _), i in zip(hits, ids, strict=True)),
            key=lambda item: (-item[0], item[1]),
        )[:limit]
        tokens = self._tokens_of([sentence_id for _, sentence_id in ranked])
        results: list[ScoredSentence] = []
        for score, sentence_id in ranked:
            held = frozenset(tokens.get(sentence_id, ()))
            results.append(ScoredSentence(sentence_id, score, tuple(t for t in query_terms if t in held)))
        return results


# --- the sentences of the store, read lazily -------------------------------------------------------------------------

_GAP = IndexedSentence(0, 0, 0, 0, "", ())


class SqliteSentences(Sequence[IndexedSentence]):
    """The store's sentences indexed by row id, read on demand through one read transaction held open.

    The open transaction pins the database as it was when the snapshot was taken (SQLite WAL), so this sequence and
    the tantivy searcher of the same snapshot always agree, even while a reindex writes. Ids of deleted rows read as
    an empty sentence of document 0, which never counts as a neighbour. Thread-safe: one lock guards the connection.
    """

    def __init__(self, connection: sqlite3.Connection, end: int, count: int) -> None:
        self._db = connection
        self._end = end
        self.stored = count
        self._lock = threading.Lock()
        # Rows read lately (the candidates of the last questions): dropped all at once when full, which is cheaper
        # per read than keeping an LRU order. Read without the lock: dict reads and writes are atomic in CPython.
        self._cache: dict[int, IndexedSentence] = {}

    def __len__(self) -> int:
        return self._end

    @overload
    def __getitem__(self, index: int) -> IndexedSentence: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[IndexedSentence]: ...

    def __getitem__(self, index: int | slice) -> IndexedSentence | Sequence[IndexedSentence]:
        if isinstance(index, slice):
            ids = list(range(*index.indices(self._end)))
            rows = self.fetch(ids)
            return [rows.get(i, _GAP) for i in ids]
        row = self._cache.get(index)
        if row is not None:
            return row
        if index < 0:
            index += self._end
        if not 0 <= index < self._end:
            raise IndexError(index)
        return self.fetch([index]).get(index, _GAP)

    def get(self, sentence_id: int) -> IndexedSentence | None:
        """The sentence with this id, or None."""
        return self.fetch([sentence_id]).get(sentence_id)

    def fetch(self, ids: Sequence[int]) -> dict[int, IndexedSentence]:
        """The sentences with these ids that exist, read in one query (recently read ones come from a cache)."""
        cache = self._cache
        found: dict[int, IndexedSentence] = {}
        missing: list[int] = []
        for sentence_id in ids:
            row = cache.get(sentence_id)
            if row is None:
                missing.append(sentence_id)
            else:
                found[sentence_id] = row
        if not missing:
            return found
        with self._lock:
            rows = []
            for start in range(0, len(missing), 900):
                chunk = missing[start : start + 900]
                query = (
                    "SELECT id, document_id, paragraph, sentence, text, tokens FROM sentences"
                    f" WHERE id IN ({','.join('?' * len(chunk))})"
                )
                rows.extend(self._db.execute(query, chunk).fetchall())
        if len(cache) + len(rows) > _ROW_CACHE:
            cache.clear()
        for r in rows:
            row = IndexedSentence(r[0], r[1], r[2], r[3], r[4], tuple(r[5].split()))
            found[row.sentence_id] = cache[row.sentence_id] = row
        return found

    def tokens_of(self, ids: Sequence[int]) -> dict[int, list[str]]:
        """Tokens of these sentences (a `TokensLookup`), read alone: a ranking asks for many more than it shows."""
        tokens: dict[int, list[str]] = {}
        with self._lock:
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                query = f"SELECT id, tokens FROM sentences WHERE id IN ({','.join('?' * len(chunk))})"
                for sentence_id, text in self._db.execute(query, chunk):
                    tokens[sentence_id] = text.split()
        return tokens

    def close(self) -> None:
        """End the read transaction and close the connection."""
        with self._lock:
            self._db.close()


class SentencePositions(Mapping[int, int]):
    """Sentence id → position for `SqliteSentences`: the identity, for ids that exist."""

    def __init__(self, sentences: SqliteSentences) -> None:
        self._sentences = sentences

    def __getitem__(self, sentence_id: int) -> int:
        if self._sentences.get(sentence_id) is None:
            raise KeyError(sentence_id)
        return sentence_id

    def __len__(self) -> int:
        return self._sentences.stored

    def __iter__(self) -> Iterator[int]:
        for start in range(0, len(self._sentences), _FETCH_ROWS):
            ids = range(start, min(start + _FETCH_ROWS, len(self._sentences)))
            yield from sorted(self._sentences.fetch(ids))


# --- the index on disk ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndexDelta:
    """What one reindex changed in the store, to apply to an index that was in step before it."""

    base_generation: int  # the store's generation before the write
    generation: int  # ... and after it
    deleted_paths: tuple[str, ...]  # changed and removed documents: their old sentences go
    added_paths: tuple[str, ...]  # added and changed documents: their new sentences come
    replace_all: bool = False


@dataclass(frozen=True, slots=True)
class PinnedIndex:
    """A tantivy searcher and a store read transaction pinned at the same generation."""

    corpus: Corpus
    engine: TantivyEngine
    documents: tuple[DocumentInfo, ...]
    generation: int
    action: str  # "opened", "updated" or "rebuilt"


def _connect(db_path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        f"file:{db_path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False, timeout=30
    )
    connection.execute("PRAGMA query_only = ON")
    # Memory-mapped reads: a question reads a few hundred rows scattered over the table, far cheaper through the
    # page cache mapped in than through a read() per page. Pages touched count in RSS but are shared and evictable.
    connection.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    return connection


def stored_sentence_count(db_path: Path) -> int:
    """How many sentences the database holds (0 when it has no tables yet); what ENGINE=auto decides by."""
    if not db_path.exists():
        return 0
    connection = _connect(db_path)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def use_tantivy(engine: str, sentence_count: int) -> bool:
    """Whether the `ENGINE` setting picks tantivy for a store of `sentence_count` sentences."""
    if engine not in ENGINE_CHOICES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINE_CHOICES)}")
    return engine == "tantivy" or (engine == "auto" and sentence_count >= AUTO_TANTIVY_SENTENCES)


def _documents(connection: sqlite3.Connection) -> tuple[DocumentInfo, ...]:
    query = (
        "SELECT d.id, d.path, d.title, COUNT(s.id) FROM documents d"
        " LEFT JOIN sentences s ON s.document_id = d.id GROUP BY d.id ORDER BY d.path"
    )
    return tuple(DocumentInfo(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in connection.execute(query))


def _store_generation(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return -1


class PersistentIndex:
    """The tantivy index of one database: opened when in step, updated incrementally, rebuilt after a mismatch.

    Writers in any process take an exclusive lock file (`<db>.tantivy.lock`) around their writes to the index, so
    processes that share the index (Discord shards) never write it at the same time.
    """

    def __init__(self, db_path: Path) -> None:
        if str(db_path) == ":memory:":
            raise TantivyIndexError("ENGINE=tantivy needs a database file, not an in-memory database")
        self.db_path = db_path
        self.path = index_dir_for(db_path)
        self._lock_path = self.path.with_name(self.path.name + _LOCK_SUFFIX)
        self._checked_at = 0.0
        self._seen_generation: int | None = None

    # side file -------------------------------------------------------------------------------------------------

    def recorded(self) -> dict[str, int] | None:
        """What the side file says the index holds ({generation, sentences, schema}), or None."""
        try:
            data = json.loads((self.path / _SIDE_FILE).read_text(encoding="utf-8"))
            return {key: int(data[key]) for key in ("generation", "sentences", "schema")}
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _record(self, generation: int, sentences: int) -> None:
        payload = json.dumps({"generation": generation, "sentences": sentences, "schema": SCHEMA_VERSION})
        temporary = self.path / (_SIDE_FILE + ".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path / _SIDE_FILE)
        directory = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def _forget(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.path / _SIDE_FILE).unlink()

    def changed_elsewhere(self, generation: int, every: float = 2.0) -> bool:
        """True when the index on disk moved past `generation` (another process reindexed); checked at most every
        `every` seconds, so it costs nothing on the question path."""
        now = time.monotonic()
        if now - self._checked_at < every:
            return self._seen_generation is not None and self._seen_generation != generation
        self._checked_at = now
        recorded = self.recorded()
        self._seen_generation = recorded["generation"] if recorded else None
        return self._seen_generation is not None and self._seen_generation != generation

    # writing ---------------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self._lock_path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _open_index(self, recreate: bool) -> tantivy.Index:
        if not recreate:
            try:
                if tantivy.Index.exists(str(self.path)):
                    return _prepare(tantivy.Index.open(str(self.path)))
            except ValueError as error:  # unreadable or of another tantivy format
                log.warning("the search index at %s cannot be opened (%s); rebuilding it", self.path, error)
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        return _prepare(tantivy.Index(_schema(), path=str(self.path)))

    def sync(self, delta: IndexDelta | None = None) -> str:
        """Bring the index in step with the store: "opened" (it was), "updated" (delta applied) or "rebuilt"."""
        with self._exclusive():
            connection = _connect(self.db_path)
            try:
                return self._sync_locked(connection, delta)
            finally:
                connection.close()

    def _sync_locked(self, connection: sqlite3.Connection, delta: IndexDelta | None) -> str:
        connection.execute("BEGIN")  # one consistent view of the store for the whole sync
        try:
            generation = _store_generation(connection)
            count = int(connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0])
            recorded = self.recorded()
            in_schema = recorded is not None and recorded["schema"] == SCHEMA_VERSION
            if (
                in_schema
                and recorded is not None
                and recorded["generation"] == generation
                and recorded["sentences"] == count
                and self._searchable(count)
            ):
                return "opened"
            if (
                in_schema
                and recorded is not None
                and delta is not None
                and not delta.replace_all
                and recorded["generation"] == delta.base_generation
                and generation == delta.generation
                and self._searchable(recorded["sentences"])
            ):
                self._apply(connection, delta, generation, count)
                return "updated"
            if recorded is not None:
                log.warning(
                    "search index at %s is out of step with the database (index generation %s, %s sentences;"
                    " database generation %d, %d sentences): rebuilding it from the database",
                    self.path,
                    recorded["generation"],
                    recorded["sentences"],
                    generation,
                    count,
                )
            self._rebuild(connection, generation, count, recreate=not in_schema)
            return "rebuilt"
        finally:
            connection.execute("ROLLBACK")

    def _searchable(self, count: int) -> bool:
        try:
            index = _prepare(tantivy.Index.open(str(self.path)))
            return bool(index.searcher().num_docs == count)
        except (ValueError, OSError):
            return False

    def _rows(
        self, connection: sqlite3.Connection, where: str = "", parameters: Sequence[str] = ()
    ) -> Iterator[tuple[int, str, str]]:
        cursor = connection.execute(
            "SELECT s.id, d.path, s.tokens FROM sentences s JOIN documents d ON d.id = s.document_id" + where,
            parameters,
        )
        while rows := cursor.fetchmany(_FETCH_ROWS):
            for r in rows:
                yield int(r[0]), str(r[1]), str(r[2])

    def _apply(self, connection: sqlite3.Connection, delta: IndexDelta, generation: int, count: int) -> None:
        index = self._open_index(recreate=False)
        writer = index.writer(heap_size=_UPDATE_HEAP, num_threads=1)
        try:
            for path in delta.deleted_paths:
                writer.delete_documents_by_query(tantivy.Query.term_query(index.schema, _PATH, path))
            for start in range(0, len(delta.added_paths), 500):
                paths = delta.added_paths[start : start + 500]
                where = f" WHERE d.path IN ({','.join('?' * len(paths))})"
                for sentence_id, path, tokens in self._rows(connection, where, paths):
                    writer.add_document(_document(sentence_id, path, tokens))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        self._record(generation, count)

    def _rebuild(self, connection: sqlite3.Connection, generation: int, count: int, recreate: bool) -> None:
        started = time.perf_counter()
        self._forget()
        index = self._open_index(recreate=recreate)
        writer = index.writer(heap_size=_BUILD_HEAP, num_threads=2)
        try:
            writer.delete_all_documents()
            for sentence_id, path, tokens in self._rows(connection):
                writer.add_document(_document(sentence_id, path, tokens))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        self._record(generation, count)
        log.info("built the search index of %d sentences in %.1fs", count, time.perf_counter() - started)

    # reading ---------------------------------------------------------------------------------------------------

    def open_snapshot(self, delta: IndexDelta | None = None) -> PinnedIndex:
        """Sync, then pin a searcher and a store read transaction at the same generation."""
        action = self.sync(delta)
        for _ in range(5):
            with self._exclusive():
                recorded = self.recorded()
                index = _prepare(tantivy.Index.open(str(self.path)))
                connection = _connect(self.db_path)
                connection.execute("BEGIN")
                generation = _store_generation(connection)
            if recorded is not None and recorded["generation"] == generation:
                end = connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sentences").fetchone()[0]
                sentences = SqliteSentences(connection, int(end), recorded["sentences"])
                documents = _documents(connection)
                engine = TantivyEngine(index, sentences.tokens_of, generation)
                corpus = Corpus(sentences, {d.document_id: d for d in documents}, SentencePositions(sentences))
                self._seen_generation = generation
                return PinnedIndex(corpus, engine, documents, generation, action)
            # Another process wrote the store between the sync and the pin: sync again (it waits for that writer).
            connection.close()
            action = self.sync(None)
        raise TantivyIndexError(f"the search index at {self.path} keeps changing; try again")
