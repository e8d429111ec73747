"""Where work runs besides the event loop: the worker processes that read large folders and find actors
(`worker_pool`, ended with their parent), the guard against a script that would start them without a __main__ guard,
and daemon threads that no stop waits for (`in_daemon_thread`)."""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import select
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")


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


def in_daemon_thread(
    work: Callable[[], T],
    name: str,
    on_start: Callable[[threading.Thread], object] | None = None,
    on_end: Callable[[threading.Thread], object] | None = None,
) -> asyncio.Future[T]:
    """`work` in a daemon thread of its own, its result (or exception) in the future returned. Unlike
    `asyncio.to_thread`, whose executor `asyncio.run` joins before the process can exit, nothing waits for this thread
    once its future is given up (a timeout, a cancel): a stat on a hung network share must not hold a stop. `on_start`
    is called with the thread before it starts, `on_end` in it once `work` ended."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        result: T | None = None
        error: BaseException | None = None
        try:
            result = work()
        except BaseException as failure:
            error = failure
        finally:
            if on_end is not None:
                on_end(threading.current_thread())
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits for the result
            loop.call_soon_threadsafe(settle, result, error)

    thread = threading.Thread(target=run, name=name, daemon=True)
    if on_start is not None:
        on_start(thread)
    thread.start()
    return future


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
