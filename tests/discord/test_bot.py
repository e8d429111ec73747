"""docbot end to end: the real bot, real store and engine, and the real discord.py client against a fake Discord."""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

import discord
import pytest

from bot import client
from bot.client import DocBot
from bot.cogs.admin import NOTHING_READ
from bot.cogs.ask import ASK_BY_MENTION, ASK_DIRECTLY, FILES_NOT_READ, nothing_indexed
from bot.format import MESSAGE_LIMIT
from bot.replies import STARTING_UP, STILL_INDEXING, failure_reason
from retrieval.ingest import formats
from retrieval.service import NOT_A_QUESTION, AnswerService
from retrieval.store.database import Store
from tests.discord.fake_discord import MANAGE_GUILD, MESSAGE_CONTENT_INTENT, FakeDiscord
from tests.discord.harness import copy_seeds, docbot, said_once_a_window, until

NO_PINGS = {"parse": []}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


def hold_answers(bot: DocBot, monkeypatch: pytest.MonkeyPatch) -> tuple[asyncio.Event, asyncio.Event]:
    """Hold each question's answer until the second event is set; the first is set once one is held."""
    answering, release = asyncio.Event(), asyncio.Event()
    ask = bot.service.ask

    async def held(*args: object, **kwargs: object) -> object:
        answering.set()
        await release.wait()
        return await ask(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.service, "ask", held)
    return answering, release


def buttons(components: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    """Buttons of a message by label."""
    found: dict[str, dict[str, object]] = {}
    for row in components:
        for item in row.get("components", []):  # type: ignore[attr-defined]
            found[str(item.get("label"))] = item
    return found


async def test_commands_synced_globally_with_reindex_hidden_from_members(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        commands = {c["name"]: c for c in fake.synced_commands["global"]}
        assert {"ask", "reindex", "sources", "help"} <= set(commands)
        assert int(commands["reindex"]["default_member_permissions"]) == MANAGE_GUILD
        options = {o["name"]: o for o in commands["ask"]["options"]}
        assert options["question"]["required"] is True
        assert (options["results"]["min_value"], options["results"]["max_value"]) == (1, 10)


async def test_commands_synced_to_dev_guild_when_set(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", dev_guild_id=fake.guild_id):
        assert "ask" in {c["name"] for c in fake.synced_commands[fake.guild_id]}
        assert not fake.synced_commands.get("global")


COG_WITH_A_HELPER = """
import threading

from discord.ext import commands

import docbot_cog_helper

docbot_cog_helper.cog_ran_in.append(threading.get_ident())


async def setup(bot) -> None:
    await bot.add_cog(commands.Cog())
"""


async def test_the_modules_a_cog_imports_are_imported_off_the_event_loop(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling and running the modules the cogs import held the event loop at start-up: they are imported in a
    worker thread; the cog itself still runs once, on the loop (discord.py's load_extension)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "docbot_cog_helper.py").write_text(
        "import threading\n\nimported_in = threading.get_ident()\ncog_ran_in: list[int] = []\n"
    )
    (tmp_path / "docbot_cog_with_a_helper.py").write_text(COG_WITH_A_HELPER)
    monkeypatch.setattr("bot.client.EXTENSIONS", ("docbot_cog_with_a_helper", "bot.cogs.ask"))
    try:
        async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
            helper = sys.modules["docbot_cog_helper"]
            assert helper.imported_in != threading.get_ident()
            assert helper.cog_ran_in == [threading.get_ident()]
            assert set(bot.extensions) == {"docbot_cog_with_a_helper", "bot.cogs.ask"}
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "ceasefire"}))
            assert "**ceasefire**" in (answer.content or "")
    finally:
        for name in ("docbot_cog_helper", "docbot_cog_with_a_helper"):
            sys.modules.pop(name, None)


async def test_what_lives_after_start_up_is_frozen_out_of_garbage_collections(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """Full collections walked the index and the model each time (0.1-0.4 s at scale, holding the event loop): once the
    index is served, what is alive is frozen (gc.freeze) and later collections skip it."""
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
            assert bot._index_task is not None
            await bot._index_task
            assert gc.get_freeze_count() > 0
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "ceasefire"}))
            assert "**ceasefire**" in (answer.content or "")
    finally:
        gc.unfreeze()


