"""The SQL of the reindexes' record (migration 10): how the latest reindex of each collection ended, for /status and
`docbot check`, whichever process ran it (the bot, `docbot index` in a terminal) and across restarts.

A reindex is a row of `reindexes` (when, how long, the collections it read, how it ended, what concerns every
collection); its counts and problem lines of each collection are a row of `reindex_collections`, one per collection,
the latest reindex's. A server limited to some collections reads the latest reindex that read any of them (one of
every collection reads them all) and only their rows: it never sees another server's counts or problems. The service
writes each record in a worker thread on a connection of its own, as the reindex ends (it holds the writer lock).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from retrieval.models import ReindexCounts, ReindexOutcome
from retrieval.store.reader import connect_reading, connect_writing, limit_log, placeholders

# The migration (database.py): `scope` a JSON list of collection names (NULL: every collection); `failure` "" when
# done; `problems` JSON lists of lines; a reindex's own counts (`skipped`, `problems`) are those of no one collection
# (the documents folder itself, its .docbotignore, the actors pass), told with any of them.
MIGRATION = """
CREATE TABLE reindexes (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    seconds REAL NOT NULL,
    scope TEXT,
    failure TEXT NOT NULL,
    error TEXT NOT NULL,
    skipped INTEGER NOT NULL,
    problems TEXT NOT NULL
);
CREATE TABLE reindex_collections (
    collection TEXT PRIMARY KEY,
    reindex_id INTEGER NOT NULL REFERENCES reindexes(id),
    added INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    problems TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX reindex_collections_by_reindex ON reindex_collections (reindex_id);
"""
# A writer waits this long for another's transaction (a reindex of another process) before giving up.
_BUSY_SECONDS = 10.0


def record(db_path: Path, outcome: ReindexOutcome, collections: Mapping[str, ReindexCounts]) -> None:
    """Keep `outcome` (its counts: those of no one collection) as the latest reindex of the collections it read, with
    `collections`' counts each; a reindex of every collection replaces every collection's record."""
    connection = connect_writing(db_path, _BUSY_SECONDS)
    try:
        limit_log(connection)
        connection.execute("BEGIN IMMEDIATE")
        scope = outcome.scope
        if scope is None:
            connection.execute("DELETE FROM reindex_collections")
        else:
            named = f"DELETE FROM reindex_collections WHERE collection IN ({placeholders(len(scope))})"
            connection.execute(named, sorted(scope))
        counts = outcome.counts
        cursor = connection.execute(
            "INSERT INTO reindexes (started, seconds, scope, failure, error, skipped, problems)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                outcome.started,
                outcome.seconds,
                None if scope is None else json.dumps(sorted(scope)),
                outcome.failure,
                outcome.error,
                counts.skipped,
                json.dumps(counts.problems),
            ),
        )
        connection.executemany(
            "INSERT OR REPLACE INTO reindex_collections"
            " (collection, reindex_id, added, changed, removed, skipped, problems) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (name, cursor.lastrowid, c.added, c.changed, c.removed, c.skipped, json.dumps(c.problems))
                for name, c in collections.items()
            ],
        )
        # The reindexes no collection's record names any more, but the latest of every collection (which tells of
        # the collections it found nothing in).
        connection.execute(
            "DELETE FROM reindexes WHERE id NOT IN (SELECT reindex_id FROM reindex_collections)"
            " AND id IS NOT (SELECT MAX(id) FROM reindexes WHERE scope IS NULL)"
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def latest(db_path: Path, scope: frozenset[str] | None = None) -> ReindexOutcome | None:
    """The latest reindex that read any of the collections in `scope` (None: any reindex), with the counts and problem
    lines of those collections only; None when none is recorded (or the database has no record yet: an older
    schema)."""
    connection = connect_reading(db_path)
    try:
        if scope is None:
            found = connection.execute("SELECT MAX(id) FROM reindexes").fetchone()
        else:
            found = connection.execute(
                "SELECT MAX(id) FROM (SELECT id FROM reindexes WHERE scope IS NULL UNION ALL SELECT reindex_id AS id"
                f" FROM reindex_collections WHERE collection IN ({placeholders(len(scope))}))",
                sorted(scope),
            ).fetchone()
        if found is None or found[0] is None:
            return None
        reindex = int(found[0])
        started, seconds, read, failure, error, skipped, problems = connection.execute(
            "SELECT started, seconds, scope, failure, error, skipped, problems FROM reindexes WHERE id = ?", (reindex,)
        ).fetchone()
        rows = connection.execute(
            "SELECT collection, added, changed, removed, skipped, problems FROM reindex_collections"
            " WHERE reindex_id = ? ORDER BY collection",
            (reindex,),
        ).fetchall()
    except sqlite3.OperationalError as problem:
        if "no such table" in str(problem):
            return None
        raise
    finally:
        connection.close()
    counts = ReindexCounts()
    for name, added, changed, removed, own_skipped, own_problems in rows:
        if scope is None or name in scope:
            counts += ReindexCounts(added, changed, removed, own_skipped, tuple(json.loads(own_problems)))
    counts += ReindexCounts(skipped=skipped, problems=tuple(json.loads(problems)))
    read_scope = None if read is None else frozenset(json.loads(read))
    return ReindexOutcome(str(started), float(seconds), read_scope, str(failure), str(error), counts)
