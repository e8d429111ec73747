"""The persistent engine: BM25 through tantivy, kept on disk beside the SQLite database and updated incrementally.

Why: rank-bm25 holds every sentence's term counts in Python dicts and scores candidates in a Python loop; at a million
sentences that is ~1 s a question and ~2.3 GB (see docs/scaling.md). tantivy keeps a segment-based inverted index on
disk (memory-mapped), answers a top-k BM25 query in about a millisecond, takes additions and deletions without a
rebuild, and lets any number of processes read one index.

Same tokens: tantivy is fed the terms of `retrieval.tokenize` joined by spaces and split again by a whitespace
tokenizer with no filter, so both engines see exactly the same terms. tantivy's BM25 is Lucene's (k1 1.2, b 0.75,
IDF log(1 + (N - n + 0.5) / (n + 0.5)), document lengths stored in one byte), so scores differ a little from
rank-bm25's BM25Plus while rankings mostly agree (bench/scale.py reports the top-10 agreement).

Positions: in this engine a result's `position` is the sentence's row id in the store, and the corpus that goes with
it (`SqliteSentences`) is indexed by row id. Rows of one document have consecutive ids (they are inserted together),
so `position ± 1` is still the neighbouring sentence when it belongs to the same document.

Paragraphs: a second tantivy index (`paragraphs/` inside the sentence index's folder) holds one entry per paragraph
(a run of consecutive ids of one document and paragraph) with all its sentences' terms, so that answers score a
sentence with its paragraph as the in-memory path does (answer/ranking.py). A paragraph's unit number is the id
of its first sentence; every sentence entry stores its unit in a fast field, and each paragraph entry the id after its
last sentence, so the ranking learns which sentences share a paragraph, and which sentences a paragraph holds, from
the indexes alone (`TantivyEngine` is a `ParagraphAwareEngine`), reading from SQLite only the sentences it returns.
Both indexes are written in the same sync and recorded by the same side file; either one out of step is a mismatch.

On disk, `PersistentIndex` (persistence.py) keeps it in step with the store; `SqliteSentences` (sqlite_corpus.py)
is the corpus that goes with it.
"""

from __future__ import annotations

import copy
import functools
import logging
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence

import tantivy

from retrieval.index.engine import ParagraphHit, ScoredSentence, SentenceHit
from retrieval.scope import Scope, collection_of
from retrieval.store.reader import IndexRow

log = logging.getLogger(__name__)


_TOKENS = "tokens"


_SENTENCE_ID = "sentence_id"


PATH_FIELD = "path"


# The document's collection (retrieval/index/scope.py), one raw term: what a scoped question filters on.
COLLECTION_FIELD = "collection"


_PARAGRAPH = "paragraph"


_END = "end"


_WHITESPACE = "docbot_whitespace"


_MIN_FETCH = 16


# Results fetched at most to complete a tie group at the cut: limit × factor, and at least the minimum.
_TIE_FETCH_FACTOR = 4


_MIN_TIE_FETCH = 256


_FREQUENCY_CACHE = 100_000
# tantivy's indexing memory per writer for small writes (an update, an engine held in memory).
UPDATE_HEAP = 32_000_000


TokensLookup = Callable[[Sequence[int]], Mapping[int, Sequence[str]]]
"""Tokens of the sentences with these ids (for the matched terms of results)."""


def sentence_schema() -> tantivy.Schema:
    builder = _with_tokens()
    builder.add_unsigned_field(_SENTENCE_ID, stored=False, indexed=False, fast=True)
    # The sentence's paragraph unit: read with the results, and searched to score the sentences of given paragraphs.
    builder.add_unsigned_field(_PARAGRAPH, stored=False, indexed=True, fast=True)
    return _built_with_document(builder)


def paragraph_schema() -> tantivy.Schema:
    builder = _with_tokens()
    # The paragraph's sentences are the ids from its unit (its first sentence's id) to `end` (after its last); the
    # unit is searched too, to score given paragraphs.
    builder.add_unsigned_field(_PARAGRAPH, stored=False, indexed=True, fast=True)
    builder.add_unsigned_field(_END, stored=False, indexed=False, fast=True)
    return _built_with_document(builder)


def _with_tokens() -> tantivy.SchemaBuilder:
    """A schema's builder holding the searched tokens, the first field of both indexes."""
    builder = tantivy.SchemaBuilder()
    # Frequencies without positions: BM25 needs no more, and the index stays small.
    builder.add_text_field(_TOKENS, stored=False, tokenizer_name=_WHITESPACE, index_option="freq")
    return builder


