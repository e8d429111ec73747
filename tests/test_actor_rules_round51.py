"""Actor rules of issue 16, round 51 (helper ha36): a tribe's government after a compass adjective, a speaker named
by a role that another's title does not hold, a body's acronym without a country's name written out, on made-up news
paragraphs (people and bodies invented; no text of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_tribe_after_a_compass_adjective_is_a_body() -> None:
    """ "the Northern Kestrel Tribe", "the Eastern Velby Tribe": bodies, the compass adjective included (it was taken
    for a region and the name dropped, or cut to "Kestrel Tribe" at a headline's start); "the Eastern Mediterranean"
    stays no actor."""
    result = found(
        analyse(
            "Northern Kestrel Tribe welcomes new school in Tarnby",
            [
                "On Monday, members of the Northern Kestrel Tribe gathered for the opening.",
                "The tribe plans to share the school with the nearby Eastern Velby Tribe, its leaders said.",
            ],
            "Storms crossed the Eastern Mediterranean last week.",
        )
    )
    for body in ("Northern Kestrel Tribe", "Eastern Velby Tribe"):
        assert result.names.get(body, ("",))[0] == "organisation", result.names
    assert "Kestrel Tribe" not in result.names, result.names
    assert not any("Mediterranean" in name for name in result.names), result.names


def test_a_role_with_another_portfolio_is_not_the_titled_person_before() -> None:
    """ "Transport Minister Anna Lind said ... The local health minister said, \"...\"": not Lind's statement (her
    title is no health minister's); "The minister added" and "The transport minister said" stay hers, and "X, the
    health minister, said ... the health minister added" goes on being X's."""
    result = found(
        analyse(
            ["Transport Minister Anna Lind said 12 people died.", "The minister added that the line was closed."],
            ['The local health minister said, "The injured were taken to Tarnby hospital.', 'Most are stable."'],
            "The transport minister said the line would reopen on Friday.",
            [
                "Kim Berg, the health minister, said the hospital was full.",
                "The health minister added that more beds were coming.",
            ],
        )
    )
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    assert result.statements.get(2) == {"Anna Lind"}, result.statements
    assert not result.statements.get(3), result.statements
    assert not result.statements.get(4), result.statements
    assert result.statements.get(5) == {"Anna Lind"}, result.statements
    assert result.statements.get(6) == {"Kim Berg"}, result.statements
    assert result.statements.get(7) == {"Kim Berg"}, result.statements


def test_an_acronym_leaves_out_a_country_name_written_out() -> None:
    """ "the United States Commission on Rail Safety ... CRS announced": one body (its acronym spells the name
    without "United States", as "U.S." was already left out); "the United Kingdom Office for Coastal Trade" and
    "OCT" too."""
    result = found(
        analyse(
            "The United States Commission on Rail Safety announced on Friday that the inquiry was over.",
            'In a statement, CRS said, "The report will be published in May."',
            "The United Kingdom Office for Coastal Trade said exports fell, and OCT said they would recover.",
        )
    )
    assert result.actor_of("CRS") == result.actor_of("United States Commission on Rail Safety"), result.names
    assert result.actor_of("OCT") == result.actor_of("United Kingdom Office for Coastal Trade"), result.names
