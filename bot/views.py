"""Buttons that outlive what made them: a click that no live view takes (its view timed out, was used up, or was made
by a process before a restart) gets a short private line instead of Discord's "This interaction failed"."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import weakref
from typing import Any, cast

import discord

BOOT_ID = secrets.token_hex(4)
_PREFIX = "docbot:"
EXPIRED_BUTTONS = "These buttons expired when docbot restarted; ask again."
EXPIRED_NOW = "These buttons have expired or were used already; run the command again."
# Every button's view by its custom id (ids are random per view); a view nobody holds any more is forgotten.
_views: weakref.WeakValueDictionary[str, ExpiringView] = weakref.WeakValueDictionary()
_replying: set[asyncio.Task[None]] = set()


class ExpiringView(discord.ui.View):
    """A view whose components' custom ids say which process made them (see `is_from_before_restart`)."""

    def __init__(self, *, timeout: float | None) -> None:
        super().__init__(timeout=timeout)
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select) and item.custom_id:
                item.custom_id = f"{_PREFIX}{BOOT_ID}:{item.custom_id}"[:100]
                _views[item.custom_id] = self


def is_from_before_restart(custom_id: str) -> bool:
    """True for a docbot button made by an earlier run of the bot (nothing here can take its click)."""
    return custom_id.startswith(_PREFIX) and not custom_id.startswith(f"{_PREFIX}{BOOT_ID}:")


def why_unclaimed(custom_id: str) -> str | None:
    """For a docbot button that no live view will take, the line that says so; None when one will (or it is not
    docbot's). Read as the click is dispatched: the view's callback may stop its view as soon as it runs."""
    if not custom_id.startswith(_PREFIX):
        return None
    if is_from_before_restart(custom_id):
        return EXPIRED_BUTTONS
    view = _views.get(custom_id)
    return EXPIRED_NOW if view is None or view.is_finished() else None


def reply_if_unclaimed(interaction: discord.Interaction) -> None:
    """Called as discord.py dispatches an interaction (after handing a click to its view, before the view's callback
    runs): answers privately a click on a docbot button that no live view takes."""
    if interaction.type is not discord.InteractionType.component:
        return
    line = why_unclaimed(str(cast(dict[str, Any], interaction.data or {}).get("custom_id", "")))
    if line is not None:
        task = asyncio.get_running_loop().create_task(_reply(interaction, line))
        _replying.add(task)  # a task only weakly referenced by the loop could be collected mid-way
        task.add_done_callback(_replying.discard)


async def _reply(interaction: discord.Interaction, line: str) -> None:
    if interaction.response.is_done():
        return
    # A click already answered or gone needs nothing more.
    with contextlib.suppress(discord.HTTPException):
        await interaction.response.send_message(line, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
