"""Actors: the people, countries and organisations the documents mention, and the sentences in which they speak.

Pure and synchronous: no I/O but reading the word lists shipped in `retrieval/data/`. The method is rules over
capitalised word sequences, checked by measurement against a hand-made gold (`bench/actors.py`):

1. Each sentence is cut into word tokens. Phrases of the country gazetteer (`data/countries.tsv`: names, official
   names, adjectives, capitals, seats of government) and of regions are matched first, longest first. A capital or
   seat counts as its country only where it stands for the government ("Moscow does not think", "the Kremlin said"),
   not where it is a place ("in Tehran", "in Sochi and Ankara", "the Tehran summit").
2. The other runs of capitalised words are name candidates. Leading titles ("Turkish President", "Prime Minister")
   are stripped and mark a person; a final organisation word ("ABC News", "Foreign Ministry") marks an organisation;
   time words ("Friday", "September"), stop words ("The") and a capitalised common word at the start of a sentence
   ("Stop", "Sources", "Latest": `data/common_words.txt`) are not names unless the corpus has them in mid-sentence
   ("Trump"). Title-case lines ("Latest News") only match names found elsewhere.
3. Across the corpus, candidates are merged (surname into full name, "al-Assad" = "Assad", accents and possessives
   ignored, an acronym into the organisation it abbreviates) and each group's evidence decides its kind or drops it
   (a place: "in Idlib", "southern Idlib", "Idlib province"; an adjective: "Islamist militant groups"). Merging
   reads counts per distinct name form, not the sentences, and is a graph whose edges each depend on a few names
   only ("Merging" below), so that a store can redo only what a changed document touches.
4. Statements: the actor right before a speech verb (`X said`, `X has warned`, `X, a member of ..., said`), right
   after one (`"...", said X`), after "according to" or "told by", and a pronoun or bare-quote continuation of the
   sentence before (`"...", he added.`).

The work is split for incremental upkeep (see "The corpus, in three steps"): `analyse_document` reads one
document's text, `decide_actors` merges a corpus's name counts, `link_document` links one document's sentences to
the actors; `find_actors` chains them over a whole corpus and `Store.refresh_actors` keeps them up to date.

`ActorDirectory` and `summarize` answer questions about the stored result: look-up by name or alias, suggestions,
autocomplete, and the summary of one actor.
"""

from __future__ import annotations

import difflib
import itertools
import json
import math
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple, Protocol

from retrieval.models import Source
from retrieval.tokenize import STOP_WORDS

# Bumped whenever the rules or word lists change what is found, so that stored actors are recomputed.
ACTORS_VERSION = 3

PERSON = "person"
COUNTRY = "country"
ORGANISATION = "organisation"


# --------------------------------------------------------------------------------------------------------------
# Word lists


@dataclass(frozen=True, slots=True)
class Country:
    """One line of the gazetteer."""

    name: str
    other_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


# Phrase forms in the gazetteer.
_NAME, _ADJECTIVE, _CAPITAL, _SEAT, _REGION = "name", "adjective", "capital", "seat", "region"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists actor finding uses; `load_lexicon()` reads the shipped ones."""

    countries: tuple[Country, ...]
    phrases: Mapping[tuple[str, ...], tuple[str, str]]  # token texts → (country name or region, form)
    phrase_lengths: Mapping[str, tuple[int, ...]]  # first token → lengths of the phrases it starts, longest first
    words: Mapping[str, frozenset[str]]  # section of actor_words.txt → lower-case entries
    common_words: frozenset[str]

    def has(self, section: str, word: str) -> bool:
        """True when `word` (any case) is in a section of the word lists."""
        return word.casefold() in self.words.get(section, frozenset())

    def has_lower(self, section: str, lower: str) -> bool:
        """`has` for a word already case-folded."""
        return lower in self.words.get(section, frozenset())

    def adjective_of(self, country: str) -> str:
        """The first adjective of a country ("Iranian"), or its name."""
        for entry in self.countries:
            if entry.name == country:
                return entry.adjectives[0] if entry.adjectives else entry.name
        return country


def _data_text(name: str) -> str:
    return resources.files("retrieval").joinpath(f"data/{name}").read_text(encoding="utf-8")


def parse_countries(text: str) -> tuple[Country, ...]:
    """Countries from the tab-separated gazetteer text (see the head of `data/countries.tsv`)."""
    countries: list[Country] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [*line.split("\t"), "", "", "", ""][:5]

        def items(cell: str) -> tuple[str, ...]:
            return tuple(item.strip() for item in cell.split("|") if item.strip())

        countries.append(Country(cells[0].strip(), items(cells[1]), items(cells[2]), items(cells[3]), items(cells[4])))
    return tuple(countries)


def parse_word_lists(text: str) -> dict[str, frozenset[str]]:
    """The `[section]` lists of `data/actor_words.txt`, lower-cased."""
    sections: dict[str, set[str]] = defaultdict(set)
    current = ""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        sections[current].add(line.casefold())
    return {name: frozenset(entries) for name, entries in sections.items()}


def build_lexicon(countries: Sequence[Country], words: Mapping[str, frozenset[str]], common: Iterable[str]) -> Lexicon:
    """A lexicon from parsed lists (tests build small ones)."""
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(phrase: str, value: tuple[str, str]) -> None:
        key = tuple(token.text for token in tokenize_sentence(phrase) if token.kind != "punct" or token.text == ",")
        if key and key not in phrases:  # the first country listed keeps a shared adjective ("Congolese")
            phrases[key] = value

    for country in countries:
        for phrase in (country.name, *country.other_names):
            add(phrase, (country.name, _NAME))
        for phrase in country.adjectives:
            add(phrase, (country.name, _ADJECTIVE))
        for phrase in country.capitals:
            add(phrase, (country.name, _CAPITAL))
        for phrase in country.seats:
            add(phrase, (country.name, _SEAT))
    for region in words.get("regions", frozenset()):
        add(" ".join(part.capitalize() for part in region.split()), (region, _REGION))
    return Lexicon(
        countries=tuple(countries),
        phrases=phrases,
        phrase_lengths={
            first: tuple(sorted({len(k) for k in phrases if k[0] == first}, reverse=True))
            for first in {k[0] for k in phrases}
        },
        words=dict(words),
        common_words=frozenset(common),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped word lists (read once)."""
    common = (line.strip() for line in _data_text("common_words.txt").splitlines() if line.strip() and line[0] != "#")
    return build_lexicon(
        parse_countries(_data_text("countries.tsv")), parse_word_lists(_data_text("actor_words.txt")), common
    )


