"""Actor rules of issue 16, round 47 (helper ha32): an attribution cut off its quotation by the sentence splitter,
and a department's acronym that leaves out "Department", on made-up news paragraphs (names invented; no text of
bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from retrieval.ingest.split import split_sentences
from tests.test_actors import Found, analyse, found


def _split(*paragraphs: str) -> Found:
    """find_actors over one document whose paragraphs are cut into sentences by the ingest's own splitter."""
    return found(analyse(*([paragraph[a:b] for a, b in split_sentences(paragraph)] for paragraph in paragraphs)))


def test_an_attribution_cut_off_its_quotation_is_a_mention_not_a_statement() -> None:
    """'"... ?" Hale asked.' and '"... ." Kim Berg, the head of the agency, said on Tuesday.': the splitter cuts the
    attribution off the quotation; the quotation is the speaker's statement, the attribution (saying nothing) a
    mention of them; the quotation going on after it is still theirs."""
    result = _split(
        "Tom Hale said the Velby Agency had opened a new site.",
        "“When you join a project, you ask: ‘Why am I doing this?’” Hale said. “I was drawn to the mission.”",
        '"We wanted the site to work for everyone." Kim Berg, the head of the agency, said on Tuesday.',
        "“Is the site fast enough?” Anna Lind asked. The agency did not answer.",
    )
    # sentences: 1 Hale speaks; 2 quotation, 3 "Hale said.", 4 quotation; 5 quotation, 6 attribution; 7 question,
    # 8 "Anna Lind asked.", 9 no one speaks
    assert result.statements.get(2) == {"Tom Hale"}, result.statements
    assert result.statements.get(4) == {"Tom Hale"}, result.statements
    assert result.statements.get(5) == {"Kim Berg"}, result.statements
    assert result.statements.get(7) == {"Anna Lind"}, result.statements
    for attribution in (3, 6, 8):
        assert attribution not in result.statements, result.statements
        assert result.mentions[attribution], result.mentions
    assert result.mentions[3] == {"Tom Hale"} and result.mentions[8] == {"Anna Lind"}, result.mentions


def test_a_short_sentence_that_says_something_stays_a_statement() -> None:
    """ "Hale said the site was slow." after a quotation says something of its own; "Hale said." after a sentence
    that is no quotation attributes nothing before it, and stays what it was."""
    result = _split(
        '"We wanted the site to work." Tom Hale said the site was slow.',
        "The agency opened the site. Anna Lind said.",
    )
    assert result.statements.get(2) == {"Tom Hale"}, result.statements
    assert result.statements.get(4) == {"Anna Lind"}, result.statements


def test_a_department_acronym_leaves_out_department() -> None:
    """ "HUD" for the Department of Housing and Urban Development, with or without "U.S." before it, and "VF" for
    the Velby Fire Department: the department's own words spell its acronym."""
    result = found(
        analyse(
            "The U.S. Department of Housing and Urban Development said rents rose.",
            "HUD will publish the figures in May, Tom Hale said.",
            "The Velby Fire Department said the blaze was out.",
            "VF crews left at noon, the VF said.",
            "The Department of Homeland Security said the port was closed.",
            "DHS officials said it would reopen.",
        )
    )
    assert result.actor_of("HUD") == result.actor_of("Department of Housing and Urban Development"), result.names
    assert result.actor_of("VF") == "Velby Fire Department", result.names
    assert result.actor_of("DHS") == "Department of Homeland Security", result.names
    for name in ("HUD", "VF", "DHS"):
        assert result.names[result.actor_of(name)][0] == "organisation", result.names
    assert len({result.actor_of(name) for name in ("HUD", "VF", "DHS")}) == 3, result.names


def test_a_role_at_a_name_is_its_employer() -> None:
    """ "an engineering manager at VelbTube", "a researcher at Kestrelsoft": the name after a lower-case role and
    "at" is the body that employs them, not a place; "arrived at Velby" stays a place, "a nurse at Velby General
    Hospital" a building."""
    result = found(
        analyse(
            "Kim Berg, an engineering manager at VelbTube, was one of the first outside contributors.",
            "Berg said the work was fun.",
            "Anna Lind, a researcher at Kestrelsoft, said the data was new.",
            "Tom Hale arrived at Velby on Monday and said the harbour was closed.",
        )
    )
    assert result.names["VelbTube"][0] == "organisation", result.names
    assert result.names["Kestrelsoft"][0] == "organisation", result.names
    assert result.names.get("Velby", ("place",))[0] != "organisation", result.names
    assert result.names["Kim Berg"][0] == "person", result.names
