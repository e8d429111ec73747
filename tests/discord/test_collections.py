"""Two servers, two document sets (COLLECTIONS, issue 15), through the real bot and the fake Discord: no sentence,
actor name, document name or autocomplete entry of one server ever reaches the other, through every command and
button; a server with no mapping gets one private line; /reindex reads only the asking server's folders."""

from __future__ import annotations

import asyncio
import logging
import threading
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import client as client_module
from bot.client import DocBot
from bot.format import no_documents_indexed
from bot.format_actors import FINDING_ACTORS
from bot.guilds import NO_DOCUMENTS_HERE, NOT_IN_DIRECT_MESSAGES
from retrieval import service as service_module
from retrieval.service import REINDEX_STARTED_KEY, ReindexInProgress
from retrieval.store.database import Store
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import counted_looks, docbot, said_once_a_window, until
from tests.discord.test_bot import buttons
from tests.test_collections import write_docs

GUILD_B = 1_300_000_000_000_009_500
CHANNELS_B = (1_300_000_000_000_009_501, 1_300_000_000_000_009_502)
GUILD_C = 1_300_000_000_000_009_600
CHANNEL_C = 1_300_000_000_000_009_601

# What only the other server may ever see.
OF_A = ("okapi", "Margarethe", "Vollmer", "alpha/", "forest.md", "Ituri")
OF_B = ("zebra", "Tobias", "Lindqvist", "beta/", "plain at dawn")
OF_ROOT = ("pangolin", "root.txt")


def leaks(text: str, forbidden: tuple[str, ...]) -> list[str]:
    return [word for word in forbidden if word.lower() in text.lower()]


async def alpha_and_beta(fake: FakeDiscord) -> dict[int, frozenset[str]]:
    """Server B added beside the fake's own; COLLECTIONS giving the own server the collection alpha, B beta."""
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    return {fake.guild_id: frozenset({"alpha"}), GUILD_B: frozenset({"beta"})}


