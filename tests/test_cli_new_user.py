"""A new user's first steps with `docbot`, as real processes: typos in `.env`, a wrong path, a folder that cannot
hold the database, the report's --forget with --json, and where each line goes (stdout or stderr)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cli import INDEX_INTERRUPTED, READ_AS_IT_IS, build_parser, error_text, main
from bot.settings import SETTINGS, stop_note
from retrieval.service import NOT_A_QUESTION, AnswerService
from retrieval.store.database import OTHER_DATABASE, Store
from retrieval.store.lock import held_elsewhere
from retrieval.store.reader import connect_readonly
from tests.test_faults import read_only_file, read_only_mount

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_9b990c146cc40a5f.txt"


def docbot(
    cwd: Path, *argv: str, stdin: str = "", preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """`docbot ARGV` in a fresh interpreter, run in `cwd` with no docbot setting from the environment; lexical
    ranking, so that no test waits for the model. `preexec_fn` runs in the child first (a resource limit, say)."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}} | {"RERANKER": "none"}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *argv],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec_fn,
    )


def started(cwd: Path, *argv: str, reranker: str | None = "none", stdin: bool = False) -> subprocess.Popen[str]:
    """`docbot ARGV` started in a fresh interpreter in `cwd` (as `docbot`, `reranker` None for the default install's),
    with SIGINT as in a terminal: honoured even when this test runs in the background, where SIGINT is inherited
    ignored (Ctrl-C's tests signal it)."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    if reranker is not None:
        env["RERANKER"] = reranker
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", *argv],
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE if stdin else None,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder with the seed document in `docs/`."""
    (tmp_path / "docs").mkdir()
    shutil.copy(SEED, tmp_path / "docs" / SEED.name)
    return tmp_path


def test_a_mistyped_setting_name_in_dotenv_is_named_with_the_setting_meant(folder: Path) -> None:
    (folder / ".env").write_text("DOCS_DIRR=docs\ndocs_dir=docs\nCOMPOSE_PROJECT_NAME=mine\nDB_PATH=state/db\n")
    done = docbot(folder, "index")
    assert done.returncode == 2  # DOCS_DIR is unset, so the default ./seeds is missing
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 2, done.stderr
    assert "DOCS_DIRR" in warnings[0] and "did you mean DOCS_DIR?" in warnings[0]
    assert "docs_dir" in warnings[1] and "did you mean DOCS_DIR?" in warnings[1]
    assert "COMPOSE_PROJECT_NAME" not in done.stderr  # another program's setting is no typo
    (folder / ".env").write_text("DOCS_DIR=docs\nDB_PATH=state/db\n")
    done = docbot(folder, "index")
    assert done.returncode == 0 and "warning" not in done.stderr


def test_a_documents_path_that_is_a_file_is_called_one(folder: Path) -> None:
    done = docbot(folder, "index", "--docs", f"docs/{SEED.name}", "--db", "db")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("docbot: error: ") and "is a file, not a folder" in done.stderr


def test_a_documents_path_that_is_a_file_is_called_one_by_run_and_check_too(folder: Path) -> None:
    """`docbot run` called a file given as the documents folder one that "does not exist (set DOCS_DIR)" (its --docs
    unnamed), and `docbot check` one that "does not exist (set DOCS_DIR or --docs)": one line now, the others'."""
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB"
    (folder / ".env").write_text(f"DISCORD_TOKEN={token}\n")
    line = f"documents folder docs/{SEED.name} is a file, not a folder (set --docs or DOCS_DIR)"
    indexed = docbot(folder, "index", "--docs", f"docs/{SEED.name}", "--db", "db")
    assert (indexed.returncode, indexed.stderr) == (2, f"docbot: error: {line}\n")
    ran = docbot(folder, "run", "--docs", f"docs/{SEED.name}", "--db", "db")
    assert ran.returncode == 2 and ran.stderr.splitlines()[-1].endswith(f": {line}{stop_note(2)}"), ran.stderr
    checked = docbot(folder, "check", "--docs", f"docs/{SEED.name}", "--db", "db")
    assert checked.returncode == 1 and f"documents: {line}\n" in checked.stdout, checked.stdout


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, a folder no one can create files in")
def test_a_database_that_cannot_be_created_is_not_called_corrupt(folder: Path) -> None:
    done = docbot(folder, "index", "--docs", "docs", "--db", "/proc/docbot.sqlite3")
    assert done.returncode == 3 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert "cannot be created in /proc" in done.stderr
    assert "corrupt" not in done.stderr and "delete" not in done.stderr  # there is nothing to delete


def test_index_tells_a_skipped_file_once_in_its_report(folder: Path) -> None:
    (folder / "docs" / "junk.bin").write_bytes(b"\x00\x01")
    done = docbot(folder, "index", "--docs", "docs", "--db", "db")
    assert done.returncode == 0
    assert "junk.bin" in done.stdout and "junk.bin" not in done.stderr, done.stderr
    # `ask` prints no report: there the refresh's warnings are the only word of them
    (folder / "docs" / "more.bin").write_bytes(b"\x00\x02")
    asked = docbot(folder, "ask", "--docs", "docs", "--db", "db", "ceasefire")
    assert asked.returncode == 0 and "more.bin" in asked.stderr
    # said as docbot's other lines are, not as a log line ("2026-12-06 14:13:04,880 WARNING retrieval.service [-]:")
    assert asked.stderr.splitlines() == [
        "docbot: warning: while indexing: 2 files: not a supported document format; skipped (junk.bin, more.bin)"
    ]


