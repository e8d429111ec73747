"""The memory/CPU trade-off of malloc's settings: one bench/soak.py life run under one glibc malloc or onnxruntime
setting.

    nice -n 10 .venv/bin/python bench/malloc_life.py SETTING OUT.json --life-questions 2000 [soak.py's life options]

SETTING, comma-separated (issue 13; hq26 fixed glibc's mmap threshold at 128 KB when the model loads):
  mmap=N            the mmap threshold docbot fixes, in bytes (`semantic.MMAP_THRESHOLD_BYTES`)
  dynamic           no mallopt by docbot: glibc's default, a threshold raised to each large block freed
  arena=N           M_ARENA_MAX (at most N malloc arenas; MALLOC_ARENA_MAX)
  trim_threshold=N  M_TRIM_THRESHOLD (glibc stops raising the mmap threshold once any of these is set)
  trimcall          malloc_trim(0) after each batch of sentence vectors and after each reindex
  ortarena          onnxruntime's CPU arena on (docbot turns it off)

Measures, besides the soak's own tables: RSS and glibc's heaps (mallinfo2: in use, free, mmap'd) at each sample, each
question's wall time through `AnswerService.ask` and CPU time of its worker thread (`_answer`), and each vector batch's
sentences and CPU time of the thread that computes it (`embeddings._embed`: the bot computes them in one background
thread on 2 cores). Writes them to OUT.json after each sample and at the end, and prints a summary line. Run several
settings side by side and alternate them, so that the shared machine's load hits all alike.
"""

from __future__ import annotations

import ctypes
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import memprobe
import soak
from percentiles import percentile

M_TRIM_THRESHOLD, M_ARENA_MAX = -1, -8  # mallopt's parameter numbers (malloc.h); the mmap threshold is semantic's


USAGE = "usage: malloc_life.py SETTING OUT.json [soak.py's life options]  (SETTING: see this file's description)"
NUMBERS = {"mmap": 0, "arena": 1, "trim_threshold": 0}  # the settings that take a whole number, and its least
FLAGS = {"dynamic", "trimcall", "ortarena"}


def parse(setting: str) -> dict[str, str]:
    """SETTING's options by name (a flag's value ""), or SystemExit saying in one line what is wrong with it."""
    options = dict(part.split("=", 1) if "=" in part else (part, "") for part in setting.split(",") if part)
    known = sorted(NUMBERS.keys() | FLAGS)
    unknown = set(options) - set(known)
    if unknown or ("mmap" in options) == ("dynamic" in options):
        raise SystemExit(f"setting {setting!r}: one of mmap=N or dynamic, then any of {known}")
    for name, value in options.items():
        if name in FLAGS and value:
            raise SystemExit(f"setting {setting!r}: {name} takes no value")
        if name in NUMBERS and not (value.isdecimal() and int(value) >= NUMBERS[name]):
            raise SystemExit(f"setting {setting!r}: {name} takes a whole number from {NUMBERS[name]}, not {value!r}")
    return options


def described(options: dict[str, str]) -> str:
    """The settings of the run in words, for its first line."""
    said = [f"mmap threshold fixed at {options['mmap']} bytes" if "mmap" in options else "glibc's dynamic threshold"]
    said += [f"at most {options['arena']} malloc arenas"] if "arena" in options else []
    said += [f"trim threshold {options['trim_threshold']} bytes"] if "trim_threshold" in options else []
    said += ["malloc_trim(0) after each vector batch and reindex"] if "trimcall" in options else []
    said += ["onnxruntime's CPU arena on"] if "ortarena" in options else []
    return ", ".join(said)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def p95(values: list[float]) -> float:
    return percentile(values, 0.95) if values else 0.0


