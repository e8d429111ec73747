"""Other processes a test runs beside docbot."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from retrieval.store.lock import writer_lock_path

_HOLDER = (
    "import fcntl, sys; lock = open(sys.argv[1], 'w'); fcntl.flock(lock, fcntl.LOCK_EX);"
    " print('locked', flush=True); sys.stdin.readline()"
)


@contextmanager
def another_writer(db: Path) -> Iterator[None]:
    """Another process holding `db`'s writer lock, as a `docbot index` in a terminal would, until the block ends."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(writer_lock_path(db))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "locked"
        yield
    finally:
        writer.communicate("\n", timeout=10)


_REINDEXER = """
import asyncio, sys, time
from pathlib import Path
from retrieval.service import AnswerService
from retrieval.store.database import Store

def stall(progress):
    print("scanning", flush=True)
    time.sleep(600)  # killed here, in the middle of the scan

async def main():
    store = await Store.open(Path(sys.argv[2]))
    scope = frozenset(sys.argv[3].split(",")) if len(sys.argv) > 3 else None
    await AnswerService(store, Path(sys.argv[1])).reindex(progress=stall, scope=scope)

asyncio.run(main())
"""


@contextmanager
def stalled_reindex(docs: Path, db: Path, scope: frozenset[str] | None = None) -> Iterator[None]:
    """A `docbot index` of `docs` (of the collections in `scope` only, if given) into `db` in its own process, stalled
    in the middle of its scan for the block and then killed (SIGKILL), as a restart or a crash would."""
    root = Path(__file__).resolve().parents[1]
    collections = [] if scope is None else [",".join(sorted(scope))]
    reindexer = subprocess.Popen(
        [sys.executable, "-c", _REINDEXER, str(docs), str(db), *collections],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )
    try:
        assert reindexer.stdout is not None and reindexer.stdout.readline().strip() == "scanning"
        yield
    finally:
        reindexer.kill()
        reindexer.communicate(timeout=10)
