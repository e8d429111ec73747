"""Hostile questions and hostile documents, property-tested with hypothesis through the service, the CLI and the bot
(issue 6).

Questions and document text are built from what a busy server throws at a bot: nothing, white space, stop words only,
6,000 characters, control, zero-width and bidirectional characters, right-to-left text, emoji, Discord Markdown,
masked links, `@everyone`/`@here`, user, role and channel mentions, and line breaks followed by `> ` or `# `.
Whatever comes in: no crash, no ping (every bot reply has allowed_mentions parse []), every reply within Discord's
limits, and document text that stays inside its `> ` quote and cannot forge a link or a mention (`check_reply`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import json
import re
import sqlite3
import threading
from collections.abc import Awaitable, Iterator
from pathlib import Path
from typing import Any, TypeVar
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import cli
from bot.cli import main
from bot.client import DocBot
from bot.format import MESSAGE_LIMIT, format_answer, format_hits
from retrieval import language
from retrieval import service as service_module
from retrieval.chatter import is_chatter
from retrieval.models import Answer
from retrieval.service import DEFAULT_MAX_QUESTION_CHARS, NOT_A_QUESTION, AnswerService, QuestionError
from retrieval.store.database import Store
from retrieval.tokenize import has_letters_or_digits
from tests.discord.fake_discord import FakeDiscord, RecordedResponse, SentMessage
from tests.discord.harness import copy_seeds, docbot

T = TypeVar("T")
NO_PINGS = {"parse": []}
MAX_QUESTION_CHARS = DEFAULT_MAX_QUESTION_CHARS

# ---------------------------------------------------------------------------------------------------- strategies

# fmt: off
PIECES = [
    "", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\n> ", "\n>>> ", "\n# ", "\n-# ", "\n- ", "\n1. ", "\n```",
    "> ", "# heading", "-# small", "* ", "**", "__", "*", "_", "~~", "||", "`", "```", "\\", "\\*",
    "[click here](https://evil.example/login)", "[x]", "(https://evil.example)", "<https://evil.example>",
    "https://evil.example/a_b", "](", "@everyone", "@here", "@EVERYONE", "@\u200beveryone",
    "<@123456789012345678>", "<@!123456789012345678>", "<@&987654321098765432>", "<#111111111111111111>",
    "</reindex:1>", "<t:0:R>", "<:okapi:1>", "<a:okapi:1>", "@", "<", ">",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u202a", "\u2066", "\u2069", "\u200f",
    "\x00", "\x07", "\x08", "\x1b[2J", "\x1b]8;;https://evil.example\x07", "\x7f", "\x85", "\u2028", "\u2029", "\x0b",
    "שלום עולם", "مرحبا بالعالم", "\u202eevil\u202c", "😀", "👍🏽", "👨‍👩‍👧", "🇺🇳", "\U0010ffff", "\ud7ff",
    "Putin", "ceasefire", "Idlib", "chemical", "the", "of", "and", "who", "what", "?", ".", "...",
]
# fmt: on
STOP_WORDS_ONLY = st.lists(st.sampled_from(["the", "of", "and", "a", "is", "who", "what", "to", "in"]), min_size=1).map(
    " ".join
)
HOSTILE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=14).map("".join)
QUESTIONS = st.one_of(
    HOSTILE,
    HOSTILE,
    st.sampled_from(["", " ", "\n\t \u3000", "\u200b\u200b", "?"]),
    STOP_WORDS_ONLY,
    st.integers(min_value=MAX_QUESTION_CHARS - 2, max_value=MAX_QUESTION_CHARS + 2).map(lambda n: ("Putin " * n)[:n]),
    st.integers(min_value=5_990, max_value=6_010).flatmap(lambda n: HOSTILE.map(lambda s: (s + " Putin" * n)[:n])),
)
# Every piece a document can hold and still be read (no control character but white space, which makes it "binary"):
# one example each property always runs, besides the ones hypothesis draws.
READABLE_PIECES = "".join(p for p in PIECES if not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", p))
SHORT_QUESTIONS = QUESTIONS.filter(lambda q: len(q) <= MAX_QUESTION_CHARS)  # what /ask lets in (min 1 is Discord's)

# ---------------------------------------------------------------------------------------------------- the reply check

_ESCAPED = re.compile(r"\\.", re.DOTALL)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
# A web address written `<url>` (bot/format.py): a link as it stands, inert inside (no Markdown, no preview).
_AUTOLINK = re.compile(r"<https?://[^\s<>`]+>", re.IGNORECASE)
_PING = re.compile(r"@(everyone|here)", re.IGNORECASE)
# C0 controls but the line break, DEL, C1, zero-width, bidirectional embeddings/overrides/isolates, line separators.
_INVISIBLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
ANSWER_LINES = ("> ", "— ", "-# Page ", "**Not found.** ", "Closest excerpts (weak matches):")
PRIVATE_REPLIES = re.compile(
    r"The question is empty: ask something about the documents\."
    r"|The question is [\d,]+ characters long; please keep it to [\d,]+ at most\."
    r"|Ask me a question about the documents, e\.g\. `@docbot who said what\?`"
    f"|{re.escape(NOT_A_QUESTION)}"
)


def not_a_question(question: str) -> bool:
    """Whether the service tells `question` how to ask (no letters or digits, or chatter such as "thanks!"): the
    service's rule, so the properties below check every other question is answered."""
    stripped = question.strip()
    return bool(stripped) and (not has_letters_or_digits(stripped) or is_chatter(stripped))