async def test_start_up_freezes_the_stored_index_before_it_serves_and_reads_no_reader_it_does_not_need(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collection before gc.freeze() held the interpreter lock, so the event loop, 0.2-0.26 s at 1M sentences,
    after questions were served: the index loaded from the store is frozen before the bot serves, and what start-up's
    reindex added is frozen after it. A start over an unchanged folder reads no document, so it imports no format's
    reader (they were imported at every start: 9 MB resident on the seed); a later /reindex that reads a document
    imports its format's reader and freezes again, so that full collections do not walk the reader's modules."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):  # indexed: the next start serves the stored index before reading the folder
        pass
    monkeypatch.setattr(formats, "_loaded", {})  # this process's readers, as a process that has read nothing yet
    freezes: list[int] = []
    freeze = client.freeze_what_lives

    async def counted() -> None:
        await freeze()
        freezes.append(gc.get_freeze_count())

    monkeypatch.setattr(client, "freeze_what_lives", counted)
    gc.unfreeze()
    try:
        async with docbot(fake, docs, db, wait_for_index=False) as bot:
            await asyncio.wait_for(bot.index_ready.wait(), 30)
            not_frozen = {id(o) for o in gc.get_objects()}
            served = bot.service.sources()
            assert served and not any(id(d) in not_frozen for d in served)
            assert len(freezes) == 1 and freezes[0] > 0
            assert bot._index_task is not None
            await bot._index_task
            assert len(freezes) == 2  # and what the reindex added, after it
            assert formats.readers_loaded() == 0  # the folder is as it was: nothing read
            (docs / "okapi.md").write_text("# Okapi\n\nThe okapi lives in the Ituri forest.\n", encoding="utf-8")
            before = gc.get_freeze_count()
            iid = await fake.send_slash_command("reindex", user=fake.admin_user)
            assert "okapi.md" in await fake.final_response(iid, "Reindex done")
            assert set(formats._loaded) == {"markdown"}  # the new document's format only
            assert gc.get_freeze_count() > before
            assert id(formats._loaded["markdown"]) not in {id(o) for o in gc.get_objects()}  # frozen after it
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "okapi forest"}))
            assert "Ituri" in (answer.content or "")
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("semantic", [False, True], ids=["lexical", "minilm"])
async def test_ask_replies_with_quoted_bold_excerpts_and_sources(
    fake: FakeDiscord, docs: Path, tmp_path: Path, semantic: bool, request: pytest.FixtureRequest
) -> None:
    reranker = request.getfixturevalue("minilm") if semantic else None
    async with docbot(fake, docs, tmp_path / "db.sqlite3", reranker=reranker):
        iid = await fake.send_slash_command(
            "ask", {"question": "What did Putin say about a ceasefire?", "results": 2}, user=fake.normal_user
        )
        response = await fake.wait_for_response(iid)
        content = response.content or ""
        assert len(content) <= MESSAGE_LIMIT
        quotes = [line for line in content.splitlines() if line.startswith("> ")]
        assert len(quotes) == 2
        assert all("**Putin**" in q and "**ceasefire**" in q for q in quotes)
        assert content.count("000_9b990c146cc40a5f.txt") == 2 and "paragraph" in content
        assert response.allowed_mentions == NO_PINGS
        assert not response.ephemeral
        assert {"More", "Context", "Previous"} <= set(buttons(response.components))


async def test_more_pages_and_context_shows_the_paragraph(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid = await fake.send_slash_command("ask", {"question": "Putin ceasefire", "results": 1}, user=fake.admin_user)
        first = await fake.wait_for_response(iid)
        more = buttons(first.components)["More"]
        click = await fake.send_component_click(str(more["custom_id"]), user=fake.admin_user)
        second = await fake.wait_for_response(click)
        assert second.callback_type == 7  # the message was edited in place
        assert second.content != first.content and "Page 2/" in (second.content or "")
        # Someone else may not turn the asker's pages.
        other = await fake.send_component_click(str(more["custom_id"]), user=fake.normal_user)
        refused = await fake.wait_for_response(other)
        assert refused.ephemeral and "Only the person who asked" in (refused.content or "")
        context = buttons(second.components)["Context"]
        shown = await fake.wait_for_response(
            await fake.send_component_click(str(context["custom_id"]), user=fake.normal_user)
        )
        assert shown.ephemeral
        assert "An estimated 10,000 Al-Qaeda-linked fighters" in (shown.content or "") or "Stop Assad" in (
            shown.content or ""
        )


async def test_long_sentences_stay_within_discord_limits(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    filler = " ".join(f"word{i} reservoir" for i in range(700))
    (docs / "long.txt").write_text(
        "\n\n".join(f"The reservoir report {n} says {filler} and ends here." for n in range(4)), encoding="utf-8"
    )
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        response = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "reservoir report", "results": 5})
        )
        content = response.content or ""
        assert 0 < len(content) <= MESSAGE_LIMIT
        assert content.startswith("> ") and "**reservoir**" in content and "long.txt" in content


async def test_not_found_is_said_plainly(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        response = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "What is the capital of Peru?"})
        )
        assert (response.content or "").startswith("**Not found.**")


async def test_question_too_long_gets_a_helpful_private_reply(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", max_question_chars=50):
        response = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin " * 20}))
        assert response.ephemeral and "characters" in (response.content or "")


async def test_mention_question_gets_a_reply_that_pings_nobody(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert bot.user is not None
        channel = fake.channel_ids[0]
        message_id = await fake.send_message(
            f"<@{bot.user.id}> @everyone who warned of a catastrophic outcome?",
            channel_id=channel,
            author=fake.normal_user,
        )
        reply = await fake.wait_for_channel_message(channel)
        assert "**Erdogan**" in (reply.content or "") or "**catastrophic**" in (reply.content or "")
        assert reply.allowed_mentions is not None and reply.allowed_mentions["parse"] == []
        assert reply.allowed_mentions.get("replied_user") is False
        assert reply.message_reference is not None and int(reply.message_reference["message_id"]) == message_id


async def test_a_reply_to_an_answer_is_a_question_only_when_it_mentions_the_bot(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """Replying to docbot's answer pings it by default, so Discord lists docbot in the reply's mentions: "thanks!"
    under an answer got a public "Not found" (and an empty reply the how-to-ask line)."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=0) as bot:
        assert bot.user is not None
        channel = fake.channel_ids[0]
        await fake.send_message(f"<@{bot.user.id}> who warned of a catastrophic outcome?", channel_id=channel)
        answer = await fake.wait_for_channel_message(channel)
        under_answer = {"message_id": str(answer.id), "channel_id": str(channel), "guild_id": str(fake.guild_id)}
        for text in ("thanks!", ""):
            await fake.send_message(text, channel_id=channel, mentions=[bot.user.id], message_reference=under_answer)
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(channel, timeout=0.5)
        await fake.send_message(
            f"<@{bot.user.id}> and what did Rouhani say about sanctions?",
            channel_id=channel,
            mentions=[bot.user.id],
            message_reference=under_answer,
        )
        assert "**Rouhani**" in ((await fake.wait_for_channel_message(channel)).content or "")


async def test_channel_questions_need_the_message_content_intent(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    channel = fake.channel_ids[1]
    without_intent = discord.Intents(guilds=True, guild_messages=True)
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", intents=without_intent, question_channel_ids=frozenset({channel})
    ) as bot:
        assert fake.identified_intents is not None and not fake.identified_intents & MESSAGE_CONTENT_INTENT
        await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        # As documented: without the intent the message arrives empty and is not answered...
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(channel, timeout=0.5)
        # ...while a mention still is.
        assert bot.user is not None
        await fake.send_message(f"<@{bot.user.id}> Who denied planning a chemical weapons attack?", channel_id=channel)
        assert "chemical" in ((await fake.wait_for_channel_message(channel)).content or "")


async def test_channel_questions_with_the_intent(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})):
        assert fake.identified_intents is not None and fake.identified_intents & MESSAGE_CONTENT_INTENT
        await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        assert "**chemical**" in ((await fake.wait_for_channel_message(channel)).content or "")
        # A message in another channel, not mentioning the bot, is not a question.
        await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=fake.channel_ids[0])
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(fake.channel_ids[0], timeout=0.3)


async def test_emoji_are_no_words_of_a_question(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    """A Discord emoji's markup (`<:thonk:id>`) was searched as the words 'thonk' and its id, so a short question
    with one was "not found"; a question channel's "👍" or "🎉" under an answer got a public "Not found" each."""
    channel = fake.channel_ids[1]
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel}), cooldown_questions=0
    ) as bot:
        assert bot.user is not None
        for question in (
            "putin",
            "<:thonk:123456789012345678> putin <a:wave:223456789012345678>",
            # a channel, a role, a member, a timestamp, a command: "<t:1700000000:R> putin" never mentioned “R”
            "<#333333333333333333> <@&444444444444444444> <@555555555555555555> putin <t:1700000000:R> </ask:66666666>",
        ):
            reply = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}))
            assert (reply.content or "").startswith("> **Putin** said"), reply.content
        for chat in ("👍", "🎉🎉", "<:pepe_thumbs:323456789012345678>", "<a:wave:223456789012345678> !"):
            await fake.send_message(chat, channel_id=channel)
        await fake.send_message("<:thonk:123456789012345678> putin", channel_id=channel)
        assert ((await fake.wait_for_channel_message(channel)).content or "").startswith("> **Putin** said")
        await fake.send_message(f"<@{bot.user.id}> 🤔", channel_id=channel)  # docbot addressed: how to ask
        assert (await fake.wait_for_channel_message(channel)).content == ASK_BY_MENTION.format(name="docbot")


