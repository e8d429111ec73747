"""/actor with autocomplete, and /actors."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.format import CHOICE_COUNT, CHOICE_LIMIT, choice_value, from_choice, no_documents_indexed
from bot.format_actors import EMPTY_ACTOR_NAME, FINDING_ACTORS, actor_pages, actors_pages, format_unknown_actor
from bot.guilds import home_channel, serving_scope
from bot.paging import PAGE_LIMIT, send_pages
from bot.replies import send_private
from retrieval.models import ELLIPSIS
from retrieval.scope import Scope

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)


class ActorsCog(commands.Cog):
    """What the documents say about people, countries and organisations."""

    def __init__(self, bot: DocBot) -> None:
        self.bot = bot

    def no_documents(self, scope: Scope | None) -> str | None:
        """The no-document line while the index serving holds no document of `scope`, else None: "no people ...
        found in the documents" would hide that there are no documents to find them in."""
        service = self.bot.service
        return no_documents_indexed(scope) if service.ready and not service.has_documents(scope) else None

    @app_commands.command(name="actor", description="What the documents say about someone, and what they said.")
    @app_commands.describe(name="A person, country or organisation (start typing for suggestions)")
    async def actor(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, CHOICE_LIMIT]) -> None:
        scope, refusal = serving_scope(self.bot, interaction.guild_id, home_channel(interaction))
        if refusal is not None:
            await send_private(interaction, refusal)
            return
        name = name.strip()
        if not name:
            await send_private(interaction, EMPTY_ACTOR_NAME)
            return
        summary = await self.bot.service.actor(name, scope=scope)
        if summary is None and name.endswith(ELLIPSIS):  # a choice cut to Discord's limit: the name it was cut from
            names = await self.bot.service.actor_names(name.removesuffix(ELLIPSIS), CHOICE_COUNT, scope=scope)
            whole = from_choice(name, names)
            summary = None if whole is None else await self.bot.service.actor(whole, scope=scope)
        if summary is None:
            suggestions, none_found = await self.bot.service.unknown_actor(name, scope)
            if none_found and await self.bot.service.finding_actors_of(scope):
                await send_private(interaction, FINDING_ACTORS)
                return
            if none_found and (empty := self.no_documents(scope)):
                await send_private(interaction, empty)
                return
            text = format_unknown_actor(name, suggestions, none_found, "/actors")
            text = text[0].upper() + text[1:]
            await send_private(interaction, text if text.endswith("?") else text + ".")  # "did you mean X?" ends it
            return
        pages = await asyncio.to_thread(actor_pages, summary, PAGE_LIMIT)
        await send_pages(interaction, pages, timeout=self.bot.view_timeout)

    @actor.autocomplete("name")
    async def actor_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        # Discord allows CHOICE_COUNT choices of at most CHOICE_LIMIT characters each.
        scope, refusal = serving_scope(self.bot, interaction.guild_id, home_channel(interaction))
        if refusal is not None:
            return []
        names = await self.bot.service.actor_names(current[:CHOICE_LIMIT], CHOICE_COUNT, scope=scope)
        return [app_commands.Choice(name=choice_value(n), value=choice_value(n)) for n in names]

    @app_commands.command(name="actors", description="People, countries and organisations in the documents.")
    async def actors(self, interaction: discord.Interaction) -> None:
        scope, refusal = serving_scope(self.bot, interaction.guild_id, home_channel(interaction))
        if refusal is not None:
            await send_private(interaction, refusal)
            return
        listing = await self.bot.service.actors(scope)
        if not listing and await self.bot.service.finding_actors_of(scope):
            await send_private(interaction, FINDING_ACTORS)
            return
        if not listing and (empty := self.no_documents(scope)):
            await send_private(interaction, empty)
            return
        # Formatting tens of thousands of names into pages takes longer than the event loop may wait: in a worker.
        pages = await asyncio.to_thread(actors_pages, listing, PAGE_LIMIT)
        await send_pages(interaction, pages, timeout=self.bot.view_timeout)


async def setup(bot: DocBot) -> None:
    """Add the cog to `bot` (discord.py calls this from `load_extension`)."""
    await bot.add_cog(ActorsCog(bot))
