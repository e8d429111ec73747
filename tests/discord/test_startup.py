"""`docbot run` start-up failures: one clear line and a non-zero exit, never a traceback (the fake Discord runs in a
thread of its own, tests/discord/conftest.py, since `run_bot` owns the main thread's event loop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import NO_TOKEN, run_bot
from bot.settings import Settings, stop_note
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds


def test_missing_token_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(docs_dir=copy_seeds(tmp_path / "docs"), db_path=tmp_path / "db.sqlite3")
    assert run_bot(settings) == 2
    out, err = capsys.readouterr()
    assert err.strip() == f"docbot: error: {NO_TOKEN}{stop_note(2)}"
    assert "Bot page of the Discord developer portal" in err and "into .env as DISCORD_TOKEN=" in err  # where, whence
    assert not out


def test_rejected_token_is_one_clear_line_without_traceback(
    fake_in_thread: FakeDiscord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(
        docs_dir=copy_seeds(tmp_path / "docs"), db_path=tmp_path / "db.sqlite3", discord_token="not-the-token"
    )
    # A setting to mend, status 2, which docbot.service does not restart: it came back at every start (status 1).
    assert run_bot(settings) == 2
    _, err = capsys.readouterr()
    assert "docbot: error: Discord rejected the token in DISCORD_TOKEN" in err
    assert err.rstrip().endswith(stop_note(2)) and err.count(stop_note(2)) == 1, err
    assert "Traceback" not in err and "not-the-token" not in err


def test_a_rejected_token_shaped_as_what_the_portal_shows_beside_it_is_named(
    fake_in_thread: FakeDiscord, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The developer portal shows an application's id, public key and OAuth2 client secret near its bot token: a
    newcomer pasting one was told only that Discord rejected the token. The line says which it looks like."""
    secret = "Qx7_" * 8  # a client secret's shape: 32 letters, digits, - and _, no dots
    settings = Settings(docs_dir=copy_seeds(tmp_path / "docs"), db_path=tmp_path / "db.sqlite3", discord_token=secret)
    assert run_bot(settings) == 2
    _, err = capsys.readouterr()
    line = [line for line in err.splitlines() if line.startswith("docbot: error:")]
    assert line == [
        "docbot: error: Discord rejected the token in DISCORD_TOKEN; DISCORD_TOKEN looks like the OAuth2 Client "
        "Secret, not the bot token; copy it again from the Bot page of the developer portal (Reset Token shows it once)"
        + stop_note(2)
    ], err
    assert "Traceback" not in err and secret not in err
