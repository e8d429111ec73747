"""/ask, questions in channels and by mention, and the More / Context / 👍 / 👎 buttons of an answer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import re
import sqlite3
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.format import (
    MESSAGE_LIMIT,
    format_answer,
    format_hits,
    format_paragraph,
    format_sources,
    no_documents_indexed,
    plural,
)
from bot.guilds import NOT_SERVED, home_channel, scope_here
from bot.logging_setup import new_request_id
from bot.paging import PAGE_LIMIT, PagesView
from bot.replies import (
    CONNECTION_ERRORS,
    DEFER_AFTER_SECONDS,
    EXAMPLE_QUESTION,
    GENERIC_ERROR,
    NO_MENTIONS,
    REQUEST_FAILED,
    defer_publicly,
    in_time,
    mention_name,
    not_ready_refusal,
    replaced_deferral,
    respond,
    send_private,
)
from retrieval.chatter import is_chatter
from retrieval.feedback import DOWN, NO_VOTE, UP, VoteResult
from retrieval.models import ELLIPSIS, Answer, Hit
from retrieval.scope import Scope
from retrieval.service import DEFAULT_MAX_QUESTION_CHARS, NotReady, QuestionError
from retrieval.tokenize import has_letters_or_digits

if TYPE_CHECKING:
    from bot.client import DocBot

log = logging.getLogger(__name__)


def nothing_indexed(scope: Scope | None) -> str:
    """The answer to any question while this server's folders (`scope`) or the whole index hold no document."""
    return f"**Not found.** {no_documents_indexed(scope)}"


EXPIRED_PAGE = "The excerpts of this page are no longer in the index (the documents changed since); ask again."
EXPIRED_PASSAGE = "That passage is no longer in the index (the documents changed since); ask again."
# Answers are ranked once with room for paging; More walks through them.
MAX_PAGES = 5
VOTE_EMOJI = {UP: "👍", DOWN: "👎"}
VOTE_NOT_KEPT = "This question is no longer kept (questions are deleted after a while): votes on it are not recorded."
VOTE_FAILED = "Your vote could not be recorded just now; please try again in a moment."
VOTE_UNRECORDED = "This question could not be recorded when it was asked, so votes on it cannot be either."


def vote_acknowledgement(result: VoteResult) -> str:
    """The private line that answers a 👍 / 👎 click."""
    if not result.kept:
        return VOTE_NOT_KEPT
    if result.after == NO_VOTE:
        return f"Your {VOTE_EMOJI[result.before]} is withdrawn."
    if result.before == NO_VOTE:
        return f"Thanks: your {VOTE_EMOJI[result.after]} is recorded (press it again to take it back)."
    return f"Thanks: your vote is now {VOTE_EMOJI[result.after]}."


