"""Actor rules of issue 16, round 54 (helper ha39): software docs name products and features with words that end
bodies' names in news ("Kestrel TV", "Remote Vault Services"), and a publisher's name may open with "No"; made-up
sentences written as a media server's docs and a book's front matter (names invented or common)."""

from __future__ import annotations

from tests.test_actors import analyse, found

# a media server's install guide: its clients and features end with "TV", "Services", "Monitor"
_GUIDE = (
    "Install the client on Android, Android TV and Kestrel TV devices from the store.",
    "To watch channels, open Live TV in the dashboard and add a tuner.",
    "Live TV needs a tuner or an M3U playlist before it shows any channel.",
    "The Kestrel TV client supports direct play of most formats.",
    "Choose Use Network Service on the account page, then click Next.",
    "On Windows, Remote Vault Services must be running before the server starts.",
    "Open Activity Monitor to see how much memory the server uses.",
    "A printed manual can be borrowed from the Velby Public Library.",
    "Logs are written to the log folder; the default level is Information.",
    "Restart the server after you change the port.",
)


def test_a_product_named_with_a_bodys_word_is_no_actor_in_docs() -> None:
    """Outside news "TV", "Services" and "Monitor" ending a name make a product or a feature, not a body: none is
    listed; a body whose acronym is given ("the Velby Weather Service (VWS)") stays, and so does a library (books name
    public libraries, "library" is no product's word here)."""
    result = found(analyse(*_GUIDE, "Forecasts come from the Velby Weather Service (VWS), a public agency."))
    for product in (
        "Android TV",
        "Android and Android TV",
        "Kestrel TV",
        "Live TV",
        "Choose Use Network Service",
        "Use Network Service",
        "Remote Vault Services",
        "Activity Monitor",
    ):
        assert product not in result.names, result.names
    assert result.names.get("Velby Weather Service", ("",))[0] == "organisation", result.names
    assert result.names.get("Velby Public Library", ("",))[0] == "organisation", result.names


def test_a_broadcaster_named_with_tv_stays_in_news() -> None:
    """In news the same word still ends a body's name: "Kestrel TV reported" lists Kestrel TV, an organisation."""
    result = found(
        analyse(
            "Kestrel TV reported on Monday that the minister had resigned, citing sources close to the government.",
            "The broadcaster said the minister, Anna Berg, would speak to reporters later in the day.",
            '"I have nothing to add," Berg told Kestrel TV outside the ministry on Tuesday.',
            "Police said two people were arrested after the protest outside parliament on Monday night.",
        )
    )
    assert result.names.get("Kestrel TV", ("",))[0] == "organisation", result.names


def test_no_opens_a_publishers_name_after_a_lower_case_word() -> None:
    """ "from No Starch Press": "No" after a lower-case word opens a body's name of three words ("No Kestrel Press"),
    while a quantifier opening a sentence stays out ("All Kestrel Party members voted")."""
    result = found(
        analyse(
            "This book is available in paperback and ebook format from No Kestrel Press.",
            "The second edition was published by No Kestrel Press in 2023.",
            "All Kestrel Party members voted for the bill.",
        )
    )
    assert result.names.get("No Kestrel Press", ("",))[0] == "organisation", result.names
    assert "Kestrel Press" not in result.names, result.names
    assert "All Kestrel Party" not in result.names, result.names
