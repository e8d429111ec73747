"""Questions about the stored actors: look-up by name or alias, suggestions, autocomplete (`ActorDirectory`), and
the summary of one actor (`summarize`)."""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import fuzz, process

from retrieval.actors.facts import PERSON
from retrieval.actors.lexicon import ADJECTIVE_FORM, fold, load_lexicon, name_key
from retrieval.models import Source
from retrieval.store.records import (
    ACTOR_ALIASES,
    ACTOR_DOCUMENTS,
    ACTOR_ID,
    ACTOR_KIND,
    ACTOR_MENTIONS,
    ACTOR_NAME,
    ActorRow,
    ActorSentence,
    RelatedActor,
    StoredActor,
)
from retrieval.textsim import jaccard
from retrieval.tokenize import has_letters_or_digits


@dataclass(frozen=True, slots=True)
class ActorQuote:
    """A sentence quoted verbatim in a summary, with where it stands."""

    text: str
    source: Source
    sentence_id: int


@dataclass(frozen=True, slots=True)
class ActorListing:
    """One line of the actors list."""

    name: str
    kind: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """What the documents say about an actor and what the actor says."""

    name: str
    kind: str
    aliases: tuple[str, ...]  # other names seen, the display name left out
    mentions: int
    documents: int
    statements: tuple[ActorQuote, ...]  # in reading order, without repeats
    mentioned_in: tuple[ActorQuote, ...]  # most informative first, without statements or near duplicates
    related: tuple[RelatedActor, ...]  # most frequent first


NEAR_DUPLICATE = 0.8  # token-set Jaccard similarity from which two sentences count as one
_SHORT_SENTENCE = 5


