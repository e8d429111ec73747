"""Stored sentence vectors at question time: the candidates' vectors by id, and nearest neighbours over all of them.

`StoredVectors` reads the vectors of a question's candidates from the store (a few dozen rows by primary key).
`NeighbourIndex` finds the sentences closest to a question among every stored vector, for hybrid candidates: a
brute-force scan of one sign bit per dimension (48 bytes a sentence for MiniLM, 52 MB at 1M sentences as packed),
then the about `RESCORE` closest by Hamming distance rescored exactly with their stored int8 vectors. The scan is
NumKong's `hammings_packed` (the semantic extra; SIMD popcounts over a matrix packed once at load) in one call that
releases the interpreter lock: on this 2-core machine 1.2 ms at 300,000 sentences and 4.3 ms at 1M, where numpy's
column-wise XOR and `bitwise_count` passes took 1.6 and 5.9 ms (and took the lock back between each of their 18 calls
while the lexical ranking holds it); SimSIMD's `cdist` took 2.5 and 8.4 ms. The shortlist's distance is the
`RESCORE`-th smallest, found by selection among the sentences within a distance read off a sample (`shortlist`):
0.1 and 0.3 ms where a histogram of every distance took 0.5 and 1.7 ms. An approximate index (usearch's HNSW) was
measured and not adopted: 263 MiB more at 1M sentences for a search not much faster (README, round 6 of issue 13).

The stored int8 rows are copied, while they are read for the bits, into an unnamed temporary file beside the
database (`RowFile`): the rescoring rows and the vectors of a question's hits are then read from it by offset, not by
SQL (at 300,000 sentences 300 rows 2.1 -> 0.7 ms, 40 rows 0.34 -> 0.12 ms). It is read with `pread`, not mapped: a
mapping grows the serving RSS by every page a question touches (16 at a time with the kernel's fault-around), and at 1M
sentences it reached 1,021 MiB after 380 questions where reads keep it flat. For the same reason the full scan at
load reads the table without SQLite's memory mapping (`embeddings.connect_scan`).
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from retrieval.store import embeddings as table
from retrieval.store.reader import connect_readonly

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
        ids: npt.NDArray[np.int64],
        codes: npt.NDArray[np.uint64],
        stored: StoredVectors,
        rows: RowFile | None = None,
    ) -> None:
        self.ids = ids  # ascending
        # codes: `sign_codes` of ids' vectors, in that order, then any rows (ignored) that `load` padded them with
        self._packed = _packed(codes[: _padded_rows(len(ids))], len(ids)) if len(ids) else None
        self._stored = stored
        self._rows = rows  # row i holds the vector of ids[i]

    @classmethod
    def load(cls, stored: StoredVectors) -> NeighbourIndex:
        """The index of every vector in the store (run in a worker thread: 1M vectors take seconds)."""
        connection = table.connect_scan(stored.db_path)
        id_parts: list[npt.NDArray[np.int64]] = []
        code_parts: list[npt.NDArray[np.uint64]] = []
        copy: RowFile | None = None
        try:
            copy = RowFile(stored.db_path)
        except OSError as error:
            log.warning("stored vectors are read from the database (%s)", error)
        try:
            connection.execute("BEGIN")
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
        ids = np.concatenate(id_parts)
        # One padded matrix of the parts, each part dropped once copied: at 1M sentences, the parts, this and the
        # packed matrix at once would raise the serving process's peak RSS by 48 MB.
        codes = np.zeros((_padded_rows(len(ids)), code_parts[0].shape[1]), dtype=np.uint64)
        done = 0
        while code_parts:
            part = code_parts.pop(0)
            codes[done : done + len(part)] = part
            done += len(part)
        del part
        return cls(ids, codes, stored, copy)

    def __len__(self) -> int:
        return len(self.ids)

    def of(self, ids: Sequence[int]) -> dict[int, Vector]:
        """The vectors of the sentences among `ids` that have one (as `StoredVectors.of`; those stored after the index
        was loaded come from the store)."""
        if self._rows is None or not len(self.ids):
            return self._stored.of(ids)
        wanted = np.asarray(ids, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.ids, wanted), len(self.ids) - 1)
        held = self.ids[at] == wanted
        found = dict(zip(wanted[held].tolist(), self._rows.read(at[held].tolist()), strict=True))
        if not held.all():
            found.update(self._stored.of([int(i) for i in wanted[~held]]))
        return found

    def nearest(self, query: Vector, k: int) -> list[tuple[int, float]]:
        """The `k` stored sentences closest to `query` (sentence id, dot product), closest first."""
        if not len(self.ids) or k <= 0:
            return []
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

    def distances(self, query: Vector) -> npt.NDArray[np.uint32]:
        """The Hamming distances of every stored vector's sign bits to the query's, in id order (index not empty)."""
        import numkong  # the semantic extra's: imported where used, as lexical answers do not need it

        assert self._packed is not None
        bits = sign_codes(query[None, :]).view(np.uint8)
        distances = np.asarray(numkong.hammings_packed(bits, self._packed), dtype=np.uint32)
        return distances[0, : len(self.ids)]

    def close(self) -> None:
        """Remove the rows' file (it goes with the index anyway)."""
        if self._rows is not None:
            self._rows.close()


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


def shortlist(distances: npt.NDArray[np.uint32]) -> npt.NDArray[np.intp]:
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


def _packed(codes: npt.NDArray[np.uint64], count: int) -> numkong.PackedMatrix:
    """The first `count` sign codes packed for `numkong.hammings_packed`, with rows after them up to a multiple of
    `PACKED_ROWS` (zero unless `codes` has them)."""
    import numkong

    if len(codes) != _padded_rows(count) or not codes.flags.c_contiguous:
        padded = np.zeros((_padded_rows(count), codes.shape[1]), dtype=np.uint64)
        padded[:count] = codes[:count]
        codes = padded
    return numkong.hammings_pack(codes.view(np.uint8), dtype="uint1")


def sign_codes(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.uint64]:
    """One bit per dimension (positive or not), packed into 64-bit words, one row per vector."""
    bits = np.packbits(vectors > 0, axis=1)
    padding = (-bits.shape[1]) % 8
    if padding:
        bits = np.pad(bits, ((0, 0), (0, padding)))
    return np.ascontiguousarray(bits).view(np.uint64)
