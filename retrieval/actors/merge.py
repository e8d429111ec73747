"""Corpus-wide merging: the name counts of the whole corpus decided into actors (`decide_actors`).

The names of the corpus form a graph. Each group of name forms sharing a merge key (a "name") has at most two
edges, decided by `name_edges` from the name itself and a few names it may join: a shorter person-like name
joins the most mentioned longer person-like name that ends with it ("Rouhani" → "Hassan Rouhani"), or a one-word
name the two-word name it starts ("Wang" → "Wang Yi"); a one-word name with no such match joins the only
organisation its word starts ("Amnesty" → "Amnesty International"); an acronym joins the only name whose
initials it spells ("UN" → "United Nations"). A one-word name joins a person only when every document using it
names that person (`NameIndex.documents`; within one document `link.document_resolution` gives a surname to the
full name that document names), except a known given name that speaks or is written as a person, which joins the
only person of the corpus it opens (a blog's "Rebecca pointed out"). Actors are the connected components, each
decided from its names' summed counts (`decide_component`) and identified by its root: its longest key (the
greatest among equals). `decide_actors` does it all at once; `refresh` keeps the edges and roots in the store and
redoes only the names whose edges may have changed (`name_edges` depends on nothing else but the documents using
the names) and the components they touch.

Each component's evidence decides its kind or drops it (a place: "in Idlib", "southern Idlib", "Idlib province"; an
adjective: "Islamist militant groups"; a region). Merging reads counts per distinct name form, not the sentences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Protocol

from retrieval.actors.facts import (
    CLIPPED_NAME,
    COUNTRY,
    COUNTRY_KEY,
    EVIDENCE,
    EVIDENCE_INDEX,
    ORGANISATION,
    PERSON,
    RELIABLE,
    UNRELIABLE,
    NameCount,
)
from retrieval.actors.lexicon import Lexicon, fold, is_common, name_key


@dataclass(frozen=True, slots=True)
class FoundActor:
    """An actor found in the corpus: display name, kind and every alias seen (the name included)."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(slots=True)
