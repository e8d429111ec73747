"""Soak test: does one docbot process stay flat over many questions, votes and reindexes ("for months unattended")?

    .venv/bin/python bench/soak.py [--questions 3000] [--reindexes 100] [--reranker auto] [--engine auto]
                                   [--samples 10] [--roll-forward-seconds S]
                                   [--life-questions 20000 --guilds 20 --life-reindexes 200 --restarts 4 --churn 10]

1. Questions: the real bot (serving, background vectors on) against the fake Discord of tests/discord/, asked
   `questions` /ask one after the other (cooldown off) over squad-small's documents and the seeds: squad-small's
   questions, every other one made unique with two words of its own (as real questions are), and a 👍 or 👎 click on
   every third answer by one of 50 members.
2. Reindexes: `reindexes` in a row through the service (as `docbot index` or /reindex runs them, vectors computed
   after each) of a folder whose files change every round: one edited, one added, one removed (a few kept), then a
   question.
3. A life (`--life-questions`, skipped by default): the bot over many servers, with mentions, edits, deletions,
   votes, /reindex, /report, servers removed and invited, and restarts on the same database; feedback's clock runs
   `--days` simulated days, so the questions kept level off at QUESTION_RETENTION_DAYS (`life_run`). Adds asyncio
   tasks, files beside the database and the rows of every table to the samples. 20,000 questions: ~55 minutes on two
   busy cores.

Sampled every 1/`samples` of each run: resident memory (VmRSS), open file descriptors, threads, the database and
its WAL, its free pages, the search-index files beside it (tantivy), stray files in a private TMPDIR, and log lines
at INFO (counted by a handler on the root logger, as the bot's own logging would write them). Prints a table per run.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
# ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))

SQUAD = ROOT / "bench" / "data" / "squad-small"


class LineCounter(logging.Handler):
    """Counts the log lines (and their bytes, formatted as the bot's text format would be) at INFO and above."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines = 0
        self.bytes = 0
        self.by_logger: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.lines += 1
        self.bytes += len(record.getMessage()) + 60  # the timestamp, level, name and request id around it
        self.by_logger[record.name] = self.by_logger.get(record.name, 0) + 1


def status(field: str) -> int:
    """A number from /proc/self/status (VmRSS in kB, Threads)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return -1


def files_below(folder: Path) -> tuple[int, int]:
    """How many files below `folder`, and their bytes."""
    count = size = 0
    for path in folder.rglob("*"):
        if path.is_file():
            count += 1
            size += path.stat().st_size
    return count, size


def free_pages(db: Path) -> tuple[int, int]:
    """The database's page count and free-list length (read-only, outside the bot's own connections)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    connection.close()
    return pages, free


class Sampler:
    """One row of figures per sample."""

    def __init__(self, db: Path, tmp: Path, logs: LineCounter, views: Callable[[], int] | None = None) -> None:
        self.db, self.tmp, self.logs, self.views = db, tmp, logs, views
        self.rows: list[dict[str, Any]] = []

    def sample(self, done: int) -> None:
        wal = self.db.with_name(self.db.name + "-wal")
        pages, free = free_pages(self.db)
        side = [p for p in self.db.parent.iterdir() if p.is_dir()]  # tantivy's index folders beside the database
        index_files = index_bytes = 0
        for folder in side:
            count, size = files_below(folder)
            index_files, index_bytes = index_files + count, index_bytes + size
        self.rows.append(
            {
                "done": done,
                "rss MB": status("VmRSS") / 1024,
                "fds": len(os.listdir("/proc/self/fd")),
                "threads": status("Threads"),
                "db KB": self.db.stat().st_size / 1024,
                "wal KB": (wal.stat().st_size if wal.exists() else 0) / 1024,
                "free pages": f"{free}/{pages}",
                "index files": index_files,
                "index KB": index_bytes / 1024,
                "tmp files": files_below(self.tmp)[0],
                "log lines": self.logs.lines,
                "log KB": self.logs.bytes / 1024,
            }
        )
        if self.views is not None:  # answers whose buttons discord.py keeps until their timeout (VIEW_TIMEOUT)
            self.rows[-1]["live views"] = self.views()

    def print(self, title: str, unit: str) -> None:
        print(f"## {title}\n")
        columns = list(self.rows[0])
        print("| " + " | ".join(unit if c == "done" else c for c in columns) + " |")
        print("|" + "---|" * len(columns))
        for row in self.rows:
            print("| " + " | ".join(f"{v:.1f}" if isinstance(v, float) else str(v) for v in row.values()) + " |")
        first, last = self.rows[1] if len(self.rows) > 1 else self.rows[0], self.rows[-1]
        runs = max(1, last["done"] - first["done"])
        lines = (last["log lines"] - first["log lines"]) / runs
        print(f"\nLog lines per one of the {unit} after the first sample: {lines:.2f}\n")


