"""The on-disk tantivy index of one database: opened when in step, updated incrementally, rebuilt after a mismatch.

Persistence and crash safety: every write to the store's sentences bumps the generation number in the store's `meta`
table (key `index_generation`) in the same transaction. The tantivy index records the generation it reflects in a
side file (`docbot-index.json`), written atomically only after tantivy's own commit succeeded. At start-up and
before each snapshot the two are compared (with the sentence counts); any difference, a missing or unreadable
index, or an index of another schema means a crash or an outside change came between the two, and the index is
rebuilt from SQLite, which is the source of truth. An index in step with the store is opened, not rebuilt.

Which engine serves (`ENGINE=auto|rank-bm25|tantivy`) is decided here too (`use_tantivy`).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

import tantivy

from retrieval.index.corpus import Corpus
from retrieval.index.sqlite_corpus import SentencePositions, SqliteSentences
from retrieval.index.tantivy_engine import (
    PATH_FIELD,
    UPDATE_HEAP,
    TantivyEngine,
    add_rows,
    live_documents,
    open_writers,
    paragraph_schema,
    prepare_index,
    sample_sentence_ids,
    sentence_schema,
)
from retrieval.models import DocumentInfo
from retrieval.store import mentions as stored_mentions
from retrieval.store import reader
from retrieval.store import structure as stored_structure
from retrieval.store.mentions import MentionedTerms

# Bumped whenever the index layout changes (fields, tokenizer): an index of another version is rebuilt.
# 2: the paragraph index, and each sentence's paragraph unit. 3: each entry's collection (index/scope.py).
SCHEMA_VERSION = 3


# ENGINE=auto uses tantivy from this many sentences on: below it rank-bm25 in memory answers in a few milliseconds
# and starts in well under a second; above it rank-bm25's query time and memory grow linearly (docs/scaling.md).
AUTO_TANTIVY_SENTENCES = 50_000


ENGINE_CHOICES = ("auto", "rank-bm25", "tantivy")


_PARAGRAPH_DIR = "paragraphs"


# Sentence ids of the index checked against the store whenever it is opened or updated.
_ID_SAMPLE = 64


_SIDE_FILE = "docbot-index.json"


_LOCK_SUFFIX = ".lock"


# tantivy's indexing memory: per thread at least 15 MB. A full build runs one indexing thread per index beside the
# thread that reads the store: on the 2-core machine, 1M sentences in 5.4 s against 6.3 s with two for the sentences.
_BUILD_HEAP = 128_000_000


_PARAGRAPH_BUILD_HEAP = 64_000_000


log = logging.getLogger(__name__)


class TantivyIndexError(RuntimeError):
    """The persistent index cannot be used (for instance the database is in memory)."""


class IndexWriteError(TantivyIndexError):
    """The search index could not be written (a full disk, say); what it held before is unchanged on disk."""


def index_dir_for(db_path: Path) -> Path:
    """Where the tantivy index of the database at `db_path` lives: `<db>.tantivy/`."""
    return db_path.with_name(db_path.name + ".tantivy")


@dataclass(frozen=True, slots=True)
class IndexDelta:
    """What one reindex changed in the store, to apply to an index that was in step before it."""

    base_generation: int  # the store's generation before the write
    generation: int  # ... and after it
    deleted_paths: tuple[str, ...]  # changed and removed documents: their old sentences go
    added_paths: tuple[str, ...]  # added and changed documents: their new sentences come
    replace_all: bool = False


@dataclass(frozen=True, slots=True)
class PinnedIndex:
    """A tantivy searcher and a store read transaction pinned at the same generation."""

    corpus: Corpus
    engine: TantivyEngine
    documents: tuple[DocumentInfo, ...]
    generation: int
    action: str  # "opened", "updated" or "rebuilt"
    mentions: MentionedTerms | None = None  # what the documents mention outside their answers (store/mentions.py)


def _open_or_create(path: Path, schema: tantivy.Schema, recreate: bool) -> tantivy.Index:
    if not recreate:
        try:
            if path.is_dir() and tantivy.Index.exists(str(path)):
                return prepare_index(tantivy.Index.open(str(path)))
        except ValueError as error:  # unreadable or of another tantivy format
            log.warning("the search index at %s cannot be opened (%s); rebuilding it", path, error)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return prepare_index(tantivy.Index(schema, path=str(path)))


def use_tantivy(engine: str, sentence_count: int) -> bool:
    """Whether the `ENGINE` setting picks tantivy for a store of `sentence_count` sentences."""
    if engine not in ENGINE_CHOICES:
        raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINE_CHOICES)}")
    return engine == "tantivy" or (engine == "auto" and sentence_count >= AUTO_TANTIVY_SENTENCES)


@contextlib.contextmanager
def _committed(writers: Sequence[tantivy.IndexWriter]) -> Iterator[None]:
    """Commit every writer after the block, or roll them all back if it fails; merges finish either way.

    A crash between the commits leaves the side file at the old generation: a mismatch, repaired at the next sync.
    """
    try:
        yield
        for writer in writers:
            writer.commit()
    except BaseException:
        for writer in writers:
            try:
                writer.rollback()
            except ValueError:  # a writer that failed on I/O may fail its rollback too; the commit never happened
                log.debug("rolling back a search index writer failed", exc_info=True)
        raise
    finally:
        for writer in writers:
            writer.wait_merging_threads()


class PersistentIndex:
    """The tantivy index of one database: opened when in step, updated incrementally, rebuilt after a mismatch.

    Writers in any process take an exclusive lock file (`<db>.tantivy.lock`) around their writes to the index, so
    processes that share the index (Discord shards) never write it at the same time.
    """

    def __init__(self, db_path: Path) -> None:
        if str(db_path) == ":memory:":
            raise TantivyIndexError("ENGINE=tantivy needs a database file, not an in-memory database")
        self.db_path = db_path
        self.path = index_dir_for(db_path)
        # The paragraph index lives inside the sentence index's folder: removing that folder removes both.
        self.paragraph_path = self.path / _PARAGRAPH_DIR
        self._lock_path = self.path.with_name(self.path.name + _LOCK_SUFFIX)

    # side file -------------------------------------------------------------------------------------------------

    def recorded(self) -> dict[str, int] | None:
        """What the side file says the indexes hold ({generation, sentences, paragraphs, schema}), or None."""
        try:
            data = json.loads((self.path / _SIDE_FILE).read_text(encoding="utf-8"))
            return {key: int(data[key]) for key in ("generation", "sentences", "paragraphs", "schema")}
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _record(self, generation: int, sentences: int, paragraphs: int) -> None:
        payload = json.dumps(
            {"generation": generation, "sentences": sentences, "paragraphs": paragraphs, "schema": SCHEMA_VERSION}
        )
        temporary = self.path / (_SIDE_FILE + ".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path / _SIDE_FILE)
        directory = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def _forget(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.path / _SIDE_FILE).unlink()

    # writing ---------------------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        try:
            handle = self._lock_file()
        except OSError as error:
            # A lock file that can be neither made nor opened (a folder in its place, no room for one more file):
            # said as any other write of the index that failed, which the service answers without it.
            raise IndexWriteError(f"could not open the search index's lock file {self._lock_path} ({error})") from error
        if handle is None:  # no lock file, and none can be made: no process writes the index there
            yield
            return
        with handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _lock_file(self) -> BinaryIO | None:
        """The lock file opened to be locked: to be written, as a writer needs it; where its folder cannot be written
        (a read-only mount, an index built elsewhere, which `docbot ask` reads as it is), read only, as flock takes a
        read-only descriptor; None where it is not there either (a writer makes it before it writes the index)."""
        self._lock_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return open(self._lock_path, "a+b")
        except OSError as error:
            if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
        try:
            return open(self._lock_path, "rb")
        except FileNotFoundError:
            return None

    def _open_indexes(self, recreate: bool) -> tuple[tantivy.Index, tantivy.Index]:
        """The sentence and paragraph indexes, each opened or (when unreadable, or `recreate`) created empty. The
        sentence index comes first: recreating its folder removes the paragraph index inside it."""
        return (
            _open_or_create(self.path, sentence_schema(), recreate),
            _open_or_create(self.paragraph_path, paragraph_schema(), recreate),
        )

    def sync(self, delta: IndexDelta | None = None) -> str:
        """Bring the index in step with the store: "opened" (it was), "updated" (delta applied) or "rebuilt"."""
        with self._exclusive():
            connection = reader.connect_readonly(self.db_path)
            try:
                return self._sync_locked(connection, delta)
            except (OSError, ValueError) as error:
                # tantivy reports I/O failures (no space left, file too large) as ValueError.
                raise IndexWriteError(f"could not write the search index at {self.path} ({error})") from error
            finally:
                connection.close()

    def _sync_locked(self, connection: sqlite3.Connection, delta: IndexDelta | None) -> str:
        reader.begin_reading(connection)  # one consistent view of the store for the whole sync
        try:
            generation = reader.generation(connection)
            count = reader.answerable_count(connection)
            recorded = self.recorded()
            in_schema = recorded is not None and recorded["schema"] == SCHEMA_VERSION
            if (
                in_schema
                and recorded is not None
                and recorded["generation"] == generation
                and recorded["sentences"] == count
                and self._searchable(count, recorded["paragraphs"])
                and self._ids_agree(connection)
            ):
                return "opened"
            if (
                in_schema
                and recorded is not None
                and delta is not None
                and not delta.replace_all
                and recorded["generation"] == delta.base_generation
                and generation == delta.generation
                and self._searchable(recorded["sentences"], recorded["paragraphs"])
            ):
                self._apply(connection, delta, generation, count)
                if self._searchable(count, live_documents(self._open_indexes(recreate=False)[1])) and self._ids_agree(
                    connection
                ):
                    return "updated"
                log.warning("search index at %s disagrees with the database after an update: rebuilding it", self.path)
                self._rebuild(connection, generation, count, recreate=False)
                return "rebuilt"
            if delta is not None and delta.replace_all and generation == delta.generation:
                # every document was read again (a new docbot reads them differently): expected, not a fault
                log.info("every document was read again: rebuilding the search index at %s", self.path)
            elif (
                in_schema
                and recorded is not None
                and recorded["generation"] == generation
                and recorded["sentences"] == count
            ):
                # In step by its record, yet not searchable: tantivy could not open it (its lock on a read-only
                # folder, say), or its files were changed from outside.
                log.warning("search index at %s %s: rebuilding it from the database", self.path, self._unusable())
            elif recorded is not None:
                log.warning(
                    "search index at %s is out of step with the database (index generation %s, %s sentences;"
                    " database generation %d, %d sentences): rebuilding it from the database",
                    self.path,
                    recorded["generation"],
                    recorded["sentences"],
                    generation,
                    count,
                )
            self._rebuild(connection, generation, count, recreate=not in_schema)
            return "rebuilt"
        finally:
            reader.end_reading(connection)

    def _searchable(self, count: int, paragraphs: int) -> bool:
        try:
            sentence_index = prepare_index(tantivy.Index.open(str(self.path)))
            paragraph_index = prepare_index(tantivy.Index.open(str(self.paragraph_path)))
            return bool(
                sentence_index.searcher().num_docs == count and paragraph_index.searcher().num_docs == paragraphs
            )
        except (ValueError, OSError):
            return False

    def _unusable(self) -> str:
        """Why an index that its side file says is in step with the store cannot be searched, in a few words."""
        try:
            for path in (self.path, self.paragraph_path):
                prepare_index(tantivy.Index.open(str(path)))
        except (ValueError, OSError) as error:
            return f"cannot be opened ({error})"
        return "does not hold the sentences its record says"

    def _ids_agree(self, connection: sqlite3.Connection) -> bool:
        """Whether a sample of the index's sentence ids (the oldest and the newest) are sentences in the store: the
        counts and generation can agree while the ids do not, after an outside change to either."""
        try:
            sample = sample_sentence_ids(prepare_index(tantivy.Index.open(str(self.path))), _ID_SAMPLE)
        except (ValueError, OSError):
            return False
        return len(reader.existing_sentence_ids(connection, sample)) == len(sample)

    def _apply(self, connection: sqlite3.Connection, delta: IndexDelta, generation: int, count: int) -> None:
        indexes = self._open_indexes(recreate=False)
        writers = open_writers(*indexes, UPDATE_HEAP, UPDATE_HEAP)
        with _committed(writers):
            for index, writer in zip(indexes, writers, strict=True):
                for path in delta.deleted_paths:
                    writer.delete_documents_by_query(tantivy.Query.term_query(index.schema, PATH_FIELD, path))
            for start in range(0, len(delta.added_paths), 500):
                add_rows(reader.index_rows(connection, delta.added_paths[start : start + 500]), *writers)
        self._record(generation, count, live_documents(indexes[1]))

    def _rebuild(self, connection: sqlite3.Connection, generation: int, count: int, recreate: bool) -> None:
        started = time.perf_counter()
        self._forget()
        indexes = self._open_indexes(recreate=recreate)
        writers = open_writers(*indexes, _BUILD_HEAP, _PARAGRAPH_BUILD_HEAP)
        with _committed(writers):
            for writer in writers:
                writer.delete_all_documents()
            add_rows(reader.index_rows(connection), *writers)
        paragraphs = live_documents(indexes[1])
        self._record(generation, count, paragraphs)
        log.info(
            "built the search index of %d sentences and %d paragraphs in %.1fs",
            count,
            paragraphs,
            time.perf_counter() - started,
        )

    # reading ---------------------------------------------------------------------------------------------------

    def open_snapshot(self, delta: IndexDelta | None = None, known: Sequence[DocumentInfo] = ()) -> PinnedIndex:
        """Sync, then pin a searcher and a store read transaction at the same generation; the documents equal to
        one of `known` (the index serving now) are those objects (`reader.documents`)."""
        action = self.sync(delta)
        for _ in range(5):
            with self._exclusive():
                recorded = self.recorded()
                index = prepare_index(tantivy.Index.open(str(self.path)))
                paragraph_index = prepare_index(tantivy.Index.open(str(self.paragraph_path)))
                connection = reader.connect_readonly(self.db_path)
                reader.begin_reading(connection)
                generation = reader.generation(connection)
            if recorded is not None and recorded["generation"] == generation:
                end = reader.id_end(connection)
                reconnect = partial(reader.connect_readonly, self.db_path)
                checkpoint = partial(reader.write_back_log, self.db_path)
                sentences = SqliteSentences(
                    connection,
                    int(end),
                    recorded["sentences"],
                    reconnect,
                    generation,
                    checkpoint,
                    stored_structure.load(connection),
                )
                documents = reader.documents(connection, known)
                engine = TantivyEngine(index, sentences.tokens_of, generation, paragraph_index)
                corpus = Corpus(sentences, {d.document_id: d for d in documents}, SentencePositions(sentences))
                return PinnedIndex(corpus, engine, documents, generation, action, stored_mentions.load(connection))
            # Another process wrote the store between the sync and the pin: sync again (it waits for that writer).
            connection.close()
            action = self.sync(None)
        raise TantivyIndexError(f"the search index at {self.path} keeps changing; try again")
