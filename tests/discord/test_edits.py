"""A message edited into a question for docbot (a mention added, an emoji in a question channel edited into words) is
answered once; a message is never answered twice, and a link's preview is no edit. The real discord.py client against
the fake Discord."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot

CEASEFIRE = "What did Putin say about the ceasefire?"
CHEMICAL = "Who denied planning a chemical weapons attack?"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def no_more_messages(fake: FakeDiscord, channel: int) -> None:
    with pytest.raises(TimeoutError):
        await fake.wait_for_channel_message(channel, timeout=0.5)


async def test_a_message_edited_to_mention_docbot_is_answered_once(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A member who wrote a question and then edited it to add docbot's mention (the way one calls a bot one forgot
    to name) got nothing: only messages docbot had replied to were followed through their edits. The edit that makes
    it a question is answered, in a reply to it; a link's preview after it, or before it, is no edit."""
    channel = fake.channel_ids[0]
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert bot.user is not None
        asked = await fake.send_message(CEASEFIRE, channel_id=channel)
        await fake.add_link_preview(asked)
        await no_more_messages(fake, channel)  # not a question for docbot, nor made one by a preview
        await fake.edit_user_message(asked, f"<@{bot.user.id}> {CEASEFIRE}")
        reply = await fake.wait_for_channel_message(channel)
        assert "**ceasefire**" in (reply.content or "")
        assert reply.message_reference is not None and int(reply.message_reference["message_id"]) == asked
        await fake.add_link_preview(asked)  # Discord's update once the preview is fetched: the reply stands
        await fake.edit_user_message(asked, f"<@{bot.user.id}> {CHEMICAL}")  # a question edited: its reply follows
        for _ in range(200):
            if reply.edits:
                break
            await asyncio.sleep(0.02)
        assert len(reply.edits) == 1 and "**chemical**" in str(reply.edits[0].get("content"))
        await no_more_messages(fake, channel)
        assert (await bot.feedback.report()).questions == 2


async def test_an_emoji_in_a_question_channel_edited_into_words_is_answered(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """In a question channel, a 👍 is no question; edited into one, it is answered once."""
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", question_channel_ids=frozenset({channel})):
        asked = await fake.send_message("👍", channel_id=channel)
        await no_more_messages(fake, channel)
        await fake.edit_user_message(asked, CHEMICAL)
        reply = await fake.wait_for_channel_message(channel)
        assert "**chemical**" in (reply.content or "")
        await no_more_messages(fake, channel)


async def test_a_message_is_never_answered_twice(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docbot follows the edits of its latest replies only (MAX_REPLIED): an edit of an older question, or of one
    answered before a restart, must not be taken for a new question and answered a second time."""
    channel = fake.channel_ids[1]
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, question_channel_ids=frozenset({channel})):
        monkeypatch.setattr(sys.modules["bot.cogs.ask"], "MAX_REPLIED", 1)  # (the module as discord.py loaded it)
        first = await fake.send_message(CHEMICAL, channel_id=channel)
        await fake.wait_for_channel_message(channel)
        await fake.send_message(CEASEFIRE, channel_id=channel)  # its reply is the one followed now
        await fake.wait_for_channel_message(channel)
        await fake.edit_user_message(first, "Who denied planning a chemical attack?")
        await no_more_messages(fake, channel)
    async with docbot(fake, docs, db, question_channel_ids=frozenset({channel})):  # restarted
        await fake.edit_user_message(first, CEASEFIRE)
        await no_more_messages(fake, channel)
