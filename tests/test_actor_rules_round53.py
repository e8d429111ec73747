"""Actor rules of issue 16, round 53 (helper ha38, news): a body named again by its type alone ("The Department
issued a statement"), and a state of emergency declared, on made-up news paragraphs in the shape of agency reports
(people, bodies and places invented; no text of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actor_rules_round46_news import _documents
from tests.test_actors import analyse, found


def test_a_body_named_by_its_type_alone_is_the_documents_body_holding_that_word() -> None:
    """ "The Tarnby Department of Prisons and Probation (TDPP) ... The Department issued a statement ...: \"...\"
    ... They also said ...": the Department's words are the TDPP's, though another document names "the Velby
    Treasury Department" (the corpus gave "Department" alone to that one) and the word is written alone, as a name."""
    result = _documents(
        [
            "Funds for the wall may come from a forfeiture account within the Velby Treasury Department.",
            "The Velby Treasury Department did not comment on the plan.",
        ],
        [
            "Aron Kask was stabbed in the neck while in prison on Friday, reports said.",
            "The Tarnby Department of Prisons and Probation (TDPP) did not identify Kask as the victim.",
            'The Department issued a statement that an inmate had been stabbed: "Officers responded quickly."',
            "They also said they had identified the attacker, who was being held in isolation.",
        ],
    )
    prisons = result.actor_of("Tarnby Department of Prisons and Probation")
    assert result.statements.get(5) == {prisons}, result.statements
    assert result.statements.get(6) == {prisons}, result.statements


def test_declaring_a_state_of_emergency_is_an_act_not_words() -> None:
    """ "X declared a state of emergency", "declared seven days of national mourning", "declares war": a state put
    in force, no statement; "X declared that ..." and "X declared the vote unlawful" stay X's words."""
    result = found(
        analyse(
            "On Friday, President Anna Lind declared a state of emergency along the Velby border.",
            "The Tarnby council declared seven days of national mourning.",
            "Lind declared that the border would stay open to traders.",
            "Lind also declared the vote unlawful.",
        )
    )
    assert not result.statements.get(1), result.statements
    assert not result.statements.get(2), result.statements
    assert result.statements.get(3) == {"Anna Lind"}, result.statements
    assert result.statements.get(4) == {"Anna Lind"}, result.statements


def test_a_clipped_name_in_brackets_is_the_bodys_wherever_used() -> None:
    """ "The Velby Department of Forestry and Fire Protection (VelFire) said ...", then "VelFire indicated ...": one
    body, its clipped name (the heads of its words, each capitalised) joined as an acronym in brackets is; a camel-case
    name in brackets whose pieces open no word of the name before ("(BlueWave)") stays apart."""
    result = found(
        analyse(
            "The Velby Department of Forestry and Fire Protection (VelFire) said several acres of land burned.",
            "VelFire indicated the injuries were minor.",
            "The fire was first reported by the Tarnby Harbour Trust (BlueWave), a shipping group.",
        )
    )
    forestry = "Velby Department of Forestry and Fire Protection"
    assert "VelFire" in result.names.get(forestry, ("", ()))[1], result.names
    assert "VelFire" not in result.names, result.names
    assert result.statements.get(2) == {forestry}, result.statements
    assert "BlueWave" not in result.names.get("Tarnby Harbour Trust", ("", ()))[1], result.names
