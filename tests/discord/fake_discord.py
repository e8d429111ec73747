"""A small fake Discord (REST API + gateway websocket) for end-to-end tests of a real discord.py client.

The fake is an aiohttp application served on ``127.0.0.1`` on a free port. A test points the unchanged
discord.py library at it (:meth:`FakeDiscord.patch_discord`), starts a real ``commands.Bot`` in the test's
event loop, and then drives the bot the way Discord would: slash commands, component clicks, autocomplete
and channel messages are dispatched over the gateway, and everything the bot sends back over REST is
recorded so the test can wait for it and inspect it.

Typical use::

    async with FakeDiscord() as fake:  # starts the server and patches discord.py
        bot = make_bot()
        task = asyncio.create_task(bot.start(fake.token))
        await fake.wait_until_ready()
        iid = await fake.send_slash_command("ping")
        response = await fake.wait_for_response(iid)
        assert response.content == "pong"
        await bot.close()
        await task

Facts this relies on (checked with discord.py 2.7.1, see ``shared/docs/discord-offline-testing.md``):

* every JSON response carries ``Content-Type: application/json`` exactly, otherwise discord.py reads the
  body as text;
* a 429 is only retried by discord.py when the response has a ``Via`` header (without it discord.py
  assumes a Cloudflare ban and raises ``HTTPException``), so the simulated rate limit sends one;
* the client asks for ``compress=zlib-stream`` but accepts plain JSON text frames.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import re
import secrets
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Final, Literal, Self, TypeVar

import discord.gateway
import discord.http
import yarl
from aiohttp import BodyPartReader, WSMsgType, web
from aiohttp.typedefs import Handler

__all__ = [
    "ADMINISTRATOR",
    "DIRECT_MESSAGES_INTENT",
    "GUILD_MEMBERS_INTENT",
    "MANAGE_GUILD",
    "MESSAGE_CONTENT_INTENT",
    "PRESENCES_INTENT",
    "FakeDiscord",
    "HeartbeatRecord",
    "InteractionRecord",
    "RecordedResponse",
    "RequestRecord",
    "SentMessage",
    "UploadedFile",
]

log = logging.getLogger(__name__)

JSONDict = dict[str, Any]
_T = TypeVar("_T")

API_PREFIX: Final = "/api/v10"
DISCORD_EPOCH_MS: Final = 1_420_070_400_000

# Gateway intents (https://discord.com/developers/docs/events/gateway#gateway-intents).
GUILD_MEMBERS_INTENT: Final = 1 << 1
PRESENCES_INTENT: Final = 1 << 8
DIRECT_MESSAGES_INTENT: Final = 1 << 12
MESSAGE_CONTENT_INTENT: Final = 1 << 15
PRIVILEGED_INTENTS: Final = GUILD_MEMBERS_INTENT | PRESENCES_INTENT | MESSAGE_CONTENT_INTENT

# Permission bits.
ADMINISTRATOR: Final = 1 << 3
MANAGE_GUILD: Final = 1 << 5
ALL_PERMISSIONS: Final = (1 << 51) - 1
DEFAULT_EVERYONE_PERMISSIONS: Final = (
    (1 << 6)  # add reactions
    | (1 << 10)  # view channel
    | (1 << 11)  # send messages
    | (1 << 14)  # embed links
    | (1 << 15)  # attach files
    | (1 << 16)  # read message history
    | (1 << 18)  # use external emojis
    | (1 << 31)  # use application commands
    | (1 << 35)  # create public threads
    | (1 << 38)  # send messages in threads
)
DEFAULT_APP_PERMISSIONS: Final = DEFAULT_EVERYONE_PERMISSIONS | (1 << 13)  # + manage messages

# Message flags and types.
EPHEMERAL_FLAG: Final = 1 << 6
LOADING_FLAG: Final = 1 << 7
MESSAGE_TYPE_DEFAULT: Final = 0
MESSAGE_TYPE_REPLY: Final = 19
MESSAGE_TYPE_CHAT_INPUT_COMMAND: Final = 20

# Interaction types and interaction callback types.
INTERACTION_APPLICATION_COMMAND: Final = 2
INTERACTION_MESSAGE_COMPONENT: Final = 3
INTERACTION_AUTOCOMPLETE: Final = 4
CALLBACK_MESSAGE: Final = 4
CALLBACK_DEFERRED_MESSAGE: Final = 5
CALLBACK_DEFERRED_UPDATE: Final = 6
CALLBACK_UPDATE_MESSAGE: Final = 7
CALLBACK_AUTOCOMPLETE_RESULT: Final = 8
CALLBACK_MODAL: Final = 9
# An interaction's token (its follow-ups and the edits of its reply) lasts this long after Discord made it.
INTERACTION_TOKEN_SECONDS: Final = 15 * 60
VISIBLE_CALLBACK_TYPES: Final = frozenset(
    {CALLBACK_MESSAGE, CALLBACK_UPDATE_MESSAGE, CALLBACK_AUTOCOMPLETE_RESULT, CALLBACK_MODAL}
)

# Default ids: fixed, realistic-looking snowflakes so failures are easy to read.
DEFAULT_TOKEN: Final = "fake-bot-token.for-tests.only"
DEFAULT_APPLICATION_ID: Final = 1_300_000_000_000_000_001
DEFAULT_GUILD_ID: Final = 1_300_000_000_000_000_100
DEFAULT_CHANNEL_IDS: Final = (1_300_000_000_000_000_201, 1_300_000_000_000_000_202)
DEFAULT_ADMIN_ROLE_ID: Final = 1_300_000_000_000_000_301
DEFAULT_DOCBOT_ADMIN_ROLE_ID: Final = 1_300_000_000_000_000_302
DEFAULT_OWNER_USER_ID: Final = 1_300_000_000_000_000_400
DEFAULT_ADMIN_USER_ID: Final = 1_300_000_000_000_000_401
DEFAULT_NORMAL_USER_ID: Final = 1_300_000_000_000_000_402

_MAX_RECORDS: Final = 10_000
_MENTION_RE: Final = re.compile(r"<@!?(\d+)>")

UserLike = Mapping[str, Any] | int | str


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def _json_response(data: Any, *, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    """A JSON response whose Content-Type is exactly ``application/json`` (discord.py requires it)."""
    all_headers = {"Content-Type": "application/json"}
    if headers:
        all_headers.update(headers)
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def _error(status: int, message: str, code: int = 0) -> web.Response:
    return _json_response({"message": message, "code": code}, status=status)


# Discord's limits on what a bot sends: a message's content, and an autocomplete's choices and their name and value.
CONTENT_LIMIT: Final = 2000
MAX_CHOICES: Final = 25
CHOICE_LIMIT: Final = 100


def _over_limits(payload: JSONDict) -> web.Response | None:
    """Discord's refusal of a message or autocomplete result past its limits (the whole request fails), or None."""
    content = payload.get("content")
    choices = payload.get("choices")
    if isinstance(content, str) and len(content) > CONTENT_LIMIT:
        return _error(400, f"Invalid Form Body: content: Must be {CONTENT_LIMIT} or fewer in length.", 50035)
    if isinstance(choices, list) and (
        len(choices) > MAX_CHOICES
        or any(len(str(c.get(key, ""))) > CHOICE_LIMIT for c in choices for key in ("name", "value"))
    ):
        return _error(400, "Invalid Form Body: choices: too many, or a name or value too long.", 50035)
    return None


def _user_payload(user_id: int, username: str, *, bot: bool = False) -> JSONDict:
    return {
        "id": str(user_id),
        "username": username,
        "discriminator": "0",
        "global_name": username,
        "avatar": None,
        "bot": bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
        "banner": None,
        "accent_color": None,
        "avatar_decoration_data": None,
    }


def _option_type(value: Any) -> int:
    """The application command option type Discord would use for a Python value."""
    if isinstance(value, bool):
        return 5
    if isinstance(value, int):
        return 4
    if isinstance(value, float):
        return 10
    if isinstance(value, str):
        return 3
    raise TypeError(f"cannot infer an option type for {value!r}; pass a list of option dicts instead")


def _find_custom_id(components: Any, custom_id: str) -> JSONDict | None:
    """Search a (nested) component list for the component with ``custom_id``."""
    if isinstance(components, list):
        for item in components:
            found = _find_custom_id(item, custom_id)
            if found is not None:
                return found
    elif isinstance(components, dict):
        if components.get("custom_id") == custom_id:
            return components
        for key in ("components", "accessory", "component"):
            if key in components:
                found = _find_custom_id(components[key], custom_id)
                if found is not None:
                    return found
    return None


# How long a wait for what the bot sends lasts before it fails: a quiet machine answers in well under a second, CI's two
# busy cores (two test workers, each starting processes) took over 5 s. Waits that expect nothing pass their own.
WAIT_SECONDS = 20.0


@dataclass
class RequestRecord:
    """One REST request the client made (path is relative to ``/api/v10``)."""

    method: str
    path: str
    query: dict[str, str]
    at: float
    status: int = 0


