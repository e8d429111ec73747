"""Chatter: "thanks!", "hi", "ok", "lol", "np", "merci", "@docbot" are no questions.

The one rule (`is_chatter`): a message without a question mark, of at most `CHATTER_MOST_WORDS` words, at least one of
them an acknowledgement, a greeting or a filler in ACKNOWLEDGEMENTS (in the languages docbot reads where it was easy)
and every other one an English stop word ("thanks for that", "hi there"), not opening with a question word ("what is
a bot" asks). In a question channel a message that does not mention docbot and is chatter gets no reply; asked of
docbot (`/ask`, a mention, a direct message, `docbot ask`) it is told how to ask (the service's `check_question`).
Emoji and Discord's markup are gone before in a message (`message_question`): "ok 👍" is the word "ok".
"""

from __future__ import annotations

import re
import unicodedata

from retrieval.tokenize import STOP_WORDS

CHATTER_MOST_WORDS = 6
# Question marks of the scripts docbot reads: Latin, Spanish's opening one, Arabic and Persian, Greek's ";" is not
# one (it ends statements too), full-width (Chinese, Japanese).
QUESTION_MARKS = frozenset("?¿؟？")

# One list, every language together; each word is compared folded (`_folded`), as a message's words are.
_ACKNOWLEDGING: tuple[str, ...] = (
    # English
    "thanks thank thx ty tysm tyvm tq you u so much very a lot lots ok okay okey k kk lol lmao rofl xd np no problem",
    "prob probs cool nice great awesome amazing perfect good fine sweet brilliant excellent helpful appreciated",
    "appreciate it that that's s got gotcha i see understood makes sense yes yeah yep yup nope sure alright right",
    "cheers ta wow oh ah haha hahaha hehe nvm never mind welcome youre you're re bye hi hello hey the bot docbot works",
    "worked done all really good morning afternoon evening night everyone everybody guys folks y'all one",
    # French
    "merci beaucoup d'accord daccord super parfait genial bien vu ouais oui non cool top",
    # German
    "danke dank vielen schon schoen super alles klar gut prima ja nein genau",
    # Spanish, Catalan, Portuguese, Italian
    "gracias muchas muchisimas vale perfecto de nada si claro genial bueno gracies moltes",
    "obrigado obrigada valeu beleza sim",
    "grazie mille perfetto capito va bene",
    # Dutch, Scandinavian, Finnish
    "bedankt dankjewel dankje je top tack sa mycket tak takk kiitos",
    # Polish, Czech, Russian, Turkish, Indonesian
    "dzieki dziekuje dekuji diky ok спасибо ок понял понятно ясно хорошо ладно",
    "tesekkurler tesekkur sagol tamam terima kasih makasih",
    # Arabic, Persian, Hindi, Chinese, Japanese
    "شكرا ممنون مرسی धन्यवाद शुक्रिया 谢谢 多谢 好的 好 ありがとう どうも",
)

_WORD = re.compile(r"[\w']+")
_REPEATED = re.compile(r"(\w)\1{2,}")  # "thanksss", "okkk", "loool": three or more of one letter read as one


def _folded(word: str) -> str:
    """`word` in lower case, accents and other combining marks left out, a letter written three times or more once."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return _REPEATED.sub(r"\1", plain)


ACKNOWLEDGEMENTS = frozenset(_folded(word) for words in _ACKNOWLEDGING for word in words.split())

# A message opening with one of these asks something though every word of it is a stop word or in ACKNOWLEDGEMENTS
# ("what is a bot", "how does it work": the question mark is often left out).
_QUESTION_WORDS = frozenset(
    ["what", "what's", "whats", "how", "how's", "why", "when", "where", "who", "who's", "which", "whose", "whom"]
)


def is_chatter(text: str) -> bool:
    """Whether `text` (a message with Discord's markup and emoji left out) is chatter, not a question: no question
    mark, at most CHATTER_MOST_WORDS words, one in ACKNOWLEDGEMENTS and not a stop word at least, the others there or
    English stop words, the first no question word. "" is none (no words: nothing to tell)."""
    if any(mark in text for mark in QUESTION_MARKS):
        return False
    words = _WORD.findall(_folded(text))  # folded first: a Hindi word's vowel signs would cut it in pieces
    if not words or len(words) > CHATTER_MOST_WORDS or words[0] in _QUESTION_WORDS:
        return False
    if not any(word in ACKNOWLEDGEMENTS and word not in STOP_WORDS for word in words):
        # stop words alone ("what is it", "the", "so") are a question with no words to search for, though the list
        # holds some to read "thank you so much" and "that's all"
        return False
    return all(word in ACKNOWLEDGEMENTS or word in STOP_WORDS for word in words)
