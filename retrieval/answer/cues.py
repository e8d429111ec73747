"""Answer cues: what kind of answer a question asks for, and whether a sentence holds one.

"When ...?" is answered by a sentence with a date, "How many ...?" by one with a number, "Why ...?" by one that gives
a reason. Among sentences about the same thing, the one holding the kind of answer asked for is the answer more
often than the one that only repeats the question's words ("Why does a server need time synchronization?": "Some
authentication protocols, such as Kerberos, will not function if the time differential ..." over "Servers should
synchronize their clocks"). English questions only: the patterns are English words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AnswerCue:
    """A kind of answer (`name`) and the pattern a sentence holding one matches."""

    name: str
    answer: re.Pattern[str]

    def held_by(self, text: str) -> bool:
        """True when `text` holds an answer of this kind."""
        return bool(self.answer.search(text))


# The question word may follow a short opening ("And why ...", "In SQL, how many ...").
_OPENING = r"^\W*(?:\w+\W+){0,3}?"

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

DATE = AnswerCue(
    "date",
    re.compile(
        rf"\b(?:1\d{{3}}|20\d{{2}}|\d{{3,4}}s|\d{{1,2}}(?:st|nd|rd|th)[- ]centur(?:y|ies)|{_MONTHS})\b"
        r"|\b(?:AD|BC|BCE|CE)\b\s*\d{1,4}|\b\d{1,4}\s*(?:AD|BC|BCE|CE)\b"
    ),
)

QUANTITY = AnswerCue(
    "quantity",
    re.compile(
        r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
        r"fifty|hundred|thousand|million|billion|dozen|half)\b",
        re.IGNORECASE,
    ),
)

REASON = AnswerCue(
    "reason",
    re.compile(
        r"\b(?:because|since|so that|in order to|due to|reason|otherwise|to (?:prevent|avoid|ensure|allow|make sure))\b"
        r"|, so\b",
        re.IGNORECASE,
    ),
)

# Each cue with the questions that ask for it; the first that matches wins.
_ASKS: tuple[tuple[re.Pattern[str], AnswerCue], ...] = (
    (
        re.compile(
            r"^\W*(?:when\b|(?:in|during|by|since|until)?\s*(?:what|which)\s+(?:year|century|decade|date|day|month)s?\b)",
            re.IGNORECASE,
        ),
        DATE,
    ),
    (re.compile(_OPENING + r"how\s+(?:many|much|long|old|big|large|often|far|high|fast)\b", re.IGNORECASE), QUANTITY),
    (re.compile(_OPENING + r"why\b", re.IGNORECASE), REASON),
)


def answer_cue(question: str) -> AnswerCue | None:
    """The kind of answer the question asks for, if it is one a sentence's words can show."""
    for asks, cue in _ASKS:
        if asks.search(question):
            return cue
    return None
