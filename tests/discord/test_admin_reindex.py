"""/reindex's guard and its confirmation, and a failed swap of the search index, with the real bot against the fake
Discord (bot/cogs/admin.py, retrieval/service.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot
from tests.discord.test_bot import buttons


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = copy_seeds(tmp_path / "docs")
    (folder / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is full of clean water.\n")
    return folder


async def test_an_emptied_folder_is_refused_until_the_admin_confirms(
    fake: FakeDiscord, docs: Path, tmp_path: Path
) -> None:
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        for path in docs.iterdir():  # the folder is emptied (an unmounted volume looks the same)
            path.unlink()
        iid = await fake.send_slash_command("reindex", user=fake.admin_user)
        refused = await fake.wait_for_response(iid)
        content = refused.content or ""
        assert "Reindex refused" in content and "2 of the 2" in content
        assert bot.service.sources() and len(bot.service.sources()) == 2  # nothing was removed
        confirm = buttons(refused.components)["Remove them and reindex"]
        # Another member cannot confirm it, even one who can see the message.
        other = await fake.wait_for_response(
            await fake.send_component_click(str(confirm["custom_id"]), user=fake.normal_user)
        )
        assert other.ephemeral and "Only the admin who asked" in (other.content or "")
        assert len(bot.service.sources()) == 2
        done = await fake.wait_for_response(
            await fake.send_component_click(str(confirm["custom_id"]), user=fake.admin_user)
        )
        assert "Reindex done" in (done.content or "") and "removed 2" in (done.content or "")
        assert bot.service.sources() == ()


async def test_a_search_index_that_cannot_be_written_keeps_the_previous_one_answering(
    fake: FakeDiscord, docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk while the on-disk index is written: the report says what was not done, answers keep coming from
    the previous index, and the next reindex catches up."""
    from retrieval.index import persistence

    async with docbot(fake, docs, tmp_path / "db.sqlite3", engine="tantivy"):
        real_apply = persistence.PersistentIndex._apply

        def disk_full(*args: object, **kwargs: object) -> None:
            raise ValueError("An IO error occurred: 'No space left on device (os error 28)'")

        monkeypatch.setattr(persistence.PersistentIndex, "_apply", disk_full)
        (docs / "reservoir.txt").write_text("Reservoir report\n\nThe reservoir is empty and dry.\n")
        report = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        content = report.content or ""
        assert "Reindex done, with problems" in content and "No space left on device" in content
        assert "previous index is still answering" in content
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Is the reservoir full?"})
        )
        assert "The **reservoir** is **full** of clean water." in (answer.content or "")
        monkeypatch.setattr(persistence.PersistentIndex, "_apply", real_apply)
        again = await fake.wait_for_response(await fake.send_slash_command("reindex", user=fake.admin_user))
        assert "**Reindex done** in" in (again.content or "")
        answer = await fake.wait_for_response(
            await fake.send_slash_command("ask", {"question": "Is the reservoir dry?"})
        )
        assert "empty and **dry**" in (answer.content or "")