class NameGroup:
    """The name forms of one merge key, summed."""

    key: str
    mentions: int = 0
    evidence: list[int] = field(default_factory=lambda: [0] * len(EVIDENCE))
    surfaces: set[str] = field(default_factory=set)
    names: Counter[str] = field(default_factory=Counter)
    reliable: bool = False  # a mention is reliable whatever the corpus's words
    needs: set[str] = field(default_factory=set)  # words that make a mention reliable where the corpus knows them

    @property
    def words(self) -> tuple[str, ...]:
        return () if self.key.startswith(COUNTRY_KEY) else tuple(self.key.split(" "))

    @property
    def country(self) -> str:
        return self.key[1:] if self.key.startswith(COUNTRY_KEY) else ""

    def has(self, evidence: str) -> int:
        return self.evidence[EVIDENCE_INDEX[evidence]]

    @property
    def in_prose(self) -> bool:
        """Named in an ordinary sentence at least once, not only in title-case lines."""
        return self.mentions > self.has("headline")

    @property
    def person_like(self) -> bool:
        return self.has("organisation") <= self.has("person") + self.has("actor") and not self.has("acronym")

    @property
    def place_like(self) -> bool:
        """More evidence of a place than of an actor ("Capitol Hill"): no person's surname joins it."""
        actorish = self.has("person") + self.has("organisation") + self.has("actor") + self.has("subject")
        return self.has("place") > actorish

    @property
    def initials(self) -> frozenset[str]:
        """What acronym the group's names spell ("United Nations": "un")."""
        spelt: set[str] = set()
        for name in self.names:
            words = [w for w in name.split() if w[:1].isupper()]
            if len(words) >= 2:
                spelt.add("".join(w[0] for w in words).casefold())
            # "Department of Housing and Urban Development", "the Housing Department": "HUD", the department's
            # own words; the same without a country's initials before it ("U.S. Department of ...")
            content = [w for w in words if w not in _SPELT_WITHOUT]
            while content and content[0].rstrip(".") in _COUNTRY_PREFIXES:
                content = content[1:]
            if " ".join(content[:2]) in _COUNTRY_NAME_PREFIXES:
                content = content[2:]  # "United States Commission on Presidential Debates": "CPD" (round 51)
            if len(content) >= 2 and len(content) < len(words):
                spelt.add("".join(w[0] for w in content).casefold())
        return frozenset(spelt)

    @property
    def terms(self) -> frozenset[str]:
        """The look-up terms other names find this one by (`NameIndex`): "s:" and each shorter ending of its
        words, "f:" and its first word (names of two words or more), "i:" and the initials its names spell."""
        words = self.words
        terms = {"s:" + " ".join(words[-length:]) for length in range(1, len(words))}
        if len(words) >= 2:
            terms.add("f:" + words[0])
        if words:
            terms.update("i:" + letters for letters in self.initials)
            # an acronym it went by in brackets ("Five Star Movement (M5S)"), whatever its letters spell
            # ("(PG&E)" too: an "&" between its letters)
            # and a clipped name it went by there ("California Department of Forestry and Fire Protection (CalFire)")
            terms.update(
                "i:" + fold(s).replace("&", "")
                for s in self.surfaces
                if (_ACRONYM.fullmatch(s.replace("&", "")) or CLIPPED_NAME.fullmatch(s)) and fold(s) != self.key
            )
        if len(words) >= 3 and any(len(word) == 1 for word in words[1:-1]):
            terms.add("m:" + " ".join(w for w in words if len(w) > 1 or w in (words[0], words[-1])))
        if len(words) >= 3:
            terms.add(f"m:{words[0]} {words[-1]}")  # without its middle names: "Abdelbaset (Ali) al-Megrahi"
        if len(words) >= 2:
            # the short forms of its given name, found the same way: "Ed Felten" for "Edward (W.) Felten"
            terms.update(f"m:{short} {words[-1]}" for short in _SHORT_GIVEN_NAMES.get(words[0], ()))
        if len(words) == 3:
            terms.add("w:" + words[1])  # its middle word, a first family name: "Ana (Vargas) Ruiz"
        if len(words) >= 2:
            terms.add("a:" + " ".join(words[1:]))  # what it is without a leading word: "british home office"
            terms.update("n:" + nickname for nickname in _nicknames(words))
        if len(words) == 1 and len(words[0]) > _CLIPPED + 2 and words[0].endswith("s"):
            # its members' word, which also names it: "Republican" for "Republicans", "Democratic" for "Democrats"
            terms.update(("p:" + words[0][:-1], "p:" + words[0][:-1] + "ic"))
        return frozenset(terms)

    def add(self, row: NameCount) -> None:
        self.mentions += row.mentions
        for index, value in enumerate(row.evidence):
            self.evidence[index] += value
        self.surfaces.add(row.surface)
        self.names[row.name] += row.mentions
        if row.reliable == RELIABLE:
            self.reliable = True
        elif row.reliable != UNRELIABLE:
            self.needs.add(row.reliable)


def group_names(rows: Iterable[NameCount]) -> dict[str, NameGroup]:
    """Name counts summed by merge key; keys left without mentions are left out."""
    groups: dict[str, NameGroup] = {}
    for row in rows:
        group = groups.get(row.key)
        if group is None:
            group = groups[row.key] = NameGroup(row.key)
        group.add(row)
    return {key: group for key, group in groups.items() if group.mentions > 0}


class NameIndex(Protocol):
    """The names of a corpus as `name_edges` looks them up."""

    def group(self, key: str) -> NameGroup | None:
        """The name with this key (its counts; its forms may be left out), or None."""

    def find(self, term: str) -> Iterable[str]:
        """The keys of the names with this look-up term (`NameGroup.terms`)."""

    def documents(self, key: str) -> AbstractSet[int] | None:
        """The documents whose links use this merge key (`DocumentFacts.keys`), or None when they are not known."""


