"""From a question to hits: ranking, duplicate folding, context and the "not found" decision.

Ranking is `answer.ranking.rank_sentences`: a sentence's BM25 with its paragraph's and its previous sentence's.

A question of more than `MAX_QUERY_TERMS` distinct terms (4,000 characters are allowed) is ranked on its rarest known
terms, which bounds its cost. The bound was 16 while scoring cost terms x candidates; a chat question's core words are
often the documents' common ones ("rows", "column", "values" in a database library's docs) and were the ones cut, so
32 it is now. bench/data/long_questions, minilm, hit@1 / hit@5 over alternate answerable questions of each set:
tuning half, long-realdocs 0.545 / 0.879 -> 0.606 / 0.939 and long-squad 0.825 / 1.000 -> 0.789 / 1.000; reporting
half 0.727 / 0.788 -> 0.727 / 0.909 and 0.750 / 0.982 -> 0.786 / 0.982. 24 terms and no bound scored as 32 on the
tuning half; short questions are unchanged. In a question of more than `SHORT_QUESTION_TERMS` terms, the terms of its
sentences that ask (ending in '?', `asked_terms`) count for more (`ranking.ASKED_WEIGHT`); "not found" weighs the
evidence of the hit that is best without that part.

"Not found" is decided from evidence that does not shrink with the question's length (`match_evidence`): the share of
the weight of the question's `COVERAGE_TERMS` heaviest terms that the best hit holds (`question_coverage`), and with
the semantic reranker the closest candidate's cosine similarity to the question. Calibrated on the even-numbered
questions of squad-small, realdocs-dev, the long-question set and the seed's sets, scored on the odd ones (minilm on;
answerable questions "not found" / unanswerable ones "not found"): squad-small 0.000, long questions 0.000 / 0.167,
realdocs-dev 0.000 / 0.100, the seed's unanswerable 0.933 (calibration half: 0.000, 0.000 / 0.167, 0.000 / 0.091,
0.967). The old rule (coverage of all the question's terms) said "not found" to 14% of the answerable long questions.
No threshold reaches 60% of realdocs-dev's unanswerable questions without losing answers: their best hits are on the
question's topic, as close to it as answering ones (MIN_COVERAGE 0.25 reached 0.238 and cost two squad-small hits).
A long question (more than `SHORT_QUESTION_TERMS` terms) needs a closest candidate of `LONG_MIN_SIMILARITY` rather
than `MIN_SIMILARITY` when its best hit covers less than `PARTIAL_COVERAGE` (minilm; unanswerable "not found" before ->
after, answerable "not found" after): realdocs-dev tuning half 5/11 -> 6/11 (0/66), reporting half 3/10 -> 3/10 (1/67, a
question missed at hit@5 either way), long-squad 1/12 -> 2/12 (0/113), long-realdocs 2/12 -> 6/12 (0/66);
realdocs_extra, squad-small and the seed unchanged. A short question's closest candidate decides only below
`SHORT_PARTIAL_COVERAGE`, a lower share. With the reranker, a short question asking for a number or an amount of money
is not answered by best hits that state none (`NUMBER_HITS`, `missing_answer`), nor one asking which version brought a
thing by hits whose numbers stand apart from it: the kinds of on-topic unanswerable question this evidence tells apart.
Hybrid candidates (the sentences nearest the question among the stored vectors) join the reranking but not this
decision: some sentence is always nearest, however unrelated the question. With them and stored vectors the rates
above hold (bench/quality.py: answerable "not found" 0.000 on squad-small and every long set).
"""

from __future__ import annotations

import itertools
import logging
import math
import re
import threading
import weakref
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol, TypeGuard, runtime_checkable

import numpy as np
import numpy.typing as npt

from retrieval.actors.lexicon import fold, load_lexicon
from retrieval.answer.cues import (
    NUMBER_WORDS_ASKED,
    VERSION_WORDS,
    asks_about_changes,
    asks_number,
    asks_price,
    asks_version,
    novel_answer_cue,
    reranked_cue,
    states_number,
    states_price,
)
from retrieval.answer.ranking import (
    BODY_ANSWER_SHARE,
    BODY_TERMS_MISSING,
    POINTER_FACTOR,
    RankedSentence,
    Structured,
    asked_version,
    in_changelog,
    is_fragment,
    names_release,
    points_ahead,
    prefetches,
    rank_candidates,
    refers_elsewhere,
)
from retrieval.answer.semantic import RERANK_CANDIDATES, Candidate, SemanticReranker
from retrieval.index.corpus import Corpus
from retrieval.index.engine import Engine
from retrieval.index.paragraphs import same_paragraph
from retrieval.index.vectors import NeighbourIndex, StoredVectors
from retrieval.language import detect_language
from retrieval.models import SECTION_SEPARATOR, Answer, Context, Hit, IndexedSentence, Source
from retrieval.protocols import implements
from retrieval.textsim import jaccard, word_set
from retrieval.tokenize import (
    ENGLISH,
    common_english_words,
    has_letters_or_digits,
    iter_tokens,
    question_compound_parts,
    tokenize,
)

log = logging.getLogger(__name__)


MAX_TOP = 50
# Why a question is not found when no document uses any of its searched words (or none of its hits is left).
NO_SHARED_WORD = "Nothing in the documents shares a meaningful word with the question."


# How many more results than asked for are ranked, so that folded duplicates do not leave the list short.
_OVERFETCH = 4


# The question's weight that a hit can cover is that of its `COVERAGE_TERMS` heaviest terms (IDF; a term the documents
# never use weighs most): a long question's context words do not dilute it, and a short question's are all counted.
COVERAGE_TERMS = 5


# A best hit that covers less than this share of that weight is a weak match...
MIN_COVERAGE = 0.15


# ...and so is, without the semantic reranker, one that shares a single word with a question of several, unless that
# word carries this share...
SINGLE_WORD_COVERAGE = 0.4


# ...and, with the semantic reranker, one covering less than `PARTIAL_COVERAGE` whose closest candidate (the mean of
# its sentence's and its paragraph's cosine similarity to the question) is below `MIN_SIMILARITY`.
PARTIAL_COVERAGE = 0.5

# For a question of at most `SHORT_QUESTION_TERMS` terms that share is `SHORT_PARTIAL_COVERAGE`: short answerable
# questions whose closest candidate is below `MIN_SIMILARITY` had best hits covering 0.37 and 0.44 of their weight
# ("Who is the most important personage in The Waste Land according to Eliot's notes?", the answer second), the
# unanswerable ones caught by that bar 0.33 at most (minilm, realdocs-dev's tuning half, realdocs_extra, _discord,
# _books, _office, squad-small, the long questions, the seed's sets). Answerable "not found" 0.5 -> 0.35:
# realdocs_office 3/55 -> 2/55 (hit@5 0.800 -> 0.818), realdocs_discord 1/55 -> 0/55 (hit@5 0.836 -> 0.855); every
# other figure, and every unanswerable rate, unchanged.
SHORT_PARTIAL_COVERAGE = 0.35


MIN_SIMILARITY = 0.4


# For a question of more than `SHORT_QUESTION_TERMS` terms that bar is `LONG_MIN_SIMILARITY`: a chat question's context
# brings it close to every passage on its topic, so its answerable ones' closest candidates are nearer than short
# questions' (median 0.72 over 16+ terms against 0.57 under 4, squad-small, realdocs-dev's tuning half, realdocs_extra
# and the long questions). Chosen on realdocs-dev's tuning half and realdocs_extra (their long answerable questions'
# closest candidates 0.547 and up, the unanswerable 0.467). Without the coverage condition it cost long-realdocs/prose
# an answerable question whose best hit holds all its heaviest words (closest candidate 0.47: a book's old English).
# Lower bars measured by hp3 (minilm, tuning sets; docs/benchmarks.md) and not taken: paraphrased long questions'
# answerable "not found" 20/54 at 0.5 -> 15/54 at 0.45 and 5/54 at 0.40, but realdocs-dev's tuning half loses an
# unanswerable "not found" from 0.45 down (8/11 -> 7/11: closest candidate 0.468, coverage 0.241, below every
# paraphrased answerable one's 0.289, so no `PARTIAL_COVERAGE` keeps it), and long-realdocs' 7/12 falls to 2/12 at 0.40.
LONG_MIN_SIMILARITY = 0.5


WEAK_HITS = 3


