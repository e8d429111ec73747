"""Actor rules of issue 16, round 38 (helper ha19), each on made-up news sentences (names invented; no text of the
twenty-first batch of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.actors.analysis import analyse_document
from retrieval.actors.corpus import find_actors
from retrieval.store.database import Store
from tests.test_actors import (
    analyse,
    found,
    indexed_documents,
    parsed,
    recomputed_actors,
    stated_by,
    stored_actors,
    write,
)


def test_an_elision_split_off_as_a_sentence_still_opens_the_quotation() -> None:
    """'... said Dr. Lind. "[...] Rather, ...': the splitter makes '"[...]' a sentence of its own, with no word; its
    quote mark still opens the quotation, so the sentences after it are the speaker's."""
    result = found(
        analyse(
            [
                '"The harbour water was clean," said Anna Lind.',
                '"[...]',
                "Rather, the fish died of the heat.",
                'We will test the water again in May."',
                "The port reopened on Monday.",
            ]
        )
    )
    assert result.statements.get(3) == {"Anna Lind"}, result.statements
    assert result.statements.get(4) == {"Anna Lind"}, result.statements
    assert 5 not in result.statements, result.statements


def test_a_nested_quotation_closed_with_the_outer_one_ends_both() -> None:
    """'... remarking, "People here have said, 'It is time to act. / It is just time.'"': the single mark right before
    the double one closes the inner quotation and the double mark the outer one, even when the inner one opened a
    sentence before; the quotation's sentences are the speaker's and the next sentence is no quotation."""
    result = found(
        analyse(
            [
                'Senator Anna Lind remarked, "It has been a long fight.',
                'I see the fruits of the work," she added, "People here have said, \'It is time to act.',
                "It is just time to do it.'\"",
                "Lind was first elected in 2012 when she was a teacher.",
                "The harbour reopened on Monday.",
            ]
        )
    )
    assert all(result.statements.get(n) == {"Anna Lind"} for n in (1, 2, 3)), result.statements
    assert not {4, 5} & set(result.statements), result.statements


def test_a_scholar_named_after_a_body_and_a_field_speaks_not_the_body() -> None:
    """'According to Kestrel University political scholar Anna Lind, "..."': "scholar" is a role, so the source is
    the person after the body and the field, and the body is only named."""
    result = found(
        analyse(
            'According to Kestrel University political scholar Anna Lind, "Few of the seats are held by women."',
            "The assembly meets in May.",
        )
    )
    assert result.statements.get(1) == {"Anna Lind"}, result.statements
    assert result.names["Kestrel University"][0] == "organisation", result.names


def test_a_university_campus_after_a_comma_is_part_of_its_name() -> None:
    """ "the University of Kestria, Velby" (Velby a city of the gazetteer: here Irvine) names one body, which may speak
    and whose officer after its possessive speaks; a list of places after a university ("University of Kestria,
    Irvine and Velby") and a city after any other body keep their comma."""
    result = found(
        analyse(
            "The prize was announced on Friday by the University of Kestria, Irvine.",
            '"She was a great teacher," said University of Kestria, Irvine\'s chancellor, Anna Lind.',
            "Students came from the University of Kestria, Irvine and Velby.",
            "The Kestrel Trust, Irvine said it would help.",
        )
    )
    assert "University of Kestria, Irvine" in result.names, result.names
    assert result.statements.get(1) == {"University of Kestria, Irvine"}, result.statements
    assert result.statements.get(2) == {"Anna Lind"}, result.statements
    assert "Kestrel Trust, Irvine" not in result.names, result.names
    assert "University of Kestria" in result.names, result.names  # the list's first body, without a campus


