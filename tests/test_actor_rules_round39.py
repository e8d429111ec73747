"""Actor rules of issue 16, round 39 (helper ha20), each on made-up news sentences (names invented; no text of the
twenty-second batch of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_verb_of_saying_put_first_is_no_word_of_the_name_after_it() -> None:
    """'Remarked Velby Wildlife Trust scientist Anna Lind, "..."': the body is "Velby Wildlife Trust", not "Remarked
    Velby Wildlife Trust"; a name that is no verb's past form keeps its first word."""
    result = found(analyse('Remarked Velby Wildlife Trust scientist Anna Lind, "The birds are back this year."'))
    assert "Velby Wildlife Trust" in result.names, result.names
    assert not any(name.startswith("Remarked") for name in result.names), result.names
    result = found(analyse("Warren Lind said the birds were back."))
    assert "Warren Lind" in result.names, result.names


def test_initials_joined_by_an_ampersand_are_one_acronym_of_the_name_it_follows() -> None:
    """ "the Kestrel Gas and Power Company (KG&P)": "KG&P" is written without spaces and, alone in a later sentence,
    is the same body; longer words keep their spaces ("Harlow & Sons")."""
    result = found(
        analyse(
            "The Kestrel Gas and Power Company (KG&P) cut power to the valley on Monday.",
            "KG&P said it would restore it by Friday.",
            "Anna Lind of Harlow & Sons was not affected.",
        )
    )
    assert result.actor_of("KG&P") == "Kestrel Gas and Power Company", result.names
    assert result.statements.get(2) == {"Kestrel Gas and Power Company"}, result.statements
    assert "Harlow & Sons" in result.names, result.names
    assert not any(" & " in name and len(name) <= 6 for name in result.names), result.names


def test_a_list_after_of_inside_a_union_name_is_part_of_it() -> None:
    """ "the Kestrel Union of Rail, Maritime and Transport Workers": one body, not "Kestrel Union of Rail",
    "Maritime" and "Transport Workers"; "workers" ends a body's name."""
    result = found(analyse("The Kestrel Union of Rail, Maritime and Transport Workers said the strike would go on."))
    assert set(result.names) == {"Kestrel Union of Rail, Maritime and Transport Workers"}, result.names
    assert result.names["Kestrel Union of Rail, Maritime and Transport Workers"][0] == "organisation"


def test_two_peoples_joined_by_and_before_tribes_are_one_body() -> None:
    """ "the Confederated Velby and Tarnish Tribes": one body; but a person's full name before "and" stays a person
    ("Anna Lind and Tarnish Tribes leaders")."""
    result = found(analyse("The plaintiffs include the Confederated Velby and Tarnish Tribes and the Norrow Nation."))
    assert "Confederated Velby and Tarnish Tribes" in result.names, result.names
    assert "Confederated Velby" not in result.names, result.names
    result = found(analyse("Anna Lind and Tarnish Tribes leaders met in Velby on Monday."))
    assert "Anna Lind" in result.names, result.names
    assert result.names["Anna Lind"][0] == "person"
