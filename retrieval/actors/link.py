"""Linking: one document's sentences resolved against the decided actors (`link_document`).

Statements: the actor right before a speech verb (`X said`, `X has warned`, `X, a member of ..., said`, `X and Y
have denied`, `X officials said`), right after one (`"...", said X`), after "according to", "in the words of" or
"told by", the subject of a sentence that introduces a quotation with a colon, and a pronoun continuation of the
sentence before (`"...", he added.`: its speakers, else the one person it names) carries its speakers over. A
quotation of several sentences belongs to the speaker named where it ends (`"... . ...," he said.`), else to the
last speaker before it. Across paragraphs (the news convention): a paragraph that opens with a quotation and names
no speaker of its own continues the person quoted at the end of the paragraph before (or who introduced it with a
colon), else nobody; a quotation left open at a paragraph's end goes on into the next paragraph that reopens it.
A paragraph without quotation marks after one that ends "X writes:" is X's block quotation (a blog's style), and so
are the paragraphs after it until a sentence names a speaker of its own or X again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence

from retrieval.actors.facts import (
    ANNOUNCES,
    ATTRIBUTION,
    BLOCK_QUOTE_PARAGRAPHS,
    BODY_NOUNS,
    COLON_END,
    COUNTRY,
    ORGANISATION,
    PARAGRAPH,
    PERSON,
    PERSON_PRONOUNS,
    QUOTE_MARK,
    QUOTE_OPEN,
    QUOTED,
    REFERS,
    ROLE,
    SKIP,
    SPOKEN,
    SUBJECT,
    SentenceFacts,
    Spot,
)


def document_resolution(keys: Collection[str], resolve: Mapping[str, int], kinds: Sequence[str]) -> Mapping[str, int]:
    """`resolve` (merge key → actor) for one document, given the merge keys it uses: a one-word name the corpus made
    a person goes to the one person the document names in full with it (its last word, else its first, else
    a middle word: "Lind" with "Olaf Lind", "Wu" with "Wu Daiwei", "Tedros" with "Tedros Adhanom Ghebreyesus", "Lula"
    with "Luiz Inacio Lula da Silva") when the corpus gave it to no such person. A surname
    joins a full name within a document whatever other documents do with it (the corpus joins it only where every
    document using it names that full name: `merge.name_edges`)."""
    # (written for few calls: it runs for every document)
    bodies = _body_nouns_resolved(keys, resolve, kinds)
    if bodies:
        resolve = _Overridden(bodies, resolve)
    people = [key for key in keys if " " in key and key in resolve and kinds[resolve[key]] == PERSON]
    if not people:
        return resolve
    # a one-word name the corpus made a person: not "Ch'u" the state beside "Viscount of Ch'u", nor a word it made
    # no actor at all ("API" beside "Services API")
    alone = [key for key in keys if " " not in key and key in resolve and kinds[resolve[key]] == PERSON]
    if not alone:
        return resolve
    ending: dict[str, set[int]] = defaultdict(set)
    starting: dict[str, set[int]] = defaultdict(set)
    inner: dict[str, set[int]] = defaultdict(set)  # "Lula" of "Luiz Inacio Lula da Silva": a middle name alone
    for key in people:
        words = key.split(" ")
        ending[words[-1]].add(resolve[key])
        starting[words[0]].add(resolve[key])  # "Tedros" of "Tedros Adhanom Ghebreyesus" too
        for word in words[1:-1]:
            inner[word].add(resolve[key])
    overrides: dict[str, int] = {}
    for key in alone:
        if key in ending:
            found = ending[key]
        elif key in starting:
            found = starting[key]
        elif key in inner:
            found = inner[key]
        else:
            continue
        if len(found) == 1 and resolve[key] not in found:
            overrides[key] = next(iter(found))
    return _Overridden(overrides, resolve) if overrides else resolve


def _body_nouns_resolved(keys: Collection[str], resolve: Mapping[str, int], kinds: Sequence[str]) -> dict[str, int]:
    """A body's type written alone as a name ("The Department issued a statement") → the one organisation of the
    document whose name holds it ("California Department of Corrections and Rehabilitation"), whatever the corpus
    made of the word (another document's "Treasury Department", or an actor "Department" of its own)."""
    alone = [key for key in keys if key in BODY_NOUNS and key in resolve]
    if not alone:
        return {}
    holders: dict[str, set[int]] = defaultdict(set)
    for key in keys:
        if " " in key and key in resolve and kinds[resolve[key]] == ORGANISATION:
            for word in set(key.split(" ")) & BODY_NOUNS:
                holders[word].add(resolve[key])
    return {
        key: next(iter(holders[key])) for key in alone if len(holders[key]) == 1 and resolve[key] not in holders[key]
    }


class _Overridden(Mapping[str, int]):
    """A mapping with a few keys given other values (the corpus's `resolve` is not copied for each document)."""

    def __init__(self, overrides: Mapping[str, int], base: Mapping[str, int]) -> None:
        self.overrides, self.base = overrides, base

    def __getitem__(self, key: str) -> int:
        return self.overrides[key] if key in self.overrides else self.base[key]

    def __contains__(self, key: object) -> bool:
        return key in self.overrides or key in self.base

    def __iter__(self) -> Iterator[str]:
        yield from self.overrides
        yield from (key for key in self.base if key not in self.overrides)

    def __len__(self) -> int:
        return len(self.base) + sum(key not in self.base for key in self.overrides)


def link_document(
    sentences: Sequence[SentenceFacts | None], resolve: Mapping[str, int], kinds: Sequence[str]
) -> list[dict[int, bool]]:
    """Per sentence of one document, its actors and whether each speaks (`resolve`: merge key → actor index,
    `kinds`: actor index → kind). A sentence whose speakers are only pronouns or quotes carries the last ones over."""
    result: list[dict[int, bool]] = []
    previous: list[int] = []  # the speakers of the last sentence outside a quotation waiting for its speaker
    named: list[int] = []  # the actors that sentence names
    pending: list[int] = []  # quoted sentences (indexes into result) waiting for their speaker
    pronoun: dict[int, str] = {}  # person → "he" or "she", as a name or a continuation says
    seen: dict[int, int] = {}  # person → the last sentence (index) naming them
    subject_at: dict[int, int] = {}  # person → the last sentence (index) naming them as its subject
    roles: dict[str, int] = {}  # role and its words → the person last named with it ("X, a government spokesman")
    last_person = -1  # the person who spoke last, and the sentences since then that named no other person
    since = 0
    last_speaker, spoke_at = -1, 0  # the person who spoke last and where, other people named since or not
    # that sentence's actors and spots: which of `named` open it or speak in it
    named_in: tuple[Sequence[int], Sequence[Spot]] = ((), ())
    named_refers = False
    # In a paragraph that opens with a quotation of its own: who its quotes go to if it names no speaker (the
    # person quoted at the end of the paragraph before, else nobody); None outside such a paragraph.
    carried: list[int] | None = None
    # A block quotation without quotation marks (a blog's style: "X writes:" closing a paragraph, then X's words as
    # paragraphs of their own): its speakers, and how many paragraphs it has run; None outside one.
    block: list[int] | None = None
    block_paragraphs = 0
    # A statement announced ("X has released the following statement"): the speakers of the announcing sentence in
    # the paragraph being read, and those of the quotation paragraphs that give it (None outside one).
    announced: list[int] = []
    statement: list[int] | None = None
    attributions: list[int] = []  # sentences that only attribute the quotation before them: mentions, not statements

    def settle(speakers: Sequence[int]) -> None:
        for index in pending:
            for actor in speakers:
                result[index][actor] = True
        pending.clear()

    for index, facts in enumerate(sentences):
        if facts is None:
            settle(_voice(previous, kinds) if carried is None else carried)  # a quotation that never closed
            carried = None
            result.append({})
            previous, named = [], []
            since += 1
            continue
        if facts.continuation == SKIP:
            result.append({})
            continue
        if facts.quote & PARAGRAPH:
            before = sentences[index - 1]
            open_before = before is not None and before.quote & QUOTE_OPEN and facts.quote & QUOTED
            if carried is not None:
                settle(carried)  # the paragraph of quotes ended without naming its speaker
            elif not open_before:
                pending.clear()  # a closed quotation does not wait for a speaker across a paragraph break
            carried = None
            if block is not None:
                block_paragraphs += 1
                if block_paragraphs > BLOCK_QUOTE_PARAGRAPHS:
                    block = None
            if before is not None and before.quote & COLON_END and not facts.quote & QUOTED:
                block = [a for a, s in result[-1].items() if s] or None
                block_paragraphs = 0
            announcing, announced = announced, []
            if facts.quote & QUOTED and not open_before:
                # News convention: a paragraph of quotation only continues the person quoted at the end of the
                # paragraph before ('"...," X said. / "..."', 'X tweeted: / "..."'), else nobody.
                quoted_before = before is not None and before.quote & QUOTE_MARK
                carried = [a for a, s in result[-1].items() if s and kinds[a] == PERSON][-1:] if quoted_before else []
                if announcing:
                    carried = statement = announcing  # the statement announced, a body's as well as a person's
                elif statement is not None and quoted_before and all(result[-1].get(a) for a in statement):
                    carried = statement  # the announced statement's next paragraph
                else:
                    statement = None
            elif open_before and statement is not None:
                carried = statement  # the announced statement's quotation goes on across the paragraph break
            else:
                statement = None
        spots = list(facts.spots)
        if facts.title:
            position = 0
            while position < len(facts.title):
                for candidate in facts.title[position]:
                    if candidate.key in resolve:
                        spots.append(candidate)
                        position = candidate.end
                        break
                else:
                    position += 1
            spots.sort(key=lambda spot: spot.start)
        actors = [resolve.get(spot.key, -1) for spot in spots]
        for spot, actor in zip(spots, actors, strict=True):
            if actor >= 0 and kinds[actor] == PERSON:
                seen[actor] = index
                if spot.subject:
                    subject_at[actor] = index
                if spot.gender:
                    pronoun[actor] = spot.gender  # "Mary Jones", "Mr Lee": the name says it, whatever a pronoun did
            if actor >= 0 and spot.role:
                # "X, a government spokesman": X's; a body's too: "an Interpol spokesperson stated": "the spokesperson
                # added" is Interpol's
                _give_role(roles, spot.role, actor)
        speakers = _sentence_speakers(facts, spots, actors, kinds) if spots else []
        personal = facts.continuation in _PERSONAL
        if not speakers and facts.continuation == SUBJECT:
            # "Anna Berg visited the plant, where she claimed ...": not the speaker before; the first subject named
            subject = next(
                (a for a, spot in zip(actors, spots, strict=True) if spot.subject and not spot.adjective), -1
            )
            if subject >= 0 and kinds[subject] == PERSON:
                speakers = [subject]
        by_role = facts.continuation.startswith(ROLE)
        holder = _role_holder(roles, facts.continuation[len(ROLE) :]) if by_role else -1
        if by_role and (not speakers or holder >= 0):
            # "X, a government spokesman, said ... . "...," the government spokesman said.": X; else nobody; "The
            # Kestrel professor added" after "Kestrel professor X said": X, not the body named with the role
            speakers = [holder] if holder >= 0 else []
        elif not speakers and facts.continuation and facts.continuation != "last":
            speakers = _continuation(facts.continuation, previous, kinds, pronoun)
            if not speakers and personal:
                # "Sam Berg arrived. ... he said."; of several, the first named, the likeliest subject ("X, father of a
                # victim, believes Y was not guilty. He described ..."), of the pronoun's sex when the name says one
                speakers = [a for a in named if kinds[a] == PERSON and _may_be(a, facts.continuation, pronoun)][:1]
                if (
                    speakers
                    and facts.continuation in PERSON_PRONOUNS
                    and speakers[0] not in pronoun
                    and named_refers
                    and not _named_as_subject(speakers[0], named_in)
                ):
                    # "Anna Berg ... . She married Tom Hale, Kim Lee and ... . She said ...": of people named only
                    # as objects of a sentence that itself goes on about someone before, one whose sex no name says
                    # yields to the person a few sentences back known by this pronoun
                    known = [a for a in _known_by(facts.continuation, index, seen, pronoun) if a != speakers[0]]
                    if known:
                        speakers = [max(known, key=lambda a: seen[a])]
                if (
                    speakers
                    and facts.continuation in PERSON_PRONOUNS
                    and last_speaker not in (-1, speakers[0])
                    and index - spoke_at <= PRONOUN_REACH
                    and pronoun.get(last_speaker, facts.continuation) == facts.continuation
                    and not _named_as_subject(speakers[0], named_in)
                ):
                    # "X said "...". She was greeted by the President and his wife, Y. "...," she said.": a person
                    # named only inside the sentence before yields to the one who spoke just before, of that sex
                    speakers = [last_speaker]
            if (
                not speakers
                and facts.continuation in PERSON_PRONOUNS
                and last_person >= 0
                and since <= PRONOUN_REACH
                and pronoun.get(last_person, facts.continuation) == facts.continuation
            ):
                # "X said ... . The ministry denied it. "...," she added.": the last person who spoke, a few
                # sentences back, no other person named since, and not known by the other pronoun
                speakers = [last_person]
            if not speakers and facts.continuation in PERSON_PRONOUNS:
                # "Anna Berg met Tom Hale. Hale said .... She said ...": the last person named a few sentences back
                # whom a name or an earlier pronoun gives this pronoun
                known = _known_by(facts.continuation, index, seen, pronoun)
                # or the last person who was a sentence's subject, of no other pronoun, if named later than those
                # ("X was a general. He advised Y that ... . X felt ... . He explains: ...": X, not Y)
                subjects = [
                    a
                    for a, at in subject_at.items()
                    if index - at <= PRONOUN_REACH and pronoun.get(a, facts.continuation) == facts.continuation
                ]
                ranked = [(seen[a], 0, a) for a in known] + [(subject_at[a], 1, a) for a in subjects]
                speakers = [max(ranked)[2]] if ranked else []
            if facts.continuation in PERSON_PRONOUNS:
                for actor in speakers:
                    if kinds[actor] == PERSON:
                        pronoun.setdefault(actor, facts.continuation)
            if not speakers and facts.continuation == "thing" and (not facts.quote & QUOTED or facts.quote & SPOKEN):
                # "The UN Security Council will meet, diplomats said. The council has condemned ...": the one
                # organisation the sentence before names (inside a quotation, '"... . It is solidarity."' is the
                # quoted speaker's word, not the body speaking)
                bodies = [a for a in named if kinds[a] == ORGANISATION]
                speakers = bodies if len(bodies) == 1 else []
        if block is not None and not facts.quote & QUOTED:
            if any(actor not in block for actor in speakers) or any(actor in block for actor in actors):
                block = None  # a speaker of its own, or the quoted writer named again: the author's words again
            else:
                speakers = list(block)
        links: dict[int, bool] = {}
        for actor in actors:
            if actor >= 0:
                links.setdefault(actor, False)
        for actor in speakers:
            links[actor] = True
        people = [a for a in speakers if kinds[a] == PERSON]
        if people:
            last_person = last_speaker = people[-1]
            since, spoke_at = 0, index
        elif any(a >= 0 and kinds[a] == PERSON for a in actors):
            last_person = -1  # another person named: a pronoun may be theirs
        else:
            since += 1
        if not speakers and (facts.quote & QUOTED or facts.continuation == "last") and not facts.quote & SPOKEN:
            pending.append(len(result))  # its speaker is named where the quotation ends, else it was the last one
            result.append(links)
            if not facts.quote & QUOTE_OPEN and previous and carried is None:
                settle(_voice(previous, kinds))  # else it waits for the next sentence: ""...". The agency said ..."
            continue
        if not speakers and facts.quote & SPOKEN:
            # '"She's just ... . A lot of people think that," said a protester.': the quotation's own attribution
            # names no actor, so neither the person quoted before nor the paragraph before's speaker said it
            settle([])
        else:
            if speakers and pending and facts.quote & ATTRIBUTION:
                # '"...?" / Hale asked.': the quotation the splitter cut off is Hale's statement; the attribution,
                # saying nothing, is a mention (after the loop: until then it carries Hale as a speaker would)
                attributions.append(len(result))
            settle(speakers if speakers else _voice(previous, kinds) if carried is None else carried)
        carried = None
        result.append(links)
        if facts.quote & ANNOUNCES and speakers:
            announced = list(speakers)
        if not speakers and facts.continuation == REFERS and not any(actor >= 0 for actor in actors):
            # "X arrived. He met families. "...," he said.": a sentence about the person named before, naming no one
            # else, keeps them as the one a pronoun or a bare quotation after it goes back to
            # else; after a body's words ("The company denied it: / She was never forced to stay. / They also said
            # ..."), the body, whose statement the sentence goes on with
            previous = [a for a in previous if kinds[a] == PERSON] or previous
            continue
        previous = speakers
        named = [
            a for a, spot in zip(actors, spots, strict=True) if a >= 0 and not spot.possessive and not spot.adjective
        ]
        named_in = (actors, spots)  # read only when a pronoun needs it
        named_refers = facts.continuation == REFERS  # it opened with a pronoun: those it names are not its subject
    settle(_voice(previous, kinds) if carried is None else carried)
    for index in attributions:
        result[index] = dict.fromkeys(result[index], False)
    return result


def _sentence_speakers(
    facts: SentenceFacts, spots: Sequence[Spot], actors: Sequence[int], kinds: Sequence[str]
) -> list[int]:
    can_speak = [
        actor >= 0
        and (not spot.possessive or spot.verb >= 0)
        and (not spot.adjective or (spot.verb >= 0 and spot.roles_end >= 0))
        for spot, actor in zip(spots, actors, strict=True)
    ]  # a country's adjective speaks through its officials ("Palestinian officials said"), a name through its
    # possessive's role or document ("PC World's analysis concluded")
    by_end = {spot.end: index for index, spot in enumerate(spots) if can_speak[index]}
    joins = facts.joins
    found: dict[int, int] = {}  # actor → token position of the name that speaks

    def add(index: int) -> None:
        actor, start = actors[index], spots[index].start
        found[actor] = min(found.get(actor, start), start)

    handled_verbs: set[int] = set()
    # X said / X has warned / X, a member of ..., said / X and Y have denied
    for index, spot in enumerate(spots):
        if actors[index] < 0 and spot.verb >= 0 and not spot.possessive:
            # a name that is no actor before the verb, joined to a person before it: the person's title set off as
            # a name ("Anna Berg, Product Manager for X, said"), the person speaks
            join = spot.phrase_start - 1
            other = by_end.get(join) if join >= 1 and joins >> join & 1 else None
            if other is not None and kinds[actors[other]] == PERSON:
                handled_verbs.add(spot.verb)
                add(other)
            continue
        if not can_speak[index] or spot.verb < 0:
            continue
        handled_verbs.add(spot.verb)
        add(index)
        # subjects joined by "and" or commas before this one
        position = spot.phrase_start - 1
        while position >= 1 and joins >> position & 1:
            other = by_end.get(position)
            if other is None:
                if joins >> (position - 1) & 1:  # "X and the Y": "the" after the join
                    position -= 1
                    continue
                break
            before = spots[other].phrase_start - 1
            if not spots[other].opener and not (before >= 1 and joins >> before & 1):
                break  # "In an interview with the BBC, X said": a name after a preposition is no co-subject
            add(other)
            position = before
    # "X and Y and have denied": a dangling "and" before the verb, when the subjects open the clause
    for index, verb in facts.and_verbs:
        if index not in by_end or verb in handled_verbs:
            continue
        chain = [by_end[index]]
        position = spots[chain[-1]].phrase_start - 1
        while position >= 1 and joins >> position & 1 and position in by_end:
            chain.append(by_end[position])
            position = spots[chain[-1]].phrase_start - 1
        if spots[chain[-1]].opener:
            handled_verbs.add(verb)
            for other in chain:
                add(other)
    # "...", said X / according to X / told by X
    for verb, free, taken in facts.cues:
        cue = taken if verb >= 0 and verb in handled_verbs else free
        if cue >= 0:
            head = _head_at(cue, spots, actors, kinds)
            if head is not None:
                add(head)
    return sorted(found, key=lambda actor: (found[actor], actor))


def _head_at(position: int, spots: Sequence[Spot], actors: Sequence[int], kinds: Sequence[str]) -> int | None:
    """The spot a phrase starting at `position` names: "Chinese Foreign Minister Wang Yi", "UN spokesman X"."""
    head: int | None = None
    for _ in range(4):
        at = [i for i, spot in enumerate(spots) if spot.phrase_start == position or spot.start == position]
        named = [i for i in at if not spots[i].adjective and actors[i] >= 0]
        if named:
            head = min(named, key=lambda i: spots[i].start)
            break
        adjectives = [i for i in at if spots[i].adjective]
        if not adjectives:
            return None
        adjective = spots[adjectives[0]]
        if (
            adjective.roles_end >= 0
            and actors[adjectives[0]] >= 0
            and not any(spot.phrase_start == adjective.roles_end for spot in spots)
        ):
            return adjectives[0]  # "according to Palestinian officials"
        position = adjective.end  # "said Chinese Foreign Minister Wang Yi"
    if head is None:
        return None
    if kinds[actors[head]] == COUNTRY and not spots[head].possessive:
        # "according to US Secretary of State X": a country opening an office's title qualifies its holder
        end = spots[head].end
        holder = [i for i, spot in enumerate(spots) if spot.phrase_start == end and spot.start > end and actors[i] >= 0]
        if holder and kinds[actors[holder[0]]] == PERSON:
            return holder[0]
    cursor = spots[head].roles_end
    if kinds[actors[head]] != PERSON and cursor >= 0:
        # "UN spokesman Stephane Dujarric": an organisation, role words, then the person speaking for it
        person = [i for i, spot in enumerate(spots) if spot.phrase_start == cursor and actors[i] >= 0]
        if person and kinds[actors[person[0]]] == PERSON:
            return person[0]
    return head


PRONOUN_REACH = 3  # sentences back a "he said" may reach for the last person who spoke
_PERSONAL = PERSON_PRONOUNS | {PERSON, SUBJECT}  # "person": a pronoun inside a clause ("Sources said he cautioned")


def _voice(previous: Sequence[int], kinds: Sequence[str]) -> list[int]:
    """Who a bare quotation after a sentence with these speakers goes on quoting: its last person, else its last
    speaker ("X of the Kestrel Agency said, "...". / "...": X, not the agency named with X)."""
    for actor in reversed(previous):
        if kinds[actor] == PERSON:
            return [actor]
    return list(previous[-1:])


def _give_role(roles: dict[str, int], role: str, actor: int) -> None:
    """Record `actor` as the one last named with `role`, moved to the end of `roles`: `_role_holder` takes the
    latest."""
    roles.pop(role, None)
    roles[role] = actor


def _role_holder(roles: dict[str, int], wanted: str) -> int:
    """The person last named with a role holding every word of `wanted` ("the minister" or "the aviation minister"
    after "Civil Aviation Minister X": X; "the local health minister": nobody), else -1."""
    words = set(wanted.split())
    return next((actor for role, actor in reversed(roles.items()) if words <= set(role.split())), -1)


def _known_by(word: str, index: int, seen: Mapping[int, int], pronoun: Mapping[int, str]) -> list[int]:
    """The people named a few sentences before sentence `index` (`seen`: person → the last sentence naming them) whom
    a name or an earlier pronoun gives the pronoun `word`, in the order `seen` holds them."""
    return [a for a, at in seen.items() if index - at <= PRONOUN_REACH and pronoun.get(a) == word]


def _named_as_subject(actor: int, named_in: tuple[Sequence[int], Sequence[Spot]]) -> bool:
    """True when a sentence's actors and spots (`named_in`) name `actor` as a subject."""
    return any(a == actor and spot.subject for a, spot in zip(*named_in, strict=True))


def _may_be(actor: int, mode: str, pronoun: Mapping[int, str]) -> bool:
    """False when `mode` is "he" or "she" and the person is known by the other ("He said" after "Mary Jones")."""
    return mode not in PERSON_PRONOUNS or pronoun.get(actor, mode) == mode


def _continuation(
    mode: str, previous: Sequence[int], kinds: Sequence[str], pronoun: Mapping[int, str] | None = None
) -> list[int]:
    if mode in _PERSONAL:
        return [a for a in previous if kinds[a] == PERSON and (pronoun is None or _may_be(a, mode, pronoun))][-1:]
    if mode == "thing":
        return [a for a in previous if kinds[a] != PERSON][-1:]
    if mode == "all":
        return list(previous)
    if mode == "last":
        return _voice(previous, kinds)
    return []
