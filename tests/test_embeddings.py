"""Stored sentence vectors (issue 13): computed incrementally after a reindex, used at question time, hybrid
candidates once complete. Most tests use a small deterministic encoder; the real MiniLM checks that stored vectors
score as question-time embedding does and that a sentence sharing no word with the question is found."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from retrieval.answer import embeddings as building
from retrieval.answer.answering import StoredEmbeddings, answer_question
from retrieval.answer.semantic import TOKENIZER_SHA256, Candidate, SemanticReranker, Vectors
from retrieval.index.vectors import NeighbourIndex, RowFile, StoredVectors, sign_codes
from retrieval.service import AnswerService
from retrieval.store import embeddings as table
from retrieval.store.database import Store
from retrieval.store.reader import connect_readonly
from tests.files import open_service, write_docs

DIMENSIONS = 16


class CountingEncoder:
    """A deterministic encoder (a hash of each text) that counts the texts it embedded."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, texts: Sequence[str]) -> Vectors:
        self.texts.extend(texts)
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
            row = np.random.default_rng(seed).standard_normal(DIMENSIONS).astype(np.float32)
            rows.append(row / np.linalg.norm(row))
        return np.vstack(rows) if rows else np.zeros((0, DIMENSIONS), np.float32)


DOCS = {
    "fleet.txt": "The fleet sailed from Dover in the spring. It carried grain and wool.\n\n"
    "A violent storm dispersed the ships near the coast. Few of them came home.\n",
    "okapi.txt": "The okapi lives in the forests of the Congo. It eats leaves and fruit.\n",
}


def stored_count(db: Path) -> int:
    connection = connect_readonly(db)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
    finally:
        connection.close()


def table_ids(db: Path) -> list[int]:
    connection = connect_readonly(db)
    try:
        return [int(r[0]) for r in connection.execute("SELECT sentence_id FROM embeddings")]
    finally:
        connection.close()


def test_pack_and_unpack_keep_a_vector_within_its_quantisation_step() -> None:
    vector = np.random.default_rng(1).standard_normal(384).astype(np.float32) * 0.05
    blob = table.pack(vector)
    assert len(blob) == 4 + 384
    back = table.unpack(blob)
    assert np.abs(back - vector).max() <= np.abs(vector).max() / 127 / 2 + 1e-7
    assert table.unpack(table.pack(np.zeros(8, np.float32))).tolist() == [0.0] * 8
    other = np.random.default_rng(2).standard_normal(384).astype(np.float32)
    together = table.unpack_many([blob, table.pack(other)])
    assert together.shape == (2, 384) and np.array_equal(together[0], back)


async def test_vectors_are_computed_for_new_sentences_only_and_follow_their_documents(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    encoder = CountingEncoder()
    reranker = SemanticReranker(encoder, model_id="counting-1")
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=reranker, index=False) as service:
        report = await service.reindex()
        assert report.embeddings_left == report.sentences == 6  # nothing computed yet: not in the background here
        progress: list[building.EmbeddingProgress] = []
        done = await service.embed_missing(progress.append)
        assert done is not None and done.complete and (done.done, done.total) == (6, 6)
        assert progress and progress[-1].done == 6
        assert stored_count(service.store.path) == 6 and service.embeddings_complete
        # 6 sentences and 3 paragraphs: each distinct text once
        assert len(encoder.texts) == len(set(encoder.texts)) == 9

        # one document changes: only its new sentences are embedded; the old ones' rows went with them
        encoder.texts.clear()
        write_docs(
            docs, {"okapi.txt": "The okapi lives in the forests of the Congo. It eats leaves, fruit and fungi.\n"}
        )
        report = await service.reindex()
        assert report.embeddings_left == 2
        await service.embed_missing()
        assert stored_count(service.store.path) == 6
        assert "It eats leaves, fruit and fungi." in encoder.texts and len(encoder.texts) == 3
        neighbours = service._stored.neighbours if service._stored is not None else None
        assert neighbours is not None and len(neighbours) == 6  # served again with the new sentences' vectors
        assert set(neighbours.ids.tolist()) == set(table_ids(service.store.path))

        # a service that starts later serves them without computing anything
        encoder.texts.clear()
        again = AnswerService(service.store, docs, reranker=reranker)
        await again.load()
        await again.neighbours_loaded()  # read in the background: start-up does not wait for them
        assert again.embeddings_complete and encoder.texts == []

        # another model: every vector is recomputed
        other = AnswerService(service.store, docs, reranker=SemanticReranker(encoder, model_id="counting-2"))
        await other.load()
        assert not other.embeddings_complete
        done = await other.embed_missing()
        assert done is not None and done.complete and stored_count(service.store.path) == 6
        assert len(encoder.texts) == 9


