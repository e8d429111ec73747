"""The corpus of the on-disk engine: the store's sentences indexed by row id and read on demand.

Rows of one document have consecutive ids (they are inserted together), so `position ± 1` is still the neighbouring
sentence when it belongs to the same document. The SQL is the store's (retrieval/store/reader.py).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from retrieval.models import IndexedSentence
from retrieval.store import reader

_FETCH_ROWS = 20_000  # ids looked at a time when iterating positions


_ROW_CACHE = 20_000


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
            rows = reader.sentences_by_id(self._db, missing)
        if len(cache) + len(rows) > _ROW_CACHE:
            cache.clear()
        for row in rows:
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