class MemoryNameIndex:
    """A `NameIndex` over groups in memory (`document_keys`: each document's merge keys; None: not known)."""

    def __init__(
        self, groups: Mapping[str, NameGroup], document_keys: Sequence[AbstractSet[str]] | None = None
    ) -> None:
        self.groups = groups
        self.document_keys = document_keys
        self._documents_of: dict[str, list[int]] | None = None  # `documents_by_key`, at the first `documents` call
        self.by_key: dict[str, frozenset[int]] = {}  # the keys asked for, as sets
        self.terms: dict[str, list[str]] = defaultdict(list)
        for key, group in groups.items():
            for term in group.terms:
                self.terms[term].append(key)

    def group(self, key: str) -> NameGroup | None:
        return self.groups.get(key)

    def find(self, term: str) -> Iterable[str]:
        return self.terms.get(term, ())

    def documents(self, key: str) -> AbstractSet[int] | None:
        if self.document_keys is None:
            return None
        if self._documents_of is None:
            self._documents_of = documents_by_key(enumerate(self.document_keys))
        found = self.by_key.get(key)
        if found is None:
            found = self.by_key[key] = frozenset(self._documents_of.get(key, ()))
        return found


def documents_by_key(documents: Iterable[tuple[int, Iterable[str]]]) -> dict[str, list[int]]:
    """Merge key → the documents using it, from (document, its merge keys) pairs: built once, where asking each
    document about each key took a full rebuild's merge at 1M sentences (10,000 documents) from 3.3 to 28.4 s."""
    found: dict[str, list[int]] = defaultdict(list)
    for document, keys in documents:
        for key in keys:
            found[key].append(document)
    return found


def _of_its_documents(index: NameIndex, key: str, candidates: list[NameGroup]) -> tuple[bool, list[NameGroup]]:
    """The candidates a one-word name may join (`_named_with`), and whether some were left out for being named only
    in other documents."""
    kept = [g for g in candidates if _named_with(index, key, g.key)]
    return len(kept) < len(candidates), kept


def _named_with(index: NameIndex, short: str, longer: str) -> bool:
    """True when every document using the name `short` also names `longer` (or documents are not known): a surname
    alone joins a full name of its own documents, not that of another article ("Lind" in one article is not the "Olaf
    Lind" of another); so does a short given name ("Ed Felten" for "Edward Felten", `_SHORT_GIVEN_NAMES`)."""
    documents = index.documents(short)
    if documents is None:
        return True
    others = index.documents(longer)
    return others is not None and documents <= others


