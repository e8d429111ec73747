"""The hybrid neighbours' scan (NumKong's packed Hamming distances) and shortlist against the numpy scan and histogram
cut they replaced: the same distances, the same shortlist and so the same neighbours, ties included."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from retrieval.index import vectors
from retrieval.index.vectors import RESCORE, SAMPLE_STRIDE, NeighbourIndex, StoredVectors, shortlist, sign_codes


def numpy_distances(codes: npt.NDArray[np.uint64], query: npt.NDArray[np.float32]) -> npt.NDArray[np.uint16]:
    """The scan before NumKong: XOR and bitwise_count a 64-bit word of every sentence at a time."""
    words = np.ascontiguousarray(codes.T)
    (bits,) = sign_codes(query[None, :])
    distances = np.bitwise_count(words[0] ^ bits[0]).astype(np.uint16)
    for word in range(1, len(bits)):
        distances += np.bitwise_count(words[word] ^ bits[word])
    return distances


def histogram_shortlist(distances: npt.NDArray[np.integer], bits: int) -> npt.NDArray[np.intp]:
    """The shortlist before: cut at the distance a histogram of every distance gives, in position order."""
    within = np.cumsum(np.bincount(distances, minlength=bits + 1))
    limit = int(np.searchsorted(within, min(RESCORE, len(distances))))
    closest = np.flatnonzero(distances <= limit)
    if len(closest) > 2 * RESCORE:
        closest = closest[np.argsort(distances[closest], kind="stable")[: 2 * RESCORE]]
    return np.sort(closest)


class Memory(StoredVectors):
    """Stored vectors held in memory (as the store returns them: in id order)."""

    def __init__(self, matrix: npt.NDArray[np.float32], tmp_path: Path, ids: npt.NDArray[np.int64]) -> None:
        self.db_path, self.model_id, self._matrix = tmp_path, "m", matrix
        self._row = {int(sentence_id): row for row, sentence_id in enumerate(ids)}

    def matrix(self, ids: Sequence[int]) -> tuple[list[int], npt.NDArray[np.float32]]:
        ordered = sorted(ids)
        return ordered, self._matrix[[self._row[i] for i in ordered]]


def codes_with_ties(rng: np.random.Generator, count: int, dimensions: int, free: int) -> npt.NDArray[np.float32]:
    """Vectors whose signs differ from one pattern in only `free` dimensions: many equal distances."""
    pattern = rng.standard_normal(dimensions).astype(np.float32)
    matrix = np.repeat(pattern[None, :], count, axis=0)
    flips = rng.integers(0, free, size=(count, 3))
    for column in range(flips.shape[1]):
        matrix[np.arange(count), flips[:, column]] *= -1
    return matrix + 1e-3 * rng.standard_normal((count, dimensions)).astype(np.float32)


@pytest.mark.parametrize("count", [1, 7, RESCORE - 1, RESCORE, RESCORE + 1, 2 * RESCORE + 1, 5_000, 40_000])
@pytest.mark.parametrize("dimensions", [384, 100])
def test_scan_and_shortlist_equal_the_numpy_ones(tmp_path: Path, count: int, dimensions: int) -> None:
    rng = np.random.default_rng(count + dimensions)
    for matrix in (
        rng.standard_normal((count, dimensions)).astype(np.float32),
        codes_with_ties(rng, count, dimensions, free=10),  # a few distinct distances, each shared by many
    ):
        codes = sign_codes(matrix)
        ids = np.arange(count, dtype=np.int64) * 3 + 5
        index = NeighbourIndex(ids, codes, Memory(matrix, tmp_path, ids))
        bits = codes.shape[1] * 64
        for query in (*matrix[:3], rng.standard_normal(dimensions).astype(np.float32), -matrix[0]):
            distances = index.distances(query)
            assert np.array_equal(distances, numpy_distances(codes, query))
            assert np.array_equal(shortlist(distances), histogram_shortlist(distances, bits))
            assert index.nearest(query, 10) == reference_nearest(
                index.ids, matrix, histogram_shortlist(distances, bits), query
            )


def reference_nearest(
    ids: npt.NDArray[np.int64],
    matrix: npt.NDArray[np.float32],
    closest: npt.NDArray[np.intp],
    query: npt.NDArray[np.float32],
) -> list[tuple[int, float]]:
    scores = matrix[closest] @ query
    best = np.argsort(-scores, kind="stable")[:10]
    return [(int(ids[closest][i]), float(scores[i])) for i in best]


def test_shortlist_when_the_sample_is_unlike_the_rest() -> None:
    # the sampled positions hold the smallest distances and the others are far, but for unsampled ties that the
    # sample's cut leaves out: the shortlist is found among every distance
    distances = np.full(50_000, 1_000, dtype=np.uint32)
    sampled = len(distances[::SAMPLE_STRIDE])
    distances[::SAMPLE_STRIDE] = np.arange(sampled)
    distances[1::SAMPLE_STRIDE][:500] = 30
    first_cut = vectors.SAMPLE_MARGIN * RESCORE * sampled // len(distances)
    assert np.count_nonzero(distances <= first_cut) < RESCORE < np.count_nonzero(distances <= 30)
    assert np.array_equal(shortlist(distances), histogram_shortlist(distances, 384))
    rng = np.random.default_rng(3)
    for _ in range(200):  # and random shapes of ties
        values = rng.integers(0, rng.integers(1, 40), size=rng.integers(1, 3_000)).astype(np.uint32)
        assert np.array_equal(shortlist(values), histogram_shortlist(values, 384))


def test_the_scan_is_the_same_from_several_threads(tmp_path: Path) -> None:
    rng = np.random.default_rng(11)
    matrix = rng.standard_normal((20_000, 384)).astype(np.float32)
    ids = np.arange(20_000, dtype=np.int64)
    index = NeighbourIndex(ids, sign_codes(matrix), Memory(matrix, tmp_path, ids))
    queries = rng.standard_normal((40, 384)).astype(np.float32)
    expected = [index.nearest(query, 10) for query in queries]
    found: dict[int, list[list[tuple[int, float]]]] = {}

    def ask(thread: int) -> None:
        found[thread] = [index.nearest(query, 10) for query in queries]

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answers == expected for answers in found.values())


@pytest.mark.parametrize("count", [1, vectors.GROUP, vectors.PACKED_ROWS * vectors.GROUP + 1, 1_003])
def test_a_scan_placed_in_parts_gives_each_sentence_its_own_distance(count: int) -> None:
    # `GROUP` sentences share a packed row; parts of any size, across the blocks' ends, land where their ids say,
    # and every distance is the sentence's own (the other blocks' popcounts taken off), in id order
    rng = np.random.default_rng(count)
    matrix = rng.standard_normal((count, 100)).astype(np.float32)
    codes = sign_codes(matrix)
    scan = vectors.SignScan(count, codes.shape[1])
    done = 0
    while done < count:
        size = int(rng.integers(1, 300))
        scan.put(done, codes[done : done + size])
        done += size
    scan.finish()
    for query in (matrix[0], -matrix[-1], rng.standard_normal(100).astype(np.float32)):
        (bits,) = sign_codes(query[None, :])
        assert np.array_equal(scan.distances(bits), numpy_distances(codes, query))


def test_distances_are_16_bit_and_codes_too_wide_for_them_are_refused() -> None:
    rng = np.random.default_rng(5)
    matrix = rng.standard_normal((50, 384)).astype(np.float32)
    codes = sign_codes(matrix)
    scan = vectors.SignScan(50, codes.shape[1])
    scan.put(0, codes)
    scan.finish()
    distances = scan.distances(codes[0])
    assert distances.dtype == np.uint16 and np.array_equal(distances, numpy_distances(codes, matrix[0]))
    with pytest.raises(ValueError, match="too wide"):
        vectors.SignScan(10, (1 << 16) // (64 * vectors.GROUP))
