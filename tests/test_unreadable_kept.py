"""Documents docbot cannot read now keep their indexed text: a folder it cannot list, a file it cannot open (changed
or not). `docbot index` and `docbot ask` run as real processes without the right to read past file modes: as root
(where chmod stops nothing) under `setpriv` with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped, as anyone else
as they are; skipped where neither can be done. Also: `docbot ask --json ""` answers in the JSON shape."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import SETTINGS
from retrieval.ingest.walk import FOLDER_KEPT
from tests.files import write

DROPPED = "-dac_override,-dac_read_search"


def _without_read_rights(tmp_path: Path) -> list[str]:
    """The command prefix that runs a process without the right to read a file its mode forbids, checked on a real
    file; the test is skipped where none does."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file modes cannot be made to stop a read")
        prefix = [setpriv, f"--bounding-set={DROPPED}", f"--inh-caps={DROPPED}"]
    probe = write(tmp_path / "probe.txt", "probe")
    probe.chmod(0o000)
    try:
        opened = subprocess.run([*prefix, sys.executable, "-c", f"open({str(probe)!r})"], capture_output=True)
    except OSError as error:
        pytest.skip(f"cannot run without read rights ({error})")
    finally:
        probe.unlink()
    if opened.returncode == 0:
        pytest.skip("a file of mode 000 can still be read here: the right cannot be dropped")
    return prefix


@pytest.fixture
def docbot(tmp_path: Path) -> Iterator[tuple[list[str], dict[str, str]]]:
    """The `docbot` command (as a process without read rights) and its environment: docs/ and db.sqlite3 in
    tmp_path, lexical ranking (no model to load)."""
    prefix = _without_read_rights(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in {s.name for s in SETTINGS}}
    env |= {"DOCS_DIR": str(tmp_path / "docs"), "DB_PATH": str(tmp_path / "db.sqlite3"), "RERANKER": "none"}
    yield [*prefix, sys.executable, "-m", "bot.cli"], env
    for path in (tmp_path / "docs").rglob("*"):  # let pytest remove the folder whoever runs it
        with contextlib.suppress(OSError):
            path.chmod(0o755)


def _run(command: list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, *args], env=env, capture_output=True, text=True, timeout=120)


