"""Collections (issue 15): the top-level folders of the documents root, one database and one search index for all,
questions, sources, actors and Context limited to some of them at query time, on both engines; a reindex limited to
them; COLLECTIONS and --collection. Real SQLite files and tantivy folders."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.cli import main
from bot.health import DOCUMENTS, run_checks
from bot.settings import NO_COLLECTIONS, Settings, SettingsError
from retrieval.scope import IGNORE_FILE, collection_of
from retrieval.service import AnswerService, RemovalRefused
from retrieval.store.database import Store
from retrieval.store.reader import COLLECTION_SQL, stale_collections
from tests.files import document_rows, open_service

ALPHA = frozenset({"alpha"})
BETA = frozenset({"beta"})


def write_docs(root: Path) -> Path:
    (root / "alpha" / "deep").mkdir(parents=True)
    (root / "beta").mkdir()
    (root / "alpha" / "okapi.txt").write_text(
        "Okapi report\n\nMargarethe Vollmer said the okapi lives in the Ituri forest.\n\n"
        "Margarethe Vollmer said the okapi eats leaves.\n"
    )
    (root / "alpha" / "deep" / "forest.md").write_text("# Forest\n\nThe forest animal sleeps at noon.\n")
    (root / "beta" / "zebra.txt").write_text(
        "Zebra report\n\nTobias Lindqvist said the zebra lives in the forest too.\n\n"
        "Tobias Lindqvist said the zebra crosses the plain at dawn.\n"
    )
    (root / "root.txt").write_text("Root note\n\nThe pangolin lives in the forest as well.\n")
    return root


@pytest.fixture(params=["rank-bm25", "tantivy"])
async def service(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AnswerService]:
    store = await Store.open(tmp_path / "data" / "db.sqlite3")
    service = AnswerService(store, write_docs(tmp_path / "docs"), engine=str(request.param))
    await service.reindex()
    yield service
    await store.close()


def paths_of(answer_hits: object) -> set[str]:
    return {source.path for hit in answer_hits for source in hit.sources}  # type: ignore[attr-defined]


async def test_questions_see_only_their_collections(service: AnswerService) -> None:
    everything = await service.ask("Which animal lives in the forest?", top=10)
    assert paths_of(everything.hits) >= {"alpha/okapi.txt", "beta/zebra.txt", "root.txt"}
    alpha = await service.ask("Which animal lives in the forest?", top=10, scope=ALPHA)
    assert alpha.hits and paths_of(alpha.hits) <= {"alpha/okapi.txt", "alpha/deep/forest.md"}
    beta = await service.ask("Which animal lives in the forest?", top=10, scope=BETA)
    assert beta.hits and paths_of(beta.hits) == {"beta/zebra.txt"}
    # A question only the other collection answers is not answered from it.
    zebra = await service.ask("When does the zebra cross the plain?", top=10, scope=ALPHA)
    assert "beta/zebra.txt" not in paths_of(zebra.hits)
    both = await service.ask("Which animal lives in the forest?", top=10, scope=ALPHA | BETA)
    assert "root.txt" not in paths_of(both.hits) and {"alpha/okapi.txt", "beta/zebra.txt"} <= paths_of(both.hits)
    assert service.ask_now("Which animal lives in the forest?", 10, BETA).hits == beta.hits


async def test_not_found_tells_nothing_of_other_collections(service: AnswerService) -> None:
    # The name is in beta's documents only: alpha is told its documents never mention it, as if beta did not exist.
    alpha = await service.ask("What did Lindqvist say about the forest?", top=5, scope=ALPHA)
    assert alpha.not_found and alpha.reason == "The documents never mention “Lindqvist”."
    beta = await service.ask("What did Lindqvist say about the forest?", top=5, scope=BETA)
    assert not beta.not_found and paths_of(beta.hits) == {"beta/zebra.txt"}
    misspelt = await service.ask("What did Lindqvst say about the forest?", top=5, scope=ALPHA)
    assert misspelt.reason == "The documents never mention “Lindqvst”."
    beta_misspelt = await service.ask("What did Lindqvst say about the forest?", top=5, scope=BETA)
    assert "never mention" not in beta_misspelt.reason  # beta's documents hold a name one letter away


async def test_sources_and_context_see_only_their_collections(service: AnswerService) -> None:
    assert [d.path for d in service.sources(ALPHA)] == ["alpha/deep/forest.md", "alpha/okapi.txt"]
    assert [d.path for d in service.sources(BETA)] == ["beta/zebra.txt"]
    assert len(service.sources()) == 4
    # has_documents answers as sources(scope) would, without listing them: a collection with no folder holds none
    assert service.has_documents() and service.has_documents(ALPHA) and service.has_documents(BETA)
    assert not service.has_documents(frozenset({"gamma"})) and service.sources(frozenset({"gamma"})) == ()
    zebra = (await service.ask("When does the zebra cross the plain?", scope=BETA)).hits[0]
    assert service.paragraph_of(zebra.sentence_id, BETA)
    assert service.paragraph_of(zebra.sentence_id, ALPHA) == []


async def test_actors_see_only_their_collections(service: AnswerService) -> None:
    assert {a.name for a in await service.actors(ALPHA)} == {"Margarethe Vollmer"}
    assert {a.name for a in await service.actors(BETA)} == {"Tobias Lindqvist"}
    assert {"Margarethe Vollmer", "Tobias Lindqvist"} <= {a.name for a in await service.actors()}
    assert await service.actor("Tobias Lindqvist", scope=ALPHA) is None
    assert "Tobias Lindqvist" not in await service.suggest_actors("Tobias Lindqvst", scope=ALPHA)
    assert await service.actor_names("Tob", scope=ALPHA) == []
    assert await service.actor_names("Tob", scope=BETA) == ["Tobias Lindqvist"]
    summary = await service.actor("Margarethe Vollmer", scope=ALPHA)
    assert summary is not None and {q.source.path for q in summary.statements} == {"alpha/okapi.txt"}


async def test_a_reindex_limited_to_a_collection_reads_and_removes_only_there(
    service: AnswerService, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is shy and striped.\n")
    (docs / "beta" / "zebra.txt").write_text("Zebra report\n\nThe zebra is loud.\n")
    (docs / "root.txt").unlink()
    report = await service.reindex(scope=ALPHA)
    assert report.changed == ("alpha/okapi.txt",) and report.removed == () and report.unchanged == 1
    old_zebra = await service.ask("When does the zebra cross the plain?", scope=BETA)
    assert old_zebra.hits[0].text == "Tobias Lindqvist said the zebra crosses the plain at dawn."  # not read again
    assert [d.path for d in service.sources()].count("root.txt") == 1  # left alone
    for path in list((docs / "beta").iterdir()):
        path.unlink()
    with pytest.raises(RemovalRefused):  # every document of beta gone: refused, as for the whole folder
        await service.reindex(scope=BETA)
    report = await service.reindex(allow_removal=True)
    assert set(report.removed) == {"beta/zebra.txt", "root.txt"} and report.changed == ()


def test_the_sql_rule_and_the_python_rule_agree(tmp_path: Path) -> None:
    paths = ["a.txt", "alpha/x.txt", "alpha/deep/y.md", "b c/z.txt", "ünï/w.txt", ".hidden/q.txt"]
    with sqlite3.connect(tmp_path / "x.sqlite3") as connection:
        connection.execute("CREATE TABLE documents (path TEXT)")
        connection.executemany("INSERT INTO documents VALUES (?)", [(p,) for p in paths])
        found = dict(connection.execute(f"SELECT d.path, {COLLECTION_SQL} FROM documents d"))
    assert found == {p: collection_of(p) for p in paths}


def test_collections_setting() -> None:
    settings = Settings.from_env({"COLLECTIONS": "111:alpha+beta, 222:gamma"})
    assert settings.collections == {111: frozenset({"alpha", "beta"}), 222: frozenset({"gamma"})}
    assert settings.scope_for(111, 999) == frozenset({"alpha", "beta"})
    assert settings.scope_for(111, 222) == frozenset({"gamma"})  # the channel's mapping wins
    assert settings.scope_for(333, 444) == NO_COLLECTIONS
    assert Settings.from_env({}).scope_for(333, 444) is None
    for bad in ("111", "111:", "abc:alpha", "111:al/pha", "111:alpha,111:beta", "111:alpha+"):
        with pytest.raises(SettingsError, match="COLLECTIONS"):
            Settings.from_env({"COLLECTIONS": bad})
    # A channel link copied from Discord names the id to write, not its "//discord.com..." as a folder.
    with pytest.raises(SettingsError, match=r"a link to channel 88 of server 77"):
        Settings.from_env({"COLLECTIONS": "https://discord.com/channels/77/88:alpha"})


def test_command_line_collection_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = write_docs(tmp_path / "docs")
    paths = ["--docs", str(docs), "--db", str(tmp_path / "db.sqlite3")]
    assert main(["ask", "--json", "--collection", "beta", "Which animal lives in the forest?", *paths]) == 0
    out = capsys.readouterr().out
    assert "beta/zebra.txt" in out and "alpha/" not in out and "root.txt" not in out
    assert main(["sources", "--collection", "alpha", "--collection", "beta", *paths]) == 0
    out = capsys.readouterr().out
    assert "alpha/okapi.txt" in out and "beta/zebra.txt" in out and "root.txt" not in out
    assert main(["actors", "--json", "--collection", "alpha", *paths]) == 0
    out = capsys.readouterr().out
    assert "Margarethe Vollmer" in out and "Tobias" not in out
    assert main(["actor", "Tobias Lindqvist", "--collection", "alpha", *paths]) == 1
    assert main(["sources", *paths]) == 0
    assert "root.txt" in capsys.readouterr().out  # without --collection: everything
    assert main(["sources", "--collection", "../etc", *paths]) == 2
    assert "--collection '../etc'" in capsys.readouterr().err
    # as the shell's Tab completes a folder's name: with its slash (it was "not the name of a folder")
    assert main(["ask", "--json", "--collection", "beta/", "Which animal lives in the forest?", *paths]) == 0
    out = capsys.readouterr().out
    assert "beta/zebra.txt" in out and "alpha/" not in out and "root.txt" not in out
    # A folder that is not there is a typo to show, not an empty index ("No documents", "Not found", exit 0).
    for command in (["sources"], ["ask", "Which animal lives in the forest?"], ["actors"]):
        assert main([*command, "--collection", "alpha", "--collection", "gamma", *paths]) == 2
        assert capsys.readouterr().err == f"docbot: error: --collection 'gamma': there is no folder gamma in {docs}\n"


async def test_the_actors_of_many_servers_collections_are_kept_for_the_last_used_only(tmp_path: Path) -> None:
    """Each distinct scope's actor directory was kept until the next reindex: with COLLECTIONS on thousands of
    servers (each its own scope, a shared collection beside it), one directory per server that ever asked /actors,
    some 1.1 MB each for 121 news articles shared. The last SCOPED_DIRECTORIES_KEPT used are kept; one dropped is
    built again, with the same actors, at its next question."""
    from retrieval import service as service_module

    docs = write_docs(tmp_path / "docs")
    surnames = (
        "Abt Bauer Cramer Dietz Ebert Falk Gruber Haas Iske Jung Kahl Lenz Mohr Nagel Ott Pohl Quast Roth Sauer Thiel"
    )
    names = [f"Helga {a}{b.lower()}" for a in surnames.split()[:3] for b in surnames.split()[:8]]
    servers = service_module.SCOPED_DIRECTORIES_KEPT + 8
    for i in range(servers):
        (docs / f"s{i}").mkdir()
        (docs / f"s{i}" / "notes.txt").write_text(f"Notes {i}\n\n{names[i]} said the office opens at nine.\n")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs)
        await service.reindex()
        first = frozenset({"beta", "s0"})
        before = {a.name for a in await service.actors(first)}
        assert before == {"Tobias Lindqvist", names[0]}
        for i in range(servers):
            found = {a.name for a in await service.actors(frozenset({"beta", f"s{i}"}))}
            assert found == {"Tobias Lindqvist", names[i]}
        assert len(service._scoped_directories) == service_module.SCOPED_DIRECTORIES_KEPT
        assert first not in service._scoped_directories  # the least recently used went
        assert {a.name for a in await service.actors(first)} == before
        summary = await service.actor(names[0], scope=first)
        assert summary is not None and {q.source.path for q in summary.statements} == {"s0/notes.txt"}


async def test_a_reindex_limited_to_a_collection_tells_of_the_folders_docbotignore(
    service: AnswerService, tmp_path: Path
) -> None:
    """The folder's `.docbotignore` applies to every collection: that it cannot be used (here, a pattern git rejects)
    was filtered out of a reindex limited to some (a server's /reindex under COLLECTIONS), so nothing was said and
    every file it meant to leave out was read. Another collection's warnings stay out."""
    docs = tmp_path / "docs"
    (docs / IGNORE_FILE).write_text("alpha/deep/\n!\n")
    (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is shy and striped.\n")
    (docs / "beta" / "broken.pdf").write_bytes(b"not a PDF at all")
    whole = await service.reindex()
    assert {w.path for w in whole.warnings} == {IGNORE_FILE, "beta/broken.pdf"}  # what the scoped report filters
    (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is shy, striped and quiet.\n")
    report = await service.report_within(await service.reindex(scope=ALPHA), ALPHA)
    assert report.changed == ("alpha/okapi.txt",)
    assert [w.path for w in report.warnings] == [IGNORE_FILE]
    assert "not valid gitignore syntax" in str(report.warnings[0])


async def test_a_collection_whose_folder_is_gone_keeps_its_documents_while_the_others_are_reindexed(
    tmp_path: Path,
) -> None:
    """COLLECTIONS, a share each: beta, a quarter of the index, unmounted at a reindex of everything had its documents
    removed (the guard counted the whole index). It is kept now, told as a problem, and the others brought up to date;
    without COLLECTIONS (one folder) a folder removed is removed, as before."""
    docs = write_docs(tmp_path / "docs")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs, guarded=frozenset({"alpha", "beta"}))
        await service.reindex()
        (docs / "beta").rename(tmp_path / "share")
        (docs / "alpha" / "okapi.txt").write_text("Okapi report\n\nThe okapi is shy and striped.\n")
        (docs / "alpha" / "giraffe.txt").write_text("Giraffe report\n\nThe giraffe reaches the highest leaves.\n")
        for scope in (None, ALPHA | BETA):
            report = await service.reindex(scope=scope)
            assert report.kept_collections == ("beta",) and report.removed == ()
            assert report.problems == (
                "the folder of collection beta no longer has 1 of the 1 indexed documents (is it mounted?); its"
                " documents were kept and still answer.",
            )
        zebra = await service.ask("When does the zebra cross the plain?", scope=BETA)
        assert zebra.hits[0].text == "Tobias Lindqvist said the zebra crosses the plain at dawn."
        okapi = await service.ask("Is the okapi shy?", scope=ALPHA)
        assert okapi.hits[0].text == "The okapi is shy and striped."
        assert {d.path for d in service.sources()} == {
            "alpha/okapi.txt",
            "alpha/giraffe.txt",
            "alpha/deep/forest.md",
            "beta/zebra.txt",
            "root.txt",
        }
        # Back, with a document written meanwhile: read as any other change.
        (tmp_path / "share").rename(docs / "beta")
        (docs / "beta" / "lion.txt").write_text("Lion report\n\nThe lion sleeps most of the day.\n")
        report = await service.reindex()
        assert report.kept_collections == () and report.problems == () and report.added == ("beta/lion.txt",)
        # The operator's call removes it.
        (docs / "beta").rename(tmp_path / "share")
        report = await service.reindex(allow_removal=True)
        assert set(report.removed) == {"beta/zebra.txt", "beta/lion.txt"} and report.kept_collections == ()
    finally:
        await store.close()


@pytest.mark.parametrize("upgraded", ["ingest_version", "tokenizer_version"])
async def test_a_collection_lost_at_an_upgrade_keeps_answering_in_its_earlier_reading_until_it_is_back(
    tmp_path: Path, upgraded: str
) -> None:
    """An upgrade (another INGEST_VERSION or TOKENIZER_VERSION) reads every document again; a collection whose share
    was unmounted then had the whole reindex refused (hq36), so the others were not upgraded either, and after a
    tokenizer change nothing answered at all until the share was back. Now the others are read again, the lost one
    keeps its stored documents as they were and answers, flagged stale (STALE_COLLECTIONS_KEY, `stale_collections`),
    and once its folder is back it is read whole (not taken as unchanged by its files' sizes and times)."""
    docs, db = write_docs(tmp_path / "docs"), tmp_path / "db.sqlite3"
    guarded = frozenset({"alpha", "beta"})
    async with open_service(docs, db, guarded=guarded) as service:
        await service.store.set_meta(upgraded, "0")  # as written by an earlier docbot
    before = document_rows(db)
    (docs / "beta").rename(tmp_path / "share")
    async with open_service(docs, db, index=False, guarded=guarded) as service:
        await service.load()  # docbot run's start: the stored index, if this tokenizer can read it
        assert service.ready == (upgraded == "ingest_version")
        report = await service.reindex()
        assert report.kept_collections == ("beta",) and report.removed == ()
        assert report.problems == (
            "the folder of collection beta no longer has 1 of the 1 indexed documents (is it mounted?); its"
            " documents were kept as an earlier docbot read them, and still answer until it is back.",
        )
        assert set(report.changed) == {"alpha/okapi.txt", "alpha/deep/forest.md", "root.txt"}
        rows = document_rows(db)
        assert rows["beta/zebra.txt"] == before["beta/zebra.txt"]  # kept as it was, row and all
        assert all(rows[path] != before[path] for path in report.changed)  # written again
        zebra = await service.ask("When does the zebra cross the plain?", scope=BETA)
        assert zebra.hits[0].text == "Tobias Lindqvist said the zebra crosses the plain at dawn."
        assert stale_collections(db) == ("beta",)
        settings = Settings(docs_dir=docs, db_path=db, discord_token="token")
        [documents] = [result for result in run_checks(settings) if result.item == DOCUMENTS]
        assert (documents.status, documents.detail) == (
            "warn",
            "documents kept as an earlier docbot read them until their folders are back (lost at an upgrade):"
            " collection beta",
        )
        # Still lost at the next reindex (and at one of alpha alone): kept, still stale.
        for scope in (None, ALPHA):
            await service.reindex(scope=scope)
            assert stale_collections(db) == ("beta",)
            assert document_rows(db)["beta/zebra.txt"] == before["beta/zebra.txt"]
        # Back as it was: read whole though its size and time are unchanged, and no longer stale.
        (tmp_path / "share").rename(docs / "beta")
        report = await service.reindex()
        assert report.changed == ("beta/zebra.txt",) and report.kept_collections == () and report.problems == ()
        assert document_rows(db)["beta/zebra.txt"] != before["beta/zebra.txt"]
        assert stale_collections(db) == ()
        [documents] = [result for result in run_checks(settings) if result.item == DOCUMENTS]
        assert documents.status == "ok", documents.detail
        assert (await service.reindex()).changed == ()  # and then as any other collection


async def test_without_collections_a_folder_removed_is_removed(tmp_path: Path) -> None:
    """One documents folder (no COLLECTIONS): its subfolders are no shares: one deleted, a quarter of them, goes."""
    docs = write_docs(tmp_path / "docs")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        (docs / "beta").rename(tmp_path / "elsewhere")
        report = await service.reindex()
        assert report.removed == ("beta/zebra.txt",) and report.kept_collections == () and report.problems == ()
    finally:
        await store.close()