def name_edges(
    group: NameGroup,
    index: NameIndex,
    adjectives: Container[str] = frozenset(),
    given_names: Container[str] = frozenset(),
) -> tuple[str, str]:
    """The names `group` joins: (the name it belongs to, the name its acronym spells), "" for none. `adjectives`:
    the country adjectives (`Lexicon.adjective_words`); `given_names`: the known first names (`Lexicon.genders`)."""
    words = group.words
    if not words:
        return "", ""  # a country is an actor by itself
    parent = ""
    key = " ".join(words)
    elsewhere = False  # a one-word name that would join a person named only in other documents
    # "of Kestrel, Texas": a town named alone joins no person opening with a given name ("Tom Kestrel said")
    town = len(words) == 1 and group.has("place") > 0 and not any(group.has(e) for e in _ACTING_EVIDENCE)
    if group.person_like:
        # "Rouhani" → the most mentioned person-like longer name ending with it; "Wang" → "Wang Yi"; "George Bush"
        # → "George W. Bush"
        # (a name seen only in title-case lines joins nothing: "Preface by Lionel Giles INTRODUCTION Sun Wu")
        longer = [
            g
            for g in _groups(index, index.find("s:" + key))
            if g.person_like and g.in_prose and not g.place_like and not (town and g.words[0] in given_names)
        ]
        if len(words) >= 2:
            longer += [
                g
                for g in _groups(index, index.find("m:" + key))
                if g.person_like
                and g.in_prose
                # a full given name for a short one ("Ed" for "Edward") only where every document naming this one
                # names that one: "Tom Hale" of one article is not the "Thomas Hale" of another
                and (g.words[0] == words[0] or _named_with(index, key, g.key))
            ]
        else:
            everywhere = longer
            elsewhere, longer = _of_its_documents(index, key, longer)
            titled = group.has("titled")
            if not longer and len(everywhere) == 1 and titled and titled >= group.has("place"):
                # "President Kestrel" in one article, "Tom Kestrel" only in another: a surname written after a title
                # joins the only person of the corpus whose full name ends with it
                longer, elsewhere = everywhere, False
        if not longer and len(words) == 1:
            first = [
                g
                for g in _groups(index, index.find("f:" + words[0]))
                if len(g.words) == 2 and g.person_like and g.in_prose
            ]
            other, longer = _of_its_documents(index, key, first)
            elsewhere = elsewhere or other
            if (
                not longer
                and len(first) == 1
                and key in given_names
                and group.has("speaker") + group.has("person") >= max(1, group.has("place"))
            ):
                # "Rebecca pointed out" in one blog post, "Rebecca Mackinnon" in the site's others: a known given name
                # alone that speaks or is written as a person joins the only person of the corpus it opens, named in
                # other documents (not a town's namesake that is a verb's subject: "reached Rachel", in Nevada)
                longer, elsewhere = first, False
        if not longer and len(words) == 1:
            # "Vargas" → "Ana Vargas Ruiz": the first of two family names (Spanish usage), when one person opening
            # with a known given name has it (not "Current" → "Edit Current Application", a heading)
            middle = [
                g
                for g in _groups(index, index.find("w:" + words[0]))
                if g.person_like and g.in_prose and g.words[0] in given_names
            ]
            other, middle = _of_its_documents(index, key, middle)
            elsewhere = elsewhere or other
            longer = middle if len(middle) == 1 else []
        if longer:
            parent = max(longer, key=lambda g: (g.mentions, len(g.words), g.words)).key
    if not parent and not group.person_like:
        # "Home Office" → "British Home Office": the only organisation that is it after a country's adjective
        qualified = [
            g for g in _groups(index, index.find("a:" + key)) if not g.person_like and g.words[0] in adjectives
        ]
        if len(qualified) == 1:
            parent = qualified[0].key
    if not parent:
        # "Greens" → "Green Party", "Lib Dems" → "Liberal Democrats": the only organisation it is a short name of
        named = [g for g in _groups(index, index.find("n:" + key)) if not g.person_like and g.in_prose]
        if len(named) == 1:
            parent = named[0].key
    if not parent and len(words) == 1:
        # "Republican and Democratic counters": a party's adjective joins the only body named by its members' plural
        members = [g for g in _groups(index, index.find("p:" + key)) if not g.person_like and g.in_prose]
        if len(members) == 1 and members[0].has("organisation") >= _NAMED_BODY:
            parent = members[0].key
    if not parent and len(words) == 1 and not group.has("acronym") and group.has("organisation") < _NAMED_BODY:
        # "Hale's spokeswoman": a surname typed as an employer joins the only person whose name ends with it
        people = [
            g
            for g in _groups(index, index.find("s:" + key))
            if g.person_like and g.in_prose and not (town and g.words[0] in given_names)
        ]
        other, people = _of_its_documents(index, key, people)
        elsewhere = elsewhere or other
        if len(people) == 1:
            parent = people[0].key
    starting: list[NameGroup] = []
    if not parent and len(words) == 1 and not elsewhere:  # (a person of other documents: no body's first word)
        # "Amnesty" → "Amnesty International": the only organisation of two words or more it starts
        starting = [
            g
            for g in _groups(index, index.find("f:" + words[0]))
            if not g.person_like and g.in_prose and g.words[-1] not in _SUB_BODIES
        ]
    if not parent and not group.person_like:
        # "Commission" → "European Commission": the only organisation ending with it; but "Church" with both a "X
        # Orthodox Church" and a "Church of X" goes to the more mentioned
        ending = [g for g in _groups(index, index.find("s:" + key)) if not g.person_like and g.in_prose]
        if len(ending) == 1:
            parent = ending[0].key
            if len(starting) == 1 and starting[0].mentions > ending[0].mentions:
                parent = starting[0].key
    if not parent and len(starting) == 1:
        parent = starting[0].key
    acronym_of = ""
    # "PG&E" is keyed as two words ("pg", "e"): its letters are one acronym; a name of longer words is none
    if len(words) == 1:
        letters = words[0]
    elif len(words) == 2 and all(len(w) <= 2 for w in words):
        letters = "".join(words)
    else:
        letters = ""
    clipped = len(words) == 1 and any(CLIPPED_NAME.fullmatch(s) for s in group.surfaces)
    if (group.has("acronym") or clipped) and (len(words) == 1 or len(letters) == 3 or len(letters) == 4):
        # "UN" → "United Nations": the only name whose initials it spells; not a person's two initials ("OK" in a
        # quotation is no "Oscar Kell": people go by three letters, if by any: "JFK")
        targets = [
            g.key
            for g in _groups(index, index.find("i:" + letters))
            if (len(letters) > _PERSON_INITIALS or not g.person_like) and g.key != group.key
        ]
        if len(targets) == 1:
            acronym_of = targets[0]
    return parent, acronym_of


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")
# words a body's acronym often leaves out: its kind ("HUD" for the Department of Housing and Urban Development), and
# its country's initials before it (`Group.initials`)
_SPELT_WITHOUT = frozenset({"Department", "Dept."})
_COUNTRY_PREFIXES = frozenset({"U.S", "US", "USA", "UK", "U.K"})
_COUNTRY_NAME_PREFIXES = frozenset({"United States", "United Kingdom"})  # the same written out
_PERSON_INITIALS = 2  # letters of an acronym too few to stand for a person
# A body's parts named after it: "the Senate" is not its "Senate Finance Committee"
_SUB_BODIES = frozenset({"committee", "subcommittee", "caucus", "panel"})
_NAMED_BODY = 5  # organisation evidence from one organisation word or type ("Kestrel Bank", "the Hamas movement")
_PARTY = "party"
_CLIPPED = 3  # letters a clipped word keeps: "Lib Dems" for "Liberal Democrats"


