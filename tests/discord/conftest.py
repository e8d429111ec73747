"""Fixtures of the Discord tests (the suite-wide `fake` is in tests/conftest.py)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from tests.discord.fake_discord import FakeDiscord


@pytest.fixture
def fake_in_thread(fake_and_loop: tuple[FakeDiscord, asyncio.AbstractEventLoop]) -> FakeDiscord:
    """A fake Discord served from its own thread and loop, so `run_bot` can own the main thread's loop."""
    return fake_and_loop[0]


@pytest.fixture
def fake_and_loop() -> Iterator[tuple[FakeDiscord, asyncio.AbstractEventLoop]]:
    """`fake_in_thread` and the loop it is served from (a test sends it commands with run_coroutine_threadsafe)."""
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
        yield fake, loop
    finally:
        fake.unpatch()
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