class AnswerView(PagesView):
    """An answer's pages of excerpts, with a Context button that shows the current page's paragraphs privately, and
    👍 / 👎 for everyone: one vote per member, changed by the other button, withdrawn by the same one again."""

    def __init__(
        self,
        bot: DocBot,
        answer: Answer,
        per_page: int,
        asker_id: int,
        scope: Scope | None,
        recorded: asyncio.Future[int | None] | None = None,
    ) -> None:
        self.bot = bot
        self.per_page = per_page
        self.scope = scope  # Context shows only paragraphs of the collections the question could see
        self.recorded = recorded  # the id of the question as recorded (None: not kept), which votes refer to
        self.hit_pages = [answer.hits[i : i + per_page] for i in range(0, len(answer.hits), per_page)] or [()]
        self.asked_per_page = [len(hits) for hits in self.hit_pages]
        pages = [format_hits(hits, PAGE_LIMIT)[0] for hits in self.hit_pages]
        super().__init__(pages, asker_id, bot.view_timeout)
        if recorded is None:  # questions are not kept (QUESTION_RETENTION_DAYS=0): no votes either
            self.remove_item(self.vote_up)
            self.remove_item(self.vote_down)

    async def _leave_out_removed(self, page: int) -> bool:
        """Leave out of page `page` the excerpts a reindex removed since it was formatted; whether any were."""
        # The pages were formatted when the question was answered: a document deleted from the folder must not keep
        # being quoted by the answer's buttons (More, Previous, Context, the votes all bring the page up to date).
        hits = self.hit_pages[page]
        try:
            kept = await asyncio.to_thread(self.bot.service.current_hits, hits)
        except NotReady:
            return False
        if len(kept) == len(hits):
            return False
        gone = self.asked_per_page[page] - len(kept)
        self.hit_pages[page] = tuple(kept)
        note = f"\n-# {plural(gone, 'excerpt')} of this page left out: the documents changed since."
        self.pages[page] = format_hits(kept, PAGE_LIMIT - len(note))[0] + note if kept else EXPIRED_PAGE
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        await self._leave_out_removed(min(max(self.page + step, 0), len(self.pages) - 1))
        await super()._turn(interaction, step)

    async def _show_current(self, interaction: discord.Interaction) -> None:
        """Edit the answer when the page on show quotes excerpts a reindex removed since (the click's response; what
        the button itself says then follows as a follow-up)."""
        if await self._leave_out_removed(self.page):
            await interaction.response.edit_message(content=self.render(), view=self, allowed_mentions=NO_MENTIONS)

    @discord.ui.button(label="Context", style=discord.ButtonStyle.secondary)
    async def context(self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]) -> None:
        await self._show_current(interaction)
        text = await asyncio.to_thread(self._context_text, self.hit_pages[self.page])
        await respond(interaction, text, ephemeral=True, suppress_embeds=True)

    def _context_text(self, hits: Sequence[Hit]) -> str:
        # In a worker thread: reading a paragraph from the store and quoting it can take longer than the loop may wait.
        blocks: list[str] = []
        each = MESSAGE_LIMIT // max(len(hits), 1) - 2
        for hit in hits:
            sentences = self.bot.service.paragraph_of(hit.sentence_id, self.scope)
            ids = [s.sentence_id for s in sentences]
            if hit.sentence_id in ids:
                texts = [s.text for s in sentences]
                blocks.append(
                    format_paragraph(texts, ids.index(hit.sentence_id), format_sources(hit.sources[:1]), each)
                )
        text = "\n\n".join(blocks) or EXPIRED_PASSAGE
        return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + ELLIPSIS

    @discord.ui.button(label=VOTE_EMOJI[UP], style=discord.ButtonStyle.secondary)
    async def vote_up(self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]) -> None:
        await self._vote(interaction, UP)

    @discord.ui.button(label=VOTE_EMOJI[DOWN], style=discord.ButtonStyle.secondary)
    async def vote_down(self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]) -> None:
        await self._vote(interaction, DOWN)

    async def _vote(self, interaction: discord.Interaction, vote: int) -> None:
        await self._show_current(interaction)
        # The write may wait seconds for a reindex's transaction (or the question's own recording): deferred in time.
        try:
            result = await in_time(interaction, self._cast(interaction.user.id, vote))
        except sqlite3.Error:  # the database busy past the wait (a long reindex write), say: logged by Feedback
            await send_private(interaction, VOTE_FAILED)
            return
        await send_private(interaction, VOTE_UNRECORDED if result is None else vote_acknowledgement(result))

    async def _cast(self, user_id: int, vote: int) -> VoteResult | None:
        """Record the vote; None when the question could not be written when it was asked."""
        question_id = await self.recorded if self.recorded is not None else None
        if question_id is None:
            return None
        return await self.bot.feedback.vote(question_id, user_id, vote)


