"""The corpus of the on-disk engine: the store's sentences indexed by row id and read on demand.

Rows of one document have consecutive ids (they are inserted together), so `position ± 1` is still the neighbouring
sentence when it belongs to the same document. The SQL is the store's (retrieval/store/reader.py).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import overload

import numpy as np
import numpy.typing as npt

from retrieval.models import IndexedSentence
from retrieval.store import reader
from retrieval.store.reader import ROW_ID, ROW_TEXT, SentenceRow
from retrieval.store.structure import StoredStructure

log = logging.getLogger(__name__)

_FETCH_ROWS = 20_000  # ids looked at a time when iterating positions


_ROW_CACHE = 20_000
# Rows of that cache built as `IndexedSentence`s, kept until this many were built, then dropped all at once. The cache
# itself holds plain tuples (`reader.SentenceRow`), which full garbage collections do not walk: after start-up's
# `gc.freeze()` its 9,000-20,000 `IndexedSentence`s were the most of what one walked on the event loop's thread
# (~15 ms, bench/load.py at 1M sentences). A question reads the same rows many times (fetched ahead, then one by one):
# building a row costs ~30 look-ups here (2.9 against 0.09 us, scratch, load 9). bench/scale.py's 1M corpus, reranker
# none: a question builds 8 rows (median; at most 166), asked once or again.
_BUILT_ROWS = 1_000


# Texts read at a time for `SqliteSentences.duplicates`: fewer Python strings held at once than `reader`'s batches.
_TEXT_ROWS = 2_000


_GAP = IndexedSentence(0, 0, 0, 0, "", ())


class SqliteSentences(Sequence[IndexedSentence]):
    """The store's sentences indexed by row id, read on demand through one read transaction held open.

    The open transaction pins the database as it was when the snapshot was taken (SQLite WAL), so this sequence and
    the tantivy searcher of the same snapshot always agree, even while a reindex writes. Ids of deleted rows read as
    an empty sentence of document 0, which never counts as a neighbour. Thread-safe: one lock guards the connection.
    With `reconnect`, the snapshot's `generation` and `checkpoint`, `roll_forward` moves the transaction on while the
    documents are unchanged (and so are the facts of `structure`, read in the first transaction).
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        end: int,
        count: int,
        reconnect: Callable[[], sqlite3.Connection] | None = None,
        generation: int | None = None,
        checkpoint: Callable[[], object] | None = None,
        structure: StoredStructure | None = None,
    ) -> None:
        self._db = connection
        # The stored facts of the sentences' places (retrieval/store/structure.py), which the ranking uses rather
        # than reading a candidate's row and its neighbours; None when some stored sentence lacks them.
        self.structure = structure
        self._end = end
        self.stored = count
        self._reconnect = reconnect
        self._generation = generation
        self._checkpoint = checkpoint
        self._closed = False
        self._lock = threading.Lock()
        # Rows read lately (the candidates of the last questions): dropped all at once when full, which is cheaper
        # per read than keeping an LRU order. Read without the lock: dict reads and writes are atomic in CPython.
        self._cache: dict[int, SentenceRow] = {}
        self._built: dict[int, IndexedSentence] = {}  # see `_BUILT_ROWS`
        self._duplicates: dict[int, int] | None = None  # see `duplicates`
        self._duplicates_read: threading.Thread | None = None

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
        row = self._built.get(index)
        if row is not None:
            return row
        values = self._cache.get(index)
        if values is not None:
            return self._build(values)
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
        built, cache, build = self._built, self._cache, self._build
        found: dict[int, IndexedSentence] = {}
        missing: list[int] = []
        for sentence_id in ids:
            row = built.get(sentence_id)
            if row is None:
                values = cache.get(sentence_id)
                if values is None:
                    missing.append(sentence_id)
                    continue
                row = build(values)
            found[sentence_id] = row
        if not missing:
            return found
        with self._lock:
            rows = reader.sentences_by_id(self._db, missing)
        if len(cache) + len(rows) > _ROW_CACHE:
            cache.clear()
        for values in rows:
            cache[values[ROW_ID]] = values
            found[values[ROW_ID]] = build(values)
        return found

    def _build(self, values: SentenceRow) -> IndexedSentence:
        """The row of the cache as an `IndexedSentence`, kept among the built ones (see `_BUILT_ROWS`)."""
        built = self._built
        if len(built) >= _BUILT_ROWS:
            built.clear()
        row = built[values[ROW_ID]] = IndexedSentence(*values)
        return row

    def texts(self, ids: Sequence[int]) -> dict[int, str]:
        """The texts of the sentences with these ids that exist: from the cache, or read alone (not cached)."""
        cache = self._cache
        found = {sentence_id: row[ROW_TEXT] for sentence_id in ids if (row := cache.get(sentence_id)) is not None}
        missing = [sentence_id for sentence_id in ids if sentence_id not in found]
        if missing:
            with self._lock:
                found.update(reader.texts_by_id(self._db, missing))
        return found

    def duplicates(self, key: Callable[[str], str], wait: bool = False) -> Mapping[int, int] | None:
        """The sentences that share the `key` of their text with another sentence of the snapshot, each with the hash
        (Python's, this process's) of that key; None until they are known (or when they cannot be).

        The first call reads every text once in a thread of its own (without `wait`, it does not wait for it): at
        300,000 sentences ~0.5 s, at 1M ~1.7 s. Why: an answer folds a ranked sentence into a hit with the same key,
        and past the hits it keeps (~40 of ~130 ranked) it need read only the sentences that have a duplicate at all.
        """
        with self._lock:
            if self._duplicates_read is None and self._reconnect is not None and not self._closed:
                self._duplicates_read = threading.Thread(
                    target=self._read_duplicates, args=(key,), name="sentence-duplicates", daemon=True
                )
                self._duplicates_read.start()
            reading = self._duplicates_read
        if wait and reading is not None:
            reading.join()
        return self._duplicates

    def _read_duplicates(self, key: Callable[[str], str]) -> None:
        assert self._reconnect is not None
        try:
            connection = self._reconnect()
        except sqlite3.Error as error:
            log.warning("duplicate sentences are found by reading them (%s)", error)
            return
        try:
            reader.unmapped(connection)  # the whole table is read once
            reader.begin_reading(connection)
            if self._generation is not None and reader.generation(connection) != self._generation:
                return  # the documents changed since the snapshot: the next one reads them
            # Two growing buffers rather than an array a batch: ~500 small arrays at 1M sentences left ~20 MiB of
            # the heap to the process after they were freed.
            ids, hashes = array("q"), array("q")
            for rows in reader.all_texts(connection, _TEXT_ROWS):
                if self._closed:
                    return
                ids.extend([row[0] for row in rows])
                hashes.extend([hash(key(row[1])) for row in rows])
        except sqlite3.Error as error:
            log.warning("duplicate sentences are found by reading them (%s)", error)
            return
        finally:
            connection.close()
        self._duplicates = shared_keys(np.frombuffer(ids, np.int64), np.frombuffer(hashes, np.int64))

    def tokens_of(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Tokens of these sentences (a `TokensLookup`). The ranking asks only for the sentences it returns, which
        the answer reads next: whole rows are read and cached."""
        return {sentence_id: row.tokens for sentence_id, row in self.fetch(ids).items()}

    def roll_forward(self) -> bool:
        """Hold the read transaction on the database as it is now, when its documents are still the snapshot's (the
        same generation: only questions, votes or sentence vectors were written since); True when it moved.

        SQLite can neither write its log back into the database past a reader's state nor start the log afresh
        while a reader uses it, so a transaction held for the days between reindexes let the write-ahead log grow
        with every write: 21 MB after 1,500 recorded questions at 100,000 sentences, against the 4 MB it is kept
        to otherwise. So the transaction moves to the present, the log is written back (`checkpoint`), and it moves
        once more: a reader that starts when the log is all written back reads the database file alone. Nothing
        changes when documents were written since (the next swap moves the snapshot) or the database cannot be read.
        """
        if not self._swap_to(self._pin_now()):
            return False
        if self._checkpoint is not None:
            try:
                self._checkpoint()
            except sqlite3.Error as error:
                log.debug("the write-ahead log was not written back (%s)", error)
                return True
            self._swap_to(self._pin_now())
        return True

    def _pin_now(self) -> sqlite3.Connection | None:
        """A new connection holding a read transaction on the database as it is, if its generation is the snapshot's."""
        if self._reconnect is None or self._generation is None:
            return None
        fresh: sqlite3.Connection | None = None
        try:
            fresh = self._reconnect()
            reader.begin_reading(fresh)
            if reader.generation(fresh) == self._generation:
                return fresh
        except sqlite3.Error as error:
            log.debug("the sentences' read transaction stays where it was (%s)", error)
        if fresh is not None:
            fresh.close()
        return None

    def _swap_to(self, fresh: sqlite3.Connection | None) -> bool:
        if fresh is None:
            return False
        with self._lock:
            if self._closed:  # closed meanwhile (its snapshot swapped out): the new connection must not outlive it
                held = fresh
            else:
                held, self._db = self._db, fresh
        held.close()
        return held is not fresh

    def close(self) -> None:
        """End the read transaction and close the connection (and the duplicates' reading, at its next batch)."""
        with self._lock:
            self._closed = True
            self._db.close()
            reading = self._duplicates_read
        if reading is not None:
            reading.join()  # its connection is closed before the store's: no write-ahead log is left behind


def shared_keys(ids: npt.NDArray[np.int64], hashes: npt.NDArray[np.int64]) -> dict[int, int]:
    """Id -> hash of the ids whose hash another id has too. One sorted copy of the hashes, not of the ids with them: at
    1M sentences the peak RSS of the whole read was 67 MiB over the process's with both sorted together, 28 MiB so."""
    ordered = np.sort(hashes)
    repeated = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
    del ordered
    held = np.isin(hashes, repeated)
    return dict(zip(ids[held].tolist(), hashes[held].tolist(), strict=True))


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
