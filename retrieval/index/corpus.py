"""From a question to hits: ranking, duplicate folding, context and the "not found" decision.

Ranking is `retrieval.rerank.rank_sentences`: a sentence's BM25 with its paragraph's and its previous sentence's.

"Not found" is decided from how much of the question the best hit covers (`question_coverage`: the share of the
question's IDF weight that the hit and the sentence it leans on hold, a word the documents never use weighing most).
Measured with bench/quality.py: on squad-small's 293 questions, whose answers are in their documents, the best hit
covers at least 0.159 of the question, and where it shares a single word with a question of several, that word
carries 0.35 to 0.57 of the weight. Of 60 questions the seed document cannot answer (bench/data/unanswerable-seed
.jsonl), 37 share no word with it, 21 share a single word carrying at most 0.35 of the weight, and 2 share more. Two
rules: coverage under `MIN_COVERAGE`, or a single shared word under `SINGLE_WORD_COVERAGE`. Result: "not found" on 1
squad-small question (0.3%) and on 58 of the 60 (96.7%).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from retrieval.index.paragraphs import ParagraphIndex
from retrieval.models import DocumentInfo, IndexedSentence


@dataclass(frozen=True, slots=True)
class Corpus:
    """The indexed sentences in engine order (sorted by document path, paragraph, sentence) and their documents."""

    sentences: Sequence[IndexedSentence]
    documents: Mapping[int, DocumentInfo]
    positions: Mapping[int, int]  # sentence id → index in `sentences`
    # Paragraph engine for context scoring; None: sentences alone, unless the engine ranks paragraphs itself
    # (`rerank.ParagraphAwareEngine`, the on-disk one).
    paragraphs: ParagraphIndex | None = None

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
