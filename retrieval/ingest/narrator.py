"""Who says "I" in a book told in the first person, so that a question naming the narrator reaches their narration.

"How old was Victor when his parents sent him to university?" is answered by "When I had attained the age of seventeen
my parents resolved ..." in a novel Victor narrates: the question's rarest term, the narrator's name, stands only in
lines addressed to him ("Tell me, dearest Victor."). A document whose narration (its sentences outside quotation
marks) says I, my or me in at least `FIRST_PERSON_SHARE` of its sentences is told in the first person; its narrator is

- the name others address in its quoted speech most often, at least `VOCATIVE_MIN` times, among the names its
  narration writes at most half as often as they are addressed: a novel's narrator is spoken to by everyone but
  says "I" ("Victor" addressed 15 times, written once outside quotes; "Justine" addressed 8 times and written 26), else
- the person its title or "Author:" line names: the author of a memoir or an essay is its narrator (the title's words
  that the text writes capitalised and never in lower case: "Autobiography of Benjamin Franklin" gives "Benjamin
  Franklin").

The narrator's name terms are added to the terms of each narration sentence that says I, my or me outside quotation
marks, as a code block's terms are added to its sentence (retrieval/ingest/document.py): the sentence is found by
the name, and shown as written. Lines of speech are left as they are, and the title and "Author:" line stay meta.
English only: the first-person words are English.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from retrieval.ingest.structure import ExtractedText
from retrieval.models import SentenceRecord
from retrieval.tokenize import ENGLISH, tokenize

# The share of a document's narration sentences that must say I, my or me for it to be told in the first person.
FIRST_PERSON_SHARE = 0.2
# A document needs this many narration sentences for the share to mean anything.
NARRATION_MIN = 50
# A name must be addressed in quoted speech this many times to be the narrator's.
VOCATIVE_MIN = 5

_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Mm]yself)\b")
# An opening or closing quotation mark; a straight double quote opens or closes by turns.
_OPEN = "“"
_CLOSE = "”"
# A capitalised word spoken to: opening the speech or after a comma, semicolon or dash, followed by punctuation
# ("Come, dearest Victor; ...", "Listen to me, Frankenstein.", "“Victor, he is murdered!").
_VOCATIVE = re.compile(r"(?:^|[,;:!?—]\s+|[“\"]\s*)(?:[a-z]+\s+)?([A-Z][a-z]{2,})(?=[,;!?.—])")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_WORD = re.compile(r"[A-Za-z]+")
_AUTHOR_LINE = re.compile(r"^\s*(?:author|by)\s*:?\s+(.+)$", re.IGNORECASE)
_BY = re.compile(r",?\s+by\s+(.+)$", re.IGNORECASE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` (one paragraph) inside quotation marks; one left open runs to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for index, char in enumerate(text):
        if char == _OPEN and start is None:
            start = index
        elif char == _CLOSE and start is not None:
            spans.append((start, index + 1))
            start = None
        elif char == '"':
            if start is None:
                start = index
            else:
                spans.append((start, index + 1))
                start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _outside(text: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> str:
    """The characters of text[start:end] outside `spans`, quoted ones blanked."""
    chars = list(text[start:end])
    for left, right in spans:
        for index in range(max(left, start), min(right, end)):
            chars[index - start] = " "
    return "".join(chars)


def narrator_name(extracted: ExtractedText, title: str, capitalised: set[str], lower: set[str]) -> str:
    """The narrator's name as the document writes it, or "" if none is found; `capitalised` and `lower` are the words
    its sentences write capitalised and in lower case."""
    addressed: Counter[str] = Counter()
    written: Counter[str] = Counter()  # capitalised words outside quotation marks
    for block in extracted.blocks:
        if block.kind != "paragraph":
            continue
        text = extracted.block_text(block)
        spans = quoted_spans(text)
        for left, right in spans:
            for match in _VOCATIVE.finditer(text[left:right]):
                addressed[match.group(1)] += 1
        written.update(_CAPITALISED.findall(_outside(text, spans, 0, len(text))))
    names = [
        (name, count)
        for name, count in addressed.most_common()
        if name.lower() not in lower and 2 * written[name] <= count
    ]
    if names and names[0][1] >= VOCATIVE_MIN:
        return names[0][0]
    for block in extracted.blocks:
        if block.kind == "meta" and (author := _AUTHOR_LINE.match(extracted.block_text(block))):
            return author.group(1)
    if by := _BY.search(title):
        return by.group(1)
    return " ".join(word for word in _CAPITALISED.findall(title) if word in capitalised and word.lower() not in lower)


def add_narrator(
    extracted: ExtractedText, records: list[SentenceRecord], title: str, language: str
) -> list[SentenceRecord]:
    """`records` with the narrator's name terms added to each first-person narration sentence (see the module)."""
    if language != ENGLISH:
        return records
    spans_of = {block.start: quoted_spans(extracted.block_text(block)) for block in extracted.blocks}
    starts = sorted(spans_of)
    narration: dict[int, str] = {}  # record index -> its text outside quotation marks
    for index, record in enumerate(records):
        if record.kind != "paragraph":
            continue
        block_start = starts[bisect.bisect_right(starts, record.start) - 1]
        spans = spans_of[block_start]
        text = extracted.text[block_start : record.end]
        outside = _outside(text, spans, record.start - block_start, record.end - block_start)
        if outside.strip(" .,;:!?—-“”\"'’‘()"):
            narration[index] = outside
    if len(narration) < NARRATION_MIN:
        return records
    first_person = [index for index, text in narration.items() if _FIRST_PERSON.search(text)]
    if len(first_person) < FIRST_PERSON_SHARE * len(narration):
        return records
    capitalised: set[str] = set()
    lower: set[str] = set()
    for record in records:
        if record.kind != "heading":
            for word in _WORD.findall(record.text):
                (lower if word.islower() else capitalised).add(word)
    name = narrator_name(extracted, title, capitalised, lower)
    terms = tuple(dict.fromkeys(tokenize(name, language)))
    if not terms:
        return records
    out = list(records)
    for index in first_person:
        record = out[index]
        out[index] = replace(record, tokens=with_terms(record.tokens, terms))
    return out


def with_terms(tokens: tuple[str, ...], terms: Sequence[str]) -> tuple[str, ...]:
    """A sentence's `tokens` and, after them, the `terms` of its context not among them (a narrator's name, a
    speaker's label, a code block's terms): found by them, shown as written."""
    return tokens + tuple(t for t in terms if t not in tokens)
