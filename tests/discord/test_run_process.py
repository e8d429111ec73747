"""`docbot run` as a real process: SIGTERM stops it cleanly (also mid-reindex), Discord unreachable is one line and
a retry, a token with a line break is a settings error. The fake Discord runs in this test process (in a thread,
tests/discord/conftest.py); the bot process is pointed at it the way `FakeDiscord.patch` points discord.py."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socketserver
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.settings import SETTINGS, stop_note
from retrieval.service import REINDEX_STARTED_KEY
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds
from tests.processes import another_writer

ROOT = Path(__file__).resolve().parents[2]

LAUNCHER = """
import sys, discord, yarl
discord.http.Route.BASE = sys.argv[1]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
from bot.__main__ import main
sys.exit(main())
"""


# The same, its documents folder a share that hangs: listing it never ends (as a stat on a dead NFS mount).
HUNG_SHARE_LAUNCHER = (
    """
import sys, time
import retrieval.ingest.walk as walk

def hangs(*args, **kwargs):
    print("listing the share", file=sys.stderr, flush=True)
    time.sleep(600)

walk._find_documents = hangs
"""
    + LAUNCHER
)


def start_bot(
    api: str, gateway: str, token: str, docs: Path, db: Path, reranker: str = "none", launcher: str = LAUNCHER
) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env.update(DISCORD_TOKEN=token, DOCS_DIR=str(docs), DB_PATH=str(db), RERANKER=reranker, LOG_LEVEL="INFO")
    return subprocess.Popen(
        [sys.executable, "-c", launcher, api, gateway],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(predicate: Callable[[], object], timeout: float) -> bool:
    """Whether `predicate` came true within `timeout` seconds (looked at every 50 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def stop_when(process: subprocess.Popen[str], *conditions: tuple[Callable[[], bool], float]) -> tuple[int, str]:
    """Wait for each condition in turn (each within its seconds), then `stop`; the process is killed if anything
    fails on the way."""
    try:
        for condition, seconds in conditions:
            assert wait_for(condition, seconds), f"not within {seconds} s"
        return stop(process)
    finally:
        if process.poll() is None:
            process.kill()


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    """SIGTERM, then how it ended: exit status and what it logged."""
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=30)
    return process.returncode, err


@contextlib.contextmanager
def logged_lines(process: subprocess.Popen[str]) -> Iterator[list[str]]:
    """What `process` logs, line by line as it comes (read in a thread, so that a test can wait for a line); the
    process is killed if it still runs at the end of the block."""
    assert process.stderr is not None
    logged: list[str] = []
    reader = threading.Thread(target=lambda: logged.extend(process.stderr or ()), daemon=True)
    reader.start()
    try:
        yield logged
    finally:
        if process.poll() is None:
            process.kill()
        reader.join(10)


def fake_ready(fake: FakeDiscord) -> bool:
    return fake.is_ready


def test_sigterm_stops_the_bot_cleanly(fake_in_thread: FakeDiscord, tmp_path: Path) -> None:
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    process = start_bot(fake_in_thread.api_base, fake_in_thread.gateway_url, fake_in_thread.token, docs, db)
    status, err = stop_when(process, (lambda: fake_ready(fake_in_thread), 60), (db.exists, 30))
    assert status == 0, err
    assert "stopping: closing the connection to Discord" in err and "Traceback" not in err


