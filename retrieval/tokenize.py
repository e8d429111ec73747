"""The one tokenizer for documents and questions.

Unicode NFKC, case folding, words and numbers, English stop words, Snowball (Porter2) stems. Numbers keep their
digits together ("10,000" → "10000"), hyphenated words give the whole word and its parts ("half-million" →
"half-million", "half", "million"), possessives lose their "'s", and dotted or upper-case acronyms ("U.S.", "US")
survive even when their lower-case spelling is a stop word ("us").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import Stemmer

# Bumped whenever the tokens (or the sentences) of the same text could change, so stored tokens are rebuilt.
# 3: sentences longer than retrieval.ingest.split.MAX_SENTENCE_CHARS are cut into pieces.
TOKENIZER_VERSION = 3


def _load_stop_words() -> frozenset[str]:
    text = resources.files("retrieval").joinpath("data/stopwords_en.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# English stop words: NLTK's list with contractions in their apostrophe form, plus a few modal verbs.
STOP_WORDS = _load_stop_words()

# A token: a dotted acronym (U.S., e.g.), a number with thousands separators or decimals, or a word whose
# parts are joined by hyphens or apostrophes.
_TOKEN = re.compile(
    r"(?P<acronym>\b(?:[^\W\d_]\.){2,}(?![^\W\d_]))"
    r"|(?P<number>\d+(?:[.,]\d+)*)"
    r"|(?P<word>[^\W_]+(?:['\-‐‑][^\W_]+)*)"
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_HYPHENS = re.compile(r"[\-‐‑]")
_ACRONYM_MAX_LETTERS = 5


@dataclass(frozen=True, slots=True)
class Token:
    """A term and the span of the surface text it came from (offsets into the original text)."""

    term: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball English stem of a case-folded word (cached: stemming dominates tokenizing time)."""
    return str(_stemmer().stemWord(word))


def _normalize(text: str) -> str:
    # NFKC can change lengths (ligatures, full-width forms, "…" → "..."); tokens are found in the normalized text
    # and their spans mapped back to the original text by `_span_map`.
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)


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


def iter_tokens(text: str) -> Iterator[Token]:
    """Tokens of `text` in order, with spans (offsets into `text`) for highlighting."""
    normalized = _normalize(text)
    # Ordinary text keeps its length under NFKC and needs no mapping.
    span_map = None if len(normalized) == len(text) else _span_map(text, normalized)
    with_spans = len(normalized) == len(text) or span_map is not None
    has_lower = any(ch.islower() for ch in normalized)
    for match in _TOKEN.finditer(normalized):
        start, end = (match.start(), match.end()) if with_spans else (0, 0)
        kind = match.lastgroup
        surface = match.group()
        if kind == "acronym":
            tokens: Iterator[Token] = iter([Token(surface.replace(".", "").casefold(), start, end)])
        elif kind == "number":
            tokens = iter([Token(_number_term(surface), start, end)])
        else:
            tokens = _word_tokens(surface, start, with_spans, has_lower)
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


def _word_tokens(surface: str, start: int, with_spans: bool, has_lower: bool) -> Iterator[Token]:
    word = surface
    if word.endswith(("'s", "'S")):
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
    if folded not in STOP_WORDS:
        yield Token(stem(folded), start, start + len(word) if with_spans else 0)
    if len(parts) > 1:
        offset = 0
        for part in parts:
            position = word.find(part, offset)
            offset = position + len(part)
            folded_part = part.casefold()
            if folded_part in STOP_WORDS or len(folded_part) < 2:
                continue
            span_start = start + position if with_spans else 0
            yield Token(stem(folded_part), span_start, span_start + len(part) if with_spans else 0)


def tokenize(text: str) -> list[str]:
    """The terms of `text`: what is indexed for a sentence and searched for a question."""
    return [token.term for token in iter_tokens(text)]


def match_spans(text: str, terms: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """Merged character spans of `text` whose terms are in `terms` (for bolding matched words)."""
    spans = sorted((t.start, t.end) for t in iter_tokens(text) if t.term in terms and t.end > t.start)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
