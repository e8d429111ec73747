"""👍 / 👎 under answers, /report and /report forget:True (issue 12, "Learn from the people asking"), through the real
bot and the fake Discord, with the questions kept in real SQLite."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import replies
from bot.cogs.report import FORGET_FAILED, FORGET_RUNNING
from retrieval.feedback import SECONDS_PER_DAY, Feedback
from retrieval.models import Answer
from retrieval.store import feedback as feedback_sql
from retrieval.store.database import Store
from tests.discord.fake_discord import MANAGE_GUILD, FakeDiscord, InteractionRecord
from tests.discord.harness import copy_seeds, docbot
from tests.discord.test_bot import buttons

GUILD_B = 1_300_000_000_000_009_700
CHANNEL_B = 1_300_000_000_000_009_701
ANSWERED = "What did Putin say about a ceasefire?"
NOT_FOUND = "What is the capital of Peru?"
SEED_DOCUMENT = "000_9b990c146cc40a5f.txt"
SHOW: dict[str, object] = {}
FORGET = {"forget": True}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


def vote_buttons(components: list[dict[str, object]]) -> dict[str, str]:
    """The custom ids of a message's 👍 / 👎 buttons."""
    return {label: str(item["custom_id"]) for label, item in buttons(components).items() if label in {"👍", "👎"}}


def rows(db: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return list(connection.execute(query))


async def until_questions(db: Path, count: int) -> None:
    """Wait until `count` questions are stored: a question is recorded beside its reply, and forgotten once its
    message is deleted, in a worker thread."""
    for _ in range(200):
        if rows(db, "SELECT COUNT(*) FROM questions") == [(count,)]:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{rows(db, 'SELECT COUNT(*) FROM questions')} questions stored, not {count}")


async def click(fake: FakeDiscord, custom_id: str, user: object) -> str:
    """Click a button as `user`; the private reply's text."""
    reply = await fake.wait_for_response(await fake.send_component_click(custom_id, user=user))  # type: ignore[arg-type]
    assert reply.ephemeral
    return reply.content or ""


async def test_one_vote_per_member_changeable_and_stored_with_the_question(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0):
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": ANSWERED, "results": 2}, user=fake.normal_user)
        )
        votes = vote_buttons(answer.components)
        assert set(votes) == {"👍", "👎"} and {"More", "Context"} <= set(buttons(answer.components))
        assert "recorded" in await click(fake, votes["👍"], fake.normal_user)
        assert "now 👎" in await click(fake, votes["👎"], fake.normal_user)  # the other button changes it
        assert "recorded" in await click(fake, votes["👎"], fake.admin_user)  # another member votes too
        assert rows(db, "SELECT user_id, vote FROM votes ORDER BY user_id") == sorted(
            [(int(fake.normal_user["id"]), -1), (int(fake.admin_user["id"]), -1)]
        )
        assert "withdrawn" in await click(fake, votes["👎"], fake.admin_user)  # the same button again
        assert rows(db, "SELECT user_id, vote FROM votes") == [(int(fake.normal_user["id"]), -1)]
        # A "not found" reply has no votes, but its question is recorded for /report.
        missing = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": NOT_FOUND}))
        assert not vote_buttons(missing.components)
        await until_questions(db, 2)
    stored = rows(db, "SELECT guild_id, channel_id, question, not_found, generation, hits FROM questions ORDER BY id")
    assert [(r[0], r[1], r[2], r[3]) for r in stored] == [
        (fake.guild_id, fake.channel_ids[0], ANSWERED, 0),
        (fake.guild_id, fake.channel_ids[0], NOT_FOUND, 1),
    ]
    assert int(str(stored[0][4])) >= 1 and SEED_DOCUMENT in str(stored[0][5])


