"""`docbot run` start-up failures: one clear line and a non-zero exit, never a traceback."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.__main__ import run_bot
from bot.settings import Settings
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds


@pytest.fixture
def fake_in_thread() -> Iterator[FakeDiscord]:
    """A fake Discord served from its own thread and loop, so `run_bot` can own the main thread's loop."""
    loop = asyncio.new_event_loop()
    fake = FakeDiscord()
    started = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(fake.start())
        started.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    assert started.wait(5)
    fake.patch()
    try:
        yield fake
    finally:
        fake.unpatch()
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def test_missing_token_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(docs_dir=copy_seeds(tmp_path / "docs"), db_path=tmp_path / "db.sqlite3")
    assert run_bot(settings) == 2
    out, err = capsys.readouterr()
    assert err.strip() == "docbot: error: DISCORD_TOKEN is not set: put the bot token in the environment or in .env"
    assert not out


def test_rejected_token_is_one_clear_line_without_traceback(
    fake_in_thread: FakeDiscord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(
        docs_dir=copy_seeds(tmp_path / "docs"), db_path=tmp_path / "db.sqlite3", discord_token="not-the-token"
    )
    assert run_bot(settings) == 1
    _, err = capsys.readouterr()
    assert "docbot: error: Discord rejected the token in DISCORD_TOKEN" in err
    assert "Traceback" not in err and "not-the-token" not in err
