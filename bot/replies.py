"""What every part of the bot replies with: no pings, private messages, and the messages shared by several commands."""

from __future__ import annotations

import asyncio
import datetime
import logging
import sqlite3
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

import aiohttp
import discord

from bot.format import MESSAGE_LIMIT
from retrieval.models import ELLIPSIS
from retrieval.store.database import Store, StoreError, store_error

if TYPE_CHECKING:
    from retrieval.service import AnswerService

log = logging.getLogger(__name__)

# Replies never ping: a quoted document or a question may hold @everyone or a member's mention.
NO_MENTIONS = discord.AllowedMentions.none()
# How long the buttons under a reply stay live.
VIEW_TIMEOUT_SECONDS = 600.0
# How long a confirmation button (remove documents, replace or delete a file) waits for the admin who asked.
CONFIRM_SECONDS = 300.0
# The example question, one for every place that shows one (/help, the reply to a mention without a question, a
# direct message without one): any documents' readers can read it, as docbot answers who said what.
EXAMPLE_QUESTION = "who said what?"
STILL_INDEXING = "I'm still indexing the documents; please try again in a moment."
# At start-up, while the index already built is read (`AnswerService.loading`): nothing is being indexed.
STARTING_UP = "I'm starting up and loading the index; please try again in a few seconds."


def not_ready_refusal(service: AnswerService) -> str | None:
    """What a question (or a command that needs the index) is told while no index answers, or None once one does:
    while the stored index is being read at start-up (`loading`), or while none was built yet."""
    if service.ready:
        return None
    return STARTING_UP if service.loading else STILL_INDEXING


# How a refused mass removal (RemovalRefused) goes on from Discord: start-up's log and /docs' reindex say it.
REMOVAL_ON_DISCORD = "If those documents really are gone, an admin's /reindex offers to remove them."
GENERIC_ERROR = "Something went wrong while answering; it has been logged. Please try again in a moment."
BUTTON_ERROR = "Something went wrong with that button; it has been logged."
# What stays in the channel of a public "thinking…" reply that ended in an error and could not be deleted: the member
# is told why privately.
NOT_ANSWERED = "Could not answer this question."
# interaction.extras key: the interaction was deferred publicly, and its reply is still that "thinking…".
_PUBLIC_DEFERRAL = "docbot_public_deferral"
# After this long without an answer an interaction is deferred, well inside Discord's 3-second deadline: past it
# Discord drops the interaction and the member sees "This interaction failed", even when the work then succeeds.
DEFER_AFTER_SECONDS = 1.5

# Discord lets the reply to an interaction be edited for 15 minutes; from this long before the end, what a command
# still has to say (a long reindex's report) goes to the member by direct message instead.
TOKEN_MARGIN = datetime.timedelta(seconds=60)
BY_DIRECT_MESSAGE = "Discord lets this reply be updated for 15 minutes only: the result will come by direct message."

# A request to Discord cut off by the network: discord.py lets aiohttp's and the socket's errors through as they are,
# not as an HTTPException (a connection reset, a timeout).
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (aiohttp.ClientError, OSError, TimeoutError)
# A request to Discord that did not go through: refused (an HTTPException), or cut off by the network.
REQUEST_FAILED: tuple[type[BaseException], ...] = (discord.HTTPException, *CONNECTION_ERRORS)

T = TypeVar("T")


def mention_name(me: discord.abc.User | None) -> str:
    """docbot's name as a member types it to mention it (`me`: its member in a server, whose nickname a server may
    have changed; its user elsewhere), fit for a code span (a backtick would end it)."""
    return (me.display_name if me is not None else "docbot").replace("`", "'")


def within_limit(content: str) -> str:
    """`content` cut to Discord's MESSAGE_LIMIT: a longer message is refused whole (the member would get nothing,
    or "This interaction failed"), a line listing hundreds of collections, say."""
    return content if len(content) <= MESSAGE_LIMIT else content[: MESSAGE_LIMIT - len(ELLIPSIS)] + ELLIPSIS


async def failure_reason(error: BaseException, store: Store, limit: int = 1500) -> str:
    """Why a reindex failed, for an admin: a deleted database's line, a StoreError's own line (written for people:
    "could not write the index ... (database or disk is full)"), the store's line for a database another program
    keeps locked (a backup, an sqlite3 shell), an OSError docbot raised itself with a line (no errno: "documents
    folder ... does not exist"), else the error's type and text."""
    gone = await store.gone()
    if gone:
        return gone
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        error = await asyncio.to_thread(store_error, store.path, error)  # it looks at the disk: in a worker
    written_for_people = isinstance(error, StoreError) or (
        isinstance(error, OSError) and error.errno is None and bool(str(error))
    )
    return str(error)[:limit] if written_for_people else f"{type(error).__name__}: {str(error)[:limit]}"