async def test_report_show_is_for_admins_and_lists_not_found_voted_down_and_topics(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0):
        # emoji or punctuation alone: told how to ask (the service's NOT_A_QUESTION), not recorded, so no document
        # to add in the report (which listed them when they were answered "not found")
        for question in (NOT_FOUND, NOT_FOUND.lower(), "🎉🔥", "?!?..."):
            await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}))
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
        await click(fake, vote_buttons(answer.components)["👎"], fake.normal_user)
        await until_questions(db, 3)

        refused = await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.normal_user))
        assert refused.ephemeral and "Only members with Manage Server" in (refused.content or "")
        assert "/report" in (refused.content or "")

        shown = await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.admin_user))
        text = shown.content or ""
        assert shown.ephemeral
        assert text.startswith(f"**Feedback report** for {fake.guild_name}: ")  # its name, not "server 1300…"
        assert '3 asked · 2 answered "not found" · votes 👍 0 👎 1' in text
        assert "- what is the capital of peru? (×2)" in text  # asked twice, shown as last asked
        assert "🎉" not in text and "?!?" not in text
        assert f"What did Putin say about a ceasefire? · 👎 1 👍 0 · top excerpt from `{SEED_DOCUMENT}`" in text
        assert "capital (2), peru (2)" in text  # the words most questions use
        synced = {c["name"]: c for c in fake.synced_commands["global"]}
        assert [o["name"] for o in synced["report"]["options"]] == ["forget"]
        assert int(synced["report"]["default_member_permissions"]) == MANAGE_GUILD


async def test_report_forget_wipes_this_server_only_and_reports_never_cross_servers(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    await fake.add_guild(GUILD_B, "Server B", (CHANNEL_B,))
    async with docbot(fake, docs, db, cooldown_questions=0):
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Who is Erdogan?"}))
        await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Where is the okapi zoo?"}, channel_id=CHANNEL_B)
        )
        await until_questions(db, 2)
        b_report = await fake.wait_for_response(
            await fake.send_slash_command("report", SHOW, user=fake.admin_user, channel_id=CHANNEL_B)
        )
        assert "okapi" in (b_report.content or "") and "Erdogan" not in (b_report.content or "")
        a_report = await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.admin_user))
        assert "1 asked" in (a_report.content or "") and "okapi" not in (a_report.content or "")

        asked = await fake.wait_for_response(await fake.send_slash_command("report", FORGET, user=fake.admin_user))
        assert asked.ephemeral and "for good" in (asked.content or "")
        confirm = str(buttons(asked.components)["Forget them"]["custom_id"])
        assert "Only the admin who asked" in await click(fake, confirm, fake.normal_user)
        assert len(rows(db, "SELECT * FROM questions")) == 2
        done = await fake.wait_for_response(await fake.send_component_click(confirm, user=fake.admin_user))
        assert "Forgot 1 question asked in this server" in (done.content or "")
    assert rows(db, "SELECT guild_id, question FROM questions") == [(GUILD_B, "Where is the okapi zoo?")]


async def test_questions_past_the_retention_are_purged_at_start_up(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    await (await Store.open(db)).close()
    old = Answer("An old question?", (), not_found=True)
    await Feedback(db, 30, lambda: time.time() - 31 * SECONDS_PER_DAY).record_question(old, fake.guild_id, None)
    await Feedback(db, 30, lambda: time.time() - 29 * SECONDS_PER_DAY).record_question(
        Answer("A recent question?", (), not_found=True), fake.guild_id, None
    )
    async with docbot(fake, docs, db):
        for _ in range(100):  # the purge runs in a worker thread as the cog loads
            if len(rows(db, "SELECT * FROM questions")) == 1:
                break
            await asyncio.sleep(0.05)
    assert rows(db, "SELECT question FROM questions") == [("A recent question?",)]


async def test_retention_zero_keeps_no_question_and_shows_no_votes(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, question_retention_days=0):
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
        assert not vote_buttons(answer.components) and "More" in buttons(answer.components)
        shown = await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.admin_user))
        assert "not kept" in (shown.content or "")
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]


async def test_questions_reach_the_logs_only_at_debug(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=0):
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
        await click(fake, vote_buttons(answer.components)["👎"], fake.normal_user)
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": NOT_FOUND}))
        await fake.send_message(f"<@{fake.application_id}> {NOT_FOUND}")
        await fake.wait_for_channel_message(fake.channel_ids[0])
        await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.admin_user))
    recorded = [r for r in caplog.records if r.name == "retrieval.feedback" and "recorded question" in r.getMessage()]
    assert len(recorded) == 3 and all(r.levelno == logging.DEBUG for r in recorded)
    assert any(r.name == "retrieval.feedback" and r.levelno == logging.INFO for r in caplog.records)  # the vote
    for words in ("ceasefire", "capital of peru"):
        assert all(r.levelno <= logging.DEBUG for r in caplog.records if words in r.getMessage().lower()), words