# --------------------------------------------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(r"((?:[^\W\d_]\.){2,})|([^\W_]+(?:['’\-‐‑][^\W_]+)*)|([^\w\s])")
_PREFIXES = frozenset({"anti", "pro", "ex", "non", "post", "pre", "neo", "mid", "pan"})
_ORG_SUFFIXES = frozenset({"linked", "affiliated", "allied", "aligned", "inspired"})
_ACTOR_SUFFIXES = frozenset({"backed", "led", "sponsored", "funded", "run", "owned", "supported", "brokered"})
_PLACE_SUFFIXES = frozenset({"based", "held", "controlled", "bound", "born"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
_OPENERS = _QUOTES | {":", "|", "—", "–", "(", "-", "["}
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ul)[-‐‑](?=[^\W\d_])", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("ist", "ists", "ic", "ish", "ese", "ite", "ites", "ern", "ean")
_HYPHEN = re.compile(r"[\-‐‑]")
_SUBJECT_PRONOUNS = {"he": PERSON, "she": PERSON, "they": "", "it": "thing"}


class Token(NamedTuple):
    """A token of a sentence: its text (apostrophes straightened) and kind, and any hyphen affix cut off. Tokens
    carry no offsets, so equal surfaces share one cached tuple of tokens."""

    text: str
    kind: str  # "word", "acronym", "possessive" ('s), "punct"
    affix: str = ""  # "anti" for anti-Assad, "linked" for Al-Qaeda-linked
    lower: str = ""  # the text case-folded
    capitalised: bool = False  # a word or acronym starting with a capital (or "al-" and a capital)


def _token(text: str, kind: str, affix: str = "") -> Token:
    capitalised = kind in ("word", "acronym") and (
        text[0].isupper() or ("-" in text[:4] and bool(_ARTICLE_PREFIX.match(text)))
    )
    return Token(text, kind, affix, text.casefold(), capitalised)


@lru_cache(maxsize=500_000)
def _surface_tokens(surface: str, kind: str) -> tuple[Token, ...]:
    if kind != "word":
        return (_token(surface, kind),)
    possessive = surface.endswith(("'s", "'S")) and len(surface) > 2
    if possessive:
        surface = surface[:-2]
    affix = ""
    parts = _HYPHEN.split(surface) if "-" in surface or "‐" in surface or "‑" in surface else [surface]
    if len(parts) > 1 and parts[0].casefold() in _PREFIXES and parts[1][:1].isupper():
        surface = surface[len(parts[0]) + 1 :]
        affix = parts[0].casefold()
        parts = parts[1:]
    suffix = parts[-1].casefold() if len(parts) > 1 else ""
    if suffix in _ORG_SUFFIXES | _ACTOR_SUFFIXES | _PLACE_SUFFIXES and surface[:1].isupper():
        surface = surface[: -(len(parts[-1]) + 1)]
        affix = suffix
    word = _token(surface, "word", affix)
    return (word, _token("'s", "possessive")) if possessive else (word,)


def tokenize_sentence(text: str) -> list[Token]:
    """Word, acronym, possessive and punctuation tokens, with "anti-"/"-linked" affixes cut off capitalised words."""
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    tokens: list[Token] = []
    for acronym, word, punct in _TOKEN.findall(text):
        if word:
            tokens.extend(_surface_tokens(word, "word"))
        elif acronym:
            tokens.extend(_surface_tokens(acronym, "acronym"))
        else:
            tokens.extend(_surface_tokens(punct, "punct"))
    return tokens


def _fold(text: str) -> str:
    """Case, accents and apostrophe variants folded away."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=100_000)
def name_key(name: str, particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The merge key of a name: folded words without particles, articles ("al-") or dots ("U.S." → "us")."""
    words: list[str] = []
    for token in tokenize_sentence(name):
        if token.kind == "possessive" or token.kind == "punct":
            continue
        word = _ARTICLE_PREFIX.sub("", token.text)
        folded = _fold(word).replace(".", "")
        if folded and folded not in particles:
            words.append(folded)
    return tuple(words)


# --------------------------------------------------------------------------------------------------------------
# One sentence


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
    evidence: Counter[str] = field(default_factory=Counter)

    @property
    def is_adjective(self) -> bool:
        return self.form == _ADJECTIVE


@dataclass(slots=True)
class SentenceAnalysis:
    """The tokens and mentions of one sentence."""

    tokens: list[Token]
    mentions: list[Mention]
    title_case: bool


def _is_title_case(tokens: Sequence[Token]) -> bool:
    """A headline: two capitalised words or more, and no lower-case word of content."""
    capitals = 0
    for token in tokens:
        if (token.kind == "word" or token.kind == "acronym") and token.text[:1].isalpha():
            if token.capitalised:
                capitals += 1
            elif len(token.text) > 3 and token.lower not in STOP_WORDS:
                return False
    return capitals >= 2


def _speech_verb_after(tokens: Sequence[Token], index: int, lexicon: Lexicon, allow_apposition: bool = True) -> int:
    """Index of a speech verb that `tokens[index:]` leads to through auxiliaries and adverbs, else -1."""
    position = index
    skipped = 0
    while position < len(tokens) and skipped <= 4:
        token = tokens[position]
        if token.kind == "word" and not token.capitalised and lexicon.has_lower("speech_verbs", token.lower):
            return position
        if token.kind == "word" and lexicon.has_lower("auxiliaries", token.lower):
            position += 1
            skipped += 1
            continue
        break
    if allow_apposition and position < len(tokens) and tokens[position].text == "," and position == index:
        # "X, a member of the ... team, said": an apposition between commas, then the verb
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None or (following.capitalised and following.lower not in STOP_WORDS):
            return -1
        for close in range(position + 1, min(len(tokens), position + 30)):
            token = tokens[close]
            if token.kind == "punct" and (token.text in _QUOTES or token.text in ".;:!?"):
                return -1
            if token.kind == "word" and lexicon.has_lower("speech_verbs", token.lower) and close > position + 1:
                return -1
            if token.text == ",":
                return _speech_verb_after(tokens, close + 1, lexicon, allow_apposition=False)
    return -1


def _previous_word(tokens: Sequence[Token], index: int, skip_the: bool = True) -> Token | None:
    position = index - 1
    while position >= 0:
        token = tokens[position]
        if skip_the and token.lower == "the":
            position -= 1
            continue
        return token
    return None


def _after_locative(tokens: Sequence[Token], index: int, lexicon: Lexicon) -> bool:
    """True when the name at `index` follows "in"/"at"/... directly or through "X and", "X,"."""
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
            return lexicon.has_lower("locatives", token.lower)
        if token.capitalised or token.text == ",":
            position -= 1
            steps += 1
            continue
        return False
    return False


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


def analyse_sentence(text: str, lexicon: Lexicon, tokens: list[Token] | None = None) -> SentenceAnalysis:
    """Tokens and name mentions of one sentence (kinds and merging are decided across the corpus).

    A capitalised common word opening the sentence ("Trump said", "Stop") is left to the corpus: its mention
    `needs` that word, which makes it a name only where the corpus also has it in mid-sentence.
    """
    tokens = tokenize_sentence(text) if tokens is None else tokens
    title_case = _is_title_case(tokens)
    mentions: list[Mention] = []
    covered = [False] * len(tokens)
    for start, end, country, form in _find_phrases(tokens, lexicon):
        for position in range(start, end):
            covered[position] = True
        if form == _REGION:
            continue
        nxt = tokens[end] if end < len(tokens) else None
        possessive = nxt is not None and nxt.kind == "possessive"
        after = tokens[end + 1] if possessive and end + 1 < len(tokens) else nxt
        if form in (_CAPITAL, _SEAT):
            if nxt is not None and nxt.capitalised and not lexicon.has_lower("titles", nxt.lower):
                for position in range(start, end):  # part of a longer name: "Bangkok Post", "Victoria Nuland"
                    covered[position] = False
                continue
            if _after_locative(tokens, start, lexicon):
                continue
            if after is not None and not possessive and lexicon.has_lower("place_nouns", after.lower):
                continue
            if tokens[start].affix in _PLACE_SUFFIXES:
                continue
        surface = " ".join(t.text for t in tokens[start:end]).replace(" ,", ",")
        mentions.append(Mention(surface, country, start, end, start, country, form, possessive=possessive))
    _find_name_candidates(tokens, covered, mentions, lexicon, title_case)
    mentions.sort(key=lambda m: m.start)
    # A run of leading adjectives belongs to the phrase of the name it qualifies ("Turkish President X").
    for index, mention in enumerate(mentions):
        if mention.form != "" or index == 0:
            continue
        previous = mentions[index - 1]
        if previous.is_adjective and previous.end == mention.phrase_start:
            mention.phrase_start = previous.phrase_start
    return SentenceAnalysis(tokens, mentions, title_case)


def _runs(tokens: Sequence[Token], covered: Sequence[bool], lexicon: Lexicon) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if covered[position] or not token.capitalised:
            position += 1
            continue
        end = position + 1
        while end < len(tokens) and not covered[end]:
            current = tokens[end]
            particle = False
            if current.kind == "word" and lexicon.has_lower("name_particles", current.lower):
                look = end + 1  # "Ursula von der Leyen": particles, then a capitalised word
                while look < len(tokens) and lexicon.has_lower("name_particles", tokens[look].lower):
                    look += 1
                particle = look < len(tokens) and tokens[look].capitalised and not covered[look]
            if (
                current.capitalised
                and lexicon.has_lower("titles", current.lower)
                and not lexicon.has_lower("titles", tokens[end - 1].lower)
                and _title_then_name(tokens, covered, end, lexicon)
            ):
                break  # "NATO | Secretary General Jens Stoltenberg", "Commission | President Ursula von der Leyen"
            title_dot = current.text == "." and lexicon.has("titles", tokens[end - 1].text + ".")
            if (current.capitalised and not tokens[end - 1].affix) or title_dot or particle:
                end += 1
            elif (
                current.lower in ("of", "for")
                and lexicon.has_lower("organisation_words", tokens[end - 1].lower)
                and end + 1 < len(tokens)
                and not covered[end + 1]
                and (tokens[end + 1].capitalised or (tokens[end + 1].lower == "the" and end + 2 < len(tokens)))
            ):
                # "Ministry of Foreign Affairs", "Organisation for the Prohibition of Chemical Weapons"
                look = end + 1 + (tokens[end + 1].lower == "the")
                if look < len(tokens) and tokens[look].capitalised and not covered[look]:
                    end = look
                else:
                    break
            else:
                break
            if tokens[end - 1].affix:
                break
        runs.append((position, end))
        position = end
    return runs


def _title_then_name(tokens: Sequence[Token], covered: Sequence[bool], index: int, lexicon: Lexicon) -> bool:
    """True when titles from `index` on are followed by a capitalised word that is not a title."""
    while index < len(tokens) and not covered[index] and lexicon.has_lower("titles", tokens[index].lower):
        index += 1
    return index < len(tokens) and not covered[index] and tokens[index].capitalised


def _is_common(word: str, lexicon: Lexicon) -> bool:
    folded = word.casefold()
    return folded in lexicon.common_words or folded in STOP_WORDS or lexicon.has("time_words", word)


def _find_name_candidates(
    tokens: Sequence[Token],
    covered: Sequence[bool],
    mentions: list[Mention],
    lexicon: Lexicon,
    title_case: bool,
) -> None:
    for run_start, run_end in _runs(tokens, covered, lexicon):
        words = [i for i in range(run_start, run_end) if tokens[i].kind != "punct"]
        # leading stop words and time words are never part of a name ("The", "Today's")
        after_the = False
        while words and (
            tokens[words[0]].lower in STOP_WORDS or lexicon.has_lower("time_words", tokens[words[0]].lower)
        ):
            after_the = tokens[words.pop(0)].lower == "the"
        words = [
            i
            for i in words
            if not lexicon.has_lower("time_words", tokens[i].lower)
            and not (tokens[i].kind == "word" and len(tokens[i].text) > 5 and tokens[i].text.isupper())  # "BRUSSELS"
        ]
        if not words:
            continue
        first = words[0]
        previous = tokens[first - 1] if first > 0 else None
        initial = previous is None or previous.text in _OPENERS
        is_org = lexicon.has_lower("organisation_words", tokens[words[-1]].lower) and (
            len(words) >= 2 or not _is_common(tokens[words[-1]].text, lexicon)  # "Reuters"
        )
        titled = False
        if not is_org:
            while len(words) > 1 and lexicon.has_lower("titles", tokens[words[0]].lower):
                words.pop(0)
                titled = True
            if lexicon.has_lower("titles", tokens[words[0]].lower) and len(words) == 1:
                continue  # a title alone ("President said")
        reliable = not title_case
        needs = ""
        if initial and not titled and not is_org and _is_common(tokens[words[0]].text, lexicon):
            rest_common = all(_is_common(tokens[i].text, lexicon) for i in words[1:])
            if len(words) > 1 and not rest_common:
                words.pop(0)  # "Stop Assad's", "Citing Israel"
            elif reliable:
                needs = tokens[words[0]].text
        if not words:
            continue
        start, end = words[0], words[-1] + 1
        surface = " ".join(
            tokens[i].text + ("." if i + 1 < len(tokens) and tokens[i + 1].text == "." and i + 1 < end else "")
            for i in words
        )
        mention = Mention(surface, surface, start, end, run_start, reliable=reliable, needs=needs)
        nxt = tokens[end] if end < len(tokens) else None
        mention.possessive = nxt is not None and nxt.kind == "possessive"
        _collect_evidence(mention, tokens, words, titled, is_org, lexicon)
        if after_the and not titled:
            mention.evidence["organisation"] += 2  # "The Daily Planet reported"
        if is_org:
            _qualify_generic_organisation(mention, tokens, words, mentions, lexicon)
        if (needs or not reliable) and "speaker" in mention.evidence and len(words) == 1:
            word = tokens[words[0]]
            plural = word.lower.endswith("s") and not word.lower.endswith("ss")
            if not plural and word.lower not in STOP_WORDS and not lexicon.has_lower("collective_nouns", word.lower):
                mention.reliable = not title_case  # "Trump has said": a name that is also a common word
                mention.needs = ""
        mentions.append(mention)


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
    if len(words) >= 2 and lexicon.has_lower("place_words", last.lower):
        evidence["place"] += 6  # "Wall Street", "Gaza City"
    if is_org:
        evidence["organisation"] += 5
    acronym = len(words) == 1 and (first.kind == "acronym" or (first.text.isupper() and 2 <= len(first.text) <= 6))
    if acronym:
        evidence["organisation"] += 2
        evidence["acronym"] += 1
    if len(words) >= 2 and not is_org and any(not _is_common(tokens[i].text, lexicon) for i in words):
        evidence["person"] += 1
    if before is not None and before.kind == "word" and not before.capitalised:
        if lexicon.has_lower("roles", before.lower):
            evidence["person"] += 2
        if before.lower == "the" and not titled and not first.affix:
            evidence["organisation"] += 2
        if lexicon.has_lower("place_modifiers", before.lower):
            evidence["place"] += 3
    if _after_locative(tokens, mention.phrase_start, lexicon):
        evidence["place"] += 2
    if after is not None and after.kind == "word" and not after.capitalised:
        if lexicon.has_lower("place_nouns", after.lower):
            evidence["place"] += 3
        elif (
            len(words) == 1
            and not mention.possessive
            and last.lower.endswith(_ADJECTIVE_ENDINGS)
            and not lexicon.has_lower("speech_verbs", after.lower)
            and not lexicon.has_lower("auxiliaries", after.lower)
            and after.lower not in ("and", "or", "who", "which", "that")
        ):
            evidence["adjective"] += 3  # "Islamist militant groups"
    if first.affix in _PREFIXES or last.affix in _ACTOR_SUFFIXES:
        evidence["actor"] += 1
    if last.affix in _ORG_SUFFIXES:
        evidence["organisation"] += 2
    if last.affix in _PLACE_SUFFIXES:
        evidence["place"] += 2
    if (
        mention.phrase_start >= 2
        and tokens[mention.phrase_start - 1].kind == "possessive"
        and tokens[mention.phrase_start - 2].capitalised
        and not is_org
    ):
        evidence["place"] += 1  # "Syria's Idlib"
    if not mention.possessive and _speech_verb_after(tokens, end, lexicon) >= 0:
        evidence["speaker"] += 1
        evidence["person"] += 1


def _qualify_generic_organisation(
    mention: Mention, tokens: Sequence[Token], words: Sequence[int], mentions: Sequence[Mention], lexicon: Lexicon
) -> None:
    """A generic organisation after a country is named after it: "Iran's Foreign Ministry" → "Iranian Foreign
    Ministry", "the French Foreign Ministry" → "French Foreign Ministry"."""
    if not all(_is_common(tokens[i].text, lexicon) for i in words):
        return
    position = words[0] - 1
    if position >= 0 and tokens[position].kind == "possessive":
        position -= 1
    for other in mentions:
        if other.country and other.end - 1 == position and other.form in (_NAME, _ADJECTIVE):
            adjective = other.surface if other.form == _ADJECTIVE else lexicon.adjective_of(other.country)
            mention.name = f"{adjective} {mention.surface}"
            mention.phrase_start = other.phrase_start
            return


# --------------------------------------------------------------------------------------------------------------
# The corpus, in three steps
#
# 1. `analyse_document` reads one document (the only step that reads text) and returns its `DocumentFacts`: how
#    often each form of each name occurs with its evidence (`NameCount`), the capitalised common words it has in
#    mid-sentence, and per sentence the `SentenceFacts` that linking needs. None of it depends on other documents.
# 2. `decide_actors` merges the name counts of the whole corpus into actors. It reads counts aggregated by distinct
#    name form, not mentions, and each name's edges depend on a few other names only ("Merging" below).
# 3. `link_document` resolves one document's facts against the actors: mentions, statements and continuations.
# `find_actors` chains the three over a corpus. `Store.refresh_actors` keeps each document's facts, the corpus's
# name counts and the name graph; it re-analyses only the documents written since, redoes only the names and
# components they touch, and re-links only the documents whose names now resolve to another actor or kind.


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
class FoundActor:
    """An actor found in the corpus: display name, kind and every alias seen (the name included)."""

    name: str
    kind: str
    aliases: tuple[str, ...]


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


# Evidence kinds, in the order `NameCount.evidence` holds them.
EVIDENCE = ("person", "organisation", "place", "acronym", "adjective", "actor", "speaker")
_EVIDENCE_INDEX = {name: index for index, name in enumerate(EVIDENCE)}
RELIABLE, UNRELIABLE = "+", "-"  # NameCount.reliable, when it is not a word the corpus must know
_COUNTRY_KEY = "#"  # merge keys of countries: this, then the country's name (name keys are words)


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


class SentenceFacts(NamedTuple):
    """What linking needs of one sentence, computed from its text alone."""

    spots: tuple[Spot, ...]  # the mentions in order; in a title-case line, only its countries
    joins: int  # bit i set: token i is "and" or ","
    and_verbs: tuple[tuple[int, int], ...]  # ("and" index, speech verb after it): "X and Y and have denied"
    cues: tuple[tuple[int, int, int], ...]  # (speech verb or -1, cue if the verb has no subject, cue if it has)
    continuation: str  # how it carries the speakers before over: "person", "thing", "all", "last" or ""
    title: tuple[tuple[Spot, ...], ...] = ()  # a title-case line: per token, known names could start there


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What actor finding needs of one document, computed from its text alone."""

    sentences: tuple[SentenceFacts | None, ...]  # in reading order; None: nothing to link
    names: tuple[NameCount, ...]
    words: frozenset[str]  # capitalised common words in mid-sentence ("Trump"): names even opening a sentence

    @property
    def keys(self) -> frozenset[str]:
        """The merge keys the document's links depend on."""
        keys: set[str] = set()
        for facts in self.sentences:
            if facts is not None:
                keys.update(spot.key for spot in facts.spots)
                keys.update(spot.key for candidates in facts.title for spot in candidates)
        keys.discard("")
        return frozenset(keys)


def analyse_document(texts: Sequence[str], lexicon: Lexicon | None = None) -> DocumentFacts:
    """The facts of one document from its sentences' texts in reading order."""
    lexicon = lexicon or load_lexicon()
    particles = lexicon.words.get("name_particles", frozenset())
    counts: dict[tuple[str, str, str, str], list[int]] = {}
    sentences: list[SentenceFacts | None] = []
    words: set[str] = set()
    for text in texts:
        analysis = analyse_sentence(text, lexicon)
        if not analysis.title_case:
            _mid_sentence_common_words(analysis.tokens, lexicon, words)
        keys: list[str] = []
        for mention in analysis.mentions:
            key = _COUNTRY_KEY + mention.country if mention.country else " ".join(name_key(mention.name, particles))
            keys.append(key)
            if not key:
                continue
            reliable = (mention.needs or RELIABLE) if mention.reliable else UNRELIABLE
            row = counts.get((key, mention.surface, mention.name, reliable))
            if row is None:
                row = counts[(key, mention.surface, mention.name, reliable)] = [0] * (len(EVIDENCE) + 1)
            row[0] += 1
            for name, value in mention.evidence.items():
                row[1 + _EVIDENCE_INDEX[name]] += value
        sentences.append(_sentence_facts(text, analysis, keys, lexicon, particles))
    return DocumentFacts(
        sentences=tuple(sentences),
        names=tuple(NameCount(*form, row[0], tuple(row[1:])) for form, row in counts.items()),
        words=frozenset(words),
    )


def _mid_sentence_common_words(tokens: Sequence[Token], lexicon: Lexicon, names: set[str]) -> None:
    """Adds the capitalised common words after a lower-case word (names even where they open a sentence: "Trump")
    of a sentence that is not title-case. Only common words matter: only they open a sentence without being names."""
    for previous, token in itertools.pairwise(tokens):
        if (
            token.capitalised
            and previous.kind == "word"
            and not previous.capitalised
            and not lexicon.has_lower("time_words", token.lower)
            and _is_common(token.text, lexicon)
        ):
            names.add(token.text)


_OBJECT_PREPOSITIONS = frozenset({"of", "with", "to", "by", "for", "against", "from", "on", "about", "between", "at"})
_CLAUSE_OPENERS = _OPENERS | {",", ";"}


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
    blocked = before is not None and before.kind == "word" and before.lower in _OBJECT_PREPOSITIONS
    cursor = end
    while cursor < len(tokens) and tokens[cursor].kind == "word" and not tokens[cursor].capitalised:
        if not lexicon.has_lower("roles", tokens[cursor].lower) and tokens[cursor].lower not in ("special", "chief"):
            break
        cursor += 1
    return Spot(
        key,
        start,
        end,
        phrase_start,
        adjective,
        possessive,
        phrase_start == 0 or tokens[phrase_start - 1].text in _CLAUSE_OPENERS,
        -1 if blocked else _speech_verb_after(tokens, end, lexicon),
        cursor if cursor > end else -1,
    )


def _sentence_facts(
    text: str, analysis: SentenceAnalysis, keys: Sequence[str], lexicon: Lexicon, particles: frozenset[str]
) -> SentenceFacts | None:
    tokens = analysis.tokens
    continuation = _continuation_mode(text, tokens, lexicon)
    mentions = list(zip(analysis.mentions, keys, strict=True))
    title: tuple[tuple[Spot, ...], ...] = ()
    if analysis.title_case:
        # A title-case line ("Latest News On Putin") names only actors the corpus knows from ordinary sentences.
        mentions = [(m, key) for m, key in mentions if m.country]
        title = _title_candidates(tokens, [m for m, _ in mentions], lexicon, particles)
    if not mentions and not title:
        return SentenceFacts((), 0, (), (), continuation) if continuation else None
    spots = tuple(
        _spot(key, m.start, m.end, m.phrase_start, tokens, lexicon, m.is_adjective, m.possessive) for m, key in mentions
    )
    joins = 0
    and_verbs: list[tuple[int, int]] = []
    cues: list[tuple[int, int, int]] = []
    size = len(tokens)
    speech_verbs = lexicon.words.get("speech_verbs", frozenset())
    for index, token in enumerate(tokens):
        lower = token.lower
        if lower == "and" or lower == ",":
            joins |= 1 << index
            if lower == "and" and index >= 1:
                verb = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False)
                if verb >= 0 and verb != index + 1:
                    and_verbs.append((index, verb))
        according = lower == "according" and index + 1 < size and tokens[index + 1].lower == "to"
        if lower in speech_verbs and token.kind == "word":
            # "...", said X / were told by X: only while no subject took the verb
            previous = tokens[index - 1] if index > 0 else None
            free = -1
            if previous is not None and (previous.text == "," or previous.text in _QUOTES):
                free = index + 1
            elif previous is not None and previous.lower in ("was", "were") and index + 1 < size:
                free = index + 2 if tokens[index + 1].lower == "by" else -1
            cue = (index, free, index + 2 if according else -1)
        elif according:
            cue = (-1, index + 2, index + 2)
        else:
            continue
        if cue[1] >= 0 or cue[2] >= 0:
            cues.append((cue[0], _skip_the(tokens, cue[1]), _skip_the(tokens, cue[2])))
    return SentenceFacts(spots, joins, tuple(and_verbs), tuple(cues), continuation, title)


