"""Paragraph neighbours (answering.PARAGRAPH_NEIGHBOURS, issue 12): a sentence among the stored vectors nearest the
question, in the paragraph of one of the first lexical candidates, joins the reranked candidates with a share of that
candidate's lexical score, blended on the other candidates' scale (semantic.blend's `beside`)."""

from __future__ import annotations

from concurrent.futures import Future

import numpy as np
import numpy.typing as npt
import pytest

from retrieval.answer import answering
from retrieval.answer.answering import StoredEmbeddings
from retrieval.answer.semantic import Candidate, SemanticReranker, blend
from retrieval.index.corpus import Corpus
from retrieval.models import Context, DocumentInfo, Hit, IndexedSentence, Source
from tests.made_up_vectors import QUESTION_VECTOR, MadeUpVectors, encode_nothing, unit

# A made-up help page: (paragraph, text); the question asks for the default cooldown, which the second sentence of
# the first paragraph states without a word of the question.
SENTENCES = [
    (0, "Every slash command can have a cooldown."),
    (0, "If none is specified, this defaults to three seconds."),
    (1, "A cooldown is set per user or per guild."),
    (2, "The bot replies within three seconds or the interaction fails."),
    (3, "Slash commands are registered once."),
]


def rerank(similarities: dict[int, float], lexical: dict[int, float]) -> list[tuple[str, float]]:
    sentences = [
        IndexedSentence(i + 1, 1, paragraph, i, text, tuple(text.lower().split()))
        for i, (paragraph, text) in enumerate(SENTENCES)
    ]
    corpus = Corpus.build(sentences, [DocumentInfo(1, "help.md", "Help", len(sentences))])
    stored = StoredEmbeddings(MadeUpVectors({i: unit(s) for i, s in similarities.items()}))
    nearest = sorted(similarities.items(), key=lambda item: -item[1])
    future: Future[tuple[npt.NDArray[np.float32], list[tuple[int, float]]]] = Future()
    future.set_result((np.array(QUESTION_VECTOR, dtype=np.float32), nearest))
    source = Source("help.md", "Help", 0, 0)
    hits = [Hit(sentences[i - 1].text, score, (source,), ("cooldown",), Context(), i) for i, score in lexical.items()]
    reranker = SemanticReranker(encode_nothing)
    ordered, kept = answering._reranked("What cooldown do commands get?", corpus, hits, reranker, future, stored, [])
    assert kept is not None and len(kept) == len(hits)  # "not found" still reads the lexical hits only
    return [(hit.text, hit.score) for hit in ordered]


def test_a_sentence_near_the_question_in_a_matching_paragraph_joins_the_candidates() -> None:
    # Lexical hits: the cooldown sentences (1 and 3) and the interaction one (4); the default (2) shares no word.
    # Nearest the question: 3, then 5 (another paragraph, no hit's), then 2 (the first hit's paragraph).
    order = rerank({1: 0.5, 2: 0.55, 3: 0.6, 4: 0.4, 5: 0.58}, {1: 10.0, 3: 8.0, 4: 6.0})
    texts = [text for text, _ in order]
    assert texts == [SENTENCES[2][1], SENTENCES[1][1], SENTENCES[0][1], SENTENCES[3][1]]
    # blended on the lexical hits' scale: 0.5 × 0.8 × 10 / 10 + 0.5 × (0.55 - 0.4) / (0.6 - 0.4)
    assert dict(order)[SENTENCES[1][1]] == pytest.approx(0.5 * 0.8 + 0.5 * 0.75, abs=1e-5)
    # and the lexical hits keep the scores they have without it
    alone = rerank({1: 0.5, 3: 0.6, 4: 0.4, 5: 0.58}, {1: 10.0, 3: 8.0, 4: 6.0})
    assert [s for t, s in alone] == pytest.approx([dict(order)[t] for t, _ in alone])


def test_a_near_sentence_outside_the_first_hits_paragraphs_does_not_join() -> None:
    # Without sentence 1 among the lexical hits, no hit stands in sentence 2's paragraph: 2 and 5, both farther than
    # the closest hit (3), stay out, as the hybrid rule (nearer than every lexical hit) keeps them out.
    order = rerank({1: 0.5, 2: 0.55, 3: 0.6, 4: 0.4, 5: 0.58}, {3: 8.0, 4: 6.0})
    assert [text for text, _ in order] == [SENTENCES[2][1], SENTENCES[3][1]]


def test_blend_scores_passages_beside_the_candidates_on_their_scale() -> None:
    lexical, similarity = [10.0, 5.0], [0.2, 0.6]
    plain = blend(lexical, similarity)
    scores = blend(lexical, similarity, beside=[(8.0, 0.7), (0.0, 0.1)])
    assert scores[:2] == plain
    # a passage closer than every candidate goes past the scale's top (similarity part 1.25)
    assert scores[2:] == pytest.approx([0.5 * 0.8 + 0.5 * 1.25, 0.5 * -0.25])


def test_the_reranker_leaves_passages_beside_out_with_fewer_than_two_candidates() -> None:
    reranker = SemanticReranker(encode_nothing)
    question = np.array(QUESTION_VECTOR, dtype=np.float32)
    one = [Candidate("a", "", 1.0, unit(0.5))]
    beside = [Candidate("b", "", 0.8, unit(0.9))]
    assert reranker.score("q", one, question, beside).order == [0]
    two = [*one, Candidate("c", "", 0.5, unit(0.3))]
    result = reranker.score("q", two, question, beside)
    assert result.order == [2, 0, 1] and result.similarities == pytest.approx([0.5, 0.3, 0.9])
