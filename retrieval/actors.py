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
   ("Stop", "Sources", "Latest": `data/common_words.txt`) are not names. Title-case lines ("Latest News") only match
   names found elsewhere.
3. Across the corpus, candidates are merged (surname into full name, "al-Assad" = "Assad", accents and possessives
   ignored, an acronym into the organisation it abbreviates) and each group's evidence decides its kind or drops it
   (a place: "in Idlib", "southern Idlib", "Idlib province"; an adjective: "Islamist militant groups").
4. Statements: the actor right before a speech verb (`X said`, `X has warned`, `X, a member of ..., said`), right
   after one (`"...", said X`), after "according to" or "told by", and a pronoun or bare-quote continuation of the
   sentence before (`"...", he added.`).

`ActorCatalog` answers questions about the stored result: look-up by name or alias, suggestions, autocomplete, and
the summary of one actor.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple, Protocol

from retrieval.models import Source
from retrieval.tokenize import STOP_WORDS

# Bumped whenever the rules or word lists change what is found, so that stored actors are recomputed.
ACTORS_VERSION = 2

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
    possessive: bool = False
    evidence: Counter[str] = field(default_factory=Counter)
    actor: int = -1  # index of the resolved actor, once known

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
    words = [t for t in tokens if t.kind in ("word", "acronym") and t.text[:1].isalpha()]
    capitals = sum(1 for t in words if t.capitalised)
    lower_content = sum(1 for t in words if not t.capitalised and len(t.text) > 3 and t.lower not in STOP_WORDS)
    return capitals >= 2 and lower_content == 0


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