def _skip_the(tokens: Sequence[Token], position: int) -> int:
    return position + 1 if 0 <= position < len(tokens) and tokens[position].lower == "the" else position


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


def _continuation_mode(text: str, tokens: Sequence[Token], lexicon: Lexicon) -> str:
    """How a sentence carries over the speakers of the one before: "..., he added." or a bare quotation."""
    for index, token in enumerate(tokens):
        kind = _SUBJECT_PRONOUNS.get(token.lower)
        if kind is None or token.kind != "word":
            continue
        follows = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False) >= 0
        inverted = (
            index >= 2
            and lexicon.has_lower("speech_verbs", tokens[index - 1].lower)
            and (tokens[index - 2].text == "," or tokens[index - 2].text in _QUOTES)
        )
        if follows or inverted:
            return _CONTINUATION_OF[kind]
    stripped = text.strip().rstrip(".!?;:,").strip()
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        inner = stripped[1:-1]
        if not any(q in inner for q in ('"', "“", "”")):
            return "last"
    return ""


# Merging -------------------------------------------------------------------------------------------------------
#
# The names of the corpus form a graph. Each group of name forms sharing a merge key (a "name") has at most two
# edges, decided by `name_edges` from the name itself and a few names it may join: a shorter person-like name
# joins the most mentioned longer person-like name that ends with it ("Rouhani" → "Hassan Rouhani"), or a one-word
# name the two-word name it starts ("Wang" → "Wang Yi"); a one-word name with no such match joins the only
# organisation its word starts ("Amnesty" → "Amnesty International"); an acronym joins the only name whose
# initials it spells ("UN" → "United Nations"). Actors are the connected components, each decided from its
# names' summed counts (`decide_component`) and identified by its root: its longest key (the greatest among
# equals). `decide_actors` does it all at once; the store keeps the edges and roots and redoes only the names
# whose edges may have changed (`name_edges` depends on nothing else) and the components they touch.


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
        return () if self.key.startswith(_COUNTRY_KEY) else tuple(self.key.split(" "))

    @property
    def country(self) -> str:
        return self.key[1:] if self.key.startswith(_COUNTRY_KEY) else ""

    def has(self, evidence: str) -> int:
        return self.evidence[_EVIDENCE_INDEX[evidence]]

    @property
    def person_like(self) -> bool:
        return self.has("organisation") <= self.has("person") + self.has("actor") and not self.has("acronym")

    @property
    def initials(self) -> frozenset[str]:
        """What acronym the group's names spell ("United Nations": "un")."""
        spelt: set[str] = set()
        for name in self.names:
            words = [w for w in name.split() if w[:1].isupper()]
            if len(words) >= 2:
                spelt.add("".join(w[0] for w in words).casefold())
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


