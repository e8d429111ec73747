"""Ranking on the seed document, the BM25 variant choice, tie-breaking and "not found"."""

from __future__ import annotations

import math
import shutil
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from rank_bm25 import BM25Okapi

from retrieval.index.engine import RankBM25Engine
from retrieval.ingest.decode import decode_bytes
from retrieval.service import AnswerService
from retrieval.tokenize import tokenize
from tests.files import open_service, write_docs
from tests.test_text import document_sentences

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED = SEEDS / "000_9b990c146cc40a5f.txt"


@pytest.fixture(params=["lexical", "minilm"])
async def seed_service(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[AnswerService]:
    """The seed indexed, answering lexically and with the semantic reranker: the seed's answers hold for both."""
    reranker = request.getfixturevalue("minilm") if request.param == "minilm" else None
    async with open_service(SEEDS, tmp_path / "db.sqlite3", reranker=reranker) as service:
        yield service


async def texts(service: AnswerService, question: str, top: int = 5) -> list[str]:
    answer = await service.ask(question, top=top)
    assert not answer.not_found, answer.reason
    return [hit.text for hit in answer.hits]


async def test_putin_on_a_ceasefire(seed_service: AnswerService) -> None:
    top = await texts(seed_service, "What did Putin say about a ceasefire?")
    assert set(top[:2]) == {
        "Reacting to Erdogan's proposal for the joint communique to call for a ceasefire in Idlib, Putin said "
        '"a ceasefire would be good" but indicated that Moscow does not think it will hold.',
        "Putin said a ceasefire would be pointless as it would not involve Islamist militant groups it deems "
        "terrorists.",
    }


async def test_chemical_attack_preparations(seed_service: AnswerService) -> None:
    top = await texts(seed_service, "Who is accused of preparing a chemical attack?")
    assert top[0] == (
        "The U.S. and its allies, however, believe it is Assad's forces who appear to be preparing a chemical "
        "attack in Idlib."
    )


async def test_rouhani_on_us_sanctions(seed_service: AnswerService) -> None:
    answer = await seed_service.ask("What did Rouhani say about U.S. sanctions?")
    first = answer.hits[0]
    assert "counter U.S. sanctions" in first.text
    assert set(first.matched_terms) == {"rouhani", "us", "sanction"}
    assert (first.source.path, first.source.paragraph, first.source.sentence) == (SEED.name, 4, 1)
    assert first.source.title == "Putin urges Russian special services, military to closely cooperate with Iran, Turkey"


async def test_people_killed_in_the_war(seed_service: AnswerService) -> None:
    top = await texts(seed_service, "How many people have been killed in the war?")
    assert any("half-million" in text or "500,000" in text for text in top[:2]), top[:2]


async def test_numbers_in_questions_match_numbers_in_sentences(seed_service: AnswerService) -> None:
    top = await texts(seed_service, "Who are the 10000 fighters?")
    assert "An estimated 10,000 Al-Qaeda-linked fighters" in top[0]


async def test_not_found_for_a_question_sharing_no_word(seed_service: AnswerService) -> None:
    answer = await seed_service.ask("What is the capital of Peru?")
    assert answer.not_found
    assert answer.hits == () and answer.weak == ()
    assert "shares a meaningful word" in answer.reason
    only_stop_words = await seed_service.ask("What is it?")
    assert only_stop_words.not_found and only_stop_words.hits == ()


def seed_corpus() -> list[list[str]]:
    text = decode_bytes(SEED.read_bytes()).text
    return [tokenize(record.text) for record in document_sentences(text)]


def test_bm25_variant_choice_on_the_seed() -> None:
    corpus = seed_corpus()
    size = len(corpus)
    frequency = Counter(term for tokens in corpus for term in set(tokens))
    common = sorted(term for term, count in frequency.items() if count * 2 >= size)
    assert common == ["idlib"]  # the article is about Idlib: it is in more than half the sentences
    df = frequency["idlib"]

    # rank_bm25's BM25Okapi: log((N - df + 0.5) / (df + 0.5)) is negative here, so the term gets the floor
    # epsilon * average IDF, the same weight as any other term that common, whatever its frequency.
    okapi = BM25Okapi(corpus)
    assert math.log((size - df + 0.5) / (df + 0.5)) < 0
    assert okapi.idf["idlib"] == pytest.approx(okapi.epsilon * okapi.average_idf)

    # docbot's engine (BM25Plus): log((N + 1) / df), positive for every term, no floor.
    engine = RankBM25Engine(corpus)
    assert engine.idf("idlib") == pytest.approx(math.log((size + 1) / df))
    assert engine.idf("idlib") > 0
    # and rarer terms still weigh more
    assert engine.idf("ceasefir") > engine.idf("syria") > engine.idf("idlib")


def test_bm25okapi_zeroes_a_term_in_half_the_sentences() -> None:
    # rank_bm25 issue #29: in half the sentences exactly, BM25Okapi's IDF is log(1) = 0 and so is every score.
    corpus = [tokenize("The okapi lives in Idlib."), tokenize("Zebras graze on the plain.")]
    okapi = BM25Okapi(corpus)
    assert okapi.idf["okapi"] == 0
    assert list(okapi.get_scores(["okapi"])) == [0, 0]
    engine = RankBM25Engine(corpus)
    results = engine.search(["okapi"], 5)
    assert [r.position for r in results] == [0]
    assert results[0].score > 0


async def test_same_question_twice_gives_the_same_order(seed_service: AnswerService) -> None:
    for question in ("What did Putin say about a ceasefire?", "Idlib", "Syria Russia Iran Turkey summit"):
        first = await seed_service.ask(question, top=10)
        second = await seed_service.ask(question, top=10)
        assert first == second
        assert [h.score for h in first.hits] == sorted((h.score for h in first.hits), reverse=True)


async def test_equal_scores_are_ordered_by_path_paragraph_sentence(tmp_path: Path) -> None:
    # Sentences of equal length, each holding "okapi" once and alone in its paragraph, score the same; written out
    # of order on purpose. A paragraph of two such sentences is added too: whether those tie is up to the ranking.
    equal = {
        "b.txt": "Bee\n\nThe okapi runs fast.\n",
        "sub/a.txt": "Sub\n\nThe okapi eats fast.\n",
        "a.txt": "Ay\n\nThe okapi naps fast.\n\nThe okapi hums fast.\n",
        "c.txt": "Cee\n\nThe okapi sits fast. The okapi nods fast.\n",
    }
    docs = write_docs(tmp_path / "docs", equal)
    shutil.copy(SEED, docs / "zz-seed.txt")  # unrelated sentences around them
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = await service.ask("okapi", top=10)
    assert len(answer.hits) == 6
    groups: dict[float, list[tuple[str, int, int]]] = {}
    for hit in answer.hits:
        groups.setdefault(hit.score, []).append((hit.source.path, hit.source.paragraph, hit.source.sentence))
    # within every group of equal scores, hits come in path, paragraph, sentence order
    for positions in groups.values():
        assert positions == sorted(positions)
    # and the four lone sentences do tie, across files and paragraphs
    lone = [("a.txt", 2, 1), ("a.txt", 3, 1), ("b.txt", 2, 1), ("sub/a.txt", 2, 1)]
    assert any(set(lone) <= set(positions) for positions in groups.values()), groups
