"""Questions answered within some collections, by filtering at query time (see retrieval/scope.py).

One database and one search index hold every collection. The on-disk engine filters its queries on an indexed
`collection` field (tantivy_engine.py, `TantivyEngine.scoped`); the in-memory engines, seen through
`scoped_in_memory`, skip the sentences outside before scoring. Term statistics stay those of the whole index (they
show no document).

What a view's documents mention outside their answers (titles, headings, meta blocks) is asked through
`with_mentions`, within the view's collections too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from retrieval.index.engine import (
    Engine,
    ParagraphAwareEngine,
    ParagraphHit,
    RankBM25Engine,
    ScoredSentence,
    SentenceHit,
)
from retrieval.index.paragraphs import ParagraphIndex
from retrieval.models import IndexedSentence
from retrieval.scope import Scope, collection_of
from retrieval.store.mentions import MentionedTerms


class Ranges:
    """Positions in sorted, disjoint [start, end) ranges: membership by bisection."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, position: object) -> bool:
        if not isinstance(position, int):
            return False
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]


class EngineView:
    """An engine seen through a view: its size and term statistics are the whole engine's (they show no document);
    a view changes what `holds_any` and `search` see."""

    def __init__(self, inner: Engine) -> None:
        self._inner = inner

    @property
    def size(self) -> int:
        return self._inner.size

    def known_terms(self, terms: Sequence[str]) -> list[str]:
        return self._inner.known_terms(terms)

    def document_frequency(self, term: str) -> int:
        return self._inner.document_frequency(term)


class FilteredEngine(EngineView):
    """An in-memory engine seen through a filter on positions: the same scores, only the allowed sentences."""

    def __init__(self, inner: Engine, allowed: Callable[[int], bool]) -> None:
        super().__init__(inner)
        self._allowed = allowed

    def holds_any(self, terms: Sequence[str]) -> bool:
        if isinstance(self._inner, RankBM25Engine):
            return self._inner.holds_any(terms, within=self._allowed)
        return bool(self.search(self._inner.known_terms(terms), 1))

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        if isinstance(self._inner, RankBM25Engine):
            return self._inner.search(terms, limit, within=self._allowed)
        # Another engine: everything it finds, then the allowed ones (in-memory engines are small).
        found = self._inner.search(terms, self._inner.size)
        return [result for result in found if self._allowed(result.position)][:limit]


class MentioningEngine(EngineView):
    """An engine view whose `holds_any` also counts the terms its documents mention outside their answers (titles,
    headings, meta blocks: retrieval/store/mentions.py), in the collections of `scope` only; all else as `inner`."""

    def __init__(self, inner: Engine, mentions: MentionedTerms, scope: Scope | None) -> None:
        super().__init__(inner)
        self._mentions = mentions
        self._scope = scope

    def holds_any(self, terms: Sequence[str]) -> bool:
        return self._inner.holds_any(terms) or self._mentions.holds_any(terms, self._scope)

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        return self._inner.search(terms, limit)


class MentioningParagraphEngine(MentioningEngine):
    """`MentioningEngine` over an engine that ranks paragraphs itself (the on-disk one): those calls go to it."""

    def __init__(self, inner: Engine, mentions: MentionedTerms, scope: Scope | None) -> None:
        super().__init__(inner, mentions, scope)
        assert isinstance(inner, ParagraphAwareEngine)
        self._paragraph_aware: ParagraphAwareEngine = inner

    def sentence_hits(self, terms: Sequence[str], limit: int) -> list[SentenceHit]:
        return self._paragraph_aware.sentence_hits(terms, limit)

    def paragraph_hits(self, terms: Sequence[str], limit: int) -> list[ParagraphHit]:
        return self._paragraph_aware.paragraph_hits(terms, limit)

    def sentence_hits_in(self, terms: Sequence[str], paragraphs: Sequence[ParagraphHit]) -> list[SentenceHit]:
        return self._paragraph_aware.sentence_hits_in(terms, paragraphs)

    def paragraph_scores(self, terms: Sequence[str], units: Sequence[int]) -> dict[int, float]:
        return self._paragraph_aware.paragraph_scores(terms, units)

    def matched_terms(self, terms: Sequence[str], positions: Sequence[int]) -> dict[int, tuple[str, ...]]:
        return self._paragraph_aware.matched_terms(terms, positions)


def with_mentions(engine: Engine, mentions: MentionedTerms | None, scope: Scope | None) -> Engine:
    """`engine` (a view of the collections in `scope`, None: all) whose `holds_any` also counts `mentions`; itself
    when there are none."""
    if not mentions:
        return engine
    if isinstance(engine, ParagraphAwareEngine):
        return MentioningParagraphEngine(engine, mentions, scope)
    return MentioningEngine(engine, mentions, scope)


def scoped_in_memory(
    sentences: Sequence[IndexedSentence],
    paths: dict[int, str],
    engine: Engine,
    paragraphs: ParagraphIndex | None,
    scope: Scope,
) -> tuple[Engine, ParagraphIndex | None]:
    """The in-memory sentence and paragraph engines seen through `scope`. `sentences` are in engine order (sorted by
    document path), so each collection is one run of positions; `paths` maps document ids to paths."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for position, sentence in enumerate(sentences):
        inside = collection_of(paths.get(sentence.document_id, "")) in scope
        if inside and start is None:
            start = position
        elif not inside and start is not None:
            runs.append((start, position))
            start = None
    if start is not None:
        runs.append((start, len(sentences)))
    allowed = Ranges(runs)
    scoped_paragraphs = None
    if paragraphs is not None:
        units = Ranges(
            (paragraphs.unit_of[first], paragraphs.unit_of[end - 1] + 1) for first, end in runs if end > first
        )
        scoped_paragraphs = ParagraphIndex(
            FilteredEngine(paragraphs.engine, units.__contains__), paragraphs.unit_of, paragraphs.spans
        )
    return FilteredEngine(engine, allowed.__contains__), scoped_paragraphs