async def test_rewritten_documents_keep_the_vectors_of_their_unchanged_paragraphs(tmp_path: Path) -> None:
    """A document read again (edited, or every document after an upgrade that reads them differently) gets new
    sentence ids; the sentences whose text and paragraph are unchanged keep their vectors instead of being embedded
    again (hours at 1M sentences)."""
    docs = write_docs(tmp_path / "docs", DOCS)
    encoder = CountingEncoder()
    reranker = SemanticReranker(encoder, model_id="counting-1")
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=reranker) as service:
        await service.embed_missing()
        before = stored_blobs(service.store.path)
        old_ids = set(table_ids(service.store.path))

        # the second paragraph of fleet.txt changes: only its two sentences are embedded again
        encoder.texts.clear()
        edited = DOCS["fleet.txt"].replace("Few of them came home.", "Only three came home.")
        write_docs(docs, {"fleet.txt": edited})
        report = await service.reindex()
        assert report.changed == ("fleet.txt",) and report.embeddings_left == 2
        kept = stored_blobs(service.store.path)
        assert kept["It carried grain and wool."] == before["It carried grain and wool."]
        await service.embed_missing()
        assert sorted(encoder.texts) == sorted(
            [
                "A violent storm dispersed the ships near the coast.",
                "Only three came home.",
                "A violent storm dispersed the ships near the coast. Only three came home.",
            ]
        )

        # every document read again (as after an upgrade of the reader): nothing to embed, the same vectors under
        # new sentence ids, and the hybrid candidates read again with those ids
        encoder.texts.clear()
        ids, vectors = set(table_ids(service.store.path)), stored_blobs(service.store.path)
        connection = sqlite3.connect(service.store.path)
        with connection:
            connection.execute("UPDATE meta SET value = 'older' WHERE key = 'ingest_version'")
        connection.close()
        report = await service.reindex()
        assert report.embeddings_left == 0 and encoder.texts == []
        assert not ids & set(table_ids(service.store.path)) and not old_ids & set(table_ids(service.store.path))
        assert stored_blobs(service.store.path) == vectors and len(vectors) == 6
        await service.neighbours_loaded()
        neighbours = service._stored.neighbours if service._stored is not None else None
        assert neighbours is not None and set(neighbours.ids.tolist()) == set(table_ids(service.store.path))


def stored_blobs(db: Path) -> dict[str, bytes]:
    connection = connect_readonly(db)
    try:
        rows = connection.execute("SELECT s.text, e.vector FROM embeddings e JOIN sentences s ON s.id = e.sentence_id")
        return {str(text): bytes(vector) for text, vector in rows}
    finally:
        connection.close()


class ConcurrentEncoder(CountingEncoder):
    """A `CountingEncoder` whose calls wait for one another in groups of `parties`: it fails unless that many run
    at once."""

    def __init__(self, parties: int) -> None:
        super().__init__()
        self.barrier = threading.Barrier(parties)
        self.threads: set[str] = set()

    def __call__(self, texts: Sequence[str]) -> Vectors:
        self.threads.add(threading.current_thread().name)
        self.barrier.wait(timeout=30)
        return super().__call__(texts)