class ActorDirectory:
    """The stored actors by name and alias: look-up, "did you mean" and autocomplete. Immutable once built.

    Held as columns (tuples of strings, arrays of numbers), with look-up tables from keys to ranks, not as 50,000
    `StoredActor` objects and lists of them: the directory read again after a reindex is built after start-up's
    `gc.freeze()` (bot/client.py), so every full garbage collection walks what it holds that is tracked, and the
    previous one is freed on the event loop's thread. Strings, numbers and tuples of them are not tracked once a
    collection has seen them: a handful of containers to walk rather than ~130,000 (at 50,000 actors each full
    collection ~50 ms longer, holding the event loop), and fewer objects to free (docs/benchmarks.md)."""

    def __init__(self, actors: Iterable[ActorRow | StoredActor]) -> None:
        # Rows as the store reads them (`read_actor_rows`), untracked by the collector, or `StoredActor`s.
        rows = (actor if isinstance(actor, tuple) else actor.row for actor in actors)
        ordered = sorted((row for row in rows if row[ACTOR_MENTIONS] > 0), key=_most_mentioned_first)
        self._ids = array("q", (row[ACTOR_ID] for row in ordered))
        self._names = tuple(row[ACTOR_NAME] for row in ordered)
        self._kinds = tuple(row[ACTOR_KIND] for row in ordered)
        # Every actor's aliases in one tuple, actor after actor (50,000 small tuples took 10 ms to free).
        self._aliases = tuple(alias for row in ordered for alias in row[ACTOR_ALIASES])
        self._alias_ends = array("q", accumulate(len(row[ACTOR_ALIASES]) for row in ordered))
        self._mentions = array("q", (row[ACTOR_MENTIONS] for row in ordered))
        self._documents = array("q", (row[ACTOR_DOCUMENTS] for row in ordered))
        # Each name key's most mentioned actor (the one a shared alias finds), by rank: the first to claim it.
        self._keys: dict[str, int] = {}
        self._surnames: dict[str, int] = {}  # "boateng" → Kofi Boateng
        # Autocomplete's three tiers (the display name, the aliases, any word of either) as sorted keys beside their
        # actors' ranks, searched by prefix with bisect. A Python scan of every actor took 0.4 s a keystroke at 50,000.
        tiers: tuple[set[tuple[str, int]], ...] = (set(), set(), set())
        for rank, row in enumerate(ordered):
            kind = row[ACTOR_KIND]
            names = (row[ACTOR_NAME], *row[ACTOR_ALIASES])
            for alias in names:
                for key in (_lookup_key(alias), " ".join(name_key(alias))):
                    if key:
                        self._keys.setdefault(key, rank)
                words = name_key(alias)
                if kind == PERSON and len(words) > 1:
                    self._surnames.setdefault(words[-1], rank)
            lookup = [_lookup_key(n) for n in names]
            tiers[0].add((lookup[0], rank))
            tiers[1].update((k, rank) for k in lookup[1:])
            tiers[2].update((word, rank) for k in lookup for word in k.split())
        self._tiers = tuple(
            (_SortedKeys([key for key, _ in pairs]), array("q", (rank for _, rank in pairs)))
            for pairs in (sorted(tier) for tier in tiers)
        )
        self._key_list = tuple(self._keys)
        load_lexicon()  # read once here (in the worker that builds the directory), not at the first look-up

    def __len__(self) -> int:
        return len(self._names)

    def _actor(self, rank: int) -> StoredActor:
        return StoredActor(
            self._ids[rank],
            self._names[rank],
            self._kinds[rank],
            self._aliases[self._alias_ends[rank - 1] if rank else 0 : self._alias_ends[rank]],
            self._mentions[rank],
            self._documents[rank],
        )

    def listing(self) -> list[ActorListing]:
        """Every actor with its mention and document counts, most mentioned first."""
        return [
            ActorListing(name, kind, mentions, documents)
            for name, kind, mentions, documents in zip(
                self._names, self._kinds, self._mentions, self._documents, strict=True
            )
        ]

    def resolve(self, name: str) -> StoredActor | None:
        """The actor called `name`: its name or an alias, in any case or accents, leading titles and country
        adjectives and a possessive ignored ("Turkish President Erdoğan's" finds Recep Tayyip Erdogan). The most
        mentioned actor wins a shared alias."""
        candidates = [name, _without_possessive(name)]
        words = candidates[-1].split()
        lexicon = load_lexicon()
        while len(words) > 1 and (
            lexicon.has("titles", words[0]) or lexicon.phrases.get((words[0],), ("", ""))[1] == ADJECTIVE_FORM
        ):
            words = words[1:]  # "Turkish President Recep Tayyip Erdogan"
            candidates.append(" ".join(words))
        for candidate in candidates:
            for key in (_lookup_key(candidate), " ".join(name_key(candidate))):
                found = self._keys.get(key)
                if found is not None:
                    return self._actor(found)
        for candidate in candidates:
            by_surname = self._surnames.get(" ".join(name_key(candidate)))
            if by_surname is not None:
                return self._actor(by_surname)
        return None

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Actor names close to `name` (a possessive ignored, as `resolve` ignores it), for "did you mean"."""
        # "Tehran's" was offered nothing where "Tehran" gets Iran: the "'s" counted against every close name
        name = _without_possessive(name)
        # No letter or digit ("🎉", "???"): nothing is close to it; `complete` would list the most mentioned.
        if not has_letters_or_digits(name):
            return []
        # A suggestion must be plausible: a name starting with what was typed or sharing a word with it, or a close
        # spelling of the whole name or of one of its words. "perttu ahola" offered "Portugal" (autocomplete's 60
        # shares only letters); better "no actor named X" than a wrong "did you mean".
        query = _lookup_key(name)
        words = [word for word in query.split() if len(word) >= _SHARED_WORD]
        shared = self._sharing_a_word(words)
        close = (c for c in self.complete(name, limit * 2) if any(_plausible(query, n) for n in self._called(c)))
        result: list[str] = []
        for candidate in (*close, *shared):
            if len(result) >= limit:
                break
            if candidate not in result:
                result.append(candidate)
        return result

    def _called(self, name: str) -> tuple[str, ...]:
        """The display name `name` and its actor's aliases (autocomplete may have found it by an alias)."""
        rank = self._names.index(name)
        return (name, *self._aliases[self._alias_ends[rank - 1] if rank else 0 : self._alias_ends[rank]])

    def _sharing_a_word(self, words: Sequence[str]) -> list[str]:
        """The names with a word equal to one of `words` (autocomplete's word tier), the most mentioned first."""
        keys, ranks = self._tiers[2]
        found: set[int] = set()
        for word in words:
            start, end = keys.bisect(word), keys.bisect(word + " ")
            found.update(ranks[start:end])
        return [self._names[rank] for rank in sorted(found)]

    def complete(self, query: str, limit: int = 25) -> list[str]:
        """Autocomplete: names whose name or an alias starts with `query`, then with a word starting with it, then
        close spellings (rapidfuzz's ratio, as difflib's from 0.6); the most mentioned first within each. An empty
        query lists the most mentioned."""
        if limit <= 0:
            return []
        key = _lookup_key(query)
        if not key:
            return list(self._names[:limit])
        result: list[str] = []

        def take(names: Iterable[str]) -> None:
            for candidate in names:
                if len(result) >= limit:
                    return
                if candidate not in result:
                    result.append(candidate)

        for keys, ranks in self._tiers:
            if len(result) >= limit:
                break
            start, end = keys.bisect(key), keys.bisect(key + "\U0010ffff")
            take(self._names[rank] for rank in sorted(set(ranks[start:end])))
        if len(result) < limit:
            close = process.extract(key, self._key_list, scorer=fuzz.ratio, limit=limit * 2, score_cutoff=60)
            take(self._names[self._keys[match]] for match, _, _ in close)
        return result


class _SortedKeys:
    """Sorted strings held as one string and where each ends: ~120,000 autocomplete words as that many string objects
    took 8-11 ms to free, on the event loop's thread when a reindex replaces the directory."""

    def __init__(self, keys: Sequence[str]) -> None:
        self._text = "".join(keys)
        self._ends = array("q", accumulate(len(key) for key in keys))

    def _key(self, index: int) -> str:
        return self._text[self._ends[index - 1] if index else 0 : self._ends[index]]

    def bisect(self, key: str) -> int:
        """Where `key` would go: the index of the first key not less than it (`bisect.bisect_left`)."""
        return bisect_left(range(len(self._ends)), key, key=self._key)


