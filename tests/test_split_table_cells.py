"""Splitting a table row whose first cell is a label ending in a full stop (issue 11 round 6): a Gutenberg EPUB's
contents table ('I. | The Sun-seeker | 1') gave 'I.' and '| The Sun-seeker | 1' as two sentences."""

from __future__ import annotations

from retrieval.ingest.split import split_sentences


def _pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_short_label_cell_does_not_end_the_row() -> None:
    assert _pieces("I. | The Sun-seeker | 1") == ["I. | The Sun-seeker | 1"]
    assert _pieces("CHAP. | PAGE") == ["CHAP. | PAGE"]
    assert _pieces("No. 4. | Okapi feeding times | 12") == ["No. 4. | Okapi feeding times | 12"]


def test_sentences_in_long_cells_and_outside_tables_still_split() -> None:
    assert _pieces("Okapi | The okapi lives in the forest. It eats leaves. | 1901") == [
        "Okapi | The okapi lives in the forest.",
        # the row's last cell, which holds no sentence, goes with the sentence before it (round 17): alone, "| 1901"
        # was a "sentence" with nothing to say what the year is of
        "It eats leaves. | 1901",
    ]
    assert _pieces("The okapi left. The keeper stayed.") == ["The okapi left.", "The keeper stayed."]
