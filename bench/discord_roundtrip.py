"""Round trips of /ask through a fake Discord: the real bot and discord.py client, timed from dispatch to reply.

    .venv/bin/python bench/discord_roundtrip.py [--docs seeds] [--count 200] [--in-flight 50] [--reranker minilm]

Prints p50/p95 of dispatch → response for sequential questions and for bursts sent all at once, the bot's own
ranking time (from its log lines) apart, the largest event-loop lag seen, and heartbeats missed. `--reranker minilm`
answers with the semantic reranker (the `semantic` extra); its embeddings of the candidates are cached by text, so
after the first round of the ten questions only each question itself is encoded again.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.answer.semantic import SemanticReranker, load_reranker
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import docbot

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


class RankingTimes(logging.Handler):
    """Collects the `ms=` of the bot's one-line-per-answer log records."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.ms: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        match = re.search(r"ms=([\d.]+)", record.getMessage())
        if match and record.name == "bot.cogs.ask":
            self.ms.append(float(match.group(1)))


class LoopLag:
    """Largest delay of a 5 ms timer on the event loop: how long the loop was blocked."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - started - 0.005)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def row(name: str, values_ms: list[float]) -> str:
    return (
        f"| {name} | {len(values_ms)} | {statistics.median(values_ms):.2f} | {percentile(values_ms, 0.95):.2f} | "
        f"{max(values_ms):.2f} |"
    )


async def bench(docs: Path, count: int, in_flight: int, reranker: SemanticReranker | None) -> None:
    timings = RankingTimes()
    logging.getLogger("bot.cogs.ask").addHandler(timings)
    logging.getLogger("bot.cogs.ask").setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        async with (
            FakeDiscord(heartbeat_interval_ms=1000) as fake,
            docbot(fake, docs, Path(tmp) / "db.sqlite3", cooldown_questions=0, reranker=reranker),
        ):
            users = [fake.admin_user, fake.normal_user]
            with LoopLag() as lag:
                sequential: list[float] = []
                for n in range(count):
                    iid = await fake.send_slash_command(
                        "ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=users[n % 2]
                    )
                    await fake.wait_for_response(iid, timeout=10)
                    latency = fake.latency(iid)
                    assert latency is not None
                    sequential.append(latency * 1000)
                ranking_sequential = list(timings.ms)
                timings.ms.clear()
                burst: list[float] = []
                answered = 0
                for start in range(0, count, in_flight):
                    ids = [
                        await fake.send_slash_command(
                            "ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=users[n % 2]
                        )
                        for n in range(start, min(count, start + in_flight))
                    ]
                    responses = await asyncio.gather(*(fake.wait_for_response(i, timeout=30) for i in ids))
                    answered += sum(1 for r in responses if (r.content or "").startswith(("> ", "**Not found")))
                    burst += [(fake.latency(i) or 0) * 1000 for i in ids]
            missed = fake.missed_heartbeats()
    reranking = "semantic reranker on" if reranker is not None else "lexical ranking"
    print(f"docbot /ask through a fake Discord on 127.0.0.1: {docs}, {count} questions each way, {reranking}\n")
    print("| measure | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    print(row("dispatch → response, one at a time", sequential))
    print(row("  of which ranking (service.ask)", ranking_sequential))
    print(row(f"dispatch → response, {in_flight} in flight", burst))
    print(row(f"  of which ranking, {in_flight} in flight", timings.ms))
    print(f"\nanswered in bursts: {answered}/{count}; largest event-loop lag: {lag.worst * 1000:.1f} ms; ")
    print(f"heartbeats missed: {missed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "seeds")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--in-flight", type=int, default=50)
    parser.add_argument("--reranker", choices=["none", "minilm"], default="none")
    args = parser.parse_args()
    asyncio.run(bench(args.docs, args.count, args.in_flight, load_reranker(args.reranker)))


if __name__ == "__main__":
    main()
