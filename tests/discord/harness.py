"""Running a real discord.py client against the fake Discord, and a docbot wired to a temporary index."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TypeVar

import discord
import pytest

from bot import client as client_module
from bot.client import DocBot
from bot.settings import Settings
from bot.wiring import build_service
from retrieval.answer.semantic import SemanticReranker
from retrieval.store.database import Store
from tests.discord.fake_discord import FakeDiscord

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

BotT = TypeVar("BotT", bound=discord.Client)


@contextlib.asynccontextmanager
async def running(bot: BotT, fake: FakeDiscord) -> AsyncIterator[BotT]:
    """Run `bot` against `fake` until the block ends; fail fast if start-up fails."""
    task = asyncio.create_task(bot.start(fake.token))
    ready = asyncio.create_task(fake.wait_until_ready())
    try:
        await asyncio.wait({task, ready}, timeout=5, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # re-raise the start-up error
            raise AssertionError("bot.start() returned before the gateway was ready")
        await ready
        yield bot
    finally:
        ready.cancel()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)


def copy_seeds(folder: Path) -> Path:
    """A private copy of the seed documents (tests change their folder)."""
    shutil.copytree(SEEDS, folder)
    return folder


@contextlib.asynccontextmanager
async def docbot(
    fake: FakeDiscord,
    docs: Path,
    db: Path,
    *,
    wait_for_index: bool = True,
    intents: discord.Intents | None = None,
    view_timeout: float = 600.0,
    reranker: SemanticReranker | None = None,
    **settings: object,
) -> AsyncIterator[DocBot]:
    """A real docbot (real store, real engine) connected to `fake`, its index built unless told not to wait."""
    # Tests reindex several times in a row: no REINDEX_COOLDOWN_SECONDS unless a test sets one.
    config = Settings(docs_dir=docs, db_path=db, discord_token=fake.token, reindex_cooldown_seconds=0.0)
    config = config.with_overrides(**settings)
    store = await Store.open(db)
    try:
        service = build_service(config, store, reranker)
        async with running(DocBot(service, config, intents=intents, view_timeout=view_timeout), fake) as bot:
            if wait_for_index:
                # The first index of a new store loads the language model: 1.6 s on a quiet machine, 10-14 s on two
                # busy cores (it failed here at 10 s, before any test's own steps).
                await asyncio.wait_for(bot.index_ready.wait(), 30)
            yield bot
    finally:
        await store.close()
        # The bot freezes what lives after its start-up (bot/client.py), as a process serving for months should; the
        # test process starts hundreds of bots, whose cycles a freeze would keep for good.
        gc.unfreeze()


async def said_once_a_window(fake: FakeDiscord, channel_id: int, bot_id: int, question: str, line: str) -> None:
    """Two members' three plain messages each in question channel `channel_id` get `line` once (their channel's window
    is used up); two mentions of docbot after them get it each time."""
    for n in range(3):
        for member in (fake.normal_user, fake.admin_user):
            await fake.send_message(f"{question} {n}", channel_id=channel_id, author=member)
    assert (await fake.wait_for_channel_message(channel_id)).content == line
    for n in range(2):  # a mention addresses docbot: told each time, in a window already used up
        await fake.send_message(f"<@{bot_id}> {question} {n}", channel_id=channel_id)
        assert (await fake.wait_for_channel_message(channel_id)).content == line


async def settled(bot: DocBot) -> None:
    """Wait for `bot`'s start-up reindex to end (the harness waits only until an index is served), so that what a test
    sends next is its own doing: a /reindex not refused as "already running", /status's last reindex."""
    task = bot._index_task
    if task is not None:
        await asyncio.wait({task}, timeout=30)


async def until(condition: object, timeout: float = 5.0) -> None:
    """Wait until `condition()` is true (the bot acts on gateway events in tasks of its own)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        if loop.time() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.02)


def counted_looks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every look of the folder watch at its folder (`folder_mark`), each 0.05 s apart."""
    monkeypatch.setattr(client_module, "FOLDER_CHECK_SECONDS", 0.05)
    looks: list[object] = []
    real_mark = client_module.folder_mark

    def counted(root: Path) -> object:
        mark = real_mark(root)
        looks.append(mark)
        return mark

    monkeypatch.setattr(client_module, "folder_mark", counted)
    return looks
