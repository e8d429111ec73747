"""Where question time goes: each stage of `ask_now` timed over a database that bench/scale.py built.

    .venv/bin/python bench/question_stages.py DB DOCS QUESTIONS [--warm 20] [--sequential] [--answers FILE]
                                              [--profile]

DB is a `default` row's database (bench/scale.py keeps `<work>/run-<size>-default/docbot.sqlite3`, vectors stored),
DOCS its documents folder (only its path is used) and QUESTIONS bench/scale.py's `<work>/questions-<size>.json`.
The service opens the database as the bot does (RERANKER=auto), waits for the hybrid candidates' index, asks the first
`--warm` questions untimed and then times every other question: the whole `ask_now` (wall and process CPU time) and
each stage below (wall and the calling thread's CPU time), as medians over the questions, and the rest of a
question's CPU (the answer loop around the unindented stages: its near-duplicate checks, contexts and cues).

Stages: the lexical ranking (`rank_candidates`) with its tantivy queries, its reads of sentence rows (`fetch`) and its
structure pass; the matched terms of the hits the answer keeps (`RankedTerms.filled`); the ranked sentences past
them that fold into them (`later_duplicates`); the question's embedding; the nearest stored vectors (the sign-bit
scan, its shortlist and the rescoring, whose rows are read from the copy of the stored rows as the hits' vectors are);
the hybrid neighbours' hits; the stored vectors of the hits; the reranking after the lexical stage as a whole. By
default the question's embedding and its neighbours run in their worker thread beside the lexical ranking, as in the
bot; `--sequential` runs them in the asking thread first, so that no stage waits on another (their sum is then the CPU
a question costs). With another job on the machine's cores wall times wait for the CPU: the output states the load
average, and CPU times move less.

The output says whether the snapshot has the sentences' structure facts stored (retrieval/store/structure.py; the
structure pass then reads no rows for them), the resident memory once the database is open, and how many sentences
have a duplicate (`SqliteSentences.duplicates`, read before the questions, and how long that took).

`--answers FILE` writes each question's whole answer as JSON (its hits and weak hits with their scores, sources and
context, its "not found" and reason), so that two versions of the code can be compared question by question (run this
script from each version's tree: it puts its own tree first on the path); `--profile` then prints cProfile's 30 most
expensive functions over the same questions.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import dataclasses
import json
import os
import pstats
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class Stages:
    """Wall and CPU milliseconds of each call of the wrapped functions, by stage name."""

    def __init__(self) -> None:
        self.wall: dict[str, list[float]] = collections.defaultdict(list)
        self.cpu: dict[str, list[float]] = collections.defaultdict(list)

    def wrap(self, owner: Any, name: str, label: str) -> None:
        function: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.wall[label].append((time.perf_counter() - wall) * 1000)
                self.cpu[label].append((time.thread_time() - cpu) * 1000)

        setattr(owner, name, timed)

    def clear(self) -> None:
        self.wall.clear()
        self.cpu.clear()


def instrument(stages: Stages, sequential: bool) -> None:
    import retrieval.answer.answering as answering
    import retrieval.answer.ranking as ranking
    import retrieval.index.sqlite_corpus as sqlite_corpus
    import retrieval.index.tantivy_engine as tantivy_engine
    import retrieval.index.vectors as vectors
    from retrieval.answer.semantic import SemanticReranker

    engine = tantivy_engine.TantivyEngine
    stages.wrap(answering, "rank_candidates", "lexical ranking")
    stages.wrap(ranking.RankedTerms, "filled", "terms of the hits kept")
    stages.wrap(answering, "later_duplicates", "later duplicates of the hits")
    for method in ("sentence_hits", "paragraph_hits", "sentence_hits_in", "paragraph_scores", "matched_terms"):
        stages.wrap(engine, method, f"  tantivy {method}")
    stages.wrap(sqlite_corpus.SqliteSentences, "fetch", "  sentence rows read (all calls)")
    stages.wrap(ranking, "_with_structure", "  structure pass (its reads included)")
    stages.wrap(SemanticReranker, "embed_question", "question embedding")
    stages.wrap(vectors.NeighbourIndex, "nearest", "nearest stored vectors")
    stages.wrap(vectors.SignScan, "distances", "  sign-bit scan")
    stages.wrap(vectors, "shortlist", "  shortlist")
    stages.wrap(vectors.RowFile, "read", "  rows read from the copy (all calls)")
    stages.wrap(vectors.NeighbourIndex, "of", "  stored vectors of hits")
    stages.wrap(answering, "_neighbour_hits", "  neighbours' hits")
    stages.wrap(answering, "_reranked", "reranking after the lexical stage")
    if sequential:

        class Done:
            def __init__(self, value: object) -> None:
                self.value = value

            def result(self) -> object:
                return self.value

        class InTheAskingThread:
            def submit(self, function: Callable[..., object], *args: object) -> Done:
                return Done(function(*args))

        answering._SEMANTIC_WORK = InTheAskingThread()  # type: ignore[assignment]


def resident_mib() -> float:
    """The process's resident memory now (Linux; 0 elsewhere)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="utf-8")
    except OSError:
        return 0.0
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0.0)


