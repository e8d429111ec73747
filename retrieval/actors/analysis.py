"""One document's names and statements: `analyse_document` reads a document's sentences and returns its facts.

(About 600 lines: the three steps below share one per-sentence token walk and its state; split apart they would
pass that state between modules for no gain in clarity.)

1. Each sentence is cut into word tokens. Phrases of the country gazetteer (`data/countries.tsv`: names, official
   names, adjectives, capitals, seats of government) and of regions are matched first, longest first. A capital or
   seat counts as its country only where it stands for the government ("Moscow does not think", "the Kremlin said"),
   not where it is a place ("in Tehran", "in Sochi and Ankara", "the Tehran summit").
2. The other runs of capitalised words are name candidates. Leading titles ("Turkish President", "Prime Minister")
   are stripped and mark a person; a final organisation word ("ABC News", "Foreign Ministry") marks an organisation;
   time words ("Friday", "September"), stop words ("The") and a capitalised common word at the start of a sentence
   ("Stop", "Sources", "Latest": `data/common_words.txt`) are not names unless the corpus has them in mid-sentence
   ("Trump"). Title-case lines ("Latest News") only match names found elsewhere.
3. Each mention adds its evidence (a title, "in Idlib", "Idlib province", "Islamist militant groups", a speech verb
   after it) to the count of its name form (`NameCount`); the corpus decides kinds and merging (merge).
4. Per sentence, what statements need (`SentenceFacts`): which name is the subject of a speech verb (`X said`,
   `X has warned`, `X, a member of ..., said`), the cues after one (`"...", said X`, "according to", "told by"), and
   how a pronoun or bare-quote sentence carries the speakers before over (`"...", he added.`); link resolves them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from retrieval.actors.facts import (
    ANNOUNCES,
    ATTRIBUTION,
    BLOCK_QUOTE_PARAGRAPHS,
    BODY_NOUNS,
    CLIPPED_NAME,
    COLON_END,
    COUNTRY_KEY,
    EVIDENCE,
    EVIDENCE_INDEX,
    NEWS_DOCUMENT,
    PARAGRAPH,
    PERSON,
    PERSON_PRONOUNS,
    PROSE_DOCUMENT,
    QUOTE_MARK,
    QUOTE_OPEN,
    QUOTED,
    REFERS,
    RELIABLE,
    ROLE,
    SKIP,
    SPOKEN,
    SUBJECT,
    UNRELIABLE,
    DocumentFacts,
    NameCount,
    SentenceFacts,
    Spot,
)
from retrieval.actors.lexicon import (
    ACTOR_SUFFIXES,
    ADJECTIVE_FORM,
    AFFIX_PREFIXES,
    AWARD_SUFFIXES,
    CAPITAL_FORM,
    NAME_FORM,
    ORGANISATION_SUFFIXES,
    PLACE_SUFFIXES,
    REGION_FORM,
    SEAT_FORM,
    Lexicon,
    Token,
    fold,
    is_common,
    load_lexicon,
    name_key,
    tokenize_sentence,
)
from retrieval.tokenize import STOP_WORDS

# quote marks, one definition each: English double ones (straight, curly: opening, closing), then with guillemets,
# then with single ones
_OPENING_QUOTES, _CLOSING_QUOTES = frozenset({'"', "“"}), frozenset({'"', "”"})
_QUOTE_CHARS = _OPENING_QUOTES | _CLOSING_QUOTES
_DOUBLE_QUOTES = _QUOTE_CHARS | {"«", "»"}
_QUOTES = _DOUBLE_QUOTES | {"'", "‘", "’"}
_OPENERS = _QUOTES | {":", "|", "—", "–", "(", "-", "["}
_ADJECTIVE_ENDINGS = ("ist", "ists", "ic", "ish", "ese", "ite", "ites", "ern", "ean")
_SUBJECT_PRONOUNS = {"he": PERSON, "she": PERSON, "they": "", "it": "thing"}


# One sentence ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Mention:
    """A name found in a sentence, before the corpus decides what it is."""

    surface: str  # as written, titles stripped: "Hassan Rouhani", "Russian", "Moscow", "Foreign Ministry"
    name: str  # what it is grouped by: the surface, a qualified organisation or the country's name
    start: int  # token span of the name
    end: int
    phrase_start: int  # first token of the phrase, titles and leading adjectives included
    country: str = ""  # set for gazetteer mentions
    form: str = ""  # gazetteer form, or "" for a name candidate
    reliable: bool = True
    needs: str = ""  # a common word opening the sentence: reliable only if the corpus has it mid-sentence too
    possessive: bool = False
    # what it merges by when that is not `name`: "American Air Force" for "US Air Force" (and "U.S. Air Force")
    grouped: str = ""
    # evidence kind → weight; a defaultdict, not a Counter: its missing key costs no Python-level call
    evidence: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def is_adjective(self) -> bool:
        return self.form == ADJECTIVE_FORM


@dataclass(slots=True)
class SentenceAnalysis:
    """The tokens and mentions of one sentence."""

    tokens: list[Token]
    mentions: list[Mention]
    title_case: bool
    capital: bool = False  # a capital or seat of government among the mentions (`_capital_surnames` reads on)


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _is_title_case(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """A headline: two capitalised words or more, and no lower-case word of content; or a run of headings read as
    one sentence (a table of contents): `HEADINGS_CAPITALS` capitalised words or more for each lower-case one or
    comma (headings are not listed with commas: "Ann Lee, Tom Hale, ... and Rita Moss all sang" is a sentence)."""
    capitals = lower = commas = 0
    past_verbs = lexicon.words["past_verbs"]
    for position, token in enumerate(tokens):
        if (token.kind == "word" or token.kind == "acronym") and token.text[:1].isalpha():
            if token.capitalised:
                capitals += 1
            elif (len(token.text) > 3 or token.lower in past_verbs) and token.lower not in STOP_WORDS:
                # a short verb is content too: "Anna Berg met Tom Hale in Paris on Monday."
                lower += 1
                if capitals + len(tokens) - position < HEADINGS_CAPITALS * max(lower + commas, 2):
                    return False  # too few words left to make it a run of headings
        elif token.text == ",":
            commas += 1
    return (
        capitals >= 2
        and (lower == 0 or capitals >= HEADINGS_CAPITALS * max(lower + commas, 2))
        and not _quoted_after_colon(tokens)
    )


def _quoted_after_colon(tokens: Sequence[Token]) -> bool:
    """True for 'Adviser to the Minister Anna Berg: "Agreed."': a quoted sentence after its speaker, no headline."""
    return any(t.text in _SENTENCE_ENDS for t in tokens[-2:]) and any(
        tokens[i].text == ":" and tokens[i + 1].text in _QUOTES for i in range(len(tokens) - 1)
    )


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# a day alone between a subject and its verb of saying ("X yesterday said"), and what opens one ("X on Tuesday said")
_SPEAKING_DAYS = _WEEKDAYS | {"today", "yesterday", "tonight"}
_DAY_OPENERS = frozenset({"on", "last", "this", "earlier", "late", "early"})


def _day_after(tokens: Sequence[Token], position: int) -> bool:
    """True when a weekday (or "today", "yesterday") follows `position`: "on Tuesday", "last Friday"."""
    return position + 1 < len(tokens) and tokens[position + 1].lower in _SPEAKING_DAYS


HEADINGS_CAPITALS = 8  # "Preface by Lionel Giles INTRODUCTION Sun Wu and his Book ... Chapter I. Laying plans ..."


# adverbs without "-ly" that stand between an auxiliary and its verb ("has since said", "had long argued")
_MIDDLE_ADVERBS = frozenset({"since", "already", "long", "always", "often", "still", "just", "even", "later", "again"})


# what opens the setting of words between a speaker and the verb: "X in a statement said", "X in his speech said"
_SETTING_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their"})
_IRREGULAR_SPOKE = frozenset({"said", "told", "wrote", "spoke"})  # past tenses of saying without "-ed"


def _as_capacity(tokens: Sequence[Token], index: int) -> bool:
    """Whether the capitalised words ending before `index` follow "as" ("as Pentagon chief"): a capacity."""
    start = index
    while start > 0 and tokens[start - 1].capitalised:
        start -= 1
    if start > 0 and tokens[start - 1].lower == "the":
        start -= 1
    return start < index and start > 0 and tokens[start - 1].lower == "as"


# words that open a clause of its own, whose verbs are another subject's: "X met Y, who said", "X said that Y denied"
_OWN_CLAUSE_OPENERS = frozenset(
    {"that", "who", "whom", "which", "where", "when", "while", "because", "if", "as", "but"}
)
_COORDINATION_REACH = 20  # words between a sentence's subject and "and" + its second verb


def _coordinated_speech_verb(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> int:
    """Index of a finite verb of saying that a sentence's subject ending at `end` governs as the second of two
    verbs joined by "and" ("X made the announcement and also called for ...", "X has expressed solidarity ... and
    said ..."): the words before "and" hold no punctuation, quotation, capitalised word, clause opener or verb of
    saying; else -1."""
    speech_verbs = lexicon.words["speech_verbs"]
    for position in range(end + 1, min(len(tokens) - 1, end + _COORDINATION_REACH)):
        token = tokens[position]
        if (token.text == "," and tokens[position + 1].lower == "and") or (
            token.capitalised and token.kind == "word" and _name_after_a_preposition(tokens, position, end)
        ):
            # "X expressed opposition to the swearing-in of Ann Berg, and suggested ...": the name is the object of
            # a preposition, and the comma only sets off the second verb (issue 16, round 49)
            continue
        if token.kind not in ("word", "acronym") or token.lower in _OWN_CLAUSE_OPENERS or token.capitalised:
            return -1  # "X met Ann Berg and asked her to ...": whose request is left open
        if token.lower in speech_verbs and not token.capitalised:
            return -1  # a verb of saying before "and" is the sentence's own (read elsewhere) or an object's
        if token.lower != "and":
            continue
        verb = position + 1
        if verb < len(tokens) and (tokens[verb].lower in ("also", "then") or tokens[verb].lower.endswith("ly")):
            verb += 1
        if verb < len(tokens) and not tokens[verb].capitalised and tokens[verb].lower in speech_verbs:
            finite = tokens[verb].lower.endswith(("ed", "s")) or tokens[verb].lower in _IRREGULAR_SPOKE
            # "X attended the opening and spoke to donors": speaking to someone says nothing yet
            return verb if finite and tokens[verb].lower not in _SPEAK_FORMS else -1
        return -1
    return -1


def _name_after_a_preposition(tokens: Sequence[Token], position: int, end: int) -> bool:
    """True when the capitalised word at `position` (after the subject ending at `end`) belongs to a name that a
    preposition governs ("... of Ann Berg"), so that it is no subject of the verb after it."""
    start = position
    while start > end + 1 and tokens[start - 1].capitalised and tokens[start - 1].kind == "word":
        start -= 1
    return start > end + 1 and tokens[start - 1].lower in _OBJECT_PREPOSITIONS


def _verb_after_setting(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Index of the lower-case speech verb that ends "in a/his ... " at `position` (words only, at most nine, none of
    them a verb of saying or a quotation's mark), else -1."""
    if position + 2 >= len(tokens) or tokens[position + 1].lower not in _SETTING_DETERMINERS:
        return -1
    for look in range(position + 2, min(len(tokens), position + 11)):
        token = tokens[look]
        if token.kind != "word":
            return -1
        if not token.capitalised and token.lower in lexicon.words["speech_verbs"]:
            # a finite verb ("said", "noted", "says"), not a noun of the setting ("in the outgoing request")
            finite = token.lower.endswith(("ed", "s")) or token.lower in _IRREGULAR_SPOKE
            return look if look > position + 2 and finite else -1
    return -1


_NEGATIONS = frozenset({"not", "never"})
_PUT_IT_MANNER = frozenset({"so", "thus", "this", "that", "way", "best", "simply"})  # "put it this way:", "put it best"


def _put_it_so(tokens: Sequence[Token], put: int) -> bool:
    """True when "put" at `put` opens "put it" as a verb of saying: "it", then at most two words of manner ("this
    way", "bluntly", "best") and a comma, colon, quote mark or the sentence's end ("As X put it, "..."", "X put it
    bluntly: ..."); not "X put it on the table", "X put it to a vote"."""
    if put + 2 >= len(tokens) or tokens[put + 1].lower != "it":
        return False
    look = put + 2
    while (
        look < len(tokens)
        and look - put <= 3
        and tokens[look].kind == "word"
        and not tokens[look].capitalised
        and (tokens[look].lower in _PUT_IT_MANNER or tokens[look].lower.endswith("ly"))
    ):
        look += 1
    return look < len(tokens) and (tokens[look].text in (",", ":", ".") or tokens[look].text in _QUOTES)


def _speech_verb_after(tokens: Sequence[Token], index: int, lexicon: Lexicon, allow_apposition: bool = True) -> int:
    """Index of a speech verb that `tokens[index:]` leads to through auxiliaries and adverbs, else -1; -1 too when a
    negation stands between ("X did not immediately say whom it would back", "X has never commented", "X didn't
    say"): words not said are no statement."""
    verb = _speech_verb_reached(tokens, index, lexicon, allow_apposition)
    if verb > index and any(
        tokens[i].lower in _NEGATIONS or tokens[i].lower.endswith("n't") for i in range(index, verb)
    ):
        return -1
    return verb


# issue 16, round 56: "X and his supporters claimed", "X and their allies said", "X and others warned": the name's
# companions named by a possessive and a plural noun, or "others", speak with it
_COMPANION_OWNERS = frozenset({"his", "her", "their", "its"})


def _companions_end(tokens: Sequence[Token], start: int) -> int:
    """Index after "and his <plural noun>" or "and others" at `start` (the "and"), else -1."""
    following = tokens[start + 1 : start + 3]
    if following and following[0].kind == "word" and following[0].lower == "others":
        return start + 2
    if (
        len(following) == 2
        and following[0].lower in _COMPANION_OWNERS
        and following[1].kind == "word"
        and not following[1].capitalised
        and following[1].lower.endswith("s")
    ):
        return start + 3
    return -1


def _speech_verb_reached(tokens: Sequence[Token], index: int, lexicon: Lexicon, allow_apposition: bool) -> int:
    """`_speech_verb_after` before its negation test."""
    position = index
    skipped = 0
    document = False  # after "letter", "statement": "The Home Office letter reads"
    passive = False  # after a form of "be": "X was accused", "X has been told" are spoken of, not speaking
    speech_verbs, auxiliaries = lexicon.words["speech_verbs"], lexicon.words["auxiliaries"]
    while position < len(tokens) and skipped <= 4:
        token = tokens[position]
        if token.kind != "word":
            if (
                token.text == "."
                and position == index
                and index >= 1
                and (tokens[index - 1].lower in _LEGAL_FORMS or tokens[index - 1].lower in _NAME_SUFFIXES)
            ):
                # "Acme Corp. announced", "Tom Hale Jr. said": the legal form's or the suffix's dot, not the end
                position += 1
                skipped += 1
                continue
            if token.text == ")" and position == index:
                position += 1  # "The World Health Organisation (WHO) recommends"
                skipped += 1
                continue
            if token.text == "(" and position == index:
                close = next(
                    (i for i in range(position + 1, min(len(tokens), position + 8)) if tokens[i].text == ")"), -1
                )
                if close > 0:
                    position = close + 1  # "Carl Weber (R-Texas) said", "Ann Lee (D-N.Y.) said": an aside
                    skipped += 1
                    continue
            break
        lower = token.lower
        if position == index and lower == "and" and (after := _companions_end(tokens, position)) > 0:
            position = after  # "X and his supporters claimed", "X and others warned": X speaks with them
            skipped += 1
            continue
        if lower in _POINTING and position + 1 < len(tokens) and tokens[position + 1].lower == "out" and not passive:
            return position  # "X points out that ...": a verb of saying of two words
        if lower == "put" and not token.capitalised and not passive and _put_it_so(tokens, position):
            return position  # "as X recently put it, "..."": a verb of saying of two words
        if (
            not token.capitalised
            and (lower in speech_verbs or (document and lower in _READS))
            and not (lower in _GOES_ON and position + 1 < len(tokens) and tokens[position + 1].lower == "to")
        ):  # "X continues to run 19 stores": the verb after "to" says whether X speaks (below)
            if passive and _is_participle(lower):
                after_verb = [t.lower for t in tokens[position + 1 : position + 3]]
                if after_verb == ["as", "saying"]:
                    return position + 2  # "X was cited as saying"
                if after_verb[:1] == ["to"] and lower in ("said", "reported"):
                    position += 2  # "X is reported to have said"
                    skipped += 1
                    passive = False
                    continue
                return -1
            if (
                lower in _VERBS_WITH_OBJECTS
                and position + 1 < len(tokens)
                and tokens[position + 1].lower in _VERBS_WITH_OBJECTS[lower]
            ):
                # "He will continue his trip", "She added a new rule": an object, not a quotation; but "Kingston
                # added the family "has ..."": "that" left out before a clause
                return -1
            if lower in _MAKING_OR_SAYING and _thing_object(tokens, position + 1, lexicon):
                return -1  # "X adds helpful utilities on top of Y", "X added a line to the file": a thing made
            if lower in _CONFIRMS and any(t.lower in _APPOINTMENTS for t in tokens[position + 1 : position + 4]):
                return -1  # "X confirmed the nominations of Y": a vote on an appointment
            if lower in _DECLARES and _declared_act(tokens, position + 1):
                return -1  # "X declared a state of emergency", "declared seven days of mourning": an act, no words
            if lower in _NOTIFIES and not _that_after_object(tokens, position + 1):
                return -1  # "OSS-Fuzz notifies those that are members", "X notified them of his intent": no words
            if position + 1 < len(tokens) and (
                (lower in _MAINTAINS and tokens[position + 1].lower not in _MAINTAINED_CLAUSE | _QUOTES)
                or (
                    lower in _GOES_ON_VERBS
                    and tokens[position + 1].lower.endswith("ing")
                    and tokens[position + 1].lower not in speech_verbs
                )
            ):
                return -1  # a thing kept or an action going on: no words
            if _plural_noun(tokens, position, lexicon) or _speaks_without_content(tokens, position):
                return -1
            if position + 1 < len(tokens) and tokens[position + 1].lower in _PHRASAL_PARTICLES:
                return -1  # "The Coast Guard called off its search": another verb, no words
            if position == index == 1 and lower.endswith("ing") and is_common(tokens[0].text, lexicon):
                return -1  # "Worth noting is ...": a common word opening a phrase, no speaker (no finite verb)
            return position
        if (
            passive
            and lower.endswith("ed")
            and position + 2 < len(tokens)
            and tokens[position + 1].lower == "as"
            and tokens[position + 2].lower == "saying"
        ):
            return position + 2  # "X was cited as saying", "X is recorded as saying": any verb, the saying is X's
        if lower in _ISSUING_VERBS and not token.capitalised and not passive and _statement_object(tokens, position):
            return position  # "X issued a statement", "X released a brief statement"
        if (
            lower in auxiliaries
            # "X quoted Y, who was elected in May, to have said that ...": the name's reported words
            or (lower == "to" and position + 1 < len(tokens) and tokens[position + 1].lower == "have")
            or (lower.endswith("ly") and len(lower) > 4 and not token.capitalised)  # "consistently"
            # "He has since said", "X had long argued": an adverb between the auxiliary and the verb
            or (lower in _MIDDLE_ADVERBS and position > index and tokens[position - 1].lower in auxiliaries)
            # "X officials said"; but "Y in his first news conference as X chief said": the role is Y's capacity
            or (
                position == index
                and not token.capitalised
                and _is_role(lower, lexicon)
                and not _as_capacity(tokens, index)
            )
            or (position == index and lower in _TEAMS)  # "The X team noted": the body speaks through its team
            or (position == index and lower in _GOVERNMENTS)  # "the UK Government said"
            or (position - index < 2 and token.text.isupper() and lower in lexicon.words["titles"])  # "X MP said"
            or (position - index < 2 and not token.capitalised and _names_a_body(tokens, position, index, lexicon))
        ):
            passive = passive or lower in _BE_FORMS
            position += 1
            skipped += 1
            continue
        if (
            lower == "of"
            and position == index + 1
            and position + 2 < len(tokens)
            and tokens[position + 1].kind == "word"
            and not tokens[position + 1].capitalised
            and tokens[position + 1].lower.endswith("s")
            and _names_a_body(tokens, index, index, lexicon)
        ):
            position += 2  # "The Kestrel group of websites reported": what the body is made of
            skipped += 1
            continue
        if (
            lower in _GOES_ON
            and position + 2 < len(tokens)
            and tokens[position + 1].lower == "on"
            and (tokens[position + 2].text == ":" or tokens[position + 2].text in _QUOTES)
        ):
            return position  # 'He went on: "..."'
        if lower in _GOES_ON and position + 2 < len(tokens) and tokens[position + 1].lower in ("to", "on"):
            # "X went on to say", "X continued to insist"
            position += 3 if tokens[position + 1].lower == "on" and tokens[position + 2].lower == "to" else 2
            skipped += 1
            continue
        if position == index and lower in lexicon.words["document_nouns"]:
            document = True
            position += 1
            skipped += 1
            continue
        if position == index and lower == "in" and (verb := _verb_after_setting(tokens, position, lexicon)) > 0:
            position = verb  # "X in a statement said", "X in his first news conference as chief said Friday"
            skipped += 1
            continue
        if position == index and (lower in _SPEAKING_DAYS or (lower in _DAY_OPENERS and _day_after(tokens, position))):
            # "X on Tuesday told reporters", "X yesterday said": when, between the subject and its verb
            position += 1 if lower in _SPEAKING_DAYS else 2
            skipped += 1
            continue
        break
    if allow_apposition and position == index and position < len(tokens) and tokens[position].lower == "who":
        verb = _speech_verb_after(tokens, position + 1, lexicon, allow_apposition=False)
        if verb >= 0:
            return verb  # "the health minister X who adds that ...": the comma left out
    if (
        allow_apposition
        and position == index
        and position + 1 < len(tokens)
        and tokens[position].text == ","
        and tokens[position + 1].lower == "who"
    ):
        verb = _speech_verb_after(tokens, position + 2, lexicon, allow_apposition=False)
        if verb >= 0:
            return verb  # "X, who had told Y ..."
    if allow_apposition and position < len(tokens) and tokens[position].text == "," and position == index:
        # "X, a member of the ... team, said": an apposition between commas, then the verb
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None:
            return -1
        # a capitalised word after the comma starts a list of names ("X, Y and Z said"), unless a lower-case role
        # follows it: "X, USI associate professor of art history, said"
        needs_role = (
            following.capitalised
            and following.lower not in STOP_WORDS
            and following.lower not in lexicon.words["titles"]  # "Tom Molomby, SC, said"
            and not _party_label(tokens, position + 1, lexicon)  # "X, Republican from Texas, said"
        )
        reach = 4
        for close in range(position + 1, min(len(tokens), position + 40)):
            token = tokens[close]
            if needs_role:
                if token.kind == "possessive" and reach == 4:
                    reach = close - position + 3  # "X, El Diario newspaper's famous cartoonist, told": its role
                    continue
                if token.kind != "word" or close > position + reach:
                    return -1
                needs_role = token.capitalised or not _is_role(token.lower, lexicon)  # "associate professor"
                if needs_role and reach > 4 and token.lower in lexicon.words["titles"]:
                    needs_role = False  # "X, Kestrel's CEO for Europe, said": a body's officer, written as a title
                continue
            if token.kind == "punct" and (token.text in _QUOTES or token.text in ".;:!?"):
                if (
                    token.text == "."
                    and close + 1 < len(tokens)
                    and tokens[close + 1].kind != "punct"
                    and tokens[close - 1].kind in ("word", "acronym")
                ):
                    # a dot inside the sentence ends no apposition: an abbreviation ("a Ph.D. candidate", "Kestrel
                    # Inc.") or a web address ("in remarks to Kestrel.com.br")
                    continue
                return -1
            if (
                token.kind == "word"
                and not token.capitalised  # "X, of the Disaster Warning Foundation, said": a word of a name
                and token.lower in lexicon.words["speech_verbs"]
                and close > position + 1
                and tokens[close - 1].lower not in _NOUN_MARKERS  # "X, in remarks to Y, said": a noun
            ):
                return close if _unclosed_apposition(tokens, position, close, lexicon) else -1
            if token.text == ",":
                verb = _speech_verb_after(tokens, close + 1, lexicon, allow_apposition=False)
                if verb < 0 and close + 2 < len(tokens) and tokens[close + 1].lower == "who":
                    verb = _speech_verb_after(
                        tokens, close + 2, lexicon, allow_apposition=False
                    )  # "X, an expert, who said"
                if verb >= 0 or close + 1 >= len(tokens):
                    return verb
                if tokens[close + 1].lower in ("which", "whose", "where") and close > position + 2:
                    continue  # "X, the head of the Trust, which runs the port, said": a clause inside the apposition
                if tokens[close + 1].lower != "and" and not _place_after_comma(tokens, close, lexicon):
                    return verb
                # "X, Director of A, and Chairman of B, says": the apposition goes on after ", and"; "X, director
                # at the University of Arkansas, Fayetteville, said": and after a place
                # "X, Director of A, and Chairman of B, says": the apposition goes on after ", and"
    if (
        allow_apposition
        and position == index
        and position < len(tokens)
        and tokens[position].lower in _AFFILIATIONS
        and not _common_word_alone(tokens, index - 1, lexicon)
    ):
        # "Lydia Berg for Food Standards Australia, says": the speaker's organisation, then the verb
        look = position + 1
        while look < len(tokens) and look - position < 12:
            if (
                tokens[look].capitalised
                or tokens[look].lower in _TAIL
                or (tokens[look].lower in ("a", "an") and look + 1 < len(tokens) and tokens[look + 1].capitalised)
                or (tokens[look].kind == "possessive" and look > position + 1)  # "X of the UK's Crime Agency said"
            ):
                look += 1  # "X of the Center for a New American Security said"
            elif (
                tokens[look].text == "("
                and look + 2 < len(tokens)
                and tokens[look + 2].text == ")"
                and tokens[look + 1].capitalised
            ):
                look += 3  # "X of the Kestrel Agency (KA) said": the body's acronym
            else:
                described = look  # "X of the charity Kestrel Aid said", "X of victims' group Kestrel Aid said"
                while (
                    described < len(tokens)
                    and described - look < AFFILIATION_NOUNS
                    and tokens[described].kind == "word"
                    and not tokens[described].capitalised
                    and tokens[described].lower not in STOP_WORDS
                    and tokens[described].lower not in lexicon.words["speech_verbs"]
                    and not _is_subject_verb(tokens[described], lexicon)
                ):
                    described += 1
                if described == look or described >= len(tokens) or not tokens[described].capitalised:
                    break
                look = described
        if tokens[look - 1].lower == "and":
            # "jumped on stage during the X of Y Charity and claimed ...": "and" joins two verbs, not two bodies
            return -1
        if look > position + 1 and look < len(tokens):
            if tokens[look].text == ",":
                verb = _speech_verb_after(tokens, look + 1, lexicon, allow_apposition=False)
                if (
                    verb < 0
                    and look + 1 < len(tokens)
                    and (tokens[look + 1].lower in _ARTICLES or _is_role(tokens[look + 1].lower, lexicon))
                ):
                    # "X of Kestrel Marine, a firm making radios, told Y", "X of Kestrel University, co-author of a
                    # study, declared": an apposition, then the verb
                    verb = _speech_verb_after(tokens, look, lexicon)
                return verb
            verb = _speech_verb_after(tokens, look, lexicon, allow_apposition=False)
            if verb < 0:
                # "X of the island's power authority said", "X of the Kestrel tribal office told": the body's own
                # lower-case words (and a possessive), then the verb
                nouns = look
                while (
                    nouns < len(tokens)
                    and nouns - look < AFFILIATION_NOUNS
                    and (
                        tokens[nouns].kind == "possessive"
                        or (
                            tokens[nouns].kind == "word"
                            and not tokens[nouns].capitalised
                            and tokens[nouns].lower not in STOP_WORDS
                            and not _is_subject_verb(tokens[nouns], lexicon)
                        )
                    )
                ):
                    nouns += 1
                if nouns > look:
                    verb = _speech_verb_after(tokens, nouns, lexicon, allow_apposition=False)
            return verb
    return -1


_READS = frozenset({"reads", "read"})


def _common_word_alone(tokens: Sequence[Token], last: int, lexicon: Lexicon) -> bool:
    """True when the name ending at `last` is one capitalised common word after a lower-case one ("the Faculty of
    Arts and | Education at the X University, said"): a part of a longer name, not a speaker with an employer."""
    return (
        last >= 1
        and not tokens[last - 1].capitalised
        and tokens[last].capitalised
        and is_common(tokens[last].text, lexicon)
    )


AFFILIATION_NOUNS = 4  # lower-case words of a speaker's body before the verb ("of the tribal preservation office said")
_WHILE = frozenset({"while", "whilst", "when", "after", "before"})
_SPOKEN_CONTENT = frozenset({"of", "about", "out", "on", ":", ","})
_PHRASAL_PARTICLES = frozenset({"off"})  # after a verb of saying, another verb: "called off", "warned off"
_SPEAK_FORMS = frozenset({"speak", "speaks", "spoke", "speaking", "talked"})  # "talked on the phone": no words
_PHONE = frozenset({"phone", "telephone"})


def _occasion_after(tokens: Sequence[Token], position: int) -> bool:
    """True when a form of "speak" at `position` is followed by where or how, not what: "spoke on the phone", "by
    telephone", "was speaking at the opening of ...", and the sentence quotes nothing."""
    after = [token.lower for token in tokens[position + 1 : position + 4]]
    occasion = (
        after[:1] == ["at"]
        or (after[:1] == ["by"] and len(after) > 1 and after[1] in _PHONE)
        or (after[:2] in (["on", "the"], ["over", "the"]) and len(after) > 2 and after[2] in _PHONE)
    )
    return occasion and not any(token.text in _QUOTES or token.lower == "that" for token in tokens)


def _speaks_without_content(tokens: Sequence[Token], position: int) -> bool:
    """True when the verb at `position` is "speaking" in a clause of time with nothing said: "X was questioned while
    speaking to the press" (but "while speaking of ...", a quotation in the sentence: what is said); or a form of
    "speak" before an occasion (`_occasion_after`)."""
    if tokens[position].lower in _SPEAK_FORMS and _occasion_after(tokens, position):
        return True
    if tokens[position].lower != "speaking" or position == 0 or tokens[position - 1].lower not in _WHILE:
        return False
    if position + 1 < len(tokens) and tokens[position + 1].lower in _SPOKEN_CONTENT:
        return False
    return not any(token.text in _QUOTES for token in tokens)


# Verbs by which a body puts out a document ("X released a statement saying ..."); with a statement as the object
# ("X issued a statement") they say as much as "X stated"
_ISSUING_VERBS = frozenset({"released", "issued", "published", "posted", "sent", "circulated", "releases", "issues"})
# issue 16, round 55 (press releases): "X made the following statement", "X, Y and Z made the announcement"
_ISSUING_VERBS |= {"made", "makes"}
_STATEMENTS = frozenset({"statement", "statements", "warning", "denial", "apology", "rebuttal", "communique"})
_STATEMENTS |= {"announcement"}


def _statement_object(tokens: Sequence[Token], verb: int) -> bool:
    """True when a determiner and a statement noun follow `verb`, a few lower-case words between them ("issued a
    strongly worded statement")."""
    if verb + 2 >= len(tokens) or tokens[verb + 1].lower not in _OBJECT_DETERMINERS | {"the"}:
        return False
    for position in range(verb + 2, min(len(tokens), verb + 5)):
        token = tokens[position]
        if token.kind != "word" or token.capitalised:
            return False
        if token.lower in _STATEMENTS:
            return True
    return False


# verbs of saying that also take a thing as object ("continued his trip", "added a rule")
_OBJECT_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "a", "an"})
# what a verb of denying withholds when it is no denial of words: its object's first word ("her" left out: "denied
# her involvement" is a denial)
_WITHHELD = frozenset(
    {"funding", "funds", "access", "entry", "bail", "parole", "permission", "asylum", "visas", "admission", "passage"}
    | {"approval", "benefits", "coverage", "service", "treatment", "boarding", "him", "them", "us", "me"}
)
_VERBS_WITH_OBJECTS = {
    **dict.fromkeys(("continue", "continues", "continued"), _OBJECT_DETERMINERS | {"the"}),
    **dict.fromkeys(("add", "adds", "added"), _OBJECT_DETERMINERS),
    # issue 16, round 21: "until X revealed his source" (a thing shown, not words); "X accused of ..." (a headline's
    # passive: X is the accused)
    **dict.fromkeys(("reveal", "reveals", "revealed"), _OBJECT_DETERMINERS),
    **dict.fromkeys(("accused", "charged"), frozenset({"of", "with"})),
    # issue 16, round 29: "X answered a series of questions for our correspondent" (a thing done, no words given)
    **dict.fromkeys(("answer", "answers", "answered"), _OBJECT_DETERMINERS | {"the", "questions"}),
    # issue 16, round 56: "Congress has repeatedly denied funding", "was denied bail": a thing withheld, no words;
    # "X denied the claims", "denied that ...", "denied it" stay statements
    **dict.fromkeys(("deny", "denies", "denied", "denying"), _WITHHELD),
}
# issue 16, round 37: "The Senate has confirmed the nominations of X and Y": an appointment approved by a vote, not
# words; "confirmed the deaths", "confirmed that ..." stay statements
_CONFIRMS = frozenset({"confirm", "confirms", "confirmed"})
_APPOINTMENTS = frozenset({"nomination", "nominations", "re-nomination", "renomination", "appointment", "appointments"})
# "X has notified the White House that ...": a verb of saying only with a "that" clause after its object
_NOTIFIES = frozenset({"notify", "notifies", "notified"})
_NOTIFIED_OBJECT = 5  # words of the object between "notified" and "that"
_RELATIVE_HEADS = frozenset({"those", "anyone", "everyone", "all", "people", "users", "members"})


# issue 16, round 53: "declared a state of emergency", "declares war", "declared martial law": a state put in force,
# not words; "declared that ...", "declared the vote unlawful" stay statements
_DECLARES = frozenset({"declare", "declares", "declared"})
_DECLARED_STATES = frozenset({"emergency", "war", "mourning", "curfew", "bankruptcy", "independence", "martial"})
_DECLARED_OBJECT = 5  # words before the state's noun ("a nationwide state of emergency", "seven days of mourning")


def _declared_act(tokens: Sequence[Token], start: int) -> bool:
    """True when the object after a verb of declaring names a state put in force (`_DECLARED_STATES`) within
    `_DECLARED_OBJECT` lower-case words, before any punctuation, "that" or capitalised word."""
    for token in tokens[start : start + _DECLARED_OBJECT + 1]:
        if token.kind != "word" or token.capitalised or token.lower == "that":
            return False
        if token.lower in _DECLARED_STATES:
            return True
    return False


def _that_after_object(tokens: Sequence[Token], start: int) -> bool:
    """True when "that" follows the object starting at `start` within `_NOTIFIED_OBJECT` words, before any punctuation,
    and opens a clause ("notified the Board that its ..."), not a relative clause ("notifies those that are ...")."""
    for position in range(start, min(len(tokens), start + _NOTIFIED_OBJECT + 1)):
        token = tokens[position]
        if token.kind not in ("word", "acronym"):
            return False
        if token.lower == "that":
            return position > start and tokens[position - 1].lower not in _RELATIVE_HEADS
    return False


# verbs of saying that also make things: an object ending at a preposition is a thing ("adds support for"); not
# "wrote": "Anna Berg wrote the parts of the code" names its author, who is an actor in any text
_MAKING_OR_SAYING = frozenset({"add", "adds", "added"})
_OBJECT_WORDS = 2  # words of such an object after its determiner


def _thing_object(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """True when a determiner and one or two lower-case words at `start` end at a preposition or the sentence's end:
    an object ("adds helpful utilities on top of", "added a line to"), not a clause ("added local officials
    were ...", "added the plan would fail") nor a manner ("added quickly")."""
    position = start
    if position < len(tokens) and tokens[position].lower in _ARTICLES:
        position += 1
    words = 0
    while position < len(tokens) and words <= _OBJECT_WORDS:
        token = tokens[position]
        if token.kind != "word" or token.capitalised:
            break
        lower = token.lower
        if lower in _PREPOSITIONS:
            return words > 0
        if (
            lower in STOP_WORDS
            or lower in lexicon.words["auxiliaries"]
            or lower in lexicon.words["speech_verbs"]
            or lower.endswith("ly")
        ):
            return False
        words += 1
        position += 1
    return 0 < words <= _OBJECT_WORDS and (position == len(tokens) or tokens[position].text in (".", ";"))


# currencies named after a country's adjective ("10 million Swedish kronor"; not "won", a verb after a name)
_INTO_A_LANGUAGE = frozenset({"in", "into"})


def _a_language(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when a country's adjective after "in" or "into" ends its phrase, before punctuation or a function word:
    a language ("written in Spanish, it ...", "translated into French for"), and so are both of two such words joined
    by "and" or "or" ("coverage in Spanish and Kestrian..."); not "in French waters", "in British and Irish hands"."""
    opener = start - 1
    if start >= 3 and tokens[start - 1].lower in _PAIRING and tokens[start - 2].capitalised:
        opener = start - 3  # the second of two languages: "in Spanish and | Kestrian"
    if opener < 0 or tokens[opener].lower not in _INTO_A_LANGUAGE:
        return False
    if end >= len(tokens):
        return True
    if tokens[end].lower in _PAIRING and opener == start - 1 and end + 1 < len(tokens) and tokens[end + 1].capitalised:
        end += 2  # the first of two: what follows the second decides
        if end >= len(tokens):
            return True
    nxt = tokens[end]
    return nxt.kind == "punct" or (
        nxt.kind == "word" and nxt.lower in STOP_WORDS and nxt.lower not in _CONJUNCTIONS and nxt.lower != "or"
    )


_PAIRING = frozenset({"and", "or"})


_CURRENCIES = frozenset(
    {*("krona", "kronor", "krone", "kroner", "franc", "francs", "pound", "pounds", "dollar", "dollars", "euro")}
    | {*("euros", "peso", "pesos", "rupee", "rupees", "yen", "yuan", "rand", "rouble", "roubles", "ruble", "rubles")}
    | {*("lira", "shekel", "shekels", "dinar", "dinars", "dirham", "dirhams", "baht", "ringgit", "rupiah", "zloty")}
)
# "X maintains formal relations", "X maintained its lead": a thing kept, unless a clause or a quotation follows
_MAINTAINS = frozenset({"maintain", "maintains", "maintained", "maintaining"})
_MAINTAINED_CLAUSE = frozenset({"that", ",", ":", "he", "she", "they", "it", "we", "i", "there", "this"})
# "continued" before a gerund that is no saying: "It continued traveling slowly"
_GOES_ON_VERBS = frozenset({"continue", "continues", "continued"})
# words that open a clause's own subject: "who the police said was armed", "who he said ..."
_NOT_A_CLAUSE_VERB = frozenset(
    {"the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "his", "her"}
    | {"their", "its", "our", "my", "your", "some", "many", "officials"}
)


_ROLE_MODIFIERS = 2  # lower-case words before a role in an apposition: "film critic", "senior research fellow"
_NAME_WORDS_OPENING = 4  # capitalised words of a name that opens its sentence, at most
_POSSESSED_ROLE_WORDS = 3  # lower-case words of a role after "the X's" ("the site's lead developer")


def _possessed_role(tokens: Sequence[Token], comma: int, verb: int) -> bool:
    """True when the name before `comma` opens its sentence and "the", a lower-case noun, its possessive and a few
    lower-case words run from the comma to the verb: "X, the site's lead developer said" is X's role, its closing
    comma left out, whatever the role's word ("Asked about X, the agency's head said" is not: the name opens no
    sentence there)."""
    return (
        0 < comma <= _NAME_WORDS_OPENING
        and all(t.kind in ("word", "acronym") and t.capitalised for t in tokens[:comma])
        and comma + 4 < verb <= comma + 4 + _POSSESSED_ROLE_WORDS
        and tokens[comma + 2].kind == "word"
        and not tokens[comma + 2].capitalised
        and tokens[comma + 2].lower not in STOP_WORDS
        and tokens[comma + 3].kind == "possessive"
        and all(t.kind == "word" and not t.capitalised and t.lower not in STOP_WORDS for t in tokens[comma + 4 : verb])
    )


def _unclosed_apposition(tokens: Sequence[Token], comma: int, verb: int, lexicon: Lexicon) -> bool:
    """An apposition or relative clause whose closing comma the writer left out, the name's own verb after it.

    "X, consultant to the government on terrorism said in an interview", "X, who tracks web sites for NBC News
    said, ...": the clause opens with a role ("consultant", "a spokesman for ...") or with "who" and its own verb,
    not with a subject of its own ("X, the minister said", "X, who the police said was armed"); and the verb is not
    a parenthetical one, which a comma closes ("The plan, the minister said, will fail").
    """
    first = tokens[comma + 1]
    if first.lower == "who":
        opener = tokens[comma + 2] if comma + 2 < verb else None
        if opener is None or opener.capitalised or opener.lower in _NOT_A_CLAUSE_VERB or opener.kind != "word":
            return False
    else:
        role = comma + 2 if first.lower in ("a", "an") else comma + 1  # not "the": "X, the minister said" is a subject
        while (
            role < verb - 1
            and role - comma <= _ROLE_MODIFIERS
            and tokens[role].kind == "word"
            and not tokens[role].capitalised
            and tokens[role].lower not in STOP_WORDS
            and not _is_role(tokens[role].lower, lexicon)
        ):
            role += 1  # "X, film critic for Y said": the role's own modifiers first
        if (role >= verb or tokens[role].capitalised or not _is_role(tokens[role].lower, lexicon)) and not (
            first.lower == "the" and _possessed_role(tokens, comma, verb)
        ):
            return False
        if verb - comma < 4:
            return False  # "X, spokesman said": too short to be more than a headline's shorthand
    if tokens[verb - 1].lower in lexicon.words["auxiliaries"] or tokens[verb - 1].lower in _BE_FORMS:
        return False  # "X, who was told ...": spoken to
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if after is not None and after.text == ",":
        following = tokens[verb + 2] if verb + 2 < len(tokens) else None
        return following is not None and following.text in _QUOTES
    return True


def _place_after_comma(tokens: Sequence[Token], comma: int, lexicon: Lexicon) -> bool:
    """True when the comma at `comma` sets off a place after a capitalised name: "University of Arkansas,
    Fayetteville," (one or two capitalised words, then a comma)."""
    if comma < 1 or not tokens[comma - 1].capitalised:
        return False
    look = comma + 1
    while look < len(tokens) and look - comma <= 3 and tokens[look].kind == "word" and tokens[look].capitalised:
        look += 1
    return comma + 1 < look < len(tokens) and tokens[look].text == ","


_NOUN_MARKERS = frozenset({"in", "a", "an", "the", "his", "her", "their", "its", "whose", "of"})


def _names_a_body(tokens: Sequence[Token], position: int, index: int, lexicon: Lexicon) -> bool:
    """True when the lower-case word at `position`, just after a name at `index`, is the type of body the name is:
    "the X news agency said", "the X newspaper reported", "X television said"."""
    lower = tokens[position].lower
    if lower == "news" and position == index:
        return position + 1 < len(tokens) and tokens[position + 1].lower in lexicon.words["organisation_types"]
    return lower in lexicon.words["organisation_types"] or lower in _MEDIA


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_POINTING = frozenset({"point", "points", "pointed"})  # before "out": "X pointed out that ..."
_TEAMS = frozenset({"team", "teams"})
_OPENLY = frozenset({"officially", "formally", "publicly", "jointly", "first", "also"})
_GOES_ON = frozenset({"went", "goes", "go", "going", "continue", "continued", "continues", "proceeded"})


def _is_participle(lower: str) -> bool:
    """A past participle of a verb of saying, but "quoted" ("X was quoted as saying" names the speaker)."""
    return (lower.endswith("ed") and lower != "quoted") or lower in ("told", "said", "spoken", "written")


_FINITE_AFTER_NOUN = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can"})


def _plural_noun(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when a verb of saying in its -s form is a plural noun, followed by its own verb ("Recent reports have
    revealed", "claims were made"): a verb is not followed by a finite verb."""
    token = tokens[index]
    if not token.lower.endswith("s") or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return after.kind == "word" and (
        after.lower in _FINITE_AFTER_NOUN
        or after.lower in lexicon.words["past_verbs"]
        or after.lower in lexicon.words["speech_verbs"]
        # "Democratic counters worked together": a regular past tense the word list lacks, not a participle
        # before its noun ("X says increased taxes will help")
        or (
            not after.capitalised
            and len(after.lower) > 4
            and after.lower.endswith("ed")
            and _no_noun_after(tokens, index + 2)
        )
    )


def _no_noun_after(tokens: Sequence[Token], index: int) -> bool:
    """True when the token at `index` ends the phrase: the end, punctuation, a stop word or an adverb."""
    if index >= len(tokens) or tokens[index].kind == "punct":
        return True
    lower = tokens[index].lower
    return lower in STOP_WORDS or lower.endswith("ly") or lower in ("together", "out", "up", "down", "away")


_AFFILIATIONS = frozenset({"for", "of", "from", "at"})
_LED_BODIES = frozenset({"government", "administration", "cabinet"})  # after a person's name or a party's
# bodies named after the one who leads them ("the Bush administration", "the Abe cabinet"), where "government" is
# as often a party's ("the Labour government")
_PERSONAL_BODIES = frozenset({"administration", "cabinet"})
# a party's adjective before such a body ("the Democratic administration"): the party, not a person
_PARTY_WORDS = frozenset({"democratic", "republican", "conservative", "liberal", "socialist", "communist"})
_TAIL = frozenset({"of", "for", "the", "and", "on"})
_TAIL_WORDS = frozenset({"of", "for", "on"})


def _speaks_for(token: Token, lexicon: Lexicon) -> bool:
    """A lower-case role or document noun, through which the name before it speaks ("X's spokesman said")."""
    return (
        token.kind == "word"
        and not token.capitalised
        and (_is_role(token.lower, lexicon) or token.lower in lexicon.words["document_nouns"])
    )


def _is_role(lower: str, lexicon: Lexicon) -> bool:
    """A role word, singular or plural ("spokesman", "officials"), also with a prefix ("vice-premier",
    "co-ordinator")."""
    memo = lexicon.role_memo
    known = memo.get(lower)
    if known is None:
        if len(memo) >= _ROLE_MEMO_SIZE:
            memo.clear()  # a bound for very large corpora; the common words come back at once
        known = memo[lower] = _role_form(lower, lexicon)
    return known


_ROLE_MEMO_SIZE = 200_000  # words whose role-ness is remembered (a few MB)


def _role_form(lower: str, lexicon: Lexicon) -> bool:
    if lower in lexicon.words["roles"] or (lower.endswith("s") and (lower[:-1] in lexicon.words["roles"])):
        return True
    if "-" not in lower:
        return False
    prefix, _, rest = lower.partition("-")
    return (prefix in _ROLE_PREFIXES and _role_form(rest, lexicon)) or _role_form(lower.replace("-", ""), lexicon)


_ROLE_PREFIXES = frozenset({"vice", "co", "deputy", "ex", "acting", "assistant", "under", "sub", "chief"})


def _previous_word(tokens: Sequence[Token], index: int, skip_the: bool = True) -> Token | None:
    position = index - 1
    while position >= 0:
        token = tokens[position]
        if skip_the and token.lower == "the":
            position -= 1
            continue
        return token
    return None


def _place_noun_before(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """True when the word before `position` ("of") is a place noun: "the towns of", "residents of"."""
    return (
        position >= 1
        and tokens[position - 1].kind == "word"
        and (
            tokens[position - 1].lower in lexicon.words["place_nouns"]
            or (tokens[position - 1].lower.removesuffix("s") in lexicon.words["place_nouns"])
        )
    )


# Offices of a town or a state named before them (general knowledge): the place is where they hold office ("Velby
# Mayor X", "Velby Senator X")
_LOCAL_OFFICES = frozenset({"mayor", "mayors", "mayoral", "governor", "senator", "senators"})


def _opening_setting(tokens: Sequence[Token], first: int, after: Token | None, lexicon: Lexicon) -> bool:
    """True when the name at `first` follows a capitalised locative that opens the sentence and a comma follows it:
    "In Velby, Anna Lind said ...", "At Harnock, ...": the setting, not a speaker (the caller leaves out bodies and
    given names: "At Harnock Group, ...", "From Anna Lind, ...")."""
    opening = first - 1
    return (
        opening >= 0
        and tokens[opening].capitalised
        and tokens[opening].lower in lexicon.words["locatives"]
        and (opening == 0 or tokens[opening - 1].text in _OPENERS)
        and after is not None
        and after.text == ","
    )


def _after_locative(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the name at `index` follows "in"/"at"/... directly or through "X and", "X,"."""
    return bool(_locative_before(tokens, index, lexicon))


def _role_at(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the name at `index` follows "at" (or "at the") right after a lower-case role word: "an engineering
    manager at X", "a researcher at the X": the role's employer."""
    at = index - 1 - (index >= 2 and tokens[index - 1].lower == "the")
    return (
        at >= 1
        and tokens[at].lower == "at"
        and tokens[at - 1].kind == "word"
        and not tokens[at - 1].capitalised
        and _is_role(tokens[at - 1].lower, lexicon)
    )


# Who writes for a publication, and the word that joins them to it: "a contributor to X", "a columnist for X", "a
# reporter at the X" (general knowledge): X is a publication or broadcaster, a body, not a place
_PUBLICATION_ROLES = {
    **dict.fromkeys(("contributor", "contributors"), ("to",)),
    **dict.fromkeys(("columnist", "columnists", "correspondent", "reporter", "writer", "editor"), ("for", "at")),
}


def _publication_role_before(tokens: Sequence[Token], index: int) -> bool:
    """True when the name at `index` follows a lower-case writing role and its word ("contributor to (the) X",
    "columnist for X"): the publication the role writes for."""
    joining = index - 1 - (index >= 2 and tokens[index - 1].lower == "the")
    return (
        joining >= 1
        and tokens[joining - 1].kind == "word"
        and not tokens[joining - 1].capitalised
        and tokens[joining].lower in _PUBLICATION_ROLES.get(tokens[joining - 1].lower, ())
    )


def _locative_before(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> str:
    """The locative ("in", "to", ...) the name at `index` follows directly or through "X and", "X,", else ""."""
    position = index - 1
    steps = 0
    while position >= 0 and steps < 8:
        token = tokens[position]
        if token.lower == "the":
            position -= 1
            continue
        if token.kind == "word" and not token.capitalised:
            if token.lower in ("and", "or"):
                position -= 1
                steps += 1
                continue
            if token.lower == "of" and steps and _place_noun_before(tokens, position, lexicon):
                return token.lower  # "residents of Oakridge and | Millbrook": the list goes on in places
            return token.lower if token.lower in lexicon.words["locatives"] else ""
        if token.capitalised or token.text == ",":
            position -= 1
            steps += 1
            continue
        return ""
    return ""


def _find_phrases(tokens: Sequence[Token], lexicon: Lexicon) -> list[tuple[int, int, str, str]]:
    """Gazetteer and region phrases: (start, end, country or region, form), longest match first."""
    found: list[tuple[int, int, str, str]] = []
    position = 0
    while position < len(tokens):
        if not tokens[position].capitalised:
            position += 1
            continue
        match: tuple[int, str, str] | None = None
        for length in lexicon.phrase_lengths.get(tokens[position].text, ()):
            if position + length > len(tokens):
                continue
            key = tuple(t.text for t in tokens[position : position + length])
            value = lexicon.phrases.get(key)
            if value is not None and tokens[position + length - 1].kind != "punct":
                match = (length, value[0], value[1])
                break
        if match is None:
            position += 1
            continue
        length, country, form = match
        found.append((position, position + length, country, form))
        position += length
    return found


HEADLINE_WORDS = 3  # words of four letters or more, all capitalised, that make a quoted title


def _quoted_headlines(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token spans of quoted titles: every word of four letters or more capitalised, outside brackets ('"Blackwater
    Faces Millions in Fines (radio show transcript)" — Democracy Now!'): a source list's headline, never speech."""
    marks = [i for i, token in enumerate(tokens) if token.text in _DOUBLE_QUOTES]
    spans: list[tuple[int, int]] = []
    for opening, closing in zip(marks[::2], marks[1::2], strict=False):
        if closing - opening <= HEADLINE_WORDS or not tokens[opening + 1].capitalised:
            continue  # too short, or opening in lower case: speech
        content = depth = 0
        for position in range(opening + 1, closing):
            token = tokens[position]
            depth += (token.text == "(") - (token.text == ")")
            if depth or token.kind not in ("word", "acronym") or len(token.text) < 4 or token.lower in STOP_WORDS:
                continue
            if not token.capitalised:
                break  # a word in lower case: speech (most quotations end the test here)
            content += 1
        else:
            if content >= HEADLINE_WORDS:
                spans.append((opening + 1, closing))
    return spans


# a capitalised word written as a call ("Brew()") or after C++'s scope or member operator ("kettle::Steam", "x->Get")
_CALLED = re.compile(r"(?<![\w.])([A-Z]\w*)\(\)|(?:::|->)([A-Z]\w*)")
_HUMP = re.compile(r"[A-Z][a-z]+")
_PASCAL = re.compile(r"(?:[A-Z][a-z]+){2,}")  # "ToLocalChecked", "KettleWorks"
# first words of function names ("GetCurrent", "MakeCallback"); not "Open", "Send": "OpenText", "SendGrid" are firms
_CODE_VERBS = frozenset({"get", "set", "make", "add", "to", "is", "has", "init", "remove", "parse", "create", "load"})
PASCAL_WORDS = 3  # common words joined in one PascalCase word that make it code ("MainThreadInterface")


def _code_word(text: str, lexicon: Lexicon) -> bool:
    """True for a PascalCase identifier: led by a verb of `_CODE_VERBS` ("GetCurrent"), or `PASCAL_WORDS` common
    words or more joined ("ToLocalChecked"); a firm's joined name ("KettleWorks", "PayPal") is not one."""
    if not _PASCAL.fullmatch(text):
        return False
    humps = _HUMP.findall(text)
    if humps[0].lower() in _CODE_VERBS:
        return True
    return len(humps) >= PASCAL_WORDS and all(is_common(hump, lexicon) for hump in humps)


def _lowercase_compound(text: str, lexicon: Lexicon) -> bool:
    """True for a hyphenated word whose last part is a common word in lower case ("Python-level", "Web-based",
    "Unicode-aware"): a compound, not a name; a name's parts are capitalised ("Hewlett-Packard") or short
    syllables ("Jong-un")."""
    if "-" not in text:
        return False
    tail = text.rsplit("-", 1)[1]
    return len(tail) >= _COMPOUND_TAIL and tail.isalpha() and tail.islower() and tail in lexicon.common_words


_COMPOUND_TAIL = 4  # letters of a compound's common-word tail; shorter ones are also syllables of names ("Jae-in")


_DOT_CAPITAL = re.compile(r"[a-z0-9_]\.[A-Z]")  # a quick test before `_DOTTED`: most sentences have none
_DOTTED = re.compile(r"(?<![\w.])[a-z_][a-z0-9_]*\.([A-Z][A-Za-z0-9_]*)")  # "runtime.ReadMemStats", "os.Getenv"


def analyse_sentence(text: str, lexicon: Lexicon, tokens: list[Token] | None = None) -> SentenceAnalysis:
    """Tokens and name mentions of one sentence (kinds and merging are decided across the corpus).

    A capitalised common word opening the sentence ("Trump said", "Stop") is left to the corpus: its mention
    `needs` that word, which makes it a name only where the corpus also has it in mid-sentence.
    """
    tokens = tokenize_sentence(text) if tokens is None else tokens
    size = len(tokens)
    title_case = _is_title_case(tokens, lexicon)
    mentions: list[Mention] = []
    capital = False  # a capital or seat among the mentions
    covered = [False] * size
    if "_" in text or " -" in text:  # quick tests first: most sentences hold neither
        # "See _Shih Chi_, ch. 65": the title of a work; "NODE_PERFORMANCE_GC_MAJOR", "-Wall": code; never an actor
        for start, end in _italic_spans(text) + _code_spans(text):
            for position in range(start, min(end, size)):
                covered[position] = True
    if "language:" in text:  # quick test first: most sentences hold no gloss
        for start in _gloss_starts(text):
            for position in _gloss_words(tokens, start):
                covered[position] = True  # "Law Party ((xx))Kestrian language: Lawa Partia": a translation
    inside: set[int] = set()  # tokens of country phrases that are part of a longer name ("Environment Canada")
    # a dot before the last character first: most sentences have none, and a search costs more than a find
    dotted = text.find(".", 0, len(text) - 1) >= 0 and _DOT_CAPITAL.search(text) is not None
    for identifier in _DOTTED.findall(text) if dotted else ():
        for position in range(1, size):
            if tokens[position].text == identifier and tokens[position - 1].text == ".":
                covered[position] = True  # "runtime.ReadMemStats reports ...": code, not a name
    if "()" in text or "::" in text or "->" in text:  # quick test first: most sentences hold none
        for identifier in _CALLED.findall(text):
            called = identifier[0] or identifier[1]
            for position, token in enumerate(tokens):
                if token.text == called:
                    covered[position] = True  # "Brew() returns", "kettle::Steam": code, not a name
    headline: set[int] | None = None  # made only for a sentence with a quoted title (few are)
    if text.count('"') + text.count("“") + text.count("”") >= 2:
        for start, end in _quoted_headlines(tokens):
            headline = headline or set()
            headline.update(range(start, end))
            for position in range(start, end):
                covered[position] = True  # '"Europe Relaxes Rules on Sale of Fruit" — New York Times': a title
    dollar = "$" in text
    if dollar:
        for position in range(size - 1):
            if tokens[position + 1].text == "$" and tokens[position].capitalised:
                covered[position] = True  # "CA$ 5 million", "US$3": a currency, neither a name nor a country
    if "Let" in text:  # quick test first: few sentences hold it
        for position in range(size - 1):
            if tokens[position].text == "Let" and tokens[position + 1].kind == "possessive":
                covered[position] = True  # '"Let's all pray"': "let us", not a name's possessive
    phrases = _find_phrases(tokens, lexicon)
    phrase_starts = {start for start, _, _, _ in phrases}
    for start, end, country, form in phrases:
        if (dollar and end < size and tokens[end].text == "$") or (headline and start in headline):
            continue
        if form == ADJECTIVE_FORM and end < size and tokens[end].lower in _CURRENCIES:
            covered[end] = True  # "10 million Swedish Kronor", "Indian rupees": a currency, not the country
            continue
        if form == ADJECTIVE_FORM and _a_language(tokens, start, end):
            for position in range(start, end):
                covered[position] = True  # "the report, in Spanish, can be found": a language, not the country
            continue
        if _inside_a_name(tokens, covered, inside, start, end, form, lexicon, title_case):
            inside.update(range(start, end))
            continue
        if form == REGION_FORM:
            nxt = tokens[end] if end < size else None
            if (
                nxt is None
                or (
                    end in phrase_starts
                    # "the South West Railway": two compass words opening a body's name; "North Wales Police": a
                    # compass word and a country's name (issue 16, round 49)
                    and not (
                        tokens[start].lower in _COMPASS
                        and (nxt.lower in _COMPASS or _compass_country(tokens, end, lexicon))
                        and _names_a_body_after(tokens, end, lexicon)
                    )
                )
                or (tokens[start].lower in _COMPASS and not _names_a_body_after(tokens, end, lexicon))
                # "East Los Angeles": a place still; "North Atlantic Treaty Organization": a name
                or not nxt.capitalised
                or nxt.lower in lexicon.words["titles"]
                or nxt.lower in lexicon.words["place_words"]
            ):
                for position in range(start, end):
                    covered[position] = True  # a place; but "Texas Instruments", "Queensland Health" are names
            continue
        if end < size and tokens[end].lower in lexicon.words["product_nouns"] and not tokens[end].capitalised:
            for position in range(start, end):
                covered[position] = True  # "Brussels sprouts", "French fries": a food or product, not the country
            continue
        thing = _sea_or_war_end(tokens, end) if form in (NAME_FORM, ADJECTIVE_FORM) else None
        if thing is not None:
            for position in range(start, thing + 1):
                covered[position] = True  # "the Indian Ocean", "the Vietnam War": a sea or a war, not the country
            continue
        if (
            end < size
            and _place_named_after(tokens[end], lexicon)
            and not (end + 1 < size and tokens[end + 1].capitalised)  # "Beijing Harbour Workers Union": a longer name
        ):
            for position in range(start, end + 1):
                covered[position] = True  # "the Grenada Street ground", "the Panama Canal": a place named so
            continue
        if (
            form == NAME_FORM
            and tokens[start].lower in _STATE_NAMESAKES
            and (_state_after_a_town(tokens, start, end, lexicon) or _state_among_states(tokens, start, end, lexicon))
        ):
            for position in range(start, end):
                covered[position] = True  # "Savannah, Georgia": the US state, not the country
            continue
        if (
            form == NAME_FORM
            and end == start + 1
            and start >= 1
            and tokens[start - 1].lower in lexicon.genders
            and _given_name_before(tokens, covered, start, lexicon)
        ):
            continue  # "Anna Holland", "Tom Jordan": a given name, then a family name that is a country's
        if form == NAME_FORM and end == start + 1 and _family_name_after(tokens, covered, end, lexicon, phrase_starts):
            continue  # "Chad Monroe", "Jordan Thornquest": a country's name as a given name, then a family name
        if (
            form == NAME_FORM
            and start >= 1
            and tokens[start - 1].lower in _COMPASS
            and tokens[start - 1].capitalised
            and not covered[start - 1]
            and _names_a_body_after(tokens, end, lexicon)
        ):
            continue  # "North Wales Police", "South Wales Fire and Rescue Service": a region's body, one name
        for position in range(start, end):
            covered[position] = True
        nxt = tokens[end] if end < size else None
        if nxt is not None and nxt.capitalised and nxt.lower in _GOVERNMENTS and form in (NAME_FORM, ADJECTIVE_FORM):
            covered[end] = True  # "the Kenyan Government": the country's government, not a name of its own
        possessive = nxt is not None and nxt.kind == "possessive"
        after = tokens[end + 1] if possessive and end + 1 < size else nxt
        if form in (CAPITAL_FORM, SEAT_FORM):
            if (
                (
                    nxt is not None
                    and nxt.capitalised
                    and nxt.lower not in lexicon.words["titles"]
                    and not tokens[start].affix  # "pro-Beijing Harbour Union": the country's
                )
                or (
                    # "University College London", "Kestrel Hospital Paris": the capital ends a body's name
                    start >= 1
                    and tokens[start - 1].capitalised
                    and tokens[start - 1].lower in lexicon.words["organisation_words"]
                    and not possessive
                )
                or _given_name_before(tokens, covered, start, lexicon)
            ):
                for position in range(start, end):  # part of a longer name: "Bangkok Post", "Victoria Nuland"
                    covered[position] = False  # "Police chief Ahmad Jakarta": a family name
                continue
            if _after_locative(tokens, start, lexicon):
                continue
            if after is not None and not possessive and after.lower in lexicon.words["place_nouns"]:
                continue
            if not possessive and _state_of_that_name(tokens, end):
                continue  # "Washington state's closest race": the state named after the city, a place
            if tokens[start].affix in PLACE_SUFFIXES:
                continue
        surface = " ".join(t.text for t in tokens[start:end]).replace(" ,", ",")
        mentions.append(Mention(surface, country, start, end, start, country, form, possessive=possessive))
        capital = capital or form == CAPITAL_FORM
    _find_name_candidates(tokens, covered, mentions, lexicon, title_case, inside, "(" in text)
    mentions.sort(key=lambda m: m.start)
    # A run of leading adjectives belongs to the phrase of the name it qualifies ("Turkish President X").
    for index, mention in enumerate(mentions):
        if mention.form != "" or index == 0:
            continue
        previous = mentions[index - 1]
        named = previous
        if previous.form and index >= 2 and not mentions[index - 2].form and mentions[index - 2].end >= previous.end:
            named = mentions[index - 2]  # a country inside the name before the acronym: "Notes from Kestria (NFK)"
        if _bracketed_acronym(tokens, named, mention) and not _party_of_a_titled_person(tokens, named, mention):
            mention.name = named.name  # "Union of Rational Atheists (UAAR)": the acronym it goes by here
            mention.grouped = named.grouped  # "the US Kestrel Commission (USKC)": merged as the name is
        elif _bracketed_acronym(tokens, mention, previous, spelt_out=True) and not _credited_person(
            tokens, previous, mention, lexicon
        ):
            previous.name = mention.name  # "the KPA (Korean People's Army)"
        elif _bracketed_translation(tokens, named, mention, lexicon):
            mention.name = named.name  # "the Kestrel Community (Comunidad Kestrel)": its name in another language
            mention.grouped = named.grouped
        if previous.is_adjective and previous.end == mention.phrase_start:
            mention.phrase_start = previous.phrase_start
    return SentenceAnalysis(tokens, mentions, title_case, capital)


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")
# after a country's name or adjective: a sea ("the English Channel": a strait, not a broadcaster's channel)
_WATERS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "channel"})
_WARS = frozenset({"war", "wars"})  # after a country's name or adjective: "the Vietnam War", "the Syrian Civil War"


def _sea_or_war_end(tokens: Sequence[Token], end: int) -> int | None:
    """The last token of a sea or a war named by the country's name or adjective before `end` ("the Indian Ocean",
    "the South China Sea", "the Vietnam War", "the Libyan Civil War"), or None."""
    size = len(tokens)
    if end < size and tokens[end].capitalised and tokens[end].lower in _WATERS:
        return end
    war = end + 1 if end + 1 < size and tokens[end].lower == "civil" else end
    if war < size and tokens[war].capitalised and tokens[war].lower in _WARS:
        return war
    return None


def _bracketed_translation(tokens: Sequence[Token], name: Mention, other: Mention, lexicon: Lexicon) -> bool:
    """True when `other`, of two words or more, opens brackets right after an organisation's name of two words or
    more (the body's word in either) and closes them (or goes on with ", or"): the name in another language ("the
    Kestrel Community (Comunidad Kestrel)", "the Southern Market (Mercado del Sur, or Mersur)")."""
    return (
        not name.form
        and not other.form
        and name.end - name.start >= 2
        and other.end - other.start >= 2
        and (
            tokens[name.end - 1].lower in lexicon.words["organisation_words"]
            # "Akhil Sabha (All Varnia Hindu Union)": the translation in brackets has the body's word; but a person's
            # name before a body's ("Anna Lind (Velby Party) said") is no translation: the body is her party
            or (
                tokens[other.end - 1].lower in lexicon.words["organisation_words"]
                and tokens[name.start].lower not in lexicon.genders
            )
        )
        and other.start == name.end + 1
        and tokens[name.end].text == "("
        and other.end < len(tokens)
        and (
            tokens[other.end].text == ")"
            or (tokens[other.end].text == "," and other.end + 1 < len(tokens) and tokens[other.end + 1].lower == "or")
        )
    )


def _bracketed_acronym(tokens: Sequence[Token], name: Mention, acronym: Mention, spelt_out: bool = False) -> bool:
    """True when `acronym` is an acronym in brackets right after a name of two words or more that is no country:
    "the Five Star Movement (M5S)", "Médecins Sans Frontières (MSF)" (its letters need not spell the name); or,
    `spelt_out`, when the name is in brackets right after the acronym: "the KPA (Korean People's Army)"; square
    brackets too, a dot before the closing one ("the CNI [National Information Center.]")."""
    first, second = (acronym, name) if spelt_out else (name, acronym)
    if first.end >= len(tokens) or second.end >= len(tokens) or tokens[first.end].text not in _BRACKET_PAIRS:
        return False
    close = second.end + 1 if tokens[second.end].text == "." and second.end + 1 < len(tokens) else second.end
    return (
        not name.form
        and not acronym.form
        and name.end - name.start >= 2
        and (acronym.end == acronym.start + 1 or _initials_and(tokens, acronym.start, acronym.end))  # "(PG&E)"
        and second.start == first.end + 1
        and tokens[close].text == _BRACKET_PAIRS[tokens[first.end].text]
        # "the Time Service (TIME)": one of the name's own words in capitals is a code's label, no body's initials
        and not any(tokens[acronym.start].lower == tokens[i].lower for i in range(name.start, name.end))
        and (
            _ACRONYM.fullmatch(tokens[acronym.start].text) is not None
            or _clipped_from(tokens[acronym.start].text, [t.lower for t in tokens[name.start : name.end]])
        )
    )


_BRACKET_PAIRS = {"(": ")", "[": "]"}
_LABELLED_NAME_WORDS = 4  # words of the name before the brackets a code's label may repeat


def _own_word_in_capitals(tokens: Sequence[Token], start: int) -> bool:
    """True when the word at `start`, in brackets, repeats in capitals a word of the name just before them: "the Time
    Service (TIME)", a code's label, no body's acronym (issue 16, round 57: a flight software manual)."""
    if start < 2 or tokens[start - 1].text not in _BRACKET_PAIRS:
        return False
    lower = tokens[start].lower
    return any(tokens[i].lower == lower for i in range(max(0, start - 1 - _LABELLED_NAME_WORDS), start - 1))


_CLIPPED_PIECES = re.compile(r"[A-Z][a-z]*")  # the pieces of a clipped name (`CLIPPED_NAME`): "Cal", "Fire"


def _clipped_from(short: str, words: Sequence[str]) -> bool:
    """True when each capitalised piece of `short` opens one of `words` (lower case), in their order: "CalFire" for
    "California Department of Forestry and Fire Protection"."""
    if CLIPPED_NAME.fullmatch(short) is None:
        return False
    position = 0
    for piece in _CLIPPED_PIECES.findall(short):
        while position < len(words) and not words[position].startswith(piece.lower()):
            position += 1
        if position == len(words):
            return False
        position += 1
    return True


def _credited_person(tokens: Sequence[Token], acronym: Mention, name: Mention, lexicon: Lexicon) -> bool:
    """True when the name in brackets after an acronym opens with a given name and the acronym does not spell its
    initials: a person credited, not what the acronym stands for ("Add hooks to SSM and CSM (Anna Berg)", a
    changelog's line; "the KPA (Korean People's Army)" and "the AB (Anna Berg) fund" still spell it out)."""
    if tokens[name.start].lower not in lexicon.genders or tokens[name.start].lower in lexicon.gendered_titles:
        return False
    initials = "".join(t.text[0] for t in tokens[name.start : name.end] if t.kind == "word" and t.capitalised)
    return initials.casefold() != tokens[acronym.start].text.casefold()


def _party_of_a_titled_person(tokens: Sequence[Token], name: Mention, acronym: Mention) -> bool:
    """True when the acronym in brackets after a titled person's name is not their initials: their party or body
    ("Member of Parliament Anna van Berg (D66)"), not another name of theirs ("President John F. Kennedy (JFK)")."""
    titled, person = name.evidence.get("titled", 0), name.evidence.get("person", 0)
    if not titled or person <= name.evidence.get("organisation", 0):
        return False
    initials = "".join(t.text[0] for t in tokens[name.start : name.end] if t.capitalised)
    letters = "".join(char for char in tokens[acronym.start].text if char.isalpha())
    return letters != initials


def _state_of_that_name(tokens: Sequence[Token], end: int) -> bool:
    """True when "state" after a seat of government closes its phrase ("Washington state's race", "in Washington
    state."): the state of that name; not "Beijing state media", the country's."""
    if end >= len(tokens) or tokens[end].lower != "state" or tokens[end].capitalised:
        return False
    return end + 1 == len(tokens) or tokens[end + 1].kind in ("possessive", "punct")


def _given_name_before(tokens: Sequence[Token], covered: Sequence[bool], start: int, lexicon: Lexicon) -> bool:
    """True when the word before a capital is a capitalised name of its own, so that the capital is a family name
    ("Ahmad Jakarta", "Denzel Washington"): not a common word ("Meanwhile Moscow"), title, time word or country."""
    if start < 1:
        return False
    previous = tokens[start - 1]
    return (
        previous.kind == "word"
        and previous.capitalised
        and not covered[start - 1]
        and not previous.text.isupper()
        and previous.lower not in STOP_WORDS
        and previous.lower not in lexicon.words["titles"]
        and previous.lower not in lexicon.words["time_words"]
        and not is_common(previous.text, lexicon)
    )


def _family_name_after(
    tokens: Sequence[Token], covered: Sequence[bool], end: int, lexicon: Lexicon, phrase_starts: set[int]
) -> bool:
    """True when a one-word country's name ending at `end` is followed by a capitalised word that is no common word,
    title, time word, body's or place's word, town or country, and closes the name: a given name and a family name
    ("Chad Monroe", "Jordan Thornquest fixed the link"); not "China Unicom Group", "Kenya Airways", "Iraq Kurdistan",
    nor after a capitalised word ("the New England Courant")."""
    if end >= len(tokens) or covered[end] or end in phrase_starts:
        return False
    if end >= 2 and tokens[end - 2].kind == "word" and tokens[end - 2].capitalised:
        return False
    family = tokens[end]
    if (
        family.kind != "word"
        or not family.capitalised
        or family.text.isupper()
        or family.affix
        or family.lower in STOP_WORDS
        or is_common(family.text, lexicon)
        or family.lower in lexicon.words["titles"]
        or family.lower in lexicon.words["time_words"]
        or family.lower in lexicon.words["organisation_words"]
        or family.lower in lexicon.words["place_words"]
        or family.lower in lexicon.cities
    ):
        return False
    return end + 1 == len(tokens) or not (tokens[end + 1].capitalised or tokens[end + 1].text in ("-", "–"))


# Endings of adjectives, participles and adverbs: such a word opening a sentence qualifies the country after it.
_OPENER_SUFFIXES = (
    *("ent", "ant", "al", "ous", "ive", "ic", "ful", "less", "able", "ible", "est", "ern", "ior", "ary"),
    *("ing", "ed", "ly"),
)
_COMPASS = frozenset({"north", "south", "east", "west"})
_MASTHEADS = frozenset(
    {
        *("herald", "times", "post", "daily", "gazette", "tribune", "journal", "telegraph", "guardian", "news"),
        *("press", "observer", "chronicle", "mail", "star", "standard", "courier", "independent", "monitor"),
        *("airways", "airlines", "broadcasting", "television", "radio", "weekly", "reporter"),
        *("express", "examiner", "inquirer"),  # "the Indian Express reported": a newspaper, not "Express"
        "today",  # "according to USA Today": a newspaper named after its country, not the country
    }
)
_GOVERNMENTS = frozenset(
    {"government", "administration", "authorities", "regime", "cabinet", "embassy", "consulate", "delegation"}
)  # a country's own: "the UK Government said", "the Kenyan embassy said"
_ROLE_LIKE = _GOVERNMENTS | {"special", "chief"}
# a state's bodies a country's adjective speaks through ("the Russian defence ministry said"); not a party or a group
_STATE_BODIES = frozenset({"ministry", "army", "military", "navy", "police", "parliament"})
_GOVERNING = frozenset({"government", "administration", "cabinet", "regime", "state", "people", "president"})


def _names_a_body_after(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the capitalised words from `index` on end with an organisation word ("Atlantic Treaty
    Organization"), an "and" between two of them included ("Fire and Rescue Service")."""
    position = index
    while position < len(tokens) and position - index < 6:
        if tokens[position].capitalised or (
            tokens[position].lower == "and"
            and position > index
            and position + 1 < len(tokens)
            and tokens[position + 1].capitalised
        ):
            position += 1
        else:
            break
    return position > index and tokens[position - 1].lower in lexicon.words["organisation_words"]


def _compass_country(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """True when a country's name stands at `end`, after a compass word, and a body's name follows it ("North Wales
    Police"): a part of that country, whose bodies are named after it."""
    for length in lexicon.phrase_lengths.get(tokens[end].text, ()):
        value = lexicon.phrases.get(tuple(t.text for t in tokens[end : end + length]))
        if value is not None and value[1] == NAME_FORM:
            return _names_a_body_after(tokens, end + length, lexicon)
    return False


def _proper_body_after(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the capitalised words from `index` end with an organisation word and one of them is no common word:
    a name of its own ("Lantern Holdings"), not a body of the country's ("Border Services Agency")."""
    position = index
    proper = False
    while position < len(tokens) and tokens[position].capitalised and position - index < 4:
        proper = proper or not is_common(tokens[position].text, lexicon)
        position += 1
    return proper and position > index + 1 and tokens[position - 1].lower in lexicon.words["organisation_words"]


# Titles named after a territory: with "of" and the place they make one person's name, and the place is no actor.
_TERRITORIAL_TITLES = frozenset(
    {"duke", "duchess", "earl", "countess", "marquess", "marquis", "viscount", "baron", "baroness", "archbishop"}
    | {"bishop", "prince", "princess"}
)


def _common_head_of(tokens: Sequence[Token], covered: Sequence[bool], of: int, lexicon: Lexicon) -> bool:
    """True when "of" at `of` follows a capitalised common word in the middle of a sentence that is no title, role,
    time word, thing's, place's or government's word, nor after an article: with a country's name after it, the name of
    a body ("our friends at Spirit of Kestria"); not "the President of France", "the Battle of Britain", "the Economy
    of Kestria", nor a sentence's first word ("Citizens of Kestria said")."""
    if of < 2 or tokens[of].lower != "of":
        return False
    head, before = tokens[of - 1], tokens[of - 2]
    return (
        head.kind == "word"
        and head.capitalised
        and not head.text.isupper()
        and not head.affix
        and not covered[of - 1]
        and before.kind == "word"
        and not before.capitalised
        and before.lower not in _ARTICLES  # "the Economy of Kestria": a capitalised topic, not a body
        and is_common(head.text, lexicon)
        and head.lower not in STOP_WORDS
        and head.lower not in lexicon.words["titles"]
        and head.lower not in lexicon.words["time_words"]
        and head.lower not in lexicon.words["thing_words"]
        and head.lower not in lexicon.words["thing_heads"]
        and head.lower not in lexicon.words["place_words"]
        and head.lower not in lexicon.words["place_nouns"]
        and head.lower not in lexicon.words["regions"]
        and head.lower not in lexicon.words["collective_nouns"]
        and head.lower not in _TERRITORIAL_TITLES
        and head.lower not in _GOVERNING
        and head.lower not in _EVENT_HEADS
        and not _is_people(head.lower, lexicon)
        and not _is_role(head.lower, lexicon)
    )


def _inside_a_name(
    tokens: Sequence[Token],
    covered: Sequence[bool],
    inside: set[int],
    start: int,
    end: int,
    form: str,
    lexicon: Lexicon,
    title_case: bool = False,
) -> bool:
    """True when a country phrase is part of an organisation's name: after an organisation word and "of", "for" or
    "on" ("Medical Journal of Australia", "Council on American-Islamic Relations", but not "Government of Canada"),
    or "and" after such a phrase ("Food Standards of Australia and New Zealand"); a country's name after capitalised
    common words ("Environment Canada", "Food Standards Australia New Zealand"; not "Meanwhile Canada said"); a
    country's adjective before an organisation with a name of its own ("the Australian Centre for Control of ...")."""
    nxt = tokens[end] if end < len(tokens) else None
    if form in (NAME_FORM, ADJECTIVE_FORM) and nxt is not None and nxt.capitalised and nxt.lower in _MASTHEADS:
        return (
            True  # a newspaper, broadcaster or airline named after its country: "New Zealand Herald", "Saudi Gazette"
        )
    if form == NAME_FORM and nxt is not None and nxt.capitalised and _proper_body_after(tokens, end, lexicon):
        return True  # "the Kestrel deal with China Lantern Holdings": the country opens the company's name
    if (
        form == ADJECTIVE_FORM
        and start >= 1
        and nxt is not None
        and nxt.capitalised
        and tokens[start - 1].kind == "word"
        and tokens[start - 1].capitalised
        and not covered[start - 1]
        and tokens[start - 1].lower not in STOP_WORDS
        and tokens[start - 1].lower not in lexicon.words["titles"]
        and _names_a_body_after(tokens, end, lexicon)
    ):
        return True  # "the Native American Rights Fund", "the Royal Kestrian Air Force": the adjective inside a name
    if form == ADJECTIVE_FORM and nxt is not None and nxt.text in ("-", "–") and end + 1 < len(tokens):
        nxt = tokens[end + 1]  # "American - Islamic"
    if start >= 2 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _TERRITORIAL_TITLES:
        return tokens[start - 2].capitalised  # "the Duke of Wellington", "the Archbishop of Canterbury": a person
    if form == NAME_FORM and not title_case and _common_head_of(tokens, covered, start - 1, lexicon):
        return True  # "our friends at Spirit of Kestria": a body's name, not the country
    if "(" in (token.text for token in tokens[max(0, start - ACRONYM_REACH) : start]):
        spelt = _spelt_in_brackets(tokens, start)
        if spelt is not None and spelt[0] < start:
            return True  # "ISIS (Islamic State of Kestria and Velm)": the acronym spells the whole bracket
    before = start - 1
    while before >= 1 and before > start - 3 and tokens[before].capitalised and not covered[before]:
        before -= 1  # "University of Southern | Indiana"
    if (
        before < start - 1
        and before >= 2
        and tokens[before].lower in _ARTICLES
        and tokens[before - 1].lower in ("of", "for")
        and tokens[before - 2].lower in lexicon.words["organisation_words"]
        and (form != ADJECTIVE_FORM or (nxt is not None and nxt.capitalised))
    ):
        return tokens[before - 2].lower not in _GOVERNING  # "Center for a New | American | Security"
    if (
        before < start - 1
        and before >= 1
        and tokens[before].lower in ("of", "for")
        and tokens[before - 1].lower in lexicon.words["organisation_words"]
        and form != ADJECTIVE_FORM
    ):
        return tokens[before - 1].lower not in _GOVERNING
    if start >= 2 and tokens[start - 1].lower in ("of", "for", "on", "and"):
        if tokens[start - 1].lower == "and":
            return start - 2 in inside
        if form == ADJECTIVE_FORM and (nxt is None or not nxt.capitalised):
            return False  # an adjective qualifies what follows it
        position = start - 2
        while position >= 0 and tokens[position].capitalised and not covered[position]:
            if tokens[position].lower in lexicon.words["organisation_words"]:
                return tokens[position].lower not in _GOVERNING
            position -= 1
        return False
    if form == NAME_FORM and start >= 1:
        position = start - 1
        while (
            position >= 0
            and tokens[position].kind == "word"
            and tokens[position].capitalised
            and (not covered[position] or position in inside)
        ):
            position -= 1
        words = range(position + 1, start)
        if not words or any(
            tokens[i].lower in STOP_WORDS
            or not is_common(tokens[i].text, lexicon)
            or tokens[i].lower in lexicon.words["titles"]
            or tokens[i].lower in lexicon.words["time_words"]
            or tokens[i].lower in lexicon.words["place_modifiers"]
            or tokens[i].lower in lexicon.words["regions"]
            or tokens[i].affix
            for i in words
            if i not in inside
        ):
            return False
        if position < 0 or tokens[position].text in _OPENERS:
            # opening the sentence: "Environment Canada spokeswoman", not "Meanwhile Canada said", "Current UK policy",
            # "Citing Israel"
            opener = tokens[position + 1].lower
            adjective = opener.endswith(_OPENER_SUFFIXES) and not opener.endswith("ment")
            if opener in _PREPOSITIONS or opener in _LOOSE_PREPOSITIONS:
                return False  # "Per Japan's constitution", "Unlike Canada": a preposition and the country
            return not adjective and (nxt is None or not _is_subject_verb(nxt, lexicon))
        return True
    if form == ADJECTIVE_FORM and nxt is not None and nxt.capitalised and end < len(tokens) and not covered[end]:
        position = tokens.index(nxt, end)
        proper = False
        while position + 1 < len(tokens) and tokens[position].capitalised and not covered[position]:
            proper = proper or not is_common(tokens[position].text, lexicon)
            if tokens[position].lower in lexicon.words["organisation_words"] and tokens[position + 1].lower in (
                "of",
                "for",
                "on",
            ):
                return proper or nxt.lower in lexicon.words["organisation_words"]  # "Australian Centre for ..."
            position += 1
        # "the Velbian Raksa Naru Party": a party's or a body's own name after the adjective, words no dictionary has
        # among it, is one name with it ("the Kenyan Orange Democratic Movement": common words, the adjective apart)
        last = tokens[position - 1]
        return (
            proper
            and position - end >= 3
            and last.lower in _ADJECTIVE_NAMED_BODIES
            and (position == len(tokens) or not tokens[position].capitalised)
        )
    return False


# a body whose own name may open with its country's adjective, in words of its own ("the Thai X Y Party")
_ADJECTIVE_NAMED_BODIES = frozenset({"party", "movement", "front", "alliance", "league", "union", "congress"})


_LOOSE_PREPOSITIONS = frozenset({"per", "like", "versus", "including", "excluding"})  # not in _PREPOSITIONS
_ITALIC = re.compile(r"(?<!\w)_(?=[^\s_])([^_]+?)(?<=\S)_(?!\w)")


# Code written in prose (software docs, changelogs): an identifier joined by underscores ("NODE_PERFORMANCE_GC_MAJOR",
# "ERR_TLS_CERT_ALTNAME_INVALID") or a command-line option after a space ("-Wall", "--Werror"). Read as words, their
# capitalised parts became actors ("NODE GC", "Wall").
_IDENTIFIER = re.compile(r"(?<!\w)[^\W_]+(?:_[^\W_]+)+")
_OPTION = re.compile(r"(?<!\S)--?[^\W\d_][\w-]*")


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of identifiers and command-line options in `text` (see `_IDENTIFIER`, `_OPTION`)."""
    matches = [*(_IDENTIFIER.finditer(text) if "_" in text else ()), *(_OPTION.finditer(text) if " -" in text else ())]
    return [_token_span(text, match) for match in matches]


def _italic_spans(text: str) -> list[tuple[int, int]]:
    """Token spans of the words between underscores ("_Art of War_": the plain-text mark of italics, for titles of
    works and foreign words)."""
    return [_token_span(text, match, 1) for match in _ITALIC.finditer(text)] if "_" in text else []


# A gloss in another language as Wikinews prints its template: "((pl))Polish language: \u200dPrawo i ..."
_GLOSS = re.compile(r"\(\([a-z]{2,3}\)\)[^():]{1,40} language: \u200d?")
_GLOSS_PARTICLE = 3  # a lower-case word this short between two capitalised ones stays in the gloss ("Prawo i Spr")


def _gloss_starts(text: str) -> list[int]:
    """Token positions right after each gloss marker of `text`."""
    return [len(tokenize_sentence(text[: match.end()])) for match in _GLOSS.finditer(text)]


def _gloss_words(tokens: Sequence[Token], start: int) -> range:
    """The capitalised words of a gloss (a name's translation) from `start`, with short lower-case particles between
    them; the first other word ends the gloss ("... Sprawiedliwość publicly declared")."""
    end = start
    while end < len(tokens) and tokens[end].kind == "punct" and not tokens[end].text.strip():
        end += 1  # the zero-width joiner
    while end < len(tokens) and tokens[end].kind == "word":
        if not tokens[end].capitalised and not (
            len(tokens[end].text) <= _GLOSS_PARTICLE and end + 1 < len(tokens) and tokens[end + 1].capitalised
        ):
            break
        end += 1
    return range(start, end)


def _token_span(text: str, match: re.Match[str], group: int = 0) -> tuple[int, int]:
    """The tokens of `match`'s `group`, as (first, after last) token positions in `text`'s tokens."""
    start = len(tokenize_sentence(text[: match.start()]))
    return start, start + len(tokenize_sentence(match.group(group)))


def _listener_acronym_then_name(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """True when the acronym at `position` is the object of "told" and the capitalised word after it opens another name
    (no common or organisation word: "told CBS News" stays one name), the subject of a reported clause ("X told NPR
    Hamza Kell had appeared", "told MSNBC Cummings \"was ...\"")."""
    token, after = tokens[position], tokens[position + 1]
    return (
        position > 0
        and tokens[position - 1].lower in _LISTENER_VERBS
        and token.text.isupper()
        and 2 <= len(token.text) <= 6
        and after.kind == "word"
        and not after.text.isupper()
        and not is_common(after.text, lexicon)
        and after.lower not in lexicon.words["organisation_words"]
    )


def _runs(
    tokens: Sequence[Token],
    covered: Sequence[bool],
    lexicon: Lexicon,
    brackets: bool = False,
    inside: set[int] | None = None,
) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if covered[position] or not token.capitalised or _verse_conjunction(tokens, position):
            position += 1  # "Till George be pack'd": a verse line's conjunction before a name is no part of it
            continue
        if brackets and position >= 2 and tokens[position - 1].text == "(":
            bracketed = _spelt_in_brackets(tokens, position)
            if bracketed is not None and not any(covered[bracketed[0] : bracketed[1]]):
                runs.append(bracketed)  # "ISIS (Islamic State of Kestria and Velm)": one name
                position = bracketed[1]
                continue
        end = position + 1
        tail = False  # inside an organisation's "of"/"for"/"on" tail: "Joint Council for the Welfare of Immigrants"
        while end < len(tokens) and not covered[end] and not _verse_conjunction(tokens, end):
            current = tokens[end]  # "that none shall have access unto Bianca / Till Katharina": two names
            particle = False
            if current.kind == "word" and current.lower in lexicon.words["name_particles"]:
                look = end + 1  # "Ursula von der Leyen": particles, then a capitalised word
                while look < len(tokens) and tokens[look].lower in lexicon.words["name_particles"]:
                    look += 1
                particle = look < len(tokens) and tokens[look].capitalised and not covered[look]
            if (
                current.capitalised
                and current.lower in lexicon.words["titles"]
                and tokens[end - 1].lower not in lexicon.words["titles"]
                and not (tail and tokens[end - 1].lower in _TAIL)  # "Ministry of Foreign Affairs"
                and _title_then_name(tokens, covered, end, lexicon)
            ):
                break  # "NATO | Secretary General Jens Stoltenberg", "Commission | President Ursula von der Leyen"
            if current.capitalised and _organisation_then_person(tokens, covered, position, end, lexicon, tail):
                break  # "the Refugee Council | Enver Solomon said", "Council on American-Islamic Relations | X said"
            if end == position + 1 and _listener_acronym_then_name(tokens, position, lexicon):
                break  # "told NPR | Hamza Kell had appeared": the one told, then the clause's subject
            title_dot = current.text == "." and lexicon.has("titles", tokens[end - 1].text + ".")
            initial = (  # "George W. Bush"
                current.text == "."
                and len(tokens[end - 1].text) == 1
                and tokens[end - 1].text.isupper()
                and end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and not covered[end + 1]
            )
            domain = (  # "Vulnora.com": a web address names its owner
                current.text == "."
                and end + 1 < len(tokens)
                and tokens[end + 1].lower in _DOMAINS
                and (end + 2 >= len(tokens) or tokens[end + 2].text != "-")
            )
            if domain:
                end += 2
                continue
            dash = (  # "Council on American - Islamic Relations", "the Kestrel Export–Import Bank"
                current.text in ("-", "–")
                and end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and (tail or (tokens[end - 1].capitalised and _organisation_word_ahead(tokens, covered, end, lexicon)))
            )
            if (
                (current.capitalised and not _cuts(tokens, covered, end - 1, lexicon, position))
                or title_dot
                or particle
                or initial
                or dash
            ):
                end += 1
            elif _group_possessive(tokens, covered, end) and not _body_of_a_body(tokens, position, end, lexicon):
                end += 2  # "the National People's Congress", "the Workers' Party": a group's possessive inside
            elif (
                current.kind == "possessive"
                and end + 1 < len(tokens)
                and tokens[end + 1].lower in _HOLDERS_OFFICES
                and tokens[end + 1].capitalised
                and not covered[end + 1]
                and (
                    tokens[end - 1].lower in lexicon.words["titles"]
                    or _is_role(tokens[end - 1].lower, lexicon)
                    or (end - position >= 2 and _holder_noun(tokens[end - 1], lexicon))  # "Public Defender's Office"
                )
            ):
                end += 2  # "the Kestrel County Sheriff's Office", "the Attorney General's Office": one body
            elif current.lower == "and" and not tail and _common_pair_of_a_body(tokens, covered, end, lexicon):
                end += 1  # "the Ways and Means Committee", "the Food and Drug Administration": one name
            elif current.text == "," and (campus := _campus_after_comma(tokens, covered, position, end, lexicon)):
                end = campus  # "the University of Kestria, Velby": a university's campus is part of its name
            elif (
                current.text == ","
                and end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and _common_list_of_a_body(tokens, covered, end, lexicon)
            ):
                # "the Kestrel Educational, Scientific and Cultural Organization", and after "of": "the Union of Rail,
                # Maritime and Transport Workers": one name
                end += 1
            elif current.lower == "and" and not tail and _service_pair(tokens, covered, position, end, lexicon):
                end += 1  # "Velby Fire and Rescue": one name
            elif brackets and current.text != "(" and (spelt := _spelt_out(tokens, position, end)) > end:
                end = spelt  # "Notes from Kestria (NFK)", "Institute of X, Y and Z (IXYZ)": the acronym spells it all
            elif (
                current.text == "&"
                and end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and not covered[end + 1]
                and tokens[end - 1].capitalised
            ):
                end += 1  # "Evergreen Aviation & Space Museum", "Harlow & Sons": one name
            elif (
                current.text.isdigit()
                and len(current.text) <= 3
                and tokens[end - 1].capitalised
                and tokens[end - 1].kind == "word"
                and tokens[end - 1].lower not in lexicon.words["time_words"]  # "On March 3 Congress voted"
                and tokens[end - 1].lower not in _NUMBERING_NOUNS  # "a Level 1 Trauma Center": a rank
                and end + 1 < len(tokens)
                and tokens[end + 1].capitalised
                and not covered[end + 1]
                and _organisation_word_ahead(tokens, covered, end, lexicon)
            ):
                end += 1  # "the Lost 12 Society", "Velby 7 Trust": a number inside a body's name
            elif _nickname_at(tokens, covered, end, lexicon):
                end += 3  # 'Sergeant Karl "Kalle" Berg': a nickname in quotes between the given and family names
            elif current.lower == "and" and _masthead_pair(tokens, covered, position, end, lexicon):
                end += 1  # "Ann Lee of The Globe and Mail said": one title
            elif (
                (
                    (
                        current.lower in ("of", "for", "on")
                        and tokens[end - 1].lower in lexicon.words["organisation_words"]
                    )
                    or (  # a body's office named whole: "the United Nations High Commissioner for Refugees"
                        current.lower in ("of", "for")
                        and not tail
                        and tokens[end - 1].lower in lexicon.words["titles"]
                        and tokens[position].lower not in lexicon.words["titles"]
                        and tokens[position].lower not in lexicon.words["roles"]
                        and tokens[position].lower not in STOP_WORDS  # "A Member of Parliament asked"
                        and _common_remit(tokens, end + 1, lexicon)
                    )
                    or (current.lower == "of" and not tail and tokens[end - 1].lower in _TERRITORIAL_TITLES)
                    or (  # "Spirit of Kestria": a country inside a body's name (`_inside_a_name`)
                        inside and end + 1 in inside and not tail and _common_head_of(tokens, covered, end, lexicon)
                    )
                    or (  # "the Committee to Protect Journalists", "the Campaign to Stop Killer Robots"
                        current.lower == "to"
                        and not tail
                        and tokens[end - 1].lower in lexicon.words["organisation_words"]
                        and end + 1 < len(tokens)
                        and tokens[end + 1].capitalised
                        and is_common(tokens[end + 1].text, lexicon)
                    )
                    or (tail and current.lower in ("of", "for", "and"))
                )
                and end + 1 < len(tokens)
                and not (current.lower == "and" and _another_organisation(tokens, covered, end + 1, lexicon))
                and not covered[end + 1]
                and not _DIGIT.search(tokens[end + 1].text)  # "the Space Center on STS-1": a mission's code
                and (tokens[end + 1].capitalised or (tokens[end + 1].lower in _ARTICLES and end + 2 < len(tokens)))
            ):
                # "Ministry of Foreign Affairs", "Organisation for the Prohibition of Chemical Weapons", "Center for a
                # New American Security"
                look = end + 1 + (tokens[end + 1].lower in _ARTICLES)
                if look < len(tokens) and tokens[look].capitalised and not covered[look]:
                    end = look
                    tail = True
                else:
                    break
            else:
                break
            if _cuts(tokens, covered, end - 1, lexicon, position):
                break
        if end - position >= 2 and (
            _verse_function_word(tokens, end - 1, lexicon) or _verse_verb(tokens, end - 1, lexicon)
        ):
            end -= 1  # "my son Edward / Be sent for": a verse line's capitalised first word is no part of a name
        runs.append((position, end))
        position = end
    return runs


# Function words a verse line opens with, capitalised, that never end a name: verbs' auxiliaries, pronouns,
# conjunctions and relatives, archaic ones too ("Unto", "Thy"); not adverbs ("Make Kestrel Proud Again": a slogan)
_VERSE_FUNCTION_WORDS = frozenset(
    {"be", "is", "was", "were", "are", "been", "am", "shall", "should", "would", "could", "can", "might", "must"}
    | {"have", "has", "had", "do", "does", "did", "hath", "doth", "it", "he", "she", "they", "we", "you", "him"}
    | {"them", "me", "us", "his", "her", "its", "their", "our", "your", "my", "thou", "thee", "thy", "that", "which"}
    | {"who", "whom", "whose", "than", "if", "when", "where", "while", "but", "nor", "or", "and", "unto"}
)
# Object pronouns and possessives: a capitalised common word before one is a verb opening a verse line
_PERSONAL_OBJECTS = frozenset({"him", "her", "his", "them", "their", "me", "my", "us", "our", "you", "your", "thee"})


def _verse_verb(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the capitalised last word of a name at `index` is a common word, no body's, title's or place's word
    nor a given name, before an object pronoun or a possessive: a verb opening a verse line ("the head of Angelo /
    Accuse him home", "King Lewis / Becomes your enemy"); not "gave the Labour Party its first win"."""
    token = tokens[index]
    after = index + 1
    return (
        token.capitalised
        and not token.text.isupper()
        and after < len(tokens)
        and tokens[after].text in _PERSONAL_OBJECTS  # lower case: "Anna Berg Her" is no verse line
        and is_common(token.text, lexicon)
        and token.lower not in lexicon.words["organisation_words"]
        and token.lower not in lexicon.words["titles"]
        and token.lower not in lexicon.words["place_words"]
        and token.lower not in lexicon.genders
        and not _is_role(token.lower, lexicon)
    )


# Conjunctions a verse line opens with before a name: "Till Katharina the curst", "Unto Bolingbroke"; not after
# it (a family name: "Emmett Till said")
_VERSE_CONJUNCTIONS = frozenset({"till", "unto"})


def _verse_conjunction(tokens: Sequence[Token], index: int) -> bool:
    """True when the word at `index` is a capitalised conjunction of `_VERSE_CONJUNCTIONS` before one capitalised
    word: it opens a verse line, and the name after it is another; not inside a longer name ("the Emmett Till
    Memorial Commission")."""
    after = index + 1
    return (
        tokens[index].lower in _VERSE_CONJUNCTIONS
        and tokens[index].capitalised
        and not tokens[index].text.isupper()
        and after < len(tokens)
        and tokens[after].capitalised
        and (after + 1 >= len(tokens) or not tokens[after + 1].capitalised)
    )


def _verse_function_word(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the capitalised last word of a name at `index` is a function word of `_VERSE_FUNCTION_WORDS` ("Be",
    "Than", "That", "Shall") with a lower-case word after it: verse sets each line's first word in capitals, so
    "Angelo / Than this is" joins a name to the next line's opening; not a given name ("Theresa May", "Will") and not
    in capitals ("US", "IT")."""
    token = tokens[index]
    if not (token.kind == "word" and token.capitalised and not token.text.isupper()):
        return False
    if token.lower not in _VERSE_FUNCTION_WORDS or token.lower in lexicon.genders:
        return False
    after = index + 1
    return after < len(tokens) and tokens[after].kind == "word" and tokens[after].text.islower()


_ARTICLES = frozenset({"the", "a", "an"})
# Nouns a number ranks or counts (general knowledge): "Level 1", "Phase 2", "Terminal 5" name no body with it
_NUMBERING_NOUNS = frozenset(
    {"level", "phase", "stage", "category", "grade", "tier", "class", "type", "gate", "terminal", "route", "channel"}
    | {"chapter", "section", "article", "room", "building", "block", "unit", "ward", "platform", "floor", "district"}
)
_DASHES = frozenset({"-", "–", "—"})


def _dateline_region(tokens: Sequence[Token]) -> int:
    """Where the text starts after a dateline's state or district, or 0: the two capitals after the city in capitals
    and before the dash ("WASHINGTON, DC -- ...", "BOSTON, MA - ...") are a place, not a body."""
    if not (
        len(tokens) > 3
        and len(tokens[2].text) == 2
        and tokens[2].text.isupper()
        and tokens[1].text == ","
        and tokens[0].text.isupper()
        and len(tokens[0].text) > 2
        and tokens[3].text in _DASHES
    ):
        return 0
    after = 3
    while after < len(tokens) and tokens[after].text in _DASHES:
        after += 1
    return after


# an article or an owner before a post ("the Board's Deputy General Counsel"; not "that": "explains that Sergeant Ford")
_OWNER_PRONOUNS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
_OWNERS = _ARTICLES | _OWNER_PRONOUNS
_DIGIT = re.compile(r"\d")


def _common_remit(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """True when the capitalised words from `start` are all common words ("for Human Rights", "for Refugees"): the
    remit of an office, with no name of a holder after it ("Minister of Foreign Affairs Anna Berg")."""
    end = start
    while end < len(tokens) and tokens[end].capitalised:
        if not is_common(tokens[end].text, lexicon):
            return False
        end += 1
    return end > start


_NICKNAME_QUOTES = frozenset({'"', "“", "”"})


def _nickname_at(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon) -> bool:
    """True when an opening quote at `index` after a given name holds one capitalised word and closes right before a
    capitalised word: a nickname between the given and the family name ('Karl "Kalle" Berg')."""
    return (
        index + 3 < len(tokens)
        and tokens[index].text in _NICKNAME_QUOTES
        and tokens[index - 1].lower in lexicon.genders
        and tokens[index + 1].kind == "word"
        and tokens[index + 1].capitalised
        and tokens[index + 2].text in _NICKNAME_QUOTES
        and tokens[index + 3].kind == "word"
        and tokens[index + 3].capitalised
        and not any(covered[index : index + 4])
    )


def _initials_pair(left: str, right: str) -> bool:
    """True when "&" joins two runs of one or two capitals, written without spaces in such names ("A&M", "PG&E",
    "AT&T"); longer words keep the spaces ("Harlow & Sons", "BBC & ITV")."""
    return len(left) <= 2 and len(right) <= 2 and left.isalpha() and right.isalpha() and (left + right).isupper()


def _initials_and(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the tokens from `start` to `end` are one acronym written with "&" ("PG&E", "AT&T")."""
    return (
        end == start + 3 and tokens[start + 1].text == "&" and _initials_pair(tokens[start].text, tokens[end - 1].text)
    )


def _inverted_speech_verb(token: Token, lexicon: Lexicon) -> bool:
    """True for a capitalised past form of a verb of saying that opens a sentence before its speaker ("Remarked",
    "Added", "Said"): it is no word of the name after it. Only "-ed" forms and "said", so that a name that is also a
    verb's stem ("Warren", "Tell") stays whole."""
    return (
        token.capitalised
        and (token.lower == "said" or token.lower.endswith("ed"))
        and token.lower in (lexicon.words["speech_verbs"])
    )


_PEOPLES_BODIES = frozenset({"tribes", "bands"})  # a body of several peoples, each named before it


def _common_pair_of_a_body(
    tokens: Sequence[Token], covered: Sequence[bool], conjunction: int, lexicon: Lexicon
) -> bool:
    """True when the "and" at `conjunction` joins two common words inside one organisation's name: common words on
    both sides and an organisation word right after ("Ways and Means Committee", "Fish and Wildlife Service"; not
    "Google and Acme Corporation", two names)."""
    following = conjunction + 1
    return (
        following < len(tokens)
        and tokens[following].capitalised
        and not covered[following]
        and tokens[conjunction - 1].kind == "word"
        and (
            (
                is_common(tokens[conjunction - 1].text, lexicon)
                and is_common(tokens[following].text, lexicon)
                and tokens[conjunction - 1].lower not in lexicon.words["organisation_words"]  # "the Senate and House"
            )
            # a couple's given names: "the Bill and Melinda Gates Foundation"
            or (tokens[conjunction - 1].lower in lexicon.genders and tokens[following].lower in lexicon.genders)
            # two peoples of one body: "the Velby and Tarnish Tribes"
            or (
                following + 1 < len(tokens)
                and tokens[following + 1].lower in _PEOPLES_BODIES
                and tokens[conjunction - 1].capitalised
                and tokens[following].kind == "word"
                # "Anna Lind and Tarnish Tribes": a person (nothing before a sentence's first word)
                and (conjunction < 2 or tokens[conjunction - 2].lower not in lexicon.genders)
            )
        )
        and (
            _organisation_word_ahead(tokens, covered, following, lexicon)
            or _organisation_word_ahead(tokens, covered, following, lexicon, "place_words")
        )  # a place's name too: "the Nevada Test and Training Range" (then no actor)
    )


def _service_pair(
    tokens: Sequence[Token], covered: Sequence[bool], position: int, conjunction: int, lexicon: Lexicon
) -> bool:
    """True when the "and" at `conjunction` joins two common words that end a name led by a proper one: a service
    named after its place ("Velby Fire and Rescue", "Kestrel County Search and Rescue"), not a person's name and a
    word ("Anna Lind and Berg") nor two times or places ("Monday and Tuesday", "North and South")."""
    left, right = conjunction - 1, conjunction + 1
    if position >= left or right >= len(tokens) or covered[right] or not tokens[right].capitalised:
        return False
    if right + 1 < len(tokens) and tokens[right + 1].capitalised:
        return False  # the name goes on after the pair: `_common_pair_of_a_body` decides
    time_words = lexicon.words["time_words"]
    return (
        not is_common(tokens[position].text, lexicon)
        and tokens[position].lower not in lexicon.genders
        and tokens[position].lower not in lexicon.words["titles"]
        and tokens[left].lower not in lexicon.words["organisation_words"]  # "Kestrel Police and Rescue": two bodies
        and all(
            tokens[i].kind == "word"
            and is_common(tokens[i].text, lexicon)
            and tokens[i].lower not in time_words
            and tokens[i].lower not in _COMPASS
            for i in (left, right)
        )
    )


def _masthead_pair(
    tokens: Sequence[Token], covered: Sequence[bool], start: int, conjunction: int, lexicon: Lexicon
) -> bool:
    """True when the "and" at `conjunction` joins the two common words of a title that a capitalised "The" opens in
    mid-sentence ("Ann Lee of The Globe and Mail said"; not "The Times and Reuters", two names, nor a sentence's
    opening "The")."""
    following = conjunction + 1
    return (
        start > 0
        and tokens[start].text == "The"
        and conjunction == start + 2
        and following < len(tokens)
        and tokens[following].capitalised
        and not covered[following]
        and is_common(tokens[conjunction - 1].text, lexicon)
        and is_common(tokens[following].text, lexicon)
        and (following + 1 >= len(tokens) or not tokens[following + 1].capitalised)
    )


ACRONYM_REACH = 8  # tokens between a name's cut and the bracket of the acronym that spells it whole


def _spelt_out(tokens: Sequence[Token], start: int, cut: int) -> int:
    """Where a name cut at `cut` goes on to, when an acronym in brackets after it spells the initials of its words from
    `start` (all its words, or its capitalised ones only; three letters or more): "Notes from Kestria (NFK)",
    "Institute of Epidemiology, Disease Control and Research (IEDCR)"; else `cut`."""
    bracket = cut
    while bracket < len(tokens) and bracket - cut <= ACRONYM_REACH and tokens[bracket].text != "(":
        if tokens[bracket].kind == "punct" and tokens[bracket].text not in (",", "-", "–"):
            return cut
        bracket += 1
    if not (
        bracket + 2 < len(tokens)
        and tokens[bracket].text == "("
        and tokens[bracket + 2].text == ")"
        and 3 <= len(tokens[bracket + 1].text) <= 8
        and tokens[bracket + 1].text.isupper()
    ):
        return cut
    words = [token for token in tokens[start:bracket] if token.kind in ("word", "acronym")]
    acronym = tokens[bracket + 1].lower
    every = "".join(token.lower[0] for token in words)
    capitals = "".join(token.lower[0] for token in words if token.capitalised)
    return bracket if acronym in (every, capitals) else cut


def _spelt_in_brackets(tokens: Sequence[Token], index: int) -> tuple[int, int] | None:
    """The span of the words in brackets around `index` when an acronym right before the bracket spells the initials
    of its capitalised words: "ISIS (Islamic State of Kestria and Velm)", one name whatever it holds; else None."""
    opening = index - 1
    while opening >= 0 and index - opening <= ACRONYM_REACH and tokens[opening].text not in ("(", ")"):
        opening -= 1
    if opening < 1 or tokens[opening].text != "(" or index - opening > ACRONYM_REACH:
        return None
    acronym = tokens[opening - 1].text
    if not (3 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha()):
        return None
    closing = index
    while closing < len(tokens) and closing - opening <= ACRONYM_REACH + 1 and tokens[closing].text not in ("(", ")"):
        closing += 1
    if closing >= len(tokens) or tokens[closing].text != ")" or closing - opening < 3:
        return None
    inner = tokens[opening + 1 : closing]
    if not inner[0].capitalised or any(token.kind == "punct" for token in inner):
        return None
    initials = "".join(token.lower[0] for token in inner if token.capitalised)
    return (opening + 1, closing) if initials == acronym.lower() else None


def _campus_after_comma(
    tokens: Sequence[Token], covered: Sequence[bool] | None, start: int, comma: int, lexicon: Lexicon
) -> int:
    """Where a university's name ends when a campus's city follows its comma ("the University of Kestria, Velby said",
    "University of Kestria, Velby's chancellor"), else 0: the name so far has "University of", the city is in the
    gazetteer and ends the phrase (punctuation, a possessive or a lower-case word other than "and"/"or": not a list
    of places or bodies). `covered`: None once names are found (a cue's speaker is looked for)."""
    if not any(
        tokens[i].lower == "university" and tokens[i + 1].lower == "of" for i in range(start, comma - 1)
    ):  # checked after the comma's cheaper tests would not be: few runs reach a comma
        return 0
    for size in (3, 2, 1):
        end = comma + 1 + size
        if end > len(tokens) or (covered is not None and any(covered[comma + 1 : end])):
            continue
        words = tokens[comma + 1 : end]
        if not all(t.kind == "word" and t.capitalised for t in words):
            continue
        if " ".join(t.lower for t in words) not in lexicon.cities:
            continue
        after = tokens[end] if end < len(tokens) else None
        if (
            after is None
            or after.kind in ("punct", "possessive")
            or (not after.capitalised and after.lower not in ("and", "or"))
        ):
            return end
    return 0


def _common_list_of_a_body(tokens: Sequence[Token], covered: Sequence[bool], comma: int, lexicon: Lexicon) -> bool:
    """True when the comma at `comma` separates capitalised common words listed inside one organisation's name, the
    list closed by "and" and an organisation word ("Educational, Scientific and Cultural Organization"; not "Ann Lee,
    Tom Hale and the Kestrel Trust", names)."""
    position = comma
    while position < len(tokens) and tokens[position].text == ",":
        word = position + 1
        if (
            word >= len(tokens)
            or covered[word]
            or not tokens[word].capitalised
            or not is_common(tokens[word].text, lexicon)
            or not is_common(tokens[position - 1].text, lexicon)
        ):
            return False
        position = word + 1
    return (
        position < len(tokens)
        and tokens[position].lower == "and"
        and _common_pair_of_a_body(tokens, covered, position, lexicon)
    )


def _another_organisation(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon) -> bool:
    """True when the capitalised words from `index` (after an organisation's "and") are a second organisation's
    name: a first word that is no common word, and an organisation word within four words ("University of
    California and | Columbia University"; not "Department of Health and Human Services"), or an organisation word
    opening a name ("and | Center for X")."""
    if index >= len(tokens) or not tokens[index].capitalised:
        return False
    if (
        tokens[index].lower in lexicon.words["organisation_words"]
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in _TAIL_WORDS
    ):
        return True  # "University of Kestrel and | Center for Coastal Studies": a body's word opens a second name
    return not is_common(tokens[index].text, lexicon) and _organisation_word_ahead(tokens, covered, index, lexicon)


def _organisation_word_ahead(
    tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon, words: str = "organisation_words"
) -> bool:
    """True when one of the (up to four) capitalised, unclaimed words after `index` is an organisation word (or a word
    of the list `words` names)."""
    look = index + 1
    while look < len(tokens) and look - index <= 4 and tokens[look].capitalised and not covered[look]:
        if tokens[look].lower in lexicon.words[words]:
            return True
        look += 1
    return False


def _cuts(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon, start: int) -> bool:
    """True when the word at `index` ends a name for its affix ("anti-Assad", "Kenyan-born"), but not a prefixed word
    followed by capitalised words up to an organisation word: "European Anti-Fraud Office", "Anti-Corruption
    Commission" (a name's first word keeps its cut: "pro-Beijing New People Party")."""
    if not tokens[index].affix:
        return False
    if tokens[index].affix not in AFFIX_PREFIXES or index == start or tokens[index - 1].lower in STOP_WORDS:
        return True
    return not _organisation_word_ahead(tokens, covered, index, lexicon)


# Plural groups whose possessive opens an organisation's name: "People's Liberation Army", "Workers' Party".
_DOMAINS = frozenset(
    {"com", "org", "net", "gov", "edu", "io", "info"}  # "Vulnora.com"
    # country codes that are no English word or name particle ("Vulnora.com.au", "Vulnora.hu"; not "de", "it", "in")
    | {"au", "uk", "nz", "ca", "hu", "pl", "cz", "sk", "ru", "fr", "es", "nl", "se", "dk", "fi", "jp", "cn", "kr"}
    | {"br", "za", "ch", "gr", "tr", "ua", "ro", "bg", "hr", "pt", "mx", "ar", "cl", "ie", "tv", "sg", "hk", "tw"}
)
_SITE_NOUNS = frozenset({"site", "website", "homepage", "page", "domain"})
_GROUPS = frozenset(
    {
        *("people", "peoples", "workers", "women", "citizens", "peasants", "farmers", "children", "veterans"),
        *("teachers", "nurses", "doctors", "journalists", "writers", "students", "soldiers", "employees"),
        *("taxpayers", "consumers", "voters", "miners", "nations", "patients", "parents", "pensioners", "men"),
    }
)


_HOLDERS_OFFICES = frozenset({"office", "department", "bureau"})  # named after the office's holder
_HOLDER_ENDINGS = ("er", "or", "ar", "iff")  # "Defender", "Auditor", "Registrar", "Sheriff"


def _holder_noun(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised common noun of someone who holds an office, the word list's or not ("Defender", "Coroner")."""
    return token.lower.endswith(_HOLDER_ENDINGS) and is_common(token.text, lexicon)


def _group_possessive(tokens: Sequence[Token], covered: Sequence[bool], index: int) -> bool:
    """True when `tokens[index]` is the possessive of a plural group ("People's", "Workers'") followed by a
    capitalised word: the name goes on."""
    token = tokens[index]
    if not (token.kind == "possessive" or (token.text == "'" and tokens[index - 1].lower.endswith("s"))):
        return False
    return (
        tokens[index - 1].lower in _GROUPS
        and index + 1 < len(tokens)
        and tokens[index + 1].capitalised
        and not covered[index + 1]
    )


_STATE_GROUPS = frozenset({"nations", "states"})  # a union of states is a body of its own, a union of people is not


def _body_of_a_body(tokens: Sequence[Token], start: int, index: int, lexicon: Lexicon) -> bool:
    """True when the group's possessive at `index` closes a name of two words or more and a body's name of two
    capitalised words or more follows it: the possessor is a body of its own ("the United Nations' Food and
    Agriculture Organization": a union of states); not "the National People's Congress", "the Kestrel Transport Workers'
    Union", "the Velby Farmers' Cooperative Society"."""
    if (
        index - start < 2
        or tokens[index - 1].lower not in _STATE_GROUPS
        or not _names_a_body_after(tokens, index + 1, lexicon)
    ):
        return False
    position = index + 1
    while position < len(tokens) and tokens[position].capitalised:
        position += 1
    return position - (index + 1) >= 2 or (position < len(tokens) and tokens[position].lower == "and")


_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?"})


def _organisation_then_person(
    tokens: Sequence[Token], covered: Sequence[bool], start: int, index: int, lexicon: Lexicon, tail: bool = False
) -> bool:
    """True when a run of two words or more ending with an organisation word is followed, from `index`, by a name of
    two or three capitalised words that are neither organisation words nor titles nor common words, and then by a
    word that is not capitalised: the organisation, then a person ("the Refugee Council Enver Solomon said"). In an
    organisation's tail ("Council on ...") the person's name is two words: "Council on American-Islamic Relations |
    Alia Salem said". After an office "of (the)", the body may be one word: "Speaker of the House | Anna Lind"."""
    of = start - 1 - (start >= 1 and tokens[start - 1].lower == "the")
    office = of >= 1 and tokens[of].lower in _AFFILIATIONS and tokens[of - 1].lower in lexicon.words["titles"]
    if index - start < 2 and not (office and index - start == 1):
        return False
    if not tail and tokens[index - 1].lower not in lexicon.words["organisation_words"]:
        return False
    end = index
    while end < len(tokens) and end - index < 4 and tokens[end].capitalised and not covered[end]:
        token = tokens[end]
        if (
            token.kind != "word"
            or token.lower in lexicon.words["organisation_words"]
            or token.lower in lexicon.words["titles"]
            or is_common(token.text, lexicon)
        ):
            return False
        end += 1
    if end - index == 1:
        # "explains Secretary General of the Kestrel Community Berg.": after an office of the body, its holder's
        # surname alone, closing the clause; not the body's own "of" tail ("a professor at the University of
        # Velby.": Velby is the university's)
        return office and tokens[index - 1].capitalised and (end == len(tokens) or tokens[end].text in _CLAUSE_ENDS)
    return (end - index == 2 or (not tail and end - index == 3)) and (end == len(tokens) or not tokens[end].capitalised)


def _title_then_name(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon) -> bool:
    """True when titles from `index` on are followed by a capitalised word that is not a title; an office's common
    words between a title and its last title or role word are passed over ("Chief Financial Officer Anna Lind")."""
    while index < len(tokens) and not covered[index] and tokens[index].lower in lexicon.words["titles"]:
        index += 1
    office = index
    while (
        office < min(index + 2, len(tokens))
        and tokens[office].capitalised
        and is_common(tokens[office].text, lexicon)
        and not _is_role(tokens[office].lower, lexicon)
    ):
        office += 1
    if (
        office > index
        and office + 1 < len(tokens)
        and tokens[office].capitalised
        and _is_role(tokens[office].lower, lexicon)
        and tokens[office + 1].lower in lexicon.genders
    ):
        index = office + 1  # "Chief Financial Officer | Anna": the office's words, then a given name
    return (
        index < len(tokens)
        and not covered[index]
        and tokens[index].capitalised
        and tokens[index].lower not in lexicon.words["organisation_words"]  # "Civil Defense Authority"
        and tokens[index].lower not in _NAME_SUFFIXES  # "Martin Luther King Jr.": a family name, then its suffix
    )


_COUNT_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "dozens",
        "hundreds",
        "thousands",
    ]
)


def _counted_plural(token: Token, lexicon: Lexicon) -> bool:
    """A lower-case plural noun after a counted name ("Two Acme engineers"), not a verb ("Seven Network says")."""
    lower = token.lower
    return (
        token.kind == "word"
        and not token.capitalised
        and lower.endswith("s")
        and not lower.endswith("ss")
        and lower not in lexicon.words["speech_verbs"]
        and lower not in _BE_FORMS
        and lower not in ("has", "does", "was")
    )


def _family_name_after_given(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a name whose time word follows a given name (after a title too) or a two-word name after a person's
    role: a family name ("Theresa May", "Prime Minister Theresa May's", "illustrator Jory Christmas"); not a weekday
    ("Anna Monday said" is a date in a headline's style)."""
    if len(words) < 2 or tokens[words[-1]].lower in _WEEKDAYS:
        return False
    if tokens[words[-2]].lower in lexicon.genders:
        return True  # after a title too: "Prime Minister Theresa May's deal"
    if len(words) != 2:
        return False
    before = tokens[words[0] - 1] if words[0] >= 1 else None
    return (
        before is not None
        and before.kind == "word"
        and not before.capitalised
        and _is_role(before.lower, lexicon)
        and not is_common(tokens[words[0]].text, lexicon)
    )


def _is_town(folded: str, words: tuple[str, ...], lexicon: Lexicon) -> bool:
    """True for a town: a city of the gazetteer (`folded`: its name case-folded) or a capital or seat of government
    among the lexicon's phrases (`words`: its words, capitalised)."""
    return folded in lexicon.cities or lexicon.phrases.get(words, ("", ""))[1] in (CAPITAL_FORM, SEAT_FORM)


_TOWNSPEOPLE_ENDINGS = ("ers", "er")  # a town's people: "Londoners", "a Berliner"


def _townspeople(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for the people of a town of the gazetteer or a capital ("Londoners", "any New Yorker") or a name right after
    "ethnic" ("ethnic Zemi killed", "Ethnic Zemi and Velbians fled"): people, not an actor."""
    if words[0] >= 1 and tokens[words[0] - 1].lower == "ethnic":
        return True
    if len(words) >= 2 and tokens[words[0]].lower == "ethnic":
        return True  # "Ethnic Zemi fled": the word opening the sentence
    if (  # "ethnic Zemi and Velbians fled": the second people of the list
        words[0] >= 3
        and tokens[words[0] - 1].lower in ("and", "or")
        and tokens[words[0] - 2].capitalised
        and tokens[words[0] - 3].lower == "ethnic"
    ):
        return True
    if len(words) > 3:
        return False
    name = " ".join(tokens[i].lower for i in words)
    for end in _TOWNSPEOPLE_ENDINGS:
        town = name[: -len(end)]
        if name.endswith(end) and _is_town(town, tuple(t.capitalize() for t in town.split()), lexicon):
            return True
    return False


def _peoples_plural(last: Token, lexicon: Lexicon) -> bool:
    """True for a capitalised plural of a people's word ending in "-ians" ("Velbians", "Tarnish Velbians"), no body's
    or party's word: a people named in the plural, never one actor's name."""
    return (
        last.kind == "word"
        and len(last.text) >= 6
        and last.lower.endswith("ians")
        and last.text[1:].islower()
        and last.lower not in lexicon.words["organisation_words"]
        and last.lower not in lexicon.words["parties"]
    )


def _given_name_then_thing_word(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for two words, a known given name then a word for a thing, followed by a verb ("Anna Day died", "Ben
    Prize said"): a family name, not an event or award ("Victoria Day is", "the Anna Award")."""
    nxt = words[-1] + 1
    return (
        len(words) == 2
        and tokens[words[0]].lower in lexicon.genders
        and (words[0] == 0 or tokens[words[0] - 1].lower not in _ARTICLES)
        and nxt < len(tokens)
        and (
            _is_subject_verb(tokens[nxt], lexicon)
            or (tokens[nxt].kind == "word" and not tokens[nxt].capitalised and tokens[nxt].lower.endswith("ed"))
        )  # "died", "led": past tenses too short for `_is_subject_verb`'s guess
    )


def _people_family_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a name that is not common, then a people's name in the singular, followed by no lower-case noun
    ("Anna Kurd said", "Anna Kurd, a singer"): a family name; not "Zemi Muslim families", "Zemi Muslims"."""
    last = tokens[words[-1]].lower
    if last.endswith("s") or is_common(tokens[words[0]].text, lexicon) or _is_people(tokens[words[0]].lower, lexicon):
        return False
    nxt = words[-1] + 1
    if nxt >= len(tokens):
        return True
    after = tokens[nxt]
    return after.kind != "word" or after.capitalised or _is_subject_verb(after, lexicon)


# Words before a plural that count it: "many Texans", "thousands of Londoners"
_QUANTIFIERS = _COUNT_WORDS | {"many", "most", "some", "few", "several", "fellow", "millions", "countless", "other"}


def _quantified_plural(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True for a one-word plural after a number or a quantifier ("many Texans", "roughly 100 Polaroids", "thousands
    of Londoners"): a group or things, not one actor; a party's plural stays ("many Republicans" are the party's), and
    so does a name before a plural noun ("two Hamas members")."""
    lower = tokens[index].lower
    if not lower.endswith("s") or lower.endswith("ss") or lower in lexicon.words["parties"] or index < 1:
        return False
    if index + 1 < len(tokens) and _counted_plural(tokens[index + 1], lexicon):
        return False  # "two Hamas members": the name qualifies the plural after it
    before = tokens[index - 1]
    if before.lower == "of" and index >= 2:
        before = tokens[index - 2]
    return before.text[:1].isdigit() or (before.kind == "word" and before.lower in _QUANTIFIERS)


# Events named with what they are about: "World Summit on the Information Society", "Festival of Lights"; not a body's
# words ("Conference of Catholic Bishops" is one, "Institute for the Study of War" another)
_EVENT_HEADS = frozenset({"summit", "summits", "festival", "olympiad", "olympics", "games", "expo", "exposition"})
_REMIT_WORDS = frozenset({"on", "of", "for"})


def _event_with_remit(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """True for a name whose word before its first "on", "of" or "for" is an event's: "Velm Summit on the Information
    Society" (acronym and all), an event, not an actor, though its last word is a body's."""
    for position in range(words[0], words[-1]):
        if tokens[position + 1].lower in _REMIT_WORDS:
            return tokens[position].lower in _EVENT_HEADS
    return False


def _event_before(tokens: Sequence[Token], end: int) -> bool:
    """True when the capitalised words and small words ending before `end` name an event with its remit ("Velm
    Summit on the Information Society"): `_event_with_remit` of that run."""
    start = end
    while start > 0 and (tokens[start - 1].capitalised or tokens[start - 1].lower in _SPELT_OUT):
        start -= 1
    while start < end and not tokens[start].capitalised:
        start += 1
    return end - start >= 2 and _event_with_remit(tokens, [start, end - 1])


def _holiday_of(tokens: Sequence[Token], last: int) -> bool:
    """True for the name in "St. Patrick's Day", "Valentine's Day": a holiday named after someone, no actor."""
    return last + 2 < len(tokens) and tokens[last + 1].kind == "possessive" and tokens[last + 2].lower == "day"


def _mid_sentence_the(tokens: Sequence[Token], first: int) -> bool:
    """True when a capitalised "The" inside a sentence opens the name at `first`: a title's own article ("newspaper
    The Hindu reported", "according to The Velbian"), not a sentence's or a quotation's opening."""
    return (
        first >= 2
        and tokens[first - 1].text == "The"
        and tokens[first - 2].kind == "word"
        and not tokens[first - 2].capitalised
    )


def _holiday_eve(tokens: Sequence[Token], words: Sequence[int], time_words: frozenset[str]) -> bool:
    """True for "Eve" alone after a holiday or a possessive: "on Christmas Eve", "New Year's Eve", the day before a
    holiday, no actor ("Eve Ensler" is a name)."""
    first = words[0]
    return (
        len(words) == 1
        and tokens[first].lower == "eve"
        and first >= 1
        and (tokens[first - 1].kind == "possessive" or tokens[first - 1].lower in time_words)
    )


_COPYRIGHT = frozenset({"copyright", "copyrighted"})
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")  # I to XXXIX; "IVX" is no numeral
_HYPHENATED_ACRONYM = re.compile(r"[A-Z]{1,4}(?:-[A-Z]{1,4})+")  # not "CVE-2019-1348", a code
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_ACRONYM = 3  # letters of an acronym after a year at least: a body ("2019 NATO"), not a unit ("2000 MW")
_INDEFINITE = frozenset({"a", "an"})
_POST_LISTS = (
    *("titles", "roles", "organisation_words", "organisation_types", "thing_words", "place_words"),
    *("document_nouns", "place_nouns", "time_words", "regions"),
)


def _post_word(lower: str, lexicon: Lexicon) -> bool:
    """A word of a post, a body, a place, a document or a time ("officer", "branch", "order"), or a participle ("the
    GNU General | Public Licensed"): after a title it goes on with the post or a name's words, not a person's."""
    return lower.endswith(("ed", "ing")) or any(lower in lexicon.words[name] for name in _POST_LISTS)


def _model_year_before(tokens: Sequence[Token], first: int) -> bool:
    """True for a name after a model year after "a" ("a 2005 Brevik Zafra", "a recalled 2005 ..."): a vehicle or
    a product's model, not its maker acting."""
    year = first - 1
    if year < 1 or not _YEAR.fullmatch(tokens[year].text):
        return False
    before = tokens[year - 1]
    return before.lower in _INDEFINITE or (
        year >= 2 and tokens[year - 2].lower in _INDEFINITE and before.kind == "word" and not before.capitalised
    )


_QUANTIFIED_NAME_WORDS = 3  # "All" or "No" and two words at least, the last a body's: "All Varnia Union"
# quantifiers that open a body's name, and what may stand before them: "the", a bracket or, "No" only, any lower-case
# word ("": "from No Starch Press")
_QUANTIFIERS_IN_NAMES = {"all": ("the", "("), "no": ("the", "(", "")}


def _quantifier_opens_a_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when "All" or "No" opens a body's name ("the All Varnia Football Federation", "(All Varnia Hindu
    Union)", "published by No Kestrel Press"), not the quantifier ("All Kestrel Party members voted")."""
    first = words[0]
    before = _QUANTIFIERS_IN_NAMES.get(tokens[first].lower)
    if before is None or len(words) < _QUANTIFIED_NAME_WORDS or first < 1:
        return False
    previous = tokens[first - 1]
    return (
        previous.lower in before or ("" in before and previous.kind == "word" and not previous.capitalised)
    ) and tokens[words[-1]].lower in lexicon.words["organisation_words"]


_LEGAL_FORMS = frozenset({"inc", "ltd", "llc", "plc", "gmbh", "corp", "co"})  # a company's, alone
_NAME_SUFFIXES = frozenset({"jr", "sr"})  # a person's generation after the family name ("Anna Lind Jr.")


def _find_name_candidates(
    tokens: Sequence[Token],
    covered: Sequence[bool],
    mentions: list[Mention],
    lexicon: Lexicon,
    title_case: bool,
    inside: set[int] | None = None,
    brackets: bool = False,  # the sentence has a "(": a name's acronym may follow it
) -> None:
    # the word lists read in the loop, looked up once
    time_words, thing_words, titles = lexicon.words["time_words"], lexicon.words["thing_words"], lexicon.words["titles"]
    organisation_words = lexicon.words["organisation_words"]
    size = len(tokens)
    for run_start, run_end in _runs(tokens, covered, lexicon, brackets, inside):
        if run_start == 2 and (after_region := _dateline_region(tokens)):
            if run_end <= after_region:
                continue
            run_start = after_region  # "BOSTON, MA - The Kestrel Board": the name after the dash
        words = [
            i
            for i in range(run_start, run_end)
            if tokens[i].kind not in ("punct", "possessive")
            and not (
                tokens[i].kind == "word"
                and len(tokens[i].text) > 5
                and tokens[i].text.isupper()
                and not _HYPHENATED_ACRONYM.fullmatch(tokens[i].text)  # "ABC-TVN", a broadcaster
                and not _long_acronym(tokens, i)
            )
        ]  # "BRUSSELS"; gone first, so that "KETTLEWORKS LIMITED and X" does not leave "and X"
        if run_end - run_start >= 5 and any(tokens[i].text in _NICKNAME_QUOTES for i in range(run_start, run_end)):
            # 'Karl "Kalle" Berg': the nickname is no word of the name
            words = [
                i
                for i in words
                if not (
                    tokens[i - 1].text in _NICKNAME_QUOTES
                    and i - 1 > run_start
                    and i + 1 < run_end
                    and tokens[i + 1].text in _NICKNAME_QUOTES
                )
            ]
        # leading stop words and time words are never part of a name ("The", "Today's"), nor a copyright line's
        # "Copyright" ("Copyright Kettle Software Foundation")
        after_the = False
        while words and (
            (
                tokens[words[0]].lower in STOP_WORDS
                and not _acronym_alone(tokens, words[0])
                and not _quantifier_opens_a_name(tokens, words, lexicon)
            )
            or (tokens[words[0]].lower in time_words and not _masthead_time_word(tokens, words, lexicon))
            or (
                words[0] + 1 < size
                and tokens[words[0] + 1].text == "."
                and _dated_abbreviation(tokens, words[0], time_words)
            )
            or tokens[words[0]].lower in _COPYRIGHT
        ):
            after_the = tokens[words.pop(0)].lower == "the"
        if (
            len(words) > 1
            and tokens[words[0]].lower in _COUNT_WORDS
            and run_end < size
            and _counted_plural(tokens[run_end], lexicon)
        ):
            words.pop(0)  # "Two European Parliament lawmakers": a count of people, not a name ("Four Seasons Hotel")
        if (
            len(words) == 2
            and _is_people(tokens[words[-1]].lower, lexicon)
            and not _people_family_name(tokens, words, lexicon)
        ):
            words.pop()  # "Zemi Muslim families": a people's name, then a religion's
        while words and (
            (
                tokens[words[-1]].lower in time_words
                and not _family_name_after_given(tokens, words, lexicon)
                and not _masthead_today(tokens, words)
            )
            or (
                words[-1] + 1 < size
                and tokens[words[-1] + 1].text == "."
                and _dated_abbreviation(tokens, words[-1], time_words)
            )
            or (
                tokens[words[-1]].lower in STOP_WORDS
                and words[-1] + 1 < size
                and tokens[words[-1] + 1].lower in _ARTICLES
                and not _acronym_alone(tokens, words[-1])
            )
        ):
            words.pop()  # a time word inside a name stays: "Sydney Morning Herald"; "X In the ...": a stop word ends it
        while len(words) > 1 and tokens[words[-1]].lower in _TAIL:
            words.pop()  # "the House on Friday": the time word gone, its preposition goes too
        if words and "-" in tokens[words[-1]].text and _lowercase_compound(tokens[words[-1]].text, lexicon):
            # "Captures Python-level writes", "a Unicode-aware reader": a compound adjective or noun ends no name
            continue
        # (before an article only: "James To said" is a name)
        if (
            not words
            or tokens[words[-1]].affix in AWARD_SUFFIXES
            or _holiday_of(tokens, words[-1])
            or _holiday_eve(tokens, words, time_words)
            or (len(words) == 1 and tokens[words[0]].lower in thing_words)
            or (len(words) == 1 and _derived_adjective(tokens, words[0], lexicon))
            or (  # "the MV Professor Anna Lind": a vessel's prefix cut off its name by a title
                len(words) == 1
                and _ship_prefix(tokens[words[0]])
                and words[0] + 1 < len(tokens)
                and tokens[words[0] + 1].capitalised
            )
            or (
                len(words) >= 2
                and (
                    tokens[words[-1]].lower == "time"  # a time zone: "Eastern Time", "Greenwich Mean Time"
                    or (
                        tokens[words[-1]].lower in thing_words
                        and not _given_name_then_thing_word(tokens, words, lexicon)  # "Anna Day said"
                        and not (  # "Institute for the Study of War": a body named after what it studies
                            tokens[words[0] + 1].lower in _TAIL_WORDS and tokens[words[0]].lower in organisation_words
                        )
                        and not _speaking_programme(tokens, words, lexicon)
                    )
                    or tokens[words[0]].lower in lexicon.words["thing_heads"]
                    or _ship_prefix(tokens[words[0]])
                    or _event_with_remit(tokens, words)
                    or (tokens[words[-1]].lower in _VENUE_ENDS and _venue_name(tokens, words))
                    or _names_terms(tokens, words)
                )
            )
        ):
            continue  # "Annapolis Conference", "National Iodine Nutrition Study", "Hurricane Katrina"
        if _shouted_or_plural(tokens, words, lexicon):
            continue
        if _brand(tokens, words):
            continue  # "sell X and Y brands", "brands, including X and Y": products, not their makers
        if len(words) == 1 and tokens[words[0]].lower[-1:] == "s" and _quantified_plural(tokens, words[0], lexicon):
            continue  # "many Texans", "roughly 100 Polaroids": people or things counted, no actor
        if _townspeople(tokens, words, lexicon):
            continue  # "ordinary Londoners", "any New Yorker", "ethnic Zemi": people of a town or a people, no actor
        if _peoples_plural(tokens[words[-1]], lexicon):
            continue  # "Velbians and Harnocks fought", "mostly Tarnish Velbians": a people in the plural, no actor
        if _portfolio(tokens, words, run_start, lexicon):
            continue  # "the Minister for Foreign Affairs", "the Commissioner for Human Rights": an office's remit
        if len(words) == 1 and len(tokens[words[0]].text) == 1:
            continue  # one letter: a variable or a label ("Z happens after X"), never an actor
        if words[0] >= 2 and "1" <= tokens[words[0] - 1].text[:1] <= "2" and _model_year_before(tokens, words[0]):
            continue  # "a recalled 2005 Brevik Zafra": a car (a quick test first: most names follow no year)
        if (
            len(words) == 1
            and (
                tokens[words[0]].lower in _LEGAL_FORMS  # "Kettle Software Foundation, Inc.": the name's legal form
                # "remove unnecessary ToLocalChecked call": a function's name (a capital inside the word: a quick test)
                or (
                    tokens[words[0]].text[1:] != tokens[words[0]].lower[1:]
                    and _code_word(tokens[words[0]].text, lexicon)
                )
                # "chapter XI", "XI. The Nine Situations": a number (a quick test first: two numeral letters)
                or (
                    tokens[words[0]].text[:1] in "IVX"
                    and tokens[words[0]].text[1:2] in "IVX"
                    and _ROMAN.fullmatch(tokens[words[0]].text) is not None
                )
            )
        ):
            continue
        if len(words) <= 2 and (
            (run_start > 0 and tokens[run_start - 1].lower in _LIST_SEPARATORS)
            or (run_end < size and tokens[run_end].lower in _LIST_SEPARATORS)
        ):
            if len(words) == 1 and _common_word_list(tokens, covered, words[0], lexicon):
                continue  # "the Boycott, Divestment, and Sanctions movement": a slogan's words, not three actors
            if _in_a_town_list(tokens, run_start, run_end, lexicon):
                continue  # "towns such as Busia, Kisumu, Voi, Mtito Andei and Mombasa": a place among places
        if (
            len(words) == 1
            and _ends_with_digits(tokens[words[0]].text)
            and _amount_or_code(tokens[words[0]].text)
            and not _reporting_channel(tokens, words[0], lexicon)
        ):
            continue  # "KSh700,000", "an A380", "flight MH17": money, a model or a flight; "the G20" stays
        if (
            len(words) == 1
            and _unit_after_number(tokens, words[0])
            and not (  # "In 2019 NATO said", "a March 14, 2019 NATO press release": a year, then a body
                _YEAR.fullmatch(tokens[words[0] - 1].text)
                and len(tokens[words[0]].text) >= _YEAR_ACRONYM
                and tokens[words[0]].lower not in time_words
            )
        ):
            continue  # "at 5 PM", "a 10 GB card"
        if (
            words[0] >= 2
            and (tokens[words[0] - 1].lower in _CLOCK_MARKS or tokens[words[0] - 2].text == ":")
            and len(words) == 1
            and _after_a_clock(tokens, words[0])
        ):
            continue  # "at 7:38 pm IST", "at 10:30 CET": a time zone
        if _after_a_measure(tokens, words[0]):
            continue  # "Women's 10m Air Rifle", "the 100m Breaststroke": a sports event
        if len(words) == 1 and _joined_adjectives(tokens[words[0]].lower, lexicon):
            continue  # "the Colombian-French politician", "Afro-Cuban": what someone is, never an actor
        if _work_title_after(tokens, words[0]):
            continue  # "the film Golden Promise", "her novel 'Quiet Hearts'": a work's title, not an actor
        if (
            len(words) == 1
            and words[0] >= 1
            and tokens[words[0]].lower[-2:] in _ADJECTIVE_TAILS
            and _capitalised_adjective(tokens, words[0], lexicon)
        ):
            continue  # "the Presidential official residence", "Federal officials said": an adjective
        if (
            len(words) == 1
            and words[0] + 1 < size
            and tokens[words[0] + 1].text == ":"
            and is_common(tokens[words[0]].text, lexicon)
        ):
            continue  # a label: "Image: ...", "Note: ...", "Update: ..."
        if len(words) == 1 and _is_people(tokens[words[0]].lower, lexicon) and not _mid_sentence_the(tokens, words[0]):
            continue  # "Muslim", "Arabs": a group of people, not one actor (but "newspaper The Hindu" is a title)
        if (
            len(words) == 1
            and (words[0] == 0 or tokens[words[0] - 1].text in _OPENERS)
            and _participle_before_plural(tokens, words[0])
        ):
            continue  # "Unverified reports put ...": an adjective opening the sentence
        if len(words) == 1 and tokens[words[0]].lower[-3:] == "ism" and _doctrine(tokens[words[0]].text):
            continue  # "Marxism", "Kemalism": a doctrine or a movement, not one actor
        if (
            len(words) == 1
            and tokens[words[0]].lower[-2:] in ("st", "ic")
            and _doctrine_adjective(tokens, words[0], lexicon)
        ):
            continue  # "the country's Communist leaders", "Magellanic penguins": an adjective before what it qualifies
        if "-" in tokens[words[0]].text and len(words) == 1 and _pair_with_a_country(tokens[words[0]].text, lexicon):
            continue  # "the Hale-Ukraine call", "Kestria-Chile ties": two parties of a relation, not one actor
        if _PARTY_TAG.match(tokens[words[0]].text) and _after_bracket(tokens, words[0]):
            continue  # "(R-Texas)", "(D-N.Y.)": a member of Congress's party and state
        if len(words) == 1 and tokens[words[0]].lower in _GOVERNMENTS:
            continue  # "the Government said": whose, the sentence does not say
        if all(_technical_acronym(tokens[i]) for i in words) or (
            len(words) >= 2 and _technical_acronym(tokens[words[-1]]) and tokens[words[-1]].lower not in _APIS
        ):
            # "send HTTP requests", "an HTTP POST": a protocol, format or method, never an actor; nor a program named
            # after one ("Vibe HTTP"); an API named after its maker is left to the document ("Windows API", ha12)
            continue
        first = words[0]
        previous = tokens[first - 1] if first > 0 else None
        initial = previous is None or previous.text in _OPENERS
        if initial and len(words) > 1 and _inverted_speech_verb(tokens[first], lexicon):
            # 'Remarked Kestrel Trust scientist Anna Lind, "..."': a verb of saying put first, then its speaker
            words.pop(0)
            first, previous = words[0], tokens[words[0] - 1]
        if (
            previous is not None
            and previous.lower in ("a", "an")
            and len(words) <= 2
            and not any(tokens[i].lower in titles for i in words)  # "a Dr. Bailey"
            and not _described_body(tokens, run_end, lexicon)
        ):
            continue  # "a Republican from Kentucky", "a Minnesota Democrat", "an Apple store": what someone is
        is_org = (
            (
                (
                    tokens[words[-1]].lower in organisation_words
                    # a hyphenated last word whose last part is a body's: "Agence France-Presse"
                    or (len(words) >= 2 and tokens[words[-1]].lower.rpartition("-")[2] in organisation_words)
                )
                and (len(words) >= 2 or not is_common(tokens[words[-1]].text, lexicon))  # "Reuters"
            )
            or any(  # "Centre for Control of ...", "Council on American-Islamic Relations"
                tokens[i + 1].lower in _TAIL_WORDS and tokens[i].lower in organisation_words for i in words[:-1]
            )
            or (  # "University College London", "Kestrel Hospital Leeds": a body's name ending with its town
                words[-1] - words[0] >= 2  # three tokens or more (no len() call: this runs for every name)
                and tokens[words[-2]].lower in organisation_words
                and _is_town(tokens[words[-1]].lower, (tokens[words[-1]].text,), lexicon)
            )
        )
        # "the Duke of Wellington", "the Archbishop of Canterbury": a person, the place part of the title
        territorial = (
            len(words) >= 3 and tokens[words[0]].lower in _TERRITORIAL_TITLES and tokens[words[1]].lower == "of"
        )
        if not is_org and not territorial and inside and any(i in inside for i in words):
            is_org = True  # a country inside a name: "Environment Canada", "Food Standards Australia New Zealand"
        if (
            not is_org
            and words[-1] - words[0] >= len(words)  # a token that is no word inside the name: most names have none
            and any(tokens[i].text == "&" for i in range(words[0], words[-1]))
        ):
            is_org = True  # "Harlow & Sons", "Science & Society": a firm's or a journal's name
        if not is_org and _names_a_title(tokens, words, run_end, lexicon):
            continue
        if (
            len(words) == 1
            and words[0] >= 1
            and tokens[words[0] - 1].lower in _OWNER_PRONOUNS
            and is_common(tokens[words[0]].text, lexicon)
        ):
            continue  # "served our Nation", "my Administration": a common noun capitalised out of respect
        if _before_a_things_name(tokens, words[-1] + 1, lexicon) and all(
            is_common(tokens[i].text, lexicon) for i in words
        ):
            continue  # "the Implementing Recommendations of the 9/11 Commission Act": the head of a law's name
        if (
            run_end < size
            and tokens[run_end].capitalised
            and tokens[run_end].lower in titles
            and all(is_common(tokens[i].text, lexicon) for i in words)
        ):
            continue  # the start of a title: "Shadow Home | Secretary Yvette Cooper"
        titled = territorial
        phrase_start = run_start
        while is_org and len(words) > 2 and tokens[words[-1]].lower in titles:
            if tokens[words[-1]].lower in organisation_words or tokens[words[-1] - 1].lower in _TAIL_WORDS:
                break  # "Kestrel Board", "the Department of Justice": the body's remit, not an officer
            if _officer_after_the(tokens, words, titles):
                break  # "the Office of the Inspector General": named after its officer
            words.pop()  # "Museum of Aviation CEO", "Bank of Velmar Governor": the body, then its officer's title
        if not is_org and not territorial:
            # "Secretary of the Interior X", "Under Secretary for Terrorism and Financial Intelligence X" (issue 16,
            # round 55): the office's "the" or its first words and "and" between the title and this run
            office = _office_after_title(tokens, first) if len(words) > 1 else -1
            if (
                office >= 2  # after its "of"/"for"
                and tokens[office - 2].capitalised
                and tokens[office - 2].lower in titles
            ):
                first = office
                for length in (3, 2):  # "Chief Executive of Hong Kong Carrie Lam": a place of two or three words
                    place = " ".join(tokens[i].lower for i in words[:length])
                    if len(words) > length + 1 and (place in lexicon.cities or place in lexicon.words["regions"]):
                        del words[: length - 1]
                        break
                words.pop(0)  # "Secretary of State Condoleezza Rice": the title's last word
                while len(words) > 2 and is_common(tokens[words[0]].text, lexicon):
                    words.pop(0)  # "Secretary of Homeland Security X", "Undersecretary for Education X"
                titled = True
                phrase_start = first - 2
                while phrase_start > 0 and tokens[phrase_start - 1].lower in titles:
                    phrase_start -= 1  # the phrase opens with the title: "Secretary of State X said" has a subject
            stripped = False
            while len(words) > 1 and (
                _is_title(tokens, words[0], lexicon)
                or (tokens[words[0]].lower[-1] == "s" and _plural_title(tokens, words, lexicon))
            ):
                if tokens[words[0]].lower in _SAINTS and _saint_city(tokens, words[1:], lexicon):
                    break  # "St. Petersburg", "Saint Paul, Minnesota": a city, not a saint
                if len(words) == 2 and tokens[words[0]].lower in _REGNAL_TITLES:
                    titled = True
                    break  # "Pope Francis": a papal name, the title part of it; "Francis" alone is no one's full name
                words.pop(0)
                titled = True
                stripped = True
                if len(words) >= 3 and (cut := _rank_words_before_given_name(tokens, words, lexicon)):
                    del words[:cut]  # "Sergeant First Class Tom Hale": the rank's common words, then the name
            owned = run_start > 0 and (
                tokens[run_start - 1].lower in _OWNERS or tokens[run_start - 1].kind == "possessive"
            )
            numbered = run_end < size and tokens[run_end].text[:1].isdigit()
            if (
                stripped
                and (len(words) > 1 or owned or numbered)
                and all(is_common(tokens[i].text, lexicon) and tokens[i].lower not in lexicon.genders for i in words)
                # "Judge Gray Miller", "Mr Brown Hale": two common words after a title, neither a post's, a body's,
                # a place's nor a thing's word, no determiner before and no number after, are a person's name
                and not (
                    len(words) > 1
                    and not owned
                    and not numbered
                    and not any(_post_word(tokens[i].lower, lexicon) for i in words)
                )
            ):
                # the rest of a post, a body's part or a document, not a name after a title: "Chief | Privacy
                # Officer", "the Executive | Branch", "the Board's Deputy General | Counsel", "Executive | Order 12333"
                # (but "President Bush": one word, no determiner, no number)
                continue
            if (
                stripped
                and len(words) == 1
                and tokens[words[0]].lower.endswith(_ABSTRACT_ENDINGS)
                and is_common(tokens[words[0]].text, lexicon)
                and tokens[words[0]].lower not in lexicon.genders
            ):
                continue  # a heading's "General Discussion", "Major Improvements": an abstract noun is no one's name
            if len(words) >= 4 and (cut := _office_before_name(tokens, words, lexicon)):
                del words[:cut]  # "Chief Technical Officer Tom Hale": an office's common words, its title, the name
                titled = True
            if len(words) > 1 and tokens[words[0]].lower in _SAINTS and _saint_city(tokens, words[1:], lexicon):
                continue
            if (
                len(words) > 1
                and tokens[words[-1]].lower in titles
                and not _title_as_family_name(tokens, words, lexicon)
            ):
                while len(words) > 1 and tokens[words[-1]].lower in titles:
                    words.pop()  # "Diane Foster MP", "Mark Tedeschi QC"
                if all(is_common(tokens[i].text, lexicon) for i in words):
                    continue  # a post: "Shadow Home Secretary", "First Minister"
                while (
                    len(words) > 1
                    and tokens[words[0]].lower not in lexicon.genders
                    and is_common(tokens[words[-1]].text, lexicon)
                    and tokens[words[-1]].lower not in lexicon.genders
                    and tokens[words[-1]].lower not in organisation_words
                ):
                    words.pop()  # "The Tory Shadow Health Secretary has": the post's words, after its party or country
                # a person's title after the name ("Diane Foster MP"), but a body's officer after a body's name
                # ("former Kestrel Museum CEO Ann Lee"): a body
                if tokens[words[-1]].lower in organisation_words:
                    is_org = True
                else:
                    titled = True
            if len(words) == 1 and (
                _is_title(tokens, words[0], lexicon) or tokens[words[0]].lower.removesuffix("s") in titles
            ):
                continue  # a title alone ("President said"), or its plural ("the two Vice Presidents")
            if len(words) == 2 and _qualified_abstraction(tokens[words[0]], tokens[words[1]], lexicon):
                continue  # "a colloquium about European Identity": a theme, not a body
            if (
                len(words) >= 3
                and _member_noun(tokens[words[0]].text, lexicon)
                # "Christian Democratic Appeal": a common word after it goes on with a body's name, not a person's
                and not (is_common(tokens[words[1]].text, lexicon) and tokens[words[1]].lower not in lexicon.genders)
            ):
                words.pop(0)  # "Scientologist Tom Cruise", "Muslim cleric": what the person is, not their name
            elif (
                tokens[words[0]].lower + "s" in lexicon.words["parties"]  # (no call first: this runs for every name)
                and len(words) >= 3
                and tokens[words[1]].lower in lexicon.genders
            ):
                words.pop(0)  # "Republican Ann Lee", "Democrat Tom Hale": a party member's word before the name
                titled = True
            if (
                len(words) == 1
                and words[0] >= 1
                and (tokens[words[0] - 1].text == "," or tokens[words[0] - 1].lower in _FOLLOWER_MODIFIERS)
                and (_party_label(tokens, words[0], lexicon) or _follower(tokens, words[0], lexicon))
            ):
                continue  # "X, Republican from Texas, said", "a former Scientologist": what a person is
        if (
            not is_org
            and words[0] >= 1
            and tokens[words[0] - 1].lower in _MAKING_VERBS
            and (
                words[-1] + 1 >= size
                or (tokens[words[-1] + 1].kind == "punct" or tokens[words[-1] + 1].lower in ("and", "or"))
            )
        ):
            # "which makes Softo Tissue, and": a product, not an actor ("sells Anna Berg's paintings" names her,
            # "makes Tom Hale cut his hair" too)
            continue
        if len(words) == 1:
            word = tokens[words[0]]
            if word.lower in _MEDIA:
                continue  # "said on TV": a medium named alone is no one's name ("Kestrel TV" is)
            if "-" in word.text and _LETTER_THING.fullmatch(word.text):
                continue  # "an X-ray", "a T-shirt", "the E-meter": a letter and a common noun name a thing
        elif len(words) >= 2 and _ends_with_digits(tokens[words[-1]].text) and _amount_or_code(tokens[words[-1]].text):
            continue  # "a Karvex TX90", "the Airbus A380": a maker's name and a model is a product, not the maker
        if (
            initial
            and len(words) == 1
            and tokens[words[0]].lower in _TO_PREPOSITIONS
            and words[0] + 1 < size
            and tokens[words[0] + 1].lower == "to"
        ):
            continue  # "Due to the storm, ...", "Owing to ...": a preposition opening the sentence, not a name
        if tokens[words[-1]].lower.endswith(_PERIOD_SUFFIXES):
            continue  # "a World War II-era bomber", "a Cold War-style plan": a modifier of a time or a manner
        if len(words) == 2 and tokens[words[1]].lower in _WATERS and tokens[words[0]].lower in lexicon.words["peoples"]:
            continue  # "the English Channel", "the Arabian Sea": waters named after a people, not a body
        reliable = not title_case
        needs = ""
        if (
            initial
            and not titled
            and not is_org
            and (is_common(tokens[words[0]].text, lexicon) or _occupation_before_name(tokens, words, lexicon))
            and not (
                len(words) > 1
                and tokens[words[0] + 1].text == "."
                and all(tokens[i].lower in _DOMAINS for i in words[1:])
            )
        ):  # ("Domain.com reported": a web address, whatever its first word)
            rest_common = all(is_common(tokens[i].text, lexicon) for i in words[1:])
            if len(words) == 2 and not rest_common and tokens[words[0]].lower in lexicon.genders:
                pass  # a given name, then a family name: "Dean Kemp said", "Will Harlow said"
            elif len(words) > 1 and not rest_common:
                words.pop(0)  # "Stop Assad's", "Citing Israel"
            elif reliable:
                needs = tokens[words[0]].text
        if not words:
            continue
        if not is_org and tokens[words[0]].lower in _COMPASS_ADJECTIVES:
            continue  # "Southern Kestria", "the Eastern Mediterranean", "Eastern Europeans": a region, not an actor
        if _joined_fragment(tokens, words, lexicon) or _inside_a_place_name(tokens, words, lexicon):
            continue  # "Fridays for | Future", "Quai des | Orfèvres", "the New England region", "Grenada | Street"
        start, end = words[0], words[-1] + 1
        surface = "".join(  # a dash inside a name joins its words: "Council on American-Islamic Relations"
            (
                "-"
                if tokens[i - 1].text in ("-", "–") and i - 1 > start
                else "."
                if tokens[i - 1].text == "." and tokens[i].lower in _DOMAINS and i > start
                else ("&" if _initials_pair(tokens[i - 2].text, tokens[i].text) else " & ")  # "A&M", "X & Sons"
                if tokens[i - 1].text == "&" and i - 1 > start
                else ", "  # "Educational, Scientific and Cultural Organization"
                if tokens[i - 1].text == "," and i - 1 > start
                else " "
                if i > start
                else ""
            )
            + (tokens[i].affix.capitalize() + "-" if i + 1 < end and tokens[i].affix in AFFIX_PREFIXES else "")
            + tokens[i].text
            + (
                "'"
                if i + 1 < end and tokens[i + 1].text == "'"
                else "'s"
                if i + 1 < end and tokens[i + 1].kind == "possessive"
                else ""
            )
            + (
                "."
                if i + 1 < size and tokens[i + 1].text == "." and i + 2 < end and tokens[i + 2].lower not in _DOMAINS
                else ""
            )
            for i in words
        )
        phrase_start = _past_title_modifiers(tokens, phrase_start, titles)
        mention = Mention(surface, surface, start, end, phrase_start, reliable=reliable, needs=needs)
        nxt = tokens[end] if end < size else None
        mention.possessive = nxt is not None and nxt.kind == "possessive"
        # in a title-case line every word is capitalised: a title word there proves nothing ("Set a Field Value")
        _collect_evidence(mention, tokens, words, titled and not title_case, is_org, lexicon)
        if after_the and not titled and not _people_noun(end, tokens):
            mention.evidence["organisation"] += 2  # "The Daily Planet reported"
        if is_org:
            _qualify_generic_organisation(mention, tokens, words, mentions, lexicon)
        if (needs or not reliable) and "speaker" in mention.evidence and len(words) == 1:
            word = tokens[words[0]]
            plural = word.lower.endswith("s") and not word.lower.endswith("ss")
            if (
                not plural
                and word.lower not in STOP_WORDS
                and word.lower not in _SUBORDINATORS  # "Although initially denied passage, X ..."
                and word.lower not in _IMPERATIVE_OPENERS  # "Please note that ...": a request, not a name
                and word.lower not in _MANNER_ADVERBS  # "Well informed sources said": how, not who
                and not _adverb(word.lower, lexicon)  # "Originally reported by X", "Recently said": when, not who
                and not _participle_and_object(tokens, words[0])  # "Countering claims that ..., he replied"
                and word.lower not in lexicon.words["collective_nouns"]
                and not _pronoun_subject_after(tokens, words[0])  # "However, he defended it, saying: ..."
                and not (words[0] + 1 < size and tokens[words[0] + 1].lower in _AGENTS)  # "Regional officials"
                and not (words[0] + 1 < size and tokens[words[0] + 1].lower == "of")  # "Many of the staff said"
            ):
                mention.reliable = not title_case  # "Trump has said": a name that is also a common word
                mention.needs = ""
        mentions.append(mention)


_ADJECTIVE_SUFFIXES = ("ic", "ical", "ional", "ial")


_OFFICE_WORDS = 4  # words of an office's name between its "of"/"for" and the run that ends it


def _office_after_title(tokens: Sequence[Token], first: int) -> int:
    """Where the office a title names starts (the word after its "of"/"for") when the run at `first` ends it: `first`
    itself, or with "the" or "and" just before `first`, the word after an "of"/"for" found back over at most
    `_OFFICE_WORDS` capitalised words, "the" and "and" ("Secretary of the | Interior X", "Under Secretary for
    Terrorism and | Financial Intelligence X", "|" before `first`); -1 when there is none."""
    if first >= 1 and tokens[first - 1].lower in ("of", "for"):
        return first
    look = first - 1
    while (
        look > 0
        and first - look <= _OFFICE_WORDS
        and (tokens[look].capitalised or tokens[look].lower in ("the", "and"))
    ):
        look -= 1
    if (
        look >= 1
        and look < first - 1
        and tokens[look].lower in ("of", "for")
        and tokens[first - 1].lower in ("the", "and")
    ):
        return look + 1
    return -1


# capitalised words that open an official's title before a title word ("Under Secretary", "Assistant Secretary for
# X", "Associate Administrator", "Principal Deputy"): part of the phrase the name heads, not a word before it
_TITLE_MODIFIERS = frozenset({"under", "assistant", "associate", "principal", "senior"})


def _past_title_modifiers(tokens: Sequence[Token], phrase_start: int, titles: frozenset[str]) -> int:
    """`phrase_start` moved back over the modifiers opening a title ("Under Secretary X said", issue 16, round 55)."""
    while (
        phrase_start > 0
        and tokens[phrase_start].capitalised
        and tokens[phrase_start].lower in titles
        and tokens[phrase_start - 1].capitalised
        and tokens[phrase_start - 1].lower in _TITLE_MODIFIERS
    ):
        phrase_start -= 1
    return phrase_start


def _party_adjective(lower: str, lexicon: Lexicon) -> bool:
    """True for a party's adjective or member's word: "democratic" and "democrat" (the Democrats'), "republican"."""
    parties = lexicon.words["parties"]
    return lower in parties or lower + "s" in parties or lower.removesuffix("ic") + "s" in parties


def _derived_adjective(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True for one capitalised word made an adjective by its ending (-ic, -ical, -ional, -ial), no people's nor
    country's word, before a lower-case word: "Some Islamic leaders said", "Congressional lawmakers rejected": what
    the leaders or lawmakers are, no body's name ("Hamas leaders said" keeps the body, "the Democratic party" is
    one)."""
    token = tokens[index]
    return (
        token.kind == "word"
        and len(token.text) >= 6
        and token.lower.endswith(_ADJECTIVE_SUFFIXES)
        and not _is_people(token.lower, lexicon)
        and token.lower not in lexicon.words["parties"]
        and not _party_adjective(token.lower, lexicon)  # "Democratic": the Democrats'
        and index + 1 < len(tokens)
        and tokens[index + 1].kind == "word"
        and not tokens[index + 1].capitalised
        and tokens[index + 1].lower not in STOP_WORDS
        and tokens[index + 1].lower not in lexicon.words["organisation_types"]  # "the Democratic party": a body
    )


def _title_as_family_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when a title's word written with one capital follows a given name alone: a family name ("Pieter Mayor",
    "Carole King", "Anna Bishop"), not a post after a name ("Diane Foster MP")."""
    last = tokens[words[-1]]
    return (
        len(words) == 2 and tokens[words[0]].lower in lexicon.genders and len(last.text) > 3 and last.text[1:].islower()
    )


def _rank_words_before_given_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> int:
    """How many words after a title are the rest of a rank before a given name and one or two more words: one or
    two common words that are no given names ("Sergeant First Class Tom Hale", "Airman Basic Ann Lee"); else 0."""
    for cut in (1, 2):
        if not 2 <= len(words) - cut <= 3 or tokens[words[cut]].lower not in lexicon.genders:
            continue
        rank = [tokens[i] for i in words[:cut]]
        if all(t.kind == "word" and is_common(t.text, lexicon) and t.lower not in lexicon.genders for t in rank):
            return cut
    return 0


def _office_before_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> int:
    """How many words of a name are an office before the person holding it: common words, then a title or role word,
    then a given name (or a word that is no common word) and one or two more words ("Technical Officer Tom Hale",
    "Operating Officer Chris Wright"); else 0."""
    titles = lexicon.words["titles"]
    for cut in range(1, len(words) - 2):
        office = tokens[words[cut]].lower
        if (office in titles or _is_role(office, lexicon)) and (
            tokens[words[cut + 1]].lower in lexicon.genders
            or (len(words) - cut <= 4 and not is_common(tokens[words[cut + 1]].text, lexicon))
        ):
            return cut + 1 if all(is_common(tokens[i].text, lexicon) for i in words[:cut]) else 0
    return 0


def _pronoun_subject_after(tokens: Sequence[Token], index: int) -> bool:
    """True when a comma and a subject pronoun follow the word at `index` ("However, he said ..."): the pronoun is
    the clause's subject, so the word before the comma is an opener, not the speaker."""
    return index + 2 < len(tokens) and tokens[index + 1].text == "," and tokens[index + 2].lower in _SUBJECT_PRONOUNS


def _adverb(lower: str, lexicon: Lexicon) -> bool:
    """True for a common word ending in "-ly" that is no given name ("originally", "recently"; not "Kelly")."""
    return lower.endswith("ly") and lower not in lexicon.genders


def _dated_abbreviation(tokens: Sequence[Token], index: int, time_words: frozenset[str]) -> bool:
    """A month's abbreviation in a date ("since its release Dec. 22", "in Oct. 2003"): the word and its dot are a
    time word, and a number follows (or the sentence ends after a lower-case word); "Jan" alone stays a given name."""
    if index + 1 >= len(tokens) or tokens[index + 1].text != "." or tokens[index].lower + "." not in time_words:
        return False
    if index + 2 < len(tokens):
        return tokens[index + 2].text[:1].isdigit()
    return index >= 1 and tokens[index - 1].kind == "word" and not tokens[index - 1].capitalised


_ADJECTIVE_TAILS = frozenset({"al", "ry"})  # "Presidential", "Federal", "Parliamentary"
_PARTY_ADJECTIVES = frozenset({"liberal", "national", "liberals", "nationals"})  # also a party's short name


def _capitalised_adjective(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True for a capitalised common adjective alone inside a sentence, before a lower-case noun: "the
    Presidential official residence", "Federal officials said"; not a party ("Liberal MPs"), not before a verb
    ("National said")."""
    token = tokens[index]
    if index + 1 >= len(tokens) or token.lower not in lexicon.common_words or token.lower in _PARTY_ADJECTIVES:
        return False
    after = tokens[index + 1]
    return (
        after.kind == "word"
        and not after.capitalised
        and after.lower not in lexicon.words["speech_verbs"]
        and after.lower not in lexicon.words["auxiliaries"]
        and after.lower not in lexicon.words["past_verbs"]
        and after.lower not in STOP_WORDS
    )


def _masthead_time_word(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when the time word opening `words` begins a newspaper's name after "the": "the Sunday Times", "The
    Morning Post" (the name ends with an organisation word); not "On Sunday Parliament voted"."""
    before = tokens[words[0] - 1] if words[0] >= 1 else None
    return (
        len(words) >= 2
        and tokens[words[0]].lower in _MASTHEAD_TIMES
        and before is not None
        and before.lower == "the"
        and tokens[words[-1]].lower in lexicon.words["organisation_words"]
    )


_MASTHEAD_TIMES = frozenset({"morning", "evening", "sunday", "weekend", "afternoon"})  # not "the Monday Council"


def _masthead_today(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """True when a name of two words or more ends in a capitalised "Today" right after its other words: a periodical
    ("USA Today", "Kestrel Today"); "today" in mid-sentence is written in lower case."""
    last = words[-1]
    return len(words) >= 2 and tokens[last].text == "Today" and words[-2] == last - 1


_PERIOD_SUFFIXES = ("-era", "-style", "-vintage")


# adjectives and participles that open a preposition with "to" ("Due to", "Owing to", "Prior to", "Contrary to")
_TO_PREPOSITIONS = frozenset({"due", "owing", "prior", "contrary", "pursuant", "next", "thanks"})
_LETTER_THING = re.compile(r"[A-Z]-[a-z]+")  # "X-ray", "T-shirt"; not "E-Trade"
_SAINTS = frozenset({"st", "st.", "saint"})


def _saint_city(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when the words after "St." or "Saint" make a city the list spells with "Saint" ("Petersburg"), or a
    place named after the saint with a possessive ("St. John's", "St. Mary's"): not the saint."""
    if words and words[-1] + 1 < len(tokens) and tokens[words[-1] + 1].kind == "possessive":
        return True
    return "saint " + " ".join(tokens[i].lower for i in words) in lexicon.cities


# Words opening a subordinate clause: never a name, even before a verb of saying ("Although initially denied ...").
_IMPERATIVE_OPENERS = frozenset({"please", "kindly"})
_AGENT_ENDINGS = ("er", "or", "ist")  # "Podcaster", "Broadcaster", "Vlogger", "Lobbyist"


def _occupation_before_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when a name opening a sentence starts with a word for what someone does that the word list lacks, then a
    given name and more ("Podcaster Ann Lee said"): the occupation, not a part of the name."""
    first = tokens[words[0]].lower
    return (
        len(words) >= 3
        and first.endswith(_AGENT_ENDINGS)
        and first not in lexicon.genders
        and (
            tokens[words[1]].lower in lexicon.genders
            # "Broadcaster Zorbek Hale said": a given name the list lacks, then a family name; not a town's body
            # ("Worcester City Council": a body's word ends it) nor a town ("Leicester ...")
            or (
                len(words) == 3
                and first not in lexicon.cities
                and _FAMILY_NAME.fullmatch(tokens[words[1]].text) is not None
                and _FAMILY_NAME.fullmatch(tokens[words[2]].text) is not None
                and not is_common(tokens[words[2]].text, lexicon)
                and tokens[words[2]].lower not in lexicon.words["organisation_words"]
            )
        )
    )


_MANNER_ADVERBS = frozenset({"well", "ill", "better", "poorly", "badly"})
_SUBORDINATORS = frozenset({"although", "though", "whilst", "whereas", "unless", "whenever", "once", "despite"})


# Prefixes of ships' names, as written (case matters: "MS Estonia", not "Ms Lowe"): a ship is no actor.
_STATE_NAMESAKES = frozenset({"georgia"})  # countries.tsv names that are also US states


def _state_after_a_town(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """A country named like a US state, after "Town," and closing its phrase ("of Savannah, Georgia,")."""
    return (
        end == start + 1
        and tokens[start].lower in _STATE_NAMESAKES
        and start >= 2
        and tokens[start - 1].text == ","
        and tokens[start - 2].capitalised
        and (end == len(tokens) or tokens[end].kind == "punct")
    )


def _state_among_states(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> bool:
    """A country named like a US state, listed next to a state ("Florida, Georgia, Kansas", "Georgia and Ohio")."""
    if end != start + 1:
        return False
    if end + 1 < len(tokens) and tokens[end].lower in ("and", ","):
        after = end + 1 + (tokens[end + 1].lower == "and")  # ", and Ohio"
        if after < len(tokens) and tokens[after].lower in lexicon.words["regions"]:
            return True  # one-word states suffice: "Georgia, Kansas"
    before = tokens[start - 2].lower if start >= 2 and tokens[start - 1].lower in ("and", ",") else ""
    return before in lexicon.words["regions"]


def _region_after_comma(tokens: Sequence[Token], comma: int, lexicon: Lexicon) -> bool:
    """True when the comma at `comma` opens a state, province or region closing the phrase ("Orange Park, Florida,"):
    the name before it is a town."""
    for length in (1, 2, 3):
        end = comma + 1 + length
        if end > len(tokens) or not all(tokens[i].capitalised for i in range(comma + 1, end)):
            return False
        words = " ".join(tokens[i].lower for i in range(comma + 1, end))
        if words in lexicon.words["regions"] or words in _STATE_NAMESAKES:
            return end == len(tokens) or tokens[end].kind == "punct"
    return False


# lower-case bodies named by their remit: "the House committees on Foreign Affairs and Intelligence"
_REMIT_BODIES = frozenset({"committee", "subcommittee", "commission", "panel", "ministry", "department"})


def _portfolio(tokens: Sequence[Token], words: Sequence[int], run_start: int, lexicon: Lexicon) -> bool:
    """True for common words after a title and "of"/"for" ("Minister for Foreign Affairs", "Secretary of Homeland
    Security", "the Commissioner for Human Rights", "the committees on Foreign Affairs"): the remit of an office or a
    body, never an actor of its own (its last word was listed as a person: "Affairs", "Security", "Rights")."""
    position = run_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    if position < 1 or tokens[position].lower not in ("of", "for", "on"):
        return False
    title = tokens[position - 1]
    return (
        (
            (title.capitalised and (title.lower in lexicon.words["titles"] or title.lower in lexicon.words["roles"]))
            or (not title.capitalised and title.lower.removesuffix("s") in _REMIT_BODIES)  # "committees on X"
        )
        and all(tokens[i].kind == "word" and is_common(tokens[i].text, lexicon) for i in words)
        and tokens[words[-1]].lower not in lexicon.words["organisation_words"]  # "CEO of the Refugee Council"
    )


# lower-case words that join the parts of one longer name: "Fridays for Future", "Quai des Orfevres", "Vrijheid en
# Democratie", "Brigade de Recherche et d'Intervention" ("of" and "de" are not: "Anna Berg of Sweden", "Charles de X")
_NAME_JOINS = frozenset({"for", "des", "du", "en", "et", "und", "voor"})
_ELIDED = ("d'", "d’", "l'", "l’")  # "et d'Intervention"


def _joined_fragment(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a name cut out of a longer capitalised name at a joining word: after "<Name> des"/"en"/... or a
    capitalised common word and "for" ("Quai des | Orfèvres", "the Fridays for | Future movement"; not "Lydia Berg
    for Food Standards Kestria": a speaker for a body), or before "et"/"en"/"und"/... and a capitalised word
    ("Brigade de Recherche | et d'Intervention"). Never after a title ("Minister for X": the office's remit is read
    elsewhere)."""
    first, last = words[0], words[-1]
    if first >= 2 and tokens[first - 1].text == "&":
        return True  # "Area 51 & | Flying Saucers": the run was cut before "&" (a number), the rest is no name
    if first >= 3 and tokens[first - 1].lower in _NAME_JOINS:
        head = tokens[first - 2]
        if (
            head.capitalised
            and head.kind == "word"
            and head.lower not in lexicon.words["titles"]
            and tokens[first - 3].text not in _OPENERS  # mid-sentence: "Thanks for X" opens one
            and (  # a plural common word opening a name before "for" ("the Doctors for X", "Fridays for X"), not a
                # name's last word ("Tom Hale for X", "Rebecca Brooks for X": a speaker for a body)
                tokens[first - 1].lower != "for"
                or (
                    head.lower[-1:] == "s"
                    and (is_common(head.text, lexicon) or is_common(head.text[:-1], lexicon))
                    and not tokens[first - 3].capitalised
                )
            )
        ):
            return True
    if last + 2 < len(tokens) and tokens[last + 1].lower in _NAME_JOINS and tokens[last + 1].lower != "for":
        tail = tokens[last + 2]
        return tail.capitalised or (tail.text[:2] in _ELIDED and tail.text[2:3].isupper())
    return False


_REGIONS = frozenset({"region", "regions"})
_CITY = "city"  # "Kuwait City", "Mexico City": a capital, read as the country where it acts


def _place_named_after(token: Token, lexicon: Lexicon) -> bool:
    """True for a capitalised place word after a name ("Grenada | Street", "Panama | Canal"): the name is part of
    a place's."""
    return token.capitalised and token.lower != _CITY and token.lower in lexicon.words["place_words"]


def _inside_a_place_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a name that is part of a place's: "in the New England region" (a region named so), "at the Grenada
    | Street ground" (a street named after it, cut before "Street")."""
    after = words[-1] + 1
    if after >= len(tokens) or tokens[after].kind != "word":
        return False
    nxt = tokens[after]
    if nxt.lower in _REGIONS and not nxt.capitalised:
        return words[0] >= 1 and tokens[words[0] - 1].lower == "the"
    return _place_named_after(nxt, lexicon) and not (after + 1 < len(tokens) and tokens[after + 1].capitalised)


def _officer_after_the(tokens: Sequence[Token], words: Sequence[int], titles: frozenset[str]) -> bool:
    """True when a body's name ends with "the" and titles: "the Office of the Inspector General" is named after its
    officer, the title part of the body's name (not "Museum of Aviation CEO": an officer after the body)."""
    position = len(words) - 1
    while position > 0 and tokens[words[position]].lower in titles:
        position -= 1
    return tokens[words[position]].lower == "the"


_LIST_SEPARATORS = frozenset({",", "and", "or", "&"})
LIST_ITEMS = 3  # capitalised common words listed together this often make a slogan or a programme's name


def _common_word_list(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon) -> bool:
    """True when the word at `index` is one of `LIST_ITEMS` or more capitalised common words listed one by one
    ("Boycott, Divestment, Sanctions", "Liberty, Equality, Fraternity"); a list with one proper name ("Apple, Google
    and Amazon") names bodies."""
    if not (
        (index > 0 and tokens[index - 1].lower in _LIST_SEPARATORS)
        or (index + 1 < len(tokens) and tokens[index + 1].lower in _LIST_SEPARATORS)
    ) or not _common_or_abstract(tokens[index].text, lexicon):
        return False  # not listed (the common case), or a proper name
    items = 1
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(tokens):
            separated = position
            while 0 <= separated < len(tokens) and tokens[separated].lower in _LIST_SEPARATORS:
                separated += step
            if separated == position or not 0 <= separated < len(tokens):
                break
            item = tokens[separated]
            if not (item.capitalised and item.kind == "word" and _common_or_abstract(item.text, lexicon)):
                break
            neighbour = separated + step
            if (
                0 <= neighbour < len(tokens)
                and tokens[neighbour].capitalised
                and not covered[neighbour]
                and tokens[neighbour].lower not in STOP_WORDS
            ):
                return False  # a longer name in the list: "Boycott, Human Rights Watch"
            items += 1
            position = separated + step
    return items >= LIST_ITEMS


LIST_TOWNS = 2  # known towns in a list of names that make its other names places


def _in_a_town_list(tokens: Sequence[Token], run_start: int, run_end: int, lexicon: Lexicon) -> bool:
    """True when the name at `run_start`..`run_end` is listed (",", "and", "or") with `LIST_ITEMS` - 1 other names,
    `LIST_TOWNS` of them towns the gazetteer knows ("Kisumu, Bondo, Nakuru and Bunyala are districts")."""
    if not (
        (run_start > 0 and tokens[run_start - 1].lower in _LIST_SEPARATORS)
        or (run_end < len(tokens) and tokens[run_end].lower in _LIST_SEPARATORS)
    ):
        return False  # not listed at all: the common case, decided at once
    items = 1
    others: list[tuple[int, int]] = []  # the other items' first and last tokens
    for step in (-1, 1):
        position = run_start - 1 if step < 0 else run_end
        while True:
            item = position
            while 0 <= item < len(tokens) and tokens[item].lower in _LIST_SEPARATORS:
                item += step
            if item == position or not 0 <= item < len(tokens) or not tokens[item].capitalised:
                break
            last = item
            while 0 <= last + step < len(tokens) and tokens[last + step].capitalised:
                last += step
            others.append((min(item, last), max(item, last)))
            items += 1
            position = last + step
    if items < LIST_ITEMS:
        return False  # "X and Y": too short a list (most are), decided before any look-up
    if fold(" ".join(t.text for t in tokens[run_start:run_end])) in lexicon.cities:
        return False  # a town alone is decided by the corpus
    towns = sum(fold(" ".join(t.text for t in tokens[low : high + 1])) in lexicon.cities for low, high in others)
    return towns >= LIST_TOWNS


_ABSTRACT_ENDINGS = ("ment", "ments", "tion", "tions", "sion", "sions", "ness", "ity", "ism")


def _common_or_abstract(word: str, lexicon: Lexicon) -> bool:
    """A common word, or a noun of an action or quality the word list lacks ("Divestment")."""
    return is_common(word, lexicon) or (word[1:].islower() and word.endswith(_ABSTRACT_ENDINGS))


_CODE = re.compile(r"([^\W\d_]+)(\d+)")
_CODE_TWICE = re.compile(r"[^\W\d_]+\d+[^\W\d_]+\d+")  # "H1N1", "H5N1"


_DIGITS = frozenset("0123456789")


def _ends_with_digits(text: str) -> bool:
    """A word ending with a digit, or with a digit and a plural "s" ("A380", "A300s")."""
    return text[-1] in _DIGITS or (text[-1] == "s" and text[-2:-1] in _DIGITS)


def _reporting_channel(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when capitals then digits at `index` speak ("TVN24 reported he received surgery", "RTL4 said"): a
    broadcaster named with its channel number, not a model or a flight."""
    letters = tokens[index].text.rstrip("0123456789")
    return letters.isalpha() and letters.isupper() and _speech_verb_after(tokens, index + 1, lexicon) >= 0


def _amount_or_code(text: str) -> bool:
    """True for letters then digits ("KSh700", "A380", "MH17"; in the plural too: "A300s"), except one letter and one
    or two digits ("G20") and a word and one digit ("Cloud9", a team's name); for letters and digits twice ("H1N1")
    and for a dash before the digits ("SARS-CoV-2", "MiG-29")."""
    if "-" in text:
        head, _, tail = text.rpartition("-")
        return tail.isdigit() and (len(head) > 1 or len(tail) > 2)  # "COVID-19", "F-16"; not "G-20"
    match = _CODE.fullmatch(text[:-1] if text.endswith("s") and text[-2:-1].isdigit() else text)
    if match is None:
        return _CODE_TWICE.fullmatch(text) is not None
    letters, digits = match[1], match[2]
    if len(digits) == 1 and len(letters) >= 4 and letters[1:].islower():
        return False  # "Cloud9", "Studio4": a word and a digit name a team or a firm
    return len(letters) > 1 or len(digits) > 2


_CLOCK_MARKS = frozenset({"am", "pm", "a.m.", "p.m."})


def _after_a_clock(tokens: Sequence[Token], index: int) -> bool:
    """True when a word in capitals follows a clock time ("7:38 pm IST", "10:30 CET"): a time zone. (A year before a
    name is no clock: "in 2019 NATO said".)"""
    token, before = tokens[index], tokens[index - 1]
    return (
        token.text.isupper()
        and 2 <= len(token.text) <= 5
        and (before.lower in _CLOCK_MARKS or (before.text.isdigit() and tokens[index - 2].text == ":"))
    )


def _unit_after_number(tokens: Sequence[Token], index: int) -> bool:
    """An upper-case word right after a number: a unit or time, never an actor."""
    return index >= 1 and tokens[index].text.isupper() and tokens[index - 1].text[:1].isdigit()


def _after_a_measure(tokens: Sequence[Token], index: int) -> bool:
    """A name right after a number joined to its unit ("10m", "48kg", "400m"): an event or a thing, never an actor."""
    if index < 1:
        return False
    match = _MEASURE.fullmatch(tokens[index - 1].text)
    return match is not None and match.group(1).lower() in _UNITS  # not "1990s", "3rd"


_MEASURE = re.compile(r"\d+(?:[.,]\d+)?([A-Za-z]+)")
_UNITS = frozenset({"m", "km", "cm", "mm", "kg", "g", "ft", "lb", "lbs", "mi", "mph", "kmh", "yd", "yards", "metres"})


# Works with a title of their own (general knowledge): a name right after one of these, itself after a determiner or a
# possessive, is the work's title ("the film X", "his latest novel X", "Kestrel's album X"; not "they play Arsenal").
_WORK_NOUNS = frozenset(
    {
        *("film", "movie", "novel", "book", "documentary", "album", "song", "single", "play", "opera", "musical"),
        *("poem", "painting", "memoir", "biography", "sitcom", "series", "miniseries", "ballet", "symphony", "novella"),
        *("comedy", "drama", "thriller", "show", "episode", "sculpture", "exhibition"),  # "the 1959 comedy X"
        *("slogan", "motto", "hashtag", "catchphrase"),  # "the slogan Make Kestrel Proud Again": words, no actor
        # products named the same way: "the browser X", "the drug X", "its new app X" (general knowledge)
        *("browser", "app", "software", "drug", "vaccine", "smartphone", "console", "game", "videogame", "missile"),
        "satellite",
    }
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
_QUOTE_MARKS = frozenset({'"', "“", "'", "‘"})  # that open a quotation
_CLOSING_QUOTE_MARKS = frozenset({'"', "”", "'", "’"})
_TITLE_WORDS = 4  # words of a title between a year's possessive and the name looked at
_WORK_PREPOSITIONS = frozenset({"by", "in", "from", "of", "with", "as"})


# words between a determiner and a work's noun: "the 2018 Kestrel superhero film X" (a year, a studio, a genre)
_WORK_MODIFIERS = 4


def _work_title_after(tokens: Sequence[Token], first: int) -> bool:
    """True when the name at `first` follows a work noun that follows a determiner or a possessive, at most
    `_WORK_MODIFIERS` words before it ("the film X", "her new novel 'X'", "the band's album X")."""
    position = first - 1
    if position >= 0 and tokens[position].text in _QUOTE_MARKS:
        position -= 1
    look = position
    while look >= 1 and first - look <= _TITLE_WORDS and (tokens[look].capitalised or tokens[look].lower in _SPELT_OUT):
        look -= 1  # "2000's Meet the Parents": back to the year's possessive over the title's first words
    if look >= 1 and tokens[look].kind == "possessive" and _YEAR.fullmatch(tokens[look - 1].text):
        return True  # "since 1992's Robin Returns": a year's film, record or event
    if position < 1 or tokens[position].lower not in _WORK_NOUNS or tokens[position].capitalised:
        return False
    for cursor in range(position - 1, max(position - 1 - _WORK_MODIFIERS, -1), -1):
        token = tokens[cursor]
        if token.lower in _DETERMINERS or token.kind == "possessive":
            return True
        if cursor < position - 1 and token.lower in _WORK_PREPOSITIONS:
            return True  # "challenged by horror film X": the work noun's own modifier after a preposition
        if token.kind != "word" and not token.text.isdigit():  # "the 1959 comedy X": its year
            return False
    return False


def _joined_adjectives(lower: str, lexicon: Lexicon) -> bool:
    """Country adjectives, peoples or followers of doctrines joined by dashes ("colombian-french",
    "haitian-american", "marxist-maoist", "islamist-jihadists")."""
    if "-" not in lower:
        return False
    parts = lower.split("-")
    return all(
        part in lexicon.adjective_words or _is_people(part, lexicon) or _doctrine_follower(part) for part in parts
    )


def _doctrine_follower(lower: str) -> bool:
    """A follower of a doctrine, as an adjective or a plural ("marxist", "jihadists"; not "list" nor "fist")."""
    stem = lower.removesuffix("s").removesuffix("ist")
    return stem != lower.removesuffix("s") and len(stem) >= _DOCTRINE_STEM and stem.isalpha()


def _doctrine_adjective(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when a common word naming a doctrine's follower ("Communist", "Socialist"), or an "-anic" adjective that
    is no given name ("Magellanic"), stands right before a lower-case plural that is no verb of saying ("Communist
    leaders", "Magellanic penguins"): an adjective; not a surname ("Lindqvist says") nor a party's plural ("the
    Socialists said")."""
    word = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        (
            (_doctrine_follower(word.lower) and is_common(word.text, lexicon))
            or (word.lower.endswith("anic") and word.lower not in lexicon.genders)
        )
        and after is not None
        and after.kind == "word"
        and not after.capitalised
        and after.lower.endswith("s")
        and after.lower not in lexicon.words["speech_verbs"]
    )


def _participle_before_plural(tokens: Sequence[Token], index: int) -> bool:
    """A sentence opened by an "un-" participle and a plural noun ("Unverified reports put ...", "Unnamed sources
    said"): an adjective, where a name would be followed by its verb."""
    word = tokens[index].lower
    if index + 1 >= len(tokens) or not (word.startswith("un") and word.endswith("ed")) or len(word) < 6:
        return False
    after = tokens[index + 1]
    return after.kind == "word" and not after.capitalised and after.lower.endswith("s") and after.lower != "says"


def _participle_and_object(tokens: Sequence[Token], index: int) -> bool:
    """A sentence opened by an -ing word and a plural noun ("Countering claims that ...", "Citing reports of ..."):
    a participle and its object, where a name would be followed by its verb ("Manning said")."""
    word = tokens[index].lower
    if index + 1 >= len(tokens) or not word.endswith("ing") or len(word) < 6:
        return False
    after = tokens[index + 1]
    return after.kind == "word" and not after.capitalised and after.lower.endswith("s") and after.lower != "says"


_SHIP_PREFIXES = frozenset({"MV", "MS", "SS", "USS", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "USNS", "KRI"})


def _ship_prefix(token: Token) -> bool:
    """True for a vessel's prefix, written with or without dots ("USS", "U.S.S.", "MV")."""
    return token.text.replace(".", "") in _SHIP_PREFIXES and token.text[:1].isupper()


# Nouns of craft (general knowledge): inside a name before its last word they make it a vessel's or a spacecraft's
# name ("Space Shuttle Atlantis", "Cruise Ship Aurora"); right before a name, or in "aboard X", "on board the X",
# the name is a vessel's ("the cruise ship Aurora")
_CRAFT = frozenset(
    {"shuttle", "orbiter", "spacecraft", "spaceship", "rocket", "ship", "vessel", "ferry", "tanker", "freighter"}
    | {"yacht", "submarine", "warship", "frigate", "destroyer", "cruiser", "battleship", "liner", "steamer"}
    | {"boat"}
)
# Words before "centre"/"center" that make it a venue, a place, not a body ("Harbour Convention Centre")
_VENUES = frozenset({"convention", "exhibition", "conference", "shopping", "visitor", "visitors", "leisure"})
_VENUE_ENDS = frozenset({"centre", "center", "complex"})


def _names_terms(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """True when "Terms of" stands in a name: a site's legal text ("the Cloudflare Terms Of Service", "the Terms of
    Use"), never a body (issue 16, round 57: software docs)."""
    return any(tokens[i].lower == "terms" and i + 1 < len(tokens) and tokens[i + 1].lower == "of" for i in words)


def _craft_name(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a name with a craft noun before its last word ("Space Shuttle Discovery", "Space Shuttle Program"),
    unless an organisation word ends it ("Rocket Lab Company")."""
    return (
        len(words) >= 2
        and any(tokens[i].lower in _CRAFT for i in words[:-1])
        and tokens[words[-1]].lower not in lexicon.words["organisation_words"]
    )


def _venue_name(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """True for a venue's name: "... Convention Centre", "... Visitor Center", "... Visitor Complex"."""
    return len(words) >= 2 and (
        (tokens[words[-1]].lower in ("centre", "center") and tokens[words[-2]].lower in _VENUES)
        or tokens[words[-1]].lower == "complex"
    )


_EVENT_OR_CRAFT_CUES = _CRAFT | {"aboard", "board", "during"}  # words before a name that `_collect_evidence` reads on


def _craft_before(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True when a vessel's context stands right before the name: "aboard (the) X", "on board (the) X", "the
    cruise ship X", "the ship, X"."""
    position = phrase_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    if position >= 0 and tokens[position].text == ",":
        position -= 1  # "the cruise ship, X"
    if position < 0 or tokens[position].kind != "word" or tokens[position].capitalised:
        return False
    word = tokens[position].lower
    return (
        word == "aboard" or word in _CRAFT or (word == "board" and position >= 1 and tokens[position - 1].lower == "on")
    )


_OF_TO = frozenset({"of", "to", "in", "for", "at"})
# words after "of (the)" up to a thing word ("the 9/11 Commission Act": 9, /, 11, Commission, Act)
_THINGS_NAME_WORDS = 5


def _before_a_things_name(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """True when "of (the)" at `position` goes on with a name of two words or more ending in a thing word, only
    capitalised words and numbers between: "... of the 9/11 Commission Act", "... of the Kestrel Treaty" (the words
    before are the head of the thing's name); not a thing word alone, a body's remit ("Museum of Flight", "Bureau of
    the Budget")."""
    if position >= len(tokens) or tokens[position].lower != "of":
        return False
    cursor = position + 1
    if cursor < len(tokens) and tokens[cursor].lower == "the":
        cursor += 1
    for index in range(cursor, min(cursor + _THINGS_NAME_WORDS, len(tokens))):
        token = tokens[index]
        if token.capitalised and token.lower in lexicon.words["thing_words"]:
            return index > cursor
        if not (token.capitalised or token.text.isdigit() or token.text == "/"):
            return False
    return False


def _thing_apposition(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """True when `position` opens "the/a/an (up to three lower-case words) <thing word>" closed by punctuation, the
    text's end, a preposition or a participle: ", the annual pilgrimage to X,", ", a yearly festival." (an event, not
    an actor), ", a database listing ..." (a thing)."""
    if position >= len(tokens) or tokens[position].lower not in _ARTICLES:
        return False
    for cursor in range(position + 1, min(position + 5, len(tokens))):
        token = tokens[cursor]
        if token.kind != "word" or token.capitalised or token.lower in STOP_WORDS:
            return False  # "X, the founder of the contest,": the founder is the head, not the contest
        if token.lower in lexicon.words["thing_words"]:
            return (
                cursor + 1 == len(tokens)
                or tokens[cursor + 1].kind == "punct"
                or tokens[cursor + 1].lower in _OF_TO
                or tokens[cursor + 1].lower.endswith("ing")  # ", a database listing the fleets,"
            )
    return False


# Buildings and places an apposition may call a name (general knowledge): "X, a 6th-century church,"
_BUILDING_NOUNS = frozenset(
    {"church", "mosque", "cathedral", "temple", "museum", "monument", "landmark", "palace", "castle", "fortress"}
    | {"basilica", "synagogue", "shrine", "stadium", "town", "village", "city", "suburb", "island", "volcano"}
)
_ONCE_WORDS = frozenset({"formerly", "once", "now", "originally", "still"})


def _building_apposition(tokens: Sequence[Token], position: int) -> bool:
    """True when `position` opens "(formerly/once/now) a/an/the (up to three words) <building or place noun>" closed
    by punctuation, "and" or a preposition: ", formerly a Greek Orthodox church and now a museum,", ", a town of
    5,000,": the name is a building's or a place's, not an actor's."""
    if position < len(tokens) and tokens[position].lower in _ONCE_WORDS:
        position += 1
    if position >= len(tokens) or tokens[position].lower not in _ARTICLES:
        return False
    for cursor in range(position + 1, min(position + 5, len(tokens))):
        token = tokens[cursor]
        if token.kind != "word" or token.lower in STOP_WORDS:
            return False
        if token.lower in _BUILDING_NOUNS and not token.capitalised:
            return (
                cursor + 1 == len(tokens)
                or tokens[cursor + 1].kind == "punct"
                or tokens[cursor + 1].lower
                in (
                    "and",
                    "of",
                    "in",
                    "near",
                    "on",
                )
            )
    return False


_PARTY_TAG = re.compile(r"^[RDI]-[A-Z]")


def _after_bracket(tokens: Sequence[Token], index: int) -> bool:
    """True when the token before `index` opens a bracket."""
    return index > 0 and tokens[index - 1].text == "("


def _is_title(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """A title word, an abbreviated one before its dot ("Rep. X", "Lt. Gen. X") or a hyphenated one
    ("Vice-President X", "then-President X", "President-elect X")."""
    lower = tokens[index].lower
    if lower in lexicon.words["titles"] or (
        index + 1 < len(tokens) and tokens[index + 1].text == "." and (lower + "." in lexicon.words["titles"])
    ):
        return True
    if "-" not in lower:
        return False
    parts = lower.split("-")
    return all(part in lexicon.words["titles"] or part in _TITLE_AFFIXES for part in parts) and any(
        part in lexicon.words["titles"] for part in parts
    )


_TITLE_AFFIXES = frozenset({"then", "elect", "ex", "former", "designate"})
_NOBLE_TITLES = frozenset({"king", "queen", "prince", "princess", "lord", "lady", "sir", "dame", "saint", "st"})
# titles a holder is known by with one name after them ("Pope Francis"); not a monarch's, whom books also call by
# other titles ("Emperor Alexander", "Kaiser Alexander", "Alexander": one person)
_REGNAL_TITLES = frozenset({"pope"})


def _plural_title(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True when the first word is an office's title in the plural before a given name: "Presidents Anna Berg of X and
    Tom Hale of Y" (not "Kings Cross", "Queens Park": places named after nobles)."""
    lower = tokens[words[0]].lower  # ends with "s"
    return (
        lower[:-1] in lexicon.words["titles"]
        and lower[:-1] not in _NOBLE_TITLES
        and not is_common(tokens[words[1]].text, lexicon)
    )


def _described_body(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """True when a name after "a"/"an" qualifies the noun after it ("a Reuters photographer", "a World Health
    Organisation report"), not when it is what someone is: before punctuation, a preposition or a relative word ("a
    Republican from Kentucky", "a Minnesota Democrat,")."""
    if end >= len(tokens) or tokens[end].kind == "punct":
        return False
    lower = tokens[end].lower
    return not (lower in _PREPOSITIONS or lower in ("but", "who", "whose", "which", "that"))


def _body_apposition(tokens: Sequence[Token], position: int, lexicon: Lexicon, companies: bool = False) -> bool:
    """True when `position` opens "a/an/the (up to three lower-case words or country adjectives) <body noun>" closed
    by punctuation, the text's end or a relative clause: ", a private military company,", ", the country's largest
    bank.", ", the Japanese electronics maker,", ", an education company that supports ..."; with `companies` (a
    one-word name) a company noun ("maker", "retailer") counts."""
    if position >= len(tokens) or tokens[position].lower not in _ARTICLES:
        return False
    for cursor in range(position + 1, min(position + 5, len(tokens))):
        token = tokens[cursor]
        if token.kind == "possessive":
            continue
        if token.kind != "word" or (token.capitalised and token.lower not in lexicon.adjective_words):
            return False
        if (
            token.lower in lexicon.words["organisation_types"]
            or token.lower in BODY_NOUNS
            or (companies and token.lower in _COMPANY_NOUNS)
        ):
            return (
                cursor + 1 == len(tokens)
                or tokens[cursor + 1].kind == "punct"
                or tokens[cursor + 1].lower in _RELATIVE_AFTER_BODY
            )
    return False


# what opens a relative clause after an apposition's body noun: ", an education company that supports ...", ", a
# firm based in ...": the noun is what the name is, not a role in it (", a company director")
_RELATIVE_AFTER_BODY = frozenset({"that", "which", "whose", "based", "founded", "owned", "headquartered"})


_PREDICATE_VERBS = frozenset({"is", "was", "be", "became", "becomes", "remains", "remained"})
_PREDICATE_AUXILIARIES = frozenset({"will", "would", "has", "had", "have", "been", "to", "also", "now", "still"})
_AFTER_PREDICATE = frozenset({"to", "in", "that", "which", "with", "of", "for", "and", "since", "after", "on", "by"})


def _qualified_abstraction(first: Token, second: Token, lexicon: Lexicon) -> bool:
    """True for a country's or region's adjective before a common abstract noun that names no body: "European
    Identity", "African Nationalism" (not "European Commission", "African Union")."""
    return (
        (first.lower in lexicon.adjective_words or first.lower in lexicon.words["regions"])
        and second.text[1:].islower()
        and second.lower.endswith(_ABSTRACT_ENDINGS)
        and second.lower not in lexicon.words["organisation_words"]
        and is_common(second.text, lexicon)
    )


def _one_of_other_people(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> bool:
    """True when "and other" after a name goes on with a plural of people: a party's members ("Democrats") or a
    role ("officials", "senators"), so that the name is one of them, a person ("X and other Democrats")."""
    if end + 2 >= len(tokens) or tokens[end].lower != "and" or tokens[end + 1].lower != "other":
        return False
    plural = tokens[end + 2].lower
    if plural in _MEMBERSHIP:
        return False  # "NATO and other members": countries and bodies are members too
    return plural.endswith("s") and (plural in lexicon.words["parties"] or _is_role(plural, lexicon))


def _predicate_body(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> bool:
    """True when `position` opens a predicate that says a body is what the name names: "X is a company", "X will be
    the first cable company to offer ...", "X became the country's largest bank in 2004" (the noun closing its
    phrase: not "X was a company director")."""
    cursor = position
    while cursor < len(tokens) and cursor - position < 3 and tokens[cursor].lower in _PREDICATE_AUXILIARIES:
        cursor += 1
    if cursor >= len(tokens) or tokens[cursor].lower not in _PREDICATE_VERBS or tokens[cursor].capitalised:
        return False
    article = cursor + 1
    if article >= len(tokens) or tokens[article].lower not in _ARTICLES:
        return False
    for look in range(article + 1, min(article + 5, len(tokens))):
        token = tokens[look]
        if token.kind == "possessive":
            continue
        if (
            token.kind != "word"
            or (token.capitalised and token.lower not in lexicon.adjective_words)
            or token.lower in STOP_WORDS  # "X was a member of the party": the body X belongs to, not X
        ):
            return False
        if token.lower in lexicon.words["organisation_types"] or token.lower in _COMPANY_NOUNS:
            after = tokens[look + 1] if look + 1 < len(tokens) else None
            return after is None or after.kind == "punct" or after.lower in _AFTER_PREDICATE
    return False


def _member_noun(text: str, lexicon: Lexicon) -> bool:
    """A capitalised word naming what a person is a member or follower of: "Scientologist", "Methodist", "Muslim"."""
    lower = text.lower()
    return (len(lower) > 6 and lower.endswith("ist") and text[1:].islower()) or _is_people(lower, lexicon)


_FOLLOWER_MODIFIERS = frozenset({"a", "an", "the", "former", "ex", "devout", "fellow", "lifelong", "practising"})


def _follower(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True for a follower's word after an article or "former", "devout" ... ("a former Scientologist", "a devout
    Methodist"): what a person is; not a surname ("Lindqvist said")."""
    return (
        index >= 1
        and tokens[index - 1].lower in _FOLLOWER_MODIFIERS
        and not tokens[index - 1].capitalised
        and _member_noun(tokens[index].text, lexicon)
    )


def _party_label(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True for a party member's word in an apposition, before "from", "of" or "for" ("X, Republican from Texas,
    said", "X, Democrat of Ohio,"): what the person is, not a name nor a speaker."""
    return (
        index >= 1
        and tokens[index - 1].text == ","
        and tokens[index].lower + "s" in lexicon.words["parties"]
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in ("from", "of", "for")
    )


def _pair_with_a_country(text: str, lexicon: Lexicon) -> bool:
    """True for two names joined by a hyphen, one of them a country's ("Hale-Ukraine", "Kestria-Chile")."""
    parts = text.split("-")
    return len(parts) == 2 and any((part,) in lexicon.phrases for part in parts)


def _doctrine(text: str) -> bool:
    """A one-word name of a doctrine, a faith or a movement: "Marxism", "Buddhism", "Maoism" (not "Prism")."""
    return len(text) >= _DOCTRINE_STEM + 3 and text.endswith("ism") and text[1:].islower()


_DOCTRINE_STEM = 3  # letters before "ism" in a doctrine's name at least: "Maoism", not "Prism"


def _is_people(lower: str, lexicon: Lexicon) -> bool:
    """A religion or people named by one word, singular or plural ("Muslim", "Arabs")."""
    return lower in lexicon.words["peoples"] or (lower.endswith("s") and (lower[:-1] in lexicon.words["peoples"]))


def _acronym_alone(tokens: Sequence[Token], index: int) -> bool:
    """True for a word in capitals of three letters or more among words that are not ("WHO say", not "THE END"): an
    acronym even where it spells a stop word."""
    token = tokens[index]
    if len(token.text) < 3 or not token.text.isupper():
        return False
    return not any(other.text.isupper() and len(other.text) > 1 for other in tokens if other is not token)


def _long_acronym(tokens: Sequence[Token], index: int) -> bool:
    """True for a word in capitals of six letters that reads as an acronym ("the Kestrel Organisation (KESTRO)",
    "KESTRO said"; the longest an acronym's evidence counts): the only word in capitals of its sentence, and not a
    dateline opening it before a bracket, comma or dash ("BRUSSELS (Reuters) -")."""
    return (
        len(tokens[index].text) == 6
        and not (index == 0 and len(tokens) > 1 and tokens[1].kind == "punct")
        and _acronym_alone(tokens, index)
    )


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


_PROGRAMMES = frozenset({"programme", "program"})


def _speaking_programme(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for a programme's name that speaks ("the World Food Programme said", "according to the X Development
    Programme, ..."): a body named after its programme, as some United Nations agencies are; a plan does not speak."""
    if tokens[words[-1]].lower not in _PROGRAMMES:
        return False
    first = words[0] - 1 if words[0] > 0 and tokens[words[0] - 1].lower == "the" else words[0]
    according = first >= 2 and tokens[first - 2].lower == "according" and tokens[first - 1].lower == "to"
    return according or _speech_verb_after(tokens, words[-1] + 1, lexicon) >= 0


def _shouted_or_plural(tokens: Sequence[Token], words: Sequence[int], lexicon: Lexicon) -> bool:
    """True for words in capitals that are common words ("SET NULL", "TEXT": keywords, emphasis) and for an acronym
    in the plural ("UUIDs", "APIs": things, never one body)."""
    if len(words) == 1 and _PLURAL_ACRONYM.fullmatch(tokens[words[0]].text):
        return True
    shouted = all(
        len(tokens[i].text) >= 3
        and tokens[i].text.isupper()
        and tokens[i].lower not in STOP_WORDS
        and is_common(tokens[i].text, lexicon)
        for i in words
    )
    if shouted and len(words) == 1 and words[0] >= 1:
        before, after = tokens[words[0] - 1], tokens[words[0] + 1] if words[0] + 1 < len(tokens) else None
        if (
            before.lower in lexicon.words["organisation_types"]
            or before.lower in _MEDIA
            or (before.text == "(" and after is not None and after.text == ")")
        ):
            return False  # "the press agency PAP", "the Polish Press Agency (PAP)": a body's acronym
    return shouted


def _names_a_title(tokens: Sequence[Token], words: Sequence[int], run_end: int, lexicon: Lexicon) -> bool:
    """True for a run that names a post or a thing, not who holds it: it ends with a title after an article ("the
    Home Secretary", "an Ottawa New Democrat MP"), its common words come before a lower-case title ("Foreign Affairs
    minister") or, with another remit after "and", a body noun ("the Foreign Affairs and Trade committees"), or its
    last word is a single letter ("the stamp Protected B")."""
    last = tokens[words[-1]]
    if len(words) >= 2 and len(last.text) == 1 and last.kind == "word":
        return True
    if len(words) >= 2 and last.lower in lexicon.words["titles"]:
        # after an article: a post; without one, a title after a name ("Diane Abbott MP", "Mark Tedeschi QC")
        position = words[0] - 1
        while position >= 0 and tokens[position].capitalised:
            position -= 1  # "an Ottawa | New Democrat MP": a place before it
        return position >= 0 and tokens[position].lower in ("the", "a", "an")
    following = run_end
    after = tokens[following] if following < len(tokens) else None
    if after is not None and after.lower == "and" and following + 1 < len(tokens) and tokens[following + 1].capitalised:
        following += 1  # "the House Foreign Affairs and Intelligence committees": the remits of two bodies
        while following < len(tokens) and tokens[following].capitalised and is_common(tokens[following].text, lexicon):
            following += 1
        after = tokens[following] if following < len(tokens) else None
    return (
        after is not None
        and after.kind == "word"
        and not after.capitalised
        and (
            after.lower in lexicon.words["titles"]
            or (following > run_end and after.lower.removesuffix("s") in _REMIT_BODIES)
        )
        and all(is_common(tokens[i].text, lexicon) for i in words)
    )


# Verbs whose object is a thing one uses, not an actor ("switch to Firefox", "install Windows XP").
_SITES = frozenset({"field", "fields", "plant", "mine", "mines", "refinery", "dam"})  # after one word: "oil field"
_USE_VERBS = frozenset(
    {"use", "uses", "used", "using", "install", "installs", "installed", "installing", "download", "downloads"}
    | {"downloaded", "downloading", "upgrade", "upgraded", "upgrading", "switch", "switched", "run", "running"}
)
_USERS = frozenset({"users", "user", "version", "versions"})
# Goods a product line's name stands before (general knowledge): "Advanced DRAM chips"; only for a name of two words
# or more, as a one-word maker's name often stands there too ("Intel chips")
_HARDWARE = frozenset(
    {
        *("chip", "chips", "processor", "processors", "microprocessors", "semiconductors", "modules", "laptops"),
        *("smartphones", "handsets", "tablets", "consoles", "servers", "engines", "batteries", "turbines", "drones"),
    }
)


# Place words that name a built thing: a place even after an organisation's word ("International Airport", "Air
# Force Base"), unlike an administrative area ("School District", "Manchester City").
# Place words that are also common family names: after a given name, a person ("Anita Hill"; "Capitol Hill" a place).
# bodies that are also buildings: named after "at", "in", "near", the building (general knowledge)
_FACILITIES = frozenset({"hospital", "clinic", "infirmary", "cathedral", "chapel", "prison", "jail"})
_FAMILY_PLACE_WORDS = frozenset({"hill", "lake", "arena", "hall"})  # "Tom Arena", "Tom Hall" after a given name
_STRUCTURES = frozenset(
    {"airport", "base", "station", "terminal", "stadium", "bridge", "street", "road", "avenue", "square", "tower"}
    | {"towers", "building", "hotel", "mall", "dam", "mosque", "temple", "shrine", "harbour", "harbor", "canal"}
)
# Lower-case nouns after a name that make it the name of a place one travels to or through (general knowledge), with
# one kind of transport between ("Velby railway station"); not a body that speaks ("the Velby hospital said")
_TRAVEL_FACILITIES = frozenset({"station", "airport", "terminal", "stadium", "bridge", "harbour", "harbor", "junction"})
_TRANSPORT_KINDS = frozenset({"railway", "rail", "train", "bus", "metro", "subway", "tube", "underground", "coach"})


def _facility_after(tokens: Sequence[Token], end: int) -> bool:
    """True when a lower-case facility noun follows the name at `end`, a kind of transport between or not: "to reach
    Velby Central station", "left Velby Junction railway station"."""
    if end < len(tokens) and tokens[end].lower in _TRANSPORT_KINDS and not tokens[end].capitalised:
        end += 1
    return end < len(tokens) and tokens[end].lower in _TRAVEL_FACILITIES and not tokens[end].capitalised


def _screen_part_after(tokens: Sequence[Token], end: int) -> bool:
    """True when a lower-case noun of a screen's parts follows the name at `end`, after a closing quote or not."""
    if end < len(tokens) and tokens[end].text in _CLOSING_QUOTE_MARKS:
        end += 1
    return end < len(tokens) and tokens[end].lower in _SCREEN_PARTS and not tokens[end].capitalised


def _after_interface_verb(tokens: Sequence[Token], start: int) -> bool:
    """True when the name at `start` follows a verb of `_INTERFACE_VERBS` or "select" given as an instruction, the
    sentence's first word or after "then" ("Click 'Live TV'", "Then select Save"), after an opening quote or not;
    not "the convention voted to choose X"."""
    if start >= 1 and tokens[start - 1].text in _QUOTE_MARKS:
        start -= 1
    verb = start - 1
    return verb >= 0 and tokens[verb].lower in _INSTRUCTION_VERBS and (verb == 0 or tokens[verb - 1].lower == "then")


def _after_according(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True when the name at `phrase_start` follows "according to" (through "the")."""
    position = phrase_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    return position >= 1 and tokens[position].lower == "to" and tokens[position - 1].lower == "according"


def _used_thing(tokens: Sequence[Token], phrase_start: int, after: Token | None) -> bool:
    """True when the name at `phrase_start` is what people use: the object of a verb of using ("use X", "upgrade to
    X"), after "users of" / "a version of", or before "users"."""
    position = phrase_start - 1
    if position >= 0 and tokens[position].lower in ("the", "to", "a", "an"):
        position -= 1  # "upgrade to X", "use the X"
    if position >= 0 and tokens[position].lower in _USE_VERBS:
        return True
    if position >= 1 and tokens[position].lower == "of" and tokens[position - 1].lower in _USERS:
        return True
    return after is not None and after.kind == "word" and after.lower in ("users", "user")


# A product's codename, not an actor (general knowledge of how hardware and software releases are named): before a
# product noun ("X and Y processors", "an Intel X processor"), after a version ("v24.10 X", "24.10.0 (X)"), or
# ranked among generations ("X and newer", "Y > X")
_PRODUCT_NOUNS = frozenset(
    {"processor", "processors", "cpu", "cpus", "gpu", "gpus", "chip", "chips", "chipset", "chipsets", "soc", "socs"}
    | {"architecture", "microarchitecture", "generation", "release", "releases", "codename", "firmware"}
)
_VERSION_PART = re.compile(r"v?\d+")
# Verbs of instructions a user follows on a screen, opening a setting's or button's name set in title case ("Choose
# Use Network Service account", "Allow Live TV access"); not "Select" ("Select Committee") nor "Press" ("Press TV")
_INTERFACE_VERBS = frozenset({"choose", "click", "tap", "enable", "disable", "allow", "toggle", "uncheck", "detect"})
# The same and "select", given as an instruction (`_after_interface_verb`: "Then select Save")
_INSTRUCTION_VERBS = _INTERFACE_VERBS | {"select"}
# Lower-case nouns of a screen's parts: a title-case name before one is a label on a screen ("under the 'Live TV'
# section", "the Advanced tab"), not an actor; not "page" nor "site" ("the Facebook page": a company's own page)
_SCREEN_PARTS = frozenset(
    {"tab", "tabs", "menu", "submenu", "button", "dialog", "checkbox", "dropdown", "toolbar", "sidebar", "section"}
)
# Words opening a place's name, before a person's name or not (general knowledge): "Fort George", "Mount Vernon"
_PLACE_OPENERS = frozenset({"fort", "mount", "cape", "isle"})
_GENERATION_AFTER = frozenset({"newer", "older", "later", "higher", "above", "below"})


def _codename(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when the name of two words or more at `start`..`end` is a product's codename: a product noun follows it,
    or a coordinated name and one ("Velby Lake and Tarn Lake processors"); a version precedes it, in brackets or not;
    "and newer"/"or later" follows it, or ">" stands beside it."""
    cursor = end
    for _ in range(6):  # "X or Y processor", "X, Y and Z processors"
        if cursor < len(tokens) and (tokens[cursor].capitalised or tokens[cursor].lower in ("and", "or", ",")):
            cursor += 1
            continue
        break
    if cursor < len(tokens) and tokens[cursor].kind == "word" and tokens[cursor].lower in _PRODUCT_NOUNS:
        return cursor == end or tokens[cursor - 1].capitalised
    before = start - 1 - (start >= 1 and tokens[start - 1].text == "(")
    if before >= 2 and _VERSION_PART.fullmatch(tokens[before].text) and tokens[before - 1].text == ".":
        return bool(_VERSION_PART.fullmatch(tokens[before - 2].text))  # the tokens of "v24.10.0"
    if (start >= 1 and tokens[start - 1].text == ">") or (end < len(tokens) and tokens[end].text == ">"):
        return True
    return (
        end + 1 < len(tokens)
        and tokens[end].lower in ("and", "or")
        and tokens[end + 1].lower in _GENERATION_AFTER
        and (end + 2 == len(tokens) or tokens[end + 2].kind == "punct")
    )


# a model's code: one or two letters, a hyphen and a number ("B-17", "AR-15", "Su-24"); a maker's name before it or
# a plural after it make the name a model ("Boeing B-17 Flying Fortress", "B-17s"), not the code alone ("G-7")
_MODEL_CODE = re.compile(r"[A-Z][A-Za-z]?-\d{1,4}")
_MODEL_CODES = re.compile(_MODEL_CODE.pattern + "s")


def _paired_with_a_lowercase_term(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the one-word name at `index` is joined by "and" or "or" to a lower-case word no dictionary of common
    words has ("ZMapp and remdesivir", "remdesivir or ZMapp"): a technical term of the same kind, a drug, a product
    or a chemical, not an actor ("Lind and colleagues" is joined to a common word)."""
    for conjunction, other in ((index + 1, index + 2), (index - 1, index - 2)):
        if 0 <= other < len(tokens) and tokens[conjunction].lower in ("and", "or"):
            word = tokens[other]
            if (
                word.kind == "word"
                and not word.capitalised
                and len(word.text) > _SHORT_TERM
                and word.text.isalpha()
                and not is_common(word.text, lexicon)
            ):
                return True
    return False


# kinds of software before the name of one ("with theme Anna Book", "the library Velbar"): a thing, even when its name
# opens with a given name
_SOFTWARE_KINDS = frozenset(
    {"theme", "themes", "plugin", "plugins", "extension", "extensions", "package", "packages", "library", "libraries"}
    | {"module", "modules", "framework", "frameworks", "template", "templates", "font", "fonts", "skin", "skins"}
)
_CALLED_VERBS = frozenset({"called", "named", "dubbed", "nicknamed"})
# things made or invented that "called X" names (general knowledge); bodies ("a group called X") are not among them
_MADE_THINGS = frozenset(
    {"device", "devices", "machine", "vehicle", "aircraft", "drone", "robot", "gadget", "instrument", "engine"}
    | {"rocket", "hoverboard", "jetpack", "prototype", "invention", "product", "tool", "gun", "rifle", "weapon"}
)
_CALLED_REACH = 12  # words back from "called" to the thing it names: "a device propelled by ... feet, called X"


def _made_thing_before(tokens: Sequence[Token], called: int) -> bool:
    """True when a made thing's noun ("device", "machine", "robot") stands within `_CALLED_REACH` words before "called"
    at `called`, with no capitalised word, relative pronoun or sentence end between them: "called X" names it."""
    for position in range(called - 1, max(-1, called - 1 - _CALLED_REACH), -1):
        token = tokens[position]
        if token.capitalised or token.lower in ("who", "whom", "which", "that") or token.text in _SENTENCE_ENDS:
            return False
        if token.lower in _MADE_THINGS:
            return True
    return False


_INVENTING = frozenset({"invented", "invents", "patented", "patents"})


def _invented_before(tokens: Sequence[Token], start: int) -> bool:
    """True when an inventing verb, a determiner and at most one lower-case word stand before the name at `start`:
    "invented the original Velbo", "patented a Velbo"."""
    position = start - 1
    if (
        position >= 0
        and tokens[position].kind == "word"
        and not tokens[position].capitalised
        and tokens[position].lower not in _OWNERS
    ):
        position -= 1  # one modifier: "the original"
    if position < 0 or tokens[position].lower not in _OWNERS:
        return False
    return position >= 1 and tokens[position - 1].lower in _INVENTING


_MODIFIERS_BEFORE_A_NAME = 2  # lower-case words between "a" and a name: "a no-deal X", "a hard, fast X" is not


def _after_an_article_and_modifier(tokens: Sequence[Token], start: int) -> bool:
    """True when the name at `start` follows "a"/"an" and one or two lower-case words that are no function words
    ("a no-deal Velbexit", "a hard Velbexit"): a common thing the name stands for, since news never writes a person or
    a body so ("a Kestrel spokesman" has a noun after the name, which the caller checks; "a former Senator Lind" a
    title, capitalised)."""
    position = start - 1
    modifiers = 0
    while position >= 0 and modifiers < _MODIFIERS_BEFORE_A_NAME:
        token = tokens[position]
        if token.kind != "word" or token.capitalised or token.lower in STOP_WORDS:
            break
        modifiers += 1
        position -= 1
    return modifiers > 0 and position >= 0 and tokens[position].lower in _INDEFINITE


_SHORT_TERM = 3  # letters of a lower-case word too short to tell a term from a misspelling or a unit


def _collect_evidence(
    mention: Mention, tokens: Sequence[Token], words: Sequence[int], titled: bool, is_org: bool, lexicon: Lexicon
) -> None:
    evidence = mention.evidence
    first, last = tokens[words[0]], tokens[words[-1]]
    end = words[-1] + 1
    after_index = end + 1 if mention.possessive else end
    after = tokens[after_index] if after_index < len(tokens) else None
    before = _previous_word(tokens, mention.phrase_start, skip_the=False)
    if titled:
        evidence["person"] += 3
        evidence["titled"] += 1
    if (
        len(words) >= 2
        and last.lower in lexicon.words["place_words"]
        and (
            last.lower in _STRUCTURES  # "Washington Dulles International Airport", "X Air Force Base"
            or tokens[words[-2]].lower not in lexicon.words["organisation_words"]  # "Irving School District"
        )
        and not (last.lower in _FAMILY_PLACE_WORDS and first.lower in lexicon.genders)  # "Anita Hill", "Ricki Lake"
    ):
        evidence["place"] += 6  # "Wall Street", "Gaza City"
    if (
        len(words) >= 2
        and first.lower in _PLACE_OPENERS
        and last.lower not in lexicon.words["organisation_words"]  # "Fort Worth Police Department"
    ):
        evidence["place"] += 6  # "Fort George was lost", "Mount Vernon": a place named after someone
    if not mention.possessive and not (len(words) == 1 and first.text.isupper()) and _facility_after(tokens, end):
        evidence["place"] += 6  # "to reach Velby Central station", "Velby Junction railway station": a place
    if len(words) == 1 and not mention.possessive and _paired_with_a_lowercase_term(tokens, words[0], lexicon):
        evidence["place"] += 6  # "ZMapp and remdesivir were retired": one of two drugs, products or the like
    if (len(words) == 1 and _MODEL_CODES.fullmatch(first.text)) or any(
        _MODEL_CODE.fullmatch(tokens[w].text) for w in words[1:]
    ):
        evidence["place"] += 6  # a model, not its maker: "Boeing B-17 Flying Fortress", "the B-17s"
    if len(words) >= 2 and not is_org and _codename(tokens, words[0], end):
        evidence["place"] += 6  # "Velby Lake processors", "v24.10 (Electric Velby)": a product's codename
    if not mention.possessive and (_screen_part_after(tokens, end) or _after_interface_verb(tokens, words[0])):
        evidence["place"] += 6  # "Click 'Live TV' under the 'Live TV' section": a label on a screen
    if len(words) >= 2 and first.lower in _INTERFACE_VERBS:
        evidence["place"] += 6  # "Choose Use Network Service account", "Detect My Devices": an instruction, a setting
    if is_org or (
        last.lower in lexicon.words["parties"]
        and not (len(words) == 2 and first.lower in lexicon.genders)  # "mayor John Tory": a family name
    ):
        evidence["organisation"] += 5  # "Labour", "Liberal Democrats": a party
    elif len(words) == 1 and last.lower.endswith("ists") and _doctrine_follower(last.lower):
        evidence["organisation"] += 5  # "Unionists claimed": a movement's followers, as a party's plural
    acronym = (
        len(words) == 1 and (first.kind == "acronym" or (first.text.isupper() and 2 <= len(first.text) <= 6))
    ) or (len(words) <= 3 and _initials_and(tokens, words[0], end))  # "PG&E"
    if acronym and not _own_word_in_capitals(tokens, words[0]):
        evidence["organisation"] += 2
        evidence["acronym"] += 1
    if len(words) >= 2 and not is_org and any(not is_common(tokens[i].text, lexicon) for i in words):
        if first.lower in lexicon.words["peoples"] and first.lower != "christian":  # "Christian Bale": a given name
            evidence["organisation"] += 3  # "the Muslim Brotherhood": a religion or people opens no person's name
        elif first.text in _FOREIGN_ARTICLES:
            evidence["organisation"] += 3  # "El Kestral", "Die Zeitung": a title after an article, an outlet or a body
        elif first.lower not in lexicon.genders and any(
            tokens[i].lower in lexicon.words["organisation_words"] for i in words[1:-1]
        ):
            # a body's word inside the name, no given name opening it: "Box Office Vega", "Velby News Online" (a
            # person's name holds no such word but as a surname, last: "Emily Post")
            evidence["organisation"] += 1
        else:
            evidence["person"] += 1
    if len(words) >= 2 and tokens[words[0] + 1].text == "." and all(tokens[i].lower in _DOMAINS for i in words[1:]):
        if after is not None and after.lower in _SITE_NOUNS:
            evidence["place"] += 6  # "the Vulnora.org site": the web address names the site, not its owner
        else:
            evidence["organisation"] += 5  # "Vulnora.com"
    if len(words) == 1 and first.kind == "word" and _company_word(first.text):
        evidence["organisation"] += 3  # "Zentrosoft", "FluxBank": a company's coined word
    if (
        mention.possessive
        and len(words) == 1
        and after is not None
        and after.capitalised
        and after.lower in lexicon.genders
        and (acronym or (after_index + 1 < len(tokens) and tokens[after_index + 1].capitalised))
    ):
        # "the KBC's Anna Berg said", "Kestrel's Tom Hale": one word before a person's full name, an employer
        evidence["organisation"] += 2
        evidence["subject"] += 1
    if not mention.possessive and _owned_after(tokens, after_index):
        evidence["organisation"] += 3  # "X is owned by Y", "X and its chief executive": a company, not a person
    if mention.possessive and len(words) == 1 and after is not None and after.lower == "remarks":
        evidence["person"] += 2  # "Velchuk's remarks, which came as ...": a person's words
    if after is not None and not mention.possessive and (after.lower == "which" or after.text == ","):
        which = after_index + (after.text == ",")
        if (
            which + 1 < len(tokens)
            and tokens[which].lower == "which"
            and tokens[which + 1].lower in _MAKING_VERBS
            and not is_org
        ):
            evidence["organisation"] += 3  # "Kestrel Paper, which makes tissues": a company, not a person
    if before is not None and before.kind == "word" and not before.capitalised:
        role = before.lower.removesuffix("-elect")  # "the mayor-elect X": a role to come is a role
        if role in lexicon.words["roles"] and not _adjective_role(tokens, mention.phrase_start - 1):
            evidence["person"] += 2
            evidence["titled"] += 1
        elif role in _KIN and _kin_determiner_before(tokens, mention.phrase_start - 1):
            evidence["person"] += 2  # "His wife Mary said": a relative named by a given name alone
            evidence["titled"] += 1
        if (
            before.lower == "the"
            and not titled
            and not first.affix
            and not _leads_a_body(after)
            and not _people_noun(after_index, tokens)  # "the Zemi minority": "the" is the minority's
            and not (after is not None and after.text == "/")  # "the Hale/Moss ticket": a pair of people's names
            and not (  # "the Cruise video", "the Hale era": "the" is the noun's after a one-word name
                # or a person's full name ("the Tom Hale video")
                (len(words) == 1 or (len(words) == 2 and first.lower in lexicon.genders))
                and not mention.possessive
                and after is not None
                and after.kind == "word"
                and not after.capitalised
                and after.lower not in STOP_WORDS
                and after.lower not in _PREPOSITIONS
                and not _is_subject_verb(after, lexicon)
                and not after.lower.endswith("s")  # "the Zemi rebels", "the Acme shares"; a verb: "the Acme says"
                and not (  # "the Varnak held the bridge": a verb with its object
                    after_index + 1 < len(tokens) and tokens[after_index + 1].lower in _DETERMINERS
                )
            )
        ):
            evidence["organisation"] += 2  # "the Daily Planet"; but "the Bush administration": "the" is the body's
        if before.lower in lexicon.words["place_modifiers"]:
            evidence["place"] += 3
    if after is not None and (after.text == "#" or after.text[:1].isdigit()):
        evidence["place"] += 3  # a numbered thing: "PR #1826", "Windows 10"
    if (
        len(words) == 1
        and not mention.possessive
        and _after_an_article_and_modifier(tokens, mention.phrase_start)
        and (after is None or after.kind == "punct" or after.lower in STOP_WORDS)
    ):
        evidence["place"] += 3  # "a no-deal Velbexit by May", "a hard Velbexit,": a thing, not a person or a body
    if (
        before is not None
        and before.lower == "of"
        and mention.phrase_start >= 2
        and tokens[mention.phrase_start - 2].lower in lexicon.words["place_nouns"]
    ):
        evidence["place"] += 3  # "the village of X", "residents of X", "the outskirts of X"
    if before is not None and before.lower in _LAND_NOUNS:
        evidence["place"] += 3  # "our biggest island Kestra", "the province Kestria": a place named after its kind
    if before is not None and before.lower in _DEITY_NOUNS:
        evidence["place"] += 3  # "the sea god Taranor": a deity named after its kind, not an actor
    if (
        before is not None
        and before.lower in _PLATFORM_PREPOSITIONS
        and len(words) == 1
        and not mention.possessive
        and mention.phrase_start >= 2
        and tokens[mention.phrase_start - 2].lower in _POSTING_VERBS
    ):
        evidence["organisation"] += 3  # "wrote on Kestrelgram", "said via Kestrelgram": a platform, a company's
    if _used_thing(tokens, mention.phrase_start, after):
        evidence["place"] += 3  # "users of Windows XP", "upgrade to Google Chrome", "Firefox users": a product
    if (
        mention.phrase_start >= 1
        and tokens[mention.phrase_start - 1].lower in _SOFTWARE_KINDS
        and not tokens[mention.phrase_start - 1].capitalised
    ):
        evidence["place"] += 6  # "with theme Anna Book", "the plugin Kestrel Tools": a thing named after its kind
    if len(words) >= 2 and (tokens[words[0]].lower in _CRAFT or len(words) > 2) and _craft_name(tokens, words, lexicon):
        evidence["place"] += 6  # "Space Shuttle Atlantis": a vessel, and so is "Atlantis" merged with it
    governing = _previous_word(tokens, mention.phrase_start)  # through "the"
    if governing is not None and (
        governing.lower in _EVENT_OR_CRAFT_CUES
        or governing.text.isdigit()
        or (  # "the cruise ship, Aurora"
            governing.text == "," and mention.phrase_start >= 2 and tokens[mention.phrase_start - 2].lower in _CRAFT
        )
    ):
        if _craft_before(tokens, mention.phrase_start):
            evidence["place"] += 3  # "aboard the Aurora", "the cruise ship Aurora": a vessel
        prior: Token | None = governing
        if governing.text.isdigit() and mention.phrase_start >= 2:
            prior = _previous_word(tokens, mention.phrase_start - 1)  # "during the 1991 Hajj"
        if (
            prior is not None
            and prior.lower == "during"
            and not mention.possessive
            and not (
                after is not None and after.kind == "word" and (after.lower in _LED_BODIES or _leads_a_body(after))
            )
        ):
            evidence["place"] += 3  # "during the Hajj", "during Ramadan": an event or a season, not an actor
    if after is not None and after.text == "," and _thing_apposition(tokens, after_index + 1, lexicon):
        evidence["place"] += 3  # "the Hajj, the annual pilgrimage": an event
    if after is not None and after.text == "," and _building_apposition(tokens, after_index + 1):
        evidence["place"] += 6  # "Velby Sophia, formerly a Greek Orthodox church and now a museum": a building
    if before is not None and before.lower in _CALLED_VERBS and _made_thing_before(tokens, mention.phrase_start - 1):
        evidence["place"] += 6  # "a flying device worn on the feet, called Velbo Air": the thing, not its maker
    if _invented_before(tokens, mention.phrase_start) and (after is None or after.kind == "punct"):
        evidence["place"] += 3  # "he invented the original Velbo, which ...": what someone invented is a thing
    if before is not None and before.kind == "word" and not before.capitalised:
        called = before.lower in ("called", "named") and mention.phrase_start >= 2
        media = _previous_word(tokens, mention.phrase_start - 1, skip_the=False) if called else before
        if media is not None and (
            media.lower in _PUBLICATIONS
            or media.lower in _MEDIA
            or media.lower in lexicon.words["organisation_types"]
            or (len(words) == 1 and media.lower in _COMPANY_NOUNS)  # "the electronics maker Zenkor"
            or _online_company_before(tokens, mention.phrase_start - 1)  # "social media site Velbook"
            # "US team Kestrel9" (not after the name: "the Brazilian team" is a country's)
            or media.lower in _SPORTS_TEAMS
        ):
            evidence["organisation"] += 3  # "the newspaper Kalameh Sabz", "the research firm X": a body's name
    if governing is not None and governing.lower in ("for", "from") and _spokesperson_before(tokens, mention, lexicon):
        evidence["subject"] += 1  # "a spokesman for X said", "officials from X said": X acts through them
        if before is not None and (before.lower == "the" or tokens[mention.phrase_start - 2].lower == "officials"):
            evidence["organisation"] += 2  # "a spokesman for the X", "officials from X": a body
    of = mention.phrase_start - 1 - (mention.phrase_start >= 2 and tokens[mention.phrase_start - 1].lower == "the")
    if of >= 1 and tokens[of].lower == "of" and tokens[of - 1].lower in _MEMBERSHIP:
        evidence["organisation"] += 1  # "a member of the White Helmets": people are members of a body
        evidence["actor"] += 1
    if len(words) == 1 and (  # one word: "Martha Stewart's products" stay hers
        (
            of >= 1
            and tokens[of].lower in ("of", "in")
            and tokens[of - 1].lower in _COMPANY_HOLDINGS
            and not is_common(first.text, lexicon)
        )
        or (mention.possessive and after is not None and after.lower in _COMPANY_HOLDINGS)
    ):
        evidence["organisation"] += 3  # "shares of Dell", "a stake in Sony", "Sony's shareholders": a company
    locative = _locative_before(tokens, mention.phrase_start, lexicon)
    if locative == "to" and _after_according(tokens, mention.phrase_start):
        locative = ""  # "according to X": a source, not a place; a source that speaks
        evidence["subject"] += 1
    if locative == "at" and _role_at(tokens, mention.phrase_start, lexicon) and last.lower not in _FACILITIES:
        locative = ""  # "an engineering manager at Velbtube": the employer, a body, not where something happened
        evidence["organisation"] += 3
    elif _publication_role_before(tokens, mention.phrase_start):
        locative = ""  # "contributor to Velby Review", "a columnist for X": the publication, not a place
        evidence["organisation"] += 5  # a body named once acts through its writers: named, it is listed
    if locative:
        # "to X", "from X", "at X" also name people and organisations ("support to X", "at Google")
        evidence["place"] += 1 if locative in lexicon.words["weak_locatives"] else 2
        if len(words) >= 2 and last.lower in _FACILITIES:
            evidence["place"] += 5  # "died at Kestrel General Hospital": a building where something happened
    if not is_org and first.lower not in lexicon.genders and _opening_setting(tokens, words[0], after, lexicon):
        evidence["place"] += 6  # "In Velby, Anna Lind said": a setting opening the sentence, not a speaker
        locative = locative or tokens[words[0] - 1].lower
    evidence["subject"] += _acting(mention, tokens, words, before, after, bool(locative), lexicon)
    if not mention.possessive and _one_of_other_people(tokens, end, lexicon):
        evidence["person"] += 2  # "X and other Democrats raised ...": one of a party's members or officials
    if (
        not is_org
        and not mention.possessive
        and after is not None
        and after.lower in _LOCAL_OFFICES
        and not _party_adjective(last.lower, lexicon)  # "Democratic Senator X": the party's
    ):
        evidence["place"] += 4  # "Velby Mayor Anna Lind", "Velby Senator X": the town or state of the office
    if (
        len(words) == 1
        and _employer(after, lexicon)
        and not (mention.possessive and after is not None and after.lower in _PERSONAL_ROLES)
    ):
        # "Facebook co-founder X": one word that employs is more often a body; but "Biti's lawyer": a person's
        evidence["organisation"] += 2
    elif (
        len(words) >= 2
        and not mention.possessive
        and after is not None
        and (
            (not after.capitalised and _is_role(after.lower, lexicon))
            or (after.text.isupper() and after.lower in lexicon.words["titles"])  # "Kestrel Rail CEO Bob Hale"
        )
        and after_index + 1 < len(tokens)
        and (tokens[after_index + 1].capitalised or _officer_set_off(tokens, mention, after_index))
    ):
        evidence["organisation"] += 3  # "Robotics Challenge president Joe Sestak": a body, then its officer
    if (
        after is not None
        and after.text == ","
        and not is_org  # "Evergreen Space Museum of McMinnville, Oregon": a body in a town
        and not mention.possessive
        and end + 1 < len(tokens)
        and tokens[end + 1].capitalised
        and _region_after_comma(tokens, end, lexicon)
    ):
        evidence["place"] += 6  # "Orange Park, Florida", "Cayce, South Carolina": a town
    if (
        after is not None
        and after.text == ","
        and _body_apposition(tokens, after_index + 1, lexicon, companies=len(words) == 1)
    ):
        evidence["organisation"] += 5  # "Blackwater Worldwide, a private military company, exported ..."
    elif after is not None and not mention.possessive and _predicate_body(tokens, after_index, lexicon):
        evidence["organisation"] += 5  # "X will be the first cable company to offer ...": what X is
    if after is not None and after.kind == "word" and not after.capitalised:
        if (
            len(words) == 1
            and not mention.possessive
            and last.lower in _LEVEL_ADJECTIVES
            and (
                (
                    after.lower not in STOP_WORDS
                    and after.lower not in lexicon.words["speech_verbs"]
                    and after.lower not in lexicon.words["auxiliaries"]
                )
                # "the State of Mississippi": the word cut from a state's or region's style, not a body of its own
                or (after.lower == "of" and after_index + 1 < len(tokens) and tokens[after_index + 1].capitalised)
            )
        ):
            evidence["adjective"] += 3  # "State media reported", "Federal prosecutors said": a level of government
        elif after.lower in lexicon.words["place_nouns"] or after.lower in lexicon.words["thing_words"]:
            evidence["place"] += 3  # "the Lockerbie bombing", "the National Iodine Nutrition study"
        elif after_index + 1 < len(tokens) and tokens[after_index + 1].lower in _SITES and after.kind == "word":
            evidence["place"] += 3  # "the Arne Dahl oil field", "the Orrvik power plant": a site
        elif len(words) >= 2 and not mention.possessive and after.lower in _HARDWARE:
            evidence["place"] += 3  # "Advanced DRAM chips", "Quantum Fusion engines": a product line, not its maker
        elif not is_org and not mention.possessive and not first.affix:
            if after.lower in _LED_BODIES:
                evidence["subject"] += 1  # "the Conservative government", "the Bush administration": a leader or party
                if (
                    after.lower in _PERSONAL_BODIES
                    and len(words) == 1
                    and first.lower not in lexicon.words["parties"]
                    and first.lower not in _PARTY_WORDS
                ):
                    evidence["person"] += 1  # "the Hale administration": named after its leader, even a word's namesake
            elif after.lower in lexicon.words["organisation_types"] or (
                after.lower in _MEDIA and after.lower != "website"
            ):
                evidence["organisation"] += 5  # "the Hamas movement", "the Labour party", "X television"
            elif after.lower == "news" and _names_a_body(tokens, after_index, after_index, lexicon):
                evidence["organisation"] += 5  # "the X news agency"
            elif (
                after.lower in _INNER_BODY_WORDS
                and after_index + 1 < len(tokens)
                and tokens[after_index + 1].lower in lexicon.words["organisation_words"]
                and not tokens[after_index + 1].capitalised
            ):
                evidence["organisation"] += 5  # "the Fatah central committee": a body's own body
        elif (
            len(words) == 1
            and not mention.possessive
            and last.lower.endswith(_ADJECTIVE_ENDINGS)
            and after.lower not in lexicon.words["speech_verbs"]
            and after.lower not in lexicon.words["auxiliaries"]
            and after.lower not in ("and", "or", "who", "which", "that")
        ):
            evidence["adjective"] += 3  # "Islamist militant groups"
        if len(words) == 1 and not mention.possessive and _people_noun(after_index, tokens):
            evidence["adjective"] += 3  # "Zemi refugees", "the Zemi minority": a people, not one actor
    if first.affix in AFFIX_PREFIXES or last.affix in ACTOR_SUFFIXES:
        evidence["actor"] += 1
    if last.affix in ORGANISATION_SUFFIXES:
        evidence["organisation"] += 2
    if last.affix in PLACE_SUFFIXES:
        evidence["place"] += 2
    if not mention.possessive and _said_to_be_a_site(tokens, end):
        evidence["place"] += 6  # "X was the site of a victory", "X is one of the breeding sites": a place
    if (
        mention.phrase_start >= 2
        and tokens[mention.phrase_start - 1].kind == "possessive"
        and tokens[mention.phrase_start - 2].capitalised
        and not is_org
    ):
        evidence["place"] += 1  # "Syria's Idlib"
    governed = _previous_word(tokens, mention.phrase_start)  # "a Member of Parliament asked": not the subject
    if (
        not mention.possessive
        and not (governed is not None and governed.kind == "word" and governed.lower in _PREPOSITIONS)
        and (verb := _speech_verb_after(tokens, end, lexicon)) >= 0
    ):
        evidence["speaker"] += 1
        evidence["person"] += 1
        if tokens[verb].lower in _MEDIA_VERBS and (len(words) == 1 or _ACRONYM.fullmatch(tokens[words[0]].text)):
            # "Kelvo reports ...", "KTV Nieuws reported": what a news outlet does; a person "said"
            evidence["organisation"] += 1 if len(words) == 1 else 3  # a person is not named after an acronym
        elif tokens[verb].lower in _MEDIA_VERBS and not titled and first.lower not in lexicon.genders:
            evidence["organisation"] += 3  # "Gazeta Kestrel reported": no given name opens it, an outlet
        if _its_after(tokens, verb):
            evidence["organisation"] += 2  # "Kestra said its profits rose": a body speaks of itself as "it"
    if (
        before is not None
        and (before.lower in _LIST_CONTEXT or before.text == ":" or _plural_body(before.lower, lexicon))
        and _listed_after_bodies(tokens, mention.phrase_start, lexicon)
    ):
        evidence["organisation"] += 5  # "firms including X, Y and Z", "groups such as X"


_MEDIA_VERBS = frozenset({"reports", "reported"})
# Definite articles of other languages that open a newspaper's or a body's name ("El Mundo", "Il Messaggero", "Die
# Welt", "Der Spiegel"), never a person's (not "La" and "Le", which open family names, nor "Les", a given name)
_FOREIGN_ARTICLES = frozenset({"El", "Il", "Die", "Der", "Los", "Las"})
_PLACE_ROLES = frozenset({"site", "sites", "scene", "venue", "location", "locations"})
_SITE_PATH = frozenset({"the", "a", "an", "one", "of", "its", "their"})  # "is one of the ... sites"
SITE_REACH = 6  # words between "is"/"was" and a site noun ("is one of the annual breeding sites")


def _said_to_be_a_site(tokens: Sequence[Token], end: int) -> bool:
    """True when "is" or "was" after the name at `end` goes on to a site noun before any punctuation or verb: "X was
    the site of an 1824 victory", "X is one of the annual breeding sites" (what is said of a place)."""
    if end >= len(tokens) or tokens[end].lower not in ("is", "was"):
        return False
    for position in range(end + 1, min(end + 1 + SITE_REACH, len(tokens))):
        token = tokens[position]
        if token.kind != "word" or token.capitalised or token.lower.endswith("ed"):
            return False  # "X was removed from the site": a verb comes first
        if token.lower in STOP_WORDS and token.lower not in _SITE_PATH:
            return False
        if token.lower in _PLACE_ROLES:
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            return after is None or after.kind == "punct" or after.lower in ("of", "for", "in", "where")
    return False


# lower-case words naming a body's own body with an organisation word after them ("the X central committee")
_INNER_BODY_WORDS = frozenset({"central", "executive", "political", "military", "youth", "governing", "ruling"})
_SPORTS_TEAMS = frozenset({"team", "club"})  # before a name, what names a sports team
# what a company does to its products ("X, which makes tissues"; "which makes Softo": a product's name after it)
_MAKING_VERBS = frozenset({"makes", "produces", "manufactures", "sells", "markets", "brews"})
_ITS_REACH = 6  # words after a verb of saying in which "its" still refers to the speaker ("said on Monday that its")
_OTHER_REFERENTS = frozenset({"he", "she", "his", "her", "they", "their", "the", "a", "an"})


def _owned_after(tokens: Sequence[Token], position: int) -> bool:
    """True when what follows a name says a body owns it or it has a body's parts: "X is owned by", "X was acquired
    by", "X is headquartered in", "X and its chief executive" (a person's would be "his" or "her"; not "X, its
    chairwoman", where X is the officer of a body named before)."""
    following = [token.lower for token in tokens[position : position + 3]]
    if len(following) == 3 and following[0] in ("is", "was", "are", "were") and following[1] in _OWNED:
        return following[2] == _OWNED[following[1]]
    return len(following) >= 2 and following[0] == "and" and following[1] == "its"


_OWNED = {"owned": "by", "acquired": "by", "bought": "by", "headquartered": "in"}  # a past participle, its preposition


def _its_after(tokens: Sequence[Token], verb: int) -> bool:
    """True when "its" follows the verb of saying before any other referent or punctuation: "X said its", "X said
    on Monday that its" (the speaker's own), not "X said the company's board and its ..."."""
    for position in range(verb + 1, min(verb + 1 + _ITS_REACH, len(tokens))):
        token = tokens[position]
        if token.lower == "its":
            return True
        if token.kind != "word" or token.capitalised or token.lower in _OTHER_REFERENTS:
            return False
    return False


_LIST_OPENERS = frozenset({"including", "like"})  # and "such as"
_LIST_WORDS = frozenset({",", "and", "or", "&", "the"})
_LIST_CONTEXT = _LIST_WORDS | _LIST_OPENERS | {"as"}  # a word right before a name listed after a body noun


def _plural_body(lower: str, lexicon: Lexicon) -> bool:
    """A plural of a body's noun: "firms", "companies", "airlines", "carmakers"."""
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else ""
    return bool(singular) and (
        singular in lexicon.words["organisation_types"] or singular in _COMPANY_NOUNS or singular == "store"
    )  # "discount stores like X and Y": retailers


_COLON_REACH = 6  # tokens between a plural body noun and the colon opening its list ("networks in the US: X and Y")


def _list_opening(tokens: Sequence[Token], phrase_start: int, mixed_case: bool = False) -> int | None:
    """Where the list of names that the name at `phrase_start` stands in opens: the index of the first token before
    it, back over names, commas and "and"/"or"/"the" (and, with `mixed_case`, names such as "eBay"), that is none of
    them; None when that is the sentence's first token or further back than `LIST_REACH`."""
    cursor = phrase_start - 1
    while cursor >= 0 and phrase_start - cursor <= LIST_REACH:
        token = tokens[cursor]
        if (
            token.lower in _LIST_WORDS
            or (token.capitalised and token.kind in ("word", "acronym"))
            or (mixed_case and token.kind == "word" and not token.text.islower() and token.text[:1].islower())
        ):
            cursor -= 1
            continue
        break
    if cursor < 1 or phrase_start - cursor > LIST_REACH:
        return None
    return cursor


def _listed_after_bodies(tokens: Sequence[Token], phrase_start: int, lexicon: Lexicon) -> bool:
    """True when the name stands in a list after a plural body noun and "including", "such as" or "like" ("German
    firms including X, Y, and Z"): each name of the list is a body."""
    cursor = _list_opening(tokens, phrase_start, mixed_case=True)  # "eBay", a brand
    if cursor is None:
        return False
    opener = tokens[cursor].lower
    if opener == ":":
        # "the two largest mobile networks in the United States: X and Y": a plural body noun shortly before the colon
        return any(
            _plural_body(token.lower, lexicon) for token in tokens[max(0, cursor - _COLON_REACH) : cursor]
        ) and any(token.lower in _LIST_SEPARATORS for token in tokens[cursor : phrase_start + LIST_ITEMS * 2])
    if opener == "as" and tokens[cursor - 1].lower == "such":
        cursor -= 1
    elif opener not in _LIST_OPENERS:
        # "regional telephone monopolies X, Y and Z": the list right after the plural noun, when it is a list
        return _plural_body(opener, lexicon) and any(
            tokens[i].lower in _LIST_SEPARATORS and tokens[i + 1].capitalised
            for i in range(cursor + 1, min(len(tokens) - 1, phrase_start + LIST_ITEMS * 2))
        )
    return _plural_body(tokens[cursor - 1].lower, lexicon)


_BRAND_NOUNS = frozenset({"brands", "products"})


def _brand(tokens: Sequence[Token], words: Sequence[int]) -> bool:
    """True when the name is followed by a plural of "brand" or "product" ("the X and Y brands"), or stands in a list
    right after one and "including", "such as" or "like" ("each other's brands, including X, Y, and Z")."""
    after = words[-1] + 1
    if after < len(tokens) and tokens[after].lower in _BRAND_NOUNS and not tokens[after].capitalised:
        return True
    cursor = _list_opening(tokens, words[0])
    if cursor is None:
        return False
    if tokens[cursor].lower == "as" and tokens[cursor - 1].lower == "such":
        cursor -= 1
    elif tokens[cursor].lower not in _LIST_OPENERS:
        return False
    before = cursor - 2 if tokens[cursor - 1].text == "," and cursor >= 2 else cursor - 1
    return tokens[before].lower in _BRAND_NOUNS


# Roles a person has as readily as a body, after a possessive: "Biti's lawyer", "Kane's wife" (no sign of a body).
_KIN_DETERMINERS = frozenset({"his", "her", "their"})  # "said his father, X"
# protocols, formats and request methods of computing, written in capitals (general knowledge)
_TECHNICAL_ACRONYMS = frozenset(
    {"http", "https", "html", "xml", "json", "yaml", "csv", "pdf", "url", "urls", "uri", "api", "apis", "sql", "css"}
    | {"tcp", "udp", "dns", "ftp", "ssh", "ssl", "tls", "smtp", "imap", "rss", "ascii", "utf", "get", "post", "put"}
    | {"head", "delete", "patch"}  # "an HTTP HEAD request"
    | {"dna", "rna"}  # "his DNA was on her clothes": a molecule
)


_APIS = frozenset({"api", "apis"})


def _technical_acronym(token: Token) -> bool:
    """True for a word of `_TECHNICAL_ACRONYMS` written in capitals ("HTTP", "API"; not "Head", "Get")."""
    return token.text.isupper() and token.lower in _TECHNICAL_ACRONYMS


_WITNESSES = frozenset({"witness", "eyewitness"})  # named in an aside after "according to a witness,"
_PERSONAL_ROLES = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "wife", "husband", "widow", "son", "daughter", "mother", "father"}
    | {"brother", "sister", "family", "parents", "friend", "friends", "doctor", "biographer", "bodyguard", "aide"}
)
_KIN = frozenset({"wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister"})


def _kin_determiner_before(tokens: Sequence[Token], kin: int) -> bool:
    """True when a possessive pronoun stands before the relative's noun at `kin` ("his wife", "her son")."""
    return kin >= 1 and tokens[kin - 1].lower in _KIN_DETERMINERS


_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})


def _adjective_role(tokens: Sequence[Token], index: int) -> bool:
    """True for a role word that is an adjective where it stands: right after a determiner ("the official X
    guide", "its official Y channel"), not after another word ("ministry official X", "a senior official, X")."""
    return tokens[index].lower in _ADJECTIVE_ROLES and index > 0 and tokens[index - 1].lower in _DETERMINERS


_ADJECTIVE_ROLES = frozenset({"official"})  # roles that are also adjectives before a noun


def _spokesperson_before(tokens: Sequence[Token], mention: Mention, lexicon: Lexicon) -> bool:
    """True when "for"/"from" before the name follows a spokesperson or officials who speak ("a spokesman for X
    said", "Officials from X said"): the verb of saying after the name is theirs, through X."""
    position = mention.phrase_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    if position < 1:
        return False
    role = tokens[position - 1].lower
    spoken = role in _SPOKESPEOPLE or (role == "officials" and tokens[position].lower == "from")
    return spoken and _speech_verb_after(tokens, mention.end, lexicon, allow_apposition=False) >= 0


_MEMBERSHIP = frozenset({"member", "members", "membership"})
# An online company's kind, written before its name: "the social media site X", "video-sharing platform X", "tech
# giant X" (general knowledge); the noun alone ("the site X", "the platform X") also names places and programmes
_ONLINE_KINDS = frozenset({"site", "platform", "network", "giant", "app", "service", "company", "firm"})
_ONLINE_FIELDS = frozenset(
    {"media", "networking", "sharing", "video-sharing", "photo-sharing", "messaging", "streaming", "search", "tech"}
    | {"microblogging", "e-commerce", "ride-hailing", "ride-sharing", "internet", "technology"}
)


def _online_company_before(tokens: Sequence[Token], position: int) -> bool:
    """True when the lower-case words ending at `position` name an online company's kind ("social media site",
    "tech giant"): the name after them is that company's."""
    return (
        position >= 1
        and tokens[position].lower in _ONLINE_KINDS
        and tokens[position - 1].kind == "word"
        and not tokens[position - 1].capitalised
        and tokens[position - 1].lower in _ONLINE_FIELDS
    )


# what only a company has: "shares of X", "a stake in X", "X's shareholders" (general knowledge, not from any text)
_COMPANY_HOLDINGS = frozenset(
    {"shares", "shareholders", "stock", "stake", "stakes", "subsidiary", "subsidiaries", "stockholders", "products"}
    | {"store", "stores", "outlets", "franchises"}  # "Kestrel's store in Perth": a retailer's
)
# a level of government, capitalised alone before a noun as an adjective ("State media", "Federal officials"); in a
# name it stays one ("the State Department", "Federal Student Aid")
_LEVEL_ADJECTIVES = frozenset({"state", "federal", "provincial", "municipal", "regional", "national"})
# what names a company, not a person, when it stands for a one-word name: ", the Japanese electronics maker," and
# "the carmaker X" (general knowledge; "producer", "developer", "publisher" also name people and are left out)
_COMPANY_NOUNS = frozenset(
    {
        *("maker", "manufacturer", "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "insurer"),
        *("lender", "conglomerate", "carrier", "supermarket", "telecom", "multinational", "startup", "start-up"),
        *("monopoly", "operator", "provider"),
    }
)
_PEOPLE_NOUNS = frozenset(
    {
        *("migrants", "refugees", "asylum", "minority", "minorities", "community", "communities", "population"),
        *("villagers", "fishermen", "tribesmen", "women", "men", "children", "families", "muslims", "christians"),
        *("people", "peoples", "immigrants", "diaspora", "ethnic", "descent", "origin", "pilgrims"),
    }
)


def _people_noun(index: int, tokens: Sequence[Token]) -> bool:
    """True when the words from `index` name members of a people: "refugees", "Muslim refugees" (after a one-word
    name: "Zemi refugees", "the Zemi minority")."""
    if index < len(tokens) and tokens[index].kind == "word" and tokens[index].capitalised:
        index += 1  # "Zemi Muslim refugees"
    return index < len(tokens) and tokens[index].kind == "word" and tokens[index].lower in _PEOPLE_NOUNS


def _leads_a_body(after: Token | None) -> bool:
    """True when the word after a name is a body it leads ("the Bush administration", "the Monti government")."""
    return after is not None and after.kind == "word" and after.lower in _LED_BODIES


_COMPANY_ENDINGS = ("soft", "tech", "corp", "bank", "ware", "pharma", "news")  # "Microsoft", "Citibank", "Wikinews"
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")  # "FluxBank", "YouTube"; not "McDonald", "DeSantis"
_CAMEL_NAMES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Al", "El", "Fitz", "Ben", "Abu")


def _company_word(text: str) -> bool:
    """A one-word name coined as companies' names are: a company ending ("Zentrosoft") or an inner capital
    ("FluxBank"), but not the inner capital of a family name ("McDonald", "LeBlanc", "DeSantis")."""
    lower = text.lower()
    if len(text) > 6 and lower.endswith(_COMPANY_ENDINGS) and text[1:].islower():
        return True
    return bool(_CAMEL.match(text)) and not text.startswith(_CAMEL_NAMES)


def _acting(
    mention: Mention,
    tokens: Sequence[Token],
    words: Sequence[int],
    before: Token | None,
    after: Token | None,
    placed: bool,
    lexicon: Lexicon,
) -> int:
    """1 when a mention shows something that acts: a verb's subject ("X was arrested", "X received") or object
    ("to defeat X and ..."), someone spoken to ("told CNN"), someone's employer ("UN spokesman X"), or a side taken
    ("anti-X", "X-backed", "X-linked")."""
    first, last = tokens[words[0]], tokens[words[-1]]
    if first.affix in ("anti", "pro") or last.affix in ACTOR_SUFFIXES or last.affix in ORGANISATION_SUFFIXES:
        return 1
    if _listener(tokens, mention.phrase_start, lexicon):
        return 1
    if _employer(after, lexicon):
        return 1  # someone's employer: "NATO Secretary General X", "UN spokesman X", "Labour leader X"
    prose = before is not None and before.kind == "word" and not before.capitalised
    if not mention.possessive and last.lower in lexicon.words["organisation_words"] and _passive_agent(tokens, mention):
        return 1  # "would have to be approved by the Legislature": the body after a passive's "by" acts
    if mention.possessive or placed or (prose and before is not None and before.lower in _OBJECT_PREPOSITIONS):
        return 0
    if after is not None and _is_subject_verb(after, lexicon):
        return 1
    if (
        after is not None
        and (after.text == "," or after.lower == "and")
        and words[-1] + 2 < len(tokens)
        and (tokens[words[-1] + 2].capitalised or tokens[words[-1] + 2].lower == "and")  # another name follows
        and _names_then_verb(tokens, words[-1] + 1, lexicon)
    ):
        return 1  # "Ubisoft, Microsoft and Valve all had stands": each name of a list that is the subject
    return int(
        prose
        and before is not None
        and before.lower not in STOP_WORDS
        and (after is None or after.kind == "punct" or after.lower in ("and", "or"))
    )


def _passive_agent(tokens: Sequence[Token], mention: Mention) -> bool:
    """True when "by" before the name follows a form of "be" and a regular participle ("was approved by X", "is
    controlled by the X"): X does what the verb says."""
    by = mention.phrase_start - 1
    if by >= 0 and tokens[by].lower == "the":
        by -= 1
    if by < 2 or tokens[by].lower != "by":
        return False
    participle, be = tokens[by - 1], tokens[by - 2]
    return participle.kind == "word" and participle.lower.endswith("ed") and be.lower in _BE_FORMS


LIST_REACH = 12  # tokens a list of names may run on for before its verb


def _names_then_verb(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when `index` continues a list of names (commas, "and", capitalised words) that a verb's subject follows
    ("X, Y, and Z all had", "X and Y signed"): the list is the subject."""
    position = index
    while position < len(tokens) and position - index < LIST_REACH:
        token = tokens[position]
        if not (token.text == "," or token.lower == "and" or (token.kind == "word" and token.capitalised)):
            break
        position += 1
    return (
        position < len(tokens)
        and position > index + 1
        and tokens[position - 1].kind == "word"
        and tokens[position - 1].capitalised
        and _is_subject_verb(tokens[position], lexicon)
    )


def _officer_set_off(tokens: Sequence[Token], mention: Mention, role: int) -> bool:
    """True when the role at `role`, after a name that opens the sentence, is set off from its holder's name by a
    comma: "Kestrel Weekly critic, Anna Lind said": the body, then its officer."""
    return (
        mention.phrase_start == 0
        and role + 2 < len(tokens)
        and tokens[role + 1].text == ","
        and tokens[role + 2].capitalised
        and tokens[role + 2].kind == "word"
    )


def _employer(after: Token | None, lexicon: Lexicon) -> bool:
    """True when a title or role word follows a name (its possessive skipped): "UN spokesman X", "Labour's Shadow
    Home Secretary X"."""
    return (
        after is not None
        and after.kind == "word"
        and (after.lower in lexicon.words["titles"] or _is_role(after.lower, lexicon))
    )


def _listener(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the name at `index` follows a verb of saying, directly or through "to" ("told CNN", "adding to
    CNN")."""
    position = index - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    if position >= 0 and tokens[position].lower == "to":
        position -= 1
    return position >= 0 and tokens[position].kind == "word" and tokens[position].lower in lexicon.words["speech_verbs"]


def _is_subject_verb(token: Token, lexicon: Lexicon) -> bool:
    """A lower-case word after a name that makes the name a verb's subject: an auxiliary ("has", "was"), a past tense
    ("received", "gave") or a verb of saying."""
    if token.kind != "word" or token.capitalised:
        return False
    lower = token.lower
    return (
        lower in lexicon.words["auxiliaries"]
        or lower in lexicon.words["past_verbs"]
        or lower in lexicon.words["speech_verbs"]
        or (lower.endswith("ed") and len(lower) > 4 and lower not in lexicon.words["place_nouns"])
    )


def _qualify_generic_organisation(
    mention: Mention, tokens: Sequence[Token], words: Sequence[int], mentions: Sequence[Mention], lexicon: Lexicon
) -> None:
    """A generic organisation after a country is named after it: "Iran's Foreign Ministry" → "Iranian Foreign
    Ministry", "the French Foreign Ministry" → "French Foreign Ministry", "the US Air Force" as written."""
    if not all(is_common(tokens[i].text, lexicon) for i in words):
        return
    position = words[0] - 1
    possessive = position >= 0 and tokens[position].kind == "possessive"
    if possessive:
        position -= 1
    for other in mentions:
        if other.country and other.end - 1 == position and other.form in (NAME_FORM, ADJECTIVE_FORM):
            adjective = other.surface if other.form == ADJECTIVE_FORM else lexicon.adjective_of(other.country)
            mention.name = f"{adjective} {mention.surface}"
            if other.form == NAME_FORM and not possessive:
                # a country's name written as part of the body's name is shown as written ("American Air Force" is
                # in no text; the reader looks for "US Air Force"), and merges by the adjective's form
                mention.grouped, mention.name = mention.name, f"{other.surface} {mention.surface}"
            mention.phrase_start = other.phrase_start
            return


# One document ---------------------------------------------------------------------------------------------------------


# An enumeration, footnote or abbreviation mark opening a sentence (most often a paragraph: "II. Others are ...",
# "1. The", "a) Some", "(iv) Each", "[1] See", "E.g. How do we ...", "N.B. The", "Cf. Velby's"): the word after it
# opens the sentence (a capitalised common word there needs the corpus to have it in mid-sentence, as at a
# sentence's start), and the mark is no name ("E.g. How", "N.B."). A Roman numeral of one letter ("I.", "V.", "X.")
# or any capital alone before a full stop is a person's initial as often ("V. Lind said"): a mark only before a
# common word ("I. Some topics").
_OPENING_MARK = re.compile(
    r"\s*(?:"
    r"(?P<roman>(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3}))[.)]"  # "II.", "IV)", "XII."
    r"|(?P<letter>[A-Z])\."  # "I.", "V.": a Roman numeral of one letter, or an initial
    r"|\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)"  # "1.", "12)", "a)", "b.", "(2)", "(iv)"
    r"|\[\d{1,3}\]"  # "[1] See Col. X": a footnote's mark
    r"|(?:E\.\s?g|I\.\s?e|N\.\s?B|Cf|Viz)\.(?:,|:)?"  # "E.g.", "I.e.", "N.B.", "Cf.", "Viz.", "E.g.,"
    r")\s+(?=\S)"
)
_NEXT_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _after_opening_mark(text: str, lexicon: Lexicon) -> str:
    """The sentence without an enumeration or abbreviation mark opening it (`_OPENING_MARK`), else as it is."""
    match = _OPENING_MARK.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if match.group("letter") is not None:
        word = _NEXT_WORD.match(rest)
        if word is None or not word.group()[0].isupper() or not is_common(word.group(), lexicon):
            return text  # "V. Lind said": an initial and a family name
    elif match.group("roman") is not None and not rest[:1].isupper():
        return text  # "VI. and VII. are ...": the numeral itself is spoken of
    return rest


def analyse_document(
    texts: Sequence[str], paragraphs: Sequence[int] | None = None, lexicon: Lexicon | None = None
) -> DocumentFacts:
    """The facts of one document from its sentences' texts in reading order, and their paragraph numbers (None: not
    known; a quotation then carries over paragraph breaks as over sentence ends)."""
    lexicon = lexicon or load_lexicon()
    particles = lexicon.words["name_particles"]
    counts: dict[tuple[str, str, str, str], list[int]] = {}
    sentences: list[SentenceFacts | None] = []
    words: set[str] = set()
    # a sentence's opening mark left out: "II. Others are ...", "E.g. How ..." are read from their first word
    texts = [_after_opening_mark(text, lexicon) for text in texts]
    analyses = [analyse_sentence(text, lexicon) for text in texts]
    # Words the document writes in lower case: a one-word name among them is likely a common word ("Iodine").
    lowercase = {t.lower for a in analyses for t in a.tokens if t.kind == "word" and not t.capitalised}
    document_text = _DocumentText(texts)  # "environment variables": a phrase written in lower case
    _the_north_and_south(analyses)
    _capital_surnames(analyses)
    _common_family_names(analyses, lexicon)
    _story_characters(analyses, lexicon)
    _pronoun_speakers(analyses, lexicon)
    things = _thing_acronyms(texts, analyses, lexicon)  # "KHB (Kestrel Housing Benefit)": a programme's acronym
    code = _code_words(texts)  # "https://", "--json", "GUIs", "`ConfigManager`": words the document uses as code
    # an interview's answers: "((Anna Berg)) ...", "Anna Berg: ...", "AB: ..." opening a paragraph after a question
    answers = _interview_answers(texts, analyses, paragraphs, particles) if paragraphs is not None else {}
    open_quote = 0  # sentences into an open quotation
    quotes: list[int] = []  # each sentence's quote bits
    balanced: set[int] | None = None  # worked out for the first quotation that grows long enough to need it
    for position, (text, analysis) in enumerate(zip(texts, analyses, strict=True)):
        opens_paragraph = paragraphs is not None and position > 0 and paragraphs[position] != paragraphs[position - 1]
        marks = _quote_marks(text.lstrip())  # read once: the paragraph's opening, an elision and the quote state
        if opens_paragraph and open_quote and paragraphs is not None:
            # News convention: a quotation left open at a paragraph's end goes on only when the next paragraph
            # reopens it with a quote mark (then its length counts afresh), or closes it without reopening it; else
            # it ended with the paragraph.
            reopened = marks and marks[0][0] == 0 and not marks[0][1].endswith("close")
            open_quote = 1 if reopened or _closes_unopened(texts, paragraphs, position) else 0
        if not any(token.kind != "punct" for token in analysis.tokens):
            sentences.append(SentenceFacts((), 0, (), (), SKIP))  # "...": it neither speaks nor ends a quotation
            quotes.append(0)
            if marks:
                # an elision split off as a sentence of its own ('"[...]' before "Rather, ...") still opens or
                # closes the quotation its marks say
                open_quote = _quote_state(text, open_quote, marks)[1]
            continue
        if not analysis.title_case:
            _mid_sentence_common_words(analysis.tokens, lexicon, words)
        longest = _LONGEST_QUOTATION
        if open_quote + 1 >= _LONGEST_QUOTATION and paragraphs is not None:
            # only a quotation this long can be cut: the limit matters from here on
            balanced = _balanced_paragraphs(texts, paragraphs) if balanced is None else balanced
            longest = _LONGEST_BALANCED_QUOTATION if paragraphs[position] in balanced else _LONGEST_QUOTATION
        quote, open_quote = _quote_state(text, open_quote, marks, longest)
        closing_colon = _closing_colon(text)
        if quote or marks or closing_colon:
            quote |= QUOTE_MARK  # it quotes, or introduces a quotation ("Obama tweeted:")
        if opens_paragraph:
            quote |= PARAGRAPH
        keys: list[str] = []
        for mention in analysis.mentions:
            grouped = mention.grouped or mention.name
            key = COUNTRY_KEY + mention.country if mention.country else " ".join(name_key(grouped, particles))
            if things and mention.surface in things:
                key = ""  # the programme's or law's acronym: a thing wherever the document uses it
            elif _PLURAL_ACRONYM_NAME.fullmatch(mention.surface):
                key = ""  # an acronym in the plural ("IDs", "APIs", "URLs"): things, never one actor
            keys.append(key)
            if not key:
                continue
            if not mention.country and _reads_as_lowercase(mention, analysis.tokens, lowercase, document_text):
                mention.evidence["lowercase"] += 1
            if analysis.title_case:
                mention.evidence["headline"] += 1
            if not mention.country and (
                _written_as_phrase(mention, analysis.tokens, document_text)
                or _fills_a_line(mention, analysis.tokens)
                or _modifies_a_noun(mention, analysis.tokens, lexicon)
                or _acronym_as_a_kind(mention, analysis.tokens, lexicon)
                or _verb_before_a_body(mention, analysis.tokens, lexicon)
                or _names_code(mention, code)
            ):
                mention.evidence["term"] += 1
            if not mention.country and (
                _acronym_of_a_technical_thing(mention, analysis.tokens, lexicon)
                or _acronym_of_a_model(mention, analysis.tokens)
            ):
                mention.evidence["term"] += 2  # "AJAX requests", "the PSYNC command": a format's or command's name
            reliable = (mention.needs or RELIABLE) if mention.reliable else UNRELIABLE
            row = counts.get((key, mention.surface, mention.name, reliable))
            if row is None:
                row = counts[(key, mention.surface, mention.name, reliable)] = [0] * (len(EVIDENCE) + 1)
            row[0] += 1
            for name, value in mention.evidence.items():
                row[1 + EVIDENCE_INDEX[name]] += value
        facts = _sentence_facts(text, analysis, keys, lexicon, particles, quote)
        if position in answers:
            facts = _answer_facts(facts, answers[position], quote)
        if facts is not None and closing_colon:
            facts = _owned_statement_lead_in(facts, analysis.tokens)
        if facts is not None and closing_colon and _introduces_by_subject(facts):
            facts = facts._replace(quote=facts.quote | COLON_END)
        if facts is not None and "following" in text and _ANNOUNCED.search(text) and _introduces_by_subject(facts):
            facts = facts._replace(quote=facts.quote | ANNOUNCES)
        sentences.append(facts)
        quotes.append(quote)
    if paragraphs is not None:
        _keep_block_quotations(sentences, quotes, paragraphs)
    if any(facts is not None and facts.continuation.startswith(ROLE) for facts in sentences):
        # "the spokesman said" somewhere: the roles names are given are read (most documents need none of them)
        sentences = [
            None if facts is None else _with_roles(facts, analysis.tokens, lexicon)
            for facts, analysis in zip(sentences, analyses, strict=True)
        ]
    genre = _genre(texts, sentences, lexicon)
    if genre != PROSE_DOCUMENT:
        # news, or too short to tell: the corpus decides (`short_as_news`)
        evidence = 1 + EVIDENCE_INDEX["news" if genre == NEWS_DOCUMENT else "undecided"]
        for row in counts.values():
            row[evidence] = row[0]
    if genre:
        words.add(genre)
    return DocumentFacts(
        sentences=tuple(sentences),
        names=tuple(NameCount(*form, row[0], tuple(row[1:])) for form, row in counts.items()),
        words=frozenset(words),
    )


_FIRST_PERSON = frozenset({"I", "I'm", "I've", "We", "We're", "We've", "My", "Our"})
_INITIALS = re.compile(r"[A-Z]{2,3}")
ANSWERED = -2  # `_interview_answers`: a sentence that goes on with its paragraph's answer


def _interview_answers(
    texts: Sequence[str], analyses: Sequence[SentenceAnalysis], paragraphs: Sequence[int], particles: frozenset[str]
) -> dict[int, int]:
    """An interview's answers, as sentence position → the token where the speaker's name opens the answer (its first
    sentence) or `ANSWERED` (the answer's later sentences in the same paragraph). An answer is a paragraph that is no
    question and opens with its speaker: a name in double brackets ("((Anna Berg)) We began ..."), or after a
    question, a name before a colon ("Anna Berg: I began"), the initials of a name the document gives ("AB: ...",
    "AB We began ...") or a full name run into the answer's first-person opening ("Anna Berg I am ..."). The initials
    and the bare name get a mention of their own, grouped with the name."""
    # paragraph openings after a question, or opening with "((": most documents have none
    candidates = [
        position
        for position, text in enumerate(texts)
        if (position == 0 or paragraphs[position] != paragraphs[position - 1])
        and (text.startswith("((") or (position > 0 and texts[position - 1].rstrip().endswith("?")))
    ]
    if not candidates:
        return {}
    last_of: dict[int, int] = {}
    for position, paragraph in enumerate(paragraphs):
        last_of[paragraph] = position
    people: dict[str, list[Mention]] | None = None  # the document's names of two or three words, by initials
    answers: dict[int, int] = {}
    for position in candidates:
        last = last_of[paragraphs[position]]
        analysis = analyses[position]
        tokens = analysis.tokens
        opening = next((m for m in analysis.mentions if m.phrase_start <= 2 and not m.country), None)
        start, speaker = -1, None
        if (
            opening is not None
            and opening.start == 2
            and [t.text for t in tokens[:2]] == ["(", "("]
            and [t.text for t in tokens[opening.end : opening.end + 2]] == [")", ")"]
        ):
            # "((Anna Berg)) ...", a full name's answer even when it ends with a question of its own ("Who is to
            # stop them?"); initials or one word ("((WN))") ask when the paragraph ends with a question
            asks = texts[position if opening.end - opening.start > 1 else last].rstrip().endswith("?")
            if asks:
                if opening.end - opening.start == 1 and _INITIALS.fullmatch(opening.surface):
                    analysis.mentions.remove(opening)  # "((WN)) ...?": the interviewer's initials, a label
                continue
            start, speaker = 2, opening
        elif texts[last].rstrip().endswith("?"):
            continue  # a question
        elif position == 0 or not texts[position - 1].rstrip().endswith("?") or len(tokens) < 2:
            continue
        elif (
            opening is not None
            and opening.start == 0
            and 1 < opening.end < len(tokens)
            and tokens[opening.end].text == ":"
        ):
            start, speaker = 0, opening  # "Anna Berg: ..." (not "AB: ...", initials)
        else:
            if people is None:
                people = {}
                for other in analyses:
                    for mention in other.mentions:
                        words = mention.surface.split()
                        if not mention.country and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                            people.setdefault("".join(w[0] for w in words), []).append(mention)
            start = _answer_opening(tokens, analysis, people)
            speaker = analysis.mentions[0] if start == 0 else None  # the mention put in place
        if start < 0 or speaker is None:
            continue
        speaker.evidence["person"] += 1
        answers[position] = start
        for later in range(position + 1, last + 1):
            answers[later] = ANSWERED
    return answers


def _answer_opening(tokens: Sequence[Token], analysis: SentenceAnalysis, people: dict[str, list[Mention]]) -> int:
    """0 when an answer opens with a name's initials ("AB: ...", "AB We ...") or a full name run into its first
    words ("Anna Berg I am ..."), a mention of that name put in place; else -1."""
    if _INITIALS.fullmatch(tokens[0].text):
        names = {m.grouped or m.name for m in people.get(tokens[0].text, ())}
        if len(names) != 1 or not (tokens[1].text == ":" or tokens[1].capitalised):
            return -1
        analysis.mentions[:] = [m for m in analysis.mentions if m.start > 0]
        analysis.mentions.insert(0, Mention(tokens[0].text, tokens[0].text, 0, 1, 0, grouped=names.pop()))
        return 0
    for mentions in people.values():
        for mention in mentions:
            words = mention.surface.split()
            if (
                len(tokens) > len(words)
                and tokens[len(words)].text in _FIRST_PERSON
                and [t.text for t in tokens[: len(words)]] == words
            ):
                # "Anna Berg I am ...": the name's formatting lost in the text
                analysis.mentions[:] = [m for m in analysis.mentions if m.start >= len(words)]
                named = Mention(mention.surface, mention.surface, 0, len(words), 0, grouped=mention.grouped)
                analysis.mentions.insert(0, named)
                return 0
    return -1


# words before a colon that opens a list, not a quotation: "The Board is comprised of:", "Its members include:"
_LIST_COLON_WORDS = frozenset({"of", "include", "includes", "including", "are", "were"})
_LAST_WORD_COLON = re.compile(r"(\w+)\s*:\s*$")


def _closing_colon(text: str) -> bool:
    """True when a sentence ends with a colon that may introduce a quotation ("X writes:"), not a list
    (`_LIST_COLON_WORDS` before it)."""
    if not text.rstrip().endswith(":"):
        return False
    last = _LAST_WORD_COLON.search(text)
    return last is None or last.group(1).lower() not in _LIST_COLON_WORDS


# a statement announced before it is given in full: "X has released the following (joint) statement"
_ANNOUNCED = re.compile(r"\bthe following (?:\w+ )?statement\b", re.IGNORECASE)


# what a press office's lead-in names as a name's own words ("X's statement on the decision:", "Below are remarks by
# X as prepared for delivery:")
_OWNED_STATEMENTS = frozenset({"statement", "remarks"})
_BY_AUTHOR = frozenset({"by", "from", "of"})  # before their author: "remarks by X", "a statement from X"


def _owned_statement_lead_in(facts: SentenceFacts, tokens: Sequence[Token]) -> SentenceFacts:
    """A lead-in ending with a colon that names a statement or remarks as a name's own ("Attorney General X's
    statement on the investigation:", "Below are remarks by Deputy Secretary X as prepared for delivery:", issue 16,
    round 55): the name speaks it and announces the paragraphs after it, quoted or not, as "X issued the following
    statement:" does; `facts` unchanged otherwise."""
    for spot in facts.spots:
        if spot.adjective:
            continue
        after = spot.end + 1 if spot.end < len(tokens) and tokens[spot.end].kind == "possessive" else spot.end
        owned = spot.possessive and after < len(tokens) and tokens[after].lower in _OWNED_STATEMENTS
        before = spot.phrase_start - 1 - (spot.phrase_start >= 1 and tokens[spot.phrase_start - 1].lower == "the")
        authored = (
            not spot.possessive
            and before >= 1
            and tokens[before].lower in _BY_AUTHOR
            and tokens[before - 1].lower in _OWNED_STATEMENTS
        )
        if owned or authored:
            # "a statement by NASA Associate Administrator for the Office of Y, X:": X, not the body before the comma
            speaker = _name_after_the_body(tokens, spot.phrase_start) if authored else spot.phrase_start
            return facts._replace(cues=(*facts.cues, (-1, speaker, -1)), quote=facts.quote | ANNOUNCES)
    return facts


def _introduces_by_subject(facts: SentenceFacts) -> bool:
    """True when a sentence's subject speaks ("X writes:", "In it, X made an interesting observation:"), not a
    source named after a passive ("The excerpts were reported by X as such:": someone else's words X reports)."""
    return any(spot.verb >= 0 for spot in facts.spots) or any(verb < 0 and free >= 0 for verb, free, _ in facts.cues)


def _keep_block_quotations(
    sentences: list[SentenceFacts | None], quotes: Sequence[int], paragraphs: Sequence[int]
) -> None:
    """Keep for linking the sentences naming no one of the paragraphs after one that closes with "X writes:" or
    "X made an interesting observation:" (a blog's block quotation, without quotation marks), up to
    `BLOCK_QUOTE_PARAGRAPHS` of them: they may be X's words (the link decides how far the quotation runs)."""
    last_paragraph = -1
    for position, facts in enumerate(sentences):
        if position and paragraphs[position] != paragraphs[position - 1]:
            introduced = sentences[position - 1]
            if introduced is not None and introduced.quote & COLON_END:
                last_paragraph = paragraphs[position] + BLOCK_QUOTE_PARAGRAPHS
        if facts is None and paragraphs[position] <= last_paragraph:
            sentences[position] = SentenceFacts((), 0, (), (), "", (), quotes[position])


def _answer_facts(facts: SentenceFacts | None, answer: int, quote: int) -> SentenceFacts | None:
    """An interview answer's facts: its opening name speaks (a cue at it), its later sentences go on with it, even
    those naming no one."""
    if facts is None:
        return SentenceFacts((), 0, (), (), "last", (), quote) if answer == ANSWERED else None
    if answer >= 0:
        return facts._replace(cues=(*facts.cues, (-1, answer, -1)))
    if facts.continuation in ("", REFERS):
        return facts._replace(continuation="last")
    return facts


_SPELT_OUT = frozenset({"of", "for", "and", "on", "the", "to"})  # small words inside a spelt-out name


def _thing_acronyms(texts: Sequence[str], analyses: Sequence[SentenceAnalysis], lexicon: Lexicon) -> set[str]:
    """Acronyms a document spells out in brackets as a thing (a name ending with a word of `thing_words`): "the
    Clean Water Act (CWA)", "KHB (Kestrel Housing Benefit) payments"; and the names it gives after a thing's head
    ("Hurricane Dorian", "Operation Desert Storm") or after a work's noun ("the comedy Pillow Dreams"): things
    wherever it names them alone ("Dorian hit the coast", "Pillow Dreams won")."""
    things: set[str] = set()
    thing_words, heads = lexicon.words["thing_words"], lexicon.words["thing_heads"]
    for text, analysis in zip(texts, analyses, strict=True):
        tokens = analysis.tokens
        named: list[str] = []  # the words after a thing's head: "Hurricane | Dorian", later "Dorian" alone
        tail = False  # a work's title opening with a common word: its other words name it too
        previous: Token | None = None
        for index, token in enumerate(tokens):
            if named and token.capitalised and token.kind == "word":
                named.append(token.text)
            elif (
                named
                and token.kind == "possessive"
                and index + 1 < len(tokens)
                and tokens[index + 1].capitalised
                and tokens[index + 1].kind == "word"
            ):
                named[-1] += "'s"  # "the show Anna Day's Best Friends": the title goes on past its possessive
            elif named:
                _add_thing(things, named, tail)
                named = []
            elif (
                previous is not None
                and previous.capitalised
                and (previous.lower in heads or _ship_prefix(previous))
                and token.capitalised
            ):
                # "Hurricane | Dorian", "the U.S.S. | Kestrel" (a vessel), later "Dorian", "the Kestrel" alone
                named, tail = [token.text], False
            elif (
                token.capitalised and token.kind == "word" and not _ship_prefix(token) and _craft_before(tokens, index)
            ):
                named, tail = [token.text], False  # "the dive boat | Kestrel", "The boat, | Kestrel", later alone
            elif (
                previous is not None
                and token.capitalised
                and previous.lower in _WORK_NOUNS
                and _work_title_after(tokens, index)
            ):
                # "the 1959 comedy | Pillow Dreams", later "Pillow Dreams won"; "the slogan | Make X Great", later
                # "Make X Great became ..." where the sentence's opening word may be left out of the name
                named, tail = [token.text], token.lower not in STOP_WORDS and is_common(token.text, lexicon)
            previous = token
        if named:
            _add_thing(things, named, tail)
        for mention in analysis.mentions:
            if (
                not mention.country
                and mention.end == mention.start + 1
                and mention.end < len(tokens)
                and tokens[mention.end].lower in _DISEASE_WORDS
            ):
                things.add(mention.surface)  # "Ebola virus disease", later "Ebola is incurable": a disease
        if "(" not in text:
            continue
        for i in range(1, len(tokens) - 2):
            if tokens[i].text != "(":
                continue
            before, inside = tokens[i - 1], tokens[i + 1]
            if (  # "the Clean Water Act (CWA)", "the Velm Summit on the Information Society (VSIS)"
                tokens[i + 2].text == ")"
                and _ACRONYM.fullmatch(inside.text)
                and before.capitalised
                and (before.lower in thing_words or _event_before(tokens, i))
            ):
                things.add(inside.text)
            elif _ACRONYM.fullmatch(before.text):  # "KHB (Kestrel Housing Benefit)"
                close = i + 1
                while close < len(tokens) and (tokens[close].capitalised or tokens[close].lower in _SPELT_OUT):
                    close += 1
                last = tokens[close - 1]
                if close < len(tokens) and tokens[close].text == ")" and last.capitalised and last.lower in thing_words:
                    things.add(before.text)
    return things


# what follows a disease's name ("Ebola virus", "Zemi fever"); not "vaccine", which follows its maker's ("the Pfizer
# vaccine")
_DISEASE_WORDS = frozenset({"virus", "disease", "fever", "syndrome", "outbreak", "epidemic", "pandemic"})


def _add_thing(things: set[str], named: Sequence[str], tail: bool) -> None:
    things.add(" ".join(named))
    if tail and len(named) >= 2:  # "the film White Storm", later "Storm" alone
        things.add(" ".join(named[1:]))


# Code in a document's text, whitespace-separated: a URL's scheme ("https://"), a path or file name ("docs/README",
# "config.json"), an identifier ("CURL_DISABLE_RTSP"), an option ("--rtsp-transport"), a code span ("`Drop`") or an
# identifier numbered after a hyphen ("CVE-2019-11358"). A URL's host and path are left out: they spell the names of
# the bodies that own them ("github.com/psf", "ietf.org"). Matched from a chunk's start only: tried at every letter of
# every word, the pattern made the actors pass a fifth slower.
_CODE_CHUNK = re.compile(r"(?<!\S)\S*?(?:[/_=`]|::|[A-Za-z0-9]\.[A-Za-z]|[A-Za-z]-\d)\S*|(?<!\S)--?[A-Za-z]\S*")
_URL_REST = re.compile(r"://.*")
_HOST = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|io|dev|gov|edu|int|eu|uk|de|fr|se|jp|info|me|co|ai|app)(?:[/:?#]|$)")
_CODE_PART = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_CHUNK_EDGES = ".,;:!?()[]{}\"'“”‘’*"
_PLURAL_ACRONYMS = re.compile(r"(?<!\w)([A-Z]{2,})s(?!\w)")
_PLURAL_ACRONYM_NAME = re.compile(r"[A-Z]{2,}s")  # a name that is an acronym in the plural: "IDs", "APIs"
# Cheap tests a text passes before the patterns above run on it (most sentences write no code): what `_CODE_CHUNK`
# cannot match without (one of its marks, ".x" for "config.json", "-1" for "CVE-2019", "--" or "-x" for "--json") and
# what `_PLURAL_ACRONYMS` cannot. Both patterns open with a look-behind, which the regex engine tries at every letter;
# the tests halve `_code_words`'s time on news and software docs.
_CODE_CHUNK_MARKS = "/_=`:"
_CODE_CHUNK_HINT = re.compile(r"[.-][A-Za-z0-9-]")
_PLURAL_ACRONYMS_HINT = re.compile(r"[A-Z][A-Z]s")


def _code_words(texts: Sequence[str]) -> frozenset[str]:
    """The words a document writes as code (`_CODE_CHUNK`) and the acronyms it puts in the plural ("GUIs", "URLs"):
    an acronym or a PascalCase word among them names a thing there, not an actor ("HTTPS", "JSON", "ConfigManager")."""
    words: set[str] = set()
    for text in texts:
        if _PLURAL_ACRONYMS_HINT.search(text):
            words.update(_PLURAL_ACRONYMS.findall(text))
        if not any(mark in text for mark in _CODE_CHUNK_MARKS) and not _CODE_CHUNK_HINT.search(text):
            continue
        for match in _CODE_CHUNK.finditer(text):
            start = text.rfind(" ", 0, match.start()) + 1  # the whole whitespace-separated chunk
            chunk = text[start : match.end()].strip(_CHUNK_EDGES)
            if "@" not in chunk and not _HOST.match(chunk):
                words.update(_CODE_PART.findall(_URL_REST.sub("", chunk)))
    return frozenset(words)


def _names_code(mention: Mention, code: frozenset[str]) -> bool:
    """True for a name with an acronym or a PascalCase word the document writes as code (`_code_words`), as
    written or, for an acronym, in lower case ("HTTPS" and "https://", "Windows API" and "APIs", "RTSP Transport"
    and "--rtsp-transport"); a country's code is left to the country rules ("US" and "us-east-1")."""
    if not code or mention.country:
        return False
    for word in mention.surface.split():
        if _ACRONYM.fullmatch(word) and (word in code or word.lower() in code):
            return True
        if _CAMEL.fullmatch(word) and word in code:
            return True
    return False


def _the_north_and_south(analyses: Sequence[SentenceAnalysis]) -> None:
    """ "the North" and "the South" name the only country of the document whose name starts with that word, named
    twice or more ("North Korea said ... . Meanwhile, the North said ..."): a mention of it is added there."""
    named: Counter[str] = Counter()
    for analysis in analyses:
        for mention in analysis.mentions:
            if mention.country and mention.country.split(" ")[0] in _COMPASS_COUNTRIES:
                named[mention.country] += 1
    countries: dict[str, set[str]] = {}
    for country, count in named.items():
        if count >= 2:  # the document's subject, not a country named in passing ("the South" of the United States)
            countries.setdefault(country.split(" ")[0], set()).add(country)
    if not countries:
        return
    for analysis in analyses:
        tokens = analysis.tokens
        taken = {i for mention in analysis.mentions for i in range(mention.start, mention.end)}
        for index in range(1, len(tokens)):
            word = tokens[index].text
            if (
                word in countries
                and len(countries[word]) == 1
                and index not in taken
                and tokens[index - 1].lower == "the"
                and (index + 1 == len(tokens) or not tokens[index + 1].capitalised)
            ):
                (country,) = countries[word]
                mention = Mention(word, country, index, index + 1, index - 1, country, NAME_FORM)
                analysis.mentions.append(mention)
        analysis.mentions.sort(key=lambda m: m.start)


_COMPASS_COUNTRIES = frozenset({"North", "South"})


def _capital_surnames(analyses: Sequence[SentenceAnalysis]) -> None:
    """A capital that is the family name of a person the document names in full ("Mara Paris ... Paris claims
    ...") stands for that person, not the government: its mentions become name candidates, which merge with her."""
    capitals = {m.surface for a in analyses if a.capital for m in a.mentions if m.form == CAPITAL_FORM}
    if not capitals:
        return
    surnames = {
        last
        for a in analyses
        for m in a.mentions
        if " " in m.surface
        and (last := m.surface.rpartition(" ")[2]) in capitals
        and not m.country
        and m.evidence["person"] > m.evidence["organisation"]
    }
    if not surnames:
        return
    for analysis in analyses:
        if analysis.capital:
            analysis.mentions = [
                Mention(m.surface, m.surface, m.start, m.end, m.phrase_start, possessive=m.possessive)
                if m.form == CAPITAL_FORM and m.surface in surnames
                else m
                for m in analysis.mentions
            ]


_CAPITAL_HE_SHE = frozenset(pronoun.capitalize() for pronoun in PERSON_PRONOUNS)  # "He", "She" opening a sentence
_FULL_NAME_WORDS = (2, 3)  # words of a person's full name, at least and at most


def _pronoun_speakers(analyses: Sequence[SentenceAnalysis], lexicon: Lexicon) -> None:
    """A full name opening a sentence as its subject, when the next sentence opens with "He" or "She" and a verb of
    saying ("X has written a paper on Kestrian blogs. / She says that ..."), speaks through the pronoun: speaker
    evidence, which a post that is not news needs for a name whose given name the lexicon does not know."""
    for position in range(1, len(analyses)):
        tokens = analyses[position].tokens
        if not tokens or tokens[0].text not in _CAPITAL_HE_SHE or _speech_verb_after(tokens, 1, lexicon) < 0:
            continue
        before = analyses[position - 1]
        subject = next((m for m in before.mentions if m.phrase_start == 0), None)
        if (
            subject is not None
            and not subject.country
            and not subject.possessive
            and _FULL_NAME_WORDS[0] <= subject.end - subject.start <= _FULL_NAME_WORDS[1]
            and subject.end < len(before.tokens)
            and before.tokens[subject.end].kind == "word"
            and not before.tokens[subject.end].capitalised
        ):
            subject.evidence["speaker"] += 1


def _story_characters(analyses: Sequence[SentenceAnalysis], lexicon: Lexicon) -> None:
    """A one-word name the document puts after a verb of saying and "the" at the clause's end ('"...," said the
    Mouse.', "cried the Duchess, ...") is a story's character called by what it is: a person wherever the document
    names it, though "the" before it reads as a body's ("the Daily Planet"). News writes "the Taliban said" and
    "said the Hungarian government", not this."""
    speech_verbs = lexicon.words["speech_verbs"]
    characters = set()
    for analysis in analyses:
        tokens = analysis.tokens
        for mention in analysis.mentions:
            start, end = mention.start, mention.end
            if (
                end == start + 1
                and not mention.country
                and start >= 2
                and tokens[start - 1].text == "the"  # not "told The Verge": a title's "The", the verb's object
                and tokens[start - 2].lower in speech_verbs
                and tokens[start - 2].lower not in _TELLING
                and (end == len(tokens) or tokens[end].text in _CHARACTER_NAME_ENDS)
            ):
                characters.add(mention.surface)
    if not characters:
        return
    for analysis in analyses:
        for mention in analysis.mentions:
            if mention.surface in characters and not mention.country:
                mention.evidence["organisation"] = 0
                mention.evidence["person"] += 2


# What may follow a character's name after "said the": the clause ends, and a colon before the words spoken.
_CHARACTER_NAME_ENDS = frozenset({",", ".", "!", "?", ";", ":"})
_TELLING = frozenset({"told", "tell", "tells", "telling"})  # its object is the one spoken to: "told the Times."


def _common_family_names(analyses: Sequence[SentenceAnalysis], lexicon: Lexicon) -> None:
    """A person's family name that is also a word no name is made of alone (a thing's, a people's: "Anna Day",
    "Anna Kurd") stands for that person where the document writes it alone ("Day said", "Kurd wrote"): those
    words, capitalised and outside any other name, become name candidates, which merge with the full name."""
    evidence: dict[str, list[int]] = {}  # full name → [person, organisation] evidence over the document
    for a in analyses:
        for m in a.mentions:
            if " " in m.surface and not m.country and not m.form and not a.title_case:
                row = evidence.setdefault(m.surface, [0, 0])
                row[0] += m.evidence["person"]
                row[1] += m.evidence["organisation"]
    names = {
        family
        for full, (person, organisation) in evidence.items()
        if person > organisation
        and (full.split(" ", 1)[0].casefold() in lexicon.genders or person >= _FAMILY_NAME_EVIDENCE)
        and (given := full.rpartition(" ")[0]).replace(" ", "").isalpha()  # "Anna Day", not "Section 5 Day"
        and given
        and _FAMILY_NAME.fullmatch(family := full.rpartition(" ")[2]) is not None  # not "HTTP", "SmartPointer"
        # a place's name alone is the place as often ("the office at Paris"): `_capital_surnames` decides those
        and (family,) not in lexicon.phrases
        and family.casefold() not in lexicon.cities
    }
    if not names:
        return
    for analysis in analyses:
        if analysis.title_case:
            continue
        tokens = analysis.tokens
        added = False
        for index, token in enumerate(tokens):
            if token.kind != "word" or token.text not in names:
                continue
            if any(m.start <= index < m.end for m in analysis.mentions) or _next_to_a_name(tokens, index):
                continue
            mention = Mention(token.text, token.text, index, index + 1, index)
            mention.possessive = index + 1 < len(tokens) and tokens[index + 1].kind == "possessive"
            _collect_evidence(mention, tokens, [index], False, False, lexicon)
            analysis.mentions.append(mention)
            added = True
        if added:
            analysis.mentions.sort(key=lambda m: m.start)


# a family name: one capital, then lower case ("Day", "Kurd", "O'Neil"), not an acronym or a code word
_FAMILY_NAME = re.compile(r"[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?")
_FAMILY_NAME_EVIDENCE = 2  # person evidence that makes an unknown given name's full name a person's here


def _next_to_a_name(tokens: Sequence[Token], index: int) -> bool:
    """True for a word beside another capitalised word, or inside quote marks ("Anna Day Show", "a song called
    \"Day after Day,\""): part of a longer name or a title, not a family name alone; a quotation closed before it
    ("...,\" Day said") is no title."""
    size = len(tokens)
    for other in (index - 1, index + 1):
        if 0 <= other < size and tokens[other].kind == "word" and tokens[other].capitalised:
            return True
    if index + 1 < size and (
        tokens[index + 1].text in _QUOTE_CHARS
        or (tokens[index + 1].text == "," and index + 2 < size and tokens[index + 2].text in _QUOTE_CHARS)
    ):
        return True
    return index >= 2 and tokens[index - 1].text in _QUOTE_CHARS and tokens[index - 2].kind == "word"


# Genre: three signals, any of which reads a document as news. Figures: actors-dev's tuning half (news), realdocs-dev's
# books and software docs.
NEWS_SPEECH_SHARE = 0.1  # someone named speaks: news 23-39% of sentences, software docs 0-8%, an autobiography 3%
NEWS_REPORTING_SHARE = 0.08  # "said", "told", ...: news 9-38%, software docs 0-2%, an autobiography 7%
GENRE_MIN_SENTENCES = 10  # a shorter document is too short to tell: read as the corpus's other documents are
# a longer document is a book or a manual, whatever its dialogue: news articles run 15-400 sentences (actors-dev's
# tuning half, actors_news2); novels full of "said Dick" and a treatise of "Sun Tzu said:" read as news by speech
NEWS_MAX_SENTENCES = 600
# one sentence alone never makes a page news ("can be told to trust the proxy", "from the server's perspective")
NEWS_MIN_SIGNALS = 2
NEWS_PEOPLE = 8  # people named in full (a known given name, then more) that make a chronicle news ...
NEWS_PEOPLE_SHARE = 0.1  # ... and per sentence: a US campaign chronicle 0.2, books and software docs <= 0.05
DATELINE_SENTENCES = 3  # a dateline stands among a news article's first sentences
DATED_LINES = 3  # date lines that make a dated list (a changelog), not a dateline
_REPORTING = re.compile(r"\b(?:said|says|told|according to)\b")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(?:{_MONTHS})\b.*\b\d{{4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})\b")
# a release's number: "1.5.6", "Release 0.3", "v2.1" (not a time: "10.30 GMT"), in no dateline of news
_VERSION = re.compile(r"\b\d+\.\d+\.\d+\b|\b(?:v|version |release )\d+\.\d+\b", re.IGNORECASE)
_AGENCY_DATELINE = re.compile(r"^[A-Z]{3,}[A-Z ,.'-]*\([A-Z][\w ]*\)\s*[—–-]")  # "LONDON (Reuters) -"


def _genre(texts: Sequence[str], sentences: Sequence[SentenceFacts | None], lexicon: Lexicon) -> str:
    """NEWS_DOCUMENT, PROSE_DOCUMENT, or "" for a document shorter than `GENRE_MIN_SENTENCES` (too short to tell)."""
    if len(texts) < GENRE_MIN_SENTENCES:
        return ""
    if len(texts) > NEWS_MAX_SENTENCES:
        return PROSE_DOCUMENT
    return NEWS_DOCUMENT if _reads_as_news(texts, sentences, lexicon) else PROSE_DOCUMENT


def _reads_as_news(texts: Sequence[str], sentences: Sequence[SentenceFacts | None], lexicon: Lexicon) -> bool:
    """True for a document written like news: a dateline among its first sentences ("Thursday, February 23, 2023",
    "LONDON (Reuters) -") unless it is one of many (`_dated_list`), or at least `NEWS_SPEECH_SHARE` of its sentences
    have someone named speaking ("X said", "said X", "according to X"), or at least `NEWS_REPORTING_SHARE` of them
    report speech ("said", "told", "according to": whoever the subject, a pronoun included)."""
    if any(_is_dateline(text) for text in texts[:DATELINE_SENTENCES]) and not _dated_list(texts):
        return True
    if _writes_code(texts):
        return False
    speaking = sum(
        1
        for facts in sentences
        if facts is not None
        and (
            any(spot.verb >= 0 for spot in facts.spots)
            # "X made an interesting observation:" closing a paragraph introduces a block quotation, a blog's style
            # as much as news's: no sign of news
            or (not facts.quote & COLON_END and any(free >= 0 or taken >= 0 for _, free, taken in facts.cues))
        )
    )
    if speaking >= max(NEWS_MIN_SIGNALS, NEWS_SPEECH_SHARE * len(texts)):
        return True
    reporting = sum(1 for text in texts if _REPORTING.search(text))
    if reporting >= max(NEWS_MIN_SIGNALS, NEWS_REPORTING_SHARE * len(texts)):
        return True
    # a chronicle that reports what people did more than what they said: many people named in full in prose
    # ("Senator Anna Berg withdrew her name", "Tom Hale walked to the church"), as books and manuals do not; a list
    # of credits names them after "by" ("Maintained by Anna Berg and Tom Hale"), which counts none
    people = {
        spot.key
        for text, facts in zip(texts, sentences, strict=True)
        if facts is not None and not _CREDITS.search(text)
        for spot in facts.spots
        if " " in spot.key and spot.key.split(" ", 1)[0] in lexicon.genders
    }
    return len(people) >= NEWS_PEOPLE and len(people) >= NEWS_PEOPLE_SHARE * len(texts)


# Code written in prose, outside URLs: a code span, an identifier joined by underscores, a call, a path or a file name
# ("`drop`", "validate_tei", "std::fmt", "main()", "config.toml"; not an emoji's code, ":white_check_mark:").
# Software docs write it often; news articles of
# the tuning sets at most once in ten sentences or more, where verbs of saying in a short software document ("Rust
# will call drop", "the team will respond") may pass `NEWS_MIN_SIGNALS`.
_FILE_EXTENSIONS = r"\.(?:md|py|rs|json|toml|ya?ml|txt|html|xml|js|rst|cfg|ini|sh)"
_CODE_IN_PROSE = re.compile(
    r"`[^`\s][^`]*`|(?<![\w:])[A-Za-z]\w*_\w+(?!\w*:)|\w(?:::|\(\))|(?<![\w/])[\w-]+" + _FILE_EXTENSIONS + r"\b"
)
_URL = re.compile(r"\S+://\S+|\bwww\.\S+")
# a file name's extension, which `_CODE_IN_PROSE` cannot match a file name without: tested before it, where "." (in
# nearly every sentence) sent every text to it
_FILE_EXTENSION = re.compile(_FILE_EXTENSIONS)
CODE_SIGNALS = 2  # pieces of code in prose that make a document software docs, whatever its verbs of saying


def _writes_code(texts: Sequence[str]) -> bool:
    """True for a document with `CODE_SIGNALS` pieces of code in its prose (`_CODE_IN_PROSE`) or more."""
    found = 0
    for text in texts:
        if "_" in text or "`" in text or "::" in text or "()" in text or _FILE_EXTENSION.search(text):
            found += len(_CODE_IN_PROSE.findall(_URL.sub(" ", text) if "/" in text or "www." in text else text))
            if found >= CODE_SIGNALS:
                return True
    return False


_CREDITS = re.compile(r"\bby [A-Z]")  # "Maintained by Anna Berg", "Written by Tom Hale": a credit, not a chronicle


def _dated_list(texts: Sequence[str]) -> bool:
    """True for a document with `DATED_LINES` date lines or more: a changelog or release notes dated entry by entry,
    where a news article has one dateline."""
    dated = 0
    for text in texts:
        dated += _is_dateline(text)
        if dated >= DATED_LINES:
            return True
    return False


def _is_dateline(text: str) -> bool:
    """A line of eight words or fewer holding a date with a month's name ("Friday, May 8, 2009", "8 May 2009") and no
    version number (a release's heading: "Release 1.5.6 (released May 15, 2017)"), or a place in capitals and a
    news agency before a dash."""
    return (
        len(text.split()) <= 8 and _DATE.search(text) is not None and _VERSION.search(text) is None
    ) or _AGENCY_DATELINE.match(text) is not None


class _DocumentText:
    """A document's sentences joined, when first asked for (to find a phrase as written, in lower case)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join(self.texts)
        return self._text


def _reads_as_lowercase(
    mention: Mention, tokens: Sequence[Token], lowercase: set[str], document_text: _DocumentText
) -> bool:
    """True for a one-word name the document also writes in lower case ("Iodine"), for a name opening a sentence
    with such a word and no organisation word at its end ("Fix CI", "Install DB Browser": a changelog or heading),
    and for a name without an organisation word whose words the document also writes in lower case, one after the
    other ("Environment Variables": a term capitalised in a heading or a title)."""
    if " " not in mention.surface:
        return mention.surface.casefold() in lowercase
    if mention.evidence["organisation"] >= 5:
        return False
    opens = mention.phrase_start == 0 or tokens[mention.phrase_start - 1].text in _OPENERS
    if opens and tokens[mention.start].lower in lowercase:
        return True
    words = [token.lower for token in tokens[mention.start : mention.end] if token.kind == "word"]
    return len(words) >= 2 and " ".join(words) in document_text.text


def _written_as_phrase(mention: Mention, tokens: Sequence[Token], document_text: _DocumentText) -> bool:
    """True for a name of two words or more that the document also writes with its last word in lower case, whatever
    that word: all in lower case ("the Radio Group" and "a radio group"), its first word or all but its last word as
    written ("Radio groups are ...", "the Radio Dial group")."""
    if " " not in mention.surface:
        return False
    words = [token for token in tokens[mention.start : mention.end] if token.kind == "word"]
    if len(words) < 2 or not words[-1].capitalised:
        return False
    lower = [token.lower for token in words]
    forms = (lower, [words[0].text, *lower[1:]], [*(token.text for token in words[:-1]), lower[-1]])
    return any(" ".join(form) in document_text.text for form in forms)


_CELL_EDGE = frozenset({"", "|"})  # what stands before and after a heading or a table cell: nothing, a bar


def _fills_a_line(mention: Mention, tokens: Sequence[Token]) -> bool:
    """True for a name of two words or more that fills a line, a table cell or a quotation alone (a heading, a table
    row's head: "| Pour Group | the timers |", a label: 'set "Pour Group" to off'); a title before it counts as part
    of it."""
    if " " not in mention.surface:
        return False
    before = tokens[mention.phrase_start - 1].text if mention.phrase_start > 0 else ""
    after = tokens[mention.end].text if mention.end < len(tokens) else ""
    return (before in _CELL_EDGE and after in _CELL_EDGE) or (before in _OPENING_QUOTES and after in _CLOSING_QUOTES)


_KIND_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "each", "every", "any", "your", "our"})


def _modifies_a_noun(mention: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """True for a name of two words or more between a determiner and a lower-case word in the singular that is no
    verb: a kind of thing ("a Pour Group event", "the Lid Alarm Channel payload"); without the determiner the word
    may be a verb in the plural ("Kestrel and Velby Company publish")."""
    if " " not in mention.surface or mention.end >= len(tokens) or mention.start == 0:
        return False
    if tokens[mention.start - 1].lower not in _KIND_DETERMINERS:
        return False
    after = tokens[mention.end]
    lower = after.lower
    return (
        after.kind == "word"
        and not after.capitalised
        and lower not in STOP_WORDS
        and not lower.endswith(("s", "ed", "ing", "ly"))
        and not _is_subject_verb(after, lexicon)
    )


_KIND_OPENERS = frozenset({"a", "an", "our", "your", "their", "its", "each", "every", "any"})
_KIND_MODIFIERS = 2  # lower-case words between such a determiner and an acronym: "a high-performance CDN"


def _acronym_as_a_kind(mention: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """True for an acronym alone used as a kind of thing: before a lower-case word in the singular that is no verb
    ("the CA cert", "a custom CA store"), or after "a", "our" and the like and lower-case modifiers ("our global
    CDN", "a high-performance CDN"); as a name's other form it makes the spelt-out name a term too ("Certificate
    Authority (CA)")."""
    if mention.end - mention.start != 1 or not _ACRONYM.fullmatch(mention.surface):
        return False
    if mention.start > 0 and tokens[mention.start - 1].capitalised:
        return False  # "the Kestrel BBC news": part of a longer name
    for back in range(1, _KIND_MODIFIERS + 2):
        before = tokens[mention.start - back] if mention.start >= back else None
        if before is None or before.kind != "word" or before.capitalised:
            break
        if before.lower in _KIND_OPENERS:
            return True
    if mention.end >= len(tokens):
        return False
    after = tokens[mention.end]
    return (
        after.kind == "word"
        and not after.capitalised
        and after.lower not in STOP_WORDS
        and not after.lower.endswith(("s", "ed", "ing", "ly"))
        and not _is_subject_verb(after, lexicon)
    )


# Technical nouns an acronym names a kind of (software docs): "JSON response", "CORS headers", "the PSYNC command",
# "AJAX requests", in the singular or the plural. A body's acronym goes before other nouns ("NATO forces", "UN
# officials", "the WHO report", "NASA data"), none of these.
_TECHNICAL_NOUNS = frozenset(
    {
        *("request", "response", "header", "command", "format", "file", "protocol", "payload", "endpoint", "parser"),
        *("renderer", "encoding", "encoder", "decoder", "string", "object", "field", "schema", "syntax", "method"),
        *("attribute", "element", "library", "module", "token", "cookie", "query", "packet", "array", "parameter"),
        *("argument", "flag", "client", "server", "form", "api", "backend", "middleware", "callback", "handler"),
        *("script", "stream", "buffer", "socket", "port", "serializer", "validator", "reply", "opcode", "key"),
    }
)


def _acronym_of_a_technical_thing(mention: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """True for an acronym alone before a technical noun (`_TECHNICAL_NOUNS`), singular or plural, that no capital
    word comes before but a common word opening the sentence: "AJAX requests", "the PSYNC command", "Parses JSON
    request content" (not "the Kestrel BBC news")."""
    if mention.end - mention.start != 1 or mention.end >= len(tokens) or not _ACRONYM.fullmatch(mention.surface):
        return False
    if (
        mention.start > 0
        and tokens[mention.start - 1].capitalised
        and not (mention.start == 1 and is_common(tokens[0].text, lexicon))
    ):
        return False
    after = tokens[mention.end]
    if after.kind != "word" or after.capitalised:
        return False
    word = after.lower
    return (
        word in _TECHNICAL_NOUNS
        or (word.endswith("s") and word[:-1] in _TECHNICAL_NOUNS)
        or (word.endswith("ies") and word[:-3] + "y" in _TECHNICAL_NOUNS)
    )


_MODEL_NUMBER = re.compile(r"\d{3,5}")
_YEARS = range(1800, 2100)  # "the WHO 2021 report": a year after a body's acronym, no model


def _acronym_of_a_model(mention: Mention, tokens: Sequence[Token]) -> bool:
    """True for an acronym alone before a model's number that is no year: "GT 1030", "RTX 3080" (a product line,
    never a body's short form; issue 16, round 57: software docs)."""
    if mention.end - mention.start != 1 or mention.end >= len(tokens) or not _ACRONYM.fullmatch(mention.surface):
        return False
    number = tokens[mention.end].text
    return bool(_MODEL_NUMBER.fullmatch(number)) and int(number) not in _YEARS


_LINE_MARKS = frozenset({"-", "*", "|", "("})  # what opens a list item, a table cell or an aside before its first word


def _verb_before_a_body(mention: Mention, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """True for a name of two words or more that opens its sentence, list item, table cell or brackets with a
    common word and ends with a body's word: a changelog line or a heading opening with a verb ("Add Piwigo Gallery
    generator", "Fix Post#url", "Using POST with HTTP"), a term spelt out after its acronym ("CCC (Clear Command
    Channel)"); a body named there opens with a name, a country's adjective or a given name, or is its verb's subject
    ("Curl Corporation contacted")."""
    if " " not in mention.surface or mention.phrase_start != mention.start:
        return False
    if mention.start > 0 and tokens[mention.start - 1].text not in _LINE_MARKS:
        return False  # (after a quote mark it is a name quoted: 'in the "Log College," from which')
    if mention.end < len(tokens) and _is_subject_verb(tokens[mention.end], lexicon):
        return False
    first, last = tokens[mention.start], tokens[mention.end - 1]
    return (
        first.lower not in STOP_WORDS
        and first.lower not in lexicon.genders
        and first.lower not in lexicon.adjective_words
        and not lexicon.has("titles", first.text)
        and not lexicon.has("organisation_words", first.text)
        and is_common(first.text, lexicon)
        and lexicon.has("organisation_words", last.text)
    )


_LONGEST_QUOTATION = 6  # sentences; an unbalanced quote mark does not make the rest of a document a quotation
# sentences of a quotation in a paragraph whose double quote marks pair up: a long speech quoted whole ("... We
# will help," Hale said.) is no stray mark
_LONGEST_BALANCED_QUOTATION = 20


def _quote_marks(text: str) -> list[tuple[int, str]]:
    """The quotation marks of a text: (offset, "open" / "close" / "toggle" / "single open" / "single close").
    Double marks always count; single
    ones only where they cannot be apostrophes: opening before a letter at the start or after a space, colon,
    dash or bracket ("'We will win'"), closing right after a sentence's punctuation ("closed,'", "win.’")."""
    marks: list[tuple[int, str]] = []
    single = False  # a single mark opened: "wasn't 'forced' to" closes it after a letter too
    for match in _QUOTE_CHARACTER.finditer(text):
        index, char = match.start(), match.group()
        if char == '"':
            marks.append((index, "toggle"))
        elif char == "“":
            marks.append((index, "open"))
        elif char == "”":
            marks.append((index, "close"))
        elif char in "'‘’":
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if char != "’" and before in _BEFORE_OPENING and after.isalpha():
                marks.append((index, "single open"))
                single = True
            elif char != "‘" and (before in ".,!?;" or (single and before.isalpha())) and not after.isalpha():
                marks.append((index, "single close"))
                single = False
    return marks


_BEFORE_OPENING = frozenset(" \t(:—–-[")
_QUOTE_CHARACTER = re.compile("[\"“”'‘’]")


def _balanced_paragraphs(texts: Sequence[str], paragraphs: Sequence[int] | None) -> set[int]:
    """The paragraphs (their numbers) whose double quote marks pair up: an even number of straight ones, as many
    opening curly ones as closing ones."""
    if paragraphs is None:
        return set()
    straight: Counter[int] = Counter()
    curly: Counter[int] = Counter()
    for text, paragraph in zip(texts, paragraphs, strict=True):
        if '"' in text or "“" in text or "”" in text:
            straight[paragraph] += text.count('"')
            curly[paragraph] += text.count("“") - text.count("”")
    # a paragraph without marks is left out: a quotation never goes on into it (it would have to reopen with one)
    return {p for p in straight.keys() | curly.keys() if straight[p] % 2 == 0 and curly[p] == 0}


def _closes_unopened(texts: Sequence[str], paragraphs: Sequence[int], start: int) -> bool:
    """True when the paragraph opening at `start` closes a quotation it never opened: its first double quote mark
    is a closing one (a press release's quotation of two paragraphs whose second was not reopened with a mark:
    '"We respect ... . / It is a bold vision ... before."'), so the quotation left open before goes on into it."""
    for text, paragraph in zip(texts[start:], paragraphs[start:], strict=False):
        if paragraph != paragraphs[start]:
            return False
        match = _DOUBLE_MARK.search(text)
        if match is not None:
            if match.group() == "”":
                return True
            after = text[match.end() : match.end() + 1]
            whole = " ".join(t for t, p in zip(texts[start:], paragraphs[start:], strict=False) if p == paragraph)
            return match.group() == '"' and (not after or after.isspace()) and whole.count('"') % 2 == 1
    return False


_DOUBLE_MARK = re.compile('["“”]')


def _quote_state(
    text: str, open_before: int, marks: list[tuple[int, str]] | None = None, longest: int = _LONGEST_QUOTATION
) -> tuple[int, int]:
    """(the sentence's `SentenceFacts.quote` bits, sentences into an open quotation after it). A sentence is quoted
    when it opens with a quotation of four words or more, or starts inside one; a quotation reopened at a new
    paragraph ("... first part. / "Second part.") goes on."""
    stripped = text.lstrip()
    if marks is None:
        marks = _quote_marks(stripped)  # `marks`: those of the stripped text, when the caller has them
    if not open_before and not marks:
        return 0, 0
    starts = bool(marks) and marks[0][0] == 0 and not marks[0][1].endswith("close")
    double = open_before > 0  # a quotation going on from before: whichever its marks, a closing mark ends it
    single = False  # single marks inside a double quotation do not end it ("... as the 'anti-christ' of ...")
    double_at = {index for index, role in marks if not role.startswith("single")}
    for index, role in marks:
        if role == "single open":
            single = True
        elif role == "single close" and index + 1 in double_at:
            single = False  # "... away with it.'"": the inner quotation's end, the double mark after it ends both
        elif role == "single close":
            double = double and single  # it closes the single quotation, or one going on from before
            single = False
        elif role == "open" or (role == "toggle" and not double):
            double = True
        elif not (index == 0 and open_before):  # a closing mark, not one reopening the quotation
            double = False
    inside = double or single
    quoted = open_before > 0
    if starts and not quoted:
        closing = next((i for i, role in marks if i > 0 and role != "open" and role != "single open"), len(stripped))
        quoted = inside or len(stripped[1:closing].split()) >= 4  # still open at its end: a quotation however short
    bits = (QUOTED if quoted else 0) | (QUOTE_OPEN if inside else 0)
    after = open_before + 1 if inside else 0
    return bits, after if after < longest else 0


def _mid_sentence_common_words(tokens: Sequence[Token], lexicon: Lexicon, names: set[str]) -> None:
    """Adds the capitalised common words after a lower-case word (names even where they open a sentence: "Trump")
    of a sentence that is not title-case. Only common words matter: only they open a sentence without being names."""
    for previous, token in itertools.pairwise(tokens):
        if (
            token.capitalised
            and previous.kind == "word"
            and not previous.capitalised
            and token.lower not in lexicon.words["time_words"]
            and is_common(token.text, lexicon)
        ):
            names.add(token.text)


_LISTENER_VERBS = frozenset({"told", "tell", "tells"})
# Nouns that are the subject of a participle right after them: "reports saying", "a letter stating"
_PARTICIPLE_SUBJECTS = frozenset({"report", "reports", "sign", "signs", "banner", "note", "message", "headline"})
# ("thereby denying X access": a consequence, not words; read through `_PARTICIPLE_SUBJECTS`'s test)
_PARTICIPLE_SUBJECTS |= {"thereby", "thus"}


def _opening_subject(tokens: Sequence[Token], spots: Sequence[Spot], before: int) -> Spot | None:
    """The name that opens its clause before token `before`, past names that only qualify it through lower-case
    words ("US citizen Susan Cohen", "Venezuelan president Hugo Chavez": the person) or through a capitalised title
    ("Deputy Director of the Harbour Agency Olaf Lind defended ...": Lind, see `_titled_subject`)."""
    titled, end = _titled_subject(tokens, spots)
    if titled is not None and end < before and tokens[end].kind == "word" and not tokens[end].capitalised:
        return titled
    index = next((i for i, spot in enumerate(spots) if spot.opener and spot.start < before), -1)
    if index < 0:
        return None
    while index + 1 < len(spots) and spots[index + 1].start < before:
        gap = tokens[spots[index].end : spots[index + 1].phrase_start]
        if len(gap) > 2 or any(
            t.kind != "word" or t.capitalised or t.lower in _PREPOSITIONS or t.lower.endswith("ed") for t in gap
        ):
            # "X of the Y tweeted saying": Y is X's body, not the subject; "X cited Article 5 ... and said": a verb
            # between, X's, not a qualifier of the next name
            break
        index += 1
    subject = spots[index]
    return None if subject.possessive or subject.adjective else subject


_TITLE_LINKS = frozenset({"of", "the", "for", "to", "and", "on", "&", "."})  # small words inside a title ("Asst. to")


def _titled_subject(tokens: Sequence[Token], spots: Sequence[Spot]) -> tuple[Spot | None, int]:
    """The name that ends a sentence's opening run of capitalised words and a title's small words, when a title
    comes before it ("Senior Adviser to the Minister of Trade Anna Berg: \"...\"", "Chief of Staff of the Harbour
    Agency Olaf Lind defended ..."): the title's holder, not the bodies the title names; and where the run ends. Not
    when a name opens the run ("Anna Berg of the Unity party tweeted"), nor a country ("The Foreign Minister of
    Norway said": an official's), nor a name joined to another ("Sweden and Norway")."""
    end, size = 0, len(tokens)
    while end < size and (
        (tokens[end].kind == "word" and tokens[end].capitalised) or tokens[end].lower in _TITLE_LINKS
    ):
        end += 1
    holder = next((spot for spot in spots if spot.end == end), None)
    if (
        holder is None
        or spots[0].start == 0
        or holder.adjective
        or holder.possessive
        or holder.key.startswith(COUNTRY_KEY)
        or tokens[holder.start - 1].lower in ("and", "&", ".")
    ):
        return None, end
    return holder, end


def _they_of_the_subject(
    tokens: Sequence[Token], spots: Sequence[Spot], lexicon: Lexicon
) -> list[tuple[int, int, int]]:
    """Cues for a "they" inside a later clause whose verb is one of saying, when the clause's subject is a body's or
    a country's officials ("X officials went to the station, where they claimed ...": X's)."""
    cues: list[tuple[int, int, int]] = []
    for index in range(1, len(tokens)):
        if tokens[index].lower != "they" or tokens[index - 1].text in _CLAUSE_OPENERS:
            continue
        verb = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False)
        subject = next((spot for spot in spots if spot.opener and spot.start < index), None)
        if verb < 0 or subject is None or subject.possessive or subject.end >= index:
            continue
        role = tokens[subject.end]
        if role.kind == "word" and not role.capitalised and role.lower.endswith("s") and _is_role(role.lower, lexicon):
            cues.append((verb, subject.phrase_start, -1))
    return cues


def _coordinated_verb(tokens: Sequence[Token], index: int) -> bool:
    """True when the verb of saying at `index` is joined by "and" or "but" to a clause ending in a lower-case word ("X
    congratulated Y after her victory and said", "X declined to comment but said"); not "X and Y said" nor "X met Y
    and said" (either may speak)."""
    lower = tokens[index].lower
    if (
        index < 3
        or not (
            lower.endswith(("said", "added", "says", "adds", "told"))
            # "X visited the site, and reported that ...": other verbs of saying when a clause follows
            or (lower in _CLAUSE_VERBS and index + 1 < len(tokens) and tokens[index + 1].lower == "that")
            # 'X stopped the program and asked clients to "stay tuned."': a request whose words are quoted
            or (lower in _REQUEST_VERBS and any(token.text in _DOUBLE_QUOTES for token in tokens[index + 1 :]))
        )
    ):
        return False
    before = index - 1
    if tokens[before].lower in ("later", "then", "also") and before >= 3:
        before -= 1  # "and later added"
    last = tokens[before - 1]
    if last.text == "," and before >= 4 and tokens[before].lower == "and":
        last = tokens[before - 2]  # "X visited the site, and said": a comma before the join
    if last.text in _QUOTES and before >= 4:
        last = tokens[before - 2]  # 'X gave its "deepest sympathies" and said': a quoted object
    # the clause before ends in a lower-case word or a number ("stopped ... on December 3 and said")
    ends = (last.kind == "word" and not last.capitalised) or last.text.isdigit()
    return tokens[before].lower in _JOINING_VERBS and ends


_REQUEST_VERBS = frozenset({"asked", "urged"})
_SIDES = frozenset({"anti", "pro"})  # "anti-X", "Pro-X": a side taken on X
_CLAUSE_VERBS = frozenset({"reported", "stated", "announced", "explained", "warned", "claimed", "insisted"})


_JOINING_VERBS = frozenset({"and", "but"})  # "X declined to comment but said ...": the same subject goes on


def _participle_of_the_subject(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the speech participle at `index` ("saying", "adding") hangs on its clause's subject: after a comma,
    or after a lower-case word that is no name, no plural and no document of its own ("during his broadcast saying",
    not "dismissed reports saying", "with Boswell stating"), or after a document the subject issued ("X released a
    statement saying")."""
    if index < 2:
        return False
    previous = tokens[index - 1]
    if previous.text == "," or previous.lower == "by":
        return True  # "X opened his speech by saying": the subject's own words
    if previous.lower in lexicon.words["document_nouns"] and any(
        token.lower in _ISSUING_VERBS
        and all(t.kind == "word" and not t.capitalised for t in tokens[position + 1 : index - 1])
        for position, token in enumerate(tokens[max(0, index - 5) : index - 1], start=max(0, index - 5))
    ):
        return True  # "released a joint statement saying": the body that issued it speaks
    return (
        previous.kind == "word"
        and not previous.capitalised
        and previous.lower not in _PARTICIPLE_SUBJECTS
        and not previous.lower.endswith("s")
        and previous.lower not in lexicon.words["document_nouns"]
        and previous.lower not in _BE_FORMS
        and previous.lower not in _PREPOSITIONS  # "banning migrants from claiming asylum": no speech
        and previous.lower not in lexicon.words["auxiliaries"]
        and not _noun_after_determiner(tokens, index)
    )


def _noun_after_determiner(tokens: Sequence[Token], index: int) -> bool:
    """True when the "-ing" word at `index` is a noun: right after a determiner, or after a determiner and one word
    and before a lower-case content word ("building a warning system", "a national warning system")."""
    if tokens[index - 1].lower in _DETERMINERS:
        return True
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        index >= 2
        and tokens[index - 2].lower in _DETERMINERS
        and after is not None
        and after.kind == "word"
        and not after.capitalised
        and after.lower not in STOP_WORDS
    )


_OBJECT_PREPOSITIONS = frozenset({"of", "with", "to", "by", "for", "against", "from", "on", "about", "between", "at"})
# Prepositions: a name after one is their object, never the subject of a verb of saying ("within Scientology called
# the Sea Org").
_PREPOSITIONS = _OBJECT_PREPOSITIONS | {
    *("in", "into", "within", "inside", "among", "amongst", "across", "through", "throughout", "toward", "towards"),
    *("without", "upon", "onto", "via", "under", "near", "behind", "beyond", "amid", "despite", "unlike", "over"),
}
_CLAUSE_OPENERS = _OPENERS | {",", ";"}


# people set against a name's holder: "according to X's critics" gives X no statement (general knowledge)
_OPPONENTS = frozenset({"critics", "opponents", "detractors", "rivals", "enemies", "adversaries", "foes", "accusers"})
_NAME_REACH = 6  # capitalised words of a name before its possessive


def _possessed_after_name(tokens: Sequence[Token], start: int, nouns: Collection[str]) -> bool:
    """True when the capitalised words of a name at `start` (at most `_NAME_REACH`) are followed by a possessive and
    one of `nouns` ("X's critics", "Judge Lind's statement")."""
    position = start
    while position < len(tokens) and position - start < _NAME_REACH and tokens[position].capitalised:
        position += 1
    return (
        position > start
        and position + 1 < len(tokens)
        and tokens[position].kind == "possessive"
        and tokens[position + 1].lower in nouns
    )


def _opponents_after(tokens: Sequence[Token], start: int) -> bool:
    """True when a name at `start` is followed by a possessive and a word for its opponents ("X's critics")."""
    return _possessed_after_name(tokens, start, _OPPONENTS)


def _document_of_a_name(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> bool:
    """True when a name at `start` is followed by a possessive and a document's noun ("Judge Lind's statement", "the
    Velby Council's letter")."""
    if start < len(tokens) and tokens[start].lower == "the":
        start += 1
    return _possessed_after_name(tokens, start, lexicon.words["document_nouns"])


_PLATFORM_PREPOSITIONS = frozenset({"on", "via"})  # after a verb of posting, before a one-word name: a platform
# verbs of posting ("wrote on X"); not "commented on X", "reported on X", whose X is what is spoken of
_POSTING_VERBS = frozenset({"wrote", "posted", "said", "announced", "stated", "tweeted", "shared"})
# kinds of land named right before a place's name ("the island Kestra"); not "talks", "meeting" as place_nouns are
# a lower-case noun of a deity right before a name (general knowledge): "the Hindu god X", "the goddess X"
_DEITY_NOUNS = frozenset({"god", "goddess", "deity", "demigod"})
_LAND_NOUNS = frozenset(
    {"island", "isle", "province", "region", "city", "town", "village", "district", "county", "governorate"}
    | {"peninsula", "archipelago", "atoll", "river", "valley"}
)
# a compass adjective opening a name that is no body's: a region ("North" and "South" open names of teams and people)
_COMPASS_ADJECTIVES = frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern"}
)
_COMPASS_WORDS = frozenset(
    {*("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"), "northeastern"}
    | {"northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest"}
)
# What a body has in a place: "the X office in Kenya said", "the X peacekeeping force in Lebanon has stated"
_BRANCHES = frozenset(
    {*("office", "offices", "force", "forces", "mission", "embassy", "branch", "unit", "delegation", "bureau"), "team"}
    | {"headquarters", "contingent", "chapter", "subsidiary", "division", "operation", "operations"}
    # issue 16, round 9: a body's people in a place speak for the body ("UN officials in Rome, Italy said")
    | {"officials", "official", "representatives", "diplomats", "spokesman", "spokeswoman", "spokesperson"}
)

_BRANCH_PLACE = frozenset({"in", "at"})


def _branch_speaks(tokens: Sequence[Token], end: int, lexicon: Lexicon) -> int:
    """The speech verb after "X <branch> in <place>" (one or two lower-case words, the last a branch), else -1."""
    cursor = end
    while (
        cursor - end < 2 and cursor < len(tokens) and tokens[cursor].kind == "word" and not tokens[cursor].capitalised
    ):
        cursor += 1
        if tokens[cursor - 1].lower in _BRANCHES:
            break
    else:
        return -1
    if cursor >= len(tokens) or tokens[cursor].lower not in _BRANCH_PLACE:
        return -1
    cursor += 1
    while cursor < len(tokens) and (tokens[cursor].lower == "the" or tokens[cursor].lower in _COMPASS_WORDS):
        cursor += 1
    start = cursor
    while cursor < len(tokens) and (tokens[cursor].capitalised or (tokens[cursor].text == "," and cursor > start)):
        cursor += 1
    if cursor == start or tokens[cursor - 1].text == ",":
        return -1
    return _speech_verb_after(tokens, cursor, lexicon, allow_apposition=False)


def _ends_apposition(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True when the name at `phrase_start` closes an apposition set off after another name ("Terence Fan, an
    expert from Y University, who said ...": "who" is Fan)."""
    for index in range(phrase_start - 2, max(0, phrase_start - 12), -1):
        token = tokens[index]
        if token.text == ",":
            return tokens[index + 1].lower in _ARTICLES and index >= 1 and tokens[index - 1].capitalised
        if token.kind == "punct":
            return False
    return False


def _described_employer(tokens: Sequence[Token], phrase_start: int, lexicon: Lexicon) -> bool:
    """True when the name at `phrase_start` follows a name, "of" and lower-case words that describe it ("Ann Lee of
    the charity Kestrel Aid said", "Ann Lee of victims' group Kestrel Aid said"): the first name speaks, not the
    body it works for."""
    cursor = phrase_start - 1
    while (
        cursor >= 0
        and phrase_start - cursor <= AFFILIATION_NOUNS
        and (
            tokens[cursor].kind == "possessive"
            or (
                tokens[cursor].kind == "word"
                and not tokens[cursor].capitalised
                and tokens[cursor].lower not in STOP_WORDS
                and tokens[cursor].lower not in lexicon.words["speech_verbs"]
            )
        )
    ):
        cursor -= 1
    if cursor == phrase_start - 1 or cursor < 1:
        return False
    if tokens[cursor].lower in _ARTICLES:
        cursor -= 1
    return cursor >= 1 and tokens[cursor].lower == "of" and tokens[cursor - 1].capitalised


# what a body puts out that "states", "shows" or "says" for it: "Estimates by X state that ...", "Figures from X show"
_FINDINGS = frozenset({"estimates", "figures", "data", "statistics", "numbers", "findings", "results", "records"})
_FINDINGS |= {"research", "study", "survey", "poll"}  # "according to research done by X": X's findings
_FINDINGS_PREPOSITIONS = frozenset({"by", "from", "of"})


def _findings_of(tokens: Sequence[Token], phrase_start: int, lexicon: Lexicon) -> bool:
    """True when the name at `phrase_start` follows "by", "from" or "of" after a clause's subject that is its
    findings or document ("Estimates by the X government state ...", "A report from X says ..."): the body speaks
    through them, though a preposition stands before its name."""
    position = phrase_start - 1
    if position >= 1 and tokens[position].lower == "the":
        position -= 1
    if position < 1 or tokens[position].lower not in _FINDINGS_PREPOSITIONS:
        return False
    noun = tokens[position - 1].lower
    if noun not in _FINDINGS and noun not in lexicon.words["document_nouns"]:
        return False
    opening = position - 2
    return opening < 0 or tokens[opening].text in _CLAUSE_OPENERS or tokens[opening].lower in _ARTICLES


_UNNAMED_OFFICIALS = _SPOKESPEOPLE | {"official"}


def _unnamed_official(tokens: Sequence[Token], phrase_start: int, role: int) -> bool:
    """True for "an Israeli official", "a Kestrel spokesman": one of the country's or body's officials, unnamed, who
    speaks for it as its officials do (unlike "the Iranian leader", one person)."""
    return (
        tokens[role].lower in _UNNAMED_OFFICIALS and phrase_start >= 1 and tokens[phrase_start - 1].lower in _INDEFINITE
    )


def _spot(
    key: str,
    start: int,
    end: int,
    phrase_start: int,
    tokens: Sequence[Token],
    lexicon: Lexicon,
    adjective: bool = False,
    possessive: bool = False,
) -> Spot:
    before = _previous_word(tokens, phrase_start)
    if before is not None and before.lower in _COMPASS_WORDS and phrase_start >= 2:
        before = _previous_word(tokens, phrase_start - 1)  # "the force in south Lebanon has stated": a place
    blocked = (
        (
            before is not None
            and before.kind == "word"
            and before.lower in _PREPOSITIONS
            and not _findings_of(tokens, phrase_start, lexicon)
        )
        or (key.startswith(COUNTRY_KEY) and not possessive and _town_then_country(tokens, phrase_start))
        or (  # a lower-case word of content before the name: most names have a stop word or a capital there
            before is not None
            and before.kind == "word"
            and not before.capitalised
            and before.lower not in STOP_WORDS
            and _described_employer(tokens, phrase_start, lexicon)
        )
    )
    verb = _speech_verb_after(tokens, end, lexicon)
    if (
        verb < 0
        and not possessive
        and end + 1 < len(tokens)
        and tokens[end].text == ","
        and _named_in_an_opening_apposition(tokens, phrase_start)
    ):
        verb = _speech_verb_after(tokens, end + 1, lexicon, allow_apposition=False)  # "A local paper, X, said"
    if verb < 0 and not possessive and _between_quotations(tokens, phrase_start, end):
        verb = end  # '"...," attendee Anna Berg posted online, "..."': whatever her verb, she is quoted
    if (
        verb < 0
        and not possessive
        and end + 2 < len(tokens)
        and (tokens[end + 1].lower in _BRANCH_PLACE or tokens[end + 2].lower in _BRANCH_PLACE)
        and tokens[end].kind == "word"
        and not tokens[end].capitalised
    ):
        verb = _branch_speaks(tokens, end, lexicon)  # "The United Nations peacekeeping force in Lebanon has stated"
    if possessive and end + 1 < len(tokens) and _speaks_for(tokens[end + 1], lexicon):
        verb = _speech_verb_after(tokens, end + 1, lexicon, allow_apposition=False)  # "PC World's analysis concluded"
    elif possessive and verb < 0 and key.startswith(COUNTRY_KEY):
        # a country's body speaks for it; a person's office or team is not the person ("Macron's office said")
        body = _body_after_possessive(tokens, end + 1, lexicon)
        if body > 0:
            verb = _speech_verb_after(tokens, body, lexicon, allow_apposition=False)  # "Russia's foreign ministry said"
    elif (
        not possessive
        and not adjective  # "Russian defence ministry said" is read by `_speech_verb_after`
        and verb < 0
        and end < len(tokens)
        and tokens[end].kind == "word"
        and not tokens[end].capitalised
        and tokens[end].lower not in STOP_WORDS
    ):
        # "the UN refugee agency said", "the Kestrel executive committee said": a body's own body, named by lower-case
        # words right after its name, speaks for it (no person is written so)
        body = _body_after_possessive(tokens, end, lexicon)
        if body > 0:
            verb = _speech_verb_after(tokens, body, lexicon, allow_apposition=False)
    if blocked and before is not None and before.lower == "with" and verb >= 0 and tokens[verb].lower.endswith("ing"):
        blocked = False  # "with Boswell stating: ..."
    if blocked and _document_issuer(tokens, phrase_start, lexicon):
        # "A statement from X said", "The statement, issued by X, said": the body speaks through its document
        blocked = False
        if verb < 0 and end + 1 < len(tokens) and tokens[end].text == ",":
            verb = _speech_verb_after(tokens, end + 1, lexicon, allow_apposition=False)
    if blocked and verb >= 0 and _spokesperson_of(tokens, phrase_start):
        blocked = False  # "A spokesman for the Kestrel Union said": the body speaks through its spokesperson
    if (
        blocked
        and verb >= 0
        and (
            (end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower == "who")
            or (tokens[verb - 1].lower == "who" and tokens[verb - 2].text == ",")  # after an apposition
            or tokens[end].lower == "who"  # "drafted by X who said ...": the comma left out
        )
        and not _ends_apposition(tokens, phrase_start)  # "X, an expert from Y, who said": X's clause
    ):
        blocked = False  # "to meet with X, who had told Y ...": the relative clause has X as its subject
    if (
        verb < 0
        and end + 1 < len(tokens)
        and tokens[end].text == ","
        and phrase_start >= 2
        and tokens[phrase_start - 1].text == ","
        and _role_phrase_before(tokens, phrase_start - 1, lexicon)
    ):
        # "the Trust's chief economist, X, said", "a spokesman for the police, X, has said": the name set off after
        # the role phrase opening its clause speaks
        verb = _speech_verb_after(tokens, end + 1, lexicon, allow_apposition=False)
    if (
        verb < 0
        # the sentence's subject, titles and employer's name before it included ("Senate President X expressed ...
        # and suggested": issue 16, round 49)
        and all(token.capitalised and token.kind == "word" for token in tokens[:phrase_start])
        and not possessive
        and not adjective
    ):
        verb = _coordinated_speech_verb(tokens, end, lexicon)  # "X made the announcement and also called for ..."
    cursor = end
    while (
        cursor < len(tokens)
        and tokens[cursor].kind == "word"
        and (not tokens[cursor].capitalised or (cursor == end and tokens[cursor].lower in _GOVERNMENTS))
    ):
        if not _is_role(tokens[cursor].lower, lexicon) and tokens[cursor].lower not in _ROLE_LIKE:
            break
        cursor += 1
    if (
        adjective
        and cursor > end
        and not tokens[cursor - 1].lower.endswith("s")
        and tokens[cursor - 1].lower not in _GOVERNMENTS
        and not _unnamed_official(tokens, phrase_start, cursor - 1)
    ):
        cursor = end  # "the Iranian leader claimed": one person, not the government ("Iranian officials said")
        verb = -1
    if adjective and cursor == end and verb < 0 and end < len(tokens) and not tokens[end].capitalised:
        body = _body_after_possessive(tokens, end, lexicon)
        if body > 0 and tokens[body - 1].lower in _STATE_BODIES:
            # "the Russian defence ministry said": the country speaks through its ministry, as through its officials
            spoken = _speech_verb_after(tokens, body, lexicon, allow_apposition=False)
            if spoken >= 0:
                verb, cursor = spoken, body
    if (
        adjective
        and cursor == end
        and verb > end
        and tokens[end].kind == "word"
        and not tokens[end].capitalised
        and tokens[end].lower in lexicon.words["document_nouns"]
    ):
        cursor = end + 1  # "The Turkish statement called for ...": the country speaks through its document
    personal = not adjective and not key.startswith(COUNTRY_KEY)  # a person's name, for all the text can tell
    return Spot(
        key,
        start,
        end,
        phrase_start,
        adjective,
        possessive,
        phrase_start == 0
        or tokens[phrase_start - 1].text in _CLAUSE_OPENERS
        or (before is not None and before.lower in ("both", "either", "neither"))  # "Both the X and Y said"
        or (phrase_start == 1 and tokens[0].lower in _OPENING_TIMES)  # "Today X and Y announced"
        or (  # "officials in X and Y said": the speaker phrase opens the clause
            blocked
            and phrase_start >= 3
            and (tokens[phrase_start - 2].lower in _AGENTS or tokens[phrase_start - 3].lower in _AGENTS)
            and _spokesperson_of(tokens, phrase_start)
        ),
        -1 if blocked else verb,
        cursor if cursor > end else -1,
        _gender(tokens, start, end, phrase_start, lexicon) if personal else "",
        personal and (phrase_start == 0 or (not blocked and (verb >= 0 or _verb_like(tokens, end, lexicon)))),
    )  # `role` is added by `_with_roles`, only in a document that needs it


ROLE_WORDS_BEFORE = 4  # words a role phrase before a name may have ("Comoros government spokesman X")


_APPOSITION_OPENERS = frozenset({"the", "a", "an", "one", "another"})
_APPOSITION_COMMA = 2  # the opener and one noun at least before the comma
_APPOSITION_HEAD = 4  # lower-case words of the noun phrase the name is set off after, at most


def _named_in_an_opening_apposition(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True when the name at `phrase_start` (through "the") is set off by commas after the sentence's opening noun
    phrase: "One news site, X, claims ...", "The militant group, the X, claimed ...", "A local newspaper, X,
    reported ...": the phrase describes the name, which is the clause's subject."""
    comma = phrase_start - 1
    if comma >= 1 and tokens[comma].lower == "the":
        comma -= 1
    if comma < _APPOSITION_COMMA or tokens[comma].text != "," or tokens[0].lower not in _APPOSITION_OPENERS:
        return False
    head = tokens[1:comma]
    return len(head) <= _APPOSITION_HEAD and all(t.kind == "word" and not t.capitalised for t in head)


def _role_phrase(tokens: Sequence[Token], start: int, end: int) -> str:
    """Tokens `start` to `end` as a role is kept (`Spot.role`, after ROLE in a continuation): its words in lower case,
    one space apart, so that `link._role_holder` can compare a role's words with those of a title named before."""
    return " ".join(tokens[i].lower for i in range(start, end))


def _role_of(tokens: Sequence[Token], start: int, end: int, lexicon: Lexicon) -> str:
    """The role a name is given in its sentence (`_role_phrase`): the role word right before it with the words of its
    title ("government spokesman X", "Mayor X") or closing an apposition after it ("X, a government spokesman,", "X,
    the mayor."); "" when none."""
    if start >= 1:
        before = tokens[start - 1]
        if before.kind == "word" and (before.lower in lexicon.words["titles"] or _is_role(before.lower, lexicon)):
            # with the words of its title before it: "Civil Aviation Minister X" is no "health minister" later
            first = start - 1
            while first > 0 and start - first < ROLE_WORDS_BEFORE and tokens[first - 1].kind == "word":
                if tokens[first - 1].lower in _ARTICLES:
                    break
                first -= 1
            return _role_phrase(tokens, first, start)
    if end + 2 < len(tokens) and tokens[end].text == ",":
        look = end + 1 + (tokens[end + 1].lower in _ARTICLES)
        for position in range(look, min(look + ROLE_WORDS_BEFORE, len(tokens))):
            token = tokens[position]
            if token.kind != "word" or token.capitalised:
                break
            if token.lower in lexicon.words["titles"] or _is_role(token.lower, lexicon):
                role = _role_phrase(tokens, look, position + 1)  # "X, the health minister,"
                close = position + 1
                if (
                    close + 2 < len(tokens)
                    and tokens[close].lower in _AFFILIATIONS
                    and (tokens[close + 1].capitalised or tokens[close + 1].lower == "the")
                ):
                    close += 1  # "X, the mayor of Kestrel,", "X, the head of the Y Union,": its place or body
                    while close < len(tokens) and (tokens[close].capitalised or tokens[close].lower in _TAIL):
                        close += 1
                after = tokens[close].text if close < len(tokens) else "."
                return role if after in (",", ".", ";") else ""
    return ""


def _with_roles(facts: SentenceFacts, tokens: Sequence[Token], lexicon: Lexicon) -> SentenceFacts:
    """The sentence's facts with the role of each person's name (`Spot.role`; a possessive has none), and of a body
    named before its unnamed spokesperson."""

    def with_role(spot: Spot) -> Spot:
        if spot.adjective or spot.possessive or spot.key.startswith(COUNTRY_KEY):
            return spot  # not a person's name, or "X's spokesman": the role is another's
        after = tokens[spot.end] if spot.end < len(tokens) else None
        if after is not None and after.kind == "word" and not after.capitalised and after.lower in _SPOKESPEOPLE:
            # "an Interpol spokesperson stated ...": the body speaks through an unnamed spokesperson, whom "the
            # spokesperson added" later stands for
            return spot._replace(role=after.lower)
        return spot._replace(role=_role_of(tokens, spot.start, spot.end, lexicon))

    return facts._replace(
        spots=tuple(with_role(spot) for spot in facts.spots),
        title=tuple(tuple(with_role(spot) for spot in candidates) for candidates in facts.title),
    )


_CONJUNCTIONS = frozenset({"but", "and", "yet", "while", "although", "though", "whereas"})  # open a clause
_ROLE_BODY_WORDS = 3  # capitalised words of a body or place before a role ("the White House press secretary")


def _role_continuation(tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """ROLE + the role of a sentence's speaker named by role alone, with the lower-case words before its role word
    (`_role_phrase`): "the government spokesman said", '"...," the mayor added', "..., said the minister": the person
    named with that role before; "" when none."""
    for index, the in enumerate(tokens):
        if the.lower != "the":
            continue
        # opening a clause ("the spokesman said", "..., but the minister said"), or after the verb ('"...," said the
        # spokesman')
        inverted = (
            index > 0 and tokens[index - 1].text not in _CLAUSE_OPENERS and tokens[index - 1].lower not in _CONJUNCTIONS
        )
        if inverted and tokens[index - 1].lower not in lexicon.words["speech_verbs"]:
            continue
        # the body or place of the role may stand first: "The Kestrel professor added", "the White House press
        # secretary said" (issue 16, round 33)
        first = index + 1
        while first < len(tokens) and first - index <= _ROLE_BODY_WORDS and tokens[first].capitalised:
            first += 1
        if first - index > _ROLE_BODY_WORDS:
            continue
        for position in range(first, min(first + ROLE_WORDS_BEFORE, len(tokens))):
            word = tokens[position]
            if word.kind != "word" or word.capitalised:
                break
            lower = word.lower
            if (lower in lexicon.words["titles"] or _is_role(lower, lexicon)) and not lower.endswith("s"):
                if inverted or _speech_verb_after(tokens, position + 1, lexicon, allow_apposition=False) >= 0:
                    # with the lower-case words before it: "the local health minister" is no "Civil Aviation
                    # Minister X" named before (issue 16, round 51)
                    return ROLE + _role_phrase(tokens, first, position + 1)
                break
    return ""


def _opening_role(tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """ROLE + the role word of a sentence opened by "The", a body's or place's capitalised words and a lower-case role
    that speaks ("The Kestrel professor added"); "" for any other sentence."""
    if len(tokens) < 4 or tokens[0].lower != "the" or not tokens[1].capitalised:
        return ""
    first = 1
    while first < len(tokens) and first <= _ROLE_BODY_WORDS and tokens[first].capitalised:
        first += 1
    for position in range(first, min(first + ROLE_WORDS_BEFORE, len(tokens))):
        word = tokens[position]
        if word.kind != "word" or word.capitalised:
            return ""
        if (word.lower in lexicon.words["titles"] or _is_role(word.lower, lexicon)) and not word.lower.endswith("s"):
            verb = _speech_verb_after(tokens, position + 1, lexicon, allow_apposition=False)
            return ROLE + word.lower if verb >= 0 else ""
    return ""


def _between_quotations(tokens: Sequence[Token], phrase_start: int, end: int) -> bool:
    """True for a name that interrupts a quotation: a quotation closed after a comma before it (a lower-case role or
    two between), then up to three lower-case words (a verb the lists lack: "posted online") and a comma opening the
    quotation again ('"...," attendee Anna Berg posted online, "..."')."""
    look = phrase_start - 1
    while look >= 0 and phrase_start - look <= 2 and tokens[look].kind == "word" and not tokens[look].capitalised:
        look -= 1
    if look < 1 or tokens[look].text not in _DOUBLE_QUOTES or tokens[look - 1].text not in (",", "?", "!"):
        return False
    after = end
    while after < len(tokens) and after - end < 3 and tokens[after].kind == "word" and not tokens[after].capitalised:
        after += 1
    return (
        end < after
        and after + 1 < len(tokens)
        and tokens[after].text == ","
        and tokens[after + 1].text in _DOUBLE_QUOTES
    )


def _town_then_country(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True for the second of two places after a preposition inside the sentence ("UN officials in Rome, Italy
    said"): the town's country, not the subject (a preposition opening the sentence may open an aside: "In Paris,
    France said ...")."""
    if phrase_start < 3 or tokens[phrase_start - 1].text != ",":
        return False
    look = phrase_start - 2
    while look > 0 and tokens[look].capitalised and tokens[look].kind == "word":
        look -= 1
    return (
        look < phrase_start - 2
        and look > 0
        and tokens[look].kind == "word"
        and tokens[look].lower in ("in", "at", "from", "near")
        and tokens[look - 1].text not in _CLAUSE_OPENERS
        and not tokens[look - 1].lower.endswith(("ing", "ed"))  # "Speaking in Rome, X said": an aside
    )


def _verb_like(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the word at `index` reads as the verb of a name before it: "denounced", "has", "arrived"; also after
    the comma closing an apposition ("an exiled commander who lives in X, Aregawi Berhe, is backing ...")."""
    if index + 1 < len(tokens) and tokens[index].text == ",":
        index += 1
    if index >= len(tokens):
        return False
    token = tokens[index]
    if token.kind != "word" or token.capitalised:
        return False
    lower = token.lower
    return lower.endswith("ed") or lower in lexicon.words["auxiliaries"] or lower in lexicon.words["past_verbs"]


def _gender(tokens: Sequence[Token], start: int, end: int, phrase_start: int, lexicon: Lexicon) -> str:
    """ "he" or "she" when a title in the phrase ("Mrs", "Sir") or the first of two names or more ("Mary Jones")
    says a person's sex, else ""."""
    genders = lexicon.genders
    for position in range(max(phrase_start, start - 2), start):
        gender = genders.get(tokens[position].lower.rstrip("."), "")
        if gender:
            return gender
    return genders.get(tokens[start].lower, "") if end - start >= 2 and tokens[start].kind == "word" else ""


_ROLE_PHRASE_WORDS = 14  # "Deputy director for the Middle East and North Africa for Amnesty International, X, said"


_BRACKETED_ASIDE = 12  # tokens of a bracketed aside between a role phrase and its comma (a body's name spelt out)


def _role_phrase_before(tokens: Sequence[Token], comma: int, lexicon: Lexicon) -> bool:
    """True when the words before the comma at `comma` are a phrase opening its clause that names a role, a
    relative or a type of body: "the Trust's chief economist", "a spokesman for the police", "the mayor of Nakuru",
    "the state news agency", "The Undersecretary for Education", "His mother" (at most `_ROLE_PHRASE_WORDS` words, a
    lower-case role, relative or type or a title among them, no verb of saying); a bracketed aside right before
    the comma is passed over ("The general secretary of the union (its full name), X, said")."""
    if comma >= 1 and tokens[comma - 1].text == ")":
        opening = comma - 2
        while opening >= 0 and comma - opening <= _BRACKETED_ASIDE and tokens[opening].text not in ("(", ")"):
            opening -= 1
        if opening >= 1 and tokens[opening].text == "(":
            comma = opening
    position = comma - 1
    role = False
    while position >= 0 and comma - position <= _ROLE_PHRASE_WORDS:
        token = tokens[position]
        if token.kind == "possessive" or token.kind == "acronym":
            position -= 1  # "the Trust's chief economist", "The outgoing U.S. attorney general" (round 33)
            continue
        if token.kind != "word":
            break
        if not token.capitalised:
            if (
                token.lower in lexicon.words["speech_verbs"]
                and not _is_role(token.lower, lexicon)
                and (
                    token.lower.endswith(("s", "ed", "ing"))
                    or token.lower in lexicon.words["past_verbs"]
                    or token.lower in _IRREGULAR_SPOKE
                )
            ):
                return False  # a clause: "He said the mayor, X, ..."; not "the state broadcaster"
            role = (
                role
                or _is_role(token.lower, lexicon)
                or token.lower in lexicon.words["organisation_types"]
                or token.lower in _PERSONAL_ROLES  # "the victim's mother, X, said"
            )
        elif token.lower in lexicon.words["titles"]:
            role = True  # "The Undersecretary for Education, X, said": an office written with capitals
        position -= 1
    else:
        if position >= 0:
            return False  # a longer phrase: a clause of its own
    return role and (position < 0 or tokens[position].text in _CLAUSE_OPENERS)


def _body_after_possessive(tokens: Sequence[Token], start: int, lexicon: Lexicon) -> int:
    """Where the words after a possessive end, when they are lower-case and name one of its bodies: "foreign
    ministry", "electoral commission", "security team" (at most three words); else -1."""
    position = start
    while position < len(tokens) and position - start < 3:
        token = tokens[position]
        if token.kind != "word" or token.capitalised:
            return -1
        if token.lower in lexicon.words["organisation_words"] or token.lower in lexicon.words["organisation_types"]:
            return position + 1 if position > start or token.lower not in STOP_WORDS else -1
        position += 1
    return -1


def _unquoted_speakers(spots: tuple[Spot, ...], tokens: Sequence[Token], opens_inside: bool) -> tuple[Spot, ...]:
    """The spots, a name inside double quotes no longer speaking through a verb inside the same quotation ('"... and
    let Kofi Annan continue his diplomacy," he said': the quotation is what is said, not who says it)."""
    marks = [i for i, token in enumerate(tokens) if token.text in _DOUBLE_QUOTES]
    outside = not opens_inside or (bool(marks) and marks[0] == 0)  # before the first mark
    result = list(spots)
    for index, spot in enumerate(spots):
        if spot.verb < 0:
            continue
        before = bisect.bisect_left(marks, spot.start)
        if (before % 2 == 1) == outside and before == bisect.bisect_left(marks, spot.verb):
            result[index] = spot._replace(verb=-1)  # the name and its verb inside one quotation
    return tuple(result)


def _first_mark_closes(text: str, lexicon: Lexicon) -> bool:
    """False when the text's first double quotation mark plainly opens a quotation: a curly opening mark, a straight
    one after a space or an opening bracket, before a letter, or right after a verb of saying ('Maaloul said, "We
    ...', 'Wilkins said,"...'); a quotation state carried from a malformed paragraph before is not trusted then."""
    for index, char in enumerate(text):
        if char in "“«":
            return False
        if char in "”»":
            return True
        if char == '"':
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            if before in _BEFORE_OPENING or after.isalnum():
                return False
            verb = _LAST_WORD.search(text, 0, index)
            return (
                verb is None
                or verb.group(2).lower() not in lexicon.words["speech_verbs"]
                # 'from their whispers," X wrote': a verb's word after a determiner is a noun, the mark closes
                or (verb.group(1) or "").lower() in _NOUN_DETERMINERS
            )
    return True


# the word before a quotation mark, and the word before it: 'said,"', 'added: "', 'their whispers,"'
_LAST_WORD = re.compile(r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)[,:]?\s*$")
_NOUN_DETERMINERS = _DETERMINERS - {"her", "that", "this"}  # not "told her," or "said that,"


def _sentence_facts(
    text: str,
    analysis: SentenceAnalysis,
    keys: Sequence[str],
    lexicon: Lexicon,
    particles: frozenset[str],
    quote: int = 0,
) -> SentenceFacts | None:
    tokens = analysis.tokens
    continuation = _continuation_mode(text, tokens, lexicon)
    if quote & QUOTED and _spoken_after_quotation(tokens, lexicon):
        quote |= SPOKEN
    mentions = list(zip(analysis.mentions, keys, strict=True))
    title: tuple[tuple[Spot, ...], ...] = ()
    if analysis.title_case:
        # A title-case line ("Latest News On Putin") names only actors the corpus knows from ordinary sentences.
        mentions = [(m, key) for m, key in mentions if m.country]
        title = _title_candidates(tokens, [m for m, _ in mentions], lexicon, particles)
    if not mentions and not title:
        # a sentence naming no one, neither carrying speakers over nor quoted, is nothing to link (its paragraph
        # and quote-mark bits alone do not make it one)
        continuation = continuation or _role_continuation(tokens, lexicon)
        keep = continuation or quote & (QUOTED | QUOTE_OPEN)
        return SentenceFacts((), 0, (), (), continuation, (), quote) if keep else None
    spots = tuple(
        _spot(
            key,
            m.start,
            m.end,
            m.phrase_start,
            tokens,
            lexicon,
            # "the Denmark-based retailer X": the country qualifies X as an adjective would, and speaks no more;
            # "Pro-X say", "anti-X protesters said": a side taken on X, whose supporters or opponents speak
            m.is_adjective
            or (m.country != "" and tokens[m.end - 1].affix in PLACE_SUFFIXES)
            or tokens[m.start].affix in _SIDES,
            m.possessive,
        )
        for m, key in mentions
    )
    spots = _employed_openers(spots, tokens)
    if quote & QUOTE_MARK and any(spot.verb >= 0 for spot in spots):
        if '"' in text or "“" in text:
            spots = _unquoted_speakers(spots, tokens, bool(quote & QUOTED) and _first_mark_closes(text, lexicon))
        elif quote & QUOTE_OPEN and quote & QUOTED and not any(char in _DOUBLE_QUOTES for char in text):
            # wholly inside a quotation from a sentence before ('"... of Ireland. / After all, the United States and
            # Ireland continue to stand side by side. / ...," continued Mr. Bush'): what is said, not who says it
            spots = _unquoted_speakers(spots, tokens, True)
    if not continuation and not any(spot.verb >= 0 for spot in spots):
        continuation = _role_continuation(tokens, lexicon)  # only a sentence naming no speaker needs it
    elif not continuation:
        # "The Kestrel professor added", "The White House press secretary said": the person given that role before
        # speaks if there is one (the link decides), not the body or place that qualifies the role
        continuation = _opening_role(tokens, lexicon)
    if (
        continuation == PERSON
        and spots
        and spots[0].phrase_start == 0
        and not spots[0].possessive
        and not spots[0].adjective
    ):
        continuation = SUBJECT  # "Anna Berg visited the plant, where she claimed ...": the sentence's subject
    elif continuation == PERSON and _only_subject_before_pronoun(tokens, spots):
        # "bodies were found after a man named X made a posting in which he claimed ...": the one subject named
        continuation = SUBJECT
    joins = 0
    and_verbs: list[tuple[int, int]] = []
    cues: list[tuple[int, int, int]] = []
    size = len(tokens)
    speech_verbs = lexicon.words["speech_verbs"]
    for index, token in enumerate(tokens):
        lower = token.lower
        if lower == "and" or lower == "," or (lower == "the" and index >= 1 and tokens[index - 1].lower == "and"):
            joins |= 1 << index  # "X and the Y have asserted": "the" joins too
            if lower == "and" and index >= 1:
                verb = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False)
                if verb >= 0 and verb != index + 1:
                    and_verbs.append((index, verb))
        according = lower == "according" and index + 1 < size and tokens[index + 1].lower == "to"
        if lower in speech_verbs and token.kind == "word" and not _speaks_without_content(tokens, index):
            # "...", said X / were told by X: only while no subject took the verb
            previous = tokens[index - 1] if index > 0 else None
            free = -1
            if (
                previous is not None
                and (previous.text == "," or previous.text in _QUOTES)
                and not lower.endswith("ing")  # ", telling the BBC": the listener, not the speaker
                and lower not in _LISTENER_VERBS
                # "in, say, Velby or Kestria": "say" set off by commas gives an example, no one speaks
                and not (lower == "say" and index + 1 < size and tokens[index + 1].text == ",")
            ):
                free = index + 1
            elif (
                previous is not None
                and (
                    previous.lower in _BE_FORMS
                    # "were officially announced by X": how it was said, between ("reportedly": hearsay, not X's words)
                    or (index >= 2 and previous.lower in _OPENLY and tokens[index - 2].lower in _BE_FORMS)
                )
                and index + 1 < size
            ):
                by = index + 1
                while by < size and by - index <= _PASSIVE_ASIDE and tokens[by].lower != "by":
                    if tokens[by].lower not in _WHEN_WORDS and tokens[by].lower not in lexicon.words["time_words"]:
                        break  # "was announced on Friday by X": when, then who
                    by += 1
                free = by + 1 if by < size and tokens[by].lower == "by" else -1
            cue = (index, free, index + 2 if according else -1)
            if free < 0 and _coordinated_verb(tokens, index):
                # "X in a tweet congratulated Y after her victory and said, \"...\"": the clause's subject speaks
                subject = _opening_subject(tokens, spots, index)
                if subject is not None:
                    cues.append((index, subject.phrase_start, -1))
            if free < 0 and lower.endswith("ing") and _participle_of_the_subject(tokens, index, lexicon):
                # "X sent his good wishes during his weekly broadcast saying \"...\"", "X left, adding that ...":
                # the participle's subject is the clause's, the name opening it
                subject = _opening_subject(tokens, spots, index)
                if subject is not None:
                    cues.append((index, subject.phrase_start, -1))
        elif (
            lower in _READS
            and index >= 1
            and (tokens[index - 1].text == "," or tokens[index - 1].text in _QUOTES)
            and _document_of_a_name(tokens, index + 1, lexicon)
        ):
            cue = (-1, index + 1, index + 1)  # '"...," reads Judge Lind's statement': hers
        elif according and _opponents_after(tokens, index + 2):
            continue  # "according to X's critics": the critics speak, not X
        elif according:
            cue = (-1, index + 2, index + 2)
        elif (
            lower == "words"
            and 2 <= index < size - 1
            and tokens[index - 1].lower == "the"
            and tokens[index - 2].lower == "in"
            and tokens[index + 1].lower == "of"
        ):
            cue = (-1, index + 2, index + 2)  # "in the words of X"
        else:
            continue
        if cue[1] >= 0 or cue[2] >= 0:
            cues.append((cue[0], _named_after(tokens, cue[1], lexicon), _named_after(tokens, cue[2], lexicon)))
            if according:
                cues.extend((-1, start, start) for start in _sources_joined(tokens, spots, cues[-1][1]))
    if joins >> 1:
        for spot in spots[1:]:
            if spot.verb >= 0:
                # a name that speaks after a join: co-subjects before it may be described ("retailer X and Y said")
                joins = _described_subjects(tokens, spots, joins, lexicon)
                break
    if "and" in text and any(spot.verb >= 0 for spot in spots):
        cues.extend((-1, start, start) for start in _co_subjects_before_an_employer(tokens, spots, lexicon))
        cues.extend((-1, start, start) for start in _co_subjects_before_an_aside(tokens, spots))
    if "they" in text:  # most sentences have none: skip the scan
        cues.extend(_they_of_the_subject(tokens, spots, lexicon))
    colon = _colon_quotation_subject(tokens, spots) if ":" in text else -1  # most sentences have no colon
    if colon >= 0:
        cues.append((-1, colon, colon))
    elif '"' in text or "“" in text:  # most sentences hold no quotation
        comma = _comma_quotation_subject(tokens, spots, lexicon)
        if comma >= 0:
            cues.append((-1, comma, comma))
    if len(tokens) <= _ATTRIBUTION_TOKENS and _attribution_only(tokens, spots, lexicon):
        quote |= ATTRIBUTION
    return SentenceFacts(spots, joins, tuple(and_verbs), tuple(cues), continuation, title, quote)


_ATTRIBUTION_TOKENS = 24  # tokens of a sentence that may say nothing but who spoke ("X, the head of ..., said.")
_ATTRIBUTION_TAIL = 4  # words after its verb: when ("on Tuesday", "last week") or to whom ("told reporters")
_LISTENERS = frozenset({"reporters", "journalists", "the", "press", "media"})


def _attribution_only(tokens: Sequence[Token], spots: Sequence[Spot], lexicon: Lexicon) -> bool:
    """True for a sentence that says nothing of its own: it opens with its speaker's name (a title or role before it,
    an apposition after it) and ends with the verb of saying, when or to whom at most: "Hale said.", "Tom Hale, the
    agency's head, said on Tuesday.", "Anna Lind told reporters." No quotation mark, no words after the verb."""
    if not spots or spots[0].phrase_start != 0 or tokens[-1].text not in (".", "!"):
        return False
    verbs = {spot.verb for spot in spots if spot.verb >= 0 and not spot.possessive and not spot.adjective}
    if len(verbs) != 1 or any(token.text in _QUOTES for token in tokens):
        return False
    verb = verbs.pop()
    if verb < spots[0].end or tokens[verb].lower not in lexicon.words["speech_verbs"]:
        return False
    tail = tokens[verb + 1 : -1]
    time_words = lexicon.words["time_words"]
    return len(tail) <= _ATTRIBUTION_TAIL and all(
        token.lower in _WHEN_WORDS
        or token.lower in _WEEKDAYS
        or token.lower in time_words
        or (token.lower in _LISTENERS and tokens[verb].lower == "told")
        for token in tail
    )


def _sources_joined(tokens: Sequence[Token], spots: Sequence[Spot], position: int) -> list[int]:
    """Where the name joined by "and" to the source named at `position` starts ("according to Reuters and NBC"): a
    source too; not after a comma, which ends the phrase ("According to X, Y is ...")."""
    by_phrase = {spot.phrase_start: spot for spot in spots}
    spot = by_phrase.get(position)
    if spot is None or spot.end + 1 >= len(tokens) or tokens[spot.end].lower != "and":
        return []
    other = by_phrase.get(spot.end + 1) or by_phrase.get(spot.end + 2 if tokens[spot.end + 1].lower == "the" else -1)
    return [other.phrase_start] if other is not None else []


DESCRIPTOR_WORDS = 3  # words that may describe a name between a join and the name ("the Oslo-based retailer")


def _only_subject_before_pronoun(tokens: Sequence[Token], spots: Sequence[Spot]) -> bool:
    """True when the sentence names one subject only, not quoted, before its first "he" or "she"."""
    pronoun = next((i for i, token in enumerate(tokens) if token.lower in PERSON_PRONOUNS), -1)
    if pronoun < 0 or any(token.text in _DOUBLE_QUOTES for token in tokens):
        return False
    subjects = [spot for spot in spots if spot.subject and not spot.adjective and not spot.possessive]
    return len(subjects) == 1 and subjects[0].end <= pronoun


def _employed_openers(spots: tuple[Spot, ...], tokens: Sequence[Token]) -> tuple[Spot, ...]:
    """`spots` with a titled name that its employer's name opens the clause before made an opener too: "Kestrel Bank
    Chairman X and Y said", "Kestrel Harbour Board (KHB) Chairman X and Board Members Y and Z have released ...":
    the body only describes X, the clause's first subject, so that "and" chains the co-subjects back to X."""
    openers = {spot.end for spot in spots if spot.opener and not spot.adjective and not spot.possessive}
    if not openers:
        return spots
    return tuple(
        spot._replace(opener=True)
        if not spot.opener
        and spot.start > spot.phrase_start  # a title before the name: "Chairman X"
        and (
            spot.phrase_start in openers
            or (spot.phrase_start - 1 in openers and tokens[spot.phrase_start - 1].text == ")")  # "Board (KHB)"
        )
        else spot
        for spot in spots
    )


def _co_subjects_before_an_employer(tokens: Sequence[Token], spots: Sequence[Spot], lexicon: Lexicon) -> list[int]:
    """Where the co-subjects start that "and" joins to a speaker named after their employer and role: "Premier X
    and Kestrel Rail CEO Y said", "X and Kestrel chairman Y said" (X speaks too; the employer only describes Y)."""
    ends = {spot.end: spot for spot in spots}
    starts: list[int] = []
    for spot in spots:
        if spot.verb < 0 or spot.adjective or spot.possessive:
            continue
        position, roles = spot.phrase_start - 1, spot.start - spot.phrase_start  # titles inside the phrase count
        while (
            position >= 0
            and roles < DESCRIPTOR_WORDS
            and tokens[position].kind in ("word", "acronym")
            and (
                (not tokens[position].capitalised and _is_role(tokens[position].lower, lexicon))
                or (tokens[position].text.isupper() and tokens[position].lower in lexicon.words["titles"])
            )
        ):
            position -= 1
            roles += 1
        employer = ends.get(position + 1)
        if not roles or employer is None or employer.adjective or employer.possessive:
            continue
        join = employer.phrase_start - 1
        subject = ends.get(join)
        if join >= 1 and tokens[join].lower == "and" and subject is not None and subject.opener:
            starts.append(subject.phrase_start)
    return starts


def _co_subjects_before_an_aside(tokens: Sequence[Token], spots: Sequence[Spot]) -> list[int]:
    """Where the co-subject starts that ", and" joins to a speaker when an aside follows it: "X, director of Y, and
    Z, a consultant, pointed out that" (X speaks too). The aside opens with a word in lower case or a number, so that
    a list of names ("X, Y, and Z said") is left to the joins."""
    ends = {spot.end: spot for spot in spots}
    starts: list[int] = []
    for spot in spots:
        join = spot.phrase_start - 1
        if spot.verb < 0 or spot.adjective or spot.possessive or join < 3:
            continue
        if tokens[join].lower != "and" or tokens[join - 1].text != ",":
            continue
        comma = join - 2
        while comma > 0 and join - comma <= ASIDE_WORDS and tokens[comma].text not in _CLAUSE_MARKS:
            comma -= 1
        if tokens[comma].text != "," or tokens[comma + 1].capitalised or comma + 1 >= join - 1:
            continue
        subject = ends.get(comma)
        if subject is not None and subject.opener and not subject.adjective and not subject.possessive:
            starts.append(subject.phrase_start)
    return starts


ASIDE_WORDS = 14  # words of an aside between a co-subject and ", and" ("X, director of a non-profit group Y, and")
# Marks that end a clause or an aside: none may stand inside an aside ("X, director of Y, and") or a short opening
# phrase ("In it, X made ...:").
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", '"', "“", "”"})


def _described_subjects(tokens: Sequence[Token], spots: Sequence[Spot], joins: int, lexicon: Lexicon) -> int:
    """`joins` with the words describing a name between a join (or a clause's opening) and the name set too, so that
    co-subjects chain through them: "Oslo-based retailer Kestrel and Bergen-based retailer Fjordmat said". A word
    describes when it is no verb: a role ("chairman"), a company noun ("retailer"), a kind of body ("group") or a
    place the name is based in ("Oslo-based")."""
    kinds_of_body = lexicon.words["organisation_types"]
    for spot in spots:
        position = spot.phrase_start - 1
        run = 0
        while position >= 0 and run < DESCRIPTOR_WORDS:
            token = tokens[position]
            if token.kind != "word" or not (
                # "X and Board Member Y said": the body a title's holder serves, named before the title
                token.affix in PLACE_SUFFIXES
                or (not run and spot.start > spot.phrase_start and lexicon.has("organisation_words", token.text))
                if token.capitalised
                else token.lower not in STOP_WORDS
                and (token.lower in _COMPANY_NOUNS or token.lower in kinds_of_body or _is_role(token.lower, lexicon))
            ):
                break
            position -= 1
            run += 1
        if run and (position < 0 or joins >> position & 1 or tokens[position].text in _CLAUSE_OPENERS):
            for described in range(position + 1, spot.phrase_start):
                joins |= 1 << described
    return joins


_PASSIVE_ASIDE = 4  # words between a passive verb of saying and "by" ("was announced on Friday by X")
_WHEN_WORDS = frozenset({"on", "in", "last", "this", "early", "late", "yesterday", "today", "earlier", "later"})


def _spoken_after_quotation(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """True when a verb of saying follows the sentence's last closing quotation mark ('"...," officials told X')."""
    close = max((i for i, token in enumerate(tokens) if token.text in _QUOTES and i > 0), default=-1)
    return (
        close >= 0
        and any(
            token.kind == "word"
            and not token.capitalised
            and token.lower in lexicon.words["speech_verbs"]
            # '"...", as quoted by X': the outlet that printed it, not the quotation's own attribution
            and not (
                tokens[position - 1].lower == "as" and position + 1 < len(tokens) and tokens[position + 1].lower == "by"
            )
            for position, token in enumerate(tokens[close + 1 :], start=close + 1)
        )
    )


def _colon_quotation_subject(tokens: Sequence[Token], spots: Sequence[Spot]) -> int:
    """Where the subject of a sentence that introduces a quotation with a colon starts ("During questions, Sunak
    defended the record: \"...\""): the first name opening a clause before the colon, or -1."""
    colon = next(
        (i for i in range(len(tokens) - 1) if tokens[i].text == ":" and tokens[i + 1].text in _QUOTES),
        -1,
    )
    if colon < 0:
        closing = len(tokens) >= 2 and tokens[-1].text == ":" and tokens[-2].lower not in _LIST_COLON_WORDS
        return _closing_colon_subject(tokens, spots) if closing else -1
    titled, end = _titled_subject(tokens, spots)
    if titled is not None and end == colon:
        return titled.phrase_start  # "Senior Adviser to the Minister Anna Berg: \"...\"": a line of an exchange
    for spot in spots:
        if (
            spot.end + 1 == colon
            and spot.opener
            and not spot.adjective
            and not spot.possessive
            and tokens[spot.end].kind == "word"
            and not tokens[spot.end].capitalised
        ):
            return spot.phrase_start  # "However, addressing the crowd, X proposed: \"...\"": the name before the verb
    # "US citizen Susan Cohen ...:": the name the opening qualifies; "X opposed Y's statement: \"...\"": X, not
    # the name after a verb
    subject = _opening_subject(tokens, spots, colon)
    return -1 if subject is None else subject.phrase_start


_OPENER_WORDS = 3  # words of an opening phrase before its comma and the subject ("In it, X made ...:")


def _after_an_opening_phrase(tokens: Sequence[Token], start: int) -> bool:
    """True when the name at `start` follows a prepositional phrase opening the sentence without a comma, its last
    word a noun in lower case ("In the concluding section of her paper | X raises"): the sentence's subject; not
    "In a paper by X", "On Monday X", nor after a clause's mark."""
    if start < 2 or tokens[0].lower not in _PREPOSITIONS or any(t.text in _CLAUSE_MARKS for t in tokens[:start]):
        return False
    before = tokens[start - 1]
    return (
        before.kind == "word"
        and not before.capitalised
        and before.lower not in _PREPOSITIONS
        and before.lower not in STOP_WORDS
    )


def _closing_colon_subject(tokens: Sequence[Token], spots: Sequence[Spot]) -> int:
    """Where the subject starts of a sentence that ends with a colon introducing the next paragraph as its words ("In
    it, X made an interesting observation:"), or -1: a name opening the sentence, or after a short opening phrase
    and its comma, then a verb in lower case ("On Linux, there are ...:", "text: X identifier:" have none)."""
    for spot in spots:
        start = spot.phrase_start
        opening = start == 0 or (
            start - 1 <= _OPENER_WORDS
            and tokens[start - 1].text == ","
            and not any(token.text in _CLAUSE_MARKS for token in tokens[: start - 1])
        )
        if not opening and _after_an_opening_phrase(tokens, start):
            opening = True  # "In the concluding section of her paper X raises a series of questions:"
        if not opening:
            continue
        after = tokens[spot.end] if spot.end < len(tokens) else None
        if (
            spot.adjective
            or spot.possessive
            or after is None
            or after.kind != "word"
            or after.capitalised
            or after.lower in _PREPOSITIONS
            or after.lower in ("and", "or")
        ):
            return -1
        return start
    return -1


def _comma_quotation_subject(tokens: Sequence[Token], spots: Sequence[Spot], lexicon: Lexicon) -> int:
    """Where the subject starts of a clause that introduces a quoted sentence with a comma but no verb of saying
    ("X, also on Twitter, defended his decision, \"As I have ...\""), or -1. The quotation opens with a capital and
    runs to the sentence's end, and a verb in the past stands between the subject and the comma."""
    if any(spot.verb >= 0 for spot in spots):
        return -1  # a verb of saying attributes it already
    size = len(tokens)
    comma = next(
        (
            i
            for i in range(1, size - 2)
            if tokens[i].text == ","
            and tokens[i + 1].text in _QUOTES
            and tokens[i + 2].kind == "word"
            and tokens[i + 2].capitalised
        ),
        -1,
    )
    if comma < 0 or any(t.text in _QUOTES for t in tokens[comma + 2 : size - 2]):
        return -1  # a quoted title or phrase inside the sentence, not a quoted sentence ending it
    subject = _opening_subject(tokens, spots, comma)
    if subject is None or subject.phrase_start != 0:
        return -1
    verbs = lexicon.words["past_verbs"]
    if not any(
        t.kind == "word" and not t.capitalised and (t.lower.endswith("ed") or t.lower in verbs)
        for t in tokens[subject.end : comma]
    ):
        return -1
    return subject.phrase_start


_ISSUED = frozenset({"released", "issued", "published", "sent", "posted", "signed", "put"})


_AGENTS = _SPOKESPEOPLE | {"official", "officials", "representative", "representatives", "source", "sources"}
_AGENTS |= {"authorities", "government"}  # "authorities in X and Y announced", "the government of X announced"


def _spokesperson_of(tokens: Sequence[Token], phrase_start: int) -> bool:
    """True when the name at `phrase_start` is the body a spokesperson or official named just before speaks for:
    "a spokesman for X", "officials from the X", "a representative of X"."""
    position = phrase_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    return position >= 1 and tokens[position].lower in _FROM_BODY and tokens[position - 1].lower in _AGENTS


_FROM_BODY = frozenset({"for", "of", "from", "at", "in", "within", "inside"})
_OPENING_TIMES = frozenset({"today", "yesterday", "tonight", "now", "meanwhile", "earlier", "later", "separately"})


def _document_issuer(tokens: Sequence[Token], phrase_start: int, lexicon: Lexicon) -> bool:
    """True when the name at `phrase_start` is the issuer of a document named just before it: "a statement from
    X", "the letter by X", "The statement, issued by X,"."""
    position = phrase_start - 1
    if position >= 0 and tokens[position].lower == "the":
        position -= 1
    if position < 1 or tokens[position].lower not in ("from", "by", "of"):
        return False
    position -= 1
    if tokens[position].lower in _ISSUED:
        position -= 1
        if position >= 0 and tokens[position].text == ",":
            position -= 1
    return (
        position >= 0 and tokens[position].kind == "word" and tokens[position].lower in lexicon.words["document_nouns"]
    )


def _skip_the(tokens: Sequence[Token], position: int) -> int:
    return position + 1 if 0 <= position < len(tokens) and tokens[position].lower == "the" else position


_FROM = frozenset({"from", "for", "of", "by"})
_MEDIA = frozenset({"television", "tv", "radio", "newspaper", "daily", "weekly", "magazine", "channel", "website"})
# Nouns of publications and broadcasters, before the name they go by (with _MEDIA): "the tabloid X", "the network X"
_PUBLICATIONS = frozenset(
    {"tabloid", "periodical", "journal", "broadcaster", "network", "newsletter", "outlet", "agency"}
)


_DOCUMENT_ASIDE = 4  # words between a document and its author: "a tweet (on Monday last week) by X"
_ISSUE_WORDS = _ISSUED | {"on", "in", "last", "this", "earlier", "late", "early"}
_ISSUE_WORDS |= {"done", "conducted", "carried", "out", "commissioned"}  # "research carried out by X"


def _issue_word(token: Token, lexicon: Lexicon) -> bool:
    """A word that says when or how a document was issued: "released", "on", "Monday", "week"."""
    return (
        token.lower in _ISSUE_WORDS
        or token.lower in lexicon.words["time_words"]
        or token.lower in ("week", "month", "year", "day", "night")
    )


_MONTH_NAMES = frozenset(_MONTHS.casefold().split("|"))
_DAY_DIGITS = 2  # a day of the month


def _past_a_date(tokens: Sequence[Token], position: int) -> int:
    """The position after a date written "March 3, 2018" or "March 3" at `position` (else `position`)."""
    if not (
        position + 1 < len(tokens)
        and tokens[position].lower in _MONTH_NAMES
        and tokens[position + 1].text.isdigit()
        and len(tokens[position + 1].text) <= _DAY_DIGITS
    ):
        return position
    after = position + 2
    if after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].text.isdigit():
        after += 2
    return after


def _document_word(lower: str, lexicon: Lexicon) -> bool:
    """A document or findings a name speaks through ("statement", "reports", "figures")."""
    documents = lexicon.words["document_nouns"]
    return lower in documents or lower in _FINDINGS or (lower[-1:] == "s" and lower[:-1] in documents)


_DOCUMENT_MODIFIERS = 2  # words before a document's noun that describe it: "a recent report", "a Twitter post"


def _past_document_modifiers(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Where the document's noun is when up to `_DOCUMENT_MODIFIERS` words describe it first ("a recent report by
    X", "a Twitter post by X", "a new police report by X"); else `position` unchanged."""
    for look in range(position, min(position + _DOCUMENT_MODIFIERS + 1, len(tokens))):
        token = tokens[look]
        if token.kind != "word" or token.lower in _FINDINGS_PREPOSITIONS:
            return position
        if (
            look > position
            and _document_word(token.lower, lexicon)
            and not token.capitalised
            and look + 1 < len(tokens)
            and (tokens[look + 1].lower in ("by", "from") or _issue_word(tokens[look + 1], lexicon))
        ):
            return look  # its author follows ("a 2019 X press release" names its author before: left as it is)
    return position


_VOICING_GROUPS = frozenset({"team", "teams", "staff", "office"})  # a body's people who speak for it
_GROUP_MODIFIERS = 2  # lower-case words before such a group ("the project team", "the regional press office")


def _named_after(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Where the name a cue points at starts: past "the", past a role set off by a comma before the name ("in the
    words of the Crown prosecutor, Mark Tedeschi", "according to the company's spokesman, X"), and past a role or
    document the name speaks through ("according to a statement from X")."""
    position = _skip_the(tokens, position)
    if position < 0:
        return position
    if position < len(tokens) and tokens[position].lower in ("a", "an"):
        position += 1
        position = _past_a_date(tokens, position)  # "according to a March 3, 2018 X press release"
    if (
        position + 1 < len(tokens)
        and tokens[position].text in _DOUBLE_QUOTES
        and tokens[position + 1].capitalised
        and tokens[position - 1].lower == "to"
    ):
        return position + 1  # 'according to "La Gaceta"': a newspaper's name in quotation marks
    if (
        position + 2 < len(tokens)
        and tokens[position].kind == "word"
        and not tokens[position].capitalised
        and tokens[position + 1].kind == "possessive"
        and tokens[position + 2].capitalised
        and tokens[position + 2].lower not in lexicon.words["titles"]
    ):
        return position + 2  # "announced by the country's Electoral Board": the body, not the word that owns it
    if (
        position + 2 < len(tokens)
        and tokens[position].lower in _KIN_DETERMINERS
        and (tokens[position + 1].lower in _PERSONAL_ROLES or _is_role(tokens[position + 1].lower, lexicon))
    ):
        # '"...," said his father, Abdullah Berg', "according to her lawyer Tom Hale": the name after the relation
        name = position + 2 + (tokens[position + 2].text == ",")
        if name < len(tokens) and tokens[name].capitalised:
            return name
    if position + 2 < len(tokens) and _speaks_for(tokens[position], lexicon) and tokens[position + 1].lower in _FROM:
        # "according to a statement from X", "according to a spokesman for X", '"...," said co-owner of X, Y.'
        body = _skip_the(tokens, position + 2)
        name = _name_after_the_body(tokens, body)
        if tokens[position].lower in _SPOKESPEOPLE or name != body:
            return name
        return _past_roles(tokens, body, lexicon)  # "a statement by the Presidential Spokesperson X"
    group = position
    while (
        group < len(tokens)
        and group - position < _GROUP_MODIFIERS
        and tokens[group].kind == "word"
        and not tokens[group].capitalised
        and tokens[group].lower not in _VOICING_GROUPS
        and tokens[group].lower not in STOP_WORDS
    ):
        group += 1  # "the project team", "the press office": the group's own modifiers
    if (
        group + 2 < len(tokens)
        and tokens[group].lower in _VOICING_GROUPS
        and tokens[group + 1].lower in _AFFILIATIONS
        and tokens[_skip_the(tokens, group + 2)].capitalised
    ):
        # "according to the project team at X", "according to staff at the X Institute": the body they work for
        return _named_after(tokens, group + 2, lexicon)
    position = _past_document_modifiers(tokens, position, lexicon)  # "a recent report by X", "a Twitter post by X"
    if position < len(tokens) and _document_word(tokens[position].lower, lexicon):  # "the reports by X" too
        # "according to a statement released by X", "according to a tweet on Monday by X", "according to research
        # done by X": the document's author, past when and how it was issued
        look = position + 1
        while look < len(tokens) and look - position <= _DOCUMENT_ASIDE and _issue_word(tokens[look], lexicon):
            look += 1
        if look + 1 < len(tokens) and look > position and tokens[look].lower in ("by", "from"):
            author = _skip_the(tokens, look + 1)
            if author < len(tokens) and tokens[author].lower in ("a", "an"):
                return _named_after(tokens, author, lexicon)  # "by an anti-spam research company X": described
            return _past_roles(tokens, author, lexicon)
    look = position
    inner = 0  # the words of a body's name past its first word: "of" and a campus ("University of Kestria, Velby")
    while look < len(tokens) and look - position - inner < 6:
        token = tokens[look]
        if token.kind == "possessive" and look > position and look + 1 < len(tokens) and tokens[look + 1].capitalised:
            return look + 1  # "according to Saudi Arabia's Civil Defense Authority": the authority
        if look > position and tokens[look - 1].capitalised and look + 1 < len(tokens) and tokens[look + 1].capitalised:
            # 'said University of Kestria, Velby's chancellor, X': the body's name goes on to its possessive
            campus = _campus_after_comma(tokens, None, position, look, lexicon) if token.text == "," else 0
            if campus or (token.lower == "of" and tokens[look - 1].lower == "university"):
                # (only a university's "of": past "Ministry of", "Foreign" would read as a title)
                inner += (campus or look + 1) - look
                look = campus or look + 1
                continue
        if (
            token.kind == "word"
            and not token.capitalised
            and look + 2 < len(tokens)
            and tokens[look + 1].kind == "word"
            and not tokens[look + 1].capitalised
            and _is_role(tokens[look + 1].lower, lexicon)
            and not _is_role(token.lower, lexicon)
        ):
            look += 1  # "according to police spokesman X", "according to company chief executive X": its modifier
            continue
        if (
            token.lower in _WITNESSES
            and look + 2 < len(tokens)
            and tokens[look + 1].text == ","
            and tokens[look + 2].capitalised
        ):
            return look + 2  # "according to a witness, Sergeant X,": the witness named in the aside
        if token.kind == "word" and not token.capitalised and _is_role(token.lower, lexicon):
            if look + 2 < len(tokens) and tokens[look + 1].text == "," and tokens[look + 2].capitalised:
                return look + 2
            if look + 1 < len(tokens) and tokens[look + 1].capitalised:
                # "according to Cuban vice-premier Carlos Lage", '"...", said reporter Franck Berruyer': the name
                # after the role
                return look + 1
            look += 1
            continue
        if (
            token.capitalised
            and look > position
            and token.lower in lexicon.words["titles"]
            and tokens[look - 1].lower not in lexicon.words["titles"]
        ):
            holder = look + 1
            titles = lexicon.words["titles"]
            while holder < len(tokens) and tokens[holder].capitalised and tokens[holder].lower in titles:
                holder += 1  # "Velmar Defense Minister Tom Hale"
            if (
                holder < len(tokens)
                and tokens[holder].capitalised
                and tokens[holder].lower not in lexicon.words["organisation_words"]  # "Defense Council": a body's name
            ):
                return holder  # '"...," stated Acme Council President Rhea Suh': the officer, not the body
        if token.capitalised or token.kind == "possessive":
            look += 1
            continue
        if look == position or (look == position + 1 and tokens[position].lower in lexicon.adjective_words):
            # '"...," wrote student protester X', 'said selection committee member X': lower-case words describing
            # the name that follows them, also after a country's adjective ("according to Velmish broadcaster X")
            name = look
            while (
                name < len(tokens)
                and name - look < DESCRIPTOR_WORDS + 1
                and tokens[name].kind == "word"
                and not tokens[name].capitalised
                and tokens[name].lower not in STOP_WORDS
                and not _is_subject_verb(tokens[name], lexicon)
            ):
                name += 1
            if name > look and name < len(tokens) and tokens[name].capitalised and tokens[name].kind == "word":
                return _holder_after_roles(tokens, name, lexicon)
        break
    if position < len(tokens) and tokens[position].capitalised and tokens[position].lower in lexicon.words["titles"]:
        return _holder_after_office(tokens, position, lexicon)
    return _holder_after_roles(tokens, position, lexicon)


def _holder_after_office(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Where the holder's name starts after an office of a body that closes the clause ('"...," explains Secretary
    General of the Kestrel Community Berg': Berg, after the body's last organisation word), else `position`."""
    titles, organisation_words = lexicon.words["titles"], lexicon.words["organisation_words"]
    look = position
    while look < len(tokens) and tokens[look].capitalised and tokens[look].lower in titles:
        look += 1
    if look + 2 >= len(tokens) or tokens[look].lower not in _AFFILIATIONS:
        return position
    look = _skip_the(tokens, look + 1)
    last_body_word = -1
    while (
        look < len(tokens) and tokens[look].kind == "word" and (tokens[look].capitalised or tokens[look].lower in _TAIL)
    ):
        if tokens[look].lower in organisation_words:
            last_body_word = look
        look += 1
    if last_body_word < 0 or not 1 <= look - last_body_word - 1 <= 3:
        return position
    if look < len(tokens) and tokens[look].text not in (".", ",", ";", "!", "?"):
        return position
    return last_body_word + 1


_ROLE_CHAIN = 6  # lower-case words of the roles after a place or body and before their holder's name


def _holder_after_roles(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Where the holder's name starts when the capitalised words at `position` only qualify the roles that follow
    them ('"...," said former Kestria coach and former test player Tom Hale': the coach, not Kestria), else
    `position`."""
    look = position
    while look < len(tokens) and tokens[look].capitalised and tokens[look].kind == "word":
        look += 1
    if look == position or look >= len(tokens) or tokens[look].capitalised or not _is_role(tokens[look].lower, lexicon):
        return position
    start = look
    while (
        look < len(tokens)
        and look - start < _ROLE_CHAIN
        and tokens[look].kind == "word"
        and not tokens[look].capitalised
        and not _is_subject_verb(tokens[look], lexicon)
        and tokens[look].lower not in lexicon.words["speech_verbs"]
    ):
        look += 1
    if look < len(tokens) and tokens[look].capitalised and _is_role(tokens[look - 1].lower, lexicon):
        return look
    return position


def _past_roles(tokens: Sequence[Token], position: int, lexicon: Lexicon) -> int:
    """Where the name after a few title or role words starts ("the Presidential Spokesperson X", "spokeswoman X"),
    else `position` ("the Kestrel Police Department")."""
    titles = lexicon.words["titles"]
    for look in range(position, min(position + ROLE_WORDS_BEFORE, len(tokens) - 1)):
        token, after = tokens[look], tokens[look + 1]
        if token.kind != "word" or (not token.capitalised and look > position and not _is_role(token.lower, lexicon)):
            break
        if (
            (token.lower in titles or _is_role(token.lower, lexicon))
            and after.capitalised
            and after.lower not in titles
            and not _is_role(after.lower, lexicon)
        ):
            return look + 1
    return position


def _name_after_the_body(tokens: Sequence[Token], body: int) -> int:
    """Where a speaker's own name starts when it follows the body or office they speak for, set off by a comma and
    closing the sentence or its lead-in ('"...," said a spokesperson for the Acme Union, Rupert Cole.', "said co-owner
    of R & G Produce, X.", "According to a statement by NASA Associate Administrator for the Office of Y, X:"), else
    `body`."""
    look = body
    while look < len(tokens) and (tokens[look].capitalised or tokens[look].lower in _TAIL or tokens[look].text == "&"):
        look += 1
    if look == body or look + 1 >= len(tokens) or tokens[look].text != "," or not tokens[look + 1].capitalised:
        return body
    end = look + 1
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    return look + 1 if end >= len(tokens) or tokens[end].text in (".", "!", "?", ":") else body


def _title_candidates(
    tokens: Sequence[Token], kept: Sequence[Mention], lexicon: Lexicon, particles: frozenset[str]
) -> tuple[tuple[Spot, ...], ...]:
    taken = {i for m in kept for i in range(m.start, m.end)}
    result: list[tuple[Spot, ...]] = []
    for position in range(len(tokens)):
        candidates: list[Spot] = []
        for length in range(min(5, len(tokens) - position), 0, -1):
            span = range(position, position + length)
            if any(i in taken or not tokens[i].capitalised for i in span):
                continue
            key = " ".join(name_key(" ".join(tokens[i].text for i in span), particles))
            if key:
                candidates.append(_spot(key, position, position + length, position, tokens, lexicon))
        result.append(tuple(candidates))
    return tuple(result)


_CONTINUATION_OF = {PERSON: "person", "thing": "thing", "": "all"}
# a quick test before the token scan for '"...," the agency said': most sentences have no body noun after a quote
_BODY_NOUN_PATTERN = "|".join(sorted(BODY_NOUNS))
_BODY_AFTER_QUOTE = re.compile(rf"the (?:{_BODY_NOUN_PATTERN})\b")  # a literal prefix: a fast search


def _continuation_mode(text: str, tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """How a sentence carries over the speakers of the one before: "..., he added." or a bare quotation."""
    if "ccording to" in text:  # most sentences have none: skip the scan
        for index in range(len(tokens) - 2):
            if (
                tokens[index].lower == "according"
                and tokens[index + 1].lower == "to"
                and tokens[index + 2].lower in _OBJECT_PRONOUNS
                and (index + 3 == len(tokens) or tokens[index + 3].kind == "punct")  # not "according to her lawyer"
            ):
                return _OBJECT_PRONOUNS[tokens[index + 2].lower]  # "According to him, ...": as "he said" would
    for index, token in enumerate(tokens):
        kind = _SUBJECT_PRONOUNS.get(token.lower)
        if kind is None or token.kind != "word":
            continue
        if kind == "" and index > 0 and tokens[index - 1].text not in _CLAUSE_OPENERS:
            continue  # "... where they claimed": "they" names the sentence's own actors
        follows = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False) >= 0
        inverted = (
            index >= 2
            and tokens[index - 1].lower in lexicon.words["speech_verbs"]
            and (tokens[index - 2].text == "," or tokens[index - 2].text in _QUOTES)
        )
        # "He defended the plan, saying: ...": the pronoun is the subject of the participle of saying
        participle = kind == PERSON and not follows and not inverted and _participle_after(tokens, index, lexicon)
        if follows or inverted or participle:
            if kind == PERSON and (inverted or index == 0 or tokens[index - 1].text in _CLAUSE_OPENERS):
                return token.lower  # "He said", '"...," she added': the sentence's own speaker, "he" or "she"
            return _CONTINUATION_OF[kind]
    # a body named by its type at the start of a sentence ("The company said") is the organisation that spoke last
    if (
        len(tokens) > 2
        and tokens[0].lower == "the"
        and tokens[1].lower in BODY_NOUNS
        and not _one_holder(tokens[2], lexicon)
        and _speech_verb_after(tokens, 2, lexicon, allow_apposition=False) >= 0
    ):
        return "thing"  # "The company said ...": the body that spoke last
    for index in range(1, len(tokens) - 2) if _BODY_AFTER_QUOTE.search(text) else ():
        if (
            tokens[index].lower == "the"
            and tokens[index + 1].lower in BODY_NOUNS
            and not _one_holder(tokens[index + 2], lexicon)
            and (tokens[index - 1].text == "," or tokens[index - 1].text in _QUOTES)
            and _speech_verb_after(tokens, index + 2, lexicon, allow_apposition=False) >= 0
        ):
            return "thing"  # '"...," the agency said.': the body named before, after its quotation
    stripped = text.strip().rstrip(".!?;:,").strip()
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        inner = stripped[1:-1]
        if not any(q in inner for q in ('"', "“", "”")):
            return "last"
    if tokens and tokens[0].lower in PERSON_PRONOUNS and tokens[0].kind == "word":
        return REFERS  # "He met families at a shelter.": the person named before goes on being the subject
    return ""


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}


def _one_holder(token: Token, lexicon: Lexicon) -> bool:
    """True for a role word in the singular after a body's noun ("The union leader added"): one person, named with
    that role before (`_role_continuation`), not the body ("The union officials said", "the company spokesman
    said")."""
    return (
        token.kind == "word"
        and not token.lower.endswith("s")
        and token.lower not in _AGENTS  # "the company spokesman said": the body speaks through its spokesman
        and _is_role(token.lower, lexicon)
    )


def _participle_after(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when a participle of saying that hangs on its clause's subject follows the pronoun at `index` before any
    capitalised word, quotation mark or clause end ("he defended the plan, saying ..."; not "he met Tom Hale,
    saying", whose speaker the name may be)."""
    speech_verbs = lexicon.words["speech_verbs"]
    for position in range(index + 1, len(tokens)):
        token = tokens[position]
        if token.capitalised or token.text in _QUOTES or token.text in (".", ";", ":", "?", "!"):
            return False
        if token.lower in speech_verbs and token.lower.endswith("ing"):
            return _participle_of_the_subject(tokens, position, lexicon)
    return False
