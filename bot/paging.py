"""A Previous / Next view over pages of text that are already formatted."""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.format import CHOICE_COUNT, MESSAGE_LIMIT, SourcesFilter, choice_value, from_choice, sources_pages
from bot.guilds import home_channel, refuse_if_not_served, serving_scope
from bot.logging_setup import new_request_id
from bot.replies import BUTTON_ERROR, NO_MENTIONS, VIEW_TIMEOUT_SECONDS, respond, send_private
from bot.views import ExpiringView

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)

FILTER_DESCRIPTION = "Only documents whose path or title holds this (start typing for suggestions)"
ONLY_THE_ASKER = "Only the person who asked can turn the pages; run the command yourself."
PAGE_MARKER_ROOM = 30  # characters kept free on each page for the page marker
PAGE_LIMIT = MESSAGE_LIMIT - PAGE_MARKER_ROOM  # the longest page
# Replies whose buttons stay live, at most. A view holds its whole answer (some 20 KB) until it times out, so a burst
# of questions would otherwise hold every one of them for the view timeout; past this many the oldest expire early,
# just as on their timeout (buttons removed). Measured with bench/load.py.
MAX_LIVE_VIEWS = 1000
# Per event loop: a view can only be stopped on the loop it was made on (tests run several bots in turn).
_live_views: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, deque[PagesView]] = weakref.WeakKeyDictionary()
_expiring: set[asyncio.Task[None]] = set()


class PagesView(ExpiringView):
    """Turns through `pages`; only the member who asked may turn them. Buttons are removed when they expire."""

    def __init__(self, pages: Sequence[str], asker_id: int, timeout: float = VIEW_TIMEOUT_SECONDS) -> None:
        super().__init__(timeout=timeout)
        self.pages = list(pages)
        self.asker_id = asker_id
        self.page = 0
        # Where the view was sent, to remove its buttons when they expire.
        self.interaction: discord.Interaction | None = None
        self.message: discord.Message | None = None
        self._sync_buttons()
        self._expire_the_oldest_views()

    def _expire_the_oldest_views(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # made outside an event loop: never sent, nothing to keep
            return
        live = _live_views.setdefault(loop, deque())
        live.append(self)
        while len(live) > MAX_LIVE_VIEWS:
            oldest = live.popleft()
            if not oldest.is_finished():
                oldest.stop()
                task = loop.create_task(_expire(oldest))
                _expiring.add(task)
                task.add_done_callback(_expiring.discard)

    def render(self) -> str:
        """The current page, with a page marker when there is more than one."""
        if len(self.pages) == 1:
            return self.pages[0]
        return f"{self.pages[self.page]}\n-# Page {self.page + 1}/{len(self.pages)}"

    def _sync_buttons(self) -> None:
        self.previous_page.disabled = self.page == 0
        self.next_page.disabled = self.page >= len(self.pages) - 1

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button[PagesView]) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="More", style=discord.ButtonStyle.primary)
    async def next_page(self, interaction: discord.Interaction, button: discord.ui.Button[PagesView]) -> None:
        await self._turn(interaction, +1)

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Only the member who asked may turn the pages; other buttons (an answer's Context) are open to everyone.
        Every click is a request of its own (its id on its log lines); none is served where docbot does not serve."""
        new_request_id()
        if await refuse_if_not_served(interaction):
            return False
        custom_id = cast(dict[str, Any], interaction.data or {}).get("custom_id")
        turns_pages = custom_id in {self.previous_page.custom_id, self.next_page.custom_id}
        if not turns_pages or interaction.user.id == self.asker_id:
            return True
        await send_private(interaction, ONLY_THE_ASKER)
        return False

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = min(max(self.page + step, 0), len(self.pages) - 1)
        self._sync_buttons()
        await interaction.response.edit_message(content=self.render(), view=self, allowed_mentions=NO_MENTIONS)

    async def on_timeout(self) -> None:
        # Expired buttons are removed rather than left to fail when clicked.
        try:
            if self.interaction is not None:
                await self.interaction.edit_original_response(view=None)
            elif self.message is not None:
                await self.message.edit(view=None)
        except discord.HTTPException:
            log.debug("could not remove expired buttons", exc_info=True)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[PagesView]
    ) -> None:
        log.error("button %s failed", getattr(item, "label", item), exc_info=error)
        await send_private(interaction, BUTTON_ERROR)


async def _expire(view: PagesView) -> None:
    try:
        await view.on_timeout()
    except Exception:  # e.g. the bot that sent it has been closed since
        log.debug("could not remove the buttons of a view expired early", exc_info=True)


async def send_pages(
    interaction: discord.Interaction,
    pages: Sequence[str],
    *,
    ephemeral: bool = False,
    timeout: float = VIEW_TIMEOUT_SECONDS,
) -> None:
    """Reply with the first page, and Previous / More buttons when there are more; as the follow-up of a deferred
    reply when the interaction was deferred already."""
    view = PagesView(pages, interaction.user.id, timeout) if len(pages) > 1 else None
    content = view.render() if view is not None else pages[0] if pages else "Nothing to show."
    if view is not None:
        view.interaction = interaction
    view_arg = view if view is not None else discord.utils.MISSING
    await respond(interaction, content, view=view_arg, ephemeral=ephemeral)


async def send_document_list(interaction: discord.Interaction[DocBot], filter_text: str | None = None) -> None:
    """/sources and /docs list: the documents of the collections this server or channel sees, privately, in pages;
    with `filter_text`, those whose path or title holds it, and how many of all they are."""
    bot = interaction.client
    scope, refusal = serving_scope(bot, interaction.guild_id, home_channel(interaction))
    if refusal is not None:
        await send_private(interaction, refusal)
        return
    documents = bot.service.sources(scope)
    matched = None
    if filter_text:
        # A long path picked from the suggestions comes cut (`choice_value`): the path it was cut from.
        filter_text = from_choice(filter_text, (d.path for d in documents), tail=True) or filter_text
        matched = SourcesFilter(filter_text, len(documents))
        # Folding thousands of accented paths takes a while once per index (`sources_matching`): in a worker too.
        documents = await asyncio.to_thread(bot.service.sources_matching, filter_text, scope)
    # Ten thousand documents take tens of ms to format (bench/load.py at 1M sentences): in a worker.
    pages = await asyncio.to_thread(sources_pages, documents, PAGE_LIMIT, matched, scope)
    await send_pages(interaction, pages, ephemeral=True, timeout=bot.view_timeout)


async def document_choices(
    interaction: discord.Interaction[DocBot], current: str
) -> list[discord.app_commands.Choice[str]]:
    """The suggestions of a document option (/sources filter, /docs list filter, /docs remove name): this server's
    documents whose path or title holds `current`, at most CHOICE_COUNT, each path within CHOICE_LIMIT characters."""
    bot = interaction.client
    scope, refusal = serving_scope(bot, interaction.guild_id, home_channel(interaction))
    if refusal is not None:
        return []
    matching = await asyncio.to_thread(bot.service.sources_matching, current, scope)
    paths = [d.path for d in matching[:CHOICE_COUNT]]
    shown = [choice_value(path, tail=True) for path in paths]  # a long path keeps its end: its file's name
    return [discord.app_commands.Choice(name=value, value=value) for value in shown]
