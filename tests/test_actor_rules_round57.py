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


# a media server's install guide and a flight software manual (made-up sentences written as such docs are)
_GUIDE = (
    "Install the client on Android TV devices and on devices that use Velby TV from the store.",
    "Velby TV users will now see the keyboard on the right side of the screen.",
    "Certain low-end cards (e.g. VT 1030) do not have encoding hardware.",
    "Do not suggest configurations that may violate the Terms of Service (TOS) of other platforms.",
    "As a concrete example, the Kestrel Terms Of Service forbid video streaming behind a normal Kestrel tunnel.",
    "The core is composed of three services: Event Service (EVS), Table Service (TBL) and Clock Service (CLOCK).",
    "The Clock Service provides functions for converting and manipulating time.",
    "The Clock Service manages time as two 32-bit integers.",
    "Restart the server after you change the port.",
    "Logs are written to the log folder; the default level is Information.",
    "Call `clock_get_met()` to read the mission time, or set `log_level` in `server.toml`.",
)


def test_a_product_a_sites_terms_and_a_code_label_are_no_bodies_in_docs() -> None:
    """A product ending with "TV" is no body though an acronym before a model's number spells it ("VT 1030" is a
    card, not Velby TV's short form); "the Kestrel Terms Of Service" is a legal text; "Clock Service (CLOCK)" gives
    one of its own words in capitals, a code's label, not a body's acronym; a body's acronym in brackets still
    counts ("the Velby Weather Service (VWS)")."""
    result = found(analyse(*_GUIDE, "Forecasts come from the Velby Weather Service (VWS), a public agency."))
    for junk in ("Velby TV", "Kestrel Terms Of Service", "Terms of Service", "Clock Service", "CLOCK"):
        assert junk not in result.names, (junk, result.names)
    assert result.names.get("Velby Weather Service", ("",))[0] == "organisation", result.names


def test_a_storys_animal_is_a_character_not_a_body() -> None:
    """ "the White Rabbit", "the Hare": a story names its characters by their kind; with "the" before them and all
    common words they are persons (characters), not organisations; "the Daily Planet" stays a body."""
    result = found(
        analyse(
            "Just then the White Rabbit cried out, \u201cSilence in the court!\u201d",
            "\u201cYour Majesty must cross-examine this witness,\u201d the White Rabbit said in a low voice.",
            "\u201cHave some wine,\u201d the Hare said in an encouraging tone.",
            "\u201cI don't see any wine,\u201d she remarked, and the Hare said nothing.",
            "The Daily Planet reported that the mayor had resigned.",
            "\u201cWe stand by our story,\u201d the Daily Planet said in a statement.",
        )
    )
    assert result.names.get("White Rabbit", ("",))[0] == "person", result.names
    assert result.names.get("Hare", ("",))[0] == "person", result.names
    assert result.names.get("Daily Planet", ("",))[0] == "organisation", result.names
