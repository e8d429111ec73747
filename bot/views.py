"""Buttons that outlive the process that made them: every docbot button carries this process's boot id, so a click
on a button made before a restart (which no live view can take) gets a short "expired" reply instead of Discord's
"This interaction failed"."""

from __future__ import annotations

import contextlib
import secrets
from typing import Any, cast

import discord

BOOT_ID = secrets.token_hex(4)
_PREFIX = "docbot:"
EXPIRED_BUTTONS = "These buttons expired when docbot restarted; ask again."


class ExpiringView(discord.ui.View):
    """A view whose components' custom ids say which process made them (see `is_from_before_restart`)."""

    def __init__(self, *, timeout: float | None) -> None:
        super().__init__(timeout=timeout)
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select) and item.custom_id:
                item.custom_id = f"{_PREFIX}{BOOT_ID}:{item.custom_id}"[:100]


def is_from_before_restart(custom_id: str) -> bool:
    """True for a docbot button made by an earlier run of the bot (nothing here can take its click)."""
    return custom_id.startswith(_PREFIX) and not custom_id.startswith(f"{_PREFIX}{BOOT_ID}:")


async def reply_if_expired(interaction: discord.Interaction) -> None:
    """An `on_interaction` listener: answers a click on a button from before a restart, privately."""
    if interaction.type is not discord.InteractionType.component:
        return
    data = cast(dict[str, Any], interaction.data or {})
    if is_from_before_restart(str(data.get("custom_id", ""))) and not interaction.response.is_done():
        # A click already answered or gone needs nothing more.
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.send_message(
                EXPIRED_BUTTONS, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
            )
