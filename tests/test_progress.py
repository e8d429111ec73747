"""The progress of `docbot index` (bot/progress.py): a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import io
from pathlib import Path

from bot.cogs.admin import _Progress
from bot.progress import EmbeddingBar, ProgressBar
from retrieval.answer.embeddings import EmbeddingProgress
from retrieval.ingest.walk import FINDING_ACTORS, SEARCH_INDEX, STORING, ScanProgress
from retrieval.service import AnswerService
from retrieval.store.database import Store


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_terminal_bar_shows_files_sentences_rate_and_time_left() -> None:
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, terminal=True, clock=clock)
    clock.now += 10
    bar(ScanProgress(25, 100, 5_000))
    line = stream.getvalue()
    assert line.startswith("\r[██████░")
    assert "25%" in line and "25/100 files" in line and "5,000 sentences" in line and "500 sentences/s" in line
    assert "0:30 left" in line
    bar(ScanProgress(26, 100, 5_200))  # within the redraw interval: not drawn again
    assert stream.getvalue() == line
    clock.now += 1
    bar(ScanProgress(100, 100, 20_000))
    assert "writing the index…" in stream.getvalue().split("\r")[-1]
    bar.finish()
    assert stream.getvalue().endswith("\r")


def test_the_embedding_bar_counts_sentences_embedded() -> None:
    """The vectors `docbot index` computes after its report: sentences embedded of all, their rate, the time left;
    the same bar and lines as the reading's."""
    stream, clock = io.StringIO(), Clock()
    bar = EmbeddingBar(stream, terminal=True, clock=clock)
    clock.now += 10
    bar(EmbeddingProgress(300, 1_200))
    line = stream.getvalue()
    assert line == "\r[██████░░░░░░░░░░░░░░░░░░]  25% 300/1,200 sentences embedded · 30 sentences/s · 0:30 left"
    bar(EmbeddingProgress(301, 1_200))  # within the redraw interval: not drawn again
    assert stream.getvalue() == line
    bar(EmbeddingProgress(1_200, 1_200))  # the end is always drawn
    assert stream.getvalue().split("\r")[-1].startswith("[████████████████████████] 100% 1,200/1,200 sentences")
    bar.finish()
    plain = io.StringIO()
    quiet = EmbeddingBar(plain, terminal=False, clock=clock)
    clock.now += 6
    quiet(EmbeddingProgress(60, 100))
    assert plain.getvalue() == "embedding: 60/100 sentences embedded, 10 sentences/s, 0:04 left\n"


def test_plain_lines_when_not_a_terminal_and_silence_for_quick_runs() -> None:
    stream, clock = io.StringIO(), Clock()
    quick = ProgressBar(stream, terminal=False, clock=clock)
    quick(ScanProgress(1, 2, 10))
    quick(ScanProgress(2, 2, 20))
    quick.finish()
    assert stream.getvalue() == ""
    slow = ProgressBar(stream, terminal=False, clock=clock)
    clock.now += 6
    slow(ScanProgress(50, 100, 1_000))
    clock.now += 1
    slow(ScanProgress(60, 100, 1_200))  # too soon for another line
    slow(ScanProgress(100, 100, 2_000))  # but the end of reading is always told once lines were shown
    lines = stream.getvalue().splitlines()
    assert lines == [
        "indexing: 50/100 files, 1,000 sentences, 167 sentences/s, 0:06 left",
        "indexing: 100/100 files, 2,000 sentences, 286 sentences/s, writing the index…",
    ]
    assert "\r" not in stream.getvalue()


def test_a_quiet_bar_shows_nothing_for_a_quick_refresh_and_draws_a_long_one() -> None:
    """`docbot ask` refreshes the index first: silent when that is quick, as it is for an unchanged folder, but a
    refresh that reads every document again (after an upgrade: minutes on a large folder) was silent too."""
    stream, clock = io.StringIO(), Clock()
    quick = ProgressBar(stream, terminal=True, clock=clock, quiet_seconds=2.0)
    clock.now += 0.5
    quick(ScanProgress(3, 3, 30))
    quick.finish()
    assert stream.getvalue() == ""
    slow = ProgressBar(stream, terminal=True, clock=clock, quiet_seconds=2.0)
    clock.now += 1.0
    slow(ScanProgress(10, 1_000, 500))
    assert stream.getvalue() == ""
    clock.now += 1.5
    slow(ScanProgress(20, 1_000, 1_000))
    assert "20/1,000 files" in stream.getvalue()
    slow.finish()
    assert stream.getvalue().endswith("\r")


