"""Stored vectors made up for a test of the reranker's candidates: two-dimensional unit vectors whose dot product
with the question's ([1, 0]) is the similarity wanted, and a model that is never asked to encode."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.answer.semantic import Vectors
from retrieval.index.vectors import StoredVectors, Vector

QUESTION_VECTOR = [1.0, 0.0]


def unit(similarity: float) -> npt.NDArray[np.float32]:
    """A vector whose dot product with the question's is `similarity`."""
    return np.array([similarity, (1.0 - similarity**2) ** 0.5], dtype=np.float32)


class MadeUpVectors(StoredVectors):
    def __init__(self, vectors: dict[int, npt.NDArray[np.float32]]) -> None:
        self.db_path, self.model_id, self._vectors = Path("/nonexistent"), "made-up", vectors

    def of(self, ids: Sequence[int]) -> dict[int, Vector]:
        return {i: self._vectors[i] for i in ids if i in self._vectors}


def encode_nothing(texts: Sequence[str]) -> Vectors:
    raise AssertionError("every candidate has a stored vector: nothing is encoded")