def stored_vectors(db: Path) -> int:
    """How many sentence vectors the database holds (0 while it has none), read on a connection closed at once."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def test_sigterm_with_the_reranker_stops_cleanly(fake_in_thread: FakeDiscord, tmp_path: Path) -> None:
    # With the reranker the service also holds the stored vectors' read connection, the hybrid candidates' row copy
    # and a background pass computing vectors; stopped as soon as it has stored some, all of it ends without a
    # traceback and the database is left closed.
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    process = start_bot(fake_in_thread.api_base, fake_in_thread.gateway_url, fake_in_thread.token, docs, db, "minilm")
    status, err = stop_when(
        process, (lambda: fake_ready(fake_in_thread), 60), (lambda: db.exists() and stored_vectors(db) > 0, 120)
    )
    assert status == 0, err
    assert "Traceback" not in err
    assert not db.with_name(db.name + "-wal").exists(), err  # SQLite removes it when the last connection closes


def test_stopped_is_logged_once_the_vectors_batch_under_way_is_written(
    fake_in_thread: FakeDiscord, tmp_path: Path
) -> None:
    """SIGTERM while sentence vectors were being computed logged "stopped", then the batch under way went on for
    5-11 s and was written (hq30's trial): "stopped" comes once nothing more is written, after a line saying the
    batch ends first."""
    docs, db = tmp_path / "docs", tmp_path / "data" / "db.sqlite3"
    docs.mkdir()
    for number in range(200):  # vectors that take longer than one batch
        sentences = " ".join(f"The keeper number{number} feeds animal{j} at dawn." for j in range(30))
        (docs / f"doc{number:03d}.txt").write_text(f"Report {number}\n\n{sentences}\n")
    process = start_bot(fake_in_thread.api_base, fake_in_thread.gateway_url, fake_in_thread.token, docs, db, "minilm")
    lines: list[str] = []
    vectors_when_stopped: list[int] = []

    def read() -> None:
        assert process.stderr is not None
        for line in iter(process.stderr.readline, ""):
            if line.rstrip().endswith(": stopped"):
                vectors_when_stopped.append(stored_vectors(db))
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert wait_for(lambda: fake_ready(fake_in_thread) and stored_vectors(db) > 0, 120), lines
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
        reader.join(10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and not any("Traceback" in line for line in lines), lines
    assert vectors_when_stopped == [stored_vectors(db)], lines  # nothing written after "stopped"
    assert stored_vectors(db) < 200 * 31, lines  # stopped while vectors were left: the case of this test
    finishing = [i for i, line in enumerate(lines) if "the batch of sentence vectors under way ends first" in line]
    stopped = [i for i, line in enumerate(lines) if line.rstrip().endswith(": stopped")]
    assert len(finishing) == 1 and stopped == [len(lines) - 1] and finishing[0] < stopped[0], lines


def test_sigterm_during_the_first_reindex_loses_nothing(fake_in_thread: FakeDiscord, tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "data" / "db.sqlite3"
    docs.mkdir()
    for number in range(1500):  # a first index that takes a few seconds
        sentences = " ".join(f"Animal number{number} eats food{j} at dawn." for j in range(40))
        (docs / f"doc{number:04d}.txt").write_text(f"Report {number}\n\n{sentences}\n")
    process = start_bot(fake_in_thread.api_base, fake_in_thread.gateway_url, fake_in_thread.token, docs, db)
    status, err = stop_when(process, (lambda: fake_ready(fake_in_thread), 60))
    assert status == 0, err
    assert "Traceback" not in err
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert documents in (0, 1500), err  # the write is one transaction: all of it or none


def test_sigterm_while_start_ups_reading_of_the_folder_hangs_stops_at_once(
    fake_in_thread: FakeDiscord, tmp_path: Path
) -> None:
    """Start-up's reindex read the folder in asyncio.to_thread's executor, which `asyncio.run` joins as the process
    ends: a share that hangs held a stop (docker stop, systemctl restart) until the process was killed. The reading
    runs in a daemon thread now: SIGTERM ends the process cleanly while it is stuck."""
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    process = start_bot(
        fake_in_thread.api_base,
        fake_in_thread.gateway_url,
        fake_in_thread.token,
        docs,
        db,
        launcher=HUNG_SHARE_LAUNCHER,
    )
    with logged_lines(process) as logged:
        assert wait_for(lambda: fake_ready(fake_in_thread) and any("listing the share" in line for line in logged), 60)
        process.send_signal(signal.SIGTERM)
        status = process.wait(30)  # on main: still waiting for the share, killed at the block's end
    err = "".join(logged)
    assert status == 0 and "Traceback" not in err, err
    assert "stopping: closing the connection to Discord" in err


def test_discord_unreachable_is_one_line_and_a_retry(tmp_path: Path) -> None:
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    # A port nothing listens on: connection refused, as when the network or Discord is down.
    process = start_bot("http://127.0.0.1:9/api/v10", "ws://127.0.0.1:9/gateway", "x" * 20, docs, db)
    with logged_lines(process) as lines:
        assert wait_for(lambda: any("Discord cannot be reached" in line for line in lines), 60), lines
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=30)
    assert status == 0
    warning = next(line for line in lines if "Discord cannot be reached" in line)
    assert "trying again in 2 s" in warning
    assert not any("Traceback" in line for line in lines)
    assert "x" * 20 not in "\n".join(lines)  # the token is never logged
    assert not any("voice will NOT be supported" in line for line in lines)  # docbot never joins voice


SYNC_LAUNCHER = """
import sys, discord
discord.http.Route.BASE = sys.argv[1]
from bot.cli import main
sys.exit(main(["sync"]))
"""


def test_docbot_sync_with_discord_unreachable_prints_one_line_and_no_voice_warnings(tmp_path: Path) -> None:
    """`docbot sync` with the network down printed discord.py's "PyNaCl is not installed, voice will NOT be
    supported" and "davey is not installed ..." warnings (docbot never joins a voice channel), then a traceback."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env.update(DISCORD_TOKEN="x" * 20, DOCS_DIR=str(copy_seeds(tmp_path / "docs")), DB_PATH=str(tmp_path / "db"))
    done = subprocess.run(
        [sys.executable, "-c", SYNC_LAUNCHER, "http://127.0.0.1:9/api/v10"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    told = [line for line in done.stderr.splitlines() if " INFO " not in line]  # the log's INFO lines aside
    assert len(told) == 1 and told[0].startswith("docbot: error: Discord cannot be reached"), done.stderr


@pytest.mark.parametrize("token", ["MTIz.abc\n.def", "MTIz.abc\r\n.def", "MTIz.abc\t.def"])
def test_a_token_with_a_line_break_inside_is_one_clear_line(tmp_path: Path, token: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env.update(DISCORD_TOKEN=token, DOCS_DIR=str(copy_seeds(tmp_path / "docs")), DB_PATH=str(tmp_path / "db"))
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "DISCORD_TOKEN contains a line break" in done.stderr
    assert "abc" not in done.stderr


def first_index_written(db: Path) -> bool:
    """Whether the start-up reindex of an empty database has written its documents and ended."""
    if not db.exists():
        return False
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        running = connection.execute("SELECT COUNT(*) FROM meta WHERE key = ?", (REINDEX_STARTED_KEY,)).fetchone()[0]
        return bool(documents) and not running
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def test_a_reindex_cut_off_by_a_stop_has_its_reply_corrected_at_the_next_start(
    fake_and_loop: tuple[FakeDiscord, asyncio.AbstractEventLoop], tmp_path: Path
) -> None:
    """docker restart in the middle of a /reindex: its reply stayed on its last progress line for good (the
    process that could edit it was gone). The next start edits it (its token lasts 15 minutes) to say so."""
    fake, loop = fake_and_loop
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"

    def send_reindex() -> int:
        return asyncio.run_coroutine_threadsafe(fake.send_slash_command("reindex", user=fake.admin_user), loop).result(
            30
        )

    def says(interaction_id: int, words: str) -> bool:
        record = fake.interactions[interaction_id]
        return any(words in (r.content or "") for r in [*record.callbacks, *record.responses])

    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    try:
        assert wait_for(lambda: fake_ready(fake) and first_index_written(db), 60)
        with another_writer(db):  # once the start-up reindex is over: the /reindex waits for this writer
            iid = send_reindex()
            assert wait_for(lambda: says(iid, "Reindexing"), 30)
            status, err = stop(process)
        assert status == 0, err
        assert "Traceback" not in err, err  # its progress edits stop once the connection is closed
        process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
        assert wait_for(lambda: says(iid, "**Not finished:**"), 60), err
        status, err = stop(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert status == 0 and "Traceback" not in err, err
    last = fake.interactions[iid].responses[-1].content or ""
    assert "before `/reindex` could end and send its report" in last, last
    assert fake.expired_token_requests == 0


def test_a_documents_folder_gone_at_start_serves_the_stored_index_until_it_is_back(
    fake_and_loop: tuple[FakeDiscord, asyncio.AbstractEventLoop], tmp_path: Path
) -> None:
    """`docbot run` with its documents folder gone (an unmounted share, a folder moved) exited 2, which systemd's
    RestartPreventExitStatus=2 keeps down, even with an index stored: a vanished folder never wipes the index, and
    it did not serve it either. Now it starts and serves the stored index, says so once in its log, /reindex and
    /docs add say the folder is not there, and once it is back docbot reindexes it by itself (nothing read it until
    an admin's /reindex). With nothing stored, the start still stops on the folder's line, status 2."""
    fake, loop = fake_and_loop
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    away = tmp_path / "unmounted"

    def run(coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(60)

    def reply(interaction_id: int, words: str) -> str:
        return str(run(fake.final_response(interaction_id, words, timeout=30)))

    def documents() -> int:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    status, err = stop_when(process, (lambda: fake_ready(fake) and first_index_written(db), 60))
    assert status == 0, err
    indexed = documents()
    docs.rename(away)

    nothing_stored = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, tmp_path / "other.sqlite3")
    _, err = nothing_stored.communicate(timeout=60)
    assert nothing_stored.returncode == 2, err
    line = f"documents folder {docs} does not exist (set --docs or DOCS_DIR)"
    # With the one clause that says restarting will not mend it (docbot.service does not: RestartPreventExitStatus).
    assert err.splitlines()[-1].endswith(line + stop_note(2)), err

    identified = fake.identify_count
    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    try:
        assert wait_for(lambda: fake_ready(fake) and fake.identify_count > identified, 60)
        answer = run(fake.wait_for_response(run(fake.send_slash_command("ask", {"question": "Putin ceasefire"})), 30))
        assert "**ceasefire**" in (answer.content or "")
        refused = ""
        for _ in range(100):  # the start-up reindex may still be ending: "A reindex is already running"
            refused = reply(run(fake.send_slash_command("reindex", user=fake.admin_user)), "eindex")
            if "already running" not in refused:
                break
            time.sleep(0.2)
        assert refused == (
            f"**Reindex not run:** documents folder {docs} does not exist or is not a folder (unmounted or moved?);"
            " nothing was read or removed.\n"
            "The stored index is still answering questions; docbot reindexes the folder by itself once it is back."
        )
        attachment = fake.add_attachment("notes.md", b"# Notes\n\nThe ferry leaves at noon.\n")
        options = [{"name": "add", "type": 1, "options": [{"name": "file", "type": 11, "value": attachment["id"]}]}]
        iid = run(fake.send_slash_command("docs", options, user=fake.admin_user, attachments=[attachment]))
        assert "documents folder is not there" in reply(iid, "documents folder is not there")
        assert documents() == indexed
        away.rename(docs)
        (docs / "notes.md").write_text("# Notes\n\nThe ferry leaves at noon.\n", encoding="utf-8")
        # Nobody asks: the folder back is reindexed by itself.
        assert wait_for(lambda: documents() == indexed + 1 and first_index_written(db), 60)  # written and ended
        question = {"question": "When does the ferry leave?"}
        said = ""
        for _ in range(60):  # written to the database first, then served (and 3 questions per 30 s a member)
            said = run(fake.wait_for_response(run(fake.send_slash_command("ask", question)), 30)).content or ""
            if "noon" in said:
                break
            time.sleep(1)
        assert "noon" in said, said
        status, err = stop(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert status == 0 and "Traceback" not in err, err
    back = [line for line in err.splitlines() if f"documents folder {docs} is back: reindexing it" in line]
    assert len(back) == 1, err
    assert "reindex: 1 added, 0 changed, 0 removed" in err.split(back[0], 1)[1], err
    serving = [line for line in err.splitlines() if "serving the stored index" in line]
    assert len(serving) == 1 and "WARNING" in serving[0], err
    assert f"documents folder {docs} does not exist" in serving[0]


def test_sigterm_during_the_folder_backs_reindex_keeps_the_previous_index_whole(
    fake_and_loop: tuple[FakeDiscord, asyncio.AbstractEventLoop], tmp_path: Path
) -> None:
    """A stop (SIGTERM: docker stop, systemctl restart) while the folder watch reindexes a documents folder back
    cancels that reindex mid-way: the process ends cleanly (status 0, no traceback), the database holds all of that
    reindex's documents or none of them and checks whole, and the next start serves the index and, told that the
    reindex did not finish, reads the folder again."""
    fake, _ = fake_and_loop
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    share = tmp_path / "unmounted"
    added, per_document = 600, 40  # the folder back's documents, and sentences in each

    def counts() -> tuple[int, int, int]:
        """Documents, sentences, and sentences whose document is gone."""
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return (
                int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]),
                int(connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]),
                int(
                    connection.execute(
                        "SELECT COUNT(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)"
                    ).fetchone()[0]
                ),
            )

    def reindex_running() -> bool:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return bool(connection.execute("SELECT 1 FROM meta WHERE key = ?", (REINDEX_STARTED_KEY,)).fetchone())

    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    status, err = stop_when(process, (lambda: fake_ready(fake) and first_index_written(db), 60))
    assert status == 0, err
    before = counts()
    docs.rename(share)
    for number in range(added):  # the folder back brings a reindex of some seconds
        sentences = " ".join(f"Animal number{number} eats food{j} at dawn." for j in range(per_document))
        (share / f"doc{number:04d}.txt").write_text(f"Report {number}\n\n{sentences}\n")
    identified = fake.identify_count
    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    back = f"documents folder {docs} is back: reindexing it"
    with logged_lines(process) as logged:
        assert wait_for(lambda: fake_ready(fake) and fake.identify_count > identified, 60)
        time.sleep(3)  # start-up's reindex found no folder (the watch began) before it comes back
        share.rename(docs)  # back: the watch reindexes it two looks later
        assert wait_for(lambda: any(back in line for line in logged) and reindex_running(), 60), "".join(logged)
        process.send_signal(signal.SIGTERM)
        status = process.wait(30)
    err = "".join(logged)
    assert status == 0 and "Traceback" not in err, err
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    documents, sentences, orphans = counts()
    assert orphans == 0 and (documents, sentences) in {
        before[:2],
        (before[0] + added, before[1] + added * per_document),
    }, err
    cut_off = reindex_running()  # cancelled before its end: its start mark stays, for the next start to tell
    assert cut_off or (documents, sentences) != before[:2], err
    process = start_bot(fake.api_base, fake.gateway_url, fake.token, docs, db)
    try:
        served = wait_for(lambda: first_index_written(db) and counts()[0] == before[0] + added, 180)
        status, err = stop(process)
    finally:
        if process.poll() is None:
            process.kill()
    assert served and status == 0 and "Traceback" not in err, (counts(), err)
    assert ("did not finish" in err) == cut_off, err


class PlainHttp(socketserver.BaseRequestHandler):
    """Answers anything with plain HTTP, as a captive portal or a misconfigured proxy does where HTTPS was asked."""

    def handle(self) -> None:
        self.request.recv(4096)
        self.request.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def test_docbot_run_stops_with_one_line_on_a_failure_that_is_no_failed_connection(tmp_path: Path) -> None:
    """Any OSError on the way to Discord read "Discord cannot be reached" to `docbot run`, which then tried again
    forever, a TLS failure too (something that is not Discord answered: waiting changes nothing). It stops now with
    one line saying what it met, status 1 (systemd's Restart=on-failure starts it again later), as `docbot sync`
    does."""
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "data" / "db.sqlite3"
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), PlainHttp) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        api = f"https://127.0.0.1:{server.server_address[1]}/api/v10"
        process = start_bot(api, "ws://127.0.0.1:9/gateway", "x" * 20, docs, db)
        try:
            _, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
            server.shutdown()
    assert process.returncode == 1, err
    assert "cannot be reached" not in err and "trying again" not in err and "Traceback" not in err
    told = [line for line in err.splitlines() if line.startswith("docbot:")]
    assert len(told) == 1 and told[0].startswith("docbot: error: could not connect to Discord (") and "SSL" in told[0]
    assert "x" * 20 not in err
