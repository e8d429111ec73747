"""The SQL of the actor refresh: the actor tables (migrations 2 and 3) over a plain sqlite3 connection.

The refresh (retrieval/actors/refresh.py) runs in a worker thread on a connection of its own (`connect`), reads and
computes in one read transaction (`read_transaction`), then writes in one write transaction, and only if no
document was written meanwhile (`write_if_unchanged`). These functions are everything it reads and writes; the
async reads the service makes of the result (`Store.actor_sentences`, ...) are in database.py, and the directory of
every actor is read here (`read_actor_rows`), in a worker thread. Values in any number
travel in one parameter, as a JSON array (`_IN`).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from retrieval.store.reader import (
    SET_META_SQL,
    connect_readonly,
    limit_log,
    placeholders,
    scope_condition,
    write_transaction,
)
from retrieval.store.records import ActorRow

# The meta keys that tell whether the stored actors are current: the rules' version they were computed by, the
# count of document writes they reflect, the count now (bumped by triggers) and the number of refreshes made.
ACTOR_META_KEYS = ("actors_version", "actors_document_writes", "document_writes", "actors_refreshes")

NameForm = tuple[str, str, str, str]
"""A name form as `actor_names` keys it: merge key, surface, name, reliable."""
NameFormRow = tuple[str, str, str, str, int, tuple[int, ...]]
"""A row of `actor_names`: the name form, its mentions and its summed evidence."""


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A name as `actor_groups` holds it: its edges, its component's root and the actor the component makes."""

    parent: str
    acronym_of: str
    root: str
    actor_id: int | None


@dataclass(frozen=True, slots=True)
class NewActor:
    """An actor row to insert, with its aliases."""

    actor_id: int
    name: str
    kind: str
    root: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorChanges:
    """Everything one refresh writes. A rebuild empties the actor tables first; otherwise the rows of the documents
    written (`dirty`) and re-linked (`relinked`) and of the actors gone are deleted before the new ones go in."""

    rebuild: bool
    dirty: Collection[int]  # documents whose facts are replaced (or dropped, when they are gone)
    relinked: Collection[int]  # documents whose links and counts are replaced
    removed_actors: Collection[int]
    facts: Mapping[int, tuple[bytes, frozenset[str]]]  # document → (encoded facts, merge keys its links use)
    name_forms: Mapping[NameForm, tuple[int, Sequence[int]]]  # (mentions, evidence); no mentions: delete
    words: Mapping[str, int]  # mid-sentence common word → documents; none: delete
    new_actors: Sequence[NewActor]
    updated_actors: Sequence[tuple[int, str, str]]  # (actor id, name, kind)
    alias_changes: Sequence[tuple[int, tuple[str, ...]]]  # (actor id, all its aliases now)
    removed_groups: Collection[str]
    group_rows: Mapping[str, tuple[int, Sequence[int], GroupRow]]  # names whose counts changed: (mentions, evidence)
    group_links: Mapping[str, GroupRow]  # names whose edges, root or actor changed only
    term_rows: Mapping[str, frozenset[str]]  # name → its look-up terms now
    links: array[int]  # flat: actor id, sentence id, statement
    counts: Sequence[tuple[int, int, int]]  # (actor id, document id, sentences)
    version: int  # the rules' version (ACTORS_VERSION) the actors were computed by
    document_writes: str  # the document writes they reflect
    refreshes: int


_IN = "IN (SELECT value FROM json_each(?))"


def _values(values: Iterable[int | str]) -> str:
    """A JSON array for `IN (SELECT value FROM json_each(?))`: any number of values in one parameter."""
    return json.dumps(sorted(values), ensure_ascii=False)


def _evidence_text(evidence: Iterable[int]) -> str:
    return ",".join(map(str, evidence))


def _evidence(text: object) -> tuple[int, ...]:
    return tuple(int(v) for v in str(text).split(","))


# Connection and transactions ----------------------------------------------------------------------------------