class MemoryNameIndex:
    """A `NameIndex` over groups in memory."""

    def __init__(self, groups: Mapping[str, NameGroup]) -> None:
        self.groups = groups
        self.terms: dict[str, list[str]] = defaultdict(list)
        for key, group in groups.items():
            for term in group.terms:
                self.terms[term].append(key)

    def group(self, key: str) -> NameGroup | None:
        return self.groups.get(key)

    def find(self, term: str) -> Iterable[str]:
        return self.terms.get(term, ())


def name_edges(group: NameGroup, index: NameIndex) -> tuple[str, str]:
    """The names `group` joins: (the name it belongs to, the name its acronym spells), "" for none."""
    words = group.words
    if not words:
        return "", ""  # a country is an actor by itself
    parent = ""
    if group.person_like:
        # "Rouhani" → the most mentioned person-like longer name ending with it; "Wang" → "Wang Yi"
        longer = [g for g in _groups(index, index.find("s:" + " ".join(words))) if g.person_like]
        if not longer and len(words) == 1:
            longer = [g for g in _groups(index, index.find("f:" + words[0])) if len(g.words) == 2 and g.person_like]
        if longer:
            parent = max(longer, key=lambda g: (g.mentions, len(g.words), g.words)).key
    if not parent and len(words) == 1:
        # "Amnesty" → "Amnesty International": the only organisation of two words or more it starts
        organisations = [g for g in _groups(index, index.find("f:" + words[0])) if not g.person_like]
        if len(organisations) == 1:
            parent = organisations[0].key
    acronym_of = ""
    if group.has("acronym") and len(words) == 1:
        # "UN" → "United Nations": the only name whose initials it spells
        targets = [g.key for g in _groups(index, index.find("i:" + words[0]))]
        if len(targets) == 1:
            acronym_of = targets[0]
    return parent, acronym_of


