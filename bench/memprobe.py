"""Where does a life run's memory go? bench/soak.py's life run with a look inside the process at every sample.

    nice -n 10 .venv/bin/python bench/memprobe.py --life-questions 3000 [--trace] [soak.py's life options]

At each of soak's samples, besides its RSS: what glibc's malloc holds (mallinfo2: in use, free inside its heap, and
mmap'd blocks), what SQLite holds (sqlite3_memory_used: page caches of every connection, statements), the sqlite3
connections alive, Python objects alive by type (gc), the size of every functools cache in retrieval/ and bot/, the
reranker's two caches, the answer views alive, and with `--trace` the Python memory traced (tracemalloc, one frame)
with the 25 lines whose allocations grew most from the first sample after start-up to the last. The soak's own run
(tables of rows, tasks) prints as usual; this prints its own table after it (issue 13).
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# this checkout first, unless PYTHONPATH names the code to run (as bench/realdocs.py)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import soak


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks")
    ] + [("keepcost", ctypes.c_size_t)]


_libc = ctypes.CDLL("libc.so.6")
_libc.mallinfo2.restype = MallInfo2


def _sqlite_memory() -> int:
    import _sqlite3

    function = ctypes.CDLL(_sqlite3.__file__).sqlite3_memory_used
    function.restype = ctypes.c_int64
    return int(function())


def _functools_caches() -> dict[str, int]:
    sizes: dict[str, int] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith(("retrieval", "bot")) or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            info = getattr(value, "cache_info", None)
            if callable(info) and getattr(value, "__module__", None) == name:
                sizes[f"{name.split('.')[-1]}.{attribute}"] = info().currsize
    return sizes


class Probe:
    def __init__(self, trace: bool) -> None:
        self.trace = trace
        self.rows: list[dict[str, Any]] = []
        self.types: list[dict[str, int]] = []
        self.caches: list[dict[str, int]] = []
        self.snapshots: list[tracemalloc.Snapshot] = []
        self.reranker: Any = None
        self.count = -1

    def sample(self, done: int) -> None:
        gc.collect()
        mall = _libc.mallinfo2()
        kinds: dict[str, int] = {}
        connections = 0
        import sqlite3

        for obj in gc.get_objects():
            kind = type(obj).__qualname__
            kinds[kind] = kinds.get(kind, 0) + 1
            if isinstance(obj, sqlite3.Connection):
                connections += 1
        from bot import paging

        views = sum(len(d) for d in list(paging._live_views.values()))
        row: dict[str, Any] = {
            "done": done,
            "RSS MB": soak.status("VmRSS") / 1024,
            "malloc in use MB": mall.uordblks / 2**20,
            "malloc free MB": mall.fordblks / 2**20,
            "mmap MB": mall.hblkhd / 2**20,
            "sqlite MB": _sqlite_memory() / 2**20,
            "connections": connections,
            "objects": sum(kinds.values()),
            "views": views,
        }
        if self.reranker is not None:
            row["rerank texts"] = len(getattr(self.reranker, "_cache", ()))
            row["rerank questions"] = len(getattr(self.reranker, "_questions", ()))
        if self.trace:
            row["traced MB"] = tracemalloc.get_traced_memory()[0] / 2**20
            self.snapshots.append(tracemalloc.take_snapshot())
            if len(self.snapshots) > 2:  # the first after start-up and the last are compared
                del self.snapshots[1]
        if done == self.count:  # the last sample: how much of the RSS is memory glibc kept free in its heaps
            _libc.malloc_trim(0)
            row["RSS after malloc_trim MB"] = soak.status("VmRSS") / 1024
        self.rows.append(row)
        self.types.append(kinds)
        self.caches.append(_functools_caches())
        print(
            "  probe: " + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in row.items()),
            file=sys.stderr,
            flush=True,
        )

    def print(self) -> None:
        keys = list(self.rows[-1])
        print("Inside the process at each sample:\n")
        print("| " + " | ".join(keys) + " |")
        print("|" + "---|" * len(keys))
        for row in self.rows:
            print(
                "| "
                + " | ".join(
                    f"{row.get(k, 0):.1f}" if isinstance(row.get(k), float) else str(row.get(k, "")) for k in keys
                )
                + " |"
            )
        print()
        first, last = self.caches[0], self.caches[-1]
        grown = sorted(last, key=lambda k: -(last[k] - first.get(k, 0)))
        print(
            "functools caches (entries), first and last sample: "
            + ", ".join(f"{k} {first.get(k, 0)} -> {last[k]}" for k in grown if last[k])
            + "\n"
        )
        base, end = self.types[1] if len(self.types) > 1 else self.types[0], self.types[-1]
        grew = sorted(end, key=lambda k: -(end[k] - base.get(k, 0)))[:20]
        print(
            "Objects by type, second sample -> last (the 20 that grew most): "
            + ", ".join(f"{k} {base.get(k, 0)} -> {end[k]}" for k in grew)
            + "\n"
        )
        if self.trace and len(self.snapshots) == 2:
            stats = self.snapshots[1].compare_to(self.snapshots[0], "lineno")
            print("tracemalloc, second sample -> last, the 25 lines that grew most:\n")
            for stat in stats[:25]:
                frame = stat.traceback[0]
                where = str(frame.filename).replace(str(ROOT) + "/", "").split("site-packages/")[-1]
                print(
                    f"- {where}:{frame.lineno}: {stat.size_diff / 2**20:+.2f} MB ({stat.count_diff:+d} blocks),"
                    f" {stat.size / 2**20:.2f} MB now"
                )
            print()


def main() -> None:
    trace = "--trace" in sys.argv
    if trace:
        sys.argv.remove("--trace")
        tracemalloc.start(1)
    probe = Probe(trace)
    probe.count = int(sys.argv[sys.argv.index("--life-questions") + 1])
    original = soak.LifeSampler.sample

    def sample(self: soak.LifeSampler, done: int) -> None:
        original(self, done)
        probe.sample(done)

    soak.LifeSampler.sample = sample  # type: ignore[method-assign]
    from retrieval.answer import semantic

    load = semantic.load_reranker

    def load_reranker(*args: Any, **kwargs: Any) -> Any:
        probe.reranker = load(*args, **kwargs)
        return probe.reranker

    semantic.load_reranker = load_reranker  # type: ignore[assignment]
    if "--questions" not in sys.argv:
        sys.argv += ["--questions", "0"]
    if "--reindexes" not in sys.argv:
        sys.argv += ["--reindexes", "0"]
    try:
        soak.main()
    finally:
        if probe.rows:
            probe.print()
            before = soak.status("VmRSS") / 1024
            _libc.malloc_trim(0)
            print(
                f"RSS at exit {before:.1f} MB; after malloc_trim(0) {soak.status('VmRSS') / 1024:.1f} MB"
                f" (what glibc kept free in its heaps, returned)"
            )


if __name__ == "__main__":
    main()
