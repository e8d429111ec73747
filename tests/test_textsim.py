"""The near-duplicate measure shared by the answers and the actor summaries (retrieval/textsim.py)."""

from __future__ import annotations

from retrieval.actors.directory import NEAR_DUPLICATE
from retrieval.answer.answering import NEAR_DUPLICATE_OVERLAP, near_duplicates
from retrieval.textsim import jaccard, word_set


def test_word_set_folds_case_width_and_punctuation() -> None:
    assert word_set("Putin SAID: “a ceasefire”, ｔｗｏ times.") == {"putin", "said", "a", "ceasefire", "two", "times"}
    assert word_set("...") == frozenset()


def test_jaccard_of_empty_and_partial_sets() -> None:
    assert jaccard(frozenset(), frozenset()) == 1.0
    assert jaccard(frozenset(), {"a"}) == 0.0
    assert jaccard({"a", "b", "c"}, {"a", "b", "d"}) == 0.5


def test_each_caller_keeps_its_threshold() -> None:
    assert (NEAR_DUPLICATE, NEAR_DUPLICATE_OVERLAP) == (0.8, 0.85)
    nine = {f"w{i}" for i in range(9)}
    six_of_seven = {f"w{i}" for i in range(7)}
    assert near_duplicates(frozenset(nine), frozenset(nine - {"w0"}))  # 8/9 ≥ 0.85
    assert not near_duplicates(frozenset(six_of_seven), frozenset(six_of_seven - {"w0"} | {"x"}))  # 6/8 < 0.85
    assert near_duplicates(frozenset(), frozenset()) and not near_duplicates(frozenset(), frozenset({"a"}))
