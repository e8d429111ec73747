"""Records the store returns about actors: what the SQL layer reads, for the actors package to work on.

Plain data: the store sits below `retrieval.actors` and never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass

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