_SHARED_WORD = 3  # letters a query word needs to count as shared with a name ("al" shares nothing)
SUGGEST_WHOLE = 75  # rapidfuzz ratio from which a whole name is a close spelling ("putn"/"putin" 89)
SUGGEST_WORD = 80  # and one word of it ("merkle"/"merkel" 83; "perttu ahola"/"portugal" 60, "perttu" 57: not)


def _plausible(query: str, name: str) -> bool:
    """Whether `name` is a plausible "did you mean" for the lookup key `query`: it starts with it, or a word of it
    does, or the whole name or one of its words is a close spelling of the query or one of its words."""
    key = _lookup_key(name)
    if key.startswith(query) or any(word.startswith(query) for word in key.split()):
        return True
    if fuzz.ratio(query, key) >= SUGGEST_WHOLE:
        return True
    return any(
        fuzz.ratio(asked, word) >= SUGGEST_WORD
        for asked in query.split()
        if len(asked) >= _SHARED_WORD
        for word in key.split()
    )


def _without_possessive(name: str) -> str:
    """`name` stripped, without a closing possessive "'s" ("Erdoğan's" → "Erdoğan")."""
    return re.sub(r"['’]s\s*$", "", name.strip())


def summarize(
    actor: StoredActor,
    sentences: Sequence[ActorSentence],
    related: Sequence[RelatedActor],
    document_frequency: Callable[[str], int],
    corpus_size: int,
    mentioned_limit: int = 10,
) -> ActorSummary:
    """The summary of one actor from its linked sentences (in reading order) and co-occurring actors.

    Statements come in reading order. The other sentences are ranked by how much they say: the IDF weight of their
    distinct terms per square root of their number (rare words in a sentence of fair length), very short ones
    halved, ties in reading order; a sentence equal to one already shown, or nearly (token Jaccard ≥ 0.8), is left
    out.
    """
    statements: list[ActorQuote] = []
    seen: set[str] = set()
    for sentence in sentences:
        if sentence.is_statement:
            key = " ".join(sentence.text.casefold().split())
            if key not in seen:
                seen.add(key)
                statements.append(ActorQuote(sentence.text, sentence.source, sentence.sentence_id))
    size = max(corpus_size, 1)

    def informativeness(sentence: ActorSentence) -> float:
        terms = set(sentence.tokens)
        if not terms:
            return 0.0
        weight = sum(math.log((size + 1) / max(document_frequency(t), 1)) for t in terms)
        return weight / math.sqrt(len(terms)) * (0.5 if len(terms) < _SHORT_SENTENCE else 1.0)

    order = {s.sentence_id: i for i, s in enumerate(sentences)}
    others = [s for s in sentences if not s.is_statement]
    ranked = sorted(others, key=lambda s: (-round(informativeness(s), 9), order[s.sentence_id]))
    chosen: list[ActorQuote] = []
    chosen_terms: list[frozenset[str]] = []
    for sentence in ranked:
        if len(chosen) >= mentioned_limit:
            break
        key = " ".join(sentence.text.casefold().split())
        terms = frozenset(sentence.tokens)
        if key in seen or any(jaccard(terms, other) >= NEAR_DUPLICATE for other in chosen_terms):
            continue
        seen.add(key)
        chosen.append(ActorQuote(sentence.text, sentence.source, sentence.sentence_id))
        chosen_terms.append(terms)
    return ActorSummary(
        name=actor.name,
        kind=actor.kind,
        aliases=tuple(a for a in actor.aliases if a != actor.name),
        mentions=actor.mentions,
        documents=actor.documents,
        statements=tuple(statements),
        mentioned_in=tuple(chosen),
        related=tuple(sorted(related, key=lambda r: (-r.count, r.name.casefold(), r.name))),
    )


def _most_mentioned_first(row: ActorRow) -> tuple[int, str, str]:
    """The directory's order: most mentioned first, then by name in any case (the name as written breaks ties)."""
    name = row[ACTOR_NAME]
    return (-row[ACTOR_MENTIONS], name.casefold(), name)


@lru_cache(maxsize=200_000)
def _lookup_key(text: str) -> str:
    # Empty exactly when `has_letters_or_digits` is False (tests/test_actors.py checks every code point).
    folded = fold(text).replace(".", "")
    # Quotes and dashes only inside a word ("O'Brien", "Al-Assad"): a query typed as "'Pu" or "-Putin" is "pu" and
    # "putin"; "_" is punctuation to a member, not a letter (autocomplete offered nothing for it).
    words = (word.strip("'-") for word in re.sub(r"[^\w\s\-']|_", " ", folded).split())
    return " ".join(word for word in words if word)