def test_a_log_line_while_the_bar_is_drawn_starts_its_own_line() -> None:
    """A warning logged while `docbot index` drew its bar (a file read with a fallback encoding) was written at the end
    of the bar's line on a terminal."""
    import logging

    stream, clock = io.StringIO(), Clock()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        with ProgressBar(stream, terminal=True, clock=clock) as bar:
            clock.now += 1
            bar(ScanProgress(5, 10, 100))
            drawn = stream.getvalue()
            logging.getLogger("tests.progress").warning("while indexing: a note")
        after = stream.getvalue()[len(drawn) :]
        assert after.startswith("\r" + " " * len(drawn.lstrip("\r")) + "\r")  # the bar cleared first
        assert "while indexing: a note\n" in after
        logging.getLogger("tests.progress").warning("after the bar")
        assert stream.getvalue().endswith("after the bar\n")  # the filter left with the bar
        assert handler.filters == []
    finally:
        root.removeHandler(handler)


def test_the_reindex_reply_says_the_index_is_being_written_once_every_file_is_read() -> None:
    """/reindex's reply said "about 0 s left" through the seconds (minutes, on a large folder) of writing the index
    after the last file was read, as a session against the fake Discord showed; the terminal bar already said it."""
    progress = _Progress()
    progress.update(ScanProgress(3, 10, 120))
    assert "3/10 files" in progress.render() and "left" in progress.render()
    progress.update(ScanProgress(10, 10, 400))
    assert "all 10 files read, 400 sentences; writing the index" in progress.render()
    assert "left" not in progress.render()


async def test_the_sentences_read_are_those_the_report_counts(tmp_path: Path) -> None:
    """Headings were counted as sentences read (a folder of 5,000 one-sentence notes showed 10,000), while the
    report counts the sentences indexed as answers: the last progress line now agrees with the report."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(4):
        (docs / f"note{number}.md").write_text(f"# Note {number}\n\n## Part\n\nThe heron waits. It eats a fish.\n")
    seen: list[ScanProgress] = []
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        report = await AnswerService(store, docs).reindex(progress=seen.append)
    finally:
        await store.close()
    assert report.sentences == 8 and seen[-1][:3] == (4, 4, 8)


def test_one_large_document_moves_the_bar_by_bytes_read() -> None:
    """A folder of one large document stayed at "0/1 files", 0% and no time left until the file was read: the bar,
    the time left and /reindex's reply now go by the bytes of its text read."""
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, terminal=False, clock=clock)
    clock.now += 10
    bar(ScanProgress(0, 1, 40_000, 5_000_000, 20_000_000))
    assert stream.getvalue() == ("indexing: 0/1 files, 5.0/20.0 MB, 40,000 sentences, 4,000 sentences/s, 0:30 left\n")
    terminal = io.StringIO()
    drawn = ProgressBar(terminal, terminal=True, clock=clock)
    drawn(ScanProgress(0, 1, 40_000, 5_000_000, 20_000_000))
    assert "[██████░" in terminal.getvalue() and " 25% " in terminal.getvalue()
    progress = _Progress()
    progress.update(ScanProgress(0, 1, 40_000, 5_000_000, 20_000_000))
    line = progress.render()
    assert "0/1 files (25% of 20.0 MB), 40,000 sentences read" in line and "s left" in line
    progress.update(ScanProgress(0, 1, 0, 0, 20_000_000))  # nothing read yet: no guess
    assert "time left not known yet" in progress.render()