def _groups(index: NameIndex, keys: Iterable[str]) -> list[NameGroup]:
    return [g for g in map(index.group, keys) if g is not None]


def component_root(keys: Iterable[str]) -> str:
    """The key identifying a component: its longest (the greatest among equals)."""
    return max(keys, key=lambda key: (0 if key.startswith(_COUNTRY_KEY) else key.count(" ") + 1, key))


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


def decide_actors(names: Iterable[NameCount], known_words: Container[str], lexicon: Lexicon) -> NameDecision:
    """Merge the name counts of a corpus into actors.

    `known_words` are the capitalised common words the corpus has in mid-sentence (`DocumentFacts.words`): a
    mention that needs one of them is reliable only where it is known.
    """
    groups = group_names(names)
    index = MemoryNameIndex(groups)
    edges = {key: name_edges(group, index) for key, group in groups.items()}
    roots = components(edges)
    members: dict[str, list[NameGroup]] = defaultdict(list)
    for key, root in roots.items():
        members[root].append(groups[key])
    actors = [
        actor
        for root, component in members.items()
        if (actor := decide_component(root, component, known_words, lexicon)) is not None
    ]
    actors.sort(key=lambda d: (d.actor.name.casefold(), d.actor.name, d.root))
    return NameDecision(actors, groups, edges, roots)


