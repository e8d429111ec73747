"""The SQL of feedback (migration 5): the questions asked on Discord and the 👍/👎 votes under their answers.

Questions are personal data: they are kept for a number of days (`purge_before`), wiped per server on request
(`forget_guild`) and one by one when deleted on Discord (`forget_question`), and deleted rows are overwritten on disk
(`secure_delete`). The service (retrieval/feedback.py) calls these functions in worker threads, each on a
short-lived connection of its own (`connect`), so a write never joins the transaction of a reindex running on the
Store's connection.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from retrieval.store.reader import GENERATION_KEY, connect_reading, connect_writing, limit_log, write_transaction

# The largest id a question's server, channel or user may have here: SQLite's largest INTEGER (Discord's ids, 64-bit
# snowflakes of a time, stay below it until 2084). A larger number given for one is no id: SQLite cannot compare it.
LARGEST_ID = 2**63 - 1
# A writer waits this long for a reindex's write transaction to end before giving up with "database is locked".
_BUSY_MILLISECONDS = 10_000


@dataclass(frozen=True, slots=True)
class ShownHit:
    """An excerpt shown in an answer: its sentence id and the path of its (first) document."""

    sentence_id: int
    path: str


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """A recorded question with its votes, as a report reads it: of the excerpts its answer showed, only the document
    of the first ("" when none), which is all a report names. A report reads every question kept (30 days of a busy
    server: 100,000 and more); reading each one's excerpts as objects took 1.6 million of them there."""

    question_id: int
    asked_at: float  # seconds since the epoch
    guild_id: int | None
    channel_id: int | None
    question: str
    not_found: bool
    generation: int
    document: str
    up: int
    down: int


def connect(path: Path) -> sqlite3.Connection:
    """A connection of feedback's own (autocommit; foreign keys on so votes go with their question)."""
    # `connect_writing`: a database deleted while docbot runs is not created afresh, empty, by a question recorded.
    connection = connect_writing(path, _BUSY_MILLISECONDS / 1000)
    connection.execute("PRAGMA foreign_keys = ON")
    limit_log(connection)
    # As the Store's connection: in WAL mode a commit need not wait for the disk (a crash may lose the last vote).
    connection.execute("PRAGMA synchronous = NORMAL")
    # Deleted questions are overwritten with zeros rather than left in free pages of the file.
    connection.execute("PRAGMA secure_delete = ON")
    return connection


def connect_to_read(path: Path) -> sqlite3.Connection:
    """A connection of feedback's own that only reads (a report): it works where the database cannot be written."""
    return connect_reading(path, timeout=_BUSY_MILLISECONDS / 1000)


def insert_question(
    db: sqlite3.Connection,
    asked_at: float,
    guild_id: int | None,
    channel_id: int | None,
    question: str,
    not_found: bool,
    hits: Sequence[ShownHit],
) -> int:
    """Record one question and the excerpts its answer showed, with the store's index generation; returns its id."""
    cursor = db.execute(
        "INSERT INTO questions (asked_at, guild_id, channel_id, question, not_found, generation, hits)"
        " VALUES (?, ?, ?, ?, ?, COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?), 0), ?)",
        (
            asked_at,
            guild_id,
            channel_id,
            question,
            int(not_found),
            GENERATION_KEY,
            json.dumps([[h.sentence_id, h.path] for h in hits], ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid or 0)


def set_vote(
    db: sqlite3.Connection, question_id: int, user_id: int, next_vote: Callable[[int], int], voted_at: float
) -> tuple[int, int] | None:
    """Replace the member's vote on a question (+1, -1; 0 for none) by `next_vote(current vote)`, in one transaction;
    returns the vote before and after, or None when the question is no longer kept (nothing is written then)."""
    with write_transaction(db):
        if db.execute("SELECT 1 FROM questions WHERE id = ?", (question_id,)).fetchone() is None:
            db.execute("ROLLBACK")
            return None
        row = db.execute(
            "SELECT vote FROM votes WHERE question_id = ? AND user_id = ?", (question_id, user_id)
        ).fetchone()
        before = int(row[0]) if row else 0
        after = next_vote(before)
        if after == 0:
            db.execute("DELETE FROM votes WHERE question_id = ? AND user_id = ?", (question_id, user_id))
        else:
            db.execute(
                "INSERT INTO votes (question_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (question_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
                (question_id, user_id, after, voted_at),
            )
    return before, after


def purge_before(db: sqlite3.Connection, cutoff: float) -> int:
    """Delete the questions asked before `cutoff` and their votes; returns how many questions went."""
    return _delete_questions(db, "asked_at < ?", cutoff)


def forget_guild(db: sqlite3.Connection, guild_id: int) -> int:
    """Delete every question asked in one server and every vote on them; returns how many questions went."""
    return _delete_questions(db, "guild_id = ?", guild_id)


def forget_question(db: sqlite3.Connection, question_id: int) -> int:
    """Delete one question (its member deleted it on Discord) and its votes; returns 1, or 0 when it is gone already."""
    return _delete_questions(db, "id = ?", question_id)


def _delete_questions(db: sqlite3.Connection, where: str, value: float) -> int:
    # The votes first, in the same write transaction: one question's rows never outlive it half-deleted.
    with write_transaction(db):
        db.execute(f"DELETE FROM votes WHERE question_id IN (SELECT id FROM questions WHERE {where})", (value,))
        removed = db.execute(f"DELETE FROM questions WHERE {where}", (value,)).rowcount
    return int(removed)


def questions_since(db: sqlite3.Connection, since: float, guild_id: int | None = None) -> Iterator[QuestionRow]:
    """The questions asked from `since` on, of one server (every one when `guild_id` is None), newest first, each with
    its 👍 and 👎 counts and the document of its first shown excerpt (read by SQLite from the stored JSON)."""
    where, parameters = "q.asked_at >= ?", [since]
    if guild_id is not None:
        where += " AND q.guild_id = ?"
        parameters.append(guild_id)
    cursor = db.execute(
        "SELECT q.id, q.asked_at, q.guild_id, q.channel_id, q.question, q.not_found, q.generation,"
        " COALESCE(json_extract(q.hits, '$[0][1]'), ''),"
        " COALESCE(SUM(v.vote > 0), 0), COALESCE(SUM(v.vote < 0), 0)"
        f" FROM questions q LEFT JOIN votes v ON v.question_id = q.id WHERE {where}"
        " GROUP BY q.id ORDER BY q.asked_at DESC, q.id DESC",
        parameters,
    )
    for row in cursor:
        yield QuestionRow(
            int(row[0]),
            float(row[1]),
            None if row[2] is None else int(row[2]),
            None if row[3] is None else int(row[3]),
            str(row[4]),
            bool(row[5]),
            int(row[6]),
            str(row[7]),
            int(row[8]),
            int(row[9]),
        )