def connect(path: Path) -> sqlite3.Connection:
    """A connection of the refresh's own (autocommit: transactions are explicit)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA foreign_keys = ON")
    limit_log(connection)
    return connection


@contextmanager
def read_transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: everything read inside is one state of the database."""
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def actor_meta(db: sqlite3.Connection) -> dict[str, str]:
    """The values of `ACTOR_META_KEYS` that are set."""
    query = f"SELECT key, value FROM meta WHERE key IN ({placeholders(len(ACTOR_META_KEYS))})"
    return {str(k): str(v) for k, v in db.execute(query, ACTOR_META_KEYS)}


def actors_current(meta: Mapping[str, str], version: int) -> bool:
    """True when the actors `meta` describes were computed by rules `version` from the documents as they are now."""
    return meta.get("actors_version") == str(version) and meta.get("actors_document_writes") == meta.get(
        "document_writes", "0"
    )


def write_if_unchanged(db: sqlite3.Connection, before: Mapping[str, str], changes: ActorChanges) -> bool:
    """Write `changes` in one write transaction if the actor meta is still `before`; False (nothing written) when
    documents were written, or another process refreshed, meanwhile."""
    with write_transaction(db):
        now = actor_meta(db)
        if any(now.get(key) != before.get(key) for key in ACTOR_META_KEYS):
            db.execute("ROLLBACK")
            return False
        _write(db, changes)
    return True


# Documents ----------------------------------------------------------------------------------------------------


def written_documents(db: sqlite3.Connection) -> tuple[int, int]:
    """(documents written since the last refresh and still present, documents)."""
    written, documents = db.execute(
        "SELECT (SELECT COUNT(*) FROM actor_dirty_documents JOIN documents ON documents.id = document_id),"
        " (SELECT COUNT(*) FROM documents)"
    ).fetchone()
    return int(written), int(documents)


def document_ids(db: sqlite3.Connection) -> set[int]:
    """Every document's id."""
    return {int(r[0]) for r in db.execute("SELECT id FROM documents")}


def dirty_document_ids(db: sqlite3.Connection) -> set[int]:
    """The documents written or removed since the last refresh (kept by triggers)."""
    return {int(r[0]) for r in db.execute("SELECT document_id FROM actor_dirty_documents")}


def stored_facts(db: sqlite3.Connection, documents: Collection[int]) -> Iterator[tuple[int, bytes]]:
    """(document id, encoded facts) kept for these documents."""
    query = f"SELECT document_id, facts FROM actor_documents WHERE document_id {_IN}"
    return ((int(d), bytes(b)) for d, b in db.execute(query, (_values(documents),)))


def sentence_texts(db: sqlite3.Connection, documents: Collection[int] | None) -> Iterator[tuple[int, int, int, str]]:
    """(document id, sentence id, paragraph, text) of these documents (None: all), by document and in reading
    order (the paragraph: quotations carry over paragraph breaks by their own rules)."""
    query = "SELECT document_id, id, paragraph, text FROM sentences"
    if documents is not None:
        query += f" WHERE document_id {_IN}"
    query += " ORDER BY document_id, paragraph, sentence"
    rows = db.execute(query, () if documents is None else (_values(documents),))
    return ((int(d), int(s), int(p), str(t)) for d, s, p, t in rows)


def sentence_count(db: sqlite3.Connection, documents: Collection[int] | None) -> int:
    """How many sentences these documents (None: all) have."""
    if documents is None:
        return int(db.execute("SELECT COUNT(*) FROM sentences").fetchone()[0])
    query = f"SELECT COUNT(*) FROM sentences WHERE document_id {_IN}"
    return int(db.execute(query, (_values(documents),)).fetchone()[0])


def sentence_ids(db: sqlite3.Connection, documents: Collection[int]) -> Iterator[tuple[int, int]]:
    """(document id, sentence id) of these documents, by document and in reading order."""
    query = f"SELECT document_id, id FROM sentences WHERE document_id {_IN} ORDER BY document_id, paragraph, sentence"
    return ((int(d), int(s)) for d, s in db.execute(query, (_values(documents),)))