def test_index_keeps_a_collection_whose_share_is_gone_and_says_so(folder: Path) -> None:
    """COLLECTIONS in .env, a share each: `docbot index` with the small one's folder gone reads the others, keeps its
    documents (they were removed: the guard counted the whole index), says so once, on standard output, and exits 3."""
    docs = folder / "docs"
    (docs / "lake").mkdir()
    (docs / "lake" / "heron.txt").write_text("Heron report\n\nThe grey heron nests by the lake in March.\n")
    (folder / ".env").write_text("DOCS_DIR=docs\nDB_PATH=db\nCOLLECTIONS=111:lake,222:river\n")
    (docs / "river").mkdir()
    for number in range(3):
        (docs / "river" / f"gauge{number}.txt").write_text(f"Gauge {number}\n\nThe gauge {number} reads the river.\n")
    assert docbot(folder, "index").returncode == 0
    (docs / "lake").rename(folder / "share")
    (docs / "river" / "weir.txt").write_text("Weir report\n\nThe weir holds the river back at night.\n")
    done = docbot(folder, "index")
    kept = (
        "the folder of collection lake no longer has 1 of the 1 indexed documents (is it mounted?); its documents"
        " were kept and still answer."
    )
    assert done.returncode == 3, done.stderr
    assert "Reindex done, with problems" in done.stdout and f"- {kept}" in done.stdout
    assert "Added 1, changed 0, removed 0, unchanged 5" in done.stdout and "river/weir.txt" in done.stdout
    assert kept not in done.stderr, done.stderr
    # `ask` refreshes the index first: the heron still answers, and the collection kept is told as a warning
    asked = docbot(folder, "ask", "When does the heron nest?")
    assert asked.returncode == 0 and "The grey heron nests by the lake in March." in asked.stdout, asked.stderr
    assert asked.stderr.splitlines() == [f"docbot: warning: reindex: {kept}"]


def test_report_of_a_database_it_cannot_write_is_one_warning(folder: Path) -> None:
    """README promises `docbot report` reads a database it cannot write "with one warning": the failed write's log
    line came first ("feedback could not be written to db: attempt to write a readonly database"), then docbot's."""
    assert docbot(folder, "index", "--docs", "docs", "--db", "db").returncode == 0
    with read_only_file(folder / "db"):
        done = docbot(folder, "report", "--db", "db")
    assert done.returncode == 0 and done.stdout.startswith("Feedback report for every server"), done.stderr
    assert done.stderr.count("\n") == 1 and "old questions could not be deleted now" in done.stderr, done.stderr


def test_a_question_refused_is_an_error_line_like_the_others(folder: Path) -> None:
    done = docbot(folder, "ask", "--docs", "docs", "--db", "db", "okapi " * 900)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("docbot: error: ") and "characters long" in done.stderr


def test_report_forget_prints_json_with_json(folder: Path) -> None:
    assert docbot(folder, "index", "--docs", "docs", "--db", "db").returncode == 0
    done = docbot(folder, "report", "--db", "db", "--guild", "42", "--forget", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"guild": 42, "deleted": 0}
    plain = docbot(folder, "report", "--db", "db", "--guild", "42", "--forget")
    assert plain.stdout == "Deleted 0 questions of server 42, with their votes.\n"


def test_help_names_the_default_database_file_and_what_each_command_does(folder: Path) -> None:
    for command in ("index", "ask", "report"):
        done = docbot(folder, command, "--help")
        assert done.returncode == 0 and "default ./data/docbot.sqlite3" in " ".join(done.stdout.split())
    # and each command's help says what the command does, not only its options
    assert "Build or refresh the index and print the report." in docbot(folder, "index", "--help").stdout


COMMANDS = ("index", "ask", "sources", "actor", "actors", "report", "run", "sync", "check")


def test_help_names_the_defaults_the_settings_have(folder: Path) -> None:
    """--help wrote the defaults of --docs and --db a second time, apart from the settings that apply them (and that
    README's table shows): they are read from there now, and name the folder a command run without the flag uses."""
    defaults = {setting.name: setting.default for setting in SETTINGS}
    shown = " ".join(docbot(folder, "index", "--help").stdout.split())  # argparse wraps at the terminal's width
    assert (
        f"(DOCS_DIR; default ./{defaults['DOCS_DIR']})" in shown
        and f"(DB_PATH; default ./{defaults['DB_PATH']})" in shown
    )
    (folder / defaults["DOCS_DIR"]).mkdir()
    shutil.copy(SEED, folder / defaults["DOCS_DIR"] / SEED.name)
    indexed = docbot(folder, "index")
    assert indexed.returncode == 0 and "1 document" in indexed.stdout and (folder / defaults["DB_PATH"]).is_file()


def test_sync_offers_no_documents_folder_it_would_not_read(folder: Path) -> None:
    """`docbot sync --help` offered --docs, which a sync never reads (only the database's record of the last sync):
    a newcomer would wonder which folder to give it."""
    shown = docbot(folder, "sync", "--help")
    assert shown.returncode == 0 and "--db PATH" in shown.stdout and "--docs" not in shown.stdout, shown.stdout
    given = docbot(folder, "sync", "--docs", "docs")
    assert given.returncode == 2 and "`docbot sync` has no option --docs;" in given.stderr, given.stderr


def test_help_shows_a_newcomer_an_example_of_each_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`docbot --help` shows the first commands to type and where settings come from; each command's help ends with
    an example of it, as a newcomer reads it before anything else."""
    for argv in ([], *([command] for command in COMMANDS)):
        with pytest.raises(SystemExit) as exited:
            build_parser().parse_args([*argv, "--help"])
        assert exited.value.code == 0
        shown = capsys.readouterr().out
        if not argv:
            assert 'docbot ask --docs ~/notes "' in shown and ".env" in shown and "docbot check" in shown
        else:
            assert f"docbot {argv[0]}" in shown.partition("\nexample")[2], shown


def test_docbot_alone_shows_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`docbot` typed alone said only "the following arguments are required: COMMAND"; it shows the commands and the
    first steps now (an error still: status 2)."""
    assert main([]) == 2
    shown = capsys.readouterr().err
    assert "first steps:" in shown and "ask " in shown and "index " in shown and "required" not in shown


