"""Round trips of /ask through a fake Discord in another process: the real bot over 100,000 sentences, cold questions.

    .venv/bin/python bench/discord_roundtrip.py [--sentences 100000] [--count 100] [--in-flight 50]
                                                [--reranker auto] [--work /tmp/docbot-bench-discord] [--docs DIR]

The fake Discord (tests/discord/fake_discord.py) serves from a child process (bench/fake_discord_process.py); this
process runs the real docbot (discord.py client, cogs, answer service) with its default settings: ENGINE=auto,
RERANKER=auto, the default cooldown (every question comes from a member of its own, so it never applies). The corpus is
generated English with real word frequencies (bench/scale.py's generator, the `bench` extra), written and indexed once
under `--work` and reused by later runs. Every question is asked once in a run: 3-6 words of a random sentence of the
corpus behind a question word, so it has an answer and meets no warm cache.

With the reranker on (the quick start's default install), every sentence's vector is stored before the bot starts, as
the bot leaves it once its background pass is done: computed by the model up to `--model-vectors-up-to` sentences
(default 20,000: the model embeds some 35-45 sentences a second on one core here, so 100,000 take most of an hour), and
above that filled with random unit vectors of the same size (bench/scale.py `fill_synthetic_vectors`: the same work
at question time - the question embedded, stored vectors read, hybrid neighbours over all of them - without the
quality), which the output says.

For the default settings, then for RERANKER=none beside it (same corpus, same run, other questions), it prints
p50/p95/max from dispatch to reply as the fake saw it, `--count` questions one at a time and `--in-flight` at once, the
bot's own ranking time (`ms=` of its log line) apart, how many in flight got an answer, the largest event-loop lag in
the bot's process (a 5 ms timer's worst delay), the longest single callback the loop ran (its wall time, and the loop
thread's own CPU time in it: what is work done on the loop rather than waiting for the interpreter lock that the
ranking threads hold) and the heartbeats the bot missed (interval 1 s). The control requests
that ask the fake to dispatch a question run on the bot's loop too: one small local HTTP request per question.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import logging
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fake_discord_process import RemoteFake
from bench.percentiles import percentile
from bot.settings import Settings
from bot.wiring import build_service
from retrieval.answer.semantic import SemanticReranker, load_reranker
from retrieval.store.database import Store
from tests.discord.harness import docbot

WORK = Path("/tmp/docbot-bench-discord")
ANSWER_PREFIXES = ("> ", "**Not found")
QUESTION_WORDS = ("What", "Why", "How", "Who", "When")
INDEX_TIMEOUT_S = 900


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


class LongestCallback:
    """The longest single callback the event loop ran (asyncio's Handle._run timed), and what it was: what blocked
    the loop. Its wall time also counts the loop thread's waits for the interpreter lock while worker threads held
    it, so its CPU time (the loop thread's own) is kept too. The lag of a 5 ms timer counts, besides, waits that are
    no one callback's: many short callbacks ready at once (50 replies in flight)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.what = "-"
        self.worst_cpu = 0.0
        self.what_cpu = "-"
        self._original = asyncio.events.Handle._run

    def __enter__(self) -> LongestCallback:
        original, timer = self._original, self

        def timed_run(handle: asyncio.events.Handle) -> None:
            started, started_cpu = time.perf_counter(), time.thread_time()
            collections = gc.get_stats()[2]["collections"]
            try:
                original(handle)
            finally:
                took, took_cpu = time.perf_counter() - started, time.thread_time() - started_cpu
                if took > timer.worst:
                    timer.worst, timer.what = took, _callback_name(handle)
                if took_cpu > timer.worst_cpu:
                    timer.worst_cpu, timer.what_cpu = took_cpu, _callback_name(handle)
                    if gc.get_stats()[2]["collections"] > collections:
                        timer.what_cpu += ", with a full garbage collection"

        setattr(asyncio.events.Handle, "_run", timed_run)  # noqa: B010 (a private method, patched for the run)
        return self

    def __exit__(self, *exc: object) -> None:
        setattr(asyncio.events.Handle, "_run", self._original)  # noqa: B010


def _callback_name(handle: asyncio.events.Handle) -> str:
    callback = handle._callback  # type: ignore[attr-defined]
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        return str(getattr(task.get_coro(), "__qualname__", task.get_name()))
    return str(getattr(callback, "__qualname__", repr(callback)))


def member(n: int) -> dict[str, Any]:
    """A guild member of its own for question `n` (so the per-member cooldown never applies)."""
    uid = 1_400_000_000_000_000_000 + n
    return {"id": str(uid), "username": f"member{n}", "discriminator": "0", "global_name": None, "avatar": None}


# --- corpus and questions ---------------------------------------------------------------------------------------------


def generated_corpus(work: Path, sentences: int) -> Path:
    """The generated documents folder for `sentences` (written on first use, then reused)."""
    from bench.scale import generate

    docs = work / f"s{sentences}" / "docs"
    docs.parent.mkdir(parents=True, exist_ok=True)
    generate(docs, sentences, 0)
    return docs


def distinct_questions(docs: Path, count: int, seed: int) -> list[str]:
    """`count` different questions, each 3-6 words of a random sentence of the folder's text behind a question word."""
    files = sorted(p for p in docs.rglob("*") if p.suffix in (".txt", ".md"))
    picker = random.Random(seed)
    questions: dict[str, None] = {}
    for _ in range(count * 100):
        if len(questions) == count:
            break
        text = picker.choice(files).read_text(encoding="utf-8", errors="replace")
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 4]
        if not sentences:
            continue
        words = list(dict.fromkeys(w.strip(".,;:!?\"'()").lower() for w in picker.choice(sentences).split()))
        words = [w for w in words if w]
        if len(words) < 3:
            continue
        chosen = picker.sample(words, min(len(words), picker.randint(3, 6)))
        questions[f"{picker.choice(QUESTION_WORDS)} {' '.join(chosen)}?"] = None
    if len(questions) < count:
        raise SystemExit(f"only {len(questions)} different questions could be drawn from {docs}; ask for fewer")
    return list(questions)


async def index_once(
    docs: Path, db: Path, reranker: SemanticReranker | None, model_vectors_up_to: int
) -> tuple[float, str]:
    """Index `docs` into `db` with the default settings (a no-op scan when it is up to date) and, with `reranker`,
    store every sentence's vector; seconds taken and how the vectors were made."""
    from bench.scale import fill_synthetic_vectors
    from retrieval.answer.embeddings import embedding_progress

    started = time.perf_counter()
    store = await Store.open(db)
    vectors = "none (RERANKER=none)"
    try:
        service = build_service(Settings(docs_dir=docs, db_path=db, discord_token="unused"), store, reranker)
        report = await service.reindex()
        if reranker is not None:
            state = await asyncio.to_thread(embedding_progress, db, reranker.model_id)
            if report.sentences <= model_vectors_up_to or state.done > 0:
                vectors = "computed by the model"
                await service.embed_missing()
            else:
                vectors = "synthetic (random unit vectors: timing and memory only)"
                await asyncio.to_thread(fill_synthetic_vectors, db, reranker.model_id)
    finally:
        await store.close()
    return time.perf_counter() - started, vectors


# --- one row of the table ---------------------------------------------------------------------------------------------


@dataclass
class RowResult:
    label: str
    engine: str
    sentences: int
    sequential: list[float]
    ranking_sequential: list[float]
    in_flight: list[float]
    ranking_in_flight: list[float]
    answered: int
    lag_ms: float
    callback_ms: float
    callback: str
    callback_cpu_ms: float
    callback_cpu: str
    missed: int


async def measure(
    fake: RemoteFake,
    docs: Path,
    db: Path,
    label: str,
    reranker: SemanticReranker | None,
    questions: list[str],
    count: int,
    in_flight: int,
    first_member: int,
) -> RowResult:
    """One bot with `reranker`: `count` questions one at a time, then `in_flight` at once; no question twice."""
    timings = RankingTimes()
    ask_log = logging.getLogger("bot.cogs.ask")
    ask_log.addHandler(timings)
    ask_log.setLevel(logging.INFO)
    missed_before = await fake.missed_heartbeats()
    try:
        async with docbot(fake, docs, db, wait_for_index=False, reranker=reranker) as bot:  # type: ignore[arg-type]
            assert bot._index_task is not None
            await asyncio.wait_for(asyncio.shield(bot._index_task), INDEX_TIMEOUT_S)  # load + scan: nothing changed
            await bot.service.neighbours_loaded()  # hybrid candidates, read in the background at start-up
            snapshot = bot.service._require_snapshot()
            engine, sentences = type(snapshot.engine).__name__, snapshot.engine.size
            timings.ms.clear()
            with LoopLag() as lag, LongestCallback() as longest:
                sequential: list[float] = []
                for n in range(count):
                    reply = await fake.ask(questions[n], member(first_member + n))
                    if reply.seconds is None:
                        raise SystemExit(f"{label}: no reply to question {n} in time")
                    sequential.append(reply.seconds * 1000)
                ranking_sequential = list(timings.ms)
                timings.ms.clear()
                burst = await asyncio.gather(
                    *(fake.ask(questions[count + n], member(first_member + count + n)) for n in range(in_flight))
                )
            await fake.trim()
    finally:
        ask_log.removeHandler(timings)
    missed = await fake.missed_heartbeats() - missed_before
    return RowResult(
        label,
        engine,
        sentences,
        sequential,
        ranking_sequential,
        [r.seconds * 1000 for r in burst if r.seconds is not None],
        list(timings.ms),
        sum(1 for r in burst if (r.content or "").startswith(ANSWER_PREFIXES)),
        lag.worst * 1000,
        longest.worst * 1000,
        longest.what,
        longest.worst_cpu * 1000,
        longest.what_cpu,
        missed,
    )


def cells(values: list[float]) -> str:
    if not values:
        return "0 | – | – | –"
    return f"{len(values)} | {statistics.median(values):.1f} | {percentile(values, 0.95):.1f} | {max(values):.1f}"


def print_table(results: list[RowResult], in_flight: int) -> None:
    print("| settings | measure | n | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r.label} | dispatch → reply, one at a time | {cells(r.sequential)} |")
        print(f"| {r.label} | of which ranking (service.ask) | {cells(r.ranking_sequential)} |")
        print(f"| {r.label} | dispatch → reply, {in_flight} in flight | {cells(r.in_flight)} |")
        print(f"| {r.label} | of which ranking, {in_flight} in flight | {cells(r.ranking_in_flight)} |")
    print()
    print(
        "| settings | engine | answered in flight | largest event-loop lag ms | longest loop callback ms, wall (what)"
        " | longest loop callback ms, loop thread's CPU (what) | heartbeats missed |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r.label} | {r.engine} | {r.answered}/{in_flight} | {r.lag_ms:.1f} | {r.callback_ms:.1f}"
            f" ({r.callback}) | {r.callback_cpu_ms:.1f} ({r.callback_cpu}) | {r.missed} |"
        )


async def bench(args: argparse.Namespace) -> None:
    docs = args.docs.resolve() if args.docs else generated_corpus(args.work, args.sentences)
    # A folder of one's own is indexed under --work too, by the digest of its path.
    own = args.work / f"index-{hashlib.sha1(str(docs).encode()).hexdigest()[:12]}"
    db = (own if args.docs else docs.parent) / "db.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    reranker = await asyncio.to_thread(load_reranker, args.reranker)
    index_seconds, vectors = await index_once(docs, db, reranker, args.model_vectors_up_to)
    rows: list[tuple[str, SemanticReranker | None]] = [
        (f"RERANKER={args.reranker} ({'minilm' if reranker is not None else 'none'})", reranker)
    ]
    if reranker is not None:
        rows.append(("RERANKER=none", None))
    per_row = args.count + args.in_flight
    questions = distinct_questions(docs, per_row * len(rows), args.seed)
    results: list[RowResult] = []
    async with RemoteFake() as fake:
        for number, (label, row_reranker) in enumerate(rows):
            mine = questions[number * per_row : (number + 1) * per_row]
            results.append(
                await measure(fake, docs, db, label, row_reranker, mine, args.count, args.in_flight, number * per_row)
            )
    print("docbot /ask through a fake Discord in another process on 127.0.0.1\n")
    print(f"- documents: {docs} ({results[0].sentences:,} sentences indexed)")
    print(f"- settings: ENGINE=auto (engine used: {results[0].engine}); RERANKER as in each row; all else default")
    print(f"- index: checked/built in {index_seconds:.1f} s before the bot started (the bot's own start-up scan apart)")
    print(f"- stored sentence vectors: {vectors}")
    print(
        f"- questions: {len(questions)} different ones, none asked twice ({args.count} one at a time and "
        f"{args.in_flight} at once per row), each from a member of its own\n"
    )
    print_table(results, args.in_flight)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=100_000, help="size of the generated corpus (default 100000)")
    parser.add_argument("--docs", type=Path, help="a documents folder to use instead of the generated corpus")
    parser.add_argument("--work", type=Path, default=WORK, help=f"where the corpus and its index are kept ({WORK})")
    parser.add_argument("--count", type=int, default=100, help="questions one at a time, per row (default 100)")
    parser.add_argument("--in-flight", type=int, default=50, help="questions sent at once, per row (default 50)")
    parser.add_argument(
        "--reranker",
        choices=["auto", "none", "minilm"],
        default="auto",
        help="RERANKER of the first row (default auto, as installed); a RERANKER=none row follows unless it is none",
    )
    parser.add_argument(
        "--model-vectors-up-to",
        type=int,
        default=20_000,
        help="compute sentence vectors with the model up to this many sentences; synthetic above (default 20000)",
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the questions drawn from the corpus (default 1)")
    asyncio.run(bench(parser.parse_args()))


if __name__ == "__main__":
    main()
