"""The fake Discord (tests/discord/fake_discord.py) in a process of its own, driven over HTTP by a benchmark.

A benchmark that ran the fake on the bot's event loop would time the fake's work as the bot's. Here the fake serves
from a child process (`python bench/fake_discord_process.py`, which prints its port on the first line of standard
output) and `RemoteFake` is what the benchmark holds: it points discord.py at the child, and asks the child over a
few control routes (`/_control/...`, next to the fake's own REST routes) to dispatch a question and report when the
bot's reply arrived. Times are taken in the child, by the fake's own clock: dispatch to the first visible reply.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import discord.gateway
import discord.http
import yarl
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
# this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
# ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

from tests.discord.fake_discord import DEFAULT_TOKEN, FakeDiscord, SentMessage

CONTROL = "/_control"
HEARTBEAT_INTERVAL_MS = 1000  # the fake's heartbeat interval: short, so that a blocked bot loop misses some


class ControlledFake(FakeDiscord):
    """The fake with control routes for a benchmark in another process."""

    def _add_routes(self, app: web.Application) -> None:
        super()._add_routes(app)
        app.router.add_get(CONTROL + "/ready", self._control_ready)
        app.router.add_post(CONTROL + "/ask", self._control_ask)
        app.router.add_get(CONTROL + "/stats", self._control_stats)
        app.router.add_post(CONTROL + "/trim", self._control_trim)

    async def _control_ready(self, request: web.Request) -> web.Response:
        try:
            await self.wait_until_ready(float(request.query.get("timeout", "5")))
        except TimeoutError as error:
            return web.json_response({"ready": False, "error": str(error)})
        return web.json_response({"ready": True})

    async def _control_ask(self, request: web.Request) -> web.Response:
        """Ask one question by /ask (or by mentioning the bot) and wait for the reply: its text and seconds."""
        body = await request.json()
        question, user, channel = body["question"], body["user"], body.get("channel") or self.channel_ids[0]
        timeout = float(body.get("timeout", 60))
        try:
            if body.get("by_mention"):
                started = time.perf_counter()
                message_id = await self.send_message(
                    f"<@{self.application_id}> {question}", channel_id=channel, author=user
                )

                def replies_to_it(sent: SentMessage) -> bool:
                    reference = sent.message_reference
                    return reference is not None and int(reference["message_id"]) == message_id

                reply = await self.wait_for_channel_message(channel, timeout=timeout, predicate=replies_to_it)
                content, seconds = reply.content or "", reply.at - started
            else:
                iid = await self.send_slash_command("ask", {"question": question}, user=user, channel_id=channel)
                response = await self.wait_for_response(iid, timeout=timeout)
                content, seconds = response.content or "", self.latency(iid) or 0.0
        except TimeoutError:
            return web.json_response({"content": None, "seconds": None})
        return web.json_response({"content": content, "seconds": seconds})

    async def _control_stats(self, request: web.Request) -> web.Response:
        return web.json_response({"missed_heartbeats": self.missed_heartbeats(), "heartbeats": len(self.heartbeats)})

    async def _control_trim(self, request: web.Request) -> web.Response:
        """Forget what the fake recorded of past questions (its memory, not the bot's); heartbeats are kept."""
        self.forget_recorded(heartbeats=False)
        return web.json_response({})


async def serve() -> None:
    """Start the fake on 127.0.0.1, print its port, and serve until standard input closes."""
    fake = ControlledFake(heartbeat_interval_ms=HEARTBEAT_INTERVAL_MS)
    await fake.start()
    print(fake.port, flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # the parent closes it to stop us
    await fake.stop()


@dataclass(frozen=True)
class Reply:
    """What the fake saw of one question: the reply's text (None: no reply in time) and seconds from dispatch."""

    content: str | None
    seconds: float | None


class RemoteFake:
    """The benchmark's handle on a fake Discord in a child process (what `tests.discord.harness.docbot` needs)."""

    token = DEFAULT_TOKEN

    def __init__(self) -> None:
        self.port = 0
        self._process: subprocess.Popen[str] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._undo: tuple[str, yarl.URL] | None = None

    async def __aenter__(self) -> RemoteFake:
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve())], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        line = await asyncio.to_thread(self._process.stdout.readline)
        if not line.strip().isdigit():
            raise RuntimeError(f"the fake Discord process did not start (it printed {line!r})")
        self.port = int(line)
        self._session = aiohttp.ClientSession(
            f"http://127.0.0.1:{self.port}",
            headers={"Authorization": f"Bot {self.token}"},
            connector=aiohttp.TCPConnector(limit=0),
            timeout=aiohttp.ClientTimeout(total=None),
        )
        self._undo = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
        discord.http.Route.BASE = f"http://127.0.0.1:{self.port}/api/v10"
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{self.port}/gateway")
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._undo is not None:
            discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = self._undo
        if self._session is not None:
            await self._session.close()
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                await asyncio.to_thread(self._process.wait, 10)
            except subprocess.TimeoutExpired:
                self._process.kill()

    async def _call(self, method: str, route: str, body: object = None) -> Any:
        assert self._session is not None
        async with self._session.request(method, CONTROL + route, json=body) as response:
            response.raise_for_status()
            return json.loads(await response.text())

    async def wait_until_ready(self, timeout: float = 5.0) -> None:
        """Wait until the bot has identified with the fake."""
        answer = await self._call("GET", f"/ready?timeout={timeout}")
        if not answer["ready"]:
            raise TimeoutError(answer["error"])

    async def ask(
        self, question: str, user: dict[str, Any], *, by_mention: bool = False, channel: int | None = None
    ) -> Reply:
        """Ask `question` as `user` and wait for the bot's reply."""
        answer = await self._call(
            "POST", "/ask", {"question": question, "user": user, "by_mention": by_mention, "channel": channel}
        )
        return Reply(answer["content"], answer["seconds"])

    async def missed_heartbeats(self) -> int:
        """Gaps between the bot's heartbeats longer than 1.5 intervals, on any connection so far."""
        return int((await self._call("GET", "/stats"))["missed_heartbeats"])

    async def trim(self) -> None:
        """Let the fake forget the questions asked so far (its memory grows with them otherwise)."""
        await self._call("POST", "/trim")


if __name__ == "__main__":
    asyncio.run(serve())
