"""The word lists actor finding reads, and the tokens and merge keys of names.

The lists ship in `retrieval/data/`: the country gazetteer (`countries.tsv`: names, official names, adjectives,
capitals, seats of government), the sections of `actor_words.txt` (titles, roles, speech verbs, organisation and
place words, regions, ...), `common_words.txt` (capitalised words that open sentences without being names) and
`cities.txt` (world cities, places named alone).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from retrieval.tokenize import STOP_WORDS
from retrieval.wordlists import parse_word_lists


@dataclass(frozen=True, slots=True)
class Country:
    """One line of the gazetteer."""

    name: str
    other_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]


# Phrase forms in the gazetteer.
NAME_FORM, ADJECTIVE_FORM, CAPITAL_FORM, SEAT_FORM, REGION_FORM = "name", "adjective", "capital", "seat", "region"


class Sections(dict[str, frozenset[str]]):
    """The word lists by section; a section the file lacks reads as empty."""

    def __missing__(self, key: str) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists actor finding uses; `load_lexicon()` reads the shipped ones."""

    countries: tuple[Country, ...]
    phrases: Mapping[tuple[str, ...], tuple[str, str]]  # token texts → (country name or region, form)
    phrase_lengths: Mapping[str, tuple[int, ...]]  # first token → lengths of the phrases it starts, longest first
    words: Mapping[str, frozenset[str]]  # section of actor_words.txt → lower-case entries (a missing one is empty)
    common_words: frozenset[str]
    adjective_words: frozenset[str] = frozenset()  # one-word country adjectives, folded ("british")
    cities: frozenset[str] = frozenset()  # world cities, folded ("houston", "hong kong"): places, not actors
    # "he" or "she" for a folded first name or title that says a person's sex ("mary", "mrs"; first_names.txt)
    genders: Mapping[str, str] = field(default_factory=dict)
    # the titles among `genders` ("mrs", "countess", "uncle"): the other entries are given names
    gendered_titles: frozenset[str] = frozenset()
    # lower-case word → whether it is a role word: asked for most words of every sentence, it is worked out once
    role_memo: dict[str, bool] = field(default_factory=dict, init=False, compare=False, repr=False)

    def has(self, section: str, word: str) -> bool:
        """True when `word` (any case) is in a section of the word lists."""
        return word.casefold() in self.words[section]

    def has_lower(self, section: str, lower: str) -> bool:
        """`has` for a word already case-folded (hot loops read `words[section]` directly: a call costs ten times
        the look-up)."""
        return lower in self.words[section]

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


def build_lexicon(
    countries: Sequence[Country],
    words: Mapping[str, frozenset[str]],
    common: Iterable[str],
    cities: Iterable[str] = (),
    genders: Mapping[str, str] | None = None,
    gendered_titles: Iterable[str] = (),
) -> Lexicon:
    """A lexicon from parsed lists (tests build small ones)."""
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}

    def add(phrase: str, value: tuple[str, str]) -> None:
        key = tuple(token.text for token in tokenize_sentence(phrase) if token.kind != "punct" or token.text == ",")
        if key and key not in phrases:  # the first country listed keeps a shared adjective ("Congolese")
            phrases[key] = value

    for country in countries:
        for phrase in (country.name, *country.other_names):
            add(phrase, (country.name, NAME_FORM))
            if " of the " in phrase:  # "Democratic Republic of Congo": the article is often left out
                add(phrase.replace(" of the ", " of "), (country.name, NAME_FORM))
        for phrase in country.adjectives:
            add(phrase, (country.name, ADJECTIVE_FORM))
        for phrase in country.capitals:
            add(phrase, (country.name, CAPITAL_FORM))
        for phrase in country.seats:
            add(phrase, (country.name, SEAT_FORM))
    for region in words.get("regions", frozenset()):
        add(" ".join(part.capitalize() for part in region.split()), (region, REGION_FORM))
    words = {**words, "titles": _with_hyphened_titles(words.get("titles", frozenset()))}
    return Lexicon(
        countries=tuple(countries),
        phrases=phrases,
        phrase_lengths={
            first: tuple(sorted({len(k) for k in phrases if k[0] == first}, reverse=True))
            for first in {k[0] for k in phrases}
        },
        words=Sections(words),
        common_words=frozenset(common),
        adjective_words=frozenset(
            fold(key[0]) for key, (_, form) in phrases.items() if form == ADJECTIVE_FORM and len(key) == 1
        ),
        cities=frozenset(fold(city) for city in cities),
        genders=dict(genders or {}),
        gendered_titles=frozenset(gendered_titles),
    )


