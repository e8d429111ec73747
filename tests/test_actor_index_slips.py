"""Two index slips in the actor rules (issue 16, hv12's review; helper ha22), each on made-up names: a token read
before a sentence's first word, and the letters of a name of several longer words taken for an acronym's."""

from __future__ import annotations

from retrieval.actors.facts import EVIDENCE, EVIDENCE_INDEX, RELIABLE, NameCount
from retrieval.actors.merge import MemoryNameIndex, group_names, name_edges
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


def _count(name: str, key: str, **evidence: int) -> NameCount:
    counts = [0] * len(EVIDENCE)
    for kind, value in evidence.items():
        counts[EVIDENCE_INDEX[kind]] = value
    return NameCount(key, name, name, RELIABLE, 1, tuple(counts))


def test_only_a_one_word_or_ampersand_name_spells_an_acronym() -> None:
    """An acronym joins the only name whose initials it spells: "KNB" and "KG&P" (keyed "kg p") do; a name of longer
    words with acronym evidence ("KNB Media") is no acronym of "Kestrel National Broadcasting" by its first word."""
    groups = group_names(
        [
            _count("Kestrel National Broadcasting", "kestrel national broadcasting", organisation=5),
            _count("Kestrel Gas and Power", "kestrel gas and power", organisation=5),
            _count("KNB", "knb", acronym=1, organisation=2),
            _count("KG&P", "kg p", acronym=1, organisation=2),
            _count("KNB Media", "knb media", acronym=1, organisation=2),
        ]
    )
    index = MemoryNameIndex(groups)
    edges = {key: name_edges(group, index) for key, group in groups.items()}
    assert edges["knb"][1] == "kestrel national broadcasting", edges
    assert edges["kg p"][1] == "kestrel gas and power", edges
    assert edges["knb media"][1] == "", edges