# With the semantic reranker, a short question asking for a number ("How many ...?", `cues.asks_number`) is not
# answered when none of its best this many reranked hits states one (`cues.states_number`). Chosen on the tuning sets
# (minilm): unanswerable "not found" realdocs_extra 1/8 -> 2/8 and realdocs_discord 3/7 -> 4/7; two answerable
# questions whose answer was not in the top 5 either way became "not found"; 4 and 5 hits caught the httpx question
# only. On the lexical order alone (RERANKER=none) it cost squad-small an answer (hit@5 0.915 -> 0.911). A question
# asking for an amount of money ("How much does it cost ...?", "What is the fine for ...?", `cues.asks_price`) needs
# one of them to state a price (`cues.states_price`): its on-topic unanswerable ones' closest sentences hold numbers
# ("less than 100 guilds", "June 2017"), which passed the number check. One asking which version brought a thing
# (`cues.asks_version`) needs a number stated near a mention of the thing (`_missing_version`):
# realdocs-dev's tuning half 8/11 -> 9/11 unanswerable "not found" ("Which Go version introduced generics?": "Go 1.10
# introduced a new compiler flag"), no answerable question of a tuning set lost. It reads `VERSION_HITS` hits: the
# version a notebook states may stand in a cell of its own, next to the hit ("This requires ipykernel 4.7 or later."),
# so each hit's paragraph and `VERSION_REACH` sentences either side are read. A sentence naming the thing elsewhere
# with a number keeps the answer too: realdocs_plays' "Which version of the CSS-Tricks design does Chris pick as his
# favourite?" ("I'll pick 17", not in the top 5) would have been declined.
NUMBER_HITS = 3
# A number stated in the 4th or 5th hit counts too (up to `NUMBER_NEAR_HITS`) when that hit holds one of the question's
# words: realdocs_discord's "How long do I have to reply to a slash command before the interaction fails?" was declined
# with "within three seconds that the interaction was received" 4th. A number in a hit that shares no word with the
# question answers nothing: "How long does a Cloudflare ban from the Discord API last?" (unanswerable) has "Currently,
# this limit is 10,000 per 10 minutes." 4th, which still does not answer it. Held out (hn6, docs/benchmarks.md): one
# answerable question more answered (unseen3), one unanswerable one more answered (realdocs_fresh).
NUMBER_NEAR_HITS = 5
VERSION_HITS = 5
VERSION_REACH = 2
VERSION_SENTENCES = 50

# At most this many of the words the documents never mention are named in a "not found" reply.
MAX_UNMENTIONED_SHOWN = 3


# Hybrid candidates: with every sentence's vector stored, of this many sentences nearest the question those nearer
# than every lexical candidate join the reranker's candidates (a sentence that shares no word with the question can
# be found). Farther ones only filled the list: on realdocs-dev "What is a SQL injection?" lost its answer from the top
# 5 to them (md hit@5 0.788 -> 0.818 with the rule); no other set (squad-small, the long questions, realdocs-dev's
# other corpora) changes with or without the neighbours.
HYBRID_CANDIDATES = 10


# Paragraph neighbours: of this many stored sentences nearest the question, those standing in the paragraph of one of
# the first `NEIGHBOUR_PARAGRAPHS` lexical candidates join the reranker's candidates with `NEIGHBOUR_SHARE` of that
# candidate's lexical score (the best, if several), blended on the other candidates' scale (`blend`'s `beside`): a
# sentence near the question in meaning, in a paragraph that matches it in words, is a candidate though it shares no
# word itself ("If none is specified, this defaults to three seconds." under the cooldown paragraph for "What
# cooldown does a command get if I don't set one?"). Tuning sets, minilm (bench/candidate_recall.py; hr17): the gold
# among the reranked candidates 786 -> 792 of 879 answerable questions; hit@5 realdocs_discord 0.855 -> 0.873,
# realdocs_office 0.836 -> 0.855, para-squad 0.476 -> 0.500; hit@1, "not found" and every other set's hit@5
# unchanged. The same for the first 3 lexical candidates' sections: squad-small, multilingual, plays2 and books lost.
# Farther neighbours alone (the 30 nearest, lexical score 0 or their own) and the paragraph's other sentences alone
# (with their own lexical score or 0.8 of the candidate's) moved no answer into the top 5, or lost one.
PARAGRAPH_NEIGHBOURS = 30
NEIGHBOUR_PARAGRAPHS = 5
NEIGHBOUR_SHARE = 0.8


# Titled answers: a document whose title holds exactly the question's terms ("What is Veloren?" for the page titled
# "What is Veloren?") answers it in its first sentences, before any heading ("Veloren is a multiplayer voxel RPG
# written in Rust."), and a section the question its innermost heading holds, though they may hold its one term once
# among hundreds of sentences that hold it too. The first `TITLED_SENTENCES` sentences of each such run, of the
# first `TITLED_RUNS` runs under that title or heading in the corpus' order (of the question's collections), join the
# reranker's candidates with `NEIGHBOUR_SHARE` of the best lexical score, as paragraph neighbours do (with stored
# vectors only; a candidate already is raised to that score). A heading ending in ':' is a label (a play's speaker),
# not a title.
TITLED_SENTENCES = 3
TITLED_RUNS = 5


# × the best blended score, added after the semantic reranker to the hits holding the kind of answer the question asks
# for (`with_answer_cue`). Blended scores lie in [0, 1] and the reranker's best few are often within 0.1-0.2 of each
# other, so `CUE_WEIGHT` (0.1, the lexical ranking's) moved few answers up past a sentence that only repeats the
# question's words. minilm, hit@1 (tuning sets), CUE_WEIGHT -> 0.2: realdocs-dev tuning half 0.561 -> 0.576,
# realdocs_extra 0.627 -> 0.667, realdocs_books 0.400 -> 0.420, realdocs_discord 0.582 unchanged (hit@5 unchanged on
# each); 0.15 gained less, 0.25 the same, 0.3 one more hit@5 on realdocs_discord.
RERANKED_CUE_WEIGHT = 0.2

# The question's embedding and its nearest stored vectors are computed in one of these threads while the asking thread
# ranks lexically: onnxruntime, numpy and SQLite release the GIL, so on two cores the two overlap. `ask_now` on
# bench/scale.py's corpus with synthetic vectors, same answers, medians of runs alternated on this 2-core machine:
# 300,000 sentences 28-32 -> 21-24 ms a question, 1M 40-41 -> 28-30 ms; with the other core busy, no gain, no loss.
_SEMANTIC_WORK = ThreadPoolExecutor(max_workers=2, thread_name_prefix="question-vector")


@dataclass(frozen=True, slots=True)
class StoredEmbeddings:
    """The store's sentence vectors for the reranker: by id, nearest neighbours once complete (None before), and
    which document paths a question may be answered from (None: all)."""

    vectors: StoredVectors
    neighbours: NeighbourIndex | None = None
    in_scope: Callable[[str], bool] | None = None


# A long question is ranked on this many of its rarest known terms (see `informative_terms`).
MAX_QUERY_TERMS = 32


# Two sentences whose word sets overlap this much (Jaccard) say the same thing; the lower one is not shown.
NEAR_DUPLICATE_OVERLAP = 0.85


_SHORT_SENTENCE_WORDS = 6


# A paragraph given to the semantic reranker is looked for this many sentences either side of the hit.
_PARAGRAPH_REACH = 40


# Neighbours are read this many at a time when looking for a paragraph's ends.
_PARAGRAPH_WINDOW = 40


_LEANS_ON_PREVIOUS_AT_START = re.compile(
    r"[\"'“‘(]*(?:he|she|they|it|this|that|these|those|his|her|their|its|the two|both|but|and|however)\b",
    re.IGNORECASE,
)
_LEANS_ON_PREVIOUS_ANYWHERE = re.compile(
    r"\b(?:he|she|they|it)\s+(?:added|said|says|continued|noted|told|warned|stressed|explained)\b", re.IGNORECASE
)


def leans_on_neighbours(text: str) -> bool:
    """True when a sentence needs its neighbours to be understood (a pronoun speaker, or very short)."""
    return (
        len(text.split()) < _SHORT_SENTENCE_WORDS
        or bool(_LEANS_ON_PREVIOUS_AT_START.match(text))
        or bool(_LEANS_ON_PREVIOUS_ANYWHERE.search(text))
    )


# A sentence that ends in a colon introduces what follows ("Go users mostly use the following debuggers:"): alone it
# promises an answer it does not hold, so it is shown with this many sentences after it (a list's first items).
INTRODUCED_SENTENCES = 2


def introduces_next(text: str) -> bool:
    """True when a sentence introduces the ones after it (it ends in a colon)."""
    return text.rstrip().endswith(":")


def context_reach(text: str) -> tuple[int, int]:
    """How many neighbours before and after a hit it is shown with: the sentences after one that introduces them, one
    on either side of one that leans on them, none otherwise."""
    if introduces_next(text):
        return 0, INTRODUCED_SENTENCES
    return (1, 1) if leans_on_neighbours(text) else (0, 0)


