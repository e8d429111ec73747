"""The three steps over a whole corpus at once (`find_actors`): what the store's incremental upkeep must equal."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from retrieval.actors.analysis import analyse_document
from retrieval.actors.facts import NEWS_DOCUMENT, PROSE_DOCUMENT, short_as_news
from retrieval.actors.lexicon import Lexicon, load_lexicon
from retrieval.actors.link import document_resolution, link_document
from retrieval.actors.merge import FoundActor, decide_actors


class SentenceLike(Protocol):
    """What actor finding reads of a sentence (`IndexedSentence` fits)."""

    @property
    def sentence_id(self) -> int: ...

    @property
    def document_id(self) -> int: ...

    @property
    def paragraph(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ActorLink:
    """An actor appears in a sentence (by name, or as the speaker of a continuation), speaking or not."""

    actor: int  # index into ActorAnalysis.actors
    sentence_id: int
    is_statement: bool


@dataclass(frozen=True, slots=True)
class ActorAnalysis:
    """Every actor of a corpus and the sentences they appear and speak in."""

    actors: tuple[FoundActor, ...]
    links: tuple[ActorLink, ...]


def find_actors(sentences: Sequence[SentenceLike], lexicon: Lexicon | None = None) -> ActorAnalysis:
    """Find the actors of a corpus given in reading order (document by document, paragraph, sentence)."""
    lexicon = lexicon or load_lexicon()
    documents = [list(group) for _, group in itertools.groupby(sentences, key=lambda s: s.document_id)]
    facts = [
        analyse_document([s.text for s in document], [s.paragraph for s in document], lexicon) for document in documents
    ]
    known = frozenset(word for document in facts for word in document.words)
    names = (row for document in facts for row in document.names)
    keys = [document.keys for document in facts]
    short = short_as_news(
        sum(NEWS_DOCUMENT in document.words for document in facts),
        sum(PROSE_DOCUMENT in document.words for document in facts),
    )
    decided = decide_actors(names, known, lexicon, keys, short_as_news=short).actors
    resolve = {key: index for index, actor in enumerate(decided) for key in actor.keys}
    kinds = [actor.actor.kind for actor in decided]
    links: dict[tuple[int, int], bool] = {}
    for document, document_facts, document_keys in zip(documents, facts, keys, strict=True):
        # a surname alone goes to the full name its own document gives it
        resolved = document_resolution(document_keys, resolve, kinds)
        for sentence, found in zip(document, link_document(document_facts.sentences, resolved, kinds), strict=True):
            for actor, statement in found.items():
                links[(actor, sentence.sentence_id)] = statement or links.get((actor, sentence.sentence_id), False)
    # Drop actors left without links and renumber (`decided` is in name order already).
    used = sorted({actor for actor, _ in links})
    renumber = {old: new for new, old in enumerate(used)}
    return ActorAnalysis(
        actors=tuple(decided[a].actor for a in used),
        links=tuple(
            ActorLink(renumber[actor], sentence_id, statement)
            for (actor, sentence_id), statement in sorted(links.items(), key=lambda item: (item[0][1], item[0][0]))
        ),
    )