@pytest.fixture(params=["rank-bm25", "tantivy"])
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_two_servers_never_see_each_others_documents(fake: FakeDiscord, tmp_path: Path, engine: str) -> None:
    docs = write_docs(tmp_path / "docs")
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    await fake.add_guild(GUILD_C, "Server C", (CHANNEL_C,))
    collections = {fake.guild_id: frozenset({"alpha"}), GUILD_B: frozenset({"beta"})}
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        engine=engine,
        collections=collections,
        question_channel_ids=frozenset({CHANNELS_B[1]}),
        cooldown_questions=0,
    ):
        a_channel, b_channel = fake.channel_ids[0], CHANNELS_B[0]
        seen: dict[str, list[str]] = {"A": [], "B": []}

        async def command(where: str, name: str, options: dict[str, object] | None = None, **kw: object) -> str:
            channel = a_channel if where == "A" else b_channel
            reply = await fake.wait_for_response(
                await fake.send_slash_command(name, options, channel_id=channel, **kw)  # type: ignore[arg-type]
            )
            text = reply.content or ""
            seen[where].append(text)
            return text

        question = {"question": "Which animal lives in the forest?", "results": 1}
        assert "alpha/" in await command("A", "ask", question)
        assert "beta/zebra.txt" in await command("B", "ask", question)
        await command("A", "ask", {"question": "When does the zebra cross the plain?"})
        await command("B", "ask", {"question": "Where does the okapi live?"})
        await command("A", "actors")
        await command("B", "actors")
        await command("A", "sources")
        await command("B", "sources")
        assert "Margarethe Vollmer" in await command("A", "actor", {"name": "Margarethe Vollmer"})
        for name in ("Margarethe Vollmer", "Margarethe Vollmr"):  # A's actor, and a near miss: no "did you mean"
            reply = await fake.wait_for_response(
                await fake.send_slash_command("actor", {"name": name}, channel_id=b_channel)
            )
            assert reply.ephemeral and reply.content == f"No actor named {name}; `/actors` lists the actors found."
        for where, channel in (("A", a_channel), ("B", b_channel)):
            for prefix in ("", "M", "T", "Vol", "Lind"):
                iid = await fake.send_autocomplete("actor", {"name": prefix}, focused="name", channel_id=channel)
                choices = (await fake.wait_for_response(iid)).choices
                seen[where].append(" ".join(str(c.get("name")) for c in choices))
        # Buttons: More and Context under B's answer show only B's documents.
        b_answer = await fake.wait_for_response(
            await fake.send_slash_command(
                "ask", {"question": "Which animal lives in the forest?", "results": 1}, channel_id=b_channel
            )
        )
        for label in ("More", "Context"):
            button = buttons(b_answer.components).get(label)
            if button is not None and not button.get("disabled"):
                clicked = await fake.wait_for_response(await fake.send_component_click(str(button["custom_id"])))
                seen["B"].append(clicked.content or "")
        # A mention and a question channel in B.
        await fake.send_message("Which animal lives in the forest?", channel_id=CHANNELS_B[1])
        in_channel = await fake.wait_for_channel_message(CHANNELS_B[1])
        seen["B"].append(in_channel.content or "")
        # A server with no mapping: one private line for everything.
        for name, options in (("ask", question), ("actors", None), ("sources", None), ("actor", {"name": "Tobias"})):
            reply = await fake.wait_for_response(await fake.send_slash_command(name, options, channel_id=CHANNEL_C))
            assert reply.ephemeral and reply.content == NO_DOCUMENTS_HERE, name
        # A direct message sees no collection either, and is told where to ask rather than about "this server".
        dm = fake.dm_channel(fake.normal_user)
        for name, options in (("ask", question), ("actors", None), ("sources", None), ("actor", {"name": "Tobias"})):
            reply = await fake.wait_for_response(await fake.send_slash_command(name, options, channel_id=dm))
            assert reply.ephemeral and reply.content == NOT_IN_DIRECT_MESSAGES, name
        iid = await fake.send_autocomplete("actor", {"name": ""}, focused="name", channel_id=CHANNEL_C)
        assert (await fake.wait_for_response(iid)).choices == []

    assert not [leaks(text, OF_B + OF_ROOT) for text in seen["A"] if leaks(text, OF_B + OF_ROOT)]
    assert not [text for text in seen["B"] if leaks(text, OF_A + OF_ROOT)]
    assert any("zebra" in text.lower() for text in seen["B"]) and any("okapi" in t.lower() for t in seen["A"])