def hit_context(corpus: Corpus, position: int, reach: tuple[int, int] | None = None) -> Context:
    """The neighbours a hit is shown with (`context_reach` of its text, unless given)."""
    before, after = context_reach(corpus.sentences[position].text) if reach is None else reach
    return sentence_context(corpus, position, before, after) if before or after else Context()


def read_contexts(corpus: Corpus, positions: Sequence[int], texts: Sequence[str]) -> list[Context]:
    """`hit_context` of each of these hits (with their texts), their neighbours read from the store at once."""
    reaches = [context_reach(text) for text in texts]
    read_ahead(
        corpus.sentences,
        [
            p
            for position, (before, after) in zip(positions, reaches, strict=True)
            for p in range(position - before, position + after + 1)
            if p != position
        ],
    )
    return [hit_context(corpus, position, reach) for position, reach in zip(positions, reaches, strict=True)]


def read_ahead(sentences: Sequence[IndexedSentence], positions: Sequence[int]) -> None:
    """Read the rows of these positions (sentence ids: the on-disk corpus's positions) in one read, when the corpus
    reads from the store: each row read alone is a query of its own (~20 a question, 0.5 ms at 300,000 sentences)."""
    if positions and prefetches(sentences):
        sentences.fetch([p for p in positions if p >= 0])


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


@runtime_checkable
class _TextReading(Protocol):
    def texts(self, ids: Sequence[int]) -> Mapping[int, str]: ...

    def duplicates(self, key: Callable[[str], str], wait: bool = False) -> Mapping[int, int] | None: ...


def _reads_texts(sentences: object) -> TypeGuard[_TextReading]:
    """`isinstance(sentences, _TextReading)`, decided once a class (`implements`)."""
    return implements(sentences, _TextReading)


def later_duplicates(
    sentences: Sequence[IndexedSentence], positions: Sequence[int], keys: Collection[str]
) -> list[tuple[int, str]]:
    """The sentences among `positions` whose `fold_key` is one of `keys`, with it, in order.

    Sentences read from the store (`SqliteSentences`) are read for their text alone, and once the sentences with a
    duplicate are known (`SqliteSentences.duplicates`), only those whose key may be one of `keys`: at 300,000
    sentences ~100 texts a question took 0.33 ms.
    """
    if not _reads_texts(sentences):
        texts: Mapping[int, str] = {p: sentences[p].text for p in positions}
    else:
        shared = sentences.duplicates(fold_key)
        if shared is not None:
            wanted = {hash(key) for key in keys}
            positions = [p for p in positions if shared.get(p) in wanted]
        texts = sentences.texts(positions) if positions else {}
    found = []
    for position in positions:
        text = texts.get(position)
        if text is not None:
            key = fold_key(text)
            if key in keys:
                found.append((position, key))
    return found