async def test_thanks_and_ok_in_a_question_channel_are_no_questions(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A question channel's "thanks!", "ok", "lol" or "np" under an answer got a quote each (one holding "thanks",
    hq30's trial): a few acknowledgements and no question mark are chatter (retrieval/chatter.py), and docbot stays
    quiet. A question of one word is still one. A mention or /ask of chatter is told how to ask (issue 12: "thanks!"
    quoted three "Thank you" lines)."""
    channel = fake.channel_ids[1]
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel}), cooldown_questions=0
    ) as bot:
        assert bot.user is not None
        for chat in ("thanks!", "ok", "lol", "np", "Ok thanks 👍", "thank you so much!!", "merci beaucoup", "谢谢"):
            await fake.send_message(chat, channel_id=channel)
        await fake.send_message("putin", channel_id=channel)
        assert ((await fake.wait_for_channel_message(channel)).content or "").startswith("> **Putin** said")
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(channel, timeout=0.5)
        await fake.send_message("ok, thanks?", channel_id=channel)  # asked as a question: answered
        assert (await fake.wait_for_channel_message(channel)).content
        await fake.send_message(f"<@{bot.user.id}> thanks", channel_id=channel)  # docbot addressed: how to ask
        assert (await fake.wait_for_channel_message(channel)).content == NOT_A_QUESTION
        for chat in ("thanks", "hi there", "🙂", "@docbot"):
            asked = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": chat}))
            assert asked.content == NOT_A_QUESTION, chat


async def test_a_file_sent_to_docbot_without_a_question_is_told_it_is_not_read(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A member mentioning docbot with a file attached (or sending it one directly) and no question got only "Ask me
    a question ...", which reads as a failure to read the file: docbot says first that it answers from the indexed
    documents only. A file alone in a question channel stays no question; one with a question gets the answer."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})) as bot:
        assert bot.user is not None
        report = fake.add_attachment("minutes.pdf", b"%PDF-1.7\n")
        await fake.send_message(f"<@{bot.user.id}>", channel_id=fake.channel_ids[0], attachments=[report])
        told = await fake.wait_for_channel_message(fake.channel_ids[0])
        assert told.content == f"{FILES_NOT_READ} {ASK_BY_MENTION.format(name='docbot')}"
        assert told.allowed_mentions is not None and told.allowed_mentions["parse"] == []
        dm = fake.dm_channel(fake.normal_user)
        await fake.send_message("", channel_id=dm, author=fake.normal_user, attachments=[report])
        assert (await fake.wait_for_channel_message(dm)).content == f"{FILES_NOT_READ} {ASK_DIRECTLY}"
        await fake.send_message("", channel_id=channel, attachments=[report])
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(channel, timeout=0.3)
        await fake.send_message(f"<@{bot.user.id}> Who denied a chemical attack?", attachments=[report])
        answered = (await fake.wait_for_channel_message(fake.channel_ids[0])).content or ""
        assert "**chemical**" in answered and FILES_NOT_READ not in answered


async def test_how_to_ask_names_docbot_as_the_server_renamed_it(docs: Path, tmp_path: Path) -> None:
    """A mention without a question, and /help, show the mention to type with docbot's name in that server (its
    nickname there) and elsewhere its user name; both said "@docbot" whatever it was called."""
    async with FakeDiscord(bot_name="Librarian") as fake:
        fake.nicks[fake.application_id] = "Ask `Me`"
        async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
            assert bot.user is not None
            channel = fake.channel_ids[0]
            await fake.send_message(f"<@{bot.user.id}> 🤔", channel_id=channel)
            how = (await fake.wait_for_channel_message(channel)).content
            assert how == ASK_BY_MENTION.format(name="Ask 'Me'")
            example = re.search(r"`@Ask 'Me' ([^`]+)`", how or "")
            assert example is not None and "?" in example[1], how
            # /help shows the same example as the reply to a mention (one said "who said what?", the other "who
            # warned of a massacre?", a question about the seed's news only)
            shown = (await fake.wait_for_response(await fake.send_slash_command("help"))).content or ""
            assert f"(`@Ask 'Me' {example[1]}`)" in shown and "@docbot" not in shown, shown
            dm = fake.dm_channel(fake.normal_user)
            shown = (await fake.wait_for_response(await fake.send_slash_command("help", channel_id=dm))).content or ""
            assert f"(`@Librarian {example[1]}`)" in shown, shown


async def test_reindex_refused_without_rights_and_run_for_admins(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", admin_role="Docbot Admin"):
        refused = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.normal_user))
        assert refused.ephemeral and "Only members with Manage Server" in (refused.content or "")
        (docs / "extra.md").write_text("# Extra\n\nThe reservoir is *full* of water.\n", encoding="utf-8")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        assert "extra.md" in await fake.final_response(iid, "Reindex done")
        assert fake.interactions[iid].deferred and fake.interactions[iid].callbacks[0].ephemeral
        # The role named in the settings is enough, without Manage Server.
        by_role = await fake.send_slash_command(
            "reindex", user=fake.normal_user, roles=[fake.docbot_admin_role_id], permissions=0
        )
        await fake.final_response(by_role, "Reindex done")
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "reservoir water"}))
        assert "extra.md" in (answer.content or "")


async def test_second_reindex_while_one_runs_is_refused(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        release = threading.Event()
        (docs / "new.txt").write_text("A new document about reservoirs.\n", encoding="utf-8")
        # A reindex held open from its worker thread through its progress callback: it is running for sure.
        running = asyncio.create_task(bot.service.reindex(progress=lambda *_: release.wait(5)))
        await asyncio.sleep(0.05)
        assert bot.service.reindexing
        refused = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert refused.ephemeral and "already running" in (refused.content or "")
        # Questions are still answered from the previous index meanwhile.
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")
        release.set()
        report = await running
        assert report.added == ("new.txt",)


async def test_failed_reindex_shows_the_admin_and_keeps_serving(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        with sqlite3.connect(db) as connection:  # make SQLite itself refuse the next write
            connection.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON sentences WHEN NEW.text LIKE '%poison%' "
                "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"
            )
        (docs / "bad.txt").write_text("This poison sentence cannot be stored.\n", encoding="utf-8")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        final = await fake.final_response(iid, "Reindex failed")
        assert fake.interactions[iid].responses[-1].kind == "edit" and "refused by test trigger" in final
        assert "previous index" in final
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")


async def test_a_reindex_of_a_documents_folder_moved_away_says_so_in_words(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A documents folder renamed (or unmounted) failed /reindex with "NotADirectoryError: documents folder ...": the
    line docbot wrote for people, behind a Python class name."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        docs.rename(tmp_path / "renamed")
        failed = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert failed.content == (
            f"**Reindex not run:** documents folder {docs} does not exist or is not a folder (unmounted or moved?);"
            " nothing was read or removed.\n"
            "The stored index is still answering questions; docbot reindexes the folder by itself once it is back."
        )
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")


async def test_cooldown_per_member(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=2, cooldown_seconds=60):
        contents = []
        for _ in range(3):
            iid = await fake.send_slash_command("ask", {"question": "Putin"}, user=fake.normal_user)
            contents.append((await fake.wait_for_response(iid)).content or "")
        assert contents[0].startswith("> ") and contents[1].startswith("> ")
        assert "ask again in" in contents[2]
        # Another member is not held back.
        other = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Putin"}, user=fake.admin_user)
        )
        assert (other.content or "").startswith("> ")


async def test_a_member_past_the_cooldown_in_a_channel_is_told_to_wait_once(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """In a channel the bot's reply is public: a member writing on past the cooldown got an "Easy there" reply at
    every message, the bot echoing the flood. Told once per window; /ask (private) still says it every time."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=1, cooldown_seconds=60) as bot:
        assert bot.user is not None
        channel = fake.channel_ids[0]
        for n in range(4):
            await fake.send_message(f"<@{bot.user.id}> Putin ceasefire {n}", channel_id=channel)
        replies = sorted([(await fake.wait_for_channel_message(channel)).content or "" for _ in range(2)])
        assert replies[0].startswith("> ") and "ask again in" in replies[1]  # an answer, then one "Easy there"
        slash = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert slash.ephemeral and "ask again in" in (slash.content or "")
        await fake.send_message(f"<@{bot.user.id}> Putin", channel_id=channel, author=fake.admin_user)
        assert ((await fake.wait_for_channel_message(channel)).content or "").startswith("> ")
        assert len([m for m in fake.sent_messages if m.channel_id == channel]) == 3  # no more "Easy there"


