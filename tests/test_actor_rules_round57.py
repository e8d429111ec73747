"""Actor rules of issue 16, round 57 (helper ha42): press releases' speakers named after their office or body, and
software docs' junk, on sentences written as press offices and manuals write them (names invented; no text of
bench/data/actors_press)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_speaker_named_after_the_body_of_a_role_is_the_speaker() -> None:
    """'"...," said co-owner of R & T Growers, X.' and '"...," said the owner of Y, X.': the name closing the
    sentence after the comma speaks, not the farm or club before it; with no name after it the body still does."""
    result = found(
        analyse(
            "\u201cThe inspectors helped us plan the new wells,\u201d said co-owner of Brill & Tan Growers, Ola Brill.",
            '"The rain came too late for us," said the owner of Hollin Creek Farms, Dara Voss.',
            '"We will appeal the ruling," said the chairman of the Velby Rowing Club.',
        )
    )
    assert result.statements.get(1) == {"Ola Brill"}, result.statements
    assert result.statements.get(2) == {"Dara Voss"}, result.statements
    assert result.statements.get(3) == {"Velby Rowing Club"}, result.statements


def test_a_statement_by_an_office_and_a_name_after_its_comma_is_that_names() -> None:
    """ "According to a statement by NASA Associate Administrator for the Office of Y, X:" announces X's quotation
    paragraphs; the agency before the office says none of them; "according to a statement from the Club" with no
    name after it stays the club's."""
    result = found(
        analyse(
            "According to a statement by the Velby Space Agency Associate Administrator for the Office of Outreach, "
            "Irma Doss:",
            '"We respect the contributions the crews have made in service to our country.',
            'It is a bold vision for the agency."',
            "According to a statement from the Velby Rowing Club, the race was cancelled.",
        )
    )
    for sentence in (1, 2, 3):
        assert result.statements.get(sentence) == {"Irma Doss"}, (sentence, result.statements)
    assert result.statements.get(4) == {"Velby Rowing Club"}, result.statements
