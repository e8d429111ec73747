"""The indexed sentences in engine order, with their documents: what an engine's positions refer to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from retrieval.index.paragraphs import ParagraphIndex
from retrieval.models import DocumentInfo, IndexedSentence


@dataclass(frozen=True, slots=True, weakref_slot=True)  # weakly referred to by the answers' heading index
class Corpus:
    """The indexed sentences in engine order (sorted by document path, paragraph, sentence) and their documents."""

    sentences: Sequence[IndexedSentence]
    documents: Mapping[int, DocumentInfo]
    positions: Mapping[int, int]  # sentence id → index in `sentences`
    # Paragraph engine for context scoring; None: sentences alone, unless the engine ranks paragraphs itself
    # (`rerank.ParagraphAwareEngine`, the on-disk one).
    paragraphs: ParagraphIndex | None = None
    # The documents' languages, gathered once: every question is tokenized in the likeliest of them (gathered at each
    # question, 0.19 ms of its 15.5 at 300,000 sentences and 0.42 ms at 1M).
    languages: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "languages", frozenset(d.language for d in self.documents.values()))

    @classmethod
    def build(
        cls,
        sentences: Sequence[IndexedSentence],
        documents: Sequence[DocumentInfo],
        paragraphs: ParagraphIndex | None = None,
    ) -> Corpus:
        """A corpus with its lookup tables."""
        return cls(
            sentences,
            {d.document_id: d for d in documents},
            {s.sentence_id: i for i, s in enumerate(sentences)},
            paragraphs,
        )

    def position_of(self, sentence_id: int) -> int | None:
        """Where the sentence with this store id stands in `sentences`, if it is indexed."""
        return self.positions.get(sentence_id)
