"""/docs add, /docs remove and /docs list through the real bot and the fake Discord, with real files: what an
admin uploads is checked, saved atomically in the server's own collection and indexed; every bad upload gets one
private line and changes nothing; replacing and deleting need the same admin's confirmation; two servers with
COLLECTIONS never see or touch each other's documents."""

from __future__ import annotations

import asyncio
import errno
import os
import re
import shutil
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from bot import replies
from bot.cogs import docs as docs_cog
from bot.guilds import NO_DOCUMENTS_HERE
from retrieval.answer.embeddings import embedding_progress
from retrieval.answer.semantic import SemanticReranker
from retrieval.ingest import upload
from tests.discord.fake_discord import EPHEMERAL_FLAG, FakeDiscord, RecordedResponse
from tests.discord.harness import docbot
from tests.discord.test_bot import buttons
from tests.discord.test_collections import CHANNEL_C, CHANNELS_B, GUILD_B, GUILD_C, OF_A, OF_ROOT, alpha_and_beta, leaks
from tests.files import FORMATS, write
from tests.test_cli_new_user import docbot as cli
from tests.test_collections import write_docs

PDF = (FORMATS / "artofwar_groff.pdf").read_bytes()
DOCX = (FORMATS / "pep8_pandoc.docx").read_bytes()
NOTICE = (FORMATS / "notice_groff.pdf").read_bytes()  # a one-page notice set centered throughout
PAGES = (FORMATS / "pages_groff.pdf").read_bytes()  # three pages of one line each, the same but for the number
OKAPI = b"Okapi notes\n\nThe okapi has striped legs like a zebra.\n"