def analyse_sentence(
    text: str, lexicon: Lexicon, initial_ok: frozenset[str] = frozenset(), tokens: list[Token] | None = None
) -> SentenceAnalysis:
    """Tokens and name mentions of one sentence (kinds and merging are decided across the corpus).

    `initial_ok` holds names seen elsewhere in mid-sentence, which count as names at the start of a sentence even
    when they are also common words ("Trump").
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
    _find_name_candidates(tokens, covered, mentions, lexicon, title_case, initial_ok)
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
    initial_ok: frozenset[str],
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
        if initial and not titled and not is_org and _is_common(tokens[words[0]].text, lexicon):
            rest_common = all(_is_common(tokens[i].text, lexicon) for i in words[1:])
            if len(words) > 1 and not rest_common:
                words.pop(0)  # "Stop Assad's", "Citing Israel"
            elif tokens[words[0]].text not in initial_ok:
                reliable = False
        if not words:
            continue
        start, end = words[0], words[-1] + 1
        surface = " ".join(
            tokens[i].text + ("." if i + 1 < len(tokens) and tokens[i + 1].text == "." and i + 1 < end else "")
            for i in words
        )
        mention = Mention(surface, surface, start, end, run_start, reliable=reliable)
        nxt = tokens[end] if end < len(tokens) else None
        mention.possessive = nxt is not None and nxt.kind == "possessive"
        _collect_evidence(mention, tokens, words, titled, is_org, lexicon)
        if after_the and not titled:
            mention.evidence["organisation"] += 2  # "The Daily Planet reported"
        if is_org:
            _qualify_generic_organisation(mention, tokens, words, mentions, lexicon)
        if not reliable and "speaker" in mention.evidence and len(words) == 1:
            word = tokens[words[0]]
            plural = word.lower.endswith("s") and not word.lower.endswith("ss")
            if not plural and word.lower not in STOP_WORDS and not lexicon.has_lower("collective_nouns", word.lower):
                mention.reliable = not title_case  # "Trump has said": a name that is also a common word
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
# The corpus


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


@dataclass(slots=True)
class _Group:
    key: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    country: str = ""


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def find(self, key: tuple[str, ...]) -> tuple[str, ...]:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        self.parent[key] = root
        return root

    def union(self, child: tuple[str, ...], parent: tuple[str, ...]) -> None:
        a, b = self.find(child), self.find(parent)
        if a != b:
            self.parent[a] = b


def find_actors(sentences: Sequence[SentenceLike], lexicon: Lexicon | None = None) -> ActorAnalysis:
    """Find the actors of a corpus given in reading order (document by document, paragraph, sentence)."""
    lexicon = lexicon or load_lexicon()
    tokenized = [tokenize_sentence(s.text) for s in sentences]
    initial_ok = _mid_sentence_names(tokenized, lexicon)
    analyses = [analyse_sentence(s.text, lexicon, initial_ok, t) for s, t in zip(sentences, tokenized, strict=True)]
    actors, by_key = _decide_actors(analyses, lexicon)
    _match_known_names(analyses, by_key, lexicon)
    speakers = _find_speakers(sentences, analyses, actors, lexicon)
    links: dict[tuple[int, int], bool] = {}
    for sentence, analysis, speaking in zip(sentences, analyses, speakers, strict=True):
        for mention in analysis.mentions:
            if mention.actor >= 0:
                links.setdefault((mention.actor, sentence.sentence_id), False)
        for actor in speaking:
            links[(actor, sentence.sentence_id)] = True
    # Drop actors left without links and renumber in name order.
    used = sorted({actor for actor, _ in links}, key=lambda a: (actors[a].name.casefold(), actors[a].name))
    renumber = {old: new for new, old in enumerate(used)}
    return ActorAnalysis(
        actors=tuple(actors[a] for a in used),
        links=tuple(
            ActorLink(renumber[actor], sentence_id, statement)
            for (actor, sentence_id), statement in sorted(links.items(), key=lambda item: (item[0][1], item[0][0]))
        ),
    )


def _mid_sentence_names(tokenized: Sequence[Sequence[Token]], lexicon: Lexicon) -> frozenset[str]:
    """Capitalised words seen in mid-sentence after a lower-case word: names even where they start a sentence."""
    names: set[str] = set()
    for tokens in tokenized:
        if _is_title_case(tokens):
            continue
        for previous, token in itertools.pairwise(tokens):
            if (
                token.capitalised
                and previous.kind == "word"
                and not previous.capitalised
                and not lexicon.has_lower("time_words", token.lower)
            ):
                names.add(token.text)
    return frozenset(names)


def _decide_actors(
    analyses: Sequence[SentenceAnalysis], lexicon: Lexicon
) -> tuple[list[FoundActor], dict[tuple[str, ...], int]]:
    """Group the mentions of the corpus into actors; returns the actors and a name key → actor index table."""
    particles = lexicon.words.get("name_particles", frozenset())
    groups: dict[tuple[str, ...], _Group] = {}
    for analysis in analyses:
        for mention in analysis.mentions:
            if mention.country:
                key: tuple[str, ...] = ("\x00country", mention.country)
            else:
                key = name_key(mention.name, particles)
                if not key:
                    continue
            group = groups.setdefault(key, _Group(key, country=mention.country))
            group.mentions.append(mention)
    union = _UnionFind()
    names = [g for g in groups.values() if not g.country]
    person_like = {g.key for g in names if _looks_person_like(g)}
    # A shorter name joins the most mentioned longer name that ends with it ("Rouhani" → "Hassan Rouhani"), or,
    # for a one-word name with no such match, a two-word name that starts with it ("Wang" → "Wang Yi").
    for group in sorted(names, key=lambda g: (len(g.key), g.key)):
        if group.key not in person_like:
            continue
        longer = [
            g
            for g in names
            if len(g.key) > len(group.key) and g.key[-len(group.key) :] == group.key and g.key in person_like
        ]
        if not longer and len(group.key) == 1:
            longer = [g for g in names if len(g.key) == 2 and g.key[0] == group.key[0] and g.key in person_like]
        if longer:
            best = max(longer, key=lambda g: (len(g.mentions), len(g.key), g.key))
            union.union(group.key, best.key)
    # A one-word name that starts exactly one organisation's name joins it ("Amnesty" → "Amnesty International").
    organisations = [g for g in names if g.key not in person_like and len(g.key) > 1]
    for group in names:
        if len(group.key) == 1 and group.key not in {o.key for o in organisations}:
            starting = [o for o in organisations if o.key[0] == group.key[0]]
            if len(starting) == 1 and union.find(group.key) == group.key:
                union.union(group.key, starting[0].key)
    # An acronym joins the organisation whose initials it spells ("UN" → "United Nations").
    initials: dict[str, list[_Group]] = defaultdict(list)
    for group in names:
        words = [w for w in group.mentions[0].name.split() if w[:1].isupper()]
        if len(words) >= 2:
            initials["".join(w[0] for w in words).casefold()].append(group)
    for group in names:
        if group.mentions and "acronym" in _evidence(group.mentions) and len(group.key) == 1:
            targets = initials.get(group.key[0], [])
            if len(targets) == 1:
                union.union(group.key, targets[0].key)
    merged: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in groups.values():
        merged[union.find(group.key)].append(group)
    actors: list[FoundActor] = []
    by_key: dict[tuple[str, ...], int] = {}
    for root in sorted(merged):
        members = merged[root]
        mentions = [m for g in members for m in g.mentions]
        actor = _decide_one(groups[root], mentions, lexicon)
        if actor is None:
            continue
        index = len(actors)
        actors.append(actor)
        for group in members:
            by_key[group.key] = index
            for mention in group.mentions:
                mention.actor = index
    return actors, by_key


def _evidence(mentions: Iterable[Mention]) -> Counter[str]:
    total: Counter[str] = Counter()
    for mention in mentions:
        total.update(mention.evidence)
    return total


def _looks_person_like(group: _Group) -> bool:
    evidence = _evidence(group.mentions)
    return evidence["organisation"] <= evidence["person"] + evidence["actor"] and not evidence["acronym"]


def _decide_one(root: _Group, mentions: Sequence[Mention], lexicon: Lexicon) -> FoundActor | None:
    surfaces = Counter(m.surface for m in mentions)
    names = Counter(m.name for m in mentions)
    if root.country:
        aliases = sorted({root.country, *surfaces}, key=lambda s: (s.casefold(), s))
        return FoundActor(root.country, COUNTRY, tuple(aliases))
    if not any(m.reliable for m in mentions):
        return None
    evidence = _evidence(mentions)
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


def _match_known_names(
    analyses: Sequence[SentenceAnalysis], by_key: Mapping[tuple[str, ...], int], lexicon: Lexicon
) -> None:
    """In title-case lines, only names the corpus knows from ordinary sentences count."""
    particles = lexicon.words.get("name_particles", frozenset())
    for analysis in analyses:
        if not analysis.title_case:
            continue
        kept = [m for m in analysis.mentions if m.country]
        taken = {i for m in kept for i in range(m.start, m.end)}
        tokens = analysis.tokens
        position = 0
        while position < len(tokens):
            found = False
            for length in range(min(5, len(tokens) - position), 0, -1):
                span = range(position, position + length)
                if any(i in taken or not tokens[i].capitalised for i in span):
                    continue
                key = name_key(" ".join(tokens[i].text for i in span), particles)
                if key in by_key:
                    surface = " ".join(tokens[i].text for i in span)
                    kept.append(Mention(surface, surface, position, position + length, position, actor=by_key[key]))
                    position += length
                    found = True
                    break
            if not found:
                position += 1
        analysis.mentions = sorted(kept, key=lambda m: m.start)


def _find_speakers(
    sentences: Sequence[SentenceLike],
    analyses: Sequence[SentenceAnalysis],
    actors: Sequence[FoundActor],
    lexicon: Lexicon,
) -> list[list[int]]:
    """The speaking actors of each sentence, in order of appearance (a continuation carries the last one over)."""
    result: list[list[int]] = []
    previous_document: int | None = None
    previous: list[int] = []
    for sentence, analysis in zip(sentences, analyses, strict=True):
        if sentence.document_id != previous_document:
            previous = []
        speakers = _sentence_speakers(analysis, actors, lexicon)
        if not speakers and previous:
            speakers = _continuation(sentence.text, analysis, previous, actors, lexicon)
        result.append(speakers)
        previous = speakers
        previous_document = sentence.document_id
    return result


def _can_speak(mention: Mention) -> bool:
    return mention.actor >= 0 and not mention.is_adjective and not mention.possessive


def _sentence_speakers(analysis: SentenceAnalysis, actors: Sequence[FoundActor], lexicon: Lexicon) -> list[int]:
    tokens, mentions = analysis.tokens, analysis.mentions
    by_end = {m.end: m for m in mentions if _can_speak(m)}
    found: dict[int, int] = {}  # actor → token position of the name that speaks

    def add(mention: Mention) -> None:
        found[mention.actor] = min(found.get(mention.actor, mention.start), mention.start)

    handled_verbs: set[int] = set()
    # X said / X has warned / X, a member of ..., said / X and Y have denied
    for mention in mentions:
        if not _can_speak(mention):
            continue
        before = _previous_word(tokens, mention.phrase_start)
        if before is not None and before.kind == "word" and before.lower in _OBJECT_PREPOSITIONS:
            continue
        verb = _speech_verb_after(tokens, mention.end, lexicon)
        if verb < 0:
            continue
        handled_verbs.add(verb)
        add(mention)
        # subjects joined by "and" or commas before this one
        position = mention.phrase_start - 1
        while position >= 1 and tokens[position].lower in ("and", ","):
            other = by_end.get(position)
            if other is None:
                break
            add(other)
            position = other.phrase_start - 1
    # "X and Y and have denied": a dangling "and" before the verb, when the subjects open the clause
    for index in range(1, len(tokens)):
        if tokens[index].lower != "and" or index not in by_end:
            continue
        verb = _speech_verb_after(tokens, index + 1, lexicon, allow_apposition=False)
        if verb < 0 or verb in handled_verbs or verb == index + 1:
            continue
        chain = [by_end[index]]
        position = chain[-1].phrase_start - 1
        while position >= 1 and tokens[position].lower in ("and", ",") and position in by_end:
            chain.append(by_end[position])
            position = chain[-1].phrase_start - 1
        opener = tokens[chain[-1].phrase_start - 1] if chain[-1].phrase_start > 0 else None
        if opener is None or opener.text in _OPENERS | {",", ";"}:
            handled_verbs.add(verb)
            for mention in chain:
                add(mention)
    # "...", said X / according to X / told by X
    for index, token in enumerate(tokens):
        cue = -1
        if token.kind == "word" and lexicon.has_lower("speech_verbs", token.lower) and index not in handled_verbs:
            previous = tokens[index - 1] if index > 0 else None
            if previous is not None and (previous.text == "," or previous.text in _QUOTES):
                cue = index + 1
            elif (
                previous is not None
                and previous.lower in ("was", "were")
                and index + 1 < len(tokens)
                and tokens[index + 1].lower == "by"
            ):
                cue = index + 2  # "were told by X"
        elif token.lower == "according" and index + 1 < len(tokens) and tokens[index + 1].lower == "to":
            cue = index + 2
        if cue >= 0:
            head = _head_at(cue, mentions, tokens, actors, lexicon)
            if head is not None:
                add(head)
    return sorted(found, key=lambda actor: (found[actor], actor))


_OBJECT_PREPOSITIONS = frozenset({"of", "with", "to", "by", "for", "against", "from", "on", "about", "between", "at"})


def _head_at(
    position: int, mentions: Sequence[Mention], tokens: Sequence[Token], actors: Sequence[FoundActor], lexicon: Lexicon
) -> Mention | None:
    """The actor a phrase starting at `position` names: "Chinese Foreign Minister Wang Yi", "UN spokesman X"."""
    if position < len(tokens) and tokens[position].lower == "the":
        position += 1
    head: Mention | None = None
    for _ in range(4):
        at = [m for m in mentions if m.phrase_start == position or m.start == position]
        named = [m for m in at if not m.is_adjective and m.actor >= 0]
        if named:
            head = min(named, key=lambda m: m.start)
            break
        adjectives = [m for m in at if m.is_adjective]
        if not adjectives:
            return None
        position = adjectives[0].end  # "said Chinese Foreign Minister Wang Yi"
    if head is None:
        return None
    if actors[head.actor].kind != PERSON:
        # "UN spokesman Stephane Dujarric": an organisation, role words, then the person speaking for it
        cursor = head.end
        roles = 0
        while cursor < len(tokens) and tokens[cursor].kind == "word" and not tokens[cursor].capitalised:
            if not lexicon.has_lower("roles", tokens[cursor].lower) and tokens[cursor].lower not in (
                "special",
                "chief",
            ):
                break
            cursor += 1
            roles += 1
        if roles:
            person = [m for m in mentions if m.phrase_start == cursor and m.actor >= 0]
            if person and actors[person[0].actor].kind == PERSON:
                return person[0]
    return head


_PRONOUN_SPEECH = re.compile(r"^[\"“'‘]")


def _continuation(
    text: str, analysis: SentenceAnalysis, previous: Sequence[int], actors: Sequence[FoundActor], lexicon: Lexicon
) -> list[int]:
    """Speakers carried over from the sentence before: "..., he added." or a bare quotation."""
    tokens = analysis.tokens
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
        if not (follows or inverted):
            continue
        if kind == PERSON:
            return [a for a in previous if actors[a].kind == PERSON][-1:]
        if kind == "thing":
            return [a for a in previous if actors[a].kind != PERSON][-1:]
        return list(previous)
    stripped = text.strip().rstrip(".!?;:,").strip()
    if len(stripped) > 2 and stripped[0] in _QUOTES and stripped[-1] in _QUOTES:
        inner = stripped[1:-1]
        if not any(q in inner for q in ('"', "“", "”")):
            return list(previous[-1:])
    return []


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


def _lookup_key(text: str) -> str:
    folded = _fold(text).replace(".", "")
    return " ".join(re.sub(r"[^\w\s\-']", " ", folded).split())