def test_ctrl_c_in_the_middle_of_a_reindex_exits_130_and_the_next_one_completes(folder: Path) -> None:
    """Ctrl-C while `docbot index` reads: no traceback, 130, one line saying what became of the index, and running it
    again indexes everything."""
    for n in range(300):  # enough documents that the reindex is still reading when interrupted
        (folder / "docs" / f"note{n}.txt").write_text(f"Note {n}\n\nThe okapi number {n} eats leaves.\n")
    process = started(folder, "index", "--docs", "docs", "--db", "db")
    assert process.stderr is not None
    # The database file appears once the store is open, before any document is read.
    while not (folder / "db").exists() and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert "Traceback" not in err
    if process.returncode == 0:
        pytest.skip("the reindex ended before the signal came")  # a fast machine: nothing to interrupt
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == f"docbot: {INDEX_INTERRUPTED}", err  # was silent: was the index half written?
    again = docbot(folder, "index", "--docs", "docs", "--db", "db")
    assert again.returncode == 0, again.stderr
    assert "301 documents" in again.stdout


def _stored_vectors(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0])


def _index_until_embedding(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """`docbot index` with the semantic reranker, once its report is out and it computes the vectors: the process and
    its report."""
    process = started(folder, "index", "--docs", "docs", "--db", "db", reranker=None)
    assert process.stdout is not None
    report = ""
    while "Semantic vectors:" not in report:
        line = process.stdout.readline()
        assert line, f"no vectors step: {report}{process.communicate(timeout=60)[1]}"
        report += line
    return process, report


def test_ctrl_c_while_the_vectors_are_computed_keeps_them_and_the_next_index_carries_on(folder: Path) -> None:
    """README: the vectors step after the first `docbot index` may be stopped with Ctrl-C; the index answers, the
    vectors stored are kept and the next `docbot index` computes only the rest."""
    for n in range(300):  # 600 sentences: more than two batches of vectors
        (folder / "docs" / f"note{n}.txt").write_text(
            f"Note {n}\n\nThe okapi number {n} eats leaves at dawn. It sleeps in barn {n} at night.\n"
        )
    db = folder / "db"
    process, report = _index_until_embedding(folder)
    total = int(report.rpartition("Semantic vectors: ")[2].split()[0].replace(",", ""))
    while _stored_vectors(db) == 0 and process.poll() is None:  # the first batch written
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=120)
    if process.returncode == 0:
        pytest.skip("the vectors were all computed before the signal came")
    assert process.returncode == 130 and "Traceback" not in err, err
    assert err.splitlines()[-1] == f"docbot: {INDEX_INTERRUPTED}", err
    stored = _stored_vectors(db)
    assert 0 < stored < total
    asked = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--json", "Where does okapi 17 sleep?")
    assert asked.returncode == 0 and json.loads(asked.stdout)["hits"], asked.stderr
    again, report = _index_until_embedding(folder)
    again.send_signal(signal.SIGINT)
    again.communicate(timeout=120)
    assert "Added 0, changed 0, removed 0, unchanged 301" in report
    assert f"Semantic vectors: {total - stored:,} sentences still to embed" in report, report


def test_ctrl_c_in_the_refresh_before_an_answer_says_what_became_of_the_index(folder: Path) -> None:
    """`docbot ask` refreshes the index first: Ctrl-C there exited 130 in silence, where `docbot index` says in one
    line what became of the index. The same line now, and the index as it was before the refresh."""
    assert docbot(folder, "index", "--docs", "docs", "--db", "db").returncode == 0
    for n in range(300):  # enough new documents that the refresh is still reading when interrupted
        (folder / "docs" / f"note{n}.txt").write_text(f"Note {n}\n\nThe okapi number {n} eats leaves.\n")
    process = started(folder, "ask", "--docs", "docs", "--db", "db", "What do okapis eat?")
    # The refresh holds the database's writer lock while it reads.
    while not held_elsewhere(folder / "db") and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert "Traceback" not in err
    if process.returncode == 0:
        pytest.skip("the refresh ended before the signal came")  # a fast machine: nothing to interrupt
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == f"docbot: {INDEX_INTERRUPTED}" and out == "", err

    async def indexed() -> list[str]:
        async with await Store.open(folder / "db") as store:
            service = AnswerService(store, folder / "docs")
            await service.load()  # the index in the store, the folder not read
            return [document.path for document in service.sources()]

    assert asyncio.run(indexed()) == [SEED.name]  # the previous index, whole


def test_a_question_at_the_length_limit_is_answered_and_one_past_it_is_told_the_limit(folder: Path) -> None:
    """MAX_QUESTION_CHARS characters are allowed, but one past them was told "please keep it under 40", and on the
    command line as "docbot: error: The question ..." (every other error line is in lower case)."""
    (folder / ".env").write_text("DOCS_DIR=docs\nDB_PATH=db\nMAX_QUESTION_CHARS=40\n")
    at_limit = "What did Putin say about a ceasefire?".ljust(40, "?")
    assert docbot(folder, "ask", at_limit).returncode == 0
    done = docbot(folder, "ask", at_limit + "?")
    assert done.returncode == 2
    assert done.stderr == "docbot: error: the question is 41 characters long; please keep it to 40 at most.\n"
    empty = docbot(folder, "ask", " ")
    assert empty.stderr == "docbot: error: the question is empty: ask something about the documents.\n"


