"""Learning from the people asking: the questions asked, the 👍/👎 votes under their answers, and the report that
tells admins which documents to add (questions answered "not found", questions voted down, most-asked topics).

Questions are personal data: they are kept `retention_days` (0 keeps none, and then no votes either), purged by
`purge`, wiped per server by `forget` and one by one by `forget_question` (a question its member deleted), and never
logged above DEBUG. Every call runs its SQL in a worker thread on a connection of its own
(retrieval/store/feedback.py), so the event loop never waits on the database.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from retrieval.models import Answer
from retrieval.store.feedback import (
    QuestionRow,
    ShownHit,
    connect,
    connect_to_read,
    forget_guild,
    forget_question,
    insert_question,
    purge_before,
    questions_since,
    set_vote,
)
from retrieval.tokenize import has_letters_or_digits, iter_tokens

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 30
SECONDS_PER_DAY = 86_400.0
UP, DOWN, NO_VOTE = 1, -1, 0
# How many entries each list of a report holds at most.
REPORT_ENTRIES = 50
# A topic is a term found in at least this many of the questions.
TOPIC_MIN_QUESTIONS = 2

Clock = Callable[[], float]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A question as a report lists it: its text, how many times it was asked (same words, any case or spacing), when
    last, and where."""

    question: str
    times: int
    last_asked: float
    guild_id: int | None


@dataclass(frozen=True, slots=True)
class DownVoted:
    """A question whose answer got more 👎 than 👍, with the document of the answer's top excerpt."""

    question: str
    asked_at: float
    guild_id: int | None
    up: int
    down: int
    document: str  # "" when the answer showed no excerpt


@dataclass(frozen=True, slots=True)
class Topic:
    """A word many questions use, in its most frequent spelling, and how many questions use it."""

    word: str
    questions: int


@dataclass(frozen=True, slots=True)
class FeedbackReport:
    """What the questions of the last `retention_days` say: for one server, or every one when `guild_id` is None."""

    guild_id: int | None
    retention_days: int
    since: float
    questions: int
    up: int
    down: int
    not_found: tuple[AskedQuestion, ...]
    not_found_count: int
    voted_down: tuple[DownVoted, ...]
    topics: tuple[Topic, ...]


@dataclass(frozen=True, slots=True)
class VoteResult:
    """What a click did: the member's vote before and after (UP, DOWN or NO_VOTE); `kept` is False when the question
    is no longer kept (purged, forgotten, or recording is off) and nothing was written."""

    before: int
    after: int
    kept: bool = True


class Feedback:
    """Questions and votes in the store at `db_path`, kept `retention_days`; `clock` gives the time (seconds since the
    epoch; tests pass their own)."""

    def __init__(self, db_path: Path, retention_days: int = DEFAULT_RETENTION_DAYS, clock: Clock = time.time) -> None:
        self.db_path = db_path
        self.retention_days = retention_days
        self._clock = clock

    @property
    def recording(self) -> bool:
        """Whether questions (and so votes) are kept at all (QUESTION_RETENTION_DAYS above 0)."""
        return self.retention_days > 0

    def cutoff(self) -> float:
        """The time before which questions are no longer kept."""
        return self._clock() - self.retention_days * SECONDS_PER_DAY

    async def record_question(self, answer: Answer, guild_id: int | None, channel_id: int | None) -> int | None:
        """Record a question asked in a server with the excerpts its answer showed; returns its id, or None when
        questions are not kept."""
        if not self.recording:
            return None
        shown = answer.weak if answer.not_found else answer.hits
        hits = [ShownHit(h.sentence_id, h.source.path) for h in shown]
        asked_at = self._clock()
        question_id = await asyncio.to_thread(
            self._write,
            lambda db: insert_question(db, asked_at, guild_id, channel_id, answer.question, answer.not_found, hits),
        )
        log.debug("recorded question %d: %r", question_id, answer.question)
        return question_id

    async def vote(self, question_id: int, user_id: int, vote: int) -> VoteResult:
        """A member's click on 👍 (UP) or 👎 (DOWN): records that vote, replacing the other one; the same vote again
        withdraws it. One vote per member per answer."""
        result = await asyncio.to_thread(self._vote, question_id, user_id, vote)
        log.info("vote %+d -> %+d on question %d by user %s", result.before, result.after, question_id, user_id)
        return result

    def _vote(self, question_id: int, user_id: int, vote: int) -> VoteResult:
        if not self.recording:
            return VoteResult(NO_VOTE, NO_VOTE, kept=False)
        voted_at = self._clock()
        changed = self._write(lambda db: set_vote(db, question_id, user_id, lambda now: next_vote(now, vote), voted_at))
        if changed is None:
            return VoteResult(NO_VOTE, NO_VOTE, kept=False)
        return VoteResult(*changed)

    async def purge(self) -> int:
        """Delete the questions (and their votes) older than the retention; returns how many went."""
        cutoff = self.cutoff()
        removed = await asyncio.to_thread(self._write, lambda db: purge_before(db, cutoff))
        if removed:
            log.info("purged %d questions older than %d days", removed, self.retention_days)
        return removed

    async def forget(self, guild_id: int) -> int:
        """Delete every question asked in a server and every vote on them; returns how many questions went."""
        removed = await asyncio.to_thread(self._write, lambda db: forget_guild(db, guild_id))
        log.info("forgot %d questions of guild %s", removed, guild_id)
        return removed

    async def forget_question(self, question_id: int) -> bool:
        """Delete one question and its votes (its member deleted it); whether it was still kept."""
        removed = await asyncio.to_thread(self._write, lambda db: forget_question(db, question_id))
        log.info("forgot question %d (deleted by its member)%s", question_id, "" if removed else ": gone already")
        return bool(removed)

    async def report(self, guild_id: int | None = None) -> FeedbackReport:
        """The report of the questions still kept, of one server (every one when None)."""
        return await asyncio.to_thread(self.report_now, guild_id)

    def report_now(self, guild_id: int | None = None) -> FeedbackReport:
        """`report`, in the calling thread."""
        since = self.cutoff()
        with closing(connect_to_read(self.db_path)) as db:
            rows = list(questions_since(db, since, guild_id))
        return build_report(rows, guild_id, self.retention_days, since)

    def _write(self, step: Callable[[sqlite3.Connection], T]) -> T:
        try:
            with closing(connect(self.db_path)) as db:
                return step(db)
        except sqlite3.Error as error:
            # One line (the command line shows warnings on the terminal); the stack only at DEBUG.
            log.warning("feedback could not be written to %s: %s", self.db_path, error)
            log.debug("feedback write failed", exc_info=True)
            raise


