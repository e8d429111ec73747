"""The answer service: the one object the bot and the command line talk to.

It owns the store and the in-memory engine. CPU work (reading and splitting files, building the engine, ranking)
runs in worker threads so an event loop that calls it never blocks. A reindex builds a new index beside the one
serving and swaps it in only when complete, so questions are answered throughout and a failure changes nothing.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import datetime
import gc
import json
import logging
import sqlite3
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.actors.directory import ActorDirectory, ActorListing, ActorSummary, summarize
from retrieval.actors.facts import ACTORS_VERSION
from retrieval.actors.lexicon import fold
from retrieval.actors.refresh import refresh_actors
from retrieval.answer.answering import StoredEmbeddings, answer_question, paragraph_sentences
from retrieval.answer.embeddings import EmbeddingCallback, EmbeddingProgress, embed_missing, embedding_progress
from retrieval.answer.ranking import document_structure
from retrieval.answer.semantic import SemanticReranker
from retrieval.chatter import is_chatter
from retrieval.index.corpus import Corpus
from retrieval.index.engine import Engine, RankBM25Engine
from retrieval.index.paragraphs import build_paragraph_index
from retrieval.index.persistence import (
    AUTO_TANTIVY_SENTENCES,
    IndexDelta,
    IndexWriteError,
    PersistentIndex,
    use_tantivy,
)
from retrieval.index.scoped import scoped_in_memory, with_mentions
from retrieval.index.sqlite_corpus import SqliteSentences
from retrieval.index.tantivy_engine import TantivyEngine
from retrieval.index.vectors import NeighbourIndex, StoredVectors
from retrieval.ingest.document import AUTO_LANGUAGE, INGEST_VERSION
from retrieval.ingest.formats import readers_loaded
from retrieval.ingest.walk import (
    DEFAULT_MAX_FILE_BYTES,
    FINDING_ACTORS,
    SEARCH_INDEX,
    STORING,
    DocumentsFolderMissing,
    FolderNotAnswering,
    ProgressCallback,
    ScanProgress,
    ScanResult,
    scan_documents,
    summarize_not_documents,
    summarize_warnings,
    warning_digest,
)
from retrieval.language import release_model
from retrieval.models import (
    KEPT_LINE_CHARS,
    Answer,
    DocumentInfo,
    Hit,
    IndexedSentence,
    ReindexCounts,
    ReindexOutcome,
    ReindexReport,
    clip,
)
from retrieval.scope import Scope, collection_of, concerns_every_collection, in_scope, warning_in_scope
from retrieval.store import reindexes
from retrieval.store.actor_tables import read_actor_rows
from retrieval.store.cut_offs import (
    REINDEX_CUT_OFF_KEY,
    REINDEX_STARTED_KEY,
    CutOff,
    cut_off,
    cut_off_notes,
    reindex_note,
    started_and_scope,
)
from retrieval.store.database import Store
from retrieval.store.lock import held_elsewhere, writer_lock
from retrieval.store.mentions import MentionedTerms
from retrieval.store.mentions import load as load_mentions
from retrieval.store.reader import (
    STALE_COLLECTIONS_KEY,
    all_sentences,
    begin_reading,
    connect_readonly,
    stale_names,
    stored_sentence_count,
)
from retrieval.store.reader import documents as read_documents
from retrieval.store.reader import generation as read_generation
from retrieval.store.records import ActorSentence
from retrieval.times import shown_time
from retrieval.tokenize import TOKENIZER_VERSION, has_letters_or_digits
from retrieval.workers import in_daemon_thread, refuse_in_starting_worker

log = logging.getLogger(__name__)

# A Discord message with Nitro (4,000 characters): a question as long as anyone can post is answered, not refused.
# When the on-disk index cannot be written and nothing serves yet, up to this many sentences are answered from an
# index in memory instead (rank-bm25 needs about 2.3 GB a million sentences: docs/scaling.md).
IN_MEMORY_FALLBACK_SENTENCES = 2 * AUTO_TANTIVY_SENTENCES

# After a failed swap, following other writers waits this long before trying again (a rebuild is costly).
RETRY_SWAP_SECONDS = 60.0

# How often a serving index checks whether another process wrote the store (a cheap read of one meta row).
FOLLOW_SECONDS = 2.0

# How often the on-disk corpus's read transaction is moved on to the database as it is, while its documents are
# unchanged: a question's reads then never wait on it, and the write-ahead log is checkpointed past what was written.
ROLL_FORWARD_SECONDS = 60.0

DEFAULT_MAX_QUESTION_CHARS = 4000

# A reindex whose reading of the folder reads nothing (no file listed, none read) for this long gives it up: a share
# that hangs. Long: a worker process reading one large PDF on a busy host tells nothing until it is read, and a reading
# given up is tried again by the folder watch (a stop never waits for it either way).
FOLDER_SILENT_SECONDS = 600.0

# The log line of each file a reindex skipped or read with a note (`docbot index` prints them in its report instead).
INDEXING_WARNING = "while indexing: %s"
# The files a docs site keeps beside its documents, counted by kind, logged once as the skipped files are.
NOT_DOCUMENTS = "not documents, skipped: %s"


# The actor directories of distinct scopes kept between reindexes (/actor, /actors with COLLECTIONS). Each holds the
# look-up tables of its collections' actors (some 1.1 MB for 121 news articles): a bot in thousands of servers, each
# its own scope, kept one per server until the next reindex. Past this many the least recently used is built again
# at its next question.
SCOPED_DIRECTORIES_KEPT = 16

EngineFactory = Callable[[list[IndexedSentence]], Engine]


class _FullCollectionsPostponed:
    """While a reindex runs, no automatic full garbage collection (generation 2): its third threshold is raised, the
    youngest generations are collected as before; the thresholds are put back when the last reindex running in the
    process ends, and one full collection then runs in a worker (`collect_after`), not on the event loop's thread.

    Each full collection walks every tracked object not frozen (bot/client.py's `gc.freeze()`) and holds the
    interpreter lock: at 1M sentences / 50,000 actors, 3-4 ran during a /reindex (up to 99-135 ms CPU in workers, up
    to 63 ms of one event-loop step when the loop's thread set one off), set off by what the reindex holds while it
    reads (docs/benchmarks.md, hl8, hl9). Safe: reference counting frees everything not in a cycle as before, and
    cycles among young objects are still found; only a cycle that lived long enough to reach the oldest generation
    during the reindex stays until its end, when the collection after it frees it."""

    POSTPONED = 1_000_000  # generation 2's threshold meanwhile: collections of generation 1 between full ones

    def __init__(self) -> None:
        self._running = 0
        self._thresholds = gc.get_threshold()
        self._imported = False

    def __enter__(self) -> None:
        if not self._running:
            self._thresholds = gc.get_threshold()
            young, middle, _ = self._thresholds
            gc.set_threshold(young, middle, self.POSTPONED)
        self._running += 1

    def __exit__(self, *exc: object) -> None:
        self._running -= 1
        if not self._running:
            gc.set_threshold(*self._thresholds)

    async def collect_after(self, imported: bool = False) -> None:
        """The full collection put off, in a worker, once no reindex runs, if one was put off (generation 1 was
        collected as often as the third threshold asks since the last full one: a small reindex seldom gets there, and
        a full collection of a large process costs up to a second of a worker's time for nothing), or if the reindex
        imported modules (`imported`: a format's reader, at its first document) in a process that froze its heap (the
        bot: bot/client.py). That process freezes again after the collection, as it froze those imported by start-up's
        reindex, so that later full collections do not walk them (the readers' ~10,700 objects: docs/benchmarks.md
        hl8, hl10)."""
        self._imported = self._imported or imported
        if self._running:
            return
        refreeze = self._imported and gc.get_freeze_count() > 0
        if refreeze or gc.get_count()[2] >= self._thresholds[2]:
            await asyncio.to_thread(gc.collect)
            if refreeze:
                gc.freeze()
        self._imported = False


_full_collections = _FullCollectionsPostponed()


def build_rank_bm25(sentences: list[IndexedSentence]) -> Engine:
    """The default engine: rank-bm25's BM25Plus in memory."""
    return RankBM25Engine([s.tokens for s in sentences])


class QuestionError(ValueError):
    """A question that cannot be asked (empty, no question, or too long); the message is meant for the person asking."""


EMPTY_QUESTION = "The question is empty: ask something about the documents."
# "thanks!", "hi", "lol", an emoji alone (`retrieval.chatter`): answering them quoted the documents' "Thank you" lines.
NOT_A_QUESTION = (
    "That doesn't look like a question: ask something about the documents in words, e.g. “How do I install it?”"
)
# The log line of a collection a reindex kept as it was, its folder lost (`lost_collections`); also in its report.
COLLECTION_KEPT = "reindex: %s"


def _failure_kind(error: Exception) -> str:
    """How a reindex that raised `error` is said to have ended (/status, `docbot check`)."""
    if isinstance(error, RemovalRefused):
        return "refused"
    return "folder missing" if isinstance(error, DocumentsFolderMissing) else "failed"


def _counts_by_collection(
    report: ReindexReport | None, scope: Scope | None
) -> tuple[ReindexCounts, dict[str, ReindexCounts]]:
    """What `report` tells of no one collection (the documents folder, its .docbotignore, the actors pass), and its
    counts and problem lines by collection: every one of `scope` (a failed reindex of them is theirs), the others
    that it touched; problem lines cut to KEPT_LINE_CHARS."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in scope or ()}
    if report is None:
        return ReindexCounts(), {name: ReindexCounts() for name in counts}
    for key, paths in (("added", report.added), ("changed", report.changed), ("removed", report.removed)):
        for path in paths:
            counts.setdefault(collection_of(path), Counter())[key] += 1
    shared_skipped = 0
    for warning in report.warnings:
        if concerns_every_collection(warning.path):
            shared_skipped += 1
        else:
            counts.setdefault(collection_of(warning.path), Counter())["skipped"] += 1
    # The kept collections' lines come first among the problems, one each (`_reindex`).
    kept = report.kept_collections
    own: dict[str, list[str]] = {}
    for name, line in zip(kept, report.problems, strict=False):
        own.setdefault(name, []).append(clip(line, KEPT_LINE_CHARS))
        counts.setdefault(name, Counter())
    shared = ReindexCounts(
        skipped=shared_skipped, problems=tuple(clip(line, KEPT_LINE_CHARS) for line in report.problems[len(kept) :])
    )
    return shared, {
        name: ReindexCounts(c["added"], c["changed"], c["removed"], c["skipped"], tuple(own.get(name, ())))
        for name, c in counts.items()
    }


class ReindexInProgress(RuntimeError):
    """A reindex was asked for while one is running."""


class RemovalRefused(RuntimeError):
    """A reindex would remove most of the index (an emptied or unmounted folder, say): nothing was changed. Its text
    says what happened; how to go on is each front end's own (a flag on the command line, a button on Discord)."""


def _mass_removal(removed: int, indexed: int) -> bool:
    """Whether removing `removed` of `indexed` documents is more than half of them (or all): a folder lost, not
    documents deleted."""
    return removed > 0 and removed * 2 > indexed


def _lost_text(removed: int, indexed: int, folder: str, outcome: str) -> str:
    """The line that tells a reindex found `folder` lost (`_mass_removal`) and what it did (`outcome`)."""
    return f"{folder} no longer has {removed:,} of the {indexed:,} indexed documents (is it mounted?); {outcome}."


def refuse_mass_removal(removed: int, indexed: int, allowed: bool) -> None:
    """Raise `RemovalRefused` when a reindex would remove more than half of the `indexed` documents (or all)."""
    if allowed or not _mass_removal(removed, indexed):
        return
    raise RemovalRefused(
        _lost_text(removed, indexed, "the documents folder", "nothing was changed and the index still answers")
    )


# What a reindex did with a collection whose folder is lost: the end of its line in the report (`lost_collections`).
LOST_COLLECTION_KEPT = "its documents were kept and still answer"
# At a reindex reading every document again (an upgrade): kept in the reading they had, until the folder is back.
LOST_COLLECTION_KEPT_STALE = "its documents were kept as an earlier docbot read them, and still answer until it is back"


def lost_collections(removed: Iterable[str], indexed: Iterable[str], guarded: Scope, outcome: str) -> dict[str, str]:
    """The collections of `guarded` whose folders lost more than half of their `indexed` documents (`removed`), each
    with the line a reindex that keeps them reports, ending in `outcome` (a share of several, unmounted alone)."""
    gone = Counter(collection_of(path) for path in removed)
    held = Counter(collection_of(path) for path in indexed)
    return {
        name: _lost_text(gone[name], held[name], f"the folder of collection {name}", outcome)
        for name in sorted(guarded)
        if _mass_removal(gone[name], held[name])
    }


def keep_collections(scan: ScanResult, names: Scope) -> None:
    """Leave the documents of the collections `names` as the store holds them: none added, changed or removed."""

    def outside(path: str) -> bool:
        return collection_of(path) not in names

    scan.unchanged += [path for path in (*scan.changed, *scan.removed) if not outside(path)]
    scan.added = [path for path in scan.added if outside(path)]
    scan.changed = [path for path in scan.changed if outside(path)]
    scan.removed = [path for path in scan.removed if outside(path)]
    scan.over_cap = [path for path in scan.over_cap if outside(path)]
    scan.parsed = [document for document in scan.parsed if outside(document.path)]
    scan.restamped = [stamp for stamp in scan.restamped if outside(stamp[0])]
    scan.mentions = {path: terms for path, terms in scan.mentions.items() if outside(path)}


class NotReady(RuntimeError):
    """No index has been loaded or built yet."""


class SnapshotLeases:
    """How many questions read a snapshot now, and whether it was swapped out: its read connection is closed when
    both hold (thread-safe: questions lease it from worker threads too)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._readers = 0
        self._retired = False

    def acquire(self) -> None:
        with self._lock:
            self._readers += 1

    def release(self) -> bool:
        """True when this was the last reader of a retired snapshot: close it now."""
        with self._lock:
            self._readers -= 1
            return self._retired and self._readers == 0

    def retire(self) -> bool:
        """True when no one reads the snapshot: close it now (else its last reader will)."""
        with self._lock:
            first = not self._retired
            self._retired = True
            return first and self._readers == 0


@dataclass(frozen=True, slots=True)
class IndexSnapshot:
    """An immutable, complete index: what questions are answered from until the next swap."""

    corpus: Corpus
    engine: Engine
    documents: tuple[DocumentInfo, ...]
    generation: int  # the store's write generation this index reflects
    # What the documents mention outside their answers (titles, headings, meta blocks), read with the sentences.
    mentions: MentionedTerms | None = field(default=None, compare=False, repr=False)
    _views: dict[Scope | None, tuple[Corpus, Engine]] = field(default_factory=dict, compare=False, repr=False)
    _leases: SnapshotLeases = field(default_factory=SnapshotLeases, compare=False, repr=False)

    @contextlib.contextmanager
    def lease(self) -> Iterator[IndexSnapshot]:
        """Read this snapshot; if it is swapped out meanwhile, it is closed when the last reader is done."""
        self._leases.acquire()
        try:
            yield self
        finally:
            if self._leases.release():
                self._close()

    def retire(self) -> None:
        """Swapped out: close it once no question reads it. Left to the garbage collector, the on-disk corpus's read
        connection stayed open (18 of 40 after 40 reindexes), holding its read transaction and a file."""
        if self._leases.retire():
            self._close()

    def roll_forward(self) -> None:
        """Move the on-disk corpus's read transaction on to the database as it is (`SqliteSentences.roll_forward`);
        an index in memory holds none."""
        if isinstance(self.corpus.sentences, SqliteSentences):
            self.corpus.sentences.roll_forward()

    def _close(self) -> None:
        if isinstance(self.corpus.sentences, SqliteSentences):
            self.corpus.sentences.close()

    def view(self, scope: Scope | None) -> tuple[Corpus, Engine]:
        """The corpus and engine that answer a question limited to the collections in `scope` (None: all); the
        engine's `holds_any` also counts what those collections' documents mention outside their answers
        (`with_mentions`). Built once per scope and snapshot; the in-memory view walks the corpus once: call it in a
        worker thread."""
        view = self._views.get(scope)
        if view is None:
            if scope is None:
                view = (self.corpus, self.engine)
            elif isinstance(self.engine, TantivyEngine):
                view = (self.corpus, self.engine.scoped(scope))
            else:
                paths = {d.document_id: d.path for d in self.documents}
                sentences, paragraphs = self.corpus.sentences, self.corpus.paragraphs
                engine, scoped_paragraphs = scoped_in_memory(sentences, paths, self.engine, paragraphs, scope)
                view = (replace(self.corpus, paragraphs=scoped_paragraphs), engine)
            view = (view[0], with_mentions(view[1], self.mentions, scope))
            self._views[scope] = view
        return view


class AnswerService:
    """Reindexing and answering over one documents folder and one store."""

    def __init__(
        self,
        store: Store,
        docs_dir: Path,
        *,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS,
        engine_factory: EngineFactory = build_rank_bm25,
        engine: str = "auto",
        reranker: SemanticReranker | None = None,
        follow_every: float = FOLLOW_SECONDS,
        embed_in_background: bool = False,
        embedding_workers: int = 1,
        language: str = AUTO_LANGUAGE,
        guarded: Scope = frozenset(),
    ) -> None:
        self.store = store
        self.docs_dir = docs_dir
        # COLLECTIONS' folders (a share each): a reindex keeps one that lost most of its documents as it was.
        self.guarded = guarded
        self.max_file_bytes = max_file_bytes
        self.max_question_chars = max_question_chars
        self._engine_factory = engine_factory
        # ENGINE: "rank-bm25" in memory, "tantivy" on disk beside the database, "auto" by size (engine_tantivy.py).
        # A custom engine_factory always means the in-memory path.
        self._engine = engine if engine_factory is build_rank_bm25 else "rank-bm25"
        use_tantivy(self._engine, 0)  # rejects an unknown name now rather than at the first swap
        self._reranker = reranker  # RERANKER: reorders the best lexical hits (retrieval/answer/semantic.py); None: off
        self.language = language  # LANGUAGE: the documents' language, or "auto" for each one's own (ingest/document.py)
        self._persistent: PersistentIndex | None = None
        self._snapshot: IndexSnapshot | None = None
        # The serving documents' paths and titles folded (`sources_matching`), with the documents they are of.
        self._folded_documents: tuple[tuple[DocumentInfo, ...], tuple[tuple[str, str], ...]] = ((), ())
        self._reindex_lock = asyncio.Lock()
        self._actor_directory: ActorDirectory | None = None  # loaded by load/reindex or the first actor question
        self._finding_actors = False  # a reindex's actor refresh runs (`finding_actors`)
        self._loading = False  # `load` reads the stored index (`loading`)
        # The actors of some collections only (COLLECTIONS): built at their first question, dropped with the above;
        # the SCOPED_DIRECTORIES_KEPT last used only.
        self._scoped_directories: OrderedDict[Scope, ActorDirectory] = OrderedDict()
        self._follow_every = follow_every
        self._followed_at = 0.0
        self._swap_failed_at: float | None = None
        # Stored sentence vectors (retrieval/answer/embeddings.py): computed after each reindex in a daemon thread,
        # used for the candidates that have one, and for hybrid candidates once every sentence has one.
        self._embed_in_background = embed_in_background
        self._embedding_workers = embedding_workers
        self._stored: StoredEmbeddings | None = None
        self._embedding: asyncio.Future[EmbeddingProgress] | None = None
        self._embedding_watchers: list[EmbeddingCallback] = []
        self._embedding_stop = threading.Event()
        self._neighbours_loading: asyncio.Future[None] | None = None
        # The index generation the hybrid candidates were read at: a reindex that carried every vector over to its
        # new sentence ids leaves the count as it was, but not the ids.
        self._neighbours_generation: int | None = None
        self._rolled_at = time.monotonic()
        # Whether the reindex running waits for another process's write (see `waiting_for_writer`).
        self._waiting_for_writer = False
        # When the reindexes that a stop interrupted had started (found by `load` or the next reindex), by their
        # collections (None: everything), until taken by a reindex that covers them: kept in the store
        # (REINDEX_CUT_OFF_KEY), here only when the store cannot take the write.
        self._interrupted: dict[Scope | None, str] = {}
        self._interrupted_unsaved = False
        # The reindex running (its collections, start, progress): /status. How each ended is kept in the store.
        self._running: tuple[Scope | None, float] | None = None
        self._progress = ScanProgress(0, 0, 0)  # written by the reading thread: one assignment of an immutable tuple

    @property
    def ready(self) -> bool:
        """True once an index is loaded and questions can be answered."""
        return self._snapshot is not None

    @property
    def reindexing(self) -> bool:
        """True while a reindex runs."""
        return self._reindex_lock.locked()

    @property
    def loading(self) -> bool:
        """True while `load` reads the index already in the store (at start-up), from its first read of the store:
        it answers once read, seconds later (its search index built in memory, its vectors and actors read), with
        nothing to index."""
        return self._loading

    @property
    def finding_actors(self) -> bool:
        """True while a reindex finds the actors of the documents it wrote. The index answers questions meanwhile; the
        actors found before answer /actor, but a store indexed for the first time has none yet (tens of seconds on a
        folder of a few hundred documents): "no actors" then would be wrong, "not yet" is right."""
        return self._finding_actors

    async def finding_actors_of(self, scope: Scope | None = None) -> bool:
        """True while a reindex finds actors that the collections in `scope` (None: all) still lack: some of their
        documents were written since the actors were last found. With COLLECTIONS, another server's reindex finds
        its own documents' actors: a collection whose actors were found (or that has no documents) is not waiting."""
        return self._finding_actors and await self.store.actors_pending(ACTORS_VERSION, scope)

    @property
    def waiting_for_writer(self) -> bool:
        """True while the reindex running waits for another process to finish writing the database (`docbot index`
        in a terminal, another docbot sharing it): it starts when that one ends."""
        return self._waiting_for_writer and self.reindexing

    async def load(self) -> None:
        """Serve the index already in the store, without reading the documents folder.

        A store never indexed, or indexed with another tokenizer, has nothing to serve: the service stays not ready
        until `reindex` completes.
        """
        # `loading` from the first read of the store: a question the moment the bot connected (its first reads wait
        # on a busy host) is told it is starting up, not that documents are being indexed (hq34's trial).
        self._loading = True
        try:
            started = await self.store.get_meta(REINDEX_STARTED_KEY)
            if started is not None and not held_elsewhere(self.store.path):
                await self._note_interrupted(started)
            if await self.store.get_meta("tokenizer_version") == str(TOKENIZER_VERSION):
                await self._swap_in_store_index()
        finally:
            self._loading = False
        await self._reload_actor_directory()
        if self.ready:
            await self._after_swap()

    async def reindex(
        self, progress: ProgressCallback | None = None, *, allow_removal: bool = False, scope: Scope | None = None
    ) -> ReindexReport:
        """Bring the store up to date with the folder (or with the collections in `scope` only) and swap in the new
        index.

        Raises `ReindexInProgress` when one is running already, and `RemovalRefused` (changing nothing) when the
        folder lost more than half of the indexed documents (of the scope), unless `allow_removal`; a `guarded`
        collection that lost more than half of its own is kept as it was (`kept_collections`, a problem). Any other
        failure leaves the previous index serving. Raises `UnguardedScript` in a worker process still importing an
        unguarded main script (which would wait for ever for the writer lock its parent holds).
        """
        if self._reindex_lock.locked():
            raise ReindexInProgress("a reindex is already running")
        refuse_in_starting_worker()  # before waiting for the writer lock its parent may hold
        self._waiting_for_writer = held_elsewhere(self.store.path)
        async with self._reindex_lock, writer_lock(self.store.path):
            self._waiting_for_writer = False
            # The writer lock is held: a start time left in the store is that of a reindex which never ended.
            started = await self.store.get_meta(REINDEX_STARTED_KEY)
            if started is not None:
                await self._note_interrupted(started)
            began = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
            await self._mark_reindex(began, scope)
            readers = readers_loaded()
            self._running, self._progress = (scope, time.monotonic()), ScanProgress(0, 0, 0)
            try:
                with _full_collections:
                    report = await self._reindex(progress, allow_removal, scope)
            except Exception as error:
                await self._record(began, error=error)
                await self._mark_reindex(None)
                raise
            else:
                await self._record(began, report=report)
            finally:
                self._running = None
            # cancelled (a shutdown) before this: the start time stays, and the next start says the reindex was
            # interrupted. Cleared before the collection put off, which a shutdown may cancel too: the reindex is done.
            await self._mark_reindex(None)
            await _full_collections.collect_after(imported=readers_loaded() > readers)
            return report

    async def _record(self, began: str, report: ReindexReport | None = None, error: Exception | None = None) -> None:
        """Record in the store how the reindex running, begun at `began`, ended (its report, or `error`), for
        `last_reindex`. Best effort: a store that cannot take the write keeps the previous record (the log says so)."""
        scope, started = self._running or (None, time.monotonic())
        failure = "" if error is None else _failure_kind(error)
        why = "" if error is None else clip(str(error), KEPT_LINE_CHARS) or type(error).__name__
        shared, collections = _counts_by_collection(report, scope)
        outcome = ReindexOutcome(began, time.monotonic() - started, scope, failure, why, shared)
        try:
            await asyncio.to_thread(reindexes.record, self.store.path, outcome, collections)
        except sqlite3.Error as problem:
            log.warning("could not record how the reindex ended (%s): /status shows the one before", problem)

    async def last_reindex(self, scope: Scope | None = None) -> ReindexOutcome | None:
        """How the latest reindex that read any of the collections in `scope` (None: any reindex) ended, with the
        counts and problems of those collections only, whichever process ran it; None when none is recorded."""
        return await asyncio.to_thread(reindexes.latest, self.store.path, scope)

    async def cut_off_reindexes(self, scope: Scope | None = None) -> tuple[CutOff, ...]:
        """The reindexes of the collections in `scope` (None: any) a stop or a crash cut off with no reindex of them
        recorded since, latest first (`cut_offs.cut_off`)."""
        return await asyncio.to_thread(cut_off, self.store.path, scope)

    def running_reindex(self) -> tuple[Scope | None, float, ScanProgress] | None:
        """The reindex running now: the collections it reads (None: every one), its seconds so far, its progress."""
        running = self._running
        if running is None:
            return None
        return running[0], time.monotonic() - running[1], self._progress

    def answering(self) -> tuple[str, str | None]:
        """The search engine serving ("rank-bm25" or "tantivy") and the reranker's model (None: lexical only)."""
        snapshot = self._snapshot
        engine = "tantivy" if snapshot is not None and isinstance(snapshot.engine, TantivyEngine) else "rank-bm25"
        return engine, None if self._reranker is None else self._reranker.model_id

    async def embeddings_of(self, scope: Scope | None = None) -> EmbeddingProgress | None:
        """The stored sentence vectors of the collections in `scope` (None: all), done of all; None without a
        reranker (no vectors are computed)."""
        reranker = self._reranker
        if reranker is None:
            return None
        return await asyncio.to_thread(embedding_progress, self.store.path, reranker.model_id, scope)

    async def take_interrupted(self, scope: Scope | None = None) -> str | None:
        """When a reindex that a stop or crash interrupted had started (UTC), once, to a reindex of `scope` that
        covers it (of everything, or of the same collections or more; one of everything is told to any): the next
        reindex, or the one at start-up, brought the index up to date since; None when there was none."""
        notes = await self._cut_off()
        taken = {c: started for c, started in notes.items() if c is None or scope is None or c <= scope}
        if taken:
            await self._keep_cut_off({k: v for k, v in notes.items() if k not in taken})
        return max(taken.values(), default=None)

    async def _note_interrupted(self, raw: str) -> None:
        started, scope = started_and_scope(raw)
        notes = await self._cut_off()
        if notes.get(scope) != started:
            await self._keep_cut_off({**notes, scope: started})
            log.warning(
                "the reindex started at %s did not finish (docbot was stopped or crashed); the index answers as before"
                " it (a reindex writes all or nothing), and the next reindex brings it up to date",
                shown_time(started),
            )

    async def _cut_off(self) -> dict[Scope | None, str]:
        # The store's notes: another process sharing it may have told one since.
        if not self._interrupted_unsaved:
            with contextlib.suppress(sqlite3.Error):
                return cut_off_notes(await self.store.get_meta(REINDEX_CUT_OFF_KEY))
        return dict(self._interrupted)

    async def _keep_cut_off(self, notes: dict[Scope | None, str]) -> None:
        # Best effort: a store that cannot take the write (read-only) keeps the notes for this run only.
        self._interrupted = notes
        value = [reindex_note(started, scope) for scope, started in notes.items()]
        try:
            await self.store.set_meta(REINDEX_CUT_OFF_KEY, json.dumps(value) if value else None)
            self._interrupted_unsaved = False
        except sqlite3.Error as error:
            self._interrupted_unsaved = True
            log.debug("could not keep the note of a reindex cut off (%s)", error)

    async def _mark_reindex(self, started: str | None, scope: Scope | None = None) -> None:
        # Best effort: a store that cannot take this write (read-only, full) fails the reindex's own writes, if any.
        value = None if started is None else json.dumps(reindex_note(started, scope))
        try:
            await self.store.set_meta(REINDEX_STARTED_KEY, value)
        except sqlite3.Error as error:
            log.debug("could not record the reindex's start or end (%s)", error)

    async def _reindex(
        self, progress: ProgressCallback | None, allow_removal: bool, scope: Scope | None
    ) -> ReindexReport:
        started = time.perf_counter()
        meta = {
            "tokenizer_version": str(TOKENIZER_VERSION),
            "ingest_version": str(INGEST_VERSION),
            "language": self.language,
        }
        # A store written with another tokenizer, another reading of documents or another LANGUAGE has every document
        # read again.
        replace_all = any([await self.store.get_meta(key) != value for key, value in meta.items()])
        if replace_all:
            scope = None  # every collection is read again, whoever asked
            if self._running is not None:
                self._running = (None, self._running[1])
        indexed = await self.store.document_states()
        if scope is not None:
            indexed = {path: state for path, state in indexed.items() if in_scope(path, scope)}
        # A collection kept as an earlier docbot read it (its folder lost at an upgrade) is read whole once back.
        stale = stale_names(await self.store.get_meta(STALE_COLLECTIONS_KEY))
        known = {} if replace_all else {p: state for p, state in indexed.items() if collection_of(p) not in stale}
        stop = threading.Event()
        # The reading's last progress, which the steps after it (`step`) carry on with their own names and counts.
        last = ScanProgress(0, 0, 0)

        def reading(read: ScanProgress) -> None:
            nonlocal last
            last = self._progress = read
            if progress is not None:
                progress(read)

        def step(name: str) -> Callable[[int, int], None]:
            def told(done: int, total: int) -> None:
                self._progress = last._replace(step=name, step_done=done, step_total=total)
                if progress is not None:
                    progress(self._progress)

            return told

        # In a daemon thread: a share that hangs must not hold a stop (asyncio.to_thread's executor is joined at exit).
        scanning = in_daemon_thread(
            lambda: scan_documents(self.docs_dir, known, self.max_file_bytes, reading, scope, self.language, stop=stop),
            "docbot-folder-scan",
        )
        try:
            scan = await _while_it_reads(scanning, lambda: last, self.docs_dir)
        except BaseException:
            # Ctrl-C, the bot's shutdown or a share that hangs: the reading thread stops at its next file, if any
            stop.set()
            raise
        reread = [path for path in indexed if path not in known]
        if reread:
            # Read as new (every document, or a stale collection's); against what the store held, a document read again
            # is a changed one, and one no longer found is removed: a folder that vanished must not wipe the index at an
            # upgrade either.
            again = set(scan.added).intersection(reread)
            scan.changed += [path for path in scan.added if path in again]
            scan.added = [path for path in scan.added if path not in again]
            scan.removed = sorted({*scan.removed, *(path for path in reread if path not in again)})
        # Documents over a lowered size cap go whatever their number: the cap is a setting, not a lost folder.
        over_cap = set(scan.over_cap)
        lost_paths = [p for p in scan.removed if p not in over_cap]
        refuse_mass_removal(len(lost_paths), len(indexed), allow_removal)
        # With COLLECTIONS (a share each), a collection whose folder lost most of its documents is kept as it was,
        # and the others brought up to date: counted over the whole index, a small collection unmounted was removed.
        outcome = LOST_COLLECTION_KEPT_STALE if replace_all else LOST_COLLECTION_KEPT
        lost = {} if allow_removal else lost_collections(lost_paths, indexed, self.guarded, outcome)
        keep_collections(scan, frozenset(lost))
        # Every document written again (another tokenizer or reading) but a lost collection's: kept in the old one,
        # said to be (until read whole). A stale collection stays so while lost, or outside the collections read.
        still = {name for name in stale if name in lost or (scope is not None and name not in scope)}
        now_stale = frozenset({*still, *(lost if replace_all else ())})
        if now_stale != stale:
            meta[STALE_COLLECTIONS_KEY] = json.dumps(sorted(now_stale))
        for line in lost.values():
            log.warning(COLLECTION_KEPT, line)
        delta: IndexDelta | None = None
        # The skipped files are logged once, summarised, when they differ from the last whole reindex's (a `docbot
        # ask` refreshes the index every time: a folder of images must not be warned about at every question).
        warnings_digest = warning_digest([*scan.warnings, *scan.not_documents])
        warnings_new = False
        if scope is None:
            meta["warnings_digest"] = warnings_digest
            warnings_new = await self.store.get_meta("warnings_digest") != warnings_digest
        if scan.touched or scan.restamped or replace_all or warnings_new or now_stale != stale:
            # The write bumps the generation that the search index is checked against, in its own transaction. The
            # ranking's structure facts are decided here, where the store cannot (it sits below the ranking).
            storing = step(STORING)
            storing(0, len(scan.parsed))
            structure = await asyncio.to_thread(lambda: {d.path: document_structure(d.sentences) for d in scan.parsed})
            before, after = await self.store.apply_scan(scan, meta, replace_all, structure, storing)
            if after != before:
                changed = (*scan.changed, *scan.removed)
                delta = IndexDelta(before, after, changed, tuple(d.path for d in scan.parsed), replace_all)
        problems = list(lost.values())
        snapshot = self._snapshot
        if delta is not None or snapshot is None or snapshot.generation != await self.store.generation():
            # Also when another process wrote the store since this index was loaded.
            step(SEARCH_INDEX)(0, 0)
            problems += await self._swap_in_store_index(delta)
        problems += await self._refresh_actors(step(FINDING_ACTORS))
        snapshot = self._snapshot
        assert snapshot is not None
        if len(snapshot.corpus.languages) <= 1:
            release_model()  # read the documents' languages; questions over one language need no guess
        embeddings_left = await self._after_swap()
        report = ReindexReport(
            added=tuple(scan.added),
            changed=tuple(scan.changed),
            removed=tuple(scan.removed),
            unchanged=len(scan.unchanged),
            documents=len(snapshot.documents),
            sentences=snapshot.engine.size,
            warnings=tuple(scan.warnings),
            not_documents=tuple(scan.not_documents),
            seconds=round(time.perf_counter() - started, 3),
            problems=tuple(problems),
            embeddings_left=embeddings_left,
            kept_collections=tuple(lost),
        )
        for warning in scan.warnings:
            log.debug(INDEXING_WARNING, warning)
        # Skipped files when they differ from the last report; notes on files read whenever a file is read (again).
        reported = [w for w in scan.warnings if warnings_new or not w.skipped]
        for line in summarize_warnings(reported):
            log.warning(INDEXING_WARNING, line)
        if warnings_new and scan.not_documents:
            log.info(NOT_DOCUMENTS, summarize_not_documents(scan.not_documents))
        log.info(
            "reindex: %d added, %d changed, %d removed, %d unchanged, %d sentences, %d warnings, %.2fs",
            len(report.added),
            len(report.changed),
            len(report.removed),
            report.unchanged,
            report.sentences,
            len(report.warnings),
            report.seconds,
        )
        return report

    async def _swap_in_store_index(self, delta: IndexDelta | None = None) -> list[str]:
        """Serve the store's index as it is now; returns what could not be done (and then serves what it can)."""
        count = await asyncio.to_thread(stored_sentence_count, self.store.path)
        known = self._snapshot.documents if self._snapshot is not None else ()

        def in_memory() -> IndexSnapshot:
            return _load_in_memory(self.store.path, self._engine_factory, known)

        if use_tantivy(self._engine, count) and self.store.read_only and count <= IN_MEMORY_FALLBACK_SENTENCES:
            # A store opened read-only (a read-only mount, a copy built elsewhere): tantivy locks an index to read
            # it, which it cannot where nothing may be written, and the store cannot be brought up to date anyway.
            # Nothing is wrong for the one who asks: the same sentences answer from memory.
            log.info("database %s opened read-only: answering from an index in memory", self.store.path)
            self._swap_to(await asyncio.to_thread(in_memory))
            return []
        if use_tantivy(self._engine, count):
            # The large path: open the on-disk index (updating or repairing it first) and read sentences from
            # SQLite on demand, rather than loading every sentence into memory.
            if self._persistent is None:
                self._persistent = PersistentIndex(self.store.path)
            try:
                pinned = await asyncio.to_thread(self._persistent.open_snapshot, delta, known)
            except IndexWriteError as error:
                self._swap_failed_at = time.monotonic()
                if self._snapshot is not None:
                    problem = f"{error}; the previous index is still answering"
                elif count <= IN_MEMORY_FALLBACK_SENTENCES:
                    problem = f"{error}; answering from an index in memory until it can be written"
                    self._swap_to(await asyncio.to_thread(in_memory))
                elif self.store.read_only:
                    # The write error says little here: tantivy could not read the index where it cannot lock it.
                    raise IndexWriteError(
                        f"database {self.store.path} is opened read-only, where its search index "
                        f"{self._persistent.path.name} cannot be read (tantivy must lock it), and its {count:,} "
                        f"sentences are more than the {IN_MEMORY_FALLBACK_SENTENCES:,} answered from memory: copy "
                        "both where they can be written"
                    ) from error
                else:
                    raise
                log.error("%s", problem)
                return [problem]
            self._swap_failed_at = None
            self._swap_to(
                IndexSnapshot(pinned.corpus, pinned.engine, pinned.documents, pinned.generation, pinned.mentions)
            )
            return []
        self._swap_to(await asyncio.to_thread(in_memory))
        return []

    def _swap_to(self, snapshot: IndexSnapshot) -> None:
        """Answer from `snapshot` from now on; the one it replaces is closed once its questions are answered."""
        previous, self._snapshot = self._snapshot, snapshot
        if previous is not None and previous is not snapshot:
            previous.retire()

    def check_question(self, question: str) -> str:
        """The question with surrounding white space removed, or `QuestionError` saying what is wrong."""
        question = question.strip()
        if not question:
            raise QuestionError(EMPTY_QUESTION)
        if not has_letters_or_digits(question) or is_chatter(question):
            raise QuestionError(NOT_A_QUESTION)
        if len(question) > self.max_question_chars:
            # "under N" refused nothing of N characters: the limit itself is allowed
            raise QuestionError(
                f"The question is {len(question):,} characters long; please keep it to {self.max_question_chars:,}"
                " at most."
            )
        return question

    async def ask(self, question: str, top: int = 5, scope: Scope | None = None) -> Answer:
        """Answer `question` from the index serving now, from the collections in `scope` (None: all); the ranking
        runs in a worker thread."""
        question = self.check_question(question)
        await self._follow_other_writers()
        with self._require_snapshot().lease() as snapshot:
            return await asyncio.to_thread(self._answer, snapshot, question, top, scope)

    def _answer(self, snapshot: IndexSnapshot, question: str, top: int, scope: Scope | None) -> Answer:
        self._roll_forward_if_due(snapshot)
        corpus, engine = snapshot.view(scope)
        may_see = None if scope is None else (lambda path: in_scope(path, scope))
        stored = self._stored
        if stored is not None and may_see is not None:
            stored = replace(stored, in_scope=may_see)
        return answer_question(question, corpus, engine, top, self._reranker, stored, may_see)

    def _roll_forward_if_due(self, snapshot: IndexSnapshot) -> None:
        # The on-disk corpus holds a read transaction for as long as it serves; moved on every ROLL_FORWARD_SECONDS
        # (from a worker thread: it opens a connection), so that the questions and votes written meanwhile do not
        # grow the write-ahead log until the next reindex (SqliteSentences.roll_forward).
        now = time.monotonic()
        if now - self._rolled_at < ROLL_FORWARD_SECONDS:
            return
        self._rolled_at = now
        snapshot.roll_forward()

    @property
    def embeddings_complete(self) -> bool:
        """True when every sentence's vector is stored and hybrid candidates are on."""
        return self._stored is not None and self._stored.neighbours is not None

    async def _after_swap(self) -> int:
        """With a reranker: serve the stored vectors, and start computing the missing ones in the background
        (`embed_in_background`); returns how many sentences have none yet."""
        reranker = self._reranker
        if reranker is None:
            return 0
        if self._stored is None:
            self._stored = StoredEmbeddings(StoredVectors(self.store.path, reranker.model_id))
        state = await asyncio.to_thread(embedding_progress, self.store.path, reranker.model_id)
        if state.complete:
            # Reading every vector takes seconds at 1M sentences: start-up does not wait for it (answers are reranked
            # without hybrid candidates meanwhile).
            self._neighbours_loading = asyncio.ensure_future(self._serve_neighbours(state.done))
        elif self._embed_in_background:
            self._start_embedding()
        return state.total - state.done

    def _start_embedding(self) -> asyncio.Future[EmbeddingProgress]:
        running = self._embedding
        if running is not None and not running.done():
            return running
        reranker = self._reranker
        assert reranker is not None
        watchers = self._embedding_watchers

        def notify(progress: EmbeddingProgress) -> None:
            for watcher in list(watchers):
                watcher(progress)

        self._embedding_stop.clear()
        stop = self._embedding_stop
        workers = self._embedding_workers
        task = _in_embedding_thread(lambda: embed_missing(self.store.path, reranker, notify, stop, workers), stop)
        task.add_done_callback(self._embedding_done)
        self._embedding = task
        return task

    def _embedding_done(self, task: asyncio.Future[EmbeddingProgress]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            name = type(error).__name__
            log.error("embeddings were not computed (%s: %s); answers rerank at question time", name, error)
            return
        result = task.result()
        if result.complete:
            self._neighbours_loading = asyncio.ensure_future(self._serve_neighbours(result.done, reload=True))

    async def _serve_neighbours(self, count: int, reload: bool = False) -> None:
        """Serve hybrid candidates over the `count` stored vectors: loaded again after a build (`reload`), when the
        count changed or when the index generation moved (vectors carried over to new sentence ids); a sentence
        removed meanwhile is skipped at question time."""
        stored = self._stored
        generation = self._snapshot.generation if self._snapshot is not None else None
        current = stored is not None and stored.neighbours is not None and len(stored.neighbours) == count
        if stored is None or (not reload and current and self._neighbours_generation == generation):
            return
        neighbours = await asyncio.to_thread(NeighbourIndex.load, stored.vectors)
        if self._stored is stored:
            self._stored = replace(stored, neighbours=neighbours)
            self._neighbours_generation = generation
            log.info("hybrid candidates on: %d stored vectors", len(neighbours))

    async def close(self) -> None:
        """Release the stored vectors (their connection and the copy of their rows), then close the store. Left to
        the garbage collector, they kept the database's files open after the command had returned. A load of the
        hybrid candidates' index still under way is waited for: its read connection, closed after the store's, left
        the write-ahead log behind."""
        with contextlib.suppress(Exception):
            await self.neighbours_loaded()
        snapshot, self._snapshot = self._snapshot, None
        if snapshot is not None:
            snapshot.retire()
        stored, self._stored = self._stored, None
        if stored is not None:
            if stored.neighbours is not None:
                stored.neighbours.close()
            stored.vectors.close()
        await self.store.close()

    async def neighbours_loaded(self) -> None:
        """Wait for the hybrid candidates' index being loaded, if one is (for benchmarks and tests)."""
        loading = self._neighbours_loading
        if loading is not None:
            await asyncio.shield(loading)

    async def embed_missing(self, progress: EmbeddingCallback | None = None) -> EmbeddingProgress | None:
        """Compute the vectors still missing (None without a reranker), reporting to `progress`, and serve them."""
        if self._reranker is None:
            return None
        if self._stored is None:
            await self._after_swap()
        if progress is not None:
            self._embedding_watchers.append(progress)
        try:
            result = await asyncio.shield(self._start_embedding())
        finally:
            if progress is not None:
                self._embedding_watchers.remove(progress)
        if result.complete:
            await self._serve_neighbours(result.done, reload=True)
        snapshot = self._snapshot
        if snapshot is not None:
            # The vectors' pass wrote up to hundreds of MB through the write-ahead log: let it be checkpointed.
            with snapshot.lease():
                await asyncio.to_thread(snapshot.roll_forward)
        return result

    @property
    def embedding(self) -> bool:
        """Whether sentence vectors are being computed in the background now (`stop_embedding` waits for a batch)."""
        return self._embedding is not None and not self._embedding.done()

    async def stop_embedding(self) -> None:
        """Stop the background embedding after its current batch and wait for it (it resumes at the next reindex)."""
        self._embedding_stop.set()
        running = self._embedding
        if running is not None and not running.done():
            with contextlib.suppress(Exception):
                await asyncio.shield(running)

    async def _follow_other_writers(self) -> None:
        # Processes sharing one database (the bot and the command line, Discord shards): when another one wrote
        # the store, serve what it wrote. Checked at most every `follow_every` seconds; skipped while any process
        # writes (its own reindex swaps when done; another writer's work is picked up at the next check).
        snapshot = self._snapshot
        now = time.monotonic()
        if snapshot is None or self.reindexing or now - self._followed_at < self._follow_every:
            return
        if self._swap_failed_at is not None and now - self._swap_failed_at < RETRY_SWAP_SECONDS:
            return
        self._followed_at = now
        if await self.store.generation() == snapshot.generation:
            return
        async with self._reindex_lock, writer_lock(self.store.path, wait=False) as held:
            if held and self._snapshot is snapshot:
                await self._swap_in_store_index()
                await self._reload_actor_directory()
                await self._after_swap()  # its sentences' vectors: served, or computed here in the background
                log.info("serving the index another process wrote (generation %d)", self._require_snapshot().generation)

    async def _load_actor_directory(self, scope: Scope | None = None) -> ActorDirectory:
        # Building the look-up tables of tens of thousands of actors takes longer than the event loop may wait. Read
        # and built in one worker: the rows are freed there too, not on the loop's thread as the worker returns.
        path = self.store.path
        return await asyncio.to_thread(lambda: ActorDirectory(read_actor_rows(path, scope)))

    async def _reload_actor_directory(self) -> None:
        replaced: list[object] = [self._actor_directory, self._scoped_directories]
        self._actor_directory = await self._load_actor_directory()
        self._scoped_directories = OrderedDict()
        # The directories replaced are freed in a worker, where the last reference to them is dropped (a question
        # still holding one frees it when answered): at 50,000 actors that took 10-20 ms of one loop step.
        await asyncio.to_thread(replaced.clear)

    def ask_now(self, question: str, top: int = 5, scope: Scope | None = None) -> Answer:
        """`ask` in the calling thread, for batch use where there is no event loop to keep free."""
        question = self.check_question(question)
        with self._require_snapshot().lease() as snapshot:
            return self._answer(snapshot, question, top, scope)

    def sources(self, scope: Scope | None = None) -> tuple[DocumentInfo, ...]:
        """The documents of the index serving now (of the collections in `scope`), with their sentence counts."""
        documents = self._require_snapshot().documents
        return documents if scope is None else tuple(d for d in documents if in_scope(d.path, scope))

    def has_documents(self, scope: Scope | None = None) -> bool:
        """Whether the index serving now holds a document (of the collections in `scope`): `sources(scope)` not
        empty, without listing them (asked on the event loop at each "not found" answer)."""
        documents = self._require_snapshot().documents
        return bool(documents) if scope is None else any(in_scope(d.path, scope) for d in documents)

    def sources_matching(self, text: str, scope: Scope | None = None) -> tuple[DocumentInfo, ...]:
        """The documents of `sources(scope)` whose path or title holds `text`, case and accents folded away (a
        member types "resume" for "Résumé", and a folder copied from a Mac spells "é" as "e" and an accent)."""
        needle = fold(text)
        documents = self._require_snapshot().documents
        folded = self._folded_documents
        if folded[0] is not documents:
            # Folded once per index: 10,000 accented paths and titles take 0.5 s to fold, each keystroke of a filter
            # asks again, and a member types faster than that.
            folded = (documents, tuple((fold(d.path), fold(d.title)) for d in documents))
            self._folded_documents = folded
        return tuple(
            d
            for d, (path, title) in zip(documents, folded[1], strict=True)
            if (needle in path or needle in title) and (scope is None or in_scope(d.path, scope))
        )

    async def refuse_if_folder_lost(self, scope: Scope | None) -> None:
        """Raise `RemovalRefused` when the documents folder no longer has most of the indexed documents of `scope`,
        as the reindex of `scope` would (`refuse_mass_removal`): a share unmounted leaves its mount point there,
        empty. For a change that such a reindex would then refuse to index (an upload), checked before it is made."""
        indexed = [path for path in await self.store.document_states() if in_scope(path, scope)]
        root = self.docs_dir
        # In a daemon thread: a share that hangs must not hold a stop (asyncio.to_thread's executor is joined at exit).
        missing = await in_daemon_thread(
            lambda: sum(1 for path in indexed if not (root / path).is_file()), "docbot-folder-lost"
        )
        refuse_mass_removal(missing, len(indexed), allowed=False)

    async def report_within(self, report: ReindexReport, scope: Scope | None) -> ReindexReport:
        """`report` as a server limited to the collections in `scope` may see it: their paths only, and their
        documents' counts, not the whole index's (a reindex after an upgrade reads every collection, whoever asked)."""
        if scope is None:
            return report
        documents = self.sources(scope)
        # The kept collections' lines come first among the problems, one each (`_reindex`): another server's are left
        # out (a reindex of everything after an upgrade keeps any collection lost).
        kept = report.kept_collections
        problems = [line for name, line in zip(kept, report.problems, strict=False) if name in scope]
        problems += report.problems[len(kept) :]
        embeddings_left = report.embeddings_left
        state = await self.embeddings_of(scope) if embeddings_left else None
        if state is not None:
            embeddings_left = state.total - state.done
        return replace(
            report,
            added=tuple(path for path in report.added if in_scope(path, scope)),
            changed=tuple(path for path in report.changed if in_scope(path, scope)),
            removed=tuple(path for path in report.removed if in_scope(path, scope)),
            warnings=tuple(warning for warning in report.warnings if warning_in_scope(warning.path, scope)),
            not_documents=tuple(warning for warning in report.not_documents if in_scope(warning.path, scope)),
            documents=len(documents),
            sentences=sum(document.sentence_count for document in documents),
            embeddings_left=embeddings_left,
            problems=tuple(problems),
            kept_collections=tuple(name for name in kept if name in scope),
        )

    def current_hits(self, hits: Sequence[Hit]) -> list[Hit]:
        """The hits whose sentence the index serving now still holds: a sentence whose document was removed or
        written again since is gone (sentence ids are never reused, so an id still there is the same sentence)."""
        with self._require_snapshot().lease() as snapshot:
            return [hit for hit in hits if snapshot.corpus.position_of(hit.sentence_id) is not None]

    def paragraph_of(self, sentence_id: int, scope: Scope | None = None) -> list[IndexedSentence]:
        """The sentences of the paragraph that holds `sentence_id`, in order (empty when it is gone, or outside the
        collections of `scope`)."""
        with self._require_snapshot().lease() as snapshot:
            corpus = snapshot.corpus
            position = corpus.position_of(sentence_id)
            if position is None:
                return []
            document = corpus.documents.get(corpus.sentences[position].document_id)
            if document is None or not in_scope(document.path, scope):
                return []
            return paragraph_sentences(corpus, position)

    async def _refresh_actors(self, progress: Callable[[int, int], None] | None = None) -> list[str]:
        # Actors are recomputed across the corpus whenever a document was written since they were computed. The
        # documents are committed by then: a failure here is logged and leaves the previous actors whole (they stay
        # marked stale and are recomputed at the next reindex).
        self._finding_actors = True
        try:
            try:
                seconds = await refresh_actors(self.store, progress=progress)
            except Exception as error:
                problem = f"actors were not updated ({type(error).__name__}: {error}); the previous ones stay"
                log.error("%s", problem)
                log.debug("the actor refresh failed", exc_info=True)
                return [problem]
            if seconds is not None:
                log.info("actors recomputed in %.2fs", seconds)
            if seconds is not None or self._actor_directory is None:
                await self._reload_actor_directory()
            return []
        finally:
            self._finding_actors = False

    async def _actors(self, scope: Scope | None = None) -> ActorDirectory:
        await self._follow_other_writers()
        if self._actor_directory is None:
            await self._reload_actor_directory()
        if scope is None:
            assert self._actor_directory is not None
            return self._actor_directory
        directory = self._scoped_directories.get(scope)
        if directory is None:
            directory = self._scoped_directories[scope] = await self._load_actor_directory(scope)
            while len(self._scoped_directories) > SCOPED_DIRECTORIES_KEPT:
                self._scoped_directories.popitem(last=False)
        self._scoped_directories.move_to_end(scope)
        return directory

    async def actors(self, scope: Scope | None = None) -> list[ActorListing]:
        """Every actor (of the collections in `scope`) with its mention and document counts, most mentioned first."""
        return await asyncio.to_thread((await self._actors(scope)).listing)

    async def actor(
        self, name: str, mentioned_limit: int = 10, related_limit: int = 10, scope: Scope | None = None
    ) -> ActorSummary | None:
        """The summary of the actor called `name` (a name or alias, any case) from the collections in `scope`, or
        None; see `unknown_actor`."""
        found = (await self._actors(scope)).resolve(name)
        if found is None:
            return None
        sentences = await self.store.actor_sentences(found.actor_id, scope)
        related = await self.store.related_actors(found.actor_id, related_limit, scope)
        snapshot = self._snapshot
        if snapshot is None:
            local, count = _local_frequency(sentences), len(sentences)
            return await asyncio.to_thread(summarize, found, sentences, related, local, count, mentioned_limit)
        with snapshot.lease():
            frequency, size = snapshot.engine.document_frequency, snapshot.engine.size
            return await asyncio.to_thread(summarize, found, sentences, related, frequency, size, mentioned_limit)

    async def actor_names(self, query: str = "", limit: int = 25, scope: Scope | None = None) -> list[str]:
        """Autocomplete over actor names and aliases (of the collections in `scope`): prefix matches, then word
        prefixes, then close spellings; in a worker thread (the close spellings take tens of ms at 50,000 actors)."""
        return await asyncio.to_thread((await self._actors(scope)).complete, query, limit)

    async def unknown_actor(self, name: str, scope: Scope | None = None) -> tuple[list[str], bool]:
        """For a `name` that is no actor: close names for "did you mean" (`suggest_actors`), and whether the
        collections in `scope` name no actor at all (then say so rather than "no actor named X")."""
        if not len(await self._actors(scope)):
            return [], True
        return await self.suggest_actors(name, scope=scope), False

    async def suggest_actors(self, name: str, limit: int = 3, scope: Scope | None = None) -> list[str]:
        """Actor names close to an unknown `name` (of the collections in `scope`), for "did you mean"."""
        return await asyncio.to_thread((await self._actors(scope)).suggest, name, limit)

    def _require_snapshot(self) -> IndexSnapshot:
        if self._snapshot is None:
            raise NotReady("the index is still being built")
        return self._snapshot


# The embedding threads running, each with its stop event: asked to stop, and waited for, when the process exits.
_EMBEDDING_THREADS: dict[threading.Thread, threading.Event] = {}

# How long an exiting process waits for an embedding thread to finish its batch.
_EXIT_WAIT_SECONDS = 30.0


async def _while_it_reads(
    scanning: asyncio.Future[ScanResult], progress: Callable[[], object], folder: Path
) -> ScanResult:
    """`scanning`'s result, unless what `progress` returns (the reading's last progress) stays the same
    FOLDER_SILENT_SECONDS: then `FolderNotAnswering`, and the reading thread is left to its share."""
    # Retrieved once it ends, given up or not: no "exception was never retrieved" for a reading left behind.
    scanning.add_done_callback(lambda done: done.cancelled() or done.exception())
    seen = progress()
    while True:
        try:
            return await asyncio.wait_for(asyncio.shield(scanning), FOLDER_SILENT_SECONDS)
        except TimeoutError:
            now = progress()
            if now == seen:
                error = FolderNotAnswering(
                    f"documents folder {folder} did not answer for {FOLDER_SILENT_SECONDS:.0f} s (a share that hangs?)"
                )
                log.warning("%s: the reindex was given up, nothing was changed and the index answers as before", error)
                raise error from None
            seen = now


@atexit.register
def _stop_embedding_threads() -> None:
    # Daemon threads are not waited for, but one stopped inside onnxruntime aborts the process ("terminate called
    # without an active exception"): each is asked to stop after its batch and waited for.
    for thread, stop in list(_EMBEDDING_THREADS.items()):
        stop.set()
        thread.join(_EXIT_WAIT_SECONDS)


def _in_embedding_thread(
    work: Callable[[], EmbeddingProgress], stop: threading.Event
) -> asyncio.Future[EmbeddingProgress]:
    """`work` in a daemon thread that `stop` ends between batches (also when the process exits)."""
    return in_daemon_thread(
        work,
        "docbot-embeddings",
        on_start=lambda thread: _EMBEDDING_THREADS.__setitem__(thread, stop),
        on_end=lambda thread: _EMBEDDING_THREADS.pop(thread, None),
    )


def _load_in_memory(db_path: Path, engine_factory: EngineFactory, known: Sequence[DocumentInfo] = ()) -> IndexSnapshot:
    """The in-memory index of every stored sentence, read in one read transaction (run in a worker thread); the
    documents equal to one of `known` (the index serving now) are those objects (`reader.documents`)."""
    connection = connect_readonly(db_path)
    try:
        begin_reading(connection)
        generation = read_generation(connection)
        sentences = all_sentences(connection)
        documents = read_documents(connection, known)
        mentions = load_mentions(connection)
    finally:
        connection.close()
    engine = engine_factory(sentences)
    # A second engine over whole paragraphs, from the same factory: answers score a sentence with its paragraph.
    paragraphs = build_paragraph_index(sentences, engine_factory)
    return IndexSnapshot(Corpus.build(sentences, list(documents), paragraphs), engine, documents, generation, mentions)


def _local_frequency(sentences: list[ActorSentence]) -> Callable[[str], int]:
    counts: dict[str, int] = {}
    for sentence in sentences:
        for term in set(sentence.tokens):
            counts[term] = counts.get(term, 0) + 1
    return lambda term: counts.get(term, 0)
