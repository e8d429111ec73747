"""Actor rules of issue 16, round 48 (helper ha33): publications after their writers' roles, online companies after
their kind, on made-up news paragraphs (names invented; no text of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_publication_after_a_writing_role_is_a_body() -> None:
    """ "a contributor to Velbmark", "a columnist for the Kestrel Courant": the publication the role writes for, a
    body named once, not a place; "flew to Velby" stays a place."""
    result = found(
        analyse(
            "Anna Lind of Velby University and contributor to Velbmark wrote that the ruling was wrong.",
            "Tom Hale, a columnist for Quarnish, said the court had gone too far.",
            "Kim Berg flew to Tarnby on Monday and said the talks were over.",
        )
    )
    for body in ("Velbmark", "Quarnish"):
        assert result.names.get(body, ("",))[0] == "organisation", result.names
    assert "Tarnby" not in result.names, result.names


def test_an_online_company_after_its_kind_is_a_body() -> None:
    """ "the social media site Velbook", "video-sharing platform Kestrelo": a company named by its kind, which
    speaks as a body ("Velbook said"), not a person; "the site Velby" (a place's word alone) is not made one."""
    result = found(
        analyse(
            "A court ordered the social media site Velbook to remove the post.",
            'Velbook released a statement which read, in part, "We will appeal."',
            "Velbook further claimed the order was too broad.",
            "The video-sharing platform Kestrelo said it would comply.",
        )
    )
    assert result.names.get("Velbook", ("",))[0] == "organisation", result.names
    assert result.names.get("Kestrelo", ("",))[0] == "organisation", result.names


def test_codenames_and_screen_instructions_in_docs_are_no_actors() -> None:
    """Software docs name products by codename ("Velby Lake and Tarn Lake processors", "v24.10.0 (Electric Velby)",
    "Ada Velbrook and newer") and set a screen's options in title case after the verb to follow ("Detect My
    Devices"): none is an actor; a person named in the same docs ("Maintained by Anna Berg") stays one."""
    result = found(
        analyse(
            "# Hardware acceleration",
            "The setup is only needed on an Intel Velby Lake or Tarn Lake processor.",
            "Note that Velby Lake and Tarn Lake processors lack AV1 encoding.",
            "This page is written for KestrelOS v24.10.0 (Electric Velby) or higher.",
            "Read the v24.10 Electric Velby release notes before upgrading.",
            "- **Encoding AV1** - Ada Velbrook and newer",
            "2. Click Detect My Devices to find the tuners.",
            "The plugin is maintained by Anna Berg, who said the guide was new.",
        )
    )
    listed = {alias for _, aliases in result.names.values() for alias in aliases} | set(result.names)
    for name in ("Velby Lake", "Tarn Lake", "Electric Velby", "Ada Velbrook", "Detect My Devices"):
        assert name not in listed, result.names
    assert result.names.get("Anna Berg", ("",))[0] == "person", result.names
