"""The writer lock of one database: one reindex at a time across every process that shares it.

A reindex reads what is stored, scans the folder, writes the store, then brings the search index in step. Two of
them interleaved (two `docbot index`, a bot and the command line, two shards starting after an edit) would each
compute a delta against a state the other is changing. The lock is an exclusive `flock` on `<db>.writer.lock`,
held from the first read to the last index write; the kernel releases it when its holder dies, so a killed writer
never leaves it stuck. Readers never take it (SQLite WAL and pinned snapshots keep them consistent).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path

from retrieval.store.database import store_error

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.05


_LOCK_SUFFIX = ".writer.lock"


def writer_lock_path(db_path: Path) -> Path:
    """Where the writer lock of the database at `db_path` lives."""
    return db_path.with_name(db_path.name + _LOCK_SUFFIX)


@contextlib.asynccontextmanager
async def writer_lock(db_path: Path, *, wait: bool = True) -> AsyncIterator[bool]:
    """Hold the database's writer lock for the block; yields whether it is held.

    While another process or service holds it, waits (without blocking the event loop), or with `wait=False`
    yields False at once and holds nothing.
    """
    path = writer_lock_path(db_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        # A read-only volume, say: SQLite may still open the database there when its -wal and -shm files exist.
        raise store_error(db_path, error) from error
    try:
        announced = False
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    yield False
                    return
                if not announced:
                    log.info("another process is writing %s; waiting for it to finish", db_path)
                    announced = True
                await asyncio.sleep(_POLL_SECONDS)
        try:
            yield True
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
    finally:
        os.close(descriptor)


def held_elsewhere(db_path: Path) -> bool:
    """Whether another process (or another service of this one) holds the database's writer lock at this moment."""
    try:
        descriptor = os.open(writer_lock_path(db_path), os.O_RDWR)  # never created here: no file, no writer
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False
    finally:
        os.close(descriptor)