def next_vote(current: int, clicked: int) -> int:
    """The vote after a click: the clicked one, or none when it was already the member's vote."""
    return NO_VOTE if current == clicked else clicked


def build_report(
    rows: Sequence[QuestionRow], guild_id: int | None, retention_days: int, since: float
) -> FeedbackReport:
    """The report of `rows` (newest first)."""
    # Emoji or punctuation alone ("🎉", "???") is "not found" too, but no document would answer it: not a gap to fill.
    not_found = [r for r in rows if r.not_found and has_letters_or_digits(r.question)]
    voted_down = [
        DownVoted(r.question, r.asked_at, r.guild_id, r.up, r.down, r.document)
        for r in sorted(rows, key=lambda r: (r.up - r.down, -r.asked_at))
        if r.down > r.up
    ]
    return FeedbackReport(
        guild_id=guild_id,
        retention_days=retention_days,
        since=since,
        questions=len(rows),
        up=sum(r.up for r in rows),
        down=sum(r.down for r in rows),
        not_found=tuple(grouped(not_found)[:REPORT_ENTRIES]),
        not_found_count=len(not_found),
        voted_down=tuple(voted_down[:REPORT_ENTRIES]),
        topics=tuple(topics(r.question for r in rows)),
    )


def grouped(rows: Iterable[QuestionRow]) -> list[AskedQuestion]:
    """Questions asked in the same words (any case or spacing) as one entry, the most asked first, then the latest."""
    entries: dict[str, AskedQuestion] = {}
    for row in rows:  # newest first: the first row of a question is its latest asking
        key = " ".join(row.question.casefold().split())
        seen = entries.get(key)
        if seen is None:
            entries[key] = AskedQuestion(row.question, 1, row.asked_at, row.guild_id)
        else:
            entries[key] = AskedQuestion(seen.question, seen.times + 1, seen.last_asked, seen.guild_id)
    return sorted(entries.values(), key=lambda e: (-e.times, -e.last_asked))


def topics(questions: Iterable[str], limit: int = 15) -> list[Topic]:
    """The informative terms (the tokenizer's: no stop words, stemmed) found in the most questions, each shown in its
    most frequent spelling; terms of a single question are not topics."""
    counts: Counter[str] = Counter()
    spellings: Counter[tuple[str, str]] = Counter()
    for question, times in Counter(questions).items():  # a question asked again is tokenized once
        seen: set[str] = set()
        for token in iter_tokens(question):
            if token.term.isdigit() or len(token.term) < 2:
                continue  # numbers and single letters say nothing of a subject
            spellings[token.term, question[token.start : token.end].casefold() or token.term] += times
            seen.add(token.term)
        for term in seen:
            counts[term] += times
    usual: dict[str, str] = {}
    for (term, spelling), _ in spellings.most_common():
        usual.setdefault(term, spelling)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [Topic(usual[term], n) for term, n in ranked[:limit] if n >= TOPIC_MIN_QUESTIONS]