SLOW_DOWN = "Easy there: you can ask again in {seconds} s."
# The reply to a mention (or a direct message) without a question; {name}: docbot's name where it was mentioned (a
# server may have renamed it).
ASK_BY_MENTION = f"Ask me a question about the documents, e.g. `@{{name}} {EXAMPLE_QUESTION}`"
ASK_DIRECTLY = f"Ask me a question about the documents, e.g. `{EXAMPLE_QUESTION}`"
# Before the line above, to a mention (or a direct message) carrying files and no question: a member sending docbot a
# document to read would otherwise take the how-to line for a failure to read it.
FILES_NOT_READ = (
    "I answer from the indexed documents only, not from files sent in messages (an admin can add one with `/docs add`)."
)
# Members (told to wait) or channels (a refused reply logged, told nothing is asked there) remembered past this many:
# those whose window is over are forgotten (see `_first_in`).
MAX_SEEN = 10_000
# A reply refused for lack of permissions is logged at WARNING once in this long per channel.
FORBIDDEN_LOG_SECONDS = 3600.0
NO_PERMISSION = (
    "could not reply in channel %s of guild %s (%s): give docbot's role Send Messages and Read Message History "
    "there (Send Messages in Threads in a thread); its questions get no answer until then"
)
# Discord's error code for a reply (a message quoting the question) in a channel docbot may not read the history of.
CANNOT_REPLY_WITHOUT_HISTORY = 160002
# Discord's error code for a request it refuses as malformed: for a reply, one to a message deleted since.
INVALID_FORM_BODY = 50035
NO_HISTORY = (
    "channel %s of guild %s: docbot may not read its message history, so its answers there are plain messages, not "
    "replies to the question; give docbot's role Read Message History there"
)
# Questions in channels whose reply follows their edits, at most (the latest; an edit of an older one is left be).
MAX_REPLIED = 1000
# Messages remembered as taken for questions (answered, or told why not), at most: a message edited into a question
# for docbot (a mention added, say) is answered once, and only if it was not one before. Of an older message, or one
# written before docbot started, nothing is known: its edits are left be.
MAX_TAKEN = 10_000
# How long closing the bot waits for questions still being recorded for /report.
RECORDING_WAIT_SECONDS = 5.0