def documents_using_keys(db: sqlite3.Connection, keys: Collection[str]) -> set[int]:
    """The documents whose links use any of these merge keys."""
    query = f"SELECT DISTINCT document_id FROM actor_document_keys WHERE key {_IN}"
    return {int(r[0]) for r in db.execute(query, (_values(keys),))}


def keys_of_documents(db: sqlite3.Connection, documents: Collection[int]) -> set[str]:
    """The merge keys the links of these documents use."""
    query = f"SELECT DISTINCT key FROM actor_document_keys WHERE document_id {_IN}"
    return {str(r[0]) for r in db.execute(query, (_values(documents),))}


# Names and words ----------------------------------------------------------------------------------------------


def word_counts(db: sqlite3.Connection, words: Collection[str]) -> dict[str, int]:
    """Per word of these, the documents that have it in mid-sentence (words never seen left out)."""
    query = f"SELECT word, documents FROM actor_words WHERE word {_IN}"
    return {str(w): int(n) for w, n in db.execute(query, (_values(words),))}


def known_words(db: sqlite3.Connection, words: Collection[str]) -> set[str]:
    """Those of `words` some document has in mid-sentence."""
    query = f"SELECT word FROM actor_words WHERE documents > 0 AND word {_IN}"
    return {str(r[0]) for r in db.execute(query, (_values(words),))}


def keys_needing_words(db: sqlite3.Connection, words: Collection[str]) -> set[str]:
    """The names with a form that is reliable only where the corpus knows one of `words`."""
    query = f"SELECT DISTINCT key FROM actor_names WHERE reliable {_IN}"
    return {str(r[0]) for r in db.execute(query, (_values(words),))}


def name_forms(db: sqlite3.Connection, keys: Collection[str]) -> Iterator[NameFormRow]:
    """The stored forms of these names, with their counts."""
    query = f"SELECT key, surface, name, reliable, mentions, evidence FROM actor_names WHERE key {_IN}"
    return (
        (str(k), str(s), str(n), str(r), int(m), _evidence(e))
        for k, s, n, r, m, e in db.execute(query, (_values(keys),))
    )


def group_counts(db: sqlite3.Connection, key: str) -> tuple[int, tuple[int, ...]] | None:
    """A name's summed (mentions, evidence), or None when it is not stored."""
    row = db.execute("SELECT mentions, evidence FROM actor_groups WHERE key = ?", (key,)).fetchone()
    return None if row is None else (int(row[0]), _evidence(row[1]))


def groups_with_term(db: sqlite3.Connection, term: str) -> Iterator[tuple[str, int, tuple[int, ...]]]:
    """(key, mentions, evidence) of the stored names with this look-up term."""
    query = (
        "SELECT t.key, g.mentions, g.evidence FROM actor_group_terms t JOIN actor_groups g ON g.key = t.key"
        " WHERE t.term = ?"
    )
    return ((str(k), int(m), _evidence(e)) for k, m, e in db.execute(query, (term,)))


def component_roots(db: sqlite3.Connection, keys: Collection[str]) -> set[str]:
    """The roots of the stored components holding these names."""
    return {str(r[0]) for r in db.execute(f"SELECT root FROM actor_groups WHERE key {_IN}", (_values(keys),))}


def component_members(db: sqlite3.Connection, roots: Collection[str]) -> Iterator[tuple[str, GroupRow]]:
    """Every stored name of the components with these roots, with its row."""
    query = f"SELECT key, parent, acronym_of, root, actor_id FROM actor_groups WHERE root {_IN}"
    for key, parent, acronym_of, root, actor_id in db.execute(query, (_values(roots),)):
        yield str(key), GroupRow(str(parent), str(acronym_of), str(root), actor_id)


# Actors -------------------------------------------------------------------------------------------------------


