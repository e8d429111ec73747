"""From a question to hits: ranking, duplicate folding, context and the "not found" decision.

Ranking is `answer.ranking.rank_sentences`: a sentence's BM25 with its paragraph's and its previous sentence's.

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

import itertools
import logging
import math
import re
from collections.abc import Iterable, Sequence

from retrieval.answer.ranking import rank_sentences
from retrieval.answer.semantic import RERANK_CANDIDATES, Candidate, SemanticReranker
from retrieval.index.corpus import Corpus
from retrieval.index.engine import Engine
from retrieval.index.paragraphs import same_paragraph
from retrieval.models import Answer, Context, Hit, IndexedSentence, Source
from retrieval.textsim import jaccard, word_set
from retrieval.tokenize import tokenize

log = logging.getLogger(__name__)


MAX_TOP = 50


# How many more results than asked for are ranked, so that folded duplicates do not leave the list short.
_OVERFETCH = 4


# A best hit that covers less than this share of the question's weight (IDF) is a weak match...
MIN_COVERAGE = 0.15


# ...and so is one that shares a single word with a question of several, unless that word carries this share (one
# word of three equally rare ones carries a third).
SINGLE_WORD_COVERAGE = 0.375


WEAK_HITS = 3


# Two sentences whose word sets overlap this much (Jaccard) say the same thing; the lower one is not shown.
NEAR_DUPLICATE_OVERLAP = 0.85


_SHORT_SENTENCE_WORDS = 6


# A paragraph given to the semantic reranker is looked for this many sentences either side of the hit.
_PARAGRAPH_REACH = 40


# Neighbours are read this many at a time when looking for a paragraph's ends.
_PARAGRAPH_WINDOW = 40


_LEANS_ON_PREVIOUS = re.compile(
    r"^[\"'“‘(]*(?:he|she|they|it|this|that|these|those|his|her|their|its|the two|both|but|and|however)\b"
    r"|\b(?:he|she|they|it)\s+(?:added|said|says|continued|noted|told|warned|stressed|explained)\b",
    re.IGNORECASE,
)


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


def paragraph_sentences(corpus: Corpus, position: int, reach: int | None = None) -> list[IndexedSentence]:
    """The sentences of the paragraph holding the sentence at `position`, in order.

    With `reach`, at most that many sentences on either side (a paragraph can be thousands of cut pieces long).
    """
    sentences = corpus.sentences
    target = sentences[position]
    lowest = 0 if reach is None else max(0, position - reach)
    highest = len(sentences) if reach is None else min(len(sentences), position + reach + 1)
    # Neighbours are read a window at a time: one read per window from the on-disk corpus.
    start = position
    while start > lowest:
        window = sentences[max(lowest, start - _PARAGRAPH_WINDOW) : start]
        same = _same_paragraph_run(reversed(window), target)
        start -= same
        if same < len(window):
            break
    end = position + 1
    while end < highest:
        window = sentences[end : min(highest, end + _PARAGRAPH_WINDOW)]
        same = _same_paragraph_run(window, target)
        end += same
        if same < len(window):
            break
    return list(sentences[start:end])


def _same_paragraph_run(sentences: Iterable[IndexedSentence], target: IndexedSentence) -> int:
    """How many of `sentences`, from the first, stand in `target`'s paragraph."""
    return sum(1 for _ in itertools.takewhile(lambda s: same_paragraph(s, target), sentences))


def paragraph_text(corpus: Corpus, position: int) -> str:
    """The text of the paragraph holding the sentence at `position` (up to `_PARAGRAPH_REACH` sentences each side)."""
    return " ".join(s.text for s in paragraph_sentences(corpus, position, _PARAGRAPH_REACH))


def fold_key(text: str) -> str:
    """Sentences equal under this key are one hit (case and white space do not make a different answer)."""
    return " ".join(text.casefold().split())


