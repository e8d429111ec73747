"""Actor rules of issue 16, round 56 (helper ha41, news): a thing withheld by a verb of denying, and a speaker's
companions after "and", on real sentences of English Wikinews articles (CC BY 2.5) in bench/data/actors_news2's
thirty-first and thirty-second batches."""

from __future__ import annotations

from tests.test_actors import analyse, found


def test_denying_funding_is_an_act_not_words() -> None:
    """ "Congress has repeatedly denied funding for such a wall": a thing withheld, no statement (nor a person
    speaking); "denied the claims" and "denied that ..." stay words."""
    result = found(
        analyse(
            "Congress has repeatedly denied funding for such a wall, and the conflict between congressional leaders"
            " and the president caused a delay in budgetary decisions.",
            "On Friday, Congress approved a budget authorizing funding with about a quarter as much money as the"
            " president had requested for a border wall.",
            "Adil Abdul-Mahdi denied the claims on Monday.",
            "Abdul-Mahdi denied that the troops would stay.",
        )
    )
    assert not result.statements.get(1), result.statements
    assert result.statements.get(3) == {"Adil Abdul-Mahdi"}, result.statements
    assert result.statements.get(4) == {"Adil Abdul-Mahdi"}, result.statements


def test_a_speaker_and_his_supporters_claimed() -> None:
    """ "Trump and his supporters claimed Joe Biden only won ...": the named speaker's words, his companions
    (a possessive and a plural noun, or "others") between him and the verb; "X and his policies were debated" no
    words."""
    result = found(
        analyse(
            "Several conservative groups claiming the 2020 U.S. presidential election was stolen from incumbent"
            " President Donald Trump gathered on Saturday in the U.S. capital.",
            "Trump and his supporters claimed Joe Biden only won the elections due to voter fraud and sought to"
            " overturn the results.",
            "Biden and others warned the delayed transition process could potentially be a threat to national"
            " security.",
            "Trump and his policies were debated on stage.",
        )
    )
    assert result.statements.get(2) == {"Donald Trump"}, result.statements
    assert result.statements.get(3) == {"Joe Biden"}, result.statements
    assert not result.statements.get(4), result.statements


def test_an_outlet_told_is_no_part_of_the_name_after_it() -> None:
    """ "X told NPR Hamza bin Laden had appeared ...": the acronym told is one name, the clause's subject another;
    "told CBS News" (an organisation word after the acronym) stays one name."""
    result = found(
        analyse(
            "Retired FBI agent and terrorism specialist Ali Soufan told NPR Hamza bin Laden had appeared in Al-Qaeda"
            " videos since he was a young boy and his father saw a leadership role for him.",
            "Hamza bin Laden bridged a generational gap between newer Al-Qaeda members and veteran members, according"
            " to Soufan.",
            "Soufan later told CBS News the group had lost its leadership.",
        )
    )
    assert "Hamza bin Laden" in result.names, result.names
    assert not any(name.startswith("NPR ") for name in result.names), result.names
    assert "CBS News" in result.names, result.names


def test_a_given_name_before_a_partys_word_is_a_person() -> None:
    """ "mayor John Tory on Tuesday suggested ...": a given name then "Tory" is a person's name, not the party."""
    result = found(
        analyse(
            "Some members of the local LGBT community have been critical; mayor John Tory on Tuesday suggested a"
            " broader probe into the surrounding circumstances may be required.",
        )
    )
    assert result.names.get("John Tory", ("",))[0] == "person", result.names
