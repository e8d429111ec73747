"""Titled answers (answering.TITLED_SENTENCES, issue 12): a document whose title holds exactly the question's terms
answers it in its first sentences before any heading; they join the reranked candidates with a share of the best
lexical score, however many other sentences hold the question's one term."""

from __future__ import annotations

import gc
import weakref
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from retrieval.answer import answering
from retrieval.answer.answering import StoredEmbeddings, titled_answers
from retrieval.answer.semantic import SemanticReranker
from retrieval.index.corpus import Corpus
from retrieval.models import Context, DocumentInfo, Hit, IndexedSentence, Source
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.tokenize import tokenize
from tests.made_up_vectors import QUESTION_VECTOR, MadeUpVectors, encode_nothing, unit

# Made-up book pages: (path, title, [(section, text)]), sorted by path as the corpus is.
PAGES = [
    (
        "contribute/code.md",
        "Contributing code",
        [
            ("", "Quillmoor welcomes code from everyone."),
            ("Style", "Quillmoor code follows the Quillmoor style guide."),
        ],
    ),
    (
        "intro/what-is-quillmoor.md",
        "What is Quillmoor?",
        [
            ("", "It is a cooperative sailing game set on floating islands."),
            ("", "Players build ships together."),
            ("", "The world is generated anew for each server."),
            ("", "A fourth sentence that is not among the first three."),
            ("History", "The first Quillmoor release came out in 2019."),
            ("History › Sailing ships", "Each one needs a crew of two."),
            ("History › Sailing ships", "They can be painted."),
            ("History › Sailing ships › Sails", "Sails tear in storms."),
            ("History › Sailing ships:", "A speech under a label, as a play's speaker heading."),
        ],
    ),
    ("intro/world.md", "The Quillmoor world", [("", "Quillmoor is not a racing game.")]),
]
QUESTION = "What is Quillmoor?"


def corpus() -> Corpus:
    sentences, documents, number = [], [], 0
    for document_id, (path, title, rows) in enumerate(PAGES, start=1):
        for paragraph, (section, text) in enumerate(rows, start=2):
            number += 1
            tokens = tuple(tokenize(text))
            sentences.append(IndexedSentence(number, document_id, paragraph, 1, text, tokens, section))
        documents.append(DocumentInfo(document_id, path, title, len(rows)))
    order = {d.document_id: d.path for d in documents}
    sentences.sort(key=lambda s: (order[s.document_id], s.paragraph))
    return Corpus.build(sentences, documents)


def test_the_first_sentences_before_a_heading_of_the_page_titled_as_the_question() -> None:
    found = titled_answers(corpus(), frozenset(tokenize(QUESTION)), "en")
    texts = [corpus().sentences[corpus().position_of(i) or 0].text for i in found]
    assert texts == [text for _, text in PAGES[1][2][:3]]
    # A title holding more than the question's terms does not match, nor does a question holding more than the title's.
    assert titled_answers(corpus(), frozenset(tokenize("What is Quillmoor code?")), "en") == []
    assert titled_answers(corpus(), frozenset(), "en") == []
    # A section's innermost heading counts as the title does for the sentences before the first heading.
    found = titled_answers(corpus(), frozenset(tokenize("What are sailing ships?")), "en")
    assert [corpus().sentences[corpus().position_of(i) or 0].text for i in found] == [
        "Each one needs a crew of two.",
        "They can be painted.",
    ]


