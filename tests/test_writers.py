"""Several writers and readers on one database: serialised writes, readers that follow, ids never reused, and a
search index checked against the store (retrieval/store/lock.py, retrieval/service.py, retrieval/index/persistence.py).

Real SQLite files and tantivy folders; the cross-process cases start real `docbot` processes.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bot.settings import SETTINGS
from retrieval.index.persistence import index_dir_for
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.store.lock import writer_lock
from retrieval.store.reader import GENERATION_KEY, connect_writing, write_transaction

ROOT = Path(__file__).resolve().parents[1]

Open = Callable[..., Coroutine[Any, Any, AnswerService]]


def animal_text(number: int, version: int) -> str:
    """A small document whose one answer names its number and version, so a stale or foreign answer shows."""
    return f"Report {number}\n\nThe animal number{number} eats food{version} at dawn. It sleeps by day.\n"


def write_folder(docs: Path, files: int, version: int) -> None:
    docs.mkdir(exist_ok=True)
    for number in range(files):
        (docs / f"doc{number:03d}.txt").write_text(animal_text(number, version))


def top_text(service: AnswerService, question: str) -> str | None:
    answer = service.ask_now(question)
    return answer.hits[0].text if answer.hits else None


def store_generation(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)).fetchone()
    return int(row[0])


@pytest.fixture(params=["rank-bm25", "tantivy"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "docbot.sqlite3"


@pytest.fixture
async def open_service() -> AsyncIterator[Open]:
    stores: list[Store] = []

    async def make(docs: Path, db: Path, engine: str, **options: Any) -> AnswerService:
        store = await Store.open(db)
        stores.append(store)
        return AnswerService(store, docs, engine=engine, **options)

    yield make
    for store in stores:
        await store.close()


async def test_two_services_reindexing_at_once_leave_one_right_index(
    tmp_path: Path, db: Path, open_service: Open, engine_name: str
) -> None:
    docs = tmp_path / "docs"
    write_folder(docs, 40, 1)
    first = await open_service(docs, db, engine_name)
    second = await open_service(docs, db, engine_name)
    await first.reindex()
    await second.load()
    write_folder(docs, 40, 2)  # every file rewritten, as in an edit of the whole folder
    reports = await asyncio.gather(first.reindex(), second.reindex())
    # One of them wrote everything; the other, waiting for the writer lock, found nothing left to do.
    assert sorted(len(r.changed) for r in reports) == [0, 40]
    fresh = await open_service(docs, db, engine_name)
    await fresh.load()
    for service in (first, second, fresh):
        for number in (0, 17, 39):
            assert top_text(service, f"What does animal number{number} eat?") == (
                f"The animal number{number} eats food2 at dawn."
            )
    if engine_name == "tantivy":
        record = json.loads((index_dir_for(db) / "docbot-index.json").read_text())
        assert record["generation"] == store_generation(db) == 2


async def test_a_reindex_swaps_in_what_another_process_wrote(
    tmp_path: Path, db: Path, open_service: Open, engine_name: str
) -> None:
    """The bot's /reindex after the command line reindexed the same database: nothing changed on disk since the
    other writer, but the bot's index is older than the store, so it must swap."""
    docs = tmp_path / "docs"
    write_folder(docs, 3, 1)
    bot = await open_service(docs, db, engine_name, follow_every=3600.0)  # only the reindex can notice
    await bot.reindex()
    write_folder(docs, 3, 2)
    command_line = await open_service(docs, db, engine_name)
    await command_line.reindex()
    assert top_text(bot, "What does animal number1 eat?") == "The animal number1 eats food1 at dawn."
    report = await bot.reindex()
    assert report.changed == () and report.added == ()
    assert top_text(bot, "What does animal number1 eat?") == "The animal number1 eats food2 at dawn."


