"""The index's life seen from Discord: /reindex's guard and its confirmation, a search index that cannot be
written, buttons from before a restart, and Context on a huge paragraph; the real bot against the fake Discord."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import re
import sys
import threading
from pathlib import Path

import discord
import pytest

from bot import client as client_module
from bot import unfinished
from bot.client import DocBot
from bot.cogs.ask import EXPIRED_PAGE, EXPIRED_PASSAGE
from bot.replies import BY_DIRECT_MESSAGE
from bot.settings import Settings
from bot.wiring import build_service
from retrieval.service import AnswerService
from retrieval.store.database import Store
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, counted_looks, docbot, until
from tests.discord.test_bot import buttons
from tests.processes import another_writer, stalled_reindex
from tests.test_cli_new_user import docbot as cli


async def until_remembered(store: Store) -> None:
    """Wait until a running command's reply is noted as unfinished in the store (bot/unfinished.py)."""
    for _ in range(500):
        if await store.get_meta(unfinished.UNFINISHED_KEY):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the running /reindex's reply was not remembered")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = copy_seeds(tmp_path / "docs")
    (folder / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
    return folder


async def test_an_emptied_folder_is_refused_until_the_admin_confirms(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        for path in docs.iterdir():  # the folder is emptied (an unmounted volume looks the same)
            path.unlink()
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        refused = await fake.wait_for_response(iid)
        content = refused.content or ""
        assert "Reindex refused" in content and "2 of the 2" in content
        # The button is how to go on here: the command line's flag was offered too, in a sentence without its stop
        # before the button's line (a session against the fake Discord).
        assert "docbot index" not in content and "--allow-removal" not in content
        assert "the index still answers.\nIf those documents are really gone, press the button" in content
        assert bot.service.sources() and len(bot.service.sources()) == 2  # nothing was removed
        confirm = buttons(refused.components)["Remove them and reindex"]
        # Another member cannot confirm it, even one who can see the message.
        other = await fake.wait_for_response(
            await fake.send_component_click(str(confirm["custom_id"]), user=fake.normal_user)
        )
        assert other.ephemeral and "Only the admin who asked" in (other.content or "")
        assert len(bot.service.sources()) == 2
        done = await fake.wait_for_response(
            await fake.send_component_click(str(confirm["custom_id"]), user=fake.admin_user)
        )
        assert "Reindex done" in (done.content or "") and "removed 2" in (done.content or "")
        assert bot.service.sources() == ()


async def test_a_restart_with_an_emptied_folder_logs_the_refusal_without_a_traceback(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An unmounted volume at a restart: start-up's reindex is refused (nothing removed) and the log tells why and how
    to go on, one warning; it was logged as a failure with a traceback ("could not be built at start-up")."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        pass
    for path in docs.iterdir():
        path.unlink()
    with caplog.at_level(logging.WARNING, logger="bot.client"):
        async with docbot(fake, docs, db) as bot:
            assert bot._index_task is not None
            await asyncio.wait_for(asyncio.shield(bot._index_task), 30)
            assert len(bot.service.sources()) == 2  # the previous index answers
    logged = [r for r in caplog.records if r.name == "bot.client" and "start-up" in r.getMessage()]
    assert [r.levelno for r in logged] == [logging.WARNING]
    assert logged[0].exc_info is None
    said = logged[0].getMessage()
    assert "no longer has 2 of the 2 indexed documents" in said and "/reindex offers to remove them" in said


async def stored_paths(bot: DocBot) -> set[str]:
    return {document.path for document in await bot.service.store.documents()}


async def until_stored(bot: DocBot, path: str, timeout: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while path not in await stored_paths(bot):
        assert asyncio.get_running_loop().time() < deadline, await stored_paths(bot)
        await asyncio.sleep(0.05)


def write_river_and_lake(docs: Path) -> None:
    """Two collections' folders in `docs`: river (4 documents) and lake (2, heron.txt and pike.txt)."""
    (docs / "river").mkdir(parents=True)
    (docs / "lake").mkdir()
    for number in range(4):
        (docs / "river" / f"gauge{number}.txt").write_text(f"Gauge {number}\n\nThe gauge {number} reads the river.\n")
    (docs / "lake" / "heron.txt").write_text("Heron report\n\nThe grey heron nests by the lake in March.\n")
    (docs / "lake" / "pike.txt").write_text("Pike report\n\nThe pike hunts in the reeds.\n")


async def test_a_restart_with_the_share_unmounted_reindexes_it_once_it_is_back(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up's reindex refused for an unmounted share (its empty mount point left) started no folder watch: once
    the share was back, nothing read it until an admin's /reindex. The folder is watched now and read once it holds
    most of the indexed documents again; back with a few of them only, it is waited for, nothing removed."""
    for number in range(3):
        (docs / f"gauge{number}.txt").write_text(f"Gauge {number}\n\nThe gauge {number} reads the river level.\n")
    db, share = tmp_path / "db.sqlite3", tmp_path / "share"
    async with docbot(fake, docs, db) as bot:
        indexed = await stored_paths(bot)
    assert len(indexed) == 5
    docs.rename(share)
    docs.mkdir()  # the mount point, empty
    looks = counted_looks(monkeypatch)
    async with docbot(fake, docs, db) as bot:
        assert bot._index_task is not None
        await asyncio.wait_for(asyncio.shield(bot._index_task), 30)
        watch = bot._folder_watches[None]
        assert len(bot.service.sources()) == 5 and not watch.done()
        (share / "gauge0.txt").rename(docs / "gauge0.txt")  # one of five back: still most of them gone
        seen = len(looks)
        await until(lambda: len(looks) >= seen + 8, 30)
        assert await stored_paths(bot) == indexed and len(bot.service.sources()) == 5 and not watch.done()
        for entry in share.iterdir():
            entry.rename(docs / entry.name)
        (docs / "weir.txt").write_text("Weir report\n\nThe weir holds the river back at night.\n")
        await until_stored(bot, "weir.txt")
        await asyncio.wait_for(asyncio.shield(watch), 30)
        assert await stored_paths(bot) == indexed | {"weir.txt"}


async def test_a_restart_with_one_collections_share_unmounted_keeps_it_and_reindexes_it_once_back(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """COLLECTIONS, a share each: the small one (2 of 6 documents) unmounted at a restart had its documents removed by
    start-up's reindex, which counted the whole index (not refused, so not watched either). Now they still answer,
    the other collection's change is read, and the small one is watched and read once its share is back."""
    docs, db, share = tmp_path / "docs", tmp_path / "db.sqlite3", tmp_path / "share"
    write_river_and_lake(docs)
    collections = {fake.guild_id: frozenset({"river", "lake"}), 222: frozenset({"lake"})}
    async with docbot(fake, docs, db, collections=collections) as bot:
        indexed = await stored_paths(bot)
    assert len(indexed) == 6
    (docs / "lake").rename(share)
    (docs / "lake").mkdir()  # the mount point, empty
    (docs / "river" / "weir.txt").write_text("Weir report\n\nThe weir holds the river back at night.\n")
    looks = counted_looks(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="retrieval.service"):
        async with docbot(fake, docs, db, collections=collections) as bot:
            assert bot._index_task is not None
            await asyncio.wait_for(asyncio.shield(bot._index_task), 30)
            assert await stored_paths(bot) == indexed | {"river/weir.txt"}
            heron = await bot.service.ask("When does the heron nest?", scope=frozenset({"lake"}))
            assert heron.hits[0].text == "The grey heron nests by the lake in March."
            watch = bot._folder_watches[frozenset({"lake"})]
            assert set(bot._folder_watches) == {frozenset({"lake"})} and not watch.done()
            # An admin's /reindex of the server's two collections meanwhile: the lake is kept and said to be.
            reply = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
            content = reply.content or ""
            assert "Reindex done, with problems" in content and "removed 0" in content, content
            assert "Not done:\n- the folder of collection lake no longer has 2 of the 2 indexed documents" in content
            assert len(bot.service.sources(frozenset({"lake"}))) == 2
            seen = len(looks)
            await until(lambda: len(looks) >= seen + 4, 30)
            assert not watch.done()  # the mount point still empty
            for entry in share.iterdir():
                entry.rename(docs / "lake" / entry.name)
            (docs / "lake" / "otter.txt").write_text("Otter report\n\nThe otter fishes at dusk.\n")
            await until_stored(bot, "lake/otter.txt")
            await asyncio.wait_for(asyncio.shield(watch), 30)
            assert await stored_paths(bot) == indexed | {"river/weir.txt", "lake/otter.txt"}
    said = [r.getMessage() for r in caplog.records if r.name == "retrieval.service" and r.levelno == logging.WARNING]
    assert (
        "reindex: the folder of collection lake no longer has 2 of the 2 indexed documents (is it mounted?); its"
        " documents were kept and still answer."
    ) in said


async def test_an_admin_removes_a_lost_collection_with_the_button_under_reindexs_report(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """COLLECTIONS, a server mapped to two: one collection's share gone for good is kept and answering (hq36), and
    /reindex reported it under "Not done:" with no way to drop it from Discord. Its report now has a button that only
    the admin who asked may press: it removes that collection's documents (the other's stay), and its folder watch
    ends."""
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    write_river_and_lake(docs)
    collections = {fake.guild_id: frozenset({"river", "lake"})}
    async with docbot(fake, docs, db, collections=collections) as bot:
        indexed = await stored_paths(bot)
    for path in (docs / "lake").iterdir():
        path.unlink()
    (docs / "lake").rmdir()  # the collection's folder is gone
    counted_looks(monkeypatch)
    async with docbot(fake, docs, db, collections=collections) as bot:
        assert bot._index_task is not None
        await asyncio.wait_for(asyncio.shield(bot._index_task), 30)
        watch = bot._folder_watches[frozenset({"lake"})]
        assert await stored_paths(bot) == indexed and not watch.done()
        reply = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        content = reply.content or ""
        assert "Not done:\n- the folder of collection lake no longer has 2 of the 2 indexed documents" in content
        assert content.endswith(
            "If collection lake is really gone, press the button to remove its documents from the index."
        ), content
        forget = buttons(reply.components)["Remove the lost collection"]
        other = await fake.wait_for_response(
            await fake.send_component_click(str(forget["custom_id"]), user=fake.normal_user)
        )
        assert other.ephemeral and "Only the admin who asked" in (other.content or "")
        assert await stored_paths(bot) == indexed
        done = await fake.wait_for_response(
            await fake.send_component_click(str(forget["custom_id"]), user=fake.admin_user)
        )
        assert "Reindex done" in (done.content or "") and "removed 2" in (done.content or ""), done.content
        assert await stored_paths(bot) == {f"river/gauge{number}.txt" for number in range(4)}
        assert not bot.service.has_documents(frozenset({"lake"}))
        await until(watch.done, 5)
        river = await bot.service.ask("What reads the river?", scope=frozenset({"river"}))
        assert river.hits


@pytest.mark.parametrize(("scope", "shown"), [(None, ""), (frozenset({"beta", "alpha"}), " (collections alpha, beta)")])
def test_a_stop_does_not_wait_for_a_look_at_a_share_that_hangs(
    docs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    scope: frozenset[str] | None,
    shown: str,
) -> None:
    """The folder watch looked at its folder in asyncio.to_thread's executor, which `asyncio.run` joins as the process
    ends: a look stuck on a network share that hangs held the stop until systemd or docker killed the process. The
    look runs in a daemon thread now: the watch waits FOLDER_LOOK_SECONDS for it (saying so once, never starting a
    second look meanwhile), and a stop ends at once whatever the share does. A watch of several collections (their
    common folder) names them in that line."""
    monkeypatch.setattr(client_module, "FOLDER_CHECK_SECONDS", 0.01)
    monkeypatch.setattr(client_module, "FOLDER_LOOK_SECONDS", 0.1)
    share_answers, looks = threading.Event(), []

    def hanging(root: Path) -> None:
        looks.append(root)
        share_answers.wait(60)

    monkeypatch.setattr(client_module, "folder_mark", hanging)
    settings = Settings(docs_dir=docs, db_path=tmp_path / "db.sqlite3", discord_token="token")

    async def watch_then_stop() -> None:
        store = await Store.open(settings.db_path)
        try:
            bot = DocBot(build_service(settings, store), settings)
            bot.watch_for_folder(scope)
            while not looks:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.5)  # five times FOLDER_LOOK_SECONDS: the watch waits on, for the same look
            await bot.close()
        finally:
            await store.close()

    with caplog.at_level(logging.WARNING, logger="bot.client"):
        stopping = threading.Thread(target=asyncio.run, args=(watch_then_stop(),))
        stopping.start()
        stopping.join(20)
        stopped = not stopping.is_alive()
        share_answers.set()
        stopping.join(20)
    assert stopped, "the stop waited for the share"
    assert looks == [docs]
    hung = [r.getMessage() for r in caplog.records if "did not answer" in r.getMessage()]
    assert hung == [f"documents folder {docs}{shown} did not answer in 0 s (a share that hangs?)"]


async def test_a_search_index_that_cannot_be_written_keeps_the_previous_one_answering(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while the on-disk index is written: the report says what was not done, answers keep coming from
    the previous index, and the next reindex catches up."""
    from retrieval.index import persistence

    async with docbot(fake, docs, tmp_path / "db.sqlite3", engine="tantivy"):
        real_apply = persistence.PersistentIndex._apply

        def disk_full(*args: object, **kwargs: object) -> None:
            raise ValueError("An IO error occurred: 'No space left on device (os error 28)'")

        monkeypatch.setattr(persistence.PersistentIndex, "_apply", disk_full)
        (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is empty and dry.\n")
        content = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done"
        )
        assert "Reindex done, with problems" in content and "No space left on device" in content
        assert "previous index is still answering" in content
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Is the reservoir full?"})
        )
        assert "The **reservoir** is **full** of clean water." in (answer.content or "")
        monkeypatch.setattr(persistence.PersistentIndex, "_apply", real_apply)
        again = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done"
        )
        assert "**Reindex done** in" in again
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Is the reservoir dry?"})
        )
        assert "empty and **dry**" in (answer.content or "")


async def test_buttons_from_before_a_restart_say_they_expired(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        first = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        old_more = str(buttons(first.components)["More"]["custom_id"])
    from bot import views

    views.BOOT_ID = "restarted"  # a new process has a new boot id
    async with docbot(fake, docs, db):
        reply = await fake.wait_for_response(await fake.send_component_click(old_more, user=fake.admin_user))
        assert reply.ephemeral and reply.content == views.EXPIRED_BUTTONS
        # Buttons made after the restart work as ever.
        fresh = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Putin ceasefire"}, user=fake.admin_user)
        )
        more = str(buttons(fresh.components)["More"]["custom_id"])
        turned = await fake.wait_for_response(await fake.send_component_click(more, user=fake.admin_user))
        assert "Page 2/" in (turned.content or "")


async def test_context_of_a_huge_paragraph_is_cut_around_the_answer(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    filler = " ".join(f"Filler sentence number {n} says nothing at all." for n in range(2_000))  # about 100 kB
    (docs / "huge.txt").write_text(f"Huge report\n\n{filler} The okapi hides in the Ituri forest. {filler}\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Where does the okapi hide?", "results": 1})
        )
        assert "**okapi**" in (answer.content or "")
        context = str(buttons(answer.components)["Context"]["custom_id"])
        shown = await fake.wait_for_response(await fake.send_component_click(context, user=fake.admin_user))
        content = shown.content or ""
        assert shown.ephemeral and len(content) <= 2000
        assert "The okapi hides in the Ituri forest." in content and "huge.txt" in content
        assert "Filler sentence number 1999" in content and "Filler sentence number 0 " in content


async def test_a_reindex_past_the_reply_tokens_15_minutes_sends_its_report_by_direct_message(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """Discord takes edits of a command's reply for 15 minutes; a reindex of a large folder (or one waiting for
    another process's) can take longer, and its report was then lost: edits refused, the reply stuck at its last
    progress line. Near the end the reply says the report comes by direct message, and it does."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        (docs / "new.txt").write_text("New report\n\nThe new sluice gate opened in May.\n")
        with another_writer(db):  # another process writing the same database (`docbot index` in a terminal, say)
            # Made 14.5 minutes ago (as if the reindex had run that long): its reply's edits end in 30 s.
            iid = await fake.send_slash_command("reindex", user=fake.admin_user, age=15 * 60 - 30)
            record = fake.interactions[iid]
            for _ in range(500):
                if any(BY_DIRECT_MESSAGE in str(r.data.get("content")) for r in record.responses):
                    break
                await asyncio.sleep(0.02)
            else:
                raise AssertionError("the reply never said the report would come by direct message")
            record.created -= 60  # the 15 minutes are over: Discord refuses every edit from now on
        report = await fake.wait_for_channel_message(fake.dm_channel(fake.admin_user), timeout=15)
        assert "Added 1" in str(report.payload.get("content")) and report.payload.get("allowed_mentions") == {
            "parse": []
        }
        assert fake.expired_token_requests == 0


async def reindex_cut_off(docs: Path, tmp_path: Path) -> Path:
    """A database indexed once, then a reindex of a changed document killed in the middle of its scan."""
    db = tmp_path / "db.sqlite3"
    async with await Store.open(db) as store:
        await AnswerService(store, docs).reindex()
    (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is half empty after the drought.\n")
    with stalled_reindex(docs, db):
        pass  # killed in the middle of its scan
    return db


async def test_the_next_reindex_after_a_restart_mid_reindex_says_it_did_not_finish(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A restart in the middle of a /reindex left the admin's reply on its last progress line for ever (Discord lets
    it be edited for 15 minutes only): the next /reindex says what happened, once."""
    db = await reindex_cut_off(docs, tmp_path)
    async with docbot(fake, docs, db) as bot:
        while bot.service.reindexing:  # the reindex at start-up, which brings the index up to date
            await asyncio.sleep(0.05)
        content = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "did not finish"
        )
        assert content.startswith("The reindex started at ") and "did not finish" in content
        assert "Reindex done" in content
        again = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done"
        )
        assert "did not finish" not in again


async def test_a_reindex_cut_off_is_told_at_the_same_time_on_the_command_line_and_on_discord(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """After a stop in the middle of a reindex, the next `docbot` command's warning gave its start in ISO 8601
    ("2026-12-06T17:10:01+00:00") and /reindex as "2026-12-06T17:10:01+00:00 UTC": one form in both, the report's
    (retrieval/times.py)."""
    db = await reindex_cut_off(docs, tmp_path)
    listed = cli(tmp_path, "sources", "--docs", str(docs), "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    warned = [line for line in listed.stderr.splitlines() if "did not finish" in line]
    assert len(warned) == 1, listed.stderr
    shown = re.search(r"started at (\d{4}-\d\d-\d\d \d\d:\d\d UTC) did not finish \(", warned[0])
    assert shown is not None, warned[0]
    async with docbot(fake, docs, db) as bot:
        while bot.service.reindexing:
            await asyncio.sleep(0.05)
        content = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "did not finish"
        )
    assert content.startswith(f"The reindex started at {shown[1]} did not finish ("), content


async def test_more_leaves_out_the_excerpts_of_a_document_removed_since_the_answer(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """The pages of an answer were formatted when it was asked: after a reindex removed a document (an admin
    deleted it from the folder, as one does with a document that should not be shown), More still quoted it."""
    for name, when in (("north", "dawn"), ("south", "noon"), ("east", "dusk")):
        (docs / f"{name}.txt").write_text(f"{name.title()} gate\n\nThe {name} sluice gate opens at {when}.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        question = {"question": "When does the sluice gate open?", "results": 1}
        first = await fake.wait_for_response(await fake.send_slash_command("ask", question, user=fake.admin_user))
        order = [hit.source.path for hit in (await bot.service.ask(question["question"], top=3)).hits]
        assert len(order) == 3 and order[0] in (first.content or "")
        (docs / order[1]).unlink()
        await bot.service.reindex()
        more = str(buttons(first.components)["More"]["custom_id"])
        second = await fake.wait_for_response(await fake.send_component_click(more, user=fake.admin_user))
        assert second.content is not None and second.content.startswith(EXPIRED_PAGE)
        assert order[1].removesuffix(".txt") not in second.content.lower()
        context = str(buttons(second.components)["Context"]["custom_id"])
        shown = await fake.wait_for_response(await fake.send_component_click(context, user=fake.admin_user))
        assert shown.content == EXPIRED_PASSAGE
        third = await fake.wait_for_response(await fake.send_component_click(more, user=fake.admin_user))
        assert order[2] in (third.content or "") and "Page 3/" in (third.content or "")


async def test_a_cut_off_reply_past_its_15_minutes_is_told_by_direct_message(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next start finds a /reindex reply a stop cut off, but its token's 15 minutes are (nearly) over: the admin
    who asked is told by direct message, naming the server, and the reply is not edited past its token."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db) as bot:
        with another_writer(db):  # the /reindex waits for this writer: its reply stays on its progress line
            iid = await fake.send_slash_command("reindex", user=fake.admin_user, age=15 * 60 - 20)
            await until_remembered(bot.service.store)
            monkeypatch.setattr(unfinished, "BOOT_ID", "the next run")  # as the next start reads it
            # Another process sharing the database (its own SHARD_IDS) leaves this one's replies alone.
            monkeypatch.setattr(bot.unfinished, "slot", "4:2,3")
            assert await bot.unfinished.settle(bot) == 0
            assert await bot.service.store.get_meta(unfinished.UNFINISHED_KEY)
            monkeypatch.setattr(bot.unfinished, "slot", "")
            assert await bot.unfinished.settle(bot) == 1
            told = await fake.wait_for_channel_message(fake.dm_channel(fake.admin_user))
            content = told.content or ""
            assert content.startswith("**Not finished:**") and "`/reindex` in " in content
            edited = [r for r in fake.interactions[iid].responses if "Not finished" in (r.content or "")]
            assert not edited and fake.expired_token_requests == 0
            assert await bot.service.store.get_meta(unfinished.UNFINISHED_KEY) is None


async def test_any_button_of_an_answer_leaves_out_a_document_removed_since(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """More and Previous left out the excerpts of a document a reindex removed, but the page on show kept quoting
    it until the asker paged: now Context and the votes (anyone's click) edit the answer first, then answer."""
    for name, when in (("north", "dawn"), ("south", "noon")):
        (docs / f"{name}.txt").write_text(f"{name.title()} gate\n\nThe {name} sluice gate opens at {when}.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        asked = "When does the sluice gate open?"
        first = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": asked, "results": 1}, user=fake.admin_user)
        )
        shown = (await bot.service.ask(asked, top=2)).hits[0].source.path
        assert shown in (first.content or "")
        (docs / shown).unlink()
        await bot.service.reindex()
        context = str(buttons(first.components)["Context"]["custom_id"])
        iid = await fake.send_component_click(context, user=fake.normal_user)  # not the asker: Context is everyone's
        edited = await fake.wait_for_response(iid)
        assert edited.callback_type == 7 and (edited.content or "").startswith(EXPIRED_PAGE)
        assert shown not in (edited.content or "") and "Page 1/" in (edited.content or "")
        record = fake.interactions[iid]
        await fake._wait_for(lambda: record.responses[1:] or None, 5, "the Context follow-up")
        assert record.responses[1].ephemeral and record.responses[1].content == EXPIRED_PASSAGE
        # The page is up to date now: the next click edits nothing, and the vote is acknowledged as ever.
        up = str(buttons(first.components)["👍"]["custom_id"])
        vote = await fake.wait_for_response(await fake.send_component_click(up, user=fake.normal_user))
        assert vote.ephemeral and "recorded" in (vote.content or "")


async def test_a_button_whose_view_expired_or_was_used_says_so(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/reindex's "Remove them and reindex" (and /report's "Forget them") stayed under the reply after their 5
    minutes, and after use: a click then got nothing, and Discord showed "This interaction failed". A click that no
    live view takes gets one private line, as a button from before a restart does."""
    from bot import replies, views

    monkeypatch.setattr(replies, "CONFIRM_SECONDS", 0.3)
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        for path in docs.iterdir():
            path.unlink()
        refused = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        confirm = str(buttons(refused.components)["Remove them and reindex"]["custom_id"])
        await asyncio.sleep(0.6)  # its view timed out
        late = await fake.wait_for_response(await fake.send_component_click(confirm, user=fake.admin_user))
        assert late.ephemeral and late.content == views.EXPIRED_NOW
        refused = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        confirm = str(buttons(refused.components)["Remove them and reindex"]["custom_id"])
        taken = await fake.send_component_click(confirm, user=fake.admin_user)
        await fake.final_response(taken, "Reindex done")
        # the click its view took (and stopped it on): no "expired" beside it
        assert all(r.content != views.EXPIRED_NOW for r in fake.interactions[taken].responses)
        iid = await fake.send_component_click(confirm, user=fake.admin_user)  # the used button, again
        again = await fake.wait_for_response(iid)
        assert again.ephemeral and again.content == views.EXPIRED_NOW
        await asyncio.sleep(0.2)
        assert len(fake.interactions[iid].responses) == 1


async def test_a_reindex_waiting_for_another_writer_says_so(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another process writes the database (`docbot index` in a terminal), /reindex waits for it, and its
    reply read "Reindexing… (12 s)", "(15 s)"… for as long as that took, with nothing to tell an admin why."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db) as bot:
        # the module as discord.py loaded it (a copy of its own)
        monkeypatch.setattr(sys.modules["bot.cogs.admin"], "PROGRESS_EVERY_SECONDS", 0.05)
        while bot.service.reindexing:  # its own reindex at start-up
            await asyncio.sleep(0.02)
        (docs / "new.txt").write_text("New report\n\nThe new sluice gate opened in May.\n")
        with another_writer(db):
            iid = await fake.send_slash_command("reindex", user=fake.admin_user)
            waiting = await fake.final_response(iid, "waiting for another docbot process", 10)
            assert "to finish writing the database" in waiting
        assert "Added 1" in await fake.final_response(iid, "Reindex done")


async def test_a_cut_off_reply_is_still_told_after_a_stop_during_the_telling(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next start forgot every unfinished reply before telling any: a second stop while it was telling them
    (a direct message held by Discord's rate limit, say) lost the note for good. Each is forgotten once told now."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db) as bot:
        with another_writer(db):  # the /reindex waits for this writer: its reply stays on its progress line
            await fake.send_slash_command("reindex", user=fake.admin_user, age=15 * 60 - 20)
            await until_remembered(bot.service.store)
            monkeypatch.setattr(unfinished, "BOOT_ID", "the next run")  # as the next start reads it
            fake.rate_limit_next("POST /users/@me/channels", retry_after=60)  # the direct message is held
            telling = asyncio.create_task(bot.unfinished.settle(bot))
            await fake._wait_for(
                lambda: [r for r in fake.requests if r.method == "POST" and r.path == "/users/@me/channels"] or None,
                5,
                "the direct message's channel asked for",
            )
            telling.cancel()  # the stop
            with pytest.raises(asyncio.CancelledError):
                await telling
            assert await bot.service.store.get_meta(unfinished.UNFINISHED_KEY)  # still to tell
            assert await bot.unfinished.settle(bot) == 1  # the start after
            told = await fake.wait_for_channel_message(fake.dm_channel(fake.admin_user))
            assert (told.content or "").startswith("**Not finished:**")
            assert await bot.service.store.get_meta(unfinished.UNFINISHED_KEY) is None


async def test_a_cut_off_reply_of_a_process_configured_away_is_told_a_day_later(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """Each start settles only the replies of its own SHARD_COUNT/SHARD_IDS (another process sharing the database
    may still be running its commands): once those settings changed, the old slot's notes stayed in the store for
    good, untold. A note whose token expired over a day ago is no running command's: any start tells it."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        now = discord.utils.utcnow()
        entry = {
            "application": fake.application_id,
            "token": "gone",
            "message": 1,
            "user": int(fake.admin_user["id"]),
            "guild": fake.guild_id,
            "command": "reindex",
            "boot": "an old run",
        }
        old = {**entry, "slot": "2:0", "expires": (now - datetime.timedelta(days=2)).isoformat()}
        running = {**entry, "slot": "2:1", "expires": (now + datetime.timedelta(minutes=10)).isoformat()}
        await bot.service.store.set_meta(unfinished.UNFINISHED_KEY, json.dumps({"1": old, "2": running}))
        assert await bot.unfinished.settle(bot) == 1
        told = await fake.wait_for_channel_message(fake.dm_channel(fake.admin_user))
        assert (told.content or "").startswith("**Not finished:**") and "`/reindex` in " in (told.content or "")
        left = json.loads(await bot.service.store.get_meta(unfinished.UNFINISHED_KEY) or "{}")
        assert list(left) == ["2"]  # another process's, still running: left to it
