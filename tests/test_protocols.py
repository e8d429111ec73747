"""`implements` (retrieval/protocols.py): a runtime-checkable protocol of methods decided once a class gives what
`isinstance` gives, for the engines and sentence sources the question path asks about (issue 13: the checks took
~0.2-0.3 ms of a question at 300,000 sentences)."""

from __future__ import annotations

import pytest

from retrieval import protocols
from retrieval.answer.answering import _reads_texts, _TextReading
from retrieval.answer.ranking import Prefetching, prefetches
from retrieval.index.engine import ParagraphAwareEngine, RankBM25Engine, is_paragraph_aware
from retrieval.index.scoped import MentioningEngine, MentioningParagraphEngine
from retrieval.index.sqlite_corpus import SqliteSentences
from retrieval.index.tantivy_engine import TantivyEngine
from retrieval.models import IndexedSentence

# instances made without their __init__: a protocol of methods is decided by what the class holds
OBJECTS = [
    TantivyEngine.__new__(TantivyEngine),
    RankBM25Engine.__new__(RankBM25Engine),
    MentioningEngine.__new__(MentioningEngine),
    MentioningParagraphEngine.__new__(MentioningParagraphEngine),
    SqliteSentences.__new__(SqliteSentences),
    [IndexedSentence.__new__(IndexedSentence)],
    (),
    {},
]


@pytest.mark.parametrize("value", OBJECTS, ids=lambda value: type(value).__name__)
def test_the_guards_agree_with_isinstance(value: object) -> None:
    for _ in range(2):  # decided, then read back
        assert is_paragraph_aware(value) == isinstance(value, ParagraphAwareEngine)
        assert prefetches(value) == isinstance(value, Prefetching)
        assert _reads_texts(value) == isinstance(value, _TextReading)


def test_the_on_disk_classes_answer_yes_and_the_in_memory_ones_no() -> None:
    assert is_paragraph_aware(TantivyEngine.__new__(TantivyEngine))
    assert is_paragraph_aware(MentioningParagraphEngine.__new__(MentioningParagraphEngine))
    assert not is_paragraph_aware(RankBM25Engine.__new__(RankBM25Engine))
    assert not is_paragraph_aware(MentioningEngine.__new__(MentioningEngine))
    sentences = SqliteSentences.__new__(SqliteSentences)
    assert prefetches(sentences) and _reads_texts(sentences)
    assert not prefetches([]) and not _reads_texts([])


def test_a_class_is_decided_once() -> None:
    class Fetcher:
        def fetch(self, ids: object) -> dict[int, object]:
            return {}

    assert (Fetcher, Prefetching) not in protocols._DECIDED
    assert prefetches(Fetcher())
    assert protocols._DECIDED[(Fetcher, Prefetching)] is True
    assert prefetches(Fetcher()) and not _reads_texts(Fetcher())
    assert protocols._DECIDED[(Fetcher, _TextReading)] is False
