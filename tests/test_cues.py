"""Answer cues (retrieval/answer/cues.py): a "What is X?" question prefers the sentence that names or defines X."""

from __future__ import annotations

from retrieval.answer.answering import with_answer_cue
from retrieval.answer.cues import definition_cue
from retrieval.models import Hit, Source


def test_a_what_is_question_asks_for_a_definition() -> None:
    cue = definition_cue("What was the Grange?")
    assert cue is not None
    assert cue.held_by("The farmers formed a society of mutual help, which was called the Grange; it met weekly.")
    assert cue.held_by("The Grange was a society of farmers.")
    assert not cue.held_by("Our society, the Grange, met on Mondays.")
    # only what follows the last "of" needs naming after "known as"; the whole subject before "is a"
    cue = definition_cue("What is the rule of two keys?")
    assert cue is not None
    assert cue.held_by("This rule is known as two keys.")
    assert cue.held_by("The rule of two keys is a safeguard for vaults.")
    assert not cue.held_by("Two keys is a number.")
    # a longer subject, or another kind of question, asks for something else
    assert definition_cue("What is the best way to store the seeds of a pumpkin over winter?") is None
    assert definition_cue("Why was the Grange formed?") is None
    assert definition_cue("How many members did the Grange have?") is None


def test_the_sentence_defining_the_subject_moves_up_after_reranking() -> None:
    source = Source("farm.md", "Farm", 1, 1)
    mention = Hit("Members of the Grange could borrow seed and tools.", 1.0, (source,), ("grang",))
    definition = Hit("It was a society of farmers, which was called the Grange.", 0.95, (source,), ("grang",))
    ordered = with_answer_cue("What was the Grange?", [mention, definition])
    assert [hit.text for hit in ordered] == [definition.text, mention.text]
    assert with_answer_cue("Who led the Grange?", [mention, definition]) == [mention, definition]
