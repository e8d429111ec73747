"""`python -m bot` and `docbot run`: start the Discord bot; `docbot sync`: sync its slash commands now."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import signal
import socket
import ssl
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import aiohttp
import discord
from dotenv import find_dotenv, load_dotenv

from bot.client import CommandSyncer, DocBot, ShardedDocBot
from bot.health import (
    DATABASE,
    TOKEN_WHERE,
    check_token,
    no_documents_folder,
    serving_without_folder,
    startup_checks,
)
from bot.logging_setup import configure_logging
from bot.settings import Settings, SettingsError, error_line
from bot.wiring import build_service
from retrieval.answer.semantic import RerankerUnavailable, load_reranker
from retrieval.service import AnswerService
from retrieval.store.database import Store, StoreError

log = logging.getLogger(__name__)

# A first `docbot run` (or `docbot sync`) before any setting: where the token comes from, and where it goes.
NO_TOKEN = (
    "DISCORD_TOKEN is not set: copy the bot token from the Bot page of the Discord developer portal (Reset Token shows"
    " it once) into .env as DISCORD_TOKEN=... (`cp .env.example .env` first), or into the environment"
)


def fail(message: str, status: int = 1, run: bool = False) -> int:
    """Print one clear line and return the exit status; `docbot run`'s (`run`) says when only the operator can mend
    it (`stop_note`)."""
    print(error_line(message, status, run), file=sys.stderr)
    return status


# Failures on the way to Discord: those that are no connection (`no_connection`) are retried with backoff by `docbot
# run`, and told as "Discord cannot be reached" by `docbot sync`; any other stops either with one line.
UNREACHABLE: tuple[type[BaseException], ...] = (
    aiohttp.ClientError,
    OSError,
    asyncio.TimeoutError,
    discord.GatewayNotFound,
)
# Of those, the ones that are a connection that failed (refused, reset, DNS, timeout, no route to the network): only
# these read "Discord cannot be reached" to `docbot sync`; any other (a TLS failure: something not Discord answered,
# or a certificate no one trusts; a local OSError such as too many open files) is told as itself.
NO_CONNECTION_ERRNOS = frozenset(
    {
        errno.ECONNREFUSED,
        errno.ECONNRESET,
        errno.ECONNABORTED,
        errno.ENETUNREACH,
        errno.ENETDOWN,
        errno.ENETRESET,
        errno.EHOSTUNREACH,
        errno.EHOSTDOWN,
        errno.ETIMEDOUT,
    }
)
FIRST_RETRY_SECONDS = 2.0
LAST_RETRY_SECONDS = 300.0
# After SIGTERM/SIGINT, how long a running reindex may take to end before it is abandoned (its write is one
# transaction: abandoning it loses nothing). systemd and docker wait 30 s and 10 s before killing.
REINDEX_GRACE_SECONDS = 6.0


class DiscordFailed(Exception):
    """`docbot sync` could not sync (Discord cannot be reached, or another failure), or `docbot run` met a failure on
    the way to Discord that is no failed connection (TLS, a local OSError): its one line says which."""


def no_connection(error: BaseException) -> bool:
    """Whether `error` is a connection to Discord that failed (refused, reset, DNS, timeout, network unreachable),
    rather than another failure on the way (TLS, a local OSError)."""
    if isinstance(error, aiohttp.ClientConnectorError):
        error = error.os_error  # what the connection attempt met
    if isinstance(error, ssl.SSLError):
        return False
    if isinstance(error, (ConnectionError, TimeoutError, socket.gaierror, aiohttp.ServerConnectionError)):
        return True
    if isinstance(error, discord.GatewayNotFound):
        return True
    return isinstance(error, OSError) and error.errno in NO_CONNECTION_ERRNOS


async def serve(settings: Settings) -> None:
    """Open the store, build the service and run the bot until it is stopped (SIGTERM or SIGINT: cleanly)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stop.set)
    reranker = await asyncio.to_thread(load_reranker, settings.reranker, 1, settings.model_path)
    store = await Store.open(settings.db_path)
    service: AnswerService | None = None
    try:
        service = build_service(settings, store, reranker, serving=True)
        bot_class = ShardedDocBot if settings.sharded else DocBot
        async with bot_class(service, settings) as bot:
            await run_until_stopped(bot, settings.discord_token, stop)
        if service.embedding:
            log.info("stopping: the batch of sentence vectors under way ends first (the rest after the next start)")
        await service.stop_embedding()  # after its current batch: only then is docbot stopped
        log.info("stopped")
    finally:
        # The service closes its stored vectors' connection and row copy before the store: the database's files are
        # then all closed when the process exits, as after a CLI command.
        await (store.close() if service is None else service.close())


