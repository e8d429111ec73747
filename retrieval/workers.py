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

    Scripts that index large folders need an `if __name__ == "__main__":` guard, as for any process pool: each worker
    runs the script's top level again as it starts (see `refuse_in_starting_worker`).
    """
    # forkserver: the service has threads running (the event loop's, SQLite's), which fork does not copy safely.
    context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_end_with, initargs=(os.getpid(),))


class UnguardedScript(RuntimeError):
    """A reindex was started by a worker process still running the top level of the script that started its pool."""


def refuse_in_starting_worker() -> None:
    """Raise `UnguardedScript` in a worker process that is still importing the main script (a script with no
    `if __name__ == "__main__":` guard, re-run as `__mp_main__` by each forkserver worker before it takes any work).

    Called before a reindex waits for the writer lock: the script's parent holds that lock while it waits for these
    workers, so the worker would wait for ever and the parent with it, both idle. Raised, the worker ends with this
    message and the parent's pool breaks (BrokenProcessPool) instead of hanging.
    """
    # The flag multiprocessing itself sets while a new process imports the main script (its own check,
    # spawn._check_not_importing_main, refuses to start processes then); gone once the worker runs its work.
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise UnguardedScript(
            "docbot was asked to reindex by a worker process importing the main script: the script that uses docbot"
            ' runs its work at its top level. Put that work under `if __name__ == "__main__":` (docbot reads large'
            " folders and finds actors in worker processes, which import the main script as they start)"
        )


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
