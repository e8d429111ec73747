"""Incremental reindexing and answering through AnswerService over a real SQLite store (retrieval/service.py)."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from retrieval import service as service_module
from retrieval.ingest import walk
from retrieval.ingest.walk import FolderNotAnswering, ScanProgress
from retrieval.models import Context
from retrieval.service import AnswerService, NotReady, QuestionError, ReindexInProgress, RemovalRefused
from retrieval.store.database import Store, StoreError
from retrieval.times import shown_time
from tests.files import document_rows, open_service, write_docs

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_9b990c146cc40a5f.txt"

ALPHA = "Alpha report\n\nThe okapi lives in the Ituri forest. It eats leaves and fruit.\n\nOkapis are rarely seen.\n"
BETA = "Beta report\n\nThe zebra crosses the plain at dawn.\n\nZebras sleep standing up.\n"
GAMMA = "Gamma report\n\nThe giraffe has a long neck.\n"


def sentence_rows(db: Path) -> dict[str, list[tuple[int, int, int, str]]]:
    """(sentence id, paragraph, sentence, text) of every document, read with a separate sqlite3 connection."""
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT d.path, s.id, s.paragraph, s.sentence, s.text FROM sentences s JOIN documents d"
            " ON d.id = s.document_id ORDER BY d.path, s.paragraph, s.sentence"
        ).fetchall()
    result: dict[str, list[tuple[int, int, int, str]]] = {}
    for path, sentence_id, paragraph, sentence, text in rows:
        result.setdefault(path, []).append((sentence_id, paragraph, sentence, text))
    return result


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_docs(tmp_path / "docs", {"alpha.txt": ALPHA, "beta.txt": BETA, "sub/gamma.md": GAMMA})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "docbot.sqlite3"


@pytest.fixture
async def service(docs: Path, db: Path) -> AsyncIterator[AnswerService]:
    async with open_service(docs, db, index=False) as service:
        yield service


async def test_first_index_reports_added(service: AnswerService, db: Path) -> None:
    assert not service.ready
    with pytest.raises(NotReady):
        await service.ask("okapi")
    report = await service.reindex()
    assert report.added == ("alpha.txt", "beta.txt", "sub/gamma.md")
    assert report.changed == () and report.removed == () and report.unchanged == 0
    assert report.documents == 3
    assert report.sentences == 3 + 2 + 2  # a .txt file's headline first line is its title (a heading), not a sentence
    assert report.warnings == ()
    assert report.seconds >= 0
    assert service.ready
    rows = sentence_rows(db)
    assert [r[3] for r in rows["alpha.txt"]] == [
        "Alpha report",
        "The okapi lives in the Ituri forest.",
        "It eats leaves and fruit.",
        "Okapis are rarely seen.",
    ]
    assert [(r[1], r[2]) for r in rows["alpha.txt"]] == [(1, 1), (2, 1), (2, 2), (3, 1)]


async def test_second_run_is_unchanged_and_touches_nothing(service: AnswerService, db: Path) -> None:
    await service.reindex()
    sentences, documents = sentence_rows(db), document_rows(db)
    report = await service.reindex()
    assert report.added == report.changed == report.removed == ()
    assert report.unchanged == 3 and not report.touched
    assert report.sentences == 7 and report.documents == 3
    assert sentence_rows(db) == sentences
    assert document_rows(db) == documents  # same ids, hashes, stamps and indexed_at


async def test_changing_one_file_changes_only_its_sentences(service: AnswerService, docs: Path, db: Path) -> None:
    await service.reindex()
    before = sentence_rows(db)
    (docs / "beta.txt").write_text("Beta report\n\nThe zebra crosses the river at noon.\n")
    report = await service.reindex()
    assert report.changed == ("beta.txt",)
    assert report.added == report.removed == ()
    assert report.unchanged == 2
    after = sentence_rows(db)
    # the other documents keep their rows, ids included
    assert after["alpha.txt"] == before["alpha.txt"]
    assert after["sub/gamma.md"] == before["sub/gamma.md"]
    assert [r[3] for r in after["beta.txt"]] == ["Beta report", "The zebra crosses the river at noon."]
    assert not {r[0] for r in after["beta.txt"]} & {r[0] for r in before["beta.txt"]}
    # and the new text is what is served
    answer = await service.ask("Where does the zebra cross?")
    assert answer.hits[0].text == "The zebra crosses the river at noon."
    assert all("plain" not in hit.text for hit in answer.hits)


async def test_deleting_one_file_removes_its_sentences(service: AnswerService, docs: Path, db: Path) -> None:
    await service.reindex()
    before = sentence_rows(db)
    (docs / "alpha.txt").unlink()
    report = await service.reindex()
    assert report.removed == ("alpha.txt",)
    assert report.added == report.changed == ()
    assert report.documents == 2 and report.sentences == 4
    after = sentence_rows(db)
    assert "alpha.txt" not in after
    assert after == {k: v for k, v in before.items() if k != "alpha.txt"}
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM sentences WHERE text LIKE '%okapi%'").fetchone()[0] == 0
    answer = await service.ask("Where does the okapi live?")
    assert answer.not_found and answer.hits == ()


async def test_adding_a_file(service: AnswerService, docs: Path, db: Path) -> None:
    await service.reindex()
    before = sentence_rows(db)
    (docs / "sub" / "delta.txt").write_text("Delta\n\nThe hippo wallows in mud.\n")
    report = await service.reindex()
    assert report.added == ("sub/delta.txt",) and report.unchanged == 3
    after = sentence_rows(db)
    assert {k: after[k] for k in before} == before
    assert (await service.ask("What does the hippo do?")).hits[0].text == "The hippo wallows in mud."


async def test_touch_without_changing_bytes_is_unchanged(service: AnswerService, docs: Path, db: Path) -> None:
    await service.reindex()
    sentences = sentence_rows(db)
    path = docs / "alpha.txt"
    stamp = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(stamp, stamp))
    report = await service.reindex()
    assert report.unchanged == 3 and not report.touched
    assert sentence_rows(db) == sentences
    with sqlite3.connect(db) as connection:
        stored = connection.execute("SELECT mtime_ns FROM documents WHERE path = 'alpha.txt'").fetchone()[0]
    assert stored == stamp  # the new stamp is remembered, so the next run does not hash the file again
    again = await service.reindex()
    assert again.unchanged == 3 and not again.touched


async def test_a_failing_write_leaves_the_previous_index_whole_and_serving(
    service: AnswerService, docs: Path, db: Path
) -> None:
    await service.reindex()
    sentences, documents = sentence_rows(db), document_rows(db)
    answer_before = await service.ask("Where does the okapi live?")
    assert answer_before.hits[0].text == "The okapi lives in the Ituri forest."
    # Make SQLite itself refuse the write of one sentence, part-way through the transaction.
    with sqlite3.connect(db) as connection:
        connection.execute(
            "CREATE TRIGGER refuse_marker BEFORE INSERT ON sentences WHEN NEW.text LIKE '%zebracorn%'"
            " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
        )
    (docs / "alpha.txt").unlink()  # a removal and a change come before the failing insert ...
    (docs / "beta.txt").write_text("Beta report\n\nThe zebra now swims.\n")
    (docs / "zz.txt").write_text("Zed\n\nA zebracorn okapi appears in the forest.\n")  # ... which is last
    with pytest.raises(StoreError, match=r"injected failure.*previous index is kept"):
        await service.reindex()
    assert not service.reindexing
    # the database still has the old rows ...
    assert sentence_rows(db) == sentences
    assert document_rows(db) == documents
    # ... and the old index still answers
    answer_after = await service.ask("Where does the okapi live?")
    assert answer_after == answer_before
    # once the cause is gone the same changes go through
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TRIGGER refuse_marker")
    report = await service.reindex()
    assert report.added == ("zz.txt",) and report.changed == ("beta.txt",) and report.removed == ("alpha.txt",)
    assert (await service.ask("Where does the okapi live?")).hits[0].text == "A zebracorn okapi appears in the forest."


async def test_a_second_concurrent_reindex_is_refused(service: AnswerService) -> None:
    first = asyncio.create_task(service.reindex())
    await asyncio.sleep(0)  # let the first one take the lock
    assert service.reindexing
    with pytest.raises(ReindexInProgress):
        await service.reindex()
    report = await first
    assert report.added == ("alpha.txt", "beta.txt", "sub/gamma.md")
    assert not service.reindexing
    assert (await service.reindex()).unchanged == 3  # free again once the first one is done


async def test_concurrent_reindexes_started_together(service: AnswerService) -> None:
    results = await asyncio.gather(service.reindex(), service.reindex(), return_exceptions=True)
    assert sum(isinstance(r, ReindexInProgress) for r in results) == 1
    assert sum(not isinstance(r, BaseException) for r in results) == 1


async def test_bad_questions_raise_question_error(service: AnswerService) -> None:
    await service.reindex()
    for question in ("", "   ", "\n\t "):
        with pytest.raises(QuestionError, match="empty"):
            await service.ask(question)
        with pytest.raises(QuestionError, match="empty"):
            service.ask_now(question)
    too_long = "okapi " * (service.max_question_chars // 6 + 1)
    assert len(too_long.strip()) > service.max_question_chars
    with pytest.raises(QuestionError, match="characters long"):
        await service.ask(too_long)
    with pytest.raises(QuestionError, match="characters long"):
        service.ask_now(too_long)
    at_limit = ("okapi " * 200)[: service.max_question_chars]
    assert (await service.ask(at_limit)).hits  # the limit itself is accepted


async def test_the_same_sentence_in_two_documents_is_one_hit_with_two_sources(
    service: AnswerService, docs: Path
) -> None:
    shared = "The quokka smiles at every visitor."
    (docs / "copy-b.txt").write_text(f"Copy B\n\nIntro line here.\n\n{shared}\n")
    (docs / "copy-a.txt").write_text(f"Copy A\n\n{shared} Another sentence.\n")
    (docs / "copy-c.txt").write_text("Copy C\n\nThe QUOKKA  smiles at every visitor.\n")  # other case and spacing
    await service.reindex()
    answer = await service.ask("Why does the quokka smile?", top=5)
    quokka = [hit for hit in answer.hits if "quokka" in hit.text.casefold()]
    assert len(quokka) == 1
    hit = quokka[0]
    # first the place it ranked best at (copy B's paragraph is the sentence alone), then the others by path
    assert [(s.path, s.title, s.paragraph, s.sentence) for s in hit.sources] == [
        ("copy-b.txt", "Copy B", 3, 1),
        ("copy-a.txt", "Copy A", 2, 1),
        ("copy-c.txt", "Copy C", 2, 1),
    ]
    assert hit.source.path == "copy-b.txt"


async def test_context_for_a_hit_that_leans_on_its_neighbours(tmp_path: Path) -> None:
    docs = tmp_path / "seed"
    docs.mkdir()
    shutil.copy(SEED, docs / SEED.name)
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = await service.ask("Who does not want the people of Idlib exposed to new catastrophes?")
        hit = answer.hits[0]
        assert hit.text.endswith('to be exposed to new catastrophes", he added.')
        # "he added": the sentence before says who "he" is
        assert hit.context.before == (
            'Rouhani as well spoke of "cleansing the Idlib region of terrorists", while also noting the need of '
            "protecting civilians.",
        )
        assert hit.context.after == (
            "The U.S. and its allies, however, believe it is Assad's forces who appear to be preparing a chemical "
            "attack in Idlib.",
        )
        # a sentence that stands on its own gets no context
        ceasefire = await service.ask("What did Putin say about a ceasefire?")
        assert ceasefire.hits[0].context.before == () and ceasefire.hits[0].context.after == ()
        # context is the neighbouring sentences of the same document, never of another file
        (docs / "other.txt").write_text("Other\n\nShort one.\n")
        await service.reindex()
        short = await service.ask("short one")
        assert short.hits[0].text == "Short one."
        # "Other" is the file's title (a heading, never context); the sentence before it in the index is the seed's
        assert short.hits[0].context.before == () and short.hits[0].context.after == ()


async def test_a_hit_that_introduces_a_list_is_shown_with_it(tmp_path: Path) -> None:
    tools = (
        "# Debugging\n\nTeams mostly use the following debuggers:\n\n- Quillbug, written in Lark.\n"
        "- Tracewing, its graphical front end.\n- Moth, for old systems.\n\nThe weather was fine on Monday.\n"
    )
    docs = write_docs(tmp_path / "docs", {"tools.md": tools})
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        answer = await service.ask("Which debuggers do teams mostly use?")
        hit = answer.hits[0]
        assert hit.text == "Teams mostly use the following debuggers:"
        # alone it promises an answer it does not hold: the list's first items follow it, nothing before it
        assert hit.context == Context((), ("Quillbug, written in Lark.", "Tracewing, its graphical front end."))
        # a hit that follows it as a hit of its own is not shown twice
        quillbug = await service.ask("Which debuggers do teams mostly use, Quillbug?")
        texts = [h.text for h in quillbug.hits]
        assert texts[:2] == ["Teams mostly use the following debuggers:", "Quillbug, written in Lark."]
        assert quillbug.hits[0].context == Context()


async def test_load_serves_the_stored_index_without_reading_the_folder(docs: Path, db: Path) -> None:
    async with await Store.open(db) as store:
        await AnswerService(store, docs).reindex()
    shutil.rmtree(docs)  # the folder is gone; the stored index still answers
    async with await Store.open(db) as store:
        service = AnswerService(store, docs)
        await service.load()
        answer = await service.ask("Where does the okapi live?")
        assert answer.hits[0].text == "The okapi lives in the Ituri forest."
        assert [d.path for d in service.sources()] == ["alpha.txt", "beta.txt", "sub/gamma.md"]


# --- a folder that lost most of its documents (issue 14: an unmounted or emptied folder never wipes the index) ------


async def test_an_emptied_folder_is_refused_and_the_index_keeps_answering(docs: Path, db: Path) -> None:
    async with open_service(docs, db) as service:
        rows_before = sentence_rows(db)
        for path in sorted(docs.rglob("*.*")):
            path.unlink()  # the folder is there but empty, as an unmounted mount point is
        with pytest.raises(RemovalRefused, match="no longer has 3 of the 3 indexed documents"):
            await service.reindex()
        assert sentence_rows(db) == rows_before
        assert service.ask_now("Where does the okapi live?").hits[0].text == "The okapi lives in the Ituri forest."
        report = await service.reindex(allow_removal=True)
        assert report.removed == ("alpha.txt", "beta.txt", "sub/gamma.md") and report.documents == 0


async def test_an_emptied_folder_is_refused_after_an_upgrade_too(docs: Path, db: Path) -> None:
    """A store written by another docbot (its reading of documents changed) has every document read again: the folder
    was checked against nothing, so an emptied one wiped the index. A document read again is reported as changed."""
    async with open_service(docs, db) as service:
        rows_before = sentence_rows(db)
        with sqlite3.connect(db) as connection:
            connection.execute("UPDATE meta SET value = 'older' WHERE key = 'ingest_version'")
        connection.close()
        for path in sorted(docs.rglob("*.*")):
            path.unlink()
        with pytest.raises(RemovalRefused, match="no longer has 3 of the 3 indexed documents"):
            await service.reindex()
        assert sentence_rows(db) == rows_before
        (docs / "alpha.txt").write_text(ALPHA)
        (docs / "beta.txt").write_text(BETA)
        (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants.\n")
        report = await service.reindex()  # 1 of 3 gone: not more than half
        assert (report.added, report.changed, report.removed) == (
            ("delta.txt",),
            ("alpha.txt", "beta.txt"),
            ("sub/gamma.md",),
        )
        assert [d.path for d in service.sources()] == ["alpha.txt", "beta.txt", "delta.txt"]


async def test_removing_half_or_fewer_goes_through(docs: Path, db: Path) -> None:
    (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants.\n")
    async with open_service(docs, db) as service:
        (docs / "alpha.txt").unlink()
        (docs / "beta.txt").unlink()
        report = await service.reindex()  # 2 of 4: half, not more
        assert report.removed == ("alpha.txt", "beta.txt")
        (docs / "delta.txt").unlink()
        (docs / "sub" / "gamma.md").unlink()
        with pytest.raises(RemovalRefused, match="2 of the 2"):  # both that are left: refused
            await service.reindex()


async def test_skipped_files_are_warned_once_and_a_note_only_when_its_file_is_read(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A file read with a note (a fallback encoding) is not read again while unchanged: the refresh after it must not
    take the note's absence for new warnings and report the skipped files again (as every first `docbot ask` did)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "photo.bin").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (docs / "cafe.txt").write_bytes("Café notes\n\nThe café opens at nine. Crème brûlée is served.\n".encode("cp1252"))

    def warned() -> list[str]:
        lines = [r.getMessage() for r in caplog.records if r.name == "retrieval.service" and r.levelname == "WARNING"]
        caplog.clear()
        return lines

    async with open_service(docs, tmp_path / "db.sqlite3", index=False) as service:
        with caplog.at_level("WARNING", logger="retrieval.service"):
            await service.reindex()
            first = warned()
            assert any("photo.bin" in line for line in first) and any("cafe.txt" in line for line in first)
            await service.reindex()
            assert warned() == []
            (docs / "cafe.txt").write_bytes("Café notes\n\nThe café opens at ten.\n".encode("cp1252"))
            await service.reindex()
            again = warned()
            assert any("cafe.txt" in line for line in again) and not any("photo.bin" in line for line in again)


async def test_cancelling_a_reindex_stops_its_scan_and_keeps_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during the refresh before `docbot ask` (or the bot shutting down mid-reindex) cancels the reindex; the
    thread reading the folder went on to the last file (37 s on /usr/share/doc) before the process could end."""
    import threading

    import retrieval.service as service_module
    from retrieval.ingest.walk import scan_documents

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "alpha.txt").write_text(ALPHA)
    ended = threading.Event()

    def scan_and_tell(*args: object, **kwargs: object) -> object:
        try:
            return scan_documents(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            ended.set()

    monkeypatch.setattr(service_module, "scan_documents", scan_and_tell)
    async with open_service(docs, tmp_path / "db.sqlite3") as service:
        ended.clear()
        for number in range(6):
            (docs / f"extra{number}.txt").write_text(f"Extra {number}\n\nThe heron number {number} fishes at dusk.\n")
        loop = asyncio.get_running_loop()
        started, gate = asyncio.Event(), threading.Event()
        calls: list[int] = []

        def progress(read: ScanProgress) -> None:
            calls.append(read.files_done)
            loop.call_soon_threadsafe(started.set)
            gate.wait()

        task = asyncio.create_task(service.reindex(progress=progress))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        gate.set()
        assert await asyncio.to_thread(ended.wait, 30)
        assert calls == [1]  # the scan read no file after the cancellation
        answer = await service.ask("Where does the okapi live?")
        assert answer.hits[0].text == "The okapi lives in the Ituri forest."
        report = await service.reindex()  # and the next reindex runs as usual
        assert len(report.added) == 6


async def test_a_lowered_size_cap_applies_to_files_already_indexed_and_a_raised_one_brings_them_back(
    docs: Path, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """MAX_FILE_MB=0 on an existing index removed nothing: an indexed file whose size and time had not changed was
    taken as unchanged without the cap being looked at."""
    async with await Store.open(db) as store:
        await AnswerService(store, docs).reindex()
        rows_before = sentence_rows(db)
    small = len(GAMMA.encode())  # gamma.md is the smallest: under this cap it alone stays
    async with await Store.open(db) as store:
        capped = AnswerService(store, docs, max_file_bytes=small)
        with caplog.at_level("WARNING", logger="retrieval.service"):
            report = await capped.reindex()  # 2 of 3 over the cap: not refused as a lost folder
            assert report.removed == ("alpha.txt", "beta.txt")
            assert {w.path: w.reason for w in report.warnings} == {
                "alpha.txt": f"larger than the {small:,} bytes cap (MAX_FILE_MB); skipped",
                "beta.txt": f"larger than the {small:,} bytes cap (MAX_FILE_MB); skipped",
            }
            assert [d.path for d in capped.sources()] == ["sub/gamma.md"]
            assert "okapi" not in " ".join(h.text for h in (await capped.ask("Where does the okapi live?")).hits)
            again = await capped.reindex()
            assert again.removed == () and again.unchanged == 1 and len(again.warnings) == 2
        # the skipped files are logged once, not at every reindex
        logged = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert len(logged) == 1 and "2 files: larger than the" in logged[0]
        assert set(sentence_rows(db)) == {"sub/gamma.md"}
    async with await Store.open(db) as store:
        raised = AnswerService(store, docs)
        report = await raised.reindex()
        assert report.added == ("alpha.txt", "beta.txt") and report.warnings == ()
        assert [[row[1:] for row in rows] for rows in sentence_rows(db).values()] == [
            [row[1:] for row in rows] for rows in rows_before.values()
        ]
        assert raised.ask_now("Where does the okapi live?").hits[0].text == "The okapi lives in the Ituri forest."


async def test_a_reindex_killed_midway_is_told_at_the_next_start_and_never_served(
    docs: Path, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A restart in the middle of a /reindex left the admin's reply on its last progress line, and nothing anywhere
    said the reindex had not finished."""
    from tests.processes import stalled_reindex

    async with await Store.open(db) as store:
        await AnswerService(store, docs).reindex()
    rows_before = sentence_rows(db)
    (docs / "alpha.txt").write_text(ALPHA.replace("Ituri forest", "Congo basin"))
    (docs / "delta.txt").write_text("Delta report\n\nThe pangolin eats ants.\n")
    with stalled_reindex(docs, db), caplog.at_level("WARNING", logger="retrieval.service"):
        async with await Store.open(db) as store:
            await AnswerService(store, docs).load()  # while it runs: nothing to tell
        assert not [r for r in caplog.records if "did not finish" in r.getMessage()]
    assert sentence_rows(db) == rows_before
    async with await Store.open(db) as store:
        service = AnswerService(store, docs)
        with caplog.at_level("WARNING", logger="retrieval.service"):
            await service.load()
        told = [r.getMessage() for r in caplog.records if "did not finish" in r.getMessage()]
        assert len(told) == 1
        assert "the index answers as before it" in told[0]  # it read "only what it had written whole answers"
        assert service.ask_now("Where does the okapi live?").hits[0].text == "The okapi lives in the Ituri forest."
        report = await service.reindex()
        assert report.added == ("delta.txt",) and report.changed == ("alpha.txt",)
        started = await service.take_interrupted()
        assert started is not None and shown_time(started) in told[0]  # as a person reads a time (retrieval/times)
        assert await service.take_interrupted() is None  # told once
        await service.reindex()
        assert await service.take_interrupted() is None and await store.get_meta("reindex_started") is None
        assert len([r for r in caplog.records if "did not finish" in r.getMessage()]) == 1


def test_a_size_cap_of_zero_is_refused_as_a_setting() -> None:
    """A cap applies to documents already indexed: MAX_FILE_MB=0 would skip every document and empty the index."""
    from bot.settings import Settings, SettingsError

    assert Settings.from_env({"MAX_FILE_MB": "0.5"}).max_file_bytes == 512 * 1024
    with pytest.raises(SettingsError, match="MAX_FILE_MB must be more than 0"):
        Settings.from_env({"MAX_FILE_MB": "0"})


async def test_a_reading_of_the_folder_that_hangs_is_given_up_and_the_index_answers_as_before(
    service: AnswerService, docs: Path, db: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A share that hangs (a dead NFS mount): the reindex's reading of the folder reads nothing for
    FOLDER_SILENT_SECONDS, is given up with one warning (nothing changed, the index answering as before), and the
    reindex lock is free again; the reading thread is left to the share. Once it answers, a reindex goes through."""
    await service.reindex()
    before = document_rows(db)
    (docs / "alpha.txt").write_text(ALPHA + "\nOkapis have striped legs.\n")
    share_answers = threading.Event()
    listed = walk._find_documents

    def hangs(*args: object, **kwargs: object) -> object:
        share_answers.wait(60)
        return listed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "FOLDER_SILENT_SECONDS", 0.2)
    monkeypatch.setattr(walk, "_find_documents", hangs)
    try:
        with caplog.at_level("WARNING", logger="retrieval.service"), pytest.raises(FolderNotAnswering) as refused:
            await service.reindex()
        assert str(refused.value) == f"documents folder {docs} did not answer for 0 s (a share that hangs?)"
        warned = [r.getMessage() for r in caplog.records if r.name == "retrieval.service"]
        assert warned == [
            f"{refused.value}: the reindex was given up, nothing was changed and the index answers as before"
        ]
        assert not service.reindexing and document_rows(db) == before
        assert (await service.ask("Where does the okapi live?")).hits
    finally:
        share_answers.set()
    monkeypatch.undo()
    report = await service.reindex()
    assert report.changed == ("alpha.txt",)


async def test_a_slow_reading_that_goes_on_is_not_given_up(
    docs: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a reading that reads nothing is given up: one whose files come slowly, each within FOLDER_SILENT_SECONDS
    though all of them take longer, ends as usual."""
    # LANGUAGE=en: no language model loaded at the first document (seconds with nothing read, as a share that hangs)
    async with open_service(docs, db, language="en") as service:  # the readers imported, then each file read again
        for path in ("alpha.txt", "beta.txt", "sub/gamma.md"):
            (docs / path).write_text((docs / path).read_text() + "\nOne more line.\n")
        monkeypatch.setattr(service_module, "FOLDER_SILENT_SECONDS", 1.0)
        told: list[ScanProgress] = []

        def slowly(progress: ScanProgress) -> None:
            told.append(progress)
            time.sleep(0.4)

        report = await service.reindex(progress=slowly)
    assert len(report.changed) == 3 and len(told) >= 3  # over 1.2 s in all
