"""What `docbot` says after a new user's slip on the command line (a blank actor name, a filter that matches the one
document, a server id that is no number): one line saying what to do. The real CLI in its own process."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot.cli import server_id
from bot.format import NO_DOCUMENTS_INDEXED
from bot.format_actors import EMPTY_ACTOR_NAME
from tests.test_cli_new_user import docbot, folder  # noqa: F401 (the fixture)


def test_slips_on_the_command_line_are_said_plainly(folder: Path) -> None:  # noqa: F811
    paths = ["--docs", "docs", "--db", "data/db.sqlite3"]
    done = docbot(folder, "actor", *paths, "  ")
    assert done.returncode == 2 and done.stderr == f"docbot: error: t{EMPTY_ACTOR_NAME[1:]}\n"
    done = docbot(folder, "sources", *paths, "--filter", "zeppelin")
    assert done.returncode == 0 and done.stdout.startswith(
        "The only document indexed does not have zeppelin in its path or title"
    )
    done = docbot(folder, "report", "--db", "data/db.sqlite3", "--guild", "my-server")
    assert done.returncode == 2 and "'my-server' is not a server id: it is a number" in done.stderr
    assert "Copy Server ID" in done.stderr and "Traceback" not in done.stderr
    # a number, but longer than any server id: SQLite could not compare it (OverflowError, a traceback, status 1)
    for flag in ((), ("--forget",)):
        done = docbot(folder, "report", "--db", "data/db.sqlite3", "--guild", "9" * 20, *flag)
        assert done.returncode == 2 and f"'{'9' * 20}' is not a server id" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


def test_an_empty_documents_folder_is_said_to_hold_no_file(tmp_path: Path) -> None:
    """`docbot index` of a folder made for the documents but not filled yet said no file there was in a format docbot
    reads, "`docbot index` lists the files it skipped": there were none to list."""
    (tmp_path / "docs" / "guides").mkdir(parents=True)
    done = docbot(tmp_path, "index", "--docs", "docs", "--db", "data/db.sqlite3")
    assert done.returncode == 0 and "0 documents" in done.stdout
    assert "docbot: warning: no document is indexed from docs: it holds no file at all; put documents there" in (
        done.stderr
    )
    asked = docbot(tmp_path, "ask", "--docs", "docs", "--db", "data/db.sqlite3", "Who keeps the light?")
    assert "it holds no file at all" in asked.stderr and "Not found" in asked.stdout
    # "No documents are indexed yet.": the folder was just indexed, and "yet" promised more than it holds
    listed = docbot(tmp_path, "sources", "--docs", "docs", "--db", "data/db.sqlite3")
    assert listed.returncode == 0 and listed.stdout == f"{NO_DOCUMENTS_INDEXED}\n", listed.stdout
    assert "yet" not in listed.stdout
    (tmp_path / "docs" / "guides" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    done = docbot(tmp_path, "index", "--docs", "docs", "--db", "data/db.sqlite3")
    assert "no file there is in a format docbot reads" in done.stderr  # a file, of no format docbot reads


def test_sources_of_an_empty_collection_names_its_folder(tmp_path: Path) -> None:
    """`docbot sources --collection guides` while only another folder had documents said "the documents folder held
    none": it names the folder asked for."""
    (tmp_path / "docs" / "guides").mkdir(parents=True)
    (tmp_path / "docs" / "logs").mkdir()
    (tmp_path / "docs" / "logs" / "light.txt").write_text("Light log\n\nThe keeper trims the wick at dusk.\n")
    paths = ["--docs", "docs", "--db", "data/db.sqlite3"]
    assert docbot(tmp_path, "index", *paths).returncode == 0
    listed = docbot(tmp_path, "sources", *paths, "--collection", "guides")
    assert listed.returncode == 0 and "the documents folder" not in listed.stdout, listed.stdout
    assert listed.stdout.startswith("No document is indexed in the folder guides: it held none"), listed.stdout
    assert "light.txt" in docbot(tmp_path, "sources", *paths).stdout


@pytest.mark.parametrize("text", ["²", "1²", "⑦"])
def test_a_digit_that_is_no_decimal_is_not_a_server_id(text: str) -> None:
    """`str.isdigit` holds for superscripts and circled digits, which `int` cannot read: its ValueError became
    argparse's "invalid server_id value", not the sentence that says what a server id is."""
    with pytest.raises(argparse.ArgumentTypeError, match=f"^'{text}' is not a server id: it is a number"):
        server_id(text)
    assert server_id(" 1310000000000000000 ") == 1310000000000000000  # as Discord copies it, spaces aside
