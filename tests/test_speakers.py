"""A play's, a script's or an interview's speaker labels end the section path of their speech, their terms go with
each of its sentences, and they are no words of its text (retrieval/ingest/speakers.py): an EPUB play's persona
cells, a plain-text play's "NAME:" lines, a Markdown transcript's "**Name:**"; a document with only a few "Note:"
paragraphs is left alone. Made-up documents."""

from __future__ import annotations

from pathlib import Path

from retrieval.ingest.document import read_document
from retrieval.models import SECTION_SEPARATOR, SentenceRecord
from retrieval.service import AnswerService
from retrieval.store.database import Store


def sentences(relative: str, text: str) -> list[SentenceRecord]:
    return [r for r in read_document(relative, text.encode(), 0).document.sentences if r.kind != "heading"]


def xhtml_play() -> str:
    """A Standard Ebooks play page: a scene of speaker/speech table rows, one row a stage direction."""
    rows = [
        ("Osric", "The tide turns at the mill before the bells ring for supper."),
        ("Marta", "Then bring the lantern down to the quay and wait for the boat."),
        ("Osric", "None but the miller knows the way through the reeds."),
        ("Marta", "Tell the ferryman his daughter sails tonight for the northern cape."),
        ("Osric", "Aye."),
        ("Marta", "I will keep the green ledger and the keys of the lock until the spring."),
    ]
    cells = "".join(
        f'<tr><td epub:type="z3998:persona">{who}</td><td epub:type="z3998:verse"><p><span>{line}</span></p></td></tr>'
        for who, line in rows
    )
    direction = '<tr><td/><td><i epub:type="z3998:stage-direction">Exit Osric.</i></td></tr>'
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Act I</title></head><body>'
        '<section epub:type="chapter"><h2>Act I</h2><section epub:type="z3998:scene"><h3>Scene I</h3>'
        f"<p>A mill by the river.</p><table><tbody>{cells}{direction}</tbody></table></section></section></body></html>"
    )


def test_an_xhtml_plays_persona_cell_ends_the_section_and_leaves_the_speech() -> None:
    records = sentences("epub/text/act-1.xhtml", xhtml_play())
    by_text = {r.text: r for r in records}
    speech = by_text["I will keep the green ledger and the keys of the lock until the spring."]
    assert speech.section == SECTION_SEPARATOR.join(["Act I", "Scene I", "Marta:"])
    assert speech.tokens[-1] == "marta" and "marta" not in speech.text.lower()
    assert by_text["Aye."].section.endswith("Osric:")
    # the stage direction has no speaker; the scene's setting neither
    assert by_text["Exit Osric."].section == SECTION_SEPARATOR.join(["Act I", "Scene I"])
    assert by_text["A mill by the river."].section == SECTION_SEPARATOR.join(["Act I", "Scene I"])


def test_the_speech_is_still_quoted_word_for_word_at_its_offsets() -> None:
    text = xhtml_play()
    document = read_document("act-1.xhtml", text.encode(), 0).document
    for record in document.sentences:
        assert "|" not in record.text
    # every sentence is a slice of the extracted text: the reader's text at the sentence's offsets
    from retrieval.ingest.formats import extract

    extracted = extract("act-1.xhtml", text.encode())
    for record in document.sentences:
        assert " ".join(extracted.text[record.start : record.end].split()) == record.text


def plain_play() -> str:
    speeches = [
        ("FIRST CITIZEN", "Before we go further, hear me speak of the corn and the granary."),
        ("ALL", "Speak, speak."),
        ("FIRST CITIZEN", "The granary keeper hoards the corn while the town goes hungry."),
        ("SECOND CITIZEN", "One word, good citizens, before you march on the granary."),
        ("ALL", "Away, away!"),
        ("SECOND CITIZEN", "He served the town well in the long winter of the flood."),
        ("FIRST CITIZEN", "He served himself first. The keeper's pride is greater than his service."),
        ("ALL", "Against him first!"),
    ]
    return "\n\n".join(f"{who}:\n{line}" for who, line in speeches) + "\n"


def test_a_plain_text_plays_speaker_line_is_the_context_of_every_sentence_of_the_speech() -> None:
    records = sentences("play.txt", plain_play())
    later = next(r for r in records if r.text.startswith("The keeper's pride"))
    assert later.section == "FIRST CITIZEN:"
    first = next(r for r in records if r.text.startswith("He served himself first"))
    assert first.section == "FIRST CITIZEN:" and not first.text.startswith("FIRST")


def test_a_gutenberg_plays_name_in_capitals_with_a_full_stop_is_the_speaker() -> None:
    speeches = ["OSRIC. The tide turns at the mill.", "MARTA. Then bring the lantern down to the quay."] * 5
    speeches += ["OSRIC. None but the miller knows the way through the reeds.", "[Exit OSRIC.]"]
    records = sentences("play.txt", "\n\n".join(speeches) + "\n")
    reeds = next(r for r in records if "reeds" in r.text)
    assert reeds.section == "OSRIC:" and reeds.text.startswith("None but")
    assert next(r for r in records if "Exit" in r.text).section == ""


def test_a_markdown_transcripts_bold_names_are_the_speakers() -> None:
    turns = [
        ("Jerod", "Welcome to the show, it is good to have you on."),
        ("Chris", "Thanks for having me, I have listened for years."),
        ("Adam", "We are on episode five hundred this week."),
        ("Chris", "We sold the blog to a hosting company last spring."),
        ("Jerod", "How did that conversation start?"),
        ("Adam", "And did they keep the old design?"),
        ("Chris", "They kept it, and the writers stayed on."),
        ("Jerod", "That is a good ending for a long story."),
        ("Adam", "Thanks for coming on the show."),
    ]
    records = sentences("episode.md", "\n\n".join(f"**{who}:** {line}" for who, line in turns) + "\n")
    sold = next(r for r in records if "sold the blog" in r.text)
    assert sold.section == "Chris:" and sold.text.startswith("We sold")


def test_a_few_labelled_notes_are_no_dialogue() -> None:
    body = [f"The valve on line {n} is opened by hand before the pump starts." for n in range(12)]
    body += ["Note: close the valve after use.", "Warning: the pump is loud.", "Note: wear gloves."]
    records = sentences("manual.md", "# Pump\n\n" + "\n\n".join(body) + "\n")
    note = next(r for r in records if "gloves" in r.text)
    assert note.text == "Note: wear gloves." and note.section == ""


async def test_a_question_naming_a_speaker_reaches_the_long_speech(tmp_path: Path) -> None:
    """The short line that used to hold the name ("Osric | Aye.") no longer outranks the speech that answers."""
    docs = tmp_path / "docs"
    (docs / "epub" / "text").mkdir(parents=True)
    (docs / "epub" / "text" / "act-1.xhtml").write_text(xhtml_play(), encoding="utf-8")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()
        answer = service.ask_now("What will Marta keep until the spring?", 3)
        assert answer.hits[0].text.startswith("I will keep the green ledger")
        assert answer.hits[0].source.section.endswith("Marta:")
    finally:
        await store.close()
