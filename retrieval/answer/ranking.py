"""Scoring a sentence together with its context: its paragraph, the sentence before it, and what the question asks for.

A sentence on its own often lacks the words of the question that its neighbours carry ("It was commissioned by Odo",
"But a storm dispersed the fleet"). So a candidate's score is its own BM25 plus

- `PARAGRAPH_WEIGHT` × the BM25 of its paragraph, scored by a second engine over whole paragraphs (any `Engine`: the
  paragraph engine is built by the same factory as the sentence engine, see `build_paragraph_index`; the on-disk
  engine keeps a paragraph index of its own, see `ParagraphAwareEngine` and retrieval/index/tantivy_engine.py);
- `PREVIOUS_WEIGHT` × the BM25 of the sentence before it in the same paragraph (the one its pronouns point to);
- for a question asking when, how many or why, `CUE_WEIGHT` × the best sentence score when the sentence holds a date,
  a number or a reason (retrieval/answer/cues.py);
- the document's structure (issue 12): `SECTION_WEIGHT` × the IDF of the question terms its section path (the headings
  above it) holds, so "Which PEP does SQLModel adopt for editor support?" finds the sentence under "Editor support"
  first (it was fifth), and `FAQ_WEIGHT` in its place for a heading that is itself the question (a FAQ entry);
  `LEAD_IN_WEIGHT` × the BM25 of the sentence it leans on across a block boundary (the lead-in
  "This list MAY include:" of a list item, a table's header row of labels for its rows, a question or ':' just before
  it, the sentence before a paragraph that opens "These are: ..."), whose question terms then count as the hit's
  evidence for "not found" too; and a sentence that only points at what follows (ends in '?' or ':': "Why should we
  declare it with int | None?", "Go users mostly use the following debuggers:", a header row) keeps `POINTER_FACTOR`
  of its score.

Measured with bench/quality.py on bench/data/squad-small (293 questions) against sentence BM25 alone (k1 1.2, b 0.5):
hit@1 0.689 → 0.724, hit@5 0.874 → 0.915, MRR@10 0.774 → 0.803; each part helped on both halves of the set (odd and
even questions) and none moved the seed questions. Tried and dropped, as they measured no better or worse: the
document title as a field, the next sentence's score, a proximity bonus, bonuses for numbers after "how many" and for
names after "who", question-word bigrams, down-weighting the "what X" head noun, and an irregular-verb map in the
tokenizer.

The structure parts were chosen on realdocs-dev's tuning half (its even-numbered questions; the odd ones report) with
the default reranker (minilm): tuning hit@1/hit@5 0.424/0.773 -> 0.470/0.788, reporting 0.358/0.701 -> 0.418/0.716,
squad-small 0.754/0.949/MRR 0.833 -> 0.758/0.952/0.836, long questions unchanged (realdocs hit@5 0.833, squad 0.991).
Without the reranker: tuning 0.409/0.652 -> 0.424/0.682, reporting 0.269/0.627 -> 0.284/0.687, squad-small hit@1
0.717 -> 0.710 (the lead-in; hit@5 0.911 -> 0.915). Tried and dropped: only the innermost heading as the section
(reporting hit@5 0.642 -> 0.627), short sentences (< 4-5 words) scaled down, a sentence of 3 words or fewer as the
label of the next, the pronoun lead inside a paragraph as well (squad-small hit@1 0.717 -> 0.686), the sentence
after each of the 10 best as a candidate (no change), and no pointer factor for a ':' sentence that introduces code
(multilingual hit@1 +1, realdocs tuning hit@5 -1). The pointer factor costs the multilingual set (lexical) two
questions at hit@1 (0.889 -> 0.879; English unchanged).
Section paths are tokenized in the question's language (`section_terms`), the language its terms were made in.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeGuard, runtime_checkable

from retrieval.answer.cues import answer_cue
from retrieval.index.engine import Engine, ParagraphHit, SentenceHit, is_paragraph_aware
from retrieval.index.paragraphs import ParagraphIndex, same_paragraph
from retrieval.ingest.formats.blocks import CELL_SEPARATOR
from retrieval.ingest.releases import is_version_heading
from retrieval.models import SECTION_SEPARATOR, IndexedSentence, SentenceRecord, Source
from retrieval.protocols import implements
from retrieval.store.structure import HEADING
from retrieval.tokenize import ENGLISH, tokenize

PARAGRAPH_WEIGHT = 0.3


PREVIOUS_WEIGHT = 0.2


# × the best sentence score, for a sentence holding the kind of answer the question asks for (retrieval/answer/cues.py).
CUE_WEIGHT = 0.1


# × the IDF of each question term among the sentence's section path (its headings, outermost first).
SECTION_WEIGHT = 0.2


# × the IDF of each question term held by a sentence's innermost heading when that heading is itself a question
# covering at least `FAQ_SHARE` of the question's term weight (a FAQ's "Why does on_ready take so long to fire?"), in
# place of `SECTION_WEIGHT`: the sentences under it answer it, though they need not repeat its words ("Discord mandates
# that we can only send 1 guild per request."). Those sentences within `LEAD_IN_REACH` of a candidate join the
# candidates (`_faq_candidates`), and the heading's words count as their evidence for "not found". minilm:
# realdocs_discord hit@5 0.818 -> 0.836 (that question, from none to 4th); realdocs-dev reporting half 0.493 / 0.761 ->
# 0.507 / 0.776 (aggregate); realdocs-dev's tuning half, realdocs_extra and realdocs_books unchanged. Without the
# reranker, realdocs_discord's answerable "not found" 1 -> 0 (the same question), nothing else moves. A weight of 0.5
# moved nothing; a share of 0.5 lost an answer lexically ("Which events need the member intent?" under "Do I need
# privileged intents?").
FAQ_WEIGHT = 1.0


FAQ_SHARE = 0.7


# × the BM25 of the sentence a sentence leans on across a block boundary (`lead_in`).
LEAD_IN_WEIGHT = 0.3


# × the IDF of each term of a long question's asked sentences (those ending in '?') that the sentence holds: a chat
# question's context ("I keep wooden hives in a cold valley ...") shares more words with the passages on its topic than
# its question does with the answer (`answering.asked_terms`). minilm, hit@1 / hit@5: long-squad 0.788 / 0.991 ->
# 0.858 / 1.000, long-realdocs 0.667 / 0.955 -> 0.727 / 0.955, realdocs_extra 0.588 / 0.824 -> 0.588 / 0.843,
# realdocs-dev reporting half 0.418 / 0.761 -> 0.463 / 0.761 but tuning half 0.576 / 0.803 -> 0.561 / 0.788 (an
# AAL2 question whose context names the level asked about); short questions unchanged. 0.5 gained less everywhere;
# counting only asked terms the context does not use, less again.
ASKED_WEIGHT = 1.0


# A lead-in ("This list MAY include:") is looked for this many sentences back, over one-sentence blocks (list items).
LEAD_IN_REACH = 12


# A sentence that points at what follows (a question, a lead-in ending in ':') keeps this share of its score.
POINTER_FACTOR = 0.6


# How many sentences and paragraphs are asked of the engines: every sentence holding a query term, in practice.
SENTENCE_CANDIDATES = 1000


PARAGRAPH_CANDIDATES = 200


# The sentences of this many best paragraphs are candidates even when they hold no query term themselves.
EXPANDED_PARAGRAPHS = 20


# Asked of an engine that ranks paragraphs itself (`ParagraphAwareEngine`, the on-disk one): the best sentences, and
# the sentences holding a question word in the best paragraphs; every candidate's paragraph is then scored exactly.
# At 1M sentences (bench/scale.py's corpus, 200 questions), against near-exact rankings (10,000 sentences and 1,000
# paragraphs asked for), 100 and 100 keep 98.8% of the top ten and 98.9% of the first sentences, as 200 sentences
# do; 1,000 sentences and 20 paragraphs kept 97.9% and 99.5% at three times the cost. On squad-small any number
# from 3 up gives the same answers (its 20 best paragraphs are a quarter of its sentences).
DISK_SENTENCE_CANDIDATES = 100


DISK_PARAGRAPH_CANDIDATES = 100


@dataclass(frozen=True, slots=True)
class RankedSentence:
    """A candidate sentence with its combined score.

    `matched_terms` are the query terms the sentence holds; `context_terms` those its previous sentence holds when
    that sentence added to the score (the hit then leans on it), or its heading when that asks the question;
    `asked_score` the part of `score` that the terms of a long question's asked sentences added (`ASKED_WEIGHT`).
    """

    position: int
    score: float
    matched_terms: tuple[str, ...]
    context_terms: tuple[str, ...] = ()
    asked_score: float = 0.0


@runtime_checkable
class Prefetching(Protocol):
    """Sentences read from the store (`SqliteSentences`): many rows in one read, then each from a cache."""

    def fetch(self, ids: Sequence[int]) -> Mapping[int, IndexedSentence]: ...


def prefetches(sentences: object) -> TypeGuard[Prefetching]:
    """`isinstance(sentences, Prefetching)`, decided once a class (`implements`)."""
    return implements(sentences, Prefetching)


class StructureFacts(Protocol):
    """What `document_structure` decided of each sentence when it was written, by position, with its section path
    (retrieval/store/structure.py `StoredStructure`)."""

    def section(self, position: int) -> str: ...

    def runs(self) -> list[tuple[int, str]]: ...

    def lead_in(self, position: int) -> int | None: ...

    def pointer(self, position: int) -> bool: ...


@runtime_checkable
class Structured(Protocol):
    structure: StructureFacts | None


def rank_sentences(
    question: str,
    terms: Sequence[str],
    sentences: Sequence[IndexedSentence],
    engine: Engine,
    paragraphs: ParagraphIndex | None,
    limit: int,
    language: str = ENGLISH,
    asked: frozenset[str] = frozenset(),
) -> list[RankedSentence]:
    """The best `limit` sentences for the question by combined score, best first, ties by position (`terms` are the
    question's, tokenized in `language`), with their matched and context terms (`rank_candidates`, then
    `RankedTerms.filled` of them all)."""
    ranked, ranked_terms = rank_candidates(question, terms, sentences, engine, paragraphs, limit, language, asked)
    return ranked_terms.filled(ranked)


def rank_candidates(
    question: str,
    terms: Sequence[str],
    sentences: Sequence[IndexedSentence],
    engine: Engine,
    paragraphs: ParagraphIndex | None,
    limit: int,
    language: str = ENGLISH,
    asked: frozenset[str] = frozenset(),
) -> tuple[list[RankedSentence], RankedTerms]:
    """The best `limit` sentences for the question by combined score, best first, ties by position (`terms` are the
    question's, tokenized in `language`), without their matched and context terms: those come from the
    `RankedTerms` returned, for the sentences asked (the on-disk engine reads a sentence's row for them, and an answer
    keeps ~40 of the ~130 sentences it ranks).

    Candidates are the engine's best sentences and every sentence of the `EXPANDED_PARAGRAPHS` best paragraphs.

    An engine that ranks paragraphs itself (`ParagraphAwareEngine`, the on-disk one) is asked for
    `DISK_SENTENCE_CANDIDATES` sentences, the best paragraphs, the own scores of those paragraphs' sentences and the
    scores of every other candidate's paragraph: each candidate is scored exactly, whatever the corpus's size, and a
    short candidate list loses only sentences whose own score is below its cut. Otherwise `paragraphs` (or none) goes
    with `engine`, and a candidate whose paragraph is not among the `PARAGRAPH_CANDIDATES` best has no paragraph score.
    """
    if limit <= 0:
        return [], RankedTerms(engine, terms, language, sentences)
    # Paragraph unit of each candidate; without any paragraph information, the sentences say who is a neighbour.
    unit_of: dict[int, int] | None = None
    matched: dict[int, tuple[str, ...]] = {}
    paragraph_scores: dict[int, float] = {}
    expanded: list[ParagraphHit] = []  # the best paragraphs, whose every sentence is a candidate
    aware: object = engine  # narrowed below, `engine` staying an Engine
    if is_paragraph_aware(aware):
        hits = aware.sentence_hits(terms, DISK_SENTENCE_CANDIDATES)
        if not hits:
            return [], RankedTerms(engine, terms, language, sentences)
        best_paragraphs = aware.paragraph_hits(terms, max(DISK_PARAGRAPH_CANDIDATES, EXPANDED_PARAGRAPHS))
        expanded = best_paragraphs[:EXPANDED_PARAGRAPHS]
        paragraph_scores = {p.unit: p.score for p in best_paragraphs}
        own = {h.position: h for h in hits}
        for member in aware.sentence_hits_in(terms, best_paragraphs):
            own.setdefault(member.position, member)
        unit_of = {h.position: h.unit for h in own.values()}
        others = sorted({unit for unit in unit_of.values() if unit not in paragraph_scores})
        paragraph_scores.update(aware.paragraph_scores(terms, others))
    else:
        results = engine.search(terms, SENTENCE_CANDIDATES)
        if not results:
            return [], RankedTerms(engine, terms, language, sentences)
        index = paragraphs
        units: Sequence[int] = index.unit_of if index is not None else ()
        own = {r.position: SentenceHit(r.position, r.score, units[r.position] if units else -1) for r in results}
        matched = {r.position: r.matched_terms for r in results}
        if index is not None:
            unit_of = {position: units[position] for position in own}
            for rank, u in enumerate(index.engine.search(terms, PARAGRAPH_CANDIDATES)):
                paragraph_scores[u.position] = u.score
                if rank < EXPANDED_PARAGRAPHS:
                    expanded.append(ParagraphHit(u.position, u.score, index.spans[u.position]))
    best = max(h.score for h in own.values())
    candidates = set(own)
    for paragraph in expanded:
        for position in range(*paragraph.span):
            candidates.add(position)
            if unit_of is not None:
                unit_of.setdefault(position, paragraph.unit)

    # (score, position, leans on the previous sentence)
    scored: list[tuple[float, int, bool]] = []
    for position in candidates:
        hit = own.get(position)
        score = hit.score if hit is not None else 0.0
        unit = unit_of.get(position) if unit_of is not None else None
        if unit is not None:
            score += PARAGRAPH_WEIGHT * paragraph_scores.get(unit, 0.0)
        previous = own.get(position - 1)
        leans = previous is not None and (
            unit_of.get(position - 1) == unit
            if unit_of is not None
            else same_paragraph(sentences[position - 1], sentences[position])
        )
        if previous is not None and leans:
            score += PREVIOUS_WEIGHT * previous.score
        scored.append((score, position, leans))
    scored.sort(key=lambda r: (-r[0], r[1]))

    leads: dict[int, int] = {}  # a candidate's lead-in that added to its score
    headed: set[int] = set()  # candidates under a heading that asks the question (`_asked_by_heading`)
    asked_scores: dict[int, float] = {}  # what a candidate's asked terms added to its score
    if SECTION_WEIGHT or LEAD_IN_WEIGHT or POINTER_FACTOR != 1.0 or (ASKED_WEIGHT and asked):
        scored = _with_structure(
            scored, terms, sentences, engine, own, limit, language, leads, asked, asked_scores, headed
        )

    cue = answer_cue(question) if CUE_WEIGHT else None
    if cue is not None:
        # The cue moves a sentence up by at most CUE_WEIGHT × best: only those that close to the cut can enter it.
        bonus = CUE_WEIGHT * best
        cut = scored[min(limit, len(scored)) - 1][0] - bonus
        head = [r for r in scored if r[0] >= cut]
        if prefetches(sentences):
            sentences.fetch([r[1] for r in head])  # one read for all, rather than one per sentence
        scored = [(r[0] + bonus, r[1], r[2]) if cue.held_by(sentences[r[1]].text) else r for r in head]
        scored.sort(key=lambda r: (-r[0], r[1]))
    scored = scored[:limit]
    leaning = {position for _, position, leans in scored if leans}
    ranked = [RankedSentence(position, score, (), (), asked_scores.get(position, 0.0)) for score, position, _ in scored]
    return ranked, RankedTerms(engine, terms, language, sentences, own, matched, leads, headed, leaning)


class RankedTerms:
    """The matched and context terms of a question's ranked sentences (`rank_candidates`), found for those asked.

    Why: the on-disk engine reads a sentence's row for its terms, and an answer keeps ~40 of the ~130 sentences it
    ranks (the rest are read only to fold a later duplicate into a hit). The terms of a sentence do not depend on
    which others are asked with it.
    """

    def __init__(
        self,
        engine: Engine,
        terms: Sequence[str],
        language: str,
        sentences: Sequence[IndexedSentence],
        own: Mapping[int, SentenceHit] | None = None,
        matched: Mapping[int, tuple[str, ...]] | None = None,
        leads: Mapping[int, int] | None = None,
        headed: set[int] | None = None,
        leaning: set[int] | None = None,
    ) -> None:
        self._engine, self._terms, self._language, self._sentences = engine, terms, language, sentences
        self._own: Mapping[int, SentenceHit] = own or {}
        # Known already from an engine that returns them with its results; else asked of the engine when needed.
        self._matched: Mapping[int, tuple[str, ...]] | None = matched or None
        self._leads: Mapping[int, int] = leads or {}  # a ranked sentence's lead-in that added to its score
        self._headed: set[int] = headed or set()  # ranked sentences under a heading that asks the question
        self._leaning: set[int] = leaning or set()  # ranked sentences whose previous sentence added to their score

    def filled(self, ranked: Sequence[RankedSentence]) -> list[RankedSentence]:
        """These ranked sentences with their matched terms and their context terms."""
        matched = self._matched
        if matched is None and is_paragraph_aware(self._engine):
            # Only for these sentences and those they lean on (not for every candidate).
            leaning, leads = self._leaning, self._leads
            wanted = (
                [r.position for r in ranked]
                + [r.position - 1 for r in ranked if r.position in leaning]
                + [leads[r.position] for r in ranked if r.position in leads]
            )
            matched = self._engine.matched_terms(self._terms, [p for p in dict.fromkeys(wanted) if p in self._own])
        matched = matched or {}
        return [
            RankedSentence(
                r.position,
                r.score,
                matched.get(r.position, ()),
                _context_terms(matched, r.position, r.position in self._leaning, self._leads)
                + (
                    _heading_terms(self._sentences[r.position].section, self._terms, self._language)
                    if r.position in self._headed
                    else ()
                ),
                r.asked_score,
            )
            for r in ranked
        ]


def _context_terms(
    matched: Mapping[int, tuple[str, ...]], position: int, leans: bool, leads: Mapping[int, int]
) -> tuple[str, ...]:
    """The question terms of the sentence a hit leans on: the one before it in its paragraph, or its lead-in."""
    if leans:
        return matched.get(position - 1, ())
    lead = leads.get(position)
    return matched.get(lead, ()) if lead is not None else ()


@lru_cache(maxsize=4096)
def section_terms(section: str, language: str = ENGLISH) -> frozenset[str]:
    """The terms of a section path (its headings), tokenized in `language`."""
    return frozenset(tokenize(section, language))


def _term_weights(engine: Engine, terms: Sequence[str]) -> dict[str, float]:
    """Each question term's IDF over the sentences; a term only headings use (no sentence does) weighs most."""
    size = max(engine.size, 1)
    return {term: math.log((size + 1) / max(engine.document_frequency(term), 1)) for term in dict.fromkeys(terms)}


_LEADS_ON = re.compile(
    r"^[\"'“‘(]*(?:\d+[.)]\s+)?(?:these|this|those|that|they|it|he|she|so saying|such)\b", re.IGNORECASE
)


def lead_in(sentences: Sequence[IndexedSentence], position: int) -> int | None:
    """The sentence a paragraph's first sentence leans on across a block boundary: the lead-in ending in ':' of a list
    or table it belongs to, or the sentence just before when it opens with a pronoun ("These are: ...")."""
    if position == 0:
        return None
    here = sentences[position]
    previous = sentences[position - 1]
    if previous.document_id != here.document_id:
        return None
    if is_pointer(previous.text):
        return position - 1
    if here.sentence != 1:
        return None  # inside a paragraph, the previous sentence already counts (PREVIOUS_WEIGHT)
    if _LEADS_ON.search(here.text):
        return position - 1
    if position + 1 < len(sentences) and same_paragraph(sentences[position + 1], here):
        return None  # a paragraph of several sentences: not a list item
    for back in range(position - 1, max(-1, position - 1 - LEAD_IN_REACH), -1):
        candidate = sentences[back]
        if candidate.document_id != here.document_id:
            return None
        if candidate.text.rstrip().endswith(":") or is_table_header(sentences, back):
            return back
        if CELL_SEPARATOR in candidate.text:
            continue  # a row above in the same table (a cell may hold several sentences)
        if candidate.sentence != 1 or (back > 0 and same_paragraph(sentences[back - 1], candidate)):
            return None  # a paragraph of several sentences: not a list
    return None


# A header row's cells are labels: this many words at most, no digits, no sentence's end.
_LABEL_WORDS = 4


def is_table_header(sentences: Sequence[IndexedSentence], position: int) -> bool:
    """True for the first row of a table when its cells are labels ("Release | Support ends | Notes"): it names what
    the rows below hold, as a list's lead-in does, and answers nothing itself."""
    text = sentences[position].text
    if CELL_SEPARATOR not in text:
        return False
    if position > 0:
        previous = sentences[position - 1]
        if previous.document_id == sentences[position].document_id and CELL_SEPARATOR in previous.text:
            return False  # not the table's first row
    return all(
        cell.strip()
        and len(cell.split()) <= _LABEL_WORDS
        and not any(ch.isdigit() for ch in cell)
        and not cell.rstrip().endswith((".", "!", "?"))
        for cell in text.split(CELL_SEPARATOR)
    )


def points_away(sentences: Sequence[IndexedSentence], position: int) -> bool:
    """True for a sentence that keeps `POINTER_FACTOR` of its lexical score: a pointer (`is_pointer`), a
    cross-reference (`refers_elsewhere`) or a table's header row (`is_table_header`)."""
    text = sentences[position].text
    # (`is_table_header` holds only for a table row: the separator is looked for here, without a call and a read.)
    return (
        is_pointer(text) or refers_elsewhere(text) or (CELL_SEPARATOR in text and is_table_header(sentences, position))
    )


def document_structure(records: Sequence[SentenceRecord]) -> list[tuple[int, bool]]:
    """(how many sentences back its lead-in stands, 0 for none; `points_away`) of each of a document's sentences, as
    the ranking finds them among the stored rows (retrieval/store/structure.py): the rows of one document are
    consecutive, a heading's row is no answerable sentence (the on-disk corpus reads it as a gap of document 0), and
    no rule looks past the document's own rows. Headings get (0, False)."""
    view = [
        IndexedSentence(number, 0 if r.kind == HEADING else 1, r.paragraph, r.sentence, r.text, r.tokens, r.section)
        for number, r in enumerate(records)
    ]
    facts: list[tuple[int, bool]] = []
    for position, record in enumerate(records):
        if record.kind == HEADING:
            facts.append(_NO_FACTS)
            continue
        lead = lead_in(view, position)
        fact = (0 if lead is None else position - lead, points_away(view, position))
        # One tuple for each of the few distinct facts: a million sentences' lists held 64 MB of tuples, now 8 MB.
        facts.append(_FACTS.setdefault(fact, fact))
    return facts


_NO_FACTS = (0, False)
_FACTS: dict[tuple[int, bool], tuple[int, bool]] = {_NO_FACTS: _NO_FACTS}


def is_pointer(text: str) -> bool:
    """True for a sentence that points at what follows rather than saying it: a question, or a lead-in ending in ':'."""
    return text.rstrip().endswith((":", "?"))


# A lead-in that says only that something follows ("Go users mostly use the following debuggers:", "you see an
# exception looking like this:", "... could be done like this…"); one ending in ':' without such words often states
# the answer before its example ("There are currently two event hooks:", "Backslashes may not appear ...:"). minilm,
# hit@1: realdocs-dev tuning half 0.515 -> 0.530, realdocs_extra 0.549 -> 0.569; realdocs-dev's reporting half,
# squad-small, the long questions and the seed unchanged (every sentence ending in ":" instead: realdocs_extra hit@5
# 0.804 -> 0.765, long-realdocs 0.924 -> 0.909).
_POINTS_AHEAD = re.compile(
    r"\b(?:following|below|like this|like so|as follows)\b[^.!?]*[:…]\s*$|(?:\.\.\.|…)\s*$", re.IGNORECASE
)


def points_ahead(text: str) -> bool:
    """True for a sentence that only announces what follows (see `_POINTS_AHEAD`): with the semantic reranker it keeps
    `POINTER_FACTOR` of its blended score, as every pointer does of its lexical one, since the similarity of its
    paragraph (the list it introduces) would otherwise put it above the items that answer."""
    # Both alternatives end the text with ':', '…' or '...' (white space after them aside): the rest need no search.
    return text.rstrip().endswith((":", "…", "...")) and bool(_POINTS_AHEAD.search(text))


# A cross-reference: it names the topic asked about and sends the reader elsewhere for it ("For more information, see
# Proxies: FORWARD vs TUNNEL.", "See Appendix A for the complete Framework Core listing.", "The five Framework Core
# Functions are defined below."). minilm: realdocs-dev tuning half hit@5 0.788 -> 0.803, realdocs_extra hit@1/hit@5
# 0.569/0.804 -> 0.588/0.824; realdocs-dev's reporting half, squad-small, long-squad and the seed unchanged,
# long-realdocs hit@5 unchanged (one answer from 4th to 5th).
# A tutorial's announcement of what it turns to next ("Now let's talk a bit about why the id field can't be NULL ...",
# "Now is a good time to understand better why ..."): it names the topic, the sentences after it explain. minilm:
# realdocs-dev tuning half hit@1 0.561 -> 0.576, long-realdocs 0.652 -> 0.667 (MRR 0.776 -> 0.786); realdocs-dev's
# reporting half, realdocs_extra, squad-small, long-squad and the seed unchanged.
# Both kinds as one pattern tried at the start of the text (`match`) and one looked for anywhere (`search`). Inside a
# searched pattern the anchored alternatives were tried, and failed, at every position: ~280 calls a question took
# 2.8 ms at 300,000 sentences (9.7 us a call), now 1.1 (3.8 us; kept apart, the four parts take 8.5 us), the same
# sentences matched (all 298,990 of bench/scale.py's corpus).
_REFERS_ELSEWHERE_AT_START = re.compile(
    r"\W*(?:please\s+)?(?:see|refer to|consult)\b"
    r"|\W*for\s+(?:more|further|additional|a\s+(?:more\s+)?(?:comprehensive|complete|detailed|full|thorough))\b"
    r"[^.!?]*\b(?:see|refer to|check out|consult|read)\b"
    r"|\W*(?:(?:now|so|and|but|first|next|then|here),?\s+)*(?:let'?s|let us)\b",
    re.IGNORECASE,
)
_REFERS_ELSEWHERE_ANYWHERE = re.compile(
    r"\b(?:is|are)\s+(?:defined|described|listed|explained|discussed|given|shown|presented)\s+"
    r"(?:below|in\s+(?:section|appendix|chapter|table|figure)\b)|\bnow is a good time to\b",
    re.IGNORECASE,
)


def refers_elsewhere(text: str) -> bool:
    """True for a cross-reference or an announcement of what follows (see the patterns above): it shares the words
    of the topic, not the answer, so it keeps `POINTER_FACTOR` of its score, lexical and blended."""
    return bool(_REFERS_ELSEWHERE_AT_START.match(text) or _REFERS_ELSEWHERE_ANYWHERE.search(text))


# A changelog's entries ("Fix SSL case where verify=False ...", "Add --incremental flag (#4059)") hold a feature's
# words without explaining it: they came first for questions the body of the docs answers ("why is http2 off by
# default" got "HTTP/2 support is switched off by default ..." of a release). A sentence under a version heading
# (`retrieval.ingest.releases.is_version_heading`: "0.28.1 (6th December, 2024)", "v2.3", "Unreleased") or in a
# document titled as a changelog keeps `POINTER_FACTOR` of its blended score, unless the question asks about versions
# or changes (`asks_about_changes`), which a changelog answers.
_CHANGELOG_TITLE = re.compile(
    r"^(?:[\w.-]+\s+)?(?:change\s*log|changes|release\s+notes|release\s+history|what'?s\s+new)$",
    re.IGNORECASE,
)


# After the reranker, a changelog's entry yields only to a body hit (no entry, no pointer) that answers about as well
# (`answered_in_body`): one scoring at least `BODY_ANSWER_SHARE` of the entry's blended score and holding the
# question's terms the entry holds, all but `BODY_TERMS_MISSING`. When no body sentence does, the entry is the only
# strong evidence (a fix or a removal the manual never explains) and keeps its place. realdocs_changelogs (tuning,
# re-scoring the reranked hits): structlog hit@1 7 -> 10 of 23 (three changelog-only answers 4th/2nd/4th -> 1st), no
# body answer lost; the share alone gave the same, the reranker's similarity instead of the blended score (entry's
# less a margin 0-0.15) at best 9, with a body answer 1st -> 2nd at every margin below 0.08.
BODY_ANSWER_SHARE = 0.85
BODY_TERMS_MISSING = 1


def in_changelog(source: Source) -> bool:
    """True for a sentence of a changelog or release notes: a heading above it names a version, or its document's
    title is a changelog's."""
    if _CHANGELOG_TITLE.match(source.title.strip()):
        return True
    return any(is_version_heading(heading) for heading in source.section.split(SECTION_SEPARATOR) if heading)


# "What changed in 26.1.0?", "What's new in version 2.0?": a release's entries share no word with such a question but
# its version, which stands in the release's heading only. The version asked (`asked_version`: a dotted number in a
# question that `asks_about_changes`) finds the heading that names it (`names_release`); its first entries come first
# (answering.py, `release_asked` and `RELEASE_ENTRIES`).
_ASKED_VERSION = re.compile(r"(?<![\w.])v?(\d+(?:\.\d+)+)(?![\w.]*\w)", re.IGNORECASE)


def asked_version(question: str) -> str | None:
    """The version number a question names ("26.1.0" of "What changed in v26.1.0?"), as the tokenizer keeps it."""
    match = _ASKED_VERSION.search(question)
    return match.group(1) if match else None


def names_release(heading: str, version: str) -> bool:
    """True when `heading` is a release's version heading (`is_version_heading`) naming `version` or a release of it
    ("2.0" names "Version 2.0.0" and "2.0.1 - 2020-01-01")."""
    if not is_version_heading(heading):
        return False
    named = re.findall(r"\d+(?:\.\d+)+", heading)
    return any(number == version or number.startswith(version + ".") for number in named)


# A fragment: fewer than this many words ("rich progress bar", "Dot imports.", "fetchReply()", "For instance,"): a
# link's text, a label, an identifier listed alone. After the semantic reranker it keeps `POINTER_FACTOR` of its blended
# score: its embedding is all topic and no statement, so a label repeating the question's words came above the sentence
# that answers ("How do I show a progress bar ...?" got "rich progress bar" first). minilm, hit@1 (tuning sets):
# realdocs_extra 0.588 -> 0.608 (two more answers move up, 5th -> 2nd and 4th -> 3rd), realdocs_discord 0.564 ->
# 0.564 (3rd -> 2nd), realdocs-dev's tuning half unchanged. Lexically it was tried before and measured no better.
FRAGMENT_WORDS = 4


def is_fragment(text: str) -> bool:
    """True for a text of fewer than `FRAGMENT_WORDS` words: a label or a piece of a list, no statement."""
    return len(text.split()) < FRAGMENT_WORDS


def _hit_before(hits: Sequence[int], position: int) -> bool:
    """True when one of the `LEAD_IN_REACH` positions before `position` is among `hits` (sorted)."""
    index = bisect.bisect_left(hits, position)
    return index > 0 and hits[index - 1] >= position - LEAD_IN_REACH


def _asked_by_heading(section: str, weights: Mapping[str, float], language: str) -> float:
    """The IDF of the question terms that a section's innermost heading holds when that heading is a question
    covering at least `FAQ_SHARE` of the question's term weight (a FAQ entry asking it), else 0."""
    innermost = section.rsplit(SECTION_SEPARATOR, 1)[-1]
    total = sum(weights.values())
    if not innermost.rstrip().endswith("?") or total <= 0:
        return 0.0
    held = sum(weights.get(t, 0.0) for t in section_terms(innermost, language) if t in weights)
    return held if held >= FAQ_SHARE * total else 0.0


def _heading_terms(section: str, terms: Sequence[str], language: str) -> tuple[str, ...]:
    """The question terms of a section's innermost heading: the evidence a sentence under a heading that asks the
    question carries for "not found", as a lead-in's terms are."""
    held = section_terms(section.rsplit(SECTION_SEPARATOR, 1)[-1], language)
    return tuple(t for t in dict.fromkeys(terms) if t in held)


def _faq_candidates(
    head: Sequence[tuple[float, int, bool]],
    known: set[int],
    sentences: Sequence[IndexedSentence],
    section_of: Callable[[int], str],
    weights: Mapping[str, float],
    language: str,
) -> list[tuple[float, int, bool]]:
    """The sentences within `LEAD_IN_REACH` of a candidate under a heading that asks the question
    (`_asked_by_heading`), in its section, that are not candidates yet (with no score of their own)."""
    found: list[tuple[float, int, bool]] = []
    for _, position, _ in head:
        section = section_of(position)
        if not section or not _asked_by_heading(section, weights, language):
            continue
        sentence = sentences[position]
        window = [p for p in range(max(0, position - LEAD_IN_REACH), position + LEAD_IN_REACH + 1) if p not in known]
        window = [p for p in window if p < len(sentences)]
        if prefetches(sentences):
            sentences.fetch(window)
        for other in window:
            neighbour = sentences[other]
            if neighbour.document_id == sentence.document_id and neighbour.section == sentence.section:
                known.add(other)
                found.append((0.0, other, False))
    return found


def _with_structure(
    scored: list[tuple[float, int, bool]],
    terms: Sequence[str],
    sentences: Sequence[IndexedSentence],
    engine: Engine,
    own: Mapping[int, SentenceHit],
    limit: int,
    language: str,
    leads: dict[int, int],
    asked: frozenset[str] = frozenset(),
    asked_scores: dict[int, float] | None = None,
    headed: set[int] | None = None,
) -> list[tuple[float, int, bool]]:
    """`scored` with the section, asked-terms, lead-in and pointer parts added (to the candidates near enough the cut
    to move), and the sentences near a candidate under a heading that asks the question (`_faq_candidates`); fills
    `leads` with each candidate's lead-in that added to its score, `asked_scores` with what its asked terms added and
    `headed` with the candidates under such a heading."""
    weights = _term_weights(engine, terms)
    asked_weights = {t: w for t, w in weights.items() if t in asked} if ASKED_WEIGHT else {}
    reach = (
        SECTION_WEIGHT * sum(weights.values())
        + ASKED_WEIGHT * sum(asked_weights.values())
        + LEAD_IN_WEIGHT * max((h.score for h in own.values()), default=0)
    )
    cut = scored[min(limit, len(scored)) - 1][0] - reach
    head = [r for r in scored if r[0] >= cut]
    # A lead-in adds to a score only when it is a lexical hit, and `lead_in` returns one of the `LEAD_IN_REACH`
    # sentences before the candidate: a candidate with no hit that close is not looked at (nor its neighbours read).
    # bench/scale.py's corpus at 300,000 sentences: 60 of 243 candidates a question have one.
    hits = sorted(own)
    reaching = {p for p in (r[1] for r in head) if _hit_before(hits, p)} if LEAD_IN_WEIGHT else set()
    facts = sentences.structure if isinstance(sentences, Structured) else None
    section_of: Callable[[int], str]
    lead_of: Callable[[int], int | None]
    points_of: Callable[[int], bool]
    if facts is not None:
        # The facts `document_structure` stored when the document was written: rows are read only for the terms of
        # a long question's asked sentences. bench/scale.py's corpus, CPU a question: this pass 2.3-2.4 -> 0.5 ms at
        # 300,000 sentences, 3.0 -> 0.6 at 1M, where 253 -> 139 rows are read a question (the hits' own rows are
        # read later, for their matched terms and the answer, rather than here).
        if asked_weights and prefetches(sentences):
            sentences.fetch([r[1] for r in head])
        section_of, lead_of, points_of = facts.section, facts.lead_in, facts.pointer
    else:
        reader: object = sentences  # narrowed below, `sentences` staying a sequence
        if prefetches(reader):
            # One read for the candidates and the sentences before those `lead_in` looks at, and one for the
            # sentence after a paragraph's first (the only ones `lead_in` reads it for) and the row above a table row
            # (`is_table_header`). bench/scale.py's corpus at 300,000 sentences: 443 -> 260 rows read a question.
            wanted = [r[1] for r in head]
            reader.fetch(list(dict.fromkeys([*wanted, *(p - 1 for p in reaching if p > 0)])))
            reader.fetch(
                [p + 1 for p in reaching if sentences[p].sentence == 1]
                + [p - 1 for p in wanted if p > 0 and CELL_SEPARATOR in sentences[p].text]
            )

        def section_of(position: int) -> str:
            return sentences[position].section

        def lead_of(position: int) -> int | None:
            return lead_in(sentences, position)

        def points_of(position: int) -> bool:
            return points_away(sentences, position)

    if FAQ_WEIGHT:
        head += _faq_candidates(head, {r[1] for r in scored}, sentences, section_of, weights, language)
    out = []
    for score, position, leans in head:
        section = section_of(position)
        if SECTION_WEIGHT and section:
            heading_terms = section_terms(section, language)
            score += SECTION_WEIGHT * sum(weights.get(t, 0.0) for t in heading_terms if t in weights)
            asked_here = _asked_by_heading(section, weights, language) if FAQ_WEIGHT else 0.0
            if asked_here:
                score += (FAQ_WEIGHT - SECTION_WEIGHT) * asked_here
                if headed is not None:
                    headed.add(position)
        if asked_weights:
            tokens = sentences[position].tokens
            bonus = ASKED_WEIGHT * sum(w for t, w in asked_weights.items() if t in tokens)
            score += bonus
            if asked_scores is not None and bonus:
                asked_scores[position] = bonus
        if position in reaching:
            lead = lead_of(position)
            if lead is not None and lead in own:
                score += LEAD_IN_WEIGHT * own[lead].score
                leads[position] = lead
        if POINTER_FACTOR != 1.0 and points_of(position):
            score *= POINTER_FACTOR
        out.append((score, position, leans))
    out.sort(key=lambda r: (-r[0], r[1]))
    return out
