"""Which language a text is written in: documents when they are read, questions when they are asked.

py3langid (langid.py's model, BSD-3-Clause, shipped in its wheel) scores about a hundred languages from character
n-grams; on bench/data/multilingual it names the language of all 198 questions in 9 languages (a stop-word-overlap
count over the Snowball lists got 151 of the 154 that are not Chinese or Japanese), in under 0.1 ms a question. The
model loads lazily (about 1 s, ~120 MiB) and only when needed: a document of plain English prose is told by its stop
words first (retrieval/ingest/document.py, `tokenize.plainly_english`), and the service lets the model go after a
reindex of one language (`release_model`).

A question is short, so its language is chosen among the languages of the indexed documents only (`among`): the
question is matched against them, and one language in the index means no guess at all.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# The language docbot assumes when a text has no letters to tell from, and the one of a store written before
# languages were stored.
DEFAULT_LANGUAGE = "en"
# Enough prose to name a document's language; more only costs time.
SAMPLE_CHARS = 4000
# Below this probability (normalised over the detector's languages) a text keeps DEFAULT_LANGUAGE: a few words
# ("The okapi naps fast.") give a guess of 0.07-0.23 for Esperanto or German; a paragraph of English 0.8, of German
# 0.999, seven Chinese characters 0.73.
MIN_CONFIDENCE = 0.5
# Codes of the detector that docbot folds into one (Norwegian Nynorsk and Bokmål share Snowball's stemmer;
# Cantonese and Wu are written with the same characters as Mandarin).
_ALIASES = {"nn": "no", "nb": "no", "yue": "zh", "wuu": "zh"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    log.debug("loading the language identification model")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def release_model() -> None:
    """Let the language identification model go (about 120 MiB resident once loaded) until a text needs it again: an
    index of one language never asks it anything at question time (`detect_language` with one language in `among`)."""
    if _identifier.cache_info().currsize:
        log.debug("releasing the language identification model")
        _identifier.cache_clear()


def detect_language(text: str, among: Collection[str] | None = None) -> str:
    """The ISO 639-1 code of the language `text` is most likely written in, of those in `among` (all when None).

    `DEFAULT_LANGUAGE` when `text` has no letters, when the guess is less likely than `MIN_CONFIDENCE` (or `among`
    is empty); the only language of `among` without looking at the text.
    """
    if among is not None and len(among) <= 1:
        return next(iter(among), DEFAULT_LANGUAGE)
    if not any(ch.isalpha() for ch in text):
        return DEFAULT_LANGUAGE if among is None or DEFAULT_LANGUAGE in among else sorted(among)[0]
    if among is None:
        code, probability = _identifier().classify(text)
        if float(probability) < MIN_CONFIDENCE:
            return DEFAULT_LANGUAGE
        return _ALIASES.get(str(code), str(code))
    for code, _ in _identifier().rank(text):
        language = _ALIASES.get(str(code), str(code))
        if language in among:
            return language
    return sorted(among)[0]


def document_sample(texts: Iterable[str]) -> str:
    """What a document's language is told from: the first `SAMPLE_CHARS` characters of its sentences."""
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text) + 1
        if size >= SAMPLE_CHARS:
            break
    # One block can be the whole file (a text without blank lines or punctuation): scoring all of it took seconds.
    return " ".join(sample)[:SAMPLE_CHARS]
