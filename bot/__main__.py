"""`python -m bot` and `docbot run`: start the Discord bot."""

from __future__ import annotations

import asyncio
import logging
import sys

import discord
from dotenv import find_dotenv, load_dotenv

from bot.client import DocBot, ShardedDocBot
from bot.logging_setup import configure_logging
from bot.settings import Settings, SettingsError
from retrieval.answer.semantic import RerankerUnavailable, load_reranker
from retrieval.store.database import Store, StoreError

log = logging.getLogger(__name__)


def fail(message: str, status: int = 1) -> int:
    """Print one clear line and return the exit status."""
    print(f"docbot: error: {message}", file=sys.stderr)
    return status


async def serve(settings: Settings) -> None:
    """Open the store, build the service and run the bot until it is stopped."""
    reranker = await asyncio.to_thread(load_reranker, settings.reranker)
    store = await Store.open(settings.db_path)
    try:
        service = settings.answer_service(store, reranker)
        bot_class = ShardedDocBot if settings.sharded else DocBot
        async with bot_class(service, settings) as bot:
            await bot.start(settings.discord_token)
    finally:
        await store.close()


def run_bot(settings: Settings) -> int:
    """Run the bot with `settings`; returns the process exit status."""
    if not settings.discord_token:
        return fail("DISCORD_TOKEN is not set: put the bot token in the environment or in .env", 2)
    if not settings.docs_dir.is_dir():
        return fail(f"documents folder {settings.docs_dir} does not exist (set DOCS_DIR)", 2)
    configure_logging(settings.log_level, settings.discord_token)
    try:
        asyncio.run(serve(settings))
    except discord.LoginFailure:
        return fail("Discord rejected the token in DISCORD_TOKEN; copy it again from the developer portal")
    except discord.PrivilegedIntentsRequired:
        return fail(
            "QUESTION_CHANNEL_IDS needs the Message Content intent: enable it for the bot in the developer portal"
        )
    except StoreError as error:
        return fail(str(error), 3)
    except RerankerUnavailable as error:
        return fail(str(error), 2)
    except KeyboardInterrupt:
        log.info("stopped")
    return 0


def main() -> int:
    """Entry point of `python -m bot`."""
    load_dotenv(find_dotenv(usecwd=True))  # the one place .env is read; the environment wins over it
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        return fail(str(error), 2)
    return run_bot(settings)


if __name__ == "__main__":
    sys.exit(main())