@dataclass
class UploadedFile:
    """A file part of a multipart request."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def size(self) -> int:
        """Size of the file in bytes."""
        return len(self.data)


class _MessageBody:
    """Accessors for what the bot sent in a message body; a record says where that body is (`_body`)."""

    def _body(self) -> JSONDict:
        raise NotImplementedError

    @property
    def content(self) -> str | None:
        """The message content, if any."""
        value = self._body().get("content")
        return value if isinstance(value, str) else None

    @property
    def embeds(self) -> list[JSONDict]:
        """The embeds sent (empty list if none)."""
        return list(self._body().get("embeds") or [])

    @property
    def components(self) -> list[JSONDict]:
        """The components sent (empty list if none)."""
        return list(self._body().get("components") or [])

    @property
    def allowed_mentions(self) -> JSONDict | None:
        """The ``allowed_mentions`` object sent, if any."""
        value = self._body().get("allowed_mentions")
        return value if isinstance(value, dict) else None


@dataclass
class RecordedResponse(_MessageBody):
    """Something the bot sent in answer to an interaction.

    ``kind`` is ``"callback"`` for ``POST /interactions/{id}/{token}/callback`` (``data`` is the callback's
    ``data`` object), ``"followup"`` for ``POST /webhooks/{app}/{token}`` and ``"edit"`` for a ``PATCH`` of
    ``/webhooks/{app}/{token}/messages/...`` (``data`` is the request body). ``at`` is ``time.perf_counter()``
    when the fake received it.
    """

    kind: Literal["callback", "followup", "edit"]
    data: JSONDict
    at: float
    callback_type: int | None = None
    message_id: int | None = None
    files: list[UploadedFile] = field(default_factory=list)

    def _body(self) -> JSONDict:
        return self.data

    @property
    def flags(self) -> int:
        """The message flags sent."""
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        """Whether the message is ephemeral (flag 1 << 6)."""
        return bool(self.flags & EPHEMERAL_FLAG)

    @property
    def choices(self) -> list[JSONDict]:
        """Autocomplete choices (for a type 8 callback)."""
        return list(self.data.get("choices") or [])


@dataclass
class InteractionRecord:
    """An interaction the fake dispatched, and everything the bot answered to it."""

    id: int
    token: str
    type: int
    name: str
    channel_id: int
    user_id: int
    payload: JSONDict
    dispatched_at: float
    callbacks: list[RecordedResponse] = field(default_factory=list)
    responses: list[RecordedResponse] = field(default_factory=list)
    original_message_id: int | None = None
    deleted_message_ids: list[int] = field(default_factory=list)
    user: JSONDict = field(default_factory=dict)
    created: float = field(default_factory=time.time)  # when Discord made it (wall clock): its token lasts 15 minutes

    @property
    def first_response(self) -> RecordedResponse | None:
        """The first visible response (callback data, or follow-up / edit after a defer)."""
        return self.responses[0] if self.responses else None

    @property
    def latency(self) -> float | None:
        """Seconds from dispatch to the first visible response, or ``None`` if there is none yet."""
        first = self.first_response
        return None if first is None else first.at - self.dispatched_at

    @property
    def deferred(self) -> bool:
        """Whether the first callback was a defer (type 5 or 6)."""
        return bool(self.callbacks) and self.callbacks[0].callback_type in (
            CALLBACK_DEFERRED_MESSAGE,
            CALLBACK_DEFERRED_UPDATE,
        )


@dataclass
class SentMessage(_MessageBody):
    """A message the bot posted with ``POST /channels/{id}/messages``."""

    id: int
    channel_id: int
    payload: JSONDict
    message: JSONDict
    at: float
    files: list[UploadedFile] = field(default_factory=list)
    edits: list[JSONDict] = field(default_factory=list)

    def _body(self) -> JSONDict:
        return self.payload

    @property
    def message_reference(self) -> JSONDict | None:
        """The ``message_reference`` object the bot sent (replies), if any."""
        value = self.payload.get("message_reference")
        return value if isinstance(value, dict) else None


@dataclass
class HeartbeatRecord:
    """One heartbeat (op 1) received from the client."""

    connection: int
    at: float
    sequence: int | None


@dataclass
class _RateLimitRule:
    substring: str
    retry_after: float
    method: str | None
    is_global: bool
    remaining: int


@dataclass
class _Session:
    id: str
    shard: list[int]
    seq: int = 0
    log: deque[JSONDict] = field(default_factory=lambda: deque(maxlen=2_000))


@dataclass(eq=False)
class _Connection:
    number: int
    ws: web.WebSocketResponse
    request: web.Request
    send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    ready: bool = False

    async def send(self, payload: JSONDict) -> bool:
        """Send a frame; False if the socket is already gone."""
        if self.ws.closed:
            return False
        async with self.send_lock:
            try:
                await self.ws.send_str(json.dumps(payload))
            except (ConnectionError, RuntimeError):
                return False
        return True


class FakeDiscord:
    """A fake Discord REST API and gateway on 127.0.0.1, for a real discord.py client.

    One guild with roles (@everyone, "Admin" with Manage Server, "Docbot Admin" with no permissions), text
    channels and two human members (an admin and a normal user) plus the bot. The fake serves one client
    session at a time (the most recent gateway connection gets the events).

    More guilds (same roles and members, channels of their own) come with :meth:`add_guild`; interactions and
    messages belong to the guild of their channel. ``DELETE /users/@me/guilds/{id}`` (the bot leaving) is
    recorded in ``left_guilds`` and answered with GUILD_DELETE.

    ``async with FakeDiscord() as fake`` starts the server and patches discord.py (see
    :meth:`patch_discord`); leaving the block undoes the patch and stops the server.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        application_id: int = DEFAULT_APPLICATION_ID,
        bot_name: str = "docbot",
        guild_id: int = DEFAULT_GUILD_ID,
        guild_name: str = "Docbot Test Guild",
        channel_ids: Sequence[int] = DEFAULT_CHANNEL_IDS,
        channel_names: Sequence[str] | None = None,
        admin_role_id: int = DEFAULT_ADMIN_ROLE_ID,
        docbot_admin_role_id: int = DEFAULT_DOCBOT_ADMIN_ROLE_ID,
        admin_user_id: int = DEFAULT_ADMIN_USER_ID,
        normal_user_id: int = DEFAULT_NORMAL_USER_ID,
        everyone_permissions: int = DEFAULT_EVERYONE_PERMISSIONS,
        app_permissions: int = DEFAULT_APP_PERMISSIONS,
        heartbeat_interval_ms: int = 41_250,
        allowed_privileged_intents: int = PRIVILEGED_INTENTS,
        host: str = "127.0.0.1",
    ) -> None:
        """Configure the fake; nothing is started until :meth:`start`.

        ``allowed_privileged_intents`` mimics the switches in the developer portal: an IDENTIFY asking for
        a privileged intent not in it is closed with 4014, as Discord does.
        """
        if len(channel_ids) < 1:
            raise ValueError("at least one channel id is needed")
        self.token = token
        self.application_id = application_id
        self.guild_id = guild_id
        self.guild_name = guild_name
        self.channel_ids: list[int] = list(channel_ids)
        names = list(channel_names) if channel_names is not None else []
        names += [f"channel-{i}" for i in range(len(names), len(self.channel_ids))]
        if channel_names is None:
            names[0] = "general"
            if len(names) > 1:
                names[1] = "docs"
        self.channel_names: list[str] = names
        self.admin_role_id = admin_role_id
        self.docbot_admin_role_id = docbot_admin_role_id
        self.everyone_permissions = everyone_permissions
        self.app_permissions = app_permissions
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.allowed_privileged_intents = allowed_privileged_intents
        self.host = host

        self.bot_user: JSONDict = _user_payload(application_id, bot_name, bot=True)
        self.owner_user: JSONDict = _user_payload(DEFAULT_OWNER_USER_ID, "app-owner")
        self.admin_user: JSONDict = _user_payload(admin_user_id, "admin-user")
        self.normal_user: JSONDict = _user_payload(normal_user_id, "normal-user")
        self.role_permissions: dict[int, int] = {
            guild_id: everyone_permissions,
            admin_role_id: MANAGE_GUILD,
            docbot_admin_role_id: 0,
        }
        # user id -> (user payload, role ids)
        self.members: dict[int, tuple[JSONDict, list[int]]] = {
            application_id: (self.bot_user, []),
            admin_user_id: (self.admin_user, [admin_role_id]),
            normal_user_id: (self.normal_user, []),
        }
        self.nicks: dict[int, str] = {}  # user id -> the nickname its member has in the guilds (set before start)
        self.dm_channels: dict[int, int] = {}  # channel id -> recipient user id
        self.extra_guilds: dict[int, tuple[str, list[int]]] = {}  # guild id -> (name, channel ids)
        self.expired_token_requests = 0  # follow-ups and edits refused because the token's 15 minutes were over
        self._mentioned: dict[int, list[int]] = {}  # a user's message -> the mentions given beside its content
        self.threads: dict[int, int] = {}  # thread (or forum post) id -> its parent channel id
        self.thread_names: dict[int, str] = {}
        # Guild channels that are voice channels (their text chat takes messages and commands like a text channel).
        self.voice_channels: set[int] = set()
        self.left_guilds: list[int] = []
        self.removed_from: set[int] = set()  # guilds whose members removed the bot (`remove_bot`)
        # Attachments members "uploaded" (add_attachment): id -> the bytes served at its URL (None: download fails).
        self.attachment_files: dict[int, bytes | None] = {}

        # Recorded state, for assertions.
        self.port: int = 0
        self.requests: deque[RequestRecord] = deque(maxlen=_MAX_RECORDS)
        self.unknown_requests: list[RequestRecord] = []
        self.rate_limited_requests: list[RequestRecord] = []
        self.synced_commands: dict[str | int, list[JSONDict]] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self.sent_messages: list[SentMessage] = []
        self.messages: dict[int, JSONDict] = {}
        self.reactions: list[tuple[int, int, str]] = []
        self.identify_payloads: list[JSONDict] = []
        self.identified_intents: int | None = None
        self.identify_count = 0
        self.resume_count = 0
        self.connection_count = 0
        self.drop_count = 0
        self.heartbeats: list[HeartbeatRecord] = []
        self.gateway_frames_received: deque[JSONDict] = deque(maxlen=_MAX_RECORDS)
        self.ack_heartbeats = True

        self._by_token: dict[str, InteractionRecord] = {}
        self._rate_limits: list[_RateLimitRule] = []
        # Requests whose "METHOD /path" holds one of these get their connection closed unanswered (reset_next).
        self._resets: list[str] = []
        # Channels where the bot lacks Send Messages: its messages there are refused (403, Missing Permissions).
        self.no_sending: set[int] = set()
        # Channels where the bot lacks Read Message History: a reply there (a message with a message_reference) is
        # refused (403, 160002), a plain message is not.
        self.no_history: set[int] = set()
        self._command_ids: dict[tuple[str | int, str], int] = {}
        self._consumed_messages: set[int] = set()
        self._last_snowflake = 0
        self._session: _Session | None = None
        self._active: _Connection | None = None
        self._connections: set[_Connection] = set()
        self._pending: list[tuple[str, JSONDict]] = []
        self._changed = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._undo_patch: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ lifecycle

    @property
    def api_base(self) -> str:
        """The REST base URL, for ``discord.http.Route.BASE``."""
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        """The gateway websocket URL."""
        return f"ws://{self.host}:{self.port}/gateway"

    async def start(self) -> None:
        """Start serving on a free port (``self.port``)."""
        if self._runner is not None:
            raise RuntimeError("FakeDiscord is already started")
        self._changed = asyncio.Event()
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024 * 1024)
        self._add_routes(app)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, 0)
        await site.start()
        self._runner = runner
        address = runner.addresses[0]
        self.port = int(address[1])
        log.debug("fake discord listening on %s", self.api_base)

    async def stop(self) -> None:
        """Close every gateway socket and stop the server (idempotent)."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self._active = None
        for conn in list(self._connections):
            conn.ready = False
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.ws.close(code=1001, message=b"fake discord stopping"), 2.0)
        await runner.cleanup()

    async def __aenter__(self) -> Self:
        """Start the server and patch discord.py to use it."""
        await self.start()
        self.patch()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Undo the patch and stop the server."""
        self.unpatch()
        await self.stop()

    def patch(self) -> None:
        """Point ``discord.http.Route.BASE`` and ``DiscordWebSocket.DEFAULT_GATEWAY`` at this fake."""
        if self._runner is None:
            raise RuntimeError("start() the fake before patching discord.py")
        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY

        def undo() -> None:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

        discord.http.Route.BASE = self.api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        self._undo_patch.append(undo)

    def unpatch(self) -> None:
        """Restore what :meth:`patch` changed (no-op if not patched)."""
        while self._undo_patch:
            self._undo_patch.pop()()

    @contextlib.contextmanager
    def patch_discord(self) -> Iterator[None]:
        """Context manager form of :meth:`patch` / :meth:`unpatch`."""
        self.patch()
        try:
            yield
        finally:
            self.unpatch()

    # ------------------------------------------------------------------ guild model

    async def add_guild(self, guild_id: int, name: str, channel_ids: Sequence[int]) -> None:
        """Another guild the bot is in, with these text channels: in READY at the next IDENTIFY, or, when a client
        is connected, joined now (GUILD_CREATE, which discord.py reports as ``on_guild_join``)."""
        self.extra_guilds[guild_id] = (name, list(channel_ids))
        self.removed_from.discard(guild_id)  # invited again
        if self.is_ready:
            payload = self._guild_create_payload(guild_id)
            del payload["unavailable"]  # absent on a join; `false` would mean a known guild became available
            await self._dispatch("GUILD_CREATE", payload)

    async def remove_bot(self, guild_id: int) -> None:
        """The bot removed from a guild by its members (kicked, or its app uninstalled): GUILD_DELETE without
        `unavailable`, which discord.py reports as ``on_guild_remove``. :meth:`add_guild` invites it again."""
        self.removed_from.add(guild_id)
        await self._dispatch("GUILD_DELETE", {"id": str(guild_id)})

    async def add_thread(self, thread_id: int, parent_id: int, name: str = "a thread") -> None:
        """A public thread (or a forum channel's post) under the text channel `parent_id`: in GUILD_CREATE at the
        next IDENTIFY, or, when a client is connected, created now (THREAD_CREATE)."""
        self.threads[thread_id] = parent_id
        self.thread_names[thread_id] = name
        if self.is_ready:
            await self._dispatch("THREAD_CREATE", {**self.channel_payload(thread_id), "newly_created": True})

    def forget_recorded(self, heartbeats: bool = True) -> None:
        """Forget what the fake recorded of past requests (its memory, not the bot's): long benchmarks call it so the
        harness does not grow; `heartbeats=False` keeps the heartbeats, for counting missed ones."""
        self.interactions.clear()
        self._by_token.clear()
        self.messages.clear()
        self.sent_messages.clear()
        self._consumed_messages.clear()
        self._mentioned.clear()
        if heartbeats:
            self.heartbeats.clear()
        if self._session is not None:
            self._session.log.clear()

    def _joined_guilds(self) -> list[int]:
        gone = {*self.left_guilds, *self.removed_from}
        return [g for g in (self.guild_id, *self.extra_guilds) if g not in gone]

    def guild_of(self, channel_id: int) -> int:
        """The guild a text channel (or thread) belongs to."""
        channel_id = self.threads.get(channel_id, channel_id)
        for guild_id, (_, channels) in self.extra_guilds.items():
            if channel_id in channels:
                return guild_id
        return self.guild_id

    def _guild_channels(self, guild_id: int) -> list[int]:
        return self.extra_guilds[guild_id][1] if guild_id in self.extra_guilds else self.channel_ids

    def member_roles(self, user_id: int) -> list[int]:
        """The role ids of a known member (empty for unknown users)."""
        entry = self.members.get(user_id)
        return list(entry[1]) if entry else []

    def compute_permissions(self, roles: Sequence[int]) -> int:
        """Guild-level permissions of a member with ``roles`` (Administrator means all)."""
        perms = self.role_permissions.get(self.guild_id, 0)
        for role_id in roles:
            perms |= self.role_permissions.get(role_id, 0)
        return ALL_PERMISSIONS if perms & ADMINISTRATOR else perms

    def dm_channel(self, user: UserLike) -> int:
        """The id of the DM channel between the bot and ``user`` (created on first use)."""
        user_id = int(self._resolve_user(user)["id"])
        for channel_id, recipient in self.dm_channels.items():
            if recipient == user_id:
                return channel_id
        channel_id = self.snowflake()
        self.dm_channels[channel_id] = user_id
        return channel_id

    def _resolve_user(self, user: UserLike | None) -> JSONDict:
        if user is None:
            return self.normal_user
        if isinstance(user, Mapping):
            return dict(user)
        entry = self.members.get(int(user))
        if entry is None:
            raise KeyError(f"unknown user id {user}; pass a user payload dict instead")
        return entry[0]

    def _roles_payload(self, guild_id: int | None = None) -> list[JSONDict]:
        everyone = self.guild_id if guild_id is None else guild_id
        names = {
            everyone: "@everyone",
            self.admin_role_id: "Admin",
            self.docbot_admin_role_id: "Docbot Admin",
        }
        roles = []
        for position, (role_id, perms) in enumerate(self.role_permissions.items()):
            role_id = everyone if role_id == self.guild_id else role_id
            roles.append(
                {
                    "id": str(role_id),
                    "name": names.get(role_id, f"role-{role_id}"),
                    "permissions": str(perms),
                    "position": position,
                    "color": 0,
                    "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                    "icon": None,
                    "unicode_emoji": None,
                    "flags": 0,
                }
            )
        return roles

    def channel_payload(self, channel_id: int) -> JSONDict:
        """The channel object for a guild text channel or a DM channel."""
        if channel_id in self.dm_channels:
            recipient = self._resolve_user(self.dm_channels[channel_id])
            return {"id": str(channel_id), "type": 1, "recipients": [recipient], "last_message_id": None}
        guild_id = self.guild_of(channel_id)
        if channel_id in self.threads:
            return {
                "id": str(channel_id),
                "type": 11,  # a public thread; a forum channel's posts are such threads too
                "guild_id": str(guild_id),
                "parent_id": str(self.threads[channel_id]),
                "owner_id": self.normal_user["id"],
                "name": self.thread_names[channel_id],
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "message_count": 0,
                "member_count": 1,
                "flags": 0,
                "thread_metadata": {
                    "archived": False,
                    "auto_archive_duration": 1440,
                    "archive_timestamp": _now_iso(),
                    "locked": False,
                },
            }
        index = self._guild_channels(guild_id).index(channel_id)
        name = self.channel_names[index] if guild_id == self.guild_id else f"channel-{index}"
        channel = {
            "id": str(channel_id),
            "guild_id": str(guild_id),
            "name": name,
            "position": index,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if channel_id in self.voice_channels:
            voice = {"bitrate": 64000, "user_limit": 0, "rtc_region": None, "video_quality_mode": 1}
            return {**channel, "type": 2, **voice}
        return {**channel, "type": 0, "topic": None}

    def _member_payload(self, user: JSONDict, roles: Sequence[int], permissions: int | None = None) -> JSONDict:
        payload: JSONDict = {
            "user": user,
            "roles": [str(r) for r in roles],
            "joined_at": "2024-01-01T00:00:00+00:00",
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "nick": self.nicks.get(int(user["id"])) if "id" in user else None,
            "avatar": None,
            "communication_disabled_until": None,
        }
        if permissions is not None:
            payload["permissions"] = str(permissions)
        return payload

    def _guild_create_payload(self, guild_id: int | None = None) -> JSONDict:
        guild_id = self.guild_id if guild_id is None else guild_id
        name = self.extra_guilds[guild_id][0] if guild_id in self.extra_guilds else self.guild_name
        channels = self._guild_channels(guild_id)
        members = [self._member_payload(user, roles) for user, roles in self.members.values()]
        return {
            "id": str(guild_id),
            "name": name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": self.owner_user["id"],
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": self._roles_payload(guild_id),
            "emojis": [],
            "stickers": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": str(channels[0]),
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "joined_at": "2024-01-01T00:00:00+00:00",
            "large": False,
            "unavailable": False,
            "member_count": len(members),
            "voice_states": [],
            "members": members,
            "channels": [self.channel_payload(cid) for cid in channels],
            "threads": [self.channel_payload(t) for t, parent in self.threads.items() if parent in channels],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "preferred_locale": "en-US",
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
        }

    def _application_payload(self) -> JSONDict:
        return {
            "id": str(self.application_id),
            "name": self.bot_user["username"],
            "description": "",
            "icon": None,
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "owner": self.owner_user,
            "team": None,
            "flags": 1 << 19,
            "summary": "",
            "rpc_origins": [],
            "redirect_uris": [],
            "interactions_endpoint_url": None,
            "bot": self.bot_user,
        }

    def snowflake(self) -> int:
        """A new, strictly increasing snowflake id based on the current time."""
        candidate = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last_snowflake = max(candidate, self._last_snowflake + 1)
        return self._last_snowflake

    # ------------------------------------------------------------------ waiting

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_for(self, check: Callable[[], _T | None], timeout: float, what: str) -> _T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._changed
            result = check()
            if result is not None:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                unknown = [f"{r.method} {r.path}" for r in self.unknown_requests[-5:]]
                raise TimeoutError(f"timed out after {timeout:.1f}s waiting for {what}; unknown requests: {unknown}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    @property
    def is_ready(self) -> bool:
        """Whether a client is connected and its session is identified or resumed."""
        return self._active is not None and self._active.ready

    async def wait_until_ready(self, timeout: float = WAIT_SECONDS) -> None:
        """Wait until a client has identified (READY and GUILD_CREATE sent) or resumed."""
        await self._wait_for(lambda: True if self.is_ready else None, timeout, "the client to be ready")

    async def wait_for_handshakes(self, count: int, timeout: float = WAIT_SECONDS) -> None:
        """Wait until IDENTIFY + RESUME handshakes total at least ``count`` (e.g. 2 after one reconnect)."""
        await self._wait_for(
            lambda: True if self.is_ready and self.identify_count + self.resume_count >= count else None,
            timeout,
            f"{count} gateway handshakes",
        )

    async def wait_for_response(self, interaction_id: int, timeout: float = WAIT_SECONDS) -> RecordedResponse:
        """The first visible response to an interaction.

        That is the callback's data for callback types 4, 7, 8 and 9, or, when the bot deferred (type 5 or 6),
        the first follow-up or edit of the original message. All responses are in
        ``fake.interactions[interaction_id].responses``.
        """
        record = self.interactions[interaction_id]
        return await self._wait_for(
            lambda: record.first_response, timeout, f"a response to interaction {interaction_id} ({record.name})"
        )

    async def final_response(self, interaction_id: int, marker: str, timeout: float = 20.0) -> str:
        """The latest reply content to an interaction once it holds `marker`: a slow command (a reindex on a busy
        machine) shows its progress first, which `wait_for_response` would return."""
        record = self.interactions[interaction_id]

        def check() -> str | None:
            return next((r.content for r in reversed(record.responses) if r.content and marker in r.content), None)

        try:
            return await self._wait_for(check, timeout, f"a reply holding {marker!r} to interaction {interaction_id}")
        except TimeoutError as error:
            raise AssertionError(f"{error}; its replies: {[r.content for r in record.responses]}") from None

    async def wait_for_channel_message(
        self,
        channel_id: int,
        timeout: float = WAIT_SECONDS,
        predicate: Callable[[SentMessage], bool] | None = None,
    ) -> SentMessage:
        """The oldest message the bot posted in ``channel_id`` that matches and was not returned before."""

        def check() -> SentMessage | None:
            for message in self.sent_messages:
                if message.channel_id != channel_id or message.id in self._consumed_messages:
                    continue
                if predicate is None or predicate(message):
                    self._consumed_messages.add(message.id)
                    return message
            return None

        return await self._wait_for(check, timeout, f"a bot message in channel {channel_id}")

    def latency(self, interaction_id: int) -> float | None:
        """Seconds from dispatching an interaction to its first visible response."""
        return self.interactions[interaction_id].latency

    def missed_heartbeats(self, tolerance: float = 1.5) -> int:
        """How many gaps between heartbeats on one connection exceeded ``tolerance`` x the interval."""
        limit = self.heartbeat_interval_ms / 1000 * tolerance
        missed = 0
        previous: dict[int, float] = {}
        for beat in self.heartbeats:
            last = previous.get(beat.connection)
            if last is not None and beat.at - last > limit:
                missed += 1
            previous[beat.connection] = beat.at
        return missed

    # ------------------------------------------------------------------ driving the bot

    async def _dispatch(self, event: str, data: JSONDict) -> None:
        conn, session = self._active, self._session
        if conn is None or session is None or not conn.ready:
            self._pending.append((event, data))
            return
        await self._send_dispatch(conn, session, event, data)

    async def _send_dispatch(self, conn: _Connection, session: _Session, event: str, data: JSONDict) -> None:
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.log.append(frame)  # replayed on RESUME if the client never saw it
        await conn.send(frame)

    def _command_data(self, name: str, options: list[JSONDict], command_type: int) -> JSONDict:
        guild_commands = {c["name"]: c for c in self.synced_commands.get(self.guild_id, [])}
        global_commands = {c["name"]: c for c in self.synced_commands.get("global", [])}
        data: JSONDict = {"name": name, "type": command_type, "options": options}
        if name in guild_commands:
            data["id"] = guild_commands[name]["id"]
            data["guild_id"] = str(self.guild_id)
        elif name in global_commands:
            data["id"] = global_commands[name]["id"]
        else:
            data["id"] = str(self._command_id("global", name))
        return data

    def _options(self, options: Mapping[str, Any] | Sequence[JSONDict] | None, focused: str | None) -> list[JSONDict]:
        if options is None:
            result: list[JSONDict] = []
        elif isinstance(options, Mapping):
            result = [{"name": k, "type": _option_type(v), "value": v} for k, v in options.items()]
        else:
            result = [dict(o) for o in options]
        if focused is not None:
            # A subcommand's options are inside its option (type 1, or 2 for a group): mark the deepest level.
            level = result
            while len(level) == 1 and level[0].get("type") in (1, 2):
                level = level[0].setdefault("options", [])
            for option in level:
                if option["name"] == focused:
                    option["focused"] = True
                    break
            else:
                level.append({"name": focused, "type": 3, "value": "", "focused": True})
        return result

    async def _send_interaction(
        self,
        *,
        interaction_type: int,
        name: str,
        data: JSONDict,
        user: UserLike | None,
        permissions: int | None,
        roles: Sequence[int] | None,
        channel_id: int | None,
        message: JSONDict | None = None,
        locale: str = "en-US",
        age: float = 0.0,
    ) -> int:
        user_payload = self._resolve_user(user)
        user_id = int(user_payload["id"])
        role_ids = list(roles) if roles is not None else self.member_roles(user_id)
        perms = permissions if permissions is not None else self.compute_permissions(role_ids)
        channel = channel_id if channel_id is not None else self.channel_ids[0]
        interaction_id = self.snowflake()
        created = time.time() - age
        if age:  # an id from that time; its low bits keep it unique
            interaction_id = ((int(created * 1000) - DISCORD_EPOCH_MS) << 22) | (interaction_id & ((1 << 22) - 1))
        token = "itok-" + secrets.token_urlsafe(24)
        payload: JSONDict = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": interaction_type,
            "token": token,
            "version": 1,
            "data": data,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
            "app_permissions": str(self.app_permissions),
        }
        if channel in self.dm_channels:
            payload["channel_id"] = str(channel)
            payload["channel"] = self.channel_payload(channel)
            payload["user"] = user_payload
            payload["context"] = 1
            payload["authorizing_integration_owners"] = {"0": user_payload["id"]}
        else:
            channel_obj = self.channel_payload(channel)
            channel_obj["permissions"] = str(perms)
            guild_id = self.guild_of(channel)
            payload.update(
                {
                    "guild_id": str(guild_id),
                    "guild": {"id": str(guild_id), "locale": "en-US", "features": []},
                    "guild_locale": "en-US",
                    "channel_id": str(channel),
                    "channel": channel_obj,
                    "member": self._member_payload(user_payload, role_ids, perms),
                    "context": 0,
                    "authorizing_integration_owners": {"0": str(guild_id)},
                }
            )
        if message is not None:
            payload["message"] = message
        record = InteractionRecord(
            id=interaction_id,
            token=token,
            type=interaction_type,
            name=name,
            channel_id=channel,
            user_id=user_id,
            payload=payload,
            dispatched_at=time.perf_counter(),
            original_message_id=int(message["id"]) if message is not None else None,
            user=user_payload,
            created=created,
        )
        self.interactions[interaction_id] = record
        self._by_token[token] = record
        await self._dispatch("INTERACTION_CREATE", payload)
        return interaction_id

    async def send_slash_command(
        self,
        name: str,
        options: Mapping[str, Any] | Sequence[JSONDict] | None = None,
        *,
        user: UserLike | None = None,
        permissions: int | None = None,
        roles: Sequence[int] | None = None,
        channel_id: int | None = None,
        locale: str = "en-US",
        attachments: Sequence[JSONDict] = (),
        age: float = 0.0,
    ) -> int:
        """Dispatch INTERACTION_CREATE type 2 for ``/name``; returns the interaction id.

        ``options`` maps option names to values (str → type 3, int → 4, bool → 5, float → 10) or is a
        raw list of option objects. ``user`` is a user payload or a member id (default: the normal user);
        ``roles`` defaults to the member's roles and ``permissions`` to what those roles grant.
        ``attachments`` (from :meth:`add_attachment`) go in ``data.resolved``, as Discord sends the files of
        attachment options (type 11, whose value is the attachment's id). ``age``: seconds since Discord made the
        interaction (its id says when), to reach the end of its token's 15 minutes without waiting for them.
        """
        data = self._command_data(name, self._options(options, None), 1)
        if attachments:
            data["resolved"] = {"attachments": {str(a["id"]): a for a in attachments}}
        return await self._send_interaction(
            interaction_type=INTERACTION_APPLICATION_COMMAND,
            name=name,
            data=data,
            user=user,
            permissions=permissions,
            roles=roles,
            channel_id=channel_id,
            locale=locale,
            age=age,
        )

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any] | Sequence[JSONDict] | None = None,
        *,
        focused: str,
        user: UserLike | None = None,
        permissions: int | None = None,
        roles: Sequence[int] | None = None,
        channel_id: int | None = None,
    ) -> int:
        """Dispatch INTERACTION_CREATE type 4 (autocomplete) with option ``focused`` marked focused."""
        data = self._command_data(name, self._options(options, focused), 1)
        return await self._send_interaction(
            interaction_type=INTERACTION_AUTOCOMPLETE,
            name=name,
            data=data,
            user=user,
            permissions=permissions,
            roles=roles,
            channel_id=channel_id,
        )

    def add_attachment(
        self, filename: str, data: bytes, *, size: int | None = None, fails: bool = False, channel_id: int = 0
    ) -> JSONDict:
        """A file as a member attaches it to a slash command: its attachment object, and its bytes served at its
        URL as Discord's CDN serves them. ``size`` declares another size than the bytes' (Discord's is the
        uploader's); ``fails`` makes its download answer HTTP 500."""
        attachment_id = self.snowflake()
        self.attachment_files[attachment_id] = None if fails else data
        url = f"http://{self.host}:{self.port}/attachments/{channel_id or self.channel_ids[0]}/{attachment_id}/file"
        return {
            "id": str(attachment_id),
            "filename": filename,
            "size": len(data) if size is None else size,
            "url": url,
            "proxy_url": url,
            "content_type": "application/octet-stream",
        }

    def find_message_with_component(self, custom_id: str) -> JSONDict | None:
        """The newest stored message that has a component with ``custom_id``."""
        for message in reversed(list(self.messages.values())):
            if _find_custom_id(message.get("components"), custom_id) is not None:
                return message
        return None

    async def send_component_click(
        self,
        custom_id: str,
        *,
        message_id: int | None = None,
        component_type: int | None = None,
        values: Sequence[str] | None = None,
        user: UserLike | None = None,
        permissions: int | None = None,
        roles: Sequence[int] | None = None,
    ) -> int:
        """Dispatch INTERACTION_CREATE type 3 (button click or select) on a message the bot sent.

        Without ``message_id`` the newest message carrying ``custom_id`` is used. ``component_type``
        defaults to the stored component's type (2 = button, 3 = string select).
        """
        if message_id is None:
            message = self.find_message_with_component(custom_id)
            if message is None:
                raise LookupError(f"no recorded message has a component with custom_id {custom_id!r}")
        else:
            message = self.messages[message_id]
        component = _find_custom_id(message.get("components"), custom_id)
        if component_type is None:
            component_type = int(component["type"]) if component is not None else 2
        data: JSONDict = {"custom_id": custom_id, "component_type": component_type}
        if values is not None or component_type in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
        return await self._send_interaction(
            interaction_type=INTERACTION_MESSAGE_COMPONENT,
            name=custom_id,
            data=data,
            user=user,
            permissions=permissions,
            roles=roles,
            channel_id=int(message["channel_id"]),
            message=message,
        )

    async def send_message(
        self,
        content: str,
        channel_id: int | None = None,
        author: UserLike | None = None,
        mentions: Sequence[UserLike] = (),
        *,
        embeds: Sequence[JSONDict] = (),
        attachments: Sequence[JSONDict] = (),
        message_reference: JSONDict | None = None,
        message_type: int | None = None,
    ) -> int:
        """Dispatch MESSAGE_CREATE from a user; returns the message id.

        Like Discord, ``content``, embeds, attachments and components arrive empty for a guild message when
        the client identified without the message-content intent, unless the message mentions the bot; a message
        in a DM channel (``dm_channel``) keeps its content, and is not sent at all without the direct-messages intent.
        ``<@id>`` mentions in ``content`` are added to ``mentions`` automatically. ``message_type``: a system
        message's type (18 "started a thread", whose content is the thread's name; 4 a channel renamed ...).
        ``attachments``: files sent with it (``add_attachment``'s objects).
        """
        channel = channel_id if channel_id is not None else self.channel_ids[0]
        author_payload = self._resolve_user(author)
        mention_ids: list[int] = []
        for mention in mentions:
            mention_ids.append(int(mention["id"]) if isinstance(mention, Mapping) else int(mention))
        message_id = self.snowflake()
        message: JSONDict = {
            "id": str(message_id),
            "channel_id": str(channel),
            "author": author_payload,
            "content": content,
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": mention_ids,  # ids here; payloads in the event (_user_message_event)
            "mention_roles": [],
            "attachments": list(attachments),
            "embeds": list(embeds),
            "components": [],
            "pinned": False,
            "type": message_type
            if message_type is not None
            else MESSAGE_TYPE_REPLY
            if message_reference
            else MESSAGE_TYPE_DEFAULT,
            "flags": 0,
        }
        if message_reference is not None:
            message["message_reference"] = message_reference
        self._mentioned[message_id] = mention_ids  # the mentions not written in the content (a reply's ping)
        event = self._user_message_event(message)
        self.messages[message_id] = {**message, "mentions": event["mentions"]}
        if self._subscribed(channel):
            await self._dispatch("MESSAGE_CREATE", event)
        return message_id

    async def edit_user_message(self, message_id: int, content: str) -> None:
        """Dispatch MESSAGE_UPDATE for a message ``send_message`` sent, its content now ``content``: the whole
        message, as Discord sends it, under the same message-content rules, its mentions those of the new content."""
        stored = self.messages[message_id]
        message = {
            **stored,
            "content": content,
            "edited_timestamp": _now_iso(),
            "mentions": list(self._mentioned.get(message_id, [])),
        }
        event = self._user_message_event(message)
        self.messages[message_id] = {**message, "mentions": event["mentions"]}
        if self._subscribed(int(message["channel_id"])):
            await self._dispatch("MESSAGE_UPDATE", event)

    async def add_link_preview(self, message_id: int, url: str = "https://example.org/") -> None:
        """Dispatch MESSAGE_UPDATE as Discord does once it has fetched a link's preview for a message ``send_message``
        sent: the whole message with an embed added, its content and ``edited_timestamp`` as they were (no edit)."""
        stored = self.messages[message_id]
        embed: JSONDict = {"type": "link", "url": url, "title": "A page"}
        mentions = list(self._mentioned.get(message_id, []))
        message = {**stored, "embeds": [*stored["embeds"], embed], "mentions": mentions}
        event = self._user_message_event(message)
        self.messages[message_id] = {**message, "mentions": event["mentions"]}
        if self._subscribed(int(message["channel_id"])):
            await self._dispatch("MESSAGE_UPDATE", event)

    async def delete_user_message(self, message_id: int) -> None:
        """A member deletes a message ``send_message`` sent: it is gone (a reply to it is refused, as Discord refuses
        one to a message that no longer exists) and MESSAGE_DELETE is dispatched (ids only, as Discord sends it)."""
        message = self.messages.pop(message_id)
        channel_id = int(message["channel_id"])
        event: JSONDict = {"id": str(message_id), "channel_id": str(channel_id)}
        if channel_id not in self.dm_channels:
            event["guild_id"] = str(self.guild_of(channel_id))
        if self._subscribed(channel_id):
            await self._dispatch("MESSAGE_DELETE", event)

    async def delete_user_messages(self, message_ids: list[int]) -> None:
        """A moderator deletes several messages ``send_message`` sent in one channel at once (Discord's bulk delete,
        for server channels only): they are gone and one MESSAGE_DELETE_BULK is dispatched (ids only, as Discord
        sends it)."""
        channels = {int(self.messages[message_id]["channel_id"]) for message_id in message_ids}
        assert len(channels) == 1, "a bulk delete is of one channel's messages"
        [channel_id] = channels
        assert channel_id not in self.dm_channels, "Discord bulk-deletes in server channels only"
        for message_id in message_ids:
            self.messages.pop(message_id)
        event: JSONDict = {
            "ids": [str(message_id) for message_id in message_ids],
            "channel_id": str(channel_id),
            "guild_id": str(self.guild_of(channel_id)),
        }
        await self._dispatch("MESSAGE_DELETE_BULK", event)

    def _subscribed(self, channel_id: int) -> bool:
        """Whether the client gets the messages of ``channel_id``: a DM channel's only with the direct-messages
        intent (Discord sends a DM's MESSAGE_CREATE / MESSAGE_UPDATE to no one else)."""
        intents = self.identified_intents
        return channel_id not in self.dm_channels or intents is None or bool(intents & DIRECT_MESSAGES_INTENT)

    def _user_message_event(self, message: JSONDict) -> JSONDict:
        """A user's message as the gateway sends it: ``<@id>`` mentions of its content added to its ``mentions``
        (ids), their payloads, its member in a guild, and its content emptied without the message-content intent
        unless it mentions the bot."""
        channel = int(message["channel_id"])
        author_payload = message["author"]
        mention_ids = list(message["mentions"])
        mention_ids += [int(m) for m in _MENTION_RE.findall(message["content"]) if int(m) not in mention_ids]
        mention_payloads = []
        for uid in mention_ids:
            mentioned: JSONDict = dict(self._resolve_user(uid)) if uid in self.members else {"id": str(uid)}
            if uid in self.members and channel not in self.dm_channels:
                mentioned["member"] = self._member_payload({}, self.member_roles(uid))
                del mentioned["member"]["user"]
            mention_payloads.append(mentioned)
        event = {**message, "mentions": mention_payloads}
        if channel not in self.dm_channels:
            event["guild_id"] = str(self.guild_of(channel))
            user_id = int(author_payload["id"])
            member = self._member_payload({}, self.member_roles(user_id))
            del member["user"]
            event["member"] = member
            intents = self.identified_intents or 0
            bot_id = self.application_id
            if not intents & MESSAGE_CONTENT_INTENT and bot_id not in mention_ids and user_id != bot_id:
                event.update(content="", embeds=[], attachments=[], components=[])
        return event

    async def drop_gateway(self, code: int | None = 4000) -> None:
        """Close the client's gateway socket so it must reconnect.

        With a close ``code`` (default 4000, "unknown error": discord.py resumes) the socket is closed
        cleanly; with ``None`` the TCP connection is aborted (abnormal closure, 1006).
        """
        conn = self._active
        if conn is None:
            raise RuntimeError("no gateway connection to drop")
        conn.ready = False
        self._active = None
        self.drop_count += 1
        if code is None:
            transport = conn.request.transport
            if transport is not None:
                transport.abort()
        else:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.ws.close(code=code, message=b"dropped by fake discord"), 3.0)
        self._notify()

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT: the client closes the socket and resumes."""
        conn = self._active
        if conn is None:
            raise RuntimeError("no gateway connection")
        await conn.send({"op": 7, "d": None})

    def rate_limit_next(
        self,
        route_substring: str,
        retry_after: float = 0.2,
        *,
        method: str | None = None,
        is_global: bool = False,
        count: int = 1,
    ) -> None:
        """Answer the next ``count`` requests whose ``"METHOD /path"`` contains ``route_substring`` with 429.

        The path is relative to ``/api/v10`` (e.g. ``"/interactions/"`` or ``"POST /channels/"``).
        """
        self._rate_limits.append(
            _RateLimitRule(route_substring, retry_after, method.upper() if method else None, is_global, count)
        )

    def reset_next(self, route_substring: str) -> None:
        """Close the connection of the next request whose ``"METHOD /path"`` contains ``route_substring`` without
        answering it: the client sees the network drop (aiohttp's ServerDisconnectedError)."""
        self._resets.append(route_substring)

    # ------------------------------------------------------------------ HTTP plumbing

    def _add_routes(self, app: web.Application) -> None:
        p = API_PREFIX
        r = app.router
        r.add_get("/gateway", self._gateway)
        r.add_get(p + "/gateway", self._get_gateway)
        r.add_get(p + "/gateway/bot", self._get_gateway_bot)
        r.add_get(p + "/users/@me", self._get_me)
        r.add_post(p + "/users/@me/channels", self._create_dm)
        r.add_delete(p + "/users/@me/guilds/{guild_id}", self._leave_guild)
        r.add_get(p + "/oauth2/applications/@me", self._get_application)
        r.add_get(p + "/applications/@me", self._get_application)
        r.add_put(p + "/applications/{app_id}/commands", self._put_commands)
        r.add_get(p + "/applications/{app_id}/commands", self._get_commands)
        r.add_put(p + "/applications/{app_id}/guilds/{guild_id}/commands", self._put_commands)
        r.add_get(p + "/applications/{app_id}/guilds/{guild_id}/commands", self._get_commands)
        r.add_post(p + "/interactions/{interaction_id}/{token}/callback", self._interaction_callback)
        r.add_post(p + "/webhooks/{app_id}/{token}", self._webhook_followup)
        r.add_route("*", p + "/webhooks/{app_id}/{token}/messages/{message_id}", self._webhook_message)
        r.add_get(p + "/channels/{channel_id}", self._get_channel)
        r.add_post(p + "/channels/{channel_id}/messages", self._create_channel_message)
        r.add_route("*", p + "/channels/{channel_id}/messages/{message_id}", self._channel_message)
        r.add_post(p + "/channels/{channel_id}/typing", self._no_content)
        r.add_route("*", p + "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{who}", self._reaction)
        r.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._get_attachment)
        r.add_route("*", "/{tail:.*}", self._unknown)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.path == "/gateway":
            return await handler(request)
        path = request.path.removeprefix(API_PREFIX)
        record = RequestRecord(request.method, path, dict(request.query), time.perf_counter())
        self.requests.append(record)
        reset = next((r for r in self._resets if r in f"{request.method} {path}"), None)
        if reset is not None:
            self._resets.remove(reset)
            if request.transport is not None:
                request.transport.abort()
            raise web.HTTPInternalServerError  # never sent: the connection is gone
        rule = self._take_rate_limit(request.method, path)
        if rule is not None:
            response: web.StreamResponse = self._rate_limited(rule)
            self.rate_limited_requests.append(record)
        elif not self._authorized(request, path):
            response = _error(401, "401: Unauthorized")
        else:
            response = await handler(request)
        record.status = response.status
        return response

    def _authorized(self, request: web.Request, path: str) -> bool:
        if path.startswith(("/webhooks/", "/interactions/", "/attachments/")) or path == "/gateway":
            return True  # authorised by the interaction token in the URL (CDN files: by their URL), as on Discord
        return request.headers.get("Authorization") == f"Bot {self.token}"

    def _take_rate_limit(self, method: str, path: str) -> _RateLimitRule | None:
        target = f"{method} {path}"
        for rule in self._rate_limits:
            if rule.substring in target and (rule.method is None or rule.method == method):
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._rate_limits.remove(rule)
                return rule
        return None

    def _rate_limited(self, rule: _RateLimitRule) -> web.Response:
        body = {"message": "You are being rate limited.", "retry_after": rule.retry_after, "global": rule.is_global}
        headers = {
            "Retry-After": str(max(1, math.ceil(rule.retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{time.time() + rule.retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{rule.retry_after:.3f}",
            "X-RateLimit-Bucket": "fake" + secrets.token_hex(8),
            "X-RateLimit-Scope": "global" if rule.is_global else "user",
            # discord.py only retries a 429 that has a Via header (otherwise it assumes a Cloudflare ban).
            "Via": "1.1 google",
        }
        if rule.is_global:
            headers["X-RateLimit-Global"] = "true"
        return _json_response(body, status=429, headers=headers)

    async def _read_body(self, request: web.Request) -> tuple[JSONDict, list[UploadedFile]]:
        """The JSON payload (``payload_json`` for multipart requests) and any uploaded files."""
        files: list[UploadedFile] = []
        if request.content_type.startswith("multipart/"):
            payload: JSONDict = {}
            reader = await request.multipart()
            for _ in range(1_000):  # bounded: Discord allows 10 files
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "payload_json":
                    payload = json.loads(await part.text() or "{}")
                else:
                    data = bytes(await part.read())
                    ctype = part.headers.get("Content-Type")
                    files.append(UploadedFile(part.name or "", part.filename, ctype, data))
            return payload, files
        raw = await request.read()
        if not raw:
            return {}, files
        parsed = json.loads(raw)
        return (parsed if isinstance(parsed, dict) else {"_": parsed}), files

    async def _unknown(self, request: web.Request) -> web.Response:
        path = request.path.removeprefix(API_PREFIX)
        record = RequestRecord(request.method, path, dict(request.query), time.perf_counter(), 404)
        self.unknown_requests.append(record)
        log.warning("fake discord: unknown request %s %s", request.method, request.path)
        return _error(404, "Unknown")

    async def _get_attachment(self, request: web.Request) -> web.Response:
        attachment_id = int(request.match_info["attachment_id"])
        if attachment_id not in self.attachment_files:
            return _error(404, "404: Not Found")
        data = self.attachment_files[attachment_id]
        if data is None:
            return _error(500, "500: Internal Server Error")
        return web.Response(body=data, content_type="application/octet-stream")

    async def _no_content(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # ------------------------------------------------------------------ REST handlers

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return _json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 14_400_000, "max_concurrency": 1}
        return _json_response({"url": self.gateway_url, "shards": 1, "session_start_limit": limit})

    async def _get_me(self, request: web.Request) -> web.Response:
        return _json_response({**self.bot_user, "verified": True, "mfa_enabled": False, "locale": "en-US"})

    async def _get_application(self, request: web.Request) -> web.Response:
        return _json_response(self._application_payload())

    async def _create_dm(self, request: web.Request) -> web.Response:
        body, _ = await self._read_body(request)
        recipient = int(body.get("recipient_id", 0))
        if recipient not in self.members:
            return _error(400, "Invalid Recipient(s)", 50033)
        return _json_response(self.channel_payload(self.dm_channel(recipient)))

    async def _leave_guild(self, request: web.Request) -> web.Response:
        guild_id = int(request.match_info["guild_id"])
        if guild_id != self.guild_id and guild_id not in self.extra_guilds:
            return _error(404, "Unknown Guild", 10004)
        self.left_guilds.append(guild_id)  # its channels stay known, so that a test can show nothing more is said there
        await self._dispatch("GUILD_DELETE", {"id": str(guild_id)})
        self._notify()
        return web.Response(status=204)

    def _command_id(self, scope: str | int, name: str) -> int:
        key = (scope, name)
        if key not in self._command_ids:
            self._command_ids[key] = self.snowflake()
        return self._command_ids[key]

    async def _put_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild_id")
        scope: str | int = int(guild) if guild is not None else "global"
        if guild is not None and int(guild) != self.guild_id:
            return _error(403, "Missing Access", 50001)
        raw = json.loads(await request.read() or b"[]")
        if not isinstance(raw, list):
            return _error(400, "Invalid Form Body", 50035)
        stored = []
        for command in raw:
            item = dict(command)
            item["id"] = str(self._command_id(scope, item["name"]))
            item["application_id"] = str(self.application_id)
            item["version"] = str(self.snowflake())
            item.setdefault("type", 1)
            item.setdefault("description", "")
            item.setdefault("options", [])
            perms = item.get("default_member_permissions")
            item["default_member_permissions"] = None if perms is None else str(perms)
            item.setdefault("nsfw", False)
            if guild is not None:
                item["guild_id"] = str(guild)
            stored.append(item)
        self.synced_commands[scope] = stored
        self._notify()
        return _json_response(stored)

    async def _get_commands(self, request: web.Request) -> web.Response:
        guild = request.match_info.get("guild_id")
        scope: str | int = int(guild) if guild is not None else "global"
        return _json_response(self.synced_commands.get(scope, []))

    def _attachments(self, payload: JSONDict, files: list[UploadedFile], channel_id: int) -> list[JSONDict]:
        described = {str(a.get("id")): a for a in payload.get("attachments") or [] if isinstance(a, dict)}
        result = []
        for index, upload in enumerate(files):
            meta = described.get(str(index), {})
            filename = meta.get("filename") or upload.filename or f"file{index}"
            attachment_id = self.snowflake()
            url = f"http://{self.host}:{self.port}/attachments/{channel_id}/{attachment_id}/{filename}"
            result.append(
                {
                    "id": str(attachment_id),
                    "filename": filename,
                    "size": upload.size,
                    "url": url,
                    "proxy_url": url,
                    "content_type": upload.content_type,
                    "description": meta.get("description"),
                }
            )
        return result

    def _create_message(
        self,
        channel_id: int,
        payload: JSONDict,
        files: list[UploadedFile],
        *,
        message_type: int = MESSAGE_TYPE_DEFAULT,
        webhook_id: int | None = None,
        interaction: InteractionRecord | None = None,
        flags: int | None = None,
    ) -> JSONDict:
        message_id = self.snowflake()
        message: JSONDict = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "author": self.bot_user,
            "content": payload.get("content") or "",
            "timestamp": _now_iso(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self._attachments(payload, files, channel_id),
            "embeds": list(payload.get("embeds") or []),
            "components": list(payload.get("components") or []),
            "pinned": False,
            "type": message_type,
            "flags": flags if flags is not None else int(payload.get("flags") or 0),
        }
        if channel_id not in self.dm_channels:
            message["guild_id"] = str(self.guild_of(channel_id))
        if webhook_id is not None:
            message["webhook_id"] = str(webhook_id)
            message["application_id"] = str(self.application_id)
        if interaction is not None:
            message["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": interaction.user,
                "authorizing_integration_owners": {},
            }
        reference = payload.get("message_reference")
        if isinstance(reference, dict) and reference.get("message_id"):
            message["message_reference"] = {"channel_id": str(channel_id), **reference, "type": 0}
            message["type"] = MESSAGE_TYPE_REPLY
            referenced = self.messages.get(int(reference["message_id"]))
            if referenced is not None:
                message["referenced_message"] = referenced
        self.messages[message_id] = message
        return message

    def _edit_message(self, message_id: int, payload: JSONDict, files: list[UploadedFile]) -> JSONDict | None:
        message = self.messages.get(message_id)
        if message is None:
            return None
        for key in ("content", "embeds", "components", "flags"):
            if key in payload:
                value = payload[key]
                if key == "content":
                    message[key] = value or ""
                elif key == "flags":
                    message[key] = int(value or 0)
                else:
                    message[key] = list(value or [])
        message["flags"] = int(message.get("flags") or 0) & ~LOADING_FLAG
        if files or "attachments" in payload:
            kept = {str(a.get("id")) for a in payload.get("attachments") or [] if isinstance(a, dict)}
            old = [a for a in message.get("attachments", []) if a["id"] in kept]
            message["attachments"] = old + self._attachments(payload, files, int(message["channel_id"]))
        message["edited_timestamp"] = _now_iso()
        return message

    def _interaction_for(self, request: web.Request) -> InteractionRecord | None:
        return self._by_token.get(request.match_info["token"])

    def _token_expired(self, record: InteractionRecord) -> web.Response | None:
        """Discord's answer to a follow-up or edit past the 15 minutes an interaction's token lasts."""
        if time.time() < record.created + INTERACTION_TOKEN_SECONDS:
            return None
        self.expired_token_requests += 1
        return _error(401, "Invalid Webhook Token", 50027)

    async def _interaction_callback(self, request: web.Request) -> web.Response:
        record = self._interaction_for(request)
        if record is None or str(record.id) != request.match_info["interaction_id"]:
            return _error(404, "Unknown interaction", 10062)
        body, files = await self._read_body(request)
        if record.callbacks:
            return _error(400, "Interaction has already been acknowledged.", 40060)
        callback_type = int(body.get("type", 0))
        data: JSONDict = body.get("data") or {}
        refused = _over_limits(data)
        if refused is not None:
            return refused
        at = time.perf_counter()
        flags = int(data.get("flags") or 0)
        message: JSONDict | None = None
        if callback_type == CALLBACK_MESSAGE:
            kind = MESSAGE_TYPE_CHAT_INPUT_COMMAND if record.type == INTERACTION_APPLICATION_COMMAND else 0
            message = self._create_message(
                record.channel_id, data, files, message_type=kind, webhook_id=self.application_id, interaction=record
            )
            record.original_message_id = int(message["id"])
        elif callback_type == CALLBACK_DEFERRED_MESSAGE:
            message = self._create_message(
                record.channel_id,
                {"content": ""},
                [],
                message_type=MESSAGE_TYPE_CHAT_INPUT_COMMAND,
                webhook_id=self.application_id,
                interaction=record,
                flags=LOADING_FLAG | (flags & EPHEMERAL_FLAG),
            )
            record.original_message_id = int(message["id"])
        elif callback_type == CALLBACK_UPDATE_MESSAGE and record.original_message_id is not None:
            message = self._edit_message(record.original_message_id, data, files)
        elif callback_type not in (CALLBACK_DEFERRED_UPDATE, CALLBACK_AUTOCOMPLETE_RESULT, CALLBACK_MODAL):
            return _error(400, "Invalid Form Body", 50035)
        response = RecordedResponse(
            "callback",
            data,
            at,
            callback_type=callback_type,
            message_id=int(message["id"]) if message is not None else None,
            files=files,
        )
        record.callbacks.append(response)
        if callback_type in VISIBLE_CALLBACK_TYPES:
            record.responses.append(response)
        self._notify()
        if request.query.get("with_response", "").lower() not in ("1", "true"):
            return web.Response(status=204)
        resource: JSONDict = {"type": callback_type}
        if message is not None:
            resource["message"] = message
        interaction: JSONDict = {
            "id": str(record.id),
            "type": record.type,
            "response_message_loading": callback_type == CALLBACK_DEFERRED_MESSAGE,
            "response_message_ephemeral": bool(flags & EPHEMERAL_FLAG),
        }
        if message is not None:
            interaction["response_message_id"] = message["id"]
        return _json_response({"interaction": interaction, "resource": resource})

    async def _webhook_followup(self, request: web.Request) -> web.Response:
        record = self._interaction_for(request)
        if record is None or not record.callbacks:
            # Discord has no webhook for an interaction that was not acknowledged yet.
            return _error(404, "Unknown Webhook", 10015)
        expired = self._token_expired(record)
        if expired is not None:
            return expired
        body, files = await self._read_body(request)
        refused = _over_limits(body)
        if refused is not None:
            return refused
        loading = self.messages.get(record.original_message_id or 0)
        if loading is not None and int(loading.get("flags") or 0) & LOADING_FLAG:
            # Discord's rule: the first follow-up to a deferred reply becomes that reply, and its flags are ignored
            # (ephemeral or not as the deferral said; SUPPRESS_EMBEDS dropped: discord-api-docs issue 4784, the
            # "Create Followup Message" docs; a deferral may carry EPHEMERAL only, discord-api-docs PR 7386).
            message = self._edit_message(int(loading["id"]), {**body, "flags": loading["flags"]}, files)
            assert message is not None
        else:
            message = self._create_message(
                record.channel_id, body, files, webhook_id=self.application_id, interaction=record
            )
        record.responses.append(
            RecordedResponse("followup", body, time.perf_counter(), message_id=int(message["id"]), files=files)
        )
        self._notify()
        if request.query.get("wait", "").lower() in ("1", "true"):
            return _json_response(message)
        return web.Response(status=204)

    async def _webhook_message(self, request: web.Request) -> web.Response:
        record = self._interaction_for(request)
        if record is None:
            return _error(404, "Unknown Webhook", 10015)
        expired = self._token_expired(record)
        if expired is not None:
            return expired
        raw_id = request.match_info["message_id"]
        message_id = record.original_message_id if raw_id == "@original" else int(raw_id)
        if message_id is None or message_id not in self.messages:
            return _error(404, "Unknown Message", 10008)
        if request.method == "GET":
            return _json_response(self.messages[message_id])
        if request.method == "DELETE":
            del self.messages[message_id]
            record.deleted_message_ids.append(message_id)
            self._notify()
            return web.Response(status=204)
        if request.method != "PATCH":
            return _error(405, "405: Method Not Allowed")
        body, files = await self._read_body(request)
        refused = _over_limits(body)
        if refused is not None:
            return refused
        message = self._edit_message(message_id, body, files)
        assert message is not None
        record.responses.append(RecordedResponse("edit", body, time.perf_counter(), message_id=message_id, files=files))
        self._notify()
        return _json_response(message)

    def _known_channel(self, channel_id: int) -> bool:
        extra = any(channel_id in channels for _, channels in self.extra_guilds.values())
        return channel_id in self.channel_ids or channel_id in self.dm_channels or channel_id in self.threads or extra

    async def _get_channel(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        if not self._known_channel(channel_id):
            return _error(404, "Unknown Channel", 10003)
        return _json_response(self.channel_payload(channel_id))

    async def _create_channel_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        if not self._known_channel(channel_id):
            return _error(404, "Unknown Channel", 10003)
        if channel_id in self.no_sending:
            return _error(403, "Missing Permissions", 50013)
        body, files = await self._read_body(request)
        refused = _over_limits(body)
        if refused is not None:
            return refused
        if channel_id in self.no_history and body.get("message_reference"):
            return _error(403, "Cannot reply without permission to read message history", 160002)
        reference = body.get("message_reference") or {}
        gone = reference.get("message_id") and int(reference["message_id"]) not in self.messages
        if gone and reference.get("fail_if_not_exists", True):  # Discord's answer to a reply to a deleted message
            return _json_response(
                {
                    "message": "Invalid Form Body",
                    "code": 50035,
                    "errors": {
                        "message_reference": {
                            "_errors": [{"code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "message": "Unknown message"}]
                        }
                    },
                },
                status=400,
            )
        if not (body.get("content") or body.get("embeds") or files or body.get("components") or body.get("poll")):
            return _error(400, "Cannot send an empty message", 50006)
        message = self._create_message(channel_id, body, files)
        sent = SentMessage(int(message["id"]), channel_id, body, message, time.perf_counter(), files)
        self.sent_messages.append(sent)
        self._notify()
        return _json_response(message)

    async def _channel_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        message_id = int(request.match_info["message_id"])
        message = self.messages.get(message_id)
        if message is None or int(message["channel_id"]) != channel_id:
            return _error(404, "Unknown Message", 10008)
        if request.method == "GET":
            return _json_response(message)
        if request.method == "DELETE":
            del self.messages[message_id]
            self._notify()
            return web.Response(status=204)
        if request.method != "PATCH":
            return _error(405, "405: Method Not Allowed")
        body, files = await self._read_body(request)
        refused = _over_limits(body)
        if refused is not None:
            return refused
        edited = self._edit_message(message_id, body, files)
        for sent in self.sent_messages:
            if sent.id == message_id:
                sent.edits.append(body)
        self._notify()
        return _json_response(edited)

    async def _reaction(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        message_id = int(request.match_info["message_id"])
        if message_id not in self.messages:
            return _error(404, "Unknown Message", 10008)
        if request.method == "PUT":
            self.reactions.append((channel_id, message_id, request.match_info["emoji"]))
            self._notify()
        return web.Response(status=204)

    # ------------------------------------------------------------------ gateway

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(timeout=2.0, max_msg_size=16 * 1024 * 1024)
        await ws.prepare(request)
        self.connection_count += 1
        conn = _Connection(self.connection_count, ws, request)
        self._connections.add(conn)
        self._active = conn
        try:
            await conn.send({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            async for msg in ws:  # ends when the socket closes
                if msg.type is WSMsgType.TEXT:
                    await self._on_gateway_frame(conn, json.loads(msg.data))
                elif msg.type is WSMsgType.BINARY:
                    await self._on_gateway_frame(conn, json.loads(msg.data.decode()))
        except Exception:
            log.exception("fake discord: gateway connection %d failed", conn.number)
        finally:
            conn.ready = False
            self._connections.discard(conn)
            if self._active is conn:
                self._active = None
            self._notify()
        return ws

    async def _on_gateway_frame(self, conn: _Connection, frame: JSONDict) -> None:
        self.gateway_frames_received.append(frame)
        op = frame.get("op")
        data = frame.get("d")
        if op == 1:
            self.heartbeats.append(HeartbeatRecord(conn.number, time.perf_counter(), data))
            if self.ack_heartbeats:
                await conn.send({"op": 11})
        elif op == 2:
            await self._on_identify(conn, data or {})
        elif op == 6:
            await self._on_resume(conn, data or {})
        elif op == 8:
            await self._on_request_members(conn, data or {})
        else:
            log.debug("fake discord: ignoring gateway op %s", op)

    async def _on_identify(self, conn: _Connection, data: JSONDict) -> None:
        if data.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identify_payloads.append(data)
        self.identified_intents = intents
        session = _Session(id=secrets.token_hex(16), shard=list(data.get("shard") or [0, 1]))
        self._session = session
        ready = {
            "v": 10,
            "user": {**self.bot_user, "verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g), "unavailable": True} for g in self._joined_guilds()],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.gateway_url,
            "application": {"id": str(self.application_id), "flags": 1 << 19},
            "shard": session.shard,
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fake-discord"],
        }
        await self._send_dispatch(conn, session, "READY", ready)
        for guild_id in self._joined_guilds():
            await self._send_dispatch(conn, session, "GUILD_CREATE", self._guild_create_payload(guild_id))
        await self._flush_pending(conn, session)
        self.identify_count += 1
        self._notify()

    async def _on_resume(self, conn: _Connection, data: JSONDict) -> None:
        session = self._session
        if session is None or data.get("session_id") != session.id or data.get("token") != self.token:
            await conn.send({"op": 9, "d": False})  # invalid session, not resumable: client identifies
            return
        seq = int(data.get("seq") or 0)
        for frame in list(session.log):
            if frame["s"] > seq:
                await conn.send(frame)
        await self._send_dispatch(conn, session, "RESUMED", {"_trace": ["fake-discord"]})
        await self._flush_pending(conn, session)
        self.resume_count += 1
        self._notify()

    async def _flush_pending(self, conn: _Connection, session: _Session) -> None:
        # Events dispatched while no session was ready, in order; new ones queue here until ``ready``.
        for _ in range(100_000):
            if not self._pending:
                break
            event, payload = self._pending.pop(0)
            await self._send_dispatch(conn, session, event, payload)
        conn.ready = True

    async def _on_request_members(self, conn: _Connection, data: JSONDict) -> None:
        session = self._session
        if session is None:
            return
        members = [self._member_payload(user, roles) for user, roles in self.members.values()]
        chunk: JSONDict = {
            "guild_id": str(self.guild_id),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._send_dispatch(conn, session, "GUILD_MEMBERS_CHUNK", chunk)
