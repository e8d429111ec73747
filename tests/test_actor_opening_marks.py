"""A paragraph's opening enumeration or abbreviation mark, and "say" set off by commas (issue 16; helper ha23), on
made-up text: the word after "II.", "1.", "a)", "E.g.", "N.B." opens the sentence, and "in, say, Velby" gives an
example, not a speaker."""

from __future__ import annotations

from retrieval.actors.analysis import analyse_document
from retrieval.actors.facts import NEWS_DOCUMENT, PROSE_DOCUMENT
from tests.test_actors import analyse, found


def test_a_word_after_an_opening_mark_is_read_as_sentence_initial() -> None:
    """A capitalised common word after a paragraph's opening mark needs the corpus to have it mid-sentence, as at a
    sentence's start; the mark makes no name of its own or with the word after it."""
    result = found(
        analyse(
            "Members of the Tarnish Board met in Velby on Monday.",
            "II. Others are questions the board will take up next year.",
            "E.g. How do we pay for the new harbour?",
            "N.B. Several members were away.",
            "1. Each member gets one vote.",
            "a) Many of them left early.",
            "(iv) Most of the work is done.",
            "IV. Anna Lind said the plan would work.",
        )
    )
    for junk in ("Others", "E.g. How", "How", "N.B.", "Several", "Each", "Many", "Most"):
        assert junk not in result.names, (junk, result.names)
    assert "Tarnish Board" in result.names, result.names
    # a name after the mark is still a name, and still speaks
    assert result.names["Anna Lind"][0] == "person", result.names
    assert "Anna Lind" in result.statements[8], result.statements


def test_a_capital_alone_before_a_full_stop_is_an_initial_before_a_name() -> None:
    """ "V. Lind said": a person's initial, not the Roman numeral five; "I. Some ...": a numeral before a common
    word."""
    result = found(analyse("V. Lind said the harbour would open in May.", "I. Some of the boats are ready."))
    assert any("Lind" in name for name in result.names), result.names
    assert "Some" not in result.names and "I. Some" not in result.names, result.names


def test_say_set_off_by_commas_gives_an_example_not_a_speaker() -> None:
    """ "in, say, Velby or Kestria": no one speaks, so a page with one real speaker stays prose; "say" after a quote
    with its speaker after it still cues the speaker."""
    page = [
        "Harbour fees in, say, Velby or Kestria are paid twice a year.",
        "Anna Lind said the fees would stay as they are.",
        *[f"Berth {n} takes boats of up to {n + 10} metres." for n in range(8)],
    ]
    facts = analyse_document(page)
    assert facts.sentences[0] is None or not facts.sentences[0].cues, facts.sentences[0]
    assert PROSE_DOCUMENT in facts.words and NEWS_DOCUMENT not in facts.words, facts.words
    result = found(analyse('"We will stay," say Velbian officials.', "Anna Lind met them."))
    assert result.statements, result.statements
