"""/report for admins: what the people asking in this server needed (questions answered "not found", questions voted
down, most-asked topics), and `/report forget:True`, which wipes those questions. Also the daily purge of questions
older than QUESTION_RETENTION_DAYS."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.admins import AdminConfirmView, admin_here
from bot.format_feedback import feedback_pages
from bot.paging import PAGE_LIMIT, send_pages
from bot.replies import NO_MENTIONS, in_time, send_private

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)

PURGE_EVERY_HOURS = 24.0
CONFIRM_FORGET = (
    "This deletes every question asked in this server and every 👍/👎 on their answers, for good. "
    "Press the button to confirm."
)
FORGET_RUNNING = "Already deleting them; the message above will say how many went."
REPORT_FAILED = "The report could not be read just now ({error}); please try again in a moment."
FORGET_FAILED = (
    "The questions could not be deleted just now (the database is busy or cannot be written); nothing was deleted. "
    "Press the button again in a moment."
)


class ReportCog(commands.Cog):
    """The feedback report and its retention."""

    def __init__(self, bot: DocBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.purge_expired.start()  # its first run is at once: start-up

    async def cog_unload(self) -> None:
        self.purge_expired.cancel()

    @tasks.loop(hours=PURGE_EVERY_HOURS)
    async def purge_expired(self) -> None:
        """Delete the questions (and votes) older than QUESTION_RETENTION_DAYS, in a worker thread."""
        try:
            await self.bot.feedback.purge()
        except Exception:  # an exception would end the loop: the next day tries again
            log.exception("could not purge old questions")

    @app_commands.command(
        name="report",
        description="What people asked here: questions not found, voted down, most-asked topics (admins).",
    )
    @app_commands.describe(forget="Delete this server's questions and their votes instead (asks to confirm)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    # default_permissions only hides the command in Discord's client; the bot checks rights itself.
    @app_commands.check(admin_here)
    async def report(self, interaction: discord.Interaction, forget: bool = False) -> None:
        if forget:
            view = ConfirmForgetView(self, interaction.user.id)
            await interaction.response.send_message(
                CONFIRM_FORGET, view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        try:
            # Weeks of questions on a busy server take seconds to read and count: deferred in time.
            report = await in_time(interaction, self.bot.feedback.report(interaction.guild_id))
        except sqlite3.Error as error:  # a database deleted while docbot runs, say
            log.warning("could not read the feedback report: %s", error)
            await send_private(interaction, await self.bot.service.store.gone() or REPORT_FAILED.format(error=error))
            return
        name = interaction.guild.name if interaction.guild is not None else None  # its name, not its id
        pages = await asyncio.to_thread(feedback_pages, report, PAGE_LIMIT, name)
        await send_pages(interaction, pages, ephemeral=True, timeout=self.bot.view_timeout)

    async def forget_here(self, interaction: discord.Interaction, view: ConfirmForgetView) -> None:
        """Wipe the server's questions and votes, and say how many went; when the database refuses, say so and leave
        the button for another try."""
        guild_id = interaction.guild_id or 0  # guild_only: always set
        try:
            # The delete may wait seconds for a reindex's transaction: the click is acknowledged in time.
            removed = await in_time(interaction, self.bot.feedback.forget(guild_id), thinking=False)
        except sqlite3.Error:  # logged by Feedback; the delete is one transaction, so nothing went
            await send_private(interaction, FORGET_FAILED)
            return
        view.stop()
        content = f"Forgot {removed:,} question{'' if removed == 1 else 's'} asked in this server and their votes."
        if interaction.response.is_done():
            await interaction.edit_original_response(content=content, view=None, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.edit_message(content=content, view=None, allowed_mentions=NO_MENTIONS)


class ConfirmForgetView(AdminConfirmView):
    """Under /report forget:True: the admin who asked confirms the wipe."""

    def __init__(self, cog: ReportCog, admin_id: int) -> None:
        super().__init__(cog.bot.settings, admin_id)
        self.cog = cog
        self.forgetting = False

    @discord.ui.button(label="Forget them", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmForgetView]) -> None:
        # The button stays live until the delete succeeds (to try again); a second click meanwhile would delete
        # nothing and overwrite the reply with "Forgot 0 questions".
        if self.forgetting:
            await send_private(interaction, FORGET_RUNNING)
            return
        self.forgetting = True
        try:
            await self.cog.forget_here(interaction, self)
        finally:
            self.forgetting = False


async def setup(bot: DocBot) -> None:
    """Add the cog to `bot` (discord.py calls this from `load_extension`)."""
    await bot.add_cog(ReportCog(bot))
