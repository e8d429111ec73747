"""Many reindexes in one process hold no more than a few (issue: "runs for months without attention"; bench/soak.py
measures the same at length, threads too): open descriptors, database pages, search-index files and temporary files
come back to what they were, with the on-disk engine and the reranker on, over a folder that changes every round."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

import pytest

from retrieval.answer.semantic import SemanticReranker
from retrieval.service import AnswerService
from retrieval.store.database import Store

SQUAD_DOCS = Path(__file__).resolve().parents[1] / "bench" / "data" / "squad-small" / "docs"
ROUNDS = 10
# The counts are the whole test process's: one handle opened once in the middle of the run and kept (CI without
# ../shared once held 67 descriptors in rounds 2-4 and 68 in rounds 8-10) is no leak. One kept per reindex is at least
# 4 more between round 4 and round 8 (a descriptor per reindex, injected by hand: 38 against 34).
ONE_TIME_SLACK = 2


def paragraphs() -> list[str]:
    return [p for f in sorted(SQUAD_DOCS.glob("*.txt")) for p in f.read_text().split("\n\n") if len(p) > 200]


def change(docs: Path, source: list[str], n: int) -> None:
    """Round `n`: one file rewritten, one added, the oldest added removed (so the folder keeps its size)."""
    (docs / "edited.txt").write_text("Edited notes\n\n" + "\n\n".join(source[n : n + 4]) + f"\n\nRevision {n}.\n")
    (docs / f"added_{n:03d}.txt").write_text(f"Added note {n}\n\n" + "\n\n".join(source[n + 5 : n + 8]) + "\n")
    for old in sorted(docs.glob("added_*.txt"))[:-2]:
        old.unlink()


def held(db: Path, tmp: Path) -> dict[str, int]:
    """What the process and its store hold now."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.close()
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    side = [p for folder in db.parent.iterdir() if folder.is_dir() for p in folder.rglob("*") if p.is_file()]
    return {
        "descriptors": len(os.listdir("/proc/self/fd")),
        "threads": int(status["Threads"]),
        "pages": pages,
        "index files": len(side),
        "temporary files": sum(1 for _ in tmp.rglob("*")),
    }


async def test_reindexes_in_a_row_hold_no_more_descriptors_pages_or_files(
    tmp_path: Path, minilm: SemanticReranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "normans.txt").write_text((SQUAD_DOCS / "normans.txt").read_text())
    db = tmp_path / "db" / "docbot.sqlite3"
    db.parent.mkdir()
    source = paragraphs()
    store = await Store.open(db)
    try:
        service = AnswerService(store, docs, engine="tantivy", reranker=minilm)
        figures = []
        for n in range(ROUNDS):
            change(docs, source, n)
            report = await service.reindex()
            assert report.changed or report.added
            await service.embed_missing()
            assert (await service.ask("When were the Normans in Normandy?")).hits
            figures.append(held(db, tmp))
        await service.close()
    finally:
        await store.close()
    # A merge may hold a file between rounds: the fewest descriptors held in the last rounds, against the most in the
    # first ones, once the folder, the pools and the engine's segments have their working size. Threads are not
    # compared here: tantivy's merges and the reranker's pool start and end them, and the whole test process's count
    # moved 22 -> 29 over ten rounds in CI without ../shared; bench/soak.py holds them flat over 150 reindexes.
    first, last = figures[1:4], figures[-3:]
    assert min(f["descriptors"] for f in last) <= max(f["descriptors"] for f in first) + ONE_TIME_SLACK, figures
    assert all(f["temporary files"] == 0 for f in figures), figures
    # Freed pages are reused (no VACUUM needed) and tantivy merges its segments: a little slack for where the free
    # list or a merge stands, nothing like a round's worth each time.
    assert figures[-1]["pages"] <= figures[2]["pages"] * 1.2, figures
    assert figures[-1]["index files"] <= figures[2]["index files"] * 1.5, figures
