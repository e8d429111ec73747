"""Actor rules of issue 16 (helper ha30) from an admin's trial on two docs folders: a specification's key words in
capitals, a person credited in brackets after an acronym, on made-up text (names invented)."""

from __future__ import annotations

from retrieval.actors.corpus import find_actors
from retrieval.models import IndexedSentence
from tests.test_actor_genre import GUIDE, OPTIONS
from tests.test_actors import analyse, found


def actors_of(*documents: list[str]) -> dict[str, str]:
    """Each actor `find_actors` lists for these documents (one sentence a paragraph), with its kind."""
    sentences: list[IndexedSentence] = []
    for document, texts in enumerate(documents, start=1):
        for paragraph, text in enumerate(texts, start=1):
            sentences.append(IndexedSentence(len(sentences) + 1, document, paragraph, 1, text, ()))
    return {actor.name: actor.kind for actor in find_actors(sentences).actors}


def test_a_specifications_key_words_in_capitals_are_no_actors() -> None:
    """RFC 2119's MUST, SHOULD, SHALL, MAY, REQUIRED, RECOMMENDED, OPTIONAL (and with NOT) are emphasis, however
    often "you MUST write" reads as someone speaking."""
    rules = [
        *GUIDE[:6],
        'To produce a dash, you MUST write "--".',
        'To produce a star, you MUST write "**".',
        "To produce a newline, you MUST write the marker.",
        "Servers SHOULD say which version they speak; clients SHALL NOT say more than they are asked.",
        "The header is REQUIRED, the footer RECOMMENDED and the index OPTIONAL, says the format.",
        "Readers MAY say so, and writers SHOULD NOT write it.",
        "Anna Velbrook wrote the first reader and says it still works.",
        "Anna Velbrook says the format is stable.",
    ]
    actors = actors_of(rules, OPTIONS)
    keywords = {"MUST", "SHOULD", "SHALL", "SHALL NOT", "SHOULD NOT", "MAY", "REQUIRED", "RECOMMENDED", "OPTIONAL"}
    assert not set(actors) & keywords, actors
    assert actors.get("Anna Velbrook") == "person", actors


def test_a_name_in_brackets_after_an_acronym_opening_with_a_given_name_is_a_person_credited() -> None:
    """A changelog credits each change's author in brackets: "... to SRV and CLI (Anna Kolby)" is a person, not
    what CLI stands for (it was an organisation with "CLI" as an alias); an acronym spelling the bracket's initials
    still names it ("the KPA (Kestrel People's Army)")."""
    credited = found(analyse("Add hooks to SRV and CLI (Anna Kolby)", "Tom Hale said the hooks are stable."))
    assert credited.names.get("Anna Kolby") == ("person", ("Anna Kolby",)), credited.names
    army = found(analyse("The KPA (Kestrel People's Army) said it had crossed the river.", "Tom Hale said so."))
    assert army.names.get("Kestrel People's Army") == ("organisation", ("Kestrel People's Army", "KPA")), army.names