async def test_help_names_only_the_question_channels_of_its_own_server(fake: FakeDiscord, tmp_path: Path) -> None:
    """/help listed every QUESTION_CHANNEL_IDS channel of every server: in server B, A's showed as "#unknown" links
    (and gave away their ids); a direct message, of no server, lists none."""
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    in_a, in_b = fake.channel_ids[1], CHANNELS_B[1]
    async with docbot(fake, write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3", question_channel_ids={in_a, in_b}):
        for channel, mine, theirs in ((fake.channel_ids[0], in_a, in_b), (CHANNELS_B[0], in_b, in_a)):
            shown = (await fake.wait_for_response(await fake.send_slash_command("help", channel_id=channel))).content
            assert f"<#{mine}>" in (shown or "") and f"<#{theirs}>" not in (shown or ""), shown
        dm = fake.dm_channel(fake.normal_user)
        shown = (await fake.wait_for_response(await fake.send_slash_command("help", channel_id=dm))).content
        assert "<#" not in (shown or "") and "just write in" not in (shown or ""), shown


async def test_a_question_channel_with_no_documents_says_so_once_a_window(
    fake: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A question channel of a server with no COLLECTIONS mapping answered every member's every message with
    NO_DOCUMENTS_HERE, a public flood. Its plain messages are told once a cooldown window per channel, the rest logged
    at DEBUG; a mention addresses docbot and is told each time."""
    docs = write_docs(tmp_path / "docs")
    other_c = CHANNEL_C + 1
    await fake.add_guild(GUILD_C, "Server C", (CHANNEL_C, other_c))
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        collections={fake.guild_id: frozenset({"alpha"})},
        question_channel_ids=frozenset({CHANNEL_C, other_c}),
        cooldown_seconds=3600,
    ) as bot:
        assert bot.user is not None
        with caplog.at_level(logging.DEBUG, logger="bot.cogs.ask"):
            await said_once_a_window(fake, CHANNEL_C, bot.user.id, "Where does the okapi live?", NO_DOCUMENTS_HERE)
            await fake.send_message("Where does the okapi live?", channel_id=other_c)  # its own window
            assert (await fake.wait_for_channel_message(other_c)).content == NO_DOCUMENTS_HERE
        assert len([m for m in fake.sent_messages if m.channel_id == CHANNEL_C]) == 3
        said = [r for r in caplog.records if r.levelno == logging.DEBUG and "refusal already said" in r.getMessage()]
        assert len(said) == 5 and all(str(CHANNEL_C) in r.getMessage() for r in said)


async def test_reindex_reads_only_the_asking_servers_folders(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is striped.\n")
        (docs / "beta" / "zebra.txt").write_text("Zebra report\n\nThe zebra is loud.\n")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        content = await fake.final_response(iid, "Reindex done")
        assert "zebra.txt" in content and "okapi" not in content and "alpha" not in content
        assert "Changed 1" in content or "changed 1" in content
        # A's changed file was not read: its old text still answers in A.
        answer = await bot.service.ask("Where does the okapi live?", scope=frozenset({"alpha"}))
        assert answer.hits and "Ituri" in answer.hits[0].text


async def test_threads_and_forum_posts_follow_their_channel(fake: FakeDiscord, tmp_path: Path) -> None:
    """Members ask in threads and in a forum channel's posts, whose channel id is the thread's own: the parent's
    settings apply there (its COLLECTIONS mapping, QUESTION_CHANNEL_IDS), as in the channel itself. They did not:
    "There are no documents for this server or channel", and a question channel's threads were never answered."""
    docs = write_docs(tmp_path / "docs")
    alpha_channel, questions = fake.channel_ids
    in_alpha, in_questions = 1_300_000_000_000_009_801, 1_300_000_000_000_009_802
    await fake.add_thread(in_alpha, alpha_channel)
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        collections={alpha_channel: frozenset({"alpha"}), questions: frozenset({"beta"})},  # no server mapping
        question_channel_ids=frozenset({questions}),
        cooldown_questions=0,
    ):
        await fake.add_thread(in_questions, questions, "a forum post")  # created while the bot runs
        # Discord's "X started a thread" message in the channel holds the thread's name: no question.
        await fake.send_message("Where does the zebra cross the plain?", channel_id=questions, message_type=18)
        okapi = "What does the okapi eat?"
        reply = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": okapi}, channel_id=in_alpha)
        )
        assert "alpha/okapi.txt" in (reply.content or "") and not leaks(reply.content or "", OF_B + OF_ROOT)
        await fake.send_message(f"<@{fake.application_id}> {okapi}", channel_id=in_alpha)
        mention = await fake.wait_for_channel_message(in_alpha)
        assert "alpha/okapi.txt" in str(mention.payload.get("content"))
        await fake.send_message("Where does the zebra cross the plain?", channel_id=in_questions)
        answered = str((await fake.wait_for_channel_message(in_questions)).payload.get("content"))
        assert "beta/zebra.txt" in answered and not leaks(answered, OF_A + OF_ROOT)
        docs_list = [{"name": "list", "type": 1, "options": []}]
        listed = await fake.wait_for_response(await fake.send_slash_command("docs", docs_list, channel_id=in_questions))
        assert "zebra.txt" in (listed.content or "") and not leaks(listed.content or "", OF_A + OF_ROOT)
        assert not [m for m in fake.sent_messages if m.channel_id == questions]  # the system message got no answer


