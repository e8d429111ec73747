"""Actor rules of issue 16, round 49 (helper ha34): a region's body named after a compass word and a country, a body
named after a union of states' possessive, on made-up news paragraphs (bodies invented; no text of
bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_regions_body_keeps_its_compass_word() -> None:
    """ "North Wales Coastguard Service", "South Wales Mountain Rescue Service", "East Velby Fire and Rescue Service":
    one body each, the compass word included, at a sentence's start or after a preposition; "travelled to North
    Wales" stays a place (the country), and no "Wales ..." body is made."""
    result = found(
        analyse(
            "North Wales Coastguard Service were called to the beach at 9am.",
            "Crews worked alongside South Wales Mountain Rescue Service until noon.",
            "East Velby Fire and Rescue Service said the blaze was out.",
            "Anna Lind travelled to North Wales on Monday and said the walk was long.",
        )
    )
    for body in ("North Wales Coastguard Service", "South Wales Mountain Rescue Service"):
        assert result.names.get(body, ("",))[0] == "organisation", result.names
    assert result.names.get("East Velby Fire and Rescue Service", ("",))[0] == "organisation", result.names
    assert not any(name.startswith("Wales ") or name == "Mountain Rescue Service" for name in result.names), (
        result.names
    )
    assert "North Wales" not in result.names, result.names


def test_a_union_of_states_possessive_names_two_bodies() -> None:
    """ "the United Nations' Refugee Housing Agency": the agency and the United Nations, two bodies; a group of
    people's possessive stays inside one name ("the Kestrel Transport Workers' Union", "the Velby Farmers'
    Cooperative Society")."""
    result = found(
        analyse(
            "According to the United Nations' Refugee Housing Agency, the camp was full.",
            "The Kestrel Transport Workers' Union said the strike would go on.",
            "The Velby Farmers' Cooperative Society said prices would rise.",
        )
    )
    assert result.names.get("Refugee Housing Agency", ("",))[0] == "organisation", result.names
    assert result.names.get("United Nations", ("",))[0] == "organisation", result.names
    assert "United Nations' Refugee Housing Agency" not in result.names, result.names
    for body in ("Kestrel Transport Workers' Union", "Velby Farmers' Cooperative Society"):
        assert result.names.get(body, ("",))[0] == "organisation", result.names


def test_a_titled_subjects_second_verb_of_saying_after_a_comma() -> None:
    """ "Senate President X expressed opposition to the swearing-in of Y, and suggested ...": X's statement (the
    title and the comma before "and" kept it from X before), not Y's, who is the object of "of"; "X met Y and asked
    her to stay" stays no one's statement."""
    result = found(
        analyse(
            "Senate President Anna Lind expressed opposition to the swearing-in of Kim Berg, and suggested there were"
            " not enough votes in the Senate for his confirmation.",
            "Tom Hale criticised the budget, and warned that schools would close.",
            "Ola Dahl met Rita Moss and asked her to stay.",
        )
    )
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    assert result.statements.get(2) == {"Tom Hale"}, result.statements
    assert not result.statements.get(3), result.statements


def test_a_mansion_and_an_estuary_are_places() -> None:
    """ "a fire broke out at Velby Hall", "overlooking the Kestrel Estuary": places, no person nor body; after a given
    name "Hall" is a family name ("Tom Hall said")."""
    result = found(
        analyse(
            "A fire broke out yesterday at Velby Hall near Tarnby.",
            "Velby Hall dates to 1873 and overlooks the Kestrel Estuary.",
            "The owner bought Velby Hall in 2001.",
            "Tom Hall, a local councillor, said the hall would be rebuilt.",
        )
    )
    assert "Velby Hall" not in result.names, result.names
    assert "Kestrel Estuary" not in result.names, result.names
    assert result.names.get("Tom Hall", ("",))[0] == "person", result.names