async def test_questions_follow_another_writer_and_actors_too(
    tmp_path: Path, db: Path, open_service: Open, engine_name: str
) -> None:
    docs = tmp_path / "docs"
    write_folder(docs, 2, 1)
    bot = await open_service(docs, db, engine_name, follow_every=0.0)
    await bot.reindex()
    assert await bot.actor("Margarethe Vollmer") is None
    (docs / "news.txt").write_text(
        "Court news\n\nMargarethe Vollmer said the animal number7 eats food9 at noon.\n\n"
        "Margarethe Vollmer said the court would sit again in May.\n"
    )
    command_line = await open_service(docs, db, engine_name)
    await command_line.reindex()
    answer = await bot.ask("What does animal number7 eat?")
    assert answer.hits and answer.hits[0].text == "Margarethe Vollmer said the animal number7 eats food9 at noon."
    summary = await bot.actor("Margarethe Vollmer")
    assert summary is not None and summary.statements


async def test_sentence_ids_are_never_reused(tmp_path: Path, db: Path, open_service: Open) -> None:
    docs = tmp_path / "docs"
    write_folder(docs, 2, 1)
    service = await open_service(docs, db, "rank-bm25")
    await service.reindex()

    def ids() -> dict[str, set[int]]:
        with sqlite3.connect(db) as connection:
            rows = connection.execute("SELECT d.path, s.id FROM sentences s JOIN documents d ON d.id = s.document_id")
            found: dict[str, set[int]] = {}
            for path, sentence_id in rows:
                found.setdefault(path, set()).add(sentence_id)
            return found

    before = ids()
    highest = max(max(v) for v in before.values())
    (docs / "doc001.txt").write_text(animal_text(1, 2))  # the document holding the highest ids is rewritten
    await service.reindex()
    after = ids()
    assert min(after["doc001.txt"]) > highest
    assert after["doc000.txt"] == before["doc000.txt"]
    highest = max(after["doc001.txt"])
    (docs / "doc001.txt").unlink()
    await service.reindex(allow_removal=True)
    (docs / "doc002.txt").write_text(animal_text(2, 1))
    await service.reindex()
    assert min(ids()["doc002.txt"]) > highest
    # A Context button naming a sentence that is gone finds nothing (the bot says the answer expired).
    assert service.paragraph_of(highest) == []


async def test_a_search_index_whose_ids_are_not_in_the_store_is_rebuilt(
    tmp_path: Path, db: Path, open_service: Open
) -> None:
    """Counts and generation agree, ids do not (what two racing writers used to leave): never served."""
    docs = tmp_path / "docs"
    write_folder(docs, 5, 1)
    service = await open_service(docs, db, "tantivy")
    await service.reindex()
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE sentences SET id = id + 100000")
    restarted = await open_service(docs, db, "tantivy")
    await restarted.load()
    assert top_text(restarted, "What does animal number3 eat?") == "The animal number3 eats food1 at dawn."


async def test_writer_lock_is_exclusive_across_processes(db: Path) -> None:
    db.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import asyncio, sys; from pathlib import Path; from retrieval.store.lock import writer_lock\n"
            "async def main():\n"
            f"    async with writer_lock(Path({str(db)!r})):\n"
            "        print('held', flush=True); sys.stdin.readline()\n"
            "asyncio.run(main())",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        async with writer_lock(db, wait=False) as held:
            assert held is False
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    async with writer_lock(db, wait=False) as held:
        assert held is True


def test_a_synchronous_write_transaction_commits_rolls_back_or_is_ended_by_its_block(tmp_path: Path) -> None:
    """`write_transaction` (feedback's votes, the vectors, the actors' refresh): what the block wrote is committed
    when it ends, rolled back when it raises, and a block that rolled back itself (nothing to write) ends cleanly."""
    path = tmp_path / "plain.sqlite3"
    sqlite3.connect(path).close()
    connection = connect_writing(path, 1.0)
    try:
        connection.execute("CREATE TABLE notes (text TEXT NOT NULL)")
        with write_transaction(connection):
            assert connection.in_transaction
            connection.execute("INSERT INTO notes VALUES ('kept')")
        with pytest.raises(ValueError), write_transaction(connection):
            connection.execute("INSERT INTO notes VALUES ('raised')")
            raise ValueError("the block failed")
        with write_transaction(connection):
            connection.execute("INSERT INTO notes VALUES ('dropped')")
            connection.execute("ROLLBACK")
        assert not connection.in_transaction
    finally:
        connection.close()
    with closing(sqlite3.connect(path)) as reading:
        assert reading.execute("SELECT text FROM notes").fetchall() == [("kept",)]


