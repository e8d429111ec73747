"""bench/percentiles.py: the one percentile the bench scripts report (scale, discord_roundtrip, load, malloc_life and
semantic_experiment each had one of their own, two of them another rank)."""

from __future__ import annotations

import pytest

from tests.bench_scripts import load_bench

percentiles = load_bench("percentiles")


def test_nearest_rank_between_the_least_and_the_greatest() -> None:
    values = [float(n) for n in range(21, 0, -1)]  # unsorted
    assert percentiles.percentile(values, 0.95) == 20.0
    assert percentiles.percentile(values, 0.5) == 11.0
    assert percentiles.percentile(values, 0.0) == 1.0 and percentiles.percentile(values, 1.0) == 21.0
    assert percentiles.percentile([7.0], 0.95) == 7.0


def test_no_values_is_said() -> None:
    with pytest.raises(ValueError, match="no values"):
        percentiles.percentile([], 0.95)
