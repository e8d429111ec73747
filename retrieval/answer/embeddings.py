"""Index-time embeddings: every answerable sentence's `passage_vector`, computed once and stored.

`embed_missing` runs in a worker thread after a reindex has the lexical index serving: it embeds the sentences that
have no stored vector yet (a paragraph at a time: the paragraph's embedding is shared by its sentences), in batches
written in short transactions, so that it can stop between any two and pick up where it was. Questions keep the
question-time reranking for candidates without a stored vector meanwhile. With `workers` above one, each batch's
texts are shared out to that many threads (onnxruntime lets go of the interpreter lock while it runs the model): on
2 cores, 2 workers stored the web corpus of realdocs-dev (1,423 sentences) in 12 s rather than 22 at the same CPU
time, where 2 onnxruntime threads on one batch took 15.5-17.6 s for 40% more CPU.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retrieval.answer.semantic import PARAGRAPH_CHARS, Encode, SemanticReranker, Vectors, passage_vectors
from retrieval.store import embeddings as table
from retrieval.store.reader import connect_readonly

log = logging.getLogger(__name__)

# Sentences looked up (and embedded, with their paragraphs) per batch: a write about every second on one core, and
# as long to wait for when the process stops. A batch's texts are encoded in one call, sorted by length across all of
# them: from 64 to 256 sentences, padding went from 5.3% to 1.5% of the word pieces the model reads on realdocs-dev
# (5.4% to 1.5% on bench/data/realdocs_books) and the CPU time 4% down, the stored vectors the same (docs/scaling.md).
BATCH_SENTENCES = 256

# How often progress is logged while embeddings are computed in the background.
LOG_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class EmbeddingProgress:
    """How many answerable sentences have a stored vector of the current model, of how many."""

    done: int
    total: int
    seconds: float = 0.0

    @property
    def complete(self) -> bool:
        """True when every answerable sentence has its vector."""
        return self.done >= self.total


EmbeddingCallback = Callable[[EmbeddingProgress], None]


def embedding_progress(db_path: Path, model_id: str, scope: frozenset[str] | None = None) -> EmbeddingProgress:
    """The stored embeddings' progress for the model `model_id`, over the collections in `scope` (all when None; read
    in a worker thread)."""
    connection = connect_readonly(db_path)  # a read: also of a database on a read-only mount
    try:
        done, total = table.embedding_counts(connection, model_id, scope)
    finally:
        connection.close()
    return EmbeddingProgress(done, total)


def paragraph_start(texts: list[str]) -> str:
    """The text a paragraph is embedded from: its sentences joined, up to `PARAGRAPH_CHARS` (the model reads only
    its first word pieces)."""
    text = ""
    for sentence in texts:
        text = f"{text} {sentence}" if text else sentence
        if len(text) >= PARAGRAPH_CHARS:
            break
    return text


def embed_missing(
    db_path: Path,
    reranker: SemanticReranker,
    progress: EmbeddingCallback | None = None,
    stop: threading.Event | None = None,
    workers: int = 1,
) -> EmbeddingProgress:
    """Compute and store the vectors of every answerable sentence that has none (run in a worker thread), each
    batch encoded by `workers` threads.

    Stored vectors of another model are dropped first. Returns the progress reached (complete unless `stop` was
    set, or sentences were added meanwhile).
    """
    started = time.perf_counter()
    connection = table.connect_writer(db_path)
    pool = ThreadPoolExecutor(workers, thread_name_prefix="embed") if workers > 1 else None
    encode: Encode = reranker.encode if pool is None else functools.partial(_encode_shared, reranker, pool, workers)
    try:
        if table.claim_model(connection, reranker.model_id):
            log.info("stored embeddings were of another model: recomputing them")
        done, total = table.embedding_counts(connection, reranker.model_id)
        logged = time.monotonic()
        after_id = 0
        while stop is None or not stop.is_set():
            paragraphs, after_id = _next_batch(connection, after_id)
            if not paragraphs:
                break
            rows = _embed(encode, paragraphs)
            done += table.write_embeddings(connection, reranker.model_id, rows)
            report = EmbeddingProgress(min(done, total), total, time.perf_counter() - started)
            if progress is not None:
                progress(report)
            if time.monotonic() - logged >= LOG_SECONDS:
                logged = time.monotonic()
                log.info("embeddings: %d of %d sentences (%.0f/s)", report.done, total, _rate(report))
        done, total = table.embedding_counts(connection, reranker.model_id)
    finally:
        if pool is not None:
            pool.shutdown()
        connection.close()
    result = EmbeddingProgress(done, total, time.perf_counter() - started)
    log.info("embeddings: %d of %d sentences stored, %.1fs", done, total, result.seconds)
    return result


def _rate(report: EmbeddingProgress) -> float:
    return report.done / report.seconds if report.seconds > 0 else 0.0


def _next_batch(connection: sqlite3.Connection, after_id: int) -> tuple[list[list[tuple[int, str, bool]]], int]:
    paragraphs = table.missing_paragraphs(connection, after_id, BATCH_SENTENCES)
    missing = [sentence_id for paragraph in paragraphs for sentence_id, _, todo in paragraph if todo]
    return paragraphs, max(missing, default=after_id)


def _embed(encode: Encode, paragraphs: list[list[tuple[int, str, bool]]]) -> list[tuple[int, bytes]]:
    """The packed vectors of the sentences of `paragraphs` that have none, embedded by `encode`."""
    ids: list[int] = []
    sentence_text: list[str] = []
    paragraph_of: list[str] = []
    for paragraph in paragraphs:
        start = paragraph_start([text for _, text, _ in paragraph])
        for sentence_id, text, todo in paragraph:
            if todo:
                ids.append(sentence_id)
                sentence_text.append(text)
                paragraph_of.append(start)
    # Each distinct text once: a one-sentence paragraph is its sentence, and a paragraph serves all its sentences.
    unique = list(dict.fromkeys(sentence_text + paragraph_of))
    vectors = encode(unique)
    row_of = {text: i for i, text in enumerate(unique)}
    sentences = vectors[[row_of[t] for t in sentence_text]] if ids else np.zeros((0, vectors.shape[1]), np.float32)
    paragraph_vectors = vectors[[row_of[t] for t in paragraph_of]] if ids else sentences
    packed = passage_vectors(sentences, paragraph_vectors)
    return [(sentence_id, table.pack(vector)) for sentence_id, vector in zip(ids, packed, strict=True)]


def _encode_shared(reranker: SemanticReranker, pool: ThreadPoolExecutor, workers: int, texts: Sequence[str]) -> Vectors:
    """`reranker.encode(texts)` with the texts dealt out in order of length to `workers` threads of `pool`, so that
    every share holds as many long texts as the others and the threads finish together."""
    by_length = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    shares = [share for share in (by_length[w::workers] for w in range(workers)) if share]
    if len(shares) < 2:
        return reranker.encode(texts)
    parts = list(pool.map(lambda share: reranker.encode([texts[i] for i in share]), shares))
    vectors = np.zeros((len(texts), parts[0].shape[1]), dtype=np.float32)
    for share, part in zip(shares, parts, strict=True):
        vectors[share] = part
    return vectors