def test_an_unknown_name_with_a_possessive_gets_the_names_it_would_get_without(folder: Path) -> None:
    """`docbot actor "Tehran's"` was offered no close name where "Tehran" is offered some: the "'s" counted in the
    comparison, though the look-up itself ignores it. (Tehran itself is offered nothing since ha30: "Iran" shares
    only letters with it; a misspelt surname is offered its person.)"""
    plain = docbot(folder, "actor", "--docs", "docs", "--db", "db", "Erdogn")
    owned = docbot(folder, "actor", "--docs", "docs", "--db", "db", "Erdogn's")
    assert plain.returncode == owned.returncode == 1
    assert "did you mean" in plain.stderr and "Erdogan" in plain.stderr
    assert owned.stderr.replace("Erdogn's", "Erdogn") == plain.stderr


def test_a_name_of_emoji_or_punctuation_alone_is_offered_no_close_names(folder: Path) -> None:
    """`docbot actor 🎉` was asked "did you mean Syria, Bashar al-Assad, Iran?": the most mentioned, near nothing."""
    for name in ("🎉", "???"):
        done = docbot(folder, "actor", "--docs", "docs", "--db", "db", name)
        assert done.returncode == 1
        assert done.stderr == f"docbot: error: no actor named {name}; `docbot actors` lists the actors found\n"


def test_an_empty_file_is_reported_empty_in_every_format(folder: Path) -> None:
    """A 0-byte PDF or DOCX was skipped as "damaged PDF" / "damaged DOCX (not a ZIP file)" while an empty Markdown
    file was "empty file": every format says the file is empty."""
    for name in ("scan.pdf", "letter.docx", "slides.pptx", "book.epub", "notes.md"):
        (folder / "docs" / name).write_bytes(b"")
    done = docbot(folder, "index", "--docs", "docs", "--db", "db")
    assert done.returncode == 0, done.stderr
    assert "- 5 files: empty file; skipped (book.epub, letter.docx, notes.md, ...)" in done.stdout, done.stdout
    assert "damaged" not in done.stdout


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("MAX_FILE_MB=inf", "MAX_FILE_MB must be a number, not 'inf'"),  # an OverflowError traceback
        ("MAX_FILE_MB=nan", "MAX_FILE_MB must be a number, not 'nan'"),  # a ValueError traceback
        ("COOLDOWN_SECONDS=nan", "COOLDOWN_SECONDS must be a number, not 'nan'"),  # taken: no window ended
        ("REINDEX_COOLDOWN_SECONDS=-inf", "REINDEX_COOLDOWN_SECONDS must be a number, not '-inf'"),
    ],
)
def test_a_number_setting_of_infinity_or_nan_is_one_line(folder: Path, line: str, said: str) -> None:
    (folder / ".env").write_text(f"DOCS_DIR=docs\nDB_PATH=db\n{line}\n")
    done = docbot(folder, "ask", "okapi")
    assert done.returncode == 2 and done.stderr == f"docbot: error: {said}\n", done.stderr


def test_a_mistyped_log_level_is_a_settings_error_not_a_traceback(folder: Path) -> None:
    """LOG_LEVEL reached logging unchecked: `docbot run` ended in a ValueError traceback, `docbot check` said valid."""
    (folder / ".env").write_text("DOCS_DIR=docs\nDB_PATH=db\nLOG_LEVEL=LOUD\nDISCORD_TOKEN=a.b.c\n")
    for argv in (["run"], ["ask", "sandbox"]):
        done = docbot(folder, *argv)
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
        assert "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'" in done.stderr
    check = docbot(folder, "check")
    assert check.returncode == 1 and "FAIL  settings: LOG_LEVEL" in check.stdout
    (folder / ".env").write_text("DOCS_DIR=docs\nDB_PATH=db\nLOG_LEVEL=warn\n")  # the standard library's alias
    assert docbot(folder, "ask", "sandbox").returncode == 0


def test_a_file_name_with_a_line_break_or_an_escape_is_shown_on_the_source_line(folder: Path) -> None:
    """A file name is the user's, not docbot's: a line break in it split the source line in two, and a terminal
    escape in it reached the terminal."""
    (folder / "docs" / "new\nline.txt").write_text("Giraffes\n\nThe giraffe sleeps standing up.\n")
    (folder / "docs" / "red\x1b[31mname.txt").write_text("Okapis\n\nThe okapi sleeps lying down.\n")
    done = docbot(folder, "ask", "--docs", "docs", "--db", "db", "How does the giraffe sleep?\nokapi sleeps")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout
    sources = [line for line in done.stdout.splitlines() if line.startswith("— ")]
    assert "— Giraffes · new line.txt · paragraph 2" in sources
    assert "— Okapis · red[31mname.txt · paragraph 2" in sources
    assert done.stdout.startswith("Q: How does the giraffe sleep? okapi sleeps\n")  # one line, as asked
    assert all(line.startswith(("Q: ", "> ", "— ", "  ")) or not line for line in done.stdout.splitlines())


def test_check_counts_one_entry_as_one(folder: Path) -> None:
    """The quick start's folder, seeds/, holds one document: "1 entries" was what `docbot check` said of it."""
    done = docbot(folder, "check", "--docs", "docs", "--db", "db")
    assert "OK    documents: docs readable, 1 entry at its top level\n" in done.stdout, done.stdout


def test_a_refused_question_among_others_is_a_json_error_and_exit_2(folder: Path) -> None:
    """As the README says: the other questions are answered, the refused one is `{"question", "hits", "error"}`."""
    done = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--json", stdin=f"ceasefire\n{'okapi ' * 900}\n")
    assert done.returncode == 2
    first, refused = (json.loads(line) for line in done.stdout.splitlines())
    assert first["hits"] and not first["not_found"]
    assert refused["hits"] == [] and "characters long" in refused["error"]


