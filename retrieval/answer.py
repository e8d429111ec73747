"""From a question to hits: ranking, duplicate folding, context and the "not found" decision."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from retrieval.engine import Engine
from retrieval.models import Answer, Context, DocumentInfo, Hit, IndexedSentence, Source
from retrieval.tokenize import tokenize

MAX_TOP = 50
# How many more results than asked for are ranked, so that folded duplicates do not leave the list short.
_OVERFETCH = 4
# A best sentence that covers less than this share of the question's weight (IDF) is a weak match.
MIN_COVERAGE = 0.35
_SHORT_SENTENCE_WORDS = 6
_LEANS_ON_PREVIOUS = re.compile(
    r"^[\"'“‘(]*(?:he|she|they|it|this|that|these|those|his|her|their|its|the two|both|but|and|however)\b"
    r"|\b(?:he|she|they|it)\s+(?:added|said|says|continued|noted|told|warned|stressed|explained)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The indexed sentences in engine order (sorted by document path, paragraph, sentence) and their documents."""

    sentences: Sequence[IndexedSentence]
    documents: Mapping[int, DocumentInfo]
    positions: Mapping[int, int]  # sentence id → index in `sentences`

    @classmethod
    def build(cls, sentences: Sequence[IndexedSentence], documents: Sequence[DocumentInfo]) -> Corpus:
        """A corpus with its lookup tables."""
        return cls(
            sentences,
            {d.document_id: d for d in documents},
            {s.sentence_id: i for i, s in enumerate(sentences)},
        )

    def position_of(self, sentence_id: int) -> int | None:
        """Where the sentence with this store id stands in `sentences`, if it is indexed."""
        return self.positions.get(sentence_id)


def leans_on_neighbours(text: str) -> bool:
    """True when a sentence needs its neighbours to be understood (a pronoun speaker, or very short)."""
    return len(text.split()) < _SHORT_SENTENCE_WORDS or bool(_LEANS_ON_PREVIOUS.search(text))


def sentence_context(corpus: Corpus, position: int, before: int = 1, after: int = 1) -> Context:
    """Up to `before`/`after` neighbouring sentences of the same document."""
    sentences = corpus.sentences
    document_id = sentences[position].document_id
    earlier = [
        sentences[i].text for i in range(max(0, position - before), position) if sentences[i].document_id == document_id
    ]
    later = [
        sentences[i].text
        for i in range(position + 1, min(len(sentences), position + 1 + after))
        if sentences[i].document_id == document_id
    ]
    return Context(tuple(earlier), tuple(later))


def fold_key(text: str) -> str:
    """Sentences equal under this key are one hit (case and white space do not make a different answer)."""
    return " ".join(text.casefold().split())


def question_coverage(engine: Engine, terms: Sequence[str], matched: Sequence[str]) -> float:
    """Share of the question's IDF weight that a sentence's matched terms carry (unknown terms weigh most)."""
    unique = list(dict.fromkeys(terms))
    if not unique:
        return 0.0
    size = max(engine.size, 1)

    def weight(term: str) -> float:
        frequency = engine.document_frequency(term)
        return math.log((size + 1) / frequency) if frequency else math.log(size + 1)

    total = sum(weight(term) for term in unique)
    if total <= 0:
        return 1.0 if matched else 0.0
    return sum(weight(term) for term in set(matched)) / total


def answer_question(question: str, corpus: Corpus, engine: Engine, top: int = 5) -> Answer:
    """Rank the corpus for `question` and return up to `top` distinct hits, or a plain "not found"."""
    top = max(1, min(top, MAX_TOP))
    terms = tokenize(question)
    if not terms:
        return Answer(question, (), True, "The question has no words to search for (only very common words).")
    if not engine.known_terms(terms):
        return Answer(question, (), True, "Nothing in the documents shares a meaningful word with the question.")
    results = engine.search(terms, top * _OVERFETCH + 10)
    hits: list[Hit] = []
    by_key: dict[str, int] = {}
    for result in results:
        sentence = corpus.sentences[result.position]
        document = corpus.documents[sentence.document_id]
        source = Source(document.path, document.title, sentence.paragraph, sentence.sentence)
        key = fold_key(sentence.text)
        if key in by_key:
            index = by_key[key]
            merged = tuple(sorted({*hits[index].sources, source}, key=_source_order))
            hits[index] = _replace_sources(hits[index], merged)
            continue
        if len(hits) >= top:
            continue  # still folding later duplicates into the hits already chosen
        context = sentence_context(corpus, result.position) if leans_on_neighbours(sentence.text) else Context()
        by_key[key] = len(hits)
        hits.append(
            Hit(
                text=sentence.text,
                score=round(result.score, 6),
                sources=(source,),
                matched_terms=result.matched_terms,
                context=context,
                sentence_id=sentence.sentence_id,
            )
        )
    if not hits:
        return Answer(question, (), True, "Nothing in the documents shares a meaningful word with the question.")
    coverage = question_coverage(engine, terms, hits[0].matched_terms)
    if coverage < MIN_COVERAGE:
        return Answer(
            question,
            (),
            True,
            "The documents do not seem to answer this: the closest sentences share only a few of its words.",
            weak=tuple(hits[:3]),
        )
    return Answer(question, tuple(hits), False)


def _source_order(source: Source) -> tuple[str, int, int]:
    return (source.path, source.paragraph, source.sentence)


def _replace_sources(hit: Hit, sources: tuple[Source, ...]) -> Hit:
    return Hit(hit.text, hit.score, sources, hit.matched_terms, hit.context, hit.sentence_id)
