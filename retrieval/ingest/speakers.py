"""Who speaks each speech of a play, a script, an interview or a chat log: its label, as the speech's context.

A play's or a transcript's paragraphs open with who speaks: a Standard Ebooks play's table row "Laertes | None but
his enemies." (the persona's cell, then the speech's), a plain-text play's "First Citizen:" or "GLOUCESTER:" over
its speech, a Markdown interview's "**Chris Coyier:** ...". Left in the speech, the name is a word of its first
sentence only: a short line naming the character a question names ("Laertes | None but his enemies.") outranked the
long speeches that answer it, and the speech's later sentences lost who says them (realdocs_unseen5's Hamlet answered
1 of 21 questions). In a document where such labels open at least `DIALOGUE_SHARE` of the prose blocks, with at least
`SPEAKERS_MIN` speakers labelling `REPEATS_MIN` blocks or more each, every labelled block's label becomes the innermost
part of the section path of its sentences ("Laertes:"), its terms go with each of them as a narrator's do
(retrieval/ingest/narrator.py), and its sentences are the speech after the label: each still a slice of the text,
quoted word for word, its source saying who speaks (retrieval/ingest/document.py).
"""

from __future__ import annotations

import re
from collections import Counter

from retrieval.ingest.formats.blocks import CELL_SEPARATOR
from retrieval.ingest.structure import PROSE_KINDS, ExtractedText

# Ends the speaker's part of a section path ("Act I › Scene I › Laertes:"): a speaker, not a heading, when shown.
SPEAKER_MARK = ":"
# The share of a document's prose blocks that must open with a speaker label for it to be a dialogue.
DIALOGUE_SHARE = 0.25
# A dialogue has at least this many speakers who open at least `REPEATS_MIN` blocks each ("Note:" twice is no play).
SPEAKERS_MIN = 2
REPEATS_MIN = 3

# A name of one to four capitalised words, small joining words between them ("First Witch", "Lady Macbeth", "KING
# RICHARD II", "Duke of York", "Q"); no digits, no sentence punctuation. The words may be parted by a no-break space,
# as Standard Ebooks set one after a title's abbreviation ("Mrs.\u00a0Cheveley"): with only a space allowed, every
# speech of such a character kept its name in its first sentence (202 of "An Ideal Husband").
_NAME = r"[A-Z][\w'’.-]*(?:[ \u00a0](?:(?:of|the|de|la|le|van|von|du|to)[ \u00a0])?[A-Z][\w'’.-]*){0,3}"
# The name cell that opens a table row, then the speech's cells.
_CELL_LABEL = re.compile(rf"({_NAME}){re.escape(CELL_SEPARATOR)}(?=\S)")
# "Name:" before the speech, on its line or the line above.
_COLON_LABEL = re.compile(rf"({_NAME}):\s+(?=\S)")
# A plain-text play's name in capitals with a full stop ("MACBETH. Is this a dagger ...", "LADY MACBETH.").
_CAPITALS_LABEL = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})\.\s+(?=\S)")


def speech_label(kind: str, raw: str) -> tuple[str, int] | None:
    """The speaker label a prose block opens with and where its speech starts in `raw`, or None."""
    labels = (_CELL_LABEL,) if kind == "table_row" else (_COLON_LABEL, _CAPITALS_LABEL)
    for label in labels:
        found = label.match(raw)
        if found is not None:
            return " ".join(found.group(1).split()), found.end()
    return None


def speaker_labels(extracted: ExtractedText) -> dict[int, tuple[str, int]]:
    """By block index, the speaker label and the speech's start (within the block) of each labelled prose block of a
    document that is a dialogue; empty for any other document."""
    labels: dict[int, tuple[str, int]] = {}
    prose = 0
    for index, block in enumerate(extracted.blocks):
        if block.kind not in PROSE_KINDS:
            continue
        prose += 1
        label = speech_label(block.kind, extracted.block_text(block))
        if label is not None:
            labels[index] = label
    counts = Counter(label for label, _ in labels.values())
    if sum(1 for count in counts.values() if count >= REPEATS_MIN) < SPEAKERS_MIN:
        return {}
    if len(labels) < DIALOGUE_SHARE * prose:
        return {}
    return labels