async def measure(args: argparse.Namespace) -> int:
    stages = Stages()
    instrument(stages, args.sequential)
    from retrieval.answer.answering import fold_key
    from retrieval.answer.semantic import load_reranker
    from retrieval.index.sqlite_corpus import SqliteSentences
    from retrieval.service import AnswerService
    from retrieval.store.database import Store

    questions: list[str] = json.loads(args.questions.read_text(encoding="utf-8"))
    warm, timed = questions[: args.warm], questions[args.warm :]
    store = await Store.open(args.db)
    try:
        service = AnswerService(store, args.docs, reranker=load_reranker("auto"))
        await service.load()
        await service.neighbours_loaded()
        if not service.embeddings_complete:
            print("the database's sentence vectors are not complete: no hybrid candidates", file=sys.stderr)
        snapshot = service._snapshot
        facts = getattr(snapshot.corpus.sentences, "structure", None) if snapshot is not None else None
        print(
            f"structure facts: {f'stored ({len(facts):,} entries)' if facts is not None else 'none, rows are read'};"
            f" RSS after opening {resident_mib():.0f} MiB"
        )
        sentences = snapshot.corpus.sentences if snapshot is not None else None
        if isinstance(sentences, SqliteSentences):
            begin = time.perf_counter()
            shared = sentences.duplicates(fold_key, wait=True)
            held = f"{len(shared):,} sentences with a duplicate" if shared is not None else "not read"
            print(f"duplicates: {held}, read in {time.perf_counter() - begin:.2f} s; RSS {resident_mib():.0f} MiB")
        for question in warm:
            service.ask_now(question)
        stages.clear()
        wall: list[float] = []
        cpu: list[float] = []
        answers: list[object] = []
        rest: list[float] = []  # a question's CPU outside the top-level stages (the answer loop around them)
        for question in timed:
            begin, begin_cpu = time.perf_counter(), time.process_time()
            before = {label: len(values) for label, values in stages.cpu.items()}
            answer = service.ask_now(question)
            wall.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
            staged = sum(
                sum(values[before.get(label, 0) :]) for label, values in stages.cpu.items() if not label.startswith(" ")
            )
            rest.append(cpu[-1] - staged)
            answers.append(dataclasses.asdict(answer))
        mode = "sequential" if args.sequential else "semantic work in its thread"
        print(
            f"{len(timed)} questions ({mode}), load average {os.getloadavg()[0]:.2f}, peak RSS"
            f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )
        print("\n| stage | calls a question | wall p50 ms | CPU p50 ms | wall ms a question |")
        print("|---|---|---|---|---|")
        whole = f"{statistics.median(wall):.2f} | {statistics.median(cpu):.2f} | {statistics.mean(wall):.2f}"
        print(f"| ask_now | 1 | {whole} |")
        for label, values in stages.wall.items():
            print(
                f"| {label} | {len(values) / len(timed):.1f} | {statistics.median(values):.2f}"
                f" | {statistics.median(stages.cpu[label]):.2f} | {sum(values) / len(timed):.2f} |"
            )
        print(f"| rest of ask_now (CPU outside the stages above) | 1 | | {statistics.median(rest):.2f} | |")
        if args.answers:
            args.answers.write_text(json.dumps(answers), encoding="utf-8")
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            for question in timed:
                service.ask_now(question)
            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    finally:
        await store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a default row's database (vectors stored)")
    parser.add_argument("docs", type=Path, help="its documents folder")
    parser.add_argument("questions", type=Path, help="bench/scale.py's questions-<size>.json")
    parser.add_argument("--warm", type=int, default=20, help="questions asked untimed first (default 20)")
    parser.add_argument("--sequential", action="store_true", help="embed and search neighbours in the asking thread")
    parser.add_argument("--answers", type=Path, help="write each question's whole answer as JSON here")
    parser.add_argument("--profile", action="store_true", help="print cProfile's most expensive functions")
    return asyncio.run(measure(parser.parse_args(argv)))


if __name__ == "__main__":
    # this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
    # ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
    if not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
