"""`docbot run` start-up failures: one clear line and a non-zero exit, never a traceback (the fake Discord runs in a
thread of its own, tests/discord/conftest.py, since `run_bot` owns the main thread's event loop)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import run_bot
from bot.settings import Settings
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds


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