async def test_a_refused_question_does_not_use_the_cooldown(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", cooldown_questions=1, cooldown_seconds=60, max_question_chars=50
    ) as bot:
        assert bot.user is not None
        too_long = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin " * 20}))
        assert too_long.ephemeral and "characters long" in (too_long.content or "")
        channel = fake.channel_ids[0]
        await fake.send_message(f"<@{bot.user.id}> {'Putin ' * 20}", channel_id=channel)
        assert "characters long" in ((await fake.wait_for_channel_message(channel)).content or "")
        answered = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert (answered.content or "").startswith("> ")
        held = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert held.ephemeral and "ask again in" in (held.content or "")


async def test_still_indexing_before_the_first_index(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    await (await Store.open(db)).close()  # an empty, migrated database: nothing to serve yet
    blocker = sqlite3.connect(db, timeout=1)
    blocker.execute("BEGIN IMMEDIATE")  # the first index waits for this write lock
    try:
        async with docbot(fake, docs, db, wait_for_index=False) as bot:
            # the store read (nothing to serve: "starting up" until then, 29e6218) and the first index under way
            await until(lambda: bot.service.reindexing, 30)
            response = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
            assert "still indexing" in (response.content or "") and response.ephemeral
            # Every command that needs the index says so in the same words.
            for command, options in (("sources", {}), ("actors", {}), ("actor", {"name": "Putin"})):
                waiting = await fake.wait_for_response(await fake.send_slash_command(command, options))
                assert waiting.ephemeral and waiting.content == response.content == STILL_INDEXING, command
            blocker.rollback()
            await asyncio.wait_for(bot.index_ready.wait(), 10)
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
            assert (answer.content or "").startswith("> ")
    finally:
        blocker.close()


async def test_still_indexing_is_said_once_a_window_in_a_question_channel(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """While the first index was built, every member's every plain message in a question channel got STILL_INDEXING,
    a public flood. Said once a cooldown window per channel, as NO_DOCUMENTS_HERE is (990e94d); a mention and a DM
    address docbot and are told each time; once the index is ready the channel is answered."""
    db = tmp_path / "db.sqlite3"
    await (await Store.open(db)).close()  # an empty, migrated database: nothing to serve yet
    blocker = sqlite3.connect(db, timeout=1)
    blocker.execute("BEGIN IMMEDIATE")  # the first index waits for this write lock
    channel = fake.channel_ids[0]
    try:
        async with docbot(
            fake, docs, db, wait_for_index=False, question_channel_ids=frozenset({channel}), cooldown_seconds=3600
        ) as bot:
            assert bot.user is not None
            await until(lambda: bot.service.reindexing, 30)  # past the store's read ("starting up" until then)
            with caplog.at_level(logging.DEBUG, logger="bot.cogs.ask"):
                await said_once_a_window(fake, channel, bot.user.id, "Putin ceasefire", STILL_INDEXING)
                dm = fake.dm_channel(fake.normal_user)
                for _ in range(2):
                    await fake.send_message("Putin ceasefire", channel_id=dm, author=fake.normal_user)
                    assert (await fake.wait_for_channel_message(dm)).content == STILL_INDEXING
            assert len([m for m in fake.sent_messages if m.channel_id == channel]) == 3
            said = [r.getMessage() for r in caplog.records if "refusal already said" in r.getMessage()]
            assert len(said) == 5 and all(str(channel) in line and STILL_INDEXING in line for line in said)
            blocker.rollback()
            await asyncio.wait_for(bot.index_ready.wait(), 10)
            await fake.send_message("Putin ceasefire", channel_id=channel)
            assert ((await fake.wait_for_channel_message(channel)).content or "").startswith("> ")
    finally:
        blocker.close()


async def test_reconnects_after_the_gateway_drops(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        await fake.drop_gateway()
        await fake.wait_until_ready()
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")
        assert fake.drop_count == 1 and fake.connection_count >= 2


async def test_sources_and_help(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        sources = await fake.wait_for_response(await fake.send_slash_command("sources"))
        assert "000_9b990c146cc40a5f.txt" in (sources.content or "") and "sentences" in (sources.content or "")
        shown = await fake.wait_for_response(await fake.send_slash_command("help"))
        assert "/ask" in (shown.content or "") and "/reindex" in (shown.content or "") and shown.ephemeral


async def test_token_never_reaches_the_logs(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.logging_setup import RedactFilter

    caplog.handler.addFilter(RedactFilter(fake.token))
    caplog.set_level(logging.DEBUG)
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        logging.getLogger("test").error("oops with %s", fake.token)
    assert "answered guild=" in caplog.text
    assert fake.token not in caplog.text and "[token]" in caplog.text


async def test_buttons_are_removed_when_they_expire(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", view_timeout=0.3):
        iid = await fake.send_slash_command("ask", {"question": "Putin ceasefire", "results": 1})
        first = await fake.wait_for_response(iid)
        assert buttons(first.components)
        for _ in range(50):
            await asyncio.sleep(0.05)
            edits = [r for r in fake.interactions[iid].responses if r.kind == "edit"]
            if edits:
                break
        assert edits and edits[-1].data.get("components") == []


async def test_a_network_reset_while_replying_in_a_channel_is_one_warning(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """discord.py raises a dropped connection as aiohttp's error, not an HTTPException: the reply code let it through
    and discord.py logged "Ignoring exception in on_message" with a traceback at ERROR."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})):
        fake.reset_next(f"POST /channels/{channel}/messages")
        with caplog.at_level(logging.INFO):
            await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
            with pytest.raises(TimeoutError):
                await fake.wait_for_channel_message(channel, timeout=1.0)
            # the bot goes on answering
            await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
            assert "**chemical**" in ((await fake.wait_for_channel_message(channel)).content or "")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    dropped = [r for r in caplog.records if r.levelno == logging.WARNING and "could not reply" in r.getMessage()]
    assert len(dropped) == 1 and dropped[0].exc_info is None


async def test_a_channel_docbot_may_not_write_in_is_one_warning_an_hour(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A question channel where docbot's role may read but not send (a common slip in a channel's permissions):
    every message logged "could not reply" with a 403 traceback at WARNING; now one line that says what to grant."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})) as bot:
        fake.no_sending.add(channel)
        with caplog.at_level(logging.INFO):
            for _ in range(3):
                await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
                with pytest.raises(TimeoutError):
                    await fake.wait_for_channel_message(channel, timeout=1.0)
            fake.no_sending.discard(channel)  # the permission granted: answers come at once, to the same member
            # (questions never answered do not count against the cooldown)
            await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
            assert "**chemical**" in ((await fake.wait_for_channel_message(channel)).content or "")
            # Only the answered question is recorded for /report: the three nobody saw are not the member's.
            for _ in range(100):
                if (await bot.feedback.report()).questions:
                    break
                await asyncio.sleep(0.02)
            assert (await bot.feedback.report()).questions == 1
    refused = [r for r in caplog.records if r.levelno >= logging.WARNING and "could not reply" in r.getMessage()]
    assert len(refused) == 1 and refused[0].exc_info is None
    assert "Send Messages" in refused[0].getMessage() and "Missing Permissions" in refused[0].getMessage()


async def test_links_in_quoted_sentences_get_no_preview_cards(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    """A quoted sentence with a link made Discord unfurl it under the answer: a preview card for each link buried
    the excerpts. Answers, Context and channel replies are sent with embeds suppressed (the link stays a link)."""
    (docs / "lantern.txt").write_text(
        "Lantern downloads\n\nThe lantern installer is published at https://example.org/lantern/download today.\n"
    )
    suppressed = 1 << 2  # SUPPRESS_EMBEDS
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        question = "Where is the lantern installer published?"
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}))
        assert "https://example.org/lantern/download" in (answer.content or "")
        assert answer.flags & suppressed
        context = str(buttons(answer.components)["Context"]["custom_id"])
        shown = await fake.wait_for_response(await fake.send_component_click(context))
        assert "https://example.org/lantern/download" in (shown.content or "") and shown.flags & suppressed
        await fake.send_message(f"<@{fake.bot_user['id']}> {question}")
        reply = await fake.wait_for_channel_message(fake.channel_ids[0])
        assert "https://example.org/lantern/download" in (reply.content or "")
        assert int(reply.payload.get("flags") or 0) & suppressed


async def test_a_slow_answer_gets_no_preview_cards_without_the_flag(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An /ask answered after 1.5 s is deferred, and Discord ignores the flags of the first follow-up to a deferred
    reply (discord-api-docs issue 4784): its SUPPRESS_EMBEDS was dropped. The answer needs none: every address in
    it is a <link> (no card) or, holding @everyone, text that Discord does not link."""
    (docs / "lantern.txt").write_text(
        "Lantern downloads\n\nThe lantern installer is at https://example.org/lantern and https://x.example/@everyone"
        " today.\n"
    )
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        answer_now = bot.service.ask

        async def slow_ask(*args: object, **kwargs: object) -> object:
            await asyncio.sleep(0.05)
            return await answer_now(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(bot.service, "ask", slow_ask)
        # every /ask is deferred (the module as discord.py loaded it, a copy of its own)
        monkeypatch.setattr(sys.modules["bot.cogs.ask"], "DEFER_AFTER_SECONDS", 0.001)
        iid = await fake.send_slash_command("ask", {"question": "Where is the lantern installer?"})
        answer = await fake.wait_for_response(iid)
        assert fake.interactions[iid].callbacks[0].callback_type == 5  # deferred
        posted = fake.messages[int(answer.message_id or 0)]
        assert posted["id"] == str(fake.interactions[iid].original_message_id)  # the deferred reply became it
        assert not int(posted["flags"]) & (1 << 2)  # SUPPRESS_EMBEDS asked for, and dropped by Discord
        content = str(posted["content"])
        assert "<https://example.org/lantern>" in content and "https\\://x.example/@\u200beveryone" in content
        assert "https://" not in content.replace("<https://example.org/lantern>", "")


async def test_an_edited_question_gets_its_reply_edited(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    """A member who fixed a typo in a question channel kept the answer to the old text ("not found" for a misspelt
    word, say): docbot ignored edits. Its reply now answers the question as it reads after the edit; an edit that
    changes no words (a link's preview added) leaves it be, and the old buttons give way to the new ones."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})) as bot:
        asked = await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        reply = await fake.wait_for_channel_message(channel)
        assert "**chemical**" in (reply.content or "") and buttons(reply.components)
        old_more = str(buttons(reply.components)["More"]["custom_id"])
        await fake.edit_user_message(asked, "Who denied planning a chemical weapons attack?")  # same words
        await fake.edit_user_message(asked, "What did Putin say about the ceasefire?")
        for _ in range(200):
            if reply.edits:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)  # (the first edit, had it been taken, would have been answered by now too)
        assert len(reply.edits) == 1
        edited = fake.messages[reply.id]
        assert "**ceasefire**" in edited["content"] and "**chemical**" not in edited["content"]
        assert buttons(edited["components"]) and str(buttons(edited["components"])["More"]["custom_id"]) != old_more
        with pytest.raises(TimeoutError):  # still one reply in the channel: the edit did not post another
            await fake.wait_for_channel_message(channel, timeout=0.2)
        assert (await bot.feedback.report()).questions == 2  # the edited question is asked anew


async def test_a_question_edited_while_docbot_answers_it_gets_the_answer_to_its_new_text(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo fixed while docbot was still answering (a busy bot, a large index) was lost: the edit came before the
    reply it would edit existed, and the reply answered the question as it first read."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})) as bot:
        answering, release = hold_answers(bot, monkeypatch)
        asked = await fake.send_message("What did Putin say about the cesefire?", channel_id=channel)
        await asyncio.wait_for(answering.wait(), 5)
        await fake.edit_user_message(asked, "What did Putin say about the ceasefire?")
        await asyncio.sleep(0.2)  # the edit reaches docbot while it answers
        release.set()
        reply = await fake.wait_for_channel_message(channel)
        for _ in range(200):
            if "**ceasefire**" in fake.messages[reply.id]["content"]:
                break
            await asyncio.sleep(0.02)
        assert "**ceasefire**" in fake.messages[reply.id]["content"]
        with pytest.raises(TimeoutError):  # one reply, edited: no second message
            await fake.wait_for_channel_message(channel, timeout=0.2)


async def test_a_deleted_question_takes_its_answer_along(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A member who deletes a question (posted in the wrong channel, or with something private in it) left docbot's
    answer behind, a reply to "Original message was deleted"; one deleted while docbot was answering it logged
    Discord's refusal of the reply with a traceback. Now the answer goes with its question, and a question deleted
    before its answer gets none, in one log line."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})) as bot:
        asked = await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        reply = await fake.wait_for_channel_message(channel)
        assert reply.id in fake.messages
        await fake.delete_user_message(asked)
        for _ in range(200):
            if reply.id not in fake.messages:
                break
            await asyncio.sleep(0.02)
        assert reply.id not in fake.messages
        # Deleted while docbot answers it (a slow answer, a busy bot): held until the question is gone.
        answering, release = hold_answers(bot, monkeypatch)
        with caplog.at_level(logging.INFO):
            asked = await fake.send_message("What did Putin say about the ceasefire?", channel_id=channel)
            await asyncio.wait_for(answering.wait(), 5)
            await fake.delete_user_message(asked)
            release.set()
            with pytest.raises(TimeoutError):
                await fake.wait_for_channel_message(channel, timeout=1.0)
    # (discord.py's own start-up warnings, "PyNaCl is not installed", are no concern here)
    told = [r for r in caplog.records if r.exc_info or r.levelno >= (logging.WARNING if r.name[:4] == "bot." else 40)]
    assert not told, [r.getMessage() for r in told]
    assert [r for r in caplog.records if "deleted before its answer" in r.getMessage()]


@pytest.mark.parametrize("delete_fails", [False, True])
async def test_an_error_after_a_public_deferral_is_told_privately(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, delete_fails: bool
) -> None:
    """A slow /ask is deferred publicly, and Discord makes the first follow-up that public reply whatever its flags:
    an error after it ("Something went wrong…") was shown to the whole channel under the member's question. The
    "thinking…" reply is deleted and the member told privately; when the deletion fails, the channel sees one short
    line and the member is still told privately."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:

        async def failing_ask(*args: object, **kwargs: object) -> object:
            await asyncio.sleep(0.05)
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(bot.service, "ask", failing_ask)
        monkeypatch.setattr(sys.modules["bot.cogs.ask"], "DEFER_AFTER_SECONDS", 0.001)
        if delete_fails:  # the network drops it, and aiohttp's one retry of a request that may be repeated
            fake.reset_next("DELETE /webhooks/")
            fake.reset_next("DELETE /webhooks/")
        iid = await fake.send_slash_command("ask", {"question": "Where is the lantern installer?"})
        await fake.wait_for_response(iid)
        record = fake.interactions[iid]

        async def followed_up() -> None:
            while not [r for r in record.responses if r.kind == "followup"]:
                await asyncio.sleep(0.01)

        await asyncio.wait_for(followed_up(), 5)
        told = next(r for r in record.responses if r.kind == "followup")
        assert record.deferred and fake.messages[int(told.message_id or 0)]["flags"] & (1 << 6)  # ephemeral
        assert "went wrong" in (told.content or "")
        original = fake.messages.get(int(record.original_message_id or 0))
        if delete_fails:
            assert original is not None and original["content"] == "Could not answer this question."
        else:
            assert original is None and record.deleted_message_ids == [record.original_message_id]
        public = [m for m in fake.messages.values() if not int(m.get("flags") or 0) & (1 << 6)]
        assert not [m for m in public if "went wrong" in str(m.get("content"))]


async def test_a_question_channel_without_read_message_history_still_gets_answers(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Discord refuses a reply (403, 160002) where docbot may not read the message history, a permission servers
    often leave out: every question there got no answer. The answer now goes as a plain message naming its member,
    its edits still follow the question's, and the admins read one warning an hour saying what to grant."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})):
        fake.no_history.add(channel)
        with caplog.at_level(logging.WARNING, logger="bot.cogs.ask"):
            asked = await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
            answer = await fake.wait_for_channel_message(channel)
            assert answer.message_reference is None and "**chemical**" in (answer.content or "")
            assert (answer.content or "").startswith(f"-# For <@{fake.normal_user['id']}>")
            assert answer.payload["allowed_mentions"] == {"parse": []}
            await fake.edit_user_message(asked, "What did Putin say about the ceasefire?")
            for _ in range(200):
                if answer.edits:
                    break
                await asyncio.sleep(0.02)
            assert "**ceasefire**" in str(answer.edits[-1].get("content"))
            await fake.send_message("Who warned of a catastrophic outcome?", channel_id=channel)
            await fake.wait_for_channel_message(channel)
        warned = [r.getMessage() for r in caplog.records if "Read Message History" in r.getMessage()]
        assert len(warned) == 1 and str(channel) in warned[0]


async def test_a_question_in_a_channel_that_fails_gets_a_short_reply(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An error while answering a message (the database failing under it, say) went to discord.py's event handler:
    a traceback in the log and no reply, the member left waiting. They now read the line /ask gives, and the
    question does not count against their cooldown."""
    channel = fake.channel_ids[1]
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel}), cooldown_questions=1
    ) as bot:
        answer_now = bot.service.ask

        async def failing_ask(*args: object, **kwargs: object) -> object:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(bot.service, "ask", failing_ask)
        with caplog.at_level(logging.ERROR, logger="bot.cogs.ask"):
            await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
            failed = await fake.wait_for_channel_message(channel)
        assert "went wrong" in (failed.content or "") and failed.payload["allowed_mentions"]["parse"] == []
        assert [r for r in caplog.records if r.exc_info and "disk I/O error" in str(r.exc_info[1])]
        monkeypatch.setattr(bot.service, "ask", answer_now)
        await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        assert "**chemical**" in ((await fake.wait_for_channel_message(channel)).content or "")


async def test_a_reindex_failing_on_a_locked_database_says_what_holds_it(tmp_path: Path) -> None:
    """A reindex while another program keeps the database locked (a backup, an sqlite3 shell) failed after its waits
    with "**Reindex failed:** OperationalError: database is locked"; it now says the store's line for it."""
    db = tmp_path / "db.sqlite3"
    async with await Store.open(db) as store:
        holder = sqlite3.connect(db, isolation_level=None)
        waiting = sqlite3.connect(db, timeout=0, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(sqlite3.OperationalError) as locked:
                waiting.execute("BEGIN IMMEDIATE")
            reason = await failure_reason(locked.value, store)
            assert "is locked by another process" in reason and "OperationalError" not in reason
            assert await failure_reason(ValueError("a bad value"), store) == "ValueError: a bad value"
        finally:
            holder.close()
            waiting.close()


async def test_a_question_to_an_empty_index_is_told_no_document_is_indexed(fake: FakeDiscord, tmp_path: Path) -> None:
    """With no document indexed (a wrong or empty DOCS_DIR), every question was told "Nothing in the documents shares
    a meaningful word with the question", and its asker rephrased in vain: /ask, a mention and a DM say the index is
    empty, as /sources does."""
    (tmp_path / "docs").mkdir()
    nothing = nothing_indexed(None)  # no COLLECTIONS: the whole documents folder
    async with docbot(fake, tmp_path / "docs", tmp_path / "db.sqlite3", cooldown_questions=0) as bot:
        assert bot.user is not None
        asked = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Who is the okapi?"}))
        assert asked.content == nothing
        channel = fake.channel_ids[0]
        await fake.send_message(f"<@{bot.user.id}> who is the okapi?", channel)
        assert (await fake.wait_for_channel_message(channel)).content == nothing
        dm = fake.dm_channel(fake.normal_user)
        await fake.send_message("who is the okapi?", dm, fake.normal_user)
        assert (await fake.wait_for_channel_message(dm)).content == nothing
        (tmp_path / "docs" / "okapi.txt").write_text("Okapi\n\nThe okapi is a shy forest giraffe.\n")
        await bot.service.reindex()
        asked = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Who is the lion?"}))
        assert "Nothing in the documents shares a meaningful word" in (asked.content or "")  # a document now


async def test_a_reindex_that_reads_no_document_says_why_to_the_admin(fake: FakeDiscord, tmp_path: Path) -> None:
    """/reindex of a folder with no document docbot reads reported "0 documents" and nothing more, where `docbot
    index` warns that the folder may be the wrong one."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    async with docbot(fake, tmp_path / "docs", tmp_path / "db.sqlite3"):
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        report = await fake.final_response(iid, "Reindex done")
        assert "0 documents" in report and report.endswith(f"\n{NOTHING_READ}"), report
        (tmp_path / "docs" / "okapi.txt").write_text("Okapi\n\nThe okapi is a shy forest giraffe.\n")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        assert NOTHING_READ not in await fake.final_response(iid, "Reindex done")


async def test_an_event_discord_py_dispatches_after_the_bot_stopped_is_dropped(fake: FakeDiscord, docs: Path) -> None:
    """discord.py dispatches "ready" from a task that waits up to 2 s for the servers' data after connecting; a bot
    stopped within those seconds (a quick restart, a busy machine) had that late event end in a traceback, since
    close() clears the client's loop. Here the late dispatch is made directly, as that task makes it."""
    async with docbot(fake, docs, docs.parent / "db.sqlite3") as bot:
        assert not bot.is_closed()
    assert bot.is_closed()
    bot.dispatch("ready")  # raised AttributeError ('_MissingSentinel' object has no attribute 'create_task')
    bot.dispatch("message", None)


async def test_a_restart_says_it_is_starting_up_while_the_stored_index_is_read(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a routine restart, members asking in the seconds the stored index took to read (a few hundred documents,
    a busy host: 5 s, hq30's trial) were told "I'm still indexing the documents", and an admin reading it took the
    index for being rebuilt. Nothing is indexed then: they are told it is starting up."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        pass  # the index is built and stored
    release = asyncio.Event()
    real = AnswerService._swap_in_store_index

    async def slow_swap(self: AnswerService, *args: Any, **kwargs: Any) -> list[str]:
        await release.wait()
        return await real(self, *args, **kwargs)

    monkeypatch.setattr(AnswerService, "_swap_in_store_index", slow_swap)
    async with docbot(fake, docs, db, wait_for_index=False) as bot:
        await until(lambda: bot.service.loading, 30)
        for command, options in (("ask", {"question": "Putin"}), ("sources", {})):
            waiting = await fake.wait_for_response(await fake.send_slash_command(command, options))
            assert waiting.ephemeral and waiting.content == STARTING_UP, command
        release.set()
        await asyncio.wait_for(bot.index_ready.wait(), 30)
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert (answer.content or "").startswith("> ")


async def test_a_question_before_the_stored_index_is_opened_hears_it_is_starting_up(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """hq34's trial: after a restart, a question the moment the bot connected (before `load` had read the store's
    first meta value, on a busy host) was told "I'm still indexing the documents" while nothing was indexed: the
    stored index was about to be read. From the start of `load` it is "starting up" too."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        pass  # the index is built and stored
    release = asyncio.Event()
    reading = asyncio.Event()
    real = Store.get_meta

    async def slow_first_read(self: Store, key: str) -> str | None:
        if not release.is_set():
            reading.set()
            await release.wait()
        return await real(self, key)

    monkeypatch.setattr(Store, "get_meta", slow_first_read)
    async with docbot(fake, docs, db, wait_for_index=False) as bot:
        await asyncio.wait_for(reading.wait(), 30)
        assert not bot.service.ready
        waiting = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert waiting.ephemeral and waiting.content == STARTING_UP
        release.set()
        await asyncio.wait_for(bot.index_ready.wait(), 30)
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
        assert (answer.content or "").startswith("> ")