# English given names and the short forms they go by in news ("Ed Felten" for "Edward W. Felten"); general knowledge
_SHORT_GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "albert": ("al",),
    "alexander": ("alex",),
    "andrew": ("andy", "drew"),
    "anthony": ("tony",),
    "benjamin": ("ben",),
    "charles": ("chuck", "charlie"),
    "christopher": ("chris",),
    "daniel": ("dan", "danny"),
    "david": ("dave",),
    "deborah": ("debbie", "deb"),
    "donald": ("don",),
    "edward": ("ed", "eddie", "ted", "ned"),
    "elizabeth": ("liz", "beth"),
    "frederick": ("fred",),
    "gerald": ("jerry",),
    "gregory": ("greg",),
    "james": ("jim", "jimmy"),
    "jeffrey": ("jeff",),
    "jennifer": ("jen", "jenny"),
    "jonathan": ("jon",),
    "joseph": ("joe",),
    "katherine": ("kate", "kathy"),
    "kenneth": ("ken",),
    "lawrence": ("larry",),
    "margaret": ("maggie", "peggy"),
    "matthew": ("matt",),
    "michael": ("mike",),
    "nicholas": ("nick",),
    "patrick": ("pat",),
    "peter": ("pete",),
    "rebecca": ("becky",),
    "richard": ("rick", "dick"),
    "robert": ("bob", "rob", "bobby"),
    "ronald": ("ron",),
    "rudolph": ("rudy",),
    "samuel": ("sam",),
    "stephen": ("steve",),
    "steven": ("steve",),
    "susan": ("sue",),
    "thomas": ("tom", "tommy"),
    "timothy": ("tim",),
    "william": ("bill", "will", "billy"),
}


def _nicknames(words: Sequence[str]) -> list[str]:
    """The keys of the short names a name of two words or more goes by (each a look-up term's text, so that the
    names looking it up are those keys): its members' plural for a party ("Green Party": "greens", "Democratic
    Party": "democrats"), and its words clipped ("Liberal Democrats": "lib dem", "lib dems")."""
    found: list[str] = []
    if _PARTY in words[1:]:
        stem = words[words.index(_PARTY) - 1]
        if len(stem) > 3 and words.index(_PARTY) == 1:
            found.append((stem[:-2] if stem.endswith("ic") else stem) + "s")
    if all(len(word) > _CLIPPED + 1 for word in words) and len(words) <= 3:
        clipped = [word[:_CLIPPED] for word in words]
        found.append(" ".join(clipped))
        found.append(" ".join(clipped) + "s")
    return found


def _groups(index: NameIndex, keys: Iterable[str]) -> list[NameGroup]:
    return [g for g in map(index.group, keys) if g is not None]


def component_root(keys: Iterable[str]) -> str:
    """The key identifying a component: its longest (the greatest among equals)."""
    return max(keys, key=lambda key: (0 if key.startswith(COUNTRY_KEY) else key.count(" ") + 1, key))


