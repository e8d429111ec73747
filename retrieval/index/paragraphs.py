"""Scoring a sentence together with its context: its paragraph, the sentence before it, and what the question asks for.

A sentence on its own often lacks the words of the question that its neighbours carry ("It was commissioned by Odo",
"But a storm dispersed the fleet"). So a candidate's score is its own BM25 plus

- `PARAGRAPH_WEIGHT` × the BM25 of its paragraph, scored by a second engine over whole paragraphs (any `Engine`: the
  paragraph engine is built by the same factory as the sentence engine, see `build_paragraph_index`; the on-disk
  engine keeps a paragraph index of its own, see `ParagraphAwareEngine` and retrieval/index/tantivy_engine.py);
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

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.index.engine import Engine
from retrieval.models import IndexedSentence


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
        if position < len(sentences) and position > start and same_paragraph(sentences[position], sentences[start]):
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


def same_paragraph(a: IndexedSentence, b: IndexedSentence) -> bool:
    """True when two sentences stand in the same paragraph of the same document."""
    return a.document_id == b.document_id and a.paragraph == b.paragraph
