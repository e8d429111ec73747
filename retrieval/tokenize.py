"""The one tokenizer for documents and questions.

Unicode NFKC, case folding, words and numbers, the language's stop words and Snowball stems. Numbers keep their
digits together ("10,000" → "10000"), hyphenated words give the whole word and its parts ("half-million" →
"half-million", "half", "million"), possessives lose their "'s" (English), elided articles lose their apostrophe
("l'exécution" → "exécution"; French, Italian, Catalan), and dotted or upper-case acronyms ("U.S.", "US") survive
even when their lower-case spelling is a stop word ("us").

Languages: every Snowball stemmer (`STEMMED_LANGUAGES`), with Snowball's own stop word list where it has one
(retrieval/data/stopwords/, BSD-3-Clause) and NLTK's for English. Chinese and Japanese characters, in whatever
language, are indexed as overlapping pairs ("进程树" → "进程", "程树"; Lucene's CJK bigrams): they are written without
spaces between words. Words of a language with no stemmer (Chinese, Japanese, Korean, Ukrainian, ...) are treated
as English words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import Stemmer

# Bumped whenever the tokens (or the sentences) of the same text could change, so stored tokens are rebuilt.
# 3: sentences longer than retrieval.ingest.split.MAX_SENTENCE_CHARS are cut into pieces.
# 4: each document in its own language's stems and stop words; Chinese and Japanese characters as pairs.
# 5: Latin letters lose their accents ("Tzŭ" and "Tzu" are one term).
# 6: a command's one-letter option ("-k", "-V") is a term of its own.
# 7: superscript digits (a footnote mark, "passwords¹⁶") are no part of a word or number.
# 8: Italian, Spanish and Portuguese words Snowball leaves whole, and Russian verb stems, lose their tail
#    (`_light_tail`); a word whose accents spell a stop word without them ("quê") is one (`_ACCENTED_STOP_WORDS`);
#    question words that Snowball's lists leave out are stop words (data/question_words.txt).
# 9: German and Dutch compounds' parts are terms of their sentences where each part is a word of the document
#    (`compound_parts`; words of up to COMPOUND_MAX_LETTERS letters).
TOKENIZER_VERSION = 9

ENGLISH = "en"
# ISO 639-1 code → PyStemmer's Snowball algorithm.
STEMMED_LANGUAGES: dict[str, str] = {
    "ar": "arabic",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "eo": "esperanto",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "ne": "nepali",
    "nl": "dutch",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
# Languages written without spaces between words: their characters are indexed as pairs.
CJK_LANGUAGES = ("ja", "zh")
# Articles and pronouns elided before a vowel, written with an apostrophe ("l'exécution", "dell'albero").
_ELISIONS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        ["c", "d", "j", "l", "m", "n", "qu", "s", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"]
    ),
    "it": frozenset(
        [
            "c",
            "d",
            "l",
            "m",
            "n",
            "s",
            "t",
            "v",
            "all",
            "dall",
            "dell",
            "nell",
            "sull",
            "coll",
            "un",
            "quell",
            "quest",
            "bell",
            "buon",
            "sant",
        ]
    ),
    "ca": frozenset(["d", "l", "m", "n", "s", "t"]),
}


def _read_word_list(path: str) -> frozenset[str]:
    source = resources.files("retrieval").joinpath(path)
    if not source.is_file():
        return frozenset()
    text = source.read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# English stop words: NLTK's list with contractions in their apostrophe form, plus a few modal verbs.
STOP_WORDS = _read_word_list("data/stopwords_en.txt")

# A text of at least ENGLISH_MIN_WORDS words, ENGLISH_STOP_SHARE or more of them English stop words, is plainly
# English: a document's language is then known without the language identification model (retrieval/language.py),
# which never loads for a folder of English prose (about 120 MiB resident and a second to load). Over 1,311 real
# documents (the readers' test corpus, the multilingual set's translations, 10 EPUB books), 87% of the English ones
# have 0.25 or more (median 0.38) and none in another language more than 0.08 (Italian, Portuguese, Spanish, Chinese
# and Japanese translations, an Italian book): every one the rule names English, the model named English too.
ENGLISH_MIN_WORDS = 50
ENGLISH_STOP_SHARE = 0.25
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def plainly_english(text: str) -> bool:
    """Whether `text` is English by its share of English stop words, without a language model."""
    words = _LETTER_RUN.findall(text)
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    return sum(word.casefold() in STOP_WORDS for word in words) >= ENGLISH_STOP_SHARE * len(words)


@lru_cache(maxsize=1)
def common_english_words() -> frozenset[str]:
    """About 40,000 common English words in lower case (SCOWL size 35, `data/common_words.txt`): a word outside
    them is a name or a term of art."""
    return _read_word_list("data/common_words.txt")


@dataclass(frozen=True, slots=True)
class _Language:
    """How the words of one language become terms."""

    algorithm: str
    stop_words: frozenset[str]
    elisions: frozenset[str]
    possessives: bool  # English "'s"
    # the stop words spelled without accents, for a word that is one of them but for an accent ("quê", "qué")
    folded_stop_words: frozenset[str] = frozenset()


# The languages whose stop words are found without their accents too ("quê", "qué" as "que"): those whose accents
# mark a letter's sound, not another letter. Swedish "år" (year) and "hår" (hair) are "är" and "har" without them,
# German "Uber" is "über": there a folded stop word would drop words that ask something.
_ACCENTED_STOP_WORDS = frozenset({"es", "fr", "it", "pt"})


@lru_cache(maxsize=1)
def _question_words() -> dict[str, frozenset[str]]:
    """The question words of each language that its Snowball stop word list leaves out (data/question_words.txt)."""
    words: dict[str, frozenset[str]] = {}
    for line in _read_word_list("data/question_words.txt"):
        code, *listed = line.split()
        words[code] = words.get(code, frozenset()) | frozenset(listed)
    return words


@lru_cache(maxsize=64)
def _language(code: str) -> _Language:
    if code not in STEMMED_LANGUAGES:
        code = ENGLISH
    if code == ENGLISH:
        return _Language("english", STOP_WORDS, frozenset(), True)
    stop_words = _read_word_list(f"data/stopwords/{code}.txt") | _question_words().get(code, frozenset())
    if code == "ru":  # Snowball's list spells "ё" as "е", as its stemmer does
        stop_words = stop_words | {word.replace("е", "ё") for word in stop_words}
    folded = frozenset(fold_accents(word) for word in stop_words) if code in _ACCENTED_STOP_WORDS else frozenset()
    return _Language(STEMMED_LANGUAGES[code], stop_words, _ELISIONS.get(code, frozenset()), False, folded)


def supported_languages() -> tuple[str, ...]:
    """The language codes docbot tokenizes in their own way (the `LANGUAGE` setting's values besides auto)."""
    return tuple(sorted((*STEMMED_LANGUAGES, *CJK_LANGUAGES)))


# A token: a dotted acronym (U.S., e.g.), a number with thousands separators or decimals, or a word whose
# parts are joined by hyphens or apostrophes.
_TOKEN = re.compile(
    r"(?P<option>(?<![\w\-‐‑])-[A-Za-z](?![\w\-‐‑]))"
    r"|(?P<acronym>\b(?:[^\W\d_]\.){2,}(?![^\W\d_]))"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W_]+(?:['\-‐‑][^\W_]+)*)"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_HYPHENS = re.compile(r"[\-‐‑]")
_ACRONYM_MAX_LETTERS = 5
# Han ideographs (with extensions and compatibility forms), hiragana and katakana (with the prolonged sound mark).
_CJK_CHARS = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_OR_NOT = re.compile(f"(?P<cjk>[{_CJK_CHARS}]+)|[^{_CJK_CHARS}]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A term and the span of the surface text it came from (offsets into the original text)."""

    term: str
    start: int
    end: int


@lru_cache(maxsize=64)
def _stemmer(algorithm: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(algorithm)


@lru_cache(maxsize=200_000)
def stem(word: str, algorithm: str = "english") -> str:
    """The term of a case-folded word: its Snowball stem without the accents of its Latin letters (cached: stemming
    dominates tokenizing time).

    English words are folded before stemming, as the English stemmer knows only unaccented letters ("Hervé" and
    "Herve" both give "herv"); other languages' stemmers need their accents, and their stems are folded after.
    """
    if algorithm == "english":
        return str(_stemmer(algorithm).stemWord(fold_accents(word)))
    stemmed = str(_stemmer(algorithm).stemWord(word))
    if algorithm in _LIGHT_TAILS:
        stemmed = _light_tail(word, stemmed, algorithm)
    return fold_accents(stemmed)


# Snowball's Italian, Spanish and Portuguese stemmers remove suffixes only beyond a word's first syllables (its RV
# and R regions), so a short word is left whole while its longer forms lose their endings: "usare" gives "usar",
# "usa" "usa", "uso" "uso", but "usato" "usat" and "utilizza" and "utilizzare" both "utilizz". Its Russian stemmer
# takes "-ть" off a verb and leaves the vowel before it, which the noun's stem has not: "работать" gives "работа",
# "работы" "работ". `_light_tail` takes these tails off as the light stemmers of Savoy's (Lucene's ItalianLight-,
# PortugueseLight-, RussianLightStemmer) do: the infinitive ending and the final vowel of a word Snowball left whole
# (down to two letters), and the "а" or "я" a Russian stem ends in (down to three).
_LIGHT_TAILS: dict[str, tuple[tuple[str, ...], str]] = {
    # algorithm: (infinitive endings, final vowels)
    "italian": (("are", "ere", "ire", "ar", "er", "ir"), "aeiouàèéìòù"),
    "spanish": (("ar", "er", "ir"), "aeiouáéíóú"),
    "portuguese": (("ar", "er", "ir"), "aeiouáéíóúâêôãõ"),
    "russian": ((), "ая"),
}
_LIGHT_MIN_LETTERS = {"italian": 2, "spanish": 2, "portuguese": 2, "russian": 3}


def _light_tail(word: str, stemmed: str, algorithm: str) -> str:
    endings, vowels = _LIGHT_TAILS[algorithm]
    keep = _LIGHT_MIN_LETTERS[algorithm]
    if algorithm == "russian":
        return stemmed[:-1] if len(stemmed) > keep and stemmed[-1] in vowels else stemmed
    whole = stemmed == word or (algorithm == "italian" and word == stemmed + "e")  # "usare" -> "usar"
    if not whole or not word.isalpha():
        return stemmed  # Snowball took a suffix off: its stem stands
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= keep:
            return word[: -len(ending)]
    if stemmed[-1] in vowels and len(stemmed) > keep:
        return stemmed[:-1]
    return stemmed


def fold_accents(word: str) -> str:
    """`word` with the diacritics of its Latin letters removed ("tzŭ" → "tzu", "hervé" → "herve").

    Stems are folded after stemming, which needs the accents (French, Spanish). People often type names and words
    without them, and books spell the same name both ways. Other scripts keep their marks: Cyrillic "й" is not
    "и", nor Japanese "が" "か".
    """
    if word.isascii():
        return word
    kept: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch) and kept and _is_latin(kept[-1]):
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def _is_latin(ch: str) -> bool:
    # Basic Latin through Latin Extended-B, and Latin Extended Additional (Vietnamese).
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def _normalize(text: str) -> str:
    # NFKC can change lengths (ligatures, full-width forms, "…" → "..."); tokens are found in the normalized text
    # and their spans mapped back to the original text by `_span_map`.
    return unicodedata.normalize("NFKC", text.translate(_SUPERSCRIPT_DIGITS)).translate(_APOSTROPHES)


# Superscript digits are footnote marks and exponents: NFKC would make "passwords¹⁶" the word "passwords16". A space
# each keeps the text's length.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_DIGITS = str.maketrans(dict.fromkeys(SUPERSCRIPT_DIGITS, " "))


def _span_map(text: str, normalized: str) -> tuple[list[int], list[int]] | None:
    """For each character of `normalized`, the start and end in `text` of the characters it came from.

    Normalizes one base character with its combining marks at a time; None when that does not rebuild
    `normalized` (then spans cannot be mapped and are left empty).
    """
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[str] = []
    position = 0
    while position < len(text):
        end = position + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        piece = _normalize(text[position:end])
        pieces.append(piece)
        starts.extend([position] * len(piece))
        ends.extend([end] * len(piece))
        position = end
    return (starts, ends) if "".join(pieces) == normalized else None


def iter_tokens(text: str, language: str = ENGLISH) -> Iterator[Token]:
    """Tokens of `text` (written in `language`, an ISO 639-1 code) in order, with spans (offsets into `text`) for
    highlighting."""
    profile = _language(language)
    normalized = _normalize(text)
    # Ordinary text keeps its length under NFKC and needs no mapping.
    span_map = None if len(normalized) == len(text) else _span_map(text, normalized)
    with_spans = len(normalized) == len(text) or span_map is not None
    has_lower = any(ch.islower() for ch in normalized)
    for match in _TOKEN.finditer(normalized):
        start, end = (match.start(), match.end()) if with_spans else (0, 0)
        kind = match.lastgroup
        surface = match.group()
        if kind == "option":
            # a command's one-letter option ("-k"), case kept ("-v" and "-V" differ): alone, the letter was a stop
            # word ("-s") or matched every "k" of "100 k"
            tokens: Iterator[Token] = iter([Token(surface, start, end)])
        elif kind == "acronym":
            tokens = iter([Token(surface.replace(".", "").casefold(), start, end)])
        elif kind == "number":
            tokens = iter([Token(_number_term(surface), start, end)])
        elif _CJK.search(surface):
            tokens = _mixed_tokens(surface, start, with_spans, has_lower, profile)
        else:
            tokens = _word_tokens(surface, start, with_spans, has_lower, profile)
        if span_map is None:
            yield from tokens
        else:
            starts, ends = span_map
            for token in tokens:
                yield Token(token.term, starts[token.start], ends[token.end - 1]) if token.end > token.start else token


def _number_term(surface: str) -> str:
    # "10,000" and "10000" are one number; a decimal point stays ("3.5"), a trailing ",5" of a list does not matter.
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", surface):
        return surface.replace(",", "")
    return surface


def _mixed_tokens(surface: str, start: int, with_spans: bool, has_lower: bool, profile: _Language) -> Iterator[Token]:
    # Chinese and Japanese characters as overlapping pairs (a lone one as itself); other letters as words.
    for run in _CJK_OR_NOT.finditer(surface):
        offset = start + run.start()
        if run.lastgroup == "cjk":
            chars = run.group()
            if len(chars) == 1:
                yield Token(chars, offset, offset + 1 if with_spans else 0)
            for i in range(len(chars) - 1):
                yield Token(chars[i : i + 2], offset + i, offset + i + 2 if with_spans else 0)
            continue
        word = run.group().strip("'-‐‑")
        if word:
            offset += run.group().find(word)
            yield from _word_tokens(word, offset, with_spans, has_lower, profile)


def _word_tokens(surface: str, start: int, with_spans: bool, has_lower: bool, profile: _Language) -> Iterator[Token]:
    word = surface
    if profile.elisions and "'" in word:
        article, _, rest = word.partition("'")
        if article.casefold() in profile.elisions and rest:
            start += len(article) + 1
            word = rest
    if profile.possessives and word.endswith(("'s", "'S")):
        word = word[:-2]
    elif word.endswith("'"):
        word = word[:-1]
    if not word:
        return
    parts = [part for part in _HYPHENS.split(word) if part]
    is_acronym = has_lower and word.isupper() and 2 <= len(word) <= _ACRONYM_MAX_LETTERS and len(parts) == 1
    folded = word.casefold()
    if is_acronym:
        yield Token(folded, start, start + len(word) if with_spans else 0)
        return
    if profile.algorithm == "russian":
        folded = folded.replace("ё", "е")
    stop_words = profile.stop_words
    if folded not in stop_words and not (
        profile.folded_stop_words and fold_accents(folded) in profile.folded_stop_words
    ):
        yield Token(stem(folded, profile.algorithm), start, start + len(word) if with_spans else 0)
    if len(parts) > 1:
        offset = 0
        for part in parts:
            position = word.find(part, offset)
            offset = position + len(part)
            folded_part = part.casefold()
            if folded_part in stop_words or len(folded_part) < 2:
                continue
            span_start = start + position if with_spans else 0
            yield Token(stem(folded_part, profile.algorithm), span_start, span_start + len(part) if with_spans else 0)


def has_letters_or_digits(text: str) -> bool:
    """Whether `text` holds a letter or a digit at all: "🙂🙂" or "???" asks nothing a document could answer. The one
    rule for a question, a message and an actor's name; read as the tokenizer and the actor keys read text."""
    # After NFKC, as `_normalize`: "⒜" or "℃" holds a letter, an Arabic mark's isolated form ("ﹶ") none.
    return any(character.isalnum() for character in unicodedata.normalize("NFKC", text))


def tokenize(text: str, language: str = ENGLISH) -> list[str]:
    """The terms of `text` (written in `language`): what is indexed for a sentence and searched for a question."""
    return [token.term for token in iter_tokens(text, language)]


def match_spans(text: str, terms: frozenset[str] | set[str], language: str | None = None) -> list[tuple[int, int]]:
    """Merged character spans of `text` whose terms are in `terms` (for bolding matched words).

    `language` is the text's; when None, English, and also the text's own language (detected) when English stems
    leave some of `terms` unmatched (the terms of a document in another language).
    """
    tokens = list(iter_tokens(text, language or ENGLISH))
    if language is None and not terms <= {t.term for t in tokens}:
        from retrieval.language import detect_language

        detected = detect_language(text)
        if detected != ENGLISH:
            tokens += iter_tokens(text, detected)
    spans = sorted((t.start, t.end) for t in tokens if t.term in terms and t.end > t.start)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# German and Dutch write compounds as one word ("Performanceinformationen", "Festplattenmanipulation"), so a question's
# "Performance" or "Festplatte" never meets them. A document's long word is split where each part is a word of the
# same document on its own (`compound_parts`, from its vocabulary: no dictionary to ship), the parts joined directly or
# by a linking "s", "es", "n", "en" or "e" ("Festplatte-n-manipulation"); the parts' terms are added to the
# sentence's, the compound's own term stays. Parts have COMPOUND_MIN_PART letters or more and so have their terms,
# so that short words and endings ("alt", "Tab", "Ende" as in "laufende") do not cut words at random. A word longer
# than COMPOUND_MAX_LETTERS is no compound (a PDF's text layer without spaces, a DNA sequence): each cut stems the
# part before it, so a 16,000-letter run took 5 to 20 s of CPU; the longest German compounds have about 60 letters.
COMPOUND_LANGUAGES: dict[str, tuple[str, ...]] = {
    "de": ("", "s", "es", "n", "en", "e"),
    "nl": ("", "s", "en", "e"),
}
COMPOUND_MIN_PART = 4
COMPOUND_MAX_LETTERS = 100
_COMPOUND_MAX_PARTS = 3
# A word long enough to be a compound of two parts.
LONG_WORD = re.compile(rf"[^\W\d_]{{{2 * COMPOUND_MIN_PART},}}")


def compound_parts(word: str, known: Container[str], language: str) -> tuple[str, ...]:
    """The terms of the parts of the compound `word` (in `language`) whose parts' terms are all `known` (the terms of
    its document), longest first part first; () when it is no such compound."""
    links = COMPOUND_LANGUAGES.get(language)
    if links is None or not word.isalpha() or not 2 * COMPOUND_MIN_PART <= len(word) <= COMPOUND_MAX_LETTERS:
        return ()
    profile = _language(language)
    return _split_compound(word.casefold(), known, profile, links, _COMPOUND_MAX_PARTS)


def _split_compound(
    word: str, known: Container[str], profile: _Language, links: tuple[str, ...], parts_left: int
) -> tuple[str, ...]:
    if parts_left < 2:
        return ()
    for cut in range(len(word) - COMPOUND_MIN_PART, COMPOUND_MIN_PART - 1, -1):
        head = word[:cut]
        if head in profile.stop_words:
            continue
        head_term = stem(head, profile.algorithm)
        if len(head_term) < COMPOUND_MIN_PART or head_term not in known:
            continue
        for link in links:
            if not word.startswith(link, cut):
                continue
            tail = word[cut + len(link) :]
            if len(tail) < COMPOUND_MIN_PART or tail in profile.stop_words:
                continue
            tail_term = stem(tail, profile.algorithm)
            if len(tail_term) >= COMPOUND_MIN_PART and tail_term in known:
                return (head_term, tail_term)
            rest = _split_compound(tail, known, profile, links, parts_left - 1)
            if rest:
                return (head_term, *rest)
    return ()


def question_compound_parts(question: str, language: str, known: Container[str]) -> list[str]:
    """The terms of the parts of `question`'s compounds (German, Dutch) whose own term the documents do not hold
    (`known`: the index's terms) and whose parts' terms they do: a question's "Fußzeilenwerts" meets a document's
    "Wert einer Fußzeile", as a document's compounds meet a question's parts (`compound_parts`)."""
    if language not in COMPOUND_LANGUAGES:
        return []
    parts: list[str] = []
    for word in LONG_WORD.findall(question):
        if all(term in known for term in tokenize(word, language)):
            continue
        parts.extend(compound_parts(word, known, language))
    return parts
