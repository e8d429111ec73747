"""A question naming a first-person book's narrator reaches the narration that says "I" (retrieval/ingest/narrator.py):
the narrator found as the name others address in quoted speech, or as the memoir's author; speech, third-person text
and other languages left alone. Made-up documents."""

from __future__ import annotations

from pathlib import Path

from retrieval.ingest.document import read_document
from retrieval.ingest.narrator import quoted_spans
from retrieval.service import AnswerService
from retrieval.store.database import Store

FILLER = [
    f"The river ran high in the spring of the year {1800 + n}, and the mill wheel turned all day." for n in range(40)
]


def novel() -> str:
    """A novel its narrator tells: others address "Osric" in speech, the narration says "I"."""
    speech = [
        "“Come, Osric, the tide will not wait for us.”",
        "“Osric, you must eat something before we leave.”",
        "“Listen to me, Osric.”",
        "“Farewell, dear Osric; write to us soon.”",
        "“Why, Osric, you look pale tonight!”",
        "Marta was the miller's daughter, and Marta sang at the well.",
        "“Marta, bring the lamp,” called the miller.",
        "“Give me the rope and hold my coat,” said the boatman.",
    ]
    narration = [
        "When I was nine my uncle taught me to sail a small boat on the estuary.",
        "I remember the smell of tar on the quay.",
        "My mother kept bees behind the house.",
        "I left the village in the autumn of my sixteenth year.",
        "I walked to the harbour every morning.",
        "I learned to mend nets from the old fishermen.",
        "My brother joined the army and I never saw him again.",
        "I kept a journal of every voyage.",
        "I was afraid of the dark hold of the ship.",
        "I wrote letters home each winter.",
        "I slept in a hammock below the deck.",
        "My hands grew hard from the ropes.",
        "I saw whales off the northern cape.",
    ]
    return "# The Estuary\n\n" + "\n\n".join(FILLER + speech + narration) + "\n"


def memoir() -> str:
    """A memoir: no speech addressing anyone, its author named in the title."""
    narration = [
        "My father kept the lock on the canal for thirty years.",
        "I was apprenticed to a printer at twelve.",
        "I walked to the print shop before dawn.",
        "I set type for the town newspaper.",
        "My first pamphlet sold forty copies.",
        "I married in the year of the great flood.",
        "I opened a shop of my own at twenty-four.",
        "I bought a press from a widow in the next town.",
        "I kept my accounts in a green ledger.",
        "I travelled twice to the capital on business.",
        "I printed almanacs every autumn.",
        "My wife kept the shop when I was away.",
        "The printers of the town still call me old Wrenfield, and my sister calls me Tobias.",
    ]
    return "# Recollections of Tobias Wrenfield\n\n" + "\n\n".join(FILLER + narration) + "\n"


def terms_of(text: str, name: str, sentence: str) -> tuple[str, ...]:
    document = read_document(name, text.encode(), 0).document
    return next(record.tokens for record in document.sentences if record.text == sentence)


def test_quoted_spans_close_or_run_to_the_paragraph_end() -> None:
    text = "“Come,” said he, “the boat"
    assert quoted_spans(text) == [(0, 7), (17, len(text))]
    assert quoted_spans('He said "go" and "stay".') == [(8, 12), (17, 23)]


def test_a_novels_narrator_is_the_name_others_address() -> None:
    text = novel()
    assert "osric" in terms_of(text, "estuary.md", "I remember the smell of tar on the quay.")
    # speech is no narration, and a third-person line names no narrator
    assert "osric" not in terms_of(text, "estuary.md", "“Give me the rope and hold my coat,” said the boatman.")
    assert "osric" not in terms_of(text, "estuary.md", FILLER[0])
    # Marta is addressed, but the narration writes her name: she is not the one who says "I"
    assert "marta" not in terms_of(text, "estuary.md", "I walked to the harbour every morning.")


def test_a_memoirs_narrator_is_the_person_its_title_names() -> None:
    tokens = terms_of(memoir(), "wrenfield.md", "My father kept the lock on the canal for thirty years.")
    assert {"tobia", "wrenfield"} <= set(tokens)
    assert "recollect" not in tokens and "recollections" not in tokens


def test_third_person_text_and_too_few_first_person_sentences_are_left_alone() -> None:
    text = "# Recollections of Tobias Wrenfield\n\n" + "\n\n".join([*FILLER, *FILLER, "I was there.", "I left."]) + "\n"
    assert "wrenfield" not in terms_of(text, "third.md", "I was there.")


async def test_a_question_naming_the_narrator_finds_the_first_person_answer(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "estuary.md").write_text(novel())
    (docs / "wrenfield.md").write_text(memoir())
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        answer = service.ask_now("Who taught Osric to sail?", 3)
        assert answer.hits[0].text.startswith("When I was nine my uncle taught me to sail")
        answer = service.ask_now("What was Wrenfield's father's job?", 3)
        assert answer.hits[0].text.startswith("My father kept the lock")
    finally:
        await store.close()
