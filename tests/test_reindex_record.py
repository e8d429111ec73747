"""The reindexes' record in the store (retrieval/store/reindexes.py, migration 10), on a real SQLite file through the
real service: per collection (a server never reads another's counts, problems or failure), kept across a new service
on the same database, a cut error marked with an ellipsis, nothing on a database of an older schema."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import pytest

from bot.health import check_last_reindex
from retrieval.ingest.walk import DocumentsFolderMissing
from retrieval.models import ELLIPSIS, KEPT_LINE_CHARS, ReindexCounts, ReindexOutcome, clip
from retrieval.service import AnswerService, RemovalRefused
from retrieval.store import cut_offs, reindexes
from retrieval.store.database import Store
from retrieval.times import shown_time
from tests.processes import stalled_reindex
from tests.test_collections import write_docs

ALPHA, BETA = frozenset({"alpha"}), frozenset({"beta"})


async def test_each_collection_reads_its_own_last_reindex_after_a_restart(tmp_path: Path) -> None:
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    async with await Store.open(db) as store:
        service = AnswerService(store, docs, engine="rank-bm25")
        assert await service.last_reindex() is None
        await service.reindex()
        (docs / "beta" / "added.txt").write_text("Added note\n\nThe heron nests by the reservoir in spring.\n")
        await service.reindex(scope=BETA)
        (docs / "beta").rename(tmp_path / "share")
        with pytest.raises(RemovalRefused):
            await service.reindex(scope=BETA)
    async with await Store.open(db) as store:  # another process, or the bot restarted
        service = AnswerService(store, docs, engine="rank-bm25")
        alpha = await service.last_reindex(ALPHA)
        beta = await service.last_reindex(BETA)
        anything = await service.last_reindex()
    assert alpha is not None and alpha.scope is None and not alpha.failure
    assert (alpha.counts.added, alpha.counts.changed, alpha.counts.removed) == (2, 0, 0)
    assert beta is not None and beta.scope == BETA and beta.failure == "refused" and "indexed" in beta.error
    assert anything == beta  # the latest of all, to a bot without COLLECTIONS
    # The first reindex is alpha's still; beta's first two are gone.
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM reindexes").fetchone()[0] == 2


def test_a_reindex_of_every_collection_tells_each_only_its_own_counts_and_problems(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    with contextlib.closing(sqlite3.connect(db)) as connection:
        connection.executescript(reindexes.MIGRATION)
    long = "x" * (KEPT_LINE_CHARS * 2)
    outcome = ReindexOutcome(
        "2026-12-07T20:00:00+00:00", 3.0, None, counts=ReindexCounts(skipped=1, problems=("actors: none",))
    )
    collections = {
        "alpha": ReindexCounts(added=2),
        "beta": ReindexCounts(removed=1, skipped=2, problems=(clip(long, KEPT_LINE_CHARS),)),
    }
    reindexes.record(db, outcome, collections)
    alpha, beta, both = (reindexes.latest(db, scope) for scope in (ALPHA, BETA, ALPHA | BETA))
    assert alpha is not None and alpha.counts == ReindexCounts(2, 0, 0, 1, ("actors: none",))
    assert beta is not None and (beta.counts.removed, beta.counts.skipped) == (1, 3)
    (line, shared) = beta.counts.problems
    assert len(line) == KEPT_LINE_CHARS and line.endswith(ELLIPSIS) and shared == "actors: none"
    # Two collections: the problem told to every collection once, not once each.
    assert both is not None and both.counts.skipped == 3 and len(both.counts.problems) == 2
    # A collection the reindex of everything found nothing in: its counts are nothing, not an older reindex's.
    assert reindexes.latest(db, frozenset({"gamma"})) == ReindexOutcome(
        outcome.started, 3.0, None, counts=ReindexCounts(skipped=1, problems=("actors: none",))
    )


def test_a_database_of_an_older_schema_has_no_record(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    with contextlib.closing(sqlite3.connect(db)) as connection:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    assert reindexes.latest(db) is None


async def test_a_long_error_is_kept_cut_with_an_ellipsis(tmp_path: Path) -> None:
    """The service cut a failure's line at 300 characters unmarked, and /status's own cut at 300 never fired: the cut
    did not show. It is cut once now, to KEPT_LINE_CHARS, with an ellipsis."""
    docs = tmp_path / ("a" * 200) / ("b" * 200)  # not there: its line names it whole
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs, engine="rank-bm25")
        with pytest.raises(DocumentsFolderMissing) as raised:
            await service.reindex()
        outcome = await service.last_reindex()
    assert len(str(raised.value)) > KEPT_LINE_CHARS
    assert outcome is not None and outcome.failure == "folder missing"
    assert outcome.error == str(raised.value)[: KEPT_LINE_CHARS - 1] + ELLIPSIS


def next_second() -> None:
    """Wait for the clock's next second: reindexes are recorded to the second, and these follow one another faster."""
    time.sleep(1.01 - time.time() % 1)


async def test_a_reindex_killed_midway_is_the_last_of_its_collections_until_one_of_them_ends(tmp_path: Path) -> None:
    """A reindex cut off by a stop recorded nothing: /status and `docbot check` showed the one before as the last, and
    only the next /reindex said it had not finished. Its start is read back, per collection, until a reindex of that
    collection ends; never while it runs."""
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    async with await Store.open(db) as store:
        await AnswerService(store, docs, engine="rank-bm25").reindex()
    next_second()
    with stalled_reindex(docs, db, BETA):
        assert cut_offs.cut_off(db) == ()  # running: its process holds the writer lock
        assert "did not finish" not in check_last_reindex(db).detail
    [cut] = cut_offs.cut_off(db)
    assert cut.collections == BETA and cut_offs.cut_off(db, BETA) == (cut,) and cut_offs.cut_off(db, ALPHA) == ()
    result = check_last_reindex(db)
    before = reindexes.latest(db)
    assert before is not None and before.scope is None and cut.started > before.started
    assert result.status == "warn" and result.detail.startswith(
        f"the reindex of collection beta started at {shown_time(cut.started)} did not finish"
    )
    assert "; the last that ended: " in result.detail and "every document" in result.detail, result.detail
    assert check_last_reindex(db, ALPHA).status == "ok"  # alpha's last reindex (of everything) ended
    # Killed again, reading everything: alpha's reindexed since, beta's and everything's are not.
    next_second()
    with stalled_reindex(docs, db):
        pass
    next_second()
    async with await Store.open(db) as store:
        service = AnswerService(store, docs, engine="rank-bm25")
        await service.load()  # the start notes what it found cut off (as a server's next /reindex would tell it)
        await service.reindex(scope=ALPHA)
        assert await service.cut_off_reindexes(ALPHA) == ()
        [every] = await service.cut_off_reindexes()  # beta's cut off before is not its last any more
        assert every.collections is None and every.started > cut.started
        assert await service.cut_off_reindexes(BETA) == (cut_offs.CutOff(every.started, BETA),)
        await service.reindex(scope=BETA)
        assert await service.cut_off_reindexes(BETA) == ()
        assert [c.collections for c in await service.cut_off_reindexes()] == [None]  # none of everything ended since
        await service.reindex()
        assert await service.cut_off_reindexes() == ()
    assert check_last_reindex(db).status == "ok"
