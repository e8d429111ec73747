"""`docbot check` and the start-up self-check (bot/health.py), on real files: a good set-up passes; a corrupt database,
a database of a newer docbot, a search index out of step, a damaged model file, a missing documents folder, a bad token
and a bad setting each fail with one clear line and a non-zero exit."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot import health
from bot.cli import main
from bot.settings import Settings
from retrieval.answer import semantic
from retrieval.index.persistence import index_dir_for
from retrieval.models import KEPT_LINE_CHARS
from retrieval.store.database import REINDEXES_RECORDED_FROM, Store, newer_schema_error
from tests.files import UNDO_MIGRATIONS_AFTER_9
from tests.processes import stalled_reindex
from tests.test_faults import read_only_mount

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# The form of a real token (the bot's user id in base64, a timestamp, an HMAC); not a working one.
GOOD_FORM_TOKEN = base64.urlsafe_b64encode(b"1300000000000000001").decode().rstrip("=") + ".GhIjKl." + "x" * 38
ALLOWED = "1300000000000000100"


@pytest.fixture
def setup(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A documents folder and its database, built by `docbot index`, and the settings of a careful operator."""
    docs = isolated / "docs"
    shutil.copytree(SEEDS, docs)
    db = isolated / "data" / "docbot.sqlite3"
    assert main(["index", "--docs", str(docs), "--db", str(db)]) == 0
    monkeypatch.setenv("DOCS_DIR", str(docs))
    monkeypatch.setenv("DB_PATH", str(db))
    monkeypatch.setenv("DISCORD_TOKEN", GOOD_FORM_TOKEN)
    monkeypatch.setenv("ALLOWED_GUILD_IDS", ALLOWED)
    return docs, db


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, tuple[str, str]]]:
    """Run `docbot check`; its status and, by item, each line's status and detail."""
    capsys.readouterr()
    status = main(["check", *args])
    out, err = capsys.readouterr()
    lines: dict[str, tuple[str, str]] = {}
    for line in out.splitlines():
        word, rest = line.split(None, 1)
        item, detail = rest.split(": ", 1)
        assert item not in lines, f"{item} twice"
        lines[item] = (word, detail)
    assert GOOD_FORM_TOKEN not in out + err
    return status, lines


def failures(lines: dict[str, tuple[str, str]]) -> dict[str, str]:
    return {item: detail for item, (word, detail) in lines.items() if word == "FAIL"}


def test_a_good_setup_passes_one_line_per_item(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys)
    assert status == 0
    assert list(lines) == ["settings", "token", "database", "search index", "reranker", "documents", "last reindex"]
    assert {word for word, _ in lines.values()} == {"OK"}, lines
    assert "every document" in lines["last reindex"][1] and ": done (" in lines["last reindex"][1]
    assert "intact (quick_check), schema version" in lines["database"][1]
    assert "user 1300000000000000001" in lines["token"][1]
    assert "matches its sha256" in lines["reranker"][1]  # the test extra installs the semantic extra


