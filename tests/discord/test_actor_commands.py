"""/actor, its autocomplete, and /actors through the fake Discord."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from pathlib import Path
from typing import Any

import pytest

from bot.format import MESSAGE_LIMIT, NO_DOCUMENTS_INDEXED
from bot.format_actors import FINDING_ACTORS, NO_ACTORS
from retrieval import service as service_module
from retrieval.store.actor_tables import read_actor_rows
from retrieval.store.database import Store
from tests.discord.fake_discord import FakeDiscord
from tests.discord.harness import copy_seeds, docbot, until
from tests.test_actor_genre import GUIDE, OPTIONS


async def test_actor_summary_quotes_the_actors_statements(fake: FakeDiscord, tmp_path: Path) -> None:
    async with docbot(fake, copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3"):
        assert {"actor", "actors"} <= {c["name"] for c in fake.synced_commands["global"]}
        response = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Putin"}))
        content = response.content or ""
        assert content.startswith("**Putin** · person")
        assert "**In their own words**" in content
        assert "> Putin said a ceasefire would be pointless" in content
        assert len(content) <= MESSAGE_LIMIT and response.allowed_mentions == {"parse": []}


async def test_actor_found_by_alias_and_unknown_names_get_suggestions(fake: FakeDiscord, tmp_path: Path) -> None:
    async with docbot(fake, copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3"):
        russia = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Russian Federation"}))
        assert (russia.content or "").startswith("**Russia** · country")
        unknown = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Putn"}))
        assert unknown.ephemeral and "did you mean" in (unknown.content or "") and "Putin" in (unknown.content or "")
        assert (unknown.content or "").endswith("Putin?")  # a question ends the line, not "?."
        plain = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Qxzv"}))
        assert plain.content == "No actor named Qxzv; `/actors` lists the actors found."


async def test_autocomplete_offers_prefix_and_fuzzy_matches(fake: FakeDiscord, tmp_path: Path) -> None:
    async with docbot(fake, copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3"):
        prefix = await fake.wait_for_response(await fake.send_autocomplete("actor", {"name": "Ro"}, focused="name"))
        assert any("Rouhani" in c["name"] for c in prefix.choices)
        fuzzy = await fake.wait_for_response(await fake.send_autocomplete("actor", {"name": "Erdogn"}, focused="name"))
        assert any("Erdogan" in c["name"] for c in fuzzy.choices)
        assert len(fuzzy.choices) <= 25


async def test_actors_list_pages_with_buttons(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = copy_seeds(tmp_path / "docs")
    # Enough distinct people that the list needs more than one page.
    names = [f"Person{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(120)]
    (docs / "many.txt").write_text(
        "\n\n".join(f"Minister Alex {name} said the talks would continue." for name in names), encoding="utf-8"
    )
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        first = await fake.wait_for_response(await fake.send_slash_command("actors", user=fake.normal_user))
        content = first.content or ""
        assert "actors**" in content and "Syria · country" in content and "Page 1/" in content
        more = next(item for row in first.components for item in row["components"] if item.get("label") == "More")
        second = await fake.wait_for_response(
            await fake.send_component_click(str(more["custom_id"]), user=fake.normal_user)
        )
        assert "Page 2/" in (second.content or "") and second.content != first.content


async def test_an_actor_whose_name_is_over_discords_choice_limit_is_found_from_its_choice(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """Discord takes choices of at most 100 characters: the choice of a longer name was its first 100, which /actor
    then did not find."""
    docs = copy_seeds(tmp_path / "docs")
    body = "International Commission for the Investigation and Documentation of Crimes Against Humanity and War Crimes"
    long = f"The {body} in the Former Territories of the Northern Provinces"
    (docs / "commission.txt").write_text(
        f"{long} said the evidence was clear.\n\nThe {long} published its report on Monday.\n\n"
        f"A spokesman for the {long} said the hearings would resume.\n",
        encoding="utf-8",
    )
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        iid = await fake.send_autocomplete("actor", {"name": "International Commission"}, focused="name")
        choices = (await fake.wait_for_response(iid)).choices
        choice = next(c for c in choices if str(c["name"]).startswith("International Commission"))
        assert len(str(choice["name"])) <= 100 and len(str(choice["value"])) <= 100
        assert len(body) > 100  # the test's premise: the actor's name does not fit in a choice
        reply = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": choice["value"]}))
        assert (reply.content or "").startswith(f"**{body}**") and not reply.ephemeral


async def test_actor_answers_from_the_directory_read_again_after_a_reindex(fake: FakeDiscord, tmp_path: Path) -> None:
    """A reindex that changes the actors reads the directory again (built after start-up's gc.freeze(), as columns):
    /actor and its autocomplete answer from it, the new actor with the old ones."""
    docs = copy_seeds(tmp_path / "docs")
    async with docbot(fake, docs, tmp_path / "db.sqlite3") as bot:
        before = bot.service._actor_directory
        (docs / "harbour.txt").write_text("Harbour news\n\nHarbour master Ines Moreau said the port would reopen.\n")
        await fake.final_response(await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done")
        assert bot.service._actor_directory is not before
        moreau = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Moreau"}))
        assert (moreau.content or "").startswith("**Ines Moreau** · person")
        putin = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Putin"}))
        assert (putin.content or "").startswith("**Putin** · person")
        offered = await fake.wait_for_response(await fake.send_autocomplete("actor", {"name": "Ines"}, focused="name"))
        assert [c["name"] for c in offered.choices][:1] == ["Ines Moreau"]


async def test_a_reindex_reads_untracked_records_and_frees_the_replaced_directory_in_a_worker(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    """A reindex's records that live while it reads (each document's state, each actor's row) are plain tuples, which
    the garbage collector stops tracking at the first collection that sees them: at 10,000 documents and 50,000 actors
    the slots objects they were brought full collections on the event loop's thread. The directory a reindex replaces
    is freed in a worker thread, not in a step of the loop (docs/benchmarks.md, hl9)."""
    docs, db = copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3"
    async with docbot(fake, docs, db) as bot:
        freed: list[int] = []
        weakref.finalize(bot.service._actor_directory, lambda: freed.append(threading.get_ident()))
        (docs / "harbour.txt").write_text("Harbour news\n\nHarbour master Ines Moreau said the port would reopen.\n")
        await fake.final_response(await fake.send_slash_command("reindex", user=fake.admin_user), "Reindex done")
        assert len(freed) == 1 and freed[0] != threading.get_ident()  # freed, and not by the loop's thread
        states = await bot.service.store.document_states()
    rows = read_actor_rows(db)
    # A full collection looks at the youngest objects before older ones: a row can be seen before its aliases' tuple
    # (untracked then), and is untracked by the next collection. At scale, collections of the youngest objects run
    # while the rows are read, and see each row after its aliases.
    gc.collect()
    gc.collect()
    assert "harbour.txt" in states and not any(gc.is_tracked(state) for state in states.values())
    assert any(row[1] == "Ines Moreau" for row in rows) and not any(gc.is_tracked(row) for row in rows)


async def test_actors_still_being_found_after_a_first_index_are_not_told_as_none(
    fake: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new install's first index answered questions 28 s before its actors were found (242 documents, hq30's trial),
    and meanwhile /actor and /actors said "no people, countries or organisations found in the documents", which the
    admin had no reason to doubt. While they are being found, both say so; once found, they answer."""
    release = asyncio.Event()
    real = service_module.refresh_actors

    async def slow_refresh(store: Store, **options: Any) -> float | None:
        await release.wait()
        return await real(store, **options)

    monkeypatch.setattr(service_module, "refresh_actors", slow_refresh)
    async with docbot(fake, copy_seeds(tmp_path / "docs"), tmp_path / "db.sqlite3", wait_for_index=False) as bot:
        await until(lambda: bot.service.ready, 30)  # the index answers: its actors are being found
        assert bot.service.finding_actors
        for command, options in (("actor", {"name": "Putin"}), ("actors", None)):
            reply = await fake.wait_for_response(await fake.send_slash_command(command, options))
            assert reply.content == FINDING_ACTORS and reply.ephemeral, command
        release.set()
        await asyncio.wait_for(bot.index_ready.wait(), 30)
        assert not bot.service.finding_actors
        found = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Putin"}))
        assert (found.content or "").startswith("**Putin** · person")
        unknown = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Qxzv"}))
        assert unknown.content == "No actor named Qxzv; `/actors` lists the actors found."


async def test_an_actors_quotes_name_their_section_as_answers_do(fake: FakeDiscord, tmp_path: Path) -> None:
    """hq34's trial: /actor quoted a long changelog's lines as "paragraph 5455", without the version heading each
    stands under, where /ask's sources name it ("Changelog · `changelog.md` · paperless-ngx 2.18.0 · paragraph 12")."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "changelog.md").write_text(
        "# Changelog\n\n## Release 4.2.0\n\nThe viewer got a dark mode, thanks to Maria Okafor.\n\n"
        "## Release 4.1.0\n\nMaria Okafor rewrote the bulk editor.\n\nThe search bar was restyled.\n"
    )
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        response = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Maria Okafor"}))
        content = response.content or ""
        assert content.startswith("**Maria Okafor** · person"), content
        assert "`changelog.md` · Release 4.2.0 · paragraph" in content, content
        assert "`changelog.md` · Release 4.1.0 · paragraph" in content, content


async def test_a_folder_naming_nobody_and_an_empty_folder_say_so_plainly(fake: FakeDiscord, tmp_path: Path) -> None:
    """Issue 16: a folder of manuals naming nobody says it found no people or organisations; a folder with no
    document says that, not "no people found in the documents" (there are none to find them in)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text("# Guide\n\n" + "\n\n".join([*GUIDE, *OPTIONS]) + "\n", encoding="utf-8")
    async with docbot(fake, docs, tmp_path / "db.sqlite3"):
        listed = await fake.wait_for_response(await fake.send_slash_command("actors"))
        assert listed.content == NO_ACTORS
        unknown = await fake.wait_for_response(await fake.send_slash_command("actor", {"name": "Orbit"}))
        assert unknown.ephemeral
        assert unknown.content == "No actor named Orbit: no people, countries or organisations found in the documents."
    empty = tmp_path / "empty"
    empty.mkdir()
    async with docbot(fake, empty, tmp_path / "empty.sqlite3"):
        for command, options in (("actors", None), ("actor", {"name": "Orbit"})):
            reply = await fake.wait_for_response(await fake.send_slash_command(command, options))
            assert reply.ephemeral and reply.content == NO_DOCUMENTS_INDEXED, command