def decide_component(
    root: str, members: Sequence[NameGroup], known_words: Container[str], lexicon: Lexicon
) -> DecidedActor | None:
    """The actor a component of names makes, or None (no reliable mention, a place, an adjective, a region)."""
    actor = _decide_one(members, known_words, lexicon)
    return None if actor is None else DecidedActor(actor, root, tuple(sorted(g.key for g in members)))


def _decide_one(members: Sequence[NameGroup], known_words: Container[str], lexicon: Lexicon) -> FoundActor | None:
    surfaces = {s for g in members for s in g.surfaces}
    names: Counter[str] = Counter()
    for group in members:
        names.update(group.names)
    if members[0].country:  # a country is a component by itself
        aliases = sorted({members[0].country, *surfaces}, key=lambda s: (s.casefold(), s))
        return FoundActor(members[0].country, COUNTRY, tuple(aliases))
    if not any(g.reliable or any(word in known_words for word in g.needs) for g in members):
        return None
    evidence = {name: sum(g.has(name) for g in members) for name in EVIDENCE}
    person, organisation = evidence["person"], evidence["organisation"]
    actorish = person + organisation + evidence["actor"]
    if evidence["adjective"] and evidence["adjective"] >= actorish:
        return None
    if evidence["place"] > actorish:
        return None
    longest = max(len(name_key(n)) for n in names)
    full = [n for n in names if len(name_key(n)) == longest]
    display = max(full, key=lambda n: (names[n], len(n), n))
    if lexicon.has("regions", display):
        return None
    if organisation > person:
        kind = ORGANISATION
    elif person > organisation:
        kind = PERSON
    else:
        all_common = all(_is_common(w, lexicon) for w in display.split())
        kind = ORGANISATION if evidence["acronym"] or all_common else PERSON
    aliases = sorted({*surfaces, *names}, key=lambda s: (s.casefold(), s))
    return FoundActor(display, kind, tuple(aliases))


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


