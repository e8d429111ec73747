"""An answer reads what it shows (retrieval/answer/answering.py, issue 13): the matched terms of the hits it keeps
only, and past those hits only the later exact duplicates of one, whose places join its sources as every ranked
duplicate's did when each ranked sentence was read."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from retrieval.answer.answering import _OVERFETCH, answer_question, fold_key
from retrieval.answer.ranking import LEAD_IN_REACH, rank_sentences
from retrieval.index.corpus import Corpus
from retrieval.index.tantivy_engine import TantivyEngine
from retrieval.models import Source
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.tokenize import tokenize

WORDS = ["lantern", "harbour", "ferry", "tide", "rope", "gull", "pier", "buoy", "anchor", "mist", "keel", "sail"]

TOP = 3


def shared_sentences(rng: random.Random) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 9))).capitalize() + "." for _ in range(30)]


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
        paragraphs.append(" ".join(variant(rng.choice(pool), rng) for _ in range(rng.randint(1, 4))))
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
    sentence = corpus.sentences[position]
    document = corpus.documents[sentence.document_id]
    return Source(document.path, document.title, sentence.paragraph, sentence.sentence, sentence.section, sentence.page)


async def test_every_ranked_duplicate_of_a_hit_is_one_of_its_sources(service: AnswerService) -> None:
    snapshot = service._require_snapshot()
    corpus, engine = snapshot.corpus, snapshot.engine
    assert isinstance(engine, TantivyEngine)
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