async def test_two_admins_reindexing_from_two_servers_at_once(fake: FakeDiscord, tmp_path: Path) -> None:
    """While server A's reindex ran, server B's admin was told "its report will follow when it ends": no report
    came (it went to A's admin, and covered A's folders only). B's admin is told to run it again, and then can."""
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        release = threading.Event()
        (docs / "beta" / "zebra.txt").write_text("Zebra report\n\nThe zebra is loud.\n")

        def hold(*_: object) -> None:  # A's reindex, held open from its worker thread by its progress callback
            release.wait(5)

        held = asyncio.create_task(bot.service.reindex(progress=hold, scope=frozenset({"alpha"})))
        while not bot.service.reindexing:
            await asyncio.sleep(0.01)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        refused = (await fake.wait_for_response(iid)).content or ""
        assert "did not start" in refused and "again" in refused and "will follow" not in refused
        release.set()
        assert "zebra" not in str(await held)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        report = await fake.final_response(iid, "Reindex done")
        assert "Reindex done" in report and "zebra.txt" in report and "alpha" not in report


async def test_a_servers_reindex_after_an_interrupted_one_says_only_its_documents_are_up_to_date(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A reindex cut off while docbot runs (`docbot index` killed in a terminal): the next /reindex, of one server's
    collections, said "the index is up to date now", but the other servers' folders were not read."""
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        await bot.service.store.set_meta(REINDEX_STARTED_KEY, "2026-12-06T07:00:00+00:00")  # its start, left behind
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        report = await fake.final_response(iid, "Reindex done")
        assert "did not finish" in report and "this server's documents are up to date now" in report
        assert "the index is up to date" not in report


async def two_servers_after_a_cut_off(
    fake: FakeDiscord, tmp_path: Path
) -> tuple[Path, Path, dict[int, frozenset[str]]]:
    """Servers A ("alpha") and B ("beta"), and docbot stopped during A's reindex: the documents folder, the database
    and the COLLECTIONS mapping to restart docbot with."""
    docs = write_docs(tmp_path / "docs")
    db = tmp_path / "db.sqlite3"
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, db, collections=collections) as bot:
        await cut_off_a_reindex_of_alpha(bot, docs)
    return docs, db, collections


