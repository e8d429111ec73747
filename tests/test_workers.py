"""Worker processes and scripts that use docbot as a library (retrieval/workers.py).

A forkserver worker imports the main script as `__mp_main__` before it takes any work. A script with no
`if __name__ == "__main__":` guard that reindexes at its top level used to hang for ever, all its processes idle: the
parent held the writer lock while it waited for its reading workers, and each worker, re-running the script, waited
for that lock. Now the worker's reindex refuses with a message naming the guard, and the script ends with an error.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "bench" / "data" / "realdocs_extra" / "docs" / "md"

# Ends well before the test's own timeout: a script that hangs is the failure this file is about.
SCRIPT_TIMEOUT_SECONDS = 180

_WORK = """
    store = await Store.open(db)
    try:
        service = build_service(Settings(docs_dir=docs, db_path=db, reranker="none"), store)
        report = await service.reindex()
        print("indexed", len(report.added), flush=True)
    finally:
        await store.close()
"""

_SCRIPT = """
import asyncio
import os
import sys
from pathlib import Path

import retrieval.ingest.walk
from bot.settings import Settings
from bot.wiring import build_service
from retrieval.store.database import Store

# Read these few small files in worker processes, as a large folder is, on any machine.
retrieval.ingest.walk.PARALLEL_MIN_BYTES = 0
os.cpu_count = lambda: 2

docs, db = Path(sys.argv[1]), Path(sys.argv[2])
print("top level run as", __name__, flush=True)  # as __mp_main__ by each worker as it starts


async def main() -> None:
{work}

{run}
"""


def _script(folder: Path, guarded: bool) -> Path:
    run = 'if __name__ == "__main__":\n    asyncio.run(main())' if guarded else "asyncio.run(main())"
    path = folder / ("guarded.py" if guarded else "unguarded.py")
    work = textwrap.indent(textwrap.dedent(_WORK).strip("\n"), "    ")
    path.write_text(_SCRIPT.format(work=work, run=run))
    return path


def _run_script(script: Path, docs: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """Run `script` in its own session; on a hang, kill the session (its workers, which never reached the
    initializer that ends them with their parent, too) and fail."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(script), str(docs), str(db)],
        cwd=script.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=SCRIPT_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{script.name} did not end within {SCRIPT_TIMEOUT_SECONDS} s (its workers waiting for ever)")
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in sorted(p.name for p in DOCS.glob("*.md"))[:4]:
        shutil.copy(DOCS / name, folder / name)
    return folder


def test_unguarded_script_ends_with_an_error_naming_the_guard(tmp_path: Path, docs: Path) -> None:
    done = _run_script(_script(tmp_path, guarded=False), docs, tmp_path / "index.sqlite3")
    assert done.returncode != 0, done.stdout
    assert "UnguardedScript" in done.stderr, done.stderr
    assert 'if __name__ == "__main__":' in done.stderr
    assert "top level run as __mp_main__" in done.stdout  # the files were read in workers, which re-ran the script
    assert "indexed" not in done.stdout


def test_guarded_script_reads_in_workers_and_indexes(tmp_path: Path, docs: Path) -> None:
    done = _run_script(_script(tmp_path, guarded=True), docs, tmp_path / "index.sqlite3")
    assert done.returncode == 0, done.stderr
    assert "UnguardedScript" not in done.stderr
    assert "top level run as __mp_main__" in done.stdout  # the files were read in workers
    assert f"indexed {len(list(docs.iterdir()))}" in done.stdout.splitlines()
