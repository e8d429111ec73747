"""/reindex and /status for admins, /sources and /help for everyone."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.admins import AdminConfirmView, admin_here
from bot.format import MESSAGE_LIMIT, format_report
from bot.guilds import home_channel, scope_here
from bot.paging import FILTER_DESCRIPTION, document_choices, send_document_list
from bot.progress import reindex_line
from bot.replies import (
    BY_DIRECT_MESSAGE,
    EXAMPLE_QUESTION,
    NO_MENTIONS,
    deliver,
    edit_reply,
    expiring,
    failure_reason,
    mention_name,
    send_private,
)
from bot.status import server_status
from retrieval.ingest.walk import DocumentsFolderMissing, ScanProgress, holds_no_file
from retrieval.scope import Scope
from retrieval.service import ReindexInProgress, RemovalRefused

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)

PROGRESS_EVERY_SECONDS = 3.0
# Said when the service's one reindex is another server's (or docbot's own at start-up): no report follows here.
ALREADY_RUNNING = (
    "A reindex is already running (another server's, or docbot's own); this one did not start: run `/reindex` again"
    " when it ends."
)
CONFIRM_REMOVAL = "If those documents are really gone, press the button to remove them from the index."
# Under a report that kept lost collections (COLLECTIONS: one share unmounted of several), the way to drop them.
CONFIRM_FORGET = "If {named} is really gone, press the button to remove its documents from the index."
FORGET_LABEL = "Remove the lost collection"
NOTHING_READ = (
    "No document is indexed: no file in the documents folder (DOCS_DIR) is in a format docbot reads (`/help` lists"
    " them); is it the right folder?"
)
NOTHING_READ_HERE = (
    "No document is indexed for this server: its folders (COLLECTIONS) hold no file in a format docbot reads; are"
    " they the right ones?"
)
NOTHING_THERE = (
    "No document is indexed: the documents folder (DOCS_DIR) holds no file at all; add one with `/docs add`, or is it"
    " the right folder?"
)
NOTHING_THERE_HERE = (
    "No document is indexed for this server: its folders (COLLECTIONS) hold no file at all; add one with `/docs add`."
)
NOT_SERVING = "No index is serving yet: questions get a still-indexing reply until a reindex succeeds."
# The documents folder is not there (unmounted, moved): nothing is read or removed, the stored index keeps answering.
FOLDER_MISSING = (
    "**Reindex not run:** {error} (unmounted or moved?); nothing was read or removed.\n"
    "The stored index is still answering questions; docbot reindexes the folder by itself once it is back."
)

HELP_TEXT = """**docbot** answers questions with sentences quoted word for word from the server's documents.
- `/ask question:<text> [results:1-10]` — the best excerpts, matched words in **bold**, each with its source. \
**More** shows further excerpts, **Context** the surrounding paragraph.
- Mention me with a question (`@{name} {example}`){channels}{direct}.
- `/actor name:<text>` — what the documents say about a person, country or organisation, and what they said.
- `/actors` — everyone the documents mention, most mentioned first.
- `/sources [filter:<text>]` (or `/docs list`) — the indexed documents; `filter` lists only those whose path \
or title holds the text.
- `/docs add file:<attachment> [folder]`, `/docs remove name:<document>` — add a document (PDF, Word, \
Markdown, HTML, text…) or delete one, then reindex (Manage Server{role} only).
- `/reindex` — rebuild the index from the documents folder (Manage Server{role} only).
- `/status` — docbot's health for this server: documents, last reindex, folder, reranker, versions (Manage \
Server{role} only).
- 👍 / 👎 under an answer tell the admins whether it helped; `/report` shows them what people asked and did not \
find (Manage Server{role} only).
Answers are only ever quotes; when the documents do not answer a question, I say so."""


class AdminCog(commands.Cog):
    """Index administration and information commands."""

    def __init__(self, bot: DocBot) -> None:
        self.bot = bot

    @app_commands.command(name="reindex", description="Rebuild the index from the documents folder (admins).")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    # default_permissions only hides the command in Discord's client; the bot checks rights itself.
    @app_commands.check(admin_here)
    async def reindex(self, interaction: discord.Interaction) -> None:
        guild_id = interaction.guild_id or 0  # guild_only: always set
        scope, refusal = scope_here(self.bot.settings, interaction.guild_id, home_channel(interaction))
        refusal = refusal or self.bot.reindex_limit.refusal(guild_id)
        if refusal is None and self.bot.service.reindexing:
            refusal = ALREADY_RUNNING
        if refusal is not None:
            log.info("refused /reindex in guild %s: %s", guild_id, refusal)
            await send_private(interaction, refusal)
            return
        with self.bot.reindex_limit.running(guild_id):
            await self._reindex(interaction, scope)

    async def reindex_allowing_removal(self, interaction: discord.Interaction, scope: Scope | None) -> None:
        """The confirmation under a refused reindex, or under a report that kept lost collections (`scope`: those): the
        same checks as /reindex, then removal allowed."""
        if self.bot.service.reindexing:
            await send_private(interaction, ALREADY_RUNNING)
            return
        with self.bot.reindex_limit.running(interaction.guild_id or 0):
            await self._reindex(interaction, scope, allow_removal=True)
        if scope is not None:
            self.bot.stop_watching(scope)  # a lost collection removed: not read again unasked if its folder comes back

    async def _reindex(
        self, interaction: discord.Interaction, scope: Scope | None, allow_removal: bool = False
    ) -> None:
        # With COLLECTIONS, a server's /reindex reads and removes only the documents of its own collections.
        await interaction.response.defer(ephemeral=True, thinking=True)
        # A stop before the report leaves this reply on its progress line: the next start says it was cut off.
        # Forgotten before the report goes out: nothing is awaited between the report and the end of this server's
        # reindex (an admin's next /reindex must not be told one is still running).
        async with self.bot.unfinished.pending(interaction, "reindex"):
            content, view = await self._reindex_with_progress(interaction, scope, allow_removal)
        await deliver(interaction, content, view)

    async def _reindex_with_progress(
        self, interaction: discord.Interaction, scope: Scope | None, allow_removal: bool
    ) -> tuple[str, discord.ui.View | None]:
        """Run the reindex, its progress shown in the reply; returns the report (or what failed) and its buttons."""
        progress = _Progress()
        reindex = self.bot.service.reindex(progress=progress.update, allow_removal=allow_removal, scope=scope)
        task = asyncio.create_task(reindex)
        last_text = ""
        while True:
            done, _ = await asyncio.wait({task}, timeout=PROGRESS_EVERY_SECONDS)
            if done:
                break
            if expiring(interaction):  # the last edit Discord will take: the report goes by direct message
                if not last_text.endswith(BY_DIRECT_MESSAGE):
                    last_text = f"{progress.render()}\n{BY_DIRECT_MESSAGE}"
                    await edit_reply(interaction, last_text)
                continue
            text = progress.render(self.bot.service.waiting_for_writer)
            if text != last_text:
                last_text = text
                await edit_reply(interaction, text)
        try:
            report = task.result()
        except ReindexInProgress:
            return ALREADY_RUNNING, None
        except RemovalRefused as error:
            view = ConfirmRemovalView(self, interaction.user.id, scope)
            return f"**Reindex refused:** {str(error)[:1500]}\n{CONFIRM_REMOVAL}", view
        except DocumentsFolderMissing as error:
            log.warning("reindex asked by %s not run: %s", interaction.user.id, error)
            self.bot.reindex_limit.read_nothing(interaction.guild_id or 0)
            self.bot.watch_for_folder()
            if not self.bot.service.ready:
                return f"**Reindex failed:** {str(error)[:1500]}\n{NOT_SERVING}", None
            return FOLDER_MISSING.format(error=str(error)[:1500]), None
        except Exception as error:
            log.exception("reindex asked by %s failed", interaction.user.id)
            serving = "The previous index is still answering questions." if self.bot.service.ready else NOT_SERVING
            # A database file deleted meanwhile fails with "no such table" or "unable to open": say what happened.
            why = await failure_reason(error, self.bot.service.store)
            return f"**Reindex failed:** {why}\n{serving}", None
        report = await self.bot.service.report_within(report, scope)  # nothing of another server's collections
        # With COLLECTIONS a reindex reads this server's folders only: the others' are not "up to date now", and
        # another server's reindex cut off is told to that server's next one.
        interrupted = await self.bot.service.take_interrupted(scope)
        kept = sorted(name for name in report.kept_collections if scope is None or name in scope)
        if kept:
            # A collection whose folder lost most of its documents was kept: removed only at this admin's word.
            named = " and ".join(f"collection {name}" for name in kept)
            forget = CONFIRM_FORGET.format(named=named)
            text = format_report(report, MESSAGE_LIMIT - len(forget) - 1, interrupted, scope is not None)
            return f"{text}\n{forget}", ConfirmRemovalView(self, interaction.user.id, frozenset(kept), FORGET_LABEL)
        if report.documents:
            return format_report(report, interrupted=interrupted, scoped=scope is not None), None
        # `docbot index` warns of it; here the admin saw "0 documents" and nothing about why.
        if await asyncio.to_thread(holds_no_file, self.bot.service.docs_dir, scope):
            empty = NOTHING_THERE_HERE if scope is not None else NOTHING_THERE
        else:
            empty = NOTHING_READ_HERE if scope is not None else NOTHING_READ
        text = format_report(report, MESSAGE_LIMIT - len(empty) - 1, interrupted, scope is not None)
        return f"{text}\n{empty}", None

    @app_commands.command(name="status", description="docbot's health for this server's documents (admins).")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    @app_commands.check(admin_here)  # the check of /reindex
    async def status(self, interaction: discord.Interaction) -> None:
        scope, refusal = scope_here(self.bot.settings, interaction.guild_id, home_channel(interaction))
        if refusal is not None:
            await send_private(interaction, refusal)
            return
        # The folder is looked at in a worker, for up to seconds (a share that hangs): past Discord's 3 s to answer.
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await server_status(self.bot.service, self.bot.settings, scope, self.bot.watching(scope))
        await edit_reply(interaction, text)  # NO_MENTIONS, cut to Discord's limit

    @app_commands.command(name="sources", description="List the indexed documents.")
    @app_commands.describe(filter=FILTER_DESCRIPTION)
    async def sources(
        self, interaction: discord.Interaction[DocBot], filter: app_commands.Range[str, 1, 1000] | None = None
    ) -> None:
        await send_document_list(interaction, filter)

    @sources.autocomplete("filter")
    async def sources_autocomplete(
        self, interaction: discord.Interaction[DocBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await document_choices(interaction, current)

    @app_commands.command(name="help", description="How to use docbot.")
    async def help(self, interaction: discord.Interaction) -> None:
        settings = self.bot.settings
        # This server's question channels only: another server's show as "#unknown", and a DM is in no server.
        guild = interaction.guild
        here = sorted(c for c in settings.question_channel_ids if guild and guild.get_channel_or_thread(c))
        channels = ", or just write in " + ", ".join(f"<#{c}>" for c in here) if here else ""
        role = " or an admin role" if settings.admin_role_ids or settings.admin_role else ""
        # Direct messages are offered only where they are answered (not with ALLOWED_GUILD_IDS or COLLECTIONS).
        answered_directly = settings.serves(None) and scope_here(settings, None, None)[1] is None
        direct = ", or write to me in a direct message" if answered_directly else ""
        # docbot's name as this server shows it (a server may rename it): the mention a member types
        name = mention_name(guild.me if guild is not None else self.bot.user)
        text = HELP_TEXT.format(channels=channels, role=role, direct=direct, name=name, example=EXAMPLE_QUESTION)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)


class ConfirmRemovalView(AdminConfirmView):
    """Under a refused reindex: lets the admin who asked remove the missing documents after all (of `scope`: under a
    report that kept lost collections, of those only, `label` on the button)."""

    def __init__(self, cog: AdminCog, admin_id: int, scope: Scope | None, label: str | None = None) -> None:
        super().__init__(cog.bot.settings, admin_id)
        self.cog = cog
        self.scope = scope
        if label is not None:
            self.confirm.label = label

    @discord.ui.button(label="Remove them and reindex", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmRemovalView]) -> None:
        self.stop()
        await self.cog.reindex_allowing_removal(interaction, self.scope)


class _Progress:
    """Progress of a reindex, written from the worker thread and read on the event loop."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last = ScanProgress(0, 0, 0)

    def update(self, progress: ScanProgress) -> None:
        # One assignment of an immutable tuple: atomic under the GIL, so no lock is needed between the two threads.
        self.last = progress

    def render(self, waiting: bool = False) -> str:
        """The progress line; `waiting`: the reindex has not started, another process writes the database."""
        return reindex_line(self.last, time.monotonic() - self.started, waiting)


async def setup(bot: DocBot) -> None:
    """Add the cog to `bot` (discord.py calls this from `load_extension`)."""
    await bot.add_cog(AdminCog(bot))
