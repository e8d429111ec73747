"""Which servers docbot serves (issue 15): ALLOWED_GUILD_IDS and LEAVE_OTHER_GUILDS, admin roles by id, and the
per-server /reindex limit, with the fake Discord serving a second guild beside its own."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from pathlib import Path
from typing import Any

import pytest

from bot.guilds import NOT_SERVED
from retrieval.models import ReindexReport
from tests.discord.fake_discord import MANAGE_GUILD, FakeDiscord
from tests.discord.harness import copy_seeds, docbot, until

OTHER_GUILD = 1_300_000_000_000_009_100
OTHER_CHANNELS = (1_300_000_000_000_009_201, 1_300_000_000_000_009_202)
THIRD_GUILD = 1_300_000_000_000_009_300


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def test_a_server_not_allowed_gets_one_private_line_for_everything_and_nothing_else(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    await fake.add_guild(OTHER_GUILD, "Someone else's server", OTHER_CHANNELS)
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        allowed_guild_ids=frozenset({fake.guild_id}),
        leave_other_guilds=False,
        question_channel_ids=frozenset({OTHER_CHANNELS[1]}),
        admin_role="Admin",
    ):
        other = OTHER_CHANNELS[0]
        for name, options in [
            ("ask", {"question": "Putin ceasefire"}),
            ("actor", {"name": "Putin"}),
            ("actors", None),
            ("sources", None),
            ("help", None),
        ]:
            reply = await fake.wait_for_response(await fake.send_slash_command(name, options, channel_id=other))
            assert reply.ephemeral and reply.content == NOT_SERVED, name
        admin = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=other)
        assert (await fake.wait_for_response(admin)).content == NOT_SERVED
        completion = await fake.send_autocomplete("actor", {"name": "Pu"}, focused="name", channel_id=other)
        assert (await fake.wait_for_response(completion)).choices == []
        # In a direct message too: no server docbot serves.
        dm = await fake.send_slash_command(
            "ask", {"question": "Putin ceasefire"}, channel_id=fake.dm_channel(fake.normal_user)
        )
        assert (await fake.wait_for_response(dm)).content == NOT_SERVED
        # A mention and a message in a question channel of that server: not a word.
        await fake.send_message(f"<@{fake.application_id}> what did Putin say?", channel_id=other)
        await fake.send_message("what did Putin say about a ceasefire?", channel_id=OTHER_CHANNELS[1])
        with pytest.raises(TimeoutError):
            await fake.wait_for_channel_message(other, timeout=0.5)
        assert not [m for m in fake.sent_messages if m.channel_id in OTHER_CHANNELS]
        # Nothing of the documents in any reply there.
        there = [r for i in fake.interactions.values() if i.channel_id != fake.channel_ids[0] for r in i.responses]
        assert there and all("Putin" not in (r.content or "") for r in there)
        assert fake.left_guilds == []  # LEAVE_OTHER_GUILDS=false: it stays
        # The allowed server is served as ever.
        answer = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": "Putin ceasefire"}))
        assert "**ceasefire**" in (answer.content or "")


async def test_it_leaves_servers_not_allowed_at_start_up_on_join_and_when_used(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    await fake.add_guild(OTHER_GUILD, "Someone else's server", OTHER_CHANNELS)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", allowed_guild_ids=frozenset({fake.guild_id})) as bot:
        await until(lambda: fake.left_guilds == [OTHER_GUILD])
        await until(lambda: bot.get_guild(OTHER_GUILD) is None)  # GUILD_DELETE reached the client
        await fake.add_guild(THIRD_GUILD, "Invited by a stranger", (1_300_000_000_000_009_301,))
        await until(lambda: fake.left_guilds == [OTHER_GUILD, THIRD_GUILD])
        assert [g.id for g in bot.guilds] == [fake.guild_id]


async def test_used_in_a_server_not_allowed_it_answers_the_line_then_leaves(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", allowed_guild_ids=frozenset({fake.guild_id})) as bot:
        # A server that appears only now, through an interaction (the bot never saw it join).
        bot.settings = dataclasses.replace(bot.settings, allowed_guild_ids=frozenset({OTHER_GUILD}))
        reply = await fake.wait_for_response(await fake.send_slash_command("sources"))
        assert reply.ephemeral and reply.content == NOT_SERVED
        await until(lambda: fake.left_guilds == [fake.guild_id])


async def test_buttons_are_refused_where_docbot_no_longer_serves(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(
        fake, docs, tmp_path / "db.sqlite3", allowed_guild_ids=frozenset({fake.guild_id}), leave_other_guilds=False
    ) as bot:
        iid = await fake.send_slash_command("ask", {"question": "Putin ceasefire", "results": 1})
        answer = await fake.wait_for_response(iid)
        labels = {item["label"]: item for row in answer.components for item in row["components"]}
        bot.settings = dataclasses.replace(bot.settings, allowed_guild_ids=frozenset({OTHER_GUILD}))
        for label in ("More", "Context"):
            click = await fake.wait_for_response(await fake.send_component_click(str(labels[label]["custom_id"])))
            assert click.ephemeral and click.content == NOT_SERVED, label
        assert fake.left_guilds == []


async def test_empty_allowed_guilds_in_several_servers_warns_once_at_start_up(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await fake.add_guild(OTHER_GUILD, "Second server", OTHER_CHANNELS)
    caplog.set_level(logging.WARNING, logger="bot.client")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        await until(lambda: any("ALLOWED_GUILD_IDS is empty" in r.message for r in caplog.records))
        # Every server is served, as before the setting existed.
        reply = await fake.send_slash_command("ask", {"question": "Putin ceasefire"}, channel_id=OTHER_CHANNELS[0])
        assert "**ceasefire**" in ((await fake.wait_for_response(reply)).content or "")
    warnings = [r for r in caplog.records if "ALLOWED_GUILD_IDS is empty" in r.message]
    assert len(warnings) == 1 and "2 servers" in warnings[0].message
    assert fake.left_guilds == []


async def test_admin_roles_by_id(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3", admin_role_ids=frozenset({fake.docbot_admin_role_id})):
        by_id = await fake.send_slash_command(
            "reindex", user=fake.normal_user, roles=[fake.docbot_admin_role_id], permissions=0
        )
        await fake.final_response(by_id, "Reindex done")
        # Another role, even one named like the admin role elsewhere, is not enough.
        other = await fake.send_slash_command(
            "reindex", user=fake.normal_user, roles=[fake.admin_role_id], permissions=0
        )
        assert "Only members with Manage Server" in ((await fake.wait_for_response(other)).content or "")


async def test_reindex_once_per_cooldown_per_server(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    await fake.add_guild(OTHER_GUILD, "Second server", OTHER_CHANNELS)
    async with docbot(
        fake,
        docs,
        tmp_path / "db.sqlite3",
        allowed_guild_ids=frozenset({fake.guild_id, OTHER_GUILD}),
        reindex_cooldown_seconds=60.0,
    ):
        first = await fake.send_slash_command("reindex", user=fake.admin_user)
        await fake.final_response(first, "Reindex done")
        again = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert again.ephemeral and "the next reindex can start in" in (again.content or "")
        assert " 60 s." in (again.content or "") or " 59 s." in (again.content or "")
        # Another server has its own allowance.
        there = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=OTHER_CHANNELS[0])
        await fake.final_response(there, "Reindex done")


async def test_a_second_admin_is_not_promised_the_report_of_a_reindex_they_did_not_start(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one admin's /reindex ran, another admin of the server was told "its report will follow when it ends":
    none came to them (it goes to the first admin's private reply)."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        release = asyncio.Event()
        reindex = bot.service.reindex

        async def held(**kwargs: Any) -> ReindexReport:
            await release.wait()
            return await reindex(**kwargs)

        monkeypatch.setattr(bot.service, "reindex", held)
        first = await fake.send_slash_command("reindex", user=fake.admin_user)
        await fake.wait_for_response(first)  # its deferral: the reindex holds this server's slot now
        second = await fake.send_slash_command("reindex", user=fake.normal_user, permissions=MANAGE_GUILD)
        told = (await fake.wait_for_response(second)).content or ""
        assert "already running" in told and "will follow" not in told and "whoever started it" in told
        release.set()
        await fake.final_response(first, "Reindex done")  # the report goes to the admin who started it


async def test_removed_from_a_server_then_invited_again(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Removed from a server, docbot logged nothing (only its joins) and kept the server's reindex interval for
    good; invited again weeks later, it must answer there as before. Its questions stay for `docbot report` until
    they expire (README), and another server's /report never shows them."""
    from retrieval.feedback import Feedback

    await fake.add_guild(OTHER_GUILD, "Second server", OTHER_CHANNELS)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", reindex_cooldown_seconds=3600.0) as bot:
        asked = await fake.send_slash_command(
            "ask", {"question": "Who warned of a massacre?"}, channel_id=OTHER_CHANNELS[0]
        )
        assert "massacre" in ((await fake.wait_for_response(asked)).content or "").lower()
        there = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=OTHER_CHANNELS[0])
        await fake.final_response(there, "Reindex done")
        assert bot.reindex_limit.refusal(OTHER_GUILD) is not None
        with caplog.at_level(logging.INFO, logger="bot.client"):
            await fake.remove_bot(OTHER_GUILD)
            await until(lambda: bot.get_guild(OTHER_GUILD) is None)
        removed = [r.getMessage() for r in caplog.records if "removed from guild" in r.getMessage()]
        assert removed == [
            f"removed from guild {OTHER_GUILD}; its questions are kept 30 days, or deleted now by "
            f"`docbot report --guild {OTHER_GUILD} --forget`"
        ]
        assert bot.reindex_limit.refusal(OTHER_GUILD) is None  # nothing of it kept in memory
        feedback = Feedback(bot.service.store.path)
        for _ in range(100):  # recorded in a worker thread beside the reply
            if (await feedback.report(OTHER_GUILD)).questions:
                break
            await asyncio.sleep(0.02)
        assert (await feedback.report(OTHER_GUILD)).questions == 1  # for the operator, until it expires or is forgotten
        here = await fake.wait_for_response(await fake.send_slash_command("report", {}, user=fake.admin_user))
        assert "massacre" not in (here.content or "") and "0 asked" in (here.content or "")
        await fake.add_guild(OTHER_GUILD, "Second server", OTHER_CHANNELS)  # invited again
        await until(lambda: bot.get_guild(OTHER_GUILD) is not None)
        again = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=OTHER_CHANNELS[0])
        await fake.final_response(again, "Reindex done")
        answer = await fake.send_slash_command(
            "ask", {"question": "Who warned of a massacre?"}, channel_id=OTHER_CHANNELS[1]
        )
        assert "massacre" in ((await fake.wait_for_response(answer)).content or "").lower()


