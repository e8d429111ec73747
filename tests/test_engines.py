"""The engine contract, run against both engines (rank-bm25 in memory, tantivy on disk), the on-disk engine's paragraph
scoring, and the on-disk indexes' incremental updates, reload and crash repair through AnswerService
(retrieval/index/)."""

from __future__ import annotations

import gc
import json
import random
import shutil
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import pytest
from rank_bm25 import BM25Plus

from retrieval.answer import ranking as rerank
from retrieval.answer.ranking import PARAGRAPH_WEIGHT, PREVIOUS_WEIGHT, rank_sentences
from retrieval.index import persistence
from retrieval.index import tantivy_engine as engine_tantivy
from retrieval.index.engine import BM25_B, BM25_DELTA, BM25_K1, Engine, ParagraphAwareEngine, RankBM25Engine
from retrieval.index.persistence import AUTO_TANTIVY_SENTENCES, PersistentIndex, index_dir_for, use_tantivy
from retrieval.index.sqlite_corpus import SqliteSentences
from retrieval.index.tantivy_engine import TantivyEngine
from retrieval.ingest.walk import ScanProgress
from retrieval.models import DocumentInfo, IndexedSentence
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.store.reader import GENERATION_KEY
from retrieval.tokenize import tokenize

EngineMaker = Callable[[Sequence[Sequence[str]]], Engine]
ENGINES: dict[str, EngineMaker] = {"rank-bm25": RankBM25Engine, "tantivy": TantivyEngine.from_tokens}

CORPUS: list[list[str]] = [
    ["okapi", "forest", "ituri"],  # 0
    ["zebra", "plain", "dawn"],  # 1
    ["okapi", "okapi", "leav"],  # 2: "okapi" twice
    ["giraff", "neck"],  # 3
    ["zebra", "sleep", "stand"],  # 4
    ["okapi", "zebra", "forest"],  # 5: two query terms
    ["river", "fish", "net"],  # 6
    ["river", "fish", "net"],  # 7: same as 6
]


@pytest.fixture(params=sorted(ENGINES))
def make(request: pytest.FixtureRequest) -> EngineMaker:
    return ENGINES[request.param]


def positions(engine: Engine, terms: Sequence[str], limit: int = 10) -> list[int]:
    return [result.position for result in engine.search(terms, limit)]


# --- the contract ----------------------------------------------------------------------------------------------------


def test_size_known_terms_and_document_frequency(make: EngineMaker) -> None:
    engine = make(CORPUS)
    assert engine.size == len(CORPUS)
    assert engine.known_terms(["zebra", "unicorn", "okapi", "zebra"]) == ["zebra", "okapi"]
    assert engine.known_terms(["unicorn"]) == []
    assert engine.document_frequency("okapi") == 3  # counted once per sentence, not per occurrence
    assert engine.document_frequency("river") == 2
    assert engine.document_frequency("unicorn") == 0


def test_search_returns_only_sentences_with_a_query_term_best_first(make: EngineMaker) -> None:
    engine = make(CORPUS)
    results = engine.search(["okapi", "zebra"], 10)
    assert {r.position for r in results} == {0, 1, 2, 4, 5}
    assert results[0].position == 5  # the only sentence holding both terms
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert all(r.score > 0 for r in results)
    assert results[0].matched_terms == ("okapi", "zebra")
    by_position = {r.position: r for r in results}
    assert by_position[2].matched_terms == ("okapi",)
    assert by_position[1].matched_terms == ("zebra",)


def test_term_frequency_and_rarity_raise_the_score(make: EngineMaker) -> None:
    engine = make(CORPUS)
    assert positions(engine, ["okapi"])[0] == 2  # "okapi" twice in a sentence of the same length
    # "giraff" is in one sentence, "zebra" in three: the rarer term weighs more
    giraffe, zebra = engine.search(["giraff"], 1)[0], engine.search(["zebra"], 1)[0]
    assert giraffe.score > zebra.score


def test_ties_are_ordered_by_position(make: EngineMaker) -> None:
    engine = make(CORPUS)
    assert positions(engine, ["fish"]) == [6, 7]
    assert positions(engine, ["fish"], 1) == [6]
    many = [["same", "word"] for _ in range(40)]
    engine = make(many)
    assert positions(engine, ["same"], 5) == [0, 1, 2, 3, 4]  # the whole tie group is looked at, not tantivy's order
    assert positions(engine, ["same"], 50) == list(range(40))