def components(edges: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """Key → root of its connected component, over every key of `edges` (whose targets must be keys too)."""
    union = _UnionFind()
    for key, targets in edges.items():
        union.find(key)
        for target in targets:
            if target:
                union.union(key, target)
    members: dict[str, list[str]] = defaultdict(list)
    for key in edges:
        members[union.find(key)].append(key)
    return {key: component_root(group) for group in members.values() for key in group}


@dataclass(frozen=True, slots=True)
class DecidedActor:
    """An actor of the corpus with the merge keys of its names; `root` identifies it from one decision to the next."""

    actor: FoundActor
    root: str
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameDecision:
    """`decide_actors` in full: the actors, and each name's edges and component root (what a store keeps)."""

    actors: list[DecidedActor]  # in name order
    groups: dict[str, NameGroup]
    edges: dict[str, tuple[str, str]]
    roots: dict[str, str]


def decide_actors(
    names: Iterable[NameCount],
    known_words: Container[str],
    lexicon: Lexicon,
    document_keys: Sequence[AbstractSet[str]] | None = None,
    *,
    short_as_news: bool,
) -> NameDecision:
    """Merge the name counts of a corpus into actors.

    `known_words` are the capitalised common words the corpus has in mid-sentence (`DocumentFacts.words`): a
    mention that needs one of them is reliable only where it is known. `document_keys`: each document's merge keys
    (`DocumentFacts.keys`): a one-word name's documents must all name the full name it joins. `short_as_news`: the
    mentions in documents too short to tell their genre count as news (`facts.short_as_news`).
    """
    groups = group_names(names)
    index = MemoryNameIndex(groups, document_keys)
    edges = {key: name_edges(group, index, lexicon.adjective_words, lexicon.genders) for key, group in groups.items()}
    roots = components(edges)
    members: dict[str, list[NameGroup]] = defaultdict(list)
    for key, root in roots.items():
        members[root].append(groups[key])
    actors = [
        actor
        for root, component in members.items()
        if (actor := decide_component(root, component, known_words, lexicon, short_as_news=short_as_news)) is not None
    ]
    actors.sort(key=lambda d: (d.actor.name.casefold(), d.actor.name, d.root))
    return NameDecision(actors, groups, edges, roots)


def decide_component(
    root: str, members: Sequence[NameGroup], known_words: Container[str], lexicon: Lexicon, *, short_as_news: bool
) -> DecidedActor | None:
    """The actor a component of names makes, or None (no reliable mention, a place, an adjective, a region)."""
    actor = _decide_one(members, known_words, lexicon, short_as_news)
    return None if actor is None else DecidedActor(actor, root, tuple(sorted(g.key for g in members)))


def _decide_one(
    members: Sequence[NameGroup], known_words: Container[str], lexicon: Lexicon, short_as_news: bool
) -> FoundActor | None:
    surfaces = {s for g in members for s in g.surfaces}
    names: Counter[str] = Counter()
    for group in members:
        names.update(group.names)
    if members[0].country:  # a country is a component by itself
        if all(_COUNTRY_CODE.fullmatch(s) for s in surfaces) and _outside_news(members, short_as_news):
            return None  # "PNG or SVG images": outside news a country's capitals code alone is a format or a code
        aliases = sorted({members[0].country, *surfaces}, key=lambda s: (s.casefold(), s))
        return FoundActor(members[0].country, COUNTRY, tuple(aliases))
    if not any(g.reliable or any(word in known_words for word in g.needs) for g in members):
        return None
    evidence = {name: sum(g.has(name) for g in members) for name in EVIDENCE}
    if short_as_news:
        evidence["news"] += evidence["undecided"]
    person, organisation = evidence["person"], evidence["organisation"]
    actorish = person + organisation + evidence["actor"] + evidence["subject"]
    if evidence["adjective"] and evidence["adjective"] >= actorish:
        return None
    if evidence["place"] > actorish:
        return None
    mentions = sum(g.mentions for g in members)
    if all(len(g.words) == 1 for g in members) and mentions < ONE_WORD_MENTIONS and not _acts(evidence):
        return None  # one word named once or twice and never acting: "the Internet", "Dallas", "VIP attention"
    # "suspend Parliament", "Parliament would meet" beside "the British parliament": a legislature capitalised where
    # the text means the body itself, which acts; the lower-case word is its kind
    legislature = (
        all(g.words == members[0].words for g in members)
        and len(members[0].words) == 1
        and members[0].words[0] in _LEGISLATURES
        and evidence["subject"] + evidence["actor"] + evidence["organisation"] >= _LEGISLATURE_ACTS
    )
    if evidence["lowercase"] * 2 > mentions and person < 3 and not legislature:
        return None  # a word the documents also write in lower case ("Iodine", "Recent"), never after a title
    if (
        evidence["lowercase"] >= mentions
        and not evidence["titled"]
        and all(len(g.words) == 1 for g in members)
        and not legislature
    ):
        # one word every mention of which its document also writes in lower case, never after a title, however
        # often it speaks: a common noun opening sentences ("Police said ...", "... told police")
        return None
    longest = max(len(name_key(n)) for n in names)
    full = [n for n in names if len(name_key(n)) == longest]
    display = max(full, key=lambda n: (names[n], len(n), n))
    if lexicon.has("regions", display):
        return None
    if display.isupper() and all(lexicon.has("requirement_words", word) for word in display.split()):
        return None  # a specification's key word in capitals ("you MUST write", "SHOULD NOT"): RFC 2119's emphasis
    if fold(display) in lexicon.cities and not evidence["titled"] and not evidence["acronym"]:
        return None  # a city named alone is a place ("Houston", "Hong Kong"); "Mr Houston" is a person
    phrases = sum(g.mentions for g in members if len(g.words) > 1)
    if (
        evidence["news"] * 2 < mentions
        and evidence["term"] * 2 > phrases > 0
        and display.split()[0].casefold() not in lexicon.genders
    ):
        # outside news, a name its documents mostly also write in lower case, set as a heading or a table cell or
        # put before a noun is a term ("a Radio Group event"); one opening with a given name is a person listed
        # ("| Anna Berg | maintainer |")
        return None
    if longest == 1 and evidence["news"] * 2 < mentions and evidence["term"] * 2 > mentions:
        return None  # outside news, one word mostly used as a kind of thing: "an EXPN request", "the CA cert"
    if evidence["news"] * 2 < mentions and not _well_evidenced(display, mentions, evidence, lexicon):
        return None  # named mostly in documents that are not news (software docs, books): no headings or terms
    if (
        longest == 1
        and evidence["news"] * 2 < mentions
        # (a title's namesake named once or twice stays: "Dr. Swift, Mr. Gay" in a book that says "swift" and "gay")
        and (not evidence["titled"] or (evidence["lowercase"] * 2 >= mentions and mentions >= ONE_WORD_MENTIONS))
        and not evidence["acronym"]
        and is_common(display, lexicon)
    ):
        # a common word alone, named mostly outside news, never after a title or mostly written in lower case too:
        # the first word of a heading, a list item or a changelog line ("Please report bugs", "Merge requests ...",
        # "Feedback is welcome"), an adjective after a title's namesake ("the GNU General Public" at a line's end)
        return None
    parts = display.split()
    # common words make a body ("Social Science"), unless a given name opens two or three of them ("Bob Bland")
    given = 2 <= len(parts) <= 3 and parts[0].casefold() in lexicon.genders
    all_common = not given and all(is_common(w, lexicon) for w in parts)
    if (
        all_common
        and mentions < ONE_WORD_MENTIONS
        and not evidence["acronym"]
        and not any(w.islower() or lexicon.has("organisation_words", w) or lexicon.has("titles", w) for w in parts)
        and not _acts(evidence)
        and not evidence["actor"]  # "a member of the White Helmets"
    ):
        # common words named once or twice, never acting, with no body's word, office or remit ("the United Nations
        # High Commissioner for Refugees"): a subject, a device or a cut out of a longer name ("Social Science", "the
        # Flight Data Recorder", "National Enforcement")
        return None
    if (
        all_common
        and 2 <= len(parts) <= 3
        and all(part[:1].isupper() for part in parts)
        and lexicon.has("roles", parts[-1])
        and not lexicon.has("organisation_words", parts[-1])
        and not evidence["acronym"]
    ):
        # common words ending with a role, capitalised as a job title after or before its holder's name ("X, Product
        # Manager for Y, said"; "Digital Engagement Strategist X"): an office, not an actor
        return None
    if len(parts) >= 2 and not given and not evidence["titled"] and lexicon.has("organisation_words", parts[-1]):
        # its full name ends with a body's word ("Kestrel Motor Company"), though named alone it speaks as a person
        # would ("Kestrel said"): a body
        kind = ORGANISATION
    elif lexicon.has("creatures", parts[-1]) and not evidence["acronym"]:
        kind = PERSON  # "the White Rabbit said", "the Hare": a story's character named by its kind, no body
    elif longest == 1 and not evidence["titled"] and person <= evidence["speaker"] and organisation > 0:
        # one word, never a full name nor after a title or role, a person only by speaking, and some sign of a body
        # ("the Taliban said"): news introduces people by their full names, so it is a body ("Xinhua reported")
        kind = ORGANISATION
    elif organisation > person:
        kind = ORGANISATION
    elif person > organisation:
        kind = PERSON
    else:
        kind = ORGANISATION if evidence["acronym"] or all_common else PERSON
    aliases = sorted({*surfaces, *names}, key=lambda s: (s.casefold(), s))
    return FoundActor(display, kind, tuple(aliases))


_LEGISLATURES = frozenset({"parliament", "congress", "senate", "assembly", "legislature"})
_LEGISLATURE_ACTS = 3  # evidence that a legislature named alone acts: a verb's subject, a body's, a member's


_ACTING_EVIDENCE = ("person", "organisation", "actor", "subject", "speaker", "titled", "acronym")
ONE_WORD_MENTIONS = 3  # a one-word name mentioned this often is an actor without other evidence
_COUNTRY_CODE = re.compile(r"[A-Z]{3,4}")  # "PNG", "CAR", "USSR"; not "US", "UK", which docs use for locales


def _outside_news(members: Sequence[NameGroup], short_as_news: bool) -> bool:
    """Named mostly in documents that are not news (`short_as_news`: those too short to tell count as news)."""
    news = sum(g.has("news") + (g.has("undecided") if short_as_news else 0) for g in members)
    return news * 2 < sum(g.mentions for g in members)


def _acts(evidence: Mapping[str, int]) -> bool:
    """Evidence that a name is an actor: it speaks, is a verb's subject or spoken to, follows a title or role, or
    comes before an organisation word ("the Conservative government")."""
    return (
        evidence["speaker"] > 0 or evidence["subject"] > 0 or evidence["person"] >= 2 or evidence["organisation"] >= 5
    )


def _well_evidenced(display: str, mentions: int, evidence: Mapping[str, int], lexicon: Lexicon) -> bool:
    """What makes a name an actor outside news: it is a name of two words or more ending with an organisation word
    ("English Parliament"; one that also ends products' names, "Live TV", only with its acronym), a person's name of
    two or three words opening with a given name ("Anna Berg"), or one mention in `WELL_EVIDENCED` or more speaks
    ("Tu Mu says") or follows a title or role ("Mr. Keimer"); a heading or term is only now and then the subject of a
    verb of saying."""
    words = display.split()
    if (
        len(words) >= 2
        and lexicon.has("organisation_words", words[-1])
        # a word that also ends products' names ("Android TV", "Remote Desktop Services") needs its acronym besides
        and (not lexicon.has("product_organisation_words", words[-1]) or evidence["acronym"])
    ):
        return True
    if (
        2 <= len(words) <= 3
        and words[0].casefold() in lexicon.genders
        and words[0].casefold() not in lexicon.gendered_titles
        and evidence["person"]
        and not all(is_common(word, lexicon) for word in words)
        and not any(_ACRONYM.fullmatch(word.removesuffix("s")) for word in words[1:])
    ):
        # a person named in full, as credits name one ("Maintained by Anna Berg"); not "Will Power", nor a product
        # named after a given name ("Travis CI", "Ruby APIs"), nor a title and a name cut from a longer one ("Sister
        # Ann's Bar")
        return True
    return (evidence["speaker"] + evidence["titled"]) * WELL_EVIDENCED >= mentions


WELL_EVIDENCED = 5


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def union(self, child: str, parent: str) -> None:
        a, b = self.find(child), self.find(parent)
        if a != b:
            self.parent[a] = b
