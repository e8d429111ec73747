"""Paragraphs as units of a second engine: answers score a sentence with its paragraph (answer/ranking.py).

A paragraph is a run of consecutive sentences of one document and block; its unit holds all their tokens, so any
engine factory can index it as it indexes sentences.
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