def _indexed(db: Path) -> dict[str, list[str]]:
    """Each indexed document's sentences, read with a separate sqlite3 connection."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        rows = connection.execute(
            "SELECT d.path, s.text FROM documents d JOIN sentences s ON s.document_id = d.id ORDER BY d.path, s.id"
        ).fetchall()
    indexed: dict[str, list[str]] = {}
    for path, text in rows:
        indexed.setdefault(path, []).append(text)
    return indexed


def _warning_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("- ")]


def _answer_sources(command: list[str], env: dict[str, str], question: str) -> list[str]:
    asked = _run(command, env, "ask", "--json", question)
    assert asked.returncode == 0, asked.stderr
    return [hit["source"] for hit in json.loads(asked.stdout)["hits"]]


def test_a_folder_that_cannot_be_listed_keeps_its_documents(
    docbot: tuple[list[str], dict[str, str]], tmp_path: Path
) -> None:
    """`docbot index` removed the 8 documents of a folder it could not list, while its warning said "skipped"."""
    command, env = docbot
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    animals = ["okapi", "heron", "lynx", "otter", "bison", "gecko", "tapir", "marten"]
    for number, animal in enumerate(animals):
        write(docs / "locked" / f"note{number}.txt", f"Note {number}\n\nThe {animal} sleeps in barn {number}.\n")
    write(docs / "open.txt", "Open\n\nThe zebra eats grass every morning.\n")
    first = _run(command, env, "index")
    assert first.returncode == 0, first.stderr
    before = _indexed(db)
    assert len(before) == 9
    write(docs / "new" / "fresh.txt", "Fresh\n\nThe walrus never was indexed.\n")
    (docs / "locked").chmod(0o000)
    (docs / "new").chmod(0o000)
    again = _run(command, env, "index")
    assert again.returncode == 0, again.stderr
    assert "Added 0, changed 0, removed 0, unchanged 9, warnings 2." in again.stdout
    warnings = _warning_lines(again.stdout)
    assert len(warnings) == 2, again.stdout
    locked = [line for line in warnings if line.startswith("- locked/")]
    assert len(locked) == 1 and "permission denied" in locked[0] and "8 documents" in locked[0], warnings
    assert "kept" in locked[0] and "skipped" not in locked[0]
    new = [line for line in warnings if line.startswith("- new/")]  # nothing indexed there: skipped, as before
    assert len(new) == 1 and "skipped" in new[0] and "kept" not in new[0], warnings
    assert _indexed(db) == before
    assert _answer_sources(command, env, "Where does the tapir sleep?")[0] == "locked/note6.txt"
    # listed but not searchable: each file cannot be looked at, and each keeps its text
    (docs / "locked").chmod(0o444)
    unsearchable = _run(command, env, "index")
    assert unsearchable.returncode == 0, unsearchable.stderr
    assert "removed 0, unchanged 9" in unsearchable.stdout
    assert any(line.startswith("- 8 files: ") and "kept" in line for line in _warning_lines(unsearchable.stdout))
    assert _indexed(db) == before
    # listed again: nothing to read, nothing to say
    (docs / "locked").chmod(0o755)
    (docs / "new").chmod(0o755)
    listed = _run(command, env, "index")
    assert listed.returncode == 0, listed.stderr
    assert "Added 1, changed 0, removed 0, unchanged 9, warnings 0." in listed.stdout


def test_a_file_that_cannot_be_read_keeps_its_text_changed_or_not(
    docbot: tuple[list[str], dict[str, str]], tmp_path: Path
) -> None:
    """An unreadable file that had not changed was kept silently, a changed one removed: both keep their text now,
    with one warning line; once readable, the changed one is read again."""
    command, env = docbot
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    same = write(docs / "same.txt", "Same\n\nThe okapi sleeps in the barn.\n")
    edited = write(docs / "edited.txt", "Edited\n\nThe heron fishes at dawn.\n")
    write(docs / "open.txt", "Open\n\nThe zebra eats grass every morning.\n")
    assert _run(command, env, "index").returncode == 0
    before = _indexed(db)
    edited.write_text("Edited\n\nThe heron fishes at dusk now.\n", encoding="utf-8")
    os.utime(edited, ns=(1_000_000_000, 1_000_000_000))  # a time the store cannot hold already
    same.chmod(0o000)
    edited.chmod(0o000)
    again = _run(command, env, "index")
    assert again.returncode == 0, again.stderr
    assert "Added 0, changed 0, removed 0, unchanged 3, warnings 2." in again.stdout
    warnings = _warning_lines(again.stdout)
    assert len(warnings) == 1, again.stdout  # one line, both files named
    assert "2 files" in warnings[0] and "edited.txt" in warnings[0] and "same.txt" in warnings[0]
    assert "permission denied" in warnings[0] and "kept" in warnings[0]
    assert _indexed(db) == before
    assert _answer_sources(command, env, "When does the heron fish?")[0] == "edited.txt"
    same.chmod(0o644)
    edited.chmod(0o644)
    readable = _run(command, env, "index")
    assert readable.returncode == 0, readable.stderr
    assert "Added 0, changed 1, removed 0, unchanged 2, warnings 0." in readable.stdout
    assert _indexed(db)["edited.txt"] == ["Edited", "The heron fishes at dusk now."]
    assert _indexed(db)["same.txt"] == before["same.txt"]


def test_ask_json_refuses_an_empty_question_in_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`docbot ask --json ""` printed a plain error line and no JSON, where an over-long question gets an object."""
    monkeypatch.setenv("RERANKER", "none")
    write(tmp_path / "docs" / "open.txt", "Open\n\nThe zebra eats grass every morning.\n")
    paths = ["--docs", str(tmp_path / "docs"), "--db", str(tmp_path / "db.sqlite3")]
    refused: dict[str, dict[str, object]] = {}
    for name, question in (("empty", " "), ("long", "okapi " * 1000)):
        status = main(["ask", "--json", *paths, question])
        out, err = capsys.readouterr()
        assert status == 2 and err == "", (name, err)
        lines = out.splitlines()
        assert len(lines) == 1, (name, out)
        refused[name] = json.loads(lines[0])
    assert refused["empty"].keys() == refused["long"].keys() == {"question", "hits", "error"}
    assert refused["empty"]["hits"] == [] and "empty" in refused["empty"]["error"]
    assert refused["empty"]["question"] == " "