def near_duplicates(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two word sets (`word_set`) overlap by at least `NEAR_DUPLICATE_OVERLAP` (Jaccard)."""
    return jaccard(a, b) >= NEAR_DUPLICATE_OVERLAP


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


def answer_question(
    question: str, corpus: Corpus, engine: Engine, top: int = 5, reranker: SemanticReranker | None = None
) -> Answer:
    """Rank the corpus for `question` and return up to `top` distinct hits, or a plain "not found".

    With a `reranker`, the best `RERANK_CANDIDATES` distinct hits are reordered by it before the first `top` are
    kept (and their scores are its blended scores); "not found" is decided before, from the lexical ranking.
    """
    top = max(1, min(top, MAX_TOP))
    shown = top
    if reranker is not None:
        top = max(top, RERANK_CANDIDATES)
    terms = tokenize(question)
    if not terms:
        return Answer(question, (), True, "The question has no words to search for (only very common words).")
    if not engine.known_terms(terms):
        return Answer(question, (), True, "Nothing in the documents shares a meaningful word with the question.")
    ranked = rank_sentences(question, terms, corpus.sentences, engine, corpus.paragraphs, top * _OVERFETCH + 10)
    hits: list[Hit] = []
    by_key: dict[str, int] = {}
    words: list[frozenset[str]] = []
    evidence: list[tuple[str, ...]] = []
    for result in ranked:
        sentence = corpus.sentences[result.position]
        document = corpus.documents[sentence.document_id]
        source = Source(
            document.path, document.title, sentence.paragraph, sentence.sentence, sentence.section, sentence.page
        )
        key = fold_key(sentence.text)
        if key in by_key:
            index = by_key[key]
            merged = tuple(sorted({*hits[index].sources, source}, key=_source_order))
            hits[index] = _replace_sources(hits[index], merged)
            continue
        if len(hits) >= top:
            continue  # still folding later duplicates into the hits already chosen
        sentence_words = word_set(sentence.text)
        if any(near_duplicates(sentence_words, kept) for kept in words):
            continue  # the same statement worded a little differently: the top hits are different answers
        context = sentence_context(corpus, result.position) if leans_on_neighbours(sentence.text) else Context()
        by_key[key] = len(hits)
        words.append(sentence_words)
        evidence.append((*result.matched_terms, *result.context_terms))
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
    reason = weak_match_reason(engine, terms, evidence[0])
    if reason:
        return Answer(question, (), True, reason, weak=tuple(hits[:WEAK_HITS]))
    if reranker is not None and len(hits) > 1:
        hits = _reranked(question, corpus, hits, reranker)
    return Answer(question, tuple(fold_repeated_context(hits)[:shown]), False)


def fold_repeated_context(hits: Sequence[Hit]) -> list[Hit]:
    """Hits in order, without context that only repeats a hit shown above them.

    A hit whose own sentence holds no word of the question, shown for a context sentence that is already a hit
    above it, is left out: it would show the same evidence twice. A hit with words of its own keeps its place and
    loses only the repeated context sentences.
    """
    shown: set[str] = set()
    kept: list[Hit] = []
    for hit in hits:
        context = hit.context
        repeated = [s for s in (*context.before, *context.after) if fold_key(s) in shown]
        if repeated and not hit.matched_terms:
            continue
        if repeated:
            context = Context(
                tuple(s for s in context.before if fold_key(s) not in shown),
                tuple(s for s in context.after if fold_key(s) not in shown),
            )
            hit = Hit(hit.text, hit.score, hit.sources, hit.matched_terms, context, hit.sentence_id)
        shown.add(fold_key(hit.text))
        kept.append(hit)
    return kept


def _reranked(question: str, corpus: Corpus, hits: list[Hit], reranker: SemanticReranker) -> list[Hit]:
    candidates = []
    for hit in hits:
        position = corpus.position_of(hit.sentence_id)
        paragraph = paragraph_text(corpus, position) if position is not None else hit.text
        candidates.append(Candidate(hit.text, paragraph, hit.score))
    try:
        order, scores = reranker.rerank(question, candidates)
    except Exception:
        # The model is an optional refinement: if it fails, the lexical answer is still a good one.
        log.exception("semantic reranking failed; answering with the lexical ranking")
        return hits
    return [_replace_score(hits[i], scores[i]) for i in order]


def weak_match_reason(engine: Engine, terms: Sequence[str], matched: Sequence[str]) -> str:
    """Why the best hit, holding `matched` of the question's `terms`, does not answer it ("" when it may)."""
    coverage = question_coverage(engine, terms, matched)
    if coverage < MIN_COVERAGE:
        return "The documents do not seem to answer this: the closest sentences share only a few of its words."
    if len(set(matched)) == 1 and len(set(terms)) > 1 and coverage < SINGLE_WORD_COVERAGE:
        return "The documents do not seem to answer this: the closest sentences share only one of its words."
    return ""


def _source_order(source: Source) -> tuple[str, int, int]:
    return (source.path, source.paragraph, source.sentence)


def _replace_sources(hit: Hit, sources: tuple[Source, ...]) -> Hit:
    return Hit(hit.text, hit.score, sources, hit.matched_terms, hit.context, hit.sentence_id)


def _replace_score(hit: Hit, score: float) -> Hit:
    return Hit(hit.text, round(score, 6), hit.sources, hit.matched_terms, hit.context, hit.sentence_id)
