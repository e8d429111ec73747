"""Actor rules of issue 16, round 44 (helper ha28): the kinds of bodies named in another language or after a
religion's adjective, and a department of the United States as a speaker of its own, on made-up news
sentences (names invented, or real countries in invented events; no text of bench/data/actors_news2 or of
actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_name_opened_by_a_foreign_article_is_an_organisation() -> None:
    """ "El Velbario", "Die Kestrelzeitung", "Il Brennero": a newspaper's or a body's title after a definite article of
    another language, never a person's name; the person named beside them stays a person."""
    result = found(
        analyse(
            "El Velbario said that the mayor had resigned.",
            "The vote was postponed, according to Die Kestrelzeitung.",
            "Il Brennero wrote that the port would close, according to Anna Lind.",
        )
    )
    for name in ("El Velbario", "Die Kestrelzeitung", "Il Brennero"):
        assert result.names[name][0] == "organisation", result.names
    assert result.names["Anna Lind"][0] == "person", result.names


def test_a_name_opened_by_islamic_is_an_organisation() -> None:
    """ "Islamic Velbar": a religion's adjective opens no person's name; "Islamic" alone is no actor."""
    result = found(
        analyse(
            "Islamic Velbar said it carried out the attack, Tom Hale told reporters.",
            "Islamic Velbar fighters later withdrew from the town.",
        )
    )
    assert result.names["Islamic Velbar"][0] == "organisation", result.names
    assert "Islamic" not in result.names, result.names
    assert result.names["Tom Hale"][0] == "person", result.names


def test_a_national_arm_and_a_nation_are_organisations() -> None:
    """ "Kestrova Polska", "Brenna Deutschland": a company's arm named by its country in that country's language;
    "the Velbar Nation": a people's government."""
    result = found(
        analyse(
            "Kestrova Polska said it would sell 300 stores.",
            "Brenna Deutschland announced that profits had fallen.",
            "The Velbar Nation said the new law would keep its members from voting.",
            "Anna Lind told reporters the sale was final.",
        )
    )
    for name in ("Kestrova Polska", "Brenna Deutschland", "Velbar Nation"):
        assert result.names[name][0] == "organisation", result.names
    assert result.names["Anna Lind"][0] == "person", result.names


def test_the_state_department_is_not_the_united_states() -> None:
    """ "The State Department said": a department that speaks for itself, not the country; "The White House said"
    and "Washington said" stay the United States' (a seat of government and a capital)."""
    result = found(
        analyse(
            "The State Department said the embassy would reopen in May.",
            "The White House said the talks had been useful.",
            "Washington said it would send more aid to Chile.",
        )
    )
    assert result.actor_of("State Department") != "United States", result.names
    assert result.names[result.actor_of("State Department")][0] == "organisation", result.names
    assert "United States" not in result.statements.get(1, set()), result.statements
    assert "United States" in result.statements[2], result.statements
    assert "United States" in result.statements[3], result.statements
