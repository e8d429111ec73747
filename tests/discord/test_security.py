"""Security (issue 6): admin rights checked by the bot on every admin path, the token never in a log line or a reply,
`.env` kept out of git, and the length of a question capped on every way in."""

from __future__ import annotations

import io
import json
import logging
import sqlite3
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.admins import ADMIN_IN_A_SERVER
from bot.logging_setup import RedactFilter, configure_logging
from bot.settings import Settings
from tests.discord.fake_discord import ADMINISTRATOR, MANAGE_GUILD, FakeDiscord
from tests.discord.harness import copy_seeds, docbot, settled, until

ROOT = Path(__file__).resolve().parents[2]
# A token shaped like a real one (base64 user id . timestamp . HMAC), so nothing treats it as special.
TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.GfAkE1.sEcReT-tOkEn_0123456789abcdefghijklmno"


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token=TOKEN) as server:
        yield server


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


def admin_commands(fake: FakeDiscord) -> list[str]:
    """Commands synced with default_member_permissions: those Discord hides from members without the rights."""
    synced = fake.synced_commands.get("global", []) + fake.synced_commands.get(fake.guild_id, [])
    return sorted({c["name"] for c in synced if c.get("default_member_permissions") not in (None, "")})


def every_button(fake: FakeDiscord, interaction_ids: list[int]) -> list[str]:
    ids: list[str] = []
    for iid in interaction_ids:
        for response in fake.interactions[iid].responses:
            for row in response.components:
                ids += [str(item["custom_id"]) for item in row.get("components", []) if "custom_id" in item]
    return ids


# ---------------------------------------------------------------------------------------------------- admin rights