def main() -> int:
    if len(sys.argv) < 3 or sys.argv[1] in ("-h", "--help"):
        print(USAGE, file=sys.stderr)
        return 0 if sys.argv[1:2] in (["-h"], ["--help"]) else 2
    setting, out = sys.argv[1], Path(sys.argv[2])
    del sys.argv[1:3]
    options = parse(setting)
    try:
        out.write_text(json.dumps({"setting": setting, "rows": []}))  # before the run, not after it
    except OSError as error:
        raise SystemExit(f"malloc_life.py: cannot write {out}: {error.strerror}") from None
    print(f"malloc_life: {setting}: {described(options)}; figures to {out}", flush=True)
    libc = memprobe._libc
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    if "arena" in options:
        libc.mallopt(M_ARENA_MAX, int(options["arena"]))

    from retrieval import service
    from retrieval.answer import embeddings, semantic

    if "mmap" in options:
        semantic.MMAP_THRESHOLD_BYTES = int(options["mmap"])
    else:
        semantic._free_large_blocks_to_the_system = lambda: None  # type: ignore[assignment]
    if "trim_threshold" in options:
        libc.mallopt(M_TRIM_THRESHOLD, int(options["trim_threshold"]))
    if "ortarena" in options:
        import onnxruntime

        session = onnxruntime.InferenceSession

        def arena_on(path: str, settings: Any, **kwargs: Any) -> Any:
            settings.enable_cpu_mem_arena = True
            return session(path, settings, **kwargs)

        onnxruntime.InferenceSession = arena_on
    trim = "trimcall" in options

    walls: list[float] = []  # ms
    cpus: list[float] = []  # ms
    builds: list[tuple[int, float, float]] = []  # sentences, CPU s, wall s
    rows: list[dict[str, Any]] = []

    embed = embeddings._embed

    def timed_embed(encode: Any, paragraphs: Any) -> Any:
        sentences = sum(1 for paragraph in paragraphs for _, _, todo in paragraph if todo)
        cpu, wall = time.thread_time(), time.perf_counter()
        vectors = embed(encode, paragraphs)
        builds.append((sentences, time.thread_time() - cpu, time.perf_counter() - wall))
        if trim:
            libc.malloc_trim(0)
        return vectors

    embeddings._embed = timed_embed
    answer, ask, reindex = service.AnswerService._answer, service.AnswerService.ask, service.AnswerService.reindex

    def timed_answer(self: Any, *args: Any, **kwargs: Any) -> Any:
        cpu = time.thread_time()
        try:
            return answer(self, *args, **kwargs)
        finally:
            cpus.append((time.thread_time() - cpu) * 1000)

    async def timed_ask(self: Any, *args: Any, **kwargs: Any) -> Any:
        wall = time.perf_counter()
        result = await ask(self, *args, **kwargs)
        walls.append((time.perf_counter() - wall) * 1000)
        return result

    async def trimmed_reindex(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await reindex(self, *args, **kwargs)
        finally:
            libc.malloc_trim(0)

    service.AnswerService._answer = timed_answer  # type: ignore[method-assign]
    service.AnswerService.ask = timed_ask  # type: ignore[method-assign]
    if trim:
        service.AnswerService.reindex = trimmed_reindex  # type: ignore[method-assign]

    def dump() -> None:
        result = {"setting": setting, "rows": rows, "wall_ms": walls, "cpu_ms": cpus, "builds": builds}
        result["peak_rss"] = soak.status("VmHWM") / 1024
        out.write_text(json.dumps(result))

    sample = soak.LifeSampler.sample

    def probed(self: soak.LifeSampler, done: int) -> None:
        sample(self, done)
        heaps = libc.mallinfo2()
        row = {
            "done": done,
            "rss": soak.status("VmRSS") / 1024,
            "malloc free": heaps.fordblks / 2**20,
            "malloc in use": heaps.uordblks / 2**20,
            "mmap": heaps.hblkhd / 2**20,
            "time": time.time(),
            "load": os.getloadavg()[0],
        }
        rows.append(row)
        print(f"  {setting}: " + json.dumps(row), file=sys.stderr, flush=True)
        dump()

    soak.LifeSampler.sample = probed  # type: ignore[method-assign]
    for option in ("--questions", "--reindexes"):
        if option not in sys.argv:
            sys.argv += [option, "0"]
    ran = False
    try:
        status = soak.main()
        ran = True
    except SystemExit as stop:
        ran = not stop.code  # soak refused its options on a line of its own: nothing ran, nothing to sum up
        raise
    finally:
        dump()
        if ran or rows:
            print(summary_of(setting, rows, walls, cpus, builds))
    return status


def summary_of(
    setting: str, rows: list[dict[str, Any]], walls: list[float], cpus: list[float], builds: list[Any]
) -> str:
    """The run's line: RSS from the first sample to the last, questions' wall and CPU time, vector batches' speed."""
    sentences = sum(b[0] for b in builds)
    build_cpu = sum(b[1] for b in builds)
    return (
        f"{setting}: RSS {rows[0]['rss'] if rows else 0:.1f} -> {rows[-1]['rss'] if rows else 0:.1f} MB,"
        f" questions {len(walls)} wall p50 {median(walls):.1f} p95 {p95(walls):.1f} ms,"
        f" CPU p50 {median(cpus):.1f} p95 {p95(cpus):.1f} ms; vectors {sentences} sentences in"
        f" {build_cpu:.1f} CPU s ({sentences / build_cpu if build_cpu else 0:.1f}/s)"
    )


if __name__ == "__main__":
    sys.exit(main())
