"""/sources filter and /docs list filter through the real bot and the fake Discord, with real files: on a server with
many documents (hq15: 2,000 documents were 182 pages of Previous / More) a member finds one by part of its path or
title, case and accents folded away, with suggestions as they type and the count of those that match; two servers
never see each other's documents through the filter or its suggestions."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from bot.guilds import NO_DOCUMENTS_HERE
from tests.discord.fake_discord import FakeDiscord, RecordedResponse
from tests.discord.harness import docbot
from tests.discord.test_bot import buttons
from tests.discord.test_collections import CHANNEL_C, CHANNELS_B, GUILD_B, GUILD_C, OF_A, OF_B, OF_ROOT, leaks
from tests.files import write
from tests.test_collections import write_docs

DEPARTMENTS = 80
LONG = (
    "committee reports/2026/second quarter/working group on the regional water supply and sanitation/"
    "minutes of the meeting held in Lyon.txt"
)


def many_documents(docs: Path) -> int:
    """Documents enough for several pages; returns how many."""
    for number in range(DEPARTMENTS):
        write(docs / "budgets" / f"department-{number:03d}.txt", f"Budget {number}\n\nThe budget grew by {number}.\n")
    # As a folder copied from a Mac writes it: "é" as "e" and a combining accent.
    write(docs / "cv" / unicodedata.normalize("NFD", "Résumé of the director.txt"), "CV\n\nShe ran the port.\n")
    write(docs / "misc" / "notes-1.txt", "Minutes of the harbour board\n\nThe harbour board met in May.\n")
    write(docs / LONG, "Minutes\n\nThe working group met in Lyon to discuss the reservoir.\n")
    return DEPARTMENTS + 3


async def sources(fake: FakeDiscord, text: str | None = None, *, channel_id: int | None = None) -> RecordedResponse:
    options = None if text is None else {"filter": text}
    reply = await fake.wait_for_response(await fake.send_slash_command("sources", options, channel_id=channel_id))
    assert reply.ephemeral
    return reply


async def docs_list(fake: FakeDiscord, text: str, *, channel_id: int | None = None) -> RecordedResponse:
    options: list[dict[str, Any]] = [{"name": "filter", "type": 3, "value": text}]
    iid = await fake.send_slash_command(
        "docs", [{"name": "list", "type": 1, "options": options}], channel_id=channel_id
    )
    reply = await fake.wait_for_response(iid)
    assert reply.ephemeral
    return reply


async def offered(fake: FakeDiscord, typed: str, *, channel_id: int | None = None) -> list[str]:
    iid = await fake.send_autocomplete("sources", {"filter": typed}, focused="filter", channel_id=channel_id)
    return [str(c["value"]) for c in (await fake.wait_for_response(iid)).choices]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


async def test_a_member_finds_one_document_among_many(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    total = many_documents(docs)
    async with docbot(fake, docs, tmp_path / "db.sqlite3", wait_for_index=True) as bot:
        assert len(bot.service.sources()) == total
        everything = await sources(fake)
        assert "More" in buttons(everything.components)  # pages of them: what a member cannot search

        one = await sources(fake, "RESUME")
        text = one.content or ""
        assert f"**1 of {total} documents match `RESUME`" in text and "Résumé of the director.txt" in nfc(text)
        assert "department-" not in text and not one.components  # one page: no buttons

        ten = (await sources(fake, "Department-01")).content or ""
        assert f"**10 of {total} documents match" in ten
        assert all(f"department-{n:03d}.txt" in ten for n in range(10, 20)) and "department-020" not in ten

        by_title = (await sources(fake, "harbour")).content or ""  # its path says only "notes-1"
        assert f"**1 of {total} documents match" in by_title and "misc/notes-1.txt" in by_title

        nothing = (await sources(fake, "zeppelin")).content or ""
        assert nothing.startswith(f"None of the {total} documents has `zeppelin` in its path or title")

        # Suggestions as the member types: Discord's 25 at most, the document's own path (accents as stored).
        assert len(await offered(fake, "")) == 25
        assert len(departments := await offered(fake, "depart")) == 25 and all("department-" in p for p in departments)
        assert [nfc(p) for p in await offered(fake, "résumé")] == ["cv/Résumé of the director.txt"]
        # A path over Discord's 100 characters is suggested by its end, and that choice lists its document.
        [long] = await offered(fake, "lyon")
        assert len(long) <= 100 and long.startswith("…") and long.endswith("held in Lyon.txt")
        picked = (await sources(fake, long)).content or ""
        assert f"**1 of {total} documents match" in picked and "held in Lyon.txt" in picked

        # /docs list is the same list, and takes the same filter.
        assert ((await docs_list(fake, "RESUME")).content or "") == text


async def test_two_servers_filter_and_are_offered_only_their_own_documents(fake: FakeDiscord, tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    await fake.add_guild(GUILD_B, "Server B", CHANNELS_B)
    await fake.add_guild(GUILD_C, "Server C", (CHANNEL_C,))
    collections = {fake.guild_id: frozenset({"alpha"}), GUILD_B: frozenset({"beta"})}
    async with docbot(fake, docs, tmp_path / "db.sqlite3", collections=collections):
        a, b = fake.channel_ids[0], CHANNELS_B[0]
        seen: dict[int, list[str]] = {a: [], b: []}
        for channel in (a, b):
            for typed in ("", "o", "okapi", "zebra", "report", "forest", "root", ".txt"):
                # The reply says back what the member typed (another server's word, here): that is no leak.
                listed = (await sources(fake, typed or None, channel_id=channel)).content or ""
                seen[channel].append(listed.replace(f"`{typed}`", ""))
                listed = (await docs_list(fake, typed or "t", channel_id=channel)).content or ""
                seen[channel].append(listed.replace(f"`{typed or 't'}`", ""))
                seen[channel].append(" ".join(await offered(fake, typed, channel_id=channel)))
        # Each server counts and suggests its own documents only.
        assert ((await sources(fake, "okapi", channel_id=b)).content or "").startswith(
            "The only document indexed does not have `okapi`"
        )
        assert "**1 of 1 document match `report`" in ((await sources(fake, "report", channel_id=b)).content or "")
        assert await offered(fake, "", channel_id=b) == ["beta/zebra.txt"]
        assert set(await offered(fake, "", channel_id=a)) == {"alpha/okapi.txt", "alpha/deep/forest.md"}
        # A server with no collection: one private line, and nothing suggested.
        assert (await sources(fake, "okapi", channel_id=CHANNEL_C)).content == NO_DOCUMENTS_HERE
        assert await offered(fake, "", channel_id=CHANNEL_C) == []
    assert not [text for text in seen[a] if leaks(text, OF_B + OF_ROOT)]
    assert not [text for text in seen[b] if leaks(text, OF_A + OF_ROOT)]
    assert any("zebra" in text for text in seen[b]) and any("okapi" in text for text in seen[a])
