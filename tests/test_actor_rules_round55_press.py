"""Actor rules of issue 16, round 55 (helper ha40): the statement shapes of a government press office, on press
release paragraphs written as such offices write them (names invented; no text of bench/data/actors_press)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_possessed_statement_before_a_colon_is_the_owners_and_announces_the_quotation() -> None:
    """ "Attorney General X's statement on the inquiry:" is a lead-in as "X issued the following statement:" is:
    X says it, and the quotation paragraphs under it, each reopened with a quote mark, are X's; the boilerplate
    paragraph after the quotation names no speaker and is nobody's."""
    result = found(
        analyse(
            "Attorney General Miriam K. Tollan's statement on the inquiry into the harbour fire:",
            "\u201cThe Department of Justice has reached several milestones in the inquiry into the harbour fire.",
            [
                "\u201cWe have now charged forty defendants with arson and fraud.",
                "This morning, we arrested the last of them.",
            ],
            "\u201cI assure the public that the inquiry will follow the facts wherever they lead.\u201d",
            "A defendant is presumed innocent unless and until proven guilty in a court of law.",
        )
    )
    for sentence in (1, 2, 3, 4, 5):
        assert "Miriam K. Tollan" in result.statements.get(sentence, set()), (sentence, result.statements)
    assert 6 not in result.statements, result.statements


def test_a_possession_without_a_colon_or_a_statement_noun_announces_nothing() -> None:
    """ "X's statement on the inquiry was short." ends with no colon and "X's office:" names no statement: neither
    is a lead-in, so the quotation paragraph after them stays nobody's."""
    result = found(
        analyse(
            "Senator Ruth Vasko said the hearing would resume in May.",
            "Miriam Tollan's statement on the inquiry was short.",
            "\u201cThe inquiry goes on,\u201d the notice read.",
        )
    )
    assert result.statements.get(1) == {"Ruth Vasko"}, result.statements
    assert "Miriam Tollan" not in result.statements.get(2, set()), result.statements
    assert "Miriam Tollan" not in result.statements.get(3, set()), result.statements


def test_a_statement_or_announcement_made_is_a_statement() -> None:
    """ "X made the following statement regarding the report:" announces the quotation after it as "issued the
    following statement" does; "X, Y and Z made the announcement." gives each of them the announcement; "made a
    donation" stays no statement."""
    result = found(
        analyse(
            "Energy Secretary Paul Hendry made the following statement regarding the agency's annual outlook:",
            '"The outlook reinforces our commitment to safe, clean and affordable energy.',
            '"Our programs will help to spur new investment in the grid."',
            "Acting Director Lena Marsh said the agency would publish the figures in June.",
            "Commissioner Tom Pryor and Deputy Director Ann Keel made the announcement on Monday.",
            "Tom Pryor made a donation to the museum last year.",
        )
    )
    for sentence in (1, 2, 3):
        assert "Paul Hendry" in result.statements.get(sentence, set()), (sentence, result.statements)
    assert {"Tom Pryor", "Ann Keel"} <= result.statements.get(5, set()), result.statements
    assert "Tom Pryor" not in result.statements.get(6, set()), result.statements


def test_an_officials_long_title_before_the_name_leaves_the_name_speaking() -> None:
    """A press office writes the whole title before the name: "said Secretary of the Interior X", "according to Under
    Secretary for Enforcement X", "said Under Secretary for Terrorism and Financial Intelligence X", '"...," Under
    Secretary X said', "Secretary of Labor X and Under Secretary of Education Y today announced": each name speaks
    (and the office's words are no part of it); "The Secretary of the Navy met Tom Hale." gives no one a statement."""
    result = found(
        analyse(
            "Officials said the sanctions were the largest of the year.",
            '"We will keep the pressure on the network," said Secretary of the Interior Marla Quen.',
            "The network moved $40 million through shell firms, according to Under Secretary for Enforcement "
            "Ravi Oduya.",
            '"Criminals will find no safe haven," said Under Secretary for Terrorism and Financial Intelligence '
            "Dana Pell.",
            '"We will act," Under Secretary Tomas Wendle said.',
            "Secretary of Labor Hilda Marsh and Under Secretary of Education Ian Coe today announced that the grants "
            "would go to twelve colleges.",
            "The Secretary of the Navy met Tom Hale on Monday.",
        )
    )
    assert result.statements.get(2) == {"Marla Quen"}, result.statements
    assert result.statements.get(3) == {"Ravi Oduya"}, result.statements
    assert result.statements.get(4) == {"Dana Pell"}, result.statements
    assert result.statements.get(5) == {"Tomas Wendle"}, result.statements
    assert {"Hilda Marsh", "Ian Coe"} <= result.statements.get(6, set()), result.statements
    assert 7 not in result.statements, result.statements
    for name in ("Marla Quen", "Ravi Oduya", "Dana Pell", "Tomas Wendle"):
        assert result.names.get(name, ("",))[0] == "person", result.names


def test_remarks_by_a_name_before_a_colon_announce_the_paragraphs_after_it() -> None:
    """ "Below are remarks by Deputy Secretary X as prepared for delivery:" is X's lead-in: the paragraphs of the
    remarks after it, without quotation marks, are X's as a blog's "X writes:" block is; "remarks by X" in a
    sentence that does not end with a colon announces nothing."""
    result = found(
        analyse(
            "Officials said the sanctions were the largest of the year.",
            "Below are remarks by Deputy Secretary Tomas Wendle as prepared for delivery:",
            "Thank you for having me today.",
            "Our work on sanctions has never been more important.",
        )
    )
    for sentence in (2, 3, 4):
        assert result.statements.get(sentence) == {"Tomas Wendle"}, (sentence, result.statements)
    result = found(
        analyse(
            "Officials said the sanctions were the largest of the year.",
            "The remarks by Deputy Secretary Tomas Wendle drew a large crowd.",
            "Thank you for having me today.",
        )
    )
    assert "Tomas Wendle" not in result.statements.get(3, set()), result.statements
