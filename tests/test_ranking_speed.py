"""Speed-only changes to the lexical ranking give the rankings of the code they replace: `_with_structure` looks for
a lead-in only where a lexical hit is within `LEAD_IN_REACH` sentences before (issue 13)."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from retrieval.answer import ranking
from retrieval.answer.ranking import rank_sentences
from retrieval.index.engine import RankBM25Engine
from retrieval.ingest.formats.blocks import CELL_SEPARATOR
from retrieval.models import IndexedSentence
from retrieval.tokenize import tokenize

WORDS = [
    "server",
    "clock",
    "password",
    "list",
    "kerberos",
    "time",
    "drift",
    "breach",
    "table",
    "release",
    "support",
    "notes",
    "war",
    "law",
    "heaven",
]


def corpus(rng: random.Random) -> list[IndexedSentence]:
    """Documents of plain paragraphs, lists under a lead-in ending in ':', tables with a header row, questions and
    paragraphs opening with a pronoun, in random order."""
    rows: list[tuple[int, int, str, str]] = []  # document, paragraph, section, text
    for document in range(1, 6):
        paragraph = 0
        for _ in range(rng.randint(3, 12)):
            paragraph += 1
            section = rng.choice(["", "Time", "Hardening › Passwords", "Release notes"])
            kind = rng.random()

            def sentence(end: str = ".") -> str:
                return " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 8))).capitalize() + end

            if kind < 0.2:
                rows.append((document, paragraph, section, sentence(":")))
                for _ in range(rng.randint(1, 5)):
                    paragraph += 1
                    rows.append((document, paragraph, section, sentence()))
            elif kind < 0.3:
                rows.append((document, paragraph, section, CELL_SEPARATOR.join(["Release", "Support ends", "Notes"])))
                for _ in range(rng.randint(1, 4)):
                    paragraph += 1
                    cells = [sentence(), str(rng.randint(1, 9)), sentence()]
                    rows.append((document, paragraph, section, CELL_SEPARATOR.join(cells)))
            else:
                opening = rng.choice(["", "These are: ", "It ", "Why "])
                for number in range(rng.randint(1, 4)):
                    text = sentence("?" if rng.random() < 0.15 else ".")
                    rows.append((document, paragraph, section, opening + text if number == 0 else text))
    indexed = []
    for position, (document, paragraph, section, text) in enumerate(rows):
        number = 1 + sum(1 for row in rows[:position] if row[:2] == (document, paragraph))
        indexed.append(IndexedSentence(position, document, paragraph, number, text, tuple(tokenize(text)), section))
    return indexed


class Prefetching(list[IndexedSentence]):
    """A corpus that reads ahead, as the on-disk one does (`fetch` gives the rows with these positions)."""

    def fetch(self, ids: Sequence[int]) -> dict[int, IndexedSentence]:
        return {i: self[i] for i in ids if 0 <= i < len(self)}


def rankings(indexed: list[IndexedSentence], questions: list[str]) -> list[list[tuple[int, float, tuple[str, ...]]]]:
    engine = RankBM25Engine([s.tokens for s in indexed])
    out = []
    for question in questions:
        for limit in (3, 10, 40):
            result = rank_sentences(question, tokenize(question), indexed, engine, None, limit)
            out.append([(r.position, r.score, r.context_terms) for r in result])
    return out


@pytest.mark.parametrize("seed", range(12))
def test_lead_ins_looked_for_only_near_a_hit_rank_as_before(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    indexed = corpus(rng)
    questions = [" ".join(rng.sample(WORDS, rng.randint(1, 4))) for _ in range(15)]
    faster = rankings(indexed, questions)
    faster_prefetching = rankings(Prefetching(indexed), questions)
    # As before: every candidate's lead-in looked for, whether or not a hit is near.
    monkeypatch.setattr(ranking, "_hit_before", lambda hits, position: True)
    everywhere = rankings(indexed, questions)
    assert faster == everywhere
    assert faster_prefetching == everywhere
    assert any(context for ranked in everywhere for _, _, context in ranked)  # lead-ins did count