def test_two_processes_indexing_and_one_asking_at_once(tmp_path: Path) -> None:
    """The issue's repro: 400 files on the on-disk engine, every file rewritten, then two `docbot index` and a
    `docbot ask` started together. Every process succeeds and the index answers with the new text."""
    docs, db = tmp_path / "docs", tmp_path / "data" / "docbot.sqlite3"
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env.update(ENGINE="tantivy", RERANKER="none")
    command = [sys.executable, "-m", "bot.cli"]
    paths = ["--docs", str(docs), "--db", str(db)]

    def run(*argv: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*command, *argv, *paths], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    write_folder(docs, 400, 1)
    first = run("index")
    assert first.wait(timeout=120) == 0
    write_folder(docs, 400, 2)
    racing = [run("index"), run("index"), run("ask", "--json", "What does animal number123 eat?")]
    outputs = [process.communicate(timeout=180) for process in racing]
    for process, (_, err) in zip(racing, outputs, strict=True):
        assert process.returncode == 0, err
    ask = run("ask", "--json", "What does animal number321 eat?")
    out, err = ask.communicate(timeout=120)
    assert ask.returncode == 0, err
    assert json.loads(out)["hits"][0]["text"] == "The animal number321 eats food2 at dawn."
    assert json.loads(outputs[2][0])["hits"][0]["text"] == "The animal number123 eats food2 at dawn."
    record = json.loads((index_dir_for(db) / "docbot-index.json").read_text())
    assert record["generation"] == store_generation(db) == 2


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_search_index_that_cannot_be_written_is_reported_and_answers_still_come(tmp_path: Path) -> None:
    """A real process that may not write past 40 kB into any file (as on a full disk): the SQLite store is already
    written, the on-disk index cannot be. `docbot ask` answers from memory with one line on stderr; `docbot index`
    says what was not done and exits 3; once writes work again the on-disk index is built."""
    docs, db = tmp_path / "docs", tmp_path / "data" / "docbot.sqlite3"
    docs.mkdir()
    for number in range(300):
        sentences = " ".join(f"The animal number{number} eats food{j} at dawn." for j in range(30))
        (docs / f"doc{number:03d}.txt").write_text(f"Report {number}\n\n{sentences}\n")
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env.update(RERANKER="none")
    command = [sys.executable, "-m", "bot.cli"]
    paths = ["--docs", str(docs), "--db", str(db)]

    def run(*argv: str, limit: int | None = None, engine: str = "tantivy") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *argv, *paths],
            cwd=tmp_path,
            env={**env, "ENGINE": engine},
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=_file_size_limit(limit) if limit else None,
        )

    assert run("index", engine="rank-bm25").returncode == 0
    asked = run("ask", "What does animal number5 eat?", limit=40_000)
    assert asked.returncode == 0, asked.stderr
    assert "The animal number5 eats food" in asked.stdout
    assert "Traceback" not in asked.stderr
    assert "could not write the search index" in asked.stderr and "File too large" in asked.stderr
    indexed = run("index", limit=40_000)
    assert indexed.returncode == 3, indexed.stderr
    assert "with problems" in indexed.stdout and "could not write the search index" in indexed.stdout
    assert "Traceback" not in indexed.stderr
    recovered = run("index")
    assert recovered.returncode == 0, recovered.stderr
    record = json.loads((index_dir_for(db) / "docbot-index.json").read_text())
    assert record["sentences"] == 9_000