def test_no_time_left_is_guessed_from_the_first_kilobytes_read() -> None:
    """/reindex's reply said "3/1,666 files (0% of 2.3 MB), ..., 3 s elapsed, about 67006 s left" in the first
    seconds of a reindex of 1,666 small files (a session against the fake Discord): the pace of the first few
    kilobytes says nothing yet, and 67,006 seconds read as nothing at all. The guess waits for 1% of the reading, and
    a long one is told in minutes or hours; the terminal bar waits as well."""
    progress = _Progress()
    progress.started -= 3
    progress.update(ScanProgress(3, 1_666, 0, 100, 2_300_000))
    line = progress.render()
    assert "time left not known yet" in line and "s left" not in line
    progress.started -= 600  # 603 s for a quarter: about 30 minutes left
    progress.update(ScanProgress(400, 1_666, 9_000, 575_000, 2_300_000))
    assert "about 30 min left" in progress.render()
    progress.started -= 7_200  # 7,803 s for a quarter: about 7 hours left
    assert "about 7 h left" in progress.render()
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, terminal=False, clock=clock)
    clock.now += 6  # a plain log line's first interval
    bar(ScanProgress(3, 1_666, 0, 100, 2_300_000))
    assert stream.getvalue() == "indexing: 3/1,666 files, 0.0/2.3 MB, 0 sentences, 0 sentences/s\n"


async def test_the_steps_after_the_reading_are_told_with_their_documents(tmp_path: Path) -> None:
    """Once every file was read, a reindex of a big folder spent tens of seconds (about 50 s in hq30's trial, the
    actors most of it) with "writing the index" and no progress at all, on /reindex's reply and `docbot index`. The
    reindex now tells each step through the same callback: the documents stored, the search index, then the actors
    found, with their documents done of all."""
    docs = tmp_path / "docs"
    docs.mkdir()
    names = ["Ines Moreau", "Tobias Lindqvist", "Margarethe Vollmer"]
    for number, name in enumerate(names):
        (docs / f"report{number}.md").write_text(f"# Report {number}\n\n{name} said the harbour would reopen.\n")
    seen: list[ScanProgress] = []
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        report = await AnswerService(store, docs).reindex(progress=seen.append)
    finally:
        await store.close()
    steps = [p.step for p in seen if p.step]
    assert list(dict.fromkeys(steps)) == [STORING, SEARCH_INDEX, FINDING_ACTORS]
    first = next(i for i, p in enumerate(seen) if p.step)
    assert all(p.files_done == p.files_total == len(names) for p in seen[first:])  # all read by then
    assert all(not p.step for p in seen[:first])
    for step in (STORING, FINDING_ACTORS):
        counts = [(p.step_done, p.step_total) for p in seen if p.step == step]
        assert counts[-1] == (len(report.added), len(report.added)), (step, counts)
        assert [done for done, _ in counts] == sorted(done for done, _ in counts)


def test_the_lines_name_the_step_and_its_documents() -> None:
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar(stream, terminal=False, clock=clock)
    clock.now += 10
    bar(ScanProgress(100, 100, 2_000))
    clock.now += 0.5  # within LOG_SECONDS: a new step is drawn all the same
    bar(ScanProgress(100, 100, 2_000, step=STORING, step_done=0, step_total=100))
    clock.now += 0.5
    bar(ScanProgress(100, 100, 2_000, step=SEARCH_INDEX))
    clock.now += 10
    bar(ScanProgress(100, 100, 2_000, step=FINDING_ACTORS, step_done=40, step_total=100))
    assert stream.getvalue().splitlines()[-3:] == [
        f"indexing: 100/100 files, 2,000 sentences, {STORING}: 0/100 documents…",
        f"indexing: 100/100 files, 2,000 sentences, {SEARCH_INDEX}…",
        f"indexing: 100/100 files, 2,000 sentences, {FINDING_ACTORS}: 40/100 documents…",
    ]
    terminal = io.StringIO()
    ProgressBar(terminal, terminal=True, clock=clock)(
        ScanProgress(100, 100, 2_000, step=FINDING_ACTORS, step_done=40, step_total=100)
    )
    assert " 40% " in terminal.getvalue()  # the bar goes by the step's documents
    progress = _Progress()
    progress.update(ScanProgress(10, 10, 400, step=FINDING_ACTORS, step_done=3, step_total=8))
    assert f"all 10 files read, 400 sentences; {FINDING_ACTORS}: 3/8 documents" in progress.render()
    assert "left" not in progress.render()
