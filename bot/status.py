"""/status: docbot's health as a server's admins may see it, of that server's collections only.

The checks are `docbot check`'s (bot/health.py), limited to the server's collections, with the last reindex the store
records (the bot's or a `docbot index` run's); what only the running bot knows (the reindex running, the folder
watches, the reranker loaded) comes from the service and the client.
Everything that touches the disk runs in a worker: the documents folder in a daemon thread given up after
FOLDER_LOOK_SECONDS (a share that hangs must hold neither the reply nor a stop).
"""

from __future__ import annotations

import asyncio
import datetime
import sqlite3
from collections.abc import Sequence

from bot.format import plural
from bot.health import (
    UNREADABLE,
    check_documents_of,
    covered,
    cut_off_line,
    reindex_done,
    reindex_when,
    stale_documents,
    versions,
)
from bot.progress import reindex_line, rough_duration
from bot.settings import Settings
from retrieval.models import KEPT_LINE_CHARS, ReindexOutcome, clip
from retrieval.scope import Scope
from retrieval.service import AnswerService
from retrieval.store import integrity
from retrieval.times import shown_time
from retrieval.workers import in_daemon_thread

# How long /status waits for a look at the documents folder (its top level and the server's collection folders).
FOLDER_LOOK_SECONDS = 5.0
# At most this many of a reindex's problem lines are listed (each as the store keeps it: KEPT_LINE_CHARS).
PROBLEMS_SHOWN = 5
# /status calls the recorded quick_check due past this age. Each start and each `docbot check` runs one (the container
# every 5 minutes: deploy/compose.yaml), but a bot run by systemd for months checks only as it starts. A week: a page
# gone bad is found while the daily backups of the week before (docs/deploy.md, Backups) still hold a good copy.
INTEGRITY_DUE_AFTER = datetime.timedelta(days=7)


def index_line(service: AnswerService, scope: Scope | None) -> str:
    """The documents and sentences serving for the server, or why none serve yet."""
    if not service.ready:
        return "**Index:** none serving yet (" + ("starting up" if service.loading else "still indexing") + ")."
    documents = service.sources(scope)
    sentences = sum(document.sentence_count for document in documents)
    return f"**Index:** {plural(len(documents), 'document')}, {sentences:,} sentences indexed."


async def last_reindex_lines(service: AnswerService, scope: Scope | None) -> list[str]:
    """When the latest reindex of the server's collections ran and how it ended, with the problems of those only;
    then any reindex of them a stop cut off since."""
    try:
        outcome = await service.last_reindex(scope)
        cuts = await service.cut_off_reindexes(scope)
    except sqlite3.Error as error:
        return [f"**Last reindex:** {UNREADABLE.format(error=error)}."]
    return reindex_outcome_lines(outcome, scope) + [f"**Not finished:** {cut_off_line(cut)}." for cut in cuts]


def reindex_outcome_lines(outcome: ReindexOutcome | None, scope: Scope | None) -> list[str]:
    """/status's "Last reindex" lines of `outcome`, as the store gives it for `scope`."""
    if outcome is None:
        return ["**Last reindex:** none recorded."]
    when = reindex_when(outcome)
    if outcome.failure:
        return [f"**Last reindex:** {when}: **{outcome.failure}**{_failure_detail(outcome, scope)}"]
    counts = outcome.counts
    if not counts.problems:
        return [f"**Last reindex:** {when}: {reindex_done(counts)}."]
    lines = [f"**Last reindex:** {when}: {reindex_done(counts)}:"]
    lines += [f"- {problem}" for problem in counts.problems[:PROBLEMS_SHOWN]]
    if len(counts.problems) > PROBLEMS_SHOWN:
        lines.append(f"- and {len(counts.problems) - PROBLEMS_SHOWN} more (`/reindex` lists them)")
    return lines


def _failure_detail(outcome: ReindexOutcome, scope: Scope | None) -> str:
    # A failure's line may name what it read (paths, the whole index's counts): shown where that was this server's.
    if scope is None or (outcome.scope is not None and outcome.scope <= scope):
        return f": {outcome.error}"
    return " (docbot's log says why)"


def running_line(service: AnswerService, scope: Scope | None) -> str:
    """Whether a reindex runs now and, when it reads only what the server may see, how far it is."""
    running = service.running_reindex()
    if running is None:
        return "**Reindex running:** no."
    reading, elapsed, progress = running
    if scope is None or (reading is not None and reading <= scope):
        return f"**Reindex running:** {reindex_line(progress, elapsed, service.waiting_for_writer)}"
    if reading is not None and not reading & scope:
        return "**Reindex running:** another server's (a `/reindex` here waits for it to end)."
    return f"**Reindex running:** of {covered(reading)}, {elapsed:.0f} s elapsed."


