"""What a new member or admin reads after a slip (a blank name, a filter that matches nothing, a file of the wrong
kind through /docs add): a line that says what to do. The real discord.py client against the fake Discord."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cogs.admin import NOTHING_THERE
from bot.format import NO_DOCUMENTS_INDEXED
from bot.format_actors import EMPTY_ACTOR_NAME
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot
from tests.discord.test_docs_commands import add, downloads, folder_state, private


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "docs")


async def test_a_blank_actor_name_and_a_filter_of_the_only_document_are_said_plainly(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    """/actor with spaces for a name answered "No actor named ."; /sources filtered over the one document of a new
    server said "None of the 1 document has ..."."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid = await fake.send_slash_command("actor", {"name": "   "})
        assert (await fake.wait_for_response(iid)).content == EMPTY_ACTOR_NAME and private(fake, iid)
        iid = await fake.send_slash_command("sources", {"filter": "zeppelin"})
        assert (await fake.wait_for_response(iid)).content == (
            "The only document indexed does not have `zeppelin` in its path or title: try a shorter part of the name, "
            "or no filter to list it."
        )


@pytest.mark.parametrize(
    ("filename", "data", "told"),
    [
        ("handbook.zip", b"PK\x03\x04" + bytes(60), "is an archive: docbot reads no archive; unpack it and add its"),
        ("notes", b"Notes\n\nThe okapi eats leaves.\n", "has no suffix, and docbot tells an uploaded document by it"),
        ("whiteboard.jpg", b"\xff\xd8\xff\xe0" + bytes(60), "is a picture: docbot reads the text of documents"),
        (
            "minutes.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(60),
            "is in a format docbot does not read: save it as `.docx`",
        ),
        ("budget.xlsx", b"PK\x03\x04" + bytes(60), "is a spreadsheet: docbot reads prose documents"),
    ],
)
async def test_a_file_of_the_wrong_kind_is_told_what_to_send_instead(
    fake: FakeDiscord, docs: Path, tmp_path: Path, filename: str, data: bytes, told: str
) -> None:
    """/docs add of a ZIP of the handbook, a photo of a whiteboard, an old Word file or a text saved without a suffix
    listed docbot's 24 suffixes: the admin was not told what the file is, nor what to send instead."""
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        before = folder_state(docs)
        iid, reply = await add(fake, filename, data)
        content = reply.content or ""
        assert content.startswith(f"`{filename}` {told}") and content.endswith("Nothing was saved.")
        assert private(fake, iid) and downloads(fake) == 0 and folder_state(docs) == before


async def test_a_reindex_of_an_empty_folder_says_it_holds_no_file(fake: FakeDiscord, tmp_path: Path) -> None:
    """A new server's folder, not filled yet: /reindex said no file there was in a format docbot reads, and the admin
    looked for files skipped where there were none. It says the folder holds no file, and how to add one; /sources
    then says none was there when it was indexed."""
    (tmp_path / "docs" / "handbook").mkdir(parents=True)  # a folder made ready, nothing in it
    async with docbot(fake, tmp_path / "docs", tmp_path / "db.sqlite3"):
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        report = await fake.final_response(iid, "Reindex done")
        assert "0 documents" in report and report.endswith(f"\n{NOTHING_THERE}"), report
        assert "add one with `/docs add`" in NOTHING_THERE
        # /sources after it said "No documents are indexed yet.": "yet" promised more than an empty folder gives
        iid = await fake.send_slash_command("sources")
        listed = (await fake.wait_for_response(iid)).content
        assert listed == NO_DOCUMENTS_INDEXED and private(fake, iid)
        assert "yet" not in listed and "when it was last indexed" in listed