def _with_hyphened_titles(titles: frozenset[str]) -> frozenset[str]:
    """The titles and every two of them joined by a hyphen: "Director-General", "Attorney-General", "Vice-Chair" are
    titles as "Secretary-General" is (issue 16, round 33: "WHO Director-General X" kept the title in the name)."""
    words = [title for title in titles if title.isalpha()]
    return titles | {f"{first}-{second}" for first in words for second in words if first != second}


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped word lists (read once)."""

    def lines(name: str) -> list[str]:
        return [line.strip() for line in _data_text(name).splitlines() if line.strip() and line[0] != "#"]

    names = parse_word_lists(_data_text("first_names.txt"))
    return build_lexicon(
        parse_countries(_data_text("countries.tsv")),
        parse_word_lists(_data_text("actor_words.txt")),
        lines("common_words.txt"),
        lines("cities.txt"),
        parse_genders(names),
        names.get("female_titles", frozenset()) | names.get("male_titles", frozenset()),
    )


def parse_genders(lists: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """Folded first names and titles → "he" or "she", from the sections of first_names.txt (parsed)."""
    genders: dict[str, str] = {}
    for pronoun, sections in (("she", ("female", "female_titles")), ("he", ("male", "male_titles"))):
        for section in sections:
            genders.update((entry, pronoun) for entry in lists.get(section, frozenset()))
    return genders


# Tokens -------------------------------------------------------------------------------------------------------------


_TOKEN = re.compile(r"((?:[^\W\d_]\.){2,})|([^\W_]+(?:['’\-‐‑][^\W_]+)*)|([^\w\s])")
AFFIX_PREFIXES = frozenset({"anti", "pro", "ex", "non", "post", "pre", "neo", "mid", "pan"})
ORGANISATION_SUFFIXES = frozenset({"linked", "affiliated", "allied", "aligned", "inspired"})
# "Senate-confirmed", "Trump-appointed": the body or person named did it
ACTOR_SUFFIXES = frozenset(
    {"backed", "led", "sponsored", "funded", "run", "owned", "supported", "brokered", "confirmed", "appointed"}
)
PLACE_SUFFIXES = frozenset({"based", "held", "controlled", "bound", "born", "built", "made"})  # "US-built drones"
# "Pulitzer Prize-winning", "Oscar-nominated": the name is an award, never an actor; "a Creative Commons-licensed
# video": a licence
AWARD_SUFFIXES = frozenset({"winning", "nominated", "licensed"})
_AFFIX_SUFFIXES = ORGANISATION_SUFFIXES | ACTOR_SUFFIXES | PLACE_SUFFIXES | AWARD_SUFFIXES
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ul)[-‐‑](?=[^\W\d_])", re.IGNORECASE)
_HYPHEN = re.compile(r"[\-‐‑]")


class Token(NamedTuple):
    """A token of a sentence: its text (apostrophes straightened) and kind, and any hyphen affix cut off. Tokens
    carry no offsets, so equal surfaces share one cached tuple of tokens."""

    text: str
    kind: str  # "word", "acronym", "possessive" ('s), "punct"
    affix: str = ""  # "anti" for anti-Assad, "linked" for Al-Qaeda-linked
    lower: str = ""  # the text case-folded
    capitalised: bool = False  # a word or acronym starting with a capital (or "al-" and a capital)


def _article_then_capital(text: str) -> bool:
    """An Arabic article before a capital: "al-Assad", "as-Sadr"; not "as-yet", "an-other" (English words)."""
    match = _ARTICLE_PREFIX.match(text)
    return match is not None and text[match.end()].isupper()


# A name that opens with digits ("18F", "3Com", "7-Eleven"): digits, then a capital and letters; not a measure or a
# technical term written so ("4K", "5G", "3D", "64GB", "2FA", "10M", "$5B")
_DIGIT_NAME = re.compile(r"\d+-?([A-Z][A-Za-z]*)")
_DIGIT_UNITS = frozenset(
    {"K", "G", "D", "M", "B", "T", "P", "X", "S", "L", "V", "W", "A", "C", "H", "N", "E", "Q", "GB", "MB", "KB", "TB"}
    | {"PB", "FA", "Hz", "MHz", "GHz", "KHz", "Bn", "BN", "GW", "MW", "KW", "Km", "KM", "PM", "AM", "Mbps", "Gbps"}
    | {"Gb", "Mb", "Kb", "px", "DOF", "HD", "LTE", "DS", "GL", "RS", "CD", "ID", "IP", "MP", "TV"}
)


def _digit_name(text: str) -> bool:
    """True when `text` is a name that opens with digits ("18F", "3Com", "7-Eleven"), not a measure or a term."""
    match = _DIGIT_NAME.fullmatch(text) if text[0].isdigit() else None
    return match is not None and match.group(1) not in _DIGIT_UNITS


def _token(text: str, kind: str, affix: str = "") -> Token:
    capitalised = kind in ("word", "acronym") and (
        text[0].isupper() or ("-" in text[:4] and _article_then_capital(text)) or _digit_name(text)
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
    if len(parts) > 1 and parts[0].casefold() in AFFIX_PREFIXES and parts[1][:1].isupper():
        surface = surface[len(parts[0]) + 1 :]
        affix = parts[0].casefold()
        parts = parts[1:]
    elif len(parts) > 1 and parts[0].casefold() == "then" and parts[1][:1].isupper():
        surface = surface[5:]  # "then-Costa Rican ambassador", "then-President X": only a time
        parts = parts[1:]
    suffix = parts[-1].casefold() if len(parts) > 1 else ""
    if suffix in _AFFIX_SUFFIXES and surface[:1].isupper():
        surface = surface[: -(len(parts[-1]) + 1)]
        affix = suffix
    word = _token(surface, "word", affix)
    return (word, _token("'s", "possessive")) if possessive else (word,)


def tokenize_sentence(text: str) -> list[Token]:
    """Word, acronym, possessive and punctuation tokens, with "anti-"/"-linked" affixes cut off capitalised words."""
    if "’" in text or "‘" in text:
        text = text.replace("’", "'").replace("‘", "'")
    known = _MATCH_TOKENS
    if len(known) > _MATCH_TOKENS_MAX:
        known.clear()  # a bound on memory; the common words come back at once
    # one dictionary look-up per match (most words recur): the loop is the hottest of actor finding
    return [
        token
        for match in _TOKEN.findall(text)
        for token in (known.get(match) or known.setdefault(match, _match_tokens(match)))
    ]


def _match_tokens(match: tuple[str, str, str]) -> tuple[Token, ...]:
    acronym, word, punct = match
    if word:
        return _surface_tokens(word, "word")
    if acronym:
        return _surface_tokens(acronym, "acronym")
    return _surface_tokens(punct, "punct")


_MATCH_TOKENS: dict[tuple[str, str, str], tuple[Token, ...]] = {}  # a regex match → its tokens
_MATCH_TOKENS_MAX = 500_000


# Letters that Unicode does not decompose into a base letter and a mark, written without it in English text
# ("Jarosław" / "Jaroslaw", "Søren" / "Soren"); general knowledge
_STROKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i"})


def fold(text: str) -> str:
    """Case, accents (strokes too) and apostrophe variants folded away."""
    if text.isascii():
        return text.casefold()  # nothing to decompose
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").translate(_STROKED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# British and American spellings of words in names, one key for both ("Self-Defence Forces" / "Self-Defense Forces");
# not "Labour"/"Labor", which name different parties
_SPELLINGS = {
    "defence": "defense",
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
}


@lru_cache(maxsize=100_000)
def name_key(name: str, particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The merge key of a name: folded words without particles, articles ("al-") or dots ("U.S." → "us"); a web
    address is one word ("Kestrel.com.au" → "kestrel.com.au": its last part is no acronym of another name's)."""
    words: list[str] = []
    dot = False  # the token before was a dot
    for token in tokenize_sentence(name):
        if token.kind == "possessive" or token.kind == "punct":
            dot = token.text == "."
            continue
        word = _ARTICLE_PREFIX.sub("", token.text)
        folded = fold(word).replace(".", "")
        folded = "-".join(_SPELLINGS.get(part, part) for part in folded.split("-")) if "-" in folded else folded
        folded = _SPELLINGS.get(folded, folded)
        if dot and words and not token.capitalised and folded not in particles:
            words[-1] += "." + folded  # "com", "au" after a dot: a web address's parts
        elif folded and folded not in particles:
            words.append(folded)
        dot = False
    return tuple(words)


def is_common(word: str, lexicon: Lexicon) -> bool:
    """A word that opens sentences without being a name: a common word, a stop word or a time word."""
    folded = word.casefold()
    return (
        folded in lexicon.common_words
        or folded in STOP_WORDS
        or folded in lexicon.words["time_words"]
        or (folded[-3:] in _DOER_ENDINGS and _doers(folded, lexicon.common_words))
    )


_DOER_ENDINGS = frozenset({"ers", "ors"})
_DOER_STEM = 5  # letters of a verb before "-ers": "protest|ers"; not "Sand|ers", "Pet|ers" (family names)


def _doers(folded: str, common: frozenset[str]) -> bool:
    """A plural of people named after what they do, built on a common verb the list has without it: "protesters"
    (the list spells "protestors"), "campaigners"."""
    return len(folded) - 3 >= _DOER_STEM and folded[:-3] in common