async def test_closing_the_bot_waits_for_a_question_being_recorded(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A question is recorded beside its reply; on a loaded machine the reply (and a following /report) came before
    the write, and closing the bot dropped the record (seen as a flaky test under two CI runs at once)."""
    slow_write = Feedback._write

    def slowly(self: Feedback, write: object) -> object:
        time.sleep(0.5)  # in the worker thread, as a busy disk would
        return slow_write(self, write)  # type: ignore[arg-type]

    monkeypatch.setattr(Feedback, "_write", slowly)
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0):
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
    assert rows(db, "SELECT question FROM questions") == [(ANSWERED,)]


@contextlib.contextmanager
def write_locked(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the database's write lock (as `docbot index` in a terminal, or a reindex's write
    transaction, does) until the block ends."""
    holder = (
        "import sqlite3, sys; db = sqlite3.connect(sys.argv[1], isolation_level=None); db.execute('BEGIN IMMEDIATE');"
        " print('locked', flush=True); sys.stdin.readline(); db.execute('COMMIT')"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holder, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "locked"
        yield process
    finally:
        process.communicate("\n", timeout=10)


async def acknowledged(record: InteractionRecord) -> int:
    """The type of the first callback to an interaction, once there is one."""
    for _ in range(500):
        if record.callbacks:
            return record.callbacks[0].callback_type or 0
        await asyncio.sleep(0.02)
    raise AssertionError(f"interaction {record.name} never acknowledged")


async def test_votes_and_forget_waiting_on_a_locked_database_are_acknowledged_in_time(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A click is answered within Discord's 3 seconds or fails for the member ("This interaction failed"), even if
    the write then succeeds: a vote or forget waiting on another writer is deferred first, then answered."""
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0):
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
        await until_questions(db, 1)
        asked = await fake.wait_for_response(await fake.send_slash_command("report", FORGET, user=fake.admin_user))
        confirm = str(buttons(asked.components)["Forget them"]["custom_id"])
        with write_locked(db):
            vote = fake.interactions[await fake.send_component_click(vote_buttons(answer.components)["👍"])]
            assert await acknowledged(vote) == 5  # "thinking", privately, while the lock is held
            forget = fake.interactions[await fake.send_component_click(confirm, user=fake.admin_user)]
            assert await acknowledged(forget) == 6  # the click acknowledged, its message edited later
            assert await click(fake, confirm, fake.admin_user) == FORGET_RUNNING  # a second click deletes nothing
            assert not vote.responses and not forget.responses
        assert "recorded" in ((await fake.wait_for_response(vote.id, timeout=15)).content or "")
        done = await fake.wait_for_response(forget.id, timeout=15)
        assert "Forgot 1 question" in (done.content or "") and done.data.get("components") == []
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]


async def test_a_forget_the_database_refuses_says_so_and_can_be_pressed_again(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(feedback_sql, "_BUSY_MILLISECONDS", 100)  # give up on the lock at once
    db = tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0):
        await fake.wait_for_response(await fake.send_slash_command("ask", {"question": ANSWERED}))
        await until_questions(db, 1)
        asked = await fake.wait_for_response(await fake.send_slash_command("report", FORGET, user=fake.admin_user))
        confirm = str(buttons(asked.components)["Forget them"]["custom_id"])
        with write_locked(db):
            assert await click(fake, confirm, fake.admin_user) == FORGET_FAILED
        assert rows(db, "SELECT COUNT(*) FROM questions") == [(1,)]
        done = await fake.wait_for_response(await fake.send_component_click(confirm, user=fake.admin_user))
        assert "Forgot 1 question" in (done.content or "")
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_a_report_that_takes_long_is_deferred_then_paged(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading and counting a month of a busy server's questions takes seconds (3.6 s for 33,000 of them on this
    machine), past Discord's 3 seconds for a first reply: /report is deferred like /ask, then its pages follow."""
    db = tmp_path / "db.sqlite3"
    await (await Store.open(db)).close()
    feedback = Feedback(db, 30)
    for n in range(60):
        missing = Answer(f"Where is the spare part number {n} for the northern sluice gate kept?", (), not_found=True)
        await feedback.record_question(missing, fake.guild_id, fake.channel_ids[0])
    monkeypatch.setattr(replies, "DEFER_AFTER_SECONDS", 0.0)  # as if the report took longer than that
    async with docbot(fake, docs, db):
        record = fake.interactions[await fake.send_slash_command("report", SHOW, user=fake.admin_user)]
        first = await fake.wait_for_response(record.id)
        assert record.deferred and first.kind != "callback" and first.ephemeral
        assert "60 asked · 60 answered" in (first.content or "") and "Page 1/" in (first.content or "")
        more = str(buttons(first.components)["More"]["custom_id"])
        turned = await fake.wait_for_response(await fake.send_component_click(more, user=fake.admin_user))
        assert "Page 2/" in (turned.content or "")


async def report_text(fake: FakeDiscord) -> str:
    """This server's /report, as an admin sees it."""
    shown = await fake.wait_for_response(await fake.send_slash_command("report", SHOW, user=fake.admin_user))
    return shown.content or ""


async def test_a_deleted_question_is_forgotten_with_its_votes(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    """Questions are personal data: a member who deleted a question (something private in it) saw docbot's reply go,
    but the question stayed in /report for the retention's 30 days. Now it is forgotten at once, with its votes; an
    edited question's earlier wording too, and a "not found" one (no buttons) as well."""
    db = tmp_path / "db.sqlite3"
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, db, cooldown_questions=0, question_channel_ids=frozenset({channel})):
        asked = await fake.send_message("What did Putin say about the cesefire?", channel_id=channel)
        reply = await fake.wait_for_channel_message(channel)
        await until_questions(db, 1)
        await fake.edit_user_message(asked, ANSWERED)
        await until_questions(db, 2)
        for _ in range(200):
            if vote_buttons(fake.messages[reply.id]["components"]):
                break
            await asyncio.sleep(0.02)
        assert "recorded" in await click(
            fake, vote_buttons(fake.messages[reply.id]["components"])["👎"], fake.admin_user
        )
        missing = await fake.send_message(NOT_FOUND, channel_id=channel)
        await fake.wait_for_channel_message(channel)
        kept = await fake.send_message("Who denied planning a chemical weapons attack?", channel_id=channel)
        await fake.wait_for_channel_message(channel)
        await until_questions(db, 4)
        assert "4 asked" in await report_text(fake)
        await fake.delete_user_message(asked)
        await until_questions(db, 2)
        assert rows(db, "SELECT COUNT(*) FROM votes") == [(0,)]
        await fake.delete_user_message(missing)
        await until_questions(db, 1)
        text = await report_text(fake)
        assert '1 asked · 0 answered "not found" · votes 👍 0 👎 0' in text
        assert "ceasefire" not in text.casefold() and "peru" not in text.casefold()
        assert kept in fake.messages
    assert rows(db, "SELECT question FROM questions") == [("Who denied planning a chemical weapons attack?",)]


async def test_questions_deleted_at_once_by_a_moderator_are_forgotten(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """A moderator's bulk delete (MESSAGE_DELETE_BULK) took docbot's replies along but left the questions in /report;
    now the questions among the messages deleted are forgotten, and the others kept."""
    db = tmp_path / "db.sqlite3"
    channel = fake.channel_ids[1]
    async with docbot(fake, docs, db, cooldown_questions=0, question_channel_ids=frozenset({channel})):
        asked = []
        for question in (ANSWERED, NOT_FOUND, "Who denied planning a chemical weapons attack?"):
            asked.append(await fake.send_message(question, channel_id=channel))
            await fake.wait_for_channel_message(channel)
        await until_questions(db, 3)
        await fake.delete_user_messages(asked[:2])
        await until_questions(db, 1)
        text = await report_text(fake)
        assert '1 asked · 0 answered "not found"' in text and "peru" not in text.casefold()
    assert rows(db, "SELECT question FROM questions") == [("Who denied planning a chemical weapons attack?",)]