async def test_vectors_computed_by_several_workers_are_those_of_one(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    stored = []
    for workers in (1, 2):
        encoder = ConcurrentEncoder(workers)
        reranker = SemanticReranker(encoder, model_id="counting-1")
        async with open_service(
            docs, tmp_path / f"db-{workers}.sqlite3", reranker=reranker, embedding_workers=workers
        ) as service:
            done = await service.embed_missing()
            assert done is not None and done.complete and done.done == 6
            stored.append(stored_blobs(service.store.path))
        # each distinct text once, shared out to the workers' threads running at the same time
        assert len(encoder.texts) == len(set(encoder.texts)) == 9
        assert len(encoder.threads) == workers
    assert len(stored[0]) == 6 and stored[0] == stored[1]


class CallRecorder(CountingEncoder):
    """A `CountingEncoder` that records the texts of each call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def __call__(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return super().__call__(texts)


async def test_a_batch_of_sentences_is_encoded_in_one_call_and_its_size_changes_no_vector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The encoder sorts the texts of a call by length before batching them for the model, so the more texts a call
    # holds, the less the model pads (64 sentences a call padded 5.3% of the word pieces on realdocs-dev, 256 1.5%);
    # the stored vectors must not depend on how many that is.
    documents = {f"d{i}.txt": f"Sentence number {i} is here. It has a second sentence, {i} words.\n" for i in range(60)}
    docs = write_docs(tmp_path / "docs", documents)
    stored = []
    for size in (building.BATCH_SENTENCES, 4):
        monkeypatch.setattr(building, "BATCH_SENTENCES", size)
        encoder = CallRecorder()
        async with open_service(
            docs, tmp_path / f"db-{size}.sqlite3", reranker=SemanticReranker(encoder, model_id="counting-1")
        ) as service:
            done = await service.embed_missing()
            assert done is not None and done.complete and done.done == 120
            stored.append(stored_blobs(service.store.path))
        if size == 4:
            assert len(encoder.calls) == 30  # two paragraphs a call
        else:
            # 120 sentences are one batch: every sentence and paragraph in one call, each distinct text once
            assert len(encoder.calls) == 1 and len(encoder.calls[0]) == len(set(encoder.calls[0])) == 180
    assert len(stored[0]) == 120 and stored[0] == stored[1]


@pytest.mark.parametrize(("cores", "bot", "command_line"), [(1, 1, 1), (2, 1, 2), (4, 3, 4), (64, 7, 8), (None, 1, 1)])
def test_the_bot_leaves_a_core_to_questions_and_the_command_line_uses_them_all(
    monkeypatch: pytest.MonkeyPatch, cores: int | None, bot: int, command_line: int
) -> None:
    from bot import wiring

    monkeypatch.setattr(wiring.os, "cpu_count", lambda: cores)
    assert wiring.embedding_workers(serving=True) == bot
    assert wiring.embedding_workers(serving=False) == command_line


async def test_the_background_build_starts_after_a_reindex(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    reranker = SemanticReranker(CountingEncoder(), model_id="counting-1")
    async with open_service(
        docs, tmp_path / "db.sqlite3", reranker=reranker, embed_in_background=True, index=False
    ) as service:
        report = await service.reindex()
        assert report.embeddings_left == 6
        # the report came back without waiting; answers are served meanwhile
        assert not (await service.ask("Where did the fleet sail from?")).not_found
        done = await service.embed_missing()  # joins the build already running
        assert done is not None and done.complete
        assert service.embeddings_complete


def test_a_stopped_build_resumes_where_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import threading

    docs = write_docs(tmp_path / "docs", {f"d{i}.txt": f"Sentence number {i} is here.\n" for i in range(5)})

    async def index() -> None:
        async with await Store.open(tmp_path / "db.sqlite3") as store:
            await AnswerService(store, docs).reindex()

    asyncio.run(index())
    monkeypatch.setattr(building, "BATCH_SENTENCES", 2)
    stop = threading.Event()
    reranker = SemanticReranker(CountingEncoder(), model_id="counting-1")
    first = building.embed_missing(tmp_path / "db.sqlite3", reranker, lambda p: stop.set(), stop)
    assert (first.done, first.total) == (2, 5) and not first.complete
    second = building.embed_missing(tmp_path / "db.sqlite3", reranker)
    assert second.complete and stored_count(tmp_path / "db.sqlite3") == 5


def test_nearest_neighbours_find_the_closest_stored_vectors(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((2000, 384)).astype(np.float32)  # as MiniLM
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)

    class Memory(StoredVectors):
        def __init__(self) -> None:
            self.db_path, self.model_id = tmp_path, "m"

        def matrix(self, ids: Sequence[int]) -> tuple[list[int], np.ndarray]:  # type: ignore[type-arg]
            return list(ids), vectors[list(ids)]

    index = NeighbourIndex(np.arange(2000, dtype=np.int64), sign_codes(vectors), Memory())
    query = vectors[1234] + 0.3 * vectors[99]
    query /= np.linalg.norm(query)
    found = index.nearest(query, 3)
    assert [i for i, _ in found[:2]] == [1234, 99]  # the two planted in the query, closest first
    assert all(score == pytest.approx(float(vectors[i] @ query), abs=1e-6) for i, score in found)  # exact scores
    # approximate beyond them: on random unit vectors (harder than real embeddings) most of the true 10 nearest
    recall = []
    for n in range(50):
        query = vectors[n] + 0.5 * vectors[n + 50] + 0.5 * vectors[n + 100]
        query /= np.linalg.norm(query)
        exact = set(np.argsort(-(vectors @ query))[:10].tolist())
        recall.append(len(exact & {i for i, _ in index.nearest(query, 10)}) / 10)
    assert np.mean(recall) >= 0.7
    assert sign_codes(vectors).shape == (2000, 6) and index.nearest(query, 0) == []


async def test_loaded_neighbours_read_vectors_from_their_copy_as_the_store_has_them(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    reranker = SemanticReranker(CountingEncoder(), model_id="counting-1")
    db = tmp_path / "db.sqlite3"
    async with open_service(docs, db, reranker=reranker) as service:
        await service.embed_missing()
    stored = StoredVectors(db, "counting-1")
    try:
        mapped = NeighbourIndex.load(stored)
        assert mapped._rows is not None  # the rows were copied
        ids = table_ids(db)
        codes = sign_codes(stored.matrix(mapped.ids.tolist())[1])
        by_sql = NeighbourIndex(mapped.ids, codes, stored)  # the same index reading the store
        assert by_sql._rows is None and sorted(ids) == mapped.ids.tolist()
        # the same vectors, bit for bit, for ids in any order; an id without a vector is left out
        wanted = [ids[3], ids[0], 10_000, ids[-1]]
        from_copy, from_store = mapped.of(wanted), stored.of(wanted)
        assert from_copy.keys() == from_store.keys() == {ids[3], ids[0], ids[-1]}
        assert all(np.array_equal(from_copy[i], from_store[i]) for i in from_store)
        # and the same neighbours with the same scores
        for query in stored.of(ids).values():
            assert mapped.nearest(query, 4) == by_sql.nearest(query, 4)
        # a vector stored after the index was loaded comes from the store
        later = RowFile(db)
        connection = connect_readonly(db)
        blobs = table.vectors_by_id(connection, ids[1:])
        connection.close()
        later.append([blobs[i] for i in ids[1:]])
        later.finish()
        fewer = NeighbourIndex(mapped.ids[1:], codes[1:], stored, later)
        both = fewer.of([ids[1], ids[0]])
        expected = stored.of([ids[0], ids[1]])
        assert both.keys() == expected.keys() and all(np.array_equal(both[i], expected[i]) for i in expected)
        fewer.close()
        mapped.close()
        assert mapped._rows._file.closed
    finally:
        stored.close()


async def test_vectors_stored_by_the_float_products_minilm_are_recomputed(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    """docbot's MiniLM computes its products in int8: vectors that the earlier file (float products, sha256
    8199be6f…) stored are all recomputed with the shipped one, and the hybrid neighbours serve the new ones."""
    earlier = f"8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6:{TOKENIZER_SHA256}"
    docs = write_docs(tmp_path / "docs", DOCS)
    async with open_service(
        docs, tmp_path / "db.sqlite3", reranker=SemanticReranker(CountingEncoder(), model_id=earlier)
    ) as old:
        await old.embed_missing()
        assert stored_count(old.store.path) == 6
        service = AnswerService(old.store, docs, reranker=minilm)
        await service.load()
        assert not service.embeddings_complete
        done = await service.embed_missing()
        assert done is not None and done.complete and done.done == 6
        await service.neighbours_loaded()
        connection = connect_readonly(old.store.path)
        try:
            assert table.stored_model(connection) == minilm.model_id
            blobs = [bytes(r[0]) for r in connection.execute("SELECT vector FROM embeddings")]
        finally:
            connection.close()
    assert len(blobs) == 6 and {len(b) for b in blobs} == {4 + 384}  # the model's 384 dimensions, not the 16 before


def test_stored_similarity_is_the_question_time_similarity(minilm: SemanticReranker) -> None:
    sentences = ["A violent storm dispersed the ships near the coast.", "The fleet sailed from Dover in the spring."]
    paragraph = " ".join(sentences)
    question = "What scattered the fleet?"
    live = minilm.score(question, [Candidate(s, paragraph, 1.0 - i) for i, s in enumerate(sentences)])
    vectors = minilm.encode([*sentences, paragraph])
    stored = [table.unpack(table.pack(0.5 * vectors[i] + 0.5 * vectors[2])) for i in range(2)]
    kept = minilm.score(question, [Candidate(s, "", 1.0 - i, stored[i]) for i, s in enumerate(sentences)])
    assert kept.similarities == pytest.approx(live.similarities, abs=0.01)
    assert kept.order == live.order


async def test_hybrid_candidates_find_a_sentence_without_the_question_words(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    question = "What scattered the fleet?"
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=minilm) as service:
        before = await service.ask(question, top=5)
        assert "A violent storm dispersed the ships near the coast." not in [h.text for h in before.hits]
        await service.embed_missing()
        after = await service.ask(question, top=5)
    assert not after.not_found
    assert "A violent storm dispersed the ships near the coast." in [h.text for h in after.hits]
    storm = next(h for h in after.hits if h.text.startswith("A violent storm"))
    assert storm.matched_terms == ()  # found by its meaning alone


async def test_hybrid_candidates_join_only_when_nearer_than_every_lexical_hit(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    # The lexical hit is the storm sentence itself: the other sentences, nearest to the question but farther than it,
    # would only fill the list with what the question did not ask (a realdocs-dev answer fell out of the top 5 so).
    docs = write_docs(tmp_path / "docs", DOCS)
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=minilm) as service:
        await service.embed_missing()
        await service.neighbours_loaded()
        answer = await service.ask("Did a violent storm disperse the ships near the coast?", top=5)
    assert answer.hits[0].text == "A violent storm dispersed the ships near the coast."
    assert all(hit.matched_terms for hit in answer.hits), [h.text for h in answer.hits]


async def test_not_found_stays_lexical_with_hybrid_candidates(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    reranker = SemanticReranker(CountingEncoder(), model_id="counting-1")
    async with open_service(docs, tmp_path / "db.sqlite3", reranker=reranker) as service:
        await service.embed_missing()
        assert service.embeddings_complete
        # no word of the question is in the documents: neighbours always exist, but do not make an answer
        answer = await service.ask("Who won the chess championship?")
    assert answer.not_found and answer.hits == ()


def test_answer_question_without_stored_vectors_is_unchanged(minilm: SemanticReranker) -> None:
    from retrieval.index.corpus import Corpus
    from retrieval.index.engine import RankBM25Engine
    from retrieval.models import DocumentInfo, IndexedSentence
    from retrieval.tokenize import tokenize

    texts = ["The fleet sailed from Dover.", "A storm dispersed the fleet near the coast."]
    sentences = [IndexedSentence(i + 1, 1, 0, i, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    corpus = Corpus.build(sentences, [DocumentInfo(1, "fleet.txt", "Fleet", 2)])
    engine = RankBM25Engine([s.tokens for s in sentences])
    plain = answer_question("What scattered the fleet?", corpus, engine, 2, minilm)
    empty = StoredEmbeddings(StoredVectorsNone())  # a store without vectors: the question-time path
    assert answer_question("What scattered the fleet?", corpus, engine, 2, minilm, empty) == plain


class StoredVectorsNone(StoredVectors):
    def __init__(self) -> None:
        self.db_path, self.model_id = Path("/nonexistent"), "none"

    def of(self, ids: Sequence[int]) -> dict[int, np.ndarray]:  # type: ignore[type-arg]
        return {}


def test_docbot_index_computes_the_vectors_with_progress(
    isolated: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import main

    write_docs(isolated / "docs", DOCS)
    monkeypatch.setenv("RERANKER", "minilm")
    assert main(["index", "--docs", "docs", "--db", "db.sqlite3"]) == 0
    out, _ = capsys.readouterr()
    assert "Semantic vectors: 6 sentences still to embed" in out
    assert "Embeddings: 6 of 6 sentences stored in" in out
    assert stored_count(isolated / "db.sqlite3") == 6
    # nothing left the second time: no vector line at all
    assert main(["index", "--docs", "docs", "--db", "db.sqlite3"]) == 0
    out, _ = capsys.readouterr()
    assert "Semantic vectors" not in out and "Embeddings:" not in out
    # one sentence more: said in the singular ("1 sentences still to embed" before)
    (isolated / "docs" / "heron.md").write_text("# Heron\n\nA grey heron waited by the river all morning.\n")
    assert main(["index", "--docs", "docs", "--db", "db.sqlite3"]) == 0
    out, _ = capsys.readouterr()
    assert "Semantic vectors: 1 sentence still to embed;" in out, out
    assert "Embeddings: 7 of 7 sentences stored in" in out
    monkeypatch.setenv("RERANKER", "none")
    write_docs(isolated / "docs", {"more.txt": "A third document arrives with one sentence.\n"})
    assert main(["index", "--docs", "docs", "--db", "db.sqlite3"]) == 0
    out, _ = capsys.readouterr()
    assert "Embeddings:" not in out and stored_count(isolated / "db.sqlite3") == 7  # RERANKER=none computes none
