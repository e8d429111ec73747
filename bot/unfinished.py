"""Replies a stop or a crash leaves unfinished: a /reindex (or /docs) reply whose report never came stays on its
last progress line, or on Discord's "thinking…", for good, since the process that could edit it is gone.

While such a command runs, its reply is remembered in the store (meta key `UNFINISHED_KEY`) and forgotten once its
report went out. What the next start finds there was cut off: the reply is edited to say so while its interaction
token still takes edits (15 minutes from the command), else the member who asked is told by direct message.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

import discord

from bot.replies import NO_MENTIONS, REQUEST_FAILED, TOKEN_MARGIN
from bot.views import BOOT_ID
from retrieval.store.database import Store
from retrieval.times import shown_time

log = logging.getLogger(__name__)

# Meta key: the replies of commands running now, as JSON {interaction id: entry}. An entry holds the interaction's
# token, which edits that one reply only and only until it expires (`expires`): nothing older is kept.
UNFINISHED_KEY = "unfinished_replies"
CUT_OFF = (
    "**Not finished:** docbot was stopped or restarted (found at {found}) before `/{command}`{where} could end "
    "and send its report. Nothing half done was served: the index kept answering as before, and docbot brings it "
    "up to date when it starts. Run `/reindex` to see where it stands."
)
# An entry whose token expired this long ago belongs to no command still running, whichever process wrote it: told
# by any start. (SHARD_COUNT or SHARD_IDS changed: no process of the old slot will ever settle its own.)
STALE_AFTER = datetime.timedelta(days=1)


class UnfinishedReplies:
    """The replies of long commands running now, kept in `store` so that the next start can finish them."""

    def __init__(self, store: Store, slot: str = "") -> None:
        self.store = store
        # Which process this is among several sharing the store (their SHARD_IDS): each settles what an earlier run
        # of its own slot left, and another slot's only once its token expired STALE_AFTER ago, never the replies
        # another process is still working on.
        self.slot = slot
        self._lock = asyncio.Lock()  # one read-modify-write of the meta value at a time

    @contextlib.asynccontextmanager
    async def pending(self, interaction: discord.Interaction[Any], command: str) -> AsyncIterator[None]:
        """Around a command whose (deferred) reply holds its progress until its report: remembered meanwhile,
        forgotten when the block ends, unless the bot was closed or the block cancelled (a stop: the report could
        not be sent)."""
        # In the background: the command starts at once, even while another process's write keeps the store busy.
        remembered = asyncio.create_task(self._remember(interaction, command))
        try:
            yield
        except Exception:
            await self._forget(interaction.id, interaction.client, remembered)
            raise
        await self._forget(interaction.id, interaction.client, remembered)

    async def _remember(self, interaction: discord.Interaction[Any], command: str) -> None:
        try:
            message = await interaction.original_response()
        except REQUEST_FAILED as error:
            log.debug("could not read the reply to remember it (%s)", error)
            return
        entry = {
            "application": interaction.application_id,
            "token": interaction.token,
            "message": message.id,
            "user": interaction.user.id,
            "guild": interaction.guild_id,
            "command": command,
            "expires": interaction.expires_at.isoformat(),
            "boot": BOOT_ID,
            "slot": self.slot,
        }
        await self._update(lambda entries: {**entries, str(interaction.id): entry})

    async def _forget(self, interaction_id: int, client: discord.Client, remembered: asyncio.Task[None]) -> None:
        if client.is_closed():  # stopping: the report could not go out, the next start says so
            return
        await remembered  # not forgotten before it is written
        await self._update(lambda entries: {k: v for k, v in entries.items() if k != str(interaction_id)})

    async def _update(self, change: Any) -> None:
        # Best effort: a store that cannot take the write (read-only, deleted) only loses this note.
        async with self._lock:
            try:
                entries = _entries(await self.store.get_meta(UNFINISHED_KEY))
                changed = change(entries)
                if changed != entries:
                    await self.store.set_meta(UNFINISHED_KEY, json.dumps(changed) if changed else None)
            except (sqlite3.Error, ValueError) as error:  # ValueError: aiosqlite's connection closed (a stop)
                log.debug("could not note an unfinished reply (%s)", error)

    async def settle(self, bot: discord.Client) -> int:
        """At start-up: tell of every reply an earlier run left unfinished, forgetting each once told (or found
        untellable). Returns how many were told. A stop meanwhile leaves the rest to the next start. (A command can
        come in before on_ready: its reply, this run's, is not one of them.)"""
        try:
            stored = _entries(await self.store.get_meta(UNFINISHED_KEY))
        except sqlite3.Error as error:
            log.debug("could not read the unfinished replies (%s)", error)
            return 0
        entries = {k: v for k, v in stored.items() if self._left_unfinished(v)}
        told = 0
        found = shown_time(discord.utils.utcnow())
        for key, entry in entries.items():
            try:
                told += await _tell(bot, entry, found)
            except (KeyError, TypeError, ValueError) as error:
                log.debug("an unfinished reply's note is not readable (%s)", error)
            await self._update(lambda kept, key=key: {k: v for k, v in kept.items() if k != key})
        if entries:
            log.info("%d command replies left unfinished by the last stop: %d told", len(entries), told)
        return told

    def _left_unfinished(self, entry: dict[str, Any]) -> bool:
        if entry.get("slot") == self.slot:
            return entry.get("boot") != BOOT_ID
        try:
            return discord.utils.utcnow() - datetime.datetime.fromisoformat(str(entry["expires"])) > STALE_AFTER
        except (KeyError, TypeError, ValueError):
            return True  # not readable: no process could tell it either (and settle drops it)


def _entries(raw: str | None) -> dict[str, dict[str, Any]]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, dict)}


async def _tell(bot: discord.Client, entry: dict[str, Any], found: str) -> bool:
    """Edit the stuck reply while its token allows, else tell its member by direct message."""
    expires = datetime.datetime.fromisoformat(str(entry["expires"]))
    if discord.utils.utcnow() < expires - TOKEN_MARGIN / 2:
        webhook = discord.Webhook.partial(int(entry["application"]), str(entry["token"]), client=bot)
        text = CUT_OFF.format(found=found, command=entry["command"], where="")
        try:
            await webhook.edit_message(int(entry["message"]), content=text, allowed_mentions=NO_MENTIONS)
            return True
        except REQUEST_FAILED as error:
            log.info("could not edit an unfinished reply (%s); telling its member directly", error)
    guild = bot.get_guild(int(entry.get("guild") or 0))
    where = f" in {discord.utils.escape_markdown(guild.name)}" if guild is not None else ""
    text = CUT_OFF.format(found=found, command=entry["command"], where=where)
    try:
        channel = await bot.create_dm(discord.Object(int(entry["user"])))
        await channel.send(text, allowed_mentions=NO_MENTIONS)
        return True
    except REQUEST_FAILED as error:
        log.warning("could not tell user %s that their command was cut off (%s)", entry["user"], error)
        return False
