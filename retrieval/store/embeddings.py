"""The stored sentence embeddings (table `embeddings`, a migration in database.py): synchronous SQL for worker threads.

One row per answerable sentence: its vector quantised to int8 with one float32 scale (`pack`), 388 bytes for a
384-dimension model. The meta key `EMBEDDING_MODEL_KEY` names the model (its sha256) the rows were computed with;
rows of another model are dropped before any is written (`claim_model`). Rows go with their sentence (ON DELETE
CASCADE) and sentence ids are never reused, so a row is never stale. A document written again (edited, or every
document when a new docbot reads them differently) gets new sentence ids; its sentences whose text and paragraph are
unchanged, all a vector is computed from, get their old rows' vectors (database.py, `_write_document`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.store.reader import (
    ANSWERABLE,
    FETCH_ROWS,
    SET_META_SQL,
    answerable_count,
    id_chunks,
    limit_log,
    meta_value,
    placeholders,
    scope_condition,
    write_transaction,
)

EMBEDDING_MODEL_KEY = "embedding_model"
_SCALE_BYTES = 4

Vector = npt.NDArray[np.float32]


def pack(vector: Vector) -> bytes:
    """A vector as stored: a float32 scale, then the components over that scale as int8."""
    peak = float(np.max(np.abs(vector))) if vector.size else 0.0
    scale = peak / 127.0 if peak > 0 else 1.0
    quantised = np.clip(np.rint(vector / scale), -127, 127).astype(np.int8)
    return bytes(np.float32(scale).tobytes()) + bytes(quantised.tobytes())


def unpack(blob: bytes) -> Vector:
    """A stored vector back as float32."""
    scale = np.frombuffer(blob, dtype=np.float32, count=1)[0]
    return np.asarray(np.frombuffer(blob, dtype=np.int8, offset=_SCALE_BYTES).astype(np.float32) * scale)


def unpack_many(blobs: Sequence[bytes]) -> Vector:
    """Stored vectors of one model (one length) back as the float32 rows of a matrix."""
    if not blobs:
        return np.zeros((0, 0), np.float32)
    width = len(blobs[0])
    return unpack_rows(np.frombuffer(b"".join(blobs), dtype=np.uint8).reshape(len(blobs), width))


def unpack_rows(raw: npt.NDArray[np.uint8]) -> Vector:
    """Stored vectors given as the rows of a byte matrix (one packed vector a row) back as float32 rows."""
    scales = raw[:, :_SCALE_BYTES].copy().view(np.float32)
    return np.asarray(raw[:, _SCALE_BYTES:].view(np.int8).astype(np.float32) * scales)


def connect_writer(db_path: Path) -> sqlite3.Connection:
    """A connection that writes embeddings, for one worker thread (short transactions; waits for other writers)."""
    connection = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=30)
    connection.execute("PRAGMA busy_timeout = 30000")
    connection.execute("PRAGMA foreign_keys = ON")
    limit_log(connection)
    return connection


def stored_model(connection: sqlite3.Connection) -> str | None:
    """The model the stored embeddings were computed with (None before the first)."""
    return meta_value(connection, EMBEDDING_MODEL_KEY)


def claim_model(connection: sqlite3.Connection, model: str) -> bool:
    """Make `model` the embeddings' model, dropping every row of another one; True when rows were dropped."""
    if stored_model(connection) == model:
        return False
    with write_transaction(connection):
        dropped = connection.execute("DELETE FROM embeddings").rowcount > 0
        connection.execute(SET_META_SQL, (EMBEDDING_MODEL_KEY, model))
    return dropped


def embedding_counts(
    connection: sqlite3.Connection, model: str, scope: frozenset[str] | None = None
) -> tuple[int, int]:
    """(sentences embedded with `model`, answerable sentences), of the documents of the collections in `scope` (all
    when None): the embeddings are complete when they are equal."""
    if scope is None:
        total = answerable_count(connection)
        if stored_model(connection) != model:
            return 0, total
        done = int(connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
        return min(done, total), total
    condition, parameters = scope_condition(scope)
    row = connection.execute(
        "SELECT COUNT(*), COUNT(e.sentence_id) FROM sentences s JOIN documents d ON d.id = s.document_id"
        f" LEFT JOIN embeddings e ON e.sentence_id = s.id WHERE {ANSWERABLE} AND {condition}",
        parameters,
    ).fetchone()
    total = int(row[0])
    return (int(row[1]) if stored_model(connection) == model else 0), total


def missing_paragraphs(
    connection: sqlite3.Connection, after_id: int, sentences: int
) -> list[list[tuple[int, str, bool]]]:
    """The paragraphs of up to `sentences` answerable sentences with ids above `after_id` that have no embedding,
    lowest ids first: each paragraph as its answerable sentences in order, (id, text, has no embedding yet)."""
    keys = connection.execute(
        "SELECT s.document_id, s.paragraph FROM sentences s LEFT JOIN embeddings e ON e.sentence_id = s.id"
        f" WHERE s.id > ? AND e.sentence_id IS NULL AND {ANSWERABLE} ORDER BY s.id LIMIT ?",
        (after_id, sentences),
    ).fetchall()
    paragraphs = []
    for document_id, paragraph in dict.fromkeys((int(r[0]), int(r[1])) for r in keys):
        rows = connection.execute(
            "SELECT s.id, s.text, e.sentence_id IS NULL FROM sentences s LEFT JOIN embeddings e ON e.sentence_id = s.id"
            f" WHERE s.document_id = ? AND s.paragraph = ? AND {ANSWERABLE} ORDER BY s.sentence",
            (document_id, paragraph),
        ).fetchall()
        paragraphs.append([(int(r[0]), str(r[1]), bool(r[2])) for r in rows])
    return paragraphs


def write_embeddings(connection: sqlite3.Connection, model: str, rows: Sequence[tuple[int, bytes]]) -> int:
    """Store (sentence id, packed vector) rows computed with `model`, in one transaction; rows of sentences removed
    meanwhile, or of a model no longer the stored one, are not written. Returns how many were."""
    with write_transaction(connection):
        if stored_model(connection) != model:
            connection.execute("ROLLBACK")
            return 0
        before = connection.total_changes
        connection.executemany(
            "INSERT OR IGNORE INTO embeddings (sentence_id, vector) SELECT ?, ? WHERE EXISTS"
            " (SELECT 1 FROM sentences WHERE id = ?)",
            [(sentence_id, blob, sentence_id) for sentence_id, blob in rows],
        )
        written = connection.total_changes - before
    return written


def vectors_by_id(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, bytes]:
    """The packed vectors of these sentence ids that have one."""
    found: dict[int, bytes] = {}
    for chunk in id_chunks(ids):
        query = f"SELECT sentence_id, vector FROM embeddings WHERE sentence_id IN ({placeholders(len(chunk))})"
        found.update(connection.execute(query, chunk).fetchall())
    return found


def all_vectors(connection: sqlite3.Connection) -> Iterator[list[tuple[int, bytes]]]:
    """Every stored (sentence id, packed vector), in id order, a batch at a time."""
    cursor = connection.execute("SELECT sentence_id, vector FROM embeddings ORDER BY sentence_id")
    while rows := cursor.fetchmany(FETCH_ROWS):
        yield rows