# Linking -------------------------------------------------------------------------------------------------------


def link_document(
    sentences: Sequence[SentenceFacts | None], resolve: Mapping[str, int], kinds: Sequence[str]
) -> list[dict[int, bool]]:
    """Per sentence of one document, its actors and whether each speaks (`resolve`: merge key → actor index,
    `kinds`: actor index → kind). A sentence whose speakers are only pronouns or quotes carries the last ones over."""
    result: list[dict[int, bool]] = []
    previous: list[int] = []
    for facts in sentences:
        if facts is None:
            result.append({})
            previous = []
            continue
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
        speakers = _sentence_speakers(facts, spots, actors, kinds) if spots else []
        if not speakers and previous:
            speakers = _continuation(facts.continuation, previous, kinds)
        links: dict[int, bool] = {}
        for actor in actors:
            if actor >= 0:
                links.setdefault(actor, False)
        for actor in speakers:
            links[actor] = True
        result.append(links)
        previous = speakers
    return result


def _sentence_speakers(
    facts: SentenceFacts, spots: Sequence[Spot], actors: Sequence[int], kinds: Sequence[str]
) -> list[int]:
    can_speak = [
        actor >= 0 and not spot.adjective and not spot.possessive for spot, actor in zip(spots, actors, strict=True)
    ]
    by_end = {spot.end: index for index, spot in enumerate(spots) if can_speak[index]}
    joins = facts.joins
    found: dict[int, int] = {}  # actor → token position of the name that speaks

    def add(index: int) -> None:
        actor, start = actors[index], spots[index].start
        found[actor] = min(found.get(actor, start), start)

    handled_verbs: set[int] = set()
    # X said / X has warned / X, a member of ..., said / X and Y have denied
    for index, spot in enumerate(spots):
        if not can_speak[index] or spot.verb < 0:
            continue
        handled_verbs.add(spot.verb)
        add(index)
        # subjects joined by "and" or commas before this one
        position = spot.phrase_start - 1
        while position >= 1 and joins >> position & 1:
            other = by_end.get(position)
            if other is None:
                break
            add(other)
            position = spots[other].phrase_start - 1
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
        position = spots[adjectives[0]].end  # "said Chinese Foreign Minister Wang Yi"
    if head is None:
        return None
    cursor = spots[head].roles_end
    if kinds[actors[head]] != PERSON and cursor >= 0:
        # "UN spokesman Stephane Dujarric": an organisation, role words, then the person speaking for it
        person = [i for i, spot in enumerate(spots) if spot.phrase_start == cursor and actors[i] >= 0]
        if person and kinds[actors[person[0]]] == PERSON:
            return person[0]
    return head


