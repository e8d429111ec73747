"""Answer quality: the metrics of bench/quality.py on tiny known inputs, and docbot against plain rank-bm25."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.bench_scripts import load_bench

quality = load_bench("quality")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Denmark, Iceland and Norway", "denmark iceland and norway"),
        ("  the  half-million\tpeople ", "the half million people"),
        ("counter U.S. sanctions", "counter u s sanctions"),
        ("ＦＵＬＬ width", "full width"),  # NFKC
        ("“Quoted” — dash", "quoted dash"),
        ("500,000", "500 000"),
    ],
)
def test_normalize_answer(text: str, normalized: str) -> None:
    assert quality.normalize_answer(text) == normalized


def test_contains_answer_matches_on_word_boundaries_only() -> None:
    assert quality.contains_answer("Normandy, a region in France.", ["France"])
    assert quality.contains_answer("It killed more than 500,000 people.", ["500,000"])
    assert quality.contains_answer("almost a half-million people", ["half-million"])
    assert quality.contains_answer("the U.S. and its allies", ["U.S."])
    assert not quality.contains_answer("Francesca went to Paris.", ["France"])  # not inside a word
    assert not quality.contains_answer("It was 1911.", ["911"])
    assert not quality.contains_answer("anything", [""])  # an empty gold string matches nothing
    assert quality.contains_answer("Rollo led them.", ["Charles", "Rollo"])  # any of the gold strings


def test_first_hit_rank_and_metrics() -> None:
    ranked = ["No answer here.", "Still none.", "The answer is Rollo."]
    assert quality.first_hit_rank(ranked, ["Rollo"]) == 3
    assert quality.first_hit_rank(ranked, ["Rollo"], k=2) is None
    assert quality.first_hit_rank([], ["Rollo"]) is None
    ranks = [1, 2, 5, 10, 11, None]  # 11: beyond the top 10, counts as no hit
    metrics = quality.score_ranks(ranks)
    assert metrics.questions == 6
    assert metrics.hit1 == pytest.approx(1 / 6)
    assert metrics.hit5 == pytest.approx(3 / 6)
    assert metrics.hit10 == pytest.approx(4 / 6)
    assert metrics.mrr10 == pytest.approx((1 + 1 / 2 + 1 / 5 + 1 / 10) / 6)
    assert quality.score_ranks([]) == quality.Metrics(0, 0.0, 0.0, 0.0, 0.0)


def test_plain_bm25_ranks_every_sentence_by_score() -> None:
    from retrieval.models import IndexedSentence
    from retrieval.tokenize import tokenize

    texts = ["Zebras graze on the plain.", "The okapi lives in the forest.", "An okapi and a zebra met an okapi."]
    sentences = [IndexedSentence(i + 1, 1, 1, i + 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    bm25 = quality.plain_bm25(sentences)
    ranking = quality.plain_bm25_ranking(bm25, sentences, "Where does the okapi live?", k=3)
    assert ranking[0] == texts[1] and ranking[-1] == texts[0]  # all sentences, best first
    assert len(quality.plain_bm25_ranking(bm25, sentences, "okapi", k=2)) == 2


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    import asyncio

    return {r.name: r for r in asyncio.run(quality.evaluate_all([quality.SQUAD_SMALL]))}


def test_docbot_at_least_matches_plain_bm25_on_squad_small(results: dict[str, Any]) -> None:
    squad = results["squad-small"]
    docbot = squad.run(quality.DOCBOT).metrics
    plain = squad.run(quality.PLAIN).metrics
    assert docbot.questions == plain.questions == 293
    assert docbot.hit1 >= plain.hit1
    assert docbot.mrr10 >= plain.mrr10
    assert docbot.hit5 >= plain.hit5


def test_not_found_rates_within_targets(results: dict[str, Any]) -> None:
    assert results["squad-small"].run(quality.DOCBOT).not_found <= 0.02
    assert results["seed-qa"].run(quality.DOCBOT).not_found == 0
    unanswerable = results["unanswerable-seed"]
    assert unanswerable.questions >= 50
    assert unanswerable.run(quality.DOCBOT).not_found >= 0.90
    for answer in unanswerable.answers:
        if answer.not_found:
            assert answer.hits == () and answer.reason and len(answer.weak) <= 3


def test_seed_questions_have_their_answer_first(results: dict[str, Any]) -> None:
    seed = results["seed-qa"]
    assert seed.run(quality.DOCBOT).metrics.hit1 == 1.0


# --- the ranking and "not found" pieces that the figures above rest on -----------------------------------------------


async def _ask(tmp_path: Path, files: dict[str, str], question: str, top: int = 5) -> Any:
    from retrieval.service import AnswerService
    from retrieval.store.database import Store

    docs = tmp_path / "docs"
    for name, text in files.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs)
        await service.reindex()
        return await service.ask(question, top=top)


def test_a_sentence_is_scored_with_its_paragraph_and_previous_sentence() -> None:
    from retrieval.answer.ranking import PARAGRAPH_WEIGHT, PREVIOUS_WEIGHT, rank_sentences
    from retrieval.index.engine import RankBM25Engine
    from retrieval.index.paragraphs import build_paragraph_index
    from retrieval.models import IndexedSentence
    from retrieval.tokenize import tokenize

    paragraphs = [
        ["The Bayeux Tapestry is an embroidered cloth.", "It was commissioned by Bishop Odo."],
        ["A statue was commissioned for the cathedral of Bayeux.", "Nobody knows who carved it."],
        ["Zebras graze on the plain.", "Okapis live in the forest."],
    ]
    sentences = [
        IndexedSentence(10 * p + i, 1, p + 2, i + 1, text, tuple(tokenize(text)))
        for p, texts in enumerate(paragraphs)
        for i, text in enumerate(texts)
    ]
    index = build_paragraph_index(sentences, lambda units: RankBM25Engine([u.tokens for u in units]))
    assert list(index.unit_of) == [0, 0, 1, 1, 2, 2] and list(index.spans) == [(0, 2), (2, 4), (4, 6)]
    engine = RankBM25Engine([s.tokens for s in sentences])
    question = "Who commissioned the Bayeux Tapestry?"
    terms = tokenize(question)
    own = {r.position: r.score for r in engine.search(terms, 10)}
    units = {r.position: r.score for r in index.engine.search(terms, 10)}
    ranked = {r.position: r for r in rank_sentences(question, terms, sentences, engine, index, 10)}
    # "It was commissioned by Bishop Odo.": its own BM25, its paragraph's, and the sentence before it
    assert ranked[1].score == pytest.approx(own[1] + PARAGRAPH_WEIGHT * units[0] + PREVIOUS_WEIGHT * own[0])
    assert ranked[1].context_terms == engine.search(terms, 10)[0].matched_terms
    # the first sentence of a paragraph has no previous sentence to lean on
    assert ranked[2].score == pytest.approx(own[2] + PARAGRAPH_WEIGHT * units[1])
    # a sentence without a word of the question is a candidate through its paragraph, matching nothing itself
    assert 3 in ranked and ranked[3].matched_terms == () and ranked[3].score > 0
    assert 4 not in ranked and 5 not in ranked  # nothing of the question in that paragraph
    # and the context lifts Odo's sentence: without it, the statue sentence is well ahead
    alone = {r.position: r.score for r in rank_sentences(question, terms, sentences, engine, None, 10)}
    assert ranked[2].score - ranked[1].score < own[2] - own[1]
    assert alone[1] == pytest.approx(own[1] + PREVIOUS_WEIGHT * own[0])  # no paragraph engine: previous only


async def test_near_duplicate_sentences_are_one_hit(tmp_path: Path) -> None:
    files = {
        "a.txt": "A\n\nThe okapi lives in the Ituri rainforest of the Congo.\n",
        "b.txt": "B\n\nThe okapi lives in the Ituri Rainforest of the Congo!\n",  # not the same text
        "c.txt": "C\n\nThe okapi lives in the Ituri rainforest of the Congo.\n",  # the same text as a.txt
        "d.txt": "D\n\nAn okapi eats leaves and fruit in the rainforest.\n",
    }
    answer = await _ask(tmp_path, files, "Where does the okapi live?")
    texts = [hit.text for hit in answer.hits]
    assert len(texts) == 2, texts
    first = answer.hits[0]
    assert first.text == "The okapi lives in the Ituri rainforest of the Congo."
    assert [s.path for s in first.sources] == ["a.txt", "c.txt"]  # exact duplicates list every source


def test_question_and_sentence_answer_cues() -> None:
    from retrieval.answer.cues import DATE, QUANTITY, REASON, answer_cue

    for question in ("When did the Normans reach Italy?", "What year did the storm hit?", "In what century was it?"):
        assert answer_cue(question) is DATE, question
    for question in ("How many people died?", "In Go, how long is a word?", "How much does it cost?"):
        assert answer_cue(question) is QUANTITY, question
    for question in ("Why is the id optional?", "And why would I add an index?"):
        assert answer_cue(question) is REASON, question
    for question in ("What is the year of the okapi?", "Who ruled when it fell?", "How do I install it?", "Whyte?"):
        assert answer_cue(question) is None, question
    for text in ("in 1066", "the 880s", "the 10th century", "on 1 May", "in 911 AD"):
        assert DATE.held_by(text), text
    for text in ("Maybe tomorrow.", "10,000 fighters", "He made 3 points."):
        assert not DATE.held_by(text), text
    for text in ("10,000 fighters", "at least 64 characters", "two hundred nurses"):
        assert QUANTITY.held_by(text), text
    assert not QUANTITY.held_by("Many fighters came.")
    for text in ("It fails because the clock drifts.", "We use None, so it can be empty.", "This is to prevent loss."):
        assert REASON.held_by(text), text
    assert not REASON.held_by("The id is an integer.")


async def test_a_why_question_prefers_the_sentence_giving_a_reason(tmp_path: Path) -> None:
    text = (
        "Time synchronization\n\n"
        "Servers need time synchronization with a reference clock.\n\n"
        "Kerberos fails because the clocks of the server and the client drift apart.\n"
    )
    answer = await _ask(tmp_path, {"time.txt": text}, "Why do servers need time synchronization?")
    assert not answer.not_found
    assert any("because" in hit.text for hit in answer.hits)


async def test_a_name_the_documents_never_mention_is_not_found(tmp_path: Path) -> None:
    files = {
        "migrations.md": "# Migrations\n\nRun the database migrations with the migrate command before you start.\n",
        "theory.txt": "Hartmanis and Stearns wrote the seminal paper on computational complexity in 1965.\n",
    }
    answer = await _ask(tmp_path, files, "How do I run database migrations with Alembic?")
    assert answer.not_found and answer.hits == ()
    assert answer.reason == "The documents never mention “Alembic”."
    assert answer.weak and "migrations" in answer.weak[0].text  # the closest sentences are still shown


@pytest.mark.parametrize(
    "question",
    [
        "When did Hatmanis write the seminal paper?",  # a misspelt name the documents use
        "What did Sun Tzu write about spies?",  # a name the documents spell with an accent ("Tzŭ")
        "How do I run the database migrate command?",  # every word is in the documents
        "Which command runs database migrations, the foobaz one?",  # a lower-case unknown word: likely a misspelling
        # A long question's names are its context: the documents need not mention them.
        "I came from Django and my team deploys on Kubernetes, and there are so many tools around now that I am "
        "confused: which command runs the database migrations before I start the application for the first time?",
    ],
)
async def test_questions_whose_names_the_documents_use_are_answered(tmp_path: Path, question: str) -> None:
    files = {
        "migrations.md": "# Migrations\n\nRun the database migrations with the migrate command before you start.\n",
        "theory.txt": "Hartmanis and Stearns wrote the seminal paper on computational complexity in 1965.\n",
        "war.txt": "Sun Tzŭ wrote that spies are the most important element of war.\n",
    }
    answer = await _ask(tmp_path, files, question)
    assert not answer.not_found, answer.reason
    assert answer.hits


def test_unmentioned_names_only_in_english_questions() -> None:
    from retrieval.answer.answering import unmentioned_names
    from retrieval.index.engine import RankBM25Engine
    from retrieval.tokenize import tokenize

    engine = RankBM25Engine([tokenize("Run the database migrations with the migrate command.")])
    assert unmentioned_names("How do I migrate with Alembic or autopep8 and NumPy?", "en", engine) == [
        "Alembic",
        "autopep8",
        "NumPy",
    ]
    assert unmentioned_names("Wie migriere ich mit Alembic?", "de", engine) == []
    assert unmentioned_names("Is Alembic supported?", "en", engine) == ["Alembic"]
    assert unmentioned_names("Alembic?", "en", engine) == []  # capitalised as the question's first word
    assert unmentioned_names("Why can't the command run faster?", "en", engine) == []  # common words
    assert unmentioned_names("Should we move our meetings to Zoom?", "en", engine) == ["Zoom"]  # a product's name


def test_a_place_typed_in_lower_case_is_a_name() -> None:
    """Chat questions come in lower case: a place of the gazetteer the documents never use is named as unmentioned
    however it is written (a capitalised one at the question's start too), a lower-case common word is not."""
    from retrieval.answer.answering import unmentioned_names
    from retrieval.index.engine import RankBM25Engine
    from retrieval.tokenize import tokenize

    engine = RankBM25Engine([tokenize("The capital fellow moved to Houston and then to France.")])
    assert unmentioned_names("what is the capital of peru", "en", engine) == ["peru"]
    assert unmentioned_names("Peru's capital?", "en", engine) == ["Peru"]
    assert unmentioned_names("how big is lima and what do peruvians eat", "en", engine) == ["lima", "peruvians"]
    assert unmentioned_names("what is the capital of france", "en", engine) == []  # the documents name it
    assert unmentioned_names("where did he move in houston", "en", engine) == []
    assert unmentioned_names("do they export turkey or china", "en", engine) == []  # common words in lower case


async def test_one_incidental_shared_word_is_not_found_with_weak_matches(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_9b990c146cc40a5f.txt"
    answer = await _ask(tmp_path, {"seed.txt": seed.read_text(encoding="utf-8")}, "What is the capital of Turkey?")
    assert answer.not_found and answer.hits == ()
    assert "only one of its words" in answer.reason
    assert 1 <= len(answer.weak) <= 3 and all("Turkey" in hit.text for hit in answer.weak)


def test_answers_without_a_paragraph_engine(tmp_path: Path) -> None:
    # An engine path that builds no paragraph index (Corpus.paragraphs None) still ranks, with the previous sentence.
    from retrieval.answer.answering import answer_question
    from retrieval.index.corpus import Corpus
    from retrieval.index.engine import RankBM25Engine
    from retrieval.models import DocumentInfo, IndexedSentence
    from retrieval.tokenize import tokenize

    texts = ["The okapi lives in the forest.", "It eats leaves.", "Zebras graze on the plain."]
    sentences = [IndexedSentence(i + 10, 1, 2, i + 1, t, tuple(tokenize(t))) for i, t in enumerate(texts)]
    corpus = Corpus(
        sentences, {1: DocumentInfo(1, "a.txt", "A", 3)}, {s.sentence_id: i for i, s in enumerate(sentences)}
    )
    answer = answer_question("Where does the okapi live?", corpus, RankBM25Engine([s.tokens for s in sentences]))
    assert not answer.not_found and answer.hits[0].text == texts[0]


def test_a_multilingual_set_without_docs_is_refused_before_any_set_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--multilingual-set's folder was read after every other set had run: a FileNotFoundError traceback then."""
    missing = tmp_path / "multilingual3"
    assert quality.main(["--multilingual-set", str(missing)]) == 2
    assert capsys.readouterr().err == f"quality: {missing} needs docs/ and qa.jsonl\n"
