"""Index slips in the actor rules (issue 16, hv12's review; helper ha22), each on made-up names: a token read
before a sentence's first word."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_two_peoples_before_tribes_open_a_sentence_whatever_its_last_word() -> None:
    """ "Velby and Tarnish Tribes" at the start of a line is one body: no word stands before "Velby", so no given
    name does; the line's last word ("Anna", a given name, with no full stop after it) is not read in its place."""
    for ending in ("Anna", "the press", "Anna."):
        result = found(analyse(f"Velby and Tarnish Tribes leaders met {ending}"))
        assert "Velby and Tarnish Tribes" in result.names, (ending, result.names)
        assert "Tarnish Tribes" not in result.names, (ending, result.names)
    # a person's full name before "and" stays a person, as before
    result = found(analyse("Anna Lind and Tarnish Tribes leaders met in Velby on Monday."))
    assert result.names["Anna Lind"][0] == "person", result.names
