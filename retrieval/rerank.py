"""Scoring a sentence together with its context: its paragraph, the sentence before it, and what the question asks for.

A sentence on its own often lacks the words of the question that its neighbours carry ("It was commissioned by Odo",
"But a storm dispersed the fleet"). So a candidate's score is its own BM25 plus

- `PARAGRAPH_WEIGHT` × the BM25 of its paragraph, scored by a second engine over whole paragraphs (any `Engine`: the
  paragraph engine is built by the same factory as the sentence engine, see `build_paragraph_index`);
- `PREVIOUS_WEIGHT` × the BM25 of the sentence before it in the same paragraph (the one its pronouns point to);
- for a question asking when or in what year, `DATE_WEIGHT` × the best sentence score when the sentence holds a year,
  a date or a century.

Measured with bench/quality.py on bench/data/squad-small (293 questions) against sentence BM25 alone (k1 1.2, b 0.5):
hit@1 0.689 → 0.724, hit@5 0.874 → 0.915, MRR@10 0.774 → 0.803; each part helped on both halves of the set (odd and
even questions) and none moved the seed questions. Tried and dropped, as they measured no better or worse: the
document title as a field, the next sentence's score, a proximity bonus, bonuses for numbers after "how many" and for
names after "who", question-word bigrams, down-weighting the "what X" head noun, and an irregular-verb map in the
tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.engine import Engine
from retrieval.models import IndexedSentence

PARAGRAPH_WEIGHT = 0.3
PREVIOUS_WEIGHT = 0.2
DATE_WEIGHT = 0.1
# How many sentences and paragraphs are asked of the engines: every sentence holding a query term, in practice.
SENTENCE_CANDIDATES = 1000
PARAGRAPH_CANDIDATES = 200
# The sentences of this many best paragraphs are candidates even when they hold no query term themselves.
EXPANDED_PARAGRAPHS = 20

_ASKS_FOR_DATE = re.compile(
    r"^\W*(?:when\b|(?:in|during|by|since|until)?\s*(?:what|which)\s+(?:year|century|decade|date|day|month)s?\b)",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    rf"\b(?:1\d{{3}}|20\d{{2}}|\d{{3,4}}s|\d{{1,2}}(?:st|nd|rd|th)[- ]centur(?:y|ies)|{_MONTHS})\b"
    r"|\b(?:AD|BC|BCE|CE)\b\s*\d{1,4}|\b\d{1,4}\s*(?:AD|BC|BCE|CE)\b"
)


def asks_for_date(question: str) -> bool:
    """True for a question that asks when, or in what year, century, decade or month."""
    return bool(_ASKS_FOR_DATE.search(question))


def holds_date(text: str) -> bool:
    """True when the text holds a year, a decade, a century or a month name."""
    return bool(_DATE.search(text))


@dataclass(frozen=True, slots=True)
class ParagraphIndex:
    """The corpus's paragraphs as units of a second engine, and where each sentence's paragraph is."""

    engine: Engine
    unit_of: Sequence[int]  # sentence position → paragraph unit
    spans: Sequence[tuple[int, int]]  # paragraph unit → (first sentence position, position after its last)


def paragraph_units(
    sentences: Sequence[IndexedSentence],
) -> tuple[list[IndexedSentence], list[int], list[tuple[int, int]]]:
    """One unit per paragraph (consecutive sentences of one document and paragraph): its text and all its tokens.

    A unit is an `IndexedSentence` so that any engine factory can index it; its `sentence_id` is its unit number.
    """
    units: list[IndexedSentence] = []
    unit_of: list[int] = []
    spans: list[tuple[int, int]] = []
    start = 0
    for position in range(len(sentences) + 1):
        if position < len(sentences) and position > start and _same_paragraph(sentences[position], sentences[start]):
            continue
        if position > start:
            members = sentences[start:position]
            first = members[0]
            units.append(
                IndexedSentence(
                    sentence_id=len(units),
                    document_id=first.document_id,
                    paragraph=first.paragraph,
                    sentence=0,
                    text=" ".join(s.text for s in members),
                    tokens=tuple(token for s in members for token in s.tokens),
                )
            )
            spans.append((start, position))
            unit_of.extend([len(units) - 1] * (position - start))
        start = position
    return units, unit_of, spans


def build_paragraph_index(
    sentences: Sequence[IndexedSentence], engine_factory: Callable[[list[IndexedSentence]], Engine]
) -> ParagraphIndex:
    """A paragraph engine from the same factory as the sentence engine, with the sentence ↔ paragraph tables."""
    units, unit_of, spans = paragraph_units(sentences)
    return ParagraphIndex(engine_factory(units), unit_of, spans)


@dataclass(frozen=True, slots=True)
class RankedSentence:
    """A candidate sentence with its combined score.

    `matched_terms` are the query terms the sentence holds; `context_terms` those its previous sentence holds when
    that sentence added to the score (the hit then leans on it).
    """

    position: int
    score: float
    matched_terms: tuple[str, ...]
    context_terms: tuple[str, ...] = ()


def rank_sentences(
    question: str,
    terms: Sequence[str],
    sentences: Sequence[IndexedSentence],
    engine: Engine,
    paragraphs: ParagraphIndex | None,
    limit: int,
) -> list[RankedSentence]:
    """The best `limit` sentences for the question by combined score, best first, ties by position."""
    results = engine.search(terms, SENTENCE_CANDIDATES)
    if not results or limit <= 0:
        return []
    own = {r.position: r for r in results}
    best = max(r.score for r in results)
    candidates = set(own)
    paragraph_scores: dict[int, float] = {}
    if paragraphs is not None:
        for rank, unit in enumerate(paragraphs.engine.search(terms, PARAGRAPH_CANDIDATES)):
            paragraph_scores[unit.position] = unit.score
            if rank < EXPANDED_PARAGRAPHS:
                candidates.update(range(*paragraphs.spans[unit.position]))

    scored: list[RankedSentence] = []
    for position in candidates:
        result = own.get(position)
        score = result.score if result is not None else 0.0
        if paragraphs is not None:
            score += PARAGRAPH_WEIGHT * paragraph_scores.get(paragraphs.unit_of[position], 0.0)
        previous = own.get(position - 1)
        context: tuple[str, ...] = ()
        if previous is not None and _previous_in_paragraph(sentences, paragraphs, position):
            score += PREVIOUS_WEIGHT * previous.score
            context = previous.matched_terms
        scored.append(RankedSentence(position, score, result.matched_terms if result else (), context))
    scored.sort(key=lambda r: (-r.score, r.position))

    if DATE_WEIGHT and asks_for_date(question):
        # The cue moves a sentence up by at most DATE_WEIGHT × best: only those that close to the cut can enter it.
        bonus = DATE_WEIGHT * best
        cut = scored[min(limit, len(scored)) - 1].score - bonus
        head = [r for r in scored if r.score >= cut]
        boosted = [
            RankedSentence(r.position, r.score + bonus, r.matched_terms, r.context_terms)
            if holds_date(sentences[r.position].text)
            else r
            for r in head
        ]
        boosted.sort(key=lambda r: (-r.score, r.position))
        scored = boosted
    return scored[:limit]


def _previous_in_paragraph(
    sentences: Sequence[IndexedSentence], paragraphs: ParagraphIndex | None, position: int
) -> bool:
    if position <= 0:
        return False
    if paragraphs is not None:
        return paragraphs.unit_of[position - 1] == paragraphs.unit_of[position]
    return _same_paragraph(sentences[position - 1], sentences[position])


def _same_paragraph(a: IndexedSentence, b: IndexedSentence) -> bool:
    return a.document_id == b.document_id and a.paragraph == b.paragraph