async def run_until_stopped(bot: DocBot, token: str, stop: asyncio.Event) -> None:
    """Run `bot` until `stop` is set, retrying with backoff while Discord cannot be reached (`no_connection`; any
    other failure on the way raises `DiscordFailed`); then stop cleanly: close the gateway (no more questions), give
    a running reindex a few seconds to end, return (the caller says "stopped" when it is)."""
    delay = FIRST_RETRY_SECONDS
    while True:
        running = asyncio.create_task(bot.start(token), name="docbot-gateway")
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set():
            log.info("stopping: closing the connection to Discord")
            await bot.close()
            await _let_reindex_end(bot)
            with contextlib.suppress(asyncio.CancelledError, *UNREACHABLE):
                await asyncio.wait_for(running, 5)
            return  # "stopped" is logged once the vectors' batch under way ended too (serve)
        stopping.cancel()
        error = running.exception()
        if error is None:
            return  # the bot closed itself
        if not isinstance(error, UNREACHABLE):
            raise error
        if not no_connection(error):  # waiting will not mend it (something not Discord answered, too many files open)
            raise DiscordFailed(f"could not connect to Discord ({_reason(error)})") from error
        log.warning("Discord cannot be reached (%s); trying again in %.0f s", _reason(error), delay)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        if stop.is_set():
            return
        delay = min(delay * 2, LAST_RETRY_SECONDS)


async def _let_reindex_end(bot: DocBot) -> None:
    waited = 0.0
    while bot.service.reindexing and waited < REINDEX_GRACE_SECONDS:
        await asyncio.sleep(0.1)
        waited += 0.1
    if bot.service.reindexing:
        log.warning("a reindex was still running after %.0f s: abandoned (the previous index stays whole)", waited)


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


async def force_sync(settings: Settings) -> None:
    """Log in, sync the slash commands whether or not they changed, and say so."""
    store = await Store.open(settings.db_path)  # the record of syncs lives beside the database
    try:
        async with CommandSyncer(build_service(settings, store), settings) as bot:
            try:
                await bot.login(settings.discord_token)  # login runs setup_hook, which syncs
            except UNREACHABLE as error:
                reason = _reason(error)
                raise DiscordFailed(
                    f"Discord cannot be reached ({reason}); nothing was synced: run `docbot sync` again later"
                    if no_connection(error)
                    else f"could not sync the slash commands ({reason}); nothing was synced"
                ) from error
            where = f"to guild {settings.dev_guild_id}" if settings.dev_guild_id else "globally"
            print(f"docbot: synced {len(bot.synced_commands)} slash commands {where}")
    finally:
        await store.close()


def run_bot(settings: Settings) -> int:
    """Run the bot with `settings`; returns the process exit status."""
    if not settings.discord_token:
        return fail(NO_TOKEN, 2, run=True)
    missing = no_documents_folder(settings.docs_dir)
    if missing is not None and serving_without_folder(settings) is None:  # with an index stored, it is served
        return fail(missing, 2, run=True)
    configure_logging(settings.log_level, settings.discord_token)
    for result in startup_checks(settings):
        if not result.passed:
            return fail(result.detail, 3 if result.item == DATABASE else 2, run=True)
        log.log(logging.INFO if result.status == "ok" else logging.WARNING, "check %s: %s", result.item, result.detail)
    return run_on_discord(serve, settings)


def sync_commands(settings: Settings) -> int:
    """`docbot sync`: sync the slash commands now, even if unchanged; returns the process exit status."""
    if not settings.discord_token:
        return fail(NO_TOKEN, 2)
    return run_on_discord(force_sync, settings)


def run_on_discord(job: Callable[[Settings], Coroutine[Any, Any, None]], settings: Settings) -> int:
    """Run `job` with the token redacted from the logs, and turn the failures one can fix into one line each."""
    configure_logging(settings.log_level, settings.discord_token)
    run = job is serve
    try:
        asyncio.run(job(settings))
    except discord.LoginFailure:
        form = check_token(settings.discord_token)  # what it looks like, when that tells why (a Client Secret?)
        # A setting (2), as much as a token missing: Discord's refusal comes back at every start.
        detail = form.detail if not form.passed else TOKEN_WHERE
        return fail(f"Discord rejected the token in DISCORD_TOKEN; {detail}", 2, run=run)
    except discord.PrivilegedIntentsRequired:
        return fail(
            "QUESTION_CHANNEL_IDS needs the Message Content intent: enable it for the bot in the developer portal",
            2,
            run=run,
        )
    except StoreError as error:
        return fail(str(error), 3, run=run)
    except DiscordFailed as error:
        return fail(str(error), run=run)
    except RerankerUnavailable as error:
        return fail(str(error), 2, run=run)
    except KeyboardInterrupt:
        log.info("stopped")
    return 0


def main() -> int:
    """Entry point of `python -m bot`."""
    load_dotenv(find_dotenv(usecwd=True))  # the one place .env is read; the environment wins over it
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        return fail(str(error), 2, run=True)
    configure_logging(settings.log_level, settings.discord_token, settings.log_format)
    return run_bot(settings)


if __name__ == "__main__":
    sys.exit(main())