def test_regulations_named_in_the_plural_are_a_law_not_an_actor() -> None:
    """ "a fine under the Kestrel Vehicle Regulations": a law, as "Regulation" in the singular already was."""
    result = found(
        analyse(
            "Those who break the rules could be fined under the Kestrel Vehicle Regulations, Anna Lind said.",
            "The Kestrel Vehicle Regulations were changed in 2012.",
        )
    )
    assert "Kestrel Vehicle Regulations" not in result.names, result.names
    assert result.statements.get(1) == {"Anna Lind"}, result.statements


def test_a_relative_named_by_a_given_name_alone_is_a_person() -> None:
    """'His wife Mary said "..."': a possessive pronoun and a relative's noun before one given name make it a person,
    who speaks (before, one mention of a lone given name was too little to list it, as it still is without them)."""
    kin = found(
        analyse(
            "Olaf Lind, a sailor, died on Friday, officials said.",
            ['His wife Mary said "We thought he would live forever.', 'His legacy will be the sea."'],
        )
    )
    assert kin.names.get("Mary", ("",))[0] == "person", kin.names
    assert kin.statements.get(2) == {"Mary"} and kin.statements.get(3) == {"Mary"}, kin.statements
    alone = found(
        analyse(
            "Olaf Lind, a sailor, died on Friday, officials said.",
            ['Mary said "We thought he would live forever.', 'His legacy will be the sea."'],
        )
    )
    assert "Mary" not in alone.names, alone.names


