"""The language identification model (about 120 MiB resident) is let go after a reindex of documents in one language:
questions over one language never need it (issue 13's serving memory)."""

from __future__ import annotations

from pathlib import Path

from retrieval import language
from retrieval.service import AnswerService
from retrieval.store.database import Store

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