def test_limit_and_empty_queries(make: EngineMaker) -> None:
    engine = make(CORPUS)
    assert len(engine.search(["okapi", "zebra", "river"], 3)) == 3
    assert engine.search(["okapi"], 0) == []
    assert engine.search([], 5) == []
    assert engine.search(["unicorn"], 5) == []


def test_empty_corpus(make: EngineMaker) -> None:
    engine = make([])
    assert engine.size == 0
    assert engine.search(["okapi"], 5) == []
    assert engine.known_terms(["okapi"]) == []
    assert engine.document_frequency("okapi") == 0


def test_both_engines_rank_alike(make: EngineMaker) -> None:
    # Different BM25 variants (BM25Plus and Lucene's) agree on clear-cut rankings of the same tokens.
    engine = make(CORPUS)
    assert positions(engine, ["river", "net", "neck"])[:2] == [6, 7]
    assert positions(engine, ["giraff", "okapi"])[0] == 3


def test_auto_switches_by_size() -> None:
    assert not use_tantivy("auto", AUTO_TANTIVY_SENTENCES - 1)
    assert use_tantivy("auto", AUTO_TANTIVY_SENTENCES)
    assert use_tantivy("tantivy", 0)
    assert not use_tantivy("rank-bm25", 10**9)
    with pytest.raises(ValueError, match="unknown engine"):
        use_tantivy("lucene", 0)


# --- the on-disk engine's paragraphs ----------------------------------------------------------------------------

BAYEUX = [
    ["The Bayeux Tapestry is an embroidered cloth.", "It was commissioned by Bishop Odo."],
    ["A statue was commissioned for the cathedral of Bayeux.", "Nobody knows who carved it."],
    ["Zebras graze on the plain.", "Okapis live in the forest."],
]


def bayeux() -> tuple[list[IndexedSentence], TantivyEngine]:
    sentences = [
        IndexedSentence(2 * p + i, 1, p + 2, i + 1, text, tuple(tokenize(text)))
        for p, texts in enumerate(BAYEUX)
        for i, text in enumerate(texts)
    ]
    engine = TantivyEngine.from_tokens([s.tokens for s in sentences], [s.paragraph for s in sentences])
    return sentences, engine


def test_tantivy_scores_a_sentence_with_its_paragraph_and_previous_sentence() -> None:
    sentences, engine = bayeux()
    assert isinstance(engine, ParagraphAwareEngine)
    question = "Who commissioned the Bayeux Tapestry?"
    terms = tokenize(question)
    own = {r.position: r for r in engine.search(terms, 10)}
    paragraphs = {p.unit: p for p in engine.paragraph_hits(terms, 10)}
    # A paragraph's unit is its first sentence's id, and its span the ids of its sentences.
    assert sorted((p.unit, p.span) for p in paragraphs.values()) == [(0, (0, 2)), (2, (2, 4))]
    ranked = {r.position: r for r in rank_sentences(question, terms, sentences, engine, None, 10)}
    # "It was commissioned by Bishop Odo.": its own BM25, its paragraph's, and the sentence before it
    expected = own[1].score + PARAGRAPH_WEIGHT * paragraphs[0].score + PREVIOUS_WEIGHT * own[0].score
    assert ranked[1].score == pytest.approx(expected)
    assert ranked[1].matched_terms == own[1].matched_terms == ("commiss",)
    assert ranked[1].context_terms == own[0].matched_terms
    # the first sentence of a paragraph has no previous sentence to lean on
    assert ranked[2].score == pytest.approx(own[2].score + PARAGRAPH_WEIGHT * paragraphs[2].score)
    assert ranked[2].context_terms == ()
    # a sentence without a word of the question is a candidate through its paragraph, matching nothing itself
    assert ranked[3].matched_terms == ()
    assert ranked[3].score == pytest.approx(PARAGRAPH_WEIGHT * paragraphs[2].score + PREVIOUS_WEIGHT * own[2].score)
    assert 4 not in ranked and 5 not in ranked  # nothing of the question in that paragraph


