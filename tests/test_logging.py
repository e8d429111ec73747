"""Logs (issue 15): one line per event, a request id that ties a question to its answer, LOG_FORMAT=json for log
shippers, and the question text only at DEBUG (bot/logging_setup.py is the one place logging is set up)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import logging_setup
from bot.logging_setup import REQUEST_ID, configure_logging, new_request_id
from bot.settings import Settings, SettingsError
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot

TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.secret-part-of-the-token-for-the-test"
QUESTION = "What did Putin say about a ceasefire?"


@pytest.fixture
def log_stream(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """docbot's own handler writing to a string, at DEBUG, removed after the test."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", root.level)
    discord_logger = logging.getLogger("discord")
    monkeypatch.setattr(discord_logger, "level", discord_logger.level)
    stream = io.StringIO()
    try:
        yield stream
    finally:
        for handler in list(root.handlers):
            if isinstance(handler, logging_setup._DocbotHandler):
                root.removeHandler(handler)
            for each in list(handler.filters):
                if isinstance(each, logging_setup.RedactFilter | logging_setup.RequestIdFilter):
                    handler.removeFilter(each)


def json_lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_json_lines_parse_and_carry_the_request_id(log_stream: io.StringIO) -> None:
    configure_logging("INFO", TOKEN, "json", stream=log_stream)
    log = logging.getLogger("bot.test")
    log.info("outside any request")
    request = new_request_id()
    log.warning("login with %s failed", TOKEN)
    try:
        raise ValueError("multi\nline")
    except ValueError:
        log.exception("it broke")
    REQUEST_ID.set("-")
    first, second, third = json_lines(log_stream)
    assert first["request_id"] == "-" and first["level"] == "INFO" and first["logger"] == "bot.test"
    assert second["request_id"] == third["request_id"] == request and len(request) == 8
    assert second["message"] == "login with [token] failed"
    assert "ValueError: multi\nline" in str(third["exception"])
    assert str(first["time"]).endswith("+00:00")
    assert TOKEN not in log_stream.getvalue()


def test_text_lines_show_the_request_id(log_stream: io.StringIO) -> None:
    configure_logging("INFO", TOKEN, stream=log_stream)
    request = new_request_id()
    logging.getLogger("bot.test").info("hello")
    REQUEST_ID.set("-")
    assert log_stream.getvalue().rstrip().endswith(f"INFO bot.test [{request}]: hello")
    # Called again without a format (as `docbot run` does after the command line): the format is kept.
    configure_logging("INFO", TOKEN, "json", stream=log_stream)
    configure_logging("INFO", TOKEN)
    logging.getLogger("bot.test").info("still json")
    assert json.loads(log_stream.getvalue().splitlines()[-1])["message"] == "still json"


def test_log_format_setting() -> None:
    assert Settings.from_env({}).log_format == "text"
    assert Settings.from_env({"LOG_FORMAT": " JSON "}).log_format == "json"
    with pytest.raises(SettingsError, match="LOG_FORMAT must be one of text, json, not 'xml'"):
        Settings.from_env({"LOG_FORMAT": "xml"})


async def test_a_question_and_its_answer_share_a_request_id_and_the_text_stays_at_debug(
    fake: FakeDiscord, tmp_path: Path, log_stream: io.StringIO
) -> None:
    configure_logging("DEBUG", fake.token, "json", stream=log_stream)
    async with docbot(fake, copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3"):
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": QUESTION}))
        await fake.send_message(f"<@{fake.application_id}> {QUESTION}")
        await fake.wait_for_channel_message(fake.channel_ids[0])
    lines = [line for line in json_lines(log_stream) if str(line["logger"]).startswith("bot.")]
    asked = [line for line in lines if str(line["message"]).startswith(("/ask by user", "message by user"))]
    answered = [line for line in lines if str(line["message"]).startswith("answered ")]
    assert len(asked) == len(answered) == 2
    for question, answer in zip(asked, answered, strict=True):
        assert question["request_id"] == answer["request_id"] != "-"
        assert question["level"] == answer["level"] == "INFO"
        text = [line for line in lines if "ceasefire" in str(line["message"])]
        assert any(line["request_id"] == question["request_id"] for line in text)
    assert asked[0]["request_id"] != asked[1]["request_id"]
    # The question's words appear on DEBUG lines only (the answer's excerpts are never logged either).
    everything = json_lines(log_stream)
    assert [line for line in everything if "ceasefire" in json.dumps(line)]
    assert all(line["level"] == "DEBUG" for line in everything if "ceasefire" in json.dumps(line).lower())


async def test_debug_logs_never_hold_document_text(
    log_stream: io.StringIO, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """At LOG_LEVEL=DEBUG aiosqlite would log every SQL parameter: the text of every indexed sentence."""
    from retrieval.service import AnswerService
    from retrieval.store.database import Store

    aiosqlite_logger = logging.getLogger("aiosqlite")
    monkeypatch.setattr(aiosqlite_logger, "level", aiosqlite_logger.level)
    configure_logging("DEBUG", TOKEN, "text", stream=log_stream)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "secret.txt").write_text("Memo\n\nThe vault code is written under the blue lamp.\n")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        await service.ask("Where is the vault code?")
    finally:
        await store.close()
    logged = log_stream.getvalue()
    assert "reindex:" in logged  # DEBUG logging was on
    assert "blue lamp" not in logged
