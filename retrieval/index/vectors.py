"""Stored sentence vectors at question time: the candidates' vectors by id, and nearest neighbours over all of them.

`StoredVectors` reads the vectors of a question's candidates from the store (a few dozen rows by primary key).
`NeighbourIndex` finds the sentences closest to a question among every stored vector, for hybrid candidates: a
brute-force scan of one sign bit per dimension (48 bytes a sentence for MiniLM, 48 MB at 1M sentences), then the
`RESCORE` closest by Hamming distance rescored exactly with their stored int8 vectors.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.store import embeddings as table
from retrieval.store.reader import connect_readonly

log = logging.getLogger(__name__)

# Sign-bit neighbours rescored with their real vectors: enough that the true nearest few are among them.
RESCORE = 200

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
        with self._lock:
            if table.stored_model(self._db) != self.model_id:
                return {}
            blobs = table.vectors_by_id(self._db, ids)
        return {sentence_id: table.unpack(blob) for sentence_id, blob in blobs.items()}

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()


class NeighbourIndex:
    """Every stored vector's sign bits in memory, for the sentences nearest a question (`nearest`)."""

    def __init__(self, ids: npt.NDArray[np.int64], codes: npt.NDArray[np.uint64], stored: StoredVectors) -> None:
        self.ids = ids
        self.codes = codes
        self._stored = stored

    @classmethod
    def load(cls, stored: StoredVectors) -> NeighbourIndex:
        """The index of every vector in the store (run in a worker thread: 1M vectors take seconds)."""
        connection = connect_readonly(stored.db_path)
        id_parts: list[npt.NDArray[np.int64]] = []
        code_parts: list[npt.NDArray[np.uint64]] = []
        try:
            connection.execute("BEGIN")
            if table.stored_model(connection) == stored.model_id:
                for rows in table.all_vectors(connection):
                    id_parts.append(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
                    code_parts.append(sign_codes(np.vstack([table.unpack(r[1]) for r in rows])))
        finally:
            connection.close()
        if not id_parts:
            return cls(np.zeros(0, np.int64), np.zeros((0, 0), np.uint64), stored)
        return cls(np.concatenate(id_parts), np.vstack(code_parts), stored)

    def __len__(self) -> int:
        return len(self.ids)

    def nearest(self, query: Vector, k: int) -> list[tuple[int, float]]:
        """The `k` stored sentences closest to `query` (sentence id, dot product), closest first."""
        if not len(self.ids) or k <= 0:
            return []
        distances = np.bitwise_count(self.codes ^ sign_codes(query[None, :])).sum(axis=1, dtype=np.int32)
        shortlist = min(RESCORE, len(distances))
        closest = np.argpartition(distances, shortlist - 1)[:shortlist]
        vectors = self._stored.of([int(i) for i in self.ids[closest]])
        scored = sorted(((float(v @ query), i) for i, v in vectors.items()), reverse=True)
        return [(i, score) for score, i in scored[:k]]


def sign_codes(vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.uint64]:
    """One bit per dimension (positive or not), packed into 64-bit words, one row per vector."""
    bits = np.packbits(vectors > 0, axis=1)
    padding = (-bits.shape[1]) % 8
    if padding:
        bits = np.pad(bits, ((0, 0), (0, padding)))
    return np.ascontiguousarray(bits).view(np.uint64)
