"""Records the store returns about actors: what the SQL layer reads, for the actors package to work on.

Plain data: the store sits below `retrieval.actors` and never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from retrieval.models import Source


@dataclass(frozen=True, slots=True)
class StoredActor:
    """An actor as stored, with its counts: row id, display name, kind, aliases, sentences and documents."""

    actor_id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    mentions: int = 0  # sentences that name the actor or in which the actor speaks
    documents: int = 0

    @property
    def row(self) -> ActorRow:
        """The same actor as an `ActorRow`."""
        return (self.actor_id, self.name, self.kind, self.aliases, self.mentions, self.documents)


ActorRow = tuple[int, str, str, tuple[str, ...], int, int]
"""A stored actor as the store reads it for the directory (`read_actor_rows`): actor id, display name, kind, aliases,
mentions and documents, as `StoredActor` holds them. A plain tuple of strings and numbers: the garbage collector stops
tracking it at the first collection that sees it, where a `StoredActor` (a slots object) is tracked for as long as it
lives. At 50,000 actors read again by a reindex, 50,000 of those and their 57,000 lists of aliases were walked by every
full collection meanwhile and brought one on, on the event loop's thread in some runs (docs/benchmarks.md, hl8, hl9).
"""
# Where an `ActorRow` holds each field (Final: indexing with them keeps the field's type), as reader.py names a
# `SentenceRow`'s. A NamedTuple would name them too, but the collector keeps tracking instances of a tuple's subclass.
ACTOR_ID: Final = 0
ACTOR_NAME: Final = 1
ACTOR_KIND: Final = 2
ACTOR_ALIASES: Final = 3
ACTOR_MENTIONS: Final = 4
ACTOR_DOCUMENTS: Final = 5


@dataclass(frozen=True, slots=True)
class ActorSentence:
    """A sentence linked to an actor, as the store gives it for a summary."""

    sentence_id: int
    is_statement: bool
    source: Source
    text: str
    tokens: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RelatedActor:
    """An actor mentioned in the same sentences, and in how many."""

    name: str
    kind: str
    count: int
