"""Resource needs of a deployment (docs/deploy.md): memory, disk and `docbot check` time at 10k, 100k and 1M sentences.

    .venv/bin/python bench/deploy_resources.py [--sizes 10000,100000,1000000] [--questions 50] [--work DIR]

Uses bench/scale.py's generated English corpus (needs the bench extra: wordfreq). For each size, each step in a fresh
process so that its peak RSS is its own (os.wait4; a process's peak includes the worker processes it waited for only
as a maximum, not a sum):
- `docbot index` into an empty database with the default settings (reading, SQLite, search index, actors): seconds
  and peak RSS;
- the bot's answering process without Discord, as `docbot run` sets it up (discord.py and the cogs imported, the
  store opened, the stored index loaded, the start-up reindex that finds nothing changed, then the questions through
  `AnswerService.ask` with room for paging), with `RERANKER=none` and with `RERANKER=minilm`: start seconds, mean
  ms a question and peak RSS;
- the database file, its WAL (as left by the build) and the tantivy folder beside it, on disk;
- `docbot check` (the container health check): wall seconds of the whole command, interpreter start-up included.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DOCBOT = Path(sys.executable).with_name("docbot")
DEFAULT_SIZES = "10000,100000,1000000"

sys.path.insert(0, str(BENCH))
from scale import generate  # bench/scale.py's corpus


def folder_bytes(path: Path) -> int:
    """Bytes of the files under `path` (0 when it does not exist)."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def timed_child(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run `command`; its wall seconds, its peak RSS in MiB and its standard output."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        assert process.stderr is not None
        err = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        out.seek(0)
        text = out.read().decode()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{command[:3]} exited {process.returncode}:\n{err.decode()[-3000:]}")
    return elapsed, usage.ru_maxrss / 1024, text


async def serve(docs: Path, db: Path, reranker_name: str, questions: list[str]) -> dict[str, float]:
    """The answering process of `docbot run`, without the gateway: what it holds after answering `questions`."""
    started = time.perf_counter()
    import bot.client  # noqa: F401  (discord.py and the bot's modules, as docbot run imports them)
    from bot.settings import Settings
    from bot.wiring import build_service
    from retrieval.answer.semantic import load_reranker
    from retrieval.store.database import Store

    settings = Settings(docs_dir=docs, db_path=db, reranker=reranker_name)
    reranker = await asyncio.to_thread(load_reranker, settings.reranker)
    store = await Store.open(db)
    try:
        service = build_service(settings, store, reranker)
        await service.load()
        await service.reindex()  # what the bot does at start: nothing changed
        start_s = time.perf_counter() - started
        asked = time.perf_counter()
        for question in questions:
            await service.ask(question, top=15)  # 3 results a page, 5 pages: what /ask asks for
        ask_ms = (time.perf_counter() - asked) * 1000 / len(questions)
    finally:
        await store.close()
    return {"start_s": start_s, "ask_ms": ask_ms, "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "docbot-deploy-resources")
    parser.add_argument("--serve", nargs=4, help=argparse.SUPPRESS)  # docs db reranker questions.json (a worker)
    args = parser.parse_args(argv)
    if args.serve:
        docs, db, name, questions = args.serve
        result = asyncio.run(serve(Path(docs), Path(db), name, json.loads(Path(questions).read_text())))
        print(json.dumps(result))
        return 0

    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        base = args.work / str(size)
        docs = base / "docs"
        questions = generate(docs, size, args.questions)
        (base / "questions.json").write_text(json.dumps(questions))
        db = base / "data" / "docbot.sqlite3"
        shutil.rmtree(db.parent, ignore_errors=True)
        env = {**os.environ, "RERANKER": "none", "LOG_LEVEL": "WARNING"}
        build_s, build_mib, _ = timed_child([str(DOCBOT), "index", "--docs", str(docs), "--db", str(db)], env)
        row: dict[str, object] = {"sentences": size, "build_s": build_s, "build_mib": build_mib}
        for name in ("none", "minilm"):
            _, mib, out = timed_child(
                [sys.executable, __file__, "--serve", str(docs), str(db), name, str(base / "questions.json")]
            )
            result = json.loads(out)
            row[f"{name}_start_s"] = result["start_s"]
            row[f"{name}_ask_ms"] = result["ask_ms"]
            row[f"{name}_mib"] = mib
        row["db_mb"] = folder_bytes(db) / 1e6
        row["wal_mb"] = folder_bytes(db.with_name(db.name + "-wal")) / 1e6  # as large as the last big write
        row["tantivy_mb"] = folder_bytes(db.with_name(db.name + ".tantivy")) / 1e6
        check_env = {**env, "DOCS_DIR": str(docs), "DB_PATH": str(db)}
        row["check_s"], row["check_mib"], _ = timed_child([str(DOCBOT), "check"], check_env)
        row["docs_mb"] = folder_bytes(docs) / 1e6
        print(json.dumps(row), flush=True)
        rows.append(row)

    print()
    print(
        "| sentences | documents MB | index s | index peak MiB | database MB (+WAL) | tantivy MB "
        "| serve MiB (RERANKER=none) | serve MiB (minilm) | start s (none / minilm) | ask ms (none / minilm) "
        "| docbot check s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        cells = [
            f"{r['sentences']:,}",
            f"{r['docs_mb']:.0f}",
            f"{r['build_s']:.1f}",
            f"{r['build_mib']:,.0f}",
            f"{r['db_mb']:.1f} (+{r['wal_mb']:.1f})",
            f"{r['tantivy_mb']:.0f}",
            f"{r['none_mib']:,.0f}",
            f"{r['minilm_mib']:,.0f}",
            f"{r['none_start_s']:.2f} / {r['minilm_start_s']:.2f}",
            f"{r['none_ask_ms']:.1f} / {r['minilm_ask_ms']:.1f}",
            f"{r['check_s']:.2f}",
        ]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
