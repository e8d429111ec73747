"""Feedback (issue 12, "Learn from the people asking"): questions and votes in real SQLite, their retention,
forgetting a server, the report, and `docbot report` on the command line."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path

import pytest

from bot.cli import main
from bot.format_feedback import NOTHING_KEPT, feedback_pages
from bot.settings import Settings, SettingsError
from retrieval.feedback import (
    DOWN,
    NO_VOTE,
    SECONDS_PER_DAY,
    UP,
    DownVoted,
    Feedback,
    FeedbackReport,
    VoteResult,
    topics,
)
from retrieval.models import Answer, Hit, Source
from retrieval.service import AnswerService
from retrieval.store import feedback as feedback_sql
from retrieval.store.database import Store

GUILD_A, GUILD_B = 1_300_000_000_000_000_001, 1_300_000_000_000_000_002
CHANNEL_A, CHANNEL_B = 1_300_000_000_000_000_011, 1_300_000_000_000_000_012
ALICE, BOB = 1_300_000_000_000_000_101, 1_300_000_000_000_000_102
START = 1_700_000_000.0  # 2023-11-14 22:13 UTC


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def hit(path: str, sentence_id: int) -> Hit:
    return Hit(f"A sentence of {path}.", 1.0, (Source(path, path, 1, 1),), ("sentenc",), sentence_id=sentence_id)


def answered(question: str, *paths: str) -> Answer:
    return Answer(question, tuple(hit(p, n + 1) for n, p in enumerate(paths)), not_found=False)


def not_found(question: str) -> Answer:
    return Answer(question, (), not_found=True, reason="No sentence matches.", weak=(hit("weak.txt", 9),))


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Path]:
    path = tmp_path / "db.sqlite3"
    store = await Store.open(path)  # migrations: the feedback tables
    await store.close()
    yield path


def rows(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return list(connection.execute(query))


async def test_a_question_is_stored_with_its_shown_hits_place_time_and_generation(db: Path) -> None:
    feedback = Feedback(db, 30, Clock())
    question_id = await feedback.record_question(answered("Where is the okapi?", "alpha/okapi.txt"), GUILD_A, CHANNEL_A)
    missing_id = await feedback.record_question(not_found("Capital of Peru?"), GUILD_A, CHANNEL_A)
    stored = rows(db, "SELECT id, asked_at, guild_id, channel_id, question, not_found, generation, hits FROM questions")
    assert stored == [
        (question_id, START, GUILD_A, CHANNEL_A, "Where is the okapi?", 0, 0, '[[1, "alpha/okapi.txt"]]'),
        (missing_id, START, GUILD_A, CHANNEL_A, "Capital of Peru?", 1, 0, '[[9, "weak.txt"]]'),  # the weak excerpts
    ]


async def test_the_index_generation_is_the_stores(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "okapi.txt").write_text("Okapi\n\nThe okapi lives in the Ituri forest.\n")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        answer = await service.ask("Where does the okapi live?")
        feedback = Feedback(store.path, 30, Clock())
        await feedback.record_question(answer, GUILD_A, CHANNEL_A)
        generation = await store.generation()
    finally:
        await store.close()
    assert generation >= 1
    [(stored_generation, hits)] = rows(store.path, "SELECT generation, hits FROM questions")
    assert stored_generation == generation
    assert json.loads(str(hits))[0] == [answer.hits[0].sentence_id, "okapi.txt"]


async def test_one_vote_per_member_changed_by_the_other_button_withdrawn_by_the_same(db: Path) -> None:
    feedback = Feedback(db, 30, Clock())
    question_id = await feedback.record_question(answered("Okapi?", "a.txt"), GUILD_A, CHANNEL_A)
    assert question_id is not None
    assert await feedback.vote(question_id, ALICE, UP) == VoteResult(NO_VOTE, UP)
    assert await feedback.vote(question_id, ALICE, DOWN) == VoteResult(UP, DOWN)
    assert await feedback.vote(question_id, BOB, DOWN) == VoteResult(NO_VOTE, DOWN)
    assert sorted(rows(db, "SELECT user_id, vote FROM votes")) == [(ALICE, -1), (BOB, -1)]
    assert await feedback.vote(question_id, ALICE, DOWN) == VoteResult(DOWN, NO_VOTE)
    assert rows(db, "SELECT user_id, vote FROM votes") == [(BOB, -1)]
    # A question no longer kept takes no vote.
    assert await feedback.vote(question_id + 100, ALICE, UP) == VoteResult(NO_VOTE, NO_VOTE, kept=False)


async def test_questions_older_than_the_retention_are_purged_with_their_votes(db: Path) -> None:
    clock = Clock()
    feedback = Feedback(db, 30, clock)
    old = await feedback.record_question(answered("Old question?", "a.txt"), GUILD_A, CHANNEL_A)
    assert old is not None
    await feedback.vote(old, ALICE, DOWN)
    clock.now += 20 * SECONDS_PER_DAY
    recent = await feedback.record_question(answered("Recent question?", "a.txt"), GUILD_A, CHANNEL_A)
    clock.now += 10 * SECONDS_PER_DAY + 1  # the first is now 30 days and a second old
    report = await feedback.report(GUILD_A)
    assert report.questions == 1  # past the retention: never reported, even before the purge
    assert await feedback.purge() == 1
    assert rows(db, "SELECT id FROM questions") == [(recent,)]
    assert rows(db, "SELECT COUNT(*) FROM votes") == [(0,)]
    assert await feedback.purge() == 0


async def test_retention_zero_keeps_nothing(db: Path) -> None:
    feedback = Feedback(db, 0, Clock())
    assert not feedback.recording
    assert await feedback.record_question(answered("Okapi?", "a.txt"), GUILD_A, CHANNEL_A) is None
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]
    assert feedback_pages(await feedback.report(GUILD_A)) == [NOTHING_KEPT]
    # Switching to 0 deletes what an earlier setting kept, at the next purge.
    await Feedback(db, 30, Clock(START - 5)).record_question(answered("Kept before?", "a.txt"), GUILD_A, CHANNEL_A)
    assert await feedback.purge() == 1


async def test_forget_wipes_one_server_only(db: Path) -> None:
    feedback = Feedback(db, 30, Clock())
    a = await feedback.record_question(answered("Okapi in A?", "a.txt"), GUILD_A, CHANNEL_A)
    b = await feedback.record_question(answered("Zebra in B?", "b.txt"), GUILD_B, CHANNEL_B)
    assert a is not None and b is not None
    await feedback.vote(a, ALICE, DOWN)
    await feedback.vote(b, ALICE, DOWN)
    assert await feedback.forget(GUILD_A) == 1
    assert rows(db, "SELECT question FROM questions") == [("Zebra in B?",)]
    assert rows(db, "SELECT question_id FROM votes") == [(b,)]


async def test_the_report_lists_not_found_voted_down_and_topics_of_one_server(db: Path) -> None:
    clock = Clock()
    feedback = Feedback(db, 30, clock)
    for question in ("What is the capital of Peru?", "what is the  CAPITAL of peru?", "Who founded Lima?"):
        clock.now += 60
        await feedback.record_question(not_found(question), GUILD_A, CHANNEL_A)
    liked = await feedback.record_question(answered("Where does the okapi live?", "alpha/okapi.txt"), GUILD_A, None)
    disliked = await feedback.record_question(
        answered("What does the okapi eat?", "alpha/deep/forest.md", "alpha/okapi.txt"), GUILD_A, CHANNEL_A
    )
    other = await feedback.record_question(answered("Zebra secrets of B?", "beta/zebra.txt"), GUILD_B, CHANNEL_B)
    assert liked is not None and disliked is not None and other is not None
    await feedback.vote(liked, ALICE, UP)
    await feedback.vote(liked, BOB, DOWN)  # even: not voted down
    await feedback.vote(disliked, ALICE, DOWN)
    await feedback.vote(disliked, BOB, DOWN)
    await feedback.vote(other, ALICE, DOWN)

    report = await feedback.report(GUILD_A)
    assert (report.questions, report.not_found_count, report.up, report.down) == (5, 3, 1, 3)
    assert [(e.question, e.times) for e in report.not_found] == [
        ("what is the  CAPITAL of peru?", 2),  # the latest spelling of the most asked first
        ("Who founded Lima?", 1),
    ]
    [down] = report.voted_down
    assert (down.question, down.down, down.up, down.document) == (
        "What does the okapi eat?",
        2,
        0,
        "alpha/deep/forest.md",
    )
    assert [(t.word, t.questions) for t in report.topics] == [("capital", 2), ("okapi", 2), ("peru", 2)]
    text = "\n".join(feedback_pages(report))
    assert "Zebra" not in text and "beta/" not in text  # nothing of the other server
    assert "alpha/deep/forest.md" in text and "capital (2)" in text and "(×2)" in text

    everywhere = await feedback.report()
    assert everywhere.questions == 6 and len(everywhere.voted_down) == 2
    assert f"server {GUILD_B}" in "\n".join(feedback_pages(everywhere))


def test_topics_are_informative_words_in_their_usual_spelling() -> None:
    found = topics(["Who warned of a massacre?", "Which massacres were warned of in 2013?", "Massacre in 2013"])
    assert [(t.word, t.questions) for t in found] == [("massacre", 3), ("warned", 2)]  # no stop words, no numbers


def test_long_reports_are_paged_without_splitting_an_item() -> None:
    from retrieval.feedback import build_report
    from retrieval.store.feedback import QuestionRow

    question_rows = [
        QuestionRow(
            n, START - n, GUILD_A, CHANNEL_A, f"Question number {n} " + "about a topic " * 20, True, 1, (), 0, 0
        )
        for n in range(40)
    ]
    pages = feedback_pages(build_report(question_rows, GUILD_A, 30, START - SECONDS_PER_DAY * 30), 1900)
    assert len(pages) > 2 and all(len(page) <= 1900 for page in pages)
    assert "(continued)" in pages[1]
    assert sum(page.count("\n- Question number") for page in pages) == 40


def test_retention_setting() -> None:
    assert Settings.from_env({}).question_retention_days == 30
    assert Settings.from_env({"QUESTION_RETENTION_DAYS": "0"}).question_retention_days == 0
    with pytest.raises(SettingsError, match="QUESTION_RETENTION_DAYS must be at least 0"):
        Settings.from_env({"QUESTION_RETENTION_DAYS": "-1"})


def test_docbot_report_json_and_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.sqlite3"

    async def seed() -> None:
        await (await Store.open(db)).close()
        now = time.time()  # the command line reads the real clock
        feedback = Feedback(db, 30, Clock(now - 60))
        await feedback.record_question(not_found("What is the capital of Peru?"), GUILD_A, CHANNEL_A)
        down = await feedback.record_question(answered("Okapi food?", "alpha/okapi.txt"), GUILD_B, CHANNEL_B)
        assert down is not None
        await feedback.vote(down, ALICE, DOWN)
        await Feedback(db, 30, Clock(now - 31 * SECONDS_PER_DAY)).record_question(
            not_found("An expired question?"), GUILD_A, CHANNEL_A
        )

    asyncio.run(seed())
    assert main(["report", "--db", str(db), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {
        "guild",
        "retention_days",
        "since",
        "questions",
        "votes",
        "not_found_count",
        "not_found",
        "voted_down",
        "topics",
    }
    assert (payload["guild"], payload["retention_days"], payload["questions"]) == (None, 30, 2)
    assert payload["votes"] == {"up": 0, "down": 1}
    [missing] = payload["not_found"]
    assert set(missing) == {"question", "times", "last_asked", "guild"}
    assert (missing["question"], missing["times"], missing["guild"]) == ("What is the capital of Peru?", 1, GUILD_A)
    [voted] = payload["voted_down"]
    assert set(voted) == {"question", "asked_at", "guild", "up", "down", "document"}
    assert (voted["document"], voted["down"], voted["guild"]) == ("alpha/okapi.txt", 1, GUILD_B)
    assert payload["topics"] == []
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(2,)]  # the expired one was purged

    assert main(["report", "--db", str(db), "--guild", str(GUILD_A)]) == 0
    text = capsys.readouterr().out
    assert f"Feedback report for server {GUILD_A}" in text and "What is the capital of Peru?" in text
    assert "Okapi food?" not in text and "**" not in text  # plain text, no Discord Markdown

    monkeypatch.setenv("QUESTION_RETENTION_DAYS", "0")
    assert main(["report", "--db", str(db)]) == 0
    assert NOTHING_KEPT in capsys.readouterr().out
    assert rows(db, "SELECT COUNT(*) FROM questions") == [(0,)]

    # A mistyped --db is said, not reported as a server where nobody asked anything, and no database is made there.
    typo = db.with_name("docbto.sqlite3")
    assert main(["report", "--db", str(typo)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"docbot: error: database {typo} does not exist (set --db or DB_PATH); `docbot run` records the questions"
    ]
    assert not typo.exists()


def test_docbot_report_forget_deletes_one_servers_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], isolated: Path
) -> None:
    """A server that removed docbot cannot run /report forget:True any more: its questions stayed for the retention
    (30 days, or whatever QUESTION_RETENTION_DAYS says) with no way to delete them on request."""
    db = tmp_path / "db.sqlite3"

    async def seed() -> None:
        await (await Store.open(db)).close()
        feedback = Feedback(db, 30, Clock(time.time() - 60))
        asked = await feedback.record_question(answered("Okapi food?", "alpha/okapi.txt"), GUILD_A, CHANNEL_A)
        assert asked is not None
        await feedback.vote(asked, ALICE, DOWN)
        await feedback.record_question(not_found("What is the capital of Peru?"), GUILD_B, CHANNEL_B)

    asyncio.run(seed())
    assert main(["report", "--db", str(db), "--forget"]) == 2
    assert "--forget needs --guild ID" in capsys.readouterr().err
    assert main(["report", "--db", str(db), "--guild", str(GUILD_A), "--forget"]) == 0
    assert capsys.readouterr().out == f"Deleted 1 question of server {GUILD_A}, with their votes.\n"
    assert rows(db, "SELECT guild_id FROM questions") == [(GUILD_B,)]
    assert rows(db, "SELECT COUNT(*) FROM votes") == [(0,)]


def test_a_voted_down_document_named_with_a_backtick_keeps_its_code_span() -> None:
    """The report shows a file name between backticks as every other reply does (`code_text`): its backtick becomes
    a quote rather than disappearing from the name."""
    down = DownVoted("Okapi?", START, GUILD_A, up=0, down=2, document="notes/it`s.md")
    report = FeedbackReport(
        guild_id=GUILD_A,
        retention_days=30,
        since=START - 10,
        questions=1,
        up=0,
        down=2,
        not_found=(),
        not_found_count=0,
        voted_down=(down,),
        topics=(),
    )
    text = "\n".join(feedback_pages(report))
    assert "top excerpt from `notes/it's.md`" in text


async def test_one_question_is_forgotten_by_its_id_with_its_votes(db: Path) -> None:
    """A question its member deleted on Discord goes at once, with its votes; the others stay."""
    feedback = Feedback(db, 30, Clock())
    gone = await feedback.record_question(answered("Something private?", "a.txt"), GUILD_A, CHANNEL_A)
    kept = await feedback.record_question(answered("Okapi?", "a.txt"), GUILD_A, CHANNEL_A)
    assert gone is not None and kept is not None
    await feedback.vote(gone, ALICE, DOWN)
    await feedback.vote(kept, BOB, UP)
    with closing(feedback_sql.connect(db)) as connection:
        assert feedback_sql.forget_question(connection, gone) == 1
        assert feedback_sql.forget_question(connection, gone) == 0  # gone already (purged, say)
    assert rows(db, "SELECT id FROM questions") == [(kept,)]
    assert rows(db, "SELECT question_id, user_id FROM votes") == [(kept, BOB)]
    assert await feedback.forget_question(kept) is True
    assert await feedback.forget_question(kept) is False
    assert rows(db, "SELECT COUNT(*) FROM questions") == rows(db, "SELECT COUNT(*) FROM votes") == [(0,)]
    assert (await feedback.report(GUILD_A)).questions == 0


async def test_the_report_reads_each_kept_question_without_its_excerpts(db: Path) -> None:
    """Months of a busy server: the report reads every question kept (100,000 and more in 30 days), and read each
    one's shown excerpts (15 a question) as objects, to name the first one's document for the voted-down ones: +137
    MB at 50,000 questions (bench/soak.py's entry in docs/benchmarks.md). It reads that one document only now, from
    the stored JSON, whatever its name holds."""
    import tracemalloc

    feedback = Feedback(db, 30, Clock())
    odd = 'notes/ökapi "quoted" \\\\ it`s.md'
    disliked = await feedback.record_question(answered("Okapi food?", odd, "other.md"), GUILD_A, CHANNEL_A)
    assert disliked is not None
    await feedback.vote(disliked, ALICE, DOWN)
    count, shown = 3_000, 15
    with closing(feedback_sql.connect(db)) as connection:
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO questions (asked_at, guild_id, channel_id, question, not_found, generation, hits)"
            " VALUES (?, ?, ?, ?, 0, 1, ?)",
            (
                (
                    START - n,
                    GUILD_A,
                    CHANNEL_A,
                    f"Where does okapi number {n % 50} live?",
                    json.dumps([[n * shown + k, f"folder/document-{n}-{k}.md"] for k in range(shown)]),
                )
                for n in range(count)
            ),
        )
        connection.execute("COMMIT")
    tracemalloc.start()
    try:
        report = feedback.report_now(GUILD_A)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.questions == count + 1
    [down] = report.voted_down
    assert (down.question, down.document) == ("Okapi food?", odd)
    # A question's row, its text and its first document: well under 1 KB; its 15 excerpts as objects were ~2 KB more.
    assert peak < count * 1_000, peak
