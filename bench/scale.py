"""Scale: build, incremental reindex, start-up, query time and memory at 10k, 100k and 1M sentences.

    .venv/bin/python bench/scale.py [--sizes 10000,100000,1000000] [--questions 200] [--work DIR] [--plain-cap 20]

Needs the bench extra (`pip install -e '.[bench]'`: wordfreq). For each size it writes a folder of generated English
documents of 100 sentences each (paragraphs of 3-7 sentences under a title line). Words are drawn from the 40,000 most
frequent English words of `wordfreq` with their real frequencies (a Zipf distribution, stop words included), 6-24 words
a sentence. The 200 questions are 3-6 words of randomly chosen sentences behind a question word ("why ... ?").

Rows, each measured in fresh processes so that peak RSS is that step's own (`--rows` picks some):
- `default`: docbot as the quick start installs it (`pip install -e '.[semantic]'`): ENGINE=auto (rank-bm25 below
  50,000 sentences, tantivy from there), RERANKER=auto (MiniLM with every sentence's vector stored and hybrid
  candidates), the actors pass after each reindex;
- `none`: the same with RERANKER=none (lexical answers; no vectors);
- `rank-bm25`: docbot with ENGINE=rank-bm25 and RERANKER=none (BM25Plus of rank-bm25 in memory, scoring only
  candidate sentences);
- `tantivy`: docbot with ENGINE=tantivy and RERANKER=none, at sizes where the default is not tantivy already;
- `plain`: plain rank-bm25, BM25Okapi().get_scores over every sentence for each question (the tokens docbot stored),
  top 10 by argsort; it has no database, no incremental update and no persistence. At 1M it is ~1 s a question:
  its question count is capped (`--plain-cap`, and the `rank-bm25` row too) and the table says how many were timed.

Columns:
- build s: `AnswerService.reindex()` into an empty database (reading, splitting, tokenizing, SQLite, search index,
  the actors pass); `plain`: constructing BM25Okapi from the stored tokens;
- vectors, embed s, embed/s (`default` row): the stored sentence vectors, computed by the model after the build
  (`AnswerService.embed_missing`, one onnxruntime thread, as the bot does in the background) up to
  `--model-vectors-up-to` sentences: seconds and sentences a second; above that size the table is filled with random
  unit vectors ("synthetic": same size, same question-time work, no quality) because computing them would take hours
  on this machine; embed s is then the fill, not the model;
- incr s: reindex after one 100-sentence document changed, in the process that built the index (as a running bot;
  for `default`, the changed document's vectors computed too);
- build MiB: peak RSS of the build process;
- start s: a new process opens the existing index and answers its first question (`load()` + one `ask_now`);
- p50/p95 ms: the engine's ranking, tokenize + `engine.search(terms, 30)` (top 30, what an answer shows from);
- rank p50/p95 ms: the answer's whole ranking, `rerank.rank_sentences` (it asks the engine for up to 1,000 candidate
  sentences, and, in memory, a paragraph engine too, then rescores them with their paragraph and previous sentence);
- ask ms, ask p50/p95: `ask_now` per question in that process (ranking, duplicate folding, context, not-found
  decision; for `default`: embedding the question, stored vectors, hybrid neighbours, reranking);
- serve MiB: peak RSS of the answering process (start-up included);
- batch ms/q: `docbot ask` reading the questions on standard input, wall time per question beyond the first
  ((T(all) - T(1)) / (n - 1)); batch 1st s: T(1), a whole `docbot ask` run for one question (start-up, folder scan).

Last, the top-10 agreement of the two engines on squad-small (`bench/data/squad-small`): the share of the ten
sentences ranked by rank-bm25 (docbot's RankBM25Engine) that tantivy (TantivyEngine) also ranks in its ten, averaged
over the questions, and the share of questions with the same first sentence; then the same two figures for the
answer's whole ranking (`rerank.rank_sentences`: in memory with its paragraph engine, against tantivy with its own
paragraph index).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from percentiles import percentile  # bench/percentiles.py: scripts in bench/ import their neighbours by name

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SQUAD_SMALL = BENCH / "data" / "squad-small"
SENTENCES_PER_DOCUMENT = 100
DEFAULT_SIZES = "10000,100000,1000000"
CONFIGS = ("default", "none", "rank-bm25")


AUTO_TANTIVY_SENTENCES = 50_000  # retrieval.index.persistence's; `default` already is tantivy from there


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the generated corpus --------------------------------------------------------------------------------------------


class Writer:
    """Zipf-distributed English sentences from wordfreq's frequency list."""

    def __init__(self, seed: int) -> None:
        import wordfreq

        words = [w for w in wordfreq.top_n_list("en", 40_000) if w.replace("'", "").isalpha() and w != "i"]
        self.words = words
        self.weights = [wordfreq.word_frequency(w, "en") for w in words]
        self.random = random.Random(seed)
        self._pool: list[str] = []

    def word(self) -> str:
        if not self._pool:
            self._pool = self.random.choices(self.words, self.weights, k=100_000)
        return self._pool.pop()

    def sentence(self) -> str:
        count = self.random.randint(6, 24)
        words = [self.word() for _ in range(count)]
        if count > 10 and self.random.random() < 0.4:
            words[self.random.randint(3, count - 4)] += ","
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def document(self, number: int) -> str:
        title = " ".join(self.word() for _ in range(self.random.randint(3, 7))).title()
        paragraphs: list[str] = []
        left = SENTENCES_PER_DOCUMENT
        while left:
            size = min(left, self.random.randint(3, 7))
            paragraphs.append(" ".join(self.sentence() for _ in range(size)))
            left -= size
        return f"{title} {number}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(folder: Path, sentences: int, questions: int, seed: int = 7) -> list[str]:
    """Write the documents (kept between runs when complete) and return the questions."""
    documents = max(1, sentences // SENTENCES_PER_DOCUMENT)
    marker = folder.with_name(folder.name + ".complete")
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        writer = Writer(seed)
        for number in range(documents):
            sub = folder / f"part{number // 1000:03d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"doc{number:06d}.txt").write_text(writer.document(number), encoding="utf-8")
        marker.write_text("")
    picker = random.Random(seed + 1)
    asked: list[str] = []
    files = sorted(folder.rglob("*.txt"))
    while len(asked) < questions:
        lines = [p for p in picker.choice(files).read_text(encoding="utf-8").split("\n\n")[1:] if p]
        sentence = picker.choice(picker.choice(lines).split(". "))
        words = list(dict.fromkeys(w.strip(".,").lower() for w in sentence.split()))
        if len(words) < 3:
            continue
        chosen = picker.sample(words, min(len(words), picker.randint(3, 6)))
        asked.append(f"{picker.choice(['What', 'Why', 'How', 'Who', 'When'])} {' '.join(chosen)}?")
    return asked


def change_one_document(folder: Path, seed: int) -> None:
    """Rewrite the first document with 100 new sentences."""
    first = min(folder.rglob("*.txt"))
    first.write_text(Writer(seed).document(0), encoding="utf-8")


# --- workers (each in its own process) -------------------------------------------------------------------------------


async def _open(config: str, docs: Path, db: Path):  # type: ignore[no-untyped-def]
    from retrieval.answer.semantic import load_reranker
    from retrieval.service import AnswerService
    from retrieval.store.database import Store

    store = await Store.open(db)
    engine = "auto" if config in ("default", "none") else config
    reranker = load_reranker("auto" if config == "default" else "none")
    return AnswerService(store, docs, engine=engine, reranker=reranker)


def fill_synthetic_vectors(db: Path, model_id: str, seed: int = 11) -> int:
    """Random unit passage vectors for every sentence, as the model's (384 dimensions): the question-time work of
    stored vectors without the hours of computing them."""
    import numpy as np

    from retrieval.store import embeddings as table

    connection = table.connect_writer(db)
    rng = np.random.default_rng(seed)
    try:
        table.claim_model(connection, model_id)
        ids = [int(r[0]) for r in connection.execute("SELECT id FROM sentences WHERE kind != 'heading' ORDER BY id")]
        for start in range(0, len(ids), 20_000):
            chunk = ids[start : start + 20_000]
            vectors = rng.standard_normal((len(chunk), 384)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            rows = [(i, table.pack(v)) for i, v in zip(chunk, vectors, strict=True)]
            table.write_embeddings(connection, model_id, rows)
    finally:
        connection.close()
    return len(ids)


async def work_build(config: str, docs: Path, db: Path, model_vectors: bool) -> dict[str, object]:
    service = await _open(config, docs, db)
    vectors: str | None = None
    embed_s: float | None = None
    embed_rate: float | None = None
    try:
        started = time.perf_counter()
        report = await service.reindex()
        build = time.perf_counter() - started
        build_mib = peak_rss_mib()
        reranker = service._reranker
        if reranker is not None:
            started = time.perf_counter()
            if model_vectors:
                done = await service.embed_missing()
                assert done is not None and done.complete
                vectors = "model"
            else:
                await asyncio.to_thread(fill_synthetic_vectors, db, reranker.model_id)
                vectors = "synthetic"
            embed_s = time.perf_counter() - started
            embed_rate = report.sentences / embed_s
        change_one_document(docs, seed=int(time.time()))
        started = time.perf_counter()
        changed = await service.reindex()
        if reranker is not None:
            await service.embed_missing()
        incremental = time.perf_counter() - started
        assert len(changed.changed) == 1, changed
    finally:
        await service.store.close()
    return {
        "sentences": report.sentences,
        "build_s": build,
        "incr_s": incremental,
        "build_mib": build_mib,
        "vectors": vectors,
        "embed_s": embed_s,
        "embed_rate": embed_rate,
        "embed_mib": peak_rss_mib() if vectors else None,
    }


async def work_serve(engine: str, docs: Path, db: Path, questions: list[str], cap: int) -> dict[str, object]:
    from retrieval.answer.ranking import rank_sentences
    from retrieval.tokenize import tokenize

    started = time.perf_counter()
    service = await _open(engine, docs, db)
    try:
        await service.load()
        service.ask_now(questions[0])
        startup = time.perf_counter() - started
        await service.neighbours_loaded()  # hybrid candidates (read in the background at start-up) for every timing
        snapshot = service._require_snapshot()
        engine_name = type(snapshot.engine).__name__
        timed = questions[:cap] if cap else questions
        ranking: list[float] = []
        for question in timed:
            begin = time.perf_counter()
            snapshot.engine.search(tokenize(question), 30)
            ranking.append((time.perf_counter() - begin) * 1000)
        reranking: list[float] = []
        for question in timed:
            begin = time.perf_counter()
            corpus = snapshot.corpus
            rank_sentences(question, tokenize(question), corpus.sentences, snapshot.engine, corpus.paragraphs, 30)
            reranking.append((time.perf_counter() - begin) * 1000)
        asks: list[float] = []
        for question in timed:
            begin = time.perf_counter()
            service.ask_now(question)
            asks.append((time.perf_counter() - begin) * 1000)
        ask = statistics.mean(asks)
    finally:
        await service.store.close()
    return {
        "engine": engine_name,
        "start_s": startup,
        "p50_ms": statistics.median(ranking),
        "p95_ms": percentile(ranking, 0.95),
        "rank50_ms": statistics.median(reranking),
        "rank95_ms": percentile(reranking, 0.95),
        "ask_ms": ask,
        "ask50_ms": statistics.median(asks),
        "ask95_ms": percentile(asks, 0.95),
        "hybrid": service.embeddings_complete,
        "timed": len(timed),
        "serve_mib": peak_rss_mib(),
    }


def work_plain(db: Path, questions: list[str], cap: int) -> dict[str, object]:
    import sqlite3

    import numpy as np
    from rank_bm25 import BM25Okapi

    from retrieval.tokenize import tokenize

    with sqlite3.connect(db) as connection:
        corpus = [row[0].split() or [""] for row in connection.execute("SELECT tokens FROM sentences ORDER BY id")]
    started = time.perf_counter()
    bm25 = BM25Okapi(corpus)
    build = time.perf_counter() - started
    timed = questions[:cap] if cap else questions
    ranking: list[float] = []
    for question in timed:
        begin = time.perf_counter()
        scores = bm25.get_scores(tokenize(question))
        np.argsort(-scores)[:10]
        ranking.append((time.perf_counter() - begin) * 1000)
    return {
        "engine": "BM25Okapi",
        "build_s": build,
        "p50_ms": statistics.median(ranking),
        "p95_ms": percentile(ranking, 0.95),
        "timed": len(timed),
        "serve_mib": peak_rss_mib(),
    }


def run_worker(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if result.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{result.stderr[-3000:]}")
    parsed: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed


def batch_ask(config: str, docs: Path, db: Path, questions: list[str]) -> tuple[float, float]:
    """Wall seconds of `docbot ask` for one question, and milliseconds per question beyond the first."""
    docbot = Path(sys.executable).with_name("docbot")
    engine = "auto" if config in ("default", "none") else config
    reranker = "auto" if config == "default" else "none"
    env = {**os.environ, "ENGINE": engine, "RERANKER": reranker, "LOG_LEVEL": "WARNING"}

    def run(lines: list[str]) -> float:
        begin = time.perf_counter()
        subprocess.run(
            [str(docbot), "ask", "--docs", str(docs), "--db", str(db)],
            input="\n".join(lines) + "\n",
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=docs.parent,
        )
        return time.perf_counter() - begin

    one = min(run(questions[:1]) for _ in range(2))
    every = run(questions)
    return one, (every - one) * 1000 / max(1, len(questions) - 1)


# --- agreement on squad-small ----------------------------------------------------------------------------------------


def agreement(folder: Path) -> dict[str, float]:
    from retrieval.answer.ranking import rank_sentences
    from retrieval.index.engine import RankBM25Engine
    from retrieval.index.paragraphs import build_paragraph_index
    from retrieval.index.tantivy_engine import TantivyEngine
    from retrieval.ingest.walk import parse_document
    from retrieval.models import IndexedSentence
    from retrieval.tokenize import tokenize

    sentences: list[IndexedSentence] = []
    paragraphs: list[int] = []  # a number per (document, paragraph)
    for number, path in enumerate(sorted((folder / "docs").glob("*.txt"))):
        document, _ = parse_document(path.name, path.read_bytes(), 0)
        for s in document.sentences:
            sentences.append(IndexedSentence(len(sentences), number, s.paragraph, s.sentence, s.text, s.tokens))
            paragraphs.append(number * 100_000 + s.paragraph)
    tokens = [s.tokens for s in sentences]
    rank = RankBM25Engine(tokens)
    tantivy = TantivyEngine.from_tokens(tokens, paragraphs)
    paragraph_index = build_paragraph_index(sentences, lambda units: RankBM25Engine([u.tokens for u in units]))
    overlaps: list[float] = []
    same_first = 0
    ranking_overlaps: list[float] = []
    ranking_first = 0
    for line in (folder / "qa.jsonl").read_text(encoding="utf-8").splitlines():
        question = json.loads(line)["q"]
        terms = tokenize(question)
        a = [r.position for r in rank.search(terms, 10)]
        b = [r.position for r in tantivy.search(terms, 10)]
        if not a:
            continue
        overlaps.append(len(set(a) & set(b)) / len(a))
        same_first += bool(b) and a[0] == b[0]
        # The answer's whole ranking (sentence, paragraph, previous sentence): in memory against on disk.
        c = [r.position for r in rank_sentences(question, terms, sentences, rank, paragraph_index, 10)]
        d = [r.position for r in rank_sentences(question, terms, sentences, tantivy, None, 10)]
        ranking_overlaps.append(len(set(c) & set(d)) / len(c))
        ranking_first += bool(d) and c[0] == d[0]
    return {
        "questions": len(overlaps),
        "top10": statistics.mean(overlaps),
        "top1": same_first / len(overlaps),
        "ranking_top10": statistics.mean(ranking_overlaps),
        "ranking_top1": ranking_first / len(ranking_overlaps),
        "sentences": len(sentences),
    }


# --- the run ---------------------------------------------------------------------------------------------------------


def cell(row: dict[str, object], key: str, digits: int = 1) -> str:
    value = row.get(key)
    if value is None:
        return "–"
    assert isinstance(value, int | float)
    return f"{value:,.{digits}f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help=f"sentence counts (default {DEFAULT_SIZES})")
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "docbot-scale")
    parser.add_argument("--plain-cap", type=int, default=20, help="questions timed for rank-bm25 rows at 1M")
    parser.add_argument("--rows", default=",".join(CONFIGS), help=f"rows to measure (default {','.join(CONFIGS)})")
    parser.add_argument(
        "--model-vectors-up-to",
        type=int,
        default=100_000,
        help="compute the default row's vectors with the model up to this size; synthetic vectors above",
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; work folder {args.work}", flush=True)
    rows: list[tuple[int, str, dict[str, object]]] = []
    for size in sizes:
        corpus = args.work / f"corpus-{size}"
        begin = time.perf_counter()
        questions = generate(corpus, size, args.questions)
        print(f"\n{size:,} sentences: documents ready in {time.perf_counter() - begin:.1f}s", flush=True)
        questions_file = args.work / f"questions-{size}.json"
        questions_file.write_text(json.dumps(questions))
        cap = args.plain_cap if size >= 1_000_000 else 0
        wanted = [c for c in args.rows.split(",") if c]
        configs = [*wanted, "tantivy"] if size < AUTO_TANTIVY_SENTENCES and "rank-bm25" in wanted else wanted
        for config in configs:
            run_dir = args.work / f"run-{size}-{config}"
            shutil.rmtree(run_dir, ignore_errors=True)
            docs = run_dir / "docs"
            shutil.copytree(corpus, docs)
            db = run_dir / "docbot.sqlite3"
            row: dict[str, object] = {}
            model_vectors = "1" if size <= args.model_vectors_up_to else "0"
            row.update(run_worker("build", config, str(docs), str(db), model_vectors))
            config_cap = cap if config == "rank-bm25" else 0
            row.update(run_worker("serve", config, str(docs), str(db), str(questions_file), str(config_cap)))
            if config == "default" or size < 1_000_000:
                one, per = batch_ask(config, docs, db, questions)
                row.update({"batch_first_s": one, "batch_ms": per})
            rows.append((size, config, row))
            print(f"  {config}: {json.dumps(row)}", flush=True)
            if config == "rank-bm25":
                plain = run_worker("plain", str(db), str(questions_file), str(cap))
                rows.append((size, "plain", plain))
                print(f"  plain: {json.dumps(plain)}", flush=True)
            shutil.rmtree(run_dir / "docs")
    print(
        "\n| sentences | row | engine | build s | incr s | build MiB | vectors | embed s | embed/s | start s"
        " | p50 ms | p95 ms | rank p50 ms | rank p95 ms | ask ms | ask p50 ms | ask p95 ms | serve MiB | batch ms/q"
        " | batch 1st s | timed |"
    )
    print("|---" * 21 + "|")
    for size, config, row in rows:
        print(
            f"| {size:,} | {config} | {row.get('engine', '')} | {cell(row, 'build_s')} | {cell(row, 'incr_s', 2)}"
            f" | {cell(row, 'build_mib', 0)} | {row.get('vectors') or '–'} | {cell(row, 'embed_s')}"
            f" | {cell(row, 'embed_rate', 0)} | {cell(row, 'start_s', 2)} | {cell(row, 'p50_ms', 2)}"
            f" | {cell(row, 'p95_ms', 2)} | {cell(row, 'rank50_ms', 2)} | {cell(row, 'rank95_ms', 2)}"
            f" | {cell(row, 'ask_ms', 2)} | {cell(row, 'ask50_ms', 2)} | {cell(row, 'ask95_ms', 2)}"
            f" | {cell(row, 'serve_mib', 0)} | {cell(row, 'batch_ms', 2)} | {cell(row, 'batch_first_s', 2)}"
            f" | {row.get('timed', '')} |"
        )
    squad = SQUAD_SMALL if SQUAD_SMALL.is_dir() else ROOT.parent / "shared" / "eval" / "squad-small"
    if squad.is_dir():
        result = agreement(squad)
        print(
            f"\nsquad-small ({result['questions']:.0f} questions, {result['sentences']:.0f} sentences): top-10"
            f" agreement rank-bm25 vs tantivy {result['top10']:.3f}; same first sentence {result['top1']:.3f}; whole"
            f" answer ranking (with paragraphs): top-10 {result['ranking_top10']:.3f},"
            f" first {result['ranking_top1']:.3f}"
        )
    return 0


def worker(argv: list[str]) -> int:
    kind = argv[0]
    result: dict[str, object]
    if kind == "build":
        result = asyncio.run(work_build(argv[1], Path(argv[2]), Path(argv[3]), argv[4] == "1"))
    elif kind == "serve":
        questions = json.loads(Path(argv[4]).read_text())
        result = asyncio.run(work_serve(argv[1], Path(argv[2]), Path(argv[3]), questions, int(argv[5])))
    elif kind == "plain":
        result = work_plain(Path(argv[1]), json.loads(Path(argv[2]).read_text()), int(argv[3]))
    else:
        raise SystemExit(f"unknown worker {kind}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    # this checkout first, unless PYTHONPATH names the code to run (a baseline from `git archive`: inserted
    # ahead of it, this checkout made PYTHONPATH=<base> runs measure this code twice)
    if not os.environ.get("PYTHONPATH"):
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
