"""Load on the real bot through a fake Discord (issue 6): a burst from many members, then a long run for memory.

    .venv/bin/python bench/load.py [--docs seeds] [--users 50] [--per-user 4] [--in-flight 50] [--long 10000]
                                   [--reranker minilm]
                                   [--scale-sentences 1000000 --scale-actors 50000 --work DIR]

1. Burst: `users` members ask `per-user` questions each (3 of 4 by /ask, 1 of 4 by mentioning the bot), `in-flight` at
   a time, with the default cooldown (COOLDOWN_QUESTIONS=3 per COOLDOWN_SECONDS=30). Every question must get a reply:
   an answer, or the cooldown notice for the questions over a member's allowance, whose number is known in advance.
   Reported: replies by kind against the expected counts, p50/p95/max from dispatch to reply, the largest event-loop
   lag (a 5 ms timer's worst delay) and heartbeats missed.
2. Long run: `long` questions one after the other (cooldown off), the process's resident memory (VmRSS) sampled along
   the way. The fake's own records of what it received are trimmed as it goes: they are the test harness's memory,
   not the bot's.
3. Loop stalls at scale (`--scale-sentences 1000000 --scale-actors 50000`; skipped at 0): a folder of generated
   documents (bench/scale.py's generator, needs the bench extra) indexed once, then that many synthetic actors
   (random names, 3 mentions each, a third with an alias) written straight into the actor tables and marked current
   (the actor pass over a million sentences takes minutes; bench/actors.py times it). Then the bot starts on it
   and each phase runs with a 5 ms timer watching the loop: start-up until ready, start-up's reindex until frozen,
   /ask, /actor autocomplete, /actor, Context clicks, /sources, /actors, and /reindex after one document changed
   (its actor pass switched off: the synthetic actors would be replaced; the actor directory is read again, as after
   a pass). Reported: the worst loop stall per phase (target <= 50 ms); the full garbage collections of each phase
   (how long, on which thread) and what one would walk at its end (the tracked objects not frozen, by type, and how
   many the fake Discord's records hold: a bot talking to Discord has not those); one full collection's CPU time on
   the loop's thread after the last phase; RSS. The fake Discord runs on the same loop (its own work counts in the
   stall). `--reuse-setup` keeps the indexed set-up in --work and starts later runs from a copy of it.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.discord_roundtrip import LoopLag
from bench.percentiles import percentile
from retrieval.answer.semantic import SemanticReranker, load_reranker
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import docbot

COOLDOWN_NOTICE = "Easy there"
# How long the bot at scale may take to serve its stored index (the harness waits 10 s, which loading a million
# sentences beside other processes on 2 cores can take longer than).
READY_TIMEOUT_SECONDS = 300.0
# Ten questions over the seeds, cycled (so caches are warm after the first ten): not yet the cold, one-process-apart
# setting of bench/discord_roundtrip.py.
QUESTIONS = [
    "What did Putin say about a ceasefire?",
    "Who is accused of preparing a chemical attack?",
    "What did Rouhani say about U.S. sanctions?",
    "How many people have been killed in the war?",
    "What did Jeffrey say about chemical weapons?",
    "Where did the leaders meet?",
    "How many civilians live in Idlib?",
    "What did Erdogan warn against?",
    "Who struck anti-Assad forces?",
    "What are de-escalation zones?",
]


def rss_mb() -> float:
    """Resident memory of this process, from /proc/self/status (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return math.nan


def member(n: int) -> dict[str, Any]:
    uid = 1_400_000_000_000_000_000 + n
    return {"id": str(uid), "username": f"member{n}", "discriminator": "0", "global_name": None, "avatar": None}


async def one_question(
    fake: FakeDiscord, bot_id: int, n: int, user: dict[str, Any], by_mention: bool
) -> tuple[str, float]:
    """Ask question `n` as `user`; returns the reply's kind ("answer" or "cooldown") and seconds to the reply."""
    question = QUESTIONS[n % len(QUESTIONS)]
    channel = fake.channel_ids[n % len(fake.channel_ids)]
    if by_mention:
        started = time.perf_counter()
        message_id = await fake.send_message(f"<@{bot_id}> {question}", channel_id=channel, author=user)

        def replies_to_it(sent: Any) -> bool:
            reference = sent.message_reference
            return reference is not None and int(reference["message_id"]) == message_id

        reply = await fake.wait_for_channel_message(channel, timeout=60, predicate=replies_to_it)
        content, seconds = reply.content or "", reply.at - started
    else:
        iid = await fake.send_slash_command("ask", {"question": question}, user=user, channel_id=channel)
        response = await fake.wait_for_response(iid, timeout=60)
        content, seconds = response.content or "", fake.latency(iid) or 0.0
    if content.startswith(COOLDOWN_NOTICE):
        return "cooldown", seconds
    assert content.startswith(("> ", "**Not found")), content[:200]
    return "answer", seconds


async def burst(
    docs: Path, users: int, per_user: int, in_flight: int, rate: int, per: float, reranker: SemanticReranker | None
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with (
            FakeDiscord(heartbeat_interval_ms=1000) as fake,
            docbot(
                fake, docs, Path(tmp) / "db.sqlite3", cooldown_questions=rate, cooldown_seconds=per, reranker=reranker
            ) as bot,
        ):
            await bot.wait_until_ready()  # the guild is loaded (closing before that upsets discord.py)
            assert bot.user is not None
            members = [member(n) for n in range(users)]
            total = users * per_user
            gate = asyncio.Semaphore(in_flight)
            # A member's questions in the order they are sent: question n is member n % users's (n // users)-th.
            expected_cooldowns = users * max(0, per_user - rate)

            async def limited(n: int) -> tuple[str, float]:
                async with gate:
                    return await one_question(
                        fake, bot.user.id, n, members[n % users], by_mention=(n // users) % 4 == 1
                    )

            started = time.perf_counter()
            with LoopLag() as lag:
                results = await asyncio.gather(*(limited(n) for n in range(total)))
            elapsed = time.perf_counter() - started
            missed = fake.missed_heartbeats()
    answers = [s * 1000 for kind, s in results if kind == "answer"]
    cooldowns = [s * 1000 for kind, s in results if kind == "cooldown"]
    every = [s * 1000 for _, s in results]
    print(f"## Burst: {total} questions from {users} members, {in_flight} in flight, cooldown {rate} per {per:g} s\n")
    print(f"All {len(results)}/{total} questions got a reply in {elapsed:.1f} s (the window is {per:g} s).\n")
    print("| replies | count | expected | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for name, values, expected in (
        ("answers", answers, total - expected_cooldowns),
        ("cooldown notices", cooldowns, expected_cooldowns),
        ("all", every, total),
    ):
        if values:
            print(
                f"| {name} | {len(values)} | {expected} | {statistics.median(values):.1f} | "
                f"{percentile(values, 0.95):.1f} | {max(values):.1f} |"
            )
        else:
            print(f"| {name} | 0 | {expected} | – | – | – |")
    print(f"\nLargest event-loop lag: {lag.worst * 1000:.1f} ms; heartbeats missed: {missed}.")
    ok = len(cooldowns) == expected_cooldowns and len(answers) == total - expected_cooldowns and elapsed < per
    print(f"Cooldowns enforced exactly: {'yes' if ok else 'NO'}\n")


async def long_run(docs: Path, count: int, reranker: SemanticReranker | None, samples: int = 10) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        async with (
            FakeDiscord(heartbeat_interval_ms=1000) as fake,
            docbot(fake, docs, Path(tmp) / "db.sqlite3", cooldown_questions=0, reranker=reranker) as bot,
        ):
            await bot.wait_until_ready()
            users = [member(n) for n in range(50)]
            warm = 200
            for n in range(warm):  # caches, buffers and pools reach their working size first
                await fake.wait_for_response(
                    await fake.send_slash_command(
                        "ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=users[n % 50]
                    )
                )
            fake.forget_recorded()
            gc.collect()
            rows: list[tuple[int, float, float, int]] = [(0, rss_mb(), 0.0, _live_views(bot))]
            latencies: list[float] = []
            started = time.perf_counter()
            with LoopLag() as lag:
                for n in range(1, count + 1):
                    iid = await fake.send_slash_command(
                        "ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=users[n % 50]
                    )
                    await fake.wait_for_response(iid, timeout=30)
                    latencies.append((fake.latency(iid) or 0.0) * 1000)
                    if n % 500 == 0:
                        fake.forget_recorded()
                    if n % max(1, count // samples) == 0:  # no gc.collect() here: it would stall the loop
                        rows.append((n, rss_mb(), time.perf_counter() - started, _live_views(bot)))
            gc.collect()
            collected = rss_mb()
    print(f"## Long run: {count:,} questions one after the other (after {warm} to warm up)\n")
    print("| questions | RSS MB | seconds | live answer views |")
    print("|---|---|---|---|")
    for n, rss, seconds, views in rows:
        print(f"| {n:,} | {rss:.1f} | {seconds:.1f} | {views:,} |")
    growth = rows[-1][1] - rows[0][1]
    print(
        f"\nRSS at start {rows[0][1]:.1f} MB, at end {rows[-1][1]:.1f} MB ({growth:+.1f} MB, "
        f"{growth * 1024 * 1024 / count:+.0f} bytes per question); p50 {statistics.median(latencies):.1f} ms, "
        f"p95 {percentile(latencies, 0.95):.1f} ms; largest event-loop lag {lag.worst * 1000:.1f} ms; "
        f"RSS after a full garbage collection {collected:.1f} MB.\n"
    )


def _live_views(bot: Any) -> int:
    """Views discord.py still tracks: answers whose buttons wait for a click or for their timeout."""
    store = bot._connection._view_store
    return len({item.view.id for items in store._views.values() for item in items.values() if item.view})


class LoopCpu:
    """The longest single step of the event loop in CPU time of the loop's thread (time.thread_time), and what it
    ran: how long docbot's own code held the loop, whatever else the machine was doing. (LoopLag's wall-clock delay
    also counts the time the OS gave the CPU to other processes or threads.)"""

    def __init__(self, collections: FullCollections) -> None:
        self.worst = 0.0
        self.what = ""
        self._collections = collections  # how much of the step was garbage collection
        self._original: Any = None

    def __enter__(self) -> LoopCpu:
        original = self._original = asyncio.events.Handle._run
        meter, collections = self, self._collections

        def timed(handle: asyncio.events.Handle) -> None:
            started, collecting = time.thread_time(), collections.loop_cpu
            original(handle)
            spent = time.thread_time() - started
            if spent > meter.worst:
                collected = (collections.loop_cpu - collecting) * 1000
                meter.worst, meter.what = spent, f"{repr(handle)[:160]}, of which collecting garbage {collected:.1f} ms"

        asyncio.events.Handle._run = timed  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.events.Handle._run = self._original  # type: ignore[method-assign]

    def reset(self) -> None:
        self.worst, self.what = 0.0, ""


class FullCollections:
    """The full garbage collections (generation 2) run while it watches: each one's wall time, the CPU time of the
    thread that ran it, and whether that was the event loop's thread (a collection holds the interpreter lock, so
    it stalls the loop from any thread, but one on the loop's thread is a step of the loop). A full collection walks
    every tracked object not frozen: `walked()` counts them by type, what the collections of the phase had to walk."""

    def __init__(self) -> None:
        self.runs: list[tuple[float, float, bool]] = []  # (wall s, CPU s, on the loop's thread)
        self.loop_cpu = 0.0  # CPU time of the collections of any generation on the loop's thread, added up
        self._loop_thread = threading.get_ident()
        self._started: tuple[float, float] = (0.0, 0.0)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        # Collections run one at a time (the interpreter lock is held throughout), so one start time is enough.
        if phase == "start":
            self._started = (time.perf_counter(), time.thread_time())
            return
        wall, cpu = time.perf_counter() - self._started[0], time.thread_time() - self._started[1]
        on_loop = threading.get_ident() == self._loop_thread
        if on_loop:
            self.loop_cpu += cpu
        if info["generation"] == 2:
            self.runs.append((wall, cpu, on_loop))

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def reset(self) -> None:
        self.runs = []

    def summary(self) -> str:
        if not self.runs:
            return "none"
        on_loop = sum(1 for _, _, loop in self.runs if loop)
        return (
            f"{len(self.runs)} ({on_loop} on the loop's thread), longest {max(r[0] for r in self.runs) * 1000:.0f} ms"
            f" wall / {max(r[1] for r in self.runs) * 1000:.0f} ms CPU"
        )

    @staticmethod
    def walked(harness: object = None, top: int = 4) -> str:
        """The tracked objects not frozen, and the most common types among them; of those, how many `harness` (the
        fake Discord) holds: its records of every request and reply, which a bot talking to Discord has not, and the
        most common types of the rest. (Walks them: between phases only.)"""
        objects = gc.get_objects()
        counts = Counter(type(o).__name__ for o in objects)
        common = ", ".join(f"{name} {n:,}" for name, n in counts.most_common(top))
        if harness is None:
            return f"{sum(counts.values()):,} ({common})"
        tracked = {id(o) for o in objects}
        held: set[int] = set()
        # From what its attributes hold (the harness and its containers were made before start-up's freeze), then only
        # through objects a full collection walks: frozen ones (the loop, modules, start-up's) are not followed.
        stack = [o for value in vars(harness).values() for o in (value, *gc.get_referents(value))]
        stack = [o for o in stack if id(o) in tracked]
        held.update(id(o) for o in stack)
        while stack:
            for referent in gc.get_referents(stack.pop()):
                if id(referent) in tracked and id(referent) not in held:
                    held.add(id(referent))
                    stack.append(referent)
        rest = Counter(type(o).__name__ for o in objects if id(o) not in held)
        others = ", ".join(f"{name} {n:,}" for name, n in rest.most_common(top))
        del objects
        return f"{sum(counts.values()):,} ({common}); reachable from the fake Discord {len(held):,}, the rest: {others}"


def write_synthetic_actors(db: Path, count: int, seed: int = 11) -> None:
    """`count` actors with random two- or three-word names, each mentioned in 3 random sentences, marked current."""
    import random
    import sqlite3
    import string

    from retrieval.actors.facts import ACTORS_VERSION

    picker = random.Random(seed)

    def word() -> str:
        return picker.choice(string.ascii_uppercase) + "".join(
            picker.choices(string.ascii_lowercase, k=picker.randint(3, 9))
        )

    with sqlite3.connect(db) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM sentences WHERE kind != 'heading'")]
        documents = dict(connection.execute("SELECT id, document_id FROM sentences"))
        for actor_id in range(1, count + 1):
            name = " ".join(word() for _ in range(picker.randint(2, 3)))
            connection.execute(
                "INSERT INTO actors (id, name, kind, root) VALUES (?, ?, ?, ?)",
                (actor_id, name, picker.choice(["person", "organisation", "country"]), f"synthetic{actor_id}"),
            )
            connection.execute("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)", (actor_id, name))
            if actor_id % 3 == 0:
                connection.execute("INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?)", (actor_id, word()))
            per_document: dict[int, int] = {}
            for sentence_id in set(picker.sample(ids, 3)):
                connection.execute(
                    "INSERT INTO actor_mentions (actor_id, sentence_id, is_statement) VALUES (?, ?, ?)",
                    (actor_id, sentence_id, picker.random() < 0.3),
                )
                per_document[documents[sentence_id]] = per_document.get(documents[sentence_id], 0) + 1
            connection.executemany(
                "INSERT INTO actor_document_counts (actor_id, document_id, sentences) VALUES (?, ?, ?)",
                [(actor_id, document, n) for document, n in per_document.items()],
            )
        writes = connection.execute("SELECT value FROM meta WHERE key = 'document_writes'").fetchone()[0]
        connection.execute("DELETE FROM actor_dirty_documents")
        connection.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("actors_version", str(ACTORS_VERSION)), ("actors_document_writes", str(writes))],
        )


def _remove(db: Path, folder: Path) -> None:
    """The database `db`'s name's files in `folder` (the database, its journal, the disk engine's index beside it)."""
    for stale in folder.glob(f"{db.name}*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()


def _replace(db: Path, source: Path, target: Path) -> None:
    """The database `db`'s name's files in `target` replaced by copies of those in `source`."""
    target.mkdir(parents=True, exist_ok=True)
    _remove(db, target)
    for item in source.glob(f"{db.name}*"):
        if item.is_dir():
            shutil.copytree(item, target / item.name)
        else:
            shutil.copy2(item, target / item.name)


async def stalls_at_scale(
    sentences: int, actors: int, work: Path, reranker: SemanticReranker | None, reuse: bool = False
) -> None:
    from bench.scale import Writer, change_one_document, generate
    from retrieval.service import AnswerService
    from retrieval.store.database import Store

    async def no_actor_pass(self: AnswerService) -> list[str]:
        # The actors stay as written, but as after a pass when documents were written since the last one (the
        # /reindex phase's): marked current and the directory read again, built after start-up's `gc.freeze()`.
        writes = await self.store.get_meta("document_writes")
        if writes is not None and writes != await self.store.get_meta("actors_document_writes"):
            await self.store.set_meta("actors_document_writes", writes)
            await self._reload_actor_directory()
        return []

    docs, db = work / f"docs-{sentences}", work / f"stall-{sentences}.sqlite3"
    questions = generate(docs, sentences, 50)
    # The first document as generated: a previous run's /reindex phase rewrote it (a set-up kept indexed it so).
    min(docs.rglob("*.txt")).write_text(Writer(7).document(0), encoding="utf-8")
    real_pass = AnswerService._refresh_actors
    AnswerService._refresh_actors = no_actor_pass  # type: ignore[method-assign]
    started = time.perf_counter()
    kept = work / f"stall-{sentences}-{actors}.setup"
    if reuse and kept.is_dir():
        _replace(db, kept, db.parent)
        set_up = "the set-up of a previous run"
    else:
        _remove(db, db.parent)
        store = await Store.open(db)
        await AnswerService(store, docs).reindex()
        await store.close()
        write_synthetic_actors(db, actors)
        if reuse:
            _replace(db, db.parent, kept)
        set_up = "set up"
    print(
        f"## Loop stalls at scale: {sentences:,} sentences, {actors:,} actors"
        f" ({set_up} in {time.perf_counter() - started:.0f} s)\n"
    )
    rows: list[tuple[str, int, float, float, str]] = []
    collections: list[tuple[str, str, str, int, float]] = []  # full collections, what is left to walk, frozen, RSS
    users = [member(n) for n in range(50)]
    async with FakeDiscord(heartbeat_interval_ms=1000) as fake:
        with FullCollections() as full, LoopLag() as lag, LoopCpu(full) as cpu:
            async with docbot(fake, docs, db, wait_for_index=False, cooldown_questions=0, reranker=reranker) as bot:
                await asyncio.wait_for(bot.index_ready.wait(), READY_TIMEOUT_SECONDS)
                rows.append(("start-up until ready", 1, lag.worst, cpu.worst, cpu.what))
                # Counted after the phase's figures are taken (walking the objects holds the loop).
                collections.append((rows[-1][0], full.summary(), full.walked(fake), gc.get_freeze_count(), rss_mb()))
                # Then start-up's reindex of the folder, and the freeze after it: the phases below measure a bot
                # frozen as it serves for days (on two busy cores the reindex outlasted /actors, and /reindex was
                # refused as "already running").
                await asyncio.sleep(0.05)  # the step that counted the objects above ends before this phase counts
                lag.worst = 0.0
                cpu.reset()
                full.reset()
                assert bot._index_task is not None
                await asyncio.wait_for(asyncio.shield(bot._index_task), READY_TIMEOUT_SECONDS)
                rows.append(("start-up's reindex, until frozen", 1, lag.worst, cpu.worst, cpu.what))
                collections.append((rows[-1][0], full.summary(), full.walked(fake), gc.get_freeze_count(), rss_mb()))

                async def phase(name: str, count: int, make: Any, done: str = "") -> None:
                    # Each interaction is waited for: its first reply, or the one holding `done` (a reindex shows
                    # its progress first).
                    await asyncio.sleep(0.05)  # the timer's current sleep ends before the phase starts counting
                    lag.worst = 0.0
                    cpu.reset()
                    full.reset()
                    for n in range(count):
                        iid = await make(n)
                        if done:
                            await fake.final_response(iid, done, timeout=READY_TIMEOUT_SECONDS)
                        else:
                            await fake.wait_for_response(iid, timeout=60)
                    rows.append((name, count, lag.worst, cpu.worst, cpu.what))
                    collections.append((name, full.summary(), full.walked(fake), gc.get_freeze_count(), rss_mb()))

                await phase(
                    "/ask", 50, lambda n: fake.send_slash_command("ask", {"question": questions[n]}, user=users[n])
                )
                prefixes = ["a", "b", "Ke", "Mar", "Zqx", "Jonh", "Smit", "xy zz", "Lo", "Qu"]
                await phase(
                    "/actor autocomplete",
                    100,
                    lambda n: fake.send_autocomplete(
                        "actor", {"name": prefixes[n % 10] + "e" * (n // 10)}, focused="name"
                    ),
                )
                listing = (await bot.service.actors())[:50]
                await phase("/actor", 50, lambda n: fake.send_slash_command("actor", {"name": listing[n].name}))
                context_ids: list[str] = []  # the Context buttons of answers (a not-found reply has none)
                for question in questions:
                    reply = await fake.wait_for_response(
                        await fake.send_slash_command("ask", {"question": question}, user=users[0])
                    )
                    context_ids += [
                        str(item["custom_id"])
                        for row in reply.components
                        for item in row.get("components", [])
                        if item.get("label") == "Context"
                    ]

                def context_click(n: int) -> Any:
                    return fake.send_component_click(context_ids[n % len(context_ids)], user=users[0])

                await phase("Context", 20, context_click)
                await phase("/sources", 5, lambda n: fake.send_slash_command("sources", user=fake.admin_user))
                await phase("/actors", 5, lambda n: fake.send_slash_command("actors"))
                await asyncio.to_thread(change_one_document, docs, int(time.time()))
                await phase(
                    "/reindex until done (actor pass off, directory read again)",
                    1,
                    lambda n: fake.send_slash_command("reindex", user=fake.admin_user),
                    done="Reindex done",
                )
                await phase(
                    "/actor after it", 50, lambda n: fake.send_slash_command("actor", {"name": listing[n].name})
                )
                # What one full collection on the loop's thread costs after all that (the phases meet one by chance);
                # it walks the fake Discord's records too.
                walking = len(gc.get_objects())
                started = time.thread_time()
                gc.collect()
                full_collection = ((time.thread_time() - started) * 1000, walking)
    AnswerService._refresh_actors = real_pass  # type: ignore[method-assign]
    print("| phase | interactions | worst loop delay ms (wall) | longest loop step ms (CPU) |")
    print("|---|---|---|---|")
    for name, count, worst, step, _ in rows:
        print(f"| {name} | {count} | {worst * 1000:.1f} | {step * 1000:.1f} |")
    print("\nThe longest step of each phase:")
    for name, _, _, step, what in rows:
        print(f"- {name}: {step * 1000:.1f} ms in {what}")
    print("\n| phase | full collections | objects a full collection walks at its end | frozen | RSS MB |")
    print("|---|---|---|---|---|")
    for name, summary, walked, frozen, rss in collections:
        print(f"| {name} | {summary} | {walked} | {frozen:,} | {rss:,.0f} |")
    print(
        f"\nOne full collection on the loop's thread after the last phase: {full_collection[0]:.1f} ms CPU, walking"
        f" {full_collection[1]:,} objects."
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS of the run (bot, fake Discord and harness in one process): {peak:,.0f} MB.\n")


async def main_async(args: argparse.Namespace) -> None:
    reranker = load_reranker(args.reranker)
    print(f"docbot under load through a fake Discord on 127.0.0.1, documents: {args.docs}, reranker: {args.reranker}\n")
    if args.users:
        await burst(args.docs, args.users, args.per_user, args.in_flight, args.rate, args.per, reranker)
    if args.long:
        await long_run(args.docs, args.long, reranker)
    if args.scale_sentences:
        args.work.mkdir(parents=True, exist_ok=True)
        await stalls_at_scale(args.scale_sentences, args.scale_actors, args.work, reranker, args.reuse_setup)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--per-user", type=int, default=4)
    parser.add_argument("--in-flight", type=int, default=50)
    parser.add_argument("--rate", type=int, default=3, help="COOLDOWN_QUESTIONS (default 3)")
    parser.add_argument("--per", type=float, default=30.0, help="COOLDOWN_SECONDS (default 30)")
    parser.add_argument("--long", type=int, default=10_000, help="questions in the long run (0: none)")
    parser.add_argument("--reranker", choices=["none", "minilm"], default="none", help="RERANKER (default none)")
    parser.add_argument("--scale-sentences", type=int, default=0, help="loop stalls at this size (0: skipped)")
    parser.add_argument("--scale-actors", type=int, default=50_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "docbot-load")
    parser.add_argument(
        "--reuse-setup",
        action="store_true",
        help="keep a copy of the indexed folder and actors in --work and start from it in later runs (minutes each)",
    )
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
