"""Full garbage collections while a reindex runs (docs/benchmarks.md, hl9): none set off automatically, the
thresholds put back after it, and the one put off run in a worker thread, not on the event loop's; none after a
reindex that put none off."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from retrieval.ingest.walk import ScanProgress
from retrieval.service import REINDEX_STARTED_KEY
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


async def test_a_reindex_stopped_during_the_collection_after_it_is_not_told_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collection put off runs in a worker once the reindex has written everything (42-91 ms at 1M sentences,
    more on a loaded machine). A shutdown that cancelled the reindex then left its start time in the store, as if it
    had stopped halfway, and the next start told the admin it "did not finish". The start time is cleared first."""
    docs = write_docs(tmp_path / "docs", {"good.txt": GOOD})
    collecting = threading.Event()
    release = threading.Event()
    real_collect = gc.collect
    threshold = gc.get_threshold()[2]

    def put_off(_: ScanProgress) -> None:
        for _ in range(threshold):  # as many collections of generation 1 as set off a full one: one is put off
            real_collect(1)

    def held_collect(generation: int = 2) -> int:
        if generation < 2:
            return real_collect(generation)
        collecting.set()
        release.wait(30)
        return real_collect(generation)

    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        monkeypatch.setattr(gc, "collect", held_collect)
        try:
            reindex = asyncio.create_task(service.reindex(progress=put_off))
            assert await asyncio.to_thread(collecting.wait, 60)
            reindex.cancel()
            with pytest.raises(asyncio.CancelledError):
                await reindex
        finally:
            release.set()
            monkeypatch.setattr(gc, "collect", real_collect)
        assert await service.store.get_meta(REINDEX_STARTED_KEY) is None
        assert service.ask_now("Is the okapi shy?").hits  # its index serves: it had ended
        assert await service.take_interrupted() is None


def test_a_format_whose_reader_module_is_in_already_imports_nothing() -> None:
    """`readers_loaded` counted formats: an RST document after a Markdown one (one module, markup.py) or an EPUB after
    an HTML page (web.py) counted as an import, and the bot ran a full collection and froze its heap again after that
    reindex for nothing. It counts modules now. In a fresh process, where no reader is in yet."""
    script = (
        "from retrieval.ingest.formats import reader, readers_loaded\n"
        "counts = [readers_loaded()]\n"
        "for fmt in ('markdown', 'rst', 'html', 'epub', 'text', 'rtf', 'pdf'):\n"
        "    reader(fmt)\n"
        "    counts.append(readers_loaded())\n"
        "print(counts)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout == "[0, 1, 1, 2, 2, 3, 3, 4]\n", done.stderr