async def test_every_admin_path_refuses_members_without_the_rights(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", admin_role="Docbot Admin") as bot:
        await settled(bot)
        commands = admin_commands(fake)
        assert "reindex" in commands  # at least; any admin command added later is covered too
        (docs / "planted.txt").write_text("Planted\n\nThe planted reservoir sentence must not be indexed.\n")
        dm = fake.dm_channel(fake.normal_user)
        attempts: list[tuple[str, dict[str, Any]]] = [
            # a member whose Discord client hides the command sends the interaction anyway
            ("plain member", {"user": fake.normal_user}),
            ("no permissions at all", {"user": fake.normal_user, "permissions": 0, "roles": []}),
            # a role whose name is not ADMIN_ROLE, with every permission but the two that count
            (
                "all but Manage Server",
                {"user": fake.normal_user, "permissions": (1 << 40) - 1 - MANAGE_GUILD - ADMINISTRATOR},
            ),
            ("the Admin role's member, rights removed here", {"user": fake.admin_user, "permissions": 0, "roles": []}),
            ("in a direct message", {"user": fake.normal_user, "channel_id": dm}),
        ]
        for command in commands:
            for label, how in attempts:
                iid = await fake.send_slash_command(command, **how)
                refused = await fake.wait_for_response(iid)
                assert refused.ephemeral, (command, label)
                # in a direct message no right can be checked: an admin there is told where, not that they lack them
                line = ADMIN_IN_A_SERVER.format(command=command) if "channel_id" in how else "Only members with Manage"
                assert line in (refused.content or ""), (command, label, refused.content)
                assert not bot.service.reindexing
        assert "planted.txt" not in {d.path for d in bot.service.sources()}

        # The same commands for those who hold the rights, and any button on what they answer: members are refused.
        rights: list[tuple[str, dict[str, Any]]] = [(command, {"user": fake.admin_user}) for command in commands]
        rights += [
            ("reindex", {"user": fake.normal_user, "roles": [fake.docbot_admin_role_id]}),  # the ADMIN_ROLE role
            ("reindex", {"user": fake.normal_user, "permissions": ADMINISTRATOR}),
        ]
        granted: list[int] = []
        for command, how in rights:
            granted.append(await fake.send_slash_command(command, **how))
            content = (await fake.wait_for_response(granted[-1], timeout=10)).content or ""
            assert "Only members" not in content and "already running" not in content, content
            # The server's reindex slot is held until the report is delivered, a moment after the service's own
            # lock is let go: the next command waits for both, or a busy machine tells it one is "already running".
            await until(lambda: not bot.service.reindexing and bot.reindex_limit.refusal(fake.guild_id) is None, 60)
        assert "planted.txt" in {d.path for d in bot.service.sources()}
        for custom_id in every_button(fake, granted):
            click = await fake.send_component_click(custom_id, user=fake.normal_user, permissions=0, roles=[])
            refused = await fake.wait_for_response(click)
            assert refused.ephemeral and "Only" in (refused.content or ""), (custom_id, refused.content)


async def test_answer_buttons_turn_only_for_the_asker(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    """Not admin paths, but the same rule: a member's click on someone else's pages is refused and changes nothing."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid = await fake.send_slash_command("ask", {"question": "Putin ceasefire", "results": 1}, user=fake.admin_user)
        first = await fake.wait_for_response(iid)
        labels = {item["label"]: item for row in first.components for item in row["components"]}
        for label in ("More", "Previous"):
            click = await fake.send_component_click(str(labels[label]["custom_id"]), user=fake.normal_user)
            refused = await fake.wait_for_response(click)
            assert refused.ephemeral and "Only the person who asked" in (refused.content or "")
        assert first.message_id is not None
        assert fake.messages[first.message_id]["content"] == first.content  # the answer was not turned


# ---------------------------------------------------------------------------------------------------- the token


async def test_token_is_never_logged_or_sent_in_a_whole_session(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A session with errors in it, logged at DEBUG by every logger (discord.py's included) with no redaction:
    nothing docbot or discord.py logs holds the token, so the RedactFilter is a second line of defence only."""
    caplog.set_level(logging.DEBUG)
    logging.getLogger("discord").setLevel(logging.DEBUG)
    db = tmp_path / "db.sqlite3"
    try:
        async with docbot(fake, docs, db, admin_role="Docbot Admin") as bot:
            await settled(bot)
            assert bot.user is not None
            channel = fake.channel_ids[0]
            await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
            await fake.send_message(f"<@{bot.user.id}> who warned of a catastrophic outcome?", channel_id=channel)
            await fake.wait_for_channel_message(channel)
            await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.normal_user))
            fake.rate_limit_next("/callback", retry_after=0.05, method="POST")
            await fake.wait_for_response(await fake.send_slash_command("sources"))
            await fake.drop_gateway()  # a resume sends the token to the gateway again
            await fake.wait_for_handshakes(2, timeout=20)
            # an error inside a command: logged with its traceback, the member gets the generic message
            original = bot.service.ask

            async def broken(question: str, top: int = 5) -> Any:
                raise RuntimeError("the ranking thread fell over")

            bot.service.ask = broken  # type: ignore[method-assign]
            failed = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin"}))
            assert "Something went wrong" in (failed.content or "")
            bot.service.ask = original  # type: ignore[method-assign]
            # a failed reindex, shown to the admin with the error's text
            with sqlite3.connect(db) as connection:
                connection.execute(
                    "CREATE TRIGGER refuse BEFORE INSERT ON sentences BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            (docs / "new.txt").write_text("New\n\nA new sentence about the reservoir.\n")
            await fake.final_response(await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex failed")
    finally:
        logging.getLogger("discord").setLevel(logging.NOTSET)
    assert fake.identify_count >= 1 and fake.resume_count + fake.identify_count >= 2  # the token was used
    assert any(r.levelno >= logging.ERROR and r.exc_info for r in caplog.records)  # errors were logged
    logged = caplog.text + "".join(
        logging.Formatter().formatException(r.exc_info) for r in caplog.records if r.exc_info
    )
    assert TOKEN not in logged
    assert TOKEN.split(".")[-1] not in logged  # not even its secret part
    sent = json.dumps([m.payload for m in fake.sent_messages])
    sent += json.dumps([r.data for i in fake.interactions.values() for r in i.responses])
    assert TOKEN.split(".")[-1] not in sent


def test_redaction_covers_messages_arguments_chained_causes_and_stacks() -> None:
    """Should the token reach a log record anyway, the filter that configure_logging installs removes it from the
    message, its arguments, a traceback (the token in a chained cause too) and a stack."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactFilter(TOKEN))
    log = logging.getLogger("tests.security.redact")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("token %s", TOKEN)
        log.warning("token %(token)s", {"token": TOKEN})
        log.warning(f"token {TOKEN}")  # noqa: G004 - a careless f-string is what this guards against
        try:
            try:
                raise ValueError(f"bad header Authorization: Bot {TOKEN}")
            except ValueError as error:
                raise RuntimeError("login failed") from error
        except RuntimeError:
            log.exception("while logging in")
        log.warning("here", stack_info=True, extra={"token_note": TOKEN})
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert TOKEN not in text and text.count("[token]") >= 4
    assert "bad header Authorization: Bot [token]" in text


def test_configure_logging_redacts_every_root_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    monkeypatch.setattr(root, "handlers", [handler])
    monkeypatch.setattr(root, "level", root.level)
    discord_logger = logging.getLogger("discord")
    monkeypatch.setattr(discord_logger, "level", discord_logger.level)
    configure_logging("INFO", TOKEN)
    logging.getLogger("bot.test").error("login with %s failed", TOKEN)
    assert TOKEN not in stream.getvalue() and "[token]" in stream.getvalue()


def test_settings_never_show_the_token() -> None:
    settings = Settings.from_env({"DISCORD_TOKEN": TOKEN, "DOCS_DIR": "docs"})
    assert settings.discord_token == TOKEN
    for shown in (repr(settings), str(settings), f"{settings}", f"{settings!r}"):
        assert TOKEN not in shown and "docs" in shown
    overridden = settings.with_overrides(db_path=Path("x.sqlite3"))
    assert TOKEN not in repr(overridden)


# ---------------------------------------------------------------------------------------------------- .env


def test_dot_env_is_ignored_by_git() -> None:
    def ignored(path: str) -> bool:
        done = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, capture_output=True, check=False)
        assert done.returncode in (0, 1), done.stderr
        return done.returncode == 0

    assert ignored(".env") and ignored("bot/.env") and ignored("seeds/.env")
    assert not ignored(".env.example")  # the example, with no secret in it, is meant to be committed
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert not [p for p in tracked.splitlines() if Path(p).name == ".env"]
    example = (ROOT / ".env.example").read_text()
    assert "DISCORD_TOKEN=" in example
    token_lines = [line for line in example.splitlines() if line.startswith("DISCORD_TOKEN=")]
    assert token_lines == ["DISCORD_TOKEN="]  # no real-looking token in the committed example


# ---------------------------------------------------------------------------------------------------- question length


async def test_question_length_is_capped_on_every_way_in(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", max_question_chars=300, cooldown_questions=0) as bot:
        assert bot.user is not None
        for length in (301, 2_000, 6_000):  # over 2,000: a forged interaction; Discord itself stops at 2,000
            question = ("Putin ceasefire " * length)[: length - 1] + "?"
            response = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}))
            assert response.ephemeral and f"{length:,} characters long" in (response.content or "")
            assert "300" in (response.content or "") and len(response.content or "") < 200
            await fake.send_message(f"<@{bot.user.id}> {question}", channel_id=fake.channel_ids[0])
            reply = await fake.wait_for_channel_message(fake.channel_ids[0])
            assert f"{length:,} characters long" in (reply.content or "")
        exact = ("Putin ceasefire " * 30)[:299] + "?"
        answered = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": exact}))
        assert (answered.content or "").startswith("> ")
