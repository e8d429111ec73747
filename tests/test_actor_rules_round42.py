"""Actor rules of issue 16, round 42 (helper ha26): names that are fragments of a longer name or of a place's, read
from each mention's context, on made-up news sentences (names invented, or real countries in invented events; no text
of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_name_after_a_common_word_and_for_is_the_rest_of_a_longer_name() -> None:
    """ "the Mothers for Velbia movement": "Velbia" is cut out of the movement's name (a plural common word, then
    "for"); a person speaking "for" a body keeps the body ("Tom Hale for Kestrel Water Board": "Hale" is also a
    common word, but the last word of a name)."""
    result = found(
        analyse(
            "That spring, the Mothers for Velbia movement launched and Anna Lind promised marches.",
            "Tom Hale for Kestrel Water Board said the reservoir was full.",
        )
    )
    assert "Velbia" not in result.names, result.names
    assert {"Anna Lind", "Tom Hale", "Kestrel Water Board"} <= set(result.names), result.names


def test_names_joined_by_a_foreign_conjunction_or_article_are_no_actors_apart() -> None:
    """ "the Quai des Velbes", "the Brigade de Garde et d'Appui": parts of one foreign name, cut at "des", "et";
    neither part is an actor of its own."""
    result = found(
        analyse(
            "Anna Lind visited the old police headquarters at 12 Quai des Velbes on Monday.",
            "She once worked for the Brigade de Garde et d'Appui, an elite unit, Tom Hale said.",
        )
    )
    assert not {"Velbes", "Quai", "Brigade de Garde", "Appui"} & set(result.names), result.names
    assert {"Anna Lind", "Tom Hale"} <= set(result.names), result.names


def test_a_name_after_an_ampersand_that_follows_no_name_is_a_fragment() -> None:
    """ "Zone 9 & Silver Kites": the run was cut at the number, what follows "&" is the rest of a title; a firm's name
    joined by "&" stays whole ("Harlow & Sons")."""
    result = found(
        analyse(
            "The film Tom Hale: Zone 9 & Silver Kites drew crowds, Anna Lind said.",
            "Harlow & Sons said the film lost money.",
        )
    )
    assert "Silver Kites" not in result.names, result.names
    assert "Harlow & Sons" in result.names, result.names


def test_a_name_before_region_is_a_place() -> None:
    """ "the New Chile region", "the Greater Peru region": a region named so (a country's name inside it made it
    read as a body), not an organisation; the people named stay."""
    result = found(
        analyse(
            "The airport is the second-largest airport in the New Chile region of the north, Anna Lind said.",
            "The port is the busiest in the Greater Peru region, Tom Hale said.",
        )
    )
    assert not {"New Chile", "Greater Peru"} & set(result.names), result.names
    assert {"Anna Lind", "Tom Hale"} <= set(result.names), result.names


def test_a_country_before_a_capitalised_place_word_names_a_place() -> None:
    """ "the Chile Street ground", "the Peru Canal": a street or a canal named after the country, not the country;
    the country acting elsewhere stays."""
    result = found(analyse("Velby beat Harnock at the Chile Street ground on Saturday, Anna Lind said."))
    assert "Chile" not in result.names, result.names
    result = found(analyse("Ships crossed the Peru Canal, Tom Hale said.", "Peru said the canal would close."))
    assert "Peru" in result.names, result.names
    assert "Peru" not in result.mentions.get(1, set()) and "Peru" in result.mentions[2], result.mentions


def test_an_office_named_after_its_officer_keeps_the_title() -> None:
    """ "the Office of the Inspector General": a body named after its officer (the titles after "the" are part of the
    name), not "Office of the" (the titles were cut off as an officer's after a body's name)."""
    result = found(analyse("Anna Lind wrote to the Office of the Inspector General about the accounts."))
    assert "Office of the" not in result.names, result.names
    assert "Office of the Inspector General" in result.names, result.names


def test_a_body_before_a_hyphenated_confirmed_or_appointed_acts() -> None:
    """ "a Senate-confirmed Member", "a Hale-appointed judge": the body or person named did it; "Senate-confirmed" is
    no name."""
    result = found(
        analyse(
            "Anna Lind was the board's only remaining Senate-confirmed Member, Tom Hale said.",
            "A Hale-appointed judge ruled on Monday, Anna Lind said.",
        )
    )
    assert not any("confirmed" in name or "appointed" in name for name in result.names), result.names
    assert {"Anna Lind", "Tom Hale"} <= set(result.names), result.names
