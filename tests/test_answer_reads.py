"""An answer reads what it shows (retrieval/answer/answering.py, issue 13): the matched terms of the hits it keeps
only, and past those hits only the later exact duplicates of one, whose places join its sources as every ranked
duplicate's did when each ranked sentence was read. Which sentences have a duplicate at all is read once a snapshot
(`SqliteSentences.duplicates`); before that, the texts of the sentences past the hits are read."""

from __future__ import annotations

import gc
import random
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest

from retrieval.answer import answering
from retrieval.answer.answering import _OVERFETCH, answer_question, fold_key
from retrieval.answer.ranking import LEAD_IN_REACH, rank_sentences
from retrieval.index import sqlite_corpus
from retrieval.index.corpus import Corpus
from retrieval.index.sqlite_corpus import SqliteSentences, shared_keys
from retrieval.index.tantivy_engine import TantivyEngine
from retrieval.models import Context, Hit, IndexedSentence, Source
from retrieval.service import AnswerService
from retrieval.store import reader
from retrieval.store.database import Store
from retrieval.tokenize import tokenize

WORDS = ["lantern", "harbour", "ferry", "tide", "rope", "gull", "pier", "buoy", "anchor", "mist", "keel", "sail"]

TOP = 3


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize() + "."


def shared_sentences(rng: random.Random) -> list[str]:
    return [sentence(rng) for _ in range(30)]


def variant(text: str, rng: random.Random) -> str:
    """The same sentence as `fold_key` sees it: in other case or spacing, now and then."""
    roll = rng.random()
    if roll < 0.2:
        return text.upper()
    if roll < 0.35:
        return text.replace(" ", "  ", 1)
    return text


def page(rng: random.Random, pool: list[str]) -> str:
    paragraphs = []
    for _ in range(rng.randint(2, 5)):
        # half the sentences from the shared pool (duplicates), half most likely found once
        texts = [
            variant(rng.choice(pool), rng) if rng.random() < 0.5 else sentence(rng) for _ in range(rng.randint(1, 4))
        ]
        paragraphs.append(" ".join(texts))
    return f"Harbour log {rng.randint(1, 999)}\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[AnswerService]:
    rng = random.Random(13)
    pool = shared_sentences(rng)
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(40):
        (docs / f"log{number:02}.txt").write_text(page(rng, pool), encoding="utf-8")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs, engine="tantivy", reranker=None)
        await service.reindex()
        yield service
    finally:
        await store.close()


QUESTIONS = [" ".join(random.Random(n).sample(WORDS, 1 + n % 3)) for n in range(30)]


def place(corpus: Corpus, position: int) -> Source:
    return answering.source_of(corpus, corpus.sentences[position])