def actors_by_root(db: sqlite3.Connection, roots: Collection[str]) -> dict[str, tuple[int, str, str]]:
    """Root → (actor id, name, kind) of the stored actors with these roots."""
    query = f"SELECT id, root, name, kind FROM actors WHERE root {_IN}"
    return {str(root): (int(i), str(name), str(kind)) for i, root, name, kind in db.execute(query, (_values(roots),))}


def next_actor_id(db: sqlite3.Connection) -> int:
    """A row id no stored actor has (above them all)."""
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM actors").fetchone()[0]) + 1


def actor_aliases(db: sqlite3.Connection, actors: Collection[int]) -> dict[int, list[str]]:
    """The stored aliases of these actors (actors without any left out)."""
    aliases: dict[int, list[str]] = {}
    query = f"SELECT actor_id, alias FROM actor_aliases WHERE actor_id {_IN}"
    for actor_id, alias in db.execute(query, (_values(actors),)):
        aliases.setdefault(int(actor_id), []).append(str(alias))
    return aliases


def actors_of_keys(db: sqlite3.Connection, keys: Collection[str]) -> dict[str, tuple[int, str]]:
    """Name → (actor id, kind) of the stored actor it resolves to (names of no actor left out)."""
    query = f"SELECT g.key, a.id, a.kind FROM actor_groups g JOIN actors a ON a.id = g.actor_id WHERE g.key {_IN}"
    return {str(key): (int(actor_id), str(kind)) for key, actor_id, kind in db.execute(query, (_values(keys),))}


# Writing ------------------------------------------------------------------------------------------------------

_ACTOR_TABLES = (
    "actor_mentions",
    "actor_document_counts",
    "actor_aliases",
    "actor_groups",
    "actor_group_terms",
    "actors",
    "actor_documents",
    "actor_document_keys",
    "actor_names",
    "actor_words",
    "actor_dirty_documents",
)


