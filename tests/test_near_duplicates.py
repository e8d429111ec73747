"""`near_duplicate_of_any` skips pairs by size only where Jaccard cannot reach the threshold: same answers as
comparing every pair."""

from __future__ import annotations

import random

from retrieval.answer.answering import near_duplicate_of_any, near_duplicates


def test_the_size_filter_gives_the_answers_of_every_comparison() -> None:
    rng = random.Random(13)
    vocabulary = [f"w{i}" for i in range(40)]
    duplicates = 0
    for _ in range(3000):
        base = set(rng.sample(vocabulary, rng.randint(0, 30)))
        kept = []
        for _ in range(rng.randint(0, 8)):
            # Sets close to `base` (a few words dropped or added), so that sizes near the threshold's ratio occur.
            other = {w for w in base if rng.random() > 0.1} | set(rng.sample(vocabulary, rng.randint(0, 3)))
            kept.append(frozenset(other))
        words = frozenset(base)
        expected = any(near_duplicates(words, other) for other in kept)
        assert near_duplicate_of_any(words, kept) == expected
        duplicates += expected
    assert duplicates > 100  # the test does reach near duplicates, not only easy misses


def test_sets_at_the_threshold_and_empty_sets() -> None:
    twenty = frozenset(f"w{i}" for i in range(20))
    seventeen = frozenset(f"w{i}" for i in range(17))  # Jaccard 17/20 = 0.85: a near duplicate
    sixteen = frozenset(f"w{i}" for i in range(16))
    assert near_duplicate_of_any(seventeen, [twenty]) and near_duplicate_of_any(twenty, [seventeen])
    assert not near_duplicate_of_any(sixteen, [twenty])
    assert near_duplicate_of_any(frozenset(), [frozenset()])
    assert not near_duplicate_of_any(frozenset(), [twenty]) and not near_duplicate_of_any(twenty, [frozenset()])