def near_duplicates(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two word sets (`word_set`) overlap by at least `NEAR_DUPLICATE_OVERLAP` (Jaccard)."""
    return jaccard(a, b) >= NEAR_DUPLICATE_OVERLAP


# Jaccard is at most the smaller set's size over the larger's: sets whose sizes differ more cannot be near duplicates.
# The margin keeps every pair that could reach the threshold after rounding.
_SIZE_RATIO = NEAR_DUPLICATE_OVERLAP - 1e-9


def near_duplicate_of_any(words: frozenset[str], kept: Sequence[frozenset[str]]) -> bool:
    """`any(near_duplicates(words, other) for other in kept)`, comparing only sets of sizes that allow it.

    A question compares ~800 pairs of word sets (its hits among themselves and with the hybrid neighbours), a few µs
    each: ~2.8 ms of a question at 300,000 sentences; the sizes leave about a quarter to compare.
    """
    size = len(words)
    return any(
        near_duplicates(words, other)
        for other in kept
        if len(other) >= size * _SIZE_RATIO and size >= len(other) * _SIZE_RATIO
    )


def question_coverage(engine: Engine, terms: Sequence[str], matched: Sequence[str]) -> float:
    """Share of the weight of the question's `COVERAGE_TERMS` heaviest terms that a hit's matched terms carry (at
    most 1; IDF weights, a term the documents never use weighing most)."""
    weights = sorted((term_weight(engine, term) for term in set(terms)), reverse=True)
    if not weights:
        return 0.0
    total = sum(weights[:COVERAGE_TERMS])
    if total <= 0:
        return 1.0 if matched else 0.0
    return min(1.0, sum(term_weight(engine, term) for term in set(matched)) / total)


def question_language(question: str, corpus: Corpus) -> str:
    """The language a question is tokenized in: the most likely of the indexed documents' languages (the question is
    matched against their terms; with one language in the index, that one)."""
    return detect_language(question, corpus.languages)


# A question of at most this many distinct terms names what it asks about; a longer one also tells its context ("I'm
# coming from Django, ..."), whose names the documents need not mention.
SHORT_QUESTION_TERMS = 12

_NUMBER = re.compile(r"[\d.,]+")


# Code a member pastes into a question: a fenced block, or an inline span holding more than one word (a statement, an
# error line); a one-word span (`requests.Session`) names what is asked. Error output is often pasted without
# backticks, so lines of its shape count too: a "Traceback (most recent call last):" line with the indented lines after
# it, a 'File "app.py", line 3' line, and an error line ("httpx.ConnectError: ...", "DiscordAPIError[10062]: ...").
# Only whole lines: prose that names an error ("This raises a TypeError: why?") still names it.
_PASTED_CODE = re.compile(
    r"```.*?(?:```|\Z)|`[^`\n]*\s[^`\n]*`"
    r"|^[ \t]*Traceback \(most recent call last\):[^\n]*(?:\n[ \t]+[^\n]*)*"
    r'|^[ \t]*File "[^"\n]*", line \d+[^\n]*'
    r"|^[ \t]*(?:\w+\.)*\w+(?:Error|Exception|Warning)[^\s:]*:(?:[ \t][^\n]*)?$",
    re.DOTALL | re.MULTILINE,
)


def without_pasted_code(question: str) -> str:
    """The question's prose: its fenced code blocks, its inline code spans of more than one word and its lines of
    error output (a traceback, an error line) taken out."""
    return _PASTED_CODE.sub(" ", question)


def unmentioned_names(question: str, language: str, engine: Engine) -> list[str]:
    """The names in a short English question that the documents never use ("Alembic", "NumPy", "autopep8"), as the
    question spells them.

    A name is a word capitalised after the question's first word ("Zoom", "Alembic"), or one outside the common English
    words that mixes cases or holds a digit ("autopep8") or is a place in the actor finder's gazetteer however it is
    written ("peru": chat questions are often typed in lower case). Other lower-case words are left out: a question
    worded differently from the documents ("outdated") can still be answered by them, and an unknown one is more often
    a misspelling. Names in pasted code (`without_pasted_code`) are left out.
    """
    if language != ENGLISH:
        return []
    tokens = [t for t in iter_tokens(question, language) if t.end > t.start]
    if not tokens or len({t.term for t in tokens}) > SHORT_QUESTION_TERMS:
        return []
    # Names in pasted code are the member's ("AttributeError", their variables), not what the question asks about.
    question = without_pasted_code(question)
    tokens = [t for t in iter_tokens(question, language) if t.end > t.start]
    common = common_english_words()
    first_word = re.search(r"\w", question)
    opening = first_word.start() if first_word else 0
    names: dict[str, None] = {}
    for token in tokens:
        surface = question[token.start : token.end]
        place = fold(surface) in place_names()
        if not (place or _looks_like_name(surface)):
            continue
        if token.start == opening and surface[1:].islower() and not place:
            continue  # capitalised only because it opens the question
        if surface.casefold() in common and not surface[0].isupper():
            continue  # a common word, unless capitalised inside the question: a product's name ("Zoom", "Black")
        if _documents_use(engine, token.term):
            continue  # or a misspelling of a name they use ("Hatmanis" for "Hartmanis")
        names.setdefault(surface, None)
    return list(names)


def _documents_use(engine: Engine, term: str) -> bool:
    """True when the documents use `term` or a term one edit away from it (a misspelling of theirs)."""
    # Asked of the engine's view, not of its term statistics, which count every collection: a server is never told
    # what another server's documents mention.
    return engine.holds_any([term]) or engine.holds_any(_one_edit_away(term))


def unknown_words(question: str, language: str, engine: Engine) -> list[str]:
    """The words of an English question written in lower-case letters, outside the common English words, whose terms
    the documents never use, nor a term one edit away (a misspelling), as the question spells them (a name is
    `unmentioned_names`' business); words of pasted code are left out.

    A common word the documents never use is often a paraphrase of theirs (squad-small: "colloquial", "ascribed",
    "assertion" declined three answered questions); a rarer one ("encrypt") names a thing they do not treat.
    """
    if language != ENGLISH:
        return []
    prose = without_pasted_code(question)
    common = common_english_words()
    words: dict[str, None] = {}
    for token in iter_tokens(prose, language):
        surface = prose[token.start : token.end]
        if token.end <= token.start or not surface.isalpha() or not surface.islower() or surface in common:
            continue  # a name, a number, a hyphenated word (its parts are tokens of their own) or a common word
        if _documents_use(engine, token.term):
            continue
        words.setdefault(surface, None)
    return list(words)


# Shorter names of the gazetteer are acronyms or words in lower case ("us", "uk").
_MIN_PLACE_LENGTH = 4


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """The one-word names of countries (names, other names, adjectives, capitals) and world cities in the actor
    finder's gazetteer, folded ("peru", "peruvian", "lima", "houston")."""
    lexicon = load_lexicon()
    names = set(lexicon.cities)
    for country in lexicon.countries:
        names.update(
            fold(name) for name in (country.name, *country.other_names, *country.adjectives, *country.capitals)
        )
    return frozenset(name for name in names if len(name) >= _MIN_PLACE_LENGTH and " " not in name)


_SPELLING_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# A term this long may be misspelt in any letter; a shorter one is left alone: one edit away from a short term lie
# too many other words ("numpi" and "bumpi"). Accents need no edit: terms are written without them ("Herve" and
# "Hervé" are one term).
_MIN_MISSPELT_LENGTH = 6


def _one_edit_away(term: str) -> list[str]:
    """The terms one deletion, transposition, replacement or insertion of a letter away from a term long enough to
    be misspelt (none for a shorter one)."""
    if len(term) < _MIN_MISSPELT_LENGTH:
        return []
    splits = [(term[:i], term[i:]) for i in range(len(term) + 1)]
    edits = {a + c + b[1:] for a, b in splits if b for c in _SPELLING_LETTERS}
    edits |= {a + c + b for a, b in splits for c in _SPELLING_LETTERS}
    edits |= {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits.discard(term)
    return sorted(edits)


def _looks_like_name(word: str) -> bool:
    if "-" in word or "'" in word or _NUMBER.fullmatch(word):
        return False  # a hyphenated word's parts are tokens of their own
    return word[0].isupper() or any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word)


class IndexTerms:
    """The terms an engine's sentences hold, as a container (`term in IndexTerms(engine)`)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self._engine.document_frequency(term) > 0


def answer_question(
    question: str,
    corpus: Corpus,
    engine: Engine,
    top: int = 5,
    reranker: SemanticReranker | None = None,
    stored: StoredEmbeddings | None = None,
    in_scope: Callable[[str], bool] | None = None,
) -> Answer:
    """Rank the corpus for `question` and return up to `top` distinct hits, or a plain "not found".

    With a `reranker`, the best `RERANK_CANDIDATES` distinct hits, and with `stored` neighbours the
    `HYBRID_CANDIDATES` sentences nearest the question, are reordered by it before the first `top` are kept (and
    their scores are its blended scores); "not found" is decided from the lexical hits and their similarities. A
    question in a language the reranker does not read (`SemanticReranker.reads`) is ranked lexically. `in_scope`
    tells which document paths a question limited to some collections may see (the engine's view is limited already;
    what is read from the corpus beside it asks this).
    """
    top = max(1, min(top, MAX_TOP))
    shown = top
    language = question_language(question, corpus)
    if reranker is not None and not reranker.reads(language):
        reranker, stored = None, None  # the lexical ranking alone: the model's similarities would be noise here
    if reranker is not None:
        top = max(top, RERANK_CANDIDATES)
    terms = tokenize(question, language)
    terms += question_compound_parts(question, language, IndexTerms(engine))
    if not terms:
        # "What is it?" has words, all of them too common to search for; "🙂🙂" or "???" has none at all.
        common = has_letters_or_digits(question)
        reason = "only very common words" if common else "no letters or digits"
        return Answer(question, (), True, f"The question has no words to search for ({reason}).")
    if not engine.known_terms(terms):
        return _release_or_no_shared_word(question, corpus, in_scope, shown)
    query = informative_terms(engine, terms)
    asked = asked_terms(question, language, terms)
    semantic = _SEMANTIC_WORK.submit(_question_vector, question, reranker, stored) if reranker is not None else None
    ranked, ranked_terms = rank_candidates(
        question, query, corpus.sentences, engine, corpus.paragraphs, top * _OVERFETCH + 10, language, asked
    )
    sentences = corpus.sentences
    kept: list[RankedSentence] = []
    rows: list[IndexedSentence] = []
    sources: list[tuple[Source, ...]] = []
    by_key: dict[str, int] = {}
    words: list[frozenset[str]] = []
    read = 0  # how many ranked sentences were looked at until the hits were full
    for read, result in enumerate(ranked):
        if len(kept) >= top:
            break
        if read % top == 0:
            read_ahead(sentences, [r.position for r in ranked[read : read + top]])  # the next `top` rows at once
        sentence = sentences[result.position]
        key = fold_key(sentence.text)
        if key in by_key:
            index = by_key[key]
            sources[index] = _with_source(sources[index], source_of(corpus, sentence))
            continue
        sentence_words = word_set(sentence.text)
        if near_duplicate_of_any(sentence_words, words):
            continue  # the same statement worded a little differently: the top hits are different answers
        by_key[key] = len(kept)
        kept.append(result)
        rows.append(sentence)
        sources.append((source_of(corpus, sentence),))
        words.append(sentence_words)
    else:
        read = len(ranked)
    # Past the full hits, only a later exact duplicate of a hit is read: its place joins the hit's sources.
    for position, key in later_duplicates(sentences, [r.position for r in ranked[read:]], by_key):
        index = by_key[key]
        sources[index] = _with_source(sources[index], source_of(corpus, sentences[position]))
    hits: list[Hit] = []  # without their contexts, read for the hits shown only (`shown_hits`)
    evidence: list[tuple[str, ...]] = []
    base_scores: list[float] = []  # each hit's score without its asked terms' part
    for index, result in enumerate(ranked_terms.filled(kept)):
        sentence = rows[index]
        evidence.append((*result.matched_terms, *result.context_terms))
        base_scores.append(result.score - result.asked_score)
        hits.append(
            Hit(
                text=sentence.text,
                score=round(result.score, 6),
                sources=sources[index],
                matched_terms=result.matched_terms,
                sentence_id=sentence.sentence_id,
            )
        )
    if not hits:
        return _release_or_no_shared_word(question, corpus, in_scope, shown)
    # "Not found" weighs the hit that is best on the whole question: the asked terms' part reorders the answers, and
    # would make the best hit of a question on the documents' topic that they do not answer hold more of its words.
    best = max(range(len(base_scores)), key=lambda i: base_scores[i])
    evidence.insert(0, evidence.pop(best))
    similarities: list[float] | None = None
    if reranker is not None and semantic is not None:
        titled = titled_answers(corpus, frozenset(tokenize(question, language)), language, in_scope)
        hits, similarities = _reranked(question, corpus, hits, reranker, semantic, stored, words, titled)
        hits = with_novel_answer_first(question, with_answer_cue(question, without_pointers_first(question, hits)))
    release = release_asked(question, corpus, hits, in_scope)
    if release:
        ids = {hit.sentence_id for hit in release}
        hits = release + [hit for hit in hits if hit.sentence_id not in ids]
    if len(corpus.languages) > 1:
        hits = in_question_language_first(corpus, language, hits)
    unmentioned = unmentioned_names(question, language, engine)
    evidence_found = match_evidence(engine, terms, evidence, similarities, unmentioned)
    if not evidence_found.long_question:
        missing = missing_answer(question, hits, corpus, engine, terms, language)
        evidence_found = replace(evidence_found, answer_missing=missing)
        if weak_on_unknown_words(evidence_found):  # the words are looked up only where they could decide
            evidence_found = replace(evidence_found, unknown_words=tuple(unknown_words(question, language, engine)))
    reason = "" if release else not_found_reason(evidence_found)  # the release asked is found, by its heading
    if reason:
        return Answer(question, (), True, reason, weak=tuple(shown_hits(corpus, hits, WEAK_HITS)))
    return Answer(question, tuple(shown_hits(corpus, hits, shown)), False)


def _release_or_no_shared_word(
    question: str, corpus: Corpus, in_scope: Callable[[str], bool] | None, shown: int
) -> Answer:
    """The answer to a question no sentence shares a searched word with: the release it asks about, found by its
    heading ("What's new in 2.2.0?": its only searchable word may be the version, which stands in a heading alone),
    else "not found" (`NO_SHARED_WORD`)."""
    release = release_asked(question, corpus, [], in_scope)
    if release:
        return Answer(question, tuple(shown_hits(corpus, release, shown)), False)
    return Answer(question, (), True, NO_SHARED_WORD)


def shown_hits(corpus: Corpus, hits: Sequence[Hit], count: int) -> list[Hit]:
    """`fold_repeated_context(hits)[:count]` of hits whose contexts are not read yet, reading the contexts of only as
    many hits from the first as the folding looks at.

    The folding decides each hit from those above it, and cuts a hit's context at the next hit kept: once a run of hits
    from the first keeps more than `count`, the first `count` are those of all the hits. Contexts read for every kept
    hit (~40 a question with the reranker, 5 shown) took ~0.2 ms of a question at 300,000 sentences, and a query of
    the store's rows for those leaning on their neighbours.
    """
    filled: list[Hit] = []
    while True:
        end = min(len(hits), max(count + 1, 2 * len(filled)))
        more = hits[len(filled) : end]
        contexts = read_contexts(corpus, [_position(corpus, hit) for hit in more], [hit.text for hit in more])
        filled += [_replace_context(hit, context) for hit, context in zip(more, contexts, strict=True)]
        kept = fold_repeated_context(filled)
        if len(kept) > count or end == len(hits):
            return kept[:count]


def _position(corpus: Corpus, hit: Hit) -> int:
    """Where a hit's sentence stands in the corpus: every hit is a sentence of the snapshot it was ranked in (its row
    read already, so the on-disk corpus answers from its cache)."""
    position = corpus.position_of(hit.sentence_id)
    assert position is not None, hit.sentence_id
    return position


def without_pointers_first(question: str, hits: list[Hit]) -> list[Hit]:
    """The reranked hits with `POINTER_FACTOR` of the score of those that only announce what follows (`points_ahead`),
    send the reader elsewhere (`refers_elsewhere`), are a fragment (`is_fragment`) or a changelog's entry that the
    body answers too (`in_changelog`, unless the question `asks_about_changes`; `answered_in_body`), reordered: a
    lead-in is no answer, however close its paragraph (the list it opens) is to the question, nor is a label."""
    changes = asks_about_changes(question)
    pointers = [points_ahead(hit.text) or refers_elsewhere(hit.text) or is_fragment(hit.text) for hit in hits]
    entries = [not changes and in_changelog(hit.source) for hit in hits]
    body = [hit for hit, pointer, entry in zip(hits, pointers, entries, strict=True) if not pointer and not entry]
    demoted = [
        _replace_score(hit, hit.score * POINTER_FACTOR) if pointer or (entry and answered_in_body(hit, body)) else hit
        for hit, pointer, entry in zip(hits, pointers, entries, strict=True)
    ]
    return sorted(demoted, key=lambda hit: -hit.score)


def answered_in_body(entry: Hit, body: Sequence[Hit]) -> bool:
    """Whether a body hit (no changelog entry, no pointer) answers about as well as a changelog's entry: it scores at
    least `BODY_ANSWER_SHARE` of the entry's reranked score and holds the question's terms the entry holds, all but
    `BODY_TERMS_MISSING` of them. Then the entry yields to the body; else it is the only strong evidence and keeps
    its place."""
    terms = set(entry.matched_terms)
    bar = BODY_ANSWER_SHARE * entry.score
    return any(hit.score >= bar and len(terms.difference(hit.matched_terms)) <= BODY_TERMS_MISSING for hit in body)


# A question about changes that names a version (ranking.py, `asked_version`, `names_release`) gets the first
# `RELEASE_ENTRIES` statements under the release heading naming it (`release_entries`, fragments such as "#802" or
# "Released 2022-02-17" aside) first, read from the release's first `RELEASE_READ` positions (its sub-headings' rows,
# reference numbers and date lines are skipped on the way). Each entry scores `RELEASE_STEP` of the best hit's score
# above the next, the last that much above the best hit: they stand first, in the release's order.
RELEASE_ENTRIES = 3
RELEASE_READ = 40
RELEASE_STEP = 0.01


def release_asked(
    question: str, corpus: Corpus, hits: Sequence[Hit], in_scope: Callable[[str], bool] | None = None
) -> list[Hit]:
    """The first entries of the release that a question about changes names by its version (`release_entries`),
    scored just above the best hit (`RELEASE_STEP`), to stand first: they are what changed in it. An empty list for
    other questions."""
    version = asked_version(question) if asks_about_changes(question) else None
    entries = release_entries(corpus, version, hits, in_scope) if version is not None else []
    best = max((hit.score for hit in hits), default=1.0)
    return [
        Hit(
            sentence.text,
            round(best * (1.0 + RELEASE_STEP * (len(entries) - i)), 6),
            (source_of(corpus, sentence),),
            (version,) if version else (),
            sentence_id=sentence.sentence_id,
        )
        for i, sentence in enumerate(entries)
    ]


def release_entries(
    corpus: Corpus, version: str, hits: Sequence[Hit], in_scope: Callable[[str], bool] | None = None
) -> list[IndexedSentence]:
    """The first `RELEASE_ENTRIES` statements under the release heading naming `version` (`names_release`), found from
    the section paths of the corpus' runs of sentences (not its words: a heading is no indexed sentence). Among
    several releases naming it, the one in the document most hits stand in (ties: the corpus' order). The rows of the
    runs naming it, then a release's first `RELEASE_READ` rows, are each read from the store at once."""
    sentences = corpus.sentences
    starts = [
        (position, heading)
        for position, heading in _section_runs(corpus, version)
        if in_scope is None or in_scope(_document_path(corpus, sentences[position]))
    ]
    if not starts:
        return []
    paths = [hit.source.path for hit in hits]
    starts.sort(key=lambda start: -paths.count(_document_path(corpus, sentences[start[0]])))
    for position, heading in starts:
        document = sentences[position].document_id
        entries: list[IndexedSentence] = []
        ahead = range(position, min(len(sentences), position + RELEASE_READ))
        rows = sentences.fetch(ahead) if prefetches(sentences) else {p: sentences[p] for p in ahead}
        for next_position in ahead:
            sentence = rows.get(next_position)
            if sentence is None or not sentence.text:
                continue  # a heading's row in the store (not read): no answer, and its release goes on below it
            if sentence.document_id != document or heading not in sentence.section.split(SECTION_SEPARATOR):
                break
            if not is_fragment(sentence.text):
                entries.append(sentence)
                if len(entries) == RELEASE_ENTRIES:
                    break
        if entries:
            return entries
    return []


def _section_runs(corpus: Corpus, version: str) -> Iterator[tuple[int, str]]:
    """The first position of each release's sentences, with the heading naming `version` in their section path, from
    the corpus' runs (`_runs`): a run is one document's, so two documents' releases under the same section path
    (two collections' "Changelog › 1.0.0", one right after the other) are two releases."""
    sentences = corpus.sentences
    headings: dict[str, str | None] = {}  # a section path's heading naming the version, None for none
    named: list[tuple[int, str]] = []
    for position, section in _runs(sentences):
        if section not in headings:
            headings[section] = next((h for h in section.split(SECTION_SEPARATOR) if names_release(h, version)), None)
        heading = headings[section]
        if heading is not None:
            named.append((position, heading))
    read_ahead(sentences, [position for position, _ in named])  # their documents, in one read
    seen: set[str] = set()
    for position, heading in named:
        key = f"{_document_path(corpus, sentences[position])}\x00{heading}"
        if key not in seen:
            seen.add(key)
            yield position, heading


def _runs(sentences: Sequence[IndexedSentence]) -> Sequence[tuple[int, str]]:
    """The position starting each run of a document's sentences under one section path, and that path: the stored
    section runs (`StoredStructure.runs`), else an in-memory corpus' sentences read through. An empty list for an
    on-disk corpus without its stored facts: it is not read row by row (every row of the store) for this."""
    facts = sentences.structure if isinstance(sentences, Structured) else None
    if facts is not None:
        return facts.runs()
    if prefetches(sentences):
        return []
    runs: list[tuple[int, str]] = []
    previous: IndexedSentence | None = None
    for position, sentence in enumerate(sentences):
        if previous is None or (previous.document_id, previous.section) != (sentence.document_id, sentence.section):
            runs.append((position, sentence.section))
        previous = sentence
    return runs


def _document_path(corpus: Corpus, sentence: IndexedSentence) -> str:
    document = corpus.documents.get(sentence.document_id)
    return document.path if document is not None else ""


# A question asked in one of the folder's languages wants that language's text: where a page stands in several
# translations, the same tip in another language shared the question's names and numbers and came first (6 of the
# multilingual set's 198 first hits, all misses). A hit from a document in another language keeps this share of its
# score: at 0.8 a Spanish tip still came before the Portuguese one for a Portuguese question (close languages share
# words), 0.6 moved 4 of the set's answers up and none down (hm2, 8 December).
OTHER_LANGUAGE_FACTOR = 0.6


def in_question_language_first(corpus: Corpus, language: str, hits: list[Hit]) -> list[Hit]:
    """The hits reordered with `OTHER_LANGUAGE_FACTOR` of the score of those whose document is in another language
    than the question's (`question_language`)."""

    def other(hit: Hit) -> bool:
        document = corpus.documents.get(corpus.sentences[_position(corpus, hit)].document_id)
        return document is not None and document.language != language

    weighed = [_replace_score(hit, hit.score * OTHER_LANGUAGE_FACTOR) if other(hit) else hit for hit in hits]
    return sorted(weighed, key=lambda hit: -hit.score)


def with_answer_cue(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits reordered with `RERANKED_CUE_WEIGHT` × the best score added to those holding the kind of answer the
    question asks for (retrieval/answer/cues.py), as the lexical ranking does: the reranker's blend would wash its cue
    out. Some cues count here only (`reranked_cue`)."""
    cue = reranked_cue(question) if RERANKED_CUE_WEIGHT else None
    if cue is None or not hits:
        return hits
    bonus = RERANKED_CUE_WEIGHT * max(hit.score for hit in hits)
    cued = [_replace_score(hit, hit.score + bonus) if cue.held_by(hit.text) else hit for hit in hits]
    return sorted(cued, key=lambda hit: -hit.score)


# How many of the first reranked hits, and how close to the first's score, a section-mate holding the asked kind of
# answer is moved first from (`with_novel_answer_first`).
NOVEL_HITS = 5
NOVEL_REACH = 0.2


def with_novel_answer_first(question: str, hits: list[Hit]) -> list[Hit]:
    """The hits with the first of the next `NOVEL_HITS` - 1 that stands in the first hit's section (`_same_section`),
    scores within `NOVEL_REACH` of it and holds the kind of answer asked for in words the question does not hold
    (`novel_answer_cue`) moved first, when the first hit holds none: it only restates the question."""
    cue = novel_answer_cue(question)
    if cue is None or len(hits) < 2 or cue.held_by(hits[0].text):
        return hits
    first = hits[0]
    for index, hit in enumerate(hits[1:NOVEL_HITS], start=1):
        near = hit.score >= first.score - NOVEL_REACH * abs(first.score)
        if near and _same_section(hit.source, first.source) and cue.held_by(hit.text):
            return [_replace_score(hit, first.score), *hits[:index], *hits[index + 1 :]]
    return hits


def _same_section(a: Source, b: Source) -> bool:
    """Same document and section; in a document without sections, the same paragraph (its whole text is no topic)."""
    return a.path == b.path and a.section == b.section and (bool(a.section) or a.paragraph == b.paragraph)


def fold_repeated_context(hits: Sequence[Hit]) -> list[Hit]:
    """Hits in order, without context that only repeats a hit shown above them or right below them.

    A hit whose own sentence holds no word of the question, shown for a context sentence that is already a hit
    above it, is left out: it would show the same evidence twice. A hit with words of its own keeps its place and
    loses only the repeated context sentences. A hit's following context stops where the next hit's sentence would
    begin ("... the following debuggers:" then the hit "Delve: ..."): that hit shows it at once.
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
            hit = _replace_context(hit, context)
        shown.add(fold_key(hit.text))
        kept.append(hit)
    for index, (hit, below) in enumerate(itertools.pairwise(kept)):
        after = [fold_key(s) for s in hit.context.after]
        below_key = fold_key(below.text)
        if below_key in after:
            cut = Context(hit.context.before, hit.context.after[: after.index(below_key)])
            kept[index] = _replace_context(hit, cut)
    return kept


def _question_vector(
    question: str, reranker: SemanticReranker, stored: StoredEmbeddings | None
) -> tuple[npt.NDArray[np.float32], list[tuple[int, float]]]:
    """The question's embedding, and the stored sentences nearest it (none before every vector is stored)."""
    vector = reranker.embed_question(question)
    if stored is None or stored.neighbours is None:
        return vector, []
    return vector, stored.neighbours.nearest(vector, max(HYBRID_CANDIDATES, PARAGRAPH_NEIGHBOURS))


def _reranked(
    question: str,
    corpus: Corpus,
    hits: list[Hit],
    reranker: SemanticReranker,
    semantic: Future[tuple[npt.NDArray[np.float32], list[tuple[int, float]]]],
    stored: StoredEmbeddings | None = None,
    words: list[frozenset[str]] | None = None,
    titled: Sequence[int] = (),
) -> tuple[list[Hit], list[float] | None]:
    """The hits (and hybrid and paragraph neighbours and the `titled` answers' sentences, without their contexts) in
    the reranker's order, and each lexical hit's similarity to the question in the lexical order (None when the model
    failed)."""
    lexical = len(hits)
    try:
        question_vector, nearest = semantic.result()
        vectors = _stored_vectors(stored, [hit.sentence_id for hit in hits])
        beside: list[Hit] = []
        if stored is not None and nearest:
            first = hits[: min(lexical, NEIGHBOUR_PARAGRAPHS)]
            closest = max((float(v @ question_vector) for v in vectors.values()), default=-1.0)
            hybrid = nearest[:HYBRID_CANDIDATES]
            nearer = [(i, similarity) for i, similarity in hybrid if similarity > closest]
            neighbours = _neighbour_hits(corpus, stored, nearer, hits, words or [])
            if neighbours:
                vectors |= _stored_vectors(stored, [hit.sentence_id for hit in neighbours])
                hits = hits + neighbours
            beside = _paragraph_neighbours(corpus, stored, nearest[:PARAGRAPH_NEIGHBOURS], first, hits, words or [])
            vectors |= _stored_vectors(stored, [hit.sentence_id for hit in beside])
        share = NEIGHBOUR_SHARE * max((hit.score for hit in hits[:lexical]), default=0.0)
        if titled:
            raised = set(titled)
            hits = [_replace_score(hit, max(hit.score, share)) if hit.sentence_id in raised else hit for hit in hits]
        if stored is not None and titled:
            found = _neighbour_hits(corpus, stored, [(i, 0.0) for i in titled], hits + beside, words or [])
            beside += [_replace_score(hit, share) for hit in found]
            vectors |= _stored_vectors(stored, [hit.sentence_id for hit in found])
        beside = [hit for hit in beside if hit.sentence_id in vectors]
        candidates = []
        for hit in hits:
            vector = vectors.get(hit.sentence_id)
            if vector is not None:
                candidates.append(Candidate(hit.text, "", hit.score, vector))
                continue
            position = corpus.position_of(hit.sentence_id)
            paragraph = paragraph_text(corpus, position) if position is not None else hit.text
            candidates.append(Candidate(hit.text, paragraph, hit.score))
        added = [Candidate(hit.text, "", hit.score, vectors[hit.sentence_id]) for hit in beside]
        reranking = reranker.score(question, candidates, question_vector, added)
        hits = hits + beside[: len(reranking.scores) - len(hits)]
    except Exception:
        # The model is an optional refinement: if it fails, the lexical answer is still a good one.
        log.exception("semantic reranking failed; answering with the lexical ranking")
        return hits[:lexical], None
    # "Not found" weighs the lexical hits only: a neighbour always exists, however unrelated the question.
    return [_replace_score(hits[i], reranking.scores[i]) for i in reranking.order], reranking.similarities[:lexical]


def _stored_vectors(stored: StoredEmbeddings | None, ids: list[int]) -> dict[int, npt.NDArray[np.float32]]:
    """The stored vectors of these sentences: from the neighbours' copy of the rows once loaded, else from the store."""
    if stored is None:
        return {}
    return stored.neighbours.of(ids) if stored.neighbours is not None else stored.vectors.of(ids)


def _neighbour_hits(
    corpus: Corpus,
    stored: StoredEmbeddings,
    nearest: Sequence[tuple[int, float]],
    hits: Sequence[Hit],
    words: list[frozenset[str]],
) -> list[Hit]:
    """The `nearest` sentences (id, similarity) that are not among (or near duplicates of) the lexical `hits`, without
    their contexts (`shown_hits` reads them)."""
    shown = {fold_key(hit.text) for hit in hits}
    read_ahead(corpus.sentences, [sentence_id for sentence_id, _ in nearest])
    chosen: list[IndexedSentence] = []
    for sentence_id, _ in nearest:
        position = corpus.position_of(sentence_id)
        if position is None:
            continue  # indexed after this snapshot, or a heading
        sentence = corpus.sentences[position]
        document = corpus.documents.get(sentence.document_id)
        if document is None or (stored.in_scope is not None and not stored.in_scope(document.path)):
            continue
        sentence_words = word_set(sentence.text)
        if fold_key(sentence.text) in shown or near_duplicate_of_any(sentence_words, words):
            continue
        shown.add(fold_key(sentence.text))
        chosen.append(sentence)
    return [
        Hit(sentence.text, 0.0, (source_of(corpus, sentence),), (), Context(), sentence.sentence_id)
        for sentence in chosen
    ]


def _paragraph_neighbours(
    corpus: Corpus,
    stored: StoredEmbeddings,
    nearest: Sequence[tuple[int, float]],
    first: Sequence[Hit],
    hits: Sequence[Hit],
    words: list[frozenset[str]],
) -> list[Hit]:
    """The `nearest` sentences (id, similarity) standing in the paragraph of one of the `first` lexical hits and not
    among the `hits` (`_neighbour_hits`), each with `NEIGHBOUR_SHARE` of the best such hit's score."""
    scores: dict[tuple[int, int], float] = {}
    for hit in first:
        sentence = corpus.sentences[_position(corpus, hit)]
        place = (sentence.document_id, sentence.paragraph)
        scores[place] = max(scores.get(place, 0.0), hit.score)
    inherited: dict[int, float] = {}
    # One read for the ~30 nearest rows: each `position_of` of a row not read yet was a query of its own (15 a
    # question at 300,000 sentences, ~0.9 ms).
    read_ahead(corpus.sentences, [sentence_id for sentence_id, _ in nearest])
    for sentence_id, _ in nearest:
        position = corpus.position_of(sentence_id)
        if position is None:
            continue
        sentence = corpus.sentences[position]
        score = scores.get((sentence.document_id, sentence.paragraph))
        if score is not None:
            inherited[sentence_id] = NEIGHBOUR_SHARE * score
    chosen = [(i, similarity) for i, similarity in nearest if i in inherited]
    found = _neighbour_hits(corpus, stored, chosen, hits, words)
    return [_replace_score(hit, inherited[hit.sentence_id]) for hit in found]


def titled_answers(
    corpus: Corpus, terms: frozenset[str], language: str, in_scope: Callable[[str], bool] | None = None
) -> list[int]:
    """The ids of the first `TITLED_SENTENCES` sentences of each run of sentences (at most `TITLED_RUNS`, of the
    documents `in_scope` lets a question limited to some collections see) whose innermost heading, or document title
    before the first heading, holds exactly the question's `terms`."""
    if not terms:
        return []
    starts = _first_runs(corpus, _headed_runs(corpus, language).get(hash(terms), []), in_scope)
    sentences = corpus.sentences
    reader: object = sentences  # narrowed below, `sentences` staying a sequence
    if prefetches(reader):
        reader.fetch([p + i for p in starts for i in range(TITLED_SENTENCES) if p + i < len(sentences)])
    found: list[int] = []
    for start in starts:
        first = sentences[start]
        if _title_terms(_heading(corpus, first), language) != terms:
            continue  # another heading's terms of the same hash
        for position in range(start, min(start + TITLED_SENTENCES, len(sentences))):
            sentence = sentences[position]
            if sentence.document_id != first.document_id or sentence.section != first.section:
                break
            found.append(sentence.sentence_id)
    return found


# How many run starts under a heading are read at once, looking for the first `TITLED_RUNS` in a question's collections:
# a heading repeated in many documents ("Examples") may stand in other collections' documents first.
TITLED_READ = 50


def _first_runs(corpus: Corpus, starts: Sequence[int], in_scope: Callable[[str], bool] | None) -> Sequence[int]:
    """The first `TITLED_RUNS` of these run starts whose documents `in_scope` lets the question see (the first
    `TITLED_RUNS` for an unlimited question), their rows read `TITLED_READ` at a time."""
    if in_scope is None:
        return starts[:TITLED_RUNS]
    seen: list[int] = []
    for first in range(0, len(starts), TITLED_READ):
        batch = starts[first : first + TITLED_READ]
        read_ahead(corpus.sentences, batch)
        for position in batch:
            if in_scope(_document_path(corpus, corpus.sentences[position])):
                seen.append(position)
                if len(seen) == TITLED_RUNS:
                    return seen
    return seen


# The heading index of the `_HEADED_RUNS_KEPT` corpora asked last (`_headed_runs`), by their sentences and language,
# each with a weak reference to the corpus it was made for: an index left behind by a reindex does not keep its
# snapshot's sentences alive (an in-memory corpus holds every sentence; kept strongly, up to this many snapshots stayed
# in memory). A new one takes the place of the least recently asked (not of them all: the serving snapshot's index
# was made again after a few questions in other languages).
_HEADED_RUNS: dict[tuple[int, str], tuple[weakref.ref[Corpus], dict[int, list[int]]]] = {}
_HEADED_RUNS_KEPT = 4
_HEADED_RUNS_LOCK = threading.Lock()  # questions are answered in worker threads


def _headed_runs(corpus: Corpus, language: str) -> dict[int, list[int]]:
    """The hash of the terms of each section run's innermost heading (its document's title before the first heading),
    to the positions starting every such run, in the corpus' order (a collection's view shares the index, and its
    question keeps the first `TITLED_RUNS` of its own documents: `_first_runs`): from the stored structure, else from
    every sentence of an in-memory corpus (none for a store without its structure); made once a corpus and language,
    at its first question.

    Each distinct heading and title is tokenized once: headings repeat (a play's speakers, "Examples" in every
    chapter: 12,042 runs have 1,834 distinct innermost headings on the tuning sets), and tokenizing each run's took
    ~7 us of CPU, the most of the index's cost. The terms' hash stands for them (a frozenset of three terms and its
    strings take ~400 bytes; `titled_answers` checks a match's terms).
    """
    sentences = corpus.sentences
    key = (id(sentences), language)
    with _HEADED_RUNS_LOCK:
        kept = _HEADED_RUNS.pop(key, None)
        if kept is not None:
            maker = kept[0]()
            # a collection's view shares its snapshot's sentences
            if maker is not None and maker.sentences is sentences:
                _HEADED_RUNS[key] = kept  # the most recently asked last
                return kept[1]
    runs = _runs(sentences)
    untitled = [position for position, section in runs if not section]
    if prefetches(sentences):
        sentences.fetch(untitled)
    by_heading: dict[str, int] = {}  # the hash of a heading's terms, 0 for none
    by_section: dict[str, int] = {}  # of a section path's innermost heading
    by_title: dict[str, int] = {}

    def hashed(heading: str) -> int:
        found = by_heading.get(heading)
        if found is None:
            heading_terms = _title_terms(heading, language)
            found = by_heading[heading] = hash(heading_terms) if heading_terms else 0
        return found

    index: dict[int, list[int]] = {}
    for position, section in runs:
        if section:
            terms = by_section.get(section)
            if terms is None:
                terms = by_section[section] = hashed(section.rsplit(SECTION_SEPARATOR, 1)[-1])
        else:
            title = _heading(corpus, sentences[position])
            terms = by_title.get(title)
            if terms is None:
                terms = by_title[title] = hashed(title)
        if terms:
            index.setdefault(terms, []).append(position)
    with _HEADED_RUNS_LOCK:
        while len(_HEADED_RUNS) >= _HEADED_RUNS_KEPT:
            del _HEADED_RUNS[next(iter(_HEADED_RUNS))]  # the least recently asked
        _HEADED_RUNS[key] = (weakref.ref(corpus), index)
    return index


def _heading(corpus: Corpus, sentence: IndexedSentence) -> str:
    """The innermost heading over a sentence, or its document's title before the first heading."""
    if sentence.section:
        return sentence.section.rsplit(SECTION_SEPARATOR, 1)[-1]
    document = corpus.documents.get(sentence.document_id)
    return document.title if document is not None else ""


def _title_terms(heading: str, language: str) -> frozenset[str]:
    """The terms of a heading or title; none for a label ("Emilia:" over a speech in a play), which is not a title
    its first sentences answer."""
    return frozenset() if heading.rstrip().endswith(":") else frozenset(tokenize(heading, language))


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the best hits say about whether the documents answer a question (see `match_evidence`)."""

    coverage: float
    single_word: bool
    similarity: float | None = None
    unmentioned: tuple[str, ...] = ()
    long_question: bool = False
    answer_missing: str = ""  # a kind of answer the question asks for that its best hits do not state
    unknown_words: tuple[str, ...] = ()  # the question's lower-case words the documents never use (`unknown_words`)


def match_evidence(
    engine: Engine,
    terms: Sequence[str],
    matched: Sequence[Sequence[str]],
    similarities: Sequence[float] | None = None,
    unmentioned: Sequence[str] = (),
) -> Evidence:
    """The evidence of the hits, in lexical order: `matched[i]` holds the terms hit i and the sentence it leans on
    hold, `similarities[i]` its similarity to the question when a reranker scored it; `unmentioned` the question's
    names the documents never use (`unmentioned_names`)."""
    best = matched[0] if matched else ()
    coverage = question_coverage(engine, terms, best)
    single = len(set(best)) == 1 and len(set(terms)) > 1
    similarity = max(similarities) if similarities else None
    return Evidence(coverage, single, similarity, tuple(unmentioned), len(set(terms)) > SHORT_QUESTION_TERMS)


# What every "not found" reason but "never mention" starts with: the documents may hold the answer in other words.
NOT_ANSWERED = "The documents do not seem to answer this: "


def not_found_reason(evidence: Evidence) -> str:
    """Why the hits do not answer the question ("" when they may)."""
    if evidence.unmentioned:
        return f"The documents never mention {_quoted(evidence.unmentioned)}."
    if evidence.coverage < MIN_COVERAGE:
        return NOT_ANSWERED + "the closest sentences share only a few of its words."
    if evidence.similarity is None and evidence.single_word and evidence.coverage < SINGLE_WORD_COVERAGE:
        return NOT_ANSWERED + "the closest sentences share only one of its words."
    if evidence.long_question:
        bar, partial = LONG_MIN_SIMILARITY, PARTIAL_COVERAGE
    else:
        bar, partial = MIN_SIMILARITY, SHORT_PARTIAL_COVERAGE
    if evidence.similarity is not None and evidence.similarity < bar and evidence.coverage < partial:
        return NOT_ANSWERED + "the closest sentences are about something else."
    if evidence.unknown_words and weak_on_unknown_words(evidence):
        never_used = _quoted(evidence.unknown_words)
        return NOT_ANSWERED + f"they never use {never_used}, and the closest sentences are about something else."
    if evidence.answer_missing and evidence.similarity is not None:
        return NOT_ANSWERED + f"it asks for {evidence.answer_missing}, and the closest sentences state none."
    return ""


def _quoted(words: Sequence[str]) -> str:
    """The first `MAX_UNMENTIONED_SHOWN` of `words`, each in quotation marks: "“Alembic”, “NumPy”"."""
    return ", ".join(f"“{word}”" for word in words[:MAX_UNMENTIONED_SHOWN])


def weak_on_unknown_words(evidence: Evidence) -> bool:
    """True when a short question's hits are weak should it hold a word the documents never use (`unknown_words`):
    its best hit covers less than `SHORT_PARTIAL_COVERAGE` and its closest similarity is below the long questions'
    bar. Such a word is often what a question on the documents' topic asks and they do not state ("How do I encrypt
    the token?" of a signing library)."""
    return (
        not evidence.long_question
        and evidence.similarity is not None
        and evidence.similarity < LONG_MIN_SIMILARITY
        and evidence.coverage < SHORT_PARTIAL_COVERAGE
    )


def missing_answer(
    question: str, hits: Sequence[Hit], corpus: Corpus, engine: Engine, terms: Sequence[str], language: str
) -> str:
    """The kind of answer a short question asks for ("an amount of money", "a number", "the version of “X”") when its
    best `hits` state none (the first `NUMBER_HITS`, or for a number `states_asked_number`; for a version,
    `_missing_version`), else ""."""
    if asks_price(question):
        return "" if any(states_price(hit.text) for hit in hits[:NUMBER_HITS]) else "an amount of money"
    if asks_version(question):
        return _missing_version(question, hits[:VERSION_HITS], corpus, engine, terms, language)
    if asks_number(question):
        return "" if states_asked_number(question, hits, terms, language) else "a number"
    return ""


def states_asked_number(question: str, hits: Sequence[Hit], terms: Sequence[str], language: str) -> bool:
    """True when one of the first `NUMBER_HITS` hits states a number, or one of the first `NUMBER_NEAR_HITS` states
    one and holds one of the question's `terms` (other than its "How many/long ...?" word)."""
    asked = set(terms) - set(tokenize(NUMBER_WORDS_ASKED, language))
    return any(
        states_number(question, hit.text) and (rank < NUMBER_HITS or not asked.isdisjoint(tokenize(hit.text, language)))
        for rank, hit in enumerate(hits[:NUMBER_NEAR_HITS])
    )


def _missing_version(
    question: str, hits: Sequence[Hit], corpus: Corpus, engine: Engine, terms: Sequence[str], language: str
) -> str:
    """For a question asking a version (`cues.asks_version`): "the version of “X”" when no hit's surroundings (its
    paragraph and `VERSION_REACH` sentences either side) state a number and hold X, the question's rarest term the
    documents use besides its version words, nor does any of the `VERSION_SENTENCES` best sentences holding X."""
    asked = set(tokenize(VERSION_WORDS, language))
    known = [t for t in dict.fromkeys(terms) if t not in asked and engine.document_frequency(t)]
    if not known:
        return ""
    subject = max(known, key=lambda t: term_weight(engine, t))
    for hit in hits:
        position = _position(corpus, hit)
        near = sentence_context(corpus, position, VERSION_REACH, VERSION_REACH)
        text = " ".join((*near.before, hit.text, *near.after, paragraph_text(corpus, position)))
        if states_number(question, text) and subject in tokenize(text, language):
            return ""
    # a sentence naming it elsewhere that states a number may date it: the ranking missed it, the documents did not
    sentences = corpus.sentences
    if any(states_number(question, sentences[r.position].text) for r in engine.search([subject], VERSION_SENTENCES)):
        return ""
    named = (
        question[t.start : t.end] for t in iter_tokens(question, language) if t.term == subject and t.end > t.start
    )
    return f"the version of “{next(named, subject)}”"


# The sentences of a question that ask (end in '?'); the rest of a chat question is context.
_ASKED_SENTENCE = re.compile(r"[^.!?]*\?")


def asked_terms(question: str, language: str, terms: Sequence[str]) -> frozenset[str]:
    """The terms of a long question's sentences that ask (ending in '?'), when it also tells context; none for a short
    question, or one whose every term is in them."""
    if len(set(terms)) <= SHORT_QUESTION_TERMS:
        return frozenset()
    asked = frozenset(t for m in _ASKED_SENTENCE.finditer(question) for t in tokenize(m.group(), language))
    return asked if not asked >= set(terms) else frozenset()


def term_weight(engine: Engine, term: str) -> float:
    """A term's IDF over the engine's sentences; a term the documents never use weighs most."""
    size = max(engine.size, 1)
    frequency = engine.document_frequency(term)
    return math.log((size + 1) / frequency) if frequency else math.log(size + 1)


def informative_terms(engine: Engine, terms: Sequence[str], limit: int | None = None) -> list[str]:
    """The terms a question is ranked on: all of a short question's; of a long one, its `limit` rarest known terms
    (in question order, repeats kept)."""
    limit = MAX_QUERY_TERMS if limit is None else limit
    unique = list(dict.fromkeys(terms))
    if len(unique) <= limit:
        return list(terms)
    known = engine.known_terms(unique)
    keep = set(sorted(known, key=lambda t: -term_weight(engine, t))[:limit])
    return [t for t in terms if t in keep]


def _source_order(source: Source) -> tuple[str, int, int]:
    return (source.path, source.paragraph, source.sentence)


def source_of(corpus: Corpus, sentence: IndexedSentence) -> Source:
    """Where `sentence` of `corpus` stands, as a hit shows it (its document's path, title and language)."""
    document = corpus.documents[sentence.document_id]
    return Source(
        document.path,
        document.title,
        sentence.paragraph,
        sentence.sentence,
        sentence.section,
        sentence.page,
        document.language,
    )


def _with_source(sources: tuple[Source, ...], source: Source) -> tuple[Source, ...]:
    """A hit's sources with another place its sentence stands. The first stays first: the best ranked of the places
    (its section may be the one asked about), the one its context and id are of; the others follow in path order."""
    first, *others = sources
    return (first, *sorted({*others, source}, key=_source_order))


def _replace_context(hit: Hit, context: Context) -> Hit:
    return Hit(hit.text, hit.score, hit.sources, hit.matched_terms, context, hit.sentence_id)


def _replace_score(hit: Hit, score: float) -> Hit:
    return Hit(hit.text, round(score, 6), hit.sources, hit.matched_terms, hit.context, hit.sentence_id)
