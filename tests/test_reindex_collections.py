"""Full garbage collections while a reindex runs (docs/benchmarks.md, hl9): none set off automatically, the
thresholds put back after it, and the one put off run in a worker thread, not on the event loop's; none after a
reindex that put none off."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from retrieval.ingest.walk import ScanProgress
from tests.files import GOOD, open_service, write_docs


async def test_a_reindex_postpones_full_collections_and_runs_one_after_it_in_a_worker(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"good.txt": GOOD, "other.md": "# Other\n\nThe tapir eats fruit.\n"})
    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    full: list[int] = []  # the threads that ran a full collection

    def progress(_: ScanProgress) -> None:
        during.append(gc.get_threshold())
        for _ in range(before[2]):  # as many collections of generation 1 as set off a full one: one is put off
            gc.collect(1)

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            full.append(threading.get_ident())

    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        gc.callbacks.append(watch)
        try:
            report = await service.reindex(progress=progress)
        finally:
            gc.callbacks.remove(watch)
    assert report.added == ("good.txt", "other.md")
    # While it read the folder: generation 2's threshold out of reach, the younger ones as they were.
    assert during and all(t[:2] == before[:2] and t[2] > 1000 * before[2] for t in during)
    assert gc.get_threshold() == before
    assert full and threading.get_ident() not in full  # the collection after it, in a worker


async def test_a_reindex_that_put_no_full_collection_off_runs_none_after_it(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", {"good.txt": GOOD})
    full: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            full.append(threading.get_ident())

    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        gc.collect()  # generation 1's count since the last full collection starts at 0
        gc.callbacks.append(watch)
        try:
            report = await service.reindex()
        finally:
            gc.callbacks.remove(watch)
    assert report.added == ("good.txt",)
    assert gc.get_count()[2] < gc.get_threshold()[2]  # nothing was put off ...
    assert full == []  # ... and no full collection ran for it
