"""/status (admins): docbot's health for the asking server, through the real bot and the fake Discord: refused to a
member, private, pinging no one; of the server's own collections only (COLLECTIONS), a stale collection shown; the
last reindex as the store records it (a `docbot index` process's, the one before a restart)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.health import check_database, versions
from retrieval.answer.embeddings import embedding_progress
from retrieval.answer.semantic import SemanticReranker
from retrieval.ingest.document import INGEST_VERSION
from retrieval.service import AnswerService
from retrieval.store import integrity
from retrieval.store.integrity import IntegrityCheck
from retrieval.times import shown_time
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot, settled, until
from tests.discord.test_collections import CHANNELS_B, OF_A, OF_B, alpha_and_beta, leaks
from tests.processes import stalled_reindex
from tests.test_collections import write_docs
from tests.test_faults import index_process


async def status(fake: FakeDiscord, channel_id: int | None = None, user: object = None) -> tuple[str, bool, object]:
    """The final /status reply in `channel_id`'s server: its text, whether private, its allowed mentions."""
    iid = await fake.send_slash_command("status", user=user or fake.admin_user, channel_id=channel_id)
    text = await fake.final_response(iid, "**")
    record = fake.interactions[iid]
    # deferred privately ("thinking…" seen by the admin alone), then edited into the status
    return text, record.deferred and record.callbacks[0].ephemeral, record.responses[-1].allowed_mentions