def test_a_folder_with_no_document_read_is_said_so_not_only_not_found(folder: Path) -> None:
    """A mistyped --docs that names an existing folder of other files: each answer alone ("Not found. Nothing in the
    documents shares a meaningful word") would blame the question."""
    (folder / "src").mkdir()
    (folder / "src" / "main.py").write_text("print('hello')\n")
    index = docbot(folder, "index", "--docs", "src", "--db", "db")
    assert index.returncode == 0 and "0 documents" in index.stdout
    assert "warning: no document is indexed from src" in index.stderr
    asked = docbot(folder, "ask", "--docs", "src", "--db", "db", "greeting")
    assert asked.returncode == 0 and "Not found." in asked.stdout
    assert asked.stderr.count("\n") == 1 and "no document is indexed from src" in asked.stderr
    fine = docbot(folder, "ask", "--docs", "docs", "--db", "other", "ceasefire")
    assert fine.returncode == 0 and fine.stderr == ""


def test_a_tilde_in_dotenv_or_after_an_equals_sign_is_the_home_folder(folder: Path) -> None:
    """`.env` is no shell: DOCS_DIR=~/notes named a folder "~" in the working directory (and DB_PATH made one)."""
    home = folder / "home"
    shutil.copytree(folder / "docs", home / "notes")
    (folder / ".env").write_text("DOCS_DIR=~/notes\nDB_PATH=~/state/db.sqlite3\n")
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env |= {"RERANKER": "none", "HOME": str(home)}
    command = [sys.executable, "-m", "bot.cli"]
    done = subprocess.run([*command, "index"], cwd=folder, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (home / "state" / "db.sqlite3").is_file() and not (folder / "~").exists()
    (folder / ".env").unlink()
    done = subprocess.run(
        [*command, "sources", "--docs=~/notes", "--db=~/state/db.sqlite3"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and SEED.name in done.stdout, done.stderr


def test_a_dotenv_line_that_is_no_setting_is_named_once_and_a_legacy_encoding_is_no_traceback(folder: Path) -> None:
    (folder / ".env").write_text('DOCS_DIR docs\nDOCS_DIR=docs\nDB_PATH="db\n')
    done = docbot(folder, "sources")
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"docbot: warning: {folder / '.env'}, line 1: not NAME=value, ignored",
        f"docbot: warning: {folder / '.env'}, line 3: not NAME=value, ignored",
    ]
    (folder / ".env").write_bytes(b"DOCS_DIR=docs\nADMIN_ROLE=R\xe9dacteur\n")  # Latin-1, as a Windows editor saves it
    done = docbot(folder, "sources")
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
    assert (
        done.stderr
        == f"docbot: error: {folder / '.env'} is not UTF-8 text (byte 0xe9 at position 26); save it as UTF-8\n"
    )


def test_an_unknown_actor_with_no_close_name_points_to_the_list(folder: Path) -> None:
    done = docbot(folder, "actor", "--docs", "docs", "--db", "db", "Zebedee")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "docbot: error: no actor named Zebedee; `docbot actors` lists the actors found\n"
    close = docbot(folder, "actor", "--docs", "docs", "--db", "db", "Putn")
    assert close.returncode == 1 and "did you mean Putin?" in close.stderr and "docbot actors" not in close.stderr


def test_a_dash_for_the_question_reads_the_questions_from_standard_input(folder: Path) -> None:
    """`echo q | docbot ask -`, as other Unix tools take '-' for standard input: not the question "-"."""
    done = docbot(
        folder, "ask", "--docs", "docs", "--db", "db", "--json", "-", stdin="Who warned of a catastrophe?\n\nRussia\n"
    )
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["question"] for a in answers] == ["Who warned of a catastrophe?", "Russia"]
    assert "catastrophic outcome" in answers[0]["hits"][0]["text"]


def test_sources_json_lists_the_documents_for_a_script(folder: Path) -> None:
    """`docbot sources --json | jq` was refused ("unrecognized arguments: --json"), though ask, actor and actors take
    it."""
    done = docbot(folder, "sources", "--docs", "docs", "--db", "db", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [
        {
            "path": SEED.name,
            "title": "Putin urges Russian special services, military to closely cooperate with Iran, Turkey",
            "sentences": 30,
        }
    ]


def test_questions_from_a_file_saved_with_a_byte_order_mark(folder: Path) -> None:
    """A question list saved by Notepad starts with a BOM: the first question's JSON "question" held an invisible
    U+FEFF, so a script matching it to its own list failed."""
    done = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--json", stdin="\ufeffWho warned of a catastrophe?\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["question"] == "Who warned of a catastrophe?"


def test_ctrl_c_while_ask_waits_for_the_next_question_exits_at_once(folder: Path) -> None:
    """`docbot ask` reading questions (typed at its prompt, or from a pipe still open) ignored Ctrl-C until the next
    line came: asyncio's SIGINT handler only asks the event loop to stop, and the loop was blocked in the read."""
    process = started(folder, "ask", "--docs", "docs", "--db", "db", "--json", stdin=True)
    assert process.stdin is not None and process.stdout is not None
    guard = threading.Timer(120, process.kill)  # a docbot that never answers ends the read below, not the suite
    guard.start()
    try:
        process.stdin.write("Who warned of a catastrophe?\n")
        process.stdin.flush()
        assert "catastrophic outcome" in process.stdout.readline()  # answered: now waiting for the next line
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 130
    finally:
        guard.cancel()
        process.kill()
        _, err = process.communicate()
    assert "Traceback" not in err


def test_a_question_of_a_letter_in_a_symbol_is_told_its_words_are_common(folder: Path) -> None:
    """ "⒜" is "(a)" to the tokenizer and to the actor keys (NFKC), but "a question with no letters or digits" to the
    answer's own check, which read the raw characters; "ﹶ" (an Arabic mark's isolated form) holds no letter, so it
    is no question, as "thanks!" is not (issue 12): each is told how to ask, and the next question is answered."""
    asked = "⒜?\nﹶ\nthanks!\nWho warned of a catastrophe?\n"
    done = docbot(folder, "ask", "--json", "--docs", "docs", "--db", "db", stdin=asked)
    assert done.returncode == 2, done.stderr  # as for an over-long question: a question refused
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert lines[0]["reason"] == "The question has no words to search for (only very common words).", lines
    assert [line.get("error") for line in lines[1:3]] == [NOT_A_QUESTION, NOT_A_QUESTION], lines
    assert lines[3]["hits"], lines
    said = docbot(folder, "ask", "--docs", "docs", "--db", "db", "lol")
    assert said.returncode == 2 and said.stdout == "", said
    assert said.stderr == f"docbot: error: {error_text(NOT_A_QUESTION)}\n", said.stderr


def test_argparse_errors_start_as_docbots_own(folder: Path) -> None:
    """argparse wrote "docbot report: error:" (a subcommand's prog) where docbot's own errors write "docbot: error:":
    one prefix now, for a bad flag and for a bad value."""
    flag = docbot(folder, "report", "--bogus")
    value = docbot(folder, "report", "--guild", "x")
    for done in (flag, value):
        assert done.returncode == 2 and done.stdout == "", done.stderr
    help_line = "; `docbot report --help` lists what it takes\n"
    assert flag.stderr == "docbot: error: `docbot report` has no option --bogus" + help_line, flag.stderr
    assert value.stderr.startswith("docbot: error: argument --guild: 'x' is not a server id"), value.stderr
    assert value.stderr.endswith(help_line), value.stderr


def test_a_mistyped_flag_a_missing_argument_or_a_bad_value_is_one_line_with_the_fix(folder: Path) -> None:
    """As a new user types them: argparse wrote its usage (up to four lines) and "docbot: error: unrecognized
    arguments: --tpo", naming neither the command nor the option meant; each is one line now."""
    cases = {
        ("ask", "--tpo", "3", "okapi"): "`docbot ask` has no option --tpo (did you mean --top?)",
        ("sources", "--jsn"): "`docbot sources` has no option --jsn (did you mean --json?)",
        ("actor", "--jsn", "Putin"): "`docbot actor` has no option --jsn (did you mean --json?)",
        ("report", "--guid", "3"): "`docbot report` has no option --guid (did you mean --guild?)",
        ("run", "--dcs", "docs"): "`docbot run` has no option --dcs (did you mean --docs?)",
        ("sync", "now"): "`docbot sync` does not take 'now'",
        ("index", "--docs"): "argument --docs: expected one argument",
        ("actor",): "the following arguments are required: name",
        ("actors", "--collection"): "argument --collection: expected one argument",
        ("ask", "--top", "x", "okapi"): "argument --top: invalid int value: 'x'",
        ("check", "--db"): "argument --db: expected one argument",
    }
    for argv, said in cases.items():
        done = docbot(folder, *argv)
        expected = f"docbot: error: {said}; `docbot {argv[0]} --help` lists what it takes\n"
        assert (done.returncode, done.stderr) == (2, expected), (argv, done.stderr)


def test_an_abbreviated_option_or_a_mistyped_command_is_refused_with_the_one_meant(folder: Path) -> None:
    """argparse took `--doc` for `--docs` (allow_abbrev): a script relying on it breaks, or quietly means another
    option, the day an option sharing its start is added. And `docbot idx` listed the commands without naming the
    one meant. Both are the one line of a mistyped option now."""
    cases = {
        ("ask", "--doc", "docs", "okapi"): "`docbot ask` has no option --doc (did you mean --docs?)",
        ("ask", "--to=2", "okapi"): "`docbot ask` has no option --to=2 (did you mean --top?)",
        ("index", "--allow", "--docs", "docs"): "`docbot index` has no option --allow (did you mean --allow-removal?)",
        ("report", "--gui", "3"): "`docbot report` has no option --gui (did you mean --guild?)",
        ("idx",): "`docbot` has no command 'idx' (did you mean index?)",
        ("aks", "okapi"): "`docbot` has no command 'aks' (did you mean ask?)",
        ("--he",): "`docbot` has no option --he (did you mean --help?)",
        # dashes alone start every option: no guess (each was "did you mean --help?")
        ("--", "ask", "okapi"): "`docbot` has no option --",
        ("-",): "`docbot` has no option -",
        # nothing close: no guess (a lower bar offered --docs for --bogus)
        ("sources", "--bogus"): "`docbot sources` has no option --bogus",
        # a question about an option, unquoted: where its words go
        ("ask", "what", "does", "--verbose", "do"): (
            "`docbot ask` has no option --verbose (a question holding it goes after `--`: `docbot ask -- QUESTION`)"
        ),
    }
    for argv, said in cases.items():
        done = docbot(folder, *argv)
        where = "docbot" if argv[0] in {"idx", "aks", "--he", "--", "-"} else f"docbot {argv[0]}"
        expected = f"docbot: error: {said}; `{where} --help` lists what it takes\n"
        assert (done.returncode, done.stderr, done.stdout) == (2, expected, ""), (argv, done.stderr)
    far = docbot(folder, "zzz")
    assert far.returncode == 2 and "has no command 'zzz' (it has index, ask, sources," in far.stderr, far.stderr
    # the whole option, with or without "=", is taken as before; after `--`, an option's name is a question's word
    done = docbot(folder, "ask", "--docs=docs", "--db", "db", "--top=1", "ceasefire")
    assert done.returncode == 0 and done.stdout.count("> ") == 1, done.stderr
    done = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--", "what", "does", "--verbose", "do")
    assert done.returncode == 0 and done.stdout.startswith("Q: what does --verbose do\n"), done.stderr


def test_a_disk_that_refuses_writes_is_not_called_a_corrupt_database(folder: Path) -> None:
    """A file-size limit (as a quota or a full disk does) made SQLite fail with "disk I/O error" while creating the
    database, and docbot called it "unreadable or corrupt; delete it": deleting fixes nothing and, for a database in
    use, loses the questions and votes kept for /report. It names the disk now; the database written before stays."""
    limit = 200 * 1024  # under what the migrations write to a new database's -wal file

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    for number in range(300):
        lines = " ".join(f"The heron {number} waits by the river for fish number {fish}." for fish in range(10))
        (folder / "docs" / f"heron{number}.txt").write_text(f"Heron {number}\n\n{lines}\n")
    done = docbot(folder, "index", "--docs", "docs", "--db", "db", preexec_fn=limited)
    assert done.returncode == 3 and done.stdout == "", done.stderr
    assert done.stderr.startswith("docbot: error: database db could not be read or written (disk I/O error)")
    assert "deleting it would not help" in done.stderr and "corrupt" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    # a database written before keeps answering when a refresh of it cannot be written
    moved = folder / "later"
    moved.mkdir()
    for path in (folder / "docs").glob("heron*.txt"):
        path.rename(moved / path.name)
    assert docbot(folder, "index", "--docs", "docs", "--db", "db").returncode == 0
    for path in moved.iterdir():
        path.rename(folder / "docs" / path.name)
    refused = docbot(folder, "index", "--docs", "docs", "--db", "db", preexec_fn=limited)
    assert refused.returncode == 3 and "disk I/O error" in refused.stderr and "corrupt" not in refused.stderr
    asked = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--top", "1", "ceasefire", preexec_fn=limited)
    assert asked.returncode == 0 and "ceasefire" in asked.stdout and "previous index" in asked.stderr, asked.stderr


def test_an_id_setting_given_a_mention_or_a_link_copied_from_discord_names_the_id(folder: Path) -> None:
    """Discord's menus copy a link (Copy Link) or a mention as readily as an id (Copy ID, in Developer Mode): a
    setting given one said only "must be a whole number". The line names the id to write, when it is of the kind the
    setting takes, and says what was given otherwise."""
    cases = {
        "QUESTION_CHANNEL_IDS=555,<#4242>": "not '<#4242>' (the mention of a channel: write its id, 4242)",
        "QUESTION_CHANNEL_IDS=https://discord.com/channels/77/88": "(a link to channel 88: write 88)",
        "ALLOWED_GUILD_IDS=https://discord.com/channels/77/88/99": "(a link into server 77: write 77)",
        "DEV_GUILD_ID=https://ptb.discord.com/channels/77/88": "(a link into server 77: write 77)",
        "ADMIN_ROLE_IDS=<@&31>": "(the mention of a role: write its id, 31)",
        "ADMIN_ROLE_IDS=<@31>": "not '<@31>' (a member's mention)",
        "ALLOWED_GUILD_IDS=<#31>": "not '<#31>' (a channel's mention)",
        # a setting that takes no Discord id is told no id to write (it was "write its id, 5")
        "RESULTS=<#5>": "not '<#5>'",
        "SHARD_IDS=https://discord.com/channels/77/88": "not 'https://discord.com/channels/77/88'",
    }
    for line, said in cases.items():
        (folder / ".env").write_text(f"DOCS_DIR=docs\n{line}\n")
        done = docbot(folder, "sources", "--db", "db")
        name = line.partition("=")[0]
        assert done.returncode == 2 and done.stdout == "", done.stderr
        assert done.stderr.startswith(f"docbot: error: {name} must be a whole number, not '"), done.stderr
        assert done.stderr.endswith(f"{said}\n") and done.stderr.count("\n") == 1, done.stderr


def test_check_names_what_was_pasted_instead_of_the_bot_token(folder: Path) -> None:
    """The portal's Application ID, Public Key and OAuth2 Client Secret, pasted as DISCORD_TOKEN, were each "not in
    the form of a bot token": the line now says which was pasted, and where the token is; never the value itself."""
    cases = {
        "987654321098765432": "looks like the Application ID (a number)",
        "0f" * 32: "looks like the application's Public Key",
        "Zk-9" * 8: "looks like the OAuth2 Client Secret",
    }
    for value, said in cases.items():
        (folder / ".env").write_text(f"DOCS_DIR=docs\nDISCORD_TOKEN={value}\n")
        done = docbot(folder, "check", "--db", "db")
        line = next(line for line in done.stdout.splitlines() if line.startswith("FAIL  token:"))
        assert done.returncode == 1 and said in line and "Bot page of the developer portal" in line, line
        assert value not in done.stdout + done.stderr


def test_reading_commands_read_a_database_on_a_read_only_mount_as_it_is(folder: Path) -> None:
    """An index built elsewhere and mounted read-only (a container's image, a backup): `docbot ask` refused it ("cannot
    be opened: its folder is read-only"), as did sources, actor and actors, though they only read it. They read it as
    it is now, with one warning; `docbot index`, which must write, still refuses."""
    state = folder / "state"
    state.mkdir()
    assert docbot(folder, "index", "--docs", "docs", "--db", "state/db").returncode == 0
    with read_only_mount(state):
        asked = docbot(folder, "ask", "--docs", "docs", "--db", "state/db", "--top", "1", "ceasefire")
        listed = docbot(folder, "sources", "--docs", "docs", "--db", "state/db")
        actor = docbot(folder, "actor", "--docs", "docs", "--db", "state/db", "Putin")
        indexed = docbot(folder, "index", "--docs", "docs", "--db", "state/db")
    warning = (
        "docbot: warning: database state/db cannot be written: its folder state is read-only; reading it as it is, "
        "without bringing it up to date with the documents\n"
    )
    for done in (asked, listed, actor):
        assert (done.returncode, done.stderr) == (0, warning), done.stderr
    assert "ceasefire" in asked.stdout and SEED.name in listed.stdout and "Putin · person" in actor.stdout
    assert indexed.returncode == 3 and "read-only" in indexed.stderr and "reading it as it is" not in indexed.stderr


def test_a_read_only_folder_is_said_one_way_by_every_command(folder: Path) -> None:
    """Three wordings, each with its own `os.access` check, told of one cause: "cannot be opened: its folder ... is
    read-only (...)" (index), "cannot be written (its folder ... is read-only)" (ask), "cannot be written: its folder
    ... is read-only" (check). One rule now (`refuses_writes`, which tries a write) and one message; each command
    then says what it does about it."""
    state = folder / "state"
    state.mkdir()
    assert docbot(folder, "index", "--docs", "docs", "--db", "state/db").returncode == 0
    with read_only_mount(state):
        indexed = docbot(folder, "index", "--docs", "docs", "--db", "state/db")
        asked = docbot(folder, "ask", "--docs", "docs", "--db", "state/db", "--top", "1", "ceasefire")
        checked = docbot(folder, "check", "--docs", "docs", "--db", "state/db")
    said = "database state/db cannot be written: its folder state is read-only"
    assert indexed.returncode == 3 and indexed.stderr.startswith(f"docbot: error: {said} ("), indexed.stderr
    assert f"make it writable or use {OTHER_DATABASE}" in indexed.stderr and "corrupt" not in indexed.stderr
    assert asked.returncode == 0 and asked.stderr == f"docbot: warning: {said}; {READ_AS_IT_IS}\n", asked.stderr
    line = next(line for line in checked.stdout.splitlines() if line.startswith("FAIL  database:"))
    assert checked.returncode == 1 and line.startswith(f"FAIL  database: {said}; `docbot run` and"), line
    # writable again, nothing is said of it
    asked = docbot(folder, "ask", "--docs", "docs", "--db", "state/db", "--top", "1", "ceasefire")
    assert asked.returncode == 0 and "read-only" not in asked.stderr, asked.stderr


def test_documents_are_listed_as_people_number_them(folder: Path) -> None:
    """`docbot sources` listed chapter10 before chapter2 (by path, as text): numbers in names are counted now."""
    for number in (10, 2, 1, 11):
        (folder / "docs" / f"chapter{number}.md").write_text(f"# Chapter {number}\n\nThe heron waits {number} days.\n")
    done = docbot(folder, "sources", "--docs", "docs", "--db", "db", "--filter", "chapter", "--json")
    assert done.returncode == 0, done.stderr
    assert [d["path"] for d in json.loads(done.stdout)] == [f"chapter{n}.md" for n in (1, 2, 10, 11)]


def test_a_path_that_another_continues_with_a_number_is_listed_and_answered(folder: Path) -> None:
    """`notes` (a conventional name without a suffix) beside `notes2.md`: the numbered sort key compared a path's text
    with the other's number (TypeError), so `docbot sources` and every question failed with a traceback."""
    (folder / "docs" / "notes").write_text("Notes\n\nThe heron waits by the weir.\n")
    (folder / "docs" / "notes2.md").write_text("# Notes two\n\nThe egret waits by the sluice.\n")
    (folder / "docs" / "notes10.md").write_text("# Notes ten\n\nThe stork waits by the dam.\n")
    listed = docbot(folder, "sources", "--docs", "docs", "--db", "db", "--filter", "notes", "--json")
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    assert [d["path"] for d in json.loads(listed.stdout)] == ["notes", "notes2.md", "notes10.md"]
    asked = docbot(folder, "ask", "--docs", "docs", "--db", "db", "--top", "1", "where does the egret wait")
    assert asked.returncode == 0 and "sluice" in asked.stdout, asked.stderr


@pytest.mark.parametrize("log_left", [False, True], ids=["closed", "log-left"])
def test_reading_commands_read_a_disk_index_on_a_read_only_mount_as_it_is(folder: Path, log_left: bool) -> None:
    """The disk engine's index (ENGINE=tantivy, or any folder past AUTO_TANTIVY_SENTENCES) beside a database on a
    read-only mount: its sync opened its lock file for writing first, so ask and sources ended in a traceback
    ("OSError: Read-only file system: '...db.tantivy.lock'") where the SQLite engine's index was read as it is. tantivy
    itself cannot read an index it cannot lock, so a small one is answered from memory: that came after two more lines,
    the index "out of step with the database" (generation and counts the same) and "could not write the search index
    ...; answering from an index in memory". A store opened read-only goes to memory at once: the one warning.
    `log_left`: a read-only connection closed last, leaving the -wal and -shm files; SQLite then opened the database
    on the mount for writing, so the store was not read-only and the two lines came back (`Store.open` refuses it)."""
    (folder / ".env").write_text("ENGINE=tantivy\n")
    state = folder / "state"
    state.mkdir()
    assert docbot(folder, "index", "--docs", "docs", "--db", "state/db").returncode == 0
    assert (state / "db.tantivy").is_dir()
    if log_left:
        connect_readonly(state / "db").close()
        assert (state / "db-wal").exists() and (state / "db-shm").exists()
    with read_only_mount(state):
        asked = docbot(folder, "ask", "--docs", "docs", "--db", "state/db", "--top", "1", "ceasefire")
        listed = docbot(folder, "sources", "--docs", "docs", "--db", "state/db")
    for done in (asked, listed):
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        assert len(done.stderr.splitlines()) == 1 and done.stderr.endswith(f"; {READ_AS_IT_IS}\n"), done.stderr
    assert "ceasefire" in asked.stdout and SEED.name in listed.stdout
