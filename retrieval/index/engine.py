"""Ranking engines: the contract, and BM25 through rank-bm25 held in memory.

Choice of variant: rank-bm25's BM25Okapi gives a term found in half the sentences or more a negative IDF that it
floors to a small epsilon (rank_bm25 issues #29, #39): on a small corpus such as one news article, the words
the article is about ("Idlib", "Syria") then count for almost nothing. BM25Plus uses log((N + 1) / df), positive
for every term, and adds a floor (delta) per matched term that keeps long sentences from being buried. It was also
the best plain variant on squad-small (hit@1 0.703, MRR@10 0.782 against 0.693 / 0.776 for BM25Okapi).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeGuard, runtime_checkable

import numpy as np
import numpy.typing as npt
from rank_bm25 import BM25Plus

from retrieval.protocols import implements

# k1 1.2, b 0.5: sentences are short and alike in length, so length normalisation matters less than for documents.
# On squad-small (bench/quality.py, sentences alone) b 0.5 against 0.75 gave hit@1 0.689 against 0.655 and MRR@10
# 0.774 against 0.754, better on both halves of the set; k1 between 0.9 and 1.5 made no real difference.
BM25_K1 = 1.2
BM25_B = 0.5
BM25_DELTA = 1.0


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """An engine result: the sentence's position in the engine's corpus, its score and the terms it matched."""

    position: int
    score: float
    matched_terms: tuple[str, ...]


class Engine(Protocol):
    """What the answer step needs from a ranking engine."""

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        """The best `limit` sentences holding at least one of `terms`, best first, ties by position."""
        ...

    def known_terms(self, terms: Sequence[str]) -> list[str]:
        """The terms that occur somewhere in the corpus."""
        ...

    def holds_any(self, terms: Sequence[str]) -> bool:
        """True when a sentence this engine answers from holds one of `terms` (a scoped view: one in its scope)."""
        ...

    def document_frequency(self, term: str) -> int:
        """In how many sentences `term` occurs."""
        ...

    @property
    def size(self) -> int:
        """Number of sentences indexed."""
        ...


class RankBM25Engine:
    """BM25Plus from rank-bm25 over tokenized sentences, scored through an inverted index.

    rank-bm25 scores every sentence for every query term in a Python loop (`get_batch_scores` too, over the sentences
    it is given). Its BM25Plus weight of a term in a sentence depends only on the two, so each term's weights are
    computed once, over the sentences that hold it, from rank-bm25's own IDF, term frequencies and lengths; a question
    adds up the weights of its terms. BM25Plus also gives every sentence, holding the term or not, IDF x delta for each
    query term: the same constant for all, left out so that scores start from zero and compare with other engines.
    The same scores, to rounding (ties by position now tie exactly). Its `search` over realdocs-dev's Markdown (4,516
    sentences), 378 questions of 1-32 terms at two limits: 2.4 s -> 0.9 s; a long chat question's whole answer took
    26-28 ms of CPU on 32 terms and 11-13 ms on 16, now 12-13 ms on 32 (issue 12).
    """

    def __init__(
        self,
        corpus: Sequence[Sequence[str]],
        k1: float = BM25_K1,
        b: float = BM25_B,
        delta: float = BM25_DELTA,
    ) -> None:
        self._postings: dict[str, list[int]] = {}
        for position, tokens in enumerate(corpus):
            for term in set(tokens):
                self._postings.setdefault(term, []).append(position)
        self._size = len(corpus)
        # rank-bm25 divides by the corpus size and average length: an empty corpus has nothing to score.
        self._bm25: BM25Plus | None = (
            BM25Plus([list(tokens) or [""] for tokens in corpus], k1=k1, b=b, delta=delta) if corpus else None
        )
        self._lengths = np.asarray(self._bm25.doc_len if self._bm25 is not None else [], dtype=np.float64)
        # Each asked term's sentences and weights, kept: at most one entry per posting of the corpus.
        self._weights: dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]] = {}

    @property
    def size(self) -> int:
        return self._size

    def known_terms(self, terms: Sequence[str]) -> list[str]:
        return [term for term in dict.fromkeys(terms) if term in self._postings]

    def document_frequency(self, term: str) -> int:
        return len(self._postings.get(term, ()))

    def holds_any(self, terms: Sequence[str], within: Callable[[int], bool] | None = None) -> bool:
        """As `Engine.holds_any`; `within` keeps only the positions it allows."""
        if within is None:
            return any(term in self._postings for term in terms)
        return any(within(position) for term in terms for position in self._postings.get(term, ()))

    def idf(self, term: str) -> float:
        """The IDF rank-bm25 gives `term` (0 for an unknown term)."""
        if self._bm25 is None:
            return 0.0
        return float(self._bm25.idf.get(term, 0.0))

    def search(
        self, terms: Sequence[str], limit: int, within: Callable[[int], bool] | None = None
    ) -> list[ScoredSentence]:
        """As `Engine.search`; `within` keeps only the positions it allows (a question scoped to collections)."""
        query = self.known_terms(terms)
        if not query or self._bm25 is None or limit <= 0:
            return []
        weights = [self._term_weights(term) for term in query]
        positions, slots = np.unique(np.concatenate([p for p, _ in weights]), return_inverse=True)
        # bincount adds each sentence's weights in query order, as rank-bm25's loop over the terms does.
        scores = np.bincount(slots, weights=np.concatenate([w for _, w in weights]), minlength=len(positions))
        if within is not None:
            allowed = np.fromiter((within(int(p)) for p in positions), dtype=bool, count=len(positions))
            positions, scores = positions[allowed], scores[allowed]
        best = np.lexsort((positions, -scores))[:limit]
        top = positions[best]
        held = np.stack([np.isin(top, p, assume_unique=True) for p, _ in weights], axis=1).tolist()
        return [
            ScoredSentence(position, score, tuple(itertools.compress(query, row)))
            for position, score, row in zip(top.tolist(), scores[best].tolist(), held, strict=True)
        ]

    def _term_weights(self, term: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """The positions of the sentences holding `term` and its BM25Plus weight in each, less the delta part."""
        cached = self._weights.get(term)
        if cached is not None:
            return cached
        bm25 = self._bm25
        assert bm25 is not None
        positions = np.asarray(self._postings[term], dtype=np.int64)
        frequencies = np.fromiter((bm25.doc_freqs[p][term] for p in self._postings[term]), np.float64, len(positions))
        lengths = self._lengths[positions]
        norm = bm25.k1 * (1 - bm25.b + bm25.b * lengths / bm25.avgdl)
        weights = (bm25.idf.get(term) or 0) * (frequencies * (bm25.k1 + 1)) / (norm + frequencies)
        self._weights[term] = (positions, weights)  # a plain dict write: atomic, so threads may share the engine
        return positions, weights


# The two hit types are named tuples, not frozen dataclasses: a question makes ~340 of them, and a frozen dataclass's
# `__init__` (one `object.__setattr__` a field) took ~0.7 µs each where a tuple is made in C from the engine's rows.
class SentenceHit(NamedTuple):
    """A sentence engine's result with the paragraph unit the sentence belongs to."""

    position: int
    score: float
    unit: int