def _write(db: sqlite3.Connection, changes: ActorChanges) -> None:
    if changes.rebuild:
        for table in _ACTOR_TABLES:
            db.execute(f"DELETE FROM {table}")  # the table names above, not input
    else:
        dirty = _values(changes.dirty)
        db.execute(f"DELETE FROM actor_documents WHERE document_id {_IN}", (dirty,))
        db.execute(f"DELETE FROM actor_document_keys WHERE document_id {_IN}", (dirty,))
        db.execute(f"DELETE FROM actor_dirty_documents WHERE document_id {_IN}", (dirty,))
        relinked = _values(changes.relinked)
        db.execute(
            f"DELETE FROM actor_mentions WHERE sentence_id IN (SELECT id FROM sentences WHERE document_id {_IN})",
            (relinked,),
        )
        db.execute(f"DELETE FROM actor_document_counts WHERE document_id {_IN}", (relinked,))
        db.execute(f"DELETE FROM actors WHERE id {_IN}", (_values(changes.removed_actors),))
    db.executemany(
        "INSERT INTO actor_documents (document_id, facts) VALUES (?, ?)",
        ((document_id, blob) for document_id, (blob, _) in changes.facts.items()),
    )
    db.executemany(
        "INSERT INTO actor_document_keys (key, document_id) VALUES (?, ?)",
        ((key, document_id) for document_id, (_, keys) in changes.facts.items() for key in keys),
    )
    db.executemany(
        "DELETE FROM actor_names WHERE key = ? AND surface = ? AND name = ? AND reliable = ?",
        (form for form, (mentions, _) in changes.name_forms.items() if mentions <= 0),
    )
    db.executemany(
        "INSERT OR REPLACE INTO actor_names (key, surface, name, reliable, mentions, evidence)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            (*form, mentions, _evidence_text(evidence))
            for form, (mentions, evidence) in changes.name_forms.items()
            if mentions > 0
        ),
    )
    db.executemany("DELETE FROM actor_words WHERE word = ?", ((w,) for w, n in changes.words.items() if n <= 0))
    db.executemany(
        "INSERT OR REPLACE INTO actor_words (word, documents) VALUES (?, ?)",
        ((w, n) for w, n in changes.words.items() if n > 0),
    )
    db.executemany(
        "INSERT INTO actors (id, name, kind, root) VALUES (?, ?, ?, ?)",
        ((a.actor_id, a.name, a.kind, a.root) for a in changes.new_actors),
    )
    db.executemany(
        "UPDATE actors SET name = ?, kind = ? WHERE id = ?",
        ((name, kind, actor_id) for actor_id, name, kind in changes.updated_actors),
    )
    db.executemany("DELETE FROM actor_aliases WHERE actor_id = ?", ((a,) for a, _ in changes.alias_changes))
    db.executemany(
        "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
        (
            (actor_id, alias)
            for actor_id, aliases in (*changes.alias_changes, *((a.actor_id, a.aliases) for a in changes.new_actors))
            for alias in aliases
        ),
    )
    db.executemany("DELETE FROM actor_groups WHERE key = ?", ((key,) for key in changes.removed_groups))
    db.executemany(
        "INSERT OR REPLACE INTO actor_groups (key, mentions, evidence, parent, acronym_of, root, actor_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (key, mentions, _evidence_text(evidence), row.parent, row.acronym_of, row.root, row.actor_id)
            for key, (mentions, evidence, row) in changes.group_rows.items()
        ),
    )
    db.executemany(
        "UPDATE actor_groups SET parent = ?, acronym_of = ?, root = ?, actor_id = ? WHERE key = ?",
        ((row.parent, row.acronym_of, row.root, row.actor_id, key) for key, row in changes.group_links.items()),
    )
    if not changes.rebuild:
        db.executemany("DELETE FROM actor_group_terms WHERE key = ?", ((key,) for key in changes.term_rows))
    db.executemany(
        "INSERT INTO actor_group_terms (term, key) VALUES (?, ?)",
        ((term, key) for key, terms in changes.term_rows.items() for term in terms),
    )
    links = iter(changes.links)
    db.executemany(
        "INSERT INTO actor_mentions (actor_id, sentence_id, is_statement) VALUES (?, ?, ?)",
        zip(links, links, links, strict=True),
    )
    db.executemany(
        "INSERT INTO actor_document_counts (actor_id, document_id, sentences) VALUES (?, ?, ?)", changes.counts
    )
    db.executemany(
        SET_META_SQL,
        [
            ("actors_version", str(changes.version)),
            ("actors_document_writes", changes.document_writes),
            ("actors_refreshes", str(changes.refreshes)),
        ],
    )


def read_actor_rows(db_path: Path, scope: frozenset[str] | None = None) -> list[ActorRow]:
    """Every stored actor with its aliases and its sentence and document counts, on a read-only connection; with a
    `scope`, the actors of those collections' documents, counted there. Plain tuples, not tracked by the garbage
    collector once a collection has seen them (`ActorRow`); the aliases grouped into tuples as they are read."""
    connection = connect_readonly(db_path)
    try:
        connection.execute("BEGIN")  # aliases and counts from one state of the tables
        rows = connection.execute("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias")
        aliases = {
            int(actor_id): tuple(str(alias) for _, alias in group) for actor_id, group in groupby(rows, itemgetter(0))
        }
        condition, parameters = scope_condition(scope)
        query = (
            "SELECT a.id, a.name, a.kind, SUM(c.sentences), COUNT(*) FROM actors a"
            " JOIN actor_document_counts c ON c.actor_id = a.id JOIN documents d ON d.id = c.document_id"
            f" WHERE {condition} GROUP BY a.id ORDER BY a.id"
        )
        return [
            (int(r[0]), str(r[1]), str(r[2]), aliases.get(int(r[0]), ()), int(r[3]), int(r[4]))
            for r in connection.execute(query, parameters)
        ]
    finally:
        connection.close()
