"""Actor rules of issue 16, round 41 (helper ha24), each on made-up news sentences (names invented, or real
countries in invented events; no text of the twenty-fourth batch of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_a_name_after_an_article_and_a_modifier_is_a_thing() -> None:
    """ "a no-deal Velbexit", "a hard Velbexit,": what the name stands for is a thing, not a person, however often
    it is named; the people who argue about it stay."""
    result = found(
        analyse(
            "Anna Lind said the council wants a no-deal Velbexit by May.",
            "Critics fear a hard Velbexit, Tom Hale said.",
            "The Velbexit deadline is in May, and a no-deal Velbexit would hurt trade, Anna Lind said.",
            "Tom Hale said Velbexit was a mistake.",
        )
    )
    assert not any("Velbexit" in name for name in result.names), result.names
    assert {"Anna Lind", "Tom Hale"} <= set(result.names), result.names


def test_a_name_before_a_noun_after_an_article_is_not_taken_for_a_thing() -> None:
    """ "an unnamed Kestrel spokesman": a noun follows the name, so the rule leaves Kestrel as it was."""
    result = found(
        analyse(
            "An unnamed Kestrel spokesman said the plant would close.",
            "Kestrel said on Monday that it would close the plant.",
            "Kestrel employs 300 people, Anna Lind said.",
        )
    )
    assert "Kestrel" in result.names, result.names


def test_waters_named_after_a_people_are_no_body() -> None:
    """ "the Catalan Channel", "the Kurdish Sea": waters, not a broadcaster or a body; "Channel" is a body's word only
    in names such as "the Velby Channel" (a broadcaster)."""
    result = found(
        analyse(
            "Anna Lind swam across the Catalan Channel on Sunday.",
            "The Catalan Channel is cold in May, she said.",
            "The Velby Channel said it would show the swim.",
        )
    )
    assert not any("Catalan" in name for name in result.names), result.names
    assert "Velby Channel" in result.names, result.names


def test_a_war_named_after_a_country_is_no_mention_of_it() -> None:
    """ "the Chile War", "the Peruvian Civil War": the war, not the country acting; the country named on its own
    stays."""
    result = found(analyse("Anna Lind fought in the Chile War and later wrote about the Peruvian Civil War."))
    assert "Chile" not in result.names and "Peru" not in result.names, result.names
    result = found(analyse("Chile said on Monday that Anna Lind would be honoured."))
    assert "Chile" in result.names, result.names


def test_a_preposition_with_to_opening_a_sentence_is_no_name() -> None:
    """ "Due to the flood, ...", "Owing to ...": a preposition, even where the document has the word capitalised in
    mid-sentence ("the Due Process Clause of the Velby Constitution")."""
    result = found(
        analyse(
            "Due to that, the Velby Council closed the road.",
            "Anna Lind said the Due Process Clause of the Velby Constitution applies.",
            "Due to the storm, the planned Velby fair moved, Tom Hale said.",
            "Due to costs, Tom Hale said, the plan was dropped.",
            "Owing to the rain, the road was closed.",
        )
    )
    assert "Due" not in result.names and "Owing" not in result.names, result.names
    assert "Velby Council" in result.names, result.names


def test_a_made_thing_called_a_name_is_a_thing() -> None:
    """ "a flying device worn on the back, called Velbo Air", "invented the original Velbo": the inventor's things;
    the inventor stays and keeps her statement."""
    result = found(
        analyse(
            "Anna Lind flew on a jet-powered flying device strapped to her back, called Velbo Air.",
            "The flight was hard on the thighs, she said.",
            "Unlike the Velbo Air, which uses air, the first model used water.",
            "Anna Lind also invented the original Velbo, which uses water.",
        )
    )
    assert not any("Velbo" in name for name in result.names), result.names
    assert result.statements.get(2) == {"Anna Lind"}, result.statements


def test_a_group_called_a_name_stays_a_body() -> None:
    """ "a group of residents called the Velby Watch said": a body, not a thing (no made thing's noun before)."""
    result = found(analyse("A group of residents called the Velby Watch said the road was unsafe."))
    assert "Velby Watch" in result.names, result.names


def test_according_to_a_name_s_critics_is_no_statement_of_the_name() -> None:
    """ "According to Lind's critics, ...": the critics speak, not Anna Lind; "According to Lind, ..." is hers."""
    result = found(
        analyse(
            "Anna Lind asked the Velby Council to close the road.",
            "According to Lind's critics, the move is a ploy to win votes.",
            "According to Lind, the road is unsafe.",
        )
    )
    assert "Anna Lind" not in result.statements.get(2, set()), result.statements
    assert result.statements.get(3) == {"Anna Lind"}, result.statements


def test_a_name_taken_or_entered_by_troops_is_a_place() -> None:
    """ "entered Velmar and Oskby", "rebels captured Tarnby": towns, not actors; the army that entered stays."""
    result = found(
        analyse(
            "Troops of the Velby Army entered Velmar and Oskby yesterday, Anna Lind said.",
            "Rebels captured Tarnby on Monday and shelled Velmar, the Velby Army said.",
            "Residents fled Velmar and Tarnby, Anna Lind said.",
        )
    )
    assert "Velby Army" in result.names, result.names
    assert not {"Velmar", "Oskby", "Tarnby"} & set(result.names), result.names


def test_a_source_cited_is_a_statement_of_the_one_who_cites() -> None:
    """ "The Velby Post cited a source that ...": the newspaper puts the words forward; ", citing costs" gives a
    reason, no statement."""
    result = found(
        analyse(
            "The Velby Post cited a security source that the attacker acted alone.",
            "Anna Lind closed the plant, citing costs.",
        )
    )
    assert result.statements.get(1) == {"Velby Post"}, result.statements
    assert 2 not in result.statements, result.statements


def test_two_common_words_after_a_title_can_be_a_person_s_name() -> None:
    """ "Judge Gray Hale ruled ...", then "He said ...": a person whose given and family names are common words; the
    rest of a post ("the Chief Privacy Officer") or of a licence's name ("Kestrel General Public Licensed") stays no
    one's."""
    result = found(
        analyse(
            "On Friday, Judge Gray Hale ruled the draft void.",
            "He said the old rationale no longer applies.",
            "Anna Lind, the Chief Privacy Officer of the firm, said the code is Kestrel General Public Licensed.",
        )
    )
    assert result.names.get("Gray Hale", ("",))[0] == "person", result.names
    assert result.statements.get(2) == {"Gray Hale"}, result.statements
    assert not any("Public" in name or "Privacy" in name for name in result.names), result.names


def test_a_quotation_that_reads_a_name_s_document_is_its_statement() -> None:
    """'"...," reads Judge Lind's statement, "..."', '"...," reads the Velby Council's letter.': the document's
    owner speaks."""
    result = found(
        analyse(
            "On Friday, Judge Anna Lind ruled the draft void.",
            '"Old rules may have justified it," reads Judge Lind\'s statement, "but that time has passed."',
            '"It is over," reads the Velby Council\'s letter.',
        )
    )
    assert result.statements.get(2) == {"Anna Lind"}, result.statements
    assert result.statements.get(3) == {"Velby Council"}, result.statements


def test_a_name_made_a_period_or_manner_modifier_is_no_actor() -> None:
    """ "a Velby War II-era bomber", "a Kestrel War-style plan": a time's or a manner's modifier, not an actor."""
    result = found(
        analyse(
            "A Velby War II-era bomber crashed near the airport, Anna Lind said.",
            "Tom Hale called it a Kestrel War-style plan.",
        )
    )
    assert not any(name.endswith(("-era", "-style")) for name in result.names), result.names
    assert "Anna Lind" in result.names, result.names


def test_a_legislature_named_alone_that_acts_stays_beside_its_lower_case_kind() -> None:
    """ "suspend Parliament", "Parliament would meet", beside "the Velbian parliament" and "members of parliament":
    the body itself, capitalised where it acts; "Police said" beside "police" stays no name."""
    result = found(
        analyse(
            "Anna Lind asked the king to suspend Parliament for five weeks.",
            "Parliament would meet briefly in May and then not reconvene until June.",
            "The Velbian parliament has a majority against the plan, and members of parliament may not debate.",
            "Tom Hale said Parliament must hold the government to account.",
            "Parliament voted against the plan in March.",
            "Police said the protest was peaceful.",
            "Protesters clashed with police outside parliament.",
        )
    )
    assert result.names.get("Parliament", ("",))[0] == "organisation", result.names
    assert "Police" not in result.names, result.names
