"""Proves the fake Discord drives a real, unchanged discord.py ``commands.Bot``.

The bot here is a throwaway defined in this module (no project code): ``/ping`` replies "pong", ``/ask``
defers then follows up (and autocompletes), ``/admin`` needs Manage Server, ``/menu`` sends a button,
``/upload`` sends a file, and ``on_message`` replies to every human message.
"""

from __future__ import annotations

import asyncio
import io
import math

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord.fake_discord import MANAGE_GUILD, MESSAGE_CONTENT_INTENT, FakeDiscord
from tests.discord.harness import running

GUILD_ID = 1_300_000_000_000_000_100


class _ClickView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Click", custom_id="tiny:click")
    async def click(self, interaction: discord.Interaction, button: discord.ui.Button[_ClickView]) -> None:
        await interaction.response.edit_message(content=f"clicked by {interaction.user.id}", view=None)


class TinyBot(commands.Bot):
    """A minimal bot: the real discord.py machinery, none of the project's code."""

    def __init__(self, *, message_content: bool = True) -> None:
        intents = discord.Intents.default()
        intents.message_content = message_content
        super().__init__(
            command_prefix=commands.when_mentioned, intents=intents, help_command=None, guild_ready_timeout=0.05
        )
        self.seen_contents: list[str] = []
        guild = discord.Object(id=GUILD_ID)

        @self.tree.command(name="ping", description="Reply pong")
        async def ping(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pong")

        @self.tree.command(name="ask", description="Defer, then answer in a follow-up")
        @app_commands.describe(question="What to ask", top="How many answers")
        async def ask(interaction: discord.Interaction, question: str, top: int = 1) -> None:
            await interaction.response.defer(thinking=True)
            await asyncio.sleep(0.01)
            await interaction.followup.send(f"answer to {question!r} (top {top})")

        @ask.autocomplete("question")
        async def ask_complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
            return [app_commands.Choice(name=f"{current} {n}", value=f"{current}-{n}") for n in range(2)]

        @self.tree.command(name="admin", description="Needs Manage Server", guild=guild)
        @app_commands.checks.has_permissions(manage_guild=True)
        async def admin(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("admin ok", ephemeral=True)

        @self.tree.command(name="menu", description="Send a button")
        async def menu(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("pick", view=_ClickView())

        @self.tree.command(name="upload", description="Send a file")
        async def upload(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("file", file=discord.File(io.BytesIO(b"hello"), "a.txt"))

        @self.tree.error
        async def on_app_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
            await interaction.response.send_message(f"denied: {type(error).__name__}", ephemeral=True)

    async def setup_hook(self) -> None:
        await self.tree.sync()
        await self.tree.sync(guild=discord.Object(id=GUILD_ID))

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        self.seen_contents.append(message.content)
        await message.reply(f"seen: {message.content!r}", allowed_mentions=discord.AllowedMentions.none())


async def test_startup_syncs_commands_and_identifies(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake) as bot:
        assert {c["name"] for c in fake.synced_commands["global"]} == {"ping", "ask", "menu", "upload"}
        assert [c["name"] for c in fake.synced_commands[GUILD_ID]] == ["admin"]
        assert all(c["id"] and c["application_id"] == str(fake.application_id) for c in fake.synced_commands["global"])
        assert fake.identified_intents is not None and fake.identified_intents & MESSAGE_CONTENT_INTENT
        guild = bot.get_guild(GUILD_ID)
        assert guild is not None
        assert {r.name for r in guild.roles} == {"@everyone", "Admin", "Docbot Admin"}
        assert len(guild.text_channels) == 2
        assert not fake.unknown_requests


async def test_ping_round_trip(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        iid = await fake.send_slash_command("ping")
        response = await fake.wait_for_response(iid)
        assert response.kind == "callback" and response.callback_type == 4
        assert response.content == "pong"
        latency = fake.latency(iid)
        assert latency is not None and 0 <= latency < 1


async def test_defer_then_follow_up_and_autocomplete(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        iid = await fake.send_slash_command("ask", {"question": "why", "top": 3})
        response = await fake.wait_for_response(iid)
        record = fake.interactions[iid]
        assert record.deferred and record.callbacks[0].callback_type == 5
        assert response.kind == "followup"
        assert response.content == "answer to 'why' (top 3)"

        iid = await fake.send_autocomplete("ask", {"question": "wh"}, focused="question")
        choices = (await fake.wait_for_response(iid)).choices
        assert [c["value"] for c in choices] == ["wh-0", "wh-1"]


async def test_permissions_decide_checks(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        denied = await fake.send_slash_command("admin")
        assert (await fake.wait_for_response(denied)).content == "denied: MissingPermissions"
        allowed = await fake.send_slash_command("admin", user=fake.admin_user)
        response = await fake.wait_for_response(allowed)
        assert response.content == "admin ok" and response.ephemeral
        explicit = await fake.send_slash_command("admin", permissions=MANAGE_GUILD)
        assert (await fake.wait_for_response(explicit)).content == "admin ok"


async def test_component_click_and_file_upload(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        menu = await fake.wait_for_response(await fake.send_slash_command("menu"))
        assert menu.message_id is not None
        click = await fake.send_component_click("tiny:click")
        response = await fake.wait_for_response(click)
        assert response.callback_type == 7
        assert response.content == f"clicked by {fake.normal_user['id']}"
        assert fake.messages[menu.message_id]["content"] == response.content

        upload = await fake.wait_for_response(await fake.send_slash_command("upload"))
        assert upload.content == "file"
        assert [(f.filename, f.data) for f in upload.files] == [("a.txt", b"hello")]


async def test_message_reply_records_allowed_mentions(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        channel = fake.channel_ids[1]
        message_id = await fake.send_message("hello there", channel_id=channel, author=fake.admin_user)
        reply = await fake.wait_for_channel_message(channel)
        assert reply.content == "seen: 'hello there'"
        assert reply.allowed_mentions == {"parse": []}
        assert reply.message_reference is not None
        assert int(reply.message_reference["message_id"]) == message_id


async def test_forget_recorded_keeps_nothing_of_past_messages(fake: FakeDiscord) -> None:
    """A long benchmark (bench/soak.py) runs the fake in the bot's process and measures that process: what the fake
    recorded of each message (the mentions beside its content too) is forgotten, or its memory grew with every one."""
    async with running(TinyBot(), fake):
        channel = fake.channel_ids[1]
        for n in range(3):
            await fake.send_message(
                f"hello {n}", channel_id=channel, author=fake.admin_user, mentions=[fake.normal_user]
            )
            await fake.wait_for_channel_message(channel)
        fake.forget_recorded()
        assert not fake.messages and not fake.sent_messages and not fake._mentioned and not fake._consumed_messages


async def test_message_content_emptied_without_intent(fake: FakeDiscord) -> None:
    bot = TinyBot(message_content=False)
    async with running(bot, fake):
        assert fake.identified_intents is not None
        assert not fake.identified_intents & MESSAGE_CONTENT_INTENT
        await fake.send_message("secret words")
        assert (await fake.wait_for_channel_message(fake.channel_ids[0])).content == "seen: ''"
        mention = f"<@{fake.application_id}> hi"
        await fake.send_message(mention)
        assert (await fake.wait_for_channel_message(fake.channel_ids[0])).content == f"seen: {mention!r}"
        assert bot.seen_contents == ["", mention]

        dm = fake.dm_channel(fake.normal_user)  # DMs keep their content without the intent
        await fake.send_message("direct", channel_id=dm)
        assert (await fake.wait_for_channel_message(dm)).content == "seen: 'direct'"


@pytest.mark.parametrize("code", [4000, None], ids=["close-4000", "abnormal"])
async def test_gateway_drop_reconnects(fake: FakeDiscord, code: int | None) -> None:
    async with running(TinyBot(), fake):
        await fake.drop_gateway(code)
        await fake.wait_for_handshakes(2)
        assert fake.connection_count == 2
        assert fake.resume_count == 1 and fake.identify_count == 1
        iid = await fake.send_slash_command("ping")
        assert (await fake.wait_for_response(iid)).content == "pong"


async def test_events_sent_while_disconnected_are_delivered_after_resume(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        await fake.drop_gateway()
        iid = await fake.send_slash_command("ping")  # queued until the client is back
        assert (await fake.wait_for_response(iid)).content == "pong"


async def test_rate_limit_is_retried(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake):
        fake.rate_limit_next("/interactions/", retry_after=0.2)
        iid = await fake.send_slash_command("ping")
        response = await fake.wait_for_response(iid)
        assert response.content == "pong"
        latency = fake.latency(iid)
        assert latency is not None and latency >= 0.2
        assert len(fake.rate_limited_requests) == 1

        fake.rate_limit_next("POST /channels/", retry_after=0.1)
        await fake.send_message("hi")
        assert (await fake.wait_for_channel_message(fake.channel_ids[0])).content == "seen: 'hi'"
        assert len(fake.rate_limited_requests) == 2


async def test_wrong_token_fails_login(fake: FakeDiscord) -> None:
    bot = TinyBot()
    try:
        with pytest.raises(discord.LoginFailure):
            await bot.start("not-the-token")
    finally:
        await bot.close()
    assert fake.requests[0].path == "/users/@me" and fake.requests[0].status == 401
    assert fake.connection_count == 0


async def test_heartbeats_are_acked() -> None:
    async with FakeDiscord(heartbeat_interval_ms=100) as fake, running(TinyBot(), fake) as bot:
        await asyncio.sleep(0.35)
        assert len(fake.heartbeats) >= 3
        # The beats came on the one connection, which was never resumed, and discord.py measured a HEARTBEAT_ACK
        # (its latency is infinite until one arrives). How late a beat came is the machine's load, not something to
        # assert in a test: bench/discord_roundtrip.py and bench/load.py report missed heartbeats.
        assert {beat.connection for beat in fake.heartbeats} == {fake.heartbeats[0].connection}
        assert fake.resume_count == 0 and fake.identify_count == 1
        assert math.isfinite(bot.latency)


async def test_auto_sharded_bot_uses_gateway_bot(fake: FakeDiscord) -> None:
    intents = discord.Intents.default()
    bot = commands.AutoShardedBot(command_prefix="!", intents=intents, guild_ready_timeout=0.05)

    @bot.tree.command(name="ping", description="Reply pong")
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong")

    async with running(bot, fake):
        assert any(r.path == "/gateway/bot" for r in fake.requests)
        assert fake.identify_payloads[-1]["shard"] == [0, 1]
        iid = await fake.send_slash_command("ping")
        assert (await fake.wait_for_response(iid)).content == "pong"


async def test_unknown_route_is_logged_as_404(fake: FakeDiscord) -> None:
    async with running(TinyBot(), fake) as bot:
        with pytest.raises(discord.NotFound):
            await bot.http.request(discord.http.Route("GET", "/guilds/{guild_id}/bans", guild_id=GUILD_ID))
        assert [(r.method, r.path) for r in fake.unknown_requests] == [("GET", f"/guilds/{GUILD_ID}/bans")]


async def test_callback_with_and_without_with_response() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        # No client connected: the interactions are queued, and still answerable over REST.
        first = fake.interactions[await fake.send_slash_command("ping")]
        second = fake.interactions[await fake.send_slash_command("ping")]
        url = f"{fake.api_base}/interactions/{first.id}/{first.token}/callback"
        async with session.post(url, json={"type": 4, "data": {"content": "a"}}) as resp:
            assert resp.status == 204
        async with session.post(url, json={"type": 4, "data": {"content": "again"}}) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 40060
        url = f"{fake.api_base}/interactions/{second.id}/{second.token}/callback?with_response=1"
        async with session.post(url, json={"type": 4, "data": {"content": "b"}}) as resp:
            assert resp.status == 200 and resp.headers["Content-Type"] == "application/json"
            body = await resp.json()
        assert body["resource"]["message"]["content"] == "b"
        assert body["interaction"]["response_message_id"] == str(second.original_message_id)
        assert [r.content for r in (first.responses + second.responses)] == ["a", "b"]


async def test_messages_and_choices_past_discords_limits_are_refused_whole() -> None:
    """As Discord does: content over 2,000 characters, more than 25 choices or a choice over 100 characters fail
    the request with 50035 (nothing is shown); the limits themselves pass."""
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        replies = [fake.interactions[await fake.send_slash_command("ping")] for _ in range(3)]
        completion = fake.interactions[await fake.send_autocomplete("ask", {"question": "wh"}, focused="question")]
        callback = "{base}/interactions/{r.id}/{r.token}/callback"
        cases = [
            (replies[0], {"type": 4, "data": {"content": "x" * 2001}}),
            (completion, {"type": 8, "data": {"choices": [{"name": "n" * 101, "value": "v"}]}}),
            (completion, {"type": 8, "data": {"choices": [{"name": f"{n}", "value": f"{n}"} for n in range(26)]}}),
        ]
        for record, body in cases:
            async with session.post(callback.format(base=fake.api_base, r=record), json=body) as resp:
                assert resp.status == 400 and (await resp.json())["code"] == 50035
        assert not replies[0].responses and not completion.responses
        async with session.post(
            callback.format(base=fake.api_base, r=replies[1]), json={"type": 4, "data": {"content": "x" * 2000}}
        ) as resp:
            assert resp.status == 204
        async with session.post(
            callback.format(base=fake.api_base, r=replies[2]), json={"type": 5, "data": {"flags": 64}}
        ) as resp:
            assert resp.status == 204
        followup = f"{fake.api_base}/webhooks/{fake.application_id}/{replies[2].token}"
        async with session.post(followup, json={"content": "y" * 2001}) as resp:
            assert resp.status == 400 and (await resp.json())["code"] == 50035
