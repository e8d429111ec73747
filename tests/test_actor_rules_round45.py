"""Actor rules of issue 16, round 45 (helper ha29): statements through "put it", through a role left unclosed after
"the X's", through a body's team, and names that open with digits, on made-up news sentences (names invented; no
text of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_as_x_put_it_is_a_statement() -> None:
    """ "Or as X, a role, recently put it, "..."", "X put it bluntly: ...": "put it" is a verb of saying; "X put it
    on the table" is not."""
    result = found(
        analyse(
            "Tom Hale said the bridge would open in May.",
            "Or as Anna Lind, director of the Velbar roads office, recently put it, “Get on with the work.”",
            "Rhea Kestrel put it bluntly: the plan is dead.",
            "Carl Brenner put it on the table before the vote.",
        )
    )
    assert result.statements.get(2) == {"Anna Lind"}, result.statements
    assert result.statements.get(3) == {"Rhea Kestrel"}, result.statements
    assert 4 not in result.statements, result.statements
    assert result.mentions.get(4) == {"Carl Brenner"}, result.mentions


def test_a_role_after_the_bodys_possessive_left_unclosed() -> None:
    """ "X, the site's lead developer said ...": the name's role, its closing comma left out, whatever the role's
    word; "Asked about X, the agency's head said ..." stays the head's (the name does not open the sentence)."""
    result = found(
        analyse(
            "Anna Lind, the site’s lead developer said it was a joy to work on the project.",
            "Asked about Tom Hale, the agency's head said he had resigned.",
            "Tom Hale said the bridge would open in May.",
        )
    )
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    assert "Tom Hale" not in result.statements.get(2, set()), result.statements


def test_according_to_a_bodys_team_is_the_body() -> None:
    """ "According to the project team at X's Department of Roads, ...", "according to staff at the X Institute":
    the body the team works for speaks."""
    result = found(
        analyse(
            "According to the project team at Velbar's Department of Roads, the new road “is a good option.”",
            "The road will close in May, according to staff at the Kestrel Institute.",
            "Tom Hale said the bridge would open.",
        )
    )
    assert result.statements.get(1) == {"Department of Roads"}, result.statements
    assert result.statements.get(2) == {"Kestrel Institute"}, result.statements


def test_a_name_opening_with_digits() -> None:
    """ "42F": digits and a capital make a name ("Here at 42F, we ...", "42F said"); a measure or a term written so
    ("5G", "64GB", "4K") does not."""
    result = found(
        analyse(
            "Here at 42F, we build tools for the city.",
            "42F said the team would grow, and Tom Hale agreed.",
            "The 5G network and the 64GB phones were sold out, Anna Lind said.",
            "5G towers and 4K screens were on show.",
            "5G said nothing, and 64GB was sold.",
        )
    )
    assert result.names["42F"][0] == "organisation", result.names
    assert result.statements.get(2) == {"42F"}, result.statements
    for term in ("5G", "64GB", "4K"):
        assert term not in result.names, result.names


def test_a_body_then_its_officer_set_off_by_a_comma() -> None:
    """ "Velmont Kestrel critic, Carl Brenner said": the name opening the sentence before a role and a comma employs
    the officer named after it, a body; the officer speaks."""
    result = found(
        analyse(
            "Tom Hale said the bridge would open in May.",
            'Velmont Kestrel critic, Carl Brenner said, "The film is weak."',
            "Anna Lind told reporters the film was long.",
        )
    )
    assert result.names["Velmont Kestrel"][0] == "organisation", result.names
    assert result.names["Carl Brenner"][0] == "person", result.names
    assert result.statements.get(2) == {"Carl Brenner"}, result.statements
