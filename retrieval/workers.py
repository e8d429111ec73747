"""Walking the documents folder: which files changed, reading and splitting them, and what was skipped.

Synchronous and free of SQL: the service runs it in a worker thread and hands the result to the store.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes for CPU-bound work on large folders (reading files here, finding actors in the store).

    Scripts that index large folders need an `if __name__ == "__main__":` guard, as for any process pool.
    """
    # forkserver: the service has threads running (the event loop's, SQLite's), which fork does not copy safely.
    context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_end_with, initargs=(os.getpid(),))


def _end_with(pid: int) -> None:
    """Worker initializer: end this worker when process `pid` ends. Killed with SIGKILL, that process has no chance to
    shut its pool down, and its workers would wait on their queues for ever (and the forkserver with them)."""

    def watch() -> None:
        try:
            select.select([os.pidfd_open(pid)], [], [])  # readable once `pid` has ended
        except (AttributeError, OSError):  # no pidfd (not Linux 5.3+): look every second
            while _alive(pid):
                time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="docbot-end-with-parent", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