def folder_state(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its bytes (hidden ones too: a stray temporary file is a change)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def downloads(fake: FakeDiscord) -> int:
    return sum(1 for r in fake.requests if r.path.startswith("/attachments/"))


def private(fake: FakeDiscord, interaction_id: int) -> bool:
    """Whether the reply to an interaction is ephemeral (its first callback, a message or a defer, says so)."""
    callbacks = fake.interactions[interaction_id].callbacks
    return bool(callbacks) and bool(int(callbacks[0].data.get("flags") or 0) & EPHEMERAL_FLAG)


async def add(
    fake: FakeDiscord,
    filename: str,
    data: bytes,
    *,
    folder: str | None = None,
    user: Any = None,
    channel_id: int | None = None,
    size: int | None = None,
    fails: bool = False,
) -> tuple[int, RecordedResponse]:
    """/docs add with `data` attached as `filename`: the interaction id and the first visible reply."""
    attachment = fake.add_attachment(filename, data, size=size, fails=fails)
    options: list[dict[str, Any]] = [{"name": "file", "type": 11, "value": attachment["id"]}]
    if folder is not None:
        options.append({"name": "folder", "type": 3, "value": folder})
    iid = await fake.send_slash_command(
        "docs",
        [{"name": "add", "type": 1, "options": options}],
        user=user if user is not None else fake.admin_user,
        channel_id=channel_id,
        attachments=[attachment],
    )
    return iid, await fake.wait_for_response(iid, timeout=20)


async def remove(fake: FakeDiscord, name: str, *, user: Any = None, channel_id: int | None = None) -> RecordedResponse:
    iid = await fake.send_slash_command(
        "docs",
        [{"name": "remove", "type": 1, "options": [{"name": "name", "type": 3, "value": name}]}],
        user=user if user is not None else fake.admin_user,
        channel_id=channel_id,
    )
    return await fake.wait_for_response(iid)


async def listing(fake: FakeDiscord, *, channel_id: int | None = None) -> RecordedResponse:
    iid = await fake.send_slash_command("docs", [{"name": "list", "type": 1, "options": []}], channel_id=channel_id)
    reply = await fake.wait_for_response(iid)
    assert reply.ephemeral
    return reply


async def suggestions(fake: FakeDiscord, typed: str, *, channel_id: int | None = None) -> list[str]:
    iid = await fake.send_autocomplete(
        "docs",
        [{"name": "remove", "type": 1, "options": [{"name": "name", "type": 3, "value": typed}]}],
        focused="name",
        user=fake.admin_user,
        channel_id=channel_id,
    )
    return [str(c["value"]) for c in (await fake.wait_for_response(iid)).choices]


async def click(fake: FakeDiscord, reply: RecordedResponse, label: str, user: Any) -> int:
    return await fake.send_component_click(str(buttons(reply.components)[label]["custom_id"]), user=user)


async def test_an_admin_adds_a_pdf_named_txt_and_it_answers_at_once(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        before = folder_state(docs)
        # A member who is no admin is refused before anything is downloaded.
        iid, refused = await add(fake, "manual.txt", PDF, user=fake.normal_user)
        assert private(fake, iid) and "Only members with Manage Server" in (refused.content or "")
        assert downloads(fake) == 0 and folder_state(docs) == before

        iid, _ = await add(fake, "manual.txt", PDF)
        text = await fake.final_response(iid, "Reindex done")
        assert private(fake, iid)
        assert "Saved `manual.txt` (PDF, " in text and "Added 1" in text and "`manual.txt`" in text
        assert (docs / "manual.txt").read_bytes() == PDF
        assert folder_state(docs) == {**before, "manual.txt": PDF}  # no temporary file left
        assert "manual.txt" in {d.path for d in bot.service.sources()}
        answer = await bot.service.ask("Who said the art of war is of vital importance to the State?")
        assert answer.hits and answer.hits[0].source.path == "manual.txt"

        # Into a new folder, without COLLECTIONS: the folder is made under the documents root.
        iid, _ = await add(fake, "PEP 8.docx", DOCX, folder="style/python")
        assert "Saved `style/python/PEP 8.docx` (DOCX" in await fake.final_response(iid, "Reindex done")
        assert (docs / "style" / "python" / "PEP 8.docx").read_bytes() == DOCX

        reply = await listing(fake)
        assert "`manual.txt`" in (reply.content or "") and "`style/python/PEP 8.docx`" in (reply.content or "")
        sources = await fake.wait_for_response(await fake.send_slash_command("sources"))
        assert "`manual.txt`" in (sources.content or "")  # /sources still answers


async def test_an_upload_reply_tells_only_its_own_file_of_the_folders_skipped_files(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """Every /docs add reply repeated the folder's whole summary of skipped files (122 files not documents, in
    hq30's trial) under the one file added: now only what concerns that file, and the others counted in one line."""
    docs = write_docs(tmp_path / "docs")
    for number in range(4):
        (docs / f"picture{number}.bin").write_bytes(bytes(range(256)) * 4)
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid, _ = await add(fake, "okapi.txt", OKAPI)
        text = await fake.final_response(iid, "Reindex done")
        assert "Saved `okapi.txt`" in text and "Added 1" in text, text
        assert "picture" not in text and "Skipped or read with a note" not in text, text
        assert text.endswith("\nOther files of the folder skipped or read with a note: 4 (`/reindex` lists them)."), (
            text
        )
        reindexed = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done"
        )
        assert "picture0.bin" in reindexed and "Other files" not in reindexed, reindexed  # /reindex lists them all


async def test_short_pdfs_once_refused_are_added(fake: FakeDiscord, tmp_path: Path) -> None:
    """/docs add refused short PDFs ("no sentences found"): pages of one line each, the same but for the page's
    number (taken for running headers), and a one-page notice set centered throughout (read as a title block). Both
    are saved and answer. The folder's picture and stylesheet are /reindex's to count, not this reply's."""
    docs = write_docs(tmp_path / "docs")
    (docs / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (docs / "site.css").write_text("body { color: navy; }\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        iid, _ = await add(fake, "notice.pdf", NOTICE)
        text = await fake.final_response(iid, "Reindex done")
        assert "Saved `notice.pdf` (PDF, " in text and "Added 1" in text and "warnings 0" in text, text
        assert "Not documents" not in text and "Other files" not in text, text
        answer = await bot.service.ask("When will the garden be closed?")
        assert answer.hits and answer.hits[0].text.startswith("The garden will be closed on Saturday")
        iid, _ = await add(fake, "tide log.pdf", PAGES)
        assert "Saved `tide log.pdf` (PDF, " in await fake.final_response(iid, "Reindex done")
        answer = await bot.service.ask("What does the tide log hold on each page?")
        assert answer.hits and answer.hits[0].source.path == "tide log.pdf"
        reindexed = await fake.final_response(
            await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done"
        )
        assert "Not documents, skipped: 1 picture, 1 stylesheet." in reindexed, reindexed


async def test_bad_uploads_get_one_private_line_and_change_nothing(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    (tmp_path / "elsewhere").mkdir()
    (docs / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    write(docs / ".docbotignore", "drafts/\n")
    cap = 64 * 1024
    async with docbot(fake, docs, tmp_path / "db.sqlite3", max_file_bytes=cap) as bot:
        before, indexed = folder_state(docs), bot.service.sources()
        cases: list[tuple[str, bytes, dict[str, Any], str, bool]] = [
            # (file name, bytes, options, what the reply says, whether the file was downloaded)
            ("big.txt", b"Big.\n", {"size": cap + 1}, "documents may be at most", False),
            ("big.txt", b"The okapi. " * 7000, {"size": 100}, "documents may be at most", True),
            ("photo.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), {}, "not a document docbot can read", True),
            ("broken.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50, {}, "cannot be read: damaged PDF.", True),
            ("program.exe", b"MZ\x90\x00" + bytes(500), {}, "does not have a document's suffix", False),
            ("../../outside.txt", OKAPI, {}, "not a plain name", False),
            ("..\\..\\outside.txt", OKAPI, {}, "not a plain name", False),
            (".hidden.txt", OKAPI, {}, "hidden", False),
            ("empty.txt", b"", {}, "empty", False),
            ("lost.txt", OKAPI, {"fails": True}, "could not be downloaded", True),
            ("okapi.txt", OKAPI, {"folder": "../beyond"}, "not a plain name", False),
            ("CON.txt", OKAPI, {}, "reserved for devices", False),
            ("x" * 300 + ".txt", OKAPI, {}, "too long", False),
            # target_path's own refusals said "nothing was saved" once, in lower case, and twice not at all
            ("okapi.txt", OKAPI, {"folder": "linked"}, "is a link, which docbot does not follow.", False),
            ("okapi.txt", OKAPI, {"folder": "drafts"}, "left out by the folder's .docbotignore.", False),
        ]
        for name, data, options, expected, downloaded in cases:
            fetched = downloads(fake)
            iid, reply = await add(fake, name, data, **options)
            text = reply.content or ""
            assert private(fake, iid), name
            assert expected in text and "Reindex" not in text, (name, text)
            # each says so: the refusals of a name or a folder did not, unlike those of a size or a format
            # in one form: the failed download (the bot's refusal, not upload's) ended "; nothing was saved. Please
            # try again." in lower case, as the folder gone and the folder emptied did
            assert text.endswith(f" {upload.NOTHING_SAVED}") and text.count("othing was saved") == 1, (name, text)
            assert downloads(fake) == fetched + downloaded, name
            assert folder_state(docs) == before, name
            assert not (tmp_path / "outside.txt").exists() and not (tmp_path / "beyond").exists()
        assert bot.service.sources() == indexed


async def test_a_damaged_upload_is_refused_with_the_reason_the_index_report_gives(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A DOCX cut short (a download stopped after its first bytes) is told in one sentence whose reason reads as
    `docbot index`'s line for the same file; it read "cannot be read as DOCX: damaged DOCX (not a ZIP file)"."""
    damaged = b"PK\x03\x04" + bytes(60)
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid, reply = await add(fake, "minutes.docx", damaged)
    said = reply.content or ""
    assert private(fake, iid) and not (docs / "minutes.docx").exists()
    reason = "damaged DOCX (not a ZIP file)"
    assert said == f"`minutes.docx` cannot be read: {reason}. {upload.NOTHING_SAVED}", said
    (docs / "minutes.docx").write_bytes(damaged)
    indexed = cli(tmp_path, "index", "--docs", "docs", "--db", "cli.sqlite3")
    assert f"- minutes.docx: {reason}; skipped\n" in indexed.stdout, indexed.stdout


async def test_a_read_only_documents_folder_is_one_clear_line(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        before, indexed = folder_state(docs), bot.service.sources()
        if os.geteuid() == 0:
            # Permission bits do not stop root; a read-only mount does, with EROFS, simulated at the write.
            def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
                raise OSError(errno.EROFS, "Read-only file system")

            monkeypatch.setattr(upload.tempfile, "mkstemp", read_only)
        else:
            docs.chmod(0o555)
        try:
            iid, _ = await add(fake, "new.txt", OKAPI)
            text = await fake.final_response(iid, "cannot be written")
        finally:
            docs.chmod(0o755)
        assert private(fake, iid) and "The documents folder cannot be written (" in text and "Reindex" not in text
        assert text.endswith(f"). {upload.NOTHING_SAVED}"), text  # it said "; nothing was changed."
        assert folder_state(docs) == before and bot.service.sources() == indexed


async def test_replacing_needs_the_same_admins_confirmation(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = write_docs(tmp_path / "docs")
    old = (docs / "root.txt").read_bytes()
    new = b"Root note\n\nThe pangolin now lives in the desert.\n"
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        iid, same = await add(fake, "root.txt", old)
        assert "already there with exactly these bytes" in (same.content or "") and not same.components

        iid, asked = await add(fake, "root.txt", new)
        assert "`root.txt` is already there. Replace it" in (asked.content or "")
        assert set(buttons(asked.components)) == {"Replace it", "Cancel"}
        other = await fake.wait_for_response(await click(fake, asked, "Replace it", fake.normal_user))
        assert other.ephemeral and "Only the admin who asked" in (other.content or "")
        assert (docs / "root.txt").read_bytes() == old
        done = await click(fake, asked, "Replace it", fake.admin_user)
        text = await fake.final_response(done, "Reindex done")
        assert "Replaced `root.txt`" in text and "changed 1" in text
        assert (docs / "root.txt").read_bytes() == new
        answer = await bot.service.ask("Where does the pangolin live?")
        assert "desert" in answer.hits[0].text
        # The buttons under the question are gone once used.
        assert fake.interactions[iid].responses[-1].components == []

        # Cancel keeps the file.
        iid, asked = await add(fake, "root.txt", old)
        cancelled = await fake.wait_for_response(await click(fake, asked, "Cancel", fake.admin_user))
        assert cancelled.content == docs_cog.CANCELLED and (docs / "root.txt").read_bytes() == new

        # Not confirmed in time: the question says so and loses its buttons.
        # The module the bot loaded as an extension (load_extension imports it anew).
        monkeypatch.setattr(replies, "CONFIRM_SECONDS", 0.3)
        iid, asked = await add(fake, "root.txt", old)
        assert buttons(asked.components)
        assert await fake.final_response(iid, docs_cog.NOT_CONFIRMED, timeout=5) == docs_cog.NOT_CONFIRMED
        assert fake.interactions[iid].responses[-1].components == []
        assert (docs / "root.txt").read_bytes() == new


async def test_an_upload_named_with_composed_accents_replaces_the_file_written_with_separate_ones(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A folder copied from a Mac names "é" as "e" and a combining accent; the upload's name, composed (NFC), was
    another name to the disk, and a second `résumé.txt` was saved beside the first and indexed twice."""
    docs = write_docs(tmp_path / "docs")
    folder = docs / unicodedata.normalize("NFD", "Café")
    folder.mkdir()
    old = b"Resume\n\nThe okapi report was written in May.\n"
    (folder / unicodedata.normalize("NFD", "résumé.txt")).write_bytes(old)
    new = b"Resume\n\nThe okapi report was written in June.\n"
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        composed = unicodedata.normalize("NFC", "résumé.txt")
        _, same = await add(fake, composed, old, folder=unicodedata.normalize("NFC", "Café"))
        assert "already there with exactly these bytes" in (same.content or "")
        _, asked = await add(fake, composed, new, folder=unicodedata.normalize("NFC", "Café"))
        assert "is already there. Replace it" in (asked.content or "")
        text = await fake.final_response(await click(fake, asked, "Replace it", fake.admin_user), "Reindex done")
        assert "changed 1" in text and "added 0" in text.lower()
        assert [p.read_bytes() for p in docs.rglob("*.txt") if "sum" in unicodedata.normalize("NFC", p.name)] == [new]
        assert len([d for d in bot.service.sources() if "sum" in unicodedata.normalize("NFC", d.path)]) == 1


async def test_a_confirmation_goes_on_only_if_the_file_is_as_it_was_when_asked(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    docs = write_docs(tmp_path / "docs")
    second = {**fake.admin_user, "id": str(int(fake.admin_user["id"]) + 7), "username": "second-admin"}
    fake.members[int(second["id"])] = (second, [fake.admin_role_id])
    first_version = b"Root note\n\nThe pangolin lives in the desert.\n"
    second_version = b"Root note\n\nThe pangolin lives in the mountains.\n"
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        # Two admins upload a new root.txt; the second replaces it first; the first's older question is then stale.
        _, asked_first = await add(fake, "root.txt", first_version)
        _, asked_second = await add(fake, "root.txt", second_version, user=second)
        await fake.final_response(await click(fake, asked_second, "Replace it", second), "Reindex done")
        stale = await click(fake, asked_first, "Replace it", fake.admin_user)
        assert await fake.final_response(stale, "changed since") == docs_cog.CHANGED_SINCE.format(path="root.txt")
        assert (docs / "root.txt").read_bytes() == second_version
        # Removing: a file replaced after the question was asked is not deleted by the older confirmation.
        asked_remove = await remove(fake, "root.txt")
        _, asked_again = await add(fake, "root.txt", first_version, user=second)
        await fake.final_response(await click(fake, asked_again, "Replace it", second), "Reindex done")
        stale = await click(fake, asked_remove, "Delete it", fake.admin_user)
        assert await fake.final_response(stale, "changed since") == docs_cog.CHANGED_SINCE.format(path="root.txt")
        assert (docs / "root.txt").read_bytes() == first_version
        # As it was: the confirmation goes on.
        asked_remove = await remove(fake, "root.txt")
        assert "Deleted `root.txt`" in await fake.final_response(
            await click(fake, asked_remove, "Delete it", fake.admin_user), "Reindex"
        )
        assert not (docs / "root.txt").exists()


async def test_remove_asks_then_deletes_and_reindexes(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    write(tmp_path / "secret.txt", "Secret\n\nThe password is swordfish.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert await suggestions(fake, "ok") == ["alpha/okapi.txt"]
        assert set(await suggestions(fake, "")) == {d.path for d in bot.service.sources()}
        refused = await remove(fake, "alpha/okapi.txt", user=fake.normal_user)
        assert refused.ephemeral and "Only members with Manage Server" in (refused.content or "")
        for name in ("../secret.txt", "alpha/../../secret.txt", "alpha/missing.txt", "alpha"):
            reply = await remove(fake, name)
            assert reply.ephemeral and "is not one of this server's documents" in (reply.content or ""), name
        assert (tmp_path / "secret.txt").exists()

        asked = await remove(fake, "alpha/okapi.txt")
        assert asked.ephemeral and "Delete `alpha/okapi.txt`" in (asked.content or "")
        assert (docs / "alpha" / "okapi.txt").exists()
        done = await click(fake, asked, "Delete it", fake.admin_user)
        text = await fake.final_response(done, "Reindex done")
        assert "Deleted `alpha/okapi.txt`" in text and "removed 1" in text
        assert not (docs / "alpha" / "okapi.txt").exists()
        assert "alpha/okapi.txt" not in {d.path for d in bot.service.sources()}
        assert "alpha/okapi.txt" not in (await listing(fake)).content  # type: ignore[operator]


async def test_a_file_name_with_backticks_is_shown_whole_in_every_reply(fake: FakeDiscord, tmp_path: Path) -> None:
    """'my `notes`.txt' was said as "Saved `my `notes`.txt`", its code span broken in two, where the report and the
    list show `my 'notes'.txt`."""
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid, _ = await add(fake, "my `notes`.txt", OKAPI)
        assert (await fake.final_response(iid, "Reindex done")).startswith("Saved `my 'notes'.txt` (plain text, ")
        iid, again = await add(fake, "my `notes`.txt", OKAPI + b"More.\n")
        assert (again.content or "").startswith("`my 'notes'.txt` is already there. Replace it")
        asked = await remove(fake, "my `notes`.txt")
        assert (asked.content or "").startswith("Delete `my 'notes'.txt` from the documents folder")
        done = await click(fake, asked, "Delete it", fake.admin_user)
        assert (await fake.final_response(done, "Reindex done")).startswith("Deleted `my 'notes'.txt`.")


@pytest.mark.parametrize("engine", ["rank-bm25", "tantivy"])
async def test_two_servers_add_list_and_remove_only_their_own_documents(
    fake: FakeDiscord, tmp_path: Path, engine: str
) -> None:
    docs = write_docs(tmp_path / "docs")
    (docs / "gamma").mkdir()
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    await fake.add_guild(GUILD_C, "Server C", (CHANNEL_C,))
    collections = {fake.guild_id: frozenset({"alpha", "gamma"}), GUILD_B: frozenset({"beta"})}
    in_b = CHANNELS_B[0]
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections, engine=engine) as bot:
        # B has one collection: an upload lands in it without naming it.
        iid, _ = await add(fake, "okapi-b.txt", OKAPI, channel_id=in_b)
        assert "Saved `beta/okapi-b.txt`" in await fake.final_response(iid, "Reindex done")
        assert (docs / "beta" / "okapi-b.txt").read_bytes() == OKAPI
        # A has two: it must choose, and cannot choose B's.
        before = folder_state(docs)
        _, reply = await add(fake, "zebra-a.txt", OKAPI)
        assert "several collections (`alpha`, `gamma`)" in (reply.content or "")
        _, reply = await add(fake, "zebra-a.txt", OKAPI, folder="beta")
        assert "not one of this server's collections (`alpha`, `gamma`)" in (reply.content or "")
        assert folder_state(docs) == before
        iid, _ = await add(fake, "zebra-a.txt", OKAPI, folder="gamma")
        assert "Saved `gamma/zebra-a.txt`" in await fake.final_response(iid, "Reindex done")
        # A server with no collection gets the one line, and nothing is downloaded.
        fetched = downloads(fake)
        _, reply = await add(fake, "c.txt", OKAPI, channel_id=CHANNEL_C)
        assert reply.content == NO_DOCUMENTS_HERE and downloads(fake) == fetched

        list_a = (await listing(fake)).content or ""
        list_b = (await listing(fake, channel_id=in_b)).content or ""
        assert "gamma/zebra-a.txt" in list_a and "alpha/okapi.txt" in list_a
        assert "beta" not in list_a and "root.txt" not in list_a
        assert "beta/okapi-b.txt" in list_b and "alpha" not in list_b and "gamma" not in list_b
        assert "root.txt" not in list_b
        assert (await listing(fake, channel_id=CHANNEL_C)).content == NO_DOCUMENTS_HERE
        assert {p.split("/")[0] for p in await suggestions(fake, "", channel_id=in_b)} == {"beta"}
        assert {p.split("/")[0] for p in await suggestions(fake, "")} == {"alpha", "gamma"}
        assert await suggestions(fake, "", channel_id=CHANNEL_C) == []

        # B cannot remove A's documents, nor the root's, whatever it types.
        for name in ("alpha/okapi.txt", "gamma/zebra-a.txt", "root.txt", "beta/../alpha/okapi.txt"):
            reply = await remove(fake, name, channel_id=in_b)
            assert "is not one of this server's documents" in (reply.content or ""), name
        assert (docs / "alpha" / "okapi.txt").exists() and (docs / "gamma" / "zebra-a.txt").exists()
        answer = await bot.service.ask("What has striped legs?", scope=frozenset({"alpha", "gamma"}))
        assert {h.source.path for h in answer.hits} <= {"gamma/zebra-a.txt", "alpha/okapi.txt", "alpha/deep/forest.md"}


async def test_a_servers_reindex_report_counts_and_names_only_its_own_documents(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        in_b = CHANNELS_B[0]
        assert len(bot.service.sources()) > 2  # the whole index is larger than B's: its size is not B's to know
        iid, _ = await add(fake, "gnu.txt", b"Gnu notes\n\nThe gnu crosses the river.\n", channel_id=in_b)
        added = await fake.final_response(iid, "Reindex done")
        mine = bot.service.sources(frozenset({"beta"}))
        assert f"{len(mine)} documents, {sum(d.sentence_count for d in mine)} sentences." in added
        # Documents read again after an upgrade (another reading of documents): every collection is read, whoever
        # asked; B's report still names none of A's files nor counts them.
        await bot.service.store.set_meta("ingest_version", "0")
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=in_b)
        content = await fake.final_response(iid, "Reindex done")
        assert f"{len(mine)} documents, {sum(d.sentence_count for d in mine)} sentences." in content
        assert "changed 2" in content and "`beta/gnu.txt`, `beta/zebra.txt`" in content
        assert not leaks(content, OF_A + OF_ROOT), content


async def test_a_servers_reindex_report_counts_only_its_own_sentences_still_to_embed(
    fake: FakeDiscord, tmp_path: Path, minilm: SemanticReranker
) -> None:
    """With the semantic reranker, B's report said how many sentences of every server were still to embed."""
    docs = write_docs(tmp_path / "docs")
    collections = await alpha_and_beta(fake)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections, reranker=minilm) as bot:
        whole = await asyncio.to_thread(embedding_progress, bot.service.store.path, minilm.model_id)
        mine = sum(d.sentence_count for d in bot.service.sources(frozenset({"beta"})))
        assert whole.done == 0 and whole.total > mine  # nothing embedded (the harness embeds nothing by itself)
        iid = await fake.send_slash_command("reindex", user=fake.admin_user, channel_id=CHANNELS_B[0])
        report = await fake.final_response(iid, "Reindex done")
        left = re.search(r"Semantic vectors: (\d+) sentences? still to embed", report)
        assert left is not None, report
        assert 0 < int(left.group(1)) <= mine


async def test_docs_add_keeps_the_per_server_reindex_limit(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3", reindex_cooldown_seconds=600.0):
        iid, _ = await add(fake, "one.txt", OKAPI)
        await fake.final_response(iid, "Reindex done")
        fetched, before = downloads(fake), folder_state(docs)
        _, reply = await add(fake, "two.txt", OKAPI)
        assert "reindexed moments ago" in (reply.content or "") and "Nothing was changed." in (reply.content or "")
        assert downloads(fake) == fetched and folder_state(docs) == before
        reply = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert "reindexed moments ago" in (reply.content or "")


async def test_a_bad_file_is_told_its_fault_before_the_reindex_limit(fake: FakeDiscord, tmp_path: Path) -> None:
    """An admin's zip, picture or oversized file within a minute of a reindex was told "the next reindex can start in
    43 s", and only after waiting that the file itself is refused (a session against the fake Discord): what needs no
    download is checked first, the per-server limit after it."""
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3", reindex_cooldown_seconds=600.0):
        iid, _ = await add(fake, "one.txt", OKAPI)
        await fake.final_response(iid, "Reindex done")
        fetched, before = downloads(fake), folder_state(docs)
        refusals = {
            "docs.zip": (b"PK\x03\x04" + bytes(100), None, "is an archive"),
            "shot.png": (b"\x89PNG\r\n\x1a\n" + bytes(100), None, "is a picture"),
            "huge.pdf": (PDF, 25 * 1024 * 1024, "documents may be at most"),
            "../evil.txt": (OKAPI, None, "is not a plain name"),
        }
        for filename, (data, size, told) in refusals.items():
            iid, reply = await add(fake, filename, data, size=size)
            text = reply.content or ""
            assert told in text and "reindexed moments ago" not in text, (filename, text)
            assert private(fake, iid)
        _, reply = await add(fake, "two.txt", OKAPI)  # a good file still waits for the limit
        assert "reindexed moments ago" in (reply.content or "")
        assert downloads(fake) == fetched and folder_state(docs) == before


async def test_an_upload_while_this_servers_reindex_runs_says_nothing_was_saved(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        before = folder_state(docs)
        with bot.reindex_limit.running(fake.guild_id):  # this server's /reindex, as it holds its slot
            _, reply = await add(fake, "two.txt", OKAPI)
            removing = await remove(fake, "root.txt")
        # Not /reindex's line about its report: no report follows an upload that was not saved.
        assert reply.ephemeral and reply.content == docs_cog.REINDEX_RUNNING
        assert removing.ephemeral and removing.content == docs_cog.REINDEX_RUNNING
        assert downloads(fake) == 0 and folder_state(docs) == before


async def test_docs_list_is_paged(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for number in range(60):
        write(
            docs / f"a-rather-long-document-name-for-paging-{number:02}.txt", f"Note {number}\n\nThe okapi {number}.\n"
        )
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        first = await listing(fake)
        assert "**60 documents" in (first.content or "") and "Page 1/" in (first.content or "")
        more = await fake.wait_for_response(await click(fake, first, "More", fake.normal_user))
        assert "Page 2/" in (more.content or "") and "-59.txt" not in (first.content or "")


async def test_remove_suggests_a_file_whose_accents_are_written_apart(fake: FakeDiscord, tmp_path: Path) -> None:
    """A folder copied from a Mac names "é" as "e" and a combining accent: typing "résumé" (composed, as keyboards
    write it) suggested nothing, and the document could only be removed by typing its path whole."""
    docs = write_docs(tmp_path / "docs")
    decomposed = unicodedata.normalize("NFD", "Café/Résumé.txt")
    (docs / unicodedata.normalize("NFD", "Café")).mkdir()
    (docs / decomposed).write_text("Resume\n\nThe okapi report was written in May.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        composed = [unicodedata.normalize("NFC", typed) for typed in ("résumé", "CAFÉ/R")]
        for typed in (*composed, unicodedata.normalize("NFD", "résumé")):
            assert await suggestions(fake, typed) == [decomposed], typed
        asked = await remove(fake, unicodedata.normalize("NFC", "Café/Résumé.txt"))
        assert "Delete `" in (asked.content or "") and "sum" in (asked.content or "")


async def test_a_server_with_hundreds_of_collections_can_add_a_document(fake: FakeDiscord, tmp_path: Path) -> None:
    """/docs add without `folder` in a server of 300 collections was refused with a line naming every one, 6,363
    characters: Discord refuses a message over 2,000 whole, and the admin got "This interaction failed". The
    refusal now fits, and `folder` suggests the server's collections as they are typed."""
    docs = tmp_path / "docs"
    names = [f"department-of-{number:03d}" for number in range(300)]
    for name in names[:20]:
        write(docs / name / "budget.txt", f"Budget of {name}\n\nThe {name} budget grew by ten percent.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections={fake.guild_id: frozenset(names)}):
        _, refused = await add(fake, "new.txt", b"New\n\nA new sentence about the canal.\n")
        assert refused.ephemeral and len(refused.content or "") <= 2000
        assert (refused.content or "").startswith("This server has several collections (`department-of-000`")
        iid = await fake.send_autocomplete(
            "docs",
            [{"name": "add", "type": 1, "options": [{"name": "folder", "type": 3, "value": "OF-12"}]}],
            focused="folder",
            user=fake.admin_user,
        )
        offered = [str(c["value"]) for c in (await fake.wait_for_response(iid)).choices]
        assert offered == [f"department-of-{number}" for number in range(120, 130)]
        iid, _ = await add(fake, "new.txt", b"New\n\nA new sentence about the canal.\n", folder=offered[3])
        assert "Saved `department-of-123/new.txt`" in await fake.final_response(iid, "Reindex done")


async def test_a_document_whose_path_is_over_discords_choice_limit_is_removed_from_its_choice(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """/docs remove's suggestions left out every path over 100 characters (Discord's limit on a choice), so such a
    document could only be removed by typing its whole path. Its choice now keeps the path's end, and is read back."""
    docs = write_docs(tmp_path / "docs")
    folder = "committee reports/2026/second quarter/working group on the regional water supply and sanitation"
    long = f"{folder}/minutes of the meeting held in Lyon.txt"
    write(docs / long, "Minutes\n\nThe working group met in Lyon to discuss the reservoir.\n")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        assert len(long) > 100 and long in {d.path for d in bot.service.sources()}
        offered = await suggestions(fake, "Lyon")
        assert len(offered) == 1 and len(offered[0]) <= 100 and offered[0].endswith("held in Lyon.txt")
        asked = await remove(fake, offered[0])
        assert asked.ephemeral and "Delete `" in (asked.content or "") and "Lyon.txt`" in (asked.content or "")
        text = await fake.final_response(await click(fake, asked, "Delete it", fake.admin_user), "Reindex done")
        assert "removed 1" in text and not (docs / long).exists()


async def test_adding_to_a_documents_folder_that_is_gone_saves_nothing(fake: FakeDiscord, tmp_path: Path) -> None:
    """DOCS_DIR on a share that went away: /docs add made the folder anew, said "Saved", and its reindex then
    refused, taking every other document for removed. Nothing is written now, and the admin is told why."""
    docs = write_docs(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        shutil.rmtree(docs)
        iid, _ = await add(fake, "new.txt", b"New\n\nA new sentence about the canal.\n")
        text = await fake.final_response(iid, "documents folder is not there")
        assert text.endswith(f"when it is back. {upload.NOTHING_SAVED}"), text
        assert not docs.exists()


async def test_adding_to_an_emptied_mount_point_saves_nothing(fake: FakeDiscord, tmp_path: Path) -> None:
    """A share unmounted leaves its mount point, an empty folder: /docs add saved the file there ("Saved") and the
    reindex after it refused, taking the collection's documents for removed; the file sat unindexed on the disk
    under the mount. The upload is refused now by the rule that reindex applies, and the index keeps answering."""
    docs = write_docs(tmp_path / "docs")
    more = {f"alpha/note{i}.txt": f"Note {i}\n\nThe heron {i} waits by the river.\n" for i in range(3)}
    for relative, text in more.items():
        write(docs / relative, text)
    collections = {fake.guild_id: frozenset({"alpha"}), GUILD_B: frozenset({"beta"})}
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections) as bot:
        indexed = {d.path for d in bot.service.sources()}
        mount_point = docs / "alpha"
        shutil.rmtree(mount_point)
        mount_point.mkdir()  # the mount gone, its empty folder left
        iid, _ = await add(fake, "new.txt", b"New\n\nA new sentence about the canal.\n")
        text = await fake.final_response(iid, upload.NOTHING_SAVED)
        assert text.endswith(f"confirm their removal first. {upload.NOTHING_SAVED}"), text
        assert "is it mounted?" in text and "`alpha`" in text and private(fake, iid)
        assert list(mount_point.iterdir()) == [] and {d.path for d in bot.service.sources()} == indexed
        # another server's collection, still there, takes uploads as before
        iid, _ = await add(fake, "zebra2.txt", b"Zebra\n\nThe zebra drinks at dusk.\n", channel_id=CHANNELS_B[0])
        assert "beta/zebra2.txt" in await fake.final_response(iid, "Reindex done")
        # a collection missing under half of its documents is no lost mount: two of five gone, the upload goes in
        write(mount_point / "note0.txt", more["alpha/note0.txt"])
        write(mount_point / "note1.txt", more["alpha/note1.txt"])
        write(mount_point / "note2.txt", more["alpha/note2.txt"])
        iid, _ = await add(fake, "new.txt", b"New\n\nA new sentence about the canal.\n")
        assert "Saved `alpha/new.txt`" in await fake.final_response(iid, "Reindex done")


async def test_docs_add_and_remove_look_at_the_folder_off_the_event_loop(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/docs add found where the file goes (`target_path`: the folder resolved, each folder on the way checked for a
    link, .docbotignore read) and whether it was there on the event loop's thread, and /docs remove its file
    (`removable_path`), while the rest of the command's file work ran in workers: on a documents folder on a network
    mount each of those waits held every other member's question. Now every one runs in a worker."""
    threads: dict[str, set[int]] = {"target_path": set(), "removable_path": set()}
    for name in threads:  # in the upload module: the cog, loaded as an extension, imports them when the bot starts
        real = getattr(upload, name)

        def spied(*args: Any, _real: Any = real, _name: str = name) -> Any:
            threads[_name].add(threading.get_ident())
            return _real(*args)

        monkeypatch.setattr(upload, name, spied)
    docs = write_docs(tmp_path / "docs")
    loop_thread = threading.get_ident()  # the fake Discord and the bot run on this test's loop
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid, _ = await add(fake, "okapi2.txt", OKAPI, folder="notes")
        assert "Saved `notes/okapi2.txt`" in await fake.final_response(iid, "Reindex done")
        asked = await remove(fake, "notes/okapi2.txt")
        assert "Delete `notes/okapi2.txt`" in (asked.content or "")
        done = await click(fake, asked, "Delete it", fake.admin_user)
        assert "Deleted `notes/okapi2.txt`" in await fake.final_response(done, "Reindex done")
    assert all(threads.values()) and not any(loop_thread in used for used in threads.values()), threads
