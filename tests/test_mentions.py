"""The terms a document mentions outside its answers (title, headings, meta blocks: retrieval/store/mentions.py): a
question naming someone who stands only on a title page or in a byline is not told that the documents never mention
them, within its collections only, on both engines; a store of migration 8 upgrades. Made-up documents."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from retrieval.ingest.document import INGEST_VERSION, acronyms_of, read_document
from retrieval.service import AnswerService
from retrieval.store import mentions as stored_mentions
from retrieval.store.database import MIGRATIONS, Store
from retrieval.store.mentions import MentionedTerms
from tests.files import UNDO_MIGRATIONS_AFTER_9, open_service, write_docs

ALPHA = frozenset({"alpha"})
BETA = frozenset({"beta"})

# The illustrator's name stands only in a bold caption line (a meta block), the almanac's in its title heading, the
# storm's only in a section heading: no answerable sentence holds any of them.
ALMANAC = """# The Lantern Keeper's Almanac

**Drawings By Quentin Abernathy**

The keeper lit the harbour lamps at dusk every evening, and trimmed their wicks at dawn.

The drawings show the keeper's cottage and the harbour lamps in winter.

## The Gale Of Wendlebury

The harbour stayed closed for eleven days in the coldest month.
"""

TIDES = """# Tide Tables

The tide tables list the harbour's high water for every day of the year.

