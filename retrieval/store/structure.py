"""Each sentence's place in its document's structure, stored with it (column `structure`, migration 8).

The ranking decides, when a document is written, two facts about each of its sentences that no question changes
(retrieval/answer/ranking.py `document_structure`): how many sentences back its lead-in stands, and whether it only
points at what follows. The store keeps them in one integer per row, with a third fact of its own: whether the row
starts a run of its document's answerable rows under one section path. Most rows hold none of these (0), so a
snapshot reads only the others, through a partial index, and answers a candidate's section, lead-in and pointer
without reading its row (`StoredStructure`).

Rows written before migration 8, or without facts, lie below the meta key `structure_from`: while one of them is
stored, the snapshot has no stored structure and the ranking reads rows as before.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Iterable, Sequence

from retrieval.models import SentenceRecord
from retrieval.store.reader import ANSWERABLE, meta_value

# The bits of the `structure` column: the pointer flag, the start of a section run, and the lead-in's distance above.
POINTER = 1
SECTION_START = 2
_LEAD_SHIFT = 2

# Rows with an id below this value may lack their facts (meta key).
STRUCTURE_FROM_KEY = "structure_from"

# Rows whose facts are not all 0, in id order: through the partial index, which SQLite would not choose itself for
# the order by id (it scans the whole table instead).
_FLAGGED_QUERY = (
    "SELECT id, structure, section FROM sentences INDEXED BY sentences_structure WHERE structure != 0 ORDER BY id"
)

HEADING = "heading"  # the block kind stored for the section paths but never answered (reader.ANSWERABLE)

SentenceFacts = tuple[int, bool]
"""(how many sentences back the lead-in stands, 0 for none; whether the sentence points at what follows)."""


def encode(records: Sequence[SentenceRecord], facts: Sequence[SentenceFacts] | None) -> list[int]:
    """The `structure` value of each of a document's rows (all 0 without `facts`). A row starts a section run when the
    row before it is not an answerable row of the same section (a heading, or the document's start)."""
    codes: list[int] = []
    previous: SentenceRecord | None = None
    for number, record in enumerate(records):
        code = 0
        if record.kind != HEADING:
            if facts is not None:
                back, pointer = facts[number]
                code = (back << _LEAD_SHIFT) | (POINTER if pointer else 0)
            if previous is None or previous.kind == HEADING or previous.section != record.section:
                code |= SECTION_START
        codes.append(code)
        previous = record
    return codes


class StoredStructure:
    """The stored facts of a snapshot's sentences, by position (row id): read once when the snapshot opens."""

    def __init__(self, rows: Iterable[tuple[int, int, str]]) -> None:
        self._codes: dict[int, int] = {}  # rows with a lead-in or a pointer flag
        # Ids of the rows that start a section run, ascending: a list, as `section` runs ~490 times a question and a
        # bisection of a list takes 0.27 us where one of an array("q") took 0.48 (its items are made ints each time).
        # 32 bytes more an entry: ~6,000 entries at 300,000 sentences, ~20,000 at 1M.
        self._starts: list[int] = []
        self._sections: list[str] = []  # the section path of each run
        interned: dict[str, str] = {}
        for sentence_id, code, section in rows:
            if code & ~SECTION_START:
                self._codes[sentence_id] = code
            if code & SECTION_START:
                self._starts.append(sentence_id)
                self._sections.append(interned.setdefault(section, section))

    def __len__(self) -> int:
        return len(self._codes) + len(self._starts)

    def section(self, position: int) -> str:
        """The section path of the answerable sentence at `position`."""
        run = bisect.bisect_right(self._starts, position) - 1
        return self._sections[run] if run >= 0 else ""

    def runs(self) -> list[tuple[int, str]]:
        """The position starting each run of a document's answerable rows under one section path, and that path."""
        return list(zip(self._starts, self._sections, strict=True))

    def lead_in(self, position: int) -> int | None:
        """The position of the sentence's lead-in, or None."""
        back = self._codes.get(position, 0) >> _LEAD_SHIFT
        return position - back if back else None

    def pointer(self, position: int) -> bool:
        """True for a sentence that points at what follows."""
        return bool(self._codes.get(position, 0) & POINTER)


def load(connection: sqlite3.Connection) -> StoredStructure | None:
    """The stored facts as the connection's transaction sees them; None when a stored sentence lacks them."""
    try:
        written_from = meta_value(connection, STRUCTURE_FROM_KEY)
        if written_from is None:
            return None
        older = connection.execute(
            f"SELECT EXISTS (SELECT 1 FROM sentences s WHERE s.id < ? AND {ANSWERABLE})", (int(written_from),)
        ).fetchone()
        if older[0]:
            return None
        return StoredStructure(connection.execute(_FLAGGED_QUERY))
    except sqlite3.OperationalError:  # a store this docbot has not migrated (read-only, say)
        return None
