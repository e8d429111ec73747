"""Load on the real bot through a fake Discord (issue 6): a burst from many members, then a long run for memory.

    .venv/bin/python bench/load.py [--docs seeds] [--users 50] [--per-user 4] [--in-flight 50] [--long 10000]
                                   [--reranker minilm]

1. Burst: `users` members ask `per-user` questions each (3 of 4 by /ask, 1 of 4 by mentioning the bot), `in-flight` at
   a time, with the default cooldown (COOLDOWN_QUESTIONS=3 per COOLDOWN_SECONDS=30). Every question must get a reply:
   an answer, or the cooldown notice for the questions over a member's allowance, whose number is known in advance.
   Reported: replies by kind against the expected counts, p50/p95/max from dispatch to reply, the largest event-loop
   lag (a 5 ms timer's worst delay) and heartbeats missed.
2. Long run: `long` questions one after the other (cooldown off), the process's resident memory (VmRSS) sampled along
   the way. The fake's own records of what it received are trimmed as it goes: they are the test harness's memory,
   not the bot's.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.discord_roundtrip import LoopLag, percentile
from retrieval.answer.semantic import SemanticReranker, load_reranker
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import docbot

COOLDOWN_NOTICE = "Easy there"
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


def trim(fake: FakeDiscord) -> None:
    """Forget what the fake recorded (the harness's memory, not the bot's)."""
    fake.interactions.clear()
    fake._by_token.clear()
    fake.messages.clear()
    fake.sent_messages.clear()
    fake._consumed_messages.clear()
    fake.heartbeats.clear()
    if fake._session is not None:
        fake._session.log.clear()


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
            trim(fake)
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
                        trim(fake)
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


async def main_async(args: argparse.Namespace) -> None:
    reranker = load_reranker(args.reranker)
    print(f"docbot under load through a fake Discord on 127.0.0.1, documents: {args.docs}, reranker: {args.reranker}\n")
    await burst(args.docs, args.users, args.per_user, args.in_flight, args.rate, args.per, reranker)
    if args.long:
        await long_run(args.docs, args.long, reranker)


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
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
