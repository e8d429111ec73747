"""Slash commands are synced on the first start, not again while they stay the same, again when one changes (per
target: global or DEV_GUILD_ID), and always by `docbot sync`. The fake Discord records every sync request."""

from __future__ import annotations

import errno
import socket
import socketserver
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import discord
import pytest

import bot.client
from bot.__main__ import NO_TOKEN, no_connection
from bot.cli import main
from bot.command_sync import RECORD_SUFFIX, SyncRecord
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot

EXTRA_COG = """
from discord import app_commands
from discord.ext import commands


class Extra(commands.Cog):
    @app_commands.command(name="ping", description="{description}")
    async def ping(self, interaction) -> None:
        await interaction.response.send_message("pong")


async def setup(bot) -> None:
    await bot.add_cog(Extra())
"""


def syncs(fake: FakeDiscord, scope: str | int = "global") -> int:
    """How many times the commands were synced to `scope` (a bulk overwrite: PUT .../commands)."""
    path = f"/applications/{fake.application_id}" + ("" if scope == "global" else f"/guilds/{scope}") + "/commands"
    return sum(1 for r in fake.requests if r.method == "PUT" and r.path == path)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def test_synced_on_first_start_then_only_when_a_command_changes(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        assert syncs(fake) == 1 and "ask" in {c["name"] for c in fake.synced_commands["global"]}
    assert (tmp_path / ("db.sqlite3" + RECORD_SUFFIX)).is_file()

    async with docbot(fake, docs, db):  # the same commands: not synced again, and they still answer
        assert syncs(fake) == 1
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")

    # A cog with one more command (a file of its own, loaded as an extension like the others).
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # the file is rewritten below, within the same second
    monkeypatch.syspath_prepend(str(tmp_path))
    extension = tmp_path / "docbot_extra_cog.py"
    extension.write_text(EXTRA_COG.format(description="Reply pong"))
    monkeypatch.setattr(bot.client, "EXTENSIONS", (*bot.client.EXTENSIONS, "docbot_extra_cog"))
    async with docbot(fake, docs, db):
        assert syncs(fake) == 2 and "ping" in {c["name"] for c in fake.synced_commands["global"]}
    async with docbot(fake, docs, db):
        assert syncs(fake) == 2

    extension.write_text(EXTRA_COG.format(description="Reply pong, quickly"))  # a command's description changes
    async with docbot(fake, docs, db):
        assert syncs(fake) == 3
        ping = next(c for c in fake.synced_commands["global"] if c["name"] == "ping")
        assert ping["description"] == "Reply pong, quickly"

    # Each target keeps its own record: the first start with DEV_GUILD_ID syncs to the guild, the next does not.
    for _ in range(2):
        async with docbot(fake, docs, db, dev_guild_id=fake.guild_id):
            assert syncs(fake, fake.guild_id) == 1 and syncs(fake) == 3


async def test_an_unreadable_record_means_a_sync(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        assert syncs(fake) == 1
    record = SyncRecord.beside(db)
    assert len(record.digests()) == 1
    record.path.write_text("{ not json")
    assert record.digests() == {}
    async with docbot(fake, docs, db):
        assert syncs(fake) == 2
    assert len(record.digests()) == 1  # written whole again


def test_docbot_sync_forces_a_sync(
    fake_in_thread: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    isolated: Path,
) -> None:
    fake = fake_in_thread
    monkeypatch.setenv("DISCORD_TOKEN", fake.token)
    db = tmp_path / "state" / "db.sqlite3"
    for count in (1, 2):  # the commands are unchanged the second time; `docbot sync` syncs anyway
        assert main(["sync", "--db", str(db)]) == 0
        out, _ = capsys.readouterr()
        assert syncs(fake) == count
        assert out.startswith(f"docbot: synced {len(fake.synced_commands['global'])} slash commands globally")
    assert {"ask", "reindex", "actor"} <= {c["name"] for c in fake.synced_commands["global"]}
    assert fake.identify_count == 0  # it never connected to the gateway
    assert len(SyncRecord.beside(db).digests()) == 1  # so the next `docbot run` does not sync again

    monkeypatch.setenv("DEV_GUILD_ID", str(fake.guild_id))
    assert main(["sync", "--db", str(db)]) == 0
    assert syncs(fake, fake.guild_id) == 1 and f"to guild {fake.guild_id}" in capsys.readouterr().out


def test_docbot_sync_without_a_token_is_one_clear_line(
    isolated: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["sync", "--db", str(tmp_path / "db.sqlite3")]) == 2
    out, err = capsys.readouterr()
    assert not out
    assert err.strip() == f"docbot: error: {NO_TOKEN}"


def test_docbot_sync_when_discord_cannot_be_reached_is_one_clear_line(
    isolated: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`docbot sync` with the network down (a DNS failure, a refused connection) printed a 60-line aiohttp
    traceback, where `docbot run` says in one line that Discord cannot be reached."""
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # a port nothing listens on
    monkeypatch.setenv("DISCORD_TOKEN", "x" * 20)
    assert main(["sync", "--db", str(tmp_path / "db.sqlite3")]) == 1
    out, err = capsys.readouterr()
    assert not out
    assert err.count("\n") == 1 and err.startswith("docbot: error: Discord cannot be reached (")
    assert "`docbot sync`" in err and "Traceback" not in err and "x" * 20 not in err


class PlainHttp(socketserver.BaseRequestHandler):
    """Answers anything with plain HTTP, as a captive portal or a misconfigured proxy does where HTTPS was asked."""

    def handle(self) -> None:
        self.request.recv(4096)
        self.request.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


@pytest.fixture
def plain_http() -> Iterator[int]:
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), PlainHttp) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield server.server_address[1]
        server.shutdown()


def test_docbot_sync_failing_on_the_way_but_not_for_the_network_says_what_it_met(
    isolated: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    plain_http: int,
) -> None:
    """Any OSError at login read "Discord cannot be reached ...: run `docbot sync` again later", a TLS failure too
    (something that is not Discord answered; running it again changes nothing). It is told as itself now, one line,
    no traceback, and without the advice to wait."""
    monkeypatch.setattr(discord.http.Route, "BASE", f"https://127.0.0.1:{plain_http}/api/v10")
    monkeypatch.setenv("DISCORD_TOKEN", "x" * 20)
    assert main(["sync", "--db", str(tmp_path / "db.sqlite3")]) == 1
    out, err = capsys.readouterr()
    assert not out
    assert err.count("\n") == 1 and err.startswith("docbot: error: could not sync the slash commands (")
    assert "SSL" in err and "nothing was synced" in err
    assert "cannot be reached" not in err and "again later" not in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("error", "told_as_unreachable"),
    [
        (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), True),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), True),
        (TimeoutError(), True),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), True),
        (OSError(errno.EHOSTUNREACH, "No route to host"), True),
        (OSError(errno.EMFILE, "Too many open files"), False),
        (PermissionError(errno.EACCES, "Permission denied"), False),
    ],
)
def test_only_a_failed_connection_is_told_as_discord_cannot_be_reached(
    error: OSError, told_as_unreachable: bool
) -> None:
    assert no_connection(error) is told_as_unreachable


async def test_a_sync_held_by_discords_rate_limit_does_not_keep_docbot_offline(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Discord answers a sync past its command limits with a wait of minutes or hours (429), which discord.py
    sleeps through: the sync in setup_hook held the whole start-up, so docbot did not even connect, and no server
    got answers for as long. It connects after SYNC_WAIT_SECONDS now, with the commands synced before, and the
    sync goes on in the background; one cut off by the network is one log line and the next start's job."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db):
        assert syncs(fake) == 1
    monkeypatch.setattr(bot.client, "SYNC_WAIT_SECONDS", 0.2)
    monkeypatch.setattr(bot.client, "EXTENSIONS", (*bot.client.EXTENSIONS, "docbot_extra_cog"))
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "docbot_extra_cog.py").write_text(EXTRA_COG.format(description="Reply pong"))  # a changed set
    fake.rate_limit_next("/commands", retry_after=60, method="PUT")
    with caplog.at_level("WARNING", logger="bot.client"):
        async with docbot(fake, docs, db):  # the harness fails unless the gateway is ready within 5 s
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
            assert "**ceasefire**" in (answer.content or "")
            assert "ping" not in {c["name"] for c in fake.synced_commands["global"]}  # the sync still waits
        recorded = SyncRecord.beside(db).digests()
    assert "the slash commands' sync is waiting on Discord" in caplog.text
    assert SyncRecord.beside(db).digests() == recorded  # cut off by the stop: not recorded as synced
    for _ in range(2):  # aiohttp itself sends an idempotent request again once
        fake.reset_next("PUT /applications/")
    with caplog.at_level("ERROR", logger="bot.client"):
        async with docbot(fake, docs, db):
            answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
            assert "**ceasefire**" in (answer.content or "")
    assert "could not sync the slash commands" in caplog.text and "Traceback" not in caplog.text
    async with docbot(fake, docs, db):  # the next start syncs the changed commands
        assert "ping" in {c["name"] for c in fake.synced_commands["global"]}