class ParagraphHit(NamedTuple):
    """A paragraph engine's result: the unit, its score and its sentences' positions (first, after the last)."""

    unit: int
    score: float
    span: tuple[int, int]


@runtime_checkable
class ParagraphAwareEngine(Protocol):
    """A sentence engine that also ranks paragraphs and knows each sentence's paragraph (the on-disk engine).

    The ranking then needs no in-memory tables, and reads from the store only the sentences it returns.
    """

    def sentence_hits(self, terms: Sequence[str], limit: int) -> list[SentenceHit]:
        """The best `limit` sentences holding a term, best first, ties by position (with their paragraph units)."""
        ...

    def paragraph_hits(self, terms: Sequence[str], limit: int) -> list[ParagraphHit]:
        """The best `limit` paragraphs holding a term, best first, ties by unit."""
        ...

    def sentence_hits_in(self, terms: Sequence[str], paragraphs: Sequence[ParagraphHit]) -> list[SentenceHit]:
        """Every sentence of these paragraphs that holds a term, with its own score."""
        ...

    def paragraph_scores(self, terms: Sequence[str], units: Sequence[int]) -> dict[int, float]:
        """The scores of these paragraph units (those that hold a term), as `paragraph_hits` gives them."""
        ...

    def matched_terms(self, terms: Sequence[str], positions: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The terms each of these sentences holds."""
        ...


def is_paragraph_aware(engine: object) -> TypeGuard[ParagraphAwareEngine]:
    """`isinstance(engine, ParagraphAwareEngine)`, decided once a class (`implements`)."""
    return implements(engine, ParagraphAwareEngine)