def _built_with_document(builder: tantivy.SchemaBuilder) -> tantivy.Schema:
    """The schema of `builder` with the last fields of both indexes: the document's path and collection."""
    # The document path, as one raw term: what a changed or removed document's rows are deleted by.
    builder.add_text_field(PATH_FIELD, stored=False, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(COLLECTION_FIELD, stored=False, tokenizer_name="raw", index_option="basic")
    return builder.build()


def prepare_index(index: tantivy.Index) -> tantivy.Index:
    index.register_tokenizer(_WHITESPACE, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
    index.config_reader(reload_policy="manual")
    return index


def _document(sentence_id: int, unit: int, path: str, tokens: str) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text(_TOKENS, tokens)
    document.add_unsigned(_SENTENCE_ID, sentence_id)
    document.add_unsigned(_PARAGRAPH, unit)
    document.add_text(PATH_FIELD, path)
    document.add_text(COLLECTION_FIELD, collection_of(path))
    return document


def _paragraph_document(unit: int, end: int, path: str, tokens: str) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text(_TOKENS, tokens)
    document.add_unsigned(_PARAGRAPH, unit)
    document.add_unsigned(_END, end)
    document.add_text(PATH_FIELD, path)
    document.add_text(COLLECTION_FIELD, collection_of(path))
    return document


def add_rows(rows: Iterable[IndexRow], sentences: tantivy.IndexWriter, paragraphs: tantivy.IndexWriter) -> None:
    """Add sentences given in id order to both indexes; a paragraph is a run of consecutive ids of one document and
    paragraph (a gap in the ids starts a new one, so that a paragraph's ids are exactly its sentences)."""
    run: list[IndexRow] = []
    for row in rows:
        if run and (row[0] != run[-1][0] + 1 or row[2] != run[-1][2] or row[3] != run[-1][3]):
            _add_run(run, sentences, paragraphs)
            run = []
        run.append(row)
    if run:
        _add_run(run, sentences, paragraphs)


def _add_run(run: Sequence[IndexRow], sentences: tantivy.IndexWriter, paragraphs: tantivy.IndexWriter) -> None:
    unit, path = run[0][0], run[0][1]
    for sentence_id, _, _, _, tokens in run:
        sentences.add_document(_document(sentence_id, unit, path, tokens))
    paragraphs.add_document(_paragraph_document(unit, run[-1][0] + 1, path, " ".join(row[4] for row in run)))


def open_writers(
    sentences: tantivy.Index, paragraphs: tantivy.Index, heap: int, paragraph_heap: int
) -> tuple[tantivy.IndexWriter, tantivy.IndexWriter]:
    return (
        sentences.writer(heap_size=heap, num_threads=1),
        paragraphs.writer(heap_size=paragraph_heap, num_threads=1),
    )


def live_documents(index: tantivy.Index) -> int:
    index.reload()
    return int(index.searcher().num_docs)


def sample_sentence_ids(index: tantivy.Index, count: int) -> list[int]:
    """Up to `count` sentence ids from the index: its lowest and its highest (the oldest and the newest writes)."""
    searcher = index.searcher()
    ids: set[int] = set()
    for order in (tantivy.Order.Asc, tantivy.Order.Desc):
        result = searcher.search(tantivy.Query.all_query(), limit=count // 2, order_by_field=_SENTENCE_ID, order=order)
        ids.update(int(value) for value, _ in result.hits)
    return sorted(ids)


def _values(searcher: tantivy.Searcher, field: str, addresses: list[tantivy.DocAddress]) -> list[int]:
    """A u64 fast field of these results (0 where a result has none): tantivy gives Python ints, or None."""
    values = searcher.fast_field_values(field, addresses)
    if None in values:  # never for the entries `add_rows` writes, which all have both fields
        return [int(value or 0) for value in values]
    return values  # type: ignore[return-value]  # ints only: the fields are u64


def _hits(searcher: tantivy.Searcher, query: tantivy.Query, limit: int) -> list[tuple[float, tantivy.DocAddress]]:
    """The best `limit` results and, past them, the rest of the tie group at the cut (up to `_TIE_FETCH_FACTOR`)."""
    fetch = max(limit + limit // 2, _MIN_FETCH)
    most = max(limit * _TIE_FETCH_FACTOR, _MIN_TIE_FETCH)
    while True:
        hits = searcher.search(query, fetch, count=False).hits
        # Complete when every match came back, or when the last one scores below the result at the cut (so the
        # whole tie group at the cut is in). A tie group larger than `most` is cut in tantivy's order.
        if len(hits) < fetch or hits[-1][0] < hits[min(limit, len(hits)) - 1][0] or fetch >= most:
            return hits
        fetch = min(fetch * 4, most)


def _ranked(
    hits: list[tuple[float, tantivy.DocAddress]], keys: list[int], others: list[int]
) -> list[tuple[int, float, int]]:
    """(key, score, other) rows of these results by score, highest first, then by key: two stable sorts on one field
    each, rather than one on a (-score, key) tuple built for every row. Rows in the hit types' field order, so that
    a hit is made from its row in C (`_sentence_hit`)."""
    ranked = sorted(zip(keys, [score for score, _ in hits], others, strict=True), key=_FIRST)
    ranked.sort(key=_SECOND, reverse=True)  # stable, `reverse` included: equal scores keep the key order
    return ranked


# A hit from its (position, score, unit) row, made in C: `SentenceHit._make` is a Python method around the same call.
_sentence_hit: Callable[[tuple[int, float, int]], SentenceHit] = functools.partial(tuple.__new__, SentenceHit)


_FIRST = operator.itemgetter(0)


_SECOND = operator.itemgetter(1)


class TantivyEngine:
    """BM25 over a tantivy searcher pinned at one commit; a result's position is the sentence's id.

    Ties are broken by sentence id: tantivy's own order among equal scores is internal, so results are fetched until
    the tie group at the cut is complete and then sorted by (score, id). tantivy stores sentence lengths in one byte,
    so single-word questions over a large corpus can tie by the thousand: past `limit` × 4 results (at least 256)
    the rest of such a group is left out in tantivy's order, which keeps the cost of a question bounded.
    """

    def __init__(
        self,
        index: tantivy.Index,
        tokens_of: TokensLookup,
        generation: int = 0,
        paragraphs: tantivy.Index | None = None,
    ) -> None:
        self.sentence_schema = index.schema
        self._searcher = index.searcher()
        self._paragraphs = paragraphs.searcher() if paragraphs is not None else None
        self.paragraph_schema = paragraphs.schema if paragraphs is not None else None
        self._tokens_of = tokens_of
        self._size = self._searcher.num_docs
        self.generation = generation
        self._frequencies: dict[str, int] = {}
        self._scope: Scope | None = None

    def scoped(self, scope: Scope) -> TantivyEngine:
        """This engine (same searchers, same statistics) answering from the collections in `scope` only."""
        view = copy.copy(self)
        view._scope = scope
        return view

    @classmethod
    def from_tokens(cls, corpus: Sequence[Sequence[str]], paragraphs: Sequence[int] | None = None) -> TantivyEngine:
        """An engine held in memory over `corpus`, with positions 0..n-1 as ids (tests and benchmarks).

        `paragraphs` numbers each sentence's paragraph (consecutive sentences with the same number form one);
        without it every sentence is a paragraph of its own.
        """
        index = prepare_index(tantivy.Index(sentence_schema()))
        paragraph_index = prepare_index(tantivy.Index(paragraph_schema()))
        writers = open_writers(index, paragraph_index, UPDATE_HEAP, UPDATE_HEAP)
        numbers = paragraphs if paragraphs is not None else range(len(corpus))
        add_rows(
            ((position, "", 0, numbers[position], " ".join(tokens)) for position, tokens in enumerate(corpus)),
            *writers,
        )
        for writer in writers:
            writer.commit()
            writer.wait_merging_threads()
        index.reload()
        paragraph_index.reload()
        frozen = [tuple(tokens) for tokens in corpus]
        return cls(index, lambda ids: {i: frozen[i] for i in ids}, paragraphs=paragraph_index)

    @property
    def size(self) -> int:
        return self._size

    def document_frequency(self, term: str) -> int:
        # tantivy's term statistics (doc_freq) still count deleted sentences until their segment is merged; counting
        # the live matches is exact. Cached: a searcher never changes, and questions repeat their words.
        frequency = self._frequencies.get(term)
        if frequency is None:
            frequency = 0
            if term and self._searcher.doc_freq(_TOKENS, term):
                query = tantivy.Query.term_query(self.sentence_schema, _TOKENS, term)
                result = self._searcher.search(query, 1, count=True)
                frequency = int(getattr(result, "count", 0) or 0)  # `count` is missing from the stubs
            if len(self._frequencies) >= _FREQUENCY_CACHE:
                self._frequencies.clear()
            self._frequencies[term] = frequency
        return frequency

    def known_terms(self, terms: Sequence[str]) -> list[str]:
        return [term for term in dict.fromkeys(terms) if self.document_frequency(term) > 0]

    def holds_any(self, terms: Sequence[str]) -> bool:
        known = self.known_terms(terms)
        if self._scope is None or not known:
            return bool(known)
        return bool(self.search(known, 1))  # the collections filter applies

    def _query(self, schema: tantivy.Schema, terms: Sequence[str]) -> tantivy.Query:
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, _TOKENS, term)) for term in terms]
        )
        if self._scope is None:
            return query
        # The collections filter scores nothing: scores are as in the whole index.
        collections = tantivy.Query.term_set_query(schema, COLLECTION_FIELD, sorted(self._scope))
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, query), (tantivy.Occur.Must, tantivy.Query.const_score_query(collections, 0.0))]
        )

    def search(self, terms: Sequence[str], limit: int) -> list[ScoredSentence]:
        ranked = self.sentence_hits(terms, limit)
        matched = self.matched_terms(terms, [hit.position for hit in ranked])
        return [ScoredSentence(hit.position, hit.score, matched.get(hit.position, ())) for hit in ranked]

    # --- ParagraphAwareEngine (answer/ranking.py): the ranking's evidence, from the indexes alone ----------------

    def sentence_hits(self, terms: Sequence[str], limit: int) -> list[SentenceHit]:
        query_terms = self.known_terms(terms)
        if not query_terms or limit <= 0:
            return []
        return self._sentence_hits(self._query(self.sentence_schema, query_terms), limit)

    def sentence_hits_in(self, terms: Sequence[str], paragraphs: Sequence[ParagraphHit]) -> list[SentenceHit]:
        query_terms = self.known_terms(terms)
        if not query_terms or not paragraphs:
            return []
        query = self._within(self.sentence_schema, query_terms, [p.unit for p in paragraphs])
        # As many as the paragraphs hold sentences: every match comes back, and no tie group is cut.
        return self._sentence_hits(query, sum(end - first for first, end in (p.span for p in paragraphs)), exact=True)

    def paragraph_scores(self, terms: Sequence[str], units: Sequence[int]) -> dict[int, float]:
        query_terms = self.known_terms(terms)
        searcher, schema = self._paragraphs, self.paragraph_schema
        if searcher is None or schema is None or not query_terms or not units:
            return {}
        hits = searcher.search(self._within(schema, query_terms, units), len(units), count=False).hits
        found = _values(searcher, _PARAGRAPH, [address for _, address in hits])
        return dict(zip(found, [score for score, _ in hits], strict=True))

    def _within(self, schema: tantivy.Schema, terms: Sequence[str], units: Sequence[int]) -> tantivy.Query:
        """The query of `terms` over the entries of these paragraph units only. Scores are as in the whole index:
        the filter scores nothing, and BM25's statistics are the index's."""
        # A union of term queries: at 1M sentences several times faster than a term set query for a hundred units.
        units_query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, _PARAGRAPH, unit)) for unit in units]
        )
        within = tantivy.Query.const_score_query(units_query, 0.0)
        return tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self._query(schema, terms)), (tantivy.Occur.Must, within)]
        )

    def _sentence_hits(self, query: tantivy.Query, limit: int, exact: bool = False) -> list[SentenceHit]:
        searcher = self._searcher
        hits = searcher.search(query, limit, count=False).hits if exact else _hits(searcher, query, limit)
        addresses = [address for _, address in hits]
        ids = _values(searcher, _SENTENCE_ID, addresses)
        units = _values(searcher, _PARAGRAPH, addresses)
        return list(map(_sentence_hit, _ranked(hits, ids, units)[:limit]))

    def paragraph_hits(self, terms: Sequence[str], limit: int) -> list[ParagraphHit]:
        query_terms = self.known_terms(terms)
        searcher, schema = self._paragraphs, self.paragraph_schema
        if searcher is None or schema is None or not query_terms or limit <= 0:
            return []
        hits = _hits(searcher, self._query(schema, query_terms), limit)
        addresses = [address for _, address in hits]
        units = _values(searcher, _PARAGRAPH, addresses)
        ends = _values(searcher, _END, addresses)
        return [ParagraphHit(unit, score, (unit, end)) for unit, score, end in _ranked(hits, units, ends)[:limit]]

    def matched_terms(self, terms: Sequence[str], positions: Sequence[int]) -> dict[int, tuple[str, ...]]:
        query_terms = self.known_terms(terms)
        if not query_terms or not positions:
            return {}
        tokens = self._tokens_of(positions)
        matched: dict[int, tuple[str, ...]] = {}
        for position in positions:
            held = set(tokens.get(position, ()))
            matched[position] = tuple([term for term in query_terms if term in held])
        return matched
