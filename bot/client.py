"""The discord.py bot: start-up (cogs as extensions, command sync, first index) and the tree's error handler."""

from __future__ import annotations

import ast
import asyncio
import gc
import importlib
import importlib.util
import logging
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.command_sync import SyncRecord, commands_digest, sync_target
from bot.cooldown import Cooldown
from bot.format import collections_named
from bot.guilds import ReindexLimit, leave_if_not_served, refuse_if_not_served
from bot.logging_setup import new_request_id
from bot.replies import (
    GENERIC_ERROR,
    NO_MENTIONS,
    REMOVAL_ON_DISCORD,
    REQUEST_FAILED,
    VIEW_TIMEOUT_SECONDS,
    send_private,
)
from bot.settings import Settings
from bot.unfinished import UnfinishedReplies
from bot.views import reply_if_unclaimed
from bot.wiring import build_feedback
from retrieval.feedback import Feedback
from retrieval.ingest.walk import DocumentsFolderMissing, folder_mark
from retrieval.scope import Scope
from retrieval.service import AnswerService, ReindexInProgress, RemovalRefused
from retrieval.workers import in_daemon_thread

log = logging.getLogger(__name__)

# docbot never joins a voice channel: discord.py's start-up warnings that its voice libraries (PyNaCl, davey) are not
# installed were two WARNING lines at every `docbot run` and `docbot sync` about nothing docbot uses.
for _voice_warning in ("warn_nacl", "warn_dave"):
    if hasattr(discord.VoiceClient, _voice_warning):
        setattr(discord.VoiceClient, _voice_warning, False)

# The cogs, loaded by name as discord.py extensions (each module has `async def setup(bot)`): nothing imports them.
EXTENSIONS = ("bot.cogs.ask", "bot.cogs.admin", "bot.cogs.actors", "bot.cogs.report", "bot.cogs.docs")
# How long start-up waits for the slash commands' sync before connecting anyway: Discord answers a sync past its
# command limits with a wait of minutes or hours (429), which discord.py sleeps through; the commands synced before
# keep working meanwhile, and the sync goes on in the background.
SYNC_WAIT_SECONDS = 10.0
# The servers docbot stays in unserved that the start-up's warning names by id (the rest are counted).
GUILDS_NAMED = 10
# While the documents folder is not there (an unmounted share) and a stored index serves, it is looked for this often;
# once back, holding files and unchanged between two looks (a copy or a mount finished), it is reindexed.
FOLDER_CHECK_SECONDS = 5.0
# How long the watch waits for one look at the folder (a stat of each file): a network share that hangs is taken for
# not there meanwhile. The look runs in a daemon thread that nothing waits for, not even a stop, until it returns.
FOLDER_LOOK_SECONDS = 30.0


