"""What the analysis of one document hands to the corpus-wide steps, and its encoding for the store.

`analyse_document` (analysis) computes a document's `DocumentFacts` from its text alone: its name counts
(`NameCount`), which `decide_actors` (merge) sums over the corpus, and per sentence the `SentenceFacts` that
`link_document` (link) resolves against the decided actors. The store keeps them encoded (`encode_facts`), so that
a refresh re-links a document without reading its text again.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, NamedTuple

# Bumped whenever the rules, the word lists or the facts' encoding change what is found, so that stored actors are
# recomputed.
# 197: dates, seas, GDP, squares; apposition role modifiers; holder after a country's roles
# 198: films after a year or genre, quoted papers, office holders, labelling, translated names
# 199: capitalised adjectives alone; a middle name alone within a document
# 200: a body named with what it is made of speaks ("the X group of websites reported")
# 201: co-subjects before an employer, outlets after a country's adjective, unnamed officials, listed companies, ...
# 202: a body's own body, a passive's agent, themes after a region's adjective, a pronoun after the one subject
# 203: names listed after a colon that follows a plural body noun; a listed body named once is an actor
# 204: a predicate body stops at a stop word ("a member of the party"); "-s -ed" is a noun and verb only at a phrase end
# 205: "X and other members" says nothing of X's kind (bodies are members too)
# 206: "Express" ends a newspaper's name; doctrines' followers joined by dashes, "Un-ed" openers, "mayor-elect"
# 207: co-subjects before an aside and ", and"; a witness named in an aside; a rank's words before a given name
# 208: protocols, formats and request methods in capitals are no actors ("send HTTP requests")
# 209: a request with quoted words, and a clause ending in a number, before "and" + a verb of saying
# 210: "Pro-X say", "anti-X protesters said": a side taken on X, X does not speak
# 211: a name no given name opens, without a title, that "reported" is an outlet
# 212: a name said to be a site ("X was the site of ...", "X is one of the breeding sites") is a place
# 213: "The X teams noted" speaks through its teams again (a later constant of the same name had shadowed it)
# 214: "Many said" openers, "in Spanish", "Corp." before a verb, "a warning system", brands, "Communist leaders"
# 215: a post's words after its party ("The Tory Shadow Health Secretary"), "[...]" acronyms, "Unionists"
# 216: a one-word name whose "remarks" are reported is a person
# 217: an "-anic" adjective before a plural ("Magellanic penguins") is no actor
# 218: quotes an unnamed speaker's, "and said" after a verb, "called off", "according to A and B", "USA Today", ...
# 219: a document longer than NEWS_MAX_SENTENCES is never read as news (a novel's dialogue, a treatise's "X said:")
# 220: ł/ø folded, faiths, "the god X", glosses, a town no surname, dated/plural documents, "2019 NATO", "All X Union"
# 221: "One news site, X, claims": a name set off after the sentence's opening noun phrase speaks
# 222: outside news, a body's name opening a changelog line with a verb ("Add X Gallery") and a spelt-out acronym
# used as a kind of thing ("a custom CA store") are terms; a country named only by a capitals code of three or four
# letters is none ("PNG or SVG images")
# 223: a quotation after a colon is the opening subject's (not a name after its verb); one after a comma and a
# verb that is no saying ("X defended his decision, \"...") too; "Pope X" keeps its title; "Sheriff" a title
# 224: "by X who said" (no comma) speaks; "The Turkish statement called for" is the country's; "an X spokesperson
# stated ... The spokesperson added": X
# 225: the title kept before one name is a pope's only (a monarch's split "Emperor Alexander" from "Kaiser
# Alexander" in a book); "sheriff" no title again ("Los Angeles Sheriff's office" was cut)
# 226: outside news, a release's numbered heading is no dateline, credits ("by X") make no chronicle, a person named
# in full needs no speech, and one word mostly used as a kind of thing is a term
# 227: a family name that is a thing's or a people's word stands for the person named in full ("Day said"); "She"
# after people named only as objects goes back to the person known by it; "a recent report by X"; townspeople
# 228: "Director-General", "Attorney-General": two titles joined by a hyphen are a title; "X in a statement said";
# "as X chief" is a capacity; "The Kestrel professor added" is the person given that role before (round 33)
# 229: "The outgoing U.S. attorney general, X, said" (an acronym in the role phrase); "X made the announcement and
# also called for ..." (a verb of saying joined by "and" to the subject's first verb)
# 230: a blog's block quotation without quote marks: the paragraphs after one that closes with "X writes:" or "In
# it, X made an interesting observation:" are X's until a sentence names a speaker of its own or X again
# 231: a story's character after a verb of saying and "the" ('"...," said the Mouse.') is a person, not a body
# 232: a summit or festival named with its remit ("X Summit on the Information Society") and its acronym are events
# 233: "the Hale administration", "the Abe cabinet": a one-word name there is the leader, a person, even a word's
# namesake ("the Trump administration" made "Trump" an organisation); a party's word there stays a body
# 234: a one-word name opening the one full name of three words a document gives is that person ("Tedros")
# 235: a one-word name a document writes before "virus", "disease", "fever" ... is a disease wherever it names it
# 236: _organisation_then_person's clause ends are its own again (round 34's character rule had redefined them with ":")
# 237 (ha12): outside news, a name with an acronym or PascalCase word its document writes as code or in the plural
# is a term ("Windows API" beside "APIs"); a document writing code in its prose is not news
# 238 (ha14): a verb of saying's word after a determiner before a straight quotation mark is a noun, the mark closes
# ('"... from their whispers," X wrote': the quotation of several sentences is X's)
# 239 (ha15): "in Spanish and Chinese..." are two languages; "Chad Monroe", "Jordan Thornquest": a country's name as a
# given name before a family name; "our friends at Spirit of America": a capitalised common word "of" a country names
# a body; "ISIS (Islamic State of Iraq and Syria)": an acronym spelling its bracket makes the bracket one name
# 240 (ha15): a known given name alone that speaks or is written as a person ("I think Rebecca pointed out") joins the
# only person of the corpus it opens, though only other documents name that person in full
# 241 (ha15): a full name opening a sentence before "She says ..." speaks through the pronoun (evidence outside
# news); "In the concluding section of her paper X raises ...:" has X as the subject introducing a block quotation
# 242 (ha16): "Thank", "Thanks" (courtesy words opening a sentence or a quotation) are never names; one word every
# mention of which its document also writes in lower case is no actor however often it speaks ("Police said")
# 243 (ha17): the common words left after a leading title are a post's or a body part's, not a name ("the Chief
# Privacy Officer", "the Executive Branch", "Executive Order 12333"; "President Bush" stays)
# 244 (ha17): a sentence closing with a colon after "of", "include(s)", "including", "are" or "were" opens a list,
# not a quotation ("The Board is comprised of:"): neither it nor the paragraphs after it are its subject's words
# 245 (ha17): the two capitals between a dateline's city in capitals and its dash are a state or a district, a
# place ("WASHINGTON, DC -- ...", "BOSTON, MA - The X ...": the name starts after the dash)
# 246 (ha17): capitalised common words before "of (the)" and a name ending in a thing word are the head of that
# thing's name ("the Implementing Recommendations of the 9/11 Commission Act"), not a body
# 247 (ha17): a statement announced in full ("X has released the following statement") goes to X, a body's as well as
# a person's, in the quotation paragraphs after it, across an intervening sentence and open quotation marks
# 248 (ha17): one capitalised common word after a possessive pronoun is a common noun capitalised out of respect,
# not a name ("served our Nation", "my Administration")
# 249 (ha18): a titled name after the body it serves opens the clause ("Kestrel Board (KB) Chairman X and Board
# Members Y and Z have released ..."), and a body's word before a title joins ("X and Board Member Y said"): all speak
# 250 (ha18): a surname written after a title ("President X", "Judge X") joins the only person of the corpus whose
# full name ends with it, though that full name is given only in other documents
# 251 (ha18): "notified X that ..." is a verb of saying, as "informed"; "confirmed the nomination(s) / appointment(s)
# of" is a vote on an appointment, no statement
# 252 (ha18): "notified" is a verb of saying only with a "that" clause after its object ("notified the Board that";
# not "notifies those that are members", which listed a curl docs service as a person)
# 253 (ha18): a model's code ("B-17", one or two letters, a hyphen, a number) after a maker's name, or in the plural,
# makes a name a model, not an actor ("Boeing B-17 Flying Fortress", "B-17s"); the code alone stays ("G-7")
# 254 (ha19, round 38): the quote state reads an elision's quote mark ('"[...]') and a single mark closing before a
# double one; "scholar" a role; a university's campus after a comma in its name; "regulations" and "linux" thing
# words, church buildings place words; a relative's given name alone a person ("His wife Mary"); short given names
# join their full names in the same documents ("Ed" for "Edward"); a name joined to a lower-case term no dictionary
# has is a thing ("ZMapp and remdesivir"); "talked" a verb of saying; a bracketed aside before a role phrase's comma;
# "limited" and "kft" organisation words; "Let's" no name
# 255 (issue 16, round 39): a verb of saying put first is no word of the name after it ("Remarked X Trust scientist
# Y,"); initials joined by "&" are one acronym ("PG&E", written without spaces, an acronym in brackets of its name);
# a list after "of" inside a body's name ("Union of Rail, Maritime and Transport Workers"); "X and Y Tribes" one
# body; "workers" and "tribes" organisation words
# 256 (issue 16, round 40): a vessel after a dotted prefix or a craft noun ("the U.S.S. X", "The boat, X,") is a
# thing wherever named; a negated verb of saying gives no statement; a number inside a body's name ("the Lost 12
# Society"); "project" an organisation word, "internet" a thing word; a one-word body after an office "of the" ends
# before its holder ("Speaker of the House X Y"); a title's word after a given name alone a family name ("Carole
# Mayor"); a party's own name keeps its country's adjective; two compass words opening a body's name; a name before
# a travel facility ("X station") a place; derived adjectives alone ("Islamic leaders") no body; a holiday's "Eve";
# a university's place after "a professor at"; "Jr."/"Sr." suffixes; a people's word after an inner "The" ("The
# Hindu"); an office of common words before its holder ("Chief Financial Officer X"); an opening setting ("In X,")
# and a town or state before "mayor", "senator", "governor" places; a body in brackets after a person her party; a
# building an apposition names; a nickname in quotes inside a person's name; peoples after "Ethnic" or in its list,
# and a people's plural in "-ians"
# 257 (ha22): "X and Y Tribes" opening a sentence is one body whatever the sentence's last word (a given name there
# was read as the word before X, leaving "Y Tribes")
# 258 (ha23): an enumeration or abbreviation mark opening a sentence ("II.", "1.", "a)", "E.g.", "N.B.") is left out, so
# the word after it opens the sentence ("II. Others", "E.g. How" are no names); "say" set off by commas ("in, say,
# Velby") gives an example, not a speaker cue
# 259 (ha24, round 41): "a no-deal X" (an article and a lower-case modifier before a one-word name) a thing; waters
# named after a people ("the English Channel") and a country before "War"/"Civil War" no names; "Due to", "Owing
# to" opening a sentence no name; "a <made thing> ..., called X" and "invented the X" things; "according to X's
# critics" no statement of X; verbs of entering or taking ground locatives; "cite(d)" a verb of saying; two common
# words after a title a person's name ("Judge Gray Hale"); '"...," reads X's statement' X's; "-era"/"-style" names
# modifiers; a legislature named alone that acts kept beside its lower-case word
# 260 (ha26, round 42): names cut out of a longer name at a joining word ("Fridays for | Future", "Quai des |
# Orfèvres", "X et d'Y", after "&") or of a place's ("the X region", "Grenada | Street") no mentions; titles after
# "the" ending a body's name kept ("Office of the Inspector General"); "-confirmed", "-appointed" acting affixes
# and (ha27, round 43, the same stop) outside news an acronym before a technical noun ("AJAX requests", "the PSYNC
# command", "CORS headers") is strong term evidence; an acronym in the plural ("IDs", "APIs") names no actor
# 261 (ha28, round 44): the United States' State Department no longer one of its seats (a department speaks for
# itself; the White House and the Pentagon stay); a name opened by a definite article of another
# language ("El", "Il", "Die", "Der", "Los", "Las") or by "Islamic" an organisation; "X Nation" and a company's
# national arm ("X Polska", "X Deutschland") organisations
# 262 (ha31, round 46): a level of government capitalised alone before a noun ("State media", "Federal
# prosecutors") or cut from "the State of X" is an adjective, not a body; a body noun in an apposition before a
# relative clause (", an education company that ...") and "X is owned by", "X and its ..." make X a body; a body's
# word inside a name of three words or more no given name opens an organisation ("Box Office X"); common words
# ending with a role, capitalised ("X, Product Manager for Y, said") an office, not an actor, its holder the speaker;
# a name right after a lower-case software kind ("with theme X", "the plugin X") a thing
# 263 (ha33, round 48): a publication after a lower-case writing role ("contributor to X", "a columnist for X") and
# an online company after its kind ("the social media site X", "tech giant X") are bodies
# 264 (ha34, round 49): a compass word before a country opens its region's body ("North Wales Police"), a body's
# name after "and" counts to its organisation word; a union of states' possessive ends its name ("the United
# Nations' X Organization": two bodies); a titled subject's second verb of saying after "and", a comma or a name
# after a preposition between ("Senate President X expressed opposition ... of Y, and suggested"); "X Hall", "X
# Estuary" (and lagoons, fjords, reservoirs) are places, "Tom Hall" a person
# 265 (ha35, round 50, docs): a title before one abstract common noun is a heading ("General Discussion", "Major
# Improvements"), no person; a name before a screen part ("the 'Live TV' section") or after "Click"/"select" a label
# 266 (ha36, round 51, news): "X Tribe" is a body (a compass adjective before it kept: "the Northern X Tribe"); a
# speaker named by role with lower-case words the earlier titled person's title lacks ("the local health minister"
# after "Civil Aviation Minister X") is not that person; "United States X" spells its acronym without the country
# 267 (ha37, round 52, books, docs): verse "Be"/"Till" end or split names, "[1] See X", "Fort X", "X HTTP" no actor
# 268 (ha40, round 55, press releases): "X's statement on ...:" and "X made the following statement" announce X's;
# a title's office ("Secretary of the Interior X", "Under Secretary for A and B X") and "Under"/"Assistant" before it;
# "Below are remarks by X:" announces X's paragraphs after it
# 269 (ha38, round 53, news): "The Department" alone is the document's one body holding that word; "declared a state
# of emergency" (war, mourning, curfew) is an act, no words; a clipped name in brackets ("(CalFire)") as an acronym
# 270 (ha39, round 54, docs): outside news "X TV", "X Services", "X Monitor" need an acronym; "from No X Press"
# 271 (ha41, round 56, news): "denied funding" (bail, access, entry ...) an act, no words; "X and his supporters
# claimed", "X and others warned" X's words; "told NPR | X had ..." two names; "John Tory" (a given name) a person
# 272 (ha42, round 57, press, docs): '"...," said co-owner of X, Y.', "a statement by <office>, Y:" are Y's; a
# paragraph closing a quotation it never reopened goes on with it; "X Terms Of Service", "GT 1030", "Time Service
# (TIME)" give no body; "the White Rabbit" (a story's animal) is a person
ACTORS_VERSION = 272

# The nouns a body is named by after "the" ("The company said", "The Department issued a statement").
BODY_NOUNS = frozenset(
    {
        *("company", "firm", "agency", "group", "organisation", "organization", "party", "newspaper", "broadcaster"),
        *("network", "movement", "ministry", "department", "council", "commission", "committee", "board", "bank"),
        *("charity", "militia", "alliance", "union", "church", "university", "channel", "airline", "court"),
    }
)

# A body's short name made of the heads of its long name's words, each capitalised ("CalFire", "FinCom"), as an
# acronym is made of their initials: given in brackets after the long name, it is that body's wherever used.
CLIPPED_NAME = re.compile(r"(?:[A-Z][a-z]+){2,4}")

# Actor kinds.
PERSON = "person"
# The pronouns that stand for a person named before: "He said", '"...," she added'.
PERSON_PRONOUNS = frozenset({"he", "she"})
COUNTRY = "country"
ORGANISATION = "organisation"

# Evidence kinds, in the order `NameCount.evidence` holds them.
EVIDENCE = (
    "person",
    "organisation",
    "place",
    "acronym",
    "adjective",
    "actor",
    "speaker",
    "lowercase",
    "subject",
    "news",
    "titled",
    "headline",  # mentions in title-case lines ("Preface by Lionel Giles INTRODUCTION Sun Wu and his Book")
    # mentions of a name of two words or more that the same document also writes with its last word in lower case,
    # organisation word or not ("the Radio Group ... a radio group", "Radio groups"), that fill a line or a table
    # cell alone, or that stand between a determiner and a noun ("a Radio Group event"): a term, a kind of thing
    "term",
    # mentions in a document too short to tell news from other text: counted as "news" or not by the genre of the
    # corpus's other documents (`short_as_news`)
    "undecided",
)
EVIDENCE_INDEX = {name: index for index, name in enumerate(EVIDENCE)}
RELIABLE, UNRELIABLE = "+", "-"  # NameCount.reliable, when it is not a word the corpus must know
# SentenceFacts.quote bits: QUOTED, QUOTE_OPEN (see there); PARAGRAPH: it opens a paragraph; QUOTE_MARK: it holds a
# quotation mark, stands inside a quotation or ends with a colon introducing one.
QUOTED, QUOTE_OPEN, PARAGRAPH, QUOTE_MARK = 1, 2, 4, 8
# SPOKEN: a verb of saying stands after its quotation ('"...," court officials told Xinhua'): the quotation has an
# attribution of its own, named or not, and waits for no other speaker
SPOKEN = 16
# COLON_END: it ends with a colon ("X writes:"): a paragraph after it without quotation marks may be the block
# quotation it introduces (a blog's style)
COLON_END = 32
# ANNOUNCES: its speaker announces a statement given in full after it ("X has released the following statement"): the
# next paragraph, if it opens a quotation, is that speaker's, a person's or a body's, and so are the quotation
# paragraphs that go on with it
ANNOUNCES = 64
# ATTRIBUTION: it says nothing of its own, a speaker and a verb of saying only ("Tom Hale said.", "Hale, the agency's
# head, said on Tuesday."): the splitter cut it off the quotation before ('"...?" Hale asked.'), whose statement it
# gives to its speaker; it is a mention of the speaker, not a statement of its own
ATTRIBUTION = 128
BLOCK_QUOTE_PARAGRAPHS = 8  # paragraphs such a block quotation may run
SKIP = "skip"  # SentenceFacts.continuation of a sentence without words ("..."): linking passes over it
REFERS = "refers"  # SentenceFacts.continuation of "He met families.": no speech, the same person goes on
# SentenceFacts.continuation of "X visited Leeds, where she claimed ...": a pronoun inside a later clause of a sentence
# that opens with a name, which it most likely stands for
SUBJECT = "subject"
ROLE = "role:"  # SentenceFacts.continuation of "the government spokesman said": ROLE + "government spokesman"
COUNTRY_KEY = "#"  # merge keys of countries: this, then the country's name (name keys are words)
# A document's genre, kept among its `DocumentFacts.words` (a space never stands in a word) so that the store counts
# the documents of each genre as it counts the words: read as news, or read as not news; a short one has neither.
NEWS_DOCUMENT, PROSE_DOCUMENT = " news", " prose"


def short_as_news(news_documents: int, prose_documents: int) -> bool:
    """Whether a corpus's documents too short to tell are read as news: unless most of those long enough to tell
    are not news (a folder of software docs has many short pages, a news corpus few)."""
    return prose_documents <= news_documents


class NameCount(NamedTuple):
    """How often one form of a name occurs, with its summed evidence: the unit alias merging works on."""

    key: str  # merge key: the words of `name_key` joined by spaces, or "#" and a country's name
    surface: str
    name: str
    reliable: str  # RELIABLE, UNRELIABLE, or a word: reliable only where the corpus has that word in mid-sentence
    mentions: int
    evidence: tuple[int, ...]  # counts in EVIDENCE order


class Spot(NamedTuple):
    """A name in a sentence as linking needs it: all but which actor it is, which the corpus decides."""

    key: str  # merge key ("" when the name has none)
    start: int
    end: int
    phrase_start: int
    adjective: bool  # a country adjective ("Russian"): never a speaker
    possessive: bool
    opener: bool  # nothing, a quote, colon, dash or comma before the phrase: it can open "X and Y have said"
    verb: int  # index of the speech verb the name is the subject of, or -1 (none, or after "of", "with", ...)
    roles_end: int  # index after role words following the name ("UN spokesman X": X's), or -1
    gender: str = ""  # "he" or "she" when the first name or a title before it says so ("Mary Jones", "Mr Lee")
    # a person's name that is the sentence's subject, as far as position tells: it opens the sentence, speaks, or a verb
    # follows it ("Meanwhile, X denounced ..."); not "greeted by the President and his wife, X"
    subject: bool = False
    # the role a person's name is given here, in lower case: before it with its title's words or in an apposition after
    # it ("government spokesman X", "Civil Aviation Minister X", "X, the mayor,"): "the spokesman said" later is theirs
    role: str = ""


class SentenceFacts(NamedTuple):
    """What linking needs of one sentence, computed from its text alone."""

    spots: tuple[Spot, ...]  # the mentions in order; in a title-case line, only its countries
    joins: int  # bit i set: token i is "and" or ","
    and_verbs: tuple[tuple[int, int], ...]  # ("and" index, speech verb after it): "X and Y and have denied"
    cues: tuple[tuple[int, int, int], ...]  # (speech verb or -1, cue if the verb has no subject, cue if it has)
    # how it carries the speakers before over: "he"/"she" (opening its clause), "person", "thing", "all", "last",
    # REFERS, "" or SKIP; or ROLE + a role and the lower-case words before it ("the health minister said": the person
    # last given a role holding those words)
    continuation: str
    title: tuple[tuple[Spot, ...], ...] = ()  # a title-case line: per token, known names could start there
    # QUOTED: it opens with a quotation or inside one; | QUOTE_OPEN: the quotation goes on after it; | PARAGRAPH,
    # QUOTE_MARK
    quote: int = 0


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What actor finding needs of one document, computed from its text alone."""

    sentences: tuple[SentenceFacts | None, ...]  # in reading order; None: nothing to link
    names: tuple[NameCount, ...]
    # capitalised common words in mid-sentence ("Trump"): names even opening a sentence; and the document's genre
    # (NEWS_DOCUMENT, PROSE_DOCUMENT or neither)
    words: frozenset[str]

    @property
    def keys(self) -> frozenset[str]:
        """The merge keys the document's links depend on."""
        # (comprehensions: one call per document, not one per sentence)
        spots = {spot.key for facts in self.sentences if facts is not None for spot in facts.spots}
        titles = {
            spot.key
            for facts in self.sentences
            if facts is not None and facts.title
            for candidates in facts.title
            for spot in candidates
        }
        return frozenset((spots | titles) - {""})


# Encoding for the store ----------------------------------------------------------------------------------------------


def encode_facts(facts: DocumentFacts) -> bytes:
    """A document's facts as compact bytes (zlib-compressed JSON), for the store."""
    payload = [list(facts.sentences), list(facts.names), sorted(facts.words)]
    return zlib.compress(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"), 1)


def decode_facts(blob: bytes) -> DocumentFacts:
    """`encode_facts` undone."""
    sentences, names, words = json.loads(zlib.decompress(blob))
    return DocumentFacts(
        sentences=tuple(None if s is None else _decode_sentence(s) for s in sentences),
        names=tuple(NameCount(n[0], n[1], n[2], n[3], n[4], tuple(n[5])) for n in names),
        words=frozenset(words),
    )


def _decode_sentence(row: list[Any]) -> SentenceFacts:
    spots, joins, and_verbs, cues, continuation, title, quote = row
    return SentenceFacts(
        tuple(Spot(*spot) for spot in spots),
        joins,
        tuple((a, b) for a, b in and_verbs),
        tuple((a, b, c) for a, b, c in cues),
        continuation,
        tuple(tuple(Spot(*spot) for spot in candidates) for candidates in title),
        quote,
    )
