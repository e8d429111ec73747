"""What every part of the bot replies with: no pings, private messages, and the messages shared by several commands."""

from __future__ import annotations

import logging
from typing import Any

import discord

log = logging.getLogger(__name__)

# Replies never ping: a quoted document or a question may hold @everyone or a member's mention.
NO_MENTIONS = discord.AllowedMentions.none()
# How long the buttons under a reply stay live.
VIEW_TIMEOUT_SECONDS = 600.0
# How long a confirmation button (remove documents, replace or delete a file) waits for the admin who asked.
CONFIRM_SECONDS = 300.0
STILL_INDEXING = "I'm still indexing the documents; please try again in a moment."
GENERIC_ERROR = "Something went wrong while answering; it has been logged. Please try again in a moment."


async def send_private(interaction: discord.Interaction[Any], content: str) -> None:
    """An ephemeral message, as the first response or as a follow-up; failures to deliver are only logged."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(content, ephemeral=True, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:
        log.warning("could not deliver a private message to the user", exc_info=True)


async def edit_reply(interaction: discord.Interaction[Any], content: str, view: discord.ui.View | None = None) -> None:
    """Replace the (deferred) reply to `interaction` with `content`, and `view` when given; failures are only
    logged."""
    try:
        await interaction.edit_original_response(
            content=content, allowed_mentions=NO_MENTIONS, view=view if view is not None else discord.utils.MISSING
        )
    except discord.HTTPException:
        log.warning("could not update the reply to a command", exc_info=True)
