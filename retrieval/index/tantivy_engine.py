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

Paragraphs: a second tantivy index (`paragraphs/` inside the sentence index's folder) holds one entry per paragraph
(a run of consecutive ids of one document and paragraph) with all its sentences' terms, so that answers score a
sentence with its paragraph as the in-memory path does (`retrieval/rerank.py`). A paragraph's unit number is the id
of its first sentence; every sentence entry stores its unit in a fast field, and each paragraph entry the id after its
last sentence, so the ranking learns which sentences share a paragraph, and which sentences a paragraph holds, from
the indexes alone (`TantivyEngine` is a `ParagraphAwareEngine`), reading from SQLite only the sentences it returns.
Both indexes are written in the same sync and recorded by the same side file; either one out of step is a mismatch.

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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import tantivy

from retrieval.index.corpus import Corpus
from retrieval.index.engine import ParagraphHit, ScoredSentence, SentenceHit
from retrieval.models import DocumentInfo, IndexedSentence

log = logging.getLogger(__name__)

# Bumped whenever the index layout changes (fields, tokenizer): an index of another version is rebuilt.
# 2: the paragraph index, and each sentence's paragraph unit.
SCHEMA_VERSION = 2
# The store's meta key that counts writes to the sentences (see the module docstring).
GENERATION_KEY = "index_generation"
# ENGINE=auto uses tantivy from this many sentences on: below it rank-bm25 in memory answers in a few milliseconds
# and starts in well under a second; above it rank-bm25's query time and memory grow linearly (docs/scaling.md).
AUTO_TANTIVY_SENTENCES = 50_000
ENGINE_CHOICES = ("auto", "rank-bm25", "tantivy")

_TOKENS = "tokens"
_SENTENCE_ID = "sentence_id"
_PATH = "path"
_PARAGRAPH = "paragraph"
_END = "end"
_PARAGRAPH_DIR = "paragraphs"
_WHITESPACE = "docbot_whitespace"
_SIDE_FILE = "docbot-index.json"
_LOCK_SUFFIX = ".lock"
# tantivy's indexing memory: per thread at least 15 MB. A full build runs one indexing thread per index beside the
# thread that reads the store: on the 2-core machine, 1M sentences in 5.4 s against 6.3 s with two for the sentences.
_BUILD_HEAP = 128_000_000
_PARAGRAPH_BUILD_HEAP = 64_000_000
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
    # The sentence's paragraph unit: read with the results, and searched to score the sentences of given paragraphs.
    builder.add_unsigned_field(_PARAGRAPH, stored=False, indexed=True, fast=True)
    # The document path, as one raw term: what a changed or removed document's sentences are deleted by.
    builder.add_text_field(_PATH, stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def _paragraph_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(_TOKENS, stored=False, tokenizer_name=_WHITESPACE, index_option="freq")
    # The paragraph's sentences are the ids from its unit (its first sentence's id) to `end` (after its last); the
    # unit is searched too, to score given paragraphs.
    builder.add_unsigned_field(_PARAGRAPH, stored=False, indexed=True, fast=True)
    builder.add_unsigned_field(_END, stored=False, indexed=False, fast=True)
    builder.add_text_field(_PATH, stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def _prepare(index: tantivy.Index) -> tantivy.Index:
    index.register_tokenizer(_WHITESPACE, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    index.config_reader(reload_policy="manual")
    return index


def _document(sentence_id: int, unit: int, path: str, tokens: str) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text(_TOKENS, tokens)
    document.add_unsigned(_SENTENCE_ID, sentence_id)
    document.add_unsigned(_PARAGRAPH, unit)
    document.add_text(_PATH, path)
    return document


def _paragraph_document(unit: int, end: int, path: str, tokens: str) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text(_TOKENS, tokens)
    document.add_unsigned(_PARAGRAPH, unit)
    document.add_unsigned(_END, end)
    document.add_text(_PATH, path)
    return document


Row = tuple[int, str, int, int, str]
"""A stored sentence as the indexes take it: (id, document path, document id, paragraph number, tokens)."""


def _add_rows(rows: Iterable[Row], sentences: tantivy.IndexWriter, paragraphs: tantivy.IndexWriter) -> None:
    """Add sentences given in id order to both indexes; a paragraph is a run of consecutive ids of one document and
    paragraph (a gap in the ids starts a new one, so that a paragraph's ids are exactly its sentences)."""
    run: list[Row] = []
    for row in rows:
        if run and (row[0] != run[-1][0] + 1 or row[2] != run[-1][2] or row[3] != run[-1][3]):
            _add_run(run, sentences, paragraphs)
            run = []
        run.append(row)
    if run:
        _add_run(run, sentences, paragraphs)


def _add_run(run: Sequence[Row], sentences: tantivy.IndexWriter, paragraphs: tantivy.IndexWriter) -> None:
    unit, path = run[0][0], run[0][1]
    for sentence_id, _, _, _, tokens in run:
        sentences.add_document(_document(sentence_id, unit, path, tokens))
    paragraphs.add_document(_paragraph_document(unit, run[-1][0] + 1, path, " ".join(row[4] for row in run)))


def _writers(
    sentences: tantivy.Index, paragraphs: tantivy.Index, heap: int, paragraph_heap: int
) -> tuple[tantivy.IndexWriter, tantivy.IndexWriter]:
    return (
        sentences.writer(heap_size=heap, num_threads=1),
        paragraphs.writer(heap_size=paragraph_heap, num_threads=1),
    )


def _live_documents(index: tantivy.Index) -> int:
    index.reload()
    return int(index.searcher().num_docs)


def _values(searcher: tantivy.Searcher, field: str, addresses: list[tantivy.DocAddress]) -> list[int]:
    return [int(value or 0) for value in searcher.fast_field_values(field, addresses)]


def _hits(searcher: tantivy.Searcher, query: tantivy.Query, limit: int) -> list[tuple[float, tantivy.DocAddress]]:
    """The best `limit` results and, past them, the rest of the tie group at the cut (up to `_TIE_FETCH_FACTOR`)."""
    fetch = max(limit + limit // 2, _MIN_FETCH)
    most = max(limit * _TIE_FETCH_FACTOR, _MIN_TIE_FETCH)
    while True:
        hits = searcher.search(query, fetch, count=False).hits
        # Complete when every match came back, or when the last one scores below the result at the cut (so the
        # whole tie group at the cut is in). A tie group larger than `most` is cut in tantivy's order.
        if len(hits) < fetch or hits[-1][0] < hits[min(limit, len(hits)) - 1][0] or fetch >= most:
            return [(float(score), address) for score, address in hits]
        fetch = min(fetch * 4, most)


class TantivyEngine:
    """BM25 over a tantivy searcher pinned at one commit; a result's position is the sentence's id.

    Ties are broken by sentence id: tantivy's own order among equal scores is internal, so results are fetched until
    the tie group at the cut is complete and then sorted by (score, id). tantivy stores sentence lengths in one byte,
    so single-word questions over a large corpus can tie by the thousand: past `limit` × 4 results (at least 256)
    the rest of such a group is left out in tantivy's order, which keeps the cost of a question bounded.
    """

    def __init__(
        self,
        index: tantivy.Index,
        tokens_of: TokensLookup,
        generation: int = 0,
        paragraphs: tantivy.Index | None = None,
    ) -> None:
        self._schema = index.schema
        self._searcher = index.searcher()
        self._paragraphs = paragraphs.searcher() if paragraphs is not None else None
        self._paragraph_schema = paragraphs.schema if paragraphs is not None else None
        self._tokens_of = tokens_of
        self._size = self._searcher.num_docs
        self.generation = generation
        self._frequencies: dict[str, int] = {}

    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]], paragraphs: Sequence[int] | None = None) -> TantivyEngine:
        """An engine held in memory over `corpus`, with positions 0..n-1 as ids (tests and benchmarks).

        `paragraphs` numbers each sentence's paragraph (consecutive sentences with the same number form one);
        without it every sentence is a paragraph of its own.
        """
        index = _prepare(tantivy.Index(_schema()))
        paragraph_index = _prepare(tantivy.Index(_paragraph_schema()))
        writers = _writers(index, paragraph_index, _UPDATE_HEAP, _UPDATE_HEAP)
        numbers = paragraphs if paragraphs is not None else range(len(corpus))
        _add_rows(
            ((position, "", 0, numbers[position], " ".join(tokens)) for position, tokens in enumerate(corpus)),
            *writers,
        )
        for writer in writers:
            writer.commit()
            writer.wait_merging_threads()
        index.reload()
        paragraph_index.reload()
        frozen = [tuple(tokens) for tokens in corpus]
        return cls(index, lambda ids: {i: frozen[i] for i in ids}, paragraphs=paragraph_index)

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

    def _query(self, schema: tantivy.Schema, terms: Sequence[str]) -> tantivy.Query:
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, _TOKENS, term)) for term in terms]
        )

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        ranked = self.sentence_hits(terms, limit)
        matched = self.matched_terms(terms, [hit.position for hit in ranked])
        return [ScoredSentence(hit.position, hit.score, matched.get(hit.position, ())) for hit in ranked]

    # --- ParagraphAwareEngine (retrieval/rerank.py): the ranking's evidence, from the indexes alone ----------------

    def sentence_hits(self, terms: Sequence[str], limit: int) -> list[SentenceHit]:
        query_terms = self.known_terms(terms)
        if not query_terms or limit <= 0:
            return []
        return self._sentence_hits(self._query(self._schema, query_terms), limit)

    def sentence_hits_in(self, terms: Sequence[str], paragraphs: Sequence[ParagraphHit]) -> list[SentenceHit]:
        query_terms = self.known_terms(terms)
        if not query_terms or not paragraphs:
            return []
        query = self._within(self._schema, query_terms, [p.unit for p in paragraphs])
        # As many as the paragraphs hold sentences: every match comes back, and no tie group is cut.
        return self._sentence_hits(query, sum(end - first for first, end in (p.span for p in paragraphs)), exact=True)

    def paragraph_scores(self, terms: Sequence[str], units: Sequence[int]) -> dict[int, float]:
        query_terms = self.known_terms(terms)
        searcher, schema = self._paragraphs, self._paragraph_schema
        if searcher is None or schema is None or not query_terms or not units:
            return {}
        hits = searcher.search(self._within(schema, query_terms, units), len(units), count=False).hits
        found = _values(searcher, _PARAGRAPH, [address for _, address in hits])
        return {unit: float(score) for (score, _), unit in zip(hits, found, strict=True)}

    def _within(self, schema: tantivy.Schema, terms: Sequence[str], units: Sequence[int]) -> tantivy.Query:
        """The query of `terms` over the entries of these paragraph units only. Scores are as in the whole index:
        the filter scores nothing, and BM25's statistics are the index's."""
        # A union of term queries: at 1M sentences several times faster than a term set query for a hundred units.
        units_query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, _PARAGRAPH, unit)) for unit in units]
        )
        within = tantivy.Query.const_score_query(units_query, 0.0)
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self._query(schema, terms)), (tantivy.Occur.Must, within)]
        )

    def _sentence_hits(self, query: tantivy.Query, limit: int, exact: bool = False) -> list[SentenceHit]:
        if exact:
            hits = [(float(score), address) for score, address in self._searcher.search(query, limit, count=False).hits]
        else:
            hits = _hits(self._searcher, query, limit)
        addresses = [address for _, address in hits]
        ids = _values(self._searcher, _SENTENCE_ID, addresses)
        units = _values(self._searcher, _PARAGRAPH, addresses)
        ranked = sorted(zip((score for score, _ in hits), ids, units, strict=True), key=lambda r: (-r[0], r[1]))
        return [SentenceHit(sentence_id, score, unit) for score, sentence_id, unit in ranked[:limit]]

    def paragraph_hits(self, terms: Sequence[str], limit: int) -> list[ParagraphHit]:
        query_terms = self.known_terms(terms)
        searcher, schema = self._paragraphs, self._paragraph_schema
        if searcher is None or schema is None or not query_terms or limit <= 0:
            return []
        hits = _hits(searcher, self._query(schema, query_terms), limit)
        addresses = [address for _, address in hits]
        units = _values(searcher, _PARAGRAPH, addresses)
        ends = _values(searcher, _END, addresses)
        ranked = sorted(zip((score for score, _ in hits), units, ends, strict=True), key=lambda r: (-r[0], r[1]))
        return [ParagraphHit(unit, score, (unit, end)) for score, unit, end in ranked[:limit]]

    def matched_terms(self, terms: Sequence[str], positions: Sequence[int]) -> dict[int, tuple[str, ...]]:
        query_terms = self.known_terms(terms)
        if not query_terms or not positions:
            return {}
        tokens = self._tokens_of(positions)
        matched: dict[int, tuple[str, ...]] = {}
        for position in positions:
            held = frozenset(tokens.get(position, ()))
            matched[position] = tuple(term for term in query_terms if term in held)
        return matched


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

    def tokens_of(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Tokens of these sentences (a `TokensLookup`). The ranking asks only for the sentences it returns, which
        the answer reads next: whole rows are read and cached."""
        return {sentence_id: row.tokens for sentence_id, row in self.fetch(ids).items()}

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


def _open_or_create(path: Path, schema: tantivy.Schema, recreate: bool) -> tantivy.Index:
    if not recreate:
        try:
            if path.is_dir() and tantivy.Index.exists(str(path)):
                return _prepare(tantivy.Index.open(str(path)))
        except ValueError as error:  # unreadable or of another tantivy format
            log.warning("the search index at %s cannot be opened (%s); rebuilding it", path, error)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return _prepare(tantivy.Index(schema, path=str(path)))


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
        # The paragraph index lives inside the sentence index's folder: removing that folder removes both.
        self.paragraph_path = self.path / _PARAGRAPH_DIR
        self._lock_path = self.path.with_name(self.path.name + _LOCK_SUFFIX)
        self._checked_at = 0.0
        self._seen_generation: int | None = None

    # side file -------------------------------------------------------------------------------------------------

    def recorded(self) -> dict[str, int] | None:
        """What the side file says the indexes hold ({generation, sentences, paragraphs, schema}), or None."""
        try:
            data = json.loads((self.path / _SIDE_FILE).read_text(encoding="utf-8"))
            return {key: int(data[key]) for key in ("generation", "sentences", "paragraphs", "schema")}
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _record(self, generation: int, sentences: int, paragraphs: int) -> None:
        payload = json.dumps(
            {"generation": generation, "sentences": sentences, "paragraphs": paragraphs, "schema": SCHEMA_VERSION}
        )
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

    def _open_indexes(self, recreate: bool) -> tuple[tantivy.Index, tantivy.Index]:
        """The sentence and paragraph indexes, each opened or (when unreadable, or `recreate`) created empty. The
        sentence index comes first: recreating its folder removes the paragraph index inside it."""
        return (
            _open_or_create(self.path, _schema(), recreate),
            _open_or_create(self.paragraph_path, _paragraph_schema(), recreate),
        )

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
                and self._searchable(count, recorded["paragraphs"])
            ):
                return "opened"
            if (
                in_schema
                and recorded is not None
                and delta is not None
                and not delta.replace_all
                and recorded["generation"] == delta.base_generation
                and generation == delta.generation
                and self._searchable(recorded["sentences"], recorded["paragraphs"])
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

    def _searchable(self, count: int, paragraphs: int) -> bool:
        try:
            sentence_index = _prepare(tantivy.Index.open(str(self.path)))
            paragraph_index = _prepare(tantivy.Index.open(str(self.paragraph_path)))
            return bool(
                sentence_index.searcher().num_docs == count and paragraph_index.searcher().num_docs == paragraphs
            )
        except (ValueError, OSError):
            return False

    def _rows(self, connection: sqlite3.Connection, where: str = "", parameters: Sequence[str] = ()) -> Iterator[Row]:
        cursor = connection.execute(
            "SELECT s.id, d.path, s.document_id, s.paragraph, s.tokens FROM sentences s"
            " JOIN documents d ON d.id = s.document_id" + where + " ORDER BY s.id",
            parameters,
        )
        while rows := cursor.fetchmany(_FETCH_ROWS):
            yield from rows  # (int, str, int, int, str) as the columns are declared

    def _apply(self, connection: sqlite3.Connection, delta: IndexDelta, generation: int, count: int) -> None:
        indexes = self._open_indexes(recreate=False)
        writers = _writers(*indexes, _UPDATE_HEAP, _UPDATE_HEAP)
        try:
            for index, writer in zip(indexes, writers, strict=True):
                for path in delta.deleted_paths:
                    writer.delete_documents_by_query(tantivy.Query.term_query(index.schema, _PATH, path))
            for start in range(0, len(delta.added_paths), 500):
                paths = delta.added_paths[start : start + 500]
                _add_rows(self._rows(connection, f" WHERE d.path IN ({','.join('?' * len(paths))})", paths), *writers)
            # A crash between the two commits leaves the side file at the old generation: a mismatch, repaired.
            for writer in writers:
                writer.commit()
        except BaseException:
            for writer in writers:
                writer.rollback()
            raise
        finally:
            for writer in writers:
                writer.wait_merging_threads()
        self._record(generation, count, _live_documents(indexes[1]))

    def _rebuild(self, connection: sqlite3.Connection, generation: int, count: int, recreate: bool) -> None:
        started = time.perf_counter()
        self._forget()
        indexes = self._open_indexes(recreate=recreate)
        writers = _writers(*indexes, _BUILD_HEAP, _PARAGRAPH_BUILD_HEAP)
        try:
            for writer in writers:
                writer.delete_all_documents()
            _add_rows(self._rows(connection), *writers)
            for writer in writers:
                writer.commit()
        except BaseException:
            for writer in writers:
                writer.rollback()
            raise
        finally:
            for writer in writers:
                writer.wait_merging_threads()
        paragraphs = _live_documents(indexes[1])
        self._record(generation, count, paragraphs)
        log.info(
            "built the search index of %d sentences and %d paragraphs in %.1fs",
            count,
            paragraphs,
            time.perf_counter() - started,
        )

    # reading ---------------------------------------------------------------------------------------------------

    def open_snapshot(self, delta: IndexDelta | None = None) -> PinnedIndex:
        """Sync, then pin a searcher and a store read transaction at the same generation."""
        action = self.sync(delta)
        for _ in range(5):
            with self._exclusive():
                recorded = self.recorded()
                index = _prepare(tantivy.Index.open(str(self.path)))
                paragraph_index = _prepare(tantivy.Index.open(str(self.paragraph_path)))
                connection = _connect(self.db_path)
                connection.execute("BEGIN")
                generation = _store_generation(connection)
            if recorded is not None and recorded["generation"] == generation:
                end = connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sentences").fetchone()[0]
                sentences = SqliteSentences(connection, int(end), recorded["sentences"])
                documents = _documents(connection)
                engine = TantivyEngine(index, sentences.tokens_of, generation, paragraph_index)
                corpus = Corpus(sentences, {d.document_id: d for d in documents}, SentencePositions(sentences))
                self._seen_generation = generation
                return PinnedIndex(corpus, engine, documents, generation, action)
            # Another process wrote the store between the sync and the pin: sync again (it waits for that writer).
            connection.close()
            action = self.sync(None)
        raise TantivyIndexError(f"the search index at {self.path} keeps changing; try again")
