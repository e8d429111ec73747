"""The `docbot` command line: index, ask, sources, actor(s), report, run, sync and check, over the same service the bot
uses."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import difflib
import json
import logging
import os
import signal
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn, TextIO

from dotenv import find_dotenv, load_dotenv
from dotenv.parser import parse_stream

from bot.format import SourcesFilter, clean_text, format_report, format_sources_list, plural
from bot.format_actors import EMPTY_ACTOR_NAME, format_actor, format_actors, format_unknown_actor, list_hint
from bot.format_feedback import feedback_pages
from bot.health import load_settings, missing_collections, no_documents_folder, run_checks, versions
from bot.logging_setup import COMMAND_LINE_FORMAT, configure_logging
from bot.progress import EmbeddingBar, ProgressBar
from bot.settings import DEFAULTS, SETTINGS, Settings, SettingsError, error_line
from bot.terminal import ansi_bold, answer_text, plain, without_markdown
from bot.wiring import build_feedback, build_service
from retrieval.actors.directory import ActorQuote, ActorSummary
from retrieval.answer.semantic import RerankerUnavailable, load_reranker
from retrieval.feedback import FeedbackReport
from retrieval.index.persistence import TantivyIndexError
from retrieval.ingest.walk import holds_no_file
from retrieval.models import Answer, Hit
from retrieval.scope import Scope, valid_collection
from retrieval.service import (
    COLLECTION_KEPT,
    EMPTY_QUESTION,
    INDEXING_WARNING,
    AnswerService,
    QuestionError,
    RemovalRefused,
)
from retrieval.store.database import Store, StoreError, read_only_folder, store_error
from retrieval.store.feedback import LARGEST_ID
from retrieval.store.lock import held_elsewhere

log = logging.getLogger(__name__)

DISCORD_COMMANDS = ("run", "sync")  # the commands that talk to Discord, and log at LOG_LEVEL


class CommandError(Exception):
    """An error reported as one line on standard error with a non-zero exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


DB_HELP = f"database file (DB_PATH; default ./{DEFAULTS['DB_PATH']})"
DOCS_HELP = f"documents folder (DOCS_DIR; default ./{DEFAULTS['DOCS_DIR']})"


# What `docbot --help` ends with: a newcomer's first commands, and where the settings come from.
FIRST_STEPS = """first steps:
  docbot ask --docs ~/notes "How do I reset my password?"
      index ~/notes (again only what changed since), then answer
  docbot index --docs ~/notes      index it now, with a report of what was read
  docbot COMMAND --help            what a command does, with an example

Settings (DOCS_DIR, DB_PATH, DISCORD_TOKEN ...) come from flags, the
environment or a .env file in the working folder; `docbot check` checks them."""

# The example each command's --help ends with.
EXAMPLES = {
    "index": "docbot index --docs ~/notes --db ~/notes.sqlite3",
    "ask": 'docbot ask --top 3 "How do I reset my password?"\n  docbot ask --json - < questions.txt',
    "sources": "docbot sources --collection handbook",
    "actor": "docbot actor Putin",
    "actors": "docbot actors | head",
    "report": "docbot report --json > report.json",
    "run": "docbot run   (with DISCORD_TOKEN=... in .env)",
    "sync": "docbot sync   (after an upgrade, when the slash commands do not show)",
    "check": "docbot check --docs ~/notes",
}


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """The " (did you mean CHOICE?)" for the one choice `word` abbreviates or spells with its letters swapped, else
    the choice closest to it, or "" when none is close."""
    choices = list(choices)
    # (dashes alone, "--" or "-", start every option: they abbreviate none)
    started = [choice for choice in choices if choice.startswith(word)] if word.strip("-") else []
    # difflib rates a swap low ("aks" for "ask": 0.67), and lower cutoffs offer --docs for --bogus
    swapped = [choice for choice in choices if sorted(choice) == sorted(word)]
    close = (started if len(started) == 1 else swapped) or difflib.get_close_matches(word, choices, n=1, cutoff=0.7)
    return f" (did you mean {close[0]}?)" if close else ""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line starting "docbot: error:" as docbot's own do (argparse's prefix
    is the parser's prog, "docbot report: error:" for a subcommand's; its subparsers are of this class too), ending
    with where the command's options are told; `commands` holds the subcommands' parsers by name.

    An abbreviated option (`--doc` for `--docs`) is refused as a mistyped one: argparse's allow_abbrev took it, and
    a script relying on it would break, or silently change meaning, the day an option sharing its start is added."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **(kwargs | {"allow_abbrev": False}))
        self.commands: dict[str, _Parser] = {}

    def error(self, message: str) -> NoReturn:
        # No usage lines before it: the line says what was wrong, and --help the rest.
        self.exit(2, f"docbot: error: {message}; `{self.prog} --help` lists what it takes\n")

    def unrecognized(self, extras: Sequence[str]) -> NoReturn:
        """Refuse what this command does not take: for a mistyped option, the option closest to it."""
        flag = next((extra for extra in extras if extra.startswith("-")), None)
        if flag is None:
            self.error(f"`{self.prog}` does not take {' '.join(extras)!r}")
        options = [option for action in self._actions for option in action.option_strings if option.startswith("--")]
        suggestion = _did_you_mean(flag.partition("=")[0], options)
        words = next(
            (action for action in self._actions if action.nargs in ("*", "+") and not action.option_strings), None
        )
        if not suggestion and words is not None:
            # `docbot ask what does --verbose do`: a question about an option, not a mistyped one
            suggestion = f" (a {words.dest} holding it goes after `--`: `{self.prog} -- {words.dest.upper()}`)"
        self.error(f"`{self.prog}` has no option {flag}{suggestion}")

    def refuse_unknown_command(self, argv: Sequence[str]) -> None:
        """Refuse a first word that names no command, with the command closest to it (argparse's "invalid choice"
        line listed them all and suggested none)."""
        word = argv[0] if argv else ""
        if word.startswith("-") and word.partition("=")[0] not in self._option_string_actions:
            self.unrecognized([word])  # argparse said only that a command is required
        if word and not word.startswith("-") and word not in self.commands:
            suggestion = _did_you_mean(word, self.commands) or f" (it has {', '.join(self.commands)})"
            self.error(f"`{self.prog}` has no command {word!r}{suggestion}")


