"""Actor rules of issue 16, round 52 (helper ha37): books and verse are not news, and their layout makes names that
are no one's; made-up sentences written as a play's verse, a history's footnotes and its narrative (names invented
or common)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_verse_lines_capitalised_function_word_ends_a_name() -> None:
    """Verse sets each line's first word in capitals: "my son Anselm / Be sent for" names Anselm, not "Anselm Be";
    "access unto Orsino / Till Margery the curst" names two, "the head of Orsino / Accuse him" one (a verb before an
    object pronoun); a given name that is also a function word stays ("Theresa May"), and so do a family name that
    is one ("Dora Till said") and a body's name before its possessive ("the Velby Labour Party its first win")."""
    result = found(
        analyse(
            "That Margery your queen and my son Anselm Be sent for, to return from Velmaro with speed.",
            "It is not truer he is Orsino Than this is all as true as it is strange.",
            "Is proclamation made, that who finds Anselm Shall have a high reward?",
            "That none shall have access unto Orsino Till Margery the curst have got a husband.",
            "He shall bring you before the duke, and to the head of Orsino Accuse him home and home.",
            "Then this is mine opinion: that King Anselm Becomes your enemy, for mocking him.",
            "The vote gave the Velby Labour Party its first win in a decade.",
            "Theresa May said the treaty would be signed on Monday.",
            "Dora Till said the school would open in March.",
        )
    )
    for joined in (
        "Anselm Be",
        "Orsino Than",
        "Anselm Shall",
        "Orsino Till Margery",
        "Orsino Accuse",
        "Anselm Becomes",
    ):
        assert joined not in result.names, result.names
    assert result.names.get("Theresa May", ("",))[0] == "person", result.names
    assert result.names.get("Dora Till", ("",))[0] == "person", result.names
    assert result.names.get("Velby Labour Party", ("",))[0] == "organisation", result.names


def test_a_footnotes_opening_word_and_a_fort_are_no_persons() -> None:
    """A footnote's mark opens its sentence: "[1] See Col. Hartley" names Col. Hartley, not "See Col. Hartley"; a
    fort named after someone is a place ("Fort Aldwin was lost"), while a body named after a fort stays a body."""
    result = found(
        analyse(
            "[1] See Col. Hartley's biography of the general, 1902 ed., vol. I.",
            "[2] See Col. Hartley, op. cit. vol. I. p. 426.",
            "By which means Fort Aldwin was lost, and the savages had the frontier.",
            "The garrison of Fort Aldwin surrendered before the winter.",
            "The Fort Aldwin Police Department said the road was closed.",
        )
    )
    assert not any(name.startswith("See ") for name in result.names), result.names
    assert result.names.get("Col. Hartley", ("",))[0] == "person", result.names
    assert "Fort Aldwin" not in result.names, result.names
    assert result.names.get("Fort Aldwin Police Department", ("",))[0] == "organisation", result.names


def test_a_protocol_or_a_program_named_after_one_is_no_actor() -> None:
    """Software docs name request methods and programs after protocols in capitals: "an HTTP HEAD request" and
    "Kestrel HTTP" (a program) are no persons; the maker named alone stays an organisation."""
    result = found(
        analyse(
            "The client sends an HTTP HEAD request first and follows redirects.",
            "Install Kestrel HTTP to test the server from the command line.",
            "The Velbyfin Project said the release would ship in March.",
        )
    )
    for thing in ("HTTP HEAD", "Kestrel HTTP"):
        assert thing not in result.names, result.names
    assert result.names.get("Velbyfin Project", ("",))[0] == "organisation", result.names
