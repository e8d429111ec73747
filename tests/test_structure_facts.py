"""The structure facts stored with each sentence (issue 13): decided when a document is written
(`ranking.document_structure`), stored by the store (retrieval/store/structure.py, migration 8) and read at snapshot
open, they give the rankings and answers of reading the rows; a store written before them answers by reading rows."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from retrieval.answer import ranking
from retrieval.answer.answering import asked_terms
from retrieval.answer.ranking import lead_in, points_away, rank_sentences
from retrieval.index.sqlite_corpus import SqliteSentences
from retrieval.ingest.walk import scan_documents
from retrieval.models import Answer
from retrieval.service import AnswerService
from retrieval.store import structure as stored_structure
from retrieval.store.database import MIGRATIONS, Store
from retrieval.tokenize import tokenize
from tests.files import UNDO_MIGRATIONS_AFTER_9, open_service

WORDS = ["hive", "smoker", "queen", "frame", "honey", "wax", "mite", "winter", "entrance", "brood", "swarm", "feeder"]


def sentence(rng: random.Random, end: str = ".") -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))).capitalize() + end


def document(rng: random.Random) -> str:
    """A made-up Markdown page: headings (some asking a question, as a FAQ's do), paragraphs of several sentences,
    lists under a lead-in ending in ':', tables with a header row of labels, paragraphs opening with a pronoun,
    questions the text asks itself and cross-references."""
    blocks = [f"# {sentence(rng, '').title()}"]
    for _ in range(rng.randint(4, 10)):
        kind = rng.random()
        if kind < 0.12:
            blocks.append(f"## {sentence(rng, rng.choice(['', '?']))}")
        elif kind < 0.3:
            blocks.append(sentence(rng, ":"))
            blocks.append("\n".join(f"- {sentence(rng)}" for _ in range(rng.randint(1, 5))))
        elif kind < 0.4:
            rows = ["| Frame | Honey weight | Notes |", "|---|---|---|"]
            rows += [f"| {rng.choice(WORDS)} | {rng.randint(1, 9)} kg | {sentence(rng)} |" for _ in range(3)]
            blocks.append("\n".join(rows))
        else:
            opening = rng.choice(["", "", "These are ", "It ", "For more information, see "])
            count = rng.randint(1, 4)
            texts = [sentence(rng, "?" if rng.random() < 0.15 else ".") for _ in range(count)]
            texts[0] = opening + texts[0][0].lower() + texts[0][1:] if opening else texts[0]
            blocks.append(" ".join(texts))
    # A FAQ entry: a heading that asks a question, the sentences under it answering without its words.
    blocks += [f"## {sentence(rng, '?')}", "Wet fuel is the usual cause.", "Damp needles starve the flame."]
    return "\n\n".join(blocks) + "\n"


def questions(rng: random.Random) -> list[str]:
    short = [" ".join(rng.sample(WORDS, rng.randint(1, 4))) + "?" for _ in range(12)]
    # A long question whose context is told before what it asks (its asked sentence's terms count once more).
    long = [
        f"I keep {' '.join(rng.sample(WORDS, 5))} near an orchard in a cold valley by the river meadow, where my"
        " neighbour grows apples and plums. "
        f"Why does the {' '.join(rng.sample(WORDS, 2))} fail?"
        for _ in range(3)
    ]
    return short + long


def write_documents(folder: Path, seed: int, count: int = 4) -> None:
    rng = random.Random(seed)
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"page{number}.md").write_text(document(rng), encoding="utf-8")


def shown(answer: Answer) -> tuple[object, ...]:
    return (
        answer.not_found,
        tuple((h.text, round(h.score, 9), h.context, h.matched_terms, h.sources) for h in answer.hits),
        tuple((h.text, round(h.score, 9)) for h in answer.weak),
    )


def snapshot_sentences(service: AnswerService) -> SqliteSentences:
    snapshot = service._snapshot
    assert snapshot is not None
    sentences = snapshot.corpus.sentences
    assert isinstance(sentences, SqliteSentences)
    return sentences


@pytest.mark.parametrize("seed", range(4))
async def test_stored_facts_rank_and_answer_as_reading_the_rows(tmp_path: Path, seed: int) -> None:
    docs = tmp_path / "docs"
    write_documents(docs, seed)
    async with open_service(docs, tmp_path / "db.sqlite3", engine="tantivy", reranker=None) as service:
        sentences = snapshot_sentences(service)
        facts = sentences.structure
        assert facts is not None
        # Each stored fact is what the rules find among the stored rows, whose headings read as gaps.
        positions = [p for p in range(len(sentences)) if sentences[p].document_id]
        assert [facts.section(p) for p in positions] == [sentences[p].section for p in positions]
        assert [facts.lead_in(p) for p in positions] == [lead_in(sentences, p) for p in positions]
        assert [facts.pointer(p) for p in positions] == [points_away(sentences, p) for p in positions]
        # The documents hold what the facts are for.
        assert sum(facts.lead_in(p) is not None for p in positions) >= 3
        assert sum(facts.pointer(p) for p in positions) >= 3
        assert len({facts.section(p) for p in positions}) >= 3

        snapshot = service._snapshot
        assert snapshot is not None
        lines = [line for path in sorted(docs.iterdir()) for line in path.read_text().split("\n")]
        faq = [line.removeprefix("## ") for line in lines if line.startswith("## ") and line.endswith("?")]
        assert faq
        asked = questions(random.Random(seed)) + faq
        with_facts = []
        for question in asked:
            terms = tokenize(question)
            ranked = rank_sentences(
                question, terms, sentences, snapshot.engine, None, 20, asked=asked_terms(question, "en", terms)
            )
            with_facts.append((ranked, shown(service.ask_now(question, top=5))))
        sentences.structure = None  # as a store without the facts: the rows are read
        for question, (ranked, answer) in zip(asked, with_facts, strict=True):
            terms = tokenize(question)
            assert ranked == rank_sentences(
                question, terms, sentences, snapshot.engine, None, 20, asked=asked_terms(question, "en", terms)
            ), question
            assert answer == shown(service.ask_now(question, top=5)), question
        assert any(r.context_terms for ranked, _ in with_facts for r in ranked)  # lead-ins counted
        assert any(r.asked_score for ranked, _ in with_facts for r in ranked)  # so did asked terms


def test_document_structure_is_decided_by_the_rules_of_the_ranking() -> None:
    """Headings are gaps, as in the stored rows; a list item's lead-in stands back over the items before it."""
    from retrieval.ingest.document import parse_document

    text = "# Bees\n\nA hive may hold:\n\n- a queen\n- many workers\n\n## Why swarm?\n\nFor more information, see X.\n"
    parsed, _ = parse_document("bees.md", text.encode(), 0, "en")
    facts = dict(zip((r.text for r in parsed.sentences), ranking.document_structure(parsed.sentences), strict=True))
    assert facts["A hive may hold:"] == (0, True)
    assert facts["a queen"] == (1, False)
    assert facts["many workers"] == (2, False)
    assert facts["Why swarm?"] == (0, False)  # a heading
    assert facts["For more information, see X."] == (0, True)  # the heading above is no lead-in


def as_version_7(db: Path) -> None:
    """Turn a store into what docbot wrote before migration 8: the same rows and meta without the structure facts
    (nor the mentions of migration 9 and the reindexes' record of 10)."""
    connection = sqlite3.connect(db, isolation_level=None)
    connection.executescript(
        f"BEGIN; {UNDO_MIGRATIONS_AFTER_9} DROP TABLE document_mentions;"
        " DROP INDEX sentences_structure; ALTER TABLE sentences DROP COLUMN structure;"
        f" DELETE FROM meta WHERE key = '{stored_structure.STRUCTURE_FROM_KEY}'; PRAGMA user_version = 7; COMMIT;"
    )
    connection.close()


async def test_a_store_written_before_the_facts_answers_by_reading_rows_until_its_documents_are_written_again(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    write_documents(docs, seed=7, count=3)
    asked = questions(random.Random(7))
    db = tmp_path / "db.sqlite3"
    async with open_service(docs, db, engine="tantivy", reranker=None) as service:
        expected = [shown(service.ask_now(q, top=5)) for q in asked]
    as_version_7(db)

    async with await Store.open(db) as store:  # migrations 8 on: the rows stored lie below 'structure_from'
        assert await store.schema_version() == len(MIGRATIONS) >= 8
        high = int(await store.get_meta("sentence_id_high") or 0)
        assert await store.get_meta(stored_structure.STRUCTURE_FROM_KEY) == str(high + 1)
        service = AnswerService(store, docs, engine="tantivy", reranker=None)
        await service.load()
        assert snapshot_sentences(service).structure is None
        assert [shown(service.ask_now(q, top=5)) for q in asked] == expected
        report = await service.reindex()
        assert report.unchanged == 3 and snapshot_sentences(service).structure is None
        # One document written again: the others' rows still have no facts.
        (docs / "page0.md").write_text(document(random.Random(99)), encoding="utf-8")
        await service.reindex()
        assert snapshot_sentences(service).structure is None
        # Every document written again: the facts are complete.
        for number in (1, 2):
            (docs / f"page{number}.md").write_text(document(random.Random(100 + number)), encoding="utf-8")
        await service.reindex()
        sentences = snapshot_sentences(service)
        facts = sentences.structure
        assert facts is not None
        positions = [p for p in range(len(sentences)) if sentences[p].document_id]
        assert [facts.lead_in(p) for p in positions] == [lead_in(sentences, p) for p in positions]
        assert [facts.pointer(p) for p in positions] == [points_away(sentences, p) for p in positions]


async def test_rows_written_without_facts_keep_the_snapshot_reading_rows(tmp_path: Path) -> None:
    """A writer that gives no facts (bench/actors.py, older callers) moves 'structure_from' past its rows."""
    docs = tmp_path / "docs"
    write_documents(docs, seed=3, count=2)
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        scan = scan_documents(docs, {})
        await store.apply_scan(scan, {})
        connection = sqlite3.connect(tmp_path / "db.sqlite3")
        try:
            assert stored_structure.load(connection) is None
        finally:
            connection.close()