def server_id(text: str) -> int:
    """A Discord server's id given on the command line (`docbot report --guild`): a positive whole number, up to the
    largest id the store can compare (a longer number ended in SQLite's OverflowError)."""
    if text.strip().isdecimal() and 0 < int(text) <= LARGEST_ID:
        return int(text)
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a server id: it is a number, which Discord copies with Copy Server ID (a server's menu, "
        "with Developer Mode on)"
    )


def build_parser() -> _Parser:
    """The argument parser for every subcommand."""
    parser = _Parser(
        prog="docbot",
        description="Answer questions with sentences quoted from a folder of documents.",
        epilog=FIRST_STEPS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    # docbot's release and the versions of what it stores: the line /status ends with
    parser.add_argument("--version", action="version", version=versions())
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        """A subcommand whose one-line summary is also its description (`docbot index --help` says what it does),
        its help ending with an example of it."""
        parser.commands[name] = subparsers.add_parser(
            name,
            help=summary,
            description=summary[0].upper() + summary[1:] + ".",
            epilog="example:\n  " + EXAMPLES[name],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return parser.commands[name]

    def with_paths(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--docs", type=Path, metavar="DIR", help=DOCS_HELP)
        sub.add_argument("--db", type=Path, metavar="PATH", help=DB_HELP)
        return sub

    def with_collections(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument(
            "--collection",
            action="append",
            metavar="FOLDER",
            help="only the documents of this folder directly under the documents folder (repeatable); default: all",
        )
        return sub

    index = with_paths(command("index", "build or refresh the index and print the report"))
    index.add_argument(
        "--allow-removal",
        action="store_true",
        help="let a reindex remove more than half of the indexed documents (refused otherwise: an unmounted folder)",
    )
    ask = with_collections(with_paths(command("ask", "answer questions (from the argument or one per line)")))
    ask.add_argument("--top", type=int, default=5, metavar="K", help="number of excerpts (default %(default)s)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question per line")
    ask.add_argument("question", nargs="*", help="the question; none (or -) reads questions from standard input")
    sources = with_collections(with_paths(command("sources", "list the indexed documents")))
    sources.add_argument("--json", action="store_true", help="print the list as JSON")
    sources.add_argument(
        "--filter",
        metavar="TEXT",
        help="only the documents whose path or title holds TEXT (case and accents ignored)",
    )
    actor = with_collections(with_paths(command("actor", "what the documents say about an actor, and what it says")))
    actor.add_argument("name", nargs="+", help='a name or alias ("Putin", "Russian Federation")')
    actor.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    actors = with_collections(with_paths(command("actors", "list the actors found, most mentioned first")))
    actors.add_argument("--json", action="store_true", help="print the list as JSON")
    report = command("report", 'questions asked on Discord: answered "not found", voted down, most-asked topics')
    report.add_argument("--db", type=Path, metavar="PATH", help=DB_HELP)
    report.add_argument("--guild", type=server_id, metavar="ID", help="only the questions asked in this server")
    report.add_argument(
        "--json", action="store_true", help="print the report (with --forget: what was deleted) as one JSON object"
    )
    report.add_argument(
        "--forget",
        action="store_true",
        help="with --guild: delete that server's questions and votes instead (/report forget:True from here, for a "
        "server docbot was removed from)",
    )
    with_paths(command("run", "run the Discord bot (needs DISCORD_TOKEN)"))
    # No --docs: a sync reads no document, only the record of the last sync in the database.
    sync = command("sync", "sync the slash commands to Discord now, changed or not (needs DISCORD_TOKEN)")
    sync.add_argument("--db", type=Path, metavar="PATH", help=DB_HELP)
    with_paths(command("check", "check settings, token form, database, search index, model file and documents folder"))
    return parser


# Line separators that JSON allows raw in strings but line-splitting readers (str.splitlines) break on.
_LINE_BREAKERS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"})


def json_line(value: object) -> str:
    """One JSON Lines record: UTF-8 text kept readable, every line separator escaped, newline-terminated."""
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKERS) + "\n"


def hit_json(hit: Hit) -> dict[str, object]:
    """A hit in the `docbot ask --json` shape."""
    source = hit.source
    return {
        "text": hit.text,
        "score": hit.score,
        "source": source.path,
        "title": source.title,
        "paragraph": source.paragraph,
        "sentence": source.sentence,
        "section": source.section,
        "page": source.page,
        "context": {"before": list(hit.context.before), "after": list(hit.context.after)},
        "sources": [asdict(s) for s in hit.sources],
        "matched_terms": list(hit.matched_terms),
    }


def question_error_json(question: str, error: str) -> dict[str, object]:
    """A question refused (empty, too long) in the `docbot ask --json` shape: no hits, and why."""
    return {"question": question, "hits": [], "error": error}


def answer_json(answer: Answer) -> dict[str, object]:
    """An answer in the `docbot ask --json` shape."""
    payload: dict[str, object] = {
        "question": answer.question,
        "hits": [hit_json(h) for h in answer.hits],
        "not_found": answer.not_found,
    }
    if answer.not_found:
        payload["reason"] = answer.reason
        payload["weak"] = [hit_json(h) for h in answer.weak]
    return payload


async def open_service(settings: Settings, *, answering: bool = False, reading: bool = False) -> AnswerService:
    """Open the store and make the service for `settings` (the caller closes `service.store`).

    `answering`: the service will answer questions, so it gets the RERANKER (loading a model takes about a second).
    `reading`: the command only reads the index, so a database docbot cannot write (on a read-only mount, a copy
    built elsewhere) is read as it is, with one warning, instead of refused; `refresh_index` then leaves it be.
    """
    missing = no_documents_folder(settings.docs_dir)
    if missing is not None:
        raise CommandError(missing, 2)
    reranker = None
    if answering:
        try:
            reranker = await asyncio.to_thread(load_reranker, settings.reranker, 1, settings.model_path)
        except RerankerUnavailable as error:
            raise CommandError(str(error), 2) from None
    try:
        store = await Store.open(settings.db_path)
    except StoreError as error:
        read_only = await _read_only_store(settings, error) if reading else None
        if read_only is None:
            raise CommandError(str(error), 3) from None
        store = read_only
    return build_service(settings, store, reranker)


async def _read_only_store(settings: Settings, error: StoreError) -> Store | None:
    """The database opened for reading only, once it could not be opened to be written (`error`, said as a warning),
    or None when it cannot be read either (or is not there)."""
    if not settings.db_path.is_file():
        return None
    try:
        store = await Store.open(settings.db_path, read_only=True)
    except StoreError:
        return None
    path = settings.db_path
    said = read_only_folder(path) or f"database {path} cannot be written ({error})"
    print(f"docbot: warning: {said}; {READ_AS_IT_IS}", file=sys.stderr)
    return store


class _PrintedInTheReport(logging.Filter):
    """Leaves out the service's "while indexing: ..." warnings and collections kept, which `docbot index` prints in its
    report: otherwise each is told twice, on standard error and on standard output."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.msg not in {INDEXING_WARNING, COLLECTION_KEPT}


@contextlib.contextmanager
def _warnings_left_out(logger: logging.Logger) -> Iterator[None]:
    """`logger`'s warnings left out while the block runs: the command says what failed there itself, once."""

    def below_warning(record: logging.LogRecord) -> bool:
        return record.levelno < logging.WARNING

    logger.addFilter(below_warning)
    try:
        yield
    finally:
        logger.removeFilter(below_warning)


@contextlib.contextmanager
def told_if_interrupted() -> Iterator[None]:
    """Around a reindex: Ctrl-C there (a KeyboardInterrupt, or asyncio.run's cancel of its task) says in one line what
    became of the index before docbot exits 130; a silent 130 left the user wondering whether it was half written."""
    try:
        yield
    except (KeyboardInterrupt, asyncio.CancelledError):
        print(f"docbot: {INDEX_INTERRUPTED}", file=sys.stderr)
        raise


async def run_index(settings: Settings, out: TextIO, allow_removal: bool = False) -> int:
    """`docbot index`."""
    with told_if_interrupted():
        return await _run_index(settings, out, allow_removal)


async def _run_index(settings: Settings, out: TextIO, allow_removal: bool) -> int:
    # With the reranker on, the index includes every sentence's vector: computed after the report, with progress.
    service = await open_service(settings, answering=True)
    in_the_report = _PrintedInTheReport()
    service_log = logging.getLogger(AnswerService.__module__)
    service_log.addFilter(in_the_report)
    try:
        if held_elsewhere(settings.db_path):
            print(f"docbot: {WAITING_FOR_WRITER}", file=sys.stderr)
        try:
            with ProgressBar(sys.stderr) as progress:
                report = await service.reindex(progress=progress, allow_removal=allow_removal)
        except RemovalRefused as error:
            raise CommandError(with_remedy(error), 2) from None
        out.write(without_markdown(format_report(report, limit=1_000_000)) + "\n")
        out.flush()
        if not report.documents:
            print(f"docbot: warning: {no_documents(settings.docs_dir)}", file=sys.stderr)
        if report.embeddings_left:
            with EmbeddingBar(sys.stderr) as embedding:
                done = await service.embed_missing(embedding)
            if done is not None:
                stored = f"{done.done:,} of {plural(done.total, 'sentence')}"
                out.write(f"Embeddings: {stored} stored in {done.seconds:.1f} s.\n")
    finally:
        service_log.removeFilter(in_the_report)
        await service.close()
    return 3 if report.problems else 0


async def run_ask(
    settings: Settings, questions: Iterable[str], top: int, as_json: bool, out: TextIO, scope: Scope | None = None
) -> int:
    """`docbot ask`: refresh the index, then answer each question (from the collections in `scope`: all if None)."""
    service = await open_service(settings, answering=True, reading=True)
    status = 0
    try:
        await refresh_index(service, scope)
        # Else every answer is "Not found. Nothing in the documents shares a meaningful word with the question."
        warn_if_no_documents(service, settings, scope)
        first = True
        for raw in questions:
            try:
                answer = service.ask_now(raw, top, scope)
            except QuestionError as error:
                status = 2
                if as_json:
                    out.write(json_line(question_error_json(raw, str(error))))
                else:
                    print(f"docbot: error: {error_text(str(error))}", file=sys.stderr)
                continue
            if as_json:
                out.write(json_line(answer_json(answer)))
            else:
                emphasis = ansi_bold if out.isatty() else plain
                asked = clean_text(answer.question)  # one line, whatever line breaks the question held
                out.write(("" if first else "\n") + f"Q: {asked}\n{answer_text(answer, emphasis)}\n")
            out.flush()
            first = False
    finally:
        await service.close()
    return status


def warn_if_no_documents(service: AnswerService, settings: Settings, scope: Scope | None) -> None:
    """Warn on stderr when the index holds no document of `scope`: an empty folder is no folder without actors, and
    "not found" there says nothing of the question."""
    if not service.has_documents(scope):
        print(f"docbot: warning: {no_documents(settings.docs_dir, scope)}", file=sys.stderr)


def no_documents(docs_dir: Path, scope: Scope | None = None) -> str:
    """Why every answer will be "not found": the folder (or the collections asked for) holds no document read."""
    folders = ", ".join(sorted(scope or ()))
    where = f"{'folders' if len(scope or ()) > 1 else 'folder'} {folders} of {docs_dir}" if scope else str(docs_dir)
    if holds_no_file(docs_dir, scope):
        return (
            f"no document is indexed from {where}: it holds no file at all; put documents there (PDF, Markdown, "
            "Word, HTML, text …) and run `docbot index`, or is it the right folder (--docs or DOCS_DIR)?"
        )
    return (
        f"no document is indexed from {where}: no file there is in a format docbot reads (`docbot index` lists the "
        "files it skipped); is it the right folder (--docs or DOCS_DIR)?"
    )


INDEX_INTERRUPTED = (
    "stopped (Ctrl-C): a reindex cut off changes nothing (it writes all or nothing) and the vectors already stored"
    " are kept; run `docbot index` again to finish"
)
WAITING_FOR_WRITER = (
    "another process is writing the index (the bot's reindex, or another `docbot index`); waiting for it to finish"
    " (Ctrl-C stops)"
)

# How a refused mass removal (RemovalRefused) goes on from the command line (Discord's /reindex has a button).
REMOVAL_ALLOWED = "If they really are gone, reindex with removal allowed (`docbot index --allow-removal`)."
# A refresh that reads many files (a new folder, or every document again after an upgrade) shows its progress after
# this long; the usual refresh of an unchanged folder takes a fraction of a second and stays silent.
REFRESH_QUIET_SECONDS = 2.0


def with_remedy(error: Exception, said: str | None = None) -> str:
    """What the command line says of `error` (`said`, else its text): for a refused mass removal, followed by how to
    go on from here (REMOVAL_ALLOWED)."""
    said = str(error) if said is None else said
    return f"{said} {REMOVAL_ALLOWED}" if isinstance(error, RemovalRefused) else said


# How a reading command goes on with a database it cannot write.
READ_AS_IT_IS = "reading it as it is, without bringing it up to date with the documents"


async def refresh_index(service: AnswerService, scope: Scope | None = None) -> None:
    """Bring the index up to date with the folder (the collections of `scope`) before a command reads it, as the bot
    does at start-up.

    When the refresh cannot be saved (a read-only database, a full disk) or is refused (the folder lost most of its
    documents), the store still holds the last complete index, which answers as the bot's would: one warning line.
    While another process writes the index (for minutes, on a large folder) the refresh waits for it, so that the
    answer reads what that process wrote; one line says so, rather than a silent wait.
    """
    if service.store.read_only:  # open_service said so: the index answers as it was last written
        await service.load()
        if not service.ready:
            raise CommandError(f"database {service.store.path} holds no index yet, and cannot be written", 3)
        return
    if held_elsewhere(service.store.path):
        print(f"docbot: {WAITING_FOR_WRITER}", file=sys.stderr)
    try:
        with told_if_interrupted(), ProgressBar(sys.stderr, quiet_seconds=REFRESH_QUIET_SECONDS) as progress:
            await service.reindex(progress=progress, scope=scope)
    except (StoreError, RemovalRefused, TantivyIndexError) as error:
        await service.load()
        if not service.ready:
            raise
        said = f"{str(error).rstrip('.')}; answering from the index as it was."
        print(f"docbot: warning: {with_remedy(error, said)}", file=sys.stderr)
    # What a refresh could not do (report.problems) is logged by the service, one line each.


async def run_sources(
    settings: Settings, out: TextIO, scope: Scope | None = None, as_json: bool = False, filter_text: str | None = None
) -> int:
    """`docbot sources`; with `filter_text`, the documents whose path or title holds it."""
    service = await open_service(settings, reading=True)
    try:
        await refresh_index(service, scope)
        documents = service.sources(scope)
        matched = None
        if filter_text:
            matched = SourcesFilter(filter_text, len(documents))
            documents = service.sources_matching(filter_text, scope)
    finally:
        await service.close()
    if as_json:
        out.write(json_line([{"path": d.path, "title": d.title, "sentences": d.sentence_count} for d in documents]))
    else:
        listed = format_sources_list(documents, limit=1_000_000, matched=matched, scope=scope)
        out.write(without_markdown(listed) + "\n")
    return 0


def quote_json(quote: ActorQuote) -> dict[str, object]:
    """A quoted sentence in the `docbot actor --json` shape."""
    return {
        "text": quote.text,
        "source": quote.source.path,
        "paragraph": quote.source.paragraph,
        "sentence": quote.source.sentence,
    }


def actor_json(summary: ActorSummary) -> dict[str, object]:
    """An actor summary in the `docbot actor --json` shape."""
    return {
        "actor": summary.name,
        "kind": summary.kind,
        "aliases": list(summary.aliases),
        "mentions": summary.mentions,
        "documents": summary.documents,
        "statements": [quote_json(q) for q in summary.statements],
        "mentioned_in": [quote_json(q) for q in summary.mentioned_in],
        "related": [{"actor": r.name, "count": r.count} for r in summary.related],
    }


async def run_actor(settings: Settings, name: str, as_json: bool, out: TextIO, scope: Scope | None = None) -> int:
    """`docbot actor NAME`: refresh the index, then summarise the actor; an unknown name exits 1."""
    service = await open_service(settings, reading=True)
    try:
        await refresh_index(service, scope)
        summary = await service.actor(name, scope=scope)
        if summary is None:
            suggestions, none_found = await service.unknown_actor(name, scope)
            if none_found:
                warn_if_no_documents(service, settings, scope)
            line = without_markdown(format_unknown_actor(name, suggestions, none_found))
            raise CommandError(line + list_hint(suggestions, none_found, "docbot actors"), 1)
    finally:
        await service.close()
    if as_json:
        out.write(json_line(actor_json(summary)))
    else:
        out.write(without_markdown(format_actor(summary, limit=1_000_000)) + "\n")
    return 0


async def run_actors(settings: Settings, as_json: bool, out: TextIO, scope: Scope | None = None) -> int:
    """`docbot actors`: refresh the index, then list the actors."""
    service = await open_service(settings, reading=True)
    try:
        await refresh_index(service, scope)
        listing = await service.actors(scope)
        if not listing:
            warn_if_no_documents(service, settings, scope)
    finally:
        await service.close()
    if as_json:
        rows = [{"actor": a.name, "kind": a.kind, "mentions": a.mentions} for a in listing]
        out.write(json_line(rows))
    else:
        out.write(without_markdown(format_actors(listing, limit=1_000_000)) + "\n")
    return 0


def report_json(report: FeedbackReport) -> dict[str, object]:
    """A feedback report in the `docbot report --json` shape (times in seconds since the epoch, UTC)."""
    return {
        "guild": report.guild_id,
        "retention_days": report.retention_days,
        "since": report.since,
        "questions": report.questions,
        "votes": {"up": report.up, "down": report.down},
        "not_found_count": report.not_found_count,
        "not_found": [
            {"question": e.question, "times": e.times, "last_asked": e.last_asked, "guild": e.guild_id}
            for e in report.not_found
        ],
        "voted_down": [
            {
                "question": e.question,
                "asked_at": e.asked_at,
                "guild": e.guild_id,
                "up": e.up,
                "down": e.down,
                "document": e.document,
            }
            for e in report.voted_down
        ],
        "topics": [{"word": t.word, "questions": t.questions} for t in report.topics],
    }


async def _feedback_store(settings: Settings) -> Store:
    """The store holding the questions, which must exist: not created empty, where a mistyped path would report "0
    asked" as if nobody had asked anything."""
    if not settings.db_path.exists():
        raise CommandError(
            f"database {settings.db_path} does not exist (set --db or DB_PATH); `docbot run` records the questions",
            2,
        )
    try:
        return await Store.open(settings.db_path)  # brings the schema up to date: the feedback tables
    except StoreError as error:
        raise CommandError(str(error), 3) from None


async def _store_to_read(settings: Settings) -> tuple[Store, str | None]:
    """The feedback store opened to be written if it can be, else read-only (a read-only mount, a copy in a folder
    docbot may not write): with why it cannot be written then."""
    try:
        return await _feedback_store(settings), None
    except CommandError as error:
        if not settings.db_path.is_file():
            raise
        try:
            return await Store.open(settings.db_path, read_only=True), str(error)
        except StoreError:
            raise error from None


async def run_forget(settings: Settings, guild_id: int, as_json: bool, out: TextIO) -> int:
    """`docbot report --guild ID --forget`: delete every question asked in that server, and the votes on them."""
    store = await _feedback_store(settings)
    try:
        removed = await build_feedback(settings, store).forget(guild_id)
    except sqlite3.OperationalError as error:  # busy past the wait (a long reindex write), read-only: not corrupt
        raise CommandError(f"the questions could not be deleted now ({error}); nothing was deleted", 3) from None
    finally:
        await store.close()
    if as_json:
        out.write(json_line({"guild": guild_id, "deleted": removed}))
    else:
        out.write(f"Deleted {plural(removed, 'question')} of server {guild_id}, with their votes.\n")
    return 0


async def run_report(settings: Settings, guild_id: int | None, as_json: bool, out: TextIO) -> int:
    """`docbot report`: purge what is past QUESTION_RETENTION_DAYS, then report on what is kept (of one server, or
    every one)."""
    store, unwritable = await _store_to_read(settings)
    try:
        feedback = build_feedback(settings, store)
        if unwritable is None:
            try:
                with _warnings_left_out(logging.getLogger(FeedbackReport.__module__)):  # said below, in one line
                    await feedback.purge()
            except sqlite3.Error as error:
                unwritable = str(error)
        if unwritable is not None:
            # Reading needs no write: the report leaves out what is past the retention all the same.
            print(f"docbot: warning: old questions could not be deleted now ({unwritable}); reporting", file=sys.stderr)
        report = await feedback.report(guild_id)
    finally:
        await store.close()
    if as_json:
        out.write(json_line(report_json(report)))
    else:
        out.write(without_markdown("\n".join(feedback_pages(report, limit=1_000_000))) + "\n")
    return 0


def error_text(message: str) -> str:
    """A sentence written for a Discord member (`QuestionError`'s), as the tail of a `docbot: error:` line: its first
    letter in lower case, as every other error line has it."""
    return message[:1].lower() + message[1:]


@contextlib.contextmanager
def interrupted_at_once() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt at once within the block (run in the main thread). asyncio.run's own SIGINT
    handler only cancels its task, which waits for the event loop: a loop blocked reading a line waited for one."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers are set from the main thread only
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def stdin_questions(stream: TextIO, prompt: TextIO | None = None) -> Iterable[str]:
    """Non-blank lines of `stream`, one question each (a byte order mark opening it dropped); with `prompt` (a
    terminal), each asked for there first. Ctrl-C stops it at once while it is iterated (`interrupted_at_once`)."""
    if prompt is not None:
        prompt.write("Ask a question about the documents (an empty line or Ctrl-D ends):\n")
    first = True
    # Also while a question is answered between two reads: a Ctrl-C then would be held until the next line came.
    with interrupted_at_once():
        while True:
            if prompt is not None:
                prompt.write("? ")
                prompt.flush()
            line = stream.readline()
            if first:  # a file saved with a byte order mark (Notepad's): no part of the first question
                line, first = line.removeprefix("\ufeff"), False
            if not line or (prompt is not None and not line.strip()):
                return
            if line.strip():
                yield line.rstrip("\n")


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    """`docbot check`: one line per item; exit status 1 when any failed (usable as a container health check)."""
    loaded, settings = load_settings()
    results = [loaded]
    if settings is not None:
        results += run_checks(settings.with_overrides(**flag_paths(args)))
    for result in results:
        out.write(f"{result.status.upper():<4}  {result.item}: {result.detail}\n")
    return 0 if all(result.passed for result in results) else 1


def collection_scope(args: argparse.Namespace, docs_dir: Path) -> Scope | None:
    """The collections named by --collection (None without it: every document)."""
    names = getattr(args, "collection", None)
    if not names:
        return None
    # "beta/": the shell's Tab completes a folder's name with its slash
    names = [name.removesuffix("/") or name for name in names]
    bad = [name for name in names if not valid_collection(name)]
    if bad:
        raise CommandError(
            f"--collection {bad[0]!r} is not the name of a folder directly under the documents folder", 2
        )
    # A mistyped name would read as an empty index ("No document is indexed", "Not found"), exit 0.
    missing = missing_collections(docs_dir, names) if docs_dir.is_dir() else []
    if missing:
        raise CommandError(f"--collection {missing[0]!r}: there is no folder {missing[0]} in {docs_dir}", 2)
    return frozenset(names)


def dotenv_problems(path: str) -> list[str]:
    """What is wrong in the `.env` at `path`: a line that is no NAME=value (python-dotenv's own warning names neither
    the file nor the fix), and a name close to a setting's (DOCS_DIRR, docs_dir), a typo otherwise ignored without a
    word. Names of no resemblance are left alone: a `.env` may hold other programs' settings."""
    if not path:
        return []
    names = [setting.name for setting in SETTINGS]
    problems = []
    with open(path, encoding="utf-8") as stream:
        for binding in parse_stream(stream):
            line = binding.original.line
            if binding.error:
                problems.append(f"{path}, line {line}: not NAME=value, ignored")
                continue
            if binding.key is None or binding.key in names:
                continue
            close = difflib.get_close_matches(binding.key.upper(), names, n=1, cutoff=0.8)
            if close:
                problems.append(
                    f"{path}, line {line}: {binding.key} is no docbot setting (ignored); did you mean {close[0]}?"
                )
    return problems


def flag_paths(args: argparse.Namespace) -> dict[str, Path | None]:
    """--docs and --db as settings (None where not given; `report` has no --docs)."""
    # `--docs=~/notes` reaches docbot with its "~": the shell expands a tilde only at the start of a word.
    docs, db = (None if path is None else path.expanduser() for path in (getattr(args, "docs", None), args.db))
    return {"docs_dir": docs, "db_path": db}


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the environment (and `.env`), with the flags given on the command line on top."""
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        raise CommandError(str(error), 2) from None
    return settings.with_overrides(**flag_paths(args))


# The exit status of a command whose reader stopped reading (`docbot actors | head`): 128 + SIGPIPE, as the shell's
# own tools give.
BROKEN_PIPE_STATUS = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `docbot` console script."""
    try:
        return run_command(argv)
    except BrokenPipeError:
        # Not docbot's error: no traceback, and none either when Python flushes standard output at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return BROKEN_PIPE_STATUS


def run_command(argv: Sequence[str] | None) -> int:
    """The command `argv` names, run; its exit status."""
    # The only place .env is read; real environment variables win over it. usecwd: look in the working directory
    # (and up), not beside this installed module.
    dotenv = find_dotenv(usecwd=True)
    logging.getLogger("dotenv.main").setLevel(logging.ERROR)  # its parse warnings: dotenv_problems says them better
    try:
        load_dotenv(dotenv)
        problems = dotenv_problems(dotenv)
    except UnicodeDecodeError as error:  # a file saved in a legacy code page: once a traceback
        byte = error.object[error.start]
        print(
            f"docbot: error: {dotenv} is not UTF-8 text (byte {byte:#x} at position {error.start}); save it as UTF-8",
            file=sys.stderr,
        )
        return 2
    except OSError as error:
        print(f"docbot: error: {dotenv} cannot be read ({error.strerror})", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"docbot: warning: {problem}", file=sys.stderr)
    parser = build_parser()
    arguments = sys.argv[1:] if argv is None else argv
    if not arguments:  # `docbot` alone: what it can do, not "COMMAND is required"
        parser.print_help(sys.stderr)
        return 2
    parser.refuse_unknown_command(arguments)
    args, extras = parser.parse_known_args(argv)
    if extras:  # argparse's own line named no command and no fix ("unrecognized arguments: --tpo")
        parser.commands[args.command].unrecognized(extras)
    if args.command == "check":
        return run_check(args, sys.stdout)
    try:
        settings = settings_for(args)
        if args.command in DISCORD_COMMANDS:
            configure_logging(settings.log_level, settings.discord_token, settings.log_format)
        else:  # its warnings read as its own lines do (JSON still, for a log shipper that asked for it)
            log_format = COMMAND_LINE_FORMAT if settings.log_format == "text" else settings.log_format
            configure_logging("WARNING", settings.discord_token, log_format)
        if args.command == "index":
            return asyncio.run(run_index(settings, sys.stdout, args.allow_removal))
        if args.command == "ask":
            if args.top < 1:
                raise CommandError("--top must be at least 1", 2)
            if args.question and args.question != ["-"]:  # "-": standard input, as other Unix tools read it
                question = " ".join(args.question)
                if not question.strip():
                    if args.json:  # the shape an over-long question gets, which the service refuses
                        sys.stdout.write(json_line(question_error_json(question, EMPTY_QUESTION)))
                        return 2
                    raise CommandError(error_text(EMPTY_QUESTION), 2)
                questions: Iterable[str] = [question]
            else:
                questions = stdin_questions(sys.stdin, sys.stderr if sys.stdin.isatty() else None)
            return asyncio.run(
                run_ask(settings, questions, args.top, args.json, sys.stdout, collection_scope(args, settings.docs_dir))
            )
        if args.command == "sources":
            scope = collection_scope(args, settings.docs_dir)
            return asyncio.run(run_sources(settings, sys.stdout, scope, args.json, args.filter))
        if args.command == "actor":
            name = " ".join(args.name).strip()
            if not name:
                raise CommandError(error_text(EMPTY_ACTOR_NAME), 2)
            return asyncio.run(
                run_actor(settings, name, args.json, sys.stdout, collection_scope(args, settings.docs_dir))
            )
        if args.command == "actors":
            return asyncio.run(run_actors(settings, args.json, sys.stdout, collection_scope(args, settings.docs_dir)))
        if args.command == "report":
            if args.forget:
                if args.guild is None:
                    raise CommandError("--forget needs --guild ID: the server whose questions to delete", 2)
                return asyncio.run(run_forget(settings, args.guild, args.json, sys.stdout))
            return asyncio.run(run_report(settings, args.guild, args.json, sys.stdout))
        if args.command in DISCORD_COMMANDS:
            from bot.__main__ import run_bot, sync_commands  # discord is imported only by the commands that use it

            return run_bot(settings) if args.command == "run" else sync_commands(settings)
    except CommandError as error:
        print(error_line(str(error), error.status, args.command == "run"), file=sys.stderr)
        return error.status
    except sqlite3.DatabaseError as error:  # a database damaged past its first pages: found by the first query
        print(error_line(str(store_error(settings.db_path, error)), 3, args.command == "run"), file=sys.stderr)
        return 3
    except (StoreError, TantivyIndexError, RemovalRefused) as error:  # a write refused after opening, say
        print(error_line(with_remedy(error), 3, args.command == "run"), file=sys.stderr)
        return 3
    except KeyboardInterrupt:  # told_if_interrupted said what became of an index being refreshed
        return 130
    raise AssertionError(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
