"""/docs add, /docs remove and /docs list: a server's documents from Discord.

The file rules (names, content, folders, atomic writes) are in retrieval/ingest/upload.py; this cog asks Discord
for the file, confirms with the admin, and reindexes the collection that changed.
"""

from __future__ import annotations

import asyncio
import logging
import unicodedata
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.admins import AdminConfirmView, admin_here
from bot.format import CHOICE_COUNT, CHOICE_LIMIT, MESSAGE_LIMIT, code_text, format_file_report, from_choice
from bot.guilds import REINDEX_RUNNING_HERE, home_channel, scope_here, serving_scope
from bot.paging import FILTER_DESCRIPTION, document_choices, send_document_list
from bot.replies import NO_MENTIONS, REMOVAL_ON_DISCORD, deliver, edit_reply, failure_reason, send_private
from retrieval.ingest.formats import format_name
from retrieval.ingest.upload import (
    UploadRefused,
    check_content,
    check_size,
    document_name,
    refusal_text,
    removable_path,
    remove_document,
    same_content,
    spelled_on_disk,
    target_path,
    upload_folder,
    write_document,
)
from retrieval.scope import ROOT_COLLECTION, Scope, collection_of
from retrieval.service import ReindexInProgress, RemovalRefused

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)

DOWNLOAD_SECONDS = 60.0
REINDEX_RUNNING = "A reindex is running now; nothing was changed. Please try again when it ends."
DOWNLOAD_FAILED = refusal_text("The file could not be downloaded from Discord ({reason}); please try again.")
ALREADY_THERE = "`{path}` is already there with exactly these bytes; nothing changed."
CONFIRM_REPLACE = "`{path}` is already there. Replace it with the uploaded file and reindex?"
CONFIRM_REMOVE = "Delete `{path}` from the documents folder and reindex?"
NOT_CONFIRMED = "Not confirmed in time; nothing was changed."
CANCELLED = "Cancelled; nothing was changed."
INDEX_LATER = "A reindex was already running; run `/reindex` when it ends to index this change."
# The folder lost most of the collection's documents (an unmounted share's empty mount point): the reindex after the
# upload would refuse, so the file is not written where it would sit unindexed, or on the disk under the mount.
FOLDER_EMPTIED = refusal_text(
    "The documents folder no longer has most of the indexed documents{of} (is it mounted?). Add the file again once "
    "the folder is back; if those documents really are gone, run `/reindex` and confirm their removal first."
)
CHANGED_SINCE = (
    "`{path}` changed since you were asked (another upload or removal?); nothing was changed. Please look again."
)

# What a file was when an admin was asked to replace or delete it: (inode, size, modification time), None if absent.
Fingerprint = tuple[int, int, int] | None


