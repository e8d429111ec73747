"""The stored vectors of a question's hits read from the neighbours' copy of the rows (retrieval/index/vectors.py
`NeighbourIndex.of`): found through the table of rows by id or by bisecting the ids, the same vectors, and ids the
copy does not hold (stored later, out of range, negative) read from the store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from retrieval.index import vectors
from retrieval.index.vectors import NeighbourIndex, RowFile, StoredVectors, sign_codes
from retrieval.store import embeddings as table


class Store(StoredVectors):
    """The store's vectors by id, in memory; remembers which ids it was asked for."""

    def __init__(self, tmp_path: Path, by_id: dict[int, npt.NDArray[np.float32]]) -> None:
        self.db_path, self.model_id, self._by_id = tmp_path, "m", by_id
        self.asked: list[int] = []

    def of(self, ids: Sequence[int]) -> dict[int, npt.NDArray[np.float32]]:
        self.asked += ids
        return {i: self._by_id[i] for i in ids if i in self._by_id}


def packed_rows(matrix: npt.NDArray[np.float32], tmp_path: Path) -> tuple[RowFile, npt.NDArray[np.float32]]:
    rows = RowFile(tmp_path)
    blobs = [table.pack(vector) for vector in matrix]
    rows.append(blobs)
    rows.finish()
    return rows, table.unpack_many(blobs)


def test_rows_by_table_and_by_bisection_are_the_same(tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    count = 3_000
    # Ascending ids with gaps (headings, documents written again), as the store's are.
    ids = np.cumsum(rng.integers(1, 3, size=count)).astype(np.int64)
    matrix = rng.standard_normal((count, 384)).astype(np.float32)
    rows, unpacked = packed_rows(matrix, tmp_path)
    later = {int(ids[-1]) + 5: rng.standard_normal(384).astype(np.float32)}  # stored after the index was loaded
    store = Store(tmp_path, later)
    narrow = vectors._narrow(ids)
    assert narrow.dtype == np.int32
    by_table = NeighbourIndex(narrow, sign_codes(matrix), store, rows)
    by_bisection = NeighbourIndex(ids, sign_codes(matrix), store, rows)
    assert by_table._row_of is not None and by_bisection._row_of is None

    asked = [*rng.choice(ids, 40).tolist(), int(ids[-1]) + 5, int(ids[-1]) + 10_000, -3, int(ids[0]) + 1]
    if int(ids[0]) + 1 in set(ids.tolist()):
        asked.pop()
    store.asked.clear()
    found = by_table.of(asked)
    from_store = list(store.asked)
    store.asked.clear()
    assert found.keys() == by_bisection.of(asked).keys()
    assert from_store == store.asked  # the same ids went to the store
    assert set(from_store) == {int(ids[-1]) + 5, int(ids[-1]) + 10_000, -3} | (set(asked) - set(ids.tolist()))
    expected = by_bisection.of(asked)
    assert all(np.array_equal(found[i], expected[i]) for i in found)
    row = {int(sentence_id): number for number, sentence_id in enumerate(ids)}
    assert all(np.array_equal(found[i], unpacked[row[i]]) for i in found if i in row)
    assert np.array_equal(found[int(ids[-1]) + 5], later[int(ids[-1]) + 5])
    # The nearest neighbours are the same whichever way the rows are found.
    for query in rng.standard_normal((5, 384)).astype(np.float32):
        assert by_table.nearest(query, 10) == by_bisection.nearest(query, 10)


def test_sparse_or_wide_ids_are_bisected() -> None:
    sparse = np.arange(0, 10 * (vectors.ROW_TABLE_SPREAD + 1), vectors.ROW_TABLE_SPREAD + 1, dtype=np.int64)
    assert vectors._row_table(vectors._narrow(sparse)) is None
    wide = np.array([5, 2**31 + 7], dtype=np.int64)
    assert vectors._narrow(wide).dtype == np.int64 and vectors._row_table(wide) is None
    # Ids high above 0 (every document written again) but dense: the table spans the ids from the lowest.
    dense = vectors._narrow(np.array([1_000_002, 1_000_003, 1_000_005, 1_000_006], dtype=np.int64))
    rows_of = vectors._row_table(dense)
    assert rows_of is not None and rows_of.tolist() == [0, 1, -1, 2, 3]


def test_rows_of_ids_above_zero_are_found_through_the_table(tmp_path: Path) -> None:
    rng = np.random.default_rng(9)
    ids = np.arange(5_000_000, 5_000_500, dtype=np.int64)
    matrix = rng.standard_normal((len(ids), 384)).astype(np.float32)
    rows, unpacked = packed_rows(matrix, tmp_path)
    store = Store(tmp_path, {})
    index = NeighbourIndex(vectors._narrow(ids), sign_codes(matrix), store, rows)
    assert index._row_of is not None and len(index._row_of) == len(ids)
    found = index.of([5_000_000, 5_000_499, 5_000_250, 4_999_999, 5_000_500])
    assert sorted(found) == [5_000_000, 5_000_250, 5_000_499]
    assert np.array_equal(found[5_000_250], unpacked[250])
    assert store.asked == [4_999_999, 5_000_500]


def test_a_query_asked_again_reuses_its_neighbours_without_a_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(13)
    ids = np.arange(1, 2_001, dtype=np.int64)
    matrix = rng.standard_normal((len(ids), 384)).astype(np.float32)
    rows, _ = packed_rows(matrix, tmp_path)
    index = NeighbourIndex(vectors._narrow(ids), sign_codes(matrix), Store(tmp_path, {}), rows)
    fresh = NeighbourIndex(vectors._narrow(ids), sign_codes(matrix), Store(tmp_path, {}), rows)
    scans: list[int] = []
    scan = NeighbourIndex.distances

    def counted(self: NeighbourIndex, query: npt.NDArray[np.float32]) -> npt.NDArray[np.uint16]:
        scans.append(1)
        return scan(self, query)

    monkeypatch.setattr(NeighbourIndex, "distances", counted)
    first, second = rng.standard_normal((2, 384)).astype(np.float32)
    found = index.nearest(first, 10)
    assert len(scans) == 1 and len(found) == 10
    again = index.nearest(first.copy(), 10)  # the same query again: no scan, the same neighbours
    assert again == found and len(scans) == 1
    again.clear()  # the caller's list is its own
    assert index.nearest(first, 10) == found and len(scans) == 1
    assert index.nearest(first, 5) == found[:5] and len(scans) == 2  # another k is another query
    assert index.nearest(second, 10) == fresh.nearest(second, 10) and len(scans) == 4
    for _ in range(vectors.RECENT_QUERIES):  # the oldest query is let go
        index.nearest(rng.standard_normal(384).astype(np.float32), 10)
    scans.clear()
    assert index.nearest(first, 10) == found and len(scans) == 1
