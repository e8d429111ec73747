"""The reindexes a stop or a crash cut off (the process killed, the bot shut down mid-reindex): they record no outcome
(retrieval/store/reindexes.py), only their start, left in meta. The service notes them for the next reindex that
covers them (/reindex tells it once); /status and `docbot check` read them here, per collection, until a reindex of
that collection ends.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from retrieval.store.lock import held_elsewhere
from retrieval.store.reader import connect_reading, meta_value

# Meta key: when the reindex writing the store now started (UTC, ISO 8601) and its collections, as JSON {"started",
# "scope": [...] or null}; deleted when it ends. Found while no process holds the writer lock, it tells of a reindex
# that a stop or a crash interrupted. (An older docbot wrote the start time alone: a reindex of everything.)
REINDEX_STARTED_KEY = "reindex_started"
# Meta key: the reindexes found cut off (from REINDEX_STARTED_KEY) and not yet told to a reindex covering them, as a
# JSON list of {"started", "scope"}. Kept in the store: the start-up reindex clears REINDEX_STARTED_KEY, and a second
# restart before the server concerned reindexes must not lose the note.
REINDEX_CUT_OFF_KEY = "reindex_cut_off"


def reindex_note(started: str, scope: frozenset[str] | None) -> dict[str, object]:
    """A reindex's start time and collections as REINDEX_STARTED_KEY and REINDEX_CUT_OFF_KEY write them."""
    return {"started": started, "scope": None if scope is None else sorted(scope)}


def _read_reindex_note(value: object) -> tuple[str, frozenset[str] | None] | None:
    """A `reindex_note` read back (a scope not a list: everything); None when `value` is not one."""
    if not isinstance(value, dict) or not isinstance(value.get("started"), str):
        return None
    collections = value.get("scope")
    return value["started"], frozenset(map(str, collections)) if isinstance(collections, list) else None


def started_and_scope(raw: str) -> tuple[str, frozenset[str] | None]:
    """A REINDEX_STARTED_KEY value read: its start time and collections (an older docbot's plain start time: all)."""
    try:
        note = _read_reindex_note(json.loads(raw))
    except ValueError:
        note = None
    return (raw, None) if note is None else note


def cut_off_notes(raw: str | None) -> dict[frozenset[str] | None, str]:
    """A REINDEX_CUT_OFF_KEY value read: each cut-off reindex's start time by its collections (None: everything)."""
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return {}
    notes: dict[frozenset[str] | None, str] = {}
    for item in value if isinstance(value, list) else []:
        if (note := _read_reindex_note(item)) is not None:
            started, scope = note
            notes[scope] = started
    return notes


@dataclass(frozen=True, slots=True)
class CutOff:
    """A reindex a stop or a crash cut off (it started at `started`, UTC ISO 8601, and recorded no outcome), of the
    `collections` no reindex recorded since (None: every document, none of everything recorded since)."""

    started: str
    collections: frozenset[str] | None


def cut_off(db_path: Path, scope: frozenset[str] | None = None) -> tuple[CutOff, ...]:
    """The reindexes of any of the collections in `scope` (None: any) that a stop or a crash cut off, latest first,
    each with those of its collections (of `scope`) whose latest reindex it is: none ended since to record how it
    went, and no later one was cut off. A reindex running now (its process holds the writer lock) is not one."""
    connection = connect_reading(db_path)
    try:
        notes = cut_off_notes(meta_value(connection, REINDEX_CUT_OFF_KEY))
        start_mark = meta_value(connection, REINDEX_STARTED_KEY)
        # Its start left with no writer: cut off. Read again after the lock: a reindex ending meanwhile clears it first.
        if (
            start_mark is not None
            and not held_elsewhere(db_path)
            and meta_value(connection, REINDEX_STARTED_KEY) == start_mark
        ):
            started, collections = started_and_scope(start_mark)
            notes[collections] = max(started, notes.get(collections, ""))
        found: list[CutOff] = []
        told: set[str] = set()  # the collections whose latest reindex is one found already (a later one)
        for collections, started in sorted(notes.items(), key=lambda note: note[1], reverse=True):
            if collections is not None and scope is not None and not collections & scope:
                continue
            shown = scope if collections is None else collections if scope is None else collections & scope
            if shown is None:
                if started > _last_started(connection, None):
                    found.append(CutOff(started, None))
                    break  # the latest of every collection: the older ones are not
            elif left := frozenset(n for n in shown - told if started > _last_started(connection, n)):
                found.append(CutOff(started, left))
                told |= left
    finally:
        connection.close()
    return tuple(found)


def running(db_path: Path) -> tuple[str, frozenset[str] | None] | None:
    """The start and collections of the reindex writing the database now (its process holds the writer lock: this
    one or another), or None."""
    connection = connect_reading(db_path)
    try:
        started = meta_value(connection, REINDEX_STARTED_KEY)
    finally:
        connection.close()
    return None if started is None or not held_elsewhere(db_path) else started_and_scope(started)


def _last_started(connection: sqlite3.Connection, collection: str | None) -> str:
    """When the latest recorded reindex of `collection` (None: of every collection) started; "" when none is (or the
    database has no record yet: an older schema)."""
    of_all = "SELECT started FROM reindexes WHERE scope IS NULL"
    try:
        if collection is None:
            row = connection.execute(f"SELECT MAX(started) FROM ({of_all})").fetchone()
        else:
            row = connection.execute(
                f"SELECT MAX(started) FROM ({of_all} UNION ALL SELECT reindexes.started FROM reindex_collections"
                " JOIN reindexes ON reindexes.id = reindex_id WHERE collection = ?)",
                (collection,),
            ).fetchone()
    except sqlite3.OperationalError as problem:
        if "no such table" in str(problem):
            return ""
        raise
    return "" if row is None or row[0] is None else str(row[0])
