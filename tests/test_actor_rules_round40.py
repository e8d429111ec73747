"""Actor rules of issue 16, round 40 (helper ha21), each on made-up news sentences (names invented; no text of the
twenty-third batch of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_vessel_named_after_a_dotted_prefix_is_no_actor_nor_later_alone() -> None:
    """ "the U.S.S. Harnock" is a ship, and so is "the Harnock" alone later in the document; "the MV Professor Anna
    Lind" leaves no "MV" (a prefix cut off its name by a title)."""
    result = found(
        analyse(
            "The Velby Society said the wreck was the remains of the U.S.S. Harnock.",
            "The Harnock was short on torpedoes when it sank, the society said.",
            "The charity renamed the MV Professor Anna Lind last year.",
        )
    )
    assert "Velby Society" in result.names, result.names
    assert not any("Harnock" in name for name in result.names), result.names
    assert "MV" not in result.names, result.names


def test_a_negated_verb_of_saying_gives_no_statement() -> None:
    """ "The Velby Naru Party did not immediately say whom it would support": words not said; the same body's next
    sentence, "The party said ...", still speaks."""
    result = found(
        analyse(
            "The Velby Naru Party did not immediately say whom it would support.",
            "Anna Lind never commented on the vote.",
            "The Velby Naru Party said on Monday it would back Anna Lind.",
        )
    )
    assert 1 not in result.statements, result.statements
    assert 2 not in result.statements, result.statements
    assert result.statements.get(3) == {"Velby Naru Party"}, result.statements
