"""`AnswerService.sources_matching`, what /sources filter and `docbot sources --filter` list: a document's path or
title holding the text typed, case and accents folded away, within the collections asked for. Real files and SQLite."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from retrieval.service import AnswerService
from retrieval.store.database import Store
from tests.test_collections import BETA, write_docs


async def test_path_or_title_case_and_accents_folded_within_the_scope(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs")
    # As a folder copied from a Mac writes it: "é" as "e" and a combining accent.
    (docs / "beta" / unicodedata.normalize("NFD", "Résumé 2026.txt")).write_text("Summary\n\nThe zebra ran.\n")
    store = await Store.open(tmp_path / "db.sqlite3")
    try:
        service = AnswerService(store, docs)
        await service.reindex()

        def paths(text: str, scope: frozenset[str] | None = None) -> set[str]:
            return {unicodedata.normalize("NFC", d.path) for d in service.sources_matching(text, scope)}

        assert paths("RESUME") == paths("résumé") == {"beta/Résumé 2026.txt"}
        assert paths("OKAPI.TXT") == {"alpha/okapi.txt"}
        assert paths("report") == {"alpha/okapi.txt", "beta/zebra.txt"}  # their titles, not their paths
        assert paths("report", BETA) == {"beta/zebra.txt"}
        assert paths("okapi", BETA) == set() and paths("no such words") == set()
        assert service.sources_matching("") == service.sources()
        # The folded names are kept per index: a document added since is found after the reindex that adds it.
        (docs / "beta" / "Éléphant.txt").write_text("Elephant\n\nThe elephant drank.\n")
        await service.reindex()
        assert paths("elephant", BETA) == {"beta/Éléphant.txt"} and paths("RESUME") == {"beta/Résumé 2026.txt"}
    finally:
        await store.close()
