"""Progress of `docbot index` (and of a long refresh before `docbot ask`): a bar redrawn in place on a terminal, plain
log lines every few seconds otherwise.

Fed by the reindex's `ProgressCallback` (files done and in all, sentences read, bytes read and to read), called from
the worker thread that reads the files. The bar and the time left go by bytes: a folder of one large document moves
as its text is read, where its files stay at 0 of 1. Once every file is read the reindex stores the documents,
updates the search index and finds the actors (`ScanProgress.step`): the line names the step, with its documents
done of all where it counts them, until the report is printed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Self, TextIO

from retrieval.ingest.walk import ScanProgress

if TYPE_CHECKING:
    from retrieval.answer.embeddings import EmbeddingProgress

BAR_WIDTH = 24
REDRAW_SECONDS = 0.1
LOG_SECONDS = 5.0


# The time left is guessed from the share read so far only once it is at least this: the first files' bytes (3 of
# 1,666 files, a few kilobytes of 2.3 MB, in the first seconds of a reindex) made a 2.3 MB folder "about 67006 s left".
ESTIMATE_FROM_SHARE = 0.01


def seconds_left(elapsed: float, share: float) -> float | None:
    """The seconds a reading `share` done (0 to 1) after `elapsed` seconds still needs at that pace, or None while too
    little is done for a guess (under ESTIMATE_FROM_SHARE)."""
    if share < ESTIMATE_FROM_SHARE or elapsed <= 0:
        return None
    return elapsed * (1 - share) / share


def rough_duration(seconds: float) -> str:
    """A time (left, taken, ago) in words for a chat reply: "40 s", "12 min", "3 h", "9 days" (rounded)."""
    seconds = max(0, round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 120 * 60:
        return f"{round(seconds / 60)} min"
    if seconds < 48 * 3600:
        return f"{round(seconds / 3600)} h"
    return f"{round(seconds / 86400)} days"


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _Bar:
    """A line of progress drawn to `stream` (standard error, so the report on standard output stays clean): redrawn in
    place on a terminal, a log line every few seconds otherwise."""

    def __init__(
        self,
        stream: TextIO,
        terminal: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        quiet_seconds: float = 0.0,
    ) -> None:
        self.stream = stream
        self.terminal = stream.isatty() if terminal is None else terminal
        self._clock = clock
        self._started = clock()
        # Nothing is shown before this: a refresh before `docbot ask` answers shows progress only when it takes long.
        self._quiet_seconds = quiet_seconds
        # Log lines start only after LOG_SECONDS, so a quick index stays silent in scripts and CI logs.
        self._shown_at: float | None = None if self.terminal else self._started
        self._shown = False
        self._width = 0

    def _update(self, finished: bool, render: Callable[[float], str]) -> None:
        """Draw the line `render` makes of the seconds elapsed, unless one was drawn too recently; `finished`: all is
        done (read, or embedded), which is drawn at once."""
        now = self._clock()
        if now - self._started < self._quiet_seconds:
            return
        every = REDRAW_SECONDS if self.terminal else LOG_SECONDS
        finished_now = finished and (self.terminal or self._shown)
        if self._shown_at is not None and now - self._shown_at < every and not finished_now:
            return
        self._shown_at = now
        self._show(render(now - self._started))

    def _line(self, doing: str, share: float, parts: list[str]) -> str:
        if not self.terminal:
            return f"{doing}: " + ", ".join(parts)
        filled = round(share * BAR_WIDTH)
        return f"[{'█' * filled}{'░' * (BAR_WIDTH - filled)}] {share:4.0%} " + " · ".join(parts)

    def _show(self, line: str) -> None:
        self._shown = True
        if self.terminal:
            padding = " " * max(0, self._width - len(line))
            self.stream.write(f"\r{line}{padding}")
            self._width = len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def __enter__(self) -> Self:
        """The bar in use: until the `with` block ends, a log line first clears it, so that a warning logged while
        the bar is drawn starts its own line instead of landing at the end of the bar's."""
        for handler in logging.getLogger().handlers:
            handler.addFilter(self._clear_for_log)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self._clear_for_log)
        self.finish()

    def _clear_for_log(self, record: logging.LogRecord) -> bool:
        self.finish()  # drawn again at the next progress call
        return True

    def finish(self) -> None:
        """Clear the bar (on a terminal) before the report is printed."""
        if self.terminal and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def writing_step(progress: ScanProgress) -> str:
    """What a reindex does once every file is read: its step, with documents done of all where it counts them
    ("storing the documents: 120/1,500 documents"); "writing the index" before the first step is told."""
    if not progress.step:
        return "writing the index"
    if progress.step_total:
        return f"{progress.step}: {progress.step_done:,}/{progress.step_total:,} documents"
    return progress.step