def test_a_short_given_name_joins_the_full_name_of_its_own_documents() -> None:
    """ "Ed Lindqvist" beside "Edward W. Lindqvist" (and "Edward Lindqvist") in the same article is one person, as
    "Edward Lindqvist" already was; "Tom Hale" of an article that never gives the full name is not the "Thomas Hale"
    of another, and a given name that is no short form of the other ("Eva") stays apart."""
    result = found(
        find_actors(
            indexed_documents(
                [
                    [
                        "Edward W. Lindqvist said the port would open.",
                        "Board Member Ed Lindqvist said the talks went on.",
                        "Edward Lindqvist left on Monday.",
                        "Eva Lindqvist said it was late.",
                    ],
                    ["Tom Hale told reporters the plan had failed."],
                    ["Thomas Hale said the plan would work."],
                ]
            )
        )
    )
    person = result.actor_of("Edward W. Lindqvist")
    assert {"Ed Lindqvist", "Edward Lindqvist"} <= set(result.names[person][1]), result.names
    assert result.statements.get(102) == {person}, result.statements
    assert result.statements.get(104) == {"Eva Lindqvist"}, result.statements
    assert result.statements.get(201) == {"Tom Hale"} and result.statements.get(301) == {"Thomas Hale"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "actors.sqlite3"


async def test_a_short_given_name_joins_its_full_name_in_an_incremental_refresh(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same on a real SQLite file refreshed incrementally: "Ed Lindqvist" joins "Edward Lindqvist" when the full
    name is written into its article, and leaves when it is taken out; each step equals the full recompute."""

    monkeypatch.setattr("retrieval.actors.refresh._REBUILD_WRITTEN_SHARE", 2.0)  # always incremental
    short = "Board Member Ed Lindqvist said the talks went on."
    store = await Store.open(db)
    try:
        await write(store, [parsed("a.txt", [["Anna Berg said the port would open."], [short]])])
        await write(store, [parsed("b.txt", [["Tom Hale said the plan had failed."]])])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, short) == {"Ed Lindqvist"}
        full = [["Edward W. Lindqvist said the port would open."], [short]]
        await write(store, [parsed("a.txt", full, stamp=2)])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, short) == {"Edward W. Lindqvist"}
        await write(store, [parsed("a.txt", [["Anna Berg said the port would open."], [short]], stamp=3)])
        assert stored_actors(db) == recomputed_actors(db)
        assert stated_by(db, short) == {"Ed Lindqvist"}
    finally:
        await store.close()


def test_a_linux_distribution_is_a_product_and_a_cathedral_a_building() -> None:
    """ "Velmar Enterprise Linux" names an operating system, "Jolby Cathedral" a church building: neither is an actor
    (both were persons), while the speakers around them stay actors."""
    system = found(
        analyse(
            "Velmar Enterprise Linux is used by many companies, Anna Lind said.",
            "Velmar Enterprise Linux 8 was released on Monday.",
            "Many users moved from Velmar Enterprise Linux to other systems.",
        )
    )
    assert "Velmar Enterprise Linux" not in system.names and "Anna Lind" in system.names, system.names
    church = found(
        analyse(
            "Two bombs hit Jolby Cathedral on Sunday, killing twenty people, Anna Lind said.",
            "Jolby Cathedral had been attacked before.",
            "The Velmar Army said Jolby Cathedral would be guarded.",
        )
    )
    assert "Jolby Cathedral" not in church.names, church.names
    assert {"Anna Lind", "Velmar Army"} <= set(church.names), church.names


def test_a_name_joined_to_a_lowercase_technical_term_is_no_actor() -> None:
    """ "Kelvomab and tenodivir are to be retired": a one-word name joined by "and"/"or" to a lower-case word that is
    no common word is a drug or a product like it, not an actor; "Lind and colleagues" (a common word) stays a
    person."""
    drug = found(
        analyse(
            "Kelvomab showed promise in the field, but the trial was stopped.",
            "Patients treated with Kelvomab died more often, the Velby Health Institute said.",
            "Kelvomab and tenodivir are to be retired.",
        )
    )
    assert "Kelvomab" not in drug.names and "Velby Health Institute" in drug.names, drug.names
    person = found(analyse("Lindqvist and colleagues said the trial was stopped.", "Lindqvist said it had failed."))
    assert "Lindqvist" in person.names, person.names


def test_talked_of_is_saying_but_talked_on_the_phone_is_not() -> None:
    """'Hale talked of his "countless discoveries"' gives Hale's words, as "spoke of" does; "talked on the phone" and
    "talked at the opening" say where, not what, as for "spoke"."""
    result = found(
        analyse(
            "Tom Hale arrived on Monday.",
            'Hale talked of her "countless discoveries" and "her leadership."',
            "Hale talked on the phone with Anna Lind for an hour.",
            "Hale talked at the opening of the port.",
        )
    )
    assert result.statements.get(2) == {"Tom Hale"}, result.statements
    assert not {3, 4} & set(result.statements), result.statements


def test_a_bracketed_aside_after_a_role_phrase_keeps_the_name_after_it_speaking() -> None:
    """ "The head of the Velby union (Velby Union of Rail Workers), Tom Hale, said ...": the bracket spells out the
    body of the role phrase, and the name set off after it speaks, as without the bracket."""
    result = found(
        analyse(
            "Anna Lind arrived on Monday.",
            'The head of the Velby union (Velby Union of Rail Workers), Tom Hale, said the plan was "not enough."',
        )
    )
    assert result.statements.get(2) == {"Tom Hale"}, result.statements


def test_a_company_named_with_its_legal_form_written_out_is_an_organisation() -> None:
    """ "Velmor Limited" and "Velmor Ipari Kft" name companies (as "Velmor Ltd" did), not people."""
    result = found(
        analyse(
            "Velmor Ipari Kft (Velmor Limited) bought the Kestrel Group on Monday, Anna Lind said.",
            "Velmor Limited said the deal was closed.",
        )
    )
    assert result.names[result.actor_of("Velmor Limited")][0] == "organisation", result.names


def test_lets_is_no_possessive_of_a_name() -> None:
    """'Anna Lind wrote "Let's all pray for the mayor"': "Let's" is "let us", not a possessive of a name "Let" (a
    mention that many documents' quotations added up to an actor in a large corpus)."""
    facts = analyse_document(['Anna Lind wrote "Let\'s all pray for the mayor."', 'The banner read "Let\'s go home."'])
    assert {name.key for name in facts.names} == {"anna lind"}, facts.names