def questions() -> list[str]:
    return [json.loads(line)["q"] for line in (SQUAD / "qa.jsonl").read_text().splitlines() if line.strip()]


def unique(question: str, n: int, words: list[str]) -> str:
    """The question with two words of its own, so no two questions are alike (caches keyed by question see many)."""
    rng = random.Random(n)
    return f"{question.rstrip('?')} {rng.choice(words)} {rng.choice(words)}?"


async def question_run(
    count: int, samples: int, reranker: Any, engine: str, work: Path, logs: LineCounter, tmp: Path
) -> Sampler:
    from bench.load import _live_views
    from bot.client import DocBot
    from bot.settings import Settings
    from bot.wiring import build_service
    from retrieval.store.database import Store
    from tests.discord.fake_discord import FakeDiscord
    from tests.discord.harness import running
    from tests.discord.test_feedback import vote_buttons

    docs = work / "docs"
    shutil.copytree(SQUAD / "docs", docs)
    shutil.copytree(ROOT / "seeds", docs / "seeds")
    db = work / "db" / "docbot.sqlite3"
    db.parent.mkdir()
    pool = questions()
    words = sorted({w for w in (docs / "normans.txt").read_text().split() if w.isalpha() and len(w) > 4})
    sampler = Sampler(db, tmp, logs)
    async with FakeDiscord(heartbeat_interval_ms=1000) as fake:
        config = Settings(docs_dir=docs, db_path=db, discord_token=fake.token, reindex_cooldown_seconds=0.0)
        config = config.with_overrides(cooldown_questions=0, engine=engine)
        store = await Store.open(db)
        try:
            service = build_service(config, store, reranker, serving=True)
            async with running(DocBot(service, config), fake) as bot:
                await asyncio.wait_for(bot.index_ready.wait(), 60)
                await service.neighbours_loaded()
                sampler.views = partial(_live_views, bot)
                users = [
                    {
                        "id": str(1_400_000_000_000_000_000 + n),
                        "username": f"m{n}",
                        "discriminator": "0",
                        "avatar": None,
                    }
                    for n in range(50)
                ]
                every = max(1, count // samples)
                for n in range(count + 1):
                    if n % every == 0:
                        fake.forget_recorded()
                        gc.collect()
                        sampler.sample(n)
                    if n == count:
                        break
                    question = pool[n % len(pool)] if n % 2 else unique(pool[n % len(pool)], n, words)
                    iid = await fake.send_slash_command("ask", {"question": question}, user=users[n % 50])
                    answer = await fake.wait_for_response(iid, timeout=60)
                    votes = vote_buttons(answer.components)
                    if votes and n % 3 == 0:
                        voter = users[(n * 7) % 50]
                        click = await fake.send_component_click(votes["👍" if n % 2 else "👎"], user=voter)
                        await fake.wait_for_response(click, timeout=60)
        finally:
            await store.close()
    return sampler


def change_folder(docs: Path, source: list[str], n: int) -> None:
    """Round `n`'s changes: edit one file, add one, remove the oldest added one beyond five."""
    rng = random.Random(n)
    edited = docs / "edited.txt"
    paragraphs = rng.sample(source, 6)
    edited.write_text("Edited notes\n\n" + "\n\n".join(paragraphs) + f"\n\nRevision {n} of the notes.\n")
    (docs / f"added_{n:05d}.txt").write_text(f"Added note {n}\n\n" + "\n\n".join(rng.sample(source, 4)) + "\n")
    added = sorted(docs.glob("added_*.txt"))
    for old in added[:-5]:
        old.unlink()


async def reindex_run(
    count: int, samples: int, reranker: Any, engine: str, work: Path, logs: LineCounter, tmp: Path
) -> Sampler:
    from bot.settings import Settings
    from bot.wiring import build_service
    from retrieval.store.database import Store

    docs = work / "docs"
    shutil.copytree(SQUAD / "docs", docs)
    source = [p for f in sorted(docs.glob("*.txt")) for p in f.read_text().split("\n\n") if len(p) > 200]
    db = work / "db" / "docbot.sqlite3"
    db.parent.mkdir()
    sampler = Sampler(db, tmp, logs)
    config = Settings(docs_dir=docs, db_path=db, discord_token="", reindex_cooldown_seconds=0.0)
    config = config.with_overrides(engine=engine)
    store = await Store.open(db)
    try:
        service = build_service(config, store, reranker)
        every = max(1, count // samples)
        pool = questions()
        for n in range(count + 1):
            if n and (n % every == 0 or n == count):
                gc.collect()
                sampler.sample(n)
            if n == count:
                break
            change_folder(docs, source, n)
            await service.reindex(allow_removal=True)
            await service.embed_missing()
            await service.ask(pool[n % len(pool)])
        await service.close()
    finally:
        await store.close()
    return sampler


def table_rows(db: Path) -> dict[str, int]:
    """Rows in every table of the database (read-only, outside the bot's own connections)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        counts = {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}
    connection.close()
    return counts


class LifeSampler(Sampler):
    """`Sampler`, plus the asyncio tasks alive, the files beside the database and the rows of every table."""

    def __init__(self, db: Path, tmp: Path, logs: LineCounter) -> None:
        super().__init__(db, tmp, logs)
        self.tables: list[dict[str, int]] = []
        self.task_kinds: list[dict[str, int]] = []

    def sample(self, done: int) -> None:
        super().sample(done)
        row = self.rows[-1]
        tasks = asyncio.all_tasks()
        row["tasks"] = len(tasks)
        kinds: dict[str, int] = {}
        for task in tasks:
            code = getattr(task.get_coro(), "__qualname__", "?")
            kinds[code] = kinds.get(code, 0) + 1
        self.task_kinds.append(kinds)
        row["files beside db"] = sum(1 for p in self.db.parent.iterdir() if p.is_file())
        self.tables.append(table_rows(self.db))
        # Progress on standard error: a life takes most of an hour on two shared cores.
        print(f"  sampled at {done}: " + ", ".join(f"{k} {v}" for k, v in row.items()), file=sys.stderr, flush=True)

    def print_tables(self) -> None:
        names = sorted({name for counts in self.tables for name in counts if any(c.get(name) for c in self.tables)})
        print("Rows per table (tables empty throughout left out):\n")
        print("| questions done | " + " | ".join(names) + " |")
        print("|" + "---|" * (len(names) + 1))
        for row, counts in zip(self.rows, self.tables, strict=True):
            print(f"| {row['done']} | " + " | ".join(str(counts.get(name, 0)) for name in names) + " |")
        print()
        last = sorted(self.task_kinds[-1].items(), key=lambda item: -item[1])[:5]
        print("Tasks alive at the last sample, by coroutine: " + ", ".join(f"{k} {v}" for k, v in last) + "\n")


async def reindex_reply(fake: Any, interaction_id: int, timeout: float = 300.0) -> str:
    """The last reply to a /reindex: its report, or why it did not start (not its progress lines, "Reindexing…")."""
    record = fake.interactions[interaction_id]
    for _ in range(int(timeout / 0.05)):
        texts = [r.content for r in record.responses if r.content]
        if texts and not texts[-1].startswith("Reindexing"):
            return str(texts[-1])
        await asyncio.sleep(0.05)
    raise TimeoutError(f"no report of /reindex in {timeout:g} s")


GUILD_BASE = 1_310_000_000_000_000_000  # the life run's servers: GUILD_BASE + 1000 * n, channels + 1 and + 2


def life_guild(n: int) -> tuple[int, list[int]]:
    guild = GUILD_BASE + 1000 * n
    return guild, [guild + 1, guild + 2]


async def life_run(
    count: int,
    samples: int,
    reranker: Any,
    engine: str,
    work: Path,
    logs: LineCounter,
    tmp: Path,
    *,
    guilds: int = 20,
    reindexes: int = 200,
    restarts: int = 4,
    churn: int = 10,
    days: float = 120.0,
) -> LifeSampler:
    """A long life compressed: `count` questions over `guilds` servers (by /ask, by mentions, some edited, some deleted;
    a vote on every third), `reindexes` /reindex of a changing folder, /report now and then (and /report forget), a
    server removed and another invited `churn` times, the bot restarted `restarts` times on the same database. The
    questions' clock (feedback's) runs `days` over the run, and the daily purge runs once per simulated day, as the
    bot's 24-hour loop would."""
    from bot.client import DocBot
    from bot.settings import Settings
    from bot.wiring import build_service
    from retrieval.feedback import SECONDS_PER_DAY, Feedback
    from retrieval.store.database import Store
    from tests.discord.fake_discord import FakeDiscord
    from tests.discord.harness import running
    from tests.discord.test_bot import buttons
    from tests.discord.test_feedback import vote_buttons

    docs = work / "docs"
    shutil.copytree(SQUAD / "docs", docs)
    shutil.copytree(ROOT / "seeds", docs / "seeds")
    source = [p for f in sorted(SQUAD.glob("docs/*.txt")) for p in f.read_text().split("\n\n") if len(p) > 200]
    db = work / "db" / "docbot.sqlite3"
    db.parent.mkdir()
    pool = questions()
    words = sorted({w for w in (docs / "normans.txt").read_text().split() if w.isalpha() and len(w) > 4})
    sampler = LifeSampler(db, tmp, logs)
    rng = random.Random(25)
    started = 1_700_000_000.0
    step = days * SECONDS_PER_DAY / max(1, count)
    now = [started]  # feedback's clock: simulated time

    def clock() -> float:
        return now[0]

    users = [
        {"id": str(1_400_000_000_000_000_000 + n), "username": f"m{n}", "discriminator": "0", "avatar": None}
        for n in range(200)
    ]
    every = max(1, count // samples)
    reindex_every = max(1, count // max(1, reindexes)) if reindexes else 0
    restart_every = count // (restarts + 1) if restarts else 0
    churn_every = count // churn if churn else 0
    next_guild = guilds
    async with FakeDiscord(heartbeat_interval_ms=1000) as fake:
        joined: list[int] = []
        for n in range(guilds):
            guild, channels = life_guild(n)
            await fake.add_guild(guild, f"server {n}", channels)
            joined.append(guild)
        config = Settings(docs_dir=docs, db_path=db, discord_token=fake.token, reindex_cooldown_seconds=0.0)
        config = config.with_overrides(cooldown_questions=0, engine=engine)
        n = 0
        day = 0
        lives = 0
        while n <= count:
            store = await Store.open(db)
            try:
                service = build_service(config, store, reranker, serving=True)
                feedback = Feedback(db, config.question_retention_days, clock=clock)
                async with running(DocBot(service, config, feedback=feedback), fake) as bot:
                    await asyncio.wait_for(bot.index_ready.wait(), 120)
                    assert bot.user is not None
                    bot_id = bot.user.id
                    lives += 1
                    while n <= count:
                        if n % every == 0 and (not sampler.rows or sampler.rows[-1]["done"] != n):
                            fake.forget_recorded()
                            gc.collect()
                            sampler.sample(n)
                        if n == count:
                            n += 1
                            break
                        now[0] = started + n * step
                        if int((now[0] - started) // SECONDS_PER_DAY) > day:  # the daily purge
                            day = int((now[0] - started) // SECONDS_PER_DAY)
                            await bot.feedback.purge()
                        guild = rng.choice(joined)
                        channel = guild + 1 + (n % 2)
                        user = users[rng.randrange(len(users))]
                        base = pool[n % len(pool)]
                        question = base if n % 2 else unique(base, n, words)
                        if n % 5 == 4:  # a mention in a channel: some edited, a few deleted
                            asked = await fake.send_message(f"<@{bot_id}> {question}", channel_id=channel, author=user)
                            reply = await fake.wait_for_channel_message(channel, timeout=60)
                            if n % 15 == 4:
                                again = unique(pool[(n + 7) % len(pool)], n + 1, words)
                                await fake.edit_user_message(asked, f"<@{bot_id}> {again}")
                                for _ in range(3000):
                                    if reply.edits:
                                        break
                                    await asyncio.sleep(0.01)
                            elif n % 25 == 9:
                                await fake.delete_user_message(asked)
                            components = reply.components
                        else:
                            iid = await fake.send_slash_command(
                                "ask", {"question": question}, user=user, channel_id=channel
                            )
                            components = (await fake.wait_for_response(iid, timeout=60)).components
                        votes = vote_buttons(components)
                        if votes and n % 3 == 0:
                            voter = users[rng.randrange(len(users))]
                            click = await fake.send_component_click(votes["👍" if n % 2 else "👎"], user=voter)
                            await fake.wait_for_response(click, timeout=60)
                        if n % 400 == 200:  # an admin reads the report; now and then wipes the server's questions
                            where = rng.choice(joined) + 1
                            forget = n % 4000 == 200
                            options = {"forget": True} if forget else {}
                            iid = await fake.send_slash_command(
                                "report", options, user=fake.admin_user, channel_id=where
                            )
                            shown = await fake.wait_for_response(iid, timeout=60)
                            if forget:
                                confirm = str(buttons(shown.components)["Forget them"]["custom_id"])
                                click = await fake.send_component_click(confirm, user=fake.admin_user)
                                await fake.wait_for_response(click, timeout=60)
                        if reindex_every and n % reindex_every == reindex_every - 1:
                            change_folder(docs, source, n)
                            where = rng.choice(joined) + 1
                            iid = await fake.send_slash_command("reindex", {}, user=fake.admin_user, channel_id=where)
                            text = await reindex_reply(fake, iid)
                            if "Reindex done" not in text:
                                print(f"reindex {n}: {text[:200]}")
                        if churn_every and n % churn_every == churn_every - 1 and len(joined) > 1:
                            gone = joined.pop(rng.randrange(len(joined)))  # removed by its members
                            await fake.remove_bot(gone)
                            guild, channels = life_guild(next_guild)  # another server invites docbot
                            next_guild += 1
                            await fake.add_guild(guild, f"server {next_guild}", channels)
                            joined.append(guild)
                        n += 1
                        if restart_every and n % restart_every == 0 and n < count:
                            break  # restarted: the same database, a new store, service and bot
                    await service.close()
            finally:
                await store.close()
                gc.unfreeze()
    print(f"(the bot ran {lives} times; {day} simulated days; servers removed {next_guild - guilds})\n")
    return sampler


async def main_async(args: argparse.Namespace, reranker: Any) -> None:
    from retrieval import service

    if args.roll_forward_seconds is not None:
        service.ROLL_FORWARD_SECONDS = args.roll_forward_seconds
    logs = LineCounter()
    logging.getLogger().addHandler(logs)
    logging.getLogger().setLevel(logging.INFO)
    roll = service.ROLL_FORWARD_SECONDS
    in_use = "none" if reranker is None else "minilm"
    print(
        f"docbot soak: reranker {args.reranker} (in use: {in_use}), engine {args.engine}, read transaction moved every"
        f" {roll:g} s, {args.samples} samples a run\n"
    )
    runs: list[tuple[str, str, int, Callable[..., Any]]] = [
        (
            "Questions through the bot and the fake Discord (votes on every third)",
            "questions",
            args.questions,
            question_run,
        ),
        (
            "Reindexes in a row of a changing folder (one edited, one added, one removed)",
            "reindexes",
            args.reindexes,
            reindex_run,
        ),
    ]
    life = partial(
        life_run,
        guilds=args.guilds,
        reindexes=args.life_reindexes,
        restarts=args.restarts,
        churn=args.churn,
        days=args.days,
    )
    runs.append(
        (
            f"A life: {args.life_questions:,} questions over {args.guilds} servers, {args.life_reindexes} /reindex,"
            f" {args.restarts} restarts, {args.churn} servers removed and others invited, {args.days:g} days",
            "questions",
            args.life_questions,
            life,
        )
    )
    for title, unit, count, run in runs:
        if not count:
            continue
        work = Path(tempfile.mkdtemp(prefix="docbot-soak-", dir=args.work_root))
        try:
            sampler = await run(count, args.samples, reranker, args.engine, work, logs, Path(tempfile.gettempdir()))
            sampler.print(title, unit)
            if isinstance(sampler, LifeSampler):
                sampler.print_tables()
            top = sorted(logs.by_logger.items(), key=lambda item: -item[1])[:5]
            print("Busiest loggers so far: " + ", ".join(f"{name} {lines}" for name, lines in top) + "\n")
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _count(text: str) -> int:
    """A number of things to do: 0 or more."""
    if not text.strip().isdecimal():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return int(text)


def _positive(text: str) -> int:
    """A number of things there must be some of: 1 or more (0 samples or servers ended in a traceback)."""
    if _count(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _above_zero(text: str, unit: str) -> float:
    """A finite number above 0 of `unit` (0, negative, nan and inf ended in a traceback or a run that never ends)."""
    try:
        number = float(text)
    except ValueError:
        number = 0.0
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of {unit} above 0")
    return number


def _days(text: str) -> float:
    return _above_zero(text, "days")


def _seconds(text: str) -> float:
    return _above_zero(text, "seconds")


def main(argv: Sequence[str] | None = None) -> int:
    from retrieval.answer.semantic import RerankerUnavailable, load_reranker

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="Run it niced: nice -n 10 ...")
    parser.add_argument("--questions", type=_count, default=3000, help="questions through the bot (0: skipped)")
    parser.add_argument("--reindexes", type=_count, default=100, help="reindexes in a row (0: skipped)")
    parser.add_argument("--life-questions", type=_count, default=0, help="questions of the life run (0: skipped)")
    parser.add_argument("--guilds", type=_positive, default=20, help="servers of the life run")
    parser.add_argument("--life-reindexes", type=_count, default=200, help="/reindex in the life run")
    parser.add_argument("--restarts", type=_count, default=4, help="restarts of the bot in the life run")
    parser.add_argument("--churn", type=_count, default=10, help="servers removed (and others invited) in the life run")
    parser.add_argument("--days", type=_days, default=120.0, help="simulated days the life run's questions span")
    parser.add_argument("--reranker", choices=["auto", "none", "minilm"], default="auto", help="RERANKER")
    parser.add_argument("--engine", choices=["auto", "rank-bm25", "tantivy"], default="auto", help="ENGINE")
    parser.add_argument("--samples", type=_positive, default=10, help="rows per table")
    parser.add_argument(
        "--roll-forward-seconds",
        type=_seconds,
        default=None,
        help="ROLL_FORWARD_SECONDS for this run (default: docbot's). The soak asks in minutes what a server is asked "
        "in weeks: a shorter period gives the on-disk engine's read transaction the same number of questions "
        "between two moves as in service",
    )
    args = parser.parse_args(argv)
    try:
        reranker = load_reranker(args.reranker)
    except RerankerUnavailable as error:
        print(f"soak: {error}", file=sys.stderr)
        return 2
    args.work_root = Path(tempfile.mkdtemp(prefix="docbot-soak-"))  # outside the TMPDIR below
    # A private TMPDIR, so the stray temporary files counted are this process's own.
    private = Path(tempfile.mkdtemp(prefix="docbot-soak-tmp-"))
    os.environ["TMPDIR"] = str(private)
    tempfile.tempdir = None
    try:
        asyncio.run(main_async(args, reranker))
    finally:
        left = sorted(str(p.relative_to(private)) for p in private.rglob("*"))
        print(f"Files left in the private TMPDIR at exit: {len(left)} {left[:5]}")
        shutil.rmtree(private, ignore_errors=True)
        shutil.rmtree(args.work_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
