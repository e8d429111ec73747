"""The terms each document mentions outside its answers (migration 9): its title, headings and meta blocks.

Title pages, bylines, captions and contents are never answers (retrieval/ingest/structure.py, `BlockKind` "meta"),
and headings only give sections, so no engine indexes them. But a question naming a book's author, who stands only on
its title page, must not be told that the documents never mention them (`answering.unmentioned_names` asks the
engine view's `holds_any`). Each document's terms are written with it, in the same transaction, one row a document;
a snapshot loads them all, term by term with the collections that mention it (`MentionedTerms`), so that a question
limited to some collections learns nothing of the others.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from retrieval.store.reader import COLLECTION_SQL

# Table `document_mentions` (migration 9, database.py): a document's mentioned terms, joined by spaces.
INSERT = "INSERT OR REPLACE INTO document_mentions (document_id, terms) VALUES (?, ?)"

_LOAD_QUERY = f"SELECT {COLLECTION_SQL}, m.terms FROM document_mentions m JOIN documents d ON d.id = m.document_id"


def row(document_id: int, terms: Sequence[str]) -> tuple[int, str]:
    """The `INSERT` parameters of one document's terms."""
    return document_id, " ".join(terms)


class MentionedTerms:
    """Every stored document's mentioned terms, each with the collections whose documents mention it."""

    def __init__(self, rows: Iterable[tuple[str, str]] = ()) -> None:
        """`rows` are (collection, terms joined by spaces)."""
        by_term: dict[str, set[str]] = {}
        for collection, terms in rows:
            for term in terms.split():
                by_term.setdefault(term, set()).add(collection)
        # One frozenset per distinct set of collections: most terms share a handful.
        shared: dict[frozenset[str], frozenset[str]] = {}
        self._collections: dict[str, frozenset[str]] = {}
        for term, collections in by_term.items():
            key = frozenset(collections)
            self._collections[term] = shared.setdefault(key, key)

    def __len__(self) -> int:
        return len(self._collections)

    def holds_any(self, terms: Iterable[str], scope: frozenset[str] | None = None) -> bool:
        """True when a document (of the collections in `scope`; all when None) mentions one of `terms`."""
        for term in terms:
            collections = self._collections.get(term)
            if collections is not None and (scope is None or not collections.isdisjoint(scope)):
                return True
        return False


def load(connection: sqlite3.Connection) -> MentionedTerms:
    """The mentioned terms of the store read through `connection` (in the caller's read transaction)."""
    return MentionedTerms((str(collection), str(terms)) for collection, terms in connection.execute(_LOAD_QUERY))