def test_tantivy_scores_every_candidates_paragraph_however_few_are_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    # 60 paragraphs of 3-5 sentences over a small vocabulary: many sentences and paragraphs share the question's words.
    pick = random.Random(3)
    words = [f"w{i}" for i in range(40)]
    sentences: list[IndexedSentence] = []
    for paragraph in range(60):
        for number in range(pick.randint(3, 5)):
            tokens = tuple(pick.choices(words, k=pick.randint(3, 9)))
            sentences.append(IndexedSentence(len(sentences), 1, paragraph, number, " ".join(tokens), tokens))
    engine = TantivyEngine.from_tokens([s.tokens for s in sentences], [s.paragraph for s in sentences])
    for terms in (["w1", "w7", "w30"], ["w0"], ["w12", "w13"]):
        full = {r.position: r for r in rank_sentences("What?", terms, sentences, engine, None, len(sentences))}
        with monkeypatch.context() as patched:
            patched.setattr(rerank, "DISK_SENTENCE_CANDIDATES", 2)
            patched.setattr(rerank, "DISK_PARAGRAPH_CANDIDATES", 1)
            few = rank_sentences("What?", terms, sentences, engine, None, len(sentences))
        assert 0 < len(few) < len(full)
        for result in few:  # fewer candidates, each scored exactly as with all of them
            assert result.score == pytest.approx(full[result.position].score)
            assert result.matched_terms == full[result.position].matched_terms
            assert result.context_terms == full[result.position].context_terms


def test_in_memory_scores_are_rank_bm25s_bm25plus() -> None:
    # The engine adds up each term's weight over the sentences holding it; rank-bm25 scores every sentence for every
    # term. Same scores, less the IDF x delta every sentence gets for every query term, on every sentence and query.
    pick = random.Random(7)
    words = [f"w{i}" for i in range(40)]
    corpus = [pick.choices(words, k=pick.randint(1, 15)) for _ in range(300)] + [[]]
    engine = RankBM25Engine(corpus)
    reference = BM25Plus([tokens or [""] for tokens in corpus], k1=BM25_K1, b=BM25_B, delta=BM25_DELTA)
    for size in (1, 2, 5, 12, 40):
        terms = [*pick.sample(words, size), "unknown"]
        expected = reference.get_scores(terms) - sum(reference.idf.get(t, 0.0) * BM25_DELTA for t in terms)
        results = engine.search(terms, len(corpus))
        assert {r.position for r in results} == {p for p, tokens in enumerate(corpus) if set(tokens) & set(terms)}
        for result in results:
            assert result.score == pytest.approx(expected[result.position], abs=1e-9)
            held = set(corpus[result.position])
            assert result.matched_terms == tuple(t for t in dict.fromkeys(terms) if t in held)
        assert [(-round(r.score, 9), r.position) for r in results] == sorted(
            (-round(r.score, 9), r.position) for r in results
        )
    odd = engine.search(["w1", "w2", "w3"], 50, within=lambda position: position % 2 == 1)
    assert odd and all(r.position % 2 == 1 for r in odd)
    assert odd == [r for r in engine.search(["w1", "w2", "w3"], len(corpus)) if r.position % 2 == 1][:50]


