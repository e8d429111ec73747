"""The percentile every bench script reports its latencies with (p95 of questions, of round trips, of rankings)."""

from __future__ import annotations

from collections.abc import Sequence


def percentile(values: Sequence[float], share: float) -> float:
    """The value of `values` at `share` (0 to 1) of the way from the least to the greatest, by nearest rank: the
    p95 of 1..21 is 20. `ValueError` for no values (a caller with none says so itself)."""
    if not values:
        raise ValueError("no values to take a percentile of")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]
