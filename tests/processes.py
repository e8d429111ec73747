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