class AskCog(commands.Cog):
    """Questions: the /ask command, and messages that mention the bot, are posted in a question channel or are sent
    to it directly."""

    def __init__(self, bot: DocBot) -> None:
        self.bot = bot
        self._recording: set[asyncio.Task[Any]] = set()  # questions being recorded for /report, or forgotten
        self._told: dict[int, float] = {}  # member -> when a channel reply last told them to wait
        self._refused: dict[int, float] = {}  # channel -> when a plain message there was last told nothing is asked
        self._forbidden: dict[int, float] = {}  # channel -> when a refused reply there was last logged at WARNING
        self._no_history: dict[int, float] = {}  # channel -> when a reply sent without a reference was last logged
        self._replied: OrderedDict[int, _Replied] = OrderedDict()  # question message -> docbot's reply (edits)
        self._answering: dict[int, discord.Message | None] = {}  # message being answered -> its latest edit, if any
        self._taken: OrderedDict[int, None] = OrderedDict()  # messages taken for questions (`_may_become_question`)
        # Messages up to this id may have been questions docbot no longer remembers (written before it started, or
        # forgotten past MAX_TAKEN): an edit never makes them one.
        self._taken_before = discord.utils.time_snowflake(discord.utils.utcnow())

    async def cog_unload(self) -> None:
        """Let the questions still being recorded for /report (or forgotten) be written before the bot closes (each
        takes a moment in a worker thread); a database stuck past `RECORDING_WAIT_SECONDS` does not hold the
        shutdown."""
        if self._recording:
            await asyncio.wait(set(self._recording), timeout=RECORDING_WAIT_SECONDS)

    async def answer(self, question: str, per_page: int, scope: Scope | None) -> tuple[Answer, float]:
        """Answer a question with room for paging from the collections in `scope`; returns the answer and
        milliseconds spent."""
        started = time.perf_counter()
        answer = await self.bot.service.ask(question, top=per_page * MAX_PAGES, scope=scope)
        return answer, (time.perf_counter() - started) * 1000

    def refusal(self, user_id: int) -> str | None:
        """Why no question is answered now (no index yet, cooldown), or None to answer it.

        The question itself is checked once, by the service as it answers (`QuestionError`); a question it refuses
        gives its charge back to the cooldown.
        """
        return not_ready_refusal(self.bot.service) or self.cooldown_refusal(user_id)

    def cooldown_refusal(self, user_id: int) -> str | None:
        """Take one question from the member's allowance; the line saying how long to wait when it is used up."""
        retry = self.bot.cooldown.retry_after(user_id)
        return SLOW_DOWN.format(seconds=math.ceil(retry)) if retry else None

    def told_to_wait(self, user_id: int) -> bool:
        """Whether the member was already told to wait in this cooldown window (and if not, remember telling them)."""
        return not _first_in(self._told, user_id, self.bot.settings.cooldown_seconds, time.monotonic())

    def _first_refusal_in(self, channel_id: int) -> bool:
        """Whether a question channel's plain messages were not yet told nothing is asked there (or nothing yet) in
        this cooldown window (and if not, remember telling them)."""
        return _first_in(self._refused, channel_id, self.bot.settings.cooldown_seconds, time.monotonic())

    def reply_for(
        self,
        answer: Answer,
        per_page: int,
        asker_id: int,
        scope: Scope | None,
        recorded: asyncio.Future[int | None] | None = None,
    ) -> tuple[str, AnswerView | None]:
        """The reply text and, when there is anything to page, open or vote on, its buttons."""
        if answer.not_found:
            if not self.bot.service.has_documents(scope):
                # Else "Nothing in the documents shares a meaningful word": a member would rephrase in vain.
                return nothing_indexed(scope), None
            return format_answer(answer), None
        view = AnswerView(self.bot, answer, per_page, asker_id, scope, recorded)
        return view.render(), view

    def record(self, answer: Answer, guild: int | None, channel: int | None) -> asyncio.Task[int | None] | None:
        """Start recording the question for /report, beside sending its reply; the task gives its id (None when it
        could not be written). None when questions are not kept."""
        if not self.bot.feedback.recording:
            return None
        task = asyncio.create_task(self._record(answer, guild, channel))
        self._recording.add(task)  # a task only weakly referenced by the loop could be collected mid-way
        task.add_done_callback(self._recording.discard)
        return task

    async def _record(self, answer: Answer, guild: int | None, channel: int | None) -> int | None:
        try:
            return await self.bot.feedback.record_question(answer, guild, channel)
        except sqlite3.Error:
            return None  # logged by Feedback; the answer is sent all the same

    def log_answer(self, answer: Answer, guild: int | None, channel: int | None, ms: float) -> None:
        top = answer.hits[0].score if answer.hits else 0.0
        log.info("answered guild=%s channel=%s hits=%d top=%.3f ms=%.1f", guild, channel, len(answer.hits), top, ms)
        log.debug("question: %r", answer.question)

    @app_commands.command(name="ask", description="Ask a question; the answer quotes the documents word for word.")
    @app_commands.describe(question="What you want to know", results="How many excerpts to show (1-10)")
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, DEFAULT_MAX_QUESTION_CHARS],
        results: app_commands.Range[int, 1, 10] | None = None,
    ) -> None:
        scope, refusal = scope_here(self.bot.settings, interaction.guild_id, home_channel(interaction))
        refusal = refusal or self.refusal(interaction.user.id)
        if refusal:
            await send_private(interaction, refusal)
            return
        per_page = results or self.bot.settings.results
        task = asyncio.create_task(self.answer(without_discord_markup(question), per_page, scope))
        try:
            await asyncio.wait_for(asyncio.shield(task), DEFER_AFTER_SECONDS)
        except TimeoutError:
            await defer_publicly(interaction)  # an error after it is told privately all the same (send_private)
        except QuestionError:
            pass  # reported below from the task's result
        try:
            answer, ms = await task
        except QuestionError as error:
            self.bot.cooldown.give_back(interaction.user.id)
            await send_private(interaction, str(error))
            return
        recorded = self.record(answer, interaction.guild_id, interaction.channel_id)
        content, view = self.reply_for(answer, per_page, interaction.user.id, scope, recorded)
        if view is not None:
            view.interaction = interaction
        view_arg = view if view is not None else discord.utils.MISSING
        # A quoted sentence may hold links: their preview cards would bury the excerpts (and fetch each link).
        if await respond(interaction, content, view=view_arg, suppress_embeds=True):
            replaced_deferral(interaction)
        self.log_answer(answer, interaction.guild_id, interaction.channel_id, ms)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """A message that mentions the bot, any message in a question channel, and any direct message to the bot is a
        question."""
        await self._take(message)

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """A question docbot replied to, edited (a typo fixed, say): the reply is edited to answer it as it reads now.
        Raw, so that it does not depend on discord.py's message cache."""
        if "content" not in payload.data:
            return
        replied = self._replied.get(payload.message_id)
        if replied is not None:
            await self._take(payload.message, replied)
        elif payload.message_id in self._answering:  # edited before its reply exists: answered anew once it does
            self._answering[payload.message_id] = payload.message
        elif self._may_become_question(payload):
            await self._take(payload.message)

    def _may_become_question(self, payload: discord.RawMessageUpdateEvent) -> bool:
        """Whether an edited message docbot has not replied to may be taken as a question now (if it reads as one: a
        mention of docbot added, an emoji in a question channel edited into words): a member's own edit (Discord
        updates a message without an edit time when it adds a link's preview), of a message written since docbot
        started and not already taken for a question (answered, or told why not, before the edit)."""
        if not payload.data.get("edited_timestamp"):
            return False
        return payload.message_id > self._taken_before and payload.message_id not in self._taken

    def _remember_taken(self, message_id: int) -> None:
        """Remember that the message `message_id` was taken for a question: its edits never make it a new one."""
        self._taken[message_id] = None
        self._taken.move_to_end(message_id)
        while len(self._taken) > MAX_TAKEN:
            forgotten, _ = self._taken.popitem(last=False)
            self._taken_before = max(self._taken_before, forgotten)

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        """A question deleted (asked in the wrong channel, or with something private in it): docbot's reply goes too,
        rather than staying behind as an answer to "Original message was deleted"."""
        await self._delete_reply(payload.message_id, payload.channel_id)

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        """Messages a moderator deleted at once: the replies to the questions among them go too."""
        for message_id in payload.message_ids:
            await self._delete_reply(message_id, payload.channel_id)

    async def _delete_reply(self, message_id: int, channel_id: int) -> None:
        """Delete docbot's reply to the question `message_id`, if it replied to it (and stop its buttons), and forget
        the question in /report: questions are personal data, and the member took it back."""
        replied = self._replied.pop(message_id, None)
        if replied is None:
            return
        if replied.recorded:
            task = asyncio.create_task(self._forget(replied.recorded))
            self._recording.add(task)  # waited for on closing, as a recording is
            task.add_done_callback(self._recording.discard)
        view = replied.view() if replied.view is not None else None
        if view is not None:
            view.stop()
        try:
            await replied.reply.delete()
        except discord.NotFound:
            pass  # deleted already (a moderator removed both)
        except REQUEST_FAILED as error:
            log.warning("could not delete the reply to a deleted question in channel %s (%s)", channel_id, error)
        else:
            log.info("question deleted in channel %s: its reply deleted too", channel_id)

    async def _forget(self, recorded: Sequence[asyncio.Future[int | None]]) -> None:
        """Delete the recorded question (each wording its edits gave it) and its votes, once each is recorded."""
        for future in recorded:
            question_id = await future
            if question_id is None:
                continue  # not recorded (the reply failed, or the database refused it)
            with contextlib.suppress(sqlite3.Error):  # logged by Feedback; the retention deletes it in time
                await self.bot.feedback.forget_question(question_id)

    async def _take(self, message: discord.Message, replied: _Replied | None = None) -> None:
        """Answer `message` if it is a question; `replied`: it was edited, and this is docbot's reply to it. Edited
        while docbot answered it (a typo fixed), the reply is then edited to answer it as it reads now."""
        if replied is not None or message.id in self._answering:
            await self._take_once(message, replied)
            return
        self._answering[message.id] = None
        try:
            await self._take_once(message)
        finally:
            edited = self._answering.pop(message.id, None)
        reply = self._replied.get(message.id)
        if edited is not None and reply is not None:
            await self._take_once(edited, reply)

    async def _take_once(self, message: discord.Message, replied: _Replied | None = None) -> None:
        """`_take` for the message as it reads now."""
        me = self.bot.user
        if message.author.bot or me is None:  # docbot's own messages and other bots' are never questions
            return
        if message.is_system():  # "X started a thread: <its name>", a channel renamed: Discord's words, no question
            return
        guild_id = message.guild.id if message.guild is not None else None
        served = self.bot.settings.serves(guild_id)
        if not served and guild_id is not None:
            return  # a server docbot does not serve (ALLOWED_GUILD_IDS): not a word there
        # Replying to docbot's answer mentions it too (Discord's "ping on reply"), but a "thanks!" under an answer is
        # no question: only a mention written in the message makes one. A direct message is one to docbot.
        direct = guild_id is None
        mentioned = direct or (me in message.mentions and writes_mention(message.content, me.id))
        in_question_channel = home_channel(message) in self.bot.settings.question_channel_ids
        if not (mentioned or in_question_channel):
            return
        question = message_question(message.content)
        if not mentioned and is_chatter(question):
            question = ""  # "thanks!", "ok", "lol" under an answer in a question channel: no question (is_chatter)
        if replied is not None and (question == replied.question or not question):
            return  # a link's preview added, the message pinned, or its question erased: the reply stands
        if question or mentioned:
            self._remember_taken(message.id)
        new_request_id()
        log.info(
            "message by user %s in guild %s channel %s%s",
            message.author.id,
            guild_id,
            message.channel.id,
            " (edited)" if replied is not None else "",
        )
        # As /ask says in a direct message (DocBotTree.interaction_check, then scope_here): where ALLOWED_GUILD_IDS is
        # set no direct message is served, and with COLLECTIONS a direct message sees no collection.
        scope, refusal = scope_here(self.bot.settings, guild_id, home_channel(message))
        if not served:
            scope, refusal = None, NOT_SERVED
        if not question:
            # A DM of a picture or an emoji alone, say: how to ask, or the line saying nothing is asked here.
            if mentioned:
                how = (
                    ASK_DIRECTLY
                    if direct
                    else ASK_BY_MENTION.format(name=mention_name(message.guild.me if message.guild else me))
                )
                if message.attachments:
                    how = f"{FILES_NOT_READ} {how}"
                await self._reply(message, refusal or how, None)
            else:
                # Without the message-content intent, channel messages arrive empty: nothing to answer; nor in an
                # emoji alone.
                log.debug(
                    "no question in a message in question channel %s (chatter, emoji alone, or empty: "
                    "message-content intent off?)",
                    message.channel.id,
                )
            return
        if await self._declined(message, question, refusal, mentioned, replied):
            return
        per_page = self.bot.settings.results
        try:
            answer, ms = await self.answer(question, per_page, scope)
        except QuestionError as error:
            self.bot.cooldown.give_back(message.author.id)
            await self._reply(message, str(error), None, replied, question)
            return
        except Exception:
            # As /ask's error handler does (DocBotTree.on_error): the traceback to the log, a short line to the
            # member, who would otherwise wait for an answer that never comes.
            log.exception("answering a message in channel %s failed", message.channel.id)
            self.bot.cooldown.give_back(message.author.id)
            await self._reply(message, GENERIC_ERROR, None, replied, question)
            return
        # Recorded for /report once its reply is sent: a reply refused (no permission to send there) or lost to the
        # network was never seen, and is not one of the member's questions, nor counted against their cooldown.
        recorded = asyncio.get_running_loop().create_future() if self.bot.feedback.recording else None
        content, view = self.reply_for(answer, per_page, message.author.id, scope, recorded)
        sent = await self._reply(message, content, view, replied, question, recorded)
        if sent is None:
            self.bot.cooldown.give_back(message.author.id)
        if recorded is not None:
            if sent is None:
                recorded.set_result(None)
            else:
                _settle_with(recorded, self.record(answer, guild_id, message.channel.id))
        if view is not None:
            view.message = sent
        self.log_answer(answer, guild_id, message.channel.id, ms)

    async def _declined(
        self, message: discord.Message, question: str, refusal: str | None, mentioned: bool, replied: _Replied | None
    ) -> bool:
        """Whether `message` is not answered (`refusal`: why nothing may be asked where it was written, or None); if
        so, the reason is said, unless that would repeat it: a reply in a channel is public."""
        if refusal is None:
            refusal = not_ready_refusal(self.bot.service)
        if refusal is not None:
            # Nothing may be asked in the channel (no COLLECTIONS mapping), or nothing yet (the first index is being
            # built): every member's every plain message would get the same line. Said once a cooldown window per
            # channel; a mention or a DM addresses docbot, and is told each time.
            if not mentioned and replied is None and not self._first_refusal_in(message.channel.id):
                log.debug("refusal already said in channel %s this window: %s", message.channel.id, refusal)
                return True
        else:
            refusal = self.cooldown_refusal(message.author.id)
            if refusal is None:
                return False
            # A member who keeps writing is told to wait once per window, not at every message.
            if replied is not None or self.told_to_wait(message.author.id):
                log.debug("cooldown: user %s already told to wait, or editing", message.author.id)
                return True
        if replied is None:  # an edit is never told: its reply stays as it was
            await self._reply(message, refusal, None, None, question)
        return True

    async def _reply(
        self,
        message: discord.Message,
        content: str,
        view: discord.ui.View | None = None,
        replied: _Replied | None = None,
        question: str = "",
        recorded: asyncio.Future[int | None] | None = None,
    ) -> discord.Message | None:
        """Reply to `message` (or edit docbot's reply to it, `replied`); the reply is remembered with the `question`
        it answers, so that an edit of the question edits it, and with the question's id as `recorded` for /report
        (after those of its earlier wordings), so that deleting the question forgets it."""
        sent = await self._send(message, content, view, replied)
        old_view = replied.view() if replied is not None and replied.view is not None else None
        if old_view is not None:
            # Its buttons were replaced (or the edit failed): left live, its timeout would remove the new ones.
            old_view.stop()
        if sent is None:
            self._replied.pop(message.id, None)  # a reply deleted, say: later edits are left be
        else:
            earlier = replied.recorded if replied is not None else ()
            self._replied[message.id] = _Replied(
                question,
                sent,
                weakref.ref(view) if view is not None else None,
                (*earlier, recorded) if recorded is not None else earlier,
            )
            self._replied.move_to_end(message.id)
            while len(self._replied) > MAX_REPLIED:
                self._replied.popitem(last=False)
        return sent

    async def _send(
        self, message: discord.Message, content: str, view: discord.ui.View | None, replied: _Replied | None
    ) -> discord.Message | None:
        try:
            if replied is not None:
                return await replied.reply.edit(content=content, view=view, allowed_mentions=NO_MENTIONS)
            options: dict[str, Any] = {
                "view": view if view is not None else discord.utils.MISSING,
                "allowed_mentions": NO_MENTIONS,
                "suppress_embeds": True,  # no preview cards for the links of quoted sentences
            }
            try:
                return await message.reply(content, mention_author=False, **options)
            except discord.Forbidden as error:
                if error.code != CANNOT_REPLY_WITHOUT_HISTORY:
                    raise
            # Without Read Message History Discord refuses a reply but not a message: the answer goes as one, named
            # for its member (a mention that pings no one, NO_MENTIONS) when it fits.
            if _first_in(self._no_history, message.channel.id, FORBIDDEN_LOG_SECONDS, time.monotonic()):
                log.warning(NO_HISTORY, message.channel.id, message.guild.id if message.guild else None)
            named = f"-# For {message.author.mention}\n{content}"
            return await message.channel.send(named if len(named) <= MESSAGE_LIMIT else content, **options)
        except discord.Forbidden as error:
            # A setting of the server, not a fault: said once an hour per channel, without a traceback (a question
            # channel docbot may read but not write in would log one at every message).
            if _first_in(self._forbidden, message.channel.id, FORBIDDEN_LOG_SECONDS, time.monotonic()):
                log.warning(NO_PERMISSION, message.channel.id, message.guild.id if message.guild else None, error.text)
            else:
                log.debug("could not reply in channel %s: %s", message.channel.id, error.text)
            return None
        except discord.HTTPException as error:
            if error.code == INVALID_FORM_BODY and "message_reference" in error.text:
                # The question was deleted while docbot answered it: Discord refuses a reply to it, and no one waits.
                log.info("question in channel %s deleted before its answer; not answered", message.channel.id)
                return None
            log.warning("could not reply in channel %s", message.channel.id, exc_info=True)
            return None
        except CONNECTION_ERRORS as error:  # the network, not the request: one line, no traceback
            log.warning("could not reply in channel %s (%s: %s)", message.channel.id, type(error).__name__, error)
            return None


