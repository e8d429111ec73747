"""Faults (issue 6): a reindex killed with SIGKILL, a read-only database, a read-only volume, a full disk, a gateway
that drops and REST calls answered with 429. Nothing is lost: the last complete index keeps answering, the admin is
told clearly what went wrong, and the answer reaches the member.

Tests that need root to stage a fault for real (mounting a small tmpfs, a read-only bind mount, `chattr +i`) skip with
the reason when they cannot; as a non-root user the read-only database falls back to file modes, which then work.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.settings import Settings
from retrieval.service import AnswerService
from retrieval.store.database import Store
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot, settled
from tests.files import open_service
from tests.test_hardening_documents import check_index

ROOT = Path(__file__).resolve().parents[1]
IS_ROOT = os.geteuid() == 0

pytestmark = pytest.mark.usefixtures("no_progress_lines")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def ask(fake: FakeDiscord, question: str) -> str:
    response = await fake.wait_for_response(await fake.send_slash_command("ask", {"question": question}), timeout=10)
    return response.content or ""


# ---------------------------------------------------------------------------------------------------- kill -9

WORDS = [
    *("river", "stone", "report", "water", "forest", "bridge", "market"),
    *("village", "council", "winter", "summer", "engine", "signal"),
]
QUESTIONS = ["Where is the harbor note 7?", "What does the glacier note 12 say?", "Which market is by the bridge?"]


def generate(folder: Path, tag: str, files: int = 400) -> None:
    """`files` documents of about 2 KB whose words depend on `tag`, so two versions answer differently."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        sentences = [
            f"The {tag} note {i} tells of the {WORDS[(i + j) % len(WORDS)]} and the {WORDS[(i * j) % len(WORDS)]}."
            for j in range(24)
        ]
        body = "\n\n".join(" ".join(sentences[k : k + 4]) for k in range(0, len(sentences), 4))
        (folder / f"doc{i:04d}.txt").write_text(f"{tag.title()} document {i}\n\n{body}\n")


async def answers(docs: Path, db: Path, engine: str) -> list[tuple[bool, list[tuple[str, str]]]]:
    """What a fresh start (the stored index, the folder not read) answers to QUESTIONS."""
    async with open_service(docs, db, index=False, engine=engine) as service:
        await service.load()
        assert service.ready, "the stored index could not be served"
        result = []
        for question in QUESTIONS:
            answer = await service.ask(question)
            result.append((answer.not_found, [(h.text, h.source.path) for h in answer.hits]))
        return result


async def reindex(docs: Path, db: Path, **settings: Any) -> None:
    """Index `docs` into `db` once, as `docbot index` does."""
    async with open_service(docs, db, **settings):
        pass


def top(answer: tuple[bool, list[tuple[str, str]]]) -> tuple[str, str]:
    """The version ("harbor" or "glacier") and the file of an answer's best hit."""
    not_found, hits = answer
    assert not not_found and hits
    text, path = hits[0]
    return ("glacier" if "glacier" in text.lower() else "harbor" if "harbor" in text.lower() else text), path


def sqlite_writer_active(db: Path) -> bool:
    """True while another connection holds the database's write lock (its write transaction is open)."""
    with contextlib.closing(sqlite3.connect(db, timeout=0, isolation_level=None)) as probe:
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error):
                return True
            raise
        probe.execute("ROLLBACK")
        return False


