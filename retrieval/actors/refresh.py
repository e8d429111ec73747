"""Incremental upkeep of the stored actors: after a reindex, redo only what the documents written since touched.

`refresh_actors` (the service calls it after each reindex) brings the actors in step with the documents when
documents were written since they were computed. Only the documents written since are analysed (in worker
processes when there are many), the names of the whole corpus merged from their stored counts, and only the
documents whose names now resolve differently re-linked; the result is `find_actors` over the whole corpus. Another
ACTORS_VERSION rebuilds. It runs in a worker thread on a connection of its own: everything is read and computed in
one read transaction, then written in one write transaction, and only if no document was written meanwhile (else
the actors stay stale for the next reindex). Readers never see a half-written set. All SQL is the store's
(`retrieval.store.actor_tables`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import sqlite3
import time
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from retrieval.actors import analysis
from retrieval.actors.analysis import analyse_document
from retrieval.actors.facts import (
    ACTORS_VERSION,
    NEWS_DOCUMENT,
    PROSE_DOCUMENT,
    DocumentFacts,
    NameCount,
    decode_facts,
    encode_facts,
    short_as_news,
)
from retrieval.actors.lexicon import load_lexicon
from retrieval.actors.link import document_resolution, link_document
from retrieval.actors.merge import (
    DecidedActor,
    NameGroup,
    components,
    decide_actors,
    decide_component,
    documents_by_key,
    group_names,
    name_edges,
)
from retrieval.store import actor_tables as tables
from retrieval.store.actor_tables import GroupRow, NameForm
from retrieval.store.database import Store
from retrieval.workers import worker_pool

log = logging.getLogger(__name__)

Analyse = Callable[[Sequence[str], Sequence[int]], DocumentFacts]
"""What finds a document's facts from its sentences' texts and paragraph numbers (`analyse_document`; tests pass
others)."""


async def refresh_actors(
    store: Store, analyse: Analyse | None = None, progress: Progress | None = None
) -> float | None:
    """Bring the store's actors in step with its documents; the seconds it took, or None when the actors were
    current or were left stale (documents written meanwhile). Runs in a worker thread (`refresh_actors_at`), which
    tells `progress` (documents analysed, documents to analyse) after each document."""
    if await store.actors_current(ACTORS_VERSION):
        return None
    return await asyncio.to_thread(refresh_actors_at, store.path, analyse, progress)


def refresh_actors_at(path: Path, analyse: Analyse | None = None, progress: Progress | None = None) -> float | None:
    """`refresh_actors` on the database at `path`, on a connection of its own (call it from a worker thread)."""
    started = time.perf_counter()
    db = tables.connect(path)
    try:
        with tables.read_transaction(db):  # everything the refresh reads is one state
            before = tables.actor_meta(db)
            if tables.actors_current(before, ACTORS_VERSION):
                return None
            rebuild = before.get("actors_version") != str(ACTORS_VERSION) or _mostly_written(db)
            refresh = _ActorRefresh(db, rebuild, analyse or analyse_document, progress)
            refresh.plan()
            if refresh.genre_flipped:
                # the corpus's short documents now read as another genre: every name they use is decided again,
                # so everything is (rare: the corpus's majority genre changed)
                refresh = _ActorRefresh(db, True, analyse or analyse_document, progress)
                refresh.plan()
        writing = time.perf_counter()
        changes = refresh.changes(before.get("document_writes", "0"), int(before.get("actors_refreshes", "0")) + 1)
        if not tables.write_if_unchanged(db, before, changes):
            return None  # documents were written (or another process refreshed) meanwhile: left for the next reindex
        refresh.timed("write", writing)
    finally:
        db.close()
    seconds = time.perf_counter() - started
    log.debug("actors: %s", refresh.summary())
    return seconds


Progress = Callable[[int, int], None]
"""Told (documents analysed, documents to analyse) by a refresh, from its worker thread."""

# From this many sentences to analyse, actors are found in worker processes (each analyses whole documents; the
# facts come back in order, so the result is the serial one). At 1M generated sentences the analysis is about two
# thirds of a full actor build; below this size starting the workers costs more than it saves.
PARALLEL_ACTOR_SENTENCES = 50_000
_ACTOR_BATCH_SENTENCES = 5_000
_Document = tuple[int, list[tuple[int, int, str]]]  # document id, its (sentence id, paragraph, text) in reading order


@dataclass(frozen=True, slots=True)
class _AnalysedDocument:
    """What a refresh keeps of a document's facts: them encoded for the store, their keys, names and words.

    Small to send back from a worker process: the per-sentence facts travel only as the encoded bytes.
    """

    encoded: bytes
    keys: frozenset[str]
    names: tuple[NameCount, ...]
    words: frozenset[str]

    @classmethod
    def of(cls, facts: DocumentFacts) -> _AnalysedDocument:
        return cls(encode_facts(facts), facts.keys, facts.names, facts.words)


def _analyse_batch(documents: list[tuple[list[str], list[int]]]) -> list[_AnalysedDocument]:
    """Worker process: each document analysed (its sentences' texts and paragraphs in reading order)."""
    lexicon = load_lexicon()
    return [_AnalysedDocument.of(analyse_document(texts, paragraphs, lexicon)) for texts, paragraphs in documents]


def _batches(documents: Iterable[_Document], sentences: int) -> Iterator[list[_Document]]:
    """Whole documents in batches of about `sentences` sentences."""
    batch: list[_Document] = []
    size = 0
    for document in documents:
        batch.append(document)
        size += len(document[1])
        if size >= sentences:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# Share of the documents written since the last refresh above which the actors are rebuilt rather than refreshed:
# rebuilding them all at once is then quicker than redoing most names one by one, and gives the same result. At
# 100k generated sentences, refreshing after 30% of the documents changed took 4.6 s, after 60% 8.9 s; a rebuild 6 s.
_REBUILD_WRITTEN_SHARE = 0.5


def _mostly_written(db: sqlite3.Connection) -> bool:
    """True when more than `_REBUILD_WRITTEN_SHARE` of the documents were written since the last refresh."""
    written, documents = tables.written_documents(db)
    return written > documents * _REBUILD_WRITTEN_SHARE


class _StoredNameIndex:
    """The names of the store (`actor_groups`, `actor_group_terms`) seen through the names this refresh changes,
    and the documents using each name (`actor_document_keys`) seen through the documents it analysed or removed
    (`dirty`; `analysed`: document → its encoded facts and merge keys)."""

    def __init__(
        self,
        db: sqlite3.Connection,
        changed: Mapping[str, NameGroup | None],
        dirty: Collection[int] = (),
        analysed: Mapping[int, tuple[bytes, frozenset[str]]] | None = None,
    ) -> None:
        self.db = db
        self.changed = changed
        self.dirty = frozenset(dirty)
        self.analysed = analysed or {}
        self.analysed_documents: dict[str, list[int]] | None = None  # `documents_by_key` of `analysed`, when asked
        self.documents_cache: dict[str, frozenset[int]] = {}
        self.cache: dict[str, NameGroup | None] = {}
        self.added: dict[str, list[str]] = defaultdict(list)  # term → changed names that have it now
        for key, group in changed.items():
            for term in group.terms if group is not None else ():
                self.added[term].append(key)

    def group(self, key: str) -> NameGroup | None:
        if key in self.changed:
            return self.changed[key]
        if key not in self.cache:
            counts = tables.group_counts(self.db, key)
            self.cache[key] = None if counts is None else self._group(key, *counts)
        return self.cache[key]

    def find(self, term: str) -> Iterable[str]:
        keys = list(self.added.get(term, ()))
        for key, mentions, evidence in tables.groups_with_term(self.db, term):
            if key not in self.changed:
                keys.append(key)
                self.cache.setdefault(key, self._group(key, mentions, evidence))
        return keys

    def documents(self, key: str) -> frozenset[int]:
        found = self.documents_cache.get(key)
        if found is None:
            if self.analysed_documents is None:
                self.analysed_documents = documents_by_key((d, keys) for d, (_, keys) in self.analysed.items())
            stored = tables.documents_using_keys(self.db, [key]) - self.dirty
            found = frozenset(stored.union(self.analysed_documents.get(key, ())))
            self.documents_cache[key] = found
        return found

    @staticmethod
    def _group(key: str, mentions: int, evidence: Sequence[int]) -> NameGroup:
        """A name's counts (what `name_edges` reads of the names it looks up), without its forms."""
        return NameGroup(key, mentions, list(evidence))


class _ActorRefresh:
    """One refresh of the actors: `plan` reads and computes in the read transaction; `changes` is what to write.

    1. The documents written or removed since the last refresh (`actor_dirty_documents`, kept by triggers) give
       their old facts' name counts and mid-sentence words back; those still present are analysed afresh
       (`analyse_document`, the only step that reads text) and their counts added.
    2. The names whose counts changed or that the written documents use (or used), and those whose edges may depend
       on them (their shorter endings, their first word, the acronyms their names spell), get their edges
       recomputed (`name_edges`); the components
       holding any of them are recomputed and decided again. The rest of the name graph is left as stored.
    3. Documents are re-linked (`link_document`, from their stored facts) when they were analysed afresh or use a
       name that now resolves to another actor or kind; the others' links cannot have changed.
    A rebuild (another ACTORS_VERSION, or a database new to actors) decides all names at once (`decide_actors`).
    Either way the result is `find_actors` over the whole corpus; only row ids may differ.
    """

    def __init__(
        self, connection: sqlite3.Connection, rebuild: bool, analyse: Analyse, progress: Progress | None = None
    ) -> None:
        self.db = connection
        self.rebuild = rebuild
        self.analyse = analyse
        self.progress = progress
        self.lexicon = load_lexicon()
        self.timings: dict[str, float] = {}
        # step 1
        self.dirty: set[int] = set()
        self.analysed: dict[int, tuple[bytes, frozenset[str]]] = {}  # document → (encoded facts, keys)
        self.sentence_ids: dict[int, array[int]] = {}
        self.form_deltas: dict[NameForm, list[int]] = {}  # [mentions, *evidence]
        self.old_keys: set[str] = set()  # the merge keys the dirty documents' stored facts used
        self.word_deltas: dict[str, int] = {}
        self.short_as_news = True  # `facts.short_as_news` of the corpus after this refresh
        self.genre_flipped = False  # ... differs from before it: `plan` stops, a rebuild is needed
        # step 2, what to write
        self.form_rows: dict[NameForm, tuple[int, Sequence[int]]] = {}  # (mentions, evidence); 0 mentions: delete
        self.word_rows: dict[str, int] = {}  # 0: delete
        self.group_rows: dict[str, tuple[int, Sequence[int], GroupRow]] = {}  # names whose counts changed
        self.group_links: dict[str, GroupRow] = {}  # names whose edges, root or actor changed
        self.removed_groups: set[str] = set()
        self.term_rows: dict[str, frozenset[str]] = {}
        self.new_actors: list[tuple[int, DecidedActor]] = []
        self.updated_actors: list[tuple[int, DecidedActor]] = []
        self.alias_changes: list[tuple[int, tuple[str, ...]]] = []
        self.removed_actors: set[int] = set()
        self.resolution: dict[str, tuple[int, str] | None] = {}  # name → (actor id, kind) now, where it may differ
        self.changed_keys: set[str] = set()
        # step 3
        self.relinked: list[int] = []
        self.links = array("q")  # actor id, sentence id, statement; flat: a million links are few objects
        self.counts: list[tuple[int, int, int]] = []  # (actor id, document id, sentences)

    def summary(self) -> str:
        timings = ", ".join(f"{step} {seconds:.3f}s" for step, seconds in self.timings.items())
        return (
            f"{'rebuilt' if self.rebuild else 'refreshed'}: {len(self.analysed)} documents analysed, "
            f"{len(self.dirty) - len(self.analysed)} removed, {len(self.relinked)} re-linked; "
            f"{len(self.group_rows) + len(self.group_links) + len(self.removed_groups)} names redone; "
            f"{len(self.new_actors)} actors new, {len(self.updated_actors)} renamed, {len(self.removed_actors)} gone"
            f" ({timings})"
        )

    def timed(self, step: str, started: float) -> float:
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - started
        return now

    def plan(self) -> None:
        started = time.perf_counter()
        self._analyse()
        started = self.timed("analyse", started)
        genres = (NEWS_DOCUMENT, PROSE_DOCUMENT)
        before = tables.word_counts(self.db, genres) if not self.rebuild else {}
        news, prose = (before.get(genre, 0) + self.word_deltas.get(genre, 0) for genre in genres)
        self.short_as_news = short_as_news(news, prose)
        if not self.rebuild and self.short_as_news != short_as_news(*(before.get(genre, 0) for genre in genres)):
            self.genre_flipped = True
            return
        if self.rebuild:
            self._decide_all()
        else:
            self._decide_changed()
        started = self.timed("merge", started)
        self._link()
        self.timed("link", started)

    # Step 1 ---------------------------------------------------------------------------------------------------

    def _analyse(self) -> None:
        db = self.db
        if self.rebuild:
            self.dirty = tables.document_ids(db)
        else:
            self.dirty = tables.dirty_document_ids(db)
            for _, blob in tables.stored_facts(db, self.dirty):
                old = decode_facts(blob)
                self._count(old.names, old.words, -1)
                self.old_keys |= old.keys
        rows = tables.sentence_texts(db, None if self.rebuild else self.dirty)
        documents = (
            (document_id, [(sentence_id, paragraph, text) for _, sentence_id, paragraph, text in group])
            for document_id, group in itertools.groupby(rows, key=lambda r: r[0])
        )
        # The documents analysed: every one in a rebuild, else those written since and still there.
        total = len(self.dirty) if self.rebuild else tables.written_documents(db)[0]
        for (document_id, sentences), facts in self._analysed(documents):
            self._count(facts.names, facts.words, +1)
            self.analysed[document_id] = (facts.encoded, facts.keys)
            self.sentence_ids[document_id] = array("q", (sentence_id for sentence_id, _, _ in sentences))
            if self.progress is not None:
                self.progress(len(self.analysed), max(total, len(self.analysed)))

    def _analysed(self, documents: Iterator[_Document]) -> Iterator[tuple[_Document, _AnalysedDocument]]:
        """Each document with its facts, in order: analysed in worker processes when there are many sentences."""
        cores = os.cpu_count() or 1
        sentences = tables.sentence_count(self.db, None if self.rebuild else self.dirty)
        if cores < 2 or sentences < PARALLEL_ACTOR_SENTENCES or self.analyse is not analysis.analyse_document:
            for document in documents:
                texts = [text for _, _, text in document[1]]
                paragraphs = [paragraph for _, paragraph, _ in document[1]]
                yield document, _AnalysedDocument.of(self.analyse(texts, paragraphs))
            return
        with worker_pool(min(cores, 8)) as pool:
            pending: deque[tuple[list[_Document], Future[list[_AnalysedDocument]]]] = deque()
            batches = _batches(documents, _ACTOR_BATCH_SENTENCES)
            for batch in itertools.chain(batches, [None]):
                if batch is not None:
                    work = [([t for _, _, t in sentences], [p for _, p, _ in sentences]) for _, sentences in batch]
                    pending.append((batch, pool.submit(_analyse_batch, work)))
                # A few batches ahead per worker, not the whole corpus's text in flight at once.
                while pending and (batch is None or len(pending) > 2 * min(cores, 8)):
                    done, future = pending.popleft()
                    yield from zip(done, future.result(), strict=True)

    def _count(self, names: Iterable[NameCount], words: Iterable[str], sign: int) -> None:
        for row in names:
            form = (row.key, row.surface, row.name, row.reliable)
            delta = self.form_deltas.get(form)
            if delta is None:
                delta = self.form_deltas[form] = [0] * (1 + len(row.evidence))
            delta[0] += sign * row.mentions
            for index, value in enumerate(row.evidence):
                delta[1 + index] += sign * value
        for word in words:
            self.word_deltas[word] = self.word_deltas.get(word, 0) + sign

    # Step 2 ---------------------------------------------------------------------------------------------------

    def _decide_all(self) -> None:
        rows = [NameCount(*form, d[0], tuple(d[1:])) for form, d in self.form_deltas.items() if d[0] > 0]
        self.form_rows = {(r.key, r.surface, r.name, r.reliable): (r.mentions, r.evidence) for r in rows}
        self.word_rows = {word: n for word, n in self.word_deltas.items() if n > 0}
        decision = decide_actors(
            rows,
            self.word_rows,
            self.lexicon,
            [keys for _, keys in self.analysed.values()],
            short_as_news=self.short_as_news,
        )
        actor_of: dict[str, tuple[int, str]] = {}
        for number, decided in enumerate(decision.actors, start=1):
            self.new_actors.append((number, decided))
            actor_of[decided.root] = (number, decided.actor.kind)
        for key, group in decision.groups.items():
            root = decision.roots[key]
            actor = actor_of.get(root)
            self.resolution[key] = actor
            row = GroupRow(*decision.edges[key], root, actor[0] if actor else None)
            self.group_rows[key] = (group.mentions, group.evidence, row)
            self.term_rows[key] = group.terms

    def _decide_changed(self) -> None:
        db = self.db
        touched = {form[0] for form in self.form_deltas}
        # Mid-sentence words: a word known or forgotten changes whether its names' mentions are reliable.
        old_words = tables.word_counts(db, self.word_deltas.keys())
        new_words = {w: old_words.get(w, 0) + d for w, d in self.word_deltas.items()}
        self.word_rows = {w: n for w, n in new_words.items() if n != old_words.get(w, 0)}
        flipped = [w for w, n in new_words.items() if (n > 0) != (old_words.get(w, 0) > 0)]
        redecide = tables.keys_needing_words(db, flipped)
        # The touched names' forms, before and after
        old_forms: dict[NameForm, list[int]] = {}
        for key, surface, name, reliable, mentions, evidence in tables.name_forms(db, touched):
            old_forms[(key, surface, name, reliable)] = [mentions, *evidence]
        new_forms = {form: list(row) for form, row in old_forms.items()}
        for form, delta in self.form_deltas.items():
            row = new_forms.setdefault(form, [0] * len(delta))
            for index, value in enumerate(delta):
                row[index] += value
        for form, row in new_forms.items():
            if row != old_forms.get(form, [0] * len(row)):
                self.form_rows[form] = (row[0], tuple(row[1:])) if row[0] > 0 else (0, ())
        old_groups = group_names(NameCount(*f, r[0], tuple(r[1:])) for f, r in old_forms.items())
        new_groups = group_names(NameCount(*f, r[0], tuple(r[1:])) for f, r in new_forms.items() if r[0] > 0)
        stored_names = _StoredNameIndex(db, {key: new_groups.get(key) for key in touched}, self.dirty, self.analysed)
        # The names whose edges may change: the touched ones, and those that look them up; and the names the
        # written documents use (their documents changed), and those that look them up by their words (a one-word
        # name joins a full name only where every document using it names that full name)
        affected = set(touched)
        for group in (*old_groups.values(), *new_groups.values()):
            affected.update(term[2:] for term in group.terms)  # the names that look it up by each of its terms
        for key in self.old_keys.union(*(keys for _, keys in self.analysed.values())) - touched:
            affected.add(key)
            affected.update(term[2:] for term in NameGroup(key).terms)
        affected |= redecide
        # Their components as stored, and any other component a new edge reaches
        stored: dict[str, GroupRow] = {}
        roots: set[str] = set()
        edges: dict[str, tuple[str, str]] = {}
        for key in affected:
            now_group = stored_names.group(key)
            if now_group is not None:
                edges[key] = name_edges(now_group, stored_names, self.lexicon.adjective_words, self.lexicon.genders)
        pending = set(affected)  # names whose stored component is needed
        asked: set[str] = set()
        while pending:
            asked |= pending
            new_roots = tables.component_roots(db, pending) - roots
            roots |= new_roots
            for key, member in tables.component_members(db, new_roots):
                stored[key] = member
                if key not in affected:
                    edges[key] = (member.parent, member.acronym_of)
            pending = {t for targets in edges.values() for t in targets if t and t not in edges} - asked
        now_roots = components({k: (p if p in edges else "", a if a in edges else "") for k, (p, a) in edges.items()})
        # Decide the components again: every name's forms are needed
        groups = dict(new_groups)
        others = [key for key in edges if key not in touched]
        groups.update(group_names(NameCount(*row) for row in tables.name_forms(db, others)))
        needed = {word for key in edges for word in groups[key].needs}
        known = {w for w, n in new_words.items() if n > 0}
        known |= tables.known_words(db, needed - set(new_words))
        members: dict[str, list[NameGroup]] = defaultdict(list)
        for key, root in now_roots.items():
            members[root].append(groups[key])
        decided = {
            root: decide_component(root, component, known, self.lexicon, short_as_news=self.short_as_news)
            for root, component in members.items()
        }
        # Actors: a root that stays a root keeps its actor's row
        old_actors = tables.actors_by_root(db, roots | set(members))
        old_kinds = {actor_id: kind for actor_id, _, kind in old_actors.values()}
        next_id = tables.next_actor_id(db)
        actor_of: dict[str, tuple[int, str]] = {}
        reused: list[tuple[int, DecidedActor]] = []
        for root, actor in sorted(
            ((r, d) for r, d in decided.items() if d is not None), key=lambda item: (item[1].actor.name, item[0])
        ):
            if root in old_actors:
                reused.append((old_actors[root][0], actor))
                actor_of[root] = (old_actors[root][0], actor.actor.kind)
            else:
                self.new_actors.append((next_id, actor))
                actor_of[root] = (next_id, actor.actor.kind)
                next_id += 1
        self.removed_actors = {old_actors[r][0] for r in old_actors if r not in actor_of}
        if reused:
            old_aliases = tables.actor_aliases(db, [a for a, _ in reused])
            by_id = {actor_id: (name, kind) for actor_id, name, kind in old_actors.values()}
            for actor_id, actor in reused:
                if by_id[actor_id] != (actor.actor.name, actor.actor.kind):
                    self.updated_actors.append((actor_id, actor))
                if sorted(old_aliases.get(actor_id, [])) != sorted(actor.actor.aliases):
                    self.alias_changes.append((actor_id, actor.actor.aliases))
        # The names' rows, and which names now resolve to another actor or kind
        for key in edges:
            now = actor_of.get(now_roots[key])
            group_row = GroupRow(*edges[key], now_roots[key], now[0] if now else None)
            self.resolution[key] = now
            before = stored.get(key)
            old = None if before is None or before.actor_id is None else (before.actor_id, old_kinds[before.actor_id])
            if old != now:
                self.changed_keys.add(key)
            if key in touched:
                group = groups[key]
                self.group_rows[key] = (group.mentions, group.evidence, group_row)
            elif group_row != before:
                self.group_links[key] = group_row
        for key in touched:
            old_terms = old_groups[key].terms if key in old_groups else frozenset()
            new_terms = new_groups[key].terms if key in new_groups else frozenset()
            if old_terms != new_terms:
                self.term_rows[key] = new_terms
            if key not in new_groups and key in stored:
                self.removed_groups.add(key)
                self.resolution[key] = None
                if stored[key].actor_id is not None:
                    self.changed_keys.add(key)

    # Step 3 ---------------------------------------------------------------------------------------------------

    def _link(self) -> None:
        db = self.db
        relink = set(self.analysed)
        if self.changed_keys and not self.rebuild:
            relink |= tables.documents_using_keys(db, self.changed_keys) - self.dirty
        self.relinked = sorted(relink)
        stored = relink - set(self.analysed)
        blobs = {document_id: blob for document_id, (blob, _) in self.analysed.items()}
        if stored:
            blobs.update(tables.stored_facts(db, stored))
            for document_id, group in itertools.groupby(tables.sentence_ids(db, stored), key=lambda r: r[0]):
                self.sentence_ids[document_id] = array("q", (r[1] for r in group))
        # How each name of these documents resolves: as decided above, else as stored (it cannot have changed). A
        # rebuild decided every name there is; the stored rows are the ones it replaces, so a name it did not decide
        # (a headline's candidate that no document names) resolves to no actor.
        resolution = dict(self.resolution)
        missing = {key for _, keys in self.analysed.values() for key in keys} - resolution.keys()
        if stored:
            missing |= tables.keys_of_documents(db, stored) - resolution.keys()
        if missing and not self.rebuild:
            resolution.update(tables.actors_of_keys(db, missing))
        numbers: dict[int, int] = {}
        kinds: list[str] = []
        actor_ids: list[int] = []
        resolve: dict[str, int] = {}
        for key, actor in resolution.items():
            if actor is None:
                continue
            if actor[0] not in numbers:
                numbers[actor[0]] = len(kinds)
                kinds.append(actor[1])
                actor_ids.append(actor[0])
            resolve[key] = numbers[actor[0]]
        for document_id in self.relinked:
            per_actor: Counter[int] = Counter()
            facts = decode_facts(blobs.pop(document_id))
            found = link_document(facts.sentences, document_resolution(facts.keys, resolve, kinds), kinds)
            for sentence_id, links in zip(self.sentence_ids.pop(document_id), found, strict=True):
                for number, statement in links.items():
                    self.links.extend((actor_ids[number], sentence_id, int(statement)))
                    per_actor[actor_ids[number]] += 1
            self.counts.extend((actor_id, document_id, n) for actor_id, n in per_actor.items())

    # What to write ------------------------------------------------------------------------------------------------

    def changes(self, document_writes: str, refreshes: int) -> tables.ActorChanges:
        """What `plan` found, for the store to write (`document_writes`: the document writes it reflects)."""
        return tables.ActorChanges(
            rebuild=self.rebuild,
            dirty=self.dirty,
            relinked=self.relinked,
            removed_actors=self.removed_actors,
            facts=self.analysed,
            name_forms=self.form_rows,
            words=self.word_rows,
            new_actors=[
                tables.NewActor(actor_id, d.actor.name, d.actor.kind, d.root, d.actor.aliases)
                for actor_id, d in self.new_actors
            ],
            updated_actors=[(actor_id, d.actor.name, d.actor.kind) for actor_id, d in self.updated_actors],
            alias_changes=self.alias_changes,
            removed_groups=self.removed_groups,
            group_rows=self.group_rows,
            group_links=self.group_links,
            term_rows=self.term_rows,
            links=self.links,
            counts=self.counts,
            version=ACTORS_VERSION,
            document_writes=document_writes,
            refreshes=refreshes,
        )