async def cut_off_a_reindex_of_alpha(bot: DocBot, docs: Path) -> None:
    """Server A's reindex ("alpha", one document changed), held from its worker thread until a stop cuts it off."""
    release = threading.Event()
    reading = threading.Event()
    (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is shy.\n")

    def hold(*_: object) -> None:
        reading.set()
        release.wait(5)

    cut_off = asyncio.create_task(bot.service.reindex(progress=hold, scope=frozenset({"alpha"})))
    # Cut off once it reads the folder, past the start it records: `reindexing` is true from its first step, and a
    # cancel before its start was recorded left nothing to tell (a slow store under load, a collection in a worker).
    assert await asyncio.to_thread(reading.wait, 30)
    cut_off.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cut_off
    release.set()


async def test_a_reindex_cut_off_by_a_restart_is_told_to_its_own_server_only(fake: FakeDiscord, tmp_path: Path) -> None:
    """Server A's reindex cut off by a stop: after the restart, "did not finish" went to whichever server reindexed
    first (B, whose reindex had nothing to do with it), and A's admin was never told."""
    docs, db, collections = await two_servers_after_a_cut_off(fake, tmp_path)
    async with docbot(fake, docs, db, collections=collections) as bot:  # the restart
        while bot.service.reindexing:  # its own reindex at start-up, of everything
            await asyncio.sleep(0.01)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        report_b = await fake.final_response(iid, "Reindex done")
        assert "Reindex done" in report_b and "did not finish" not in report_b
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        report_a = await fake.final_response(iid, "Reindex done")
        assert "did not finish" in report_a and "this server's documents are up to date now" in report_a
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        assert "did not finish" not in (await fake.final_response(iid, "Reindex done"))  # told once


async def test_a_reindex_cut_off_is_still_told_after_a_second_restart(fake: FakeDiscord, tmp_path: Path) -> None:
    """Server A's reindex cut off by a stop, then docbot restarted twice before A's admin reindexed: the start-up
    reindex of the first restart cleared the store's start time, the note lived in memory only, and the second
    restart lost it: A's admin was never told."""
    docs, db, collections = await two_servers_after_a_cut_off(fake, tmp_path)
    for _ in range(2):  # two restarts, each with its own reindex of everything at start-up; B reindexes meanwhile
        async with docbot(fake, docs, db, collections=collections) as bot:
            while bot.service.reindexing:
                await asyncio.sleep(0.01)
            iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
            assert "did not finish" not in (await fake.final_response(iid, "Reindex done"))
    async with docbot(fake, docs, db, collections=collections) as bot:
        while bot.service.reindexing:
            await asyncio.sleep(0.01)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        report_a = await fake.final_response(iid, "Reindex done")
        assert "did not finish" in report_a and "this server's documents are up to date now" in report_a
    async with docbot(fake, docs, db, collections=collections) as bot:  # told once, restarts or not
        while bot.service.reindexing:
            await asyncio.sleep(0.01)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        assert "did not finish" not in (await fake.final_response(iid, "Reindex done"))


async def test_a_voice_channels_text_chat_is_a_channel_like_the_others(fake: FakeDiscord, tmp_path: Path) -> None:
    """Members write in a voice channel's text chat (a VoiceChannel, not a TextChannel, to discord.py): a mention
    there, /ask there and, with the voice channel as a question channel, any message there, are answered from the
    collections of that channel, as in a text channel."""
    docs = write_docs(tmp_path / "docs")
    text_channel, voice = fake.channel_ids
    fake.voice_channels.add(voice)
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        collections={text_channel: frozenset({"alpha"}), voice: frozenset({"beta"})},
        question_channel_ids=frozenset({voice}),
        cooldown_questions=0,
    ) as bot:
        assert isinstance(bot.get_channel(voice), discord.VoiceChannel)
        zebra = "Where does the zebra cross the plain?"
        reply = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": zebra}, channel_id=voice)
        )
        assert "beta/zebra.txt" in (reply.content or "") and not leaks(reply.content or "", OF_A + OF_ROOT)
        await fake.send_message(zebra, channel_id=voice)  # no mention: a question channel
        answered = (await fake.wait_for_channel_message(voice)).payload
        assert "beta/zebra.txt" in str(answered.get("content")) and answered.get("message_reference")
        await fake.send_message(f"<@{fake.application_id}> {zebra}", channel_id=voice)
        assert "beta/zebra.txt" in str((await fake.wait_for_channel_message(voice)).payload.get("content"))


async def test_a_server_whose_folders_hold_nothing_is_told_of_its_folders(fake: FakeDiscord, tmp_path: Path) -> None:
    """With COLLECTIONS, a server whose folders held no document while another server's had some was told "the
    documents folder held none docbot reads": /ask, /sources (with a filter too) name that server's own folders; the
    other server lists its documents as before."""
    docs = write_docs(tmp_path / "docs")
    (docs / "gamma").mkdir()
    (docs / "delta").mkdir()
    (docs / "delta" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(60))  # nothing docbot reads
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    collections = {fake.guild_id: frozenset({"gamma", "delta"}), GUILD_B: frozenset({"beta"})}
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections, cooldown_questions=0):
        asked = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Who is the okapi?"}))
        listed = await fake.wait_for_response(await fake.send_slash_command("sources"))
        filtered = await fake.wait_for_response(await fake.send_slash_command("sources", {"filter": "okapi"}))
        for reply in (asked.content, listed.content, filtered.content):
            assert reply is not None and "the documents folder" not in reply
            assert "in the folders `delta` and `gamma`: they held none docbot reads" in reply, reply
            assert not leaks(reply, OF_A + OF_B)
        assert asked.content == f"**Not found.** {listed.content}" and filtered.content == listed.content
        other = await fake.send_slash_command("sources", channel_id=CHANNELS_B[0])
        assert "zebra.txt" in ((await fake.wait_for_response(other)).content or "")