def test_a_folder_that_cannot_be_listed_keeps_no_document_docbotignore_leaves_out(
    docbot: tuple[list[str], dict[str, str]], tmp_path: Path
) -> None:
    """An unreadable folder kept every document indexed under it, also those a `.docbotignore` written since leaves
    out (by a pattern on the folder's files, which the walk cannot list): ignored wins, they are removed."""
    command, env = docbot
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    write(docs / "locked" / "okapi.txt", "Okapi\n\nThe okapi sleeps in barn one.\n")
    write(docs / "locked" / "heron.md", "# Heron\n\nThe heron sleeps in barn two.\n")
    for animal in ("zebra", "lynx", "otter", "bison"):
        write(docs / f"{animal}.txt", f"{animal.title()}\n\nThe {animal} eats grass every morning.\n")
    assert _run(command, env, "index").returncode == 0
    before = _indexed(db)
    (docs / "locked").chmod(0o000)
    write(docs / ".docbotignore", "locked/*.md\n")
    again = _run(command, env, "index")
    assert again.returncode == 0, again.stderr
    assert "Added 0, changed 0, removed 1, unchanged 5, warnings 1." in again.stdout
    (warning,) = _warning_lines(again.stdout)
    assert warning.startswith("- locked/") and "(1 document)" in warning and "kept" in warning, warning
    assert _indexed(db) == {path: text for path, text in before.items() if path != "locked/heron.md"}
    write(docs / ".docbotignore", "locked/*\n")  # every file of the folder left out: none kept
    ignored = _run(command, env, "index")
    assert ignored.returncode == 0, ignored.stderr
    assert "removed 1, unchanged 4" in ignored.stdout
    assert "kept" not in ignored.stdout
    assert set(_indexed(db)) == {f"{animal}.txt" for animal in ("zebra", "lynx", "otter", "bison")}


SCOPED_REINDEX = """
import asyncio, json, sys
from pathlib import Path
from tests.files import open_service

async def main() -> None:
    async with open_service(Path(sys.argv[1]), Path(sys.argv[2]), index=False) as service:
        scope = frozenset(json.loads(sys.argv[3]))
        report = await service.report_within(await service.reindex(scope=scope), scope)
        print(json.dumps({"warnings": [str(w) for w in report.warnings], "unchanged": report.unchanged}))

asyncio.run(main())
"""


def test_with_collections_a_documents_folder_that_cannot_be_listed_is_told_to_the_collections_it_keeps(
    docbot: tuple[list[str], dict[str, str]], tmp_path: Path
) -> None:
    """A reindex limited to some collections (COLLECTIONS, /reindex in a server) kept their documents when the
    documents folder itself could not be listed, and said nothing: its warning ("./") is no collection's path, so it
    was filtered out. It is told now, with the count of those collections' documents only."""
    command, env = docbot
    docs, db = tmp_path / "docs", tmp_path / "db.sqlite3"
    for collection, animals in {"farm": ("okapi", "heron"), "zoo": ("lynx", "otter", "bison")}.items():
        for animal in animals:
            write(docs / collection / f"{animal}.txt", f"{animal.title()}\n\nThe {animal} sleeps in the barn.\n")
    assert _run(command, env, "index").returncode == 0
    docs.chmod(0o311)  # entered, not listed
    prefix = command[: command.index(sys.executable)]
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", SCOPED_REINDEX, str(docs), str(db), json.dumps(["farm"])],
            cwd=Path(__file__).resolve().parents[1],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:  # pytest can remove the folder even when the process timed out
        docs.chmod(0o755)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    kept = FOLDER_KEPT.format(reason="permission denied", documents="2 documents")  # farm's, not zoo's 3 too
    assert report["warnings"] == [f"./: {kept}"]
