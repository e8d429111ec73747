"""Actor rules of issue 16, round 46 (helper ha31): "State" alone as an adjective, and companies told apart from
persons by what is said of them, on made-up news sentences (names invented, or real countries in invented events;
no text of bench/data/actors_news2 or of actors-dev)."""

from __future__ import annotations

from retrieval.actors.corpus import find_actors
from retrieval.models import IndexedSentence
from tests.test_actors import Found, analyse, found


def _documents(*documents: list[str]) -> Found:
    """find_actors over several documents, each a list of one-sentence paragraphs."""
    sentences: list[IndexedSentence] = []
    for document, texts in enumerate(documents, start=1):
        for paragraph, text in enumerate(texts, start=1):
            sentences.append(IndexedSentence(len(sentences) + 1, document, paragraph, 1, text, ()))
    return found(find_actors(sentences))


def test_state_alone_before_a_noun_is_no_actor() -> None:
    """ "State media reported", "State prosecutors charged", "the State of Velbaria": a level of government as an
    adjective, or a word cut from a region's style, is no actor, even where the corpus names "the State
    Department" and other bodies with "State" in them, so that "State" alone is no short form of one of them."""
    result = _documents(
        [
            "State media reported that the ferry had sunk near Velby.",
            "State prosecutors charged the captain with manslaughter, Anna Lind said.",
            "Federal investigators said the engine had failed.",
        ],
        ["The State of Velbaria is about to replace its ferries, Tom Hale said."],
        ["The State Department said the embassy in Chile would reopen in May."],
        ["The Department of State of Velbaria said the border would stay closed."],
        ["The State Fire Brigade said two crews were sent to the harbour."],
    )
    assert "State" not in result.names, result.names
    assert "Federal" not in result.names, result.names
    for name in ("State Department", "State Fire Brigade"):
        assert result.names[name][0] == "organisation", result.names
    assert result.names["Anna Lind"][0] == "person", result.names


def test_a_company_named_once_in_an_apposition_with_a_relative_clause() -> None:
    """ "Nova Kestra, an education company that supports ...": the noun before "that" is what the name is; "Tom
    Hale, a company director who ..." stays a person."""
    result = found(
        analyse(
            "The chat was hosted with support from Nova Kestra, an education company that supports rural students.",
            "Tom Hale, a company director who joined the board in May, said the chats were popular.",
        )
    )
    assert result.names["Nova Kestra"][0] == "organisation", result.names
    assert result.names["Tom Hale"][0] == "person", result.names


def test_a_company_is_owned_and_has_its_officers() -> None:
    """ "Velbrix is owned by ...", "Velbrix and its chief executive": what is said of a body, not of a person (one
    word with no other sign was a person); "Anna Lind and her lawyer" stays a person."""
    result = found(
        analyse(
            "Officials appeared biased against the main rival, Velbrix and its chief executive Tom Hale.",
            "Velbrix is owned by a European group of investors.",
            "Velbrix has gained market share in recent years.",
            "Anna Lind and her lawyer said they would appeal.",
        )
    )
    assert result.names["Velbrix"][0] == "organisation", result.names
    assert result.names["Anna Lind"][0] == "person", result.names
    assert result.names["Tom Hale"][0] == "person", result.names


def test_a_body_word_inside_a_name_without_a_given_name_is_an_organisation() -> None:
    """ "according to Box Office Vela": a body's word ("Office", "News") inside a name no given name opens is a
    company's or an outlet's name; "Anna Office Lind" (a given name first) stays a person."""
    result = found(
        analyse(
            "The film took $40 million in its first week, according to Box Office Vela.",
            "Anna Office Lind said the figures were the best in ten years.",
        )
    )
    assert result.names["Box Office Vela"][0] == "organisation", result.names
    assert result.names["Anna Office Lind"][0] == "person", result.names


def test_a_job_title_set_off_as_a_name_is_no_actor_and_its_holder_speaks() -> None:
    """ "Anna Lind, Product Manager for Velbank, said ...": common words ending with a role, capitalised, are an
    office, not an actor; the holder before it is the speaker."""
    result = found(
        analyse(
            "Anna Lind, Product Manager for Velbank, said that most questions were about loans.",
            "Velbank has a large help section with 900 questions.",
        )
    )
    assert "Product Manager" not in result.names, result.names
    assert result.names["Anna Lind"][0] == "person", result.names
    assert result.statements.get(1) == {"Anna Lind"}, result.statements


def test_a_thing_named_after_its_software_kind_is_no_person() -> None:
    """ "with theme Anna Book", "the plugin Tom Tools": a theme's or a plugin's name after its kind, even when it opens
    with a given name, is a thing, not a person credited; "Anna Lind, who wrote the theme, said ..." stays a person."""
    result = found(
        analyse(
            "This site is built with Velgen, with theme Anna Book.",
            "Search comes from the plugin Tom Tools.",
            "The site's source can be found on the forge, and we welcome contributions.",
            "Anna Lind, who wrote the theme, said it would stay free.",
        )
    )
    assert "Anna Book" not in result.names, result.names
    assert "Tom Tools" not in result.names, result.names
    assert result.names["Anna Lind"][0] == "person", result.names