async def test_actors_of_a_collection_not_waiting_for_another_servers_actor_pass_are_answered(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`finding_actors` was the whole service's: while one server's reindex found its new document's actors, every
    server with no actor to show (a collection with no documents yet, one whose documents name nobody) was told the
    actors were "still being found", which they were not. Only the collections with documents written since the
    actors were found wait now; the others are answered as they are."""
    docs = write_docs(tmp_path / "docs")
    (docs / "gamma").mkdir()  # server C's folder: its first document comes below
    (docs / "delta").mkdir()  # a channel's folder with no document at all
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    await fake.add_guild(GUILD_C, "Server C", (CHANNEL_C,))
    collections = {
        fake.guild_id: frozenset({"alpha"}),
        GUILD_B: frozenset({"beta"}),
        CHANNELS_B[1]: frozenset({"delta"}),
        GUILD_C: frozenset({"gamma"}),
    }
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:

        async def said(channel: int, name: str, options: dict[str, object] | None = None) -> str:
            reply = await fake.wait_for_response(await fake.send_slash_command(name, options, channel_id=channel))
            return reply.content or ""

        no_delta = no_documents_indexed(frozenset({"delta"}))
        release = asyncio.Event()
        real = service_module.refresh_actors

        async def held_refresh(store: Store, **options: Any) -> float | None:
            await release.wait()
            return await real(store, **options)

        monkeypatch.setattr(service_module, "refresh_actors", held_refresh)
        (docs / "gamma" / "heron.txt").write_text("Heron report\n\nBirgitta Halvorsen said the heron nests at dawn.\n")
        reindex = asyncio.create_task(bot.service.reindex(scope=frozenset({"gamma"})))
        try:
            await until(lambda: bot.service._finding_actors, 30)
            # The channel of delta has no document: nothing is being found for it, and it is told so.
            assert await said(CHANNELS_B[1], "actors") == no_delta
            assert await said(CHANNELS_B[1], "actor", {"name": "Birgitta Halvorsen"}) == no_delta
            # Nor for beta, whose one document names nobody new (its actors found at start-up).
            assert "Tobias Lindqvist" in await said(CHANNELS_B[0], "actors")
            # C's first document is being read for actors: they are still being found.
            assert await said(CHANNEL_C, "actors") == FINDING_ACTORS
            assert await said(CHANNEL_C, "actor", {"name": "Birgitta Halvorsen"}) == FINDING_ACTORS
        finally:
            release.set()
            await asyncio.wait_for(reindex, 30)
        assert "Birgitta Halvorsen" in await said(CHANNEL_C, "actor", {"name": "Birgitta Halvorsen"})
        assert await said(CHANNELS_B[1], "actors") == no_delta


async def test_the_folder_watch_outlasts_a_servers_own_reindex(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder watch (a documents folder back after it was gone) gave up when it found a reindex running, as if
    that reindex read the folder for it; with COLLECTIONS an admin's /reindex reads that server's folders only, and
    the other servers' documents stayed unread until someone asked. It now looks again once that reindex is over."""
    monkeypatch.setattr(client_module, "FOLDER_CHECK_SECONDS", 0.05)
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        service = bot.service
        release = asyncio.Event()
        real_refresh, real_reindex = service_module.refresh_actors, service.reindex
        refused: list[str] = []

        async def held_refresh(store: Store, **options: Any) -> float | None:
            await release.wait()
            return await real_refresh(store, **options)

        async def reindex(*args: Any, **options: Any) -> Any:
            try:
                return await real_reindex(*args, **options)
            except ReindexInProgress as error:
                refused.append(str(error))
                raise

        monkeypatch.setattr(service_module, "refresh_actors", held_refresh)
        monkeypatch.setattr(service, "reindex", reindex)
        (docs / "alpha" / "heron.txt").write_text("Heron report\n\nThe heron nests at dawn.\n")
        own = asyncio.create_task(real_reindex(scope=frozenset({"alpha"})))  # server A's admin's /reindex
        try:
            await until(lambda: service._finding_actors, 30)
            (docs / "beta" / "ibis.txt").write_text("Ibis report\n\nThe ibis wades at dusk.\n")
            bot.watch_for_folder()  # as when the folder was found gone; it is back
            await until(lambda: refused, 30)  # the watch met server A's reindex
        finally:
            release.set()
            await asyncio.wait_for(own, 30)

        async def paths() -> set[str]:
            return {document.path for document in await service.store.documents()}

        assert "alpha/heron.txt" in await paths()
        deadline = asyncio.get_running_loop().time() + 30
        while "beta/ibis.txt" not in await paths():  # server B's document, read by the watch
            assert asyncio.get_running_loop().time() < deadline, await paths()
            await asyncio.sleep(0.05)
        await until(lambda: bot._folder_watches[None].done(), 30)


async def test_the_folder_watch_waits_for_a_folder_back_empty_to_be_filled(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A documents folder back but empty (a mount point before its share is mounted, a folder made before its files
    are copied) looked settled to the folder watch, whose reindex of it was refused (every document gone) and which
    then gave up: the files copied in later were never read. It now waits for the folder to hold a file."""
    looks = counted_looks(monkeypatch)
    docs = write_docs(tmp_path / "docs")
    away = tmp_path / "unmounted"
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        before = {document.path for document in await bot.service.store.documents()}
        docs.rename(away)
        bot.watch_for_folder()  # as when a reindex found it gone
        await until(lambda: len(looks) >= 2, 30)
        docs.mkdir()  # back, empty
        seen = len(looks)
        await until(lambda: len(looks) >= seen + 6, 30)  # settled for several looks
        for entry in away.iterdir():
            entry.rename(docs / entry.name)
        (docs / "beta" / "ibis.txt").write_text("Ibis report\n\nThe ibis wades at dusk.\n")

        async def paths() -> set[str]:
            return {document.path for document in await bot.service.store.documents()}

        deadline = asyncio.get_running_loop().time() + 30
        while "beta/ibis.txt" not in await paths():
            assert asyncio.get_running_loop().time() < deadline, await paths()
            await asyncio.sleep(0.05)
        assert await paths() == before | {"beta/ibis.txt"}


async def test_each_collection_lost_at_a_restart_is_watched_and_read_on_its_own(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two shares, one a collection each, both unmounted at a restart: start-up's reindex is refused (most documents
    gone) and each collection's folder is watched on its own. Alpha back is read alone (beta still gone, its index
    kept, its watch going on); beta back later is read by its own watch. Before, no watch started at all."""
    monkeypatch.setattr(client_module, "FOLDER_CHECK_SECONDS", 0.05)
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, collections=collections) as bot:
        indexed = {document.path for document in await bot.service.store.documents()}
    for name in ("alpha", "beta"):
        (docs / name).rename(tmp_path / name)
        (docs / name).mkdir()  # its mount point, empty
    async with docbot(fake, docs, db, collections=collections) as bot:
        assert bot._index_task is not None
        await asyncio.wait_for(asyncio.shield(bot._index_task), 30)
        alpha, beta = frozenset({"alpha"}), frozenset({"beta"})
        assert set(bot._folder_watches) == {alpha, beta}
        assert not bot._folder_watches[alpha].done() and not bot._folder_watches[beta].done()

        async def paths() -> set[str]:
            return {document.path for document in await bot.service.store.documents()}

        assert await paths() == indexed
        (docs / "alpha").rmdir()
        (tmp_path / "alpha").rename(docs / "alpha")
        (docs / "alpha" / "heron.txt").write_text("Heron report\n\nThe heron nests at dawn.\n")
        (docs / "beta" / "stray.txt").write_text("Stray note\n\nA stray note copied before the share.\n")
        await asyncio.wait_for(asyncio.shield(bot._folder_watches[alpha]), 30)
        # Alpha read alone: beta, one stray file of its share's documents, neither read nor removed.
        assert await paths() == indexed | {"alpha/heron.txt"}
        assert not bot._folder_watches[beta].done()
        (docs / "beta" / "stray.txt").unlink()
        (docs / "beta").rmdir()
        (tmp_path / "beta").rename(docs / "beta")
        (docs / "beta" / "ibis.txt").write_text("Ibis report\n\nThe ibis wades at dusk.\n")
        await asyncio.wait_for(asyncio.shield(bot._folder_watches[beta]), 30)
        assert await paths() == indexed | {"alpha/heron.txt", "beta/ibis.txt"}