def test_the_titled_page_s_first_sentence_joins_the_reranked_candidates() -> None:
    made = corpus()
    by_text = {s.text: s for s in made.sentences}
    # Lexical hits: the sentences holding "Quillmoor" (twice first); the titled page's first sentence holds none.
    lexical = {
        "Quillmoor code follows the Quillmoor style guide.": 10.0,
        "Quillmoor welcomes code from everyone.": 6.0,
        "Quillmoor is not a racing game.": 6.0,
    }
    similarity = {s.sentence_id: 0.1 for s in made.sentences}
    for text, value in zip(lexical, (0.3, 0.4, 0.2), strict=True):
        similarity[by_text[text].sentence_id] = value
    answer = by_text["It is a cooperative sailing game set on floating islands."]
    similarity[answer.sentence_id] = 0.45
    stored = StoredEmbeddings(MadeUpVectors({i: unit(s) for i, s in similarity.items()}))
    source = Source("x.md", "X", 0, 0)
    hits = [
        Hit(text, score, (source,), ("quillmoor",), Context(), by_text[text].sentence_id)
        for text, score in lexical.items()
    ]
    future: Future[tuple[npt.NDArray[np.float32], list[tuple[int, float]]]] = Future()
    # The nearest stored vectors hold nothing of the titled page (the question's vector is nearest to other titles).
    future.set_result((np.array(QUESTION_VECTOR, dtype=np.float32), []))
    titled = titled_answers(made, frozenset(tokenize(QUESTION)), "en")
    reranker = SemanticReranker(encode_nothing)
    without, _ = answering._reranked(QUESTION, made, hits, reranker, future, stored, [])
    assert answer.text not in [hit.text for hit in without]
    with_titled, kept = answering._reranked(QUESTION, made, hits, reranker, future, stored, [], titled)
    assert kept is not None and len(kept) == len(hits)  # "not found" still reads the lexical hits only
    assert with_titled[0].text == answer.text


def write_quillmoor_pages(pages: Path, answer: Path) -> None:
    """The page titled as the question, in `answer`, and six pages in `pages` that name Quillmoor twice each (BM25
    favours them over the answer, which names it once)."""
    answer.mkdir(parents=True, exist_ok=True)
    (answer / "what-is-quillmoor.md").write_text(
        "# What is Quillmoor?\n\nQuillmoor is a cooperative sailing game set on a sea of floating islands, where "
        "crews of players build ships together and chart the winds.\n\nIt is free software.\n",
        encoding="utf-8",
    )
    fillers = [
        "Quillmoor servers run Quillmoor mods.",
        "Quillmoor saves hold Quillmoor maps.",
        "Quillmoor builds need the Quillmoor toolchain.",
        "Quillmoor logs name the Quillmoor version.",
        "Quillmoor themes change Quillmoor colours.",
        "Quillmoor plugins call the Quillmoor API.",
    ]
    pages.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(fillers):
        (pages / f"page{number}.md").write_text(f"# Page {number}\n\n{text}\n", encoding="utf-8")


async def test_a_page_titled_as_the_question_answers_it_first_in_a_real_store(
    tmp_path: Path, minilm: SemanticReranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    write_quillmoor_pages(docs, docs / "intro")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs, reranker=minilm)
        await service.reindex()
        with_titles = await service.ask(QUESTION)
        monkeypatch.setattr(answering, "TITLED_SENTENCES", 0)
        without = await service.ask(QUESTION)
    answer = "Quillmoor is a cooperative sailing game"
    assert not with_titles.not_found and with_titles.hits[0].text.startswith(answer)
    assert not without.hits or not without.hits[0].text.startswith(answer)


def test_each_distinct_heading_is_tokenized_once_and_its_first_runs_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    # A chapter per document, each with the same "Examples" section twice (a run split by a subsection).
    sentences, documents, number = [], [], 0
    for document_id in range(1, 9):
        rows = [("", "Intro."), ("Examples", "One."), ("Examples › Deeper", "Two."), ("Examples", "Three.")]
        for paragraph, (section, text) in enumerate(rows, start=2):
            number += 1
            sentences.append(IndexedSentence(number, document_id, paragraph, 1, text, tuple(tokenize(text)), section))
        documents.append(DocumentInfo(document_id, f"chapter{document_id}.md", "Chapter", len(rows)))
    made = Corpus.build(sentences, documents)
    calls: list[str] = []

    def counted(text: str, language: str = "en") -> list[str]:
        calls.append(text)
        return tokenize(text, language)

    monkeypatch.setattr(answering, "tokenize", counted)
    answering._headed_runs(made, "en")
    # 8 titles, 8 x 2 "Examples" runs and 8 "Deeper" ones: one title and two distinct headings tokenized.
    assert sorted(calls) == ["Chapter", "Deeper", "Examples"]
    found = titled_answers(made, frozenset(tokenize("Examples")), "en")
    # The first `TITLED_RUNS` runs under "Examples", in corpus order, their one sentence each.
    texts = [made.sentences[made.position_of(i) or 0].text for i in found]
    assert texts == ["One.", "Three.", "One.", "Three.", "One."][: answering.TITLED_RUNS]
    assert len(found) == answering.TITLED_RUNS
    # The index holds the terms' hash: runs found under another heading's terms of the same hash are not answers.
    index = answering._headed_runs(made, "en")
    index[hash(frozenset(["sail"]))] = index[hash(frozenset(tokenize("Examples")))]
    assert titled_answers(made, frozenset(["sail"]), "en") == []


