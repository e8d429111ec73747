"""Which servers docbot serves (ALLOWED_GUILD_IDS): the one line it answers elsewhere, leaving such a server, and the
per-server limit on /reindex."""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import discord

from bot.replies import not_ready_refusal, send_private
from bot.settings import Settings
from retrieval.scope import Scope

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)

NO_DOCUMENTS_HERE = (
    "There are no documents for this server or channel: the operator maps servers to folders with COLLECTIONS."
)
# With COLLECTIONS, a direct message sees no collection: where the member can ask instead.
NOT_IN_DIRECT_MESSAGES = "docbot answers in the channels of its servers, not in direct messages: ask there."
NOT_SERVED = "docbot is not available here: it answers only in the servers its operator set it up for."
# Its report goes to the private reply of the admin who started it, not to another admin told this.
REINDEX_RUNNING_HERE = (
    "A reindex of this server's documents is already running; its report goes to whoever started it. Run `/reindex`"
    " again when it ends for a change made since it started."
)


def home_channel(where: discord.Interaction[Any] | discord.Message) -> int | None:
    """The id of the channel whose settings (COLLECTIONS, QUESTION_CHANNEL_IDS) apply where a command or message is:
    a thread's (or a forum channel's post's) parent channel, which the operator mapped, else the channel itself."""
    channel = where.channel
    if isinstance(channel, discord.Thread) and channel.parent_id is not None:
        return channel.parent_id
    return where.channel.id if isinstance(where, discord.Message) else where.channel_id


def scope_here(settings: Settings, guild_id: int | None, channel_id: int | None) -> tuple[Scope | None, str | None]:
    """The collections a question asked here may see (None: every document), or why nothing can be asked here."""
    scope = settings.scope_for(guild_id, channel_id)
    if scope is not None and not scope:
        return None, NO_DOCUMENTS_HERE if guild_id is not None else NOT_IN_DIRECT_MESSAGES
    return scope, None


def serving_scope(bot: DocBot, guild_id: int | None, channel_id: int | None) -> tuple[Scope | None, str | None]:
    """`scope_here`, refused too while no index answers yet (`not_ready_refusal`)."""
    scope, refusal = scope_here(bot.settings, guild_id, channel_id)
    if refusal is None:
        refusal = not_ready_refusal(bot.service)
    return scope, refusal


async def refuse_if_not_served(interaction: discord.Interaction[Any]) -> bool:
    """True (and the interaction answered) when docbot does not serve the interaction's server: the one private line
    (an autocomplete gets no choices), and it leaves that server when LEAVE_OTHER_GUILDS is on."""
    bot: DocBot = interaction.client
    if bot.settings.serves(interaction.guild_id):
        return False
    log.warning(
        "refused interaction %s from user %s: guild %s is not in ALLOWED_GUILD_IDS",
        interaction.type.name,
        interaction.user.id,
        interaction.guild_id,
    )
    if interaction.type is discord.InteractionType.autocomplete:
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.autocomplete([])
    else:
        await send_private(interaction, NOT_SERVED)
    if interaction.guild is not None:
        await leave_if_not_served(bot, interaction.guild, "used there")
    elif interaction.guild_id is not None:
        await leave_if_not_served(bot, discord.Object(id=interaction.guild_id), "used there")
    return True


async def leave_if_not_served(bot: DocBot, guild: discord.abc.Snowflake, why: str) -> bool:
    """Leave `guild` if docbot does not serve it and LEAVE_OTHER_GUILDS is on; returns whether it left."""
    settings = bot.settings
    if settings.serves(guild.id) or not settings.leave_other_guilds:
        return False
    try:
        await bot.http.leave_guild(guild.id)
    except discord.HTTPException:
        log.warning("could not leave guild %s, which is not in ALLOWED_GUILD_IDS", guild.id, exc_info=True)
        return False
    log.warning("left guild %s (%s): it is not in ALLOWED_GUILD_IDS", guild.id, why)
    return True


class ReindexLimit:
    """/reindex per server: one at a time, and at least `interval` seconds from the end of one to the next."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._running: set[int] = set()
        self._ended: dict[int, float] = {}
        self._read_nothing: set[int] = set()

    def refusal(self, guild_id: int) -> str | None:
        """Why a reindex cannot start in this server now, or None when it can."""
        if guild_id in self._running:
            return REINDEX_RUNNING_HERE
        ended = self._ended.get(guild_id)
        if ended is not None:
            wait = self.interval - (self._clock() - ended)
            if wait > 0:
                return (
                    f"This server's documents were reindexed moments ago; the next reindex can start in "
                    f"{math.ceil(wait)} s."
                )
        return None

    @contextlib.contextmanager
    def running(self, guild_id: int) -> Iterator[None]:
        """Hold this server's slot for the block; the interval starts when it ends, however it ends, unless the
        reindex read nothing (`read_nothing`)."""
        self._running.add(guild_id)
        try:
            yield
        finally:
            self._running.discard(guild_id)
            now = self._clock()
            # Only the intervals not over yet are kept: months on thousands of servers would keep one entry each.
            self._ended = {g: ended for g, ended in self._ended.items() if now - ended < self.interval}
            if guild_id in self._read_nothing:
                self._read_nothing.discard(guild_id)
            else:
                self._ended[guild_id] = now

    def read_nothing(self, guild_id: int) -> None:
        """The reindex running in this server read nothing (the documents folder is not there): its end starts no
        interval, so the admin who mounts the folder again may reindex at once."""
        if guild_id in self._running:
            self._read_nothing.add(guild_id)

    def forget(self, guild_id: int) -> None:
        """Forget a server docbot was removed from (invited again, it starts afresh)."""
        self._ended.pop(guild_id, None)