@dataclass(frozen=True)
class _Replied:
    """docbot's reply to a question in a channel: the question it answered, the reply, its buttons (not kept alive
    past their timeout for this: an answer's view holds the whole answer), and the ids the question (each wording of
    it) was recorded under for /report, once written."""

    question: str
    reply: discord.Message
    view: weakref.ref[discord.ui.View] | None
    recorded: tuple[asyncio.Future[int | None], ...] = ()


def _first_in(seen: dict[int, float], key: int, seconds: float, now: float) -> bool:
    """Whether `key` was not seen in the `seconds` before `now`; if so, it is seen `now`. Past MAX_SEEN keys, those
    seen longer ago are forgotten: months on thousands of servers would keep every member and channel ever seen."""
    last = seen.get(key)
    if last is not None and now - last < seconds:
        return False
    seen[key] = now
    if len(seen) > MAX_SEEN:
        for old in [k for k, when in seen.items() if now - when >= seconds]:
            del seen[old]
    return True


def _settle_with(future: asyncio.Future[int | None], task: asyncio.Task[int | None] | None) -> None:
    """Give `future` the result of `task` when it ends (None if it fails or there is none)."""
    if task is None:
        future.set_result(None)
        return

    def done(ended: asyncio.Task[int | None]) -> None:
        if not future.done():
            future.set_result(None if ended.cancelled() or ended.exception() else ended.result())

    task.add_done_callback(done)


