"""bench/malloc_life.py's settings and error paths: a wrong SETTING, no arguments or an OUT.json it cannot write stop
at once with one line (they ended in tracebacks, the last one after the whole run); the first line says the run's
settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench_scripts import BENCH, load_bench

malloc_life = load_bench("malloc_life")


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("mmap=abc", "mmap takes a whole number from 0, not 'abc'"),
        ("dynamic,arena=0", "arena takes a whole number from 1, not '0'"),
        ("mmap=1,trimcall=3", "trimcall takes no value"),
        ("mmap=1,dynamic", "one of mmap=N or dynamic"),
        ("arena=2", "one of mmap=N or dynamic"),
    ],
)
def test_a_wrong_setting_is_one_line(setting: str, said: str) -> None:
    with pytest.raises(SystemExit) as caught:
        malloc_life.parse(setting)
    assert said in str(caught.value.code) and "\n" not in str(caught.value.code)


def test_the_settings_are_said_in_words() -> None:
    options = malloc_life.parse("mmap=131072,arena=2,trimcall")
    assert malloc_life.described(options) == (
        "mmap threshold fixed at 131072 bytes, at most 2 malloc arenas, malloc_trim(0) after each vector batch and"
        " reindex"
    )
    assert malloc_life.described(malloc_life.parse("dynamic,ortarena")) == (
        "glibc's dynamic threshold, onnxruntime's CPU arena on"
    )


@pytest.mark.parametrize("arguments", [[], ["mmap=131072"], ["mmap=131072", "/nonexistent/folder/out.json"]])
def test_missing_arguments_or_an_unwritable_out_stop_before_the_run(arguments: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "malloc_life.py"), *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""