def test_what_is_kept_per_server_and_per_channel_forgets_the_windows_that_are_over() -> None:
    """Months on thousands of servers: the /reindex intervals (per server) and the once-an-hour log of a channel
    docbot may not reply in kept one entry for every server and channel ever seen."""
    from bot.cogs.ask import MAX_SEEN, _first_in
    from bot.guilds import ReindexLimit

    now = 0.0
    limit = ReindexLimit(60.0, clock=lambda: now)
    for guild_id in range(5000):  # a reindex somewhere every 10 s
        with limit.running(guild_id):
            pass
        assert limit.refusal(guild_id) is not None and (guild_id < 6 or limit.refusal(guild_id - 6) is None)
        now += 10.0
    assert len(limit._ended) <= 6
    seen: dict[int, float] = {}
    for channel_id in range(3 * MAX_SEEN):  # a refused reply in a new channel every second, logged once an hour each
        assert _first_in(seen, channel_id, 3600.0, float(channel_id))
        assert not _first_in(seen, channel_id, 3600.0, float(channel_id) + 1)
    assert len(seen) <= MAX_SEEN + 1
    assert not _first_in(seen, 3 * MAX_SEEN - 1, 3600.0, 3 * MAX_SEEN + 10.0)  # the recent ones are still known


async def test_many_servers_not_allowed_are_one_warning_at_start_up(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A public bot kept in servers it does not serve (LEAVE_OTHER_GUILDS=false) logged one WARNING per server at
    every start: thousands of lines on a bot in thousands of servers. One line now, naming the first few."""
    strangers = [THIRD_GUILD + i for i in range(1, 13)]
    for i, guild_id in enumerate(strangers):
        await fake.add_guild(guild_id, f"Stranger {i}", (guild_id + 1_000,))
    with caplog.at_level(logging.WARNING, logger="bot.client"):
        async with docbot(
            fake, docs, tmp_path / "db.sqlite3", allowed_guild_ids=frozenset({fake.guild_id}), leave_other_guilds=False
        ) as bot:
            await until(lambda: bot._checked_guilds and len(bot.guilds) == 13)
            await until(lambda: "ALLOWED_GUILD_IDS" in caplog.text)
    lines = [r.getMessage() for r in caplog.records if "ALLOWED_GUILD_IDS" in r.getMessage()]
    assert len(lines) == 1 and lines[0].startswith("12 servers are not in ALLOWED_GUILD_IDS (")
    assert str(strangers[0]) in lines[0] and "and 2 more" in lines[0] and fake.left_guilds == []
