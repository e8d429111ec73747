"""How alike two sentences' words are: the one near-duplicate measure of the answers and the actor summaries.

Each caller keeps its own threshold, measured for what it folds (see `NEAR_DUPLICATE_OVERLAP` in
retrieval/answer/answering.py and `NEAR_DUPLICATE` in retrieval/actors/directory.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set


def word_set(text: str) -> frozenset[str]:
    """The words of a sentence, NFKC and case folded, punctuation dropped."""
    return frozenset(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


# Runs of alphanumeric characters (`str.isalnum`): the regex finds those of a 20-word sentence in ~5 µs, a loop over
# its characters in ~11, and the answer path asks for ~140 sentences' words a question.
_WORD = re.compile(r"[^\W_]+")


def jaccard(a: Set[str], b: Set[str]) -> float:
    """Shared words over all words of the two sets (1.0 for two empty sets, 0.0 when only one is empty)."""
    if not (a or b):
        return 1.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)