@pytest.mark.parametrize("known", [True, False], ids=["duplicates known", "texts read"])
async def test_every_ranked_duplicate_of_a_hit_is_one_of_its_sources(
    service: AnswerService, known: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = service._require_snapshot()
    corpus, engine = snapshot.corpus, snapshot.engine
    assert isinstance(engine, TantivyEngine)
    assert isinstance(corpus.sentences, SqliteSentences)
    if known:
        assert corpus.sentences.duplicates(fold_key, wait=True)
    else:
        monkeypatch.setattr(SqliteSentences, "duplicates", lambda self, key, wait=False: None)
    late = 0  # duplicates ranked after the last hit kept: read only to be folded
    for question in QUESTIONS:
        answer = answer_question(question, corpus, engine, top=TOP)
        ranked = rank_sentences(question, tokenize(question), corpus.sentences, engine, None, TOP * _OVERFETCH + 10)
        terms = {r.position: (r.matched_terms, r.context_terms) for r in ranked}
        keys = [fold_key(corpus.sentences[r.position].text) for r in ranked]
        last = max(keys.index(fold_key(hit.text)) for hit in answer.hits)
        for hit in answer.hits:
            places = [
                place(corpus, r.position) for r, key in zip(ranked, keys, strict=True) if key == fold_key(hit.text)
            ]
            # first the best ranked of the places, the context's and the id's; then the others by path
            first, *others = places
            assert hit.sources == (first, *sorted(others, key=lambda s: (s.path, s.paragraph, s.sentence)))
            assert hit.matched_terms == terms[hit.sentence_id][0]
            late += sum(1 for index, key in enumerate(keys) if key == fold_key(hit.text) and index > last)
    assert late > 10


async def test_matched_terms_are_read_for_the_hits_kept_only(
    service: AnswerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = service._require_snapshot()
    corpus, engine = snapshot.corpus, snapshot.engine
    asked: list[int] = []
    matched_terms = TantivyEngine.matched_terms

    def spied(self: TantivyEngine, terms: list[str], positions: list[int]) -> dict[int, tuple[str, ...]]:
        asked.extend(positions)
        return matched_terms(self, terms, positions)

    monkeypatch.setattr(TantivyEngine, "matched_terms", spied)
    skipped = 0
    for question in QUESTIONS:
        asked.clear()
        answer = answer_question(question, corpus, engine, top=TOP)
        read = set(asked)
        kept = {hit.sentence_id for hit in answer.hits}
        # the hits kept and the sentences their score leans on (the one before, a lead-in), nothing else
        assert all(any(0 <= k - p <= LEAD_IN_REACH for k in kept) for p in read)
        ranked = rank_sentences(question, tokenize(question), corpus.sentences, engine, None, TOP * _OVERFETCH + 10)
        skipped += len({r.position for r in ranked} - read)
    assert skipped > 100


async def test_the_row_cache_leaves_few_objects_for_full_collections_and_reads_as_the_store(
    service: AnswerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached rows are plain tuples, which the collector untracks; only the last `_BUILT_ROWS` read stay built
    as `IndexedSentence`s (set to 40 here: the corpus holds some hundreds). Every row reads as the store holds it,
    cold or cached, built or not, and answers are the same with the cache warm, cold or churning."""
    monkeypatch.setattr(sqlite_corpus, "_BUILT_ROWS", 40)
    sentences = service._require_snapshot().corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    sentences._cache.clear()
    sentences._built.clear()
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    try:
        stored = {row.sentence_id: row for row in reader.all_sentences(connection)}
    finally:
        connection.close()
    assert len(stored) > 200
    ids = range(len(sentences))
    gc.collect()
    built_before = sum(1 for o in gc.get_objects() if isinstance(o, IndexedSentence))
    for start in range(0, len(sentences), 25):  # read ahead a few at a time, as the ranking does
        chunk = list(ids[start : start + 25])
        fetched = sentences.fetch(chunk)
        assert fetched == {i: stored[i] for i in chunk if i in stored}
        assert [sentences[i] for i in chunk] == [stored.get(i, _gap()) for i in chunk]
    del fetched
    # A tuple is untracked when a collection finds its items untracked: a row whose tokens were seen after it (a
    # collection walks the generation that was younger first) is untracked by the next one.
    gc.collect()
    gc.collect()
    assert len(sentences._cache) == len(stored)
    assert not any(gc.is_tracked(row) for row in sentences._cache.values())
    assert sum(1 for o in gc.get_objects() if isinstance(o, IndexedSentence)) - built_before <= 40
    # from the cache, in another order, one by one and in one read
    assert [sentences[i] for i in reversed(ids)] == [stored.get(i, _gap()) for i in reversed(ids)]
    assert sentences.fetch(list(ids)) == stored
    assert sentences.tokens_of(list(stored)) == {i: row.tokens for i, row in stored.items()}
    assert sentences.texts(list(stored)) == {i: row.text for i, row in stored.items()}
    corpus, engine = service._require_snapshot().corpus, service._require_snapshot().engine
    warm = [answer_question(question, corpus, engine, top=TOP) for question in QUESTIONS]
    cold = []
    for question in QUESTIONS:
        sentences._cache.clear()
        sentences._built.clear()
        cold.append(answer_question(question, corpus, engine, top=TOP))
    assert warm == cold


def _gap() -> IndexedSentence:
    """What the id of a row that is not answerable (a heading) reads as."""
    return IndexedSentence(0, 0, 0, 0, "", ())


def duplicated(corpus: Corpus) -> set[int]:
    """The sentences whose `fold_key` another sentence of the corpus has, found by reading them all."""
    keys: dict[str, list[int]] = {}
    for position in range(len(corpus.sentences)):
        sentence = corpus.sentences[position]
        if sentence.text:  # a heading's id reads as an empty gap
            keys.setdefault(fold_key(sentence.text), []).append(position)
    return {p for positions in keys.values() if len(positions) > 1 for p in positions}


async def test_past_the_hits_only_sentences_with_a_duplicate_are_read(
    service: AnswerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = service._require_snapshot()
    corpus, engine = snapshot.corpus, snapshot.engine
    sentences = corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    shared = sentences.duplicates(fold_key, wait=True)
    assert shared is not None
    with_duplicate = duplicated(corpus)
    assert set(shared) == with_duplicate
    assert len(with_duplicate) < len(sentences)  # some sentences are unique
    read: list[int] = []
    texts = SqliteSentences.texts

    def spied(self: SqliteSentences, ids: list[int]) -> dict[int, str]:
        read.extend(ids)
        return texts(self, ids)

    monkeypatch.setattr(SqliteSentences, "texts", spied)
    past = 0  # ranked sentences past the hits
    for question in QUESTIONS:
        read.clear()
        answer_question(question, corpus, engine, top=TOP)
        assert set(read) <= with_duplicate
        past += len(read)
    assert past > 0
    unread: list[list[int]] = []
    later_duplicates = answering.later_duplicates
    monkeypatch.setattr(SqliteSentences, "duplicates", lambda self, key, wait=False: None)
    monkeypatch.setattr(
        answering,
        "later_duplicates",
        lambda s, positions, keys: unread.append(list(positions)) or later_duplicates(s, positions, keys),
    )
    for question in QUESTIONS:
        answer_question(question, corpus, engine, top=TOP)
    assert sum(len(set(p) - with_duplicate) for p in unread) > 50  # what the texts would have been read of


def test_shared_keys_are_the_ids_whose_hash_another_has() -> None:
    ids = np.array([4, 9, 2, 7, 5, 1], dtype=np.int64)
    hashes = np.array([-3, 8, -3, 11, 8, -3], dtype=np.int64)
    assert shared_keys(ids, hashes) == {4: -3, 2: -3, 1: -3, 9: 8, 5: 8}
    assert shared_keys(np.zeros(0, np.int64), np.zeros(0, np.int64)) == {}


async def test_a_closed_snapshot_reads_no_duplicates(service: AnswerService) -> None:
    sentences = service._require_snapshot().corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    sentences.close()
    assert sentences.duplicates(fold_key, wait=True) is None


def spied_reads(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The ids of each read of stored rows (`reader.sentences_by_id`) from now on, in order."""
    reads: list[list[int]] = []
    sentences_by_id = reader.sentences_by_id

    def spied(db: sqlite3.Connection, ids: list[int]) -> list[reader.SentenceRow]:
        reads.append(list(ids))
        return sentences_by_id(db, ids)

    monkeypatch.setattr(reader, "sentences_by_id", spied)
    return reads


async def test_the_hits_neighbours_are_read_at_once(service: AnswerService, monkeypatch: pytest.MonkeyPatch) -> None:
    """The neighbours every kept hit is shown with come from one read of the store, and are those `hit_context`
    reads for each hit alone."""
    corpus, engine = service._require_snapshot().corpus, service._require_snapshot().engine
    sentences = corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    reads = spied_reads(monkeypatch)
    with_context = 0
    for question in QUESTIONS:
        answer = answer_question(question, corpus, engine, top=TOP)
        positions = [hit.sentence_id for hit in answer.hits]
        sentences._cache.clear()
        sentences._built.clear()
        sentences.fetch(positions)  # the hits' own rows, read as the answer reads them
        reads.clear()
        contexts = answering.read_contexts(corpus, positions, [hit.text for hit in answer.hits])
        # one read; a heading's id beside a hit reads as a gap again, there being no row to keep
        assert all(not sentences.fetch(ids) for ids in reads[1:])
        assert contexts == [answering.hit_context(corpus, position) for position in positions]
        with_context += sum(1 for context in contexts if context.before or context.after)
    assert with_context > 10


async def test_only_the_shown_hits_contexts_are_read_and_they_fold_as_all_hits_would(service: AnswerService) -> None:
    """`shown_hits` reads the contexts of as many hits from the first as the folding looks at, and shows what folding
    every hit with its context shows: a hit whose context repeats one above it is left out when it holds no word of
    the question (every third hit here), the others' contexts cut where the next hit begins."""
    corpus, engine = service._require_snapshot().corpus, service._require_snapshot().engine
    folded = 0
    for question in QUESTIONS:
        ranked = rank_sentences(question, tokenize(question), corpus.sentences, engine, None, 40)
        distinct = list({fold_key(corpus.sentences[r.position].text): r for r in reversed(ranked)}.values())[::-1]
        hits: list[Hit] = []
        positions: dict[int, int] = {}
        for index, result in enumerate(distinct):
            sentence = corpus.sentences[result.position]
            terms = () if index % 3 == 1 else result.matched_terms
            hits.append(
                Hit(
                    sentence.text,
                    result.score,
                    (place(corpus, result.position),),
                    terms,
                    Context(),
                    sentence.sentence_id,
                )
            )
            positions[sentence.sentence_id] = result.position
        with_contexts = [
            Hit(h.text, h.score, h.sources, h.matched_terms, answering.hit_context(corpus, p), h.sentence_id)
            for h, p in zip(hits, positions.values(), strict=True)
        ]
        every = answering.fold_repeated_context(with_contexts)
        folded += sum(1 for hit in with_contexts if hit not in every)  # left out, or shown with less context
        for count in range(1, len(hits) + 1):
            assert answering.shown_hits(corpus, hits, count) == every[:count]
    assert folded > 10


async def test_the_paragraph_neighbours_rows_are_read_at_once(
    service: AnswerService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`_paragraph_neighbours` reads the rows of the nearest stored sentences in one read (each `position_of` of a row
    not read yet was a query of its own: 15 a question at 300,000 sentences), and finds what it found row by row."""
    from retrieval.answer.answering import StoredEmbeddings
    from retrieval.index.vectors import StoredVectors

    snapshot = service._require_snapshot()
    corpus, engine = snapshot.corpus, snapshot.engine
    sentences = corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    stored = StoredEmbeddings(StoredVectors(service.store.path, "model"))
    reads = spied_reads(monkeypatch)
    found = 0
    for number, question in enumerate(QUESTIONS):
        hits = answer_question(question, corpus, engine, top=TOP).hits
        if not hits:
            continue
        first = hits[0].sentence_id
        nearest = [(sentence_id, 0.5) for sentence_id in range(max(1, first - 12), first + 18)]
        results = []
        for alone in (False, True):
            if alone:  # as before: each row read when its position is asked for
                monkeypatch.setattr(answering, "read_ahead", lambda sentences, positions: None)
            sentences._cache.clear()
            sentences._built.clear()
            sentences.fetch([hit.sentence_id for hit in hits])  # the hits' own rows, read as the answer reads them
            reads.clear()
            results.append(answering._paragraph_neighbours(corpus, stored, nearest, hits[:2], list(hits), []))
            if not alone:
                ahead = len(reads)
                # one read; a heading's id (no row to keep) reads as a gap again
                assert sorted(reads[0]) == sorted({i for i, _ in nearest} - {hit.sentence_id for hit in hits})
                assert all(not sentences.fetch(ids) for ids in reads[1:]), number
            else:
                assert len(reads) > ahead, number
                monkeypatch.undo()
                reads = spied_reads(monkeypatch)
        assert results[0] == results[1]
        found += len(results[0])
    assert found > 0