async def defer_publicly(interaction: discord.Interaction[Any]) -> None:
    """Defer with a public "thinking…" reply (a slow /ask, whose answer everyone sees); see `send_private`."""
    await interaction.response.defer(thinking=True)
    interaction.extras[_PUBLIC_DEFERRAL] = True


def replaced_deferral(interaction: discord.Interaction[Any]) -> None:
    """The public "thinking…" reply was replaced (by the answer): a follow-up is a message of its own now."""
    interaction.extras.pop(_PUBLIC_DEFERRAL, None)


async def respond(interaction: discord.Interaction[Any], content: str, **kwargs: Any) -> bool:
    """Send `content` without pings as the first response to `interaction`, or as a follow-up once it was answered
    or deferred; `kwargs` (ephemeral, view, suppress_embeds) go to both alike. Returns whether it was a follow-up."""
    if interaction.response.is_done():
        await interaction.followup.send(content, allowed_mentions=NO_MENTIONS, **kwargs)
        return True
    await interaction.response.send_message(content, allowed_mentions=NO_MENTIONS, **kwargs)
    return False


async def send_private(interaction: discord.Interaction[Any], content: str) -> None:
    """An ephemeral message, as the first response or as a follow-up; failures to deliver are only logged.

    After a public deferral (`defer_publicly`), Discord makes the first follow-up that public reply whatever its flags:
    the reply is deleted first (else it says NOT_ANSWERED), and `content` goes to the member alone."""
    if interaction.extras.pop(_PUBLIC_DEFERRAL, False):
        await _withdraw_public_reply(interaction)
    try:
        await respond(interaction, within_limit(content), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver a private message to the user", exc_info=True)
    except CONNECTION_ERRORS as error:
        log.warning("could not deliver a private message to the user (%s: %s)", type(error).__name__, error)


async def _withdraw_public_reply(interaction: discord.Interaction[Any]) -> None:
    try:
        await interaction.delete_original_response()
        return
    except discord.HTTPException:
        log.warning("could not delete a public reply that ended in an error", exc_info=True)
    except CONNECTION_ERRORS as error:
        log.warning("could not delete a public reply that ended in an error (%s: %s)", type(error).__name__, error)
    await edit_reply(interaction, NOT_ANSWERED)


async def edit_reply(interaction: discord.Interaction[Any], content: str, view: discord.ui.View | None = None) -> None:
    """Replace the (deferred) reply to `interaction` with `content`, and `view` when given; failures are only
    logged."""
    if stopping(interaction):
        return
    try:
        await interaction.edit_original_response(
            content=within_limit(content),
            allowed_mentions=NO_MENTIONS,
            view=view if view is not None else discord.utils.MISSING,
        )
    except discord.HTTPException:
        log.warning("could not update the reply to a command", exc_info=True)
    except CONNECTION_ERRORS as error:
        log.warning("could not update the reply to a command (%s: %s)", type(error).__name__, error)


async def in_time(interaction: discord.Interaction[Any], work: Awaitable[T], *, thinking: bool = True) -> T:
    """Await `work` (a database write waiting for a reindex's transaction, say); when it takes longer than
    `DEFER_AFTER_SECONDS`, defer the interaction first, privately: with `thinking`, a "thinking" reply that the
    answer (`send_private`) replaces, without it a click's silent acknowledgement (then `edit_original_response`
    edits the clicked message)."""
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.wait_for(asyncio.shield(task), DEFER_AFTER_SECONDS)
    except TimeoutError:
        if not interaction.response.is_done():
            try:
                await interaction.response.defer(ephemeral=True, thinking=thinking)
            except discord.HTTPException:
                log.warning("could not defer a slow interaction", exc_info=True)
        return await task


def stopping(interaction: discord.Interaction[Any]) -> bool:
    """Whether docbot is stopping (its connection to Discord closed): nothing can be sent any more, and trying
    raises discord.py's "Session is closed". A command cut off so is told at the next start (bot/unfinished.py)."""
    if not interaction.client.is_closed():
        return False
    log.info("docbot is stopping: a reply to user %s was not sent", interaction.user.id)
    return True


def expiring(interaction: discord.Interaction[Any]) -> bool:
    """Whether the reply to `interaction` can no longer be relied on to take an edit (see TOKEN_MARGIN)."""
    return discord.utils.utcnow() >= interaction.expires_at - TOKEN_MARGIN


async def deliver(interaction: discord.Interaction[Any], content: str, view: discord.ui.View | None = None) -> None:
    """The result of a command that may have run for a long time (a reindex): edited into its deferred reply while
    Discord still allows it, else sent to the member by direct message (without `view`: its buttons need the
    server)."""
    if not expiring(interaction):
        await edit_reply(interaction, content, view)
        return
    if stopping(interaction):
        return
    try:
        await interaction.user.send(content, allowed_mentions=NO_MENTIONS)
    except discord.HTTPException:  # direct messages closed, say
        log.warning("could not send a command's result to user %s by direct message", interaction.user.id)