async def embeddings_line(service: AnswerService, scope: Scope | None) -> str:
    """The sentence vectors of the server's collections: complete, or done of all."""
    try:
        state = await service.embeddings_of(scope)
    except sqlite3.Error as error:
        return f"**Embeddings:** {UNREADABLE.format(error=error)}."
    if state is None:
        return "**Embeddings:** none (no reranker)."
    if state.complete:
        return f"**Embeddings:** complete ({state.total:,} sentences)."
    going = ", being computed" if service.embedding else ""
    return f"**Embeddings:** {state.done:,} of {state.total:,} sentences{going}."


async def folder_lines(settings: Settings, scope: Scope | None, watched: Sequence[Scope | None]) -> list[str]:
    """The documents folder (the server's collection folders), the watches waiting for it, and the collections kept
    stale (lost at an upgrade)."""
    looking = in_daemon_thread(lambda: check_documents_of(settings.docs_dir, scope), "docbot-status-look")
    try:
        result = await asyncio.wait_for(looking, FOLDER_LOOK_SECONDS)
        folder = f"{result.status}: {result.detail}"
    except TimeoutError:
        folder = f"warn: {settings.docs_dir} did not answer in {FOLDER_LOOK_SECONDS:.0f} s (a share that hangs?)"
    lines = [f"**Documents folder:** {folder}"]
    if watched:
        waiting = "; ".join(covered(name) if name is not None else "the whole folder" for name in watched)
        lines.append(f"**Watched** (lost or not there; reindexed once back): {waiting}.")
    stale = await asyncio.to_thread(stale_documents, settings.db_path, scope)
    kept = stale if stale is not None else "no collection kept as an earlier docbot read it"
    lines.append(f"**Stale:** {kept}.")
    return lines


async def integrity_line(settings: Settings) -> str:
    """The database's last quick_check (`docbot check` and docbot's start run it: it reads the whole file, too long
    for a command on a large database), with its time and age: due past INTEGRITY_DUE_AFTER."""
    try:
        check = await asyncio.to_thread(integrity.last, settings.db_path)
    except sqlite3.Error as error:
        return f"**Integrity:** {UNREADABLE.format(error=error)}."
    if check is None:
        return "**Integrity:** not checked yet (`docbot check` runs SQLite's quick_check)."
    try:
        age = datetime.datetime.now(datetime.UTC) - datetime.datetime.fromisoformat(check.at)
    except (ValueError, TypeError):  # a time not understood (or without its zone): its age unknown, never due
        age = datetime.timedelta()
    when = f"quick_check at {shown_time(check.at)}, {check.seconds:.1f} s, {rough_duration(age.total_seconds())} ago"
    if check.result != "ok":
        problem = clip(check.result, KEPT_LINE_CHARS)
        return f"**Integrity:** **corrupt** ({when}): {problem}; `docbot check` says what to do."
    if age > INTEGRITY_DUE_AFTER:
        due = rough_duration(INTEGRITY_DUE_AFTER.total_seconds())
        return f"**Integrity:** ok ({when}), but a check is **due** (every {due}): run `docbot check`."
    return f"**Integrity:** ok ({when}; `docbot check` runs it again)."


def answering_line(service: AnswerService) -> str:
    """Lexical search alone, or reordered by the reranker."""
    engine, model = service.answering()
    if model is None:
        return f"**Answering:** lexical ({engine}), no reranker."
    return f"**Answering:** lexical ({engine}), reordered by the reranker {model}."


async def server_status(
    service: AnswerService, settings: Settings, scope: Scope | None, watched: Sequence[Scope | None]
) -> str:
    """The /status reply for a server that sees the collections in `scope` (None: every document); `watched`: the
    folder watches waiting for any of them."""
    lines = [f"**docbot status** for this server ({covered(scope)})", index_line(service, scope)]
    lines += await last_reindex_lines(service, scope)
    lines.append(running_line(service, scope))
    lines.append(await embeddings_line(service, scope))
    lines += await folder_lines(settings, scope, watched)
    lines.append(await integrity_line(settings))
    lines.append(answering_line(service))
    lines.append(f"**Version:** {versions()}.")
    return "\n".join(lines)