_MENTION = re.compile(r"<@!?(\d+)>")
# What Discord writes in a message's text for what it shows as a picture or a link: a custom emoji (<:name:id>,
# animated <a:name:id>), a member, role or channel (<@id>, <@!id>, <@&id>, <#id>), a command (</name:id>), a
# timestamp (<t:1700000000:R>), a server guide link (<id:guide>). No words of a question: their names and ids were
# searched, and a short question with one was "not found" ("The documents never mention “R”").
_DISCORD_MARKUP = re.compile(r"<(?:a?:\w+:\d+|@[!&]?\d+|#\d+|/[^<>:]+:\d+|t:-?\d+(?::[tTdDfFsSR])?|id:\w+)>")


def without_discord_markup(text: str) -> str:
    """`text` with Discord's emoji, mention, timestamp and link markup left out, white space trimmed."""
    return _DISCORD_MARKUP.sub(" ", text).strip()


def writes_mention(content: str, bot_id: int) -> bool:
    """Whether the message's text itself mentions the bot (not only the reply it is to)."""
    return any(int(m.group(1)) == bot_id for m in _MENTION.finditer(content))


def message_question(content: str) -> str:
    """The question in a message: Discord's markup removed (the bot's mentions, others', emoji), white space trimmed;
    "" when no letter or digit is left (a "👍" or "🎉" under an answer in a question channel is no question)."""
    question = without_discord_markup(content)
    return question if has_letters_or_digits(question) else ""


async def setup(bot: DocBot) -> None:
    """Add the cog to `bot` (discord.py calls this from `load_extension`)."""
    await bot.add_cog(AskCog(bot))