def default_intents(settings: Settings) -> discord.Intents:
    """Guilds, guild and direct messages; message content only when channels of questions are configured.

    Messages that mention the bot, and direct messages, carry their content without the privileged intent (discord.py's
    `Intents.message_content`); reading every message of a question channel needs it (and it must be enabled for the
    bot in the developer portal).
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True  # a direct message to docbot is a question (without it Discord sends none)
    intents.message_content = bool(settings.question_channel_ids)
    return intents


class DocBot(commands.Bot):
    """docbot on Discord. Everything it needs comes in through the constructor."""

    def __init__(
        self,
        service: AnswerService,
        settings: Settings,
        intents: discord.Intents | None = None,
        view_timeout: float = VIEW_TIMEOUT_SECONDS,
        feedback: Feedback | None = None,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents or default_intents(settings),
            allowed_mentions=NO_MENTIONS,
            help_command=None,
            tree_cls=DocBotTree,
            **shard_options(settings),
        )
        self.service = service
        self.settings = settings
        # Questions asked and votes on answers (/report); built from the settings unless given.
        self.feedback = feedback if feedback is not None else build_feedback(settings, service.store)
        self.view_timeout = view_timeout  # how long buttons under a reply stay live
        self.cooldown = Cooldown(settings.cooldown_questions, settings.cooldown_seconds)
        self.reindex_limit = ReindexLimit(settings.reindex_cooldown_seconds)
        self._checked_guilds = False
        self.index_ready = asyncio.Event()
        self.synced_commands: list[app_commands.AppCommand] = []
        self._index_task: asyncio.Task[None] | None = None
        # The folder watches running (`watch_for_folder`), by the collections each waits for (None: the whole folder).
        self._folder_watches: dict[Scope | None, asyncio.Task[None]] = {}
        self._sync_task: asyncio.Task[None] | None = None
        # Replies of /reindex and /docs a stop cut off: told at the first on_ready (bot/unfinished.py).
        self.unfinished = UnfinishedReplies(service.store, shard_slot(settings))
        self._settling: asyncio.Task[int] | None = None

    async def setup_hook(self) -> None:
        await self.load_cogs()
        self._index_task = asyncio.create_task(self._build_index(), name="docbot-initial-index")
        self._sync_task = asyncio.create_task(self._sync_at_start(), name="docbot-command-sync")
        await asyncio.wait({self._sync_task}, timeout=SYNC_WAIT_SECONDS)
        if not self._sync_task.done():
            log.warning(
                "the slash commands' sync is waiting on Discord (rate limited?); connecting meanwhile with the "
                "commands synced before, the sync goes on in the background"
            )

    async def _sync_at_start(self) -> None:
        try:
            await self.sync_commands()
        except REQUEST_FAILED as error:
            # Refused (a command Discord will not take, the daily limit) or cut off: the commands synced before
            # stay, and the next start tries again; no reason to keep every server without answers.
            log.error(
                "could not sync the slash commands (%s); the next start tries again", str(error) or type(error).__name__
            )

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """discord.py's dispatch; a click that no live view takes is answered (bot/views.py), decided here because
        only now, before the view's callback runs, is it known whether its view was live."""
        if self.is_closed():
            # discord.py's ready task waits guild_ready_timeout (2 s) for the servers' data before it dispatches
            # "ready"; a bot stopped meanwhile has no loop left (close() clears it), and that late event ended in a
            # traceback on the terminal ("'_MissingSentinel' object has no attribute 'create_task'").
            return
        if event_name == "interaction" and args and isinstance(args[0], discord.Interaction):
            reply_if_unclaimed(args[0])
        super().dispatch(event_name, *args, **kwargs)

    async def load_cogs(self) -> None:
        """Load every cog in EXTENSIONS, each in its own step of the event loop, the modules it imports imported in a
        worker first: compiling and running them all in one step held the loop 17-29 ms at start-up."""
        for extension in EXTENSIONS:
            await asyncio.to_thread(import_what_it_imports, extension)
            await self.load_extension(extension)

    async def sync_commands(self, *, force: bool = False) -> bool:
        """Sync slash commands if they changed since the last sync, or `force`: to DEV_GUILD_ID when set (instant),
        otherwise globally (may take up to an hour to show). Returns whether it synced."""
        guild = discord.Object(id=self.settings.dev_guild_id) if self.settings.dev_guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        where = f"to guild {guild.id}" if guild is not None else "globally"
        target = sync_target(self.application_id, guild)
        digest = commands_digest(self.tree, guild)
        record = SyncRecord.beside(self.settings.db_path)
        if not force and record.digest(target) == digest:
            log.info("slash commands unchanged since they were last synced %s; not syncing them again", where)
            return False
        self.synced_commands = await self.tree.sync(guild=guild)
        record.remember(target, digest)
        log.info("synced %d commands %s", len(self.synced_commands), where)
        return True

    async def _build_index(self) -> None:
        # Serve the stored index as soon as it is read (`AnswerService.loading` meanwhile), then bring it up to date
        # with the folder; both off the event loop.
        try:
            await self.service.load()
            # Frozen before questions are served: its collection holds the interpreter lock, so the loop, for
            # 0.2-0.26 s at 1M sentences (docs/benchmarks.md hl8). A format's reader is imported at its first
            # document: by start-up's reindex (frozen below), or by a later one (which freezes again after it).
            await freeze_what_lives()
            if self.service.ready:
                self.index_ready.set()
            report = await self.service.reindex()
            for name in report.kept_collections:  # its folder lost most of its documents: reindexed once back
                self.watch_for_folder(frozenset({name}))
        except RemovalRefused as error:  # an emptied or unmounted folder: no failure, the operator's call
            log.warning("the index was not brought up to date at start-up: %s %s", error, REMOVAL_ON_DISCORD)
            await self._watch_what_was_lost()
        except DocumentsFolderMissing as error:
            # The stored index is served as it is: the start-up check said so once (serving_without_folder).
            if not self.service.ready:
                log.error("%s: no index to serve; the folder is reindexed once it is back", error)
            self.watch_for_folder()
        except Exception:
            log.exception("the index could not be built at start-up; /reindex can retry")
        finally:
            if self.service.ready:
                self.index_ready.set()
        # And what the reindex added: a collection of only what is not frozen yet (little when the folder is as it
        # was; a store indexed afresh, its whole index).
        await freeze_what_lives()

    async def _watch_what_was_lost(self) -> None:
        """After start-up's reindex was refused (most documents gone: an emptied folder, a share not mounted), watch
        for them to come back: with COLLECTIONS each collection that lost most of its documents on its own (one
        share each, back each in its own time), else the whole folder."""
        lost: list[Scope | None] = []
        for name in sorted({name for names in self.settings.collections.values() for name in names}):
            try:
                await self.service.refuse_if_folder_lost(frozenset({name}))
            except RemovalRefused:
                lost.append(frozenset({name}))
            except Exception as error:  # the store unreadable now, say: the whole folder is watched
                log.warning("could not tell which collections lost their documents (%s)", error)
                lost = []
                break
        for scope in lost or [None]:
            self.watch_for_folder(scope)

    def watch_for_folder(self, scope: Scope | None = None) -> None:
        """Reindex the documents folder (the collections in `scope`: their folders) once it is back, not there now or
        missing most of what the index holds (unless a watch of it already runs)."""
        running = self._folder_watches.get(scope)
        if running is None or running.done():
            name = "docbot-folder-watch" if scope is None else f"docbot-folder-watch-{'+'.join(sorted(scope))}"
            self._folder_watches[scope] = asyncio.create_task(self._reindex_when_folder_back(scope), name=name)

    def watching(self, scope: Scope | None) -> list[Scope | None]:
        """The folder watches running that wait for any of the collections in `scope` (None: for anything), by the
        collections each waits for (None: the whole folder)."""
        return [
            watched
            for watched, task in self._folder_watches.items()
            if not task.done() and (watched is None or scope is None or watched & scope)
        ]

    def stop_watching(self, scope: Scope) -> None:
        """End the folder watches of collections in `scope` that hold no document now (removed at an admin's word):
        their folders coming back are not read unasked."""
        for watched, task in self._folder_watches.items():
            if watched is not None and watched <= scope and not self.service.has_documents(watched):
                task.cancel()

    async def _reindex_when_folder_back(self, scope: Scope | None) -> None:
        # A stat per file every FOLDER_CHECK_SECONDS only while the folder is being filled; a stat of the folder while
        # it is not there. In a daemon thread: a share that hangs must hold neither the event loop nor a stop (the
        # default executor of asyncio.to_thread is joined as the process ends).
        docs = self.settings.docs_dir
        folder = docs if scope is None or len(scope) != 1 else docs / next(iter(scope))
        shown = folder if scope is None else f"{folder} ({collections_named(scope)})"
        lost: tuple[tuple[int, int], int] | None = None  # the folder's mark and the index's generation when found lost
        looking: asyncio.Future[tuple[int, int] | None] | None = None
        hung = False  # the look under way took longer than FOLDER_LOOK_SECONDS (said once)
        while True:
            seen = None
            while True:
                await asyncio.sleep(FOLDER_CHECK_SECONDS)
                if looking is None or looking.done():
                    looking, hung = in_daemon_thread(lambda: folder_mark(folder), "docbot-folder-look"), False
                try:
                    mark = await asyncio.wait_for(asyncio.shield(looking), FOLDER_LOOK_SECONDS)
                except TimeoutError:
                    # Waited for again at the next look, not looked at again: one thread per hung share, one line.
                    if not hung:
                        log.warning(
                            "documents folder %s did not answer in %.0f s (a share that hangs?)",
                            shown,
                            FOLDER_LOOK_SECONDS,
                        )
                    hung, mark = True, None
                except Exception as error:
                    log.warning("documents folder %s could not be looked at (%s)", shown, error)
                    mark = None
                # A folder holding no file is not back yet (a mount point before its share is mounted, a folder made
                # before its files are copied): its reindex would be refused, every document gone.
                if mark is not None and mark[0] and mark == seen:
                    # Back but still without most of the indexed documents (a share partly copied back): looked at
                    # again once the folder or the index changed (an admin's reindex that removed them).
                    now = (mark, await self.service.store.generation())
                    if now != lost:
                        try:
                            await self.service.refuse_if_folder_lost(scope)
                            break
                        except RemovalRefused as error:
                            log.info("documents folder %s is there but %s", shown, error)
                            lost = now
                seen = mark
            log.info("documents folder %s is back: reindexing it", shown)
            try:
                report = await self.service.reindex(scope=scope)
            except ReindexInProgress:
                # An admin's /reindex: with COLLECTIONS it reads that server's folders only. Looked at again (two looks,
                # then a reindex that reads only what changed) until one runs here.
                continue
            except DocumentsFolderMissing:
                continue  # gone again meanwhile
            except RemovalRefused:
                continue  # lost again meanwhile
            except Exception:
                log.exception("the folder back could not be reindexed; /reindex can retry")
            else:
                if self.service.ready:
                    self.index_ready.set()
                await freeze_what_lives()
                if report.kept_collections:
                    continue  # lost again meanwhile, and kept as it was
            return

    async def close(self) -> None:
        for task in (self._index_task, *self._folder_watches.values(), self._sync_task, self._settling):
            if task is not None and not task.done():
                task.cancel()
        await super().close()

    async def on_ready(self) -> None:
        user = self.user
        log.info("connected as %s (%s) to %d servers", user, user.id if user else "?", len(self.guilds))
        if self._checked_guilds:  # on_ready comes again after a new session; the guilds were checked at start-up
            return
        self._checked_guilds = True
        self._settling = asyncio.create_task(self.unfinished.settle(self), name="docbot-unfinished-replies")
        settings = self.settings
        if not settings.allowed_guild_ids:
            if len(self.guilds) > 1:
                log.warning(
                    "ALLOWED_GUILD_IDS is empty and docbot is in %d servers: every one of them can read every "
                    "document; set ALLOWED_GUILD_IDS (and turn off Public Bot in the developer portal)",
                    len(self.guilds),
                )
            return
        staying = [
            guild.id
            for guild in self.guilds
            if not settings.serves(guild.id) and not await leave_if_not_served(self, guild, "found at start-up")
        ]
        if staying:  # one line at each start, not one per server: a public bot may be in thousands
            named = ", ".join(map(str, staying[:GUILDS_NAMED]))
            more = f" and {len(staying) - GUILDS_NAMED} more" if len(staying) > GUILDS_NAMED else ""
            log.warning(
                "%d servers are not in ALLOWED_GUILD_IDS (%s%s); docbot stays in them but answers nothing there",
                len(staying),
                named,
                more,
            )

    async def on_guild_join(self, guild: discord.Guild) -> None:
        log.info("joined guild %s", guild.id)
        await leave_if_not_served(self, guild, "invited")

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        # Removed (or left): nothing of the server is kept in memory; its questions stay in the store for /report
        # until they expire, as README says, and `docbot report --guild ID --forget` deletes them now.
        self.reindex_limit.forget(guild.id)
        days = self.settings.question_retention_days
        kept = f"; its questions are kept {days} days, or deleted now by `docbot report --guild {guild.id} --forget`"
        log.info("removed from guild %s%s", guild.id, kept if days else "")

    async def on_message(self, message: discord.Message, /) -> None:
        # docbot has no text commands: a message that mentions it is a question for AskCog's listener. commands.Bot
        # would parse it as a command too and log `Command "..." is not found` at ERROR, question text and all.
        return