def check_reply(content: str, extra_lines: tuple[str, ...] = ()) -> None:
    """A reply that quotes documents is safe to post: within Discord's limit, every line a quote or one of the bot's
    own lines, and nothing from a document left unescaped that Discord would render (a link, a mention, formatting
    that runs on) or that would hide or reorder text (controls, zero-width and bidirectional characters)."""
    assert 0 < len(content) <= MESSAGE_LIMIT, len(content)
    for line in content.split("\n"):
        if not line:
            continue
        assert line.startswith(ANSWER_LINES + extra_lines), f"a line outside the quote: {line!r}"
        assert not _PING.search(line), line
        # the one zero-width character allowed is the one that breaks @everyone/@here
        assert not _INVISIBLE.search(line.replace("@\u200b", "@")), f"invisible characters in {line!r}"
        body = line[2:] if line.startswith("> ") else line
        plain = _AUTOLINK.sub("", _CODE_SPAN.sub("", _ESCAPED.sub("", body)))
        for special in "[]<>|~_`":
            assert special not in plain, f"unescaped {special!r} in {line!r}"
        assert plain.count("*") % 2 == 0, f"unbalanced emphasis in {line!r}"
        # an address outside <...> would be linked, with a card SUPPRESS_EMBEDS cannot stop on a deferred reply
        assert not re.search(r"https?://", plain, re.IGNORECASE), f"a bare link in {line!r}"


def check_answer_is_verbatim(answer: Answer, sentences: set[str]) -> None:
    for hit in (*answer.hits, *answer.weak):
        assert hit.text in sentences, hit.text
        assert all(s in sentences for s in (*hit.context.before, *hit.context.after))


