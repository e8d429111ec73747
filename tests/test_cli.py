"""The `docbot` command line, in process (bot.cli.main) and once as a real subprocess. Nothing is written into the
repository: every test runs in its own temporary folder."""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import SETTINGS
from tests.processes import another_writer

pytestmark = pytest.mark.usefixtures("no_progress_lines")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_9b990c146cc40a5f.txt"
CEASEFIRE = "What did Putin say about a ceasefire?"


@pytest.fixture(autouse=True)
def _always_isolated(isolated: Path) -> Path:
    """Every test here runs isolated (the fixture is in tests/conftest.py)."""
    return isolated


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def paths(docs: Path, db: Path) -> list[str]:
    return ["--docs", str(docs), "--db", str(db)]


def test_index_prints_the_report(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "state" / "index.sqlite3"
    (docs / "junk.bin").write_bytes(b"\x00")
    status, out, err = run(capsys, "index", *paths(docs, db))
    assert status == 0 and err == ""
    assert "1 document, 30 sentences" in out
    assert "Added 1, changed 0, removed 0, unchanged 0, warnings 1." in out
    assert SEED.name in out
    assert "junk.bin" in out  # warnings name the file
    assert db.is_file()
    status, out, _ = run(capsys, "index", *paths(docs, db))
    assert status == 0
    assert "Added 0, changed 0, removed 0, unchanged 1" in out


def test_ask_prints_quotes_as_written_with_their_sources(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    """On a terminal (or a pipe) excerpts are the document's words as written: no Discord Markdown or escapes."""
    status, out, err = run(capsys, "ask", *paths(docs, tmp_path / "db.sqlite3"), CEASEFIRE)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Q: {CEASEFIRE}"
    quotes = [line for line in lines if line.startswith("> ")]
    sources = [line for line in lines if line.startswith("— ")]
    assert len(quotes) >= 2 and len(sources) >= 2
    assert quotes[0].startswith("> Reacting to Erdogan's proposal") or quotes[0].startswith("> Putin said")
    assert "Putin" in quotes[0] and "ceasefire" in quotes[0]
    text = SEED.read_text(encoding="utf-8")
    for quote in quotes:
        assert quote[2:] in " ".join(text.split()), quote  # verbatim: no "**", no backslash escapes
    # each quote is followed by its source line: title, file and paragraph
    assert lines[lines.index(quotes[0]) + 1] == sources[0]
    assert f" · {SEED.name} · " in sources[0] and "paragraph " in sources[0]
    title = "Putin urges Russian special services, military to closely cooperate with Iran, Turkey"
    assert sources[0].startswith(f"— {title} · ")


def test_ask_builds_the_index_itself_and_follows_changes(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    assert not db.exists()
    status, out, _ = run(capsys, "ask", "--json", *paths(docs, db), "Where does the okapi live?")
    assert status == 0 and json.loads(out)["hits"] == []
    (docs / "okapi.txt").write_text("Okapis\n\nThe okapi lives in the Ituri forest.\n")
    status, out, _ = run(capsys, "ask", "--json", *paths(docs, db), "Where does the okapi live?")
    assert json.loads(out)["hits"][0]["text"] == "The okapi lives in the Ituri forest."


def test_ask_json_has_the_exact_field_names(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    status, out, err = run(capsys, "ask", "--json", *paths(docs, tmp_path / "db.sqlite3"), CEASEFIRE)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    payload = json.loads(lines[0])
    assert payload["question"] == CEASEFIRE
    assert 1 <= len(payload["hits"]) <= 5
    for hit in payload["hits"]:
        assert {"text", "score", "source", "title", "paragraph", "sentence", "context"} <= set(hit)
        assert isinstance(hit["text"], str) and isinstance(hit["score"], float)
        assert hit["source"] == SEED.name
        assert hit["title"] == "Putin urges Russian special services, military to closely cooperate with Iran, Turkey"
        assert isinstance(hit["paragraph"], int) and isinstance(hit["sentence"], int)
        assert set(hit["context"]) == {"before", "after"}
        assert all(isinstance(s, str) for s in hit["context"]["before"] + hit["context"]["after"])
    first = payload["hits"][0]
    assert (first["paragraph"], first["sentence"]) in {(8, 1), (13, 1)}
    assert "ceasefire" in first["text"]


def test_ask_json_context_for_he_added(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    question = "Who does not want the people of Idlib exposed to new catastrophes?"
    status, out, _ = run(capsys, "ask", "--json", "--top", "1", *paths(docs, tmp_path / "db.sqlite3"), question)
    assert status == 0
    hit = json.loads(out)["hits"][0]
    assert hit["text"].endswith("he added.")
    assert hit["context"]["before"] == [
        'Rouhani as well spoke of "cleansing the Idlib region of terrorists", while also noting the need of '
        "protecting civilians."
    ]


def test_questions_from_stdin_one_per_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, docs: Path, tmp_path: Path
) -> None:
    questions = [CEASEFIRE, "What did Rouhani say about U.S. sanctions?", "What is the capital of Peru?"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join([questions[0], "", questions[1], "   ", questions[2]])))
    status, out, err = run(capsys, "ask", "--json", *paths(docs, tmp_path / "db.sqlite3"))
    assert status == 0 and err == ""
    payloads = [json.loads(line) for line in out.splitlines()]
    assert [p["question"] for p in payloads] == questions  # blank lines are not questions
    assert "counter U.S. sanctions" in payloads[1]["hits"][0]["text"]
    assert payloads[2]["hits"] == []


def test_questions_from_stdin_as_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, docs: Path, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{CEASEFIRE}\nWhat is the capital of Peru?\n"))
    status, out, _ = run(capsys, "ask", *paths(docs, tmp_path / "db.sqlite3"))
    assert status == 0
    assert out.count("Q: ") == 2
    assert f"Q: {CEASEFIRE}\n> " in out
    peru = out.split("Q: What is the capital of Peru?\n", 1)[1]
    assert peru.startswith("Not found.")


@pytest.mark.parametrize("top", [1, 3])
def test_top(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path, top: int) -> None:
    db = tmp_path / "db.sqlite3"
    status, out, _ = run(capsys, "ask", "--json", "--top", str(top), *paths(docs, db), CEASEFIRE)
    assert status == 0 and len(json.loads(out)["hits"]) == top
    status, out, _ = run(capsys, "ask", "--top", str(top), *paths(docs, db), CEASEFIRE)
    assert len([line for line in out.splitlines() if line.startswith("— ")]) == top


def one_line_error(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("docbot: ")
    return err


def test_missing_docs_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for command in (["index"], ["ask", "a question"]):
        status, out, err = run(capsys, *command, *paths(tmp_path / "nope", tmp_path / "db.sqlite3"))
        assert status != 0 and out == ""
        assert "does not exist" in one_line_error(err) and "nope" in err
    assert not (tmp_path / "db.sqlite3").exists()


def test_corrupt_database(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(b"definitely not SQLite\n" * 200)
    for command in (["index"], ["ask", CEASEFIRE]):
        status, out, err = run(capsys, *command, *paths(docs, db))
        assert status != 0 and out == ""
        one_line_error(err)
        assert "corrupt" in err and "docbot index" in err and "rebuild" in err


def test_database_that_fails_while_writing(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "db.sqlite3"
    assert run(capsys, "index", *paths(docs, db))[0] == 0
    with sqlite3.connect(db) as connection:
        connection.execute(
            "CREATE TRIGGER nope BEFORE INSERT ON sentences BEGIN SELECT RAISE(ABORT, 'disk says no'); END"
        )
    (docs / "new.txt").write_text("New\n\nA new sentence.\n")
    status, out, err = run(capsys, "index", *paths(docs, db))
    assert status != 0 and out == ""
    assert "disk says no" in one_line_error(err)


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path, question: str) -> None:
    status, out, err = run(capsys, "ask", *paths(docs, tmp_path / "db.sqlite3"), question)
    assert status != 0 and out == ""
    assert "empty" in one_line_error(err)


def test_too_long_question(capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path) -> None:
    status, out, err = run(capsys, "ask", *paths(docs, tmp_path / "db.sqlite3"), "okapi " * 700)
    assert status != 0 and out == ""
    assert "characters long" in one_line_error(err)


def test_settings_from_environment_variables(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, docs: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("DOCS_DIR", str(docs))
    monkeypatch.setenv("DB_PATH", str(tmp_path / "from-env" / "db.sqlite3"))
    status, out, _ = run(capsys, "index")
    assert status == 0 and "30 sentences" in out
    assert (tmp_path / "from-env" / "db.sqlite3").is_file()
    # flags beat the environment
    other = tmp_path / "other"
    other.mkdir()
    (other / "okapi.txt").write_text("Okapis\n\nThe okapi lives in the Ituri forest.\n")
    status, out, _ = run(capsys, "index", "--docs", str(other), "--allow-removal")  # another folder: all go
    assert status == 0 and "1 document, 1 sentence" in out and "Removed: " in out


def test_default_paths_are_relative_to_the_working_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "index")
    assert status != 0 and "seeds" in one_line_error(err)
    shutil.copytree(SEED.parent, tmp_path / "seeds")
    status, out, _ = run(capsys, "index")
    assert status == 0 and "30 sentences" in out
    assert (tmp_path / "data" / "docbot.sqlite3").is_file()


def test_dotenv_file_in_the_working_directory(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, docs: Path, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("# settings\nDOCS_DIR=docs\nDB_PATH=dotenv-state/db.sqlite3\n")
    status, out, _ = run(capsys, "index")
    assert status == 0 and "30 sentences" in out
    assert (tmp_path / "dotenv-state" / "db.sqlite3").is_file()
    # a real environment variable beats .env, and a flag beats both
    monkeypatch.setenv("DB_PATH", str(tmp_path / "env-state" / "db.sqlite3"))
    assert run(capsys, "index")[0] == 0
    assert (tmp_path / "env-state" / "db.sqlite3").is_file()
    assert run(capsys, "index", "--db", str(tmp_path / "flag-state" / "db.sqlite3"))[0] == 0
    assert (tmp_path / "flag-state" / "db.sqlite3").is_file()


def test_real_subprocess(docs: Path, tmp_path: Path) -> None:
    """The installed entry point, in a fresh interpreter, reading `.env` from its working directory."""
    (tmp_path / ".env").write_text("DOCS_DIR=docs\nDB_PATH=sub/db.sqlite3\n")
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    command = [sys.executable, "-m", "bot.cli"]
    index = subprocess.run([*command, "index"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert index.returncode == 0, index.stderr
    assert "1 document, 30 sentences" in index.stdout
    assert (tmp_path / "sub" / "db.sqlite3").is_file()
    ask = subprocess.run(
        [*command, "ask", "--json"],
        cwd=tmp_path,
        env=env,
        input=f"{CEASEFIRE}\nHow many people have been killed in the war?\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ask.returncode == 0, ask.stderr
    payloads = [json.loads(line) for line in ask.stdout.splitlines()]
    assert [p["question"] for p in payloads] == [CEASEFIRE, "How many people have been killed in the war?"]
    assert {h["paragraph"] for h in payloads[0]["hits"][:2]} == {8, 13}
    empty = subprocess.run([*command, "ask", ""], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert empty.returncode != 0 and empty.stdout == ""
    assert empty.stderr.count("\n") == 1 and "empty" in empty.stderr


@pytest.mark.parametrize("command", [["check"], ["actors"], ["sources"]])
def test_a_reader_that_stops_reading_is_no_traceback(docs: Path, tmp_path: Path, command: list[str]) -> None:
    """`docbot actors | head -1`: the pipe closes before docbot has written; it stops quietly, 141 as `cat` would."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env |= {"DOCS_DIR": str(docs), "DB_PATH": str(tmp_path / "db.sqlite3")}
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone: every write docbot makes fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli", *command], stdout=writer, stderr=subprocess.PIPE, env=env, timeout=60
        )
    finally:
        os.close(writer)
    assert done.returncode == 141 and done.stderr == b""


def test_json_lines_escape_unicode_line_separators() -> None:
    from bot.cli import json_line

    line = json_line({"question": "a\u2028b\u2029c\u0085d"})
    assert line.endswith("\n") and len(line.splitlines()) == 1
    assert json.loads(line) == {"question": "a\u2028b\u2029c\u0085d"}


def test_index_refuses_to_empty_the_index_unless_allowed(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    assert run(capsys, "index", *paths(docs, db))[0] == 0
    (docs / SEED.name).unlink()  # an emptied (or unmounted) folder
    status, out, err = run(capsys, "index", *paths(docs, db))
    assert status == 2 and out == ""
    assert err.startswith("docbot: error: the documents folder no longer has 1 of the 1 indexed documents")
    assert "--allow-removal" in err and "Traceback" not in err
    # asking still answers from the index as it was, and says why
    status, out, err = run(capsys, "ask", *paths(docs, db), CEASEFIRE)
    assert status == 0 and "Putin said a ceasefire" in out and "answering from the index as it was" in err
    assert "--allow-removal" in err
    status, out, _ = run(capsys, "index", *paths(docs, db), "--allow-removal")
    assert status == 0 and "0 documents" in out and "removed 1" in out


def test_reports_and_lists_are_plain_text_on_the_terminal(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    """No Discord Markdown in what the command line prints: bold and code marks dropped, escapes undone."""
    (docs / "notes_(draft).txt").write_text("Notes (draft) *v2*\n\nThe reservoir_level is full of water.\n")
    (docs / "group__group08.txt").write_text("Group 8\n\nThe eighth group meets on Fridays.\n")
    db = tmp_path / "db.sqlite3"
    status, out, _ = run(capsys, "index", *paths(docs, db))
    assert status == 0 and out.startswith("Reindex done in ")
    # file names are code in Discord: on the terminal they keep every character, double underscores too
    assert "Added: 000_9b990c146cc40a5f.txt, group__group08.txt, notes_(draft).txt" in out
    status, out, _ = run(capsys, "sources", *paths(docs, db))
    assert status == 0 and "- Notes (draft) *v2* · notes_(draft).txt · 1 sentence" in out
    assert "**" not in out and "`" not in out and "\\" not in out
    status, out, _ = run(capsys, "actor", "Putin", *paths(docs, db))
    assert status == 0 and out.startswith("Putin · person") and "**" not in out


def test_sources_filter_lists_the_documents_whose_path_or_title_holds_the_text(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    """`docbot sources --filter TEXT`, as /sources filter: case and accents folded away, the count of those that
    match, one line when none does; `--json` lists the matches in the usual shape."""
    (docs / "Café").mkdir()  # as a folder copied from a Mac writes it: "é" as "e" and a combining accent
    (docs / "Café" / unicodedata.normalize("NFD", "Résumé.txt")).write_text("CV\n\nShe ran the port.\n")
    (docs / "notes.txt").write_text("Minutes of the harbour board\n\nThe harbour board met in May.\n")
    db = tmp_path / "db.sqlite3"
    status, out, _ = run(capsys, "sources", *paths(docs, db), "--filter", "RESUME")
    assert status == 0 and out.startswith("1 of 3 documents match RESUME, 1 sentence\n- CV · Caf")
    assert "Résumé.txt" in unicodedata.normalize("NFC", out) and "notes.txt" not in out
    status, out, _ = run(capsys, "sources", *paths(docs, db), "--filter", "putin urges")  # the seed's title
    assert status == 0 and "1 of 3 documents match" in out and "000_9b990c146cc40a5f.txt" in out
    status, out, _ = run(capsys, "sources", *paths(docs, db), "--filter", "zeppelin")
    assert status == 0 and out.startswith("None of the 3 documents has zeppelin in its path or title")
    status, out, _ = run(capsys, "sources", *paths(docs, db), "--filter", "Harbour", "--json")
    assert status == 0 and json.loads(out) == [
        {"path": "notes.txt", "title": "Minutes of the harbour board", "sentences": 1}
    ]
    status, out, _ = run(capsys, "sources", *paths(docs, db), "--filter", "zeppelin", "--json")
    assert status == 0 and json.loads(out) == []


def test_a_partly_corrupt_database_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], docs: Path, tmp_path: Path
) -> None:
    """Its first pages read (it opens and migrates), later ones are damaged: the first query that meets them fails."""
    db = tmp_path / "db.sqlite3"
    assert run(capsys, "index", *paths(docs, db))[0] == 0
    # Every page in the file itself: a write-ahead log left behind would serve the pages damaged below.
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        for offset in range(4096 * 3, size, 4096 * 2):
            handle.seek(offset + 100)
            handle.write(b"\xde\xad\xbe\xef" * 200)
    for command in (["ask", "What did Putin say?"], ["index"], ["sources"], ["actors"]):
        status, out, err = run(capsys, *command, *paths(docs, db))
        assert status == 3 and out == "", command
        assert err.count("\n") == 1 and "is unreadable or corrupt (database disk image is malformed)" in err


def test_ask_and_index_say_they_wait_while_another_process_writes_the_index(docs: Path, tmp_path: Path) -> None:
    """`docbot ask` and `docbot index` refresh the index first; while the bot reindexed a large folder (or another
    `docbot index` ran) they waited for the writer lock in silence, for minutes on end. They still wait (the answer
    reads what that process wrote) but say so at once."""
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    db = tmp_path / "db.sqlite3"
    docbot = [sys.executable, "-m", "bot.cli"]
    paths = ["--docs", str(docs), "--db", str(db)]
    assert subprocess.run([*docbot, "index", *paths], env=env, capture_output=True, timeout=60).returncode == 0
    (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
    waiting: list[subprocess.Popen[bytes]] = []
    with another_writer(db):
        for command in (["ask", *paths, "--top", "1", "Is the reservoir full?"], ["index", *paths]):
            process = subprocess.Popen([*docbot, *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            waiting.append(process)
            assert process.stderr is not None and select.select([process.stderr], [], [], 60)[0]  # never hangs
            line = process.stderr.readline()
            assert line.startswith(b"docbot: another process is writing the index") and b"waiting" in line
    outputs = [process.communicate(timeout=60)[0] for process in waiting]
    assert [process.returncode for process in waiting] == [0, 0]
    assert b"reservoir.txt" in outputs[0]  # read once the other writer was done