async def freeze_what_lives() -> None:
    """Move what is alive now (modules, the model, the index served and its caches: alive as long as the process)
    to the permanent generation, which full garbage collections do not walk. They took 0.1-0.3 s each at 300k
    sentences (up to 0.4 s at 1M), holding the GIL, so the event loop, from whichever thread set them off; 5-60 ms
    frozen (docs/benchmarks.md). One collection first, in a worker, so that no garbage is frozen for good: it walks
    only what is not frozen yet. gc.freeze itself only moves a list."""
    await asyncio.to_thread(gc.collect)
    gc.freeze()


def import_what_it_imports(module: str) -> None:
    """Import the modules that `module` imports at its top level, without running `module` itself (discord.py's
    load_extension runs it, and would run it again)."""
    try:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            return
        for node in ast.parse(Path(spec.origin).read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                importlib.import_module(name)
    except Exception:  # load_extension then fails on it and says so, as it always did
        return


def shard_options(settings: Settings) -> dict[str, Any]:
    """SHARD_COUNT and SHARD_IDS as discord.py options (for AutoShardedBot); none when the bot is not sharded."""
    if not settings.sharded:
        return {}
    return {"shard_count": settings.shard_count or None, "shard_ids": list(settings.shard_ids) or None}


def shard_slot(settings: Settings) -> str:
    """Which of the processes sharing one database this is: its SHARD_COUNT and SHARD_IDS ("" when not sharded)."""
    if not settings.sharded:
        return ""
    return f"{settings.shard_count}:{','.join(map(str, sorted(settings.shard_ids)))}"


class ShardedDocBot(DocBot, commands.AutoShardedBot):
    """DocBot as AutoShardedBot, when SHARD_COUNT is set: all shards, or the SHARD_IDS ones, in this process."""


class CommandSyncer(DocBot):
    """`docbot sync`: after `login` its commands are synced, changed or not. It never connects to the gateway nor
    touches the index."""

    async def setup_hook(self) -> None:
        await self.load_cogs()
        await self.sync_commands(force=True)


class DocBotTree(app_commands.CommandTree["DocBot"]):
    """The command tree with docbot's one error handler and its one gate (ALLOWED_GUILD_IDS) for commands and
    autocomplete."""

    async def interaction_check(self, interaction: discord.Interaction[DocBot], /) -> bool:
        """Every command and autocomplete starts a request (its id is on each log line of it); in a server docbot
        does not serve it is refused."""
        new_request_id()
        if interaction.type is discord.InteractionType.application_command:
            name = interaction.command.qualified_name if interaction.command else "?"
            log.info(
                "/%s by user %s in guild %s channel %s",
                name,
                interaction.user.id,
                interaction.guild_id,
                interaction.channel_id,
            )
        return not await refuse_if_not_served(interaction)

    async def on_error(self, interaction: discord.Interaction[DocBot], error: app_commands.AppCommandError) -> None:
        """A short private message for the user; the traceback goes to the log."""
        if isinstance(error, app_commands.CheckFailure):
            message = str(error) or "You cannot use this command here."
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("command /%s failed", command, exc_info=error)
            message = GENERIC_ERROR
        await send_private(interaction, message)
