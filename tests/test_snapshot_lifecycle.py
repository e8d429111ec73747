"""The serving snapshot of the on-disk engine over months: its read transaction, moved on while its documents are
unchanged, lets SQLite write the log back and start it afresh, so the questions recorded between reindexes do not
grow the write-ahead log without end; a snapshot swapped out is closed once its last question is answered. Real
SQLite files, the real tantivy engine, the real feedback record."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import weakref
from pathlib import Path

import pytest

from retrieval import protocols
from retrieval import service as service_module
from retrieval.answer import answering
from retrieval.answer.semantic import SemanticReranker
from retrieval.feedback import Feedback
from retrieval.index.sqlite_corpus import SqliteSentences
from retrieval.service import AnswerService
from retrieval.store import embeddings, feedback
from retrieval.store.database import Store
from retrieval.store.reader import WAL_SIZE_LIMIT_BYTES
from tests.files import open_service

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
QUESTIONS = 600


def wal_bytes(db: Path) -> int:
    log = db.with_name(db.name + "-wal")
    return log.stat().st_size if log.exists() else 0


async def record_questions(db: Path, docs: Path, roll_every: float, monkeypatch: pytest.MonkeyPatch) -> int:
    """The write-ahead log's size after `QUESTIONS` questions answered from the on-disk engine and recorded."""
    monkeypatch.setattr(service_module, "ROLL_FORWARD_SECONDS", roll_every)
    async with open_service(docs, db, engine="tantivy") as service:
        assert isinstance(service._require_snapshot().corpus.sentences, SqliteSentences)
        feedback = Feedback(db)
        for number in range(QUESTIONS):
            answer = await service.ask(f"What did Putin say about a ceasefire in week {number}?")
            assert answer.hits
            assert await feedback.record_question(answer, 1, 2) is not None
        size = wal_bytes(db)
    return size


async def test_recorded_questions_do_not_grow_the_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    held = await record_questions(tmp_path / "held.sqlite3", docs, 3600.0, monkeypatch)
    rolled = await record_questions(tmp_path / "rolled.sqlite3", docs, 0.0, monkeypatch)
    # held for the whole run, the log keeps every question's pages; moved on, it is written back and reused
    assert held > 4 * rolled, (held, rolled)


async def test_the_transaction_stays_when_documents_were_written(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    db = tmp_path / "db.sqlite3"
    async with await Store.open(db) as store, await Store.open(db) as other_store:
        serving = AnswerService(store, docs, engine="tantivy")
        await serving.reindex()
        sentences = serving._require_snapshot().corpus.sentences
        assert isinstance(sentences, SqliteSentences)
        first = next(i for i in range(len(sentences)) if sentences[i].text)
        text = sentences[first].text
        assert sentences.roll_forward()  # nothing written: it moves
        # another process rewrites the documents: the snapshot must keep reading the rows its search index holds
        for path in docs.iterdir():
            path.write_text("Replaced\n\nThe okapi lives in the Ituri forest.\n")
        writer = AnswerService(other_store, docs, engine="tantivy")
        await writer.reindex()
        assert not sentences.roll_forward()
        sentences._cache.clear()
        sentences._built.clear()
        assert sentences[first].text == text
        await writer.close()
        await serving.close()


async def test_writing_connections_cut_the_log_back(tmp_path: Path) -> None:
    # a reindex or the vectors' pass can write hundreds of MB through the log: once written back, it is cut to size
    db = tmp_path / "db.sqlite3"
    async with await Store.open(db):
        for connect in (embeddings.connect_writer, feedback.connect):
            connection = connect(db)
            try:
                assert connection.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_SIZE_LIMIT_BYTES
            finally:
                connection.close()


def closed(sentences: SqliteSentences) -> bool:
    try:
        sentences._db.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


async def test_a_swapped_out_snapshot_is_closed_after_its_last_question(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    async with open_service(docs, tmp_path / "db.sqlite3", engine="tantivy") as service:
        first = service._require_snapshot()
        (docs / "okapi.txt").write_text("Okapi\n\nThe okapi lives in the Ituri forest.\n")
        with first.lease():  # a question still reading the old snapshot while the reindex swaps
            await service.reindex()
            assert service._require_snapshot() is not first
            assert not closed(first.corpus.sentences)
            assert first.corpus.sentences[0] is not None
        assert closed(first.corpus.sentences)
        second = service._require_snapshot()
        (docs / "okapi.txt").write_text("Okapi\n\nThe okapi lives in the Congo.\n")
        await service.reindex()  # no question reads it: closed at once
        assert closed(second.corpus.sentences)
        assert (await service.ask("Where does the okapi live?")).hits[0].text == "The okapi lives in the Congo."
        third = service._require_snapshot().corpus.sentences
        assert isinstance(third, SqliteSentences)
        await service.close()
        assert closed(third)
        # a roll forward still under way when its snapshot closed (its generation still current) opens nothing that
        # would outlive it
        assert not third.roll_forward()
        assert closed(third)


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_the_answering_caches_stay_bounded_over_many_reindexes(
    tmp_path: Path, engine: str, minilm: SemanticReranker
) -> None:
    """A bot left for months reindexes again and again and answers in several collections and languages: the heading
    index kept per corpus and language (`answering._HEADED_RUNS`) holds the last `_HEADED_RUNS_KEPT` only, the answers
    kept per class and protocol (`protocols._DECIDED`) do not grow with reindexes, and neither keeps a swapped-out
    snapshot's corpus alive."""
    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    (docs / "harbour").mkdir()
    corpora: list[weakref.ref[object]] = []
    decided = 0
    async with open_service(docs, tmp_path / "db.sqlite3", engine=engine, reranker=minilm) as service:
        for week in range(6):
            (docs / "harbour" / "ferry.md").write_text(
                f"# Ferry\n\nThe ferry left the harbour at {week + 1} o'clock in week {week}.\n", encoding="utf-8"
            )
            await service.reindex()
            corpora.append(weakref.ref(service._require_snapshot().corpus))
            for scope in (None, frozenset({"harbour"})):
                assert (await service.ask("When did the ferry leave?", scope=scope)).hits
                await service.ask("Quand le ferry a-t-il quitté le port ?", scope=scope)  # another language's terms
            assert 1 <= len(answering._HEADED_RUNS) <= answering._HEADED_RUNS_KEPT
            decided = decided or len(protocols._DECIDED)
            assert len(protocols._DECIDED) == decided
        gc.collect()
        assert [ref() is not None for ref in corpora] == [False] * 5 + [True]