def _continuation(mode: str, previous: Sequence[int], kinds: Sequence[str]) -> list[int]:
    if mode == "person":
        return [a for a in previous if kinds[a] == PERSON][-1:]
    if mode == "thing":
        return [a for a in previous if kinds[a] != PERSON][-1:]
    if mode == "all":
        return list(previous)
    if mode == "last":
        return list(previous[-1:])
    return []


# The whole corpus at once ---------------------------------------------------------------------------------------


def find_actors(sentences: Sequence[SentenceLike], lexicon: Lexicon | None = None) -> ActorAnalysis:
    """Find the actors of a corpus given in reading order (document by document, paragraph, sentence)."""
    lexicon = lexicon or load_lexicon()
    documents = [list(group) for _, group in itertools.groupby(sentences, key=lambda s: s.document_id)]
    facts = [analyse_document([s.text for s in document], lexicon) for document in documents]
    known = frozenset(word for document in facts for word in document.words)
    decided = decide_actors((row for document in facts for row in document.names), known, lexicon).actors
    resolve = {key: index for index, actor in enumerate(decided) for key in actor.keys}
    kinds = [actor.actor.kind for actor in decided]
    links: dict[tuple[int, int], bool] = {}
    for document, document_facts in zip(documents, facts, strict=True):
        for sentence, found in zip(document, link_document(document_facts.sentences, resolve, kinds), strict=True):
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


# --------------------------------------------------------------------------------------------------------------
# Encoding facts for the store


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
    spots, joins, and_verbs, cues, continuation, title = row
    return SentenceFacts(
        tuple(Spot(*spot) for spot in spots),
        joins,
        tuple((a, b) for a, b in and_verbs),
        tuple((a, b, c) for a, b, c in cues),
        continuation,
        tuple(tuple(Spot(*spot) for spot in candidates) for candidates in title),
    )


# --------------------------------------------------------------------------------------------------------------
# Summaries over the stored result


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
class ActorQuote:
    """A sentence quoted verbatim in a summary, with where it stands."""

    text: str
    source: Source
    sentence_id: int


@dataclass(frozen=True, slots=True)
class RelatedActor:
    """An actor mentioned in the same sentences, and in how many."""

    name: str
    kind: str
    count: int


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
    """The stored actors by name and alias: look-up, "did you mean" and autocomplete. Immutable once built."""

    def __init__(self, actors: Iterable[StoredActor]) -> None:
        self._actors = sorted(
            (a for a in actors if a.mentions > 0), key=lambda a: (-a.mentions, a.name.casefold(), a.name)
        )
        self._keys: dict[str, list[StoredActor]] = defaultdict(list)
        self._surnames: dict[str, list[StoredActor]] = defaultdict(list)  # "boateng" → Kofi Boateng
        self._words: list[tuple[StoredActor, tuple[str, ...]]] = []
        for actor in self._actors:
            names = (actor.name, *actor.aliases)
            for alias in names:
                for key in (_lookup_key(alias), " ".join(name_key(alias))):
                    if key and actor not in self._keys[key]:
                        self._keys[key].append(actor)
                words = name_key(alias)
                if actor.kind == PERSON and len(words) > 1 and actor not in self._surnames[words[-1]]:
                    self._surnames[words[-1]].append(actor)
            self._words.append((actor, tuple(_lookup_key(n) for n in names)))

    def __len__(self) -> int:
        return len(self._actors)

    def listing(self) -> list[ActorListing]:
        """Every actor with its mention and document counts, most mentioned first."""
        return [ActorListing(a.name, a.kind, a.mentions, a.documents) for a in self._actors]

    def resolve(self, name: str) -> StoredActor | None:
        """The actor called `name`: its name or an alias, in any case or accents, leading titles and country
        adjectives and a possessive ignored ("Turkish President Erdoğan's" finds Recep Tayyip Erdogan). The most
        mentioned actor wins a shared alias."""
        candidates = [name, re.sub(r"['’]s\s*$", "", name.strip())]
        words = candidates[-1].split()
        lexicon = load_lexicon()
        while len(words) > 1 and (
            lexicon.has("titles", words[0]) or lexicon.phrases.get((words[0],), ("", ""))[1] == _ADJECTIVE
        ):
            words = words[1:]  # "Turkish President Recep Tayyip Erdogan"
            candidates.append(" ".join(words))
        for candidate in candidates:
            for key in (_lookup_key(candidate), " ".join(name_key(candidate))):
                found = self._keys.get(key)
                if found:
                    return found[0]
        for candidate in candidates:
            by_surname = self._surnames.get(" ".join(name_key(candidate)))
            if by_surname:
                return by_surname[0]
        return None

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Actor names close to `name`, for "did you mean"."""
        return self.complete(name, limit) if name.strip() else []

    def complete(self, query: str, limit: int = 25) -> list[str]:
        """Autocomplete: names whose name or an alias starts with `query`, then with a word starting with it, then
        close spellings (difflib); the most mentioned first within each. An empty query lists the most mentioned."""
        if limit <= 0:
            return []
        key = _lookup_key(query)
        if not key:
            return [a.name for a in self._actors[:limit]]
        result: list[str] = []

        def take(names: Iterable[str]) -> None:
            for candidate in names:
                if len(result) >= limit:
                    return
                if candidate not in result:
                    result.append(candidate)

        take(a.name for a, keys in self._words if keys[0].startswith(key))
        take(a.name for a, keys in self._words if any(k.startswith(key) for k in keys[1:]))
        take(a.name for a, keys in self._words if any(w.startswith(key) for k in keys for w in k.split()))
        if len(result) < limit:
            close = difflib.get_close_matches(key, list(self._keys), n=limit * 2, cutoff=0.6)
            take(self._keys[c][0].name for c in close)
        return result


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
        if key in seen or any(_jaccard(terms, other) >= NEAR_DUPLICATE for other in chosen_terms):
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


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


@lru_cache(maxsize=200_000)
def _lookup_key(text: str) -> str:
    folded = _fold(text).replace(".", "")
    return " ".join(re.sub(r"[^\w\s\-']", " ", folded).split())