The drawings in the margin show the moon over the harbour.
"""


DOCS = {"alpha/almanac.md": ALMANAC, "beta/tides.md": TIDES}


@pytest.fixture(params=["rank-bm25", "tantivy"])
async def service(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnswerService]:
    docs = write_docs(tmp_path / "docs", DOCS)
    async with open_service(docs, tmp_path / "data" / "db.sqlite3", engine=str(request.param)) as service:
        yield service


def test_a_document_mentions_its_title_headings_and_meta_lines() -> None:
    read = read_document("almanac.md", ALMANAC.encode(), 0)
    assert {"abernathi", "quentin", "almanac", "wendleburi", "gale"} <= set(read.mentions)
    assert not any("abernathi" in s.tokens for s in read.document.sentences if s.kind != "heading")
    assert "keeper" in read.mentions and len(set(read.mentions)) == len(read.mentions)


async def test_a_name_on_the_title_page_is_mentioned(service: AnswerService) -> None:
    answer = await service.ask("What do the drawings by Abernathy show in winter?", top=3)
    assert not answer.not_found and "drawings show the keeper's cottage" in answer.hits[0].text
    heading = await service.ask("How long was the harbour closed during the Wendlebury gale?", top=3)
    assert not heading.not_found and "eleven days" in heading.hits[0].text
    # A name no document holds anywhere is still never mentioned.
    unknown = await service.ask("What do the drawings by Fitzwilliam show in winter?", top=3)
    assert unknown.not_found and unknown.reason == "The documents never mention “Fitzwilliam”."


async def test_mentions_are_seen_within_the_question_s_collections_only(service: AnswerService) -> None:
    # The illustrator stands in alpha's byline only: beta is told its documents never mention him.
    question = "What do the drawings by Abernathy show in winter?"
    beta = await service.ask(question, top=3, scope=BETA)
    assert beta.not_found and beta.reason == "The documents never mention “Abernathy”."
    misspelt = await service.ask(question.replace("Abernathy", "Abernathyy"), top=3, scope=BETA)
    assert misspelt.reason == "The documents never mention “Abernathyy”."
    alpha = await service.ask(question, top=3, scope=ALPHA)
    assert not alpha.not_found and "drawings show the keeper's cottage" in alpha.hits[0].text
    both = await service.ask(question, top=3, scope=ALPHA | BETA)
    assert not both.not_found


async def test_a_removed_or_changed_document_takes_its_mentions_along(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    async with open_service(docs, tmp_path / "db.sqlite3", engine="rank-bm25") as service:
        assert "never mention" not in (await service.ask("What did Abernathy draw?")).reason
        (docs / "alpha" / "almanac.md").write_text(ALMANAC.replace("Quentin Abernathy", "Rosalind Pemberton"))
        await service.reindex()
        assert (await service.ask("What did Abernathy draw?")).reason == "The documents never mention “Abernathy”."
        (docs / "alpha" / "almanac.md").unlink()
        await service.reindex(allow_removal=True)
        assert (await service.ask("What did Pemberton draw?")).reason == "The documents never mention “Pemberton”."
    with sqlite3.connect(tmp_path / "db.sqlite3") as connection:
        assert connection.execute("SELECT COUNT(*) FROM document_mentions").fetchone()[0] == 1  # beta's


async def test_a_store_of_migration_8_upgrades_and_reads_its_documents_once(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", DOCS)
    path = tmp_path / "db.sqlite3"
    async with await Store.open(path) as store:
        await AnswerService(store, docs, engine="rank-bm25").reindex()
    # As the previous docbot left it: no migration 9, its documents read by the previous INGEST_VERSION.
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE document_mentions")
        connection.executescript(UNDO_MIGRATIONS_AFTER_9)
        connection.execute("UPDATE meta SET value = ? WHERE key = 'ingest_version'", (str(INGEST_VERSION - 1),))
        connection.execute(
            "INSERT INTO questions (asked_at, question, not_found, generation, hits) VALUES (1.0, 'kept?', 0, 1, '[]')"
        )
        connection.execute("PRAGMA user_version = 8")
        before = connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
    async with await Store.open(path) as store:
        assert await store.schema_version() == len(MIGRATIONS)  # migrated from 8 to this docbot's latest
        service = AnswerService(store, docs, engine="rank-bm25")
        await service.load()
        assert service.ready  # the old index serves until the documents are read again
        report = await service.reindex()
        assert (len(report.changed), len(report.added), len(report.removed)) == (2, 0, 0)
        assert "never mention" not in (await service.ask("What did Abernathy draw?")).reason
        again = await service.reindex()
        assert (len(again.changed), again.unchanged) == (0, 2)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] == before
        assert connection.execute("SELECT COUNT(*) FROM document_mentions").fetchone()[0] == 2
        assert connection.execute("SELECT question FROM questions").fetchall() == [("kept?",)]
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"document_mentions", "reindexes", "reindex_collections"} <= tables  # 9's and 10's, made again


def test_mentioned_terms_by_collection() -> None:
    terms = MentionedTerms([("alpha", "okapi ituri"), ("beta", "zebra okapi"), ("/", "pangolin")])
    assert len(terms) == 4
    assert terms.holds_any(["zebra"]) and terms.holds_any(["pangolin"]) and not terms.holds_any(["lion"])
    assert terms.holds_any(["okapi"], ALPHA) and terms.holds_any(["okapi"], BETA)
    assert not terms.holds_any(["zebra", "pangolin"], ALPHA) and terms.holds_any(["lion", "zebra"], ALPHA | BETA)
    assert stored_mentions.row(7, ["a", "b"]) == (7, "a b")


def test_an_acronym_is_mentioned_where_the_documents_spell_it_out() -> None:
    """EEA's leaflet (realdocs_office) names "the United Nations Framework Convention on Climate Change (UNFCCC)": a
    question about "the UN" was told the documents never mention it."""
    text = "In response, the United Nations Framework Convention on Climate Change (UNFCCC) was drawn up at Rio."
    acronyms = acronyms_of(text)
    assert {"un", "unfccc", "cc"} <= set(acronyms)
    assert acronyms_of("The Bank of England raised rates.") == ["be"]  # "The" opens the run, "of" is inside it
    assert acronyms_of("Tell me, dearest Victor. plain words only") == []
    data = f"# Climate\n\n{text}\n".encode()
    _, _, mentions = read_document("leaflet.md", data, 0)
    assert "un" in mentions and "unfccc" in mentions
