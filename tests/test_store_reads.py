"""Reads of sentence rows by id (retrieval/store/reader.py `sentences_by_id`, what the on-disk corpus reads a
question's rows with): the same sentences as `indexed_sentence` makes of the same rows, headings and missing ids left
out, however many ids are asked at once."""

from __future__ import annotations

import random
from pathlib import Path

from retrieval.models import IndexedSentence
from retrieval.service import AnswerService
from retrieval.store import reader
from retrieval.store.database import Store

WORDS = ["kiln", "glaze", "clay", "wheel", "slip", "bisque", "cone", "shelf", "wedge", "trim", "stoneware", "ash"]


def page(rng: random.Random) -> str:
    blocks = [f"# {rng.choice(WORDS).title()} notes"]
    for number in range(rng.randint(6, 12)):
        if number % 4 == 3:
            blocks.append(f"## {rng.choice(WORDS).title()} {rng.choice(WORDS)}")
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))).capitalize() + "." for _ in range(4)]
        blocks.append(" ".join(sentences))
    return "\n\n".join(blocks) + "\n"


async def test_sentences_by_id_reads_what_indexed_sentence_makes_of_the_rows(tmp_path: Path) -> None:
    rng = random.Random(7)
    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(40):
        (docs / f"page{number}.md").write_text(page(rng), encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    async with await Store.open(db) as store:
        await AnswerService(store, docs, engine="tantivy", reranker=None).reindex()
    connection = reader.connect_readonly(db)
    try:
        rows = connection.execute(f"SELECT {reader.SENTENCE_COLUMNS}, s.kind FROM sentences s ORDER BY s.id").fetchall()
        expected = {r[0]: reader.indexed_sentence(r[:-1]) for r in rows if r[-1] != "heading"}
        assert len(expected) > reader._PARAMETERS  # more ids than one statement takes
        headings = [r[0] for r in rows if r[-1] == "heading"]
        assert headings
        asked = [*expected, *headings, max(expected) + 10, -1]
        rng.shuffle(asked)
        found = reader.sentences_by_id(connection, asked)
        assert len(found) == len(expected)
        # plain tuples (`reader.SentenceRow`), an IndexedSentence's fields in its order
        assert all(type(s) is tuple for s in found)
        assert {s[0]: IndexedSentence(*s) for s in found} == expected
        assert all(type(s[5]) is tuple and s[5] for s in found)
        assert reader.sentences_by_id(connection, []) == []
    finally:
        connection.close()
