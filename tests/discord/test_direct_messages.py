"""Direct messages to docbot (hq11): a plain DM got no reply at all (docbot asked for no DM intent) while /ask in a
DM answered. A DM question now gets what /ask in that DM gets: the answer, or, where ALLOWED_GUILD_IDS or COLLECTIONS
restrict what may be shown, the same one line; never a ping, under the same cooldown and question cap."""

from __future__ import annotations

import asyncio
from pathlib import Path

import discord
import pytest

from bot.client import default_intents
from bot.cogs.ask import ASK_DIRECTLY
from bot.guilds import NOT_IN_DIRECT_MESSAGES, NOT_SERVED
from bot.settings import Settings
from tests.discord.fake_discord import DIRECT_MESSAGES_INTENT, MESSAGE_CONTENT_INTENT, FakeDiscord, _user_payload
from tests.discord.harness import copy_seeds, docbot
from tests.test_collections import write_docs

QUESTION = "who warned of a catastrophic outcome?"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def ask_both_ways(fake: FakeDiscord, question: str) -> tuple[str, str]:
    """What /ask in the member's DM replies, and what a plain DM with the same question gets."""
    dm = fake.dm_channel(fake.normal_user)
    slash = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}, channel_id=dm))
    await fake.send_message(question, channel_id=dm, author=fake.normal_user)
    reply = await fake.wait_for_channel_message(dm)
    assert reply.allowed_mentions is not None and reply.allowed_mentions["parse"] == []
    return slash.content or "", reply.content or ""


def test_direct_messages_need_their_intent_and_not_the_privileged_one() -> None:
    """discord.py 2.7's Intents.dm_messages (1 << 12) brings DMs; message content is in a DM without the privileged
    intent (its Intents.message_content docstring), so it stays off unless QUESTION_CHANNEL_IDS needs it."""
    intents = default_intents(Settings())
    assert intents.dm_messages and not intents.message_content
    assert intents.value & DIRECT_MESSAGES_INTENT and not intents.value & MESSAGE_CONTENT_INTENT


async def test_a_plain_direct_message_gets_the_answer_ask_gives_there(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=0) as bot:
        assert fake.identified_intents is not None and not fake.identified_intents & MESSAGE_CONTENT_INTENT
        helped = await fake.wait_for_response(await fake.send_slash_command("help"))
        assert "direct message" in (helped.content or "")  # offered where it is answered
        slash, reply = await ask_both_ways(fake, f"@everyone {QUESTION}")
        assert reply == slash and ("**Erdogan**" in reply or "**catastrophic**" in reply)
        # Its own messages and other bots' are no questions; a mention of docbot in a DM is left out of the question.
        dm = fake.dm_channel(fake.normal_user)
        other_bot = _user_payload(1_300_000_000_000_000_777, "otherbot", bot=True)
        await fake.send_message(QUESTION, channel_id=dm, author=other_bot)
        await fake.send_message(QUESTION, channel_id=dm, author=fake.bot_user)
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(dm, timeout=0.5)
        assert bot.user is not None
        asked = await fake.send_message(f"<@{bot.user.id}> {QUESTION}", channel_id=dm, author=fake.normal_user)
        answer = await fake.wait_for_channel_message(dm)
        assert answer.content == reply
        # An edited DM question gets its reply edited, as in a channel.
        await fake.edit_user_message(asked, "What did Putin say about the ceasefire?")
        for _ in range(200):
            if answer.edits:
                break
            await asyncio.sleep(0.02)
        assert "**ceasefire**" in fake.messages[answer.id]["content"]
        # A DM without words (a picture alone, say) is told how to ask.
        await fake.send_message("", channel_id=dm, author=fake.normal_user)
        assert (await fake.wait_for_channel_message(dm)).content == ASK_DIRECTLY


async def test_a_direct_message_where_docbot_serves_only_some_servers_gets_one_line(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", allowed_guild_ids=frozenset({fake.guild_id})):
        assert await ask_both_ways(fake, QUESTION) == (NOT_SERVED, NOT_SERVED)
        helped = await fake.wait_for_response(await fake.send_slash_command("help"))
        assert "direct message" not in (helped.content or "")  # and not offered where it is not
        dm = fake.dm_channel(fake.normal_user)
        await fake.send_message("", channel_id=dm, author=fake.normal_user)  # not told how to ask, then refused
        assert (await fake.wait_for_channel_message(dm)).content == NOT_SERVED


async def test_a_direct_message_with_collections_shows_no_servers_documents(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    collections = {fake.guild_id: frozenset({"alpha"})}
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections):
        slash, reply = await ask_both_ways(fake, "Where does the okapi live?")
        assert slash == reply == NOT_IN_DIRECT_MESSAGES
        helped = await fake.wait_for_response(await fake.send_slash_command("help"))
        assert "direct message" not in (helped.content or "")


async def test_direct_messages_share_the_cooldown_and_the_question_cap(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", cooldown_questions=1, cooldown_seconds=60, max_question_chars=50
    ):
        dm = fake.dm_channel(fake.normal_user)
        await fake.send_message("Putin " * 20, channel_id=dm, author=fake.normal_user)
        assert "characters long" in ((await fake.wait_for_channel_message(dm)).content or "")  # not charged
        for n in range(3):
            await fake.send_message(f"Putin ceasefire {n}", channel_id=dm, author=fake.normal_user)
        replies = sorted([(await fake.wait_for_channel_message(dm)).content or "" for _ in range(2)])
        assert replies[0].startswith("> ") and "ask again in" in replies[1]  # told to wait once per window
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(dm, timeout=0.3)
        slash = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}, channel_id=dm))
        assert slash.ephemeral and "ask again in" in (slash.content or "")  # one allowance for both ways


async def test_without_the_direct_messages_intent_discord_sends_no_dm(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """The fake, as Discord: a client that did not ask for DMs gets none (what docbot had before)."""
    guild_only = discord.Intents(guilds=True, guild_messages=True)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", intents=guild_only):
        dm = fake.dm_channel(fake.normal_user)
        await fake.send_message(QUESTION, channel_id=dm, author=fake.normal_user)
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(dm, timeout=0.5)