class ProgressBar(_Bar):
    """A `ProgressCallback`: files read of all, their megabytes, sentences and their rate, the time left; then the
    steps that write the index, with their counts."""

    _step = ""

    def __call__(self, progress: ScanProgress) -> None:
        # Drawn at once when reading ends and when a step starts: a step told once (the search index) would
        # otherwise go unseen behind the last count of the one before.
        new_step, self._step = progress.step != self._step, progress.step
        finished = new_step or (progress.files_done >= progress.files_total and not progress.step)
        self._update(finished, lambda elapsed: self.render(progress, elapsed))

    def render(self, progress: ScanProgress, elapsed: float) -> str:
        """One line of progress; with `terminal`, led by a bar (of the step's documents once they are counted)."""
        rate = progress.sentences / elapsed if elapsed > 0 else 0.0
        parts = [f"{progress.files_done:,}/{progress.files_total:,} files"]
        if progress.bytes_total:
            parts.append(f"{megabytes(progress.bytes_done)}/{megabytes(progress.bytes_total)} MB")
        parts.append(f"{progress.sentences:,} sentences")
        if not progress.step:  # the reading's rate: it would fall on through the steps that write
            parts.append(f"{rate:,.0f} sentences/s")
        share = progress.share
        if progress.step_total:
            share = progress.step_done / progress.step_total
        if progress.step or (progress.files_total and progress.files_done >= progress.files_total):
            parts.append(f"{writing_step(progress)}…")
        elif (left := seconds_left(elapsed, share)) is not None:
            parts.append(f"{_duration(left)} left")
        return self._line("indexing", share, parts)


class EmbeddingBar(_Bar):
    """Progress of the stored vectors `docbot index` computes after its report (an `EmbeddingCallback`)."""

    def __call__(self, progress: EmbeddingProgress) -> None:
        done, total = progress.done, progress.total
        self._update(done >= total, lambda elapsed: self.render(done, total, elapsed))

    def render(self, done: int, total: int, elapsed: float) -> str:
        """One line: sentences embedded of all, their rate and the time left; with `terminal`, led by a bar."""
        rate = done / elapsed if elapsed > 0 else 0.0
        parts = [f"{done:,}/{total:,} sentences embedded", f"{rate:,.0f} sentences/s"]
        if done and total > done and rate > 0:
            parts.append(f"{_duration((total - done) / rate)} left")
        return self._line("embedding", done / total if total else 0.0, parts)


def megabytes(size: int) -> str:
    """A size in MB with one decimal ("0.4", "12.0", "1,024.0")."""
    return f"{size / 1_000_000:,.1f}"


def reindex_line(last: ScanProgress, elapsed: float, waiting: bool = False) -> str:
    """A reindex's progress in one chat line, `elapsed` seconds in (`/reindex`'s reply, `/status`); `waiting`: it has
    not started, another process writes the database."""
    if waiting:
        return f"Reindexing… waiting for another docbot process to finish writing the database ({elapsed:.0f} s)."
    if not last.files_total:
        return f"Reindexing… ({elapsed:.0f} s)"
    if last.step or last.files_done >= last.files_total:  # not "about 0 s left" through minutes of writing
        return (
            f"Reindexing… all {last.files_total:,} files read, {last.sentences:,} sentences; "
            f"{writing_step(last)}, {elapsed:.0f} s elapsed."
        )
    share = last.share
    seconds = seconds_left(elapsed, share)
    left = "time left not known yet" if seconds is None else f"about {rough_duration(seconds)} left"
    # By bytes: a folder of one large document stays at 0 of 1 files while its text is read.
    read = f" ({share:.0%} of {megabytes(last.bytes_total)} MB)" if last.bytes_total else ""
    return (
        f"Reindexing… {last.files_done:,}/{last.files_total:,} files{read}, {last.sentences:,} sentences read, "
        f"{elapsed:.0f} s elapsed, {left}."
    )