def test_tantivy_index_in_step_then_out_of_step(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, db = setup
    monkeypatch.setenv("ENGINE", "tantivy")
    assert main(["index"]) == 0  # builds the tantivy index of the same database
    status, lines = check(capsys)
    assert status == 0 and lines["search index"][0] == "OK" and "in step" in lines["search index"][1]
    side = index_dir_for(db) / "docbot-index.json"
    recorded = json.loads(side.read_text())
    side.write_text(json.dumps({**recorded, "generation": recorded["generation"] - 1}))
    status, lines = check(capsys)
    assert status == 1 and list(failures(lines)) == ["search index"]
    assert "out of step with the database" in lines["search index"][1]
    shutil.rmtree(index_dir_for(db))
    status, lines = check(capsys)
    assert status == 1 and "no usable tantivy index" in failures(lines)["search index"]


def test_a_corrupt_database_fails_one_line(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, db = setup
    with sqlite3.connect(db) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert pages > 3
    data = bytearray(db.read_bytes())
    for page in range(1, pages):  # every page but the header's: tables and indexes garbled
        start = page * page_size
        data[start + 8 : start + 64] = b"\xa5" * 56
    db.write_bytes(bytes(data))
    status, lines = check(capsys)
    assert status == 1 and "database" in failures(lines)
    assert "corrupt" in lines["database"][1] and "docbot index" in lines["database"][1]


def test_a_file_that_is_not_a_database_fails(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, db = setup
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    db.write_bytes(b"these are not the pages of a database\n" * 200)
    status, lines = check(capsys)
    assert status == 1 and "unreadable or corrupt" in failures(lines)["database"]
    # Perhaps another file than docbot's (a mistyped path): deleting it is advised only once that is checked.
    assert "check that --db or DB_PATH names docbot's database; if it does, delete it" in failures(lines)["database"]


def test_a_database_path_that_is_a_folder_is_said_so_not_corrupt(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    docs, db = setup
    folder = db.parent  # DB_PATH set to the folder meant to hold the database
    said = (
        f"database {folder} is a folder, not a database file; set --db or DB_PATH to a file, such as "
        f"{folder / 'docbot.sqlite3'}"
    )
    status, lines = check(capsys, "--db", str(folder))
    assert status == 1 and failures(lines)["database"] == said
    for command in (["index", "--docs", str(docs)], ["sources", "--docs", str(docs)], ["report"]):
        assert main([*command, "--db", str(folder)]) == 3
        assert capsys.readouterr().err == f"docbot: error: {said}\n"
    assert db.is_file()  # nothing in the folder was touched


def test_a_database_on_a_read_only_mount_fails_one_line(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A database on a read-only mount failed two lines for one cause: the database's, and "search index: cannot read
    the sentences". The index is checked against the database, so it is now said to be left unchecked."""
    _, db = setup
    with read_only_mount(db.parent):
        status, lines = check(capsys)
    assert status == 1 and list(failures(lines)) == ["database"] and "read-only" in lines["database"][1]
    assert lines["search index"] == ("WARN", "not checked: the database above cannot be used")


def test_a_database_that_cannot_be_created_fails_rather_than_promising_it(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A DB_PATH not created yet was a warning, "docbot run or docbot index creates it", also where neither can: below
    a file, or in a read-only folder; `docbot run` then failed at start. A folder still to be made is fine."""
    _, db = setup
    (db.parent / "notes.txt").write_text("a file, not a folder")
    status, lines = check(capsys, "--db", str(db.parent / "notes.txt" / "db.sqlite3"))
    assert status == 1 and list(failures(lines)) == ["database"], lines
    assert "notes.txt is a file, not a folder" in lines["database"][1]
    (db.parent / "shelf").mkdir()
    with read_only_mount(db.parent / "shelf"):
        status, lines = check(capsys, "--db", str(db.parent / "shelf" / "new" / "db.sqlite3"))
    assert status == 1 and list(failures(lines)) == ["database"], lines
    assert "shelf cannot be written" in lines["database"][1]
    status, lines = check(capsys, "--db", str(db.parent / "new" / "db.sqlite3"))
    assert status == 0 and lines["database"][0] == "WARN" and "creates it" in lines["database"][1]


def test_a_database_of_a_newer_docbot_fails(setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, db = setup
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA user_version = 99")
    status, lines = check(capsys)
    said = failures(lines)["database"]
    assert status == 1 and "schema version 99, newer than this docbot's" in said and "upgrade docbot" in said
    assert said == str(newer_schema_error(db, 99))  # the store's own wording


def test_a_missing_documents_folder_fails_only_with_no_index_stored(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`docbot run` serves a stored index while the documents folder is gone (an unmounted share): `docbot check`
    (the image's HEALTHCHECK) failed its documents line all the same, calling a bot that answers unhealthy. It now
    says what is true, a warning with the stored index's documents and sentences, and exits 0; with nothing stored
    (nothing to serve: `docbot run` stops, status 2) the line still fails, status 1."""
    docs, db = setup
    with sqlite3.connect(db) as connection:
        documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        sentences = connection.execute("SELECT COUNT(*) FROM sentences WHERE kind != 'heading'").fetchone()[0]
    unmounted = docs.with_name("unmounted")
    status, lines = check(capsys, "--docs", str(unmounted))
    assert status == 0 and not failures(lines), lines
    word, said = lines["documents"]
    assert word == "WARN" and said.startswith(f"documents folder {unmounted} does not exist (set --docs or DOCS_DIR);")
    noun = "document" if documents == 1 else "documents"
    assert f"serving the stored index ({documents:,} {noun}, {sentences:,} sentences) as it is" in said
    assert "the folder is reindexed once it is back" in said
    status, lines = check(capsys, "--docs", str(unmounted), "--db", str(db.with_name("never-indexed.sqlite3")))
    assert status == 1 and "documents" in failures(lines)
    assert failures(lines)["documents"] == f"documents folder {unmounted} does not exist (set --docs or DOCS_DIR)"


@pytest.mark.parametrize(
    ("token", "says"),
    [
        ("not-a-token", "not in the form of a bot token"),
        ("Bot " + GOOD_FORM_TOKEN, "starts with 'Bot '"),
        ("bm90LWFuLWlk.GhIjKl." + "x" * 38, "first part is not a bot's user id"),
    ],
)
def test_a_bad_token_fails_without_showing_it(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, token: str, says: str
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", token)
    status, lines = check(capsys)
    assert status == 1 and list(failures(lines)) == ["token"]
    assert says in lines["token"][1] and token not in lines["token"][1]


def test_a_model_file_that_is_not_the_expected_one_fails(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "MINILM_SHA256", "0" * 64)  # the installed file no longer matches
    status, lines = check(capsys)
    assert status == 1 and list(failures(lines)) == ["reranker"]
    assert "is not the expected file" in lines["reranker"][1]
    monkeypatch.setenv("RERANKER", "none")
    status, lines = check(capsys)
    assert status == 0 and lines["reranker"] == ("OK", "off (RERANKER=none)")


def test_a_bad_setting_is_the_only_line(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOG_FORMAT", "xml")
    status, lines = check(capsys)
    assert status == 1 and lines == {"settings": ("FAIL", "LOG_FORMAT must be one of text, json, not 'xml'")}


def test_unsafe_but_valid_settings_warn_and_pass(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ALLOWED_GUILD_IDS")
    status, lines = check(capsys)
    assert status == 0 and lines["settings"][0] == "WARN" and "ALLOWED_GUILD_IDS is empty" in lines["settings"][1]


def test_collections_naming_a_missing_folder_warn_at_check_and_start(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db = setup
    (docs / "handbook").mkdir()
    # A typo ("hanbook") leaves that server with no documents at all: said, as a warning (/docs add can make it).
    monkeypatch.setenv("COLLECTIONS", f"{ALLOWED}:handbook+rules,1300000000000000200:hanbook")
    status, lines = check(capsys)
    assert status == 0 and lines["documents"][0] == "WARN"
    assert lines["documents"][1] == (
        f"COLLECTIONS names a folder missing from {docs}: hanbook, rules (a server mapped to it sees no documents"
        " until it is made)"
    )
    (docs / "hanbook").mkdir()
    (docs / "rules").mkdir()
    status, lines = check(capsys)
    assert status == 0 and lines["documents"][0] == "OK"
    settings = Settings(docs_dir=docs, db_path=db, collections={1: frozenset({"gone"})})
    [documents] = [r for r in health.startup_checks(settings) if r.item == health.DOCUMENTS]
    assert documents.status == "warn" and "gone" in documents.detail


def test_docbot_run_stops_on_a_corrupt_database_before_connecting(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.__main__ import run_bot

    docs, db = setup
    db.write_bytes(b"not a database" * 100)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    settings = Settings(docs_dir=docs, db_path=db, discord_token=GOOD_FORM_TOKEN)
    assert run_bot(settings) == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("docbot: error: ") and "unreadable or corrupt" in err[0]


def test_startup_checks_leave_what_the_start_repairs_as_warnings(setup: tuple[Path, Path]) -> None:
    docs, db = setup
    settings = Settings(docs_dir=docs, db_path=db, discord_token="not-a-token", engine="tantivy")
    results = {r.item: r for r in health.startup_checks(settings)}
    assert health.RERANKER not in results  # loading the reranker checks the model file
    assert (
        results[health.TOKEN].status == "warn" and "Discord checks the token at login" in results[health.TOKEN].detail
    )
    assert results[health.SEARCH_INDEX].status == "warn" and "rebuilt" in results[health.SEARCH_INDEX].detail
    assert all(r.passed for r in results.values())


def test_a_refused_reindex_in_a_terminal_is_told_by_the_next_check(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`docbot check` reads the last reindex the database records (here another `docbot index` process's): one that was
    refused is a warning, with its line cut to KEPT_LINE_CHARS and the cut marked."""
    docs, _ = setup
    for path in docs.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    (docs / "left.txt").write_text("One note\n\nThe heron nests by the reservoir in spring.\n")
    assert main(["index"]) != 0  # most documents gone: refused, nothing changed
    status, lines = check(capsys)
    word, detail = lines["last reindex"]
    assert status == 0 and word == "WARN" and "every document" in detail and ": refused: " in detail, lines
    error = detail.split(": refused: ", 1)[1]
    assert len(error) <= KEPT_LINE_CHARS and (len(error) < KEPT_LINE_CHARS or error.endswith("…")), error


def test_a_reindex_killed_midway_is_told_by_the_check_until_a_reindex_ends(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A `docbot index` killed in the middle (a restart, a crash) recorded no outcome: the check showed the one before
    as the last reindex, done. Not while it runs; after, until a reindex ends."""
    docs, db = setup
    with stalled_reindex(docs, db):
        _, lines = check(capsys)
        word, detail = lines["last reindex"]
        assert word == "OK" and detail.startswith("a reindex of every document is running now (started at "), lines
        assert "; the last that ended: " in detail and ": done (" in detail and "did not finish" not in detail
    status, lines = check(capsys)
    word, detail = lines["last reindex"]
    assert status == 0 and word == "WARN", lines
    assert detail.startswith("the reindex of every document started at ") and " did not finish: " in detail, detail
    assert "; the last that ended: " in detail and ": done (" in detail, detail
    assert main(["index"]) == 0
    _, lines = check(capsys)
    assert lines["last reindex"][0] == "OK" and "did not finish" not in lines["last reindex"][1], lines


async def test_the_start_up_check_of_a_database_before_the_record_says_what_it_knows(setup: tuple[Path, Path]) -> None:
    """`docbot run` checks before it migrates: a database of schema 9 said "none recorded yet" of its last reindex,
    as if it had never been indexed."""
    docs, db = setup
    with sqlite3.connect(db) as connection:  # as the docbot before migration 10 left it
        connection.executescript(UNDO_MIGRATIONS_AFTER_9)
        connection.execute(f"PRAGMA user_version = {REINDEXES_RECORDED_FROM - 1}")
    settings = Settings(docs_dir=docs, db_path=db, discord_token=GOOD_FORM_TOKEN)
    results = {r.item: r for r in health.startup_checks(settings)}
    database, last = results[health.DATABASE], results[health.LAST_REINDEX]
    assert database.status == "warn" and "migrated at the next start" in database.detail
    assert last.status == "ok" and "none recorded" not in last.detail, last
    old, recorded = REINDEXES_RECORDED_FROM - 1, REINDEXES_RECORDED_FROM
    assert last.detail.startswith(f"not recorded in schema version {old} (from version {recorded} on"), last
    async with await Store.open(db):  # the start migrates
        pass
    last = health.check_last_reindex(db)
    assert last.status == "warn" and last.detail.startswith("none recorded yet"), last


def test_a_model_paths_wrong_embedding_json_fails_the_check(
    setup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`docbot check` passed a MODEL_PATH model whose embedding.json loading the reranker then refused (a pooling it
    does not know): the start failed on what the check had called fine."""
    from tests.test_model_encoding import own_model_at

    folder = tmp_path / "model"
    folder.mkdir()
    own_model_at(folder, {"pooling": "max"})
    monkeypatch.setenv("MODEL_PATH", str(folder))
    status, lines = check(capsys)
    assert status == 1 and list(failures(lines)) == ["reranker"]
    assert "pooling must be one of mean, cls" in lines["reranker"][1]
    (folder / semantic.ENCODING_FILE).write_text('{"pooling": "cls"}', encoding="utf-8")
    status, lines = check(capsys)
    assert status == 0 and lines["reranker"][0] == "OK" and "cls pooling" in lines["reranker"][1]


def test_version_line_and_a_servers_documents_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`docbot --version` prints the line /status ends with; /status's documents line for a server names its own
    collection folders (never counting the folder's entries, other servers' collections among them)."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    line = capsys.readouterr().out.strip()
    assert line == health.versions() and line.startswith("docbot ") and "database schema" in line
    docs = tmp_path / "docs"
    for name in ("alpha", "beta", "gamma"):
        (docs / name).mkdir(parents=True)
        (docs / name / "note.txt").write_text("Note\n\nA sentence.\n")
    mine = health.check_documents_of(docs, frozenset({"alpha", "beta"}))
    assert (mine.status, mine.detail) == ("ok", f"{docs} readable, with the folder of collections alpha, beta")
    assert health.check_documents_of(docs, None) == health.check_documents(docs)  # no COLLECTIONS: docbot check's
    lost = health.check_documents_of(docs, frozenset({"delta"}))
    assert lost.status == "warn" and "delta" in lost.detail and "gamma" not in lost.detail