def fingerprint(path: Path) -> Fingerprint:
    """`path` as it is now; every write docbot makes (a new file put in place) and every edit changes it."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _removable(docs_dir: Path, name: str, scope: Scope | None) -> tuple[Path, str]:
    """The file /docs remove names (`removable_path`) and its path under the documents folder, with /."""
    path = removable_path(docs_dir, name, scope)
    return path, path.relative_to(docs_dir.resolve()).as_posix()


class DocsCog(commands.Cog):
    """Adding, removing and listing the documents of the server where the command is used."""

    docs = app_commands.Group(name="docs", description="This server's documents.", guild_only=True)

    def __init__(self, bot: DocBot) -> None:
        self.bot = bot

    def _busy(self, guild_id: int) -> str | None:
        """Why a reindex cannot start in this server now (the per-server limit of /reindex), or None."""
        refusal = self.bot.reindex_limit.refusal(guild_id)
        # /reindex's own lines are about its report; here the admin must learn that nothing was saved.
        if refusal == REINDEX_RUNNING_HERE or (refusal is None and self.bot.service.reindexing):
            return REINDEX_RUNNING
        return None if refusal is None else f"{refusal} Nothing was changed."

    @docs.command(name="add", description="Add a document to this server's documents and index it (admins).")
    @app_commands.describe(
        file="PDF, Word, PowerPoint, ODF, EPUB, RTF, HTML, Markdown, RST, AsciiDoc, notebook, e-mail or text",
        folder="Which collection (or folder) it goes in, when there is a choice",
    )
    @app_commands.check(admin_here)  # the check of /reindex
    async def add(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment,
        folder: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        settings = self.bot.settings
        guild_id = interaction.guild_id or 0  # guild_only: always set
        scope, refusal = scope_here(settings, interaction.guild_id, home_channel(interaction))
        relative = ""
        if refusal is None:
            # Everything that needs no download is checked first, the declared size among it, and before the
            # per-server limit: an admin told to wait a minute was then told the file (a zip, a picture) is refused.
            try:
                name = document_name(file.filename)
                check_size(file.size, settings.max_file_bytes)
                where = upload_folder(scope, folder or "")
                relative = f"{where}/{name}" if where else name
                # the folder's links and .docbotignore read in a worker, as every file look-up here (a network mount)
                await asyncio.to_thread(target_path, settings.docs_dir, relative)
            except UploadRefused as error:
                refusal = str(error)
        refusal = refusal or self._busy(guild_id)
        if refusal is not None:
            log.info("refused /docs add in guild %s: %s", guild_id, refusal)
            await send_private(interaction, refusal)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await asyncio.wait_for(file.read(), DOWNLOAD_SECONDS)
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as error:
            log.warning("could not download attachment %s in guild %s: %r", file.id, guild_id, error)
            reason = "it took too long" if isinstance(error, TimeoutError) else type(error).__name__
            await edit_reply(interaction, DOWNLOAD_FAILED.format(reason=reason))
            return
        try:
            fmt = await asyncio.to_thread(check_content, relative, data, settings.max_file_bytes)
        except UploadRefused as error:
            log.info("refused /docs add of %d bytes in guild %s: %s", len(data), guild_id, error)
            await edit_reply(interaction, str(error))
            return
        # The file (or a folder on its way) may be on disk already with its accents written apart (as macOS writes
        # them), a name the NFC upload name would not find: that file is the one replaced, not joined by a twin.
        relative = await asyncio.to_thread(spelled_on_disk, settings.docs_dir, relative)
        try:
            # again: the folder may have changed meanwhile
            path = await asyncio.to_thread(target_path, settings.docs_dir, relative)
        except UploadRefused as error:
            await edit_reply(interaction, str(error))
            return
        if await asyncio.to_thread(path.exists):
            if await asyncio.to_thread(same_content, path, data):
                await edit_reply(interaction, ALREADY_THERE.format(path=code_text(relative)))
                return
            asked = await asyncio.to_thread(fingerprint, path)
            view = ConfirmView(self, interaction, "Replace it", self._replace(relative, data, fmt, asked))
            await edit_reply(interaction, CONFIRM_REPLACE.format(path=code_text(relative)), view)
            return
        await self._save(interaction, relative, data, fmt, replace=False)

    def _replace(
        self, relative: str, data: bytes, fmt: str, asked: Fingerprint
    ) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def replace(interaction: discord.Interaction) -> None:
            # Another admin may have replaced it meanwhile: the older question must not overwrite their version.
            if not await self._as_asked(interaction, relative, asked):
                return
            await self._save(interaction, relative, data, fmt, replace=True)

        return replace

    async def _save(
        self, interaction: discord.Interaction, relative: str, data: bytes, fmt: str, *, replace: bool
    ) -> None:
        refusal = self._busy(interaction.guild_id or 0)
        if refusal is not None:
            await edit_reply(interaction, refusal)
            return
        collection = collection_of(relative)
        try:
            # A root gone altogether is write_document's refusal (FOLDER_GONE); one there but emptied is this one.
            if await asyncio.to_thread(self.bot.settings.docs_dir.is_dir):
                await self.bot.service.refuse_if_folder_lost(frozenset({collection}))
        except RemovalRefused as error:
            log.warning("/docs add did not write %s: %s", relative, error)
            of = "" if collection == ROOT_COLLECTION else f" of `{code_text(collection)}`"
            await edit_reply(interaction, FOLDER_EMPTIED.format(of=of))
            return
        try:
            await asyncio.to_thread(write_document, self.bot.settings.docs_dir, relative, data, replace=replace)
        except UploadRefused as error:
            log.warning("/docs add could not write %s: %s", relative, error)
            await edit_reply(interaction, str(error))
            return
        log.info("/docs add saved %s (%s, %d bytes) for user %s", relative, fmt, len(data), interaction.user.id)
        done = (
            f"{'Replaced' if replace else 'Saved'} `{code_text(relative)}` ({format_name(fmt)}, {len(data):,} bytes)."
        )
        await self._reindex(interaction, relative, done)

    @docs.command(name="remove", description="Delete a document of this server and reindex (admins).")
    @app_commands.describe(name="The document's path, as /docs list shows it (start typing for suggestions)")
    @app_commands.check(admin_here)  # the check of /reindex
    async def remove(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 1000]) -> None:
        settings = self.bot.settings
        scope, refusal = scope_here(settings, interaction.guild_id, home_channel(interaction))
        refusal = refusal or self._busy(interaction.guild_id or 0)
        relative = ""
        if refusal is None:
            # A path over CHOICE_LIMIT characters comes from the autocomplete cut (`choice_value`): the one it was.
            name = from_choice(name, (d.path for d in self.bot.service.sources(scope)), tail=True) or name
            try:
                path, relative = await asyncio.to_thread(_removable, settings.docs_dir, name, scope)
            except UploadRefused as error:
                refusal = str(error)
        if refusal is not None:
            log.info("refused /docs remove in guild %s: %s", interaction.guild_id, refusal)
            await send_private(interaction, refusal)
            return
        asked = await asyncio.to_thread(fingerprint, path)
        view = ConfirmView(self, interaction, "Delete it", self._remove(relative, scope, asked))
        await interaction.response.send_message(
            CONFIRM_REMOVE.format(path=code_text(relative)), view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    def _remove(
        self, relative: str, scope: Scope | None, asked: Fingerprint
    ) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def remove(interaction: discord.Interaction) -> None:
            refusal = self._busy(interaction.guild_id or 0)
            if refusal is not None:
                await edit_reply(interaction, refusal)
                return
            # A file uploaded again since the question is not the one the admin chose to delete.
            if not await self._as_asked(interaction, relative, asked):
                return
            try:
                # Checked again at the click: the file or the server's collections may have changed since.
                await asyncio.to_thread(remove_document, self.bot.settings.docs_dir, relative, scope)
            except UploadRefused as error:
                await edit_reply(interaction, str(error))
                return
            log.info("/docs remove deleted %s for user %s", relative, interaction.user.id)
            # The guard against mass removal is for an unmounted folder; this file was just deleted from a folder
            # that is there, at an admin's confirmed request, even when it was most of its collection.
            await self._reindex(interaction, relative, f"Deleted `{code_text(relative)}`.", allow_removal=True)

        return remove

    async def _as_asked(self, interaction: discord.Interaction, relative: str, asked: Fingerprint) -> bool:
        """Whether the file at `relative` is as it was when the admin was asked; if not, says so."""
        docs_dir = self.bot.settings.docs_dir
        if await asyncio.to_thread(lambda: fingerprint(docs_dir.resolve() / relative)) == asked:
            return True
        log.info("a /docs confirmation for %s came after the file changed: nothing done", relative)
        await edit_reply(interaction, CHANGED_SINCE.format(path=code_text(relative)))
        return False

    @add.autocomplete("folder")
    async def add_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        # This server's collections, the folders an upload may go in: a server with hundreds of them is refused a
        # /docs add without `folder`, and its refusal cannot list them all in one message.
        scope, refusal = serving_scope(self.bot, interaction.guild_id, home_channel(interaction))
        if refusal is not None or scope is None:
            return []
        needle = _folded(current)
        names = [name for name in sorted(scope) if needle in _folded(name) and len(name) <= CHOICE_LIMIT]
        return [app_commands.Choice(name=name, value=name) for name in names[:CHOICE_COUNT]]

    @remove.autocomplete("name")
    async def remove_autocomplete(
        self, interaction: discord.Interaction[DocBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await document_choices(interaction, current)

    @docs.command(name="list", description="This server's indexed documents, with their sentence counts.")
    @app_commands.describe(filter=FILTER_DESCRIPTION)
    async def list_documents(
        self, interaction: discord.Interaction[DocBot], filter: app_commands.Range[str, 1, 1000] | None = None
    ) -> None:
        await send_document_list(interaction, filter)

    @list_documents.autocomplete("filter")
    async def list_autocomplete(
        self, interaction: discord.Interaction[DocBot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await document_choices(interaction, current)

    async def _reindex(
        self, interaction: discord.Interaction, relative: str, done: str, *, allow_removal: bool = False
    ) -> None:
        """Reindex the collection of `relative` (which just changed) and show `done` with the report."""
        # A stop before the report leaves the reply on "thinking…": the next start says it was cut off.
        async with self.bot.unfinished.pending(interaction, "docs"):
            await self._reindex_and_report(interaction, relative, done, allow_removal)

    async def _reindex_and_report(
        self, interaction: discord.Interaction, relative: str, done: str, allow_removal: bool
    ) -> None:
        guild_id = interaction.guild_id or 0
        changed: Scope = frozenset({collection_of(relative)})
        with self.bot.reindex_limit.running(guild_id):
            try:
                report = await self.bot.service.reindex(allow_removal=allow_removal, scope=changed)
            except ReindexInProgress:
                await deliver(interaction, f"{done}\n{INDEX_LATER}")
                return
            except RemovalRefused as error:
                await deliver(interaction, f"{done}\n**Reindex refused:** {str(error)[:1500]} {REMOVAL_ON_DISCORD}")
                return
            except Exception as error:
                log.exception("reindex after /docs in guild %s failed", guild_id)
                why = await failure_reason(error, self.bot.service.store, 1200)
                text = f"{done}\n**Reindex failed:** {why}; `/reindex` can retry."
                await deliver(interaction, text)
                return
        # The counts and paths of this server's collections only (`changed` is one of them; the server may have more).
        scope, _ = scope_here(self.bot.settings, interaction.guild_id, home_channel(interaction))
        report = await self.bot.service.report_within(report, scope)
        # Of the folder's skipped files, only what concerns this file: the others are counted in one line.
        await deliver(interaction, f"{done}\n{format_file_report(report, relative, MESSAGE_LIMIT - len(done) - 1)}")


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


class ConfirmView(AdminConfirmView):
    """Under a /docs reply: lets the admin who asked go on with `action` (which replies by editing the deferred
    reply to the click), or cancel; expires after CONFIRM_SECONDS, and its buttons are removed once used or
    expired."""

    def __init__(
        self,
        cog: DocsCog,
        origin: discord.Interaction,
        label: str,
        action: Callable[[discord.Interaction], Awaitable[None]],
    ) -> None:
        super().__init__(cog.bot.settings, origin.user.id)
        self.cog = cog
        self.origin = origin  # the command's interaction: its reply holds these buttons
        self.action = action
        self.confirm.label = label

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]) -> None:
        self.stop()
        await interaction.response.defer(ephemeral=True, thinking=True)  # the action's reply is a new message
        await self._close(None)
        await self.action(interaction)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button[ConfirmView]) -> None:
        self.stop()
        await interaction.response.edit_message(content=CANCELLED, view=None, allowed_mentions=NO_MENTIONS)

    async def on_timeout(self) -> None:
        await self._close(NOT_CONFIRMED)

    async def _close(self, content: str | None) -> None:
        # Buttons that can no longer do anything are removed rather than left to fail when clicked.
        try:
            if content is None:
                await self.origin.edit_original_response(view=None)
            else:
                await self.origin.edit_original_response(content=content, view=None, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException:
            log.debug("could not remove the buttons of a /docs confirmation", exc_info=True)


async def setup(bot: DocBot) -> None:
    """Add the cog to `bot` (discord.py calls this from `load_extension`)."""
    await bot.add_cog(DocsCog(bot))