def test_filtered_queries_score_as_the_whole_index() -> None:
    pick = random.Random(5)
    words = [f"w{i}" for i in range(30)]
    corpus = [pick.choices(words, k=pick.randint(2, 12)) for _ in range(200)]
    engine = TantivyEngine.from_tokens(corpus, [position // 4 for position in range(len(corpus))])
    terms = ["w2", "w3", "w29"]
    everything = {h.position: h for h in engine.sentence_hits(terms, len(corpus))}
    paragraphs = engine.paragraph_hits(terms, 100)
    assert [p.unit for p in paragraphs if p.span != (p.unit, p.unit + 4)] == []
    chosen = paragraphs[3:9]
    inside = engine.sentence_hits_in(terms, chosen)
    expected = {p for p in everything if any(first <= p < end for first, end in (c.span for c in chosen))}
    assert {h.position for h in inside} == expected and expected
    for hit in inside:
        assert hit.score == pytest.approx(everything[hit.position].score)
        assert hit.unit == everything[hit.position].unit
    scores = engine.paragraph_scores(terms, [p.unit for p in paragraphs[::7]] + [10**6])
    assert scores == pytest.approx({p.unit: p.score for p in paragraphs[::7]})
    assert engine.paragraph_scores(terms, []) == {} and engine.sentence_hits_in(terms, []) == []


def test_a_paragraph_is_a_run_of_consecutive_ids() -> None:
    class Recorder:
        def __init__(self) -> None:
            self.added: list[dict[str, list[object]]] = []

        def add_document(self, document: object) -> None:
            self.added.append(document.to_dict())  # type: ignore[attr-defined]

    sentences, paragraphs = Recorder(), Recorder()
    rows = [
        (10, "a.txt", 1, 1, "title"),
        (11, "a.txt", 1, 2, "x y"),
        (12, "a.txt", 1, 2, "z"),
        (14, "a.txt", 1, 2, "after a gap"),  # not the same run: a paragraph's ids are exactly its sentences
        (15, "b.txt", 2, 2, "other document"),  # same paragraph number, other document
    ]
    engine_tantivy.add_rows(rows, sentences, paragraphs)  # type: ignore[arg-type]
    assert [(d["sentence_id"], d["paragraph"]) for d in sentences.added] == [
        ([10], [10]),
        ([11], [11]),
        ([12], [11]),
        ([14], [14]),
        ([15], [15]),
    ]
    assert [(d["paragraph"], d["end"], d["tokens"], d["path"]) for d in paragraphs.added] == [
        ([10], [11], ["title"], ["a.txt"]),
        ([11], [13], ["x y z"], ["a.txt"]),
        ([14], [15], ["after a gap"], ["a.txt"]),
        ([15], [16], ["other document"], ["b.txt"]),
    ]


# --- through the service: incremental updates, reload, crash repair -----------------------------------------------

ALPHA = "Alpha report\n\nThe okapi lives in the Ituri forest. It eats leaves and fruit.\n\nOkapis are rarely seen.\n"
BETA = "Beta report\n\nThe zebra crosses the plain at dawn.\n\nZebras sleep standing up.\n"
GAMMA = "Gamma report\n\nThe giraffe has a long neck.\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "alpha.txt").write_text(ALPHA)
    (folder / "beta.txt").write_text(BETA)
    (folder / "gamma.md").write_text(GAMMA)
    return folder


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "docbot.sqlite3"


@pytest.fixture(params=["rank-bm25", "tantivy"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Opened:
    """A service over a store, closed at the end of the test."""

    def __init__(self) -> None:
        self.stores: list[Store] = []

    async def __call__(self, docs: Path, db: Path, engine: str) -> AnswerService:
        store = await Store.open(db)
        self.stores.append(store)
        return AnswerService(store, docs, engine=engine, follow_every=0.0)


@pytest.fixture
async def opened() -> AsyncIterator[Opened]:
    holder = Opened()
    try:
        yield holder
    finally:
        for store in holder.stores:
            await store.close()


def top_text(service: AnswerService, question: str) -> str | None:
    answer = service.ask_now(question)
    return answer.hits[0].text if answer.hits else None


def stored_paragraphs(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(
            connection.execute(
                "SELECT COUNT(DISTINCT document_id || '/' || paragraph) FROM sentences WHERE kind != 'heading'"
            ).fetchone()[0]
        )


def store_generation(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)).fetchone()
    return int(row[0])


async def test_incremental_add_change_remove(docs: Path, db: Path, engine_name: str, opened: Opened) -> None:
    service = await opened(docs, db, engine_name)
    report = await service.reindex()
    assert report.sentences == 3 + 2 + 2  # each .txt file's first line is its title: a heading, not indexed
    assert top_text(service, "Where does the okapi live?") == "The okapi lives in the Ituri forest."
    (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants at night.\n")
    (docs / "beta.txt").write_text("Beta report\n\nThe zebra runs from the lion.\n")
    (docs / "gamma.md").unlink()
    report = await service.reindex()
    assert (report.added, report.changed, report.removed) == (("delta.txt",), ("beta.txt",), ("gamma.md",))
    assert report.sentences == 3 + 1 + 1
    assert top_text(service, "What does the pangolin eat?") == "The pangolin eats ants at night."
    assert top_text(service, "What does the zebra run from?") == "The zebra runs from the lion."
    assert top_text(service, "giraffe neck") is None  # removed with its document
    assert service.ask_now("zebra dawn").hits[0].text == "The zebra runs from the lion."  # old sentence gone
    assert [d.path for d in service.sources()] == ["alpha.txt", "beta.txt", "delta.txt"]
    assert store_generation(db) == 2
    if engine_name == "tantivy":
        recorded = PersistentIndex(db).recorded()
        assert recorded is not None and recorded["generation"] == 2 and recorded["sentences"] == 5
        assert recorded["paragraphs"] == stored_paragraphs(db) == 2 + 1 + 1
        engine = service._require_snapshot().engine
        assert isinstance(engine, TantivyEngine)
        assert engine.paragraph_hits(["giraff"], 5) == []  # the removed document's paragraphs are gone
        assert len(engine.paragraph_hits(["pangolin"], 5)) == 1
        (hit,) = engine.paragraph_hits(["lion"], 5)
        assert [engine.search(["lion"], 1)[0].position] == list(range(*hit.span))
    else:
        assert not index_dir_for(db).exists()  # rank-bm25 leaves no index on disk


async def test_context_and_paragraphs_through_either_corpus(
    docs: Path, db: Path, engine_name: str, opened: Opened
) -> None:
    service = await opened(docs, db, engine_name)
    await service.reindex()
    hit = service.ask_now("What does it eat? leaves fruit").hits[0]
    assert hit.text == "It eats leaves and fruit."
    assert hit.context.before == ("The okapi lives in the Ituri forest.",)  # leans on the sentence before it
    assert hit.context.after == ("Okapis are rarely seen.",)
    paragraph = service.paragraph_of(hit.sentence_id)
    assert [s.text for s in paragraph] == ["The okapi lives in the Ituri forest.", "It eats leaves and fruit."]
    assert service.paragraph_of(10**6) == []
    assert service._require_snapshot().corpus.documents[paragraph[0].document_id].title == "Alpha report"


async def test_start_up_opens_the_index_without_rebuilding(
    docs: Path, db: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await opened(docs, db, "tantivy")
    await first.reindex()
    expected = top_text(first, "okapi forest")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("rebuilt an index that was in step")

    monkeypatch.setattr(PersistentIndex, "_rebuild", refuse)
    second = await opened(docs, db, "tantivy")
    await second.load()
    assert top_text(second, "okapi forest") == expected
    report = await second.reindex()  # nothing changed on disk: nothing to write
    assert report.sentences == 7 and not report.touched


async def test_reading_every_document_again_rebuilds_the_index_without_a_warning(
    docs: Path, db: Path, opened: Opened, caplog: pytest.LogCaptureFixture
) -> None:
    """A docbot that reads documents differently reads them all again and rebuilds the search index: expected after
    every upgrade, and was logged as a warning that the index was "out of step with the database"."""
    first = await opened(docs, db, "tantivy")
    await first.reindex()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE meta SET value = 'older' WHERE key = 'ingest_version'")
    second = await opened(docs, db, "tantivy")
    with caplog.at_level("INFO", logger="retrieval.index.persistence"):
        report = await second.reindex()
    assert report.sentences == 7 and top_text(second, "okapi forest") is not None
    logged = [r for r in caplog.records if r.name == "retrieval.index.persistence"]
    assert not [r for r in logged if r.levelname != "INFO"]
    assert any("read again" in r.getMessage() for r in logged)


async def test_crash_between_store_and_index_is_repaired_at_start_up(docs: Path, db: Path, opened: Opened) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    # A writer that updates SQLite but not the index (as a crash right after the store's commit would leave it).
    (docs / "beta.txt").write_text("Beta report\n\nThe zebra runs from the lion.\n")
    other = await opened(docs, db, "rank-bm25")
    await other.reindex()
    recorded = PersistentIndex(db).recorded()
    assert recorded is not None and recorded["generation"] == 1 and store_generation(db) == 2
    restarted = await opened(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "What does the zebra run from?") == "The zebra runs from the lion."
    assert top_text(restarted, "zebra dawn") != "The zebra crosses the plain at dawn."
    recorded = PersistentIndex(db).recorded()
    assert recorded is not None and recorded["generation"] == 2


async def test_crash_after_index_commit_before_its_record(
    docs: Path, db: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    (docs / "gamma.md").write_text("Gamma report\n\nThe giraffe eats acacia leaves.\n")

    def crash(self: PersistentIndex, generation: int, sentences: int, paragraphs: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(PersistentIndex, "_record", crash)
    report = await service.reindex()  # the documents are saved; the search index could not be
    assert len(report.problems) == 1 and "disk full" in report.problems[0]
    assert "previous index is still answering" in report.problems[0]
    # The failed swap left the previous snapshot answering, consistently.
    assert top_text(service, "giraffe neck") == "The giraffe has a long neck."
    monkeypatch.undo()
    restarted = await opened(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "What does the giraffe eat?") == "The giraffe eats acacia leaves."
    assert top_text(restarted, "giraffe neck") != "The giraffe has a long neck."


async def test_context_scoring_of_both_engines_ranks_alike(docs: Path, db: Path, opened: Opened) -> None:
    # Odo's sentence holds one of the question's words, the statue's two: its paragraph and the sentence before it
    # put it ahead. The sentence after the statue's comes in through its paragraph alone, holding no word of the
    # question, with the statue's sentence (a hit above it) as its context: it would show that evidence twice, so it
    # is folded away. (A Markdown file: its first line "Bayeux" is a paragraph, where a .txt file's would be a title.)
    for name in ("alpha.txt", "beta.txt", "gamma.md"):
        (docs / name).unlink()
    (docs / "bayeux.md").write_text("Bayeux\n\n" + "\n\n".join(" ".join(texts) for texts in BAYEUX) + "\n")
    expected = [
        "The Bayeux Tapestry is an embroidered cloth.",
        "It was commissioned by Bishop Odo.",
        "A statue was commissioned for the cathedral of Bayeux.",
        "Bayeux",
    ]
    for name in ("rank-bm25", "tantivy"):
        service = await opened(docs, db.with_name(f"{name}.sqlite3"), name)
        await service.reindex()
        answer = service.ask_now("Who commissioned the Bayeux Tapestry?")
        assert [hit.text for hit in answer.hits] == expected, (name, [(h.text, h.score) for h in answer.hits])
        assert "Nobody knows who carved it." not in [hit.text for hit in answer.hits]


async def test_crash_between_the_two_index_commits_is_repaired(
    docs: Path, db: Path, opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    (docs / "gamma.md").write_text("Gamma report\n\nThe giraffe eats acacia leaves.\n")
    writers = engine_tantivy.open_writers

    class FailingCommit:
        def __init__(self, writer: object) -> None:
            self._writer = writer

        def __getattr__(self, name: str) -> object:
            return getattr(self._writer, name)

        def commit(self) -> None:
            raise OSError("disk full")

    def failing(*args: object, **kwargs: object) -> tuple[object, object]:
        sentences, paragraphs = writers(*args, **kwargs)  # type: ignore[arg-type]
        return sentences, FailingCommit(paragraphs)

    monkeypatch.setattr(persistence, "open_writers", failing)
    report = await service.reindex()  # the sentence index committed, the paragraph index did not
    assert len(report.problems) == 1 and "disk full" in report.problems[0]
    assert top_text(service, "giraffe neck") == "The giraffe has a long neck."  # the previous snapshot answers
    monkeypatch.undo()
    restarted = await opened(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "What does the giraffe eat?") == "The giraffe eats acacia leaves."
    recorded = PersistentIndex(db).recorded()
    assert recorded is not None and recorded["generation"] == store_generation(db) == 2
    assert recorded["paragraphs"] == stored_paragraphs(db)


async def test_damaged_or_missing_paragraph_index_is_rebuilt(docs: Path, db: Path, opened: Opened) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    paragraphs = index_dir_for(db) / "paragraphs"
    (paragraphs / "meta.json").write_text("not json")
    restarted = await opened(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "What does it eat? leaves fruit") == "It eats leaves and fruit."
    shutil.rmtree(paragraphs)
    again = await opened(docs, db, "tantivy")
    await again.load()
    engine = again._require_snapshot().engine
    assert isinstance(engine, TantivyEngine) and len(engine.paragraph_hits(["okapi"], 5)) == 2
    record = json.loads((index_dir_for(db) / "docbot-index.json").read_text())
    assert record["paragraphs"] == stored_paragraphs(db) == 6


async def test_damaged_or_missing_index_is_rebuilt(docs: Path, db: Path, opened: Opened) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    directory = index_dir_for(db)
    (directory / "meta.json").write_text("not json")
    restarted = await opened(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "okapi forest") == "The okapi lives in the Ituri forest."
    shutil.rmtree(directory)
    again = await opened(docs, db, "tantivy")
    await again.load()
    assert top_text(again, "okapi forest") == "The okapi lives in the Ituri forest."
    record = json.loads((directory / "docbot-index.json").read_text())
    assert record["sentences"] == 7


async def test_other_process_reindex_is_followed(docs: Path, db: Path, opened: Opened, engine_name: str) -> None:
    reader = await opened(docs, db, engine_name)
    await reader.reindex()
    writer = await opened(docs, db, engine_name)
    await writer.load()
    (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants at night.\n")
    await writer.reindex()
    answer = await reader.ask("What does the pangolin eat?")
    assert answer.hits and answer.hits[0].text == "The pangolin eats ants at night."


async def test_snapshot_stays_consistent_while_the_store_changes(docs: Path, db: Path, opened: Opened) -> None:
    service = await opened(docs, db, "tantivy")
    await service.reindex()
    pinned = PersistentIndex(db).open_snapshot()
    sentences = pinned.corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    before = pinned.engine.search(["zebra"], 5)
    (docs / "beta.txt").unlink()
    await service.reindex()  # deletes beta's rows in SQLite while the pinned snapshot still reads them
    for result in before:
        assert "ebra" in sentences[result.position].text
    sentences.close()


async def test_a_reindex_keeps_the_served_documents_it_did_not_change(
    docs: Path, db: Path, opened: Opened, engine_name: str
) -> None:
    """The index read after a reindex gives each document it did not change as the object the index served before:
    those of start-up's index are frozen (bot/client.py), and new ones were walked by every later full garbage
    collection (10,000 of the 46,000 objects walked after /reindex at 1M sentences, docs/benchmarks.md)."""
    service = await opened(docs, db, engine_name)
    await service.reindex()
    before = {d.path: d for d in service.sources()}
    gc.collect()
    gc.freeze()  # as the bot after start-up: what lives now is not walked
    try:
        (docs / "beta.txt").write_text(BETA + "\nZebras drink at the river.\n")
        (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants at night.\n")
        await service.reindex()
        after = service.sources()
        assert [d.path for d in after] == ["alpha.txt", "beta.txt", "delta.txt", "gamma.md"]
        assert [d.path for d in after if d is before.get(d.path)] == ["alpha.txt", "gamma.md"]
        beta = after[1]
        assert beta.sentence_count == before["beta.txt"].sentence_count + 1
        assert service.ask_now("Where do zebras drink?").hits[0].source.path == "beta.txt"
        # What the collector walks now of the documents: only the two the reindex wrote.
        walked = sorted(o.path for o in gc.get_objects() if isinstance(o, DocumentInfo))
        assert walked == ["beta.txt", "delta.txt"]
    finally:
        gc.unfreeze()


def test_parallel_reading_gives_the_same_scan(docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from retrieval.ingest import walk as ingest

    for number in range(6):
        (docs / f"extra{number}.txt").write_text(f"Extra {number}\n\nThe heron waits by the pond number {number}.\n")
    (docs / "broken.txt").write_bytes(b"\x00\x01binary")
    sequential = ingest.scan_documents(docs, {})
    monkeypatch.setattr(ingest, "PARALLEL_MIN_BYTES", 0)
    progress: list[ScanProgress] = []
    parallel = ingest.scan_documents(docs, {}, progress=progress.append)
    assert parallel == sequential
    # the sentences read are those the report counts: headings (each extra's title) are stored but not answers
    answers = sum(1 for doc in sequential.parsed for sentence in doc.sentences if sentence.kind != "heading")
    assert [p.files_done for p in progress] == list(range(1, 11)) and progress[-1].sentences == answers == 7 + 6
    # files read by worker processes move the bytes as each is done
    assert progress[-1].bytes_done == progress[-1].bytes_total > 0


def test_holds_any_sees_only_the_view() -> None:
    from retrieval.index.scoped import FilteredEngine

    engine = RankBM25Engine([["okapi", "forest"], ["zebra", "plain"]])
    assert engine.holds_any(["zebra", "lion"]) and not engine.holds_any(["lion"])
    first_only = FilteredEngine(engine, lambda position: position == 0)
    assert first_only.holds_any(["okapi"]) and not first_only.holds_any(["zebra"])
    assert first_only.known_terms(["zebra"]) == ["zebra"]  # the statistics still count every collection