def search_index_writer_active(db: Path) -> bool:
    """True while another process holds the search index's write lock (see PersistentIndex._exclusive)."""
    lock = db.with_name(db.name + ".tantivy.lock")
    if not lock.exists():
        return False
    with open(lock, "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def index_process(docs: Path, db: Path, engine: str, cwd: Path) -> subprocess.Popen[bytes]:
    """`docbot index` as a real process (`python -m bot.cli`), started from `cwd` (no `.env` there)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ENGINE": engine}
    command = [sys.executable, "-m", "bot.cli", "index", "--docs", str(docs), "--db", str(db)]
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_when(process: subprocess.Popen[bytes], moment: object, timeout: float = 60) -> None:
    """SIGKILL `process` as soon as `moment()` is true; fails if it ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _, err = process.communicate()
            raise AssertionError(f"docbot index ended (status {process.returncode}) before the moment: {err!r}")
        if moment():  # type: ignore[operator]
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            assert process.returncode == -signal.SIGKILL
            return
        time.sleep(0.001)
    process.kill()
    raise AssertionError("the moment to kill never came")


@pytest.mark.parametrize(
    ("engine", "moment"),
    [("rank-bm25", "database write"), ("tantivy", "search index write")],
    ids=["during-the-database-write", "during-the-search-index-write"],
)
async def test_kill_9_during_a_reindex(tmp_path: Path, engine: str, moment: str) -> None:
    docs, db = tmp_path / "docs", tmp_path / "data" / "db.sqlite3"
    generate(docs, "harbor")
    await reindex(docs, db, engine=engine)
    before = await answers(docs, db, engine)
    assert top(before[0]) == ("harbor", "doc0007.txt")
    shutil.rmtree(docs)
    generate(docs, "glacier")  # every file changes: the next reindex rewrites every document

    process = index_process(docs, db, engine, tmp_path)
    if moment == "database write":
        kill_when(process, lambda: sqlite_writer_active(db))
    else:
        kill_when(process, lambda: search_index_writer_active(db))

    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        titles = {str(r[0]).split()[0] for r in connection.execute("SELECT title FROM documents")}
    after_kill = await answers(docs, db, engine)  # the next start
    if moment == "database write":
        # killed inside the write transaction: nothing of it is visible, the last complete index answers
        assert titles == {"Harbor"}
        assert after_kill == before
    else:
        # killed after the database committed, while the search index was being written: the next start finds the
        # search index out of step with the database and rebuilds it, and answers from the new documents
        assert titles == {"Glacier"}
        assert top(after_kill[1]) == ("glacier", "doc0012.txt")

    await reindex(docs, db, engine=engine)  # a new reindex completes
    check_index(db, docs, {p.name for p in docs.iterdir()})
    final = await answers(docs, db, engine)
    assert top(final[1]) == ("glacier", "doc0012.txt")
    if moment == "search index write":
        assert after_kill == final


def test_kill_9_while_worker_processes_read_leaves_no_process_behind(tmp_path: Path) -> None:
    """A folder big enough to be read by worker processes (retrieval.ingest.PARALLEL_MIN_BYTES): SIGKILL while they
    read leaves no worker running and the store as it was."""
    from retrieval.ingest.walk import PARALLEL_MIN_BYTES

    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    generate(docs, "harbor", files=PARALLEL_MIN_BYTES // 1000)
    assert sum(p.stat().st_size for p in docs.iterdir()) > PARALLEL_MIN_BYTES
    process = index_process(docs, db, "auto", tmp_path)
    children: set[int] = set()

    def reading_in_workers() -> bool:
        children.update(_descendants(process.pid))
        return len(children) >= 2  # the forkserver and at least one worker (or a single-core machine's none)

    if (os.cpu_count() or 1) < 2:
        pytest.skip("reading is shared among worker processes only with 2 cores or more")
    kill_when(process, reading_in_workers)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.05)
    left = sorted(pid for pid in children if _alive(pid))
    assert not left, f"processes left behind after kill -9: {left}"
    store_files = list(tmp_path.glob("db.sqlite3*"))
    if db.exists():
        with contextlib.closing(sqlite3.connect(db)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("SELECT COUNT(*) FROM documents").fetchone() == (0,), store_files


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:  # parent pid
                child = int(entry.name)
                found |= {child} | _descendants(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left to collect


# ---------------------------------------------------------------------------------------------------- read-only


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[str]:
    """The file made read-only for real: immutable (`chattr +i`) as root, who ignores file modes; mode 0444 else."""
    if not IS_ROOT:
        path.chmod(0o444)
        try:
            yield "mode 0444"
        finally:
            path.chmod(0o644)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make the database immutable as root (chattr +i: {done.stderr.strip()})")
    try:
        yield "chattr +i"
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[None]:
    """`folder` as a read-only file system: a read-only bind mount of itself (root), or mode 0555 (a normal user)."""
    if not IS_ROOT:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    bind = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, text=True, check=False)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount as root ({bind.stderr.strip()})")
    try:
        remount = ["mount", "-o", "remount,bind,ro", str(folder)]
        subprocess.run(remount, check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


async def test_read_only_database_admin_told_questions_answered(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "data" / "db.sqlite3"
    await reindex(docs, db)
    with read_only_file(db) as how:
        async with docbot(fake, docs, db) as bot:
            await settled(bot)
            assert bot.service.ready
            before = await ask(fake, "What did Putin say about a ceasefire?")
            assert "**ceasefire**" in before
            (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
            iid = await fake.send_slash_command("reindex", user=fake.admin_user)
            final = (await fake.wait_for_response(iid)).content or ""
            assert fake.interactions[iid].callbacks[0].ephemeral  # for the admin's eyes only
            assert "Reindex failed" in final and "readonly database" in final, (how, final)
            assert "previous index is still answering" in final
            assert await ask(fake, "What did Putin say about a ceasefire?") == before
            assert "reservoir.txt" not in await ask(fake, "Is the reservoir full of water?")
    assert "reindex asked by" in caplog.text  # the traceback is in the log for the admin


async def test_a_database_deleted_while_running_is_said_plainly_and_not_created_empty(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """Deleted while the bot ran (the folder cleaned up, say), the database kept answering through the Store's open
    file, but recording a question created an empty file in its place, and then /reindex failed with "no such table:
    meta" and /report with "Something went wrong"."""
    db = tmp_path / "data" / "db.sqlite3"
    async with docbot(fake, docs, db, cooldown_questions=0) as bot:
        await settled(bot)
        for path in db.parent.glob(f"{db.name}*"):
            path.unlink()
        assert "**ceasefire**" in await ask(fake, "What did Putin say about a ceasefire?")  # from the open file
        report = await fake.wait_for_response(await fake.send_slash_command("report", {}, user=fake.admin_user))
        assert "was deleted or replaced while docbot ran; restart docbot" in (report.content or "")
        (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        final = (await fake.wait_for_response(iid, timeout=15)).content or ""
        assert "Reindex failed:** database" in final and "restart docbot" in final
        assert "previous index is still answering" in final
        assert not db.exists()
    async with docbot(fake, docs, db):  # restarted: the index is rebuilt from the documents
        assert "reservoir.txt" in await ask(fake, "Is the reservoir full of water?")


def test_read_only_database_cli(isolated: Path, docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = isolated / "data" / "db.sqlite3"
    paths = ["--docs", str(docs), "--db", str(db)]
    assert main(["index", *paths]) == 0
    (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
    capsys.readouterr()
    with read_only_file(db):
        assert main(["index", *paths]) == 3
        out, err = capsys.readouterr()
        assert out == "" and err.startswith("docbot: error: could not write the index to ") and "readonly" in err
        assert "the previous index is kept" in err
        # asking still answers, from the index as it was, and says why the refresh could not be saved
        assert main(["ask", *paths, "What did Putin say about a ceasefire?"]) == 0
        out, err = capsys.readouterr()
        assert "Putin said a ceasefire" in out and "reservoir" not in out
        assert err.startswith("docbot: warning: could not write the index") and "answering from the index" in err


def test_report_of_a_read_only_database_is_printed_with_one_warning(
    isolated: Path, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`docbot report` deletes expired questions first; on a database it cannot write it printed a traceback, then
    called the database corrupt and told the admin to delete it (with every question and vote kept for /report)."""
    db = isolated / "data" / "db.sqlite3"
    assert main(["index", "--docs", str(docs), "--db", str(db)]) == 0
    capsys.readouterr()
    with read_only_file(db):
        assert main(["report", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Feedback report for every server") and "0 asked" in out
    assert "docbot: warning: old questions could not be deleted now" in err
    assert "Traceback" not in err and "corrupt" not in err and "delete it" not in err


def test_report_reads_a_database_on_a_read_only_mount(
    isolated: Path, docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`docbot report` of a database on a read-only mount (a backup, a volume mounted read-only for the admin) ended
    in "its folder is read-only; make it writable": SQLite cannot make the -shm file a WAL database needs there. It
    is read now, immutable, and says that old questions were not deleted. The folder's `#` is part of its name,
    not the start of a URI fragment (it opened another, empty file before)."""
    from retrieval.feedback import Feedback

    folder = isolated / "backups #1"
    db = folder / "db.sqlite3"
    assert main(["index", "--docs", str(docs), "--db", str(db)]) == 0

    async def record() -> None:
        async with await Store.open(db) as store:
            service = AnswerService(store, docs)
            await service.load()
            feedback = Feedback(db)
            for question in ("What did Putin say about a ceasefire?", "Who painted the Mona Lisa in 1503?"):
                await feedback.record_question(await service.ask(question), 1234, 5678)

    asyncio.run(record())
    capsys.readouterr()
    with read_only_mount(folder):
        assert not list(folder.glob("*-shm"))  # closed cleanly: SQLite would have to create it
        assert main(["report", "--db", str(db), "--json"]) == 0
        out, err = capsys.readouterr()
        report = json.loads(out)
        assert report["questions"] == 2 and report["guild"] is None
        assert [e["question"] for e in report["not_found"]] == ["Who painted the Mona Lisa in 1503?"]
        assert "docbot: warning: old questions could not be deleted now" in err and "read-only" in err
        assert main(["report", "--db", str(db), "--guild", "1234"]) == 0
        out, err = capsys.readouterr()
        assert "2 asked" in out and "Mona Lisa" in out and "Traceback" not in err
        assert main(["report", "--db", str(db), "--guild", "1234", "--forget"]) == 3  # a write: refused plainly
        _, err = capsys.readouterr()
        assert err.startswith("docbot: error: ") and "Traceback" not in err
    assert not (isolated / "backups ").exists()


def test_database_on_a_read_only_volume_says_so(
    isolated: Path, docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite cannot open a database in WAL mode whose folder it cannot write (it must create -wal and -shm beside
    it): the message says the folder is read-only, rather than calling the database corrupt and telling the admin
    to delete it."""
    folder = isolated / "data"
    db = folder / "db.sqlite3"
    paths = ["--docs", str(docs), "--db", str(db)]
    assert main(["index", *paths]) == 0
    capsys.readouterr()
    with read_only_mount(folder):
        for command, status in ((["index", *paths], 3), (["ask", *paths, "Putin"], 0)):
            # ask only reads: it answers from the index as it is, with one warning (test_cli_new_user)
            assert main(command) == status
            _, err = capsys.readouterr()
            assert f"its folder {folder} is read-only" in err, err
            assert "corrupt" not in err and "delete" not in err
        # the bot's start-up takes the same path: one clear line and status 3, before connecting to Discord
        from bot import __main__ as bot_main

        monkeypatch.setattr(bot_main, "configure_logging", lambda level, token: None)
        settings = Settings(docs_dir=docs, db_path=db, discord_token="not-used")
        assert bot_main.run_bot(settings) == 3
        _, err = capsys.readouterr()
        assert "read-only" in err and "corrupt" not in err


def test_a_disk_index_too_large_for_memory_on_a_read_only_volume_says_why(
    isolated: Path,
    docs: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk-engine index on a read-only mount, too large to answer from memory: tantivy cannot read an index it
    cannot lock. Its record agreed with the database, yet the log said the index was "out of step with the database
    (index generation 1, N sentences; database generation 1, N sentences)", then "could not write" it. Now it says it
    cannot be opened and why, and that the database is read-only and too large for memory (here: anything is)."""
    from retrieval import service

    folder = isolated / "data"
    db = folder / "db.sqlite3"
    paths = ["--docs", str(docs), "--db", str(db)]
    monkeypatch.setenv("ENGINE", "tantivy")
    assert main(["index", *paths]) == 0
    monkeypatch.setattr(service, "IN_MEMORY_FALLBACK_SENTENCES", 0)
    capsys.readouterr()
    with read_only_mount(folder):
        assert main(["ask", *paths, "Putin"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err and "could not write" not in err, err
    sentences = service.stored_sentence_count(db)  # read after: a read-only connection leaves the -shm file there
    assert err.splitlines()[-1] == (
        f"docbot: error: database {db} is opened read-only, where its search index db.sqlite3.tantivy cannot be read"
        f" (tantivy must lock it), and its {sentences:,} sentences are more than the 0 answered from memory: copy both"
        " where"
        " they can be written"
    ), err
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not any("out of step" in line for line in logged), logged
    assert any(f"search index at {db}.tantivy cannot be opened (" in line for line in logged), logged


def test_a_search_index_lock_file_that_cannot_be_opened_is_said_without_a_traceback(
    isolated: Path,
    docs: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk engine's lock file opened with an error other than a read-only folder's (here a folder stands in its
    place; a disk with no room for one more file does the same) ended `docbot ask` and `docbot index` in a traceback
    (IsADirectoryError). It is a write of the search index that failed, said as the others are: ask answers from
    memory, index reports it (status 3)."""
    db = isolated / "data" / "db.sqlite3"
    paths = ["--docs", str(docs), "--db", str(db)]
    monkeypatch.setenv("ENGINE", "tantivy")
    assert main(["index", *paths]) == 0
    lock = db.with_name(db.name + ".tantivy.lock")
    lock.unlink()
    lock.mkdir()
    capsys.readouterr()
    assert main(["ask", *paths, "--top", "1", "Putin"]) == 0
    out, err = capsys.readouterr()
    said = f"could not open the search index's lock file {lock} ("
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert "Putin" in out and "Traceback" not in err and any(said in line for line in logged), (err, logged)
    for document in docs.iterdir():
        os.utime(document, ns=(document.stat().st_atime_ns, document.stat().st_mtime_ns + 1_000_000_000))
    assert main(["index", *paths]) == 3
    out, err = capsys.readouterr()
    assert "Traceback" not in err and said in out + err, (out, err)


# ---------------------------------------------------------------------------------------------------- disk full


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at `folder`: a disk that really fills up (needs root)."""
    folder.mkdir(parents=True)
    if not IS_ROOT:
        pytest.skip("needs root to mount a small tmpfs and fill it")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def free_bytes(folder: Path) -> int:
    info = os.statvfs(folder)
    return info.f_bavail * info.f_frsize


async def test_disk_full_admin_told_questions_answered_then_recovers(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", "2m") as disk:
        db = disk / "db.sqlite3"
        async with docbot(fake, docs, db) as bot:
            await settled(bot)
            before = await ask(fake, "What did Putin say about a ceasefire?")
            filler = disk / "filler.bin"
            filler.write_bytes(b"\0" * max(0, free_bytes(disk) - 48 * 1024))  # the rest of the disk, but 48 KB
            words = " ".join(f"reservoir{i}" for i in range(40))
            (docs / "reservoir.txt").write_text(
                "Reservoir report\n\n" + "\n\n".join(f"The reservoir {n} holds {words}." for n in range(400))
            )
            failed = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
            text = failed.content or ""
            assert "Reindex failed" in text and "disk is full" in text and "previous index" in text, text
            assert "StoreError" not in text  # the store's line is written for people: no class name before it
            assert await ask(fake, "What did Putin say about a ceasefire?") == before
            assert bot.service.ready
            filler.unlink()  # the admin frees some space
            done = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
            assert "Reindex done" in (done.content or "") and "reservoir.txt" in (done.content or "")
            assert "reservoir.txt" in await ask(fake, "What does reservoir 7 hold?")
        with contextlib.closing(sqlite3.connect(db)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        check_index(db, docs, {p.name for p in docs.iterdir()})


# ---------------------------------------------------------------------------------------------------- Discord faults


async def test_gateway_aborted_mid_question_answers_are_delivered(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert bot.user is not None
        channel = fake.channel_ids[0]
        iid = await fake.send_slash_command("ask", {"question": "What did Putin say about a ceasefire?"})
        await fake.drop_gateway(code=None)  # the TCP connection is cut (1006), not closed
        # the answer goes over REST: delivered although the gateway is down
        assert "**ceasefire**" in ((await fake.wait_for_response(iid, timeout=10)).content or "")
        # a question asked while the bot is away reaches it when its session resumes, and is answered
        await fake.send_message(f"<@{bot.user.id}> Who denied planning a chemical weapons attack?", channel_id=channel)
        reply = await fake.wait_for_channel_message(channel, timeout=20)
        assert "**chemical**" in (reply.content or "")
        await fake.request_reconnect()  # Discord's op 7: reconnect and resume
        await fake.wait_for_handshakes(3, timeout=20)
        assert "**ceasefire**" in await ask(fake, "Putin ceasefire")
        assert fake.drop_count == 1 and fake.resume_count >= 1


@pytest.mark.parametrize("is_global", [False, True], ids=["route", "global"])
async def test_429_on_the_interaction_callback_is_waited_out(
    fake: FakeDiscord, docs: Path, tmp_path: Path, is_global: bool
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        fake.rate_limit_next("/callback", retry_after=0.25, method="POST", is_global=is_global, count=2)
        iid = await fake.send_slash_command("ask", {"question": "What did Putin say about a ceasefire?"})
        response = await fake.wait_for_response(iid, timeout=10)
        assert "**ceasefire**" in (response.content or "")
        limited = [r for r in fake.rate_limited_requests if "/callback" in r.path]
        assert len(limited) == 2 and len(fake.interactions[iid].callbacks) == 1
        # the bot waited the retry_after it was given before trying again (a lower bound: it cannot be early)
        assert response.at - limited[0].at >= 2 * 0.25 * 0.9


async def test_429_on_a_channel_reply_is_waited_out(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert bot.user is not None
        channel = fake.channel_ids[0]
        fake.rate_limit_next(f"/channels/{channel}/messages", retry_after=0.3, method="POST")
        await fake.send_message(f"<@{bot.user.id}> Who denied planning a chemical weapons attack?", channel_id=channel)
        reply = await fake.wait_for_channel_message(channel, timeout=10)
        assert "**chemical**" in (reply.content or "")
        assert len(fake.rate_limited_requests) == 1
        assert reply.at - fake.rate_limited_requests[0].at >= 0.3 * 0.9


async def test_429_on_the_reindex_report_is_waited_out(fake: FakeDiscord, docs: Path, tmp_path: Path) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        await settled(bot)
        fake.rate_limit_next("/messages/@original", retry_after=0.3, method="PATCH")
        (docs / "extra.txt").write_text("Extra\n\nThe reservoir is full.\n")
        report = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert "Reindex done" in (report.content or "") and "extra.txt" in (report.content or "")
        assert len(fake.rate_limited_requests) == 1


async def test_no_error_is_logged_in_a_session_with_faults(
    fake: FakeDiscord, docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Rate limits and a reconnect are routine: warnings at most, never an ERROR with a traceback."""
    caplog.set_level(logging.INFO)
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert bot.user is not None
        fake.rate_limit_next("/callback", retry_after=0.1, method="POST")
        assert "**ceasefire**" in await ask(fake, "Putin ceasefire")
        await fake.drop_gateway()
        await fake.send_message(f"<@{bot.user.id}> Putin ceasefire", channel_id=fake.channel_ids[0])
        await fake.wait_for_channel_message(fake.channel_ids[0], timeout=20)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


# ---------------------------------------------------------------------------------------------------- memory under load


async def test_answers_beyond_the_live_view_cap_expire_early(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each answer's buttons keep the answer in memory until they time out; a burst would keep thousands. Past
    MAX_LIVE_VIEWS the oldest expire early, as on their timeout: buttons removed (bench/load.py measures memory)."""
    from bot import paging

    monkeypatch.setattr(paging, "MAX_LIVE_VIEWS", 3)
    monkeypatch.setattr(paging, "_live_views", weakref.WeakKeyDictionary())
    async with docbot(fake, docs, tmp_path / "db.sqlite3", cooldown_questions=0) as bot:
        asked = []
        for question in ("Putin ceasefire", "chemical weapons", "Idlib civilians", "Erdogan warned", "Rouhani"):
            iid = await fake.send_slash_command("ask", {"question": question})
            assert (await fake.wait_for_response(iid)).components
            asked.append(iid)

        def buttons_removed(iid: int) -> bool:
            return any(r.kind == "edit" and r.data.get("components") == [] for r in fake.interactions[iid].responses)

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(buttons_removed(i) for i in asked[:2]):
            await asyncio.sleep(0.01)
        assert [buttons_removed(i) for i in asked] == [True, True, False, False, False]
        store = bot._connection._view_store
        live = {item.view.id for items in store._views.values() for item in items.values() if item.view}
        assert len(live) == 3
