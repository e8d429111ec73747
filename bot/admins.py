"""Who is an admin of docbot in a server: the one check of /reindex, /report and their buttons."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot import replies
from bot.replies import send_private
from bot.views import ExpiringView

if TYPE_CHECKING:
    from bot.client import DocBot
    from bot.settings import Settings

log = logging.getLogger(__name__)

ADMIN_ONLY = "Only members with Manage Server (or the admin role) can use /{command}."
ONLY_THE_ADMIN = "Only the admin who asked can confirm this."
# A direct message has no server whose rights could be checked (the server's owner included would be told they lack
# them).
ADMIN_IN_A_SERVER = "/{command} is for a server's admins: use it in a channel of that server, not in a direct message."


def is_admin(interaction: discord.Interaction, admin_role_ids: frozenset[int], admin_role: str = "") -> bool:
    """Manage Server (or Administrator) in this channel, or one of the admin roles of the settings: by id
    (ADMIN_ROLE_IDS; ids are unique across Discord, so they name one server's roles), or by name (ADMIN_ROLE)."""
    permissions = interaction.permissions
    if permissions.manage_guild or permissions.administrator:
        return True
    user = interaction.user
    if not isinstance(user, discord.Member):
        return False
    if admin_role_ids and any(role.id in admin_role_ids for role in user.roles):
        return True
    return bool(admin_role) and any(role.name == admin_role for role in user.roles)


async def admin_here(interaction: discord.Interaction[DocBot]) -> bool:
    """An `app_commands.check`: the member is an admin here (see `is_admin`), or is refused with ADMIN_ONLY; in a
    direct message, where no server's rights can be checked, everyone is refused with ADMIN_IN_A_SERVER."""
    settings = interaction.client.settings
    command = interaction.command.qualified_name if interaction.command else "?"
    if interaction.guild_id is None:
        raise app_commands.CheckFailure(ADMIN_IN_A_SERVER.format(command=command))
    if is_admin(interaction, settings.admin_role_ids, settings.admin_role):
        return True
    log.warning("refused /%s for user %s in guild %s", command, interaction.user.id, interaction.guild_id)
    raise app_commands.CheckFailure(ADMIN_ONLY.format(command=command))  # the tree's error handler sends it privately


class AdminConfirmView(ExpiringView):
    """Buttons under an admin's reply that only that admin may press (removing documents, replacing or deleting a
    file, forgetting questions); rights are checked again at the click, as they may have been taken away since."""

    def __init__(self, settings: Settings, admin_id: int) -> None:
        super().__init__(timeout=replies.CONFIRM_SECONDS)  # read at each view: tests shorten it
        self.settings = settings
        self.admin_id = admin_id

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        settings = self.settings
        if interaction.user.id == self.admin_id and is_admin(interaction, settings.admin_role_ids, settings.admin_role):
            return True
        await send_private(interaction, ONLY_THE_ADMIN)
        return False

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[AdminConfirmView]
    ) -> None:
        # discord.py's default only logs, and the admin sees "This interaction failed".
        log.error("button %s failed", getattr(item, "label", item), exc_info=error)
        await send_private(interaction, replies.BUTTON_ERROR)
