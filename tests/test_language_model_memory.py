"""The language identification model (about 120 MiB resident) is not loaded for plain English prose, and is let go after
a reindex of documents in one language: questions over one language never need it (issue 13's serving memory)."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import language
from retrieval.ingest import document as document_module
from retrieval.ingest.document import parse_document
from retrieval.service import AnswerService
from retrieval.store.database import Store
from retrieval.tokenize import plainly_english

ENGLISH = "The lighthouse keeper climbs the stairs every evening to light the lamp before the ships come in.\n"
GERMAN = "Der Leuchtturmwärter steigt jeden Abend die Treppe hinauf, um die Lampe anzuzünden, bevor Schiffe kommen.\n"


def loaded() -> bool:
    return bool(language._identifier.cache_info().currsize)


async def test_one_language_lets_the_model_go_and_two_keep_it(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keeper.txt").write_text(ENGLISH, encoding="utf-8")
    async with await Store.open(tmp_path / "db.sqlite3") as store:
        service = AnswerService(store, docs)
        language.detect_language("A sentence read before the reindex loads the model.")
        assert loaded()
        await service.reindex()
        assert not loaded()
        answer = await service.ask("When does the keeper light the lamp?")
        assert not answer.not_found and "lighthouse keeper" in answer.hits[0].text and not loaded()

        (docs / "waerter.txt").write_text(GERMAN, encoding="utf-8")
        await service.reindex()  # the new document's language was guessed, and questions now need a guess too
        assert loaded()
        german = await service.ask("Wann zündet der Leuchtturmwärter die Lampe an?")
        assert german.hits[0].text.startswith("Der Leuchtturmwärter")


def test_release_model_is_harmless_when_nothing_is_loaded() -> None:
    language.release_model()
    language.release_model()
    assert not loaded()
    assert language.detect_language("Der Leuchtturmwärter steigt jeden Abend die Treppe hinauf.") == "de"
    assert loaded()  # loaded again when a text needs it


ENGLISH_PROSE = (
    "The keeper of the lighthouse on the northern cape had kept its lamp for thirty years, and in all that time he"
    " had never once let it go dark. When the storms came in from the west he would climb the stairs every hour to"
    " trim the wick, and when the fog lay on the water he would sound the horn until the morning. The ships that"
    " passed the cape knew the light and trusted it, and the fishermen of the village said that as long as the old"
    " man was there no boat of theirs would be lost on the rocks below the tower."
)
GERMAN_PROSE = (
    "Der Wärter des Leuchtturms am nördlichen Kap hatte seine Lampe dreißig Jahre lang gehütet, und in all dieser Zeit"
    " hatte er sie kein einziges Mal erlöschen lassen. Wenn die Stürme von Westen kamen, stieg er jede Stunde die"
    " Treppe hinauf, um den Docht zu schneiden, und wenn der Nebel auf dem Wasser lag, ließ er das Horn bis zum Morgen"
    " ertönen. Die Schiffe, die am Kap vorbeifuhren, kannten das Licht und vertrauten ihm."
)


def test_plain_english_prose_is_told_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    assert plainly_english(ENGLISH_PROSE)
    assert not plainly_english(GERMAN_PROSE)
    assert not plainly_english("The keeper climbs the stairs.")  # too few words to tell by
    asked: list[str] = []

    def detect(text: str, among: object = None) -> str:
        asked.append(text)
        return language.detect_language(text)

    monkeypatch.setattr(document_module, "detect_language", detect)
    english, _ = parse_document("keeper.txt", ENGLISH_PROSE.encode("utf-8"), 0)
    assert english.language == "en" and asked == []  # the model is not asked, so it never loads for it
    german, _ = parse_document("waerter.txt", GERMAN_PROSE.encode("utf-8"), 0)
    assert german.language == "de" and len(asked) == 1