def stored_sentences(db: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return {str(r[0]) for r in connection.execute("SELECT text FROM sentences")}


def check_question_error(question: str, error: QuestionError) -> None:
    stripped = question.strip()
    assert not stripped or len(stripped) > MAX_QUESTION_CHARS or not_a_question(question), (question[:80], error)
    assert PRIVATE_REPLIES.fullmatch(str(error)), str(error)


def hostile_document(body: str, anchor: str) -> str:
    """A document whose second paragraph holds `body` around a rare `anchor` word to ask about."""
    return f"Hostile notes\n\nThe {anchor} record says {body} and ends.\n\nIt {body} continues {anchor}.\n"


# ---------------------------------------------------------------------------------------------------- the cost
# What the properties check does not depend on loading a model again for each example: that was most of their time.


@pytest.fixture
def language_model_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The language identification model kept from one example's reindex to the next. A hostile document is seldom
    plain English prose, so each reindex loaded the model (~1 s, 120 MiB; 80% of an example's CPU) and the service let
    it go after (`release_model`). Let go at the end, as the service would have."""
    monkeypatch.setattr(service_module, "release_model", lambda: None)
    yield
    language.release_model()


# ---------------------------------------------------------------------------------------------------- the service

PROPERTY = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@contextlib.contextmanager
def service_in(runner: asyncio.Runner, docs: Path, db: Path) -> Iterator[AnswerService]:
    store = runner.run(Store.open(db))
    try:
        service = AnswerService(store, docs)
        runner.run(service.reindex())
        yield service
    finally:
        runner.run(store.close())


def test_service_answers_any_question_safely(tmp_path: Path) -> None:
    docs = copy_seeds(tmp_path / "docs")
    (docs / "injection.md").write_text(
        "# Injection @everyone\n\nThe ceasefire [was signed](https://evil.example) by <@&987654321098765432> "
        "and @here.\n> Quoted line about Putin.\n\n```\nPutin code block @everyone\n```\n"
    )
    with asyncio.Runner() as runner, service_in(runner, docs, tmp_path / "db.sqlite3") as service:
        sentences = stored_sentences(tmp_path / "db.sqlite3")

        @PROPERTY
        @given(question=QUESTIONS)
        def property_(question: str) -> None:
            for ask in (lambda: runner.run(service.ask(question, top=15)), lambda: service.ask_now(question, 15)):
                try:
                    answer = ask()
                except QuestionError as error:
                    check_question_error(question, error)
                    continue
                assert answer.question == question.strip()
                check_answer_is_verbatim(answer, sentences)
                check_reply(format_answer(answer))
                for start in range(0, len(answer.hits), 3):  # the pages of /ask
                    page, _ = format_hits(answer.hits[start : start + 3], MESSAGE_LIMIT - 20)
                    check_reply(page)

        property_()


def test_service_quotes_any_document_safely(tmp_path: Path, language_model_kept: None) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "plain.txt").write_text("Plain\n\nThe okapi is a shy animal of the forest.\n")
    with asyncio.Runner() as runner, service_in(runner, docs, tmp_path / "db.sqlite3") as service:

        @PROPERTY
        @given(body=HOSTILE, suffix=st.sampled_from([".txt", ".md"]))
        @example(body=READABLE_PIECES, suffix=".md")
        @example(body=READABLE_PIECES, suffix=".txt")
        def property_(body: str, suffix: str) -> None:
            for old in docs.glob("hostile.*"):
                old.unlink()
            (docs / f"hostile{suffix}").write_text(hostile_document(body, "zyxwvut"), encoding="utf-8")
            report = runner.run(service.reindex())
            assert {w.path for w in report.warnings} <= {"hostile.txt", "hostile.md"}  # a NUL, say: skipped
            sentences = stored_sentences(tmp_path / "db.sqlite3")
            for question in ("zyxwvut", f"zyxwvut {body}"):
                try:
                    answer = runner.run(service.ask(question))
                except QuestionError as error:
                    check_question_error(question, error)
                    continue
                check_answer_is_verbatim(answer, sentences)
                check_reply(format_answer(answer))
                # The marker alone can only be found in the hostile document. (With the body added, another
                # document may rank first: Markdown reduction can drop the body, `<a:okapi:1>` read as an HTML tag.)
                if question == "zyxwvut" and report.warnings == () and answer.hits:
                    assert answer.hits[0].source.path == f"hostile{suffix}"

        property_()


# ---------------------------------------------------------------------------------------------------- the CLI


def test_cli_answers_any_question_safely(
    isolated: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = copy_seeds(isolated / "docs")
    (docs / "injection.txt").write_text("Injection\n\nThe ceasefire \x1b[2J was [signed](https://evil.example).\n")
    db = isolated / "db.sqlite3"
    paths = ["--docs", str(docs), "--db", str(db)]
    # Every question still goes through the reranker (RERANKER auto), loaded once: each command loaded it again,
    # two thirds of the test's CPU, as a process that runs one command must.
    monkeypatch.setattr(cli, "load_reranker", functools.cache(cli.load_reranker))
    assert main(["index", *paths]) == 0
    capsys.readouterr()
    sentences = stored_sentences(db)

    @settings(PROPERTY, max_examples=40)
    @given(question=QUESTIONS)
    @example(question=" \t\u3000")  # white space only
    @example(question="-h")  # an option's look, after `--`
    @example(question="Putin\u2028ceasefire\x85 @everyone\x1b[2J")  # separators JSON leaves as they are
    @example(question=("Putin " * MAX_QUESTION_CHARS)[: MAX_QUESTION_CHARS + 1])  # one character too long
    @example(question=READABLE_PIECES)
    def property_(question: str) -> None:
        # as an argument (after `--`, so a question may start with a dash), as text and as JSON
        status = main(["ask", *paths, "--", question])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        if not question.strip():
            assert status == 2 and err == "docbot: error: the question is empty: ask something about the documents.\n"
        elif not_a_question(question):
            assert status == 2 and "look like a question" in err and out == ""
        elif len(question.strip()) > MAX_QUESTION_CHARS:
            assert status == 2 and "characters long" in err and out == ""
        else:
            assert status == 0 and err == ""
            assert out.startswith("Q: ")
            answer_text = out.split("\n", 1 + question.count("\n"))[-1]  # after the echoed question
            assert "\x1b" not in answer_text
        status = main(["ask", "--json", *paths, "--", question])
        out, err = capsys.readouterr()
        if question.strip():
            assert status in (0, 2) and "Traceback" not in err
            payload = json.loads(out)  # exactly one JSON object on one line
            assert payload["question"] in (question, question.strip())
            for hit in (*payload["hits"], *payload.get("weak", [])):
                assert hit["text"] in sentences
        # one question per line on standard input (blank lines are skipped)
        with mock.patch("sys.stdin", io.StringIO(question + "\nPutin ceasefire\n")):
            status = main(["ask", "--json", *paths])
        out, err = capsys.readouterr()
        # JSON Lines: objects end at "\n" only (a question may hold U+2028 or U+0085, which JSON leaves as they are)
        lines = [json.loads(line) for line in out.split("\n") if line]
        asked = [line for line in (question + "\nPutin ceasefire").split("\n") if line.strip()]
        assert [p["question"].strip() for p in lines] == [q.strip() for q in asked]
        assert status in (0, 2) and "Traceback" not in err

    property_()


# ---------------------------------------------------------------------------------------------------- the bot


class LiveBot:
    """One real docbot against the fake Discord, on an event loop of its own in a thread, kept running across
    hypothesis examples (each example is a coroutine run on that loop)."""

    def __init__(self, docs: Path, db: Path, **options: object) -> None:
        self._docs, self._db, self._options = docs, db, options
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="live-docbot", daemon=True)
        self._stack = contextlib.AsyncExitStack()
        self.fake: FakeDiscord
        self.bot: DocBot

    def run(self, coroutine: Awaitable[T], timeout: float = 60) -> T:
        async def wrapped() -> T:
            return await coroutine

        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(timeout)

    def __enter__(self) -> LiveBot:
        self._thread.start()

        async def start() -> None:
            self.fake = await self._stack.enter_async_context(FakeDiscord())
            self.bot = await self._stack.enter_async_context(
                docbot(self.fake, self._docs, self._db, **self._options)  # type: ignore[arg-type]
            )

        self.run(start())
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            await self._stack.aclose()
            # as asyncio.run does: what is still pending (buttons' timers) is cancelled and awaited
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            await self.loop.shutdown_asyncgens()

        try:
            self.run(stop())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
            self.loop.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveBot]:
    base = tmp_path_factory.mktemp("live")
    docs = copy_seeds(base / "docs")
    with LiveBot(docs, base / "db.sqlite3", cooldown_questions=0) as running:
        yield running


BOT_PROPERTY = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def buttons(response: RecordedResponse | SentMessage) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for row in response.components:
        assert len(row.get("components", [])) <= 5
        for item in row.get("components", []):
            assert len(str(item.get("label", ""))) <= 80 and len(str(item.get("custom_id", ""))) <= 100
            found[str(item.get("label"))] = item
    assert len(response.components) <= 5
    return found


async def ask_everywhere(fake: FakeDiscord, bot: DocBot, question: str) -> list[str]:
    """/ask, the Context button of its reply, and a mention: every reply checked; returns the public replies."""
    public: list[str] = []
    response = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}))
    content = response.content or ""
    assert response.allowed_mentions == NO_PINGS
    if response.ephemeral:
        assert PRIVATE_REPLIES.fullmatch(content), content
    else:
        check_reply(content)
        public.append(content)
        context = buttons(response).get("Context")
        if context is not None:
            click = await fake.send_component_click(str(context["custom_id"]), message_id=response.message_id)
            shown = await fake.wait_for_response(click)
            assert shown.ephemeral and shown.allowed_mentions == NO_PINGS
            check_reply(shown.content or "", extra_lines=("That passage is no longer in the index.",))
    channel = fake.channel_ids[0]
    assert bot.user is not None
    await fake.send_message(f"<@{bot.user.id}> {question}", channel_id=channel)
    reply = await fake.wait_for_channel_message(channel)
    assert reply.allowed_mentions == {"parse": [], "replied_user": False}
    if PRIVATE_REPLIES.fullmatch(reply.content or ""):
        return public
    check_reply(reply.content or "")
    public.append(reply.content or "")
    return public


def test_bot_answers_any_question_safely(live: LiveBot) -> None:
    @BOT_PROPERTY
    @given(question=SHORT_QUESTIONS)
    def property_(question: str) -> None:
        live.run(ask_everywhere(live.fake, live.bot, question))

    before = len(live.fake.interactions)
    property_()
    assert len(live.fake.interactions) - before >= BOT_PROPERTY.max_examples  # every example went through Discord
    assert not live.fake.unknown_requests


def test_bot_quotes_any_document_safely(live: LiveBot, language_model_kept: None) -> None:
    docs = live.bot.service.docs_dir

    @settings(BOT_PROPERTY, max_examples=20)
    @given(body=HOSTILE, suffix=st.sampled_from([".txt", ".md"]))
    def property_(body: str, suffix: str) -> None:
        for old in docs.glob("hostile.*"):
            old.unlink()
        (docs / f"hostile{suffix}").write_text(hostile_document(body, "qwxzyv"), encoding="utf-8")
        report = live.run(live.bot.service.reindex())
        replies = live.run(ask_everywhere(live.fake, live.bot, "What does the qwxzyv record say?"))
        if not report.warnings:
            assert replies and all(f"hostile{suffix}" in r for r in replies)

    try:
        property_()
    finally:
        for old in docs.glob("hostile.*"):
            old.unlink()
        live.run(live.bot.service.reindex())


def test_questions_and_commands_are_never_echoed_as_pings(live: LiveBot) -> None:
    """Every message the bot sent during the bot tests above and here asked Discord not to ping anyone."""
    live.run(ask_everywhere(live.fake, live.bot, "@everyone @here <@&987654321098765432> who said ceasefire?"))

    async def all_payloads() -> list[dict[str, Any]]:
        payloads = [m.payload for m in live.fake.sent_messages]
        for record in live.fake.interactions.values():
            payloads += [r.data for r in record.responses if r.data.get("content")]
        return payloads

    payloads = live.run(all_payloads())
    assert payloads
    for payload in payloads:
        assert payload.get("allowed_mentions", {}).get("parse") == [], payload