async def test_status_tells_an_admin_the_servers_health_and_refuses_a_member(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = copy_seeds(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        await settled(bot)
        refused = await fake.wait_for_response(await fake.send_slash_command("status", user=fake.normal_user))
        assert refused.ephemeral and "Only members with Manage Server" in (refused.content or "")
        assert "/status" in (refused.content or "")

        text, private, mentions = await status(fake)
        assert private and mentions == {"parse": []}
        documents = bot.service.sources()
        sentences = sum(d.sentence_count for d in documents)
        noun = "document" if len(documents) == 1 else "documents"
        assert f"**Index:** {len(documents):,} {noun}, {sentences:,} sentences indexed." in text
        assert "**Last reindex:** " in text and "every document" in text and ": done (1 added" in text, text
        assert "**Reindex running:** no." in text
        assert "**Embeddings:** none (no reranker)." in text
        assert f"**Documents folder:** ok: {docs} readable" in text
        assert "**Stale:** no collection kept" in text and "Watched" not in text
        assert "**Answering:** lexical (rank-bm25), no reranker." in text
        assert f"**Version:** {versions()}." in text and f"documents read as version {INGEST_VERSION}" in text

        # A document added and reindexed: the figures follow, and the report's counts.
        (docs / "added.txt").write_text("Added note\n\nThe heron nests by the reservoir in spring.\n")
        await fake.final_response(await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done")
        text, _, _ = await status(fake)
        assert f"**Index:** {len(documents) + 1:,} documents" in text and ": done (1 added" in text

        # A reindex running now: its progress line.
        started = asyncio.Event()
        release = asyncio.Event()
        real = bot.service._reindex

        async def held(*args: object, **kwargs: object) -> object:
            started.set()
            await release.wait()
            return await real(*args, **kwargs)  # type: ignore[arg-type]

        bot.service._reindex = held  # type: ignore[method-assign]
        try:
            running = asyncio.create_task(bot.service.reindex())
            await asyncio.wait_for(started.wait(), 5)
            text, _, _ = await status(fake)
            assert "**Reindex running:** Reindexing… (" in text
        finally:
            release.set()
            await asyncio.wait_for(running, 30)


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_two_servers_see_only_their_own_figures(fake: FakeDiscord, tmp_path: Path, engine: str) -> None:
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections, engine=engine) as bot:
        await settled(bot)
        a, _, _ = await status(fake)
        assert f"**Answering:** lexical ({engine}), no reranker." in a
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "for this server (collection alpha)" in a and "**Index:** 2 documents" in a
        alpha_sentences = sum(d.sentence_count for d in bot.service.sources(frozenset({"alpha"})))
        assert f"2 documents, {alpha_sentences:,} sentences" in a
        assert "for this server (collection beta)" in b and "**Index:** 1 document, 2 sentences" in b
        assert not leaks(a, OF_B) and "beta" not in a
        assert not leaks(b, OF_A) and "alpha" not in b
        assert "with the folder of collection alpha" in a and "with the folder of collection beta" in b

        # B's share unmounted: B's /reindex is refused; A's status still shows the start-up's reindex, done.
        (docs / "beta").rename(tmp_path / "share")
        refused = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        await fake.final_response(refused, "Reindex refused")
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "collection beta" in b and ": **refused**: " in b and "1 of the 1 indexed" in b, b
        assert "COLLECTIONS names a folder missing" in b and "beta" in b
        a, _, _ = await status(fake)
        assert "refused" not in a and "every document" in a and ": done (" in a and "beta" not in a
        assert "**Documents folder:** ok" in a


async def test_a_collection_lost_at_an_upgrade_is_shown_stale_to_its_server_only(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, db, collections=collections) as bot:
        await settled(bot)
        await bot.service.store.set_meta("ingest_version", "0")  # as an earlier docbot wrote it
    (docs / "beta").rename(tmp_path / "share")
    async with docbot(fake, docs, db, collections=collections) as bot:
        await settled(bot)
        await until(lambda: bot.watching(frozenset({"beta"})))
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "**Stale:** documents kept as an earlier docbot read them" in b and "collection beta" in b
        assert "**Watched** (lost or not there; reindexed once back): collection beta." in b
        assert "done, with 1 problem(s)" in b and "the folder of collection beta no longer has 1 of the 1" in b
        assert "**Index:** 1 document, 2 sentences" in b  # kept, and answering
        a, _, _ = await status(fake)
        assert "beta" not in a and "Watched" not in a and "problem" not in a
        assert "**Stale:** no collection kept" in a


async def test_with_the_reranker_each_server_sees_its_own_sentences_to_embed(
    fake: FakeDiscord, tmp_path: Path, minilm: SemanticReranker
) -> None:
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections, reranker=minilm) as bot:
        await settled(bot)
        for channel, name in ((None, "alpha"), (CHANNELS_B[0], "beta")):
            text, _, _ = await status(fake, channel)
            mine = await asyncio.to_thread(
                embedding_progress, bot.service.store.path, minilm.model_id, frozenset({name})
            )
            assert mine.done == 0 and mine.total  # the harness embeds nothing by itself
            assert f"**Embeddings:** 0 of {mine.total:,} sentences." in text, text
            assert f"**Answering:** lexical (rank-bm25), reordered by the reranker {minilm.model_id}." in text


async def test_status_shows_a_terminals_reindex_and_the_last_one_across_a_restart(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last reindex was kept in the bot's memory: a `docbot index` run in a terminal was never shown, and a restart
    forgot a refused one. Now the store records each, per collection."""
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, db, collections=collections) as bot:
        await settled(bot)
        (docs / "beta" / "added.txt").write_text("Added note\n\nThe heron nests by the reservoir in spring.\n")
        process = index_process(docs, db, "rank-bm25", tmp_path)
        _, err = await asyncio.to_thread(process.communicate, timeout=120)
        assert process.returncode == 0, err
        a, _, _ = await status(fake)
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "every document" in b and ": done (1 added, 0 changed, 0 removed, 0 files skipped)." in b, b
        assert "every document" in a and ": done (0 added, 0 changed, 0 removed, 0 files skipped)." in a, a
        # The database's integrity: the last quick_check recorded (by `docbot check`, here its function), not run here.
        assert "**Integrity:** not checked yet (`docbot check` runs SQLite's quick_check)." in a
        assert (await asyncio.to_thread(check_database, db)).status == "ok"
        a, _, _ = await status(fake)
        assert "**Integrity:** ok (quick_check at " in a and "`docbot check` runs it again" in a, a
        # B's share unmounted: its /reindex is refused, recorded as B's only.
        (docs / "beta").rename(tmp_path / "share")
        refused = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        await fake.final_response(refused, "Reindex refused")

    # Restarted, its start-up reindex held: /status tells each server the record kept from before.
    started, release = asyncio.Event(), asyncio.Event()
    real = AnswerService._reindex

    async def held(self: AnswerService, *args: Any, **kwargs: Any) -> Any:
        started.set()
        await release.wait()
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(AnswerService, "_reindex", held)
    async with docbot(fake, docs, db, collections=collections, wait_for_index=False) as bot:
        await asyncio.wait_for(started.wait(), 30)
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "**Last reindex:** " in b and "collection beta" in b and ": **refused**: " in b, b
        assert "**Reindex running:** " in b and "**Reindex running:** no." not in b
        a, _, _ = await status(fake)
        assert "refused" not in a and "beta" not in a and ": done (0 added, 0 changed" in a, a
        release.set()
        await settled(bot)


async def test_a_reindex_killed_midway_and_an_old_integrity_check_are_told_to_the_admin(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A `docbot index` of beta killed in the middle recorded nothing: /status showed the one before as beta's last
    reindex, done. And a quick_check of months ago read as fresh as one of this morning."""
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, db, collections=collections) as bot:
        await settled(bot)
        with contextlib.ExitStack() as stack:
            await asyncio.to_thread(stack.enter_context, stalled_reindex(docs, db, frozenset({"beta"})))
            b, _, _ = await status(fake, CHANNELS_B[0])
            assert "**Not finished:**" not in b, b  # running (in a terminal): not cut off
            await asyncio.to_thread(stack.close)
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "**Not finished:** the reindex of collection beta started at " in b, b
        assert " did not finish: docbot was stopped or crashed before it ended, and no outcome was recorded" in b, b
        assert "**Last reindex:** " in b and "every document" in b and ": done (" in b  # the one before, as it ended
        a, _, _ = await status(fake)
        assert "**Not finished:**" not in a and "beta" not in a, a  # alpha's last reindex ended
        reindexed = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        await fake.final_response(reindexed, "did not finish")  # the reply tells it once, as before
        b, _, _ = await status(fake, CHANNELS_B[0])
        assert "**Not finished:**" not in b and "**Last reindex:** " in b and "collection beta" in b, b

        now = datetime.datetime.now(datetime.UTC)
        for days, told in ((2, "2 days ago; `docbot check` runs it again)."), (9, "run `docbot check`.")):
            at = (now - datetime.timedelta(days=days)).isoformat(timespec="seconds")
            await asyncio.to_thread(integrity.record, db, IntegrityCheck(at, "ok", 1.5))
            a, _, _ = await status(fake)
            assert f"(quick_check at {shown_time(at)}, 1.5 s, {days} days ago" in a and told in a, a
            assert ("a check is **due** (every 7 days)" in a) == (days > 7), a