class Rows(list[IndexedSentence]):
    """A list that can be referred to weakly."""


def test_the_heading_index_does_not_keep_a_swapped_out_corpus_alive() -> None:
    made = corpus()
    rows = Rows(made.sentences)
    made = Corpus.build(rows, list(made.documents.values()))
    assert titled_answers(made, frozenset(tokenize(QUESTION)), "en")
    alive = weakref.ref(rows)
    del made, rows
    gc.collect()
    assert alive() is None  # its sentences are freed with the corpus
    # A new corpus of the same sentences (a collection's view) finds the index made for a live one.
    first = corpus()
    view = replace(first, paragraphs=None)
    titled_answers(first, frozenset(tokenize(QUESTION)), "en")
    assert answering._headed_runs(view, "en") is answering._headed_runs(first, "en")


def test_a_question_limited_to_a_collection_finds_its_own_titled_page_after_other_collections_runs() -> None:
    # Six pages titled "Examples" in collection alpha come first in the corpus' order; beta's one comes last.
    sentences, documents = [], []
    paths = [f"alpha/chapter{n}.md" for n in range(1, 7)] + ["beta/guide.md"]
    for document_id, path in enumerate(paths, start=1):
        text = f"Example {document_id}."
        sentences.append(IndexedSentence(document_id, document_id, 2, 1, text, tuple(tokenize(text)), ""))
        documents.append(DocumentInfo(document_id, path, "Examples", 1))
    made = Corpus.build(sentences, documents)
    terms = frozenset(tokenize("Examples"))
    unlimited = titled_answers(made, terms, "en")
    assert len(unlimited) == answering.TITLED_RUNS  # alpha's first pages
    assert sentences[-1].sentence_id not in unlimited
    beta = titled_answers(made, terms, "en", lambda path: path.startswith("beta/"))
    assert beta == [sentences[-1].sentence_id]
    alpha = titled_answers(made, terms, "en", lambda path: path.startswith("alpha/"))
    assert alpha == unlimited


async def test_a_page_titled_as_the_question_answers_it_first_in_its_collection(
    tmp_path: Path, minilm: SemanticReranker
) -> None:
    # Collection alpha holds more pages titled as the question than `TITLED_RUNS`, before beta's in the corpus' order.
    docs = tmp_path / "docs"
    (docs / "alpha").mkdir(parents=True)
    (docs / "beta").mkdir()
    for number in range(answering.TITLED_RUNS + 1):
        (docs / "alpha" / f"what-is-quillmoor-{number}.md").write_text(
            f"# What is Quillmoor?\n\nIn alpha, Quillmoor is the name of harbour number {number}.\n", encoding="utf-8"
        )
    write_quillmoor_pages(docs / "beta", docs / "beta")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs, reranker=minilm)
        await service.reindex()
        beta = await service.ask(QUESTION, scope=frozenset({"beta"}))
    assert not beta.not_found and beta.hits[0].text.startswith("Quillmoor is a cooperative sailing game")


def test_the_heading_index_cache_makes_room_by_the_least_recently_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answering, "_HEADED_RUNS", {})
    kept = answering._HEADED_RUNS_KEPT
    corpora = [corpus() for _ in range(kept + 2)]
    indexes = [answering._headed_runs(made, "en") for made in corpora[:kept]]
    # The first is asked again: the second is now the least recently asked and makes room for a new corpus.
    assert answering._headed_runs(corpora[0], "en") is indexes[0]
    answering._headed_runs(corpora[kept], "en")
    assert len(answering._HEADED_RUNS) == kept
    assert answering._headed_runs(corpora[0], "en") is indexes[0]
    for made, index in zip(corpora[2:kept], indexes[2:], strict=True):
        assert answering._headed_runs(made, "en") is index
    assert answering._headed_runs(corpora[1], "en") is not indexes[1]  # made again
