"""Stored sentence vectors at question time: the candidates' vectors by id, and nearest neighbours over all of them.

`StoredVectors` reads the vectors of a question's candidates from the store (a few dozen rows by primary key).
`NeighbourIndex` finds the sentences closest to a question among every stored vector, for hybrid candidates: a
brute-force scan of one sign bit per dimension (48 bytes a sentence for MiniLM, 52 MB at 1M sentences as packed),
then the about `RESCORE` closest by Hamming distance rescored exactly with their stored int8 vectors. The scan is
NumKong's `hammings_packed` (the semantic extra; SIMD popcounts over a matrix packed once at load) in one call that
releases the interpreter lock: numpy's column-wise XOR and `bitwise_count` passes took 1.6 and 5.9 ms at 300,000 and
1M sentences, and took the lock back between each of their 18 calls while the lexical ranking holds it; SimSIMD's
`cdist` took 2.5 and 8.4 ms. NumKong's kernel costs about the same per packed row whatever the row's width, and less
per distance when several queries share the rows, so `GROUP` sentences share a packed row (`SignScan`): 1.4 ms at
300,000 sentences and 4.6 ms at 1M, where one sentence a row took 2.1 and 7.1 ms in the same run (random codes, this
2-core machine at a load of 5.5). The shortlist's distance is the `RESCORE`-th smallest, found by selection among the
sentences within a distance read off a sample (`shortlist`): 0.1 and 0.3 ms where a histogram of every distance took
0.5 and 1.7 ms. An approximate index (usearch's HNSW) was measured and not adopted: 263 MiB more at 1M sentences
for a search not much faster (README, round 6 of issue 13).

The stored int8 rows are copied, while they are read for the bits, into an unnamed temporary file beside the
database (`RowFile`): the rescoring rows and the vectors of a question's hits are then read from it by offset, not by
SQL (at 300,000 sentences 300 rows 2.1 -> 0.7 ms, 40 rows 0.34 -> 0.12 ms). It is read with `pread`, not mapped: a
mapping grows the serving RSS by every page a question touches (16 at a time with the kernel's fault-around), and at 1M
sentences it reached 1,021 MiB after 380 questions where reads keep it flat. For the same reason the full scan at
load reads the table without SQLite's memory mapping (`reader.connect_scan`).
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from retrieval.store import embeddings as table
from retrieval.store.reader import begin_reading, connect_readonly, connect_scan

if TYPE_CHECKING:
    import numkong

log = logging.getLogger(__name__)

# Sign-bit neighbours rescored with their real vectors: enough that the true nearest few are among them (on random
# 384-dimension unit vectors, 0.82 of the exact 10 nearest; 0.72 with 100).
RESCORE = 200
# The shortlist's first cut: every SAMPLE_STRIDE-th distance is sampled, and the sentences within the distance that
# about SAMPLE_MARGIN x RESCORE sentences are at, judged from the sample, are the ones it is chosen among.
SAMPLE_STRIDE = 32
SAMPLE_MARGIN = 4
# NumKong's packed scan takes its fast path over a multiple of this many rows (zero rows are added and their distances
# left out): 295,990 rows took 3.9 ms a scan and 295,992 rows 1.2 ms.
PACKED_ROWS = 8
# `_row_table` is kept while the stored vectors' ids span at most this many times their number (ids are never reused,
# so a document written again leaves a gap; past it the table would cost more than the int64 ids it halves, and ids
# are bisected).
ROW_TABLE_SPREAD = 2
# Sentences a packed row holds (`SignScan`). Measured with random codes, one thread, per scan at 300,000 / 1M
# sentences: 1 a row 2.3 / 7.4 ms, 2 1.8 / 6.6, 3 1.3 / 5.3, 4 1.2 / 5.1, 5 1.9 / 6.8, 6 1.7 / 5.9 (the distances
# corrected in each case).
GROUP = 4
# Queries whose neighbours are kept (`nearest`): a question asked again (a server's frequent questions, a retried
# command) gets the same vector from the reranker's cache of the last 256 questions, and would scan every sentence
# again for the same answer (the scan and rescoring: 1.5-2 ms of CPU at 300,000 sentences on a quiet machine, 4-6
# loaded). About 2 KB each: its key (the query's bytes) and its neighbours.
RECENT_QUERIES = 256

Vector = npt.NDArray[np.float32]


class StoredVectors:
    """The stored vectors of one model, read by sentence id from a read-only connection (thread-safe)."""

    def __init__(self, db_path: Path, model_id: str) -> None:
        self.db_path = db_path
        self.model_id = model_id
        self._db = connect_readonly(db_path)
        self._lock = threading.Lock()

    def of(self, ids: Sequence[int]) -> dict[int, Vector]:
        """The vectors of the sentences among `ids` that have one (none when the store holds another model's)."""
        found, matrix = self.matrix(ids)
        return dict(zip(found, matrix, strict=True))

    def matrix(self, ids: Sequence[int]) -> tuple[list[int], npt.NDArray[np.float32]]:
        """The ids among `ids` that have a vector, and their vectors as the rows of one matrix."""
        with self._lock:
            if table.stored_model(self._db) != self.model_id:
                return [], np.zeros((0, 0), np.float32)
            blobs = table.vectors_by_id(self._db, ids)
        return list(blobs), table.unpack_many(list(blobs.values()))

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()


class RowFile:
    """Packed vectors (`table.pack`) of one width, appended in order and read back by row number from an unnamed
    temporary file (thread-safe reads; the file goes when the object does, or with the process)."""

    def __init__(self, db_path: Path) -> None:
        self.rows = 0
        self.width = 0
        self._file = _unnamed_file(db_path)
        self._closed = weakref.finalize(self, self._file.close)

    def append(self, blobs: Sequence[bytes]) -> None:
        """Write these rows after the others (`OSError` when the disk refuses them)."""
        if not blobs:
            return
        self.width = len(blobs[0])
        self._file.write(b"".join(blobs))
        self.rows += len(blobs)

    def finish(self) -> None:
        """Done appending: what was written is readable."""
        self._file.flush()

    def read(self, rows: Sequence[int]) -> npt.NDArray[np.float32]:
        """The vectors of these row numbers, as float32 rows."""
        descriptor, width = self._file.fileno(), self.width
        data = b"".join([os.pread(descriptor, width, row * width) for row in rows])
        return table.unpack_rows(np.frombuffer(data, dtype=np.uint8).reshape(len(rows), width))

    def close(self) -> None:
        """Remove the file."""
        self._closed()


def _unnamed_file(db_path: Path) -> IO[bytes]:
    """An unnamed file beside the database (it is on disk, not in a tmpfs), else in the temporary folder."""
    try:
        return tempfile.TemporaryFile(dir=db_path.parent)
    except OSError:
        return tempfile.TemporaryFile()


class NeighbourIndex:
    """Every stored vector's sign bits in memory, for the sentences nearest a question (`nearest`), and their int8
    rows in a `RowFile` (`of`); without it (it could not be written) rows are read from the store."""

    def __init__(
        self,
        ids: npt.NDArray[np.signedinteger[Any]],
        codes: npt.NDArray[np.uint64] | SignScan,
        stored: StoredVectors,
        rows: RowFile | None = None,
    ) -> None:
        self.ids = ids  # ascending
        # The row of each sentence id from the lowest (-1: none) when the rows are read from the copy, or None.
        self._row_of = _row_table(ids) if rows is not None else None
        self._lowest = int(ids[0]) if len(ids) else 0
        # codes: `sign_codes` of ids' vectors in that order (any rows after them are ignored), or their scan
        if isinstance(codes, SignScan) or not len(ids):
            self._scan = codes if isinstance(codes, SignScan) else None
        else:
            self._scan = SignScan(len(ids), codes.shape[1])
            self._scan.put(0, codes[: len(ids)])
            self._scan.finish()
        self._stored = stored
        self._rows = rows  # row i holds the vector of ids[i]
        # (query bytes, k) -> `nearest`'s answer; only with the rows copied, which cannot change under it
        self._recent: OrderedDict[tuple[bytes, int], tuple[tuple[int, float], ...]] = OrderedDict()
        self._recent_lock = threading.Lock()

    @classmethod
    def load(cls, stored: StoredVectors) -> NeighbourIndex:
        """The index of every vector in the store (run in a worker thread: 1M vectors take seconds)."""
        connection = connect_scan(stored.db_path)
        id_parts: list[npt.NDArray[np.int64]] = []
        code_parts: list[npt.NDArray[np.uint64]] = []
        copy: RowFile | None = None
        try:
            copy = RowFile(stored.db_path)
        except OSError as error:
            log.warning("stored vectors are read from the database (%s)", error)
        try:
            begin_reading(connection)
            if table.stored_model(connection) == stored.model_id:
                for rows in table.all_vectors(connection):  # in id order
                    blobs = [r[1] for r in rows]
                    id_parts.append(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
                    code_parts.append(sign_codes(table.unpack_many(blobs)))
                    copy = _copied(copy, blobs)
            if copy is not None:
                copy.finish()
        except BaseException:
            if copy is not None:
                copy.close()
            raise
        finally:
            connection.close()
        if not id_parts:
            return cls(np.zeros(0, np.int64), np.zeros((0, 0), np.uint64), stored)
        ids = _narrow(np.concatenate(id_parts))
        # The parts go straight into the scan's layout, each dropped once copied: at 1M sentences, the parts, a matrix
        # of them all and the packed matrix at once would raise the serving process's peak RSS by 48 MB.
        scan = SignScan(len(ids), code_parts[0].shape[1])
        done = 0
        while code_parts:
            part = code_parts.pop(0)
            scan.put(done, part)
            done += len(part)
        del part
        scan.finish()
        return cls(ids, scan, stored, copy)

    def __len__(self) -> int:
        return len(self.ids)

    def of(self, ids: Sequence[int]) -> dict[int, Vector]:
        """The vectors of the sentences among `ids` that have one (as `StoredVectors.of`; those stored after the index
        was loaded come from the store)."""
        if self._rows is None or not len(self.ids):
            return self._stored.of(ids)
        wanted = np.asarray(ids, dtype=np.int64)
        if self._row_of is not None:
            at = np.full(len(wanted), -1, dtype=np.int64)
            offset = wanted - self._lowest
            inside = (offset >= 0) & (offset < len(self._row_of))
            at[inside] = self._row_of[offset[inside]]
            held = at >= 0
        else:
            at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
            held = self.ids[at] == wanted
        found = dict(zip(wanted[held].tolist(), self._rows.read(at[held].tolist()), strict=True))
        if not held.all():
            found.update(self._stored.of([int(i) for i in wanted[~held]]))
        return found

    def nearest(self, query: Vector, k: int) -> list[tuple[int, float]]:
        """The `k` stored sentences closest to `query` (sentence id, dot product), closest first (the last
        `RECENT_QUERIES` queries' are kept)."""
        if not len(self.ids) or k <= 0:
            return []
        if self._rows is None:
            return self._nearest(query, k)
        key = (query.tobytes(), k)
        with self._recent_lock:
            found = self._recent.get(key)
            if found is not None:
                self._recent.move_to_end(key)
                return list(found)
        nearest = self._nearest(query, k)
        with self._recent_lock:
            self._recent[key] = tuple(nearest)
            while len(self._recent) > RECENT_QUERIES:
                self._recent.popitem(last=False)
        return nearest

    def _nearest(self, query: Vector, k: int) -> list[tuple[int, float]]:
        closest = shortlist(self.distances(query))
        if self._rows is not None:
            found: list[int] = self.ids[closest].tolist()
            vectors = self._rows.read(closest.tolist())
        else:
            found, vectors = self._stored.matrix([int(i) for i in self.ids[closest]])
        if not found:
            return []
        scores = vectors @ query
        best = np.argsort(-scores, kind="stable")[:k]
        return [(found[i], float(scores[i])) for i in best]

    def distances(self, query: Vector) -> npt.NDArray[np.uint16]:
        """The Hamming distances of every stored vector's sign bits to the query's, in id order (index not empty)."""
        assert self._scan is not None
        return self._scan.distances(sign_codes(query[None, :])[0])

    def close(self) -> None:
        """Remove the rows' file (it goes with the index anyway)."""
        if self._rows is not None:
            self._rows.close()


def _narrow(ids: npt.NDArray[np.int64]) -> npt.NDArray[np.signedinteger[Any]]:
    """Ascending sentence ids as int32 when they fit (half the memory; with `_row_table`'s int32 entries, a table of
    dense ids costs what the int64 ids did alone), else as they are."""
    return ids.astype(np.int32) if len(ids) and ids[-1] <= np.iinfo(np.int32).max else ids


def _row_table(ids: npt.NDArray[np.signedinteger[Any]]) -> npt.NDArray[np.int32] | None:
    """Row number by sentence id less the lowest (-1 for an id without a row), when the ids are int32 and span at most
    `ROW_TABLE_SPREAD` times as many ids as there are rows; else None, and rows are found by bisecting the ids.

    Why: `of` looks up a question's ~20 hits twice, and bisecting 300,000 ids took ~47 us a call at question time
    (the scan before it has pushed the ids out of the CPU's caches: ~19 cold cache lines an id), where the table
    reads one entry an id. 4 bytes a possible id: 1.2 MB at 300,000 dense ids, 4 MB at 1M (as much as `_narrow` saves).
    """
    if not len(ids) or ids.dtype != np.int32:
        return None
    span = int(ids[-1]) - int(ids[0]) + 1
    if span > ROW_TABLE_SPREAD * len(ids):
        return None
    table = np.full(span, -1, dtype=np.int32)
    table[ids - ids[0]] = np.arange(len(ids), dtype=np.int32)
    return table


def _copied(copy: RowFile | None, blobs: Sequence[bytes]) -> RowFile | None:
    """`copy` with `blobs` appended, or None (removed) when the disk refused them."""
    if copy is None:
        return None
    try:
        copy.append(blobs)
    except OSError as error:
        log.warning("stored vectors are read from the database (%s)", error)
        copy.close()
        return None
    return copy


def shortlist(distances: npt.NDArray[np.unsignedinteger[Any]]) -> npt.NDArray[np.intp]:
    """The positions (ascending) of every distance up to the `RESCORE`-th smallest (ties included), or of the
    2 x `RESCORE` smallest (the first of equal ones) when those are more."""
    wanted = min(RESCORE, len(distances))
    sample = distances[::SAMPLE_STRIDE]
    nth = min(len(sample) - 1, SAMPLE_MARGIN * RESCORE * len(sample) // len(distances))
    closest = np.flatnonzero(distances <= np.partition(sample, nth)[nth])
    if len(closest) >= wanted:  # then every distance up to the wanted-th smallest is among them
        near = distances[closest]
        closest = closest[near <= np.partition(near, wanted - 1)[wanted - 1]]
    else:  # the sample was unlike the rest
        closest = np.flatnonzero(distances <= np.partition(distances, wanted - 1)[wanted - 1])
    if len(closest) > 2 * RESCORE:
        closest = np.sort(closest[np.argsort(distances[closest], kind="stable")[: 2 * RESCORE]])
    return closest


def _padded_rows(count: int) -> int:
    return -(-count // PACKED_ROWS) * PACKED_ROWS


class SignScan:
    """The sign codes of `count` sentences packed for `numkong.hammings_packed`, `GROUP` sentences a packed row, and
    their Hamming distances to a query (`distances`, thread-safe once `finish`ed).

    Sentence i (in id order) is block i // m of packed row i % m, m rows in all (a multiple of `PACKED_ROWS`; the
    blocks past the last sentence are zero). The query goes in as `GROUP` rows, row j its code in block j and zeros
    elsewhere: the distance of row j to packed row r is sentence j·m + r's distance plus the popcounts of the other
    blocks of row r, which are subtracted. The result, rows one after the other, is in id order.
    """

    def __init__(self, count: int, words: int) -> None:
        self.count = count
        self.words = words  # 64-bit words a code
        if GROUP * 64 * words >= 1 << 16:  # a packed row's distance to a query, with its other blocks' popcounts
            raise ValueError(f"codes of {64 * words} bits are too wide for 16-bit distances")
        self.rows = _padded_rows(-(-count // GROUP))
        self._codes: npt.NDArray[np.uint64] | None = np.zeros((self.rows, GROUP * words), dtype=np.uint64)
        self._packed: numkong.PackedMatrix | None = None
        # per block and packed row: the popcounts of the row's other blocks (at most (GROUP - 1) x 64 x words)
        self._others = np.zeros((GROUP, self.rows), dtype=np.uint16)

    def put(self, start: int, codes: npt.NDArray[np.uint64]) -> None:
        """Place the codes of sentences start, start + 1, ... (before `finish`)."""
        assert self._codes is not None
        done = 0
        while done < len(codes):
            block, row = divmod(start + done, self.rows)
            part = codes[done : done + self.rows - row]
            self._codes[row : row + len(part), block * self.words : (block + 1) * self.words] = part
            self._others[block, row : row + len(part)] = np.bitwise_count(part).sum(axis=1, dtype=np.uint16)
            done += len(part)

    def finish(self) -> None:
        """Pack the codes placed (the unpacked copy is dropped)."""
        import numkong  # the semantic extra's: imported where used, as lexical answers do not need it

        assert self._codes is not None
        self._packed = numkong.hammings_pack(self._codes.view(np.uint8), dtype="uint1")
        self._codes = None
        own = self._others
        self._others = own.sum(axis=0, dtype=np.uint16)[None, :] - own

    def distances(self, code: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint16]:
        """The Hamming distance of every sentence's code to `code` (one `sign_codes` row), in id order."""
        import numkong

        assert self._packed is not None
        queries = np.zeros((GROUP, GROUP * self.words), dtype=np.uint64)
        for block in range(GROUP):
            queries[block, block * self.words : (block + 1) * self.words] = code
        found = np.asarray(numkong.hammings_packed(queries.view(np.uint8), self._packed), dtype=np.uint32)
        # In 16 bits (what `__init__` checked it holds): the shortlist's passes over them take 0.14 ms rather than
        # 0.24 at 300,000 sentences, 0.41 rather than 0.69 at 1M.
        return np.subtract(found, self._others, dtype=np.uint16).reshape(-1)[: self.count]


def sign_codes(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.uint64]:
    """One bit per dimension (positive or not), packed into 64-bit words, one row per vector."""
    bits = np.packbits(vectors > 0, axis=1)
    padding = (-bits.shape[1]) % 8
    if padding:
        bits = np.pad(bits, ((0, 0), (0, padding)))
    return np.ascontiguousarray(bits).view(np.uint64)
