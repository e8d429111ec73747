"""Writing test documents, a service that indexes them, and the document rows it stored."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

from retrieval.service import AnswerService
from retrieval.store.database import Store

# The tables of the migrations after 9 (10: the reindexes' record), dropped by the tests that turn a store back into
# what an older docbot wrote.
UNDO_MIGRATIONS_AFTER_9 = "DROP TABLE reindex_collections; DROP TABLE reindexes;"
# The real documents in each format the tests read (its README.md names their sources).
FORMATS = Path(__file__).resolve().parent / "data" / "formats"

GOOD = "Good document\n\nThe okapi is a shy animal of the forest. It eats leaves.\n"


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to `path`, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def write_docs(folder: Path, documents: Mapping[str, str | bytes]) -> Path:
    """Write each document at its relative path (sub/name.md) in `folder`, created even with none; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in documents.items():
        write(folder / name, content)
    return folder


@contextlib.asynccontextmanager
async def open_service(docs: Path, db: Path, *, index: bool = True, **settings: Any) -> AsyncIterator[AnswerService]:
    """An AnswerService of `settings` (engine, reranker, ...) over the real Store at `db` for `docs`, reindexed once
    unless `index` is False (a test that checks the first report), and closed with its store after."""
    async with await Store.open(db) as store:
        service = AnswerService(store, docs, **settings)
        try:
            if index:
                await service.reindex()
            yield service
        finally:
            await service.close()


def document_rows(db: Path) -> dict[str, tuple[object, ...]]:
    """Each stored document's row (id, hash, size, stamps, ...) by path, read with a separate sqlite3 connection."""
    with sqlite3.connect(db) as connection:
        return {str(row[1]): tuple(row) for row in connection.execute("SELECT * FROM documents")}
